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

/* (Re)build c->index unless it matches the current vector; sets every coroutine's pos. */
void ms_crate_index(ms_crate *c);
/* The index when it matches the current vector, else NULL (callers scan everything). */
const ms_co_index *ms_crate_index_get(const ms_crate *c);
/* Candidates of `hash` in map m (of ms_crate_index_get(c)); with m NULL every position. */
ms_co_cands ms_co_find(const ms_crate *c, const ms_co_map *m, size_t hash);
/* Position of co in the vector (its pos when the index is current), (size_t)-1 if absent. */
size_t ms_crate_co_pos(const ms_crate *c, const ms_coroutine *co);

/*
 * Which of the crate's coroutines a type text (a saved local's or upvar's) stands for, by the
 * first rule that applies:
 *   MS_TREF_DEFID       `Coroutine(DefId(0:N ~ krate[h]::PATH), ..)`: every body whose def path
 *                       equals PATH with `{impl#N}` matching any `<impl at ..>`; `exact` when
 *                       the body's dump file spells PATH (`ms_co_item`);
 *   MS_TREF_OPAQUE_FN   `Alias(Opaque, .. PATH::{opaque#0} ..)`: the async fn PATH::{closure#0};
 *   MS_TREF_SELF_TYPE   `{async fn body of f()}`, `{async block@..}`, ...: the bodies of that
 *                       self type;
 *   MS_TREF_FN_NAME     `{async fn body of m::f()}` no body has as its own type: the async fns
 *                       whose fn path ends with `m::f` (exact false).
 * fn is called for each candidate (the caller picks among them: sizes that agree, the only
 * one, ...).  MS_TREF_NONE: a type that is not one of the crate's coroutines (another crate's).
 * A DefId names its crate (`krate`): where the input holds bodies of several crates (a
 * capture), only those of that crate are candidates (all of them when no body's dump file
 * names that crate).  With other_crates, a DefId of another crate (`DefId(20:N ~
 * async_io[h]::PATH)`) also stands for the bodies of that crate when the input holds them.
 */
typedef enum { MS_TREF_NONE, MS_TREF_DEFID, MS_TREF_OPAQUE_FN, MS_TREF_SELF_TYPE, MS_TREF_FN_NAME } ms_type_ref;
typedef void (*ms_type_ref_fn)(ms_coroutine *co, bool exact, void *user);
ms_type_ref ms_index_type_refs(const ms_crate *c, const char *t, size_t n, bool other_crates,
                               ms_type_ref_fn fn, void *user);

/* The crate's coroutines whose futures a type text holds inline, each once per mention: the
 * type itself, or one nested in a wrapper (`Join<Coroutine(..), Coroutine(..)>`, `Fold<..,
 * {async block@..}>`, a tuple, an array), not behind a pointer (`Box<..>`, `Arc<..>`, `Rc<..>`,
 * `&..`, `*..`: another allocation).  Each mention is resolved as ms_crate_saved_future
 * resolves a saved local (the only candidate, or the only one of that size; `self` is never
 * one); fn gets the coroutine. */
typedef void (*ms_held_fn)(const ms_coroutine *held, void *user);
void ms_crate_held_futures(const ms_crate *c, const ms_coroutine *self, const char *type,
                           ms_held_fn fn, void *user);
/* The same, fn also given the text of the mention (t[0..n): `{async fn body of f()}`). */
typedef void (*ms_held_at_fn)(const ms_coroutine *held, const char *t, size_t n, void *user);
void ms_crate_held_futures_at(const ms_crate *c, const ms_coroutine *self, const char *type,
                              ms_held_at_fn fn, void *user);
/* ms_crate_saved_future with the type an instance's -Zprint-type-sizes entry prints for the
 * local (`inst`: NULL for none) instead of the largest instance's (co_saved.inst_type). */
const ms_coroutine *ms_crate_saved_future_as(const ms_crate *c, const ms_coroutine *co, size_t saved,
                                             const char *inst);
/* Is t (a type as a -Zprint-type-sizes table prints it) the name of one of co's entries? */
bool ms_crate_names_instance(const ms_coroutine *co, const char *t);

/*
 * What the self type q (`B` of co's `<B as Svc>::call`) is, by the first rule that applies:
 *   MS_SELF_PARAM  `Self` (a trait's default method), or the dump marks q as a parameter: a
 *                  saved local's type (the layout prints types as rustc's Debug does) writes
 *                  `q/#N` (`<B/#0 as Tag>::Buf` of `impl<B: Tag> Svc for B`, though a struct B
 *                  exists and the table prints it), unless q is a generic parameter of the
 *                  method itself (`::call<q>`: the mark is then the method's);
 *   MS_SELF_TYPE   the dump writes q as a type (`&'{erased} C`, no `/#N`), or the table ts
 *                  (may be NULL) prints it: an entry named q, or an async fn body `{async fn
 *                  body of <q as ..>` (the table prints instances only);
 *   MS_SELF_UNKNOWN nothing says (callers then guess by its spelling: one capital letter and
 *                  digits is a parameter).
 * The type sizes (layout.c) and the nm symbols (codecost.c) both ask this.
 */
struct ms_type_sizes;
typedef enum { MS_SELF_UNKNOWN, MS_SELF_PARAM, MS_SELF_TYPE } ms_self_kind;
ms_self_kind ms_co_self_kind(const ms_coroutine *co, const struct ms_type_sizes *ts, const char *q);

#endif
