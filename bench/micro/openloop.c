// Times N open+close pairs of one path and prints the total; optionally writes each open's
// latency (ns, clock_gettime around the open alone) to a file, one per line.
// Usage: openloop PATH N [directory|create] [SAMPLES_FILE]
// Run natively and under a supervisor: (T_supervised - T_native) / N is the cost of one
// intercepted open, free of process start-up.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: openloop PATH N [read|directory|create] [SAMPLES_FILE]\n");
        return 2;
    }
    const char *path = argv[1];
    long n = atol(argv[2]);
    const char *mode = argc > 3 ? argv[3] : "read";
    int flags = O_RDONLY | O_CLOEXEC;
    if (strcmp(mode, "directory") == 0) flags |= O_DIRECTORY;
    if (strcmp(mode, "create") == 0) flags = O_WRONLY | O_CREAT | O_CLOEXEC;
    long long *samples = calloc((size_t)n, sizeof *samples);
    if (!samples) return 2;
    long ok = 0, failed = 0;
    int first_errno = 0;
    long long start = now_ns();
    for (long i = 0; i < n; i++) {
        long long t0 = now_ns();
        int fd = openat(AT_FDCWD, path, flags, 0644);
        long long t1 = now_ns();
        samples[i] = t1 - t0;
        if (fd >= 0) {
            ok++;
            close(fd);
        } else {
            if (!failed) first_errno = errno;
            failed++;
        }
    }
    long long total = now_ns() - start;
    printf("{\"n\": %ld, \"total_ns\": %lld, \"ok\": %ld, \"failed\": %ld, \"errno\": %d}\n",
           n, total, ok, failed, first_errno);
    if (argc > 4) {
        FILE *f = fopen(argv[4], "w");
        if (!f) return 2;
        for (long i = 0; i < n; i++) fprintf(f, "%lld\n", samples[i]);
        fclose(f);
    }
    return 0;
}
