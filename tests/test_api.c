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

/* ---- the accessors against the JSON report the library writes of the same crate */

/* The JSON report of c (ms_crate_write_json), NUL-terminated; free() it. */
static char *json_of(const ms_crate *c) {
  FILE *f = tmpfile();
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(ms_crate_write_json(c, f), 0);
  long len = ftell(f);
  ck_assert_int_gt(len, 0);
  rewind(f);
  char *buf = malloc((size_t)len + 1);
  ck_assert_uint_eq(fread(buf, 1, (size_t)len, f), (size_t)len);
  buf[len] = 0;
  fclose(f);
  return buf;
}

/* The text of the i-th object of "coroutines" (up to the next one), a copy; free() it. */
static char *co_json(const char *json, size_t i) {
  static const char start[] = "\n    {\n      \"def_path\": ";
  const char *p = strstr(json, start);
  for (size_t k = 0; p && k < i; k++) p = strstr(p + 1, start);
  ck_assert_msg(p != NULL, "no coroutine %zu in the JSON", i);
  const char *end = strstr(p + 1, start);
  if (!end) end = strstr(p, "\n  \"totals\": ");
  ck_assert_ptr_nonnull(end);
  return strndup(p, (size_t)(end - p));
}

/* What follows `key` (e.g. "\"in_totals\": ") from p on; fails when it is not there. */
static const char *at(const char *p, const char *key) {
  const char *v = strstr(p, key);
  ck_assert_msg(v != NULL, "no %s in %.200s", key, p);
  return v + strlen(key);
}

static int json_bool(const char *v) {
  ck_assert_msg(!strncmp(v, "true", 4) || !strncmp(v, "false", 5), "not a bool: %.20s", v);
  return *v == 't';
}

/* A number, -1 for null. */
static long json_long(const char *v) {
  if (!strncmp(v, "null", 4)) return -1;
  long n;
  ck_assert_msg(sscanf(v, "%ld", &n) == 1, "not a number: %.20s", v);
  return n;
}

/* Whether the JSON value at v is the string s (NULL: null).  The strings compared here
 * (names, spans) hold no control characters: only quotes and backslashes are escaped. */
static int json_str_is(const char *v, const char *s) {
  if (!s) return !strncmp(v, "null", 4);
  if (*v++ != '"') return 0;
  for (; *s; s++, v++) {
    if (*s == '"' || *s == '\\')
      if (*v++ != '\\') return 0;
    if (*v != *s) return 0;
  }
  return *v == '"';
}

/* Every new accessor of coroutine i against its JSON object. */
static void check_co(const ms_crate *c, size_t i, const char *obj) {
  const ms_coroutine *co = ms_crate_coroutine(c, i);
  const char *name = ms_co_name(co);
  ck_assert_msg(json_str_is(at(obj, "\"name\": "), name), "%s: order", name);
  /* totals: in_totals, by_move_of */
  ck_assert_int_eq(ms_co_in_totals(co), json_bool(at(obj, "\"in_totals\": ")));
  const ms_coroutine *twin = ms_co_by_move_of(co);
  ck_assert_msg(json_str_is(at(obj, "\"by_move_of\": "), twin ? ms_co_name(twin) : NULL),
                "%s: by_move_of", name);
  /* code: in_awaiter (and which), host_bytes, in_host */
  const char *code = at(obj, "\"code\": {");
  int inside = json_bool(at(code, "\"in_awaiter\": "));
  ck_assert_msg(ms_co_code_in_awaiter(co) == inside, "%s: in_awaiter", name);
  const ms_coroutine *aw[64];
  size_t naw = ms_crate_code_awaiters(c, co, aw, 64);
  ck_assert_msg((naw > 0) == inside, "%s: %zu awaiters, in_awaiter %d", name, naw, inside);
  ck_assert_uint_eq(ms_crate_code_awaiters(c, co, NULL, 0), naw);
  for (size_t k = 0; k < naw && k < 64; k++) {
    ck_assert_int_ge(ms_co_code_exact(aw[k]), 0);
    ck_assert_int_gt(ms_co_code_inlined(aw[k]), 0);
    ck_assert_ptr_ne(aw[k], co);
  }
  ck_assert_int_lt(ms_co_code_exact(co) >= 0 && inside, 1); /* inside: no symbol of its own */
  ck_assert_int_eq(ms_co_code_host_bytes(co), json_long(at(code, "\"host_bytes\": ")));
  ck_assert_int_eq(ms_co_code_in_host(co), json_bool(at(code, "\"in_host\": ")));
  /* upvars[].field */
  const char *u = at(obj, "\"upvars\": [");
  for (size_t k = 0; k < ms_co_upvar_count(co); k++) {
    u = at(u, "{ \"field\": ");
    ck_assert_int_eq(ms_co_upvar_field(co, k), json_long(u));
  }
  ck_assert_int_eq(ms_co_upvar_field(co, ms_co_upvar_count(co)), -1);
  /* findings[].span: the key after local_bytes (each await has a span of its own after it) */
  const char *f = at(obj, "\"findings\": [");
  for (size_t k = 0; k < ms_co_finding_count(co); k++) {
    f = at(f, "{ \"class\": ");
    const char *span = at(at(f, "\"local_bytes\": "), "\"span\": ");
    ck_assert_msg(json_str_is(span, ms_co_finding_span(co, k)), "%s: finding %zu span %s vs %.60s",
                  name, k, ms_co_finding_span(co, k) ? ms_co_finding_span(co, k) : "NULL", span);
  }
  ck_assert_ptr_null(ms_co_finding_span(co, ms_co_finding_count(co)));
  /* the coroutine's own span: in its type, after the `@` */
  const char *own = ms_co_span(co), *type = ms_co_self_type(co), *atsign = strchr(type, '@');
  if (own) ck_assert_msg(atsign && !strncmp(atsign + 1, own, strlen(own)), "%s: %s in %s", name, own, type);
  else ck_assert_msg(!atsign, "%s: no span in %s", name, type);
}

/* Each accessor against the JSON of a crate; returns how many coroutines had each property
 * (in_totals 0, by_move_of, in_awaiter, host_bytes, finding spans, upvars) in `seen`. */
static void check_json(const ms_crate *c, size_t seen[6]) {
  char *json = json_of(c);
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
    char *obj = co_json(json, i);
    check_co(c, i, obj);
    free(obj);
    const ms_coroutine *co = ms_crate_coroutine(c, i);
    seen[0] += !ms_co_in_totals(co);
    seen[1] += ms_co_by_move_of(co) != NULL;
    seen[2] += ms_co_code_in_awaiter(co);
    seen[3] += ms_co_code_host_bytes(co) >= 0;
    for (size_t k = 0; k < ms_co_finding_count(co); k++) seen[4] += ms_co_finding_span(co, k) != NULL;
    seen[5] += ms_co_upvar_count(co);
  }
  const char *totals = at(json, "\n  \"totals\": ");
  long bytes = -2;
  size_t outer = ms_crate_outer_futures(c, &bytes);
  ck_assert_uint_eq(outer, (size_t)json_long(at(totals, "\"outer_coroutines\": ")));
  ck_assert_int_eq(bytes, json_long(at(totals, "\"outer_future_bytes\": ")));
  ck_assert_uint_eq(ms_crate_outer_futures(c, NULL), outer);
  size_t not_built = (size_t)json_long(at(totals, "\"not_built\": "));
  ck_assert_uint_eq(not_built, seen[0]);
  free(json);
}

/* ms_crate_whatif and ms_crate_code_bytes are the sums over the coroutines in the totals. */
static void check_sums(const ms_crate *c) {
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    ms_whatif_total all, one, sum = {0, 0, 0, 0, 0, 0};
    ms_crate_whatif(c, (ms_whatif_kind)k, &all);
    sum.code_bytes = all.code_bytes < 0 ? -1 : 0; /* a change not about code: -1 */
    sum.future_bytes = all.future_bytes < 0 ? -1 : 0;
    for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
      const ms_coroutine *co = ms_crate_coroutine(c, i);
      if (!ms_co_in_totals(co)) continue;
      ms_co_whatif(co, (ms_whatif_kind)k, &one);
      sum.findings += one.findings;
      sum.coroutines += one.coroutines;
      sum.copies += one.copies;
      sum.future_unknown += one.future_unknown;
      if (sum.code_bytes >= 0 && one.code_bytes > 0) sum.code_bytes += one.code_bytes;
      if (sum.future_bytes >= 0 && one.future_bytes > 0) sum.future_bytes += one.future_bytes;
    }
    ck_assert_uint_eq(all.findings, sum.findings);
    ck_assert_uint_eq(all.coroutines, sum.coroutines);
    ck_assert_uint_eq(all.copies, sum.copies);
    ck_assert_uint_eq(all.future_unknown, sum.future_unknown);
    ck_assert_int_eq(all.code_bytes, sum.code_bytes);
    ck_assert_int_eq(all.future_bytes, sum.future_bytes);
  }
  long code = 0;
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, i);
    long all = -1, b = ms_co_code_instances(co, &all) > 1 ? all : ms_co_code_bytes(co, NULL);
    if (ms_co_in_totals(co) && !ms_co_code_in_awaiter(co) && b > 0) code += b;
  }
  ck_assert_int_eq(ms_crate_code_bytes(c), code);
}

static const ms_coroutine *by_name(const ms_crate *c, const char *name) {
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (!strcmp(ms_co_name(ms_crate_coroutine(c, i)), name)) return ms_crate_coroutine(c, i);
  ck_abort_msg("no coroutine %s", name);
  return NULL;
}

/* An async closure's by-move body nm shows was not built (a tester's side-car found the
 * crate's what-if totals were not the sums of ms_co_whatif, and no accessor said why). */
START_TEST(by_move_body_not_built) {
  ms_crate *c = load("tests/data/by-move-unbuilt", "tests/data/by-move-unbuilt/symbols.txt",
                     FINISH | FOUND);
  const ms_coroutine *by_move = by_name(c, "twice::{closure#0}::{closure#0}::{synthetic#0}");
  const ms_coroutine *by_ref = by_name(c, "twice::{closure#0}::{closure#0}::{closure#0}");
  const ms_coroutine *fn = by_name(c, "twice::{closure#0}");
  ck_assert_int_eq(ms_co_in_totals(by_move), 0);
  ck_assert_ptr_eq(ms_co_by_move_of(by_move), by_ref);
  ck_assert_int_eq(ms_co_in_totals(by_ref), 1);
  ck_assert_ptr_null(ms_co_by_move_of(by_ref));
  ck_assert_int_eq(ms_co_in_totals(fn), 1);
  ck_assert_ptr_null(ms_co_by_move_of(fn));
  /* the async fn's body has no span of its own in today's dumps; the closure's has */
  ck_assert_ptr_null(ms_co_span(fn));
  ck_assert_ptr_nonnull(ms_co_span(by_ref));
  ms_whatif_total w;
  ms_co_whatif(by_move, MS_WHATIF_ASYNC_PANIC, &w);
  ck_assert_uint_gt(w.findings, 0); /* its own figures, in no total */
  check_sums(c);
  size_t seen[6] = {0};
  check_json(c, seen);
  ck_assert_uint_eq(seen[0], 1);
  ck_assert_uint_eq(seen[1], 1);
  ms_crate_free(c);
  /* before ms_crate_finish: in the totals, no twin, no outer futures */
  c = load("tests/data/by-move-unbuilt", "tests/data/by-move-unbuilt/symbols.txt", FOUND);
  long bytes = 0;
  ck_assert_uint_eq(ms_crate_outer_futures(c, &bytes), 0);
  ck_assert_int_eq(bytes, -1);
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
    ck_assert_int_eq(ms_co_in_totals(ms_crate_coroutine(c, i)), 1);
    ck_assert_ptr_null(ms_co_by_move_of(ms_crate_coroutine(c, i)));
    ck_assert_uint_eq(ms_crate_code_awaiters(c, ms_crate_coroutine(c, i), NULL, 0), 0);
  }
  ms_crate_free(c);
}
END_TEST

/* Inputs with nm symbols: awaitees inlined into awaiters nm sized, hosts. */
static const char *const WITH_SYMBOLS[] = {
    "tests/data/inlined-awaitee", "tests/data/inlined-twice", "tests/data/hosts",
    "tests/data/passthrough-inlined", "tests/data/impl-inlined", "tests/data/by-move-unbuilt",
};

START_TEST(accessors_match_json_with_symbols) {
  size_t seen[6] = {0};
  for (size_t d = 0; d < sizeof WITH_SYMBOLS / sizeof *WITH_SYMBOLS; d++) {
    char sym[512];
    snprintf(sym, sizeof sym, "%s/symbols.txt", WITH_SYMBOLS[d]);
    ms_crate *c = load(WITH_SYMBOLS[d], sym, FINISH | FOUND);
    check_json(c, seen);
    check_sums(c);
    ms_crate_free(c);
  }
  ck_assert_uint_gt(seen[2], 3); /* in an awaiter */
  ck_assert_uint_gt(seen[3], 0); /* a host */
}
END_TEST

/* inlined-twice: the awaitee's code is in both awaiters' nm sizes. */
START_TEST(awaiters_named) {
  ms_crate *c = load("tests/data/inlined-twice", "tests/data/inlined-twice/symbols.txt", FINISH | FOUND);
  size_t inside = 0;
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, i), *aw[2] = {NULL, NULL};
    if (!ms_co_code_in_awaiter(co)) continue;
    inside++;
    ck_assert_uint_eq(ms_crate_code_awaiters(c, co, aw, 1), 2); /* two, one written */
    ck_assert_ptr_nonnull(aw[0]);
    ck_assert_ptr_null(aw[1]);
    ck_assert_uint_eq(ms_co_code_copies(co), 2);
  }
  ck_assert_uint_eq(inside, 1);
  ms_crate_free(c);
}
END_TEST

/* The corpus (no symbols): finding spans, upvar fields, the outer futures' totals. */
START_TEST(accessors_match_json_corpus) {
  ms_crate *c = load("corpus", NULL, FINISH | FOUND);
  size_t seen[6] = {0};
  check_json(c, seen);
  check_sums(c);
  ck_assert_uint_gt(seen[4], 100); /* finding spans */
  ck_assert_uint_gt(seen[5], 100); /* upvars */
  size_t own = 0, fns = 0;
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, i);
    own += ms_co_span(co) != NULL;
    fns += ms_co_kind_of(co) == MS_KIND_ASYNC_FN;
  }
  ck_assert_uint_eq(own + fns, ms_crate_coroutine_count(c)); /* every block and closure */
  long bytes = 0;
  ck_assert_uint_gt(ms_crate_outer_futures(c, &bytes), 0);
  ck_assert_int_gt(bytes, 0);
  ms_crate_free(c);
}
END_TEST

/* What the header says of a few edges a tester checked (docs only, behaviour kept). */
START_TEST(documented_edges) {
  ms_doc *d = ms_doc_parse(NULL, NULL, 0);
  ck_assert_str_eq(ms_doc_name(d), "<input>");
  ck_assert_uint_eq(ms_doc_body_count(d), 0);
  ck_assert_uint_eq(ms_doc_size(d), 0);
  ms_doc_free(d);
  ck_assert_str_eq(ms_stmt_kind_name((ms_stmt_kind)999), "?");
  ck_assert_ptr_null(ms_suspend_kind_name((ms_suspend_kind)999));
  char out[8] = "xxxxxxx";
  const char *name = "a.f-{closure#0}.-------.coroutine_resume.0.mir";
  ck_assert_int_eq(ms_pass_from_filename(name, out, sizeof out), 1);
  ck_assert_str_eq(out, "corouti"); /* cut to cap - 1 bytes */
  ck_assert_int_eq(ms_pass_from_filename(name, out, 0), 0);
  ck_assert_int_eq(ms_pass_from_filename("notes.txt", out, sizeof out), 0);
  ck_assert_str_eq(out, "corouti"); /* nothing written */
  /* every kind ms_input_sniff tells from a dump is rejected when named explicitly */
  char dir[] = "/tmp/mirscope-test-api-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(dir));
  static const struct { const char *name, *text; ms_input_kind kind; } files[] = {
      {"a-types.txt", "print-type-size type: `u8`: 1 bytes, alignment: 1 bytes\n", MS_INPUT_TYPE_SIZES},
      {"b.bin", "\x7f" "ELF\x02\x01\x01\0\0\0", MS_INPUT_BINARY},
      {"c.rs", "async fn f() {}\n", MS_INPUT_RUST_SOURCE},
      {"d.json", "{\n  \"build\": { \"target\": \"x\" }\n}\n", MS_INPUT_REPORT_JSON},
      {"e.txt", "x.o:\n0000000000000000 0000000000000010 T f\n", MS_INPUT_NM_SYMBOLS},
  };
  size_t n = sizeof files / sizeof *files;
  char paths[5][128];
  const char *argv[5];
  for (size_t i = 0; i < n; i++) {
    snprintf(paths[i], sizeof paths[i], "%s/%s", dir, files[i].name);
    FILE *f = fopen(paths[i], "wb");
    ck_assert_ptr_nonnull(f);
    fwrite(files[i].text, 1, files[i].kind == MS_INPUT_BINARY ? 10 : strlen(files[i].text), f);
    fclose(f);
    argv[i] = paths[i];
  }
  ms_inputs *in = ms_inputs_collect(argv, n, NULL, NULL);
  ck_assert_ptr_nonnull(in);
  ck_assert_uint_eq(ms_inputs_count(in), 0);
  ck_assert_uint_eq(ms_inputs_rejected_count(in), n);
  for (size_t i = 0; i < n; i++) {
    ms_input_kind kind = MS_INPUT_DUMP;
    unsigned line = 9, col = 9;
    ck_assert_str_eq(ms_inputs_rejected_path(in, i, &kind, &line, &col), paths[i]);
    ck_assert_int_eq(kind, files[i].kind);
    if (kind == MS_INPUT_BINARY) ck_assert_uint_eq(line, 1);
    else ck_assert_uint_eq(line + col, 0);
  }
  ck_assert_ptr_null(ms_inputs_rejected_path(in, n, NULL, NULL, NULL));
  ms_inputs_free(in);
  for (size_t i = 0; i < n; i++) remove(paths[i]);
  remove(dir);
  /* a path that does not exist: still a list, the error counted */
  const char *missing = "/nonexistent/mirscope";
  in = ms_inputs_collect(&missing, 1, NULL, NULL);
  ck_assert_ptr_nonnull(in);
  ck_assert_uint_eq(ms_inputs_errors(in), 1);
  ms_inputs_free(in);
}
END_TEST

int main(void) {
  Suite *s = suite_create("api");
  TCase *t = tcase_create("api");
  tcase_set_timeout(t, 120);
  tcase_add_test(t, adds_after_finish_do_nothing);
  tcase_add_test(t, by_move_body_not_built);
  tcase_add_test(t, accessors_match_json_with_symbols);
  tcase_add_test(t, awaiters_named);
  tcase_add_test(t, accessors_match_json_corpus);
  tcase_add_test(t, documented_edges);
  suite_add_tcase(s, t);
  SRunner *r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
