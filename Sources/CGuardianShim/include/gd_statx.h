#ifndef GUARDIAN_STATX_H
#define GUARDIAN_STATX_H

// What statx(2) of a masked copy shows: the original file's identity, built by Guardian as the
// kernel would report it for the original (FstatHandler, MaskedIdentities).

#include <stdint.h>
#include <sys/stat.h>

/// The bytes statx(2) writes: the kernel's struct statx, whatever this machine's headers hold.
static const int GD_STATX_SIZE = 256;

/// Notes what statx of the original shows, into NOTED (GD_STATX_SIZE bytes): the fields fstat
/// also gives from ORIGINAL (the version the masked copy was made from), the rest — birth time,
/// attributes, mount id, direct-I/O alignment — from a statx of OBJECT (Guardian's fd of the
/// original); *MNT_ID_UNIQUE gets the mount's never-reused id (0 before Linux 6.8).
void gd_statx_note(int object, const struct stat *original, uint8_t *noted, uint64_t *mnt_id_unique);

/// Whether statx(2) with FLAGS and MASK is a call the kernel would take rather than refuse
/// with EINVAL (unknown flags, both sync types, the reserved mask bit): 1 or 0.
int gd_statx_call_valid(uint32_t flags, uint32_t mask);

/// Whether newfstatat(2) with FLAGS is a call the kernel would take: 1 or 0.
int gd_fstatat_flags_valid(uint32_t flags);

/// Whether this kernel takes a NULL path with AT_EMPTY_PATH as the descriptor itself (Linux
/// 6.11): 1 or 0.
int gd_null_path_is_empty(void);

/// The answer to a statx asking for MASK, from what gd_statx_note noted: the basic fields
/// always, as the kernel reports them; the birth time and direct-I/O alignment only when asked
/// for and known; the mount's never-reused id when asked for (STATX_MNT_ID_UNIQUE) and known,
/// else its id. Writes GD_STATX_SIZE bytes into OUT.
void gd_statx_answer(const uint8_t *noted, uint64_t mnt_id_unique, uint32_t mask, uint8_t *out);

#endif
