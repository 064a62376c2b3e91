/*
 * Text helpers shared by the stages that read type and def-path texts (index, layout,
 * reports): brackets, def paths with impl segments, hashes.  Pure functions of their
 * arguments; nothing here knows the model.
 */
#include "alloc.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t ms_pin_mut_prefix(const char *s) {
  static const char *const forms[] = {"Pin<&mut ", "std::pin::Pin<&mut ", "core::pin::Pin<&mut "};
  for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
    size_t l = strlen(forms[i]);
    if (!strncmp(s, forms[i], l)) return l;
  }
  return 0;
}

const char *ms_shown_file(const char *s, size_t n) {
  const char *r = s, *below_src = NULL;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '/') {
      r = s + i + 1;
      if (i >= 3 && !memcmp(s + i - 3, "src", 3) && (i == 3 || s[i - 4] == '/')) below_src = r;
    }
  return below_src ? below_src : r;
}

const char *ms_last_closure_segment(const char *name, const char **close) {
  const char *seg = NULL;
  for (const char *p = strstr(name, "{closure#"); p; p = strstr(p + 1, "{closure#")) seg = p;
  const char *c = seg ? strchr(seg, '}') : NULL;
  if (!c || (c[1] && c[1] != ' ')) return NULL;
  *close = c;
  return seg;
}

bool ms_block_location(const char *t, char *out, size_t cap) {
  if (cap) *out = 0;
  const char *at = t && t[0] == '{' ? strchr(t, '@') : NULL;
  if (!at || !cap || !memchr(t, ' ', (size_t)(at - t))) return false; /* `{X Y@` only */
  const char *loc = at + 1, *end = strstr(loc, ": ");
  if (!end) end = loc + strcspn(loc, "}");
  const char *colon = memchr(loc, ':', (size_t)(end - loc));
  if (!colon) return false;
  const char *base = ms_shown_file(loc, (size_t)(colon - loc));
  int w = snprintf(out, cap, "%.*s%.*s", (int)(at - t), t + 1, (int)(end - base), base);
  if (w < 0 || (size_t)w >= cap) {
    *out = 0;
    return false;
  }
  return true;
}

size_t ms_type_one_line(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  bool sp = false;
  if (!cap) return 0;
  for (size_t i = 0; i < n && o + 1 < cap; i++) {
    char ch = s[i];
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
      sp = true;
      continue;
    }
    if (sp && o && out[o - 1] != '(' && out[o - 1] != '[' && ch != ')' && ch != ']' &&
        ch != ',' && o + 2 < cap)
      out[o++] = ' ';
    sp = false;
    out[o++] = ch;
  }
  out[o] = 0;
  return o;
}

size_t ms_match_close(const char *s, size_t n, size_t i) {
  int depth = 0;
  for (size_t k = i; k < n; k++) {
    char ch = s[k];
    if (ch == '-' && k + 1 < n && s[k + 1] == '>') { /* `->` closes nothing */
      k++;
      continue;
    }
    if (ch == '(' || ch == '[' || ch == '{' || ch == '<') depth++;
    else if ((ch == ')' || ch == ']' || ch == '}' || ch == '>') && --depth == 0) return k;
  }
  return n;
}

size_t ms_fn_name_hash(const char *s, size_t n) {
  size_t k = n;
  while (k && s[k - 1] != ':') k--;
  return ms_hash_bytes(MS_HASH_INIT, s + k, n - k);
}

bool ms_defpath_eq(const char *a, size_t an, const char *b) {
  size_t bn = strlen(b), i = 0, j = 0;
  while (i < an && j < bn) {
    if (an - i >= 6 && !memcmp(a + i, "{impl#", 6) && bn - j >= 9 && !memcmp(b + j, "<impl at ", 9)) {
      while (i < an && a[i] != '}') i++;
      size_t close = ms_match_close(b, bn, j);
      if (close >= bn) return false;
      i++;
      j = close + 1;
      continue;
    }
    if (a[i] != b[j]) return false;
    i++, j++;
  }
  return i == an && j == bn;
}

/*
 * Every `{impl#N}` (to its first `}`) and `<impl at ...>` (to ms_match_close) token counts as one
 * placeholder, scanning left to right.  When ms_defpath_eq(a, b) holds, the hashes of a and b
 * are equal provided a is not weird: every such token of a is closed and none holds a
 * `{impl#` after its first byte (ms_defpath_eq then walks a and b token by token: a `{impl#N}`
 * against an `<impl at ..>` or an equal `{impl#N}`, else equal bytes, which close an
 * `<impl at ..>` at the same place).
 */
size_t ms_defpath_hash(const char *s, size_t n, bool *weird) {
  size_t h = MS_HASH_INIT;
  bool odd = false;
  for (size_t i = 0; i < n;) {
    size_t end = n; /* the token's last byte, n: no token here */
    bool tok = false;
    if (n - i >= 6 && !memcmp(s + i, "{impl#", 6)) {
      tok = true;
      const char *cb = memchr(s + i, '}', n - i);
      if (cb) end = (size_t)(cb - s);
    } else if (n - i >= 9 && !memcmp(s + i, "<impl at ", 9)) {
      tok = true;
      end = ms_match_close(s, n, i);
    }
    if (!tok || end >= n) {
      if (tok) odd = true; /* not closed */
      h = ms_hash_bytes(h, s + i, 1);
      i++;
      continue;
    }
    for (size_t k = i + 1; k + 6 <= end; k++)
      if (!memcmp(s + k, "{impl#", 6)) odd = true;
    h = ms_hash_bytes(h, "\x01", 1);
    i = end + 1;
  }
  if (weird) *weird = odd;
  return h;
}

/* Just past the `~ ` of the first `DefId(` of s[0..n) (*d: just past `DefId(`), or NULL. */
static const char *defid_tilde(const char *s, size_t n, const char **d) {
  const char *e = s + n;
  *d = NULL;
  for (const char *q = s; q + 6 <= e; q++)
    if (!memcmp(q, "DefId(", 6)) {
      *d = q + 6;
      break;
    }
  const char *tl = *d ? memchr(*d, '~', (size_t)(e - *d)) : NULL;
  if (!tl) return NULL;
  for (tl++; tl < e && *tl == ' '; tl++) {}
  return tl;
}

bool ms_defid_path(const char *s, size_t n, const char **path, size_t *pn, bool *local) {
  const char *e = s + n, *d;
  const char *tl = defid_tilde(s, n, &d);
  *local = d && d < e && d[0] == '0' && d + 1 < e && d[1] == ':';
  if (!tl) return false;
  /* skip `crate[hash]::` */
  const char *q = tl;
  while (q < e && *q != '[' && *q != ':' && *q != ')') q++;
  if (q < e && *q == '[') {
    const char *cb = memchr(q, ']', (size_t)(e - q));
    if (cb && cb + 2 < e && cb[1] == ':' && cb[2] == ':') tl = cb + 3;
  }
  const char *pe = s + ms_match_close(s, n, (size_t)(d - 1 - s));
  while (pe > tl && (pe[-1] == ' ' || pe[-1] == '\n' || pe[-1] == '\t')) pe--;
  if (pe <= tl) return false;
  *path = tl;
  *pn = (size_t)(pe - tl);
  return true;
}

bool ms_defid_crate(const char *s, size_t n, const char **cr, size_t *cn) {
  const char *e = s + n, *d;
  const char *tl = defid_tilde(s, n, &d), *q = tl;
  if (!tl) return false;
  while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
                   (*q >= '0' && *q <= '9') || *q == '_'))
    q++;
  if (q == tl || q >= e || *q != '[') return false;
  *cr = tl;
  *cn = (size_t)(q - tl);
  return true;
}

bool ms_file_same_dir(const char *a, const char *b) {
  a = a ? a : "", b = b ? b : "";
  const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
  size_t la = sa ? (size_t)(sa - a) : 0, lb = sb ? (size_t)(sb - b) : 0;
  return la == lb && !memcmp(a, b, la);
}

/* A directory component: s[0..n); the root of an absolute path is "/" itself. */
typedef struct {
  const char *s;
  size_t n;
} dir_part;

static bool part_is(const dir_part *p, const char *w) {
  return p->n == strlen(w) && !memcmp(p->s, w, p->n);
}

/* The normalised components of file's directory into out (room for one more than file has
 * '/'s); their count. */
static size_t split_dir(const char *file, dir_part *out) {
  const char *end = strrchr(file, '/');
  size_t k = 0;
  if (!end) return 0;
  if (*file == '/') out[k++] = (dir_part){file, 1};
  for (const char *p = file; p < end;) {
    const char *q = memchr(p, '/', (size_t)(end - p));
    if (!q) q = end;
    dir_part c = {p, (size_t)(q - p)};
    p = q + 1;
    if (!c.n || part_is(&c, ".")) continue;
    if (part_is(&c, "..") && k) {
      if (part_is(&out[k - 1], "/")) continue; /* `/..` is `/` */
      if (!part_is(&out[k - 1], "..")) {
        k--;
        continue;
      }
    }
    out[k++] = c;
  }
  return k;
}

static size_t count_char(const char *s, char ch) {
  size_t n = 0;
  for (; *s; s++) n += *s == ch;
  return n;
}

static bool same_parts(const dir_part *a, const dir_part *b) {
  return a->n == b->n && !memcmp(a->s, b->s, a->n);
}

/* Directory q's components [pre, k[q] - suf) joined by '/', malloc'd; "." for none. */
static char *join_parts(const dir_part *p, size_t from, size_t to) {
  size_t len = 2;
  for (size_t i = from; i < to; i++) len += p[i].n + 1;
  char *l = ms_xmalloc(len), *w = l;
  for (size_t i = from; i < to; i++) {
    if (w > l && w[-1] != '/') *w++ = '/';
    memcpy(w, p[i].s, p[i].n);
    w += p[i].n;
  }
  if (w == l) *w++ = '.'; /* the current directory */
  *w = '\0';
  return l;
}

bool ms_dir_labels(const char *const *files, size_t m, char **labels) {
  for (size_t q = 0; q < m; q++) labels[q] = NULL;
  if (m < 2) return true;
  size_t *at = ms_xmalloc(m * sizeof *at), *k = ms_xmalloc(m * sizeof *k), total = 0;
  for (size_t q = 0; q < m; q++) {
    at[q] = total;
    total += count_char(files[q] ? files[q] : "", '/') + 1;
  }
  dir_part *d = ms_xmalloc(total * sizeof *d);
  size_t minc = (size_t)-1, pre = 0, suf = 0;
  bool same_len = true;
  for (size_t q = 0; q < m; q++) {
    k[q] = split_dir(files[q] ? files[q] : "", d + at[q]);
    if (k[q] < minc) minc = k[q];
    same_len = same_len && k[q] == k[0];
  }
  /* component i of directory q, counted from the end when `back` */
#define PART(q, i, back) (&d[at[q] + ((back) ? k[q] - 1 - (i) : (i))])
  for (bool same = true; pre < minc && same; pre += same)
    for (size_t q = 1; q < m && same; q++)
      same = same_parts(PART(q, pre, false), PART(0, pre, false));
  /* all one directory: nothing tells them apart (the caller numbers them) */
  bool differ = !(same_len && pre == minc);
  for (bool same = differ; pre + suf < minc && same; suf += same)
    for (size_t q = 1; q < m && same; q++)
      same = same_parts(PART(q, suf, true), PART(0, suf, true));
#undef PART
  if (differ && minc && pre + suf == minc) { /* the shortest would have nothing of its own */
    if (pre) pre--;
    else suf--;
  }
  for (size_t q = 0; differ && q < m; q++) labels[q] = join_parts(d + at[q], pre, k[q] - suf);
  free(d), free(at), free(k);
  return true;
}

size_t ms_file_crate(const char *file, const char **cr) {
  if (!file) return 0;
  const char *b = strrchr(file, '/');
  b = b ? b + 1 : file;
  const char *dot = strchr(b, '.');
  *cr = b;
  if (!dot) return 0;
  size_t n = (size_t)(dot - b), h = 0;
  /* cargo's `-C extra-filename=-HASH` (`--emit=mir` writes `deps/crate-0123456789abcdef.mir`):
   * a crate name has no `-` */
  while (h < 16 && h + 1 < n && strchr("0123456789abcdef", b[n - 1 - h])) h++;
  if (h == 16 && n > 17 && b[n - 17] == '-') n -= 17;
  return n;
}

size_t ms_file_crate_name(const char *file, char *out, size_t cap) {
  const char *f = file ? file : "", *base;
  size_t n = ms_file_crate(f, &base);
  if (!n && !strchr(base, '.')) n = strlen(base); /* no `.`: the whole base name */
  int w = !strcmp(f, "<stdin>") || !strcmp(f, "-") ? snprintf(out, cap, "<stdin>")
          : n                                       ? snprintf(out, cap, "%.*s", (int)n, base)
                                                    : snprintf(out, cap, "?");
  return w < 0 ? 0 : (size_t)w;
}

const char *ms_kind_noun(ms_coroutine_kind k) {
  switch (k) {
  case MS_KIND_GEN_BLOCK: return "iterator";
  case MS_KIND_ASYNC_GEN_BLOCK: return "async iterator";
  case MS_KIND_COROUTINE: return "coroutine";
  default: return "future";
  }
}

bool ms_kind_yields(ms_coroutine_kind k) { return k == MS_KIND_GEN_BLOCK || k == MS_KIND_COROUTINE; }

bool ms_type_is_async_coroutine(const char *t) {
  static const char *const STARTS[] = {"{async fn body of ", "{async block@", "{async closure body@",
                                       "Coroutine("};
  while (t && (*t == ' ' || *t == '\n')) t++;
  for (size_t i = 0; t && i < sizeof STARTS / sizeof *STARTS; i++)
    if (!strncmp(t, STARTS[i], strlen(STARTS[i]))) return true;
  return false;
}

/* s[0..*n) without the spaces and newlines around it. */
static const char *trimmed(const char *s, size_t *n) {
  size_t m = strlen(s);
  while (m && (*s == ' ' || *s == '\n')) s++, m--;
  while (m && (s[m - 1] == ' ' || s[m - 1] == '\n')) m--;
  *n = m;
  return s;
}

bool ms_type_holds_arg(const char *outer, const char *inner) {
  static const char *const ELSEWHERE[] = {"Box",        "Rc",      "Arc",      "Weak",
                                          "Vec",        "VecDeque", "LinkedList", "BinaryHeap",
                                          "HashMap",    "HashSet", "BTreeMap", "BTreeSet",
                                          "PhantomData", "NonNull"};
  if (!outer || !inner) return false;
  size_t n, m;
  const char *t = trimmed(outer, &n), *w = trimmed(inner, &m);
  size_t i = 0, seg = 0; /* the path, and where its last segment starts */
  while (i < n && (t[i] == '_' || t[i] == ':' || (t[i] >= 'a' && t[i] <= 'z') ||
                   (t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= '0' && t[i] <= '9'))) {
    if (t[i] == ':') seg = i + 1;
    i++;
  }
  if (!m || i == seg || i >= n || t[i] != '<' || ms_match_close(t, n, i) != n - 1) return false;
  for (size_t k = 0; k < sizeof ELSEWHERE / sizeof *ELSEWHERE; k++)
    if (i - seg == strlen(ELSEWHERE[k]) && !memcmp(t + seg, ELSEWHERE[k], i - seg)) return false;
  int depth = 0;
  for (size_t a = i + 1, k = i + 1; k < n; k++) { /* the arguments, split at depth 0 */
    char ch = t[k];
    if (ch == '-' && k + 1 < n && t[k + 1] == '>') { /* `->` closes nothing */
      k++;
      continue;
    }
    if (ch == '(' || ch == '[' || ch == '{' || ch == '<') depth++;
    else if (k < n - 1 && (ch == ')' || ch == ']' || ch == '}' || ch == '>')) depth--;
    else if ((ch == ',' && !depth) || k == n - 1) { /* t[n - 1]: the closing `>` */
      size_t an = k - a;
      const char *p = t + a;
      while (an && (*p == ' ' || *p == '\n')) p++, an--;
      while (an && (p[an - 1] == ' ' || p[an - 1] == '\n')) an--;
      if (an == m && !memcmp(p, w, m)) return true;
      a = k + 1;
    }
  }
  return false;
}

/* The last segment of a path printed with generic arguments (`a::Wrap<F>`, `Wrap::<F>`:
 * `Wrap`), up to `end`: *n its length. */
static const char *last_segment(const char *s, const char *end, size_t *n) {
  const char *seg = s, *p = s;
  int depth = 0;
  const char *stop = NULL; /* where the last segment's name ends */
  for (; p < end; p++) {
    if (*p == '<') {
      if (!depth && !stop) stop = p;
      depth++;
    } else if (*p == '>' && depth && !(p > s && p[-1] == '-')) {
      depth--;
    } else if (!depth && *p == ':' && p + 1 < end && p[1] == ':') {
      if (!stop) stop = p;
      if (p + 2 < end && p[2] != '<') { /* a segment follows, not a turbofish */
        seg = p + 2;
        stop = NULL;
      }
      p++;
    }
  }
  if (!stop) stop = end;
  *n = (size_t)(stop - seg);
  return seg;
}

bool ms_callee_constructs(const char *callee, const char *type) {
  if (!callee || !type) return false;
  size_t cn, tn, ln, pn;
  const char *c = trimmed(callee, &cn), *t = trimmed(type, &tn);
  const char *ts = last_segment(t, t + tn, &tn);
  if (!tn) return false;
  const char *ls = last_segment(c, c + cn, &ln);
  if (ln == tn && !memcmp(ls, ts, tn)) return true; /* `Wrap(..)`, `Timeout::<F>(..)` */
  /* an enum variant: the segment before the last (`Either::<F, T>` of `..::First`) */
  if (ls <= c + 2) return false;
  const char *ps = last_segment(c, ls - 2, &pn);
  return pn == tn && !memcmp(ps, ts, tn);
}

/* A qualified path `<X as a::Tr<A>>::item` in s[0..n): X, the trait's last segment with its
 * generic arguments (`Tr<A>`), and the item; false when s is none. */
typedef struct {
  const char *self, *trait, *item;
  size_t nself, ntrait, nitem;
} qualified;

static bool qualified_path(const char *s, size_t n, qualified *q) {
  if (!n || s[0] != '<') return false;
  size_t close = ms_match_close(s, n, 0), as = 0;
  if (close + 3 >= n || s[close + 1] != ':' || s[close + 2] != ':') return false;
  int depth = 0;
  for (size_t k = 1; k < close && !as; k++) { /* the first ` as ` outside X's brackets */
    char ch = s[k];
    if (ch == '-' && s[k + 1] == '>') k++;
    else if (ch == '(' || ch == '[' || ch == '{' || ch == '<') depth++;
    else if (ch == ')' || ch == ']' || ch == '}' || ch == '>') depth--;
    else if (!depth && close - k >= 4 && !memcmp(s + k, " as ", 4)) as = k;
  }
  if (!as) return false;
  q->self = s + 1;
  q->nself = as - 1;
  q->trait = last_segment(s + as + 4, s + close, &q->ntrait);
  q->ntrait = (size_t)(s + close - q->trait); /* the segment with its generic arguments */
  q->item = s + close + 3;
  q->nitem = n - close - 3;
  return q->nself > 0 && q->ntrait > 0;
}

static bool text_is(const char *s, size_t n, const char *w) { return n == strlen(w) && !memcmp(s, w, n); }

static bool starts(const char *s, size_t n, const char *w) {
  return n >= strlen(w) && !memcmp(s, w, strlen(w));
}

bool ms_type_is_call_once_future(const char *type) {
  size_t n;
  const char *t = type ? trimmed(type, &n) : NULL;
  qualified q;
  return t && qualified_path(t, n, &q) && starts(q.trait, q.ntrait, "AsyncFnOnce<") &&
         text_is(q.item, q.nitem, "CallOnceFuture");
}

bool ms_call_once_future(const char *callee, const char *type) {
  if (!callee || !type || !ms_type_is_call_once_future(type)) return false;
  size_t cn, tn;
  const char *c = trimmed(callee, &cn), *t = trimmed(type, &tn);
  qualified a, b;
  return qualified_path(c, cn, &a) && qualified_path(t, tn, &b) && text_is(a.item, a.nitem, "async_call_once") &&
         a.nself == b.nself && !memcmp(a.self, b.self, a.nself) && a.ntrait == b.ntrait &&
         !memcmp(a.trait, b.trait, a.ntrait);
}
