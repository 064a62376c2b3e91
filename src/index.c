/*
 * The crate's coroutine index: look-ups of coroutines by def path, self type, fn name and
 * normalised def path without a scan of all of them (model -> layout -> index; nothing here
 * calls back into the model or the layout).
 */
#include "index.h"
#include "model.h"
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int hpos_cmp(const void *pa, const void *pb) {
  const ms_co_hpos *a = pa, *b = pb;
  if (a->hash != b->hash) return a->hash < b->hash ? -1 : 1;
  return a->pos < b->pos ? -1 : a->pos > b->pos;
}

enum { MAP_DEF_PATH, MAP_SELF_TYPE, MAP_FN_NAME, MAP_DEFPATH_NORM };

/* The key hash of co in one map; false when co has no key there. */
static bool map_key(const ms_coroutine *co, int map, size_t *h) {
  const char *dp = co->def_path;
  switch (map) {
  case MAP_SELF_TYPE:
    if (!co->self_type) return false;
    *h = ms_hash_bytes(MS_HASH_INIT, co->self_type, strlen(co->self_type));
    return true;
  case MAP_FN_NAME: {
    /* as ms_crate_saved_future's `{async fn body of ..}` scan filters them */
    if (!dp || co->kind != MS_KIND_ASYNC_FN) return false;
    size_t dl = strlen(dp);
    if (dl < 13 || strcmp(dp + dl - 13, "::{closure#0}")) return false;
    *h = ms_fn_name_hash(dp, dl - 13);
    return true;
  }
  default: break;
  }
  if (!dp) return false;
  size_t dl = strlen(dp);
  *h = map == MAP_DEF_PATH ? ms_hash_bytes(MS_HASH_INIT, dp, dl) : ms_defpath_hash(dp, dl, NULL);
  return true;
}

static void map_build(ms_crate *c, ms_co_map *m, int map) {
  ms_coroutine **cs = c->coroutines.items;
  size_t n = c->coroutines.len;
  m->n = 0;
  m->e = ms_arena_alloc(&c->arena, (n + 1) * sizeof *m->e);
  for (size_t i = 0; i < n; i++) {
    size_t h;
    if (map_key(cs[i], map, &h)) m->e[m->n++] = (ms_co_hpos){h, i};
  }
  qsort(m->e, m->n, sizeof *m->e, hpos_cmp);
}

static bool index_current(const ms_crate *c) {
  const ms_co_index *x = &c->index;
  return x->built && x->gen == c->gen && x->items == c->coroutines.items && x->len == c->coroutines.len;
}

void ms_crate_index(ms_crate *c) {
  if (index_current(c)) return;
  ms_co_index *x = &c->index;
  x->built = false;
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) cs[i]->pos = i;
  map_build(c, &x->def_path, MAP_DEF_PATH);
  map_build(c, &x->self_type, MAP_SELF_TYPE);
  map_build(c, &x->fn_name, MAP_FN_NAME);
  map_build(c, &x->defpath, MAP_DEFPATH_NORM);
  x->gen = c->gen;
  x->items = c->coroutines.items;
  x->len = c->coroutines.len;
  x->built = true;
}

const ms_co_index *ms_crate_index_get(const ms_crate *c) { return index_current(c) ? &c->index : NULL; }

ms_co_cands ms_co_find(const ms_crate *c, const ms_co_map *m, size_t hash) {
  if (!m) return (ms_co_cands){NULL, c->coroutines.len, true};
  size_t lo = 0, hi = m->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->e[mid].hash < hash) lo = mid + 1;
    else hi = mid;
  }
  size_t e = lo;
  while (e < m->n && m->e[e].hash == hash) e++;
  return (ms_co_cands){m->e + lo, e - lo, false};
}

size_t ms_crate_co_pos(const ms_crate *c, const ms_coroutine *co) {
  ms_coroutine **cs = c->coroutines.items;
  if (co->pos < c->coroutines.len && cs[co->pos] == co) return co->pos;
  for (size_t i = 0; i < c->coroutines.len; i++)
    if (cs[i] == co) return i;
  return (size_t)-1;
}

/* ---- which of the crate's coroutines a type text stands for */

static bool in_crate(const ms_coroutine *co, const char *cr, size_t cn) {
  const char *f;
  return ms_file_crate(co->file, &f) == cn && !memcmp(f, cr, cn);
}

/* The bodies whose def path is PATH: of crate cr when some are (or, with foreign, only
 * then), else all.  Returns how many were given to fn. */
static size_t refs_by_defid(const ms_crate *c, const char *path, size_t pn, const char *cr,
                            size_t cn, bool foreign, ms_type_ref_fn fn, void *user) {
  ms_coroutine **cs = c->coroutines.items;
  const ms_co_index *ix = ms_crate_index_get(c);
  bool weird = false;
  size_t h = ms_defpath_hash(path, pn, &weird);
  ms_co_cands k = ms_co_find(c, ix && !weird ? &ix->defpath : NULL, h);
  bool ours = false; /* some candidate is of the DefId's crate */
  for (size_t q = 0; q < k.n && cn && !ours; q++) {
    ms_coroutine *co = cs[ms_cands_pos(&k, q)];
    ours = co->def_path && ms_defpath_eq(path, pn, co->def_path) && in_crate(co, cr, cn);
  }
  if (foreign && !ours) return 0;
  size_t found = 0;
  for (size_t q = 0; q < k.n; q++) {
    ms_coroutine *co = cs[ms_cands_pos(&k, q)];
    if (!co->def_path || !ms_defpath_eq(path, pn, co->def_path)) continue;
    if (ours && !in_crate(co, cr, cn)) continue;
    /* the type's `{impl#N}` path is the dump file's spelling of the body's own */
    bool exact = co->item && strlen(co->item) == pn && !memcmp(co->item, path, pn);
    fn(co, exact, user);
    found++;
  }
  return found;
}

/* `Alias(Opaque, .. f::{opaque#0} ..)`: the async fn `f::{closure#0}`. */
static size_t refs_by_opaque(const ms_crate *c, const char *path, size_t pn, ms_type_ref_fn fn, void *user) {
  static const char OP[] = "::{opaque#0}", BODY[] = "::{closure#0}";
  size_t ol = sizeof OP - 1;
  char buf[512];
  if (pn <= ol || memcmp(path + pn - ol, OP, ol) || pn - ol + sizeof BODY > sizeof buf) return 0;
  memcpy(buf, path, pn - ol);
  memcpy(buf + pn - ol, BODY, sizeof BODY);
  ms_coroutine **cs = c->coroutines.items;
  const ms_co_index *ix = ms_crate_index_get(c);
  ms_co_cands k = ms_co_find(c, ix ? &ix->def_path : NULL, ms_hash_bytes(MS_HASH_INIT, buf, strlen(buf)));
  for (size_t q = 0; q < k.n; q++) {
    ms_coroutine *co = cs[ms_cands_pos(&k, q)];
    if (co->def_path && !strcmp(co->def_path, buf) && co->kind == MS_KIND_ASYNC_FN) {
      fn(co, true, user);
      return 1;
    }
  }
  return 0;
}

static size_t refs_by_self_type(const ms_crate *c, const char *t, size_t n, ms_type_ref_fn fn, void *user) {
  ms_coroutine **cs = c->coroutines.items;
  const ms_co_index *ix = ms_crate_index_get(c);
  ms_co_cands k = ms_co_find(c, ix ? &ix->self_type : NULL, ms_hash_bytes(MS_HASH_INIT, t, n));
  size_t found = 0;
  for (size_t q = 0; q < k.n; q++) {
    ms_coroutine *co = cs[ms_cands_pos(&k, q)];
    if (co->self_type && strlen(co->self_type) == n && !memcmp(co->self_type, t, n)) {
      fn(co, true, user);
      found++;
    }
  }
  return found;
}

/* `{async fn body of m::f()}` printed otherwise than the body's own type: the async fns whose
 * fn path ends with the printed name at a segment boundary. */
static void refs_by_fn_name(const ms_crate *c, const char *t, size_t n, ms_type_ref_fn fn, void *user) {
  static const char FN[] = "{async fn body of ";
  if (n < sizeof FN || memcmp(t, FN, sizeof FN - 1)) return;
  const char *name = t + sizeof FN - 1, *e = memchr(name, '(', n - (sizeof FN - 1));
  if (n > sizeof FN + 2 && !memcmp(t + n - 3, "()}", 3)) e = t + n - 3; /* `f<(u8, u16)>()` */
  if (!e) return;
  size_t nl = (size_t)(e - name);
  /* an instance's generic arguments, `generic<[u64; 16]>` as --emit=mir prints the awaitee
   * (a trial's chain stopped there): the fn's name without them (not a leading `<X as Y>`) */
  if (nl && name[nl - 1] == '>') {
    size_t d = 0, k = nl;
    while (k--) {
      if (name[k] == '>') d++;
      else if (name[k] == '<' && !--d) break;
    }
    if (k != (size_t)-1 && k > 0 && name[k - 1] != ':') nl = k;
  }
  ms_coroutine **cs = c->coroutines.items;
  const ms_co_index *ix = ms_crate_index_get(c);
  ms_co_cands cand = ms_co_find(c, ix ? &ix->fn_name : NULL, ms_fn_name_hash(name, nl));
  for (size_t q = 0; q < cand.n; q++) {
    ms_coroutine *co = cs[ms_cands_pos(&cand, q)];
    const char *dp = co->def_path;
    if (!dp || co->kind != MS_KIND_ASYNC_FN) continue;
    size_t dl = strlen(dp);
    if (dl < 13 || strcmp(dp + dl - 13, "::{closure#0}")) continue;
    dl -= 13;
    for (size_t k = 0; k <= nl && k <= dl; k++) {
      size_t tail = nl - k; /* a suffix of the printed name against the def path */
      if (tail > dl) continue;
      if (!memcmp(dp + dl - tail, name + k, tail) && (tail == dl || dp[dl - tail - 1] == ':') &&
          (k == 0 || name[k - 1] == ':')) {
        fn(co, false, user);
        break;
      }
    }
  }
}

ms_type_ref ms_index_type_refs(const ms_crate *c, const char *t, size_t n, bool other_crates,
                               ms_type_ref_fn fn, void *user) {
  while (n && (*t == ' ' || *t == '\n')) t++, n--;
  while (n && (t[n - 1] == ' ' || t[n - 1] == '\n')) n--;
  const char *path;
  size_t pn;
  bool local;
  if (n >= 10 && !memcmp(t, "Coroutine(", 10)) {
    if (!ms_defid_path(t, n, &path, &pn, &local) || (!local && !other_crates)) return MS_TREF_NONE;
    const char *cr = NULL;
    size_t cn = 0;
    if (!ms_defid_crate(t, n, &cr, &cn) && !local) return MS_TREF_NONE;
    size_t found = refs_by_defid(c, path, pn, cr, cn, !local, fn, user);
    return local || found ? MS_TREF_DEFID : MS_TREF_NONE;
  }
  if (n >= 6 && !memcmp(t, "Alias(", 6)) {
    const char *k = t + 6;
    while (k < t + n && *k == ' ') k++;
    if ((size_t)(t + n - k) < 6 || memcmp(k, "Opaque", 6)) return MS_TREF_NONE;
    if (!ms_defid_path(t, n, &path, &pn, &local) || !local) return MS_TREF_NONE;
    return refs_by_opaque(c, path, pn, fn, user) ? MS_TREF_OPAQUE_FN : MS_TREF_NONE;
  }
  if (n && (t[0] == '{' || t[0] == '[')) {
    if (refs_by_self_type(c, t, n, fn, user)) return MS_TREF_SELF_TYPE;
    refs_by_fn_name(c, t, n, fn, user);
    return MS_TREF_FN_NAME;
  }
  return MS_TREF_NONE;
}

/* ------------------------------------------------------------------ awaitee resolution
 * (here, beside the index it reads: the model (inlined awaitees) and the reports use it) */

/* Pick among candidates: the only one, else the only one whose size equals `bytes`. */
typedef struct {
  const ms_coroutine *one, *sized;
  size_t n, nsized;
} pick;

static void pick_add(pick *p, const ms_coroutine *co, long bytes) {
  p->n++;
  p->one = co;
  if (bytes >= 0 && co->size == bytes) {
    p->nsized++;
    p->sized = co;
  }
}

static const ms_coroutine *pick_result(const pick *p) {
  if (p->n == 1) return p->one;
  if (p->nsized == 1) return p->sized;
  return NULL;
}

typedef struct {
  const ms_coroutine *self;
  long bytes;
  pick all, exact;
  pick here, exact_here; /* of them, those dumped in self's directory (one build) */
} saved_pick;

static void saved_ref(ms_coroutine *co, bool exact, void *user) {
  saved_pick *p = user;
  if (co == p->self) return;
  pick_add(&p->all, co, p->bytes);
  if (exact) pick_add(&p->exact, co, p->bytes);
  if (ms_co_same_dir(co, p->self)) {
    pick_add(&p->here, co, p->bytes);
    if (exact) pick_add(&p->exact_here, co, p->bytes);
  }
}

/* The coroutine a type text (n bytes) stands for, among the crate's (ms_index_type_refs):
 * this build's exact match, else any exact one, else the only candidate of this build or of
 * all (of `bytes` when several, -1: no size to tell them apart); never `self`. */
static const ms_coroutine *type_pick(const ms_crate *c, const ms_coroutine *self, const char *t,
                                     size_t n, long bytes) {
  saved_pick p = {self, bytes, {0}, {0}, {0}, {0}};
  ms_type_ref how = ms_index_type_refs(c, t, n, true, saved_ref, &p);
  /* two builds of one crate in one input: the awaitee of this build, when that decides */
  const ms_coroutine *r = NULL;
  if (how == MS_TREF_DEFID && p.exact_here.n) r = pick_result(&p.exact_here);
  if (!r && how == MS_TREF_DEFID && p.exact.n) r = pick_result(&p.exact);
  if (!r && (how != MS_TREF_DEFID || !p.exact.n) && p.here.n) r = pick_result(&p.here);
  if (!r && (how != MS_TREF_DEFID || !p.exact.n)) r = pick_result(&p.all);
  return r;
}

/* The end of a bracketed text starting at t[i] (its opening `(`, `<`, `{` or `[`): just past
 * the matching closer, or n. */
static size_t bracket_end(const char *t, size_t i, size_t n) {
  int depth = 0;
  for (; i < n; i++) {
    char ch = t[i];
    if (ch == '(' || ch == '<' || ch == '{' || ch == '[') depth++;
    else if ((ch == ')' || ch == '}' || ch == ']' || (ch == '>' && !(i && t[i - 1] == '-'))) && --depth == 0)
      return i + 1;
  }
  return n;
}

/* Does the identifier ending at t[e] (exclusive) name a pointer: Box, Arc, Rc, NonNull, Weak? */
static bool pointer_name(const char *t, size_t e) {
  size_t b = e;
  while (b && (isalnum((unsigned char)t[b - 1]) || t[b - 1] == '_')) b--;
  static const char *const P[] = {"Box", "Arc", "Rc", "NonNull", "Weak"};
  for (size_t k = 0; k < sizeof P / sizeof *P; k++)
    if (e - b == strlen(P[k]) && !memcmp(t + b, P[k], e - b)) return true;
  return false;
}

void ms_crate_held_futures_at(const ms_crate *c, const ms_coroutine *self, const char *type,
                              ms_held_at_fn fn, void *user) {
  size_t n = strlen(type), ptr_depth = 0, depth = 0, elem = 0; /* elem: where this element began */
  enum { MAXD = 64 };
  bool ptr[MAXD] = {false}; /* per open bracket: a pointer's (`Box<`, `&Join<`) */
  static const char *const STARTS[] = {"Coroutine(", "{async fn body of ", "{async block@",
                                       "{async closure body@", "{async gen block@",
                                       "{async gen fn body of ", "[async fn body@", "[static generator@"};
  for (size_t i = 0; i < n; i++) {
    char ch = type[i];
    size_t k = 0;
    for (; k < sizeof STARTS / sizeof *STARTS; k++)
      if (!strncmp(type + i, STARTS[k], strlen(STARTS[k]))) break;
    if (k < sizeof STARTS / sizeof *STARTS) {
      size_t e = bracket_end(type, i + strlen(STARTS[k]) - 1, n);
      /* a reference or raw pointer to it: `&`, `&'a mut `, `*const ` begin its element */
      bool behind = ptr_depth || memchr(type + elem, '&', i - elem) || memchr(type + elem, '*', i - elem);
      if (!behind) {
        const ms_coroutine *r = type_pick(c, self, type + i, e - i, -1);
        if (r) fn(r, type + i, e - i, user);
      }
      i = e - 1;
      continue;
    }
    if (ch == ',' || ch == ';') elem = i + 1;
    if (ch == '<' || ch == '(' || ch == '[') {
      /* inside a pointer: `Box<..>`, an element that is a reference (`&Join<..>`), or a
       * bracket already inside one */
      bool p = pointer_name(type, i) || memchr(type + elem, '&', i - elem) ||
               memchr(type + elem, '*', i - elem);
      elem = i + 1;
      if (depth < MAXD) {
        ptr[depth] = p;
        ptr_depth += p;
      }
      depth++;
    } else if ((ch == '>' && !(i && type[i - 1] == '-')) || ch == ')' || ch == ']') {
      if (depth) {
        depth--;
        if (depth < MAXD && ptr[depth]) ptr_depth--;
      }
    }
  }
}

typedef struct {
  ms_held_fn fn;
  void *user;
} held_plain;

static void held_plain_at(const ms_coroutine *held, const char *t, size_t n, void *user) {
  (void)t, (void)n;
  held_plain *p = user;
  p->fn(held, p->user);
}

void ms_crate_held_futures(const ms_crate *c, const ms_coroutine *self, const char *type,
                           ms_held_fn fn, void *user) {
  held_plain p = {fn, user};
  ms_crate_held_futures_at(c, self, type, held_plain_at, &p);
}

/* A type text without its path qualifiers (`a::b::C` is `C`, `<X as m::Tr>::f` is `<X as
 * Tr>::f`), as rustc trims paths in -Zprint-type-sizes: into out (cap bytes), false when it
 * does not fit. */
static bool unqualified(const char *t, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; t[i];) {
    size_t e = i;
    if (!i || !(isalnum((unsigned char)t[i - 1]) || t[i - 1] == '_'))
      while (isalnum((unsigned char)t[e]) || t[e] == '_') e++;
    if (e > i && t[e] == ':' && t[e + 1] == ':' && (isalpha((unsigned char)t[e + 2]) || t[e + 2] == '_')) {
      i = e + 2; /* a qualifier: dropped */
      continue;
    }
    if (e == i) e = i + 1;
    if (o + (e - i) >= cap) return false;
    memcpy(out + o, t + i, e - i);
    o += e - i;
    i = e;
  }
  out[o] = 0;
  return true;
}

/* Is t the name of one of co's -Zprint-type-sizes entries, paths compared without their
 * qualifiers: another crate's table qualifies a path by its crate (`runtime::with_deadline`),
 * rustc trims one that is unique (`async_drop_in_place` for `std::future::..`,
 * `<Conn as AsyncDrop>::drop`). */
static bool names_instance(const ms_coroutine *co, const char *t) {
  char a[1024], b[1024];
  if (!unqualified(t, a, sizeof a)) return false;
  for (size_t k = 0; k < co->ninstance_names; k++)
    if (!strcmp(co->instance_names[k], t) ||
        (unqualified(co->instance_names[k], b, sizeof b) && !strcmp(a, b)))
      return true;
  return false;
}

const ms_coroutine *ms_crate_saved_future(const ms_crate *c, const ms_coroutine *co, size_t saved) {
  if (!co || saved >= co->nsaved) return NULL;
  return ms_crate_saved_future_as(c, co, saved, co->saved[saved].inst_type);
}

bool ms_crate_names_instance(const ms_coroutine *co, const char *t) { return names_instance(co, t); }

const ms_coroutine *ms_crate_saved_future_as(const ms_crate *c, const ms_coroutine *co, size_t saved,
                                             const char *it) {
  if (!co || saved >= co->nsaved) return NULL;
  const co_saved *sv = &co->saved[saved];
  const ms_coroutine *r = type_pick(c, co, sv->type, strlen(sv->type), sv->bytes);
  /* a generic body's local (`F/#0`, `<T/#0 as Tr>::{anon_assoc#0}`): its sized instance's
   * type (layout.c, fill_from_entry), or the one of the instance given */
  if (!r && it) {
    r = type_pick(c, co, it, strlen(it), sv->bytes);
    /* the table prints paths by name: only a coroutine that entry sizes is that future (not
     * the crate's own `connect` for tokio's `TcpStream::connect`) */
    if (r && !names_instance(r, it)) r = NULL;
  }
  return r;
}

static bool ident_char(char ch) { return isalnum((unsigned char)ch) || ch == '_'; }

/* The mentions of word q in t[0..n): *marked counts `q/#N`, *plain q as a type (not a path's
 * tail `m::q`, not `q::..`). */
static void word_mentions(const char *t, size_t n, const char *q, size_t *marked, size_t *plain) {
  size_t qn = strlen(q);
  for (size_t i = 0; qn && i + qn <= n; i++) {
    if (memcmp(t + i, q, qn) || (i && (ident_char(t[i - 1]) || t[i - 1] == ':'))) continue;
    size_t e = i + qn;
    if (e < n && ident_char(t[e])) continue;
    if (e + 2 < n && t[e] == '/' && t[e + 1] == '#' && isdigit((unsigned char)t[e + 2])) {
      if (marked) (*marked)++;
    } else if (!(e < n && (t[e] == ':' || t[e] == '/')) && plain) {
      (*plain)++;
    }
  }
}

/* Is q a generic parameter of co's method: a word of `<..>` after the method's name in the
 * self type (`{async fn body of <B as Svc>::call<U>()}`)? */
static bool method_generic(const ms_coroutine *co, const char *q) {
  const char *st = co->self_type, *as = st ? strstr(st, " as ") : NULL;
  if (!as) return false;
  const char *m = strstr(as, ">::"), *end = m ? strchr(m, '(') : NULL;
  if (!m || !end) return false;
  const char *lt = memchr(m + 3, '<', (size_t)(end - m - 3));
  if (!lt) return false;
  size_t plain = 0;
  word_mentions(lt, (size_t)(end - lt), q, NULL, &plain);
  return plain > 0;
}

ms_self_kind ms_co_self_kind(const ms_coroutine *co, const ms_type_sizes *ts, const char *q) {
  if (!q || !*q) return MS_SELF_UNKNOWN;
  if (!strcmp(q, "Self")) return MS_SELF_PARAM;
  size_t marked = 0, plain = 0;
  for (size_t k = 0; co && k < co->nsaved; k++)
    if (co->saved[k].type) word_mentions(co->saved[k].type, strlen(co->saved[k].type), q, &marked, &plain);
  bool mine = co && method_generic(co, q);
  if (marked && !mine) return MS_SELF_PARAM;
  if (plain && !mine) return MS_SELF_TYPE;
  if (!ts) return MS_SELF_UNKNOWN;
  if (ms_ts_find(ts, q, 0)) return MS_SELF_TYPE;
  static const char FN[] = "{async fn body of <";
  size_t qn = strlen(q);
  ts_type *const *all = ts->types.items;
  for (size_t i = 0; i < ts->types.len; i++) {
    const char *n = all[i]->name;
    if (!strncmp(n, FN, sizeof FN - 1) && !strncmp(n + sizeof FN - 1, q, qn) &&
        !strncmp(n + sizeof FN - 1 + qn, " as ", 4))
      return MS_SELF_TYPE;
  }
  return MS_SELF_UNKNOWN;
}
