// Signal masks, sigwaitinfo, and handlers that turn a signal into bytes on a pipe.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <pthread.h>
#include <string.h>
#include <unistd.h>

static void fill_set(sigset_t *set, const int *signals, int count) {
    sigemptyset(set);
    for (int i = 0; i < count; i++) sigaddset(set, signals[i]);
}

int gd_sigsetmask_block(const int *signals, int count) {
    sigset_t set;
    fill_set(&set, signals, count);
    int rc = pthread_sigmask(SIG_BLOCK, &set, NULL);
    return rc == 0 ? 0 : -rc;
}

int gd_sigsetmask_unblock(const int *signals, int count) {
    sigset_t set;
    fill_set(&set, signals, count);
    int rc = pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    return rc == 0 ? 0 : -rc;
}

int gd_sigwaitinfo(const int *signals, int count, siginfo_t *info) {
    sigset_t set;
    fill_set(&set, signals, count);
    int r;
    do {
        r = sigwaitinfo(&set, info);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? -errno : r;
}

int gd_siginfo_code(const siginfo_t *info) { return info->si_code; }
pid_t gd_siginfo_pid(const siginfo_t *info) { return info->si_pid; }

static volatile int gd_signal_fd = -1;

static void gd_signal_to_pipe(int sig, siginfo_t *info, void *ucontext) {
    (void)ucontext;
    int saved = errno;
    int msg[3] = {sig, info ? info->si_code : 0, info ? info->si_pid : 0};
    ssize_t n = write(gd_signal_fd, msg, sizeof(msg));
    (void)n;
    errno = saved;
}

int gd_install_signal_pipe(int wfd, const int *signals, int count) {
    gd_signal_fd = wfd;
    for (int i = 0; i < count; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_sigaction = gd_signal_to_pipe;
        sa.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&sa.sa_mask);
        if (sigaction(signals[i], &sa, NULL) != 0) return -errno;
    }
    return 0;
}
