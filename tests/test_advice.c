/* Unit tests (check) for the advice findings and the what-if layout API (public header only),
 * on the before/after pairs of corpus/pairs/ and on corpus/ (docs/model.md, docs/sizes.md). */
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

int main(void) {
  Suite *s = suite_create("advice");
  TCase *tc = tcase_create("advice");
  tcase_add_test(tc, held_across_one_await);
  tcase_add_test(tc, held_without_type_sizes);
  tcase_add_test(tc, overlap_saves_nothing);
  tcase_add_test(tc, fixes_interact);
  tcase_add_test(tc, passthrough_wrapper);
  tcase_add_test(tc, two_kinds_of_bytes);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
