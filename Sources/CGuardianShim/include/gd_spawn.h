#ifndef GUARDIAN_SPAWN_H
#define GUARDIAN_SPAWN_H

// The child side of fork→exec, entirely in C.

#include <sys/types.h>
#include <linux/filter.h>

typedef struct gd_spawn_args {
    const char *path;
    char *const *argv;
    char *const *envp;
    const struct sock_filter *filter;
    unsigned short filter_len;
    unsigned int filter_flags;
    int listener_sock;  // child's end of a socketpair: the listener's fd number goes to the parent
    int go_fd;          // read end: the parent writes one byte when it serves the listener
    int err_fd;         // write end, O_CLOEXEC: a failure as (stage, errno)
    unsigned int umask_value;
    pid_t parent_pid;
    int cgroup_procs_fd;  // the session cgroup's cgroup.procs, or -1: the child moves itself in
    int cgroup_dir_fd;    // the session cgroup's directory, or -1: clone3 starts the child there
    int landlock_net;     // 1: the child may make no TCP connect of its own (Landlock ABI >= 4)
} gd_spawn_args;

enum {
    GD_STAGE_SIGNALS = 1,
    GD_STAGE_PDEATHSIG = 2,
    GD_STAGE_NO_NEW_PRIVS = 3,
    GD_STAGE_FILTER = 4,
    GD_STAGE_SEND_LISTENER = 5,
    GD_STAGE_WAIT_GO = 6,
    GD_STAGE_EXEC = 7,
    GD_STAGE_LANDLOCK = 8,
};

/// fork()s; the child runs only async-signal-safe code and execs or _exits. Returns the child
/// pid to the parent, or -errno.
pid_t gd_spawn(const gd_spawn_args *args);

/// The descriptors from 3 up that Guardian inherited without FD_CLOEXEC and passes through to
/// the agent (recorded before main): how many, and the i-th (-1 out of range).
int gd_inherited_fd_count(void);
int gd_inherited_fd_at(int i);

#endif
