/* io_uring: IORING_OP_OPENAT then IORING_OP_READ, with raw syscalls (no liburing): uring PATH */
#include "attack.h"
#include <linux/io_uring.h>

static int ring_fd;
static unsigned *sq_tail, *sq_mask, *sq_array, *cq_head, *cq_mask;
static struct io_uring_sqe *sqes;
static struct io_uring_cqe *cqes;

static int submit(struct io_uring_sqe *s) {
    unsigned tail = *sq_tail, idx = tail & *sq_mask;
    sqes[idx] = *s;
    sq_array[idx] = idx;
    __atomic_store_n(sq_tail, tail + 1, __ATOMIC_RELEASE);
    if (syscall(SYS_io_uring_enter, ring_fd, 1, 1, IORING_ENTER_GETEVENTS, NULL, 0) < 0) { fail("io_uring_enter"); exit(1); }
    unsigned head = __atomic_load_n(cq_head, __ATOMIC_ACQUIRE);
    int res = cqes[head & *cq_mask].res;
    __atomic_store_n(cq_head, head + 1, __ATOMIC_RELEASE);
    return res;
}

int main(int argc, char **argv) {
    need(argc, 2, "uring PATH");
    struct io_uring_params p;
    memset(&p, 0, sizeof p);
    ring_fd = (int)syscall(SYS_io_uring_setup, 4, &p);
    if (ring_fd < 0) { fail("io_uring_setup"); return 1; }
    size_t sq_sz = p.sq_off.array + p.sq_entries * sizeof(unsigned);
    size_t cq_sz = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
    char *sq = mmap(0, sq_sz, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring_fd, IORING_OFF_SQ_RING);
    char *cq = mmap(0, cq_sz, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring_fd, IORING_OFF_CQ_RING);
    sqes = mmap(0, p.sq_entries * sizeof(struct io_uring_sqe), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, ring_fd, IORING_OFF_SQES);
    if (sq == MAP_FAILED || cq == MAP_FAILED || sqes == MAP_FAILED) { fail("mmap"); return 1; }
    sq_tail = (unsigned *)(sq + p.sq_off.tail);
    sq_mask = (unsigned *)(sq + p.sq_off.ring_mask);
    sq_array = (unsigned *)(sq + p.sq_off.array);
    cq_head = (unsigned *)(cq + p.cq_off.head);
    cq_mask = (unsigned *)(cq + p.cq_off.ring_mask);
    cqes = (struct io_uring_cqe *)(cq + p.cq_off.cqes);
    struct io_uring_sqe s;
    memset(&s, 0, sizeof s);
    s.opcode = IORING_OP_OPENAT;
    s.fd = AT_FDCWD;
    s.addr = (uintptr_t)argv[1];
    s.open_flags = O_RDONLY;
    int fd = submit(&s);
    if (fd < 0) { errno = -fd; fail("uring-openat"); return 1; }
    static char buf[4096];
    memset(&s, 0, sizeof s);
    s.opcode = IORING_OP_READ;
    s.fd = fd;
    s.addr = (uintptr_t)buf;
    s.len = sizeof buf - 1;
    int n = submit(&s);
    if (n < 0) { errno = -n; fail("uring-read"); return 1; }
    fwrite(buf, 1, (size_t)n, stdout);
    return 0;
}
