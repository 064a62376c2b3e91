/* Unit tests (check) for the IR API of mirscope.h. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <mirscope/mirscope.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* A trimmed real coroutine_resume dump (rustc 1.95, `async fn add`). */
static const char ADD[] =
    "// MIR for `add::{closure#0}` 0 coroutine_resume\n"
    "/* coroutine_layout = CoroutineLayout {\n"
    "    field_tys: {\n"
    "        _s0: CoroutineSavedTy {\n"
    "            ty: &'{erased} u32,\n"
    "            source_info: SourceInfo {\n"
    "                span: a.rs:5:26: 5:27 (#0),\n"
    "                scope: scope[1],\n"
    "            },\n"
    "            ignore_for_traits: false,\n"
    "        },\n"
    "        _s1: CoroutineSavedTy {\n"
    "            ty: Coroutine(\n"
    "                DefId(0:10 ~ a[385e]::leaf::{closure#0}),\n"
    "                [\n"
    "                    (),\n"
    "                    u32,\n"
    "                ],\n"
    "            ),\n"
    "            source_info: SourceInfo {\n"
    "                span: a.rs:8:13: 8:26 (#15),\n"
    "                scope: scope[4],\n"
    "            },\n"
    "            ignore_for_traits: false,\n"
    "        },\n"
    "    },\n"
    "    variant_fields: {\n"
    "        Unresumed(0): [],\n"
    "        Returned (1): [],\n"
    "        Panicked (2): [],\n"
    "        Suspend0 (3): [_s0, _s1],\n"
    "    },\n"
    "    storage_conflicts: BitMatrix(2x2) {\n"
    "        (_s0, _s0),\n"
    "        (_s0, _s1),\n"
    "        (_s1, _s0),\n"
    "        (_s1, _s1),\n"
    "    },\n"
    "} */\n"
    "\n"
    "fn add::{closure#0}(_1: Pin<&mut {async fn body of add()}>, _2: &mut Context<'_>) -> "
    "Poll<u32> {\n"
    "    debug _task_context => _2;\n"
    "    debug a => ((*_5).0: u32);\n"
    "    let mut _0: std::task::Poll<u32>;\n"
    "    let _3: u32;\n"
    "    let mut _4: u32;\n"
    "    let mut _5: &mut {async fn body of add()};\n"
    "    scope 1 {\n"
    "        debug b => (((*_5) as variant#3).0: &u32);\n"
    "        scope 2 (inlined <u32 as Add>::add) {\n"
    "            let _6: u32;\n"
    "        }\n"
    "    }\n"
    "\n"
    "    bb0: {\n"
    "        _5 = copy (_1.0: &mut {async fn body of add()});\n"
    "        _4 = discriminant((*_5));\n"
    "        switchInt(move _4) -> [0: bb1, 1: bb4, 3: bb2, otherwise: bb3];\n"
    "    }\n"
    "\n"
    "    bb1: {\n"
    "        StorageLive(_3);\n"
    "        (((*_5) as variant#3).0: &u32) = copy ((*_5).1: &u32);\n"
    "        _3 = leaf(move _4) -> [return: bb2, unwind: bb5];\n"
    "    }\n"
    "\n"
    "    bb2: {\n"
    "        _0 = Poll::<u32>::Pending;\n"
    "        discriminant((*_5)) = 3;\n"
    "        return;\n"
    "    }\n"
    "\n"
    "    bb3: {\n"
    "        unreachable;\n"
    "    }\n"
    "\n"
    "    bb4: {\n"
    "        assert(const false, \"`async fn` resumed after completion\") -> [success: bb4, "
    "unwind continue];\n"
    "    }\n"
    "\n"
    "    bb5 (cleanup): {\n"
    "        discriminant((*_5)) = 2;\n"
    "        resume;\n"
    "    }\n"
    "}\n";

static ms_doc *parse(const char *s) {
  ms_doc *d = ms_doc_parse("t.mir", s, strlen(s));
  ck_assert_ptr_nonnull(d);
  return d;
}

START_TEST(body_identity) {
  ms_doc *d = parse(ADD);
  ck_assert_uint_eq(ms_doc_error_count(d), 0);
  ck_assert_uint_eq(ms_doc_body_count(d), 1);
  const ms_body *b = ms_doc_body(d, 0);
  ck_assert_str_eq(ms_body_def_path(b), "add::{closure#0}");
  ck_assert_str_eq(ms_body_name(b), "add::{closure#0}");
  ck_assert_str_eq(ms_body_pass(b), "coroutine_resume");
  ck_assert_int_eq(ms_body_disambiguator(b), 0);
  ck_assert_str_eq(ms_body_file(b), "t.mir");
  ck_assert_uint_eq(ms_body_line(b), 41);
  ck_assert_int_eq(ms_body_item_kind(b), MS_ITEM_FN);
  ck_assert_str_eq(ms_body_return_type(b), "Poll<u32>");
  ck_assert_ptr_null(ms_doc_body(d, 1));
  ms_doc_free(d);
}
END_TEST

START_TEST(locals_and_debug) {
  ms_doc *d = parse(ADD);
  const ms_body *b = ms_doc_body(d, 0);
  ck_assert_uint_eq(ms_body_param_count(b), 2);
  ck_assert_uint_eq(ms_body_local_count(b), 7); /* _1 _2 _0 _3 _4 _5 _6 */
  ck_assert_str_eq(ms_body_type_of(b, 1), "Pin<&mut {async fn body of add()}>");
  ck_assert_str_eq(ms_body_type_of(b, 2), "&mut Context<'_>");
  ck_assert_str_eq(ms_body_type_of(b, 0), "std::task::Poll<u32>");
  ck_assert_str_eq(ms_body_type_of(b, 6), "u32");
  ck_assert_ptr_null(ms_body_type_of(b, 99));
  ck_assert_int_eq(ms_body_local_mutable(b, 2), 1);
  ck_assert_int_eq(ms_body_local_mutable(b, 3), 0);
  ck_assert_uint_eq(ms_body_debug_count(b), 3);
  ck_assert_str_eq(ms_body_debug_name(b, 1), "a");
  const ms_place *p = ms_body_debug_place(b, 1);
  ck_assert_ptr_nonnull(p);
  ck_assert_int_eq(ms_place_local(p), 5);
  ck_assert_uint_eq(ms_place_proj_count(p), 2);
  ck_assert_int_eq(ms_place_proj_kind(p, 0), MS_PROJ_DEREF);
  ck_assert_int_eq(ms_place_proj_kind(p, 1), MS_PROJ_FIELD);
  ck_assert_int_eq(ms_place_proj_index(p, 1), 0);
  ck_assert_str_eq(ms_place_proj_text(p, 1), "u32");
  /* b lives in scope 1: field 0 of variant 3 */
  ck_assert_str_eq(ms_body_debug_name(b, 2), "b");
  ck_assert_uint_eq(ms_body_debug_scope(b, 2), 1);
  p = ms_body_debug_place(b, 2);
  ck_assert_uint_eq(ms_place_proj_count(p), 3);
  ck_assert_int_eq(ms_place_proj_kind(p, 1), MS_PROJ_DOWNCAST);
  ck_assert_int_eq(ms_place_proj_index(p, 1), 3);
  ck_assert_str_eq(ms_place_proj_text(p, 1), "variant#3");
  ck_assert_uint_eq(ms_body_scope_count(b), 3);
  ck_assert_str_eq(ms_body_scope_inlined(b, 2), "<u32 as Add>::add");
  ck_assert_int_eq(ms_body_scope_parent(b, 2), 1);
  ms_doc_free(d);
}
END_TEST

START_TEST(layout) {
  ms_doc *d = parse(ADD);
  const ms_layout *l = ms_body_layout(ms_doc_body(d, 0));
  ck_assert_ptr_nonnull(l);
  ck_assert_int_eq(ms_layout_era_of(l), MS_LAYOUT_COROUTINE);
  ck_assert_uint_eq(ms_layout_field_count(l), 2);
  ck_assert_str_eq(ms_layout_field_id(l, 0), "_s0");
  ck_assert_str_eq(ms_layout_field_type(l, 0), "&'{erased} u32");
  ck_assert_str_eq(ms_layout_field_span(l, 0), "a.rs:5:26: 5:27 (#0)");
  ck_assert_int_eq(ms_layout_field_scope(l, 0), 1);
  ck_assert_str_eq(ms_layout_field_type(l, 1),
                   "Coroutine(\n                DefId(0:10 ~ a[385e]::leaf::{closure#0}),\n"
                   "                [\n                    (),\n                    u32,\n"
                   "                ],\n            )");
  ck_assert_uint_eq(ms_layout_variant_count(l), 4);
  ck_assert_str_eq(ms_layout_variant_name(l, 1), "Returned");
  ck_assert_uint_eq(ms_layout_variant_discr(l, 3), 3);
  ck_assert_uint_eq(ms_layout_variant_field_count(l, 3), 2);
  ck_assert_uint_eq(ms_layout_variant_field(l, 3, 1), 1);
  ck_assert_uint_eq(ms_layout_conflict_rows(l), 2);
  ck_assert_uint_eq(ms_layout_conflict_count(l), 4);
  ck_assert_int_eq(ms_layout_conflicts(l, 0, 1), 1);
  ck_assert_int_eq(ms_layout_conflicts(l, 1, 2), 0);
  ms_doc_free(d);
}
END_TEST

START_TEST(blocks_and_terminators) {
  ms_doc *d = parse(ADD);
  const ms_body *b = ms_doc_body(d, 0);
  ck_assert_uint_eq(ms_body_block_count(b), 6);
  const ms_block *b0 = ms_body_block_by_index(b, 0);
  ck_assert_uint_eq(ms_block_stmt_count(b0), 2);
  const ms_stmt *s = ms_block_stmt(b0, 1);
  ck_assert_int_eq(ms_stmt_kind_of(s), MS_STMT_ASSIGN);
  ck_assert_int_eq(ms_stmt_rvalue_kind(s), MS_RV_CALL_LIKE);
  ck_assert_str_eq(ms_stmt_callee(s), "discriminant");
  ck_assert_str_eq(ms_stmt_text(s), "_4 = discriminant((*_5))");
  ck_assert_uint_eq(ms_stmt_line(s), 57);
  ck_assert_uint_eq(ms_stmt_col(s), 9);
  const ms_stmt *t = ms_block_terminator(b0);
  ck_assert_int_eq(ms_stmt_kind_of(t), MS_TERM_SWITCH_INT);
  ck_assert_uint_eq(ms_stmt_edge_count(t), 4);
  ck_assert_str_eq(ms_stmt_edge_label(t, 2), "3");
  ck_assert_uint_eq(ms_stmt_edge_target(t, 2), 2);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 3), MS_EDGE_OTHERWISE);
  ck_assert_str_eq(ms_stmt_operand(t, 0), "move _4");

  const ms_block *b1 = ms_body_block_by_index(b, 1);
  t = ms_block_terminator(b1);
  ck_assert_int_eq(ms_stmt_kind_of(t), MS_TERM_CALL);
  ck_assert_str_eq(ms_stmt_callee(t), "leaf");
  ck_assert_int_eq(ms_place_local(ms_stmt_place(t)), 3);
  ck_assert_uint_eq(ms_stmt_edge_count(t), 2);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 0), MS_EDGE_RETURN);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 1), MS_EDGE_UNWIND);
  ck_assert_uint_eq(ms_stmt_edge_target(t, 1), 5);
  ck_assert_int_eq(ms_stmt_unwind(t), MS_UNWIND_BLOCK);
  s = ms_block_stmt(b1, 1);
  ck_assert_int_eq(ms_stmt_kind_of(s), MS_STMT_ASSIGN);
  ck_assert_int_eq(ms_place_proj_index(ms_stmt_place(s), 1), 3);
  ck_assert_int_eq(ms_place_local(ms_stmt_operand_place(s, 0)), 5);

  const ms_block *b2 = ms_body_block_by_index(b, 2);
  ck_assert_int_eq(ms_stmt_rvalue_kind(ms_block_stmt(b2, 0)), MS_RV_PATH);
  ck_assert_str_eq(ms_stmt_callee(ms_block_stmt(b2, 0)), "Poll::<u32>::Pending");
  s = ms_block_stmt(b2, 1);
  ck_assert_int_eq(ms_stmt_kind_of(s), MS_STMT_SET_DISCRIMINANT);
  ck_assert_int_eq(ms_stmt_discriminant(s), 3);
  ck_assert_int_eq(ms_stmt_kind_of(ms_block_terminator(b2)), MS_TERM_RETURN);

  const ms_block *b4 = ms_body_block_by_index(b, 4);
  t = ms_block_terminator(b4);
  ck_assert_int_eq(ms_stmt_kind_of(t), MS_TERM_ASSERT);
  ck_assert_str_eq(ms_stmt_message(t), "\"`async fn` resumed after completion\"");
  ck_assert_int_eq(ms_stmt_unwind(t), MS_UNWIND_CONTINUE);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 0), MS_EDGE_SUCCESS);

  const ms_block *b5 = ms_body_block_by_index(b, 5);
  ck_assert_int_eq(ms_block_is_cleanup(b5), 1);
  ck_assert_int_eq(ms_block_is_cleanup(b4), 0);
  ck_assert_int_eq(ms_stmt_kind_of(ms_block_terminator(b5)), MS_TERM_RESUME);
  ck_assert_ptr_null(ms_body_block_by_index(b, 6));
  ms_doc_free(d);
}
END_TEST

/* The grammar takes rustc's own spelling of the most frequent lines as one token each
 * (`let mut _3:`, `bb1 (cleanup): {`, `StorageLive(_3);`, `goto -> bb1;`, `(_s0, _s1)`)
 * and any other spelling piece by piece: both must give the same IR. */
static const char SPELLED_RUSTC[] =
    "// MIR for `f` 0 built\n"
    "/* coroutine_layout = CoroutineLayout {\n"
    "    field_tys: {},\n"
    "    variant_fields: {},\n"
    "    storage_conflicts: BitMatrix(3x3) {\n"
    "        (_s0, _s2),\n"
    "        (_s2, _s0),\n"
    "    },\n"
    "} */\n"
    "fn f() -> u32 {\n"
    "    let mut _0: u32;\n"
    "    let _12: (u32, u32);\n"
    "    bb0: {\n"
    "        StorageLive(_12);\n"
    "        StorageDead(_12);\n"
    "        goto -> bb17;\n"
    "    }\n"
    "    bb17 (cleanup): {\n"
    "        resume;\n"
    "    }\n"
    "}\n";
static const char SPELLED_OTHER[] =
    "// MIR for `f` 0 built\n"
    "/* coroutine_layout = CoroutineLayout {\n"
    "    field_tys: {},\n"
    "    variant_fields: {},\n"
    "    storage_conflicts: BitMatrix(3x3) {\n"
    "        ( _s0 ,_s2),\n"
    "        (_s2,  _s0),\n"
    "    },\n"
    "} */\n"
    "fn f() -> u32 {\n"
    "    let  mut _0 : u32;\n"
    "    let\t_12 :(u32, u32);\n"
    "    bb0 : {\n"
    "        StorageLive( _12 );\n"
    "        StorageDead(_12) ;\n"
    "        goto ->bb17;\n"
    "    }\n"
    "    bb17(cleanup):{\n"
    "        resume;\n"
    "    }\n"
    "}\n";

START_TEST(rustc_and_other_spellings_agree) {
  const char *texts[] = {SPELLED_RUSTC, SPELLED_OTHER};
  for (int k = 0; k < 2; k++) {
    ms_doc *d = parse(texts[k]);
    ck_assert_uint_eq(ms_doc_error_count(d), 0);
    const ms_body *b = ms_doc_body(d, 0);
    ck_assert_uint_eq(ms_body_local_count(b), 2);
    ck_assert_int_eq(ms_body_local_id(b, 0), 0);
    ck_assert_int_eq(ms_body_local_mutable(b, 0), 1);
    ck_assert_int_eq(ms_body_local_id(b, 1), 12);
    ck_assert_int_eq(ms_body_local_mutable(b, 1), 0);
    ck_assert_str_eq(ms_body_local_type(b, 1), "(u32, u32)");
    ck_assert_uint_eq(ms_body_block_count(b), 2);
    const ms_block *b0 = ms_body_block(b, 0), *b1 = ms_body_block(b, 1);
    ck_assert_uint_eq(ms_block_index(b0), 0);
    ck_assert_int_eq(ms_block_is_cleanup(b0), 0);
    ck_assert_uint_eq(ms_block_index(b1), 17);
    ck_assert_int_eq(ms_block_is_cleanup(b1), 1);
    ck_assert_uint_eq(ms_block_stmt_count(b0), 2);
    ck_assert_int_eq(ms_stmt_kind_of(ms_block_stmt(b0, 0)), MS_STMT_STORAGE_LIVE);
    ck_assert_int_eq(ms_stmt_kind_of(ms_block_stmt(b0, 1)), MS_STMT_STORAGE_DEAD);
    for (size_t i = 0; i < 2; i++) {
      const ms_place *pl = ms_stmt_place(ms_block_stmt(b0, i));
      ck_assert_ptr_nonnull(pl);
      ck_assert_int_eq(ms_place_local(pl), 12);
      ck_assert_uint_eq(ms_place_proj_count(pl), 0);
    }
    const ms_stmt *t = ms_block_terminator(b0);
    ck_assert_int_eq(ms_stmt_kind_of(t), MS_TERM_GOTO);
    ck_assert_uint_eq(ms_stmt_edge_count(t), 1);
    ck_assert_uint_eq(ms_stmt_edge_target(t, 0), 17);
    ck_assert_int_eq(ms_stmt_edge_kind(t, 0), MS_EDGE_GOTO);
    ck_assert_int_eq(ms_stmt_kind_of(ms_block_terminator(b1)), MS_TERM_RESUME);
    const ms_layout *l = ms_body_layout(b);
    ck_assert_ptr_nonnull(l);
    ck_assert_uint_eq(ms_layout_conflict_count(l), 2);
    ck_assert_int_eq(ms_layout_conflicts(l, 0, 2), 1);
    ck_assert_int_eq(ms_layout_conflicts(l, 2, 0), 1);
    ck_assert_int_eq(ms_layout_conflicts(l, 0, 1), 0);
    ms_doc_free(d);
  }
}
END_TEST

START_TEST(truncated_gives_diagnostics) {
  size_t cut = strlen(ADD) - 120; /* inside bb4 */
  ms_doc *d = ms_doc_parse("cut.mir", ADD, cut);
  ck_assert_ptr_nonnull(d);
  ck_assert_uint_gt(ms_doc_error_count(d), 0);
  const ms_diag *g = ms_doc_diag(d, 0);
  ck_assert_ptr_nonnull(g);
  ck_assert_str_eq(ms_diag_file(g), "cut.mir");
  ck_assert_uint_gt(ms_diag_line(g), 0);
  ck_assert_int_eq(ms_diag_severity(g), MS_SEV_ERROR);
  ms_doc_free(d);
}
END_TEST

START_TEST(unknown_statement_is_generic) {
  static const char T[] = "fn f() -> () {\n    let mut _0: ();\n\n    bb0: {\n"
                          "        FrobnicateNew(_0, 3);\n        nop;\n"
                          "        quux(_0) -> [return: bb1, unwind continue];\n    }\n"
                          "\n    bb1: {\n        return;\n    }\n}\n";
  ms_doc *d = parse(T);
  ck_assert_uint_eq(ms_doc_error_count(d), 0);
  ck_assert_uint_eq(ms_doc_unknown_count(d), 2);
  const ms_body *b = ms_doc_body(d, 0);
  ck_assert_str_eq(ms_body_def_path(b), "f");
  ck_assert_str_eq(ms_body_pass(b), "");
  const ms_block *b0 = ms_body_block(b, 0);
  ck_assert_int_eq(ms_stmt_kind_of(ms_block_stmt(b0, 0)), MS_STMT_UNKNOWN);
  ck_assert_str_eq(ms_stmt_word(ms_block_stmt(b0, 0)), "FrobnicateNew");
  const ms_stmt *t = ms_block_terminator(b0);
  ck_assert_int_eq(ms_stmt_kind_of(t), MS_TERM_UNKNOWN);
  ck_assert_uint_eq(ms_stmt_edge_target(t, 0), 1);
  ck_assert_int_eq(ms_diag_severity(ms_doc_diag(d, 0)), MS_SEV_WARNING);
  ms_doc_free(d);
}
END_TEST

START_TEST(empty_and_null) {
  ms_doc *d = ms_doc_parse("e.mir", "", 0);
  ck_assert_ptr_nonnull(d);
  ck_assert_uint_eq(ms_doc_body_count(d), 0);
  ck_assert_uint_eq(ms_doc_error_count(d), 0);
  ms_doc_free(d);
  ms_doc_free(NULL);
  const char *err = NULL;
  ck_assert_ptr_null(ms_doc_parse_file("/nonexistent/x.mir", &err));
  ck_assert_ptr_nonnull(err);
}
END_TEST

/* ms_diag_print writes what came from the input safe for a terminal: no raw ESC or BEL from a
 * file name, a message or a source line (an embedder's terminal took them as commands). */
START_TEST(diag_print_is_safe) {
  static const char text[] = "fn f() -> () {\n    bb0: {\n        _0 = \x1b]0;t\x07 \x1b[31m;\n"
                             "        return;\n    }\n}\n";
  ms_doc *d = ms_doc_parse("esc\x1b[2J.mir", text, sizeof text - 1);
  ck_assert_uint_gt(ms_doc_diag_count(d), 0);
  char *out = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&out, &len);
  ck_assert_ptr_nonnull(m);
  for (size_t i = 0; i < ms_doc_diag_count(d); i++) ms_diag_print(ms_doc_diag(d, i), m, 0);
  fclose(m);
  ck_assert_ptr_null(memchr(out, 0x1b, len));
  ck_assert_ptr_null(memchr(out, 0x07, len));
  ck_assert_ptr_nonnull(strstr(out, "esc\\x1b[2J.mir:3:"));
  free(out);
  ms_doc_free(d);
}
END_TEST

/* Whether s is valid UTF-8 (no overlong form, surrogate or code point past U+10FFFF). */
static bool valid_utf8(const char *str) {
  const unsigned char *s = (const unsigned char *)str;
  while (*s) {
    unsigned char b = *s++;
    size_t more = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2
                : b >= 0xf0 && b <= 0xf4 ? 3 : 4;
    if (more == 4) return false;
    unsigned long c = more == 0 ? b : more == 1 ? b & 0x1fu : more == 2 ? b & 0x0fu : b & 0x07u;
    for (size_t k = 0; k < more; k++, s++) {
      if ((*s & 0xc0) != 0x80) return false;
      c = c << 6 | (*s & 0x3fu);
    }
    if ((more == 2 && c < 0x800) || (more == 3 && c < 0x10000) || c > 0x10ffff ||
        (c >= 0xd800 && c <= 0xdfff))
      return false;
  }
  return true;
}

/* ms_diag_message quotes the input as ms_diag_print writes it: valid UTF-8 without control
 * bytes (until 2026-12-07 0x7f, 0x02, a lone 0xd0 came through raw: a trial's editor
 * side-car sent them on as malformed JSON), and ms_diag_print's line unchanged. */
START_TEST(diag_message_is_utf8) {
  static const char *const texts[] = {
      "fn f() -> () {\n    bb0: {\n        _0 = \x7f\x02\xd0 \xff\xfe \x1b[31m \xc2\x85 x;\n"
      "        return;\n    }\n}\n",
      "fn f() -> () {\n    bb0: {\n        \x01\x7f\xe6\x97\xa5\xe6\x9c\xac\xc0\xaf \xed\xa0\x80\n"
      "        return;\n    }\n}\n",
      "fn f() -> () {\n    bb0: {\n        _0 = \x80\x9f\xf5 \xe6\x97;\n        return;\n    }\n}\n",
      "\x7f\x02\xd0 ELF\x01\x01\x01\x00\x00\x00\n", /* cut after a NUL, the message quotes it */
  };
  static const size_t lens[] = {0, 0, 0, 14};
  for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
    size_t len = lens[t] ? lens[t] : strlen(texts[t]);
    ms_doc *d = ms_doc_parse("bytes.mir", texts[t], len);
    ck_assert_uint_gt(ms_doc_diag_count(d), 0);
    for (size_t i = 0; i < ms_doc_diag_count(d); i++) {
      const ms_diag *g = ms_doc_diag(d, i);
      const char *msg = ms_diag_message(g);
      ck_assert_msg(valid_utf8(msg), "text %zu diag %zu: not UTF-8: %s", t, i, msg);
      for (const unsigned char *c = (const unsigned char *)msg; *c; c++)
        ck_assert_msg((*c >= 0x20 && *c != 0x7f) || *c == '\t', "text %zu diag %zu: byte 0x%02x",
                      t, i, *c);
      /* the printed line: the message as it is */
      char *out = NULL;
      size_t olen = 0;
      FILE *m = open_memstream(&out, &olen);
      ck_assert_ptr_nonnull(m);
      ms_diag_print(g, m, 0);
      fclose(m);
      const char *sev = strstr(out, ": error: ") ? ": error: " : strstr(out, ": warning: ") ? ": warning: " : ": note: ";
      const char *at = strstr(out, sev);
      ck_assert_ptr_nonnull(at);
      at += strlen(sev);
      ck_assert_msg(!strncmp(at, msg, strlen(msg)) && at[strlen(msg)] == '\n',
                    "printed %s, message %s", out, msg);
      free(out);
    }
    ms_doc_free(d);
  }
  /* a quoted byte is escaped: `\x7f` in the message, not the byte */
  ms_doc *d = ms_doc_parse("bytes.mir", texts[0], strlen(texts[0]));
  bool quoted = false;
  for (size_t i = 0; i < ms_doc_diag_count(d); i++)
    quoted = quoted || strstr(ms_diag_message(ms_doc_diag(d, i)), "\\x7f\\x02\\xd0") != NULL;
  ck_assert(quoted);
  ms_doc_free(d);
}
END_TEST

START_TEST(pass_from_filename) {
  char out[64];
  ck_assert_int_eq(ms_pass_from_filename("a.add-{closure#0}.-------.coroutine_resume.0.mir", out,
                                         sizeof out), 1);
  ck_assert_str_eq(out, "coroutine_resume");
  ck_assert_int_eq(ms_pass_from_filename("d/a.add-{closure#0}.2-2-011.StateTransform.after.mir",
                                         out, sizeof out), 1);
  ck_assert_str_eq(out, "StateTransform.after");
  ck_assert_int_eq(ms_pass_from_filename("x/a.f.-------.coroutine_drop_proxy_async.0.mir", out,
                                         sizeof out), 1);
  ck_assert_str_eq(out, "coroutine_drop_proxy_async");
  ck_assert_int_eq(ms_pass_from_filename("notes.txt", out, sizeof out), 0);
  /* -Zdump-mir-exclude-pass-number: no number field */
  ck_assert_int_eq(ms_pass_from_filename("a.add-{closure#0}.coroutine_resume.0.mir", out,
                                         sizeof out), 1);
  ck_assert_str_eq(out, "coroutine_resume");
  ck_assert_int_eq(ms_pass_from_filename("a.add-{closure#0}.StateTransform.after.mir", out,
                                         sizeof out), 1);
  ck_assert_str_eq(out, "StateTransform.after");
  ck_assert_int_eq(ms_pass_from_filename("a.b-{closure#0}.SimplifyCfg-promote-consts.before.mir",
                                         out, sizeof out), 1);
  ck_assert_str_eq(out, "SimplifyCfg-promote-consts.before");
  ck_assert_int_eq(ms_pass_from_filename("core.ptr-drop_in_place.{x()}.PreCodegen.after.mir", out,
                                         sizeof out), 1);
  ck_assert_str_eq(out, "PreCodegen.after");
  /* not dump names: too few parts, an --emit=mir file, a version-like suffix */
  ck_assert_int_eq(ms_pass_from_filename("lib.mir", out, sizeof out), 0);
  ck_assert_int_eq(ms_pass_from_filename("a.after.mir", out, sizeof out), 0);
  ck_assert_int_eq(ms_pass_from_filename("a.b.v2.mir", out, sizeof out), 0);
}
END_TEST

/* Forms of rustc's printer read since issue 12 ("nothing lost"): match-guard and
 * region-annotated borrows, a callee printed as a constant, elided allocation bytes,
 * `upvar_start` in the layout, and paths whose first segment is `copy`/`move`/`const`. */
static const char BREADTH[] =
    "// MIR for `f` 0 nll\n"
    "/* coroutine_layout = CoroutineLayout {\n"
    "    upvar_start: _0,\n"
    "    field_tys: {\n"
    "        _s0: CoroutineSavedTy {\n"
    "            ty: u32,\n"
    "            source_info: SourceInfo {\n"
    "                span: a.rs:2:9: 2:10 (#0),\n"
    "                scope: scope[0],\n"
    "            },\n"
    "            ignore_for_traits: false,\n"
    "        },\n"
    "    },\n"
    "    variant_fields: {\n"
    "        Unresumed(0): [_s0],\n"
    "        Returned (1): [],\n"
    "        Panicked (2): [],\n"
    "    },\n"
    "    storage_conflicts: BitMatrix(1x1) {\n"
    "        (_s0, _s0),\n"
    "    },\n"
    "} */\n"
    "\n"
    "fn f(_1: [u32; 4], _3: usize) -> bool {\n"
    "    let mut _0: bool;\n"
    "\n"
    "    bb0: {\n"
    "        _4 = &shallow _2;\n"
    "        _5 = &fake shallow (_2.0: i32);\n"
    "        _2 = &'?2 _1[_3];\n"
    "        _6 = &'?3 mut _5;\n"
    "        _7 = copy::unsend::Client;\n"
    "        _7 = move::x::Y;\n"
    "        _7 = const::x::Y;\n"
    "        _8 = copy _7;\n"
    "        _8 = ConstValue(ZeroSized: fn(usize) -> bool {use_x})(move _9) -> "
    "[return: bb3, unwind: bb5];\n"
    "    }\n"
    "\n"
    "    bb3: {\n"
    "        return;\n"
    "    }\n"
    "\n"
    "    bb5 (cleanup): {\n"
    "        resume;\n"
    "    }\n"
    "}\n"
    "\n"
    "ALLOC0 (size: 8, align: 4) { .. }\n";

START_TEST(printer_breadth) {
  ms_doc *d = parse(BREADTH);
  ck_assert_uint_eq(ms_doc_error_count(d), 0);
  ck_assert_uint_eq(ms_doc_unknown_count(d), 0);
  ck_assert_uint_eq(ms_doc_diag_count(d), 0);
  ck_assert_uint_eq(ms_doc_body_count(d), 1); /* the elided allocation is no body */
  const ms_body *b = ms_doc_body(d, 0);
  const ms_layout *l = ms_body_layout(b);
  ck_assert_ptr_nonnull(l);
  ck_assert_int_eq(ms_layout_upvar_start(l), 0);
  ck_assert_uint_eq(ms_layout_field_count(l), 1);
  ck_assert_str_eq(ms_layout_field_id(l, 0), "_s0");
  ck_assert_uint_eq(ms_layout_variant_count(l), 3);
  ck_assert_uint_eq(ms_layout_variant_field_count(l, 0), 1);
  ck_assert_uint_eq(ms_layout_conflict_count(l), 1);

  const ms_block *b0 = ms_body_block_by_index(b, 0);
  ck_assert_uint_eq(ms_block_stmt_count(b0), 8);
  struct {
    const char *rvalue;
    long local;      /* base local of the borrowed place */
    size_t nproj;
  } refs[] = {
      {"&shallow _2", 2, 0},
      {"&fake shallow (_2.0: i32)", 2, 1},
      {"&'?2 _1[_3]", 1, 1},
      {"&'?3 mut _5", 5, 0},
  };
  for (size_t i = 0; i < 4; i++) {
    const ms_stmt *s = ms_block_stmt(b0, i);
    ck_assert_int_eq(ms_stmt_kind_of(s), MS_STMT_ASSIGN);
    ck_assert_int_eq(ms_stmt_rvalue_kind(s), MS_RV_REF);
    ck_assert_str_eq(ms_stmt_rvalue(s), refs[i].rvalue);
    ck_assert_uint_eq(ms_stmt_operand_count(s), 1);
    const ms_place *pl = ms_stmt_operand_place(s, 0);
    ck_assert_ptr_nonnull(pl);
    ck_assert_int_eq(ms_place_local(pl), refs[i].local);
    ck_assert_uint_eq(ms_place_proj_count(pl), refs[i].nproj);
  }
  const ms_place *ix = ms_stmt_operand_place(ms_block_stmt(b0, 2), 0);
  ck_assert_int_eq(ms_place_proj_kind(ix, 0), MS_PROJ_INDEX);
  ck_assert_int_eq(ms_place_proj_index(ix, 0), 3);
  ck_assert_int_eq(ms_place_local(ms_stmt_place(ms_block_stmt(b0, 2))), 2);

  const char *paths[] = {"copy::unsend::Client", "move::x::Y", "const::x::Y"};
  for (size_t i = 0; i < 3; i++) {
    const ms_stmt *s = ms_block_stmt(b0, 4 + i);
    ck_assert_int_eq(ms_stmt_rvalue_kind(s), MS_RV_PATH);
    ck_assert_str_eq(ms_stmt_callee(s), paths[i]);
    ck_assert_uint_eq(ms_stmt_operand_count(s), 0);
  }
  const ms_stmt *use = ms_block_stmt(b0, 7);
  ck_assert_int_eq(ms_stmt_rvalue_kind(use), MS_RV_USE);
  ck_assert_str_eq(ms_stmt_operand(use, 0), "copy _7");
  ck_assert_int_eq(ms_place_local(ms_stmt_operand_place(use, 0)), 7);

  const ms_stmt *t = ms_block_terminator(b0);
  ck_assert_int_eq(ms_stmt_kind_of(t), MS_TERM_CALL);
  ck_assert_str_eq(ms_stmt_callee(t), "ConstValue(ZeroSized: fn(usize) -> bool {use_x})");
  ck_assert_int_eq(ms_place_local(ms_stmt_place(t)), 8);
  ck_assert_uint_eq(ms_stmt_operand_count(t), 1);
  ck_assert_str_eq(ms_stmt_operand(t, 0), "move _9");
  ck_assert_int_eq(ms_place_local(ms_stmt_operand_place(t, 0)), 9);
  ck_assert_uint_eq(ms_stmt_edge_count(t), 2);
  ck_assert_uint_eq(ms_stmt_edge_target(t, 0), 3);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 0), MS_EDGE_RETURN);
  ck_assert_uint_eq(ms_stmt_edge_target(t, 1), 5);
  ck_assert_int_eq(ms_stmt_unwind(t), MS_UNWIND_BLOCK);
  ms_doc_free(d);

  /* a layout without the line, and none at all */
  d = parse(ADD);
  ck_assert_int_eq(ms_layout_upvar_start(ms_body_layout(ms_doc_body(d, 0))), -1);
  ms_doc_free(d);
  ck_assert_int_eq(ms_layout_upvar_start(NULL), -1);
}
END_TEST

/* Forms of older printers found in rustc's own tests/mir-opt expectations
 * (tests/eras/rustc): each reads into the IR like its modern spelling. */
static const char OLDER[] =
    "// MIR for `main` 0 nll\n"
    "\n"
    "fn main() -> () {\n"
    "    let mut _0: ();\n"
    "\n"
    "    bb0: {\n"
    "        switchInt(move _11) -> [0u32: bb1, 3u32: bb2, otherwise: bb3];\n"
    "    }\n"
    "\n"
    "    bb1: {\n"
    "        _5 = ((_2 as Some).0: i32, Strong);\n"
    "        switchInt(_7) -> [Const(Value(Scalar(0x00)): bool): bb2, otherwise: bb3];\n"
    "    }\n"
    "\n"
    "    bb2: {\n"
    "        falseEdges -> [real: bb3, imaginary: bb1];\n"
    "    }\n"
    "\n"
    "    bb3: {\n"
    "        return;\n"
    "    }\n"
    "}\n";

START_TEST(older_printers) {
  ms_doc *d = parse(OLDER);
  ck_assert_uint_eq(ms_doc_error_count(d), 0);
  ck_assert_uint_eq(ms_doc_unknown_count(d), 0);
  const ms_body *b = ms_doc_body(d, 0);
  ck_assert_uint_eq(ms_body_block_count(b), 4);

  const ms_stmt *t = ms_block_terminator(ms_body_block_by_index(b, 0));
  ck_assert_int_eq(ms_stmt_kind_of(t), MS_TERM_SWITCH_INT);
  ck_assert_uint_eq(ms_stmt_edge_count(t), 3);
  ck_assert_str_eq(ms_stmt_edge_label(t, 0), "0u32");
  ck_assert_str_eq(ms_stmt_edge_label(t, 1), "3u32");
  ck_assert_uint_eq(ms_stmt_edge_target(t, 1), 2);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 1), MS_EDGE_SWITCH);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 2), MS_EDGE_OTHERWISE);

  const ms_block *b1 = ms_body_block_by_index(b, 1);
  ck_assert_uint_eq(ms_block_stmt_count(b1), 1);
  const ms_stmt *s = ms_block_stmt(b1, 0);
  ck_assert_int_eq(ms_stmt_rvalue_kind(s), MS_RV_USE);
  const ms_place *pl = ms_stmt_operand_place(s, 0);
  ck_assert_int_eq(ms_place_local(pl), 2);
  ck_assert_uint_eq(ms_place_proj_count(pl), 2);
  ck_assert_int_eq(ms_place_proj_kind(pl, 0), MS_PROJ_DOWNCAST);
  ck_assert_str_eq(ms_place_proj_text(pl, 0), "Some");
  ck_assert_int_eq(ms_place_proj_kind(pl, 1), MS_PROJ_FIELD);
  ck_assert_int_eq(ms_place_proj_index(pl, 1), 0);
  ck_assert_str_eq(ms_place_proj_text(pl, 1), "i32");
  t = ms_block_terminator(b1);
  ck_assert_uint_eq(ms_stmt_edge_count(t), 2);
  ck_assert_str_eq(ms_stmt_edge_label(t, 0), "Const(Value(Scalar(0x00)): bool)");
  ck_assert_uint_eq(ms_stmt_edge_target(t, 0), 2);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 0), MS_EDGE_SWITCH);
  ck_assert_int_eq(ms_place_local(ms_stmt_operand_place(t, 0)), 7);

  t = ms_block_terminator(ms_body_block_by_index(b, 2));
  ck_assert_int_eq(ms_stmt_kind_of(t), MS_TERM_FALSE_EDGE);
  ck_assert_uint_eq(ms_stmt_edge_count(t), 2);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 0), MS_EDGE_REAL);
  ck_assert_uint_eq(ms_stmt_edge_target(t, 0), 3);
  ck_assert_int_eq(ms_stmt_edge_kind(t, 1), MS_EDGE_IMAGINARY);
  ck_assert_uint_eq(ms_stmt_edge_target(t, 1), 1);
  ms_doc_free(d);
}
END_TEST

int main(void) {
  Suite *s = suite_create("ir");
  TCase *tc = tcase_create("ir");
  tcase_add_test(tc, body_identity);
  tcase_add_test(tc, locals_and_debug);
  tcase_add_test(tc, layout);
  tcase_add_test(tc, blocks_and_terminators);
  tcase_add_test(tc, rustc_and_other_spellings_agree);
  tcase_add_test(tc, truncated_gives_diagnostics);
  tcase_add_test(tc, unknown_statement_is_generic);
  tcase_add_test(tc, empty_and_null);
  tcase_add_test(tc, pass_from_filename);
  tcase_add_test(tc, diag_print_is_safe);
  tcase_add_test(tc, diag_message_is_utf8);
  tcase_add_test(tc, printer_breadth);
  tcase_add_test(tc, older_printers);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
