#ifndef GUARDIAN_SPLICE_H
#define GUARDIAN_SPLICE_H

// Moving a response body from one TCP socket to another inside the kernel (splice(2)), for the
// network gateway's bulk transfers.

#include <stdint.h>
#include <sys/socket.h>

/// A new descriptor (close-on-exec) of the TCP socket of this process whose own address is
/// `local` and whose peer is `peer` (IPv4 or IPv6: family, port and address compared): found
/// among /proc/self/fd and checked again after dup(2), so a number another thread closed and
/// reused meanwhile is never taken for it. -ENOENT when there is none, or -errno.
int gd_socket_dup_by_addresses(const struct sockaddr *local, const struct sockaddr *peer);

/// Moves `count` bytes from socket `from` to socket `to` through a pipe of its own with
/// splice(2), so they never enter this process's memory; both sockets may be non-blocking
/// (poll(2) waits for them, at most `idle_ms` without progress). SIGPIPE is blocked on the
/// calling thread while it runs (a client gone is EPIPE). Returns the bytes moved (== count
/// when all were), or -errno; *moved holds what reached `to` either way.
int64_t gd_splice_sockets(int from, int to, int64_t count, int idle_ms, int64_t *moved);

#endif
