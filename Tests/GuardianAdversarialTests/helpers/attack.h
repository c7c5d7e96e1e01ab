/* Shared by every attack program: report a failing call by its errno name, copy an fd to
 * stdout, look for the canary. Each program prints what it read to stdout, so a leaked secret
 * shows up in the attack's output, and reports a failing syscall as `FAIL <call> <errno name>`
 * so the suite can tell an in-kernel denial (no event exists for it) from a crash. */
#ifndef GUARDIAN_ATTACK_H
#define GUARDIAN_ATTACK_H
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static inline void fail(const char *what) {
    int e = errno;
    printf("FAIL %s %s\n", what, strerrorname_np(e) ? strerrorname_np(e) : "?");
    fflush(stdout);
}

__attribute__((constructor)) static void unbuffered(void) { setvbuf(stdout, 0, _IONBF, 0); }

/* The program was called with fewer than `count` arguments: say how to call it. */
static inline void need(int argc, int count, const char *usage) {
    if (argc >= count) return;
    fprintf(stderr, "usage: %s\n", usage);
    exit(2);
}

static inline void dump(int fd) {
    char b[4096];
    ssize_t n;
    while ((n = read(fd, b, sizeof b)) > 0) fwrite(b, 1, (size_t)n, stdout);
    fflush(stdout);
}

/* Writes all of `n` bytes or reports the failure: a short write is not a silent success. */
static inline void put(int fd, const void *b, size_t n, const char *what) {
    if (write(fd, b, n) != (ssize_t)n) fail(what);
}

/* Opens and reads `path` once. Returns 1 when it opened; counts a read that held the canary in
 * `hits`, printing the first. */
static inline int read_for_canary(const char *path, int *hits) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    char r[512];
    ssize_t k = read(fd, r, sizeof r - 1);
    close(fd);
    if (k > 0) {
        r[k] = 0;
        if (strstr(r, "CANARY")) {
            if (!*hits) fputs(r, stdout);
            (*hits)++;
        }
    }
    return 1;
}

/* Forks a sibling that waits (up to a second) for *flag to leave 1, then prints whether it was
 * changed, `how` naming the way. The caller then tries to change it from outside. */
static inline pid_t watched_sibling(volatile long *flag, const char *how) {
    pid_t p = fork();
    if (p == 0) {
        for (int i = 0; i < 50 && *flag == 1; i++) usleep(20000);
        if (*flag == 1) printf("sibling untouched\n"); else printf("sibling memory changed by %s\n", how);
        fflush(stdout);
        _exit(0);
    }
    return p;
}

#endif
