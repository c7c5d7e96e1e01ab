#ifndef GUARDIAN_FILES_H
#define GUARDIAN_FILES_H

// Files: openat2, which filesystem and mount an fd is on, pipes, memfds.

#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <linux/openat2.h>

static const uint64_t GD_RESOLVE_NO_MAGICLINKS = RESOLVE_NO_MAGICLINKS;
static const uint64_t GD_RESOLVE_NO_SYMLINKS = RESOLVE_NO_SYMLINKS;
static const uint64_t GD_RESOLVE_NO_XDEV = RESOLVE_NO_XDEV;
static const uint64_t GD_RESOLVE_BENEATH = RESOLVE_BENEATH;
static const uint64_t GD_RESOLVE_IN_ROOT = RESOLVE_IN_ROOT;

/// openat2(2) with RESOLVE_* flags. Returns the fd or -errno.
int gd_openat2(int dirfd, const char *path, uint64_t flags, uint64_t mode, uint64_t resolve);
int gd_openat(int dirfd, const char *path, int flags, unsigned mode);
int gd_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);
int gd_is_procfs(int fd);
/// The filesystem magic number (statfs f_type) of what FD is on, or -errno.
long gd_fs_type(int fd);
/// The filesystem magic number (statfs f_type) of what PATH is on, or -errno.
long gd_path_fs_type(const char *path);
/// readlink of /proc/self/fd/FD into buf (not NUL-terminated). Returns the length or -errno.
ssize_t gd_fd_path(int fd, char *buf, size_t size);
/// open of /proc/self/fd/FD with FLAGS: a new open file of what FD (often O_PATH) refers to.
/// Returns the fd or -errno.
int gd_reopen(int fd, int flags);
/// The id of the mount an fd is on (statx STATX_MNT_ID, as in /proc/PID/mountinfo), 0 if unknown.
uint64_t gd_mount_id(int fd);
/// The never-reused id of the mount an fd is on (statx STATX_MNT_ID_UNIQUE, 6.8), 0 if unknown.
uint64_t gd_mount_id_unique(int fd);
/// fstat of FD and, in the same statx, the never-reused id of its mount into *MOUNT (0 when the
/// kernel has none: before 6.8). 0 or -errno.
int gd_fstat_mount(int fd, struct stat *out, uint64_t *mount);
int gd_memfd(const char *name);
/// A memfd that can be sealed (MFD_ALLOW_SEALING | MFD_CLOEXEC), or -errno.
int gd_memfd_sealable(const char *name);
/// Seals a memfd for good: no write, grow or shrink, and no further seal changes. 0 or -errno.
int gd_memfd_seal(int fd);
/// The seals a file carries (F_GET_SEALS), or -errno.
int gd_memfd_seals(int fd);
static const int GD_SEALS_ALL = 0x0001 | 0x0002 | 0x0004 | 0x0008; /* SEAL, SHRINK, GROW, WRITE */
int gd_pipe_cloexec(int fds[2]);
/// Bytes a pipe can take now without blocking (its size less what is queued), or -errno.
int gd_pipe_room(int fd);
/// Opens the object behind `object_fd` (an O_PATH fd) with `flags` from a forked process that
/// joined the user namespace `userns_fd` first: for the files whose open the kernel checks
/// against the opener's namespace (/proc/PID/uid_map, gid_map, setgroups). Returns the fd or
/// -errno. The forked process is left for the caller's child reaper.
int gd_open_in_userns(int userns_fd, int object_fd, int flags);

/// Whether the running program's RUNPATH or RPATH names `$ORIGIN`: the loader then looks for
/// its libraries in the program's own directory first.
int gd_runpath_has_origin(void);

#endif
