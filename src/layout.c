/*
 * Future sizes: exact from the `-Zprint-type-sizes` table (typesizes.c), rustc's coroutine
 * layout rules applied to the types MIR prints (computed), and lower bounds when some types
 * cannot be sized.  See docs/sizes.md for the method and its measured accuracy.
 *
 * No file-scope mutable state: ms_sizes_resolve keeps its working state in a context on the
 * stack and allocates results in the crate's arena.
 */
#include "alloc.h"
#include "layout.h"
#include "model.h"
#include "typesizes.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ================================================================== layout engine */

/* Size information about one type.  `state`: exact, partial (size/align are lower bounds),
 * unknown (nothing known: counts as 0 bytes, alignment 1). */
enum { TI_EXACT, TI_PARTIAL, TI_UNKNOWN };
typedef struct {
  long size;
  unsigned long align;
  unsigned long long niche; /* number of invalid values of the largest niche (0: none) */
  int state;
} tinfo;

static const tinfo TI_UNK = {0, 1, 0, TI_UNKNOWN};

static tinfo ti(long size, unsigned long align, unsigned long long niche) {
  return (tinfo){size, align, niche, TI_EXACT};
}

static long round_up(long x, unsigned long a) { return a > 1 ? (long)(((unsigned long)x + a - 1) / a * a) : x; }

static unsigned tz(unsigned long long x) {
  unsigned n = 0;
  if (!x) return 0;
  while (!(x & 1)) x >>= 1, n++;
  return n;
}

typedef struct {
  long size;
  unsigned long align;
  unsigned long long niche;
  long niche_len; /* bytes of the niche scalar */
} lfield;

/* rustc_abi univariant_biased(): order fields, assign offsets.  prefixed: StructKind::Prefixed. */
static long univariant_biased(const lfield *f, size_t n, bool prefixed, long prefix_size,
                              unsigned long prefix_align, bool bias_end, long *offsets,
                              size_t *order, unsigned long *align_out, long *niche_at,
                              unsigned long long *niche_avail, long *niche_len) {
  unsigned long max_align = 1;
  unsigned long long largest_niche = 0;
  for (size_t i = 0; i < n; i++) {
    if (f[i].align > max_align) max_align = f[i].align;
    if (f[i].niche > largest_niche) largest_niche = f[i].niche;
  }
  unsigned gkey_max = tz(max_align);
  /* sort keys */
  for (size_t i = 0; i < n; i++) order[i] = i;
  if (n > 1) {
    unsigned long long *k1 = ms_xmalloc(n * sizeof *k1), *k2 = ms_xmalloc(n * sizeof *k2);
    for (size_t i = 0; i < n; i++) {
      unsigned long a = f[i].align ? f[i].align : 1;
      unsigned long long m = a > (unsigned long)f[i].size ? a : (unsigned long long)f[i].size;
      unsigned g = tz(m);
      if (largest_niche > 0) {
        if (!bias_end)
          g = g < gkey_max ? g : gkey_max;
        else if (f[i].niche == largest_niche)
          g = tz(a);
      }
      if (prefixed) {
        k1[i] = g;
        k2[i] = f[i].niche;
      } else {
        k1[i] = (unsigned long long)(64 - g); /* Reverse(group) */
        k2[i] = bias_end ? f[i].niche : ~f[i].niche;
      }
    }
    /* stable insertion sort (field counts are small) */
    for (size_t i = 1; i < n; i++)
      for (size_t j = i; j > 0; j--) {
        size_t a = order[j - 1], b = order[j];
        if (k1[a] < k1[b] || (k1[a] == k1[b] && k2[a] <= k2[b])) break;
        order[j - 1] = b;
        order[j] = a;
      }
    free(k1);
    free(k2);
  }
  long off = 0;
  unsigned long align = 1;
  if (prefixed) {
    align = prefix_align > 1 ? prefix_align : 1;
    off = round_up(prefix_size, align);
  }
  unsigned long long best = 0;
  long best_at = -1, best_len = 0;
  for (size_t k = 0; k < n; k++) {
    size_t i = order[k];
    unsigned long a = f[i].align ? f[i].align : 1;
    off = round_up(off, a);
    if (a > align) align = a;
    offsets[i] = off;
    if (f[i].niche && (bias_end ? f[i].niche >= best : f[i].niche > best)) {
      best = f[i].niche;
      best_at = off;
      best_len = f[i].niche_len;
    }
    off += f[i].size;
  }
  if (align_out) *align_out = align;
  if (niche_at) *niche_at = best_at;
  if (niche_avail) *niche_avail = best;
  if (niche_len) *niche_len = best_len;
  return round_up(off, align);
}

/* rustc_abi univariant(): the start-biased layout, or the end-biased one when it puts the
 * largest niche nearer an edge.  Sizes are equal either way; offsets may differ. */
static long univariant(const lfield *f, size_t n, bool prefixed, long prefix_size,
                       unsigned long prefix_align, long *offsets, unsigned long *align_out) {
  size_t *order = ms_xmalloc((n + 1) * sizeof *order);
  long at, len;
  unsigned long long avail;
  long size = univariant_biased(f, n, prefixed, prefix_size, prefix_align, false, offsets, order,
                                align_out, &at, &avail, &len);
  if (size >= 0 && avail > 0 && n > 1 && at != 0 && size - at - len > 0) {
    long *alt = ms_xmalloc(n * sizeof *alt);
    long at2, len2;
    unsigned long align2;
    unsigned long long avail2;
    long size2 = univariant_biased(f, n, prefixed, prefix_size, prefix_align, true, alt, order,
                                   &align2, &at2, &avail2, &len2);
    long tail = size - at - len;
    if (size2 == size && at2 > at && at2 > tail) memcpy(offsets, alt, n * sizeof *alt);
    free(alt);
  }
  free(order);
  return size;
}

/* ================================================================== type texts */

typedef struct {
  const char *s;
  size_t n;
} span_t;

static span_t trim(const char *s, size_t n) {
  while (n && isspace((unsigned char)*s)) s++, n--;
  while (n && isspace((unsigned char)s[n - 1])) n--;
  return (span_t){s, n};
}

static span_t str_span(const char *s) { return s ? (span_t){s, strlen(s)} : (span_t){"", 0}; }

static bool sp_eq(span_t a, const char *lit) { return strlen(lit) == a.n && !memcmp(a.s, lit, a.n); }
static bool sp_starts(span_t a, const char *lit) {
  size_t l = strlen(lit);
  return a.n >= l && !memcmp(a.s, lit, l);
}

/* Split s at top-level commas; returns the count, fills up to cap parts. */
static size_t split_top(const char *s, size_t n, span_t *parts, size_t cap) {
  size_t cnt = 0, start = 0;
  int depth = 0;
  for (size_t k = 0; k <= n; k++) {
    char c = k < n ? s[k] : ',';
    if (c == '-' && k + 1 < n && s[k + 1] == '>') {
      k++;
      continue;
    }
    if (c == '(' || c == '[' || c == '{' || c == '<') depth++;
    else if (c == ')' || c == ']' || c == '}' || c == '>') depth--;
    else if (c == ',' && depth <= 0) {
      span_t p = trim(s + start, k - start);
      if (p.n || k < n) {
        if (cnt < cap) parts[cnt] = p;
        cnt++;
      }
      start = k + 1;
    }
  }
  /* a trailing comma leaves an empty last part: drop it */
  if (cnt && cnt <= cap && parts[cnt - 1].n == 0) cnt--;
  return cnt;
}

enum { MAXPARTS = 64 };

typedef struct sz_ctx sz_ctx;
static tinfo type_info(sz_ctx *x, span_t t, bool trimmed, int depth);

/* ----------------------------------------------------------------- resolution context */

typedef struct {
  int state; /* 0 todo, 1 in progress, 2 done */
  tinfo result;
  const char **unk; /* unknown types met on the way */
  size_t nunk;
  long tab_align; /* alignment from the table (exact coroutines), 0 if none */
} co_memo;

struct sz_ctx {
  ms_crate *c;
  unsigned long ptr; /* pointer size in bytes */
  co_memo *memo;
  ms_vec *unknown; /* of const char *: where unknown type texts go (per coroutine) */
  ms_arena *arena;
  const ms_type_sizes *ts; /* the coroutine's -Zprint-type-sizes table, or NULL */
  /* the self type of the coroutine being laid out, whose generic arguments name its
   * parameters as the user-facing printer writes them (a bare `T`), or NULL */
  const char *params;
};

static bool fn_args(const char *t, span_t *out);
static bool param_arg(span_t a);

/* Unknown type texts are kept whole up to this many characters (then cut, `...`): long
 * enough that the reports can still read them as Rust (ms_rep_short_type needs the
 * brackets closed), short enough that one monster type cannot take the memory. */
#define UNKNOWN_TYPE_MAX 4096

static void add_unknown(sz_ctx *x, span_t t) {
  if (!x->unknown) return;
  /* stable form: on one line (ms_type_one_line), cut at UNKNOWN_TYPE_MAX with `...` */
  char buf[UNKNOWN_TYPE_MAX + 4];
  size_t o = ms_type_one_line(t.s, t.n, buf, UNKNOWN_TYPE_MAX + 1);
  if (o >= UNKNOWN_TYPE_MAX) {
    memcpy(buf + o, "...", 3);
    o += 3;
  }
  const char **u = x->unknown->items;
  bool seen = false;
  for (size_t i = 0; i < x->unknown->len && !seen; i++) seen = strlen(u[i]) == o && !memcmp(u[i], buf, o);
  if (!seen) {
    const char **slot = ms_vec_push(x->arena, x->unknown, sizeof *slot);
    *slot = ms_arena_strndup(x->arena, buf, o);
  }
}

static tinfo unknown(sz_ctx *x, span_t t) {
  add_unknown(x, t);
  return TI_UNK;
}

/* Combine a struct/tuple of fields (rustc reorders: no interior padding needed). */
static tinfo aggregate(const tinfo *f, size_t n) {
  tinfo r = {0, 1, 0, TI_EXACT};
  for (size_t i = 0; i < n; i++) {
    if (f[i].state != TI_EXACT) r.state = TI_PARTIAL;
    if (f[i].state == TI_UNKNOWN) continue;
    r.size += f[i].size;
    if (f[i].align > r.align) r.align = f[i].align;
    if (f[i].niche > r.niche) r.niche = f[i].niche;
  }
  if (r.state == TI_EXACT && n) { /* exact: rustc's univariant */
    lfield lf[MAXPARTS];
    long off[MAXPARTS];
    if (n <= MAXPARTS) {
      for (size_t i = 0; i < n; i++)
        lf[i] = (lfield){f[i].size, f[i].align, f[i].niche, f[i].size};
      unsigned long al;
      long s = univariant(lf, n, false, 0, 1, off, &al);
      if (s >= 0) r.size = s, r.align = al;
      return r;
    }
  }
  r.size = round_up(r.size, r.align);
  return r;
}

/* enum { A, B(T) } (Option, Poll): niche-filling when T has a niche, else tagged. */
static tinfo option_like(tinfo t) {
  if (t.state == TI_UNKNOWN) return t;
  if (t.state == TI_PARTIAL) return (tinfo){t.size, t.align, 0, TI_PARTIAL};
  if (t.niche > 0) return ti(t.size, t.align, t.niche - 1);
  return ti(round_up(round_up(1, t.align) + t.size, t.align), t.align, 254);
}

/* The pointee without its lifetime and `mut`: `T/#0` of `'{erased} mut T/#0`. */
static span_t pointee_core(span_t p) {
  p = trim(p.s, p.n);
  while (sp_starts(p, "'")) { /* lifetime */
    size_t k = 0;
    while (k < p.n && !isspace((unsigned char)p.s[k])) k++;
    p = trim(p.s + k, p.n - k);
  }
  if (sp_starts(p, "mut ")) p = trim(p.s + 4, p.n - 4);
  return p;
}

static bool is_unsized_pointee(span_t p) {
  p = pointee_core(p);
  if (sp_eq(p, "str") || sp_starts(p, "dyn ") || sp_starts(p, "dyn[") || sp_eq(p, "std::ffi::CStr") ||
      sp_eq(p, "core::ffi::CStr") || sp_eq(p, "CStr") || sp_eq(p, "std::path::Path") || sp_eq(p, "Path") ||
      sp_eq(p, "std::ffi::OsStr") || sp_eq(p, "OsStr"))
    return true;
  if (sp_starts(p, "[")) { /* slice unless `[T; N]` */
    size_t close = ms_match_close(p.s, p.n, 0);
    int depth = 0;
    for (size_t k = 1; k < close; k++) {
      char c = p.s[k];
      if (c == '(' || c == '[' || c == '{' || c == '<') depth++;
      else if (c == ')' || c == ']' || c == '}' || c == '>') depth--;
      else if (c == ';' && depth == 0) return false;
    }
    return true;
  }
  return false;
}

/* Is p one of the generic parameters of the coroutine x lays out, as the user-facing printer
 * names them (`T` of `{async fn body of show<T>()}`: the types of debug lines, so upvars, and
 * of a body printed without a layout)?  An instance's arguments (`show<u8>`) are none. */
static bool body_param(const sz_ctx *x, span_t p) {
  span_t args, parts[MAXPARTS];
  if (!x->params || !fn_args(x->params, &args)) return false;
  size_t n = split_top(args.s, args.n, parts, MAXPARTS);
  for (size_t i = 0; i < n && i < MAXPARTS; i++) {
    span_t a = trim(parts[i].s, parts[i].n);
    if (a.n == p.n && !memcmp(a.s, p.s, p.n) && param_arg(a)) return true;
  }
  return false;
}

/* 0: sized, 1: unsized, -1: cannot tell (aliases, parameters marked ?Sized are not visible) */
static int pointee_kind(const sz_ctx *x, span_t p) {
  p = trim(p.s, p.n);
  if (is_unsized_pointee(p)) return 1;
  if (sp_starts(p, "Alias(") || sp_starts(p, "<")) return -1;
  for (size_t k = 0; k + 1 < p.n; k++) /* a type parameter (`T/#0`) may be ?Sized */
    if (p.s[k] == '/' && p.s[k + 1] == '#') return -1;
  /* `Self` of a trait's default method is ?Sized (`impl Tr for str`), as is a parameter */
  if (sp_eq(p, "Self") || body_param(x, p)) return -1;
  return 0;
}

static tinfo pointer_to(sz_ctx *x, span_t pointee, bool nonnull) {
  int k = pointee_kind(x, pointee);
  unsigned long long nn = nonnull ? 1 : 0;
  if (k == 1) return ti((long)(2 * x->ptr), x->ptr, nn);
  if (k == 0) return ti((long)x->ptr, x->ptr, nn);
  add_unknown(x, pointee_core(pointee)); /* why it is only at least thin: it may be unsized */
  return (tinfo){(long)x->ptr, x->ptr, 0, TI_PARTIAL}; /* at least thin */
}

static long parse_count(span_t t) {
  t = trim(t.s, t.n);
  long v = 0;
  size_t k = 0;
  if (!t.n || !isdigit((unsigned char)t.s[0])) return -1;
  while (k < t.n && isdigit((unsigned char)t.s[k])) v = v * 10 + (t.s[k++] - '0');
  if (k == t.n || sp_eq((span_t){t.s + k, t.n - k}, "_usize")) return v;
  return -1;
}

/* Split `a::b::C<args>` into its base path (without leading `::`) and args. */
typedef struct {
  span_t base, last;
  span_t args[MAXPARTS];
  size_t nargs; /* type and const arguments; lifetimes dropped */
  bool has_args;
} path_t;

static bool parse_path(span_t t, path_t *p) {
  memset(p, 0, sizeof *p);
  if (sp_starts(t, "::")) t = (span_t){t.s + 2, t.n - 2};
  if (!t.n || !(isalpha((unsigned char)t.s[0]) || t.s[0] == '_')) return false;
  size_t lt = t.n;
  for (size_t k = 0; k < t.n; k++) {
    char c = t.s[k];
    if (c == '<') {
      lt = k;
      break;
    }
    if (!(isalnum((unsigned char)c) || c == '_' || c == ':')) return false;
  }
  p->base = (span_t){t.s, lt};
  size_t ls = 0;
  for (size_t k = 0; k + 1 < lt; k++)
    if (t.s[k] == ':' && t.s[k + 1] == ':') ls = k + 2;
  p->last = (span_t){t.s + ls, lt - ls};
  if (lt < t.n) {
    size_t close = ms_match_close(t.s, t.n, lt);
    if (close != t.n - 1) return false; /* `Foo<..>::Bar` and the like */
    span_t parts[MAXPARTS];
    size_t np = split_top(t.s + lt + 1, close - lt - 1, parts, MAXPARTS);
    if (np > MAXPARTS) return false;
    p->has_args = true;
    for (size_t i = 0; i < np; i++)
      if (!sp_starts(parts[i], "'")) p->args[p->nargs++] = parts[i];
  }
  return true;
}

/* Is the base path `name` under std/core/alloc (module path checked loosely), or bare when
 * the text is a trimmed (pretty) type? */
static bool std_path(const path_t *p, bool trimmed, const char *name, const char *module) {
  if (!sp_eq(p->last, name)) return false;
  if (p->base.n == p->last.n) return trimmed;
  if (!(sp_starts(p->base, "std::") || sp_starts(p->base, "core::") || sp_starts(p->base, "alloc::")))
    return false;
  if (!module) return true;
  /* the module must appear as a path segment */
  size_t ml = strlen(module);
  for (size_t k = 0; k + ml <= p->base.n; k++)
    if (!memcmp(p->base.s + k, module, ml) && (k == 0 || p->base.s[k - 1] == ':') &&
        k + ml + 1 < p->base.n && p->base.s[k + ml] == ':')
      return true;
  return false;
}

static bool global_alloc(const path_t *p, size_t i) {
  if (p->nargs <= i) return true;
  span_t a = p->args[i];
  return sp_eq(a, "std::alloc::Global") || sp_eq(a, "alloc::alloc::Global") || sp_eq(a, "Global");
}

static tinfo nested_coroutine(sz_ctx *x, ms_coroutine *co, int depth);

/* Sizes of the crate's coroutines a type stands for (ms_index_type_refs): all must agree;
 * those the dump files spell exactly (`{impl#N}`) are asked first. */
typedef struct {
  sz_ctx *x;
  int depth;
  size_t n, nexact;
  tinfo all, exact;
} ref_sizes;

static void agree_with(tinfo *agree, size_t n, tinfo r) {
  if (!n) *agree = r;
  else if (r.state != agree->state || r.size != agree->size || r.align != agree->align)
    *agree = TI_UNK; /* several candidates of different sizes */
}

static void size_ref(ms_coroutine *co, bool exact, void *user) {
  ref_sizes *rs = user;
  tinfo r = nested_coroutine(rs->x, co, rs->depth + 1);
  agree_with(&rs->all, rs->n++, r);
  if (exact) agree_with(&rs->exact, rs->nexact++, r);
}

/* ---- type_info, one step per family of type texts */

static const struct {
  const char *name;
  int size; /* -1: pointer-sized */
  int align;
  unsigned long long niche;
} PRIMITIVES[] = {
    {"bool", 1, 1, 254},
    {"char", 4, 4, 4293853184ull},
    {"u8", 1, 1, 0},    {"i8", 1, 1, 0},   {"u16", 2, 2, 0},    {"i16", 2, 2, 0},
    {"u32", 4, 4, 0},   {"i32", 4, 4, 0},  {"u64", 8, 8, 0},    {"i64", 8, 8, 0},
    {"u128", 16, 16, 0}, {"i128", 16, 16, 0}, {"usize", -1, -1, 0}, {"isize", -1, -1, 0},
    {"f16", 2, 2, 0},   {"f32", 4, 4, 0},  {"f64", 8, 8, 0},    {"f128", 16, 16, 0},
    {"()", 0, 1, 0},    {"!", 0, 1, 0},
};

/* Primitives, references, raw and fn pointers; false when t is none of them. */
static bool scalar_info(sz_ctx *x, span_t t, tinfo *out) {
  unsigned long P = x->ptr;
  for (size_t i = 0; i < sizeof PRIMITIVES / sizeof PRIMITIVES[0]; i++)
    if (sp_eq(t, PRIMITIVES[i].name)) {
      long sz = PRIMITIVES[i].size < 0 ? (long)P : PRIMITIVES[i].size;
      unsigned long al = PRIMITIVES[i].align < 0 ? P : (unsigned long)PRIMITIVES[i].align;
      *out = ti(sz, al, PRIMITIVES[i].niche);
      return true;
    }
  if (t.s[0] == '&') {
    *out = pointer_to(x, (span_t){t.s + 1, t.n - 1}, true);
    return true;
  }
  if (sp_starts(t, "*const ") || sp_starts(t, "*mut ")) {
    size_t k = t.s[1] == 'c' ? 7 : 5;
    *out = pointer_to(x, (span_t){t.s + k, t.n - k}, false);
    return true;
  }
  if (sp_starts(t, "fn(") || sp_starts(t, "unsafe fn(") || sp_starts(t, "extern \"") ||
      sp_starts(t, "unsafe extern \"") || sp_starts(t, "for<")) {
    *out = ti((long)P, P, 1);
    return true;
  }
  if (sp_starts(t, "FnDef(")) {
    *out = ti(0, 1, 0);
    return true;
  }
  return false;
}

static tinfo tuple_info(sz_ctx *x, span_t t, bool trimmed, int depth) {
  size_t close = ms_match_close(t.s, t.n, 0);
  if (close != t.n - 1) return unknown(x, t);
  span_t parts[MAXPARTS];
  size_t np = split_top(t.s + 1, close - 1, parts, MAXPARTS);
  if (np > MAXPARTS) return unknown(x, t);
  tinfo f[MAXPARTS];
  for (size_t i = 0; i < np; i++) f[i] = type_info(x, parts[i], trimmed, depth + 1);
  return aggregate(f, np);
}

/* `[T; N]`; a slice `[T]` is unsized. */
static tinfo array_info(sz_ctx *x, span_t t, bool trimmed, int depth) {
  size_t close = ms_match_close(t.s, t.n, 0);
  if (close != t.n - 1) return unknown(x, t);
  int d = 0;
  for (size_t k = 1; k < close; k++) {
    char c = t.s[k];
    if (c == '(' || c == '[' || c == '{' || c == '<') d++;
    else if (c == ')' || c == ']' || c == '}' || c == '>') d--;
    else if (c == ';' && d == 0) {
      long cnt = parse_count((span_t){t.s + k + 1, close - k - 1});
      if (cnt < 0) return unknown(x, t);
      tinfo e = type_info(x, (span_t){t.s + 1, k - 1}, trimmed, depth + 1);
      if (e.state == TI_UNKNOWN) return e;
      if (cnt > 0 && e.size > LONG_MAX / cnt) return unknown(x, t);
      return (tinfo){e.size * cnt, e.align, cnt ? e.niche : 0, e.state};
    }
  }
  return unknown(x, t);
}

/* A closure is the tuple of its upvars: the last (closure) or second-to-last (coroutine
 * closure) argument of `Closure(..)` / `CoroutineClosure(..)`. */
static tinfo closure_info(sz_ctx *x, span_t t, bool trimmed, int depth) {
  size_t open = 0;
  while (open < t.n && t.s[open] != '(') open++;
  size_t close = ms_match_close(t.s, t.n, open);
  span_t parts[2];
  if (split_top(t.s + open + 1, close - open - 1, parts, 2) != 2) return unknown(x, t);
  span_t a = parts[1];
  if (!sp_starts(a, "[")) return unknown(x, t);
  size_t ac = ms_match_close(a.s, a.n, 0);
  span_t args[MAXPARTS];
  size_t na = split_top(a.s + 1, ac - 1, args, MAXPARTS);
  size_t want = t.s[0] == 'C' && t.s[1] == 'l' ? 1 : 2;
  if (na < want || na > MAXPARTS || !sp_starts(args[na - want], "(")) return unknown(x, t);
  return type_info(x, args[na - want], trimmed, depth + 1);
}

/* Types printed in rustc's internal Debug form or as pretty coroutine types: Coroutine(..),
 * Alias(Opaque ..) and {..} stand for coroutines of the crate (ms_index_type_refs);
 * Closure(..) and CoroutineClosure(..) are tuples of upvars.  False when t is none of them. */
static bool internal_info(sz_ctx *x, span_t t, bool trimmed, int depth, tinfo *out) {
  if (sp_starts(t, "Closure(") || sp_starts(t, "CoroutineClosure(")) {
    *out = closure_info(x, t, trimmed, depth);
    return true;
  }
  ref_sizes rs = {x, depth, 0, 0, TI_UNK, TI_UNK};
  if (ms_index_type_refs(x->c, t.s, t.n, true, size_ref, &rs) == MS_TREF_NONE || !rs.n) return false;
  *out = rs.nexact ? rs.exact : rs.all;
  if (out->state == TI_UNKNOWN) add_unknown(x, t);
  return true;
}

/* How a standard library type is laid out (std_info's table). */
typedef enum {
  STD_THREE_PTRS,   /* String, Vec<T>: pointer, capacity, length */
  STD_POINTER,      /* Box<T>, Arc<T>, Rc<T>, NonNull<T>, Unique<T>, Weak<T>: a pointer to T */
  STD_TRANSPARENT,  /* Pin<P>, ManuallyDrop<T>: T */
  STD_NO_NICHE,     /* MaybeUninit<T>, Cell<T>, UnsafeCell<T>, SyncUnsafeCell<T>: T without niche */
  STD_ZST,          /* PhantomData, PhantomPinned, Infallible, Global */
  STD_OPTION,       /* Option<T>, Poll<T> */
  STD_RESULT,       /* Result<T, E> */
  STD_RANGE,        /* Range<T>: two T */
  STD_RANGE_INCL,   /* RangeInclusive<T>: two T and a bool */
  STD_SLICE_ITER,   /* slice::Iter<T>, IterMut<T>: two pointers */
  STD_VEC_INTO_ITER,/* vec::IntoIter<T>: four pointers */
  STD_ONE_PTR,      /* ResumeTy: one pointer */
  STD_DURATION,     /* Duration: u64 + u32 nanoseconds below 10^9 */
  STD_ORDERING,     /* cmp::Ordering: -1, 0, 1 */
  STD_NONZERO,      /* NonZero<T>: T with a niche */
} std_rule;

/* Which generic arguments the rule needs. */
typedef enum { ARGS_ANY, ARGS_NONE, ARGS_ONE, ARGS_TWO, ARGS_ONE_GLOBAL } std_args;

/* First match wins, in this order. `trimmed`: the bare name matches only when the dump
 * trims paths (false: only with a std/core/alloc path). */
static const struct {
  const char *name, *module;
  bool trimmed;
  std_args args;
  std_rule rule;
} STD_TYPES[] = {
    {"String", "string", true, ARGS_NONE, STD_THREE_PTRS},
    {"Vec", "vec", true, ARGS_ONE_GLOBAL, STD_THREE_PTRS},
    {"Box", "boxed", true, ARGS_ONE_GLOBAL, STD_POINTER},
    {"Arc", "sync", true, ARGS_ONE_GLOBAL, STD_POINTER},
    {"Rc", "rc", true, ARGS_ONE_GLOBAL, STD_POINTER},
    {"NonNull", "ptr", true, ARGS_ONE_GLOBAL, STD_POINTER},
    {"Unique", "ptr", true, ARGS_ONE_GLOBAL, STD_POINTER},
    {"Weak", "sync", true, ARGS_ONE_GLOBAL, STD_POINTER},
    {"Weak", "rc", true, ARGS_ONE_GLOBAL, STD_POINTER},
    {"Pin", "pin", true, ARGS_ONE, STD_TRANSPARENT},
    {"PhantomData", "marker", true, ARGS_ANY, STD_ZST},
    {"PhantomPinned", "marker", true, ARGS_ANY, STD_ZST},
    {"ManuallyDrop", "mem", true, ARGS_ONE, STD_TRANSPARENT},
    {"MaybeUninit", "mem", true, ARGS_ONE, STD_NO_NICHE},
    {"Cell", "cell", true, ARGS_ONE, STD_NO_NICHE},
    {"UnsafeCell", "cell", true, ARGS_ONE, STD_NO_NICHE},
    {"SyncUnsafeCell", "cell", true, ARGS_ONE, STD_NO_NICHE},
    {"Option", "option", true, ARGS_ONE, STD_OPTION},
    {"Poll", "task", true, ARGS_ONE, STD_OPTION},
    {"Result", "result", true, ARGS_TWO, STD_RESULT},
    {"Range", "ops", true, ARGS_ONE, STD_RANGE},
    {"RangeInclusive", "ops", true, ARGS_ONE, STD_RANGE_INCL},
    {"Iter", "slice", false, ARGS_ONE, STD_SLICE_ITER},
    {"IterMut", "slice", false, ARGS_ONE, STD_SLICE_ITER},
    {"IntoIter", "vec", false, ARGS_ONE_GLOBAL, STD_VEC_INTO_ITER},
    {"ResumeTy", "future", true, ARGS_NONE, STD_ONE_PTR},
    {"Duration", "time", true, ARGS_NONE, STD_DURATION},
    {"Infallible", "convert", true, ARGS_ANY, STD_ZST},
    {"Global", "alloc", true, ARGS_ANY, STD_ZST},
    {"Ordering", "cmp", true, ARGS_ANY, STD_ORDERING},
    {"NonZero", "num", true, ARGS_ONE, STD_NONZERO},
};

static bool std_args_ok(const path_t *p, std_args a) {
  switch (a) {
  case ARGS_ANY: return true;
  case ARGS_NONE: return !p->has_args;
  case ARGS_ONE: return p->nargs == 1;
  case ARGS_TWO: return p->nargs == 2;
  case ARGS_ONE_GLOBAL: return p->nargs >= 1 && global_alloc(p, 1);
  }
  return false;
}

/* Result<T, E>: the niche or tagged layout rustc would choose, when it is certain. */
static tinfo result_info(sz_ctx *x, span_t t, tinfo a, tinfo b) {
  if (a.state == TI_UNKNOWN || b.state == TI_UNKNOWN) return TI_UNK;
  if (a.state != TI_EXACT || b.state != TI_EXACT) {
    tinfo r = a.size >= b.size ? a : b;
    r.state = TI_PARTIAL;
    r.niche = 0;
    return r;
  }
  if (a.size == 0 && a.align == 1) return option_like(b);
  if (b.size == 0 && b.align == 1) return option_like(a);
  if (a.niche == 0 && b.niche == 0) { /* only the tagged layout is possible */
    unsigned long al = a.align > b.align ? a.align : b.align;
    long ea = round_up(1, a.align) + a.size, eb = round_up(1, b.align) + b.size;
    return ti(round_up(ea > eb ? ea : eb, al), al, 254);
  }
  return unknown(x, t);
}

static tinfo std_rule_info(sz_ctx *x, span_t t, const path_t *p, std_rule rule, bool trimmed, int depth) {
  unsigned long P = x->ptr;
#define ARG(i) (p->nargs > (i) ? type_info(x, p->args[i], trimmed, depth + 1) : TI_UNK)
  switch (rule) {
  case STD_THREE_PTRS: return ti((long)(3 * P), P, 1ull << (8 * P - 1));
  case STD_POINTER: return pointer_to(x, p->args[0], true);
  case STD_TRANSPARENT: return ARG(0);
  case STD_NO_NICHE: {
    tinfo r = ARG(0);
    r.niche = 0;
    return r;
  }
  case STD_ZST: return ti(0, 1, 0);
  case STD_OPTION: return option_like(ARG(0));
  case STD_RESULT: return result_info(x, t, ARG(0), ARG(1));
  case STD_RANGE: {
    tinfo f[2] = {ARG(0), ARG(0)};
    return aggregate(f, 2);
  }
  case STD_RANGE_INCL: {
    tinfo f[3] = {ARG(0), ARG(0), ti(1, 1, 254)};
    return aggregate(f, 3);
  }
  case STD_SLICE_ITER: return ti((long)(2 * P), P, 1);
  case STD_VEC_INTO_ITER: return ti((long)(4 * P), P, 1);
  case STD_ONE_PTR: return ti((long)P, P, 1);
  case STD_DURATION: return ti(16, 8, 4294967296ull - 1000000000ull);
  case STD_ORDERING: return ti(1, 1, 253);
  case STD_NONZERO: {
    tinfo r = ARG(0);
    if (r.state == TI_EXACT) r.niche = 1;
    return r;
  }
  }
#undef ARG
  return unknown(x, t);
}

static const struct {
  const char *name;
  int size; /* -1 pointer */
  unsigned long long niche;
} ATOMICS[] = {
    {"AtomicBool", 1, 0}, {"AtomicU8", 1, 0},   {"AtomicI8", 1, 0},    {"AtomicU16", 2, 0},
    {"AtomicI16", 2, 0},  {"AtomicU32", 4, 0},  {"AtomicI32", 4, 0},   {"AtomicU64", 8, 0},
    {"AtomicI64", 8, 0},  {"AtomicUsize", -1, 0}, {"AtomicIsize", -1, 0}, {"NonZeroU8", 1, 1},
    {"NonZeroU16", 2, 1}, {"NonZeroU32", 4, 1}, {"NonZeroU64", 8, 1},  {"NonZeroUsize", -1, 1},
    {"NonZeroI32", 4, 1}, {"NonZeroI64", 8, 1},
};

/* Standard library types by path (a generic parameter `T/#0` is no path): unknown otherwise. */
static tinfo std_info(sz_ctx *x, span_t t, bool trimmed, int depth) {
  path_t p;
  if (!parse_path(t, &p)) return unknown(x, t);
  for (size_t i = 0; i < sizeof STD_TYPES / sizeof STD_TYPES[0]; i++)
    if (std_path(&p, STD_TYPES[i].trimmed && trimmed, STD_TYPES[i].name, STD_TYPES[i].module) &&
        std_args_ok(&p, STD_TYPES[i].args))
      return std_rule_info(x, t, &p, STD_TYPES[i].rule, trimmed, depth);
  unsigned long P = x->ptr;
  for (size_t i = 0; i < sizeof ATOMICS / sizeof ATOMICS[0]; i++)
    if (!p.has_args && (std_path(&p, trimmed, ATOMICS[i].name, "atomic") || std_path(&p, trimmed, ATOMICS[i].name, "num"))) {
      long sz = ATOMICS[i].size < 0 ? (long)P : ATOMICS[i].size;
      return ti(sz, (unsigned long)sz, ATOMICS[i].niche);
    }
  if (std_path(&p, trimmed, "AtomicPtr", "atomic")) return ti((long)P, P, 0);
  return unknown(x, t);
}

/* A saved local's type that -Zprint-type-sizes printed under the same name, with its
 * alignment (`client::Builder` of a generic coroutine: the coroutine is not printed, its
 * monomorphic locals are).  Its niche is not printed: only a saved local's own type is
 * taken (MaybeUninit, no niche used), never a field or an upvar. */
static bool table_info(const sz_ctx *x, span_t t, tinfo *r) {
  if (!x->ts || t.n >= 600 || memchr(t.s, '/', t.n)) return false; /* T/#0: generic */
  char name[600];
  memcpy(name, t.s, t.n);
  name[t.n] = 0;
  const ts_type *e = ms_ts_find(x->ts, name, 0);
  if (!e || e->size < 0 || e->align <= 0 || ms_ts_find(x->ts, name, 1)) return false;
  *r = ti(e->size, (unsigned long)e->align, 0);
  return true;
}

/* Size, alignment and niche of a type text, as far as it can be known from MIR alone (and,
 * for a saved local's own type, from the -Zprint-type-sizes table: table_info). */
static tinfo type_info(sz_ctx *x, span_t t, bool trimmed, int depth) {
  t = trim(t.s, t.n);
  if (!t.n) return TI_UNK;
  if (depth > 24) return unknown(x, t);
  tinfo r;
  if (scalar_info(x, t, &r)) return r;
  if (t.s[0] == '(') return tuple_info(x, t, trimmed, depth);
  if (t.s[0] == '[') return array_info(x, t, trimmed, depth);
  if (internal_info(x, t, trimmed, depth, &r)) return r;
  if (depth == 0 && !trimmed && table_info(x, t, &r)) return r;
  return std_info(x, t, trimmed, depth);
}

/* ================================================================== coroutine layout */

typedef struct {
  tinfo *up;       /* upvars (by field order) */
  size_t nup;
  tinfo *sv;       /* saved locals */
  size_t nsv;
  const co_state *states;
  size_t nstates;
  const unsigned char *conflicts; /* nsv x nsv, row-major; NULL: unknown */
  bool some_members; /* the states list some of their saved locals only (a rebuilt layout) */
} lay_in;

typedef struct {
  long size;
  unsigned long align;
  int state; /* TI_EXACT / TI_PARTIAL */
  unsigned tag_bytes;
  bool no_conflicts; /* a lower bound only because storage conflicts were not given */
} lay_out;

enum { UNASSIGNED = -1, INELIGIBLE = -2 };

/* Pseudo "types" reported among the unknown ones when the model lacks facts. */
static const char NO_CONFLICTS[] = MS_NO_CONFLICTS;
static const char NO_UPVAR[] = "(upvar without a debug line)";
static const char NO_LAYOUT[] = MS_NO_LAYOUT;

/* Why a layout without conflicts is a lower bound: not given, or no layout printed at all. */
static span_t no_conflicts_why(const ms_coroutine *co) {
  return co->layout_rebuilt ? (span_t){NO_LAYOUT, strlen(NO_LAYOUT)}
                            : (span_t){NO_CONFLICTS, strlen(NO_CONFLICTS)};
}

/* Do the states of co list only some of the saved locals they hold?  A layout rebuilt from
 * the body with two or more suspend states (with one, each local is in it). */
static bool some_members(const ms_coroutine *co) {
  size_t sus = 0;
  for (size_t s = 0; s < co->nstates; s++) sus += !strncmp(co->states[s].name, "Suspend", 7);
  return co->layout_rebuilt && sus >= 2;
}

/* Working state of lay_coroutine: which variant each saved local belongs to, and the
 * prefix (upvars, tag, promoted locals) as laid out. */
typedef struct {
  const lay_in *in;
  long *assign;           /* saved local -> its only variant, or INELIGIBLE (promoted) */
  unsigned tagb;          /* tag bytes */
  unsigned long long tag_niche;
  lfield *pf;             /* prefix fields: upvars, tag, promoted locals */
  long *poff;             /* their offsets */
  long *promo_of;         /* saved local -> prefix field index, -1 */
  size_t npf;             /* prefix fields */
  long psize, tag_off, upvars_size;
  unsigned long palign;
  lfield *vf;             /* one variant's fields (scratch) */
  long *voff;
  bool exact;             /* every upvar and saved local exactly known */
} lay_ctx;

/* rustc's assignment: a saved local used by one variant only overlaps there (its
 * variant), one used by several is promoted to the prefix (INELIGIBLE); of two conflicting
 * locals of different variants the one with more conflicts is promoted; with fewer than two
 * variants in use everything is promoted. */
static void assign_variants(const lay_in *in, long *assign) {
  size_t nsv = in->nsv;
  for (size_t i = 0; i < nsv; i++) assign[i] = UNASSIGNED;
  for (size_t v = 0; v < in->nstates; v++)
    for (size_t j = 0; j < in->states[v].nfields; j++) {
      size_t l = in->states[v].fields[j];
      if (l >= nsv) continue;
      if (assign[l] == UNASSIGNED) assign[l] = (long)v;
      else if (assign[l] >= 0 && assign[l] != (long)v) assign[l] = INELIGIBLE;
    }
  if (in->conflicts) {
    for (size_t a = 0; a < nsv; a++) {
      if (assign[a] == INELIGIBLE) continue;
      size_t ca = 0;
      for (size_t k = 0; k < nsv; k++) ca += in->conflicts[a * nsv + k] != 0;
      for (size_t b = 0; b < nsv; b++) {
        if (!in->conflicts[a * nsv + b]) continue;
        if (assign[b] == INELIGIBLE || assign[a] == assign[b]) continue;
        size_t cb = 0;
        for (size_t k = 0; k < nsv; k++) cb += in->conflicts[b * nsv + k] != 0;
        assign[ca > cb ? a : b] = INELIGIBLE;
      }
    }
  }
  size_t used = 0;
  long first = -1;
  for (size_t i = 0; i < nsv; i++)
    if (assign[i] >= 0 && assign[i] != first) {
      if (first < 0) first = assign[i], used = 1;
      else used = 2;
    }
  if (used < 2)
    for (size_t i = 0; i < nsv; i++) assign[i] = INELIGIBLE;
}

/* The prefix: upvars, the tag, promoted locals (in saved-local order); false on failure. */
static bool lay_prefix(lay_ctx *x) {
  const lay_in *in = x->in;
  unsigned long long maxd = in->nstates ? in->nstates - 1 : 0;
  x->tagb = maxd <= 0xff ? 1 : maxd <= 0xffff ? 2 : 4;
  x->tag_niche = (x->tagb == 4 ? 4294967296ull : 1ull << (8 * x->tagb)) - (maxd + 1);
  for (size_t i = 0; i < in->nup; i++) {
    const tinfo *u = &in->up[i];
    x->pf[i] = (lfield){u->state == TI_UNKNOWN ? 0 : u->size, u->state == TI_UNKNOWN ? 1 : u->align,
                        u->state == TI_EXACT ? u->niche : 0, u->size};
  }
  x->pf[in->nup] = (lfield){x->tagb, x->tagb, x->tag_niche, x->tagb};
  size_t k = in->nup + 1;
  for (size_t i = 0; i < in->nsv; i++) {
    x->promo_of[i] = -1;
    if (x->assign[i] != INELIGIBLE) continue;
    const tinfo *s = &in->sv[i];
    x->promo_of[i] = (long)k;
    x->pf[k++] = (lfield){s->state == TI_UNKNOWN ? 0 : s->size, s->state == TI_UNKNOWN ? 1 : s->align, 0, 0};
  }
  x->npf = k;
  x->psize = univariant(x->pf, k, false, 0, 1, x->poff, &x->palign);
  if (x->psize < 0) return false;
  x->tag_off = x->poff[in->nup];
  x->upvars_size = 0;
  for (size_t i = 0; i < in->nup; i++)
    if (x->poff[i] + x->pf[i].size > x->upvars_size) x->upvars_size = x->poff[i] + x->pf[i].size;
  return true;
}

/* What variant v holds, laid out in x->vf/x->voff: the end of its locals and of the upvars
 * (every state keeps them), plus the tag when the tag lies beyond; -1 when unknown.  rustc's
 * variant size (-Zprint-type-sizes) counts the upvars only without locals (docs/sizes.md). */
static long variant_bytes(const lay_ctx *x, size_t v) {
  const lay_in *in = x->in;
  const co_state *st = &in->states[v];
  long vs = 0;
  size_t q = 0;
  bool known = x->exact;
  for (size_t j = 0; j < st->nfields; j++) {
    size_t l = st->fields[j];
    if (l >= in->nsv) continue;
    long end;
    if (x->assign[l] == INELIGIBLE) end = x->poff[x->promo_of[l]] + x->pf[x->promo_of[l]].size;
    else if (x->assign[l] == (long)v) {
      if (in->sv[l].state != TI_EXACT) {
        known = false;
        continue;
      }
      end = x->voff[q] + x->vf[q].size;
      q++;
    } else
      continue;
    if (end > vs) vs = end;
  }
  if (x->upvars_size > vs) vs = x->upvars_size;
  if (x->tag_off >= vs) vs += x->tagb;
  return known ? vs : -1;
}

/* Lay out variant v's own locals after the prefix; grows *size and *align.  Its size is a
 * lower bound unless every local is known.  False on failure. */
static bool lay_variant(lay_ctx *x, size_t v, long *size, unsigned long *align, long *state_bytes) {
  const lay_in *in = x->in;
  const co_state *st = &in->states[v];
  size_t nv = 0;
  long sum_lb = 0;
  bool vexact = true;
  for (size_t j = 0; j < st->nfields; j++) {
    size_t l = st->fields[j];
    if (l >= in->nsv || x->assign[l] != (long)v) continue;
    const tinfo *s = &in->sv[l];
    if (s->state != TI_UNKNOWN) sum_lb += s->size;
    if (s->state != TI_UNKNOWN && s->align > *align) *align = s->align;
    if (s->state != TI_EXACT) {
      vexact = false;
      continue; /* laid out exactly only when known */
    }
    x->vf[nv++] = (lfield){s->size, s->align, 0, 0};
  }
  unsigned long valign;
  long vsize = univariant(x->vf, nv, true, x->psize, x->palign, x->voff, &valign);
  if (vsize < 0) return false;
  if (!vexact) { /* lower bound: known fields laid out, or everything without padding */
    long b = round_up(x->psize + sum_lb, valign);
    if (b > vsize) vsize = b;
  }
  if (valign > *align) *align = valign;
  if (vsize > *size) *size = vsize;
  if (state_bytes) state_bytes[v] = variant_bytes(x, v);
  return true;
}

/* Without the storage-conflict matrix rustc may promote more locals than computed here (when
 * locals of two variants are storage-live together).  That only matters when two or more
 * variants have overlap-eligible locals; then give a bound that holds whatever is promoted:
 * prefix and variant fields summed without padding.  It also holds when the states list only
 * some of the variants that hold each local (a layout rebuilt from the body: a local missed
 * in a variant is counted in one variant, or promoted when seen in two, never in more than
 * rustc puts it in), so then it is given with one variant in use too. */
static void bound_without_conflicts(const lay_ctx *x, lay_out *out, long *state_bytes) {
  const lay_in *in = x->in;
  size_t vars = 0;
  for (size_t v = 0; v < in->nstates; v++) {
    bool has = false;
    for (size_t j = 0; j < in->states[v].nfields; j++) {
      size_t l = in->states[v].fields[j];
      if (l < in->nsv && x->assign[l] == (long)v) has = true;
    }
    vars += has;
  }
  if (vars < 2 && !in->some_members) return;
  long pre = 0, best = 0;
  unsigned long al = 1;
  for (size_t i = 0; i < x->npf; i++) {
    pre += x->pf[i].size;
    if (x->pf[i].align > al) al = x->pf[i].align;
  }
  for (size_t v = 0; v < in->nstates; v++) {
    long sum = 0;
    for (size_t j = 0; j < in->states[v].nfields; j++) {
      size_t l = in->states[v].fields[j];
      if (l >= in->nsv || x->assign[l] != (long)v || in->sv[l].state == TI_UNKNOWN) continue;
      sum += in->sv[l].size;
      if (in->sv[l].align > al) al = in->sv[l].align;
    }
    if (sum > best) best = sum;
  }
  out->size = round_up(pre + best, al);
  out->align = al;
  out->state = TI_PARTIAL;
  out->no_conflicts = true;
  if (state_bytes)
    for (size_t v = 0; v < in->nstates; v++) state_bytes[v] = -1;
}

/* rustc's coroutine layout (rustc_abi's coroutine_layout): assign saved locals to variants,
 * lay out the prefix, then each variant's own locals after it. */
static void lay_coroutine(const lay_in *in, lay_out *out, long *state_bytes) {
  size_t nsv = in->nsv;
  out->size = -1;
  out->no_conflicts = false;
  out->state = TI_PARTIAL;
  size_t npre = in->nup + 1, npro = 0;
  lay_ctx x = {.in = in, .assign = ms_xmalloc((nsv + 1) * sizeof *x.assign)};
  assign_variants(in, x.assign);
  x.exact = true;
  for (size_t i = 0; i < in->nup; i++) x.exact &= in->up[i].state == TI_EXACT;
  for (size_t i = 0; i < nsv; i++) x.exact &= in->sv[i].state == TI_EXACT;
  for (size_t i = 0; i < nsv; i++) npro += x.assign[i] == INELIGIBLE;
  x.pf = ms_xmalloc((npre + npro + 1) * sizeof *x.pf);
  x.poff = ms_xmalloc((npre + npro + 1) * sizeof *x.poff);
  x.promo_of = ms_xmalloc((nsv + 1) * sizeof *x.promo_of);
  x.vf = ms_xmalloc((nsv + 1) * sizeof *x.vf);
  x.voff = ms_xmalloc((nsv + 1) * sizeof *x.voff);
  out->tag_bytes = 0;
  if (lay_prefix(&x)) {
    out->tag_bytes = x.tagb;
    long size = x.psize;
    unsigned long align = x.palign;
    bool ok = true;
    for (size_t v = 0; v < in->nstates && ok; v++) ok = lay_variant(&x, v, &size, &align, state_bytes);
    if (ok) {
      out->size = round_up(size, align);
      out->align = align;
      out->state = x.exact ? TI_EXACT : TI_PARTIAL;
      out->no_conflicts = false;
      if (!in->conflicts) bound_without_conflicts(&x, out, state_bytes);
    }
  }
  free(x.assign);
  free(x.pf);
  free(x.poff);
  free(x.promo_of);
  free(x.vf);
  free(x.voff);
}

static const unsigned char *co_conflicts(const ms_coroutine *co) { return co->conflicts; }

static size_t co_index(sz_ctx *x, const ms_coroutine *co) { return ms_crate_co_pos(x->c, co); }

/* Size of a coroutine used as a field of another one. */
static tinfo nested_coroutine(sz_ctx *x, ms_coroutine *co, int depth) {
  size_t i = co_index(x, co);
  if (i == (size_t)-1 || depth > 16) return TI_UNK;
  co_memo *m = &x->memo[i];
  if (m->state == 1) return TI_UNK; /* a cycle: only possible through indirection */
  if (m->state == 2) {
    for (size_t k = 0; k < m->nunk; k++) add_unknown(x, (span_t){m->unk[k], strlen(m->unk[k])});
    return m->result;
  }
  m->state = 1;
  tinfo r = TI_UNK;
  ms_vec unk = {0};
  if (co->size_source == MS_SIZE_PRINT_TYPE_SIZES && co->size >= 0) {
    long lo = co->size;
    for (size_t k = 0; k < co->ninstances; k++)
      if (co->instances[k] < lo) lo = co->instances[k];
    unsigned long al = m->tab_align > 0 ? (unsigned long)m->tab_align : 1;
    r = (tinfo){lo, al, 0, co->ninstances > 1 ? TI_PARTIAL : TI_EXACT};
    if (r.state != TI_EXACT) {
      char why[600];
      snprintf(why, sizeof why, "%s (%zu instances)", co->self_type ? co->self_type : "?", co->ninstances);
      ms_vec *saved_unk = x->unknown;
      x->unknown = &unk;
      add_unknown(x, (span_t){why, strlen(why)});
      x->unknown = saved_unk;
    }
  } else {
    ms_vec *saved_unk = x->unknown;
    const char *saved_params = x->params;
    x->unknown = &unk;
    x->params = co->self_type;
    tinfo *up = ms_xmalloc((co->nupvars + 1) * sizeof *up);
    tinfo *sv = ms_xmalloc((co->nsaved + 1) * sizeof *sv);
    for (size_t k = 0; k < co->nupvars; k++)
      up[k] = type_info(x, str_span(co->upvars[k].type), true, depth);
    for (size_t k = 0; k < co->nsaved; k++)
      sv[k] = type_info(x, str_span(co->saved[k].type), false, depth);
    lay_in in = {up, co->nupvars, sv, co->nsaved, co->states, co->nstates, co_conflicts(co), some_members(co)};
    lay_out out;
    lay_coroutine(&in, &out, NULL);
    if (out.size >= 0 && out.no_conflicts) add_unknown(x, no_conflicts_why(co));
    if (out.size >= 0) r = (tinfo){out.size, out.align, 0, out.state};
    if (out.size >= 0 && out.state != TI_EXACT && out.size == 0) r = TI_UNK;
    free(up);
    free(sv);
    x->unknown = saved_unk;
    x->params = saved_params;
  }
  m->state = 2;
  m->result = r;
  m->unk = unk.items;
  m->nunk = unk.len;
  for (size_t k = 0; k < m->nunk; k++) add_unknown(x, (span_t){m->unk[k], strlen(m->unk[k])});
  return r;
}

/* ================================================================== matching the table */

typedef struct {
  int form; /* 0 none, 1 path (fn body), 2 span, 3 def path (`@a::b::{closure#0}`) */
  char path[512]; /* generic arguments stripped */
  char qself[256]; /* `A` of `<A as T>::m`, stripped */
  bool qparam;     /* qself names a parameter, not a type (key_params) */
  char file[512];
  unsigned line, col;
} co_key;

/* Copy s without generic argument lists `<...>` that follow a name. */
static void strip_generics(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  for (size_t k = 0; k < n && o + 1 < cap; k++) {
    char c = s[k];
    if (c == '<' && k > 0 && (isalnum((unsigned char)s[k - 1]) || s[k - 1] == '_' || s[k - 1] == '>')) {
      size_t close = ms_match_close(s, n, k);
      k = close;
      continue;
    }
    out[o++] = c;
  }
  out[o] = 0;
}

static bool parse_span(const char *s, size_t n, co_key *k) {
  /* FILE:L1:C1: L2:C2[ (#N)] */
  char buf[512];
  if (n >= sizeof buf) return false;
  memcpy(buf, s, n);
  buf[n] = 0;
  char *hash = strstr(buf, " (#");
  if (hash) *hash = 0;
  char *sep = NULL;
  for (char *q = buf; (q = strstr(q, ": ")); q++) sep = q;
  if (!sep) return false;
  *sep = 0;
  char *c1 = strrchr(buf, ':');
  if (!c1 || !isdigit((unsigned char)c1[1])) return false;
  *c1 = 0;
  char *l1 = strrchr(buf, ':');
  if (!l1 || !isdigit((unsigned char)l1[1])) return false;
  *l1 = 0;
  k->line = (unsigned)strtoul(l1 + 1, NULL, 10);
  k->col = (unsigned)strtoul(c1 + 1, NULL, 10);
  const char *base = buf;
  for (const char *q = buf; *q; q++)
    if (*q == '/' || *q == '\\') base = q + 1;
  snprintf(k->file, sizeof k->file, "%s", base);
  return true;
}

static void make_key(const char *ty, co_key *k) {
  memset(k, 0, sizeof *k);
  size_t n = strlen(ty);
  if (n < 2 || !((ty[0] == '{' && ty[n - 1] == '}') || (ty[0] == '[' && ty[n - 1] == ']'))) return;
  const char *s = ty + 1;
  n -= 2;
  static const char FN[] = "async fn body of ";
  if (n > sizeof FN - 1 && !memcmp(s, FN, sizeof FN - 1)) {
    s += sizeof FN - 1;
    n -= sizeof FN - 1;
    if (n >= 2 && s[n - 2] == '(' && s[n - 1] == ')') n -= 2;
    if (n && s[0] == '<' && !(n > 9 && !memcmp(s, "<impl at ", 9))) { /* <A as T>::m */
      size_t close = ms_match_close(s, n, 0);
      const char *as = NULL;
      for (size_t q = 1; q + 4 <= close; q++)
        if (!memcmp(s + q, " as ", 4)) {
          as = s + q;
          break;
        }
      if (as && close < n) {
        strip_generics(s + 1, (size_t)(as - s - 1), k->qself, sizeof k->qself);
        char tr[256], rest[256];
        strip_generics(as + 4, (size_t)(s + close - as - 4), tr, sizeof tr);
        strip_generics(s + close + 1, n - close - 1, rest, sizeof rest);
        snprintf(k->path, sizeof k->path, "%s%s", tr, rest);
        k->form = 1;
        return;
      }
    }
    strip_generics(s, n, k->path, sizeof k->path);
    k->form = 1;
    return;
  }
  const char *at = memchr(s, '@', n);
  if (!at) return;
  size_t rn = n - (size_t)(at + 1 - s);
  if (parse_span(at + 1, rn, k)) {
    k->form = 2;
    return;
  }
  strip_generics(at + 1, rn, k->path, sizeof k->path);
  k->form = 3;
}

/* Path segments (split on `::`) of a and b agree on the shorter one's length, from the end;
 * returns the number of segments compared, 0 when they disagree. */
static size_t seg_suffix(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b), n = 0;
  while (la && lb) {
    size_t ea = la, eb = lb;
    while (la && !(la >= 2 && a[la - 1] == ':' && a[la - 2] == ':')) la--;
    while (lb && !(lb >= 2 && b[lb - 1] == ':' && b[lb - 2] == ':')) lb--;
    size_t sa = la, sb = lb;
    const char *A = a + sa, *B = b + sb;
    size_t na = ea - sa, nb = eb - sb;
    bool impl_a = na > 6 && (!memcmp(A, "{impl#", 6) || !memcmp(A, "<impl at", 8));
    bool impl_b = nb > 6 && (!memcmp(B, "{impl#", 6) || !memcmp(B, "<impl at", 8));
    /* an impl segment of a def path stands for the impl's self type */
    if (!(impl_a || impl_b) && (na != nb || memcmp(A, B, na))) return 0;
    n++;
    if (la >= 2) la -= 2;
    if (lb >= 2) lb -= 2;
    if (!la || !lb) break;
  }
  return n;
}

static size_t nsegs(const char *p) {
  size_t n = 1;
  for (const char *q = p; (q = strstr(q, "::")); q += 2) n++;
  return n;
}

static bool param_like(const char *q) {
  if (!strcmp(q, "Self")) return true;
  if (!isupper((unsigned char)q[0])) return false;
  for (const char *p = q + 1; *p; p++)
    if (!isdigit((unsigned char)*p)) return false;
  return true;
}

static bool starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

/* Sets k->qparam for coroutine co's key k against the table ts: a self type (`<T as Tr>::m`,
 * a blanket impl's) that the dump marks as a parameter (`T/#0`), or, nothing saying it is a
 * type (the dump, the table: ms_co_self_kind), spelled like one (`Self`, one capital letter).
 * Structs named `A`, `B` or `S` are common in tests, examples and bug reports (a trial's
 * `<B as Svc>::call`, never built, took `<A as Svc>::call`'s 176 bytes); a parameter named
 * like a printed struct (`impl<B: Tag> Svc for B` beside `struct B`) is still a parameter. */
static void key_params(const ms_coroutine *co, co_key *k, const ms_type_sizes *ts) {
  ms_self_kind sk = k->form == 1 && k->qself[0] ? ms_co_self_kind(co, ts, k->qself) : MS_SELF_UNKNOWN;
  k->qparam = k->form == 1 && k->qself[0] &&
              (sk == MS_SELF_PARAM || (sk == MS_SELF_UNKNOWN && param_like(k->qself)));
}

/* The def path of the function an async fn body belongs to: `a::f::{closure#0}` -> `a::f`. */
static void fn_of_defpath(const char *dp, char *out, size_t cap) {
  strip_generics(dp, strlen(dp), out, cap);
  size_t n = strlen(out);
  while (n > 2) {
    size_t s = n;
    while (s && !(s >= 2 && out[s - 1] == ':' && out[s - 2] == ':')) s--;
    if (out[s] == '{' && (starts(out + s, "{closure#") || starts(out + s, "{synthetic#"))) {
      if (s < 2) break;
      n = s - 2;
      out[n] = 0;
    } else
      break;
  }
}

/*
 * Before 2023 (rustc 1.63 and its era) -Zprint-type-sizes printed no generator type: an async
 * body's size is that of the future wrapping it, `std::future::from_generator::GenFuture<[static
 * generator@t.rs:17:35: 24:2]>` (a struct of one field `.0`, the generator, of the same size
 * and alignment).  The wrapped generator's type (`[static generator@..]`) when t is such an
 * entry, written to out; false otherwise.
 */
static bool genfuture_of(const ts_type *t, char *out, size_t cap) {
  static const char GF[] = "GenFuture<";
  const char *g = strstr(t->name, GF);
  size_t n = strlen(t->name);
  if (!g || memchr(t->name, '<', (size_t)(g - t->name)) || t->name[n - 1] != '>') return false;
  const char *in = g + sizeof GF - 1;
  size_t k = (size_t)(t->name + n - 1 - in);
  if (k < 2 || k >= cap || in[0] != '[' || in[k - 1] != ']' || !memchr(in, '@', k)) return false;
  if (t->nvariants > 1 || (t->nvariants == 1 && (t->variants[0].name || t->variants[0].nfields != 1 ||
                                                  t->variants[0].fields[0].size != t->size)))
    return false;
  memcpy(out, in, k);
  out[k] = 0;
  return true;
}

/* Does entry t describe a coroutine: its own type (an `Unresumed` variant), or before 2023
 * the GenFuture around it (genfuture_of)? */
static bool coroutine_entry(const ts_type *t) {
  char inner[512];
  return ms_ts_is_coroutine(t) || genfuture_of(t, inner, sizeof inner);
}

static int name_score(const ms_coroutine *co, const co_key *ck, const char *cofn, const char *tname);

/* How well entry t names co (0: not at all); a GenFuture entry a little less than the
 * coroutine's own entry of the same name, which gives its states too. */
static int match_score(const ms_coroutine *co, const co_key *ck, const char *cofn, const ts_type *t) {
  char inner[512];
  if (!ms_ts_is_coroutine(t) && genfuture_of(t, inner, sizeof inner)) {
    int s = name_score(co, ck, cofn, inner);
    return s > 10 ? s - 10 : 0;
  }
  return name_score(co, ck, cofn, t->name);
}

static int name_score(const ms_coroutine *co, const co_key *ck, const char *cofn, const char *tname) {
  if (co->self_type && !strcmp(co->self_type, tname)) return 1000;
  co_key tk;
  make_key(tname, &tk);
  if (!ck->form || !tk.form) return 0;
  if (ck->form == 2 && tk.form == 2) {
    if (!strcmp(ck->file, tk.file) && ck->line == tk.line && ck->col == tk.col) return 900;
    return 0;
  }
  if (ck->form == 1 && tk.form == 1) {
    size_t n = seg_suffix(ck->path, tk.path);
    if (!n) return 0;
    if (ck->qself[0] || tk.qself[0]) {
      if (!ck->qself[0] || !tk.qself[0]) return 0;
      if (strcmp(ck->qself, tk.qself) && !ck->qparam && !seg_suffix(ck->qself, tk.qself)) return 0;
      return 800 + (int)n + (strcmp(ck->qself, tk.qself) ? 0 : 50);
    }
    /* the table qualifies names relative to the crate (`client::Client::prepare`) or by
     * their crate (`tokio::net::TcpStream::connect`): all of it must end the def path, or
     * all but the coroutine's own crate (`proto::read_message` in the table of a crate that
     * instantiates proto's generic `read_message`) */
    if (cofn[0] && seg_suffix(cofn, tk.path) < nsegs(tk.path)) {
      const char *cr = "";
      size_t cl = ms_file_crate(co->file, &cr); /* the dump file's crate, as ms_co_crate */
      const char *rest = tk.path + cl + 2;
      if (!cl || strlen(tk.path) < cl + 2 || strncmp(tk.path, cr, cl) || strncmp(tk.path + cl, "::", 2) ||
          seg_suffix(cofn, rest) < nsegs(rest))
        return 0;
    }
    return 800 + (int)n;
  }
  if (tk.form == 3 && co->def_path) { /* async block of a generic fn, named by path */
    char dp[512];
    strip_generics(co->def_path, strlen(co->def_path), dp, sizeof dp);
    size_t n = seg_suffix(dp, tk.path);
    if (n >= 2 || (n && !strchr(tk.path, ':'))) return 700 + (int)n;
  }
  return 0;
}

/* A type printed as a plain path (`derived_drop::unsync::Client`, `u8`): no generics,
 * references, arrays or spaces, so that two spellings can be compared segment by segment. */
static bool plain_path(const char *t) {
  if (!*t) return false;
  for (; *t; t++)
    if (!(*t == ':' || *t == '_' || (*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') ||
          (*t >= '0' && *t <= '9')))
      return false;
  return true;
}

/* The generic arguments of an async fn body's type: `x` of `{async fn body of f::<x>()}` or
 * `{async fn body of a::f<x>()}` (the text inside the last `<...>` before `()`); false when
 * there are none. */
static bool fn_args(const char *t, span_t *out) {
  const char *p = strstr(t, "async fn body of ");
  if (!p) return false;
  size_t n = strlen(p);
  if (n < 4 || strcmp(p + n - 3, "()}")) return false;
  n -= 3;
  if (!n || p[n - 1] != '>') return false;
  /* the `<` that the final `>` closes */
  int depth = 0;
  for (size_t i = n; i-- > 0;) {
    if (p[i] == '>' && !(i && p[i - 1] == '-')) depth++;
    else if (p[i] == '<' && --depth == 0) {
      *out = (span_t){p + i + 1, n - i - 2};
      return true;
    }
  }
  return false;
}

/* A generic argument that is a type parameter (or unnameable): MIR of a generic body prints
 * its parameters (`T`, `impl Future<Output = u32>`, `'_`), an instance names real types. */
static bool param_arg(span_t a) {
  if (!a.n || a.s[0] == '\'' || (a.n > 5 && !memcmp(a.s, "impl ", 5))) return true;
  char buf[64];
  if (a.n >= sizeof buf) return false;
  memcpy(buf, a.s, a.n);
  buf[a.n] = 0;
  return param_like(buf);
}

/* When co's type names concrete generic arguments (an instance, like the
 * `async_drop_in_place<HasAsyncDrop>` shim), the entry's arguments must end like them;
 * generic bodies (any argument a parameter) fit every instance. */
static bool args_fit(const ms_coroutine *co, const ts_type *t) {
  span_t ca, ta;
  if (!co->self_type || !fn_args(co->self_type, &ca)) return true;
  span_t cp[MAXPARTS], tp[MAXPARTS];
  size_t nc = split_top(ca.s, ca.n, cp, MAXPARTS);
  for (size_t i = 0; i < nc; i++)
    if (param_arg(cp[i])) return true;
  if (!fn_args(t->name, &ta)) return false;
  size_t nt = split_top(ta.s, ta.n, tp, MAXPARTS);
  if (nt != nc || nc > MAXPARTS) return false;
  for (size_t i = 0; i < nc; i++) {
    char a[256], b[256];
    if (cp[i].n >= sizeof a || tp[i].n >= sizeof b) return false;
    memcpy(a, cp[i].s, cp[i].n), a[cp[i].n] = 0;
    memcpy(b, tp[i].s, tp[i].n), b[tp[i].n] = 0;
    if (strcmp(a, b) && !seg_suffix(a, b) && !seg_suffix(b, a)) return false;
  }
  return true;
}

/*
 * Does table entry t describe coroutine co?  Several entries may share a printed name (a
 * macro expanding one async block or closure several times gives one name to several
 * coroutines of different sizes): the entry must have, in each of co's states, as many
 * saved locals as the state holds; a saved local or upvar of the same name must have the
 * size computed for it (when known), and the type printed for it (when printed and both are
 * plain paths) must end like co's; concrete generic arguments of co's type must be the
 * entry's (args_fit).  Returns false on any contradiction.
 */
/* Is the table's upvar field `table` the coroutine's upvar `name`?  An async closure's
 * bodies print a captured variable as `_ref__NAME` in both the by-reference body (a
 * reference) and the by-move `{synthetic#N}` body (the value itself), where `debug` says
 * NAME. */
static bool upvar_named(const char *table, const char *name) {
  if (!name) return false;
  return !strcmp(table, name) || (!strncmp(table, "_ref__", 6) && !strcmp(table + 6, name));
}

static bool entry_fits(const ms_coroutine *co, const ts_type *t) {
  if (!args_fit(co, t)) return false;
  for (size_t s = 0; s < co->nstates; s++) {
    const co_state *st = &co->states[s];
    const ts_variant *tv = NULL;
    for (size_t v = 0; v < t->nvariants && !tv; v++)
      if (t->variants[v].name && st->name && !strcmp(t->variants[v].name, st->name)) tv = &t->variants[v];
    if (!tv) continue;
    size_t locals = 0;
    for (size_t f = 0; f < tv->nfields; f++) {
      const ts_field *tf = &tv->fields[f];
      if (tf->kind == TSF_UPVAR) {
        for (size_t u = 0; u < co->nupvars; u++)
          if (upvar_named(tf->name, co->upvars[u].name) && co->upvars[u].bytes >= 0 &&
              co->upvars[u].bytes != tf->size)
            return false;
        continue;
      }
      locals++;
      for (size_t j = 0; j < st->nfields; j++) {
        const co_saved *sv = st->fields[j] < co->nsaved ? &co->saved[st->fields[j]] : NULL;
        char anon[64];
        if (!sv) continue;
        snprintf(anon, sizeof anon, ".coroutine_field%u", sv->index);
        if (strcmp(sv->name && *sv->name ? sv->name : anon, tf->name)) continue;
        if (sv->bytes >= 0 && sv->bytes != tf->size) return false;
        if (*tf->type && plain_path(tf->type) && sv->type && plain_path(sv->type) &&
            !seg_suffix(sv->type, tf->type))
          return false;
      }
    }
    if (locals != st->nfields) return false;
  }
  return true;
}

/* Entries whose size contradicts what is known without the table are skipped: size_min is
 * a lower bound (or -1), size_eq a computed size (or -1). */
static bool size_fits(const ts_type *t, long size_min, long size_eq) {
  return (size_min < 0 || t->size >= size_min) && (size_eq < 0 || t->size == size_eq);
}

static void warn_sizes(const ms_crate *c, const ms_coroutine *co, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void warn_sizes(const ms_crate *c, const ms_coroutine *co, const char *fmt, ...) {
  char msg[1024];
  int n = snprintf(msg, sizeof msg, "`%s`: ", co->name ? co->name : co->def_path);
  va_list ap;
  va_start(ap, fmt);
  if (n > 0 && (size_t)n < sizeof msg) vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
  va_end(ap);
  ms_crate_warn(c, &(ms_warning){.path = co->file, .message = msg, .def_path = co->def_path,
                                 .coroutine = co},
                NULL);
}

/* A saved local's type is a thin reference or raw pointer (`&mut (A, B)`, `*const T`): its
 * size is the pointer width. */
static bool thin_pointer_type(const char *t) {
  if (!t) return false;
  span_t p = trim(t, strlen(t));
  if (sp_starts(p, "&")) p = trim(p.s + 1, p.n - 1);
  else if (sp_starts(p, "*const ") || sp_starts(p, "*mut ")) p = trim(p.s + 1, p.n - 1);
  else return false;
  if (sp_starts(p, "const ")) p = trim(p.s + 6, p.n - 6);
  span_t core = pointee_core(p);
  return core.n && !is_unsized_pointee(core) && !sp_starts(core, "Alias(") &&
         !sp_starts(core, "<") && !sp_eq(core, "Self");
}

/* Several saved locals of one state with one name (`tokio::select!` declares `futures`, the
 * tuple of branch futures, and `&mut` to it) and as many table fields of that name: sized
 * when it is unambiguous: all the fields alike, or thin pointers the fields of pointer size
 * and one other local the one other field.  Returns whether they were sized. */
static bool fill_same_named(ms_coroutine *co, const co_state *st, const ts_variant *tv,
                            const char *want, long ptr) {
  size_t locals[8], nl = 0, fields[8], nf = 0;
  for (size_t q = 0; q < st->nfields; q++) {
    size_t l = st->fields[q];
    if (l < co->nsaved && co->saved[l].name && !strcmp(co->saved[l].name, want)) {
      if (nl == 8) return false;
      locals[nl++] = l;
    }
  }
  for (size_t f = 0; f < tv->nfields; f++)
    if (tv->fields[f].kind != TSF_UPVAR && !strcmp(tv->fields[f].name, want)) {
      if (nf == 8) return false;
      fields[nf++] = f;
    }
  if (nl != nf || nl < 2) return false;
  bool alike = true;
  for (size_t k = 1; k < nf; k++)
    alike &= tv->fields[fields[k]].size == tv->fields[fields[0]].size &&
             tv->fields[fields[k]].align == tv->fields[fields[0]].align;
  const ts_field *other = NULL;
  if (!alike) {
    size_t thin = 0, ptrs = 0;
    for (size_t k = 0; k < nl; k++) thin += thin_pointer_type(co->saved[locals[k]].type);
    for (size_t k = 0; k < nf; k++) {
      if (tv->fields[fields[k]].size == ptr) ptrs++;
      else other = &tv->fields[fields[k]];
    }
    if (thin != nl - 1 || ptrs != nf - 1 || !other) return false;
  }
  for (size_t k = 0; k < nl; k++) {
    co_saved *sv = &co->saved[locals[k]];
    const ts_field *hit = alike ? &tv->fields[fields[0]]
                          : thin_pointer_type(sv->type) ? NULL : other;
    sv->bytes = hit ? hit->size : ptr;
    if (hit && hit->align > 0) sv->align = (unsigned)hit->align;
    else if (!hit) sv->align = (unsigned)ptr;
  }
  return true;
}

/* States, upvars and saved locals of co from its table entry: rustc's variant sizes
 * (printed value + discriminant), at least the Unresumed variant's (the upvars and the tag,
 * which every state holds: variant_bytes), upvars by name (listed in every variant), saved
 * locals by name within their variants; ptr: the pointer width in bytes. */
static void fill_from_entry(ms_coroutine *co, const ts_type *big, long ptr) {
  for (size_t s = 0; s < co->nstates; s++) {
    co->states[s].bytes = -1;
    for (size_t v = 0; v < big->nvariants; v++)
      if (big->variants[v].name && co->states[s].name && !strcmp(big->variants[v].name, co->states[s].name))
        co->states[s].bytes = big->variants[v].size + big->discr;
  }
  long upvars_only = -1; /* rustc counts the upvars only in a variant without locals */
  for (size_t s = 0; s < co->nstates; s++)
    if (co->states[s].name && !strcmp(co->states[s].name, "Unresumed")) upvars_only = co->states[s].bytes;
  for (size_t s = 0; s < co->nstates; s++)
    if (co->states[s].bytes >= 0 && co->states[s].bytes < upvars_only) co->states[s].bytes = upvars_only;
  for (size_t u = 0; u < co->nupvars; u++)
    for (size_t v = 0; v < big->nvariants; v++) {
      const ts_variant *tv = &big->variants[v];
      bool found = false;
      for (size_t f = 0; f < tv->nfields; f++)
        if (tv->fields[f].kind == TSF_UPVAR && upvar_named(tv->fields[f].name, co->upvars[u].name)) {
          co->upvars[u].bytes = tv->fields[f].size;
          if (tv->fields[f].align > 0) co->upvars[u].align = (unsigned)tv->fields[f].align;
          found = true;
          break;
        }
      if (found) break;
    }
  for (size_t s = 0; s < co->nstates; s++) {
    const co_state *st = &co->states[s];
    const ts_variant *tv = NULL;
    for (size_t v = 0; v < big->nvariants; v++)
      if (big->variants[v].name && st->name && !strcmp(big->variants[v].name, st->name)) tv = &big->variants[v];
    if (!tv) continue;
    for (size_t j = 0; j < st->nfields; j++) {
      size_t l = st->fields[j];
      if (l >= co->nsaved) continue;
      co_saved *sv = &co->saved[l];
      char anon[64];
      snprintf(anon, sizeof anon, ".coroutine_field%u", sv->index);
      const char *want = sv->name && *sv->name ? sv->name : anon;
      /* the name must be unique among this variant's saved locals */
      size_t same = 0;
      for (size_t q = 0; q < st->nfields; q++) {
        size_t l2 = st->fields[q];
        if (l2 < co->nsaved && co->saved[l2].name && !strcmp(co->saved[l2].name, want)) same++;
      }
      if (same > 1) {
        fill_same_named(co, st, tv, want, ptr); /* every local of the name at once */
        continue;
      }
      const ts_field *hit = NULL;
      size_t nhit = 0;
      for (size_t f = 0; f < tv->nfields; f++)
        if (tv->fields[f].kind != TSF_UPVAR && !strcmp(tv->fields[f].name, want)) hit = &tv->fields[f], nhit++;
      if (nhit != 1) continue;
      sv->bytes = hit->size;
      if (hit->align > 0) sv->align = (unsigned)hit->align;
      if (*hit->type && strcmp(hit->type, sv->type)) sv->inst_type = hit->type;
    }
  }
  /* the table prints the type of some locals only (`__awaitee`, not `f`): a local of the same
   * layout type has the same instance type */
  for (size_t k = 0; k < co->nsaved; k++) {
    if (!co->saved[k].inst_type) continue;
    for (size_t j = 0; j < co->nsaved; j++)
      if (!co->saved[j].inst_type && !strcmp(co->saved[j].type, co->saved[k].type))
        co->saved[j].inst_type = co->saved[k].inst_type;
  }
}

/* The types the -Zprint-type-sizes entry `name` of ts prints for co's saved locals (one
 * instance of a generic body: `__awaitee` as `Select<{async fn body of read_line()}, ..>`
 * where the body has `Select<F/#0, ..>`), into out[0..nsaved) (NULL: not printed, or a name
 * its variant has twice); a local the entry prints no type for takes that of a local of the
 * same layout type.  False when ts has no coroutine entry of that name, or two that differ. */
bool ms_layout_instance_types(const ms_coroutine *co, const ms_type_sizes *ts, const char *name,
                              const char **out) {
  const ts_type *e = NULL;
  for (size_t i = 0;; i++) {
    const ts_type *t = ts && name ? ms_ts_find(ts, name, i) : NULL;
    if (!t) break;
    if (!ms_ts_is_coroutine(t)) continue;
    if (e && e->size != t->size) return false;
    if (!e) e = t;
  }
  if (!e) return false;
  for (size_t k = 0; k < co->nsaved; k++) out[k] = NULL;
  for (size_t s = 0; s < co->nstates; s++) {
    const co_state *st = &co->states[s];
    const ts_variant *tv = NULL;
    for (size_t v = 0; v < e->nvariants && st->name; v++)
      if (e->variants[v].name && !strcmp(e->variants[v].name, st->name)) tv = &e->variants[v];
    if (!tv) continue;
    for (size_t j = 0; j < st->nfields; j++) {
      size_t l = st->fields[j];
      if (l >= co->nsaved) continue;
      const co_saved *sv = &co->saved[l];
      char anon[64];
      snprintf(anon, sizeof anon, ".coroutine_field%u", sv->index);
      const char *want = sv->name && *sv->name ? sv->name : anon;
      size_t same = 0, nhit = 0;
      for (size_t q = 0; q < st->nfields; q++) {
        size_t l2 = st->fields[q];
        if (l2 < co->nsaved && co->saved[l2].name && !strcmp(co->saved[l2].name, want)) same++;
      }
      const ts_field *hit = NULL;
      for (size_t f = 0; f < tv->nfields; f++)
        if (tv->fields[f].kind != TSF_UPVAR && !strcmp(tv->fields[f].name, want)) hit = &tv->fields[f], nhit++;
      if (same <= 1 && nhit == 1 && *hit->type) out[l] = hit->type;
    }
  }
  for (size_t k = 0; k < co->nsaved; k++) {
    if (!out[k]) continue;
    for (size_t j = 0; j < co->nsaved; j++)
      if (!out[j] && !strcmp(co->saved[j].type, co->saved[k].type)) out[j] = out[k];
  }
  return true;
}

/* An entry `{async fn body of <HwSpi as Bus>::xfer2()}` that a body whose key names a
 * parameter matches (a default method's `<Self as Bus>::xfer2`, a blanket impl's `<T as
 * Bus>::xfer2`), but that another coroutine of the input names with that very type, its own
 * body of the method: the override of that type's impl, not an instance of the default (a
 * trial's default method got its override's 56 bytes), nor of a blanket impl (coherence
 * rejects a blanket impl that overlaps another impl of the type).  A one-letter type counts
 * as any other (`<B as Svc>::twice` overrides the default for B).  The same rule as the nm
 * symbols' `ms_symbols_lookup_all`. */
static bool overridden_entry(const ms_crate *c, const ms_coroutine *co, const co_key *ck,
                             const ts_type *t) {
  if (ck->form != 1 || !ck->qself[0] || !ck->qparam || !co->def_path) return false;
  const ms_co_index *ix = ms_crate_index_get(c);
  size_t dl = strlen(co->def_path);
  if (dl < 13 || strcmp(co->def_path + dl - 13, "::{closure#0}")) return false;
  ms_co_cands k = ms_co_find(c, ix ? &ix->fn_name : NULL, ms_fn_name_hash(co->def_path, dl - 13));
  ms_coroutine *const *cs = c->coroutines.items;
  for (size_t q = 0; q < k.n; q++) {
    const ms_coroutine *o = cs[ms_cands_pos(&k, q)];
    if (o == co || !o->self_type || o->ts != co->ts) continue;
    co_key ok; /* ok.qparam false: the entry must name o's type itself */
    make_key(o->self_type, &ok);
    if (ok.form != 1 || !ok.qself[0]) continue;
    char ofn[512] = "";
    fn_of_defpath(o->def_path, ofn, sizeof ofn);
    if (name_score(o, &ok, ofn, t->name) >= 800) return true;
  }
  return false;
}

/* Exact sizes from the table; returns true when the coroutine was found, with *whole_only
 * when the entry gave its size alone (a GenFuture: no states, no fields).  shared_name: other
 * coroutines of the crate have co's self type (several entries of one name are then not
 * simply instances of one generic body). */
static bool resolve_from_table(ms_crate *c, ms_coroutine *co, long *align_out, long size_min,
                               long size_eq, bool shared_name, bool *whole_only);
/* The same, handing out the instances' entries (of const ts_type *, in co->instances' order)
 * in *entries when not NULL. */
static bool resolve_in_table(ms_crate *c, ms_coroutine *co, long *align_out, long size_min,
                             long size_eq, bool shared_name, bool *whole_only, ms_vec *entries);

/* Before the sizes are resolved: nothing known. */
static void reset_sizes(ms_coroutine *co) {
  co->size = -1;
  co->size_source = MS_SIZE_LOWER_BOUND;
  co->ninstances = 0;
  co->instance_types = NULL;
  co->instance_names = NULL;
  co->ninstance_names = 0;
  co->nunknown = 0;
  for (size_t s = 0; s < co->nstates; s++) co->states[s].bytes = -1;
  for (size_t k = 0; k < co->nsaved; k++)
    co->saved[k].bytes = -1, co->saved[k].align = 0, co->saved[k].inst_type = NULL;
  for (size_t k = 0; k < co->nupvars; k++) co->upvars[k].bytes = -1, co->upvars[k].align = 0;
}

/* The length of a directory's parent, `cap/dumps/` of `cap/dumps/proto/`. */
static size_t parent_len(const char *dir) {
  size_t n = strlen(dir);
  if (n && dir[n - 1] == '/') n--;
  while (n && dir[n - 1] != '/') n--;
  return n;
}

/* Does a coroutine of crate cr (cl bytes) have its dump under dir (with a trailing '/')? */
static bool dir_has_crate(const ms_crate *c, const char *dir, const char *cr, size_t cl) {
  size_t dl = strlen(dir);
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    const char *o = "";
    if (cs[i]->file && !strncmp(cs[i]->file, dir, dl) && ms_file_crate(cs[i]->file, &o) == cl &&
        !strncmp(o, cr, cl))
      return true;
  }
  return false;
}

/*
 * A generic async fn (its self type has generic arguments) is instantiated, and its instances
 * sized by -Zprint-type-sizes, in the crates that use it: with no entry in its own
 * directory's table, the tables of the directories beside it (one parent: a capture's
 * `dumps/<crate>/`) are tried, and the one with the largest instance kept, as its field types
 * too (a trial's `read_message`, `with_deadline` of a library read ≥88 and ≥56 where the
 * service crate's table had 144 and 8856).  Not across parents (other builds' tables), nor a
 * directory with dumps of the coroutine's own crate (another build of it: corpus/pairs'
 * before/ and after/).
 */
/* The entry of c->scoped whose table co uses, c->scoped.len when none. */
static size_t own_scope(const ms_crate *c, const ms_coroutine *co) {
  const co_scoped_ts *sc = c->scoped.items;
  for (size_t k = 0; k < c->scoped.len; k++)
    if (sc[k].has_ts && sc[k].ts == co->ts) return k;
  return c->scoped.len;
}

/* Is scope k's table one beside scope own's (the same parent directory) that a generic body
 * of crate cr (cl bytes) dumped under own may find instances in: not own's table, and no
 * dumps of cr under it (another build of that crate)? */
static bool scope_beside(const ms_crate *c, size_t own, size_t k, const char *cr, size_t cl) {
  const co_scoped_ts *sc = c->scoped.items;
  size_t pl = parent_len(sc[own].dir);
  return k != own && sc[k].has_ts && sc[k].ts != sc[own].ts && parent_len(sc[k].dir) == pl &&
         !memcmp(sc[k].dir, sc[own].dir, pl) && cl && !dir_has_crate(c, sc[k].dir, cr, cl);
}

static bool names_body_beside(const ms_crate *c, const ms_coroutine *co, const char *cofn,
                              const char *own_dir, const char *dir, const char *name);

static bool resolve_from_siblings(ms_crate *c, ms_coroutine *co, long *align_out, bool *whole_only) {
  const co_scoped_ts *sc = c->scoped.items;
  if (!co->ts || !co->self_type || !strchr(co->self_type, '<') || !co->def_path) return false;
  size_t own = own_scope(c, co);
  if (own == c->scoped.len) return false;
  const char *cr = "";
  size_t cl = ms_file_crate(co->file, &cr);
  char cofn[512] = "";
  fn_of_defpath(co->def_path, cofn, sizeof cofn);
  if (!cofn[0]) return false;
  ms_type_sizes *mine = co->ts, *best_ts = NULL;
  long best = -1;
  /* the tries say nothing: only the table kept may warn, once */
  bool quiet = c->quiet;
  c->quiet = true;
  for (size_t k = 0; k < c->scoped.len; k++) {
    if (!scope_beside(c, own, k, cr, cl)) continue;
    co->ts = sc[k].ts;
    reset_sizes(co);
    bool w = false;
    long a = 0;
    bool ok = resolve_from_table(c, co, &a, -1, -1, false, &w);
    /* a name the table beside prints without co's crate is that crate's own body (drops'
     * `connect()` is no instance of tokio_postgres's `connect<T>`) */
    for (size_t j = 0; j < co->ninstance_names && ok; j++)
      ok = names_body_beside(c, co, cofn, sc[own].dir, sc[k].dir, co->instance_names[j]);
    if (ok && co->size > best) {
      best = co->size;
      best_ts = sc[k].ts;
    }
  }
  c->quiet = quiet;
  co->ts = best_ts ? best_ts : mine;
  reset_sizes(co);
  return best_ts && resolve_from_table(c, co, align_out, -1, -1, false, whole_only);
}

/* Does the printed type `name`, an entry of the table of directory dir beside co's own
 * directory own_dir, name co's body and nothing else: `{async fn body of CR::PATH<..>()}`,
 * qualified by co's crate CR (rustc prints its own crate's items without it, another
 * crate's with it), PATH ending co's fn path (cofn) and no other fn path of CR's bodies under
 * own_dir, and no body dumped under dir has the path CR::PATH (a `mod CR` of that crate's
 * own, which prints so too)? */
static bool names_body_beside(const ms_crate *c, const ms_coroutine *co, const char *cofn,
                              const char *own_dir, const char *dir, const char *name) {
  const char *cr = "";
  size_t cl = ms_file_crate(co->file, &cr);
  co_key tk;
  make_key(name, &tk);
  if (!cl || tk.form != 1 || tk.qself[0] || strncmp(tk.path, cr, cl) || strncmp(tk.path + cl, "::", 2))
    return false;
  const char *rest = tk.path + cl + 2;
  if (!*rest || seg_suffix(cofn, rest) < nsegs(rest)) return false;
  size_t ol = strlen(own_dir), dl = strlen(dir);
  ms_coroutine *const *cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    const ms_coroutine *o = cs[i];
    if (o == co || !o->file || !o->def_path) continue;
    char ofn[512] = "";
    if (!strncmp(o->file, dir, dl)) {
      fn_of_defpath(o->def_path, ofn, sizeof ofn);
      if (seg_suffix(ofn, tk.path) >= nsegs(tk.path)) return false;
    } else if (!strncmp(o->file, own_dir, ol)) {
      const char *ocr = "";
      size_t ocl = ms_file_crate(o->file, &ocr);
      if (ocl != cl || strncmp(ocr, cr, cl)) continue;
      fn_of_defpath(o->def_path, ofn, sizeof ofn);
      if (strcmp(ofn, cofn) && seg_suffix(ofn, rest) >= nsegs(rest)) return false;
    }
  }
  return true;
}

/* Are a and b the same printed type but for paths that begin with `CR::` (cr, cl bytes) in
 * one and not in the other (one instance as CR's table and a table beside it print it)? */
static bool same_but_crate(const char *a, const char *b, const char *cr, size_t cl) {
  const char *p[2] = {a, b};
  char *q[2];
  for (int w = 0; w < 2; w++) {
    const char *s = p[w];
    size_t n = strlen(s), o = 0;
    q[w] = ms_xmalloc(n + 1);
    for (size_t i = 0; i < n;) {
      bool at_start = !i || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_' || s[i - 1] == ':');
      if (at_start && n - i > cl + 2 && !strncmp(s + i, cr, cl) && !strncmp(s + i + cl, "::", 2)) {
        i += cl + 2;
        continue;
      }
      q[w][o++] = s[i++];
    }
    q[w][o] = 0;
  }
  bool same = !strcmp(q[0], q[1]);
  free(q[0]);
  free(q[1]);
  return same;
}

/*
 * A generic async fn sized by its own directory's table (the instances its own crate makes)
 * has instances laid out only in the crates that use it too: the tables of the directories
 * beside its own (as resolve_from_siblings takes them) add theirs when every entry they match
 * names its body unambiguously (names_body_beside), and the largest instance, of whichever
 * table, gives its size and fields (a firmware trial's `drivers::with_timeout` read 32 B,
 * its one instance in drivers' table, where the binary's table printed 140 and 52).  An
 * instance both tables print (`with_timeout<{.. adc_wait_ready()}>` and
 * `drivers::with_timeout<{.. drivers::adc_wait_ready()}>`) counts once.  Said nothing:
 * the own table's warnings were given when it was first resolved.
 */
static void add_instances_beside(ms_crate *c, ms_coroutine *co, long *align_out, bool *whole_only) {
  const co_scoped_ts *sc = c->scoped.items;
  if (!co->ts || !co->self_type || !strchr(co->self_type, '<') || !co->def_path) return;
  size_t own = own_scope(c, co);
  const char *cr = "";
  size_t cl = ms_file_crate(co->file, &cr);
  if (own == c->scoped.len || !cl) return;
  char cofn[512] = "";
  fn_of_defpath(co->def_path, cofn, sizeof cofn);
  if (!cofn[0]) return;
  ms_type_sizes *mine = co->ts, *best_ts = mine;
  long best = co->size;
  ms_vec tabs = {0}; /* of ms_type_sizes *: co's own table, then those beside it taken */
  *(ms_type_sizes **)ms_vec_push(&c->arena, &tabs, sizeof mine) = mine;
  bool quiet = c->quiet;
  c->quiet = true;
  for (size_t k = 0; k < c->scoped.len; k++) {
    if (!scope_beside(c, own, k, cr, cl)) continue;
    co->ts = sc[k].ts;
    reset_sizes(co);
    bool w = false, ok;
    long a = 0;
    if (!(ok = resolve_from_table(c, co, &a, -1, -1, false, &w))) continue;
    for (size_t j = 0; j < co->ninstance_names && ok; j++)
      ok = names_body_beside(c, co, cofn, sc[own].dir, sc[k].dir, co->instance_names[j]);
    if (!ok) continue;
    *(ms_type_sizes **)ms_vec_push(&c->arena, &tabs, sizeof mine) = sc[k].ts;
    if (co->size > best) best = co->size, best_ts = sc[k].ts;
  }
  /* each table's instances, the largest one's resolved last (its fields are co's) */
  ms_type_sizes **tv = tabs.items;
  ms_vec *ents = ms_xcalloc(tabs.len, sizeof *ents), names = {0};
  for (size_t pass = 0; pass < 2; pass++)
    for (size_t t = 0; t < tabs.len; t++) {
      if ((tv[t] == best_ts) != (pass == 1)) continue;
      co->ts = tv[t];
      reset_sizes(co);
      resolve_in_table(c, co, align_out, -1, -1, false, whole_only, &ents[t]);
      for (size_t j = 0; j < co->ninstance_names; j++)
        *(const char **)ms_vec_push(&c->arena, &names, sizeof(const char *)) = co->instance_names[j];
    }
  c->quiet = quiet;
  ms_vec all = {0}, inst = {0}; /* of const ts_type *, of long */
  for (size_t t = 0; t < tabs.len; t++) {
    const ts_type **e = ents[t].items;
    for (size_t j = 0; j < ents[t].len; j++) {
      const ts_type **have = all.items;
      bool dup = false;
      for (size_t h = 0; h < all.len && !dup; h++)
        dup = have[h]->size == e[j]->size && same_but_crate(have[h]->name, e[j]->name, cr, cl);
      if (dup) continue;
      *(const ts_type **)ms_vec_push(&c->arena, &all, sizeof *e) = e[j];
      *(long *)ms_vec_push(&c->arena, &inst, sizeof(long)) = e[j]->size;
      if (e[j]->align < *align_out) *align_out = e[j]->align;
    }
  }
  free(ents);
  co->instances = inst.items;
  co->instance_types = ms_arena_alloc(&c->arena, (all.len + 1) * sizeof *co->instance_types);
  for (size_t j = 0; j < all.len; j++) co->instance_types[j] = ((const ts_type **)all.items)[j]->name;
  co->ninstances = inst.len;
  co->instance_names = names.items;
  co->ninstance_names = names.len;
}

static bool resolve_from_table(ms_crate *c, ms_coroutine *co, long *align_out, long size_min,
                               long size_eq, bool shared_name, bool *whole_only) {
  return resolve_in_table(c, co, align_out, size_min, size_eq, shared_name, whole_only, NULL);
}

static bool resolve_in_table(ms_crate *c, ms_coroutine *co, long *align_out, long size_min,
                             long size_eq, bool shared_name, bool *whole_only, ms_vec *entries) {
  ms_type_sizes *ts = co->ts ? co->ts : c->ts; /* the table scoped to its directory */
  if (!ts || !ts->types.len) return false;
  co_key ck;
  make_key(co->self_type ? co->self_type : "", &ck);
  key_params(co, &ck, ts);
  char cofn[512] = "";
  if (co->def_path) fn_of_defpath(co->def_path, cofn, sizeof cofn);
  ts_type **all = ts->types.items;
  int best = 0;
  for (size_t i = 0; i < ts->types.len; i++) {
    if (!coroutine_entry(all[i]) || !size_fits(all[i], size_min, size_eq)) continue;
    int s = match_score(co, &ck, cofn, all[i]);
    if (s > best && !overridden_entry(c, co, &ck, all[i])) best = s;
  }
  if (!best) return false;
  /* of the best-named entries, those whose fields fit co; none fitting: all of them */
  size_t nbest = 0, nfit = 0;
  long fit_min = -1, fit_max = -1;
  ms_vec names = {0}; /* every entry of the name, fitting or not (instance_names) */
  const char *tname = NULL;
  for (size_t i = 0; i < ts->types.len; i++) {
    if (!coroutine_entry(all[i]) || !size_fits(all[i], size_min, size_eq) ||
        match_score(co, &ck, cofn, all[i]) != best || overridden_entry(c, co, &ck, all[i]))
      continue;
    nbest++;
    tname = all[i]->name;
    const char **np = ms_vec_push(&c->arena, &names, sizeof *np);
    *np = all[i]->name;
    if (!entry_fits(co, all[i])) continue;
    nfit++;
    if (fit_min < 0 || all[i]->size < fit_min) fit_min = all[i]->size;
    if (all[i]->size > fit_max) fit_max = all[i]->size;
  }
  bool by_fit = nfit > 0 && nfit < nbest;
  if (nbest > 1 && !nfit)
    warn_sizes(c, co, "none of the %zu -Zprint-type-sizes entries named `%s` has fields that fit "
               "its saved locals; taking the largest", nbest, tname);
  else if (by_fit && fit_min != fit_max && shared_name)
    warn_sizes(c, co, "%zu -Zprint-type-sizes entries named `%s` fit its saved locals "
               "(%ld to %ld bytes); taking the largest", nfit, tname, fit_min, fit_max);
  ms_vec inst = {0};
  const ts_type *big = NULL;
  ms_vec seen = {0}; /* (name, size) dedup */
  for (size_t i = 0; i < ts->types.len; i++) {
    const ts_type *t = all[i];
    if (!coroutine_entry(t) || !size_fits(t, size_min, size_eq) || match_score(co, &ck, cofn, t) != best ||
        (by_fit && !entry_fits(co, t)) || overridden_entry(c, co, &ck, t))
      continue;
    bool dup = false;
    const ts_type **sn = seen.items;
    for (size_t k = 0; k < seen.len; k++)
      if (sn[k]->size == t->size && !strcmp(sn[k]->name, t->name)) dup = true;
    if (dup) continue;
    const ts_type **slot = ms_vec_push(&c->arena, &seen, sizeof *slot);
    long *ip = ms_vec_push(&c->arena, &inst, sizeof *ip);
    *slot = t;
    *ip = t->size;
    if (!big || t->size > big->size) big = t;
  }
  co->instances = inst.items;
  co->instance_types = ms_arena_alloc(&c->arena, (seen.len + 1) * sizeof *co->instance_types);
  for (size_t k = 0; k < seen.len; k++) co->instance_types[k] = ((const ts_type **)seen.items)[k]->name;
  co->ninstances = inst.len;
  co->instance_names = names.items;
  co->ninstance_names = names.len;
  co->size = big->size;
  long minal = big->align;
  const ts_type **sn = seen.items;
  for (size_t k = 0; k < seen.len; k++)
    if (sn[k]->align < minal) minal = sn[k]->align;
  *align_out = minal;
  co->size_source = MS_SIZE_PRINT_TYPE_SIZES;
  co->tag_bytes = big->discr > 0 ? (unsigned)big->discr : 0;
  co->unknown = NULL;
  co->nunknown = 0;
  fill_from_entry(co, big, c->opts.pointer_width == 16 ? 2 : c->opts.pointer_width == 32 ? 4 : 8);
  *whole_only = !ms_ts_is_coroutine(big);
  if (entries) *entries = seen;
  return true;
}

/* ================================================================== entry point */

/* A field's computed size, when exactly known: its bytes and alignment; with the table's
 * exact sizes (`from_table`) only the alignment, which the table may not print. */
static void keep_computed(long *bytes, unsigned *align, tinfo t, bool from_table) {
  if (t.state != TI_EXACT) return;
  if (!from_table || *bytes < 0) { /* the table's, else (not found there) the computed one */
    *bytes = t.size;
    *align = (unsigned)t.align;
  } else if (!*align)
    *align = (unsigned)t.align;
}

void ms_sizes_resolve(ms_crate *c) {
  if (!c) return;
  size_t n = c->coroutines.len;
  ms_coroutine **cs = c->coroutines.items;
  if (!n) return;
  ms_crate_index(c); /* look-ups of nested coroutines; without it they scan the vector */
  const ms_co_index *ix = ms_crate_index_get(c);
  unsigned long ptr = c->opts.pointer_width == 16 ? 2 : c->opts.pointer_width == 32 ? 4 : 8;
  sz_ctx x = {c, ptr, ms_xcalloc(n, sizeof(co_memo)), NULL, &c->arena, NULL, NULL};
  /* 1. exact sizes from the table */
  bool *exact = ms_xcalloc(n, sizeof *exact), *whole = ms_xcalloc(n + 1, sizeof *whole);
  for (size_t i = 0; i < n; i++) {
    ms_coroutine *co = cs[i];
    reset_sizes(co);
    /* async closures: `{closure#N}` and `{synthetic#N}` bodies share one self type but may
     * differ in size; they are matched after their own layouts are known */
    bool shared = false;
    if (co->self_type) {
      ms_co_cands k = ms_co_find(c, ix ? &ix->self_type : NULL,
                                 ms_hash_bytes(MS_HASH_INIT, co->self_type, strlen(co->self_type)));
      for (size_t q = 0; q < k.n && !shared; q++) {
        size_t j = ms_cands_pos(&k, q);
        if (j != i && cs[j]->ts == co->ts && cs[j]->self_type &&
            !strcmp(cs[j]->self_type, co->self_type))
          shared = true; /* in one table: other builds' tables are their own */
      }
    }
    exact[i] = !shared && resolve_from_table(c, co, &x.memo[i].tab_align, -1, -1, false, &whole[i]);
    if (exact[i]) add_instances_beside(c, co, &x.memo[i].tab_align, &whole[i]);
    else if (!shared) exact[i] = resolve_from_siblings(c, co, &x.memo[i].tab_align, &whole[i]);
  }
  /* 2. field sizes, computed layouts and lower bounds */
  for (size_t i = 0; i < n; i++) {
    ms_coroutine *co = cs[i];
    ms_vec unk = {0};
    x.unknown = &unk;
    tinfo *up = ms_xcalloc(co->nupvars + 1, sizeof *up);
    tinfo *sv = ms_xcalloc(co->nsaved + 1, sizeof *sv);
    long *sb = ms_xcalloc(co->nstates + 1, sizeof *sb);
    x.ts = co->ts ? co->ts : c->ts;
    x.params = co->self_type;
    bool gap = false; /* upvars missing from debug lines */
    for (size_t k = 0; k < co->nupvars; k++) {
      if (co->upvars[k].field != k) gap = true;
      up[k] = type_info(&x, str_span(co->upvars[k].type), true, 0);
      keep_computed(&co->upvars[k].bytes, &co->upvars[k].align, up[k], exact[i]);
    }
    for (size_t k = 0; k < co->nsaved; k++) {
      sv[k] = type_info(&x, str_span(co->saved[k].type), false, 0);
      keep_computed(&co->saved[k].bytes, &co->saved[k].align, sv[k], exact[i]);
    }
    if (exact[i] && whole[i]) {
      /* the table gave the size alone (a GenFuture): the states' sizes and the tag are the
       * computed layout's when it comes out at that size */
      lay_in in = {up, co->nupvars, sv, co->nsaved, co->states, co->nstates, co_conflicts(co), some_members(co)};
      lay_out out;
      lay_coroutine(&in, &out, sb);
      if (out.state == TI_EXACT && !out.no_conflicts && !gap && out.size == co->size) {
        co->tag_bytes = out.tag_bytes;
        for (size_t s = 0; s < co->nstates; s++) co->states[s].bytes = sb[s];
      }
    } else if (!exact[i]) {
      lay_in in = {up, co->nupvars, sv, co->nsaved, co->states, co->nstates, co_conflicts(co), some_members(co)};
      lay_out out;
      lay_coroutine(&in, &out, sb);
      co->tag_bytes = out.tag_bytes;
      if (out.no_conflicts) add_unknown(&x, no_conflicts_why(co));
      if (gap && out.state == TI_EXACT) {
        out.state = TI_PARTIAL;
        add_unknown(&x, (span_t){NO_UPVAR, strlen(NO_UPVAR)});
      }
      if (out.size >= 0) {
        co->size = out.size;
        co->size_source = out.state == TI_EXACT ? MS_SIZE_COMPUTED : MS_SIZE_LOWER_BOUND;
        for (size_t s = 0; s < co->nstates; s++)
          co->states[s].bytes = out.state == TI_EXACT ? sb[s] : -1;
      }
      co->unknown = unk.items;
      co->nunknown = unk.len;
    }
    x.unknown = NULL;
    free(up);
    free(sv);
    free(sb);
  }
  /* 3. shared self types: table entries consistent with the computed size or lower bound */
  for (size_t i = 0; i < n; i++) {
    ms_coroutine *co = cs[i];
    if (exact[i] || !(co->ts ? co->ts : c->ts)) continue;
    long lo = co->size_source == MS_SIZE_LOWER_BOUND ? co->size : -1;
    long eq = co->size_source == MS_SIZE_COMPUTED ? co->size : -1;
    long al = 0;
    const char **unk = co->unknown;
    size_t nunk = co->nunknown;
    long size = co->size;
    ms_size_source src = co->size_source;
    bool whole_only = false;
    if (resolve_from_table(c, co, &al, lo, eq, true, &whole_only)) continue;
    co->unknown = unk, co->nunknown = nunk, co->size = size, co->size_source = src;
  }
  free(exact);
  free(whole);
  free(x.memo);
}

/* ================================================================== what-if layouts */

/*
 * The future laid out again with fixes applied (ms_co_future_bytes_with): from the fields the
 * size came from (the table's exact field sizes, or the computed types), with lay_coroutine.
 * ms_layout_whatif_prepare stores each coroutine's fields once, after the sizes are resolved,
 * and checks that the unchanged layout reproduces the known size.
 */

static co_lay lay_of(tinfo t) {
  int st = t.state == TI_EXACT ? CO_LAY_EXACT : t.state == TI_PARTIAL ? CO_LAY_PARTIAL : CO_LAY_UNKNOWN;
  return (co_lay){t.size, t.align, t.niche, st};
}

static tinfo tinfo_of(co_lay l) {
  int st = l.state == CO_LAY_EXACT ? TI_EXACT : l.state == CO_LAY_PARTIAL ? TI_PARTIAL : TI_UNKNOWN;
  return (tinfo){l.size, l.align ? l.align : 1, l.niche, st};
}

/* Alignment of a field the table sized without printing its alignment: the table's entry for
 * its type (or for MaybeUninit<type>, as saved locals are wrapped) when the size agrees; else
 * the largest power of two dividing the size, at most a pointer's (*guessed set). */
static unsigned long table_align(const ms_type_sizes *ts, const char *type, long size,
                                 unsigned long ptr, bool *guessed) {
  if (ts && type && *type) {
    char wrapped[600];
    snprintf(wrapped, sizeof wrapped, "std::mem::MaybeUninit<%s>", type);
    const char *names[2] = {type, wrapped};
    for (size_t k = 0; k < 2; k++)
      for (size_t i = 0;; i++) {
        const ts_type *t = ms_ts_find(ts, names[k], i);
        if (!t) break;
        if (t->size == size && t->align > 0) return (unsigned long)t->align;
      }
  }
  *guessed = true;
  unsigned long a = 1;
  while (a < ptr && size > 0 && size % (long)(a * 2) == 0) a *= 2;
  return a;
}

/* The niche of a C-like enum the table prints under `type` with `size` bytes (a discriminant
 * line, every variant without fields: `#[repr(u8)] enum Small { A = 1, B = 2 }`): the tag's
 * values left over, taking the discriminants as contiguous (rustc's valid range runs from the
 * smallest to the largest); 0 when the table prints no such entry.  rustc orders a struct's
 * (and a coroutine prefix's) fields by their niches, so an upvar of such a type moves the
 * upvars and the tag, and with them the states' sizes (tests/data/over-aligned). */
static unsigned long long table_enum_niche(const ms_type_sizes *ts, const char *type, long size) {
  if (!ts || !type || !*type || size <= 0 || size > 4) return 0;
  for (size_t i = 0;; i++) {
    const ts_type *t = ms_ts_find(ts, type, i);
    if (!t) return 0;
    if (t->size != size || t->discr != size || t->nvariants == 0) continue;
    bool fieldless = true;
    for (size_t v = 0; v < t->nvariants; v++)
      fieldless = fieldless && t->variants[v].name && t->variants[v].nfields == 0;
    if (!fieldless) continue;
    unsigned long long values = size == 4 ? 4294967296ull : 1ull << (8 * size);
    return values > t->nvariants ? values - t->nvariants : 0;
  }
}

/* One field of the what-if layout: `bytes`/`align` as resolved (the table's, or computed),
 * else the type's computed size; niches only for upvars (saved locals are MaybeUninit): the
 * computed type's, else a C-like enum's from the table. */
static co_lay whatif_field(sz_ctx *x, const ms_type_sizes *ts, const char *type, long bytes,
                           unsigned align, bool trimmed, bool niche, bool *guessed) {
  tinfo t = type_info(x, str_span(type), trimmed, 0);
  if (!niche || t.state != TI_EXACT || (bytes >= 0 && t.size != bytes)) t.niche = 0;
  if (niche && t.state != TI_EXACT && bytes > 0) t.niche = table_enum_niche(ts, type, bytes);
  /* alignments found here are never too large (an unknown one counts as 1): take the larger */
  if (t.state == TI_EXACT && (bytes < 0 || t.size == bytes))
    return (co_lay){t.size, t.align > align ? t.align : align, t.niche, CO_LAY_EXACT};
  if (bytes >= 0 && align > 0) return (co_lay){bytes, align, t.niche, CO_LAY_EXACT};
  if (bytes >= 0) return (co_lay){bytes, table_align(ts, type, bytes, x->ptr, guessed), t.niche, CO_LAY_EXACT};
  return lay_of(t);
}

/* The layout of co's fields with states st[0..nst) (their `fields` index into co->saved, only
 * those marked in `keep` are laid out; `boxed` ones pointer-sized).  Returns the size and sets
 * *exact; fills state_bytes (nst entries) when given. */
/* Do saved locals i and j share one of the states st? */
static bool share_state(const co_state *st, size_t nst, size_t i, size_t j) {
  for (size_t s = 0; s < nst; s++) {
    bool hi = false, hj = false;
    for (size_t k = 0; k < st[s].nfields; k++) {
      hi = hi || st[s].fields[k] == i;
      hj = hj || st[s].fields[k] == j;
    }
    if (hi && hj) return true;
  }
  return false;
}

/* `ended` (NULL: none): saved locals that left some states (MS_FIX_END_STATEMENT); their
 * storage conflicts with the locals of those states, which they no longer share a state
 * with, go too (rustc's conflicts come from liveness: a temporary dropped at its statement's
 * end is dead when the next await's future is made). */
static long whatif_layout(const ms_coroutine *co, const co_state *st, size_t nst,
                          const unsigned char *keep, const unsigned char *boxed,
                          const unsigned char *unup, const long *resize,
                          const unsigned long *resize_align, const unsigned char *ended,
                          bool *exact, long *state_bytes, unsigned long *align_out) {
  tinfo box = {(long)co->lay_ptr, co->lay_ptr, 0, TI_EXACT};
  size_t ns = co->nsaved, nk = 0, total = 0;
  for (size_t s = 0; s < nst; s++) total += st[s].nfields;
  long *map = ms_xmalloc((ns + 1) * sizeof *map);
  tinfo *sv = ms_xmalloc((ns + 1) * sizeof *sv), *up = ms_xmalloc((co->nupvars + 1) * sizeof *up);
  co_state *vs = ms_xcalloc(nst + 1, sizeof *vs);
  size_t *flds = ms_xmalloc((total + 1) * sizeof *flds);
  unsigned char *cf = ms_xmalloc(ns * ns + 1);
  long size = -1;
  *exact = false;
  for (size_t i = 0; i < ns; i++) {
    map[i] = keep[i] ? (long)nk : -1;
    if (!keep[i]) continue;
    sv[nk] = boxed && boxed[i] ? box : tinfo_of(co->lay_saved[i]);
    if (resize && resize[i] >= 0 && !(boxed && boxed[i])) { /* a future it holds, laid out again */
      sv[nk].size = resize[i];
      if (resize_align && resize_align[i]) sv[nk].align = resize_align[i];
    }
    sv[nk].niche = 0;
    nk++;
  }
  for (size_t i = 0; i < ns; i++)
    for (size_t j = 0; j < ns; j++)
      if (keep[i] && keep[j])
        cf[(size_t)map[i] * nk + (size_t)map[j]] =
            co->conflicts && co->conflicts[i * ns + j] &&
            !(ended && (ended[i] || ended[j]) && share_state(co->states, co->nstates, i, j) &&
              !share_state(st, nst, i, j));
  size_t used = 0;
  for (size_t s = 0; s < nst; s++) {
    vs[s].fields = flds + used;
    for (size_t j = 0; j < st[s].nfields; j++)
      if (st[s].fields[j] < ns && keep[st[s].fields[j]]) flds[used + vs[s].nfields++] = (size_t)map[st[s].fields[j]];
    used += vs[s].nfields;
  }
  for (size_t i = 0; i < co->nupvars; i++)
    up[i] = unup && unup[i] ? (tinfo){0, 1, 0, TI_EXACT} : tinfo_of(co->lay_up[i]);
  /* a boxed copy of an argument: the argument is boxed, its upvar a (non-null) pointer too */
  for (size_t k = 0; boxed && k < co->ncopies; k++)
    for (size_t i = 0; i < co->nupvars; i++)
      if (co->copy_saved[k] < ns && boxed[co->copy_saved[k]] && co->upvars[i].field == co->copy_upvar[k])
        up[i] = (tinfo){box.size, box.align, 1, TI_EXACT};
  lay_in in = {up, co->nupvars, sv, nk, vs, nst, co->conflicts ? cf : NULL, some_members(co)};
  lay_out o;
  lay_coroutine(&in, &o, state_bytes);
  size = o.size;
  if (align_out) *align_out = o.align;
  *exact = o.size >= 0 && o.state == TI_EXACT;
  free(map), free(sv), free(up), free(vs), free(flds), free(cf);
  return size;
}

/* Does the unchanged what-if layout reproduce the known size and state sizes? */
static bool whatif_reproduces(const ms_coroutine *co) {
  unsigned char *keep = ms_xmalloc(co->nsaved + 1);
  long *sb = ms_xmalloc((co->nstates + 1) * sizeof *sb);
  bool exact = false;
  for (size_t i = 0; i < co->nsaved; i++) keep[i] = 1;
  long size = whatif_layout(co, co->states, co->nstates, keep, NULL, NULL, NULL, NULL, NULL, &exact, sb, NULL);
  bool ok = exact && size == co->size;
  for (size_t s = 0; ok && s < co->nstates; s++)
    if (co->states[s].bytes >= 0 && co->states[s].bytes != sb[s]) ok = false;
  free(keep);
  free(sb);
  return ok;
}

/* co's what-if fields; exact ones whose alignment was guessed are marked in guessed[]. */
static void whatif_fields(sz_ctx *x, ms_coroutine *co, unsigned char *guessed) {
  const ms_type_sizes *ts = co->ts ? co->ts : x->c->ts;
  co->lay_saved = ms_arena_alloc(&x->c->arena, (co->nsaved + 1) * sizeof *co->lay_saved);
  co->lay_up = ms_arena_alloc(&x->c->arena, (co->nupvars + 1) * sizeof *co->lay_up);
  for (size_t k = 0; k < co->nsaved; k++) {
    bool g = false;
    const co_saved *sv = &co->saved[k];
    co->lay_saved[k] = whatif_field(x, ts, sv->type, sv->bytes, sv->align, false, false, &g);
    guessed[k] = g;
  }
  for (size_t k = 0; k < co->nupvars; k++) {
    bool g = false;
    const co_upvar *u = &co->upvars[k];
    co->lay_up[k] = whatif_field(x, ts, u->type, u->bytes, u->align, true, true, &g);
    guessed[co->nsaved + k] = g;
  }
}

/* Lower the fields to what is certain: the guessed ones (or all) keep their size as a lower
 * bound with alignment 1. */
static void whatif_lower(ms_coroutine *co, const unsigned char *guessed, bool all) {
  for (size_t k = 0; k < co->nsaved + co->nupvars; k++) {
    co_lay *l = k < co->nsaved ? &co->lay_saved[k] : &co->lay_up[k - co->nsaved];
    if ((all || guessed[k]) && l->state == CO_LAY_EXACT) *l = (co_lay){l->size, 1, 0, CO_LAY_PARTIAL};
  }
}

/* The alignment of an exact coroutine, for futures that hold it: its table entry's (by its self
 * type and size), else the largest of its fields' when all are known; 0 when not known. */
static long whatif_table_align(const ms_crate *c, const ms_coroutine *co) {
  const ms_type_sizes *ts = co->ts ? co->ts : c->ts;
  if (co->size_source != MS_SIZE_PRINT_TYPE_SIZES || !ts || !co->self_type) return 0;
  for (size_t i = 0;; i++) {
    const ts_type *t = ms_ts_find(ts, co->self_type, i);
    if (!t) break;
    if (t->size == co->size && t->align > 0) return t->align;
  }
  long al = 1;
  for (size_t k = 0; k < co->nsaved + co->nupvars; k++) {
    unsigned a = k < co->nsaved ? co->saved[k].align : co->upvars[k - co->nsaved].align;
    if (!a) return 0;
    if ((long)a > al) al = a;
  }
  return al;
}

void ms_layout_whatif_prepare(ms_crate *c) {
  size_t n = c->coroutines.len;
  ms_coroutine **cs = c->coroutines.items;
  unsigned long ptr = c->opts.pointer_width == 16 ? 2 : c->opts.pointer_width == 32 ? 4 : 8;
  sz_ctx x = {c, ptr, ms_xcalloc(n + 1, sizeof(co_memo)), NULL, &c->arena, NULL, NULL};
  for (size_t i = 0; i < n; i++) /* nested futures: their table alignment */
    x.memo[i].tab_align = whatif_table_align(c, cs[i]);
  for (size_t i = 0; i < n; i++) {
    ms_coroutine *co = cs[i];
    unsigned char *guessed = ms_xcalloc(co->nsaved + co->nupvars + 1, 1);
    co->lay_ptr = ptr;
    x.params = co->self_type;
    whatif_fields(&x, co, guessed);
    co->lay_source = MS_SIZE_LOWER_BOUND;
    if (co->size_source != MS_SIZE_LOWER_BOUND && co->size >= 0) {
      bool any = false;
      for (size_t k = 0; k < co->nsaved + co->nupvars; k++) any |= guessed[k] != 0;
      if (whatif_reproduces(co)) co->lay_source = co->size_source;
      else whatif_lower(co, guessed, !any);
    }
    co->lay_ready = true;
    free(guessed);
  }
  free(x.memo);
}

/* MS_FIX_RETURN_FUTURE: the future is the one saved local i holds. */
static long whatif_inner(const ms_coroutine *co, size_t i, ms_size_source *src) {
  co_lay l = co->lay_saved[i];
  if (co->saved[i].bytes >= 0) {
    *src = co->size_source == MS_SIZE_PRINT_TYPE_SIZES ? MS_SIZE_PRINT_TYPE_SIZES : MS_SIZE_COMPUTED;
    return co->saved[i].bytes;
  }
  *src = l.state == CO_LAY_EXACT ? MS_SIZE_COMPUTED : MS_SIZE_LOWER_BOUND;
  if (l.state == CO_LAY_UNKNOWN) return -1;
  /* the future held inside co is no larger than co: a bound above co's known size is wrong */
  if (co->size >= 0 && co->size_source != MS_SIZE_LOWER_BOUND && l.size > co->size) return -1;
  return l.size;
}

long ms_layout_whatif(const ms_coroutine *co, const ms_fix *fx, size_t nfx, ms_size_source *src) {
  return ms_layout_whatif_resized(co, fx, nfx, NULL, NULL, src, NULL);
}

long ms_layout_whatif_resized(const ms_coroutine *co, const ms_fix *fx, size_t nfx,
                              const long *resize, const unsigned long *resize_align,
                              ms_size_source *src, unsigned long *align_out) {
  ms_size_source dummy;
  if (!src) src = &dummy;
  *src = MS_SIZE_LOWER_BOUND;
  if (!co->lay_ready) return -1;
  for (size_t k = 0; k < nfx; k++)
    if (fx[k].kind == MS_FIX_RETURN_FUTURE && fx[k].index < co->nsaved) return whatif_inner(co, fx[k].index, src);
  size_t ns = co->nsaved;
  unsigned char *keep = ms_xcalloc(ns + 1, 1), *unsave = ms_xcalloc(ns + 1, 1), *boxed = ms_xcalloc(ns + 1, 1);
  unsigned char *gone = ms_xcalloc(co->nstates + 1, 1), *unup = ms_xcalloc(co->nupvars + 1, 1);
  co_state *st = ms_xcalloc(co->nstates + 1, sizeof *st);
  size_t **owned = ms_xcalloc(co->nstates + 1, sizeof *owned); /* fields changed, per state */
  unsigned char *ended = ms_xcalloc(ns + 1, 1);
  long size = -1;
  bool some_unup = false;
  for (size_t k = 0; k < nfx; k++) {
    if (fx[k].kind == MS_FIX_DROP_LOCAL && fx[k].index < ns) unsave[fx[k].index] = 1;
    if (fx[k].kind == MS_FIX_BOX_LOCAL && fx[k].index < ns) boxed[fx[k].index] = 1;
    if (fx[k].kind == MS_FIX_DROP_STATE && fx[k].index < co->nstates) gone[fx[k].index] = 1;
    if (fx[k].kind == MS_FIX_DROP_UPVAR && fx[k].index < co->nupvars) {
      unup[fx[k].index] = 1;
      some_unup = true;
    }
  }
  size_t nst = 0;
  for (size_t s = 0; s < co->nstates; s++) {
    if (gone[s]) continue;
    st[nst] = co->states[s];
    /* MS_FIX_END_STATEMENT: the temporary leaves the states its statement ended before */
    for (size_t k = 0; k < nfx; k++) {
      size_t t = fx[k].index, m = 0;
      if (fx[k].kind != MS_FIX_END_STATEMENT || t >= ns || !co->temp_after || !co->temp_after[t] ||
          !co->temp_after[t][s])
        continue;
      ended[t] = 1;
      if (!owned[s]) { /* the state's fields, copied once */
        owned[s] = ms_xmalloc((st[nst].nfields + 1) * sizeof *owned[s]);
        memcpy(owned[s], st[nst].fields, st[nst].nfields * sizeof *owned[s]);
        st[nst].fields = owned[s];
      }
      for (size_t j = 0; j < st[nst].nfields; j++)
        if (owned[s][j] != t) owned[s][m++] = owned[s][j];
      st[nst].nfields = m;
    }
    for (size_t j = 0; j < st[nst].nfields; j++) {
      size_t l = st[nst].fields[j];
      if (l < ns && !unsave[l]) keep[l] = 1; /* a local in no state is no saved local */
    }
    nst++;
  }
  bool exact = false;
  size = whatif_layout(co, st, nst, keep, boxed, unup, resize, resize_align, ended, &exact, NULL,
                       align_out);
  /* an upvar without a slot of its own after the Unresumed state is still in that state: the
   * size is at least the Unresumed state's, with every upvar (and nothing else) */
  for (size_t s = 0; some_unup && size >= 0 && s < co->nstates; s++) {
    if (strcmp(co->states[s].name, "Unresumed")) continue;
    co_state un = co->states[s];
    un.nfields = 0;
    memset(keep, 0, ns + 1);
    bool ex = false;
    long u = whatif_layout(co, &un, 1, keep, NULL, NULL, NULL, NULL, NULL, &ex, NULL, NULL);
    if (u > size) size = u;
    exact = exact && ex;
  }
  *src = exact ? co->lay_source : MS_SIZE_LOWER_BOUND;
  /* fixes that only take fields out (no box, no resize) never grow the future: a lower bound
   * above its known size contradicts it (fields of another body), so the size after is not
   * known rather than "saves nothing" */
  bool grows = resize != NULL;
  for (size_t k = 0; k < ns && !grows; k++) grows = boxed[k] != 0;
  if (!exact && !grows && size > co->size && co->size >= 0 && co->size_source != MS_SIZE_LOWER_BOUND)
    size = -1;
  for (size_t s = 0; s < co->nstates; s++) free(owned[s]);
  free(keep), free(unsave), free(boxed), free(gone), free(unup), free(st), free(owned), free(ended);
  return size;
}
