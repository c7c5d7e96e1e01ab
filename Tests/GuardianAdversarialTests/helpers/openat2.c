/* openat2(2) with and without RESOLVE_* flags: openat2 plain|beneath|inroot|nomagic DIR REL */
#include "attack.h"
#include <linux/openat2.h>

int main(int argc, char **argv) {
    need(argc, 4, "openat2 plain|beneath|inroot|nomagic DIR REL");
    const char *mode = argv[1];
    struct open_how how = { .flags = O_RDONLY };
    int dirfd = AT_FDCWD;
    if (strcmp(mode, "plain") != 0) {
        dirfd = open(argv[2], O_PATH | O_DIRECTORY);
        if (dirfd < 0) { fail("open-dir"); return 1; }
    }
    if (strcmp(mode, "beneath") == 0) how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS;
    if (strcmp(mode, "inroot") == 0) how.resolve = RESOLVE_IN_ROOT;
    if (strcmp(mode, "nomagic") == 0) how.resolve = RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV;
    int fd = (int)syscall(SYS_openat2, dirfd, argv[3], &how, sizeof how);
    if (fd < 0) { fail("openat2"); return 1; }
    dump(fd);
    return 0;
}
