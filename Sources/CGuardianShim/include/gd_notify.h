#ifndef GUARDIAN_NOTIFY_H
#define GUARDIAN_NOTIFY_H

// seccomp user notification (seccomp_unotify(2)): the listener's side.

#include <stdint.h>
#include <linux/seccomp.h>

// Newer than this machine's 6.1 headers (include/uapi/linux/seccomp.h).
#define GD_SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP 1ULL
#ifndef SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
#define SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV (1UL << 5)
#endif

static const uint32_t GD_SECCOMP_FILTER_FLAG_NEW_LISTENER = SECCOMP_FILTER_FLAG_NEW_LISTENER;
static const uint32_t GD_SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV = SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV;
static const uint32_t GD_SECCOMP_FILTER_FLAG_TSYNC = SECCOMP_FILTER_FLAG_TSYNC;
static const uint32_t GD_SECCOMP_SET_MODE_FILTER = SECCOMP_SET_MODE_FILTER;

/// struct seccomp_notif, flattened for Swift (notify.c asserts the layout).
typedef struct gd_notif {
    uint64_t id;
    uint32_t pid;
    uint32_t flags;
    int32_t nr;
    uint32_t arch;
    uint64_t instruction_pointer;
    uint64_t args[6];
} gd_notif;

int gd_notif_check_sizes(void);
int gd_notif_recv(int notify_fd, gd_notif *out);
int gd_notif_respond(int notify_fd, uint64_t id, int64_t val, int32_t error, uint32_t flags);
int gd_notif_continue(int notify_fd, uint64_t id);
int gd_notif_id_valid(int notify_fd, uint64_t id);
/// Installs src_fd into the target and answers its syscall with the new fd number, atomically
/// (SECCOMP_ADDFD_FLAG_SEND). Returns the fd number in the target or -errno.
int gd_notif_addfd_send(int notify_fd, uint64_t id, int src_fd, uint32_t newfd_flags);
/* The same at descriptor number `newfd` (SECCOMP_ADDFD_FLAG_SETFD): whatever the target holds
 * there is replaced, so the caller picks a number it found free. */
int gd_notif_addfd_send_at(int notify_fd, uint64_t id, int src_fd, int newfd, uint32_t newfd_flags);
int gd_notif_set_flags(int notify_fd, uint64_t flags);

#endif
