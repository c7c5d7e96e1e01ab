// What every probe needs: a clock, a bounded wait, and reaping exactly its own child.
#define _GNU_SOURCE
#include "gd_probe.h"
#include "gd_shim.h"
#include "probe_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <linux/landlock.h>
#include <linux/seccomp.h>

long gd_probe_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/// Waits until fd is readable; 0, -ETIMEDOUT or -errno.
int gd_probe_wait_readable(int fd, int timeout_ms) {
    struct pollfd p = {.fd = fd, .events = POLLIN};
    long deadline = gd_probe_now_ms() + timeout_ms;
    for (;;) {
        long left = deadline - gd_probe_now_ms();
        if (left < 0) left = 0;
        int rc = poll(&p, 1, (int)left);
        if (rc > 0) return 0;
        if (rc == 0) return -ETIMEDOUT;
        if (errno != EINTR) return -errno;
    }
}

/// Reaps exactly this child: waits up to timeout_ms, then SIGKILLs it. Returns the wait status
/// or -errno (-ECHILD if someone else reaped it).
int gd_probe_reap(pid_t pid, int timeout_ms) {
    int status = 0;
    long deadline = gd_probe_now_ms() + timeout_ms;
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG | __WALL);
        if (r == pid) return status;
        if (r < 0 && errno != EINTR) return -errno;
        if (gd_probe_now_ms() >= deadline) break;
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    kill(pid, SIGKILL);
    while (waitpid(pid, &status, __WALL) < 0) {
        if (errno != EINTR) return -errno;
    }
    return status;
}

// --- child side: async-signal-safe only ---

/// Sends (err) and, when fd >= 0, the fd itself. sendmsg is async-signal-safe.
void gd_probe_child_report(int sock, int err, int fd) {
    char control[CMSG_SPACE(sizeof(int))];
    memset(control, 0, sizeof(control));
    struct iovec iov = {.iov_base = &err, .iov_len = sizeof(err)};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};
    if (fd >= 0) {
        msg.msg_control = control;
        msg.msg_controllen = sizeof(control);
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(c), &fd, sizeof(int));
    }
    while (sendmsg(sock, &msg, MSG_NOSIGNAL) < 0 && errno == EINTR) {}
}

// --- parent side ---

/// The child's report: 0 (with the fd when want_fd), -err, -ETIMEDOUT, or -EPROTO when the
/// child died without reporting.
int gd_probe_recv_report(int sock, int timeout_ms, int want_fd, int *fd_out) {
    *fd_out = -1;
    int rc = gd_probe_wait_readable(sock, timeout_ms);
    if (rc < 0) return rc;
    int err = 0;
    char control[CMSG_SPACE(sizeof(int))];
    struct iovec iov = {.iov_base = &err, .iov_len = sizeof(err)};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof(control)};
    ssize_t n;
    do { n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC); } while (n < 0 && errno == EINTR);
    if (n < 0) return -errno;
    if (n != (ssize_t)sizeof(err)) return -EPROTO;  // the child died before reporting
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    if (c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) memcpy(fd_out, CMSG_DATA(c), sizeof(int));
    if (err != 0) return -err;
    return !want_fd || *fd_out >= 0 ? 0 : -EPROTO;
}
