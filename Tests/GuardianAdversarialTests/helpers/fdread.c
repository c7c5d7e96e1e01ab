/* Content through an fd obtained any way: mmap, sendfile and splice of a plain open, of an
 * O_PATH fd, of an O_PATH fd reopened through /proc/self/fd and /dev/fd, and of a dup:
 * fdread PATH */
#include "attack.h"

static void try_fd(const char *how, int fd) {
    if (fd < 0) { fail(how); return; }
    struct stat st;
    if (fstat(fd, &st) < 0) memset(&st, 0, sizeof st);
    size_t len = st.st_size ? (size_t)st.st_size : 4096;
    char *m = mmap(0, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) fail("mmap"); else { printf("[%s mmap] ", how); fwrite(m, 1, (size_t)st.st_size, stdout); munmap(m, len); }
    off_t off = 0;
    printf("[%s sendfile] ", how);
    fflush(stdout);
    if (sendfile(1, fd, &off, len) < 0) fail("sendfile");
    int p[2];
    if (pipe(p) < 0) { fail("pipe"); return; }
    loff_t o2 = 0;
    ssize_t k = splice(fd, &o2, p[1], 0, len, 0);
    if (k < 0) fail("splice"); else {
        char b[4096];
        k = read(p[0], b, sizeof b);
        printf("[%s splice] ", how);
        if (k > 0) fwrite(b, 1, (size_t)k, stdout);
    }
    fflush(stdout);
}

int main(int argc, char **argv) {
    need(argc, 2, "fdread PATH");
    const char *path = argv[1];
    try_fd("open", open(path, O_RDONLY));
    int o = open(path, O_PATH);
    try_fd("opath", o);
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", o);
    try_fd("opath-reopen", open(proc, O_RDONLY));
    snprintf(proc, sizeof proc, "/dev/fd/%d", o);
    try_fd("devfd-reopen", open(proc, O_RDONLY));
    try_fd("opath-dup", dup(o));
    return 0;
}
