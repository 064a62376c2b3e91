/* Unit tests (check) for the what-if totals (public header only, docs/reports.md "What if"):
 * on all of corpus/ they reconcile with the per-coroutine findings, and future bytes come from
 * laying each future out again with all its fixes, not from adding the findings' savings. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <mirscope/mirscope.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#ifndef SRCDIR
#define SRCDIR "."
#endif

/* A crate of a directory as `mirscope report DIR` builds it (type sizes below their own
 * directory), with `symbols` (nm -S -C output) when not NULL. */
static ms_crate *load(const char *dir, const char *symbols) {
  ms_crate *c = ms_crate_new(NULL);
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", SRCDIR, dir);
  const char *paths[] = {path}, *err = NULL;
  ms_inputs *in = ms_inputs_collect(paths, 1, NULL, NULL);
  for (size_t i = 0; i < ms_inputs_type_sizes_count(in); i++) {
    const char *tp = ms_inputs_type_sizes_path(in, i), *slash = strrchr(tp, '/');
    char scope[1024];
    snprintf(scope, sizeof scope, "%.*s", slash ? (int)(slash - tp) : 0, tp);
    ck_assert_int_ge(ms_crate_add_type_sizes_scoped(c, tp, scope, &err), 1);
  }
  if (symbols) {
    snprintf(path, sizeof path, "%s/%s", SRCDIR, symbols);
    ck_assert_int_gt(ms_crate_add_symbols_file(c, path, &err), 0);
  }
  for (size_t i = 0; i < ms_inputs_count(in); i++) {
    ms_doc *d = ms_doc_parse_file(ms_inputs_path(in, i), &err);
    ck_assert_ptr_nonnull(d);
    ms_crate_add_doc(c, d);
    ms_doc_free(d);
  }
  ms_inputs_free(in);
  ms_crate_finish(c);
  ck_assert_uint_gt(ms_crate_coroutine_count(c), 0);
  return c;
}

/* One change's totals over one coroutine, computed here from its findings: code bytes added
 * up, future bytes of the future laid out again with all the change's fixes at once. */
static void expected(const ms_coroutine *co, ms_whatif_kind k, ms_whatif_total *e, long *finding_sum) {
  bool future = k == MS_WHATIF_NO_UPVAR_COPY || k == MS_WHATIF_YOUR_FIXES; /* the changes of futures */
  size_t n = ms_co_finding_count(co), *mine = calloc(n + 1, sizeof *mine);
  ck_assert_ptr_nonnull(mine);
  memset(e, 0, sizeof *e);
  *finding_sum = 0;
  for (size_t f = 0; f < n; f++) {
    if (!ms_whatif_has_class(k, ms_co_finding_class_of(co, f))) continue;
    mine[e->findings++] = f;
    if (ms_co_finding_code_bytes(co, f) > 0) e->code_bytes += ms_co_finding_code_bytes(co, f);
    if (ms_co_finding_future_bytes(co, f) > 0) *finding_sum += ms_co_finding_future_bytes(co, f);
  }
  e->coroutines = e->findings > 0;
  ms_size_source src;
  long after = e->findings && future ? ms_co_future_bytes_after(co, mine, e->findings, &src) : -1;
  bool known = after >= 0 && src != MS_SIZE_LOWER_BOUND && ms_co_size(co) >= 0 &&
               ms_co_size_source(co) != MS_SIZE_LOWER_BOUND;
  e->future_bytes = known ? ms_co_size(co) - after : 0;
  e->future_unknown = e->findings && future && !known;
  free(mine);
}

/* Every change, every coroutine of corpus/: the crate's totals are the sums of the
 * coroutines', which are those of their findings. */
START_TEST(totals_reconcile_with_findings) {
  ms_crate *c = load("corpus", NULL);
  size_t several = 0;
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    ms_whatif_total sum = {0}, total;
    for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
      const ms_coroutine *co = ms_crate_coroutine(c, i);
      ms_whatif_total got, want;
      long finding_sum;
      ms_co_whatif(co, (ms_whatif_kind)k, &got);
      expected(co, (ms_whatif_kind)k, &want, &finding_sum);
      ck_assert_uint_eq(got.findings, want.findings);
      ck_assert_uint_eq(got.coroutines, want.coroutines);
      ck_assert_uint_eq(got.future_unknown, want.future_unknown);
      if (got.code_bytes >= 0) ck_assert_int_eq(got.code_bytes, want.code_bytes);
      if (got.future_bytes >= 0) ck_assert_int_eq(got.future_bytes, want.future_bytes);
      /* one fix: the finding's own saving; several are laid out together */
      if (got.future_bytes >= 0 && want.findings == 1 && !want.future_unknown)
        ck_assert_int_eq(got.future_bytes, finding_sum);
      several += got.future_bytes >= 0 && want.findings > 1;
      sum.findings += got.findings;
      sum.coroutines += got.coroutines;
      sum.code_bytes += got.code_bytes > 0 ? got.code_bytes : 0;
      sum.future_bytes += got.future_bytes > 0 ? got.future_bytes : 0;
      sum.future_unknown += got.future_unknown;
    }
    ms_crate_whatif(c, (ms_whatif_kind)k, &total);
    ck_assert_uint_eq(total.findings, sum.findings);
    ck_assert_uint_eq(total.coroutines, sum.coroutines);
    ck_assert_uint_eq(total.future_unknown, sum.future_unknown);
    ck_assert_int_eq(total.code_bytes, k == MS_WHATIF_NO_UPVAR_COPY ? -1 : sum.code_bytes);
    if (total.future_bytes >= 0) ck_assert_int_eq(total.future_bytes, sum.future_bytes);
  }
  ck_assert_uint_gt(several, 0); /* coroutines with several fixes of one change were seen */
  ms_crate_free(c);
}
END_TEST

static const ms_coroutine *named(const ms_crate *c, const char *def_path) {
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (!strcmp(ms_co_def_path(ms_crate_coroutine(c, i)), def_path)) return ms_crate_coroutine(c, i);
  ck_abort_msg("no coroutine %s", def_path);
  return NULL;
}

/* transfer in corpus/stable/drops copies two upvars (`from`, `amount`): either copy alone
 * saves nothing (the field's room stays for the other), both together 8 bytes; and the poison
 * arms' code is what the report's redundant column sums. */
START_TEST(several_fixes_laid_out_together) {
  ms_crate *c = load("corpus/stable/drops", NULL);
  const ms_coroutine *co = named(c, "transfer::{closure#0}");
  ms_whatif_total w;
  ms_co_whatif(co, MS_WHATIF_NO_UPVAR_COPY, &w);
  ck_assert_uint_eq(w.findings, 2);
  ck_assert_int_eq(w.code_bytes, -1); /* not about code */
  for (size_t f = 0; f < ms_co_finding_count(co); f++)
    if (ms_co_finding_class_of(co, f) == MS_FINDING_UPVAR_COPY) ck_assert_int_eq(ms_co_finding_future_bytes(co, f), 0);
  ck_assert_int_eq(w.future_bytes, 8);
  ms_crate_free(c);
  c = load("corpus/stable/basic", NULL);
  ms_crate_whatif(c, MS_WHATIF_ASYNC_PANIC, &w);
  long redundant = 0;
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) redundant += ms_co_code_redundant(ms_crate_coroutine(c, i));
  ck_assert_int_eq(w.code_bytes, redundant);
  ck_assert_int_eq(w.code_bytes, 91);
  ck_assert_int_eq(w.future_bytes, -1); /* not about futures */
  ms_crate_whatif(c, MS_WHATIF_PLAIN_FN, &w);
  ck_assert_uint_eq(w.findings, 1); /* answer */
  ck_assert_int_eq(ms_crate_symbol_code_bytes(c), -1);
  ms_crate_free(c);
}
END_TEST

/* Your fixes: a passthrough's code and the inner future; names and classes of the changes. */
START_TEST(your_fixes_and_names) {
  ms_crate *c = load("corpus/pairs/stable/pass-args/before", NULL);
  ms_whatif_total w;
  ms_crate_whatif(c, MS_WHATIF_YOUR_FIXES, &w);
  ck_assert_uint_eq(w.findings, 2); /* outer, wait */
  ck_assert_int_eq(w.future_bytes, (28 - 20) + (20 - 12));
  ck_assert_int_gt(w.code_bytes, 0);
  ck_assert_int_eq(ms_whatif_modelled(MS_WHATIF_YOUR_FIXES), 0);
  ck_assert_int_eq(ms_whatif_modelled(MS_WHATIF_ASYNC_PANIC), 1);
  ck_assert_str_eq(ms_whatif_name(MS_WHATIF_MERGE_SUSPENDS), "merge-suspends");
  ck_assert_ptr_null(ms_whatif_name((ms_whatif_kind)MS_WHATIF_COUNT));
  ck_assert(ms_whatif_has_class(MS_WHATIF_YOUR_FIXES, MS_FINDING_PASSTHROUGH));
  ck_assert(!ms_whatif_has_class(MS_WHATIF_ASYNC_PANIC, MS_FINDING_NO_AWAIT));
  ms_crate_free(c);
}
END_TEST

/* The code nm lists: every code symbol's size (looked up or not). */
START_TEST(symbol_code_bytes) {
  ms_crate *c = load("corpus/stable/basic", "corpus/stable/basic/symbols.txt");
  long nm = ms_crate_symbol_code_bytes(c);
  ck_assert_int_gt(nm, 0);
  ck_assert_int_ge(nm, ms_crate_code_bytes(c) / 2);
  ms_crate_free(c);
  c = ms_crate_new(NULL);
  const char text[] = "0000000000000000 0000000000000010 T a::b\n0000000000000010 0000000000000020 t _RNvCs1_1a1c\n"
                      "0000000000000030 0000000000000008 D a::data\n                 U a::undef\n";
  ms_crate_add_symbols(c, text, sizeof text - 1);
  ck_assert_int_eq(ms_crate_symbol_code_bytes(c), 0x10 + 0x20); /* T and t, not D or U */
  ms_crate_free(c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("whatif");
  TCase *tc = tcase_create("whatif");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, totals_reconcile_with_findings);
  tcase_add_test(tc, several_fixes_laid_out_together);
  tcase_add_test(tc, your_fixes_and_names);
  tcase_add_test(tc, symbol_code_bytes);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
