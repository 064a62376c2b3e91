/*
 * The machine-code side of the coroutine model (see docs/code-size.md):
 *
 *  - ms_code_features_add_block(): counts what a basic block contributes to the code of a
 *    resume function (statements, calls, drops, asserts, switch arms, ...);
 *  - ms_code_estimate(): a linear cost model over those counts, calibrated by bench/calibrate
 *    against the `nm -S` sizes of corpus/;
 *  - ms_symbols_*: an index of `nm -S -C` output and the lookup of a coroutine's resume
 *    function in it, matched by path (not by string): crate prefixes, generic arguments and
 *    `<impl at FILE:L:C: L:C>` versus `<Type as Trait>` are reconciled.
 *
 * No file-scope mutable state: every table lives in its ms_symbols.
 */
#include "alloc.h"
#include "index.h"
#include "model.h"
#include "strbuf.h"
#include "text.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ features */

/* The last path segment of a callee at angle depth 0, without its turbofish:
 * `<Next<'_, X> as Future>::poll` -> `poll`, `Pin::<&mut F>::new_unchecked` -> `new_unchecked`,
 * `std::rt::begin_panic::<&str>` -> `begin_panic`. */
static const char *callee_last(const char *c, size_t *len) {
  const char *seg = c;
  int depth = 0;
  for (const char *p = c; *p; p++) {
    if (*p == '<') depth++;
    else if (*p == '>' && !(p > c && p[-1] == '-')) depth--;
    else if (depth == 0 && p[0] == ':' && p[1] == ':' && p[2] != '<') seg = p + 2;
  }
  size_t n = 0;
  while (seg[n] && seg[n] != '<' && !(seg[n] == ':' && seg[n + 1] == ':')) n++;
  *len = n;
  return seg;
}

static bool seg_is(const char *s, size_t n, const char *w) {
  return strlen(w) == n && memcmp(s, w, n) == 0;
}

typedef enum { CALL_OTHER, CALL_POLL, CALL_HELPER, CALL_PANIC } call_kind;

/*
 * What a call costs in machine code depends on what it calls:
 *  - `poll` of an awaitee (and `poll_next`, ...): a real call plus the Ready/Pending dispatch;
 *  - helpers LLVM inlines to (almost) nothing: IntoFuture::into_future, Pin::new_unchecked,
 *    Pin::new, as_mut, get_mut, get_context (the Context reborrow), intrinsics;
 *  - panics (core::panicking::*, begin_panic, ...): a call to a cold function, its arguments
 *    mostly `.rodata` constants;
 *  - everything else: user and library calls.
 */
static call_kind classify_callee(const char *c) {
  if (!c || !*c) return CALL_OTHER;
  size_t n;
  const char *last = callee_last(c, &n);
  if (seg_is(last, n, "poll") || seg_is(last, n, "poll_next")) return CALL_POLL;
  if (strstr(c, "panicking::") || strstr(c, "begin_panic") || strstr(c, "panic_fmt") ||
      (n >= 6 && memcmp(last, "panic_", 6) == 0))
    return CALL_PANIC;
  if (seg_is(last, n, "into_future") || seg_is(last, n, "new_unchecked") ||
      seg_is(last, n, "as_mut") || seg_is(last, n, "get_mut") || seg_is(last, n, "get_context") ||
      seg_is(last, n, "transmute") || strstr(c, "intrinsics::") ||
      (seg_is(last, n, "new") && (!strncmp(c, "Pin::", 5) || strstr(c, "pin::Pin::"))))
    return CALL_HELPER;
  return CALL_OTHER;
}

/* Is a type (as printed in a field projection) held in registers: integers, floats, bool,
 * char, (), references, raw pointers, fn pointers, Box/Arc/Rc/NonNull/Pin of a pointer? */
static bool scalar_type(const char *t) {
  if (!t || !*t) return true; /* unknown: do not count */
  if (*t == '&' || *t == '*' || !strncmp(t, "fn(", 3) || !strncmp(t, "()", 2) || *t == '!')
    return true;
  static const char *const prims[] = {"bool", "char", "u8", "u16", "u32", "u64", "u128",
                                      "usize", "i8", "i16", "i32", "i64", "i128", "isize",
                                      "f32", "f64"};
  for (size_t i = 0; i < sizeof prims / sizeof *prims; i++)
    if (!strcmp(t, prims[i])) return true;
  static const char *const ptrs[] = {"Pin<&", "std::pin::Pin<&", "core::pin::Pin<&",
                                     "Box<", "std::boxed::Box<", "alloc::boxed::Box<",
                                     "Arc<", "std::sync::Arc<", "alloc::sync::Arc<",
                                     "Rc<", "std::rc::Rc<", "alloc::rc::Rc<",
                                     "NonNull<", "std::ptr::NonNull<", "core::ptr::NonNull<"};
  for (size_t i = 0; i < sizeof ptrs / sizeof *ptrs; i++)
    if (!strncmp(t, ptrs[i], strlen(ptrs[i]))) return true;
  return false;
}

/* The type of a place when MIR prints it: the text of its outermost field projection. */
static const char *place_type(const ms_place *p) {
  if (!p || !p->nproj) return NULL;
  const ms_proj *last = &p->proj[p->nproj - 1];
  return last->kind == MS_PROJ_FIELD ? last->text : NULL;
}

/* An assert message of an overflow check that only -Coverflow-checks (on in debug builds)
 * emits: `attempt to compute `{} + {}`, which would overflow`, shifts, negation (older
 * rustc: `attempt to add with overflow`).  Division and remainder are checked in every
 * build (`attempt to compute `{} / {}`, which would overflow`, `... the remainder ...`). */
static bool overflow_check(const char *m) {
  return strstr(m, "overflow") && !strstr(m, "divide") && !strstr(m, "remainder") &&
         !strstr(m, "/ {}") && !strstr(m, "% {}");
}

static bool future_type(const char *t) {
  return t && (strstr(t, "{async fn body of") || strstr(t, "{async block@") ||
               strstr(t, "{async closure body@") || strstr(t, "[async fn body@") ||
               strstr(t, "Pin<Box<dyn") || strstr(t, "Pin<std::boxed::Box<dyn") ||
               strstr(t, "Future"));
}

/* A `move P` / `copy P` of a non-scalar place (either side typed by its field text). */
static bool aggregate_move(const ms_stmt *s) {
  if (s->rv != MS_RV_USE || s->nops != 1 || !s->ops[0].place) return false;
  const char *src = place_type(s->ops[0].place), *dst = place_type(s->place);
  if (!src && !dst) return false;
  return !scalar_type(src ? src : dst);
}

static bool aggregate_rvalue(const ms_stmt *s) {
  switch (s->rv) {
  case MS_RV_AGGREGATE:
  case MS_RV_TUPLE:
  case MS_RV_ARRAY:
  case MS_RV_REPEAT:
    return true;
  case MS_RV_CALL_LIKE: /* `Poll::<u32>::Ready(move _5)`, not `Add(..)` */
    return s->callee && strstr(s->callee, "::") != NULL;
  default:
    return false;
  }
}

/* The type of a place with the body's help: its outermost field projection's text, or the
 * declared type of a plain local (`_5`); NULL when neither is known (derefs, indexes). */
static const char *place_type_in(const ms_place *p, const ms_body *b) {
  if (!p) return NULL;
  if (p->nproj) return place_type(p);
  return b ? ms_body_type_of(b, p->local) : NULL;
}

static bool prim_type(const char *t, size_t n, long *bytes) {
  static const struct {
    const char *name;
    long bytes;
  } prims[] = {{"bool", 1}, {"char", 4},  {"u8", 1},    {"u16", 2},   {"u32", 4},  {"u64", 8},
               {"u128", 16}, {"usize", 8}, {"i8", 1},   {"i16", 2},   {"i32", 4},  {"i64", 8},
               {"i128", 16}, {"isize", 8}, {"f32", 4},  {"f64", 8},   {"()", 0}};
  for (size_t i = 0; i < sizeof prims / sizeof *prims; i++)
    if (strlen(prims[i].name) == n && !memcmp(prims[i].name, t, n)) {
      *bytes = prims[i].bytes;
      return true;
    }
  return false;
}

/* Size of a type with obviously no drop glue and a layout known from its text alone:
 * primitives, references and raw pointers (8, thin only), arrays `[T; N]` and tuples of
 * those; -1 otherwise (structs, enums, generics, slices, Box, ...). */
static long plain_size(const char *t, size_t n) {
  while (n && t[0] == ' ') t++, n--;
  while (n && t[n - 1] == ' ') n--;
  long b;
  if (!n) return -1;
  if (prim_type(t, n, &b)) return b;
  if (t[0] == '&' || t[0] == '*') {
    /* thin pointers only: `&[T]`, `&str`, `&dyn` are fat (16) */
    const char *q = t + 1;
    size_t m = n - 1;
    if (m >= 4 && !memcmp(q, "mut ", 4)) q += 4, m -= 4;
    else if (m >= 6 && !memcmp(q, "const ", 6)) q += 6, m -= 6;
    while (m && *q == '\'') { /* lifetime */
      while (m && *q != ' ') q++, m--;
      while (m && *q == ' ') q++, m--;
    }
    if ((m && q[0] == '[' && !memchr(q, ';', m)) || (m == 3 && !memcmp(q, "str", 3)) ||
        (m >= 4 && !memcmp(q, "dyn ", 4)))
      return 16;
    return 8;
  }
  if (t[0] == '[' && t[n - 1] == ']') {
    /* `[T; N]` / `[T; N_usize]` : the last `;` at depth 0 */
    int depth = 0;
    size_t semi = 0;
    for (size_t i = 1; i + 1 < n; i++) {
      if (t[i] == '[' || t[i] == '(' || t[i] == '<') depth++;
      else if (t[i] == ']' || t[i] == ')' || (t[i] == '>' && t[i - 1] != '-')) depth--;
      else if (t[i] == ';' && depth == 0) semi = i;
    }
    if (!semi) return -1;
    long e = plain_size(t + 1, semi - 1);
    if (e < 0) return -1;
    long cnt = 0;
    size_t i = semi + 1;
    while (i < n - 1 && t[i] == ' ') i++;
    if (i >= n - 1 || t[i] < '0' || t[i] > '9') return -1;
    for (; i < n - 1 && t[i] >= '0' && t[i] <= '9'; i++) cnt = cnt * 10 + (t[i] - '0');
    return e * cnt;
  }
  if (t[0] == '(' && t[n - 1] == ')') {
    long sum = 0;
    int depth = 0;
    size_t st = 1;
    for (size_t i = 1; i < n; i++) {
      char c = t[i];
      if (c == '[' || c == '(' || c == '<') depth++;
      else if ((c == ']' || (c == ')' && i + 1 < n) || (c == '>' && t[i - 1] != '-'))) depth--;
      else if ((c == ',' && depth == 0) || i + 1 == n) {
        size_t len = i - st;
        const char *e = t + st;
        while (len && *e == ' ') e++, len--;
        if (len) {
          long z = plain_size(e, len);
          if (z < 0) return -1;
          sum += z;
        }
        st = i + 1;
      }
    }
    return sum;
  }
  return -1;
}

/* `<PollFn<{closure@..}> as Future>::poll`: the closure (a `poll_fn(|cx| ..)` awaitee) is
 * inlined and its Ready/Pending dispatch folds into ours; nm prices such an await at about
 * nothing beyond its blocks and statements. */
static bool poll_inline_callee(const char *c) { return c && strstr(c, "PollFn<"); }

/* The self type of a `<T as Trait>::poll` callee starts with a coroutine's own type
 * (`{async fn body of f()}`, `{async block@..}`, `Coroutine(..)`, older `[static generator@..]`),
 * also behind `Pin<&mut ..>`: the poll is a call of that coroutine's resume function. */
static bool poll_coroutine_callee(const char *c) {
  if (!c || *c != '<') return false;
  c++;
  c += ms_pin_mut_prefix(c);
  return *c == '{' || !strncmp(c, "Coroutine(", 10) || !strncmp(c, "[static generator", 17) ||
         !strncmp(c, "[generator", 10);
}

/* `<Pin<Box<dyn Future<..>>> as Future>::poll` and the like: through a vtable. */
static bool poll_dyn_callee(const char *c) {
  if (!c || *c != '<') return false;
  const char *as = strstr(c, " as ");
  const char *d = strstr(c, "dyn ");
  return d && (!as || d < as);
}

void ms_code_features_add_block(ms_code_features *f, const ms_block *blk, const ms_body *b) {
  if (!f || !blk) return;
  f->blocks++;
  if (blk->cleanup) f->cleanup_blocks++;
  unsigned stmts0 = f->statements;
  for (size_t i = 0; i < blk->nstmts; i++) {
    const ms_stmt *s = blk->stmts[i];
    if (!s) continue;
    switch (s->kind) {
    case MS_STMT_STORAGE_LIVE:
    case MS_STMT_STORAGE_DEAD:
    case MS_STMT_NOP:
      continue; /* no code */
    case MS_STMT_ASSIGN:
      f->assigns++;
      if (aggregate_move(s)) f->moves_aggregate++;
      if (aggregate_rvalue(s)) f->aggregates++;
      if (s->rv == MS_RV_USE || s->rv == MS_RV_REPEAT || s->rv == MS_RV_ARRAY ||
          s->rv == MS_RV_TUPLE) {
        const char *ty = place_type_in(s->place, b);
        long z = ty ? plain_size(ty, strlen(ty)) : -1;
        if (z > 16) f->moved_bytes += (unsigned)z;
      }
      break;
    case MS_STMT_SET_DISCRIMINANT:
      f->set_discriminants++;
      break;
    default:
      break;
    }
    f->statements++;
    if (blk->cleanup) f->cleanup_statements++;
  }
  const ms_stmt *t = blk->term;
  if (!t) return;
  if (t->kind == MS_TERM_GOTO && f->statements == stmts0) f->blocks_empty++;
  if (!blk->cleanup)
    for (size_t i = 0; i < t->nedges; i++)
      if (t->edges[i].kind != MS_EDGE_UNWIND && t->edges[i].target <= blk->index) f->back_edges++;
  switch (t->kind) {
  case MS_TERM_GOTO:
    f->gotos++;
    break;
  case MS_TERM_SWITCH_INT: {
    f->switches++;
    /* every target of the switch, `otherwise` included */
    unsigned arms = 0;
    for (size_t i = 0; i < t->nedges; i++)
      if (t->edges[i].kind == MS_EDGE_SWITCH || t->edges[i].kind == MS_EDGE_OTHERWISE) arms++;
    f->switch_arms += arms;
    if (arms > 2) f->switch_arms_extra += arms - 2;
    break;
  }
  case MS_TERM_RETURN:
    f->returns++;
    break;
  case MS_TERM_RESUME:
    f->resumes++;
    break;
  case MS_TERM_CALL:
  case MS_TERM_TAIL_CALL:
    f->calls++;
    if (blk->cleanup) f->cleanup_calls++;
    switch (classify_callee(t->callee)) {
    case CALL_POLL:
      f->calls_poll++;
      if (poll_inline_callee(t->callee)) f->calls_poll_inline++;
      else if (poll_coroutine_callee(t->callee)) f->calls_poll_coroutine++;
      else if (poll_dyn_callee(t->callee)) f->calls_poll_dyn++;
      break;
    case CALL_HELPER: f->calls_helper++; break;
    case CALL_PANIC: f->calls_panic++; break;
    default: break;
    }
    break;
  case MS_TERM_DROP:
    f->drops++;
    if (blk->cleanup) f->cleanup_drops++;
    if (future_type(place_type(t->place))) f->drops_future++;
    if (b && t->place && t->place->text)
      for (size_t k = 0; k < b->nblocks; k++) {
        const ms_block *o = b->blocks[k];
        if (o && o->index < blk->index && o->term && o->term->kind == MS_TERM_DROP &&
            o->term->place && o->term->place->text && !strcmp(o->term->place->text, t->place->text)) {
          f->drops_repeat++;
          break;
        }
      }
    break;
  case MS_TERM_ASSERT:
    f->asserts++;
    if (t->message && strstr(t->message, "resumed after")) f->asserts_poison++;
    else if (t->message && overflow_check(t->message)) f->asserts_overflow++;
    break;
  default: /* unreachable, yield, falseEdge, ... : no code of their own after StateTransform */
    break;
  }
}

/* ------------------------------------------------------------------ cost model */

/*
 * bytes = round(c[0]*statements + c[1]*aggregates + c[2]*calls_poll_plain
 *               + c[3]*drops_other + c[4]*asserts_check + c[5]*resumes + c[6]*blocks_empty
 *               + c[7]*asserts_poison + c[8]*calls_poll_coroutine + c[9]*calls_poll_dyn
 *               + c[10]*moved_bytes)
 * with the awaited polls (calls_poll - calls_poll_inline: a `PollFn` closure's poll is
 * inlined and folds, free) split by the awaitee's type: a coroutine's own type (a call of its
 * resume function), `dyn Future` (a call through a vtable), anything else (a hand-written
 * future whose poll is inlined: calls_poll_plain); moved_bytes the bytes of arrays and tuples
 * moved (vectorised copies at opt-level 3).  The x86_64 rows at 3, 0 and s price the three
 * polls apart and moved bytes; the others give the polls one price.  drops_other = drops -
 * drops_future (dropping a finished awaitee is free), asserts_check = asserts - asserts_poison (overflow and bounds checks; a poison
 * assert is a jump-table target calling a cold panic whose Location lies in .rodata: about
 * nothing in the fits, kept as a term so that no arm is priced exactly 0).  Other calls
 * (helpers, Try::branch, deref, ...) and switch arms (jump tables in .rodata) are free.  A
 * block's straight-line code is priced by its statements and terminator; a block that only
 * jumps (`goto`, no statement of code) costs a jump; each `resume` (unwinding out of the
 * function) its landing-pad epilogue.  No constant term: the same prices split a body among
 * its states (a per-function constant would be counted once per state).
 *
 * The code of one poison arm is measured per target (bench/poison-arm-bytes), not fitted:
 * almost every coroutine has two, so a regression cannot tell their cost apart.  The per-state
 * figures give each poison state that price first (model.c, split_code).
 *
 * One row per (target, opt-level), fitted by `bench/calibrate` on the fitting crates of
 * bench/split.tsv only (corpus/ and calibration/<target>-<opt>/, calibration/regen), least
 * absolute relative error with errors above 30 % down-weighted, non-negative.  The validation
 * figures (median |error|, share within +-30 %, the self-calibrated median) are bench/calibrate's
 * on the validation crates, which no choice was made on.  Dates, machine, tables:
 * docs/code-size.md.
 */
/* Refitted 2026-12-06 (third session) on calibration/ rebuilt as users build (no
 * -Clink-dead-code: awaitees inlined into their only awaiter, counted in its nm size by
 * "inlined awaitees", docs/code-size.md); the corpus/ part of the opt-level-3 row still
 * keeps every function (corpus/regen).  The validation figures (the last three numbers of
 * each row) from the fourth session, when three more validation crates were added (fw-usb,
 * fw-audio, fw-ota); the coefficients unchanged.  Since 2026-12-07 bench/calibrate reads each
 * case's type sizes, as a capture has them (decided before it was run; the z, s and thumbv7em
 * z and s bands moved by at most 3.4 points, the coefficients unchanged).  Later on 2026-12-07
 * inlined awaitees are followed through each instance of a generic body and into awaited
 * wrappers (Select<F, ..>): a sized coroutine's features hold more of its inlined code; the
 * bands of the two opt-level-3 rows follow (x86_64 28.6/25.3 -> 28.8/24.3 %, thumbv7em
 * 25.4/31.5 -> 28.2/28.8 %), the coefficients unchanged, the other rows identical. */
static const ms_code_model MODELS[] = {
    /* x86_64 (rustc 1.95.0 stable, 1.97.0-nightly), -Copt-level=3 (and 2, 1: the nearest):
     * eleven terms, fitted 2026-12-06 on corpus/'s fitting cases and the fw-motor, fw-can,
     * fw-display and fw-gnss builds */
    {"x86_64-unknown-linux-gnu", "3",
     {1.46, 15.84, 62.29, 70.66, 2.98, 35.76, 2.26, 4.91, 53.01, 215.98, 0.04},
     13, 0.288, 0.547, 0.243},
    /* The other rows but x86_64 at 0 and s keep their eight-term fits: one price for every
     * awaited poll (plain, coroutine and dyn alike), moved bytes free. */
    /* x86_64 (rustc 1.95.0), -Copt-level=z and s; these two and 0 refitted in the fourth
     * session of 2026-12-06 once their Debian cases were built with drivers (the term sets
     * chosen again by the rule, the same ones) */
    {"x86_64-unknown-linux-gnu", "z",
     {1.50, 0.00, 2.10, 25.79, 0.00, 35.35, 2.96, 17.29, 2.10, 2.10, 0.00},
     13, 0.128, 0.810, 0.145},
    /* ... at s: eleven terms since the fourth session of 2026-12-06 (leave one case out on
     * its fitting cases: 75.0 % within 30 %, eight terms 70.5 %: the rule of the opt-level-0
     * rows; with the drivers 78.8 % and 68.6 %) */
    {"x86_64-unknown-linux-gnu", "s",
     {2.54, 3.71, 10.14, 42.35, 0.00, 0.00, 1.01, 7.36, 76.36, 82.71, 0.03},
     13, 0.196, 0.615, 0.223},
    /* x86_64 (rustc 1.95.0), -Copt-level=0, debug assertions and overflow checks on (a dev
     * build): eleven terms, fitted 2026-12-06 */
    {"x86_64-unknown-linux-gnu", "0",
     {9.71, 30.37, 12.05, 34.34, 0.00, 0.00, 5.11, 0.00, 80.32, 0.00, 0.00},
     13, 0.139, 0.946, 0.144},
    /* thumbv7em-none-eabihf (Debian's rustc-web 1.96.0, core built from rust-web-src) */
    {"thumbv7em-none-eabihf", "z",
     {1.94, 2.23, 0.00, 0.00, 0.00, 0.00, 0.00, 13.70, 0.00, 0.00, 0.00},
     12, 0.140, 0.848, 0.130},
    {"thumbv7em-none-eabihf", "s",
     {1.69, 0.14, 5.13, 0.00, 1.31, 0.00, 7.76, 0.37, 5.13, 5.13, 0.00},
     12, 0.347, 0.418, 0.212},
    /* ... at opt-level 0 (a dev build): eight terms, fitted 2026-12-06 */
    {"thumbv7em-none-eabihf", "0",
     {5.87, 0.00, 0.00, 0.00, 1.90, 0.00, 5.04, 34.37, 0.00, 0.00, 0.00},
     12, 0.092, 0.976, 0.141},
    /* ... at opt-level 3 (and 2, 1; cargo --release's default), seventh session of 2026-12-06:
     * the x86_64 opt-level-3 coefficients, which scored better on this row's fitting crates
     * out of sample (43.5 % within +-30 %) than a refit left one case out (39.1 %;
     * bench/split.tsv), with the thumb poison arm and this row's own validated band */
    {"thumbv7em-none-eabihf", "3",
     {1.46, 15.84, 62.29, 70.66, 2.98, 35.76, 2.26, 4.91, 53.01, 215.98, 0.04},
     12, 0.282, 0.544, 0.288},
};
enum { NMODELS = sizeof MODELS / sizeof *MODELS };

/* Which opt-level row: `0`, `z` and `s` their own, every other level (1, 2) the `3` row. */
static const char *opt_row(const char *opt) {
  if (opt && (!strcmp(opt, "z") || !strcmp(opt, "s") || !strcmp(opt, "0"))) return opt;
  return "3";
}

const ms_code_model *ms_code_model_for(const char *target, const char *opt_level, bool *exact) {
  if (!target) target = MS_DEFAULT_TARGET;
  if (!opt_level) opt_level = MS_DEFAULT_OPT_LEVEL;
  /* thumb* targets: the thumbv7em rows; everything else: the x86_64 rows */
  const char *family = !strncmp(target, "thumb", 5) ? "thumbv7em-none-eabihf" : MS_DEFAULT_TARGET;
  const char *opt = opt_row(opt_level);
  for (size_t i = 0; i < NMODELS; i++)
    if (!strcmp(MODELS[i].target, family) && !strcmp(MODELS[i].opt_level, opt)) {
      if (exact) *exact = !strcmp(target, family) && !strcmp(opt_level, opt);
      return &MODELS[i];
    }
  if (exact) *exact = false;
  return &MODELS[0];
}

size_t ms_code_model_count(void) { return NMODELS; }
const ms_code_model *ms_code_model_at(size_t i) { return i < NMODELS ? &MODELS[i] : NULL; }

/* The model's terms of some features, in the order of ms_code_model.c. */
void ms_code_terms(const ms_code_features *f, double t[MS_CODE_TERMS]) {
  t[0] = f->statements;
  t[1] = f->aggregates;
  t[2] = (double)f->calls_poll - f->calls_poll_inline - f->calls_poll_coroutine - f->calls_poll_dyn;
  t[3] = (double)f->drops - f->drops_future;
  t[4] = (double)f->asserts - f->asserts_poison;
  t[5] = f->resumes;
  t[6] = f->blocks_empty;
  t[7] = f->asserts_poison;
  t[8] = f->calls_poll_coroutine;
  t[9] = f->calls_poll_dyn;
  t[10] = f->moved_bytes;
}

const char *const MS_CODE_TERM_NAMES[MS_CODE_TERMS] = {
    "statements", "aggregates", "calls_poll_plain", "drops_other",
    "asserts_check", "resumes", "blocks_empty", "asserts_poison",
    "calls_poll_coroutine", "calls_poll_dyn", "moved_bytes"};

double ms_code_model_cost(const ms_code_model *m, const ms_code_features *f) {
  if (!f) return 0;
  if (!m) m = &MODELS[0];
  double t[MS_CODE_TERMS], b = 0;
  ms_code_terms(f, t);
  for (int k = 0; k < MS_CODE_TERMS; k++) b += m->c[k] * t[k];
  return b;
}

long ms_code_model_estimate(const ms_code_model *m, const ms_code_features *f) {
  double b = ms_code_model_cost(m, f);
  return b <= 0 ? 0 : (long)(b + 0.5);
}

long ms_code_estimate(const ms_code_features *f) { return ms_code_model_estimate(&MODELS[0], f); }

static int cmp_dbl(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/*
 * Self-calibration of one build: the factor by which its modelled figures are off, from the
 * k coroutines nm gives exact sizes for: the median m of nm / estimate over them (pairs with an
 * estimate of 0 are left out), shrunk towards 1 by the evidence, 1 + (m - 1) * k / (k + 2),
 * clamped to [1/4, 4].  0 when k < MS_SELF_CAL_MIN.  (Chosen on the fitting cases of
 * bench/split.tsv among the plain median, this shrinkage with 2, 5 and 10 and the shrunk
 * geometric mean: lowest median error of held-out coroutines in four of five rows.)
 */
double ms_code_build_scale(const double *est, const double *nm, size_t n) {
  double *r = ms_xmalloc((n + 1) * sizeof *r);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (est[i] > 0 && nm[i] > 0) r[k++] = nm[i] / est[i];
  double scale = 0;
  if (k >= MS_SELF_CAL_MIN) {
    qsort(r, k, sizeof *r, cmp_dbl);
    scale = k % 2 ? r[k / 2] : (r[k / 2 - 1] + r[k / 2]) / 2;
    scale = 1 + (scale - 1) * (double)k / ((double)k + 2);
    if (scale < 0.25) scale = 0.25;
    if (scale > 4) scale = 4;
  }
  free(r);
  return scale;
}

/* ------------------------------------------------------------------ symbols */

/*
 * One code symbol of `nm -S -C` output, reduced to what the lookup compares:
 *   plain:      `generic::send_framed::<u32>::{closure#0}`
 *               crate "generic", key "send_framed::{closure#0}"
 *   qualified:  `<generic::MemStore as generic::Store>::get::{closure#0}`
 *               key "<>::get::{closure#0}", self_base "MemStore", trait_base "Store",
 *               qual "generic::MemStore as generic::Store" (generic arguments removed)
 * `ident` tells instances of one generic item apart from distinct items: symbols with the
 * same ident are instances of the same source item.
 */
typedef struct sym {
  const char *key;
  const char *crate;      /* plain: first segment; qualified: "" */
  const char *qual;       /* qualified: qualifier text with generic args removed; else "" */
  const char *self_base;  /* qualified: last path segment of the self type; else "" */
  const char *self_path;  /* qualified: the self type's whole path (`generic::MemStore`) */
  const char *trait_base; /* qualified trait impls: last segment of the trait; else "" */
  const char *ident;
  const char *name; /* as nm printed it (demangled) */
  unsigned file;    /* which ms_symbols_add call (file) it came from */
  long size;
  uint64_t hash;
  struct sym *next;
} sym;

/* A function instantiated with a coroutine's type among its generic arguments, its own
 * (`capproj::block_on::<capproj::level3::{closure#0}>`) or its Self type's (`<Select<a::f::
 * {closure#0}, a::g::{closure#0}> as Future>::poll`): the executor or combinator that polls it,
 * where its resume function was inlined (docs/code-size.md, "Hosts"). */
typedef struct {
  const char *arg;  /* `capproj::level3::{closure#0}` */
  const char *name; /* the host symbol's name: the coroutines it holds share its size */
  long size;
  unsigned file;  /* which ms_symbols_add call: the same name and size in two is one function */
  unsigned depth; /* 1: a generic argument of the function or of its Self type; 2: of one of
                     those arguments (`block_on::<Select<a::f::{closure#0}, ..>>`); ... */
} host;

struct ms_symbols {
  ms_arena arena;
  sym **buckets;
  size_t nbuckets, count;
  host *hosts;
  size_t nhosts, caphosts;
  const char **polls; /* `<W<..> as ..Future>::poll` names of a size: wrappers' polls */
  size_t npolls, cappolls;
  unsigned files; /* ms_symbols_add calls so far */
};

static uint64_t hash_str(const char *s) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a */
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 1099511628211ull;
  }
  return h;
}

ms_symbols *ms_symbols_new(void) {
  ms_symbols *s = ms_xcalloc(1, sizeof *s);
  ms_arena_init(&s->arena);
  s->nbuckets = 256;
  s->buckets = ms_xcalloc(s->nbuckets, sizeof *s->buckets);
  return s;
}

void ms_symbols_free(ms_symbols *s) {
  if (!s) return;
  ms_arena_release(&s->arena);
  free(s->buckets);
  free(s->hosts);
  free(s->polls);
  free(s);
}

static const char *arena_sb(ms_symbols *s, const sbuf *b);
static bool is_arrow(const char *s, size_t i);

/* Whether `name[b, e)` is a plain path ending in closure or coroutine segments
 * (`a::f::{closure#0}`, `a::f::{closure#0}::{closure#0}`): a coroutine's type as a whole
 * generic argument, not a reference to one, a tuple, nor a type with arguments of its own. */
static bool coroutine_arg(const char *name, size_t b, size_t e) {
  static const char SEG[] = "::{closure#";
  if (e <= b || name[e - 1] != '}') return false;
  bool seg = false;
  for (size_t i = b; i < e; i++) {
    char c = name[i];
    if (!(isalnum((unsigned char)c) || c == '_' || c == ':' || c == '{' || c == '}' || c == '#'))
      return false;
    if (c == ':' && !seg && e - i >= sizeof SEG - 1 && !memcmp(name + i, SEG, sizeof SEG - 1))
      seg = true;
  }
  return seg;
}

bool ms_symbols_wrapper_poll(const ms_symbols *s, const char *path) {
  size_t pl = path ? strlen(path) : 0;
  for (size_t i = 0; s && pl && i < s->npolls; i++)
    for (const char *n = s->polls[i], *h = strstr(n, path); h; h = strstr(h + 1, path)) {
      char before = h > n ? h[-1] : 0, after = h[pl];
      bool whole = (before == '<' || (before == ' ' && h - n > 1 && h[-2] == ',')) &&
                   (after == '>' || after == ',');
      if (whole && !(before == '<' && h - n > 2 && h[-2] == ':')) return true; /* a type's, not `::<` */
    }
  return false;
}

/* The function of a symbol whose generic arguments name a coroutine: not one that only moves
 * or drops the future (its drop glue, Box::pin, a spawn that stores it, a Drop impl). */
static bool moves_only(const char *f, size_t n) {
  /* (`build`: async-std's `Builder::build::<F, T>` wraps the task's future, 180 bytes that
   * a trial's opt-level-z report took for the host of three 460-640-byte futures) */
  static const char *const MOVES[] = {"drop_in_place", "drop_glue", "drop", "new", "pin", "from",
                                      "into", "forget", "new_unchecked", "into_future", "size_of",
                                      "size_of_val", "replace", "swap", "take", "write", "read",
                                      "build", NULL};
  /* every spawn stores the future for a task's poll elsewhere: `spawn`, `spawn_local`,
   * `spawn_blocking`, async-task's `spawn_unchecked` (a trial's 191-byte allocation and
   * memcpy taken for the host of a 742-byte task) */
  if (n >= 5 && !memcmp(f, "spawn", 5)) return true;
  for (size_t m = 0; MOVES[m]; m++)
    if (strlen(MOVES[m]) == n && !memcmp(f, MOVES[m], n)) return true;
  return false;
}

/* The coroutine types that are whole generic arguments anywhere in `name`'s generic
 * arguments (`f::<a::g::{closure#0}>`, `f::<T, a::g::{closure#0}>`, `f::<S<a::g::{closure#0}>>`)
 * or in its Self type's (`<S<a::g::{closure#0}> as Future>::poll`), recorded as hosts of
 * size with their depth: how many argument lists hold them.  The function is the segment
 * before the outermost `::<..>` that holds them, or after the qualified Self type `<..>::`. */
static void record_hosts(ms_symbols *s, const char *name, size_t n, long size) {
  enum { QSELF, ARGS, PAREN };
  struct {
    unsigned char kind;
    size_t arg; /* where its current argument starts */
  } st[64];
  size_t d = 0, top = s->nhosts, fopen = 0; /* fopen: the outermost `::<`, or 0 */
  unsigned lists = 0;                        /* ARGS groups open */
  for (size_t i = 0; i < n; i++) {
    char c = name[i];
    if (c == '<' || c == '(' || c == '[') {
      if (d == sizeof st / sizeof *st) break; /* deeper than any real name: nothing */
      unsigned char k = c != '<' ? PAREN
                        : i > 0 && (isalnum((unsigned char)name[i - 1]) || name[i - 1] == '_' ||
                                    name[i - 1] == ':' || name[i - 1] == '}')
                            ? ARGS
                            : QSELF;
      if (d == 0) {
        top = s->nhosts; /* the hosts this outermost group names */
        fopen = k == ARGS && i >= 2 && name[i - 1] == ':' && name[i - 2] == ':' ? i : 0;
      }
      st[d].kind = k;
      st[d++].arg = i + 1;
      lists += k == ARGS;
      continue;
    }
    bool close = (c == '>' && !is_arrow(name, i)) || c == ')' || c == ']';
    bool comma = c == ',' && i + 1 < n && name[i + 1] == ' ';
    if (!close && !comma) continue;
    if (d == 0) break; /* unbalanced */
    if (st[d - 1].kind == ARGS && coroutine_arg(name, st[d - 1].arg, i)) {
      if (s->nhosts == s->caphosts) {
        s->caphosts = s->caphosts ? 2 * s->caphosts : 16;
        s->hosts = ms_xrealloc(s->hosts, s->caphosts * sizeof *s->hosts);
      }
      sbuf a = {0};
      sb_putn(&a, name + st[d - 1].arg, i - st[d - 1].arg);
      s->hosts[s->nhosts++] = (host){arena_sb(s, &a), NULL, size, s->files, lists};
      free(a.p);
    }
    if (comma) {
      st[d - 1].arg = i + 2;
      continue;
    }
    lists -= st[--d].kind == ARGS;
    if (d > 0 || s->nhosts == top) continue;
    /* the outermost group closed, naming coroutines: its function, `f` of `a::f::<..>` (an
     * executor, any name but those that only move the future), or a poll method of a type
     * that holds them, `poll` of `<S<..> as Future>::poll`, `poll_next` (its other methods,
     * a constructor, `project`, an adapter such as `and_then`, do not poll them); any other
     * outermost group (a tuple) is no host */
    size_t fb = 0, fe = 0;
    bool polls = false;
    if (fopen) {
      fe = fopen - 2;
      fb = fe;
      while (fb > 0 && !strchr(": <>", name[fb - 1])) fb--;
      polls = fe > fb && !moves_only(name + fb, fe - fb);
    } else if (name[i] == '>' && st[0].kind == QSELF && i + 2 < n && name[i + 1] == ':' &&
               name[i + 2] == ':') {
      fb = fe = i + 3;
      while (fe < n && name[fe] != ':' && name[fe] != '<') fe++;
      polls = fe - fb >= 4 && !memcmp(name + fb, "poll", 4);
    }
    if (!polls) {
      s->nhosts = top;
      continue;
    }
    sbuf w = {0};
    sb_putn(&w, name, n);
    const char *whole = arena_sb(s, &w);
    free(w.p);
    for (size_t h = top; h < s->nhosts; h++) s->hosts[h].name = whole;
  }
  while (s->nhosts > top && !s->hosts[s->nhosts - 1].name) s->nhosts--; /* a group left open */
}

static void strip_generics(sbuf *out, const char *s, size_t n);

long ms_symbols_host_bytes(const ms_symbols *s, const char *path, long at_least, size_t *count,
                           const char **name, bool (*resume)(const char *name, void *user),
                           void *user) {
  long best = -1;
  size_t n = 0;
  unsigned depth = 0;
  const char *bn = NULL;
  for (size_t i = 0; s && path && i < s->nhosts; i++) {
    const host *h = &s->hosts[i];
    if (h->size < at_least || strcmp(h->arg, path)) continue;
    /* a generic coroutine's own resume function (`race::<edge>::{closure#0}`, an instance
     * of race's body) awaits the coroutine, it is no host: inlined awaitees count it there
     * (an adversarial trial's 100 bytes counted twice) */
    if (resume) {
      sbuf bare = {0};
      strip_generics(&bare, h->name, strlen(h->name));
      bool own = resume(bare.p ? bare.p : "", user);
      free(bare.p);
      if (own) continue;
    }
    /* a host that names the coroutine more directly polls it: `<Select<A, B> as
     * Future>::poll`, where a `block_on::<Select<A, B>>` that calls it holds none of A */
    if (depth && h->depth > depth) continue;
    if (!depth || h->depth < depth) {
      depth = h->depth;
      n = 0;
      best = -1;
    }
    /* one function in two files (a library's rlib and the binary it is linked into: a
     * trial's `<Select<..> as Future>::poll` in both) is one copy */
    bool again = false;
    for (size_t j = 0; j < i && !again; j++)
      again = s->hosts[j].file != h->file && s->hosts[j].depth == h->depth &&
              s->hosts[j].size == h->size && !strcmp(s->hosts[j].arg, path) &&
              !strcmp(s->hosts[j].name, h->name);
    n += !again;
    if (best < 0 || h->size < best) {
      best = h->size;
      bn = h->name;
    }
  }
  if (count) *count = n;
  if (name) *name = bn;
  return best;
}

static void grow(ms_symbols *s) {
  size_t n = s->nbuckets * 2;
  sym **b = ms_xcalloc(n, sizeof *b);
  for (size_t i = 0; i < s->nbuckets; i++) {
    sym *e = s->buckets[i];
    while (e) {
      sym *next = e->next;
      e->next = b[e->hash & (n - 1)];
      b[e->hash & (n - 1)] = e;
      e = next;
    }
  }
  free(s->buckets);
  s->buckets = b;
  s->nbuckets = n;
}



/* `->` in `fn(u32) -> u32` or `impl Fn() -> T` is not a closing angle bracket. */
static bool is_arrow(const char *s, size_t i) { return s[i] == '>' && i > 0 && s[i - 1] == '-'; }

/* Index just past the `>` matching the `<` at s[i], or n when unbalanced. */
static size_t skip_angles(const char *s, size_t i, size_t n) {
  int depth = 0;
  for (; i < n; i++) {
    if (s[i] == '<') depth++;
    else if (s[i] == '>' && !is_arrow(s, i)) {
      if (--depth == 0) return i + 1;
    }
  }
  return n;
}

/*
 * Split s[0..n) at `::` outside angle brackets, dropping generic arguments: `::<...>`
 * segments and `<...>` suffixes of a segment (`write_raw<T>` inside nested paths).  A
 * segment that *starts* with `<` (a qualified path) is kept whole.  Calls fn for each
 * segment.
 */
typedef void (*seg_fn)(const char *seg, size_t len, void *user);

static void split_path(const char *s, size_t n, seg_fn fn, void *user) {
  size_t i = 0;
  while (i < n) {
    size_t start = i;
    if (s[i] == '<') {
      size_t e = skip_angles(s, i, n);
      bool generic_args = start >= 2 && s[start - 1] == ':' && s[start - 2] == ':';
      if (!generic_args) fn(s + start, e - start, user);
      i = e;
    } else {
      size_t end = i;
      while (end < n && !(s[end] == ':' && end + 1 < n && s[end + 1] == ':') && s[end] != '<')
        end++;
      fn(s + start, end - start, user);
      i = end;
      if (i < n && s[i] == '<') i = skip_angles(s, i, n); /* `name<T>` */
    }
    if (i + 1 < n && s[i] == ':' && s[i + 1] == ':') i += 2;
    else if (i < n && s[i] != '<') i++; /* stray character: skip */
  }
}

typedef struct {
  sbuf *out;
  int nseg;
  int skip; /* segments to drop from the front */
} join_ctx;

static void join_seg(const char *seg, size_t len, void *user) {
  join_ctx *j = user;
  if (j->skip > 0) {
    j->skip--;
    return;
  }
  if (len == 0) return;
  if (j->nseg++) sb_puts(j->out, "::");
  sb_putn(j->out, seg, len);
}

/* Text with every `<...>` group removed (`Foo<u32>` -> `Foo`), `::` runs collapsed. */
static void strip_generics(sbuf *out, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (s[i] == '<') {
      i = skip_angles(s, i, n);
      continue;
    }
    if (s[i] == ':' && i + 1 < n && s[i + 1] == ':' && out->len >= 2 &&
        out->p[out->len - 1] == ':' && out->p[out->len - 2] == ':') {
      i += 2;
      continue;
    }
    sb_putn(out, s + i, 1);
    i++;
  }
  while (out->len >= 2 && out->p[out->len - 1] == ':' && out->p[out->len - 2] == ':') {
    out->len -= 2;
    out->p[out->len] = 0;
  }
}

static bool starts(const char *s, size_t n, const char *pre) {
  size_t k = strlen(pre);
  return n >= k && memcmp(s, pre, k) == 0;
}

/*
 * The path of a type for comparing self types: references, pointers, lifetimes and
 * smart-pointer wrappers removed, generic arguments removed: `&mut tokio_postgres::Client`
 * -> `tokio_postgres::Client`, `Tx<'_>` -> `Tx`.  With last_only, only its last path segment
 * (the base name): `Client`, `<a::Client>::transaction::{closure#0}::Guard` -> `Guard`.
 * Written to out.
 */
static void type_path(sbuf *out, const char *s, size_t n, bool last_only) {
  for (;;) {
    while (n && (*s == ' ' || *s == '&' || *s == '*')) s++, n--;
    if (n && *s == '\'') { /* lifetime */
      while (n && *s != ' ') s++, n--;
      continue;
    }
    if (starts(s, n, "mut ")) s += 4, n -= 4;
    else if (starts(s, n, "const ")) s += 6, n -= 6;
    else if (starts(s, n, "dyn ")) s += 4, n -= 4;
    else {
      static const char *const wrappers[] = {"Pin<", "Box<", "Arc<", "Rc<", "std::pin::Pin<",
                                              "core::pin::Pin<", "alloc::boxed::Box<",
                                              "alloc::sync::Arc<", "alloc::rc::Rc<"};
      bool unwrapped = false;
      for (size_t w = 0; w < sizeof wrappers / sizeof *wrappers; w++) {
        size_t k = strlen(wrappers[w]);
        if (starts(s, n, wrappers[w]) && skip_angles(s, k - 1, n) == n) {
          s += k;
          n -= k + 1;
          unwrapped = true;
          break;
        }
      }
      if (!unwrapped) break;
    }
  }
  while (n && s[n - 1] == ' ') n--;
  sbuf tmp = {0};
  strip_generics(&tmp, s, n);
  const char *t = sb_str(&tmp);
  const char *last = t;
  for (const char *p = t; *p && last_only; p++)
    if (p[0] == ':' && p[1] == ':') last = p + 2;
  sb_puts(out, last);
  free(tmp.p);
}

static void type_base(sbuf *out, const char *s, size_t n) { type_path(out, s, n, true); }

/* Position of ` as ` outside angle brackets in s[0..n), or n. */
static size_t find_as(const char *s, size_t n) {
  int depth = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '<') depth++;
    else if (s[i] == '>' && !is_arrow(s, i)) depth--;
    else if (depth == 0 && starts(s + i, n - i, " as ")) return i;
  }
  return n;
}

static const char *arena_sb(ms_symbols *s, const sbuf *b) {
  return ms_arena_strdup(&s->arena, sb_str(b));
}

static bool add_symbol(ms_symbols *s, const char *name, size_t n, long size) {
  sbuf whole = {0};
  sb_putn(&whole, name, n);
  sbuf key = {0}, qual = {0}, self_b = {0}, self_p = {0}, trait_b = {0}, ident = {0},
       crate = {0};
  if (n && name[0] == '<') {
    size_t e = skip_angles(name, 0, n); /* just past the qualifier's `>` */
    if (e < 2 || e > n) return false;
    const char *q = name + 1;
    size_t qn = e - 2;
    size_t as = find_as(q, qn);
    type_base(&self_b, q, as);
    type_path(&self_p, q, as, false);
    if (as < qn) type_base(&trait_b, q + as + 4, qn - as - 4);
    strip_generics(&qual, q, qn);
    sb_puts(&key, "<>");
    if (e + 2 <= n && name[e] == ':' && name[e + 1] == ':') {
      join_ctx j = {&key, 1, 0};
      split_path(name + e + 2, n - e - 2, join_seg, &j);
    }
    sb_puts(&ident, sb_str(&qual));
    sb_puts(&ident, "|");
    sb_puts(&ident, sb_str(&key));
  } else {
    size_t c = 0;
    while (c < n && !(name[c] == ':' && c + 1 < n && name[c + 1] == ':') && name[c] != '<') c++;
    sb_putn(&crate, name, c);
    join_ctx j = {&key, 0, 1};
    split_path(name, n, join_seg, &j);
    sb_puts(&ident, sb_str(&crate));
    sb_puts(&ident, "|");
    sb_puts(&ident, sb_str(&key));
  }
  bool ok = true;
  if (key.len) {
    uint64_t h = hash_str(sb_str(&key));
    /* the same name twice (local symbols of several objects) gives two entries with one
     * ident: the lookup takes the larger, as for instances */
    sym *e = ms_arena_alloc(&s->arena, sizeof *e);
    if (e) {
      e->key = arena_sb(s, &key);
      e->crate = arena_sb(s, &crate);
      e->qual = arena_sb(s, &qual);
      e->self_base = arena_sb(s, &self_b);
      e->self_path = arena_sb(s, &self_p);
      e->trait_base = arena_sb(s, &trait_b);
      e->ident = arena_sb(s, &ident);
      e->name = arena_sb(s, &whole);
      e->file = s->files;
      e->size = size;
      e->hash = h;
      ok = e->key && e->crate && e->qual && e->self_base && e->self_path && e->trait_base &&
           e->ident && e->name;
      if (ok) {
        if (s->count + 1 > s->nbuckets * 2) grow(s);
        e->next = s->buckets[h & (s->nbuckets - 1)];
        s->buckets[h & (s->nbuckets - 1)] = e;
        s->count++;
      }
    } else {
      ok = false;
    }
  }
  free(key.p);
  free(qual.p);
  free(self_b.p);
  free(self_p.p);
  free(trait_b.p);
  free(ident.p);
  free(crate.p);
  free(whole.p);
  return ok && key.len;
}

static bool is_hex_word(const char *s, size_t n) {
  if (n == 0) return false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
      return false;
  }
  return true;
}

/*
 * `nm -S -C` lines: `ADDR SIZE TYPE NAME` (NAME may contain spaces).  Lines without a size
 * (`ADDR TYPE NAME`, undefined `U NAME`), object headers (`x.o:`) and non-code symbols are
 * skipped; code = types T t W w i.  Raw v0 names (`_R...`, output of `nm` without -C) are
 * not demangled and never match: give `nm -C` output (binutils >= 2.36 demangles v0).
 */
long ms_symbols_add(ms_symbols *s, const char *text, size_t len) {
  if (!s || !text) return 0;
  s->files++;
  long n = 0;
  size_t i = 0;
  while (i < len) {
    size_t eol = i;
    while (eol < len && text[eol] != '\n') eol++;
    const char *l = text + i;
    size_t ln = eol - i;
    i = eol + 1;
    if (ln && l[ln - 1] == '\r') ln--;
    /* fields: ADDR SIZE TYPE NAME */
    size_t p = 0, f[3][2];
    int k = 0;
    for (; k < 3; k++) {
      while (p < ln && l[p] == ' ') p++;
      size_t st = p;
      while (p < ln && l[p] != ' ' && l[p] != '\t') p++;
      f[k][0] = st;
      f[k][1] = p - st;
      if (p >= ln) break;
    }
    if (k < 3) continue;
    while (p < ln && l[p] == ' ') p++;
    if (p >= ln) continue;
    if (!is_hex_word(l + f[0][0], f[0][1]) || !is_hex_word(l + f[1][0], f[1][1])) continue;
    if (f[2][1] != 1 || !strchr("TtWwi", l[f[2][0]])) continue;
    const char *name = l + p;
    size_t nn = ln - p;
    if (nn >= 2 && name[0] == '_' && name[1] == 'R') continue; /* raw v0: see above */
    if (f[1][1] > 16) continue;
    long size = 0;
    for (size_t d = 0; d < f[1][1]; d++) {
      char c = l[f[1][0] + d];
      int v = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
      size = size * 16 + v;
    }
    if (add_symbol(s, name, nn, size)) n++;
    record_hosts(s, name, nn, size);
    if (size > 0 && name[0] == '<' && nn > 6 && !memcmp(name + nn - 6, "::poll", 6)) {
      if (s->npolls == s->cappolls) {
        s->cappolls = s->cappolls ? 2 * s->cappolls : 16;
        s->polls = ms_xrealloc(s->polls, s->cappolls * sizeof *s->polls);
      }
      sbuf a = {0};
      sb_putn(&a, name, nn);
      s->polls[s->npolls++] = arena_sb(s, &a);
      free(a.p);
    }
  }
  return n;
}

/* ------------------------------------------------------------------ lookup */

typedef struct {
  const char *s[64];
  size_t n[64];
  int count;
} segs;

static void collect_seg(const char *seg, size_t len, void *user) {
  segs *g = user;
  if (g->count < 64) {
    g->s[g->count] = seg;
    g->n[g->count] = len;
    g->count++;
  }
}

/* Crate name from the dump file's base name: `basic.handshake-{closure#0}....mir` -> basic. */
static void crate_of_file(sbuf *out, const char *file) {
  const char *cr;
  size_t n = ms_file_crate(file, &cr);
  if (n) sb_putn(out, cr, n);
}

/* Does the qualifier mention a path of `crate` (`crate::...` at a path start)? */
static bool qual_mentions_crate(const char *qual, const char *crate) {
  size_t k = strlen(crate);
  for (const char *p = qual; (p = strstr(p, crate)); p++) {
    bool at_start = p == qual || !(p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z') ||
                                   (p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= '0' && p[-1] <= '9') ||
                                   p[-1] == ':');
    if (at_start && p[k] == ':' && p[k + 1] == ':') return true;
  }
  return false;
}

unsigned ms_symbols_closure_kinds(const ms_symbols *s, const char *path) {
  static const char *const KIND[] = {"<i8>", "<i16>", "<i32>"};
  size_t pl = strlen(path);
  unsigned found = 0;
  for (size_t b = 0; s && b < s->nbuckets; b++)
    for (const sym *e = s->buckets[b]; e; e = e->next)
      for (const char *at = e->name ? strstr(e->name, path) : NULL; at; at = strstr(at + 1, path)) {
        const char *k = at + pl;
        if (!strncmp(k, "::<", 3)) k += 2;
        for (unsigned i = 0; i < 3; i++)
          if (!strncmp(k, KIND[i], strlen(KIND[i]))) found |= 1u << i;
      }
  return found;
}

long ms_symbols_code_bytes(const ms_symbols *s, const char *const *crates, size_t n) {
  if (!s) return -1;
  long sum = 0;
  /* one function in two files (a library's rlib and the binary it is linked into: a
   * capture's tables, a trial's 43656 bytes where the binary held 24107) counts once; the
   * same name twice in one file (local symbols of two codegen units) is two copies */
  size_t cap = 16;
  while (cap < 2 * s->count + 2) cap *= 2;
  const sym **seen = ms_xcalloc(cap, sizeof *seen);
  for (size_t b = 0; b < s->nbuckets; b++)
    for (const sym *e = s->buckets[b]; e; e = e->next) {
      bool ours = false;
      for (size_t k = 0; k < n && !ours; k++)
        ours = *e->crate ? !strcmp(e->crate, crates[k]) : qual_mentions_crate(e->qual, crates[k]);
      if (!ours) continue;
      size_t h = (size_t)(hash_str(e->name) ^ (uint64_t)e->size) & (cap - 1);
      bool other_file = false;
      for (; seen[h]; h = (h + 1) & (cap - 1))
        if (seen[h]->size == e->size && !strcmp(seen[h]->name, e->name) && seen[h]->file != e->file)
          other_file = true;
      if (other_file) continue;
      seen[h] = e;
      sum += e->size;
    }
  free(seen);
  return sum;
}

/*
 * What the coroutine's self type says about its impl: `{async fn body of <A as T>::m()}`
 * gives self base A and trait T, `{async fn body of A<'_>::m()}` gives A (inherent: trait
 * "" and *inherent true), `{async fn body of m()}` or an async block gives nothing.
 * self_p (may be NULL) gets the self type's path as MIR prints it (`a::conn::A`, or `A`).
 */
static void impl_of_self_type(const char *st, sbuf *self_b, sbuf *self_p, sbuf *trait_b,
                              bool *inherent) {
  *inherent = false;
  if (!st) return;
  const char *p = strstr(st, "async fn body of ");
  if (!p) p = strstr(st, "async gen fn body of ");
  if (!p) return;
  p = strstr(p, " of ") + 4;
  size_t n = strlen(p);
  while (n && (p[n - 1] == '}' || p[n - 1] == ']')) n--;
  if (n >= 2 && p[n - 2] == '(' && p[n - 1] == ')') n -= 2;
  if (n && p[0] == '<') {
    size_t e = skip_angles(p, 0, n);
    size_t as = find_as(p + 1, e - 2);
    type_base(self_b, p + 1, as);
    if (self_p) type_path(self_p, p + 1, as, false);
    if (as < e - 2) type_base(trait_b, p + 1 + as + 4, e - 2 - as - 4);
    return;
  }
  /* `A<'_>::m` : everything before the last `::` at depth 0 is the self type */
  size_t last = n;
  int depth = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    if (p[i] == '<') depth++;
    else if (p[i] == '>' && !is_arrow(p, i)) depth--;
    else if (depth == 0 && p[i] == ':' && p[i + 1] == ':') last = i;
  }
  if (last < n) {
    type_base(self_b, p, last);
    if (self_p) type_path(self_p, p, last, false);
    *inherent = true;
  }
}

typedef struct {
  unsigned n; /* distinct symbols */
  long sum;   /* their sizes, -1 none */
  const char *names[MS_CODE_INST_NAMES]; /* the first of them */
} code_inst;

enum { PICK_NAMES = 32 };

typedef struct {
  long best;
  const char *ident;
  bool ambiguous;
  int found;
  /* the distinct symbols (instances of a generic body: `twice::<Plain>::{closure#0}` beside
   * `twice::<leaf::{closure#0}>::{closure#0}`), each its own code: how many, their sizes */
  const char *names[PICK_NAMES]; /* the largest first */
  unsigned n;
  long sum, first; /* first: names[0]'s size */
} pick;

static void pick_instance(pick *pk, const sym *e) {
  for (unsigned i = 0; i < pk->n && i < PICK_NAMES; i++)
    if (!strcmp(pk->names[i], e->name)) return; /* listed twice: one function */
  if (pk->n < PICK_NAMES) pk->names[pk->n] = e->name;
  /* the largest first: the instance the coroutine's exact size is */
  if (pk->n && e->size > pk->first) {
    if (pk->n < PICK_NAMES) pk->names[pk->n] = pk->names[0];
    pk->names[0] = e->name;
  }
  if (!pk->n || e->size > pk->first) pk->first = e->size;
  pk->n++;
  pk->sum += e->size;
}

static void pick_add(pick *pk, const sym *e) {
  if (!pk->found++) pk->ident = e->ident;
  else if (strcmp(pk->ident, e->ident) != 0) pk->ambiguous = true;
  if (e->size > pk->best) pk->best = e->size;
  pick_instance(pk, e);
}

/* The coroutine's exact size (the largest instance), -1 when none or ambiguous; the
 * instances into *inst (may be NULL). */
static long pick_result(const pick *pk, code_inst *inst) {
  long r = !pk->found || pk->ambiguous ? -1 : pk->best;
  if (inst) {
    *inst = r < 0 ? (code_inst){0, -1, {NULL}} : (code_inst){pk->n, pk->sum, {NULL}};
    for (unsigned i = 0; r >= 0 && i < pk->n && i < PICK_NAMES && i < MS_CODE_INST_NAMES; i++)
      inst->names[i] = pk->names[i];
  }
  return r;
}

/*
 * Is the symbol's self type the coroutine's (self_b its base name, self_p its path as MIR
 * prints it)?  The base names must be equal.  MIR prints a type by its name alone unless
 * that name is ambiguous; then with a path, for a type of the local crate its definition
 * path without the crate or a tail of it (`azync::connection::Connection` of zbus 1.9 next
 * to its `connection::Connection`; rtnetlink's `link::property_add::LinkNewPropRequest` is
 * also printed `property_add::LinkNewPropRequest`).  So when MIR gives a path and the
 * symbol's type is of the coroutine's crate, the symbol's path must end with that path.
 */
static bool same_self(const sym *e, const char *self_b, const char *self_p, const char *crate) {
  if (strcmp(e->self_base, self_b) != 0) return false;
  if (!strncmp(self_p, "crate::", 7)) self_p += 7;
  size_t k = strlen(crate), n = strlen(e->self_path), m = strlen(self_p);
  if (!k || !strstr(self_p, "::") || strncmp(e->self_path, crate, k) != 0 ||
      strncmp(e->self_path + k, "::", 2) != 0)
    return true;
  /* a tail at a segment boundary: `a::b::T` ends with `b::T`, not with `ab::T` */
  return n >= m + 2 && !strcmp(e->self_path + n - m, self_p) &&
         !strncmp(e->self_path + n - m - 2, "::", 2);
}

/* A method an impl of the input overrides: its own coroutine's (self base, trait base or "",
 * method).  A trait's default method takes no instance of the types that override it: their
 * symbols (`<Router as Handler>::shutdown::{closure#0}`) read like the default's instances
 * (`<Echo as Handler>::shutdown::{closure#0}`); a trial found the default method of an
 * `#[async_trait]` trait given an override's 637 bytes, its own instance 80. */
typedef struct {
  char *self_b, *trait_b, *method;
} override_m;

/* ... and the types of the symbols' crates: the qualified symbols, one of each (crate of the
 * self type's path, self base), in type_cmp order (types_of_symbols).  A symbol's self type is
 * a type, never a parameter: a coroutine whose self base is a type of its crate
 * (`<B as Svc>::call`, one letter) is no blanket impl's (`impl<B> Svc for B`), and takes no
 * other type's symbol (a trial's never-built `<B as Svc>::call` could take `<P as
 * Svc>::call`'s, P's impl the blanket one). */
typedef struct {
  override_m *v;
  size_t n;
  const sym **types;
  size_t ntypes;
} overrides;

/* The first segment of a path: `one` of `one::m::B` (its length). */
static size_t first_seg(const char *p) {
  const char *e = strstr(p, "::");
  return e ? (size_t)(e - p) : strlen(p);
}

/* Orders (crate, base) pairs: the crate (cl bytes at cr) first, then the self base. */
static int type_key_cmp(const char *cr, size_t cl, const char *base, const sym *e) {
  size_t el = first_seg(e->self_path);
  int d = memcmp(cr, e->self_path, cl < el ? cl : el);
  if (!d) d = cl < el ? -1 : cl > el;
  return d ? d : strcmp(base, e->self_base);
}

static int type_cmp(const void *a, const void *b) {
  const sym *x = *(const sym *const *)a, *y = *(const sym *const *)b;
  return type_key_cmp(x->self_path, first_seg(x->self_path), x->self_base, y);
}

/* The qualified symbols of s, one of each (crate, self base), sorted (*n of them). */
static const sym **types_of_symbols(const ms_symbols *s, size_t *n) {
  const sym **v = ms_xcalloc(s && s->count ? s->count : 1, sizeof *v);
  size_t k = 0;
  for (size_t b = 0; s && b < s->nbuckets; b++)
    for (const sym *e = s->buckets[b]; e; e = e->next)
      if (*e->qual && *e->self_base && *e->self_path && k < s->count) v[k++] = e;
  if (k) qsort(v, k, sizeof *v, type_cmp);
  size_t u = 0;
  for (size_t i = 0; i < k; i++)
    if (!u || type_cmp(&v[u - 1], &v[i])) v[u++] = v[i];
  *n = u;
  return v;
}

/* Is base a type of crate cr by the symbols (ov->types)? */
static bool symbol_type(const overrides *ov, const char *cr, const char *base) {
  size_t lo = 0, hi = ov ? ov->ntypes : 0, cl = strlen(cr);
  if (!cl || !*base) return false;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int d = type_key_cmp(cr, cl, base, ov->types[mid]);
    if (!d) return true;
    if (d < 0) hi = mid;
    else lo = mid + 1;
  }
  return false;
}

/* The method of a qualified key: `<>::shutdown::{closure#0}` -> `shutdown` (length in *n). */
static const char *key_method(const char *key, size_t *n) {
  const char *m = !strncmp(key, "<>::", 4) ? key + 4 : key;
  const char *e = strstr(m, "::");
  *n = e ? (size_t)(e - m) : strlen(m);
  return m;
}

static bool overridden(const overrides *ov, const sym *e) {
  size_t kn, on;
  const char *k = key_method(e->key, &kn);
  for (size_t i = 0; ov && i < ov->n; i++) {
    const override_m *o = &ov->v[i];
    on = strlen(o->method);
    if (on == kn && !memcmp(o->method, k, kn) && !strcmp(o->self_b, e->self_base) &&
        (!*o->trait_b || !strcmp(o->trait_b, e->trait_base)))
      return true;
  }
  return false;
}

/* Qualified candidates of `key`, filtered by crate, self type (same_self) and trait base; a
 * trait default's, and a blanket impl's, skip the types whose impls of the input have the
 * method (ov, may be NULL). */
static long lookup_qualified(const ms_symbols *s, const char *key, const char *crate,
                             const char *self_b, const char *self_p, const char *trait_b,
                             bool inherent, bool trait_default, ms_self_kind sk,
                             const overrides *ov, code_inst *inst) {
  uint64_t h = hash_str(key);
  /* pass 0: everything known must agree; pass 1 (blanket impls, `impl<T> Tr for T`):
   * the self base names a type parameter that no symbol shows, so compare the trait only;
   * not when it is a type: by the dump or the table (sk, ms_co_self_kind, the type sizes'
   * rule), else when a symbol shows it, a type of the crate (symbol_type); the dump's
   * parameter mark (`B/#0`) outranks the symbols */
  bool is_type = sk == MS_SELF_TYPE || (sk != MS_SELF_PARAM && symbol_type(ov, crate, self_b));
  for (int pass = 0; pass < 2; pass++) {
    pick pk = {.best = -1};
    for (const sym *e = s->buckets[h & (s->nbuckets - 1)]; e; e = e->next) {
      if (e->hash != h || strcmp(e->key, key) != 0 || !*e->qual) continue;
      if (*crate && !qual_mentions_crate(e->qual, crate)) continue;
      if (*trait_b && strcmp(e->trait_base, trait_b) != 0) continue;
      if (inherent && *e->trait_base) continue;
      if (pass == 0 && *self_b && !trait_default && !same_self(e, self_b, self_p, crate))
        continue;
      /* not another impl of the input's: `<A as Port>::send` for `<B as Port>::send`, inlined
       * with no symbol of its own (a firmware trial's 68 bytes, "exact", were A's) */
      if (pass == 1 && overridden(ov, e)) continue;
      if (pass == 1 && is_type && strcmp(e->self_base, self_b) != 0) continue;
      if (trait_default) {
        /* instances of a trait's default method: one per implementing type */
        if (overridden(ov, e)) continue;
        if (!pk.found++) pk.ident = e->ident;
        if (e->size > pk.best) pk.best = e->size;
        pick_instance(&pk, e);
        continue;
      }
      pick_add(&pk, e);
    }
    if (pk.found || !*self_b || !*trait_b || trait_default) return pick_result(&pk, inst);
  }
  return pick_result(&(pick){.best = -1}, inst);
}

/* `impl_type`: the self type of another coroutine of the same impl block that names it
 * (impl_sibling_type), used when the coroutine's own type and upvars do not; NULL: none. */
/* What names the coroutine's impl: its self type (impl_of_self_type), else a captured `self`
 * (async blocks in methods), else impl_type (an impl sibling's type, for `<impl at ..>`
 * def paths); `<Self as Trait>` (a trait's default method) names no self type. */
static void impl_parts(const ms_coroutine *co, const char *impl_type, sbuf *self_b, sbuf *self_p,
                       sbuf *trait_b, bool *inherent) {
  impl_of_self_type(co->self_type, self_b, self_p, trait_b, inherent);
  if (!self_b->len && co->upvars) {
    for (size_t i = 0; i < co->nupvars; i++)
      if (co->upvars[i].name && !strcmp(co->upvars[i].name, "self") && co->upvars[i].type) {
        type_base(self_b, co->upvars[i].type, strlen(co->upvars[i].type));
        type_path(self_p, co->upvars[i].type, strlen(co->upvars[i].type), false);
        break;
      }
  }
  if (strstr(co->def_path, "<impl at ") && !self_b->len && !trait_b->len && impl_type)
    impl_of_self_type(impl_type, self_b, self_p, trait_b, inherent);
  if (!strcmp(sb_str(self_b), "Self")) {
    self_b->len = 0;
    if (self_b->p) self_b->p[0] = 0;
    self_p->len = 0;
    if (self_p->p) self_p->p[0] = 0;
  }
}

/* The qualified key of an `<impl at ..>` def path: `<impl at a.rs:9:1: 9:20>::m::{closure#0}`
 * -> `<>::m::{closure#0}`. */
static void impl_key(sbuf *key, const char *dp, const char *impl) {
  size_t dn = strlen(dp), e = skip_angles(dp, (size_t)(impl - dp), dn);
  sb_puts(key, "<>");
  if (e + 2 <= dn && dp[e] == ':' && dp[e + 1] == ':') {
    join_ctx j = {key, 1, 0};
    split_path(dp + e + 2, dn - e - 2, join_seg, &j);
  }
}

static long lookup_one(const ms_symbols *s, const ms_coroutine *co, const char *impl_type,
                       const overrides *ov, code_inst *inst) {
  if (inst) *inst = (code_inst){0, -1, {NULL}};
  if (!s || !co || !co->def_path || !*co->def_path) return -1;
  const char *dp = co->def_path;
  size_t dn = strlen(dp);
  sbuf crate = {0}, key = {0}, self_b = {0}, self_p = {0}, trait_b = {0};
  bool inherent = false;
  long r = -1;
  crate_of_file(&crate, co->file);
  impl_parts(co, impl_type, &self_b, &self_p, &trait_b, &inherent);
  const char *impl = strstr(dp, "<impl at ");

  if (impl) {
    /* nothing names the impl: another impl's `m::{closure#0}` (an async block's or a plain
     * closure's: the symbols do not tell them apart) would be taken for this one */
    if (!self_b.len && !trait_b.len) goto out;
    impl_key(&key, dp, impl);
    r = lookup_qualified(s, sb_str(&key), sb_str(&crate), sb_str(&self_b), sb_str(&self_p),
                         sb_str(&trait_b), inherent, false,
                         ms_co_self_kind(co, co->ts, sb_str(&self_b)), ov, inst);
    goto out;
  }

  /* plain path: `m::f::{closure#0}` */
  {
    join_ctx j = {&key, 0, 0};
    split_path(dp, dn, join_seg, &j);
    uint64_t h = hash_str(sb_str(&key));
    pick pk = {.best = -1};
    for (const sym *e = s->buckets[h & (s->nbuckets - 1)]; e; e = e->next) {
      if (e->hash != h || strcmp(e->key, sb_str(&key)) != 0 || *e->qual) continue;
      if (crate.len && strcmp(e->crate, sb_str(&crate)) != 0) continue;
      pick_add(&pk, e);
    }
    if (pk.found) {
      r = pick_result(&pk, inst);
      goto out;
    }
  }

  /* a trait's default method `Trait::m::{closure#0}` (or `mod::Trait::m::...`): the
   * symbols are `<Impl as krate::Trait>::m::{closure#0}`, one per implementing type */
  {
    segs g = {.count = 0};
    split_path(dp, dn, collect_seg, &g);
    int m = g.count - 1; /* the method: last segment that is not `{closure#N}`-like */
    while (m >= 0 && g.n[m] && g.s[m][0] == '{') m--;
    if (m >= 1) {
      sbuf k2 = {0}, tr = {0};
      sb_puts(&k2, "<>");
      for (int i = m; i < g.count; i++) {
        sb_puts(&k2, "::");
        sb_putn(&k2, g.s[i], g.n[i]);
      }
      sb_putn(&tr, g.s[m - 1], g.n[m - 1]);
      r = lookup_qualified(s, sb_str(&k2), sb_str(&crate), "", "", sb_str(&tr), false, true,
                           MS_SELF_UNKNOWN, ov, inst);
      free(k2.p);
      free(tr.p);
    }
  }
out:
  free(crate.p);
  free(key.p);
  free(self_b.p);
  free(self_p.p);
  free(trait_b.p);
  return r;
}

long ms_symbols_lookup(const ms_symbols *s, const ms_coroutine *co) {
  return lookup_one(s, co, NULL, NULL, NULL);
}

/* The `<impl at FILE:L:C: L:C>` of a def path (pointer and length, as lookup_one reads it),
 * or NULL. */
static const char *impl_span(const char *dp, size_t *n) {
  const char *a = dp ? strstr(dp, "<impl at ") : NULL;
  if (!a) return NULL;
  *n = skip_angles(a, 0, strlen(a));
  return a;
}

/* Does the self type name its impl (`{async fn body of <A as T>::m()}`, `A::m()`)? */
static bool names_impl(const char *self_type) {
  if (!self_type) return false;
  sbuf self_b = {0}, trait_b = {0};
  bool inherent;
  impl_of_self_type(self_type, &self_b, NULL, &trait_b, &inherent);
  bool yes = self_b.len || trait_b.len;
  free(self_b.p);
  free(trait_b.p);
  return yes;
}

/* Another coroutine of the same crate and the same impl block whose type names the impl:
 * its self type, or NULL. */
static const char *impl_sibling_type(ms_coroutine *const *cs, size_t n, const ms_coroutine *co) {
  size_t len, len2;
  const char *span = impl_span(co->def_path, &len);
  if (!span) return NULL;
  sbuf crate = {0}, crate2 = {0};
  crate_of_file(&crate, co->file);
  const char *found = NULL;
  for (size_t i = 0; i < n && !found; i++) {
    const char *span2 = cs[i] == co ? NULL : impl_span(cs[i]->def_path, &len2);
    if (!span2 || len2 != len || memcmp(span, span2, len) != 0 || !names_impl(cs[i]->self_type))
      continue;
    crate2.len = 0;
    crate_of_file(&crate2, cs[i]->file);
    if (!strcmp(sb_str(&crate), sb_str(&crate2))) found = cs[i]->self_type;
  }
  free(crate.p);
  free(crate2.p);
  return found;
}

void ms_symbols_lookup_all(const ms_symbols *s, ms_coroutine *const *cs, size_t n) {
  const char **sib = ms_xcalloc(n ? n : 1, sizeof *sib);
  overrides ov = {ms_xcalloc(n ? n : 1, sizeof *ov.v), 0, NULL, 0};
  ov.types = types_of_symbols(s, &ov.ntypes);
  for (size_t i = 0; i < n; i++) {
    const char *impl = cs[i]->def_path ? strstr(cs[i]->def_path, "<impl at ") : NULL;
    if (!s || !impl) continue;
    if (!names_impl(cs[i]->self_type)) sib[i] = impl_sibling_type(cs, n, cs[i]);
    /* the methods the impls override, by the type that names each impl */
    sbuf self_b = {0}, self_p = {0}, trait_b = {0}, key = {0};
    bool inherent = false;
    impl_parts(cs[i], sib[i], &self_b, &self_p, &trait_b, &inherent);
    impl_key(&key, cs[i]->def_path, impl);
    size_t mn;
    const char *m = key_method(sb_str(&key), &mn);
    if (self_b.len && !inherent && mn) {
      override_m *o = &ov.v[ov.n++];
      o->self_b = ms_xstrdup(sb_str(&self_b));
      o->trait_b = ms_xstrdup(sb_str(&trait_b));
      o->method = ms_xmalloc(mn + 1);
      memcpy(o->method, m, mn);
      o->method[mn] = 0;
    }
    free(self_b.p);
    free(self_p.p);
    free(trait_b.p);
    free(key.p);
  }
  for (size_t i = 0; i < n; i++) {
    code_inst in;
    cs[i]->code_exact = lookup_one(s, cs[i], sib[i], &ov, &in);
    cs[i]->code_instances = in.n;
    cs[i]->code_exact_all = in.sum;
    memcpy(cs[i]->code_inst_names, in.names, sizeof in.names);
  }
  for (size_t i = 0; i < ov.n; i++) {
    free(ov.v[i].self_b);
    free(ov.v[i].trait_b);
    free(ov.v[i].method);
  }
  free(ov.v);
  free(ov.types);
  free(sib);
}
