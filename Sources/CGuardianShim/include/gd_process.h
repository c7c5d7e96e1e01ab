#ifndef GUARDIAN_PROCESS_H
#define GUARDIAN_PROCESS_H

// Process control, signals, and a thread's own credentials and fs_struct.

#include <signal.h>
#include <sys/types.h>

int gd_set_child_subreaper(void);
int gd_set_dumpable(int value);
int gd_pidfd_open(pid_t pid);
int gd_pidfd_getfd(int pidfd, int target_fd);
/// A pidfd for one thread: PIDFD_THREAD (Linux 6.9) reaches a thread that is not the group
/// leader; older kernels take the tid only when it is the leader's.
int gd_pidfd_open_thread(pid_t tid);
/// Another process's descriptor, duplicated into Guardian: the same open file description.
int gd_take_fd(pid_t tid, int target_fd);
/// The Landlock ABI version this kernel offers, or -errno (no Landlock).
int gd_landlock_abi(void);
int gd_pidfd_send_signal(int pidfd, int sig);
/// Another process's soft stack limit in bytes (LLONG_MAX when unlimited), or -errno.
long long gd_stack_limit(pid_t pid);
int gd_tgkill(pid_t tgid, pid_t tid, int sig);
/// Gives the calling thread its own fs_struct (cwd, root, umask), so a supervisor thread can
/// set the umask it creates files with without touching the rest of the process.
int gd_unshare_fs(void);
pid_t gd_gettid(void);
/// The calling thread runs only on CPU time nothing else wants (SCHED_IDLE). 0 or -errno.
int gd_sched_idle(void);
/// Thread TID of this process back to the normal policy (SCHED_OTHER, nice 0): allowed only with
/// CAP_SYS_NICE or an RLIMIT_NICE of 20, as the kernel treats SCHED_IDLE as nice 20. 0 or -errno.
int gd_sched_normal(pid_t tid);

int gd_sigsetmask_block(const int *signals, int count);
int gd_sigsetmask_unblock(const int *signals, int count);
int gd_sigwaitinfo(const int *signals, int count, siginfo_t *info);
int gd_siginfo_code(const siginfo_t *info);
pid_t gd_siginfo_pid(const siginfo_t *info);
/// Installs SA_SIGINFO handlers that write (signo, si_code, si_pid) as three ints to wfd, so a
/// thread can read which signal came from whom. wfd should be non-blocking.
int gd_install_signal_pipe(int wfd, const int *signals, int count);

/// Sets the calling thread's filesystem credentials (setgroups, setfsgid, setfsuid as raw
/// syscalls, which act on this thread only). Returns 0, or -EPERM when they did not take.
int gd_thread_fs_credentials(uid_t fsuid, gid_t fsgid, const gid_t *groups, int ngroups);

#endif
