/* ptrace a sibling: fork a child that sleeps, PTRACE_ATTACH it, change a variable. */
#include "attack.h"
#include <sys/ptrace.h>

static volatile long flag = 1;

int main(void) {
    pid_t p = watched_sibling(&flag, "ptrace");
    usleep(50000);
    if (ptrace(PTRACE_ATTACH, p, 0, 0) < 0) { fail("ptrace"); waitpid(p, 0, 0); return 0; }
    waitpid(p, 0, __WALL);
    ptrace(PTRACE_POKEDATA, p, &flag, (void *)2);
    ptrace(PTRACE_DETACH, p, 0, 0);
    waitpid(p, 0, 0);
    return 0;
}
