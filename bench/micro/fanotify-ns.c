// Whether an fanotify mark still sees opens made from a copied mount namespace (root only).
// A check, not a timing: not part of the suite. docs/PERFORMANCE.md cites its answer.
//
// Usage: fanotify-ns DIR mount|fs    (DIR: the root of a scratch filesystem, e.g. a tmpfs:
//                                     mkdir /tmp/m && mount -t tmpfs none /tmp/m)
//
// Marks DIR's mount (FAN_MARK_MOUNT) or its filesystem (FAN_MARK_FILESYSTEM) for FAN_OPEN_PERM,
// then opens DIR/f from a child in the marking mount namespace and from a child that first
// calls unshare(CLONE_NEWNS), and prints how many permission events each open raised.
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/wait.h>
#include <unistd.h>

// Answers every pending event with FAN_ALLOW; returns how many there were.
static int drain(int group) {
    int n = 0;
    char buf[4096];
    struct pollfd p = {group, POLLIN, 0};
    while (poll(&p, 1, 200) > 0) {
        ssize_t len = read(group, buf, sizeof buf);
        if (len <= 0) break;
        for (struct fanotify_event_metadata *m = (void *)buf; FAN_EVENT_OK(m, len); m = FAN_EVENT_NEXT(m, len)) {
            struct fanotify_response r = {m->fd, FAN_ALLOW};
            if (write(group, &r, sizeof r) != sizeof r) perror("fanotify response");
            close(m->fd);
            n++;
        }
    }
    return n;
}

// Opens `path` from a child, in a new mount namespace when `copied`; returns the child's pid.
static pid_t opener(int copied, const char *path) {
    pid_t pid = fork();
    if (pid == 0) {
        if (copied && unshare(CLONE_NEWNS) != 0) { perror("unshare"); _exit(1); }
        int fd = open(path, O_RDONLY);
        if (fd < 0) { perror("open"); _exit(1); }
        _exit(0);
    }
    return pid;
}

static int opens(int group, int copied, const char *path, int *failed) {
    pid_t pid = opener(copied, path);
    int events = drain(group), status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) *failed = 1;
    return events;
}

int main(int argc, char **argv) {
    if (argc != 3 || (strcmp(argv[2], "mount") != 0 && strcmp(argv[2], "fs") != 0)) {
        fprintf(stderr, "usage: %s DIR mount|fs\n", argv[0]);
        return 2;
    }
    char file[4096];
    snprintf(file, sizeof file, "%s/f", argv[1]);
    int fd = open(file, O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0) { perror(file); return 1; }
    close(fd);
    unsigned kind = strcmp(argv[2], "fs") == 0 ? FAN_MARK_FILESYSTEM : FAN_MARK_MOUNT;
    int group = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC, O_RDONLY);
    if (group < 0 || fanotify_mark(group, FAN_MARK_ADD | kind, FAN_OPEN_PERM, AT_FDCWD, argv[1]) != 0) {
        perror("fanotify");
        return 1;
    }
    int failed = 0;
    int same = opens(group, 0, file, &failed);
    int copied = opens(group, 1, file, &failed);
    printf("%s mark: an open from the marking mount namespace raised %d event(s), one from a copied namespace %d\n",
           argv[2], same, copied);
    return failed;
}
