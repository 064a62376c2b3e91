/*
 * Code across coroutines, once the crate is finished and sized (ms_crate_finish): each
 * coroutine's nm symbol, the awaitees inlined into it, the build's self-calibration, the
 * host symbols that hold coroutines inlined into them, and which body of an async closure
 * was built.  docs/code-size.md ("Self-calibration", "Inlined awaitees", "Hosts").
 */
#include "model.h"
#include "alloc.h"
#include "index.h"
#include "layout.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ms_co_crate, ms_crate_opt_level (model.c) without calling back into model.c */
static size_t crate_of(const ms_coroutine *co, char *out, size_t cap) {
  return ms_file_crate_name(co->file ? co->file : "", out, cap);
}
static bool at_opt0(const ms_crate *c) { return c->opts.opt_level && !strcmp(c->opts.opt_level, "0"); }

/*
 * Inlined awaitees (docs/code-size.md): once nm sized the build, a future of the crate that
 * a coroutine awaits (a saved local typed as one of the crate's coroutines) and that has no
 * symbol of its own was inlined into it: its code is in the awaiter's nm size.  Not at
 * opt-level 0, where LLVM inlines nothing: there an awaitee without a size was not
 * instantiated in this build, or its symbol was not found.
 */
/* One future to look into: a coroutine and, for a generic body reached through an instance
 * its awaiter's table prints, that instance's name and the types its entry gives its locals. */
typedef struct {
  const ms_coroutine *co;
  char *name;                     /* the instance's printed type, or NULL */
  const char **types;             /* its locals' types in that entry, or NULL: its own */
  const struct ms_type_sizes *ts; /* the table the types are names in */
} inl_node;

typedef struct {
  const ms_crate *c;
  const ms_coroutine *root, *from; /* whose awaitees; the awaiter whose local is scanned */
  const struct ms_type_sizes *ts;  /* the table its printed types are names in */
  size_t *mark, gen, n;
  const ms_coroutine **out;
  inl_node *q; /* the queue, breadth first */
  size_t nq, capq;
} inl_walk;

/* a: a future of w->from, printed `name` (0 bytes: not known) in w->ts */
static void inl_add(inl_walk *w, const ms_coroutine *a, const char *name, size_t nl) {
  if (!a || a->code_exact >= 0 || a == w->root) return;
  char *nm = NULL;
  const char **t = NULL;
  if (nl && a->nsaved && w->ts) { /* its instance, as the table of the awaiter's prints it */
    nm = ms_xmalloc(nl + 1);
    memcpy(nm, name, nl);
    nm[nl] = 0;
    t = ms_xmalloc(a->nsaved * sizeof *t);
    if (!ms_layout_instance_types(a, w->ts, nm, t)) {
      free(t), free(nm);
      t = NULL, nm = NULL;
    }
  }
  bool seen = w->mark[a->pos] == w->gen;
  /* another instance of a body already counted (two `guarded<F>` in one task): its code is
   * counted once, its own futures are looked for too */
  for (size_t i = 0; seen && i < w->nq; i++)
    if (w->q[i].co == a && (!nm || (w->q[i].name && !strcmp(w->q[i].name, nm)))) {
      free(t), free(nm);
      return;
    }
  if (!seen) {
    w->mark[a->pos] = w->gen;
    w->out[w->n++] = a;
  }
  if (w->nq == w->capq) {
    w->capq = w->capq ? 2 * w->capq : 16;
    w->q = ms_xrealloc(w->q, w->capq * sizeof *w->q);
  }
  w->q[w->nq++] = (inl_node){a, nm, t, t ? w->ts : a->ts};
}

/* a future held inline in an awaited wrapper (`Select<F, Timer>`), the mention printed t[0..n) */
static void inl_held(const ms_coroutine *a, const char *t, size_t n, void *user) {
  inl_walk *w = user;
  char nm[1024];
  bool printed = t[0] != 'C'; /* not `Coroutine(DefId(..))`: a table's text */
  if (printed && (t[0] == '{' || t[0] == '[') && t[n] == (t[0] == '{' ? '}' : ']'))
    n++; /* the mention ends at `()`: its closing brace too (t is NUL-terminated) */
  if (printed) {
    if (n >= sizeof nm) return;
    memcpy(nm, t, n);
    nm[n] = 0;
    /* the table prints paths by name: only a coroutine that a table sizes as that type */
    if (!ms_crate_names_instance(a, nm)) return;
  }
  /* the wrapper's poll kept a symbol of its own: the future was inlined there */
  char cr[256], path[1024];
  crate_of(a, cr, sizeof cr);
  int pw = a->def_path ? snprintf(path, sizeof path, "%s::%s", cr, a->def_path) : -1;
  if (pw > 0 && (size_t)pw < sizeof path && ms_symbols_wrapper_poll(a->syms, path)) return;
  inl_add(w, a, t, printed ? n : 0);
}

/*
 * The instance nm sized of a generic body (docs/code-size.md, "Inlined awaitees"): nm names
 * it by its generic arguments (`h::race::<h::edge::{closure#0}>::{closure#0}`), the table by
 * the futures they are (`{async fn body of race<{async fn body of edge()}>()}`).  Both are
 * written in one form: each future the crate has a coroutine for as that coroutine (`@pos`;
 * in the symbol a path ending in a `{..}` segment, its own groups left out, that is
 * `crate::def_path` of one; in the entry a future the coroutine's entries are named), paths
 * without their qualifiers, `::<` as `<`; the symbol without its own `::{closure#N}`.  The
 * entry whose form is the symbol's, and only it, is the instance.
 */

/* The matching `<` of the `>` at t[i], searching back to t[lo]; (size_t)-1 when none. */
static size_t open_angle(const char *t, size_t lo, size_t i) {
  int depth = 0;
  for (size_t j = i + 1; j-- > lo;) {
    if (t[j] == '>' && !(j && t[j - 1] == '-')) depth++;
    else if (t[j] == '<' && --depth == 0) return j;
  }
  return (size_t)-1;
}

/* The end (one past) of the bracket opened at t[i] (`<`, `{`, `[`), n when it is not closed. */
static size_t close_bracket(const char *t, size_t i, size_t n) {
  char o = t[i], e = o == '<' ? '>' : o == '{' ? '}' : ']';
  int depth = 0;
  for (size_t j = i; j < n; j++) {
    if (t[j] == o) depth++;
    else if (t[j] == e && !(e == '>' && j && t[j - 1] == '-') && --depth == 0) return j + 1;
  }
  return n;
}

/* Of the crate's coroutines that ok accepts, the one of co's directory when two builds have
 * it; NULL when none, or not one. */
static const ms_coroutine *one_coroutine(const ms_crate *c, const ms_coroutine *co,
                                         bool (*ok)(const ms_coroutine *, const char *),
                                         const char *arg) {
  const ms_coroutine *r = NULL;
  unsigned n = 0;
  ms_coroutine **all = c->coroutines.items;
  for (int pass = 0; pass < 2 && !n; pass++)
    for (size_t i = 0; i < c->coroutines.len; i++)
      if ((pass || ms_co_same_dir(all[i], co)) && ok(all[i], arg)) r = all[i], n++;
  return n == 1 ? r : NULL;
}

/* Is p (`h::edge::{closure#0}`) the path of a's resume function? */
static bool at_path(const ms_coroutine *a, const char *p) {
  char cr[256];
  if (!a->def_path) return false;
  size_t cl = crate_of(a, cr, sizeof cr);
  return cl && !strncmp(p, cr, cl) && !strncmp(p + cl, "::", 2) && !strcmp(p + cl + 2, a->def_path);
}

/* t[0, n) without path qualifiers and with `::<` as `<`, appended to out at *o. */
static void put_unqualified(char *out, size_t *o, const char *t, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (t[i] == ':' && i + 1 < n && t[i + 1] == ':') {
      if (i + 2 >= n || t[i + 2] != '<') /* a qualifier: its last segment goes */
        while (*o && (isalnum((unsigned char)out[*o - 1]) || out[*o - 1] == '_')) --*o;
      i++;
      continue;
    }
    out[(*o)++] = t[i];
  }
}

/* The one form of nm's name sym of an instance of co's resume function (malloc'd), or NULL
 * when a path in it ends in a `{..}` segment that is no coroutine of the crate (a plain
 * closure, a qualified path's). */
static char *symbol_form(const ms_crate *c, const ms_coroutine *co, const char *sym) {
  size_t n = strlen(sym);
  while (n && sym[n - 1] == '}') { /* its own `::{closure#0}` */
    size_t b = n - 1;
    while (b && sym[b] != '{') b--;
    if (b < 2 || strncmp(sym + b - 2, "::", 2)) return NULL;
    n = b - 2;
  }
  char *out = ms_xmalloc(2 * n + 32), *bare = ms_xmalloc(n + 1);
  size_t o = 0, from = 0;
  bool ok = true;
  for (size_t j = 0; j < n && ok; j++) {
    if (sym[j] != '{') continue;
    size_t z = close_bracket(sym, j, n);
    if (z + 2 < n && !strncmp(sym + z, "::", 2)) { /* not the path's last segment */
      j = z - 1;
      continue;
    }
    /* back to the path's start, over its segments and `::<..>` groups */
    size_t s = j;
    while (ok && s >= 3 && sym[s - 1] == ':' && sym[s - 2] == ':') {
      size_t q = s - 2;
      if (sym[q - 1] == '>') { /* a group, or a qualified path's `<A as T>`: not known */
        size_t m = open_angle(sym, 0, q - 1);
        if (m == (size_t)-1 || m < 3 || strncmp(sym + m - 2, "::", 2)) ok = false;
        else q = m - 2;
      }
      size_t b = q;
      if (ok && sym[q - 1] == '}') {
        int depth = 0;
        while (b > 0) {
          b--;
          if (sym[b] == '}') depth++;
          else if (sym[b] == '{' && --depth == 0) break;
        }
      } else
        while (b > 0 && (isalnum((unsigned char)sym[b - 1]) || sym[b - 1] == '_')) b--;
      if (b == q) ok = false;
      s = b;
    }
    size_t k = 0; /* the path without its groups */
    for (size_t x = s; x < z && ok; x++) {
      if (!strncmp(sym + x, "::<", 3)) x = close_bracket(sym, x + 2, z) - 1;
      else bare[k++] = sym[x];
    }
    bare[k] = 0;
    const ms_coroutine *a = ok ? one_coroutine(c, co, at_path, bare) : NULL;
    if (!a || s < from) {
      ok = false;
      break;
    }
    put_unqualified(out, &o, sym + from, s - from);
    o += (size_t)snprintf(out + o, 32, "@%zu", a->pos);
    from = z;
    j = z - 1;
  }
  put_unqualified(out, &o, sym + from, n - from);
  out[o] = 0;
  free(bare);
  if (!ok) free(out);
  return ok ? out : NULL;
}

/* The one form of co's entry t (`{async fn body of race<{async fn body of edge()}>()}`,
 * malloc'd), or NULL when a future it names is not one coroutine's. */
static char *entry_form(const ms_crate *c, const ms_coroutine *co, const char *t) {
  static const char *const START[] = {"{async fn body of ", "{async block@", "{async closure body@",
                                      "{async gen block@", "{async gen fn body of ",
                                      "[async fn body@", "[static generator@", "{closure@",
                                      "{coroutine@"};
  const char *p = strstr(t, " body of ");
  size_t n = strlen(t);
  if (!p || n < 4 || strcmp(t + n - 3, "()}")) return NULL;
  p += 9, n -= 3 + (size_t)(p - t);
  char *out = ms_xmalloc(2 * n + 32), *m = ms_xmalloc(n + 1);
  size_t o = 0, from = 0;
  bool ok = true;
  for (size_t i = 0; i < n && ok; i++) {
    size_t s = 0;
    while (s < sizeof START / sizeof *START && strncmp(p + i, START[s], strlen(START[s]))) s++;
    if (s == sizeof START / sizeof *START) continue;
    size_t e = close_bracket(p, i, n);
    memcpy(m, p + i, e - i);
    m[e - i] = 0;
    const ms_coroutine *a = one_coroutine(c, co, ms_crate_names_instance, m);
    if (!a) ok = false;
    else {
      put_unqualified(out, &o, p + from, i - from);
      o += (size_t)snprintf(out + o, 32, "@%zu", a->pos);
      from = e;
      i = e - 1;
    }
  }
  put_unqualified(out, &o, p + from, n - from);
  out[o] = 0;
  free(m);
  if (!ok) free(out);
  return ok ? out : NULL;
}

/* The entry (co's instance name) of the instance nm names sym, or NULL when not certain:
 * not one entry of co's has its form. */
static const char *entry_of_symbol(const ms_crate *c, const ms_coroutine *co, const char *sym) {
  char *f = symbol_form(c, co, sym);
  const char *hit = NULL;
  bool two = false;
  for (size_t k = 0; f && k < co->ninstance_names && !two; k++) {
    const char *t = co->instance_names[k];
    char *g = entry_form(c, co, t);
    if (g && !strcmp(f, g) && !(hit && !strcmp(hit, t))) two = hit != NULL, hit = t;
    free(g);
  }
  free(f);
  return two ? NULL : hit;
}

/* The awaiter nodes a coroutine's inlined awaitees are looked for from, into w->q: itself,
 * with its locals' types as the largest instance has them; but a generic body nm sized the
 * instances of (a symbol each) with each one's types, and without the instance-specific types
 * when an instance's entry is not certain (an adversarial trial's race<F>: its one symbol
 * race::<edge>, the awaitees taken from race<pulse>, the largest, counted inside it). */
static void root_nodes(inl_walk *w, const ms_crate *c, const ms_coroutine *co, bool largest) {
  const struct ms_type_sizes *ts = co->ts ? co->ts : c->ts;
  size_t generic = 0, distinct = 0;
  for (size_t k = 0; k < co->nsaved; k++) generic += strstr(co->saved[k].type, "/#") != NULL;
  for (size_t k = 0; k < co->ninstance_names; k++) {
    size_t j = 0;
    while (j < k && strcmp(co->instance_names[j], co->instance_names[k])) j++;
    distinct += j == k;
  }
  w->capq = 16;
  w->q = ms_xmalloc(w->capq * sizeof *w->q);
  if (co->code_exact < 0 || !generic || distinct < 2) {
    w->q[w->nq++] = (inl_node){co, NULL, NULL, co->ts};
    return;
  }
  unsigned ni = largest ? 1 : co->code_instances;
  bool unsure = ni > MS_CODE_INST_NAMES;
  for (unsigned i = 0; i < ni && i < MS_CODE_INST_NAMES; i++) {
    const char *e = co->code_inst_names[i] ? entry_of_symbol(c, co, co->code_inst_names[i]) : NULL;
    const char **t = e ? ms_xmalloc(co->nsaved * sizeof *t) : NULL;
    if (!e || !ms_layout_instance_types(co, ts, e, t)) {
      free(t);
      unsure = true;
      continue;
    }
    bool dup = false;
    for (size_t q = 0; q < w->nq && !dup; q++) dup = w->q[q].name && !strcmp(w->q[q].name, e);
    if (dup) {
      free(t);
      continue;
    }
    if (w->nq == w->capq) w->q = ms_xrealloc(w->q, (w->capq *= 2) * sizeof *w->q);
    w->q[w->nq++] = (inl_node){co, ms_xstrdup(e), t, ts};
  }
  if (!unsure) return;
  /* an instance not told: its locals typed by the parameter lead nowhere */
  const char **t = ms_xmalloc(co->nsaved * sizeof *t);
  for (size_t k = 0; k < co->nsaved; k++)
    t[k] = strstr(co->saved[k].type, "/#") ? NULL : co->saved[k].inst_type;
  if (w->nq == w->capq) w->q = ms_xrealloc(w->q, (w->capq *= 2) * sizeof *w->q);
  w->q[w->nq++] = (inl_node){co, NULL, t, co->ts};
}

static size_t inlined_awaitees(const ms_crate *c, const ms_coroutine *co, size_t *mark,
                               size_t gen, const ms_coroutine **out, bool largest) {
  if (at_opt0(c)) return 0;
  mark[co->pos] = gen;
  inl_walk w = {c, co, co, co->ts, mark, gen, 0, out, NULL, 0, 0};
  root_nodes(&w, c, co, largest);
  for (size_t next = 0; next < w.nq; next++) {
    const ms_coroutine *x = w.q[next].co;
    const char **types = w.q[next].types;
    w.ts = w.q[next].ts;
    w.from = x;
    for (size_t k = 0; k < x->nsaved; k++) {
      const co_saved *sv = &x->saved[k];
      /* a generic body reached through one of its instances: that instance's types (each
       * instance awaits its own future: `with_timeout<F>` awaits `Select<F, ..>`) */
      const char *it = types ? types[k] : sv->inst_type;
      const ms_coroutine *a = ms_crate_saved_future_as(c, x, k, it);
      if (a) {
        inl_add(&w, a, it, it ? strlen(it) : 0);
        continue;
      }
      /* futures a wrapper holds inline (`Select<A, B>`, a tuple, `Join<..>`): polled by its
       * poll, inlined with it (a parameter's as the instance prints it) */
      ms_crate_held_futures_at(c, x, it && strstr(sv->type, "/#") ? it : sv->type, inl_held, &w);
    }
  }
  for (size_t i = 0; i < w.nq; i++) free(w.q[i].types), free(w.q[i].name);
  free(w.q);
  return w.n;
}

size_t ms_co_inlined_awaitees(const ms_crate *c, const ms_coroutine *co, size_t *mark,
                              size_t gen, const ms_coroutine **out) {
  return inlined_awaitees(c, co, mark, gen, out, false);
}

size_t ms_co_inlined_awaitees_exact(const ms_crate *c, const ms_coroutine *co, size_t *mark,
                                    size_t gen, const ms_coroutine **out) {
  return inlined_awaitees(c, co, mark, gen, out, true);
}

/* Exact code sizes: each coroutine looked up in its symbols (several tables: the coroutines
 * of each table together, as impl siblings are found among them). */
static void lookup_symbols(ms_crate *c) {
  size_t n = c->coroutines.len, nt = 0;
  ms_coroutine **cs = c->coroutines.items, **group = ms_xcalloc(n + 1, sizeof *group);
  const ms_symbols **tables = ms_xcalloc(n + 1, sizeof *tables);
  for (size_t i = 0; i < n; i++) {
    size_t t = 0;
    while (t < nt && tables[t] != cs[i]->syms) t++;
    if (t == nt && cs[i]->syms) tables[nt++] = cs[i]->syms;
  }
  for (size_t t = 0; t < nt; t++) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
      if (cs[i]->syms == tables[t]) group[k++] = cs[i];
    ms_symbols_lookup_all(tables[t], group, k);
  }
  free(group);
  free(tables);
}

/* code_inlined of each coroutine with an exact size: the estimates of its inlined awaitees. */
static void find_inlined(ms_crate *c) {
  size_t n = c->coroutines.len;
  ms_coroutine **all = c->coroutines.items;
  size_t *mark = ms_xcalloc(n + 1, sizeof *mark);
  const ms_coroutine **in = ms_xcalloc(n + 1, sizeof *in);
  size_t *mark2 = ms_xcalloc(n + 1, sizeof *mark2);
  for (size_t i = 0; i < n; i++) {
    if (all[i]->code_exact < 0) continue;
    long sum = 0;
    size_t k = ms_co_inlined_awaitees(c, all[i], mark, i + 1, in);
    for (size_t j = 0; j < k; j++) {
      ((ms_coroutine *)in[j])->code_inside = true;
      ((ms_coroutine *)in[j])->code_copies++;
    }
    /* several instances nm has: those in the largest, the one code_exact is */
    if (all[i]->code_instances > 1) k = ms_co_inlined_awaitees_exact(c, all[i], mark2, i + 1, in);
    while (k) sum += in[--k]->code_estimate;
    all[i]->code_inlined = sum;
  }
  free(mark);
  free(mark2);
  free(in);
}

/*
 * Self-calibration (docs/code-size.md): a build is the coroutines whose dump files share a
 * directory (one rustc invocation's -Zdump-mir-dir).  Where nm gave exact sizes for at least
 * MS_SELF_CAL_MIN of them, the others (inlined, without a symbol) get their estimate scaled
 * by the build's factor (ms_code_build_scale): code_corrected.  Quadratic in the number of
 * directories, linear in coroutines per directory.
 */
static void self_calibrate(ms_crate *c) {
  size_t n = c->coroutines.len;
  ms_coroutine **all = c->coroutines.items;
  unsigned char *done = ms_xcalloc(n + 1, 1);
  double *est = ms_xcalloc(n + 1, sizeof *est), *nm = ms_xcalloc(n + 1, sizeof *nm);
  for (size_t i = 0; i < n; i++) {
    if (done[i]) continue;
    size_t k = 0;
    for (size_t j = i; j < n; j++)
      if (!done[j] && ms_co_same_dir(all[i], all[j]) && all[j]->code_exact > 0) {
        /* its nm size holds its inlined awaitees too */
        est[k] = (double)(all[j]->code_estimate + all[j]->code_inlined);
        nm[k++] = (double)all[j]->code_exact;
      }
    double scale = ms_code_build_scale(est, nm, k);
    for (size_t j = i; j < n; j++) {
      if (done[j] || !ms_co_same_dir(all[i], all[j])) continue;
      done[j] = 1;
      if (scale > 0 && all[j]->code_exact < 0)
        all[j]->code_corrected = (long)((double)all[j]->code_estimate * scale + 0.5);
    }
  }
  free(done);
  free(est);
  free(nm);
}

/*
 * Hosts (docs/code-size.md): a coroutine without a symbol of its own, not inlined into an
 * awaiter nm sized, whose type is a whole generic argument of a symbol (`block_on::<
 * krate::f::{closure#0}>`, an executor's poll) was inlined there, with its own inlined
 * awaitees: their code is at most that symbol's size.  Where their estimates add up to more,
 * each is scaled down to fit (code_corrected; a trial's chain of four was modelled at 970
 * bytes inside a 437-byte block_on).  Not at opt-level 0 (nothing inlined).
 */
/* The closure kinds nm names the by-ref body twin's coroutine type with
 * (`crate::p::{closure#0}<i32>` or `..::<i32>`: ms_symbols_closure_kinds' bits); 0 without
 * symbols or for a path nm prints otherwise (an impl's). */
static unsigned kinds_mentioned(const ms_coroutine *co, const ms_coroutine *twin) {
  if (!co->syms || !twin->def_path || strchr(twin->def_path, '<') || strstr(twin->def_path, "{impl#"))
    return 0;
  char crate[256], path[2048];
  crate_of(co, crate, sizeof crate);
  snprintf(path, sizeof path, "%s::%s", crate, twin->def_path);
  return ms_symbols_closure_kinds(co->syms, path);
}

/* Pairs each async closure's by-move body (`p::{synthetic#0}`) with its by-ref body
 * (`p::{closure#0}`), and marks it not built when nm has the by-ref body's resume function
 * and nothing of its own: rustc builds the by-move body only for a call by value
 * (AsyncFnOnce), and a trial's app counted one never built in every total (544 future bytes,
 * 3144 code bytes in a debug build with a symbol for every other coroutine). */
static void by_move_bodies(ms_crate *c) {
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    ms_coroutine *co = cs[i];
    const char *seg = co->def_path ? strstr(co->def_path, "::{synthetic#") : NULL;
    if (!seg || strstr(seg + 2, "::")) continue; /* the last segment only */
    size_t pre = (size_t)(seg - co->def_path);
    for (size_t j = 0; j < c->coroutines.len && !co->by_ref_twin; j++) {
      const ms_coroutine *t = cs[j]; /* the same closure of the same build */
      if (t != co && t->def_path && !strncmp(t->def_path, co->def_path, pre) &&
          !strcmp(t->def_path + pre, "::{closure#0}") && ms_co_same_dir(t, co))
        co->by_ref_twin = t;
    }
    if (!co->by_ref_twin) continue;
    ms_coroutine *twin = (ms_coroutine *)co->by_ref_twin;
    /* the closure kind each body's coroutine type carries in nm's names, at any opt-level
     * (drop glue, into_future, the resume function): `p::{closure#0}<i16>` (Fn: i8, FnMut:
     * i16) is the by-ref body's, `<i32>` (FnOnce) the by-move body's.  A trial: with
     * everything inlined at opt-level 3 no resume symbol told them apart, and the by-move
     * body's resume function demangles as the closure itself (`p::{closure#0}::{closure#0}`) */
    unsigned kinds = kinds_mentioned(co, twin); /* one pass over the symbols */
    bool once = kinds & 4, by_ref = kinds & 3;
    if (once || by_ref) { /* nm says which were built (both, when called both ways) */
      co->not_built = !once;
      twin->not_built = !by_ref;
      continue;
    }
    co->not_built = twin->code_exact >= 0 && co->code_exact < 0 && !co->code_in_host && !co->code_inside;
  }
}

/* Is `bare` (a symbol's demangled name without its generic arguments) the resume function
 * of one of the crate's coroutines, `crate::def_path`, an instance of a generic one
 * included (`h::race::{closure#0}` of `h::race::<h::edge::{closure#0}>::{closure#0}`)? */
static bool is_resume_symbol(const char *bare, void *user) {
  const ms_crate *c = user;
  ms_coroutine **all = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    char cr[256];
    if (!all[i]->def_path) continue;
    size_t cl = crate_of(all[i], cr, sizeof cr);
    if (!strncmp(bare, cr, cl) && !strncmp(bare + cl, "::", 2) && !strcmp(bare + cl + 2, all[i]->def_path))
      return true;
  }
  return false;
}

static void host_bound(ms_crate *c) {
  if (at_opt0(c)) return;
  size_t n = c->coroutines.len;
  ms_coroutine **all = c->coroutines.items;
  size_t *mark = ms_xcalloc(n + 1, sizeof *mark), *seen = ms_xcalloc(n + 1, sizeof *seen);
  const ms_coroutine **in = ms_xcalloc(n + 1, sizeof *in);
  const char **hname = ms_xcalloc(n + 1, sizeof *hname); /* each coroutine's host, by name */
  for (size_t i = 0; i < n; i++) {
    ms_coroutine *co = all[i];
    if (co->code_exact >= 0 || co->code_inside || !co->syms || !co->def_path || co->code_estimate < 0) continue;
    char cr[256], path[1024];
    crate_of(co, cr, sizeof cr);
    int w = snprintf(path, sizeof path, "%s::%s", cr, co->def_path);
    if (w < 0 || (size_t)w >= sizeof path) continue;
    size_t k = ms_co_inlined_awaitees(c, co, mark, i + 1, in);
    long sum = co->code_estimate, arms = co->code_redundant > 0 ? co->code_redundant : 0;
    for (size_t q = 0; q < k; q++) {
      sum += in[q]->code_estimate > 0 ? in[q]->code_estimate : 0;
      arms += in[q]->code_redundant > 0 ? in[q]->code_redundant : 0;
    }
    /* a function that polls them holds at least their poison arms, and more than a quarter of
     * their estimates (real hosts: 36-45 %); one that only drops, forgets or measures the
     * future (a trial's 1-, 6- and 16-byte wrappers, a 31-byte `LocalKey::with` of a
     * block_on's closure) is no host, and does not hide a larger one that is */
    size_t nh = 0; /* polled by several executors: a copy in each (a trial's two block_ons) */
    long h = ms_symbols_host_bytes(co->syms, path, arms > (sum + 3) / 4 ? arms : (sum + 3) / 4, &nh,
                                   &hname[i], is_resume_symbol, c);
    if (h <= 0) continue;
    co->code_host = h;
    co->code_in_host = true;
    if (nh > co->code_copies) co->code_copies = (unsigned)nh;
    for (size_t q = 0; q < k; q++) { /* built there, a copy in each host */
      ms_coroutine *x = (ms_coroutine *)in[q];
      x->code_in_host = true;
      if (!x->code_inside && nh > x->code_copies) x->code_copies = (unsigned)nh;
    }
  }
  /* the coroutines one symbol hosts and their inlined awaitees (each once) share its size: a
   * combinator's `<Select<A, B> as Future>::poll` holds both A and B; where their estimates
   * add up to more, each is scaled down to fit */
  for (size_t i = 0; i < n; i++) {
    if (!hname[i] || seen[i]) continue;
    long h = all[i]->code_host, sum = 0;
    size_t gen = n + 1 + i, m = 0; /* `in` gathers the group: hosts first, then awaitees */
    for (size_t j = i; j < n; j++)
      if (hname[j] && !seen[j] && all[j]->code_host == h && !strcmp(hname[j], hname[i])) {
        seen[j] = i + 1;
        mark[all[j]->pos] = gen;
      }
    for (size_t j = i; j < n; j++)
      if (seen[j] == i + 1) in[m++] = all[j];
    for (size_t j = 0, g = m; j < g; j++) { /* ms_co_inlined_awaitees skips what gen marked */
      const ms_coroutine *co = in[j];
      mark[co->pos] = 0;
      m += ms_co_inlined_awaitees(c, co, mark, gen, in + m);
    }
    for (size_t q = 0; q < m; q++) sum += in[q]->code_estimate > 0 ? in[q]->code_estimate : 0;
    if (sum > h) {
      double scale = (double)h / (double)sum;
      for (size_t q = 0; q < m; q++) {
        ms_coroutine *x = (ms_coroutine *)in[q];
        if (x->code_estimate < 0) continue;
        long v = (long)((double)x->code_estimate * scale + 0.5);
        if (x->code_corrected < 0 || v < x->code_corrected) x->code_corrected = v;
      }
    }
    /* self-calibration may have corrected one up, past the host's size: the figures too */
    long fig = 0;
    for (size_t q = 0; q < m; q++)
      fig += in[q]->code_corrected >= 0 ? in[q]->code_corrected : in[q]->code_estimate > 0 ? in[q]->code_estimate : 0;
    if (fig <= h) continue;
    for (size_t q = 0; q < m; q++) {
      ms_coroutine *x = (ms_coroutine *)in[q];
      long f = x->code_corrected >= 0 ? x->code_corrected : x->code_estimate;
      if (f > 0) x->code_corrected = (long)((double)f * (double)h / (double)fig);
    }
  }
  free(hname);
  free(seen);
  free(mark);
  free(in);
}

void ms_crate_link_code(ms_crate *c) {
  lookup_symbols(c);
  find_inlined(c);
  self_calibrate(c);
  host_bound(c);
  by_move_bodies(c);
}
