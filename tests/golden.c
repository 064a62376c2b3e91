#include "golden.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SRCDIR
#define SRCDIR "."
#endif

char *golden_slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (n + 4096 > cap) {
      cap = cap ? cap * 2 : 65536;
      buf = realloc(buf, cap);
      ck_assert_ptr_nonnull(buf);
    }
    size_t r = fread(buf + n, 1, cap - n - 1, f);
    n += r;
    if (r == 0) break;
  }
  fclose(f);
  buf[n] = 0;
  *len = n;
  return buf;
}

static void write_file(const char *path, const char *data, size_t len) {
  FILE *f = fopen(path, "wb");
  ck_assert_msg(f != NULL, "cannot write %s", path);
  ck_assert_uint_eq(fwrite(data, 1, len, f), len);
  ck_assert_int_eq(fclose(f), 0);
}

void golden_check(const char *name, const char *got, size_t len) {
  char path[1024];
  snprintf(path, sizeof path, "%s/tests/golden/%s", SRCDIR, name);
  const char *upd = getenv("UPDATE_GOLDEN");
  if (upd && *upd && strcmp(upd, "0")) {
    write_file(path, got, len);
    return;
  }
  size_t n = 0;
  char *want = golden_slurp(path, &n);
  ck_assert_msg(want != NULL, "missing golden %s (run with UPDATE_GOLDEN=1)", path);
  if (n != len || memcmp(want, got, len)) {
    size_t i = 0, line = 1;
    while (i < n && i < len && want[i] == got[i]) line += want[i++] == '\n';
    char got_path[1100];
    snprintf(got_path, sizeof got_path, "%s.got", path);
    write_file(got_path, got, len);
    free(want);
    ck_abort_msg("%s differs from line %zu (output in %s; UPDATE_GOLDEN=1 to accept)", path, line,
                 got_path);
  }
  free(want);
}
