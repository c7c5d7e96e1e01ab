/* dupenv NAME=VALUE… -- PROGRAM ARGV0 ARGS…: execve PROGRAM with the given entries placed, in
 * order, before the inherited environment — an envp no shell builds (a shell keeps one copy of
 * each name), so a variable can be given twice with different values. */
#include "attack.h"

int main(int argc, char **argv) {
    extern char **environ;
    int dash = 1;
    while (dash < argc && strcmp(argv[dash], "--") != 0) dash++;
    need(argc, dash + 3, "dupenv NAME=VALUE… -- PROGRAM ARGV0 ARGS…");
    int given = dash - 1;
    size_t inherited = 0;
    while (environ[inherited]) inherited++;
    char **envp = calloc((size_t)given + inherited + 1, sizeof *envp);
    if (!envp) { fail("calloc"); return 1; }
    for (int k = 0; k < given; k++) envp[k] = argv[1 + k];
    for (size_t k = 0; k < inherited; k++) envp[(size_t)given + k] = environ[k];
    execve(argv[dash + 1], &argv[dash + 2], envp);
    fail("execve");
    return 1;
}
