// Descriptors Guardian inherited from whoever started it: those, and only those, pass through to
// the agent (as with env(1)). Recorded before main, before any library opens its own.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <dirent.h>
#include <fcntl.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

#define GD_MAX_INHERITED 256
static int gd_inherited[GD_MAX_INHERITED];
static int gd_inherited_count = 0;

/// struct linux_dirent64 as getdents64(2) writes it (glibc's dirent64 has the same layout).
struct gd_dirent64 { uint64_t ino; int64_t off; unsigned short reclen; unsigned char type; char name[]; };
_Static_assert(offsetof(struct gd_dirent64, reclen) == offsetof(struct dirent64, d_reclen), "d_reclen offset");
_Static_assert(offsetof(struct gd_dirent64, name) == offsetof(struct dirent64, d_name), "d_name offset");

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
void gd_close_unexpected_fds(int keep) {
    int lo = 3;
    for (int fd = 3; fd <= 4096; fd++) {
        if (fd == 4096 || gd_is_inherited(fd) || fd == keep) {
            if (fd > lo) syscall(SYS_close_range, lo, fd - 1, 0);
            lo = fd + 1;
        }
    }
    syscall(SYS_close_range, 4097, ~0U, 0);
}

/// How many descriptors from 3 up pass through to the agent, and the i-th of them.
int gd_inherited_fd_count(void) { return gd_inherited_count; }
int gd_inherited_fd_at(int i) { return i >= 0 && i < gd_inherited_count ? gd_inherited[i] : -1; }
