#ifndef GUARDIAN_CONSTANTS_H
#define GUARDIAN_CONSTANTS_H

// Kernel constants Swift cannot see: Glibc's module is built without _GNU_SOURCE, so O_PATH,
// AT_EMPTY_PATH, the CLONE_* flags, the PTRACE_EVENT_* numbers and PR_SET_DUMPABLE are missing
// from it (what it does have — O_DIRECTORY, AT_REMOVEDIR, __WALL, SI_KERNEL, TIOCSTI — Swift
// takes from Glibc). Each is defined in constants.c from the system's own headers (as swift-nio's
// CNIOLinux does), so the values are this architecture's, never copied by hand.

#include <stdint.h>

extern const int32_t GD_O_PATH;
extern const int32_t GD_AT_EMPTY_PATH;
/// renameat2(2) flags (<stdio.h> under _GNU_SOURCE).
extern const uint32_t GD_RENAME_NOREPLACE;
extern const uint32_t GD_RENAME_EXCHANGE;
extern const uint32_t GD_RENAME_WHITEOUT;

extern const uint64_t GD_CLONE_NEWUSER;
extern const uint64_t GD_CLONE_NEWNS;
/// A child ptrace does not follow: its execs would never be verified.
extern const uint64_t GD_CLONE_UNTRACED;

extern const int32_t GD_PTRACE_EVENT_FORK;
extern const int32_t GD_PTRACE_EVENT_VFORK;
extern const int32_t GD_PTRACE_EVENT_CLONE;
extern const int32_t GD_PTRACE_EVENT_EXEC;
extern const int32_t GD_PTRACE_EVENT_STOP;

extern const uint64_t GD_PR_SET_DUMPABLE;

/// The values a seccomp filter plan compares arguments with, for one architecture. The filter is
/// built for the machine Guardian runs on (`gd_arch_native`, every field from the system's
/// headers); the rows for each architecture Guardian ships for (deploy/) let a test render the
/// plan for another one and compare it with a checked-in golden table. constants.c asserts at
/// compile time that the row of the architecture being built equals its headers, so a row
/// copied wrong fails the build on that architecture.
struct gd_arch_constants {
    /// libseccomp's token for the architecture (SCMP_ARCH_*).
    uint32_t scmp_arch;
    uint64_t o_directory;
    uint64_t o_path;
    uint64_t clone_newuser;
    uint64_t clone_newns;
    uint64_t clone_untraced;
    uint64_t tiocsti;
    uint64_t tioclinux;
    uint64_t pr_set_dumpable;
    uint64_t seccomp_set_mode_filter;
    uint64_t seccomp_filter_flag_new_listener;
    uint64_t msg_fastopen;
    uint64_t af_unix, af_inet, af_inet6, af_netlink;
    uint64_t sock_raw, sock_packet, sock_rdm, sock_seqpacket;
    int32_t eperm, enosys, eafnosupport, eprotonosupport, eopnotsupp;
};

extern const struct gd_arch_constants gd_arch_native;
extern const struct gd_arch_constants gd_arch_x86_64;
extern const struct gd_arch_constants gd_arch_aarch64;

#endif
