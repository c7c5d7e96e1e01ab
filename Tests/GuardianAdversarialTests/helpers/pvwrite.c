/* process_vm_writev into a sibling. */
#include "attack.h"

static volatile long flag = 1;

int main(void) {
    pid_t p = watched_sibling(&flag, "process_vm_writev");
    usleep(50000);
    long v = 2;
    struct iovec l = { &v, sizeof v }, r = { (void *)&flag, sizeof v };
    if (process_vm_writev(p, &l, 1, &r, 1, 0) < 0) fail("process_vm_writev");
    waitpid(p, 0, 0);
    return 0;
}
