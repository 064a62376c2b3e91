/* Before/after comparison of two crates' coroutines (docs/reports.md, "diff"). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "alloc.h"
#include "report.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *cls, *state;
} diff_finding;

/* A saved local that changed: appeared, gone, grew or shrank, held by other states. */
typedef struct {
  unsigned change; /* MS_LOCAL_* bits */
  long old, new_;  /* saved local on each side, -1 */
  long delta;      /* bytes new - old, MS_DELTA_UNKNOWN */
} diff_local;

/* An instance of a generic body that changed: grew, shrank, or is only on one side. */
typedef struct {
  long old, new_; /* instance index (ms_co_instance_*) on each side, -1 where it is not */
  long delta;     /* bytes new - old of a pair; MS_DELTA_UNKNOWN for one side only */
  bool by_type;   /* paired by its type; else the one left over on each side */
} diff_inst;

typedef struct {
  ms_diff_status status;
  const char *key;
  const ms_coroutine *old, *new_;
  long dsize, dstates, dcode, dred;
  diff_finding *fadd, *fdel;
  size_t nadd, ndel;
  diff_local *locals;
  size_t nlocals;
  diff_local *upvars; /* the same for upvars (old, new_: upvar indices), paired by name */
  size_t nupvars;
  long largest[2]; /* the largest state of the old and the new side, -1 */
  diff_inst *inst;  /* the instances of a generic body that changed (diff_instances) */
  size_t ninst;
  long grow;        /* the most bytes it or one of its paired instances grew by, 0 none */
  bool moved;       /* matched by its item name alone (move_key): moved to another module */
} diff_entry;

struct ms_diff {
  const ms_crate *old_crate, *new_crate; /* borrowed: their builds for the JSON */
  ms_arena arena;
  diff_entry *e;
  size_t n;
  long old_bytes, new_bytes;
  bool old_lower, new_lower; /* a lower bound is among the sizes summed */
  int name_width;            /* text: columns of the name column (ms_diff_set_name_width) */
  int width;                 /* text: a terminal's columns, 0 none (ms_diff_set_width) */
  size_t input_errors[2];    /* per side, old then new (ms_diff_set_input_errors) */
  long gate;                 /* --fail-on-growth's limit, -1 none (ms_diff_set_gate) */
  long gate_pct;             /* --fail-on-growth N%: percent of the old size, -1 none */
  long code_gate, code_gate_pct; /* --fail-on-code-growth: bytes, percent; -1 none */
  ms_vec warnings;           /* diff_warning (ms_diff_add_warning) */
  size_t max_chars;          /* text and md: at most this many characters, 0 none */
  const char *footer;        /* text and md: written last, counted in max_chars */
};

typedef struct {
  const char *kind, *message;
} diff_warning;

/* ------------------------------------------------------------------ def path keys */

/* An impl span `<impl at FILE:L:C: L:C>` of a def path. */
typedef struct {
  const char *file;
  size_t flen;
  long line, col;
} impl_span;

static size_t impl_end(const char *s, size_t i) {
  size_t depth = 0;
  for (; s[i]; i++) {
    if (s[i] == '<') depth++;
    else if (s[i] == '>' && --depth == 0) return i;
  }
  return i;
}

static bool parse_impl(const char *s, size_t i, size_t end, impl_span *out) {
  const char *f = s + i + 9;
  const char *c1 = memchr(f, ':', end - (i + 9));
  if (!c1) return false;
  out->file = f;
  out->flen = (size_t)(c1 - f);
  out->line = strtol(c1 + 1, NULL, 10);
  const char *c2 = strchr(c1 + 1, ':');
  out->col = c2 ? strtol(c2 + 1, NULL, 10) : 0;
  return true;
}

static int span_cmp(const impl_span *a, const impl_span *b) {
  size_t m = a->flen < b->flen ? a->flen : b->flen;
  int r = memcmp(a->file, b->file, m);
  if (r) return r;
  if (a->flen != b->flen) return a->flen < b->flen ? -1 : 1;
  if (a->line != b->line) return a->line < b->line ? -1 : 1;
  return a->col < b->col ? -1 : a->col > b->col;
}

/* All distinct impl spans of a crate's def paths, sorted (file, line, col). */
typedef struct {
  impl_span *v;
  size_t n;
} impl_set;

static void collect_impls(ms_arena *a, const ms_crate *c, impl_set *set) {
  ms_vec v = {0};
  ms_coroutine **cs = c->coroutines.items;
  for (size_t k = 0; k < c->coroutines.len; k++) {
    const char *dp = cs[k]->def_path ? cs[k]->def_path : "";
    for (size_t i = 0; dp[i]; i++) {
      if (strncmp(dp + i, "<impl at ", 9)) continue;
      size_t e = impl_end(dp, i);
      impl_span sp;
      if (!parse_impl(dp, i, e, &sp)) continue;
      bool dup = false;
      const impl_span *have = v.items;
      for (size_t j = 0; j < v.len && !dup; j++) dup = span_cmp(&have[j], &sp) == 0;
      if (!dup) {
        impl_span *slot = ms_vec_push(a, &v, sizeof sp);
        if (slot) *slot = sp;
      }
      i = e;
    }
  }
  impl_span *s = v.items;
  for (size_t i = 1; i < v.len; i++) /* insertion sort: few impls */
    for (size_t j = i; j > 0 && span_cmp(&s[j - 1], &s[j]) > 0; j--) {
      impl_span t = s[j];
      s[j] = s[j - 1];
      s[j - 1] = t;
    }
  set->v = s;
  set->n = v.len;
}

/* The file's impl order of a span (0-based among that file's impls). */
static size_t impl_order(const impl_set *set, const impl_span *sp) {
  size_t k = 0;
  for (size_t i = 0; i < set->n; i++) {
    if (span_cmp(&set->v[i], sp) == 0) return k;
    if (set->v[i].flen == sp->flen && !memcmp(set->v[i].file, sp->file, sp->flen)) k++;
  }
  return k;
}

static bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

/*
 * The matching key of a def path.  `loose`: every impl segment becomes `{impl}`.
 * Otherwise `<impl at FILE:L:C: L:C>` becomes `<impl at FILE#K>` (K: order in the file).
 * Both: crate hashes `krate[1a2b]` dropped, whitespace after `,` `<` `(` and before `>` `)`
 * dropped, other whitespace runs collapsed to one space.
 */
static char *make_key(ms_arena *a, const char *dp, const impl_set *set, bool loose) {
  size_t n = strlen(dp);
  char *out = ms_arena_alloc(a, n + 32 * 4 + 64);
  size_t cap = n + 32 * 4 + 64, o = 0;
  for (size_t i = 0; i < n && o + 40 < cap;) {
    char ch = dp[i];
    if (!strncmp(dp + i, "<impl at ", 9) || !strncmp(dp + i, "{impl#", 6)) {
      bool span = dp[i] == '<';
      size_t e = span ? impl_end(dp, i) : i;
      if (!span)
        while (e < n && dp[e] != '}') e++;
      impl_span sp;
      if (loose || !span || !parse_impl(dp, i, e, &sp)) {
        if (loose) o += (size_t)snprintf(out + o, cap - o, "{impl}");
        else {
          size_t l = e < n ? e + 1 - i : n - i;
          if (o + l + 1 >= cap) break;
          memcpy(out + o, dp + i, l);
          o += l;
        }
      } else {
        size_t room = cap - o;
        int w = snprintf(out + o, room, "<impl at %.*s#%zu>", (int)sp.flen, sp.file, impl_order(set, &sp));
        if (w < 0 || (size_t)w >= room) break;
        o += (size_t)w;
      }
      i = e < n ? e + 1 : n;
      continue;
    }
    if (ch == '[' && o > 0) {
      size_t j = i + 1;
      while (j < n && is_hex(dp[j])) j++;
      if (j > i + 1 && j < n && dp[j] == ']') { /* krate[1a2b] */
        i = j + 1;
        continue;
      }
    }
    if (ch == ' ' || ch == '\n' || ch == '\t') {
      while (i < n && (dp[i] == ' ' || dp[i] == '\n' || dp[i] == '\t')) i++;
      char prev = o ? out[o - 1] : ',';
      if (prev == ',' || prev == '<' || prev == '(' || i >= n || dp[i] == '>' || dp[i] == ')') continue;
      out[o++] = ' ';
      continue;
    }
    out[o++] = ch;
    i++;
  }
  out[o] = 0;
  return out;
}

/* ------------------------------------------------------------------ building */

static const char *state_name(const ms_coroutine *co, long s) {
  return s >= 0 && (size_t)s < co->nstates ? co->states[s].name : "";
}

/* Findings of `a` not in `b` (as multisets of class + state name). */
static size_t finding_minus(ms_arena *ar, const ms_coroutine *a, const ms_coroutine *b, diff_finding **out) {
  const co_finding *fa = a->findings.items, *fb = b->findings.items;
  size_t na = a->findings.len, nb = b->findings.len;
  bool *used = ms_xcalloc(nb ? nb : 1, sizeof *used);
  ms_vec v = {0};
  for (size_t i = 0; i < na; i++) {
    bool found = false;
    for (size_t j = 0; j < nb && !found; j++)
      if (!used[j] && fa[i].cls == fb[j].cls &&
          !strcmp(state_name(a, fa[i].state), state_name(b, fb[j].state))) {
        found = true;
        used[j] = true;
      }
    if (found) continue;
    diff_finding *d = ms_vec_push(ar, &v, sizeof *d);
    if (d) {
      d->cls = ms_finding_class_name(fa[i].cls);
      d->state = state_name(a, fa[i].state);
    }
  }
  free(used);
  *out = v.items;
  return v.len;
}

static long delta(long a, long b) { return a < 0 || b < 0 ? MS_DELTA_UNKNOWN : b - a; }

/* How much a future grew, when that can be told: a lower bound on one side says only that
 * the future is at least that big there (≥8 → 152 may be no growth at all; 24 → ≥16 may be
 * growth).  Two equal bounds are no evidence of a change. */
static long size_delta(const ms_coroutine *o, const ms_coroutine *n) {
  long d = delta(o->size, n->size);
  bool lo = o->size_source == MS_SIZE_LOWER_BOUND, ln = n->size_source == MS_SIZE_LOWER_BOUND;
  if (d == MS_DELTA_UNKNOWN || (!lo && !ln)) return d;
  if (lo && ln) return d == 0 ? 0 : MS_DELTA_UNKNOWN;
  if (lo) return d > 0 ? MS_DELTA_UNKNOWN : d; /* a drop below the old bound is a shrink */
  return d < 0 ? MS_DELTA_UNKNOWN : d;       /* a rise above the old size is growth */
}

/* ---- saved locals between the two sides */

/* A saved local's type as the reports show it (module paths, DefIds and hashes out): what
 * stays the same between toolchains and builds. */
static const char *short_type_no_spans(ms_arena *a, const char *type) {
  char buf[512];
  ms_rep_short_type(type, buf, sizeof buf);
  /* the source position of a closure's or block's type (`{async block@n.rs:18:5: 20:6}`,
   * as bodies without a layout print them) moves with every line added above it: keep
   * the file only */
  char *w = buf;
  for (const char *r = buf; *r;) {
    if (*r == '@') {
      const char *colon = r + strcspn(r, ":}");
      if (*colon == ':' && colon[1] >= '0' && colon[1] <= '9') {
        while (r < colon) *w++ = *r++;
        while (*r && *r != '}') r++;
        continue;
      }
    }
    *w++ = *r++;
  }
  *w = 0;
  return ms_arena_strdup(a, buf);
}

static const char *local_type(ms_arena *a, const co_saved *sv) { return short_type_no_spans(a, sv->type); }

/* The states holding saved local l: their names joined (`Suspend0,Suspend1`), to compare. */
static const char *holders(ms_arena *a, const ms_coroutine *co, size_t l) {
  sbuf b = {0};
  for (size_t s = 0; s < co->nstates; s++)
    for (size_t j = 0; j < co->states[s].nfields; j++)
      if (co->states[s].fields[j] == l) {
        if (b.len) sb_putc(&b, ',');
        sb_puts(&b, co->states[s].name);
        break;
      }
  const char *r = ms_arena_strdup(a, b.len ? sb_str(&b) : "");
  free(b.p);
  return r;
}

/* A saved local of one side as the matching compares it: its type as reports write it, the
 * states that hold it. */
typedef struct {
  const char *type, *held;
} local_key;

/* Pair old saved local o with new n?  which 0: same name and type; 1: same name, bytes and
 * states (a type printed otherwise by another toolchain: `Alias(Projection, ..` or not);
 * 2: same name, a named local (not an awaitee): its type changed. */
static bool locals_pair(const co_saved *o, const co_saved *n, const local_key *ko, const local_key *kn,
                        int which) {
  if (strcmp(o->name, n->name)) return false;
  if (which == 0) return !strcmp(ko->type, kn->type);
  if (which == 1) return o->bytes >= 0 && o->bytes == n->bytes && !strcmp(ko->held, kn->held);
  return *o->name && strcmp(o->name, "__awaitee");
}

static void add_local(ms_arena *a, ms_vec *v, unsigned change, long o, long n, long d) {
  if (!change) return;
  diff_local *x = ms_vec_push(a, v, sizeof *x);
  *x = (diff_local){change, o, n, d};
}

/* Stable: the most growth first, an unknown delta as 0. */
static void by_growth(diff_local *l, size_t n) {
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0; j--) {
      long dj = l[j].delta == MS_DELTA_UNKNOWN ? 0 : l[j].delta, dp = l[j - 1].delta == MS_DELTA_UNKNOWN ? 0 : l[j - 1].delta;
      if (dj <= dp) break;
      diff_local t = l[j];
      l[j] = l[j - 1];
      l[j - 1] = t;
    }
}

/* The saved locals of a matched entry that changed, the most growth first. */
static void diff_locals(ms_arena *a, diff_entry *e) {
  const ms_coroutine *o = e->old, *n = e->new_;
  local_key *ko = ms_arena_alloc(a, (o->nsaved + 1) * sizeof *ko), *kn = ms_arena_alloc(a, (n->nsaved + 1) * sizeof *kn);
  long *match = ms_arena_alloc(a, (o->nsaved + 1) * sizeof *match);
  bool *taken = ms_arena_alloc(a, n->nsaved + 1);
  for (size_t i = 0; i < o->nsaved; i++) ko[i] = (local_key){local_type(a, &o->saved[i]), holders(a, o, i)}, match[i] = -1;
  for (size_t j = 0; j < n->nsaved; j++) kn[j] = (local_key){local_type(a, &n->saved[j]), holders(a, n, j)}, taken[j] = false;
  for (int which = 0; which < 3; which++) /* in order: several of one name and type pair up */
    for (size_t i = 0; i < o->nsaved; i++)
      for (size_t j = 0; j < n->nsaved && match[i] < 0; j++)
        if (!taken[j] && locals_pair(&o->saved[i], &n->saved[j], &ko[i], &kn[j], which)) {
          match[i] = (long)j;
          taken[j] = true;
        }
  ms_vec v = {0};
  for (size_t i = 0; i < o->nsaved; i++) {
    if (match[i] < 0) {
      add_local(a, &v, MS_LOCAL_GONE, (long)i, -1, o->saved[i].bytes >= 0 ? -o->saved[i].bytes : MS_DELTA_UNKNOWN);
      continue;
    }
    long d = delta(o->saved[i].bytes, n->saved[match[i]].bytes);
    unsigned ch = d == MS_DELTA_UNKNOWN || d == 0 ? 0 : d > 0 ? MS_LOCAL_GREW : MS_LOCAL_SHRANK;
    if (strcmp(ko[i].held, kn[match[i]].held)) ch |= MS_LOCAL_MOVED;
    add_local(a, &v, ch, (long)i, match[i], d);
  }
  for (size_t j = 0; j < n->nsaved; j++)
    if (!taken[j]) add_local(a, &v, MS_LOCAL_APPEARED, -1, (long)j, n->saved[j].bytes >= 0 ? n->saved[j].bytes : MS_DELTA_UNKNOWN);
  diff_local *l = v.items;
  by_growth(l, v.len);
  e->locals = l;
  e->nlocals = v.len;
}

/* The upvars of a matched entry that changed, by name, the most growth first: what a future
 * captures is in every state (a trial's gate blamed a 2048-byte captured table on a 4-byte
 * local). */
static void diff_upvars(ms_arena *a, diff_entry *e) {
  const ms_coroutine *o = e->old, *n = e->new_;
  bool *taken = ms_arena_alloc(a, n->nupvars + 1);
  for (size_t j = 0; j < n->nupvars; j++) taken[j] = false;
  ms_vec v = {0};
  for (size_t i = 0; i < o->nupvars; i++) {
    long m = -1;
    for (size_t j = 0; j < n->nupvars && m < 0; j++)
      if (!taken[j] && !strcmp(o->upvars[i].name, n->upvars[j].name)) m = (long)j;
    if (m < 0) {
      add_local(a, &v, MS_LOCAL_GONE, (long)i, -1, o->upvars[i].bytes >= 0 ? -o->upvars[i].bytes : MS_DELTA_UNKNOWN);
      continue;
    }
    taken[m] = true;
    long d = delta(o->upvars[i].bytes, n->upvars[m].bytes);
    if (d == MS_DELTA_UNKNOWN || d == 0) continue;
    add_local(a, &v, d > 0 ? MS_LOCAL_GREW : MS_LOCAL_SHRANK, (long)i, m, d);
  }
  for (size_t j = 0; j < n->nupvars; j++)
    if (!taken[j]) add_local(a, &v, MS_LOCAL_APPEARED, -1, (long)j, n->upvars[j].bytes >= 0 ? n->upvars[j].bytes : MS_DELTA_UNKNOWN);
  diff_local *l = v.items;
  by_growth(l, v.len);
  e->upvars = l;
  e->nupvars = v.len;
}

/* The state with the most bytes (the first of equals), -1 when no size is known. */
static long largest_state(const ms_coroutine *co) {
  long best = -1;
  for (size_t s = 0; s < co->nstates; s++)
    if (co->states[s].bytes >= 0 && (best < 0 || co->states[s].bytes > co->states[best].bytes)) best = (long)s;
  return best;
}

/* ---- instances of a generic body between the two sides */

/* The instances of a matched generic body that changed (when a side has more than one: with
 * one on each side the future's own figures say it all), paired by their type as
 * -Zprint-type-sizes printed it; then by that type as the reports write it, source positions
 * of closures in it dropped (they move with every line added above), where that is unique
 * among the leftovers on both sides; then, when one instance is left on each side, those two
 * (`pump::<64>` became `pump::<512>`: the future the program makes there grew).  e->grow: the
 * most the future or a paired instance grew by, what --fail-on-growth compares (a trial's
 * smaller instance grew by 448 bytes and the gate passed: only the largest was compared). */
static void diff_instances(ms_arena *a, diff_entry *e) {
  const ms_coroutine *o = e->old, *n = e->new_;
  e->grow = e->dsize != MS_DELTA_UNKNOWN && e->dsize > 0 ? e->dsize : 0;
  size_t no = o->ninstances, nn = n->ninstances;
  if (no < 2 && nn < 2) return;
  long *match = ms_arena_alloc(a, (no + 1) * sizeof *match);
  bool *taken = ms_arena_alloc(a, nn + 1), *loose = ms_arena_alloc(a, no + 1);
  const char **lo = ms_arena_alloc(a, (no + 1) * sizeof *lo), **ln = ms_arena_alloc(a, (nn + 1) * sizeof *ln);
  for (size_t i = 0; i < no; i++) match[i] = -1, loose[i] = false, lo[i] = short_type_no_spans(a, ms_co_instance_type(o, i));
  for (size_t j = 0; j < nn; j++) taken[j] = false, ln[j] = short_type_no_spans(a, ms_co_instance_type(n, j));
  const char *t;
  for (size_t i = 0; i < no; i++)
    for (size_t j = 0; j < nn && match[i] < 0; j++)
      if (!taken[j] && (t = ms_co_instance_type(o, i)) && !strcmp(t, ms_co_instance_type(n, j)))
        match[i] = (long)j, taken[j] = true;
  for (size_t i = 0; i < no; i++) {
    size_t nc = 0, ns = 0;
    long cand = -1;
    for (size_t j = 0; j < nn && match[i] < 0; j++)
      if (!taken[j] && !strcmp(lo[i], ln[j])) cand = (long)j, nc++;
    for (size_t k = 0; k < no && cand >= 0; k++) ns += match[k] < 0 && !strcmp(lo[i], lo[k]);
    if (match[i] < 0 && nc == 1 && ns == 1) match[i] = cand, taken[cand] = true;
  }
  size_t left_o = 0, left_n = 0, io = 0, jn = 0;
  for (size_t i = 0; i < no; i++)
    if (match[i] < 0) left_o++, io = i;
  for (size_t j = 0; j < nn; j++)
    if (!taken[j]) left_n++, jn = j;
  if (left_o == 1 && left_n == 1) match[io] = (long)jn, taken[jn] = true, loose[io] = true;
  ms_vec v = {0};
  for (size_t i = 0; i < no; i++) {
    long m = match[i], d = m < 0 ? MS_DELTA_UNKNOWN : n->instances[m] - o->instances[i];
    if (m >= 0 && d == 0 && !loose[i]) continue;
    diff_inst *x = ms_vec_push(a, &v, sizeof *x);
    *x = (diff_inst){(long)i, m, d, !loose[i]};
    if (m >= 0 && d > e->grow) e->grow = d;
  }
  for (size_t j = 0; j < nn; j++)
    if (!taken[j]) {
      diff_inst *x = ms_vec_push(a, &v, sizeof *x);
      *x = (diff_inst){-1, (long)j, MS_DELTA_UNKNOWN, false};
    }
  e->inst = v.items;
  e->ninst = v.len;
}

static void fill(ms_arena *ar, diff_entry *e) {
  e->dsize = e->dstates = e->dcode = e->dred = MS_DELTA_UNKNOWN;
  e->largest[0] = e->old ? largest_state(e->old) : -1;
  e->largest[1] = e->new_ ? largest_state(e->new_) : -1;
  if (!e->old || !e->new_) {
    e->status = e->old ? MS_DIFF_REMOVED : MS_DIFF_ADDED;
    return;
  }
  e->dsize = size_delta(e->old, e->new_);
  e->dstates = (long)e->new_->nstates - (long)e->old->nstates;
  /* like figures only: both nm sizes, else the modelled estimates (two corrected figures
   * are estimates scaled by each build's factor: a moved factor is no change of code) */
  if (e->old->code_exact >= 0 && e->new_->code_exact >= 0) e->dcode = e->new_->code_exact - e->old->code_exact;
  else e->dcode = delta(e->old->code_estimate, e->new_->code_estimate);
  e->dred = delta(e->old->code_redundant, e->new_->code_redundant);
  e->nadd = finding_minus(ar, e->new_, e->old, &e->fadd);
  e->ndel = finding_minus(ar, e->old, e->new_, &e->fdel);
  diff_locals(ar, e);
  diff_upvars(ar, e);
  diff_instances(ar, e);
  bool same = !e->ninst && e->dsize == 0 && e->dstates == 0 && (e->dcode == 0 || e->dcode == MS_DELTA_UNKNOWN) &&
              (e->dred == 0 || e->dred == MS_DELTA_UNKNOWN) && !e->nadd && !e->ndel &&
              !e->nlocals && !e->nupvars && e->old->size_source == e->new_->size_source; /* a local gone at +0 */
  if (e->old->size < 0 && e->new_->size < 0 && e->dstates == 0 && !e->nadd && !e->ndel) same = true;
  e->status = same ? MS_DIFF_SAME : MS_DIFF_CHANGED;
}

static int status_rank(ms_diff_status s) {
  switch (s) {
  case MS_DIFF_CHANGED: return 0;
  case MS_DIFF_SAME: return 1;
  case MS_DIFF_ADDED: return 2;
  default: return 3;
  }
}

/* Changed first, largest growth first (unknown deltas after known ones); then unchanged,
 * added, removed; ties keep the new crate's order. */
static bool entry_before(const diff_entry *a, const diff_entry *b) {
  int ra = status_rank(a->status), rb = status_rank(b->status);
  if (ra != rb) return ra < rb;
  if (a->status == MS_DIFF_CHANGED) { /* an instance's growth as the future's */
    long da = a->grow > 0 ? a->grow : a->dsize, db = b->grow > 0 ? b->grow : b->dsize;
    bool ka = da != MS_DELTA_UNKNOWN, kb = db != MS_DELTA_UNKNOWN;
    if (ka != kb) return ka;
    if (ka && da != db) return da > db;
  }
  return false;
}

void ms_diff_set_name_width(ms_diff *d, int width) { d->name_width = width > 0 ? width : 0; }

void ms_diff_set_width(ms_diff *d, int width) { d->width = width > 0 ? width : 0; }

void ms_diff_set_gate(ms_diff *d, long limit) {
  if (d) d->gate = limit < 0 ? -1 : limit;
}

void ms_diff_set_gate_percent(ms_diff *d, long percent) {
  if (d) d->gate_pct = percent < 0 ? -1 : percent;
}

void ms_diff_set_code_gate(ms_diff *d, long limit, long percent) {
  if (!d) return;
  d->code_gate = limit < 0 ? -1 : limit;
  d->code_gate_pct = percent < 0 ? -1 : percent;
}

void ms_diff_set_input_errors(ms_diff *d, size_t old_errors, size_t new_errors) {
  if (!d) return;
  d->input_errors[0] = old_errors;
  d->input_errors[1] = new_errors;
}

void ms_diff_add_warning(ms_diff *d, const char *kind, const char *message) {
  if (!d || !kind || !message) return;
  diff_warning *w = ms_vec_push(&d->arena, &d->warnings, sizeof *w);
  char *m = ms_arena_strdup(&d->arena, message);
  for (char *p = m; *p; p++) /* one line */
    if (*p == '\n' || *p == '\r') *p = ' ';
  *w = (diff_warning){ms_arena_strdup(&d->arena, kind), m};
}

size_t ms_diff_warning_count(const ms_diff *d) { return d ? d->warnings.len : 0; }

const char *ms_diff_warning(const ms_diff *d, size_t i, const char **kind) {
  if (!d || i >= d->warnings.len) return NULL;
  const diff_warning *w = (const diff_warning *)d->warnings.items + i;
  if (kind) *kind = w->kind;
  return w->message;
}

/* The warnings, one a line: text `warning: ...`, Markdown a bullet of the summary. */
static void write_warnings(const ms_diff *d, FILE *o, bool md, bool col) {
  const diff_warning *w = d->warnings.items;
  for (size_t i = 0; i < d->warnings.len; i++) {
    if (md) fputs("- **Warning:** ", o);
    else fprintf(o, "%swarning:%s ", col ? "\033[33m" : "", col ? "\033[0m" : "");
    if (md) ms_write_safe(o, w[i].message, strlen(w[i].message));
    else fputs(w[i].message, o);
    fputc('\n', o);
  }
}

/* The sides not read whole (errors or resume bodies not modelled), for text and Markdown:
 * "; " between "old side: ..." and "new side: ...".  false when both were read whole. */
static bool not_whole(const ms_diff *d, FILE *o) {
  const ms_crate *cr[2] = {d->old_crate, d->new_crate};
  bool any = false;
  for (int s = 0; s < 2; s++) {
    size_t e = d->input_errors[s], n = ms_crate_dropped_count(cr[s]);
    if (!e && !n) continue;
    if (o)
      fprintf(o, "%s%s side: %zu error%s (syntax, unreadable), %zu resume bod%s not modelled",
              any ? "; " : "", s ? "new" : "old", e, e == 1 ? "" : "s", n, n == 1 ? "y" : "ies");
    any = true;
  }
  return any;
}

/* The key an impl method's body is matched by: the impl as its type names it
 * (`{async fn body of <Tcp as Transport>::recv()}`), not by its place among the file's
 * impls, which moving an impl or adding one above changes; else `key`. */
static const char *method_key(ms_arena *a, const ms_coroutine *co, const char *key) {
  const char *t = co->self_type;
  if (!t || strncmp(t, "{async fn body of ", 18) || !co->def_path ||
      (!strstr(co->def_path, "<impl at ") && !strstr(co->def_path, "{impl#")))
    return key;
  return make_key(a, t, NULL, true);
}

/* key prefixed by the coroutine's crate and a separator no def path holds. */
static char *crate_key(ms_arena *a, const ms_coroutine *co, const char *key) {
  char crate[256];
  ms_co_crate(co, crate, sizeof crate);
  size_t lc = strlen(crate), lk = strlen(key);
  char *k = ms_arena_alloc(a, lc + lk + 2);
  memcpy(k, crate, lc);
  k[lc] = '\x1f';
  memcpy(k + lc + 1, key, lk + 1);
  return k;
}

/* What tells an async block or closure from its siblings when their `{closure#N}` numbers
 * shift (a plain closure added before them, two impls swapped): its kind, the shape of its
 * span (start column, lines, end column: lines added above move it, not its shape) and its
 * upvars' names and types.  NULL for async fn bodies (matched by their fn) and without a
 * span. */
/* The shape of the span `FILE:L1:C1: L2:C2` ending at e (its closer), into b: C1, L2 - L1,
 * C2.  false when it is not one. */
static bool span_shape(const char *from, const char *e, ms_sbuf *b) {
  long num[4];
  int k = 0;
  for (const char *p = e; p > from && k < 4;) {
    const char *q = p;
    while (q > from && q[-1] >= '0' && q[-1] <= '9') q--;
    if (q == p) return false;
    num[3 - k++] = strtol(q, NULL, 10);
    p = q;
    while (p > from && (p[-1] == ':' || p[-1] == ' ')) p--;
  }
  if (k < 4) return false;
  ms_sb_printf(b, "|%ld:%ld:%ld", num[1], num[2] - num[0], num[3]);
  return true;
}

static char *shape_of(ms_arena *a, const ms_coroutine *co) {
  const char *t = co->self_type, *at = t ? strchr(t, '@') : NULL;
  if (co->kind == MS_KIND_ASYNC_FN || !at) return NULL;
  ms_sbuf b;
  char buf[1024];
  ms_sb_init(&b, buf, sizeof buf);
  ms_sb_printf(&b, "%d", (int)co->kind);
  if (!span_shape(at, at + strcspn(at, "}"), &b)) return NULL; /* `@FILE:L1:C1: L2:C2}` */
  /* and its impls' (`impl Small` and `impl Big` differ in length where their blocks do not) */
  for (const char *p = co->def_path; p && (p = strstr(p, "<impl at ")); p++) {
    size_t e = impl_end(p, 0);
    if (p[e] == '>') span_shape(p, p + e, &b);
  }
  for (size_t u = 0; u < co->nupvars; u++)
    ms_sb_printf(&b, "|%s:%s", co->upvars[u].name, co->upvars[u].type);
  return ms_arena_strndup(a, buf, b.len);
}

/* A loose key with its closure numbers dropped (`two::{closure}` for `two::{closure#1}`):
 * the siblings a block may be renumbered among. */
static char *unnumbered(ms_arena *a, const char *k) {
  size_t n = strlen(k), o = 0;
  char *out = ms_arena_alloc(a, n + 1);
  for (size_t i = 0; i < n;) {
    if (k[i] == '#' && i > 0 && i + 1 < n && k[i + 1] >= '0' && k[i + 1] <= '9') {
      i++;
      while (i < n && k[i] >= '0' && k[i] <= '9') i++;
      continue;
    }
    out[o++] = k[i++];
  }
  out[o] = 0;
  return out;
}

/* A head (head_of_type) as one spelling: `<impl Svc for X>` (an impl in a module) as `<X as
 * Svc>`, `<impl Foo>` as `Foo`, and without paths (`<a::X as m::Svc>` as `<X as Svc>`: a type
 * or trait moved to another module is still the one a body's impl is for). */
static char *canon_head(ms_arena *a, const char *h, size_t n) {
  ms_sbuf b;
  char buf[1024];
  ms_sb_init(&b, buf, sizeof buf);
  const char *im = NULL;
  for (size_t i = 0; i + 6 <= n && !im; i++)
    if (!strncmp(h + i, "<impl ", 6)) im = h + i;
  if (im) {
    size_t e = impl_end(im, 0);
    if ((size_t)(im - h) + e > n) e = n - (size_t)(im - h);
    const char *in = im + 6, *z = im + e, *f = NULL;
    int depth = 0;
    for (const char *p = in; p < z && !f; p++) {
      if (*p == '<') depth++;
      else if (*p == '>' && depth > 0) depth--;
      else if (depth == 0 && !strncmp(p, " for ", 5)) f = p;
    }
    if (f) ms_sb_printf(&b, "<%.*s as %.*s>", (int)(z - f - 5), f + 5, (int)(f - in), in);
    else ms_sb_printf(&b, "%.*s", (int)(z - in), in);
  } else
    ms_sb_printf(&b, "%.*s", (int)n, h);
  char *t = ms_arena_strndup(a, buf, b.len), *o = t;
  for (const char *p = t; *p;) { /* drop `ident::` path prefixes */
    const char *q = p;
    while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_') q++;
    if (q > p && q[0] == ':' && q[1] == ':' && (p == t || !(p[-1] == ':' || p[-1] == '_' ||
        (p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= '0' && p[-1] <= '9') ))) {
      p = q + 2;
      continue;
    }
    if (q == p) q++;
    while (p < q) *o++ = *p++;
  }
  *o = 0;
  return make_key(a, t, NULL, true);
}

/* The impl a body's self type names (`<X as Svc>` of `{async fn body of <X as
 * Svc>::call()}`, of `{async fn body of m::<impl Svc for X>::call()}`, `Foo<'_>` of `{async fn
 * body of Foo<'_>::get()}`: canon_head); NULL when it names none (a free fn, a block). */
static char *head_of_type(ms_arena *a, const char *t) {
  if (!t || strncmp(t, "{async fn body of ", 18)) return NULL;
  const char *p = t + 18;
  size_t end = 0;
  if (*p == '<') end = impl_end(p, 0) + 1;
  else { /* up to the last `::` outside <> before the `(` */
    int depth = 0;
    for (size_t i = 0; p[i] && !(depth == 0 && p[i] == '('); i++) {
      if (p[i] == '<') depth++;
      else if (p[i] == '>' && depth > 0) depth--;
      else if (depth == 0 && p[i] == ':' && p[i + 1] == ':') end = i;
    }
  }
  if (!end || !p[end - 1]) return NULL;
  return canon_head(a, p, end);
}

/* The impl segment of a def path (`<impl at FILE:L:C: L:C>` or `{impl#N}`): its start in
 * *at, its length; 0 without one. */
static size_t impl_segment(const char *dp, const char **at) {
  const char *s = dp ? strstr(dp, "<impl at ") : NULL;
  if (s) {
    *at = s;
    return impl_end(s, 0) + 1;
  }
  s = dp ? strstr(dp, "{impl#") : NULL;
  if (!s) return 0;
  *at = s;
  return strcspn(s, "}") + 1;
}

/* The self type and trait of the impl a body is in (head_of_type): its own type's, or for a
 * block or closure in an impl method, that of a body of its crate in the same impl; NULL
 * outside an impl or when no body names it.  Two bodies whose heads are both known and
 * differ are never one (a trial paired `<X as Svc>::call` with `<Y as Svc>::call`). */
static char *impl_head(ms_arena *a, const ms_crate *c, const ms_coroutine *co) {
  const char *at;
  size_t n = impl_segment(co->def_path, &at);
  if (!n) return NULL;
  char *h = head_of_type(a, co->self_type);
  if (h) return h;
  ms_coroutine **cs = c->coroutines.items;
  for (size_t k = 0; k < c->coroutines.len; k++) {
    const char *at2;
    size_t n2 = impl_segment(cs[k]->def_path, &at2);
    if (n2 != n || memcmp(at, at2, n) || (at - co->def_path) != (at2 - cs[k]->def_path) ||
        memcmp(co->def_path, cs[k]->def_path, (size_t)(at - co->def_path)))
      continue;
    if ((h = head_of_type(a, cs[k]->self_type))) return h;
  }
  return NULL;
}

/* Do heads (impl_head) forbid pairing new j with old i: both known, and different? */
static bool heads_clash(const char *const *hn, const char *const *ho, size_t j, size_t i) {
  return hn && ho && hn[j] && ho[i] && strcmp(hn[j], ho[i]);
}

/* Are two shapes alike: the whole of them, or (`whole` false) their kind, the part before
 * the first `|`? */
static bool shapes_alike(const char *a, const char *b, bool whole) {
  if (whole) return !strcmp(a, b);
  size_t na = strcspn(a, "|"), nb = strcspn(b, "|");
  return na == nb && !memcmp(a, b, na);
}

/* Pair blocks and closures whose unnumbered loose keys (lk) are alike by their shape (or only
 * their kind: `whole` false), where that is one leftover's on each side among the key's: step
 * 0 before the keys, whose `{closure#N}` may have moved (a trial's gate failed on a plain
 * closure added above two async blocks: the old second block paired with the new first); step
 * 5 after them, a block left alone among its siblings (it captured one more closure). */
static void match_shapes(char *const *sn, char *const *so, const char *const *lkn,
                         const char *const *lko, const char *const *hn, const char *const *ho,
                         size_t nn, size_t no, long *match_new, bool *taken, bool whole) {
  for (size_t j = 0; j < nn; j++) {
    if (match_new[j] >= 0 || !sn[j]) continue;
    long cand = -1;
    size_t nc = 0, nsame = 0;
    for (size_t i = 0; i < no; i++)
      if (!taken[i] && so[i] && !strcmp(lkn[j], lko[i]) && shapes_alike(sn[j], so[i], whole) &&
          !heads_clash(hn, ho, j, i))
        cand = (long)i, nc++;
    for (size_t k = 0; k < nn; k++)
      if (match_new[k] < 0 && sn[k] && !strcmp(lkn[j], lkn[k]) && shapes_alike(sn[j], sn[k], whole))
        nsame++;
    if (nc == 1 && nsame == 1) {
      match_new[j] = cand;
      taken[cand] = true;
    }
  }
}

/* The key a fn moved to another module of its crate is matched by: its crate, its kind, what
 * it is (its impl's head, `{impl}` in an impl no body names, else `fn`) and its item name, the last segment of its loose key (lk) that is not a closure's, with what
 * follows it (`count_lines::{closure#0}` of `lines::count_lines::{closure#0}`); NULL without
 * such a segment. */
static char *move_key(ms_arena *a, const ms_coroutine *co, const char *lk, const char *head) {
  const char *leaf = NULL;
  int depth = 0;
  for (const char *p = lk; *p; p++) { /* each segment's start: at 0, after `::` outside <> */
    bool start = p == lk || (depth == 0 && p - lk >= 2 && p[-1] == ':' && p[-2] == ':');
    if (start && *p != '{' && *p != '<' && *p != ':') leaf = p;
    if (*p == '<') depth++;
    else if (*p == '>' && depth > 0) depth--;
  }
  if (!leaf) return NULL;
  char crate[256];
  ms_co_crate(co, crate, sizeof crate);
  ms_sbuf b;
  char buf[1024];
  ms_sb_init(&b, buf, sizeof buf);
  const char *at;
  const char *what = head ? head : impl_segment(co->def_path, &at) ? "{impl}" : "fn";
  ms_sb_printf(&b, "%d\x1f%s\x1f%s\x1f%s", (int)co->kind, crate, what, leaf);
  return ms_arena_strndup(a, buf, b.len);
}

/* Pair the leftovers of new (kn, nn) with those of old (ko, no) by equal keys: in order, or
 * (unique) only where the key is one leftover's on each side. */
static void match_keys(const char *const *kn, const char *const *ko, const char *const *hn,
                       const char *const *ho, size_t nn, size_t no, long *match_new, bool *taken,
                       bool unique) {
  for (size_t j = 0; j < nn; j++) {
    if (match_new[j] >= 0) continue;
    long cand = -1;
    size_t nc = 0, nsame = 0;
    for (size_t i = 0; i < no && (unique || cand < 0); i++)
      if (!taken[i] && !strcmp(kn[j], ko[i]) && !heads_clash(hn, ho, j, i)) {
        if (cand < 0) cand = (long)i;
        nc++;
      }
    if (unique)
      for (size_t k = 0; k < nn; k++)
        if (match_new[k] < 0 && !strcmp(kn[j], kn[k])) nsame++;
    if (cand >= 0 && (!unique || (nc == 1 && nsame == 1))) {
      match_new[j] = cand;
      taken[cand] = true;
    }
  }
}

/* How many entries before entry i (first: those before it) and after it have its key. */
static size_t key_count(const ms_diff *d, size_t i, size_t *before) {
  size_t n = 0;
  *before = 0;
  for (size_t j = 0; j < d->n; j++)
    if (!strcmp(d->e[j].key, d->e[i].key)) {
      n++;
      *before += j < i;
    }
  return n;
}

/* Make every entry's key unique (a trial's script keyed a dict on it and lost one of two
 * crates' `handle`): a key several entries share gets each one's crate (ms_co_crate of the
 * side it was taken from), `handle::{closure#0} [wire]`, and where that is still shared (the
 * same crate dumped twice, bodies that print one def path) ` #N` in report order from 1.
 * A key no other entry has is left as it was. */
static void unique_keys(ms_diff *d) {
  ms_arena *a = &d->arena;
  const char **q = ms_arena_alloc(a, (d->n + 1) * sizeof *q);
  for (size_t i = 0; i < d->n; i++) {
    size_t before;
    q[i] = d->e[i].key;
    if (key_count(d, i, &before) < 2) continue;
    char crate[256];
    ms_co_crate(d->e[i].new_ ? d->e[i].new_ : d->e[i].old, crate, sizeof crate);
    size_t lk = strlen(d->e[i].key), lc = strlen(crate);
    char *k = ms_arena_alloc(a, lk + lc + 4);
    memcpy(k, d->e[i].key, lk);
    memcpy(k + lk, " [", 2);
    memcpy(k + lk + 2, crate, lc);
    memcpy(k + lk + 2 + lc, "]", 2);
    q[i] = k;
  }
  for (size_t i = 0; i < d->n; i++) d->e[i].key = q[i];
  for (size_t i = 0; i < d->n; i++) {
    size_t before;
    if (key_count(d, i, &before) < 2) continue;
    size_t lk = strlen(d->e[i].key);
    char *k = ms_arena_alloc(a, lk + 24);
    snprintf(k, lk + 24, "%s #%zu", d->e[i].key, before + 1);
    q[i] = k;
  }
  for (size_t i = 0; i < d->n; i++) d->e[i].key = q[i];
}

ms_diff *ms_diff_new(const ms_crate *old, const ms_crate *new_) {
  ms_diff *d = ms_xcalloc(1, sizeof *d);
  d->name_width = 40, d->gate = d->gate_pct = d->code_gate = d->code_gate_pct = -1;
  d->old_crate = old;
  d->new_crate = new_;
  ms_arena_init(&d->arena);
  ms_arena *a = &d->arena;
  size_t no = old->coroutines.len, nn = new_->coroutines.len;
  ms_coroutine **co = old->coroutines.items, **cn = new_->coroutines.items;
  impl_set so, sn;
  collect_impls(a, old, &so);
  collect_impls(a, new_, &sn);
  char **ko = ms_arena_alloc(a, (no + 1) * sizeof *ko), **kn = ms_arena_alloc(a, (nn + 1) * sizeof *kn);
  char **lo = ms_arena_alloc(a, (no + 1) * sizeof *lo), **ln = ms_arena_alloc(a, (nn + 1) * sizeof *ln);
  long *match_new = ms_arena_alloc(a, (nn + 1) * sizeof *match_new); /* new -> old index */
  bool *taken = ms_arena_alloc(a, no + 1);
  d->e = ms_arena_alloc(a, (no + nn + 1) * sizeof *d->e);
  /* a def path several bodies share is told apart by the dump file's spelling of it */
  for (size_t i = 0; i < no; i++) {
    const char *dp = co[i]->by_item ? co[i]->item : co[i]->def_path;
    ko[i] = make_key(a, dp, &so, false);
    lo[i] = make_key(a, dp, &so, true);
    if (co[i]->size >= 0) d->old_bytes += co[i]->size;
    d->old_lower |= co[i]->size >= 0 && co[i]->size_source == MS_SIZE_LOWER_BOUND;
  }
  for (size_t j = 0; j < nn; j++) {
    const char *dp = cn[j]->by_item ? cn[j]->item : cn[j]->def_path;
    kn[j] = make_key(a, dp, &sn, false);
    ln[j] = make_key(a, dp, &sn, true);
    if (cn[j]->size >= 0) d->new_bytes += cn[j]->size;
    d->new_lower |= cn[j]->size >= 0 && cn[j]->size_source == MS_SIZE_LOWER_BOUND;
    match_new[j] = -1;
  }
  /* the same keys within each crate (ms_co_crate): `helper` of a dependency is not the
   * crate's own `helper` */
  char **kco = ms_arena_alloc(a, (no + 1) * sizeof *kco), **kcn = ms_arena_alloc(a, (nn + 1) * sizeof *kcn);
  char **lco = ms_arena_alloc(a, (no + 1) * sizeof *lco), **lcn = ms_arena_alloc(a, (nn + 1) * sizeof *lcn);
  for (size_t i = 0; i < no; i++) {
    kco[i] = crate_key(a, co[i], method_key(a, co[i], ko[i]));
    lco[i] = crate_key(a, co[i], lo[i]);
  }
  for (size_t j = 0; j < nn; j++) {
    kcn[j] = crate_key(a, cn[j], method_key(a, cn[j], kn[j]));
    lcn[j] = crate_key(a, cn[j], ln[j]);
  }
  /* 0. blocks and closures by their shape, where it is unique among the loose key's (above);
   * 1. exact keys within a crate, in order (several bodies with one key pair up in order);
   * 2. loose keys within a crate, when unique among the leftovers on both sides;
   * 3. and 4. the same across crates, only when unique (an --emit=mir file names its crate
   *    by the file: one side's crate may not be the other's name for it) */
  char **sho = ms_arena_alloc(a, (no + 1) * sizeof *sho), **shn = ms_arena_alloc(a, (nn + 1) * sizeof *shn);
  char **uo = ms_arena_alloc(a, (no + 1) * sizeof *uo), **un = ms_arena_alloc(a, (nn + 1) * sizeof *un);
  for (size_t i = 0; i < no; i++)
    if ((sho[i] = shape_of(a, co[i]))) uo[i] = unnumbered(a, lco[i]);
  for (size_t j = 0; j < nn; j++)
    if ((shn[j] = shape_of(a, cn[j]))) un[j] = unnumbered(a, lcn[j]);
  /* no step pairs two bodies of impls whose self types or traits are known and differ */
  char **ho = ms_arena_alloc(a, (no + 1) * sizeof *ho), **hn = ms_arena_alloc(a, (nn + 1) * sizeof *hn);
  for (size_t i = 0; i < no; i++) ho[i] = impl_head(a, old, co[i]);
  for (size_t j = 0; j < nn; j++) hn[j] = impl_head(a, new_, cn[j]);
  const char *const *cho = (const char *const *)ho, *const *chn = (const char *const *)hn;
  match_shapes(shn, sho, (const char *const *)un, (const char *const *)uo, chn, cho, nn, no, match_new,
               taken, true);
  match_keys((const char *const *)kcn, (const char *const *)kco, chn, cho, nn, no, match_new, taken, false);
  match_keys((const char *const *)lcn, (const char *const *)lco, chn, cho, nn, no, match_new, taken, true);
  match_keys((const char *const *)kn, (const char *const *)ko, chn, cho, nn, no, match_new, taken, true);
  match_keys((const char *const *)ln, (const char *const *)lo, chn, cho, nn, no, match_new, taken, true);
  /* 5. a block or closure left alone on each side among its renumbered siblings: the same
   * one, changed (a trial's block captured one more closure) */
  match_shapes(shn, sho, (const char *const *)un, (const char *const *)uo, chn, cho, nn, no, match_new,
               taken, false);
  /* 6. a fn moved to another module of its crate: the same kind, the same item name and
   * what it is (a free fn, or a method of one impl: move_key), that key one body's on each
   * side among all the crate's, matched or not (a trial's count_lines moved to `lines::` and
   * grew by 1024 bytes: removed + added, and the gate did not see it; a later trial's free
   * `a::call` paired with `<X as Svc>::call`, and a deleted `a::handle` with a new
   * `c::handle` while `b::handle` stayed) */
  bool *moved = ms_arena_alloc(a, nn + 1);
  char **mo = ms_arena_alloc(a, (no + 1) * sizeof *mo), **mn = ms_arena_alloc(a, (nn + 1) * sizeof *mn);
  for (size_t i = 0; i < no; i++) mo[i] = move_key(a, co[i], lo[i], ho[i]);
  for (size_t j = 0; j < nn; j++) mn[j] = move_key(a, cn[j], ln[j], hn[j]);
  for (size_t j = 0; j < nn; j++) {
    if (match_new[j] >= 0 || !mn[j]) continue;
    long cand = -1;
    size_t nold = 0, nnew = 0; /* of all the crate's bodies, matched or not: one on each side */
    for (size_t i = 0; i < no; i++)
      if (mo[i] && !strcmp(mn[j], mo[i])) cand = (long)i, nold++;
    for (size_t k = 0; k < nn; k++) nnew += mn[k] && !strcmp(mn[j], mn[k]);
    if (nold == 1 && nnew == 1 && !taken[cand]) match_new[j] = cand, taken[cand] = true, moved[j] = true;
  }
  for (size_t j = 0; j < nn; j++) {
    diff_entry *e = &d->e[d->n++];
    e->new_ = cn[j];
    e->old = match_new[j] >= 0 ? co[match_new[j]] : NULL;
    e->key = kn[j];
    e->moved = moved[j];
    fill(a, e);
  }
  for (size_t i = 0; i < no; i++) {
    if (taken[i]) continue;
    diff_entry *e = &d->e[d->n++];
    e->old = co[i];
    e->key = ko[i];
    fill(a, e);
  }
  /* stable insertion sort into report order */
  for (size_t i = 1; i < d->n; i++)
    for (size_t j = i; j > 0 && entry_before(&d->e[j], &d->e[j - 1]); j--) {
      diff_entry t = d->e[j];
      d->e[j] = d->e[j - 1];
      d->e[j - 1] = t;
    }
  unique_keys(d);
  return d;
}

void ms_diff_free(ms_diff *d) {
  if (!d) return;
  ms_arena_release(&d->arena);
  free(d);
}

size_t ms_diff_keep(ms_diff *d, ms_diff_keep_fn keep, void *user) {
  size_t n = 0;
  d->old_bytes = d->new_bytes = 0; /* each coroutine is in one entry: the totals are of them */
  d->old_lower = d->new_lower = false;
  for (size_t i = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    if (!keep(e->old, e->new_, user)) continue;
    if (e->old && e->old->size >= 0) d->old_bytes += e->old->size;
    if (e->new_ && e->new_->size >= 0) d->new_bytes += e->new_->size;
    d->old_lower |= e->old && e->old->size >= 0 && e->old->size_source == MS_SIZE_LOWER_BOUND;
    d->new_lower |= e->new_ && e->new_->size >= 0 && e->new_->size_source == MS_SIZE_LOWER_BOUND;
    d->e[n++] = *e;
  }
  d->n = n;
  return n;
}

/* ------------------------------------------------------------------ accessors */

size_t ms_diff_count(const ms_diff *d) { return d->n; }

#define ENTRY(d, i, bad)                                                                           \
  if ((i) >= (d)->n) return bad;                                                                   \
  const diff_entry *e = &(d)->e[i]

ms_diff_status ms_diff_status_of(const ms_diff *d, size_t i) {
  ENTRY(d, i, MS_DIFF_SAME);
  return e->status;
}
const char *ms_diff_key(const ms_diff *d, size_t i) {
  ENTRY(d, i, NULL);
  return e->key;
}
int ms_diff_moved(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  return e->moved;
}
const ms_coroutine *ms_diff_old(const ms_diff *d, size_t i) {
  ENTRY(d, i, NULL);
  return e->old;
}
const ms_coroutine *ms_diff_new_co(const ms_diff *d, size_t i) {
  ENTRY(d, i, NULL);
  return e->new_;
}
long ms_diff_size_delta(const ms_diff *d, size_t i) {
  ENTRY(d, i, MS_DELTA_UNKNOWN);
  return e->dsize;
}
long ms_diff_state_delta(const ms_diff *d, size_t i) {
  ENTRY(d, i, MS_DELTA_UNKNOWN);
  return e->dstates;
}
long ms_diff_code_delta(const ms_diff *d, size_t i) {
  ENTRY(d, i, MS_DELTA_UNKNOWN);
  return e->dcode;
}
long ms_diff_redundant_delta(const ms_diff *d, size_t i) {
  ENTRY(d, i, MS_DELTA_UNKNOWN);
  return e->dred;
}
size_t ms_diff_findings_added(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  return e->nadd;
}
size_t ms_diff_findings_removed(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  return e->ndel;
}
const char *ms_diff_finding_added(const ms_diff *d, size_t i, size_t k, const char **state) {
  ENTRY(d, i, NULL);
  if (k >= e->nadd) return NULL;
  if (state) *state = e->fadd[k].state;
  return e->fadd[k].cls;
}
const char *ms_diff_finding_removed(const ms_diff *d, size_t i, size_t k, const char **state) {
  ENTRY(d, i, NULL);
  if (k >= e->ndel) return NULL;
  if (state) *state = e->fdel[k].state;
  return e->fdel[k].cls;
}

size_t ms_diff_local_count(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  return e->nlocals;
}
unsigned ms_diff_local_change(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, 0);
  return k < e->nlocals ? e->locals[k].change : 0;
}
long ms_diff_local_old(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, -1);
  return k < e->nlocals ? e->locals[k].old : -1;
}
long ms_diff_local_new(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, -1);
  return k < e->nlocals ? e->locals[k].new_ : -1;
}
long ms_diff_local_delta(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, MS_DELTA_UNKNOWN);
  return k < e->nlocals ? e->locals[k].delta : MS_DELTA_UNKNOWN;
}

size_t ms_diff_upvar_count(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  return e->nupvars;
}
unsigned ms_diff_upvar_change(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, 0);
  return k < e->nupvars ? e->upvars[k].change : 0;
}
long ms_diff_upvar_new(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, -1);
  return k < e->nupvars ? e->upvars[k].new_ : -1;
}
long ms_diff_upvar_delta(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, MS_DELTA_UNKNOWN);
  return k < e->nupvars ? e->upvars[k].delta : MS_DELTA_UNKNOWN;
}
long ms_diff_largest_state(const ms_diff *d, size_t i, int new_side) {
  ENTRY(d, i, -1);
  return e->largest[new_side != 0];
}

/* Did a local of its own grow (not only an awaited future: then it grew because its awaitee
 * did)? */
static bool own_growth(const diff_entry *e) {
  for (size_t k = 0; k < e->nupvars; k++) /* what it captures is its own */
    if (e->upvars[k].delta != MS_DELTA_UNKNOWN && e->upvars[k].delta > 0) return true;
  for (size_t k = 0; k < e->nlocals; k++) {
    const diff_local *l = &e->locals[k];
    if (l->delta == MS_DELTA_UNKNOWN || l->delta <= 0 || l->new_ < 0) continue;
    if (strcmp(e->new_->saved[l->new_].name, "__awaitee")) return true;
  }
  return false;
}

/* The entry that grew most; of several that grew as much, one whose own local grew before
 * one that only holds it (a trial's gate named the awaiter `passthrough`, not the fn that
 * grew). */
long ms_diff_max_growth_entry(const ms_diff *d) {
  long m = 0, at = -1;
  for (size_t i = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    if (e->grow < m || e->grow <= 0) continue;
    if (e->grow > m || (at >= 0 && own_growth(e) && !own_growth(&d->e[at])))
      m = e->grow, at = (long)i;
  }
  return at;
}

long ms_diff_max_growth(const ms_diff *d) {
  long at = ms_diff_max_growth_entry(d);
  return at < 0 ? 0 : d->e[at].grow;
}

long ms_diff_growth(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  return e->grow;
}

/* Does growth from old bytes exceed a gate of limit bytes and pct percent (-1: not given)?
 * Both given: it must exceed both (a tiny future's few bytes are a large share of it); a
 * percentage of an old size of 0 is exceeded by any growth. */
static bool over(long limit, long pct, long growth, long old) {
  if (growth <= 0 || (limit < 0 && pct < 0)) return false;
  if (limit >= 0 && growth <= limit) return false;
  if (pct >= 0 && old > 0 && (double)growth * 100.0 <= (double)pct * (double)old) return false;
  return true;
}

/* The most bytes e grew by, of its future or of a paired instance, where that growth exceeds
 * the future gate; 0 when none does. */
static long gate_growth(const ms_diff *d, const diff_entry *e) {
  if (!e->old || !e->new_) return 0;
  long g = 0;
  if (e->dsize != MS_DELTA_UNKNOWN && over(d->gate, d->gate_pct, e->dsize, e->old->size)) g = e->dsize;
  for (size_t k = 0; k < e->ninst; k++) {
    const diff_inst *x = &e->inst[k];
    if (x->old < 0 || x->new_ < 0 || x->delta == MS_DELTA_UNKNOWN || x->delta <= g) continue;
    if (over(d->gate, d->gate_pct, x->delta, e->old->instances[x->old])) g = x->delta;
  }
  return g;
}

long ms_diff_gate_growth(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  return gate_growth(d, e);
}

/* The entry that exceeds the gate by the most bytes, picked as ms_diff_max_growth_entry
 * picks (an own local's growth before an awaiter's). */
long ms_diff_gate_entry(const ms_diff *d) {
  long m = 0, at = -1;
  for (size_t i = 0; i < d->n; i++) {
    long g = gate_growth(d, &d->e[i]);
    if (g < m || g <= 0) continue;
    if (g > m || (at >= 0 && own_growth(&d->e[i]) && !own_growth(&d->e[at]))) m = g, at = (long)i;
  }
  return at;
}

/* Code growth of e in nm bytes (new - old), where both sides have an nm size; *compared says
 * whether they do (added and removed entries: false). */
static long exact_code_growth(const diff_entry *e, bool *compared) {
  *compared = e->old && e->new_ && e->old->code_exact >= 0 && e->new_->code_exact >= 0;
  return *compared ? e->new_->code_exact - e->old->code_exact : 0;
}

long ms_diff_code_gate_growth(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  bool cmp;
  long g = exact_code_growth(e, &cmp);
  return cmp && over(d->code_gate, d->code_gate_pct, g, e->old->code_exact) ? g : 0;
}

long ms_diff_code_gate_entry(const ms_diff *d) {
  long m = 0, at = -1;
  for (size_t i = 0; i < d->n; i++) {
    long g = ms_diff_code_gate_growth(d, i);
    if (g > m) m = g, at = (long)i;
  }
  return at;
}

size_t ms_diff_code_compared(const ms_diff *d, size_t *not_compared, long *max_growth) {
  size_t n = 0, nc = 0;
  long m = 0;
  for (size_t i = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    if (!e->old || !e->new_) continue;
    bool cmp;
    long g = exact_code_growth(e, &cmp);
    if (!cmp) {
      nc++;
      continue;
    }
    n++;
    if (g > m) m = g;
  }
  if (not_compared) *not_compared = nc;
  if (max_growth) *max_growth = m;
  return n;
}

int ms_diff_gate_failed(const ms_diff *d) {
  return (ms_diff_gate_entry(d) >= 0 ? 1 : 0) | (ms_diff_code_gate_entry(d) >= 0 ? 2 : 0);
}

/* A gate as given: `--fail-on-growth 64`, `… 10%`, or both. */
static void gate_spec(char *out, size_t cap, const char *opt, long bytes, long pct) {
  if (bytes >= 0 && pct >= 0) snprintf(out, cap, "%s %ld %s %ld%%", opt, bytes, opt, pct);
  else if (pct >= 0) snprintf(out, cap, "%s %ld%%", opt, pct);
  else snprintf(out, cap, "%s %ld", opt, bytes);
}
size_t ms_diff_instance_count(const ms_diff *d, size_t i) {
  ENTRY(d, i, 0);
  return e->ninst;
}
long ms_diff_instance_old(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, -1);
  return k < e->ninst ? e->inst[k].old : -1;
}
long ms_diff_instance_new(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, -1);
  return k < e->ninst ? e->inst[k].new_ : -1;
}
long ms_diff_instance_delta(const ms_diff *d, size_t i, size_t k) {
  ENTRY(d, i, MS_DELTA_UNKNOWN);
  return k < e->ninst ? e->inst[k].delta : MS_DELTA_UNKNOWN;
}

/* ------------------------------------------------------------------ writing */

static const char *status_name(ms_diff_status s) {
  switch (s) {
  case MS_DIFF_CHANGED: return "changed";
  case MS_DIFF_ADDED: return "added";
  case MS_DIFF_REMOVED: return "removed";
  default: return "unchanged";
  }
}

typedef struct {
  size_t changed, same, added, removed;
} diff_counts;

static diff_counts counts(const ms_diff *d) {
  diff_counts k = {0};
  for (size_t i = 0; i < d->n; i++) switch (d->e[i].status) {
    case MS_DIFF_CHANGED: k.changed++; break;
    case MS_DIFF_SAME: k.same++; break;
    case MS_DIFF_ADDED: k.added++; break;
    default: k.removed++; break;
    }
  return k;
}

/* `old → new (+d)` of one metric; `?` for unknown values.  No change: the value once, unless
 * the sides write it otherwise (an exact 80 against a lower bound of 80: `80 → ≥80`; a
 * trial read `≥80` for both). */
static void metric(char *out, size_t cap, const char *old_s, const char *new_s, long dl) {
  if (dl == MS_DELTA_UNKNOWN || (dl == 0 && strcmp(old_s, new_s))) snprintf(out, cap, "%s → %s", old_s, new_s);
  else if (dl == 0) snprintf(out, cap, "%s", new_s);
  else snprintf(out, cap, "%s → %s (%+ld)", old_s, new_s, dl);
}

/* The best code figure, marked as the report marks it: exact, ≈ corrected, ~ modelled. */
static void code_str(const ms_coroutine *co, char *out, size_t cap) { ms_rep_code_cell(co, out, cap); }

/* The modelled estimate, marked `~`. */
static void modelled_str(const ms_coroutine *co, char *out, size_t cap) {
  if (co->code_estimate < 0) snprintf(out, cap, "?");
  else snprintf(out, cap, "~%ld", co->code_estimate);
}

enum { D_PATH, D_FUT, D_STATES, D_CODE, D_RED, D_NCOL };
static const char *const DHEAD[D_NCOL] = {"coroutine", "future", "states", "code", "redundant"};

static void cells(const diff_entry *e, char cell[D_NCOL][512]) {
  const ms_coroutine *co = e->new_ ? e->new_ : e->old;
  ms_rep_co_path(co, cell[D_PATH], 512);
  if (!e->old || !e->new_) {
    ms_rep_future_bytes(co, cell[D_FUT], 512);
    snprintf(cell[D_STATES], 512, "%zu", co->nstates);
    code_str(co, cell[D_CODE], 512);
    snprintf(cell[D_RED], 512, "%ld", co->code_redundant > 0 ? co->code_redundant : 0);
    return;
  }
  char a[64], b[64];
  ms_rep_future_bytes(e->old, a, sizeof a);
  ms_rep_future_bytes(e->new_, b, sizeof b);
  metric(cell[D_FUT], 512, a, b, e->dsize);
  snprintf(a, sizeof a, "%zu", e->old->nstates);
  snprintf(b, sizeof b, "%zu", e->new_->nstates);
  metric(cell[D_STATES], 512, a, b, e->dstates);
  bool moved = e->dcode != 0 && e->dcode != MS_DELTA_UNKNOWN;
  if (moved && (e->old->code_exact < 0 || e->new_->code_exact < 0)) {
    /* the figures the change is of (fill): the modelled ones, so that it adds up (three
     * trials subtracted `≈445 → ≈464 (+30)`); after each side's own figure where that is
     * another (a trial's `~230 → ~231 (+1)` hid that the new side had an exact 280) */
    char ma[64], mb[64], mc[160];
    code_str(e->old, a, sizeof a);
    code_str(e->new_, b, sizeof b);
    modelled_str(e->old, ma, sizeof ma);
    modelled_str(e->new_, mb, sizeof mb);
    if (!strcmp(a, ma) && !strcmp(b, mb)) metric(cell[D_CODE], 512, ma, mb, e->dcode);
    else {
      metric(mc, sizeof mc, ma, mb, MS_DELTA_UNKNOWN);
      snprintf(cell[D_CODE], 512, "%s → %s (%s, %+ld)", a, b, mc, e->dcode);
    }
  } else { /* each side's figure as its report prints it (a trial saw `~211` here where the
            * report said `≈255`); no change between them: once when they agree, else both
            * (a corrected figure moves with its build's factor) */
    code_str(e->old, a, sizeof a);
    code_str(e->new_, b, sizeof b);
    if (moved || strcmp(a, b)) metric(cell[D_CODE], 512, a, b, moved ? e->dcode : MS_DELTA_UNKNOWN);
    else snprintf(cell[D_CODE], 512, "%s", b);
  }
  snprintf(a, sizeof a, "%ld", e->old->code_redundant > 0 ? e->old->code_redundant : 0);
  snprintf(b, sizeof b, "%ld", e->new_->code_redundant > 0 ? e->new_->code_redundant : 0);
  metric(cell[D_RED], 512, a, b, e->dred);
}

/* Markdown: each a list item whose `+` / `-` is escaped (a bare one is a list marker and
 * would render as a bullet: appeared and gone would look alike). */
static void findings_line(FILE *o, const diff_entry *e, const char *indent, bool md) {
  for (size_t k = 0; k < e->nadd; k++)
    fprintf(o, "%s%s %s%s%s%s%s\n", indent, md ? "- \\+" : "+", md ? "finding `" : "finding ",
            e->fadd[k].cls, md ? "`" : "", *e->fadd[k].state ? " in " : "", e->fadd[k].state);
  for (size_t k = 0; k < e->ndel; k++)
    fprintf(o, "%s%s %s%s%s%s%s\n", indent, md ? "- \\-" : "-", md ? "finding `" : "finding ",
            e->fdel[k].cls, md ? "`" : "", *e->fdel[k].state ? " in " : "", e->fdel[k].state);
}

/* The states holding saved local l of co, ", "-separated; "no state" when none does. */
static void held_by(const ms_coroutine *co, long l, ms_sbuf *b) {
  size_t start = b->len;
  for (size_t s = 0; l >= 0 && s < co->nstates; s++)
    for (size_t j = 0; j < co->states[s].nfields; j++)
      if (co->states[s].fields[j] == (size_t)l) {
        ms_sb_printf(b, "%s%s", b->len > start ? ", " : "", co->states[s].name);
        break;
      }
  if (b->len == start) ms_sb_puts(b, "no state");
}

/* A saved local as the reports name it: its source name, `await` for an awaited future,
 * else its id. */
static const char *local_name(const co_saved *sv) {
  return !strcmp(sv->name, "__awaitee") ? "await" : *sv->name ? sv->name : sv->id;
}

/* One changed local in words: "+ local buf: [u8; 256] (256 B), held in Suspend0, Suspend1";
 * grew: "↑ local …: T, 8 → 16 B (+8), held in …"; moved: "held in Suspend0 → Suspend1". */
static void local_line(const ms_diff *d, const diff_entry *e, const diff_local *l, bool md, ms_sbuf *b) {
  const co_saved *so = l->old >= 0 ? &e->old->saved[l->old] : NULL, *sn = l->new_ >= 0 ? &e->new_->saved[l->new_] : NULL;
  const co_saved *sv = sn ? sn : so;
  char to[512] = "", tn[512] = "";
  if (so) ms_type_display(d->old_crate, e->old, l->old, NULL, to, sizeof to);
  if (sn) ms_type_display(d->new_crate, e->new_, l->new_, NULL, tn, sizeof tn);
  unsigned ch = l->change;
  const char *q = md ? "`" : "", *mark = ch & MS_LOCAL_APPEARED ? (md ? "\\+" : "+") :
                                        ch & MS_LOCAL_GONE ? (md ? "\\-" : "-") :
                                        ch & MS_LOCAL_GREW ? "↑" : ch & MS_LOCAL_SHRANK ? "↓" : "→";
  ms_sb_printf(b, "%s local %s%s%s: %s%s%s", mark, q, local_name(sv), q, q, so ? to : tn, q);
  if (so && sn && strcmp(to, tn)) ms_sb_printf(b, " → %s%s%s", q, tn, q);
  if (ch & (MS_LOCAL_GREW | MS_LOCAL_SHRANK))
    ms_sb_printf(b, ", %ld → %ld B (%+ld)", so->bytes, sn->bytes, l->delta);
  else if (sv->bytes >= 0) ms_sb_printf(b, " (%ld B)", sv->bytes);
  ms_sb_puts(b, ch & MS_LOCAL_GONE ? ", was held in " : ", held in ");
  if (ch & MS_LOCAL_MOVED) {
    held_by(e->old, l->old, b);
    ms_sb_puts(b, " → ");
  }
  held_by(sn ? e->new_ : e->old, sn ? l->new_ : l->old, b);
}

/* "+ upvar table: [u32; 512] (2048 B), in every state" */
static void upvar_line(const diff_entry *e, const diff_local *l, bool md, ms_sbuf *b) {
  const co_upvar *uo = l->old >= 0 ? &e->old->upvars[l->old] : NULL,
                 *un = l->new_ >= 0 ? &e->new_->upvars[l->new_] : NULL, *u = un ? un : uo;
  char to[512] = "", tn[512] = "";
  if (uo) ms_rep_short_type(uo->type, to, sizeof to);
  if (un) ms_rep_short_type(un->type, tn, sizeof tn);
  unsigned ch = l->change;
  const char *q = md ? "`" : "", *mark = ch & MS_LOCAL_APPEARED ? (md ? "\\+" : "+") :
                                        ch & MS_LOCAL_GONE ? (md ? "\\-" : "-") :
                                        ch & MS_LOCAL_GREW ? "↑" : "↓";
  ms_sb_printf(b, "%s upvar %s%s%s: %s%s%s", mark, q, u->name, q, q, uo ? to : tn, q);
  if (uo && un && strcmp(to, tn)) ms_sb_printf(b, " → %s%s%s", q, tn, q);
  if (ch & (MS_LOCAL_GREW | MS_LOCAL_SHRANK))
    ms_sb_printf(b, ", %ld → %ld B (%+ld)", uo->bytes, un->bytes, l->delta);
  else if (u->bytes >= 0) ms_sb_printf(b, " (%ld B)", u->bytes);
  ms_sb_puts(b, ch & MS_LOCAL_GONE ? ", was in every state" : ", in every state");
}

/* "largest state: Suspend0 (17 B) → Suspend1 (280 B)" when it is another or its size changed. */
static bool largest_line(const diff_entry *e, ms_sbuf *b) {
  long a = e->largest[0], z = e->largest[1];
  if (!e->old || !e->new_ || a < 0 || z < 0) return false;
  const co_state *sa = &e->old->states[a], *sz = &e->new_->states[z];
  if (!strcmp(sa->name, sz->name) && sa->bytes == sz->bytes) return false;
  ms_sb_printf(b, "largest state: %s (%ld B) → %s (%ld B)", sa->name, sa->bytes, sz->name, sz->bytes);
  return true;
}

/* One changed instance: "↑ instance {async fn body of relay<Msg>()}: 32 → 216 B (+184)";
 * the one left over on each side: "↑ instance A → B, 80 → 528 B (+448), the one left on
 * each side"; "+ instance T (24 B), new: not growth"; "- instance T (80 B), gone". */
static void inst_line(const diff_entry *e, const diff_inst *x, bool md, ms_sbuf *b) {
  const char *q = md ? "`" : "";
  const char *to = x->old >= 0 ? ms_co_instance_type(e->old, (size_t)x->old) : NULL,
             *tn = x->new_ >= 0 ? ms_co_instance_type(e->new_, (size_t)x->new_) : NULL;
  if (!tn) {
    ms_sb_printf(b, "%s instance %s%s%s (%ld B), gone", md ? "\\-" : "-", q, to, q, e->old->instances[x->old]);
    return;
  }
  if (!to) {
    ms_sb_printf(b, "%s instance %s%s%s (%ld B), new", md ? "\\+" : "+", q, tn, q, e->new_->instances[x->new_]);
    return;
  }
  ms_sb_printf(b, "%s instance %s%s%s", x->delta > 0 ? "↑" : x->delta < 0 ? "↓" : "→", q, to, q);
  if (strcmp(to, tn)) ms_sb_printf(b, " → %s%s%s", q, tn, q);
  ms_sb_printf(b, "%s %ld → %ld B", strcmp(to, tn) ? "," : ":", e->old->instances[x->old], e->new_->instances[x->new_]);
  if (x->delta) ms_sb_printf(b, " (%+ld)", x->delta);
  if (!x->by_type) ms_sb_puts(b, ", the one instance left on each side");
}

#define DIFF_LOCALS_SHOWN 6

/* What changed inside a changed future: its locals (the first DIFF_LOCALS_SHOWN) and its
 * largest state, one line each after `indent`. */
static void inside_lines(const ms_diff *d, FILE *o, const diff_entry *e, const char *indent, bool md) {
  char line[1536];
  ms_sbuf b;
  for (size_t k = 0; k < e->ninst; k++) { /* what the future's own figures do not show */
    ms_sb_init(&b, line, sizeof line);
    inst_line(e, &e->inst[k], md, &b);
    fprintf(o, "%s", indent);
    ms_write_safe(o, line, b.len);
    fputc('\n', o);
  }
  for (size_t k = 0; k < e->nlocals && k < DIFF_LOCALS_SHOWN; k++) {
    ms_sb_init(&b, line, sizeof line);
    local_line(d, e, &e->locals[k], md, &b);
    fprintf(o, "%s", indent);
    ms_write_safe(o, line, b.len);
    fputc('\n', o);
  }
  if (e->nlocals > DIFF_LOCALS_SHOWN)
    fprintf(o, "%s… %zu more local%s changed (-f json lists them all)\n", indent,
            e->nlocals - DIFF_LOCALS_SHOWN, e->nlocals - DIFF_LOCALS_SHOWN == 1 ? "" : "s");
  for (size_t k = 0; k < e->nupvars && k < DIFF_LOCALS_SHOWN; k++) {
    ms_sb_init(&b, line, sizeof line);
    upvar_line(e, &e->upvars[k], md, &b);
    fprintf(o, "%s", indent);
    ms_write_safe(o, line, b.len);
    fputc('\n', o);
  }
  ms_sb_init(&b, line, sizeof line);
  if (largest_line(e, &b)) fprintf(o, "%s%s\n", indent, line);
}

/* The futures of one side (0 old, 1 new) that no other future of that side awaits, summed
 * (ms_rep_outer_bytes).  *all: whether every future of the side is such. */
static long outer_bytes(const ms_diff *d, int side, bool *all) {
  const ms_coroutine **v = ms_xmalloc((d->n + 1) * sizeof *v);
  size_t n = 0, outer = 0;
  for (size_t i = 0; i < d->n; i++)
    if (side ? d->e[i].new_ != NULL : d->e[i].old != NULL) v[n++] = side ? d->e[i].new_ : d->e[i].old;
  long sum = ms_rep_outer_bytes(side ? d->new_crate : d->old_crate, v, n, &outer);
  free(v);
  *all = outer == n;
  return sum;
}

static void left_out(const ms_diff *d, FILE *o, bool md, size_t krows, size_t kdet);
static void gate_lines(const ms_diff *d, FILE *o, bool md, bool col);

/* The first krows rows (report order), the details under the first kdet of them. */
static void write_text(const ms_diff *d, FILE *o, bool col, size_t krows, size_t kdet) {
  diff_counts k = counts(d);
  long g = ms_diff_max_growth(d);
  write_warnings(d, o, false, col);
  fprintf(o, "%s%zu matched%s (%zu changed, %zu unchanged), %zu added, %zu removed\n", col ? "\033[1m" : "",
          k.changed + k.same, col ? "\033[0m" : "", k.changed, k.same, k.added, k.removed);
  fprintf(o, "futures: %s%ld → %s%ld bytes in total (%+ld)", d->old_lower ? "≥" : "",
          d->old_bytes, d->new_lower ? "≥" : "", d->new_bytes, d->new_bytes - d->old_bytes);
  bool ao, an;
  long oo = outer_bytes(d, 0, &ao), no = outer_bytes(d, 1, &an);
  if (oo >= 0 && no >= 0 && (!ao || !an))
    fprintf(o, ", %s%ld → %s%ld in those not awaited by another (%+ld)", d->old_lower ? "≥" : "",
            oo, d->new_lower ? "≥" : "", no, no - oo);
  fputs("; largest growth: ", o);
  if (g > 0) fprintf(o, "%s+%ld byte%s%s\n", col ? "\033[31m" : "", g, g == 1 ? "" : "s", col ? "\033[0m" : "");
  else fputs("none\n", o);
  if (not_whole(d, NULL)) { /* what follows covers what could be read and modelled */
    fprintf(o, "%sinput not read whole%s: ", col ? "\033[33m" : "", col ? "\033[0m" : "");
    not_whole(d, o);
    fputs(" (the messages on stderr; mirscope check shows where)\n", o);
  }
  gate_lines(d, o, false, col);
  if (!d->n) return;
  char(*cell)[D_NCOL][512] = ms_xcalloc(d->n, sizeof *cell);
  size_t w[D_NCOL];
  for (size_t c = 0; c < D_NCOL; c++) w[c] = ms_rep_width(DHEAD[c]);
  for (size_t i = 0; i < d->n; i++) {
    cells(&d->e[i], cell[i]);
    for (size_t c = 0; c < D_NCOL; c++)
      if (ms_rep_width(cell[i][c]) > w[c]) w[c] = ms_rep_width(cell[i][c]);
  }
  if (d->name_width > 0 && w[D_PATH] > (size_t)d->name_width) w[D_PATH] = (size_t)d->name_width;
  if (d->width > 0) { /* the rows fit the terminal: the name column gives way, to 16 columns */
    size_t rest = 4 + 2 * (D_NCOL - 1);
    for (size_t c = 0; c < D_NCOL; c++) rest += c == D_PATH ? 0 : w[c];
    size_t room = (size_t)d->width > rest + 16 ? (size_t)d->width - rest : 16;
    if (w[D_PATH] > room) w[D_PATH] = room;
  }
  fputs(col ? "\n\033[1m    " : "\n    ", o);
  for (size_t c = 0; c < D_NCOL; c++) {
    ms_rep_pad(o, DHEAD[c], w[c], c > 0);
    if (c + 1 < D_NCOL) fputs("  ", o);
  }
  fputs(col ? "\033[0m\n" : "\n", o);
  for (size_t i = 0; i < d->n && i < krows; i++) {
    const diff_entry *e = &d->e[i];
    const char *mark = e->status == MS_DIFF_ADDED ? "+" : e->status == MS_DIFF_REMOVED ? "-" :
                       e->status == MS_DIFF_CHANGED ? "*" : " ";
    const char *on = !col ? "" : e->status == MS_DIFF_ADDED ? "\033[32m" : e->status == MS_DIFF_REMOVED ? "\033[31m" :
                     e->status == MS_DIFF_SAME ? "\033[2m" : e->dsize > 0 && e->dsize != MS_DELTA_UNKNOWN ? "\033[33m" : "";
    fprintf(o, "%s  %s ", on, mark);
    char el[1024];
    for (size_t c = 0; c < D_NCOL; c++) {
      ms_rep_elide(cell[i][c], w[c], el, sizeof el);
      ms_rep_pad(o, el, w[c], c > 0);
      if (c + 1 < D_NCOL) fputs("  ", o);
    }
    fputs(*on ? "\033[0m\n" : "\n", o);
    if (e->moved) { /* matched by its item name: say from where */
      char from[512];
      ms_rep_co_path(e->old, from, sizeof from);
      fputs("      moved from ", o);
      ms_write_safe(o, from, strlen(from));
      fputc('\n', o);
    }
    if (i >= kdet) continue;
    findings_line(o, e, "      ", false);
    if (e->status == MS_DIFF_CHANGED) inside_lines(d, o, e, "      ", false);
  }
  free(cell);
  left_out(d, o, false, krows, kdet);
  fputs("  + added, - removed, * changed; future bytes: exact, ~ computed, ≥ lower bound; "
        "code: exact (nm), ≈ corrected, ~ modelled, each side's as its report has it; a change "
        "of code is of the nm sizes when both sides have one, else of both sides' modelled "
        "estimates, shown in parentheses after the figures (alone when the figures are those; ≈ "
        "moves with its build's factor)\n",
        o);
}

/* What --fail-on-growth does not gate: the added futures (their bytes) and the added
 * instances of generic bodies; false when none. */
static bool not_gated(const ms_diff *d, size_t *futures, long *bytes, size_t *instances) {
  *futures = *instances = 0;
  *bytes = 0;
  for (size_t i = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    if (e->status == MS_DIFF_ADDED) {
      (*futures)++;
      *bytes += e->new_->size > 0 ? e->new_->size : 0;
    }
    for (size_t k = 0; k < e->ninst; k++) *instances += e->inst[k].old < 0;
  }
  return *futures || *instances;
}

/* The gates' verdicts, a line each (Markdown: a bullet): `gate --fail-on-growth 64: failed:
 * three grew by 56 bytes`, what the future gate did not gate, how many pairs the code gate
 * compared and how many it could not (no nm size on a side). */
static void gate_lines(const ms_diff *d, FILE *o, bool md, bool col) {
  const char *q = md ? "`" : "", *bul = md ? "- " : "";
  char spec[128], name[512];
  if (d->gate >= 0 || d->gate_pct >= 0) {
    gate_spec(spec, sizeof spec, "--fail-on-growth", d->gate, d->gate_pct);
    long at = ms_diff_gate_entry(d);
    if (at >= 0) {
      const diff_entry *e = &d->e[at];
      long g = gate_growth(d, e), old = e->dsize == g ? e->old->size : -1;
      for (size_t k = 0; old < 0 && k < e->ninst; k++)
        if (e->inst[k].old >= 0 && e->inst[k].new_ >= 0 && e->inst[k].delta == g) old = e->old->instances[e->inst[k].old];
      ms_rep_co_path(e->new_, name, sizeof name); /* the table's name, as everywhere here */
      fprintf(o, "%sgate %s%s%s: %s%s%s: %s%s%s grew by %ld byte%s", bul, q, spec, q,
              md ? "**" : col ? "\033[31m" : "", "failed", md ? "**" : col ? "\033[0m" : "", q, name, q, g,
              g == 1 ? "" : "s");
      if (d->gate_pct >= 0 && old > 0) fprintf(o, " (%ld %% of its %ld)", g * 100 / old, old);
    } else
      fprintf(o, "%sgate %s%s%s: passed", bul, q, spec, q);
    size_t nf, ni;
    long nb;
    if (not_gated(d, &nf, &nb, &ni)) { /* what it did not look at */
      fputs("; not gated (no growth: nothing to compare with): ", o);
      if (nf) fprintf(o, "%zu added future%s (%ld byte%s)", nf, nf == 1 ? "" : "s", nb, nb == 1 ? "" : "s");
      if (ni) fprintf(o, "%s%zu added instance%s", nf ? ", " : "", ni, ni == 1 ? "" : "s");
    }
    fputc('\n', o);
  }
  if (d->code_gate >= 0 || d->code_gate_pct >= 0) {
    gate_spec(spec, sizeof spec, "--fail-on-code-growth", d->code_gate, d->code_gate_pct);
    long at = ms_diff_code_gate_entry(d);
    if (at >= 0) {
      const diff_entry *e = &d->e[at];
      long g = e->new_->code_exact - e->old->code_exact;
      ms_rep_co_path(e->new_, name, sizeof name);
      fprintf(o, "%sgate %s%s%s: %s%s%s: the code of %s%s%s grew by %ld byte%s (nm: %ld → %ld", bul, q, spec,
              q, md ? "**" : col ? "\033[31m" : "", "failed", md ? "**" : col ? "\033[0m" : "", q, name, q, g,
              g == 1 ? "" : "s", e->old->code_exact, e->new_->code_exact);
      if (d->code_gate_pct >= 0 && e->old->code_exact > 0)
        fprintf(o, ", %ld %% of its %ld", g * 100 / e->old->code_exact, e->old->code_exact);
      fputc(')', o);
    } else
      fprintf(o, "%sgate %s%s%s: passed", bul, q, spec, q);
    size_t nc;
    size_t n = ms_diff_code_compared(d, &nc, NULL);
    fprintf(o, "; compared %zu matched coroutine%s by their nm sizes", n, n == 1 ? "" : "s");
    if (nc) fprintf(o, ", could not compare %zu (no nm size on a side: modelled code is not gated)", nc);
    fputc('\n', o);
  }
}

/* The first krows table rows (report order), the sections' entries of the first kdet. */
static void write_md(const ms_diff *d, FILE *o, size_t krows, size_t kdet) {
  diff_counts k = counts(d);
  long g = ms_diff_max_growth(d);
  fputs("# Async state machine diff\n\n", o);
  write_warnings(d, o, true, false);
  if (not_whole(d, NULL)) {
    fputs("- **The input was not read whole**: ", o);
    not_whole(d, o);
    fputs("; what follows covers the rest (`mirscope check` shows where)\n", o);
  }
  fprintf(o, "- %zu matched (%zu changed, %zu unchanged), %zu added, %zu removed\n", k.changed + k.same,
          k.changed, k.same, k.added, k.removed);
  fprintf(o, "- futures: %s%ld → %s%ld bytes in total (%+ld)\n", d->old_lower ? "≥" : "", d->old_bytes,
          d->new_lower ? "≥" : "", d->new_bytes, d->new_bytes - d->old_bytes);
  bool ao, an;
  long oo = outer_bytes(d, 0, &ao), on = outer_bytes(d, 1, &an);
  if (oo >= 0 && on >= 0 && (!ao || !an))
    fprintf(o, "- of them, not awaited by another (an awaited future is inside its awaiter's): "
               "%s%ld → %s%ld bytes (%+ld)\n",
            d->old_lower ? "≥" : "", oo, d->new_lower ? "≥" : "", on, on - oo);
  if (g > 0) fprintf(o, "- largest growth: **+%ld byte%s**\n", g, g == 1 ? "" : "s");
  else fputs("- largest growth: none\n", o);
  gate_lines(d, o, true, false);
  fputc('\n', o);
  if (!d->n) return;
  /* a pull request's comment: the rows that changed, were added or removed; the unchanged
   * ones counted (a crate of 1500 async fns made a comment over GitHub's 65 536 characters) */
  if (k.changed + k.added + k.removed && krows) {
    /* the marks, as text's legend and the report's line above its table say them (a trial's
     * comment had `~` and `≈` unexplained) */
    fputs("Future bytes: exact from `-Zprint-type-sizes`, `~` computed, `≥` lower bound.  Code "
          "bytes: exact from `nm`, `≈` corrected, `~` modelled, each side's as its report has it; "
          "a change of code is of the `nm` sizes when both sides have one, else of both sides' "
          "modelled estimates, shown in parentheses after the figures (alone when the figures "
          "are those).\n\n",
          o);
    fputs("| | coroutine | future bytes | states | code bytes | redundant bytes |\n", o);
    fputs("| --- | --- | ---: | ---: | ---: | ---: |\n", o);
  }
  for (size_t i = 0, r = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    if (e->status == MS_DIFF_SAME || r++ >= krows) continue;
    char cell[D_NCOL][512], from[512] = "";
    cells(e, cell);
    if (e->moved) ms_rep_co_path(e->old, from, sizeof from);
    fprintf(o, "| %s | `%s`%s%s%s | %s | %s | %s | %s |\n", status_name(e->status), cell[D_PATH],
            *from ? " (moved from `" : "", from, *from ? "`)" : "", cell[D_FUT], cell[D_STATES],
            cell[D_CODE], cell[D_RED]);
  }
  if (k.same)
    fprintf(o, "%s%zu unchanged coroutine%s not listed (`-f text` and `-f json` list them).\n",
            k.changed + k.added + k.removed ? "\n" : "", k.same, k.same == 1 ? "" : "s");
  left_out(d, o, true, krows, kdet);
  bool any = false;
  for (size_t i = 0, r = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    if (e->status == MS_DIFF_SAME || r++ >= kdet) continue;
    if (!e->nadd && !e->ndel) continue;
    if (!any) fputs("\n## Findings that appear or disappear\n\n", o);
    any = true;
    char name[512];
    ms_rep_co_path(e->new_ ? e->new_ : e->old, name, sizeof name);
    fprintf(o, "- `%s`\n", name);
    findings_line(o, e, "  ", true);
  }
  any = false;
  bool any_inst = false;
  for (size_t i = 0, r = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    if (e->status == MS_DIFF_SAME || r++ >= kdet) continue;
    if (e->status != MS_DIFF_CHANGED) continue;
    char line[1536];
    ms_sbuf lb;
    ms_sb_init(&lb, line, sizeof line);
    if (!e->nlocals && !e->ninst && !largest_line(e, &lb)) continue; /* only its code changed: no bullet */
    if (!any) fputs("\n## What changed inside\n\nSaved locals that appeared (+), are gone (-), grew (↑), "
                    "shrank (↓) or are held by other states (→), and the largest state.\n\n", o);
    if (!any_inst && e->ninst) /* once, before the first instance line */
      fputs("_Instances of a generic body: added (+), removed (-), grew (↑) or shrank (↓), paired by "
            "their type (else the one left on each side)._\n\n", o);
    any_inst |= e->ninst > 0;
    any = true;
    char name[512];
    ms_rep_co_path(e->new_, name, sizeof name);
    fputs("- `", o);
    ms_write_safe(o, name, strlen(name));
    fputs("`\n", o);
    inside_lines(d, o, e, "  - ", true);
  }
}

static void json_side(FILE *o, const ms_coroutine *co) {
  if (!co) {
    fputs("null", o);
    return;
  }
  fputs("{ \"def_path\": ", o);
  ms_json_string(o, co->def_path);
  fputs(", \"name\": ", o);
  ms_json_string(o, ms_co_name(co));
  char shown[2048]; /* as the text and Markdown tables print it, report.json's table_name */
  ms_co_short_name(co, shown, sizeof shown);
  fputs(", \"table_name\": ", o);
  ms_json_string(o, shown);
  char crate[256];
  ms_co_crate(co, crate, sizeof crate);
  fputs(", \"crate\": ", o);
  ms_json_string(o, crate);
  fputs(", \"bytes\": ", o);
  if (co->size < 0) fputs("null", o);
  else fprintf(o, "%ld", co->size);
  fprintf(o, ", \"exact\": %s, \"size_source\": ",
          co->size_source == MS_SIZE_PRINT_TYPE_SIZES && co->size >= 0 ? "true" : "false");
  if (co->size < 0) fputs("null", o);
  else ms_json_string(o, ms_json_size_source_name(co->size_source));
  fprintf(o, ", \"states\": %zu, \"awaits\": %zu, \"code_bytes\": ", co->nstates, ms_rep_awaits(co));
  ms_code_source src;
  long code = ms_co_code_bytes(co, &src);
  if (code < 0) fputs("null, \"code_source\": null", o);
  else fprintf(o, "%ld, \"code_source\": \"%s\"", code, ms_code_source_name(src));
  fputs(", \"code_modelled\": ", o); /* what delta.code_bytes is of unless both are exact */
  if (co->code_estimate < 0) fputs("null", o);
  else fprintf(o, "%ld", co->code_estimate);
  fprintf(o, ", \"redundant_bytes\": %ld,\n        \"instances\": [", co->code_redundant > 0 ? co->code_redundant : 0);
  for (size_t i = 0; i < co->ninstances; i++) {
    fputs(i ? ", { \"type\": " : "{ \"type\": ", o);
    ms_json_string(o, ms_co_instance_type(co, i));
    fprintf(o, ", \"bytes\": %ld }", co->instances[i]);
  }
  fputs("] }", o);
}

static void jdelta(FILE *o, long v);

/* instances[] of an entry: those that changed (docs/json.md). */
static void json_instances(FILE *o, const diff_entry *e) {
  fputs(",\n      \"instances\": [", o);
  for (size_t k = 0; k < e->ninst; k++) {
    const diff_inst *x = &e->inst[k];
    fputs(k ? ",\n        { \"change\": " : "\n        { \"change\": ", o);
    ms_json_string(o, x->old < 0 ? "added" : x->new_ < 0 ? "removed" : x->delta > 0 ? "grew" :
                      x->delta < 0 ? "shrank" : "renamed");
    fputs(", \"paired_by\": ", o);
    if (x->old < 0 || x->new_ < 0) fputs("null", o);
    else ms_json_string(o, x->by_type ? "type" : "leftover");
    fputs(", \"delta\": ", o);
    jdelta(o, x->delta);
    for (int side = 0; side < 2; side++) {
      const ms_coroutine *co = side ? e->new_ : e->old;
      long i = side ? x->new_ : x->old;
      fputs(side ? ", \"new\": " : ",\n          \"old\": ", o);
      if (i < 0) {
        fputs("null", o);
        continue;
      }
      fputs("{ \"type\": ", o);
      ms_json_string(o, ms_co_instance_type(co, (size_t)i));
      fprintf(o, ", \"bytes\": %ld }", co->instances[i]);
    }
    fputs(" }", o);
  }
  fputs(e->ninst ? "\n      ]" : "]", o);
}

static void jdelta(FILE *o, long v) {
  if (v == MS_DELTA_UNKNOWN) fputs("null", o);
  else fprintf(o, "%ld", v);
}

static void json_findings(FILE *o, const diff_finding *f, size_t n) {
  fputc('[', o);
  for (size_t k = 0; k < n; k++) {
    fputs(k ? ", { \"class\": " : "{ \"class\": ", o);
    ms_json_string(o, f[k].cls);
    fputs(", \"state\": ", o);
    if (*f[k].state) ms_json_string(o, f[k].state);
    else fputs("null", o);
    fputs(" }", o);
  }
  fputc(']', o);
}

/* One side of a changed local: `{ "id", "type", "bytes", "states": [...] }`, or null. */
static void json_local_side(FILE *o, const ms_coroutine *co, long l) {
  if (l < 0) {
    fputs("null", o);
    return;
  }
  const co_saved *sv = &co->saved[l];
  fputs("{ \"id\": ", o);
  ms_json_string(o, sv->id);
  fputs(", \"type\": ", o);
  ms_json_type(o, sv->type);
  fputs(", \"bytes\": ", o);
  jdelta(o, sv->bytes >= 0 ? sv->bytes : MS_DELTA_UNKNOWN);
  fputs(", \"states\": [", o);
  for (size_t s = 0, n = 0; s < co->nstates; s++)
    for (size_t j = 0; j < co->states[s].nfields; j++)
      if (co->states[s].fields[j] == (size_t)l) {
        fputs(n++ ? ", " : "", o);
        ms_json_string(o, co->states[s].name);
        break;
      }
  fputs("] }", o);
}

/* locals[] and largest_state of an entry (docs/json.md). */
static void json_inside(FILE *o, const diff_entry *e) {
  static const char *const CHANGES[] = {"appeared", "gone", "grew", "shrank", "moved"};
  fputs(",\n      \"locals\": [", o);
  for (size_t k = 0; k < e->nlocals; k++) {
    const diff_local *l = &e->locals[k];
    const co_saved *sv = l->new_ >= 0 ? &e->new_->saved[l->new_] : &e->old->saved[l->old];
    fputs(k ? ",\n        { \"change\": [" : "\n        { \"change\": [", o);
    for (unsigned b = 0, n = 0; b < 5; b++)
      if (l->change & (1u << b)) fprintf(o, "%s\"%s\"", n++ ? ", " : "", CHANGES[b]);
    fputs("], \"name\": ", o);
    *sv->name ? ms_json_string(o, sv->name) : (void)fputs("null", o);
    fputs(", \"delta\": ", o);
    jdelta(o, l->delta);
    for (int side = 0; side < 2; side++) {
      fputs(side ? ",\n          \"new\": " : ",\n          \"old\": ", o);
      json_local_side(o, side ? e->new_ : e->old, side ? l->new_ : l->old);
    }
    fputs(" }", o);
  }
  fputs(e->nlocals ? "\n      ],\n      \"upvars\": [" : "],\n      \"upvars\": [", o);
  for (size_t k = 0; k < e->nupvars; k++) {
    const diff_local *l = &e->upvars[k];
    fputs(k ? ",\n        { \"change\": [" : "\n        { \"change\": [", o);
    for (unsigned b = 0, n = 0; b < 5; b++)
      if (l->change & (1u << b)) fprintf(o, "%s\"%s\"", n++ ? ", " : "", CHANGES[b]);
    fputs("], \"name\": ", o);
    ms_json_string(o, l->new_ >= 0 ? e->new_->upvars[l->new_].name : e->old->upvars[l->old].name);
    fputs(", \"delta\": ", o);
    jdelta(o, l->delta);
    for (int side = 0; side < 2; side++) {
      const ms_coroutine *co = side ? e->new_ : e->old;
      long u = side ? l->new_ : l->old;
      fputs(side ? ",\n          \"new\": " : ",\n          \"old\": ", o);
      if (u < 0) {
        fputs("null", o);
        continue;
      }
      fputs("{ \"type\": ", o);
      ms_json_type(o, co->upvars[u].type);
      fputs(", \"bytes\": ", o);
      if (co->upvars[u].bytes >= 0) fprintf(o, "%ld }", co->upvars[u].bytes);
      else fputs("null }", o);
    }
    fputs(" }", o);
  }
  fputs(e->nupvars ? "\n      ],\n      \"largest_state\": {" : "],\n      \"largest_state\": {", o);
  for (int side = 0; side < 2; side++) {
    const ms_coroutine *co = side ? e->new_ : e->old;
    long s = e->largest[side];
    fputs(side ? ", \"new\": " : " \"old\": ", o);
    if (!co || s < 0) {
      fputs("null", o);
      continue;
    }
    fputs("{ \"name\": ", o);
    ms_json_string(o, co->states[s].name);
    fprintf(o, ", \"bytes\": %ld }", co->states[s].bytes);
  }
  fputs(" }", o);
}

static void jlimit(FILE *o, long v) {
  if (v < 0) fputs("null", o);
  else fprintf(o, "%ld", v);
}

static void write_json(const ms_diff *d, FILE *o) {
  diff_counts k = counts(d);
  fputs("{\n", o);
  ms_json_build(o, "build", d->new_crate); /* the new side's; the old side's when it differs */
  int g = 0, h = 0;
  if (strcmp(ms_crate_target(d->old_crate, &g), ms_crate_target(d->new_crate, &h)) || g != h ||
      strcmp(ms_crate_opt_level(d->old_crate, &g), ms_crate_opt_level(d->new_crate, &h)) ||
      g != h || d->old_crate->opts.pointer_width != d->new_crate->opts.pointer_width)
    ms_json_build(o, "old_build", d->old_crate);
  fprintf(o,
          "  \"input\": { \"old\": { \"errors\": %zu, \"bodies_not_modelled\": %zu }, "
          "\"new\": { \"errors\": %zu, \"bodies_not_modelled\": %zu } },\n",
          d->input_errors[0], ms_crate_dropped_count(d->old_crate), d->input_errors[1],
          ms_crate_dropped_count(d->new_crate));
  fputs("  \"warnings\": [", o);
  const diff_warning *w = d->warnings.items;
  for (size_t i = 0; i < d->warnings.len; i++) {
    fputs(i ? ",\n    { \"kind\": " : "\n    { \"kind\": ", o);
    ms_json_string(o, w[i].kind);
    fputs(", \"message\": ", o);
    ms_json_string(o, w[i].message);
    fputs(" }", o);
  }
  fputs(d->warnings.len ? "\n  ],\n" : "],\n", o);
  fputs("  \"coroutines\": [", o);
  for (size_t i = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    fputs(i ? ",\n    { \"status\": " : "\n    { \"status\": ", o);
    ms_json_string(o, status_name(e->status));
    fputs(", \"key\": ", o);
    ms_json_string(o, e->key);
    fprintf(o, ", \"moved\": %s", e->moved ? "true" : "false");
    fputs(",\n      \"old\": ", o);
    json_side(o, e->old);
    fputs(",\n      \"new\": ", o);
    json_side(o, e->new_);
    fputs(",\n      \"delta\": { \"bytes\": ", o);
    jdelta(o, e->dsize);
    fputs(", \"states\": ", o);
    jdelta(o, e->old && e->new_ ? e->dstates : MS_DELTA_UNKNOWN);
    fputs(", \"code_bytes\": ", o);
    jdelta(o, e->dcode);
    fputs(", \"code_basis\": ", o); /* which figures code_bytes is new - old of */
    if (e->dcode == MS_DELTA_UNKNOWN) fputs("null", o);
    else fputs(e->old->code_exact >= 0 && e->new_->code_exact >= 0 ? "\"exact\"" : "\"modelled\"", o);
    fputs(", \"redundant_bytes\": ", o);
    jdelta(o, e->dred);
    fprintf(o, ", \"growth\": %ld", e->grow);
    fputs(" },\n      \"findings_added\": ", o);
    json_findings(o, e->fadd, e->nadd);
    fputs(", \"findings_removed\": ", o);
    json_findings(o, e->fdel, e->ndel);
    json_inside(o, e);
    json_instances(o, e);
    fputs(" }", o);
  }
  fputs(d->n ? "\n  ],\n" : "],\n", o);
  size_t nf, ni;
  long nb;
  not_gated(d, &nf, &nb, &ni);
  bool fg = d->gate >= 0 || d->gate_pct >= 0, cg = d->code_gate >= 0 || d->code_gate_pct >= 0;
  if (fg || cg) {
    long fa = fg ? ms_diff_gate_entry(d) : -1, ca = cg ? ms_diff_code_gate_entry(d) : -1;
    fputs("  \"gate\": { \"limit\": ", o);
    jlimit(o, d->gate);
    fputs(", \"percent\": ", o);
    jlimit(o, d->gate_pct);
    fprintf(o, ", \"passed\": %s, \"max_growth\": %ld, \"not_gated\": "
            "{ \"added_futures\": %zu, \"added_future_bytes\": %ld, \"added_instances\": %zu },\n"
            "    \"futures\": ", fa < 0 && ca < 0 ? "true" : "false", ms_diff_max_growth(d), nf, nb, ni);
    if (fg) {
      fprintf(o, "{ \"passed\": %s, \"growth\": %ld, \"failed\": ", fa < 0 ? "true" : "false",
              fa < 0 ? 0 : gate_growth(d, &d->e[fa]));
      fa < 0 ? (void)fputs("null", o) : ms_json_string(o, d->e[fa].key);
      fputs(" }", o);
    } else
      fputs("null", o);
    fputs(",\n    \"code\": ", o);
    if (cg) {
      size_t nc;
      long cm;
      size_t n = ms_diff_code_compared(d, &nc, &cm);
      fputs("{ \"limit\": ", o);
      jlimit(o, d->code_gate);
      fputs(", \"percent\": ", o);
      jlimit(o, d->code_gate_pct);
      fprintf(o, ", \"passed\": %s, \"max_growth\": %ld, \"growth\": %ld, \"failed\": ",
              ca < 0 ? "true" : "false", cm, ca < 0 ? 0 : ms_diff_code_gate_growth(d, (size_t)ca));
      ca < 0 ? (void)fputs("null", o) : ms_json_string(o, d->e[ca].key);
      fprintf(o, ", \"compared\": %zu, \"not_compared\": %zu }", n, nc);
    } else
      fputs("null", o);
    fputs(" },\n", o);
  } else
    fputs("  \"gate\": null,\n", o);
  fprintf(o,
          "  \"totals\": { \"matched\": %zu, \"changed\": %zu, \"unchanged\": %zu, \"added\": %zu, "
          "\"removed\": %zu, \"old_future_bytes\": %ld, \"new_future_bytes\": %ld, "
          "\"old_outer_future_bytes\": %ld, \"new_outer_future_bytes\": %ld, \"max_growth\": %ld, "
          "\"old_lower_bound\": %s, \"new_lower_bound\": %s }\n}\n",
          k.changed + k.same, k.changed, k.same, k.added, k.removed, d->old_bytes, d->new_bytes,
          outer_bytes(d, 0, &(bool){0}), outer_bytes(d, 1, &(bool){0}),
          ms_diff_max_growth(d), d->old_lower ? "true" : "false", d->new_lower ? "true" : "false");
}

/* ------------------------------------------------------------------ --max-chars */

void ms_diff_set_max_chars(ms_diff *d, size_t max_chars) {
  if (d) d->max_chars = max_chars;
}

void ms_diff_set_footer(ms_diff *d, const char *text) {
  if (d) d->footer = text && *text ? ms_arena_strdup(&d->arena, text) : NULL;
}

/* The rows a format lists (md: not the unchanged ones), and of them those with details. */
static size_t listed_rows(const ms_diff *d, bool md) {
  size_t n = 0;
  for (size_t i = 0; i < d->n; i++) n += !md || d->e[i].status != MS_DIFF_SAME;
  return n;
}

static bool has_details(const diff_entry *e) {
  if (e->nadd || e->ndel) return true;
  if (e->status != MS_DIFF_CHANGED) return false;
  char line[1536];
  ms_sbuf lb;
  ms_sb_init(&lb, line, sizeof line);
  return e->nlocals || e->nupvars || largest_line(e, &lb);
}

/* The listed row of rank r (0-based), as the table names it, into out. */
static void rank_name(const ms_diff *d, bool md, size_t r, char *out, size_t cap) {
  for (size_t i = 0, k = 0; i < d->n; i++) {
    if (md && d->e[i].status == MS_DIFF_SAME) continue;
    if (k++ == r) {
      ms_rep_co_path(d->e[i].new_ ? d->e[i].new_ : d->e[i].old, out, cap);
      return;
    }
  }
  *out = 0;
}

/* The note on what --max-chars left out: how many rows, of which kind, from which one on,
 * the details of which, and where they all are.  Nothing when nothing was. */
static void left_out(const ms_diff *d, FILE *o, bool md, size_t krows, size_t kdet) {
  size_t n = listed_rows(d, md), nk[4] = {0, 0, 0, 0}, ndet = 0;
  if (!d->max_chars) return;
  for (size_t i = 0, r = 0; i < d->n; i++) {
    const diff_entry *e = &d->e[i];
    if (md && e->status == MS_DIFF_SAME) continue;
    if (r >= krows) nk[status_rank(e->status)]++;
    if (r >= kdet && has_details(e)) ndet++;
    r++;
  }
  if (krows >= n && !ndet) return;
  const char *q = md ? "`" : "";
  char name[512];
  fprintf(o, md ? "\n> **Left out** to keep this diff within %zu characters (GitHub takes 65,536 in "
                  "a comment):" : "  left out to keep this diff within %zu characters:", d->max_chars);
  if (krows < n) {
    if (krows) fprintf(o, " %zu of the %zu %s (", n - krows, n, md ? "table rows" : "rows");
    else fprintf(o, " all %zu %s (", n, md ? "table rows" : "rows");
    static const char *const KIND[4] = {"changed", "unchanged", "added", "removed"};
    for (int s = 0, w = 0; s < 4; s++)
      if (nk[s]) fprintf(o, "%s%zu %s", w++ ? ", " : "", nk[s], KIND[s]);
    if (krows) {
      rank_name(d, md, krows - 1, name, sizeof name);
      fprintf(o, "), those after %s%s%s (largest growth first);", q, name, q);
    } else /* what is always written took the budget */
      fputs(": the summary, warnings and gate, always written, take more);", o);
  }
  if (ndet) {
    fprintf(o, " the findings and saved locals of %zu %scoroutine%s that %s them", ndet,
            kdet ? "more " : "", ndet == 1 ? "" : "s", ndet == 1 ? "has" : "have");
    if (kdet) {
      rank_name(d, md, kdet - 1, name, sizeof name);
      fprintf(o, ", those after %s%s%s;", q, name, q);
    } else
      fputs(";", o);
  }
  fprintf(o, md ? " `-f json` lists every coroutine with them; `--max-chars 0` writes everything.\n"
                : " -f json lists every coroutine with them; --max-chars 0 writes everything\n");
}

/* Characters (code points) of UTF-8 text. */
static size_t utf8_chars(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xc0) != 0x80;
  return n;
}

/* The text or Markdown with krows rows and kdet details, and the footer, into a buffer. */
static char *render(const ms_diff *d, bool md, bool col, size_t krows, size_t kdet, size_t *len) {
  char *buf = NULL;
  FILE *m = open_memstream(&buf, len);
  if (!m) ms_internal_error("open_memstream");
  if (md) write_md(d, m, krows, kdet);
  else write_text(d, m, col, krows, kdet);
  if (d->footer) fputs(d->footer, m);
  fclose(m);
  return buf;
}

static size_t render_chars(const ms_diff *d, bool md, bool col, size_t krows, size_t kdet) {
  size_t len;
  char *b = render(d, md, col, krows, kdet, &len);
  size_t n = utf8_chars(b, len);
  free(b);
  return n;
}

/* Within max_chars: rows with their details while they fit, largest growth first, then rows
 * alone while they fit (the summary, warnings, gate and footer are always written).  Binary
 * searches on the whole rendering, which grows with each row kept, then a step down while the
 * note's own length keeps it over. */
static void fit(const ms_diff *d, bool md, bool col, size_t *krows, size_t *kdet) {
  size_t n = listed_rows(d, md), lo = 0, hi = n;
  while (lo < hi) { /* the most rows kept with their details */
    size_t mid = lo + (hi - lo + 1) / 2;
    if (render_chars(d, md, col, mid, mid) <= d->max_chars) lo = mid;
    else hi = mid - 1;
  }
  size_t det = lo;
  hi = n;
  while (lo < hi) { /* then rows alone */
    size_t mid = lo + (hi - lo + 1) / 2;
    if (render_chars(d, md, col, mid, det) <= d->max_chars) lo = mid;
    else hi = mid - 1;
  }
  while (lo > 0 && render_chars(d, md, col, lo, det < lo ? det : lo) > d->max_chars) lo--;
  *krows = lo;
  *kdet = det < lo ? det : lo;
}

int ms_diff_write(const ms_diff *d, ms_diff_format fmt, FILE *o, int color) {
  size_t all = d->n, krows = all, kdet = all;
  bool md = fmt == MS_DIFF_MD;
  if (fmt != MS_DIFF_JSON && d->max_chars) fit(d, md, color != 0, &krows, &kdet);
  switch (fmt) {
  case MS_DIFF_MD: write_md(d, o, krows, kdet); break;
  case MS_DIFF_JSON: write_json(d, o); break;
  default:
    if (d->width > 0) { /* on a terminal: the prose broken at its width, as report's */
      char *buf = NULL;
      size_t len = 0;
      FILE *m = open_memstream(&buf, &len);
      if (!m) ms_internal_error("open_memstream");
      write_text(d, m, color != 0, krows, kdet);
      fclose(m);
      ms_rep_wrap(o, buf, len, (size_t)d->width);
      free(buf);
    } else
      write_text(d, o, color != 0, krows, kdet);
    break;
  }
  if (fmt != MS_DIFF_JSON && d->footer) fputs(d->footer, o);
  return fflush(o) != 0 || ferror(o) ? -1 : 0; /* the stream buffered: errors show on flush */
}
