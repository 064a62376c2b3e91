/* Unit tests (check) for the coroutine model, on real dumps with hand-checked expectations. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <mirscope/mirscope.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SRCDIR
#define SRCDIR "."
#endif

static ms_crate *load(const char *const *files, size_t n) {
  ms_crate *c = ms_crate_new(NULL);
  ck_assert_ptr_nonnull(c);
  for (size_t i = 0; i < n; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", SRCDIR, files[i]);
    const char *err = NULL;
    ms_doc *d = ms_doc_parse_file(path, &err);
    ck_assert_msg(d != NULL, "%s: %s", path, err ? err : "?");
    ck_assert_uint_eq(ms_doc_error_count(d), 0);
    ms_crate_add_doc(c, d);
    ms_doc_free(d); /* the crate keeps its own copies */
  }
  ms_crate_finish(c);
  return c;
}

static const ms_coroutine *by_path(const ms_crate *c, const char *def_path) {
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (!strcmp(ms_co_def_path(ms_crate_coroutine(c, i)), def_path))
      return ms_crate_coroutine(c, i);
  ck_abort_msg("no coroutine %s", def_path);
  return NULL;
}

static int has_transition(const ms_coroutine *co, const char *from, const char *to,
                          const char *via) {
  for (size_t t = 0; t < ms_co_transition_count(co); t++)
    if (!strcmp(ms_co_state_name(co, ms_co_transition_from(co, t)), from) &&
        !strcmp(ms_co_state_name(co, ms_co_transition_to(co, t)), to) &&
        !strcmp(ms_co_transition_via(co, t), via))
      return 1;
  return 0;
}

static size_t count_findings(const ms_coroutine *co, const char *cls) {
  size_t n = 0;
  for (size_t f = 0; f < ms_co_finding_count(co); f++)
    if (!strcmp(ms_co_finding_class(co, f), cls)) n++;
  return n;
}

/* `async fn add(a: u32, b: &u32)` with two awaits (rustc 1.95, -Copt-level=3). */
START_TEST(add_states_and_transitions) {
  static const char *const F[] = {"tests/data/add.coroutine_resume.mir"};
  ms_crate *c = load(F, 1);
  ck_assert_uint_eq(ms_crate_coroutine_count(c), 1);
  const ms_coroutine *co = by_path(c, "add::{closure#0}");
  ck_assert_str_eq(ms_co_kind(co), "async_fn");
  ck_assert_str_eq(ms_co_self_type(co), "{async fn body of add()}");
  ck_assert_str_eq(ms_co_pass(co), "coroutine_resume");
  ck_assert_uint_eq(ms_co_state_count(co), 5);
  /* switchInt(move _54) -> [0: bb1, 1: bb54, 2: bb53, 3: bb51, 4: bb52, otherwise: bb8] */
  ck_assert_int_eq(ms_co_state_entry(co, 0), 1);
  ck_assert_int_eq(ms_co_state_entry(co, 1), 54);
  ck_assert_int_eq(ms_co_state_entry(co, 2), 53);
  ck_assert_int_eq(ms_co_state_entry(co, 3), 51);
  ck_assert_int_eq(ms_co_state_entry(co, 4), 52);
  ck_assert_int_eq(ms_co_state_arm(co, 0), MS_ARM_CODE);
  ck_assert_int_eq(ms_co_state_arm(co, 1), MS_ARM_POISON_RETURNED);
  ck_assert_int_eq(ms_co_state_arm(co, 2), MS_ARM_POISON_PANICKED);
  /* Suspend0 (3): [_s0, _s1, _s2, _s4] */
  ck_assert_uint_eq(ms_co_state_saved_count(co, 3), 4);
  ck_assert_str_eq(ms_co_saved_id(co, ms_co_state_saved(co, 3, 3)), "_s4");
  /* every transition, hand-checked against the CFG */
  ck_assert_uint_eq(ms_co_transition_count(co), 11);
  ck_assert(has_transition(co, "Unresumed", "Suspend0", "pending"));
  ck_assert(has_transition(co, "Unresumed", "Suspend1", "pending")); /* first await ready at once */
  ck_assert(has_transition(co, "Unresumed", "Returned", "ready"));
  ck_assert(has_transition(co, "Unresumed", "Panicked", "unwind"));
  ck_assert(has_transition(co, "Suspend0", "Suspend0", "pending"));
  ck_assert(has_transition(co, "Suspend0", "Suspend1", "pending"));
  ck_assert(has_transition(co, "Suspend0", "Returned", "ready"));
  ck_assert(has_transition(co, "Suspend0", "Panicked", "unwind"));
  ck_assert(has_transition(co, "Suspend1", "Suspend1", "pending"));
  ck_assert(has_transition(co, "Suspend1", "Returned", "ready"));
  ck_assert(has_transition(co, "Suspend1", "Panicked", "unwind"));
  ck_assert(!has_transition(co, "Suspend1", "Suspend0", "pending"));
  /* names from debug lines: variant#4 field 0 is _s1 (d), field 1 is _s2 (buf) */
  ck_assert_str_eq(ms_co_saved_name(co, 1), "d");
  ck_assert_str_eq(ms_co_saved_name(co, 2), "buf");
  ck_assert_str_eq(ms_co_saved_name(co, 4), "__awaitee");
  ck_assert_str_eq(ms_co_saved_name(co, 3), ""); /* a temporary */
  ck_assert_str_eq(ms_co_saved_span(co, 0), "a.rs:5:26: 5:27 (#0)");
  ck_assert_uint_eq(ms_co_upvar_count(co), 2);
  ck_assert_str_eq(ms_co_upvar_name(co, 0), "a");
  ck_assert_str_eq(ms_co_upvar_type(co, 0), "u32");
  ck_assert_str_eq(ms_co_upvar_name(co, 1), "b");
  ck_assert_str_eq(ms_co_upvar_type(co, 1), "&u32");
  /* findings: both poison arms, `b` copied into _s0 in bb1, and `a` passed (through _3 and
   * _12) to leaf(), whose future is the awaitee _s4: stored twice as well */
  ck_assert_uint_eq(count_findings(co, "poison-returned"), 1);
  ck_assert_uint_eq(count_findings(co, "poison-panicked"), 1);
  ck_assert_uint_eq(count_findings(co, "upvar-copy"), 2);
  ck_assert_uint_eq(count_findings(co, "no-await"), 0);
  ck_assert_uint_eq(count_findings(co, "duplicate-suspend"), 0);
  ck_assert_uint_eq(count_findings(co, "unreachable-state"), 0);
  /* and `buf: [u8; 64]`, used after both awaits that hold it (advice.c) */
  ck_assert_uint_eq(count_findings(co, "held-across-await"), 1);
  ck_assert_uint_eq(ms_co_finding_count(co), 5);
  ms_crate_free(c);
}
END_TEST

/* `async fn konst() -> u32 { 7 }`: no await, no Panicked arm, only Returned poison. */
START_TEST(constant_async_fn) {
  static const char *const F[] = {"tests/data/konst.coroutine_resume.mir"};
  ms_crate *c = load(F, 1);
  const ms_coroutine *co = by_path(c, "konst::{closure#0}");
  ck_assert_uint_eq(ms_co_state_count(co), 3);
  ck_assert_int_eq(ms_co_state_entry(co, 2), -1);
  ck_assert_int_eq(ms_co_state_arm(co, 2), MS_ARM_NONE);
  ck_assert_int_eq(ms_co_state_arm(co, 1), MS_ARM_POISON_RETURNED);
  ck_assert_uint_eq(ms_co_transition_count(co), 1);
  ck_assert(has_transition(co, "Unresumed", "Returned", "ready"));
  ck_assert_uint_eq(count_findings(co, "no-await"), 1);
  ck_assert_uint_eq(count_findings(co, "poison-returned"), 1);
  ck_assert_uint_eq(count_findings(co, "poison-panicked"), 0);
  ms_crate_free(c);
}
END_TEST

/* unreachable-state, both ways it is found.  The inputs are corpus/stable/basic's one_await
 * resume dump edited by one line each: the dispatch switch without its `3: bb22` arm, and the
 * Unresumed path without its `discriminant((*_26)) = 3;` (so nothing enters Suspend0). */
START_TEST(unreachable_states) {
  static const char *const NO_ARM[] = {"tests/data/one_await.no-suspend-arm.mir"};
  static const char *const NO_WRITE[] = {"tests/data/one_await.no-suspend-write.mir"};
  ms_crate *c = load(NO_ARM, 1);
  const ms_coroutine *co = by_path(c, "one_await::{closure#0}");
  ck_assert_int_eq(ms_co_state_entry(co, 3), -1);
  ck_assert_uint_eq(count_findings(co, "unreachable-state"), 1);
  bool said = false;
  for (size_t f = 0; f < ms_co_finding_count(co); f++)
    if (ms_co_finding_class_of(co, f) == MS_FINDING_UNREACHABLE_STATE) {
      ck_assert_int_eq(ms_co_finding_state(co, f), 3);
      said = strstr(ms_co_finding_reason(co, f), "has no arm") != NULL;
    }
  ck_assert(said);
  ms_crate_free(c);
  c = load(NO_WRITE, 1);
  co = by_path(c, "one_await::{closure#0}");
  ck_assert_int_ge(ms_co_state_entry(co, 3), 0);
  ck_assert(!has_transition(co, "Unresumed", "Suspend0", "pending"));
  ck_assert_uint_eq(count_findings(co, "unreachable-state"), 1);
  for (size_t f = 0; f < ms_co_finding_count(co); f++)
    if (ms_co_finding_class_of(co, f) == MS_FINDING_UNREACHABLE_STATE)
      ck_assert(strstr(ms_co_finding_reason(co, f), "no transition from Unresumed") != NULL);
  ms_crate_free(c);
}
END_TEST

/* The text of a file under SRCDIR with `from` replaced by `to` (once; it must be there). */
static char *edited(const char *file, const char *from, const char *to) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", SRCDIR, file);
  FILE *f = fopen(path, "rb");
  ck_assert_ptr_nonnull(f);
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *at = strstr(buf, from);
  ck_assert_msg(at != NULL, "%s: no `%s`", file, from);
  size_t fl = strlen(from), tl = strlen(to);
  char *out = malloc(n - fl + tl + 1);
  ck_assert_ptr_nonnull(out);
  memcpy(out, buf, (size_t)(at - buf));
  memcpy(out + (at - buf), to, tl);
  memcpy(out + (at - buf) + tl, at + fl, n - (size_t)(at - buf) - fl + 1);
  return out;
}

/* The unreachable-state findings of async fn `fn` of tests/data/unreachable-const/before after
 * one edit of its dump (none: the real one).  Each of those fns awaits Tick, then Big behind
 * the branch: a finding is Suspend1's. */
static size_t unreachable_after_edit(const char *fn, const char *from, const char *to) {
  char file[192], path[64];
  snprintf(file, sizeof file,
           "tests/data/unreachable-const/before/mir_dump/"
           "unreachable_const.%s-{closure#0}.-------.coroutine_resume.0.mir", fn);
  snprintf(path, sizeof path, "%s::{closure#0}", fn);
  char *t = edited(file, from, to);
  ms_doc *d = ms_doc_parse("edited.mir", t, strlen(t));
  ck_assert_ptr_nonnull(d);
  ck_assert_uint_eq(ms_doc_error_count(d), 0);
  ms_crate *c = ms_crate_new(NULL);
  ms_crate_add_doc(c, d);
  ms_doc_free(d);
  ms_crate_finish(c);
  const ms_coroutine *co = by_path(c, path);
  size_t n = count_findings(co, "unreachable-state");
  if (n) { /* Suspend1, the one behind the branch */
    for (size_t f = 0; f < ms_co_finding_count(co); f++)
      if (ms_co_finding_class_of(co, f) == MS_FINDING_UNREACHABLE_STATE)
        ck_assert_str_eq(ms_co_state_name(co, (size_t)ms_co_finding_state(co, f)), "Suspend1");
    ck_assert(!has_transition(co, "Suspend0", "Suspend1", "pending"));
  } else {
    ck_assert(has_transition(co, "Suspend0", "Suspend1", "pending"));
  }
  ms_crate_free(c);
  free(t);
  return n;
}

static size_t if_false_unreachable(const char *from, const char *to) {
  return unreachable_after_edit("if_false", from, to);
}

/* A switch the MIR decides by a constant takes one edge (tests/data/unreachable-const, rustc
 * 1.95.0: `_24 = const false; switchInt(move _24) -> [0: bb12, otherwise: bb11];`, bb11 the
 * only way to Suspend1), and only when the value at the switch is proved: edits that leave
 * it unproved keep every edge (no finding). */
START_TEST(constant_switch) {
  const char *sw = "switchInt(move _24) -> [0: bb12, otherwise: bb11];";
  ck_assert_uint_eq(if_false_unreachable("", ""), 1);
  ck_assert_uint_eq(if_false_unreachable(sw, "switchInt(const false) -> [0: bb12, otherwise: bb11];"), 1);
  ck_assert_uint_eq(if_false_unreachable(sw, "switchInt(move _24) -> [false: bb12, otherwise: bb11];"), 1);
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const 0_u8;"), 1);
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const 000_usize;"), 1);
  /* true: otherwise, into the await */
  ck_assert_uint_eq(if_false_unreachable(sw, "switchInt(const true) -> [0: bb12, otherwise: bb11];"), 0);
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const true;"), 0);
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const 2_u8;"), 0);
  /* values the dump does not give, or a negative one (its arm prints the unsigned bits) */
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const OFF;"), 0);
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const -0_i8;"), 0);
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const 0_f32;"), 0);
  ck_assert_uint_eq(if_false_unreachable(sw, "switchInt(const OFF) -> [0: bb12, otherwise: bb11];"), 0);
  /* a second write, before or after; a borrow; a copy of it; a projection written */
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const false;\n        _24 = copy _4;"), 0);
  ck_assert_uint_eq(if_false_unreachable("StorageLive(_24);", "StorageLive(_24);\n        _24 = const true;"), 0);
  ck_assert_uint_eq(if_false_unreachable("_43 = copy _4;", "_43 = copy _4;\n        _24 = const true;"), 0);
  ck_assert_uint_eq(if_false_unreachable("_23 = const ();", "_23 = const ();\n        _22 = &mut _24;"), 0);
  ck_assert_uint_eq(if_false_unreachable("_23 = const ();", "_23 = const ();\n        _9 = copy _24;"), 0);
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;", "_24 = const false;\n        (_24.0: u8) = const 1_u8;"), 0);
  /* the constant in another block than the switch */
  ck_assert_uint_eq(if_false_unreachable("_24 = const false;\n        switchInt",
                                         "_24 = const false;\n        goto -> bb41;\n    }\n\n"
                                         "    bb41: {\n        switchInt"), 0);
  /* a switch on another local, copied from the constant one */
  ck_assert_uint_eq(if_false_unreachable(sw, "_9 = copy _24;\n        switchInt(move _9) -> [0: bb12, otherwise: bb11];"), 0);
}
END_TEST

/* A switch on a comparison of two literals is decided as one on a constant is
 * (tests/data/unreachable-const, rustc 1.95.0: cmp_gt `_24 = Gt(const 1_i32, const 2_i32);
 * switchInt(move _24) -> [0: bb12, otherwise: bb11];`): exact on signed and unsigned literals
 * of any width, and on bools; anything else keeps every edge. */
static size_t cmp_gt_unreachable(const char *to) {
  return unreachable_after_edit("cmp_gt", "_24 = Gt(const 1_i32, const 2_i32);", to);
}

START_TEST(constant_comparison_switch) {
  ck_assert_uint_eq(unreachable_after_edit("cmp_gt", "", ""), 1);
  ck_assert_uint_eq(unreachable_after_edit("cmp_signed", "", ""), 1);    /* -3 >= 2 (i64) */
  ck_assert_uint_eq(unreachable_after_edit("cmp_true_else", "", ""), 1); /* 200 > 7 (u8) */
  ck_assert_uint_eq(unreachable_after_edit("bool_and", "", ""), 1);      /* true & false */
  /* not constant: a local operand, a call's result, a type's extreme printed as a path */
  ck_assert_uint_eq(unreachable_after_edit("cmp_runtime", "", ""), 0);
  ck_assert_uint_eq(unreachable_after_edit("size_of_eq", "", ""), 0);
  ck_assert_uint_eq(unreachable_after_edit("cmp_max", "", ""), 0);
  /* each operator, false (1: Suspend1 dead) and true (0) */
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 2_i32, const 2_i32);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 3_i32, const 2_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Ge(const 1_i32, const 2_i32);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Ge(const 2_i32, const 2_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Lt(const 2_i32, const 2_i32);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Lt(const 1_i32, const 2_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Le(const 3_i32, const 2_i32);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Le(const 2_i32, const 2_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Eq(const 12_i32, const 2_i32);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Eq(const 2_i32, const 2_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Ne(const 0_i32, const 0_i32);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Ne(const 0_i32, const 10_i32);"), 0);
  /* signs: by value, not by the bits or the text */
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const -3_i64, const 2_i64);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Lt(const -3_i64, const -4_i64);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const -3_i64, const -4_i64);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Lt(const -10_i8, const -9_i8);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 9_u8, const 10_u8);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 200_u8, const 7_u8);"), 0);
  /* wider than any C integer */
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 18446744073709551615_u128, "
                                       "const 18446744073709551616_u128);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 18446744073709551616_u128, "
                                       "const 18446744073709551615_u128);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Lt(const -170141183460469231731687303715884105727_i128, "
                                       "const -170141183460469231731687303715884105726_i128);"), 0);
  /* bools */
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const false, const true);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Lt(const false, const true);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Eq(const true, const false);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = BitOr(const false, const false);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = BitOr(const true, const false);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = BitXor(const true, const true);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = BitXor(const true, const false);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = BitAnd(const true, const true);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Not(const true);"), 1);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Not(const false);"), 0);
  /* not read: two types, no suffix, a sign on an unsigned type, names, chars, floats, a
   * local operand, integer bit operations, other operators */
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 1_i32, const 2_i64);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 1_i32, const 2);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 1, const 2);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 0_i32, const false);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Lt(const -7_u8, const 0_u8);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const OFF, const 2_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Lt(const i32::MIN, const 2_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 'a', const 'b');"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 1f64, const 2f64);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 1_f64, const 2_f64);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(copy _3, const 2_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 1_i32, move _3);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Not(const 1_u8);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = BitAnd(const 1_u8, const 2_u8);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Sub(const 1_i32, const 1_i32);"), 0);
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Cmp(const 1_i32, const 2_i32);"), 0);
  /* written again, or read elsewhere: as for a constant */
  ck_assert_uint_eq(cmp_gt_unreachable("_24 = Gt(const 1_i32, const 2_i32);\n        _24 = copy _4;"), 0);
  ck_assert_uint_eq(unreachable_after_edit("cmp_gt", "StorageLive(_24);",
                                           "StorageLive(_24);\n        _24 = Lt(const 1_i32, const 2_i32);"), 0);
}
END_TEST

/* `switchInt(move _26) -> bb33;`: a switch printed with its one (otherwise) target, from drop
 * elaboration of a one-variant enum partly moved out (tests/data/switch-one-target, rustc
 * 1.95.0 -O; found in reqwest 0.11).  Parsed as a switch whose otherwise arm is that block, the
 * body keeps its ready and unwind transitions (a parse error used to cut them). */
START_TEST(switch_with_one_target) {
  static const char *const F[] = {
      "tests/data/switch-one-target/mir_dump/one_target.f-{closure#0}.-------.coroutine_resume.0.mir"};
  ms_crate *c = load(F, 1);
  const ms_coroutine *co = by_path(c, "f::{closure#0}");
  ck_assert_uint_eq(ms_co_transition_count(co), 6);
  ck_assert(has_transition(co, "Suspend0", "Returned", "ready"));
  ck_assert(has_transition(co, "Suspend0", "Panicked", "unwind"));
  ck_assert(has_transition(co, "Unresumed", "Returned", "ready"));
  ck_assert_int_eq(ms_co_code_redundant(co), 26); /* two poison arms at 13 B */
  ms_crate_free(c);
}
END_TEST

/* Branch awaits that continue the same way (corpus/src/collapse.rs). */
START_TEST(duplicate_suspend_points) {
  static const char *const F[] = {
      "corpus/stable/collapse/mir_dump/collapse.b-{closure#0}.-------.coroutine_resume.0.mir",
      "corpus/stable/collapse/mir_dump/collapse.c-{closure#0}.-------.coroutine_resume.0.mir",
      "corpus/stable/collapse/mir_dump/collapse.d-{closure#0}.-------.coroutine_resume.0.mir",
      "corpus/stable/collapse/mir_dump/collapse.e-{closure#0}.-------.coroutine_resume.0.mir",
      "corpus/stable/collapse/mir_dump/collapse.a-{closure#0}.-------.coroutine_resume.0.mir",
  };
  ms_crate *c = load(F, 5);
  ck_assert_uint_eq(count_findings(by_path(c, "b::{closure#0}"), "duplicate-suspend"), 1);
  ck_assert_uint_eq(count_findings(by_path(c, "c::{closure#0}"), "duplicate-suspend"), 1);
  ck_assert_uint_eq(count_findings(by_path(c, "d::{closure#0}"), "duplicate-suspend"), 3);
  ck_assert_uint_eq(count_findings(by_path(c, "e::{closure#0}"), "duplicate-suspend"), 2);
  ck_assert_uint_eq(count_findings(by_path(c, "a::{closure#0}"), "duplicate-suspend"), 0);
  /* in c, the two branch awaits (Suspend1, Suspend2) merge; the two awaits of b do not */
  const ms_coroutine *co = by_path(c, "c::{closure#0}");
  for (size_t f = 0; f < ms_co_finding_count(co); f++)
    if (!strcmp(ms_co_finding_class(co, f), "duplicate-suspend"))
      ck_assert_str_eq(ms_co_state_name(co, (size_t)ms_co_finding_state(co, f)), "Suspend2");
  ms_crate_free(c);
}
END_TEST

/* Branch awaits followed by the same calls in another order or with the awaited value in
 * another operand are not duplicates; the same continuation on other temporaries (or on
 * another saved local at the same position) is (tests/data/dup-suspend-order/o.rs). */
START_TEST(duplicate_suspend_order) {
  static const char *const names[] = {"sub_order", "arg_order", "call_order",
                                      "same_sub",  "same_args", "same_calls"};
  char files[6][160];
  const char *F[6];
  for (size_t i = 0; i < 6; i++) {
    snprintf(files[i], sizeof files[i],
             "tests/data/dup-suspend-order/mir_dump/dup_order.%s-{closure#0}.-------."
             "coroutine_resume.0.mir", names[i]);
    F[i] = files[i];
  }
  ms_crate *c = load(F, 6);
  for (size_t i = 0; i < 6; i++) {
    char path[64];
    snprintf(path, sizeof path, "%s::{closure#0}", names[i]);
    const ms_coroutine *co = by_path(c, path);
    ck_assert_msg(count_findings(co, "duplicate-suspend") == (i < 3 ? 0u : 1u), "%s", path);
    for (size_t f = 0; f < ms_co_finding_count(co); f++)
      if (!strcmp(ms_co_finding_class(co, f), "duplicate-suspend"))
        ck_assert_str_eq(ms_co_state_name(co, (size_t)ms_co_finding_state(co, f)), "Suspend1");
  }
  ms_crate_free(c);
}
END_TEST

/* rustc 1.63 (before 2023): async bodies are generators `[static generator@..]` resumed with
 * `_2: ResumeTy`, awaits yield `GeneratorState::Yielded`, layouts print no spans, and
 * -Zprint-type-sizes sizes only `GenFuture<[static generator@..]>` (tests/data/era-163). */
static const ms_coroutine *by_prefix(const ms_crate *c, const char *prefix) {
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    if (!strncmp(ms_co_def_path(ms_crate_coroutine(c, i)), prefix, strlen(prefix)))
      return ms_crate_coroutine(c, i);
  ck_abort_msg("no coroutine %s...", prefix);
  return NULL;
}

static long state_named(const ms_coroutine *co, const char *name) {
  for (size_t s = 0; s < ms_co_state_count(co); s++)
    if (!strcmp(ms_co_state_name(co, s), name)) return (long)s;
  ck_abort_msg("no state %s", name);
  return -1;
}

START_TEST(era_163_async_bodies) {
  static const char *const F[] = {"bare-{closure#0}", "block-{closure#0}-{closure#0}", "block-{closure#0}",
                                  "held-{closure#0}", "konst-{closure#0}", "pass-{closure#0}",
                                  "{impl#1}-get-{closure#0}"};
  ms_crate *c = ms_crate_new(NULL);
  for (size_t i = 0; i < sizeof F / sizeof *F; i++) {
    char path[512];
    snprintf(path, sizeof path,
             "%s/tests/data/era-163/163/mir_dump/era163.%s.-------.generator_resume.0.mir", SRCDIR, F[i]);
    const char *err = NULL;
    ms_doc *d = ms_doc_parse_file(path, &err);
    ck_assert_msg(d != NULL, "%s: %s", path, err ? err : "?");
    ck_assert_uint_eq(ms_doc_error_count(d), 0);
    ms_crate_add_doc(c, d);
    ms_doc_free(d);
  }
  ck_assert_int_gt(ms_crate_add_type_sizes_file(c, SRCDIR "/tests/data/era-163/163/type-sizes.txt", NULL), 0);
  ms_crate_finish(c);
  ck_assert_uint_eq(ms_crate_coroutine_count(c), 7);
  /* kinds: an async fn moves each captured parameter into a local declared at it */
  ck_assert_str_eq(ms_co_kind(by_path(c, "held::{closure#0}")), "async_fn");
  ck_assert_str_eq(ms_co_kind(by_prefix(c, "<impl at src/lib.rs:24:1: 26:2>::get::{closure#0}")), "async_fn");
  ck_assert_str_eq(ms_co_kind(by_path(c, "block::{closure#0}")), "async_block");
  ck_assert_str_eq(ms_co_kind(by_path(c, "block::{closure#0}::{closure#0}")), "async_block");
  ck_assert_str_eq(ms_co_kind(by_path(c, "pass::{closure#0}")), "async_fn");
  ck_assert_str_eq(ms_co_kind(by_path(c, "konst::{closure#0}")), "async_fn");
  /* no capture: printed as an async fn's body would be (an async block to rustc 1.95) */
  ck_assert_str_eq(ms_co_kind(by_path(c, "bare::{closure#0}")), "async_fn");
  /* awaits are pending, completion ready */
  const ms_coroutine *held = by_path(c, "held::{closure#0}");
  ck_assert(has_transition(held, "Unresumed", "Suspend0", "pending"));
  ck_assert(has_transition(held, "Suspend0", "Suspend1", "pending"));
  ck_assert(has_transition(held, "Suspend1", "Returned", "ready"));
  for (size_t t = 0; t < ms_co_transition_count(held); t++)
    ck_assert_str_ne(ms_co_transition_via(held, t), "yield");
  /* await spans from the debug lines' comments: the whole `tick().await` */
  ck_assert_str_eq(ms_co_await_span(held, (size_t)state_named(held, "Suspend0")), "src/lib.rs:16:13: 16:25");
  ck_assert_str_eq(ms_co_await_span(held, (size_t)state_named(held, "Suspend1")), "src/lib.rs:17:13: 17:25");
  /* exact sizes from GenFuture<[static generator@..]>; states from the layout computed at that size */
  ck_assert_int_eq(ms_co_size(held), 96);
  ck_assert_int_eq(ms_co_size_source(held), MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(ms_co_state_bytes(held, (size_t)state_named(held, "Suspend1")), 89);
  ck_assert_int_eq(ms_co_size(by_path(c, "block::{closure#0}")), 32);
  ck_assert_int_eq(ms_co_size_source(by_path(c, "block::{closure#0}")), MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(ms_co_size(by_path(c, "konst::{closure#0}")), 1);
  /* findings as for later dumps */
  ck_assert_uint_eq(count_findings(by_path(c, "pass::{closure#0}"), "passthrough"), 1);
  ck_assert_uint_eq(count_findings(by_path(c, "block::{closure#0}::{closure#0}"), "passthrough"), 1);
  ck_assert_uint_eq(count_findings(held, "passthrough"), 0);
  ck_assert_uint_eq(count_findings(held, "held-across-await"), 1);
  ms_crate_free(c);
}
END_TEST

/* A directory holding the same body in two passes and its drop shim. */
START_TEST(pass_selection) {
  static const char *const P[] = {SRCDIR "/tests/data/passes"};
  ms_inputs *in = ms_inputs_collect(P, 1, NULL, NULL);
  ck_assert_ptr_nonnull(in);
  ck_assert_uint_eq(ms_inputs_count(in), 1);
  ck_assert_ptr_nonnull(strstr(ms_inputs_path(in, 0), ".coroutine_resume.0.mir"));
  ck_assert_uint_eq(ms_inputs_skipped(in), 3);
  ms_inputs_free(in);
  /* the same without pass numbers (-Zdump-mir-exclude-pass-number): was five bodies read */
  static const char *const Q[] = {SRCDIR "/tests/data/passes-nonum"};
  in = ms_inputs_collect(Q, 1, NULL, NULL);
  ck_assert_ptr_nonnull(in);
  ck_assert_uint_eq(ms_inputs_count(in), 1);
  ck_assert_ptr_nonnull(strstr(ms_inputs_path(in, 0), ".coroutine_resume.0.mir"));
  ck_assert_uint_eq(ms_inputs_skipped(in), 4);
  ms_inputs_free(in);
  /* a file given twice, and with its directory: read once, nothing counted as skipped */
  static const char *const R[] = {
      SRCDIR "/tests/data/passes-nonum/mir_dump/a.add-{closure#0}.coroutine_resume.0.mir",
      SRCDIR "/tests/data/passes-nonum",
      SRCDIR "/tests/data/passes-nonum/mir_dump/a.add-{closure#0}.coroutine_resume.0.mir"};
  in = ms_inputs_collect(R, 3, NULL, NULL);
  ck_assert_ptr_nonnull(in);
  ck_assert_uint_eq(ms_inputs_count(in), 1);
  ck_assert_uint_eq(ms_inputs_skipped(in), 4);
  ms_inputs_free(in);
}
END_TEST

/* --emit=mir output and -Zdump-mir dumps of one build: each body once, from its dump (the
 * layout printed), in whichever order they come. */
START_TEST(emit_and_dump_given_twice) {
  static const char *const F[] = {
      "tests/data/unsized-param/u.mir",
      "tests/data/unsized-param/mir_dump/u.Dflt-go-{closure#0}.-------.coroutine_resume.0.mir",
      "tests/data/unsized-param/mir_dump/u.leaf-{closure#0}.-------.coroutine_resume.0.mir",
      "tests/data/unsized-param/mir_dump/u.show-{closure#0}.-------.coroutine_resume.0.mir",
      "tests/data/unsized-param/mir_dump/u.use_both-{closure#0}.-------.coroutine_resume.0.mir",
      "tests/data/unsized-param/u.mir"};
  for (int order = 0; order < 2; order++) {
    ms_crate *c = load(F + order, 5);
    ck_assert_uint_eq(ms_crate_coroutine_count(c), 4);
    for (size_t i = 0; i < 4; i++)
      ck_assert_ptr_nonnull(strstr(ms_co_file(ms_crate_coroutine(c, i)), "/mir_dump/"));
    ms_crate_free(c);
  }
  /* the emit file alone: all four, rebuilt */
  ms_crate *c = load(F, 1);
  ck_assert_uint_eq(ms_crate_coroutine_count(c), 4);
  ms_crate_free(c);
}
END_TEST

/* A target given without a pointer width implies it (an embedder's thumb crate was sized with
 * 64-bit pointers); a width given wins; an invalid one falls back. */
typedef struct {
  char msg[512];
  unsigned line, col, calls;
} Warned;

static void on_warning(const char *path, const char *msg, void *user) {
  Warned *w = user;
  (void)path;
  snprintf(w->msg, sizeof w->msg, "%s", msg);
  w->calls++;
}

static void on_warning_at(const char *path, unsigned line, unsigned col, const char *msg, void *user) {
  Warned *w = user;
  (void)path;
  snprintf(w->msg, sizeof w->msg, "%s", msg);
  w->line = line;
  w->col = col;
  w->calls++;
}

/* A body not modelled is warned about at its `fn` line: through on_warning_at when set (the
 * line as a position), else through on_warning with the line in the message. */
START_TEST(warning_at_the_body) {
  const char *err = NULL;
  ms_doc *doc = ms_doc_parse_file(SRCDIR "/tests/data/truncated/between-blocks.mir", &err);
  ck_assert_ptr_nonnull(doc);
  for (int at = 0; at < 2; at++) {
    Warned w = {0};
    ms_crate_options o = {.on_warning = on_warning, .on_warning_at = at ? on_warning_at : NULL,
                          .warning_user = &w};
    ms_crate *c = ms_crate_new(&o);
    ck_assert_uint_eq(ms_crate_add_doc(c, doc), 0);
    ck_assert_uint_eq(ms_crate_dropped_count(c), 1);
    ck_assert_uint_eq(w.calls, 1);
    if (at) {
      ck_assert_uint_eq(w.line, 116);
      ck_assert_uint_eq(w.col, 1);
      ck_assert_ptr_null(strstr(w.msg, "line 116"));
    } else {
      ck_assert_ptr_nonnull(strstr(w.msg, "(coroutine_resume, line 116)"));
    }
    ms_crate_free(c);
  }
  ms_doc_free(doc);
}
END_TEST

/* on_warning_about: a warning says the body it is about, and its coroutine once the crate
 * is finished (a type-size table whose entries for `add` do not fit its saved locals); a
 * body not modelled by its def path alone, at its line. */
typedef struct {
  char msg[512], def_path[128];
  const ms_coroutine *co;
  unsigned line, calls, about_body;
} About;

static void on_warning_about(const ms_warning *w, void *user) {
  About *a = user;
  snprintf(a->msg, sizeof a->msg, "%s", w->message);
  snprintf(a->def_path, sizeof a->def_path, "%s", w->def_path ? w->def_path : "");
  a->co = w->coroutine;
  a->line = w->line;
  a->calls++;
  a->about_body += w->def_path != NULL;
}

START_TEST(warning_about_a_body) {
  static const char UNFIT[] = /* tests/data/add.type-sizes-unfit.txt */
      "print-type-size type: `{async fn body of add()}`: 200 bytes, alignment: 8 bytes\n"
      "print-type-size     discriminant: 1 bytes\n"
      "print-type-size     variant `Unresumed`: 16 bytes\n"
      "print-type-size         upvar `.a`: 4 bytes, offset: 0 bytes, alignment: 4 bytes\n"
      "print-type-size         upvar `.b`: 8 bytes, offset: 8 bytes, alignment: 8 bytes\n"
      "print-type-size     variant `Suspend0`: 199 bytes\n"
      "print-type-size         local `.buf`: 32 bytes\n"
      "print-type-size type: `{async fn body of add()}`: 300 bytes, alignment: 8 bytes\n"
      "print-type-size     discriminant: 1 bytes\n"
      "print-type-size     variant `Unresumed`: 16 bytes\n"
      "print-type-size         upvar `.a`: 4 bytes, offset: 0 bytes, alignment: 4 bytes\n"
      "print-type-size         upvar `.b`: 8 bytes, offset: 8 bytes, alignment: 8 bytes\n"
      "print-type-size     variant `Suspend0`: 299 bytes\n"
      "print-type-size         local `.buf`: 16 bytes\n";
  const char *err = NULL;
  ms_doc *doc = ms_doc_parse_file(SRCDIR "/tests/data/add.coroutine_resume.mir", &err);
  ck_assert_ptr_nonnull(doc);
  About a = {0};
  ms_crate_options o = {.on_warning_about = on_warning_about, .warning_user = &a};
  ms_crate *c = ms_crate_new(&o);
  ck_assert_int_eq(ms_crate_add_type_sizes(c, UNFIT, sizeof UNFIT - 1), 2);
  ck_assert_uint_eq(ms_crate_add_doc(c, doc), 1);
  ms_crate_finish(c);
  ck_assert_uint_eq(a.calls, 1);
  ck_assert_ptr_nonnull(strstr(a.msg, "none of the 2 -Zprint-type-sizes entries"));
  ck_assert_str_eq(a.def_path, "add::{closure#0}");
  ck_assert_ptr_eq(a.co, ms_crate_coroutine(c, 0));
  ck_assert_uint_eq(a.line, 0);
  ms_crate_free(c);
  ms_doc_free(doc);

  doc = ms_doc_parse_file(SRCDIR "/tests/data/truncated/between-blocks.mir", &err);
  ck_assert_ptr_nonnull(doc);
  a = (About){0};
  c = ms_crate_new(&o);
  ck_assert_uint_eq(ms_crate_add_doc(c, doc), 0);
  ck_assert_uint_eq(a.calls, 1);
  ck_assert_str_eq(a.def_path, "add::{closure#0}");
  ck_assert_ptr_null(a.co);
  ck_assert_uint_eq(a.line, 116);
  ck_assert_ptr_null(strstr(a.msg, "line 116"));
  ms_crate_free(c);
  ms_doc_free(doc);
}
END_TEST

START_TEST(target_implies_pointer_width) {
  ck_assert_int_eq(ms_target_pointer_width("thumbv7em-none-eabihf"), 32);
  ck_assert_int_eq(ms_target_pointer_width("x86_64-unknown-linux-gnu"), 64);
  ck_assert_int_eq(ms_target_pointer_width("avr-unknown-gnu-atmega328"), 16);
  ck_assert_int_eq(ms_target_pointer_width("x86_64-unknown-linux-gnux32"), 32);
  ck_assert_int_eq(ms_target_pointer_width("mystery-none"), 0);
  ck_assert_int_eq(ms_target_pointer_width(NULL), 0);
  static const struct {
    const char *target;
    int given, want;
  } C[] = {{"thumbv7em-none-eabihf", 0, 32}, {"thumbv7em-none-eabihf", 13, 32},
           {"thumbv7em-none-eabihf", 64, 64}, {NULL, 0, 64}, {"mystery-none", 0, 64},
           {NULL, 16, 16}};
  for (size_t i = 0; i < sizeof C / sizeof *C; i++) {
    ms_crate_options o = {.target = C[i].target, .pointer_width = C[i].given};
    ms_crate *c = ms_crate_new(&o);
    char *out = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&out, &len);
    ms_crate_finish(c);
    ck_assert_int_eq(ms_crate_write_json(c, m), 0);
    fclose(m);
    char want[64];
    snprintf(want, sizeof want, "\"pointer_width\": %d", C[i].want);
    ck_assert_msg(strstr(out, want) != NULL, "case %zu: %.200s", i, out);
    free(out);
    ms_crate_free(c);
  }
}
END_TEST

/* The crate of cargo's --emit=mir file `deps/NAME-HASH.mir` is NAME. */
START_TEST(crate_of_cargo_emit_file) {
  FILE *f = fopen(SRCDIR "/tests/data/emit-mir/lib.mir", "rb");
  ck_assert_ptr_nonnull(f);
  static char text[1 << 16];
  size_t len = fread(text, 1, sizeof text, f);
  fclose(f);
  ck_assert_uint_lt(len, sizeof text);
  static const char *const names[][2] = {{"target/debug/deps/lib-0123456789abcdef.mir", "lib"},
                                         {"lib-0123456789abcde.mir", "lib-0123456789abcde"},
                                         {"lib-0123456789abcdeg.mir", "lib-0123456789abcdeg"},
                                         {"lib.mir", "lib"}};
  for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
    ms_doc *e = ms_doc_parse(names[k][0], text, len);
    ms_crate *c = ms_crate_new(NULL);
    ms_crate_add_doc(c, e);
    ms_doc_free(e);
    ms_crate_finish(c);
    ck_assert_uint_gt(ms_crate_coroutine_count(c), 0);
    char cr[64];
    ms_co_crate(ms_crate_coroutine(c, 0), cr, sizeof cr);
    ck_assert_str_eq(cr, names[k][1]);
    ms_crate_free(c);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("model");
  TCase *tc = tcase_create("model");
  tcase_add_test(tc, add_states_and_transitions);
  tcase_add_test(tc, constant_switch);
  tcase_add_test(tc, constant_comparison_switch);
  tcase_add_test(tc, constant_async_fn);
  tcase_add_test(tc, duplicate_suspend_points);
  tcase_add_test(tc, duplicate_suspend_order);
  tcase_add_test(tc, pass_selection);
  tcase_add_test(tc, unreachable_states);
  tcase_add_test(tc, switch_with_one_target);
  tcase_add_test(tc, era_163_async_bodies);
  tcase_add_test(tc, emit_and_dump_given_twice);
  tcase_add_test(tc, crate_of_cargo_emit_file);
  tcase_add_test(tc, target_implies_pointer_width);
  tcase_add_test(tc, warning_at_the_body);
  tcase_add_test(tc, warning_about_a_body);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
