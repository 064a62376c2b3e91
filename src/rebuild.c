/*
 * A coroutine layout rebuilt from the resume body, for output that prints none: `rustc
 * --emit=mir`, `-Zunpretty=mir` and the Playground's "MIR" button print every body without
 * the `coroutine_layout` comment that only `-Zdump-mir` writes (docs/mir-format.md).
 *
 * What the body gives (checked against the printed layouts of every corpus/ and
 * calibration/ dump: tests/rebuilt_layouts.py):
 *  - every saved local is reached through one projection `(((*_N) as variant#K).F: T)`,
 *    K the *last* suspend variant that holds it, F its position in that variant's field
 *    list, T its type; so the distinct (K, F) pairs are the saved locals;
 *  - it is in an earlier suspend variant J when, as rustc decides it, it is live when the body
 *    resumes in J (read on some path from J's dispatch arm before that path writes it whole:
 *    backward liveness over the CFG; a write to a part of it, as building an enum in place,
 *    is neither) and it may be initialized where the body suspends in J (written on some
 *    path to that `discriminant((*_N)) = J;` and not moved or dropped since: a forward
 *    fixpoint, each suspend joined to J's arm). A local held only through a borrow (an async
 *    block that borrows it) is not read after the resume and is missed: membership is a
 *    subset of rustc's, never more (tests/rebuilt_layouts.py).
 * No storage conflicts: the layout is a lower bound (layout.c).
 */
#include "rebuild.h"

#include "alloc.h"
#include "ir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  long variant, field;
  const char *type; /* arena copy */
} key;

typedef struct {
  key *k;
  size_t n, cap;
} keys;

static long key_find(const keys *ks, long v, long f) {
  for (size_t i = 0; i < ks->n; i++)
    if (ks->k[i].variant == v && ks->k[i].field == f) return (long)i;
  return -1;
}

/* The projection at p (just past `as variant#`): K, F and the type's span; false if the text
 * is not `K).F: T)`. */
static bool read_proj(const char *p, long *v, long *f, const char **ty, size_t *tyn) {
  char *e;
  *v = strtol(p, &e, 10);
  if (e == p || *v < 0 || *v > 100000 || e[0] != ')' || e[1] != '.') return false;
  p = e + 2;
  *f = strtol(p, &e, 10);
  if (e == p || *f < 0 || *f > 100000 || e[0] != ':' || e[1] != ' ') return false;
  p = e + 2;
  int depth = 0;
  const char *s = p;
  for (; *p; p++) {
    if (*p == '(' || *p == '[' || *p == '{') depth++;
    else if (*p == ']' || *p == '}') depth--;
    else if (*p == ')' && depth-- == 0) break;
  }
  if (!*p || p == s) return false;
  *ty = s;
  *tyn = (size_t)(p - s);
  return true;
}

#define VARIANT_MARK "as variant#"

/* Calls fn for each saved-local projection in text. */
static void each_proj(const char *text, void (*fn)(void *, long, long, const char *, size_t),
                      void *user) {
  for (const char *p = text ? strstr(text, VARIANT_MARK) : NULL; p;
       p = strstr(p + 1, VARIANT_MARK)) {
    long v, f;
    const char *ty;
    size_t n;
    if (read_proj(p + strlen(VARIANT_MARK), &v, &f, &ty, &n)) fn(user, v, f, ty, n);
  }
}

typedef struct {
  ms_arena *A;
  keys *ks;
} collect_ctx;

static void collect(void *u, long v, long f, const char *ty, size_t n) {
  collect_ctx *x = u;
  if (v < 3 || key_find(x->ks, v, f) >= 0) return;
  if (x->ks->n == x->ks->cap) {
    x->ks->cap = x->ks->cap ? x->ks->cap * 2 : 16;
    x->ks->k = ms_xrealloc(x->ks->k, x->ks->cap * sizeof *x->ks->k);
  }
  x->ks->k[x->ks->n++] = (key){v, f, ms_arena_strndup(x->A, ty, n)};
}

typedef struct {
  const keys *ks;
  unsigned char *use, *def; /* of one block, nkeys bytes each */
  long skip;                /* the key the statement writes whole: its first mention is the write */
} scan_ctx;

static void mark_use(void *u, long v, long f, const char *ty, size_t n) {
  (void)ty, (void)n;
  scan_ctx *x = u;
  long k = key_find(x->ks, v, f);
  if (k < 0) return;
  if (k == x->skip) {
    x->skip = -1;
    return;
  }
  if (!x->def[k]) x->use[k] = 1;
}

/* What a statement writes of a saved local, as rustc's liveness sees it (DefUse::for_place):
 * the whole local `(((*_N) as variant#K).F: T) = ..` is a def; a part of it (a field, a
 * downcast, `discriminant(..) = `, `Deinit`) neither a def nor a use; through a pointer it
 * holds (`(*(.. as variant#K).F: &mut T)).x = ..`) a use. */
typedef enum { W_NONE, W_WHOLE, W_PART } write_kind;

static write_kind written(const keys *ks, const ms_stmt *s, long *which) {
  *which = -1;
  bool dest = (s->kind == MS_STMT_ASSIGN || s->kind == MS_TERM_CALL ||
               s->kind == MS_STMT_SET_DISCRIMINANT || s->kind == MS_STMT_DEINIT);
  const ms_place *p = dest ? s->place : NULL;
  if (!p) return W_NONE;
  for (size_t i = 0; i + 1 < p->nproj; i++) {
    if (p->proj[i].kind != MS_PROJ_DOWNCAST || p->proj[i].index < 3 ||
        p->proj[i + 1].kind != MS_PROJ_FIELD)
      continue;
    *which = key_find(ks, p->proj[i].index, p->proj[i + 1].index);
    if (*which < 0) return W_NONE;
    if (i + 2 == p->nproj && s->kind != MS_STMT_SET_DISCRIMINANT && s->kind != MS_STMT_DEINIT)
      return W_WHOLE;
    for (size_t j = i + 2; j < p->nproj; j++)
      if (p->proj[j].kind == MS_PROJ_DEREF) return W_NONE; /* through a pointer: a use */
    return W_PART;
  }
  return W_NONE;
}

/* What one statement does to the maybe-initialized set `init` (rustc's
 * MaybeInitializedPlaces, by whole saved local): a write to it or to a part of it
 * initializes it, `move` of the whole local and `drop` of it leave it uninitialized.
 * A `discriminant((*_N)) = J;` of the coroutine (J >= 3: a suspend) ORs `init` into
 * at[J]. */
static void init_step(const keys *ks, const ms_stmt *s, const unsigned char *isref, size_t nref,
                      unsigned char *init, unsigned char *at, size_t nv) {
  size_t nk = ks->n;
  for (const char *p = s->text ? strstr(s->text, "move (((*_") : NULL; p;
       p = strstr(p + 1, "move (((*_"))
    for (const char *m = p + 10; *m >= '0' && *m <= '9'; m++)
      if (m[1] == ')' && !strncmp(m + 2, " " VARIANT_MARK, strlen(VARIANT_MARK) + 1)) {
        long v, f, k;
        const char *ty;
        size_t n;
        if (read_proj(m + 2 + 1 + strlen(VARIANT_MARK), &v, &f, &ty, &n) &&
            (k = key_find(ks, v, f)) >= 0)
          init[k] = 0;
        break;
      }
  long w;
  write_kind wk = written(ks, s, &w);
  if (s->kind == MS_TERM_DROP && s->place) {
    const ms_place *p = s->place;
    if (p->nproj == 3 && p->proj[1].kind == MS_PROJ_DOWNCAST && p->proj[2].kind == MS_PROJ_FIELD) {
      long k = key_find(ks, p->proj[1].index, p->proj[2].index);
      if (k >= 0) init[k] = 0;
    }
  } else if (wk != W_NONE && s->kind != MS_STMT_DEINIT)
    init[w] = 1;
  const ms_place *d = s->kind == MS_STMT_SET_DISCRIMINANT ? s->place : NULL;
  if (d && d->local >= 0 && (size_t)d->local < nref && isref[d->local] && d->nproj == 1 &&
      d->proj[0].kind == MS_PROJ_DEREF && s->discr >= 3 && (size_t)s->discr < nv)
    for (size_t i = 0; i < nk; i++) at[(size_t)s->discr * nk + i] |= init[i];
}

/* Position + 1 in b->blocks of block number n (pos: by block number), 0 when none. */
static long block_pos(const ms_body *b, const long *pos, long n) {
  return n >= 0 && (size_t)n < b->nblock_by_index ? pos[n] : 0;
}

/* The saved locals maybe initialized where the body suspends in each variant: a forward
 * fixpoint over the CFG, each suspend (`discriminant((*_N)) = J;`) joined to J's dispatch
 * arm. at[J * nk + i]. */
static unsigned char *init_at_suspends(const ms_body *b, const keys *ks, const long *pos,
                                       const long *entry, size_t nentry, size_t nv,
                                       const unsigned char *isref, size_t nref) {
  size_t nb = b->nblocks, nk = ks->n;
  unsigned char *in = ms_xcalloc(nb * nk, 1), *at = ms_xcalloc(nv * nk + 1, 1),
                *cur = ms_xcalloc(nk, 1);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t k = 0; k < nb; k++) {
      const ms_block *blk = b->blocks[k];
      memcpy(cur, in + k * nk, nk);
      for (size_t j = 0; j <= blk->nstmts; j++) {
        const ms_stmt *s = j < blk->nstmts ? blk->stmts[j] : blk->term;
        if (s) init_step(ks, s, isref, nref, cur, at, nv);
      }
      for (size_t e = 0; blk->term && e <= blk->term->nedges; e++) {
        long p = e < blk->term->nedges ? block_pos(b, pos, blk->term->edges[e].target) : 0;
        if (!p) continue;
        unsigned char *si = in + (size_t)(p - 1) * nk;
        for (size_t i = 0; i < nk; i++)
          if (cur[i] && !si[i]) si[i] = 1, changed = true;
      }
    }
    /* from each suspend to its variant's resume arm */
    for (size_t v = 3; v < nv && v < nentry; v++) {
      long p = block_pos(b, pos, entry[v]);
      if (!p) continue;
      unsigned char *si = in + (size_t)(p - 1) * nk;
      for (size_t i = 0; i < nk; i++)
        if (at[v * nk + i] && !si[i]) si[i] = 1, changed = true;
    }
  }
  free(in);
  free(cur);
  return at;
}

static int cmp_key(const void *a, const void *b) {
  const key *x = a, *y = b;
  if (x->variant != y->variant) return x->variant < y->variant ? -1 : 1;
  return (x->field > y->field) - (x->field < y->field);
}

/* Bound on blocks x saved locals for the liveness sets (bytes): beyond it, each saved local
 * is only in the variant it is projected through. */
#define MS_REBUILD_MAX_CELLS (8u << 20)

ms_layout *ms_rebuild_layout(ms_arena *A, const ms_body *b, const long *entry, size_t nentry,
                             const unsigned char *isref, size_t nref) {
  keys ks = {0};
  collect_ctx cx = {A, &ks};
  for (size_t i = 0; i < b->ndebugs; i++) each_proj(b->debugs[i].value, collect, &cx);
  for (size_t k = 0; k < b->nblocks; k++) {
    const ms_block *blk = b->blocks[k];
    for (size_t j = 0; j < blk->nstmts; j++) each_proj(blk->stmts[j]->text, collect, &cx);
    if (blk->term) each_proj(blk->term->text, collect, &cx);
  }
  if (ks.n) qsort(ks.k, ks.n, sizeof *ks.k, cmp_key);
  long maxv = 2;
  for (size_t i = 0; i < ks.n; i++)
    if (ks.k[i].variant > maxv) maxv = ks.k[i].variant;
  for (size_t d = 0; d < nentry; d++)
    if (entry[d] >= 0 && (long)d > maxv) maxv = (long)d;
  size_t nv = (size_t)maxv + 1;

  /* member[k * nv + v]: saved local k is in variant v */
  unsigned char *member = ms_xcalloc(ks.n * nv + 1, 1);
  for (size_t i = 0; i < ks.n; i++) member[i * nv + (size_t)ks.k[i].variant] = 1;

  size_t nb = b->nblocks, nk = ks.n;
  if (nk && nb && nb <= MS_REBUILD_MAX_CELLS / nk) {
    unsigned char *use = ms_xcalloc(nb * nk, 1), *def = ms_xcalloc(nb * nk, 1),
                  *in = ms_xcalloc(nb * nk, 1);
    long *pos = ms_xcalloc(b->nblock_by_index + 1, sizeof *pos); /* block number -> k + 1 */
    for (size_t k = 0; k < nb; k++)
      if (b->blocks[k]->index < b->nblock_by_index) pos[b->blocks[k]->index] = (long)k + 1;
    for (size_t k = 0; k < nb; k++) {
      const ms_block *blk = b->blocks[k];
      scan_ctx sx = {&ks, use + k * nk, def + k * nk, -1};
      for (size_t j = 0; j <= blk->nstmts; j++) {
        const ms_stmt *s = j < blk->nstmts ? blk->stmts[j] : blk->term;
        if (!s) continue;
        long w;
        write_kind wk = written(&ks, s, &w);
        /* the operands are read before the destination is written: the first mention
         * (the destination, printed first) is skipped, a whole write recorded after */
        sx.skip = wk != W_NONE ? w : -1;
        each_proj(s->text, mark_use, &sx);
        if (wk == W_WHOLE && !sx.use[w]) sx.def[w] = 1;
      }
    }
    /* backward liveness to a fixpoint: in = use | (out & ~def) */
    unsigned char *out = ms_xcalloc(nk, 1);
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t k = nb; k-- > 0;) {
        const ms_block *blk = b->blocks[k];
        memset(out, 0, nk);
        for (size_t e = 0; blk->term && e < blk->term->nedges; e++) {
          long p = block_pos(b, pos, blk->term->edges[e].target);
          if (!p) continue;
          const unsigned char *si = in + (size_t)(p - 1) * nk;
          for (size_t i = 0; i < nk; i++) out[i] |= si[i];
        }
        unsigned char *bi = in + k * nk;
        for (size_t i = 0; i < nk; i++) {
          unsigned char v = use[k * nk + i] | (out[i] & !def[k * nk + i]);
          if (v != bi[i]) bi[i] = v, changed = true;
        }
      }
    }
    /* in J when live after the resume in J and maybe initialized where it suspends in J
     * (rustc saves what is live and needs storage there) */
    unsigned char *init = init_at_suspends(b, &ks, pos, entry, nentry, nv, isref, nref);
    for (size_t v = 3; v < nv && v < nentry; v++) {
      long p = block_pos(b, pos, entry[v]);
      if (!p) continue;
      for (size_t i = 0; i < nk; i++)
        if (ks.k[i].variant > (long)v && in[(size_t)(p - 1) * nk + i] && init[v * nk + i])
          member[i * nv + v] = 1;
    }
    free(init);
    free(out);
    free(pos);
    free(use);
    free(def);
    free(in);
  }

  ms_layout *L = ms_arena_alloc(A, sizeof *L);
  L->era = MS_LAYOUT_NONE;
  L->upvar_start = -1;
  L->fields = ms_arena_alloc(A, (nk + 1) * sizeof *L->fields);
  L->nfields = nk;
  for (size_t i = 0; i < nk; i++) {
    char id[64];
    snprintf(id, sizeof id, "variant#%ld.%ld", ks.k[i].variant, ks.k[i].field);
    L->fields[i] = (ms_saved){.id = ms_arena_strndup(A, id, strlen(id)), .index = (unsigned)i,
                              .type = ks.k[i].type, .span = "", .scope = -1};
  }
  L->variants = ms_arena_alloc(A, nv * sizeof *L->variants);
  L->nvariants = nv;
  static const char *const RESERVED[3] = {"Unresumed", "Returned", "Panicked"};
  for (size_t v = 0; v < nv; v++) {
    ms_variant *var = &L->variants[v];
    char name[32];
    if (v < 3) snprintf(name, sizeof name, "%s", RESERVED[v]);
    else snprintf(name, sizeof name, "Suspend%zu", v - 3);
    var->name = ms_arena_strndup(A, name, strlen(name));
    var->discr = (unsigned)v;
    /* those projected through this variant at their field position, the others it holds
     * (from later variants) in the free positions, in order of their own projection: the
     * order rustc's list has where it is known (reports show it; projections are mapped to
     * locals by their id, ms_co_saved_at, not by position) */
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < nk; i++) {
      if (!member[i * nv + v]) continue;
      n++;
      if (ks.k[i].variant == (long)v && (size_t)ks.k[i].field + 1 > cap) cap = (size_t)ks.k[i].field + 1;
    }
    if (n > cap) cap = n;
    long *slot = ms_xcalloc(cap + 1, sizeof *slot);
    for (size_t q = 0; q < cap; q++) slot[q] = -1;
    for (size_t i = 0; i < nk; i++)
      if (member[i * nv + v] && ks.k[i].variant == (long)v) slot[ks.k[i].field] = (long)i;
    size_t q = 0;
    for (size_t i = 0; i < nk; i++) {
      if (!member[i * nv + v] || ks.k[i].variant == (long)v) continue;
      while (q < cap && slot[q] >= 0) q++;
      if (q < cap) slot[q] = (long)i;
    }
    var->fields = ms_arena_alloc(A, (n + 1) * sizeof *var->fields);
    var->nfields = 0;
    for (size_t r = 0; r < cap; r++)
      if (slot[r] >= 0) var->fields[var->nfields++] = (unsigned)slot[r];
    free(slot);
  }
  free(member);
  free(ks.k);
  return L;
}
