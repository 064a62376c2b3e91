/* Unit tests (check) for src/codecost.c: code features, the cost model, nm symbols. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "index.h"
#include "model.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SRCDIR
#define SRCDIR "."
#endif

/* A real coroutine_resume dump (rustc 1.95, corpus/stable/nested: an async block that adds 1);
 * its resume function is 0x22 bytes. */
static const char NESTED_BLOCK[] =
    "// MIR for `nested_blocks::{closure#0}::{closure#1}` 0 coroutine_resume\n"
    "/* coroutine_layout = CoroutineLayout {\n"
    "    field_tys: {},\n"
    "    variant_fields: {\n"
    "        Unresumed(0): [],\n"
    "        Returned (1): [],\n"
    "        Panicked (2): [],\n"
    "    },\n"
    "    storage_conflicts: BitMatrix(0x0) {},\n"
    "} */\n"
    "\n"
    "fn nested_blocks::{closure#0}::{closure#1}(_1: Pin<&mut {async block@src/nested.rs:19:16: "
    "19:21}>, _2: &mut Context<'_>) -> Poll<u32> {\n"
    "    debug _task_context => _2;\n"
    "    debug x => (*((*_7).0: &u32));\n"
    "    let mut _0: std::task::Poll<u32>;\n"
    "    let mut _3: u32;\n"
    "    let mut _4: &u32;\n"
    "    let mut _5: u32;\n"
    "    let mut _6: u32;\n"
    "    let mut _7: &mut {async block@src/nested.rs:19:16: 19:21};\n"
    "\n"
    "    bb0: {\n"
    "        _7 = copy (_1.0: &mut {async block@src/nested.rs:19:16: 19:21});\n"
    "        _6 = discriminant((*_7));\n"
    "        switchInt(move _6) -> [0: bb1, 1: bb4, otherwise: bb5];\n"
    "    }\n"
    "\n"
    "    bb1: {\n"
    "        StorageLive(_3);\n"
    "        _4 = copy ((*_7).0: &u32);\n"
    "        _3 = copy (*_4);\n"
    "        _5 = Add(move _3, const 1_u32);\n"
    "        StorageDead(_3);\n"
    "        goto -> bb3;\n"
    "    }\n"
    "\n"
    "    bb2: {\n"
    "        _0 = Poll::<u32>::Ready(move _5);\n"
    "        discriminant((*_7)) = 1;\n"
    "        return;\n"
    "    }\n"
    "\n"
    "    bb3: {\n"
    "        goto -> bb2;\n"
    "    }\n"
    "\n"
    "    bb4: {\n"
    "        assert(const false, \"`async fn` resumed after completion\") -> [success: bb4, unwind "
    "continue];\n"
    "    }\n"
    "\n"
    "    bb5: {\n"
    "        unreachable;\n"
    "    }\n"
    "}\n";

/* Calls, drops and cleanup blocks, in the shape of corpus/stable/drops (trimmed). */
static const char CALLS_AND_DROPS[] =
    "// MIR for `connect::{closure#0}` 0 coroutine_resume\n"
    "fn connect::{closure#0}(_1: Pin<&mut {async fn body of connect()}>, _2: &mut Context<'_>) "
    "-> Poll<Vec<u8>> {\n"
    "    let mut _0: std::task::Poll<std::vec::Vec<u8>>;\n"
    "    let mut _3: std::vec::Vec<u8>;\n"
    "    let mut _4: u32;\n"
    "    let mut _5: &mut {async fn body of connect()};\n"
    "\n"
    "    bb0: {\n"
    "        _5 = copy (_1.0: &mut {async fn body of connect()});\n"
    "        StorageLive(_3);\n"
    "        _3 = Vec::<u8>::with_capacity(const 64_usize) -> [return: bb1, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb1: {\n"
    "        _4 = recv::<u32>(const 1_u32) -> [return: bb2, unwind: bb4];\n"
    "    }\n"
    "\n"
    "    bb2: {\n"
    "        drop(_3) -> [return: bb3, unwind: bb5];\n"
    "    }\n"
    "\n"
    "    bb3: {\n"
    "        nop;\n"
    "        discriminant((*_5)) = 1;\n"
    "        return;\n"
    "    }\n"
    "\n"
    "    bb4 (cleanup): {\n"
    "        StorageDead(_3);\n"
    "        drop(_3) -> [return: bb5, unwind terminate(cleanup)];\n"
    "    }\n"
    "\n"
    "    bb5 (cleanup): {\n"
    "        discriminant((*_5)) = 2;\n"
    "        resume;\n"
    "    }\n"
    "}\n";

static ms_code_features features_of(const char *text, ms_doc **doc_out) {
  ms_code_features f;
  memset(&f, 0, sizeof f);
  ms_doc *doc = ms_doc_parse("t.mir", text, strlen(text));
  ck_assert_ptr_nonnull(doc);
  ck_assert_uint_eq(ms_doc_error_count(doc), 0);
  ck_assert_uint_eq(ms_doc_body_count(doc), 1);
  const ms_body *b = ms_doc_body(doc, 0);
  for (size_t i = 0; i < ms_body_block_count(b); i++)
    ms_code_features_add_block(&f, ms_body_block(b, i), b);
  *doc_out = doc;
  return f;
}

START_TEST(features_of_a_small_body) {
  ms_doc *doc;
  ms_code_features f = features_of(NESTED_BLOCK, &doc);
  ck_assert_uint_eq(f.blocks, 6);
  ck_assert_uint_eq(f.cleanup_blocks, 0);
  /* bb0: 2 assigns, bb1: 3 assigns (storage markers excluded), bb2: assign + discriminant */
  ck_assert_uint_eq(f.statements, 7);
  ck_assert_uint_eq(f.assigns, 6);
  ck_assert_uint_eq(f.set_discriminants, 1);
  ck_assert_uint_eq(f.switches, 1);
  ck_assert_uint_eq(f.switch_arms, 3); /* 0:, 1:, otherwise: */
  ck_assert_uint_eq(f.gotos, 2);
  ck_assert_uint_eq(f.returns, 1);
  ck_assert_uint_eq(f.asserts, 1);
  ck_assert_uint_eq(f.calls, 0);
  ck_assert_uint_eq(f.drops, 0);
  ck_assert_uint_eq(f.resumes, 0);
  ms_doc_free(doc);
}
END_TEST

START_TEST(features_calls_drops_cleanup) {
  ms_doc *doc;
  ms_code_features f = features_of(CALLS_AND_DROPS, &doc);
  ck_assert_uint_eq(f.blocks, 6);
  ck_assert_uint_eq(f.cleanup_blocks, 2);
  ck_assert_uint_eq(f.calls, 2);
  ck_assert_uint_eq(f.drops, 2);
  ck_assert_uint_eq(f.returns, 1);
  ck_assert_uint_eq(f.resumes, 1);
  ck_assert_uint_eq(f.statements, 3); /* one assign, two discriminant writes; nop excluded */
  ck_assert_uint_eq(f.assigns, 1);
  ck_assert_uint_eq(f.set_discriminants, 2);
  ck_assert_uint_eq(f.switches, 0);
  /* features accumulate */
  ms_code_features_add_block(&f, ms_body_block(ms_doc_body(doc, 0), 0), ms_doc_body(doc, 0));
  ck_assert_uint_eq(f.blocks, 7);
  ck_assert_uint_eq(f.calls, 3);
  ms_code_features_add_block(&f, NULL, NULL);
  ms_code_features_add_block(NULL, ms_body_block(ms_doc_body(doc, 0), 0), NULL);
  ck_assert_uint_eq(f.blocks, 7);
  ms_doc_free(doc);
}
END_TEST

/* Callee categories, aggregates, typed moves and drops, poison vs check asserts. */
static const char REFINED[] =
    "// MIR for `f::{closure#0}` 0 coroutine_resume\n"
    "fn f::{closure#0}(_1: Pin<&mut {async fn body of f()}>, _2: &mut Context<'_>) -> Poll<u32> {\n"
    "    let mut _0: std::task::Poll<u32>;\n"
    "    let mut _3: {async fn body of g()};\n"
    "    let mut _4: std::pin::Pin<&mut {async fn body of g()}>;\n"
    "    let mut _5: std::task::Poll<u32>;\n"
    "    let mut _6: u32;\n"
    "    let mut _7: &mut {async fn body of f()};\n"
    "    let mut _8: bool;\n"
    "\n"
    "    bb0: {\n"
    "        _7 = copy (_1.0: &mut {async fn body of f()});\n"
    "        _3 = <{async fn body of g()} as IntoFuture>::into_future(move _3) -> [return: bb1, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb1: {\n"
    "        _4 = Pin::<&mut {async fn body of g()}>::new_unchecked(move _4) -> [return: bb2, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb2: {\n"
    "        _5 = <{async fn body of g()} as Future>::poll(move _4, move _2) -> [return: bb3, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb3: {\n"
    "        _6 = h::<u32>(const 1_u32) -> [return: bb4, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb4: {\n"
    "        (((*_7) as variant#3).0: [u8; 64]) = move (((*_7) as variant#3).1: [u8; 64]);\n"
    "        (((*_7) as variant#3).2: u32) = copy _6;\n"
    "        drop((((*_7) as variant#3).3: {async fn body of g()})) -> [return: bb5, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb5: {\n"
    "        drop((((*_7) as variant#3).4: std::vec::Vec<u8>)) -> [return: bb6, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb6: {\n"
    "        _8 = Lt(copy _6, const 4_usize);\n"
    "        assert(move _8, \"index out of bounds: the length is {} but the index is {}\", const 4_usize, copy _6) -> [success: bb7, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb7: {\n"
    "        _0 = Poll::<u32>::Ready(move _6);\n"
    "        discriminant((*_7)) = 1;\n"
    "        switchInt(copy _6) -> [0: bb8, 1: bb8, 2: bb9, otherwise: bb10];\n"
    "    }\n"
    "\n"
    "    bb8: {\n"
    "        return;\n"
    "    }\n"
    "\n"
    "    bb9: {\n"
    "        assert(const false, \"`async fn` resumed after completion\") -> [success: bb9, unwind continue];\n"
    "    }\n"
    "\n"
    "    bb10: {\n"
    "        _6 = core::panicking::panic(const \"explicit panic\") -> unwind continue;\n"
    "    }\n"
    "}\n";

START_TEST(features_refined) {
  ms_doc *doc;
  ms_code_features f = features_of(REFINED, &doc);
  ck_assert_uint_eq(f.calls, 5);
  ck_assert_uint_eq(f.calls_poll, 1);
  ck_assert_uint_eq(f.calls_helper, 2);   /* into_future, new_unchecked */
  ck_assert_uint_eq(f.calls_panic, 1);    /* core::panicking::panic */
  ck_assert_uint_eq(f.drops, 2);
  ck_assert_uint_eq(f.drops_future, 1);   /* the awaitee, typed by its field text */
  ck_assert_uint_eq(f.asserts, 2);
  ck_assert_uint_eq(f.asserts_poison, 1);
  ck_assert_uint_eq(f.moves_aggregate, 1); /* the [u8; 64], not the u32 */
  ck_assert_uint_eq(f.aggregates, 1);      /* Poll::<u32>::Ready(..), not Lt(..) */
  ck_assert_uint_eq(f.switch_arms, 4);
  ck_assert_uint_eq(f.switch_arms_extra, 2);
  ms_doc_free(doc);
}
END_TEST

/* Overflow checks (debug builds only) are told from the checks every build has: division,
 * remainder, bounds, poison. */
static const char CHECKS[] =
    "// MIR for `f::{closure#0}` 0 coroutine_resume\n"
    "fn f::{closure#0}(_1: Pin<&mut {async fn body of f()}>, _2: &mut Context<'_>) -> Poll<u32> {\n"
    "    let mut _0: std::task::Poll<u32>;\n"
    "    let mut _3: (u32, bool);\n"
    "    let mut _4: bool;\n"
    "\n"
    "    bb0: {\n"
    "        assert(!move (_3.1: bool), \"attempt to compute `{} + {}`, which would overflow\", const 1_u32, const 2_u32) -> [success: bb1, unwind continue];\n"
    "    }\n"
    "    bb1: {\n"
    "        assert(!move (_3.1: bool), \"attempt to shift left by `{}`, which would overflow\", const 40_u32) -> [success: bb2, unwind continue];\n"
    "    }\n"
    "    bb2: {\n"
    "        assert(!move _4, \"attempt to compute `{} / {}`, which would overflow\", const 1_i32, const -1_i32) -> [success: bb3, unwind continue];\n"
    "    }\n"
    "    bb3: {\n"
    "        assert(!move _4, \"attempt to compute the remainder of `{} % {}`, which would overflow\", const 1_i32, const -1_i32) -> [success: bb4, unwind continue];\n"
    "    }\n"
    "    bb4: {\n"
    "        assert(!move _4, \"attempt to divide `{}` by zero\", const 1_i32) -> [success: bb5, unwind continue];\n"
    "    }\n"
    "    bb5: {\n"
    "        assert(const false, \"`async fn` resumed after completion\") -> [success: bb5, unwind continue];\n"
    "    }\n"
    "}\n";

START_TEST(features_overflow_checks) {
  ms_doc *doc;
  ms_code_features f = features_of(CHECKS, &doc);
  ck_assert_uint_eq(f.asserts, 6);
  ck_assert_uint_eq(f.asserts_poison, 1);
  ck_assert_uint_eq(f.asserts_overflow, 2); /* `+` and `<<`, not `/`, `%` or by zero */
  ms_doc_free(doc);
}
END_TEST

/* Awaited polls by the awaitee's type: a coroutine's own type (also behind Pin<&mut ..> and
 * as Coroutine(..)), dyn Future, PollFn (inlined), and the rest (hand-written futures and
 * wrappers, whose poll is inlined). */
static const char POLLS[] =
    "// MIR for `f::{closure#0}` 0 coroutine_resume\n"
    "fn f::{closure#0}(_1: Pin<&mut {async fn body of f()}>, _2: &mut Context<'_>) -> Poll<()> {\n"
    "    let mut _0: std::task::Poll<()>;\n"
    "    let mut _3: std::task::Poll<()>;\n"
    "\n"
    "    bb0: {\n"
    "        _3 = <{async fn body of g()} as Future>::poll(move _4, copy _2) -> [return: bb1, unwind continue];\n"
    "    }\n"
    "    bb1: {\n"
    "        _3 = <Pin<&mut {async block@src/a.rs:3:5: 3:10}> as Future>::poll(move _4, copy _2) -> [return: bb2, unwind continue];\n"
    "    }\n"
    "    bb2: {\n"
    "        _3 = <Pin<Box<dyn Future<Output = ()> + Send>> as Future>::poll(move _4, copy _2) -> [return: bb3, unwind continue];\n"
    "    }\n"
    "    bb3: {\n"
    "        _3 = <PollFn<{closure@src/a.rs:9:20: 9:23}> as Future>::poll(move _4, copy _2) -> [return: bb4, unwind continue];\n"
    "    }\n"
    "    bb4: {\n"
    "        _3 = <Delay as Future>::poll(move _4, copy _2) -> [return: bb5, unwind continue];\n"
    "    }\n"
    "    bb5: {\n"
    "        _3 = <Timeout<{async fn body of g()}> as Future>::poll(move _4, copy _2) -> [return: bb6, unwind continue];\n"
    "    }\n"
    "    bb6: {\n"
    "        return;\n"
    "    }\n"
    "}\n";

START_TEST(features_polls_by_awaitee) {
  ms_doc *doc;
  ms_code_features f = features_of(POLLS, &doc);
  ck_assert_uint_eq(f.calls_poll, 6);
  ck_assert_uint_eq(f.calls_poll_inline, 1);    /* PollFn */
  ck_assert_uint_eq(f.calls_poll_coroutine, 2); /* {async fn body ..}, Pin<&mut {async block ..}> */
  ck_assert_uint_eq(f.calls_poll_dyn, 1);       /* Pin<Box<dyn Future ..>> */
  double t[MS_CODE_TERMS];
  ms_code_terms(&f, t);
  ck_assert(t[2] == 2); /* calls_poll_plain: Delay, Timeout<..> (a wrapper is not the coroutine) */
  ck_assert(t[8] == 2 && t[9] == 1);
  /* x86_64 at 3 (and 0, s) prices the three apart; the eight-term rows (thumbv7em at s
   * among them) give them one price and moved bytes none */
  const ms_code_model *m3 = ms_code_model_for("x86_64-unknown-linux-gnu", "3", NULL);
  const ms_code_model *m8 = ms_code_model_for("thumbv7em-none-eabihf", "s", NULL);
  ck_assert(m3->c[8] < m3->c[2] && m3->c[9] > m3->c[2]);
  ck_assert(m8->c[8] == m8->c[2] && m8->c[9] == m8->c[2] && m8->c[10] == 0);
  ms_doc_free(doc);
}
END_TEST

START_TEST(estimate_is_linear_and_monotone) {
  ms_code_features zero, one, two;
  memset(&zero, 0, sizeof zero);
  ck_assert_int_eq(ms_code_estimate(&zero), 0);
  ck_assert_int_eq(ms_code_estimate(NULL), 0);
  ms_doc *doc;
  one = features_of(CALLS_AND_DROPS, &doc);
  ms_doc_free(doc);
  long e1 = ms_code_estimate(&one);
  ck_assert_int_gt(e1, 0);
  /* additive: twice the code costs twice as much (up to rounding) */
  two = one;
  two.blocks *= 2, two.cleanup_blocks *= 2, two.statements *= 2, two.assigns *= 2;
  two.calls *= 2, two.drops *= 2, two.asserts *= 2, two.switches *= 2, two.switch_arms *= 2;
  two.returns *= 2, two.resumes *= 2, two.set_discriminants *= 2, two.gotos *= 2;
  two.calls_poll *= 2, two.calls_helper *= 2, two.calls_panic *= 2, two.cleanup_statements *= 2;
  two.cleanup_calls *= 2, two.cleanup_drops *= 2, two.drops_future *= 2, two.asserts_poison *= 2;
  two.moves_aggregate *= 2, two.aggregates *= 2, two.switch_arms_extra *= 2;
  long e2 = ms_code_estimate(&two);
  ck_assert_int_ge(e2, 2 * e1 - 1);
  ck_assert_int_le(e2, 2 * e1 + 1);
  /* no feature has a negative price */
  unsigned *fields[] = {&one.blocks,     &one.statements, &one.calls, &one.drops,
                        &one.asserts,    &one.switch_arms, &one.aggregates,
                        &one.calls_poll, &one.cleanup_blocks};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
    long before = ms_code_estimate(&one);
    *fields[i] += 10;
    ck_assert_int_ge(ms_code_estimate(&one), before);
  }
  /* the 34-byte async block: the estimate is of the right order (the model's accuracy over the
   * corpus is measured by bench/calibrate, not here) */
  ms_code_features small = features_of(NESTED_BLOCK, &doc);
  ms_doc_free(doc);
  long es = ms_code_estimate(&small);
  ck_assert_int_gt(es, 34 / 4);
  ck_assert_int_lt(es, 34 * 4);
}
END_TEST

/* Real `nm -S -C` lines (corpus/stable/{basic,generic,drops,nested}), plus a few made up in
 * the same shape for what the corpus lacks (modules, fn-pointer generics, another crate). */
static const char NM[] =
    "basic.o:\n"
    "0000000000000000 000000000000005c T basic::rt::block_on::<basic::parse_header::{closure#0}>\n"
    "0000000000000000 0000000000000001 t core::ptr::drop_in_place::<basic::answer::{closure#0}>\n"
    "0000000000000000 0000000000000216 T basic::parse_header::{closure#0}\n"
    "0000000000000000 000000000000001e T basic::answer::{closure#0}\n"
    "0000000000000000 000000000000067c T basic::handshake::{closure#0}\n"
    "                 U _Unwind_Resume\n"
    "0000000000000000 r basic::SOME_LABEL\n"
    "0000000000000000 0000000000000018 d basic::handshake::{closure#0}::CALLSITE\n"
    "0000000000000000 0000000000000020 T _RNvCs1234_5basic3raw\n"
    "0000000000000000 0000000000000377 T generic::send_framed::<alloc::string::String>::{closure#0}\n"
    "0000000000000000 00000000000002b5 T generic::send_framed::<u32>::{closure#0}\n"
    "0000000000000000 0000000000000127 T <generic::MemStore as generic::Store>::get_or::{closure#0}\n"
    "0000000000000000 00000000000000de T <generic::SlowStore as generic::Store>::get_or::{closure#0}\n"
    "0000000000000000 000000000000000e T <generic::MemStore as generic::Store>::get::{closure#0}::{closure#0}\n"
    "0000000000000000 0000000000000060 T <generic::MemStore as generic::Store>::get::{closure#0}\n"
    "0000000000000000 000000000000007c T <generic::MemStore as generic::Store>::put::{closure#0}\n"
    "0000000000000000 00000000000001bd T <generic::SlowStore as generic::Store>::get::{closure#0}\n"
    "0000000000000000 00000000000001e2 T <generic::SlowStore as generic::Store>::put::{closure#0}\n"
    "0000000000000000 0000000000000004 T <core::pin::Pin<&mut <generic::MemStore as generic::Store>::get::{closure#0}>>::new_unchecked\n"
    "0000000000000000 000000000000019d T <drops::Tx>::commit::{closure#0}\r\n"
    "0000000000000000 0000000000000155 T drops::connect::{closure#0}\n"
    "0000000000000000 00000000000000c5 T nested::nested_blocks::{closure#0}::{closure#0}::{closure#0}\n"
    "0000000000000000 00000000000001ce T nested::nested_blocks::{closure#0}::{closure#0}\n"
    "0000000000000000 0000000000000022 T nested::nested_blocks::{closure#0}::{closure#1}\n"
    "0000000000000000 0000000000000112 T nested::nested_blocks::{closure#0}\n"
    "0000000000000000 0000000000000100 T <tokio_postgres::client::Client>::query::<&dyn postgres_types::ToSql, core::iter::adapters::map::Map<core::slice::iter::Iter<&dyn postgres_types::ToSql + core::marker::Sync>, tokio_postgres::slice_iter::{closure#0}>>::{closure#0}\n"
    "0000000000000000 0000000000000200 T <tokio_postgres::client::Client>::query::<&str, alloc::vec::Vec<&str>>::{closure#0}\n"
    "0000000000000000 0000000000000040 W generic::apply::<fn(u32) -> u32>::{closure#0}\n"
    "0000000000000000 0000000000000050 W generic::apply::<fn(u8) -> u8>::{closure#0}\n"
    "0000000000000000 0000000000000099 T other::handshake::{closure#0}\n"
    /* zbus 1.9 (bench/unseen-crates): two types named Connection, a plain closure of one */
    "0000000000000000 0000000000000044 T <zbus::connection::Connection>::send_message::{closure#0}\n"
    "0000000000000000 0000000000000070 T <alloc::string::String as generic::Store>::get::{closure#0}\n"
    "0000000000000000 0000000000000310 T <zbus::azync::connection::Connection<std::os::unix::net::UnixStream>>::receive::{closure#0}\n";

static ms_symbols *load(void) {
  ms_symbols *s = ms_symbols_new();
  ck_assert_ptr_nonnull(s);
  ck_assert_int_eq(ms_symbols_add(s, NM, strlen(NM)), 29);
  return s;
}

static long find(const ms_symbols *s, const char *def_path, const char *file,
                 const char *self_type) {
  ms_coroutine co;
  memset(&co, 0, sizeof co);
  co.def_path = def_path;
  co.file = file;
  co.self_type = self_type;
  return ms_symbols_lookup(s, &co);
}

START_TEST(symbols_parse) {
  ms_symbols *s = ms_symbols_new();
  /* skipped: object headers, no-size lines, data symbols, raw v0 names, garbage */
  static const char junk[] = "a.o:\n\n   U foo\n0000 d data\n0000 0010 D data::x\n"
                             "0000 0010 T _RNvC5basic1f\nnot nm output at all\n0000 zz T f\n";
  ck_assert_int_eq(ms_symbols_add(s, junk, strlen(junk)), 0);
  ck_assert_int_eq(ms_symbols_add(s, NULL, 3), 0);
  ck_assert_int_eq(ms_symbols_add(NULL, junk, strlen(junk)), 0);
  static const char one[] = "00000000 0000001e T basic::answer::{closure#0}"; /* no newline */
  ck_assert_int_eq(ms_symbols_add(s, one, strlen(one)), 1);
  ck_assert_int_eq(find(s, "answer::{closure#0}", NULL, NULL), 0x1e);
  ms_symbols_free(s);
  ms_symbols_free(NULL);
}
END_TEST

START_TEST(lookup_plain_paths) {
  ms_symbols *s = load();
  const char *basic = "corpus/stable/basic/mir_dump/basic.handshake-{closure#0}.-------.coroutine_resume.0.mir";
  ck_assert_int_eq(find(s, "handshake::{closure#0}", basic, "{async fn body of handshake()}"), 0x67c);
  ck_assert_int_eq(find(s, "parse_header::{closure#0}", basic, NULL), 0x216);
  /* a module path; the crate prefix is not part of the def path */
  ck_assert_int_eq(find(s, "connect::{closure#0}", "drops.connect-{closure#0}.mir", NULL), 0x155);
  /* closures chains must match entirely */
  ck_assert_int_eq(find(s, "nested_blocks::{closure#0}::{closure#1}", "nested.x.mir", NULL), 0x22);
  ck_assert_int_eq(find(s, "nested_blocks::{closure#0}::{closure#0}", "nested.x.mir", NULL), 0x1ce);
  ck_assert_int_eq(find(s, "nested_blocks::{closure#0}", "nested.x.mir", NULL), 0x112);
  ck_assert_int_eq(find(s, "nested_blocks::{closure#0}::{synthetic#0}", "nested.x.mir", NULL), -1);
  /* another crate's `handshake::{closure#0}`: told apart by the dump's crate; without a file
   * the two are different items, so ambiguous */
  ck_assert_int_eq(find(s, "handshake::{closure#0}", "other.h.mir", NULL), 0x99);
  ck_assert_int_eq(find(s, "handshake::{closure#0}", NULL, NULL), -1);
  /* not found */
  ck_assert_int_eq(find(s, "nope::{closure#0}", basic, NULL), -1);
  ck_assert_int_eq(find(s, "handshake::{closure#1}", basic, NULL), -1);
  ck_assert_int_eq(find(s, "", basic, NULL), -1);
  ck_assert_int_eq(ms_symbols_lookup(s, NULL), -1);
  ck_assert_int_eq(ms_symbols_lookup(NULL, NULL), -1);
  ms_symbols_free(s);
}
END_TEST

START_TEST(lookup_generics_take_the_largest_instance) {
  ms_symbols *s = load();
  ck_assert_int_eq(find(s, "send_framed::{closure#0}", "generic.x.mir",
                        "{async fn body of send_framed<T>()}"),
                   0x377);
  /* `->` of a fn pointer inside the generic arguments */
  ck_assert_int_eq(find(s, "apply::{closure#0}", "generic.x.mir", NULL), 0x50);
  ms_symbols_free(s);
}
END_TEST

START_TEST(lookup_impl_paths) {
  ms_symbols *s = load();
  const char *file = "generic.{impl#2}-get-{closure#0}.-------.coroutine_resume.0.mir";
  /* two impls with a `get`: the self type names the impl */
  ck_assert_int_eq(find(s, "<impl at src/generic.rs:96:1: 96:24>::get::{closure#0}", file,
                        "{async fn body of <MemStore as Store>::get()}"),
                   0x60);
  ck_assert_int_eq(find(s, "<impl at src/generic.rs:112:1: 112:25>::get::{closure#0}", file,
                        "{async fn body of <SlowStore as Store>::get()}"),
                   0x1bd);
  /* nothing tells which impl: ambiguous */
  ck_assert_int_eq(find(s, "<impl at src/generic.rs:112:1: 112:25>::put::{closure#0}", file,
                        "{async block@src/generic.rs:113:9: 113:20}"),
                   -1);
  /* ... unless the block captured `self` */
  {
    ms_coroutine co;
    co_upvar up[2] = {{.name = "key", .type = "u32"}, {.name = "self", .type = "&SlowStore"}};
    memset(&co, 0, sizeof co);
    co.def_path = "<impl at src/generic.rs:112:1: 112:25>::put::{closure#0}";
    co.file = file;
    co.self_type = "{async block@src/generic.rs:113:9: 113:20}";
    co.upvars = up;
    co.nupvars = 2;
    ck_assert_int_eq(ms_symbols_lookup(s, &co), 0x1e2);
  }
  /* inherent impl: `<drops::Tx>::commit`, the MIR self type `Tx<'_>::commit()` */
  ck_assert_int_eq(find(s, "<impl at src/drops.rs:65:1: 65:16>::commit::{closure#0}",
                        "drops.{impl#0}-commit-{closure#0}.-------.coroutine_resume.0.mir",
                        "{async fn body of Tx<'_>::commit()}"),
                   0x19d);
  /* a trait impl is not an inherent one */
  ck_assert_int_eq(find(s, "<impl at src/generic.rs:96:1: 96:24>::get::{closure#0}", file,
                        "{async fn body of MemStore::get()}"),
                   -1);
  /* modules before the impl, generic method (arguments in the middle of the symbol) */
  ck_assert_int_eq(find(s, "client::<impl at /usr/share/cargo/registry/tokio-postgres-0.7.7/src/"
                           "client.rs:174:1: 174:12>::query::{closure#0}",
                        "tokio_postgres.client-{impl#1}-query-{closure#0}.-------.coroutine_resume.0.mir",
                        "{async fn body of Client::query<T>()}"),
                   0x200);
  /* a trait's default method: one instance per implementing type, the largest */
  ck_assert_int_eq(find(s, "Store::get_or::{closure#0}", file,
                        "{async fn body of <Self as Store>::get_or()}"),
                   0x127);
  ck_assert_int_eq(find(s, "Store::get_or::{closure#1}", file, NULL), -1);
  ck_assert_int_eq(find(s, "<impl at src/generic.rs:96:1: 96:24>::nope::{closure#0}", file,
                        "{async fn body of <MemStore as Store>::nope()}"),
                   -1);
  /* an async block naming no impl: one symbol has the path, but it may be another impl's
   * (found in hyper 0.14: `Connect::call`'s block took `HttpConnector::call`'s 9028 bytes) */
  ck_assert_int_eq(find(s, "<impl at src/drops.rs:65:1: 65:16>::commit::{closure#0}",
                        "drops.{impl#0}-commit-{closure#0}.-------.coroutine_resume.0.mir",
                        "{async block@src/drops.rs:66:9: 66:19}"),
                   -1);
  /* a type name MIR prints with its path (the name alone is ambiguous in the crate): the
   * symbol's type must have that path, not only that name (zbus 1.9's async `send_message`
   * took the 68 bytes of a plain closure of the blocking `connection::Connection`) */
  const char *zf = "zbus.azync-connection-{impl#0}-send_message-{closure#0}.-------.coroutine_resume.0.mir";
  const char *zimpl = "azync::connection::<impl at /usr/share/cargo/registry/zbus-1.9.2/src/azync/"
                      "connection.rs:149:1: 152:22>::";
  char zdp[256];
  snprintf(zdp, sizeof zdp, "%ssend_message::{closure#0}", zimpl);
  ck_assert_int_eq(find(s, zdp, zf, "{async fn body of azync::connection::Connection<S>::send_message()}"), -1);
  ck_assert_int_eq(find(s, zdp, zf, "{async fn body of crate::azync::connection::Connection<S>::send_message()}"), -1);
  ck_assert_int_eq(find(s, zdp, zf, "{async fn body of connection::Connection::send_message()}"), 0x44);
  /* the name alone (unambiguous where MIR was printed): compared by name, as before */
  ck_assert_int_eq(find(s, zdp, zf, "{async fn body of Connection::send_message()}"), 0x44);
  snprintf(zdp, sizeof zdp, "%sreceive::{closure#0}", zimpl);
  ck_assert_int_eq(find(s, zdp, zf, "{async fn body of azync::connection::Connection<S>::receive()}"), 0x310);
  /* MIR also prints a tail of the path (rtnetlink: `property_add::LinkNewPropRequest` for
   * `link::property_add::LinkNewPropRequest`); a tail ends at a segment boundary */
  ck_assert_int_eq(find(s, zdp, zf, "{async fn body of connection::Connection<S>::receive()}"), 0x310);
  ck_assert_int_eq(find(s, zdp, zf, "{async fn body of nnection::Connection<S>::receive()}"), -1);
  ck_assert_int_eq(find(s, zdp, zf, "{async fn body of sync::connection::Connection<S>::receive()}"), -1);
  /* a type of another crate is compared by name only: MIR prints the path by which it is
   * visible (`std::string::String`), symbols the path where it is defined */
  ck_assert_int_eq(find(s, "<impl at src/generic.rs:130:1: 130:22>::get::{closure#0}",
                        "generic.{impl#4}-get-{closure#0}.-------.coroutine_resume.0.mir",
                        "{async fn body of <std::string::String as Store>::get()}"),
                   0x70);
  ms_symbols_free(s);
}
END_TEST

/* A coroutine of the same crate and impl block whose type names the impl names it for an
 * async block of that impl (ms_symbols_lookup_all). */
START_TEST(lookup_impl_by_a_sibling) {
  ms_symbols *s = load();
  const char *file = "generic.{impl#2}-put-{closure#0}.-------.coroutine_resume.0.mir";
  ms_coroutine put, get, other;
  memset(&put, 0, sizeof put);
  put.def_path = "<impl at src/generic.rs:112:1: 112:25>::put::{closure#0}";
  put.file = file;
  put.self_type = "{async block@src/generic.rs:113:9: 113:20}";
  get = put;
  get.def_path = "<impl at src/generic.rs:112:1: 112:25>::get::{closure#0}";
  get.self_type = "{async fn body of <SlowStore as Store>::get()}";
  ms_coroutine *both[] = {&put, &get};
  ms_symbols_lookup_all(s, both, 2);
  ck_assert_int_eq(put.code_exact, 0x1e2);
  ck_assert_int_eq(get.code_exact, 0x1bd);
  /* another impl block (MemStore's, at line 96) says nothing about this one */
  get.def_path = "<impl at src/generic.rs:96:1: 96:24>::get::{closure#0}";
  get.self_type = "{async fn body of <MemStore as Store>::get()}";
  ms_symbols_lookup_all(s, both, 2);
  ck_assert_int_eq(put.code_exact, -1);
  ck_assert_int_eq(get.code_exact, 0x60);
  /* nor does the same span in another crate */
  other = get;
  other.def_path = "<impl at src/generic.rs:112:1: 112:25>::get::{closure#0}";
  other.file = "other.{impl#2}-get-{closure#0}.-------.coroutine_resume.0.mir";
  other.self_type = "{async fn body of <SlowStore as Store>::get()}";
  ms_coroutine *two[] = {&put, &other};
  ms_symbols_lookup_all(s, two, 2);
  ck_assert_int_eq(put.code_exact, -1);
  ms_symbols_free(s);
}
END_TEST

/* A trait's default method takes no instance of a type that overrides the method: MemStore's
 * own get_or (an impl's coroutine of the input) reads like the default's instance for it. */
START_TEST(lookup_default_skips_overrides) {
  ms_symbols *s = load();
  const char *file = "generic.Store-get_or-{closure#0}.-------.coroutine_resume.0.mir";
  ms_coroutine dflt, over;
  memset(&dflt, 0, sizeof dflt);
  dflt.def_path = "Store::get_or::{closure#0}";
  dflt.file = file;
  dflt.self_type = "{async fn body of <Self as Store>::get_or()}";
  over = dflt;
  over.def_path = "<impl at src/generic.rs:96:1: 96:24>::get_or::{closure#0}";
  over.file = "generic.{impl#1}-get_or-{closure#0}.-------.coroutine_resume.0.mir";
  over.self_type = "{async fn body of <MemStore as Store>::get_or()}";
  ms_coroutine *alone[] = {&dflt};
  ms_symbols_lookup_all(s, alone, 1);
  ck_assert_int_eq(dflt.code_exact, 0x127); /* the largest instance: MemStore's */
  ms_coroutine *both[] = {&dflt, &over};
  ms_symbols_lookup_all(s, both, 2);
  ck_assert_int_eq(over.code_exact, 0x127);
  ck_assert_int_eq(dflt.code_exact, 0xde); /* SlowStore's, the only type that keeps the default */
  ms_symbols_free(s);
}
END_TEST

/* A symbol names a type, never a parameter: B, a type of the crate (its `twice` has a
 * symbol), takes none of P's symbols, which are the blanket impl's `<T as Svc>::call`
 * (tests/data/one-letter-impl: B's `call` was never built). */
START_TEST(lookup_blanket_skips_types) {
  static const char *const lines[] = {
      "0000000000000000 00000000000001ef T <one::P as one::Svc>::call::<u32>::{closure#0}\n",
      "0000000000000000 0000000000000263 T <one::P as one::Svc>::call::<[u64; 20]>::{closure#0}\n",
      "0000000000000000 0000000000000076 T <one::B as one::Svc>::twice::{closure#0}\n",
  };
  ms_symbols *s = ms_symbols_new();
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
    ck_assert_int_eq(ms_symbols_add(s, lines[i], strlen(lines[i])), 1);
  ms_coroutine b, t;
  memset(&b, 0, sizeof b);
  b.def_path = "<impl at o.rs:35:1: 35:15>::call::{closure#0}";
  b.file = "one.{impl#2}-call-{closure#0}.-------.coroutine_resume.0.mir";
  b.self_type = "{async fn body of <B as Svc>::call<U>()}";
  t = b;
  t.def_path = "<impl at o.rs:42:1: 42:23>::call::{closure#0}";
  t.file = "one.{impl#3}-call-{closure#0}.-------.coroutine_resume.0.mir";
  t.self_type = "{async fn body of <T as Svc>::call<U>()}";
  ms_coroutine *both[] = {&b, &t};
  ms_symbols_lookup_all(s, both, 2);
  ck_assert_int_eq(b.code_exact, -1);
  ck_assert_int_eq(t.code_exact, 0x263); /* the blanket impl's, the larger of P's two */
  ck_assert_uint_eq(t.code_instances, 2);
  ms_symbols_free(s);
}
END_TEST

/* The dump's word on a one-letter self type (ms_co_self_kind): `B/#0` in a saved local's type
 * is a parameter, whatever else says B is a type (trial X3 F1, `impl<B: Tag> Svc for B` beside
 * `struct B`); `&'{erased} C` is a type, so a never-built `<C as Svc>::call` takes no blanket
 * impl's symbols though no symbol shows C (trial X3 F2). */
START_TEST(self_kind_from_dump) {
  co_saved sb[] = {{.type = "<B/#0 as Tag>::Buf"}}, sc[] = {{.type = "&'{erased} C"}};
  co_saved su[] = {{.type = "U/#0"}};
  ms_coroutine b, c, m;
  memset(&b, 0, sizeof b);
  b.self_type = "{async fn body of <B as Svc>::call()}";
  b.saved = sb;
  b.nsaved = 1;
  ck_assert_int_eq(ms_co_self_kind(&b, NULL, "B"), MS_SELF_PARAM);
  c = b;
  c.self_type = "{async fn body of <C as Svc>::call<U>()}";
  c.saved = sc;
  ck_assert_int_eq(ms_co_self_kind(&c, NULL, "C"), MS_SELF_TYPE);
  ck_assert_int_eq(ms_co_self_kind(&c, NULL, "Self"), MS_SELF_PARAM);
  m = b; /* the method's own parameter U: its mark says nothing of a self type U */
  m.self_type = "{async fn body of <U as Svc>::call<U>()}";
  m.saved = su;
  ck_assert_int_eq(ms_co_self_kind(&m, NULL, "U"), MS_SELF_UNKNOWN);
  static const char *const lines[] = {
      "0000000000000000 00000000000001cd T <one::P as one::Svc>::call::<u32>::{closure#0}\n",
      "0000000000000000 0000000000000263 T <one::P as one::Svc>::call::<[u64; 20]>::{closure#0}\n",
  };
  ms_symbols *s = ms_symbols_new();
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
    ck_assert_int_eq(ms_symbols_add(s, lines[i], strlen(lines[i])), 1);
  ms_coroutine t;
  memset(&t, 0, sizeof t);
  c.def_path = "<impl at t2.rs:58:1: 58:15>::call::{closure#0}";
  c.file = "one.{impl#5}-call-{closure#0}.-------.coroutine_resume.0.mir";
  t = c;
  t.def_path = "<impl at t2.rs:42:1: 42:23>::call::{closure#0}";
  t.file = "one.{impl#3}-call-{closure#0}.-------.coroutine_resume.0.mir";
  t.self_type = "{async fn body of <T as Svc>::call<U>()}";
  t.saved = su;
  ms_coroutine *both[] = {&c, &t};
  ms_symbols_lookup_all(s, both, 2);
  ck_assert_int_eq(c.code_exact, -1);
  ck_assert_int_eq(t.code_exact, 0x263);
  ms_symbols_free(s);
}
END_TEST

START_TEST(many_symbols) {
  /* the table grows: 20000 distinct names, each found again */
  ms_symbols *s = ms_symbols_new();
  char line[128], path[64];
  for (int i = 0; i < 20000; i++) {
    int n = snprintf(line, sizeof line, "0000000000000000 %016x T k::f%d::{closure#0}\n", i + 1, i);
    ck_assert_int_eq(ms_symbols_add(s, line, (size_t)n), 1);
  }
  for (int i = 0; i < 20000; i += 997) {
    snprintf(path, sizeof path, "f%d::{closure#0}", i);
    ck_assert_int_eq(find(s, path, "k.x.mir", NULL), i + 1);
  }
  ms_symbols_free(s);
}
END_TEST


/* ------------------------------------------------------------------ models per row */

START_TEST(models_by_target_and_opt_level) {
  bool exact = true;
  const ms_code_model *m = ms_code_model_for(NULL, NULL, &exact);
  ck_assert_str_eq(m->target, "x86_64-unknown-linux-gnu");
  ck_assert_str_eq(m->opt_level, "3");
  ck_assert(exact); /* the defaults' own row */
  m = ms_code_model_for("x86_64-unknown-linux-gnu", "3", &exact);
  ck_assert(exact);
  m = ms_code_model_for("thumbv7em-none-eabihf", "z", &exact);
  ck_assert_str_eq(m->target, "thumbv7em-none-eabihf");
  ck_assert_str_eq(m->opt_level, "z");
  ck_assert(exact);
  ck_assert_double_eq(m->poison_arm, 12); /* bench/poison-arm-bytes --target thumbv7em-none-eabihf */
  /* the nearest row: another thumb target, another opt-level */
  m = ms_code_model_for("thumbv6m-none-eabi", "s", &exact);
  ck_assert_str_eq(m->target, "thumbv7em-none-eabihf");
  ck_assert_str_eq(m->opt_level, "s");
  ck_assert(!exact);
  m = ms_code_model_for("aarch64-unknown-linux-gnu", "2", &exact);
  ck_assert_str_eq(m->target, "x86_64-unknown-linux-gnu");
  ck_assert_str_eq(m->opt_level, "3");
  ck_assert(!exact);
  /* opt-level 0 (a dev build) has rows of its own; 1 and 2 take the 3 row */
  m = ms_code_model_for("x86_64-unknown-linux-gnu", "0", &exact);
  ck_assert_str_eq(m->opt_level, "0");
  ck_assert(exact);
  m = ms_code_model_for("thumbv7em-none-eabihf", "0", &exact);
  ck_assert_str_eq(m->target, "thumbv7em-none-eabihf");
  ck_assert_str_eq(m->opt_level, "0");
  ck_assert(exact);
  m = ms_code_model_for("x86_64-unknown-linux-gnu", "1", &exact);
  ck_assert_str_eq(m->opt_level, "3");
  ck_assert(!exact);
  /* every row is validated and prices nothing negatively */
  for (size_t i = 0; i < ms_code_model_count(); i++) {
    const ms_code_model *r = ms_code_model_at(i);
    ck_assert(r->median_error > 0 && r->median_error < 1);
    ck_assert(r->within_30 > 0 && r->within_30 <= 1);
    for (int k = 0; k < MS_CODE_TERMS; k++) ck_assert(r->c[k] >= 0);
  }
  ck_assert_ptr_null(ms_code_model_at(ms_code_model_count()));
  /* the crate's getter reports the row chosen from its options */
  ms_crate_options o = {.target = "thumbv7em-none-eabihf", .opt_level = "z"};
  ms_crate *c = ms_crate_new(&o);
  ms_code_model_info info;
  ms_crate_code_model(c, &info);
  ck_assert_str_eq(info.target, "thumbv7em-none-eabihf");
  ck_assert_str_eq(info.opt_level, "z");
  ck_assert_int_eq(info.calibrated, 1);
  ck_assert_int_eq(info.poison_arm_bytes, 12);
  ck_assert(info.median_error > 0);
  ms_crate_free(c);
}
END_TEST

START_TEST(build_scale) {
  double est[5] = {100, 100, 100, 0, 100}, nm[5] = {150, 200, 250, 80, 130};
  ck_assert_double_eq(ms_code_build_scale(est, nm, 2), 0); /* too few */
  /* k = 3 pairs: ratios 1.5, 2.0, 2.5 -> median 2, shrunk 1 + 1 * 3/5 */
  ck_assert_double_eq_tol(ms_code_build_scale(est, nm, 3), 1.6, 1e-9);
  /* the pair with estimate 0 is left out: ratios 1.3 1.5 2 2.5, median 1.75, k = 4 */
  ck_assert_double_eq_tol(ms_code_build_scale(est, nm, 5), 1 + 0.75 * 4.0 / 6.0, 1e-9);
  double big[3] = {1, 1, 1}, huge[3] = {100, 100, 100};
  ck_assert_double_eq(ms_code_build_scale(big, huge, 3), 4); /* clamped */
}
END_TEST

/* corpus/stable/basic with nm sizes for some of its four coroutines */
static ms_crate *basic_with_symbols(const char *nm) {
  ms_crate *c = ms_crate_new(NULL);
  static const char *const F[] = {"answer", "handshake", "one_await", "parse_header"};
  for (size_t i = 0; i < 4; i++) {
    char path[1024];
    snprintf(path, sizeof path,
             "%s/corpus/stable/basic/mir_dump/basic.%s-{closure#0}.-------.coroutine_resume.0.mir",
             SRCDIR, F[i]);
    const char *err = NULL;
    ms_doc *d = ms_doc_parse_file(path, &err);
    ck_assert_msg(d != NULL, "%s: %s", path, err ? err : "?");
    ms_crate_add_doc(c, d);
    ms_doc_free(d);
  }
  ms_crate_add_symbols(c, nm, strlen(nm));
  ms_crate_finish(c);
  return c;
}

static const ms_coroutine *basic_co(const ms_crate *c, const char *def_path) {
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (!strcmp(ms_co_def_path(ms_crate_coroutine(c, i)), def_path)) return ms_crate_coroutine(c, i);
  ck_abort_msg("no %s", def_path);
  return NULL;
}

START_TEST(self_calibration_corrects_the_inlined) {
  static const char THREE[] = "0000000000000000 0000000000000216 T basic::parse_header::{closure#0}\n"
                              "0000000000000000 000000000000001e T basic::answer::{closure#0}\n"
                              "0000000000000000 00000000000000c2 T basic::one_await::{closure#0}\n";
  ms_crate *c = basic_with_symbols(THREE);
  const ms_coroutine *hs = basic_co(c, "handshake::{closure#0}");
  double est[3], nm[3];
  static const char *const EXACT[] = {"parse_header::{closure#0}", "answer::{closure#0}",
                                      "one_await::{closure#0}"};
  for (size_t i = 0; i < 3; i++) {
    const ms_coroutine *co = basic_co(c, EXACT[i]);
    ms_code_source src;
    ck_assert_int_eq(ms_co_code_bytes(co, &src), ms_co_code_exact(co));
    ck_assert_int_eq(src, MS_CODE_EXACT);
    ck_assert_int_eq(ms_co_code_corrected(co), -1);
    est[i] = (double)ms_co_code_estimate(co);
    nm[i] = (double)ms_co_code_exact(co);
  }
  double scale = ms_code_build_scale(est, nm, 3);
  ck_assert(scale > 0);
  ms_code_source src;
  long want = (long)((double)ms_co_code_estimate(hs) * scale + 0.5);
  ck_assert_int_eq(ms_co_code_corrected(hs), want);
  ck_assert_int_eq(ms_co_code_bytes(hs, &src), want);
  ck_assert_int_eq(src, MS_CODE_CORRECTED);
  ck_assert_str_eq(ms_code_source_name(src), "corrected");
  ck_assert_int_ne(want, ms_co_code_estimate(hs)); /* the build's factor is not 1 */
  /* the JSON says so */
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  ck_assert_int_eq(ms_crate_write_json(c, f), 0);
  fclose(f);
  ck_assert_ptr_nonnull(strstr(buf, "\"source\": \"corrected\""));
  ck_assert_ptr_nonnull(strstr(buf, "\"source\": \"exact\""));
  ck_assert_ptr_nonnull(strstr(buf, "\"code_model\": { \"target\": \"x86_64-unknown-linux-gnu\", "
                                    "\"opt_level\": \"3\", \"calibrated\": true"));
  free(buf);
  ms_crate_free(c);
  /* two exact sizes are too few: the others stay modelled */
  static const char TWO[] = "0000000000000000 0000000000000216 T basic::parse_header::{closure#0}\n"
                            "0000000000000000 000000000000001e T basic::answer::{closure#0}\n";
  c = basic_with_symbols(TWO);
  hs = basic_co(c, "handshake::{closure#0}");
  ck_assert_int_eq(ms_co_code_corrected(hs), -1);
  ck_assert_int_eq(ms_co_code_bytes(hs, &src), ms_co_code_estimate(hs));
  ck_assert_int_eq(src, MS_CODE_MODELLED);
  ck_assert_str_eq(ms_code_source_name(MS_CODE_MODELLED), "modelled");
  ck_assert_ptr_null(ms_code_source_name((ms_code_source)7));
  ms_crate_free(c);
}
END_TEST

/* The resume functions of a crate with one generic coroutine, `k::race` (names without
 * their generic arguments). */
static bool race_resume(const char *name, void *user) {
  (void)user;
  return !strcmp(name, "k::race::{closure#0}");
}

START_TEST(hosts_by_generic_arguments) {
  /* the symbols whose generic arguments, or their Self type's, name a coroutine's type: the
   * functions that poll it (docs/code-size.md, "Hosts"); a hand-written combinator's poll
   * (a firmware trial's `<Select<adc_wait_ready, delay> as Future>::poll`, 192 bytes) */
  static const char GENERIC_ARGS[] =
      "0000000000000000 00000000000000fe T <k::Select<k::a::{closure#0}, k::b::{closure#0}> as "
      "core::future::future::Future>::poll\n"
      "0000000000000000 0000000000000087 T <k::Timeout<k::c::{closure#0}> as core::future::future::Future>::poll\n"
      /* nested: a generic argument of an argument, less direct than Select's poll */
      "0000000000000000 0000000000000047 T k::block_on::<k::Select<k::a::{closure#0}, k::b::{closure#0}>>\n"
      "0000000000000000 0000000000000107 T k::block_on::<k::Select<k::e::{closure#0}, k::f::{closure#0}>>\n"
      /* drop glue, a Drop impl, a constructor: they move or drop the future, never poll it */
      "0000000000000000 0000000000000060 T core::ptr::drop_in_place::<k::Select<k::c::{closure#0}, k::g::{closure#0}>>\n"
      "0000000000000000 0000000000000040 T <k::Select<k::c::{closure#0}, k::g::{closure#0}> as core::ops::drop::Drop>::drop\n"
      "0000000000000000 0000000000000050 T <k::Timeout<k::g::{closure#0}>>::new\n"
      /* a method of a type that holds one, not a poll: it does not poll it */
      "0000000000000000 0000000000000060 T <k::Timeout<k::c::{closure#0}> as k::Ext>::and_then::<u8>\n"
      "0000000000000000 0000000000000060 T <k::Timeout<k::c::{closure#0}>>::project\n"
      /* a coroutine's own resume function and its drop glue name no argument */
      "0000000000000000 0000000000000070 T k::h::{closure#0}\n"
      "0000000000000000 0000000000000030 T core::ptr::drop_in_place::<k::h::{closure#0}>\n"
      "0000000000000000 0000000000000030 T core::ptr::drop_glue::<k::Select<k::h::{closure#0}, k::g::{closure#0}>>\n"
      /* a reference, a tuple: not the coroutine's type as a whole argument */
      "0000000000000000 0000000000000090 T <core::pin::Pin<&mut k::h::{closure#0}> as core::future::future::Future>::poll\n"
      "0000000000000000 0000000000000090 T k::join::<(k::h::{closure#0}, k::g::{closure#0})>\n"
      /* the closure of a generic function, deeper than its argument */
      "0000000000000000 0000000000000080 T <std::thread::LocalKey<u8>>::with::<<k::Wrap<k::i::{closure#0}> as "
      "core::future::future::Future>::poll::{closure#0}, u8>\n";
  ms_symbols *s = ms_symbols_new();
  ck_assert_int_gt(ms_symbols_add(s, GENERIC_ARGS, strlen(GENERIC_ARGS)), 0);
  size_t n = 9;
  const char *name = NULL;
  /* Select's poll, not the smaller block_on that calls it */
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::a::{closure#0}", 1, &n, &name, NULL, NULL), 0xfe);
  ck_assert_uint_eq(n, 1);
  ck_assert_str_eq(name, "<k::Select<k::a::{closure#0}, k::b::{closure#0}> as core::future::future::Future>::poll");
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::b::{closure#0}", 1, NULL, NULL, NULL, NULL), 0xfe);
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::c::{closure#0}", 1, &n, NULL, NULL, NULL), 0x87);
  ck_assert_uint_eq(n, 1);
  /* no Select poll of its own: inlined into block_on, which holds e and f */
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::e::{closure#0}", 1, NULL, &name, NULL, NULL), 0x107);
  ck_assert_str_eq(name, "k::block_on::<k::Select<k::e::{closure#0}, k::f::{closure#0}>>");
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::f::{closure#0}", 1, NULL, NULL, NULL, NULL), 0x107);
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::g::{closure#0}", 1, &n, NULL, NULL, NULL), -1);
  ck_assert_uint_eq(n, 0);
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::h::{closure#0}", 1, NULL, NULL, NULL, NULL), -1);
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::i::{closure#0}", 1, NULL, NULL, NULL, NULL), 0x80);
  /* smaller than the chain needs: none */
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::c::{closure#0}", 0x88, NULL, NULL, NULL, NULL), -1);
  /* the same function in a second file (a library's rlib and the binary): one copy */
  static const char BIN[] = "0000000000000000 0000000000000087 T <k::Timeout<k::c::{closure#0}> as "
                            "core::future::future::Future>::poll\n";
  ck_assert_int_eq(ms_symbols_add(s, BIN, strlen(BIN)), 1);
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::c::{closure#0}", 1, &n, NULL, NULL, NULL), 0x87);
  ck_assert_uint_eq(n, 1);
  /* a generic coroutine's own resume function names the coroutine it awaits: no host when the
   * caller tells resume functions apart (an adversarial trial's `race::<edge>`) */
  static const char RACE[] = "0000000000000000 0000000000000064 T k::race::<k::j::{closure#0}>::{closure#0}\n"
                             "0000000000000000 0000000000000095 T <k::Select<k::j::{closure#0}, "
                             "k::b::{closure#0}> as core::future::future::Future>::poll\n";
  ck_assert_int_eq(ms_symbols_add(s, RACE, strlen(RACE)), 2);
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::j::{closure#0}", 1, NULL, &name, NULL, NULL), 0x64);
  ck_assert_int_eq(ms_symbols_host_bytes(s, "k::j::{closure#0}", 1, NULL, &name, race_resume, NULL), 0x95);
  ck_assert_str_eq(name, "<k::Select<k::j::{closure#0}, k::b::{closure#0}> as core::future::future::Future>::poll");
  ms_symbols_free(s);
}
END_TEST

int main(void) {
  Suite *su = suite_create("codecost");
  TCase *tc = tcase_create("codecost");
  tcase_add_test(tc, features_of_a_small_body);
  tcase_add_test(tc, features_calls_drops_cleanup);
  tcase_add_test(tc, features_refined);
  tcase_add_test(tc, features_overflow_checks);
  tcase_add_test(tc, features_polls_by_awaitee);
  tcase_add_test(tc, estimate_is_linear_and_monotone);
  tcase_add_test(tc, symbols_parse);
  tcase_add_test(tc, lookup_plain_paths);
  tcase_add_test(tc, lookup_generics_take_the_largest_instance);
  tcase_add_test(tc, lookup_impl_paths);
  tcase_add_test(tc, lookup_impl_by_a_sibling);
  tcase_add_test(tc, lookup_default_skips_overrides);
  tcase_add_test(tc, lookup_blanket_skips_types);
  tcase_add_test(tc, self_kind_from_dump);
  tcase_add_test(tc, many_symbols);
  tcase_add_test(tc, hosts_by_generic_arguments);
  tcase_add_test(tc, models_by_target_and_opt_level);
  tcase_add_test(tc, build_scale);
  tcase_add_test(tc, self_calibration_corrects_the_inlined);
  suite_add_tcase(su, tc);
  SRunner *sr = srunner_create(su);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
