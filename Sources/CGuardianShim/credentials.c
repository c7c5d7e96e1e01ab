// A supervisor thread's filesystem credentials, set for one call made on a task's behalf.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <sys/syscall.h>
#include <unistd.h>

int gd_thread_fs_credentials(uid_t fsuid, gid_t fsgid, const gid_t *groups, int ngroups) {
    if (syscall(SYS_setgroups, ngroups, groups) != 0) return -errno;
    syscall(SYS_setfsgid, fsgid);
    syscall(SYS_setfsuid, fsuid);
    // setfs*id return the previous value and never fail visibly: read back to be sure.
    if ((uid_t)syscall(SYS_setfsuid, -1) != fsuid || (gid_t)syscall(SYS_setfsgid, -1) != fsgid) return -EPERM;
    return 0;
}
