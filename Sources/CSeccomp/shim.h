#ifndef GUARDIAN_CSECCOMP_H
#define GUARDIAN_CSECCOMP_H
#include <seccomp.h>
#endif
