// What an intercepted open costs with fanotify permission events, against a seccomp
// user-notification round trip doing the same work, on this machine, in one run (root only).
//
// Usage: fanotify DIR [N]      (DIR: an empty scratch directory; N opens per case, default 20000)
//
// Cases, each timed inside a child process (clock_gettime around each open+close):
//   native             open of an unmarked file, no listener
//   inode mark, other  open of an unmarked file while another file of the directory has a mark
//   inode mark         open of a file with an FAN_OPEN_PERM mark: the listener reads the event,
//                      names the object (readlink of /proc/self/fd/N) and answers FAN_ALLOW
//   seccomp notify     openat trapped by SECCOMP_RET_USER_NOTIF: the listener reads the path
//                      from the target's memory, opens it itself and installs the descriptor
//                      with ADDFD + SEND (the minimal form of Guardian's open path)
//   fs mark, first     FAN_MARK_FILESYSTEM on a private tmpfs: each of N distinct files opened
//                      once; the listener answers and puts an evictable ignore mark on the inode
//   fs mark, cached    the same files again: the ignore marks keep them in the kernel
//
// One line of JSON per case on stdout: {"case", "n", "us_per_open", "p50_us", "p99_us"}.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef SECCOMP_ADDFD_FLAG_SEND
#define SECCOMP_ADDFD_FLAG_SEND (1UL << 1)
#endif
#ifndef FAN_MARK_EVICTABLE
#define FAN_MARK_EVICTABLE 0x00000200
#endif

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

static void die(const char *what) {
    perror(what);
    exit(2);
}

// Opens each path once per repetition, timing every open; prints the case's line.
static void timed_opens(const char *label, char **paths, long count, long repeat) {
    long n = count * repeat;
    long long *samples = calloc((size_t)n, sizeof *samples);
    if (!samples) die("calloc");
    long failed = 0;
    long long start = now_ns();
    for (long i = 0; i < n; i++) {
        long long t0 = now_ns();
        int fd = openat(AT_FDCWD, paths[i % count], O_RDONLY | O_CLOEXEC);
        samples[i] = now_ns() - t0;
        if (fd >= 0) close(fd); else failed++;
    }
    long long total = now_ns() - start;
    qsort(samples, (size_t)n, sizeof *samples, cmp_ll);
    printf("{\"case\": \"%s\", \"n\": %ld, \"failed\": %ld, \"us_per_open\": %.2f, \"p50_us\": %.1f, \"p99_us\": %.1f}\n",
           label, n, failed, total / 1000.0 / n, samples[n / 2] / 1000.0, samples[n * 99 / 100] / 1000.0);
    fflush(stdout);
    free(samples);
}

// Runs timed_opens in a child (another process, as an agent is) and waits for it.
static void in_child(const char *label, char **paths, long count, long repeat) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) die("fork");
    if (pid == 0) {
        timed_opens(label, paths, count, repeat);
        _exit(0);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
}

// --- fanotify listener -------------------------------------------------------------------

struct listener {
    int fd;
    int stop;        // eventfd-like pipe read end
    int cache;       // put an evictable ignore mark on each allowed inode
    long events;
};

static void *fanotify_listener(void *arg) {
    struct listener *l = arg;
    char buf[8192] __attribute__((aligned(8)));
    char link[64], name[4096];
    struct pollfd fds[2] = {{.fd = l->fd, .events = POLLIN}, {.fd = l->stop, .events = POLLIN}};
    for (;;) {
        if (poll(fds, 2, -1) < 0) { if (errno == EINTR) continue; die("poll"); }
        if (fds[1].revents) return NULL;
        ssize_t len = read(l->fd, buf, sizeof buf);
        if (len < 0) { if (errno == EAGAIN || errno == EINTR) continue; die("read fanotify"); }
        for (struct fanotify_event_metadata *m = (void *)buf; FAN_EVENT_OK(m, len); m = FAN_EVENT_NEXT(m, len)) {
            if (m->fd < 0) continue;
            // Name the object as a decision would (the path the opener used).
            snprintf(link, sizeof link, "/proc/self/fd/%d", m->fd);
            ssize_t nl = readlink(link, name, sizeof name - 1);
            if (nl < 0) die("readlink");
            if (l->cache) {
                if (fanotify_mark(l->fd, FAN_MARK_ADD | FAN_MARK_IGNORED_MASK | FAN_MARK_EVICTABLE,
                                  FAN_OPEN_PERM, m->fd, NULL) < 0)
                    die("fanotify_mark ignore");
            }
            struct fanotify_response r = {.fd = m->fd, .response = FAN_ALLOW};
            if (write(l->fd, &r, sizeof r) != sizeof r) die("write response");
            close(m->fd);
            l->events++;
        }
    }
}

static pthread_t start_listener(struct listener *l, int group, int cache, int *stop_write) {
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0) die("pipe");
    *l = (struct listener){.fd = group, .stop = p[0], .cache = cache};
    *stop_write = p[1];
    pthread_t t;
    if (pthread_create(&t, NULL, fanotify_listener, l)) die("pthread_create");
    return t;
}

static void stop_listener(pthread_t t, struct listener *l, int stop_write) {
    if (write(stop_write, "x", 1) != 1) die("write stop");
    pthread_join(t, NULL);
    close(stop_write);
    close(l->stop);
}

// --- seccomp notify listener -------------------------------------------------------------

static int install_filter(void) {
    struct sock_filter code[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_openat, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog prog = {.len = sizeof code / sizeof code[0], .filter = code};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) die("no_new_privs");
    return (int)syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
}

static void send_fd(int sock, int fd) {
    char byte = 0;
    struct iovec iov = {.iov_base = &byte, .iov_len = 1};
    char control[CMSG_SPACE(sizeof(int))] = {0};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control};
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &fd, sizeof fd);
    if (sendmsg(sock, &msg, 0) < 0) die("sendmsg");
}

static int recv_fd(int sock) {
    char byte;
    struct iovec iov = {.iov_base = &byte, .iov_len = 1};
    char control[CMSG_SPACE(sizeof(int))];
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control};
    if (recvmsg(sock, &msg, 0) <= 0) die("recvmsg");
    int fd;
    memcpy(&fd, CMSG_DATA(CMSG_FIRSTHDR(&msg)), sizeof fd);
    return fd;
}

static void seccomp_case(const char *label, char **paths, long count, long repeat) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) die("socketpair");
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) die("fork");
    if (pid == 0) {
        close(sv[0]);
        int listener = install_filter();
        if (listener < 0) die("seccomp");
        send_fd(sv[1], listener);
        close(listener);
        timed_opens(label, paths, count, repeat);
        _exit(0);
    }
    close(sv[1]);
    int listener = recv_fd(sv[0]);
    close(sv[0]);
    struct seccomp_notif_sizes sizes;
    if (syscall(__NR_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) < 0) die("notif sizes");
    struct seccomp_notif *req = calloc(1, sizes.seccomp_notif);
    struct seccomp_notif_resp *resp = calloc(1, sizes.seccomp_notif_resp);
    char path[4096];
    for (;;) {
        memset(req, 0, sizes.seccomp_notif);
        if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, req) < 0) {
            if (errno == EINTR) continue;
            break;  // ENOENT: the target exited
        }
        struct iovec local = {.iov_base = path, .iov_len = sizeof path - 1};
        struct iovec remote = {.iov_base = (void *)req->data.args[1], .iov_len = 256};
        ssize_t got = process_vm_readv(req->pid, &local, 1, &remote, 1, 0);
        memset(resp, 0, sizes.seccomp_notif_resp);
        resp->id = req->id;
        if (got <= 0 || !memchr(path, 0, (size_t)got)) {
            resp->error = -EACCES;
            ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, resp);
            continue;
        }
        int fd = openat(AT_FDCWD, path, (int)req->data.args[2] | O_CLOEXEC);
        if (fd < 0) {
            resp->error = -errno;
            ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, resp);
            continue;
        }
        struct seccomp_notif_addfd addfd = {.id = req->id, .flags = SECCOMP_ADDFD_FLAG_SEND, .srcfd = (unsigned)fd,
                                           .newfd_flags = O_CLOEXEC};
        ioctl(listener, SECCOMP_IOCTL_NOTIF_ADDFD, &addfd);
        close(fd);
    }
    int status;
    waitpid(pid, &status, 0);
    close(listener);
    free(req);
    free(resp);
}

static const char *mounted;

static void unmount(void) {
    if (mounted && umount2(mounted, MNT_DETACH) < 0) perror("umount");
}

// --- cases ---------------------------------------------------------------------------------

static char *join(const char *dir, const char *name) {
    char *p;
    if (asprintf(&p, "%s/%s", dir, name) < 0) die("asprintf");
    return p;
}

static void touch(const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) die(path);
    if (write(fd, "x\n", 2) != 2) die("write");
    close(fd);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: fanotify DIR [N]\n");
        return 2;
    }
    const char *dir = argv[1];
    long n = argc > 2 ? atol(argv[2]) : 20000;
    char *plain = join(dir, "plain"), *marked = join(dir, "marked");
    touch(plain);
    touch(marked);

    in_child("native", &plain, 1, n);

    int group = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY | O_LARGEFILE | O_CLOEXEC);
    if (group < 0) die("fanotify_init (root only)");
    if (fanotify_mark(group, FAN_MARK_ADD, FAN_OPEN_PERM, AT_FDCWD, marked) < 0) die("fanotify_mark inode");
    struct listener l;
    int stop;
    pthread_t t = start_listener(&l, group, 0, &stop);
    in_child("inode mark, other file", &plain, 1, n);
    in_child("inode mark", &marked, 1, n);
    stop_listener(t, &l, stop);
    close(group);

    seccomp_case("seccomp notify + ADDFD", &plain, 1, n);

    // A filesystem mark on a tmpfs of our own, so no other process's opens reach the listener.
    char *fsdir = join(dir, "fs");
    mkdir(fsdir, 0755);
    if (mount("guardian-bench", fsdir, "tmpfs", 0, "size=64m") < 0) {
        perror("mount tmpfs (skipping the filesystem-mark cases)");
        return 0;
    }
    mounted = fsdir;
    atexit(unmount);  // also when a step fails: no tmpfs is left in the scratch directory
    long files = n < 5000 ? n : 5000;
    char **paths = calloc((size_t)files, sizeof *paths);
    for (long i = 0; i < files; i++) {
        char name[32];
        snprintf(name, sizeof name, "f%ld", i);
        paths[i] = join(fsdir, name);
        touch(paths[i]);
    }
    group = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY | O_LARGEFILE | O_CLOEXEC);
    if (group < 0) die("fanotify_init");
    if (fanotify_mark(group, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, FAN_OPEN_PERM, AT_FDCWD, fsdir) < 0)
        die("fanotify_mark filesystem");
    t = start_listener(&l, group, 1, &stop);
    in_child("fs mark, first open of each file", paths, files, 1);
    in_child("fs mark, cached by ignore marks", paths, files, n / files);
    stop_listener(t, &l, stop);
    close(group);
    fprintf(stderr, "fanotify events answered in the filesystem-mark cases: %ld\n", l.events);
    return 0;
}
