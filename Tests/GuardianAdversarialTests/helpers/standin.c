/* A stand-in CLI as an ELF binary (the dynamic loader loads only ELF): appends its argv[0] and
 * arguments, a line a run, to $MARKERS/railway, as the world's `#!/bin/sh` stand-ins do. */
#include "attack.h"

int main(int argc, char **argv) {
    const char *markers = getenv("MARKERS");
    if (!markers) { printf("FAIL getenv MARKERS\n"); return 1; }
    char path[4096];
    snprintf(path, sizeof path, "%s/railway", markers);
    FILE *f = fopen(path, "a");
    if (!f) { fail("fopen"); return 1; }
    for (int i = 0; i < argc; i++) fprintf(f, "%s%s", i ? " " : "", argv[i]);
    fprintf(f, "\n");
    fclose(f);
    printf("railway ran\n");
    return 0;
}
