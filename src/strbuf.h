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

#endif
