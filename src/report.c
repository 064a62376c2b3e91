/* Renderers: the text and Markdown reports of a crate (docs/reports.md). */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include "advice.h"
#include "alloc.h"
#include "arena.h"
#include "strbuf.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------------------ small strings */

void ms_sb_init(ms_sbuf *b, char *buf, size_t cap) {
  b->p = buf;
  b->len = 0;
  b->cap = cap;
  if (cap) buf[0] = 0;
}

void ms_sb_putn(ms_sbuf *b, const char *s, size_t n) {
  if (!b->cap) return;
  size_t room = b->cap - 1 - b->len;
  if (n > room) {
    n = room;
    while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80) n--; /* whole code points only */
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

void ms_sb_puts(ms_sbuf *b, const char *s) { ms_sb_putn(b, s, strlen(s)); }

void ms_sb_printf(ms_sbuf *b, const char *fmt, ...) {
  char tmp[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n > 0) ms_sb_putn(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

size_t ms_rep_width(const char *s) {
  size_t w = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if ((*p & 0xc0) != 0x80) w++;
  return w;
}

void ms_rep_pad(FILE *o, const char *s, size_t w, int right) {
  size_t n = ms_rep_width(s);
  if (right)
    for (size_t i = n; i < w; i++) fputc(' ', o);
  fputs(s, o);
  if (!right)
    for (size_t i = n; i < w; i++) fputc(' ', o);
}

/* Byte offset of the code point that starts column `col`. */
static size_t byte_at_col(const char *s, size_t col) {
  size_t w = 0, i = 0;
  for (; s[i]; i++) {
    if (((unsigned char)s[i] & 0xc0) != 0x80) {
      if (w == col) return i;
      w++;
    }
  }
  return i;
}

/* Start b on out with s when s fits w columns (or w is too narrow to cut): then true.  *n:
 * the columns of s. */
static bool copy_if_fits(ms_sbuf *b, char *out, size_t cap, const char *s, size_t w, size_t *n) {
  ms_sb_init(b, out, cap);
  *n = ms_rep_width(s);
  if (*n > w && w >= 2) return false;
  ms_sb_puts(b, s);
  return true;
}

void ms_rep_elide(const char *s, size_t w, char *out, size_t cap) {
  ms_sbuf b;
  size_t n;
  if (copy_if_fits(&b, out, cap, s, w, &n)) return;
  size_t head = (w - 1) / 2, tail = w - 1 - head;
  ms_sb_putn(&b, s, byte_at_col(s, head));
  ms_sb_puts(&b, "…");
  ms_sb_puts(&b, s + byte_at_col(s, n - tail));
}

void ms_rep_short_path(const char *dp, ms_coroutine_kind kind, char *out, size_t cap) {
  ms_sbuf b;
  ms_sb_init(&b, out, cap);
  size_t n = strlen(dp);
  static const char SUFFIX[] = "::{closure#0}";
  if (kind == MS_KIND_ASYNC_FN && n > sizeof SUFFIX - 1 &&
      !strcmp(dp + n - (sizeof SUFFIX - 1), SUFFIX))
    n -= sizeof SUFFIX - 1;
  for (size_t i = 0; i < n;) {
    if (!strncmp(dp + i, "<impl at ", 9)) {
      /* <impl at FILE:L:C: L:C> -> <impl at BASENAME:L> */
      size_t j = i + 9, depth = 1;
      while (j < n && depth) {
        if (dp[j] == '<') depth++;
        else if (dp[j] == '>') depth--;
        if (depth) j++;
      }
      const char *f = dp + i + 9;
      const char *colon = memchr(f, ':', (size_t)(dp + j - f));
      if (colon) {
        const char *base = ms_shown_file(f, (size_t)(colon - f));
        size_t ln = 0;
        while (colon[1 + ln] >= '0' && colon[1 + ln] <= '9') ln++;
        ms_sb_puts(&b, "<impl at ");
        ms_sb_putn(&b, base, (size_t)(colon - base));
        ms_sb_putn(&b, colon, ln + 1);
        ms_sb_puts(&b, ">");
        i = j < n ? j + 1 : n;
        continue;
      }
    }
    ms_sb_putn(&b, dp + i, 1);
    i++;
  }
}

void ms_short_path(const char *path, ms_coroutine_kind kind, char *out, size_t cap) {
  ms_rep_short_path(path, kind, out, cap);
}

/* In a shortened path of co in out (cap bytes), its last segment `{closure#N}` as where
 * its type says the block or closure is. */
static void name_block(const ms_coroutine *co, char *out, size_t cap) {
  /* none, or two blocks of one parent at one place (a macro's) */
  if (co->kind == MS_KIND_ASYNC_FN || !co->block_loc) return;
  const char *close, *seg = ms_last_closure_segment(out, &close); /* the block itself */
  if (!seg) return;
  char tail[512];
  snprintf(tail, sizeof tail, "%s", close + 1);
  size_t head = (size_t)(seg - out);
  snprintf(out + head, cap > head ? cap - head : 0, "{%s}%s", co->block_loc, tail);
}

/* name (co's def path, or a name that begins with it) with its impl part as the impl's type
 * prints it (`Client::connect::{closure#0}..` for `<impl at lib.rs:368:1: 368:12>::connect..`:
 * co->impl_type), in buf; else name itself. */
static const char *impl_typed(const ms_coroutine *co, const char *name, char *buf, size_t cap) {
  if (!co->impl_type || !co->def_path || strncmp(name, co->def_path, co->impl_prefix_len)) return name;
  snprintf(buf, cap, "%s%s", co->impl_type, name + co->impl_prefix_len);
  return buf;
}

/* An impl's async fn, `<impl at x.rs:9>::put` / `{impl#2}::put` (then perhaps ` [dir]` or
 * ` #N`), as its type prints its path: `<MemStore as Store>::put`. */
static void name_impl_fn(const ms_coroutine *co, char *out, size_t cap) {
  if (!co->impl_path) return;
  char tail[512] = "";
  const char *t = strstr(out, " [");
  if (!t) t = strstr(out, " #");
  if (t) snprintf(tail, sizeof tail, "%s", t);
  snprintf(out, cap, "%s%s", co->impl_path, tail);
}

void ms_rep_co_path(const ms_coroutine *co, char *out, size_t cap) {
  char typed[2048];
  ms_rep_short_path(impl_typed(co, ms_co_name(co), typed, sizeof typed), co->kind, out, cap);
  name_block(co, out, cap);
  name_impl_fn(co, out, cap);
}

void ms_co_short_name(const ms_coroutine *co, char *out, size_t cap) {
  ms_rep_co_path(co, out, cap);
}

static int is_ident(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Replace every occurrence of `from` with `to` (in place, through a scratch buffer). */
static void replace_all(char *s, size_t cap, const char *from, const char *to) {
  size_t fl = strlen(from);
  if (!strstr(s, from)) return;
  char *tmp = ms_xmalloc(cap);
  ms_sbuf b;
  ms_sb_init(&b, tmp, cap);
  for (const char *p = s; *p;) {
    if (!strncmp(p, from, fl)) {
      ms_sb_puts(&b, to);
      p += fl;
    } else ms_sb_putn(&b, p++, 1);
  }
  memcpy(s, tmp, b.len + 1);
  free(tmp);
}

/* Whitespace runs to one space; none after an opening or before a closing bracket, and no
 * trailing comma of a pretty-printed list (`a,\n]`) before its closing bracket; a 1-tuple's
 * comma, written right before it (`(&u8,)`), stays. */
static void collapse_ws(const char *s, ms_sbuf *b) {
  for (const char *p = s; *p;) {
    if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
      while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') p++;
      char prev = b->len ? b->p[b->len - 1] : '(';
      if (prev == '(' || prev == '[' || prev == '{' || prev == '<') continue;
      if (*p == ')' || *p == ']' || *p == '}' || *p == '>' || !*p) continue;
      ms_sb_putn(b, " ", 1);
      continue;
    }
    if ((*p == ')' || *p == ']') && p > s && (p[-1] == ' ' || p[-1] == '\n' || p[-1] == '\t' ||
                                           p[-1] == '\r') &&
        b->len && b->p[b->len - 1] == ',')
      b->len--, b->p[b->len] = 0;
    ms_sb_putn(b, p++, 1);
  }
}

/* The def path of the first `DefId(` of s (ms_defid_path). */
static int defid_path(const char *s, const char **start, size_t *len) {
  bool local;
  return ms_defid_path(s, strlen(s), start, len, &local);
}

/* Module paths off: `std::vec::Vec<u8>` -> `Vec<u8>` (segments before one that starts an
 * identifier are dropped; `<T as Tr>::Out` and `{closure#0}` segments are kept). */
static void strip_modules(const char *s, ms_sbuf *b) {
  for (const char *p = s; *p;) {
    if (is_ident(*p) && (p == s || !is_ident(p[-1]))) {
      const char *q = p;
      while (is_ident(*q)) q++;
      if (q[0] == ':' && q[1] == ':' && is_ident(q[2]) && !(p > s && p[-1] == '\'')) {
        p = q + 2; /* drop `seg::` */
        continue;
      }
      ms_sb_putn(b, p, (size_t)(q - p));
      p = q;
      continue;
    }
    ms_sb_putn(b, p++, 1);
  }
}

/* The last `::` segment of t[0..n). */
static const char *last_segment(const char *t, size_t n, size_t *len) {
  const char *seg = t;
  for (size_t k = 0; k + 1 < n; k++)
    if (t[k] == ':' && t[k + 1] == ':') seg = t + k + 2;
  *len = (size_t)(t + n - seg);
  return seg;
}

static void defids_to_paths(const char *t, size_t n, ms_sbuf *b);

/* One `Projection(ExistentialProjection { def_id: DefId(.. ~ ..::Future::Output), args: [..],
 * term: Term::Ty(T), .. })` (v[0..n) its parentheses' inside) as `Output = T`. */
static bool projection_binding(const char *v, size_t n, ms_sbuf *b) {
  const char *d = strstr(v, "def_id: "), *ps, *te;
  size_t pn, seg_n;
  bool local;
  if (!d || d >= v + n || !ms_defid_path(d, (size_t)(v + n - d), &ps, &pn, &local)) return false;
  const char *seg = last_segment(ps, pn, &seg_n);
  const char *term = strstr(v, "term: ");
  if (!term || term >= v + n) return false;
  term += 6;
  if (!strncmp(term, "Term::", 6)) term += 6;
  te = strchr(term, '(');
  if (!te || te >= v + n) return false;
  size_t close = ms_match_close(v, n, (size_t)(te - v));
  if (close >= n) return false;
  ms_sb_putn(b, seg, seg_n);
  ms_sb_puts(b, " = ");
  defids_to_paths(te + 1, (size_t)(v + close - te - 1), b);
  return true;
}

/*
 * rustc's debug form of a trait object, `dyn [Binder { value: Trait(P), bound_vars: [] },
 * Binder { value: Projection(..Output.. term: Term::Ty(T)..), .. }, Binder { value:
 * AutoTrait(DefId(.. ~ core[..]::marker::Send)), .. }] + '{erased}` at t[i..), written as
 * Rust: `dyn P<Output = T> + Send`.  Returns the index after it, or i when it is not one.
 */
static size_t dyn_to_rust(const char *t, size_t n, size_t i, ms_sbuf *b) {
  size_t open = i + 4, close = ms_match_close(t, n, open);
  if (close >= n) return i;
  char *prin = ms_xmalloc(close - open + 64), *bind = ms_xmalloc(close - open + 64),
       *autos = ms_xmalloc(close - open + 64);
  ms_sbuf pb, bb, ab;
  ms_sb_init(&pb, prin, close - open + 64);
  ms_sb_init(&bb, bind, close - open + 64);
  ms_sb_init(&ab, autos, close - open + 64);
  bool ok = true;
  for (size_t k = open + 1; k < close && ok;) {
    while (k < close && (t[k] == ' ' || t[k] == ',')) k++;
    if (k >= close) break;
    static const char BINDER[] = "Binder {value: "; /* after collapse_ws */
    if (strncmp(t + k, BINDER, sizeof BINDER - 1)) {
      ok = false;
      break;
    }
    size_t item_end = ms_match_close(t, n, k + 7), v = k + sizeof BINDER - 1;
    const char *paren = memchr(t + v, '(', item_end - v);
    if (item_end >= close || !paren) {
      ok = false;
      break;
    }
    size_t po = (size_t)(paren - t), pc = ms_match_close(t, n, po);
    const char *in = t + po + 1;
    size_t in_n = pc - po - 1, seg_n, pn;
    const char *ps;
    bool local;
    if (!strncmp(t + v, "Trait(", 6)) {
      defids_to_paths(in, in_n, &pb);
    } else if (!strncmp(t + v, "AutoTrait(", 10) && ms_defid_path(in, in_n, &ps, &pn, &local)) {
      const char *seg = last_segment(ps, pn, &seg_n);
      ms_sb_puts(&ab, " + ");
      ms_sb_putn(&ab, seg, seg_n);
    } else if (!strncmp(t + v, "Projection(", 11)) {
      if (bb.len) ms_sb_puts(&bb, ", ");
      ok = projection_binding(in, in_n, &bb);
    } else ok = false;
    k = item_end + 1;
  }
  size_t after = close + 1;
  static const char ERASED[] = " + '{erased}";
  if (!strncmp(t + after, ERASED, sizeof ERASED - 1)) after += sizeof ERASED - 1;
  if (ok && (pb.len || ab.len)) {
    ms_sb_puts(b, "dyn ");
    if (pb.len && bb.len && prin[pb.len - 1] == '>') {
      ms_sb_putn(b, prin, pb.len - 1);
      ms_sb_puts(b, ", ");
      ms_sb_putn(b, bind, bb.len);
      ms_sb_puts(b, ">");
    } else if (pb.len) {
      ms_sb_putn(b, prin, pb.len);
      if (bb.len) ms_sb_printf(b, "<%s>", bind);
    }
    ms_sb_puts(b, pb.len ? autos : autos + 3);
  }
  free(prin), free(bind), free(autos);
  return ok && (pb.len || ab.len) ? after : i;
}

/*
 * `Alias(Projection, AliasTy { args: [A, ..], def_id: DefId(.. ~ c[..]::m::Trait::Assoc), .. })`
 * (t[0..n), the whole of it) as `<A as m::Trait>::Assoc` (returns 1), another alias as
 * `Alias(def path)` (2); 0 when it has no def path.  Written unstripped into b.
 */
static int alias_to_rust(const char *t, size_t n, ms_sbuf *b) {
  const char *d = NULL, *ps, *args = NULL;
  size_t pn;
  bool local;
  for (size_t k = 0; k + 7 <= n && !d; k++)
    if (!memcmp(t + k, "def_id:", 7)) d = t + k;
  if (!d || !ms_defid_path(d, (size_t)(t + n - d), &ps, &pn, &local)) return 0;
  const char *last = NULL, *prev = NULL;
  for (const char *q = ps; q + 1 < ps + pn; q++)
    if (q[0] == ':' && q[1] == ':') prev = last, last = q;
  for (size_t k = 0; k + 7 <= n && !args; k++)
    if (!memcmp(t + k, "args: [", 7)) args = t + k + 7;
  if (n >= 16 && !memcmp(t, "Alias(Projection", 16) && last && args) {
    const char *e = args;
    int depth = 0;
    for (; e < t + n; e++) {
      if (*e == '(' || *e == '<' || *e == '[') depth++;
      else if ((*e == ')' || *e == '>' || *e == ']') && depth) depth--;
      else if ((*e == ',' || *e == ']') && !depth) break;
    }
    const char *tr = prev ? prev + 2 : ps;
    ms_sb_puts(b, "<");
    ms_sb_putn(b, args, (size_t)(e - args));
    ms_sb_puts(b, " as ");
    ms_sb_putn(b, tr, (size_t)(last - tr));
    ms_sb_puts(b, ">");
    ms_sb_putn(b, last, (size_t)(ps + pn - last));
    return 1;
  }
  ms_sb_puts(b, "Alias(");
  ms_sb_putn(b, ps, pn);
  ms_sb_puts(b, ")");
  return 2;
}

/* rustc's debug forms inside a type, as Rust or as the report's short forms:
 * `Coroutine(DefId(0:142 ~ c[31e7]::f::{closure#0}), [U/#0, ..])` (an awaitee wrapped in
 * `Timeout<..>`, a closure in a generic argument) -> `Coroutine(f::{closure#0})`, the same
 * for `Closure(`, `CoroutineClosure(` and `FnDef(`; aliases (alias_to_rust); trait objects
 * (dyn_to_rust).  The rest is copied. */
static void defids_to_paths(const char *t, size_t n, ms_sbuf *b) {
  static const char *const KINDS[] = {"CoroutineClosure(", "Coroutine(", "Closure(", "FnDef(", NULL};
  for (size_t i = 0; i < n;) {
    bool word = i == 0 || !is_ident(t[i - 1]);
    if (word && n - i > 12 && !strncmp(t + i, "dyn [Binder ", 12)) {
      size_t next = dyn_to_rust(t, n, i, b);
      if (next != i) {
        i = next;
        continue;
      }
    }
    if (word && n - i > 6 && !strncmp(t + i, "Alias(", 6)) {
      size_t close = ms_match_close(t, n, i + 5);
      if (close < n && alias_to_rust(t + i, close - i + 1, b)) {
        i = close + 1;
        continue;
      }
    }
    const char *k = NULL;
    for (const char *const *kk = KINDS; word && *kk && !k; kk++)
      if (!strncmp(t + i, *kk, strlen(*kk)) && !strncmp(t + i + strlen(*kk), "DefId(", 6)) k = *kk;
    const char *ps;
    size_t pn;
    bool local;
    if (k) {
      size_t open = i + strlen(k) - 1, close = ms_match_close(t, n, open);
      if (close < n && ms_defid_path(t + i, close - i, &ps, &pn, &local)) {
        ms_sb_putn(b, k, strlen(k));
        ms_sb_putn(b, ps, pn);
        ms_sb_puts(b, ")");
        i = close + 1;
        continue;
      }
    }
    ms_sb_putn(b, t + i, 1);
    i++;
  }
}

void ms_rep_short_type(const char *type, char *out, size_t cap) {
  ms_sbuf b;
  ms_sb_init(&b, out, cap);
  if (!type || !*type) return;
  size_t tl = strlen(type) * 2 + 64;
  char *t = ms_xmalloc(tl), *u = ms_xmalloc(tl);
  ms_sbuf tb;
  ms_sb_init(&tb, t, tl);
  collapse_ws(type, &tb);
  const char *ps;
  size_t pn;
  int how;
  ms_sbuf ub;
  ms_sb_init(&ub, u, tl);
  if (!strncmp(t, "Coroutine(", 10) && defid_path(t, &ps, &pn)) {
    /* as type_for_people names a coroutine of the crate (whose kind is not known here) */
    ms_sb_puts(&b, "future of ");
    ms_sb_putn(&b, ps, pn);
  } else if (!strncmp(t, "Alias(", 6) && (how = alias_to_rust(t, strlen(t), &ub)) != 0) {
    if (how == 1) strip_modules(u, &b); /* <FIRST-ARG as Trait>::Assoc */
    else ms_sb_puts(&b, u);             /* Alias(def path) */
  } else {
    if (strstr(t, "DefId(") || strstr(t, "dyn [Binder ")) {
      defids_to_paths(t, strlen(t), &ub);
      memcpy(t, u, ub.len + 1);
    }
    replace_all(t, tl, ", std::alloc::Global>", ">");
    replace_all(t, tl, ", alloc::alloc::Global>", ">"); /* as no_std crates print it */
    replace_all(t, tl, "'{erased}, ", "");
    replace_all(t, tl, ", '{erased}", "");
    replace_all(t, tl, "<'{erased}>", "");
    replace_all(t, tl, "'{erased} ", "");
    replace_all(t, tl, "'{erased}", "'_");
    replace_all(t, tl, "_usize]", "]");
    strip_modules(t, &b);
  }
  free(t);
  free(u);
}

void ms_rep_short_span(const char *span, char *out, size_t cap) {
  ms_sbuf b;
  ms_sb_init(&b, out, cap);
  if (!span || !*span) return;
  /* FILE:L:C: L:C (#N) -> BASENAME:L:C */
  const char *sp = strstr(span, ": ");
  size_t n = sp ? (size_t)(sp - span) : strlen(span);
  const char *base = ms_shown_file(span, n);
  ms_sb_putn(&b, base, (size_t)(span + n - base));
}

void ms_rep_future_bytes(const ms_coroutine *co, char *out, size_t cap) {
  ms_sbuf b;
  ms_sb_init(&b, out, cap);
  if (co->size < 0) ms_sb_puts(&b, "?");
  else if (co->size_source == MS_SIZE_PRINT_TYPE_SIZES) ms_sb_printf(&b, "%ld", co->size);
  else if (co->size_source == MS_SIZE_COMPUTED) ms_sb_printf(&b, "~%ld", co->size);
  else ms_sb_printf(&b, "≥%ld", co->size);
}

size_t ms_rep_suspends(const ms_coroutine *co, ms_suspend_kind k) {
  size_t n = 0;
  for (size_t s = 0; s < co->nstates; s++) {
    ms_suspend_kind sk = ms_co_state_suspend(co, s);
    n += k == MS_SUSPEND_NONE ? sk != MS_SUSPEND_NONE : sk == k;
  }
  return n;
}

size_t ms_rep_awaits(const ms_coroutine *co) { return ms_rep_suspends(co, MS_SUSPEND_AWAIT); }

void ms_rep_awaits_cell(const ms_coroutine *co, char *out, size_t cap) {
  size_t a = ms_rep_awaits(co), y = ms_rep_suspends(co, MS_SUSPEND_YIELD);
  if (!y) snprintf(out, cap, "%zu", a);
  else if (!a) snprintf(out, cap, "%zuy", y);
  else snprintf(out, cap, "%zu+%zuy", a, y);
}

size_t ms_rep_count_findings(const ms_coroutine *co, ms_finding_class cls) {
  size_t n = 0;
  const co_finding *fs = co->findings.items;
  for (size_t f = 0; f < co->findings.len; f++)
    if (fs[f].cls == cls) n++;
  return n;
}


/* "s" for a count that is not one: "%zu coroutine%s", n, plural(n). */
static const char *plural(long n) { return n == 1 ? "" : "s"; }

/* ------------------------------------------------------------------ ranking */

typedef struct {
  const ms_crate *c;
  ms_sort sort;
} rank_ctx;

static long sort_key(const ms_coroutine *co, ms_sort s) {
  switch (s) {
  case MS_SORT_REDUNDANT: return co->code_redundant;
  case MS_SORT_CODE: return ms_co_code_bytes(co, NULL);
  default: return co->size;
  }
}

static int rank_cmp(const rank_ctx *x, size_t a, size_t b) {
  ms_coroutine **cs = x->c->coroutines.items;
  long ka = sort_key(cs[a], x->sort), kb = sort_key(cs[b], x->sort);
  if (ka != kb) return ka > kb ? -1 : 1;
  int r = strcmp(cs[a]->def_path ? cs[a]->def_path : "", cs[b]->def_path ? cs[b]->def_path : "");
  if (r) return r;
  return a < b ? -1 : a > b;
}

/* Stable merge sort of indices with a context (qsort has none, and there is no global). */
static void merge_sort(const rank_ctx *x, size_t *v, size_t *tmp, size_t n) {
  if (n < 2) return;
  size_t h = n / 2;
  merge_sort(x, v, tmp, h);
  merge_sort(x, v + h, tmp, n - h);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = rank_cmp(x, v[j], v[i]) < 0 ? v[j++] : v[i++];
  while (i < h) tmp[k++] = v[i++];
  while (j < n) tmp[k++] = v[j++];
  memcpy(v, tmp, n * sizeof *v);
}

size_t *ms_rep_selection(const ms_crate *c, const ms_report_options *opt, size_t *n) {
  size_t all = c->coroutines.len, k = 0;
  bool some = opt && opt->only;
  size_t *v = ms_xmalloc(((some ? opt->nonly : all) + 1) * sizeof *v);
  if (!some)
    for (k = 0; k < all; k++) v[k] = k;
  for (size_t i = 0; some && i < opt->nonly; i++)
    if (opt->only[i] < all) v[k++] = opt->only[i];
  *n = k;
  return v;
}

/* The coroutines of the selection (opt->only, else all), ranked (*n of them; none gives a
 * 1-slot array). */
static size_t *ranked(const ms_crate *c, ms_sort sort, const ms_report_options *opt, size_t *n) {
  size_t *v = ms_rep_selection(c, opt, n), *tmp = ms_xmalloc((*n + 1) * sizeof *tmp);
  rank_ctx x = {c, sort};
  merge_sort(&x, v, tmp, *n);
  free(tmp);
  return v;
}

size_t *ms_rep_ranked(const ms_crate *c, ms_sort sort, const ms_report_options *opt, size_t *n) {
  return ranked(c, sort, opt, n);
}

size_t ms_crate_rank(const ms_crate *c, ms_sort sort, size_t top, size_t *out, size_t cap) {
  size_t n;
  size_t *v = ranked(c, sort, NULL, &n);
  size_t listed = top && top < n ? top : n;
  for (size_t i = 0; i < listed && i < cap; i++) out[i] = v[i];
  free(v);
  return listed;
}

size_t ms_crate_co_slug(const ms_crate *c, size_t i, char *out, size_t cap) {
  char sp[256], slug[64];
  ms_coroutine **cs = c->coroutines.items;
  if (i >= c->coroutines.len) {
    if (cap) out[0] = 0;
    return 0;
  }
  ms_rep_co_path(cs[i], sp, sizeof sp);
  size_t k = 0;
  for (const char *p = sp; *p && k < sizeof slug - 1; p++) {
    if (is_ident(*p)) slug[k++] = *p;
    else if (k && slug[k - 1] != '-') slug[k++] = '-';
  }
  while (k && slug[k - 1] == '-') k--;
  slug[k] = 0;
  int n = snprintf(out, cap, "%s%s%zu", slug, k ? "-" : "coroutine-", i + 1);
  return n < 0 ? 0 : (size_t)n;
}

/* ------------------------------------------------------------------ shared facts */

/* The bytes a saved local is ranked by: its size; for an awaited future of the crate whose
 * size is not known as a saved local, that future's size (a lower bound); else -1. */
static long saved_rank_bytes(const ms_crate *c, const ms_coroutine *co, size_t i) {
  if (co->saved[i].bytes >= 0) return co->saved[i].bytes;
  const ms_coroutine *f = ms_crate_saved_future(c, co, i);
  return f && f->size >= 0 ? f->size : -1;
}

/*
 * Index of the largest saved local by saved_rank_bytes (first on ties), -1 if none.  An
 * awaited future of unknown size (a future of the crate preferred) is the largest instead
 * when no size is known, or when the future's size is a lower bound of which the largest
 * known local explains less than a quarter: the unknown awaitee is then the bulk.
 */
static long largest_saved(const ms_crate *c, const ms_coroutine *co) {
  long best = -1, best_bytes = -1, unknown = -1;
  bool unknown_ours = false;
  for (size_t i = 0; i < co->nsaved; i++) {
    long b = saved_rank_bytes(c, co, i);
    if (b >= 0 && b > best_bytes) best = (long)i, best_bytes = b;
    if (b >= 0 || strcmp(co->saved[i].name, "__awaitee") || unknown_ours) continue;
    bool ours = ms_crate_saved_future(c, co, i) != NULL;
    if (unknown < 0 || ours) unknown = (long)i, unknown_ours = ours;
  }
  bool bulk = co->size_source == MS_SIZE_LOWER_BOUND && best_bytes * 4 < co->size;
  return unknown >= 0 && (best < 0 || bulk) ? unknown : best;
}

/* The type a saved local is shown by: a generic body's parameter (`Select<F/#0, Timer>`) as
 * the sized instance has it (`Select<{async fn body of read_byte()}, Timer>`), else as the
 * layout prints it. */
static const char *shown_type(const co_saved *sv) {
  return sv->inst_type && strstr(sv->type, "/#") ? sv->inst_type : sv->type;
}

/* A type for people: the def path of a crate coroutine, else the shortened type. */
static void type_for_people(const ms_crate *c, const ms_coroutine *co, size_t i, char *out, size_t cap) {
  const ms_coroutine *f = ms_crate_saved_future(c, co, i);
  if (f) {
    char sp[512];
    ms_rep_co_path(f, sp, sizeof sp);
    /* in its kind's words: a gen block held by an async fn is an iterator (a trial) */
    snprintf(out, cap, "%s of %.400s", ms_kind_noun(f->kind), sp);
  } else ms_rep_short_type(shown_type(&co->saved[i]), out, cap);
}

/* The public face of the two above, for the diagrams (mirscope.h). */
size_t ms_type_display(const ms_crate *c, const ms_coroutine *co, long saved, const char *type,
                       char *out, size_t cap) {
  if (!out || !cap) return 0;
  if (co && saved >= 0 && (size_t)saved < co->nsaved) {
    if (c) type_for_people(c, co, (size_t)saved, out, cap);
    else ms_rep_short_type(co->saved[saved].type, out, cap);
  } else ms_rep_short_type(type, out, cap);
  /* cut at cap: never inside a character */
  size_t n = strlen(out), lead = n;
  while (lead > 0 && ((unsigned char)out[lead - 1] & 0xc0) == 0x80) lead--;
  if (lead > 0) {
    unsigned char b = (unsigned char)out[lead - 1];
    size_t want = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (n - (lead - 1) < want) out[n = lead - 1] = 0;
  }
  return n;
}

typedef struct {
  const ms_coroutine *const *v;
  size_t n;
  bool *held;
} held_marks;

static void mark_held(const ms_coroutine *f, void *user) {
  held_marks *m = user;
  for (size_t j = 0; j < m->n; j++)
    if (m->v[j] == f) m->held[j] = true;
}

/* Which of v[0..n) no other of them holds inline (root[i]); returns how many. */
static size_t outer_roots(const ms_crate *c, const ms_coroutine *const *v, size_t n, bool *root) {
  bool *awaited = ms_xcalloc(n + 1, sizeof *awaited);
  held_marks m = {v, n, awaited};
  /* held inline by another: a saved local (the awaitee, or a future kept in a local) or an
   * upvar that is that future, or a wrapper holding it (`Join<Coroutine(..), ..>`; a trial
   * found the futures inside a join counted as outer ones too) */
  for (size_t i = 0; i < n; i++) {
    for (size_t k = 0; k < v[i]->nsaved; k++) {
      const ms_coroutine *f = ms_crate_saved_future(c, v[i], k);
      if (f && f != v[i]) mark_held(f, &m);
      else if (!f) ms_crate_held_futures(c, v[i], v[i]->saved[k].type, mark_held, &m);
    }
    for (size_t k = 0; k < v[i]->nupvars; k++)
      if (v[i]->upvars[k].type) ms_crate_held_futures(c, v[i], v[i]->upvars[k].type, mark_held, &m);
  }
  size_t roots = 0;
  for (size_t i = 0; i < n; i++) roots += root[i] = !awaited[i];
  free(awaited);
  return roots;
}

long ms_rep_outer_bytes(const ms_crate *c, const ms_coroutine *const *v, size_t n, size_t *outer) {
  bool *root = ms_xcalloc(n + 1, sizeof *root);
  size_t roots = outer_roots(c, v, n, root);
  long sum = 0;
  for (size_t i = 0; i < n; i++)
    if (root[i] && v[i]->size >= 0) sum += v[i]->size;
  free(root);
  if (outer) *outer = roots;
  return sum;
}

size_t ms_crate_outer_futures(const ms_crate *c, long *bytes) {
  if (!c->finished) {
    if (bytes) *bytes = -1;
    return 0;
  }
  size_t n = c->coroutines.len, *all = ms_xcalloc(n + 1, sizeof *all);
  for (size_t i = 0; i < n; i++) all[i] = i;
  ms_rep_totals t = ms_rep_crate_totals(c, all, n); /* as the JSON report's totals */
  free(all);
  if (bytes) *bytes = t.outer_bytes;
  return t.outer;
}

size_t *ms_rep_counted(const ms_crate *c, const size_t *sel, size_t n, size_t *m) {
  ms_coroutine **cs = c->coroutines.items;
  size_t *v = ms_xmalloc((n + 1) * sizeof *v);
  *m = 0;
  for (size_t i = 0; i < n; i++)
    if (!cs[sel[i]]->not_built) v[(*m)++] = sel[i];
  return v;
}

ms_rep_totals ms_rep_crate_totals(const ms_crate *c, const size_t *sel_all, size_t n_all) {
  ms_rep_totals t = {0};
  ms_coroutine **cs = c->coroutines.items;
  size_t n, *sel = ms_rep_counted(c, sel_all, n_all, &n);
  t.not_built = n_all - n;
  t.n = n;
  const ms_coroutine **v = ms_xmalloc((n + 1) * sizeof *v);
  for (size_t i = 0; i < n; i++) v[i] = cs[sel[i]];
  t.outer_bytes = ms_rep_outer_bytes(c, v, n, &t.outer);
  free(v);
  for (size_t i = 0; i < t.n; i++) {
    const ms_coroutine *co = cs[sel[i]];
    if (co->size >= 0) {
      t.future_bytes += co->size;
      if (co->size_source == MS_SIZE_PRINT_TYPE_SIZES) t.exact++;
      else if (co->size_source == MS_SIZE_COMPUTED) t.computed++;
      else t.lower++;
    } else t.unknown++;
    t.rebuilt += co->layout_rebuilt;
    t.final_printed += co->final_mir && !co->layout_rebuilt;
    for (size_t k = 0; co->layout_rebuilt && k < co->nunknown; k++)
      t.rebuilt_lower += !strcmp(co->unknown[k], MS_NO_LAYOUT);
    if (co->code_redundant > 0) {
      t.redundant += co->code_redundant * (long)ms_co_code_copies(co); /* each copy (whatif.c) */
      t.poison_futures++;
    }
    bool no_await = ms_rep_count_findings(co, MS_FINDING_NO_AWAIT) > 0;
    t.no_await += no_await;
    t.no_yield_iter += no_await && (co->kind == MS_KIND_GEN_BLOCK || co->kind == MS_KIND_ASYNC_GEN_BLOCK);
    t.no_yield_coroutine += no_await && co->kind == MS_KIND_COROUTINE;
    t.dup += ms_rep_count_findings(co, MS_FINDING_DUPLICATE_SUSPEND);
    t.unreachable += ms_rep_count_findings(co, MS_FINDING_UNREACHABLE_STATE);
    const co_finding *fs = co->findings.items;
    for (size_t f = 0; f < co->findings.len; f++)
      if (fs[f].cls == MS_FINDING_UPVAR_COPY) {
        t.copies++;
        if (fs[f].bytes > 0) t.copy_bytes += fs[f].bytes;
      }
  }
  free(sel);
  return t;
}

/* The awaitee chain from co: each step is the largest saved local when it holds another
 * crate coroutine's future.  Returns the number of coroutines in the chain (>= 1). */
#define CHAIN_MAX 16
typedef struct {
  const ms_coroutine *chain[CHAIN_MAX];
  long via[CHAIN_MAX];  /* the saved local each holds the next by (or, at the end, the leaf's) */
  long held[CHAIN_MAX]; /* bytes of the instance held, -1: the coroutine's own size */
  size_t n;
} chain_t;

/* A generic awaitee held as another instance than the one its size is of (the largest): the
 * chain shows the bytes of the local that holds it and ends there (its largest local is of
 * that other instance; a trial read `byte_out (40 B) → with_timeout (188 B)`). */
static size_t awaitee_chain(const ms_crate *c, const ms_coroutine *co, chain_t *ch) {
  size_t n = 0;
  long held = -1;
  while (co && n < CHAIN_MAX) {
    for (size_t k = 0; k < n; k++)
      if (ch->chain[k] == co) return n; /* a cycle (cannot happen in rustc, but be safe) */
    ch->chain[n] = co;
    ch->held[n] = held;
    bool other = held >= 0 && co->size >= 0 && held != co->size;
    long big = other ? -1 : largest_saved(c, co);
    ch->via[n] = big;
    n++;
    co = big >= 0 ? ms_crate_saved_future(c, co, (size_t)big) : NULL;
    held = co ? ch->chain[n - 1]->saved[big].bytes : -1;
  }
  return n;
}

/* Chains of at least two coroutines, from roots no listed chain already contains, largest
 * root first.  Returns how many were written to out (at most cap). */
static size_t top_chains(const ms_crate *c, const size_t *order, size_t n, chain_t *out, size_t cap) {
  size_t k = 0;
  ms_coroutine **cs = c->coroutines.items;
  for (size_t r = 0; r < n && k < cap; r++) {
    const ms_coroutine *root = cs[order[r]];
    bool seen = root->not_built; /* in no total: its by-ref body's chain is the same */
    for (size_t q = 0; q < k && !seen; q++)
      for (size_t m = 0; m < out[q].n; m++)
        if (out[q].chain[m] == root) seen = true;
    if (seen) continue;
    chain_t ch;
    ch.n = awaitee_chain(c, root, &ch);
    if (ch.n < 2) continue;
    out[k++] = ch;
  }
  return k;
}

static void write_chain(FILE *o, const chain_t *ch, bool md) {
  for (size_t m = 0; m < ch->n; m++) {
    const ms_coroutine *co = ch->chain[m];
    char sp[256], fb[32];
    ms_rep_co_path(co, sp, sizeof sp);
    if (ch->held[m] >= 0 && ch->held[m] != co->size) snprintf(fb, sizeof fb, "%ld", ch->held[m]);
    else ms_rep_future_bytes(co, fb, sizeof fb);
    fprintf(o, "%s%s", m ? " → " : "", md ? "`" : "");
    ms_write_safe(o, sp, strlen(sp));
    fprintf(o, "%s (%s B)", md ? "`" : "", fb);
  }
  /* the leaf's largest saved local, when it is not a coroutine of the crate: the future it
   * awaits by its type, a local of the leaf's own (an array, not a future: a trial) by its
   * name and type */
  const ms_coroutine *leaf = ch->chain[ch->n - 1];
  long big = ch->via[ch->n - 1];
  if (big >= 0) {
    char ty[256];
    const char *nm = leaf->saved[big].name;
    ms_rep_short_type(shown_type(&leaf->saved[big]), ty, sizeof ty);
    fprintf(o, " → %s", md ? "`" : "");
    if (nm && *nm && strcmp(nm, "__awaitee")) fprintf(o, "%s: ", nm);
    ms_write_safe(o, ty, strlen(ty));
    fprintf(o, "%s (", md ? "`" : "");
    if (leaf->saved[big].bytes >= 0) fprintf(o, "%ld B)", leaf->saved[big].bytes);
    else fputs("size unknown)", o);
  }
}

/* ------------------------------------------------------------------ code figures, advice */

void ms_rep_code_cell(const ms_coroutine *co, char *out, size_t cap) {
  ms_code_source src;
  long v = ms_co_code_bytes(co, &src);
  if (v < 0) snprintf(out, cap, "?");
  else snprintf(out, cap, "%s%ld", src == MS_CODE_EXACT ? "" : src == MS_CODE_CORRECTED ? "≈" : "~", v);
}

/* A fraction as a percentage ("30.0 %"), or "not measured". */
static void percent(ms_sbuf *b, double v) {
  if (v < 0) ms_sb_puts(b, "not measured");
  else ms_sb_printf(b, "%.1f %%", v * 100.0);
}

void ms_rep_code_model(const ms_crate *c, bool md, char *out, size_t cap) {
  ms_code_model_info m;
  ms_crate_code_model(c, &m);
  int tg = 0, og = 0;
  const char *t = ms_crate_target(c, &tg), *l = ms_crate_opt_level(c, &og), *q = md ? "`" : "";
  ms_sbuf b;
  ms_sb_init(&b, out, cap);
  ms_sb_printf(&b, "code model: %s%s%s at opt-level %s%s%s", q, m.target, q, q, m.opt_level, q);
  if (!m.calibrated) ms_sb_printf(&b, " (the nearest row: none for %s at opt-level %s)", t, l);
  ms_sb_puts(&b, "; validated median error ");
  percent(&b, m.median_error);
  ms_sb_puts(&b, " (modelled), ");
  percent(&b, m.corrected_median_error);
  ms_sb_puts(&b, md ? " (corrected), 0 (exact: `nm`)" : " (corrected), 0 (exact: nm)");
}

/* "future 1032 → 8 B (predicted from exact sizes)": the future's size before and after a
 * finding's fix, laid out again. */
static void advice_after(const ms_coroutine *co, size_t f, bool md, ms_sbuf *b) {
  ms_size_source src;
  long after = ms_co_finding_future_bytes_after(co, f, &src);
  char fb[32];
  ms_rep_future_bytes(co, fb, sizeof fb);
  const char *unit = !md ? " B" : after == 1 ? " byte" : " bytes", *em = md ? "**" : "";
  const char *noun = ms_kind_noun(co->kind); /* "iterator" for a gen block (a trial) */
  if (after < 0) {
    ms_sb_printf(b, "the %s's size after is not known", noun);
  } else if (ms_co_finding_future_bytes(co, f) >= 0) {
    ms_sb_printf(b, "%s %s%s → %ld%s%s (predicted from %s sizes)", noun, em, fb, after, unit, em,
                 src == MS_SIZE_PRINT_TYPE_SIZES ? "exact" : "computed");
  } else {
    ms_sb_printf(b, "%s %s → %s%ld%s (a lower bound: the saving is not known)", noun, fb,
                 src == MS_SIZE_LOWER_BOUND ? "≥" : "", after, unit);
  }
}

/* `name` or name, as text or Markdown code. */
static void rep_code(ms_sbuf *b, const char *s, bool md) {
  ms_sb_puts(b, md ? "`" : "");
  ms_sb_puts(b, s);
  ms_sb_puts(b, md ? "`" : "");
}

/* The awaits of an advice finding: "the await at a.rs:14:5 (Suspend0)", "2 awaits: ...". */
static void advice_awaits(const ms_coroutine *co, size_t f, bool md, ms_sbuf *b) {
  size_t n = ms_co_finding_await_count(co, f);
  /* in the words of its kind: gen blocks and coroutines suspend at yields (a trial) */
  bool y = ms_kind_yields(co->kind);
  if (n == 1) ms_sb_printf(b, "the %s at ", y ? "yield" : "await");
  else ms_sb_printf(b, "%zu %s: ", n, y ? "yields" : "awaits");
  for (size_t k = 0; k < n; k++) {
    size_t s = ms_co_finding_await(co, f, k);
    char sp[160];
    ms_rep_short_span(ms_co_await_span(co, s), sp, sizeof sp);
    ms_sb_puts(b, k ? ", " : "");
    if (!*sp) { /* no span printed (the 2026 printer, a layout rebuilt from the body) */
      rep_code(b, co->states[s].name, md);
      continue;
    }
    rep_code(b, sp, md);
    ms_sb_puts(b, " (");
    rep_code(b, co->states[s].name, md);
    ms_sb_puts(b, ")");
  }
}

/* The first line of an advice finding: what it is about. */
static void advice_head(const ms_crate *c, const ms_coroutine *co, size_t f, bool md, ms_sbuf *b) {
  long l = ms_co_finding_saved(co, f);
  if (l < 0 || (size_t)l >= co->nsaved) return;
  const co_saved *sv = &co->saved[l];
  char ty[512], sp[160];
  type_for_people(c, co, (size_t)l, ty, sizeof ty);
  ms_rep_short_span(sv->span, sp, sizeof sp);
  if (ms_co_finding_class_of(co, f) == MS_FINDING_PASSTHROUGH) {
    ms_sb_puts(b, "only awaits ");
    rep_code(b, ty, md);
    ms_sb_puts(b, ", built from its arguments or constants, and returns its output: ");
    advice_awaits(co, f, md, b);
    return;
  }
  if (*sv->name) rep_code(b, sv->name, md);
  else ms_sb_puts(b, "a temporary"); /* held-across-await of an unnamed temporary */
  ms_sb_puts(b, " (");
  rep_code(b, ty, md);
  char big[160];
  ms_sb_printf(b, ", %s", ms_advice_big_text(co, f, md, big, sizeof big));
  if (*sp) {
    ms_sb_puts(b, md ? ", declared at " : ", ");
    rep_code(b, sp, md);
  }
  ms_sb_puts(b, "), held across ");
  advice_awaits(co, f, md, b);
}

void ms_rep_write_advice(FILE *o, const ms_crate *c, const ms_coroutine *co, size_t f, bool md,
                         const char *indent) {
  char line[2048];
  ms_sbuf b;
  ms_sb_init(&b, line, sizeof line);
  advice_head(c, co, f, md, &b);
  fprintf(o, md ? "%s- **%s**: " : "%s%s: ", indent, ms_co_finding_class(co, f));
  ms_write_safe(o, line, b.len);
  fputc('\n', o);
  ms_hold_reason why = ms_co_finding_why(co, f);
  char wbuf[256];
  if (why != MS_HOLD_NONE)
    fprintf(o, md ? "%s  - why (`%s`): %s\n" : "%s    why: %s: %s\n", indent, ms_hold_reason_name(why),
            ms_advice_why_text_for(co, why, wbuf, sizeof wbuf));
  ms_sb_init(&b, line, sizeof line);
  advice_after(co, f, md, &b);
  long code = ms_co_finding_code_bytes(co, f);
  if (code >= 0)
    ms_sb_printf(&b, ", %s%ld%s of code", /* exact, unless inlined code was taken out */
                 co->code_exact >= 0 && !(co->code_inlined > 0) ? "" : "~", code, md ? " bytes" : " B");
  fprintf(o, md ? "%s  - advice (`%s`): %s: %s\n" : "%s    advice: %s: %s: %s\n", indent,
          ms_co_finding_advice(co, f), ms_advice_fix_text_for(co, ms_co_finding_fix(co, f)),
          line);
}

bool ms_rep_is_advice(ms_finding_class cls) {
  return cls == MS_FINDING_HELD_ACROSS_AWAIT || cls == MS_FINDING_PASSTHROUGH;
}

/* ------------------------------------------------------------------ text */

#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"
#define C_RED "\033[31m"
#define C_YEL "\033[33m"
#define C_CYAN "\033[36m"
#define C_OFF "\033[0m"

/* The largest saved local as `name: type (N B) span` (an awaitee of unknown size: `(size
 * unknown, ≥N B)`), fitted to `w` columns (0: no limit): the span goes first, then the
 * unknown size is written `(≥N B)`, then the type is elided. */
static void largest_text(const ms_crate *c, const ms_coroutine *co, size_t w, char *out, size_t cap) {
  ms_sbuf b;
  ms_sb_init(&b, out, cap);
  long big = largest_saved(c, co);
  if (big < 0) {
    ms_sb_puts(&b, co->nsaved ? "(sizes unknown)" : "—");
    return;
  }
  const co_saved *sv = &co->saved[big];
  char ty[512], sp[128], tail[64], tyf[512];
  type_for_people(c, co, (size_t)big, ty, sizeof ty);
  ms_rep_short_span(sv->span, sp, sizeof sp);
  const char *name = !strcmp(sv->name, "__awaitee") ? "await" : *sv->name ? sv->name : sv->id;
  bool fut = ms_crate_saved_future(c, co, (size_t)big) != NULL;
  long lower = saved_rank_bytes(c, co, (size_t)big);
  if (sv->bytes >= 0) snprintf(tail, sizeof tail, " (%ld B)", sv->bytes);
  else if (lower >= 0) snprintf(tail, sizeof tail, " (size unknown, ≥%ld B)", lower);
  else snprintf(tail, sizeof tail, " (size unknown)");
  size_t base = ms_rep_width(name) + 2 + ms_rep_width(tail);
  size_t tw = ms_rep_width(ty), spw = *sp ? ms_rep_width(sp) + 1 : 0;
  if (w && base + tw > w && sv->bytes < 0) { /* too long: the bound alone, as the future column */
    if (lower >= 0) snprintf(tail, sizeof tail, " (≥%ld B)", lower);
    else snprintf(tail, sizeof tail, " (? B)");
    base = ms_rep_width(name) + 2 + ms_rep_width(tail);
  }
  bool with_span = !w || base + tw + spw <= w;
  if (w && !with_span && base + tw > w) {
    size_t tw2 = w > base + 4 ? w - base : 4;
    if (fut) { /* a crate future: its path's end says most */
      ms_sbuf tb;
      ms_sb_init(&tb, tyf, sizeof tyf);
      ms_sb_puts(&tb, "…");
      ms_sb_puts(&tb, ty + byte_at_col(ty, tw - (tw2 - 1)));
    } else ms_rep_elide(ty, tw2, tyf, sizeof tyf);
    memcpy(ty, tyf, sizeof ty);
  }
  ms_sb_printf(&b, "%s: %s%s", name, ty, tail);
  if (with_span && *sp) ms_sb_printf(&b, " %s", sp);
}

static const char *kind_short(ms_coroutine_kind kind) {
  switch (kind) {
  case MS_KIND_ASYNC_FN: return "fn";
  case MS_KIND_ASYNC_BLOCK: return "block";
  case MS_KIND_ASYNC_CLOSURE: return "closure";
  case MS_KIND_GEN_BLOCK: return "gen";
  case MS_KIND_ASYNC_GEN_BLOCK: return "async gen";
  default: return "coroutine";
  }
}

/* How many instances of a generic body the build has, by its type sizes or its nm symbols
 * (each figure of its row is the largest instance's: a trial read 640 B of one instance's
 * future beside 724 B of the other's code); 1 for any other body. */
static size_t instance_count(const ms_coroutine *co) {
  size_t n = co->ninstances, k = ms_co_code_instances(co, NULL);
  return n > k ? n : k > 1 ? k : 1;
}

/* The kind column: `fn`, or `fn ×2` for a generic body of two instances; `by-move` for an
 * async closure's by-move body, `not built` when nm shows it was not (in no total). */
static void kind_cell(const ms_coroutine *co, char *out, size_t cap) {
  size_t n = instance_count(co);
  if (co->not_built) snprintf(out, cap, "not built");
  else if (co->by_ref_twin) snprintf(out, cap, "by-move");
  else if (n > 1) snprintf(out, cap, "%s ×%zu", kind_short(co->kind), n);
  else snprintf(out, cap, "%s", kind_short(co->kind));
}

/* ---- the rows' names and crates: no two rows read the same */

/* The crate of a coroutine's dump: the dump file name's crate prefix (up to its first '.'),
 * `<stdin>` for standard input. */
static const char *crate_of(ms_arena *a, const ms_coroutine *co) {
  size_t n = ms_co_crate(co, NULL, 0);
  char *out = ms_arena_alloc(a, n + 1);
  ms_co_crate(co, out, n + 1);
  return out;
}

/* What a row calls a coroutine: its unique name (ms_co_name) without the directory part or
 * number it may carry (the crate column tells rows apart), shortened by ms_rep_short_path. */
static const char *row_name(ms_arena *a, const ms_coroutine *co) {
  const char *base = co->by_item && co->item && *co->item ? co->item : co->def_path;
  char typed[2048];
  if (base == co->def_path) base = impl_typed(co, base, typed, sizeof typed);
  size_t cap = strlen(base) + 256; /* shortening never lengthens; a block's location may */
  char *out = ms_arena_alloc(a, cap);
  ms_rep_short_path(base, co->kind, out, cap);
  name_block(co, out, cap);
  name_impl_fn(co, out, cap);
  return out;
}

typedef struct {
  const char *name, *crate;
  size_t idx; /* in the crate */
} row_label;

static int label_cmp(const void *a, const void *b) {
  const row_label *x = a, *y = b;
  int r = strcmp(x->name, y->name);
  if (!r) r = strcmp(x->crate, y->crate);
  return r ? r : (x->idx > y->idx) - (x->idx < y->idx);
}

/* The end of the run of labels that read like v[i]. */
static size_t label_run(const row_label *v, size_t n, size_t i) {
  size_t j = i + 1;
  while (j < n && !strcmp(v[j].name, v[i].name) && !strcmp(v[j].crate, v[i].crate)) j++;
  return j;
}

/* Rows v[i..j) read the same: each crate cell gets the part of its directory that tells it
 * from the others' (ms_dir_labels: `drops [drops-panic-abort]`), where there is one. */
static void label_dirs(ms_arena *a, const ms_crate *c, row_label *v, size_t i, size_t j) {
  ms_coroutine **cs = c->coroutines.items;
  size_t m = j - i;
  const char **files = ms_xmalloc(m * sizeof *files);
  char **labels = ms_xmalloc(m * sizeof *labels);
  for (size_t q = 0; q < m; q++) files[q] = cs[v[i + q].idx]->file ? cs[v[i + q].idx]->file : "";
  ms_dir_labels(files, m, labels);
  for (size_t q = 0; q < m; q++) {
    if (!labels[q]) continue; /* all one directory: numbered */
    size_t cl = strlen(v[i + q].crate) + strlen(labels[q]) + 4;
    char *cell = ms_arena_alloc(a, cl);
    snprintf(cell, cl, "%s [%s]", v[i + q].crate, labels[q]);
    v[i + q].crate = cell;
    free(labels[q]);
  }
  free(files);
  free(labels);
}

static void unique_labels(const ms_crate *c, ms_arena *a, row_label *v, size_t n);

/*
 * The name and crate cell of every coroutine (by crate index), such that no two coroutines
 * read the same: where name and crate agree, the crate cell gets the directory part that
 * tells them apart, then `#N` in crate order.
 */
static void row_labels(const ms_crate *c, ms_arena *a, const char **names, const char **crates) {
  ms_coroutine **cs = c->coroutines.items;
  size_t n = c->coroutines.len;
  row_label *v = ms_xmalloc((n ? n : 1) * sizeof *v);
  for (size_t i = 0; i < n; i++) v[i] = (row_label){row_name(a, cs[i]), crate_of(a, cs[i]), i};
  unique_labels(c, a, v, n);
  for (size_t i = 0; i < n; i++) {
    names[v[i].idx] = v[i].name;
    crates[v[i].idx] = v[i].crate;
  }
  free(v);
}

/* Labels v[0..n) (idx: a coroutine of each) made to read differently: the directory part
 * that tells equal ones apart, then `#N` in the order of idx; v ends sorted by label. */
static void unique_labels(const ms_crate *c, ms_arena *a, row_label *v, size_t n) {
  qsort(v, n, sizeof *v, label_cmp);
  for (size_t i = 0, j; i < n; i = j)
    if ((j = label_run(v, n, i)) > i + 1) label_dirs(a, c, v, i, j);
  qsort(v, n, sizeof *v, label_cmp);
  for (size_t i = 0, j; i < n; i = j) {
    if ((j = label_run(v, n, i)) == i + 1) continue;
    for (size_t k = i; k < j; k++) { /* in crate order within the run */
      size_t cl = strlen(v[k].crate) + 24;
      char *cell = ms_arena_alloc(a, cl);
      snprintf(cell, cl, "%s #%zu", v[k].crate, k - i + 1);
      v[k].crate = cell;
    }
  }
  qsort(v, n, sizeof *v, label_cmp);
}

/* A group's key: crate and dump directory. */
static bool same_build(const ms_coroutine *a, const ms_coroutine *b, const char *ca, const char *cb) {
  return !strcmp(ca, cb) && ms_co_same_dir(a, b);
}

/* Add coroutine co's figures to group g; `inside`: its code is in an awaiter's nm size. */
static void group_add(ms_rep_group *g, const ms_coroutine *co, bool inside) {
  g->coroutines++;
  long code = ms_co_code_bytes_all(co, NULL);
  if (code > 0 && !inside) g->code_bytes += code;
  if (code > 0 && inside) g->code_inside += code, g->inside++;
  /* a coroutine nm has no code of was not built; one inlined into an executor's instance
   * (a host, docs/code-size.md) was */
  bool in_nm = co->code_exact >= 0 || inside || co->code_in_host;
  g->in_nm += in_nm;
  if (co->size >= 0) g->future_bytes += co->size;
  g->unreachable += ms_rep_count_findings(co, MS_FINDING_UNREACHABLE_STATE);
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    ms_whatif_total one;
    ms_co_whatif(co, (ms_whatif_kind)k, &one);
    ms_whatif_add(&g->w[k], &one);
    if (in_nm && one.code_bytes > 0) g->nm_code[k] += one.code_bytes;
  }
}

size_t ms_rep_groups(const ms_crate *c, const size_t *sel, size_t n, ms_arena *a, ms_rep_group **out) {
  ms_coroutine **cs = c->coroutines.items;
  row_label *v = ms_xmalloc((n + 1) * sizeof *v), *keys = ms_xmalloc((n + 1) * sizeof *keys);
  size_t *of = ms_xmalloc((n + 1) * sizeof *of), ng = 0;
  for (size_t i = 0; i < n; i++) { /* keys[g]: the crate and first coroutine of build g */
    const char *cr = crate_of(a, cs[sel[i]]);
    size_t g = 0;
    while (g < ng && !same_build(cs[keys[g].idx], cs[sel[i]], keys[g].crate, cr)) g++;
    if (g == ng) keys[ng++] = (row_label){"", cr, sel[i]};
    of[i] = g;
  }
  memcpy(v, keys, ng * sizeof *v);
  unique_labels(c, a, v, ng);
  ms_rep_group *gs = ms_arena_alloc(a, (ng + 1) * sizeof *gs);
  size_t *rank = ms_xmalloc((ng + 1) * sizeof *rank); /* key order -> label order */
  for (size_t g = 0; g < ng; g++) {
    memset(&gs[g], 0, sizeof gs[g]);
    for (int k = 0; k < MS_WHATIF_COUNT; k++) ms_whatif_zero((ms_whatif_kind)k, &gs[g].w[k]);
    gs[g].label = v[g].crate;
    for (size_t h = 0; h < ng; h++)
      if (keys[h].idx == v[g].idx) rank[h] = g;
  }
  /* an awaitee inlined into an awaiter nm sized is code of that awaiter's: counted once
   * (docs/code-size.md, "Inlined awaitees"), when both are reported */
  size_t nc = c->coroutines.len, *mark = ms_xcalloc(nc + 1, sizeof *mark);
  bool *selected = ms_xcalloc(nc + 1, sizeof *selected), *inside = ms_xcalloc(nc + 1, sizeof *inside);
  const ms_coroutine **in = ms_xcalloc(nc + 1, sizeof *in);
  for (size_t i = 0; i < n; i++) selected[sel[i]] = true;
  for (size_t i = 0; i < n; i++) {
    if (cs[sel[i]]->code_exact < 0) continue;
    for (size_t k = ms_co_inlined_awaitees(c, cs[sel[i]], mark, i + 1, in); k--;)
      if (selected[in[k]->pos]) inside[in[k]->pos] = true;
  }
  for (size_t i = 0; i < n; i++) group_add(&gs[rank[of[i]]], cs[sel[i]], inside[sel[i]]);
  free(mark);
  free(selected);
  free(inside);
  free(in);
  free(v);
  free(keys);
  free(of);
  free(rank);
  *out = gs;
  return ng;
}

/* Where the last segment of a `::` path that is not a `{closure#N}`-like one starts in s. */
static const char *last_named_segment(const char *s) {
  const char *named = s;
  for (const char *p = strstr(s, "::"); p; p = strstr(p + 2, "::"))
    if (p[2] && p[2] != '{') named = p + 2;
  return named;
}

/*
 * A name shortened to w columns, keeping its end: `transaction::…::cancel_query` (the first
 * segment and whole last segments) where that fits, else `…::cancel_query`, else the last
 * w - 1 columns.  Whole segments are only kept when they include a named one.  Without
 * `with_first`, the first segment gives its room to more of the end.  Whole segments that
 * would leave a third of the room empty give way to the last w - 1 columns.
 */
/* How names are shortened (elide_start): the first segment, `…` and whole last segments
 * (`transaction::…::cancel_query`); `…` and whole last segments; `…` and the end. */
enum { ELIDE_WITH_FIRST, ELIDE_SEGMENTS, ELIDE_TAIL };

static void elide_start(const char *s, size_t w, int mode, char *out, size_t cap) {
  ms_sbuf b;
  size_t n;
  bool with_first = mode == ELIDE_WITH_FIRST;
  if (copy_if_fits(&b, out, cap, s, w, &n)) return;
  if (mode == ELIDE_TAIL) { /* the end, whatever its segments (`…ction<'_>::cancel_query<T>`) */
    ms_sb_puts(&b, "…");
    ms_sb_puts(&b, s + byte_at_col(s, n - (w - 1)));
    return;
  }
  const char *named = last_named_segment(s), *first = strstr(s, "::");
  size_t head = first && with_first ? n - ms_rep_width(first) + 3 : 0; /* "first::…" */
  for (int pass = head ? 0 : 1; pass < 2; pass++) { /* with the first segment, then without */
    size_t room = pass ? w - 1 : w > head + 1 ? w - head - 1 : 0; /* for "::" + segments */
    const char *tail = room ? s + byte_at_col(s, n - room) : NULL;
    const char *seg = tail ? strstr(tail, "::") : NULL;
    bool keeps_named = seg && (seg + 2 <= named || (!pass && named < first));
    size_t used = (pass ? 1 : head + 1) + (seg ? ms_rep_width(seg) : 0);
    if (keeps_named && (pass || seg > first) && 3 * used >= 2 * w) {
      if (!pass) ms_sb_putn(&b, s, (size_t)(first - s) + 2);
      ms_sb_puts(&b, "…");
      ms_sb_puts(&b, seg);
      return;
    }
  }
  ms_sb_puts(&b, "…");
  ms_sb_puts(&b, s + byte_at_col(s, n - (w - 1)));
}

/* s as a terminal may show it (ms_write_safe), in the arena; one_line: a tab or a line
 * break (a crate named by a file name that holds one) as `\xNN` too, so that a table row
 * stays one row. */
static const char *safe_text_as(ms_arena *a, const char *s, bool one_line) {
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  if (!m) ms_internal_error("open_memstream");
  for (const char *p = s; *p;) {
    size_t run = one_line ? strcspn(p, "\t\n") : strlen(p);
    ms_write_safe(m, p, run);
    p += run;
    if (*p) fprintf(m, "\\x%02x", (unsigned char)*p++);
  }
  fclose(m);
  const char *r = ms_arena_strndup(a, buf, len);
  free(buf);
  return r;
}

static const char *safe_text(ms_arena *a, const char *s) { return safe_text_as(a, s, false); }

/* ---- the table */

enum { COL_RANK, COL_NAME, COL_CRATE, COL_KIND, COL_FUT, COL_STATES, COL_AWAITS, COL_CODE, COL_RED,
       COL_BIG, NCOL };

static const char *const HEAD[NCOL] = {"#", "coroutine", "crate", "kind", "future", "states",
                                       "awaits", "code", "redundant", "largest saved local"};

typedef struct {
  const char *cell[NCOL];
} text_row;

/* The text report's table while it is built: rows of cells (in the arena), column widths. */
typedef struct {
  const ms_crate *c;
  FILE *o;
  bool col;    /* ANSI colours */
  bool yields; /* a listed coroutine yields: the legend says what `2y` is */
  bool generic; /* a listed coroutine has several instances: the legend says what `×2` is */
  bool by_move; /* a listed async closure's by-move body: the legend says what `by-move` is */
  size_t *order, n, listed; /* the selection ranked: n coroutines, the first `listed` rows */
  text_row *rows;
  size_t w[NCOL];
  bool narrow; /* two lines a row: crate and largest saved local on the second (table_fit) */
  int name_mode; /* how names are shortened (ELIDE_*, unique_name_width) */
  const char **names, **crates; /* every coroutine's (row_labels) */
  ms_arena arena;
} text_table;

static const char *arena_printf(ms_arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static const char *arena_printf(ms_arena *a, const char *fmt, ...) {
  char tmp[64];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  return ms_arena_strdup(a, tmp);
}

/* Cells of every listed row and the columns' natural widths (the largest local comes later). */
static void table_cells(text_table *tt) {
  ms_coroutine **cs = tt->c->coroutines.items;
  ms_arena *a = &tt->arena;
  size_t n = tt->c->coroutines.len;
  tt->names = ms_xcalloc(n ? n : 1, sizeof *tt->names);
  tt->crates = ms_xcalloc(n ? n : 1, sizeof *tt->crates);
  row_labels(tt->c, a, tt->names, tt->crates);
  for (size_t k = 0; k < NCOL; k++) tt->w[k] = ms_rep_width(HEAD[k]);
  for (size_t r = 0; r < tt->listed; r++) {
    const ms_coroutine *co = cs[tt->order[r]];
    const char **cell = tt->rows[r].cell;
    char fb[32], code[32];
    ms_rep_future_bytes(co, fb, sizeof fb);
    ms_rep_code_cell(co, code, sizeof code);
    cell[COL_RANK] = arena_printf(a, "%zu", r + 1);
    cell[COL_NAME] = safe_text_as(a, tt->names[tt->order[r]], true);
    cell[COL_CRATE] = safe_text_as(a, tt->crates[tt->order[r]], true);
    char kind[48];
    kind_cell(co, kind, sizeof kind);
    cell[COL_KIND] = ms_arena_strdup(a, kind);
    tt->generic |= instance_count(co) > 1;
    tt->by_move |= co->by_ref_twin != NULL || co->not_built;
    cell[COL_FUT] = ms_arena_strdup(a, fb);
    cell[COL_STATES] = arena_printf(a, "%zu", co->nstates);
    char aw[48];
    ms_rep_awaits_cell(co, aw, sizeof aw);
    cell[COL_AWAITS] = ms_arena_strdup(a, aw);
    tt->yields |= ms_rep_suspends(co, MS_SUSPEND_YIELD) > 0;
    cell[COL_CODE] = ms_arena_strdup(a, code);
    cell[COL_RED] = arena_printf(a, "%ld", co->code_redundant > 0 ? co->code_redundant : 0);
    cell[COL_BIG] = "";
    for (size_t k = 0; k < NCOL; k++)
      if (ms_rep_width(cell[k]) > tt->w[k]) tt->w[k] = ms_rep_width(cell[k]);
  }
}

static int cmp_str(const void *x, const void *y) {
  return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Whether the listed rows' (name shortened to w, crate) pairs all differ. */
static bool names_apart(const text_table *tt, size_t w, int mode, char **keys) {
  size_t n = tt->listed;
  for (size_t r = 0; r < n; r++) {
    char el[1024];
    elide_start(tt->rows[r].cell[COL_NAME], w, mode, el, sizeof el);
    size_t kl = strlen(el) + strlen(tt->rows[r].cell[COL_CRATE]) + 2;
    free(keys[r]);
    keys[r] = ms_xmalloc(kl);
    snprintf(keys[r], kl, "%s\x01%s", el, tt->rows[r].cell[COL_CRATE]);
  }
  qsort(keys, n, sizeof *keys, cmp_str);
  for (size_t r = 1; r < n; r++)
    if (!strcmp(keys[r - 1], keys[r])) return false;
  return true;
}

/* The narrowest name column from `w` up that keeps the listed rows' (name, crate) pairs
 * apart once names are shortened (elide_start: with their first segment, else without it,
 * else by their end alone: tt->name_mode); the widest name when none does. */
static size_t unique_name_width(text_table *tt, size_t w) {
  size_t n = tt->listed, widest = 0;
  for (size_t r = 0; r < n; r++)
    if (ms_rep_width(tt->rows[r].cell[COL_NAME]) > widest) widest = ms_rep_width(tt->rows[r].cell[COL_NAME]);
  tt->name_mode = ELIDE_WITH_FIRST;
  if (n < 2 || w >= widest) return w;
  char **keys = ms_xcalloc(n, sizeof *keys);
  for (bool apart = false; w < widest && !apart; w += !apart)
    for (int mode = ELIDE_WITH_FIRST; mode <= ELIDE_TAIL && !apart; mode++)
      if ((apart = names_apart(tt, w, mode, keys))) tt->name_mode = mode;
  for (size_t r = 0; r < n; r++) free(keys[r]);
  free(keys);
  return w;
}

/*
 * Fit the width (0: no limit, nothing is shortened).  On one line a row gives the largest
 * saved local up to 24 columns, the name what is left (at least 16), then the largest saved
 * local the rest (at least 12).  Names never shorten into two rows reading alike (same name
 * and crate): the name column widens instead.  When a row would then not fit, rows take two
 * lines (`narrow`): the name gets the first line's room, crate and largest saved local the
 * second's.
 */
static void table_fit(text_table *tt, size_t width) {
  ms_coroutine **cs = tt->c->coroutines.items;
  size_t fixed = 2, big_nat = ms_rep_width(HEAD[COL_BIG]);
  for (size_t k = 0; k < NCOL; k++)
    if (k != COL_NAME && k != COL_BIG) fixed += tt->w[k] + 2;
  for (size_t r = 0; r < tt->listed; r++) {
    char tmp[1024];
    largest_text(tt->c, cs[tt->order[r]], 0, tmp, sizeof tmp);
    if (ms_rep_width(tmp) > big_nat) big_nat = ms_rep_width(tmp);
  }
  size_t bw = 0; /* no limit */
  tt->narrow = false;
  if (width) {
    size_t avail = width > fixed + 2 ? width - fixed - 2 : 0; /* for name + 2 + big */
    size_t big_want = big_nat < 24 ? big_nat : 24;
    size_t nw = avail > big_want ? avail - big_want : 0;
    if (nw < 16) nw = 16;
    if (nw < tt->w[COL_NAME]) tt->w[COL_NAME] = unique_name_width(tt, nw);
    bw = avail > tt->w[COL_NAME] ? avail - tt->w[COL_NAME] : 0;
    if (bw < 12) {
      bw = 12;
      if (fixed + tt->w[COL_NAME] + 2 + bw > width) tt->narrow = true;
    }
  }
  if (width && !tt->narrow) { /* a largest saved local that cannot be cut to bw */
    for (size_t r = 0; r < tt->listed && !tt->narrow; r++) {
      char tmp[1024];
      largest_text(tt->c, cs[tt->order[r]], bw, tmp, sizeof tmp);
      tt->narrow = fixed + tt->w[COL_NAME] + 2 + ms_rep_width(tmp) > width;
    }
  }
  if (tt->narrow) { /* line 1: all but crate and largest; line 2: those two, indented */
    size_t w1 = 2;
    for (size_t k = 0; k < NCOL; k++)
      if (k != COL_NAME && k != COL_CRATE && k != COL_BIG) w1 += tt->w[k] + 2;
    size_t name_nat = 0;
    for (size_t r = 0; r < tt->listed; r++)
      if (ms_rep_width(tt->rows[r].cell[COL_NAME]) > name_nat) name_nat = ms_rep_width(tt->rows[r].cell[COL_NAME]);
    size_t nw = width > w1 + 16 ? width - w1 : 16;
    tt->w[COL_NAME] = nw < name_nat ? unique_name_width(tt, nw) : name_nat;
    size_t indent = 2 + tt->w[COL_RANK] + 2;
    bw = width > indent + 24 ? width - indent : 24;
  }
  tt->w[COL_BIG] = ms_rep_width(HEAD[COL_BIG]);
  for (size_t r = 0; r < tt->listed; r++) {
    char tmp[1024];
    size_t room = bw;
    if (tt->narrow) { /* "crate · " goes first */
      size_t cw = ms_rep_width(tt->rows[r].cell[COL_CRATE]) + 3;
      room = bw > cw + 12 ? bw - cw : 12;
    }
    largest_text(tt->c, cs[tt->order[r]], room, tmp, sizeof tmp);
    tt->rows[r].cell[COL_BIG] = safe_text(&tt->arena, tmp);
    if (ms_rep_width(tmp) > tt->w[COL_BIG]) tt->w[COL_BIG] = ms_rep_width(tmp);
  }
}

/* Whether column k is on a row's first line. */
static bool on_line1(const text_table *tt, size_t k) {
  return !tt->narrow || (k != COL_CRATE && k != COL_BIG);
}

static void table_write(const text_table *tt) {
  static const int RIGHT[NCOL] = {1, 0, 0, 0, 1, 1, 1, 1, 1, 0};
  FILE *o = tt->o;
  bool col = tt->col;
  ms_coroutine **cs = tt->c->coroutines.items;
  char full[2048];
  size_t last = tt->narrow ? COL_RED : NCOL - 1, indent = 2 + tt->w[COL_RANK] + 2;
  fputs("  ", o);
  if (col) fputs(C_BOLD, o);
  for (size_t k = 0; k <= last; k++) {
    if (!on_line1(tt, k)) continue;
    if (k == last && !RIGHT[k]) fputs(HEAD[k], o);
    else {
      ms_rep_pad(o, HEAD[k], tt->w[k], RIGHT[k]);
      if (k != last) fputs("  ", o);
    }
  }
  if (tt->narrow) fprintf(o, "\n%*s%s · %s", (int)indent, "", HEAD[COL_CRATE], HEAD[COL_BIG]);
  if (col) fputs(C_OFF, o);
  fputc('\n', o);
  for (size_t r = 0; r < tt->listed; r++) {
    const ms_coroutine *co = cs[tt->order[r]];
    fputs("  ", o);
    for (size_t k = 0; k <= last; k++) {
      if (!on_line1(tt, k)) continue;
      if (k == COL_NAME) elide_start(tt->rows[r].cell[k], tt->w[k], tt->name_mode, full, sizeof full);
      else ms_rep_elide(tt->rows[r].cell[k], tt->w[k], full, sizeof full);
      const char *on = "";
      if (col && k == COL_NAME) on = C_CYAN;
      else if (col && k == COL_FUT && co->size_source != MS_SIZE_PRINT_TYPE_SIZES) on = C_DIM;
      else if (col && k == COL_RED && co->code_redundant > 0) on = C_YEL;
      fputs(on, o);
      if (k == last && !RIGHT[k]) fputs(full, o);
      else {
        ms_rep_pad(o, full, tt->w[k], RIGHT[k]);
        if (*on) fputs(C_OFF, o);
        if (k != last) fputs("  ", o);
      }
      if (k == last && !RIGHT[k] && *on) fputs(C_OFF, o);
    }
    if (tt->narrow)
      fprintf(o, "\n%*s%s · %s", (int)indent, "", tt->rows[r].cell[COL_CRATE], tt->rows[r].cell[COL_BIG]);
    fputc('\n', o);
  }
}

static void text_totals(FILE *o, const ms_rep_totals *t, bool col, size_t errors,
                        size_t dropped) {
  fprintf(o, "\n%stotals%s\n", col ? C_BOLD : "", col ? C_OFF : "");
  if (errors || dropped) /* what follows covers what could be read and modelled */
    fprintf(o, "  %sinput not read whole%s: %zu error%s (syntax, unreadable), %zu resume bod%s "
               "not modelled (the messages on stderr; mirscope check shows where)\n",
            col ? C_YEL : "", col ? C_OFF : "", errors, plural((long)errors), dropped,
            dropped == 1 ? "y" : "ies");
  fprintf(o, "  poison states cost ~%s%ld%s byte%s of code across %zu future%s "
             "(what -Zasync-panic would remove)\n",
          col ? C_YEL : "", t->redundant, col ? C_OFF : "", plural(t->redundant), t->poison_futures,
          plural((long)t->poison_futures));
  size_t futures = t->no_await - t->no_yield_iter - t->no_yield_coroutine;
  fprintf(o, "  %zu %s no await (a plain fn would do)\n", futures,
          futures == 1 ? "future has" : "futures have");
  if (t->no_yield_iter)
    fprintf(o, "  %zu %s no yield (a plain iterator would do)\n", t->no_yield_iter,
            t->no_yield_iter == 1 ? "iterator has" : "iterators have");
  if (t->no_yield_coroutine)
    fprintf(o, "  %zu %s no yield (a plain closure would do)\n", t->no_yield_coroutine,
            t->no_yield_coroutine == 1 ? "coroutine has" : "coroutines have");
  fprintf(o, "  %zu duplicate suspend %s (states that could share one)\n", t->dup,
          t->dup == 1 ? "point" : "points");
  fprintf(o, "  %zu upvar %s (argument stored twice, rust-lang/rust#62958)", t->copies,
          t->copies == 1 ? "copy" : "copies");
  if (t->copy_bytes) /* their sizes added up; what the futures would shrink by is the what-if's */
    fprintf(o, ", %ld byte%s copied", t->copy_bytes, plural(t->copy_bytes));
  fputc('\n', o);
  if (t->unreachable)
    fprintf(o, "  %zu unreachable state%s\n", t->unreachable, plural((long)t->unreachable));
  fprintf(o, "  sizes: %zu exact, %zu computed, %zu lower bound%s, %zu unknown\n", t->exact,
          t->computed, t->lower, plural((long)t->lower), t->unknown);
  if (!t->exact && (t->lower || t->unknown)) /* a trial's 272-byte future read "≥2 B" */
    fputs("  none exact: without -Zprint-type-sizes (-t FILE, or its output beside the dumps) "
          "types of your own have no size, and a local of one held across an await gets no "
          "finding\n", o);
  if (t->rebuilt)
    fprintf(o, "  %zu layout%s rebuilt from the body, as the dump prints none (as --emit=mir does): "
               "%zu of their sizes are lower bounds for that reason; their code is modelled from "
               "the final MIR, which the model was not fitted on: expect it low, the error band "
               "above does not apply (docs/mir-format.md)\n",
            t->rebuilt, plural((long)t->rebuilt), t->rebuilt_lower);
  if (t->final_printed)
    fprintf(o, "  %zu bod%s the final MIR (-Zdump-mir=PreCodegen), not coroutine_resume: %s code "
               "is modelled from MIR the model was not fitted on: expect it low, the error band "
               "above does not apply (docs/mir-format.md)\n",
            t->final_printed, t->final_printed == 1 ? "y is" : "ies are",
            t->final_printed == 1 ? "its" : "their");
}

static void text_chains(const ms_crate *c, FILE *o, bool col, const ms_report_options *opt) {
  chain_t chains[5];
  size_t n;
  size_t *by_size = ranked(c, MS_SORT_SIZE, opt, &n);
  size_t nch = top_chains(c, by_size, n, chains, 5);
  free(by_size);
  if (!nch) return;
  fprintf(o, "\n%slargest awaitee chains%s (a future holding another's future as its largest local; last, the innermost's largest local)\n",
          col ? C_BOLD : "", col ? C_OFF : "");
  for (size_t k = 0; k < nch; k++) {
    fputs("  ", o);
    write_chain(o, &chains[k], false);
    fputc('\n', o);
  }
}

/* Findings in your code: the advice findings of the listed rows, in rank order, then how many
 * the rows not listed have. */
static void text_advice(const text_table *tt) {
  FILE *o = tt->o;
  ms_coroutine **cs = tt->c->coroutines.items;
  size_t shown = 0, more = 0;
  for (size_t r = 0; r < tt->n; r++) {
    const ms_coroutine *co = cs[tt->order[r]];
    bool named = false;
    for (size_t f = 0; f < co->findings.len; f++) {
      if (!ms_rep_is_advice(ms_co_finding_class_of(co, f))) continue;
      if (r >= tt->listed) {
        more++;
        continue;
      }
      if (!shown++)
        fprintf(o, "\n%sfindings in your code%s (what to change: docs/model.md, \"Advice\")\n",
                tt->col ? C_BOLD : "", tt->col ? C_OFF : "");
      if (!named) {
        fprintf(o, "  %s%s%s (%s)\n", tt->col ? C_CYAN : "", tt->rows[r].cell[COL_NAME],
                tt->col ? C_OFF : "", tt->rows[r].cell[COL_CRATE]);
        named = true;
      }
      ms_rep_write_advice(o, tt->c, co, f, false, "    ");
    }
  }
  if (!shown && more) /* none in the rows listed is not none: say where they are */
    fprintf(o, "\n%sfindings in your code%s: none in the %zu coroutine%s listed; %zu in the "
               "coroutines not listed (all: --top 0)\n",
            tt->col ? C_BOLD : "", tt->col ? C_OFF : "", tt->listed, tt->listed == 1 ? "" : "s", more);
  else if (!shown)
    fprintf(o, "\n%sfindings in your code%s: none (no big local held across an await, no passthrough)\n",
            tt->col ? C_BOLD : "", tt->col ? C_OFF : "");
  else if (more)
    fprintf(o, "  … %zu more in the coroutines not listed (all: --top 0)\n", more);
}

/* ---- what if, and what is said once per crate (text and Markdown) */

/* All groups in one: the totals of the report's coroutines. */
/* v's outer futures before and after each change about futures. */
static void whatif_outer(ms_rep_whatif *v, const ms_crate *c, const size_t *sel, size_t n) {
  ms_coroutine **cs = c->coroutines.items;
  size_t all = c->coroutines.len;
  const ms_coroutine **w = ms_xcalloc(n + 1, sizeof *w);
  bool *root = ms_xcalloc(n + 1, sizeof *root);
  for (size_t i = 0; i < n; i++) w[i] = cs[sel[i]];
  v->nouter = outer_roots(c, w, n, root);
  long *after = ms_xcalloc(all + 1, sizeof *after);
  unsigned char *exact = ms_xcalloc(all + 1, 1), *approx = ms_xcalloc(all + 1, 1);
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    v->outer_before[k] = v->outer_after[k] = -1;
    v->outer_unknown[k] = 0;
    v->outer_approx[k] = false;
    if (v->all.w[k].future_bytes < 0) continue; /* not about futures */
    ms_whatif_deep_after(c, (ms_whatif_kind)k, after, exact, approx);
    v->outer_before[k] = v->outer_after[k] = 0;
    for (size_t i = 0; i < n; i++) {
      if (!root[i]) continue;
      long a = after[sel[i]];
      if (a < 0 || w[i]->size < 0) {
        v->outer_unknown[k]++;
        continue;
      }
      v->outer_before[k] += w[i]->size;
      v->outer_after[k] += a;
      v->outer_approx[k] |= approx[sel[i]] != 0;
    }
  }
  free(after);
  free(exact);
  free(approx);
  free(root);
  free(w);
}

void ms_rep_whatif_init(ms_rep_whatif *v, const ms_crate *c, const size_t *sel_all, size_t n_all) {
  ms_arena_init(&v->arena);
  size_t n, *sel = ms_rep_counted(c, sel_all, n_all, &n);
  v->ng = ms_rep_groups(c, sel, n, &v->arena, &v->gs);
  v->all = ms_rep_groups_sum(v->gs, v->ng);
  v->nm = ms_whatif_symbol_bytes(c, sel, n);
  whatif_outer(v, c, sel, n);
  free(sel);
}

ms_rep_group ms_rep_groups_sum(const ms_rep_group *gs, size_t ng) {
  ms_rep_group all;
  memset(&all, 0, sizeof all);
  for (int k = 0; k < MS_WHATIF_COUNT; k++) ms_whatif_zero((ms_whatif_kind)k, &all.w[k]);
  for (size_t g = 0; g < ng; g++) {
    all.coroutines += gs[g].coroutines;
    all.unreachable += gs[g].unreachable;
    all.code_bytes += gs[g].code_bytes;
    all.code_inside += gs[g].code_inside;
    all.inside += gs[g].inside;
    all.in_nm += gs[g].in_nm;
    for (int k = 0; k < MS_WHATIF_COUNT; k++) all.nm_code[k] += gs[g].nm_code[k];
    all.future_bytes += gs[g].future_bytes;
    for (int k = 0; k < MS_WHATIF_COUNT; k++) ms_whatif_add(&all.w[k], &gs[g].w[k]);
  }
  return all;
}

/* The compiler-side findings of a crate in words: "7 poison arms in 4 futures (91 B of code);
 * ..."; "none". */
static void group_words(const ms_rep_group *g, bool md, char *out, size_t cap) {
  ms_sbuf sb, *b = &sb;
  ms_sb_init(b, out, cap);
  const ms_whatif_total *w = g->w;
  const char *B = md ? " bytes" : " B";
  size_t start = b->len;
  if (w[MS_WHATIF_ASYNC_PANIC].findings) {
    const ms_whatif_total *ap = &w[MS_WHATIF_ASYNC_PANIC];
    ms_sb_printf(b, "%zu poison arm%s", ap->findings, plural((long)ap->findings));
    if (ap->copies > ap->findings) /* LLVM copies an inlined future into each awaiter */
      ms_sb_printf(b, " (%zu counting the copies of inlined futures and generic instances)", ap->copies);
    ms_sb_printf(b, " in %zu future%s (%ld%s of code)", ap->coroutines, plural((long)ap->coroutines),
                 ap->code_bytes, B);
  }
  if (w[MS_WHATIF_MERGE_SUSPENDS].findings)
    ms_sb_printf(b, "%s%zu duplicate suspend point%s (%ld%s of code)", b->len > start ? "; " : "",
                 w[MS_WHATIF_MERGE_SUSPENDS].findings, plural((long)w[MS_WHATIF_MERGE_SUSPENDS].findings),
                 w[MS_WHATIF_MERGE_SUSPENDS].code_bytes, B);
  if (w[MS_WHATIF_PLAIN_FN].findings)
    ms_sb_printf(b, "%s%zu no-await future%s (%ld%s of code)", b->len > start ? "; " : "",
                 w[MS_WHATIF_PLAIN_FN].findings, plural((long)w[MS_WHATIF_PLAIN_FN].findings),
                 w[MS_WHATIF_PLAIN_FN].code_bytes, B);
  const ms_whatif_total *u = &w[MS_WHATIF_NO_UPVAR_COPY];
  if (u->findings) {
    ms_sb_printf(b, "%s%zu upvar cop%s in %zu future%s (%ld future bytes", b->len > start ? "; " : "",
                 u->findings, u->findings == 1 ? "y" : "ies", u->coroutines, plural((long)u->coroutines),
                 u->future_bytes);
    if (u->future_unknown) ms_sb_printf(b, "; %zu not known", u->future_unknown);
    ms_sb_puts(b, ")");
  }
  if (g->unreachable)
    ms_sb_printf(b, "%s%zu unreachable state%s", b->len > start ? "; " : "", g->unreachable,
                 plural((long)g->unreachable));
  if (b->len == start) ms_sb_puts(b, "none");
}

enum { WHATIF_FIGURES_INDENT = 6 }; /* the figures under their change's title (narrow) */
enum { W_CHANGE, W_FINDINGS, W_CODE, W_CODE_SHARE, W_NM_SHARE, W_FUT, W_FUT_SHARE, NW };
static const char *const WHEAD[NW] = {"change", "findings", "code bytes", "of code", "of nm code",
                                      "future bytes", "of futures"};

/* "12.3 %" of part in whole; "—" when not known. */
static void share_cell(long part, long whole, char *out, size_t cap) {
  double pc = part < 0 || whole <= 0 ? -1 : 100.0 * (double)part / (double)whole;
  if (pc < 0) snprintf(out, cap, "—");
  else snprintf(out, cap, pc > 0 && pc < 1 ? "%.2f %%" : "%.1f %%", pc); /* small shares: not 0.0 */
}

/* The cells of change k's row (the code shares of all: the coroutines' code, nm's). */
static void whatif_cells(const ms_rep_group *all, long nm, int k, bool md, char cell[NW][96]) {
  const ms_whatif_total *w = &all->w[k];
  snprintf(cell[W_CHANGE], 96, "%s", ms_whatif_title((ms_whatif_kind)k));
  if (md && k != MS_WHATIF_YOUR_FIXES && cell[W_CHANGE][0] == '-') { /* the flag as code */
    size_t fl = strcspn(cell[W_CHANGE], ":");
    snprintf(cell[W_CHANGE], 96, "`%.*s`%s", (int)fl, ms_whatif_title((ms_whatif_kind)k),
             ms_whatif_title((ms_whatif_kind)k) + fl);
  }
  snprintf(cell[W_FINDINGS], 96, "%zu", w->findings);
  if (w->code_bytes >= 0) snprintf(cell[W_CODE], 96, "%ld", w->code_bytes);
  else snprintf(cell[W_CODE], 96, "—");
  share_cell(w->code_bytes, all->code_bytes, cell[W_CODE_SHARE], 96);
  /* of nm's code: the change's code in the coroutines nm has (built, out of line or inlined) */
  share_cell(ms_rep_nm_part(all, k), nm, cell[W_NM_SHARE], 96);
  if (w->future_bytes >= 0) snprintf(cell[W_FUT], 96, "%ld", w->future_bytes);
  else snprintf(cell[W_FUT], 96, "—");
  share_cell(w->future_bytes, all->future_bytes, cell[W_FUT_SHARE], 96);
}

/* What the shares are of, what is modelled, what was not counted (one note each). */
static void whatif_notes(const ms_rep_group *all, long nm, bool md, bool lto, ms_sbuf *b,
                         size_t which) {
  if (which == 0) {
    /* link-time optimisation can fold the arms' panic calls into one: a firmware trial's
     * fat-LTO thumbv7em ELF had 4 bytes an arm where 12 are counted (ms_report_options.lto) */
    ms_sb_printf(b, "modelled: none of the compiler changes exists in the toolchains that made "
                    "these dumps, so their figures come from the findings (-Zasync-panic: the "
                    "arms' own code, %s); your fixes: future bytes predicted by laying each "
                    "future out again with all its fixes at once",
                 lto ? "an upper bound under link-time optimisation, which can fold their panic "
                       "calls into one"
                     : "a lower bound: the dispatch around them may shrink too");
    if (all->w[MS_WHATIF_YOUR_FIXES].future_bytes > 0) /* a trial expected the awaiters in it */
      ms_sb_puts(b, " (the futures that await or hold a fixed one shrink too: not in the "
                    "column, in the outer futures' line; a local of a future that shrinks may "
                    "then reach ¼ of it, a new finding)");
  } else if (which == 1) {
    ms_sb_printf(b, "shares of code are of the coroutines' %ld code byte%s (their resume functions",
                 all->code_bytes, plural(all->code_bytes));
    if (all->inside)
      ms_sb_printf(b, "; %zu inlined into an awaiter %s sized, counted in its size, not again",
                   all->inside, md ? "`nm`" : "nm");
    ms_sb_puts(b, ")");
    if (nm >= 0)
      ms_sb_printf(b, "; of nm code, the changes' code in the %zu coroutine%s built in it (a symbol, "
                      "or inlined into one) of the %ld bytes of code symbols %s lists for the "
                      "dumped crates", all->in_nm, plural((long)all->in_nm), nm, md ? "`nm`" : "nm");
    ms_sb_printf(b, "; of futures, of the futures' %ld byte%s", all->future_bytes, plural(all->future_bytes));
  } else {
    size_t any = 0;
    for (int k = 0; k < MS_WHATIF_COUNT; k++) {
      if (!all->w[k].future_unknown) continue;
      ms_sb_printf(b, "%s%zu future%s under %s", any++ ? ", " : "not counted (a lower bound on a side): ",
                   all->w[k].future_unknown, plural((long)all->w[k].future_unknown), ms_whatif_name((ms_whatif_kind)k));
    }
  }
}

/* The outer futures before and after each change about futures, each laid out again with
 * every future it holds inline laid out again too: what the tasks that run them hold (a
 * trial's spawned per-connection task went 5232 -> 1352 B, in no column).  Empty when no
 * change shrinks them. */
static void whatif_outer_line(const ms_rep_whatif *v, bool md, ms_sbuf *b) {
  static const char *const LABEL[MS_WHATIF_COUNT] = {
      [MS_WHATIF_NO_UPVAR_COPY] = "-Zpack-coroutine-layout", [MS_WHATIF_YOUR_FIXES] = "your fixes"};
  (void)md;
  size_t any = 0;
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    long before = v->outer_before[k], after = v->outer_after[k];
    if (before <= 0 || after < 0 || after >= before || !LABEL[k]) continue;
    if (!any++)
      ms_sb_printf(b, "outer futures (the %zu no other holds: what the tasks that run them "
                      "hold), each laid out again with the futures it holds:", v->nouter);
    ms_sb_printf(b, "%s %s %ld → %s%ld bytes (−%ld, −%.1f %%", any > 1 ? ";" : "", LABEL[k], before,
                 v->outer_approx[k] ? "≈" : "", after, before - after,
                 100.0 * (double)(before - after) / (double)before);
    if (v->outer_unknown[k]) ms_sb_printf(b, "; %zu not known after, left out", v->outer_unknown[k]);
    ms_sb_puts(b, ")");
  }
  if (any && (v->outer_approx[MS_WHATIF_NO_UPVAR_COPY] || v->outer_approx[MS_WHATIF_YOUR_FIXES]))
    ms_sb_puts(b, "; ≈: estimated from the table's state sizes where a layout laid out again does "
                  "not reproduce the table");
}

/* The what-if table; on a terminal narrower than its rows (width > 0), each change's title
 * on a line of its own above its figures (the rows were about 123 columns: two trials). */
static void text_whatif(FILE *o, const ms_rep_whatif *v, bool col, size_t width, bool lto) {
  const ms_rep_group *all = &v->all;
  long nm = v->nm;
  char cell[MS_WHATIF_COUNT][NW][96], note[1024];
  size_t w[NW], row = 2, figures = WHATIF_FIGURES_INDENT;
  bool use[NW];
  for (int j = 0; j < NW; j++) {
    w[j] = ms_rep_width(WHEAD[j]);
    use[j] = j != W_NM_SHARE || nm >= 0;
  }
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    whatif_cells(all, nm, k, false, cell[k]);
    for (int j = 0; j < NW; j++)
      if (ms_rep_width(cell[k][j]) > w[j]) w[j] = ms_rep_width(cell[k][j]);
  }
  for (int j = 0; j < NW; j++)
    if (use[j]) {
      row += w[j] + (j > 0 ? 2 : 0);
      figures += j > 0 ? w[j] + (j > 1 ? 2 : 0) : 0;
    }
  bool stacked = width && row > width && figures <= width;
  fprintf(o, "\n%swhat if%s (code and future bytes apart)\n  %s", col ? C_BOLD : "", col ? C_OFF : "",
          col ? C_BOLD : "");
  for (int j = 0; j < NW; j++)
    if (use[j]) {
      if (stacked && j == 1) fprintf(o, "%s\n%*s", WHEAD[0], WHATIF_FIGURES_INDENT, "");
      if (!stacked || j > 0) ms_rep_pad(o, WHEAD[j], w[j], j > 0);
      fputs(j + 1 < NW && (!stacked || j > 0) ? "  " : "", o);
    }
  fprintf(o, "%s\n", col ? C_OFF : "");
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    fputs("  ", o);
    for (int j = 0; j < NW; j++)
      if (use[j]) {
        if (stacked && j == 0) {
          fprintf(o, "%s\n%*s", cell[k][0], WHATIF_FIGURES_INDENT, "");
          continue;
        }
        ms_rep_pad(o, cell[k][j], w[j], j > 0);
        fputs(j + 1 < NW ? "  " : "", o);
      }
    fputc('\n', o);
  }
  ms_sbuf ob;
  ms_sb_init(&ob, note, sizeof note);
  whatif_outer_line(v, false, &ob);
  if (ob.len) fprintf(o, "  %s\n", note);
  for (size_t which = 0; which < 3; which++) {
    ms_sbuf b;
    ms_sb_init(&b, note, sizeof note);
    whatif_notes(all, nm, false, lto, &b, which);
    if (b.len) fprintf(o, "%s  %s%s\n", col ? C_DIM : "", note, col ? C_OFF : "");
  }
}

static void text_groups(FILE *o, const ms_rep_group *gs, size_t ng, bool col) {
  size_t lw = 0;
  for (size_t g = 0; g < ng; g++) {
    size_t w = ms_write_safe(NULL, gs[g].label, strlen(gs[g].label));
    if (w > lw) lw = w;
  }
  fprintf(o, "\n%scompiler-side findings, once per crate%s (not repeated per coroutine)\n",
          col ? C_BOLD : "", col ? C_OFF : "");
  for (size_t g = 0; g < ng; g++) {
    char line[1024];
    group_words(&gs[g], false, line, sizeof line);
    fputs("  ", o);
    for (size_t w = ms_write_safe(o, gs[g].label, strlen(gs[g].label)); w < lw; w++) fputc(' ', o);
    fprintf(o, "  %s\n", line);
  }
}

/* Columns a line takes on a terminal: code points, ANSI colour sequences none. */
static size_t visible_width(const char *s, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\033' && i + 1 < n && s[i + 1] == '[') {
      while (i < n && s[i] != 'm') i++;
      continue;
    }
    w += ((unsigned char)s[i] & 0xc0) != 0x80;
  }
  return w;
}

/* One line written to o in lines of at most `width` columns, broken at spaces.  Prose
 * continues 4 columns in from its indentation; a line with columns (a run of spaces after
 * its indentation: `crate   findings ...`) continues under the text after its last such run,
 * and is written as it is when that leaves too little room (a table's row). */
static void wrap_line(FILE *o, const char *s, size_t n, size_t width) {
  size_t vis = 0, indent = 0, hang = 0; /* hang: the column after the last run of spaces */
  bool lead = true;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\033' && i + 1 < n && s[i + 1] == '[') {
      while (i < n && s[i] != 'm') i++;
      continue;
    }
    if (lead && s[i] == ' ') indent++;
    else lead = false;
    if (!lead && s[i] == ' ' && i + 1 < n && s[i + 1] == ' ') {
      while (i + 1 < n && s[i + 1] == ' ') i++, vis++;
      hang = vis + 2;
    }
    vis += ((unsigned char)s[i] & 0xc0) != 0x80;
  }
  size_t cont = hang ? hang : indent + 4 < width / 2 ? indent + 4 : indent;
  if (vis <= width || width < cont + 30) {
    fwrite(s, 1, n, o);
    return;
  }
  size_t col = 0, at = 0;
  bool first = true;
  while (at < n) {
    size_t start = at; /* the next word with the spaces before it */
    while (at < n && s[at] == ' ') at++;
    while (at < n && s[at] != ' ') at++;
    size_t w = visible_width(s + start, at - start);
    if (!first && col + w > width && col > cont) { /* this word on a new line, its spaces dropped */
      while (start < at && s[start] == ' ') start++;
      fputc('\n', o);
      for (size_t k = 0; k < cont; k++) fputc(' ', o);
      col = cont;
      w = visible_width(s + start, at - start);
    }
    fwrite(s + start, 1, at - start, o);
    col += w;
    first = false;
  }
}

void ms_rep_wrap(FILE *o, const char *buf, size_t len, size_t width) {
  for (size_t i = 0; i < len;) {
    size_t e = i;
    while (e < len && buf[e] != '\n') e++;
    wrap_line(o, buf + i, e - i, width);
    if (e < len) fputc('\n', o);
    i = e + 1;
  }
}

int ms_write_wrapped(FILE *o, const char *text, int width) {
  size_t len = strlen(text);
  if (width <= 0) fwrite(text, 1, len, o);
  else ms_rep_wrap(o, text, len, (size_t)width);
  return ferror(o) ? -1 : 0;
}

static int write_text_body(const ms_crate *c, FILE *o, const ms_report_options *opt);

int ms_crate_write_text(const ms_crate *c, FILE *o, const ms_report_options *opt) {
  if (!c->finished) ms_api_misuse("ms_crate_write_text", "called before ms_crate_finish");
  ms_report_options d = {0};
  if (!opt) opt = &d;
  if (opt->width <= 0) return write_text_body(c, o, opt);
  /* on a terminal: the prose wrapped to its width too, not only the table (two trials) */
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  if (!m) ms_internal_error("open_memstream");
  int rc = write_text_body(c, m, opt);
  fclose(m);
  ms_rep_wrap(o, buf, len, (size_t)opt->width);
  free(buf);
  return rc || fflush(o) != 0 || ferror(o) ? -1 : 0;
}

static int write_text_body(const ms_crate *c, FILE *o, const ms_report_options *opt) {
  text_table tt = {.c = c, .o = o, .col = opt->color != 0};
  tt.order = ranked(c, opt->sort, opt, &tt.n);
  size_t n = tt.n;
  tt.listed = opt->top && opt->top < n ? opt->top : n;
  tt.rows = ms_xcalloc(tt.listed ? tt.listed : 1, sizeof *tt.rows);
  ms_arena_init(&tt.arena);
  ms_rep_totals t = ms_rep_crate_totals(c, tt.order, n);
  static const char *const SORTN[] = {"future size", "redundant code", "code size"};
  const char *by = SORTN[opt->sort <= MS_SORT_CODE ? opt->sort : 0];
  /* a lower bound or an unknown size among them: the total is at least that */
  fprintf(o, "%s%zu coroutine%s%s", tt.col ? C_BOLD : "", n, plural((long)n), tt.col ? C_OFF : "");
  if (t.not_built) /* listed, in no total (a trial counted 27 bodies for 26 in the source) */
    fprintf(o, " (%zu not built, in no total)", t.not_built);
  fprintf(o, ", future%s %s%ld byte%s in total", plural((long)t.n), t.lower || t.unknown ? "≥" : "",
          t.future_bytes, plural(t.future_bytes));
  if (t.outer < t.n) /* awaited futures are inside their awaiters: the total counts them twice */
    fprintf(o, " (%s%ld in the %zu not awaited by another)", t.lower || t.unknown ? "≥" : "",
            t.outer_bytes, t.outer);
  if (tt.listed < n) fprintf(o, "; top %zu by %s", tt.listed, by);
  else fprintf(o, "; ranked by %s", by);
  fputs("\n\n", o);
  table_cells(&tt);
  table_fit(&tt, opt->width > 0 ? (size_t)opt->width : 0);
  table_write(&tt);
  if (tt.listed < n) fprintf(o, "  … %zu more (all: --top 0)\n", n - tt.listed);
  char model[512];
  ms_rep_code_model(c, false, model, sizeof model);
  fprintf(o, "%s  future bytes: exact (-Zprint-type-sizes), ~ computed, ≥ lower bound; "
             "code bytes: exact (nm), ≈ corrected, ~ modelled%s\n%s%s  %s%s\n",
          tt.col ? C_DIM : "", tt.yields ? "; awaits: Ny = N yields" : "",
          tt.generic ? "  kind ×N: a generic body built N times, each figure its largest instance's\n" : "",
          tt.by_move ? "  kind by-move: an async closure's by-move body, built for a call by value "
                       "(AsyncFnOnce); not built: nm shows one body of an async closure was not "
                       "built (the closure is called only by reference, or only by value): in no "
                       "total\n" : "",
          model, tt.col ? C_OFF : "");
  text_advice(&tt);
  ms_rep_whatif v;
  ms_rep_whatif_init(&v, c, tt.order, n);
  text_groups(o, v.gs, v.ng, tt.col);
  text_totals(o, &t, tt.col, opt->input_errors, ms_crate_dropped_count(c));
  text_whatif(o, &v, tt.col, opt->width > 0 ? (size_t)opt->width : 0, opt->lto != 0);
  ms_arena_release(&v.arena);
  text_chains(c, o, tt.col, opt);
  ms_arena_release(&tt.arena);
  free(tt.rows);
  free(tt.order);
  free(tt.names);
  free(tt.crates);
  return fflush(o) != 0 || ferror(o) ? -1 : 0; /* the stream buffered: errors show on flush */
}

/* ------------------------------------------------------------------ markdown */

/* Text in a table cell or code span: `|` escaped, line breaks removed; outside code spans
 * (`html`) `<`, `>` and `&` become entities so GitHub does not take `Recv<u64>` for a tag,
 * and what would be emphasis, a code span or a link (`__b__: __Big__`, `*`, `~`, `` ` ``,
 * `[`, `\`) is backslash-escaped; what a terminal would act on is written as \xNN
 * (ms_write_safe). */
static void md_text_in(FILE *o, const char *s, bool html, bool table);
static void md_text(FILE *o, const char *s, bool html) {
  md_text_in(o, s, html, true);
}

/* The same outside a table (`table` false): `|` is then plain text, also in a code span,
 * where GitHub would show the backslash. */
static void md_text_in(FILE *o, const char *s, bool html, bool table) {
  const char *stops = html ? (table ? "|\n\r<>&*_~`[]\\" : "\n\r<>&*_~`[]\\")
                           : (table ? "|\n\r" : "\n\r");
  for (const char *p = s; *p;) {
    size_t run = strcspn(p, stops);
    ms_write_safe(o, p, run);
    p += run;
    if (!*p) break;
    if (*p == '|') fputs("\\|", o);
    else if (strchr("*_~`[]\\", *p)) fputc('\\', o), fputc(*p, o);
    else if (*p == '<') fputs("&lt;", o);
    else if (*p == '>') fputs("&gt;", o);
    else if (*p == '&') fputs("&amp;", o);
    else fputc(' ', o);
    p++;
  }
}

/* Inline code: backticks, with a longer fence when the text holds one; `|` escaped in a
 * table cell (md_code_cell), as GFM needs even inside code there, and not elsewhere. */
static void md_code_in(FILE *o, const char *s, bool table) {
  bool tick = strchr(s, '`') != NULL;
  fputs(tick ? "`` " : "`", o);
  md_text_in(o, s, false, table);
  fputs(tick ? " ``" : "`", o);
}
static void md_code(FILE *o, const char *s) { md_code_in(o, s, false); }
static void md_code_cell(FILE *o, const char *s) { md_code_in(o, s, true); }

const char *ms_rep_kind_words(ms_coroutine_kind kind) {
  switch (kind) {
  case MS_KIND_ASYNC_FN: return "async fn";
  case MS_KIND_ASYNC_BLOCK: return "async block";
  case MS_KIND_ASYNC_CLOSURE: return "async closure";
  case MS_KIND_GEN_BLOCK: return "gen block";
  case MS_KIND_ASYNC_GEN_BLOCK: return "async gen block";
  default: return "coroutine";
  }
}

/* Is an entry of a coroutine's unknown types a reason for its lower bound rather than a
 * type (the storage conflicts or the whole layout not given)? */
static bool bound_reason(const char *u) {
  return !strcmp(u, MS_NO_CONFLICTS) || !strcmp(u, MS_NO_LAYOUT);
}

const char *ms_rep_size_words(const ms_coroutine *co, bool article) {
  if (co->size < 0) return "unknown";
  switch (co->size_source) {
  case MS_SIZE_PRINT_TYPE_SIZES: return "exact, from -Zprint-type-sizes";
  case MS_SIZE_COMPUTED: return "computed with rustc's layout rules";
  default: break;
  }
  size_t n = ms_co_unknown_type_count(co), types = n;
  bool rebuilt = false;
  for (size_t i = 0; i < n; i++) {
    types -= bound_reason(ms_co_unknown_type(co, i));
    rebuilt |= !strcmp(ms_co_unknown_type(co, i), MS_NO_LAYOUT);
  }
  if (rebuilt)
    return types ? article ? "a lower bound: the dump prints no coroutine layout, and some types "
                             "could not be sized"
                           : "lower bound: the dump prints no coroutine layout, and some types "
                             "could not be sized"
                 : article ? "a lower bound: the dump prints no coroutine layout"
                           : "lower bound: the dump prints no coroutine layout";
  static const char *const WHY[2][3] = {
      {"lower bound: some types could not be sized",
       "lower bound: the dump gives no storage conflicts",
       "lower bound: some types could not be sized, and the dump gives no storage conflicts"},
      {"a lower bound: some types could not be sized",
       "a lower bound: the dump gives no storage conflicts",
       "a lower bound: some types could not be sized, and the dump gives no storage conflicts"}};
  return WHY[article][types == n ? 0 : types ? 2 : 1];
}

static void md_table_head(FILE *o) {
  fputs("| # | coroutine | kind | future bytes | states | awaits | code bytes | redundant bytes "
        "| largest saved local |\n",
        o);
  fputs("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n", o);
}

static void md_table_row(const ms_crate *c, FILE *o, const ms_coroutine *co, size_t rank) {
  char sp[512], fb[32], big[640];
  ms_rep_co_path(co, sp, sizeof sp);
  ms_rep_future_bytes(co, fb, sizeof fb);
  largest_text(c, co, 0, big, sizeof big);
  char code[32];
  ms_rep_code_cell(co, code, sizeof code);
  fprintf(o, "| %zu | ", rank);
  md_code_cell(o, sp);
  char aw[48];
  ms_rep_awaits_cell(co, aw, sizeof aw);
  char kind[48];
  kind_cell(co, kind, sizeof kind);
  fprintf(o, " | %s | %s | %zu | %s | %s", kind, fb, co->nstates, aw, code);
  fprintf(o, " | %ld | ", co->code_redundant > 0 ? co->code_redundant : 0);
  md_text(o, big, true);
  fputs(" |\n", o);
}

/* Short column names for states: Suspend3 -> S3. */
static void state_abbrev(const char *name, char *out, size_t cap) {
  if (!strncmp(name, "Suspend", 7)) snprintf(out, cap, "S%s", name + 7);
  else snprintf(out, cap, "%s", name);
}

static void md_layout(const ms_crate *c, FILE *o, const ms_coroutine *co) {
  if (co->nupvars) {
    fputs("Upvars (stored in every state):\n\n", o);
    for (size_t i = 0; i < co->nupvars; i++) {
      char ty[512];
      ms_rep_short_type(co->upvars[i].type, ty, sizeof ty);
      fputs("- ", o);
      md_code(o, co->upvars[i].name);
      fputs(": ", o);
      md_code(o, ty);
      if (co->upvars[i].bytes >= 0) fprintf(o, " (%ld B)", co->upvars[i].bytes);
      fputc('\n', o);
    }
    fputc('\n', o);
  }
  if (!co->nsaved) {
    fputs("No saved locals: every state holds only the upvars and the discriminant.\n\n", o);
  } else {
    fputs("Saved locals × states (● = held across that suspend point):\n\n", o);
    fputs("| local | name | type | bytes | span |", o);
    for (size_t s = 0; s < co->nstates; s++) {
      char ab[64];
      state_abbrev(co->states[s].name, ab, sizeof ab);
      fprintf(o, " %s |", ab);
    }
    fputs("\n| --- | --- | --- | ---: | --- |", o);
    for (size_t s = 0; s < co->nstates; s++) fputs(" :-: |", o);
    fputc('\n', o);
    for (size_t i = 0; i < co->nsaved; i++) {
      const co_saved *sv = &co->saved[i];
      char ty[512], sp[128];
      type_for_people(c, co, i, ty, sizeof ty);
      ms_rep_short_span(sv->span, sp, sizeof sp);
      fprintf(o, "| %s | ", sv->id);
      if (*sv->name) md_code_cell(o, sv->name);
      fputs(" | ", o);
      md_code_cell(o, ty);
      fputs(" | ", o);
      if (sv->bytes >= 0) fprintf(o, "%ld", sv->bytes);
      else fputs("?", o);
      fputs(" | ", o);
      md_text(o, sp, true);
      fputs(" |", o);
      for (size_t s = 0; s < co->nstates; s++) {
        bool held = false;
        for (size_t j = 0; j < co->states[s].nfields; j++)
          if (co->states[s].fields[j] == i) held = true;
        fputs(held ? " ● |" : "  |", o);
      }
      fputc('\n', o);
    }
    fputs("| | | **state bytes** (with the discriminant) | | |", o);
    for (size_t s = 0; s < co->nstates; s++) {
      if (co->states[s].bytes >= 0) fprintf(o, " %ld |", co->states[s].bytes);
      else fputs(" ? |", o);
    }
    fputs("\n\n", o);
  }
}

static bool is_poison(ms_finding_class cls) {
  return cls == MS_FINDING_POISON_RETURNED || cls == MS_FINDING_POISON_PANICKED ||
         cls == MS_FINDING_POISON_ASYNC_DROP;
}

/* The findings of a section: the poison arms are said once per crate (under What if), the
 * advice findings with their why and advice. */
static void md_findings(const ms_crate *c, FILE *o, const ms_coroutine *co) {
  const co_finding *fs = co->findings.items;
  size_t poison = 0;
  for (size_t f = 0; f < co->findings.len; f++) poison += is_poison(fs[f].cls);
  if (poison == co->findings.len) {
    fputs(poison ? "None but the poison arms (counted once for the crate, under What if).\n\n"
                 : "None.\n\n",
          o);
    return;
  }
  for (size_t f = 0; f < co->findings.len; f++) {
    if (is_poison(fs[f].cls)) continue;
    if (ms_rep_is_advice(fs[f].cls)) {
      ms_rep_write_advice(o, c, co, f, true, "");
      continue;
    }
    fprintf(o, "- **%s**", ms_finding_class_name(fs[f].cls));
    if (fs[f].state >= 0 && (size_t)fs[f].state < co->nstates)
      fprintf(o, " in `%s`", co->states[fs[f].state].name);
    if (fs[f].bytes > 0 && fs[f].cls == MS_FINDING_UPVAR_COPY) {
      fprintf(o, ", %ld byte%s stored twice", fs[f].bytes, plural(fs[f].bytes));
    } else if (fs[f].cls == MS_FINDING_UNREACHABLE_STATE) { /* bytes: the state's size */
      long code = ms_co_finding_code_bytes(co, f), fut = ms_co_finding_future_bytes(co, f);
      if (code >= 0) fprintf(o, ", ~%ld byte%s of code", code, plural(code));
      if (fut >= 0) fprintf(o, ", %ld future byte%s", fut, plural(fut));
    } else if (fs[f].bytes > 0) fprintf(o, ", ~%ld byte%s of code", fs[f].bytes, plural(fs[f].bytes));
    fprintf(o, ": %s\n", fs[f].reason);
  }
  fputc('\n', o);
}

/* ---- paths: relative to the Markdown file, or to --source-root */

/* The directory the Markdown file is in ("." for standard output or a bare name). */
static void md_dir(const ms_report_options *opt, sbuf *b) {
  const char *p = opt->output_path, *slash = p ? strrchr(p, '/') : NULL;
  if (!slash) sb_putc(b, '.');
  else if (slash == p) sb_putc(b, '/');
  else sb_putn(b, p, (size_t)(slash - p));
}

/* Text with the absolute paths after `<impl at ` and `@` (`{async block@/src/x.rs:..}`)
 * made relative to opt->source_root when under it; unchanged without one. */
static void rooted(const ms_report_options *opt, const char *s, sbuf *b) {
  for (const char *p = s; *p;) {
    size_t k = !strncmp(p, "<impl at /", 10) ? 9 : p[0] == '@' && p[1] == '/' ? 1 : 0;
    if (!opt->source_root || !k) {
      sb_putc(b, *p++);
      continue;
    }
    sb_putn(b, p, k);
    p += k;
    size_t n = strcspn(p, ":>}");
    char *path = ms_xstrndup(p, n);
    sb_put_rooted(opt->source_root, path, b);
    free(path);
    p += n;
  }
}

static void md_code_rooted(FILE *o, const ms_report_options *opt, const char *s) {
  sbuf b = {0};
  rooted(opt, s, &b);
  md_code(o, sb_str(&b));
  free(b.p);
}

/* A dump file as the report shows it: relative to opt->source_root when under it. */
static void md_code_file(FILE *o, const ms_report_options *opt, const char *file) {
  sbuf b = {0};
  if (opt->source_root && strcmp(file, "<stdin>")) sb_put_rooted(opt->source_root, file, &b);
  else sb_puts(&b, file);
  md_code(o, sb_str(&b));
  free(b.p);
}

/* ---- state diagrams */

/* What a renderer wrote, in memory (a failing renderer leaves no half block): NULL on
 * failure or when it wrote nothing. */
static char *rendered(ms_dot_fn fn, void *user, const ms_coroutine *co, size_t *len) {
  char *buf = NULL;
  *len = 0;
  if (!fn) return NULL;
  FILE *m = open_memstream(&buf, len);
  if (!m) return NULL;
  int rc = fn(co, m, user);
  fclose(m);
  if (rc == 0 && *len) return buf;
  free(buf);
  return NULL;
}

/* A diagram as a fenced block, safe for a terminal (ms_write_safe); with a source root, its
 * absolute form followed by '/' is taken out wherever it occurs (the dump path in tooltips). */
static void md_fenced(FILE *o, const ms_report_options *opt, const char *lang, const char *buf, size_t len) {
  fprintf(o, "```%s\n", lang);
  sbuf root = {0};
  if (opt->source_root) {
    sb_norm_path np;
    sb_norm_init(&np, opt->source_root);
    for (size_t i = 0; i < np.n; i++) sb_printf(&root, "/%s", np.part[i]);
    sb_putc(&root, '/');
    sb_norm_free(&np);
  }
  for (size_t i = 0, from = 0; i <= len; i++) { /* runs between the root's occurrences */
    bool at_root = i < len && root.len > 1 && len - i >= root.len && !memcmp(buf + i, root.p, root.len);
    if (i < len && !at_root) continue;
    ms_write_safe(o, buf + from, i - from);
    if (at_root) i += root.len - 1;
    from = i + 1;
  }
  free(root.p);
  if (buf[len - 1] != '\n') fputc('\n', o);
  fputs("```\n\n", o);
}

/* `![state diagram](LINK)`: the SVG relative to the Markdown file's directory, with the
 * characters a link destination cannot hold percent-encoded. */
static void md_image(const ms_crate *c, FILE *o, const ms_coroutine *co, size_t idx,
                     const ms_report_options *opt) {
  char slug[256];
  if (opt->svg_stem_under) opt->svg_stem_under(co, opt->source_root, slug, sizeof slug);
  else if (opt->svg_stem) opt->svg_stem(co, slug, sizeof slug);
  else ms_crate_co_slug(c, idx, slug, sizeof slug);
  sbuf dir = {0}, link = {0};
  md_dir(opt, &dir);
  sb_put_relative(sb_str(&dir), opt->svg_dir, &link);
  fputs("![state diagram](", o);
  if (strcmp(sb_str(&link), "."))
    for (const char *p = sb_str(&link); *p; p++) {
      if (strchr(" ()<>%", *p) || (unsigned char)*p < 0x20) fprintf(o, "%%%02X", (unsigned char)*p);
      else fputc(*p, o);
    }
  fprintf(o, "%s%s.svg)\n\n", strcmp(sb_str(&link), ".") ? "/" : "", slug);
  free(dir.p);
  free(link.p);
}

/* Mermaid renders at most this many characters by default (its maxTextSize). */
#define MS_MERMAID_MAX_TEXT 50000

/* The state diagram: an SVG link, the Mermaid block, the DOT source in <details> (left out
 * when !with_dot).  Nothing when no renderer gives a diagram. */
static void md_diagram(const ms_crate *c, FILE *o, const ms_coroutine *co, size_t idx,
                       const ms_report_options *opt, bool with_dot) {
  size_t dl = 0, ml = 0;
  char *dot = rendered(opt->render_dot, opt->render_dot_user, co, &dl);
  char *mer = rendered(opt->render_mermaid, opt->render_mermaid_user, co, &ml);
  if (dot || mer) {
    fputs("### State diagram\n\n", o);
    if (opt->svg_dir) md_image(c, o, co, idx, opt);
    if (mer && ml > MS_MERMAID_MAX_TEXT) /* Mermaid would show an error in its place */
      fprintf(o, "_The Mermaid diagram is left out: %zu bytes, over the %d characters Mermaid "
                 "renders by default._\n\n", ml, MS_MERMAID_MAX_TEXT);
    else if (mer)
      md_fenced(o, opt, "mermaid", mer, ml);
    if (dot && with_dot) {
      fputs("<details><summary>DOT source</summary>\n\n", o);
      md_fenced(o, opt, "dot", dot, dl);
      fputs("</details>\n\n", o);
    }
  }
  free(dot);
  free(mer);
}

static void md_coroutine(const ms_crate *c, FILE *o, const ms_coroutine *co, size_t rank, size_t idx,
                         const ms_report_options *opt, bool with_dot) {
  char fb[32];
  ms_rep_future_bytes(co, fb, sizeof fb);
  fprintf(o, "## %zu. ", rank);
  md_code_rooted(o, opt, ms_co_name(co));
  fputs("\n\n", o);
  if (strcmp(ms_co_name(co), co->def_path)) {
    fputs("- def path as rustc prints it: ", o);
    md_code_rooted(o, opt, co->def_path);
    fputs("\n", o);
  }
  fprintf(o, "- %s, type ", ms_rep_kind_words(co->kind));
  md_code_rooted(o, opt, co->self_type ? co->self_type : "");
  fputs("\n- dump: ", o);
  md_code_file(o, opt, co->file ? co->file : "");
  if (co->pass && *co->pass) fprintf(o, " (line %u, pass `%s`)\n", co->line, co->pass);
  else fprintf(o, " (line %u, no `// MIR for` header)\n", co->line);
  fprintf(o, "- future: **%s byte%s** (%s)", fb, plural(co->size), ms_rep_size_words(co, false));
  if (co->ninstances > 1) {
    fputs("; instances:", o);
    for (size_t i = 0; i < co->ninstances; i++) fprintf(o, "%s %ld", i ? "," : "", co->instances[i]);
  }
  fputc('\n', o);
  /* the types; why the size is a lower bound without them is in the words above */
  size_t listed = 0, types = 0;
  for (size_t i = 0; i < co->nunknown; i++) types += !bound_reason(co->unknown[i]);
  for (size_t i = 0; i < co->nunknown && listed < 5; i++) {
    if (bound_reason(co->unknown[i])) continue;
    char ty[256];
    ms_rep_short_type(co->unknown[i], ty, sizeof ty);
    fputs(listed++ ? ", " : "- types that could not be sized: ", o);
    md_code(o, ty);
  }
  if (types > listed) fprintf(o, " and %zu more", types - listed);
  if (listed) fputc('\n', o);
  size_t awaits = ms_rep_suspends(co, MS_SUSPEND_NONE);
  char code[32];
  ms_code_source src;
  long cb = ms_co_code_bytes(co, &src);
  ms_rep_code_cell(co, code, sizeof code);
  fprintf(o, "- %zu state%s, %zu suspend point%s; code: %s byte%s (%s), of which %ld in poison arms\n",
          co->nstates, plural((long)co->nstates), awaits, plural((long)awaits), code, plural(cb),
          src == MS_CODE_EXACT       ? "exact, from `nm`"
          : src == MS_CODE_CORRECTED ? "corrected: the model's estimate scaled by `nm` sizes of the same build"
                                     : "modelled: the code-size model's estimate",
          co->code_redundant > 0 ? co->code_redundant : 0);
  chain_t ch;
  ch.n = awaitee_chain(c, co, &ch);
  if (ch.n >= 2) {
    fputs("- awaitee chain: ", o);
    write_chain(o, &ch, true);
    fputc('\n', o);
  }
  fputc('\n', o);
  md_diagram(c, o, co, idx, opt, with_dot);
  fputs("### Layout\n\n", o);
  md_layout(c, o, co);
  fputs("### Findings\n\n", o);
  md_findings(c, o, co);
}

/* ---- the whole report */

/* Title, summary and the table's introduction and head. */
/* Findings in your code, one line each (their sections have the whole of them), the first
 * MD_ADVICE_MAX of the report's coroutines in rank order. */
#define MD_ADVICE_MAX 30
static void md_advice_list(const ms_crate *c, FILE *o, const size_t *order, size_t n) {
  ms_coroutine **cs = c->coroutines.items;
  size_t shown = 0, more = 0;
  fputs("Findings in your code (what to change; each listed coroutine's section says why):\n\n", o);
  for (size_t r = 0; r < n; r++) {
    const ms_coroutine *co = cs[order[r]];
    for (size_t f = 0; f < co->findings.len; f++) {
      if (!ms_rep_is_advice(ms_co_finding_class_of(co, f))) continue;
      if (shown == MD_ADVICE_MAX) {
        more++;
        continue;
      }
      char sp[512], after[256];
      ms_rep_co_path(co, sp, sizeof sp);
      ms_sbuf b;
      ms_sb_init(&b, after, sizeof after);
      advice_after(co, f, true, &b);
      long l = ms_co_finding_saved(co, f);
      fputs("- ", o);
      md_code(o, sp);
      fprintf(o, ": **%s**", ms_co_finding_class(co, f));
      if (ms_co_finding_class_of(co, f) == MS_FINDING_HELD_ACROSS_AWAIT && l >= 0) {
        fputs(" ", o);
        if (*co->saved[l].name) md_code(o, co->saved[l].name);
        else fputs("a temporary", o);
      }
      fprintf(o, ", advice `%s`: ", ms_co_finding_advice(co, f));
      ms_write_safe(o, after, b.len);
      fputc('\n', o);
      shown++;
    }
  }
  if (!shown) fputs("- none (no big local held across an await, no passthrough)\n", o);
  if (more) fprintf(o, "- and %zu more (`-f json` has them all)\n", more);
  fputc('\n', o);
}

/* ## What if: the changes' totals, the compiler-side findings once per crate, your findings. */
static void md_whatif(const ms_crate *c, FILE *o, const size_t *order, size_t n, bool lto) {
  ms_rep_whatif v;
  ms_rep_whatif_init(&v, c, order, n);
  const ms_rep_group *gs = v.gs, all = v.all;
  size_t ng = v.ng;
  long nm = v.nm;
  fputs("## What if\n\n| change | findings | code bytes | of the coroutines' code |", o);
  fputs(nm >= 0 ? " of `nm`'s code symbols |" : "", o);
  fputs(" future bytes | of the futures' bytes |\n| --- | ---: | ---: | ---: |", o);
  fputs(nm >= 0 ? " ---: |" : "", o);
  fputs(" ---: | ---: |\n", o);
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    char cell[NW][96];
    whatif_cells(&all, nm, k, true, cell);
    for (int j = 0; j < NW; j++)
      if (j != W_NM_SHARE || nm >= 0) fprintf(o, "| %s ", cell[j]);
    fputs("|\n", o);
  }
  for (size_t which = 0; which < 3; which++) {
    char note[1024];
    ms_sbuf b;
    ms_sb_init(&b, note, sizeof note);
    whatif_notes(&all, nm, true, lto, &b, which);
    if (b.len) fprintf(o, "%s%c%s.", which ? "  " : "\n", toupper((unsigned char)note[0]), note + 1);
  }
  char outer[1024];
  ms_sbuf ob;
  ms_sb_init(&ob, outer, sizeof outer);
  whatif_outer_line(&v, true, &ob);
  if (ob.len) fprintf(o, "\n\n%c%s.", toupper((unsigned char)outer[0]), outer + 1);
  fputs("\n\nCompiler-side findings, once per crate (the sections below leave the poison arms "
        "out):\n\n",
        o);
  for (size_t g = 0; g < ng; g++) {
    char line[1024];
    group_words(&gs[g], true, line, sizeof line);
    fputs("- ", o);
    md_code(o, gs[g].label);
    fprintf(o, ": %s\n", line);
  }
  fputc('\n', o);
  md_advice_list(c, o, order, n);
  ms_arena_release(&v.arena);
}

/* Title, summary, what if and the table's introduction and head. */
static void md_head(const ms_crate *c, FILE *o, const size_t *order, size_t n, size_t listed,
                    const ms_report_options *opt) {
  ms_coroutine **cs = c->coroutines.items;
  ms_rep_totals t = ms_rep_crate_totals(c, order, n);
  fputs("# Async state machine report\n\n", o);
  fputs("## Summary\n\n", o);
  size_t dropped = ms_crate_dropped_count(c);
  if (opt->input_errors || dropped)
    fprintf(o, "- **The input was not read whole**: %zu error%s (syntax, unreadable input), %zu "
               "resume bod%s not modelled; what follows covers the rest (`mirscope check` shows "
               "where)\n",
            opt->input_errors, plural((long)opt->input_errors), dropped, dropped == 1 ? "y" : "ies");
  fprintf(o, "- **%zu** coroutine%s; future%s total **%s%ld byte%s** (sizes: %zu exact from "
             "`-Zprint-type-sizes`, %zu computed, %zu lower bound%s, %zu unknown)\n",
          n, plural((long)n), plural((long)n), t.lower || t.unknown ? "≥" : "", t.future_bytes,
          plural(t.future_bytes), t.exact,
          t.computed, t.lower, plural((long)t.lower), t.unknown);
  if (!t.exact && (t.lower || t.unknown))
    fputs("- none exact: without `-Zprint-type-sizes` (`-t FILE`, or its output beside the dumps) "
          "types of your own have no size, and a local of one held across an await gets no "
          "finding\n", o);
  if (t.outer < n)
    fprintf(o, "- of that, %s%ld byte%s in the %zu future%s no other one awaits (an awaited "
               "future is inside its awaiter's: the total counts it twice)\n",
            t.lower || t.unknown ? "≥" : "", t.outer_bytes, plural(t.outer_bytes), t.outer,
            plural((long)t.outer));
  if (t.rebuilt)
    fprintf(o, "- **%zu** layout%s rebuilt from the body, as the dump prints none (as `--emit=mir` "
               "does): %zu of their sizes are lower bounds for that reason; their code is modelled "
               "from the final MIR, which the model was not fitted on: expect it low, the error "
               "band does not apply\n",
            t.rebuilt, plural((long)t.rebuilt), t.rebuilt_lower);
  if (t.final_printed)
    fprintf(o, "- **%zu** bod%s the final MIR (`-Zdump-mir=PreCodegen`), not `coroutine_resume`: "
               "%s code is modelled from MIR the model was not fitted on: expect it low, the "
               "error band does not apply\n",
            t.final_printed, t.final_printed == 1 ? "y is" : "ies are",
            t.final_printed == 1 ? "its" : "their");
  if (n) {
    const ms_coroutine *top = cs[order[0]];
    char fb[32];
    ms_rep_future_bytes(top, fb, sizeof fb);
    static const char *const WHAT[] = {"largest future", "most redundant code", "most code"};
    fprintf(o, "- %s: ", WHAT[opt->sort <= MS_SORT_CODE ? opt->sort : 0]);
    md_code_rooted(o, opt, ms_co_name(top));
    fprintf(o, " (%s byte%s)\n", fb, plural(top->size));
  }
  fprintf(o, "- poison states cost ~**%ld byte%s** of code across %zu future%s (what "
             "`-Zasync-panic` would remove, rust-lang/compiler-team#1016)\n",
          t.redundant, plural(t.redundant), t.poison_futures, plural((long)t.poison_futures));
  size_t futures = t.no_await - t.no_yield_iter - t.no_yield_coroutine;
  fprintf(o, "- %zu %s no await; ", futures, futures == 1 ? "future has" : "futures have");
  if (t.no_yield_iter)
    fprintf(o, "%zu %s no yield; ", t.no_yield_iter,
            t.no_yield_iter == 1 ? "iterator has" : "iterators have");
  if (t.no_yield_coroutine)
    fprintf(o, "%zu %s no yield; ", t.no_yield_coroutine,
            t.no_yield_coroutine == 1 ? "coroutine has" : "coroutines have");
  fprintf(o, "%zu duplicate suspend %s; %zu upvar %s (rust-lang/rust#62958)", t.dup,
          t.dup == 1 ? "point" : "points", t.copies, t.copies == 1 ? "copy" : "copies");
  if (t.unreachable) fprintf(o, "; %zu unreachable state%s", t.unreachable, plural((long)t.unreachable));
  fputs("\n", o);
  chain_t chains[3];
  size_t nby;
  size_t *by_size = ranked(c, MS_SORT_SIZE, opt, &nby);
  size_t nch = top_chains(c, by_size, nby, chains, 3);
  free(by_size);
  for (size_t k = 0; k < nch; k++) {
    fputs(k ? "  - " : "- largest awaitee chains:\n  - ", o);
    write_chain(o, &chains[k], true);
    fputc('\n', o);
  }
  fputc('\n', o);
  md_whatif(c, o, order, n, opt->lto != 0);
  fputs("## Coroutines\n\n", o);
  if (listed < n) fprintf(o, "Top %zu of %zu.  ", listed, n);
  char model[512];
  ms_rep_code_model(c, true, model, sizeof model);
  bool yields = false, generic = false, by_move = false; /* say what `2y`, `×2`, `by-move` are */
  for (size_t r = 0; r < listed; r++) {
    yields |= ms_rep_suspends(cs[order[r]], MS_SUSPEND_YIELD) > 0;
    generic |= instance_count(cs[order[r]]) > 1;
    by_move |= cs[order[r]]->by_ref_twin != NULL || cs[order[r]]->not_built;
  }
  fprintf(o, "Future bytes: exact from `-Zprint-type-sizes`, `~` computed, `≥` lower bound.  "
             "Code bytes: exact from `nm`, `≈` corrected, `~` modelled; %s.%s%s%s\n\n",
          model, yields ? "  Awaits: `Ny` is N yields." : "",
          generic ? "  Kind `×N`: a generic body built N times, each figure its largest instance's." : "",
          by_move ? "  Kind `by-move`: an async closure's by-move body, built for a call by value "
                    "(`AsyncFnOnce`); `not built`: `nm` shows one body of an async closure was not built (the closure is "
                    "called only by reference, or only by value): "
                    "in no total." : "");
  md_table_head(o);
}

static void md_environment(const ms_crate *c, FILE *o, const ms_report_options *opt) {
  fputs("## Environment\n\n", o);
  if (opt->rustc_version && *opt->rustc_version) {
    const char *v = opt->rustc_version;
    if (strchr(v, '\n') && strchr(v, '\n')[1]) {
      fputs("rustc:\n\n```\n", o);
      fputs(v, o);
      if (v[strlen(v) - 1] != '\n') fputc('\n', o);
      fputs("```\n\n", o);
    } else {
      fputs("- rustc: ", o);
      size_t vl = strcspn(v, "\n");
      fprintf(o, "`%.*s`\n", (int)vl, v);
    }
  } else fputs("- rustc: unknown (give `--rustc-version`, or save `rustc -vV` beside the dumps)\n", o);
  /* the panic strategy, as the dumps show it: it decides whether Panicked arms exist (a
   * trial writing a -Zasync-panic issue found it nowhere in the report) */
  size_t with = 0, poisoned = 0;
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    bool p = false, r = false;
    for (size_t s = 0; s < cs[i]->nstates; s++) {
      p = p || cs[i]->states[s].arm == MS_ARM_POISON_PANICKED;
      r = r || cs[i]->states[s].arm == MS_ARM_POISON_RETURNED;
    }
    with += p;
    poisoned += r || p;
  }
  if (with)
    fprintf(o, "- panic strategy: unwind, as the dumps show it (%zu of %zu coroutine%s %s a "
               "`Panicked` arm)\n", with, c->coroutines.len, plural((long)c->coroutines.len),
            with == 1 ? "has" : "have");
  else if (poisoned)
    fputs("- panic strategy: abort, or nothing unwinds, as the dumps show it (no `Panicked` "
          "arm)\n", o);
  fprintf(o, "- mirscope %s", ms_version());
  if (opt->command_line && *opt->command_line) {
    fputs(", command:\n\n```sh\n", o);
    fputs(opt->command_line, o);
    fputs("\n```\n", o);
  } else fputc('\n', o);
}

/* ---- within a character budget */

/* One piece of the report, rendered in memory. */
typedef struct {
  char *buf;
  size_t len, chars;
} md_piece;

static FILE *piece_open(md_piece *p) {
  p->buf = NULL;
  p->len = p->chars = 0;
  FILE *f = open_memstream(&p->buf, &p->len);
  if (!f) ms_internal_error("open_memstream");
  return f;
}

/* Characters (code points) of UTF-8 text. */
static size_t md_chars(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xc0) != 0x80;
  return n;
}

static void piece_close(md_piece *p, FILE *f) {
  fclose(f);
  p->chars = md_chars(p->buf, p->len);
}

/* What the budget kept: rows and full sections of ranks 1..full, sections without DOT
 * source up to `sections`, rows up to `rows`. */
typedef struct {
  size_t full, sections, rows, listed;
  size_t over; /* characters of the first section left out, without its DOT source */
} md_kept;

/* Whether a section says a compiler-side finding the rest of the report does not: a
 * duplicate suspend point, no await, an upvar copy, an unreachable state (the poison arms are
 * counted per crate under What if; advice findings are listed there too). */
static bool md_section_has_compiler_finding(const ms_coroutine *co) {
  const co_finding *fs = co->findings.items;
  for (size_t f = 0; f < co->findings.len; f++)
    if (!is_poison(fs[f].cls) && !ms_rep_is_advice(fs[f].cls)) return true;
  return false;
}

/* " 4 of those have compiler-side findings ... (coroutines 3, 7 and 12 among them)" for the
 * sections left out (a trial writing a compiler bug report lost them to the budget). */
static void md_left_out_findings(FILE *o, const ms_crate *c, const size_t *order, const md_kept *k) {
  ms_coroutine **cs = c->coroutines.items;
  enum { SHOWN = 5 };
  size_t rank[SHOWN], shown = 0, n = 0;
  for (size_t r = k->sections; r < k->listed; r++)
    if (md_section_has_compiler_finding(cs[order[r]])) {
      if (shown < SHOWN && r < k->rows) rank[shown++] = r + 1; /* ranks with a table row */
      n++;
    }
  if (!n) return;
  fprintf(o, " %zu of those %s compiler-side findings besides poison arms", n, n == 1 ? "has" : "have");
  for (size_t i = 0; i < shown; i++)
    fprintf(o, "%s%zu", i == 0 ? (shown == 1 ? " (coroutine " : " (coroutines ")
                        : i + 1 == shown ? " and " : ", ", rank[i]);
  if (shown) fputs(shown < n ? " among them)" : ")", o);
  fprintf(o, ", named only in %s (`--fn` writes %s);", n == 1 ? "its section" : "their sections",
          n == 1 ? "it" : "one");
}

/* The note on what was left out (empty when nothing was), ending in a blank line. */
static void md_left_out(FILE *o, const ms_crate *c, const size_t *order, const md_kept *k,
                        size_t max_chars, size_t fixed) {
  if (k->full == k->listed && k->sections == k->listed && k->rows == k->listed) return;
  if (fixed > max_chars) /* the summary alone: the report cannot keep to the budget */
    fprintf(o, "> **Over budget:** the summary and the build alone take %zu characters, more "
               "than the %zu asked for (GitHub takes 65,536 in an issue); everything else is left "
               "out: the table %s. `--max-chars 0` writes everything.\n\n", fixed, max_chars,
            k->listed == 1 ? "row and section of coroutine 1" : "rows and sections of every coroutine");
  if (fixed > max_chars) return;
  fprintf(o, "> **Left out** to keep this report within %zu characters (GitHub takes 65,536 "
             "in an issue):", max_chars);
  if (k->sections > k->full + 1)
    fprintf(o, " the DOT sources of the diagrams of coroutines %zu–%zu;", k->full + 1, k->sections);
  else if (k->sections > k->full)
    fprintf(o, " the DOT source of the diagram of coroutine %zu;", k->sections);
  if (k->sections + 1 < k->listed)
    fprintf(o, " the sections of coroutines %zu–%zu;", k->sections + 1, k->listed);
  else if (k->sections < k->listed)
    fprintf(o, " the section of coroutine %zu;", k->listed);
  if (k->sections < k->rows && k->over + fixed > max_chars) /* a huge one stops the rest */
    fprintf(o, " coroutine %zu's section alone takes %zu characters, over the budget, and "
               "sections go in rank order (`--fn` picks others);", k->sections + 1, k->over);
  if (k->rows < k->listed) fprintf(o, " their table rows from %zu on;", k->rows + 1);
  md_left_out_findings(o, c, order, k);
  fputs(" `--max-chars 0` writes everything.\n\n", o);
}

/* Table rows best first while they fit, then the sections of those rows (in full, else
 * without the DOT source; once one goes without, the rest do too): decided on the pieces'
 * characters. */
static md_kept md_fit(const ms_crate *c, const size_t *order, size_t listed, const ms_report_options *opt,
                      size_t fixed, md_piece *rows, md_piece *secs) {
  ms_coroutine **cs = c->coroutines.items;
  md_kept k = {0, 0, 0, listed, 0};
  size_t used = fixed;
  while (k.rows < listed && used + rows[k.rows].chars <= opt->max_chars) used += rows[k.rows++].chars;
  for (size_t r = 0; r < k.rows && k.sections == r; r++) {
    for (int with_dot = k.full == r; with_dot >= 0 && k.sections == r; with_dot--) {
      FILE *f = piece_open(&secs[r]);
      md_coroutine(c, f, cs[order[r]], r + 1, order[r], opt, with_dot);
      piece_close(&secs[r], f);
      if (used + secs[r].chars <= opt->max_chars) {
        used += secs[r].chars;
        k.full += with_dot;
        k.sections = r + 1;
      } else {
        if (!with_dot) k.over = secs[r].chars;
        free(secs[r].buf);
        secs[r].buf = NULL;
      }
    }
  }
  return k;
}

#define MD_NOTE_RESERVE 400 /* characters the note on what was left out may take */

static void md_budget(const ms_crate *c, FILE *o, const size_t *order, size_t n, size_t listed,
                      const ms_report_options *opt) {
  ms_coroutine **cs = c->coroutines.items;
  md_piece head, env;
  md_piece *rows = ms_xcalloc(listed + 1, sizeof *rows), *secs = ms_xcalloc(listed + 1, sizeof *secs);
  FILE *f = piece_open(&head);
  md_head(c, f, order, n, listed, opt);
  piece_close(&head, f);
  f = piece_open(&env); /* the environment and the caller's footer, written last */
  md_environment(c, f, opt);
  piece_close(&env, f);
  if (opt->md_footer) env.chars += md_chars(opt->md_footer, strlen(opt->md_footer));
  for (size_t r = 0; r < listed; r++) {
    f = piece_open(&rows[r]);
    md_table_row(c, f, cs[order[r]], r + 1);
    piece_close(&rows[r], f);
  }
  /* the note's characters are reserved: as many as it takes for what is kept (it names
   * what is left out, so each try keeps less, and says more: a few rounds) */
  size_t reserve = MD_NOTE_RESERVE;
  md_kept k;
  for (;;) {
    k = md_fit(c, order, listed, opt, head.chars + 1 + reserve + env.chars, rows, secs);
    md_piece note;
    f = piece_open(&note);
    md_left_out(f, c, order, &k, opt->max_chars, head.chars + 1 + env.chars);
    piece_close(&note, f);
    free(note.buf);
    if (note.chars <= reserve || reserve >= opt->max_chars) break;
    reserve = note.chars;
    for (size_t r = 0; r < listed; r++) {
      free(secs[r].buf);
      secs[r].buf = NULL;
    }
  }
  fwrite(head.buf, 1, head.len, o);
  for (size_t r = 0; r < k.rows; r++) fwrite(rows[r].buf, 1, rows[r].len, o);
  fputc('\n', o);
  md_left_out(o, c, order, &k, opt->max_chars, head.chars + 1 + env.chars);
  for (size_t r = 0; r < k.sections; r++) fwrite(secs[r].buf, 1, secs[r].len, o);
  fwrite(env.buf, 1, env.len, o);
  if (opt->md_footer) fputs(opt->md_footer, o);
  for (size_t r = 0; r < listed; r++) {
    free(rows[r].buf);
    free(secs[r].buf);
  }
  free(rows);
  free(secs);
  free(head.buf);
  free(env.buf);
}

int ms_crate_write_markdown(const ms_crate *c, FILE *o, const ms_report_options *opt) {
  if (!c->finished) ms_api_misuse("ms_crate_write_markdown", "called before ms_crate_finish");
  ms_report_options d = {0};
  if (!opt) opt = &d;
  ms_coroutine **cs = c->coroutines.items;
  size_t n;
  size_t *order = ranked(c, opt->sort, opt, &n);
  size_t listed = opt->top && opt->top < n ? opt->top : n;
  if (opt->max_chars) {
    md_budget(c, o, order, n, listed, opt);
  } else {
    md_head(c, o, order, n, listed, opt);
    for (size_t r = 0; r < listed; r++) md_table_row(c, o, cs[order[r]], r + 1);
    fputc('\n', o);
    for (size_t r = 0; r < listed; r++) md_coroutine(c, o, cs[order[r]], r + 1, order[r], opt, true);
    md_environment(c, o, opt);
    if (opt->md_footer) fputs(opt->md_footer, o);
  }
  free(order);
  return fflush(o) != 0 || ferror(o) ? -1 : 0; /* the stream buffered: errors show on flush */
}
