#ifndef GUARDIAN_CSECCOMP_H
#define GUARDIAN_CSECCOMP_H
#include <seccomp.h>

// SCMP_ACT_ERRNO takes an argument, so Swift cannot call the macro itself.
static inline uint32_t gd_scmp_act_errno(uint16_t errno_value) { return SCMP_ACT_ERRNO(errno_value); }
#endif
