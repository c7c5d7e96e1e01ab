// The values behind gd_constants.h, from the system's headers (compiled with _GNU_SOURCE, which
// Swift's view of Glibc lacks).
#define _GNU_SOURCE
#include "gd_constants.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>

const int32_t GD_O_PATH = O_PATH;
const int32_t GD_AT_EMPTY_PATH = AT_EMPTY_PATH;

const uint64_t GD_CLONE_NEWUSER = CLONE_NEWUSER;
const uint64_t GD_CLONE_NEWNS = CLONE_NEWNS;
const uint64_t GD_CLONE_UNTRACED = CLONE_UNTRACED;

const int32_t GD_PTRACE_EVENT_FORK = PTRACE_EVENT_FORK;
const int32_t GD_PTRACE_EVENT_VFORK = PTRACE_EVENT_VFORK;
const int32_t GD_PTRACE_EVENT_CLONE = PTRACE_EVENT_CLONE;
const int32_t GD_PTRACE_EVENT_EXEC = PTRACE_EVENT_EXEC;
const int32_t GD_PTRACE_EVENT_STOP = PTRACE_EVENT_STOP;

const uint64_t GD_PR_SET_DUMPABLE = PR_SET_DUMPABLE;
