// Reading a stopped target's memory with process_vm_readv: bounded, never past a page that may
// be unmapped, in as few calls as the layout allows (each call pins the pages it reads).
#define _GNU_SOURCE
#include "gd_internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>

long gd_read_mem(pid_t pid, uint64_t addr, void *buf, size_t len) {
    struct iovec local = {.iov_base = buf, .iov_len = len};
    struct iovec remote = {.iov_base = (void *)(uintptr_t)addr, .iov_len = len};
    ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
    return n < 0 ? -errno : n;
}

long gd_read_ranges(pid_t pid, const uint64_t *addrs, const size_t *lens, size_t count, void *out) {
    enum { MAX = 8 };
    if (count > MAX) return -EINVAL;
    struct iovec local[MAX], remote[MAX];
    char *at = out;
    for (size_t i = 0; i < count; i++) {
        local[i].iov_base = at;
        local[i].iov_len = lens[i];
        remote[i].iov_base = (void *)(uintptr_t)addrs[i];
        remote[i].iov_len = lens[i];
        at += lens[i];
    }
    ssize_t n = process_vm_readv(pid, local, count, remote, count, 0);
    return n < 0 ? -errno : n;
}

long gd_read_heads(pid_t pid, const uint64_t *addrs, size_t count, size_t head, char *out, size_t *lens) {
    // Each string's head ends at its page end, so a read never spans into a page that may be
    // unmapped. Strings that follow one another closely on a page (an exec'd program's argv and
    // environment lie back to back on its stack) are read as one range: process_vm_readv pins
    // the pages of each remote iovec on its own, so an iovec per string would pin one page
    // dozens of times. process_vm_readv stops at the first range it cannot read; the strings
    // of that range get what was read of them (0 when their page could not be read) and the
    // batch goes on after it.
    enum { BATCH = 512, GAP = 256 };
    struct iovec local[BATCH], remote[BATCH];
    size_t first[BATCH + 1];
    size_t done = 0;
    char *scratch = NULL;
    size_t scratch_cap = 0;
    while (done < count) {
        // Ranges over strings done, done+1, …: a string joins the current range when it starts
        // on the range's page, not before it, and at most GAP bytes after the range's end.
        size_t ranges = 0, total = 0, i = done;
        uint64_t start = 0, end = 0;
        while (i < count) {
            uint64_t a = addrs[i];
            size_t to_page_end = 4096 - (size_t)(a & 4095);
            uint64_t stop = a + (head < to_page_end ? head : to_page_end);
            if (ranges > 0 && (a >> 12) == (start >> 12) && a >= start && a <= end + GAP) {
                if (stop > end) end = stop;
            } else {
                if (ranges == BATCH) break;
                if (ranges > 0) remote[ranges - 1].iov_len = (size_t)(end - start);
                first[ranges] = i;
                remote[ranges].iov_base = (void *)(uintptr_t)a;
                ranges++;
                start = a;
                end = stop;
            }
            lens[i++] = (size_t)(stop - a);
        }
        remote[ranges - 1].iov_len = (size_t)(end - start);
        first[ranges] = i;
        for (size_t r = 0; r < ranges; r++) total += remote[r].iov_len;
        if (total > scratch_cap) {
            free(scratch);
            scratch = malloc(total);
            if (scratch == NULL) return -ENOMEM;
            scratch_cap = total;
        }
        size_t offset = 0;
        for (size_t r = 0; r < ranges; r++) {
            local[r].iov_base = scratch + offset;
            local[r].iov_len = remote[r].iov_len;
            offset += remote[r].iov_len;
        }
        ssize_t got = process_vm_readv(pid, local, ranges, remote, ranges, 0);
        if (got < 0 && errno != EFAULT) {
            int e = errno;
            free(scratch);
            return -e;
        }
        if (got < 0) got = 0;
        // Copy each string's head out of its range, as far as the range was read.
        size_t r = 0;
        offset = 0;
        for (; r < ranges; r++) {
            size_t len = remote[r].iov_len;
            size_t valid = (size_t)got > offset ? ((size_t)got - offset < len ? (size_t)got - offset : len) : 0;
            uint64_t base = (uint64_t)(uintptr_t)remote[r].iov_base;
            for (size_t k = first[r]; k < first[r + 1]; k++) {
                size_t at = (size_t)(addrs[k] - base);
                size_t n = valid > at ? valid - at : 0;
                if (n > lens[k]) n = lens[k];
                memcpy(out + k * head, scratch + offset + at, n);
                lens[k] = n;
            }
            offset += len;
            if (valid < len) break;
        }
        // Stopped in range r: the ranges after it are read again.
        done = r < ranges ? first[r + 1] : i;
    }
    free(scratch);
    return (long)count;
}

long gd_read_cstring(pid_t pid, uint64_t addr, char *buf, size_t cap) {
    // Read page by page: a string may end just before an unmapped page.
    size_t got = 0;
    while (got < cap) {
        uint64_t at = addr + got;
        size_t to_page_end = 4096 - (size_t)(at & 4095);
        size_t want = cap - got < to_page_end ? cap - got : to_page_end;
        long n = gd_read_mem(pid, at, buf + got, want);
        if (n < 0) return n;
        if (n == 0) return -EFAULT;
        void *nul = memchr(buf + got, 0, (size_t)n);
        if (nul) return (long)((char *)nul - buf);
        got += (size_t)n;
    }
    return -ENAMETOOLONG;
}

long gd_write_mem(pid_t pid, uint64_t addr, const void *buf, size_t len) {
    struct iovec local = {.iov_base = (void *)buf, .iov_len = len};
    struct iovec remote = {.iov_base = (void *)(uintptr_t)addr, .iov_len = len};
    ssize_t n = process_vm_writev(pid, &local, 1, &remote, 1, 0);
    return n < 0 ? -errno : n;
}
