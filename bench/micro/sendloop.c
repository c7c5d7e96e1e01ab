// Times N sends of one small message and prints the total and the per-call latencies, so the
// cost of a send the supervisor performs is (T_supervised - T_native) / N, free of start-up.
// Usage: sendloop MODE N
//   write      write(2) on a Unix datagram socketpair (stays in the kernel: the floor)
//   sendmsg    sendmsg(2) on a Unix datagram socketpair, no address (trapped, sent to the peer)
//   scm        the same carrying one descriptor (SCM_RIGHTS: taken from the sender, passed on)
//   udp        sendmsg(2) on a UDP socket connected to 127.0.0.1:53, no address (root)
//   sendmmsg   sendmmsg(2) of 2 messages on that UDP socket (glibc's resolver sends A and AAAA so)
// The receiving end is drained after every call so a send never waits for room.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int compare(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: sendloop write|sendmsg|scm|udp|sendmmsg N\n");
        return 2;
    }
    const char *mode = argv[1];
    long n = atol(argv[2]);
    int tx, rx;
    if (!strcmp(mode, "udp") || !strcmp(mode, "sendmmsg")) {
        // A sink on 127.0.0.1:53 (as root; natively the datagrams land there). Under Guardian
        // the connect to port 53 is answered by its resolver instead, whose replies are drained.
        rx = socket(AF_INET, SOCK_DGRAM, 0);
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(53), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
        if (bind(rx, (struct sockaddr *)&a, sizeof a) < 0) { perror("bind 127.0.0.1:53 (run as root)"); return 1; }
        tx = socket(AF_INET, SOCK_DGRAM, 0);
        if (connect(tx, (struct sockaddr *)&a, sizeof a) < 0) { perror("connect"); return 1; }
    } else {
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) < 0) { perror("socketpair"); return 1; }
        tx = sv[0];
        rx = sv[1];
    }
    // A DNS query for example.com's A record: harmless wherever it goes.
    static char query[] = "\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07" "example" "\x03" "com" "\x00\x00\x01\x00\x01";
    struct iovec v = {.iov_base = query, .iov_len = sizeof query - 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } control;
    struct msghdr m = {.msg_iov = &v, .msg_iovlen = 1};
    if (!strcmp(mode, "scm")) {
        memset(&control, 0, sizeof control);
        m.msg_control = control.buf;
        m.msg_controllen = sizeof control.buf;
        struct cmsghdr *c = CMSG_FIRSTHDR(&m);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        int passed = 0;
        memcpy(CMSG_DATA(c), &passed, sizeof passed);
    }
    struct mmsghdr mm[2] = {{.msg_hdr = m}, {.msg_hdr = m}};
    long long *samples = calloc((size_t)n, sizeof *samples);
    char sink[512];
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } received;
    long failed = 0;
    long long start = now_ns();
    for (long i = 0; i < n; i++) {
        long long t0 = now_ns();
        long rc;
        if (!strcmp(mode, "write")) rc = write(tx, query, sizeof query - 1);
        else if (!strcmp(mode, "sendmmsg")) rc = sendmmsg(tx, mm, 2, 0) == 2 ? 0 : -1;
        else rc = sendmsg(tx, &m, 0);
        samples[i] = now_ns() - t0;
        if (rc < 0) failed++;
        if (tx != rx) while (recv(tx, sink, sizeof sink, MSG_DONTWAIT) > 0) {}
        {
            struct iovec s = {.iov_base = sink, .iov_len = sizeof sink};
            struct msghdr r = {.msg_iov = &s, .msg_iovlen = 1, .msg_control = received.buf, .msg_controllen = sizeof received.buf};
            while (recvmsg(rx, &r, MSG_DONTWAIT | MSG_CMSG_CLOEXEC) > 0 && r.msg_controllen > 0) {
                struct cmsghdr *c = CMSG_FIRSTHDR(&r);
                if (c && c->cmsg_type == SCM_RIGHTS) { int fd; memcpy(&fd, CMSG_DATA(c), sizeof fd); close(fd); }
            }
        }
    }
    long long total = now_ns() - start;
    qsort(samples, (size_t)n, sizeof *samples, compare);
    printf("%s n=%ld failed=%ld total_us=%.0f per_call_us=%.2f p50_us=%.2f p99_us=%.2f\n", mode, n, failed, total / 1e3,
           total / 1e3 / n, samples[n / 2] / 1e3, samples[n * 99 / 100] / 1e3);
    return 0;
}
