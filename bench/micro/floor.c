// floor: a minimal supervisor in C that makes the same kernel round trips and does the same
// per-call kernel work as Guardian, and decides nothing. What a workload costs under it is the
// floor of this design on this machine: the part of Guardian's cost that no user-space code
// can remove. bench/ runs it as a column next to Guardian.
//
// Usage: floor [-w WORKERS] [-s FILE] -- PROGRAM [ARG...]
//
// -s FILE: at the end, write the workers' own clock per kind of call to FILE, as Guardian's
// session-end event does (`decision_us_<kind>: COUNT P50 P99 MAX`, µs; RECV returned → answer
// sent; the same log-scale buckets, 8 per power of two), so both supervisors' clocks compare
// like for like.
//
// The same mechanisms as Guardian (docs/ARCHITECTURE.md):
// - a seccomp filter that sends the same system calls to user space (content opens, exec,
//   the path calls, connect and the credential calls), installed in the child before exec;
// - WORKERS threads (default 2) that receive notifications; an open is performed by the
//   supervisor and its fd installed with ADDFD+SEND: the path copied with process_vm_readv,
//   the id checked, the object resolved with openat2(O_PATH) from / or from the task's
//   /proc/PID/cwd or fd, fstat'd, named through /proc/self/fd when a symlink was on the way,
//   reopened through /proc/self/fd; an exec's path, argv and envp are copied, the program
//   resolved and named, its working directory read, and the call continued;
// - a ptrace thread that follows every fork, vfork and clone, and at each exec reads
//   /proc/PID/exe, cmdline, cwd and environ before the new image runs;
// - the other notified calls (link, rename, mkdir, connect, …) are continued after the id
//   check.
// What it leaves out is Guardian's own user-space work: the policy, events, secrets, the
// network proxy, approvals, the process tree.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/openat2.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PATH_CHUNK 256

static int listener = -1;
static int self_fd_dir = -1;  // /proc/self/fd, for naming and reopening

// ---- the filter ----------------------------------------------------------------------------

#define NOTIFY BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF)
#define ALLOW BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)

// The calls Guardian notifies unconditionally (FilterPlan.make, no user namespaces, no delete
// rules; its network rules notify connect and the sends that name a destination — here
// connect, sendto and sendmsg).
static const int notified[] = {
    SYS_openat2, SYS_creat, SYS_execve, SYS_execveat, SYS_link, SYS_linkat, SYS_rename,
    SYS_renameat, SYS_renameat2, SYS_truncate, SYS_connect, SYS_symlink, SYS_symlinkat,
    SYS_mkdir, SYS_mkdirat, SYS_mknod, SYS_mknodat, SYS_setuid, SYS_setgid, SYS_setreuid,
    SYS_setregid, SYS_setresuid, SYS_setresgid, SYS_setfsuid, SYS_setfsgid, SYS_setgroups,
    SYS_capset,
};

static int install_filter(void) {
    struct sock_filter f[128];
    size_t n = 0;
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
    // open(path, flags) and openat(dirfd, path, flags): only opens that can yield content
    // (neither O_PATH nor O_DIRECTORY), as Guardian.
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_open, 0, 4);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[1]));
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, O_PATH | O_DIRECTORY, 1, 0);
    f[n++] = (struct sock_filter)NOTIFY;
    f[n++] = (struct sock_filter)ALLOW;
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat, 0, 4);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[2]));
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, O_PATH | O_DIRECTORY, 1, 0);
    f[n++] = (struct sock_filter)NOTIFY;
    f[n++] = (struct sock_filter)ALLOW;
    for (size_t i = 0; i < sizeof notified / sizeof notified[0]; i++) {
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, notified[i], 0, 1);
        f[n++] = (struct sock_filter)NOTIFY;
    }
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_sendto, 0, 4);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[4]));
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0);
    f[n++] = (struct sock_filter)NOTIFY;
    f[n++] = (struct sock_filter)ALLOW;
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_sendmsg, 0, 1);
    f[n++] = (struct sock_filter)NOTIFY;
    f[n++] = (struct sock_filter)ALLOW;
    struct sock_fprog prog = {.len = (unsigned short)n, .filter = f};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
}

// ---- target memory -------------------------------------------------------------------------

// Copies a NUL-terminated string of the target, a chunk per process_vm_readv.
static ssize_t read_string(pid_t pid, uint64_t addr, char *buf, size_t cap) {
    size_t got = 0;
    while (got + PATH_CHUNK <= cap) {
        struct iovec local = {.iov_base = buf + got, .iov_len = PATH_CHUNK};
        struct iovec remote = {.iov_base = (void *)(uintptr_t)(addr + got), .iov_len = PATH_CHUNK};
        ssize_t r = process_vm_readv(pid, &local, 1, &remote, 1, 0);
        if (r <= 0) return -1;
        char *nul = memchr(buf + got, 0, (size_t)r);
        if (nul) return nul - buf;
        got += (size_t)r;
    }
    return -1;
}

// Copies a NULL-terminated array of string pointers and the strings (argv or envp) in two
// batched reads, as Guardian does: the pointers, then every string at once.
static int read_vector(pid_t pid, uint64_t addr, char *buf, size_t cap) {
    uint64_t ptrs[256];
    struct iovec local = {.iov_base = ptrs, .iov_len = sizeof ptrs};
    struct iovec remote = {.iov_base = (void *)(uintptr_t)addr, .iov_len = sizeof ptrs};
    if (addr == 0) return 0;
    if (process_vm_readv(pid, &local, 1, &remote, 1, 0) <= 0) return -1;
    struct iovec li[256], ri[256];
    size_t count = 0, used = 0;
    for (; count < 256 && ptrs[count]; count++) {
        size_t len = PATH_CHUNK;
        if (used + len > cap) break;
        li[count] = (struct iovec){.iov_base = buf + used, .iov_len = len};
        ri[count] = (struct iovec){.iov_base = (void *)(uintptr_t)ptrs[count], .iov_len = len};
        used += len;
    }
    if (count == 0) return 0;
    return process_vm_readv(pid, li, count, ri, count, 0) < 0 ? -1 : (int)count;
}

// ---- resolution ----------------------------------------------------------------------------

static long openat2_path(int dirfd, const char *path, uint64_t flags, uint64_t resolve) {
    struct open_how how = {.flags = flags, .mode = 0, .resolve = resolve};
    long fd = syscall(SYS_openat2, dirfd, path, &how, sizeof how);
    return fd < 0 ? -errno : fd;
}

// Resolves `path` for task `pid` (dirfd as the task passed it) to an O_PATH fd, and names it
// in `name` (the path itself when it holds no symlink, else the kernel's name).
static int resolve(pid_t pid, int dirfd, const char *path, int follow, struct stat *st, char *name) {
    int base = AT_FDCWD, opened = -1;
    if (path[0] != '/') {
        char link[64];
        if (dirfd == AT_FDCWD) snprintf(link, sizeof link, "/proc/%d/cwd", pid);
        else snprintf(link, sizeof link, "/proc/%d/fd/%d", pid, dirfd);
        opened = base = open(link, O_PATH | O_CLOEXEC);
        if (base < 0) return -errno;
    }
    uint64_t flags = O_PATH | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW);
    long fd = openat2_path(base, path, flags, RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS);
    int named = fd >= 0 && path[0] == '/';
    if (fd == -ELOOP) fd = openat2_path(base, path, flags, RESOLVE_NO_MAGICLINKS);
    if (opened >= 0) close(opened);
    if (fd < 0) return (int)fd;
    if (fstat((int)fd, st) != 0) {
        int e = errno;
        close((int)fd);
        return -e;
    }
    if (named) {
        strcpy(name, path);
    } else {
        char entry[24];
        snprintf(entry, sizeof entry, "%d", (int)fd);
        ssize_t n = readlinkat(self_fd_dir, entry, name, PATH_MAX - 1);
        name[n > 0 ? n : 0] = 0;
    }
    return (int)fd;
}

// ---- the workers' own clock -----------------------------------------------------------------

// Kinds as Guardian's DecisionKind names them: opens by their answer, exec, the rest.
enum { K_OPEN_FD, K_OPEN_ENOENT, K_OPEN_ERROR, K_EXEC, K_OTHER, K_COUNT };
static const char *const kind_names[K_COUNT] = {"open_fd", "open_enoent", "open_error", "exec", "other"};
#define OCTAVE 8
#define BUCKETS (OCTAVE * 40)
static uint64_t histogram[K_COUNT][BUCKETS];
// 2^(k/8) for k = 0…8: the sub-bucket edges within a power of two.
static const double edges[OCTAVE + 1] = {1.0, 1.0905077326652577, 1.189207115002721, 1.2968395546510096,
                                         1.4142135623730951, 1.5422108254079407, 1.681792830507429,
                                         1.8340080864093424, 2.0};
// What the current worker answered: set by respond and handle_open.
static __thread int answered_errno, installed;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// floor(log2(ns) * 8), as LatencyHistogram.bucket.
static int bucket(uint64_t ns) {
    if (ns <= 1) return 0;
    int octave = 63 - __builtin_clzll(ns);
    double m = (double)ns / (double)(1ull << octave);
    int sub = 0;
    while (sub < OCTAVE - 1 && m >= edges[sub + 1]) sub++;
    int b = octave * OCTAVE + sub;
    return b < BUCKETS ? b : BUCKETS - 1;
}

// A bucket's upper edge in µs, as LatencyHistogram.percentile reports it.
static double upper_edge_us(int b) {
    int next = b + 1;
    return (double)(1ull << (next / OCTAVE)) * edges[next % OCTAVE] / 1000.0;
}

static double percentile(const uint64_t *h, uint64_t total, double fraction) {
    uint64_t rank = (uint64_t)(total * fraction + 0.999999);
    if (rank < 1) rank = 1;
    uint64_t seen = 0;
    for (int b = 0; b < BUCKETS; b++) {
        seen += h[b];
        if (seen >= rank) return upper_edge_us(b);
    }
    return 0;
}

static void write_stats(const char *file) {
    FILE *f = fopen(file, "w");
    if (!f) return;
    for (int k = 0; k < K_COUNT; k++) {
        uint64_t h[BUCKETS], total = 0;
        for (int b = 0; b < BUCKETS; b++) total += h[b] = __atomic_load_n(&histogram[k][b], __ATOMIC_RELAXED);
        if (total == 0) continue;
        fprintf(f, "decision_us_%s %llu %.1f %.1f %.0f\n", kind_names[k], (unsigned long long)total,
                percentile(h, total, 0.5), percentile(h, total, 0.99), percentile(h, total, 1.0));
    }
    fclose(f);
}

// ---- notifications -------------------------------------------------------------------------

static void respond(uint64_t id, int error, int cont) {
    answered_errno = error;
    struct seccomp_notif_resp resp = {.id = id, .val = 0, .error = error ? -error : 0,
                                      .flags = cont ? SECCOMP_USER_NOTIF_FLAG_CONTINUE : 0};
    ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &resp);
}

static int id_valid(uint64_t id) {
    return ioctl(listener, SECCOMP_IOCTL_NOTIF_ID_VALID, &id) == 0;
}

static void handle_open(struct seccomp_notif *n) {
    char path[PATH_MAX], name[PATH_MAX];
    int dirfd = AT_FDCWD, flags;
    uint64_t addr;
    switch (n->data.nr) {
    case SYS_open: addr = n->data.args[0]; flags = (int)n->data.args[1]; break;
    case SYS_creat: addr = n->data.args[0]; flags = O_CREAT | O_WRONLY | O_TRUNC; break;
    case SYS_openat: dirfd = (int)n->data.args[0]; addr = n->data.args[1]; flags = (int)n->data.args[2]; break;
    default: {  // openat2
        struct open_how how;
        struct iovec l = {.iov_base = &how, .iov_len = sizeof how};
        struct iovec r = {.iov_base = (void *)(uintptr_t)n->data.args[2], .iov_len = sizeof how};
        if (process_vm_readv(n->pid, &l, 1, &r, 1, 0) != sizeof how) return respond(n->id, EFAULT, 0);
        dirfd = (int)n->data.args[0];
        addr = n->data.args[1];
        flags = (int)how.flags;
    }
    }
    if (read_string(n->pid, addr, path, sizeof path) < 0) return respond(n->id, EFAULT, 0);
    if (!id_valid(n->id)) return;
    if (!path[0]) return respond(n->id, ENOENT, 0);
    if (flags & O_CREAT) return respond(n->id, 0, 1);  // creates are rare in the workloads
    struct stat st;
    int object = resolve(n->pid, dirfd, path, !(flags & O_NOFOLLOW), &st, name);
    if (object < 0) return respond(n->id, -object, 0);
    char entry[16];
    snprintf(entry, sizeof entry, "%d", object);
    int fd = openat(self_fd_dir, entry, (flags & ~(O_CREAT | O_EXCL | O_NOFOLLOW)) | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        int e = errno;
        close(object);
        return respond(n->id, e, 0);
    }
    struct seccomp_notif_addfd add = {.id = n->id, .flags = SECCOMP_ADDFD_FLAG_SEND, .srcfd = (uint32_t)fd,
                                      .newfd = 0, .newfd_flags = (flags & O_CLOEXEC) ? O_CLOEXEC : 0};
    installed = ioctl(listener, SECCOMP_IOCTL_NOTIF_ADDFD, &add) >= 0;
    close(fd);
    close(object);
}

static void handle_exec(struct seccomp_notif *n) {
    char path[PATH_MAX], name[PATH_MAX], argv[64 * PATH_CHUNK], envp[192 * PATH_CHUNK], cwd[PATH_MAX], link[64];
    int at = n->data.nr == SYS_execveat;
    if (read_string(n->pid, n->data.args[at], path, sizeof path) < 0) return respond(n->id, EFAULT, 0);
    if (read_vector(n->pid, n->data.args[at + 1], argv, sizeof argv) < 0) return respond(n->id, EFAULT, 0);
    if (read_vector(n->pid, n->data.args[at + 2], envp, sizeof envp) < 0) return respond(n->id, EFAULT, 0);
    if (!id_valid(n->id)) return;
    struct stat st;
    int object = resolve(n->pid, at ? (int)n->data.args[0] : AT_FDCWD, path, 1, &st, name);
    if (object < 0) return respond(n->id, -object, 0);
    close(object);
    snprintf(link, sizeof link, "/proc/%d/cwd", n->pid);
    if (readlink(link, cwd, sizeof cwd) < 0) return respond(n->id, EACCES, 0);
    respond(n->id, 0, 1);
}

static void *worker(void *arg) {
    (void)arg;
    struct seccomp_notif n;
    for (;;) {
        memset(&n, 0, sizeof n);
        if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &n) != 0) {
            if (errno == EINTR || errno == ENOENT) continue;
            return NULL;
        }
        uint64_t received = now_ns();
        answered_errno = installed = 0;
        int kind;
        switch (n.data.nr) {
        case SYS_open: case SYS_openat: case SYS_openat2: case SYS_creat:
            handle_open(&n);
            kind = installed ? K_OPEN_FD : answered_errno == ENOENT ? K_OPEN_ENOENT : K_OPEN_ERROR;
            break;
        case SYS_execve: case SYS_execveat: handle_exec(&n); kind = K_EXEC; break;
        default:
            if (id_valid(n.id)) respond(n.id, 0, 1);
            kind = K_OTHER;
        }
        __atomic_fetch_add(&histogram[kind][bucket(now_ns() - received)], 1, __ATOMIC_RELAXED);
    }
}

// ---- the tracer ----------------------------------------------------------------------------

static ssize_t read_file(const char *path, char *buf, size_t cap) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = read(fd, buf, cap);
    close(fd);
    return n;
}

static void verify_exec(pid_t pid) {
    static char buf[1 << 16];
    char p[64];
    unsigned long former;
    struct stat st;
    ptrace(PTRACE_GETEVENTMSG, pid, 0, &former);
    snprintf(p, sizeof p, "/proc/%d/exe", pid);
    stat(p, &st);
    snprintf(p, sizeof p, "/proc/%d/cmdline", pid);
    read_file(p, buf, sizeof buf);
    snprintf(p, sizeof p, "/proc/%d/cwd", pid);
    readlink(p, buf, sizeof buf);
    snprintf(p, sizeof p, "/proc/%d/environ", pid);
    read_file(p, buf, sizeof buf);
}

static int trace(pid_t root) {
    int root_status = 0;
    for (;;) {
        int status;
        pid_t pid = waitpid(-1, &status, __WALL);
        if (pid < 0) break;
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            if (pid == root) root_status = status;
            continue;
        }
        if (!WIFSTOPPED(status)) continue;
        int event = status >> 16, sig = WSTOPSIG(status);
        unsigned long msg;
        switch (event) {
        case PTRACE_EVENT_FORK: case PTRACE_EVENT_VFORK: case PTRACE_EVENT_CLONE:
            ptrace(PTRACE_GETEVENTMSG, pid, 0, &msg);
            ptrace(PTRACE_CONT, pid, 0, 0);
            break;
        case PTRACE_EVENT_EXEC:
            verify_exec(pid);
            ptrace(PTRACE_CONT, pid, 0, 0);
            break;
        case PTRACE_EVENT_STOP:
            if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) ptrace(PTRACE_LISTEN, pid, 0, 0);
            else ptrace(PTRACE_CONT, pid, 0, 0);
            break;
        default:
            ptrace(PTRACE_CONT, pid, 0, sig);
        }
    }
    return WIFEXITED(root_status) ? WEXITSTATUS(root_status) : 128 + WTERMSIG(root_status);
}

int main(int argc, char **argv) {
    int workers = 2, i = 1;
    const char *stats = NULL;
    for (;;) {
        if (i + 1 < argc && strcmp(argv[i], "-w") == 0) workers = atoi(argv[i + 1]);
        else if (i + 1 < argc && strcmp(argv[i], "-s") == 0) stats = argv[i + 1];
        else break;
        i += 2;
    }
    if (i < argc && strcmp(argv[i], "--") == 0) i++;
    if (i >= argc || workers < 1) {
        fprintf(stderr, "usage: floor [-w WORKERS] [-s FILE] -- PROGRAM [ARG...]\n");
        return 2;
    }
    int ready[2], go[2];
    if (pipe2(ready, O_CLOEXEC) != 0 || pipe2(go, O_CLOEXEC) != 0) return 125;
    self_fd_dir = open("/proc/self/fd", O_PATH | O_DIRECTORY | O_CLOEXEC);
    pid_t child = fork();
    if (child < 0) return 125;
    if (child == 0) {
        char b;
        if (read(go[0], &b, 1) != 1) _exit(125);  // traced from here on
        // The listener's number goes over a pipe (write is not trapped); the supervisor takes
        // the descriptor itself with pidfd_getfd while this exec waits for its answer.
        int fd = install_filter();
        if (fd < 0 || write(ready[1], &fd, sizeof fd) != sizeof fd) _exit(125);
        execvp(argv[i], argv + i);
        _exit(127);
    }
    long options = PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL;
    if (ptrace(PTRACE_SEIZE, child, 0, options) != 0) {
        perror("floor: PTRACE_SEIZE");
        return 125;
    }
    if (write(go[1], "g", 1) != 1) return 125;
    int number, pidfd = (int)syscall(SYS_pidfd_open, child, 0);
    if (read(ready[0], &number, sizeof number) == sizeof number && pidfd >= 0) listener = (int)syscall(SYS_pidfd_getfd, pidfd, number, 0);
    if (listener < 0) {
        fprintf(stderr, "floor: no listener from the child\n");
        return 125;
    }
    for (int w = 0; w < workers; w++) {
        pthread_t t;
        pthread_create(&t, NULL, worker, NULL);
        pthread_detach(t);
    }
    int status = trace(child);
    if (stats) write_stats(stats);
    return status;
}
