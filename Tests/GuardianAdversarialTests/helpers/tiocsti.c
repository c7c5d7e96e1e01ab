/* A TIOCSTI keystroke into a pty we own. */
#include "attack.h"
#include <poll.h>
#include <pty.h>

int main(void) {
    int m, s;
    if (openpty(&m, &s, 0, 0, 0) < 0) { fail("openpty"); return 1; }
    const char *cmd = "INJECTED\n";
    for (const char *c = cmd; *c; c++) if (ioctl(s, TIOCSTI, c) < 0) { fail("TIOCSTI"); return 0; }
    // The echo reaches the master through the tty's flip buffer, pushed by a kernel worker: read
    // until the whole line has come (or two seconds have passed), not only what is there now.
    char b[64];
    size_t have = 0;
    struct pollfd pfd = { .fd = m, .events = POLLIN };
    while (have < sizeof b - 1 && !memchr(b, '\n', have) && poll(&pfd, 1, 2000) > 0) {
        ssize_t n = read(m, b + have, sizeof b - 1 - have);
        if (n <= 0) break;
        have += (size_t)n;
    }
    if (have > 0) { b[have] = 0; printf("pty saw: %s", b); }
    return 0;
}
