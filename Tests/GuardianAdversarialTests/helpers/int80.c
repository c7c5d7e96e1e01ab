/* The i386 ABI from a 64-bit process: int 0x80 open/read/write: int80 PATH. Built -no-pie
 * -static so the path and buffer sit below 4 GiB, where 32-bit pointers reach them. */
#include "attack.h"

static char path[4096];
static char buf[4096];

static long sys32(long nr, long a, long b, long c) {
    long ret;
    __asm__ volatile ("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
    return ret;
}

int main(int argc, char **argv) {
    need(argc, 2, "int80 PATH");
    strncpy(path, argv[1], sizeof path - 1);
    long fd = sys32(5 /* i386 open */, (long)path, 0, 0);
    if (fd < 0) { errno = (int)-fd; fail("int80-open"); return 1; }
    long n = sys32(3 /* i386 read */, fd, (long)buf, sizeof buf);
    if (n < 0) { errno = (int)-n; fail("int80-read"); return 1; }
    sys32(4 /* i386 write */, 1, (long)buf, n);
    return 0;
}
