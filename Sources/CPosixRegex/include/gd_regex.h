#ifndef GD_REGEX_H
#define GD_REGEX_H
#include <regex.h>
#include <stddef.h>

/* What a search found. glibc's regexec(3) answers 1 both for "no match" and for an internal
 * failure (REG_ESPACE: out of memory), so a rule could not tell "does not apply" from "could
 * not look": re_search tells them apart (-1 and -2). */
enum {
    GD_REGEX_MATCH = 0,
    GD_REGEX_NO_MATCH = 1,
    GD_REGEX_FAILED = 2,
};

/* Searches `text` (`length` bytes, no NUL needed) with a pattern compiled by regcomp(3). */
int gd_regex_search(const regex_t *compiled, const char *text, size_t length);

#endif
