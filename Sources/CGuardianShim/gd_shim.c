#define _GNU_SOURCE
#include "gd_shim.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <linux/magic.h>
#include <linux/openat2.h>

_Static_assert(sizeof(gd_notif) == sizeof(struct seccomp_notif), "gd_notif mirrors seccomp_notif");
_Static_assert(offsetof(gd_notif, nr) == offsetof(struct seccomp_notif, data.nr), "nr offset");
_Static_assert(offsetof(gd_notif, args) == offsetof(struct seccomp_notif, data.args), "args offset");

#define GD_SECCOMP_IOCTL_NOTIF_SET_FLAGS SECCOMP_IOW(4, __u64)

static inline int neg_errno(long rc) { return rc < 0 ? -errno : (int)rc; }

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

int gd_notif_set_flags(int notify_fd, uint64_t flags) {
    return neg_errno(ioctl(notify_fd, GD_SECCOMP_IOCTL_NOTIF_SET_FLAGS, flags));
}

long gd_read_mem(pid_t pid, uint64_t addr, void *buf, size_t len) {
    struct iovec local = {.iov_base = buf, .iov_len = len};
    struct iovec remote = {.iov_base = (void *)(uintptr_t)addr, .iov_len = len};
    ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
    return n < 0 ? -errno : n;
}

long gd_read_ranges(pid_t pid, const uint64_t *addrs, const size_t *lens, size_t count, void *out) {
    enum { MAX = 8 };
    if (count > MAX) return -EINVAL;
    struct iovec local[MAX], remote[MAX];
    char *at = out;
    for (size_t i = 0; i < count; i++) {
        local[i].iov_base = at;
        local[i].iov_len = lens[i];
        remote[i].iov_base = (void *)(uintptr_t)addrs[i];
        remote[i].iov_len = lens[i];
        at += lens[i];
    }
    ssize_t n = process_vm_readv(pid, local, count, remote, count, 0);
    return n < 0 ? -errno : n;
}

long gd_read_heads(pid_t pid, const uint64_t *addrs, size_t count, size_t head, char *out, size_t *lens) {
    // Each string's head ends at its page end, so a read never spans into a page that may be
    // unmapped. Strings that follow one another closely on a page (an exec'd program's argv and
    // environment lie back to back on its stack) are read as one range: process_vm_readv pins
    // the pages of each remote iovec on its own, so an iovec per string would pin one page
    // dozens of times. process_vm_readv stops at the first range it cannot read; the strings
    // of that range get what was read of them (0 when their page could not be read) and the
    // batch goes on after it.
    enum { BATCH = 512, GAP = 256 };
    struct iovec local[BATCH], remote[BATCH];
    size_t first[BATCH + 1];
    size_t done = 0;
    char *scratch = NULL;
    size_t scratch_cap = 0;
    while (done < count) {
        // Ranges over strings done, done+1, …: a string joins the current range when it starts
        // on the range's page, not before it, and at most GAP bytes after the range's end.
        size_t ranges = 0, total = 0, i = done;
        uint64_t start = 0, end = 0;
        while (i < count) {
            uint64_t a = addrs[i];
            size_t to_page_end = 4096 - (size_t)(a & 4095);
            uint64_t stop = a + (head < to_page_end ? head : to_page_end);
            if (ranges > 0 && (a >> 12) == (start >> 12) && a >= start && a <= end + GAP) {
                if (stop > end) end = stop;
            } else {
                if (ranges == BATCH) break;
                if (ranges > 0) remote[ranges - 1].iov_len = (size_t)(end - start);
                first[ranges] = i;
                remote[ranges].iov_base = (void *)(uintptr_t)a;
                ranges++;
                start = a;
                end = stop;
            }
            lens[i++] = (size_t)(stop - a);
        }
        remote[ranges - 1].iov_len = (size_t)(end - start);
        first[ranges] = i;
        for (size_t r = 0; r < ranges; r++) total += remote[r].iov_len;
        if (total > scratch_cap) {
            free(scratch);
            scratch = malloc(total);
            if (scratch == NULL) return -ENOMEM;
            scratch_cap = total;
        }
        size_t offset = 0;
        for (size_t r = 0; r < ranges; r++) {
            local[r].iov_base = scratch + offset;
            local[r].iov_len = remote[r].iov_len;
            offset += remote[r].iov_len;
        }
        ssize_t got = process_vm_readv(pid, local, ranges, remote, ranges, 0);
        if (got < 0 && errno != EFAULT) {
            int e = errno;
            free(scratch);
            return -e;
        }
        if (got < 0) got = 0;
        // Copy each string's head out of its range, as far as the range was read.
        size_t r = 0;
        offset = 0;
        for (; r < ranges; r++) {
            size_t len = remote[r].iov_len;
            size_t valid = (size_t)got > offset ? ((size_t)got - offset < len ? (size_t)got - offset : len) : 0;
            uint64_t base = (uint64_t)(uintptr_t)remote[r].iov_base;
            for (size_t k = first[r]; k < first[r + 1]; k++) {
                size_t at = (size_t)(addrs[k] - base);
                size_t n = valid > at ? valid - at : 0;
                if (n > lens[k]) n = lens[k];
                memcpy(out + k * head, scratch + offset + at, n);
                lens[k] = n;
            }
            offset += len;
            if (valid < len) break;
        }
        // Stopped in range r: the ranges after it are read again.
        done = r < ranges ? first[r + 1] : i;
    }
    free(scratch);
    return (long)count;
}

long gd_read_cstring(pid_t pid, uint64_t addr, char *buf, size_t cap) {
    // Read page by page: a string may end just before an unmapped page.
    size_t got = 0;
    while (got < cap) {
        uint64_t at = addr + got;
        size_t to_page_end = 4096 - (size_t)(at & 4095);
        size_t want = cap - got < to_page_end ? cap - got : to_page_end;
        long n = gd_read_mem(pid, at, buf + got, want);
        if (n < 0) return n;
        if (n == 0) return -EFAULT;
        void *nul = memchr(buf + got, 0, (size_t)n);
        if (nul) return (long)((char *)nul - buf);
        got += (size_t)n;
    }
    return -ENAMETOOLONG;
}

int gd_ptrace_seize(pid_t pid, unsigned long options) {
    return neg_errno(ptrace(PTRACE_SEIZE, pid, 0, (void *)options));
}

int gd_ptrace_cont(pid_t pid, int sig) {
    return neg_errno(ptrace(PTRACE_CONT, pid, 0, (void *)(long)sig));
}

int gd_ptrace_listen(pid_t pid) { return neg_errno(ptrace(PTRACE_LISTEN, pid, 0, 0)); }

int gd_ptrace_geteventmsg(pid_t pid, unsigned long *msg) {
    return neg_errno(ptrace(PTRACE_GETEVENTMSG, pid, 0, msg));
}

int gd_ptrace_getsiginfo(pid_t pid, siginfo_t *info) {
    return neg_errno(ptrace(PTRACE_GETSIGINFO, pid, 0, info));
}

int gd_ptrace_detach(pid_t pid, int sig) {
    return neg_errno(ptrace(PTRACE_DETACH, pid, 0, (void *)(long)sig));
}

int gd_set_child_subreaper(void) { return neg_errno(prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)); }

int gd_set_dumpable(int value) { return neg_errno(prctl(PR_SET_DUMPABLE, value, 0, 0, 0)); }

int gd_pidfd_open(pid_t pid) { return neg_errno(syscall(SYS_pidfd_open, pid, 0)); }

int gd_pidfd_getfd(int pidfd, int target_fd) {
    return neg_errno(syscall(SYS_pidfd_getfd, pidfd, target_fd, 0));
}

int gd_pidfd_send_signal(int pidfd, int sig) {
    return neg_errno(syscall(SYS_pidfd_send_signal, pidfd, sig, NULL, 0));
}

int gd_tgkill(pid_t tgid, pid_t tid, int sig) { return neg_errno(syscall(SYS_tgkill, tgid, tid, sig)); }

int gd_unshare_fs(void) { return neg_errno(unshare(CLONE_FS)); }

pid_t gd_gettid(void) { return (pid_t)syscall(SYS_gettid); }

int gd_wait(pid_t pid, int *status, int options) {
    pid_t r;
    do {
        r = waitpid(pid, status, options);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? -errno : r;
}

static void fill_set(sigset_t *set, const int *signals, int count) {
    sigemptyset(set);
    for (int i = 0; i < count; i++) sigaddset(set, signals[i]);
}

int gd_sigsetmask_block(const int *signals, int count) {
    sigset_t set;
    fill_set(&set, signals, count);
    int rc = pthread_sigmask(SIG_BLOCK, &set, NULL);
    return rc == 0 ? 0 : -rc;
}

int gd_sigsetmask_unblock(const int *signals, int count) {
    sigset_t set;
    fill_set(&set, signals, count);
    int rc = pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    return rc == 0 ? 0 : -rc;
}

int gd_sigwaitinfo(const int *signals, int count, siginfo_t *info) {
    sigset_t set;
    fill_set(&set, signals, count);
    int r;
    do {
        r = sigwaitinfo(&set, info);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? -errno : r;
}

int gd_siginfo_code(const siginfo_t *info) { return info->si_code; }
pid_t gd_siginfo_pid(const siginfo_t *info) { return info->si_pid; }

int gd_openat2(int dirfd, const char *path, uint64_t flags, uint64_t mode, uint64_t resolve) {
    struct open_how how = {.flags = flags, .mode = mode, .resolve = resolve};
    return neg_errno(syscall(SYS_openat2, dirfd, path, &how, sizeof(how)));
}

int gd_openat(int dirfd, const char *path, int flags, unsigned mode) {
    return neg_errno(openat(dirfd, path, flags, mode));
}

int gd_memfd(const char *name) { return neg_errno(memfd_create(name, MFD_CLOEXEC)); }

int gd_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags) {
    return neg_errno(syscall(SYS_renameat2, olddirfd, oldpath, newdirfd, newpath, flags));
}

int gd_pipe_cloexec(int fds[2]) { return neg_errno(pipe2(fds, O_CLOEXEC)); }

static volatile int gd_signal_fd = -1;

static void gd_signal_to_pipe(int sig, siginfo_t *info, void *ucontext) {
    (void)ucontext;
    int saved = errno;
    int msg[3] = {sig, info ? info->si_code : 0, info ? info->si_pid : 0};
    ssize_t n = write(gd_signal_fd, msg, sizeof(msg));
    (void)n;
    errno = saved;
}

int gd_install_signal_pipe(int wfd, const int *signals, int count) {
    gd_signal_fd = wfd;
    for (int i = 0; i < count; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_sigaction = gd_signal_to_pipe;
        sa.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&sa.sa_mask);
        if (sigaction(signals[i], &sa, NULL) != 0) return -errno;
    }
    return 0;
}

int gd_accept_cloexec(int fd) { return neg_errno(accept4(fd, NULL, NULL, SOCK_CLOEXEC)); }

int gd_peer_cred(int fd, pid_t *pid, uid_t *uid, gid_t *gid) {
    struct ucred cred;
    socklen_t len = sizeof(cred);
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) return -errno;
    *pid = cred.pid;
    *uid = cred.uid;
    *gid = cred.gid;
    return 0;
}

int gd_thread_fs_credentials(uid_t fsuid, gid_t fsgid, const gid_t *groups, int ngroups) {
    if (syscall(SYS_setgroups, ngroups, groups) != 0) return -errno;
    syscall(SYS_setfsgid, fsgid);
    syscall(SYS_setfsuid, fsuid);
    // setfs*id return the previous value and never fail visibly: read back to be sure.
    if ((uid_t)syscall(SYS_setfsuid, -1) != fsuid || (gid_t)syscall(SYS_setfsgid, -1) != fsgid) return -EPERM;
    return 0;
}

int gd_pipe_room(int fd) {
    int size = fcntl(fd, F_GETPIPE_SZ);
    if (size < 0) return -errno;
    int queued = 0;
    if (ioctl(fd, FIONREAD, &queued) != 0) return -errno;
    return size - queued;
}

int gd_is_procfs(int fd) {
    struct statfs st;
    if (fstatfs(fd, &st) != 0) return -errno;
    return st.f_type == PROC_SUPER_MAGIC;
}

uint64_t gd_mount_id(int fd) {
    struct statx st;
    if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_MNT_ID, &st) != 0) return 0;
    if (!(st.stx_mask & STATX_MNT_ID)) return 0;
    return st.stx_mnt_id;
}

uint64_t gd_mount_id_unique(int fd) {
    // STATX_MNT_ID_UNIQUE (6.8): an id never reused while the system runs.
    const unsigned int mnt_id_unique = 0x4000U;
    struct statx st;
    if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, mnt_id_unique, &st) != 0) return 0;
    if (!(st.stx_mask & mnt_id_unique)) return 0;
    return st.stx_mnt_id;
}

int gd_send_fd(int sock, int fd) {
    char byte = 'F';
    struct iovec iov = {.iov_base = &byte, .iov_len = 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof(control));
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf,
                         .msg_controllen = sizeof(control.buf)};
    struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    cmsg->cmsg_level = SOL_SOCKET;
    cmsg->cmsg_type = SCM_RIGHTS;
    cmsg->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cmsg), &fd, sizeof(int));
    ssize_t n;
    do {
        n = sendmsg(sock, &msg, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -errno : 0;
}

/// Receives one byte and, if one came with it, a descriptor: the fd, -EPROTO when the byte came
/// alone (*byte says what it was), or -errno.
static int recv_fd_with_byte(int sock, unsigned char *byte) {
    struct iovec iov = {.iov_base = byte, .iov_len = 1};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } control;
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf,
                         .msg_controllen = sizeof(control.buf)};
    ssize_t n;
    do {
        n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
    } while (n < 0 && errno == EINTR);
    if (n < 0) return -errno;
    if (n == 0) return -EPIPE;
    struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    if (!cmsg || cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS) return -EPROTO;
    int fd;
    memcpy(&fd, CMSG_DATA(cmsg), sizeof(int));
    return fd;
}

int gd_recv_fd(int sock) {
    unsigned char byte = 0;
    return recv_fd_with_byte(sock, &byte);
}

int gd_open_in_userns(int userns_fd, int object_fd, int flags) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) return -errno;
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(sv[0]);
        close(sv[1]);
        return -e;
    }
    if (pid == 0) {
        // A fresh single-threaded process, as setns(CLONE_NEWUSER) requires; only
        // async-signal-safe calls from here on. It keeps none of Guardian's descriptors but the
        // three it needs (the listener and control socket stay out of the task's namespace).
        int keep[3] = {userns_fd, object_fd, sv[1]};
        for (int i = 0; i < 3; i++)
            for (int j = i + 1; j < 3; j++)
                if (keep[j] < keep[i]) { int t = keep[i]; keep[i] = keep[j]; keep[j] = t; }
        unsigned int from = 0;
        for (int i = 0; i < 3; i++) {
            if ((unsigned int)keep[i] > from) syscall(SYS_close_range, from, (unsigned int)keep[i] - 1, 0);
            from = (unsigned int)keep[i] + 1;
        }
        syscall(SYS_close_range, from, ~0U, 0);
        int e = 0;
        if (setns(userns_fd, CLONE_NEWUSER) != 0) {
            e = errno;
        } else {
            char path[32] = "/proc/self/fd/";
            char digits[12];
            int n = 0, v = object_fd;
            do { digits[n++] = (char)('0' + v % 10); v /= 10; } while (v > 0 && n < 11);
            size_t at = 14;
            while (n > 0) path[at++] = digits[--n];
            path[at] = 0;
            int fd = open(path, flags);
            if (fd < 0) {
                e = errno;
            } else {
                _exit(gd_send_fd(sv[1], fd) == 0 ? 0 : 1);
            }
        }
        unsigned char code = (unsigned char)(e > 0 && e < 256 ? e : EPERM);
        (void)!write(sv[1], &code, 1);
        _exit(1);
    }
    close(sv[1]);
    // The child sends the descriptor, or one byte holding its errno.
    unsigned char byte = 0;
    int fd = recv_fd_with_byte(sv[0], &byte);
    close(sv[0]);
    // The child is reaped by whoever waits for any child (the tracer); not waited for here.
    if (fd == -EPROTO && byte != 0) return -byte;
    return fd;
}

// ---------------------------------------------------------------------------------------------
// Descriptors Guardian inherited from whoever started it: those, and only those, pass through to
// the agent (as with env(1)). Recorded before main, before any library opens its own.

#define GD_MAX_INHERITED 256
static int gd_inherited[GD_MAX_INHERITED];
static int gd_inherited_count = 0;

static void gd_record_fd(int fd) {
    if (fd < 3 || fd >= 4096 || gd_inherited_count >= GD_MAX_INHERITED) return;
    int flags = fcntl(fd, F_GETFD);
    if (flags >= 0 && !(flags & FD_CLOEXEC)) gd_inherited[gd_inherited_count++] = fd;
}

__attribute__((constructor)) static void gd_record_inherited_fds(void) {
    // The open descriptors from /proc/self/fd (a few getdents), rather than asking about each of
    // 4,096 numbers; the probe loop remains for a system without /proc.
    int dir = open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        char buf[4096] __attribute__((aligned(8)));
        long n;
        while ((n = syscall(SYS_getdents64, dir, buf, sizeof(buf))) > 0) {
            for (long off = 0; off < n;) {
                struct gd_dirent64 { uint64_t ino; int64_t off; unsigned short reclen; unsigned char type; char name[]; };
                struct gd_dirent64 *d = (struct gd_dirent64 *)(buf + off);
                off += d->reclen;
                if (d->name[0] < '0' || d->name[0] > '9') continue;
                int fd = 0;
                for (const char *c = d->name; *c >= '0' && *c <= '9'; c++) fd = fd * 10 + (*c - '0');
                if (fd != dir) gd_record_fd(fd);
            }
        }
        close(dir);
        if (n == 0) return;
        gd_inherited_count = 0;
    }
    for (int fd = 3; fd < 4096 && gd_inherited_count < GD_MAX_INHERITED; fd++) gd_record_fd(fd);
}

static int gd_is_inherited(int fd) {
    for (int i = 0; i < gd_inherited_count; i++)
        if (gd_inherited[i] == fd) return 1;
    return 0;
}

/// Closes every descriptor from 3 up that was not inherited, except `keep`.
static void close_unexpected_fds(int keep) {
    int lo = 3;
    for (int fd = 3; fd <= 4096; fd++) {
        if (fd == 4096 || gd_is_inherited(fd) || fd == keep) {
            if (fd > lo) syscall(SYS_close_range, lo, fd - 1, 0);
            lo = fd + 1;
        }
    }
    syscall(SYS_close_range, 4097, ~0U, 0);
}

// ---------------------------------------------------------------------------------------------
// The child. Only async-signal-safe calls from here to execve: the parent is multithreaded, so
// no malloc, no locks, no Swift. A failure is reported as two ints on err_fd, then _exit.

/* Landlock (landlock(7)): constants of ABI 4, defined here for older headers. */
struct gd_landlock_ruleset_attr {
    uint64_t handled_access_fs;
    uint64_t handled_access_net;
};
#define GD_LANDLOCK_CREATE_RULESET_VERSION (1U << 0)
#define GD_LANDLOCK_ACCESS_NET_CONNECT_TCP (1ULL << 1)
#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444
#define SYS_landlock_restrict_self 446
#endif

int gd_landlock_abi(void) {
    return neg_errno(syscall(SYS_landlock_create_ruleset, NULL, 0, GD_LANDLOCK_CREATE_RULESET_VERSION));
}

/* Async-signal-safe: raw syscalls only (called in the forked child). */
static int gd_landlock_deny_tcp_connect(void) {
    struct gd_landlock_ruleset_attr attr = {.handled_access_fs = 0, .handled_access_net = GD_LANDLOCK_ACCESS_NET_CONNECT_TCP};
    long fd = syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0);
    if (fd < 0) return -errno;
    long rc = syscall(SYS_landlock_restrict_self, fd, 0);
    int saved = errno;
    close((int)fd);
    return rc < 0 ? -saved : 0;
}

static void child_fail(const gd_spawn_args *a, int stage, int err) {
    int msg[2] = {stage, err};
    ssize_t n;
    do {
        n = write(a->err_fd, msg, sizeof(msg));
    } while (n < 0 && errno == EINTR);
    _exit(stage == GD_STAGE_EXEC ? (err == ENOENT ? 127 : 126) : 125);
}

static void child_main(const gd_spawn_args *a) {
    // Dispositions survive exec when ignored; masks always do. Start the agent clean.
    sigset_t all;
    sigemptyset(&all);
    for (int sig = 1; sig < NSIG; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = SIG_DFL;
        (void)sigaction(sig, &sa, NULL);  // EINVAL for glibc-reserved signals is harmless
    }
    if (sigprocmask(SIG_SETMASK, &all, NULL) != 0) child_fail(a, GD_STAGE_SIGNALS, errno);

    // If Guardian's tracer thread dies, the agent dies with it.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) child_fail(a, GD_STAGE_PDEATHSIG, errno);
    if (getppid() != a->parent_pid) _exit(125);
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) child_fail(a, GD_STAGE_NO_NEW_PRIVS, errno);
    umask(a->umask_value);
    // The network backstop: a Landlock domain that handles TCP connect and allows no port, so
    // a connect the tree makes itself fails whatever path reaches it; Guardian's own connects on
    // the tree's behalf are outside the domain.
    if (a->landlock_net) {
        int rc = gd_landlock_deny_tcp_connect();
        if (rc < 0) child_fail(a, GD_STAGE_LANDLOCK, -rc);
    }
    // Into the session's cgroup, so the kill switch reaches every descendant at once. Best
    // effort: ptrace follows the tree either way.
    if (a->cgroup_procs_fd >= 0) {
        ssize_t w = write(a->cgroup_procs_fd, "0", 1);
        (void)w;
        close(a->cgroup_procs_fd);
    }

    // The filter, last thing but the handshake and execve (bubblewrap's order).
    struct sock_fprog prog = {.len = a->filter_len, .filter = (struct sock_filter *)a->filter};
    long listener = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, a->filter_flags, &prog);
    if (listener < 0) child_fail(a, GD_STAGE_FILTER, errno);
    if (gd_send_fd(a->listener_sock, (int)listener) != 0) child_fail(a, GD_STAGE_SEND_LISTENER, errno);
    close((int)listener);
    close(a->listener_sock);

    // Wait until the parent serves the listener: our execve below is the first trapped call.
    char go = 0;
    ssize_t n;
    do {
        n = read(a->go_fd, &go, 1);
    } while (n < 0 && errno == EINTR);
    if (n != 1) child_fail(a, GD_STAGE_WAIT_GO, n < 0 ? errno : EPIPE);
    close(a->go_fd);
    close_unexpected_fds(a->err_fd);

    execve(a->path, a->argv, a->envp);
    child_fail(a, GD_STAGE_EXEC, errno);
}

// clone3 with CLONE_INTO_CGROUP (Linux 5.7): the child starts in the session's cgroup. Moving it
// there afterwards, by a write to cgroup.procs, waits for an RCU grace period — about 10 ms here,
// a third of Guardian's start-up.
#define GD_CLONE_INTO_CGROUP 0x200000000ULL
struct gd_clone_args {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid, set_tid_size, cgroup;
};

pid_t gd_spawn(const gd_spawn_args *args) {
    if (args->cgroup_dir_fd >= 0) {
        struct gd_clone_args ca;
        memset(&ca, 0, sizeof(ca));
        ca.flags = GD_CLONE_INTO_CGROUP;
        ca.exit_signal = SIGCHLD;
        ca.cgroup = (uint64_t)args->cgroup_dir_fd;
        long pid = syscall(SYS_clone3, &ca, sizeof(ca));
        if (pid == 0) {
            gd_spawn_args moved = *args;
            moved.cgroup_procs_fd = -1;
            child_main(&moved);
        }
        if (pid > 0) return (pid_t)pid;
        // An older kernel or a cgroup that refuses: fork, and the child moves itself.
    }
    pid_t pid = fork();
    if (pid < 0) return -errno;
    if (pid == 0) child_main(args);
    return pid;
}

/* A pidfd for one thread: PIDFD_THREAD (Linux 6.9) reaches a thread that is not the group
 * leader; older kernels take the tid only when it is the leader's. */
int gd_pidfd_open_thread(pid_t tid) {
    long fd = syscall(SYS_pidfd_open, tid, O_EXCL /* PIDFD_THREAD */);
    if (fd < 0 && errno == EINVAL) fd = syscall(SYS_pidfd_open, tid, 0);
    return neg_errno(fd);
}

/* Another process's descriptor, duplicated into Guardian: the same open file description. */
int gd_take_fd(pid_t tid, int target_fd) {
    int pidfd = gd_pidfd_open_thread(tid);
    if (pidfd < 0) return pidfd;
    int fd = neg_errno(syscall(SYS_pidfd_getfd, pidfd, target_fd, 0));
    close(pidfd);
    return fd;
}
