#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 720
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 221
#define ALIAS_COUNT 4
#define TOKEN_COUNT 119
#define EXTERNAL_TOKEN_COUNT 11
#define FIELD_COUNT 40
#define MAX_ALIAS_SEQUENCE_LENGTH 12
#define PRODUCTION_ID_COUNT 111

enum {
  sym_identifier = 1,
  sym_comment = 2,
  sym_annotation = 3,
  sym_block_comment = 4,
  anon_sym_SLASH_SLASHMIRfor_BQUOTE = 5,
  aux_sym_mir_header_token1 = 6,
  anon_sym_BQUOTE = 7,
  aux_sym_mir_header_token2 = 8,
  aux_sym_layout_comment_token1 = 9,
  anon_sym_STAR_SLASH = 10,
  anon_sym_LBRACE = 11,
  anon_sym_COMMA = 12,
  anon_sym_RBRACE = 13,
  anon_sym_upvar_start = 14,
  anon_sym_COLON = 15,
  anon_sym_field_tys = 16,
  anon_sym_ty = 17,
  anon_sym_source_info = 18,
  anon_sym_SourceInfo = 19,
  anon_sym_span = 20,
  anon_sym_scope = 21,
  anon_sym_LBRACK = 22,
  anon_sym_RBRACK = 23,
  anon_sym_variant_fields = 24,
  anon_sym_EQ = 25,
  anon_sym_LPAREN = 26,
  anon_sym_RPAREN = 27,
  anon_sym_storage_conflicts = 28,
  anon_sym_BitMatrix = 29,
  sym_dims = 30,
  aux_sym_conflict_token1 = 31,
  aux_sym_saved_local_token1 = 32,
  anon_sym_coroutine = 33,
  anon_sym_layout = 34,
  anon_sym_field = 35,
  anon_sym_SEMI = 36,
  anon_sym_debug = 37,
  anon_sym_EQ_GT = 38,
  anon_sym_fn = 39,
  anon_sym_DASH_GT = 40,
  anon_sym_yields = 41,
  anon_sym_const = 42,
  anon_sym_static = 43,
  anon_sym_mut = 44,
  anon_sym_promoted = 45,
  anon_sym_in = 46,
  anon_sym_coverage = 47,
  aux_sym_let_token1 = 48,
  anon_sym_let = 49,
  anon_sym_as = 50,
  anon_sym_inlined = 51,
  aux_sym_basic_block_token1 = 52,
  anon_sym_cleanup = 53,
  sym_label = 54,
  aux_sym_storage_live_token1 = 55,
  anon_sym_StorageLive = 56,
  aux_sym_storage_dead_token1 = 57,
  anon_sym_StorageDead = 58,
  anon_sym_discriminant = 59,
  anon_sym_nop = 60,
  anon_sym_async = 61,
  anon_sym_drop = 62,
  anon_sym_abort = 63,
  anon_sym_terminate = 64,
  aux_sym_goto_token1 = 65,
  anon_sym_goto = 66,
  anon_sym_switchInt = 67,
  anon_sym_return = 68,
  anon_sym_resume = 69,
  anon_sym_unreachable = 70,
  anon_sym_coroutine_drop = 71,
  anon_sym_generator_drop = 72,
  anon_sym_assert = 73,
  sym_not = 74,
  anon_sym_yield = 75,
  anon_sym_falseEdge = 76,
  anon_sym_falseEdges = 77,
  anon_sym_falseUnwind = 78,
  anon_sym_asm_BANG = 79,
  anon_sym_tailcall = 80,
  anon_sym_unwind = 81,
  anon_sym_continue = 82,
  anon_sym_AMP = 83,
  anon_sym_SLASH_STARtls_STAR_SLASH = 84,
  anon_sym_STAR = 85,
  anon_sym_from = 86,
  sym_region = 87,
  anon_sym_raw = 88,
  anon_sym_LPARENfake_RPAREN = 89,
  anon_sym_fake = 90,
  anon_sym_shallow = 91,
  anon_sym_uniq = 92,
  sym_copy = 93,
  sym_no_retag = 94,
  sym_move = 95,
  sym_deref_copy = 96,
  aux_sym_constant_token1 = 97,
  anon_sym_DOT = 98,
  anon_sym_subtype = 99,
  sym_variant_index = 100,
  sym_local = 101,
  sym_elided = 102,
  sym_alloc_name = 103,
  sym_alloc_line = 104,
  sym_integer = 105,
  sym_string = 106,
  sym_char = 107,
  sym__type_text = 108,
  sym__path_rest = 109,
  sym__path_bracketed = 110,
  sym__const_text = 111,
  sym__def_path_text = 112,
  sym__raw_text = 113,
  sym__paren_text = 114,
  sym__arg_type_text = 115,
  sym__debug_text = 116,
  sym__item_path_text = 117,
  sym__error_sentinel = 118,
  sym_source_file = 119,
  sym_mir_header = 120,
  sym_layout_comment = 121,
  sym_layout = 122,
  sym_upvar_start = 123,
  sym_field_tys = 124,
  sym_saved_field = 125,
  sym_saved_ty = 126,
  sym_source_info = 127,
  sym_scope_ref = 128,
  sym_attribute = 129,
  sym_variant_fields = 130,
  sym_variant = 131,
  sym_storage_conflicts = 132,
  sym_conflict = 133,
  sym_layout_other = 134,
  sym_saved_local = 135,
  sym_layout_block = 136,
  sym_layout_field_decl = 137,
  sym_coroutine_debug = 138,
  sym_function = 139,
  sym_parameter = 140,
  sym_const_item = 141,
  sym_static_item = 142,
  sym_anon_const_item = 143,
  sym_promoted_item = 144,
  sym_body = 145,
  sym_coverage_mapping = 146,
  sym_debug = 147,
  sym_projection_name = 148,
  sym_let = 149,
  sym_mutable = 150,
  sym_scope = 151,
  sym_basic_block = 152,
  sym_cleanup = 153,
  sym_assign = 154,
  sym_storage_live = 155,
  sym_storage_dead = 156,
  sym_set_discriminant = 157,
  sym_nop = 158,
  sym_generic_statement = 159,
  sym_async_drop = 160,
  sym_terminate = 161,
  sym_goto = 162,
  sym_switch_int = 163,
  sym_switch_arm = 164,
  sym_switch_const = 165,
  sym_return = 166,
  sym_resume = 167,
  sym_unreachable = 168,
  sym_coroutine_drop = 169,
  sym_drop = 170,
  sym_call = 171,
  sym_assert = 172,
  sym_yield = 173,
  sym_false_edge = 174,
  sym_false_unwind = 175,
  sym_inline_asm = 176,
  sym_tail_call = 177,
  sym_generic_terminator = 178,
  sym__targets = 179,
  sym_target = 180,
  sym_unwind_action = 181,
  sym_thread_local_ref = 182,
  sym_raw_ptr = 183,
  sym_ref = 184,
  sym_ref_kind = 185,
  sym_cast = 186,
  sym_call_expr = 187,
  sym_aggregate = 188,
  sym_field_init = 189,
  sym_tuple = 190,
  sym_array = 191,
  sym_repeat = 192,
  sym_path = 193,
  sym_operand = 194,
  sym_constant = 195,
  sym_place = 196,
  sym_deref = 197,
  sym_field = 198,
  sym_downcast = 199,
  sym_index = 200,
  sym_alloc = 201,
  aux_sym_source_file_repeat1 = 202,
  aux_sym_layout_repeat1 = 203,
  aux_sym_field_tys_repeat1 = 204,
  aux_sym_saved_ty_repeat1 = 205,
  aux_sym_source_info_repeat1 = 206,
  aux_sym_variant_fields_repeat1 = 207,
  aux_sym_variant_repeat1 = 208,
  aux_sym_storage_conflicts_repeat1 = 209,
  aux_sym_layout_block_repeat1 = 210,
  aux_sym_function_repeat1 = 211,
  aux_sym_body_repeat1 = 212,
  aux_sym_body_repeat2 = 213,
  aux_sym_basic_block_repeat1 = 214,
  aux_sym_switch_int_repeat1 = 215,
  aux_sym_assert_repeat1 = 216,
  aux_sym__targets_repeat1 = 217,
  aux_sym_call_expr_repeat1 = 218,
  aux_sym_aggregate_repeat1 = 219,
  aux_sym_alloc_repeat1 = 220,
  alias_sym_const_value = 221,
  alias_sym_name = 222,
  alias_sym_paren_text_bracket = 223,
  alias_sym_span = 224,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_identifier] = "identifier",
  [sym_comment] = "comment",
  [sym_annotation] = "annotation",
  [sym_block_comment] = "block_comment",
  [anon_sym_SLASH_SLASHMIRfor_BQUOTE] = "// MIR for `",
  [aux_sym_mir_header_token1] = "def_path",
  [anon_sym_BQUOTE] = "`",
  [aux_sym_mir_header_token2] = "pass",
  [aux_sym_layout_comment_token1] = "layout_comment_token1",
  [anon_sym_STAR_SLASH] = "*/",
  [anon_sym_LBRACE] = "{",
  [anon_sym_COMMA] = ",",
  [anon_sym_RBRACE] = "}",
  [anon_sym_upvar_start] = "upvar_start",
  [anon_sym_COLON] = ":",
  [anon_sym_field_tys] = "field_tys",
  [anon_sym_ty] = "ty",
  [anon_sym_source_info] = "source_info",
  [anon_sym_SourceInfo] = "SourceInfo",
  [anon_sym_span] = "span",
  [anon_sym_scope] = "scope",
  [anon_sym_LBRACK] = "[",
  [anon_sym_RBRACK] = "]",
  [anon_sym_variant_fields] = "variant_fields",
  [anon_sym_EQ] = "=",
  [anon_sym_LPAREN] = "(",
  [anon_sym_RPAREN] = ")",
  [anon_sym_storage_conflicts] = "storage_conflicts",
  [anon_sym_BitMatrix] = "BitMatrix",
  [sym_dims] = "dims",
  [aux_sym_conflict_token1] = "conflict_token1",
  [aux_sym_saved_local_token1] = "saved_local_token1",
  [anon_sym_coroutine] = "coroutine",
  [anon_sym_layout] = "layout",
  [anon_sym_field] = "field",
  [anon_sym_SEMI] = ";",
  [anon_sym_debug] = "debug",
  [anon_sym_EQ_GT] = "=>",
  [anon_sym_fn] = "fn",
  [anon_sym_DASH_GT] = "->",
  [anon_sym_yields] = "yields",
  [anon_sym_const] = "const",
  [anon_sym_static] = "static",
  [anon_sym_mut] = "mut",
  [anon_sym_promoted] = "promoted",
  [anon_sym_in] = "in",
  [anon_sym_coverage] = "coverage",
  [aux_sym_let_token1] = "let_head",
  [anon_sym_let] = "let",
  [anon_sym_as] = "as",
  [anon_sym_inlined] = "inlined",
  [aux_sym_basic_block_token1] = "block_head",
  [anon_sym_cleanup] = "cleanup",
  [sym_label] = "label",
  [aux_sym_storage_live_token1] = "storage_live_token1",
  [anon_sym_StorageLive] = "StorageLive",
  [aux_sym_storage_dead_token1] = "storage_dead_token1",
  [anon_sym_StorageDead] = "StorageDead",
  [anon_sym_discriminant] = "discriminant",
  [anon_sym_nop] = "nop",
  [anon_sym_async] = "async",
  [anon_sym_drop] = "drop",
  [anon_sym_abort] = "abort",
  [anon_sym_terminate] = "terminate",
  [aux_sym_goto_token1] = "goto_token1",
  [anon_sym_goto] = "goto",
  [anon_sym_switchInt] = "switchInt",
  [anon_sym_return] = "return",
  [anon_sym_resume] = "resume",
  [anon_sym_unreachable] = "unreachable",
  [anon_sym_coroutine_drop] = "coroutine_drop",
  [anon_sym_generator_drop] = "generator_drop",
  [anon_sym_assert] = "assert",
  [sym_not] = "not",
  [anon_sym_yield] = "yield",
  [anon_sym_falseEdge] = "falseEdge",
  [anon_sym_falseEdges] = "falseEdges",
  [anon_sym_falseUnwind] = "falseUnwind",
  [anon_sym_asm_BANG] = "asm!",
  [anon_sym_tailcall] = "tailcall",
  [anon_sym_unwind] = "unwind",
  [anon_sym_continue] = "continue",
  [anon_sym_AMP] = "&",
  [anon_sym_SLASH_STARtls_STAR_SLASH] = "/*tls*/",
  [anon_sym_STAR] = "*",
  [anon_sym_from] = "from",
  [sym_region] = "region",
  [anon_sym_raw] = "raw",
  [anon_sym_LPARENfake_RPAREN] = "(fake)",
  [anon_sym_fake] = "fake",
  [anon_sym_shallow] = "shallow",
  [anon_sym_uniq] = "uniq",
  [sym_copy] = "copy",
  [sym_no_retag] = "no_retag",
  [sym_move] = "move",
  [sym_deref_copy] = "deref_copy",
  [aux_sym_constant_token1] = "constant_token1",
  [anon_sym_DOT] = ".",
  [anon_sym_subtype] = "subtype",
  [sym_variant_index] = "variant_index",
  [sym_local] = "local",
  [sym_elided] = "elided",
  [sym_alloc_name] = "alloc_name",
  [sym_alloc_line] = "alloc_line",
  [sym_integer] = "integer",
  [sym_string] = "string",
  [sym_char] = "char",
  [sym__type_text] = "type",
  [sym__path_rest] = "_path_rest",
  [sym__path_bracketed] = "_path_bracketed",
  [sym__const_text] = "value",
  [sym__def_path_text] = "def_path",
  [sym__raw_text] = "text",
  [sym__paren_text] = "paren_text",
  [sym__arg_type_text] = "type",
  [sym__debug_text] = "text",
  [sym__item_path_text] = "def_path",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym_mir_header] = "mir_header",
  [sym_layout_comment] = "layout_comment",
  [sym_layout] = "layout",
  [sym_upvar_start] = "upvar_start",
  [sym_field_tys] = "field_tys",
  [sym_saved_field] = "saved_field",
  [sym_saved_ty] = "saved_ty",
  [sym_source_info] = "source_info",
  [sym_scope_ref] = "scope_ref",
  [sym_attribute] = "attribute",
  [sym_variant_fields] = "variant_fields",
  [sym_variant] = "variant",
  [sym_storage_conflicts] = "storage_conflicts",
  [sym_conflict] = "conflict",
  [sym_layout_other] = "layout_other",
  [sym_saved_local] = "saved_local",
  [sym_layout_block] = "layout_block",
  [sym_layout_field_decl] = "layout_field_decl",
  [sym_coroutine_debug] = "coroutine_debug",
  [sym_function] = "function",
  [sym_parameter] = "parameter",
  [sym_const_item] = "const_item",
  [sym_static_item] = "static_item",
  [sym_anon_const_item] = "anon_const_item",
  [sym_promoted_item] = "promoted_item",
  [sym_body] = "body",
  [sym_coverage_mapping] = "coverage_mapping",
  [sym_debug] = "debug",
  [sym_projection_name] = "projection_name",
  [sym_let] = "let",
  [sym_mutable] = "mutable",
  [sym_scope] = "scope",
  [sym_basic_block] = "basic_block",
  [sym_cleanup] = "cleanup",
  [sym_assign] = "assign",
  [sym_storage_live] = "storage_live",
  [sym_storage_dead] = "storage_dead",
  [sym_set_discriminant] = "set_discriminant",
  [sym_nop] = "nop",
  [sym_generic_statement] = "generic_statement",
  [sym_async_drop] = "async_drop",
  [sym_terminate] = "terminate",
  [sym_goto] = "goto",
  [sym_switch_int] = "switch_int",
  [sym_switch_arm] = "switch_arm",
  [sym_switch_const] = "switch_const",
  [sym_return] = "return",
  [sym_resume] = "resume",
  [sym_unreachable] = "unreachable",
  [sym_coroutine_drop] = "coroutine_drop",
  [sym_drop] = "drop",
  [sym_call] = "call",
  [sym_assert] = "assert",
  [sym_yield] = "yield",
  [sym_false_edge] = "false_edge",
  [sym_false_unwind] = "false_unwind",
  [sym_inline_asm] = "inline_asm",
  [sym_tail_call] = "tail_call",
  [sym_generic_terminator] = "generic_terminator",
  [sym__targets] = "_targets",
  [sym_target] = "target",
  [sym_unwind_action] = "unwind_action",
  [sym_thread_local_ref] = "thread_local_ref",
  [sym_raw_ptr] = "raw_ptr",
  [sym_ref] = "ref",
  [sym_ref_kind] = "ref_kind",
  [sym_cast] = "cast",
  [sym_call_expr] = "call_expr",
  [sym_aggregate] = "aggregate",
  [sym_field_init] = "field_init",
  [sym_tuple] = "tuple",
  [sym_array] = "array",
  [sym_repeat] = "repeat",
  [sym_path] = "path",
  [sym_operand] = "operand",
  [sym_constant] = "constant",
  [sym_place] = "place",
  [sym_deref] = "deref",
  [sym_field] = "field",
  [sym_downcast] = "downcast",
  [sym_index] = "index",
  [sym_alloc] = "alloc",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_layout_repeat1] = "layout_repeat1",
  [aux_sym_field_tys_repeat1] = "field_tys_repeat1",
  [aux_sym_saved_ty_repeat1] = "saved_ty_repeat1",
  [aux_sym_source_info_repeat1] = "source_info_repeat1",
  [aux_sym_variant_fields_repeat1] = "variant_fields_repeat1",
  [aux_sym_variant_repeat1] = "variant_repeat1",
  [aux_sym_storage_conflicts_repeat1] = "storage_conflicts_repeat1",
  [aux_sym_layout_block_repeat1] = "layout_block_repeat1",
  [aux_sym_function_repeat1] = "function_repeat1",
  [aux_sym_body_repeat1] = "body_repeat1",
  [aux_sym_body_repeat2] = "body_repeat2",
  [aux_sym_basic_block_repeat1] = "basic_block_repeat1",
  [aux_sym_switch_int_repeat1] = "switch_int_repeat1",
  [aux_sym_assert_repeat1] = "assert_repeat1",
  [aux_sym__targets_repeat1] = "_targets_repeat1",
  [aux_sym_call_expr_repeat1] = "call_expr_repeat1",
  [aux_sym_aggregate_repeat1] = "aggregate_repeat1",
  [aux_sym_alloc_repeat1] = "alloc_repeat1",
  [alias_sym_const_value] = "const_value",
  [alias_sym_name] = "name",
  [alias_sym_paren_text_bracket] = "paren_text_bracket",
  [alias_sym_span] = "span",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_identifier] = sym_identifier,
  [sym_comment] = sym_comment,
  [sym_annotation] = sym_annotation,
  [sym_block_comment] = sym_block_comment,
  [anon_sym_SLASH_SLASHMIRfor_BQUOTE] = anon_sym_SLASH_SLASHMIRfor_BQUOTE,
  [aux_sym_mir_header_token1] = sym__def_path_text,
  [anon_sym_BQUOTE] = anon_sym_BQUOTE,
  [aux_sym_mir_header_token2] = aux_sym_mir_header_token2,
  [aux_sym_layout_comment_token1] = aux_sym_layout_comment_token1,
  [anon_sym_STAR_SLASH] = anon_sym_STAR_SLASH,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_COMMA] = anon_sym_COMMA,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_upvar_start] = anon_sym_upvar_start,
  [anon_sym_COLON] = anon_sym_COLON,
  [anon_sym_field_tys] = anon_sym_field_tys,
  [anon_sym_ty] = anon_sym_ty,
  [anon_sym_source_info] = anon_sym_source_info,
  [anon_sym_SourceInfo] = anon_sym_SourceInfo,
  [anon_sym_span] = anon_sym_span,
  [anon_sym_scope] = anon_sym_scope,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [anon_sym_variant_fields] = anon_sym_variant_fields,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [anon_sym_storage_conflicts] = anon_sym_storage_conflicts,
  [anon_sym_BitMatrix] = anon_sym_BitMatrix,
  [sym_dims] = sym_dims,
  [aux_sym_conflict_token1] = aux_sym_conflict_token1,
  [aux_sym_saved_local_token1] = aux_sym_saved_local_token1,
  [anon_sym_coroutine] = anon_sym_coroutine,
  [anon_sym_layout] = anon_sym_layout,
  [anon_sym_field] = anon_sym_field,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_debug] = anon_sym_debug,
  [anon_sym_EQ_GT] = anon_sym_EQ_GT,
  [anon_sym_fn] = anon_sym_fn,
  [anon_sym_DASH_GT] = anon_sym_DASH_GT,
  [anon_sym_yields] = anon_sym_yields,
  [anon_sym_const] = anon_sym_const,
  [anon_sym_static] = anon_sym_static,
  [anon_sym_mut] = anon_sym_mut,
  [anon_sym_promoted] = anon_sym_promoted,
  [anon_sym_in] = anon_sym_in,
  [anon_sym_coverage] = anon_sym_coverage,
  [aux_sym_let_token1] = aux_sym_let_token1,
  [anon_sym_let] = anon_sym_let,
  [anon_sym_as] = anon_sym_as,
  [anon_sym_inlined] = anon_sym_inlined,
  [aux_sym_basic_block_token1] = aux_sym_basic_block_token1,
  [anon_sym_cleanup] = anon_sym_cleanup,
  [sym_label] = sym_label,
  [aux_sym_storage_live_token1] = aux_sym_storage_live_token1,
  [anon_sym_StorageLive] = anon_sym_StorageLive,
  [aux_sym_storage_dead_token1] = aux_sym_storage_dead_token1,
  [anon_sym_StorageDead] = anon_sym_StorageDead,
  [anon_sym_discriminant] = anon_sym_discriminant,
  [anon_sym_nop] = anon_sym_nop,
  [anon_sym_async] = anon_sym_async,
  [anon_sym_drop] = anon_sym_drop,
  [anon_sym_abort] = anon_sym_abort,
  [anon_sym_terminate] = anon_sym_terminate,
  [aux_sym_goto_token1] = aux_sym_goto_token1,
  [anon_sym_goto] = anon_sym_goto,
  [anon_sym_switchInt] = anon_sym_switchInt,
  [anon_sym_return] = anon_sym_return,
  [anon_sym_resume] = anon_sym_resume,
  [anon_sym_unreachable] = anon_sym_unreachable,
  [anon_sym_coroutine_drop] = anon_sym_coroutine_drop,
  [anon_sym_generator_drop] = anon_sym_generator_drop,
  [anon_sym_assert] = anon_sym_assert,
  [sym_not] = sym_not,
  [anon_sym_yield] = anon_sym_yield,
  [anon_sym_falseEdge] = anon_sym_falseEdge,
  [anon_sym_falseEdges] = anon_sym_falseEdges,
  [anon_sym_falseUnwind] = anon_sym_falseUnwind,
  [anon_sym_asm_BANG] = anon_sym_asm_BANG,
  [anon_sym_tailcall] = anon_sym_tailcall,
  [anon_sym_unwind] = anon_sym_unwind,
  [anon_sym_continue] = anon_sym_continue,
  [anon_sym_AMP] = anon_sym_AMP,
  [anon_sym_SLASH_STARtls_STAR_SLASH] = anon_sym_SLASH_STARtls_STAR_SLASH,
  [anon_sym_STAR] = anon_sym_STAR,
  [anon_sym_from] = anon_sym_from,
  [sym_region] = sym_region,
  [anon_sym_raw] = anon_sym_raw,
  [anon_sym_LPARENfake_RPAREN] = anon_sym_LPARENfake_RPAREN,
  [anon_sym_fake] = anon_sym_fake,
  [anon_sym_shallow] = anon_sym_shallow,
  [anon_sym_uniq] = anon_sym_uniq,
  [sym_copy] = sym_copy,
  [sym_no_retag] = sym_no_retag,
  [sym_move] = sym_move,
  [sym_deref_copy] = sym_deref_copy,
  [aux_sym_constant_token1] = aux_sym_constant_token1,
  [anon_sym_DOT] = anon_sym_DOT,
  [anon_sym_subtype] = anon_sym_subtype,
  [sym_variant_index] = sym_variant_index,
  [sym_local] = sym_local,
  [sym_elided] = sym_elided,
  [sym_alloc_name] = sym_alloc_name,
  [sym_alloc_line] = sym_alloc_line,
  [sym_integer] = sym_integer,
  [sym_string] = sym_string,
  [sym_char] = sym_char,
  [sym__type_text] = sym__type_text,
  [sym__path_rest] = sym__path_rest,
  [sym__path_bracketed] = sym__path_bracketed,
  [sym__const_text] = sym__const_text,
  [sym__def_path_text] = sym__def_path_text,
  [sym__raw_text] = sym__raw_text,
  [sym__paren_text] = sym__paren_text,
  [sym__arg_type_text] = sym__type_text,
  [sym__debug_text] = sym__raw_text,
  [sym__item_path_text] = sym__def_path_text,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym_mir_header] = sym_mir_header,
  [sym_layout_comment] = sym_layout_comment,
  [sym_layout] = sym_layout,
  [sym_upvar_start] = sym_upvar_start,
  [sym_field_tys] = sym_field_tys,
  [sym_saved_field] = sym_saved_field,
  [sym_saved_ty] = sym_saved_ty,
  [sym_source_info] = sym_source_info,
  [sym_scope_ref] = sym_scope_ref,
  [sym_attribute] = sym_attribute,
  [sym_variant_fields] = sym_variant_fields,
  [sym_variant] = sym_variant,
  [sym_storage_conflicts] = sym_storage_conflicts,
  [sym_conflict] = sym_conflict,
  [sym_layout_other] = sym_layout_other,
  [sym_saved_local] = sym_saved_local,
  [sym_layout_block] = sym_layout_block,
  [sym_layout_field_decl] = sym_layout_field_decl,
  [sym_coroutine_debug] = sym_coroutine_debug,
  [sym_function] = sym_function,
  [sym_parameter] = sym_parameter,
  [sym_const_item] = sym_const_item,
  [sym_static_item] = sym_static_item,
  [sym_anon_const_item] = sym_anon_const_item,
  [sym_promoted_item] = sym_promoted_item,
  [sym_body] = sym_body,
  [sym_coverage_mapping] = sym_coverage_mapping,
  [sym_debug] = sym_debug,
  [sym_projection_name] = sym_projection_name,
  [sym_let] = sym_let,
  [sym_mutable] = sym_mutable,
  [sym_scope] = sym_scope,
  [sym_basic_block] = sym_basic_block,
  [sym_cleanup] = sym_cleanup,
  [sym_assign] = sym_assign,
  [sym_storage_live] = sym_storage_live,
  [sym_storage_dead] = sym_storage_dead,
  [sym_set_discriminant] = sym_set_discriminant,
  [sym_nop] = sym_nop,
  [sym_generic_statement] = sym_generic_statement,
  [sym_async_drop] = sym_async_drop,
  [sym_terminate] = sym_terminate,
  [sym_goto] = sym_goto,
  [sym_switch_int] = sym_switch_int,
  [sym_switch_arm] = sym_switch_arm,
  [sym_switch_const] = sym_switch_const,
  [sym_return] = sym_return,
  [sym_resume] = sym_resume,
  [sym_unreachable] = sym_unreachable,
  [sym_coroutine_drop] = sym_coroutine_drop,
  [sym_drop] = sym_drop,
  [sym_call] = sym_call,
  [sym_assert] = sym_assert,
  [sym_yield] = sym_yield,
  [sym_false_edge] = sym_false_edge,
  [sym_false_unwind] = sym_false_unwind,
  [sym_inline_asm] = sym_inline_asm,
  [sym_tail_call] = sym_tail_call,
  [sym_generic_terminator] = sym_generic_terminator,
  [sym__targets] = sym__targets,
  [sym_target] = sym_target,
  [sym_unwind_action] = sym_unwind_action,
  [sym_thread_local_ref] = sym_thread_local_ref,
  [sym_raw_ptr] = sym_raw_ptr,
  [sym_ref] = sym_ref,
  [sym_ref_kind] = sym_ref_kind,
  [sym_cast] = sym_cast,
  [sym_call_expr] = sym_call_expr,
  [sym_aggregate] = sym_aggregate,
  [sym_field_init] = sym_field_init,
  [sym_tuple] = sym_tuple,
  [sym_array] = sym_array,
  [sym_repeat] = sym_repeat,
  [sym_path] = sym_path,
  [sym_operand] = sym_operand,
  [sym_constant] = sym_constant,
  [sym_place] = sym_place,
  [sym_deref] = sym_deref,
  [sym_field] = sym_field,
  [sym_downcast] = sym_downcast,
  [sym_index] = sym_index,
  [sym_alloc] = sym_alloc,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_layout_repeat1] = aux_sym_layout_repeat1,
  [aux_sym_field_tys_repeat1] = aux_sym_field_tys_repeat1,
  [aux_sym_saved_ty_repeat1] = aux_sym_saved_ty_repeat1,
  [aux_sym_source_info_repeat1] = aux_sym_source_info_repeat1,
  [aux_sym_variant_fields_repeat1] = aux_sym_variant_fields_repeat1,
  [aux_sym_variant_repeat1] = aux_sym_variant_repeat1,
  [aux_sym_storage_conflicts_repeat1] = aux_sym_storage_conflicts_repeat1,
  [aux_sym_layout_block_repeat1] = aux_sym_layout_block_repeat1,
  [aux_sym_function_repeat1] = aux_sym_function_repeat1,
  [aux_sym_body_repeat1] = aux_sym_body_repeat1,
  [aux_sym_body_repeat2] = aux_sym_body_repeat2,
  [aux_sym_basic_block_repeat1] = aux_sym_basic_block_repeat1,
  [aux_sym_switch_int_repeat1] = aux_sym_switch_int_repeat1,
  [aux_sym_assert_repeat1] = aux_sym_assert_repeat1,
  [aux_sym__targets_repeat1] = aux_sym__targets_repeat1,
  [aux_sym_call_expr_repeat1] = aux_sym_call_expr_repeat1,
  [aux_sym_aggregate_repeat1] = aux_sym_aggregate_repeat1,
  [aux_sym_alloc_repeat1] = aux_sym_alloc_repeat1,
  [alias_sym_const_value] = alias_sym_const_value,
  [alias_sym_name] = alias_sym_name,
  [alias_sym_paren_text_bracket] = alias_sym_paren_text_bracket,
  [alias_sym_span] = alias_sym_span,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_identifier] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_annotation] = {
    .visible = true,
    .named = true,
  },
  [sym_block_comment] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SLASH_SLASHMIRfor_BQUOTE] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_mir_header_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_BQUOTE] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_mir_header_token2] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_layout_comment_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_STAR_SLASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_COMMA] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_upvar_start] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_field_tys] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_ty] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_source_info] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SourceInfo] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_span] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_scope] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_variant_fields] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_storage_conflicts] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_BitMatrix] = {
    .visible = true,
    .named = false,
  },
  [sym_dims] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_conflict_token1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_saved_local_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_coroutine] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_layout] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_field] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SEMI] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_debug] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_fn] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_yields] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_const] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_static] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_mut] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_promoted] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_in] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_coverage] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_let_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_let] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_as] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_inlined] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_basic_block_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_cleanup] = {
    .visible = true,
    .named = false,
  },
  [sym_label] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_storage_live_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_StorageLive] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_storage_dead_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_StorageDead] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_discriminant] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_nop] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_async] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_drop] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_abort] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_terminate] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_goto_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_goto] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_switchInt] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_return] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_resume] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_unreachable] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_coroutine_drop] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_generator_drop] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_assert] = {
    .visible = true,
    .named = false,
  },
  [sym_not] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_yield] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_falseEdge] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_falseEdges] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_falseUnwind] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_asm_BANG] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_tailcall] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_unwind] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_continue] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_AMP] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SLASH_STARtls_STAR_SLASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_from] = {
    .visible = true,
    .named = false,
  },
  [sym_region] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_raw] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPARENfake_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_fake] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_shallow] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_uniq] = {
    .visible = true,
    .named = false,
  },
  [sym_copy] = {
    .visible = true,
    .named = true,
  },
  [sym_no_retag] = {
    .visible = true,
    .named = true,
  },
  [sym_move] = {
    .visible = true,
    .named = true,
  },
  [sym_deref_copy] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_constant_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_DOT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_subtype] = {
    .visible = true,
    .named = false,
  },
  [sym_variant_index] = {
    .visible = true,
    .named = true,
  },
  [sym_local] = {
    .visible = true,
    .named = true,
  },
  [sym_elided] = {
    .visible = true,
    .named = true,
  },
  [sym_alloc_name] = {
    .visible = true,
    .named = true,
  },
  [sym_alloc_line] = {
    .visible = true,
    .named = true,
  },
  [sym_integer] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_char] = {
    .visible = true,
    .named = true,
  },
  [sym__type_text] = {
    .visible = true,
    .named = true,
  },
  [sym__path_rest] = {
    .visible = false,
    .named = true,
  },
  [sym__path_bracketed] = {
    .visible = false,
    .named = true,
  },
  [sym__const_text] = {
    .visible = true,
    .named = true,
  },
  [sym__def_path_text] = {
    .visible = true,
    .named = true,
  },
  [sym__raw_text] = {
    .visible = true,
    .named = true,
  },
  [sym__paren_text] = {
    .visible = true,
    .named = true,
  },
  [sym__arg_type_text] = {
    .visible = true,
    .named = true,
  },
  [sym__debug_text] = {
    .visible = true,
    .named = true,
  },
  [sym__item_path_text] = {
    .visible = true,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym_mir_header] = {
    .visible = true,
    .named = true,
  },
  [sym_layout_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_layout] = {
    .visible = true,
    .named = true,
  },
  [sym_upvar_start] = {
    .visible = true,
    .named = true,
  },
  [sym_field_tys] = {
    .visible = true,
    .named = true,
  },
  [sym_saved_field] = {
    .visible = true,
    .named = true,
  },
  [sym_saved_ty] = {
    .visible = true,
    .named = true,
  },
  [sym_source_info] = {
    .visible = true,
    .named = true,
  },
  [sym_scope_ref] = {
    .visible = true,
    .named = true,
  },
  [sym_attribute] = {
    .visible = true,
    .named = true,
  },
  [sym_variant_fields] = {
    .visible = true,
    .named = true,
  },
  [sym_variant] = {
    .visible = true,
    .named = true,
  },
  [sym_storage_conflicts] = {
    .visible = true,
    .named = true,
  },
  [sym_conflict] = {
    .visible = true,
    .named = true,
  },
  [sym_layout_other] = {
    .visible = true,
    .named = true,
  },
  [sym_saved_local] = {
    .visible = true,
    .named = true,
  },
  [sym_layout_block] = {
    .visible = true,
    .named = true,
  },
  [sym_layout_field_decl] = {
    .visible = true,
    .named = true,
  },
  [sym_coroutine_debug] = {
    .visible = true,
    .named = true,
  },
  [sym_function] = {
    .visible = true,
    .named = true,
  },
  [sym_parameter] = {
    .visible = true,
    .named = true,
  },
  [sym_const_item] = {
    .visible = true,
    .named = true,
  },
  [sym_static_item] = {
    .visible = true,
    .named = true,
  },
  [sym_anon_const_item] = {
    .visible = true,
    .named = true,
  },
  [sym_promoted_item] = {
    .visible = true,
    .named = true,
  },
  [sym_body] = {
    .visible = true,
    .named = true,
  },
  [sym_coverage_mapping] = {
    .visible = true,
    .named = true,
  },
  [sym_debug] = {
    .visible = true,
    .named = true,
  },
  [sym_projection_name] = {
    .visible = true,
    .named = true,
  },
  [sym_let] = {
    .visible = true,
    .named = true,
  },
  [sym_mutable] = {
    .visible = true,
    .named = true,
  },
  [sym_scope] = {
    .visible = true,
    .named = true,
  },
  [sym_basic_block] = {
    .visible = true,
    .named = true,
  },
  [sym_cleanup] = {
    .visible = true,
    .named = true,
  },
  [sym_assign] = {
    .visible = true,
    .named = true,
  },
  [sym_storage_live] = {
    .visible = true,
    .named = true,
  },
  [sym_storage_dead] = {
    .visible = true,
    .named = true,
  },
  [sym_set_discriminant] = {
    .visible = true,
    .named = true,
  },
  [sym_nop] = {
    .visible = true,
    .named = true,
  },
  [sym_generic_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_async_drop] = {
    .visible = true,
    .named = true,
  },
  [sym_terminate] = {
    .visible = true,
    .named = true,
  },
  [sym_goto] = {
    .visible = true,
    .named = true,
  },
  [sym_switch_int] = {
    .visible = true,
    .named = true,
  },
  [sym_switch_arm] = {
    .visible = true,
    .named = true,
  },
  [sym_switch_const] = {
    .visible = true,
    .named = true,
  },
  [sym_return] = {
    .visible = true,
    .named = true,
  },
  [sym_resume] = {
    .visible = true,
    .named = true,
  },
  [sym_unreachable] = {
    .visible = true,
    .named = true,
  },
  [sym_coroutine_drop] = {
    .visible = true,
    .named = true,
  },
  [sym_drop] = {
    .visible = true,
    .named = true,
  },
  [sym_call] = {
    .visible = true,
    .named = true,
  },
  [sym_assert] = {
    .visible = true,
    .named = true,
  },
  [sym_yield] = {
    .visible = true,
    .named = true,
  },
  [sym_false_edge] = {
    .visible = true,
    .named = true,
  },
  [sym_false_unwind] = {
    .visible = true,
    .named = true,
  },
  [sym_inline_asm] = {
    .visible = true,
    .named = true,
  },
  [sym_tail_call] = {
    .visible = true,
    .named = true,
  },
  [sym_generic_terminator] = {
    .visible = true,
    .named = true,
  },
  [sym__targets] = {
    .visible = false,
    .named = true,
  },
  [sym_target] = {
    .visible = true,
    .named = true,
  },
  [sym_unwind_action] = {
    .visible = true,
    .named = true,
  },
  [sym_thread_local_ref] = {
    .visible = true,
    .named = true,
  },
  [sym_raw_ptr] = {
    .visible = true,
    .named = true,
  },
  [sym_ref] = {
    .visible = true,
    .named = true,
  },
  [sym_ref_kind] = {
    .visible = true,
    .named = true,
  },
  [sym_cast] = {
    .visible = true,
    .named = true,
  },
  [sym_call_expr] = {
    .visible = true,
    .named = true,
  },
  [sym_aggregate] = {
    .visible = true,
    .named = true,
  },
  [sym_field_init] = {
    .visible = true,
    .named = true,
  },
  [sym_tuple] = {
    .visible = true,
    .named = true,
  },
  [sym_array] = {
    .visible = true,
    .named = true,
  },
  [sym_repeat] = {
    .visible = true,
    .named = true,
  },
  [sym_path] = {
    .visible = true,
    .named = true,
  },
  [sym_operand] = {
    .visible = true,
    .named = true,
  },
  [sym_constant] = {
    .visible = true,
    .named = true,
  },
  [sym_place] = {
    .visible = true,
    .named = true,
  },
  [sym_deref] = {
    .visible = true,
    .named = true,
  },
  [sym_field] = {
    .visible = true,
    .named = true,
  },
  [sym_downcast] = {
    .visible = true,
    .named = true,
  },
  [sym_index] = {
    .visible = true,
    .named = true,
  },
  [sym_alloc] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_layout_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_field_tys_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_saved_ty_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_source_info_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_variant_fields_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_variant_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_storage_conflicts_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_layout_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_function_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_body_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_body_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_basic_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_switch_int_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_assert_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__targets_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_call_expr_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_aggregate_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_alloc_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_const_value] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_name] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_paren_text_bracket] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_span] = {
    .visible = true,
    .named = true,
  },
};

enum {
  field_action = 1,
  field_arguments = 2,
  field_base = 3,
  field_block = 4,
  field_body = 5,
  field_call = 6,
  field_cond = 7,
  field_count = 8,
  field_def_path = 9,
  field_destination = 10,
  field_dims = 11,
  field_discr = 12,
  field_function = 13,
  field_id = 14,
  field_index = 15,
  field_inlined = 16,
  field_kind = 17,
  field_label = 18,
  field_layout = 19,
  field_local = 20,
  field_message = 21,
  field_name = 22,
  field_negated = 23,
  field_otherwise = 24,
  field_parts = 25,
  field_pass = 26,
  field_place = 27,
  field_region = 28,
  field_return_type = 29,
  field_scope = 30,
  field_source_info = 31,
  field_span = 32,
  field_static = 33,
  field_target = 34,
  field_terminator = 35,
  field_text = 36,
  field_type = 37,
  field_value = 38,
  field_variant = 39,
  field_yield_type = 40,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_action] = "action",
  [field_arguments] = "arguments",
  [field_base] = "base",
  [field_block] = "block",
  [field_body] = "body",
  [field_call] = "call",
  [field_cond] = "cond",
  [field_count] = "count",
  [field_def_path] = "def_path",
  [field_destination] = "destination",
  [field_dims] = "dims",
  [field_discr] = "discr",
  [field_function] = "function",
  [field_id] = "id",
  [field_index] = "index",
  [field_inlined] = "inlined",
  [field_kind] = "kind",
  [field_label] = "label",
  [field_layout] = "layout",
  [field_local] = "local",
  [field_message] = "message",
  [field_name] = "name",
  [field_negated] = "negated",
  [field_otherwise] = "otherwise",
  [field_parts] = "parts",
  [field_pass] = "pass",
  [field_place] = "place",
  [field_region] = "region",
  [field_return_type] = "return_type",
  [field_scope] = "scope",
  [field_source_info] = "source_info",
  [field_span] = "span",
  [field_static] = "static",
  [field_target] = "target",
  [field_terminator] = "terminator",
  [field_text] = "text",
  [field_type] = "type",
  [field_value] = "value",
  [field_variant] = "variant",
  [field_yield_type] = "yield_type",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 2},
  [4] = {.index = 4, .length = 1},
  [5] = {.index = 5, .length = 3},
  [6] = {.index = 8, .length = 2},
  [7] = {.index = 10, .length = 1},
  [8] = {.index = 11, .length = 2},
  [9] = {.index = 13, .length = 2},
  [10] = {.index = 15, .length = 2},
  [11] = {.index = 17, .length = 3},
  [12] = {.index = 20, .length = 1},
  [13] = {.index = 21, .length = 1},
  [14] = {.index = 22, .length = 3},
  [15] = {.index = 25, .length = 3},
  [16] = {.index = 28, .length = 2},
  [17] = {.index = 30, .length = 1},
  [18] = {.index = 31, .length = 3},
  [19] = {.index = 34, .length = 3},
  [20] = {.index = 37, .length = 2},
  [21] = {.index = 39, .length = 1},
  [22] = {.index = 40, .length = 2},
  [23] = {.index = 42, .length = 3},
  [24] = {.index = 45, .length = 3},
  [25] = {.index = 48, .length = 2},
  [26] = {.index = 50, .length = 1},
  [27] = {.index = 51, .length = 1},
  [28] = {.index = 52, .length = 1},
  [29] = {.index = 53, .length = 1},
  [30] = {.index = 54, .length = 1},
  [31] = {.index = 55, .length = 2},
  [32] = {.index = 57, .length = 2},
  [33] = {.index = 59, .length = 2},
  [34] = {.index = 61, .length = 2},
  [35] = {.index = 63, .length = 1},
  [36] = {.index = 64, .length = 4},
  [37] = {.index = 68, .length = 3},
  [38] = {.index = 71, .length = 3},
  [39] = {.index = 74, .length = 2},
  [40] = {.index = 74, .length = 2},
  [41] = {.index = 76, .length = 2},
  [42] = {.index = 78, .length = 1},
  [43] = {.index = 79, .length = 1},
  [44] = {.index = 80, .length = 1},
  [45] = {.index = 81, .length = 3},
  [46] = {.index = 84, .length = 2},
  [47] = {.index = 84, .length = 2},
  [48] = {.index = 86, .length = 2},
  [49] = {.index = 88, .length = 2},
  [50] = {.index = 90, .length = 4},
  [51] = {.index = 94, .length = 3},
  [52] = {.index = 97, .length = 3},
  [53] = {.index = 100, .length = 3},
  [54] = {.index = 103, .length = 2},
  [55] = {.index = 103, .length = 2},
  [56] = {.index = 105, .length = 2},
  [57] = {.index = 107, .length = 2},
  [58] = {.index = 109, .length = 1},
  [59] = {.index = 110, .length = 1},
  [60] = {.index = 111, .length = 2},
  [61] = {.index = 113, .length = 2},
  [62] = {.index = 115, .length = 3},
  [63] = {.index = 118, .length = 1},
  [64] = {.index = 119, .length = 2},
  [65] = {.index = 121, .length = 1},
  [66] = {.index = 122, .length = 4},
  [67] = {.index = 126, .length = 2},
  [68] = {.index = 128, .length = 3},
  [69] = {.index = 131, .length = 2},
  [70] = {.index = 133, .length = 2},
  [71] = {.index = 133, .length = 2},
  [72] = {.index = 135, .length = 1},
  [73] = {.index = 136, .length = 1},
  [74] = {.index = 137, .length = 3},
  [75] = {.index = 140, .length = 2},
  [76] = {.index = 142, .length = 4},
  [77] = {.index = 146, .length = 2},
  [78] = {.index = 148, .length = 3},
  [79] = {.index = 151, .length = 2},
  [80] = {.index = 153, .length = 2},
  [81] = {.index = 155, .length = 4},
  [82] = {.index = 159, .length = 2},
  [83] = {.index = 161, .length = 1},
  [84] = {.index = 162, .length = 2},
  [85] = {.index = 164, .length = 3},
  [86] = {.index = 167, .length = 4},
  [87] = {.index = 171, .length = 2},
  [88] = {.index = 173, .length = 2},
  [89] = {.index = 175, .length = 1},
  [90] = {.index = 176, .length = 3},
  [91] = {.index = 179, .length = 3},
  [92] = {.index = 182, .length = 3},
  [93] = {.index = 185, .length = 2},
  [94] = {.index = 187, .length = 2},
  [95] = {.index = 189, .length = 2},
  [96] = {.index = 191, .length = 2},
  [97] = {.index = 193, .length = 4},
  [98] = {.index = 197, .length = 3},
  [99] = {.index = 200, .length = 4},
  [100] = {.index = 204, .length = 4},
  [101] = {.index = 208, .length = 1},
  [102] = {.index = 209, .length = 1},
  [103] = {.index = 210, .length = 4},
  [104] = {.index = 214, .length = 1},
  [105] = {.index = 215, .length = 1},
  [106] = {.index = 216, .length = 3},
  [107] = {.index = 219, .length = 4},
  [108] = {.index = 223, .length = 3},
  [109] = {.index = 226, .length = 1},
  [110] = {.index = 227, .length = 1},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_layout, 1},
  [1] =
    {field_name, 0},
  [2] =
    {field_def_path, 1},
    {field_pass, 3},
  [4] =
    {field_kind, 0},
  [5] =
    {field_body, 4},
    {field_name, 0},
    {field_type, 2},
  [8] =
    {field_body, 4},
    {field_name, 1},
  [10] =
    {field_value, 2},
  [11] =
    {field_name, 0},
    {field_value, 2},
  [13] =
    {field_local, 0},
    {field_type, 2},
  [15] =
    {field_body, 5},
    {field_name, 1},
  [17] =
    {field_body, 5},
    {field_name, 1},
    {field_type, 3},
  [20] =
    {field_text, 1},
  [21] =
    {field_label, 0},
  [22] =
    {field_body, 6},
    {field_name, 1},
    {field_return_type, 5},
  [25] =
    {field_body, 6},
    {field_name, 1},
    {field_yield_type, 5},
  [28] =
    {field_body, 6},
    {field_name, 1},
  [30] =
    {field_value, 1},
  [31] =
    {field_name, 1},
    {field_type, 3},
    {field_value, 5},
  [34] =
    {field_body, 6},
    {field_name, 2},
    {field_type, 4},
  [37] =
    {field_local, 0},
    {field_type, 1},
  [39] =
    {field_place, 0},
  [40] =
    {field_label, 0},
    {field_terminator, 1},
  [42] =
    {field_body, 7},
    {field_name, 1},
    {field_return_type, 6},
  [45] =
    {field_body, 7},
    {field_name, 1},
    {field_yield_type, 6},
  [48] =
    {field_body, 7},
    {field_name, 1},
  [50] =
    {field_index, 1},
  [51] =
    {field_target, 1},
  [52] =
    {field_target, 1, .inherited = true},
  [53] =
    {field_place, 1},
  [54] =
    {field_call, 1},
  [55] =
    {field_arguments, 1},
    {field_kind, 0},
  [57] =
    {field_kind, 0},
    {field_target, 1, .inherited = true},
  [59] =
    {field_label, 0},
    {field_terminator, 2},
  [61] =
    {field_id, 0},
    {field_type, 2},
  [63] =
    {field_id, 0},
  [64] =
    {field_body, 8},
    {field_name, 1},
    {field_return_type, 5},
    {field_yield_type, 7},
  [68] =
    {field_body, 8},
    {field_name, 1},
    {field_return_type, 7},
  [71] =
    {field_body, 8},
    {field_name, 1},
    {field_yield_type, 7},
  [74] =
    {field_name, 1},
    {field_value, 3},
  [76] =
    {field_local, 1},
    {field_type, 3},
  [78] =
    {field_action, 1},
  [79] =
    {field_place, 2},
  [80] =
    {field_function, 0},
  [81] =
    {field_arguments, 1},
    {field_kind, 0},
    {field_target, 2, .inherited = true},
  [84] =
    {field_base, 0},
    {field_index, 2},
  [86] =
    {field_place, 0},
    {field_value, 2},
  [88] =
    {field_label, 0},
    {field_terminator, 3},
  [90] =
    {field_body, 9},
    {field_name, 1},
    {field_return_type, 6},
    {field_yield_type, 8},
  [94] =
    {field_body, 9},
    {field_name, 1},
    {field_return_type, 8},
  [97] =
    {field_body, 9},
    {field_name, 1},
    {field_yield_type, 8},
  [100] =
    {field_body, 9},
    {field_name, 5},
    {field_type, 7},
  [103] =
    {field_name, 2},
    {field_value, 4},
  [105] =
    {field_local, 2},
    {field_type, 4},
  [107] =
    {field_base, 1},
    {field_variant, 3},
  [109] =
    {field_target, 3, .inherited = true},
  [110] =
    {field_static, 2},
  [111] =
    {field_place, 2},
    {field_region, 1},
  [113] =
    {field_kind, 1},
    {field_place, 2},
  [115] =
    {field_call, 2},
    {field_destination, 0},
    {field_target, 3, .inherited = true},
  [118] =
    {field_type, 0},
  [119] =
    {field_label, 0},
    {field_terminator, 4},
  [121] =
    {field_dims, 4},
  [122] =
    {field_body, 10},
    {field_name, 1},
    {field_return_type, 7},
    {field_yield_type, 9},
  [126] =
    {field_id, 1},
    {field_type, 3},
  [128] =
    {field_base, 1},
    {field_variant, 3},
    {field_variant, 4},
  [131] =
    {field_place, 2},
    {field_target, 4, .inherited = true},
  [133] =
    {field_block, 2},
    {field_kind, 0},
  [135] =
    {field_target, 4, .inherited = true},
  [136] =
    {field_static, 3},
  [137] =
    {field_kind, 2},
    {field_place, 3},
    {field_region, 1},
  [140] =
    {field_label, 0},
    {field_terminator, 5},
  [142] =
    {field_body, 11},
    {field_name, 1},
    {field_return_type, 8},
    {field_yield_type, 10},
  [146] =
    {field_index, 1},
    {field_inlined, 4},
  [148] =
    {field_base, 1},
    {field_index, 3},
    {field_type, 5},
  [151] =
    {field_place, 2},
    {field_value, 5},
  [153] =
    {field_place, 3},
    {field_target, 5, .inherited = true},
  [155] =
    {field_action, 1},
    {field_action, 2},
    {field_action, 3},
    {field_action, 4},
  [159] =
    {field_discr, 2},
    {field_otherwise, 5},
  [161] =
    {field_count, 3},
  [162] =
    {field_parts, 4},
    {field_type, 2},
  [164] =
    {field_kind, 0},
    {field_source_info, 3, .inherited = true},
    {field_type, 3, .inherited = true},
  [167] =
    {field_source_info, 0, .inherited = true},
    {field_source_info, 1, .inherited = true},
    {field_type, 0, .inherited = true},
    {field_type, 1, .inherited = true},
  [171] =
    {field_index, 2},
    {field_name, 0},
  [173] =
    {field_place, 2},
    {field_target, 6, .inherited = true},
  [175] =
    {field_discr, 2},
  [176] =
    {field_cond, 2},
    {field_message, 4},
    {field_target, 6, .inherited = true},
  [179] =
    {field_destination, 0},
    {field_target, 6, .inherited = true},
    {field_value, 4},
  [182] =
    {field_kind, 4},
    {field_type, 2},
    {field_value, 0},
  [185] =
    {field_kind, 0},
    {field_type, 4},
  [187] =
    {field_kind, 0},
    {field_source_info, 4},
  [189] =
    {field_place, 3},
    {field_target, 7, .inherited = true},
  [191] =
    {field_target, 2},
    {field_value, 0},
  [193] =
    {field_cond, 3},
    {field_message, 5},
    {field_negated, 2},
    {field_target, 7, .inherited = true},
  [197] =
    {field_cond, 2},
    {field_message, 4},
    {field_target, 7, .inherited = true},
  [200] =
    {field_kind, 0},
    {field_source_info, 5, .inherited = true},
    {field_type, 4},
    {field_type, 5, .inherited = true},
  [204] =
    {field_kind, 0},
    {field_source_info, 4},
    {field_source_info, 5, .inherited = true},
    {field_type, 5, .inherited = true},
  [208] =
    {field_type, 3},
  [209] =
    {field_source_info, 3},
  [210] =
    {field_cond, 3},
    {field_message, 5},
    {field_negated, 2},
    {field_target, 8, .inherited = true},
  [214] =
    {field_span, 4},
  [215] =
    {field_scope, 4},
  [216] =
    {field_scope, 5, .inherited = true},
    {field_span, 4},
    {field_span, 5, .inherited = true},
  [219] =
    {field_scope, 0, .inherited = true},
    {field_scope, 1, .inherited = true},
    {field_span, 0, .inherited = true},
    {field_span, 1, .inherited = true},
  [223] =
    {field_scope, 4},
    {field_scope, 5, .inherited = true},
    {field_span, 5, .inherited = true},
  [226] =
    {field_span, 3},
  [227] =
    {field_scope, 3},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [17] = {
    [1] = alias_sym_const_value,
  },
  [39] = {
    [1] = alias_sym_name,
  },
  [46] = {
    [2] = alias_sym_paren_text_bracket,
  },
  [54] = {
    [2] = alias_sym_name,
  },
  [70] = {
    [0] = sym_identifier,
  },
  [83] = {
    [3] = alias_sym_paren_text_bracket,
  },
  [104] = {
    [4] = alias_sym_span,
  },
  [106] = {
    [4] = alias_sym_span,
  },
  [109] = {
    [3] = alias_sym_span,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 124,
  [125] = 125,
  [126] = 126,
  [127] = 127,
  [128] = 128,
  [129] = 129,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 144,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 153,
  [154] = 154,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 163,
  [164] = 164,
  [165] = 165,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 171,
  [172] = 172,
  [173] = 173,
  [174] = 174,
  [175] = 175,
  [176] = 176,
  [177] = 177,
  [178] = 178,
  [179] = 179,
  [180] = 180,
  [181] = 181,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 202,
  [203] = 203,
  [204] = 204,
  [205] = 205,
  [206] = 206,
  [207] = 207,
  [208] = 208,
  [209] = 209,
  [210] = 210,
  [211] = 211,
  [212] = 212,
  [213] = 200,
  [214] = 201,
  [215] = 215,
  [216] = 216,
  [217] = 217,
  [218] = 218,
  [219] = 219,
  [220] = 220,
  [221] = 221,
  [222] = 222,
  [223] = 223,
  [224] = 224,
  [225] = 225,
  [226] = 226,
  [227] = 227,
  [228] = 228,
  [229] = 229,
  [230] = 230,
  [231] = 231,
  [232] = 232,
  [233] = 233,
  [234] = 234,
  [235] = 235,
  [236] = 236,
  [237] = 237,
  [238] = 238,
  [239] = 239,
  [240] = 240,
  [241] = 241,
  [242] = 242,
  [243] = 243,
  [244] = 244,
  [245] = 245,
  [246] = 246,
  [247] = 247,
  [248] = 248,
  [249] = 249,
  [250] = 250,
  [251] = 251,
  [252] = 252,
  [253] = 253,
  [254] = 254,
  [255] = 255,
  [256] = 256,
  [257] = 257,
  [258] = 258,
  [259] = 259,
  [260] = 260,
  [261] = 261,
  [262] = 262,
  [263] = 263,
  [264] = 264,
  [265] = 265,
  [266] = 266,
  [267] = 267,
  [268] = 268,
  [269] = 269,
  [270] = 270,
  [271] = 271,
  [272] = 272,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 276,
  [277] = 277,
  [278] = 278,
  [279] = 279,
  [280] = 280,
  [281] = 281,
  [282] = 282,
  [283] = 283,
  [284] = 284,
  [285] = 285,
  [286] = 286,
  [287] = 287,
  [288] = 288,
  [289] = 289,
  [290] = 290,
  [291] = 291,
  [292] = 292,
  [293] = 293,
  [294] = 294,
  [295] = 295,
  [296] = 296,
  [297] = 297,
  [298] = 298,
  [299] = 299,
  [300] = 300,
  [301] = 301,
  [302] = 302,
  [303] = 303,
  [304] = 304,
  [305] = 305,
  [306] = 306,
  [307] = 307,
  [308] = 308,
  [309] = 309,
  [310] = 310,
  [311] = 311,
  [312] = 312,
  [313] = 313,
  [314] = 314,
  [315] = 315,
  [316] = 316,
  [317] = 317,
  [318] = 318,
  [319] = 319,
  [320] = 320,
  [321] = 321,
  [322] = 322,
  [323] = 323,
  [324] = 324,
  [325] = 325,
  [326] = 326,
  [327] = 327,
  [328] = 328,
  [329] = 329,
  [330] = 330,
  [331] = 331,
  [332] = 332,
  [333] = 333,
  [334] = 334,
  [335] = 335,
  [336] = 336,
  [337] = 337,
  [338] = 338,
  [339] = 339,
  [340] = 340,
  [341] = 341,
  [342] = 342,
  [343] = 343,
  [344] = 344,
  [345] = 345,
  [346] = 346,
  [347] = 347,
  [348] = 348,
  [349] = 349,
  [350] = 350,
  [351] = 351,
  [352] = 352,
  [353] = 353,
  [354] = 354,
  [355] = 355,
  [356] = 356,
  [357] = 357,
  [358] = 358,
  [359] = 359,
  [360] = 360,
  [361] = 361,
  [362] = 362,
  [363] = 363,
  [364] = 364,
  [365] = 365,
  [366] = 366,
  [367] = 367,
  [368] = 368,
  [369] = 369,
  [370] = 370,
  [371] = 371,
  [372] = 372,
  [373] = 373,
  [374] = 374,
  [375] = 375,
  [376] = 376,
  [377] = 377,
  [378] = 378,
  [379] = 379,
  [380] = 380,
  [381] = 381,
  [382] = 382,
  [383] = 383,
  [384] = 384,
  [385] = 385,
  [386] = 386,
  [387] = 387,
  [388] = 388,
  [389] = 389,
  [390] = 390,
  [391] = 391,
  [392] = 392,
  [393] = 393,
  [394] = 394,
  [395] = 395,
  [396] = 396,
  [397] = 397,
  [398] = 398,
  [399] = 399,
  [400] = 400,
  [401] = 401,
  [402] = 402,
  [403] = 403,
  [404] = 404,
  [405] = 405,
  [406] = 406,
  [407] = 407,
  [408] = 408,
  [409] = 409,
  [410] = 410,
  [411] = 411,
  [412] = 412,
  [413] = 413,
  [414] = 414,
  [415] = 415,
  [416] = 416,
  [417] = 417,
  [418] = 418,
  [419] = 398,
  [420] = 420,
  [421] = 421,
  [422] = 422,
  [423] = 423,
  [424] = 405,
  [425] = 425,
  [426] = 426,
  [427] = 427,
  [428] = 428,
  [429] = 350,
  [430] = 401,
  [431] = 431,
  [432] = 432,
  [433] = 433,
  [434] = 434,
  [435] = 435,
  [436] = 436,
  [437] = 437,
  [438] = 438,
  [439] = 439,
  [440] = 440,
  [441] = 441,
  [442] = 442,
  [443] = 443,
  [444] = 444,
  [445] = 445,
  [446] = 446,
  [447] = 447,
  [448] = 448,
  [449] = 449,
  [450] = 450,
  [451] = 451,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 455,
  [456] = 456,
  [457] = 457,
  [458] = 458,
  [459] = 459,
  [460] = 460,
  [461] = 461,
  [462] = 462,
  [463] = 463,
  [464] = 464,
  [465] = 465,
  [466] = 466,
  [467] = 467,
  [468] = 468,
  [469] = 469,
  [470] = 470,
  [471] = 471,
  [472] = 472,
  [473] = 473,
  [474] = 474,
  [475] = 475,
  [476] = 476,
  [477] = 477,
  [478] = 478,
  [479] = 479,
  [480] = 480,
  [481] = 481,
  [482] = 482,
  [483] = 483,
  [484] = 484,
  [485] = 485,
  [486] = 486,
  [487] = 487,
  [488] = 488,
  [489] = 489,
  [490] = 490,
  [491] = 491,
  [492] = 492,
  [493] = 493,
  [494] = 494,
  [495] = 495,
  [496] = 496,
  [497] = 497,
  [498] = 498,
  [499] = 499,
  [500] = 500,
  [501] = 501,
  [502] = 502,
  [503] = 503,
  [504] = 504,
  [505] = 505,
  [506] = 506,
  [507] = 507,
  [508] = 508,
  [509] = 509,
  [510] = 510,
  [511] = 511,
  [512] = 512,
  [513] = 513,
  [514] = 514,
  [515] = 515,
  [516] = 516,
  [517] = 517,
  [518] = 518,
  [519] = 519,
  [520] = 520,
  [521] = 521,
  [522] = 522,
  [523] = 523,
  [524] = 524,
  [525] = 525,
  [526] = 526,
  [527] = 527,
  [528] = 528,
  [529] = 529,
  [530] = 530,
  [531] = 531,
  [532] = 532,
  [533] = 533,
  [534] = 534,
  [535] = 535,
  [536] = 536,
  [537] = 537,
  [538] = 538,
  [539] = 539,
  [540] = 540,
  [541] = 541,
  [542] = 542,
  [543] = 543,
  [544] = 544,
  [545] = 545,
  [546] = 546,
  [547] = 547,
  [548] = 548,
  [549] = 549,
  [550] = 550,
  [551] = 551,
  [552] = 552,
  [553] = 553,
  [554] = 554,
  [555] = 555,
  [556] = 556,
  [557] = 557,
  [558] = 558,
  [559] = 559,
  [560] = 560,
  [561] = 561,
  [562] = 562,
  [563] = 563,
  [564] = 564,
  [565] = 565,
  [566] = 566,
  [567] = 567,
  [568] = 568,
  [569] = 569,
  [570] = 570,
  [571] = 571,
  [572] = 572,
  [573] = 573,
  [574] = 574,
  [575] = 575,
  [576] = 576,
  [577] = 577,
  [578] = 578,
  [579] = 579,
  [580] = 580,
  [581] = 581,
  [582] = 582,
  [583] = 583,
  [584] = 584,
  [585] = 585,
  [586] = 586,
  [587] = 587,
  [588] = 588,
  [589] = 589,
  [590] = 590,
  [591] = 591,
  [592] = 592,
  [593] = 593,
  [594] = 594,
  [595] = 595,
  [596] = 596,
  [597] = 597,
  [598] = 598,
  [599] = 599,
  [600] = 600,
  [601] = 601,
  [602] = 602,
  [603] = 603,
  [604] = 604,
  [605] = 605,
  [606] = 606,
  [607] = 607,
  [608] = 608,
  [609] = 609,
  [610] = 610,
  [611] = 611,
  [612] = 612,
  [613] = 613,
  [614] = 614,
  [615] = 615,
  [616] = 616,
  [617] = 617,
  [618] = 618,
  [619] = 619,
  [620] = 620,
  [621] = 621,
  [622] = 622,
  [623] = 623,
  [624] = 624,
  [625] = 625,
  [626] = 626,
  [627] = 627,
  [628] = 628,
  [629] = 629,
  [630] = 630,
  [631] = 631,
  [632] = 632,
  [633] = 633,
  [634] = 634,
  [635] = 635,
  [636] = 636,
  [637] = 637,
  [638] = 638,
  [639] = 639,
  [640] = 640,
  [641] = 641,
  [642] = 642,
  [643] = 643,
  [644] = 644,
  [645] = 645,
  [646] = 646,
  [647] = 647,
  [648] = 648,
  [649] = 649,
  [650] = 650,
  [651] = 651,
  [652] = 652,
  [653] = 653,
  [654] = 654,
  [655] = 655,
  [656] = 656,
  [657] = 657,
  [658] = 658,
  [659] = 659,
  [660] = 660,
  [661] = 661,
  [662] = 662,
  [663] = 663,
  [664] = 664,
  [665] = 665,
  [666] = 666,
  [667] = 667,
  [668] = 668,
  [669] = 669,
  [670] = 670,
  [671] = 671,
  [672] = 672,
  [673] = 673,
  [674] = 674,
  [675] = 675,
  [676] = 676,
  [677] = 677,
  [678] = 678,
  [679] = 679,
  [680] = 680,
  [681] = 681,
  [682] = 682,
  [683] = 683,
  [684] = 684,
  [685] = 685,
  [686] = 686,
  [687] = 687,
  [688] = 688,
  [689] = 689,
  [690] = 690,
  [691] = 691,
  [692] = 692,
  [693] = 693,
  [694] = 694,
  [695] = 695,
  [696] = 696,
  [697] = 697,
  [698] = 698,
  [699] = 699,
  [700] = 700,
  [701] = 701,
  [702] = 702,
  [703] = 703,
  [704] = 704,
  [705] = 705,
  [706] = 706,
  [707] = 707,
  [708] = 708,
  [709] = 709,
  [710] = 710,
  [711] = 711,
  [712] = 712,
  [713] = 713,
  [714] = 714,
  [715] = 715,
  [716] = 716,
  [717] = 717,
  [718] = 718,
  [719] = 719,
};

static inline bool sym_identifier_character_set_1(int32_t c) {
  return (c < 43514
    ? (c < 4193
      ? (c < 2707
        ? (c < 1994
          ? (c < 931
            ? (c < 748
              ? (c < 192
                ? (c < 170
                  ? (c < '_'
                    ? (c >= 'A' && c <= 'Z')
                    : c <= 'z')
                  : (c <= 170 || (c < 186
                    ? c == 181
                    : c <= 186)))
                : (c <= 214 || (c < 710
                  ? (c < 248
                    ? (c >= 216 && c <= 246)
                    : c <= 705)
                  : (c <= 721 || (c >= 736 && c <= 740)))))
              : (c <= 748 || (c < 895
                ? (c < 886
                  ? (c < 880
                    ? c == 750
                    : c <= 884)
                  : (c <= 887 || (c >= 891 && c <= 893)))
                : (c <= 895 || (c < 908
                  ? (c < 904
                    ? c == 902
                    : c <= 906)
                  : (c <= 908 || (c >= 910 && c <= 929)))))))
            : (c <= 1013 || (c < 1649
              ? (c < 1376
                ? (c < 1329
                  ? (c < 1162
                    ? (c >= 1015 && c <= 1153)
                    : c <= 1327)
                  : (c <= 1366 || c == 1369))
                : (c <= 1416 || (c < 1568
                  ? (c < 1519
                    ? (c >= 1488 && c <= 1514)
                    : c <= 1522)
                  : (c <= 1610 || (c >= 1646 && c <= 1647)))))
              : (c <= 1747 || (c < 1791
                ? (c < 1774
                  ? (c < 1765
                    ? c == 1749
                    : c <= 1766)
                  : (c <= 1775 || (c >= 1786 && c <= 1788)))
                : (c <= 1791 || (c < 1869
                  ? (c < 1810
                    ? c == 1808
                    : c <= 1839)
                  : (c <= 1957 || c == 1969))))))))
          : (c <= 2026 || (c < 2482
            ? (c < 2208
              ? (c < 2088
                ? (c < 2048
                  ? (c < 2042
                    ? (c >= 2036 && c <= 2037)
                    : c <= 2042)
                  : (c <= 2069 || (c < 2084
                    ? c == 2074
                    : c <= 2084)))
                : (c <= 2088 || (c < 2160
                  ? (c < 2144
                    ? (c >= 2112 && c <= 2136)
                    : c <= 2154)
                  : (c <= 2183 || (c >= 2185 && c <= 2190)))))
              : (c <= 2249 || (c < 2417
                ? (c < 2384
                  ? (c < 2365
                    ? (c >= 2308 && c <= 2361)
                    : c <= 2365)
                  : (c <= 2384 || (c >= 2392 && c <= 2401)))
                : (c <= 2432 || (c < 2451
                  ? (c < 2447
                    ? (c >= 2437 && c <= 2444)
                    : c <= 2448)
                  : (c <= 2472 || (c >= 2474 && c <= 2480)))))))
            : (c <= 2482 || (c < 2579
              ? (c < 2527
                ? (c < 2510
                  ? (c < 2493
                    ? (c >= 2486 && c <= 2489)
                    : c <= 2493)
                  : (c <= 2510 || (c >= 2524 && c <= 2525)))
                : (c <= 2529 || (c < 2565
                  ? (c < 2556
                    ? (c >= 2544 && c <= 2545)
                    : c <= 2556)
                  : (c <= 2570 || (c >= 2575 && c <= 2576)))))
              : (c <= 2600 || (c < 2649
                ? (c < 2613
                  ? (c < 2610
                    ? (c >= 2602 && c <= 2608)
                    : c <= 2611)
                  : (c <= 2614 || (c >= 2616 && c <= 2617)))
                : (c <= 2652 || (c < 2693
                  ? (c < 2674
                    ? c == 2654
                    : c <= 2676)
                  : (c <= 2701 || (c >= 2703 && c <= 2705)))))))))))
        : (c <= 2728 || (c < 3242
          ? (c < 2962
            ? (c < 2858
              ? (c < 2784
                ? (c < 2741
                  ? (c < 2738
                    ? (c >= 2730 && c <= 2736)
                    : c <= 2739)
                  : (c <= 2745 || (c < 2768
                    ? c == 2749
                    : c <= 2768)))
                : (c <= 2785 || (c < 2831
                  ? (c < 2821
                    ? c == 2809
                    : c <= 2828)
                  : (c <= 2832 || (c >= 2835 && c <= 2856)))))
              : (c <= 2864 || (c < 2911
                ? (c < 2877
                  ? (c < 2869
                    ? (c >= 2866 && c <= 2867)
                    : c <= 2873)
                  : (c <= 2877 || (c >= 2908 && c <= 2909)))
                : (c <= 2913 || (c < 2949
                  ? (c < 2947
                    ? c == 2929
                    : c <= 2947)
                  : (c <= 2954 || (c >= 2958 && c <= 2960)))))))
            : (c <= 2965 || (c < 3090
              ? (c < 2984
                ? (c < 2974
                  ? (c < 2972
                    ? (c >= 2969 && c <= 2970)
                    : c <= 2972)
                  : (c <= 2975 || (c >= 2979 && c <= 2980)))
                : (c <= 2986 || (c < 3077
                  ? (c < 3024
                    ? (c >= 2990 && c <= 3001)
                    : c <= 3024)
                  : (c <= 3084 || (c >= 3086 && c <= 3088)))))
              : (c <= 3112 || (c < 3168
                ? (c < 3160
                  ? (c < 3133
                    ? (c >= 3114 && c <= 3129)
                    : c <= 3133)
                  : (c <= 3162 || c == 3165))
                : (c <= 3169 || (c < 3214
                  ? (c < 3205
                    ? c == 3200
                    : c <= 3212)
                  : (c <= 3216 || (c >= 3218 && c <= 3240)))))))))
          : (c <= 3251 || (c < 3648
            ? (c < 3412
              ? (c < 3332
                ? (c < 3293
                  ? (c < 3261
                    ? (c >= 3253 && c <= 3257)
                    : c <= 3261)
                  : (c <= 3294 || (c < 3313
                    ? (c >= 3296 && c <= 3297)
                    : c <= 3314)))
                : (c <= 3340 || (c < 3389
                  ? (c < 3346
                    ? (c >= 3342 && c <= 3344)
                    : c <= 3386)
                  : (c <= 3389 || c == 3406))))
              : (c <= 3414 || (c < 3507
                ? (c < 3461
                  ? (c < 3450
                    ? (c >= 3423 && c <= 3425)
                    : c <= 3455)
                  : (c <= 3478 || (c >= 3482 && c <= 3505)))
                : (c <= 3515 || (c < 3585
                  ? (c < 3520
                    ? c == 3517
                    : c <= 3526)
                  : (c <= 3632 || c == 3634))))))
            : (c <= 3654 || (c < 3782
              ? (c < 3749
                ? (c < 3718
                  ? (c < 3716
                    ? (c >= 3713 && c <= 3714)
                    : c <= 3716)
                  : (c <= 3722 || (c >= 3724 && c <= 3747)))
                : (c <= 3749 || (c < 3773
                  ? (c < 3762
                    ? (c >= 3751 && c <= 3760)
                    : c <= 3762)
                  : (c <= 3773 || (c >= 3776 && c <= 3780)))))
              : (c <= 3782 || (c < 3976
                ? (c < 3904
                  ? (c < 3840
                    ? (c >= 3804 && c <= 3807)
                    : c <= 3840)
                  : (c <= 3911 || (c >= 3913 && c <= 3948)))
                : (c <= 3980 || (c < 4176
                  ? (c < 4159
                    ? (c >= 4096 && c <= 4138)
                    : c <= 4159)
                  : (c <= 4181 || (c >= 4186 && c <= 4189)))))))))))))
      : (c <= 4193 || (c < 8134
        ? (c < 6176
          ? (c < 4808
            ? (c < 4688
              ? (c < 4295
                ? (c < 4213
                  ? (c < 4206
                    ? (c >= 4197 && c <= 4198)
                    : c <= 4208)
                  : (c <= 4225 || (c < 4256
                    ? c == 4238
                    : c <= 4293)))
                : (c <= 4295 || (c < 4348
                  ? (c < 4304
                    ? c == 4301
                    : c <= 4346)
                  : (c <= 4680 || (c >= 4682 && c <= 4685)))))
              : (c <= 4694 || (c < 4752
                ? (c < 4704
                  ? (c < 4698
                    ? c == 4696
                    : c <= 4701)
                  : (c <= 4744 || (c >= 4746 && c <= 4749)))
                : (c <= 4784 || (c < 4800
                  ? (c < 4792
                    ? (c >= 4786 && c <= 4789)
                    : c <= 4798)
                  : (c <= 4800 || (c >= 4802 && c <= 4805)))))))
            : (c <= 4822 || (c < 5792
              ? (c < 5024
                ? (c < 4888
                  ? (c < 4882
                    ? (c >= 4824 && c <= 4880)
                    : c <= 4885)
                  : (c <= 4954 || (c >= 4992 && c <= 5007)))
                : (c <= 5109 || (c < 5743
                  ? (c < 5121
                    ? (c >= 5112 && c <= 5117)
                    : c <= 5740)
                  : (c <= 5759 || (c >= 5761 && c <= 5786)))))
              : (c <= 5866 || (c < 5984
                ? (c < 5919
                  ? (c < 5888
                    ? (c >= 5870 && c <= 5880)
                    : c <= 5905)
                  : (c <= 5937 || (c >= 5952 && c <= 5969)))
                : (c <= 5996 || (c < 6103
                  ? (c < 6016
                    ? (c >= 5998 && c <= 6000)
                    : c <= 6067)
                  : (c <= 6103 || c == 6108))))))))
          : (c <= 6264 || (c < 7312
            ? (c < 6823
              ? (c < 6512
                ? (c < 6320
                  ? (c < 6314
                    ? (c >= 6272 && c <= 6312)
                    : c <= 6314)
                  : (c <= 6389 || (c < 6480
                    ? (c >= 6400 && c <= 6430)
                    : c <= 6509)))
                : (c <= 6516 || (c < 6656
                  ? (c < 6576
                    ? (c >= 6528 && c <= 6571)
                    : c <= 6601)
                  : (c <= 6678 || (c >= 6688 && c <= 6740)))))
              : (c <= 6823 || (c < 7098
                ? (c < 7043
                  ? (c < 6981
                    ? (c >= 6917 && c <= 6963)
                    : c <= 6988)
                  : (c <= 7072 || (c >= 7086 && c <= 7087)))
                : (c <= 7141 || (c < 7258
                  ? (c < 7245
                    ? (c >= 7168 && c <= 7203)
                    : c <= 7247)
                  : (c <= 7293 || (c >= 7296 && c <= 7304)))))))
            : (c <= 7354 || (c < 8008
              ? (c < 7418
                ? (c < 7406
                  ? (c < 7401
                    ? (c >= 7357 && c <= 7359)
                    : c <= 7404)
                  : (c <= 7411 || (c >= 7413 && c <= 7414)))
                : (c <= 7418 || (c < 7960
                  ? (c < 7680
                    ? (c >= 7424 && c <= 7615)
                    : c <= 7957)
                  : (c <= 7965 || (c >= 7968 && c <= 8005)))))
              : (c <= 8013 || (c < 8031
                ? (c < 8027
                  ? (c < 8025
                    ? (c >= 8016 && c <= 8023)
                    : c <= 8025)
                  : (c <= 8027 || c == 8029))
                : (c <= 8061 || (c < 8126
                  ? (c < 8118
                    ? (c >= 8064 && c <= 8116)
                    : c <= 8124)
                  : (c <= 8126 || (c >= 8130 && c <= 8132)))))))))))
        : (c <= 8140 || (c < 12337
          ? (c < 8544
            ? (c < 8458
              ? (c < 8305
                ? (c < 8160
                  ? (c < 8150
                    ? (c >= 8144 && c <= 8147)
                    : c <= 8155)
                  : (c <= 8172 || (c < 8182
                    ? (c >= 8178 && c <= 8180)
                    : c <= 8188)))
                : (c <= 8305 || (c < 8450
                  ? (c < 8336
                    ? c == 8319
                    : c <= 8348)
                  : (c <= 8450 || c == 8455))))
              : (c <= 8467 || (c < 8488
                ? (c < 8484
                  ? (c < 8472
                    ? c == 8469
                    : c <= 8477)
                  : (c <= 8484 || c == 8486))
                : (c <= 8488 || (c < 8517
                  ? (c < 8508
                    ? (c >= 8490 && c <= 8505)
                    : c <= 8511)
                  : (c <= 8521 || c == 8526))))))
            : (c <= 8584 || (c < 11680
              ? (c < 11559
                ? (c < 11506
                  ? (c < 11499
                    ? (c >= 11264 && c <= 11492)
                    : c <= 11502)
                  : (c <= 11507 || (c >= 11520 && c <= 11557)))
                : (c <= 11559 || (c < 11631
                  ? (c < 11568
                    ? c == 11565
                    : c <= 11623)
                  : (c <= 11631 || (c >= 11648 && c <= 11670)))))
              : (c <= 11686 || (c < 11720
                ? (c < 11704
                  ? (c < 11696
                    ? (c >= 11688 && c <= 11694)
                    : c <= 11702)
                  : (c <= 11710 || (c >= 11712 && c <= 11718)))
                : (c <= 11726 || (c < 12293
                  ? (c < 11736
                    ? (c >= 11728 && c <= 11734)
                    : c <= 11742)
                  : (c <= 12295 || (c >= 12321 && c <= 12329)))))))))
          : (c <= 12341 || (c < 42891
            ? (c < 19968
              ? (c < 12549
                ? (c < 12445
                  ? (c < 12353
                    ? (c >= 12344 && c <= 12348)
                    : c <= 12438)
                  : (c <= 12447 || (c < 12540
                    ? (c >= 12449 && c <= 12538)
                    : c <= 12543)))
                : (c <= 12591 || (c < 12784
                  ? (c < 12704
                    ? (c >= 12593 && c <= 12686)
                    : c <= 12735)
                  : (c <= 12799 || (c >= 13312 && c <= 19903)))))
              : (c <= 42124 || (c < 42560
                ? (c < 42512
                  ? (c < 42240
                    ? (c >= 42192 && c <= 42237)
                    : c <= 42508)
                  : (c <= 42527 || (c >= 42538 && c <= 42539)))
                : (c <= 42606 || (c < 42775
                  ? (c < 42656
                    ? (c >= 42623 && c <= 42653)
                    : c <= 42735)
                  : (c <= 42783 || (c >= 42786 && c <= 42888)))))))
            : (c <= 42954 || (c < 43250
              ? (c < 43011
                ? (c < 42965
                  ? (c < 42963
                    ? (c >= 42960 && c <= 42961)
                    : c <= 42963)
                  : (c <= 42969 || (c >= 42994 && c <= 43009)))
                : (c <= 43013 || (c < 43072
                  ? (c < 43020
                    ? (c >= 43015 && c <= 43018)
                    : c <= 43042)
                  : (c <= 43123 || (c >= 43138 && c <= 43187)))))
              : (c <= 43255 || (c < 43360
                ? (c < 43274
                  ? (c < 43261
                    ? c == 43259
                    : c <= 43262)
                  : (c <= 43301 || (c >= 43312 && c <= 43334)))
                : (c <= 43388 || (c < 43488
                  ? (c < 43471
                    ? (c >= 43396 && c <= 43442)
                    : c <= 43471)
                  : (c <= 43492 || (c >= 43494 && c <= 43503)))))))))))))))
    : (c <= 43518 || (c < 70727
      ? (c < 66956
        ? (c < 64914
          ? (c < 43868
            ? (c < 43714
              ? (c < 43646
                ? (c < 43588
                  ? (c < 43584
                    ? (c >= 43520 && c <= 43560)
                    : c <= 43586)
                  : (c <= 43595 || (c < 43642
                    ? (c >= 43616 && c <= 43638)
                    : c <= 43642)))
                : (c <= 43695 || (c < 43705
                  ? (c < 43701
                    ? c == 43697
                    : c <= 43702)
                  : (c <= 43709 || c == 43712))))
              : (c <= 43714 || (c < 43785
                ? (c < 43762
                  ? (c < 43744
                    ? (c >= 43739 && c <= 43741)
                    : c <= 43754)
                  : (c <= 43764 || (c >= 43777 && c <= 43782)))
                : (c <= 43790 || (c < 43816
                  ? (c < 43808
                    ? (c >= 43793 && c <= 43798)
                    : c <= 43814)
                  : (c <= 43822 || (c >= 43824 && c <= 43866)))))))
            : (c <= 43881 || (c < 64287
              ? (c < 63744
                ? (c < 55216
                  ? (c < 44032
                    ? (c >= 43888 && c <= 44002)
                    : c <= 55203)
                  : (c <= 55238 || (c >= 55243 && c <= 55291)))
                : (c <= 64109 || (c < 64275
                  ? (c < 64256
                    ? (c >= 64112 && c <= 64217)
                    : c <= 64262)
                  : (c <= 64279 || c == 64285))))
              : (c <= 64296 || (c < 64323
                ? (c < 64318
                  ? (c < 64312
                    ? (c >= 64298 && c <= 64310)
                    : c <= 64316)
                  : (c <= 64318 || (c >= 64320 && c <= 64321)))
                : (c <= 64324 || (c < 64612
                  ? (c < 64467
                    ? (c >= 64326 && c <= 64433)
                    : c <= 64605)
                  : (c <= 64829 || (c >= 64848 && c <= 64911)))))))))
          : (c <= 64967 || (c < 65599
            ? (c < 65382
              ? (c < 65147
                ? (c < 65139
                  ? (c < 65137
                    ? (c >= 65008 && c <= 65017)
                    : c <= 65137)
                  : (c <= 65139 || (c < 65145
                    ? c == 65143
                    : c <= 65145)))
                : (c <= 65147 || (c < 65313
                  ? (c < 65151
                    ? c == 65149
                    : c <= 65276)
                  : (c <= 65338 || (c >= 65345 && c <= 65370)))))
              : (c <= 65437 || (c < 65498
                ? (c < 65482
                  ? (c < 65474
                    ? (c >= 65440 && c <= 65470)
                    : c <= 65479)
                  : (c <= 65487 || (c >= 65490 && c <= 65495)))
                : (c <= 65500 || (c < 65576
                  ? (c < 65549
                    ? (c >= 65536 && c <= 65547)
                    : c <= 65574)
                  : (c <= 65594 || (c >= 65596 && c <= 65597)))))))
            : (c <= 65613 || (c < 66464
              ? (c < 66208
                ? (c < 65856
                  ? (c < 65664
                    ? (c >= 65616 && c <= 65629)
                    : c <= 65786)
                  : (c <= 65908 || (c >= 66176 && c <= 66204)))
                : (c <= 66256 || (c < 66384
                  ? (c < 66349
                    ? (c >= 66304 && c <= 66335)
                    : c <= 66378)
                  : (c <= 66421 || (c >= 66432 && c <= 66461)))))
              : (c <= 66499 || (c < 66776
                ? (c < 66560
                  ? (c < 66513
                    ? (c >= 66504 && c <= 66511)
                    : c <= 66517)
                  : (c <= 66717 || (c >= 66736 && c <= 66771)))
                : (c <= 66811 || (c < 66928
                  ? (c < 66864
                    ? (c >= 66816 && c <= 66855)
                    : c <= 66915)
                  : (c <= 66938 || (c >= 66940 && c <= 66954)))))))))))
        : (c <= 66962 || (c < 68864
          ? (c < 67828
            ? (c < 67506
              ? (c < 67072
                ? (c < 66979
                  ? (c < 66967
                    ? (c >= 66964 && c <= 66965)
                    : c <= 66977)
                  : (c <= 66993 || (c < 67003
                    ? (c >= 66995 && c <= 67001)
                    : c <= 67004)))
                : (c <= 67382 || (c < 67456
                  ? (c < 67424
                    ? (c >= 67392 && c <= 67413)
                    : c <= 67431)
                  : (c <= 67461 || (c >= 67463 && c <= 67504)))))
              : (c <= 67514 || (c < 67644
                ? (c < 67594
                  ? (c < 67592
                    ? (c >= 67584 && c <= 67589)
                    : c <= 67592)
                  : (c <= 67637 || (c >= 67639 && c <= 67640)))
                : (c <= 67644 || (c < 67712
                  ? (c < 67680
                    ? (c >= 67647 && c <= 67669)
                    : c <= 67702)
                  : (c <= 67742 || (c >= 67808 && c <= 67826)))))))
            : (c <= 67829 || (c < 68224
              ? (c < 68096
                ? (c < 67968
                  ? (c < 67872
                    ? (c >= 67840 && c <= 67861)
                    : c <= 67897)
                  : (c <= 68023 || (c >= 68030 && c <= 68031)))
                : (c <= 68096 || (c < 68121
                  ? (c < 68117
                    ? (c >= 68112 && c <= 68115)
                    : c <= 68119)
                  : (c <= 68149 || (c >= 68192 && c <= 68220)))))
              : (c <= 68252 || (c < 68448
                ? (c < 68352
                  ? (c < 68297
                    ? (c >= 68288 && c <= 68295)
                    : c <= 68324)
                  : (c <= 68405 || (c >= 68416 && c <= 68437)))
                : (c <= 68466 || (c < 68736
                  ? (c < 68608
                    ? (c >= 68480 && c <= 68497)
                    : c <= 68680)
                  : (c <= 68786 || (c >= 68800 && c <= 68850)))))))))
          : (c <= 68899 || (c < 70106
            ? (c < 69749
              ? (c < 69488
                ? (c < 69376
                  ? (c < 69296
                    ? (c >= 69248 && c <= 69289)
                    : c <= 69297)
                  : (c <= 69404 || (c < 69424
                    ? c == 69415
                    : c <= 69445)))
                : (c <= 69505 || (c < 69635
                  ? (c < 69600
                    ? (c >= 69552 && c <= 69572)
                    : c <= 69622)
                  : (c <= 69687 || (c >= 69745 && c <= 69746)))))
              : (c <= 69749 || (c < 69959
                ? (c < 69891
                  ? (c < 69840
                    ? (c >= 69763 && c <= 69807)
                    : c <= 69864)
                  : (c <= 69926 || c == 69956))
                : (c <= 69959 || (c < 70019
                  ? (c < 70006
                    ? (c >= 69968 && c <= 70002)
                    : c <= 70006)
                  : (c <= 70066 || (c >= 70081 && c <= 70084)))))))
            : (c <= 70106 || (c < 70405
              ? (c < 70280
                ? (c < 70163
                  ? (c < 70144
                    ? c == 70108
                    : c <= 70161)
                  : (c <= 70187 || (c >= 70272 && c <= 70278)))
                : (c <= 70280 || (c < 70303
                  ? (c < 70287
                    ? (c >= 70282 && c <= 70285)
                    : c <= 70301)
                  : (c <= 70312 || (c >= 70320 && c <= 70366)))))
              : (c <= 70412 || (c < 70453
                ? (c < 70442
                  ? (c < 70419
                    ? (c >= 70415 && c <= 70416)
                    : c <= 70440)
                  : (c <= 70448 || (c >= 70450 && c <= 70451)))
                : (c <= 70457 || (c < 70493
                  ? (c < 70480
                    ? c == 70461
                    : c <= 70480)
                  : (c <= 70497 || (c >= 70656 && c <= 70708)))))))))))))
      : (c <= 70730 || (c < 119894
        ? (c < 73056
          ? (c < 72001
            ? (c < 71424
              ? (c < 71128
                ? (c < 70852
                  ? (c < 70784
                    ? (c >= 70751 && c <= 70753)
                    : c <= 70831)
                  : (c <= 70853 || (c < 71040
                    ? c == 70855
                    : c <= 71086)))
                : (c <= 71131 || (c < 71296
                  ? (c < 71236
                    ? (c >= 71168 && c <= 71215)
                    : c <= 71236)
                  : (c <= 71338 || c == 71352))))
              : (c <= 71450 || (c < 71945
                ? (c < 71840
                  ? (c < 71680
                    ? (c >= 71488 && c <= 71494)
                    : c <= 71723)
                  : (c <= 71903 || (c >= 71935 && c <= 71942)))
                : (c <= 71945 || (c < 71960
                  ? (c < 71957
                    ? (c >= 71948 && c <= 71955)
                    : c <= 71958)
                  : (c <= 71983 || c == 71999))))))
            : (c <= 72001 || (c < 72349
              ? (c < 72192
                ? (c < 72161
                  ? (c < 72106
                    ? (c >= 72096 && c <= 72103)
                    : c <= 72144)
                  : (c <= 72161 || c == 72163))
                : (c <= 72192 || (c < 72272
                  ? (c < 72250
                    ? (c >= 72203 && c <= 72242)
                    : c <= 72250)
                  : (c <= 72272 || (c >= 72284 && c <= 72329)))))
              : (c <= 72349 || (c < 72818
                ? (c < 72714
                  ? (c < 72704
                    ? (c >= 72368 && c <= 72440)
                    : c <= 72712)
                  : (c <= 72750 || c == 72768))
                : (c <= 72847 || (c < 72971
                  ? (c < 72968
                    ? (c >= 72960 && c <= 72966)
                    : c <= 72969)
                  : (c <= 73008 || c == 73030))))))))
          : (c <= 73061 || (c < 93952
            ? (c < 82944
              ? (c < 73728
                ? (c < 73112
                  ? (c < 73066
                    ? (c >= 73063 && c <= 73064)
                    : c <= 73097)
                  : (c <= 73112 || (c < 73648
                    ? (c >= 73440 && c <= 73458)
                    : c <= 73648)))
                : (c <= 74649 || (c < 77712
                  ? (c < 74880
                    ? (c >= 74752 && c <= 74862)
                    : c <= 75075)
                  : (c <= 77808 || (c >= 77824 && c <= 78894)))))
              : (c <= 83526 || (c < 92928
                ? (c < 92784
                  ? (c < 92736
                    ? (c >= 92160 && c <= 92728)
                    : c <= 92766)
                  : (c <= 92862 || (c >= 92880 && c <= 92909)))
                : (c <= 92975 || (c < 93053
                  ? (c < 93027
                    ? (c >= 92992 && c <= 92995)
                    : c <= 93047)
                  : (c <= 93071 || (c >= 93760 && c <= 93823)))))))
            : (c <= 94026 || (c < 110589
              ? (c < 94208
                ? (c < 94176
                  ? (c < 94099
                    ? c == 94032
                    : c <= 94111)
                  : (c <= 94177 || c == 94179))
                : (c <= 100343 || (c < 110576
                  ? (c < 101632
                    ? (c >= 100352 && c <= 101589)
                    : c <= 101640)
                  : (c <= 110579 || (c >= 110581 && c <= 110587)))))
              : (c <= 110590 || (c < 113664
                ? (c < 110948
                  ? (c < 110928
                    ? (c >= 110592 && c <= 110882)
                    : c <= 110930)
                  : (c <= 110951 || (c >= 110960 && c <= 111355)))
                : (c <= 113770 || (c < 113808
                  ? (c < 113792
                    ? (c >= 113776 && c <= 113788)
                    : c <= 113800)
                  : (c <= 113817 || (c >= 119808 && c <= 119892)))))))))))
        : (c <= 119964 || (c < 125259
          ? (c < 120572
            ? (c < 120086
              ? (c < 119995
                ? (c < 119973
                  ? (c < 119970
                    ? (c >= 119966 && c <= 119967)
                    : c <= 119970)
                  : (c <= 119974 || (c < 119982
                    ? (c >= 119977 && c <= 119980)
                    : c <= 119993)))
                : (c <= 119995 || (c < 120071
                  ? (c < 120005
                    ? (c >= 119997 && c <= 120003)
                    : c <= 120069)
                  : (c <= 120074 || (c >= 120077 && c <= 120084)))))
              : (c <= 120092 || (c < 120138
                ? (c < 120128
                  ? (c < 120123
                    ? (c >= 120094 && c <= 120121)
                    : c <= 120126)
                  : (c <= 120132 || c == 120134))
                : (c <= 120144 || (c < 120514
                  ? (c < 120488
                    ? (c >= 120146 && c <= 120485)
                    : c <= 120512)
                  : (c <= 120538 || (c >= 120540 && c <= 120570)))))))
            : (c <= 120596 || (c < 123191
              ? (c < 120714
                ? (c < 120656
                  ? (c < 120630
                    ? (c >= 120598 && c <= 120628)
                    : c <= 120654)
                  : (c <= 120686 || (c >= 120688 && c <= 120712)))
                : (c <= 120744 || (c < 122624
                  ? (c < 120772
                    ? (c >= 120746 && c <= 120770)
                    : c <= 120779)
                  : (c <= 122654 || (c >= 123136 && c <= 123180)))))
              : (c <= 123197 || (c < 124904
                ? (c < 123584
                  ? (c < 123536
                    ? c == 123214
                    : c <= 123565)
                  : (c <= 123627 || (c >= 124896 && c <= 124902)))
                : (c <= 124907 || (c < 124928
                  ? (c < 124912
                    ? (c >= 124909 && c <= 124910)
                    : c <= 124926)
                  : (c <= 125124 || (c >= 125184 && c <= 125251)))))))))
          : (c <= 125259 || (c < 126559
            ? (c < 126535
              ? (c < 126505
                ? (c < 126497
                  ? (c < 126469
                    ? (c >= 126464 && c <= 126467)
                    : c <= 126495)
                  : (c <= 126498 || (c < 126503
                    ? c == 126500
                    : c <= 126503)))
                : (c <= 126514 || (c < 126523
                  ? (c < 126521
                    ? (c >= 126516 && c <= 126519)
                    : c <= 126521)
                  : (c <= 126523 || c == 126530))))
              : (c <= 126535 || (c < 126548
                ? (c < 126541
                  ? (c < 126539
                    ? c == 126537
                    : c <= 126539)
                  : (c <= 126543 || (c >= 126545 && c <= 126546)))
                : (c <= 126548 || (c < 126555
                  ? (c < 126553
                    ? c == 126551
                    : c <= 126553)
                  : (c <= 126555 || c == 126557))))))
            : (c <= 126559 || (c < 126625
              ? (c < 126580
                ? (c < 126567
                  ? (c < 126564
                    ? (c >= 126561 && c <= 126562)
                    : c <= 126564)
                  : (c <= 126570 || (c >= 126572 && c <= 126578)))
                : (c <= 126583 || (c < 126592
                  ? (c < 126590
                    ? (c >= 126585 && c <= 126588)
                    : c <= 126590)
                  : (c <= 126601 || (c >= 126603 && c <= 126619)))))
              : (c <= 126627 || (c < 177984
                ? (c < 131072
                  ? (c < 126635
                    ? (c >= 126629 && c <= 126633)
                    : c <= 126651)
                  : (c <= 173791 || (c >= 173824 && c <= 177976)))
                : (c <= 178205 || (c < 194560
                  ? (c < 183984
                    ? (c >= 178208 && c <= 183969)
                    : c <= 191456)
                  : (c <= 195101 || (c >= 196608 && c <= 201546)))))))))))))))));
}

static inline bool sym_identifier_character_set_2(int32_t c) {
  return (c < 43514
    ? (c < 4193
      ? (c < 2707
        ? (c < 1994
          ? (c < 910
            ? (c < 736
              ? (c < 186
                ? (c < 'a'
                  ? (c < '_'
                    ? (c >= 'A' && c <= 'Z')
                    : c <= '_')
                  : (c <= 'z' || (c < 181
                    ? c == 170
                    : c <= 181)))
                : (c <= 186 || (c < 248
                  ? (c < 216
                    ? (c >= 192 && c <= 214)
                    : c <= 246)
                  : (c <= 705 || (c >= 710 && c <= 721)))))
              : (c <= 740 || (c < 891
                ? (c < 880
                  ? (c < 750
                    ? c == 748
                    : c <= 750)
                  : (c <= 884 || (c >= 886 && c <= 887)))
                : (c <= 893 || (c < 904
                  ? (c < 902
                    ? c == 895
                    : c <= 902)
                  : (c <= 906 || c == 908))))))
            : (c <= 929 || (c < 1649
              ? (c < 1376
                ? (c < 1162
                  ? (c < 1015
                    ? (c >= 931 && c <= 1013)
                    : c <= 1153)
                  : (c <= 1327 || (c < 1369
                    ? (c >= 1329 && c <= 1366)
                    : c <= 1369)))
                : (c <= 1416 || (c < 1568
                  ? (c < 1519
                    ? (c >= 1488 && c <= 1514)
                    : c <= 1522)
                  : (c <= 1610 || (c >= 1646 && c <= 1647)))))
              : (c <= 1747 || (c < 1791
                ? (c < 1774
                  ? (c < 1765
                    ? c == 1749
                    : c <= 1766)
                  : (c <= 1775 || (c >= 1786 && c <= 1788)))
                : (c <= 1791 || (c < 1869
                  ? (c < 1810
                    ? c == 1808
                    : c <= 1839)
                  : (c <= 1957 || c == 1969))))))))
          : (c <= 2026 || (c < 2482
            ? (c < 2208
              ? (c < 2088
                ? (c < 2048
                  ? (c < 2042
                    ? (c >= 2036 && c <= 2037)
                    : c <= 2042)
                  : (c <= 2069 || (c < 2084
                    ? c == 2074
                    : c <= 2084)))
                : (c <= 2088 || (c < 2160
                  ? (c < 2144
                    ? (c >= 2112 && c <= 2136)
                    : c <= 2154)
                  : (c <= 2183 || (c >= 2185 && c <= 2190)))))
              : (c <= 2249 || (c < 2417
                ? (c < 2384
                  ? (c < 2365
                    ? (c >= 2308 && c <= 2361)
                    : c <= 2365)
                  : (c <= 2384 || (c >= 2392 && c <= 2401)))
                : (c <= 2432 || (c < 2451
                  ? (c < 2447
                    ? (c >= 2437 && c <= 2444)
                    : c <= 2448)
                  : (c <= 2472 || (c >= 2474 && c <= 2480)))))))
            : (c <= 2482 || (c < 2579
              ? (c < 2527
                ? (c < 2510
                  ? (c < 2493
                    ? (c >= 2486 && c <= 2489)
                    : c <= 2493)
                  : (c <= 2510 || (c >= 2524 && c <= 2525)))
                : (c <= 2529 || (c < 2565
                  ? (c < 2556
                    ? (c >= 2544 && c <= 2545)
                    : c <= 2556)
                  : (c <= 2570 || (c >= 2575 && c <= 2576)))))
              : (c <= 2600 || (c < 2649
                ? (c < 2613
                  ? (c < 2610
                    ? (c >= 2602 && c <= 2608)
                    : c <= 2611)
                  : (c <= 2614 || (c >= 2616 && c <= 2617)))
                : (c <= 2652 || (c < 2693
                  ? (c < 2674
                    ? c == 2654
                    : c <= 2676)
                  : (c <= 2701 || (c >= 2703 && c <= 2705)))))))))))
        : (c <= 2728 || (c < 3242
          ? (c < 2962
            ? (c < 2858
              ? (c < 2784
                ? (c < 2741
                  ? (c < 2738
                    ? (c >= 2730 && c <= 2736)
                    : c <= 2739)
                  : (c <= 2745 || (c < 2768
                    ? c == 2749
                    : c <= 2768)))
                : (c <= 2785 || (c < 2831
                  ? (c < 2821
                    ? c == 2809
                    : c <= 2828)
                  : (c <= 2832 || (c >= 2835 && c <= 2856)))))
              : (c <= 2864 || (c < 2911
                ? (c < 2877
                  ? (c < 2869
                    ? (c >= 2866 && c <= 2867)
                    : c <= 2873)
                  : (c <= 2877 || (c >= 2908 && c <= 2909)))
                : (c <= 2913 || (c < 2949
                  ? (c < 2947
                    ? c == 2929
                    : c <= 2947)
                  : (c <= 2954 || (c >= 2958 && c <= 2960)))))))
            : (c <= 2965 || (c < 3090
              ? (c < 2984
                ? (c < 2974
                  ? (c < 2972
                    ? (c >= 2969 && c <= 2970)
                    : c <= 2972)
                  : (c <= 2975 || (c >= 2979 && c <= 2980)))
                : (c <= 2986 || (c < 3077
                  ? (c < 3024
                    ? (c >= 2990 && c <= 3001)
                    : c <= 3024)
                  : (c <= 3084 || (c >= 3086 && c <= 3088)))))
              : (c <= 3112 || (c < 3168
                ? (c < 3160
                  ? (c < 3133
                    ? (c >= 3114 && c <= 3129)
                    : c <= 3133)
                  : (c <= 3162 || c == 3165))
                : (c <= 3169 || (c < 3214
                  ? (c < 3205
                    ? c == 3200
                    : c <= 3212)
                  : (c <= 3216 || (c >= 3218 && c <= 3240)))))))))
          : (c <= 3251 || (c < 3648
            ? (c < 3412
              ? (c < 3332
                ? (c < 3293
                  ? (c < 3261
                    ? (c >= 3253 && c <= 3257)
                    : c <= 3261)
                  : (c <= 3294 || (c < 3313
                    ? (c >= 3296 && c <= 3297)
                    : c <= 3314)))
                : (c <= 3340 || (c < 3389
                  ? (c < 3346
                    ? (c >= 3342 && c <= 3344)
                    : c <= 3386)
                  : (c <= 3389 || c == 3406))))
              : (c <= 3414 || (c < 3507
                ? (c < 3461
                  ? (c < 3450
                    ? (c >= 3423 && c <= 3425)
                    : c <= 3455)
                  : (c <= 3478 || (c >= 3482 && c <= 3505)))
                : (c <= 3515 || (c < 3585
                  ? (c < 3520
                    ? c == 3517
                    : c <= 3526)
                  : (c <= 3632 || c == 3634))))))
            : (c <= 3654 || (c < 3782
              ? (c < 3749
                ? (c < 3718
                  ? (c < 3716
                    ? (c >= 3713 && c <= 3714)
                    : c <= 3716)
                  : (c <= 3722 || (c >= 3724 && c <= 3747)))
                : (c <= 3749 || (c < 3773
                  ? (c < 3762
                    ? (c >= 3751 && c <= 3760)
                    : c <= 3762)
                  : (c <= 3773 || (c >= 3776 && c <= 3780)))))
              : (c <= 3782 || (c < 3976
                ? (c < 3904
                  ? (c < 3840
                    ? (c >= 3804 && c <= 3807)
                    : c <= 3840)
                  : (c <= 3911 || (c >= 3913 && c <= 3948)))
                : (c <= 3980 || (c < 4176
                  ? (c < 4159
                    ? (c >= 4096 && c <= 4138)
                    : c <= 4159)
                  : (c <= 4181 || (c >= 4186 && c <= 4189)))))))))))))
      : (c <= 4193 || (c < 8134
        ? (c < 6176
          ? (c < 4808
            ? (c < 4688
              ? (c < 4295
                ? (c < 4213
                  ? (c < 4206
                    ? (c >= 4197 && c <= 4198)
                    : c <= 4208)
                  : (c <= 4225 || (c < 4256
                    ? c == 4238
                    : c <= 4293)))
                : (c <= 4295 || (c < 4348
                  ? (c < 4304
                    ? c == 4301
                    : c <= 4346)
                  : (c <= 4680 || (c >= 4682 && c <= 4685)))))
              : (c <= 4694 || (c < 4752
                ? (c < 4704
                  ? (c < 4698
                    ? c == 4696
                    : c <= 4701)
                  : (c <= 4744 || (c >= 4746 && c <= 4749)))
                : (c <= 4784 || (c < 4800
                  ? (c < 4792
                    ? (c >= 4786 && c <= 4789)
                    : c <= 4798)
                  : (c <= 4800 || (c >= 4802 && c <= 4805)))))))
            : (c <= 4822 || (c < 5792
              ? (c < 5024
                ? (c < 4888
                  ? (c < 4882
                    ? (c >= 4824 && c <= 4880)
                    : c <= 4885)
                  : (c <= 4954 || (c >= 4992 && c <= 5007)))
                : (c <= 5109 || (c < 5743
                  ? (c < 5121
                    ? (c >= 5112 && c <= 5117)
                    : c <= 5740)
                  : (c <= 5759 || (c >= 5761 && c <= 5786)))))
              : (c <= 5866 || (c < 5984
                ? (c < 5919
                  ? (c < 5888
                    ? (c >= 5870 && c <= 5880)
                    : c <= 5905)
                  : (c <= 5937 || (c >= 5952 && c <= 5969)))
                : (c <= 5996 || (c < 6103
                  ? (c < 6016
                    ? (c >= 5998 && c <= 6000)
                    : c <= 6067)
                  : (c <= 6103 || c == 6108))))))))
          : (c <= 6264 || (c < 7312
            ? (c < 6823
              ? (c < 6512
                ? (c < 6320
                  ? (c < 6314
                    ? (c >= 6272 && c <= 6312)
                    : c <= 6314)
                  : (c <= 6389 || (c < 6480
                    ? (c >= 6400 && c <= 6430)
                    : c <= 6509)))
                : (c <= 6516 || (c < 6656
                  ? (c < 6576
                    ? (c >= 6528 && c <= 6571)
                    : c <= 6601)
                  : (c <= 6678 || (c >= 6688 && c <= 6740)))))
              : (c <= 6823 || (c < 7098
                ? (c < 7043
                  ? (c < 6981
                    ? (c >= 6917 && c <= 6963)
                    : c <= 6988)
                  : (c <= 7072 || (c >= 7086 && c <= 7087)))
                : (c <= 7141 || (c < 7258
                  ? (c < 7245
                    ? (c >= 7168 && c <= 7203)
                    : c <= 7247)
                  : (c <= 7293 || (c >= 7296 && c <= 7304)))))))
            : (c <= 7354 || (c < 8008
              ? (c < 7418
                ? (c < 7406
                  ? (c < 7401
                    ? (c >= 7357 && c <= 7359)
                    : c <= 7404)
                  : (c <= 7411 || (c >= 7413 && c <= 7414)))
                : (c <= 7418 || (c < 7960
                  ? (c < 7680
                    ? (c >= 7424 && c <= 7615)
                    : c <= 7957)
                  : (c <= 7965 || (c >= 7968 && c <= 8005)))))
              : (c <= 8013 || (c < 8031
                ? (c < 8027
                  ? (c < 8025
                    ? (c >= 8016 && c <= 8023)
                    : c <= 8025)
                  : (c <= 8027 || c == 8029))
                : (c <= 8061 || (c < 8126
                  ? (c < 8118
                    ? (c >= 8064 && c <= 8116)
                    : c <= 8124)
                  : (c <= 8126 || (c >= 8130 && c <= 8132)))))))))))
        : (c <= 8140 || (c < 12337
          ? (c < 8544
            ? (c < 8458
              ? (c < 8305
                ? (c < 8160
                  ? (c < 8150
                    ? (c >= 8144 && c <= 8147)
                    : c <= 8155)
                  : (c <= 8172 || (c < 8182
                    ? (c >= 8178 && c <= 8180)
                    : c <= 8188)))
                : (c <= 8305 || (c < 8450
                  ? (c < 8336
                    ? c == 8319
                    : c <= 8348)
                  : (c <= 8450 || c == 8455))))
              : (c <= 8467 || (c < 8488
                ? (c < 8484
                  ? (c < 8472
                    ? c == 8469
                    : c <= 8477)
                  : (c <= 8484 || c == 8486))
                : (c <= 8488 || (c < 8517
                  ? (c < 8508
                    ? (c >= 8490 && c <= 8505)
                    : c <= 8511)
                  : (c <= 8521 || c == 8526))))))
            : (c <= 8584 || (c < 11680
              ? (c < 11559
                ? (c < 11506
                  ? (c < 11499
                    ? (c >= 11264 && c <= 11492)
                    : c <= 11502)
                  : (c <= 11507 || (c >= 11520 && c <= 11557)))
                : (c <= 11559 || (c < 11631
                  ? (c < 11568
                    ? c == 11565
                    : c <= 11623)
                  : (c <= 11631 || (c >= 11648 && c <= 11670)))))
              : (c <= 11686 || (c < 11720
                ? (c < 11704
                  ? (c < 11696
                    ? (c >= 11688 && c <= 11694)
                    : c <= 11702)
                  : (c <= 11710 || (c >= 11712 && c <= 11718)))
                : (c <= 11726 || (c < 12293
                  ? (c < 11736
                    ? (c >= 11728 && c <= 11734)
                    : c <= 11742)
                  : (c <= 12295 || (c >= 12321 && c <= 12329)))))))))
          : (c <= 12341 || (c < 42891
            ? (c < 19968
              ? (c < 12549
                ? (c < 12445
                  ? (c < 12353
                    ? (c >= 12344 && c <= 12348)
                    : c <= 12438)
                  : (c <= 12447 || (c < 12540
                    ? (c >= 12449 && c <= 12538)
                    : c <= 12543)))
                : (c <= 12591 || (c < 12784
                  ? (c < 12704
                    ? (c >= 12593 && c <= 12686)
                    : c <= 12735)
                  : (c <= 12799 || (c >= 13312 && c <= 19903)))))
              : (c <= 42124 || (c < 42560
                ? (c < 42512
                  ? (c < 42240
                    ? (c >= 42192 && c <= 42237)
                    : c <= 42508)
                  : (c <= 42527 || (c >= 42538 && c <= 42539)))
                : (c <= 42606 || (c < 42775
                  ? (c < 42656
                    ? (c >= 42623 && c <= 42653)
                    : c <= 42735)
                  : (c <= 42783 || (c >= 42786 && c <= 42888)))))))
            : (c <= 42954 || (c < 43250
              ? (c < 43011
                ? (c < 42965
                  ? (c < 42963
                    ? (c >= 42960 && c <= 42961)
                    : c <= 42963)
                  : (c <= 42969 || (c >= 42994 && c <= 43009)))
                : (c <= 43013 || (c < 43072
                  ? (c < 43020
                    ? (c >= 43015 && c <= 43018)
                    : c <= 43042)
                  : (c <= 43123 || (c >= 43138 && c <= 43187)))))
              : (c <= 43255 || (c < 43360
                ? (c < 43274
                  ? (c < 43261
                    ? c == 43259
                    : c <= 43262)
                  : (c <= 43301 || (c >= 43312 && c <= 43334)))
                : (c <= 43388 || (c < 43488
                  ? (c < 43471
                    ? (c >= 43396 && c <= 43442)
                    : c <= 43471)
                  : (c <= 43492 || (c >= 43494 && c <= 43503)))))))))))))))
    : (c <= 43518 || (c < 70727
      ? (c < 66956
        ? (c < 64914
          ? (c < 43868
            ? (c < 43714
              ? (c < 43646
                ? (c < 43588
                  ? (c < 43584
                    ? (c >= 43520 && c <= 43560)
                    : c <= 43586)
                  : (c <= 43595 || (c < 43642
                    ? (c >= 43616 && c <= 43638)
                    : c <= 43642)))
                : (c <= 43695 || (c < 43705
                  ? (c < 43701
                    ? c == 43697
                    : c <= 43702)
                  : (c <= 43709 || c == 43712))))
              : (c <= 43714 || (c < 43785
                ? (c < 43762
                  ? (c < 43744
                    ? (c >= 43739 && c <= 43741)
                    : c <= 43754)
                  : (c <= 43764 || (c >= 43777 && c <= 43782)))
                : (c <= 43790 || (c < 43816
                  ? (c < 43808
                    ? (c >= 43793 && c <= 43798)
                    : c <= 43814)
                  : (c <= 43822 || (c >= 43824 && c <= 43866)))))))
            : (c <= 43881 || (c < 64287
              ? (c < 63744
                ? (c < 55216
                  ? (c < 44032
                    ? (c >= 43888 && c <= 44002)
                    : c <= 55203)
                  : (c <= 55238 || (c >= 55243 && c <= 55291)))
                : (c <= 64109 || (c < 64275
                  ? (c < 64256
                    ? (c >= 64112 && c <= 64217)
                    : c <= 64262)
                  : (c <= 64279 || c == 64285))))
              : (c <= 64296 || (c < 64323
                ? (c < 64318
                  ? (c < 64312
                    ? (c >= 64298 && c <= 64310)
                    : c <= 64316)
                  : (c <= 64318 || (c >= 64320 && c <= 64321)))
                : (c <= 64324 || (c < 64612
                  ? (c < 64467
                    ? (c >= 64326 && c <= 64433)
                    : c <= 64605)
                  : (c <= 64829 || (c >= 64848 && c <= 64911)))))))))
          : (c <= 64967 || (c < 65599
            ? (c < 65382
              ? (c < 65147
                ? (c < 65139
                  ? (c < 65137
                    ? (c >= 65008 && c <= 65017)
                    : c <= 65137)
                  : (c <= 65139 || (c < 65145
                    ? c == 65143
                    : c <= 65145)))
                : (c <= 65147 || (c < 65313
                  ? (c < 65151
                    ? c == 65149
                    : c <= 65276)
                  : (c <= 65338 || (c >= 65345 && c <= 65370)))))
              : (c <= 65437 || (c < 65498
                ? (c < 65482
                  ? (c < 65474
                    ? (c >= 65440 && c <= 65470)
                    : c <= 65479)
                  : (c <= 65487 || (c >= 65490 && c <= 65495)))
                : (c <= 65500 || (c < 65576
                  ? (c < 65549
                    ? (c >= 65536 && c <= 65547)
                    : c <= 65574)
                  : (c <= 65594 || (c >= 65596 && c <= 65597)))))))
            : (c <= 65613 || (c < 66464
              ? (c < 66208
                ? (c < 65856
                  ? (c < 65664
                    ? (c >= 65616 && c <= 65629)
                    : c <= 65786)
                  : (c <= 65908 || (c >= 66176 && c <= 66204)))
                : (c <= 66256 || (c < 66384
                  ? (c < 66349
                    ? (c >= 66304 && c <= 66335)
                    : c <= 66378)
                  : (c <= 66421 || (c >= 66432 && c <= 66461)))))
              : (c <= 66499 || (c < 66776
                ? (c < 66560
                  ? (c < 66513
                    ? (c >= 66504 && c <= 66511)
                    : c <= 66517)
                  : (c <= 66717 || (c >= 66736 && c <= 66771)))
                : (c <= 66811 || (c < 66928
                  ? (c < 66864
                    ? (c >= 66816 && c <= 66855)
                    : c <= 66915)
                  : (c <= 66938 || (c >= 66940 && c <= 66954)))))))))))
        : (c <= 66962 || (c < 68864
          ? (c < 67828
            ? (c < 67506
              ? (c < 67072
                ? (c < 66979
                  ? (c < 66967
                    ? (c >= 66964 && c <= 66965)
                    : c <= 66977)
                  : (c <= 66993 || (c < 67003
                    ? (c >= 66995 && c <= 67001)
                    : c <= 67004)))
                : (c <= 67382 || (c < 67456
                  ? (c < 67424
                    ? (c >= 67392 && c <= 67413)
                    : c <= 67431)
                  : (c <= 67461 || (c >= 67463 && c <= 67504)))))
              : (c <= 67514 || (c < 67644
                ? (c < 67594
                  ? (c < 67592
                    ? (c >= 67584 && c <= 67589)
                    : c <= 67592)
                  : (c <= 67637 || (c >= 67639 && c <= 67640)))
                : (c <= 67644 || (c < 67712
                  ? (c < 67680
                    ? (c >= 67647 && c <= 67669)
                    : c <= 67702)
                  : (c <= 67742 || (c >= 67808 && c <= 67826)))))))
            : (c <= 67829 || (c < 68224
              ? (c < 68096
                ? (c < 67968
                  ? (c < 67872
                    ? (c >= 67840 && c <= 67861)
                    : c <= 67897)
                  : (c <= 68023 || (c >= 68030 && c <= 68031)))
                : (c <= 68096 || (c < 68121
                  ? (c < 68117
                    ? (c >= 68112 && c <= 68115)
                    : c <= 68119)
                  : (c <= 68149 || (c >= 68192 && c <= 68220)))))
              : (c <= 68252 || (c < 68448
                ? (c < 68352
                  ? (c < 68297
                    ? (c >= 68288 && c <= 68295)
                    : c <= 68324)
                  : (c <= 68405 || (c >= 68416 && c <= 68437)))
                : (c <= 68466 || (c < 68736
                  ? (c < 68608
                    ? (c >= 68480 && c <= 68497)
                    : c <= 68680)
                  : (c <= 68786 || (c >= 68800 && c <= 68850)))))))))
          : (c <= 68899 || (c < 70106
            ? (c < 69749
              ? (c < 69488
                ? (c < 69376
                  ? (c < 69296
                    ? (c >= 69248 && c <= 69289)
                    : c <= 69297)
                  : (c <= 69404 || (c < 69424
                    ? c == 69415
                    : c <= 69445)))
                : (c <= 69505 || (c < 69635
                  ? (c < 69600
                    ? (c >= 69552 && c <= 69572)
                    : c <= 69622)
                  : (c <= 69687 || (c >= 69745 && c <= 69746)))))
              : (c <= 69749 || (c < 69959
                ? (c < 69891
                  ? (c < 69840
                    ? (c >= 69763 && c <= 69807)
                    : c <= 69864)
                  : (c <= 69926 || c == 69956))
                : (c <= 69959 || (c < 70019
                  ? (c < 70006
                    ? (c >= 69968 && c <= 70002)
                    : c <= 70006)
                  : (c <= 70066 || (c >= 70081 && c <= 70084)))))))
            : (c <= 70106 || (c < 70405
              ? (c < 70280
                ? (c < 70163
                  ? (c < 70144
                    ? c == 70108
                    : c <= 70161)
                  : (c <= 70187 || (c >= 70272 && c <= 70278)))
                : (c <= 70280 || (c < 70303
                  ? (c < 70287
                    ? (c >= 70282 && c <= 70285)
                    : c <= 70301)
                  : (c <= 70312 || (c >= 70320 && c <= 70366)))))
              : (c <= 70412 || (c < 70453
                ? (c < 70442
                  ? (c < 70419
                    ? (c >= 70415 && c <= 70416)
                    : c <= 70440)
                  : (c <= 70448 || (c >= 70450 && c <= 70451)))
                : (c <= 70457 || (c < 70493
                  ? (c < 70480
                    ? c == 70461
                    : c <= 70480)
                  : (c <= 70497 || (c >= 70656 && c <= 70708)))))))))))))
      : (c <= 70730 || (c < 119894
        ? (c < 73056
          ? (c < 72001
            ? (c < 71424
              ? (c < 71128
                ? (c < 70852
                  ? (c < 70784
                    ? (c >= 70751 && c <= 70753)
                    : c <= 70831)
                  : (c <= 70853 || (c < 71040
                    ? c == 70855
                    : c <= 71086)))
                : (c <= 71131 || (c < 71296
                  ? (c < 71236
                    ? (c >= 71168 && c <= 71215)
                    : c <= 71236)
                  : (c <= 71338 || c == 71352))))
              : (c <= 71450 || (c < 71945
                ? (c < 71840
                  ? (c < 71680
                    ? (c >= 71488 && c <= 71494)
                    : c <= 71723)
                  : (c <= 71903 || (c >= 71935 && c <= 71942)))
                : (c <= 71945 || (c < 71960
                  ? (c < 71957
                    ? (c >= 71948 && c <= 71955)
                    : c <= 71958)
                  : (c <= 71983 || c == 71999))))))
            : (c <= 72001 || (c < 72349
              ? (c < 72192
                ? (c < 72161
                  ? (c < 72106
                    ? (c >= 72096 && c <= 72103)
                    : c <= 72144)
                  : (c <= 72161 || c == 72163))
                : (c <= 72192 || (c < 72272
                  ? (c < 72250
                    ? (c >= 72203 && c <= 72242)
                    : c <= 72250)
                  : (c <= 72272 || (c >= 72284 && c <= 72329)))))
              : (c <= 72349 || (c < 72818
                ? (c < 72714
                  ? (c < 72704
                    ? (c >= 72368 && c <= 72440)
                    : c <= 72712)
                  : (c <= 72750 || c == 72768))
                : (c <= 72847 || (c < 72971
                  ? (c < 72968
                    ? (c >= 72960 && c <= 72966)
                    : c <= 72969)
                  : (c <= 73008 || c == 73030))))))))
          : (c <= 73061 || (c < 93952
            ? (c < 82944
              ? (c < 73728
                ? (c < 73112
                  ? (c < 73066
                    ? (c >= 73063 && c <= 73064)
                    : c <= 73097)
                  : (c <= 73112 || (c < 73648
                    ? (c >= 73440 && c <= 73458)
                    : c <= 73648)))
                : (c <= 74649 || (c < 77712
                  ? (c < 74880
                    ? (c >= 74752 && c <= 74862)
                    : c <= 75075)
                  : (c <= 77808 || (c >= 77824 && c <= 78894)))))
              : (c <= 83526 || (c < 92928
                ? (c < 92784
                  ? (c < 92736
                    ? (c >= 92160 && c <= 92728)
                    : c <= 92766)
                  : (c <= 92862 || (c >= 92880 && c <= 92909)))
                : (c <= 92975 || (c < 93053
                  ? (c < 93027
                    ? (c >= 92992 && c <= 92995)
                    : c <= 93047)
                  : (c <= 93071 || (c >= 93760 && c <= 93823)))))))
            : (c <= 94026 || (c < 110589
              ? (c < 94208
                ? (c < 94176
                  ? (c < 94099
                    ? c == 94032
                    : c <= 94111)
                  : (c <= 94177 || c == 94179))
                : (c <= 100343 || (c < 110576
                  ? (c < 101632
                    ? (c >= 100352 && c <= 101589)
                    : c <= 101640)
                  : (c <= 110579 || (c >= 110581 && c <= 110587)))))
              : (c <= 110590 || (c < 113664
                ? (c < 110948
                  ? (c < 110928
                    ? (c >= 110592 && c <= 110882)
                    : c <= 110930)
                  : (c <= 110951 || (c >= 110960 && c <= 111355)))
                : (c <= 113770 || (c < 113808
                  ? (c < 113792
                    ? (c >= 113776 && c <= 113788)
                    : c <= 113800)
                  : (c <= 113817 || (c >= 119808 && c <= 119892)))))))))))
        : (c <= 119964 || (c < 125259
          ? (c < 120572
            ? (c < 120086
              ? (c < 119995
                ? (c < 119973
                  ? (c < 119970
                    ? (c >= 119966 && c <= 119967)
                    : c <= 119970)
                  : (c <= 119974 || (c < 119982
                    ? (c >= 119977 && c <= 119980)
                    : c <= 119993)))
                : (c <= 119995 || (c < 120071
                  ? (c < 120005
                    ? (c >= 119997 && c <= 120003)
                    : c <= 120069)
                  : (c <= 120074 || (c >= 120077 && c <= 120084)))))
              : (c <= 120092 || (c < 120138
                ? (c < 120128
                  ? (c < 120123
                    ? (c >= 120094 && c <= 120121)
                    : c <= 120126)
                  : (c <= 120132 || c == 120134))
                : (c <= 120144 || (c < 120514
                  ? (c < 120488
                    ? (c >= 120146 && c <= 120485)
                    : c <= 120512)
                  : (c <= 120538 || (c >= 120540 && c <= 120570)))))))
            : (c <= 120596 || (c < 123191
              ? (c < 120714
                ? (c < 120656
                  ? (c < 120630
                    ? (c >= 120598 && c <= 120628)
                    : c <= 120654)
                  : (c <= 120686 || (c >= 120688 && c <= 120712)))
                : (c <= 120744 || (c < 122624
                  ? (c < 120772
                    ? (c >= 120746 && c <= 120770)
                    : c <= 120779)
                  : (c <= 122654 || (c >= 123136 && c <= 123180)))))
              : (c <= 123197 || (c < 124904
                ? (c < 123584
                  ? (c < 123536
                    ? c == 123214
                    : c <= 123565)
                  : (c <= 123627 || (c >= 124896 && c <= 124902)))
                : (c <= 124907 || (c < 124928
                  ? (c < 124912
                    ? (c >= 124909 && c <= 124910)
                    : c <= 124926)
                  : (c <= 125124 || (c >= 125184 && c <= 125251)))))))))
          : (c <= 125259 || (c < 126559
            ? (c < 126535
              ? (c < 126505
                ? (c < 126497
                  ? (c < 126469
                    ? (c >= 126464 && c <= 126467)
                    : c <= 126495)
                  : (c <= 126498 || (c < 126503
                    ? c == 126500
                    : c <= 126503)))
                : (c <= 126514 || (c < 126523
                  ? (c < 126521
                    ? (c >= 126516 && c <= 126519)
                    : c <= 126521)
                  : (c <= 126523 || c == 126530))))
              : (c <= 126535 || (c < 126548
                ? (c < 126541
                  ? (c < 126539
                    ? c == 126537
                    : c <= 126539)
                  : (c <= 126543 || (c >= 126545 && c <= 126546)))
                : (c <= 126548 || (c < 126555
                  ? (c < 126553
                    ? c == 126551
                    : c <= 126553)
                  : (c <= 126555 || c == 126557))))))
            : (c <= 126559 || (c < 126625
              ? (c < 126580
                ? (c < 126567
                  ? (c < 126564
                    ? (c >= 126561 && c <= 126562)
                    : c <= 126564)
                  : (c <= 126570 || (c >= 126572 && c <= 126578)))
                : (c <= 126583 || (c < 126592
                  ? (c < 126590
                    ? (c >= 126585 && c <= 126588)
                    : c <= 126590)
                  : (c <= 126601 || (c >= 126603 && c <= 126619)))))
              : (c <= 126627 || (c < 177984
                ? (c < 131072
                  ? (c < 126635
                    ? (c >= 126629 && c <= 126633)
                    : c <= 126651)
                  : (c <= 173791 || (c >= 173824 && c <= 177976)))
                : (c <= 178205 || (c < 194560
                  ? (c < 183984
                    ? (c >= 178208 && c <= 183969)
                    : c <= 191456)
                  : (c <= 195101 || (c >= 196608 && c <= 201546)))))))))))))))));
}

static inline bool sym_identifier_character_set_3(int32_t c) {
  return (c < 43514
    ? (c < 4193
      ? (c < 2707
        ? (c < 1994
          ? (c < 910
            ? (c < 736
              ? (c < 186
                ? (c < 'b'
                  ? (c < '_'
                    ? (c >= 'A' && c <= 'Z')
                    : c <= '_')
                  : (c <= 'z' || (c < 181
                    ? c == 170
                    : c <= 181)))
                : (c <= 186 || (c < 248
                  ? (c < 216
                    ? (c >= 192 && c <= 214)
                    : c <= 246)
                  : (c <= 705 || (c >= 710 && c <= 721)))))
              : (c <= 740 || (c < 891
                ? (c < 880
                  ? (c < 750
                    ? c == 748
                    : c <= 750)
                  : (c <= 884 || (c >= 886 && c <= 887)))
                : (c <= 893 || (c < 904
                  ? (c < 902
                    ? c == 895
                    : c <= 902)
                  : (c <= 906 || c == 908))))))
            : (c <= 929 || (c < 1649
              ? (c < 1376
                ? (c < 1162
                  ? (c < 1015
                    ? (c >= 931 && c <= 1013)
                    : c <= 1153)
                  : (c <= 1327 || (c < 1369
                    ? (c >= 1329 && c <= 1366)
                    : c <= 1369)))
                : (c <= 1416 || (c < 1568
                  ? (c < 1519
                    ? (c >= 1488 && c <= 1514)
                    : c <= 1522)
                  : (c <= 1610 || (c >= 1646 && c <= 1647)))))
              : (c <= 1747 || (c < 1791
                ? (c < 1774
                  ? (c < 1765
                    ? c == 1749
                    : c <= 1766)
                  : (c <= 1775 || (c >= 1786 && c <= 1788)))
                : (c <= 1791 || (c < 1869
                  ? (c < 1810
                    ? c == 1808
                    : c <= 1839)
                  : (c <= 1957 || c == 1969))))))))
          : (c <= 2026 || (c < 2482
            ? (c < 2208
              ? (c < 2088
                ? (c < 2048
                  ? (c < 2042
                    ? (c >= 2036 && c <= 2037)
                    : c <= 2042)
                  : (c <= 2069 || (c < 2084
                    ? c == 2074
                    : c <= 2084)))
                : (c <= 2088 || (c < 2160
                  ? (c < 2144
                    ? (c >= 2112 && c <= 2136)
                    : c <= 2154)
                  : (c <= 2183 || (c >= 2185 && c <= 2190)))))
              : (c <= 2249 || (c < 2417
                ? (c < 2384
                  ? (c < 2365
                    ? (c >= 2308 && c <= 2361)
                    : c <= 2365)
                  : (c <= 2384 || (c >= 2392 && c <= 2401)))
                : (c <= 2432 || (c < 2451
                  ? (c < 2447
                    ? (c >= 2437 && c <= 2444)
                    : c <= 2448)
                  : (c <= 2472 || (c >= 2474 && c <= 2480)))))))
            : (c <= 2482 || (c < 2579
              ? (c < 2527
                ? (c < 2510
                  ? (c < 2493
                    ? (c >= 2486 && c <= 2489)
                    : c <= 2493)
                  : (c <= 2510 || (c >= 2524 && c <= 2525)))
                : (c <= 2529 || (c < 2565
                  ? (c < 2556
                    ? (c >= 2544 && c <= 2545)
                    : c <= 2556)
                  : (c <= 2570 || (c >= 2575 && c <= 2576)))))
              : (c <= 2600 || (c < 2649
                ? (c < 2613
                  ? (c < 2610
                    ? (c >= 2602 && c <= 2608)
                    : c <= 2611)
                  : (c <= 2614 || (c >= 2616 && c <= 2617)))
                : (c <= 2652 || (c < 2693
                  ? (c < 2674
                    ? c == 2654
                    : c <= 2676)
                  : (c <= 2701 || (c >= 2703 && c <= 2705)))))))))))
        : (c <= 2728 || (c < 3242
          ? (c < 2962
            ? (c < 2858
              ? (c < 2784
                ? (c < 2741
                  ? (c < 2738
                    ? (c >= 2730 && c <= 2736)
                    : c <= 2739)
                  : (c <= 2745 || (c < 2768
                    ? c == 2749
                    : c <= 2768)))
                : (c <= 2785 || (c < 2831
                  ? (c < 2821
                    ? c == 2809
                    : c <= 2828)
                  : (c <= 2832 || (c >= 2835 && c <= 2856)))))
              : (c <= 2864 || (c < 2911
                ? (c < 2877
                  ? (c < 2869
                    ? (c >= 2866 && c <= 2867)
                    : c <= 2873)
                  : (c <= 2877 || (c >= 2908 && c <= 2909)))
                : (c <= 2913 || (c < 2949
                  ? (c < 2947
                    ? c == 2929
                    : c <= 2947)
                  : (c <= 2954 || (c >= 2958 && c <= 2960)))))))
            : (c <= 2965 || (c < 3090
              ? (c < 2984
                ? (c < 2974
                  ? (c < 2972
                    ? (c >= 2969 && c <= 2970)
                    : c <= 2972)
                  : (c <= 2975 || (c >= 2979 && c <= 2980)))
                : (c <= 2986 || (c < 3077
                  ? (c < 3024
                    ? (c >= 2990 && c <= 3001)
                    : c <= 3024)
                  : (c <= 3084 || (c >= 3086 && c <= 3088)))))
              : (c <= 3112 || (c < 3168
                ? (c < 3160
                  ? (c < 3133
                    ? (c >= 3114 && c <= 3129)
                    : c <= 3133)
                  : (c <= 3162 || c == 3165))
                : (c <= 3169 || (c < 3214
                  ? (c < 3205
                    ? c == 3200
                    : c <= 3212)
                  : (c <= 3216 || (c >= 3218 && c <= 3240)))))))))
          : (c <= 3251 || (c < 3648
            ? (c < 3412
              ? (c < 3332
                ? (c < 3293
                  ? (c < 3261
                    ? (c >= 3253 && c <= 3257)
                    : c <= 3261)
                  : (c <= 3294 || (c < 3313
                    ? (c >= 3296 && c <= 3297)
                    : c <= 3314)))
                : (c <= 3340 || (c < 3389
                  ? (c < 3346
                    ? (c >= 3342 && c <= 3344)
                    : c <= 3386)
                  : (c <= 3389 || c == 3406))))
              : (c <= 3414 || (c < 3507
                ? (c < 3461
                  ? (c < 3450
                    ? (c >= 3423 && c <= 3425)
                    : c <= 3455)
                  : (c <= 3478 || (c >= 3482 && c <= 3505)))
                : (c <= 3515 || (c < 3585
                  ? (c < 3520
                    ? c == 3517
                    : c <= 3526)
                  : (c <= 3632 || c == 3634))))))
            : (c <= 3654 || (c < 3782
              ? (c < 3749
                ? (c < 3718
                  ? (c < 3716
                    ? (c >= 3713 && c <= 3714)
                    : c <= 3716)
                  : (c <= 3722 || (c >= 3724 && c <= 3747)))
                : (c <= 3749 || (c < 3773
                  ? (c < 3762
                    ? (c >= 3751 && c <= 3760)
                    : c <= 3762)
                  : (c <= 3773 || (c >= 3776 && c <= 3780)))))
              : (c <= 3782 || (c < 3976
                ? (c < 3904
                  ? (c < 3840
                    ? (c >= 3804 && c <= 3807)
                    : c <= 3840)
                  : (c <= 3911 || (c >= 3913 && c <= 3948)))
                : (c <= 3980 || (c < 4176
                  ? (c < 4159
                    ? (c >= 4096 && c <= 4138)
                    : c <= 4159)
                  : (c <= 4181 || (c >= 4186 && c <= 4189)))))))))))))
      : (c <= 4193 || (c < 8134
        ? (c < 6176
          ? (c < 4808
            ? (c < 4688
              ? (c < 4295
                ? (c < 4213
                  ? (c < 4206
                    ? (c >= 4197 && c <= 4198)
                    : c <= 4208)
                  : (c <= 4225 || (c < 4256
                    ? c == 4238
                    : c <= 4293)))
                : (c <= 4295 || (c < 4348
                  ? (c < 4304
                    ? c == 4301
                    : c <= 4346)
                  : (c <= 4680 || (c >= 4682 && c <= 4685)))))
              : (c <= 4694 || (c < 4752
                ? (c < 4704
                  ? (c < 4698
                    ? c == 4696
                    : c <= 4701)
                  : (c <= 4744 || (c >= 4746 && c <= 4749)))
                : (c <= 4784 || (c < 4800
                  ? (c < 4792
                    ? (c >= 4786 && c <= 4789)
                    : c <= 4798)
                  : (c <= 4800 || (c >= 4802 && c <= 4805)))))))
            : (c <= 4822 || (c < 5792
              ? (c < 5024
                ? (c < 4888
                  ? (c < 4882
                    ? (c >= 4824 && c <= 4880)
                    : c <= 4885)
                  : (c <= 4954 || (c >= 4992 && c <= 5007)))
                : (c <= 5109 || (c < 5743
                  ? (c < 5121
                    ? (c >= 5112 && c <= 5117)
                    : c <= 5740)
                  : (c <= 5759 || (c >= 5761 && c <= 5786)))))
              : (c <= 5866 || (c < 5984
                ? (c < 5919
                  ? (c < 5888
                    ? (c >= 5870 && c <= 5880)
                    : c <= 5905)
                  : (c <= 5937 || (c >= 5952 && c <= 5969)))
                : (c <= 5996 || (c < 6103
                  ? (c < 6016
                    ? (c >= 5998 && c <= 6000)
                    : c <= 6067)
                  : (c <= 6103 || c == 6108))))))))
          : (c <= 6264 || (c < 7312
            ? (c < 6823
              ? (c < 6512
                ? (c < 6320
                  ? (c < 6314
                    ? (c >= 6272 && c <= 6312)
                    : c <= 6314)
                  : (c <= 6389 || (c < 6480
                    ? (c >= 6400 && c <= 6430)
                    : c <= 6509)))
                : (c <= 6516 || (c < 6656
                  ? (c < 6576
                    ? (c >= 6528 && c <= 6571)
                    : c <= 6601)
                  : (c <= 6678 || (c >= 6688 && c <= 6740)))))
              : (c <= 6823 || (c < 7098
                ? (c < 7043
                  ? (c < 6981
                    ? (c >= 6917 && c <= 6963)
                    : c <= 6988)
                  : (c <= 7072 || (c >= 7086 && c <= 7087)))
                : (c <= 7141 || (c < 7258
                  ? (c < 7245
                    ? (c >= 7168 && c <= 7203)
                    : c <= 7247)
                  : (c <= 7293 || (c >= 7296 && c <= 7304)))))))
            : (c <= 7354 || (c < 8008
              ? (c < 7418
                ? (c < 7406
                  ? (c < 7401
                    ? (c >= 7357 && c <= 7359)
                    : c <= 7404)
                  : (c <= 7411 || (c >= 7413 && c <= 7414)))
                : (c <= 7418 || (c < 7960
                  ? (c < 7680
                    ? (c >= 7424 && c <= 7615)
                    : c <= 7957)
                  : (c <= 7965 || (c >= 7968 && c <= 8005)))))
              : (c <= 8013 || (c < 8031
                ? (c < 8027
                  ? (c < 8025
                    ? (c >= 8016 && c <= 8023)
                    : c <= 8025)
                  : (c <= 8027 || c == 8029))
                : (c <= 8061 || (c < 8126
                  ? (c < 8118
                    ? (c >= 8064 && c <= 8116)
                    : c <= 8124)
                  : (c <= 8126 || (c >= 8130 && c <= 8132)))))))))))
        : (c <= 8140 || (c < 12337
          ? (c < 8544
            ? (c < 8458
              ? (c < 8305
                ? (c < 8160
                  ? (c < 8150
                    ? (c >= 8144 && c <= 8147)
                    : c <= 8155)
                  : (c <= 8172 || (c < 8182
                    ? (c >= 8178 && c <= 8180)
                    : c <= 8188)))
                : (c <= 8305 || (c < 8450
                  ? (c < 8336
                    ? c == 8319
                    : c <= 8348)
                  : (c <= 8450 || c == 8455))))
              : (c <= 8467 || (c < 8488
                ? (c < 8484
                  ? (c < 8472
                    ? c == 8469
                    : c <= 8477)
                  : (c <= 8484 || c == 8486))
                : (c <= 8488 || (c < 8517
                  ? (c < 8508
                    ? (c >= 8490 && c <= 8505)
                    : c <= 8511)
                  : (c <= 8521 || c == 8526))))))
            : (c <= 8584 || (c < 11680
              ? (c < 11559
                ? (c < 11506
                  ? (c < 11499
                    ? (c >= 11264 && c <= 11492)
                    : c <= 11502)
                  : (c <= 11507 || (c >= 11520 && c <= 11557)))
                : (c <= 11559 || (c < 11631
                  ? (c < 11568
                    ? c == 11565
                    : c <= 11623)
                  : (c <= 11631 || (c >= 11648 && c <= 11670)))))
              : (c <= 11686 || (c < 11720
                ? (c < 11704
                  ? (c < 11696
                    ? (c >= 11688 && c <= 11694)
                    : c <= 11702)
                  : (c <= 11710 || (c >= 11712 && c <= 11718)))
                : (c <= 11726 || (c < 12293
                  ? (c < 11736
                    ? (c >= 11728 && c <= 11734)
                    : c <= 11742)
                  : (c <= 12295 || (c >= 12321 && c <= 12329)))))))))
          : (c <= 12341 || (c < 42891
            ? (c < 19968
              ? (c < 12549
                ? (c < 12445
                  ? (c < 12353
                    ? (c >= 12344 && c <= 12348)
                    : c <= 12438)
                  : (c <= 12447 || (c < 12540
                    ? (c >= 12449 && c <= 12538)
                    : c <= 12543)))
                : (c <= 12591 || (c < 12784
                  ? (c < 12704
                    ? (c >= 12593 && c <= 12686)
                    : c <= 12735)
                  : (c <= 12799 || (c >= 13312 && c <= 19903)))))
              : (c <= 42124 || (c < 42560
                ? (c < 42512
                  ? (c < 42240
                    ? (c >= 42192 && c <= 42237)
                    : c <= 42508)
                  : (c <= 42527 || (c >= 42538 && c <= 42539)))
                : (c <= 42606 || (c < 42775
                  ? (c < 42656
                    ? (c >= 42623 && c <= 42653)
                    : c <= 42735)
                  : (c <= 42783 || (c >= 42786 && c <= 42888)))))))
            : (c <= 42954 || (c < 43250
              ? (c < 43011
                ? (c < 42965
                  ? (c < 42963
                    ? (c >= 42960 && c <= 42961)
                    : c <= 42963)
                  : (c <= 42969 || (c >= 42994 && c <= 43009)))
                : (c <= 43013 || (c < 43072
                  ? (c < 43020
                    ? (c >= 43015 && c <= 43018)
                    : c <= 43042)
                  : (c <= 43123 || (c >= 43138 && c <= 43187)))))
              : (c <= 43255 || (c < 43360
                ? (c < 43274
                  ? (c < 43261
                    ? c == 43259
                    : c <= 43262)
                  : (c <= 43301 || (c >= 43312 && c <= 43334)))
                : (c <= 43388 || (c < 43488
                  ? (c < 43471
                    ? (c >= 43396 && c <= 43442)
                    : c <= 43471)
                  : (c <= 43492 || (c >= 43494 && c <= 43503)))))))))))))))
    : (c <= 43518 || (c < 70727
      ? (c < 66956
        ? (c < 64914
          ? (c < 43868
            ? (c < 43714
              ? (c < 43646
                ? (c < 43588
                  ? (c < 43584
                    ? (c >= 43520 && c <= 43560)
                    : c <= 43586)
                  : (c <= 43595 || (c < 43642
                    ? (c >= 43616 && c <= 43638)
                    : c <= 43642)))
                : (c <= 43695 || (c < 43705
                  ? (c < 43701
                    ? c == 43697
                    : c <= 43702)
                  : (c <= 43709 || c == 43712))))
              : (c <= 43714 || (c < 43785
                ? (c < 43762
                  ? (c < 43744
                    ? (c >= 43739 && c <= 43741)
                    : c <= 43754)
                  : (c <= 43764 || (c >= 43777 && c <= 43782)))
                : (c <= 43790 || (c < 43816
                  ? (c < 43808
                    ? (c >= 43793 && c <= 43798)
                    : c <= 43814)
                  : (c <= 43822 || (c >= 43824 && c <= 43866)))))))
            : (c <= 43881 || (c < 64287
              ? (c < 63744
                ? (c < 55216
                  ? (c < 44032
                    ? (c >= 43888 && c <= 44002)
                    : c <= 55203)
                  : (c <= 55238 || (c >= 55243 && c <= 55291)))
                : (c <= 64109 || (c < 64275
                  ? (c < 64256
                    ? (c >= 64112 && c <= 64217)
                    : c <= 64262)
                  : (c <= 64279 || c == 64285))))
              : (c <= 64296 || (c < 64323
                ? (c < 64318
                  ? (c < 64312
                    ? (c >= 64298 && c <= 64310)
                    : c <= 64316)
                  : (c <= 64318 || (c >= 64320 && c <= 64321)))
                : (c <= 64324 || (c < 64612
                  ? (c < 64467
                    ? (c >= 64326 && c <= 64433)
                    : c <= 64605)
                  : (c <= 64829 || (c >= 64848 && c <= 64911)))))))))
          : (c <= 64967 || (c < 65599
            ? (c < 65382
              ? (c < 65147
                ? (c < 65139
                  ? (c < 65137
                    ? (c >= 65008 && c <= 65017)
                    : c <= 65137)
                  : (c <= 65139 || (c < 65145
                    ? c == 65143
                    : c <= 65145)))
                : (c <= 65147 || (c < 65313
                  ? (c < 65151
                    ? c == 65149
                    : c <= 65276)
                  : (c <= 65338 || (c >= 65345 && c <= 65370)))))
              : (c <= 65437 || (c < 65498
                ? (c < 65482
                  ? (c < 65474
                    ? (c >= 65440 && c <= 65470)
                    : c <= 65479)
                  : (c <= 65487 || (c >= 65490 && c <= 65495)))
                : (c <= 65500 || (c < 65576
                  ? (c < 65549
                    ? (c >= 65536 && c <= 65547)
                    : c <= 65574)
                  : (c <= 65594 || (c >= 65596 && c <= 65597)))))))
            : (c <= 65613 || (c < 66464
              ? (c < 66208
                ? (c < 65856
                  ? (c < 65664
                    ? (c >= 65616 && c <= 65629)
                    : c <= 65786)
                  : (c <= 65908 || (c >= 66176 && c <= 66204)))
                : (c <= 66256 || (c < 66384
                  ? (c < 66349
                    ? (c >= 66304 && c <= 66335)
                    : c <= 66378)
                  : (c <= 66421 || (c >= 66432 && c <= 66461)))))
              : (c <= 66499 || (c < 66776
                ? (c < 66560
                  ? (c < 66513
                    ? (c >= 66504 && c <= 66511)
                    : c <= 66517)
                  : (c <= 66717 || (c >= 66736 && c <= 66771)))
                : (c <= 66811 || (c < 66928
                  ? (c < 66864
                    ? (c >= 66816 && c <= 66855)
                    : c <= 66915)
                  : (c <= 66938 || (c >= 66940 && c <= 66954)))))))))))
        : (c <= 66962 || (c < 68864
          ? (c < 67828
            ? (c < 67506
              ? (c < 67072
                ? (c < 66979
                  ? (c < 66967
                    ? (c >= 66964 && c <= 66965)
                    : c <= 66977)
                  : (c <= 66993 || (c < 67003
                    ? (c >= 66995 && c <= 67001)
                    : c <= 67004)))
                : (c <= 67382 || (c < 67456
                  ? (c < 67424
                    ? (c >= 67392 && c <= 67413)
                    : c <= 67431)
                  : (c <= 67461 || (c >= 67463 && c <= 67504)))))
              : (c <= 67514 || (c < 67644
                ? (c < 67594
                  ? (c < 67592
                    ? (c >= 67584 && c <= 67589)
                    : c <= 67592)
                  : (c <= 67637 || (c >= 67639 && c <= 67640)))
                : (c <= 67644 || (c < 67712
                  ? (c < 67680
                    ? (c >= 67647 && c <= 67669)
                    : c <= 67702)
                  : (c <= 67742 || (c >= 67808 && c <= 67826)))))))
            : (c <= 67829 || (c < 68224
              ? (c < 68096
                ? (c < 67968
                  ? (c < 67872
                    ? (c >= 67840 && c <= 67861)
                    : c <= 67897)
                  : (c <= 68023 || (c >= 68030 && c <= 68031)))
                : (c <= 68096 || (c < 68121
                  ? (c < 68117
                    ? (c >= 68112 && c <= 68115)
                    : c <= 68119)
                  : (c <= 68149 || (c >= 68192 && c <= 68220)))))
              : (c <= 68252 || (c < 68448
                ? (c < 68352
                  ? (c < 68297
                    ? (c >= 68288 && c <= 68295)
                    : c <= 68324)
                  : (c <= 68405 || (c >= 68416 && c <= 68437)))
                : (c <= 68466 || (c < 68736
                  ? (c < 68608
                    ? (c >= 68480 && c <= 68497)
                    : c <= 68680)
                  : (c <= 68786 || (c >= 68800 && c <= 68850)))))))))
          : (c <= 68899 || (c < 70106
            ? (c < 69749
              ? (c < 69488
                ? (c < 69376
                  ? (c < 69296
                    ? (c >= 69248 && c <= 69289)
                    : c <= 69297)
                  : (c <= 69404 || (c < 69424
                    ? c == 69415
                    : c <= 69445)))
                : (c <= 69505 || (c < 69635
                  ? (c < 69600
                    ? (c >= 69552 && c <= 69572)
                    : c <= 69622)
                  : (c <= 69687 || (c >= 69745 && c <= 69746)))))
              : (c <= 69749 || (c < 69959
                ? (c < 69891
                  ? (c < 69840
                    ? (c >= 69763 && c <= 69807)
                    : c <= 69864)
                  : (c <= 69926 || c == 69956))
                : (c <= 69959 || (c < 70019
                  ? (c < 70006
                    ? (c >= 69968 && c <= 70002)
                    : c <= 70006)
                  : (c <= 70066 || (c >= 70081 && c <= 70084)))))))
            : (c <= 70106 || (c < 70405
              ? (c < 70280
                ? (c < 70163
                  ? (c < 70144
                    ? c == 70108
                    : c <= 70161)
                  : (c <= 70187 || (c >= 70272 && c <= 70278)))
                : (c <= 70280 || (c < 70303
                  ? (c < 70287
                    ? (c >= 70282 && c <= 70285)
                    : c <= 70301)
                  : (c <= 70312 || (c >= 70320 && c <= 70366)))))
              : (c <= 70412 || (c < 70453
                ? (c < 70442
                  ? (c < 70419
                    ? (c >= 70415 && c <= 70416)
                    : c <= 70440)
                  : (c <= 70448 || (c >= 70450 && c <= 70451)))
                : (c <= 70457 || (c < 70493
                  ? (c < 70480
                    ? c == 70461
                    : c <= 70480)
                  : (c <= 70497 || (c >= 70656 && c <= 70708)))))))))))))
      : (c <= 70730 || (c < 119894
        ? (c < 73056
          ? (c < 72001
            ? (c < 71424
              ? (c < 71128
                ? (c < 70852
                  ? (c < 70784
                    ? (c >= 70751 && c <= 70753)
                    : c <= 70831)
                  : (c <= 70853 || (c < 71040
                    ? c == 70855
                    : c <= 71086)))
                : (c <= 71131 || (c < 71296
                  ? (c < 71236
                    ? (c >= 71168 && c <= 71215)
                    : c <= 71236)
                  : (c <= 71338 || c == 71352))))
              : (c <= 71450 || (c < 71945
                ? (c < 71840
                  ? (c < 71680
                    ? (c >= 71488 && c <= 71494)
                    : c <= 71723)
                  : (c <= 71903 || (c >= 71935 && c <= 71942)))
                : (c <= 71945 || (c < 71960
                  ? (c < 71957
                    ? (c >= 71948 && c <= 71955)
                    : c <= 71958)
                  : (c <= 71983 || c == 71999))))))
            : (c <= 72001 || (c < 72349
              ? (c < 72192
                ? (c < 72161
                  ? (c < 72106
                    ? (c >= 72096 && c <= 72103)
                    : c <= 72144)
                  : (c <= 72161 || c == 72163))
                : (c <= 72192 || (c < 72272
                  ? (c < 72250
                    ? (c >= 72203 && c <= 72242)
                    : c <= 72250)
                  : (c <= 72272 || (c >= 72284 && c <= 72329)))))
              : (c <= 72349 || (c < 72818
                ? (c < 72714
                  ? (c < 72704
                    ? (c >= 72368 && c <= 72440)
                    : c <= 72712)
                  : (c <= 72750 || c == 72768))
                : (c <= 72847 || (c < 72971
                  ? (c < 72968
                    ? (c >= 72960 && c <= 72966)
                    : c <= 72969)
                  : (c <= 73008 || c == 73030))))))))
          : (c <= 73061 || (c < 93952
            ? (c < 82944
              ? (c < 73728
                ? (c < 73112
                  ? (c < 73066
                    ? (c >= 73063 && c <= 73064)
                    : c <= 73097)
                  : (c <= 73112 || (c < 73648
                    ? (c >= 73440 && c <= 73458)
                    : c <= 73648)))
                : (c <= 74649 || (c < 77712
                  ? (c < 74880
                    ? (c >= 74752 && c <= 74862)
                    : c <= 75075)
                  : (c <= 77808 || (c >= 77824 && c <= 78894)))))
              : (c <= 83526 || (c < 92928
                ? (c < 92784
                  ? (c < 92736
                    ? (c >= 92160 && c <= 92728)
                    : c <= 92766)
                  : (c <= 92862 || (c >= 92880 && c <= 92909)))
                : (c <= 92975 || (c < 93053
                  ? (c < 93027
                    ? (c >= 92992 && c <= 92995)
                    : c <= 93047)
                  : (c <= 93071 || (c >= 93760 && c <= 93823)))))))
            : (c <= 94026 || (c < 110589
              ? (c < 94208
                ? (c < 94176
                  ? (c < 94099
                    ? c == 94032
                    : c <= 94111)
                  : (c <= 94177 || c == 94179))
                : (c <= 100343 || (c < 110576
                  ? (c < 101632
                    ? (c >= 100352 && c <= 101589)
                    : c <= 101640)
                  : (c <= 110579 || (c >= 110581 && c <= 110587)))))
              : (c <= 110590 || (c < 113664
                ? (c < 110948
                  ? (c < 110928
                    ? (c >= 110592 && c <= 110882)
                    : c <= 110930)
                  : (c <= 110951 || (c >= 110960 && c <= 111355)))
                : (c <= 113770 || (c < 113808
                  ? (c < 113792
                    ? (c >= 113776 && c <= 113788)
                    : c <= 113800)
                  : (c <= 113817 || (c >= 119808 && c <= 119892)))))))))))
        : (c <= 119964 || (c < 125259
          ? (c < 120572
            ? (c < 120086
              ? (c < 119995
                ? (c < 119973
                  ? (c < 119970
                    ? (c >= 119966 && c <= 119967)
                    : c <= 119970)
                  : (c <= 119974 || (c < 119982
                    ? (c >= 119977 && c <= 119980)
                    : c <= 119993)))
                : (c <= 119995 || (c < 120071
                  ? (c < 120005
                    ? (c >= 119997 && c <= 120003)
                    : c <= 120069)
                  : (c <= 120074 || (c >= 120077 && c <= 120084)))))
              : (c <= 120092 || (c < 120138
                ? (c < 120128
                  ? (c < 120123
                    ? (c >= 120094 && c <= 120121)
                    : c <= 120126)
                  : (c <= 120132 || c == 120134))
                : (c <= 120144 || (c < 120514
                  ? (c < 120488
                    ? (c >= 120146 && c <= 120485)
                    : c <= 120512)
                  : (c <= 120538 || (c >= 120540 && c <= 120570)))))))
            : (c <= 120596 || (c < 123191
              ? (c < 120714
                ? (c < 120656
                  ? (c < 120630
                    ? (c >= 120598 && c <= 120628)
                    : c <= 120654)
                  : (c <= 120686 || (c >= 120688 && c <= 120712)))
                : (c <= 120744 || (c < 122624
                  ? (c < 120772
                    ? (c >= 120746 && c <= 120770)
                    : c <= 120779)
                  : (c <= 122654 || (c >= 123136 && c <= 123180)))))
              : (c <= 123197 || (c < 124904
                ? (c < 123584
                  ? (c < 123536
                    ? c == 123214
                    : c <= 123565)
                  : (c <= 123627 || (c >= 124896 && c <= 124902)))
                : (c <= 124907 || (c < 124928
                  ? (c < 124912
                    ? (c >= 124909 && c <= 124910)
                    : c <= 124926)
                  : (c <= 125124 || (c >= 125184 && c <= 125251)))))))))
          : (c <= 125259 || (c < 126559
            ? (c < 126535
              ? (c < 126505
                ? (c < 126497
                  ? (c < 126469
                    ? (c >= 126464 && c <= 126467)
                    : c <= 126495)
                  : (c <= 126498 || (c < 126503
                    ? c == 126500
                    : c <= 126503)))
                : (c <= 126514 || (c < 126523
                  ? (c < 126521
                    ? (c >= 126516 && c <= 126519)
                    : c <= 126521)
                  : (c <= 126523 || c == 126530))))
              : (c <= 126535 || (c < 126548
                ? (c < 126541
                  ? (c < 126539
                    ? c == 126537
                    : c <= 126539)
                  : (c <= 126543 || (c >= 126545 && c <= 126546)))
                : (c <= 126548 || (c < 126555
                  ? (c < 126553
                    ? c == 126551
                    : c <= 126553)
                  : (c <= 126555 || c == 126557))))))
            : (c <= 126559 || (c < 126625
              ? (c < 126580
                ? (c < 126567
                  ? (c < 126564
                    ? (c >= 126561 && c <= 126562)
                    : c <= 126564)
                  : (c <= 126570 || (c >= 126572 && c <= 126578)))
                : (c <= 126583 || (c < 126592
                  ? (c < 126590
                    ? (c >= 126585 && c <= 126588)
                    : c <= 126590)
                  : (c <= 126601 || (c >= 126603 && c <= 126619)))))
              : (c <= 126627 || (c < 177984
                ? (c < 131072
                  ? (c < 126635
                    ? (c >= 126629 && c <= 126633)
                    : c <= 126651)
                  : (c <= 173791 || (c >= 173824 && c <= 177976)))
                : (c <= 178205 || (c < 194560
                  ? (c < 183984
                    ? (c >= 178208 && c <= 183969)
                    : c <= 191456)
                  : (c <= 195101 || (c >= 196608 && c <= 201546)))))))))))))))));
}

static inline bool sym_identifier_character_set_4(int32_t c) {
  return (c < 43616
    ? (c < 3782
      ? (c < 2748
        ? (c < 2045
          ? (c < 1015
            ? (c < 710
              ? (c < 181
                ? (c < '_'
                  ? (c < 'A'
                    ? (c >= '0' && c <= '9')
                    : c <= 'Z')
                  : (c <= '_' || (c < 170
                    ? (c >= 'a' && c <= 'z')
                    : c <= 170)))
                : (c <= 181 || (c < 192
                  ? (c < 186
                    ? c == 183
                    : c <= 186)
                  : (c <= 214 || (c < 248
                    ? (c >= 216 && c <= 246)
                    : c <= 705)))))
              : (c <= 721 || (c < 891
                ? (c < 750
                  ? (c < 748
                    ? (c >= 736 && c <= 740)
                    : c <= 748)
                  : (c <= 750 || (c < 886
                    ? (c >= 768 && c <= 884)
                    : c <= 887)))
                : (c <= 893 || (c < 908
                  ? (c < 902
                    ? c == 895
                    : c <= 906)
                  : (c <= 908 || (c < 931
                    ? (c >= 910 && c <= 929)
                    : c <= 1013)))))))
            : (c <= 1153 || (c < 1519
              ? (c < 1425
                ? (c < 1329
                  ? (c < 1162
                    ? (c >= 1155 && c <= 1159)
                    : c <= 1327)
                  : (c <= 1366 || (c < 1376
                    ? c == 1369
                    : c <= 1416)))
                : (c <= 1469 || (c < 1476
                  ? (c < 1473
                    ? c == 1471
                    : c <= 1474)
                  : (c <= 1477 || (c < 1488
                    ? c == 1479
                    : c <= 1514)))))
              : (c <= 1522 || (c < 1770
                ? (c < 1646
                  ? (c < 1568
                    ? (c >= 1552 && c <= 1562)
                    : c <= 1641)
                  : (c <= 1747 || (c < 1759
                    ? (c >= 1749 && c <= 1756)
                    : c <= 1768)))
                : (c <= 1788 || (c < 1869
                  ? (c < 1808
                    ? c == 1791
                    : c <= 1866)
                  : (c <= 1969 || (c < 2042
                    ? (c >= 1984 && c <= 2037)
                    : c <= 2042)))))))))
          : (c <= 2045 || (c < 2558
            ? (c < 2451
              ? (c < 2200
                ? (c < 2144
                  ? (c < 2112
                    ? (c >= 2048 && c <= 2093)
                    : c <= 2139)
                  : (c <= 2154 || (c < 2185
                    ? (c >= 2160 && c <= 2183)
                    : c <= 2190)))
                : (c <= 2273 || (c < 2417
                  ? (c < 2406
                    ? (c >= 2275 && c <= 2403)
                    : c <= 2415)
                  : (c <= 2435 || (c < 2447
                    ? (c >= 2437 && c <= 2444)
                    : c <= 2448)))))
              : (c <= 2472 || (c < 2507
                ? (c < 2486
                  ? (c < 2482
                    ? (c >= 2474 && c <= 2480)
                    : c <= 2482)
                  : (c <= 2489 || (c < 2503
                    ? (c >= 2492 && c <= 2500)
                    : c <= 2504)))
                : (c <= 2510 || (c < 2527
                  ? (c < 2524
                    ? c == 2519
                    : c <= 2525)
                  : (c <= 2531 || (c < 2556
                    ? (c >= 2534 && c <= 2545)
                    : c <= 2556)))))))
            : (c <= 2558 || (c < 2635
              ? (c < 2610
                ? (c < 2575
                  ? (c < 2565
                    ? (c >= 2561 && c <= 2563)
                    : c <= 2570)
                  : (c <= 2576 || (c < 2602
                    ? (c >= 2579 && c <= 2600)
                    : c <= 2608)))
                : (c <= 2611 || (c < 2620
                  ? (c < 2616
                    ? (c >= 2613 && c <= 2614)
                    : c <= 2617)
                  : (c <= 2620 || (c < 2631
                    ? (c >= 2622 && c <= 2626)
                    : c <= 2632)))))
              : (c <= 2637 || (c < 2693
                ? (c < 2654
                  ? (c < 2649
                    ? c == 2641
                    : c <= 2652)
                  : (c <= 2654 || (c < 2689
                    ? (c >= 2662 && c <= 2677)
                    : c <= 2691)))
                : (c <= 2701 || (c < 2730
                  ? (c < 2707
                    ? (c >= 2703 && c <= 2705)
                    : c <= 2728)
                  : (c <= 2736 || (c < 2741
                    ? (c >= 2738 && c <= 2739)
                    : c <= 2745)))))))))))
        : (c <= 2757 || (c < 3168
          ? (c < 2958
            ? (c < 2866
              ? (c < 2809
                ? (c < 2768
                  ? (c < 2763
                    ? (c >= 2759 && c <= 2761)
                    : c <= 2765)
                  : (c <= 2768 || (c < 2790
                    ? (c >= 2784 && c <= 2787)
                    : c <= 2799)))
                : (c <= 2815 || (c < 2831
                  ? (c < 2821
                    ? (c >= 2817 && c <= 2819)
                    : c <= 2828)
                  : (c <= 2832 || (c < 2858
                    ? (c >= 2835 && c <= 2856)
                    : c <= 2864)))))
              : (c <= 2867 || (c < 2908
                ? (c < 2887
                  ? (c < 2876
                    ? (c >= 2869 && c <= 2873)
                    : c <= 2884)
                  : (c <= 2888 || (c < 2901
                    ? (c >= 2891 && c <= 2893)
                    : c <= 2903)))
                : (c <= 2909 || (c < 2929
                  ? (c < 2918
                    ? (c >= 2911 && c <= 2915)
                    : c <= 2927)
                  : (c <= 2929 || (c < 2949
                    ? (c >= 2946 && c <= 2947)
                    : c <= 2954)))))))
            : (c <= 2960 || (c < 3031
              ? (c < 2984
                ? (c < 2972
                  ? (c < 2969
                    ? (c >= 2962 && c <= 2965)
                    : c <= 2970)
                  : (c <= 2972 || (c < 2979
                    ? (c >= 2974 && c <= 2975)
                    : c <= 2980)))
                : (c <= 2986 || (c < 3014
                  ? (c < 3006
                    ? (c >= 2990 && c <= 3001)
                    : c <= 3010)
                  : (c <= 3016 || (c < 3024
                    ? (c >= 3018 && c <= 3021)
                    : c <= 3024)))))
              : (c <= 3031 || (c < 3132
                ? (c < 3086
                  ? (c < 3072
                    ? (c >= 3046 && c <= 3055)
                    : c <= 3084)
                  : (c <= 3088 || (c < 3114
                    ? (c >= 3090 && c <= 3112)
                    : c <= 3129)))
                : (c <= 3140 || (c < 3157
                  ? (c < 3146
                    ? (c >= 3142 && c <= 3144)
                    : c <= 3149)
                  : (c <= 3158 || (c < 3165
                    ? (c >= 3160 && c <= 3162)
                    : c <= 3165)))))))))
          : (c <= 3171 || (c < 3450
            ? (c < 3293
              ? (c < 3242
                ? (c < 3205
                  ? (c < 3200
                    ? (c >= 3174 && c <= 3183)
                    : c <= 3203)
                  : (c <= 3212 || (c < 3218
                    ? (c >= 3214 && c <= 3216)
                    : c <= 3240)))
                : (c <= 3251 || (c < 3270
                  ? (c < 3260
                    ? (c >= 3253 && c <= 3257)
                    : c <= 3268)
                  : (c <= 3272 || (c < 3285
                    ? (c >= 3274 && c <= 3277)
                    : c <= 3286)))))
              : (c <= 3294 || (c < 3346
                ? (c < 3313
                  ? (c < 3302
                    ? (c >= 3296 && c <= 3299)
                    : c <= 3311)
                  : (c <= 3314 || (c < 3342
                    ? (c >= 3328 && c <= 3340)
                    : c <= 3344)))
                : (c <= 3396 || (c < 3412
                  ? (c < 3402
                    ? (c >= 3398 && c <= 3400)
                    : c <= 3406)
                  : (c <= 3415 || (c < 3430
                    ? (c >= 3423 && c <= 3427)
                    : c <= 3439)))))))
            : (c <= 3455 || (c < 3570
              ? (c < 3520
                ? (c < 3482
                  ? (c < 3461
                    ? (c >= 3457 && c <= 3459)
                    : c <= 3478)
                  : (c <= 3505 || (c < 3517
                    ? (c >= 3507 && c <= 3515)
                    : c <= 3517)))
                : (c <= 3526 || (c < 3542
                  ? (c < 3535
                    ? c == 3530
                    : c <= 3540)
                  : (c <= 3542 || (c < 3558
                    ? (c >= 3544 && c <= 3551)
                    : c <= 3567)))))
              : (c <= 3571 || (c < 3718
                ? (c < 3664
                  ? (c < 3648
                    ? (c >= 3585 && c <= 3642)
                    : c <= 3662)
                  : (c <= 3673 || (c < 3716
                    ? (c >= 3713 && c <= 3714)
                    : c <= 3716)))
                : (c <= 3722 || (c < 3751
                  ? (c < 3749
                    ? (c >= 3724 && c <= 3747)
                    : c <= 3749)
                  : (c <= 3773 || (c >= 3776 && c <= 3780)))))))))))))
      : (c <= 3782 || (c < 8025
        ? (c < 5888
          ? (c < 4688
            ? (c < 3953
              ? (c < 3872
                ? (c < 3804
                  ? (c < 3792
                    ? (c >= 3784 && c <= 3789)
                    : c <= 3801)
                  : (c <= 3807 || (c < 3864
                    ? c == 3840
                    : c <= 3865)))
                : (c <= 3881 || (c < 3897
                  ? (c < 3895
                    ? c == 3893
                    : c <= 3895)
                  : (c <= 3897 || (c < 3913
                    ? (c >= 3902 && c <= 3911)
                    : c <= 3948)))))
              : (c <= 3972 || (c < 4256
                ? (c < 4038
                  ? (c < 3993
                    ? (c >= 3974 && c <= 3991)
                    : c <= 4028)
                  : (c <= 4038 || (c < 4176
                    ? (c >= 4096 && c <= 4169)
                    : c <= 4253)))
                : (c <= 4293 || (c < 4304
                  ? (c < 4301
                    ? c == 4295
                    : c <= 4301)
                  : (c <= 4346 || (c < 4682
                    ? (c >= 4348 && c <= 4680)
                    : c <= 4685)))))))
            : (c <= 4694 || (c < 4882
              ? (c < 4786
                ? (c < 4704
                  ? (c < 4698
                    ? c == 4696
                    : c <= 4701)
                  : (c <= 4744 || (c < 4752
                    ? (c >= 4746 && c <= 4749)
                    : c <= 4784)))
                : (c <= 4789 || (c < 4802
                  ? (c < 4800
                    ? (c >= 4792 && c <= 4798)
                    : c <= 4800)
                  : (c <= 4805 || (c < 4824
                    ? (c >= 4808 && c <= 4822)
                    : c <= 4880)))))
              : (c <= 4885 || (c < 5112
                ? (c < 4969
                  ? (c < 4957
                    ? (c >= 4888 && c <= 4954)
                    : c <= 4959)
                  : (c <= 4977 || (c < 5024
                    ? (c >= 4992 && c <= 5007)
                    : c <= 5109)))
                : (c <= 5117 || (c < 5761
                  ? (c < 5743
                    ? (c >= 5121 && c <= 5740)
                    : c <= 5759)
                  : (c <= 5786 || (c < 5870
                    ? (c >= 5792 && c <= 5866)
                    : c <= 5880)))))))))
          : (c <= 5909 || (c < 6688
            ? (c < 6176
              ? (c < 6016
                ? (c < 5984
                  ? (c < 5952
                    ? (c >= 5919 && c <= 5940)
                    : c <= 5971)
                  : (c <= 5996 || (c < 6002
                    ? (c >= 5998 && c <= 6000)
                    : c <= 6003)))
                : (c <= 6099 || (c < 6112
                  ? (c < 6108
                    ? c == 6103
                    : c <= 6109)
                  : (c <= 6121 || (c < 6159
                    ? (c >= 6155 && c <= 6157)
                    : c <= 6169)))))
              : (c <= 6264 || (c < 6470
                ? (c < 6400
                  ? (c < 6320
                    ? (c >= 6272 && c <= 6314)
                    : c <= 6389)
                  : (c <= 6430 || (c < 6448
                    ? (c >= 6432 && c <= 6443)
                    : c <= 6459)))
                : (c <= 6509 || (c < 6576
                  ? (c < 6528
                    ? (c >= 6512 && c <= 6516)
                    : c <= 6571)
                  : (c <= 6601 || (c < 6656
                    ? (c >= 6608 && c <= 6618)
                    : c <= 6683)))))))
            : (c <= 6750 || (c < 7232
              ? (c < 6847
                ? (c < 6800
                  ? (c < 6783
                    ? (c >= 6752 && c <= 6780)
                    : c <= 6793)
                  : (c <= 6809 || (c < 6832
                    ? c == 6823
                    : c <= 6845)))
                : (c <= 6862 || (c < 7019
                  ? (c < 6992
                    ? (c >= 6912 && c <= 6988)
                    : c <= 7001)
                  : (c <= 7027 || (c < 7168
                    ? (c >= 7040 && c <= 7155)
                    : c <= 7223)))))
              : (c <= 7241 || (c < 7380
                ? (c < 7312
                  ? (c < 7296
                    ? (c >= 7245 && c <= 7293)
                    : c <= 7304)
                  : (c <= 7354 || (c < 7376
                    ? (c >= 7357 && c <= 7359)
                    : c <= 7378)))
                : (c <= 7418 || (c < 7968
                  ? (c < 7960
                    ? (c >= 7424 && c <= 7957)
                    : c <= 7965)
                  : (c <= 8005 || (c < 8016
                    ? (c >= 8008 && c <= 8013)
                    : c <= 8023)))))))))))
        : (c <= 8025 || (c < 11720
          ? (c < 8458
            ? (c < 8178
              ? (c < 8126
                ? (c < 8031
                  ? (c < 8029
                    ? c == 8027
                    : c <= 8029)
                  : (c <= 8061 || (c < 8118
                    ? (c >= 8064 && c <= 8116)
                    : c <= 8124)))
                : (c <= 8126 || (c < 8144
                  ? (c < 8134
                    ? (c >= 8130 && c <= 8132)
                    : c <= 8140)
                  : (c <= 8147 || (c < 8160
                    ? (c >= 8150 && c <= 8155)
                    : c <= 8172)))))
              : (c <= 8180 || (c < 8336
                ? (c < 8276
                  ? (c < 8255
                    ? (c >= 8182 && c <= 8188)
                    : c <= 8256)
                  : (c <= 8276 || (c < 8319
                    ? c == 8305
                    : c <= 8319)))
                : (c <= 8348 || (c < 8421
                  ? (c < 8417
                    ? (c >= 8400 && c <= 8412)
                    : c <= 8417)
                  : (c <= 8432 || (c < 8455
                    ? c == 8450
                    : c <= 8455)))))))
            : (c <= 8467 || (c < 11499
              ? (c < 8490
                ? (c < 8484
                  ? (c < 8472
                    ? c == 8469
                    : c <= 8477)
                  : (c <= 8484 || (c < 8488
                    ? c == 8486
                    : c <= 8488)))
                : (c <= 8505 || (c < 8526
                  ? (c < 8517
                    ? (c >= 8508 && c <= 8511)
                    : c <= 8521)
                  : (c <= 8526 || (c < 11264
                    ? (c >= 8544 && c <= 8584)
                    : c <= 11492)))))
              : (c <= 11507 || (c < 11647
                ? (c < 11565
                  ? (c < 11559
                    ? (c >= 11520 && c <= 11557)
                    : c <= 11559)
                  : (c <= 11565 || (c < 11631
                    ? (c >= 11568 && c <= 11623)
                    : c <= 11631)))
                : (c <= 11670 || (c < 11696
                  ? (c < 11688
                    ? (c >= 11680 && c <= 11686)
                    : c <= 11694)
                  : (c <= 11702 || (c < 11712
                    ? (c >= 11704 && c <= 11710)
                    : c <= 11718)))))))))
          : (c <= 11726 || (c < 42623
            ? (c < 12540
              ? (c < 12337
                ? (c < 11744
                  ? (c < 11736
                    ? (c >= 11728 && c <= 11734)
                    : c <= 11742)
                  : (c <= 11775 || (c < 12321
                    ? (c >= 12293 && c <= 12295)
                    : c <= 12335)))
                : (c <= 12341 || (c < 12441
                  ? (c < 12353
                    ? (c >= 12344 && c <= 12348)
                    : c <= 12438)
                  : (c <= 12442 || (c < 12449
                    ? (c >= 12445 && c <= 12447)
                    : c <= 12538)))))
              : (c <= 12543 || (c < 19968
                ? (c < 12704
                  ? (c < 12593
                    ? (c >= 12549 && c <= 12591)
                    : c <= 12686)
                  : (c <= 12735 || (c < 13312
                    ? (c >= 12784 && c <= 12799)
                    : c <= 19903)))
                : (c <= 42124 || (c < 42512
                  ? (c < 42240
                    ? (c >= 42192 && c <= 42237)
                    : c <= 42508)
                  : (c <= 42539 || (c < 42612
                    ? (c >= 42560 && c <= 42607)
                    : c <= 42621)))))))
            : (c <= 42737 || (c < 43232
              ? (c < 42965
                ? (c < 42891
                  ? (c < 42786
                    ? (c >= 42775 && c <= 42783)
                    : c <= 42888)
                  : (c <= 42954 || (c < 42963
                    ? (c >= 42960 && c <= 42961)
                    : c <= 42963)))
                : (c <= 42969 || (c < 43072
                  ? (c < 43052
                    ? (c >= 42994 && c <= 43047)
                    : c <= 43052)
                  : (c <= 43123 || (c < 43216
                    ? (c >= 43136 && c <= 43205)
                    : c <= 43225)))))
              : (c <= 43255 || (c < 43471
                ? (c < 43312
                  ? (c < 43261
                    ? c == 43259
                    : c <= 43309)
                  : (c <= 43347 || (c < 43392
                    ? (c >= 43360 && c <= 43388)
                    : c <= 43456)))
                : (c <= 43481 || (c < 43584
                  ? (c < 43520
                    ? (c >= 43488 && c <= 43518)
                    : c <= 43574)
                  : (c <= 43597 || (c >= 43600 && c <= 43609)))))))))))))))
    : (c <= 43638 || (c < 71453
      ? (c < 67639
        ? (c < 65345
          ? (c < 64312
            ? (c < 43888
              ? (c < 43785
                ? (c < 43744
                  ? (c < 43739
                    ? (c >= 43642 && c <= 43714)
                    : c <= 43741)
                  : (c <= 43759 || (c < 43777
                    ? (c >= 43762 && c <= 43766)
                    : c <= 43782)))
                : (c <= 43790 || (c < 43816
                  ? (c < 43808
                    ? (c >= 43793 && c <= 43798)
                    : c <= 43814)
                  : (c <= 43822 || (c < 43868
                    ? (c >= 43824 && c <= 43866)
                    : c <= 43881)))))
              : (c <= 44010 || (c < 63744
                ? (c < 44032
                  ? (c < 44016
                    ? (c >= 44012 && c <= 44013)
                    : c <= 44025)
                  : (c <= 55203 || (c < 55243
                    ? (c >= 55216 && c <= 55238)
                    : c <= 55291)))
                : (c <= 64109 || (c < 64275
                  ? (c < 64256
                    ? (c >= 64112 && c <= 64217)
                    : c <= 64262)
                  : (c <= 64279 || (c < 64298
                    ? (c >= 64285 && c <= 64296)
                    : c <= 64310)))))))
            : (c <= 64316 || (c < 65075
              ? (c < 64612
                ? (c < 64323
                  ? (c < 64320
                    ? c == 64318
                    : c <= 64321)
                  : (c <= 64324 || (c < 64467
                    ? (c >= 64326 && c <= 64433)
                    : c <= 64605)))
                : (c <= 64829 || (c < 65008
                  ? (c < 64914
                    ? (c >= 64848 && c <= 64911)
                    : c <= 64967)
                  : (c <= 65017 || (c < 65056
                    ? (c >= 65024 && c <= 65039)
                    : c <= 65071)))))
              : (c <= 65076 || (c < 65147
                ? (c < 65139
                  ? (c < 65137
                    ? (c >= 65101 && c <= 65103)
                    : c <= 65137)
                  : (c <= 65139 || (c < 65145
                    ? c == 65143
                    : c <= 65145)))
                : (c <= 65147 || (c < 65296
                  ? (c < 65151
                    ? c == 65149
                    : c <= 65276)
                  : (c <= 65305 || (c < 65343
                    ? (c >= 65313 && c <= 65338)
                    : c <= 65343)))))))))
          : (c <= 65370 || (c < 66513
            ? (c < 65664
              ? (c < 65536
                ? (c < 65482
                  ? (c < 65474
                    ? (c >= 65382 && c <= 65470)
                    : c <= 65479)
                  : (c <= 65487 || (c < 65498
                    ? (c >= 65490 && c <= 65495)
                    : c <= 65500)))
                : (c <= 65547 || (c < 65596
                  ? (c < 65576
                    ? (c >= 65549 && c <= 65574)
                    : c <= 65594)
                  : (c <= 65597 || (c < 65616
                    ? (c >= 65599 && c <= 65613)
                    : c <= 65629)))))
              : (c <= 65786 || (c < 66304
                ? (c < 66176
                  ? (c < 66045
                    ? (c >= 65856 && c <= 65908)
                    : c <= 66045)
                  : (c <= 66204 || (c < 66272
                    ? (c >= 66208 && c <= 66256)
                    : c <= 66272)))
                : (c <= 66335 || (c < 66432
                  ? (c < 66384
                    ? (c >= 66349 && c <= 66378)
                    : c <= 66426)
                  : (c <= 66461 || (c < 66504
                    ? (c >= 66464 && c <= 66499)
                    : c <= 66511)))))))
            : (c <= 66517 || (c < 66979
              ? (c < 66864
                ? (c < 66736
                  ? (c < 66720
                    ? (c >= 66560 && c <= 66717)
                    : c <= 66729)
                  : (c <= 66771 || (c < 66816
                    ? (c >= 66776 && c <= 66811)
                    : c <= 66855)))
                : (c <= 66915 || (c < 66956
                  ? (c < 66940
                    ? (c >= 66928 && c <= 66938)
                    : c <= 66954)
                  : (c <= 66962 || (c < 66967
                    ? (c >= 66964 && c <= 66965)
                    : c <= 66977)))))
              : (c <= 66993 || (c < 67456
                ? (c < 67072
                  ? (c < 67003
                    ? (c >= 66995 && c <= 67001)
                    : c <= 67004)
                  : (c <= 67382 || (c < 67424
                    ? (c >= 67392 && c <= 67413)
                    : c <= 67431)))
                : (c <= 67461 || (c < 67584
                  ? (c < 67506
                    ? (c >= 67463 && c <= 67504)
                    : c <= 67514)
                  : (c <= 67589 || (c < 67594
                    ? c == 67592
                    : c <= 67637)))))))))))
        : (c <= 67640 || (c < 69956
          ? (c < 68448
            ? (c < 68101
              ? (c < 67828
                ? (c < 67680
                  ? (c < 67647
                    ? c == 67644
                    : c <= 67669)
                  : (c <= 67702 || (c < 67808
                    ? (c >= 67712 && c <= 67742)
                    : c <= 67826)))
                : (c <= 67829 || (c < 67968
                  ? (c < 67872
                    ? (c >= 67840 && c <= 67861)
                    : c <= 67897)
                  : (c <= 68023 || (c < 68096
                    ? (c >= 68030 && c <= 68031)
                    : c <= 68099)))))
              : (c <= 68102 || (c < 68192
                ? (c < 68121
                  ? (c < 68117
                    ? (c >= 68108 && c <= 68115)
                    : c <= 68119)
                  : (c <= 68149 || (c < 68159
                    ? (c >= 68152 && c <= 68154)
                    : c <= 68159)))
                : (c <= 68220 || (c < 68297
                  ? (c < 68288
                    ? (c >= 68224 && c <= 68252)
                    : c <= 68295)
                  : (c <= 68326 || (c < 68416
                    ? (c >= 68352 && c <= 68405)
                    : c <= 68437)))))))
            : (c <= 68466 || (c < 69424
              ? (c < 68912
                ? (c < 68736
                  ? (c < 68608
                    ? (c >= 68480 && c <= 68497)
                    : c <= 68680)
                  : (c <= 68786 || (c < 68864
                    ? (c >= 68800 && c <= 68850)
                    : c <= 68903)))
                : (c <= 68921 || (c < 69296
                  ? (c < 69291
                    ? (c >= 69248 && c <= 69289)
                    : c <= 69292)
                  : (c <= 69297 || (c < 69415
                    ? (c >= 69376 && c <= 69404)
                    : c <= 69415)))))
              : (c <= 69456 || (c < 69759
                ? (c < 69600
                  ? (c < 69552
                    ? (c >= 69488 && c <= 69509)
                    : c <= 69572)
                  : (c <= 69622 || (c < 69734
                    ? (c >= 69632 && c <= 69702)
                    : c <= 69749)))
                : (c <= 69818 || (c < 69872
                  ? (c < 69840
                    ? c == 69826
                    : c <= 69864)
                  : (c <= 69881 || (c < 69942
                    ? (c >= 69888 && c <= 69940)
                    : c <= 69951)))))))))
          : (c <= 69959 || (c < 70459
            ? (c < 70282
              ? (c < 70108
                ? (c < 70016
                  ? (c < 70006
                    ? (c >= 69968 && c <= 70003)
                    : c <= 70006)
                  : (c <= 70084 || (c < 70094
                    ? (c >= 70089 && c <= 70092)
                    : c <= 70106)))
                : (c <= 70108 || (c < 70206
                  ? (c < 70163
                    ? (c >= 70144 && c <= 70161)
                    : c <= 70199)
                  : (c <= 70206 || (c < 70280
                    ? (c >= 70272 && c <= 70278)
                    : c <= 70280)))))
              : (c <= 70285 || (c < 70405
                ? (c < 70320
                  ? (c < 70303
                    ? (c >= 70287 && c <= 70301)
                    : c <= 70312)
                  : (c <= 70378 || (c < 70400
                    ? (c >= 70384 && c <= 70393)
                    : c <= 70403)))
                : (c <= 70412 || (c < 70442
                  ? (c < 70419
                    ? (c >= 70415 && c <= 70416)
                    : c <= 70440)
                  : (c <= 70448 || (c < 70453
                    ? (c >= 70450 && c <= 70451)
                    : c <= 70457)))))))
            : (c <= 70468 || (c < 70855
              ? (c < 70502
                ? (c < 70480
                  ? (c < 70475
                    ? (c >= 70471 && c <= 70472)
                    : c <= 70477)
                  : (c <= 70480 || (c < 70493
                    ? c == 70487
                    : c <= 70499)))
                : (c <= 70508 || (c < 70736
                  ? (c < 70656
                    ? (c >= 70512 && c <= 70516)
                    : c <= 70730)
                  : (c <= 70745 || (c < 70784
                    ? (c >= 70750 && c <= 70753)
                    : c <= 70853)))))
              : (c <= 70855 || (c < 71236
                ? (c < 71096
                  ? (c < 71040
                    ? (c >= 70864 && c <= 70873)
                    : c <= 71093)
                  : (c <= 71104 || (c < 71168
                    ? (c >= 71128 && c <= 71133)
                    : c <= 71232)))
                : (c <= 71236 || (c < 71360
                  ? (c < 71296
                    ? (c >= 71248 && c <= 71257)
                    : c <= 71352)
                  : (c <= 71369 || (c >= 71424 && c <= 71450)))))))))))))
      : (c <= 71467 || (c < 119973
        ? (c < 77824
          ? (c < 72760
            ? (c < 72016
              ? (c < 71945
                ? (c < 71680
                  ? (c < 71488
                    ? (c >= 71472 && c <= 71481)
                    : c <= 71494)
                  : (c <= 71738 || (c < 71935
                    ? (c >= 71840 && c <= 71913)
                    : c <= 71942)))
                : (c <= 71945 || (c < 71960
                  ? (c < 71957
                    ? (c >= 71948 && c <= 71955)
                    : c <= 71958)
                  : (c <= 71989 || (c < 71995
                    ? (c >= 71991 && c <= 71992)
                    : c <= 72003)))))
              : (c <= 72025 || (c < 72263
                ? (c < 72154
                  ? (c < 72106
                    ? (c >= 72096 && c <= 72103)
                    : c <= 72151)
                  : (c <= 72161 || (c < 72192
                    ? (c >= 72163 && c <= 72164)
                    : c <= 72254)))
                : (c <= 72263 || (c < 72368
                  ? (c < 72349
                    ? (c >= 72272 && c <= 72345)
                    : c <= 72349)
                  : (c <= 72440 || (c < 72714
                    ? (c >= 72704 && c <= 72712)
                    : c <= 72758)))))))
            : (c <= 72768 || (c < 73056
              ? (c < 72968
                ? (c < 72850
                  ? (c < 72818
                    ? (c >= 72784 && c <= 72793)
                    : c <= 72847)
                  : (c <= 72871 || (c < 72960
                    ? (c >= 72873 && c <= 72886)
                    : c <= 72966)))
                : (c <= 72969 || (c < 73020
                  ? (c < 73018
                    ? (c >= 72971 && c <= 73014)
                    : c <= 73018)
                  : (c <= 73021 || (c < 73040
                    ? (c >= 73023 && c <= 73031)
                    : c <= 73049)))))
              : (c <= 73061 || (c < 73440
                ? (c < 73104
                  ? (c < 73066
                    ? (c >= 73063 && c <= 73064)
                    : c <= 73102)
                  : (c <= 73105 || (c < 73120
                    ? (c >= 73107 && c <= 73112)
                    : c <= 73129)))
                : (c <= 73462 || (c < 74752
                  ? (c < 73728
                    ? c == 73648
                    : c <= 74649)
                  : (c <= 74862 || (c < 77712
                    ? (c >= 74880 && c <= 75075)
                    : c <= 77808)))))))))
          : (c <= 78894 || (c < 110576
            ? (c < 93027
              ? (c < 92864
                ? (c < 92736
                  ? (c < 92160
                    ? (c >= 82944 && c <= 83526)
                    : c <= 92728)
                  : (c <= 92766 || (c < 92784
                    ? (c >= 92768 && c <= 92777)
                    : c <= 92862)))
                : (c <= 92873 || (c < 92928
                  ? (c < 92912
                    ? (c >= 92880 && c <= 92909)
                    : c <= 92916)
                  : (c <= 92982 || (c < 93008
                    ? (c >= 92992 && c <= 92995)
                    : c <= 93017)))))
              : (c <= 93047 || (c < 94176
                ? (c < 93952
                  ? (c < 93760
                    ? (c >= 93053 && c <= 93071)
                    : c <= 93823)
                  : (c <= 94026 || (c < 94095
                    ? (c >= 94031 && c <= 94087)
                    : c <= 94111)))
                : (c <= 94177 || (c < 94208
                  ? (c < 94192
                    ? (c >= 94179 && c <= 94180)
                    : c <= 94193)
                  : (c <= 100343 || (c < 101632
                    ? (c >= 100352 && c <= 101589)
                    : c <= 101640)))))))
            : (c <= 110579 || (c < 118528
              ? (c < 110960
                ? (c < 110592
                  ? (c < 110589
                    ? (c >= 110581 && c <= 110587)
                    : c <= 110590)
                  : (c <= 110882 || (c < 110948
                    ? (c >= 110928 && c <= 110930)
                    : c <= 110951)))
                : (c <= 111355 || (c < 113792
                  ? (c < 113776
                    ? (c >= 113664 && c <= 113770)
                    : c <= 113788)
                  : (c <= 113800 || (c < 113821
                    ? (c >= 113808 && c <= 113817)
                    : c <= 113822)))))
              : (c <= 118573 || (c < 119210
                ? (c < 119149
                  ? (c < 119141
                    ? (c >= 118576 && c <= 118598)
                    : c <= 119145)
                  : (c <= 119154 || (c < 119173
                    ? (c >= 119163 && c <= 119170)
                    : c <= 119179)))
                : (c <= 119213 || (c < 119894
                  ? (c < 119808
                    ? (c >= 119362 && c <= 119364)
                    : c <= 119892)
                  : (c <= 119964 || (c < 119970
                    ? (c >= 119966 && c <= 119967)
                    : c <= 119970)))))))))))
        : (c <= 119974 || (c < 124912
          ? (c < 120746
            ? (c < 120134
              ? (c < 120071
                ? (c < 119995
                  ? (c < 119982
                    ? (c >= 119977 && c <= 119980)
                    : c <= 119993)
                  : (c <= 119995 || (c < 120005
                    ? (c >= 119997 && c <= 120003)
                    : c <= 120069)))
                : (c <= 120074 || (c < 120094
                  ? (c < 120086
                    ? (c >= 120077 && c <= 120084)
                    : c <= 120092)
                  : (c <= 120121 || (c < 120128
                    ? (c >= 120123 && c <= 120126)
                    : c <= 120132)))))
              : (c <= 120134 || (c < 120572
                ? (c < 120488
                  ? (c < 120146
                    ? (c >= 120138 && c <= 120144)
                    : c <= 120485)
                  : (c <= 120512 || (c < 120540
                    ? (c >= 120514 && c <= 120538)
                    : c <= 120570)))
                : (c <= 120596 || (c < 120656
                  ? (c < 120630
                    ? (c >= 120598 && c <= 120628)
                    : c <= 120654)
                  : (c <= 120686 || (c < 120714
                    ? (c >= 120688 && c <= 120712)
                    : c <= 120744)))))))
            : (c <= 120770 || (c < 122907
              ? (c < 121476
                ? (c < 121344
                  ? (c < 120782
                    ? (c >= 120772 && c <= 120779)
                    : c <= 120831)
                  : (c <= 121398 || (c < 121461
                    ? (c >= 121403 && c <= 121452)
                    : c <= 121461)))
                : (c <= 121476 || (c < 122624
                  ? (c < 121505
                    ? (c >= 121499 && c <= 121503)
                    : c <= 121519)
                  : (c <= 122654 || (c < 122888
                    ? (c >= 122880 && c <= 122886)
                    : c <= 122904)))))
              : (c <= 122913 || (c < 123214
                ? (c < 123136
                  ? (c < 122918
                    ? (c >= 122915 && c <= 122916)
                    : c <= 122922)
                  : (c <= 123180 || (c < 123200
                    ? (c >= 123184 && c <= 123197)
                    : c <= 123209)))
                : (c <= 123214 || (c < 124896
                  ? (c < 123584
                    ? (c >= 123536 && c <= 123566)
                    : c <= 123641)
                  : (c <= 124902 || (c < 124909
                    ? (c >= 124904 && c <= 124907)
                    : c <= 124910)))))))))
          : (c <= 124926 || (c < 126557
            ? (c < 126521
              ? (c < 126469
                ? (c < 125184
                  ? (c < 125136
                    ? (c >= 124928 && c <= 125124)
                    : c <= 125142)
                  : (c <= 125259 || (c < 126464
                    ? (c >= 125264 && c <= 125273)
                    : c <= 126467)))
                : (c <= 126495 || (c < 126503
                  ? (c < 126500
                    ? (c >= 126497 && c <= 126498)
                    : c <= 126500)
                  : (c <= 126503 || (c < 126516
                    ? (c >= 126505 && c <= 126514)
                    : c <= 126519)))))
              : (c <= 126521 || (c < 126541
                ? (c < 126535
                  ? (c < 126530
                    ? c == 126523
                    : c <= 126530)
                  : (c <= 126535 || (c < 126539
                    ? c == 126537
                    : c <= 126539)))
                : (c <= 126543 || (c < 126551
                  ? (c < 126548
                    ? (c >= 126545 && c <= 126546)
                    : c <= 126548)
                  : (c <= 126551 || (c < 126555
                    ? c == 126553
                    : c <= 126555)))))))
            : (c <= 126557 || (c < 126629
              ? (c < 126580
                ? (c < 126564
                  ? (c < 126561
                    ? c == 126559
                    : c <= 126562)
                  : (c <= 126564 || (c < 126572
                    ? (c >= 126567 && c <= 126570)
                    : c <= 126578)))
                : (c <= 126583 || (c < 126592
                  ? (c < 126590
                    ? (c >= 126585 && c <= 126588)
                    : c <= 126590)
                  : (c <= 126601 || (c < 126625
                    ? (c >= 126603 && c <= 126619)
                    : c <= 126627)))))
              : (c <= 126633 || (c < 178208
                ? (c < 131072
                  ? (c < 130032
                    ? (c >= 126635 && c <= 126651)
                    : c <= 130041)
                  : (c <= 173791 || (c < 177984
                    ? (c >= 173824 && c <= 177976)
                    : c <= 178205)))
                : (c <= 183969 || (c < 196608
                  ? (c < 194560
                    ? (c >= 183984 && c <= 191456)
                    : c <= 195101)
                  : (c <= 201546 || (c >= 917760 && c <= 917999)))))))))))))))));
}

static inline bool sym_identifier_character_set_5(int32_t c) {
  return (c < 43616
    ? (c < 3782
      ? (c < 2748
        ? (c < 2045
          ? (c < 1015
            ? (c < 710
              ? (c < 181
                ? (c < '_'
                  ? (c < 'A'
                    ? (c >= '0' && c <= '9')
                    : c <= 'Z')
                  : (c <= '_' || (c < 170
                    ? (c >= 'b' && c <= 'z')
                    : c <= 170)))
                : (c <= 181 || (c < 192
                  ? (c < 186
                    ? c == 183
                    : c <= 186)
                  : (c <= 214 || (c < 248
                    ? (c >= 216 && c <= 246)
                    : c <= 705)))))
              : (c <= 721 || (c < 891
                ? (c < 750
                  ? (c < 748
                    ? (c >= 736 && c <= 740)
                    : c <= 748)
                  : (c <= 750 || (c < 886
                    ? (c >= 768 && c <= 884)
                    : c <= 887)))
                : (c <= 893 || (c < 908
                  ? (c < 902
                    ? c == 895
                    : c <= 906)
                  : (c <= 908 || (c < 931
                    ? (c >= 910 && c <= 929)
                    : c <= 1013)))))))
            : (c <= 1153 || (c < 1519
              ? (c < 1425
                ? (c < 1329
                  ? (c < 1162
                    ? (c >= 1155 && c <= 1159)
                    : c <= 1327)
                  : (c <= 1366 || (c < 1376
                    ? c == 1369
                    : c <= 1416)))
                : (c <= 1469 || (c < 1476
                  ? (c < 1473
                    ? c == 1471
                    : c <= 1474)
                  : (c <= 1477 || (c < 1488
                    ? c == 1479
                    : c <= 1514)))))
              : (c <= 1522 || (c < 1770
                ? (c < 1646
                  ? (c < 1568
                    ? (c >= 1552 && c <= 1562)
                    : c <= 1641)
                  : (c <= 1747 || (c < 1759
                    ? (c >= 1749 && c <= 1756)
                    : c <= 1768)))
                : (c <= 1788 || (c < 1869
                  ? (c < 1808
                    ? c == 1791
                    : c <= 1866)
                  : (c <= 1969 || (c < 2042
                    ? (c >= 1984 && c <= 2037)
                    : c <= 2042)))))))))
          : (c <= 2045 || (c < 2558
            ? (c < 2451
              ? (c < 2200
                ? (c < 2144
                  ? (c < 2112
                    ? (c >= 2048 && c <= 2093)
                    : c <= 2139)
                  : (c <= 2154 || (c < 2185
                    ? (c >= 2160 && c <= 2183)
                    : c <= 2190)))
                : (c <= 2273 || (c < 2417
                  ? (c < 2406
                    ? (c >= 2275 && c <= 2403)
                    : c <= 2415)
                  : (c <= 2435 || (c < 2447
                    ? (c >= 2437 && c <= 2444)
                    : c <= 2448)))))
              : (c <= 2472 || (c < 2507
                ? (c < 2486
                  ? (c < 2482
                    ? (c >= 2474 && c <= 2480)
                    : c <= 2482)
                  : (c <= 2489 || (c < 2503
                    ? (c >= 2492 && c <= 2500)
                    : c <= 2504)))
                : (c <= 2510 || (c < 2527
                  ? (c < 2524
                    ? c == 2519
                    : c <= 2525)
                  : (c <= 2531 || (c < 2556
                    ? (c >= 2534 && c <= 2545)
                    : c <= 2556)))))))
            : (c <= 2558 || (c < 2635
              ? (c < 2610
                ? (c < 2575
                  ? (c < 2565
                    ? (c >= 2561 && c <= 2563)
                    : c <= 2570)
                  : (c <= 2576 || (c < 2602
                    ? (c >= 2579 && c <= 2600)
                    : c <= 2608)))
                : (c <= 2611 || (c < 2620
                  ? (c < 2616
                    ? (c >= 2613 && c <= 2614)
                    : c <= 2617)
                  : (c <= 2620 || (c < 2631
                    ? (c >= 2622 && c <= 2626)
                    : c <= 2632)))))
              : (c <= 2637 || (c < 2693
                ? (c < 2654
                  ? (c < 2649
                    ? c == 2641
                    : c <= 2652)
                  : (c <= 2654 || (c < 2689
                    ? (c >= 2662 && c <= 2677)
                    : c <= 2691)))
                : (c <= 2701 || (c < 2730
                  ? (c < 2707
                    ? (c >= 2703 && c <= 2705)
                    : c <= 2728)
                  : (c <= 2736 || (c < 2741
                    ? (c >= 2738 && c <= 2739)
                    : c <= 2745)))))))))))
        : (c <= 2757 || (c < 3168
          ? (c < 2958
            ? (c < 2866
              ? (c < 2809
                ? (c < 2768
                  ? (c < 2763
                    ? (c >= 2759 && c <= 2761)
                    : c <= 2765)
                  : (c <= 2768 || (c < 2790
                    ? (c >= 2784 && c <= 2787)
                    : c <= 2799)))
                : (c <= 2815 || (c < 2831
                  ? (c < 2821
                    ? (c >= 2817 && c <= 2819)
                    : c <= 2828)
                  : (c <= 2832 || (c < 2858
                    ? (c >= 2835 && c <= 2856)
                    : c <= 2864)))))
              : (c <= 2867 || (c < 2908
                ? (c < 2887
                  ? (c < 2876
                    ? (c >= 2869 && c <= 2873)
                    : c <= 2884)
                  : (c <= 2888 || (c < 2901
                    ? (c >= 2891 && c <= 2893)
                    : c <= 2903)))
                : (c <= 2909 || (c < 2929
                  ? (c < 2918
                    ? (c >= 2911 && c <= 2915)
                    : c <= 2927)
                  : (c <= 2929 || (c < 2949
                    ? (c >= 2946 && c <= 2947)
                    : c <= 2954)))))))
            : (c <= 2960 || (c < 3031
              ? (c < 2984
                ? (c < 2972
                  ? (c < 2969
                    ? (c >= 2962 && c <= 2965)
                    : c <= 2970)
                  : (c <= 2972 || (c < 2979
                    ? (c >= 2974 && c <= 2975)
                    : c <= 2980)))
                : (c <= 2986 || (c < 3014
                  ? (c < 3006
                    ? (c >= 2990 && c <= 3001)
                    : c <= 3010)
                  : (c <= 3016 || (c < 3024
                    ? (c >= 3018 && c <= 3021)
                    : c <= 3024)))))
              : (c <= 3031 || (c < 3132
                ? (c < 3086
                  ? (c < 3072
                    ? (c >= 3046 && c <= 3055)
                    : c <= 3084)
                  : (c <= 3088 || (c < 3114
                    ? (c >= 3090 && c <= 3112)
                    : c <= 3129)))
                : (c <= 3140 || (c < 3157
                  ? (c < 3146
                    ? (c >= 3142 && c <= 3144)
                    : c <= 3149)
                  : (c <= 3158 || (c < 3165
                    ? (c >= 3160 && c <= 3162)
                    : c <= 3165)))))))))
          : (c <= 3171 || (c < 3450
            ? (c < 3293
              ? (c < 3242
                ? (c < 3205
                  ? (c < 3200
                    ? (c >= 3174 && c <= 3183)
                    : c <= 3203)
                  : (c <= 3212 || (c < 3218
                    ? (c >= 3214 && c <= 3216)
                    : c <= 3240)))
                : (c <= 3251 || (c < 3270
                  ? (c < 3260
                    ? (c >= 3253 && c <= 3257)
                    : c <= 3268)
                  : (c <= 3272 || (c < 3285
                    ? (c >= 3274 && c <= 3277)
                    : c <= 3286)))))
              : (c <= 3294 || (c < 3346
                ? (c < 3313
                  ? (c < 3302
                    ? (c >= 3296 && c <= 3299)
                    : c <= 3311)
                  : (c <= 3314 || (c < 3342
                    ? (c >= 3328 && c <= 3340)
                    : c <= 3344)))
                : (c <= 3396 || (c < 3412
                  ? (c < 3402
                    ? (c >= 3398 && c <= 3400)
                    : c <= 3406)
                  : (c <= 3415 || (c < 3430
                    ? (c >= 3423 && c <= 3427)
                    : c <= 3439)))))))
            : (c <= 3455 || (c < 3570
              ? (c < 3520
                ? (c < 3482
                  ? (c < 3461
                    ? (c >= 3457 && c <= 3459)
                    : c <= 3478)
                  : (c <= 3505 || (c < 3517
                    ? (c >= 3507 && c <= 3515)
                    : c <= 3517)))
                : (c <= 3526 || (c < 3542
                  ? (c < 3535
                    ? c == 3530
                    : c <= 3540)
                  : (c <= 3542 || (c < 3558
                    ? (c >= 3544 && c <= 3551)
                    : c <= 3567)))))
              : (c <= 3571 || (c < 3718
                ? (c < 3664
                  ? (c < 3648
                    ? (c >= 3585 && c <= 3642)
                    : c <= 3662)
                  : (c <= 3673 || (c < 3716
                    ? (c >= 3713 && c <= 3714)
                    : c <= 3716)))
                : (c <= 3722 || (c < 3751
                  ? (c < 3749
                    ? (c >= 3724 && c <= 3747)
                    : c <= 3749)
                  : (c <= 3773 || (c >= 3776 && c <= 3780)))))))))))))
      : (c <= 3782 || (c < 8025
        ? (c < 5888
          ? (c < 4688
            ? (c < 3953
              ? (c < 3872
                ? (c < 3804
                  ? (c < 3792
                    ? (c >= 3784 && c <= 3789)
                    : c <= 3801)
                  : (c <= 3807 || (c < 3864
                    ? c == 3840
                    : c <= 3865)))
                : (c <= 3881 || (c < 3897
                  ? (c < 3895
                    ? c == 3893
                    : c <= 3895)
                  : (c <= 3897 || (c < 3913
                    ? (c >= 3902 && c <= 3911)
                    : c <= 3948)))))
              : (c <= 3972 || (c < 4256
                ? (c < 4038
                  ? (c < 3993
                    ? (c >= 3974 && c <= 3991)
                    : c <= 4028)
                  : (c <= 4038 || (c < 4176
                    ? (c >= 4096 && c <= 4169)
                    : c <= 4253)))
                : (c <= 4293 || (c < 4304
                  ? (c < 4301
                    ? c == 4295
                    : c <= 4301)
                  : (c <= 4346 || (c < 4682
                    ? (c >= 4348 && c <= 4680)
                    : c <= 4685)))))))
            : (c <= 4694 || (c < 4882
              ? (c < 4786
                ? (c < 4704
                  ? (c < 4698
                    ? c == 4696
                    : c <= 4701)
                  : (c <= 4744 || (c < 4752
                    ? (c >= 4746 && c <= 4749)
                    : c <= 4784)))
                : (c <= 4789 || (c < 4802
                  ? (c < 4800
                    ? (c >= 4792 && c <= 4798)
                    : c <= 4800)
                  : (c <= 4805 || (c < 4824
                    ? (c >= 4808 && c <= 4822)
                    : c <= 4880)))))
              : (c <= 4885 || (c < 5112
                ? (c < 4969
                  ? (c < 4957
                    ? (c >= 4888 && c <= 4954)
                    : c <= 4959)
                  : (c <= 4977 || (c < 5024
                    ? (c >= 4992 && c <= 5007)
                    : c <= 5109)))
                : (c <= 5117 || (c < 5761
                  ? (c < 5743
                    ? (c >= 5121 && c <= 5740)
                    : c <= 5759)
                  : (c <= 5786 || (c < 5870
                    ? (c >= 5792 && c <= 5866)
                    : c <= 5880)))))))))
          : (c <= 5909 || (c < 6688
            ? (c < 6176
              ? (c < 6016
                ? (c < 5984
                  ? (c < 5952
                    ? (c >= 5919 && c <= 5940)
                    : c <= 5971)
                  : (c <= 5996 || (c < 6002
                    ? (c >= 5998 && c <= 6000)
                    : c <= 6003)))
                : (c <= 6099 || (c < 6112
                  ? (c < 6108
                    ? c == 6103
                    : c <= 6109)
                  : (c <= 6121 || (c < 6159
                    ? (c >= 6155 && c <= 6157)
                    : c <= 6169)))))
              : (c <= 6264 || (c < 6470
                ? (c < 6400
                  ? (c < 6320
                    ? (c >= 6272 && c <= 6314)
                    : c <= 6389)
                  : (c <= 6430 || (c < 6448
                    ? (c >= 6432 && c <= 6443)
                    : c <= 6459)))
                : (c <= 6509 || (c < 6576
                  ? (c < 6528
                    ? (c >= 6512 && c <= 6516)
                    : c <= 6571)
                  : (c <= 6601 || (c < 6656
                    ? (c >= 6608 && c <= 6618)
                    : c <= 6683)))))))
            : (c <= 6750 || (c < 7232
              ? (c < 6847
                ? (c < 6800
                  ? (c < 6783
                    ? (c >= 6752 && c <= 6780)
                    : c <= 6793)
                  : (c <= 6809 || (c < 6832
                    ? c == 6823
                    : c <= 6845)))
                : (c <= 6862 || (c < 7019
                  ? (c < 6992
                    ? (c >= 6912 && c <= 6988)
                    : c <= 7001)
                  : (c <= 7027 || (c < 7168
                    ? (c >= 7040 && c <= 7155)
                    : c <= 7223)))))
              : (c <= 7241 || (c < 7380
                ? (c < 7312
                  ? (c < 7296
                    ? (c >= 7245 && c <= 7293)
                    : c <= 7304)
                  : (c <= 7354 || (c < 7376
                    ? (c >= 7357 && c <= 7359)
                    : c <= 7378)))
                : (c <= 7418 || (c < 7968
                  ? (c < 7960
                    ? (c >= 7424 && c <= 7957)
                    : c <= 7965)
                  : (c <= 8005 || (c < 8016
                    ? (c >= 8008 && c <= 8013)
                    : c <= 8023)))))))))))
        : (c <= 8025 || (c < 11720
          ? (c < 8458
            ? (c < 8178
              ? (c < 8126
                ? (c < 8031
                  ? (c < 8029
                    ? c == 8027
                    : c <= 8029)
                  : (c <= 8061 || (c < 8118
                    ? (c >= 8064 && c <= 8116)
                    : c <= 8124)))
                : (c <= 8126 || (c < 8144
                  ? (c < 8134
                    ? (c >= 8130 && c <= 8132)
                    : c <= 8140)
                  : (c <= 8147 || (c < 8160
                    ? (c >= 8150 && c <= 8155)
                    : c <= 8172)))))
              : (c <= 8180 || (c < 8336
                ? (c < 8276
                  ? (c < 8255
                    ? (c >= 8182 && c <= 8188)
                    : c <= 8256)
                  : (c <= 8276 || (c < 8319
                    ? c == 8305
                    : c <= 8319)))
                : (c <= 8348 || (c < 8421
                  ? (c < 8417
                    ? (c >= 8400 && c <= 8412)
                    : c <= 8417)
                  : (c <= 8432 || (c < 8455
                    ? c == 8450
                    : c <= 8455)))))))
            : (c <= 8467 || (c < 11499
              ? (c < 8490
                ? (c < 8484
                  ? (c < 8472
                    ? c == 8469
                    : c <= 8477)
                  : (c <= 8484 || (c < 8488
                    ? c == 8486
                    : c <= 8488)))
                : (c <= 8505 || (c < 8526
                  ? (c < 8517
                    ? (c >= 8508 && c <= 8511)
                    : c <= 8521)
                  : (c <= 8526 || (c < 11264
                    ? (c >= 8544 && c <= 8584)
                    : c <= 11492)))))
              : (c <= 11507 || (c < 11647
                ? (c < 11565
                  ? (c < 11559
                    ? (c >= 11520 && c <= 11557)
                    : c <= 11559)
                  : (c <= 11565 || (c < 11631
                    ? (c >= 11568 && c <= 11623)
                    : c <= 11631)))
                : (c <= 11670 || (c < 11696
                  ? (c < 11688
                    ? (c >= 11680 && c <= 11686)
                    : c <= 11694)
                  : (c <= 11702 || (c < 11712
                    ? (c >= 11704 && c <= 11710)
                    : c <= 11718)))))))))
          : (c <= 11726 || (c < 42623
            ? (c < 12540
              ? (c < 12337
                ? (c < 11744
                  ? (c < 11736
                    ? (c >= 11728 && c <= 11734)
                    : c <= 11742)
                  : (c <= 11775 || (c < 12321
                    ? (c >= 12293 && c <= 12295)
                    : c <= 12335)))
                : (c <= 12341 || (c < 12441
                  ? (c < 12353
                    ? (c >= 12344 && c <= 12348)
                    : c <= 12438)
                  : (c <= 12442 || (c < 12449
                    ? (c >= 12445 && c <= 12447)
                    : c <= 12538)))))
              : (c <= 12543 || (c < 19968
                ? (c < 12704
                  ? (c < 12593
                    ? (c >= 12549 && c <= 12591)
                    : c <= 12686)
                  : (c <= 12735 || (c < 13312
                    ? (c >= 12784 && c <= 12799)
                    : c <= 19903)))
                : (c <= 42124 || (c < 42512
                  ? (c < 42240
                    ? (c >= 42192 && c <= 42237)
                    : c <= 42508)
                  : (c <= 42539 || (c < 42612
                    ? (c >= 42560 && c <= 42607)
                    : c <= 42621)))))))
            : (c <= 42737 || (c < 43232
              ? (c < 42965
                ? (c < 42891
                  ? (c < 42786
                    ? (c >= 42775 && c <= 42783)
                    : c <= 42888)
                  : (c <= 42954 || (c < 42963
                    ? (c >= 42960 && c <= 42961)
                    : c <= 42963)))
                : (c <= 42969 || (c < 43072
                  ? (c < 43052
                    ? (c >= 42994 && c <= 43047)
                    : c <= 43052)
                  : (c <= 43123 || (c < 43216
                    ? (c >= 43136 && c <= 43205)
                    : c <= 43225)))))
              : (c <= 43255 || (c < 43471
                ? (c < 43312
                  ? (c < 43261
                    ? c == 43259
                    : c <= 43309)
                  : (c <= 43347 || (c < 43392
                    ? (c >= 43360 && c <= 43388)
                    : c <= 43456)))
                : (c <= 43481 || (c < 43584
                  ? (c < 43520
                    ? (c >= 43488 && c <= 43518)
                    : c <= 43574)
                  : (c <= 43597 || (c >= 43600 && c <= 43609)))))))))))))))
    : (c <= 43638 || (c < 71453
      ? (c < 67639
        ? (c < 65345
          ? (c < 64312
            ? (c < 43888
              ? (c < 43785
                ? (c < 43744
                  ? (c < 43739
                    ? (c >= 43642 && c <= 43714)
                    : c <= 43741)
                  : (c <= 43759 || (c < 43777
                    ? (c >= 43762 && c <= 43766)
                    : c <= 43782)))
                : (c <= 43790 || (c < 43816
                  ? (c < 43808
                    ? (c >= 43793 && c <= 43798)
                    : c <= 43814)
                  : (c <= 43822 || (c < 43868
                    ? (c >= 43824 && c <= 43866)
                    : c <= 43881)))))
              : (c <= 44010 || (c < 63744
                ? (c < 44032
                  ? (c < 44016
                    ? (c >= 44012 && c <= 44013)
                    : c <= 44025)
                  : (c <= 55203 || (c < 55243
                    ? (c >= 55216 && c <= 55238)
                    : c <= 55291)))
                : (c <= 64109 || (c < 64275
                  ? (c < 64256
                    ? (c >= 64112 && c <= 64217)
                    : c <= 64262)
                  : (c <= 64279 || (c < 64298
                    ? (c >= 64285 && c <= 64296)
                    : c <= 64310)))))))
            : (c <= 64316 || (c < 65075
              ? (c < 64612
                ? (c < 64323
                  ? (c < 64320
                    ? c == 64318
                    : c <= 64321)
                  : (c <= 64324 || (c < 64467
                    ? (c >= 64326 && c <= 64433)
                    : c <= 64605)))
                : (c <= 64829 || (c < 65008
                  ? (c < 64914
                    ? (c >= 64848 && c <= 64911)
                    : c <= 64967)
                  : (c <= 65017 || (c < 65056
                    ? (c >= 65024 && c <= 65039)
                    : c <= 65071)))))
              : (c <= 65076 || (c < 65147
                ? (c < 65139
                  ? (c < 65137
                    ? (c >= 65101 && c <= 65103)
                    : c <= 65137)
                  : (c <= 65139 || (c < 65145
                    ? c == 65143
                    : c <= 65145)))
                : (c <= 65147 || (c < 65296
                  ? (c < 65151
                    ? c == 65149
                    : c <= 65276)
                  : (c <= 65305 || (c < 65343
                    ? (c >= 65313 && c <= 65338)
                    : c <= 65343)))))))))
          : (c <= 65370 || (c < 66513
            ? (c < 65664
              ? (c < 65536
                ? (c < 65482
                  ? (c < 65474
                    ? (c >= 65382 && c <= 65470)
                    : c <= 65479)
                  : (c <= 65487 || (c < 65498
                    ? (c >= 65490 && c <= 65495)
                    : c <= 65500)))
                : (c <= 65547 || (c < 65596
                  ? (c < 65576
                    ? (c >= 65549 && c <= 65574)
                    : c <= 65594)
                  : (c <= 65597 || (c < 65616
                    ? (c >= 65599 && c <= 65613)
                    : c <= 65629)))))
              : (c <= 65786 || (c < 66304
                ? (c < 66176
                  ? (c < 66045
                    ? (c >= 65856 && c <= 65908)
                    : c <= 66045)
                  : (c <= 66204 || (c < 66272
                    ? (c >= 66208 && c <= 66256)
                    : c <= 66272)))
                : (c <= 66335 || (c < 66432
                  ? (c < 66384
                    ? (c >= 66349 && c <= 66378)
                    : c <= 66426)
                  : (c <= 66461 || (c < 66504
                    ? (c >= 66464 && c <= 66499)
                    : c <= 66511)))))))
            : (c <= 66517 || (c < 66979
              ? (c < 66864
                ? (c < 66736
                  ? (c < 66720
                    ? (c >= 66560 && c <= 66717)
                    : c <= 66729)
                  : (c <= 66771 || (c < 66816
                    ? (c >= 66776 && c <= 66811)
                    : c <= 66855)))
                : (c <= 66915 || (c < 66956
                  ? (c < 66940
                    ? (c >= 66928 && c <= 66938)
                    : c <= 66954)
                  : (c <= 66962 || (c < 66967
                    ? (c >= 66964 && c <= 66965)
                    : c <= 66977)))))
              : (c <= 66993 || (c < 67456
                ? (c < 67072
                  ? (c < 67003
                    ? (c >= 66995 && c <= 67001)
                    : c <= 67004)
                  : (c <= 67382 || (c < 67424
                    ? (c >= 67392 && c <= 67413)
                    : c <= 67431)))
                : (c <= 67461 || (c < 67584
                  ? (c < 67506
                    ? (c >= 67463 && c <= 67504)
                    : c <= 67514)
                  : (c <= 67589 || (c < 67594
                    ? c == 67592
                    : c <= 67637)))))))))))
        : (c <= 67640 || (c < 69956
          ? (c < 68448
            ? (c < 68101
              ? (c < 67828
                ? (c < 67680
                  ? (c < 67647
                    ? c == 67644
                    : c <= 67669)
                  : (c <= 67702 || (c < 67808
                    ? (c >= 67712 && c <= 67742)
                    : c <= 67826)))
                : (c <= 67829 || (c < 67968
                  ? (c < 67872
                    ? (c >= 67840 && c <= 67861)
                    : c <= 67897)
                  : (c <= 68023 || (c < 68096
                    ? (c >= 68030 && c <= 68031)
                    : c <= 68099)))))
              : (c <= 68102 || (c < 68192
                ? (c < 68121
                  ? (c < 68117
                    ? (c >= 68108 && c <= 68115)
                    : c <= 68119)
                  : (c <= 68149 || (c < 68159
                    ? (c >= 68152 && c <= 68154)
                    : c <= 68159)))
                : (c <= 68220 || (c < 68297
                  ? (c < 68288
                    ? (c >= 68224 && c <= 68252)
                    : c <= 68295)
                  : (c <= 68326 || (c < 68416
                    ? (c >= 68352 && c <= 68405)
                    : c <= 68437)))))))
            : (c <= 68466 || (c < 69424
              ? (c < 68912
                ? (c < 68736
                  ? (c < 68608
                    ? (c >= 68480 && c <= 68497)
                    : c <= 68680)
                  : (c <= 68786 || (c < 68864
                    ? (c >= 68800 && c <= 68850)
                    : c <= 68903)))
                : (c <= 68921 || (c < 69296
                  ? (c < 69291
                    ? (c >= 69248 && c <= 69289)
                    : c <= 69292)
                  : (c <= 69297 || (c < 69415
                    ? (c >= 69376 && c <= 69404)
                    : c <= 69415)))))
              : (c <= 69456 || (c < 69759
                ? (c < 69600
                  ? (c < 69552
                    ? (c >= 69488 && c <= 69509)
                    : c <= 69572)
                  : (c <= 69622 || (c < 69734
                    ? (c >= 69632 && c <= 69702)
                    : c <= 69749)))
                : (c <= 69818 || (c < 69872
                  ? (c < 69840
                    ? c == 69826
                    : c <= 69864)
                  : (c <= 69881 || (c < 69942
                    ? (c >= 69888 && c <= 69940)
                    : c <= 69951)))))))))
          : (c <= 69959 || (c < 70459
            ? (c < 70282
              ? (c < 70108
                ? (c < 70016
                  ? (c < 70006
                    ? (c >= 69968 && c <= 70003)
                    : c <= 70006)
                  : (c <= 70084 || (c < 70094
                    ? (c >= 70089 && c <= 70092)
                    : c <= 70106)))
                : (c <= 70108 || (c < 70206
                  ? (c < 70163
                    ? (c >= 70144 && c <= 70161)
                    : c <= 70199)
                  : (c <= 70206 || (c < 70280
                    ? (c >= 70272 && c <= 70278)
                    : c <= 70280)))))
              : (c <= 70285 || (c < 70405
                ? (c < 70320
                  ? (c < 70303
                    ? (c >= 70287 && c <= 70301)
                    : c <= 70312)
                  : (c <= 70378 || (c < 70400
                    ? (c >= 70384 && c <= 70393)
                    : c <= 70403)))
                : (c <= 70412 || (c < 70442
                  ? (c < 70419
                    ? (c >= 70415 && c <= 70416)
                    : c <= 70440)
                  : (c <= 70448 || (c < 70453
                    ? (c >= 70450 && c <= 70451)
                    : c <= 70457)))))))
            : (c <= 70468 || (c < 70855
              ? (c < 70502
                ? (c < 70480
                  ? (c < 70475
                    ? (c >= 70471 && c <= 70472)
                    : c <= 70477)
                  : (c <= 70480 || (c < 70493
                    ? c == 70487
                    : c <= 70499)))
                : (c <= 70508 || (c < 70736
                  ? (c < 70656
                    ? (c >= 70512 && c <= 70516)
                    : c <= 70730)
                  : (c <= 70745 || (c < 70784
                    ? (c >= 70750 && c <= 70753)
                    : c <= 70853)))))
              : (c <= 70855 || (c < 71236
                ? (c < 71096
                  ? (c < 71040
                    ? (c >= 70864 && c <= 70873)
                    : c <= 71093)
                  : (c <= 71104 || (c < 71168
                    ? (c >= 71128 && c <= 71133)
                    : c <= 71232)))
                : (c <= 71236 || (c < 71360
                  ? (c < 71296
                    ? (c >= 71248 && c <= 71257)
                    : c <= 71352)
                  : (c <= 71369 || (c >= 71424 && c <= 71450)))))))))))))
      : (c <= 71467 || (c < 119973
        ? (c < 77824
          ? (c < 72760
            ? (c < 72016
              ? (c < 71945
                ? (c < 71680
                  ? (c < 71488
                    ? (c >= 71472 && c <= 71481)
                    : c <= 71494)
                  : (c <= 71738 || (c < 71935
                    ? (c >= 71840 && c <= 71913)
                    : c <= 71942)))
                : (c <= 71945 || (c < 71960
                  ? (c < 71957
                    ? (c >= 71948 && c <= 71955)
                    : c <= 71958)
                  : (c <= 71989 || (c < 71995
                    ? (c >= 71991 && c <= 71992)
                    : c <= 72003)))))
              : (c <= 72025 || (c < 72263
                ? (c < 72154
                  ? (c < 72106
                    ? (c >= 72096 && c <= 72103)
                    : c <= 72151)
                  : (c <= 72161 || (c < 72192
                    ? (c >= 72163 && c <= 72164)
                    : c <= 72254)))
                : (c <= 72263 || (c < 72368
                  ? (c < 72349
                    ? (c >= 72272 && c <= 72345)
                    : c <= 72349)
                  : (c <= 72440 || (c < 72714
                    ? (c >= 72704 && c <= 72712)
                    : c <= 72758)))))))
            : (c <= 72768 || (c < 73056
              ? (c < 72968
                ? (c < 72850
                  ? (c < 72818
                    ? (c >= 72784 && c <= 72793)
                    : c <= 72847)
                  : (c <= 72871 || (c < 72960
                    ? (c >= 72873 && c <= 72886)
                    : c <= 72966)))
                : (c <= 72969 || (c < 73020
                  ? (c < 73018
                    ? (c >= 72971 && c <= 73014)
                    : c <= 73018)
                  : (c <= 73021 || (c < 73040
                    ? (c >= 73023 && c <= 73031)
                    : c <= 73049)))))
              : (c <= 73061 || (c < 73440
                ? (c < 73104
                  ? (c < 73066
                    ? (c >= 73063 && c <= 73064)
                    : c <= 73102)
                  : (c <= 73105 || (c < 73120
                    ? (c >= 73107 && c <= 73112)
                    : c <= 73129)))
                : (c <= 73462 || (c < 74752
                  ? (c < 73728
                    ? c == 73648
                    : c <= 74649)
                  : (c <= 74862 || (c < 77712
                    ? (c >= 74880 && c <= 75075)
                    : c <= 77808)))))))))
          : (c <= 78894 || (c < 110576
            ? (c < 93027
              ? (c < 92864
                ? (c < 92736
                  ? (c < 92160
                    ? (c >= 82944 && c <= 83526)
                    : c <= 92728)
                  : (c <= 92766 || (c < 92784
                    ? (c >= 92768 && c <= 92777)
                    : c <= 92862)))
                : (c <= 92873 || (c < 92928
                  ? (c < 92912
                    ? (c >= 92880 && c <= 92909)
                    : c <= 92916)
                  : (c <= 92982 || (c < 93008
                    ? (c >= 92992 && c <= 92995)
                    : c <= 93017)))))
              : (c <= 93047 || (c < 94176
                ? (c < 93952
                  ? (c < 93760
                    ? (c >= 93053 && c <= 93071)
                    : c <= 93823)
                  : (c <= 94026 || (c < 94095
                    ? (c >= 94031 && c <= 94087)
                    : c <= 94111)))
                : (c <= 94177 || (c < 94208
                  ? (c < 94192
                    ? (c >= 94179 && c <= 94180)
                    : c <= 94193)
                  : (c <= 100343 || (c < 101632
                    ? (c >= 100352 && c <= 101589)
                    : c <= 101640)))))))
            : (c <= 110579 || (c < 118528
              ? (c < 110960
                ? (c < 110592
                  ? (c < 110589
                    ? (c >= 110581 && c <= 110587)
                    : c <= 110590)
                  : (c <= 110882 || (c < 110948
                    ? (c >= 110928 && c <= 110930)
                    : c <= 110951)))
                : (c <= 111355 || (c < 113792
                  ? (c < 113776
                    ? (c >= 113664 && c <= 113770)
                    : c <= 113788)
                  : (c <= 113800 || (c < 113821
                    ? (c >= 113808 && c <= 113817)
                    : c <= 113822)))))
              : (c <= 118573 || (c < 119210
                ? (c < 119149
                  ? (c < 119141
                    ? (c >= 118576 && c <= 118598)
                    : c <= 119145)
                  : (c <= 119154 || (c < 119173
                    ? (c >= 119163 && c <= 119170)
                    : c <= 119179)))
                : (c <= 119213 || (c < 119894
                  ? (c < 119808
                    ? (c >= 119362 && c <= 119364)
                    : c <= 119892)
                  : (c <= 119964 || (c < 119970
                    ? (c >= 119966 && c <= 119967)
                    : c <= 119970)))))))))))
        : (c <= 119974 || (c < 124912
          ? (c < 120746
            ? (c < 120134
              ? (c < 120071
                ? (c < 119995
                  ? (c < 119982
                    ? (c >= 119977 && c <= 119980)
                    : c <= 119993)
                  : (c <= 119995 || (c < 120005
                    ? (c >= 119997 && c <= 120003)
                    : c <= 120069)))
                : (c <= 120074 || (c < 120094
                  ? (c < 120086
                    ? (c >= 120077 && c <= 120084)
                    : c <= 120092)
                  : (c <= 120121 || (c < 120128
                    ? (c >= 120123 && c <= 120126)
                    : c <= 120132)))))
              : (c <= 120134 || (c < 120572
                ? (c < 120488
                  ? (c < 120146
                    ? (c >= 120138 && c <= 120144)
                    : c <= 120485)
                  : (c <= 120512 || (c < 120540
                    ? (c >= 120514 && c <= 120538)
                    : c <= 120570)))
                : (c <= 120596 || (c < 120656
                  ? (c < 120630
                    ? (c >= 120598 && c <= 120628)
                    : c <= 120654)
                  : (c <= 120686 || (c < 120714
                    ? (c >= 120688 && c <= 120712)
                    : c <= 120744)))))))
            : (c <= 120770 || (c < 122907
              ? (c < 121476
                ? (c < 121344
                  ? (c < 120782
                    ? (c >= 120772 && c <= 120779)
                    : c <= 120831)
                  : (c <= 121398 || (c < 121461
                    ? (c >= 121403 && c <= 121452)
                    : c <= 121461)))
                : (c <= 121476 || (c < 122624
                  ? (c < 121505
                    ? (c >= 121499 && c <= 121503)
                    : c <= 121519)
                  : (c <= 122654 || (c < 122888
                    ? (c >= 122880 && c <= 122886)
                    : c <= 122904)))))
              : (c <= 122913 || (c < 123214
                ? (c < 123136
                  ? (c < 122918
                    ? (c >= 122915 && c <= 122916)
                    : c <= 122922)
                  : (c <= 123180 || (c < 123200
                    ? (c >= 123184 && c <= 123197)
                    : c <= 123209)))
                : (c <= 123214 || (c < 124896
                  ? (c < 123584
                    ? (c >= 123536 && c <= 123566)
                    : c <= 123641)
                  : (c <= 124902 || (c < 124909
                    ? (c >= 124904 && c <= 124907)
                    : c <= 124910)))))))))
          : (c <= 124926 || (c < 126557
            ? (c < 126521
              ? (c < 126469
                ? (c < 125184
                  ? (c < 125136
                    ? (c >= 124928 && c <= 125124)
                    : c <= 125142)
                  : (c <= 125259 || (c < 126464
                    ? (c >= 125264 && c <= 125273)
                    : c <= 126467)))
                : (c <= 126495 || (c < 126503
                  ? (c < 126500
                    ? (c >= 126497 && c <= 126498)
                    : c <= 126500)
                  : (c <= 126503 || (c < 126516
                    ? (c >= 126505 && c <= 126514)
                    : c <= 126519)))))
              : (c <= 126521 || (c < 126541
                ? (c < 126535
                  ? (c < 126530
                    ? c == 126523
                    : c <= 126530)
                  : (c <= 126535 || (c < 126539
                    ? c == 126537
                    : c <= 126539)))
                : (c <= 126543 || (c < 126551
                  ? (c < 126548
                    ? (c >= 126545 && c <= 126546)
                    : c <= 126548)
                  : (c <= 126551 || (c < 126555
                    ? c == 126553
                    : c <= 126555)))))))
            : (c <= 126557 || (c < 126629
              ? (c < 126580
                ? (c < 126564
                  ? (c < 126561
                    ? c == 126559
                    : c <= 126562)
                  : (c <= 126564 || (c < 126572
                    ? (c >= 126567 && c <= 126570)
                    : c <= 126578)))
                : (c <= 126583 || (c < 126592
                  ? (c < 126590
                    ? (c >= 126585 && c <= 126588)
                    : c <= 126590)
                  : (c <= 126601 || (c < 126625
                    ? (c >= 126603 && c <= 126619)
                    : c <= 126627)))))
              : (c <= 126633 || (c < 178208
                ? (c < 131072
                  ? (c < 130032
                    ? (c >= 126635 && c <= 126651)
                    : c <= 130041)
                  : (c <= 173791 || (c < 177984
                    ? (c >= 173824 && c <= 177976)
                    : c <= 178205)))
                : (c <= 183969 || (c < 196608
                  ? (c < 194560
                    ? (c >= 183984 && c <= 191456)
                    : c <= 195101)
                  : (c <= 201546 || (c >= 917760 && c <= 917999)))))))))))))))));
}

static inline bool sym_identifier_character_set_6(int32_t c) {
  return (c < 43642
    ? (c < 3784
      ? (c < 2759
        ? (c < 2048
          ? (c < 1155
            ? (c < 736
              ? (c < 183
                ? (c < 'a'
                  ? (c < '_'
                    ? (c >= 'A' && c <= 'Z')
                    : c <= '_')
                  : (c <= 'z' || (c < 181
                    ? c == 170
                    : c <= 181)))
                : (c <= 183 || (c < 216
                  ? (c < 192
                    ? c == 186
                    : c <= 214)
                  : (c <= 246 || (c < 710
                    ? (c >= 248 && c <= 705)
                    : c <= 721)))))
              : (c <= 740 || (c < 895
                ? (c < 768
                  ? (c < 750
                    ? c == 748
                    : c <= 750)
                  : (c <= 884 || (c < 891
                    ? (c >= 886 && c <= 887)
                    : c <= 893)))
                : (c <= 895 || (c < 910
                  ? (c < 908
                    ? (c >= 902 && c <= 906)
                    : c <= 908)
                  : (c <= 929 || (c < 1015
                    ? (c >= 931 && c <= 1013)
                    : c <= 1153)))))))
            : (c <= 1159 || (c < 1552
              ? (c < 1471
                ? (c < 1369
                  ? (c < 1329
                    ? (c >= 1162 && c <= 1327)
                    : c <= 1366)
                  : (c <= 1369 || (c < 1425
                    ? (c >= 1376 && c <= 1416)
                    : c <= 1469)))
                : (c <= 1471 || (c < 1479
                  ? (c < 1476
                    ? (c >= 1473 && c <= 1474)
                    : c <= 1477)
                  : (c <= 1479 || (c < 1519
                    ? (c >= 1488 && c <= 1514)
                    : c <= 1522)))))
              : (c <= 1562 || (c < 1791
                ? (c < 1749
                  ? (c < 1646
                    ? (c >= 1568 && c <= 1641)
                    : c <= 1747)
                  : (c <= 1756 || (c < 1770
                    ? (c >= 1759 && c <= 1768)
                    : c <= 1788)))
                : (c <= 1791 || (c < 1984
                  ? (c < 1869
                    ? (c >= 1808 && c <= 1866)
                    : c <= 1969)
                  : (c <= 2037 || (c < 2045
                    ? c == 2042
                    : c <= 2045)))))))))
          : (c <= 2093 || (c < 2561
            ? (c < 2474
              ? (c < 2275
                ? (c < 2160
                  ? (c < 2144
                    ? (c >= 2112 && c <= 2139)
                    : c <= 2154)
                  : (c <= 2183 || (c < 2200
                    ? (c >= 2185 && c <= 2190)
                    : c <= 2273)))
                : (c <= 2403 || (c < 2437
                  ? (c < 2417
                    ? (c >= 2406 && c <= 2415)
                    : c <= 2435)
                  : (c <= 2444 || (c < 2451
                    ? (c >= 2447 && c <= 2448)
                    : c <= 2472)))))
              : (c <= 2480 || (c < 2519
                ? (c < 2492
                  ? (c < 2486
                    ? c == 2482
                    : c <= 2489)
                  : (c <= 2500 || (c < 2507
                    ? (c >= 2503 && c <= 2504)
                    : c <= 2510)))
                : (c <= 2519 || (c < 2534
                  ? (c < 2527
                    ? (c >= 2524 && c <= 2525)
                    : c <= 2531)
                  : (c <= 2545 || (c < 2558
                    ? c == 2556
                    : c <= 2558)))))))
            : (c <= 2563 || (c < 2641
              ? (c < 2613
                ? (c < 2579
                  ? (c < 2575
                    ? (c >= 2565 && c <= 2570)
                    : c <= 2576)
                  : (c <= 2600 || (c < 2610
                    ? (c >= 2602 && c <= 2608)
                    : c <= 2611)))
                : (c <= 2614 || (c < 2622
                  ? (c < 2620
                    ? (c >= 2616 && c <= 2617)
                    : c <= 2620)
                  : (c <= 2626 || (c < 2635
                    ? (c >= 2631 && c <= 2632)
                    : c <= 2637)))))
              : (c <= 2641 || (c < 2703
                ? (c < 2662
                  ? (c < 2654
                    ? (c >= 2649 && c <= 2652)
                    : c <= 2654)
                  : (c <= 2677 || (c < 2693
                    ? (c >= 2689 && c <= 2691)
                    : c <= 2701)))
                : (c <= 2705 || (c < 2738
                  ? (c < 2730
                    ? (c >= 2707 && c <= 2728)
                    : c <= 2736)
                  : (c <= 2739 || (c < 2748
                    ? (c >= 2741 && c <= 2745)
                    : c <= 2757)))))))))))
        : (c <= 2761 || (c < 3174
          ? (c < 2962
            ? (c < 2869
              ? (c < 2817
                ? (c < 2784
                  ? (c < 2768
                    ? (c >= 2763 && c <= 2765)
                    : c <= 2768)
                  : (c <= 2787 || (c < 2809
                    ? (c >= 2790 && c <= 2799)
                    : c <= 2815)))
                : (c <= 2819 || (c < 2835
                  ? (c < 2831
                    ? (c >= 2821 && c <= 2828)
                    : c <= 2832)
                  : (c <= 2856 || (c < 2866
                    ? (c >= 2858 && c <= 2864)
                    : c <= 2867)))))
              : (c <= 2873 || (c < 2911
                ? (c < 2891
                  ? (c < 2887
                    ? (c >= 2876 && c <= 2884)
                    : c <= 2888)
                  : (c <= 2893 || (c < 2908
                    ? (c >= 2901 && c <= 2903)
                    : c <= 2909)))
                : (c <= 2915 || (c < 2946
                  ? (c < 2929
                    ? (c >= 2918 && c <= 2927)
                    : c <= 2929)
                  : (c <= 2947 || (c < 2958
                    ? (c >= 2949 && c <= 2954)
                    : c <= 2960)))))))
            : (c <= 2965 || (c < 3046
              ? (c < 2990
                ? (c < 2974
                  ? (c < 2972
                    ? (c >= 2969 && c <= 2970)
                    : c <= 2972)
                  : (c <= 2975 || (c < 2984
                    ? (c >= 2979 && c <= 2980)
                    : c <= 2986)))
                : (c <= 3001 || (c < 3018
                  ? (c < 3014
                    ? (c >= 3006 && c <= 3010)
                    : c <= 3016)
                  : (c <= 3021 || (c < 3031
                    ? c == 3024
                    : c <= 3031)))))
              : (c <= 3055 || (c < 3142
                ? (c < 3090
                  ? (c < 3086
                    ? (c >= 3072 && c <= 3084)
                    : c <= 3088)
                  : (c <= 3112 || (c < 3132
                    ? (c >= 3114 && c <= 3129)
                    : c <= 3140)))
                : (c <= 3144 || (c < 3160
                  ? (c < 3157
                    ? (c >= 3146 && c <= 3149)
                    : c <= 3158)
                  : (c <= 3162 || (c < 3168
                    ? c == 3165
                    : c <= 3171)))))))))
          : (c <= 3183 || (c < 3457
            ? (c < 3296
              ? (c < 3253
                ? (c < 3214
                  ? (c < 3205
                    ? (c >= 3200 && c <= 3203)
                    : c <= 3212)
                  : (c <= 3216 || (c < 3242
                    ? (c >= 3218 && c <= 3240)
                    : c <= 3251)))
                : (c <= 3257 || (c < 3274
                  ? (c < 3270
                    ? (c >= 3260 && c <= 3268)
                    : c <= 3272)
                  : (c <= 3277 || (c < 3293
                    ? (c >= 3285 && c <= 3286)
                    : c <= 3294)))))
              : (c <= 3299 || (c < 3398
                ? (c < 3328
                  ? (c < 3313
                    ? (c >= 3302 && c <= 3311)
                    : c <= 3314)
                  : (c <= 3340 || (c < 3346
                    ? (c >= 3342 && c <= 3344)
                    : c <= 3396)))
                : (c <= 3400 || (c < 3423
                  ? (c < 3412
                    ? (c >= 3402 && c <= 3406)
                    : c <= 3415)
                  : (c <= 3427 || (c < 3450
                    ? (c >= 3430 && c <= 3439)
                    : c <= 3455)))))))
            : (c <= 3459 || (c < 3585
              ? (c < 3530
                ? (c < 3507
                  ? (c < 3482
                    ? (c >= 3461 && c <= 3478)
                    : c <= 3505)
                  : (c <= 3515 || (c < 3520
                    ? c == 3517
                    : c <= 3526)))
                : (c <= 3530 || (c < 3544
                  ? (c < 3542
                    ? (c >= 3535 && c <= 3540)
                    : c <= 3542)
                  : (c <= 3551 || (c < 3570
                    ? (c >= 3558 && c <= 3567)
                    : c <= 3571)))))
              : (c <= 3642 || (c < 3724
                ? (c < 3713
                  ? (c < 3664
                    ? (c >= 3648 && c <= 3662)
                    : c <= 3673)
                  : (c <= 3714 || (c < 3718
                    ? c == 3716
                    : c <= 3722)))
                : (c <= 3747 || (c < 3776
                  ? (c < 3751
                    ? c == 3749
                    : c <= 3773)
                  : (c <= 3780 || c == 3782))))))))))))
      : (c <= 3789 || (c < 8027
        ? (c < 5919
          ? (c < 4696
            ? (c < 3974
              ? (c < 3893
                ? (c < 3840
                  ? (c < 3804
                    ? (c >= 3792 && c <= 3801)
                    : c <= 3807)
                  : (c <= 3840 || (c < 3872
                    ? (c >= 3864 && c <= 3865)
                    : c <= 3881)))
                : (c <= 3893 || (c < 3902
                  ? (c < 3897
                    ? c == 3895
                    : c <= 3897)
                  : (c <= 3911 || (c < 3953
                    ? (c >= 3913 && c <= 3948)
                    : c <= 3972)))))
              : (c <= 3991 || (c < 4295
                ? (c < 4096
                  ? (c < 4038
                    ? (c >= 3993 && c <= 4028)
                    : c <= 4038)
                  : (c <= 4169 || (c < 4256
                    ? (c >= 4176 && c <= 4253)
                    : c <= 4293)))
                : (c <= 4295 || (c < 4348
                  ? (c < 4304
                    ? c == 4301
                    : c <= 4346)
                  : (c <= 4680 || (c < 4688
                    ? (c >= 4682 && c <= 4685)
                    : c <= 4694)))))))
            : (c <= 4696 || (c < 4888
              ? (c < 4792
                ? (c < 4746
                  ? (c < 4704
                    ? (c >= 4698 && c <= 4701)
                    : c <= 4744)
                  : (c <= 4749 || (c < 4786
                    ? (c >= 4752 && c <= 4784)
                    : c <= 4789)))
                : (c <= 4798 || (c < 4808
                  ? (c < 4802
                    ? c == 4800
                    : c <= 4805)
                  : (c <= 4822 || (c < 4882
                    ? (c >= 4824 && c <= 4880)
                    : c <= 4885)))))
              : (c <= 4954 || (c < 5121
                ? (c < 4992
                  ? (c < 4969
                    ? (c >= 4957 && c <= 4959)
                    : c <= 4977)
                  : (c <= 5007 || (c < 5112
                    ? (c >= 5024 && c <= 5109)
                    : c <= 5117)))
                : (c <= 5740 || (c < 5792
                  ? (c < 5761
                    ? (c >= 5743 && c <= 5759)
                    : c <= 5786)
                  : (c <= 5866 || (c < 5888
                    ? (c >= 5870 && c <= 5880)
                    : c <= 5909)))))))))
          : (c <= 5940 || (c < 6752
            ? (c < 6272
              ? (c < 6103
                ? (c < 5998
                  ? (c < 5984
                    ? (c >= 5952 && c <= 5971)
                    : c <= 5996)
                  : (c <= 6000 || (c < 6016
                    ? (c >= 6002 && c <= 6003)
                    : c <= 6099)))
                : (c <= 6103 || (c < 6155
                  ? (c < 6112
                    ? (c >= 6108 && c <= 6109)
                    : c <= 6121)
                  : (c <= 6157 || (c < 6176
                    ? (c >= 6159 && c <= 6169)
                    : c <= 6264)))))
              : (c <= 6314 || (c < 6512
                ? (c < 6432
                  ? (c < 6400
                    ? (c >= 6320 && c <= 6389)
                    : c <= 6430)
                  : (c <= 6443 || (c < 6470
                    ? (c >= 6448 && c <= 6459)
                    : c <= 6509)))
                : (c <= 6516 || (c < 6608
                  ? (c < 6576
                    ? (c >= 6528 && c <= 6571)
                    : c <= 6601)
                  : (c <= 6618 || (c < 6688
                    ? (c >= 6656 && c <= 6683)
                    : c <= 6750)))))))
            : (c <= 6780 || (c < 7245
              ? (c < 6912
                ? (c < 6823
                  ? (c < 6800
                    ? (c >= 6783 && c <= 6793)
                    : c <= 6809)
                  : (c <= 6823 || (c < 6847
                    ? (c >= 6832 && c <= 6845)
                    : c <= 6862)))
                : (c <= 6988 || (c < 7040
                  ? (c < 7019
                    ? (c >= 6992 && c <= 7001)
                    : c <= 7027)
                  : (c <= 7155 || (c < 7232
                    ? (c >= 7168 && c <= 7223)
                    : c <= 7241)))))
              : (c <= 7293 || (c < 7424
                ? (c < 7357
                  ? (c < 7312
                    ? (c >= 7296 && c <= 7304)
                    : c <= 7354)
                  : (c <= 7359 || (c < 7380
                    ? (c >= 7376 && c <= 7378)
                    : c <= 7418)))
                : (c <= 7957 || (c < 8008
                  ? (c < 7968
                    ? (c >= 7960 && c <= 7965)
                    : c <= 8005)
                  : (c <= 8013 || (c < 8025
                    ? (c >= 8016 && c <= 8023)
                    : c <= 8025)))))))))))
        : (c <= 8027 || (c < 11728
          ? (c < 8469
            ? (c < 8182
              ? (c < 8130
                ? (c < 8064
                  ? (c < 8031
                    ? c == 8029
                    : c <= 8061)
                  : (c <= 8116 || (c < 8126
                    ? (c >= 8118 && c <= 8124)
                    : c <= 8126)))
                : (c <= 8132 || (c < 8150
                  ? (c < 8144
                    ? (c >= 8134 && c <= 8140)
                    : c <= 8147)
                  : (c <= 8155 || (c < 8178
                    ? (c >= 8160 && c <= 8172)
                    : c <= 8180)))))
              : (c <= 8188 || (c < 8400
                ? (c < 8305
                  ? (c < 8276
                    ? (c >= 8255 && c <= 8256)
                    : c <= 8276)
                  : (c <= 8305 || (c < 8336
                    ? c == 8319
                    : c <= 8348)))
                : (c <= 8412 || (c < 8450
                  ? (c < 8421
                    ? c == 8417
                    : c <= 8432)
                  : (c <= 8450 || (c < 8458
                    ? c == 8455
                    : c <= 8467)))))))
            : (c <= 8469 || (c < 11520
              ? (c < 8508
                ? (c < 8486
                  ? (c < 8484
                    ? (c >= 8472 && c <= 8477)
                    : c <= 8484)
                  : (c <= 8486 || (c < 8490
                    ? c == 8488
                    : c <= 8505)))
                : (c <= 8511 || (c < 8544
                  ? (c < 8526
                    ? (c >= 8517 && c <= 8521)
                    : c <= 8526)
                  : (c <= 8584 || (c < 11499
                    ? (c >= 11264 && c <= 11492)
                    : c <= 11507)))))
              : (c <= 11557 || (c < 11680
                ? (c < 11568
                  ? (c < 11565
                    ? c == 11559
                    : c <= 11565)
                  : (c <= 11623 || (c < 11647
                    ? c == 11631
                    : c <= 11670)))
                : (c <= 11686 || (c < 11704
                  ? (c < 11696
                    ? (c >= 11688 && c <= 11694)
                    : c <= 11702)
                  : (c <= 11710 || (c < 11720
                    ? (c >= 11712 && c <= 11718)
                    : c <= 11726)))))))))
          : (c <= 11734 || (c < 42775
            ? (c < 12549
              ? (c < 12344
                ? (c < 12293
                  ? (c < 11744
                    ? (c >= 11736 && c <= 11742)
                    : c <= 11775)
                  : (c <= 12295 || (c < 12337
                    ? (c >= 12321 && c <= 12335)
                    : c <= 12341)))
                : (c <= 12348 || (c < 12445
                  ? (c < 12441
                    ? (c >= 12353 && c <= 12438)
                    : c <= 12442)
                  : (c <= 12447 || (c < 12540
                    ? (c >= 12449 && c <= 12538)
                    : c <= 12543)))))
              : (c <= 12591 || (c < 42192
                ? (c < 12784
                  ? (c < 12704
                    ? (c >= 12593 && c <= 12686)
                    : c <= 12735)
                  : (c <= 12799 || (c < 19968
                    ? (c >= 13312 && c <= 19903)
                    : c <= 42124)))
                : (c <= 42237 || (c < 42560
                  ? (c < 42512
                    ? (c >= 42240 && c <= 42508)
                    : c <= 42539)
                  : (c <= 42607 || (c < 42623
                    ? (c >= 42612 && c <= 42621)
                    : c <= 42737)))))))
            : (c <= 42783 || (c < 43259
              ? (c < 42994
                ? (c < 42960
                  ? (c < 42891
                    ? (c >= 42786 && c <= 42888)
                    : c <= 42954)
                  : (c <= 42961 || (c < 42965
                    ? c == 42963
                    : c <= 42969)))
                : (c <= 43047 || (c < 43136
                  ? (c < 43072
                    ? c == 43052
                    : c <= 43123)
                  : (c <= 43205 || (c < 43232
                    ? (c >= 43216 && c <= 43225)
                    : c <= 43255)))))
              : (c <= 43259 || (c < 43488
                ? (c < 43360
                  ? (c < 43312
                    ? (c >= 43261 && c <= 43309)
                    : c <= 43347)
                  : (c <= 43388 || (c < 43471
                    ? (c >= 43392 && c <= 43456)
                    : c <= 43481)))
                : (c <= 43518 || (c < 43600
                  ? (c < 43584
                    ? (c >= 43520 && c <= 43574)
                    : c <= 43597)
                  : (c <= 43609 || (c >= 43616 && c <= 43638)))))))))))))))
    : (c <= 43714 || (c < 71472
      ? (c < 67644
        ? (c < 65382
          ? (c < 64318
            ? (c < 44012
              ? (c < 43793
                ? (c < 43762
                  ? (c < 43744
                    ? (c >= 43739 && c <= 43741)
                    : c <= 43759)
                  : (c <= 43766 || (c < 43785
                    ? (c >= 43777 && c <= 43782)
                    : c <= 43790)))
                : (c <= 43798 || (c < 43824
                  ? (c < 43816
                    ? (c >= 43808 && c <= 43814)
                    : c <= 43822)
                  : (c <= 43866 || (c < 43888
                    ? (c >= 43868 && c <= 43881)
                    : c <= 44010)))))
              : (c <= 44013 || (c < 64112
                ? (c < 55216
                  ? (c < 44032
                    ? (c >= 44016 && c <= 44025)
                    : c <= 55203)
                  : (c <= 55238 || (c < 63744
                    ? (c >= 55243 && c <= 55291)
                    : c <= 64109)))
                : (c <= 64217 || (c < 64285
                  ? (c < 64275
                    ? (c >= 64256 && c <= 64262)
                    : c <= 64279)
                  : (c <= 64296 || (c < 64312
                    ? (c >= 64298 && c <= 64310)
                    : c <= 64316)))))))
            : (c <= 64318 || (c < 65101
              ? (c < 64848
                ? (c < 64326
                  ? (c < 64323
                    ? (c >= 64320 && c <= 64321)
                    : c <= 64324)
                  : (c <= 64433 || (c < 64612
                    ? (c >= 64467 && c <= 64605)
                    : c <= 64829)))
                : (c <= 64911 || (c < 65024
                  ? (c < 65008
                    ? (c >= 64914 && c <= 64967)
                    : c <= 65017)
                  : (c <= 65039 || (c < 65075
                    ? (c >= 65056 && c <= 65071)
                    : c <= 65076)))))
              : (c <= 65103 || (c < 65149
                ? (c < 65143
                  ? (c < 65139
                    ? c == 65137
                    : c <= 65139)
                  : (c <= 65143 || (c < 65147
                    ? c == 65145
                    : c <= 65147)))
                : (c <= 65149 || (c < 65313
                  ? (c < 65296
                    ? (c >= 65151 && c <= 65276)
                    : c <= 65305)
                  : (c <= 65338 || (c < 65345
                    ? c == 65343
                    : c <= 65370)))))))))
          : (c <= 65470 || (c < 66560
            ? (c < 65856
              ? (c < 65549
                ? (c < 65490
                  ? (c < 65482
                    ? (c >= 65474 && c <= 65479)
                    : c <= 65487)
                  : (c <= 65495 || (c < 65536
                    ? (c >= 65498 && c <= 65500)
                    : c <= 65547)))
                : (c <= 65574 || (c < 65599
                  ? (c < 65596
                    ? (c >= 65576 && c <= 65594)
                    : c <= 65597)
                  : (c <= 65613 || (c < 65664
                    ? (c >= 65616 && c <= 65629)
                    : c <= 65786)))))
              : (c <= 65908 || (c < 66349
                ? (c < 66208
                  ? (c < 66176
                    ? c == 66045
                    : c <= 66204)
                  : (c <= 66256 || (c < 66304
                    ? c == 66272
                    : c <= 66335)))
                : (c <= 66378 || (c < 66464
                  ? (c < 66432
                    ? (c >= 66384 && c <= 66426)
                    : c <= 66461)
                  : (c <= 66499 || (c < 66513
                    ? (c >= 66504 && c <= 66511)
                    : c <= 66517)))))))
            : (c <= 66717 || (c < 66995
              ? (c < 66928
                ? (c < 66776
                  ? (c < 66736
                    ? (c >= 66720 && c <= 66729)
                    : c <= 66771)
                  : (c <= 66811 || (c < 66864
                    ? (c >= 66816 && c <= 66855)
                    : c <= 66915)))
                : (c <= 66938 || (c < 66964
                  ? (c < 66956
                    ? (c >= 66940 && c <= 66954)
                    : c <= 66962)
                  : (c <= 66965 || (c < 66979
                    ? (c >= 66967 && c <= 66977)
                    : c <= 66993)))))
              : (c <= 67001 || (c < 67463
                ? (c < 67392
                  ? (c < 67072
                    ? (c >= 67003 && c <= 67004)
                    : c <= 67382)
                  : (c <= 67413 || (c < 67456
                    ? (c >= 67424 && c <= 67431)
                    : c <= 67461)))
                : (c <= 67504 || (c < 67592
                  ? (c < 67584
                    ? (c >= 67506 && c <= 67514)
                    : c <= 67589)
                  : (c <= 67592 || (c < 67639
                    ? (c >= 67594 && c <= 67637)
                    : c <= 67640)))))))))))
        : (c <= 67644 || (c < 69968
          ? (c < 68480
            ? (c < 68108
              ? (c < 67840
                ? (c < 67712
                  ? (c < 67680
                    ? (c >= 67647 && c <= 67669)
                    : c <= 67702)
                  : (c <= 67742 || (c < 67828
                    ? (c >= 67808 && c <= 67826)
                    : c <= 67829)))
                : (c <= 67861 || (c < 68030
                  ? (c < 67968
                    ? (c >= 67872 && c <= 67897)
                    : c <= 68023)
                  : (c <= 68031 || (c < 68101
                    ? (c >= 68096 && c <= 68099)
                    : c <= 68102)))))
              : (c <= 68115 || (c < 68224
                ? (c < 68152
                  ? (c < 68121
                    ? (c >= 68117 && c <= 68119)
                    : c <= 68149)
                  : (c <= 68154 || (c < 68192
                    ? c == 68159
                    : c <= 68220)))
                : (c <= 68252 || (c < 68352
                  ? (c < 68297
                    ? (c >= 68288 && c <= 68295)
                    : c <= 68326)
                  : (c <= 68405 || (c < 68448
                    ? (c >= 68416 && c <= 68437)
                    : c <= 68466)))))))
            : (c <= 68497 || (c < 69488
              ? (c < 69248
                ? (c < 68800
                  ? (c < 68736
                    ? (c >= 68608 && c <= 68680)
                    : c <= 68786)
                  : (c <= 68850 || (c < 68912
                    ? (c >= 68864 && c <= 68903)
                    : c <= 68921)))
                : (c <= 69289 || (c < 69376
                  ? (c < 69296
                    ? (c >= 69291 && c <= 69292)
                    : c <= 69297)
                  : (c <= 69404 || (c < 69424
                    ? c == 69415
                    : c <= 69456)))))
              : (c <= 69509 || (c < 69826
                ? (c < 69632
                  ? (c < 69600
                    ? (c >= 69552 && c <= 69572)
                    : c <= 69622)
                  : (c <= 69702 || (c < 69759
                    ? (c >= 69734 && c <= 69749)
                    : c <= 69818)))
                : (c <= 69826 || (c < 69888
                  ? (c < 69872
                    ? (c >= 69840 && c <= 69864)
                    : c <= 69881)
                  : (c <= 69940 || (c < 69956
                    ? (c >= 69942 && c <= 69951)
                    : c <= 69959)))))))))
          : (c <= 70003 || (c < 70471
            ? (c < 70287
              ? (c < 70144
                ? (c < 70089
                  ? (c < 70016
                    ? c == 70006
                    : c <= 70084)
                  : (c <= 70092 || (c < 70108
                    ? (c >= 70094 && c <= 70106)
                    : c <= 70108)))
                : (c <= 70161 || (c < 70272
                  ? (c < 70206
                    ? (c >= 70163 && c <= 70199)
                    : c <= 70206)
                  : (c <= 70278 || (c < 70282
                    ? c == 70280
                    : c <= 70285)))))
              : (c <= 70301 || (c < 70415
                ? (c < 70384
                  ? (c < 70320
                    ? (c >= 70303 && c <= 70312)
                    : c <= 70378)
                  : (c <= 70393 || (c < 70405
                    ? (c >= 70400 && c <= 70403)
                    : c <= 70412)))
                : (c <= 70416 || (c < 70450
                  ? (c < 70442
                    ? (c >= 70419 && c <= 70440)
                    : c <= 70448)
                  : (c <= 70451 || (c < 70459
                    ? (c >= 70453 && c <= 70457)
                    : c <= 70468)))))))
            : (c <= 70472 || (c < 70864
              ? (c < 70512
                ? (c < 70487
                  ? (c < 70480
                    ? (c >= 70475 && c <= 70477)
                    : c <= 70480)
                  : (c <= 70487 || (c < 70502
                    ? (c >= 70493 && c <= 70499)
                    : c <= 70508)))
                : (c <= 70516 || (c < 70750
                  ? (c < 70736
                    ? (c >= 70656 && c <= 70730)
                    : c <= 70745)
                  : (c <= 70753 || (c < 70855
                    ? (c >= 70784 && c <= 70853)
                    : c <= 70855)))))
              : (c <= 70873 || (c < 71248
                ? (c < 71128
                  ? (c < 71096
                    ? (c >= 71040 && c <= 71093)
                    : c <= 71104)
                  : (c <= 71133 || (c < 71236
                    ? (c >= 71168 && c <= 71232)
                    : c <= 71236)))
                : (c <= 71257 || (c < 71424
                  ? (c < 71360
                    ? (c >= 71296 && c <= 71352)
                    : c <= 71369)
                  : (c <= 71450 || (c >= 71453 && c <= 71467)))))))))))))
      : (c <= 71481 || (c < 119973
        ? (c < 82944
          ? (c < 72784
            ? (c < 72096
              ? (c < 71948
                ? (c < 71840
                  ? (c < 71680
                    ? (c >= 71488 && c <= 71494)
                    : c <= 71738)
                  : (c <= 71913 || (c < 71945
                    ? (c >= 71935 && c <= 71942)
                    : c <= 71945)))
                : (c <= 71955 || (c < 71991
                  ? (c < 71960
                    ? (c >= 71957 && c <= 71958)
                    : c <= 71989)
                  : (c <= 71992 || (c < 72016
                    ? (c >= 71995 && c <= 72003)
                    : c <= 72025)))))
              : (c <= 72103 || (c < 72272
                ? (c < 72163
                  ? (c < 72154
                    ? (c >= 72106 && c <= 72151)
                    : c <= 72161)
                  : (c <= 72164 || (c < 72263
                    ? (c >= 72192 && c <= 72254)
                    : c <= 72263)))
                : (c <= 72345 || (c < 72704
                  ? (c < 72368
                    ? c == 72349
                    : c <= 72440)
                  : (c <= 72712 || (c < 72760
                    ? (c >= 72714 && c <= 72758)
                    : c <= 72768)))))))
            : (c <= 72793 || (c < 73063
              ? (c < 72971
                ? (c < 72873
                  ? (c < 72850
                    ? (c >= 72818 && c <= 72847)
                    : c <= 72871)
                  : (c <= 72886 || (c < 72968
                    ? (c >= 72960 && c <= 72966)
                    : c <= 72969)))
                : (c <= 73014 || (c < 73023
                  ? (c < 73020
                    ? c == 73018
                    : c <= 73021)
                  : (c <= 73031 || (c < 73056
                    ? (c >= 73040 && c <= 73049)
                    : c <= 73061)))))
              : (c <= 73064 || (c < 73648
                ? (c < 73107
                  ? (c < 73104
                    ? (c >= 73066 && c <= 73102)
                    : c <= 73105)
                  : (c <= 73112 || (c < 73440
                    ? (c >= 73120 && c <= 73129)
                    : c <= 73462)))
                : (c <= 73648 || (c < 74880
                  ? (c < 74752
                    ? (c >= 73728 && c <= 74649)
                    : c <= 74862)
                  : (c <= 75075 || (c < 77824
                    ? (c >= 77712 && c <= 77808)
                    : c <= 78894)))))))))
          : (c <= 83526 || (c < 110581
            ? (c < 93053
              ? (c < 92880
                ? (c < 92768
                  ? (c < 92736
                    ? (c >= 92160 && c <= 92728)
                    : c <= 92766)
                  : (c <= 92777 || (c < 92864
                    ? (c >= 92784 && c <= 92862)
                    : c <= 92873)))
                : (c <= 92909 || (c < 92992
                  ? (c < 92928
                    ? (c >= 92912 && c <= 92916)
                    : c <= 92982)
                  : (c <= 92995 || (c < 93027
                    ? (c >= 93008 && c <= 93017)
                    : c <= 93047)))))
              : (c <= 93071 || (c < 94179
                ? (c < 94031
                  ? (c < 93952
                    ? (c >= 93760 && c <= 93823)
                    : c <= 94026)
                  : (c <= 94087 || (c < 94176
                    ? (c >= 94095 && c <= 94111)
                    : c <= 94177)))
                : (c <= 94180 || (c < 100352
                  ? (c < 94208
                    ? (c >= 94192 && c <= 94193)
                    : c <= 100343)
                  : (c <= 101589 || (c < 110576
                    ? (c >= 101632 && c <= 101640)
                    : c <= 110579)))))))
            : (c <= 110587 || (c < 118576
              ? (c < 113664
                ? (c < 110928
                  ? (c < 110592
                    ? (c >= 110589 && c <= 110590)
                    : c <= 110882)
                  : (c <= 110930 || (c < 110960
                    ? (c >= 110948 && c <= 110951)
                    : c <= 111355)))
                : (c <= 113770 || (c < 113808
                  ? (c < 113792
                    ? (c >= 113776 && c <= 113788)
                    : c <= 113800)
                  : (c <= 113817 || (c < 118528
                    ? (c >= 113821 && c <= 113822)
                    : c <= 118573)))))
              : (c <= 118598 || (c < 119362
                ? (c < 119163
                  ? (c < 119149
                    ? (c >= 119141 && c <= 119145)
                    : c <= 119154)
                  : (c <= 119170 || (c < 119210
                    ? (c >= 119173 && c <= 119179)
                    : c <= 119213)))
                : (c <= 119364 || (c < 119966
                  ? (c < 119894
                    ? (c >= 119808 && c <= 119892)
                    : c <= 119964)
                  : (c <= 119967 || c == 119970))))))))))
        : (c <= 119974 || (c < 124912
          ? (c < 120746
            ? (c < 120134
              ? (c < 120071
                ? (c < 119995
                  ? (c < 119982
                    ? (c >= 119977 && c <= 119980)
                    : c <= 119993)
                  : (c <= 119995 || (c < 120005
                    ? (c >= 119997 && c <= 120003)
                    : c <= 120069)))
                : (c <= 120074 || (c < 120094
                  ? (c < 120086
                    ? (c >= 120077 && c <= 120084)
                    : c <= 120092)
                  : (c <= 120121 || (c < 120128
                    ? (c >= 120123 && c <= 120126)
                    : c <= 120132)))))
              : (c <= 120134 || (c < 120572
                ? (c < 120488
                  ? (c < 120146
                    ? (c >= 120138 && c <= 120144)
                    : c <= 120485)
                  : (c <= 120512 || (c < 120540
                    ? (c >= 120514 && c <= 120538)
                    : c <= 120570)))
                : (c <= 120596 || (c < 120656
                  ? (c < 120630
                    ? (c >= 120598 && c <= 120628)
                    : c <= 120654)
                  : (c <= 120686 || (c < 120714
                    ? (c >= 120688 && c <= 120712)
                    : c <= 120744)))))))
            : (c <= 120770 || (c < 122907
              ? (c < 121476
                ? (c < 121344
                  ? (c < 120782
                    ? (c >= 120772 && c <= 120779)
                    : c <= 120831)
                  : (c <= 121398 || (c < 121461
                    ? (c >= 121403 && c <= 121452)
                    : c <= 121461)))
                : (c <= 121476 || (c < 122624
                  ? (c < 121505
                    ? (c >= 121499 && c <= 121503)
                    : c <= 121519)
                  : (c <= 122654 || (c < 122888
                    ? (c >= 122880 && c <= 122886)
                    : c <= 122904)))))
              : (c <= 122913 || (c < 123214
                ? (c < 123136
                  ? (c < 122918
                    ? (c >= 122915 && c <= 122916)
                    : c <= 122922)
                  : (c <= 123180 || (c < 123200
                    ? (c >= 123184 && c <= 123197)
                    : c <= 123209)))
                : (c <= 123214 || (c < 124896
                  ? (c < 123584
                    ? (c >= 123536 && c <= 123566)
                    : c <= 123641)
                  : (c <= 124902 || (c < 124909
                    ? (c >= 124904 && c <= 124907)
                    : c <= 124910)))))))))
          : (c <= 124926 || (c < 126557
            ? (c < 126521
              ? (c < 126469
                ? (c < 125184
                  ? (c < 125136
                    ? (c >= 124928 && c <= 125124)
                    : c <= 125142)
                  : (c <= 125259 || (c < 126464
                    ? (c >= 125264 && c <= 125273)
                    : c <= 126467)))
                : (c <= 126495 || (c < 126503
                  ? (c < 126500
                    ? (c >= 126497 && c <= 126498)
                    : c <= 126500)
                  : (c <= 126503 || (c < 126516
                    ? (c >= 126505 && c <= 126514)
                    : c <= 126519)))))
              : (c <= 126521 || (c < 126541
                ? (c < 126535
                  ? (c < 126530
                    ? c == 126523
                    : c <= 126530)
                  : (c <= 126535 || (c < 126539
                    ? c == 126537
                    : c <= 126539)))
                : (c <= 126543 || (c < 126551
                  ? (c < 126548
                    ? (c >= 126545 && c <= 126546)
                    : c <= 126548)
                  : (c <= 126551 || (c < 126555
                    ? c == 126553
                    : c <= 126555)))))))
            : (c <= 126557 || (c < 126629
              ? (c < 126580
                ? (c < 126564
                  ? (c < 126561
                    ? c == 126559
                    : c <= 126562)
                  : (c <= 126564 || (c < 126572
                    ? (c >= 126567 && c <= 126570)
                    : c <= 126578)))
                : (c <= 126583 || (c < 126592
                  ? (c < 126590
                    ? (c >= 126585 && c <= 126588)
                    : c <= 126590)
                  : (c <= 126601 || (c < 126625
                    ? (c >= 126603 && c <= 126619)
                    : c <= 126627)))))
              : (c <= 126633 || (c < 178208
                ? (c < 131072
                  ? (c < 130032
                    ? (c >= 126635 && c <= 126651)
                    : c <= 130041)
                  : (c <= 173791 || (c < 177984
                    ? (c >= 173824 && c <= 177976)
                    : c <= 178205)))
                : (c <= 183969 || (c < 196608
                  ? (c < 194560
                    ? (c >= 183984 && c <= 191456)
                    : c <= 195101)
                  : (c <= 201546 || (c >= 917760 && c <= 917999)))))))))))))))));
}

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(148);
      if (lookahead == '!') ADVANCE(201);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '&') ADVANCE(203);
      if (lookahead == '\'') ADVANCE(87);
      if (lookahead == '(') ADVANCE(184);
      if (lookahead == ')') ADVANCE(186);
      if (lookahead == '*') ADVANCE(205);
      if (lookahead == ',') ADVANCE(175);
      if (lookahead == '-') ADVANCE(84);
      if (lookahead == '.') ADVANCE(216);
      if (lookahead == '/') ADVANCE(30);
      if (lookahead == ':') ADVANCE(177);
      if (lookahead == ';') ADVANCE(190);
      if (lookahead == '=') ADVANCE(181);
      if (lookahead == 'S') ADVANCE(262);
      if (lookahead == '[') ADVANCE(178);
      if (lookahead == ']') ADVANCE(179);
      if (lookahead == '`') ADVANCE(168);
      if (lookahead == 'b') ADVANCE(232);
      if (lookahead == 'c') ADVANCE(247);
      if (lookahead == 'g') ADVANCE(253);
      if (lookahead == 'l') ADVANCE(236);
      if (lookahead == 'm') ADVANCE(248);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == 'v') ADVANCE(228);
      if (lookahead == '{') ADVANCE(174);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(144)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(273);
      if (sym_identifier_character_set_1(lookahead)) ADVANCE(272);
      END_STATE();
    case 1:
      if (lookahead == '\n') SKIP(78)
      if (lookahead == '/') ADVANCE(170);
      if (lookahead == '|') ADVANCE(171);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(169);
      if (lookahead != 0) ADVANCE(171);
      END_STATE();
    case 2:
      if (lookahead == '\n') SKIP(78)
      if (lookahead == '/') ADVANCE(164);
      if (lookahead == '|') ADVANCE(165);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(163);
      if (lookahead != 0 &&
          lookahead != '`') ADVANCE(167);
      END_STATE();
    case 3:
      if (lookahead == ' ') ADVANCE(124);
      END_STATE();
    case 4:
      if (lookahead == ' ') ADVANCE(94);
      END_STATE();
    case 5:
      if (lookahead == ' ') ADVANCE(98);
      END_STATE();
    case 6:
      if (lookahead == ' ') ADVANCE(90);
      END_STATE();
    case 7:
      if (lookahead == '!') ADVANCE(201);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '&') ADVANCE(203);
      if (lookahead == '(') ADVANCE(182);
      if (lookahead == ')') ADVANCE(186);
      if (lookahead == '*') ADVANCE(205);
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == '=') ADVANCE(85);
      if (lookahead == '[') ADVANCE(178);
      if (lookahead == ']') ADVANCE(179);
      if (lookahead == 'c') ADVANCE(250);
      if (lookahead == 'm') ADVANCE(248);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '{') ADVANCE(174);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(7)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(123);
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 8:
      if (lookahead == '"') ADVANCE(277);
      if (lookahead == '\\') ADVANCE(142);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(8);
      END_STATE();
    case 9:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == 'a') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 10:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == 'd') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 11:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == 'e') ADVANCE(13);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 12:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == 'e') ADVANCE(10);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 13:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == 'r') ADVANCE(9);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 14:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == 'r') ADVANCE(206);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 15:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == 's') ADVANCE(12);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 16:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == '}') ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 17:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(209);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 18:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 19:
      if (lookahead == '\'') ADVANCE(278);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 20:
      if (lookahead == '\'') ADVANCE(88);
      if (lookahead == '(') ADVANCE(182);
      if (lookahead == ')') ADVANCE(186);
      if (lookahead == '*') ADVANCE(205);
      if (lookahead == ',') ADVANCE(175);
      if (lookahead == '-') ADVANCE(84);
      if (lookahead == '.') ADVANCE(215);
      if (lookahead == '/') ADVANCE(64);
      if (lookahead == ':') ADVANCE(177);
      if (lookahead == ';') ADVANCE(190);
      if (lookahead == '=') ADVANCE(180);
      if (lookahead == '[') ADVANCE(178);
      if (lookahead == ']') ADVANCE(179);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == 'v') ADVANCE(228);
      if (lookahead == '{') ADVANCE(174);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(20)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 21:
      if (lookahead == '\'') ADVANCE(89);
      if (lookahead == '(') ADVANCE(185);
      if (lookahead == '-') ADVANCE(127);
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == ']') ADVANCE(179);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(21)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 22:
      if (lookahead == '(') ADVANCE(102);
      END_STATE();
    case 23:
      if (lookahead == '(') ADVANCE(182);
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == 'c') ADVANCE(252);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23)
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 24:
      if (lookahead == '(') ADVANCE(183);
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == ';') ADVANCE(190);
      if (lookahead == 'b') ADVANCE(232);
      if (lookahead == 'l') ADVANCE(236);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(24)
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 25:
      if (lookahead == ')') ADVANCE(211);
      END_STATE();
    case 26:
      if (lookahead == ')') ADVANCE(189);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(26);
      END_STATE();
    case 27:
      if (lookahead == ')') ADVANCE(79);
      END_STATE();
    case 28:
      if (lookahead == ')') ADVANCE(82);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(28);
      END_STATE();
    case 29:
      if (lookahead == ')') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(29);
      END_STATE();
    case 30:
      if (lookahead == '*') ADVANCE(37);
      if (lookahead == '/') ADVANCE(149);
      END_STATE();
    case 31:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == '/') ADVANCE(161);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 32:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == '/') ADVANCE(204);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 33:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == '=') ADVANCE(172);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(33);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 34:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == '_') ADVANCE(44);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 35:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'a') ADVANCE(60);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 36:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'a') ADVANCE(57);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 37:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'c') ADVANCE(47);
      if (lookahead == 'g') ADVANCE(39);
      if (lookahead == 't') ADVANCE(43);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 38:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'c') ADVANCE(47);
      if (lookahead == 'g') ADVANCE(39);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(38);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 39:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'e') ADVANCE(45);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 40:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'e') ADVANCE(34);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 41:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'e') ADVANCE(51);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 42:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'i') ADVANCE(46);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 43:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'l') ADVANCE(54);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 44:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'l') ADVANCE(35);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 45:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'n') ADVANCE(41);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 46:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'n') ADVANCE(40);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 47:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'o') ADVANCE(53);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 48:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'o') ADVANCE(58);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 49:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'o') ADVANCE(52);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 50:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'o') ADVANCE(59);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 51:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'r') ADVANCE(36);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 52:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'r') ADVANCE(34);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 53:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'r') ADVANCE(48);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 54:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 's') ADVANCE(63);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 55:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 't') ADVANCE(42);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 56:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 't') ADVANCE(33);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 57:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 't') ADVANCE(49);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 58:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'u') ADVANCE(55);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 59:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'u') ADVANCE(56);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 60:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead == 'y') ADVANCE(50);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 61:
      if (lookahead == '*') ADVANCE(31);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 62:
      if (lookahead == '*') ADVANCE(38);
      if (lookahead == '/') ADVANCE(149);
      END_STATE();
    case 63:
      if (lookahead == '*') ADVANCE(32);
      if (lookahead != 0) ADVANCE(61);
      END_STATE();
    case 64:
      if (lookahead == '*') ADVANCE(119);
      if (lookahead == '/') ADVANCE(159);
      END_STATE();
    case 65:
      if (lookahead == '*') ADVANCE(71);
      END_STATE();
    case 66:
      if (lookahead == ',') ADVANCE(4);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(66);
      END_STATE();
    case 67:
      if (lookahead == '-') ADVANCE(86);
      END_STATE();
    case 68:
      if (lookahead == '.') ADVANCE(218);
      END_STATE();
    case 69:
      if (lookahead == '.') ADVANCE(68);
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(69)
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'f') ||
          lookahead == 9598) ADVANCE(126);
      END_STATE();
    case 70:
      if (lookahead == '/') ADVANCE(159);
      END_STATE();
    case 71:
      if (lookahead == '/') ADVANCE(204);
      END_STATE();
    case 72:
      if (lookahead == '/') ADVANCE(173);
      END_STATE();
    case 73:
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == '[') ADVANCE(178);
      if (lookahead == 'b') ADVANCE(233);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(73)
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 74:
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == '[') ADVANCE(178);
      if (lookahead == 'b') ADVANCE(101);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(74)
      END_STATE();
    case 75:
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == 'b') ADVANCE(100);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(75)
      END_STATE();
    case 76:
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == 'c') ADVANCE(247);
      if (lookahead == 'm') ADVANCE(248);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(76)
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 77:
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == 'l') ADVANCE(236);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(77)
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 78:
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(78)
      END_STATE();
    case 79:
      if (lookahead == ':') ADVANCE(3);
      END_STATE();
    case 80:
      if (lookahead == ':') ADVANCE(193);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(80);
      END_STATE();
    case 81:
      if (lookahead == ';') ADVANCE(200);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(81);
      END_STATE();
    case 82:
      if (lookahead == ';') ADVANCE(199);
      END_STATE();
    case 83:
      if (lookahead == ';') ADVANCE(198);
      END_STATE();
    case 84:
      if (lookahead == '>') ADVANCE(192);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      END_STATE();
    case 85:
      if (lookahead == '>') ADVANCE(191);
      END_STATE();
    case 86:
      if (lookahead == '>') ADVANCE(5);
      END_STATE();
    case 87:
      if (lookahead == '?') ADVANCE(17);
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead == '_') ADVANCE(207);
      if (lookahead == '{') ADVANCE(11);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\'') ADVANCE(19);
      END_STATE();
    case 88:
      if (lookahead == '?') ADVANCE(128);
      if (lookahead == '_') ADVANCE(208);
      if (lookahead == '{') ADVANCE(105);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 89:
      if (lookahead == '\\') ADVANCE(143);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\'') ADVANCE(19);
      END_STATE();
    case 90:
      if (lookahead == '_') ADVANCE(131);
      END_STATE();
    case 91:
      if (lookahead == '_') ADVANCE(131);
      if (lookahead == 'm') ADVANCE(121);
      END_STATE();
    case 92:
      if (lookahead == '_') ADVANCE(138);
      END_STATE();
    case 93:
      if (lookahead == '_') ADVANCE(139);
      END_STATE();
    case 94:
      if (lookahead == '_') ADVANCE(117);
      END_STATE();
    case 95:
      if (lookahead == 'a') ADVANCE(108);
      END_STATE();
    case 96:
      if (lookahead == 'a') ADVANCE(111);
      END_STATE();
    case 97:
      if (lookahead == 'a') ADVANCE(118);
      END_STATE();
    case 98:
      if (lookahead == 'b') ADVANCE(99);
      END_STATE();
    case 99:
      if (lookahead == 'b') ADVANCE(134);
      END_STATE();
    case 100:
      if (lookahead == 'b') ADVANCE(129);
      END_STATE();
    case 101:
      if (lookahead == 'b') ADVANCE(137);
      END_STATE();
    case 102:
      if (lookahead == 'c') ADVANCE(110);
      END_STATE();
    case 103:
      if (lookahead == 'd') ADVANCE(125);
      END_STATE();
    case 104:
      if (lookahead == 'e') ADVANCE(25);
      END_STATE();
    case 105:
      if (lookahead == 'e') ADVANCE(114);
      END_STATE();
    case 106:
      if (lookahead == 'e') ADVANCE(103);
      END_STATE();
    case 107:
      if (lookahead == 'e') ADVANCE(96);
      END_STATE();
    case 108:
      if (lookahead == 'k') ADVANCE(104);
      END_STATE();
    case 109:
      if (lookahead == 'l') ADVANCE(116);
      END_STATE();
    case 110:
      if (lookahead == 'l') ADVANCE(107);
      END_STATE();
    case 111:
      if (lookahead == 'n') ADVANCE(122);
      END_STATE();
    case 112:
      if (lookahead == 'p') ADVANCE(27);
      END_STATE();
    case 113:
      if (lookahead == 'r') ADVANCE(206);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(113);
      END_STATE();
    case 114:
      if (lookahead == 'r') ADVANCE(97);
      END_STATE();
    case 115:
      if (lookahead == 's') ADVANCE(130);
      END_STATE();
    case 116:
      if (lookahead == 's') ADVANCE(65);
      END_STATE();
    case 117:
      if (lookahead == 's') ADVANCE(132);
      END_STATE();
    case 118:
      if (lookahead == 's') ADVANCE(106);
      END_STATE();
    case 119:
      if (lookahead == 't') ADVANCE(109);
      END_STATE();
    case 120:
      if (lookahead == 't') ADVANCE(6);
      END_STATE();
    case 121:
      if (lookahead == 'u') ADVANCE(120);
      END_STATE();
    case 122:
      if (lookahead == 'u') ADVANCE(112);
      END_STATE();
    case 123:
      if (lookahead == 'x') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(123);
      END_STATE();
    case 124:
      if (lookahead == '{') ADVANCE(195);
      END_STATE();
    case 125:
      if (lookahead == '}') ADVANCE(206);
      END_STATE();
    case 126:
      if (lookahead == 9474) ADVANCE(219);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(126);
      END_STATE();
    case 127:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      END_STATE();
    case 128:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(209);
      END_STATE();
    case 129:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(196);
      END_STATE();
    case 130:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(66);
      END_STATE();
    case 131:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(80);
      END_STATE();
    case 132:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(26);
      END_STATE();
    case 133:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(217);
      END_STATE();
    case 134:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(81);
      END_STATE();
    case 135:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(188);
      END_STATE();
    case 136:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(113);
      END_STATE();
    case 137:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(197);
      END_STATE();
    case 138:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(28);
      END_STATE();
    case 139:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(29);
      END_STATE();
    case 140:
      if (('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 141:
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 142:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(8);
      END_STATE();
    case 143:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(19);
      END_STATE();
    case 144:
      if (eof) ADVANCE(148);
      if (lookahead == '!') ADVANCE(201);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '&') ADVANCE(203);
      if (lookahead == '\'') ADVANCE(87);
      if (lookahead == '(') ADVANCE(184);
      if (lookahead == ')') ADVANCE(186);
      if (lookahead == '*') ADVANCE(205);
      if (lookahead == ',') ADVANCE(175);
      if (lookahead == '-') ADVANCE(84);
      if (lookahead == '.') ADVANCE(216);
      if (lookahead == '/') ADVANCE(30);
      if (lookahead == ':') ADVANCE(177);
      if (lookahead == ';') ADVANCE(190);
      if (lookahead == '=') ADVANCE(181);
      if (lookahead == 'S') ADVANCE(262);
      if (lookahead == '[') ADVANCE(178);
      if (lookahead == ']') ADVANCE(179);
      if (lookahead == 'b') ADVANCE(232);
      if (lookahead == 'c') ADVANCE(247);
      if (lookahead == 'g') ADVANCE(253);
      if (lookahead == 'l') ADVANCE(236);
      if (lookahead == 'm') ADVANCE(248);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == 'v') ADVANCE(228);
      if (lookahead == '{') ADVANCE(174);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(144)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(273);
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 145:
      if (eof) ADVANCE(148);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '(') ADVANCE(182);
      if (lookahead == ')') ADVANCE(186);
      if (lookahead == '*') ADVANCE(72);
      if (lookahead == ',') ADVANCE(175);
      if (lookahead == '-') ADVANCE(84);
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == ':') ADVANCE(177);
      if (lookahead == ';') ADVANCE(190);
      if (lookahead == '=') ADVANCE(180);
      if (lookahead == 'S') ADVANCE(262);
      if (lookahead == '[') ADVANCE(178);
      if (lookahead == ']') ADVANCE(179);
      if (lookahead == '`') ADVANCE(168);
      if (lookahead == 'a') ADVANCE(257);
      if (lookahead == 'g') ADVANCE(253);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '{') ADVANCE(174);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(146)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      if (sym_identifier_character_set_1(lookahead)) ADVANCE(272);
      END_STATE();
    case 146:
      if (eof) ADVANCE(148);
      if (lookahead == '"') ADVANCE(8);
      if (lookahead == '(') ADVANCE(182);
      if (lookahead == ')') ADVANCE(186);
      if (lookahead == '*') ADVANCE(72);
      if (lookahead == ',') ADVANCE(175);
      if (lookahead == '-') ADVANCE(84);
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == ':') ADVANCE(177);
      if (lookahead == ';') ADVANCE(190);
      if (lookahead == '=') ADVANCE(180);
      if (lookahead == 'S') ADVANCE(262);
      if (lookahead == '[') ADVANCE(178);
      if (lookahead == ']') ADVANCE(179);
      if (lookahead == 'a') ADVANCE(257);
      if (lookahead == 'g') ADVANCE(253);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '{') ADVANCE(174);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(146)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      if (sym_identifier_character_set_3(lookahead)) ADVANCE(272);
      END_STATE();
    case 147:
      if (eof) ADVANCE(148);
      if (lookahead == '/') ADVANCE(62);
      if (lookahead == 'r') ADVANCE(223);
      if (lookahead == '{') ADVANCE(174);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(147)
      if (sym_identifier_character_set_2(lookahead)) ADVANCE(272);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == ' ') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == ' ') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == ' ') ADVANCE(155);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == 'I') ADVANCE(154);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == 'M') ADVANCE(152);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == 'R') ADVANCE(150);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '`') ADVANCE(162);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == 'f') ADVANCE(157);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == 'o') ADVANCE(158);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == 'r') ADVANCE(151);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym_annotation);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(160);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym_block_comment);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(anon_sym_SLASH_SLASHMIRfor_BQUOTE);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(aux_sym_mir_header_token1);
      if (lookahead == '/') ADVANCE(164);
      if (lookahead == '|') ADVANCE(165);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(163);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '`') ADVANCE(167);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(aux_sym_mir_header_token1);
      if (lookahead == '/') ADVANCE(166);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '`') ADVANCE(167);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(aux_sym_mir_header_token1);
      if (lookahead == '`') ADVANCE(160);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(165);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(aux_sym_mir_header_token1);
      if (lookahead == '`') ADVANCE(159);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(166);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(aux_sym_mir_header_token1);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '`') ADVANCE(167);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(anon_sym_BQUOTE);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(aux_sym_mir_header_token2);
      if (lookahead == '/') ADVANCE(170);
      if (lookahead == '|') ADVANCE(171);
      if (lookahead == '\t' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(169);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(171);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(aux_sym_mir_header_token2);
      if (lookahead == '/') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(171);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(aux_sym_mir_header_token2);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(171);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(aux_sym_layout_comment_token1);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(anon_sym_STAR_SLASH);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(anon_sym_EQ);
      if (lookahead == '>') ADVANCE(191);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      if (lookahead == '_') ADVANCE(115);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      if (lookahead == '_') ADVANCE(115);
      if (lookahead == 'f') ADVANCE(95);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      if (lookahead == 'f') ADVANCE(95);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_dims);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(187);
      if (('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_dims);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(188);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(aux_sym_conflict_token1);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(anon_sym_EQ_GT);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(anon_sym_DASH_GT);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(aux_sym_let_token1);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(anon_sym_let);
      if (lookahead == ' ') ADVANCE(91);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(aux_sym_basic_block_token1);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_label);
      if (lookahead == ' ') ADVANCE(22);
      if (lookahead == ':') ADVANCE(3);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(196);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_label);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(197);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(aux_sym_storage_live_token1);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(aux_sym_storage_dead_token1);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(aux_sym_goto_token1);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_not);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(anon_sym_asm_BANG);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(anon_sym_AMP);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(anon_sym_SLASH_STARtls_STAR_SLASH);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_region);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_region);
      if (lookahead == '#') ADVANCE(18);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_region);
      if (lookahead == '#') ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_region);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(209);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_region);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(anon_sym_LPARENfake_RPAREN);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_copy);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_move);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(aux_sym_constant_token1);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(anon_sym_DOT);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (lookahead == '.') ADVANCE(218);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_variant_index);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(217);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_elided);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_alloc_line);
      if (lookahead == 9474) ADVANCE(219);
      if (lookahead == '{' ||
          lookahead == '}') ADVANCE(220);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(219);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_alloc_line);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(220);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == ' ') ADVANCE(67);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '!') ADVANCE(202);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(141);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(133);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '(') ADVANCE(92);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '(') ADVANCE(93);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(238);
      if (lookahead == 'L') ADVANCE(242);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'a') ADVANCE(255);
      if (sym_identifier_character_set_5(lookahead)) ADVANCE(272);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'a') ADVANCE(240);
      if (sym_identifier_character_set_5(lookahead)) ADVANCE(272);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'a') ADVANCE(246);
      if (sym_identifier_character_set_5(lookahead)) ADVANCE(272);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'a') ADVANCE(234);
      if (sym_identifier_character_set_5(lookahead)) ADVANCE(272);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'b') ADVANCE(270);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'b') ADVANCE(271);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'd') ADVANCE(225);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(227);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(259);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(268);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(231);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(226);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'g') ADVANCE(235);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'i') ADVANCE(230);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'i') ADVANCE(265);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'm') ADVANCE(222);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'n') ADVANCE(258);
      if (lookahead == 'p') ADVANCE(266);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'n') ADVANCE(258);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'n') ADVANCE(260);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(254);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(264);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(221);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(244);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(256);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(245);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(263);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'p') ADVANCE(266);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'r') ADVANCE(241);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'r') ADVANCE(229);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 's') ADVANCE(243);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 's') ADVANCE(261);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(194);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(224);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(269);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(251);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(249);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'v') ADVANCE(237);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'v') ADVANCE(239);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'y') ADVANCE(267);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(212);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(213);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(214);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_identifier);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(196);
      if (sym_identifier_character_set_6(lookahead)) ADVANCE(272);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_identifier);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(197);
      if (sym_identifier_character_set_6(lookahead)) ADVANCE(272);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_identifier);
      if (sym_identifier_character_set_4(lookahead)) ADVANCE(272);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_integer);
      if (lookahead == '_') ADVANCE(140);
      if (lookahead == 'x') ADVANCE(275);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(273);
      if (('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_integer);
      if (lookahead == '_') ADVANCE(140);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(274);
      if (('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_integer);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(187);
      if (('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_integer);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_string);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_char);
      END_STATE();
    default:
      return false;
  }
}

static bool ts_lex_keywords(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (lookahead == 'A') ADVANCE(1);
      if (lookahead == 'B') ADVANCE(2);
      if (lookahead == 'S') ADVANCE(3);
      if (lookahead == '_') ADVANCE(4);
      if (lookahead == 'a') ADVANCE(5);
      if (lookahead == 'c') ADVANCE(6);
      if (lookahead == 'd') ADVANCE(7);
      if (lookahead == 'f') ADVANCE(8);
      if (lookahead == 'g') ADVANCE(9);
      if (lookahead == 'i') ADVANCE(10);
      if (lookahead == 'l') ADVANCE(11);
      if (lookahead == 'm') ADVANCE(12);
      if (lookahead == 'n') ADVANCE(13);
      if (lookahead == 'p') ADVANCE(14);
      if (lookahead == 'r') ADVANCE(15);
      if (lookahead == 's') ADVANCE(16);
      if (lookahead == 't') ADVANCE(17);
      if (lookahead == 'u') ADVANCE(18);
      if (lookahead == 'v') ADVANCE(19);
      if (lookahead == 'y') ADVANCE(20);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(0)
      END_STATE();
    case 1:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(21);
      END_STATE();
    case 2:
      if (lookahead == 'i') ADVANCE(22);
      END_STATE();
    case 3:
      if (lookahead == 'o') ADVANCE(23);
      if (lookahead == 't') ADVANCE(24);
      END_STATE();
    case 4:
      if (lookahead == 's') ADVANCE(25);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(26);
      END_STATE();
    case 5:
      if (lookahead == 'b') ADVANCE(27);
      if (lookahead == 's') ADVANCE(28);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(21);
      END_STATE();
    case 6:
      if (lookahead == 'l') ADVANCE(29);
      if (lookahead == 'o') ADVANCE(30);
      END_STATE();
    case 7:
      if (lookahead == 'e') ADVANCE(31);
      if (lookahead == 'i') ADVANCE(32);
      if (lookahead == 'r') ADVANCE(33);
      END_STATE();
    case 8:
      if (lookahead == 'a') ADVANCE(34);
      if (lookahead == 'i') ADVANCE(35);
      if (lookahead == 'n') ADVANCE(36);
      if (lookahead == 'r') ADVANCE(37);
      END_STATE();
    case 9:
      if (lookahead == 'e') ADVANCE(38);
      if (lookahead == 'o') ADVANCE(39);
      END_STATE();
    case 10:
      if (lookahead == 'n') ADVANCE(40);
      END_STATE();
    case 11:
      if (lookahead == 'a') ADVANCE(41);
      END_STATE();
    case 12:
      if (lookahead == 'u') ADVANCE(42);
      END_STATE();
    case 13:
      if (lookahead == 'o') ADVANCE(43);
      END_STATE();
    case 14:
      if (lookahead == 'r') ADVANCE(44);
      END_STATE();
    case 15:
      if (lookahead == 'a') ADVANCE(45);
      if (lookahead == 'e') ADVANCE(46);
      END_STATE();
    case 16:
      if (lookahead == 'c') ADVANCE(47);
      if (lookahead == 'h') ADVANCE(48);
      if (lookahead == 'o') ADVANCE(49);
      if (lookahead == 'p') ADVANCE(50);
      if (lookahead == 't') ADVANCE(51);
      if (lookahead == 'u') ADVANCE(52);
      if (lookahead == 'w') ADVANCE(53);
      END_STATE();
    case 17:
      if (lookahead == 'a') ADVANCE(54);
      if (lookahead == 'e') ADVANCE(55);
      if (lookahead == 'y') ADVANCE(56);
      END_STATE();
    case 18:
      if (lookahead == 'n') ADVANCE(57);
      if (lookahead == 'p') ADVANCE(58);
      END_STATE();
    case 19:
      if (lookahead == 'a') ADVANCE(59);
      END_STATE();
    case 20:
      if (lookahead == 'i') ADVANCE(60);
      END_STATE();
    case 21:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(61);
      END_STATE();
    case 22:
      if (lookahead == 't') ADVANCE(62);
      END_STATE();
    case 23:
      if (lookahead == 'u') ADVANCE(63);
      END_STATE();
    case 24:
      if (lookahead == 'o') ADVANCE(64);
      END_STATE();
    case 25:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(65);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(sym_local);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(26);
      END_STATE();
    case 27:
      if (lookahead == 'o') ADVANCE(66);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_as);
      if (lookahead == 's') ADVANCE(67);
      if (lookahead == 'y') ADVANCE(68);
      END_STATE();
    case 29:
      if (lookahead == 'e') ADVANCE(69);
      END_STATE();
    case 30:
      if (lookahead == 'n') ADVANCE(70);
      if (lookahead == 'r') ADVANCE(71);
      if (lookahead == 'v') ADVANCE(72);
      END_STATE();
    case 31:
      if (lookahead == 'b') ADVANCE(73);
      if (lookahead == 'r') ADVANCE(74);
      END_STATE();
    case 32:
      if (lookahead == 's') ADVANCE(75);
      END_STATE();
    case 33:
      if (lookahead == 'o') ADVANCE(76);
      END_STATE();
    case 34:
      if (lookahead == 'k') ADVANCE(77);
      if (lookahead == 'l') ADVANCE(78);
      END_STATE();
    case 35:
      if (lookahead == 'e') ADVANCE(79);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(anon_sym_fn);
      END_STATE();
    case 37:
      if (lookahead == 'o') ADVANCE(80);
      END_STATE();
    case 38:
      if (lookahead == 'n') ADVANCE(81);
      END_STATE();
    case 39:
      if (lookahead == 't') ADVANCE(82);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(anon_sym_in);
      if (lookahead == 'l') ADVANCE(83);
      END_STATE();
    case 41:
      if (lookahead == 'y') ADVANCE(84);
      END_STATE();
    case 42:
      if (lookahead == 't') ADVANCE(85);
      END_STATE();
    case 43:
      if (lookahead == '_') ADVANCE(86);
      if (lookahead == 'p') ADVANCE(87);
      END_STATE();
    case 44:
      if (lookahead == 'o') ADVANCE(88);
      END_STATE();
    case 45:
      if (lookahead == 'w') ADVANCE(89);
      END_STATE();
    case 46:
      if (lookahead == 's') ADVANCE(90);
      if (lookahead == 't') ADVANCE(91);
      END_STATE();
    case 47:
      if (lookahead == 'o') ADVANCE(92);
      END_STATE();
    case 48:
      if (lookahead == 'a') ADVANCE(93);
      END_STATE();
    case 49:
      if (lookahead == 'u') ADVANCE(94);
      END_STATE();
    case 50:
      if (lookahead == 'a') ADVANCE(95);
      END_STATE();
    case 51:
      if (lookahead == 'a') ADVANCE(96);
      if (lookahead == 'o') ADVANCE(97);
      END_STATE();
    case 52:
      if (lookahead == 'b') ADVANCE(98);
      END_STATE();
    case 53:
      if (lookahead == 'i') ADVANCE(99);
      END_STATE();
    case 54:
      if (lookahead == 'i') ADVANCE(100);
      END_STATE();
    case 55:
      if (lookahead == 'r') ADVANCE(101);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_ty);
      END_STATE();
    case 57:
      if (lookahead == 'i') ADVANCE(102);
      if (lookahead == 'r') ADVANCE(103);
      if (lookahead == 'w') ADVANCE(104);
      END_STATE();
    case 58:
      if (lookahead == 'v') ADVANCE(105);
      END_STATE();
    case 59:
      if (lookahead == 'r') ADVANCE(106);
      END_STATE();
    case 60:
      if (lookahead == 'e') ADVANCE(107);
      END_STATE();
    case 61:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(108);
      END_STATE();
    case 62:
      if (lookahead == 'M') ADVANCE(109);
      END_STATE();
    case 63:
      if (lookahead == 'r') ADVANCE(110);
      END_STATE();
    case 64:
      if (lookahead == 'r') ADVANCE(111);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(aux_sym_saved_local_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(65);
      END_STATE();
    case 66:
      if (lookahead == 'r') ADVANCE(112);
      END_STATE();
    case 67:
      if (lookahead == 'e') ADVANCE(113);
      END_STATE();
    case 68:
      if (lookahead == 'n') ADVANCE(114);
      END_STATE();
    case 69:
      if (lookahead == 'a') ADVANCE(115);
      END_STATE();
    case 70:
      if (lookahead == 's') ADVANCE(116);
      if (lookahead == 't') ADVANCE(117);
      END_STATE();
    case 71:
      if (lookahead == 'o') ADVANCE(118);
      END_STATE();
    case 72:
      if (lookahead == 'e') ADVANCE(119);
      END_STATE();
    case 73:
      if (lookahead == 'u') ADVANCE(120);
      END_STATE();
    case 74:
      if (lookahead == 'e') ADVANCE(121);
      END_STATE();
    case 75:
      if (lookahead == 'c') ADVANCE(122);
      END_STATE();
    case 76:
      if (lookahead == 'p') ADVANCE(123);
      END_STATE();
    case 77:
      if (lookahead == 'e') ADVANCE(124);
      END_STATE();
    case 78:
      if (lookahead == 's') ADVANCE(125);
      END_STATE();
    case 79:
      if (lookahead == 'l') ADVANCE(126);
      END_STATE();
    case 80:
      if (lookahead == 'm') ADVANCE(127);
      END_STATE();
    case 81:
      if (lookahead == 'e') ADVANCE(128);
      END_STATE();
    case 82:
      if (lookahead == 'o') ADVANCE(129);
      END_STATE();
    case 83:
      if (lookahead == 'i') ADVANCE(130);
      END_STATE();
    case 84:
      if (lookahead == 'o') ADVANCE(131);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(anon_sym_mut);
      END_STATE();
    case 86:
      if (lookahead == 'r') ADVANCE(132);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(anon_sym_nop);
      END_STATE();
    case 88:
      if (lookahead == 'm') ADVANCE(133);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(anon_sym_raw);
      END_STATE();
    case 90:
      if (lookahead == 'u') ADVANCE(134);
      END_STATE();
    case 91:
      if (lookahead == 'u') ADVANCE(135);
      END_STATE();
    case 92:
      if (lookahead == 'p') ADVANCE(136);
      END_STATE();
    case 93:
      if (lookahead == 'l') ADVANCE(137);
      END_STATE();
    case 94:
      if (lookahead == 'r') ADVANCE(138);
      END_STATE();
    case 95:
      if (lookahead == 'n') ADVANCE(139);
      END_STATE();
    case 96:
      if (lookahead == 't') ADVANCE(140);
      END_STATE();
    case 97:
      if (lookahead == 'r') ADVANCE(141);
      END_STATE();
    case 98:
      if (lookahead == 't') ADVANCE(142);
      END_STATE();
    case 99:
      if (lookahead == 't') ADVANCE(143);
      END_STATE();
    case 100:
      if (lookahead == 'l') ADVANCE(144);
      END_STATE();
    case 101:
      if (lookahead == 'm') ADVANCE(145);
      END_STATE();
    case 102:
      if (lookahead == 'q') ADVANCE(146);
      END_STATE();
    case 103:
      if (lookahead == 'e') ADVANCE(147);
      END_STATE();
    case 104:
      if (lookahead == 'i') ADVANCE(148);
      END_STATE();
    case 105:
      if (lookahead == 'a') ADVANCE(149);
      END_STATE();
    case 106:
      if (lookahead == 'i') ADVANCE(150);
      END_STATE();
    case 107:
      if (lookahead == 'l') ADVANCE(151);
      END_STATE();
    case 108:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(152);
      END_STATE();
    case 109:
      if (lookahead == 'a') ADVANCE(153);
      END_STATE();
    case 110:
      if (lookahead == 'c') ADVANCE(154);
      END_STATE();
    case 111:
      if (lookahead == 'a') ADVANCE(155);
      END_STATE();
    case 112:
      if (lookahead == 't') ADVANCE(156);
      END_STATE();
    case 113:
      if (lookahead == 'r') ADVANCE(157);
      END_STATE();
    case 114:
      if (lookahead == 'c') ADVANCE(158);
      END_STATE();
    case 115:
      if (lookahead == 'n') ADVANCE(159);
      END_STATE();
    case 116:
      if (lookahead == 't') ADVANCE(160);
      END_STATE();
    case 117:
      if (lookahead == 'i') ADVANCE(161);
      END_STATE();
    case 118:
      if (lookahead == 'u') ADVANCE(162);
      END_STATE();
    case 119:
      if (lookahead == 'r') ADVANCE(163);
      END_STATE();
    case 120:
      if (lookahead == 'g') ADVANCE(164);
      END_STATE();
    case 121:
      if (lookahead == 'f') ADVANCE(165);
      END_STATE();
    case 122:
      if (lookahead == 'r') ADVANCE(166);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(anon_sym_drop);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(anon_sym_fake);
      END_STATE();
    case 125:
      if (lookahead == 'e') ADVANCE(167);
      END_STATE();
    case 126:
      if (lookahead == 'd') ADVANCE(168);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(anon_sym_from);
      END_STATE();
    case 128:
      if (lookahead == 'r') ADVANCE(169);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(anon_sym_goto);
      END_STATE();
    case 130:
      if (lookahead == 'n') ADVANCE(170);
      END_STATE();
    case 131:
      if (lookahead == 'u') ADVANCE(171);
      END_STATE();
    case 132:
      if (lookahead == 'e') ADVANCE(172);
      END_STATE();
    case 133:
      if (lookahead == 'o') ADVANCE(173);
      END_STATE();
    case 134:
      if (lookahead == 'm') ADVANCE(174);
      END_STATE();
    case 135:
      if (lookahead == 'r') ADVANCE(175);
      END_STATE();
    case 136:
      if (lookahead == 'e') ADVANCE(176);
      END_STATE();
    case 137:
      if (lookahead == 'l') ADVANCE(177);
      END_STATE();
    case 138:
      if (lookahead == 'c') ADVANCE(178);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_span);
      END_STATE();
    case 140:
      if (lookahead == 'i') ADVANCE(179);
      END_STATE();
    case 141:
      if (lookahead == 'a') ADVANCE(180);
      END_STATE();
    case 142:
      if (lookahead == 'y') ADVANCE(181);
      END_STATE();
    case 143:
      if (lookahead == 'c') ADVANCE(182);
      END_STATE();
    case 144:
      if (lookahead == 'c') ADVANCE(183);
      END_STATE();
    case 145:
      if (lookahead == 'i') ADVANCE(184);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(anon_sym_uniq);
      END_STATE();
    case 147:
      if (lookahead == 'a') ADVANCE(185);
      END_STATE();
    case 148:
      if (lookahead == 'n') ADVANCE(186);
      END_STATE();
    case 149:
      if (lookahead == 'r') ADVANCE(187);
      END_STATE();
    case 150:
      if (lookahead == 'a') ADVANCE(188);
      END_STATE();
    case 151:
      if (lookahead == 'd') ADVANCE(189);
      END_STATE();
    case 152:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(190);
      END_STATE();
    case 153:
      if (lookahead == 't') ADVANCE(191);
      END_STATE();
    case 154:
      if (lookahead == 'e') ADVANCE(192);
      END_STATE();
    case 155:
      if (lookahead == 'g') ADVANCE(193);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(anon_sym_abort);
      END_STATE();
    case 157:
      if (lookahead == 't') ADVANCE(194);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(anon_sym_async);
      END_STATE();
    case 159:
      if (lookahead == 'u') ADVANCE(195);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_const);
      END_STATE();
    case 161:
      if (lookahead == 'n') ADVANCE(196);
      END_STATE();
    case 162:
      if (lookahead == 't') ADVANCE(197);
      END_STATE();
    case 163:
      if (lookahead == 'a') ADVANCE(198);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(anon_sym_debug);
      END_STATE();
    case 165:
      if (lookahead == '_') ADVANCE(199);
      END_STATE();
    case 166:
      if (lookahead == 'i') ADVANCE(200);
      END_STATE();
    case 167:
      if (lookahead == 'E') ADVANCE(201);
      if (lookahead == 'U') ADVANCE(202);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(anon_sym_field);
      if (lookahead == '_') ADVANCE(203);
      END_STATE();
    case 169:
      if (lookahead == 'a') ADVANCE(204);
      END_STATE();
    case 170:
      if (lookahead == 'e') ADVANCE(205);
      END_STATE();
    case 171:
      if (lookahead == 't') ADVANCE(206);
      END_STATE();
    case 172:
      if (lookahead == 't') ADVANCE(207);
      END_STATE();
    case 173:
      if (lookahead == 't') ADVANCE(208);
      END_STATE();
    case 174:
      if (lookahead == 'e') ADVANCE(209);
      END_STATE();
    case 175:
      if (lookahead == 'n') ADVANCE(210);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(anon_sym_scope);
      END_STATE();
    case 177:
      if (lookahead == 'o') ADVANCE(211);
      END_STATE();
    case 178:
      if (lookahead == 'e') ADVANCE(212);
      END_STATE();
    case 179:
      if (lookahead == 'c') ADVANCE(213);
      END_STATE();
    case 180:
      if (lookahead == 'g') ADVANCE(214);
      END_STATE();
    case 181:
      if (lookahead == 'p') ADVANCE(215);
      END_STATE();
    case 182:
      if (lookahead == 'h') ADVANCE(216);
      END_STATE();
    case 183:
      if (lookahead == 'a') ADVANCE(217);
      END_STATE();
    case 184:
      if (lookahead == 'n') ADVANCE(218);
      END_STATE();
    case 185:
      if (lookahead == 'c') ADVANCE(219);
      END_STATE();
    case 186:
      if (lookahead == 'd') ADVANCE(220);
      END_STATE();
    case 187:
      if (lookahead == '_') ADVANCE(221);
      END_STATE();
    case 188:
      if (lookahead == 'n') ADVANCE(222);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(anon_sym_yield);
      if (lookahead == 's') ADVANCE(223);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_alloc_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(190);
      END_STATE();
    case 191:
      if (lookahead == 'r') ADVANCE(224);
      END_STATE();
    case 192:
      if (lookahead == 'I') ADVANCE(225);
      END_STATE();
    case 193:
      if (lookahead == 'e') ADVANCE(226);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(anon_sym_assert);
      END_STATE();
    case 195:
      if (lookahead == 'p') ADVANCE(227);
      END_STATE();
    case 196:
      if (lookahead == 'u') ADVANCE(228);
      END_STATE();
    case 197:
      if (lookahead == 'i') ADVANCE(229);
      END_STATE();
    case 198:
      if (lookahead == 'g') ADVANCE(230);
      END_STATE();
    case 199:
      if (lookahead == 'c') ADVANCE(231);
      END_STATE();
    case 200:
      if (lookahead == 'm') ADVANCE(232);
      END_STATE();
    case 201:
      if (lookahead == 'd') ADVANCE(233);
      END_STATE();
    case 202:
      if (lookahead == 'n') ADVANCE(234);
      END_STATE();
    case 203:
      if (lookahead == 't') ADVANCE(235);
      END_STATE();
    case 204:
      if (lookahead == 't') ADVANCE(236);
      END_STATE();
    case 205:
      if (lookahead == 'd') ADVANCE(237);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(anon_sym_layout);
      END_STATE();
    case 207:
      if (lookahead == 'a') ADVANCE(238);
      END_STATE();
    case 208:
      if (lookahead == 'e') ADVANCE(239);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(anon_sym_resume);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(anon_sym_return);
      END_STATE();
    case 211:
      if (lookahead == 'w') ADVANCE(240);
      END_STATE();
    case 212:
      if (lookahead == '_') ADVANCE(241);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(anon_sym_static);
      END_STATE();
    case 214:
      if (lookahead == 'e') ADVANCE(242);
      END_STATE();
    case 215:
      if (lookahead == 'e') ADVANCE(243);
      END_STATE();
    case 216:
      if (lookahead == 'I') ADVANCE(244);
      END_STATE();
    case 217:
      if (lookahead == 'l') ADVANCE(245);
      END_STATE();
    case 218:
      if (lookahead == 'a') ADVANCE(246);
      END_STATE();
    case 219:
      if (lookahead == 'h') ADVANCE(247);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(anon_sym_unwind);
      END_STATE();
    case 221:
      if (lookahead == 's') ADVANCE(248);
      END_STATE();
    case 222:
      if (lookahead == 't') ADVANCE(249);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(anon_sym_yields);
      END_STATE();
    case 224:
      if (lookahead == 'i') ADVANCE(250);
      END_STATE();
    case 225:
      if (lookahead == 'n') ADVANCE(251);
      END_STATE();
    case 226:
      if (lookahead == 'D') ADVANCE(252);
      if (lookahead == 'L') ADVANCE(253);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(anon_sym_cleanup);
      END_STATE();
    case 228:
      if (lookahead == 'e') ADVANCE(254);
      END_STATE();
    case 229:
      if (lookahead == 'n') ADVANCE(255);
      END_STATE();
    case 230:
      if (lookahead == 'e') ADVANCE(256);
      END_STATE();
    case 231:
      if (lookahead == 'o') ADVANCE(257);
      END_STATE();
    case 232:
      if (lookahead == 'i') ADVANCE(258);
      END_STATE();
    case 233:
      if (lookahead == 'g') ADVANCE(259);
      END_STATE();
    case 234:
      if (lookahead == 'w') ADVANCE(260);
      END_STATE();
    case 235:
      if (lookahead == 'y') ADVANCE(261);
      END_STATE();
    case 236:
      if (lookahead == 'o') ADVANCE(262);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(anon_sym_inlined);
      END_STATE();
    case 238:
      if (lookahead == 'g') ADVANCE(263);
      END_STATE();
    case 239:
      if (lookahead == 'd') ADVANCE(264);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(anon_sym_shallow);
      END_STATE();
    case 241:
      if (lookahead == 'i') ADVANCE(265);
      END_STATE();
    case 242:
      if (lookahead == '_') ADVANCE(266);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(anon_sym_subtype);
      END_STATE();
    case 244:
      if (lookahead == 'n') ADVANCE(267);
      END_STATE();
    case 245:
      if (lookahead == 'l') ADVANCE(268);
      END_STATE();
    case 246:
      if (lookahead == 't') ADVANCE(269);
      END_STATE();
    case 247:
      if (lookahead == 'a') ADVANCE(270);
      END_STATE();
    case 248:
      if (lookahead == 't') ADVANCE(271);
      END_STATE();
    case 249:
      if (lookahead == '_') ADVANCE(272);
      END_STATE();
    case 250:
      if (lookahead == 'x') ADVANCE(273);
      END_STATE();
    case 251:
      if (lookahead == 'f') ADVANCE(274);
      END_STATE();
    case 252:
      if (lookahead == 'e') ADVANCE(275);
      END_STATE();
    case 253:
      if (lookahead == 'i') ADVANCE(276);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(anon_sym_continue);
      END_STATE();
    case 255:
      if (lookahead == 'e') ADVANCE(277);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(anon_sym_coverage);
      END_STATE();
    case 257:
      if (lookahead == 'p') ADVANCE(278);
      END_STATE();
    case 258:
      if (lookahead == 'n') ADVANCE(279);
      END_STATE();
    case 259:
      if (lookahead == 'e') ADVANCE(280);
      END_STATE();
    case 260:
      if (lookahead == 'i') ADVANCE(281);
      END_STATE();
    case 261:
      if (lookahead == 's') ADVANCE(282);
      END_STATE();
    case 262:
      if (lookahead == 'r') ADVANCE(283);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_no_retag);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(anon_sym_promoted);
      END_STATE();
    case 265:
      if (lookahead == 'n') ADVANCE(284);
      END_STATE();
    case 266:
      if (lookahead == 'c') ADVANCE(285);
      END_STATE();
    case 267:
      if (lookahead == 't') ADVANCE(286);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(anon_sym_tailcall);
      END_STATE();
    case 269:
      if (lookahead == 'e') ADVANCE(287);
      END_STATE();
    case 270:
      if (lookahead == 'b') ADVANCE(288);
      END_STATE();
    case 271:
      if (lookahead == 'a') ADVANCE(289);
      END_STATE();
    case 272:
      if (lookahead == 'f') ADVANCE(290);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(anon_sym_BitMatrix);
      END_STATE();
    case 274:
      if (lookahead == 'o') ADVANCE(291);
      END_STATE();
    case 275:
      if (lookahead == 'a') ADVANCE(292);
      END_STATE();
    case 276:
      if (lookahead == 'v') ADVANCE(293);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(anon_sym_coroutine);
      if (lookahead == '_') ADVANCE(294);
      END_STATE();
    case 278:
      if (lookahead == 'y') ADVANCE(295);
      END_STATE();
    case 279:
      if (lookahead == 'a') ADVANCE(296);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(anon_sym_falseEdge);
      if (lookahead == 's') ADVANCE(297);
      END_STATE();
    case 281:
      if (lookahead == 'n') ADVANCE(298);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(anon_sym_field_tys);
      END_STATE();
    case 283:
      if (lookahead == '_') ADVANCE(299);
      END_STATE();
    case 284:
      if (lookahead == 'f') ADVANCE(300);
      END_STATE();
    case 285:
      if (lookahead == 'o') ADVANCE(301);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(anon_sym_switchInt);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(anon_sym_terminate);
      END_STATE();
    case 288:
      if (lookahead == 'l') ADVANCE(302);
      END_STATE();
    case 289:
      if (lookahead == 'r') ADVANCE(303);
      END_STATE();
    case 290:
      if (lookahead == 'i') ADVANCE(304);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(anon_sym_SourceInfo);
      END_STATE();
    case 292:
      if (lookahead == 'd') ADVANCE(305);
      END_STATE();
    case 293:
      if (lookahead == 'e') ADVANCE(306);
      END_STATE();
    case 294:
      if (lookahead == 'd') ADVANCE(307);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_deref_copy);
      END_STATE();
    case 296:
      if (lookahead == 'n') ADVANCE(308);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(anon_sym_falseEdges);
      END_STATE();
    case 298:
      if (lookahead == 'd') ADVANCE(309);
      END_STATE();
    case 299:
      if (lookahead == 'd') ADVANCE(310);
      END_STATE();
    case 300:
      if (lookahead == 'o') ADVANCE(311);
      END_STATE();
    case 301:
      if (lookahead == 'n') ADVANCE(312);
      END_STATE();
    case 302:
      if (lookahead == 'e') ADVANCE(313);
      END_STATE();
    case 303:
      if (lookahead == 't') ADVANCE(314);
      END_STATE();
    case 304:
      if (lookahead == 'e') ADVANCE(315);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(anon_sym_StorageDead);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(anon_sym_StorageLive);
      END_STATE();
    case 307:
      if (lookahead == 'r') ADVANCE(316);
      END_STATE();
    case 308:
      if (lookahead == 't') ADVANCE(317);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(anon_sym_falseUnwind);
      END_STATE();
    case 310:
      if (lookahead == 'r') ADVANCE(318);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(anon_sym_source_info);
      END_STATE();
    case 312:
      if (lookahead == 'f') ADVANCE(319);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(anon_sym_unreachable);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(anon_sym_upvar_start);
      END_STATE();
    case 315:
      if (lookahead == 'l') ADVANCE(320);
      END_STATE();
    case 316:
      if (lookahead == 'o') ADVANCE(321);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(anon_sym_discriminant);
      END_STATE();
    case 318:
      if (lookahead == 'o') ADVANCE(322);
      END_STATE();
    case 319:
      if (lookahead == 'l') ADVANCE(323);
      END_STATE();
    case 320:
      if (lookahead == 'd') ADVANCE(324);
      END_STATE();
    case 321:
      if (lookahead == 'p') ADVANCE(325);
      END_STATE();
    case 322:
      if (lookahead == 'p') ADVANCE(326);
      END_STATE();
    case 323:
      if (lookahead == 'i') ADVANCE(327);
      END_STATE();
    case 324:
      if (lookahead == 's') ADVANCE(328);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(anon_sym_coroutine_drop);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(anon_sym_generator_drop);
      END_STATE();
    case 327:
      if (lookahead == 'c') ADVANCE(329);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(anon_sym_variant_fields);
      END_STATE();
    case 329:
      if (lookahead == 't') ADVANCE(330);
      END_STATE();
    case 330:
      if (lookahead == 's') ADVANCE(331);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(anon_sym_storage_conflicts);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 147, .external_lex_state = 2},
  [2] = {.lex_state = 145},
  [3] = {.lex_state = 145},
  [4] = {.lex_state = 145},
  [5] = {.lex_state = 145},
  [6] = {.lex_state = 145},
  [7] = {.lex_state = 145},
  [8] = {.lex_state = 145},
  [9] = {.lex_state = 7, .external_lex_state = 3},
  [10] = {.lex_state = 7, .external_lex_state = 3},
  [11] = {.lex_state = 145},
  [12] = {.lex_state = 145},
  [13] = {.lex_state = 145},
  [14] = {.lex_state = 145},
  [15] = {.lex_state = 145},
  [16] = {.lex_state = 145},
  [17] = {.lex_state = 145},
  [18] = {.lex_state = 145},
  [19] = {.lex_state = 145},
  [20] = {.lex_state = 147, .external_lex_state = 2},
  [21] = {.lex_state = 147, .external_lex_state = 2},
  [22] = {.lex_state = 24},
  [23] = {.lex_state = 24},
  [24] = {.lex_state = 7, .external_lex_state = 3},
  [25] = {.lex_state = 7, .external_lex_state = 4},
  [26] = {.lex_state = 7, .external_lex_state = 4},
  [27] = {.lex_state = 7, .external_lex_state = 4},
  [28] = {.lex_state = 24},
  [29] = {.lex_state = 7},
  [30] = {.lex_state = 7, .external_lex_state = 4},
  [31] = {.lex_state = 7},
  [32] = {.lex_state = 7},
  [33] = {.lex_state = 7},
  [34] = {.lex_state = 7},
  [35] = {.lex_state = 7},
  [36] = {.lex_state = 7},
  [37] = {.lex_state = 7},
  [38] = {.lex_state = 7},
  [39] = {.lex_state = 20},
  [40] = {.lex_state = 7},
  [41] = {.lex_state = 7},
  [42] = {.lex_state = 7},
  [43] = {.lex_state = 7},
  [44] = {.lex_state = 77},
  [45] = {.lex_state = 77},
  [46] = {.lex_state = 77},
  [47] = {.lex_state = 77},
  [48] = {.lex_state = 20},
  [49] = {.lex_state = 147, .external_lex_state = 2},
  [50] = {.lex_state = 20},
  [51] = {.lex_state = 20},
  [52] = {.lex_state = 147, .external_lex_state = 2},
  [53] = {.lex_state = 20},
  [54] = {.lex_state = 20},
  [55] = {.lex_state = 147, .external_lex_state = 2},
  [56] = {.lex_state = 20},
  [57] = {.lex_state = 147, .external_lex_state = 2},
  [58] = {.lex_state = 147, .external_lex_state = 2},
  [59] = {.lex_state = 147, .external_lex_state = 2},
  [60] = {.lex_state = 147, .external_lex_state = 2},
  [61] = {.lex_state = 20},
  [62] = {.lex_state = 20},
  [63] = {.lex_state = 147, .external_lex_state = 2},
  [64] = {.lex_state = 147, .external_lex_state = 2},
  [65] = {.lex_state = 147, .external_lex_state = 2},
  [66] = {.lex_state = 147, .external_lex_state = 2},
  [67] = {.lex_state = 23, .external_lex_state = 5},
  [68] = {.lex_state = 147, .external_lex_state = 2},
  [69] = {.lex_state = 147, .external_lex_state = 2},
  [70] = {.lex_state = 20},
  [71] = {.lex_state = 147, .external_lex_state = 2},
  [72] = {.lex_state = 24},
  [73] = {.lex_state = 147, .external_lex_state = 2},
  [74] = {.lex_state = 147, .external_lex_state = 2},
  [75] = {.lex_state = 147, .external_lex_state = 2},
  [76] = {.lex_state = 147, .external_lex_state = 2},
  [77] = {.lex_state = 147, .external_lex_state = 2},
  [78] = {.lex_state = 147, .external_lex_state = 2},
  [79] = {.lex_state = 147, .external_lex_state = 2},
  [80] = {.lex_state = 147, .external_lex_state = 2},
  [81] = {.lex_state = 147, .external_lex_state = 2},
  [82] = {.lex_state = 147, .external_lex_state = 2},
  [83] = {.lex_state = 147, .external_lex_state = 2},
  [84] = {.lex_state = 147, .external_lex_state = 2},
  [85] = {.lex_state = 147, .external_lex_state = 2},
  [86] = {.lex_state = 20},
  [87] = {.lex_state = 20},
  [88] = {.lex_state = 147, .external_lex_state = 2},
  [89] = {.lex_state = 147, .external_lex_state = 2},
  [90] = {.lex_state = 20},
  [91] = {.lex_state = 147, .external_lex_state = 2},
  [92] = {.lex_state = 20},
  [93] = {.lex_state = 147, .external_lex_state = 2},
  [94] = {.lex_state = 23, .external_lex_state = 5},
  [95] = {.lex_state = 147, .external_lex_state = 2},
  [96] = {.lex_state = 20},
  [97] = {.lex_state = 24},
  [98] = {.lex_state = 24},
  [99] = {.lex_state = 24},
  [100] = {.lex_state = 24},
  [101] = {.lex_state = 24},
  [102] = {.lex_state = 24},
  [103] = {.lex_state = 20},
  [104] = {.lex_state = 24},
  [105] = {.lex_state = 24},
  [106] = {.lex_state = 24},
  [107] = {.lex_state = 20, .external_lex_state = 3},
  [108] = {.lex_state = 20},
  [109] = {.lex_state = 24},
  [110] = {.lex_state = 24},
  [111] = {.lex_state = 24},
  [112] = {.lex_state = 24},
  [113] = {.lex_state = 24},
  [114] = {.lex_state = 24},
  [115] = {.lex_state = 24},
  [116] = {.lex_state = 24},
  [117] = {.lex_state = 20},
  [118] = {.lex_state = 20},
  [119] = {.lex_state = 20},
  [120] = {.lex_state = 20},
  [121] = {.lex_state = 20},
  [122] = {.lex_state = 20},
  [123] = {.lex_state = 20},
  [124] = {.lex_state = 20},
  [125] = {.lex_state = 20},
  [126] = {.lex_state = 20},
  [127] = {.lex_state = 20},
  [128] = {.lex_state = 20},
  [129] = {.lex_state = 20},
  [130] = {.lex_state = 20},
  [131] = {.lex_state = 20},
  [132] = {.lex_state = 20},
  [133] = {.lex_state = 20},
  [134] = {.lex_state = 20},
  [135] = {.lex_state = 21},
  [136] = {.lex_state = 145},
  [137] = {.lex_state = 21},
  [138] = {.lex_state = 21},
  [139] = {.lex_state = 20},
  [140] = {.lex_state = 75},
  [141] = {.lex_state = 20},
  [142] = {.lex_state = 20},
  [143] = {.lex_state = 20},
  [144] = {.lex_state = 20},
  [145] = {.lex_state = 21},
  [146] = {.lex_state = 20},
  [147] = {.lex_state = 20},
  [148] = {.lex_state = 20},
  [149] = {.lex_state = 20},
  [150] = {.lex_state = 20},
  [151] = {.lex_state = 20, .external_lex_state = 6},
  [152] = {.lex_state = 20},
  [153] = {.lex_state = 20},
  [154] = {.lex_state = 20},
  [155] = {.lex_state = 20},
  [156] = {.lex_state = 75},
  [157] = {.lex_state = 20},
  [158] = {.lex_state = 20},
  [159] = {.lex_state = 20},
  [160] = {.lex_state = 20},
  [161] = {.lex_state = 20},
  [162] = {.lex_state = 20},
  [163] = {.lex_state = 75},
  [164] = {.lex_state = 24},
  [165] = {.lex_state = 20},
  [166] = {.lex_state = 20},
  [167] = {.lex_state = 20},
  [168] = {.lex_state = 20},
  [169] = {.lex_state = 20},
  [170] = {.lex_state = 20},
  [171] = {.lex_state = 69},
  [172] = {.lex_state = 24},
  [173] = {.lex_state = 20},
  [174] = {.lex_state = 145},
  [175] = {.lex_state = 20},
  [176] = {.lex_state = 145, .external_lex_state = 7},
  [177] = {.lex_state = 24},
  [178] = {.lex_state = 20},
  [179] = {.lex_state = 20},
  [180] = {.lex_state = 20},
  [181] = {.lex_state = 73},
  [182] = {.lex_state = 20},
  [183] = {.lex_state = 20},
  [184] = {.lex_state = 20},
  [185] = {.lex_state = 145},
  [186] = {.lex_state = 20},
  [187] = {.lex_state = 20},
  [188] = {.lex_state = 7},
  [189] = {.lex_state = 20},
  [190] = {.lex_state = 145},
  [191] = {.lex_state = 69},
  [192] = {.lex_state = 20},
  [193] = {.lex_state = 145},
  [194] = {.lex_state = 69},
  [195] = {.lex_state = 145},
  [196] = {.lex_state = 145},
  [197] = {.lex_state = 20},
  [198] = {.lex_state = 145},
  [199] = {.lex_state = 20},
  [200] = {.lex_state = 21, .external_lex_state = 3},
  [201] = {.lex_state = 20, .external_lex_state = 3},
  [202] = {.lex_state = 145},
  [203] = {.lex_state = 145},
  [204] = {.lex_state = 145},
  [205] = {.lex_state = 20},
  [206] = {.lex_state = 145},
  [207] = {.lex_state = 145},
  [208] = {.lex_state = 75},
  [209] = {.lex_state = 75},
  [210] = {.lex_state = 145},
  [211] = {.lex_state = 20, .external_lex_state = 3},
  [212] = {.lex_state = 145},
  [213] = {.lex_state = 21},
  [214] = {.lex_state = 20},
  [215] = {.lex_state = 145},
  [216] = {.lex_state = 20},
  [217] = {.lex_state = 20},
  [218] = {.lex_state = 145},
  [219] = {.lex_state = 145},
  [220] = {.lex_state = 20},
  [221] = {.lex_state = 145},
  [222] = {.lex_state = 20},
  [223] = {.lex_state = 145},
  [224] = {.lex_state = 75},
  [225] = {.lex_state = 20},
  [226] = {.lex_state = 145},
  [227] = {.lex_state = 75},
  [228] = {.lex_state = 20},
  [229] = {.lex_state = 145},
  [230] = {.lex_state = 145},
  [231] = {.lex_state = 20},
  [232] = {.lex_state = 145},
  [233] = {.lex_state = 20},
  [234] = {.lex_state = 145},
  [235] = {.lex_state = 20},
  [236] = {.lex_state = 76},
  [237] = {.lex_state = 145},
  [238] = {.lex_state = 145},
  [239] = {.lex_state = 145},
  [240] = {.lex_state = 145},
  [241] = {.lex_state = 75},
  [242] = {.lex_state = 145},
  [243] = {.lex_state = 75},
  [244] = {.lex_state = 145},
  [245] = {.lex_state = 145},
  [246] = {.lex_state = 20},
  [247] = {.lex_state = 145},
  [248] = {.lex_state = 145},
  [249] = {.lex_state = 20, .external_lex_state = 8},
  [250] = {.lex_state = 145},
  [251] = {.lex_state = 20},
  [252] = {.lex_state = 145},
  [253] = {.lex_state = 145},
  [254] = {.lex_state = 145},
  [255] = {.lex_state = 20},
  [256] = {.lex_state = 145},
  [257] = {.lex_state = 145},
  [258] = {.lex_state = 145},
  [259] = {.lex_state = 145},
  [260] = {.lex_state = 69},
  [261] = {.lex_state = 69},
  [262] = {.lex_state = 20},
  [263] = {.lex_state = 145},
  [264] = {.lex_state = 20},
  [265] = {.lex_state = 145},
  [266] = {.lex_state = 75},
  [267] = {.lex_state = 20},
  [268] = {.lex_state = 24},
  [269] = {.lex_state = 20},
  [270] = {.lex_state = 20},
  [271] = {.lex_state = 145},
  [272] = {.lex_state = 145},
  [273] = {.lex_state = 20},
  [274] = {.lex_state = 145},
  [275] = {.lex_state = 145},
  [276] = {.lex_state = 145},
  [277] = {.lex_state = 20},
  [278] = {.lex_state = 145},
  [279] = {.lex_state = 145},
  [280] = {.lex_state = 20},
  [281] = {.lex_state = 75},
  [282] = {.lex_state = 20},
  [283] = {.lex_state = 145},
  [284] = {.lex_state = 75},
  [285] = {.lex_state = 20},
  [286] = {.lex_state = 145},
  [287] = {.lex_state = 145},
  [288] = {.lex_state = 20},
  [289] = {.lex_state = 145},
  [290] = {.lex_state = 20},
  [291] = {.lex_state = 145},
  [292] = {.lex_state = 145},
  [293] = {.lex_state = 75},
  [294] = {.lex_state = 20},
  [295] = {.lex_state = 145},
  [296] = {.lex_state = 145},
  [297] = {.lex_state = 145},
  [298] = {.lex_state = 145},
  [299] = {.lex_state = 145},
  [300] = {.lex_state = 145},
  [301] = {.lex_state = 20},
  [302] = {.lex_state = 145},
  [303] = {.lex_state = 145},
  [304] = {.lex_state = 145},
  [305] = {.lex_state = 145},
  [306] = {.lex_state = 145},
  [307] = {.lex_state = 145},
  [308] = {.lex_state = 145},
  [309] = {.lex_state = 145},
  [310] = {.lex_state = 145, .external_lex_state = 9},
  [311] = {.lex_state = 145},
  [312] = {.lex_state = 145},
  [313] = {.lex_state = 145},
  [314] = {.lex_state = 20},
  [315] = {.lex_state = 145},
  [316] = {.lex_state = 145},
  [317] = {.lex_state = 145},
  [318] = {.lex_state = 145},
  [319] = {.lex_state = 145},
  [320] = {.lex_state = 145, .external_lex_state = 7},
  [321] = {.lex_state = 145},
  [322] = {.lex_state = 145},
  [323] = {.lex_state = 145},
  [324] = {.lex_state = 145},
  [325] = {.lex_state = 145},
  [326] = {.lex_state = 145},
  [327] = {.lex_state = 145},
  [328] = {.lex_state = 145},
  [329] = {.lex_state = 20},
  [330] = {.lex_state = 20},
  [331] = {.lex_state = 145},
  [332] = {.lex_state = 20},
  [333] = {.lex_state = 145},
  [334] = {.lex_state = 145},
  [335] = {.lex_state = 145},
  [336] = {.lex_state = 145},
  [337] = {.lex_state = 145},
  [338] = {.lex_state = 145},
  [339] = {.lex_state = 145},
  [340] = {.lex_state = 20},
  [341] = {.lex_state = 145},
  [342] = {.lex_state = 145},
  [343] = {.lex_state = 145},
  [344] = {.lex_state = 145},
  [345] = {.lex_state = 20, .external_lex_state = 10},
  [346] = {.lex_state = 145},
  [347] = {.lex_state = 145},
  [348] = {.lex_state = 145},
  [349] = {.lex_state = 145},
  [350] = {.lex_state = 20},
  [351] = {.lex_state = 145},
  [352] = {.lex_state = 145},
  [353] = {.lex_state = 145},
  [354] = {.lex_state = 145},
  [355] = {.lex_state = 145},
  [356] = {.lex_state = 145},
  [357] = {.lex_state = 145},
  [358] = {.lex_state = 145},
  [359] = {.lex_state = 145},
  [360] = {.lex_state = 20},
  [361] = {.lex_state = 145},
  [362] = {.lex_state = 145},
  [363] = {.lex_state = 145},
  [364] = {.lex_state = 145},
  [365] = {.lex_state = 145},
  [366] = {.lex_state = 145},
  [367] = {.lex_state = 145},
  [368] = {.lex_state = 145},
  [369] = {.lex_state = 145},
  [370] = {.lex_state = 145},
  [371] = {.lex_state = 145},
  [372] = {.lex_state = 145},
  [373] = {.lex_state = 145},
  [374] = {.lex_state = 145},
  [375] = {.lex_state = 145},
  [376] = {.lex_state = 145},
  [377] = {.lex_state = 145},
  [378] = {.lex_state = 145},
  [379] = {.lex_state = 20},
  [380] = {.lex_state = 145},
  [381] = {.lex_state = 20, .external_lex_state = 11},
  [382] = {.lex_state = 145},
  [383] = {.lex_state = 145},
  [384] = {.lex_state = 145},
  [385] = {.lex_state = 145, .external_lex_state = 9},
  [386] = {.lex_state = 20},
  [387] = {.lex_state = 145},
  [388] = {.lex_state = 145},
  [389] = {.lex_state = 145},
  [390] = {.lex_state = 145},
  [391] = {.lex_state = 145},
  [392] = {.lex_state = 145},
  [393] = {.lex_state = 145},
  [394] = {.lex_state = 145},
  [395] = {.lex_state = 145},
  [396] = {.lex_state = 145},
  [397] = {.lex_state = 145},
  [398] = {.lex_state = 20},
  [399] = {.lex_state = 145},
  [400] = {.lex_state = 145},
  [401] = {.lex_state = 20},
  [402] = {.lex_state = 145},
  [403] = {.lex_state = 145},
  [404] = {.lex_state = 145},
  [405] = {.lex_state = 20},
  [406] = {.lex_state = 20},
  [407] = {.lex_state = 145},
  [408] = {.lex_state = 145},
  [409] = {.lex_state = 20},
  [410] = {.lex_state = 145},
  [411] = {.lex_state = 145},
  [412] = {.lex_state = 20},
  [413] = {.lex_state = 145},
  [414] = {.lex_state = 145},
  [415] = {.lex_state = 145},
  [416] = {.lex_state = 145},
  [417] = {.lex_state = 145},
  [418] = {.lex_state = 145},
  [419] = {.lex_state = 20, .external_lex_state = 3},
  [420] = {.lex_state = 145},
  [421] = {.lex_state = 20},
  [422] = {.lex_state = 145},
  [423] = {.lex_state = 145},
  [424] = {.lex_state = 20, .external_lex_state = 3},
  [425] = {.lex_state = 74},
  [426] = {.lex_state = 145},
  [427] = {.lex_state = 20},
  [428] = {.lex_state = 145},
  [429] = {.lex_state = 20, .external_lex_state = 3},
  [430] = {.lex_state = 20},
  [431] = {.lex_state = 145},
  [432] = {.lex_state = 145},
  [433] = {.lex_state = 145},
  [434] = {.lex_state = 145},
  [435] = {.lex_state = 145},
  [436] = {.lex_state = 145, .external_lex_state = 8},
  [437] = {.lex_state = 145},
  [438] = {.lex_state = 145},
  [439] = {.lex_state = 145, .external_lex_state = 10},
  [440] = {.lex_state = 145, .external_lex_state = 7},
  [441] = {.lex_state = 145},
  [442] = {.lex_state = 145},
  [443] = {.lex_state = 145, .external_lex_state = 8},
  [444] = {.lex_state = 145},
  [445] = {.lex_state = 145, .external_lex_state = 9},
  [446] = {.lex_state = 145},
  [447] = {.lex_state = 145},
  [448] = {.lex_state = 145},
  [449] = {.lex_state = 74},
  [450] = {.lex_state = 74},
  [451] = {.lex_state = 145},
  [452] = {.lex_state = 20},
  [453] = {.lex_state = 145},
  [454] = {.lex_state = 145},
  [455] = {.lex_state = 145, .external_lex_state = 8},
  [456] = {.lex_state = 145},
  [457] = {.lex_state = 145},
  [458] = {.lex_state = 145},
  [459] = {.lex_state = 145, .external_lex_state = 8},
  [460] = {.lex_state = 145, .external_lex_state = 7},
  [461] = {.lex_state = 145},
  [462] = {.lex_state = 145, .external_lex_state = 8},
  [463] = {.lex_state = 145},
  [464] = {.lex_state = 145, .external_lex_state = 11},
  [465] = {.lex_state = 145},
  [466] = {.lex_state = 145, .external_lex_state = 8},
  [467] = {.lex_state = 145},
  [468] = {.lex_state = 145},
  [469] = {.lex_state = 145},
  [470] = {.lex_state = 145},
  [471] = {.lex_state = 145},
  [472] = {.lex_state = 145},
  [473] = {.lex_state = 145, .external_lex_state = 8},
  [474] = {.lex_state = 145},
  [475] = {.lex_state = 145},
  [476] = {.lex_state = 145, .external_lex_state = 8},
  [477] = {.lex_state = 20},
  [478] = {.lex_state = 145},
  [479] = {.lex_state = 145},
  [480] = {.lex_state = 145},
  [481] = {.lex_state = 145},
  [482] = {.lex_state = 145},
  [483] = {.lex_state = 145},
  [484] = {.lex_state = 145, .external_lex_state = 8},
  [485] = {.lex_state = 145},
  [486] = {.lex_state = 145, .external_lex_state = 8},
  [487] = {.lex_state = 145},
  [488] = {.lex_state = 145},
  [489] = {.lex_state = 145},
  [490] = {.lex_state = 145},
  [491] = {.lex_state = 145},
  [492] = {.lex_state = 145},
  [493] = {.lex_state = 145},
  [494] = {.lex_state = 145},
  [495] = {.lex_state = 145},
  [496] = {.lex_state = 145, .external_lex_state = 11},
  [497] = {.lex_state = 145},
  [498] = {.lex_state = 20},
  [499] = {.lex_state = 145},
  [500] = {.lex_state = 145},
  [501] = {.lex_state = 145},
  [502] = {.lex_state = 145},
  [503] = {.lex_state = 145},
  [504] = {.lex_state = 145},
  [505] = {.lex_state = 145},
  [506] = {.lex_state = 145},
  [507] = {.lex_state = 145, .external_lex_state = 11},
  [508] = {.lex_state = 145},
  [509] = {.lex_state = 145},
  [510] = {.lex_state = 145},
  [511] = {.lex_state = 145},
  [512] = {.lex_state = 145},
  [513] = {.lex_state = 20},
  [514] = {.lex_state = 145, .external_lex_state = 9},
  [515] = {.lex_state = 145},
  [516] = {.lex_state = 145, .external_lex_state = 8},
  [517] = {.lex_state = 145},
  [518] = {.lex_state = 145},
  [519] = {.lex_state = 145},
  [520] = {.lex_state = 145},
  [521] = {.lex_state = 145},
  [522] = {.lex_state = 145},
  [523] = {.lex_state = 145},
  [524] = {.lex_state = 145},
  [525] = {.lex_state = 145},
  [526] = {.lex_state = 145, .external_lex_state = 8},
  [527] = {.lex_state = 145},
  [528] = {.lex_state = 145},
  [529] = {.lex_state = 145},
  [530] = {.lex_state = 145, .external_lex_state = 7},
  [531] = {.lex_state = 145},
  [532] = {.lex_state = 145},
  [533] = {.lex_state = 145},
  [534] = {.lex_state = 145},
  [535] = {.lex_state = 145},
  [536] = {.lex_state = 145},
  [537] = {.lex_state = 145},
  [538] = {.lex_state = 145},
  [539] = {.lex_state = 145},
  [540] = {.lex_state = 145},
  [541] = {.lex_state = 145},
  [542] = {.lex_state = 145},
  [543] = {.lex_state = 145, .external_lex_state = 9},
  [544] = {.lex_state = 145, .external_lex_state = 9},
  [545] = {.lex_state = 145, .external_lex_state = 8},
  [546] = {.lex_state = 145, .external_lex_state = 8},
  [547] = {.lex_state = 145, .external_lex_state = 11},
  [548] = {.lex_state = 7},
  [549] = {.lex_state = 145},
  [550] = {.lex_state = 7},
  [551] = {.lex_state = 145},
  [552] = {.lex_state = 145},
  [553] = {.lex_state = 145},
  [554] = {.lex_state = 145},
  [555] = {.lex_state = 145},
  [556] = {.lex_state = 145},
  [557] = {.lex_state = 145},
  [558] = {.lex_state = 145},
  [559] = {.lex_state = 145},
  [560] = {.lex_state = 145, .external_lex_state = 8},
  [561] = {.lex_state = 20},
  [562] = {.lex_state = 145, .external_lex_state = 8},
  [563] = {.lex_state = 20},
  [564] = {.lex_state = 145},
  [565] = {.lex_state = 145},
  [566] = {.lex_state = 145},
  [567] = {.lex_state = 145},
  [568] = {.lex_state = 1},
  [569] = {.lex_state = 145},
  [570] = {.lex_state = 145},
  [571] = {.lex_state = 145},
  [572] = {.lex_state = 145},
  [573] = {.lex_state = 20},
  [574] = {.lex_state = 145},
  [575] = {.lex_state = 145},
  [576] = {.lex_state = 145},
  [577] = {.lex_state = 145},
  [578] = {.lex_state = 145, .external_lex_state = 8},
  [579] = {.lex_state = 145},
  [580] = {.lex_state = 145},
  [581] = {.lex_state = 145},
  [582] = {.lex_state = 145},
  [583] = {.lex_state = 145},
  [584] = {.lex_state = 145},
  [585] = {.lex_state = 145},
  [586] = {.lex_state = 145},
  [587] = {.lex_state = 145},
  [588] = {.lex_state = 145},
  [589] = {.lex_state = 145},
  [590] = {.lex_state = 145},
  [591] = {.lex_state = 145},
  [592] = {.lex_state = 145},
  [593] = {.lex_state = 145},
  [594] = {.lex_state = 145},
  [595] = {.lex_state = 145},
  [596] = {.lex_state = 145},
  [597] = {.lex_state = 20},
  [598] = {.lex_state = 145},
  [599] = {.lex_state = 145},
  [600] = {.lex_state = 145},
  [601] = {.lex_state = 145, .external_lex_state = 10},
  [602] = {.lex_state = 145},
  [603] = {.lex_state = 145},
  [604] = {.lex_state = 145},
  [605] = {.lex_state = 145},
  [606] = {.lex_state = 145},
  [607] = {.lex_state = 145},
  [608] = {.lex_state = 145},
  [609] = {.lex_state = 145},
  [610] = {.lex_state = 145},
  [611] = {.lex_state = 145},
  [612] = {.lex_state = 145},
  [613] = {.lex_state = 145},
  [614] = {.lex_state = 145},
  [615] = {.lex_state = 145},
  [616] = {.lex_state = 74},
  [617] = {.lex_state = 145, .external_lex_state = 9},
  [618] = {.lex_state = 145},
  [619] = {.lex_state = 145},
  [620] = {.lex_state = 145},
  [621] = {.lex_state = 145},
  [622] = {.lex_state = 145},
  [623] = {.lex_state = 145},
  [624] = {.lex_state = 145},
  [625] = {.lex_state = 145},
  [626] = {.lex_state = 145},
  [627] = {.lex_state = 145},
  [628] = {.lex_state = 145},
  [629] = {.lex_state = 145},
  [630] = {.lex_state = 145},
  [631] = {.lex_state = 145},
  [632] = {.lex_state = 145},
  [633] = {.lex_state = 145},
  [634] = {.lex_state = 145},
  [635] = {.lex_state = 145},
  [636] = {.lex_state = 145, .external_lex_state = 8},
  [637] = {.lex_state = 145, .external_lex_state = 8},
  [638] = {.lex_state = 145},
  [639] = {.lex_state = 145, .external_lex_state = 8},
  [640] = {.lex_state = 145},
  [641] = {.lex_state = 145},
  [642] = {.lex_state = 145},
  [643] = {.lex_state = 145},
  [644] = {.lex_state = 145},
  [645] = {.lex_state = 7},
  [646] = {.lex_state = 145},
  [647] = {.lex_state = 145},
  [648] = {.lex_state = 145},
  [649] = {.lex_state = 145},
  [650] = {.lex_state = 145},
  [651] = {.lex_state = 145},
  [652] = {.lex_state = 145},
  [653] = {.lex_state = 145, .external_lex_state = 9},
  [654] = {.lex_state = 145},
  [655] = {.lex_state = 145},
  [656] = {.lex_state = 145},
  [657] = {.lex_state = 145},
  [658] = {.lex_state = 145},
  [659] = {.lex_state = 145, .external_lex_state = 10},
  [660] = {.lex_state = 145},
  [661] = {.lex_state = 145},
  [662] = {.lex_state = 145},
  [663] = {.lex_state = 145},
  [664] = {.lex_state = 145, .external_lex_state = 8},
  [665] = {.lex_state = 145, .external_lex_state = 10},
  [666] = {.lex_state = 145, .external_lex_state = 8},
  [667] = {.lex_state = 145, .external_lex_state = 8},
  [668] = {.lex_state = 145},
  [669] = {.lex_state = 145},
  [670] = {.lex_state = 145},
  [671] = {.lex_state = 145},
  [672] = {.lex_state = 145},
  [673] = {.lex_state = 145},
  [674] = {.lex_state = 145},
  [675] = {.lex_state = 145},
  [676] = {.lex_state = 145},
  [677] = {.lex_state = 2},
  [678] = {.lex_state = 145},
  [679] = {.lex_state = 145},
  [680] = {.lex_state = 145, .external_lex_state = 8},
  [681] = {.lex_state = 145},
  [682] = {.lex_state = 145},
  [683] = {.lex_state = 145},
  [684] = {.lex_state = 145},
  [685] = {.lex_state = 145},
  [686] = {.lex_state = 145},
  [687] = {.lex_state = 145},
  [688] = {.lex_state = 145},
  [689] = {.lex_state = 145},
  [690] = {.lex_state = 145},
  [691] = {.lex_state = 20},
  [692] = {.lex_state = 145},
  [693] = {.lex_state = 145},
  [694] = {.lex_state = 145},
  [695] = {.lex_state = 20},
  [696] = {.lex_state = 20},
  [697] = {.lex_state = 145},
  [698] = {.lex_state = 145},
  [699] = {.lex_state = 145},
  [700] = {.lex_state = 145, .external_lex_state = 8},
  [701] = {.lex_state = 145, .external_lex_state = 7},
  [702] = {.lex_state = 145},
  [703] = {.lex_state = 145},
  [704] = {.lex_state = 7},
  [705] = {.lex_state = 7},
  [706] = {.lex_state = 145, .external_lex_state = 8},
  [707] = {.lex_state = 20},
  [708] = {.lex_state = 145, .external_lex_state = 8},
  [709] = {.lex_state = 145, .external_lex_state = 8},
  [710] = {.lex_state = 145, .external_lex_state = 8},
  [711] = {.lex_state = 145, .external_lex_state = 8},
  [712] = {.lex_state = 145},
  [713] = {.lex_state = 7},
  [714] = {.lex_state = 145},
  [715] = {.lex_state = 145},
  [716] = {.lex_state = 145},
  [717] = {.lex_state = 20},
  [718] = {.lex_state = 145},
  [719] = {.lex_state = 145},
};

enum {
  ts_external_token__type_text = 0,
  ts_external_token__path_rest = 1,
  ts_external_token__path_bracketed = 2,
  ts_external_token__const_text = 3,
  ts_external_token__def_path_text = 4,
  ts_external_token__raw_text = 5,
  ts_external_token__paren_text = 6,
  ts_external_token__arg_type_text = 7,
  ts_external_token__debug_text = 8,
  ts_external_token__item_path_text = 9,
  ts_external_token__error_sentinel = 10,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__type_text] = sym__type_text,
  [ts_external_token__path_rest] = sym__path_rest,
  [ts_external_token__path_bracketed] = sym__path_bracketed,
  [ts_external_token__const_text] = sym__const_text,
  [ts_external_token__def_path_text] = sym__def_path_text,
  [ts_external_token__raw_text] = sym__raw_text,
  [ts_external_token__paren_text] = sym__paren_text,
  [ts_external_token__arg_type_text] = sym__arg_type_text,
  [ts_external_token__debug_text] = sym__debug_text,
  [ts_external_token__item_path_text] = sym__item_path_text,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[12][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__type_text] = true,
    [ts_external_token__path_rest] = true,
    [ts_external_token__path_bracketed] = true,
    [ts_external_token__const_text] = true,
    [ts_external_token__def_path_text] = true,
    [ts_external_token__raw_text] = true,
    [ts_external_token__paren_text] = true,
    [ts_external_token__arg_type_text] = true,
    [ts_external_token__debug_text] = true,
    [ts_external_token__item_path_text] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token__item_path_text] = true,
  },
  [3] = {
    [ts_external_token__path_bracketed] = true,
  },
  [4] = {
    [ts_external_token__arg_type_text] = true,
  },
  [5] = {
    [ts_external_token__debug_text] = true,
  },
  [6] = {
    [ts_external_token__path_rest] = true,
  },
  [7] = {
    [ts_external_token__raw_text] = true,
  },
  [8] = {
    [ts_external_token__type_text] = true,
  },
  [9] = {
    [ts_external_token__paren_text] = true,
  },
  [10] = {
    [ts_external_token__def_path_text] = true,
  },
  [11] = {
    [ts_external_token__const_text] = true,
  },
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_identifier] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_annotation] = ACTIONS(5),
    [sym_block_comment] = ACTIONS(1),
    [anon_sym_SLASH_SLASHMIRfor_BQUOTE] = ACTIONS(1),
    [anon_sym_BQUOTE] = ACTIONS(1),
    [aux_sym_layout_comment_token1] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_COMMA] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_upvar_start] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_field_tys] = ACTIONS(1),
    [anon_sym_ty] = ACTIONS(1),
    [anon_sym_source_info] = ACTIONS(1),
    [anon_sym_SourceInfo] = ACTIONS(1),
    [anon_sym_span] = ACTIONS(1),
    [anon_sym_scope] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [anon_sym_variant_fields] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_LPAREN] = ACTIONS(1),
    [anon_sym_RPAREN] = ACTIONS(1),
    [anon_sym_storage_conflicts] = ACTIONS(1),
    [anon_sym_BitMatrix] = ACTIONS(1),
    [sym_dims] = ACTIONS(1),
    [aux_sym_conflict_token1] = ACTIONS(1),
    [aux_sym_saved_local_token1] = ACTIONS(1),
    [anon_sym_coroutine] = ACTIONS(1),
    [anon_sym_layout] = ACTIONS(1),
    [anon_sym_field] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_debug] = ACTIONS(1),
    [anon_sym_EQ_GT] = ACTIONS(1),
    [anon_sym_fn] = ACTIONS(1),
    [anon_sym_DASH_GT] = ACTIONS(1),
    [anon_sym_yields] = ACTIONS(1),
    [anon_sym_const] = ACTIONS(1),
    [anon_sym_static] = ACTIONS(1),
    [anon_sym_mut] = ACTIONS(1),
    [anon_sym_promoted] = ACTIONS(1),
    [anon_sym_in] = ACTIONS(1),
    [anon_sym_coverage] = ACTIONS(1),
    [aux_sym_let_token1] = ACTIONS(1),
    [anon_sym_let] = ACTIONS(1),
    [anon_sym_as] = ACTIONS(1),
    [anon_sym_inlined] = ACTIONS(1),
    [aux_sym_basic_block_token1] = ACTIONS(1),
    [anon_sym_cleanup] = ACTIONS(1),
    [sym_label] = ACTIONS(1),
    [aux_sym_storage_live_token1] = ACTIONS(1),
    [anon_sym_StorageLive] = ACTIONS(1),
    [aux_sym_storage_dead_token1] = ACTIONS(1),
    [anon_sym_StorageDead] = ACTIONS(1),
    [anon_sym_discriminant] = ACTIONS(1),
    [anon_sym_nop] = ACTIONS(1),
    [anon_sym_async] = ACTIONS(1),
    [anon_sym_drop] = ACTIONS(1),
    [anon_sym_abort] = ACTIONS(1),
    [anon_sym_terminate] = ACTIONS(1),
    [aux_sym_goto_token1] = ACTIONS(1),
    [anon_sym_goto] = ACTIONS(1),
    [anon_sym_switchInt] = ACTIONS(1),
    [anon_sym_return] = ACTIONS(1),
    [anon_sym_resume] = ACTIONS(1),
    [anon_sym_unreachable] = ACTIONS(1),
    [anon_sym_coroutine_drop] = ACTIONS(1),
    [anon_sym_generator_drop] = ACTIONS(1),
    [anon_sym_assert] = ACTIONS(1),
    [sym_not] = ACTIONS(1),
    [anon_sym_yield] = ACTIONS(1),
    [anon_sym_falseEdge] = ACTIONS(1),
    [anon_sym_falseEdges] = ACTIONS(1),
    [anon_sym_falseUnwind] = ACTIONS(1),
    [anon_sym_tailcall] = ACTIONS(1),
    [anon_sym_unwind] = ACTIONS(1),
    [anon_sym_continue] = ACTIONS(1),
    [anon_sym_AMP] = ACTIONS(1),
    [anon_sym_SLASH_STARtls_STAR_SLASH] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [anon_sym_from] = ACTIONS(1),
    [sym_region] = ACTIONS(1),
    [anon_sym_raw] = ACTIONS(1),
    [anon_sym_LPARENfake_RPAREN] = ACTIONS(1),
    [anon_sym_fake] = ACTIONS(1),
    [anon_sym_shallow] = ACTIONS(1),
    [anon_sym_uniq] = ACTIONS(1),
    [sym_copy] = ACTIONS(1),
    [sym_no_retag] = ACTIONS(1),
    [sym_move] = ACTIONS(1),
    [sym_deref_copy] = ACTIONS(1),
    [anon_sym_DOT] = ACTIONS(1),
    [anon_sym_subtype] = ACTIONS(1),
    [sym_variant_index] = ACTIONS(1),
    [sym_local] = ACTIONS(1),
    [sym_elided] = ACTIONS(1),
    [sym_alloc_name] = ACTIONS(1),
    [sym_integer] = ACTIONS(1),
    [sym_string] = ACTIONS(1),
    [sym_char] = ACTIONS(1),
    [sym__type_text] = ACTIONS(1),
    [sym__path_rest] = ACTIONS(1),
    [sym__path_bracketed] = ACTIONS(1),
    [sym__const_text] = ACTIONS(1),
    [sym__def_path_text] = ACTIONS(1),
    [sym__raw_text] = ACTIONS(1),
    [sym__paren_text] = ACTIONS(1),
    [sym__arg_type_text] = ACTIONS(1),
    [sym__debug_text] = ACTIONS(1),
    [sym__item_path_text] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(640),
    [sym_mir_header] = STATE(21),
    [sym_layout_comment] = STATE(21),
    [sym_function] = STATE(21),
    [sym_const_item] = STATE(21),
    [sym_static_item] = STATE(21),
    [sym_anon_const_item] = STATE(21),
    [sym_promoted_item] = STATE(21),
    [sym_alloc] = STATE(21),
    [aux_sym_source_file_repeat1] = STATE(21),
    [ts_builtin_sym_end] = ACTIONS(7),
    [sym_comment] = ACTIONS(3),
    [sym_annotation] = ACTIONS(5),
    [sym_block_comment] = ACTIONS(9),
    [anon_sym_SLASH_SLASHMIRfor_BQUOTE] = ACTIONS(11),
    [aux_sym_layout_comment_token1] = ACTIONS(13),
    [anon_sym_fn] = ACTIONS(15),
    [anon_sym_const] = ACTIONS(17),
    [anon_sym_static] = ACTIONS(19),
    [anon_sym_promoted] = ACTIONS(21),
    [sym_alloc_name] = ACTIONS(23),
    [sym__item_path_text] = ACTIONS(25),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 31,
    ACTIONS(27), 1,
      sym_identifier,
    ACTIONS(29), 1,
      anon_sym_RBRACE,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(33), 1,
      aux_sym_storage_live_token1,
    ACTIONS(35), 1,
      anon_sym_StorageLive,
    ACTIONS(37), 1,
      aux_sym_storage_dead_token1,
    ACTIONS(39), 1,
      anon_sym_StorageDead,
    ACTIONS(41), 1,
      anon_sym_discriminant,
    ACTIONS(43), 1,
      anon_sym_nop,
    ACTIONS(45), 1,
      anon_sym_async,
    ACTIONS(47), 1,
      anon_sym_drop,
    ACTIONS(49), 1,
      anon_sym_abort,
    ACTIONS(51), 1,
      anon_sym_terminate,
    ACTIONS(53), 1,
      aux_sym_goto_token1,
    ACTIONS(55), 1,
      anon_sym_goto,
    ACTIONS(57), 1,
      anon_sym_switchInt,
    ACTIONS(59), 1,
      anon_sym_return,
    ACTIONS(61), 1,
      anon_sym_resume,
    ACTIONS(63), 1,
      anon_sym_unreachable,
    ACTIONS(67), 1,
      anon_sym_assert,
    ACTIONS(71), 1,
      anon_sym_falseUnwind,
    ACTIONS(73), 1,
      anon_sym_asm_BANG,
    ACTIONS(75), 1,
      anon_sym_tailcall,
    ACTIONS(77), 1,
      sym_local,
    STATE(426), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    ACTIONS(69), 2,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(8), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(672), 17,
      sym_async_drop,
      sym_terminate,
      sym_goto,
      sym_switch_int,
      sym_return,
      sym_resume,
      sym_unreachable,
      sym_coroutine_drop,
      sym_drop,
      sym_call,
      sym_assert,
      sym_yield,
      sym_false_edge,
      sym_false_unwind,
      sym_inline_asm,
      sym_tail_call,
      sym_generic_terminator,
  [122] = 31,
    ACTIONS(27), 1,
      sym_identifier,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(33), 1,
      aux_sym_storage_live_token1,
    ACTIONS(35), 1,
      anon_sym_StorageLive,
    ACTIONS(37), 1,
      aux_sym_storage_dead_token1,
    ACTIONS(39), 1,
      anon_sym_StorageDead,
    ACTIONS(41), 1,
      anon_sym_discriminant,
    ACTIONS(43), 1,
      anon_sym_nop,
    ACTIONS(45), 1,
      anon_sym_async,
    ACTIONS(47), 1,
      anon_sym_drop,
    ACTIONS(49), 1,
      anon_sym_abort,
    ACTIONS(51), 1,
      anon_sym_terminate,
    ACTIONS(53), 1,
      aux_sym_goto_token1,
    ACTIONS(55), 1,
      anon_sym_goto,
    ACTIONS(57), 1,
      anon_sym_switchInt,
    ACTIONS(59), 1,
      anon_sym_return,
    ACTIONS(61), 1,
      anon_sym_resume,
    ACTIONS(63), 1,
      anon_sym_unreachable,
    ACTIONS(67), 1,
      anon_sym_assert,
    ACTIONS(71), 1,
      anon_sym_falseUnwind,
    ACTIONS(73), 1,
      anon_sym_asm_BANG,
    ACTIONS(75), 1,
      anon_sym_tailcall,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(79), 1,
      anon_sym_RBRACE,
    STATE(426), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    ACTIONS(69), 2,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(8), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(485), 17,
      sym_async_drop,
      sym_terminate,
      sym_goto,
      sym_switch_int,
      sym_return,
      sym_resume,
      sym_unreachable,
      sym_coroutine_drop,
      sym_drop,
      sym_call,
      sym_assert,
      sym_yield,
      sym_false_edge,
      sym_false_unwind,
      sym_inline_asm,
      sym_tail_call,
      sym_generic_terminator,
  [244] = 31,
    ACTIONS(27), 1,
      sym_identifier,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(33), 1,
      aux_sym_storage_live_token1,
    ACTIONS(35), 1,
      anon_sym_StorageLive,
    ACTIONS(37), 1,
      aux_sym_storage_dead_token1,
    ACTIONS(39), 1,
      anon_sym_StorageDead,
    ACTIONS(41), 1,
      anon_sym_discriminant,
    ACTIONS(43), 1,
      anon_sym_nop,
    ACTIONS(45), 1,
      anon_sym_async,
    ACTIONS(47), 1,
      anon_sym_drop,
    ACTIONS(49), 1,
      anon_sym_abort,
    ACTIONS(51), 1,
      anon_sym_terminate,
    ACTIONS(53), 1,
      aux_sym_goto_token1,
    ACTIONS(55), 1,
      anon_sym_goto,
    ACTIONS(57), 1,
      anon_sym_switchInt,
    ACTIONS(59), 1,
      anon_sym_return,
    ACTIONS(61), 1,
      anon_sym_resume,
    ACTIONS(63), 1,
      anon_sym_unreachable,
    ACTIONS(67), 1,
      anon_sym_assert,
    ACTIONS(71), 1,
      anon_sym_falseUnwind,
    ACTIONS(73), 1,
      anon_sym_asm_BANG,
    ACTIONS(75), 1,
      anon_sym_tailcall,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(81), 1,
      anon_sym_RBRACE,
    STATE(426), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    ACTIONS(69), 2,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(7), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(571), 17,
      sym_async_drop,
      sym_terminate,
      sym_goto,
      sym_switch_int,
      sym_return,
      sym_resume,
      sym_unreachable,
      sym_coroutine_drop,
      sym_drop,
      sym_call,
      sym_assert,
      sym_yield,
      sym_false_edge,
      sym_false_unwind,
      sym_inline_asm,
      sym_tail_call,
      sym_generic_terminator,
  [366] = 31,
    ACTIONS(27), 1,
      sym_identifier,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(33), 1,
      aux_sym_storage_live_token1,
    ACTIONS(35), 1,
      anon_sym_StorageLive,
    ACTIONS(37), 1,
      aux_sym_storage_dead_token1,
    ACTIONS(39), 1,
      anon_sym_StorageDead,
    ACTIONS(41), 1,
      anon_sym_discriminant,
    ACTIONS(43), 1,
      anon_sym_nop,
    ACTIONS(45), 1,
      anon_sym_async,
    ACTIONS(47), 1,
      anon_sym_drop,
    ACTIONS(49), 1,
      anon_sym_abort,
    ACTIONS(51), 1,
      anon_sym_terminate,
    ACTIONS(53), 1,
      aux_sym_goto_token1,
    ACTIONS(55), 1,
      anon_sym_goto,
    ACTIONS(57), 1,
      anon_sym_switchInt,
    ACTIONS(59), 1,
      anon_sym_return,
    ACTIONS(61), 1,
      anon_sym_resume,
    ACTIONS(63), 1,
      anon_sym_unreachable,
    ACTIONS(67), 1,
      anon_sym_assert,
    ACTIONS(71), 1,
      anon_sym_falseUnwind,
    ACTIONS(73), 1,
      anon_sym_asm_BANG,
    ACTIONS(75), 1,
      anon_sym_tailcall,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(83), 1,
      anon_sym_RBRACE,
    STATE(426), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    ACTIONS(69), 2,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(2), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(719), 17,
      sym_async_drop,
      sym_terminate,
      sym_goto,
      sym_switch_int,
      sym_return,
      sym_resume,
      sym_unreachable,
      sym_coroutine_drop,
      sym_drop,
      sym_call,
      sym_assert,
      sym_yield,
      sym_false_edge,
      sym_false_unwind,
      sym_inline_asm,
      sym_tail_call,
      sym_generic_terminator,
  [488] = 31,
    ACTIONS(27), 1,
      sym_identifier,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(33), 1,
      aux_sym_storage_live_token1,
    ACTIONS(35), 1,
      anon_sym_StorageLive,
    ACTIONS(37), 1,
      aux_sym_storage_dead_token1,
    ACTIONS(39), 1,
      anon_sym_StorageDead,
    ACTIONS(41), 1,
      anon_sym_discriminant,
    ACTIONS(43), 1,
      anon_sym_nop,
    ACTIONS(45), 1,
      anon_sym_async,
    ACTIONS(47), 1,
      anon_sym_drop,
    ACTIONS(49), 1,
      anon_sym_abort,
    ACTIONS(51), 1,
      anon_sym_terminate,
    ACTIONS(53), 1,
      aux_sym_goto_token1,
    ACTIONS(55), 1,
      anon_sym_goto,
    ACTIONS(57), 1,
      anon_sym_switchInt,
    ACTIONS(59), 1,
      anon_sym_return,
    ACTIONS(61), 1,
      anon_sym_resume,
    ACTIONS(63), 1,
      anon_sym_unreachable,
    ACTIONS(67), 1,
      anon_sym_assert,
    ACTIONS(71), 1,
      anon_sym_falseUnwind,
    ACTIONS(73), 1,
      anon_sym_asm_BANG,
    ACTIONS(75), 1,
      anon_sym_tailcall,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(85), 1,
      anon_sym_RBRACE,
    STATE(426), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    ACTIONS(69), 2,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(3), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(468), 17,
      sym_async_drop,
      sym_terminate,
      sym_goto,
      sym_switch_int,
      sym_return,
      sym_resume,
      sym_unreachable,
      sym_coroutine_drop,
      sym_drop,
      sym_call,
      sym_assert,
      sym_yield,
      sym_false_edge,
      sym_false_unwind,
      sym_inline_asm,
      sym_tail_call,
      sym_generic_terminator,
  [610] = 31,
    ACTIONS(27), 1,
      sym_identifier,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(33), 1,
      aux_sym_storage_live_token1,
    ACTIONS(35), 1,
      anon_sym_StorageLive,
    ACTIONS(37), 1,
      aux_sym_storage_dead_token1,
    ACTIONS(39), 1,
      anon_sym_StorageDead,
    ACTIONS(41), 1,
      anon_sym_discriminant,
    ACTIONS(43), 1,
      anon_sym_nop,
    ACTIONS(45), 1,
      anon_sym_async,
    ACTIONS(47), 1,
      anon_sym_drop,
    ACTIONS(49), 1,
      anon_sym_abort,
    ACTIONS(51), 1,
      anon_sym_terminate,
    ACTIONS(53), 1,
      aux_sym_goto_token1,
    ACTIONS(55), 1,
      anon_sym_goto,
    ACTIONS(57), 1,
      anon_sym_switchInt,
    ACTIONS(59), 1,
      anon_sym_return,
    ACTIONS(61), 1,
      anon_sym_resume,
    ACTIONS(63), 1,
      anon_sym_unreachable,
    ACTIONS(67), 1,
      anon_sym_assert,
    ACTIONS(71), 1,
      anon_sym_falseUnwind,
    ACTIONS(73), 1,
      anon_sym_asm_BANG,
    ACTIONS(75), 1,
      anon_sym_tailcall,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(85), 1,
      anon_sym_RBRACE,
    STATE(426), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    ACTIONS(69), 2,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(8), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(468), 17,
      sym_async_drop,
      sym_terminate,
      sym_goto,
      sym_switch_int,
      sym_return,
      sym_resume,
      sym_unreachable,
      sym_coroutine_drop,
      sym_drop,
      sym_call,
      sym_assert,
      sym_yield,
      sym_false_edge,
      sym_false_unwind,
      sym_inline_asm,
      sym_tail_call,
      sym_generic_terminator,
  [732] = 15,
    ACTIONS(87), 1,
      sym_identifier,
    ACTIONS(92), 1,
      anon_sym_LPAREN,
    ACTIONS(95), 1,
      aux_sym_storage_live_token1,
    ACTIONS(98), 1,
      anon_sym_StorageLive,
    ACTIONS(101), 1,
      aux_sym_storage_dead_token1,
    ACTIONS(104), 1,
      anon_sym_StorageDead,
    ACTIONS(107), 1,
      anon_sym_discriminant,
    ACTIONS(110), 1,
      anon_sym_nop,
    ACTIONS(115), 1,
      sym_local,
    STATE(321), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(90), 3,
      anon_sym_RBRACE,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(8), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    ACTIONS(113), 16,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
  [805] = 20,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(118), 1,
      sym_identifier,
    ACTIONS(120), 1,
      anon_sym_LBRACK,
    ACTIONS(122), 1,
      anon_sym_LPAREN,
    ACTIONS(124), 1,
      anon_sym_yield,
    ACTIONS(126), 1,
      anon_sym_AMP,
    ACTIONS(128), 1,
      anon_sym_STAR,
    ACTIONS(132), 1,
      sym_no_retag,
    ACTIONS(134), 1,
      sym_deref_copy,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(138), 1,
      sym__path_bracketed,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(175), 1,
      sym_path,
    STATE(285), 1,
      sym_operand,
    STATE(287), 1,
      sym_call_expr,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(575), 8,
      sym_thread_local_ref,
      sym_raw_ptr,
      sym_ref,
      sym_cast,
      sym_aggregate,
      sym_tuple,
      sym_array,
      sym_repeat,
  [878] = 18,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(118), 1,
      sym_identifier,
    ACTIONS(120), 1,
      anon_sym_LBRACK,
    ACTIONS(122), 1,
      anon_sym_LPAREN,
    ACTIONS(126), 1,
      anon_sym_AMP,
    ACTIONS(128), 1,
      anon_sym_STAR,
    ACTIONS(132), 1,
      sym_no_retag,
    ACTIONS(134), 1,
      sym_deref_copy,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(138), 1,
      sym__path_bracketed,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(175), 1,
      sym_path,
    STATE(285), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(575), 9,
      sym_thread_local_ref,
      sym_raw_ptr,
      sym_ref,
      sym_cast,
      sym_call_expr,
      sym_aggregate,
      sym_tuple,
      sym_array,
      sym_repeat,
  [946] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(142), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(140), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [983] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(146), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(144), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1020] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(150), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(148), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1057] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(154), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(152), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1094] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(158), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(156), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1131] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(162), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(160), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1168] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(166), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(164), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1205] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(170), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(168), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1242] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(174), 7,
      anon_sym_RBRACE,
      anon_sym_LPAREN,
      aux_sym_storage_live_token1,
      aux_sym_storage_dead_token1,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
      sym_local,
    ACTIONS(172), 21,
      anon_sym_StorageLive,
      anon_sym_StorageDead,
      anon_sym_discriminant,
      anon_sym_nop,
      anon_sym_async,
      anon_sym_drop,
      anon_sym_abort,
      anon_sym_terminate,
      anon_sym_goto,
      anon_sym_switchInt,
      anon_sym_return,
      anon_sym_resume,
      anon_sym_unreachable,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
      anon_sym_assert,
      anon_sym_falseEdge,
      anon_sym_falseEdges,
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1279] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(176), 1,
      ts_builtin_sym_end,
    ACTIONS(178), 1,
      sym_block_comment,
    ACTIONS(181), 1,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
    ACTIONS(184), 1,
      aux_sym_layout_comment_token1,
    ACTIONS(187), 1,
      anon_sym_fn,
    ACTIONS(190), 1,
      anon_sym_const,
    ACTIONS(193), 1,
      anon_sym_static,
    ACTIONS(196), 1,
      anon_sym_promoted,
    ACTIONS(199), 1,
      sym_alloc_name,
    ACTIONS(202), 1,
      sym__item_path_text,
    STATE(20), 9,
      sym_mir_header,
      sym_layout_comment,
      sym_function,
      sym_const_item,
      sym_static_item,
      sym_anon_const_item,
      sym_promoted_item,
      sym_alloc,
      aux_sym_source_file_repeat1,
  [1327] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(11), 1,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
    ACTIONS(13), 1,
      aux_sym_layout_comment_token1,
    ACTIONS(15), 1,
      anon_sym_fn,
    ACTIONS(17), 1,
      anon_sym_const,
    ACTIONS(19), 1,
      anon_sym_static,
    ACTIONS(21), 1,
      anon_sym_promoted,
    ACTIONS(23), 1,
      sym_alloc_name,
    ACTIONS(25), 1,
      sym__item_path_text,
    ACTIONS(205), 1,
      ts_builtin_sym_end,
    ACTIONS(207), 1,
      sym_block_comment,
    STATE(20), 9,
      sym_mir_header,
      sym_layout_comment,
      sym_function,
      sym_const_item,
      sym_static_item,
      sym_anon_const_item,
      sym_promoted_item,
      sym_alloc,
      aux_sym_source_file_repeat1,
  [1375] = 12,
    ACTIONS(209), 1,
      anon_sym_RBRACE,
    ACTIONS(211), 1,
      anon_sym_scope,
    ACTIONS(213), 1,
      anon_sym_coroutine,
    ACTIONS(215), 1,
      anon_sym_debug,
    ACTIONS(217), 1,
      anon_sym_coverage,
    ACTIONS(219), 1,
      aux_sym_let_token1,
    ACTIONS(221), 1,
      anon_sym_let,
    ACTIONS(223), 1,
      aux_sym_basic_block_token1,
    ACTIONS(225), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(163), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
    STATE(28), 7,
      sym_layout_block,
      sym_coroutine_debug,
      sym_coverage_mapping,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1420] = 12,
    ACTIONS(211), 1,
      anon_sym_scope,
    ACTIONS(213), 1,
      anon_sym_coroutine,
    ACTIONS(215), 1,
      anon_sym_debug,
    ACTIONS(217), 1,
      anon_sym_coverage,
    ACTIONS(219), 1,
      aux_sym_let_token1,
    ACTIONS(221), 1,
      anon_sym_let,
    ACTIONS(223), 1,
      aux_sym_basic_block_token1,
    ACTIONS(225), 1,
      sym_label,
    ACTIONS(227), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(156), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
    STATE(22), 7,
      sym_layout_block,
      sym_coroutine_debug,
      sym_coverage_mapping,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1465] = 14,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(118), 1,
      sym_identifier,
    ACTIONS(132), 1,
      sym_no_retag,
    ACTIONS(134), 1,
      sym_deref_copy,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(138), 1,
      sym__path_bracketed,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(681), 1,
      sym_call_expr,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(679), 2,
      sym_path,
      sym_operand,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1514] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(229), 1,
      anon_sym_RPAREN,
    ACTIONS(231), 1,
      sym_no_retag,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(232), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(233), 2,
      sym__arg_type_text,
      sym_string,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1558] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(235), 1,
      anon_sym_RPAREN,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(363), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(237), 2,
      sym__arg_type_text,
      sym_string,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1602] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(239), 1,
      anon_sym_RPAREN,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(363), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(237), 2,
      sym__arg_type_text,
      sym_string,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1646] = 10,
    ACTIONS(243), 1,
      anon_sym_scope,
    ACTIONS(246), 1,
      anon_sym_coroutine,
    ACTIONS(249), 1,
      anon_sym_debug,
    ACTIONS(252), 1,
      anon_sym_coverage,
    ACTIONS(255), 1,
      aux_sym_let_token1,
    ACTIONS(258), 1,
      anon_sym_let,
    ACTIONS(261), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(241), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
    STATE(28), 7,
      sym_layout_block,
      sym_coroutine_debug,
      sym_coverage_mapping,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1685] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(263), 1,
      anon_sym_RPAREN,
    ACTIONS(265), 1,
      anon_sym_STAR,
    STATE(126), 1,
      sym_constant,
    STATE(143), 1,
      sym_place,
    STATE(219), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1728] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(363), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(237), 2,
      sym__arg_type_text,
      sym_string,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1769] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(263), 1,
      anon_sym_RPAREN,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(219), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1809] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(267), 1,
      sym_not,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(606), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1849] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(269), 1,
      anon_sym_RPAREN,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(257), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1889] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(271), 1,
      anon_sym_RBRACK,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(190), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1929] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(273), 1,
      anon_sym_RBRACK,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(257), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1969] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(275), 1,
      anon_sym_RPAREN,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(257), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2009] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    ACTIONS(277), 1,
      anon_sym_RBRACK,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(257), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2049] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(132), 1,
      sym_no_retag,
    ACTIONS(134), 1,
      sym_deref_copy,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(279), 1,
      sym_identifier,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(610), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2091] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(283), 1,
      anon_sym_SLASH_STARtls_STAR_SLASH,
    ACTIONS(285), 1,
      sym_region,
    ACTIONS(287), 1,
      anon_sym_raw,
    ACTIONS(289), 1,
      anon_sym_fake,
    STATE(132), 1,
      sym_ref_kind,
    STATE(404), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(281), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2131] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(497), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2168] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(309), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2205] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(469), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2242] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(231), 1,
      sym_no_retag,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(257), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2279] = 9,
    ACTIONS(211), 1,
      anon_sym_scope,
    ACTIONS(213), 1,
      anon_sym_coroutine,
    ACTIONS(215), 1,
      anon_sym_debug,
    ACTIONS(217), 1,
      anon_sym_coverage,
    ACTIONS(219), 1,
      aux_sym_let_token1,
    ACTIONS(221), 1,
      anon_sym_let,
    ACTIONS(291), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(28), 7,
      sym_layout_block,
      sym_coroutine_debug,
      sym_coverage_mapping,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2314] = 9,
    ACTIONS(211), 1,
      anon_sym_scope,
    ACTIONS(213), 1,
      anon_sym_coroutine,
    ACTIONS(215), 1,
      anon_sym_debug,
    ACTIONS(217), 1,
      anon_sym_coverage,
    ACTIONS(219), 1,
      aux_sym_let_token1,
    ACTIONS(221), 1,
      anon_sym_let,
    ACTIONS(293), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(47), 7,
      sym_layout_block,
      sym_coroutine_debug,
      sym_coverage_mapping,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2349] = 9,
    ACTIONS(211), 1,
      anon_sym_scope,
    ACTIONS(213), 1,
      anon_sym_coroutine,
    ACTIONS(215), 1,
      anon_sym_debug,
    ACTIONS(217), 1,
      anon_sym_coverage,
    ACTIONS(219), 1,
      aux_sym_let_token1,
    ACTIONS(221), 1,
      anon_sym_let,
    ACTIONS(295), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(44), 7,
      sym_layout_block,
      sym_coroutine_debug,
      sym_coverage_mapping,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2384] = 9,
    ACTIONS(211), 1,
      anon_sym_scope,
    ACTIONS(213), 1,
      anon_sym_coroutine,
    ACTIONS(215), 1,
      anon_sym_debug,
    ACTIONS(217), 1,
      anon_sym_coverage,
    ACTIONS(219), 1,
      aux_sym_let_token1,
    ACTIONS(221), 1,
      anon_sym_let,
    ACTIONS(297), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(28), 7,
      sym_layout_block,
      sym_coroutine_debug,
      sym_coverage_mapping,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2419] = 9,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(287), 1,
      anon_sym_raw,
    ACTIONS(289), 1,
      anon_sym_fake,
    STATE(130), 1,
      sym_ref_kind,
    STATE(407), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(281), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2453] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(301), 1,
      sym_block_comment,
    ACTIONS(303), 1,
      anon_sym_LBRACE,
    ACTIONS(299), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2477] = 8,
    ACTIONS(305), 1,
      sym_identifier,
    ACTIONS(307), 1,
      anon_sym_RBRACE,
    ACTIONS(309), 1,
      anon_sym_upvar_start,
    ACTIONS(311), 1,
      anon_sym_field_tys,
    ACTIONS(313), 1,
      anon_sym_variant_fields,
    ACTIONS(315), 1,
      anon_sym_storage_conflicts,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(403), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2507] = 8,
    ACTIONS(305), 1,
      sym_identifier,
    ACTIONS(309), 1,
      anon_sym_upvar_start,
    ACTIONS(311), 1,
      anon_sym_field_tys,
    ACTIONS(313), 1,
      anon_sym_variant_fields,
    ACTIONS(315), 1,
      anon_sym_storage_conflicts,
    ACTIONS(317), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(403), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2537] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(321), 1,
      sym_block_comment,
    ACTIONS(323), 1,
      anon_sym_LBRACE,
    ACTIONS(319), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2561] = 8,
    ACTIONS(305), 1,
      sym_identifier,
    ACTIONS(309), 1,
      anon_sym_upvar_start,
    ACTIONS(311), 1,
      anon_sym_field_tys,
    ACTIONS(313), 1,
      anon_sym_variant_fields,
    ACTIONS(315), 1,
      anon_sym_storage_conflicts,
    ACTIONS(325), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(259), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2591] = 7,
    ACTIONS(305), 1,
      sym_identifier,
    ACTIONS(309), 1,
      anon_sym_upvar_start,
    ACTIONS(311), 1,
      anon_sym_field_tys,
    ACTIONS(313), 1,
      anon_sym_variant_fields,
    ACTIONS(315), 1,
      anon_sym_storage_conflicts,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(403), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2618] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(329), 1,
      sym_block_comment,
    ACTIONS(327), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2639] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(331), 10,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_EQ,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
      anon_sym_DOT,
  [2656] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(335), 1,
      sym_block_comment,
    ACTIONS(333), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2677] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(339), 1,
      sym_block_comment,
    ACTIONS(337), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2698] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(343), 1,
      sym_block_comment,
    ACTIONS(341), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2719] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(347), 1,
      sym_block_comment,
    ACTIONS(345), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2740] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(349), 10,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_EQ,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
      anon_sym_DOT,
  [2757] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(351), 10,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_EQ,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
      anon_sym_DOT,
  [2774] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(355), 1,
      sym_block_comment,
    ACTIONS(353), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2795] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(359), 1,
      sym_block_comment,
    ACTIONS(357), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2816] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(363), 1,
      sym_block_comment,
    ACTIONS(361), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2837] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(367), 1,
      sym_block_comment,
    ACTIONS(365), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2858] = 8,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(369), 1,
      sym__debug_text,
    STATE(334), 1,
      sym_place,
    STATE(641), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2887] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(373), 1,
      sym_block_comment,
    ACTIONS(371), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2908] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(377), 1,
      sym_block_comment,
    ACTIONS(375), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2929] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(379), 10,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_EQ,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
      anon_sym_DOT,
  [2946] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(383), 1,
      sym_block_comment,
    ACTIONS(381), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2967] = 4,
    ACTIONS(387), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(389), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(385), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [2988] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(393), 1,
      sym_block_comment,
    ACTIONS(391), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3009] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(397), 1,
      sym_block_comment,
    ACTIONS(395), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3030] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(401), 1,
      sym_block_comment,
    ACTIONS(399), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3051] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(405), 1,
      sym_block_comment,
    ACTIONS(403), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3072] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(409), 1,
      sym_block_comment,
    ACTIONS(407), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3093] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(413), 1,
      sym_block_comment,
    ACTIONS(411), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3114] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(417), 1,
      sym_block_comment,
    ACTIONS(415), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3135] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(421), 1,
      sym_block_comment,
    ACTIONS(419), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3156] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(425), 1,
      sym_block_comment,
    ACTIONS(423), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3177] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(429), 1,
      sym_block_comment,
    ACTIONS(427), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3198] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(433), 1,
      sym_block_comment,
    ACTIONS(431), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3219] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(437), 1,
      sym_block_comment,
    ACTIONS(435), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3240] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(441), 1,
      sym_block_comment,
    ACTIONS(439), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3261] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(443), 10,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_EQ,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
      anon_sym_DOT,
  [3278] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(445), 10,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_EQ,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
      anon_sym_DOT,
  [3295] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(449), 1,
      sym_block_comment,
    ACTIONS(447), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3316] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(453), 1,
      sym_block_comment,
    ACTIONS(451), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3337] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(455), 10,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_EQ,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
      anon_sym_DOT,
  [3354] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(459), 1,
      sym_block_comment,
    ACTIONS(457), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3375] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(461), 10,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_EQ,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
      anon_sym_DOT,
  [3392] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(465), 1,
      sym_block_comment,
    ACTIONS(463), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3413] = 8,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(467), 1,
      sym__debug_text,
    STATE(338), 1,
      sym_place,
    STATE(642), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3442] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(471), 1,
      sym_block_comment,
    ACTIONS(469), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3463] = 8,
    ACTIONS(473), 1,
      sym_identifier,
    ACTIONS(475), 1,
      anon_sym_RBRACK,
    ACTIONS(479), 1,
      anon_sym_unwind,
    ACTIONS(481), 1,
      sym_integer,
    STATE(369), 1,
      sym_target,
    STATE(377), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(477), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3491] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(485), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(483), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3509] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(489), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(487), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3527] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(493), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(491), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3545] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(497), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(495), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3563] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(501), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(499), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3581] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(505), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(503), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3599] = 8,
    ACTIONS(473), 1,
      sym_identifier,
    ACTIONS(479), 1,
      anon_sym_unwind,
    ACTIONS(481), 1,
      sym_integer,
    ACTIONS(507), 1,
      anon_sym_RBRACK,
    STATE(369), 1,
      sym_target,
    STATE(377), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(477), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3627] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(511), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(509), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3645] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(515), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(513), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3663] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(519), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(517), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3681] = 8,
    ACTIONS(118), 1,
      sym_identifier,
    ACTIONS(138), 1,
      sym__path_bracketed,
    ACTIONS(523), 1,
      anon_sym_raw,
    ACTIONS(525), 1,
      anon_sym_fake,
    STATE(211), 1,
      sym_ref_kind,
    STATE(471), 1,
      sym_path,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(521), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
  [3709] = 8,
    ACTIONS(473), 1,
      sym_identifier,
    ACTIONS(479), 1,
      anon_sym_unwind,
    ACTIONS(481), 1,
      sym_integer,
    ACTIONS(527), 1,
      anon_sym_RBRACK,
    STATE(245), 1,
      sym_target,
    STATE(377), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(477), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3737] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(531), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(529), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3755] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(535), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(533), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3773] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(539), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(537), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3791] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(543), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(541), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3809] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(547), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(545), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3827] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(551), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(549), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3845] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(555), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(553), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3863] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(559), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(557), 7,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      anon_sym_coverage,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3881] = 6,
    ACTIONS(561), 1,
      anon_sym_RBRACE,
    ACTIONS(563), 1,
      anon_sym_variant_fields,
    ACTIONS(566), 1,
      anon_sym_storage_conflicts,
    ACTIONS(569), 1,
      anon_sym_field,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(117), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3904] = 7,
    ACTIONS(473), 1,
      sym_identifier,
    ACTIONS(479), 1,
      anon_sym_unwind,
    ACTIONS(481), 1,
      sym_integer,
    STATE(369), 1,
      sym_target,
    STATE(377), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(477), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3929] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(572), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3946] = 6,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(265), 1,
      anon_sym_STAR,
    STATE(222), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3969] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(576), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3986] = 6,
    ACTIONS(578), 1,
      anon_sym_RBRACE,
    ACTIONS(580), 1,
      anon_sym_variant_fields,
    ACTIONS(582), 1,
      anon_sym_storage_conflicts,
    ACTIONS(584), 1,
      anon_sym_field,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(117), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [4009] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(586), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4026] = 6,
    ACTIONS(580), 1,
      anon_sym_variant_fields,
    ACTIONS(582), 1,
      anon_sym_storage_conflicts,
    ACTIONS(584), 1,
      anon_sym_field,
    ACTIONS(588), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(122), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [4049] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(322), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4069] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(590), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4083] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(325), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4103] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(123), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4123] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(286), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4143] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(353), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4163] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(247), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4183] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(394), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4203] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(592), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4217] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(121), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(61), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4237] = 6,
    ACTIONS(594), 1,
      sym_identifier,
    ACTIONS(596), 1,
      anon_sym_RBRACK,
    STATE(289), 1,
      sym_switch_arm,
    STATE(572), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(598), 2,
      sym_integer,
      sym_char,
  [4258] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(600), 6,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_COLON,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
      anon_sym_SEMI,
  [4271] = 6,
    ACTIONS(594), 1,
      sym_identifier,
    ACTIONS(602), 1,
      anon_sym_RBRACK,
    STATE(343), 1,
      sym_switch_arm,
    STATE(572), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(598), 2,
      sym_integer,
      sym_char,
  [4292] = 6,
    ACTIONS(594), 1,
      sym_identifier,
    ACTIONS(604), 1,
      anon_sym_RBRACK,
    STATE(343), 1,
      sym_switch_arm,
    STATE(572), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(598), 2,
      sym_integer,
      sym_char,
  [4313] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(606), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4325] = 5,
    ACTIONS(608), 1,
      anon_sym_RBRACE,
    ACTIONS(610), 1,
      aux_sym_basic_block_token1,
    ACTIONS(613), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(140), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4343] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(616), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4355] = 3,
    ACTIONS(620), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(618), 4,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4369] = 5,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(622), 1,
      anon_sym_as,
    ACTIONS(624), 1,
      anon_sym_DOT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(572), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [4387] = 6,
    ACTIONS(626), 1,
      sym_identifier,
    ACTIONS(628), 1,
      anon_sym_RBRACE,
    ACTIONS(630), 1,
      anon_sym_ty,
    ACTIONS(632), 1,
      anon_sym_source_info,
    STATE(305), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4407] = 5,
    ACTIONS(594), 1,
      sym_identifier,
    STATE(343), 1,
      sym_switch_arm,
    STATE(572), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(598), 2,
      sym_integer,
      sym_char,
  [4425] = 6,
    ACTIONS(626), 1,
      sym_identifier,
    ACTIONS(630), 1,
      anon_sym_ty,
    ACTIONS(632), 1,
      anon_sym_source_info,
    ACTIONS(634), 1,
      anon_sym_RBRACE,
    STATE(305), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4445] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(636), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4457] = 5,
    ACTIONS(638), 1,
      anon_sym_RBRACE,
    STATE(328), 1,
      sym_saved_field,
    STATE(715), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4475] = 6,
    ACTIONS(626), 1,
      sym_identifier,
    ACTIONS(630), 1,
      anon_sym_ty,
    ACTIONS(632), 1,
      anon_sym_source_info,
    ACTIONS(642), 1,
      anon_sym_RBRACE,
    STATE(305), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4495] = 6,
    ACTIONS(626), 1,
      sym_identifier,
    ACTIONS(630), 1,
      anon_sym_ty,
    ACTIONS(632), 1,
      anon_sym_source_info,
    ACTIONS(644), 1,
      anon_sym_RBRACE,
    STATE(305), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4515] = 3,
    ACTIONS(648), 1,
      sym__path_rest,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(646), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4529] = 6,
    ACTIONS(626), 1,
      sym_identifier,
    ACTIONS(630), 1,
      anon_sym_ty,
    ACTIONS(632), 1,
      anon_sym_source_info,
    ACTIONS(650), 1,
      anon_sym_RBRACE,
    STATE(305), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4549] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(652), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4561] = 5,
    ACTIONS(654), 1,
      anon_sym_RBRACE,
    STATE(203), 1,
      sym_saved_field,
    STATE(715), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4579] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(656), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4591] = 5,
    ACTIONS(209), 1,
      anon_sym_RBRACE,
    ACTIONS(223), 1,
      aux_sym_basic_block_token1,
    ACTIONS(225), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(140), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4609] = 5,
    ACTIONS(658), 1,
      anon_sym_RBRACE,
    STATE(328), 1,
      sym_saved_field,
    STATE(715), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4627] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(660), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4639] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(662), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4651] = 6,
    ACTIONS(626), 1,
      sym_identifier,
    ACTIONS(664), 1,
      anon_sym_RBRACE,
    ACTIONS(666), 1,
      anon_sym_ty,
    ACTIONS(668), 1,
      anon_sym_source_info,
    STATE(234), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4671] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(670), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4683] = 6,
    ACTIONS(626), 1,
      sym_identifier,
    ACTIONS(630), 1,
      anon_sym_ty,
    ACTIONS(632), 1,
      anon_sym_source_info,
    ACTIONS(672), 1,
      anon_sym_RBRACE,
    STATE(305), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4703] = 5,
    ACTIONS(223), 1,
      aux_sym_basic_block_token1,
    ACTIONS(225), 1,
      sym_label,
    ACTIONS(674), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(140), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4721] = 5,
    ACTIONS(676), 1,
      anon_sym_RBRACE,
    ACTIONS(678), 1,
      anon_sym_LPAREN,
    ACTIONS(680), 1,
      aux_sym_conflict_token1,
    STATE(315), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4738] = 5,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    ACTIONS(684), 1,
      anon_sym_DASH_GT,
    ACTIONS(686), 1,
      anon_sym_yields,
    STATE(88), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4755] = 4,
    ACTIONS(690), 1,
      anon_sym_RBRACE,
    STATE(308), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(688), 2,
      sym_identifier,
      sym_integer,
  [4770] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(646), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4781] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(692), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4792] = 4,
    STATE(328), 1,
      sym_saved_field,
    STATE(715), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4807] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(694), 4,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4818] = 5,
    ACTIONS(696), 1,
      anon_sym_RBRACE,
    ACTIONS(698), 1,
      sym_elided,
    ACTIONS(700), 1,
      sym_alloc_line,
    STATE(260), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4835] = 5,
    ACTIONS(678), 1,
      anon_sym_LPAREN,
    ACTIONS(680), 1,
      aux_sym_conflict_token1,
    ACTIONS(702), 1,
      anon_sym_RBRACE,
    STATE(315), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4852] = 4,
    ACTIONS(704), 1,
      anon_sym_COLON,
    ACTIONS(706), 1,
      anon_sym_terminate,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(708), 2,
      anon_sym_unreachable,
      anon_sym_continue,
  [4867] = 3,
    ACTIONS(712), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(710), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [4880] = 5,
    ACTIONS(714), 1,
      anon_sym_LBRACE,
    ACTIONS(716), 1,
      anon_sym_LPAREN,
    ACTIONS(718), 1,
      anon_sym_SEMI,
    ACTIONS(720), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4897] = 5,
    ACTIONS(722), 1,
      anon_sym_SEMI,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    ACTIONS(726), 1,
      sym__raw_text,
    STATE(673), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4914] = 5,
    ACTIONS(678), 1,
      anon_sym_LPAREN,
    ACTIONS(680), 1,
      aux_sym_conflict_token1,
    ACTIONS(728), 1,
      anon_sym_RBRACE,
    STATE(238), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4931] = 4,
    ACTIONS(730), 1,
      anon_sym_RBRACK,
    STATE(295), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4946] = 5,
    ACTIONS(626), 1,
      sym_identifier,
    ACTIONS(630), 1,
      anon_sym_ty,
    ACTIONS(632), 1,
      anon_sym_source_info,
    STATE(305), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4963] = 4,
    ACTIONS(732), 1,
      anon_sym_RBRACK,
    STATE(378), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4978] = 5,
    ACTIONS(734), 1,
      anon_sym_LBRACK,
    ACTIONS(736), 1,
      sym_label,
    ACTIONS(738), 1,
      anon_sym_unwind,
    STATE(622), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4995] = 5,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    ACTIONS(740), 1,
      anon_sym_DASH_GT,
    ACTIONS(742), 1,
      anon_sym_yields,
    STATE(75), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5012] = 4,
    ACTIONS(744), 1,
      anon_sym_RBRACE,
    STATE(308), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(688), 2,
      sym_identifier,
      sym_integer,
  [5027] = 4,
    ACTIONS(746), 1,
      anon_sym_RBRACE,
    STATE(221), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(688), 2,
      sym_identifier,
      sym_integer,
  [5042] = 4,
    ACTIONS(748), 1,
      anon_sym_COMMA,
    STATE(185), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(751), 2,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
  [5057] = 5,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    ACTIONS(753), 1,
      anon_sym_DASH_GT,
    ACTIONS(755), 1,
      anon_sym_yields,
    STATE(84), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5074] = 5,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    ACTIONS(757), 1,
      anon_sym_DASH_GT,
    ACTIONS(759), 1,
      anon_sym_yields,
    STATE(64), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5091] = 5,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(85), 1,
      sym_body,
    STATE(528), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5108] = 4,
    ACTIONS(761), 1,
      anon_sym_RBRACK,
    STATE(378), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5123] = 5,
    ACTIONS(763), 1,
      anon_sym_COMMA,
    ACTIONS(765), 1,
      anon_sym_RBRACK,
    ACTIONS(767), 1,
      anon_sym_SEMI,
    STATE(207), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5140] = 5,
    ACTIONS(769), 1,
      anon_sym_RBRACE,
    ACTIONS(771), 1,
      sym_elided,
    ACTIONS(773), 1,
      sym_alloc_line,
    STATE(194), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5157] = 4,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    ACTIONS(775), 1,
      anon_sym_yields,
    STATE(65), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5171] = 4,
    ACTIONS(777), 1,
      anon_sym_COMMA,
    ACTIONS(779), 1,
      anon_sym_RPAREN,
    STATE(185), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5185] = 4,
    ACTIONS(696), 1,
      anon_sym_RBRACE,
    ACTIONS(781), 1,
      sym_alloc_line,
    STATE(261), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5199] = 4,
    ACTIONS(507), 1,
      anon_sym_RBRACK,
    ACTIONS(783), 1,
      anon_sym_COMMA,
    STATE(250), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5213] = 4,
    ACTIONS(785), 1,
      anon_sym_COMMA,
    ACTIONS(787), 1,
      anon_sym_RPAREN,
    STATE(244), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5227] = 4,
    ACTIONS(789), 1,
      sym_identifier,
    ACTIONS(791), 1,
      anon_sym_LPAREN,
    STATE(550), 1,
      sym_projection_name,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5241] = 4,
    ACTIONS(777), 1,
      anon_sym_COMMA,
    ACTIONS(793), 1,
      anon_sym_RPAREN,
    STATE(254), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5255] = 4,
    ACTIONS(795), 1,
      anon_sym_mut,
    ACTIONS(797), 1,
      sym_local,
    STATE(573), 1,
      sym_mutable,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5269] = 3,
    ACTIONS(801), 1,
      anon_sym_LPARENfake_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(799), 2,
      sym__path_bracketed,
      sym_identifier,
  [5281] = 4,
    ACTIONS(803), 1,
      sym_identifier,
    ACTIONS(805), 1,
      anon_sym_shallow,
    ACTIONS(807), 1,
      sym__path_bracketed,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5295] = 4,
    ACTIONS(235), 1,
      anon_sym_RPAREN,
    ACTIONS(809), 1,
      anon_sym_COMMA,
    STATE(256), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5309] = 4,
    ACTIONS(811), 1,
      anon_sym_COMMA,
    ACTIONS(813), 1,
      anon_sym_RBRACE,
    STATE(248), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5323] = 4,
    ACTIONS(815), 1,
      anon_sym_COLON,
    ACTIONS(817), 1,
      anon_sym_LPAREN,
    STATE(716), 1,
      sym_cleanup,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5337] = 4,
    ACTIONS(819), 1,
      sym_identifier,
    ACTIONS(821), 1,
      anon_sym_RBRACE,
    STATE(206), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5351] = 4,
    ACTIONS(823), 1,
      anon_sym_COMMA,
    ACTIONS(825), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5365] = 4,
    ACTIONS(273), 1,
      anon_sym_RBRACK,
    ACTIONS(827), 1,
      anon_sym_COMMA,
    STATE(185), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5379] = 3,
    ACTIONS(831), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(829), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5391] = 3,
    ACTIONS(835), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(833), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5403] = 4,
    ACTIONS(269), 1,
      anon_sym_RPAREN,
    ACTIONS(837), 1,
      anon_sym_COMMA,
    STATE(185), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5417] = 4,
    ACTIONS(138), 1,
      sym__path_bracketed,
    ACTIONS(839), 1,
      sym_identifier,
    STATE(535), 1,
      sym_path,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5431] = 4,
    ACTIONS(307), 1,
      anon_sym_RBRACE,
    ACTIONS(841), 1,
      anon_sym_COMMA,
    STATE(215), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5445] = 4,
    ACTIONS(799), 1,
      sym_local,
    ACTIONS(843), 1,
      anon_sym_LPAREN,
    ACTIONS(845), 1,
      anon_sym_LPARENfake_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5459] = 3,
    ACTIONS(847), 1,
      anon_sym_shallow,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(807), 2,
      anon_sym_LPAREN,
      sym_local,
  [5471] = 4,
    ACTIONS(849), 1,
      anon_sym_COMMA,
    ACTIONS(852), 1,
      anon_sym_RBRACE,
    STATE(215), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5485] = 4,
    ACTIONS(854), 1,
      anon_sym_RBRACE,
    ACTIONS(856), 1,
      anon_sym_span,
    ACTIONS(858), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5499] = 4,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    ACTIONS(860), 1,
      anon_sym_yields,
    STATE(68), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5513] = 4,
    ACTIONS(862), 1,
      anon_sym_COMMA,
    ACTIONS(865), 1,
      anon_sym_RBRACE,
    STATE(218), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5527] = 4,
    ACTIONS(867), 1,
      anon_sym_COMMA,
    ACTIONS(869), 1,
      anon_sym_RPAREN,
    STATE(210), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5541] = 4,
    ACTIONS(856), 1,
      anon_sym_span,
    ACTIONS(858), 1,
      anon_sym_scope,
    ACTIONS(871), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5555] = 4,
    ACTIONS(873), 1,
      anon_sym_COMMA,
    ACTIONS(875), 1,
      anon_sym_RBRACE,
    STATE(265), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5569] = 4,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(622), 1,
      anon_sym_as,
    ACTIONS(624), 1,
      anon_sym_DOT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5583] = 4,
    ACTIONS(877), 1,
      anon_sym_COMMA,
    ACTIONS(879), 1,
      anon_sym_RBRACE,
    STATE(218), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5597] = 3,
    ACTIONS(883), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(881), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5609] = 4,
    ACTIONS(856), 1,
      anon_sym_span,
    ACTIONS(858), 1,
      anon_sym_scope,
    ACTIONS(885), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5623] = 4,
    ACTIONS(887), 1,
      anon_sym_COMMA,
    ACTIONS(889), 1,
      anon_sym_RBRACE,
    STATE(218), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5637] = 3,
    ACTIONS(893), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(891), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5649] = 4,
    ACTIONS(856), 1,
      anon_sym_span,
    ACTIONS(858), 1,
      anon_sym_scope,
    ACTIONS(895), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5663] = 4,
    ACTIONS(897), 1,
      anon_sym_COMMA,
    ACTIONS(899), 1,
      anon_sym_RBRACE,
    STATE(223), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5677] = 4,
    ACTIONS(901), 1,
      anon_sym_COMMA,
    ACTIONS(903), 1,
      anon_sym_RBRACE,
    STATE(226), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5691] = 3,
    STATE(378), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5703] = 4,
    ACTIONS(905), 1,
      anon_sym_COMMA,
    ACTIONS(907), 1,
      anon_sym_RPAREN,
    STATE(202), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5717] = 4,
    ACTIONS(909), 1,
      anon_sym_RPAREN,
    ACTIONS(911), 1,
      sym_local,
    STATE(393), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5731] = 4,
    ACTIONS(913), 1,
      anon_sym_COMMA,
    ACTIONS(915), 1,
      anon_sym_RBRACE,
    STATE(274), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5745] = 3,
    STATE(552), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5757] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(917), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
  [5767] = 4,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    ACTIONS(919), 1,
      anon_sym_SEMI,
    STATE(457), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5781] = 4,
    ACTIONS(921), 1,
      anon_sym_COMMA,
    ACTIONS(923), 1,
      anon_sym_RBRACE,
    STATE(275), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5795] = 4,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    ACTIONS(925), 1,
      anon_sym_SEMI,
    STATE(591), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5809] = 4,
    ACTIONS(927), 1,
      anon_sym_COMMA,
    ACTIONS(930), 1,
      anon_sym_RBRACK,
    STATE(240), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5823] = 3,
    ACTIONS(934), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(932), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5835] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(710), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [5845] = 3,
    ACTIONS(938), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(936), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5857] = 4,
    ACTIONS(940), 1,
      anon_sym_COMMA,
    ACTIONS(943), 1,
      anon_sym_RPAREN,
    STATE(244), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5871] = 4,
    ACTIONS(945), 1,
      anon_sym_COMMA,
    ACTIONS(947), 1,
      anon_sym_RBRACK,
    STATE(195), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5885] = 3,
    STATE(417), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5897] = 4,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(949), 1,
      anon_sym_RPAREN,
    ACTIONS(951), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5911] = 4,
    ACTIONS(638), 1,
      anon_sym_RBRACE,
    ACTIONS(953), 1,
      anon_sym_COMMA,
    STATE(276), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5925] = 4,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(957), 1,
      sym__type_text,
    STATE(333), 1,
      sym_saved_ty,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5939] = 4,
    ACTIONS(959), 1,
      anon_sym_COMMA,
    ACTIONS(962), 1,
      anon_sym_RBRACK,
    STATE(250), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5953] = 4,
    ACTIONS(819), 1,
      sym_identifier,
    ACTIONS(964), 1,
      anon_sym_RBRACE,
    STATE(336), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5967] = 4,
    ACTIONS(964), 1,
      anon_sym_RBRACE,
    ACTIONS(966), 1,
      anon_sym_COMMA,
    STATE(272), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5981] = 4,
    ACTIONS(777), 1,
      anon_sym_COMMA,
    ACTIONS(968), 1,
      anon_sym_RPAREN,
    STATE(193), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5995] = 4,
    ACTIONS(777), 1,
      anon_sym_COMMA,
    ACTIONS(970), 1,
      anon_sym_RPAREN,
    STATE(185), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6009] = 4,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    ACTIONS(972), 1,
      anon_sym_yields,
    STATE(55), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6023] = 4,
    ACTIONS(974), 1,
      anon_sym_COMMA,
    ACTIONS(977), 1,
      anon_sym_RPAREN,
    STATE(256), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6037] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(751), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
  [6047] = 4,
    ACTIONS(979), 1,
      anon_sym_COMMA,
    ACTIONS(981), 1,
      anon_sym_RPAREN,
    STATE(196), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6061] = 4,
    ACTIONS(983), 1,
      anon_sym_COMMA,
    ACTIONS(985), 1,
      anon_sym_RBRACE,
    STATE(212), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6075] = 4,
    ACTIONS(781), 1,
      sym_alloc_line,
    ACTIONS(987), 1,
      anon_sym_RBRACE,
    STATE(261), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6089] = 4,
    ACTIONS(989), 1,
      anon_sym_RBRACE,
    ACTIONS(991), 1,
      sym_alloc_line,
    STATE(261), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6103] = 4,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    ACTIONS(994), 1,
      anon_sym_yields,
    STATE(79), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6117] = 4,
    ACTIONS(996), 1,
      anon_sym_COMMA,
    ACTIONS(999), 1,
      anon_sym_RBRACK,
    STATE(263), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6131] = 4,
    ACTIONS(791), 1,
      anon_sym_LPAREN,
    ACTIONS(1001), 1,
      sym_identifier,
    STATE(704), 1,
      sym_projection_name,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6145] = 4,
    ACTIONS(744), 1,
      anon_sym_RBRACE,
    ACTIONS(1003), 1,
      anon_sym_COMMA,
    STATE(300), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6159] = 3,
    ACTIONS(1007), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1005), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6171] = 3,
    STATE(538), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6183] = 4,
    ACTIONS(678), 1,
      anon_sym_LPAREN,
    ACTIONS(680), 1,
      aux_sym_conflict_token1,
    STATE(315), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6197] = 3,
    STATE(537), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6209] = 3,
    STATE(536), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6221] = 4,
    ACTIONS(732), 1,
      anon_sym_RBRACK,
    ACTIONS(1009), 1,
      anon_sym_COMMA,
    STATE(240), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6235] = 4,
    ACTIONS(1011), 1,
      anon_sym_COMMA,
    ACTIONS(1014), 1,
      anon_sym_RBRACE,
    STATE(272), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6249] = 4,
    ACTIONS(819), 1,
      sym_identifier,
    ACTIONS(1016), 1,
      anon_sym_RBRACE,
    STATE(336), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6263] = 4,
    ACTIONS(1018), 1,
      anon_sym_COMMA,
    ACTIONS(1020), 1,
      anon_sym_RBRACE,
    STATE(297), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6277] = 4,
    ACTIONS(676), 1,
      anon_sym_RBRACE,
    ACTIONS(1022), 1,
      anon_sym_COMMA,
    STATE(292), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6291] = 4,
    ACTIONS(1024), 1,
      anon_sym_COMMA,
    ACTIONS(1027), 1,
      anon_sym_RBRACE,
    STATE(276), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6305] = 4,
    ACTIONS(911), 1,
      sym_local,
    ACTIONS(1029), 1,
      anon_sym_RPAREN,
    STATE(258), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6319] = 4,
    ACTIONS(1031), 1,
      anon_sym_COMMA,
    ACTIONS(1033), 1,
      anon_sym_RBRACE,
    STATE(297), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6333] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1035), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [6343] = 4,
    ACTIONS(1037), 1,
      sym_identifier,
    ACTIONS(1039), 1,
      anon_sym_subtype,
    ACTIONS(1041), 1,
      sym_variant_index,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6357] = 3,
    ACTIONS(1045), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1043), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6369] = 4,
    ACTIONS(1047), 1,
      anon_sym_RBRACE,
    ACTIONS(1049), 1,
      anon_sym_span,
    ACTIONS(1051), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6383] = 4,
    ACTIONS(1053), 1,
      anon_sym_COMMA,
    ACTIONS(1055), 1,
      anon_sym_RBRACE,
    STATE(297), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6397] = 3,
    ACTIONS(1059), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1057), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6409] = 4,
    ACTIONS(716), 1,
      anon_sym_LPAREN,
    ACTIONS(718), 1,
      anon_sym_SEMI,
    ACTIONS(720), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6423] = 4,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1061), 1,
      anon_sym_COMMA,
    ACTIONS(1063), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6437] = 4,
    ACTIONS(718), 1,
      anon_sym_SEMI,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(474), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6451] = 3,
    STATE(308), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(688), 2,
      sym_identifier,
      sym_integer,
  [6463] = 4,
    ACTIONS(1065), 1,
      anon_sym_COMMA,
    ACTIONS(1067), 1,
      anon_sym_RBRACK,
    STATE(291), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6477] = 3,
    ACTIONS(706), 1,
      anon_sym_terminate,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(708), 2,
      anon_sym_unreachable,
      anon_sym_continue,
  [6489] = 4,
    ACTIONS(602), 1,
      anon_sym_RBRACK,
    ACTIONS(1069), 1,
      anon_sym_COMMA,
    STATE(263), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6503] = 4,
    ACTIONS(1071), 1,
      anon_sym_COMMA,
    ACTIONS(1074), 1,
      anon_sym_RBRACE,
    STATE(292), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6517] = 3,
    ACTIONS(1078), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1076), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6529] = 3,
    STATE(643), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(640), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6541] = 4,
    ACTIONS(1080), 1,
      anon_sym_COMMA,
    ACTIONS(1082), 1,
      anon_sym_RBRACK,
    STATE(271), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6555] = 4,
    ACTIONS(1084), 1,
      anon_sym_COMMA,
    ACTIONS(1086), 1,
      anon_sym_RBRACE,
    STATE(278), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6569] = 4,
    ACTIONS(1088), 1,
      anon_sym_COMMA,
    ACTIONS(1091), 1,
      anon_sym_RBRACE,
    STATE(297), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6583] = 4,
    ACTIONS(1093), 1,
      anon_sym_COMMA,
    ACTIONS(1095), 1,
      anon_sym_RBRACE,
    STATE(283), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6597] = 4,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    ACTIONS(1097), 1,
      anon_sym_SEMI,
    STATE(493), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6611] = 4,
    ACTIONS(1099), 1,
      anon_sym_COMMA,
    ACTIONS(1102), 1,
      anon_sym_RBRACE,
    STATE(300), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6625] = 4,
    ACTIONS(787), 1,
      anon_sym_RPAREN,
    ACTIONS(911), 1,
      sym_local,
    STATE(393), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6639] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(621), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6650] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1104), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6659] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1106), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6668] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1108), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6677] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1110), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6686] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1112), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6695] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1102), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6704] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1114), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6713] = 3,
    ACTIONS(1116), 1,
      anon_sym_RPAREN,
    ACTIONS(1118), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6724] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1120), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [6733] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(624), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6744] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(683), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6755] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1122), 2,
      anon_sym_const,
      anon_sym_mut,
  [6764] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1074), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6773] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(656), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6784] = 3,
    ACTIONS(1124), 1,
      anon_sym_COLON,
    ACTIONS(1126), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6795] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1128), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6804] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(690), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6815] = 3,
    ACTIONS(722), 1,
      anon_sym_SEMI,
    ACTIONS(1130), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6826] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1132), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6837] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1134), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6848] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1136), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6857] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(613), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6868] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1138), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6879] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(58), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6890] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1140), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6899] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1027), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6908] = 3,
    ACTIONS(1142), 1,
      anon_sym_SEMI,
    ACTIONS(1144), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6919] = 3,
    ACTIONS(1146), 1,
      anon_sym_SEMI,
    ACTIONS(1148), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6930] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1150), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6939] = 3,
    ACTIONS(1152), 1,
      anon_sym_SourceInfo,
    STATE(368), 1,
      sym_source_info,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6950] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1154), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6959] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1156), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6970] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1158), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6979] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1014), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6988] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1160), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6997] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1162), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7008] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1164), 2,
      anon_sym_COLON,
      anon_sym_EQ,
  [7017] = 3,
    ACTIONS(1152), 1,
      anon_sym_SourceInfo,
    STATE(296), 1,
      sym_source_info,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7028] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1166), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7037] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1168), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7046] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(999), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7055] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(80), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7066] = 3,
    ACTIONS(1170), 1,
      anon_sym_mut,
    ACTIONS(1172), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7077] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(78), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7088] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(76), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7099] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1174), 2,
      anon_sym_COLON,
      anon_sym_EQ,
  [7108] = 3,
    ACTIONS(1176), 1,
      anon_sym_LPAREN,
    STATE(586), 1,
      sym_tuple,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7119] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1178), 2,
      anon_sym_LPAREN,
      sym_local,
  [7128] = 3,
    ACTIONS(1180), 1,
      anon_sym_LBRACE,
    ACTIONS(1182), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7139] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1184), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7148] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1186), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7159] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(584), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7170] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1188), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7179] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1190), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7188] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1192), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7197] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(91), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7208] = 3,
    ACTIONS(1194), 1,
      anon_sym_LPAREN,
    ACTIONS(1196), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7219] = 3,
    ACTIONS(1198), 1,
      anon_sym_SEMI,
    ACTIONS(1200), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7230] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1202), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7239] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1204), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7248] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(977), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7257] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(81), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7268] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(577), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7279] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(73), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7290] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1206), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7299] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1208), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7308] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(962), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7317] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(447), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7328] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1210), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7337] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1212), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7346] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(566), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7357] = 3,
    ACTIONS(1214), 1,
      anon_sym_COMMA,
    ACTIONS(1216), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7368] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1218), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7377] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1220), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7386] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1222), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7395] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(930), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7404] = 3,
    ACTIONS(1224), 1,
      sym_identifier,
    STATE(618), 1,
      sym_layout,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7415] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(59), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7426] = 3,
    ACTIONS(1226), 1,
      sym_local,
    ACTIONS(1228), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7437] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1230), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7446] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1232), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7455] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1234), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7464] = 3,
    ACTIONS(1236), 1,
      anon_sym_RPAREN,
    ACTIONS(1238), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7475] = 3,
    ACTIONS(1240), 1,
      anon_sym_scope,
    STATE(229), 1,
      sym_scope_ref,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7486] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1242), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7495] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1244), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7504] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1246), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7513] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1248), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7522] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1250), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7531] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1252), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7540] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(943), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7549] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1254), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7560] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1256), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7569] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1258), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7578] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(69), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7589] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(807), 2,
      anon_sym_LPAREN,
      sym_local,
  [7598] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1260), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7607] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1262), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7616] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1264), 2,
      anon_sym_const,
      anon_sym_mut,
  [7625] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1266), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7634] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(852), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7643] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1268), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7654] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(799), 2,
      anon_sym_LPAREN,
      sym_local,
  [7663] = 3,
    ACTIONS(1240), 1,
      anon_sym_scope,
    STATE(418), 1,
      sym_scope_ref,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7674] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1270), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7685] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1272), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7694] = 3,
    ACTIONS(911), 1,
      sym_local,
    STATE(393), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7705] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(95), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7716] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1274), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7725] = 3,
    ACTIONS(856), 1,
      anon_sym_span,
    ACTIONS(858), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7736] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1276), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7745] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1278), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7754] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1280), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7763] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1282), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7772] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1284), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7781] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1286), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7790] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(807), 2,
      sym__path_bracketed,
      sym_identifier,
  [7799] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1288), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7808] = 3,
    ACTIONS(819), 1,
      sym_identifier,
    STATE(336), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7819] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1290), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7828] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(60), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7839] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(799), 2,
      sym__path_bracketed,
      sym_identifier,
  [7848] = 3,
    ACTIONS(1292), 1,
      anon_sym_LBRACK,
    ACTIONS(1294), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7859] = 3,
    ACTIONS(574), 1,
      anon_sym_LBRACK,
    ACTIONS(1296), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7870] = 3,
    ACTIONS(1298), 1,
      anon_sym_layout,
    ACTIONS(1300), 1,
      anon_sym_debug,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7881] = 3,
    ACTIONS(682), 1,
      anon_sym_LBRACE,
    STATE(83), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7892] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1178), 2,
      sym__path_bracketed,
      sym_identifier,
  [7901] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1302), 2,
      anon_sym_const,
      anon_sym_mut,
  [7910] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(682), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7921] = 3,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    STATE(505), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7932] = 2,
    ACTIONS(1304), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7940] = 2,
    ACTIONS(1306), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7948] = 2,
    ACTIONS(1308), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7956] = 2,
    ACTIONS(1310), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7964] = 2,
    ACTIONS(696), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7972] = 2,
    ACTIONS(1312), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7980] = 2,
    ACTIONS(1314), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7988] = 2,
    ACTIONS(1316), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7996] = 2,
    ACTIONS(1318), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8004] = 2,
    ACTIONS(1320), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8012] = 2,
    ACTIONS(1322), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8020] = 2,
    ACTIONS(1324), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8028] = 2,
    ACTIONS(1326), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8036] = 2,
    ACTIONS(1328), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8044] = 2,
    ACTIONS(1330), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8052] = 2,
    ACTIONS(1332), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8060] = 2,
    ACTIONS(1334), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8068] = 2,
    ACTIONS(1336), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8076] = 2,
    ACTIONS(1338), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8084] = 2,
    ACTIONS(1340), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8092] = 2,
    ACTIONS(1342), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8100] = 2,
    ACTIONS(1344), 1,
      sym_string,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8108] = 2,
    ACTIONS(1346), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8116] = 2,
    ACTIONS(1348), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8124] = 2,
    ACTIONS(1350), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8132] = 2,
    ACTIONS(1352), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8140] = 2,
    ACTIONS(1354), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8148] = 2,
    ACTIONS(1356), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8156] = 2,
    ACTIONS(1358), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8164] = 2,
    ACTIONS(1360), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8172] = 2,
    ACTIONS(1362), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8180] = 2,
    ACTIONS(1364), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8188] = 2,
    ACTIONS(1366), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8196] = 2,
    ACTIONS(1368), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8204] = 2,
    ACTIONS(1370), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8212] = 2,
    ACTIONS(1372), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8220] = 2,
    ACTIONS(1374), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8228] = 2,
    ACTIONS(1376), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8236] = 2,
    ACTIONS(1378), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8244] = 2,
    ACTIONS(925), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8252] = 2,
    ACTIONS(1380), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8260] = 2,
    ACTIONS(1382), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8268] = 2,
    ACTIONS(1384), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8276] = 2,
    ACTIONS(1386), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8284] = 2,
    ACTIONS(1388), 1,
      anon_sym_from,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8292] = 2,
    ACTIONS(1390), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8300] = 2,
    ACTIONS(1392), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8308] = 2,
    ACTIONS(1394), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8316] = 2,
    ACTIONS(1396), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8324] = 2,
    ACTIONS(1398), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8332] = 2,
    ACTIONS(1400), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8340] = 2,
    ACTIONS(1402), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8348] = 2,
    ACTIONS(1404), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8356] = 2,
    ACTIONS(1406), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8364] = 2,
    ACTIONS(1408), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8372] = 2,
    ACTIONS(1410), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8380] = 2,
    ACTIONS(1412), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8388] = 2,
    ACTIONS(1414), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8396] = 2,
    ACTIONS(1416), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8404] = 2,
    ACTIONS(1418), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8412] = 2,
    ACTIONS(1420), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8420] = 2,
    ACTIONS(1422), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8428] = 2,
    ACTIONS(1424), 1,
      sym_string,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8436] = 2,
    ACTIONS(1426), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8444] = 2,
    ACTIONS(1428), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8452] = 2,
    ACTIONS(1430), 1,
      anon_sym_BitMatrix,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8460] = 2,
    ACTIONS(1432), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8468] = 2,
    ACTIONS(1434), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8476] = 2,
    ACTIONS(1436), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8484] = 2,
    ACTIONS(1438), 1,
      anon_sym_DASH_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8492] = 2,
    ACTIONS(1440), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8500] = 2,
    ACTIONS(1442), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8508] = 2,
    ACTIONS(1444), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8516] = 2,
    ACTIONS(1446), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8524] = 2,
    ACTIONS(1448), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8532] = 2,
    ACTIONS(1450), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8540] = 2,
    ACTIONS(704), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8548] = 2,
    ACTIONS(1452), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8556] = 2,
    ACTIONS(1454), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8564] = 2,
    ACTIONS(1456), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8572] = 2,
    ACTIONS(1458), 1,
      anon_sym_in,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8580] = 2,
    ACTIONS(1460), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8588] = 2,
    ACTIONS(1462), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8596] = 2,
    ACTIONS(1464), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8604] = 2,
    ACTIONS(1466), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8612] = 2,
    ACTIONS(1468), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8620] = 2,
    ACTIONS(1470), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8628] = 2,
    ACTIONS(1472), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8636] = 2,
    ACTIONS(1474), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8644] = 2,
    ACTIONS(1476), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8652] = 2,
    ACTIONS(1478), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8660] = 2,
    ACTIONS(1480), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8668] = 2,
    ACTIONS(1482), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8676] = 2,
    ACTIONS(1484), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8684] = 2,
    ACTIONS(1486), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8692] = 2,
    ACTIONS(1488), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8700] = 2,
    ACTIONS(1490), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8708] = 2,
    ACTIONS(1492), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8716] = 2,
    ACTIONS(1494), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8724] = 2,
    ACTIONS(1496), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8732] = 2,
    ACTIONS(1498), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8740] = 2,
    ACTIONS(987), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8748] = 2,
    ACTIONS(1500), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8756] = 2,
    ACTIONS(1502), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8764] = 2,
    ACTIONS(1504), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8772] = 2,
    ACTIONS(1506), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8780] = 2,
    ACTIONS(1508), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8788] = 2,
    ACTIONS(1510), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8796] = 2,
    ACTIONS(1512), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8804] = 2,
    ACTIONS(1514), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8812] = 2,
    ACTIONS(1516), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8820] = 2,
    ACTIONS(1518), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8828] = 2,
    ACTIONS(1520), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8836] = 2,
    ACTIONS(1522), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8844] = 2,
    ACTIONS(1524), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8852] = 2,
    ACTIONS(1526), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8860] = 2,
    ACTIONS(1528), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8868] = 2,
    ACTIONS(1530), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8876] = 2,
    ACTIONS(1532), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8884] = 2,
    ACTIONS(1534), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8892] = 2,
    ACTIONS(1536), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8900] = 2,
    ACTIONS(1538), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8908] = 2,
    ACTIONS(1540), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8916] = 2,
    ACTIONS(1542), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8924] = 2,
    ACTIONS(1544), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8932] = 2,
    ACTIONS(1546), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8940] = 2,
    ACTIONS(1548), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8948] = 2,
    ACTIONS(1550), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8956] = 2,
    ACTIONS(1552), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8964] = 2,
    ACTIONS(1554), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8972] = 2,
    ACTIONS(1556), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8980] = 2,
    ACTIONS(1558), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8988] = 2,
    ACTIONS(1560), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8996] = 2,
    ACTIONS(1562), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9004] = 2,
    ACTIONS(1564), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9012] = 2,
    ACTIONS(1566), 1,
      aux_sym_mir_header_token2,
    ACTIONS(3), 2,
      sym_comment,
      sym_annotation,
  [9020] = 2,
    ACTIONS(1568), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9028] = 2,
    ACTIONS(1570), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9036] = 2,
    ACTIONS(1572), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9044] = 2,
    ACTIONS(1124), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9052] = 2,
    ACTIONS(1574), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9060] = 2,
    ACTIONS(1576), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9068] = 2,
    ACTIONS(718), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9076] = 2,
    ACTIONS(1578), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9084] = 2,
    ACTIONS(1580), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9092] = 2,
    ACTIONS(1582), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9100] = 2,
    ACTIONS(1584), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9108] = 2,
    ACTIONS(1586), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9116] = 2,
    ACTIONS(1588), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9124] = 2,
    ACTIONS(1590), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9132] = 2,
    ACTIONS(1592), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9140] = 2,
    ACTIONS(1594), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9148] = 2,
    ACTIONS(1596), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9156] = 2,
    ACTIONS(1598), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9164] = 2,
    ACTIONS(1600), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9172] = 2,
    ACTIONS(1602), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9180] = 2,
    ACTIONS(1604), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9188] = 2,
    ACTIONS(1606), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9196] = 2,
    ACTIONS(1608), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9204] = 2,
    ACTIONS(1610), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9212] = 2,
    ACTIONS(1612), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9220] = 2,
    ACTIONS(1614), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9228] = 2,
    ACTIONS(1616), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9236] = 2,
    ACTIONS(1618), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9244] = 2,
    ACTIONS(1620), 1,
      anon_sym_drop,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9252] = 2,
    ACTIONS(1622), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9260] = 2,
    ACTIONS(1624), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9268] = 2,
    ACTIONS(1626), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9276] = 2,
    ACTIONS(1628), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9284] = 2,
    ACTIONS(1196), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9292] = 2,
    ACTIONS(1630), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9300] = 2,
    ACTIONS(1632), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9308] = 2,
    ACTIONS(1634), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9316] = 2,
    ACTIONS(1636), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9324] = 2,
    ACTIONS(1638), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9332] = 2,
    ACTIONS(1640), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9340] = 2,
    ACTIONS(1642), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9348] = 2,
    ACTIONS(1644), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9356] = 2,
    ACTIONS(1646), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9364] = 2,
    ACTIONS(1648), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9372] = 2,
    ACTIONS(1650), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9380] = 2,
    ACTIONS(1652), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9388] = 2,
    ACTIONS(1654), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9396] = 2,
    ACTIONS(1656), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9404] = 2,
    ACTIONS(1658), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9412] = 2,
    ACTIONS(1660), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9420] = 2,
    ACTIONS(1662), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9428] = 2,
    ACTIONS(1664), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9436] = 2,
    ACTIONS(1666), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9444] = 2,
    ACTIONS(1668), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9452] = 2,
    ACTIONS(1670), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9460] = 2,
    ACTIONS(1672), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9468] = 2,
    ACTIONS(1674), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9476] = 2,
    ACTIONS(1676), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9484] = 2,
    ACTIONS(1678), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9492] = 2,
    ACTIONS(1680), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9500] = 2,
    ACTIONS(1682), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9508] = 2,
    ACTIONS(1684), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9516] = 2,
    ACTIONS(1686), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9524] = 2,
    ACTIONS(1688), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9532] = 2,
    ACTIONS(1690), 1,
      anon_sym_BQUOTE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9540] = 2,
    ACTIONS(1692), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9548] = 2,
    ACTIONS(1694), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9556] = 2,
    ACTIONS(1696), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9564] = 2,
    ACTIONS(1698), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9572] = 2,
    ACTIONS(1700), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9580] = 2,
    ACTIONS(1702), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9588] = 2,
    ACTIONS(1704), 1,
      ts_builtin_sym_end,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9596] = 2,
    ACTIONS(1156), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9604] = 2,
    ACTIONS(1162), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9612] = 2,
    ACTIONS(1706), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9620] = 2,
    ACTIONS(1708), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9628] = 2,
    ACTIONS(1710), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9636] = 2,
    ACTIONS(1712), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9644] = 2,
    ACTIONS(1714), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9652] = 2,
    ACTIONS(1716), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9660] = 2,
    ACTIONS(1718), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9668] = 2,
    ACTIONS(1720), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9676] = 2,
    ACTIONS(1722), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9684] = 2,
    ACTIONS(1724), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9692] = 2,
    ACTIONS(1726), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9700] = 2,
    ACTIONS(1728), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9708] = 2,
    ACTIONS(1730), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9716] = 2,
    ACTIONS(1732), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9724] = 2,
    ACTIONS(1734), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9732] = 2,
    ACTIONS(1736), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9740] = 2,
    ACTIONS(1738), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9748] = 2,
    ACTIONS(1740), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9756] = 2,
    ACTIONS(1742), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9764] = 2,
    ACTIONS(1744), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9772] = 2,
    ACTIONS(1746), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9780] = 2,
    ACTIONS(1748), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9788] = 2,
    ACTIONS(1750), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9796] = 2,
    ACTIONS(1752), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9804] = 2,
    ACTIONS(1754), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9812] = 2,
    ACTIONS(1756), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9820] = 2,
    ACTIONS(1758), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9828] = 2,
    ACTIONS(1760), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9836] = 2,
    ACTIONS(1762), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9844] = 2,
    ACTIONS(1764), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9852] = 2,
    ACTIONS(1766), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9860] = 2,
    ACTIONS(1768), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9868] = 2,
    ACTIONS(1770), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9876] = 2,
    ACTIONS(1772), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9884] = 2,
    ACTIONS(1774), 1,
      aux_sym_mir_header_token1,
    ACTIONS(3), 2,
      sym_comment,
      sym_annotation,
  [9892] = 2,
    ACTIONS(1776), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9900] = 2,
    ACTIONS(716), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9908] = 2,
    ACTIONS(1778), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9916] = 2,
    ACTIONS(1780), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9924] = 2,
    ACTIONS(1782), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9932] = 2,
    ACTIONS(1784), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9940] = 2,
    ACTIONS(1786), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9948] = 2,
    ACTIONS(1788), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9956] = 2,
    ACTIONS(1790), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9964] = 2,
    ACTIONS(1792), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9972] = 2,
    ACTIONS(1794), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9980] = 2,
    ACTIONS(1796), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9988] = 2,
    ACTIONS(1798), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9996] = 2,
    ACTIONS(1800), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10004] = 2,
    ACTIONS(1802), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10012] = 2,
    ACTIONS(1804), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10020] = 2,
    ACTIONS(1806), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10028] = 2,
    ACTIONS(1808), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10036] = 2,
    ACTIONS(1810), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10044] = 2,
    ACTIONS(1812), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10052] = 2,
    ACTIONS(1814), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10060] = 2,
    ACTIONS(1816), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10068] = 2,
    ACTIONS(1818), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10076] = 2,
    ACTIONS(1820), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10084] = 2,
    ACTIONS(1822), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10092] = 2,
    ACTIONS(1824), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10100] = 2,
    ACTIONS(1826), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10108] = 2,
    ACTIONS(1828), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10116] = 2,
    ACTIONS(1830), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10124] = 2,
    ACTIONS(1832), 1,
      anon_sym_inlined,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10132] = 2,
    ACTIONS(1834), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10140] = 2,
    ACTIONS(1836), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10148] = 2,
    ACTIONS(1838), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10156] = 2,
    ACTIONS(1840), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10164] = 2,
    ACTIONS(1842), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10172] = 2,
    ACTIONS(1844), 1,
      sym_dims,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10180] = 2,
    ACTIONS(1846), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10188] = 2,
    ACTIONS(1848), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10196] = 2,
    ACTIONS(1850), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10204] = 2,
    ACTIONS(1852), 1,
      anon_sym_cleanup,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10212] = 2,
    ACTIONS(1854), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10220] = 2,
    ACTIONS(1856), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 122,
  [SMALL_STATE(4)] = 244,
  [SMALL_STATE(5)] = 366,
  [SMALL_STATE(6)] = 488,
  [SMALL_STATE(7)] = 610,
  [SMALL_STATE(8)] = 732,
  [SMALL_STATE(9)] = 805,
  [SMALL_STATE(10)] = 878,
  [SMALL_STATE(11)] = 946,
  [SMALL_STATE(12)] = 983,
  [SMALL_STATE(13)] = 1020,
  [SMALL_STATE(14)] = 1057,
  [SMALL_STATE(15)] = 1094,
  [SMALL_STATE(16)] = 1131,
  [SMALL_STATE(17)] = 1168,
  [SMALL_STATE(18)] = 1205,
  [SMALL_STATE(19)] = 1242,
  [SMALL_STATE(20)] = 1279,
  [SMALL_STATE(21)] = 1327,
  [SMALL_STATE(22)] = 1375,
  [SMALL_STATE(23)] = 1420,
  [SMALL_STATE(24)] = 1465,
  [SMALL_STATE(25)] = 1514,
  [SMALL_STATE(26)] = 1558,
  [SMALL_STATE(27)] = 1602,
  [SMALL_STATE(28)] = 1646,
  [SMALL_STATE(29)] = 1685,
  [SMALL_STATE(30)] = 1728,
  [SMALL_STATE(31)] = 1769,
  [SMALL_STATE(32)] = 1809,
  [SMALL_STATE(33)] = 1849,
  [SMALL_STATE(34)] = 1889,
  [SMALL_STATE(35)] = 1929,
  [SMALL_STATE(36)] = 1969,
  [SMALL_STATE(37)] = 2009,
  [SMALL_STATE(38)] = 2049,
  [SMALL_STATE(39)] = 2091,
  [SMALL_STATE(40)] = 2131,
  [SMALL_STATE(41)] = 2168,
  [SMALL_STATE(42)] = 2205,
  [SMALL_STATE(43)] = 2242,
  [SMALL_STATE(44)] = 2279,
  [SMALL_STATE(45)] = 2314,
  [SMALL_STATE(46)] = 2349,
  [SMALL_STATE(47)] = 2384,
  [SMALL_STATE(48)] = 2419,
  [SMALL_STATE(49)] = 2453,
  [SMALL_STATE(50)] = 2477,
  [SMALL_STATE(51)] = 2507,
  [SMALL_STATE(52)] = 2537,
  [SMALL_STATE(53)] = 2561,
  [SMALL_STATE(54)] = 2591,
  [SMALL_STATE(55)] = 2618,
  [SMALL_STATE(56)] = 2639,
  [SMALL_STATE(57)] = 2656,
  [SMALL_STATE(58)] = 2677,
  [SMALL_STATE(59)] = 2698,
  [SMALL_STATE(60)] = 2719,
  [SMALL_STATE(61)] = 2740,
  [SMALL_STATE(62)] = 2757,
  [SMALL_STATE(63)] = 2774,
  [SMALL_STATE(64)] = 2795,
  [SMALL_STATE(65)] = 2816,
  [SMALL_STATE(66)] = 2837,
  [SMALL_STATE(67)] = 2858,
  [SMALL_STATE(68)] = 2887,
  [SMALL_STATE(69)] = 2908,
  [SMALL_STATE(70)] = 2929,
  [SMALL_STATE(71)] = 2946,
  [SMALL_STATE(72)] = 2967,
  [SMALL_STATE(73)] = 2988,
  [SMALL_STATE(74)] = 3009,
  [SMALL_STATE(75)] = 3030,
  [SMALL_STATE(76)] = 3051,
  [SMALL_STATE(77)] = 3072,
  [SMALL_STATE(78)] = 3093,
  [SMALL_STATE(79)] = 3114,
  [SMALL_STATE(80)] = 3135,
  [SMALL_STATE(81)] = 3156,
  [SMALL_STATE(82)] = 3177,
  [SMALL_STATE(83)] = 3198,
  [SMALL_STATE(84)] = 3219,
  [SMALL_STATE(85)] = 3240,
  [SMALL_STATE(86)] = 3261,
  [SMALL_STATE(87)] = 3278,
  [SMALL_STATE(88)] = 3295,
  [SMALL_STATE(89)] = 3316,
  [SMALL_STATE(90)] = 3337,
  [SMALL_STATE(91)] = 3354,
  [SMALL_STATE(92)] = 3375,
  [SMALL_STATE(93)] = 3392,
  [SMALL_STATE(94)] = 3413,
  [SMALL_STATE(95)] = 3442,
  [SMALL_STATE(96)] = 3463,
  [SMALL_STATE(97)] = 3491,
  [SMALL_STATE(98)] = 3509,
  [SMALL_STATE(99)] = 3527,
  [SMALL_STATE(100)] = 3545,
  [SMALL_STATE(101)] = 3563,
  [SMALL_STATE(102)] = 3581,
  [SMALL_STATE(103)] = 3599,
  [SMALL_STATE(104)] = 3627,
  [SMALL_STATE(105)] = 3645,
  [SMALL_STATE(106)] = 3663,
  [SMALL_STATE(107)] = 3681,
  [SMALL_STATE(108)] = 3709,
  [SMALL_STATE(109)] = 3737,
  [SMALL_STATE(110)] = 3755,
  [SMALL_STATE(111)] = 3773,
  [SMALL_STATE(112)] = 3791,
  [SMALL_STATE(113)] = 3809,
  [SMALL_STATE(114)] = 3827,
  [SMALL_STATE(115)] = 3845,
  [SMALL_STATE(116)] = 3863,
  [SMALL_STATE(117)] = 3881,
  [SMALL_STATE(118)] = 3904,
  [SMALL_STATE(119)] = 3929,
  [SMALL_STATE(120)] = 3946,
  [SMALL_STATE(121)] = 3969,
  [SMALL_STATE(122)] = 3986,
  [SMALL_STATE(123)] = 4009,
  [SMALL_STATE(124)] = 4026,
  [SMALL_STATE(125)] = 4049,
  [SMALL_STATE(126)] = 4069,
  [SMALL_STATE(127)] = 4083,
  [SMALL_STATE(128)] = 4103,
  [SMALL_STATE(129)] = 4123,
  [SMALL_STATE(130)] = 4143,
  [SMALL_STATE(131)] = 4163,
  [SMALL_STATE(132)] = 4183,
  [SMALL_STATE(133)] = 4203,
  [SMALL_STATE(134)] = 4217,
  [SMALL_STATE(135)] = 4237,
  [SMALL_STATE(136)] = 4258,
  [SMALL_STATE(137)] = 4271,
  [SMALL_STATE(138)] = 4292,
  [SMALL_STATE(139)] = 4313,
  [SMALL_STATE(140)] = 4325,
  [SMALL_STATE(141)] = 4343,
  [SMALL_STATE(142)] = 4355,
  [SMALL_STATE(143)] = 4369,
  [SMALL_STATE(144)] = 4387,
  [SMALL_STATE(145)] = 4407,
  [SMALL_STATE(146)] = 4425,
  [SMALL_STATE(147)] = 4445,
  [SMALL_STATE(148)] = 4457,
  [SMALL_STATE(149)] = 4475,
  [SMALL_STATE(150)] = 4495,
  [SMALL_STATE(151)] = 4515,
  [SMALL_STATE(152)] = 4529,
  [SMALL_STATE(153)] = 4549,
  [SMALL_STATE(154)] = 4561,
  [SMALL_STATE(155)] = 4579,
  [SMALL_STATE(156)] = 4591,
  [SMALL_STATE(157)] = 4609,
  [SMALL_STATE(158)] = 4627,
  [SMALL_STATE(159)] = 4639,
  [SMALL_STATE(160)] = 4651,
  [SMALL_STATE(161)] = 4671,
  [SMALL_STATE(162)] = 4683,
  [SMALL_STATE(163)] = 4703,
  [SMALL_STATE(164)] = 4721,
  [SMALL_STATE(165)] = 4738,
  [SMALL_STATE(166)] = 4755,
  [SMALL_STATE(167)] = 4770,
  [SMALL_STATE(168)] = 4781,
  [SMALL_STATE(169)] = 4792,
  [SMALL_STATE(170)] = 4807,
  [SMALL_STATE(171)] = 4818,
  [SMALL_STATE(172)] = 4835,
  [SMALL_STATE(173)] = 4852,
  [SMALL_STATE(174)] = 4867,
  [SMALL_STATE(175)] = 4880,
  [SMALL_STATE(176)] = 4897,
  [SMALL_STATE(177)] = 4914,
  [SMALL_STATE(178)] = 4931,
  [SMALL_STATE(179)] = 4946,
  [SMALL_STATE(180)] = 4963,
  [SMALL_STATE(181)] = 4978,
  [SMALL_STATE(182)] = 4995,
  [SMALL_STATE(183)] = 5012,
  [SMALL_STATE(184)] = 5027,
  [SMALL_STATE(185)] = 5042,
  [SMALL_STATE(186)] = 5057,
  [SMALL_STATE(187)] = 5074,
  [SMALL_STATE(188)] = 5091,
  [SMALL_STATE(189)] = 5108,
  [SMALL_STATE(190)] = 5123,
  [SMALL_STATE(191)] = 5140,
  [SMALL_STATE(192)] = 5157,
  [SMALL_STATE(193)] = 5171,
  [SMALL_STATE(194)] = 5185,
  [SMALL_STATE(195)] = 5199,
  [SMALL_STATE(196)] = 5213,
  [SMALL_STATE(197)] = 5227,
  [SMALL_STATE(198)] = 5241,
  [SMALL_STATE(199)] = 5255,
  [SMALL_STATE(200)] = 5269,
  [SMALL_STATE(201)] = 5281,
  [SMALL_STATE(202)] = 5295,
  [SMALL_STATE(203)] = 5309,
  [SMALL_STATE(204)] = 5323,
  [SMALL_STATE(205)] = 5337,
  [SMALL_STATE(206)] = 5351,
  [SMALL_STATE(207)] = 5365,
  [SMALL_STATE(208)] = 5379,
  [SMALL_STATE(209)] = 5391,
  [SMALL_STATE(210)] = 5403,
  [SMALL_STATE(211)] = 5417,
  [SMALL_STATE(212)] = 5431,
  [SMALL_STATE(213)] = 5445,
  [SMALL_STATE(214)] = 5459,
  [SMALL_STATE(215)] = 5471,
  [SMALL_STATE(216)] = 5485,
  [SMALL_STATE(217)] = 5499,
  [SMALL_STATE(218)] = 5513,
  [SMALL_STATE(219)] = 5527,
  [SMALL_STATE(220)] = 5541,
  [SMALL_STATE(221)] = 5555,
  [SMALL_STATE(222)] = 5569,
  [SMALL_STATE(223)] = 5583,
  [SMALL_STATE(224)] = 5597,
  [SMALL_STATE(225)] = 5609,
  [SMALL_STATE(226)] = 5623,
  [SMALL_STATE(227)] = 5637,
  [SMALL_STATE(228)] = 5649,
  [SMALL_STATE(229)] = 5663,
  [SMALL_STATE(230)] = 5677,
  [SMALL_STATE(231)] = 5691,
  [SMALL_STATE(232)] = 5703,
  [SMALL_STATE(233)] = 5717,
  [SMALL_STATE(234)] = 5731,
  [SMALL_STATE(235)] = 5745,
  [SMALL_STATE(236)] = 5757,
  [SMALL_STATE(237)] = 5767,
  [SMALL_STATE(238)] = 5781,
  [SMALL_STATE(239)] = 5795,
  [SMALL_STATE(240)] = 5809,
  [SMALL_STATE(241)] = 5823,
  [SMALL_STATE(242)] = 5835,
  [SMALL_STATE(243)] = 5845,
  [SMALL_STATE(244)] = 5857,
  [SMALL_STATE(245)] = 5871,
  [SMALL_STATE(246)] = 5885,
  [SMALL_STATE(247)] = 5897,
  [SMALL_STATE(248)] = 5911,
  [SMALL_STATE(249)] = 5925,
  [SMALL_STATE(250)] = 5939,
  [SMALL_STATE(251)] = 5953,
  [SMALL_STATE(252)] = 5967,
  [SMALL_STATE(253)] = 5981,
  [SMALL_STATE(254)] = 5995,
  [SMALL_STATE(255)] = 6009,
  [SMALL_STATE(256)] = 6023,
  [SMALL_STATE(257)] = 6037,
  [SMALL_STATE(258)] = 6047,
  [SMALL_STATE(259)] = 6061,
  [SMALL_STATE(260)] = 6075,
  [SMALL_STATE(261)] = 6089,
  [SMALL_STATE(262)] = 6103,
  [SMALL_STATE(263)] = 6117,
  [SMALL_STATE(264)] = 6131,
  [SMALL_STATE(265)] = 6145,
  [SMALL_STATE(266)] = 6159,
  [SMALL_STATE(267)] = 6171,
  [SMALL_STATE(268)] = 6183,
  [SMALL_STATE(269)] = 6197,
  [SMALL_STATE(270)] = 6209,
  [SMALL_STATE(271)] = 6221,
  [SMALL_STATE(272)] = 6235,
  [SMALL_STATE(273)] = 6249,
  [SMALL_STATE(274)] = 6263,
  [SMALL_STATE(275)] = 6277,
  [SMALL_STATE(276)] = 6291,
  [SMALL_STATE(277)] = 6305,
  [SMALL_STATE(278)] = 6319,
  [SMALL_STATE(279)] = 6333,
  [SMALL_STATE(280)] = 6343,
  [SMALL_STATE(281)] = 6357,
  [SMALL_STATE(282)] = 6369,
  [SMALL_STATE(283)] = 6383,
  [SMALL_STATE(284)] = 6397,
  [SMALL_STATE(285)] = 6409,
  [SMALL_STATE(286)] = 6423,
  [SMALL_STATE(287)] = 6437,
  [SMALL_STATE(288)] = 6451,
  [SMALL_STATE(289)] = 6463,
  [SMALL_STATE(290)] = 6477,
  [SMALL_STATE(291)] = 6489,
  [SMALL_STATE(292)] = 6503,
  [SMALL_STATE(293)] = 6517,
  [SMALL_STATE(294)] = 6529,
  [SMALL_STATE(295)] = 6541,
  [SMALL_STATE(296)] = 6555,
  [SMALL_STATE(297)] = 6569,
  [SMALL_STATE(298)] = 6583,
  [SMALL_STATE(299)] = 6597,
  [SMALL_STATE(300)] = 6611,
  [SMALL_STATE(301)] = 6625,
  [SMALL_STATE(302)] = 6639,
  [SMALL_STATE(303)] = 6650,
  [SMALL_STATE(304)] = 6659,
  [SMALL_STATE(305)] = 6668,
  [SMALL_STATE(306)] = 6677,
  [SMALL_STATE(307)] = 6686,
  [SMALL_STATE(308)] = 6695,
  [SMALL_STATE(309)] = 6704,
  [SMALL_STATE(310)] = 6713,
  [SMALL_STATE(311)] = 6724,
  [SMALL_STATE(312)] = 6733,
  [SMALL_STATE(313)] = 6744,
  [SMALL_STATE(314)] = 6755,
  [SMALL_STATE(315)] = 6764,
  [SMALL_STATE(316)] = 6773,
  [SMALL_STATE(317)] = 6784,
  [SMALL_STATE(318)] = 6795,
  [SMALL_STATE(319)] = 6804,
  [SMALL_STATE(320)] = 6815,
  [SMALL_STATE(321)] = 6826,
  [SMALL_STATE(322)] = 6837,
  [SMALL_STATE(323)] = 6848,
  [SMALL_STATE(324)] = 6857,
  [SMALL_STATE(325)] = 6868,
  [SMALL_STATE(326)] = 6879,
  [SMALL_STATE(327)] = 6890,
  [SMALL_STATE(328)] = 6899,
  [SMALL_STATE(329)] = 6908,
  [SMALL_STATE(330)] = 6919,
  [SMALL_STATE(331)] = 6930,
  [SMALL_STATE(332)] = 6939,
  [SMALL_STATE(333)] = 6950,
  [SMALL_STATE(334)] = 6959,
  [SMALL_STATE(335)] = 6970,
  [SMALL_STATE(336)] = 6979,
  [SMALL_STATE(337)] = 6988,
  [SMALL_STATE(338)] = 6997,
  [SMALL_STATE(339)] = 7008,
  [SMALL_STATE(340)] = 7017,
  [SMALL_STATE(341)] = 7028,
  [SMALL_STATE(342)] = 7037,
  [SMALL_STATE(343)] = 7046,
  [SMALL_STATE(344)] = 7055,
  [SMALL_STATE(345)] = 7066,
  [SMALL_STATE(346)] = 7077,
  [SMALL_STATE(347)] = 7088,
  [SMALL_STATE(348)] = 7099,
  [SMALL_STATE(349)] = 7108,
  [SMALL_STATE(350)] = 7119,
  [SMALL_STATE(351)] = 7128,
  [SMALL_STATE(352)] = 7139,
  [SMALL_STATE(353)] = 7148,
  [SMALL_STATE(354)] = 7159,
  [SMALL_STATE(355)] = 7170,
  [SMALL_STATE(356)] = 7179,
  [SMALL_STATE(357)] = 7188,
  [SMALL_STATE(358)] = 7197,
  [SMALL_STATE(359)] = 7208,
  [SMALL_STATE(360)] = 7219,
  [SMALL_STATE(361)] = 7230,
  [SMALL_STATE(362)] = 7239,
  [SMALL_STATE(363)] = 7248,
  [SMALL_STATE(364)] = 7257,
  [SMALL_STATE(365)] = 7268,
  [SMALL_STATE(366)] = 7279,
  [SMALL_STATE(367)] = 7290,
  [SMALL_STATE(368)] = 7299,
  [SMALL_STATE(369)] = 7308,
  [SMALL_STATE(370)] = 7317,
  [SMALL_STATE(371)] = 7328,
  [SMALL_STATE(372)] = 7337,
  [SMALL_STATE(373)] = 7346,
  [SMALL_STATE(374)] = 7357,
  [SMALL_STATE(375)] = 7368,
  [SMALL_STATE(376)] = 7377,
  [SMALL_STATE(377)] = 7386,
  [SMALL_STATE(378)] = 7395,
  [SMALL_STATE(379)] = 7404,
  [SMALL_STATE(380)] = 7415,
  [SMALL_STATE(381)] = 7426,
  [SMALL_STATE(382)] = 7437,
  [SMALL_STATE(383)] = 7446,
  [SMALL_STATE(384)] = 7455,
  [SMALL_STATE(385)] = 7464,
  [SMALL_STATE(386)] = 7475,
  [SMALL_STATE(387)] = 7486,
  [SMALL_STATE(388)] = 7495,
  [SMALL_STATE(389)] = 7504,
  [SMALL_STATE(390)] = 7513,
  [SMALL_STATE(391)] = 7522,
  [SMALL_STATE(392)] = 7531,
  [SMALL_STATE(393)] = 7540,
  [SMALL_STATE(394)] = 7549,
  [SMALL_STATE(395)] = 7560,
  [SMALL_STATE(396)] = 7569,
  [SMALL_STATE(397)] = 7578,
  [SMALL_STATE(398)] = 7589,
  [SMALL_STATE(399)] = 7598,
  [SMALL_STATE(400)] = 7607,
  [SMALL_STATE(401)] = 7616,
  [SMALL_STATE(402)] = 7625,
  [SMALL_STATE(403)] = 7634,
  [SMALL_STATE(404)] = 7643,
  [SMALL_STATE(405)] = 7654,
  [SMALL_STATE(406)] = 7663,
  [SMALL_STATE(407)] = 7674,
  [SMALL_STATE(408)] = 7685,
  [SMALL_STATE(409)] = 7694,
  [SMALL_STATE(410)] = 7705,
  [SMALL_STATE(411)] = 7716,
  [SMALL_STATE(412)] = 7725,
  [SMALL_STATE(413)] = 7736,
  [SMALL_STATE(414)] = 7745,
  [SMALL_STATE(415)] = 7754,
  [SMALL_STATE(416)] = 7763,
  [SMALL_STATE(417)] = 7772,
  [SMALL_STATE(418)] = 7781,
  [SMALL_STATE(419)] = 7790,
  [SMALL_STATE(420)] = 7799,
  [SMALL_STATE(421)] = 7808,
  [SMALL_STATE(422)] = 7819,
  [SMALL_STATE(423)] = 7828,
  [SMALL_STATE(424)] = 7839,
  [SMALL_STATE(425)] = 7848,
  [SMALL_STATE(426)] = 7859,
  [SMALL_STATE(427)] = 7870,
  [SMALL_STATE(428)] = 7881,
  [SMALL_STATE(429)] = 7892,
  [SMALL_STATE(430)] = 7901,
  [SMALL_STATE(431)] = 7910,
  [SMALL_STATE(432)] = 7921,
  [SMALL_STATE(433)] = 7932,
  [SMALL_STATE(434)] = 7940,
  [SMALL_STATE(435)] = 7948,
  [SMALL_STATE(436)] = 7956,
  [SMALL_STATE(437)] = 7964,
  [SMALL_STATE(438)] = 7972,
  [SMALL_STATE(439)] = 7980,
  [SMALL_STATE(440)] = 7988,
  [SMALL_STATE(441)] = 7996,
  [SMALL_STATE(442)] = 8004,
  [SMALL_STATE(443)] = 8012,
  [SMALL_STATE(444)] = 8020,
  [SMALL_STATE(445)] = 8028,
  [SMALL_STATE(446)] = 8036,
  [SMALL_STATE(447)] = 8044,
  [SMALL_STATE(448)] = 8052,
  [SMALL_STATE(449)] = 8060,
  [SMALL_STATE(450)] = 8068,
  [SMALL_STATE(451)] = 8076,
  [SMALL_STATE(452)] = 8084,
  [SMALL_STATE(453)] = 8092,
  [SMALL_STATE(454)] = 8100,
  [SMALL_STATE(455)] = 8108,
  [SMALL_STATE(456)] = 8116,
  [SMALL_STATE(457)] = 8124,
  [SMALL_STATE(458)] = 8132,
  [SMALL_STATE(459)] = 8140,
  [SMALL_STATE(460)] = 8148,
  [SMALL_STATE(461)] = 8156,
  [SMALL_STATE(462)] = 8164,
  [SMALL_STATE(463)] = 8172,
  [SMALL_STATE(464)] = 8180,
  [SMALL_STATE(465)] = 8188,
  [SMALL_STATE(466)] = 8196,
  [SMALL_STATE(467)] = 8204,
  [SMALL_STATE(468)] = 8212,
  [SMALL_STATE(469)] = 8220,
  [SMALL_STATE(470)] = 8228,
  [SMALL_STATE(471)] = 8236,
  [SMALL_STATE(472)] = 8244,
  [SMALL_STATE(473)] = 8252,
  [SMALL_STATE(474)] = 8260,
  [SMALL_STATE(475)] = 8268,
  [SMALL_STATE(476)] = 8276,
  [SMALL_STATE(477)] = 8284,
  [SMALL_STATE(478)] = 8292,
  [SMALL_STATE(479)] = 8300,
  [SMALL_STATE(480)] = 8308,
  [SMALL_STATE(481)] = 8316,
  [SMALL_STATE(482)] = 8324,
  [SMALL_STATE(483)] = 8332,
  [SMALL_STATE(484)] = 8340,
  [SMALL_STATE(485)] = 8348,
  [SMALL_STATE(486)] = 8356,
  [SMALL_STATE(487)] = 8364,
  [SMALL_STATE(488)] = 8372,
  [SMALL_STATE(489)] = 8380,
  [SMALL_STATE(490)] = 8388,
  [SMALL_STATE(491)] = 8396,
  [SMALL_STATE(492)] = 8404,
  [SMALL_STATE(493)] = 8412,
  [SMALL_STATE(494)] = 8420,
  [SMALL_STATE(495)] = 8428,
  [SMALL_STATE(496)] = 8436,
  [SMALL_STATE(497)] = 8444,
  [SMALL_STATE(498)] = 8452,
  [SMALL_STATE(499)] = 8460,
  [SMALL_STATE(500)] = 8468,
  [SMALL_STATE(501)] = 8476,
  [SMALL_STATE(502)] = 8484,
  [SMALL_STATE(503)] = 8492,
  [SMALL_STATE(504)] = 8500,
  [SMALL_STATE(505)] = 8508,
  [SMALL_STATE(506)] = 8516,
  [SMALL_STATE(507)] = 8524,
  [SMALL_STATE(508)] = 8532,
  [SMALL_STATE(509)] = 8540,
  [SMALL_STATE(510)] = 8548,
  [SMALL_STATE(511)] = 8556,
  [SMALL_STATE(512)] = 8564,
  [SMALL_STATE(513)] = 8572,
  [SMALL_STATE(514)] = 8580,
  [SMALL_STATE(515)] = 8588,
  [SMALL_STATE(516)] = 8596,
  [SMALL_STATE(517)] = 8604,
  [SMALL_STATE(518)] = 8612,
  [SMALL_STATE(519)] = 8620,
  [SMALL_STATE(520)] = 8628,
  [SMALL_STATE(521)] = 8636,
  [SMALL_STATE(522)] = 8644,
  [SMALL_STATE(523)] = 8652,
  [SMALL_STATE(524)] = 8660,
  [SMALL_STATE(525)] = 8668,
  [SMALL_STATE(526)] = 8676,
  [SMALL_STATE(527)] = 8684,
  [SMALL_STATE(528)] = 8692,
  [SMALL_STATE(529)] = 8700,
  [SMALL_STATE(530)] = 8708,
  [SMALL_STATE(531)] = 8716,
  [SMALL_STATE(532)] = 8724,
  [SMALL_STATE(533)] = 8732,
  [SMALL_STATE(534)] = 8740,
  [SMALL_STATE(535)] = 8748,
  [SMALL_STATE(536)] = 8756,
  [SMALL_STATE(537)] = 8764,
  [SMALL_STATE(538)] = 8772,
  [SMALL_STATE(539)] = 8780,
  [SMALL_STATE(540)] = 8788,
  [SMALL_STATE(541)] = 8796,
  [SMALL_STATE(542)] = 8804,
  [SMALL_STATE(543)] = 8812,
  [SMALL_STATE(544)] = 8820,
  [SMALL_STATE(545)] = 8828,
  [SMALL_STATE(546)] = 8836,
  [SMALL_STATE(547)] = 8844,
  [SMALL_STATE(548)] = 8852,
  [SMALL_STATE(549)] = 8860,
  [SMALL_STATE(550)] = 8868,
  [SMALL_STATE(551)] = 8876,
  [SMALL_STATE(552)] = 8884,
  [SMALL_STATE(553)] = 8892,
  [SMALL_STATE(554)] = 8900,
  [SMALL_STATE(555)] = 8908,
  [SMALL_STATE(556)] = 8916,
  [SMALL_STATE(557)] = 8924,
  [SMALL_STATE(558)] = 8932,
  [SMALL_STATE(559)] = 8940,
  [SMALL_STATE(560)] = 8948,
  [SMALL_STATE(561)] = 8956,
  [SMALL_STATE(562)] = 8964,
  [SMALL_STATE(563)] = 8972,
  [SMALL_STATE(564)] = 8980,
  [SMALL_STATE(565)] = 8988,
  [SMALL_STATE(566)] = 8996,
  [SMALL_STATE(567)] = 9004,
  [SMALL_STATE(568)] = 9012,
  [SMALL_STATE(569)] = 9020,
  [SMALL_STATE(570)] = 9028,
  [SMALL_STATE(571)] = 9036,
  [SMALL_STATE(572)] = 9044,
  [SMALL_STATE(573)] = 9052,
  [SMALL_STATE(574)] = 9060,
  [SMALL_STATE(575)] = 9068,
  [SMALL_STATE(576)] = 9076,
  [SMALL_STATE(577)] = 9084,
  [SMALL_STATE(578)] = 9092,
  [SMALL_STATE(579)] = 9100,
  [SMALL_STATE(580)] = 9108,
  [SMALL_STATE(581)] = 9116,
  [SMALL_STATE(582)] = 9124,
  [SMALL_STATE(583)] = 9132,
  [SMALL_STATE(584)] = 9140,
  [SMALL_STATE(585)] = 9148,
  [SMALL_STATE(586)] = 9156,
  [SMALL_STATE(587)] = 9164,
  [SMALL_STATE(588)] = 9172,
  [SMALL_STATE(589)] = 9180,
  [SMALL_STATE(590)] = 9188,
  [SMALL_STATE(591)] = 9196,
  [SMALL_STATE(592)] = 9204,
  [SMALL_STATE(593)] = 9212,
  [SMALL_STATE(594)] = 9220,
  [SMALL_STATE(595)] = 9228,
  [SMALL_STATE(596)] = 9236,
  [SMALL_STATE(597)] = 9244,
  [SMALL_STATE(598)] = 9252,
  [SMALL_STATE(599)] = 9260,
  [SMALL_STATE(600)] = 9268,
  [SMALL_STATE(601)] = 9276,
  [SMALL_STATE(602)] = 9284,
  [SMALL_STATE(603)] = 9292,
  [SMALL_STATE(604)] = 9300,
  [SMALL_STATE(605)] = 9308,
  [SMALL_STATE(606)] = 9316,
  [SMALL_STATE(607)] = 9324,
  [SMALL_STATE(608)] = 9332,
  [SMALL_STATE(609)] = 9340,
  [SMALL_STATE(610)] = 9348,
  [SMALL_STATE(611)] = 9356,
  [SMALL_STATE(612)] = 9364,
  [SMALL_STATE(613)] = 9372,
  [SMALL_STATE(614)] = 9380,
  [SMALL_STATE(615)] = 9388,
  [SMALL_STATE(616)] = 9396,
  [SMALL_STATE(617)] = 9404,
  [SMALL_STATE(618)] = 9412,
  [SMALL_STATE(619)] = 9420,
  [SMALL_STATE(620)] = 9428,
  [SMALL_STATE(621)] = 9436,
  [SMALL_STATE(622)] = 9444,
  [SMALL_STATE(623)] = 9452,
  [SMALL_STATE(624)] = 9460,
  [SMALL_STATE(625)] = 9468,
  [SMALL_STATE(626)] = 9476,
  [SMALL_STATE(627)] = 9484,
  [SMALL_STATE(628)] = 9492,
  [SMALL_STATE(629)] = 9500,
  [SMALL_STATE(630)] = 9508,
  [SMALL_STATE(631)] = 9516,
  [SMALL_STATE(632)] = 9524,
  [SMALL_STATE(633)] = 9532,
  [SMALL_STATE(634)] = 9540,
  [SMALL_STATE(635)] = 9548,
  [SMALL_STATE(636)] = 9556,
  [SMALL_STATE(637)] = 9564,
  [SMALL_STATE(638)] = 9572,
  [SMALL_STATE(639)] = 9580,
  [SMALL_STATE(640)] = 9588,
  [SMALL_STATE(641)] = 9596,
  [SMALL_STATE(642)] = 9604,
  [SMALL_STATE(643)] = 9612,
  [SMALL_STATE(644)] = 9620,
  [SMALL_STATE(645)] = 9628,
  [SMALL_STATE(646)] = 9636,
  [SMALL_STATE(647)] = 9644,
  [SMALL_STATE(648)] = 9652,
  [SMALL_STATE(649)] = 9660,
  [SMALL_STATE(650)] = 9668,
  [SMALL_STATE(651)] = 9676,
  [SMALL_STATE(652)] = 9684,
  [SMALL_STATE(653)] = 9692,
  [SMALL_STATE(654)] = 9700,
  [SMALL_STATE(655)] = 9708,
  [SMALL_STATE(656)] = 9716,
  [SMALL_STATE(657)] = 9724,
  [SMALL_STATE(658)] = 9732,
  [SMALL_STATE(659)] = 9740,
  [SMALL_STATE(660)] = 9748,
  [SMALL_STATE(661)] = 9756,
  [SMALL_STATE(662)] = 9764,
  [SMALL_STATE(663)] = 9772,
  [SMALL_STATE(664)] = 9780,
  [SMALL_STATE(665)] = 9788,
  [SMALL_STATE(666)] = 9796,
  [SMALL_STATE(667)] = 9804,
  [SMALL_STATE(668)] = 9812,
  [SMALL_STATE(669)] = 9820,
  [SMALL_STATE(670)] = 9828,
  [SMALL_STATE(671)] = 9836,
  [SMALL_STATE(672)] = 9844,
  [SMALL_STATE(673)] = 9852,
  [SMALL_STATE(674)] = 9860,
  [SMALL_STATE(675)] = 9868,
  [SMALL_STATE(676)] = 9876,
  [SMALL_STATE(677)] = 9884,
  [SMALL_STATE(678)] = 9892,
  [SMALL_STATE(679)] = 9900,
  [SMALL_STATE(680)] = 9908,
  [SMALL_STATE(681)] = 9916,
  [SMALL_STATE(682)] = 9924,
  [SMALL_STATE(683)] = 9932,
  [SMALL_STATE(684)] = 9940,
  [SMALL_STATE(685)] = 9948,
  [SMALL_STATE(686)] = 9956,
  [SMALL_STATE(687)] = 9964,
  [SMALL_STATE(688)] = 9972,
  [SMALL_STATE(689)] = 9980,
  [SMALL_STATE(690)] = 9988,
  [SMALL_STATE(691)] = 9996,
  [SMALL_STATE(692)] = 10004,
  [SMALL_STATE(693)] = 10012,
  [SMALL_STATE(694)] = 10020,
  [SMALL_STATE(695)] = 10028,
  [SMALL_STATE(696)] = 10036,
  [SMALL_STATE(697)] = 10044,
  [SMALL_STATE(698)] = 10052,
  [SMALL_STATE(699)] = 10060,
  [SMALL_STATE(700)] = 10068,
  [SMALL_STATE(701)] = 10076,
  [SMALL_STATE(702)] = 10084,
  [SMALL_STATE(703)] = 10092,
  [SMALL_STATE(704)] = 10100,
  [SMALL_STATE(705)] = 10108,
  [SMALL_STATE(706)] = 10116,
  [SMALL_STATE(707)] = 10124,
  [SMALL_STATE(708)] = 10132,
  [SMALL_STATE(709)] = 10140,
  [SMALL_STATE(710)] = 10148,
  [SMALL_STATE(711)] = 10156,
  [SMALL_STATE(712)] = 10164,
  [SMALL_STATE(713)] = 10172,
  [SMALL_STATE(714)] = 10180,
  [SMALL_STATE(715)] = 10188,
  [SMALL_STATE(716)] = 10196,
  [SMALL_STATE(717)] = 10204,
  [SMALL_STATE(718)] = 10212,
  [SMALL_STATE(719)] = 10220,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(677),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(665),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(659),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(646),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(644),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(551),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(176),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(608),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(579),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(569),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(595),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(597),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(600),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(602),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(359),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(630),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(319),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(648),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(651),
  [61] = {.entry = {.count = 1, .reusable = false}}, SHIFT(654),
  [63] = {.entry = {.count = 1, .reusable = false}}, SHIFT(658),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(661),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(465),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(313),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(431),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(593),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [87] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(320),
  [90] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(120),
  [95] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(17),
  [98] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(608),
  [101] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(18),
  [104] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(579),
  [107] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(569),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(595),
  [113] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(61),
  [118] = {.entry = {.count = 1, .reusable = false}}, SHIFT(151),
  [120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [124] = {.entry = {.count = 1, .reusable = false}}, SHIFT(434),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(236),
  [134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(507),
  [138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [140] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_dead, 5),
  [142] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_dead, 5),
  [144] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_live, 5),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_live, 5),
  [148] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_generic_statement, 2, .production_id = 4),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_statement, 2, .production_id = 4),
  [152] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_assign, 4, .production_id = 48),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assign, 4, .production_id = 48),
  [156] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nop, 2),
  [158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nop, 2),
  [160] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_set_discriminant, 7, .production_id = 79),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_set_discriminant, 7, .production_id = 79),
  [164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_live, 1),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_live, 1),
  [168] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_dead, 1),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_dead, 1),
  [172] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_generic_statement, 3, .production_id = 31),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_statement, 3, .production_id = 31),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [178] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(20),
  [181] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(677),
  [184] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(379),
  [187] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(665),
  [190] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(659),
  [193] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(345),
  [196] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(646),
  [199] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(644),
  [202] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(551),
  [205] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [207] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(576),
  [213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(460),
  [219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(578),
  [221] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [225] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [227] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2),
  [243] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(576),
  [246] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(427),
  [249] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(197),
  [252] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(460),
  [255] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(578),
  [258] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(199),
  [261] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_body_repeat1, 2),
  [263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(532),
  [271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(483),
  [273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(527),
  [275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(582),
  [279] = {.entry = {.count = 1, .reusable = false}}, SHIFT(610),
  [281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [299] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 3, .production_id = 2),
  [301] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 3, .production_id = 2),
  [303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [305] = {.entry = {.count = 1, .reusable = false}}, SHIFT(539),
  [307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(475),
  [309] = {.entry = {.count = 1, .reusable = false}}, SHIFT(553),
  [311] = {.entry = {.count = 1, .reusable = false}}, SHIFT(461),
  [313] = {.entry = {.count = 1, .reusable = false}}, SHIFT(339),
  [315] = {.entry = {.count = 1, .reusable = false}}, SHIFT(348),
  [317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(712),
  [319] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 4, .production_id = 2),
  [321] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 4, .production_id = 2),
  [323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [327] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 37),
  [329] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 37),
  [331] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_downcast, 6, .production_id = 68),
  [333] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mir_header, 4, .production_id = 3),
  [335] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mir_header, 4, .production_id = 3),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_anon_const_item, 5, .production_id = 5),
  [339] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_anon_const_item, 5, .production_id = 5),
  [341] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 12, .production_id = 76),
  [343] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 12, .production_id = 76),
  [345] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 11, .production_id = 66),
  [347] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 11, .production_id = 66),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_place, 1),
  [351] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field, 7, .production_id = 78),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_comment, 3, .production_id = 1),
  [355] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_comment, 3, .production_id = 1),
  [357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 5, .production_id = 6),
  [359] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 5, .production_id = 6),
  [361] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 23),
  [363] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 23),
  [365] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 3),
  [367] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 3),
  [369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(641),
  [371] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 14),
  [373] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 14),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 15),
  [377] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 15),
  [379] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_downcast, 5, .production_id = 57),
  [381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 4),
  [383] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 4),
  [385] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coverage_mapping, 2, .production_id = 12),
  [387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [389] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coverage_mapping, 2, .production_id = 12),
  [391] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 36),
  [393] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 36),
  [395] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 5, .production_id = 2),
  [397] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 5, .production_id = 2),
  [399] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 25),
  [401] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 25),
  [403] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_promoted_item, 10, .production_id = 53),
  [405] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_promoted_item, 10, .production_id = 53),
  [407] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 2),
  [409] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 2),
  [411] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 52),
  [413] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 52),
  [415] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 51),
  [417] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 51),
  [419] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 50),
  [421] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 50),
  [423] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 38),
  [425] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 38),
  [427] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 6, .production_id = 2),
  [429] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 6, .production_id = 2),
  [431] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_static_item, 6, .production_id = 11),
  [433] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_static_item, 6, .production_id = 11),
  [435] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 16),
  [437] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 16),
  [439] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_const_item, 6, .production_id = 11),
  [441] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_const_item, 6, .production_id = 11),
  [443] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field, 9, .production_id = 78),
  [445] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_deref, 4),
  [447] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 6, .production_id = 10),
  [449] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 6, .production_id = 10),
  [451] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_const_item, 7, .production_id = 18),
  [453] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_const_item, 7, .production_id = 18),
  [455] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_index, 4, .production_id = 46),
  [457] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_static_item, 7, .production_id = 19),
  [459] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_static_item, 7, .production_id = 19),
  [461] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_index, 4, .production_id = 47),
  [463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 7, .production_id = 2),
  [465] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 7, .production_id = 2),
  [467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(642),
  [469] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 24),
  [471] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 24),
  [473] = {.entry = {.count = 1, .reusable = false}}, SHIFT(503),
  [475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(567),
  [477] = {.entry = {.count = 1, .reusable = false}}, SHIFT(509),
  [479] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(503),
  [483] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 5, .production_id = 26),
  [485] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 5, .production_id = 26),
  [487] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coverage_mapping, 3, .production_id = 12),
  [489] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coverage_mapping, 3, .production_id = 12),
  [491] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 3, .production_id = 20),
  [493] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 3, .production_id = 20),
  [495] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_block, 4),
  [497] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_block, 4),
  [499] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 7, .production_id = 41),
  [501] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 7, .production_id = 41),
  [503] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 8, .production_id = 77),
  [505] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 8, .production_id = 77),
  [507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(511),
  [509] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_debug, 6, .production_id = 54),
  [511] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coroutine_debug, 6, .production_id = 54),
  [513] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 8, .production_id = 56),
  [515] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 8, .production_id = 56),
  [517] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 9, .production_id = 77),
  [519] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 9, .production_id = 77),
  [521] = {.entry = {.count = 1, .reusable = false}}, SHIFT(419),
  [523] = {.entry = {.count = 1, .reusable = false}}, SHIFT(430),
  [525] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(510),
  [529] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 4, .production_id = 26),
  [531] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 4, .production_id = 26),
  [533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 5, .production_id = 41),
  [535] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 5, .production_id = 41),
  [537] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 6, .production_id = 56),
  [539] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 6, .production_id = 56),
  [541] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 5, .production_id = 20),
  [543] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 5, .production_id = 20),
  [545] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_debug, 5, .production_id = 40),
  [547] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_debug, 5, .production_id = 40),
  [549] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_debug, 6, .production_id = 55),
  [551] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coroutine_debug, 6, .production_id = 55),
  [553] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_debug, 5, .production_id = 39),
  [555] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_debug, 5, .production_id = 39),
  [557] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_block, 5),
  [559] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_block, 5),
  [561] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2),
  [563] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(339),
  [566] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(348),
  [569] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(267),
  [572] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 1, .production_id = 21),
  [574] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [576] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 3, .production_id = 43),
  [578] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [582] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [584] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [586] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 2, .production_id = 29),
  [588] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [590] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 1),
  [592] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_constant, 2, .production_id = 17),
  [594] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [596] = {.entry = {.count = 1, .reusable = true}}, SHIFT(570),
  [598] = {.entry = {.count = 1, .reusable = true}}, SHIFT(572),
  [600] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_local, 1),
  [602] = {.entry = {.count = 1, .reusable = true}}, SHIFT(650),
  [604] = {.entry = {.count = 1, .reusable = true}}, SHIFT(676),
  [606] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 7),
  [608] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_body_repeat2, 2),
  [610] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat2, 2), SHIFT_REPEAT(5),
  [613] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_body_repeat2, 2), SHIFT_REPEAT(204),
  [616] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 8, .production_id = 65),
  [618] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_field_decl, 4, .production_id = 67),
  [620] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [622] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [624] = {.entry = {.count = 1, .reusable = true}}, SHIFT(635),
  [626] = {.entry = {.count = 1, .reusable = false}}, SHIFT(489),
  [628] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [630] = {.entry = {.count = 1, .reusable = false}}, SHIFT(598),
  [632] = {.entry = {.count = 1, .reusable = false}}, SHIFT(599),
  [634] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [636] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 11, .production_id = 65),
  [638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [642] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [644] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [646] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_path, 1),
  [648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [650] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [652] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 9, .production_id = 65),
  [654] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [656] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 10, .production_id = 65),
  [658] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [660] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 4),
  [662] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 6),
  [664] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [666] = {.entry = {.count = 1, .reusable = false}}, SHIFT(487),
  [668] = {.entry = {.count = 1, .reusable = false}}, SHIFT(488),
  [670] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 5),
  [672] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [674] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [676] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [678] = {.entry = {.count = 1, .reusable = false}}, SHIFT(235),
  [680] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [682] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [684] = {.entry = {.count = 1, .reusable = true}}, SHIFT(484),
  [686] = {.entry = {.count = 1, .reusable = true}}, SHIFT(486),
  [688] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [690] = {.entry = {.count = 1, .reusable = true}}, SHIFT(626),
  [692] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_path, 2),
  [694] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_field_decl, 5, .production_id = 67),
  [696] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [698] = {.entry = {.count = 1, .reusable = true}}, SHIFT(534),
  [700] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [702] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [704] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [706] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [708] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [710] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unwind_action, 2, .production_id = 42),
  [712] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [714] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [716] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [718] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [720] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [722] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [724] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [726] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [728] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [730] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [734] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [736] = {.entry = {.count = 1, .reusable = true}}, SHIFT(627),
  [738] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [740] = {.entry = {.count = 1, .reusable = true}}, SHIFT(666),
  [742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(664),
  [744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(588),
  [746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(479),
  [748] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assert_repeat1, 2), SHIFT_REPEAT(43),
  [751] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assert_repeat1, 2),
  [753] = {.entry = {.count = 1, .reusable = true}}, SHIFT(710),
  [755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(709),
  [757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(466),
  [759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(462),
  [761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [765] = {.entry = {.count = 1, .reusable = true}}, SHIFT(463),
  [767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(464),
  [769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [775] = {.entry = {.count = 1, .reusable = true}}, SHIFT(667),
  [777] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [783] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [787] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(548),
  [791] = {.entry = {.count = 1, .reusable = true}}, SHIFT(544),
  [793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [795] = {.entry = {.count = 1, .reusable = true}}, SHIFT(563),
  [797] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [799] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 2),
  [801] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [803] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_ref_kind, 1),
  [805] = {.entry = {.count = 1, .reusable = false}}, SHIFT(424),
  [807] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 1),
  [809] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [811] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [813] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(718),
  [817] = {.entry = {.count = 1, .reusable = true}}, SHIFT(717),
  [819] = {.entry = {.count = 1, .reusable = true}}, SHIFT(714),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [823] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [825] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [829] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 5, .production_id = 13),
  [831] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 5, .production_id = 13),
  [833] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 5, .production_id = 49),
  [835] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 5, .production_id = 49),
  [837] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [839] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [843] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_ref_kind, 2),
  [845] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [847] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [849] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_repeat1, 2), SHIFT_REPEAT(54),
  [852] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_layout_repeat1, 2),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(697),
  [858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(698),
  [860] = {.entry = {.count = 1, .reusable = true}}, SHIFT(711),
  [862] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 2, .production_id = 107), SHIFT_REPEAT(412),
  [865] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 2, .production_id = 107),
  [867] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [869] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [871] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [873] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [875] = {.entry = {.count = 1, .reusable = true}}, SHIFT(541),
  [877] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [879] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [881] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 6, .production_id = 64),
  [883] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 6, .production_id = 64),
  [885] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [887] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [889] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [891] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 6, .production_id = 13),
  [893] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 6, .production_id = 13),
  [895] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [897] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [899] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [901] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [909] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [911] = {.entry = {.count = 1, .reusable = true}}, SHIFT(531),
  [913] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [915] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [917] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [919] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [921] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [923] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [925] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [927] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_variant_repeat1, 2), SHIFT_REPEAT(231),
  [930] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_variant_repeat1, 2),
  [932] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 3, .production_id = 22),
  [934] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 3, .production_id = 22),
  [936] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 3, .production_id = 13),
  [938] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 3, .production_id = 13),
  [940] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_function_repeat1, 2), SHIFT_REPEAT(409),
  [943] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_function_repeat1, 2),
  [945] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [947] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [951] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [953] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(556),
  [957] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [959] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__targets_repeat1, 2), SHIFT_REPEAT(118),
  [962] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__targets_repeat1, 2),
  [964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [966] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [970] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [972] = {.entry = {.count = 1, .reusable = true}}, SHIFT(546),
  [974] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_call_expr_repeat1, 2), SHIFT_REPEAT(30),
  [977] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_call_expr_repeat1, 2),
  [979] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [981] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [983] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(492),
  [987] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [989] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_alloc_repeat1, 2),
  [991] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_alloc_repeat1, 2), SHIFT_REPEAT(261),
  [994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [996] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_switch_int_repeat1, 2), SHIFT_REPEAT(145),
  [999] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_switch_int_repeat1, 2),
  [1001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(705),
  [1003] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1005] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 7, .production_id = 75),
  [1007] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 7, .production_id = 75),
  [1009] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [1011] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_variant_fields_repeat1, 2), SHIFT_REPEAT(421),
  [1014] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_variant_fields_repeat1, 2),
  [1016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [1018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [1024] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_field_tys_repeat1, 2), SHIFT_REPEAT(169),
  [1027] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_field_tys_repeat1, 2),
  [1029] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1031] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [1033] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [1035] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unwind_action, 5, .production_id = 81),
  [1037] = {.entry = {.count = 1, .reusable = false}}, SHIFT(524),
  [1039] = {.entry = {.count = 1, .reusable = false}}, SHIFT(526),
  [1041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(524),
  [1043] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 4, .production_id = 13),
  [1045] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 4, .production_id = 13),
  [1047] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(662),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(663),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1055] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [1057] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 4, .production_id = 33),
  [1059] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 4, .production_id = 33),
  [1061] = {.entry = {.count = 1, .reusable = true}}, SHIFT(514),
  [1063] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [1065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [1067] = {.entry = {.count = 1, .reusable = true}}, SHIFT(619),
  [1069] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1071] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_storage_conflicts_repeat1, 2), SHIFT_REPEAT(268),
  [1074] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_storage_conflicts_repeat1, 2),
  [1076] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 2, .production_id = 13),
  [1078] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 2, .production_id = 13),
  [1080] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [1082] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [1086] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [1088] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2, .production_id = 86), SHIFT_REPEAT(179),
  [1091] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2, .production_id = 86),
  [1093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [1095] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [1097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [1099] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_aggregate_repeat1, 2), SHIFT_REPEAT(288),
  [1102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_aggregate_repeat1, 2),
  [1104] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 4, .production_id = 101),
  [1106] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 5, .production_id = 85),
  [1108] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2),
  [1110] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 5, .production_id = 4),
  [1112] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attribute, 3, .production_id = 8),
  [1114] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_init, 3, .production_id = 8),
  [1116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [1120] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 6, .production_id = 44),
  [1122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(476),
  [1124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(616),
  [1126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(617),
  [1128] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 93),
  [1130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(472),
  [1132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [1134] = {.entry = {.count = 1, .reusable = true}}, SHIFT(518),
  [1136] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 94),
  [1138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 6),
  [1142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [1144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(701),
  [1146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [1148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(530),
  [1150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_field, 3, .production_id = 34),
  [1152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(594),
  [1154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_field, 3, .production_id = 35),
  [1156] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 4, .production_id = 4),
  [1160] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 85),
  [1162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1164] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [1166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 8, .production_id = 87),
  [1168] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_arm, 3, .production_id = 96),
  [1170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(601),
  [1172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(607),
  [1174] = {.entry = {.count = 1, .reusable = true}}, SHIFT(498),
  [1176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [1178] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 3),
  [1180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(707),
  [1184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 93),
  [1186] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 4, .production_id = 74),
  [1188] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 99),
  [1190] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 3),
  [1192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 94),
  [1194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(691),
  [1196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(693),
  [1198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [1202] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 100),
  [1204] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 5, .production_id = 44),
  [1206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 7, .production_id = 87),
  [1208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 4, .production_id = 102),
  [1210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, .production_id = 71),
  [1212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, .production_id = 70),
  [1214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(561),
  [1216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 5),
  [1220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 9, .production_id = 87),
  [1222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 1),
  [1224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(629),
  [1226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [1228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(587),
  [1230] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conflict, 1),
  [1232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conflict, 5),
  [1234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 8, .production_id = 99),
  [1236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [1238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(603),
  [1240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(687),
  [1242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 8, .production_id = 100),
  [1244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 3, .production_id = 44),
  [1246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 3, .production_id = 4),
  [1248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 10, .production_id = 87),
  [1250] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 6, .production_id = 104),
  [1252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 6, .production_id = 105),
  [1254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 3, .production_id = 61),
  [1256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 104),
  [1258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 3, .production_id = 9),
  [1260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 106),
  [1262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 105),
  [1264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 108),
  [1268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 2, .production_id = 29),
  [1270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 3, .production_id = 60),
  [1272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_other, 3, .production_id = 8),
  [1274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 8, .production_id = 106),
  [1276] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope_ref, 4),
  [1278] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 8, .production_id = 108),
  [1280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 4, .production_id = 109),
  [1282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 7),
  [1284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_upvar_start, 3, .production_id = 7),
  [1286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 4, .production_id = 110),
  [1288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 4),
  [1290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 4, .production_id = 44),
  [1292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [1294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(517),
  [1296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [1298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [1300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [1304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(700),
  [1306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1310] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [1314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [1316] = {.entry = {.count = 1, .reusable = true}}, SHIFT(501),
  [1318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [1322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [1324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(504),
  [1326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(506),
  [1328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [1330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(508),
  [1332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_terminate, 5),
  [1334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [1336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [1338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 4),
  [1340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(515),
  [1342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(491),
  [1344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [1346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [1348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 5),
  [1350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(522),
  [1352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 5, .production_id = 58),
  [1354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [1356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(500),
  [1360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [1362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 3),
  [1364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(529),
  [1366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [1368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [1370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 3),
  [1372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [1374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [1376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(713),
  [1378] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_thread_local_ref, 3, .production_id = 59),
  [1380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(482),
  [1382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(478),
  [1384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 5, .production_id = 4),
  [1386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(477),
  [1388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [1390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call, 5, .production_id = 62),
  [1392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 3, .production_id = 63),
  [1394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1396] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 2),
  [1398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(543),
  [1400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 2),
  [1402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [1406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [1408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(545),
  [1410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [1412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(547),
  [1414] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_terminator, 4, .production_id = 45),
  [1416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [1418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 4, .production_id = 4),
  [1420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [1422] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 4),
  [1424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [1426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [1430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(470),
  [1432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [1436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [1438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(450),
  [1442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [1444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [1446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [1448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [1450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_drop, 6, .production_id = 69),
  [1452] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 3),
  [1454] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 5),
  [1456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [1458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(439),
  [1460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [1462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [1464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [1466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(574),
  [1468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(444),
  [1470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [1472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [1474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [1476] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 6, .production_id = 72),
  [1478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [1480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [1484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(441),
  [1486] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 4),
  [1488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(581),
  [1492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [1494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [1496] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 4),
  [1498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(708),
  [1500] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_thread_local_ref, 4, .production_id = 73),
  [1502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [1504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [1506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(496),
  [1510] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [1512] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 4, .production_id = 63),
  [1514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1516] = {.entry = {.count = 1, .reusable = true}}, SHIFT(592),
  [1518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(703),
  [1520] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [1522] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [1524] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1526] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [1528] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [1530] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1532] = {.entry = {.count = 1, .reusable = true}}, SHIFT(639),
  [1534] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [1536] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [1538] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 3, .production_id = 4),
  [1540] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [1542] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1544] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1546] = {.entry = {.count = 1, .reusable = true}}, SHIFT(513),
  [1548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(516),
  [1550] = {.entry = {.count = 1, .reusable = true}}, SHIFT(519),
  [1552] = {.entry = {.count = 1, .reusable = true}}, SHIFT(612),
  [1554] = {.entry = {.count = 1, .reusable = true}}, SHIFT(525),
  [1556] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mutable, 1),
  [1558] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_async_drop, 7, .production_id = 80),
  [1560] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cleanup, 3),
  [1562] = {.entry = {.count = 1, .reusable = true}}, SHIFT(614),
  [1564] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 6),
  [1566] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1568] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1570] = {.entry = {.count = 1, .reusable = true}}, SHIFT(615),
  [1572] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1574] = {.entry = {.count = 1, .reusable = true}}, SHIFT(699),
  [1576] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 7, .production_id = 82),
  [1578] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [1580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(623),
  [1582] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [1584] = {.entry = {.count = 1, .reusable = true}}, SHIFT(695),
  [1586] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [1588] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat, 5, .production_id = 83),
  [1590] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 5),
  [1592] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 5),
  [1594] = {.entry = {.count = 1, .reusable = true}}, SHIFT(625),
  [1596] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [1598] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_raw_ptr, 5, .production_id = 84),
  [1600] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1602] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 5, .production_id = 63),
  [1604] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_terminator, 3, .production_id = 32),
  [1606] = {.entry = {.count = 1, .reusable = true}}, SHIFT(558),
  [1608] = {.entry = {.count = 1, .reusable = true}}, SHIFT(490),
  [1610] = {.entry = {.count = 1, .reusable = true}}, SHIFT(628),
  [1612] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [1614] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [1616] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [1618] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tail_call, 3, .production_id = 30),
  [1620] = {.entry = {.count = 1, .reusable = true}}, SHIFT(694),
  [1622] = {.entry = {.count = 1, .reusable = true}}, SHIFT(636),
  [1624] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [1626] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1628] = {.entry = {.count = 1, .reusable = true}}, SHIFT(559),
  [1630] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [1632] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_false_unwind, 3, .production_id = 28),
  [1634] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_false_edge, 3, .production_id = 28),
  [1636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(495),
  [1638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(560),
  [1640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(696),
  [1642] = {.entry = {.count = 1, .reusable = true}}, SHIFT(562),
  [1644] = {.entry = {.count = 1, .reusable = true}}, SHIFT(502),
  [1646] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [1648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [1650] = {.entry = {.count = 1, .reusable = true}}, SHIFT(647),
  [1652] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_drop, 8, .production_id = 88),
  [1654] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 8, .production_id = 89),
  [1656] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [1658] = {.entry = {.count = 1, .reusable = true}}, SHIFT(649),
  [1660] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1662] = {.entry = {.count = 1, .reusable = true}}, SHIFT(652),
  [1664] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 3, .production_id = 28),
  [1666] = {.entry = {.count = 1, .reusable = true}}, SHIFT(655),
  [1668] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 2),
  [1670] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 8, .production_id = 90),
  [1672] = {.entry = {.count = 1, .reusable = true}}, SHIFT(657),
  [1674] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_yield, 8, .production_id = 91),
  [1676] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 6, .production_id = 63),
  [1678] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 2, .production_id = 27),
  [1680] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cast, 6, .production_id = 92),
  [1682] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [1684] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 1),
  [1686] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [1688] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [1690] = {.entry = {.count = 1, .reusable = true}}, SHIFT(568),
  [1692] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [1694] = {.entry = {.count = 1, .reusable = true}}, SHIFT(523),
  [1696] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [1698] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [1700] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [1702] = {.entry = {.count = 1, .reusable = true}}, SHIFT(580),
  [1704] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1706] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [1708] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [1710] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_projection_name, 3),
  [1712] = {.entry = {.count = 1, .reusable = true}}, SHIFT(590),
  [1714] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_async_drop, 9, .production_id = 95),
  [1716] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1718] = {.entry = {.count = 1, .reusable = true}}, SHIFT(674),
  [1720] = {.entry = {.count = 1, .reusable = true}}, SHIFT(675),
  [1722] = {.entry = {.count = 1, .reusable = true}}, SHIFT(689),
  [1724] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 9, .production_id = 89),
  [1726] = {.entry = {.count = 1, .reusable = true}}, SHIFT(540),
  [1728] = {.entry = {.count = 1, .reusable = true}}, SHIFT(688),
  [1730] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 9, .production_id = 97),
  [1732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(678),
  [1734] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 9, .production_id = 98),
  [1736] = {.entry = {.count = 1, .reusable = true}}, SHIFT(686),
  [1738] = {.entry = {.count = 1, .reusable = true}}, SHIFT(609),
  [1740] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [1742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(684),
  [1744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(680),
  [1746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [1748] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [1750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(611),
  [1752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [1754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [1756] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [1758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [1760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [1762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [1764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [1766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(589),
  [1768] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_const, 4),
  [1770] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 10, .production_id = 89),
  [1772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(685),
  [1774] = {.entry = {.count = 1, .reusable = false}}, SHIFT(633),
  [1776] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 10, .production_id = 103),
  [1778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [1780] = {.entry = {.count = 1, .reusable = true}}, SHIFT(596),
  [1782] = {.entry = {.count = 1, .reusable = true}}, SHIFT(604),
  [1784] = {.entry = {.count = 1, .reusable = true}}, SHIFT(605),
  [1786] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_drop, 2),
  [1788] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 11, .production_id = 89),
  [1790] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unreachable, 2),
  [1792] = {.entry = {.count = 1, .reusable = true}}, SHIFT(692),
  [1794] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_resume, 2),
  [1796] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return, 2),
  [1798] = {.entry = {.count = 1, .reusable = true}}, SHIFT(620),
  [1800] = {.entry = {.count = 1, .reusable = true}}, SHIFT(631),
  [1802] = {.entry = {.count = 1, .reusable = true}}, SHIFT(702),
  [1804] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_terminate, 2),
  [1806] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [1808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(632),
  [1810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(634),
  [1812] = {.entry = {.count = 1, .reusable = true}}, SHIFT(706),
  [1814] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [1816] = {.entry = {.count = 1, .reusable = true}}, SHIFT(637),
  [1818] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [1820] = {.entry = {.count = 1, .reusable = true}}, SHIFT(638),
  [1822] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [1824] = {.entry = {.count = 1, .reusable = true}}, SHIFT(645),
  [1826] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [1828] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [1830] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1832] = {.entry = {.count = 1, .reusable = true}}, SHIFT(653),
  [1834] = {.entry = {.count = 1, .reusable = true}}, SHIFT(660),
  [1836] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [1838] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [1840] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1842] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 6, .production_id = 4),
  [1844] = {.entry = {.count = 1, .reusable = true}}, SHIFT(668),
  [1846] = {.entry = {.count = 1, .reusable = true}}, SHIFT(669),
  [1848] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [1850] = {.entry = {.count = 1, .reusable = true}}, SHIFT(670),
  [1852] = {.entry = {.count = 1, .reusable = true}}, SHIFT(671),
  [1854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [1856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_mir_external_scanner_create(void);
void tree_sitter_mir_external_scanner_destroy(void *);
bool tree_sitter_mir_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_mir_external_scanner_serialize(void *, char *);
void tree_sitter_mir_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_mir(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .keyword_lex_fn = ts_lex_keywords,
    .keyword_capture_token = sym_identifier,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_mir_external_scanner_create,
      tree_sitter_mir_external_scanner_destroy,
      tree_sitter_mir_external_scanner_scan,
      tree_sitter_mir_external_scanner_serialize,
      tree_sitter_mir_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
