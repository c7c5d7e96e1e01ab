/* Open a file with O_RDWR: openrw PATH (prints OPENED-RW on success). */
#include "attack.h"

int main(int argc, char **argv) {
    need(argc, 2, "openrw PATH");
    int fd = open(argv[1], O_RDWR);
    if (fd < 0) { fail("open-rdwr"); return 1; }
    printf("OPENED-RW %s as fd %d\n", argv[1], fd);
    return 0;
}
