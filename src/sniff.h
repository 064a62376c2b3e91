/* What input bytes are (walk.c), for files named explicitly and for standard input, and
 * input bytes made safe to show. */
#ifndef MS_SNIFF_H
#define MS_SNIFF_H

#include "mirscope/mirscope.h"

#include <stddef.h>

/* Bytes this many at the start of an input are what ms_input_sniff judges. */
enum { MS_SNIFF_BYTES = 4096 };

/* ms_input_sniff of the first n bytes of an input (at most MS_SNIFF_BYTES are looked at). */
ms_input_kind ms_sniff_bytes(const unsigned char *buf, size_t n, unsigned *line, unsigned *col);

/* n bytes of text as ms_write_safe writes them (what a terminal would act on and bytes that
 * are not UTF-8 as `\xNN`, the rest as it is), into out and a NUL after them; returns the
 * bytes written but the NUL.  out NULL only counts them; else it holds that many plus one
 * (never more than 4 * n + 1).  The result is UTF-8 without controls but tab and newline. */
size_t ms_safe_copy(char *out, const char *s, size_t n);

#endif
