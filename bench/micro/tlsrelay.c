// tlsrelay: the least work a TLS-terminating proxy can do, in C with OpenSSL. It accepts TLS
// with its own certificate, connects to the real server over TLS (verified against a CA file,
// host name checked against the client's SNI), and copies plaintext both ways: one decrypt and
// one encrypt per byte, no HTTP parsing, no decision. What a download costs through it is the
// floor of any terminating proxy on this machine; bench/ runs it as a column beside Guardian's
// proxy (bench/README.md, "Network").
//
// Usage: tlsrelay [-p PORT] -c CERT -k KEY -a CA UPSTREAM_PORT    TLS relay
//        tlsrelay [-p PORT] UPSTREAM_PORT                         plain TCP relay (splice)
//
// It listens on 127.0.0.1:PORT (default 0: any free port), prints the port on stdout, and relays
// every connection to 127.0.0.1:UPSTREAM_PORT, a thread per connection, until it is killed.
// For each TLS connection it writes one line to stderr: the protocol and cipher of both legs.
//
// The TLS copy loop, one thread per connection, non-blocking sockets, poll(2):
// - reads go through OpenSSL's socket BIO with read-ahead and a 256 KiB read buffer, so one
//   read(2) takes many records from the kernel;
// - the plaintext of up to 256 KiB of records is handed to SSL_write at once, which seals it
//   into 16 KiB records written to the socket as they are made (collecting them in a 256 KiB
//   buffer BIO, one write(2) instead of 16, changed neither the CPU time per GB nor the
//   throughput: the syscalls are cheap next to AES-GCM and the copies);
// - a direction reads only when its destination has nothing pending (backpressure).
// Without a certificate it is a plain TCP relay: each direction spliced through a pipe by a
// thread of its own (what Guardian does with large plain-HTTP bodies), bytes never in user space.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define CHUNK (256 * 1024)

static SSL_CTX *server_ctx;    // the client-facing side: our certificate
static SSL_CTX *upstream_ctx;  // the server-facing side: verifies against the CA file
static int upstream_port;

static void die(const char *what) {
    fprintf(stderr, "tlsrelay: %s: %s\n", what, errno ? strerror(errno) : "failed");
    ERR_print_errors_fp(stderr);
    exit(1);
}

static int connect_upstream(void) {
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)upstream_port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return -1;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// ---- plain TCP: splice both ways ------------------------------------------------------------

struct pipe_job { int from, to; };

// Moves bytes from one socket to the other through a pipe until EOF, then half-closes.
static void *splice_one_way(void *arg) {
    struct pipe_job *job = arg;
    int p[2];
    if (pipe2(p, O_CLOEXEC) == 0) {
        fcntl(p[1], F_SETPIPE_SZ, 1 << 20);
        for (;;) {
            ssize_t n = splice(job->from, NULL, p[1], NULL, 1 << 20, SPLICE_F_MOVE);
            if (n <= 0) break;
            while (n > 0) {
                ssize_t w = splice(p[0], NULL, job->to, NULL, (size_t)n, SPLICE_F_MOVE);
                if (w <= 0) goto out;
                n -= w;
            }
        }
    out:
        close(p[0]);
        close(p[1]);
    }
    shutdown(job->to, SHUT_WR);
    return NULL;
}

static void relay_plain(int client) {
    int server = connect_upstream();
    if (server < 0) return;
    struct pipe_job up = {client, server}, down = {server, client};
    pthread_t t;
    if (pthread_create(&t, NULL, splice_one_way, &up) != 0) {
        close(server);
        return;
    }
    splice_one_way(&down);
    pthread_join(t, NULL);
    close(server);
}

// ---- TLS: decrypt, re-encrypt ---------------------------------------------------------------

struct leg {
    SSL *ssl;
    int fd;
    int eof;           // no more plaintext will come from this side
    short read_wait;   // what the last SSL_read here waits for: POLLIN, or POLLOUT (a TLS write)
    short write_wait;  // the same for the last SSL_write here
    size_t pending;    // plaintext read from the other side, not yet taken by SSL_write here
    size_t off;
    unsigned char *buf;
};

static short wait_for(int ssl_error) { return ssl_error == SSL_ERROR_WANT_WRITE ? POLLOUT : POLLIN; }

// Reads plaintext from `from` (up to CHUNK, until the socket has no more) when `to` has room,
// and hands what it has to SSL_write on `to`. Returns 1 when something moved, 0 when it must
// wait (poll), -1 when the connection is over.
static int step(struct leg *from, struct leg *to) {
    int moved = 0;
    if (to->pending == 0 && !from->eof) {
        size_t got = 0, n;
        while (got < CHUNK) {
            if (SSL_read_ex(from->ssl, to->buf + got, CHUNK - got, &n)) {
                got += n;
                continue;
            }
            int e = SSL_get_error(from->ssl, 0);
            if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) from->read_wait = wait_for(e);
            else from->eof = 1;  // close_notify, EOF or error
            break;
        }
        to->pending = got;
        to->off = 0;
        moved = got > 0;
    }
    while (to->pending > 0) {
        size_t n;
        if (!SSL_write_ex(to->ssl, to->buf + to->off, to->pending, &n)) {
            int e = SSL_get_error(to->ssl, 0);
            if (e != SSL_ERROR_WANT_WRITE && e != SSL_ERROR_WANT_READ) return -1;
            to->write_wait = wait_for(e);
            break;
        }
        to->off += n;
        to->pending -= n;
        moved = 1;
    }
    if (from->eof && to->pending == 0) return -1;  // everything the closed side sent is delivered
    return moved;
}

static void relay_tls(int client) {
    int server = -1;
    SSL *c = SSL_new(server_ctx), *s = NULL;
    unsigned char *bufs = malloc(2 * CHUNK);
    if (!c || !bufs) goto done;
    SSL_set_fd(c, client);
    if (SSL_accept(c) != 1) goto done;  // blocking: the handshake only
    // The upstream host is the name the client asked for (SNI), checked against the server's
    // certificate.
    const char *name = SSL_get_servername(c, TLSEXT_NAMETYPE_host_name);
    if (!name) name = "localhost";
    if ((server = connect_upstream()) < 0) goto done;
    s = SSL_new(upstream_ctx);
    if (!s) goto done;
    SSL_set_fd(s, server);
    SSL_set_tlsext_host_name(s, name);
    SSL_set1_host(s, name);
    if (SSL_connect(s) != 1) {
        fprintf(stderr, "tlsrelay: upstream handshake for %s failed\n", name);
        ERR_print_errors_fp(stderr);
        goto done;
    }
    fprintf(stderr, "tlsrelay: client %s %s, upstream %s %s (%s)\n", SSL_get_version(c),
            SSL_get_cipher_name(c), SSL_get_version(s), SSL_get_cipher_name(s), name);

    fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK);
    fcntl(server, F_SETFL, fcntl(server, F_GETFL) | O_NONBLOCK);
    struct leg a = {.ssl = c, .fd = client, .read_wait = POLLIN, .write_wait = POLLOUT, .buf = bufs};
    struct leg b = {.ssl = s, .fd = server, .read_wait = POLLIN, .write_wait = POLLOUT, .buf = bufs + CHUNK};
    for (;;) {
        int up = step(&a, &b), down = step(&b, &a);
        if (up < 0 || down < 0) break;
        if (up || down) continue;
        // Nothing moved: wait for what each direction is blocked on — its destination when it
        // has plaintext pending there, else its source.
        struct pollfd p[2] = {{.fd = client}, {.fd = server}};
        if (b.pending) p[1].events |= b.write_wait; else if (!a.eof) p[0].events |= a.read_wait;
        if (a.pending) p[0].events |= a.write_wait; else if (!b.eof) p[1].events |= b.read_wait;
        if (poll(p, 2, -1) < 0 && errno != EINTR) break;
    }
done:
    if (s) {
        SSL_shutdown(s);
        SSL_free(s);
    }
    if (c) {
        SSL_shutdown(c);
        SSL_free(c);
    }
    if (server >= 0) close(server);
    free(bufs);
}

// ---- listener -------------------------------------------------------------------------------

static int tls_mode;

static void *serve(void *arg) {
    int fd = (int)(intptr_t)arg, one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (tls_mode) relay_tls(fd); else relay_plain(fd);
    close(fd);
    return NULL;
}

static SSL_CTX *context(const SSL_METHOD *method) {
    SSL_CTX *ctx = SSL_CTX_new(method);
    if (!ctx) die("SSL_CTX_new");
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_read_ahead(ctx, 1);
    SSL_CTX_set_default_read_buffer_len(ctx, CHUNK);
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    return ctx;
}

int main(int argc, char **argv) {
    const char *cert = NULL, *key = NULL, *ca = NULL;
    int port = 0, opt;
    while ((opt = getopt(argc, argv, "p:c:k:a:")) != -1) {
        switch (opt) {
        case 'p': port = atoi(optarg); break;
        case 'c': cert = optarg; break;
        case 'k': key = optarg; break;
        case 'a': ca = optarg; break;
        default: goto usage;
        }
    }
    if (optind != argc - 1 || (cert || key || ca) != (cert && key && ca)) goto usage;
    upstream_port = atoi(argv[optind]);
    tls_mode = cert != NULL;
    signal(SIGPIPE, SIG_IGN);

    if (tls_mode) {
        server_ctx = context(TLS_server_method());
        if (SSL_CTX_use_certificate_chain_file(server_ctx, cert) != 1 ||
            SSL_CTX_use_PrivateKey_file(server_ctx, key, SSL_FILETYPE_PEM) != 1)
            die("loading the certificate and key");
        upstream_ctx = context(TLS_client_method());
        if (SSL_CTX_load_verify_locations(upstream_ctx, ca, NULL) != 1) die("loading the CA file");
        SSL_CTX_set_verify(upstream_ctx, SSL_VERIFY_PEER, NULL);
        SSL_CTX_set_session_cache_mode(upstream_ctx, SSL_SESS_CACHE_OFF);
    }

    int l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (l < 0 || bind(l, (struct sockaddr *)&a, sizeof a) != 0 || listen(l, 512) != 0 ||
        getsockname(l, (struct sockaddr *)&a, &len) != 0)
        die("listening on 127.0.0.1");
    printf("%d\n", ntohs(a.sin_port));
    fflush(stdout);
    for (;;) {
        int fd = accept4(l, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) continue;
            die("accept");
        }
        pthread_t t;
        if (pthread_create(&t, NULL, serve, (void *)(intptr_t)fd) != 0) {
            close(fd);
            continue;
        }
        pthread_detach(t);
    }
usage:
    fprintf(stderr, "usage: tlsrelay [-p PORT] [-c CERT -k KEY -a CA] UPSTREAM_PORT\n");
    return 2;
}
