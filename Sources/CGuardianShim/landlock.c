// Landlock (landlock(7)): the network backstop the child applies to itself before exec.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Constants of Landlock ABI 4, defined here for older headers. */
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

int gd_landlock_deny_tcp_connect(void) {
    struct gd_landlock_ruleset_attr attr = {.handled_access_fs = 0, .handled_access_net = GD_LANDLOCK_ACCESS_NET_CONNECT_TCP};
    long fd = syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0);
    if (fd < 0) return -errno;
    long rc = syscall(SYS_landlock_restrict_self, fd, 0);
    int saved = errno;
    close((int)fd);
    return rc < 0 ? -saved : 0;
}
