// The seccomp user-notification probes: a filter installed in a child, a trapped call answered
// by the parent, and every step Guardian relies on tried on it.
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

// The trapped call carries a pointer to this string: after fork it lives at the same address
// in the child, so the parent knows what process_vm_readv must find there.
static const char gd_probe_marker[] = "guardian-doctor-probe";
#define GD_PROBE_ANSWER 4242

// Child exit codes of the notify probe.
enum { CHILD_OK = 0, CHILD_SETUP = 10, CHILD_FIRST_ERR = 21, CHILD_FIRST_WRONG = 22,
       CHILD_ADDFD_ERR = 31, CHILD_ADDFD_WRITE = 32 };

// --- child side: async-signal-safe only ---

static long child_install(const struct sock_filter *filter, unsigned short len, unsigned int flags) {
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -errno;
    struct sock_fprog prog = {.len = len, .filter = (struct sock_filter *)filter};
    long fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
    return fd < 0 ? -errno : fd;
}

static void notify_child(int sock, const struct sock_filter *filter, unsigned short len, unsigned int flags) {
    long fd = child_install(filter, len, flags | SECCOMP_FILTER_FLAG_NEW_LISTENER);
    if (fd < 0) {
        gd_probe_child_report(sock, (int)-fd, -1);
        _exit(CHILD_SETUP);
    }
    gd_probe_child_report(sock, 0, (int)fd);
    close((int)fd);  // the parent holds the listener now
    long r = syscall(SYS_getppid, (long)gd_probe_marker, 1L);
    if (r < 0) _exit(CHILD_FIRST_ERR);
    if (r != GD_PROBE_ANSWER) _exit(CHILD_FIRST_WRONG);
    long nfd = syscall(SYS_getppid, (long)gd_probe_marker, 2L);
    if (nfd < 0) _exit(CHILD_ADDFD_ERR);
    if (write((int)nfd, "x", 1) != 1) _exit(CHILD_ADDFD_WRITE);
    _exit(CHILD_OK);
}

// --- parent side ---

static int recv_notification(int listener, int timeout_ms, gd_notif *n) {
    int rc = gd_probe_wait_readable(listener, timeout_ms);
    if (rc < 0) return rc;
    return gd_notif_recv(listener, n);
}

int gd_probe_notify(const struct sock_filter *filter, unsigned short filter_len,
                    unsigned int flags, int timeout_ms, gd_probe_notify_result *out) {
    out->install = out->sync_wake_up = out->notify = out->read_memory = -ECANCELED;
    out->id_valid = out->pidfd_open = out->pidfd_getfd = out->addfd_send = -ECANCELED;
    int sv[2], p[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) return out->install = -errno;
    if (pipe2(p, O_CLOEXEC) != 0) {
        int e = -errno;
        close(sv[0]); close(sv[1]);
        return out->install = e;
    }
    pid_t pid = fork();
    if (pid < 0) {
        int e = -errno;
        close(sv[0]); close(sv[1]); close(p[0]); close(p[1]);
        return out->install = e;
    }
    if (pid == 0) {
        // The child must get its write end only through ADDFD.
        close(sv[0]); close(p[0]); close(p[1]);
        notify_child(sv[1], filter, filter_len, flags);
    }
    int child_sock = sv[1];  // its number in the child too: the pidfd_getfd target
    close(sv[1]);
    int listener = -1;
    int first_answered = 0;
    out->install = gd_probe_recv_report(sv[0], timeout_ms, 1, &listener);
    if (out->install == 0) {
        out->sync_wake_up = gd_notif_set_flags(listener, GD_SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP);
        gd_notif n;
        int rc = recv_notification(listener, timeout_ms, &n);
        if (rc == 0 && (n.nr != SYS_getppid || n.args[0] != (uint64_t)(uintptr_t)gd_probe_marker || n.args[1] != 1)) rc = -EPROTO;
        if (rc == 0) {
            // Copy, validate, act — as the supervisor does.
            char buf[sizeof(gd_probe_marker)];
            long got = gd_read_mem((pid_t)n.pid, n.args[0], buf, sizeof(buf));
            out->read_memory = got < 0 ? (int)got
                : (got == (long)sizeof(buf) && memcmp(buf, gd_probe_marker, sizeof(buf)) == 0) ? 0 : -EPROTO;
            int pidfd = gd_pidfd_open((pid_t)n.pid);
            out->pidfd_open = pidfd < 0 ? pidfd : 0;
            if (pidfd >= 0) {
                int fd = gd_pidfd_getfd(pidfd, child_sock);
                out->pidfd_getfd = fd < 0 ? fd : 0;
                if (fd >= 0) close(fd);
                close(pidfd);
            }
            out->id_valid = gd_notif_id_valid(listener, n.id);
            rc = gd_notif_respond(listener, n.id, GD_PROBE_ANSWER, 0, 0);
            first_answered = rc == 0;
        }
        out->notify = rc;
        if (rc == 0) {
            rc = recv_notification(listener, timeout_ms, &n);
            if (rc == 0 && (n.nr != SYS_getppid || n.args[1] != 2)) rc = -EPROTO;
            if (rc == 0) {
                int newfd = gd_notif_addfd_send(listener, n.id, p[1], 0);
                if (newfd < 0) {
                    rc = newfd;
                    gd_notif_respond(listener, n.id, -1, -EPERM, 0);  // let the child go on
                }
            }
            close(p[1]);
            p[1] = -1;
            if (rc == 0) {
                char c = 0;
                rc = gd_probe_wait_readable(p[0], timeout_ms);
                if (rc == 0) rc = read(p[0], &c, 1) == 1 && c == 'x' ? 0 : -EPROTO;
            }
            out->addfd_send = rc;
        }
        close(listener);
    }
    if (p[1] >= 0) close(p[1]);
    close(p[0]);
    int status = gd_probe_reap(pid, timeout_ms);
    close(sv[0]);
    // The child saw the parent's answer only if it got past its first check.
    if (first_answered && status >= 0 && WIFEXITED(status)) {
        int code = WEXITSTATUS(status);
        if (code == CHILD_FIRST_ERR || code == CHILD_FIRST_WRONG) out->notify = -EPROTO;
    } else if (first_answered && status >= 0 && WIFSIGNALED(status)) {
        out->notify = -EPROTO;
    }
    return 0;
}

int gd_probe_filter_flags(const struct sock_filter *filter, unsigned short filter_len,
                          unsigned int flags, int timeout_ms) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) return -errno;
    pid_t pid = fork();
    if (pid < 0) {
        int e = -errno;
        close(sv[0]); close(sv[1]);
        return e;
    }
    if (pid == 0) {
        close(sv[0]);
        long fd = child_install(filter, filter_len, flags);
        gd_probe_child_report(sv[1], fd < 0 ? (int)-fd : 0, -1);
        _exit(0);
    }
    close(sv[1]);
    int fd = -1;
    int rc = gd_probe_recv_report(sv[0], timeout_ms, 0, &fd);
    if (fd >= 0) close(fd);
    close(sv[0]);
    gd_probe_reap(pid, timeout_ms);
    return rc;
}
