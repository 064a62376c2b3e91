/*
 * Stage 2-3: from a parsed resume body to the coroutine model: identity, layout, states,
 * transitions (from the resume function's CFG) and findings.  Sizes come from typesizes.c,
 * code costs from codecost.c.  See docs/model.md for the rules applied here.
 */
#include "model.h"
#include "advice.h"
#include "alloc.h"
#include "dumpname.h"
#include "layout.h"
#include "readfile.h"
#include "rebuild.h"
#include "resume.h"
#include "text.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ helpers */

static char *dup(ms_crate *c, const char *s) { return ms_arena_strdup(&c->arena, s ? s : ""); }

static bool starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static const char *dirname_len(const char *path, size_t *len) {
  const char *slash = strrchr(path, '/');
  *len = slash ? (size_t)(slash - path) : 0;
  return path;
}

/* The body part of a dump file's name: `basic.handshake-{closure#0}` of
 * `dir/basic.handshake-{closure#0}.-------.coroutine_resume.0.mir`; the whole base name when
 * it is not a dump file name.  Sets *base to the base name. */
static size_t body_key_len(const char *path, const char **base) {
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  *base = b;
  size_t k = ms_dump_body_key_len(b);
  return k ? k : strlen(b);
}

/* The body key of same_body: the dump file name's `crate.item` part; "" for a file whose
 * name is not a dump's (renamed, attached to a bug report): its header's def path alone
 * says which body it is, so two passes of one body in renamed files are one coroutine (a
 * trial's renamed `-Zdump-mir=all` directory gave 45 coroutines for 15). */
static size_t same_body_key(const char *path, const char **base) {
  size_t k = body_key_len(path, base);
  return ms_dump_body_key_len(*base) ? k : 0;
}

/* The item part of a dump file name as a def path: `tokio_postgres.a-{impl#3}-f-{closure#0}
 * .-------.coroutine_resume.0.mir` -> `a::{impl#3}::f::{closure#0}`; "" when not a dump name. */
static const char *item_of_file(ms_crate *c, const char *file) {
  const char *base;
  size_t k = body_key_len(file, &base);
  const char *dot = memchr(base, '.', k);
  if (!ms_dump_body_key_len(base) || !dot) return "";
  size_t n = 0;
  for (const char *p = dot + 1; p < base + k; p++) n += *p == '-' ? 2 : 1;
  char *r = ms_arena_alloc(&c->arena, n + 1);
  char *w = r;
  for (const char *p = dot + 1; p < base + k; p++) {
    if (*p == '-') {
      *w++ = ':';
      *w++ = ':';
    } else
      *w++ = *p;
  }
  *w = 0;
  return r;
}

/* A warning about a file (or NULL: the input), not one body. */
static void warn(const ms_crate *c, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void warn(const ms_crate *c, const char *file, const char *fmt, ...) {
  char msg[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  ms_crate_warn(c, &(ms_warning){.path = file, .message = msg}, NULL);
}

/* A warning about resume body b: "`def path` (pass): what", at the body's line when the
 * caller takes positions (on_warning_at, on_warning_about), else with ", line N" in the
 * parentheses. */
static void warn_body(const ms_crate *c, const ms_body *b, const char *pass, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void warn_body(const ms_crate *c, const ms_body *b, const char *pass, const char *fmt, ...) {
  char what[640], msg[768], placed[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  snprintf(msg, sizeof msg, "`%s` (%s): %s", b->def_path, pass, what);
  snprintf(placed, sizeof placed, "`%s` (%s, line %u): %s", b->def_path, pass, b->line, what);
  ms_crate_warn(c, &(ms_warning){.path = b->file, .line = b->line, .col = 1, .message = msg,
                                 .def_path = b->def_path},
                placed);
}

/* Is this pass one whose body is a resume function?  Lower is better; -1: not one. */
static int pass_rank(const char *pass) {
  if (!strcmp(pass, "coroutine_resume") || !strcmp(pass, "generator_resume")) return 0;
  if (!strcmp(pass, "after StateTransform")) return 1;
  /* the final MIR, the layout printed (runtime-optimized: nightlies without PreCodegen) */
  if (!strcmp(pass, "after PreCodegen") || !strcmp(pass, "after runtime-optimized")) return 2;
  if (!*pass) return 3; /* no header: a pasted body, --emit=mir */
  return -1;
}

static ms_coroutine_kind kind_of(const char *self_type) {
  const char *t = self_type;
  if (strstr(t, "{async fn body of") || strstr(t, "[async fn body@")) return MS_KIND_ASYNC_FN;
  if (strstr(t, "{async closure body@")) return MS_KIND_ASYNC_CLOSURE;
  if (strstr(t, "{async gen block@") || strstr(t, "{async gen fn body")) return MS_KIND_ASYNC_GEN_BLOCK;
  if (strstr(t, "{async block@") || strstr(t, "[async block@")) return MS_KIND_ASYNC_BLOCK;
  if (strstr(t, "{gen block@") || strstr(t, "{gen fn body")) return MS_KIND_GEN_BLOCK;
  return MS_KIND_COROUTINE;
}

static bool is_async(ms_coroutine_kind k) {
  return k == MS_KIND_ASYNC_FN || k == MS_KIND_ASYNC_BLOCK || k == MS_KIND_ASYNC_CLOSURE ||
         k == MS_KIND_ASYNC_GEN_BLOCK;
}

/* The coroutine's own type from `_1: Pin<&mut T>` / `_1: &mut T` (gen) / `_1: T`. */
static const char *self_type_of(ms_crate *c, const char *p1) {
  const char *s = p1;
  size_t n = strlen(s);
  size_t pin = ms_pin_mut_prefix(s);
  if (pin && n > pin + 1 && s[n - 1] == '>') {
    s += pin;
    n -= pin + 1;
  } else if (starts(s, "&mut ")) {
    s += 5;
    n -= 5;
  }
  return ms_arena_strndup(&c->arena, s, n);
}

/* The source span a coroutine's type prints after its `@` (`{async block@src/lib.rs:205:30:
 * 205:35}`, `[generator@a.rs:5:5: 7:6 {u32, ()}]`), up to its closing bracket or the list of
 * types an old generator's adds; NULL when there is none (`{async fn body of f()}`). */
static const char *span_of_type(ms_crate *c, const char *type) {
  const char *at = type ? strchr(type, '@') : NULL;
  if (!at) return NULL;
  at++;
  size_t n = strcspn(at, "}]");
  const char *list = strstr(at, " {");
  if (list && (size_t)(list - at) < n) n = (size_t)(list - at);
  unsigned line = 0, col = 0;
  const char *colon = memchr(at, ':', n);
  if (!n || !colon || sscanf(colon, ":%u:%u", &line, &col) != 2 || !line) return NULL;
  return ms_arena_strndup(&c->arena, at, n);
}

/* ------------------------------------------------------------------ crate */

int ms_target_pointer_width(const char *triple) {
  if (!triple) return 0;
  static const char *const P16[] = {"avr", "msp430", NULL};
  static const char *const P32_64ARCH[] = {"aarch64_32", "arm64_32", NULL};
  static const char *const P64[] = {"x86_64", "aarch64", "arm64", "powerpc64", "riscv64",
                                    "s390x", "sparc64", "sparcv9", "mips64", "mipsisa64",
                                    "loongarch64", "wasm64", "bpfe", "nvptx64", "amdgcn", NULL};
  static const char *const P32[] = {"thumb", "arm", "i386", "i486", "i586", "i686", "riscv32",
                                    "wasm32", "mips", "powerpc", "sparc", "xtensa", "hexagon",
                                    "csky", "m68k", "nvptx", NULL};
  const char *const *lists[] = {P16, P32_64ARCH, P64, P32};
  const int widths[] = {16, 32, 64, 32};
  if (strstr(triple, "gnux32") || strstr(triple, "_ilp32")) return 32;
  for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
    for (const char *const *p = lists[k]; *p; p++)
      if (!strncmp(triple, *p, strlen(*p))) return widths[k];
  return 0;
}

ms_crate *ms_crate_new(const ms_crate_options *opts) {
  ms_crate *c = ms_xcalloc(1, sizeof *c);
  ms_arena_init(&c->arena);
  /* a width given; else the target's (a thumb target is 32-bit), else 64 */
  int tw = opts ? ms_target_pointer_width(opts->target) : 0;
  c->opts.pointer_width = tw ? tw : 64;
  if (opts && (opts->pointer_width == 16 || opts->pointer_width == 32 || opts->pointer_width == 64))
    c->opts.pointer_width = opts->pointer_width;
  if (opts) {
    c->opts.on_warning = opts->on_warning;
    c->opts.on_warning_at = opts->on_warning_at;
    c->opts.on_warning_about = opts->on_warning_about;
    c->opts.warning_user = opts->warning_user;
    if (opts->target) c->opts.target = dup(c, opts->target);
    if (opts->opt_level) c->opts.opt_level = dup(c, opts->opt_level);
  }
  c->code_model = ms_code_model_for(c->opts.target, c->opts.opt_level, &c->code_model_exact);
  return c;
}

void ms_crate_free(ms_crate *c) {
  if (!c) return;
  ms_ts_free(c->ts);
  for (size_t i = 0; i < c->scoped.len; i++) {
    ms_ts_free(((co_scoped_ts *)c->scoped.items)[i].ts);
    ms_symbols_free(((co_scoped_ts *)c->scoped.items)[i].syms);
  }
  ms_symbols_free(c->syms);
  free(c->dedup.slots);
  ms_arena_release(&c->arena);
  free(c);
}

/* Read a file and hand its text to one of the crate's `add` functions. */
static long add_file(ms_crate *c, const char *path, const char **err,
                     long (*add)(ms_crate *, const char *, size_t, const void *), const void *arg) {
  if (c->finished) return 0; /* the model is built: nothing read now would be used */
  size_t len;
  char *b = ms_read_file(path, &len, err);
  if (!b) return -1;
  long n = add(c, b, len, arg);
  free(b);
  return n;
}

static long add_ts(ms_crate *c, const char *text, size_t len, const void *arg) {
  (void)arg;
  return ms_crate_add_type_sizes(c, text, len);
}

static long add_syms(ms_crate *c, const char *text, size_t len, const void *arg) {
  (void)arg;
  return ms_crate_add_symbols(c, text, len);
}

/* The tables that apply below directory `scope` only (made when new). */
static co_scoped_ts *scope_slot(ms_crate *c, const char *scope) {
  size_t sl = strlen(scope);
  char *dir = ms_arena_alloc(&c->arena, sl + 2);
  memcpy(dir, scope, sl);
  if (!sl || dir[sl - 1] != '/') dir[sl++] = '/';
  dir[sl] = 0;
  co_scoped_ts *all = c->scoped.items;
  for (size_t i = 0; i < c->scoped.len; i++)
    if (!strcmp(all[i].dir, dir)) return &all[i];
  co_scoped_ts *slot = ms_vec_push(&c->arena, &c->scoped, sizeof *slot);
  *slot = (co_scoped_ts){dir, ms_ts_new(), NULL, false};
  return slot;
}

/* Type sizes that apply below directory `arg` only. */
static long add_scoped_ts(ms_crate *c, const char *text, size_t len, const void *arg) {
  co_scoped_ts *slot = scope_slot(c, arg);
  slot->has_ts = true;
  return ms_ts_add(slot->ts, text, len);
}

/* Symbols that apply below directory `arg` only. */
static long add_scoped_syms(ms_crate *c, const char *text, size_t len, const void *arg) {
  co_scoped_ts *slot = scope_slot(c, arg);
  if (!slot->syms) slot->syms = ms_symbols_new();
  return ms_symbols_add(slot->syms, text, len);
}

long ms_crate_add_type_sizes(ms_crate *c, const char *text, size_t len) {
  if (c->finished) return 0;
  if (!c->ts) c->ts = ms_ts_new();
  return ms_ts_add(c->ts, text, len);
}

long ms_crate_add_type_sizes_file(ms_crate *c, const char *path, const char **err) {
  return add_file(c, path, err, add_ts, NULL);
}

long ms_crate_add_type_sizes_scoped(ms_crate *c, const char *path, const char *scope,
                                    const char **err) {
  if (!scope) return ms_crate_add_type_sizes_file(c, path, err); /* no scope: for all */
  return add_file(c, path, err, add_scoped_ts, scope);
}

long ms_crate_add_symbols(ms_crate *c, const char *text, size_t len) {
  if (c->finished) return 0;
  if (!c->syms) c->syms = ms_symbols_new();
  return ms_symbols_add(c->syms, text, len);
}

long ms_crate_add_symbols_file(ms_crate *c, const char *path, const char **err) {
  return add_file(c, path, err, add_syms, NULL);
}

long ms_crate_add_symbols_scoped(ms_crate *c, const char *path, const char *scope,
                                 const char **err) {
  if (!scope) return ms_crate_add_symbols_file(c, path, err); /* no scope: for all */
  return add_file(c, path, err, add_scoped_syms, scope);
}

/* ------------------------------------------------------------------ places */

/* Is block `idx` set in a bitmap of `nb` blocks?  Blocks whose number is out of range (a
 * garbled `bb99999999999`) are in no bitmap. */
static bool reached(const unsigned char *bits, size_t nb, unsigned idx) {
  return idx < nb && (bits[idx / 8] >> (idx % 8) & 1);
}

/* ------------------------------------------------------------------ dispatch */

static const ms_block *block_at(const ms_body *b, long n) {
  return n >= 0 ? ms_body_block_by_index(b, (unsigned)n) : NULL;
}

/* Follow `goto` chains (bounded) to the first block with another terminator. */
static const ms_block *skip_gotos(const ms_body *b, const ms_block *blk) {
  for (int i = 0; blk && i < MS_GOTO_HOPS; i++) {
    if (!blk->term || blk->term->kind != MS_TERM_GOTO || blk->nstmts || blk->term->nedges != 1)
      return blk;
    blk = block_at(b, blk->term->edges[0].target);
  }
  return blk;
}

/* Where the dispatch chain starts: bb0, else the body's first block. */
static const ms_block *dispatch_start(const ms_body *b) {
  const ms_block *b0 = ms_body_block_by_index(b, 0);
  return b0 ? b0 : b->nblocks ? b->blocks[0] : NULL;
}

/*
 * The dispatch switch: in the entry block (following gotos), a switchInt on a local that
 * was assigned `discriminant(<coroutine place>)`.  Returns the block it ends, NULL if none.
 */
static const ms_block *find_dispatch(const ms_body *b, const ref_set *rs) {
  const ms_block *blk = dispatch_start(b);
  for (int hop = 0; blk && hop < MS_GOTO_HOPS; hop++) {
    long discr_local = -1;
    for (size_t j = 0; j < blk->nstmts; j++) {
      const ms_stmt *s = blk->stmts[j];
      if (s->kind == MS_STMT_ASSIGN && s->rv == MS_RV_CALL_LIKE && s->place &&
          !s->place->nproj && !strcmp(s->callee, "discriminant") && s->nops == 1 &&
          ms_is_coroutine_place(rs, s->ops[0].place))
        discr_local = s->place->local;
    }
    const ms_stmt *t = blk->term;
    if (!t) return NULL;
    if (t->kind == MS_TERM_SWITCH_INT && discr_local >= 0 && t->nops == 1 && t->ops[0].place &&
        t->ops[0].place->local == discr_local)
      return blk;
    if (t->kind != MS_TERM_GOTO || t->nedges != 1) return NULL;
    blk = block_at(b, t->edges[0].target);
  }
  return NULL;
}

/* ------------------------------------------------------------------ transitions */

enum { RET_NONE, RET_PENDING, RET_READY, RET_YIELD, RET_COMPLETE };

static int ret_kind_of_text(const char *t, ms_coroutine_kind kind) {
  if (strstr(t, "Pending") || strstr(t, "PENDING")) return RET_PENDING;
  if (strstr(t, "FINISHED")) return RET_COMPLETE; /* async gen: Poll::Ready(None) */
  if (strstr(t, "Yielded")) return RET_YIELD;
  if (strstr(t, "Complete")) return RET_COMPLETE;
  if (kind == MS_KIND_GEN_BLOCK) {
    if (strstr(t, "::Some")) return RET_YIELD;
    if (strstr(t, "::None")) return RET_COMPLETE;
  }
  if (strstr(t, "Ready")) return RET_READY;
  return RET_NONE;
}

/* `discriminant(_0) = K` on the return value: interpret by the return type. */
static int ret_kind_of_discr(const char *ret_type, long k, ms_coroutine_kind kind) {
  if (strstr(ret_type, "Poll<")) return k == 1 ? RET_PENDING : RET_READY;
  if (strstr(ret_type, "CoroutineState<") || strstr(ret_type, "GeneratorState<"))
    return k == 0 ? RET_YIELD : RET_COMPLETE;
  if (strstr(ret_type, "Option<") && kind == MS_KIND_GEN_BLOCK)
    return k == 1 ? RET_YIELD : RET_COMPLETE;
  return RET_NONE;
}

static ms_transition_kind via_label(const resume_ctx *x, size_t from, long to, int ret, bool unwind) {
  ms_coroutine_kind kind = x->co->kind;
  (void)from;
  if (unwind) return MS_VIA_UNWIND;
  bool async = is_async(kind);
  if (ret == RET_PENDING) return MS_VIA_PENDING;
  /* before 2023 an async body was a generator: an await yields `GeneratorState::Yielded(())` */
  if (ret == RET_YIELD) return async && kind != MS_KIND_ASYNC_GEN_BLOCK ? MS_VIA_PENDING : MS_VIA_YIELD;
  if (kind == MS_KIND_ASYNC_GEN_BLOCK && ret == RET_READY && to != x->returned) return MS_VIA_YIELD;
  if (kind == MS_KIND_ASYNC_GEN_BLOCK && ret == RET_NONE && to != x->returned) return MS_VIA_YIELD;
  if (ret == RET_COMPLETE || to == x->returned) return async ? MS_VIA_READY : MS_VIA_RETURN;
  if (ret == RET_READY) return MS_VIA_READY;
  return async ? MS_VIA_PENDING : MS_VIA_YIELD;
}

/* A transition of state `from`, once: walk_state adds one state's at a time, and `added` has a
 * bit per (to, via) of this state's (a long body has thousands of states, and a transition
 * from each to every later one). */
static void add_transition(ms_arena *a, ms_vec *tv, unsigned char *added, size_t from,
                           size_t to, ms_transition_kind via) {
  size_t bit = to * 5 + (size_t)via;
  if (added[bit / 8] & (1u << (bit % 8))) return;
  added[bit / 8] |= (unsigned char)(1u << (bit % 8));
  co_trans *n = ms_vec_push(a, tv, sizeof *n);
  n->from = (uint32_t)from;
  n->to = (uint32_t)to;
  n->via = (unsigned char)via;
}

typedef struct {
  unsigned blk;
  long pending; /* state index written, -1 none */
  int ret;
} Frame;

/* The (block, state written, what _0 holds) triples a walk has visited: a hash set, sized by
 * what a walk visits, not by blocks x states (a body of 1200 awaits has 36 million such keys;
 * a dense bitset took 22 MB a state).  Emptied between walks, allocated once per body. */
typedef struct {
  size_t *keys; /* key + 1; 0: empty */
  size_t cap, used;
} keyset;

/* The first slot to probe for v in a table of cap (a power of two) slots: one multiply by
 * 2^64 / phi, the high bits kept (hashing the key's eight bytes one by one led the profile). */
static size_t key_slot(size_t v, size_t cap) {
  uint64_t h = (uint64_t)v * UINT64_C(0x9E3779B97F4A7C15);
  return (size_t)(h >> 32 ^ h) & (cap - 1);
}

/* Whether key was new (then added). */
static bool keyset_add(keyset *k, size_t key) {
  if ((k->used + 1) * 2 > k->cap) {
    size_t nc = k->cap ? k->cap * 2 : 256, *nk = ms_xcalloc(nc, sizeof *nk);
    for (size_t i = 0; i < k->cap; i++) {
      if (!k->keys[i]) continue;
      size_t j = key_slot(k->keys[i], nc);
      while (nk[j]) j = (j + 1) & (nc - 1);
      nk[j] = k->keys[i];
    }
    free(k->keys);
    k->keys = nk;
    k->cap = nc;
  }
  size_t v = key + 1, j = key_slot(v, k->cap);
  for (; k->keys[j]; j = (j + 1) & (k->cap - 1))
    if (k->keys[j] == v) return false;
  k->keys[j] = v;
  k->used++;
  return true;
}

static void keyset_clear(keyset *k) {
  if (k->used) memset(k->keys, 0, k->cap * sizeof *k->keys);
  k->used = 0;
}

/* What a block does to a walk's (state written, what _0 holds): the last write of each, as
 * the walk would find it statement by statement.  Read once per body; walk_state visits a
 * block once per state, state written and return value (a body of 1200 awaits: millions of
 * visits, each of which read every statement and matched the text of every write to _0). */
typedef struct {
  bool writes_state; /* a `discriminant(coroutine) = K`: pending becomes `state` */
  long state;        /* the state of the last such write (-1: no state has K) */
  int ret;           /* RET_* of the last write to _0, the call's included; -1: none */
  long taken;        /* a switchInt on a known constant: the one edge it takes; -1: all */
} block_effect;

/* ------------------------------------------------------------------ constant switches */

/* The suffix of an integer literal: `_u8`, `u8` (older dumps); only the integer types.  The
 * type's name, else NULL. */
static const char *int_suffix(const char *d) {
  static const char *const ints[] = {"u8", "u16", "u32", "u64", "u128", "usize",
                                     "i8", "i16", "i32", "i64", "i128", "isize"};
  const char *sfx = *d == '_' ? d + 1 : d;
  for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
    if (!strcmp(sfx, ints[i])) return sfx;
  return NULL;
}

/* The value of a constant operand as a switchInt arm prints it (decimal, no leading zeros):
 * `const false` 0, `const true` 1, `const 7_u8` 7, `const 24_usize` 24.  False for anything
 * else: a named constant (`const OFF`, `const <T as Tr>::IS_ZST`: the dump does not give its
 * value), a negative number (its arm is printed as the unsigned bits), a char, a float. */
static bool const_value(const char *t, char *out, size_t cap) {
  if (!t || !starts(t, "const ")) return false;
  t += 6;
  if (!strcmp(t, "false") || !strcmp(t, "true")) {
    snprintf(out, cap, "%c", t[0] == 't' ? '1' : '0');
    return true;
  }
  const char *d = t;
  while (*d >= '0' && *d <= '9') d++;
  if (d == t) return false;
  if (*d && !int_suffix(d)) return false;
  while (t + 1 < d && *t == '0') t++;
  if ((size_t)(d - t) + 1 > cap) return false;
  memcpy(out, t, (size_t)(d - t));
  out[d - t] = 0;
  return true;
}

/* The value of a switchInt arm's label in the same form: `0`, `1`, older dumps' `false` and
 * `true`.  False for any other label. */
static bool label_value(const char *l, char *out, size_t cap) {
  if (l && (!strcmp(l, "false") || !strcmp(l, "true"))) {
    snprintf(out, cap, "%c", l[0] == 't' ? '1' : '0');
    return true;
  }
  char c[64];
  snprintf(c, sizeof c, "const %s", l ? l : "");
  return l && *l >= '0' && *l <= '9' && const_value(c, out, cap);
}

/* The edge a switchInt on the value v takes: the arm labelled v, else `otherwise`; -1 (all
 * edges) when a label is not a number or no edge matches. */
static long edge_for_value(const ms_stmt *t, const char *v) {
  long hit = -1, other = -1;
  for (size_t e = 0; e < t->nedges; e++) {
    char lv[48];
    if (t->edges[e].kind == MS_EDGE_OTHERWISE) {
      other = (long)e;
    } else {
      if (t->edges[e].kind != MS_EDGE_SWITCH || !label_value(t->edges[e].label, lv, sizeof lv))
        return -1;
      if (!strcmp(lv, v)) hit = (long)e;
    }
  }
  return hit >= 0 ? hit : other;
}

/* A literal operand of a comparison, by value: `const true` (1, "bool"), `const 7_u8` (7,
 * "u8"), `const -3_i64` (minus 3, "i64"), `7u8` in older dumps.  The digits are the decimal
 * ones the dump prints, without leading zeros, compared as text: exact at any width (u128
 * included) with no C integer in between. */
typedef struct {
  bool neg;
  const char *digits; /* "0" for zero */
  size_t ndigits;
  const char *type; /* "bool" or the suffix's type: "u8", "i64" */
} literal;

/* Reads a literal, false for anything else: what const_value refuses, an integer without a
 * suffix (its type is not printed), a sign on an unsigned type, and a type's extreme, which
 * rustc prints as a path (`u8::MAX`, `i8::MIN`, `usize::MAX`) as it prints a named constant
 * (`const u8::MAX` could be one, of a module `u8`). */
static bool read_literal(const char *t, literal *l) {
  if (!t || !starts(t, "const ")) return false;
  t += 6;
  if (!strcmp(t, "false") || !strcmp(t, "true")) {
    *l = (literal){false, t[0] == 't' ? "1" : "0", 1, "bool"};
    return true;
  }
  bool neg = *t == '-';
  if (neg) t++;
  const char *d = t;
  while (*d >= '0' && *d <= '9') d++;
  const char *type = d > t && *d ? int_suffix(d) : NULL;
  if (!type || (neg && type[0] == 'u')) return false;
  while (t + 1 < d && *t == '0') t++;
  *l = (literal){neg && *t != '0', t, (size_t)(d - t), type};
  return true;
}

/* The sign of a - b. */
static int literal_cmp(const literal *a, const literal *b) {
  if (a->neg != b->neg) return a->neg ? -1 : 1;
  int m = a->ndigits != b->ndigits ? (a->ndigits < b->ndigits ? -1 : 1)
                                   : memcmp(a->digits, b->digits, a->ndigits);
  m = (m > 0) - (m < 0);
  return a->neg ? -m : m;
}

/* The value of a bool rvalue computed from literals alone, as a switchInt arm prints it (0 or
 * 1): `Gt(const 1_i32, const 2_i32)` (Eq, Ne, Lt, Le, Gt, Ge of two literals of one type),
 * `BitAnd(const true, const false)` (BitAnd, BitOr, BitXor of two bools), `Not(const false)`.
 * False for anything else: an operand that is a place or not a literal read_literal reads, two
 * types, the bit operations and Not on integers (their value is not a bool), arithmetic.  (A
 * tuple struct of the crate named `Gt` prints the same, but no switch reads a struct whole:
 * the caller takes only a switch on the whole local.) */
static bool folded_bool(const ms_stmt *st, char *out, size_t cap) {
  if (st->rv != MS_RV_CALL_LIKE || !st->callee || st->nops < 1 || st->nops > 2) return false;
  literal l[2];
  for (size_t i = 0; i < st->nops; i++)
    if (st->ops[i].place || !read_literal(st->ops[i].text, &l[i])) return false;
  const char *op = st->callee;
  bool bools = !strcmp(l[0].type, "bool"), v;
  if (st->nops == 1) {
    if (!bools || strcmp(op, "Not")) return false;
    v = l[0].digits[0] == '0';
  } else {
    if (strcmp(l[0].type, l[1].type)) return false;
    int c = literal_cmp(&l[0], &l[1]);
    bool a = l[0].digits[0] == '1', b = l[1].digits[0] == '1';
    if (!strcmp(op, "Eq")) v = c == 0;
    else if (!strcmp(op, "Ne")) v = c != 0;
    else if (!strcmp(op, "Lt")) v = c < 0;
    else if (!strcmp(op, "Le")) v = c <= 0;
    else if (!strcmp(op, "Gt")) v = c > 0;
    else if (!strcmp(op, "Ge")) v = c >= 0;
    else if (bools && !strcmp(op, "BitAnd")) v = a && b;
    else if (bools && !strcmp(op, "BitOr")) v = a || b;
    else if (bools && !strcmp(op, "BitXor")) v = a != b;
    else return false;
  }
  snprintf(out, cap, "%c", v ? '1' : '0');
  return true;
}

/* `_N = const V` (the whole local, a value const_value reads) or `_N = Gt(const 1_i32, const
 * 2_i32)` (a bool folded_bool computes): N and the value, else -1. */
static long const_def(const ms_stmt *st, char *v, size_t cap) {
  if (st->kind != MS_STMT_ASSIGN || !st->place || st->place->nproj || st->place->local < 0)
    return -1;
  if (st->rv == MS_RV_USE && st->nops == 1 && !st->ops[0].place &&
      const_value(st->ops[0].text, v, cap))
    return st->place->local;
  return folded_bool(st, v, cap) ? st->place->local : -1;
}

/* The switched local of `switchInt(move _N)` / `copy _N` / `_N` (older dumps): N, else -1. */
static long switched_local(const ms_stmt *t) {
  if (t->nops != 1 || !t->ops[0].place || t->ops[0].place->nproj) return -1;
  return t->ops[0].place->local;
}

typedef struct {
  long local;
  size_t blk; /* by_index position of the switch */
  char value[48];
  unsigned defs, others; /* in the whole body: `_N = const ..`, any other mention */
} const_switch;

static int const_switch_cmp(const void *pa, const void *pb) {
  const const_switch *a = pa, *b = pb;
  return (a->local > b->local) - (a->local < b->local);
}

/* Count a mention of local n in the candidates (sorted by local; several switches may test
 * one local). */
static void count_mention(const_switch *cs, size_t ncs, long n, bool def) {
  size_t lo = 0, hi = ncs;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cs[mid].local < n) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < ncs && cs[lo].local == n; lo++) {
    if (def) cs[lo].defs++;
    else cs[lo].others++;
  }
}

/*
 * fx[k].taken for every block whose switchInt the MIR decides by a constant: `switchInt(const
 * false)`, or `switchInt(move _N)` where the block assigns `_N = const V` or a comparison of
 * two literals (`_N = Gt(const 1_i32, const 2_i32)`, const_def) before it and that
 * assignment is the only mention of _N in the body apart from StorageLive/StorageDead,
 * PlaceMention, FakeRead and switches on _N (no other write, no borrow through which one
 * could come, no copy to or from elsewhere).  Then _N holds V at the switch on every path.
 * Anything else (a local assigned twice, `const OFF`, `copy _5` of a `let` variable) keeps
 * all edges: this must never make a reachable state look unreachable.
 */
static void constant_switches(const ms_body *b, block_effect *fx) {
  ms_vec v = {0};
  ms_arena tmp;
  ms_arena_init(&tmp);
  for (size_t k = 0; k < b->nblock_by_index; k++) {
    const ms_block *blk = b->block_by_index[k];
    const ms_stmt *t = blk ? blk->term : NULL;
    if (!t || t->kind != MS_TERM_SWITCH_INT || t->nops != 1) continue;
    char val[48];
    if (!t->ops[0].place) { /* switchInt(const V) */
      if (const_value(t->ops[0].text, val, sizeof val)) fx[k].taken = edge_for_value(t, val);
      continue;
    }
    long n = switched_local(t);
    if (n < 0) continue;
    for (size_t j = blk->nstmts; j-- > 0;) {
      const ms_stmt *st = blk->stmts[j];
      if (st->kind != MS_STMT_ASSIGN || !st->place || st->place->local != n) continue;
      if (const_def(st, val, sizeof val) == n) {
        const_switch *c = ms_vec_push(&tmp, &v, sizeof *c);
        *c = (const_switch){.local = n, .blk = k};
        memcpy(c->value, val, sizeof val);
      }
      break; /* the last write to _N in the block decides */
    }
  }
  const_switch *cs = v.items;
  size_t ncs = v.len;
  if (ncs) qsort(cs, ncs, sizeof *cs, const_switch_cmp);
  for (size_t k = 0; ncs && k < b->nblocks; k++) {
    const ms_block *blk = b->blocks[k];
    for (size_t j = 0; j <= blk->nstmts; j++) {
      const ms_stmt *st = j < blk->nstmts ? blk->stmts[j] : blk->term;
      if (!st) continue;
      char val[48];
      long d = const_def(st, val, sizeof val);
      if (d >= 0) { /* a constant rvalue, or one of literals, names no local */
        count_mention(cs, ncs, d, true);
        continue;
      }
      if (st->kind == MS_STMT_STORAGE_LIVE || st->kind == MS_STMT_STORAGE_DEAD ||
          st->kind == MS_STMT_PLACE_MENTION || st->kind == MS_STMT_FAKE_READ ||
          (st->kind == MS_TERM_SWITCH_INT && switched_local(st) >= 0))
        continue; /* reads (or the end of the local's storage), never writes */
      const char *s = st->text ? st->text : "";
      for (const char *q = s; (q = strchr(q, '_')) != NULL; q++) {
        bool word = q > s && (q[-1] == '_' || (q[-1] >= '0' && q[-1] <= '9') ||
                              (q[-1] >= 'a' && q[-1] <= 'z') || (q[-1] >= 'A' && q[-1] <= 'Z'));
        if (word || q[1] < '0' || q[1] > '9') continue;
        char *end;
        long n = strtol(q + 1, &end, 10);
        count_mention(cs, ncs, n, false);
        q = end - 1;
      }
    }
  }
  for (size_t i = 0; i < ncs; i++)
    if (cs[i].defs == 1 && !cs[i].others)
      fx[cs[i].blk].taken = edge_for_value(b->block_by_index[cs[i].blk]->term, cs[i].value);
  ms_arena_release(&tmp);
}

static block_effect *block_effects(const resume_ctx *x) {
  const ms_body *b = x->b;
  block_effect *fx = ms_xcalloc(b->nblock_by_index ? b->nblock_by_index : 1, sizeof *fx);
  for (size_t k = 0; k < b->nblock_by_index; k++) {
    const ms_block *blk = b->block_by_index[k];
    fx[k] = (block_effect){false, -1, -1, -1};
    if (!blk) continue;
    for (size_t j = 0; j < blk->nstmts; j++) {
      const ms_stmt *st = blk->stmts[j];
      if (st->kind == MS_STMT_SET_DISCRIMINANT && st->place) {
        if (ms_is_coroutine_place(x->rs, st->place)) {
          fx[k].writes_state = true;
          fx[k].state = ms_state_by_discr(x, st->discr);
        } else if (st->place->local == 0 && !st->place->nproj)
          fx[k].ret = ret_kind_of_discr(b->ret_type, st->discr, x->co->kind);
      } else if (st->kind == MS_STMT_ASSIGN && st->place && st->place->local == 0 &&
                 !st->place->nproj) {
        fx[k].ret = ret_kind_of_text(st->rvalue, x->co->kind);
      }
    }
    const ms_stmt *t = blk->term;
    if (t && t->kind == MS_TERM_CALL && t->place && t->place->local == 0 && !t->place->nproj)
      fx[k].ret = ret_kind_of_text(t->callee, x->co->kind);
  }
  constant_switches(b, fx);
  return fx;
}

/*
 * Depth-first over (block, state written so far, what _0 holds) from a state's entry.
 * A switchInt the MIR decides by a constant (fx[].taken, constant_switches) follows its one
 * edge only.
 * `reach` gets a bit per block reached; `seen` is emptied first.
 */
static void walk_state(ms_arena *a, resume_ctx *x, const block_effect *fx, size_t s, ms_vec *tv,
                       unsigned char *reach, keyset *seen, unsigned char *added) {
  const ms_body *b = x->b;
  size_t nb = b->nblock_by_index, ns = x->co->nstates;
  Frame *stack = NULL;
  size_t n = 0, cap = 0;
  keyset_clear(seen);
  memset(added, 0, (ns * 5 + 7) / 8 + 1);
#define VISIT(B, P, R)                                                                         \
  do {                                                                                         \
    size_t key_ = ((size_t)(B) * (ns + 1) + (size_t)((P) + 1)) * 5 + (size_t)(R);              \
    if ((B) < nb && b->block_by_index[(B)] && keyset_add(seen, key_)) {                        \
      if (n == cap) {                                                                          \
        cap = cap ? cap * 2 : 64;                                                              \
        stack = ms_xrealloc(stack, cap * sizeof *stack);                                       \
      }                                                                                        \
      stack[n].blk = (B);                                                                      \
      stack[n].pending = (P);                                                                  \
      stack[n].ret = (R);                                                                      \
      n++;                                                                                     \
    }                                                                                          \
  } while (0)

  long entry = x->co->states[s].entry;
  if (entry < 0) goto done;
  VISIT((unsigned)entry, -1L, RET_NONE);
  while (n) {
    Frame f = stack[--n];
    const ms_block *blk = b->block_by_index[f.blk];
    reach[f.blk / 8] |= (unsigned char)(1u << (f.blk % 8));
    long pending = fx[f.blk].writes_state ? fx[f.blk].state : f.pending;
    int ret = fx[f.blk].ret >= 0 ? fx[f.blk].ret : f.ret;
    const ms_stmt *t = blk->term;
    if (!t) continue;
    if (t->kind == MS_TERM_RETURN) {
      size_t to = pending >= 0 ? (size_t)pending : s;
      add_transition(a, tv, added, s, to, via_label(x, s, (long)to, ret, false));
      continue;
    }
    if (t->kind == MS_TERM_RESUME) {
      if (pending >= 0) add_transition(a, tv, added, s, (size_t)pending, MS_VIA_UNWIND);
      continue;
    }
    long only = t->kind == MS_TERM_SWITCH_INT ? fx[f.blk].taken : -1;
    if (only >= 0 && (size_t)only < t->nedges) /* a switch on a constant: its one edge */
      VISIT(t->edges[only].target, pending, ret);
    else
      for (size_t e = 0; e < t->nedges; e++) VISIT(t->edges[e].target, pending, ret);
  }
done:
  free(stack);
#undef VISIT
}

/* The blocks whose switch the walks followed on one edge of several, for the findings' words:
 * `bb9, bb14` (the first eight, then `…`); NULL when none. */
static const char *const_switch_list(ms_crate *c, const ms_body *b, const block_effect *fx) {
  char buf[128];
  size_t len = 0, n = 0;
  buf[0] = 0;
  for (size_t k = 0; k < b->nblock_by_index; k++) {
    const ms_stmt *t = b->block_by_index[k] ? b->block_by_index[k]->term : NULL;
    if (!t || t->kind != MS_TERM_SWITCH_INT || fx[k].taken < 0) continue;
    bool other = false; /* another target than the taken edge's */
    for (size_t e = 0; e < t->nedges; e++)
      other = other || t->edges[e].target != t->edges[fx[k].taken].target;
    if (!other) continue;
    if (n++ == 8) {
      snprintf(buf + len, sizeof buf - len, ", \xE2\x80\xA6");
      break;
    }
    int w = snprintf(buf + len, sizeof buf - len, "%sbb%u", len ? ", " : "", b->block_by_index[k]->index);
    if (w > 0 && (size_t)w < sizeof buf - len) len += (size_t)w;
  }
  return n ? dup(c, buf) : NULL;
}

/* ------------------------------------------------------------------ arms */

/* A block that only prepares to resume: storage markers and the resume argument moved into a
 * local (`_50 = move _2;`), ending in a goto. */
static bool resume_prelude(const ms_block *blk) {
  if (!blk->term || blk->term->kind != MS_TERM_GOTO || blk->term->nedges != 1) return false;
  for (size_t j = 0; j < blk->nstmts; j++) {
    const ms_stmt *st = blk->stmts[j];
    if (st->kind == MS_STMT_STORAGE_LIVE || st->kind == MS_STMT_STORAGE_DEAD || st->kind == MS_STMT_NOP)
      continue;
    if (st->kind == MS_STMT_ASSIGN && st->rv == MS_RV_USE && st->nops == 1 && st->ops[0].place &&
        st->ops[0].place->local == 2 && !st->ops[0].place->nproj)
      continue;
    return false;
  }
  return true;
}

static ms_arm_kind arm_kind(const resume_ctx *x, size_t s) {
  const ms_body *b = x->b;
  const co_state *st = &x->co->states[s];
  if (st->entry < 0) return MS_ARM_NONE;
  const ms_block *blk = skip_gotos(b, block_at(b, st->entry));
  /* the arms of states entered by the async-drop body (`coroutine_drop_async`) take the
   * resume argument, then assert "resumed after async drop" */
  if (blk && resume_prelude(blk)) {
    const ms_block *next = skip_gotos(b, block_at(b, blk->term->edges[0].target));
    const ms_stmt *t = next ? next->term : NULL;
    if (t && t->kind == MS_TERM_ASSERT && t->nops >= 1 && !strcmp(t->ops[0].text, "const false") &&
        strstr(t->message, "after async drop"))
      return MS_ARM_POISON_ASYNC_DROP;
  }
  if (!blk || !blk->term) return MS_ARM_CODE;
  const ms_stmt *t = blk->term;
  if (t->kind == MS_TERM_ASSERT && t->nops >= 1 && !strcmp(t->ops[0].text, "const false")) {
    const char *m = t->message;
    if (strstr(m, "after async drop")) return MS_ARM_POISON_ASYNC_DROP;
    if (strstr(m, "after completion")) return MS_ARM_POISON_RETURNED;
    if (strstr(m, "after panicking")) return MS_ARM_POISON_PANICKED;
  }
  /* gen and async gen blocks alike */
  if ((long)s == x->returned &&
      (x->co->kind == MS_KIND_GEN_BLOCK || x->co->kind == MS_KIND_ASYNC_GEN_BLOCK) &&
      t->kind == MS_TERM_RETURN) {
    bool writes = false;
    for (size_t j = 0; j < blk->nstmts; j++)
      if (blk->stmts[j]->kind == MS_STMT_SET_DISCRIMINANT &&
          ms_is_coroutine_place(x->rs, blk->stmts[j]->place))
        writes = true;
    if (!writes) return MS_ARM_RETURNS_NONE;
  }
  return MS_ARM_CODE;
}

/* ------------------------------------------------------------------ building */

static void add_finding(ms_crate *c, ms_coroutine *co, ms_finding_class cls, long state, long bytes,
                        const char *reason) {
  co_finding *f = ms_vec_push(&c->arena, &co->findings, sizeof *f);
  f->cls = cls;
  f->state = state;
  f->bytes = bytes;
  f->reason = dup(c, reason);
  f->other = -1;
}

/* Do spans `F:L1:C1: L2:C2` a and b end at the same `L2:C2`? */
static bool span_ends_alike(const char *a, const char *b) {
  const char *la = strrchr(a, ' '), *lb = strrchr(b, ' ');
  return la && lb && !strcmp(la, lb);
}

/* The span of debug line i, from its `// in scope N at SPAN` comment (an era-1 layout prints
 * none for its saved locals).  An `__awaitee`'s comment spans `.await` alone; rustc 1.6x's
 * await desugaring binds the output as `result` in a scope inside the awaitee's, spanning
 * the whole `EXPR.await` (what later layouts give the awaitee): that one when it ends alike. */
static const char *debug_span(const ms_body *b, size_t i) {
  const ms_debug *d = &b->debugs[i];
  if (strcmp(d->name, "__awaitee")) return d->span;
  for (size_t k = 0; k < b->ndebugs; k++) {
    const ms_debug *r = &b->debugs[k];
    if (strcmp(r->name, "result") || !r->span || !*r->span) continue;
    bool inside = false;
    for (size_t q = 0; q < b->nscopes && !inside; q++)
      inside = b->scopes[q].index == r->scope && b->scopes[q].parent == (long)d->scope;
    if (inside && span_ends_alike(r->span, d->span)) return r->span;
  }
  return d->span;
}

static void names_from_debug(ms_crate *c, ms_coroutine *co, const ms_body *b, const ref_set *rs,
                             const resume_ctx *x) {
  ms_vec ups = {0};
  for (size_t i = 0; i < b->ndebugs; i++) {
    const ms_debug *d = &b->debugs[i];
    long v, f;
    if (!d->place) continue;
    if (ms_saved_field_of(rs, d->place, &v, &f)) {
      long at = ms_co_saved_at(co, ms_state_by_discr(x, v), f);
      if (at < 0) continue;
      co_saved *sv = &co->saved[at];
      if (!*sv->name) {
        sv->name = dup(c, d->name);
        if (!*sv->span && d->span && *d->span) sv->span = dup(c, debug_span(b, i));
      }
    } else if (ms_upvar_field_of(rs, d->place, &f, true)) {
      co_upvar *u = ups.items;
      bool have = false;
      for (size_t k = 0; k < ups.len; k++)
        if (u[k].field == (unsigned)f) have = true;
      if (have) continue;
      co_upvar *n = ms_vec_push(&c->arena, &ups, sizeof *n);
      n->name = dup(c, d->name);
      n->field = (unsigned)f;
      const ms_place *p = d->place;
      size_t k = ms_coroutine_prefix(rs, p);
      n->type = dup(c, p->proj[k].text); /* the field's type: `&u32` when by reference */
      n->bytes = -1;
    }
  }
  /* in field order */
  co_upvar *u = ups.items;
  for (size_t i = 1; i < ups.len; i++)
    for (size_t k = i; k > 0 && u[k - 1].field > u[k].field; k--) {
      co_upvar t = u[k];
      u[k] = u[k - 1];
      u[k - 1] = t;
    }
  co->upvars = u;
  co->nupvars = ups.len;
}

/* The last `::` segment of a def path and the one before it ("" when none). */
typedef struct {
  const char *s;
  size_t n;
} seg_t;

static void last_segments(const char *dp, seg_t *last, seg_t *parent) {
  size_t n = strlen(dp), e = n, k = 0;
  seg_t seg[2] = {{"", 0}, {"", 0}};
  while (k < 2) {
    size_t s = e;
    while (s >= 2 && !(dp[s - 1] == ':' && dp[s - 2] == ':')) s--;
    if (s < 2) s = 0;
    seg[k++] = (seg_t){dp + s, e - s};
    if (s < 2) break;
    e = s - 2;
  }
  *last = seg[0];
  *parent = seg[1];
}

/*
 * Before 2023 (rustc 1.63 and its era) an async fn or block was a generator,
 * `[static generator@FILE:L:C: L:C]`, resumed with its `_task_context` (`_2: ResumeTy`), its
 * awaits yields, and its resume function returning `GeneratorState<(), T>`: kind_of calls it
 * a coroutine.  Which of the two it is the type does not say (both spans are of the body's
 * block); the body says it as far as it can:
 *  - an async fn's body is `f::{closure#0}` of a named item `f`: an async block in a closure
 *    (`{closure#N}::{closure#M}`) or a fn's other closures (`{closure#1}`) are blocks;
 *  - an async fn captures exactly its parameters and moves each into a local of the same name
 *    declared at the parameter (`debug x => ((*_1.0).0)` and `debug x => _3`, one span); an
 *    async block's captures are variables declared outside it, with no such local;
 *  - with no capture at all the two are printed alike (`async fn f() { .. }` and
 *    `fn f() -> impl Future { async { .. } }` differ in their spans only): async_fn.
 * docs/model.md, "Identity".
 */
static ms_coroutine_kind era1_async_kind(const ms_coroutine *co, const ms_body *b, const ref_set *rs) {
  const char *t = co->self_type;
  if (co->kind != MS_KIND_COROUTINE || !t || !(starts(t, "[generator@") || starts(t, "[static generator@")))
    return co->kind;
  const char *r2 = ms_body_type_of(b, 2);
  size_t n2 = r2 ? strlen(r2) : 0;
  bool async = r2 && (!strcmp(r2, "ResumeTy") || (n2 > 10 && !strcmp(r2 + n2 - 10, "::ResumeTy")));
  for (size_t i = 0; i < b->ndebugs && !async; i++) async = !strcmp(b->debugs[i].name, "_task_context");
  if (!async) return co->kind;
  seg_t last, parent;
  last_segments(co->def_path ? co->def_path : "", &last, &parent);
  if (last.n != 11 || memcmp(last.s, "{closure#0}", 11) || !parent.n || parent.s[0] == '{')
    return MS_KIND_ASYNC_BLOCK;
  for (size_t i = 0; i < b->ndebugs; i++) {
    const ms_debug *d = &b->debugs[i];
    long f;
    if (!d->place || !ms_upvar_field_of(rs, d->place, &f, false)) continue;
    bool moved = false;
    for (size_t k = 0; k < b->ndebugs && !moved; k++) {
      const ms_debug *e = &b->debugs[k];
      long g;
      moved = k != i && !strcmp(e->name, d->name) && d->span && *d->span && e->span &&
              !strcmp(e->span, d->span) && !(e->place && ms_upvar_field_of(rs, e->place, &g, true));
    }
    if (!moved) return MS_KIND_ASYNC_BLOCK;
  }
  return MS_KIND_ASYNC_FN;
}

/* Upvar copies in the Unresumed arm: `(((*_N) as variant#K).F: T) = copy ((*_N).U: T)`, in
 * one statement or through plain locals (`_3 = copy ((*_N).U: T); .. = copy _3`: an async
 * fn's `let b = buf;`, a trial), each written whole once and only by a copy or move of the
 * upvar's whole value (a field, a clone, `buf.map(..)` is not the upvar; what the saved local
 * is changed to later, `b[1] = 3`, `b = fresh()`, keeps it a copy: the future still holds two
 * slots of the upvar's type, tests/data/upvar-copy-local); and upvars moved
 * into an awaited future (rust-lang/rust#62958's "size doubles per nesting
 * level", a fresh-eyes trial): the value flows from the upvar through plain locals into the
 * arguments of a call that returns a future (`level1(move _6)`, then `into_future`), which is
 * stored into a saved local holding a future (`__awaitee`); the upvar keeps its own slot in
 * every state, so the value is stored twice.  Also through a hand-written future that holds
 * it (a firmware trial's `select(fut, Timer::after(ticks)).await`): a call whose result's type
 * names the operand's among its generic arguments (`Select<F, Timer>` of an `F`), a struct
 * literal, tuple or array, a tuple struct's constructor (docs/model.md, tests/data/
 * upvar-into-struct); every operand of it, so each of several upvars moved into one future
 * is a copy (`select(a, b).await`, tests/data/upvar-two-into-one).  copy_moved[k] marks
 * those. */
/* The upvar a place lies in (any place in it: `b[1]` too), -1 for none. */
static long upvar_in(const ref_set *rs, const ms_coroutine *co, const ms_place *q) {
  size_t pk = q ? ms_coroutine_prefix(rs, q) : 0;
  long g;
  if (pk && q->nproj > pk && q->proj[pk].kind == MS_PROJ_FIELD && (g = q->proj[pk].index) >= 0 &&
      (size_t)g < co->nupvars)
    return g;
  return -1;
}

/* Per upvar (arena, co->nupvars): 1 when a block some Suspend state's arm reaches (normal
 * edges) reads it, or any statement borrows it. */
static unsigned char *upvars_live_after_resume(ms_crate *c, const ms_coroutine *co, const ms_body *b,
                                               const ref_set *rs) {
  unsigned char *live = ms_arena_alloc(&c->arena, co->nupvars + 1);
  size_t nb = b->nblock_by_index;
  unsigned char *seen = ms_xcalloc(nb + 1, 1);
  unsigned *stack = ms_xcalloc(nb + 1, sizeof *stack);
  size_t n = 0;
  for (size_t s = 0; s < co->nstates; s++) {
    long e = co->states[s].entry;
    if (strncmp(co->states[s].name, "Suspend", 7) || e < 0 || (size_t)e >= nb || seen[e]) continue;
    seen[e] = 1;
    stack[n++] = (unsigned)e;
  }
  while (n) {
    const ms_block *blk = b->block_by_index[stack[--n]];
    if (!blk || blk->cleanup) continue;
    for (size_t j = 0; j <= blk->nstmts; j++) {
      const ms_stmt *st = j < blk->nstmts ? blk->stmts[j] : blk->term;
      for (size_t i = 0; st && i < st->nops; i++) {
        long g = upvar_in(rs, co, st->ops[i].place);
        if (g >= 0) live[g] = 1;
      }
    }
    for (size_t e = 0; blk->term && e < blk->term->nedges; e++) {
      unsigned t = blk->term->edges[e].target;
      if (blk->term->edges[e].kind == MS_EDGE_UNWIND || t >= nb || seen[t]) continue;
      seen[t] = 1;
      stack[n++] = t;
    }
  }
  free(seen);
  free(stack);
  for (size_t k = 0; k < b->nblocks; k++) { /* borrowed anywhere: `&buf`, `&raw const buf` */
    const ms_block *blk = b->blocks[k];
    for (size_t j = 0; j < blk->nstmts; j++) {
      const ms_stmt *st = blk->stmts[j];
      if (st->kind != MS_STMT_ASSIGN || (st->rv != MS_RV_REF && st->rv != MS_RV_RAW_PTR)) continue;
      for (size_t i = 0; i < st->nops; i++) {
        long g = upvar_in(rs, co, st->ops[i].place);
        if (g >= 0) live[g] = 1;
      }
    }
  }
  return live;
}

/* The upvars a plain local's value came from: a list per local (from[], then next), in
 * the order they came; a call or a literal carries one per operand (`select(move _8, move
 * _9)` of two arguments, tests/data/upvar-two-into-one). */
typedef struct {
  long upvar, next;
  /* 1: it came through the future of an AsyncFnOnce call (`async_call_once(move _6, move
   * _7)`), which holds it only if the instance is an async closure's body */
  unsigned char once;
} carried;

static void find_upvar_copies(ms_crate *c, ms_coroutine *co, const ms_body *b, const ref_set *rs,
                              const resume_ctx *x, const unsigned char *reach0) {
  ms_vec cs = {0}, cu = {0}, cm = {0}, co1 = {0}, nodes = {0};
  /* how often each upvar is read in the whole body: one moved into a future and read again
   * (an async block's capture used in place after the await, `sink(b).await + b[1]`, a
   * trial) keeps its slot for that read; an async fn reads each argument once, into its
   * local */
  size_t *reads = ms_arena_alloc(&c->arena, (co->nupvars + 1) * sizeof *reads);
  memset(reads, 0, (co->nupvars + 1) * sizeof *reads);
  for (size_t k = 0; k < b->nblocks; k++) {
    const ms_block *blk = b->blocks[k];
    for (size_t j = 0; j <= blk->nstmts; j++) {
      const ms_stmt *s = j < blk->nstmts ? blk->stmts[j] : blk->term;
      for (size_t i = 0; s && i < s->nops; i++) {
        long g = upvar_in(rs, co, s->ops[i].place);
        if (g >= 0) reads[g]++;
      }
    }
  }
  /* upvars still live after a resume: read in a block a Suspend state's arm reaches (after
   * the await, or a copy inside a loop), or borrowed anywhere.  Their slot stays whatever
   * the layout does: a copy of one is no redundant copy (a trial: `let b = buf; x.await;
   * b[0] + buf[1]` was said to store buf twice, 128 bytes a layout could drop) */
  unsigned char *live = upvars_live_after_resume(c, co, b, rs);
  long maxl = (long)b->ntype_by_id; /* the locals' numbers, as parse.c bounds them */
  /* per local: the first of the upvars its value came from (nodes), -1 for none */
  long *from = ms_arena_alloc(&c->arena, ((size_t)maxl + 1) * sizeof *from);
  /* per local: how often it is written whole anywhere in the body (a local written twice,
   * `let mut b = buf; .. b = other;`, holds more than the upvar); 1 when its value came
   * through a call (a future built from the upvar), not only through copies and moves */
  size_t *writes = ms_arena_alloc(&c->arena, ((size_t)maxl + 1) * sizeof *writes);
  unsigned char *via_call = ms_arena_alloc(&c->arena, (size_t)maxl + 1);
  for (long l = 0; l <= maxl; l++) from[l] = -1;
  memset(writes, 0, ((size_t)maxl + 1) * sizeof *writes);
  memset(via_call, 0, (size_t)maxl + 1);
  for (size_t k = 0; k < b->nblocks; k++) {
    const ms_block *blk = b->blocks[k];
    for (size_t j = 0; j <= blk->nstmts; j++) {
      const ms_stmt *s = j < blk->nstmts ? blk->stmts[j] : blk->term;
      if (s && s->place && !s->place->nproj && s->place->local >= 0 && s->place->local <= maxl &&
          (s->kind == MS_STMT_ASSIGN || s->kind == MS_TERM_CALL))
        writes[s->place->local]++;
    }
  }
  /* round 0, again while it finds more (a block may copy a local a later-numbered block
   * set): the flow through locals; round 1: the stores */
  for (int round = 0; round < 2;) {
    bool more = false;
    for (size_t k = 0; k < b->nblocks; k++) {
      const ms_block *blk = b->blocks[k];
      if (!reached(reach0, b->nblock_by_index, blk->index)) continue;
      for (size_t j = 0; j <= blk->nstmts; j++) {
        const ms_stmt *s = j < blk->nstmts ? blk->stmts[j] : blk->term;
        if (!s || !s->place) continue;
        bool call = s->kind == MS_TERM_CALL, use = s->kind == MS_STMT_ASSIGN && s->rv == MS_RV_USE && s->nops == 1;
        /* a struct literal, tuple or array holds its operands in its own bytes; a tuple
         * struct's or variant's constructor (`Wrap(move _6)`) too, an operator (`Add`) not */
        bool agg = s->kind == MS_STMT_ASSIGN &&
                   (s->rv == MS_RV_AGGREGATE || s->rv == MS_RV_TUPLE || s->rv == MS_RV_ARRAY);
        bool ctor = s->kind == MS_STMT_ASSIGN && s->rv == MS_RV_CALL_LIKE;
        if (!call && !use && !agg && !ctor) continue;
        /* every operand that carries an upvar's value, whole: two arguments into one call or
         * literal are two copies (`select(a, b).await`: both upvars keep their slots) */
        for (size_t i = 0; i < s->nops; i++) {
          const ms_place *op = s->ops[i].place;
          long g = -1, src = -1; /* src: the local it came through, -1 the upvar itself */
          const char *uty = NULL; /* the type of the operand that carries it */
          if (!op) continue;
          if ((use || agg || ctor) && ms_upvar_field_of(rs, op, &g, false)) {
            uty = op->proj[op->nproj - 1].text;
          } else if (!op->nproj && op->local >= 0 && op->local <= maxl && from[op->local] >= 0) {
            src = op->local;
            uty = ms_body_type_of(b, src);
          } else
            continue;
          /* each upvar it carries: the upvar itself (n = -2), or those src's value came from */
          for (long n = src < 0 ? -2 : from[src]; n != -1; n = n == -2 ? -1 : ((carried *)nodes.items)[n].next) {
            long u = n == -2 ? g : ((carried *)nodes.items)[n].upvar, v, f;
            bool once = n != -2 && ((carried *)nodes.items)[n].once;
            if (ms_saved_field_of(rs, s->place, &v, &f)) {
              if (round == 0) continue;
              long at = ms_co_saved_at(co, ms_state_by_discr(x, v), f);
              if (at < 0) continue;
              const co_saved *sv = &co->saved[at];
              /* a copy: the upvar's whole value, straight or through plain locals only (then
               * of the type it has all the way) */
              const char *ty = ms_body_type_of(b, src), *fty = s->place->proj[s->place->nproj - 1].text;
              bool direct = use && (src < 0 || (!via_call[src] && ty && fty && !strcmp(ty, fty)));
              /* moved in through a future: only into a saved future (the awaited one), and
               * only an upvar nothing else reads */
              if (!direct && strcmp(sv->name, "__awaitee") && !ms_type_is_async_coroutine(sv->type)) continue;
              /* through an AsyncFnOnce call's future: only that future itself, whose instance
               * ms_crate_finish checks (a Select<CallOnceFuture, Timer> would need its
               * instance's first argument: not looked at) */
              if (once && !ms_type_is_call_once_future(fty)) continue;
              if (!direct && (size_t)u < co->nupvars && reads[u] != 1) continue;
              if ((size_t)u < co->nupvars && live[u]) continue;
              /* one finding per upvar moved into futures: moved on two paths into two
               * awaited futures (`match t { Some(t) => timeout(t, f).await, None =>
               * f.await }`, tokio-postgres), it still has one slot of its own, the bytes
               * stored twice */
              bool dup = false;
              for (size_t q = 0; q < cs.len && !dup; q++)
                dup = ((size_t *)cu.items)[q] == (size_t)u &&
                      (((size_t *)cs.items)[q] == (size_t)at || (!direct && ((unsigned char *)cm.items)[q]));
              if (dup) continue;
              size_t *ps = ms_vec_push(&c->arena, &cs, sizeof *ps);
              size_t *pu = ms_vec_push(&c->arena, &cu, sizeof *pu);
              unsigned char *pm = ms_vec_push(&c->arena, &cm, sizeof *pm);
              unsigned char *po = ms_vec_push(&c->arena, &co1, sizeof *po);
              *ps = (size_t)at;
              *pu = (size_t)u;
              *pm = !direct;
              *po = once && !direct;
              continue;
            }
            /* into a plain local written whole once: from a use, or a call's future built
             * from it */
            long d = s->place->nproj ? -1 : s->place->local, *tail;
            if (round || d < 0 || d > maxl || writes[d] != 1) continue;
            /* a call's value holds the operand when it is a future of an async fn or block
             * (which keeps its arguments), IntoFuture of a future (itself), or of a type
             * whose generic arguments name the operand's type as written (`select(move _8,
             * ..)`: `Select<F, Timer>` of an `F`) */
            const char *dty = ms_body_type_of(b, d);
            /* ... or the future of an AsyncFnOnce called by value (`<F as AsyncFnOnce<(u32,)>>
             * ::async_call_once(move _6, move _7)` returning its CallOnceFuture): an async
             * closure's body holds the closure's captures and its arguments, a plain
             * closure's future need not: marked, for ms_crate_finish to ask the instance */
            bool by_once = call && ms_call_once_future(s->callee, dty);
            if (call && !by_once && !ms_type_is_async_coroutine(dty) &&
                !(s->callee && strstr(s->callee, "into_future")) && !ms_type_holds_arg(dty, uty))
              continue;
            if (ctor && !ms_type_holds_arg(dty, uty) && !ms_callee_constructs(s->callee, dty)) continue;
            /* once per upvar: at the end of d's list, unless it is there */
            for (tail = &from[d]; *tail >= 0 && ((carried *)nodes.items)[*tail].upvar != u;)
              tail = &((carried *)nodes.items)[*tail].next;
            if (*tail >= 0) continue;
            long at = (long)nodes.len;
            carried *nd = ms_vec_push(&c->arena, &nodes, sizeof *nd);
            nd->upvar = u;
            nd->next = -1;
            nd->once = by_once || once;
            /* the push may have moved the nodes: find the end of d's list again */
            for (tail = &from[d]; *tail >= 0;) tail = &((carried *)nodes.items)[*tail].next;
            *tail = at;
            via_call[d] = call || agg || ctor || (src >= 0 && via_call[src]);
            more = true;
          }
        }
      }
    }
    if (round || !more) round++;
  }
  co->copy_saved = cs.items;
  co->copy_upvar = cu.items;
  co->copy_moved = cm.items;
  co->copy_once = co1.items;
  co->ncopies = cs.len < cu.len ? cs.len : cu.len;
}


/* The bytes of the upvar in field `field`, -1 when not known. */
static long upvar_bytes(const ms_coroutine *co, size_t field) {
  long ub = -1;
  for (size_t j = 0; j < co->nupvars; j++)
    if (co->upvars[j].field == field) ub = co->upvars[j].bytes;
  return ub;
}

/* Position in co->saved of saved local `_sN` (N = index), -1 if the layout lists none.
 * The first one printed wins, as in the layout's own field list. */
static long saved_position(const ms_coroutine *co, unsigned index) {
  for (size_t i = 0; i < co->nsaved; i++)
    if (co->saved[i].index == index) return (long)i;
  return -1;
}

static bool is_suspend(const co_state *s) { return starts(s->name, "Suspend"); }

/* The state whose arm owns block number idx, as the code figures count it: the one state
 * whose walk reached it; MS_BLOCK_SHARED when several did, MS_BLOCK_UNREACHED when none. */
static long reach_owner(const ms_coroutine *co, const unsigned char *reach, size_t bytes_per,
                        size_t nb, unsigned idx) {
  long owner = MS_BLOCK_UNREACHED;
  for (size_t s = 0; s < co->nstates; s++)
    if (reached(reach + s * bytes_per, nb, idx)) {
      if (owner != MS_BLOCK_UNREACHED) return MS_BLOCK_SHARED;
      owner = (long)s;
    }
  return owner;
}

/* The blocks no state's arm reaches (the dispatch chain, dead code) are shared by the states
 * with an arm, or by all states when none has one.  Returns how many share them. */
static size_t unreached_sharers(const ms_coroutine *co) {
  size_t n = 0;
  for (size_t s = 0; s < co->nstates; s++) n += co->states[s].entry >= 0;
  return n ? n : co->nstates;
}

static int block_cmp(const void *pa, const void *pb) {
  const co_block *a = pa, *b = pb;
  return (a->bb > b->bb) - (a->bb < b->bb);
}

/* The entry of block number bb in co->blocks (sorted by number), NULL when none. */
static co_block *block_entry(const ms_coroutine *co, unsigned bb) {
  size_t lo = 0, hi = co->nblocks;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (co->blocks[mid].bb < bb) lo = mid + 1;
    else hi = mid;
  }
  return lo < co->nblocks && co->blocks[lo].bb == bb ? &co->blocks[lo] : NULL;
}

/*
 * co->blocks: every block number of the body (one entry each, however often a garbled dump
 * repeats it; so at most b->nblocks entries) with its owner by reach_owner.  Then the
 * blocks from the dispatch chain's start through the gotos to the dispatch switch that no
 * state reaches become MS_BLOCK_DISPATCH.
 */
static void record_block_owners(ms_crate *c, ms_coroutine *co, const ms_body *b,
                                const unsigned char *reach, size_t bytes_per,
                                const ms_block *dispatch) {
  co->blocks = ms_arena_alloc(&c->arena, (b->nblocks + 1) * sizeof *co->blocks);
  size_t n = 0;
  for (size_t k = 0; k < b->nblocks; k++) {
    unsigned idx = b->blocks[k]->index;
    co->blocks[n++] = (co_block){idx, (int32_t)reach_owner(co, reach, bytes_per, b->nblock_by_index, idx)};
  }
  qsort(co->blocks, n, sizeof *co->blocks, block_cmp);
  size_t u = 0;
  for (size_t k = 0; k < n; k++)
    if (!u || co->blocks[u - 1].bb != co->blocks[k].bb) co->blocks[u++] = co->blocks[k];
  co->nblocks = u;
  co->block_sharers = ms_arena_alloc(&c->arena, (u + 1) * sizeof *co->block_sharers);
  for (size_t k = 0; k < u; k++) {
    size_t by = 0;
    for (size_t s = 0; s < co->nstates; s++)
      by += reached(reach + s * bytes_per, b->nblock_by_index, co->blocks[k].bb);
    co->block_sharers[k] = (uint32_t)(by ? by : unreached_sharers(co));
  }
  const ms_block *blk = dispatch ? dispatch_start(b) : NULL;
  for (int hop = 0; blk && hop < MS_GOTO_HOPS; hop++) { /* as find_dispatch came */
    co_block *e = block_entry(co, blk->index);
    if (e && e->owner == MS_BLOCK_UNREACHED) e->owner = MS_BLOCK_DISPATCH;
    if (blk == dispatch) break;
    blk = block_at(b, blk->term->edges[0].target);
  }
}

/* Identity, saved locals, storage conflicts (by position) and states of a new coroutine,
 * from its body and layout. */
static ms_coroutine *new_coroutine(ms_crate *c, const ms_body *b, const ms_layout *L,
                                   const char *p1) {
  ms_coroutine *co = ms_arena_alloc(&c->arena, sizeof *co);
  co->def_path = dup(c, b->def_path);
  co->file = dup(c, b->file);
  co->item = item_of_file(c, b->file);
  co->name = co->def_path;
  co->pass = dup(c, b->pass);
  co->line = b->line;
  co->self_type = self_type_of(c, p1);
  co->kind = kind_of(co->self_type);
  co->src_span = span_of_type(c, co->self_type);
  co->size = -1;
  co->size_source = MS_SIZE_LOWER_BOUND;
  co->code_exact = -1;
  co->code_exact_all = -1;
  co->code_corrected = -1;
  co->code_inlined = -1;
  co->code_host = -1;
  co->upvar_start = L->upvar_start;
  co->layout_rebuilt = L != b->layout;
  co->final_mir = co->layout_rebuilt || pass_rank(b->pass) == 2;
  co->nsaved = L->nfields;
  co->saved = ms_arena_alloc(&c->arena, (L->nfields + 1) * sizeof *co->saved);
  for (size_t i = 0; i < L->nfields; i++)
    co->saved[i] = (co_saved){.id = dup(c, L->fields[i].id), .index = L->fields[i].index,
                              .type = dup(c, L->fields[i].type), .span = dup(c, L->fields[i].span),
                              .scope = L->fields[i].scope, .name = "", .bytes = -1};
  /* rustc sets every saved local's own bit (it is storage-live where it is saved, and the
   * matrix holds the pairs live together); a local without it means the matrix was not in
   * the dump or was cut short (an edited or truncated dump): then it is not given, and the
   * layout is a lower bound (layout.c) instead of a size computed without conflicts */
  unsigned char *cm = ms_arena_alloc(&c->arena, L->nfields * L->nfields + 1);
  bool given = true;
  for (size_t i = 0; i < L->nfields; i++)
    for (size_t j = 0; j < L->nfields; j++)
      cm[i * L->nfields + j] = (unsigned char)ms_layout_conflicts(L, L->fields[i].index, L->fields[j].index);
  for (size_t i = 0; i < L->nfields; i++) given &= cm[i * L->nfields + i] != 0;
  co->conflicts = given ? cm : NULL;
  co->nstates = L->nvariants;
  co->states = ms_arena_alloc(&c->arena, (L->nvariants + 1) * sizeof *co->states);
  for (size_t s = 0; s < L->nvariants; s++) {
    co_state *st = &co->states[s];
    const ms_variant *v = &L->variants[s];
    st->name = dup(c, v->name);
    st->discr = v->discr;
    st->entry = -1;
    st->bytes = -1;
    st->fields = ms_arena_alloc(&c->arena, (v->nfields + 1) * sizeof *st->fields);
    for (size_t j = 0; j < v->nfields; j++) {
      long at = saved_position(co, v->fields[j]);
      if (at >= 0) st->fields[st->nfields++] = (size_t)at;
    }
  }
  return co;
}

/* The dispatch switch: each state's entry block and what its arm is. */
static const ms_block *read_dispatch(const ms_crate *c, ms_coroutine *co, const resume_ctx *x) {
  const ms_block *dispatch = find_dispatch(x->b, x->rs);
  const ms_stmt *sw = dispatch ? dispatch->term : NULL;
  co->dispatch = dispatch ? (long)dispatch->index : -1;
  for (size_t e = 0; sw && e < sw->nedges; e++) {
    if (sw->edges[e].kind != MS_EDGE_SWITCH) continue;
    long d = strtol(sw->edges[e].label, NULL, 10), s = ms_state_by_discr(x, d);
    if (s >= 0) {
      co->states[s].entry = sw->edges[e].target;
    } else if (!co->layout_rebuilt) { /* a trial deleted a variant's line: 4 states read as all */
      char msg[300], placed[320];
      snprintf(msg, sizeof msg, "`%s`: the dispatch switch has an arm for state %ld, which the "
               "layout does not list: layout and body disagree, its states and transitions "
               "are not all read", x->b->def_path, d);
      snprintf(placed, sizeof placed, "%s (line %u)", msg, sw->line);
      ms_crate_warn(c, &(ms_warning){.path = x->b->file, .line = sw->line, .col = sw->col,
                                     .message = msg, .def_path = x->b->def_path},
                    placed);
    }
  }
  for (size_t s = 0; s < co->nstates; s++) co->states[s].arm = arm_kind(x, s);
  return dispatch;
}

/* Whole-number parts of `share` (summing to about `total`) that sum to exactly `total`: the
 * floors, then one more byte to the largest remainders (the lower state index on ties). */
static void round_shares(ms_coroutine *co, const double *share, long total) {
  long sum = 0;
  for (size_t s = 0; s < co->nstates; s++) {
    double f = share[s] > 0 ? share[s] : 0;
    co->states[s].code_bytes = (long)f;
    sum += co->states[s].code_bytes;
  }
  for (long left = total - sum; left > 0; left--) {
    size_t best = co->nstates;
    double frac = -1;
    for (size_t s = 0; s < co->nstates; s++) {
      double f = share[s] - (double)co->states[s].code_bytes;
      if (f > frac) frac = f, best = s;
    }
    if (best == co->nstates) break;
    co->states[best].code_bytes++;
  }
  /* rounding noise of the shares: take back from the smallest remainders */
  for (long over = sum - total; over > 0; over--) {
    size_t best = co->nstates;
    double frac = 2;
    for (size_t s = 0; s < co->nstates; s++) {
      double f = share[s] - (double)co->states[s].code_bytes;
      if (co->states[s].code_bytes > 0 && f < frac) frac = f, best = s;
    }
    if (best == co->nstates) break;
    co->states[best].code_bytes--;
  }
}

/*
 * The states' shares of the body's estimate with the poison arms measured, not fitted: each
 * poison state gets the target's measured arm (bench/poison-arm-bytes: what removing the arm
 * removes; its blocks' share also held its part of the dispatch chain, which stays, and the
 * fitted price of an assert, 17 bytes at x86_64 z where the arm is 13), the rest of the
 * estimate goes to the other states in proportion to their shares (equally among those with
 * an arm when they have none); the estimate is never below the poison arms (price_code).
 * Then whole numbers summing to the estimate (round_shares).
 */
static void split_code(ms_coroutine *co, double *share, double arm) {
  double total = (double)co->code_estimate, poison = 0, rest = 0;
  size_t others = 0;
  for (size_t s = 0; s < co->nstates; s++) {
    if (ms_poison_arm(co->states[s].arm)) {
      share[s] = arm;
      poison += share[s];
    } else {
      rest += share[s];
      others += co->states[s].entry >= 0;
    }
  }
  double kp = poison > total ? total / poison : 1, left = total - poison * kp;
  for (size_t s = 0; s < co->nstates; s++) {
    if (ms_poison_arm(co->states[s].arm)) share[s] *= kp;
    else if (rest > 0) share[s] *= left / rest;
    else share[s] = others && co->states[s].entry >= 0 ? left / (double)others : 0;
  }
  if (!others && rest <= 0 && poison > 0 && left > 0) /* no other state takes the rest */
    for (size_t s = 0; s < co->nstates; s++)
      if (ms_poison_arm(co->states[s].arm)) share[s] += left * share[s] / (poison * kp);
  round_shares(co, share, co->code_estimate);
}

/*
 * Code (docs/code-size.md, "Per-state code"): the whole body's features and estimate; per
 * state the blocks only its arm reaches (feat, own_code_bytes) and its share of the body:
 * every block's price split equally among the states whose arms reach it, blocks no arm
 * reaches (the dispatch chain, dead code) equally among the states with an arm; then the
 * poison arms at their measured price (split_code), rounded so that the states' figures sum
 * to the body's estimate.
 */
static void price_code(const ms_crate *c, ms_coroutine *co, const ms_body *b,
                       const unsigned char *reach, size_t bytes_per) {
  const ms_code_model *m = c->code_model;
  size_t ns = co->nstates, nsh = unreached_sharers(co);
  double *share = ms_xcalloc(ns + 1, sizeof *share), *own = ms_xcalloc(ns + 1, sizeof *own);
  size_t *who = ms_xcalloc(ns + 1, sizeof *who);
  double total = 0;
  for (size_t k = 0; k < b->nblocks; k++) {
    const ms_block *blk = b->blocks[k];
    ms_code_features one = {0};
    ms_code_features_add_block(&one, blk, b);
    ms_code_features_add_block(&co->feat, blk, b);
    double cost = ms_code_model_cost(m, &one);
    total += cost;
    size_t n = 0;
    for (size_t s = 0; s < ns; s++)
      if (reached(reach + s * bytes_per, b->nblock_by_index, blk->index)) who[n++] = s;
    if (n == 1) {
      ms_code_features_add_block(&co->states[who[0]].feat, blk, b);
      own[who[0]] += cost;
    }
    for (size_t i = 0; i < n; i++) {
      share[who[i]] += cost / (double)n;
      if (n > 1) co->states[who[i]].shared_code += cost / (double)n;
    }
    for (size_t s = 0; !n && s < ns; s++)
      if (nsh == ns || co->states[s].entry >= 0) share[s] += cost / (double)nsh;
  }
  co->code_estimate = total <= 0 ? 0 : (long)(total + 0.5);
  /* a body is never priced below its poison arms' measured code */
  long arms = 0;
  for (size_t s = 0; s < ns; s++) arms += ms_poison_arm(co->states[s].arm) ? (long)(m->poison_arm + 0.5) : 0;
  if (co->code_estimate < arms) co->code_estimate = arms;
  split_code(co, share, m->poison_arm);
  for (size_t s = 0; s < ns; s++) {
    co_state *st = &co->states[s];
    st->own_code_bytes = own[s] <= 0 ? 0 : (long)(own[s] + 0.5);
    if (ms_poison_arm(st->arm)) co->code_redundant += st->code_bytes;
  }
  free(share);
  free(own);
  free(who);
}


/* duplicate-suspend's findings (dupsuspend.c finds them): what merging would save is the
 * code only this arm has, not its share of shared code (poison arms, the async-drop body's
 * states among them, are not compared: their finding is the poison one, and
 * -Zasync-panic's row counts them). */
static void find_duplicate_suspends(ms_crate *c, ms_coroutine *co, const resume_ctx *x) {
  long *other = ms_xcalloc(co->nstates ? co->nstates : 1, sizeof *other);
  ms_find_duplicate_suspends(x, other);
  for (size_t s = 0; s < co->nstates; s++) {
    if (other[s] < 0) continue;
    char why[256];
    snprintf(why, sizeof why,
             "%s holds the same types as %s, %s and continues the same way: the two suspend "
             "points could share one state",
             co->states[s].name, co->states[other[s]].name,
             co->states[s].suspend == MS_SUSPEND_YIELD ? "yields as it does"
                                                       : "awaits the same future type");
    add_finding(c, co, MS_FINDING_DUPLICATE_SUSPEND, (long)s, co->states[s].own_code_bytes, why);
    ((co_finding *)co->findings.items)[co->findings.len - 1].other = other[s];
  }
  free(other);
}

/* What happens again to a poisoned coroutine of this kind, in the words of its kind (a
 * trial read "the future is polled again" on gen blocks and coroutines): "the iterator is
 * resumed", "the future is polled". */
static void resumed_words(ms_coroutine_kind k, char *out, size_t cap) {
  snprintf(out, cap, "the %s is %s", ms_kind_noun(k), is_async(k) ? "polled" : "resumed");
}

/* The saved local of state s that is a value's async-drop future (`async_drop_in_place`,
 * which the state awaits: such a future lives only while it is awaited), -1 if none. */
long ms_co_state_drop_future(const ms_coroutine *co, size_t s) {
  for (size_t j = 0; s < co->nstates && j < co->states[s].nfields; j++) {
    size_t l = co->states[s].fields[j];
    if (l < co->nsaved && strstr(co->saved[l].type, "async_drop_in_place")) return (long)l;
  }
  return -1;
}

/* What suspends each Suspend state: async drop (the arm of a state the async-drop body
 * enters, or a value's async-drop future held: the implicit await of a drop), a `yield` (a
 * transition `yield` into it), else an await (`pending`).  A state no transition enters
 * takes its coroutine's kind: an await in async bodies, a yield in gen blocks and coroutines. */
static void suspend_kinds(ms_coroutine *co) {
  for (size_t s = 0; s < co->nstates; s++)
    co->states[s].suspend = !is_suspend(&co->states[s]) ? MS_SUSPEND_NONE
                            : co->states[s].arm == MS_ARM_POISON_ASYNC_DROP || ms_co_state_drop_future(co, s) >= 0
                                ? MS_SUSPEND_ASYNC_DROP
                                : MS_SUSPEND_NONE;
  unsigned char *into = ms_xcalloc(co->nstates ? co->nstates : 1, 1); /* bit 1 pending, 2 yield */
  for (size_t t = 0; t < co->ntrans; t++) {
    const co_trans *tr = &co->trans[t];
    if (tr->to >= co->nstates) continue;
    if (tr->via == MS_VIA_PENDING) into[tr->to] |= 1;
    if (tr->via == MS_VIA_YIELD) into[tr->to] |= 2;
  }
  for (size_t s = 0; s < co->nstates; s++) {
    co_state *st = &co->states[s];
    if (!is_suspend(st) || st->suspend == MS_SUSPEND_ASYNC_DROP) continue;
    bool yield = into[s] & 2 ? true
                 : into[s] & 1 ? false
                               : !is_async(co->kind) || (co->kind == MS_KIND_ASYNC_GEN_BLOCK &&
                                                         !*ms_co_await_span(co, s));
    st->suspend = yield ? MS_SUSPEND_YIELD : MS_SUSPEND_AWAIT;
  }
  free(into);
}

/* One resume body into a coroutine of the crate: layout, dispatch, names, transitions (and
 * per state the blocks it reaches), code, upvar copies, duplicate suspend points. */
static void build_coroutine(ms_crate *c, const ms_body *b, const ms_layout *L) {
  const char *p1 = ms_body_type_of(b, 1);
  if (!p1) p1 = "";
  ms_coroutine *co = new_coroutine(c, b, L, p1);
  resume_ctx x = {.b = b, .co = co, .panicked = -1, .returned = -1};
  for (size_t s = 0; s < co->nstates; s++) {
    if (!strcmp(co->states[s].name, "Panicked")) x.panicked = (long)s;
    if (!strcmp(co->states[s].name, "Returned")) x.returned = (long)s;
  }
  ref_set rs = {0};
  ms_find_ref_locals(c, b, &rs, starts(p1, "&mut "));
  x.rs = &rs;
  const ms_block *dispatch = read_dispatch(c, co, &x);
  names_from_debug(c, co, b, &rs, &x);
  co->kind = era1_async_kind(co, b, &rs);
  size_t bytes_per = (b->nblock_by_index + 7) / 8;
  unsigned char *reach = ms_xcalloc(co->nstates ? co->nstates : 1, bytes_per ? bytes_per : 1);
  ms_vec tv = {0};
  keyset seen = {0};
  unsigned char *added = ms_xcalloc((co->nstates * 5 + 7) / 8 + 1, 1);
  block_effect *fx = block_effects(&x);
  ms_arena grow; /* the vector's doublings, not kept: the crate keeps the transitions once */
  ms_arena_init(&grow);
  for (size_t s = 0; s < co->nstates; s++)
    walk_state(&grow, &x, fx, s, &tv, reach + s * bytes_per, &seen, added);
  co->const_switches = const_switch_list(c, b, fx);
  free(fx);
  free(added);
  free(seen.keys);
  co->trans = tv.len ? ms_arena_alloc(&c->arena, tv.len * sizeof *co->trans) : NULL;
  if (co->trans) memcpy(co->trans, tv.items, tv.len * sizeof *co->trans);
  co->ntrans = co->trans ? tv.len : 0;
  ms_arena_release(&grow);
  suspend_kinds(co);
  price_code(c, co, b, reach, bytes_per);
  record_block_owners(c, co, b, reach, bytes_per, dispatch);
  if (co->nstates) find_upvar_copies(c, co, b, &rs, &x, reach);
  find_duplicate_suspends(c, co, &x);
  ms_advice_scan(c, co, b, rs.isref, rs.n, reach, bytes_per);
  free(reach);
  *(ms_coroutine **)ms_vec_push(&c->arena, &c->coroutines, sizeof co) = co;
}

/* Is parameter _1 of type p1 (`Pin<&mut T>`, `&mut T`) a coroutine's own body type T:
 * `{async fn body of f()}`, `{async block@..}`, `{gen block@..}`, `{coroutine@..}`, older
 * `[generator@..]`, ...?  (kind_of names the async and gen kinds; every other type is
 * MS_KIND_COROUTINE to it, so raw coroutines are named here.) */
static bool is_coroutine_param(const char *p1) {
  size_t pin = ms_pin_mut_prefix(p1);
  const char *t = pin ? p1 + pin : starts(p1, "&mut ") ? p1 + 5 : NULL;
  if (!t || (*t != '{' && *t != '[')) return false;
  return kind_of(t) != MS_KIND_COROUTINE || starts(t, "{coroutine@") ||
         starts(t, "{static coroutine") || starts(t, "[generator@") ||
         starts(t, "[static generator@");
}

/* The layout of a body printed without one (`--emit=mir`, `-Zunpretty=mir`, a pasted body)
 * when it is a resume function: its `_1` is the coroutine (`Pin<&mut {async fn body of
 * f()}>`) and it dispatches on its discriminant. NULL otherwise. */
static const ms_layout *rebuilt_layout(ms_crate *c, const ms_body *b) {
  const char *p1 = ms_body_type_of(b, 1);
  if (!p1 || !b->nparams || !is_coroutine_param(p1)) return NULL;
  ref_set rs = {0};
  ms_find_ref_locals(c, b, &rs, starts(p1, "&mut "));
  const ms_block *d = find_dispatch(b, &rs);
  if (!d) return NULL;
  const ms_stmt *sw = d->term;
  size_t n = 0;
  for (size_t e = 0; e < sw->nedges; e++) {
    if (sw->edges[e].kind != MS_EDGE_SWITCH) continue;
    long v = strtol(sw->edges[e].label, NULL, 10);
    if (v >= 0 && v < 100000 && (size_t)v + 1 > n) n = (size_t)v + 1;
  }
  long *entry = ms_xcalloc(n + 1, sizeof *entry);
  for (size_t i = 0; i < n; i++) entry[i] = -1;
  for (size_t e = 0; e < sw->nedges; e++) {
    if (sw->edges[e].kind != MS_EDGE_SWITCH) continue;
    long v = strtol(sw->edges[e].label, NULL, 10);
    if (v >= 0 && (size_t)v < n) entry[v] = sw->edges[e].target;
  }
  const ms_layout *L = ms_rebuild_layout(&c->arena, b, entry, n, rs.isref, rs.n);
  free(entry);
  return L;
}

/*
 * Key for de-duplication: directory, the body part of the dump file name (`crate.item`,
 * whose item spells the disambiguators the printed def path may lack: macro-generated impls
 * all print `<impl at src/x.rs:32:9: 32:28>`, their files say `{impl#10}`, `{impl#11}`) and
 * the def path.  Two dumps with one key are passes of one body (the better pass is kept);
 * ms_crate_add_doc also keeps apart bodies of one key printed in one file by one pass.
 */
static bool same_body(const ms_coroutine *a, const ms_body *b) {
  if (strcmp(a->def_path, b->def_path)) return false;
  size_t la, lb;
  dirname_len(a->file, &la);
  dirname_len(b->file, &lb);
  if (la != lb || strncmp(a->file, b->file, la)) return false;
  const char *ba, *bb;
  size_t ka = same_body_key(a->file, &ba), kb = same_body_key(b->file, &bb);
  return ka == kb && !strncmp(ba, bb, ka);
}

/* Hash of same_body's key: equal for any two bodies same_body calls the same. */
static size_t body_hash(const char *def_path, const char *file) {
  size_t la;
  const char *base;
  size_t k = same_body_key(file, &base);
  dirname_len(file, &la);
  size_t h = ms_hash_bytes(MS_HASH_INIT, file, la);
  h = ms_hash_bytes(h, "", 1);
  h = ms_hash_bytes(h, base, k);
  h = ms_hash_bytes(h, "", 1);
  return ms_hash_bytes(h, def_path, strlen(def_path));
}

/* The coroutines of the vector in an open-addressing table by body_hash (at most one per
 * same_body key: ms_crate_add_doc keeps only the best pass). */
struct co_dedup_slot {
  size_t hash;
  ms_coroutine *co; /* NULL: empty, or a tombstone when dead */
  bool dead;
};

static struct co_dedup_slot *dedup_find(const co_dedup *d, size_t h, const ms_body *b) {
  if (!d->cap) return NULL;
  size_t mask = d->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    struct co_dedup_slot *s = &d->slots[i];
    if (!s->co && !s->dead) return NULL;
    if (s->co && s->hash == h && same_body(s->co, b)) return s;
  }
}

static void dedup_insert(co_dedup *d, size_t h, ms_coroutine *co) {
  if ((d->used + 1) * 4 > d->cap * 3) { /* keep a quarter empty: probes end */
    size_t cap = d->cap < 64 ? 64 : (d->live + 1) * 2 > d->cap / 2 ? d->cap * 2 : d->cap;
    struct co_dedup_slot *ns = ms_xcalloc(cap, sizeof *ns);
    for (size_t k = 0; k < d->cap; k++) {
      if (!d->slots[k].co) continue;
      size_t i = d->slots[k].hash & (cap - 1);
      while (ns[i].co) i = (i + 1) & (cap - 1);
      ns[i] = d->slots[k];
    }
    free(d->slots);
    d->slots = ns;
    d->cap = cap;
    d->used = d->live;
  }
  size_t mask = d->cap - 1, i = h & mask;
  while (d->slots[i].co) i = (i + 1) & mask;
  if (!d->slots[i].dead) d->used++;
  d->slots[i] = (struct co_dedup_slot){h, co, false};
  d->live++;
}

size_t ms_crate_add_doc(ms_crate *c, const ms_doc *doc) {
  size_t added = 0;
  if (c->finished) return 0; /* the model is built: a coroutine added now would stay bare */
  for (size_t i = 0; i < ms_doc_body_count(doc); i++) {
    const ms_body *b = ms_doc_body(doc, i);
    int rank = pass_rank(b->pass);
    if (rank < 0) continue; /* not a resume pass: drop shims, other passes */
    if (b->incomplete && b->item == MS_ITEM_FN && (b->layout || rank == 0)) {
      /* a part of a body: its missing blocks would read as unreachable states and lost
       * transitions (the parser said where the text ends) */
      c->dropped += rank == 0;
      warn_body(c, b, *b->pass ? b->pass : "no header",
                b->cut_by_header ? "the body is cut off where the next dump's header begins (the "
                                   "dump looks truncated): not modelled"
                                 : "the body is cut off by the end of the input (the dump looks "
                                   "truncated): not modelled");
      continue;
    }
    const ms_layout *L = b->layout;
    if (!L && rank == 3 && b->item == MS_ITEM_FN) L = rebuilt_layout(c, b);
    if (!L || b->item != MS_ITEM_FN) {
      /* after StateTransform and pasted bodies: not every body is a coroutine */
      if (rank == 0) {
        c->dropped++;
        warn_body(c, b, b->pass, "a resume body without a coroutine layout is not modelled");
      }
      continue;
    }
    if (!L->nvariants) { /* every layout lists Unresumed, Returned, Panicked: this one was not
                          * read (a syntax error in it), and states [] would be a wrong model */
      c->dropped += rank == 0;
      warn_body(c, b, *b->pass ? b->pass : "no header",
                "its coroutine layout lists no state (not read: a syntax error in it?): not "
                "modelled");
      continue;
    }
    const char *p1 = ms_body_type_of(b, 1);
    if (!p1) {
      c->dropped++;
      warn_body(c, b, b->pass, "a resume body without parameter _1 is not modelled");
      continue;
    }
    /* an earlier dump of the same body with a better pass wins */
    ms_coroutine **cs = c->coroutines.items;
    size_t h = body_hash(b->def_path, b->file);
    struct co_dedup_slot *slot = dedup_find(&c->dedup, h, b);
    size_t k = c->coroutines.len; /* position of the earlier dump, len: none */
    if (slot)
      for (k = c->coroutines.len; k-- > 0;)
        if (cs[k] == slot->co) break;
    /* one file, one pass, one def path twice: two bodies (a concatenated dump); and two
     * renamed files of one pass: two bodies too (two crates' `f`), only passes are merged */
    const char *bb;
    if (k < c->coroutines.len && pass_rank(cs[k]->pass) == rank &&
        (!strcmp(cs[k]->file, b->file) || !same_body_key(b->file, &bb)))
      k = c->coroutines.len;
    if (k < c->coroutines.len) {
      if (pass_rank(cs[k]->pass) <= rank) continue; /* the same body, a worse pass */
      /* replace: drop the worse one */
      memmove(cs + k, cs + k + 1, (c->coroutines.len - k - 1) * sizeof *cs);
      c->coroutines.len--;
      c->gen++;
      if (slot) {
        slot->co = NULL;
        slot->dead = true;
        c->dedup.live--;
      }
    }
    build_coroutine(c, b, L);
    c->gen++;
    dedup_insert(&c->dedup, h, ((ms_coroutine **)c->coroutines.items)[c->coroutines.len - 1]);
    added++;
  }
  return added;
}

/* ------------------------------------------------------------------ finish */

/* The states a path of transitions from Unresumed (state 0) reaches, Unresumed included: one
 * breadth-first search for all of them (a malloc'd array of nstates flags). */
static unsigned char *reachable_from_unresumed(const ms_coroutine *co) {
  size_t ns = co->nstates;
  unsigned char *seen = ms_xcalloc(ns + 1, 1);
  size_t *q = ms_xcalloc(ns + 1, sizeof *q), h = 0, t = 0;
  /* the transitions by their source (counting sort): linear in states and transitions (a
   * long body has thousands of states and a transition from each to every later one) */
  size_t *start = ms_xcalloc(ns + 2, sizeof *start), *to = ms_xcalloc(co->ntrans + 1, sizeof *to);
  for (size_t i = 0; i < co->ntrans; i++)
    if (co->trans[i].from < ns) start[co->trans[i].from + 1]++;
  for (size_t s = 0; s < ns; s++) start[s + 1] += start[s];
  size_t *fill = ms_xcalloc(ns + 1, sizeof *fill);
  for (size_t i = 0; i < co->ntrans; i++)
    if (co->trans[i].from < ns) to[start[co->trans[i].from] + fill[co->trans[i].from]++] = co->trans[i].to;
  if (ns) q[t++] = 0, seen[0] = 1;
  while (h < t) {
    size_t s = q[h++];
    for (size_t i = start[s]; i < start[s + 1]; i++)
      if (to[i] < ns && !seen[to[i]]) seen[to[i]] = 1, q[t++] = to[i];
  }
  free(fill);
  free(start);
  free(to);
  free(q);
  return seen;
}

/* ------------------------------------------------------------------ names */

typedef struct {
  ms_coroutine *co;
  size_t pos;
} named;

static int named_cmp(const void *pa, const void *pb) {
  const named *a = pa, *b = pb;
  int r = strcmp(a->co->name, b->co->name);
  return r ? r : (a->pos > b->pos) - (a->pos < b->pos);
}

/* Sort v by name and return the end of the run of equal names that starts at i. */
static size_t run_end(const named *v, size_t n, size_t i) {
  size_t j = i + 1;
  while (j < n && !strcmp(v[j].co->name, v[i].co->name)) j++;
  return j;
}

static char *concat3(ms_crate *c, const char *a, const char *b, size_t bn, const char *z) {
  size_t an = strlen(a), zn = strlen(z);
  char *r = ms_arena_alloc(&c->arena, an + bn + zn + 1);
  memcpy(r, a, an);
  memcpy(r + an, b, bn);
  memcpy(r + an + bn, z, zn + 1);
  return r;
}

/* Members v[i..j) share one name: append the part of their directories that tells them
 * apart (ms_dir_labels), where there is one. */
static void name_by_directory(ms_crate *c, named *v, size_t i, size_t j) {
  size_t m = j - i;
  const char **files = ms_xmalloc(m * sizeof *files);
  char **labels = ms_xmalloc(m * sizeof *labels);
  for (size_t k = 0; k < m; k++) files[k] = v[i + k].co->file;
  ms_dir_labels(files, m, labels);
  for (size_t k = 0; k < m; k++) {
    if (!labels[k]) continue; /* all one directory: numbered below */
    char *r = concat3(c, v[i + k].co->name, " [", 2, "");
    v[i + k].co->name = concat3(c, r, labels[k], strlen(labels[k]), "]");
    free(labels[k]);
  }
  free(files);
  free(labels);
}

/*
 * Give every coroutine a name unique within the crate (ms_co_name): its def path; where
 * several bodies print one def path, the def path as their dump file names spell it
 * (`{impl#10}` for `<impl at ...>`); where names still collide, the differing part of their
 * directories (`[stable/drops]`); then `#N` (N in crate order).  Warns once when def paths
 * are shared.
 */
static void assign_names(ms_crate *c) {
  size_t n = c->coroutines.len;
  ms_coroutine **cs = c->coroutines.items;
  if (!n) return;
  named *v = ms_xmalloc(n * sizeof *v);
  for (size_t i = 0; i < n; i++) v[i] = (named){cs[i], i};
  /* the warning once per directory of dumps, named by a dump of it (`--crate` leaves out
   * those of other crates: a trial's report of one crate warned about another's impls) */
  enum { MAX_DIRS = 16 };
  struct shared_dir {
    const char *file, *example;
    size_t shared, bodies;
  } dirs[MAX_DIRS];
  size_t ndirs = 0;
  qsort(v, n, sizeof *v, named_cmp);
  for (size_t i = 0, j; i < n; i = j) {
    j = run_end(v, n, i);
    bool differ = false;
    for (size_t k = i + 1; k < j; k++)
      if (*v[k].co->item && *v[i].co->item && strcmp(v[k].co->item, v[i].co->item)) differ = true;
    if (!differ) continue;
    size_t d = 0;
    while (d < ndirs && !ms_file_same_dir(dirs[d].file, v[i].co->file)) d++;
    if (d == ndirs && ndirs < MAX_DIRS) dirs[ndirs++] = (struct shared_dir){v[i].co->file, v[i].co->def_path, 0, 0};
    if (d == MAX_DIRS) d = MAX_DIRS - 1;
    dirs[d].shared++;
    dirs[d].bodies += j - i;
    for (size_t k = i; k < j; k++)
      if (*v[k].co->item) {
        v[k].co->name = v[k].co->item;
        v[k].co->by_item = true;
      }
  }
  qsort(v, n, sizeof *v, named_cmp);
  for (size_t i = 0, j; i < n; i = j)
    if ((j = run_end(v, n, i)) > i + 1) name_by_directory(c, v, i, j);
  qsort(v, n, sizeof *v, named_cmp);
  for (size_t i = 0, j; i < n; i = j) {
    if ((j = run_end(v, n, i)) == i + 1) continue;
    for (size_t k = i; k < j; k++) { /* sorted by position within the run */
      char num[32];
      snprintf(num, sizeof num, " #%zu", k - i + 1);
      v[k].co->name = concat3(c, v[k].co->name, num, strlen(num), "");
    }
  }
  free(v);
  for (size_t d = 0; d < ndirs; d++)
    warn(c, dirs[d].file,
         "%zu def path%s printed for several bodies (%zu bodies; e.g. `%s`: impls generated by "
         "one macro, shims instantiated per type); they are told apart by their dump file names",
         dirs[d].shared, dirs[d].shared == 1 ? " is" : "s are", dirs[d].bodies, dirs[d].example);
}

/* The next component of a path at p that is not empty and not `.`; *len 0 at the end. */
static const char *path_component(const char *p, size_t *len) {
  for (;;) {
    while (*p == '/') p++;
    const char *e = p;
    while (*e && *e != '/') e++;
    if (e - p == 1 && *p == '.') {
      p = e;
      continue;
    }
    *len = (size_t)(e - p);
    return p;
  }
}

/* 1 + the number of components of directory dir when file lies below it, else 0.  Paths
 * are compared as spelled but for `.` components and repeated slashes (`./a//b` is `a/b`),
 * so that a table found through one spelling of a directory applies to dumps listed
 * through another. */
static size_t path_depth_under(const char *file, const char *dir) {
  if ((*file == '/') != (*dir == '/')) return 0;
  size_t depth = 1, dl, fl;
  for (;;) {
    dir = path_component(dir, &dl);
    if (!dl) return depth;
    file = path_component(file, &fl);
    if (fl != dl || memcmp(file, dir, dl)) return 0;
    dir += dl;
    file += fl;
    depth++;
  }
}

/* Sort key of merge_given_twice: crate of the file, then def path. */
static int crate_path_cmp(const void *pa, const void *pb) {
  const ms_coroutine *a = *(ms_coroutine *const *)pa, *b = *(ms_coroutine *const *)pb;
  const char *ca, *cb;
  size_t na = ms_file_crate(a->file, &ca), nb = ms_file_crate(b->file, &cb);
  int r = memcmp(ca, cb, na < nb ? na : nb);
  if (!r) r = (na > nb) - (na < nb);
  return r ? r : strcmp(a->def_path, b->def_path);
}

/*
 * One function given twice, as `--emit=mir` prints it (no layout: rebuilt from the body) and
 * in a `-Zdump-mir` dump of the same crate (the layout printed): rustc writes both when both
 * flags are given, `mir_dump/` beside `crate.mir` (or cargo's `deps/crate-HASH.mir`),
 * and a directory holding both is one build.  The dump is modelled; the rebuilt copy is
 * dropped, once per `--emit=mir` file said in a warning.
 */
static void merge_given_twice(ms_crate *c) {
  size_t n = c->coroutines.len, nprinted = 0;
  ms_coroutine **cs = c->coroutines.items;
  bool any_rebuilt = false;
  for (size_t i = 0; i < n; i++) any_rebuilt |= cs[i]->layout_rebuilt;
  if (!any_rebuilt) return;
  ms_coroutine **printed = ms_xmalloc(n * sizeof *printed);
  for (size_t i = 0; i < n; i++)
    if (!cs[i]->layout_rebuilt) printed[nprinted++] = cs[i];
  qsort(printed, nprinted, sizeof *printed, crate_path_cmp);
  bool *used = ms_xcalloc(nprinted + 1, sizeof *used);
  size_t kept = 0, merged = 0;
  const char *file = NULL, *example = NULL, *dump = NULL;
  for (size_t i = 0; i <= n; i++) {
    ms_coroutine *co = i < n ? cs[i] : NULL;
    /* one warning per --emit=mir file (its bodies are consecutive) */
    if (merged && (!co || strcmp(co->file, file))) {
      const char *cr;
      int crn = (int)ms_file_crate(file, &cr);
      warn(c, file,
           "%zu of its bod%s also in -Zdump-mir dumps of crate `%.*s` (e.g. `%s` in %s): each is "
           "modelled once, from the dump, which prints its layout",
           merged, merged == 1 ? "ies is" : "ies are", crn, cr, example, dump);
      merged = 0;
    }
    if (!co) break;
    ms_coroutine **twin = co->layout_rebuilt && nprinted
                              ? bsearch(&co, printed, nprinted, sizeof *printed, crate_path_cmp)
                              : NULL;
    /* several bodies of one def path (macro-generated impls): each dump body takes one */
    while (twin && twin > printed && !crate_path_cmp(twin - 1, &co)) twin--;
    while (twin && used[twin - printed])
      twin = twin + 1 < printed + nprinted && !crate_path_cmp(twin + 1, &co) ? twin + 1 : NULL;
    if (twin) used[twin - printed] = true;
    if (!twin) {
      cs[kept++] = co;
      continue;
    }
    if (!merged++) {
      file = co->file;
      example = co->def_path;
      dump = (*twin)->file;
    }
  }
  c->gen += kept != n;
  c->coroutines.len = kept;
  free(used);
  free(printed);
}

/* The name co would show with its last `{closure#N}` as block_loc (malloc'd), or NULL. */
static char *located_name(const ms_coroutine *co, const char *loc) {
  const char *nm = co->name ? co->name : co->def_path, *close, *seg = ms_last_closure_segment(nm, &close);
  if (!seg) return NULL;
  size_t n = (size_t)(seg - nm) + strlen(loc) + strlen(close) + 2;
  char *r = ms_xmalloc(n);
  snprintf(r, n, "%.*s{%s%s", (int)(seg - nm), nm, loc, close);
  return r;
}

/* The path an impl's async fn's own type prints (`<A as T>::f` of `{async fn body of <A as
 * T>::f()}`), malloc'd; NULL when co is none or its type prints no path. */
static char *impl_fn_path(const ms_coroutine *co) {
  static const char AFN[] = "{async fn body of ";
  const char *dp = co->def_path, *t = co->self_type;
  if (co->kind != MS_KIND_ASYNC_FN || !dp || !t || (!strstr(dp, "<impl at ") && !strstr(dp, "{impl#")))
    return NULL;
  if (strncmp(t, AFN, sizeof AFN - 1)) return NULL;
  t += sizeof AFN - 1;
  size_t n = strlen(t);
  if (n < 4 || strcmp(t + n - 3, "()}")) return NULL;
  n -= 3;
  bool path = false;
  for (size_t i = 0; i + 1 < n; i++) path |= t[i] == ':' && t[i + 1] == ':';
  if (!path || memchr(t, '\n', n)) return NULL;
  return ms_xstrndup(t, n);
}

typedef struct {
  char *shown; /* the name a coroutine would show (malloc'd) */
  size_t i;    /* its index */
} shown_name;

static int cmp_shown(const void *a, const void *b) {
  return strcmp(((const shown_name *)a)->shown, ((const shown_name *)b)->shown);
}

/* alike[v[j].i] for the names of v[0..k) another of them shares; frees the names. */
static void mark_alike(shown_name *v, size_t k, unsigned char *alike) {
  qsort(v, k, sizeof *v, cmp_shown);
  for (size_t j = 0; j < k; j++)
    alike[v[j].i] = (j > 0 && !strcmp(v[j].shown, v[j - 1].shown)) ||
                    (j + 1 < k && !strcmp(v[j].shown, v[j + 1].shown));
  for (size_t j = 0; j < k; j++) free(v[j].shown);
}

/* The blocks and closures inside an impl one of whose async fns has an impl_path get that
 * impl's type (impl_type): `Client::connect::{closure#0}::{async block@lib.rs:373:13}`, not
 * `<impl at lib.rs:368>::..` beside `Client::connect` (a trial's async-std app), unless two
 * would then show one name.  v, alike: scratch of the coroutines' count. */
static void impl_types(ms_crate *c, shown_name *v, unsigned char *alike) {
  size_t n = c->coroutines.len, k = 0;
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < n; i++) {
    const ms_coroutine *f = cs[i];
    const char *fn = f->impl_path ? strrchr(f->impl_path, ':') : NULL;
    if (!fn || fn - f->impl_path < 2 || !f->def_path) continue;
    fn++; /* `read_push` of `Client::read_push` */
    size_t tl = (size_t)(fn - 2 - f->impl_path), fl = strlen(fn), dl = strlen(f->def_path);
    /* the impl's part of the fn's def path: before `::read_push::{closure#0}` */
    static const char CL[] = "::{closure#0}";
    if (dl < fl + 2 + sizeof CL - 1 || strcmp(f->def_path + dl - (sizeof CL - 1), CL) ||
        strncmp(f->def_path + dl - (sizeof CL - 1) - fl, fn, fl) ||
        strncmp(f->def_path + dl - (sizeof CL - 1) - fl - 2, "::", 2))
      continue;
    size_t pre = dl - (sizeof CL - 1) - fl - 2;
    char *type = NULL;
    for (size_t j = 0; j < n; j++) {
      ms_coroutine *o = cs[j];
        if (o->impl_path || o->impl_type || !o->def_path || strncmp(o->def_path, f->def_path, pre) ||
          strncmp(o->def_path + pre, "::", 2) || !ms_co_same_dir(o, f))
        continue;
      if (!type) type = ms_arena_strndup(&c->arena, f->impl_path, tl);
      o->impl_type = type;
      o->impl_prefix_len = pre;
    }
  }
  for (size_t i = 0; i < n; i++) { /* the name as typed: `Client::connect::{closure#0}..` */
    if (!cs[i]->impl_type) continue;
    /* the name, where it begins as the def path does (a name spelt as the dump file spells
     * it, `..::{impl#2}::query::{closure#0}`, may be shorter than the def path's impl part) */
    const char *nm = cs[i]->name && !strncmp(cs[i]->name, cs[i]->def_path, cs[i]->impl_prefix_len)
                         ? cs[i]->name
                         : cs[i]->def_path;
    size_t tl = strlen(cs[i]->impl_type), rl = strlen(nm + cs[i]->impl_prefix_len);
    char *shown = ms_xmalloc(tl + rl + 1);
    memcpy(shown, cs[i]->impl_type, tl);
    memcpy(shown + tl, nm + cs[i]->impl_prefix_len, rl + 1);
    v[k++] = (shown_name){shown, i};
  }
  memset(alike, 0, n + 1);
  mark_alike(v, k, alike);
  for (size_t i = 0; i < n; i++)
    if (alike[i]) cs[i]->impl_type = NULL, cs[i]->impl_prefix_len = 0;
}

/* Each block's and closure's block_loc (ms_block_location of its type), and each impl's
 * async fn's impl_path (impl_fn_path), unless two would then show one name: blocks of one
 * parent at one place, as a macro makes them, keep their `{closure#N}` (a trial's
 * `start_three` made two at macro_impls.rs:85:18). */
static void locate_blocks(ms_crate *c) {
  size_t n = c->coroutines.len, k = 0;
  ms_coroutine **cs = c->coroutines.items;
  shown_name *v = ms_xcalloc(n + 1, sizeof *v);
  unsigned char *alike = ms_xcalloc(n + 1, 1);
  for (size_t i = 0; i < n; i++) {
    char loc[512];
    if (cs[i]->kind == MS_KIND_ASYNC_FN || !ms_block_location(cs[i]->self_type, loc, sizeof loc)) continue;
    char *shown = located_name(cs[i], loc);
    if (!shown) continue;
    cs[i]->block_loc = ms_arena_strdup(&c->arena, loc);
    v[k++] = (shown_name){shown, i};
  }
  mark_alike(v, k, alike);
  for (size_t i = 0; i < n; i++)
    if (alike[i]) cs[i]->block_loc = NULL;
  k = 0;
  memset(alike, 0, n + 1);
  for (size_t i = 0; i < n; i++) {
    char *p = impl_fn_path(cs[i]);
    if (!p) continue;
    const char *nm = cs[i]->name ? cs[i]->name : cs[i]->def_path, *tail = strstr(nm, " [");
    if (!tail) tail = strstr(nm, " #");
    size_t pl = strlen(p), tl = tail ? strlen(tail) : 0;
    char *shown = ms_xmalloc(pl + tl + 1);
    memcpy(shown, p, pl);
    memcpy(shown + pl, tail ? tail : "", tl + 1);
    cs[i]->impl_path = ms_arena_strdup(&c->arena, p);
    free(p);
    v[k++] = (shown_name){shown, i};
  }
  mark_alike(v, k, alike);
  for (size_t i = 0; i < n; i++)
    if (alike[i]) cs[i]->impl_path = NULL;
  impl_types(c, v, alike);
  free(alike);
  free(v);
}

void ms_crate_finish(ms_crate *c) {
  if (c->finished) return;
  c->finished = true;
  merge_given_twice(c);
  assign_names(c);
  locate_blocks(c);
  /* each coroutine uses the type sizes and symbols of the deepest directory that holds it
   * and has them (else those given for all) */
  ms_coroutine **all = c->coroutines.items;
  const co_scoped_ts *sc = c->scoped.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    size_t best = 0, best_syms = 0;
    all[i]->syms = c->syms;
    for (size_t k = 0; k < c->scoped.len; k++) {
      size_t l = path_depth_under(all[i]->file, sc[k].dir);
      if (!l) continue;
      if (l > best && sc[k].has_ts) {
        best = l;
        all[i]->ts = sc[k].ts;
      }
      if (l > best_syms && sc[k].syms) {
        best_syms = l;
        all[i]->syms = sc[k].syms;
      }
    }
  }
  ms_sizes_resolve(c);
  ms_crate_index(c); /* current already (ms_sizes_resolve builds it); the reports use it */
  ms_coroutine **cs = c->coroutines.items;
  ms_crate_link_code(c);
  for (size_t i = 0; i < c->coroutines.len; i++) {
    ms_coroutine *co = cs[i];
    char why[512];
    bool any_suspend = false;
    unsigned char *entered = reachable_from_unresumed(co);
    char again[64], flag[160];
    resumed_words(co->kind, again, sizeof again);
    /* compiler-team#1016 proposes the flag for async bodies: of a gen block or a raw
     * coroutine, only a flag like it would remove the arm (a trial's gen block read as if
     * -Zasync-panic covered it) */
    if (is_async(co->kind))
      snprintf(flag, sizeof flag, "-Zasync-panic (rust-lang/compiler-team#1016) would remove this arm");
    else
      snprintf(flag, sizeof flag, "a flag like -Zasync-panic (rust-lang/compiler-team#1016, "
               "proposed for async bodies) for %ss would remove this arm",
               co->kind == MS_KIND_GEN_BLOCK ? "gen block" : "coroutine");
    for (size_t s = 0; s < co->nstates; s++) {
      co_state *st = &co->states[s];
      if (is_suspend(st)) any_suspend = true;
      if (st->arm == MS_ARM_POISON_RETURNED || st->arm == MS_ARM_POISON_ASYNC_DROP) {
        snprintf(why, sizeof why, "%s only panics if %s again after %s; %s", st->name, again,
                 st->arm == MS_ARM_POISON_ASYNC_DROP
                     ? "its async drop began (the async-drop body enters this state)"
                     : "completing",
                 flag);
        add_finding(c, co,
                    st->arm == MS_ARM_POISON_ASYNC_DROP ? MS_FINDING_POISON_ASYNC_DROP
                                                        : MS_FINDING_POISON_RETURNED,
                    (long)s, st->code_bytes, why);
      } else if (st->arm == MS_ARM_POISON_PANICKED) {
        snprintf(why, sizeof why, "%s only panics if %s again after a panic; %s", st->name,
                 again, flag);
        add_finding(c, co, MS_FINDING_POISON_PANICKED, (long)s, st->code_bytes, why);
      }
      /* states the async-drop body enters: not reachable in the resume body, yet used */
      if (is_suspend(st) && st->arm != MS_ARM_POISON_ASYNC_DROP &&
          (st->entry < 0 || !entered[s])) {
        char sw[192] = "";
        if (st->entry >= 0 && co->const_switches) {
          bool several = strchr(co->const_switches, ',') != NULL;
          snprintf(sw, sizeof sw, "; the %s in %s only take%s the edge%s of %s value%s",
                   several ? "switches on constants" : "switch on a constant", co->const_switches,
                   several ? "" : "s", several ? "s" : "", several ? "their" : "its", several ? "s" : "");
        }
        snprintf(why, sizeof why,
                 "%s is never entered: %s%s (the CFG proves only this; a state kept alive by "
                 "an uninhabited match arm still looks reachable)",
                 st->name,
                 st->entry < 0 ? "the dispatch switch has no arm for it"
                               : "no transition from Unresumed leads to it", sw);
        add_finding(c, co, MS_FINDING_UNREACHABLE_STATE, (long)s, st->bytes, why);
      }
    }
    free(entered);
    if (!any_suspend && co->nstates) {
      /* in the words of its kind; the poison states only where there are poison arms (a gen
       * block's Returned arm returns None) */
      bool gen = co->kind == MS_KIND_GEN_BLOCK || co->kind == MS_KIND_ASYNC_GEN_BLOCK;
      /* an async fn's plain replacement returns the value, not another future: `ready(v)`
       * is a future too, and grew a trial's caller (12 -> 16 bytes) */
      bool plain_fn = !gen && co->kind != MS_KIND_COROUTINE;
      snprintf(why, sizeof why, "%s: the state machine could be a plain %s%s%s",
               !is_async(co->kind)                   ? "no yield point"
               : co->kind == MS_KIND_ASYNC_GEN_BLOCK ? "no await or yield point"
                                                     : "no await point",
               co->kind == MS_KIND_COROUTINE ? "closure" : gen ? ms_kind_noun(co->kind) : "function",
               plain_fn ? " returning the value (its callers drop their .await; returning "
                          "ready(v) instead keeps a future)" : "",
               co->code_redundant ? "; its poison states only exist to panic when polled again" : "");
      add_finding(c, co, MS_FINDING_NO_AWAIT, -1, co->code_redundant, why);
    }
    /* a future that holds the upvars' values is at least as large as all of them: a smaller
     * one holds none of it, its type's text notwithstanding (`Tagged<F>` of a PhantomData<F>,
     * 4 bytes for a 64-byte F: tests/data/upvar-into-struct `phantom`), or not all of them,
     * and which the text does not tell (`keep_second(a, b)` of two Frames returns a
     * Holder<Frame> of one, tests/data/upvar-two-into-one `same_second`): those that fit
     * count, in order.  The sizes are known now */
    size_t kept = 0;
    for (size_t k = 0; k < co->ncopies; k++) {
      const co_saved *sv = &co->saved[co->copy_saved[k]];
      long ub = upvar_bytes(co, co->copy_upvar[k]), held = ub;
      for (size_t q = 0; co->copy_moved && q < kept; q++)
        if (co->copy_moved[q] && co->copy_saved[q] == co->copy_saved[k] && upvar_bytes(co, co->copy_upvar[q]) > 0)
          held += upvar_bytes(co, co->copy_upvar[q]);
      if (co->copy_moved && co->copy_moved[k] && ub >= 0 && sv->bytes >= 0 && sv->bytes < held) continue;
      /* through an AsyncFnOnce call's future: held when the instance's future is an async
       * closure's body (the table's type of the saved local); a plain closure's future
       * (`move |x| async move { .. }`, or FnOnce() -> Fut) holds what it was built from,
       * and without the table nothing tells: no finding (tests/data/upvar-async-fn-once) */
      if (co->copy_once && co->copy_once[k] &&
          !(sv->inst_type && !strncmp(sv->inst_type, "{async closure body@", 20)))
        continue;
      co->copy_saved[kept] = co->copy_saved[k];
      co->copy_upvar[kept] = co->copy_upvar[k];
      if (co->copy_moved) co->copy_moved[kept] = co->copy_moved[k];
      if (co->copy_once) co->copy_once[kept] = co->copy_once[k];
      kept++;
    }
    co->ncopies = kept;
    for (size_t k = 0; k < co->ncopies; k++) {
      const co_saved *sv = &co->saved[co->copy_saved[k]];
      const co_upvar *u = NULL;
      for (size_t j = 0; j < co->nupvars; j++)
        if (co->upvars[j].field == co->copy_upvar[k]) u = &co->upvars[j];
      bool moved = co->copy_moved && co->copy_moved[k];
      snprintf(why, sizeof why,
               moved ? "upvar `%s` is moved into the future awaited from saved local %s%s%s%s, "
                       "and keeps its own slot in every state: the value is stored twice, once "
                       "per level of async fns it is passed down (rust-lang/rust#62958)"
                     : "upvar `%s` is copied into saved local %s%s%s%s, so the value is stored "
                       "twice (rust-lang/rust#62958)",
               u ? u->name : "?", sv->id, *sv->name ? " (`" : "", sv->name, *sv->name ? "`)" : "");
      /* the copy's bytes; for a move into a future, the upvar's (the future holds more) */
      long bytes = moved ? (u ? u->bytes : -1) : sv->bytes >= 0 ? sv->bytes : u ? u->bytes : -1;
      add_finding(c, co, MS_FINDING_UPVAR_COPY, -1, bytes, why);
    }
  }
  ms_advice_finish(c); /* the two kinds of bytes; held-across-await, passthrough */
}

/* ------------------------------------------------------------------ accessors */

size_t ms_crate_coroutine_count(const ms_crate *c) { return c->coroutines.len; }
const ms_coroutine *ms_crate_coroutine(const ms_crate *c, size_t i) {
  return i < c->coroutines.len ? ((ms_coroutine **)c->coroutines.items)[i] : NULL;
}

size_t ms_co_crate(const ms_coroutine *co, char *out, size_t cap) {
  return ms_file_crate_name(co && co->file ? co->file : "", out, cap);
}

const char *ms_co_def_path(const ms_coroutine *co) { return co->def_path; }
const char *ms_co_name(const ms_coroutine *co) { return co->name ? co->name : co->def_path; }
unsigned ms_co_line(const ms_coroutine *co) { return co->line; }
const char *ms_co_item(const ms_coroutine *co) { return co->item ? co->item : ""; }
size_t ms_crate_dropped_count(const ms_crate *c) { return c->dropped; }

size_t ms_co_overflow_checks(const ms_coroutine *co) { return co->feat.asserts_overflow; }

size_t ms_crate_overflow_checked_count(const ms_crate *c) {
  size_t n = 0;
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (ms_co_overflow_checks(ms_crate_coroutine(c, i))) n++;
  return n;
}
const char *ms_crate_target(const ms_crate *c, int *given) {
  if (given) *given = c->opts.target != NULL;
  return c->opts.target ? c->opts.target : MS_DEFAULT_TARGET;
}
const char *ms_crate_opt_level(const ms_crate *c, int *given) {
  if (given) *given = c->opts.opt_level != NULL;
  return c->opts.opt_level ? c->opts.opt_level : MS_DEFAULT_OPT_LEVEL;
}
const char *ms_co_file(const ms_coroutine *co) { return co->file; }
const char *ms_co_pass(const ms_coroutine *co) { return co->pass; }
static const char *const KIND_NAMES[] = {"async_fn",  "async_block",     "async_closure",
                                         "gen_block", "async_gen_block", "coroutine"};
static const char *const VIA_NAMES[] = {"pending", "ready", "yield", "return", "unwind"};
static const char *const FINDING_NAMES[] = {"poison-returned",   "poison-panicked",
                                            "no-await",          "duplicate-suspend",
                                            "upvar-copy",        "unreachable-state",
                                            "held-across-await", "passthrough",
                                            "poison-async-drop"};
#define NAME_OF(table, k) ((unsigned)(k) < sizeof table / sizeof *table ? table[k] : NULL)

const char *ms_coroutine_kind_name(ms_coroutine_kind k) { return NAME_OF(KIND_NAMES, k); }
const char *ms_transition_kind_name(ms_transition_kind k) { return NAME_OF(VIA_NAMES, k); }
const char *ms_finding_class_name(ms_finding_class k) { return NAME_OF(FINDING_NAMES, k); }
ms_coroutine_kind ms_co_kind_of(const ms_coroutine *co) { return co->kind; }
const char *ms_co_kind(const ms_coroutine *co) { return ms_coroutine_kind_name(co->kind); }
const char *ms_co_self_type(const ms_coroutine *co) { return co->self_type; }
const char *ms_co_span(const ms_coroutine *co) { return co->src_span; }
int ms_co_in_totals(const ms_coroutine *co) { return !co->not_built; }
const ms_coroutine *ms_co_by_move_of(const ms_coroutine *co) { return co->by_ref_twin; }

size_t ms_co_state_count(const ms_coroutine *co) { return co->nstates; }
const char *ms_co_state_name(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].name : NULL;
}
unsigned ms_co_state_discr(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].discr : 0;
}
long ms_co_state_entry(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].entry : -1;
}
ms_suspend_kind ms_co_state_suspend(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].suspend : MS_SUSPEND_NONE;
}

const char *ms_suspend_kind_name(ms_suspend_kind k) {
  static const char *const NAMES[] = {NULL, "await", "yield", "async-drop"};
  return (unsigned)k < sizeof NAMES / sizeof *NAMES ? NAMES[k] : NULL;
}

ms_arm_kind ms_co_state_arm(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].arm : MS_ARM_NONE;
}
size_t ms_co_state_saved_count(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].nfields : 0;
}
size_t ms_co_state_saved(const ms_coroutine *co, size_t s, size_t j) {
  return s < co->nstates && j < co->states[s].nfields ? co->states[s].fields[j] : 0;
}
long ms_co_state_bytes(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].bytes : -1;
}
long ms_co_state_own_code_bytes(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].own_code_bytes : -1;
}
long ms_co_state_code_bytes(const ms_coroutine *co, size_t s) {
  return s < co->nstates ? co->states[s].code_bytes : -1;
}
long ms_co_block_owner(const ms_coroutine *co, unsigned bb) {
  const co_block *e = block_entry(co, bb);
  return e ? e->owner : MS_BLOCK_UNREACHED;
}
size_t ms_co_block_sharers(const ms_coroutine *co, unsigned bb) {
  const co_block *e = block_entry(co, bb);
  return e && co->block_sharers ? co->block_sharers[e - co->blocks] : 0;
}
long ms_co_dispatch_block(const ms_coroutine *co) { return co->dispatch; }

size_t ms_co_transition_count(const ms_coroutine *co) { return co->ntrans; }
size_t ms_co_transition_from(const ms_coroutine *co, size_t t) {
  return t < co->ntrans ? co->trans[t].from : 0;
}
size_t ms_co_transition_to(const ms_coroutine *co, size_t t) {
  return t < co->ntrans ? co->trans[t].to : 0;
}
ms_transition_kind ms_co_transition_kind(const ms_coroutine *co, size_t t) {
  return t < co->ntrans ? co->trans[t].via : MS_VIA_PENDING;
}
const char *ms_co_transition_via(const ms_coroutine *co, size_t t) {
  return t < co->ntrans ? ms_transition_kind_name(co->trans[t].via) : NULL;
}

size_t ms_co_saved_count(const ms_coroutine *co) { return co->nsaved; }
const char *ms_co_saved_id(const ms_coroutine *co, size_t i) {
  return i < co->nsaved ? co->saved[i].id : NULL;
}
const char *ms_co_saved_type(const ms_coroutine *co, size_t i) {
  return i < co->nsaved ? co->saved[i].type : NULL;
}
const char *ms_co_saved_name(const ms_coroutine *co, size_t i) {
  return i < co->nsaved ? co->saved[i].name : NULL;
}
const char *ms_co_saved_span(const ms_coroutine *co, size_t i) {
  return i < co->nsaved ? co->saved[i].span : NULL;
}
long ms_co_saved_bytes(const ms_coroutine *co, size_t i) {
  return i < co->nsaved ? co->saved[i].bytes : -1;
}
int ms_co_saved_conflict(const ms_coroutine *co, size_t a, size_t b) {
  if (!co->conflicts) return -1;
  return a < co->nsaved && b < co->nsaved && co->conflicts[a * co->nsaved + b];
}

size_t ms_co_upvar_count(const ms_coroutine *co) { return co->nupvars; }
const char *ms_co_upvar_name(const ms_coroutine *co, size_t i) {
  return i < co->nupvars ? co->upvars[i].name : NULL;
}
const char *ms_co_upvar_type(const ms_coroutine *co, size_t i) {
  return i < co->nupvars ? co->upvars[i].type : NULL;
}
long ms_co_upvar_bytes(const ms_coroutine *co, size_t i) {
  return i < co->nupvars ? co->upvars[i].bytes : -1;
}
long ms_co_upvar_field(const ms_coroutine *co, size_t i) {
  return i < co->nupvars ? (long)co->upvars[i].field : -1;
}

long ms_co_size(const ms_coroutine *co) { return co->size; }
ms_size_source ms_co_size_source(const ms_coroutine *co) { return co->size_source; }
size_t ms_co_unknown_type_count(const ms_coroutine *co) { return co->nunknown; }
const char *ms_co_unknown_type(const ms_coroutine *co, size_t i) {
  return i < co->nunknown ? co->unknown[i] : NULL;
}
size_t ms_co_instance_count(const ms_coroutine *co) { return co->ninstances; }
long ms_co_instance_size(const ms_coroutine *co, size_t i) {
  return i < co->ninstances ? co->instances[i] : -1;
}
const char *ms_co_instance_type(const ms_coroutine *co, size_t i) {
  return i < co->ninstances && co->instance_types ? co->instance_types[i] : NULL;
}

long ms_co_code_estimate(const ms_coroutine *co) { return co->code_estimate; }
long ms_co_code_exact(const ms_coroutine *co) { return co->code_exact; }
long ms_co_code_redundant(const ms_coroutine *co) { return co->code_redundant; }
long ms_co_code_corrected(const ms_coroutine *co) { return co->code_corrected; }
long ms_co_code_inlined(const ms_coroutine *co) { return co->code_inlined; }
unsigned ms_co_code_instances(const ms_coroutine *co, long *all_bytes) {
  if (all_bytes) *all_bytes = co->code_exact >= 0 ? co->code_exact_all : -1;
  return co->code_exact >= 0 ? co->code_instances : 0;
}

long ms_co_code_bytes_all(const ms_coroutine *co, ms_code_source *src) {
  long all, b = ms_co_code_bytes(co, src);
  return ms_co_code_instances(co, &all) > 1 ? all : b;
}

unsigned ms_co_code_copies(const ms_coroutine *co) {
  unsigned in = (co->code_inside || co->code_in_host) && co->code_copies > 1 ? co->code_copies : 1;
  /* instances of a generic body, each with a symbol: a copy of its code in each */
  unsigned inst = ms_co_code_instances(co, NULL);
  return in > inst ? in : inst;
}
long ms_co_code_host_bytes(const ms_coroutine *co) { return co->code_host; }
int ms_co_code_in_host(const ms_coroutine *co) { return co->code_in_host; }
int ms_co_code_in_awaiter(const ms_coroutine *co) { return co->code_inside; }

size_t ms_crate_code_awaiters(const ms_crate *c, const ms_coroutine *co, const ms_coroutine **out,
                              size_t cap) {
  if (!c->finished || !co->code_inside) return 0;
  size_t n = c->coroutines.len, found = 0;
  ms_coroutine **all = c->coroutines.items;
  size_t *mark = ms_xcalloc(n + 1, sizeof *mark);
  const ms_coroutine **in = ms_xcalloc(n + 1, sizeof *in);
  for (size_t i = 0; i < n; i++) { /* as find_inlined marks code_inside */
    if (all[i]->code_exact < 0) continue;
    size_t k = ms_co_inlined_awaitees(c, all[i], mark, i + 1, in);
    while (k && in[k - 1] != co) k--;
    if (!k) continue;
    if (found < cap) out[found] = all[i];
    found++;
  }
  free(mark);
  free(in);
  return found;
}

long ms_co_code_bytes(const ms_coroutine *co, ms_code_source *source) {
  ms_code_source s = co->code_exact >= 0      ? MS_CODE_EXACT
                     : co->code_corrected >= 0 ? MS_CODE_CORRECTED
                                               : MS_CODE_MODELLED;
  if (source) *source = s;
  return s == MS_CODE_EXACT ? co->code_exact : s == MS_CODE_CORRECTED ? co->code_corrected : co->code_estimate;
}
static const char *const CODE_SOURCE_NAMES[] = {"exact", "corrected", "modelled"};
const char *ms_code_source_name(ms_code_source s) {
  return (unsigned)s < 3 ? CODE_SOURCE_NAMES[s] : NULL;
}
void ms_crate_code_model(const ms_crate *c, ms_code_model_info *out) {
  const ms_code_model *m = c->code_model;
  out->target = m->target;
  out->opt_level = m->opt_level;
  out->calibrated = c->code_model_exact;
  out->median_error = m->median_error;
  out->within_30 = m->within_30;
  out->corrected_median_error = m->corrected_median_error;
  out->poison_arm_bytes = (long)(m->poison_arm + 0.5);
}

size_t ms_co_finding_count(const ms_coroutine *co) { return co->findings.len; }
static const co_finding *finding_at(const ms_coroutine *co, size_t f) {
  return f < co->findings.len ? &((const co_finding *)co->findings.items)[f] : NULL;
}
ms_finding_class ms_co_finding_class_of(const ms_coroutine *co, size_t f) {
  const co_finding *x = finding_at(co, f);
  return x ? x->cls : MS_FINDING_POISON_RETURNED;
}
const char *ms_co_finding_class(const ms_coroutine *co, size_t f) {
  const co_finding *x = finding_at(co, f);
  return x ? ms_finding_class_name(x->cls) : NULL;
}
long ms_co_finding_state(const ms_coroutine *co, size_t f) {
  const co_finding *x = finding_at(co, f);
  return x ? x->state : -1;
}
long ms_co_finding_bytes(const ms_coroutine *co, size_t f) {
  const co_finding *x = finding_at(co, f);
  return x ? x->bytes : -1;
}
const char *ms_co_finding_reason(const ms_coroutine *co, size_t f) {
  const co_finding *x = finding_at(co, f);
  return x ? x->reason : NULL;
}
