// Times N fork+execve+waitpid of a program (default /bin/true) and prints the total. The
// program's stdout goes to /dev/null.
// Usage: execloop N [PROGRAM [ARG...]]
#define _GNU_SOURCE
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: execloop N [PROGRAM [ARG...]]\n");
        return 2;
    }
    long n = atol(argv[1]);
    char *program = argc > 2 ? argv[2] : "/bin/true";
    char *fallback[] = {program, NULL};
    char **args = argc > 2 ? argv + 2 : fallback;
    extern char **environ;
    long failed = 0;
    long long start = now_ns();
    for (long i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid < 0) return 2;
        if (pid == 0) {
            int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
            if (null >= 0) dup2(null, 1);
            execve(program, args, environ);
            _exit(127);
        }
        int status = 0;
        if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) failed++;
    }
    long long total = now_ns() - start;
    printf("{\"n\": %ld, \"total_ns\": %lld, \"failed\": %ld}\n", n, total, failed);
    return failed ? 1 : 0;
}
