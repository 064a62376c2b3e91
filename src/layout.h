/* Future sizes (layout.c): the layout stage between the model and the index. */
#ifndef MS_LAYOUT_H
#define MS_LAYOUT_H

#include "mirscope/mirscope.h"

#include <stdbool.h>

/*
 * Fill every coroutine's size fields: size, size_source, unknown types, instances, tag_bytes,
 * states[].bytes, saved[].bytes/align, upvars[].bytes/align.  Exact from the table when the
 * coroutine's type is found there (matched robustly: paths and spans are printed
 * differently), else computed with rustc's layout rules when every type can be sized
 * (nested coroutines resolved from the crate's other coroutines), else a lower bound.
 */
void ms_sizes_resolve(ms_crate *c);

/* The types an instance's -Zprint-type-sizes entry (`name` in ts) prints for co's saved
 * locals, into out[0..nsaved) (NULL where none); false when ts has no such entry. */
struct ms_type_sizes;
bool ms_layout_instance_types(const ms_coroutine *co, const struct ms_type_sizes *ts,
                              const char *name, const char **out);

/*
 * What-if layouts (docs/sizes.md, "Predictions").  ms_layout_whatif_prepare records, for every
 * coroutine, the fields its future is laid out from (after ms_sizes_resolve) and what a layout
 * of them is: MS_SIZE_PRINT_TYPE_SIZES when they reproduce the table's size and state sizes,
 * MS_SIZE_COMPUTED, or MS_SIZE_LOWER_BOUND.  ms_layout_whatif lays the future out again with
 * fixes applied (ms_co_future_bytes_with).
 */
void ms_layout_whatif_prepare(ms_crate *c);
long ms_layout_whatif(const ms_coroutine *co, const ms_fix *fixes, size_t n, ms_size_source *src);
/* The same with saved locals resized: resize[i] >= 0 (nsaved entries, NULL: none) is local
 * i's new size, resize_align[i] (NULL, or 0: kept) its new alignment (a future it holds
 * inline, itself laid out again); *align_out (may be NULL): the future's alignment after. */
long ms_layout_whatif_resized(const ms_coroutine *co, const ms_fix *fixes, size_t n,
                              const long *resize, const unsigned long *resize_align,
                              ms_size_source *src, unsigned long *align_out);

#endif
