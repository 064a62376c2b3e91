/* Unit tests (check) for the advice findings, the what-if layout API and the what-if totals
 * (public header only), on the before/after pairs of corpus/pairs/ and on corpus/
 * (docs/model.md, docs/sizes.md, docs/reports.md). */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <mirscope/mirscope.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#ifndef SRCDIR
#define SRCDIR "."
#endif

/* A crate of one dump file, with the type sizes beside its mir_dump/ when `sizes`. */
static ms_crate *load(const char *dir, const char *file, bool sizes) {
  ms_crate *c = ms_crate_new(NULL);
  char path[1024];
  const char *err = NULL;
  if (sizes) {
    snprintf(path, sizeof path, "%s/%s/type-sizes.txt", SRCDIR, dir);
    ck_assert_msg(ms_crate_add_type_sizes_file(c, path, &err) > 0, "%s: %s", path, err ? err : "?");
  }
  snprintf(path, sizeof path, "%s/%s/mir_dump/%s", SRCDIR, dir, file);
  ms_doc *d = ms_doc_parse_file(path, &err);
  ck_assert_msg(d != NULL, "%s: %s", path, err ? err : "?");
  ck_assert_uint_eq(ms_crate_add_doc(c, d), 1);
  ms_doc_free(d);
  ms_crate_finish(c);
  return c;
}

static long finding_of(const ms_coroutine *co, const char *cls) {
  for (size_t f = 0; f < ms_co_finding_count(co); f++)
    if (!strcmp(ms_co_finding_class(co, f), cls)) return (long)f;
  return -1;
}

static size_t saved_named(const ms_coroutine *co, const char *name) {
  for (size_t i = 0; i < ms_co_saved_count(co); i++)
    if (!strcmp(ms_co_saved_name(co, i), name)) return i;
  ck_abort_msg("no saved local %s", name);
  return 0;
}

/* Issue 15's example: `buf` borrowed by buf.iter(), in scope across one await: 1032 bytes;
 * scoped in a block, 8 (the after build's -Zprint-type-sizes says 8 too). */
START_TEST(held_across_one_await) {
  ms_crate *c = load("corpus/pairs/stable/scope-one/before", "scope_one.checksum-{closure#0}.-------.coroutine_resume.0.mir", true);
  const ms_coroutine *co = ms_crate_coroutine(c, 0);
  ck_assert_int_eq(ms_co_size(co), 1032);
  long f = finding_of(co, "held-across-await");
  ck_assert_int_ge(f, 0);
  ck_assert_int_eq(ms_co_finding_class_of(co, (size_t)f), MS_FINDING_HELD_ACROSS_AWAIT);
  size_t buf = saved_named(co, "buf");
  ck_assert_int_eq(ms_co_finding_saved(co, (size_t)f), (long)buf);
  ck_assert_str_eq(ms_hold_reason_name(ms_co_finding_why(co, (size_t)f)), "borrowed");
  ck_assert_str_eq(ms_co_finding_advice(co, (size_t)f), "end-scope");
  ms_fix fix = ms_co_finding_fix(co, (size_t)f);
  ck_assert_int_eq(fix.kind, MS_FIX_DROP_LOCAL);
  ck_assert_uint_eq(fix.index, buf);
  ck_assert_str_eq(ms_fix_kind_name(fix.kind), "drop-local");
  /* two kinds of bytes: future only */
  ck_assert_int_eq(ms_co_finding_code_bytes(co, (size_t)f), -1);
  ck_assert_int_eq(ms_co_finding_future_bytes(co, (size_t)f), 1024);
  ms_size_source src;
  ck_assert_int_eq(ms_co_finding_future_bytes_after(co, (size_t)f, &src), 8);
  ck_assert_int_eq(src, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(ms_co_finding_bytes(co, (size_t)f), -1); /* the older figure: not for these */
  /* the await that holds it: Suspend0, `yield_now().await` on line 14 */
  ck_assert_uint_eq(ms_co_finding_await_count(co, (size_t)f), 1);
  size_t s = ms_co_finding_await(co, (size_t)f, 0);
  ck_assert_str_eq(ms_co_state_name(co, s), "Suspend0");
  ck_assert_ptr_nonnull(strstr(ms_co_await_span(co, s), "before.rs:14:"));
  ck_assert_ptr_nonnull(strstr(ms_co_finding_reason(co, (size_t)f), "8 bytes instead of 1032"));
  /* the what-if API: no fix is the layout itself; the finding's fix is its prediction */
  ck_assert_int_eq(ms_co_future_bytes_with(co, NULL, 0, &src), 1032);
  ck_assert_int_eq(src, MS_SIZE_PRINT_TYPE_SIZES);
  size_t idx = (size_t)f;
  ck_assert_int_eq(ms_co_future_bytes_after(co, &idx, 1, NULL), 8);
  ms_fix boxed = {MS_FIX_BOX_LOCAL, buf};
  ck_assert_int_eq(ms_co_future_bytes_with(co, &boxed, 1, NULL), 16);
  ms_crate_free(c);
}
END_TEST

/* Which rule made the local big: `buf` (1024 bytes) is big by itself; macro_impls' `kept`
 * ([u8; 32] of the 34-byte start_three::{closure#1}) only as a quarter of its future.  The
 * finding says so in words too. */
START_TEST(held_big_rule) {
  ms_crate *c = load("corpus/pairs/stable/scope-one/before", "scope_one.checksum-{closure#0}.-------.coroutine_resume.0.mir", true);
  const ms_coroutine *co = ms_crate_coroutine(c, 0);
  long f = finding_of(co, "held-across-await");
  ck_assert_int_ge(f, 0);
  ck_assert_int_eq(ms_co_finding_big_rule(co, (size_t)f), MS_BIG_ABSOLUTE);
  ck_assert_str_eq(ms_big_rule_name(MS_BIG_ABSOLUTE), "absolute");
  ck_assert_ptr_nonnull(strstr(ms_co_finding_reason(co, (size_t)f), "1024 bytes, big: 64 bytes or more"));
  long p = finding_of(co, "poison-returned");
  ck_assert_int_ge(p, 0);
  ck_assert_int_eq(ms_co_finding_big_rule(co, (size_t)p), MS_BIG_NONE);
  ck_assert_ptr_null(ms_big_rule_name(MS_BIG_NONE));
  ck_assert_ptr_null(ms_big_rule_name((ms_big_rule)99));
  ms_crate_free(c);
  c = load("corpus/stable/macro-impls", "macro_impls.start_three-{closure#1}.-------.coroutine_resume.0.mir", true);
  co = ms_crate_coroutine(c, 0);
  ck_assert_int_eq(ms_co_size(co), 34);
  f = finding_of(co, "held-across-await");
  ck_assert_int_ge(f, 0);
  ck_assert_str_eq(ms_co_saved_name(co, (size_t)ms_co_finding_saved(co, (size_t)f)), "kept");
  ck_assert_int_eq(ms_co_finding_big_rule(co, (size_t)f), MS_BIG_RELATIVE);
  ck_assert_str_eq(ms_big_rule_name(MS_BIG_RELATIVE), "relative");
  ck_assert_ptr_nonnull(strstr(ms_co_finding_reason(co, (size_t)f), "32 bytes, big: ¼ of the 34-byte future or more"));
  ms_crate_free(c);
}
END_TEST

/* Without -Zprint-type-sizes (rt::YieldNow cannot be sized from MIR) the size is a lower bound:
 * the finding stays, its size after is a bound and its saving unknown. */
START_TEST(held_without_type_sizes) {
  ms_crate *c = load("corpus/pairs/stable/scope-one/before", "scope_one.checksum-{closure#0}.-------.coroutine_resume.0.mir", false);
  const ms_coroutine *co = ms_crate_coroutine(c, 0);
  ck_assert_int_eq(ms_co_size_source(co), MS_SIZE_LOWER_BOUND);
  long f = finding_of(co, "held-across-await");
  ck_assert_int_ge(f, 0);
  ms_size_source src;
  long after = ms_co_finding_future_bytes_after(co, (size_t)f, &src);
  ck_assert_int_eq(src, MS_SIZE_LOWER_BOUND);
  ck_assert_int_ge(after, 0);
  ck_assert_int_le(after, 8); /* a bound of the recompiled 8 */
  ck_assert_int_eq(ms_co_finding_future_bytes(co, (size_t)f), -1);
  ms_crate_free(c);
}
END_TEST

/* A large local that overlaps a larger one of another state: ending its scope saves 0 (the
 * after build is 1028 bytes too), so there is no finding. */
START_TEST(overlap_saves_nothing) {
  ms_crate *c = load("corpus/pairs/stable/overlap/before", "overlap.overlap-{closure#0}.-------.coroutine_resume.0.mir", true);
  const ms_coroutine *co = ms_crate_coroutine(c, 0);
  ck_assert_int_eq(ms_co_size(co), 1028);
  ck_assert_int_eq(finding_of(co, "held-across-await"), -1);
  ms_fix fix = {MS_FIX_DROP_LOCAL, saved_named(co, "a")};
  ms_size_source src;
  ck_assert_int_eq(ms_co_future_bytes_with(co, &fix, 1, &src), 1028);
  ck_assert_int_eq(src, MS_SIZE_PRINT_TYPE_SIZES);
  ms_crate_free(c);
}
END_TEST

/* Several fixes are laid out together, never added: in drops::two_buffers (2064 bytes) `a`
 * (512) and `b` (2048) overlap; boxing `a` alone saves nothing, `b` alone 1544, both 2040. */
START_TEST(fixes_interact) {
  ms_crate *c = load("corpus/stable/drops", "drops.two_buffers-{closure#0}.-------.coroutine_resume.0.mir", true);
  const ms_coroutine *co = ms_crate_coroutine(c, 0);
  ck_assert_int_eq(ms_co_size(co), 2064);
  ms_fix both[2] = {{MS_FIX_BOX_LOCAL, saved_named(co, "a")}, {MS_FIX_BOX_LOCAL, saved_named(co, "b")}};
  long a = ms_co_future_bytes_with(co, &both[0], 1, NULL);
  long b = ms_co_future_bytes_with(co, &both[1], 1, NULL);
  long ab = ms_co_future_bytes_with(co, both, 2, NULL);
  ck_assert_int_eq(a, 2064);
  ck_assert_int_eq(b, 520);
  ck_assert_int_eq(ab, 24); /* not 2064 - 0 - 1544 = 520 */
  ms_size_source src;
  ck_assert_int_eq(ms_co_future_bytes_with(co, NULL, 0, &src), 2064);
  ck_assert_int_eq(src, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_str_eq(ms_fix_kind_name(MS_FIX_BOX_LOCAL), "box-local");
  ck_assert_ptr_null(ms_fix_kind_name((ms_fix_kind)99));
  /* out-of-range and code-only fixes change nothing */
  ms_fix odd[2] = {{MS_FIX_NONE, 0}, {MS_FIX_BOX_LOCAL, 999}};
  ck_assert_int_eq(ms_co_future_bytes_with(co, odd, 2, NULL), 2064);
  ms_crate_free(c);
}
END_TEST

/* passthrough: `async fn outer(x) -> u32 { inner(x).await }` is 28 bytes, the inner future 20;
 * code and future bytes; the fix returns the future of saved local 0. */
START_TEST(passthrough_wrapper) {
  ms_crate *c = load("corpus/pairs/stable/pass-args/before", "pass_args.outer-{closure#0}.-------.coroutine_resume.0.mir", true);
  const ms_coroutine *co = ms_crate_coroutine(c, 0);
  long f = finding_of(co, "passthrough");
  ck_assert_int_ge(f, 0);
  ck_assert_int_eq(ms_co_finding_class_of(co, (size_t)f), MS_FINDING_PASSTHROUGH);
  ck_assert_str_eq(ms_co_finding_advice(co, (size_t)f), "return-future");
  ck_assert_int_eq(ms_co_finding_fix(co, (size_t)f).kind, MS_FIX_RETURN_FUTURE);
  ck_assert_int_eq(ms_co_finding_future_bytes_after(co, (size_t)f, NULL), 20);
  ck_assert_int_eq(ms_co_finding_future_bytes(co, (size_t)f), 8);
  ck_assert_int_eq(ms_co_finding_code_bytes(co, (size_t)f), ms_co_code_estimate(co));
  ck_assert_int_eq(ms_co_finding_why(co, (size_t)f), MS_HOLD_NONE);
  ck_assert_ptr_null(ms_hold_reason_name(MS_HOLD_NONE));
  ms_crate_free(c);
  /* `inner(x).await + 1` is no passthrough */
  c = load("corpus/pairs/stable/lookalike/before", "lookalike.work_after-{closure#0}.-------.coroutine_resume.0.mir", true);
  ck_assert_int_eq(finding_of(ms_crate_coroutine(c, 0), "passthrough"), -1);
  ms_crate_free(c);
}
END_TEST

/* Look-alikes of one await, no local kept across it, the output returned, but with work the
 * returned future could not carry (corpus/pairs/src/lookalike-static): a static written after
 * or before the await, one read into the argument, a loop after the await (spinning on a
 * static; forever_after: nothing but `loop {}`).  No passthrough on either toolchain. */
START_TEST(passthrough_lookalike_static) {
  static const char *const FNS[] = {"static_after", "static_before", "static_arg", "spin_after",
                                    "forever_after"};
  static const char *const TCS[] = {"stable", "nightly"};
  for (size_t t = 0; t < 2; t++)
    for (size_t i = 0; i < sizeof FNS / sizeof *FNS; i++) {
      char dir[128], file[128];
      snprintf(dir, sizeof dir, "corpus/pairs/%s/lookalike-static/before", TCS[t]);
      snprintf(file, sizeof file, "lookalike_static.%s-{closure#0}.-------.coroutine_resume.0.mir", FNS[i]);
      ms_crate *c = load(dir, file, true);
      const ms_coroutine *co = ms_crate_coroutine(c, 0);
      /* the shape a passthrough has: one saved local, the awaited future */
      ck_assert_uint_eq(ms_co_saved_count(co), 1);
      ck_assert_str_eq(ms_co_saved_name(co, 0), "__awaitee");
      ck_assert_msg(finding_of(co, "passthrough") == -1, "%s/%s: passthrough", TCS[t], FNS[i]);
      ms_crate_free(c);
    }
}
END_TEST

/* A passthrough whose await polls through a re-exported trait path
 * (`<F as futures_util::Future>::poll`): trust-dns-proto's `connect(addr) { connect_with_bind(addr,
 * &None).await }`, its `&None` a promoted constant. */
START_TEST(passthrough_trait_path) {
  ms_crate *c = load("corpus/stable/trust-dns-proto",
                     "trust_dns_proto.tcp-tokio-connect-{closure#0}.-------.coroutine_resume.0.mir", false);
  const ms_coroutine *co = ms_crate_coroutine(c, 0);
  long f = finding_of(co, "passthrough");
  ck_assert_int_ge(f, 0);
  ck_assert_str_eq(ms_co_finding_advice(co, (size_t)f), "return-future");
  ms_crate_free(c);
}
END_TEST

/* The findings about the compiler get their kind of bytes: code for poison arms, the future
 * laid out without the copy for an upvar copy. */
START_TEST(two_kinds_of_bytes) {
  ms_crate *c = load("corpus/stable/drops", "drops.by_value-{closure#0}.-------.coroutine_resume.0.mir", true);
  const ms_coroutine *co = ms_crate_coroutine(c, 0);
  long p = finding_of(co, "poison-returned"), u = finding_of(co, "upvar-copy");
  ck_assert_int_ge(p, 0);
  ck_assert_int_ge(u, 0);
  ck_assert_int_eq(ms_co_finding_code_bytes(co, (size_t)p), ms_co_finding_bytes(co, (size_t)p));
  ck_assert_int_eq(ms_co_finding_future_bytes(co, (size_t)p), -1);
  ck_assert_int_eq(ms_co_finding_future_bytes_after(co, (size_t)p, NULL), -1);
  ck_assert_int_eq(ms_co_finding_code_bytes(co, (size_t)u), -1);
  ms_fix fix = ms_co_finding_fix(co, (size_t)u);
  ck_assert_int_eq(fix.kind, MS_FIX_DROP_LOCAL);
  ck_assert_str_eq(ms_co_saved_name(co, fix.index), "table");
  long after = ms_co_finding_future_bytes_after(co, (size_t)u, NULL);
  ck_assert_int_eq(after, ms_co_future_bytes_with(co, &fix, 1, NULL));
  ck_assert_int_eq(ms_co_finding_future_bytes(co, (size_t)u), ms_co_size(co) - after);
  ck_assert_int_gt(ms_co_finding_future_bytes(co, (size_t)u), 0);
  ck_assert_str_eq(ms_finding_class_name(MS_FINDING_HELD_ACROSS_AWAIT), "held-across-await");
  ck_assert_str_eq(ms_finding_class_name(MS_FINDING_PASSTHROUGH), "passthrough");
  ms_crate_free(c);
}
END_TEST

/* ------------------------------------------------------------------ what-if totals
 * (docs/reports.md "What if"): on all of corpus/ they reconcile with the per-coroutine
 * findings, and future bytes come from laying each future out again with all its fixes, not
 * from adding the findings' savings. */

/* A crate of a directory as `mirscope report DIR` builds it (type sizes below their own
 * directory), with `symbols` (nm -S -C output) when not NULL, and the nm text `more` as
 * one more file of symbols when not NULL (before ms_crate_finish: after it, none is read). */
static ms_crate *load_tree_more(const char *dir, const char *symbols, const char *more) {
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
  if (more) ck_assert_int_gt(ms_crate_add_symbols(c, more, strlen(more)), 0);
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

static ms_crate *load_tree(const char *dir, const char *symbols) {
  return load_tree_more(dir, symbols, NULL);
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
  ms_crate *c = load_tree("corpus", NULL);
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

/* transfer in corpus/stable/drops copies two upvars (`from`, `amount`): either copy alone
 * saves nothing (the field's room stays for the other), both together 8 bytes; and the poison
 * arms' code is what the report's redundant column sums. */
START_TEST(several_fixes_laid_out_together) {
  ms_crate *c = load_tree("corpus/stable/drops", NULL);
  const ms_coroutine *co = NULL;
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (!strcmp(ms_co_def_path(ms_crate_coroutine(c, i)), "transfer::{closure#0}")) co = ms_crate_coroutine(c, i);
  ck_assert_ptr_nonnull(co);
  ms_whatif_total w;
  ms_co_whatif(co, MS_WHATIF_NO_UPVAR_COPY, &w);
  ck_assert_uint_eq(w.findings, 2);
  ck_assert_int_eq(w.code_bytes, -1); /* not about code */
  for (size_t f = 0; f < ms_co_finding_count(co); f++)
    if (ms_co_finding_class_of(co, f) == MS_FINDING_UPVAR_COPY) ck_assert_int_eq(ms_co_finding_future_bytes(co, f), 0);
  ck_assert_int_eq(w.future_bytes, 8);
  ms_crate_free(c);
  c = load_tree("corpus/stable/basic", NULL);
  ms_crate_whatif(c, MS_WHATIF_ASYNC_PANIC, &w);
  long redundant = 0;
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) redundant += ms_co_code_redundant(ms_crate_coroutine(c, i));
  ck_assert_int_eq(w.code_bytes, redundant);
  ck_assert_int_eq(w.code_bytes, 91);
  ck_assert_int_eq(w.future_bytes, -1); /* not about futures */
  ms_crate_whatif(c, MS_WHATIF_PLAIN_FN, &w);
  ck_assert_uint_eq(w.findings, 1); /* answer */
  ms_crate_free(c);
}
END_TEST

/* Your fixes: a passthrough's code and the inner future; names and classes of the changes. */
START_TEST(your_fixes_and_names) {
  ms_crate *c = load_tree("corpus/pairs/stable/pass-args/before", NULL);
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

/* The dumped crates' code nm lists: the code symbols of the coroutines' crates, not data,
 * not other crates' code (std linked into a binary, instances of core's generics). */
START_TEST(symbol_code_bytes) {
  ms_crate *c = load_tree("corpus/stable/basic", "corpus/stable/basic/symbols.txt");
  long nm = ms_crate_symbol_code_bytes(c), exact = 0;
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    exact += ms_co_code_exact(ms_crate_coroutine(c, i)) > 0 ? ms_co_code_exact(ms_crate_coroutine(c, i)) : 0;
  ck_assert_int_gt(exact, 0);
  ck_assert_int_ge(nm, exact); /* the resume functions are among them */
  const char more[] = "0000000000000000 0000000000000100 T basic::helper\n"
                      "0000000000000100 0000000000000040 t <basic::Frame as core::fmt::Debug>::fmt\n"
                      "0000000000000140 0000000000000200 T core::ptr::drop_in_place::<basic::Frame>\n"
                      "0000000000000340 0000000000000400 T std::io::stdio::_print\n"
                      "0000000000000740 0000000000000008 D basic::TABLE\n";
  ms_crate_free(c);
  c = load_tree_more("corpus/stable/basic", "corpus/stable/basic/symbols.txt", more);
  ck_assert_int_eq(ms_crate_symbol_code_bytes(c), nm + 0x100 + 0x40);
  ms_crate_free(c);
  c = load_tree("corpus/stable/basic", NULL);
  ck_assert_int_eq(ms_crate_symbol_code_bytes(c), -1);
  ms_crate_free(c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("advice");
  TCase *tc = tcase_create("advice");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, totals_reconcile_with_findings);
  tcase_add_test(tc, several_fixes_laid_out_together);
  tcase_add_test(tc, your_fixes_and_names);
  tcase_add_test(tc, symbol_code_bytes);
  tcase_add_test(tc, held_across_one_await);
  tcase_add_test(tc, held_big_rule);
  tcase_add_test(tc, held_without_type_sizes);
  tcase_add_test(tc, overlap_saves_nothing);
  tcase_add_test(tc, fixes_interact);
  tcase_add_test(tc, passthrough_wrapper);
  tcase_add_test(tc, passthrough_lookalike_static);
  tcase_add_test(tc, passthrough_trait_path);
  tcase_add_test(tc, two_kinds_of_bytes);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
