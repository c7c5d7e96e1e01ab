// statx of a masked copy: the original's struct statx, as the kernel reports it (gd_statx.h).
#define _GNU_SOURCE
#include "gd_internal.h"
#include "gd_statx.h"

#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

// The kernel's struct statx (include/uapi/linux/stat.h), written out: older C libraries
// declare fewer fields, and what the tree reads is the kernel's layout.
struct gd_statx_timestamp { int64_t tv_sec; uint32_t tv_nsec; int32_t reserved; };
struct gd_statx {
    uint32_t mask, blksize;
    uint64_t attributes;
    uint32_t nlink, uid, gid;
    uint16_t mode, spare0;
    uint64_t ino, size, blocks, attributes_mask;
    struct gd_statx_timestamp atime, btime, ctime, mtime;
    uint32_t rdev_major, rdev_minor, dev_major, dev_minor;
    uint64_t mnt_id;
    uint32_t dio_mem_align, dio_offset_align;
    uint64_t later[12];  // subvolume, atomic writes and what comes after: not reported
};
_Static_assert(sizeof(struct gd_statx) == 256, "struct statx is 256 bytes");
_Static_assert(offsetof(struct gd_statx, ino) == 32 && offsetof(struct gd_statx, atime) == 64, "struct statx's layout");
_Static_assert(offsetof(struct gd_statx, mtime) == 112 && offsetof(struct gd_statx, mnt_id) == 144, "struct statx's layout");
_Static_assert(offsetof(struct gd_statx, dio_offset_align) == 156, "struct statx's layout");

enum {
    GD_STATX_BASIC_STATS = 0x7ffU, GD_STATX_BTIME = 0x800U, GD_STATX_MNT_ID = 0x1000U,
    GD_STATX_DIOALIGN = 0x2000U, GD_STATX_MNT_ID_UNIQUE = 0x4000U, GD_STATX_RESERVED = 0x80000000U,
};

static int raw_statx(int fd, uint32_t mask, struct gd_statx *out) {
    memset(out, 0, sizeof *out);
    return (int)syscall(SYS_statx, fd, "", AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW, mask, out);
}

static struct gd_statx_timestamp stamp(struct timespec t) {
    return (struct gd_statx_timestamp){.tv_sec = t.tv_sec, .tv_nsec = (uint32_t)t.tv_nsec};
}

void gd_statx_note(int object, const struct stat *original, uint8_t *noted, uint64_t *mnt_id_unique) {
    struct gd_statx s;
    if (raw_statx(object, GD_STATX_BASIC_STATS | GD_STATX_BTIME | GD_STATX_MNT_ID | GD_STATX_DIOALIGN, &s) != 0) {
        memset(&s, 0, sizeof s);
        s.mask = GD_STATX_BASIC_STATS;
    }
    s.mask &= GD_STATX_BASIC_STATS | GD_STATX_BTIME | GD_STATX_MNT_ID | GD_STATX_DIOALIGN;
    memset(s.later, 0, sizeof s.later);
    // What fstat of the copy shows, so the two agree: the version that was masked.
    s.dev_major = major(original->st_dev);
    s.dev_minor = minor(original->st_dev);
    s.ino = original->st_ino;
    s.mode = (uint16_t)original->st_mode;
    s.nlink = (uint32_t)original->st_nlink;
    s.uid = original->st_uid;
    s.gid = original->st_gid;
    s.rdev_major = major(original->st_rdev);
    s.rdev_minor = minor(original->st_rdev);
    s.size = (uint64_t)original->st_size;
    s.blksize = (uint32_t)original->st_blksize;
    s.blocks = (uint64_t)original->st_blocks;
    s.atime = stamp(original->st_atim);
    s.mtime = stamp(original->st_mtim);
    s.ctime = stamp(original->st_ctim);
    memcpy(noted, &s, sizeof s);

    struct gd_statx unique;
    *mnt_id_unique = 0;
    if (raw_statx(object, GD_STATX_MNT_ID_UNIQUE, &unique) == 0 && (unique.mask & GD_STATX_MNT_ID_UNIQUE)) {
        *mnt_id_unique = unique.mnt_id;
    }
}

int gd_statx_call_valid(uint32_t flags, uint32_t mask) {
    if (flags & ~(uint32_t)(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE)) return 0;
    if ((flags & AT_STATX_SYNC_TYPE) == AT_STATX_SYNC_TYPE) return 0;
    if (mask & GD_STATX_RESERVED) return 0;
    return 1;
}

int gd_null_path_is_empty(void) {
    // Linux 6.11 takes a NULL path with AT_EMPTY_PATH as the descriptor itself; before, EFAULT.
    static int known = -1;
    int k = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (k >= 0) return k;
    struct gd_statx s;
    k = syscall(SYS_statx, AT_FDCWD, (const char *)0, AT_EMPTY_PATH, 0U, &s) == 0;
    __atomic_store_n(&known, k, __ATOMIC_RELAXED);
    return k;
}

int gd_fstatat_flags_valid(uint32_t flags) {
    return (flags & ~(uint32_t)(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE)) == 0;
}

void gd_statx_answer(const uint8_t *noted, uint64_t mnt_id_unique, uint32_t mask, uint8_t *out) {
    struct gd_statx s;
    memcpy(&s, noted, sizeof s);
    // The kernel reports the basic fields whatever was asked, the rest when asked and known.
    uint32_t shown = s.mask & GD_STATX_BASIC_STATS;
    if ((mask & GD_STATX_BTIME) && (s.mask & GD_STATX_BTIME)) shown |= GD_STATX_BTIME;
    else memset(&s.btime, 0, sizeof s.btime);
    if ((mask & GD_STATX_DIOALIGN) && (s.mask & GD_STATX_DIOALIGN)) shown |= GD_STATX_DIOALIGN;
    else s.dio_mem_align = s.dio_offset_align = 0;
    if ((mask & GD_STATX_MNT_ID_UNIQUE) && mnt_id_unique != 0) {
        s.mnt_id = mnt_id_unique;
        shown |= GD_STATX_MNT_ID_UNIQUE;
    } else if (s.mask & GD_STATX_MNT_ID) {
        shown |= GD_STATX_MNT_ID;
    } else {
        s.mnt_id = 0;
    }
    s.mask = shown;
    memcpy(out, &s, sizeof s);
}
