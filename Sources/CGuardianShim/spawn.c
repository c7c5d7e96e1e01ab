// The child. Only async-signal-safe calls from here to execve: the parent is multithreaded, so
// no malloc, no locks, no Swift. A failure is reported as two ints on err_fd, then _exit.

#define _GNU_SOURCE
#include "gd_internal.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/sched.h>

static void child_fail(const gd_spawn_args *a, int stage, int err) {
    int msg[2] = {stage, err};
    ssize_t n;
    do {
        n = write(a->err_fd, msg, sizeof(msg));
    } while (n < 0 && errno == EINTR);
    _exit(stage == GD_STAGE_EXEC ? (err == ENOENT ? 127 : 126) : 125);
}

static void child_main(const gd_spawn_args *a) {
    // Dispositions survive exec when ignored; masks always do. Start the agent clean. Every
    // signal is still blocked (gd_spawn): none can reach one of Guardian's handlers here.
    sigset_t all;
    sigemptyset(&all);
    for (int sig = 1; sig < NSIG; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = SIG_DFL;
        if (sigaction(sig, &sa, NULL) != 0) {
            // glibc refuses its reserved signals (32, 33: thread cancellation and set*id), which
            // an ignored disposition inherited from Guardian's caller would keep across exec:
            // the kernel's own call, with an all-zero (SIG_DFL, no flags, empty mask) action.
            unsigned long kernel_action[4] = {0, 0, 0, 0};
            (void)syscall(SYS_rt_sigaction, sig, kernel_action, NULL, sizeof(unsigned long));
        }
    }
    if (sigprocmask(SIG_SETMASK, &all, NULL) != 0) child_fail(a, GD_STAGE_SIGNALS, errno);

    // If Guardian's tracer thread dies, the agent dies with it.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) child_fail(a, GD_STAGE_PDEATHSIG, errno);
    if (getppid() != a->parent_pid) _exit(125);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) child_fail(a, GD_STAGE_NO_NEW_PRIVS, errno);
    umask(a->umask_value);
    // The network backstop: a Landlock domain that handles TCP connect and allows no port, so
    // a connect the tree makes itself fails whatever path reaches it; Guardian's own connects on
    // the tree's behalf are outside the domain.
    if (a->landlock_net) {
        int rc = gd_landlock_deny_tcp_connect();
        if (rc < 0) child_fail(a, GD_STAGE_LANDLOCK, -rc);
    }
    // Into the session's cgroup, so the kill switch reaches every descendant at once. Best
    // effort: ptrace follows the tree either way.
    if (a->cgroup_procs_fd >= 0) {
        ssize_t w = write(a->cgroup_procs_fd, "0", 1);
        (void)w;
        close(a->cgroup_procs_fd);
    }

    // The filter, last thing but the handshake and execve (bubblewrap's order).
    struct sock_fprog prog = {.len = a->filter_len, .filter = (struct sock_filter *)a->filter};
    long listener = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, a->filter_flags, &prog);
    if (listener < 0) child_fail(a, GD_STAGE_FILTER, errno);
    // The listener's number, not the listener: sendmsg is trapped by the filter just installed,
    // and nobody serves it yet. The parent takes the fd itself (pidfd_getfd) before the go.
    int number = (int)listener;
    ssize_t sent;
    do {
        sent = write(a->listener_sock, &number, sizeof number);
    } while (sent < 0 && errno == EINTR);
    if (sent != (ssize_t)sizeof number) child_fail(a, GD_STAGE_SEND_LISTENER, sent < 0 ? errno : EPIPE);

    // Wait until the parent serves the listener: our execve below is the first trapped call.
    char go = 0;
    ssize_t n;
    do {
        n = read(a->go_fd, &go, 1);
    } while (n < 0 && errno == EINTR);
    if (n != 1) child_fail(a, GD_STAGE_WAIT_GO, n < 0 ? errno : EPIPE);
    close(a->go_fd);
    close(number);
    close(a->listener_sock);
    gd_close_unexpected_fds(a->err_fd);

    execve(a->path, a->argv, a->envp);
    child_fail(a, GD_STAGE_EXEC, errno);
}

// clone3 with CLONE_INTO_CGROUP (Linux 5.7): the child starts in the session's cgroup. Moving it
// there afterwards, by a write to cgroup.procs, waits for an RCU grace period — about 10 ms here,
// a third of Guardian's start-up.
static pid_t spawn_blocked(const gd_spawn_args *args) {
    if (args->cgroup_dir_fd >= 0) {
        struct clone_args ca;
        memset(&ca, 0, sizeof(ca));
        ca.flags = CLONE_INTO_CGROUP;
        ca.exit_signal = SIGCHLD;
        ca.cgroup = (uint64_t)args->cgroup_dir_fd;
        long pid = syscall(SYS_clone3, &ca, sizeof(ca));
        if (pid == 0) {
            gd_spawn_args moved = *args;
            moved.cgroup_procs_fd = -1;
            child_main(&moved);
        }
        if (pid > 0) return (pid_t)pid;
        // An older kernel or a cgroup that refuses: fork, and the child moves itself.
    }
    pid_t pid = fork();
    if (pid < 0) return -errno;
    if (pid == 0) child_main(args);
    return pid;
}

// Every signal is blocked across the fork: until the child has reset its dispositions, a
// signal delivered to it would run Guardian's own handler there (the signal pipe: its bytes
// would land in Guardian's pipe and be forwarded to the tree as Guardian's). The child unblocks
// once its dispositions are the defaults (child_main); the parent restores its own mask.
pid_t gd_spawn(const gd_spawn_args *args) {
    sigset_t all, old;
    sigfillset(&all);
    int rc = pthread_sigmask(SIG_SETMASK, &all, &old);
    if (rc != 0) return -rc;
    pid_t pid = spawn_blocked(args);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return pid;
}
