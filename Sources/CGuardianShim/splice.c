// Bulk transfers between two TCP sockets inside the kernel: splice(2) through a pipe.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int same_address(const struct sockaddr_storage *a, const struct sockaddr *b) {
    if (a->ss_family != b->sa_family) return 0;
    if (b->sa_family == AF_INET) {
        const struct sockaddr_in *x = (const struct sockaddr_in *)a, *y = (const struct sockaddr_in *)b;
        return x->sin_port == y->sin_port && x->sin_addr.s_addr == y->sin_addr.s_addr;
    }
    if (b->sa_family == AF_INET6) {
        const struct sockaddr_in6 *x = (const struct sockaddr_in6 *)a, *y = (const struct sockaddr_in6 *)b;
        return x->sin6_port == y->sin6_port && memcmp(&x->sin6_addr, &y->sin6_addr, sizeof(x->sin6_addr)) == 0;
    }
    return 0;
}

static int has_addresses(int fd, const struct sockaddr *local, const struct sockaddr *peer) {
    struct sockaddr_storage a, b;
    socklen_t la = sizeof(a), lb = sizeof(b);
    if (getsockname(fd, (struct sockaddr *)&a, &la) != 0) return 0;
    if (!same_address(&a, local)) return 0;
    if (getpeername(fd, (struct sockaddr *)&b, &lb) != 0) return 0;
    return same_address(&b, peer);
}

int gd_socket_dup_by_addresses(const struct sockaddr *local, const struct sockaddr *peer) {
    DIR *dir = opendir("/proc/self/fd");
    if (!dir) return -errno;
    int dirfd_number = dirfd(dir);
    int found = -ENOENT;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        char *end;
        long fd = strtol(entry->d_name, &end, 10);
        if (*end != '\0' || end == entry->d_name || fd == dirfd_number) continue;
        struct stat st;
        if (fstat((int)fd, &st) != 0 || !S_ISSOCK(st.st_mode)) continue;
        if (!has_addresses((int)fd, local, peer)) continue;
        int copy = fcntl((int)fd, F_DUPFD_CLOEXEC, 3);
        if (copy < 0) continue;
        // The number may have been closed and reused between the check and the dup: the
        // copy refers to one file for good, so checking it settles it.
        if (has_addresses(copy, local, peer)) { found = copy; break; }
        close(copy);
    }
    closedir(dir);
    return found;
}

static int64_t now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t gd_splice_sockets(int from, int to, int64_t count, int idle_ms, int64_t *moved) {
    *moved = 0;
    sigset_t pipe_signal, previous;
    sigemptyset(&pipe_signal);
    sigaddset(&pipe_signal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_signal, &previous);
    int p[2];
    if (pipe2(p, O_CLOEXEC | O_NONBLOCK) != 0) {
        int e = errno;
        pthread_sigmask(SIG_SETMASK, &previous, NULL);
        return -e;
    }
    (void)fcntl(p[1], F_SETPIPE_SZ, 1 << 20);  // a larger pipe when allowed (pipe-max-size)
    int64_t in_pipe = 0, done = 0, result = 0;
    int64_t last_progress = now_ms();
    int eof = 0;
    while (done < count) {
        int progress = 0, want_in = 0, want_out = 0;
        if (!eof && done + in_pipe < count) {
            int64_t ask = count - done - in_pipe;
            ssize_t n = splice(from, NULL, p[1], NULL, (size_t)(ask < (1 << 20) ? ask : (1 << 20)), SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
            if (n > 0) { in_pipe += n; progress = 1; }
            else if (n == 0) eof = 1;
            // With bytes in the pipe, EAGAIN may mean the pipe is full: then the client is
            // what everything waits for (polling the socket would spin while it has data).
            else if (errno == EAGAIN) want_in = in_pipe == 0;
            else if (errno != EINTR) { result = -errno; break; }
        }
        if (in_pipe > 0) {
            ssize_t n = splice(p[0], NULL, to, NULL, (size_t)in_pipe, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
            if (n > 0) { in_pipe -= n; done += n; progress = 1; }
            else if (n < 0 && errno == EAGAIN) want_out = 1;
            else if (n < 0 && errno != EINTR) { result = -errno; break; }
        }
        if (eof && in_pipe == 0) { result = -EPIPE; break; }  // the server closed before the end
        if (progress) { last_progress = now_ms(); continue; }
        int64_t left = idle_ms - (now_ms() - last_progress);
        if (left <= 0) { result = -ETIMEDOUT; break; }
        if (!want_in && !want_out) { want_in = in_pipe == 0; want_out = in_pipe > 0; }
        struct pollfd fds[2] = {{.fd = from, .events = want_in ? POLLIN : 0}, {.fd = to, .events = want_out ? POLLOUT : 0}};
        int rc = poll(fds, 2, (int)left);
        if (rc < 0 && errno != EINTR) { result = -errno; break; }
        if (rc > 0 && ((fds[0].revents | fds[1].revents) & POLLNVAL)) { result = -EBADF; break; }
        if (rc > 0 && (fds[1].revents & (POLLERR | POLLHUP))) { result = -EPIPE; break; }
    }
    close(p[0]);
    close(p[1]);
    // A SIGPIPE raised for this thread while it was blocked is taken back, not delivered later.
    struct timespec zero = {0, 0};
    while (sigtimedwait(&pipe_signal, NULL, &zero) == SIGPIPE) {}
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    *moved = done;
    return result < 0 ? result : done;
}
