/*
 * Advice: what to change in the user's own code, and what it saves (docs/model.md, "Advice").
 *
 *   held-across-await  a big saved local of the user's kept across awaits: why rustc keeps it
 *                      (used, dropped or only borrowed after them), what to do (end its scope
 *                      before the await, or box it) and the future's size after, laid out again
 *   passthrough        a body that only awaits the one future it builds from its arguments and
 *                      returns its output: a plain fn could return that future
 *
 * and the two kinds of bytes of every finding (code, future).  What a body does with its saved
 * locals is read while the body is at hand (ms_advice_scan, from the model's build step); the
 * findings are made when the crate is finished (ms_advice_finish), once sizes are known.
 * Future sizes after a fix come from layout.c's what-if layouts, never from adding sizes.
 */
#include "advice.h"
#include "alloc.h"
#include "layout.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bits of co->saved_use: what the body does with a saved local. */
enum {
  USE_AFTER = 1,      /* read after resuming from an await that holds it, before it is overwritten */
  USE_DROPPED = 2,    /* dropped there (and not read) */
  USE_BORROWED = 4,   /* a reference to it is taken somewhere in the body */
  USE_BORROW_HELD = 8, /* such a reference flows into another saved local that can hold a borrow
                          and that an await holding this one holds too */
  USE_AWAITEE_BORROWS = 16, /* ... and that saved local is an awaited future (`__awaitee`) */
  USE_NAMED_BORROWS = 32    /* ... or a named local (`let r = &make();`: the temporary's life
                               is extended to r's) */
};

typedef struct {
  const ms_coroutine *co;
  const ms_body *b;
  const unsigned char *isref; /* locals holding the coroutine's &mut, by number */
  size_t nref;
  long *by_discr; /* state of each discriminant below nby (-1: none); NULL: search */
  size_t nby;
} scan_ctx;

static bool is_suspend(const co_state *s) { return !strncmp(s->name, "Suspend", 7); }

static bool is_ref_local(const scan_ctx *x, long local) {
  return local >= 0 && (size_t)local < x->nref && x->isref[local];
}

static long state_of_discr(const ms_coroutine *co, long d) {
  for (size_t s = 0; s < co->nstates; s++)
    if ((long)co->states[s].discr == d) return (long)s;
  return -1;
}

/* The same through x's table (a body of thousands of states reads every place's variant). */
static long state_of(const scan_ctx *x, long d) {
  if (x->by_discr && d >= 0 && (size_t)d < x->nby) return x->by_discr[d];
  return state_of_discr(x->co, d);
}

/* x->by_discr for discriminants up to a few times the number of states (the input's, which
 * may be anything: larger ones are searched). */
static void index_discr(scan_ctx *x) {
  const ms_coroutine *co = x->co;
  size_t n = 4 * co->nstates + 8;
  x->by_discr = ms_xmalloc(n * sizeof *x->by_discr);
  x->nby = n;
  for (size_t i = 0; i < n; i++) x->by_discr[i] = -1;
  for (size_t s = co->nstates; s-- > 0;) /* the first state of a discriminant wins */
    if (co->states[s].discr < n) x->by_discr[co->states[s].discr] = (long)s;
}

/* Projections that make up the coroutine place, as model.c reads them (0: not it). */
static size_t coro_prefix(const scan_ctx *x, const ms_place *p) {
  if (!p || !p->nproj) return 0;
  if (p->proj[0].kind == MS_PROJ_DEREF && is_ref_local(x, p->local)) return 1;
  if (p->local == 1 && p->nproj >= 2 && p->proj[0].kind == MS_PROJ_FIELD && p->proj[0].index == 0 &&
      p->proj[1].kind == MS_PROJ_DEREF)
    return 2;
  return 0;
}

/* The saved local a place lies in (`(((*_N) as variant#K).F: T)` and any projection of it),
 * -1 if none; *whole: the place is the saved local itself. */
static long saved_of(const scan_ctx *x, const ms_place *p, bool *whole) {
  size_t k = coro_prefix(x, p);
  if (!k || p->nproj < k + 2 || p->proj[k].kind != MS_PROJ_DOWNCAST || p->proj[k].index < 0 ||
      p->proj[k + 1].kind != MS_PROJ_FIELD)
    return -1;
  long at = ms_co_saved_at(x->co, state_of(x, p->proj[k].index), p->proj[k + 1].index);
  if (at < 0) return -1;
  if (whole) *whole = p->nproj == k + 2;
  return at;
}

/* Statements that neither read nor write a value. */
static bool inert(ms_stmt_kind k) {
  return k == MS_STMT_STORAGE_LIVE || k == MS_STMT_STORAGE_DEAD || k == MS_STMT_NOP ||
         k == MS_STMT_PLACE_MENTION || k == MS_STMT_FAKE_READ || k == MS_STMT_RETAG ||
         k == MS_STMT_ASCRIBE_USER_TYPE || k == MS_STMT_COVERAGE || k == MS_STMT_CONST_EVAL_COUNTER ||
         k == MS_STMT_BACKWARD_INCOMPATIBLE_DROP_HINT;
}

/* ------------------------------------------------------------------ uses after an await */

enum { ST_NONE, ST_USE, ST_KILL, ST_DROP };

/* What statement s does with saved local l: reads it (operands, borrows, partial writes),
 * overwrites it whole, drops it, or nothing. */
static int stmt_use(const scan_ctx *x, const ms_stmt *s, size_t l) {
  if (inert(s->kind)) return ST_NONE;
  for (size_t i = 0; i < s->nops; i++)
    if (s->ops[i].place && saved_of(x, s->ops[i].place, NULL) == (long)l) return ST_USE;
  bool whole = false;
  if (!s->place || saved_of(x, s->place, &whole) != (long)l) return ST_NONE;
  if (s->kind == MS_TERM_DROP) return ST_DROP;
  if (whole && (s->kind == MS_STMT_ASSIGN || s->kind == MS_TERM_CALL)) return ST_KILL;
  return ST_USE;
}

/* Drop elaboration's test of which variant's fields to drop: `_t = discriminant(P)` of saved
 * local l in a block that switches to a drop of a field of P (`drop((P as Err).0)`).  It is
 * part of dropping l, not a read of its value (a trial's `res`, matched and moved from, then
 * only dropped at the end of the loop, was said to be "used", and boxing it advised). */
/* Drop elaboration's bookkeeping, no work of the program: an inert statement, a constant
 * written to a bool (a drop flag, `(((*_89) as variant#4).2: bool) = const false`), or a
 * variant test of a place in saved local l (`_59 = discriminant(((.. l ..) as Ok).0)`). */
static bool bookkeeping(const scan_ctx *x, const ms_stmt *s, size_t l) {
  if (inert(s->kind)) return true;
  if (s->kind != MS_STMT_ASSIGN || !s->place) return false;
  if (s->rv == MS_RV_CALL_LIKE && s->callee && !strcmp(s->callee, "discriminant") && s->nops == 1)
    return s->ops[0].place && saved_of(x, s->ops[0].place, NULL) == (long)l;
  if (s->rv != MS_RV_USE || !s->rvalue || strncmp(s->rvalue, "const ", 6)) return false;
  const ms_place *p = s->place;
  const char *ty = p->nproj ? p->proj[p->nproj - 1].text : ms_body_type_of(x->b, p->local);
  return ty && !strcmp(ty, "bool");
}

/* Where control goes from block t when nothing but bookkeeping happens on the way: past
 * `goto`s, and past switches (on a drop flag, on a variant of l) whose every arm goes on to
 * one block; t itself where work is done or paths part. */
static unsigned join_of(const scan_ctx *x, unsigned t, size_t l, int depth) {
  const ms_body *b = x->b;
  for (int hops = 0; hops < 64 && depth < 8 && t < b->nblock_by_index; hops++) {
    const ms_block *tb = b->block_by_index[t];
    if (!tb || !tb->term || tb->cleanup) return t;
    for (size_t j = 0; j < tb->nstmts; j++)
      if (!bookkeeping(x, tb->stmts[j], l)) return t;
    const ms_stmt *term = tb->term;
    if (term->kind == MS_TERM_GOTO && term->nedges == 1) {
      t = term->edges[0].target;
      continue;
    }
    if (term->kind != MS_TERM_SWITCH_INT) return t;
    bool first = true, one = true;
    unsigned to = t;
    for (size_t e = 0; e < term->nedges && one; e++) {
      if (term->edges[e].kind == MS_EDGE_UNWIND) continue;
      unsigned j = join_of(x, term->edges[e].target, l, depth + 1);
      one = first || j == to;
      to = j, first = false;
    }
    if (!one || first) return t;
    t = to;
  }
  return t;
}

static bool drop_test(const scan_ctx *x, const ms_block *blk, const ms_stmt *s, size_t l) {
  if (s->kind != MS_STMT_ASSIGN || s->rv != MS_RV_CALL_LIKE || !s->callee ||
      strcmp(s->callee, "discriminant") || !blk->term || blk->term->kind != MS_TERM_SWITCH_INT)
    return false;
  bool one_way = true; /* every arm goes on to the same block: the test decides nothing */
  unsigned first = 0;
  for (size_t e = 0; e < blk->term->nedges; e++) {
    unsigned t = blk->term->edges[e].target;
    const ms_block *tb = t < x->b->nblock_by_index ? x->b->block_by_index[t] : NULL;
    if (tb && tb->term && tb->term->kind == MS_TERM_DROP && saved_of(x, tb->term->place, NULL) == (long)l)
      return true;
    if (blk->term->edges[e].kind == MS_EDGE_UNWIND) continue;
    unsigned to = join_of(x, t, l, 0);
    if (e == 0) first = to;
    else one_way = one_way && to == first;
  }
  /* drop elaboration's test left behind once every variant's fields were moved out and
   * their drops optimised away (a trial's `match parsed { Ok(cmd) => .., Err(e) => .. }`:
   * `discriminant(parsed)` switching to two gotos to one block, taken for a use after three
   * later awaits, and boxing advised; a nested `Result`'s arms meet past a drop flag's
   * switch and another variant test, trial X) */
  return one_way && blk->term->nedges > 1;
}

/* After resuming from state s (its dispatch entry, normal edges, until the next return): is
 * saved local l read before it is overwritten (USE_AFTER), or dropped (USE_DROPPED)? */
static unsigned uses_after(const scan_ctx *x, size_t s, size_t l) {
  const ms_body *b = x->b;
  size_t nb = b->nblock_by_index;
  long entry = x->co->states[s].entry;
  if (entry < 0 || (size_t)entry >= nb) return 0;
  unsigned char *seen = ms_xcalloc(nb + 1, 1);
  unsigned *stack = ms_xcalloc(nb + 1, sizeof *stack);
  size_t n = 0;
  unsigned bits = 0;
  stack[n++] = (unsigned)entry;
  seen[entry] = 1;
  while (n && !(bits & USE_AFTER)) {
    const ms_block *blk = b->block_by_index[stack[--n]];
    if (!blk || blk->cleanup) continue;
    bool killed = false;
    for (size_t j = 0; j <= blk->nstmts && !killed && !(bits & USE_AFTER); j++) {
      const ms_stmt *st = j < blk->nstmts ? blk->stmts[j] : blk->term;
      if (!st) break;
      int u = j < blk->nstmts && drop_test(x, blk, st, l) ? ST_NONE : stmt_use(x, st, l);
      if (u == ST_USE) bits |= USE_AFTER;
      if (u == ST_DROP) bits |= USE_DROPPED;
      killed = u == ST_KILL || u == ST_DROP;
    }
    if (killed || !blk->term) continue;
    for (size_t e = 0; e < blk->term->nedges; e++) {
      unsigned t = blk->term->edges[e].target;
      if (blk->term->edges[e].kind == MS_EDGE_UNWIND || t >= nb || seen[t]) continue;
      seen[t] = 1;
      stack[n++] = t;
    }
  }
  free(seen);
  free(stack);
  return bits;
}

/* ------------------------------------------------------------------ borrows */

static bool ends_with(const char *s, const char *tail);

/* Can a value of this type (as printed) hold a reference?  Scalars, arrays and tuples of them
 * and named types without lifetimes cannot.  An opaque `impl Trait` can (a wrapper built
 * around an async fn's future before MIR names its type: `Wrap::<impl Future<..>>(f(&t))`,
 * a trial's timeout-like wrapper, whose borrow of the temporary was lost there). */
static bool may_borrow(const char *t) {
  static const char *const MARKS[] = {"&", "'", "*", "Coroutine", "Closure", "{async", "{closure",
                                      "{coroutine", "{gen", "Alias(", "dyn ", "/#", "impl "};
  for (size_t i = 0; i < sizeof MARKS / sizeof *MARKS; i++)
    if (strstr(t, MARKS[i])) return true;
  return false;
}

/* Is a type (as printed) a future, or may it be one: an opaque type (`Alias(..)`, what async
 * drop awaits), a coroutine, a pinned or dyn future.  An unnamed temporary of such a type is
 * an awaited future (the awaits of async drop name theirs no `__awaitee`), not a value kept
 * for its statement's sake. */
static bool future_like(const char *t) {
  while (*t == ' ' || *t == '\n') t++;
  if (ms_type_is_async_coroutine(t)) return true;
  static const char *const STARTS[] = {"Alias(", "{async", "{coroutine", "{gen", "Pin<",
                                       "std::pin::Pin<", "core::pin::Pin<"};
  for (size_t i = 0; i < sizeof STARTS / sizeof *STARTS; i++)
    if (!strncmp(t, STARTS[i], strlen(STARTS[i]))) return true;
  return strstr(t, "Future") || strstr(t, "async_drop");
}

static bool shares_suspend(const ms_coroutine *co, size_t a, size_t b) {
  for (size_t s = 0; s < co->nstates; s++) {
    if (!is_suspend(&co->states[s])) continue;
    bool ha = false, hb = false;
    for (size_t j = 0; j < co->states[s].nfields; j++) {
      ha |= co->states[s].fields[j] == a;
      hb |= co->states[s].fields[j] == b;
    }
    if (ha && hb) return true;
  }
  return false;
}

typedef struct {
  unsigned char *tainted; /* body locals holding (something derived from) a borrow of l */
  size_t nl;
  unsigned char *borrower; /* saved locals assigned such a value */
  bool borrowed;
  bool through_saved; /* a read of such a saved local (or a borrow of it) taints too */
  bool values;        /* also through values that cannot hold the borrow (`r[1] as u32`): what
                         is taken from it, not only what borrows it */
} flow_t;

/* A call whose result cannot borrow from its `&mut self`, whatever the types: Iterator's
 * `next` (and `next_back`, `nth`, `nth_back`) return `Self::Item`, which the trait's
 * signature keeps independent of that borrow.  (`parts.next()` of `line.splitn(..)` borrows
 * `line`, not `parts`: a trial was told to box `parts`, where ending its scope compiled and
 * saved more.) */
static bool yields_no_self_borrow(const char *callee) {
  static const char *const M[] = {"Iterator>::next", "Iterator>::next_back", "Iterator>::nth",
                                  "Iterator>::nth_back", "Iterator::next", "Iterator::next_back"};
  for (size_t i = 0; i < sizeof M / sizeof *M; i++)
    if (ends_with(callee, M[i])) return true;
  return false;
}

/* One statement of the borrow flow of saved local l: a borrow of l, or any operand derived
 * from one, taints what the statement writes.  True when something new was tainted. */
static bool flow_stmt(const scan_ctx *x, const ms_stmt *s, size_t l, flow_t *f) {
  if ((s->kind != MS_STMT_ASSIGN && s->kind != MS_TERM_CALL) || !s->place) return false;
  if (s->kind == MS_TERM_CALL && s->callee && yields_no_self_borrow(s->callee)) return false;
  bool ref = s->kind == MS_STMT_ASSIGN && (s->rv == MS_RV_REF || s->rv == MS_RV_RAW_PTR), src = false;
  for (size_t i = 0; i < s->nops; i++) {
    const ms_place *p = s->ops[i].place;
    if (!p) continue;
    if (ref && saved_of(x, p, NULL) == (long)l) src = f->borrowed = true;
    if (p->local >= 0 && (size_t)p->local < f->nl && f->tainted[p->local]) src = true;
    if (f->through_saved && !src) {
      long k = saved_of(x, p, NULL);
      src = k >= 0 && (size_t)k != l && f->borrower[k];
    }
  }
  if (!src) return false;
  long b = saved_of(x, s->place, NULL);
  if (b >= 0) {
    if ((size_t)b == l || f->borrower[b]) return false;
    f->borrower[b] = 1;
    return true;
  }
  long d = s->place->local;
  if (d < 0 || (size_t)d >= f->nl || is_ref_local(x, d) || f->tainted[d]) return false;
  const char *ty = ms_body_type_of(x->b, d);
  if (ty && !f->values && !may_borrow(ty)) return false; /* a value that cannot hold the borrow */
  f->tainted[d] = 1;
  return true;
}

/* The borrow flow of saved local l to a fixed point (flow-insensitive); the caller frees
 * f.tainted and f.borrower.  through_saved: also through the saved locals it reaches (an
 * awaited future that borrows l, polled: its output may borrow l too). */
static flow_t borrow_flow(const scan_ctx *x, size_t l, bool through_saved, bool values) {
  const ms_body *b = x->b;
  long maxl = 1;
  for (size_t i = 0; i < b->nlocals; i++)
    if (b->locals[i].id > maxl && b->locals[i].id < 1000000) maxl = b->locals[i].id;
  flow_t f = {ms_xcalloc((size_t)maxl + 1, 1), (size_t)maxl + 1, ms_xcalloc(x->co->nsaved + 1, 1),
              false, through_saved, values};
  bool changed = true;
  for (int round = 0; changed && round < 64; round++) {
    changed = false;
    for (size_t k = 0; k < b->nblocks; k++) {
      const ms_block *blk = b->blocks[k];
      for (size_t j = 0; j < blk->nstmts; j++) changed |= flow_stmt(x, blk->stmts[j], l, &f);
      if (blk->term) changed |= flow_stmt(x, blk->term, l, &f);
    }
  }
  return f;
}

/* USE_BORROWED and USE_BORROW_HELD of saved local l; *ref: the one unnamed saved reference
 * holding such a borrow that shares a suspend with l, else -1. */
static unsigned borrow_bits(const scan_ctx *x, size_t l, long *ref) {
  flow_t f = borrow_flow(x, l, false, false);
  unsigned bits = f.borrowed ? USE_BORROWED : 0;
  *ref = -1;
  size_t nref = 0;
  for (size_t k = 0; k < x->co->nsaved; k++) {
    const co_saved *sv = &x->co->saved[k];
    if (f.borrower[k] && !*sv->name && sv->type[0] == '&' && shares_suspend(x->co, l, k))
      *ref = nref++ ? -1 : (long)k;
  }
  if (nref > 1) *ref = -1;
  for (size_t k = 0; k < x->co->nsaved; k++)
    if (f.borrower[k] && may_borrow(x->co->saved[k].type) && shares_suspend(x->co, l, k))
      bits |= USE_BORROW_HELD | (!strcmp(x->co->saved[k].name, "__awaitee") ? USE_AWAITEE_BORROWS
                                 : *x->co->saved[k].name                 ? USE_NAMED_BORROWS
                                                                         : 0);
  free(f.tainted);
  free(f.borrower);
  return bits;
}

/* ------------------------------------------------------------------ passthrough shape
 *
 * An allow-list (docs/model.md, "passthrough"): every statement and terminator of the code
 * reached from Unresumed and from the one Suspend state must be one of the await's own
 * pieces, the one call that builds the future, the moves that carry the arguments into it, or
 * the return of the output.  Anything else is work of the wrapper's own: a write through a
 * pointer (a static), a read through one, a call, arithmetic, a loop, an assert, a drop. */

/* The calls a passthrough body may make. */
typedef enum { CALL_BUILD, CALL_INTO_FUTURE, CALL_PIN, CALL_CONTEXT, CALL_POLL } pass_call;

static bool ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), k = strlen(tail);
  return n >= k && !strcmp(s + n - k, tail);
}

/* The await's own calls by their callee (`<F as IntoFuture>::into_future`,
 * `Pin::<&mut F>::new_unchecked`, `get_context`, `<F as Future>::poll`); any other call is
 * CALL_BUILD. */
static pass_call call_kind(const char *callee) {
  if (strstr(callee, "IntoFuture>::into_future") || ends_with(callee, "IntoFuture::into_future"))
    return CALL_INTO_FUTURE;
  if (strstr(callee, "Pin::") && ends_with(callee, "::new_unchecked")) return CALL_PIN;
  if (ends_with(callee, "get_context")) return CALL_CONTEXT;
  if (strstr(callee, "Future>::poll") && ends_with(callee, "::poll")) return CALL_POLL;
  return CALL_BUILD;
}

typedef struct {
  const scan_ctx *x;
  size_t nl;            /* locals by number below nl */
  unsigned char *discr; /* locals assigned `discriminant(..)` */
  unsigned char *fut;   /* locals holding the future to await (built, moved, into_future'd) */
  size_t built, polled, into;
} pass_ctx;

static bool plain_local(const pass_ctx *p, const ms_place *pl) {
  return pl && !pl->nproj && pl->local >= 0 && (size_t)pl->local < p->nl;
}

/* The coroutine itself: `(*_N)` (what `discriminant(..)` reads and writes). */
static bool coro_itself(const scan_ctx *x, const ms_place *pl) {
  size_t k = coro_prefix(x, pl);
  return k && k == pl->nproj;
}

/* A local by its text, `(_19)` (the arguments of an era-1 `Deinit(_19)`, parsed generically). */
static bool bare_local(const pass_ctx *p, const char *t) {
  if (!t || t[0] != '(' || t[1] != '_' || !isdigit((unsigned char)t[2])) return false;
  char *e;
  unsigned long n = strtoul(t + 2, &e, 10);
  return !strcmp(e, ")") && n < p->nl;
}

/* The awaited future, whole: `(((*_N) as variant#K).0: F)`. */
static bool awaitee_whole(const scan_ctx *x, const ms_place *pl) {
  bool whole = false;
  return pl && saved_of(x, pl, &whole) == 0 && whole;
}

/* A place read without going through a pointer: a local, a capture or the awaited future,
 * with field and variant projections only.  A read through a pointer (`copy (*_5)`, where
 * `_5 = const {alloc1: *mut bool}` points to a static) is work. */
static bool clean_read(const scan_ctx *x, const ms_place *pl) {
  if (!pl || pl->local < 0) return false;
  for (size_t i = coro_prefix(x, pl); i < pl->nproj; i++)
    if (pl->proj[i].kind != MS_PROJ_FIELD && pl->proj[i].kind != MS_PROJ_DOWNCAST) return false;
  return true;
}

/* `((_0 as Yielded).0: ())` / `((_0 as Complete).0: T)`: how a pre-2023 async body (a
 * generator returning `GeneratorState<(), T>`) builds its return value in place, after
 * `Deinit(_0)` and before `discriminant(_0) = K` (docs/mir-format.md, era 1).  The variant:
 * 'y' or 'c', 0 when the place is not one of them. */
static char gen_state_field(const ms_place *pl) {
  if (!pl || pl->local != 0 || pl->nproj != 2 || pl->proj[0].kind != MS_PROJ_DOWNCAST ||
      pl->proj[1].kind != MS_PROJ_FIELD || pl->proj[1].index != 0 || !pl->proj[0].text)
    return 0;
  if (!strcmp(pl->proj[0].text, "Yielded")) return 'y';
  if (!strcmp(pl->proj[0].text, "Complete")) return 'c';
  return 0;
}

/* `_4 = {coroutine@src/a.rs:10:32: 10:37 (#0)} { x: move _5 }`: an async block built into a
 * local (its captures the operands), the future a wrapper of it awaits (a trial's
 * `async { async { g().await }.await }` had only its innermost block found). */
static bool block_built(const ms_stmt *s) {
  return s->kind == MS_STMT_ASSIGN && (s->rv == MS_RV_AGGREGATE || s->rv == MS_RV_PATH) &&
         s->callee && !strncmp(s->callee, "{coroutine@", 11) && s->place && !s->place->nproj;
}

/* A statement of a passthrough body: inert ones, the state write, moves and copies of
 * constants and of clean places into locals, the future stored into its saved local, borrows
 * of the awaited future (to poll it), reborrows of the context, `discriminant(..)`, `()` and
 * `_0 = Poll::..` (what Ready returns is checked by returns_output).  A write anywhere else
 * (through a pointer, into a capture), arithmetic, casts (but unsizing: a literal as a slice),
 * other borrows (an inner future
 * borrowing the wrapper's captures), other aggregates and intrinsics are work. */
static bool pass_stmt(const pass_ctx *p, const ms_stmt *s) {
  const scan_ctx *x = p->x;
  if (inert(s->kind)) return true;
  if (s->kind == MS_STMT_SET_DISCRIMINANT)
    return coro_itself(x, s->place) || (s->place && !s->place->nproj && s->place->local == 0);
  if (s->kind == MS_STMT_DEINIT) /* parsed generically: its argument is the text */
    return plain_local(p, s->place) || awaitee_whole(x, s->place) || bare_local(p, s->rvalue);
  if (s->kind != MS_STMT_ASSIGN || !s->place) return false;
  const ms_place *d = s->place, *op = s->nops ? s->ops[0].place : NULL;
  if (gen_state_field(d)) /* its value: returns_output */
    return s->rv == MS_RV_USE && s->nops == 1 && (!op || plain_local(p, op));
  if (!d->nproj && d->local == 0)
    return ((s->rv == MS_RV_CALL_LIKE || s->rv == MS_RV_AGGREGATE) && s->callee &&
            strstr(s->callee, "Ready") && s->nops == 1) ||
           (s->rv == MS_RV_PATH && s->callee && strstr(s->callee, "Pending"));
  if (awaitee_whole(x, d)) return s->rv == MS_RV_USE && s->nops == 1 && plain_local(p, op);
  if (!plain_local(p, d) || is_ref_local(x, d->local)) {
    /* `_N = copy (_1.0: &mut ..)`: the coroutine's &mut itself */
    return d && !d->nproj && is_ref_local(x, d->local) && s->rv == MS_RV_USE && op && op->local == 1;
  }
  if (block_built(s)) { /* captures: constants or clean places */
    for (size_t i = 0; i < s->nops; i++)
      if (s->ops[i].place && !clean_read(x, s->ops[i].place)) return false;
    return true;
  }
  switch (s->rv) {
  case MS_RV_USE: return s->nops == 1 && (!op || clean_read(x, op));
  case MS_RV_CAST: /* `b"PING\n" as &[u8] (PointerCoercion(Unsize, ..))`: no work (a trial's
                    * `write_all(b"AT\r\n")` wrappers were missed) */
    return s->nops == 1 && (!op || clean_read(x, op)) && s->rvalue &&
           strstr(s->rvalue, "PointerCoercion(Unsize");
  case MS_RV_REF:
    return op && (saved_of(x, op, NULL) == 0 ||
                  (op->nproj == 1 && op->proj[0].kind == MS_PROJ_DEREF && !is_ref_local(x, op->local)));
  case MS_RV_CALL_LIKE:
    return s->callee && !strcmp(s->callee, "discriminant") && s->nops == 1 &&
           (coro_itself(x, op) || plain_local(p, op));
  case MS_RV_TUPLE: return s->nops == 0;
  default: return false;
  }
}

/* Is `out` (`std::task::Poll<T>`, a poll's result) the output of a pre-2023 async body whose
 * return type is `std::ops::GeneratorState<(), T>`? */
static bool same_output(const char *out, const char *ret) {
  static const char POLL[] = "std::task::Poll<", GEN[] = "std::ops::GeneratorState<(), ";
  size_t no = strlen(out), nr = strlen(ret);
  if (no < sizeof POLL || nr < sizeof GEN || memcmp(out, POLL, sizeof POLL - 1) ||
      memcmp(ret, GEN, sizeof GEN - 1))
    return false;
  const char *a = out + sizeof POLL - 1, *b = ret + sizeof GEN - 1;
  size_t na = no - (sizeof POLL - 1), nb = nr - (sizeof GEN - 1);
  return na == nb && !memcmp(a, b, na);
}

/* A terminator of a passthrough body: control flow (switchInt only on a `discriminant(..)`),
 * the drop of the awaited future, the await's own calls and the one call that builds the
 * future (its arguments constants or clean places).  Counts the calls. */
static bool pass_term(pass_ctx *p, const ms_block *blk) {
  const scan_ctx *x = p->x;
  const ms_stmt *t = blk->term;
  if (!t) return false;
  switch (t->kind) {
  case MS_TERM_GOTO: case MS_TERM_RETURN: case MS_TERM_RESUME: case MS_TERM_UNREACHABLE:
  case MS_TERM_FALSE_EDGE: case MS_TERM_FALSE_UNWIND: case MS_TERM_TERMINATE:
    return true;
  case MS_TERM_SWITCH_INT: {
    const ms_place *op = t->nops ? t->ops[0].place : NULL;
    return blk->cleanup || (plain_local(p, op) && p->discr[op->local]);
  }
  case MS_TERM_DROP: return awaitee_whole(x, t->place); /* only the awaited future */
  case MS_TERM_CALL: break;
  default: return false;
  }
  if (blk->cleanup || !t->callee) return false;
  pass_call k = call_kind(t->callee);
  for (size_t i = 0; i < t->nops; i++)
    if (t->ops[i].place && !clean_read(x, t->ops[i].place)) return false;
  if (k == CALL_BUILD) p->built++;
  if (k == CALL_INTO_FUTURE) p->into++;
  if (k == CALL_POLL && plain_local(p, t->place)) {
    const char *out = ms_body_type_of(x->b, t->place->local), *ret = ms_body_type_of(x->b, 0);
    if (out && ret && (!strcmp(out, ret) || same_output(out, ret))) p->polled++;
  }
  return true;
}

static bool reached(const unsigned char *bits, size_t nb, unsigned idx) {
  return idx < nb && (bits[idx / 8] >> (idx % 8) & 1);
}

/* Add to `set` every local a move or copy takes from one in it (`_a = move _b`,
 * `_a = copy ((_b as Ready).0: T)`; not from the coroutine), to a fixed point. */
static void moved_from(const scan_ctx *x, const ms_block *const *blocks, size_t n, unsigned char *set,
                       size_t nl) {
  bool changed = true;
  for (int round = 0; changed && round < 64; round++) {
    changed = false;
    for (size_t k = 0; k < n; k++)
      for (size_t j = 0; j < blocks[k]->nstmts; j++) {
        const ms_stmt *s = blocks[k]->stmts[j];
        const ms_place *p = s->nops == 1 ? s->ops[0].place : NULL;
        if (s->kind != MS_STMT_ASSIGN || s->rv != MS_RV_USE || !p || !s->place || s->place->nproj ||
            s->place->local <= 0 || (size_t)s->place->local >= nl || set[s->place->local])
          continue;
        if (p->local >= 0 && (size_t)p->local < nl && set[p->local] && !coro_prefix(x, p)) {
          set[s->place->local] = 1;
          changed = true;
        }
      }
  }
}

/* Is the local a polled future's output (through moves and copies) what `_0 = Poll::Ready(..)`
 * returns, everywhere in blocks[0..n)?  (`()` when there is none.)  Not: a value of the
 * wrapper's own, a capture. */
static bool returns_output(const scan_ctx *x, const ms_block *const *blocks, size_t n) {
  size_t nl = x->b->ntype_by_id + 1;
  unsigned char *out = ms_xcalloc(nl, 1);
  bool ok = true;
  for (size_t k = 0; k < n; k++) {
    const ms_stmt *t = blocks[k]->term;
    const ms_place *d = t ? t->place : NULL;
    if (t && t->kind == MS_TERM_CALL && t->callee && call_kind(t->callee) == CALL_POLL && d && !d->nproj &&
        d->local >= 0 && (size_t)d->local < nl)
      out[d->local] = 1;
  }
  moved_from(x, blocks, n, out, nl);
  for (size_t k = 0; k < n; k++)
    for (size_t j = 0; j < blocks[k]->nstmts; j++) {
      const ms_stmt *s = blocks[k]->stmts[j];
      char gs = s->kind == MS_STMT_ASSIGN ? gen_state_field(s->place) : 0;
      if (gs == 'y') { /* an await's `Yielded(())`: a `()` local or constant */
        const ms_place *p = s->nops == 1 ? s->ops[0].place : NULL;
        const char *ty = p && !p->nproj ? ms_body_type_of(x->b, p->local) : NULL;
        if (p ? !ty || strcmp(ty, "()") : s->nops != 1 || strcmp(s->ops[0].text, "const ()")) ok = false;
        continue;
      }
      if (s->kind != MS_STMT_ASSIGN ||
          (gs != 'c' && ((s->rv != MS_RV_CALL_LIKE && s->rv != MS_RV_AGGREGATE) || !s->place ||
                         s->place->local != 0 || s->place->nproj)) ||
          s->nops != 1)
        continue;
      const ms_place *p = s->ops[0].place;
      if (p ? p->local < 0 || (size_t)p->local >= nl || !out[p->local] || coro_prefix(x, p)
            : strcmp(s->ops[0].text, "const ()"))
        ok = false;
    }
  free(out);
  return ok;
}

/* Is the awaited future the one the body builds?  The built call's result (with no call: a
 * capture) reaches `into_future` and the awaited future's saved local through moves only. */
static bool awaits_built(pass_ctx *p, const ms_block *const *blocks, size_t n) {
  const scan_ctx *x = p->x;
  for (size_t k = 0; k < n; k++) {
    const ms_stmt *t = blocks[k]->term;
    if (p->built && t && t->kind == MS_TERM_CALL && t->callee && call_kind(t->callee) == CALL_BUILD &&
        plain_local(p, t->place))
      p->fut[t->place->local] = 1;
    for (size_t j = 0; p->built && j < blocks[k]->nstmts; j++)
      if (block_built(blocks[k]->stmts[j]) && plain_local(p, blocks[k]->stmts[j]->place))
        p->fut[blocks[k]->stmts[j]->place->local] = 1;
    for (size_t j = 0; !p->built && j < blocks[k]->nstmts; j++) {
      const ms_stmt *s = blocks[k]->stmts[j];
      if (s->kind == MS_STMT_ASSIGN && s->rv == MS_RV_USE && s->nops == 1 && plain_local(p, s->place) &&
          s->ops[0].place && coro_prefix(x, s->ops[0].place) && saved_of(x, s->ops[0].place, NULL) < 0)
        p->fut[s->place->local] = 1;
    }
  }
  moved_from(x, blocks, n, p->fut, p->nl);
  for (size_t k = 0; k < n; k++) { /* into_future(fut) is the future too */
    const ms_stmt *t = blocks[k]->term;
    if (!t || t->kind != MS_TERM_CALL || !t->callee || call_kind(t->callee) != CALL_INTO_FUTURE) continue;
    const ms_place *a = t->nops == 1 ? t->ops[0].place : NULL;
    if (!plain_local(p, a) || !p->fut[a->local] || !plain_local(p, t->place)) return false;
    p->fut[t->place->local] = 1;
  }
  moved_from(x, blocks, n, p->fut, p->nl);
  for (size_t k = 0; k < n; k++)
    for (size_t j = 0; j < blocks[k]->nstmts; j++) {
      const ms_stmt *s = blocks[k]->stmts[j];
      if (s->kind == MS_STMT_ASSIGN && awaitee_whole(x, s->place) &&
          (s->nops != 1 || !plain_local(p, s->ops[0].place) || !p->fut[s->ops[0].place->local]))
        return false;
    }
  return true;
}

/* Does the code of `mine` (by block index: 1 mine, 2 on the walk's path, 3 done) loop other
 * than through the await's poll?  Depth-first from `entry`; a back edge closes a loop, which
 * is the await's own only when a block on it calls `poll`. */
static bool loops(const ms_body *b, unsigned char *mark, unsigned entry) {
  size_t nb = b->nblock_by_index;
  unsigned *path = ms_xcalloc(nb + 1, sizeof *path);
  size_t *next = ms_xcalloc(nb + 1, sizeof *next);
  size_t n = 0;
  bool bad = false;
  if (entry < nb && mark[entry] == 1) {
    path[n++] = entry;
    mark[entry] = 2;
  }
  while (n && !bad) {
    const ms_stmt *t = b->block_by_index[path[n - 1]]->term;
    size_t e = next[n - 1]++;
    if (!t || e >= t->nedges) {
      mark[path[--n]] = 3;
      continue;
    }
    unsigned to = t->edges[e].target;
    if (t->edges[e].kind == MS_EDGE_UNWIND || to >= nb) continue;
    if (mark[to] == 2) { /* a loop: path[i..n) from `to` back to it */
      bool polls = false;
      for (size_t i = n; i-- > 0;) {
        const ms_stmt *pt = b->block_by_index[path[i]]->term;
        polls |= pt && pt->kind == MS_TERM_CALL && pt->callee && call_kind(pt->callee) == CALL_POLL;
        if (path[i] == to) break;
      }
      bad = !polls;
    } else if (mark[to] == 1) {
      path[n] = to;
      next[n++] = 0;
      mark[to] = 2;
    }
  }
  free(path);
  free(next);
  return bad;
}

/* Does the body only build one future (at most one call), await it once and return its
 * output, and nothing else?  Decided on the code reached from Unresumed and from the one
 * Suspend state. */
static bool pass_shape(const scan_ctx *x, const unsigned char *reach, size_t bytes_per) {
  const ms_coroutine *co = x->co;
  if (co->kind != MS_KIND_ASYNC_FN && co->kind != MS_KIND_ASYNC_BLOCK && co->kind != MS_KIND_ASYNC_CLOSURE)
    return false;
  long sus = -1, un = state_of_discr(co, 0);
  for (size_t s = 0; s < co->nstates; s++)
    if (is_suspend(&co->states[s])) {
      if (sus >= 0) return false; /* a second await */
      sus = (long)s;
    }
  if (sus < 0 || un < 0 || co->states[sus].entry < 0 || co->states[un].entry < 0 || co->nsaved != 1 ||
      co->states[sus].nfields != 1 || strcmp(co->saved[0].name, "__awaitee"))
    return false; /* no await, or locals kept across it */
  const ms_body *b = x->b;
  size_t nb = b->nblock_by_index, n = 0;
  pass_ctx p = {x, b->ntype_by_id + 1, NULL, NULL, 0, 0, 0};
  p.discr = ms_xcalloc(p.nl, 1);
  p.fut = ms_xcalloc(p.nl, 1);
  unsigned char *mark = ms_xcalloc(nb + 1, 1);
  const ms_block **mine = ms_xcalloc(b->nblocks + 1, sizeof *mine);
  for (size_t k = 0; k < b->nblocks; k++) {
    const ms_block *blk = b->blocks[k];
    if (!reached(reach + (size_t)un * bytes_per, nb, blk->index) &&
        !reached(reach + (size_t)sus * bytes_per, nb, blk->index))
      continue;
    if (blk->cleanup) continue;
    mine[n++] = blk;
    if (blk->index < nb && b->block_by_index[blk->index] == blk) mark[blk->index] = 1;
    for (size_t j = 0; j < blk->nstmts; j++) {
      const ms_stmt *s = blk->stmts[j];
      if (s->kind == MS_STMT_ASSIGN && s->rv == MS_RV_CALL_LIKE && s->callee &&
          !strcmp(s->callee, "discriminant") && plain_local(&p, s->place))
        p.discr[s->place->local] = 1;
    }
  }
  bool ok = true;
  for (size_t k = 0; k < b->nblocks && ok; k++) {
    const ms_block *blk = b->blocks[k];
    if (!reached(reach + (size_t)un * bytes_per, nb, blk->index) &&
        !reached(reach + (size_t)sus * bytes_per, nb, blk->index))
      continue;
    for (size_t j = 0; j < blk->nstmts && ok && !blk->cleanup; j++) {
      ok = pass_stmt(&p, blk->stmts[j]);
      if (ok && block_built(blk->stmts[j])) p.built++;
    }
    ok = ok && pass_term(&p, blk);
  }
  ok = ok && p.built <= 1 && p.into <= 1 && p.polled >= 1 && awaits_built(&p, mine, n) &&
       returns_output(x, mine, n) && !loops(b, mark, (unsigned)co->states[un].entry) &&
       !loops(b, mark, (unsigned)co->states[sus].entry);
  free(mine);
  free(mark);
  free(p.discr);
  free(p.fut);
  return ok;
}

/* The Suspend states where temporary l, which an awaited future borrows, is kept only because
 * its statement goes on: no saved local that may hold a borrow of it is there (an awaitee, a
 * named local, an unnamed reference: any of them keeps the finding away) and it is not read
 * after resuming.  Into co->temp_after[l] when there is one (a trial's `match f(&make()).await
 * { Ok(x) => g(x).await, .. }`: 1128 B, 616 with a let; no finding until 2026-12-07). */
static void temp_after(ms_crate *c, ms_coroutine *co, const scan_ctx *x, size_t l) {
  /* what the borrowing future gives back may borrow l too (`match first(&make()).await { r
   * => { g().await; *r } }`: r, read after the second await) */
  flow_t f = borrow_flow(x, l, true, false);
  const unsigned char *borrowers = f.borrower;
  unsigned char *free_in = NULL;
  for (size_t s = 0; s < co->nstates; s++) {
    const co_state *st = &co->states[s];
    bool holds = false, borrowed = false;
    for (size_t j = 0; j < st->nfields; j++) {
      size_t k = st->fields[j];
      if (k == l) holds = true;
      else if (k < co->nsaved && borrowers[k] && may_borrow(co->saved[k].type)) borrowed = true;
    }
    if (!is_suspend(st) || !holds || borrowed || (uses_after(x, s, l) & USE_AFTER)) continue;
    if (!free_in) free_in = ms_arena_alloc(&c->arena, co->nstates);
    free_in[s] = 1;
  }
  /* does the borrowing await's output borrow l too (`first(&make()).await` of a `&u8`): its
   * poll's result, `Poll<&u8>`, is then in the flow; a `let` of that output does not compile
   * (E0716, a trial), what is needed must be taken from it in the same statement */
  bool out_borrows = false;
  for (size_t i = 0; free_in && i < x->b->nlocals && !out_borrows; i++) {
    long id = x->b->locals[i].id;
    const char *ty = x->b->locals[i].type;
    if (id < 0 || (size_t)id >= f.nl || !f.tainted[id] || !ty) continue;
    while (*ty == ' ') ty++;
    out_borrows = !strncmp(ty, "Poll<", 5) || !strncmp(ty, "std::task::Poll<", 16) ||
                  !strncmp(ty, "core::task::Poll<", 17);
  }
  /* and is a value taken from that output (`let v = *r;`, `r.to_owned()`: written from what
   * borrows l, but no borrow itself) kept across a later await?  Bound by the statement that
   * ends (`let v = *f(&make()).await;`) it is written while l still lives: their storages
   * conflict, in two variants, and rustc's layout promotes one of them to every state; on a
   * tie the temporary, declared after the let's binding (a trial: 1160 B before and after,
   * 648 predicted).  Written after that statement (`let v = { let t = *f(&make()).await; t
   * };`) it does not conflict: 648 */
  /* (through values that cannot borrow too: `let k = r[1] as u32;` reads a u8 of the output
   * first, an adversarial trial's `cast`, 1136 B either way with the one-statement form) */
  flow_t v = out_borrows && free_in ? borrow_flow(x, l, true, true) : (flow_t){0};
  bool taken = false;
  for (size_t s = 0; out_borrows && free_in && s < co->nstates && !taken; s++)
    for (size_t j = 0; free_in[s] && j < co->states[s].nfields && !taken; j++) {
      size_t k = co->states[s].fields[j];
      taken = k < co->nsaved && k != l && (borrowers[k] || v.borrower[k]) &&
              !may_borrow(co->saved[k].type) && strcmp(co->saved[k].name, "__awaitee");
    }
  free(v.tainted);
  free(v.borrower);
  free(f.tainted);
  free(f.borrower);
  if (!free_in) return;
  if (!co->temp_after) {
    co->temp_after = ms_arena_alloc(&c->arena, (co->nsaved + 1) * sizeof *co->temp_after);
    co->temp_out_borrows = ms_arena_alloc(&c->arena, co->nsaved + 1);
  }
  co->temp_after[l] = free_in;
  co->temp_out_borrows[l] = (unsigned char)(taken ? TEMP_OUT_TAKEN : out_borrows ? TEMP_OUT_BORROWS : 0);
}

void ms_advice_scan(ms_crate *c, ms_coroutine *co, const ms_body *b, const unsigned char *isref,
                    size_t nref, const unsigned char *reach, size_t bytes_per) {
  scan_ctx x = {co, b, isref, nref, NULL, 0};
  index_discr(&x);
  co->saved_use = ms_arena_alloc(&c->arena, co->nsaved + 1);
  co->temp_ref = ms_arena_alloc(&c->arena, (co->nsaved + 1) * sizeof *co->temp_ref);
  for (size_t l = 0; l < co->nsaved; l++) co->temp_ref[l] = -1;
  for (size_t l = 0; l < co->nsaved; l++) {
    const co_saved *sv = &co->saved[l];
    /* only the user's locals, and unnamed temporaries with a span (held-across-await of a
     * temporary of the statement the await is in) */
    if ((!*sv->name && !(sv->span && *sv->span)) || !strcmp(sv->name, "__awaitee")) continue;
    bool held = false;
    for (size_t s = 0; s < co->nstates; s++) {
      if (!is_suspend(&co->states[s])) continue;
      for (size_t j = 0; j < co->states[s].nfields; j++)
        if (co->states[s].fields[j] == l) {
          /* read after one await is what hold_reason says first: the other awaits' walks
           * (each to the end of a long body) could add nothing it reads */
          if (!(co->saved_use[l] & USE_AFTER)) co->saved_use[l] |= (unsigned char)uses_after(&x, s, l);
          held = true;
        }
    }
    if (!held) continue;
    co->saved_use[l] |= (unsigned char)borrow_bits(&x, l, &co->temp_ref[l]);
    if (!*sv->name && (co->saved_use[l] & USE_AWAITEE_BORROWS) && !(co->saved_use[l] & USE_NAMED_BORROWS))
      temp_after(c, co, &x, l);
  }
  co->pass_shape = pass_shape(&x, reach, bytes_per);
  free(x.by_discr);
}

/* ------------------------------------------------------------------ findings */

static const co_finding *finding_at(const ms_coroutine *co, size_t f) {
  return f < co->findings.len ? &((const co_finding *)co->findings.items)[f] : NULL;
}

static const co_advice *advice_at(const ms_coroutine *co, size_t f) {
  return f < co->advice.len ? &((const co_advice *)co->advice.items)[f] : NULL;
}

/* The future after a's fix: future_after, after_source, and the saving when both the size and
 * the size after are known (not lower bounds). */
static void predict(const ms_coroutine *co, co_advice *a) {
  ms_fix fx[2] = {a->fix, a->also};
  a->future_after = ms_layout_whatif(co, fx, a->also.kind != MS_FIX_NONE ? 2 : 1, &a->after_source);
  a->future_bytes = a->future_after >= 0 && a->after_source != MS_SIZE_LOWER_BOUND && co->size >= 0 &&
                            co->size_source != MS_SIZE_LOWER_BOUND
                        ? co->size - a->future_after
                        : -1;
}

static co_advice no_advice(void) {
  return (co_advice){.code_bytes = -1, .future_bytes = -1, .future_after = -1,
                     .after_source = MS_SIZE_LOWER_BOUND, .saved = -1, .fix = {MS_FIX_NONE, 0},
                     .also = {MS_FIX_NONE, 0}};
}

/* Is a size after a fix known to save nothing against co's size before: the size before
 * exact or computed, and the size after at or above it, known or a lower bound already so
 * (a layout rebuilt from the body)?  held-across-await's rule. */
static bool after_saves_nothing(const ms_coroutine *co, long after) {
  return co->size >= 0 && co->size_source != MS_SIZE_LOWER_BOUND && after >= 0 && after >= co->size;
}

/* The future laid out again with the fixes of co's upvar-copy findings but those `gone`
 * marks and `also` (*src its source), -1 when not known. */
static long without_copies(const ms_coroutine *co, const unsigned char *gone, size_t also, ms_fix *fx,
                           ms_size_source *src) {
  const co_finding *fs = co->findings.items;
  const co_advice *as = co->advice.items;
  size_t n = 0;
  for (size_t i = 0; i < co->findings.len; i++)
    if (fs[i].cls == MS_FINDING_UPVAR_COPY && as[i].fix.kind != MS_FIX_NONE && !gone[i] && i != also)
      fx[n++] = as[i].fix;
  *src = co->size_source;
  return n ? ms_layout_whatif(co, fx, n, src) : co->size;
}

/* Takes out the upvar-copy findings whose fix saves no future bytes, known so, alone and
 * with the others: the future laid out again without all the other copies saves as much
 * with this one dropped too (two copies that save nothing alone may save bytes together:
 * both stay, and the what-if's total is the same). */
static void drop_idle_copies(ms_coroutine *co) {
  size_t nf = co->findings.len, kept = 0;
  co_finding *fs = co->findings.items;
  co_advice *as = co->advice.items;
  unsigned char *gone = ms_xcalloc(nf + 1, 1);
  ms_fix *fx = ms_xcalloc(nf + 1, sizeof *fx);
  for (size_t i = 0; i < nf; i++) {
    if (fs[i].cls != MS_FINDING_UPVAR_COPY || !after_saves_nothing(co, as[i].future_after))
      continue;
    ms_size_source ws, ls;
    long with = without_copies(co, gone, nf, fx, &ws), less = without_copies(co, gone, i, fx, &ls);
    bool exact = ws != MS_SIZE_LOWER_BOUND && ls != MS_SIZE_LOWER_BOUND;
    if ((exact && with >= 0 && with == less) || after_saves_nothing(co, with)) gone[i] = 1;
  }
  for (size_t i = 0; i < nf; i++) {
    if (gone[i]) continue;
    fs[kept] = fs[i];
    as[kept] = as[i];
    kept++;
  }
  co->findings.len = co->advice.len = kept;
  free(fx);
  free(gone);
}

/* Code and future bytes of the findings model.c made: code for the poison arms, no-await and
 * duplicate suspends; a layout without the copy for upvar-copy (its n-th finding is the n-th
 * copy); a layout without the state, and the state's code, for unreachable-state.  An
 * upvar-copy whose fix saves no future bytes, known so, goes, as a held-across-await finding
 * does: the copy sits in padding or beside a larger variant, and the future is as large
 * without it (closure_nest's `x` in its awaitee's padding, a fresh-eyes trial; the 4-byte
 * `ticks` beside a 64-byte `fut`, tests/data/upvar-into-struct).  The copy stays in
 * co->copy_saved (advice and the boxing what-if still read it); unknown sizes keep it. */
static void two_kinds(ms_crate *c, ms_coroutine *co) {
  size_t copies = 0;
  for (size_t i = 0; i < co->findings.len; i++) {
    const co_finding *f = finding_at(co, i);
    co_advice *a = ms_vec_push(&c->arena, &co->advice, sizeof *a);
    *a = no_advice();
    switch (f->cls) {
    case MS_FINDING_UPVAR_COPY:
      if (copies < co->ncopies) {
        size_t k = copies++;
        a->saved = (long)co->copy_saved[k];
        a->fix = (ms_fix){MS_FIX_DROP_LOCAL, (size_t)a->saved};
        if (co->copy_moved && co->copy_moved[k]) /* moved into an awaited future: the upvar's
                                                   * slot goes, the future stays */
          for (size_t u = 0; u < co->nupvars; u++)
            if (co->upvars[u].field == co->copy_upvar[k]) a->fix = (ms_fix){MS_FIX_DROP_UPVAR, u};
        predict(co, a);
      }
      break;
    case MS_FINDING_UNREACHABLE_STATE:
      if (f->state >= 0 && (size_t)f->state < co->nstates) {
        a->code_bytes = co->states[f->state].code_bytes;
        a->fix = (ms_fix){MS_FIX_DROP_STATE, (size_t)f->state};
        predict(co, a);
      }
      break;
    case MS_FINDING_DUPLICATE_SUSPEND: /* its awaits: the earlier one, and its own */
      a->code_bytes = f->bytes;
      if (f->other >= 0 && f->state >= 0 && (a->awaits = ms_arena_alloc(&c->arena, 2 * sizeof *a->awaits))) {
        a->awaits[0] = (size_t)f->other;
        a->awaits[1] = (size_t)f->state;
        a->nawaits = 2;
      }
      break;
    default: a->code_bytes = f->bytes; break;
    }
  }
  if (co->advice.len == co->findings.len) drop_idle_copies(co);
}

/* `file:line:col` of a span as printed (`src/a.rs:7:9: 7:12 (#0)`); "?" when none. */
static void short_span(const char *span, char *out, size_t cap) {
  const char *end = span ? strstr(span, ": ") : NULL;
  size_t n = end ? (size_t)(end - span) : span ? strlen(span) : 0;
  snprintf(out, cap, "%.*s", (int)n, n ? span : "?");
}

/* A type on one line (ms_type_one_line: the layout may print it over several), cut at 80
 * characters with `..`. */
static void one_line(const char *t, char *out, size_t cap) {
  char full[84];
  size_t n = ms_type_one_line(t, strlen(t), full, sizeof full);
  if (n > 80) memcpy(full + 80, "..", 3);
  snprintf(out, cap, "%s", full);
}

const char *ms_co_await_span(const ms_coroutine *co, size_t s) {
  if (s >= co->nstates) return "";
  for (size_t j = 0; j < co->states[s].nfields; j++) {
    const co_saved *sv = &co->saved[co->states[s].fields[j]];
    if (!strcmp(sv->name, "__awaitee")) return sv->span;
  }
  return "";
}

/* Is a saved local of `bytes` big enough to advise on, and by which rule?  Absolute first: a
 * local of 64 bytes or more is big whatever its share of the future. */
static ms_big_rule big(const ms_coroutine *co, long bytes) {
  if (bytes >= MS_HELD_MIN_BYTES) return MS_BIG_ABSOLUTE;
  if (bytes >= MS_HELD_FLOOR_BYTES && co->size > 0 && co->size_source != MS_SIZE_LOWER_BOUND &&
      bytes * MS_HELD_SHARE >= co->size)
    return MS_BIG_RELATIVE;
  return MS_BIG_NONE;
}

/* The share of the future as a fraction: `¼`, else `1/N`. */
static const char *share_text(char *out, size_t cap) {
  static const char *const VULGAR[] = {NULL, NULL, "½", "⅓", "¼", "⅕", "⅙", NULL, "⅛"};
  if (MS_HELD_SHARE < sizeof VULGAR / sizeof *VULGAR && VULGAR[MS_HELD_SHARE]) return VULGAR[MS_HELD_SHARE];
  snprintf(out, cap, "1/%d", MS_HELD_SHARE);
  return out;
}

static ms_hold_reason hold_reason(unsigned u) {
  if (u & USE_AFTER) return MS_HOLD_USED;
  if (u & USE_BORROW_HELD) return MS_HOLD_BORROW_HELD;
  if (u & USE_DROPPED) return MS_HOLD_DROPPED;
  if (u & USE_BORROWED) return MS_HOLD_BORROWED;
  return MS_HOLD_IN_SCOPE;
}

/* The same in the words of co's kind: a gen block or coroutine suspends at yields. */
const char *ms_advice_why_text_for(const ms_coroutine *co, ms_hold_reason r, char *buf,
                                   size_t cap) {
  const char *t = ms_advice_why_text(r);
  if (!co || !ms_kind_yields(co->kind) || !cap) return t;
  size_t n = 0;
  for (const char *p = t; *p && n + 1 < cap;) {
    if (!strncmp(p, "awaited future", 14)) { /* what holds a borrow across a yield */
      n += (size_t)snprintf(buf + n, cap - n, "%s", "value yielded");
      p += 14;
    } else if (!strncmp(p, "await", 5)) {
      n += (size_t)snprintf(buf + n, cap - n, "%s", "yield");
      p += 5;
    } else {
      buf[n++] = *p++;
    }
    if (n >= cap) n = cap - 1;
  }
  buf[n] = 0;
  return buf;
}

const char *ms_advice_why_text(ms_hold_reason r) {
  switch (r) {
  case MS_HOLD_USED: return "it is used after the await";
  case MS_HOLD_BORROW_HELD:
    return "a borrow of it is kept across the await (by the awaited future or another local)";
  case MS_HOLD_DROPPED: return "it is only dropped after the await, where its scope ends";
  case MS_HOLD_BORROWED:
    return "it was borrowed and is still in scope there: rustc keeps a borrowed local until "
           "its scope ends, though it is not used after the await";
  case MS_HOLD_TEMPORARY:
    return "it is a temporary of the statement the await is in: a temporary lives to the end "
           "of its statement (a match's scrutinee, to the end of the match), across an await "
           "inside it";
  default: return "it is still in scope there";
  }
}

/* Is a type, as the layout prints it, Copy for certain: scalars, shared references, raw and fn
 * pointers, (), and arrays and tuples of those.  A named type may be Copy too: not known. */
static bool surely_copy(const char *t, size_t n) {
  while (n && (*t == ' ' || *t == '\n')) t++, n--;
  while (n && (t[n - 1] == ' ' || t[n - 1] == '\n')) n--;
  if (!n) return false;
  if (*t == '&') { /* `&T`, `&'a T`: Copy; `&mut T`, `&'a mut T`: not */
    size_t i = 1;
    if (i < n && t[i] == '\'') {
      while (i < n && t[i] != ' ') i++;
      i++;
    }
    return !(i + 4 <= n && !strncmp(t + i, "mut ", 4));
  }
  if (*t == '*' || (n >= 3 && !strncmp(t, "fn(", 3))) return true;
  static const char *const prims[] = {"bool", "char", "u8", "u16", "u32", "u64", "u128", "usize",
                                      "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "()"};
  for (size_t i = 0; i < sizeof prims / sizeof *prims; i++)
    if (strlen(prims[i]) == n && !strncmp(t, prims[i], n)) return true;
  if ((*t == '[' && t[n - 1] == ']') || (*t == '(' && t[n - 1] == ')')) {
    /* the elements: split at top-level `,` and `;` (an array's length ends the element) */
    size_t depth = 0, from = 1;
    for (size_t i = 1; i + 1 <= n - 1; i++) {
      char ch = t[i];
      if (ch == '[' || ch == '(' || ch == '<' || ch == '{') depth++;
      else if (ch == ']' || ch == ')' || ch == '>' || ch == '}') depth--;
      else if (!depth && (ch == ',' || ch == ';')) {
        if (!surely_copy(t + from, i - from)) return false;
        if (ch == ';') return true; /* [T; N] */
        from = i + 1;
      }
    }
    return from >= n - 1 || surely_copy(t + from, n - 1 - from);
  }
  return false;
}

const char *ms_advice_fix_text_for(const ms_coroutine *co, ms_fix fix) {
  if (fix.kind == MS_FIX_END_STATEMENT && fix.index < co->nsaved && co->temp_out_borrows &&
      co->temp_out_borrows[fix.index] == TEMP_OUT_TAKEN)
    return "end its statement after the await of the future that borrows it, taking what you "
           "need from that await's output in a statement of its own inside a block (`let v = "
           "{ let t = *f(&make()).await; t };`, or `.to_owned()`): the output borrows the "
           "temporary, so `let r = f(&make()).await;` does not compile, and a value bound by "
           "that statement itself (`let v = *f(&make()).await;`) is written while the temporary "
           "lives, their storages conflict and rustc may keep the temporary in every state; so "
           "the temporary is dropped before the next await";
  if (fix.kind == MS_FIX_END_STATEMENT && fix.index < co->nsaved && co->temp_out_borrows &&
      co->temp_out_borrows[fix.index])
    return "end its statement after the await of the future that borrows it, taking what you "
           "need from that await's output in the same statement (the output borrows the "
           "temporary, so `let r = f(&make()).await;` does not compile: `let v = *f(&make())"
           ".await;`, or `.to_owned()`), so the temporary is dropped before the next await";
  if (fix.kind == MS_FIX_RETURN_FUTURE && co->kind != MS_KIND_ASYNC_FN) /* a block or closure */
    return "use that future itself instead of an async block or closure that only awaits "
           "it: no state machine of its own (rust-lang/rust-project-goals#623, single await)";
  if (fix.kind == MS_FIX_RETURN_FUTURE && fix.index < co->nsaved && !ms_type_is_async_coroutine(co->saved[fix.index].type))
    /* built by a plain fn: what it does then runs at the call, not at the first poll (a trial) */
    return "write a plain fn that returns that future (impl Future) instead of awaiting it: no "
           "state machine of its own (rust-lang/rust-project-goals#623, single await); what "
           "the call that builds it does then runs when your fn is called, not at the first poll";
  if (fix.kind == MS_FIX_DROP_LOCAL && fix.index < co->nsaved && !*co->saved[fix.index].name)
    /* an unnamed temporary (a trial's `foo(&big_temp(), g().await)`: 536 B, 16 B reordered) */
    return "let its statement end before the await: await in a statement of its own (`let v "
           "= f().await; g(&make(), v)`), or take what you need from the temporary into a let "
           "first (`let retry = match make() { .. };`, then await)";
  if (fix.kind == MS_FIX_DROP_LOCAL)
    for (size_t k = 0; k < co->ncopies; k++)
      if (co->copy_saved[k] == fix.index) /* a parameter: its scope is the whole body (trial T) */
        return "end its scope before the await: a parameter's scope is the whole fn, so move it "
               "into a block that ends before the await and keep only what you need (`let (a, "
               "b) = { let s = param; (s.a(), s.b()) };`)";
  if (fix.kind == MS_FIX_DROP_LOCAL && fix.index < co->nsaved &&
      surely_copy(co->saved[fix.index].type, strlen(co->saved[fix.index].type)))
    /* drop() of a Copy value drops a copy: the local stays in scope and in the future */
    return "end its scope before the await: a block around it and its last use (drop() does "
           "not end the scope of a Copy value)";
  if (fix.kind == MS_FIX_DROP_LOCAL && fix.index < co->nsaved && co->saved_use &&
      (co->saved_use[fix.index] & USE_BORROWED))
    /* a borrowed local stays in the future until its scope ends, moved out or not (a trial:
     * `drop(x)` after `consume(&x)` left the future at 1028 B; a block gave 4 B) */
    return "end its scope before the await: a block around it and its last use (drop() does "
           "not help: rustc keeps a borrowed local until its scope ends)";
  if (fix.kind == MS_FIX_BOX_LOCAL)
    for (size_t k = 0; k < co->ncopies; k++)
      if (co->copy_saved[k] == fix.index) /* an argument's copy: the prediction boxes the argument */
        return "take it boxed or by reference: make the parameter a Box<..> or a &.. (boxing "
               "it in the body does not help: the argument itself stays in the future)";
  return ms_advice_fix_text(fix.kind);
}

const char *ms_advice_fix_text(ms_fix_kind k) {
  switch (k) {
  case MS_FIX_BOX_LOCAL:
    return "box it (a Box keeps it on the heap, the future only a pointer; in no_std without "
           "an allocator, a static buffer does the same)";
  case MS_FIX_DROP_LOCAL:
    return "end its scope before the await (a block around it and its last use, or drop())";
  case MS_FIX_RETURN_FUTURE:
    return "write a plain fn that returns that future (impl Future) instead of awaiting it: no "
           "state machine of its own (rust-lang/rust-project-goals#623, single await)";
  case MS_FIX_END_STATEMENT:
    return "end its statement after the await of the future that borrows it: bind that "
           "await's output with a let (`let r = f(&make()).await;`, then `match r { .. }` or "
           "the rest of the expression), so the temporary is dropped before the next await";
  default: return "";
  }
}

/* The reason of a held-across-await finding. */
static void held_reason(const ms_crate *c, const ms_coroutine *co, const co_advice *f, char *out,
                        size_t cap) {
  const co_saved *sv = &co->saved[f->saved];
  char ty[160], decl[160], at[400] = "", after[160];
  /* a future of the input as the reports name it (`iterator of counter::{closure#0}`), not
   * the raw `Coroutine(DefId(0:16 ~ gen[6497]::..` a trial's editor showed */
  const ms_coroutine *held = ms_crate_saved_future(c, co, (size_t)f->saved);
  if (held && held->name) {
    size_t hn = strlen(held->name);
    int keep = held->kind == MS_KIND_ASYNC_FN && hn > 13 && !strcmp(held->name + hn - 13, "::{closure#0}")
                   ? (int)(hn - 13) : (int)hn;
    snprintf(ty, sizeof ty, "%s of %.*s", ms_kind_noun(held->kind), keep, held->name);
  } else {
    one_line(sv->type, ty, sizeof ty);
  }
  short_span(sv->span, decl, sizeof decl);
  for (size_t k = 0; k < f->nawaits; k++) {
    char sp[160];
    short_span(ms_co_await_span(co, f->awaits[k]), sp, sizeof sp);
    size_t n = strlen(at);
    if (*sp && strcmp(sp, "?")) /* a yield has no span of its own (a trial read "at  (Suspend1)") */
      snprintf(at + n, sizeof at - n, "%s%s (%s)", k ? ", " : "", sp, co->states[f->awaits[k]].name);
    else
      snprintf(at + n, sizeof at - n, "%s%s", k ? ", " : "", co->states[f->awaits[k]].name);
  }
  /* in the words of its kind: a gen block's iterator is kept across yields */
  bool yields = ms_kind_yields(co->kind);
  const char *noun = ms_kind_noun(co->kind), *at_word = yields ? "yield" : "await";
  char why[256];
  if (f->future_bytes >= 0)
    snprintf(after, sizeof after, "the %s would be %ld bytes instead of %ld", noun, f->future_after, co->size);
  else if (f->future_after >= 0)
    snprintf(after, sizeof after, "the %s would be at least %ld bytes (now %s%ld)", noun, f->future_after,
             co->size_source == MS_SIZE_LOWER_BOUND ? "at least " : "", co->size);
  else
    snprintf(after, sizeof after, "the %s's size after is not known", noun);
  char frac[16], size[96] = "";
  /* why it is big, in words (a firmware trial found `128 B ≥ 64 B` cryptic) */
  if (f->big == MS_BIG_ABSOLUTE) snprintf(size, sizeof size, ", big: %d bytes or more", MS_HELD_MIN_BYTES);
  else if (f->big == MS_BIG_RELATIVE)
    snprintf(size, sizeof size, ", big: %s of the %ld-byte %s or more", share_text(frac, sizeof frac), co->size, noun);
  char where[200] = ""; /* no span printed: no "declared at " */
  if (*decl && strcmp(decl, "?")) snprintf(where, sizeof where, ", declared at %s", decl);
  snprintf(out, cap, "`%s` (%s, %ld bytes%s%s) is kept in the %s across the "
           "%s%s at %s because %s; %s: %s",
           *sv->name ? sv->name : "a temporary", ty, sv->bytes, size, where, noun, at_word, f->nawaits > 1 ? "s" : "", at,
           ms_advice_why_text_for(co, f->why, why, sizeof why), ms_advice_fix_text_for(co, f->fix), after);
}

const char *ms_advice_big_text(const ms_coroutine *co, size_t f, bool md, char *out, size_t cap) {
  const co_advice *a = advice_at(co, f);
  const co_saved *sv = a && a->saved >= 0 && (size_t)a->saved < co->nsaved ? &co->saved[a->saved] : NULL;
  const char *unit = md ? " bytes" : " B";
  char frac[16];
  if (!cap) return "";
  out[0] = 0;
  if (!sv || a->big == MS_BIG_NONE) return out;
  if (a->big == MS_BIG_ABSOLUTE)
    snprintf(out, cap, "%ld%s, big: %d%s or more", sv->bytes, unit, MS_HELD_MIN_BYTES, unit);
  else
    snprintf(out, cap, "%ld%s, big: %s of the %ld%s future or more", sv->bytes, unit,
             share_text(frac, sizeof frac), co->size, md ? "-byte" : " B");
  return out;
}

/* A new finding of co (no state, no older byte figure) with its advice. */
static void push_finding(ms_crate *c, ms_coroutine *co, ms_finding_class cls, const char *reason,
                         const co_advice *a) {
  co_finding *f = ms_vec_push(&c->arena, &co->findings, sizeof *f);
  *f = (co_finding){cls, -1, -1, ms_arena_strdup(&c->arena, reason), -1};
  *(co_advice *)ms_vec_push(&c->arena, &co->advice, sizeof *a) = *a;
}

/* The Suspend states holding saved local l, into the crate's arena; returns how many. */
static size_t holding_states(ms_crate *c, const ms_coroutine *co, size_t l, size_t **out) {
  size_t n = 0;
  *out = ms_arena_alloc(&c->arena, (co->nstates + 1) * sizeof **out);
  for (size_t s = 0; s < co->nstates; s++) {
    if (!is_suspend(&co->states[s])) continue;
    for (size_t j = 0; j < co->states[s].nfields; j++)
      if (co->states[s].fields[j] == l) {
        (*out)[n++] = s;
        break;
      }
  }
  return n;
}

/* held-across-await: named, big saved locals of Suspend states whose fix saves bytes (a known
 * saving of 0: no finding). */
static void held_findings(ms_crate *c, ms_coroutine *co) {
  for (size_t l = 0; co->saved_use && l < co->nsaved; l++) {
    const co_saved *sv = &co->saved[l];
    ms_big_rule rule = sv->bytes < 0 ? MS_BIG_NONE : big(co, sv->bytes);
    /* an unnamed temporary with a span: a value built inside the statement of an await
     * (`g(&make(), f().await)`, a match scrutinee) */
    bool temp = !*sv->name && sv->span && *sv->span && !future_like(sv->type);
    if ((!*sv->name && !temp) || !strcmp(sv->name, "__awaitee") || rule == MS_BIG_NONE) continue;
    co_advice a = no_advice();
    a.big = rule;
    a.nawaits = holding_states(c, co, l, &a.awaits);
    if (!a.nawaits) continue;
    a.saved = (long)l;
    a.why = hold_reason(co->saved_use[l]);
    /* a temporary is kept for its statement's sake: ending the statement before the await
     * frees it, what the statement reads of it after the await taken into a let first
     * (`foo(make(), f().await)`, a match scrutinee dropped after an arm's await, a `?`'s
     * ControlFlow kept across a later await).  One the awaited future borrows
     * (`write(&make()).await`) is needed there, and one a named local borrows lives as long
     * as that local (`let r = &make();`, `S { r: &make() }`, `match &make() { b => .. }`: a
     * trial): no finding */
    bool later = temp && co->temp_after && co->temp_after[l];
    if (temp && (co->saved_use[l] & (USE_AWAITEE_BORROWS | USE_NAMED_BORROWS)) && !later) continue;
    if (later) {
      /* ... except after that future's await: the statement goes on across a later await
       * (a match's arms, `f(&make()).await + g().await`), the temporary with it */
      a.why = MS_HOLD_TEMPORARY;
      a.nawaits = 0;
      for (size_t s = 0; s < co->nstates; s++)
        if (co->temp_after[l][s]) a.awaits[a.nawaits++] = s;
      a.fix = (ms_fix){MS_FIX_END_STATEMENT, l};
    } else if (temp) {
      a.why = MS_HOLD_TEMPORARY;
      /* the statement's reference to it goes too (`&Big` of `foo(&big(), f().await)`: a
       * trial measured 16 bytes less than predicted without it) */
      if (co->temp_ref && co->temp_ref[l] >= 0) a.also = (ms_fix){MS_FIX_DROP_LOCAL, (size_t)co->temp_ref[l]};
    }
    if (!later)
      a.fix = (ms_fix){a.why == MS_HOLD_USED || a.why == MS_HOLD_BORROW_HELD ? MS_FIX_BOX_LOCAL : MS_FIX_DROP_LOCAL, l};
    predict(co, &a);
    bool known = a.after_source != MS_SIZE_LOWER_BOUND && co->size_source != MS_SIZE_LOWER_BOUND;
    if (known && a.future_bytes <= 0) continue; /* it overlaps something larger: saves nothing */
    /* the size after is only bounded below, but already by the size before: saves nothing */
    if (co->size_source != MS_SIZE_LOWER_BOUND && co->size >= 0 && a.future_after >= co->size)
      continue;
    char why[1536];
    held_reason(c, co, &a, why, sizeof why);
    push_finding(c, co, MS_FINDING_HELD_ACROSS_AWAIT, why, &a);
  }
}

/* passthrough: the body only awaits the future it builds; a plain fn could return it. */
static void passthrough_finding(ms_crate *c, ms_coroutine *co) {
  if (!co->pass_shape) return;
  co_advice a = no_advice();
  a.saved = 0;
  a.nawaits = holding_states(c, co, 0, &a.awaits);
  a.fix = (ms_fix){MS_FIX_RETURN_FUTURE, 0};
  predict(co, &a);
  /* the best figure, as the report's code column (a trial read ≈85 there, ~136 here) */
  a.code_bytes = co->code_exact >= 0 ? co->code_exact : co->code_corrected >= 0 ? co->code_corrected
                                                                              : co->code_estimate;
  /* the inner future inlined into it (its nm size holds both): that code stays, out of line
   * once the wrapper is gone; only the wrapper's part goes (a firmware trial saved 44 of the
   * 186 bytes promised) */
  bool part = co->code_exact >= 0 && co->code_inlined > 0 && co->code_estimate >= 0;
  if (part)
    a.code_bytes = (long)((double)co->code_exact * (double)co->code_estimate /
                              (double)(co->code_estimate + co->code_inlined) + 0.5);
  char size[160], why[1024];
  if (a.future_bytes >= 0)
    snprintf(size, sizeof size, "the future would be the inner one, %ld bytes instead of %ld",
             a.future_after, co->size);
  else if (a.future_after >= 0)
    snprintf(size, sizeof size, "the future would be the inner one (at least %ld bytes)", a.future_after);
  else
    snprintf(size, sizeof size, "the future would be the inner one (its size is not known)");
  snprintf(why, sizeof why,
           "the body only awaits the one future it builds from its arguments and returns its "
           "output: a plain `fn` returning `impl Future` (that future, not awaited) needs no "
           "state machine of its own (rust-lang/rust-project-goals#623, single await): %s, "
           "and %s%ld bytes of code of this resume function go away",
           size, co->code_exact >= 0 && !part ? "" : "about ", a.code_bytes);
  push_finding(c, co, MS_FINDING_PASSTHROUGH, why, &a);
}

void ms_advice_finish(ms_crate *c) {
  ms_layout_whatif_prepare(c);
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    two_kinds(c, cs[i]);
    held_findings(c, cs[i]);
    passthrough_finding(c, cs[i]);
  }
}

/* ------------------------------------------------------------------ accessors */

long ms_co_finding_code_bytes(const ms_coroutine *co, size_t f) {
  const co_advice *x = advice_at(co, f);
  return x ? x->code_bytes : -1;
}
long ms_co_finding_future_bytes(const ms_coroutine *co, size_t f) {
  const co_advice *x = advice_at(co, f);
  return x ? x->future_bytes : -1;
}
long ms_co_finding_future_bytes_after(const ms_coroutine *co, size_t f, ms_size_source *source) {
  const co_advice *x = advice_at(co, f);
  if (source) *source = x ? x->after_source : MS_SIZE_LOWER_BOUND;
  return x ? x->future_after : -1;
}
long ms_co_finding_saved(const ms_coroutine *co, size_t f) {
  const co_advice *x = advice_at(co, f);
  return x ? x->saved : -1;
}
const char *ms_co_finding_span(const ms_coroutine *co, size_t f) {
  long sv = ms_co_finding_saved(co, f); /* as the JSON report's findings[].span */
  const char *span = sv >= 0 && (size_t)sv < co->nsaved ? co->saved[sv].span : NULL;
  return span && *span ? span : NULL;
}
size_t ms_co_finding_await_count(const ms_coroutine *co, size_t f) {
  const co_advice *x = advice_at(co, f);
  return x ? x->nawaits : 0;
}
size_t ms_co_finding_await(const ms_coroutine *co, size_t f, size_t k) {
  const co_advice *x = advice_at(co, f);
  return x && k < x->nawaits ? x->awaits[k] : (size_t)-1;
}
ms_hold_reason ms_co_finding_why(const ms_coroutine *co, size_t f) {
  const co_advice *x = advice_at(co, f);
  return x ? x->why : MS_HOLD_NONE;
}
ms_fix ms_co_finding_fix(const ms_coroutine *co, size_t f) {
  const co_advice *x = advice_at(co, f);
  return x ? x->fix : (ms_fix){MS_FIX_NONE, 0};
}

ms_big_rule ms_co_finding_big_rule(const ms_coroutine *co, size_t f) {
  const co_advice *x = advice_at(co, f);
  return x ? x->big : MS_BIG_NONE;
}

const char *ms_big_rule_name(ms_big_rule r) {
  static const char *const N[] = {NULL, "absolute", "relative"};
  return (unsigned)r < sizeof N / sizeof *N ? N[r] : NULL;
}

const char *ms_hold_reason_name(ms_hold_reason r) {
  static const char *const N[] = {NULL, "used", "borrow-held", "dropped", "borrowed", "in-scope",
                                  "temporary"};
  return (unsigned)r < sizeof N / sizeof *N ? N[r] : NULL;
}
const char *ms_fix_kind_name(ms_fix_kind k) {
  static const char *const N[] = {"none", "drop-local", "box-local", "drop-state", "return-future",
                                  "drop-upvar", "end-statement"};
  return (unsigned)k < sizeof N / sizeof *N ? N[k] : NULL;
}
const char *ms_co_finding_advice(const ms_coroutine *co, size_t f) {
  const co_finding *x = finding_at(co, f);
  const co_advice *a = advice_at(co, f);
  if (!x || !a) return NULL;
  if (x->cls == MS_FINDING_PASSTHROUGH) return "return-future";
  if (x->cls != MS_FINDING_HELD_ACROSS_AWAIT) return NULL;
  return a->fix.kind == MS_FIX_BOX_LOCAL       ? "box"
         : a->fix.kind == MS_FIX_END_STATEMENT ? "end-statement"
                                               : "end-scope";
}

long ms_co_future_bytes_with(const ms_coroutine *co, const ms_fix *fixes, size_t n,
                             ms_size_source *source) {
  return ms_layout_whatif(co, fixes, n, source);
}

long ms_co_future_bytes_after(const ms_coroutine *co, const size_t *findings, size_t n,
                              ms_size_source *source) {
  return ms_co_future_bytes_after_resized(co, findings, n, NULL, NULL, source, NULL);
}

long ms_co_future_bytes_after_resized(const ms_coroutine *co, const size_t *findings, size_t n,
                                      const long *resize, const unsigned long *resize_align,
                                      ms_size_source *source, unsigned long *align_out) {
  ms_fix *fx = ms_xcalloc(2 * n + 1, sizeof *fx);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const co_advice *x = advice_at(co, findings[i]);
    if (x && x->fix.kind != MS_FIX_NONE) fx[k++] = x->fix;
    if (x && x->also.kind != MS_FIX_NONE) fx[k++] = x->also;
  }
  long r = ms_layout_whatif_resized(co, fx, k, resize, resize_align, source, align_out);
  free(fx);
  return r;
}
