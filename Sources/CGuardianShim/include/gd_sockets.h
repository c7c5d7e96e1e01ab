#ifndef GUARDIAN_SOCKETS_H
#define GUARDIAN_SOCKETS_H

// Unix sockets: descriptors passed with SCM_RIGHTS, accepting, the peer's credentials.

#include <sys/types.h>

int gd_accept_cloexec(int fd);
int gd_peer_cred(int fd, pid_t *pid, uid_t *uid, gid_t *gid);
int gd_send_fd(int sock, int fd);
int gd_recv_fd(int sock);

#include <stddef.h>
#include <stdint.h>

/// The inode of the socket listening on TCP `port` at `address` (4 or 16 bytes by `family`) or
/// on the wildcard, from sock_diag: 1 found (*inode set), 0 none, or -errno.
int gd_tcp_listener_inode(int family, const uint8_t *address, uint16_t port, uint64_t *inode);
/// The inode of the Unix socket listening at the file (st_dev, st_ino), or on the abstract
/// `name` (leading NUL included) when name_length > 0 — a bound datagram socket when `datagram`:
/// 1 found, 0 none, or -errno.
int gd_unix_listener_inode(uint64_t st_dev, uint64_t st_ino, const uint8_t *name, size_t name_length, int datagram, uint64_t *inode);

#endif
