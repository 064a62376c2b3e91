/*
 * Unit tests (check) of the public header's contract as an embedder meets it: only
 * <mirscope/mirscope.h>, on inputs of tests/data and corpus/.
 */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <mirscope/mirscope.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SRCDIR
#define SRCDIR "."
#endif

enum { FINISH = 1, FOUND = 2 };

/* A crate of the dumps below `dir` (SRCDIR-relative); with FOUND in `how`, the type sizes
 * and captures' symbols found there (each for the dumps below its own directory, as
 * `mirscope report` reads them); when `symbols` is given, those nm symbols; with FINISH,
 * finished. */
static ms_crate *load(const char *dir, const char *symbols, int how) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", SRCDIR, dir);
  const char *paths[] = {path};
  ms_crate *c = ms_crate_new(NULL);
  ms_inputs *in = ms_inputs_collect(paths, 1, NULL, NULL);
  ck_assert_uint_eq(ms_inputs_errors(in), 0);
  for (size_t i = 0; (how & FOUND) && i < ms_inputs_type_sizes_count(in); i++) {
    const char *tp = ms_inputs_type_sizes_path(in, i), *err = NULL;
    const char *slash = strrchr(tp, '/');
    char scope[1024];
    snprintf(scope, sizeof scope, "%.*s", slash ? (int)(slash - tp) : 0, tp);
    ck_assert_int_ge(ms_crate_add_type_sizes_scoped(c, tp, scope, &err), 1);
  }
  for (size_t i = 0; (how & FOUND) && i < ms_inputs_symbols_count(in); i++) {
    const char *scope = NULL, *err = NULL;
    const char *sp = ms_inputs_symbols_path(in, i, &scope);
    ck_assert_int_ge(*scope ? ms_crate_add_symbols_scoped(c, sp, scope, &err)
                            : ms_crate_add_symbols_file(c, sp, &err), 0);
  }
  if (symbols) {
    const char *err = NULL;
    snprintf(path, sizeof path, "%s/%s", SRCDIR, symbols);
    ck_assert_int_gt(ms_crate_add_symbols_file(c, path, &err), 0);
  }
  ck_assert_uint_gt(ms_inputs_count(in), 0);
  for (size_t i = 0; i < ms_inputs_count(in); i++) {
    const char *err = NULL;
    ms_doc *d = ms_doc_parse_file(ms_inputs_path(in, i), &err);
    ck_assert_msg(d != NULL, "%s: %s", ms_inputs_path(in, i), err ? err : "?");
    ms_crate_add_doc(c, d);
    ms_doc_free(d);
  }
  ms_inputs_free(in);
  if (how & FINISH) ms_crate_finish(c);
  return c;
}

/* Type sizes and symbols given after ms_crate_finish: nothing read, nothing added, 0 (a
 * tester's side-car got "78 types, 19 symbols" back and no change in any figure). */
START_TEST(adds_after_finish_do_nothing) {
  const char *dir = "tests/data/by-move-unbuilt";
  ms_crate *c = load(dir, NULL, FINISH);
  size_t n = ms_crate_coroutine_count(c);
  ck_assert_uint_gt(n, 0);
  long *size = calloc(n, sizeof *size), *exact = calloc(n, sizeof *exact);
  int *src = calloc(n, sizeof *src);
  for (size_t i = 0; i < n; i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, i);
    size[i] = ms_co_size(co);
    src[i] = (int)ms_co_size_source(co);
    exact[i] = ms_co_code_exact(co);
    ck_assert_int_ne(src[i], MS_SIZE_PRINT_TYPE_SIZES); /* no table yet: so one would show */
    ck_assert_int_lt(exact[i], 0);
  }
  char ts[1024], sym[1024], scope[1024];
  snprintf(ts, sizeof ts, "%s/%s/type-sizes.txt", SRCDIR, dir);
  snprintf(sym, sizeof sym, "%s/%s/symbols.txt", SRCDIR, dir);
  snprintf(scope, sizeof scope, "%s/%s", SRCDIR, dir);
  const char *err = "untouched";
  ck_assert_int_eq(ms_crate_add_type_sizes_file(c, ts, &err), 0);
  ck_assert_int_eq(ms_crate_add_type_sizes_scoped(c, ts, scope, &err), 0);
  ck_assert_int_eq(ms_crate_add_type_sizes_scoped(c, ts, NULL, &err), 0);
  ck_assert_int_eq(ms_crate_add_symbols_file(c, sym, &err), 0);
  ck_assert_int_eq(ms_crate_add_symbols_scoped(c, sym, scope, &err), 0);
  ck_assert_int_eq(ms_crate_add_type_sizes_file(c, "/nonexistent/type-sizes.txt", &err), 0);
  ck_assert_str_eq(err, "untouched");
  const char text[] = "print-type-size type: `{async fn body of x()}`: 8 bytes, alignment: 8 bytes\n";
  ck_assert_int_eq(ms_crate_add_type_sizes(c, text, sizeof text - 1), 0);
  const char nm[] = "0000000000001000 0000000000000100 T by_move::twice::{closure#0}\n";
  ck_assert_int_eq(ms_crate_add_symbols(c, nm, sizeof nm - 1), 0);
  ms_crate_finish(c); /* again: nothing */
  for (size_t i = 0; i < n; i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, i);
    ck_assert_int_eq(ms_co_size(co), size[i]);
    ck_assert_int_eq((int)ms_co_size_source(co), src[i]);
    ck_assert_int_eq(ms_co_code_exact(co), exact[i]);
  }
  ck_assert_int_lt(ms_crate_symbol_code_bytes(c), 0);
  /* before ms_crate_finish the same calls read */
  ms_crate *d = load(dir, NULL, 0);
  ck_assert_int_gt(ms_crate_add_type_sizes_file(d, ts, &err), 0);
  ck_assert_int_gt(ms_crate_add_symbols_file(d, sym, &err), 0);
  ms_crate_free(d);
  free(size);
  free(exact);
  free(src);
  ms_crate_free(c);
}
END_TEST

int main(void) {
  Suite *s = suite_create("api");
  TCase *t = tcase_create("api");
  tcase_set_timeout(t, 120);
  tcase_add_test(t, adds_after_finish_do_nothing);
  suite_add_tcase(s, t);
  SRunner *r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
