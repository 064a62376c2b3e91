#define _POSIX_C_SOURCE 200809L
#include "alloc.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void sb_putn(sbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + n + 1) cap *= 2;
    b->p = ms_xrealloc(b->p, cap);
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

void sb_puts(sbuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_putc(sbuf *b, char c) { sb_putn(b, &c, 1); }

void sb_printf(sbuf *b, const char *fmt, ...) {
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof tmp) {
    sb_putn(b, tmp, (size_t)n);
    return;
  }
  char *big = ms_xmalloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  sb_putn(b, big, (size_t)n);
  free(big);
}

void sb_clear(sbuf *b) {
  b->len = 0;
  if (b->p) b->p[0] = 0;
}

const char *sb_str(const sbuf *b) { return b->p ? b->p : ""; }

/* ------------------------------------------------------------------ paths */

void sb_norm_init(sb_norm_path *np, const char *path) {
  char cwd[4096] = "", *save = NULL;
  if (path[0] != '/' && !getcwd(cwd, sizeof cwd)) cwd[0] = 0;
  size_t l = strlen(cwd) + strlen(path) + 2;
  np->buf = ms_xmalloc(l);
  snprintf(np->buf, l, "%s/%s", cwd, path);
  np->part = ms_xmalloc(l * sizeof *np->part);
  np->n = 0;
  for (char *t = strtok_r(np->buf, "/", &save); t; t = strtok_r(NULL, "/", &save)) {
    if (!strcmp(t, "..")) np->n -= np->n > 0;
    else if (strcmp(t, ".")) np->part[np->n++] = t;
  }
}

void sb_norm_free(sb_norm_path *np) {
  free(np->buf);
  free(np->part);
}

/* `to` relative to directory `from` (each relative to the current directory, or absolute):
 * `../svgs`, `.` when they are the same. */
void sb_put_relative(const char *from, const char *to, sbuf *b) {
  sb_norm_path f, t;
  sb_norm_init(&f, from);
  sb_norm_init(&t, to);
  size_t common = 0;
  while (common < f.n && common < t.n && !strcmp(f.part[common], t.part[common])) common++;
  size_t start = b->len;
  for (size_t i = common; i < f.n; i++) sb_puts(b, b->len > start ? "/.." : "..");
  for (size_t i = common; i < t.n; i++) {
    if (b->len > start) sb_putc(b, '/');
    sb_puts(b, t.part[i]);
  }
  if (b->len == start) sb_putc(b, '.');
  sb_norm_free(&f);
  sb_norm_free(&t);
}

/* A path as --source-root shows it: relative to the root when it is under it (`.` and `..`
 * resolved as written), else as it is (`/usr/share/cargo/...` stays absolute, not
 * `../../usr/share/cargo/...`). */
void sb_put_rooted(const char *root, const char *path, sbuf *b) {
  sb_norm_path r, p;
  sb_norm_init(&r, root);
  sb_norm_init(&p, path);
  bool under = r.n <= p.n;
  for (size_t i = 0; under && i < r.n; i++) under = !strcmp(r.part[i], p.part[i]);
  sb_norm_free(&r);
  sb_norm_free(&p);
  if (under) sb_put_relative(root, path, b);
  else sb_puts(b, path);
}
