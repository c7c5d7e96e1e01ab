// sendmsg(2) and sendmmsg(2) on the target's behalf: copy each message out whole, rebuild its
// control messages with descriptors taken from the target, send on Guardian's duplicate.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

// SOL_SOCKET control messages a send may carry besides SCM_RIGHTS and SCM_CREDENTIALS
// (net/core/sock.c, __sock_cmsg_send); the generic numbers where the headers lack them.
#ifndef SO_TIMESTAMPING_OLD
#define SO_TIMESTAMPING_OLD 37
#endif
#ifndef SO_TIMESTAMPING_NEW
#define SO_TIMESTAMPING_NEW 65
#endif
#ifndef SCM_TXTIME
#define SCM_TXTIME 61
#endif
#ifndef SCM_TS_OPT_ID
#define SCM_TS_OPT_ID 81
#endif

enum {
    IOV_LIMIT = 1024,  // UIO_MAXIOV: more iovecs is EMSGSIZE
    FD_LIMIT = 253,    // SCM_MAX_FD: more descriptors in one message is EINVAL
};

_Static_assert(CMSG_LEN(0) == sizeof(struct cmsghdr), "a control message's data follows its header");

size_t gd_mmsghdr_size(void) { return sizeof(struct mmsghdr); }
size_t gd_mmsghdr_len_offset(void) { return offsetof(struct mmsghdr, msg_len); }

void gd_message_release(gd_message *m) {
    for (int i = 0; i < m->taken_count; i++) close(m->taken[i]);
    free(m->taken);
    free(m->data);
    free(m->control);
    m->taken = NULL;
    m->data = NULL;
    m->control = NULL;
    m->taken_count = 0;
}

/// Rebuilds the control buffer `raw` (len bytes) the way the kernel walks it (for_each_cmsghdr
/// with CMSG_OK, net/core/scm.c): each message is copied into m->control, SCM_RIGHTS with
/// Guardian's duplicates of the target's descriptors. Only what this walk saw is sent, so the
/// kernel can find no descriptor number Guardian did not translate.
static long rebuild_control(const uint8_t *raw, size_t len, int pidfd, int unix_socket, gd_message *m) {
    m->control = calloc(1, len + sizeof(long));
    if (m->control == NULL) return -ENOMEM;
    size_t in = 0, out = 0;
    while (in + sizeof(struct cmsghdr) <= len) {
        struct cmsghdr c;
        memcpy(&c, raw + in, sizeof c);
        if (c.cmsg_len < sizeof(struct cmsghdr) || c.cmsg_len > len - in) return -EINVAL;
        size_t payload = c.cmsg_len - sizeof(struct cmsghdr);
        const uint8_t *from = raw + in + sizeof(struct cmsghdr);
        uint8_t *to = m->control + out + sizeof(struct cmsghdr);
        if (c.cmsg_level == SOL_SOCKET) {
            switch (c.cmsg_type) {
            case SCM_RIGHTS: {
                if (!unix_socket) return -EINVAL;
                size_t count = payload / sizeof(int);
                if ((size_t)m->taken_count + count > FD_LIMIT) return -EINVAL;
                if (m->taken == NULL && count > 0) {
                    m->taken = malloc(FD_LIMIT * sizeof(int));
                    if (m->taken == NULL) return -ENOMEM;
                }
                for (size_t k = 0; k < count; k++) {
                    int fd;
                    memcpy(&fd, from + k * sizeof(int), sizeof fd);
                    int dup = gd_pidfd_getfd(pidfd, fd);
                    if (dup < 0) return dup == -EBADF || dup == -ENOENT ? -EBADF : dup;
                    m->taken[m->taken_count++] = dup;
                    memcpy(to + k * sizeof(int), &dup, sizeof dup);
                }
                c.cmsg_len = CMSG_LEN(count * sizeof(int));
                break;
            }
            case SCM_CREDENTIALS:
                if (payload != sizeof(struct ucred) || m->credentials >= 0) return -EINVAL;
                m->credentials = (long)(out + sizeof(struct cmsghdr));
                memcpy(to, from, payload);
                break;
            case SO_PRIORITY:
            case SO_MARK:
            case SO_TIMESTAMPING_OLD:
            case SO_TIMESTAMPING_NEW:
            case SCM_TXTIME:
            case SCM_TS_OPT_ID:
                memcpy(to, from, payload);
                break;
            default:
                // The kernel refuses any other one too; should a later kernel take a descriptor
                // in one, it must not be read in Guardian's descriptor table.
                return -EINVAL;
            }
        } else {
            // IP_PKTINFO, IP_TOS, IPV6_*, UDP_SEGMENT, …: values, never descriptors.
            memcpy(to, from, payload);
        }
        memcpy(m->control + out, &c, sizeof c);
        out += CMSG_ALIGN(c.cmsg_len);
        in += CMSG_ALIGN(c.cmsg_len);
    }
    m->control_len = out;
    return 0;
}

long gd_message_copy(pid_t tid, int pidfd, uint64_t header, size_t cap, int whole, int unix_socket, gd_message *m) {
    memset(m, 0, sizeof *m);
    m->credentials = -1;
    struct msghdr h;
    long n = gd_read_mem(tid, header, &h, sizeof h);
    if (n < 0) return n;
    if ((size_t)n != sizeof h) return -EFAULT;
    if (h.msg_iovlen > IOV_LIMIT) return -EMSGSIZE;
    size_t name_len = h.msg_name != NULL ? h.msg_namelen : 0;
    if (name_len > sizeof m->name) return -EINVAL;
    if (h.msg_controllen > GD_MESSAGE_CONTROL_MAX) return -ENOBUFS;
    size_t control_len = h.msg_controllen;

    // The iovec array, the name and the control buffer in one read.
    struct iovec *iov = NULL;
    uint8_t *raw_control = NULL;
    long rc = 0;
    size_t iov_bytes = h.msg_iovlen * sizeof(struct iovec);
    iov = malloc(iov_bytes + 1);
    raw_control = malloc(control_len + 1);
    if (iov == NULL || raw_control == NULL) { rc = -ENOMEM; goto out; }
    {
        struct iovec local[3], remote[3];
        int count = 0;
        size_t total = 0;
        struct { void *to; const void *from; size_t len; } parts[3] = {
            {iov, h.msg_iov, iov_bytes}, {m->name, h.msg_name, name_len}, {raw_control, h.msg_control, control_len}};
        for (int i = 0; i < 3; i++) {
            if (parts[i].len == 0) continue;
            local[count] = (struct iovec){.iov_base = parts[i].to, .iov_len = parts[i].len};
            remote[count] = (struct iovec){.iov_base = (void *)parts[i].from, .iov_len = parts[i].len};
            total += parts[i].len;
            count++;
        }
        if (count > 0) {
            ssize_t got = process_vm_readv(tid, local, (unsigned long)count, remote, (unsigned long)count, 0);
            if (got < 0) { rc = errno == ESRCH ? -ESRCH : -EFAULT; goto out; }
            if ((size_t)got != total) { rc = -EFAULT; goto out; }
        }
    }
    m->name_len = (uint32_t)name_len;

    // The data: the first `cap` bytes of the iovecs, or all of them.
    size_t requested = 0;
    for (size_t i = 0; i < h.msg_iovlen; i++) {
        if (iov[i].iov_len > SSIZE_MAX) { rc = -EINVAL; goto out; }
        requested = iov[i].iov_len > SSIZE_MAX - requested ? SSIZE_MAX : requested + iov[i].iov_len;
    }
    m->requested = requested;
    if (whole && requested > cap) { rc = -EMSGSIZE; goto out; }
    size_t want = requested < cap ? requested : cap;
    m->data = malloc(want + 1);
    if (m->data == NULL) { rc = -ENOMEM; goto out; }
    if (want > 0) {
        size_t left = want, count = 0;
        for (size_t i = 0; i < h.msg_iovlen && left > 0; i++) {
            if (iov[i].iov_len == 0) continue;
            size_t take = iov[i].iov_len < left ? iov[i].iov_len : left;
            iov[count].iov_base = iov[i].iov_base;
            iov[count].iov_len = take;
            count++;
            left -= take;
        }
        struct iovec local = {.iov_base = m->data, .iov_len = want};
        ssize_t got = process_vm_readv(tid, &local, 1, iov, count, 0);
        if (got < 0 || (size_t)got != want) { rc = -EFAULT; goto out; }
    }
    m->data_len = want;

    if (control_len >= sizeof(struct cmsghdr)) rc = rebuild_control(raw_control, control_len, pidfd, unix_socket, m);
out:
    free(iov);
    free(raw_control);
    if (rc < 0) gd_message_release(m);
    return rc;
}

long gd_message_send(int sock, const gd_message *m, const uint8_t *name, uint32_t name_len, int flags) {
    struct iovec v = {.iov_base = m->data, .iov_len = m->data_len};
    struct msghdr h = {.msg_name = (void *)name, .msg_namelen = name != NULL ? name_len : 0, .msg_iov = &v,
                       .msg_iovlen = 1, .msg_control = m->control_len > 0 ? m->control : NULL,
                       .msg_controllen = m->control_len};
    ssize_t n;
    do {
        n = sendmsg(sock, &h, flags);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : n;
}

void gd_message_credentials(const gd_message *m, pid_t *pid, uid_t *uid, gid_t *gid) {
    struct ucred c = {0};
    if (m->credentials >= 0) memcpy(&c, m->control + m->credentials, sizeof c);
    *pid = c.pid;
    *uid = c.uid;
    *gid = c.gid;
}

void gd_message_set_credentials_pid(gd_message *m, pid_t pid) {
    if (m->credentials < 0) return;
    struct ucred c;
    memcpy(&c, m->control + m->credentials, sizeof c);
    c.pid = pid;
    memcpy(m->control + m->credentials, &c, sizeof c);
}
