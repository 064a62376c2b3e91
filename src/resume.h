/* The resume body as the model reads it (model.c; places and states: resume.c), shared
 * with the stages that walk it again: duplicate suspend points (dupsuspend.c). */
#ifndef MS_RESUME_H
#define MS_RESUME_H

#include "model.h"

#include <stdbool.h>

/* The most `goto`s followed in a row (a dump may loop through gotos forever): to the
 * dispatch switch from bb0 and from a dispatch arm to its first real block.  The cfg view
 * follows none of its own: it draws the model's dispatch chain. */
#define MS_GOTO_HOPS 64

/* Locals holding `&mut` to the coroutine: _1 when it is `&mut T`, and `_N = copy (_1.0: ..)`. */
typedef struct {
  unsigned char *isref; /* by local number */
  size_t n;
} ref_set;

/* One resume body being read into its coroutine: the states of the Panicked and Returned
 * discriminants (-1: none). */
typedef struct {
  const ms_body *b;
  const ref_set *rs;
  ms_coroutine *co;
  long panicked, returned;
} resume_ctx;

/* Mark the locals that hold `&mut` to the coroutine (_1 itself when p1_is_ref), in the
 * crate's arena. */
void ms_find_ref_locals(ms_crate *c, const ms_body *b, ref_set *rs, bool p1_is_ref);

/* Number of leading projections of p that make up the coroutine place (0: not it). */
size_t ms_coroutine_prefix(const ref_set *rs, const ms_place *p);

/* Is p the coroutine itself (`(*_1)`, `(*_N)` of a ref_set local, old `(*(_1.0: &mut T))`)? */
bool ms_is_coroutine_place(const ref_set *rs, const ms_place *p);

/* `(((*_N) as variant#K).F: T)`: true with K and F. */
bool ms_saved_field_of(const ref_set *rs, const ms_place *p, long *variant, long *fld);

/* `((*_N).U: T)`: upvar U (with in_debug, also places inside it: `(*((*_N).U: &T))`). */
bool ms_upvar_field_of(const ref_set *rs, const ms_place *p, long *fld, bool in_debug);

/* The state whose discriminant is d, -1 when none. */
long ms_state_by_discr(const resume_ctx *x, long d);

/* Is the arm one of a poison state (Returned, Panicked, the async-drop body's)? */
bool ms_poison_arm(ms_arm_kind a);

/* duplicate-suspend (docs/model.md): suspend states that hold the same types, await the same
 * future type and continue the same way as an earlier one.  other[s] (co->nstates of them,
 * the caller's) is that earlier state, -1 for none; poison arms are not compared. */
void ms_find_duplicate_suspends(const resume_ctx *x, long *other);

#endif
