#ifndef GUARDIAN_SOCKETS_H
#define GUARDIAN_SOCKETS_H

// Unix sockets: descriptors passed with SCM_RIGHTS, accepting, the peer's credentials.

#include <sys/types.h>

int gd_accept_cloexec(int fd);
int gd_peer_cred(int fd, pid_t *pid, uid_t *uid, gid_t *gid);
int gd_send_fd(int sock, int fd);
int gd_recv_fd(int sock);

#endif
