// Process control: prctl, pidfds, signals to tasks, a thread's own fs_struct, limits.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

int gd_set_child_subreaper(void) { return neg_errno(prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)); }

int gd_set_dumpable(int value) { return neg_errno(prctl(PR_SET_DUMPABLE, value, 0, 0, 0)); }

int gd_pidfd_open(pid_t pid) { return neg_errno(syscall(SYS_pidfd_open, pid, 0)); }

int gd_pidfd_getfd(int pidfd, int target_fd) {
    return neg_errno(syscall(SYS_pidfd_getfd, pidfd, target_fd, 0));
}

int gd_pidfd_open_thread(pid_t tid) {
    long fd = syscall(SYS_pidfd_open, tid, O_EXCL /* PIDFD_THREAD */);
    if (fd < 0 && errno == EINVAL) fd = syscall(SYS_pidfd_open, tid, 0);
    return neg_errno(fd);
}

int gd_take_fd(pid_t tid, int target_fd) {
    int pidfd = gd_pidfd_open_thread(tid);
    if (pidfd < 0) return pidfd;
    int fd = neg_errno(syscall(SYS_pidfd_getfd, pidfd, target_fd, 0));
    close(pidfd);
    return fd;
}

int gd_pidfd_send_signal(int pidfd, int sig) {
    return neg_errno(syscall(SYS_pidfd_send_signal, pidfd, sig, NULL, 0));
}

int gd_tgkill(pid_t tgid, pid_t tid, int sig) { return neg_errno(syscall(SYS_tgkill, tgid, tid, sig)); }

int gd_unshare_fs(void) { return neg_errno(unshare(CLONE_FS)); }

pid_t gd_gettid(void) { return (pid_t)syscall(SYS_gettid); }

long long gd_stack_limit(pid_t pid) {
    struct rlimit limit;
    if (prlimit(pid, RLIMIT_STACK, NULL, &limit) != 0) return -errno;
    return limit.rlim_cur == RLIM_INFINITY ? LLONG_MAX : (long long)(limit.rlim_cur > LLONG_MAX ? LLONG_MAX : limit.rlim_cur);
}

int gd_sched_idle(void) {
    struct sched_param param = {.sched_priority = 0};
    return neg_errno(sched_setscheduler(0, SCHED_IDLE, &param));
}

int gd_sched_normal(pid_t tid) {
    struct sched_param param = {.sched_priority = 0};
    if (sched_setscheduler(tid, SCHED_OTHER, &param) != 0) return -errno;
    return neg_errno(setpriority(PRIO_PROCESS, (id_t)tid, 0));
}
