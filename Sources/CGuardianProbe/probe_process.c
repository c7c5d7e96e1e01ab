// The ptrace, user-namespace and Landlock probes.
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
        gd_probe_reap(pid, timeout_ms);
        return 0;
    }
    // Only our two pids, never waitpid(-1): other threads' children are not ours to reap.
    pid_t grandchild = -1;
    int child_done = 0, grandchild_done = 0;
    long deadline = gd_probe_now_ms() + timeout_ms;
    while (!(child_done && (grandchild < 0 || grandchild_done)) && gd_probe_now_ms() < deadline) {
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
    if (!child_done) gd_probe_reap(pid, 0);
    if (grandchild > 0 && !grandchild_done) gd_probe_reap(grandchild, 0);
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
        gd_probe_child_report(sv[1], err, -1);
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

int gd_probe_landlock_abi(void) {
    long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi < 0 ? -errno : (int)abi;
}
