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

int main(int argc, char **argv) {
    need(argc, 3, "net tcp|fastopen|udp|udpmsg|udpmmsg|udpconnect|unix|abstract|dgram|dgramconnect|post|socket ARG [TEXT]");
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
        if (!strcmp(mode, "dgram")) {
            n = sendto(fd, text, strlen(text), 0, (struct sockaddr *)&a, len);
        } else {
            if (raw_connect(fd, &a, len) < 0) return 0;
            n = send(fd, text, strlen(text), 0);
        }
        if (n < 0) fail(mode[5] ? "send" : "sendto"); else printf("sent %zd bytes\n", n);
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
