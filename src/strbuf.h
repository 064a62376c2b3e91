/* A growable NUL-terminated string in a malloc'd buffer, shared by the stages that build
 * text (graph labels, paths, signatures).  It grows with ms_xrealloc (alloc.h): allocation
 * failure aborts.  sb_str gives "" for a buffer nothing was put in. */
#ifndef MS_STRBUF_H
#define MS_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  char *p;
  size_t len, cap;
} sbuf;

void sb_putn(sbuf *b, const char *s, size_t n);
void sb_puts(sbuf *b, const char *s);
void sb_putc(sbuf *b, char c);
void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_clear(sbuf *b);
const char *sb_str(const sbuf *b);

/* Paths (the reports' links, dump files shown under a root, file stems' hashes). */

/* A path made absolute against the current directory and lexically normal (`.` and `..`
 * resolved without following symbolic links): its components, pointing into buf, which
 * sb_norm_init allocates and sb_norm_free releases. */
typedef struct {
  char *buf;
  const char **part;
  size_t n;
} sb_norm_path;

void sb_norm_init(sb_norm_path *np, const char *path);
void sb_norm_free(sb_norm_path *np);
/* Appends `to` relative to directory `from` (each relative to the current directory, or
 * absolute) to b: `../svgs`, `.` when they are the same. */
void sb_put_relative(const char *from, const char *to, sbuf *b);
/* Appends `path` as a root shows it to b: relative to directory `root` when it is under it
 * (`.` and `..` resolved as written), else as it is (`/usr/share/cargo/...` stays absolute,
 * not `../../usr/share/cargo/...`). */
void sb_put_rooted(const char *root, const char *path, sbuf *b);

#endif
