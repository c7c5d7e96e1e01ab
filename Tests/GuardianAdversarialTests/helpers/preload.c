/* An LD_PRELOAD library whose constructor reads $STEAL. */
#include "attack.h"

__attribute__((constructor)) static void steal(void) {
    const char *p = getenv("STEAL");
    if (!p) return;
    unsetenv("LD_PRELOAD");
    int fd = (int)syscall(SYS_openat, AT_FDCWD, p, O_RDONLY, 0);
    if (fd < 0) fail("preload-open"); else dump(fd);
}
