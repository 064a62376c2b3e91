/*
 * The resume body's places as the model reads them (resume.h): which locals hold the
 * coroutine, which places are its saved locals and upvars; its states by discriminant.
 */
#include "resume.h"

static bool is_field0_of_1(const ms_place *p) {
  return p && p->local == 1 && p->nproj == 1 && p->proj[0].kind == MS_PROJ_FIELD &&
         p->proj[0].index == 0;
}

void ms_find_ref_locals(ms_crate *c, const ms_body *b, ref_set *rs, bool p1_is_ref) {
  long maxl = 1;
  for (size_t i = 0; i < b->nlocals; i++)
    if (b->locals[i].id > maxl && b->locals[i].id < 1000000) maxl = b->locals[i].id;
  rs->n = (size_t)maxl + 1;
  rs->isref = ms_arena_alloc(&c->arena, rs->n);
  if (p1_is_ref) rs->isref[1] = 1;
  for (size_t k = 0; k < b->nblocks; k++) {
    const ms_block *blk = b->blocks[k];
    for (size_t j = 0; j < blk->nstmts; j++) {
      const ms_stmt *s = blk->stmts[j];
      if (s->kind != MS_STMT_ASSIGN || s->rv != MS_RV_USE || !s->place || s->place->nproj ||
          s->nops != 1)
        continue;
      if (is_field0_of_1(s->ops[0].place) && s->place->local >= 0 &&
          (size_t)s->place->local < rs->n)
        rs->isref[s->place->local] = 1;
    }
  }
}

/* Number of leading projections that make up the coroutine place (0: not it). */
size_t ms_coroutine_prefix(const ref_set *rs, const ms_place *p) {
  if (!p || p->nproj == 0) return 0;
  if (p->proj[0].kind == MS_PROJ_DEREF && p->local >= 0 && (size_t)p->local < rs->n &&
      rs->isref[p->local])
    return 1;
  if (p->local == 1 && p->nproj >= 2 && p->proj[0].kind == MS_PROJ_FIELD &&
      p->proj[0].index == 0 && p->proj[1].kind == MS_PROJ_DEREF)
    return 2; /* old `(*(_1.0: &mut T))` */
  return 0;
}

bool ms_is_coroutine_place(const ref_set *rs, const ms_place *p) {
  size_t k = ms_coroutine_prefix(rs, p);
  return k && k == p->nproj;
}

/* `(((*_N) as variant#K).F: T)`: returns true with K and F. */
bool ms_saved_field_of(const ref_set *rs, const ms_place *p, long *variant, long *fld) {
  size_t k = ms_coroutine_prefix(rs, p);
  if (!k || p->nproj != k + 2) return false;
  if (p->proj[k].kind != MS_PROJ_DOWNCAST || p->proj[k].index < 0) return false;
  if (p->proj[k + 1].kind != MS_PROJ_FIELD) return false;
  *variant = p->proj[k].index;
  *fld = p->proj[k + 1].index;
  return true;
}

/* `((*_N).U: T)`: an upvar.  With `in_debug`, also what debug lines name through it: a
 * variable captured by reference `(*((*_N).U: &T))`, and in by-move async closure bodies a
 * place inside the captured variable (`x__0` of a closure that used `*x.0` only:
 * `(*((*((*_N).U: &S)).0: &i32))`). */
bool ms_upvar_field_of(const ref_set *rs, const ms_place *p, long *fld, bool in_debug) {
  size_t k = ms_coroutine_prefix(rs, p);
  if (!k || p->nproj < k + 1 || p->proj[k].kind != MS_PROJ_FIELD) return false;
  for (size_t i = k + 1; i < p->nproj; i++)
    if (!in_debug || (p->proj[i].kind != MS_PROJ_DEREF && p->proj[i].kind != MS_PROJ_FIELD))
      return false;
  *fld = p->proj[k].index;
  return true;
}

long ms_state_by_discr(const resume_ctx *x, long d) {
  /* a search, not a table: discriminants come from the input and may be huge */
  for (size_t s = x->co->nstates; s-- > 0;)
    if ((long)x->co->states[s].discr == d) return (long)s;
  return -1;
}

bool ms_poison_arm(ms_arm_kind a) {
  return a == MS_ARM_POISON_RETURNED || a == MS_ARM_POISON_PANICKED || a == MS_ARM_POISON_ASYNC_DROP;
}
