/* userfaultfd(2), and the same object from /dev/userfaultfd (Linux 6.1+). */
#include "attack.h"
#include <linux/userfaultfd.h>
#ifndef USERFAULTFD_IOC_NEW
#define USERFAULTFD_IOC_NEW _IO(0xAA, 0x00)
#endif

int main(void) {
    long fd = syscall(SYS_userfaultfd, O_CLOEXEC);
    if (fd < 0) fail("userfaultfd"); else printf("GOT-UFFD from the syscall\n");
    int dev = open("/dev/userfaultfd", O_RDWR | O_CLOEXEC);
    if (dev < 0) { fail("open-dev-userfaultfd"); return 0; }
    int u = ioctl(dev, USERFAULTFD_IOC_NEW, O_CLOEXEC);
    if (u < 0) fail("USERFAULTFD_IOC_NEW"); else printf("GOT-UFFD from /dev/userfaultfd\n");
    return 0;
}
