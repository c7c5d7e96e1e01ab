// The values behind gd_constants.h, from the system's headers (compiled with _GNU_SOURCE, which
// Swift's view of Glibc lacks).
#define _GNU_SOURCE
#include "gd_constants.h"

#include <fcntl.h>
#include <stdio.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>

const int32_t GD_O_PATH = O_PATH;
const int32_t GD_AT_EMPTY_PATH = AT_EMPTY_PATH;
const uint32_t GD_RENAME_NOREPLACE = RENAME_NOREPLACE;
const uint32_t GD_RENAME_EXCHANGE = RENAME_EXCHANGE;
const uint32_t GD_RENAME_WHITEOUT = RENAME_WHITEOUT;

const uint64_t GD_CLONE_NEWUSER = CLONE_NEWUSER;
const uint64_t GD_CLONE_NEWNS = CLONE_NEWNS;
const uint64_t GD_CLONE_UNTRACED = CLONE_UNTRACED;

const int32_t GD_PTRACE_EVENT_FORK = PTRACE_EVENT_FORK;
const int32_t GD_PTRACE_EVENT_VFORK = PTRACE_EVENT_VFORK;
const int32_t GD_PTRACE_EVENT_CLONE = PTRACE_EVENT_CLONE;
const int32_t GD_PTRACE_EVENT_EXEC = PTRACE_EVENT_EXEC;
const int32_t GD_PTRACE_EVENT_STOP = PTRACE_EVENT_STOP;

const uint64_t GD_PR_SET_DUMPABLE = PR_SET_DUMPABLE;

// ---- Filter plan constants, per architecture (gd_constants.h: struct gd_arch_constants) ----

#include <errno.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

const struct gd_arch_constants gd_arch_native = {
    .scmp_arch = SCMP_ARCH_NATIVE,
    .o_directory = O_DIRECTORY, .o_path = O_PATH,
    .clone_newuser = CLONE_NEWUSER, .clone_newns = CLONE_NEWNS, .clone_untraced = CLONE_UNTRACED,
    .tiocsti = TIOCSTI, .tioclinux = TIOCLINUX, .pr_set_dumpable = PR_SET_DUMPABLE,
    .seccomp_set_mode_filter = SECCOMP_SET_MODE_FILTER, .seccomp_filter_flag_new_listener = SECCOMP_FILTER_FLAG_NEW_LISTENER,
    .msg_fastopen = MSG_FASTOPEN,
    .af_unix = AF_UNIX, .af_inet = AF_INET, .af_inet6 = AF_INET6, .af_netlink = AF_NETLINK,
    .sock_raw = SOCK_RAW, .sock_packet = SOCK_PACKET, .sock_rdm = SOCK_RDM, .sock_seqpacket = SOCK_SEQPACKET,
    .eperm = EPERM, .enosys = ENOSYS, .eafnosupport = EAFNOSUPPORT, .eprotonosupport = EPROTONOSUPPORT, .eopnotsupp = EOPNOTSUPP,
};

// The rows below are written out (a foreign architecture's headers are not on the build
// machine); the block after them checks the row of the architecture being built against its
// own headers. Both take the generic values (asm-generic errno, ioctls, socket) except where
// noted.
#define GD_GENERIC_ROW \
    .o_path = 010000000, \
    .clone_newuser = 0x10000000, .clone_newns = 0x00020000, .clone_untraced = 0x00800000, \
    .tiocsti = 0x5412, .tioclinux = 0x541C, .pr_set_dumpable = 4, \
    .seccomp_set_mode_filter = 1, .seccomp_filter_flag_new_listener = 1UL << 3, \
    .msg_fastopen = 0x20000000, \
    .af_unix = 1, .af_inet = 2, .af_inet6 = 10, .af_netlink = 16, \
    .sock_raw = 3, .sock_packet = 10, .sock_rdm = 4, .sock_seqpacket = 5, \
    .eperm = 1, .enosys = 38, .eafnosupport = 97, .eprotonosupport = 93, .eopnotsupp = 95

const struct gd_arch_constants gd_arch_x86_64 = {
    .scmp_arch = SCMP_ARCH_X86_64,
    .o_directory = 0200000,  // arch/x86 takes asm-generic/fcntl.h
    GD_GENERIC_ROW,
};

const struct gd_arch_constants gd_arch_aarch64 = {
    .scmp_arch = SCMP_ARCH_AARCH64,
    .o_directory = 040000,   // arch/arm64/include/uapi/asm/fcntl.h: O_DIRECTORY and O_NOFOLLOW swap places
    GD_GENERIC_ROW,
};

#if defined(__x86_64__)
#define GD_BUILT_ROW_O_DIRECTORY 0200000
#elif defined(__aarch64__)
#define GD_BUILT_ROW_O_DIRECTORY 040000
#else
#error "no filter constants for this architecture: add its row to constants.c and gd_constants.h"
#endif

_Static_assert(O_DIRECTORY == GD_BUILT_ROW_O_DIRECTORY, "this architecture's O_DIRECTORY differs from its row");
_Static_assert(O_PATH == 010000000, "O_PATH differs from the generic row");
_Static_assert((O_PATH & O_DIRECTORY) == 0, "O_PATH and O_DIRECTORY share a bit");
_Static_assert(CLONE_NEWUSER == 0x10000000 && CLONE_NEWNS == 0x00020000 && CLONE_UNTRACED == 0x00800000, "CLONE_* differ from the generic row");
_Static_assert(TIOCSTI == 0x5412 && TIOCLINUX == 0x541C, "TIOCSTI/TIOCLINUX differ from the generic row");
_Static_assert(PR_SET_DUMPABLE == 4, "PR_SET_DUMPABLE differs from the generic row");
_Static_assert(SECCOMP_SET_MODE_FILTER == 1 && SECCOMP_FILTER_FLAG_NEW_LISTENER == (1UL << 3), "seccomp(2) constants differ from the generic row");
_Static_assert(MSG_FASTOPEN == 0x20000000, "MSG_FASTOPEN differs from the generic row");
_Static_assert(AF_UNIX == 1 && AF_INET == 2 && AF_INET6 == 10 && AF_NETLINK == 16, "address families differ from the generic row");
_Static_assert(SOCK_RAW == 3 && SOCK_PACKET == 10 && SOCK_RDM == 4 && SOCK_SEQPACKET == 5, "socket types differ from the generic row");
_Static_assert(EPERM == 1 && ENOSYS == 38 && EAFNOSUPPORT == 97 && EPROTONOSUPPORT == 93 && EOPNOTSUPP == 95, "errno values differ from the generic row");
_Static_assert(PTRACE_EVENT_FORK == 1 && PTRACE_EVENT_VFORK == 2 && PTRACE_EVENT_CLONE == 3 && PTRACE_EVENT_EXEC == 4 && PTRACE_EVENT_STOP == 128, "ptrace events differ from <linux/ptrace.h>");
_Static_assert(AT_EMPTY_PATH == 0x1000, "AT_EMPTY_PATH differs from <linux/fcntl.h>");
