/*
 * What-if totals (docs/reports.md, "What if"): what each change would save over the
 * coroutines, computed from their findings.  Code bytes add up (each finding's code is code
 * no other finding of the change counts); future bytes never do: each future is laid out
 * again with all its fixes of the change at once (ms_co_future_bytes_after), because fixes
 * interact through the overlapping variants.
 */
#include "alloc.h"
#include "model.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BIT(cls) (1u << (unsigned)(cls))

/* Per change: the finding classes it removes, and whether it is about code and futures. */
static const struct {
  const char *name, *title;
  unsigned classes;
  bool code, future, modelled;
} CHANGES[MS_WHATIF_COUNT] = {
    {"async-panic", "-Zasync-panic: no poison arms (rust-lang/compiler-team#1016)",
     BIT(MS_FINDING_POISON_RETURNED) | BIT(MS_FINDING_POISON_PANICKED) | BIT(MS_FINDING_POISON_ASYNC_DROP),
     true, false, true},
    {"merge-suspends", "identical suspend points merged (rust-lang/rust#162429)",
     BIT(MS_FINDING_DUPLICATE_SUSPEND), true, false, true},
    {"no-upvar-copy", "-Zpack-coroutine-layout: no upvar copies (rust-lang/rust#135527)",
     BIT(MS_FINDING_UPVAR_COPY), false, true, true},
    {"plain-fn", "no-await futures as plain fns", BIT(MS_FINDING_NO_AWAIT), true, false, true},
    {"your-fixes", "your fixes: held-across-await, passthrough",
     BIT(MS_FINDING_HELD_ACROSS_AWAIT) | BIT(MS_FINDING_PASSTHROUGH), true, true, false},
};

const char *ms_whatif_name(ms_whatif_kind k) {
  return (unsigned)k < MS_WHATIF_COUNT ? CHANGES[k].name : NULL;
}

const char *ms_whatif_title(ms_whatif_kind k) {
  return (unsigned)k < MS_WHATIF_COUNT ? CHANGES[k].title : "";
}

int ms_whatif_has_class(ms_whatif_kind k, ms_finding_class cls) {
  return (unsigned)k < MS_WHATIF_COUNT && (unsigned)cls < 32 && (CHANGES[k].classes & BIT(cls)) != 0;
}

int ms_whatif_modelled(ms_whatif_kind k) {
  return (unsigned)k < MS_WHATIF_COUNT && CHANGES[k].modelled;
}

void ms_whatif_zero(ms_whatif_kind k, ms_whatif_total *out) {
  bool known = (unsigned)k < MS_WHATIF_COUNT;
  *out = (ms_whatif_total){.code_bytes = known && CHANGES[k].code ? 0 : -1,
                           .future_bytes = known && CHANGES[k].future ? 0 : -1};
}

void ms_co_whatif(const ms_coroutine *co, ms_whatif_kind k, ms_whatif_total *out) {
  ms_whatif_zero(k, out);
  size_t n = co->findings.len, *mine = ms_xcalloc(n + 1, sizeof *mine);
  for (size_t f = 0; f < n; f++) {
    if (!ms_whatif_has_class(k, ms_co_finding_class_of(co, f))) continue;
    mine[out->findings++] = f;
    out->copies += ms_co_code_copies(co);
    long code = ms_co_finding_code_bytes(co, f); /* in each copy of its code */
    if (out->code_bytes >= 0 && code > 0) out->code_bytes += code * (long)ms_co_code_copies(co);
  }
  out->coroutines = out->findings > 0;
  if (out->findings && out->future_bytes >= 0) {
    ms_size_source src;
    long after = ms_co_future_bytes_after(co, mine, out->findings, &src);
    if (after >= 0 && src != MS_SIZE_LOWER_BOUND && co->size >= 0 &&
        co->size_source != MS_SIZE_LOWER_BOUND)
      out->future_bytes = co->size - after;
    else
      out->future_unknown = 1;
  }
  free(mine);
}

/* ---- the awaiters' share: futures laid out again with what they hold laid out again */

typedef struct {
  const ms_coroutine *co;
  size_t i; /* its index in the crate */
} by_addr;

typedef struct {
  const ms_crate *c;
  ms_whatif_kind k;
  by_addr *by_ptr; /* the coroutines sorted by address, for their index */
  size_t n;
  long *after;
  unsigned char *state, *exact; /* state: 0 not yet, 1 on the way (a cycle), 2 done */
  unsigned char *approx;        /* estimated from the table's state sizes (approx_after) */
  unsigned long *align;         /* the future's alignment after (0: as before) */
} deep_ctx;

static int cmp_addr(const void *a, const void *b) {
  uintptr_t x = (uintptr_t)((const by_addr *)a)->co, y = (uintptr_t)((const by_addr *)b)->co;
  return x < y ? -1 : x > y;
}

static size_t index_of(const deep_ctx *d, const ms_coroutine *co) {
  by_addr key = {co, 0};
  const by_addr *hit = bsearch(&key, d->by_ptr, d->n, sizeof *d->by_ptr, cmp_addr);
  return hit ? hit->i : (size_t)-1;
}

/* Where no relayout reproduces the table: each state's bytes (the table's) less what its
 * locals lose (a resized future, a local no longer kept, a boxed one), the future the largest
 * state rounded up to the future's alignment; -1 when a state's bytes are not known or a fix
 * is of another kind. */
static long approx_after(const ms_coroutine *co, const size_t *mine, size_t nmine, const long *resize,
                         const unsigned long *ralign, unsigned long *align_out) {
  size_t ns = co->nsaved;
  long *lose = ms_xcalloc(ns + 1, sizeof *lose), best = 0, prefix = 0; /* prefix: every state's */
  unsigned char *ended = ms_xcalloc(ns + 1, 1); /* MS_FIX_END_STATEMENT: lost in some states */
  unsigned long align = 1;
  bool ok = co->size >= 0;
  for (size_t l = 0; l < ns; l++) {
    if (resize[l] >= 0 && co->saved[l].bytes >= 0) lose[l] = co->saved[l].bytes - resize[l];
    unsigned long a = resize[l] >= 0 && ralign[l] ? ralign[l] : co->saved[l].align;
    if (a > align) align = a;
  }
  for (size_t u = 0; u < co->nupvars; u++)
    if (co->upvars[u].align > align) align = co->upvars[u].align;
  for (size_t k = 0; ok && k < nmine; k++) {
    ms_fix fx = ms_co_finding_fix(co, mine[k]);
    if (fx.kind == MS_FIX_NONE) continue;
    if (fx.kind == MS_FIX_END_STATEMENT && fx.index < ns && co->saved[fx.index].bytes >= 0 &&
        co->temp_after && co->temp_after[fx.index]) {
      ended[fx.index] = 1;
      continue;
    }
    ok = (fx.kind == MS_FIX_DROP_LOCAL || fx.kind == MS_FIX_BOX_LOCAL) && fx.index < ns &&
         co->saved[fx.index].bytes >= 0;
    /* an argument's copy boxed: the parameter is a Box, its upvar in every state a pointer */
    for (size_t q = 0; ok && fx.kind == MS_FIX_BOX_LOCAL && q < co->ncopies; q++)
      for (size_t u = 0; co->copy_saved[q] == fx.index && u < co->nupvars; u++)
        if (co->upvars[u].field == co->copy_upvar[q]) {
          ok = co->upvars[u].bytes >= 0;
          if (ok && co->upvars[u].bytes > (long)co->lay_ptr) prefix += co->upvars[u].bytes - (long)co->lay_ptr;
        }
    if (ok) lose[fx.index] = co->saved[fx.index].bytes - (fx.kind == MS_FIX_BOX_LOCAL ? (long)co->lay_ptr : 0);
    if (ok && fx.kind == MS_FIX_BOX_LOCAL && co->lay_ptr > align) align = co->lay_ptr;
  }
  for (size_t s = 0; ok && s < co->nstates; s++) {
    const co_state *st = &co->states[s];
    if (st->bytes < 0) ok = false;
    long b = st->bytes - prefix;
    for (size_t j = 0; ok && j < st->nfields; j++) {
      size_t l = st->fields[j];
      if (l < ns && lose[l] > 0) b -= lose[l];
      else if (l < ns && ended[l] && co->temp_after[l][s]) b -= co->saved[l].bytes;
    }
    if (b > best) best = b;
  }
  free(lose);
  free(ended);
  if (!ok) return -1;
  long after = (best + (long)align - 1) / (long)align * (long)align;
  *align_out = align;
  return after < co->size ? after : co->size;
}

static long deep(deep_ctx *d, size_t i) {
  if (d->state[i] == 2) return d->after[i];
  ms_coroutine *co = ((ms_coroutine **)d->c->coroutines.items)[i];
  if (d->state[i] == 1) return co->size; /* held inside itself: cannot be, keep it as it is */
  d->state[i] = 1;
  size_t nf = co->findings.len, nmine = 0, *mine = ms_xcalloc(nf + 1, sizeof *mine);
  for (size_t f = 0; f < nf; f++)
    if (ms_whatif_has_class(d->k, ms_co_finding_class_of(co, f))) mine[nmine++] = f;
  long *resize = ms_xcalloc(co->nsaved + 1, sizeof *resize);
  unsigned long *ralign = ms_xcalloc(co->nsaved + 1, sizeof *ralign);
  bool changed = nmine > 0, exact = co->size_source == MS_SIZE_PRINT_TYPE_SIZES;
  for (size_t l = 0; l < co->nsaved; l++) {
    resize[l] = -1;
    const ms_coroutine *f = ms_crate_saved_future(d->c, co, l);
    if (!f || f == co) continue;
    size_t j = index_of(d, f);
    if (j == (size_t)-1) continue;
    /* another instance of a generic body (its size): the fixes of the body change it too,
     * and only the largest instance is modelled (a boxed parameter grew a 6-byte one to 32) */
    if (f->size < 0 || f->size != co->saved[l].bytes) {
      if (deep(d, j) != f->size) {
        changed = true;
        exact = false;
        resize[l] = -2;
      }
      continue;
    }
    long a = deep(d, j);
    if (a < 0) { /* what it holds is not known after: neither is this */
      changed = true;
      exact = false;
      resize[l] = -2;
      continue;
    }
    exact = exact && d->exact[j];
    if (d->approx[j]) d->approx[i] = 1;
    if (a != f->size) resize[l] = a, ralign[l] = d->align[j], changed = true;
  }
  long after = co->size;
  bool unknown = false;
  for (size_t l = 0; l < co->nsaved; l++) unknown |= resize[l] == -2;
  if (changed && !unknown) {
    ms_size_source src;
    after = ms_co_future_bytes_after_resized(co, mine, nmine, resize, ralign, &src, &d->align[i]);
    exact = exact && src == MS_SIZE_PRINT_TYPE_SIZES;
    if (src == MS_SIZE_LOWER_BOUND && co->size_source == MS_SIZE_PRINT_TYPE_SIZES) {
      after = approx_after(co, mine, nmine, resize, ralign, &d->align[i]); /* ≈: the table's */
      d->approx[i] = after >= 0;
    } else if (src == MS_SIZE_LOWER_BOUND || co->size_source == MS_SIZE_LOWER_BOUND) {
      after = -1;
    }
  } else if (unknown || co->size < 0 || co->size_source == MS_SIZE_LOWER_BOUND) {
    after = -1;
  }
  free(resize);
  free(ralign);
  free(mine);
  d->after[i] = after;
  d->exact[i] = exact && after >= 0;
  d->state[i] = 2;
  return after;
}

void ms_whatif_deep_after(const ms_crate *c, ms_whatif_kind k, long *after, unsigned char *exact,
                          unsigned char *approx) {
  size_t n = c->coroutines.len;
  memset(approx, 0, n);
  deep_ctx d = {c, k, ms_xcalloc(n + 1, sizeof *d.by_ptr), n, after, ms_xcalloc(n + 1, 1), exact,
                approx, ms_xcalloc(n + 1, sizeof *d.align)};
  for (size_t i = 0; i < n; i++) d.by_ptr[i] = (by_addr){((ms_coroutine **)c->coroutines.items)[i], i};
  qsort(d.by_ptr, n, sizeof *d.by_ptr, cmp_addr);
  for (size_t i = 0; i < n; i++) deep(&d, i);
  free(d.by_ptr);
  free(d.state);
  free(d.align);
}

void ms_whatif_add(ms_whatif_total *acc, const ms_whatif_total *x) {
  acc->findings += x->findings;
  acc->copies += x->copies;
  acc->coroutines += x->coroutines;
  if (acc->code_bytes >= 0 && x->code_bytes > 0) acc->code_bytes += x->code_bytes;
  if (acc->future_bytes >= 0 && x->future_bytes > 0) acc->future_bytes += x->future_bytes;
  acc->future_unknown += x->future_unknown;
}

void ms_crate_whatif(const ms_crate *c, ms_whatif_kind k, ms_whatif_total *out) {
  if (!c->finished) ms_api_misuse("ms_crate_whatif", "called before ms_crate_finish");
  ms_whatif_zero(k, out);
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    ms_whatif_total one;
    if (cs[i]->not_built) continue; /* in no total */
    ms_co_whatif(cs[i], k, &one);
    ms_whatif_add(out, &one);
  }
}

long ms_crate_code_bytes(const ms_crate *c) {
  long sum = 0;
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    long b = ms_co_code_bytes_all(cs[i], NULL);
    if (b > 0 && !cs[i]->code_inside && !cs[i]->not_built) sum += b;
  }
  return sum;
}

/* The code symbols of table t for the distinct crates of the selected coroutines that are
 * looked up in it; -1 when none is. */
static long table_symbol_bytes(const ms_crate *c, const ms_symbols *t, const size_t *sel,
                               size_t n) {
  ms_coroutine **cs = c->coroutines.items;
  char **crates = ms_xcalloc(n + 1, sizeof *crates);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) { /* the distinct crates of the coroutines */
    if (cs[sel[i]]->syms != t) continue;
    size_t len = ms_co_crate(cs[sel[i]], NULL, 0);
    char *name = ms_xmalloc(len + 1);
    ms_co_crate(cs[sel[i]], name, len + 1);
    size_t j = 0;
    while (j < k && strcmp(crates[j], name)) j++;
    if (j < k) free(name);
    else crates[k++] = name;
  }
  long sum = k ? ms_symbols_code_bytes(t, (const char *const *)crates, k) : -1;
  for (size_t j = 0; j < k; j++) free(crates[j]);
  free(crates);
  return sum;
}

long ms_whatif_symbol_bytes(const ms_crate *c, const size_t *sel, size_t n) {
  ms_coroutine **cs = c->coroutines.items;
  const ms_symbols **seen = ms_xcalloc(n + 1, sizeof *seen);
  size_t ns = 0;
  long sum = -1;
  for (size_t i = 0; i < n; i++) { /* each table once */
    const ms_symbols *t = cs[sel[i]]->syms;
    size_t j = 0;
    while (j < ns && seen[j] != t) j++;
    if (!t || j < ns) continue;
    seen[ns++] = t;
    long b = table_symbol_bytes(c, t, sel, n);
    if (b >= 0) sum = (sum < 0 ? 0 : sum) + b;
  }
  free(seen);
  return sum;
}

long ms_crate_symbol_code_bytes(const ms_crate *c) {
  size_t n = c->coroutines.len, *all = ms_xcalloc(n + 1, sizeof *all);
  for (size_t i = 0; i < n; i++) all[i] = i;
  long sum = ms_whatif_symbol_bytes(c, all, n);
  free(all);
  return sum;
}
