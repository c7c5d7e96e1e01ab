/* fexecve of a memfd (or an O_TMPFILE in DIR) holding a copy of PROGRAM:
 * fdexec memfd|tmpfile PROGRAM DIR ARGS… (ARGS from argv[4]; argv[0] of the copy: innocent) */
#include "attack.h"

int main(int argc, char **argv) {
    need(argc, 4, "fdexec memfd|tmpfile PROGRAM DIR ARGS…");
    int src = open(argv[2], O_RDONLY);
    if (src < 0) { fail("open-program"); return 1; }
    int fd = strcmp(argv[1], "memfd") == 0 ? memfd_create("innocent", 0) : open(argv[3], O_TMPFILE | O_RDWR, 0755);
    if (fd < 0) { fail(argv[1]); return 1; }
    char b[65536];
    ssize_t n;
    while ((n = read(src, b, sizeof b)) > 0) put(fd, b, (size_t)n, "copy-program");
    fchmod(fd, 0755);
    // No writable fd may stay open on an executable (ETXTBSY): reopen it read-only.
    char again[64];
    snprintf(again, sizeof again, "/proc/self/fd/%d", fd);
    int ro = open(again, O_RDONLY);
    if (ro >= 0) { close(fd); fd = ro; }
    extern char **environ;
    argv[3] = "innocent";
    syscall(SYS_execveat, fd, "", &argv[3], environ, AT_EMPTY_PATH);
    fail("fexecve");
    return 1;
}
