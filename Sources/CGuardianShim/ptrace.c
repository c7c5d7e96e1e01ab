// ptrace and waitpid: called from the tracer thread only (every request must come from the
// thread that attached).
#define _GNU_SOURCE
#include "gd_internal.h"

#include <sys/ptrace.h>
#include <sys/wait.h>

// If Guardian dies the tree dies with it; every fork, vfork, clone and exec stops for the tracer.
const unsigned long GD_PTRACE_OPTIONS =
    PTRACE_O_EXITKILL | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC;

int gd_ptrace_seize(pid_t pid, unsigned long options) {
    return neg_errno(ptrace(PTRACE_SEIZE, pid, 0, (void *)options));
}

int gd_ptrace_cont(pid_t pid, int sig) {
    return neg_errno(ptrace(PTRACE_CONT, pid, 0, (void *)(long)sig));
}

int gd_ptrace_listen(pid_t pid) { return neg_errno(ptrace(PTRACE_LISTEN, pid, 0, 0)); }

int gd_ptrace_geteventmsg(pid_t pid, unsigned long *msg) {
    return neg_errno(ptrace(PTRACE_GETEVENTMSG, pid, 0, msg));
}

int gd_ptrace_getsiginfo(pid_t pid, siginfo_t *info) {
    return neg_errno(ptrace(PTRACE_GETSIGINFO, pid, 0, info));
}

int gd_ptrace_detach(pid_t pid, int sig) {
    return neg_errno(ptrace(PTRACE_DETACH, pid, 0, (void *)(long)sig));
}

int gd_wait(pid_t pid, int *status, int options) {
    pid_t r;
    do {
        r = waitpid(pid, status, options);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? -errno : r;
}
