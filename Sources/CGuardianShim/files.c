// Files: openat2 with RESOLVE_* flags, what filesystem and mount an fd is on, pipes, memfds.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#include <unistd.h>
#include <linux/magic.h>
#include <linux/openat2.h>

_Static_assert(sizeof(struct open_how) == 24, "open_how as OpenHandler reads it from the target");

int gd_openat2(int dirfd, const char *path, uint64_t flags, uint64_t mode, uint64_t resolve) {
    struct open_how how = {.flags = flags, .mode = mode, .resolve = resolve};
    return neg_errno(syscall(SYS_openat2, dirfd, path, &how, sizeof(how)));
}

int gd_openat(int dirfd, const char *path, int flags, unsigned mode) {
    return neg_errno(openat(dirfd, path, flags, mode));
}

int gd_memfd(const char *name) { return neg_errno(memfd_create(name, MFD_CLOEXEC)); }

int gd_memfd_sealable(const char *name) { return neg_errno(memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING)); }

int gd_memfd_seal(int fd) {
    return neg_errno(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL));
}

int gd_memfd_seals(int fd) { return neg_errno(fcntl(fd, F_GET_SEALS)); }

int gd_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags) {
    return neg_errno(syscall(SYS_renameat2, olddirfd, oldpath, newdirfd, newpath, flags));
}

int gd_pipe_cloexec(int fds[2]) { return neg_errno(pipe2(fds, O_CLOEXEC)); }

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
#ifdef STATX_MNT_ID_UNIQUE
    const unsigned int mnt_id_unique = STATX_MNT_ID_UNIQUE;
#else
    const unsigned int mnt_id_unique = 0x4000U;  // newer than this machine's headers
#endif
    struct statx st;
    if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, mnt_id_unique, &st) != 0) return 0;
    if (!(st.stx_mask & mnt_id_unique)) return 0;
    return st.stx_mnt_id;
}

int gd_fstat_mount(int fd, struct stat *out, uint64_t *mount) {
    // One statx for what fstat gives and the mount's never-reused id (STATX_MNT_ID_UNIQUE,
    // 6.8): an open names both, and they were a newfstatat and an fstatfs per open.
#ifdef STATX_MNT_ID_UNIQUE
    const unsigned int mnt_id_unique = STATX_MNT_ID_UNIQUE;
#else
    const unsigned int mnt_id_unique = 0x4000U;
#endif
    struct statx st;
    *mount = 0;
    if (statx(fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS | mnt_id_unique, &st) != 0) return -errno;
    // The fields fstat fills, as glibc fills them from statx where fstat is statx.
    memset(out, 0, sizeof *out);
    out->st_dev = makedev(st.stx_dev_major, st.stx_dev_minor);
    out->st_ino = st.stx_ino;
    out->st_nlink = st.stx_nlink;
    out->st_mode = st.stx_mode;
    out->st_uid = st.stx_uid;
    out->st_gid = st.stx_gid;
    out->st_rdev = makedev(st.stx_rdev_major, st.stx_rdev_minor);
    out->st_size = (off_t)st.stx_size;
    out->st_blksize = (blksize_t)st.stx_blksize;
    out->st_blocks = (blkcnt_t)st.stx_blocks;
    out->st_atim.tv_sec = st.stx_atime.tv_sec;
    out->st_atim.tv_nsec = st.stx_atime.tv_nsec;
    out->st_mtim.tv_sec = st.stx_mtime.tv_sec;
    out->st_mtim.tv_nsec = st.stx_mtime.tv_nsec;
    out->st_ctim.tv_sec = st.stx_ctime.tv_sec;
    out->st_ctim.tv_nsec = st.stx_ctime.tv_nsec;
    if (st.stx_mask & mnt_id_unique) *mount = st.stx_mnt_id;
    return 0;
}

_Static_assert(GD_SEALS_ALL == (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE), "the seals a served copy carries");

/// Guardian's own /proc/self/fd, opened once: reading a link from it skips the walk through
/// /proc, `self` and `fd` that each readlink of /proc/self/fd/N makes. Guardian's threads share
/// one descriptor table, so the directory is every thread's.
static int own_fd_directory(void) {
    static int dir = -1;
    int d = __atomic_load_n(&dir, __ATOMIC_ACQUIRE);
    if (d >= 0) return d;
    int fresh = open("/proc/self/fd", O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fresh < 0) return -1;
    int expected = -1;
    if (!__atomic_compare_exchange_n(&dir, &expected, fresh, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        close(fresh);
        return expected;
    }
    return fresh;
}

/// The decimal name of FD in /proc/self/fd, written at the end of BUF; returns its start.
static const char *fd_entry(int fd, char buf[16]) {
    int n = 15;
    buf[n] = 0;
    unsigned v = (unsigned)fd;
    do { buf[--n] = (char)('0' + v % 10); v /= 10; } while (v && n > 0);
    return buf + n;
}

ssize_t gd_fd_path(int fd, char *buf, size_t size) {
    if (fd < 0 || size == 0) return -EBADF;
    char name[16], link[40];
    const char *entry = fd_entry(fd, name);
    int dir = own_fd_directory();
    if (dir < 0) snprintf(link, sizeof(link), "/proc/self/fd/%s", entry);
    ssize_t got = dir >= 0 ? readlinkat(dir, entry, buf, size) : readlink(link, buf, size);
    return got < 0 ? -errno : got;
}

int gd_reopen(int fd, int flags) {
    if (fd < 0) return -EBADF;
    char name[16], link[40];
    const char *entry = fd_entry(fd, name);
    int dir = own_fd_directory();
    if (dir < 0) snprintf(link, sizeof(link), "/proc/self/fd/%s", entry);
    int got = dir >= 0 ? openat(dir, entry, flags) : open(link, flags);
    return got < 0 ? -errno : got;
}

long gd_fs_type(int fd) {
    struct statfs st;
    if (fstatfs(fd, &st) != 0) return -errno;
    return (long)st.f_type;
}

long gd_path_fs_type(const char *path) {
    struct statfs st;
    if (statfs(path, &st) != 0) return -errno;
    return (long)st.f_type;
}
