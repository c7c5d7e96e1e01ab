#ifndef GUARDIAN_INTERNAL_H
#define GUARDIAN_INTERNAL_H

// Shared by the shim's own .c files; not part of the module's interface.

#include "gd_shim.h"

#include <errno.h>

static inline int neg_errno(long rc) { return rc < 0 ? -errno : (int)rc; }

/// Receives one byte and, if one came with it, a descriptor: the fd, -EPROTO when the byte came
/// alone (*byte says what it was), or -errno.
int gd_recv_fd_with_byte(int sock, unsigned char *byte);

/// Makes the calling process unable to connect TCP on its own (a Landlock domain that handles
/// TCP connect and allows no port). Async-signal-safe: raw syscalls only, for the forked child.
int gd_landlock_deny_tcp_connect(void);

/// Closes every descriptor from 3 up that Guardian did not inherit, except `keep`.
/// Async-signal-safe: for the child between fork and exec.
void gd_close_unexpected_fds(int keep);

#endif
