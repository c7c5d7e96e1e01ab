/* A static binary with raw syscalls: no libc wrapper to interpose on: rawopen PATH */
#include "attack.h"

int main(int argc, char **argv) {
    need(argc, 2, "rawopen PATH");
    long fd = syscall(SYS_openat, AT_FDCWD, argv[1], O_RDONLY, 0);
    if (fd < 0) { fail("openat"); return 1; }
    dump((int)fd);
    fd = syscall(SYS_open, argv[1], O_RDONLY, 0);
    if (fd < 0) { fail("open"); return 1; }
    dump((int)fd);
    return 0;
}
