/* exec from a non-main thread: threadexec PROGRAM ARGS… */
#include "attack.h"

static char **args;

static void *run(void *unused) {
    (void)unused;
    execv(args[1], &args[2]);
    fail("execv");
    return 0;
}

int main(int argc, char **argv) {
    need(argc, 2, "threadexec PROGRAM ARGS…");
    args = argv;
    pthread_t t;
    pthread_create(&t, 0, run, 0);
    pthread_join(t, 0);
    sleep(1);
    return 0;
}
