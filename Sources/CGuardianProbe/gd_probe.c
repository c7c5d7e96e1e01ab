#define _GNU_SOURCE
#include "gd_probe.h"
#include "gd_shim.h"

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

#ifndef PTRACE_EVENT_STOP
#define PTRACE_EVENT_STOP 128
#endif

// The trapped call carries a pointer to this string: after fork it lives at the same address
// in the child, so the parent knows what process_vm_readv must find there.
static const char gd_probe_marker[] = "guardian-doctor-probe";
#define GD_PROBE_ANSWER 4242

// Child exit codes of the notify probe.
enum { CHILD_OK = 0, CHILD_SETUP = 10, CHILD_FIRST_ERR = 21, CHILD_FIRST_WRONG = 22,
       CHILD_ADDFD_ERR = 31, CHILD_ADDFD_WRITE = 32 };

static long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/// Waits until fd is readable; 0, -ETIMEDOUT or -errno.
static int wait_readable(int fd, int timeout_ms) {
    struct pollfd p = {.fd = fd, .events = POLLIN};
    long deadline = now_ms() + timeout_ms;
    for (;;) {
        long left = deadline - now_ms();
        if (left < 0) left = 0;
        int rc = poll(&p, 1, (int)left);
        if (rc > 0) return 0;
        if (rc == 0) return -ETIMEDOUT;
        if (errno != EINTR) return -errno;
    }
}

/// Reaps exactly this child: waits up to timeout_ms, then SIGKILLs it. Returns the wait status
/// or -errno (-ECHILD if someone else reaped it).
static int reap(pid_t pid, int timeout_ms) {
    int status = 0;
    long deadline = now_ms() + timeout_ms;
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG | __WALL);
        if (r == pid) return status;
        if (r < 0 && errno != EINTR) return -errno;
        if (now_ms() >= deadline) break;
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
static void child_report(int sock, int err, int fd) {
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

static long child_install(const struct sock_filter *filter, unsigned short len, unsigned int flags) {
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -errno;
    struct sock_fprog prog = {.len = len, .filter = (struct sock_filter *)filter};
    long fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
    return fd < 0 ? -errno : fd;
}

static void notify_child(int sock, const struct sock_filter *filter, unsigned short len, unsigned int flags) {
    long fd = child_install(filter, len, flags | SECCOMP_FILTER_FLAG_NEW_LISTENER);
    if (fd < 0) {
        child_report(sock, (int)-fd, -1);
        _exit(CHILD_SETUP);
    }
    child_report(sock, 0, (int)fd);
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

/// The child's report: 0 (with the fd when want_fd), -err, -ETIMEDOUT, or -EPROTO when the
/// child died without reporting.
static int recv_report(int sock, int timeout_ms, int want_fd, int *fd_out) {
    *fd_out = -1;
    int rc = wait_readable(sock, timeout_ms);
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

static int recv_notification(int listener, int timeout_ms, gd_notif *n) {
    int rc = wait_readable(listener, timeout_ms);
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
    out->install = recv_report(sv[0], timeout_ms, 1, &listener);
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
                rc = wait_readable(p[0], timeout_ms);
                if (rc == 0) rc = read(p[0], &c, 1) == 1 && c == 'x' ? 0 : -EPROTO;
            }
            out->addfd_send = rc;
        }
        close(listener);
    }
    if (p[1] >= 0) close(p[1]);
    close(p[0]);
    int status = reap(pid, timeout_ms);
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
        child_report(sv[1], fd < 0 ? (int)-fd : 0, -1);
        _exit(0);
    }
    close(sv[1]);
    int fd = -1;
    int rc = recv_report(sv[0], timeout_ms, 0, &fd);
    if (fd >= 0) close(fd);
    close(sv[0]);
    reap(pid, timeout_ms);
    return rc;
}

int gd_probe_ptrace(const char *exec_path, int timeout_ms, gd_probe_ptrace_result *out) {
    out->seize = out->fork_event = out->exec_event = -ECANCELED;
    int go[2];
    if (pipe2(go, O_CLOEXEC) != 0) return out->seize = -errno;
    pid_t pid = fork();
    if (pid < 0) {
        int e = -errno;
        close(go[0]); close(go[1]);
        return out->seize = e;
    }
    if (pid == 0) {
        close(go[1]);
        char c;
        while (read(go[0], &c, 1) < 0 && errno == EINTR) {}
        pid_t g = fork();
        if (g == 0) _exit(0);
        char *const argv[] = {(char *)exec_path, NULL};
        char *const envp[] = {NULL};
        execve(exec_path, argv, envp);
        _exit(127);
    }
    close(go[0]);
    out->seize = gd_ptrace_seize(pid, GD_PTRACE_OPTIONS);
    if (out->seize == 0) {
        out->fork_event = out->exec_event = -ETIMEDOUT;
    }
    while (write(go[1], "g", 1) < 0 && errno == EINTR) {}
    close(go[1]);
    if (out->seize != 0) {
        reap(pid, timeout_ms);
        return 0;
    }
    // Only our two pids, never waitpid(-1): other threads' children are not ours to reap.
    pid_t grandchild = -1;
    int child_done = 0, grandchild_done = 0;
    long deadline = now_ms() + timeout_ms;
    while (!(child_done && (grandchild < 0 || grandchild_done)) && now_ms() < deadline) {
        int progressed = 0;
        pid_t pids[2] = {pid, grandchild};
        for (int i = 0; i < 2; i++) {
            pid_t who = pids[i];
            if (who < 0 || (i == 0 ? child_done : grandchild_done)) continue;
            int st;
            pid_t r = waitpid(who, &st, WNOHANG | __WALL);
            if (r != who) continue;
            progressed = 1;
            if (WIFEXITED(st) || WIFSIGNALED(st)) {
                if (i == 0) child_done = 1; else grandchild_done = 1;
                continue;
            }
            if (!WIFSTOPPED(st)) continue;
            int event = st >> 16;
            int sig = 0;
            if (event == PTRACE_EVENT_FORK) {
                unsigned long msg = 0;
                if (gd_ptrace_geteventmsg(who, &msg) == 0 && msg > 0) {
                    grandchild = (pid_t)msg;
                    out->fork_event = 0;
                }
            } else if (event == PTRACE_EVENT_EXEC) {
                out->exec_event = 0;
            } else if (event == PTRACE_EVENT_STOP) {
                sig = 0;  // the auto-attached child's first stop, or a group-stop
            } else if (event == 0 && WSTOPSIG(st) != SIGTRAP) {
                sig = WSTOPSIG(st);  // a real signal: re-inject it
            }
            gd_ptrace_cont(who, sig);
        }
        if (!progressed) {
            struct timespec ms = {0, 1000000};
            nanosleep(&ms, NULL);
        }
    }
    if (!child_done) reap(pid, 0);
    if (grandchild > 0 && !grandchild_done) reap(grandchild, 0);
    return 0;
}

int gd_probe_userns(uid_t uid, gid_t gid, int timeout_ms) {
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
        int err = 0;
        // Raw syscalls: glibc's setuid family signals every thread, and this child has one.
        if (uid != (uid_t)-1) {
            if (syscall(SYS_setgroups, 0, NULL) != 0 || syscall(SYS_setresgid, gid, gid, gid) != 0 ||
                syscall(SYS_setresuid, uid, uid, uid) != 0)
                err = errno;
        }
        if (err == 0 && syscall(SYS_unshare, CLONE_NEWUSER) != 0) err = errno;
        child_report(sv[1], err, -1);
        _exit(0);
    }
    close(sv[1]);
    int fd = -1;
    int rc = recv_report(sv[0], timeout_ms, 0, &fd);
    if (fd >= 0) close(fd);
    close(sv[0]);
    reap(pid, timeout_ms);
    return rc;
}

int gd_probe_landlock_abi(void) {
    long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi < 0 ? -errno : (int)abi;
}
