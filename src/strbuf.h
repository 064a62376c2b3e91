/* A growable NUL-terminated string in a malloc'd buffer, shared by the stages that build
 * text (graph labels, paths, signatures).  Allocation failure sets `oom` and makes every
 * later call a no-op; sb_str then gives "". */
#ifndef MS_STRBUF_H
#define MS_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  char *p;
  size_t len, cap;
  bool oom;
} sbuf;

void sb_putn(sbuf *b, const char *s, size_t n);
void sb_puts(sbuf *b, const char *s);
void sb_putc(sbuf *b, char c);
void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_clear(sbuf *b);
const char *sb_str(const sbuf *b);

#endif
