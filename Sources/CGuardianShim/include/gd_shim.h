#ifndef GUARDIAN_SHIM_H
#define GUARDIAN_SHIM_H

// C for what Swift cannot say: variadic calls (ioctl, ptrace, prctl, syscall), macros with
// arguments, and the whole child side of fork→exec. Every symbol carries the gd_ prefix.
// Functions return 0 or a non-negative value on success and -errno on failure, so errno is
// captured at the call and never read late.

#include <stdint.h>
#include <stddef.h>
#include <sys/types.h>
#include <signal.h>
#include <linux/seccomp.h>
#include <linux/filter.h>

// Newer than this machine's 6.1 headers (include/uapi/linux/seccomp.h).
#define GD_SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP 1ULL
#ifndef SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
#define SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV (1UL << 5)
#endif

static const uint32_t GD_SECCOMP_FILTER_FLAG_NEW_LISTENER = SECCOMP_FILTER_FLAG_NEW_LISTENER;
static const uint32_t GD_SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV = SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV;
static const uint32_t GD_SECCOMP_FILTER_FLAG_TSYNC = SECCOMP_FILTER_FLAG_TSYNC;

typedef struct gd_notif {
    uint64_t id;
    uint32_t pid;
    uint32_t flags;
    int32_t nr;
    uint32_t arch;
    uint64_t instruction_pointer;
    uint64_t args[6];
} gd_notif;

// --- seccomp user notification (seccomp_unotify(2)) ---
int gd_notif_check_sizes(void);
int gd_notif_recv(int notify_fd, gd_notif *out);
int gd_notif_respond(int notify_fd, uint64_t id, int64_t val, int32_t error, uint32_t flags);
int gd_notif_continue(int notify_fd, uint64_t id);
int gd_notif_id_valid(int notify_fd, uint64_t id);
/// Installs src_fd into the target and answers its syscall with the new fd number, atomically
/// (SECCOMP_ADDFD_FLAG_SEND). Returns the fd number in the target or -errno.
int gd_notif_addfd_send(int notify_fd, uint64_t id, int src_fd, uint32_t newfd_flags);
int gd_notif_set_flags(int notify_fd, uint64_t flags);

// --- reading target memory ---
/// Reads a NUL-terminated string at addr into buf (cap bytes). Returns its length, -ENAMETOOLONG
/// when no NUL was found within cap, or -errno.
long gd_read_cstring(pid_t pid, uint64_t addr, char *buf, size_t cap);
long gd_read_mem(pid_t pid, uint64_t addr, void *buf, size_t len);
/// Up to 8 ranges of another process's memory in one process_vm_readv, back to back into out.
/// Returns the bytes read (fewer when a range could not be read: it and those after it) or -errno.
long gd_read_ranges(pid_t pid, const uint64_t *addrs, const size_t *lens, size_t count, void *out);
/// The first bytes of many strings in another process, in one process_vm_readv per 512 ranges
/// (strings close together on one page share a range): string
/// i's head (at most `head` bytes, never past its page end) lands at out + i*head and lens[i]
/// says how many bytes were read (0 when its page could not be read). Returns count or -errno.
long gd_read_heads(pid_t pid, const uint64_t *addrs, size_t count, size_t head, char *out, size_t *lens);

// --- ptrace (the tracer thread only) ---
int gd_ptrace_seize(pid_t pid, unsigned long options);
int gd_ptrace_cont(pid_t pid, int sig);
int gd_ptrace_listen(pid_t pid);
int gd_ptrace_geteventmsg(pid_t pid, unsigned long *msg);
int gd_ptrace_getsiginfo(pid_t pid, siginfo_t *info);
int gd_ptrace_detach(pid_t pid, int sig);

static const unsigned long GD_PTRACE_OPTIONS =
    0x00100000 /* PTRACE_O_EXITKILL */ | 0x02 /* TRACEFORK */ | 0x04 /* TRACEVFORK */ |
    0x08 /* TRACECLONE */ | 0x10 /* TRACEEXEC */;

// --- process control ---
int gd_set_child_subreaper(void);
int gd_set_dumpable(int value);
int gd_pidfd_open(pid_t pid);
int gd_pidfd_getfd(int pidfd, int target_fd);
int gd_pidfd_open_thread(pid_t tid);
int gd_take_fd(pid_t tid, int target_fd);
/// The Landlock ABI version this kernel offers, or -errno (no Landlock).
int gd_landlock_abi(void);
int gd_pidfd_send_signal(int pidfd, int sig);
int gd_tgkill(pid_t tgid, pid_t tid, int sig);
/// Gives the calling thread its own fs_struct (cwd, root, umask), so a supervisor thread can
/// set the umask it creates files with without touching the rest of the process.
int gd_unshare_fs(void);
pid_t gd_gettid(void);
int gd_wait(pid_t pid, int *status, int options);
int gd_sigsetmask_block(const int *signals, int count);
int gd_sigsetmask_unblock(const int *signals, int count);
int gd_sigwaitinfo(const int *signals, int count, siginfo_t *info);
int gd_siginfo_code(const siginfo_t *info);
pid_t gd_siginfo_pid(const siginfo_t *info);

// --- files ---
/// openat2(2) with RESOLVE_* flags. Returns the fd or -errno.
int gd_openat2(int dirfd, const char *path, uint64_t flags, uint64_t mode, uint64_t resolve);
int gd_openat(int dirfd, const char *path, int flags, unsigned mode);
int gd_is_procfs(int fd);
/// The id of the mount an fd is on (statx STATX_MNT_ID, as in /proc/PID/mountinfo), 0 if unknown.
uint64_t gd_mount_id(int fd);
/// The never-reused id of the mount an fd is on (statx STATX_MNT_ID_UNIQUE, 6.8), 0 if unknown.
uint64_t gd_mount_id_unique(int fd);
int gd_memfd(const char *name);
/// Bytes a pipe can take now without blocking (its size less what is queued), or -errno.
int gd_pipe_room(int fd);
/// Sets the calling thread's filesystem credentials (setgroups, setfsgid, setfsuid as raw
/// syscalls, which act on this thread only). Returns 0, or -EPERM when they did not take.
int gd_thread_fs_credentials(uid_t fsuid, gid_t fsgid, const gid_t *groups, int ngroups);
int gd_accept_cloexec(int fd);
int gd_peer_cred(int fd, pid_t *pid, uid_t *uid, gid_t *gid);
/// Installs SA_SIGINFO handlers that write (signo, si_code, si_pid) as three ints to wfd, so a
/// thread can read which signal came from whom. wfd should be non-blocking.
int gd_install_signal_pipe(int wfd, const int *signals, int count);
int gd_pipe_cloexec(int fds[2]);
int gd_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);
int gd_send_fd(int sock, int fd);
int gd_recv_fd(int sock);
/// Opens the object behind `object_fd` (an O_PATH fd) with `flags` from a forked process that
/// joined the user namespace `userns_fd` first: for the files whose open the kernel checks
/// against the opener's namespace (/proc/PID/uid_map, gid_map, setgroups). Returns the fd or
/// -errno. The forked process is left for the caller's child reaper.
int gd_open_in_userns(int userns_fd, int object_fd, int flags);

static const uint64_t GD_RESOLVE_NO_MAGICLINKS = 0x02;
static const uint64_t GD_RESOLVE_NO_XDEV = 0x01;
static const uint64_t GD_RESOLVE_BENEATH = 0x08;
static const uint64_t GD_RESOLVE_IN_ROOT = 0x10;

// --- the child side of fork→exec ---
typedef struct gd_spawn_args {
    const char *path;
    char *const *argv;
    char *const *envp;
    const struct sock_filter *filter;
    unsigned short filter_len;
    unsigned int filter_flags;
    int listener_sock;  // child's end of a socketpair: the listener fd goes to the parent
    int go_fd;          // read end: the parent writes one byte when it serves the listener
    int err_fd;         // write end, O_CLOEXEC: a failure as (stage, errno)
    unsigned int umask_value;
    pid_t parent_pid;
    int cgroup_procs_fd;  // the session cgroup's cgroup.procs, or -1: the child moves itself in
    int cgroup_dir_fd;    // the session cgroup's directory, or -1: clone3 starts the child there
    int landlock_net;     // 1: the child may make no TCP connect of its own (Landlock ABI >= 4)
} gd_spawn_args;

enum {
    GD_STAGE_SIGNALS = 1,
    GD_STAGE_PDEATHSIG = 2,
    GD_STAGE_NO_NEW_PRIVS = 3,
    GD_STAGE_FILTER = 4,
    GD_STAGE_SEND_LISTENER = 5,
    GD_STAGE_WAIT_GO = 6,
    GD_STAGE_EXEC = 7,
    GD_STAGE_LANDLOCK = 8,
};

/// fork()s; the child runs only async-signal-safe code and execs or _exits. Returns the child
/// pid to the parent, or -errno.
pid_t gd_spawn(const gd_spawn_args *args);

#endif
