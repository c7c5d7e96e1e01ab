// Opening a file from inside a task's user namespace: the maps (/proc/PID/uid_map, …) whose
// open the kernel checks against the opener's namespace.
#define _GNU_SOURCE
#include "gd_internal.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

int gd_open_in_userns(int userns_fd, int object_fd, int flags) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) return -errno;
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(sv[0]);
        close(sv[1]);
        return -e;
    }
    if (pid == 0) {
        // A fresh single-threaded process, as setns(CLONE_NEWUSER) requires; only
        // async-signal-safe calls from here on. It keeps none of Guardian's descriptors but the
        // three it needs (the listener and control socket stay out of the task's namespace).
        int keep[3] = {userns_fd, object_fd, sv[1]};
        for (int i = 0; i < 3; i++)
            for (int j = i + 1; j < 3; j++)
                if (keep[j] < keep[i]) { int t = keep[i]; keep[i] = keep[j]; keep[j] = t; }
        unsigned int from = 0;
        for (int i = 0; i < 3; i++) {
            if ((unsigned int)keep[i] > from) syscall(SYS_close_range, from, (unsigned int)keep[i] - 1, 0);
            from = (unsigned int)keep[i] + 1;
        }
        syscall(SYS_close_range, from, ~0U, 0);
        int e = 0;
        if (setns(userns_fd, CLONE_NEWUSER) != 0) {
            e = errno;
        } else {
            char path[32] = "/proc/self/fd/";
            char digits[12];
            int n = 0, v = object_fd;
            do { digits[n++] = (char)('0' + v % 10); v /= 10; } while (v > 0 && n < 11);
            size_t at = 14;
            while (n > 0) path[at++] = digits[--n];
            path[at] = 0;
            int fd = open(path, flags);
            if (fd < 0) {
                e = errno;
            } else {
                _exit(gd_send_fd(sv[1], fd) == 0 ? 0 : 1);
            }
        }
        unsigned char code = (unsigned char)(e > 0 && e < 256 ? e : EPERM);
        (void)!write(sv[1], &code, 1);
        _exit(1);
    }
    close(sv[1]);
    // The child sends the descriptor, or one byte holding its errno.
    unsigned char byte = 0;
    int fd = gd_recv_fd_with_byte(sv[0], &byte);
    close(sv[0]);
    // The child is reaped by whoever waits for any child (the tracer); not waited for here.
    if (fd == -EPROTO && byte != 0) return -byte;
    return fd;
}
