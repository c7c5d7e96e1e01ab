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

#endif
