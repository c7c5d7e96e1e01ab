/* vfork + execv: vforkexec PROGRAM ARGS… */
#include "attack.h"

int main(int argc, char **argv) {
    need(argc, 2, "vforkexec PROGRAM ARGS…");
    pid_t p = vfork();
    if (p == 0) { execv(argv[1], &argv[2]); _exit(127); }
    int st;
    waitpid(p, &st, 0);
    printf("child status %d\n", st);
    return 0;
}
