// Who listens, asked of the kernel's socket tables (sock_diag(7)): the inode of the socket
// listening on a loopback TCP port, or bound to a Unix socket file or abstract name. Much
// cheaper than /proc/net/tcp, whose read walks every bucket of the connection hash (~7 ms here),
// and it makes no connection of its own to the listener.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#define GD_TCP_LISTEN 10

/* Sends one dump request; calls `match` on each answer until it returns 1. Returns 1 when a
 * match was found, 0 when the dump ended without one, or -errno. */
static int dump(const void *request, size_t length, int (*match)(const struct nlmsghdr *, void *), void *ctx) {
    int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0) return -errno;
    struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
    struct iovec iov = {.iov_base = (void *)request, .iov_len = length};
    struct msghdr msg = {.msg_name = &kernel, .msg_namelen = sizeof(kernel), .msg_iov = &iov, .msg_iovlen = 1};
    if (sendmsg(fd, &msg, 0) < 0) { int e = errno; close(fd); return -e; }
    long buffer[8192 / sizeof(long)];
    int found = 0;
    for (;;) {
        ssize_t n = recv(fd, buffer, sizeof(buffer), 0);
        if (n < 0) { if (errno == EINTR) continue; int e = errno; close(fd); return -e; }
        if (n == 0) break;
        for (struct nlmsghdr *h = (struct nlmsghdr *)buffer; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_type == NLMSG_DONE) { close(fd); return found; }
            if (h->nlmsg_type == NLMSG_ERROR) {
                struct nlmsgerr *err = NLMSG_DATA(h);
                close(fd);
                return err->error < 0 ? err->error : -EPROTO;
            }
            if (!found && match(h, ctx)) found = 1;
        }
    }
    close(fd);
    return found;
}

struct tcp_want { int family; const uint8_t *address; uint16_t port; uint64_t inode; };

static int match_tcp(const struct nlmsghdr *h, void *raw) {
    struct tcp_want *want = raw;
    const struct inet_diag_msg *m = NLMSG_DATA(h);
    if (ntohs(m->id.idiag_sport) != want->port) return 0;
    size_t length = m->idiag_family == AF_INET ? 4 : 16;
    static const uint8_t zero[16];
    const uint8_t *bound = (const uint8_t *)m->id.idiag_src;
    int wildcard = memcmp(bound, zero, length) == 0;
    int same = 0;
    if (m->idiag_family == want->family) {
        same = memcmp(bound, want->address, length) == 0;
    } else if (m->idiag_family == AF_INET6 && want->family == AF_INET) {
        // An IPv6 listener on ::ffff:a.b.c.d, or on :: (which takes IPv4 unless v6-only).
        static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        same = memcmp(bound, mapped, 12) == 0 && memcmp(bound + 12, want->address, 4) == 0;
    }
    if (!wildcard && !same) return 0;
    want->inode = m->idiag_inode;
    return 1;
}

int gd_tcp_listener_inode(int family, const uint8_t *address, uint16_t port, uint64_t *inode) {
    struct tcp_want want = {.family = family, .address = address, .port = port};
    int families[2] = {family, family == AF_INET ? AF_INET6 : 0};
    for (int i = 0; i < 2 && families[i]; i++) {
        struct {
            struct nlmsghdr header;
            struct inet_diag_req_v2 request;
        } q;
        memset(&q, 0, sizeof(q));
        q.header.nlmsg_len = sizeof(q);
        q.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
        q.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
        q.request.sdiag_family = (uint8_t)families[i];
        q.request.sdiag_protocol = IPPROTO_TCP;
        q.request.idiag_states = 1U << GD_TCP_LISTEN;
        int rc = dump(&q, sizeof(q), match_tcp, &want);
        if (rc != 0) {
            if (rc == 1) *inode = want.inode;
            return rc;
        }
    }
    return 0;
}

struct unix_want { const uint8_t *name; size_t name_length; uint32_t dev; uint64_t ino; uint64_t inode; };

static int match_unix(const struct nlmsghdr *h, void *raw) {
    struct unix_want *want = raw;
    const struct unix_diag_msg *m = NLMSG_DATA(h);
    int length = (int)(h->nlmsg_len - NLMSG_LENGTH(sizeof(*m)));
    for (struct rtattr *a = (struct rtattr *)(m + 1); RTA_OK(a, length); a = RTA_NEXT(a, length)) {
        if (a->rta_type == UNIX_DIAG_VFS && want->name_length == 0 && RTA_PAYLOAD(a) >= sizeof(struct unix_diag_vfs)) {
            const struct unix_diag_vfs *v = RTA_DATA(a);
            if (v->udiag_vfs_ino == want->ino && v->udiag_vfs_dev == want->dev) { want->inode = m->udiag_ino; return 1; }
        }
        if (a->rta_type == UNIX_DIAG_NAME && want->name_length > 0) {
            // An abstract name comes back with its leading NUL.
            if (RTA_PAYLOAD(a) == want->name_length && memcmp(RTA_DATA(a), want->name, want->name_length) == 0) {
                want->inode = m->udiag_ino;
                return 1;
            }
        }
    }
    return 0;
}

/* The listening socket bound to the file (st_dev, st_ino), or, when name_length > 0, to that
 * abstract name (leading NUL included). */
int gd_unix_listener_inode(uint64_t st_dev, uint64_t st_ino, const uint8_t *name, size_t name_length, int datagram, uint64_t *inode) {
    struct {
        struct nlmsghdr header;
        struct unix_diag_req request;
    } q;
    memset(&q, 0, sizeof(q));
    q.header.nlmsg_len = sizeof(q);
    q.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    q.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    q.request.sdiag_family = AF_UNIX;
    // A datagram socket is bound, never listening: any state.
    q.request.udiag_states = datagram ? 0xFFFFFFFFU : 1U << GD_TCP_LISTEN;
    q.request.udiag_show = name_length > 0 ? UDIAG_SHOW_NAME : UDIAG_SHOW_VFS;
    // The kernel reports the superblock's dev_t in its own encoding (major << 20 | minor).
    struct unix_want want = {.name = name, .name_length = name_length,
                             .dev = (uint32_t)((major(st_dev) << 20) | minor(st_dev)), .ino = st_ino};
    int rc = dump(&q, sizeof(q), match_unix, &want);
    if (rc == 1) *inode = want.inode;
    return rc;
}
