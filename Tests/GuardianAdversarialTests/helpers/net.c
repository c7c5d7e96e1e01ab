/* Network attacks with raw socket syscalls (no libc connect wrapper, no curl): print what the
 * peer answers, `FAIL <call> <errno>` when a call fails.
 *   net tcp PORT LINE          syscall(SYS_connect) to 127.0.0.1:PORT, send LINE
 *   net fastopen PORT LINE     TCP Fast Open: sendto(MSG_FASTOPEN) with the address
 *   net udp PORT TEXT          one datagram to 127.0.0.1:PORT with sendto
 *   net udpmsg PORT TEXT       the same with sendmsg (msg_name set)
 *   net udpmmsg PORT TEXT      the same with sendmmsg
 *   net udpconnect PORT TEXT   connect the UDP socket to 127.0.0.1:PORT, then send(2)
 *   net unix PATH LINE         a Unix socket by path
 *   net abstract NAME LINE     an abstract Unix socket
 *   net dgram PATH LINE        LINE as one datagram to a Unix datagram socket (sendto)
 *   net dgramconnect PATH LINE the same: connect(2), then send(2)
 *   net dgrammsg PATH LINE     the same with sendmsg (msg_name set)
 *   net dgrammix OWN PATH LINE sendmmsg of two datagrams from one socket: "own" to OWN (a
 *                              socket this program binds itself), LINE to PATH; resent from the
 *                              first one not sent, as a program does when sendmmsg sends fewer
 *   net udpmix PORT TEXT       sendmmsg of a DNS query to 127.0.0.1:53 and TEXT to
 *                              127.0.0.1:PORT, resent the same way
 *   (a PATH starting with @ is an abstract name)
 *   net post PORT BODY         an HTTP/1.1 POST /graphql of BODY to 127.0.0.1:PORT
 *   net socket packet|raw|vsock  create a socket of that family or type */
#include "attack.h"
#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/vm_sockets.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/un.h>

static struct sockaddr_in loopback(const char *port) {
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)atoi(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

/* Sends `line` and a newline, prints everything the peer sends back. */
static void converse(int fd, const char *line) {
    put(fd, line, strlen(line), "write");
    put(fd, "\n", 1, "write");
    shutdown(fd, SHUT_WR);
    dump(fd);
}

static int raw_connect(int fd, const void *addr, socklen_t len) {
    if (syscall(SYS_connect, fd, addr, len) < 0) { fail("connect"); return -1; }
    printf("connected\n");
    return 0;
}

static int unix_socket(const char *name, int abstract, struct sockaddr_un *a, socklen_t *len, int type) {
    memset(a, 0, sizeof *a);
    a->sun_family = AF_UNIX;
    size_t n = strlen(name);
    if (n + 2 > sizeof a->sun_path) { fprintf(stderr, "name too long\n"); exit(2); }
    memcpy(a->sun_path + (abstract ? 1 : 0), name, n);
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (abstract ? 1 : 0));
    return socket(AF_UNIX, type, 0);
}

/* sendmmsg of `count` messages, resending from the first one not sent, as a program does when
 * sendmmsg sends fewer than asked; prints what each call did. */
static void send_all(int fd, struct mmsghdr *mm, unsigned count) {
    unsigned done = 0;
    while (done < count) {
        int n = sendmmsg(fd, mm + done, count - done, 0);
        if (n < 0) { fail("sendmmsg"); return; }
        printf("sendmmsg sent %d of %u\n", n, count - done);
        if (n == 0) return;
        done += (unsigned)n;
    }
}

int main(int argc, char **argv) {
    need(argc, 3, "net tcp|fastopen|udp|udpmsg|udpmmsg|udpmix|udpconnect|unix|abstract|dgram|dgrammsg|dgrammix|dgramconnect|post|socket ARG [TEXT]");
    const char *mode = argv[1], *text = argc > 3 ? argv[3] : "";
    if (!strcmp(mode, "socket")) {
        int fd = -1;
        if (!strcmp(argv[2], "packet")) fd = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
        else if (!strcmp(argv[2], "raw")) fd = socket(AF_INET, SOCK_RAW, IPPROTO_RAW);
        else if (!strcmp(argv[2], "vsock")) fd = socket(AF_VSOCK, SOCK_STREAM, 0);
        char what[64];
        snprintf(what, sizeof what, "socket-%s", argv[2]);
        if (fd < 0) fail(what); else printf("OPENED %s socket\n", argv[2]);
        return 0;
    }
    if (!strcmp(mode, "unix") || !strcmp(mode, "abstract")) {
        struct sockaddr_un a;
        socklen_t len;
        int fd = unix_socket(argv[2], mode[0] == 'a', &a, &len, SOCK_STREAM);
        if (fd < 0) { fail("socket"); return 1; }
        if (raw_connect(fd, &a, len) == 0) converse(fd, text);
        return 0;
    }
    if (!strncmp(mode, "dgram", 5)) {
        struct sockaddr_un a;
        socklen_t len;
        int abstract = argv[2][0] == '@';
        int fd = unix_socket(argv[2] + abstract, abstract, &a, &len, SOCK_DGRAM);
        if (fd < 0) { fail("socket"); return 1; }
        ssize_t n;
        const char *call = mode[5] ? "send" : "sendto";
        if (!strcmp(mode, "dgrammix")) {
            /* argv[2] is OWN here; the outside socket and the line come after it. */
            struct sockaddr_un own = a, out;
            socklen_t own_len = len, out_len;
            unlink(argv[2]);
            int mine = socket(AF_UNIX, SOCK_DGRAM, 0);
            if (mine < 0 || bind(mine, (struct sockaddr *)&own, own_len) < 0) { fail("bind"); return 1; }
            need(argc, 5, "net dgrammix OWN PATH LINE");
            int outside_abstract = argv[3][0] == '@';
            int sender = unix_socket(argv[3] + outside_abstract, outside_abstract, &out, &out_len, SOCK_DGRAM);
            if (sender < 0) { fail("socket"); return 1; }
            struct iovec v[2] = {{.iov_base = "own", .iov_len = 3}, {.iov_base = argv[4], .iov_len = strlen(argv[4])}};
            struct mmsghdr mm[2];
            memset(mm, 0, sizeof mm);
            mm[0].msg_hdr = (struct msghdr){.msg_name = &own, .msg_namelen = own_len, .msg_iov = &v[0], .msg_iovlen = 1};
            mm[1].msg_hdr = (struct msghdr){.msg_name = &out, .msg_namelen = out_len, .msg_iov = &v[1], .msg_iovlen = 1};
            send_all(sender, mm, 2);
            char got[16] = {0};
            if (recv(mine, got, sizeof got - 1, MSG_DONTWAIT) > 0) printf("own socket got %s\n", got);
            return 0;
        }
        if (!strcmp(mode, "dgrammsg")) {
            call = "sendmsg";
            struct iovec v = {.iov_base = (void *)text, .iov_len = strlen(text)};
            struct msghdr m = {.msg_name = &a, .msg_namelen = len, .msg_iov = &v, .msg_iovlen = 1};
            n = sendmsg(fd, &m, 0);
        } else if (!strcmp(mode, "dgram")) {
            n = sendto(fd, text, strlen(text), 0, (struct sockaddr *)&a, len);
        } else {
            if (raw_connect(fd, &a, len) < 0) return 0;
            n = send(fd, text, strlen(text), 0);
        }
        if (n < 0) fail(call); else printf("sent %zd bytes\n", n);
        return 0;
    }
    struct sockaddr_in a = loopback(argv[2]);
    if (!strncmp(mode, "udp", 3)) {
        int fd = socket(AF_INET, SOCK_DGRAM, 0);
        if (fd < 0) { fail("socket"); return 1; }
        ssize_t n = -1;
        struct iovec v = { .iov_base = (void *)text, .iov_len = strlen(text) };
        struct msghdr m = { .msg_name = &a, .msg_namelen = sizeof a, .msg_iov = &v, .msg_iovlen = 1 };
        const char *call = "sendto";
        if (!strcmp(mode, "udp")) {
            n = sendto(fd, text, strlen(text), 0, (struct sockaddr *)&a, sizeof a);
        } else if (!strcmp(mode, "udpmsg")) {
            call = "sendmsg";
            n = sendmsg(fd, &m, 0);
        } else if (!strcmp(mode, "udpmmsg")) {
            call = "sendmmsg";
            struct mmsghdr mm = { .msg_hdr = m };
            n = sendmmsg(fd, &mm, 1, 0) == 1 ? (ssize_t)mm.msg_len : -1;
        } else if (!strcmp(mode, "udpmix")) {
            /* A query for example.com's A record, then the text to the port. */
            static const char query[] = "\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00"
                                        "\x07" "example" "\x03" "com" "\x00" "\x00\x01\x00\x01";
            struct sockaddr_in dns = loopback("53");
            struct iovec q = {.iov_base = (void *)query, .iov_len = sizeof query - 1};
            struct mmsghdr mm[2];
            memset(mm, 0, sizeof mm);
            mm[0].msg_hdr = (struct msghdr){.msg_name = &dns, .msg_namelen = sizeof dns, .msg_iov = &q, .msg_iovlen = 1};
            mm[1].msg_hdr = m;
            send_all(fd, mm, 2);
            return 0;
        } else if (!strcmp(mode, "udpconnect")) {
            if (raw_connect(fd, &a, sizeof a) < 0) return 0;
            call = "send";
            n = send(fd, text, strlen(text), 0);
        } else {
            fprintf(stderr, "unknown mode %s\n", mode);
            return 2;
        }
        if (n < 0) fail(call); else printf("sent %zd bytes\n", n);
        return 0;
    }
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) { fail("socket"); return 1; }
    if (!strcmp(mode, "tcp")) {
        if (raw_connect(fd, &a, sizeof a) == 0) converse(fd, text);
    } else if (!strcmp(mode, "fastopen")) {
        char line[4096];
        int n = snprintf(line, sizeof line, "%s\n", text);
        if (sendto(fd, line, (size_t)n, MSG_FASTOPEN, (struct sockaddr *)&a, sizeof a) < 0) { fail("sendto-fastopen"); return 0; }
        shutdown(fd, SHUT_WR);
        dump(fd);
    } else if (!strcmp(mode, "post")) {
        if (raw_connect(fd, &a, sizeof a) < 0) return 0;
        char request[8192];
        int n = snprintf(request, sizeof request,
                         "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Type: application/json\r\n"
                         "Content-Length: %zu\r\nConnection: close\r\n\r\n%s",
                         argv[2], strlen(text), text);
        put(fd, request, (size_t)n, "write");
        dump(fd);
        printf("\n");
    } else {
        fprintf(stderr, "unknown mode %s\n", mode);
        return 2;
    }
    return 0;
}
