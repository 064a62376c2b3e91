/* The crate's coroutine index (index.c): look-ups by key without scanning every coroutine. */
#ifndef MS_INDEX_H
#define MS_INDEX_H

#include "mirscope/mirscope.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * Look-ups of coroutines by a key (def path, self type, ...) without a scan of all of them.
 * A map holds (hash of the key, position in the vector) pairs sorted by hash then position:
 * the entries of one hash are the candidates, in the vector's order.  The hash is only a
 * necessary condition: every candidate must still be confirmed with the exact predicate.
 */
typedef struct {
  size_t hash, pos;
} ms_co_hpos;

typedef struct {
  ms_co_hpos *e;
  size_t n;
} ms_co_map;

/* Candidates to visit: entries e[0..n) of one hash, or (all) every position 0..n-1. */
typedef struct {
  const ms_co_hpos *e;
  size_t n;
  bool all;
} ms_co_cands;

static inline size_t ms_cands_pos(const ms_co_cands *k, size_t i) { return k->all ? i : k->e[i].pos; }

typedef struct {
  bool built;
  unsigned long gen; /* the crate's `gen`, vector storage and length it was built for */
  const void *items;
  size_t len;
  ms_co_map def_path;    /* exact def path */
  ms_co_map self_type;   /* exact self type */
  ms_co_map fn_name;     /* async fns with def path `F::{closure#0}`: last segment of F */
  ms_co_map defpath;     /* ms_defpath_hash: {impl#N} / <impl at ..> as one token */
} ms_co_index;

/* (Re)build c->index unless it matches the current vector; sets every coroutine's pos.
 * Returns false when memory is exhausted (the index is then left unbuilt). */
bool ms_crate_index(ms_crate *c);
/* The index when it matches the current vector, else NULL (callers scan everything). */
const ms_co_index *ms_crate_index_get(const ms_crate *c);
/* Candidates of `hash` in map m (of ms_crate_index_get(c)); with m NULL every position. */
ms_co_cands ms_co_find(const ms_crate *c, const ms_co_map *m, size_t hash);
/* Position of co in the vector (its pos when the index is current), (size_t)-1 if absent. */
size_t ms_crate_co_pos(const ms_crate *c, const ms_coroutine *co);

#endif
