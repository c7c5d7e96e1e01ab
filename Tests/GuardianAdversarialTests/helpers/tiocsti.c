/* A TIOCSTI keystroke into a pty we own. */
#include "attack.h"
#include <pty.h>

int main(void) {
    int m, s;
    if (openpty(&m, &s, 0, 0, 0) < 0) { fail("openpty"); return 1; }
    const char *cmd = "INJECTED\n";
    for (const char *c = cmd; *c; c++) if (ioctl(s, TIOCSTI, c) < 0) { fail("TIOCSTI"); return 0; }
    char b[64];
    ssize_t n = read(m, b, sizeof b - 1);
    if (n > 0) { b[n] = 0; printf("pty saw: %s", b); }
    return 0;
}
