/*
 * Unit and golden tests (check) for the text and Markdown reports (src/report.c) and the
 * diff (src/diff.c), on real dumps from corpus/ and tests/data/diff/.
 *
 * Goldens live in tests/golden/ and are compared byte for byte.  After an intended change:
 *   UPDATE_GOLDEN=1 build/tests/test_report      (rewrites them; review `git diff tests/golden`)
 */
#define _POSIX_C_SOURCE 200809L
#include <check.h>

#include "golden.h"
#include <mirscope/mirscope.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>

#include "report.h"
#include "text.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

/* A crate from one directory, as `mirscope report DIR` builds it: type sizes found beside
 * the dumps apply below their own directory.  Paths are relative to SRCDIR (see main). */
static ms_crate *load_dirs(const char *const *paths, size_t npaths) {
  ms_crate *c = ms_crate_new(NULL);
  ck_assert_ptr_nonnull(c);
  ms_inputs *in = ms_inputs_collect(paths, npaths, NULL, NULL);
  ck_assert_ptr_nonnull(in);
  ck_assert_uint_eq(ms_inputs_errors(in), 0);
  for (size_t i = 0; i < ms_inputs_type_sizes_count(in); i++) {
    const char *tp = ms_inputs_type_sizes_path(in, i), *err = NULL;
    char scope[512];
    const char *slash = strrchr(tp, '/');
    snprintf(scope, sizeof scope, "%.*s", slash ? (int)(slash - tp) : 0, tp);
    ck_assert_int_ge(ms_crate_add_type_sizes_scoped(c, tp, scope, &err), 1);
  }
  ck_assert_uint_gt(ms_inputs_count(in), 0);
  for (size_t i = 0; i < ms_inputs_count(in); i++) {
    const char *err = NULL;
    ms_doc *d = ms_doc_parse_file(ms_inputs_path(in, i), &err);
    ck_assert_msg(d != NULL, "%s: %s", ms_inputs_path(in, i), err ? err : "?");
    ck_assert_uint_eq(ms_doc_error_count(d), 0);
    ms_crate_add_doc(c, d);
    ms_doc_free(d);
  }
  ms_inputs_free(in);
  ms_crate_finish(c);
  return c;
}

static ms_crate *load_dir(const char *dir) {
  const char *paths[] = {dir};
  return load_dirs(paths, 1);
}



/* Render into memory. */
typedef struct {
  char *buf;
  size_t len;
  FILE *f;
} mem;

static FILE *mem_open(mem *m) {
  m->buf = NULL;
  m->len = 0;
  m->f = open_memstream(&m->buf, &m->len);
  ck_assert_ptr_nonnull(m->f);
  return m->f;
}

static void mem_close(mem *m) { fclose(m->f); }

static int stub_dot(const ms_coroutine *co, FILE *out, void *user) {
  (void)user;
  fprintf(out, "digraph \"%s\" {\n", ms_co_def_path(co));
  for (size_t t = 0; t < ms_co_transition_count(co); t++)
    fprintf(out, "  \"%s\" -> \"%s\" [label=\"%s\"];\n", ms_co_state_name(co, ms_co_transition_from(co, t)),
            ms_co_state_name(co, ms_co_transition_to(co, t)), ms_co_transition_via(co, t));
  fputs("}\n", out);
  return 0;
}

static int stub_mermaid(const ms_coroutine *co, FILE *out, void *user) {
  (void)user;
  fputs("stateDiagram-v2\n", out);
  for (size_t t = 0; t < ms_co_transition_count(co); t++)
    fprintf(out, "  %s --> %s: %s\n", ms_co_state_name(co, ms_co_transition_from(co, t)),
            ms_co_state_name(co, ms_co_transition_to(co, t)), ms_co_transition_via(co, t));
  return 0;
}

/* Characters (code points) of UTF-8 text. */
static size_t chars_of(const char *s) {
  size_t n = 0;
  for (; *s; s++) n += ((unsigned char)*s & 0xc0) != 0x80;
  return n;
}

static int failing_dot(const ms_coroutine *co, FILE *out, void *user) {
  (void)co;
  (void)user;
  fputs("digraph {", out);
  return -1;
}

static size_t test_stem(const ms_coroutine *co, char *out, size_t cap) {
  int n = snprintf(out, cap, "stem-%s", ms_co_def_path(co));
  return n < 0 ? 0 : (size_t)n;
}

static const ms_coroutine *by_path(const ms_crate *c, const char *dp) {
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (!strcmp(ms_co_def_path(ms_crate_coroutine(c, i)), dp)) return ms_crate_coroutine(c, i);
  ck_abort_msg("no coroutine %s", dp);
  return NULL;
}

static size_t diff_index(const ms_diff *d, const char *short_dp) {
  for (size_t i = 0; i < ms_diff_count(d); i++) {
    const ms_coroutine *co = ms_diff_new_co(d, i) ? ms_diff_new_co(d, i) : ms_diff_old(d, i);
    if (!strcmp(ms_co_def_path(co), short_dp)) return i;
  }
  ck_abort_msg("no diff entry %s", short_dp);
  return 0;
}

/* ------------------------------------------------------------------ helpers */

/* Does a type's text hold a value of another type (the upvar-copy rule's evidence for a
 * call that returns a hand-written future, tests/data/upvar-into-struct)? */
START_TEST(type_holds_arg) {
  ck_assert(ms_type_holds_arg("Select<F, Timer>", "F"));
  ck_assert(ms_type_holds_arg("Select<F, Timer>", "Timer"));
  ck_assert(ms_type_holds_arg(" Timeout<F>\n", "F"));
  ck_assert(ms_type_holds_arg("core::option::Option<[u8; 64]>", "[u8; 64]"));
  ck_assert(ms_type_holds_arg("Map<{async block@src/a.rs:1:2: 3:4}, fn(u8) -> u16>", "fn(u8) -> u16"));
  ck_assert(ms_type_holds_arg("Select<{async block@src/a.rs:1:2: 3:4}, Timer>", "{async block@src/a.rs:1:2: 3:4}"));
  ck_assert(ms_type_holds_arg("Wrap<'{erased}, F>", "F"));
  /* not as a whole argument, behind a pointer, or in std's types that keep it elsewhere */
  ck_assert(!ms_type_holds_arg("Pending<<F as core::future::Future>::Output>", "F"));
  ck_assert(!ms_type_holds_arg("Wrap<&'{erased} mut F>", "F"));
  ck_assert(!ms_type_holds_arg("Wrap<Vec<F>>", "F"));
  ck_assert(!ms_type_holds_arg("std::pin::Pin<std::boxed::Box<F>>", "F"));
  ck_assert(!ms_type_holds_arg("std::boxed::Box<F>", "F"));
  ck_assert(!ms_type_holds_arg("std::marker::PhantomData<F>", "F"));
  ck_assert(!ms_type_holds_arg("usize", "usize"));
  ck_assert(!ms_type_holds_arg("(F, Timer)", "F"));
  ck_assert(!ms_type_holds_arg("<F as Tr>::Out<F>", "F"));
  ck_assert(!ms_type_holds_arg("Select<FF, Timer>", "F"));
  ck_assert(!ms_type_holds_arg("Select<F, Timer>", ""));
  /* constructors: a tuple struct's, a variant's; not an operator */
  ck_assert(ms_callee_constructs("Wrap", "Wrap"));
  ck_assert(ms_callee_constructs("Timeout::<F>", "Timeout<F>"));
  ck_assert(ms_callee_constructs("Either::<F, Timer>::First", "Either<F, Timer>"));
  ck_assert(ms_callee_constructs("Option::<F>::Some", "core::option::Option<F>"));
  ck_assert(!ms_callee_constructs("Add", "u32"));
  ck_assert(!ms_callee_constructs("AddWithOverflow", "(u32, bool)"));
  ck_assert(!ms_callee_constructs("discriminant", "isize"));
  /* an AsyncFnOnce called by value returns its CallOnceFuture: of the same F and arguments;
   * not a call by reference (CallRefFuture), not FnOnce's output */
  ck_assert(ms_call_once_future("<F as AsyncFnOnce<(u32,)>>::async_call_once",
                                "<F as std::ops::AsyncFnOnce<(u32,)>>::CallOnceFuture"));
  ck_assert(ms_call_once_future("<F as AsyncFnOnce<([u64; 8],)>>::async_call_once",
                                " <F as std::ops::AsyncFnOnce<([u64; 8],)>>::CallOnceFuture\n"));
  ck_assert(ms_type_is_call_once_future("<F as core::ops::AsyncFnOnce<()>>::CallOnceFuture"));
  ck_assert(!ms_call_once_future("<G as AsyncFnOnce<(u32,)>>::async_call_once",
                                 "<F as std::ops::AsyncFnOnce<(u32,)>>::CallOnceFuture"));
  ck_assert(!ms_call_once_future("<F as AsyncFnOnce<(u64,)>>::async_call_once",
                                 "<F as std::ops::AsyncFnOnce<(u32,)>>::CallOnceFuture"));
  ck_assert(!ms_call_once_future("<F as AsyncFnMut<(u32,)>>::async_call_mut",
                                 "<F as std::ops::AsyncFnMut<(u32,)>>::CallRefFuture<'_>"));
  ck_assert(!ms_call_once_future("<F as AsyncFn<(u32,)>>::async_call",
                                 "<F as std::ops::AsyncFnMut<(u32,)>>::CallRefFuture<'_>"));
  ck_assert(!ms_call_once_future("<F as FnOnce<()>>::call_once", "Fut"));
  ck_assert(!ms_call_once_future("<F as FnOnce<()>>::call_once",
                                 "<F as std::ops::FnOnce<()>>::Output"));
  ck_assert(!ms_type_is_call_once_future("<F as std::ops::AsyncFnOnce<(u32,)>>::Output"));
  ck_assert(!ms_type_is_call_once_future("<F as MyAsyncFnOnce<(u32,)>>::CallOnceFuture"));
  ck_assert(!ms_type_is_call_once_future("Select<<F as AsyncFnOnce<()>>::CallOnceFuture, Timer>"));
}
END_TEST

/* Two or three arguments moved into the one awaited future (`select(a, b).await`): an
 * upvar-copy per argument, and the future laid out again without all of their slots is the
 * size rustc gives the same body with the futures made inside (after/, no upvars);
 * tests/data/upvar-two-into-one/regen.  Until 2026-12-07 only the first argument's. */
static const ms_coroutine *co_named(const ms_crate *c, const char *def_path) {
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (!strcmp(ms_co_def_path(ms_crate_coroutine(c, i)), def_path)) return ms_crate_coroutine(c, i);
  ck_abort_msg("no coroutine %s", def_path);
  return NULL;
}

START_TEST(upvar_two_into_one) {
  ms_crate *c = load_dir("tests/data/upvar-two-into-one/before");
  ms_crate *after = load_dir("tests/data/upvar-two-into-one/after");
  static const struct {
    const char *def_path, *upvars; /* the upvars copied, in order, `` for none */
    long bytes, before, predicted;
    bool measured; /* after/ holds the body without those upvars */
  } W[] = {
      {"race::{closure#0}", "a b", 64, 264, 136, true},
      {"race_frames::{closure#0}", "a b", 64, 264, 136, true},
      {"race3::{closure#0}", "a b c", 64, 392, 200, true},
      {"both_lit::{closure#0}", "a b", 64, 264, 136, true},
      {"pair_tuple::{closure#0}", "a b", 64, 264, 136, true},
      {"second_only::{closure#0}", "b", 64, 200, 136, true},
      /* two Frames, a Holder<Frame> of one: which, the text does not tell; one counts */
      {"same_second::{closure#0}", "a", 64, 200, 136, true},
      /* b read after the await; Tagged2<A, B> holds neither (4 bytes) */
      {"block_reads_b::{closure#0}", "a", 64, 264, 200, false},
      {"phantom2::{closure#0}", "", 0, 136, 136, false},
      /* the argument moved into its local x (saved: borrowed by take()); the take moves the
       * Big out of that local, not out of the upvar: one copy, 101 bytes */
      {"take_it::{closure#0}", "x", 101, 304, 203, false},
  };
  for (size_t w = 0; w < sizeof W / sizeof W[0]; w++) {
    const ms_coroutine *co = co_named(c, W[w].def_path);
    char got[64] = "";
    size_t fs[8], n = 0;
    for (size_t f = 0; f < ms_co_finding_count(co); f++) {
      if (strcmp(ms_co_finding_class(co, f), "upvar-copy")) continue;
      const char *r = ms_co_finding_reason(co, f), *q = strchr(r, '`');
      ck_assert_ptr_nonnull(q);
      snprintf(got + strlen(got), sizeof got - strlen(got), "%s%.*s", *got ? " " : "",
               (int)(strchr(q + 1, '`') - q - 1), q + 1);
      ck_assert_int_eq(ms_co_finding_future_bytes(co, f), W[w].bytes);
      ck_assert_uint_lt(n, 8);
      fs[n++] = f;
    }
    ck_assert_msg(!strcmp(got, W[w].upvars), "%s: upvar copies of `%s`, want `%s`", W[w].def_path, got,
                  W[w].upvars);
    ck_assert_int_eq(ms_co_size(co), W[w].before);
    ck_assert_int_eq(ms_co_future_bytes_after(co, fs, n, NULL), W[w].predicted);
    /* the same body without the upvars the copies name: what rustc lays out */
    if (W[w].measured)
      ck_assert_int_eq(ms_co_size(co_named(after, W[w].def_path)), W[w].predicted);
  }
  ms_crate_free(after);
  ms_crate_free(c);
}
END_TEST

/* An AsyncFnOnce argument called by value and awaited (`f(1).await`, F: AsyncFnOnce): the
 * call's future, an async closure's body in the instance, holds the closure's captures and
 * its arguments while the upvars keep their slots: an upvar-copy each, and the future laid
 * out again without them is what rustc gives the same await with the closure made inside
 * (after/).  A plain closure returning a future, as AsyncFnOnce or FnOnce() -> Fut, builds
 * a future that does not hold it: none.  tests/data/upvar-async-fn-once/regen.  Until
 * 2026-12-07 none was found (a fresh-eyes trial's call_asyncfnonce: 24 of 80 bytes). */
START_TEST(upvar_async_fn_once) {
  ms_crate *c = load_dir("tests/data/upvar-async-fn-once/before");
  ms_crate *after = load_dir("tests/data/upvar-async-fn-once/after");
  static const struct {
    const char *def_path, *upvars; /* the upvars moved, in order, `` for none */
    long before, predicted;
    bool measured; /* after/ holds the same await without those upvars */
  } W[] = {
      {"once_string::{closure#0}", "f", 72, 48, true},
      {"once_frame::{closure#0}", "f", 152, 88, true},
      {"once_arg::{closure#0}", "f b", 256, 168, true},
      /* a plain closure's future (an async block of 48 bytes, not the closure's String) */
      {"once_plain::{closure#0}", "", 80, 80, false},
      {"fn_once::{closure#0}", "", 80, 80, false},
  };
  for (size_t w = 0; w < sizeof W / sizeof W[0]; w++) {
    const ms_coroutine *co = co_named(c, W[w].def_path);
    char got[64] = "";
    size_t fs[8], n = 0;
    for (size_t f = 0; f < ms_co_finding_count(co); f++) {
      if (strcmp(ms_co_finding_class(co, f), "upvar-copy")) continue;
      const char *r = ms_co_finding_reason(co, f), *q = strchr(r, '`');
      ck_assert_ptr_nonnull(q);
      ck_assert_ptr_nonnull(strstr(r, "moved into the future awaited"));
      snprintf(got + strlen(got), sizeof got - strlen(got), "%s%.*s", *got ? " " : "",
               (int)(strchr(q + 1, '`') - q - 1), q + 1);
      ck_assert_uint_lt(n, 8);
      fs[n++] = f;
    }
    ck_assert_msg(!strcmp(got, W[w].upvars), "%s: upvar copies of `%s`, want `%s`", W[w].def_path, got,
                  W[w].upvars);
    ck_assert_int_eq(ms_co_size(co), W[w].before);
    if (n) ck_assert_int_eq(ms_co_future_bytes_after(co, fs, n, NULL), W[w].predicted);
    if (W[w].measured)
      ck_assert_int_eq(ms_co_size(co_named(after, W[w].def_path)), W[w].predicted);
  }
  ms_crate_free(after);
  ms_crate_free(c);
}
END_TEST

/* An upvar-copy whose fix saves no future bytes, known so, is no finding (as held-across-
 * await's): `small_then_big`'s 2-byte copy lives in a state smaller than the largest, 88
 * bytes with or without it (after/ measures 88); `frame_then_big`'s 64-byte copy makes the
 * largest state, 216 -> 152 predicted and measured.  In upvar-into-struct the 4-byte `ticks`
 * moved into Timer(ticks) beside a 64-byte `fut` sits in padding: `fut` only (until
 * 2026-12-07 both, `ticks` with "0 future bytes", counted in the crate line and what-if). */
START_TEST(upvar_copy_saves_nothing) {
  ms_crate *c = load_dir("tests/data/upvar-copy-padding/before");
  ms_crate *after = load_dir("tests/data/upvar-copy-padding/after");
  ms_crate *st = load_dir("tests/data/upvar-into-struct/mir_dump");
  static const struct {
    int crate; /* 0: upvar-copy-padding, 1: upvar-into-struct */
    const char *def_path, *upvars;
    long before, predicted, measured; /* measured: after/'s size, -1 none */
  } W[] = {
      {0, "small_then_big::{closure#0}", "", 88, 88, 88},
      {0, "frame_then_big::{closure#0}", "f", 216, 152, 152},
      {1, "with_timeout::{closure#0}", "fut", 144, 80, -1},
      {1, "timeout_lit::{closure#0}", "fut", 144, 80, -1},
  };
  for (size_t w = 0; w < sizeof W / sizeof W[0]; w++) {
    const ms_coroutine *co = co_named(W[w].crate ? st : c, W[w].def_path);
    char got[64] = "";
    size_t fs[8], n = 0;
    for (size_t f = 0; f < ms_co_finding_count(co); f++) {
      if (strcmp(ms_co_finding_class(co, f), "upvar-copy")) continue;
      const char *r = ms_co_finding_reason(co, f), *q = strchr(r, '`');
      ck_assert_ptr_nonnull(q);
      snprintf(got + strlen(got), sizeof got - strlen(got), "%s%.*s", *got ? " " : "",
               (int)(strchr(q + 1, '`') - q - 1), q + 1);
      ck_assert_int_gt(ms_co_finding_future_bytes(co, f), 0);
      ck_assert_uint_lt(n, 8);
      fs[n++] = f;
    }
    ck_assert_msg(!strcmp(got, W[w].upvars), "%s: upvar copies of `%s`, want `%s`", W[w].def_path, got,
                  W[w].upvars);
    ck_assert_int_eq(ms_co_size(co), W[w].before);
    if (n) ck_assert_int_eq(ms_co_future_bytes_after(co, fs, n, NULL), W[w].predicted);
    if (W[w].measured >= 0) ck_assert_int_eq(ms_co_size(co_named(after, W[w].def_path)), W[w].measured);
  }
  ms_crate_free(st);
  ms_crate_free(after);
  ms_crate_free(c);
}
END_TEST

START_TEST(short_types) {
  char out[256];
  ms_rep_short_type("std::vec::Vec<u8, std::alloc::Global>", out, sizeof out);
  ck_assert_str_eq(out, "Vec<u8>");
  ms_rep_short_type("std::slice::Iter<'{erased}, u32>", out, sizeof out);
  ck_assert_str_eq(out, "Iter<u32>");
  ms_rep_short_type("&'{erased} mut client::Responses", out, sizeof out);
  ck_assert_str_eq(out, "&mut Responses");
  ms_rep_short_type("[u8; 1024_usize]", out, sizeof out);
  ck_assert_str_eq(out, "[u8; 1024]");
  ms_rep_short_type("Tx<'{erased}>", out, sizeof out);
  ck_assert_str_eq(out, "Tx");
  /* no_std's allocator spelling goes as std's does */
  ms_rep_short_type("alloc::vec::Vec<u8, alloc::alloc::Global>", out, sizeof out);
  ck_assert_str_eq(out, "Vec<u8>");
  /* ms_type_display cuts on a character boundary: 名 is 3 bytes, cap 8 leaves room for 2 */
  ck_assert_uint_eq(ms_type_display(NULL, NULL, -1, "名前名前", out, 8), 6);
  ck_assert_str_eq(out, "名前");
  /* a 1-tuple keeps its comma; a pretty-printed list loses its trailing one */
  ms_rep_short_type("(u8,)", out, sizeof out);
  ck_assert_str_eq(out, "(u8,)");
  ms_rep_short_type("(\n    u8,\n    u16,\n)", out, sizeof out);
  ck_assert_str_eq(out, "(u8, u16)");
  ms_rep_short_type("Coroutine(\n    DefId(0:60 ~ nested[92c4]::a::{closure#0}),\n    [\n  (),\n  ],\n)", out,
                    sizeof out);
  ck_assert_str_eq(out, "future of a::{closure#0}");
  /* inside a type: a wrapped awaitee, a trait object, an alias (after whitespace is collapsed) */
  ms_rep_short_type("Timeout<Coroutine(DefId(0:142 ~ fw_shell[31e7]::read_line::{closure#0}), [U/#0, (), "
                    "ResumeTy])>", out, sizeof out);
  ck_assert_str_eq(out, "Timeout<Coroutine(read_line::{closure#0})>");
  ms_rep_short_type("std::pin::Pin<std::boxed::Box<dyn [Binder { value: Trait(futures_util::Future), bound_vars: [] }, "
                    "Binder { value: Projection(ExistentialProjection { def_id: DefId(2:52868 ~ core[c1f1]::future::"
                    "future::Future::Output), args: [], term: Term::Ty(std::result::Result<u8, error::Error>), .. }), "
                    "bound_vars: [] }, Binder { value: AutoTrait(DefId(2:39391 ~ core[c1f1]::marker::Send)), "
                    "bound_vars: [] }] + '{erased}, std::alloc::Global>>", out, sizeof out);
  ck_assert_str_eq(out, "Pin<Box<dyn Future<Output = Result<u8, Error>> + Send>>");
  ms_rep_short_type("Vec<Box<dyn [Binder { value: AutoTrait(DefId(2:4036 ~ core[c1f1]::marker::Sync)), bound_vars: [] }] "
                    "+ '{erased}>>", out, sizeof out);
  ck_assert_str_eq(out, "Vec<Box<dyn Sync>>");
  ms_rep_short_type("WriteAll<S/#0, Alias(Projection, AliasTy { args: [T/#1, S/#0], def_id: DefId(0:1690 ~ "
                    "tokio_postgres[b97f]::tls::TlsConnect::Stream), .. })>", out, sizeof out);
  ck_assert_str_eq(out, "WriteAll<S/#0, <T/#1 as TlsConnect>::Stream>");
  ms_rep_short_type("Map<DataStream, FnDef(DefId(2:3631 ~ core[c1f1]::convert::identity), [u8])>", out, sizeof out);
  ck_assert_str_eq(out, "Map<DataStream, FnDef(identity)>");
  ms_rep_short_type("Alias(\n Projection,\n AliasTy {\n args: [\n impl AsyncFn(u32) -> u32/#0,\n (u32,),\n ],\n"
                    " def_id: DefId(2:4121 ~ core[c1f1]::ops::async_function::AsyncFnMut::CallRefFuture),\n ..\n },\n)",
                    out, sizeof out);
  ck_assert_str_eq(out, "<impl AsyncFn(u32) -> u32/#0 as AsyncFnMut>::CallRefFuture");
}
END_TEST

START_TEST(short_paths_and_elision) {
  char out[256];
  ms_rep_short_path("handshake::{closure#0}", MS_KIND_ASYNC_FN, out, sizeof out);
  ck_assert_str_eq(out, "handshake");
  ms_rep_short_path("make_block::{closure#0}", MS_KIND_ASYNC_BLOCK, out, sizeof out);
  ck_assert_str_eq(out, "make_block::{closure#0}");
  ms_rep_short_path("ns::<impl at /usr/share/cargo/registry/rtnetlink-0.10.1/src/ns.rs:58:1: 58:22>::add::{closure#0}",
                    MS_KIND_ASYNC_FN, out, sizeof out);
  ck_assert_str_eq(out, "ns::<impl at ns.rs:58>::add");
  ms_rep_elide("abcdefghij", 5, out, sizeof out);
  ck_assert_str_eq(out, "ab…ij");
  ck_assert_uint_eq(ms_rep_width(out), 5);
  ms_rep_elide("abc", 5, out, sizeof out);
  ck_assert_str_eq(out, "abc");
  ms_rep_short_span("src/basic.rs:48:20: 48:34 (#12)", out, sizeof out);
  ck_assert_str_eq(out, "basic.rs:48:20");
}
END_TEST

/* ------------------------------------------------------------------ report */

START_TEST(awaitee_resolution) {
  ms_crate *c = load_dir("corpus/stable/nested");
  const ms_coroutine *co = by_path(c, "closures::{closure#0}");
  const ms_coroutine *found = NULL;
  for (size_t i = 0; i < ms_co_saved_count(co); i++) {
    const ms_coroutine *f = ms_crate_saved_future(c, co, i);
    if (f && !strcmp(ms_co_def_path(f), "drive_mut::{closure#0}")) found = f;
  }
  ck_assert_ptr_nonnull(found);
  ms_crate_free(c);
  /* `{impl#N}` in the awaitee type against `<impl at ..>` def paths */
  c = load_dir("corpus/stable/generic");
  co = by_path(c, "<impl at src/generic.rs:112:1: 112:25>::put::{closure#0}");
  found = NULL;
  for (size_t i = 0; i < ms_co_saved_count(co); i++)
    if (ms_crate_saved_future(c, co, i)) found = ms_crate_saved_future(c, co, i);
  ck_assert_ptr_nonnull(found);
  ck_assert_str_eq(ms_co_def_path(found), "<impl at src/generic.rs:96:1: 96:24>::put::{closure#0}");
  ms_crate_free(c);
}
END_TEST

START_TEST(ranking_and_slugs) {
  ms_crate *c = load_dir("corpus/stable/basic");
  size_t idx[8];
  ck_assert_uint_eq(ms_crate_rank(c, MS_SORT_SIZE, 0, idx, 8), 4);
  ck_assert_str_eq(ms_co_def_path(ms_crate_coroutine(c, idx[0])), "handshake::{closure#0}");
  ck_assert_str_eq(ms_co_def_path(ms_crate_coroutine(c, idx[3])), "answer::{closure#0}");
  ck_assert_uint_eq(ms_crate_rank(c, MS_SORT_CODE, 2, idx, 8), 2);
  ck_assert_str_eq(ms_co_def_path(ms_crate_coroutine(c, idx[0])), "handshake::{closure#0}");
  ck_assert_uint_eq(ms_crate_rank(c, MS_SORT_REDUNDANT, 1, NULL, 0), 1);
  char slug[64];
  size_t i = 0;
  while (strcmp(ms_co_def_path(ms_crate_coroutine(c, i)), "handshake::{closure#0}")) i++;
  ms_crate_co_slug(c, i, slug, sizeof slug);
  char want[64];
  snprintf(want, sizeof want, "handshake-%zu", i + 1);
  ck_assert_str_eq(slug, want);
  ms_crate_free(c);
}
END_TEST

START_TEST(text_basic_golden) {
  ms_crate *c = load_dir("corpus/stable/basic");
  mem m;
  ck_assert_int_eq(ms_crate_write_text(c, mem_open(&m), NULL), 0);
  mem_close(&m);
  ck_assert_ptr_null(strstr(m.buf, "\033[")); /* no colour unless asked */
  ck_assert_ptr_nonnull(strstr(m.buf, "poison states cost ~"));
  ck_assert_ptr_nonnull(strstr(m.buf, "1 future has no await"));
  golden_check("text-stable-basic.txt", m.buf, m.len);
  free(m.buf);
  ms_report_options o = {.color = 1, .width = 80};
  ck_assert_int_eq(ms_crate_write_text(c, mem_open(&m), &o), 0);
  mem_close(&m);
  ck_assert_ptr_nonnull(strstr(m.buf, "\033["));
  free(m.buf);
  ms_crate_free(c);
}
END_TEST

START_TEST(text_chains_golden) {
  ms_crate *c = load_dir("corpus/stable/nested");
  ms_report_options o = {.top = 6, .width = 120};
  mem m;
  ck_assert_int_eq(ms_crate_write_text(c, mem_open(&m), &o), 0);
  mem_close(&m);
  ck_assert_ptr_nonnull(strstr(m.buf, "… 11 more"));
  ck_assert_ptr_nonnull(strstr(m.buf, "closures (160 B) → drive_mut (88 B) → "));
  golden_check("text-stable-nested.txt", m.buf, m.len);
  free(m.buf);
  ms_crate_free(c);
}
END_TEST

START_TEST(text_width_respected) {
  ms_crate *c = load_dir("corpus/stable/drops");
  ms_report_options o = {.width = 100};
  mem m;
  ck_assert_int_eq(ms_crate_write_text(c, mem_open(&m), &o), 0);
  mem_close(&m);
  /* table rows (they start with two spaces and a rank) fit in the width */
  for (char *line = strtok(m.buf, "\n"); line; line = strtok(NULL, "\n"))
    if (line[0] == ' ' && line[1] == ' ' && line[2] >= '1' && line[2] <= '9')
      ck_assert_msg(ms_rep_width(line) <= 100, "too wide: %s", line);
  free(m.buf);
  ms_crate_free(c);
}
END_TEST

START_TEST(markdown_golden) {
  ms_crate *c = load_dir("corpus/stable/basic");
  size_t vl = 0;
  char *ver = golden_slurp("corpus/stable/basic/rustc-vV.txt", &vl);
  ck_assert_ptr_nonnull(ver);
  ms_report_options o = {.top = 2,
                         .rustc_version = ver,
                         .command_line = "mirscope report --format md --top 2 corpus/stable/basic",
                         .svg_dir = "diagrams",
                         .render_dot = stub_dot};
  mem m;
  ck_assert_int_eq(ms_crate_write_markdown(c, mem_open(&m), &o), 0);
  mem_close(&m);
  ck_assert_ptr_nonnull(strstr(m.buf, "```dot\ndigraph \"handshake::{closure#0}\""));
  ck_assert_ptr_nonnull(strstr(m.buf, "release: 1.95.0"));
  ck_assert_ptr_nonnull(strstr(m.buf, "mirscope report --format md --top 2 corpus/stable/basic"));
  ck_assert_ptr_null(strstr(m.buf, "## 3. ")); /* --top 2 */
  golden_check("md-stable-basic.md", m.buf, m.len);
  free(m.buf);
  /* a renderer that fails leaves no half code block; no renderer: no diagram section */
  o.render_dot = failing_dot;
  ck_assert_int_eq(ms_crate_write_markdown(c, mem_open(&m), &o), 0);
  mem_close(&m);
  ck_assert_ptr_null(strstr(m.buf, "```dot"));
  free(m.buf);
  /* the caller's SVG naming */
  o.render_dot = stub_dot;
  o.svg_stem = test_stem;
  ck_assert_int_eq(ms_crate_write_markdown(c, mem_open(&m), &o), 0);
  mem_close(&m);
  ck_assert_ptr_nonnull(strstr(m.buf, "](diagrams/stem-handshake::{closure#0}.svg)"));
  free(m.buf);
  free(ver);
  ms_crate_free(c);
}
END_TEST

/* Every string of `want` is in text and none of `unwanted` (both NULL-terminated). */
static void assert_has(const char *text, const char *const *want, const char *const *unwanted) {
  for (; *want; want++) ck_assert_msg(strstr(text, *want) != NULL, "missing: %s", *want);
  for (; unwanted && *unwanted; unwanted++)
    ck_assert_msg(strstr(text, *unwanted) == NULL, "unwanted: %s", *unwanted);
}

/* A report of c as a string (free it): Markdown, or text when `md` is false. */
static char *report_of(const ms_crate *c, const ms_report_options *o, bool md) {
  mem m;
  FILE *f = mem_open(&m);
  ck_assert_int_eq(md ? ms_crate_write_markdown(c, f, o) : ms_crate_write_text(c, f, o), 0);
  mem_close(&m);
  return m.buf;
}

START_TEST(markdown_mermaid_and_links) {
  ms_crate *c = load_dir("corpus/stable/basic");
  ms_report_options o = {.top = 1, .render_dot = stub_dot, .render_mermaid = stub_mermaid,
                         .svg_dir = "svgs", .output_path = "other/dir/r.md", .svg_stem = test_stem};
  char *md = report_of(c, &o, true);
  /* the image beside the Markdown file's directory, then Mermaid, then DOT folded away */
  const char *img = strstr(md, "![state diagram](../../svgs/stem-handshake::{closure#0}.svg)\n\n");
  const char *mer = strstr(md, "```mermaid\nstateDiagram-v2\n  Unresumed --> ");
  const char *dot = strstr(md, "<details><summary>DOT source</summary>\n\n```dot\ndigraph ");
  ck_assert_ptr_nonnull(img);
  ck_assert_ptr_nonnull(mer);
  ck_assert_ptr_nonnull(dot);
  ck_assert(img < mer && mer < dot);
  free(md);
  /* an absolute SVG directory is linked relatively too: no local absolute path */
  char cwd[4096], abs_svg[4200];
  ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
  snprintf(abs_svg, sizeof abs_svg, "%s/other/svgs", cwd);
  o.svg_dir = abs_svg;
  md = report_of(c, &o, true);
  ck_assert_ptr_nonnull(strstr(md, "](../svgs/stem-handshake::{closure#0}.svg)"));
  ck_assert_ptr_null(strstr(md, cwd));
  free(md);
  /* a report on standard output links from the current directory; `..` is resolved */
  o.output_path = NULL;
  o.svg_dir = "a/../svg dir/";
  md = report_of(c, &o, true);
  ck_assert_ptr_nonnull(strstr(md, "](svg%20dir/stem-handshake::{closure#0}.svg)"));
  free(md);
  ms_crate_free(c);
}
END_TEST

START_TEST(markdown_source_root) {
  ms_crate *c = load_dir("corpus/stable/tokio-postgres");
  ms_report_options o = {.top = 5, .source_root = "/usr/share/cargo/registry/tokio-postgres-0.7.7"};
  char *md = report_of(c, &o, true);
  /* paths under the root are shown relative to it; the dump files are not under it: as given */
  assert_has(md,
             (const char *const[]){
                 ". `config::<impl at src/config.rs:170:1: 170:12>::connect::{closure#0}`\n",
                 "- dump: `corpus/stable/tokio-postgres/mir_dump/tokio_postgres.",
                 NULL},
             (const char *const[]){"/usr/share/cargo", "`../", NULL});
  free(md);
  /* a root that only shares a prefix of a directory's name is not a parent of it */
  o.source_root = "/usr/share/cargo/registry/tokio-postgres-0.7";
  md = report_of(c, &o, true);
  assert_has(md,
             (const char *const[]){
                 "<impl at /usr/share/cargo/registry/tokio-postgres-0.7.7/src/config.rs:170:1: 170:12>",
                 NULL},
             (const char *const[]){"<impl at ../", "<impl at .7/", "<impl at 7/", NULL});
  free(md);
  /* the working directory: the dumps under it relative, the registry paths outside it absolute */
  char cwd[4096];
  ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
  o.source_root = cwd;
  md = report_of(c, &o, true);
  assert_has(md,
             (const char *const[]){
                 "- dump: `corpus/stable/tokio-postgres/mir_dump/tokio_postgres.",
                 "::<impl at /usr/share/cargo/registry/tokio-postgres-0.7.7/src/config.rs:170:1: 170:12>::connect",
                 NULL},
             (const char *const[]){"<impl at ../", "`../", NULL});
  free(md);
  ms_crate_free(c);
}
END_TEST

START_TEST(markdown_budget) {
  ms_crate *c = load_dir("corpus/stable/nested");
  ms_report_options o = {.render_dot = stub_dot, .render_mermaid = stub_mermaid,
                         .command_line = "mirscope report -f md corpus/stable/nested"};
  char *md = report_of(c, &o, true);
  size_t all = chars_of(md);
  ck_assert_ptr_null(strstr(md, "Left out"));
  free(md);
  /* half of it: the summary, every row, the first sections and what was left out */
  o.max_chars = all / 2;
  md = report_of(c, &o, true);
  ck_assert_uint_le(chars_of(md), all / 2);
  assert_has(md,
             (const char *const[]){
                 "## Summary\n",
                 "| 17 | ",
                 "## 1. ",
                 "## Environment\n",
                 NULL},
             (const char *const[]){"## 17. ", NULL});
  golden_check("md-budget-nested.md", md, strlen(md));
  free(md);
  /* a budget the summary alone is over: still the summary, and a note that says so */
  o.max_chars = 100;
  md = report_of(c, &o, true);
  ck_assert_ptr_nonnull(strstr(md, "## Summary\n"));
  ck_assert_ptr_nonnull(strstr(md, "more than the 100 asked for"));
  ck_assert_ptr_nonnull(strstr(md, "left out: the table rows and sections of every coroutine."));
  ck_assert_ptr_null(strstr(md, "## 1. "));
  free(md);
  /* the caller's footer (the CLI's build line) is written last and counted: every budget
   * the summary fits in is kept, footer included (it was not: 4105 characters for 4000) */
  const char *footer = "\n_Build: `x86_64-unknown-linux-gnu`, opt-level `3`, 64-bit pointers (assumed)._\n";
  o.md_footer = footer;
  o.max_chars = 0;
  md = report_of(c, &o, true);
  size_t with_footer = chars_of(md);
  ck_assert_uint_eq(with_footer, all + strlen(footer));
  ck_assert_str_eq(md + strlen(md) - strlen(footer), footer);
  free(md);
  size_t kept = 0;
  for (size_t max = with_footer; max > all / 4; max -= 211) {
    o.max_chars = max;
    md = report_of(c, &o, true);
    ck_assert_uint_le(chars_of(md), max);
    ck_assert_str_eq(md + strlen(md) - strlen(footer), footer);
    kept++;
    free(md);
  }
  ck_assert_uint_gt(kept, 10);
  ms_crate_free(c);
}
END_TEST

START_TEST(singular_and_plural) {
  ms_crate *c = ms_crate_new(NULL);
  const char *err = NULL;
  ms_doc *d = ms_doc_parse_file("tests/data/konst.coroutine_resume.mir", &err);
  ck_assert_ptr_nonnull(d);
  ms_crate_add_doc(c, d);
  ms_doc_free(d);
  ms_crate_finish(c);
  char *text = report_of(c, NULL, false), *md = report_of(c, NULL, true);
  assert_has(text,
             (const char *const[]){
                 "1 coroutine, future 1 byte in total",
                 "across 1 future (",
                 " 0 lower bounds, ",
                 NULL},
             NULL);
  assert_has(md,
             (const char *const[]){
                 "- **1** coroutine; future total **1 byte** (",
                 "(~1 byte)\n",
                 "- future: **~1 byte** (",
                 "- 3 states, 0 suspend points; ",
                 NULL},
             (const char *const[]){" 1 futures", NULL});
  free(text);
  free(md);
  ms_crate_free(c);
  /* one lower bound; the bulk of a lower-bound future: an awaitee of unknown size, ranked
   * by its bound */
  c = load_dir("corpus/stable/tokio-postgres");
  text = report_of(c, NULL, false);
  assert_has(text,
             (const char *const[]){
                 " 54 lower bounds, ",
                 "await: future of connect::connect (size unknown, ≥1664 B)",
                 NULL},
             (const char *const[]){"_s2: bool (1 B)", NULL});
  free(text);
  ms_crate_free(c);
}
END_TEST

/* What if, in all three formats, on crates with a finding of every change: duplicate
 * suspends (collapse), no-await and upvar copies (basic), held-across-await (drops),
 * passthrough (pass-args). */
START_TEST(whatif_golden) {
  const char *dirs[] = {"corpus/stable/basic", "corpus/stable/collapse", "corpus/stable/drops",
                        "corpus/pairs/stable/pass-args/before"};
  ms_crate *c = load_dirs(dirs, 4);
  ms_report_options o = {.top = 3};
  char *text = report_of(c, &o, false);
  assert_has(text, (const char *const[]){"what if (code and future bytes apart)",
                                         "compiler-side findings, once per crate",
                                         "findings in your code", "  … 3 more in the coroutines not listed", NULL},
             NULL);
  golden_check("whatif.txt", text, strlen(text));
  free(text);
  char *md = report_of(c, &o, true);
  assert_has(md, (const char *const[]){"## What if\n", "| your fixes: held-across-await, passthrough | 6 |", NULL},
             (const char *const[]){"**poison-returned**", NULL});
  golden_check("whatif.md", md, strlen(md));
  free(md);
  mem m;
  ck_assert_int_eq(ms_crate_write_json(c, mem_open(&m)), 0);
  mem_close(&m);
  ms_crate_free(c);
  const char *from = strstr(m.buf, "  \"whatif\": {"), *to = strstr(m.buf, "  \"code_model\": ");
  ck_assert(from && to && from < to);
  golden_check("whatif.json", from, (size_t)(to - from));
  free(m.buf);
}
END_TEST

/* --fn / --crate: the report is about the coroutines picked, its totals too. */
START_TEST(report_only_some) {
  ms_crate *c = load_dir("corpus/stable/basic");
  size_t pick = 0;
  while (strcmp(ms_co_def_path(ms_crate_coroutine(c, pick)), "answer::{closure#0}")) pick++;
  ms_report_options o = {.only = &pick, .nonly = 1};
  char *text = report_of(c, &o, false);
  assert_has(text, (const char *const[]){"1 coroutine, future 1 byte in total", "  1  answer ",
                                         "1 poison arm in 1 future (13 B of code); 1 no-await future", NULL},
             (const char *const[]){"handshake", NULL});
  free(text);
  char *md = report_of(c, &o, true);
  assert_has(md, (const char *const[]){"- **1** coroutine;", "## 1. `answer::{closure#0}`", NULL},
             (const char *const[]){"handshake", "## 2.", NULL});
  free(md);
  mem m;
  ck_assert_int_eq(ms_crate_write_json_with(c, mem_open(&m), &o), 0);
  mem_close(&m);
  assert_has(m.buf, (const char *const[]){"\"totals\": { \"coroutines\": 1,", NULL},
             (const char *const[]){"handshake", NULL});
  free(m.buf);
  ms_crate_free(c);
}
END_TEST

/* ------------------------------------------------------------------ diff */

START_TEST(diff_stable_vs_nightly) {
  /* same crate, two toolchains: the MIR text differs, the futures do not */
  ms_crate *a = load_dir("corpus/stable/basic"), *b = load_dir("corpus/nightly/basic");
  ms_diff *d = ms_diff_new(a, b);
  ck_assert_ptr_nonnull(d);
  ck_assert_uint_eq(ms_diff_count(d), 4);
  for (size_t i = 0; i < ms_diff_count(d); i++) {
    ck_assert_ptr_nonnull(ms_diff_old(d, i));
    ck_assert_ptr_nonnull(ms_diff_new_co(d, i));
    ck_assert_int_eq(ms_diff_size_delta(d, i), 0);
    ck_assert_int_eq(ms_diff_state_delta(d, i), 0);
  }
  ck_assert_int_eq(ms_diff_max_growth(d), 0);
  mem m;
  ck_assert_int_eq(ms_diff_write(d, MS_DIFF_TEXT, mem_open(&m), 0), 0);
  mem_close(&m);
  golden_check("diff-basic-stable-nightly.txt", m.buf, m.len);
  free(m.buf);
  ck_assert_int_eq(ms_diff_write(d, MS_DIFF_JSON, mem_open(&m), 0), 0);
  mem_close(&m);
  ck_assert_ptr_nonnull(strstr(m.buf, "\"max_growth\": 0"));
  golden_check("diff-basic-stable-nightly.json", m.buf, m.len);
  free(m.buf);
  ms_diff_free(d);
  ms_crate_free(a);
  ms_crate_free(b);
}
END_TEST

START_TEST(diff_code_change) {
  ms_crate *a = load_dir("tests/data/diff/before"), *b = load_dir("tests/data/diff/after");
  ms_diff *d = ms_diff_new(a, b);
  ck_assert_ptr_nonnull(d);
  /* fetch holds a 256-byte buffer across a new await */
  size_t f = diff_index(d, "fetch::{closure#0}");
  ck_assert_int_eq(ms_diff_status_of(d, f), MS_DIFF_CHANGED);
  ck_assert_int_ge(ms_diff_size_delta(d, f), 256);
  ck_assert_int_eq(ms_diff_state_delta(d, f), 1);
  /* ... and pipeline, which awaits it, grows by as much */
  size_t p = diff_index(d, "pipeline::{closure#0}");
  ck_assert_int_eq(ms_diff_size_delta(d, p), ms_diff_size_delta(d, f));
  ck_assert_int_eq(ms_diff_max_growth(d), ms_diff_size_delta(d, f));
  ck_assert_uint_eq(f, 0); /* largest growth first (ties: new crate order) */
  /* the impl moved (another span): still matched, unchanged */
  size_t s = diff_index(d, "<impl at src/lib.rs:54:1: 54:10>::send::{closure#0}");
  ck_assert_ptr_nonnull(ms_diff_old(d, s));
  ck_assert_str_eq(ms_co_def_path(ms_diff_old(d, s)), "<impl at src/lib.rs:46:1: 46:10>::send::{closure#0}");
  ck_assert_int_eq(ms_diff_status_of(d, s), MS_DIFF_SAME);
  ck_assert_int_eq(ms_diff_status_of(d, diff_index(d, "steady::{closure#0}")), MS_DIFF_SAME);
  ck_assert_int_eq(ms_diff_status_of(d, diff_index(d, "fresh::{closure#0}")), MS_DIFF_ADDED);
  ck_assert_int_eq(ms_diff_status_of(d, diff_index(d, "retired::{closure#0}")), MS_DIFF_REMOVED);
  ck_assert_int_eq(ms_diff_size_delta(d, diff_index(d, "fresh::{closure#0}")), MS_DELTA_UNKNOWN);
  mem m;
  static const struct {
    ms_diff_format fmt;
    const char *name;
  } G[] = {{MS_DIFF_TEXT, "diff-code-change.txt"}, {MS_DIFF_JSON, "diff-code-change.json"},
           {MS_DIFF_MD, "diff-code-change.md"}};
  for (size_t g = 0; g < sizeof G / sizeof G[0]; g++) {
    ck_assert_int_eq(ms_diff_write(d, G[g].fmt, mem_open(&m), 0), 0);
    mem_close(&m);
    golden_check(G[g].name, m.buf, m.len);
    free(m.buf);
  }
  ms_diff_free(d);
  ms_crate_free(a);
  ms_crate_free(b);
}
END_TEST

/* A diff that explains: corpus/pairs/stable/scope-one from "after" (buf scoped in a block) to
 * "before" (buf held across the await) names the local that appeared and the state that
 * grew; box-used the local that grew (Box<[u8; 1024]> to [u8; 1024]). */
START_TEST(diff_names_locals_and_states) {
  static const char *const PAIRS[][3] = {
      {"corpus/pairs/stable/scope-one", "buf", "Suspend0"},
      {"corpus/pairs/stable/box-used", "buf", "Suspend0"},
  };
  for (size_t p = 0; p < 2; p++) {
    char before[256], after[256];
    snprintf(before, sizeof before, "%s/before", PAIRS[p][0]);
    snprintf(after, sizeof after, "%s/after", PAIRS[p][0]);
    ms_crate *o = load_dir(after), *n = load_dir(before);
    ms_diff *d = ms_diff_new(o, n);
    long at = ms_diff_max_growth_entry(d);
    ck_assert_int_ge(at, 0);
    ck_assert_int_gt(ms_diff_local_count(d, (size_t)at), 0);
    const ms_coroutine *co = ms_diff_new_co(d, (size_t)at);
    long l = ms_diff_local_new(d, (size_t)at, 0); /* the most growth first */
    ck_assert_int_ge(l, 0);
    ck_assert_str_eq(ms_co_saved_name(co, (size_t)l), PAIRS[p][1]);
    ck_assert_uint_ne(ms_diff_local_change(d, (size_t)at, 0) & (MS_LOCAL_APPEARED | MS_LOCAL_GREW), 0);
    ck_assert_int_gt(ms_diff_local_delta(d, (size_t)at, 0), 1000);
    long big = ms_diff_largest_state(d, (size_t)at, 1);
    ck_assert_str_eq(ms_co_state_name(co, (size_t)big), PAIRS[p][2]);
    const ms_coroutine *was = ms_diff_old(d, (size_t)at);
    ck_assert_int_gt(ms_co_state_bytes(co, (size_t)big),
                     ms_co_state_bytes(was, (size_t)ms_diff_largest_state(d, (size_t)at, 0)) + 1000);
    mem m;
    ck_assert_int_eq(ms_diff_write(d, MS_DIFF_TEXT, mem_open(&m), 0), 0);
    mem_close(&m);
    char want[128];
    snprintf(want, sizeof want, " local %s: ", PAIRS[p][1]);
    assert_has(m.buf, (const char *const[]){want, "largest state: Suspend0 (", NULL}, NULL);
    free(m.buf);
    ms_diff_free(d);
    ms_crate_free(o);
    ms_crate_free(n);
  }
}
END_TEST

START_TEST(diff_with_itself) {
  ms_crate *a = load_dir("corpus/stable/tokio-postgres");
  ms_diff *d = ms_diff_new(a, a);
  ck_assert_ptr_nonnull(d);
  ck_assert_uint_eq(ms_diff_count(d), ms_crate_coroutine_count(a));
  for (size_t i = 0; i < ms_diff_count(d); i++) {
    ck_assert_int_eq(ms_diff_status_of(d, i), MS_DIFF_SAME);
    ck_assert_ptr_eq(ms_diff_old(d, i), ms_diff_new_co(d, i)); /* pairs by identity, in order */
  }
  ms_diff_free(d);
  ms_diff_free(NULL);
  ms_crate_free(a);
}
END_TEST

/* A write that fails is said by the writers' return value, also when the report fits in
 * the stream's buffer (they flush): /dev/full takes nothing. */
/* Labels of bodies that read the same: from normalised directories, whatever the spelling. */
static void expect_labels(const char *a, const char *b, const char *la, const char *lb) {
  const char *files[] = {a, b};
  char *got[2];
  ck_assert(ms_dir_labels(files, 2, got));
  const char *want[] = {la, lb};
  for (int q = 0; q < 2; q++) {
    if (!want[q]) ck_assert_msg(!got[q], "%s | %s: label %d is %s, none wanted", a, b, q, got[q]);
    else
      ck_assert_msg(got[q] && !strcmp(got[q], want[q]), "%s | %s: label %d is %s, not %s", a, b,
                    q, got[q] ? got[q] : "(none)", want[q]);
    free(got[q]);
  }
}

START_TEST(dir_labels) {
  expect_labels("x/basic/mir_dump/f.mir", "y/basic/mir_dump/f.mir", "x", "y");
  expect_labels("./x/basic/mir_dump/f.mir", "y/basic/mir_dump/f.mir", "x", "y");
  expect_labels("x//basic/mir_dump/f.mir", "y/basic/mir_dump/f.mir", "x", "y");
  expect_labels("x/./basic/f.mir", "y/basic//f.mir", "x", "y");
  expect_labels("y/../x/basic/f.mir", "y/basic/f.mir", "x", "y"); /* both labelled */
  expect_labels("corpus//stable/drops/f.mir", "corpus/stable/drops-panic-abort/f.mir", "drops",
                "drops-panic-abort");
  expect_labels("/abs/x/f.mir", "x/f.mir", "/abs/x", "x");
  expect_labels("/a/f.mir", "/b/f.mir", "a", "b");
  expect_labels("/../a/f.mir", "/a/f.mir", NULL, NULL); /* `/..` is `/` */
  expect_labels("../a/f.mir", "../b/f.mir", "a", "b");
  expect_labels("../../a/f.mir", "../a/f.mir", "../..", "..");
  expect_labels("d/f.mir", "d/inner/f.mir", "d", "d/inner"); /* nested: each has its own */
  expect_labels("f.mir", "x/f.mir", ".", "x");
  expect_labels("./f.mir", "f.mir", NULL, NULL);
  expect_labels("a/f.mir", "a/g.mir", NULL, NULL); /* one directory: numbered by the caller */
  const char *three[] = {"a/b/f.mir", "a/c/f.mir", "a/b/./f.mir"};
  char *got[3];
  ck_assert(ms_dir_labels(three, 3, got));
  ck_assert_str_eq(got[0], "b");
  ck_assert_str_eq(got[1], "c");
  ck_assert_str_eq(got[2], "b");
  for (int q = 0; q < 3; q++) free(got[q]);
}
END_TEST

START_TEST(write_errors_are_returned) {
  ms_crate *c = ms_crate_new(NULL);
  ms_crate_finish(c);
  for (int k = 0; k < 3; k++) {
    FILE *f = fopen("/dev/full", "w");
    if (!f) return; /* not Linux */
    int r = k == 0 ? ms_crate_write_text(c, f, NULL)
            : k == 1 ? ms_crate_write_json(c, f)
                     : ms_crate_write_markdown(c, f, NULL);
    fclose(f);
    ck_assert_msg(r == -1, "writer %d returned %d on /dev/full", k, r);
  }
  ms_crate_free(c);
}
END_TEST

/* A writer called before ms_crate_finish aborts (it wrote -1 sizes and no findings
 * without a word: a C API user forgetting the call, left alone in session 13). */
START_TEST(writer_before_finish_aborts) {
  ms_crate *c = ms_crate_new(NULL);
  FILE *f = fopen("/dev/null", "w");
  ck_assert_ptr_nonnull(f);
  switch (_i) {
  case 0: ms_crate_write_text(c, f, NULL); break;
  case 1: ms_crate_write_json(c, f); break;
  case 2: ms_crate_write_markdown(c, f, NULL); break;
  default: {
    ms_whatif_total t;
    ms_crate_whatif(c, MS_WHATIF_ASYNC_PANIC, &t);
  }
  }
  fclose(f); /* not reached */
  ms_crate_free(c);
}
END_TEST

int main(void) {
  if (chdir(SRCDIR) != 0) {
    perror(SRCDIR);
    return 1;
  }
  Suite *s = suite_create("report");
  TCase *t = tcase_create("report");
  tcase_set_timeout(t, 120);
  tcase_add_test(t, short_types);
  tcase_add_test(t, type_holds_arg);
  tcase_add_test(t, upvar_two_into_one);
  tcase_add_test(t, upvar_async_fn_once);
  tcase_add_test(t, upvar_copy_saves_nothing);
  tcase_add_test(t, short_paths_and_elision);
  tcase_add_test(t, awaitee_resolution);
  tcase_add_test(t, ranking_and_slugs);
  tcase_add_test(t, text_basic_golden);
  tcase_add_test(t, text_chains_golden);
  tcase_add_test(t, text_width_respected);
  tcase_add_test(t, markdown_golden);
  tcase_add_test(t, singular_and_plural);
  tcase_add_test(t, markdown_mermaid_and_links);
  tcase_add_test(t, markdown_source_root);
  tcase_add_test(t, markdown_budget);
  tcase_add_test(t, whatif_golden);
  tcase_add_test(t, report_only_some);
  tcase_add_loop_test_raise_signal(t, writer_before_finish_aborts, SIGABRT, 0, 4);
  tcase_add_test(t, diff_stable_vs_nightly);
  tcase_add_test(t, diff_code_change);
  tcase_add_test(t, diff_names_locals_and_states);
  tcase_add_test(t, diff_with_itself);
  tcase_add_test(t, write_errors_are_returned);
  tcase_add_test(t, dir_labels);
  suite_add_tcase(s, t);
  SRunner *r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
