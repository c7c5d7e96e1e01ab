#ifndef GUARDIAN_MESSAGES_H
#define GUARDIAN_MESSAGES_H

// sendmsg(2) and sendmmsg(2) performed by Guardian: each message copied out of the target
// whole (destination, data, control messages), descriptors of SCM_RIGHTS taken from the target
// with pidfd_getfd, then sent on Guardian's own duplicate of the socket.

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/// One message as Guardian copied it. The control messages are rebuilt, not copied: what the
/// kernel parses when Guardian sends is exactly what Guardian parsed.
typedef struct gd_message {
    /// The destination (msg_name), name_len bytes; 0 when the message names none.
    uint8_t name[128];
    uint32_t name_len;
    /// The data, data_len bytes (at most the cap given to gd_message_copy).
    uint8_t *data;
    size_t data_len;
    /// The bytes the task asked to send (the sum of its iov_len).
    size_t requested;
    /// The control messages, rebuilt; SCM_RIGHTS carry Guardian's duplicates.
    uint8_t *control;
    size_t control_len;
    /// The duplicates taken for SCM_RIGHTS, closed by gd_message_release.
    int *taken;
    int taken_count;
    /// Offset in control of an SCM_CREDENTIALS payload (struct ucred), or -1.
    long credentials;
} gd_message;

/// The most one control buffer may hold (the kernel answers ENOBUFS above its optmem_max).
#define GD_MESSAGE_CONTROL_MAX (128 * 1024)

/// Copies the message whose struct msghdr is at `header` in thread `tid`: at most `cap` data
/// bytes — or, when `whole`, -EMSGSIZE for a message longer than that. SCM_RIGHTS (Unix sockets
/// only, else -EINVAL) are taken through `pidfd`. 0 or -errno as the kernel would give it;
/// after a failure nothing is held.
long gd_message_copy(pid_t tid, int pidfd, uint64_t header, size_t cap, int whole, int unix_socket, gd_message *out);
/// Closes the duplicates and frees the copies.
void gd_message_release(gd_message *m);
/// Sends the copy on `sock` to `name` (NULL: the socket's peer) with `flags`. The sent byte
/// count or -errno.
long gd_message_send(int sock, const gd_message *m, const uint8_t *name, uint32_t name_len, int flags);
/// The claim of an SCM_CREDENTIALS payload, and rewriting its pid.
void gd_message_credentials(const gd_message *m, pid_t *pid, uid_t *uid, gid_t *gid);
void gd_message_set_credentials_pid(gd_message *m, pid_t pid);

/// The size of struct mmsghdr and the offset of its msg_len, for sendmmsg's vector.
size_t gd_mmsghdr_size(void);
size_t gd_mmsghdr_len_offset(void);

#endif
