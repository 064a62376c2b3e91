/* A coroutine layout rebuilt from a resume body that was printed without one (rebuild.c). */
#ifndef MS_REBUILD_H
#define MS_REBUILD_H

#include "arena.h"
#include "ir.h"

/* The layout of the resume body b, allocated in A: its saved locals (ids `variant#K.F`),
 * the reserved variants and one per suspend state, no storage conflicts.  entry[d] is the
 * block number the dispatch switch jumps to for discriminant d (-1: none), nentry of them;
 * isref[N] (N < nref) is set for the locals that hold the coroutine (`_N = copy (_1.0: ..)`,
 * model.c's RefSet), whose `discriminant((*_N)) = J;` are the suspends. */
ms_layout *ms_rebuild_layout(ms_arena *A, const ms_body *b, const long *entry, size_t nentry,
                             const unsigned char *isref, size_t nref);

#endif
