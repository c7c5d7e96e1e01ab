// Whether the running program's own library search path starts from its directory.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <elf.h>
#include <link.h>
#include <stdint.h>
#include <string.h>

extern ElfW(Dyn) _DYNAMIC[] __attribute__((weak));

static int main_program_base(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    *(uintptr_t *)data = (uintptr_t)info->dlpi_addr;
    return 1;  // the first object is the program itself
}

int gd_runpath_has_origin(void) {
    if (_DYNAMIC == NULL) return 0;  // a static program has no search path
    uintptr_t base = 0;
    dl_iterate_phdr(main_program_base, &base);
    uintptr_t strings = 0;
    ElfW(Xword) offsets[8];
    int count = 0;
    for (const ElfW(Dyn) *d = _DYNAMIC; d->d_tag != DT_NULL; d++) {
        if (d->d_tag == DT_STRTAB) strings = (uintptr_t)d->d_un.d_ptr;
        else if ((d->d_tag == DT_RUNPATH || d->d_tag == DT_RPATH) && count < 8) offsets[count++] = d->d_un.d_val;
    }
    if (count == 0) return 0;
    // Whether the loader relocated the table's address in place depends on its version.
    if (strings != 0 && strings < base) strings += base;
    if (strings == 0) return 1;  // a search path that cannot be read counts as one that has it
    for (int i = 0; i < count; i++) {
        const char *path = (const char *)(strings + offsets[i]);
        if (strstr(path, "$ORIGIN") || strstr(path, "${ORIGIN}")) return 1;
    }
    return 0;
}
