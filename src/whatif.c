/*
 * What-if totals (docs/reports.md, "What if"): what each change would save over the
 * coroutines, computed from their findings.  Code bytes add up (each finding's code is code
 * no other finding of the change counts); future bytes never do: each future is laid out
 * again with all its fixes of the change at once (ms_co_future_bytes_after), because fixes
 * interact through the overlapping variants.
 */
#include "alloc.h"
#include "model.h"

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

void ms_whatif_add(ms_whatif_total *acc, const ms_whatif_total *x) {
  acc->findings += x->findings;
  acc->copies += x->copies;
  acc->coroutines += x->coroutines;
  if (acc->code_bytes >= 0 && x->code_bytes > 0) acc->code_bytes += x->code_bytes;
  if (acc->future_bytes >= 0 && x->future_bytes > 0) acc->future_bytes += x->future_bytes;
  acc->future_unknown += x->future_unknown;
}

void ms_crate_whatif(const ms_crate *c, ms_whatif_kind k, ms_whatif_total *out) {
  ms_whatif_zero(k, out);
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    ms_whatif_total one;
    ms_co_whatif(cs[i], k, &one);
    ms_whatif_add(out, &one);
  }
}

long ms_crate_code_bytes(const ms_crate *c) {
  long sum = 0;
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) {
    long b = ms_co_code_bytes_all(cs[i], NULL);
    if (b > 0 && !cs[i]->code_inside) sum += b;
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
