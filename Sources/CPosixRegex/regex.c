// re_search is a GNU interface (<regex.h> under _GNU_SOURCE), hidden from Swift's Glibc module.
#define _GNU_SOURCE
#include <limits.h>
#include "gd_regex.h"

int gd_regex_search(const regex_t *compiled, const char *text, size_t length) {
    if (length > INT_MAX) return GD_REGEX_FAILED;
    // A regex_t from regcomp is glibc's re_pattern_buffer: no_sub (REG_NOSUB) makes re_search
    // keep no registers, and its fastmap was built by regcomp, so the buffer is only read (the
    // DFA cache is locked inside glibc, as for regexec).
    regoff_t at = re_search((struct re_pattern_buffer *)compiled, text, (regoff_t)length, 0, (regoff_t)length, NULL);
    if (at >= 0) return GD_REGEX_MATCH;
    if (at == -1) return GD_REGEX_NO_MATCH;
    return GD_REGEX_FAILED;
}
