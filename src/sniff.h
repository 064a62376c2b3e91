/* What input bytes are (walk.c), for files named explicitly and for standard input. */
#ifndef MS_SNIFF_H
#define MS_SNIFF_H

#include "mirscope/mirscope.h"

#include <stddef.h>

/* Bytes this many at the start of an input are what ms_input_sniff judges. */
enum { MS_SNIFF_BYTES = 4096 };

/* ms_input_sniff of the first n bytes of an input (at most MS_SNIFF_BYTES are looked at). */
ms_input_kind ms_sniff_bytes(const unsigned char *buf, size_t n, unsigned *line, unsigned *col);

#endif
