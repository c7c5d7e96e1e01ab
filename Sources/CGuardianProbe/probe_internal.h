#ifndef GUARDIAN_PROBE_INTERNAL_H
#define GUARDIAN_PROBE_INTERNAL_H

// Shared by the probes' .c files; not part of the module's interface.

#include <sys/types.h>

long gd_probe_now_ms(void);
/// Waits until fd is readable; 0, -ETIMEDOUT or -errno.
int gd_probe_wait_readable(int fd, int timeout_ms);
/// Reaps exactly this child: waits up to timeout_ms, then SIGKILLs it. Returns the wait status
/// or -errno (-ECHILD if someone else reaped it).
int gd_probe_reap(pid_t pid, int timeout_ms);

/// From a probe's child: sends (err) and, when fd >= 0, the fd itself. sendmsg is
/// async-signal-safe.
void gd_probe_child_report(int sock, int err, int fd);
/// The child's report: 0 (with the fd when want_fd), -err, -ETIMEDOUT, or -EPROTO when the
/// child died without reporting.
int gd_probe_recv_report(int sock, int timeout_ms, int want_fd, int *fd_out);

#endif
