/* Reading a whole input file (or standard input) into memory, shared by every stage. */
#include "readfile.h"
#include "alloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

char *ms_read_file(const char *path, size_t *len_out, const char **err) {
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    if (err) *err = strerror(errno);
    return NULL;
  }
  size_t cap = 1 << 16, len = 0;
  char *buf = ms_xmalloc(cap);
  const char *why = NULL;
  for (;;) {
    if (len + 1 >= cap) { /* keep room for the terminating NUL */
      cap *= 2;
      buf = ms_xrealloc(buf, cap);
    }
    size_t n = fread(buf + len, 1, cap - len - 1, f);
    len += n;
    if (n == 0) {
      if (ferror(f)) why = strerror(errno ? errno : EIO);
      break;
    }
  }
  if (!is_stdin) fclose(f);
  if (why) {
    free(buf);
    if (err) *err = why;
    return NULL;
  }
  buf[len] = 0;
  *len_out = len;
  return buf;
}
