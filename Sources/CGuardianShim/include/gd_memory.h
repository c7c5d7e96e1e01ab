#ifndef GUARDIAN_MEMORY_H
#define GUARDIAN_MEMORY_H

// Reading a stopped target's memory (process_vm_readv), and writing back what a call it
// performs on its behalf returns there (process_vm_writev).

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/// Reads a NUL-terminated string at addr into buf (cap bytes). Returns its length, -ENAMETOOLONG
/// when no NUL was found within cap, or -errno.
long gd_read_cstring(pid_t pid, uint64_t addr, char *buf, size_t cap);
long gd_read_mem(pid_t pid, uint64_t addr, void *buf, size_t len);
/// Up to 8 ranges of another process's memory in one process_vm_readv, back to back into out.
/// Returns the bytes read (fewer when a range could not be read: it and those after it) or -errno.
long gd_read_ranges(pid_t pid, const uint64_t *addrs, const size_t *lens, size_t count, void *out);
/// The first bytes of many strings in another process, in one process_vm_readv per 512 ranges
/// (strings close together on one page share a range): string
/// i's head (at most `head` bytes, never past its page end) lands at out + i*head and lens[i]
/// says how many bytes were read (0 when its page could not be read). Returns count or -errno.
long gd_read_heads(pid_t pid, const uint64_t *addrs, size_t count, size_t head, char *out, size_t *lens);
/// Writes len bytes at addr in another process (a result the kernel would have written there).
/// Returns the bytes written or -errno.
long gd_write_mem(pid_t pid, uint64_t addr, const void *buf, size_t len);

#endif
