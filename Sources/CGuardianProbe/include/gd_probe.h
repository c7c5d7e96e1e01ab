#ifndef GUARDIAN_PROBE_H
#define GUARDIAN_PROBE_H

// `guardian doctor`: each kernel mechanism Guardian relies on, tried for real in a forked child.
// The child side runs only async-signal-safe code (raw syscalls, no allocation) and _exits;
// the parent side waits for its own child by pid only, never waitpid(-1), and gives up after
// timeout_ms. Every field is 0 when the step worked, -errno when it failed, and -ECANCELED when
// an earlier step failed so this one was never tried.

#include <stdint.h>
#include <sys/types.h>
#include <linux/filter.h>

typedef struct gd_probe_notify_result {
    int install;       // seccomp(SET_MODE_FILTER, NEW_LISTENER | flags) in the child
    int sync_wake_up;  // SECCOMP_IOCTL_NOTIF_SET_FLAGS(SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP)
    int notify;        // a trapped getppid reached the parent, which answered its value
    int read_memory;   // process_vm_readv of the trapped call's pointer argument
    int id_valid;      // SECCOMP_IOCTL_NOTIF_ID_VALID on a pending notification
    int pidfd_open;    // pidfd_open of the notified process
    int pidfd_getfd;   // pidfd_getfd of one of its descriptors while it waits
    int addfd_send;    // SECCOMP_IOCTL_NOTIF_ADDFD + SEND: the child wrote through the new fd
} gd_probe_notify_result;

/// filter must make getppid return SECCOMP_RET_USER_NOTIF (and let everything else through).
int gd_probe_notify(const struct sock_filter *filter, unsigned short filter_len,
                    unsigned int flags, int timeout_ms, gd_probe_notify_result *out);

/// Installs the filter with these flags in a child and reports whether the kernel took them.
int gd_probe_filter_flags(const struct sock_filter *filter, unsigned short filter_len,
                          unsigned int flags, int timeout_ms);

typedef struct gd_probe_ptrace_result {
    int seize;       // PTRACE_SEIZE with GD_PTRACE_OPTIONS (EXITKILL, TRACEFORK, TRACEEXEC, …)
    int fork_event;  // PTRACE_EVENT_FORK seen, and the new child auto-attached
    int exec_event;  // PTRACE_EVENT_EXEC seen when the child exec'd exec_path
} gd_probe_ptrace_result;

int gd_probe_ptrace(const char *exec_path, int timeout_ms, gd_probe_ptrace_result *out);

/// unshare(CLONE_NEWUSER) in a child; when uid is not (uid_t)-1 the child first drops to
/// uid/gid (with no supplementary groups), to ask for an unprivileged user.
int gd_probe_userns(uid_t uid, gid_t gid, int timeout_ms);

/// landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION): the ABI or -errno.
int gd_probe_landlock_abi(void);

#endif
