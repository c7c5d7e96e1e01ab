#ifndef GUARDIAN_SHIM_H
#define GUARDIAN_SHIM_H

// C for what Swift cannot say: variadic calls (ioctl, ptrace, prctl, syscall), macros with
// arguments, kernel constants Swift's Glibc does not export, and the whole child side of
// fork→exec. Every symbol carries the gd_ prefix. Functions return 0 or a non-negative value on
// success and -errno on failure, so errno is captured at the call and never read late.
//
// One header per concern; this one includes them all.

#include "gd_constants.h"
#include "gd_notify.h"
#include "gd_memory.h"
#include "gd_ptrace.h"
#include "gd_process.h"
#include "gd_files.h"
#include "gd_statx.h"
#include "gd_sockets.h"
#include "gd_splice.h"
#include "gd_messages.h"
#include "gd_spawn.h"

#endif
