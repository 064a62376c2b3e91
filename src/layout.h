/* Future sizes (layout.c): the layout stage between the model and the index. */
#ifndef MS_LAYOUT_H
#define MS_LAYOUT_H

#include "mirscope/mirscope.h"

/*
 * Fill every coroutine's size fields: size, size_source, unknown types, instances, tag_bytes,
 * states[].bytes, saved[].bytes/align, upvars[].bytes/align.  Exact from the table when the
 * coroutine's type is found there (matched robustly: paths and spans are printed
 * differently), else computed with rustc's layout rules when every type can be sized
 * (nested coroutines resolved from the crate's other coroutines), else a lower bound.
 */
void ms_sizes_resolve(ms_crate *c);

#endif
