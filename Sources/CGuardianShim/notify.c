// seccomp user notification: the listener's ioctls (seccomp_unotify(2)).
#define _GNU_SOURCE
#include "gd_internal.h"

#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>

_Static_assert(sizeof(gd_notif) == sizeof(struct seccomp_notif), "gd_notif mirrors seccomp_notif");
_Static_assert(offsetof(gd_notif, id) == offsetof(struct seccomp_notif, id), "id offset");
_Static_assert(offsetof(gd_notif, pid) == offsetof(struct seccomp_notif, pid), "pid offset");
_Static_assert(offsetof(gd_notif, nr) == offsetof(struct seccomp_notif, data.nr), "nr offset");
_Static_assert(offsetof(gd_notif, arch) == offsetof(struct seccomp_notif, data.arch), "arch offset");
_Static_assert(offsetof(gd_notif, args) == offsetof(struct seccomp_notif, data.args), "args offset");

// Newer than this machine's 6.1 headers (include/uapi/linux/seccomp.h).
#define GD_SECCOMP_IOCTL_NOTIF_SET_FLAGS SECCOMP_IOW(4, __u64)

int gd_notif_check_sizes(void) {
    struct seccomp_notif_sizes sizes;
    if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) != 0) return -errno;
    if (sizes.seccomp_notif > sizeof(struct seccomp_notif) ||
        sizes.seccomp_notif_resp > sizeof(struct seccomp_notif_resp))
        return -EOVERFLOW;
    return 0;
}

int gd_notif_recv(int notify_fd, gd_notif *out) {
    memset(out, 0, sizeof(*out));  // the kernel requires a zeroed buffer
    return neg_errno(ioctl(notify_fd, SECCOMP_IOCTL_NOTIF_RECV, out));
}

int gd_notif_respond(int notify_fd, uint64_t id, int64_t val, int32_t error, uint32_t flags) {
    struct seccomp_notif_resp resp = {.id = id, .val = val, .error = error, .flags = flags};
    return neg_errno(ioctl(notify_fd, SECCOMP_IOCTL_NOTIF_SEND, &resp));
}

int gd_notif_continue(int notify_fd, uint64_t id) {
    return gd_notif_respond(notify_fd, id, 0, 0, SECCOMP_USER_NOTIF_FLAG_CONTINUE);
}

int gd_notif_id_valid(int notify_fd, uint64_t id) {
    return neg_errno(ioctl(notify_fd, SECCOMP_IOCTL_NOTIF_ID_VALID, &id));
}

int gd_notif_addfd_send(int notify_fd, uint64_t id, int src_fd, uint32_t newfd_flags) {
    struct seccomp_notif_addfd addfd = {
        .id = id,
        .flags = SECCOMP_ADDFD_FLAG_SEND,
        .srcfd = (uint32_t)src_fd,
        .newfd = 0,
        .newfd_flags = newfd_flags,
    };
    return neg_errno(ioctl(notify_fd, SECCOMP_IOCTL_NOTIF_ADDFD, &addfd));
}

int gd_notif_addfd_send_at(int notify_fd, uint64_t id, int src_fd, int newfd, uint32_t newfd_flags) {
    struct seccomp_notif_addfd addfd = {
        .id = id,
        .flags = SECCOMP_ADDFD_FLAG_SEND | SECCOMP_ADDFD_FLAG_SETFD,
        .srcfd = (uint32_t)src_fd,
        .newfd = (uint32_t)newfd,
        .newfd_flags = newfd_flags,
    };
    return neg_errno(ioctl(notify_fd, SECCOMP_IOCTL_NOTIF_ADDFD, &addfd));
}

int gd_notif_set_flags(int notify_fd, uint64_t flags) {
    return neg_errno(ioctl(notify_fd, GD_SECCOMP_IOCTL_NOTIF_SET_FLAGS, flags));
}
