#ifndef GUARDIAN_PTRACE_H
#define GUARDIAN_PTRACE_H

// ptrace and waitpid: the tracer thread only.

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>

int gd_ptrace_seize(pid_t pid, unsigned long options);
int gd_ptrace_cont(pid_t pid, int sig);
int gd_ptrace_listen(pid_t pid);
int gd_ptrace_geteventmsg(pid_t pid, unsigned long *msg);
int gd_ptrace_getsiginfo(pid_t pid, siginfo_t *info);
int gd_ptrace_detach(pid_t pid, int sig);

/// EXITKILL | TRACEFORK | TRACEVFORK | TRACECLONE | TRACEEXEC.
extern const unsigned long GD_PTRACE_OPTIONS;

/// waitpid, retried on EINTR. Returns the pid or -errno.
int gd_wait(pid_t pid, int *status, int options);

// The wait(2) status macros, which take an argument and so do not reach Swift.
static inline int gd_wifexited(int status) { return WIFEXITED(status); }
static inline int gd_wifsignaled(int status) { return WIFSIGNALED(status); }
static inline int gd_wifstopped(int status) { return WIFSTOPPED(status); }
static inline int gd_wexitstatus(int status) { return WEXITSTATUS(status); }
static inline int gd_wtermsig(int status) { return WTERMSIG(status); }
static inline int gd_wstopsig(int status) { return WSTOPSIG(status); }
/// The PTRACE_EVENT_* of a ptrace-stop (status>>8 == SIGTRAP | event<<8), 0 for another stop.
static inline int gd_wptrace_event(int status) { return (unsigned int)status >> 16; }

#endif
