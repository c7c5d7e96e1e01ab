/* execveat with an fd: execat empty PROGRAM ARGS… | execat dirfd DIR NAME ARGS… */
#include "attack.h"

int main(int argc, char **argv) {
    need(argc, 3, "execat empty PROGRAM ARGS… | execat dirfd DIR NAME ARGS…");
    extern char **environ;
    if (strcmp(argv[1], "empty") == 0) {
        int fd = open(argv[2], O_PATH);
        if (fd < 0) { fail("open"); return 1; }
        syscall(SYS_execveat, fd, "", &argv[3], environ, AT_EMPTY_PATH);
    } else {
        need(argc, 4, "execat dirfd DIR NAME ARGS…");
        int dir = open(argv[2], O_PATH | O_DIRECTORY);
        syscall(SYS_execveat, dir, argv[3], &argv[4], environ, 0);
    }
    fail("execveat");
    return 1;
}
