/* Run a command in a child created with CLONE_UNTRACED: untraced PROGRAM ARGS… */
#include "attack.h"

static char **args;
static char stack[1 << 16];

static int child(void *unused) {
    (void)unused;
    extern char **environ;
    execve(args[1], &args[1], environ);
    fail("execve");
    return 127;
}

int main(int argc, char **argv) {
    need(argc, 2, "untraced PROGRAM ARGS…");
    args = argv;
    pid_t p = clone(child, stack + sizeof stack, CLONE_UNTRACED | SIGCHLD, 0);
    if (p < 0) { fail("clone"); return 1; }
    int st;
    waitpid(p, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
