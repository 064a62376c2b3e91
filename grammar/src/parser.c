#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 717
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 219
#define ALIAS_COUNT 4
#define TOKEN_COUNT 118
#define EXTERNAL_TOKEN_COUNT 11
#define FIELD_COUNT 39
#define MAX_ALIAS_SEQUENCE_LENGTH 12
#define PRODUCTION_ID_COUNT 110

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
  aux_sym_let_token1 = 47,
  anon_sym_let = 48,
  anon_sym_as = 49,
  anon_sym_inlined = 50,
  aux_sym_basic_block_token1 = 51,
  anon_sym_cleanup = 52,
  sym_label = 53,
  aux_sym_storage_live_token1 = 54,
  anon_sym_StorageLive = 55,
  aux_sym_storage_dead_token1 = 56,
  anon_sym_StorageDead = 57,
  anon_sym_discriminant = 58,
  anon_sym_nop = 59,
  anon_sym_async = 60,
  anon_sym_drop = 61,
  anon_sym_abort = 62,
  anon_sym_terminate = 63,
  aux_sym_goto_token1 = 64,
  anon_sym_goto = 65,
  anon_sym_switchInt = 66,
  anon_sym_return = 67,
  anon_sym_resume = 68,
  anon_sym_unreachable = 69,
  anon_sym_coroutine_drop = 70,
  anon_sym_generator_drop = 71,
  anon_sym_assert = 72,
  sym_not = 73,
  anon_sym_yield = 74,
  anon_sym_falseEdge = 75,
  anon_sym_falseEdges = 76,
  anon_sym_falseUnwind = 77,
  anon_sym_asm_BANG = 78,
  anon_sym_tailcall = 79,
  anon_sym_unwind = 80,
  anon_sym_continue = 81,
  anon_sym_AMP = 82,
  anon_sym_SLASH_STARtls_STAR_SLASH = 83,
  anon_sym_STAR = 84,
  anon_sym_from = 85,
  sym_region = 86,
  anon_sym_raw = 87,
  anon_sym_LPARENfake_RPAREN = 88,
  anon_sym_fake = 89,
  anon_sym_shallow = 90,
  anon_sym_uniq = 91,
  sym_copy = 92,
  sym_no_retag = 93,
  sym_move = 94,
  sym_deref_copy = 95,
  aux_sym_constant_token1 = 96,
  anon_sym_DOT = 97,
  anon_sym_subtype = 98,
  sym_variant_index = 99,
  sym_local = 100,
  sym_elided = 101,
  sym_alloc_name = 102,
  sym_alloc_line = 103,
  sym_integer = 104,
  sym_string = 105,
  sym_char = 106,
  sym__type_text = 107,
  sym__path_rest = 108,
  sym__path_bracketed = 109,
  sym__const_text = 110,
  sym__def_path_text = 111,
  sym__raw_text = 112,
  sym__paren_text = 113,
  sym__arg_type_text = 114,
  sym__debug_text = 115,
  sym__item_path_text = 116,
  sym__error_sentinel = 117,
  sym_source_file = 118,
  sym_mir_header = 119,
  sym_layout_comment = 120,
  sym_layout = 121,
  sym_upvar_start = 122,
  sym_field_tys = 123,
  sym_saved_field = 124,
  sym_saved_ty = 125,
  sym_source_info = 126,
  sym_scope_ref = 127,
  sym_attribute = 128,
  sym_variant_fields = 129,
  sym_variant = 130,
  sym_storage_conflicts = 131,
  sym_conflict = 132,
  sym_layout_other = 133,
  sym_saved_local = 134,
  sym_layout_block = 135,
  sym_layout_field_decl = 136,
  sym_coroutine_debug = 137,
  sym_function = 138,
  sym_parameter = 139,
  sym_const_item = 140,
  sym_static_item = 141,
  sym_anon_const_item = 142,
  sym_promoted_item = 143,
  sym_body = 144,
  sym_debug = 145,
  sym_projection_name = 146,
  sym_let = 147,
  sym_mutable = 148,
  sym_scope = 149,
  sym_basic_block = 150,
  sym_cleanup = 151,
  sym_assign = 152,
  sym_storage_live = 153,
  sym_storage_dead = 154,
  sym_set_discriminant = 155,
  sym_nop = 156,
  sym_generic_statement = 157,
  sym_async_drop = 158,
  sym_terminate = 159,
  sym_goto = 160,
  sym_switch_int = 161,
  sym_switch_arm = 162,
  sym_switch_const = 163,
  sym_return = 164,
  sym_resume = 165,
  sym_unreachable = 166,
  sym_coroutine_drop = 167,
  sym_drop = 168,
  sym_call = 169,
  sym_assert = 170,
  sym_yield = 171,
  sym_false_edge = 172,
  sym_false_unwind = 173,
  sym_inline_asm = 174,
  sym_tail_call = 175,
  sym_generic_terminator = 176,
  sym__targets = 177,
  sym_target = 178,
  sym_unwind_action = 179,
  sym_thread_local_ref = 180,
  sym_raw_ptr = 181,
  sym_ref = 182,
  sym_ref_kind = 183,
  sym_cast = 184,
  sym_call_expr = 185,
  sym_aggregate = 186,
  sym_field_init = 187,
  sym_tuple = 188,
  sym_array = 189,
  sym_repeat = 190,
  sym_path = 191,
  sym_operand = 192,
  sym_constant = 193,
  sym_place = 194,
  sym_deref = 195,
  sym_field = 196,
  sym_downcast = 197,
  sym_index = 198,
  sym_alloc = 199,
  aux_sym_source_file_repeat1 = 200,
  aux_sym_layout_repeat1 = 201,
  aux_sym_field_tys_repeat1 = 202,
  aux_sym_saved_ty_repeat1 = 203,
  aux_sym_source_info_repeat1 = 204,
  aux_sym_variant_fields_repeat1 = 205,
  aux_sym_variant_repeat1 = 206,
  aux_sym_storage_conflicts_repeat1 = 207,
  aux_sym_layout_block_repeat1 = 208,
  aux_sym_function_repeat1 = 209,
  aux_sym_body_repeat1 = 210,
  aux_sym_body_repeat2 = 211,
  aux_sym_basic_block_repeat1 = 212,
  aux_sym_switch_int_repeat1 = 213,
  aux_sym_assert_repeat1 = 214,
  aux_sym__targets_repeat1 = 215,
  aux_sym_call_expr_repeat1 = 216,
  aux_sym_aggregate_repeat1 = 217,
  aux_sym_alloc_repeat1 = 218,
  alias_sym_const_value = 219,
  alias_sym_name = 220,
  alias_sym_paren_text_bracket = 221,
  alias_sym_span = 222,
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
  field_type = 36,
  field_value = 37,
  field_variant = 38,
  field_yield_type = 39,
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
  [13] = {.index = 21, .length = 3},
  [14] = {.index = 24, .length = 3},
  [15] = {.index = 27, .length = 2},
  [16] = {.index = 29, .length = 1},
  [17] = {.index = 30, .length = 3},
  [18] = {.index = 33, .length = 3},
  [19] = {.index = 36, .length = 2},
  [20] = {.index = 38, .length = 1},
  [21] = {.index = 39, .length = 2},
  [22] = {.index = 41, .length = 3},
  [23] = {.index = 44, .length = 3},
  [24] = {.index = 47, .length = 2},
  [25] = {.index = 49, .length = 1},
  [26] = {.index = 50, .length = 1},
  [27] = {.index = 51, .length = 1},
  [28] = {.index = 52, .length = 1},
  [29] = {.index = 53, .length = 1},
  [30] = {.index = 54, .length = 2},
  [31] = {.index = 56, .length = 2},
  [32] = {.index = 58, .length = 2},
  [33] = {.index = 60, .length = 2},
  [34] = {.index = 62, .length = 1},
  [35] = {.index = 63, .length = 4},
  [36] = {.index = 67, .length = 3},
  [37] = {.index = 70, .length = 3},
  [38] = {.index = 73, .length = 2},
  [39] = {.index = 73, .length = 2},
  [40] = {.index = 75, .length = 2},
  [41] = {.index = 77, .length = 1},
  [42] = {.index = 78, .length = 1},
  [43] = {.index = 79, .length = 1},
  [44] = {.index = 80, .length = 3},
  [45] = {.index = 83, .length = 2},
  [46] = {.index = 83, .length = 2},
  [47] = {.index = 85, .length = 2},
  [48] = {.index = 87, .length = 2},
  [49] = {.index = 89, .length = 4},
  [50] = {.index = 93, .length = 3},
  [51] = {.index = 96, .length = 3},
  [52] = {.index = 99, .length = 3},
  [53] = {.index = 102, .length = 2},
  [54] = {.index = 102, .length = 2},
  [55] = {.index = 104, .length = 2},
  [56] = {.index = 106, .length = 2},
  [57] = {.index = 108, .length = 1},
  [58] = {.index = 109, .length = 1},
  [59] = {.index = 110, .length = 2},
  [60] = {.index = 112, .length = 2},
  [61] = {.index = 114, .length = 3},
  [62] = {.index = 117, .length = 1},
  [63] = {.index = 118, .length = 2},
  [64] = {.index = 120, .length = 1},
  [65] = {.index = 121, .length = 4},
  [66] = {.index = 125, .length = 2},
  [67] = {.index = 127, .length = 3},
  [68] = {.index = 130, .length = 2},
  [69] = {.index = 132, .length = 2},
  [70] = {.index = 132, .length = 2},
  [71] = {.index = 134, .length = 1},
  [72] = {.index = 135, .length = 1},
  [73] = {.index = 136, .length = 3},
  [74] = {.index = 139, .length = 2},
  [75] = {.index = 141, .length = 4},
  [76] = {.index = 145, .length = 2},
  [77] = {.index = 147, .length = 3},
  [78] = {.index = 150, .length = 2},
  [79] = {.index = 152, .length = 2},
  [80] = {.index = 154, .length = 4},
  [81] = {.index = 158, .length = 2},
  [82] = {.index = 160, .length = 1},
  [83] = {.index = 161, .length = 2},
  [84] = {.index = 163, .length = 3},
  [85] = {.index = 166, .length = 4},
  [86] = {.index = 170, .length = 2},
  [87] = {.index = 172, .length = 2},
  [88] = {.index = 174, .length = 1},
  [89] = {.index = 175, .length = 3},
  [90] = {.index = 178, .length = 3},
  [91] = {.index = 181, .length = 3},
  [92] = {.index = 184, .length = 2},
  [93] = {.index = 186, .length = 2},
  [94] = {.index = 188, .length = 2},
  [95] = {.index = 190, .length = 2},
  [96] = {.index = 192, .length = 4},
  [97] = {.index = 196, .length = 3},
  [98] = {.index = 199, .length = 4},
  [99] = {.index = 203, .length = 4},
  [100] = {.index = 207, .length = 1},
  [101] = {.index = 208, .length = 1},
  [102] = {.index = 209, .length = 4},
  [103] = {.index = 213, .length = 1},
  [104] = {.index = 214, .length = 1},
  [105] = {.index = 215, .length = 3},
  [106] = {.index = 218, .length = 4},
  [107] = {.index = 222, .length = 3},
  [108] = {.index = 225, .length = 1},
  [109] = {.index = 226, .length = 1},
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
    {field_label, 0},
  [21] =
    {field_body, 6},
    {field_name, 1},
    {field_return_type, 5},
  [24] =
    {field_body, 6},
    {field_name, 1},
    {field_yield_type, 5},
  [27] =
    {field_body, 6},
    {field_name, 1},
  [29] =
    {field_value, 1},
  [30] =
    {field_name, 1},
    {field_type, 3},
    {field_value, 5},
  [33] =
    {field_body, 6},
    {field_name, 2},
    {field_type, 4},
  [36] =
    {field_local, 0},
    {field_type, 1},
  [38] =
    {field_place, 0},
  [39] =
    {field_label, 0},
    {field_terminator, 1},
  [41] =
    {field_body, 7},
    {field_name, 1},
    {field_return_type, 6},
  [44] =
    {field_body, 7},
    {field_name, 1},
    {field_yield_type, 6},
  [47] =
    {field_body, 7},
    {field_name, 1},
  [49] =
    {field_index, 1},
  [50] =
    {field_target, 1},
  [51] =
    {field_target, 1, .inherited = true},
  [52] =
    {field_place, 1},
  [53] =
    {field_call, 1},
  [54] =
    {field_arguments, 1},
    {field_kind, 0},
  [56] =
    {field_kind, 0},
    {field_target, 1, .inherited = true},
  [58] =
    {field_label, 0},
    {field_terminator, 2},
  [60] =
    {field_id, 0},
    {field_type, 2},
  [62] =
    {field_id, 0},
  [63] =
    {field_body, 8},
    {field_name, 1},
    {field_return_type, 5},
    {field_yield_type, 7},
  [67] =
    {field_body, 8},
    {field_name, 1},
    {field_return_type, 7},
  [70] =
    {field_body, 8},
    {field_name, 1},
    {field_yield_type, 7},
  [73] =
    {field_name, 1},
    {field_value, 3},
  [75] =
    {field_local, 1},
    {field_type, 3},
  [77] =
    {field_action, 1},
  [78] =
    {field_place, 2},
  [79] =
    {field_function, 0},
  [80] =
    {field_arguments, 1},
    {field_kind, 0},
    {field_target, 2, .inherited = true},
  [83] =
    {field_base, 0},
    {field_index, 2},
  [85] =
    {field_place, 0},
    {field_value, 2},
  [87] =
    {field_label, 0},
    {field_terminator, 3},
  [89] =
    {field_body, 9},
    {field_name, 1},
    {field_return_type, 6},
    {field_yield_type, 8},
  [93] =
    {field_body, 9},
    {field_name, 1},
    {field_return_type, 8},
  [96] =
    {field_body, 9},
    {field_name, 1},
    {field_yield_type, 8},
  [99] =
    {field_body, 9},
    {field_name, 5},
    {field_type, 7},
  [102] =
    {field_name, 2},
    {field_value, 4},
  [104] =
    {field_local, 2},
    {field_type, 4},
  [106] =
    {field_base, 1},
    {field_variant, 3},
  [108] =
    {field_target, 3, .inherited = true},
  [109] =
    {field_static, 2},
  [110] =
    {field_place, 2},
    {field_region, 1},
  [112] =
    {field_kind, 1},
    {field_place, 2},
  [114] =
    {field_call, 2},
    {field_destination, 0},
    {field_target, 3, .inherited = true},
  [117] =
    {field_type, 0},
  [118] =
    {field_label, 0},
    {field_terminator, 4},
  [120] =
    {field_dims, 4},
  [121] =
    {field_body, 10},
    {field_name, 1},
    {field_return_type, 7},
    {field_yield_type, 9},
  [125] =
    {field_id, 1},
    {field_type, 3},
  [127] =
    {field_base, 1},
    {field_variant, 3},
    {field_variant, 4},
  [130] =
    {field_place, 2},
    {field_target, 4, .inherited = true},
  [132] =
    {field_block, 2},
    {field_kind, 0},
  [134] =
    {field_target, 4, .inherited = true},
  [135] =
    {field_static, 3},
  [136] =
    {field_kind, 2},
    {field_place, 3},
    {field_region, 1},
  [139] =
    {field_label, 0},
    {field_terminator, 5},
  [141] =
    {field_body, 11},
    {field_name, 1},
    {field_return_type, 8},
    {field_yield_type, 10},
  [145] =
    {field_index, 1},
    {field_inlined, 4},
  [147] =
    {field_base, 1},
    {field_index, 3},
    {field_type, 5},
  [150] =
    {field_place, 2},
    {field_value, 5},
  [152] =
    {field_place, 3},
    {field_target, 5, .inherited = true},
  [154] =
    {field_action, 1},
    {field_action, 2},
    {field_action, 3},
    {field_action, 4},
  [158] =
    {field_discr, 2},
    {field_otherwise, 5},
  [160] =
    {field_count, 3},
  [161] =
    {field_parts, 4},
    {field_type, 2},
  [163] =
    {field_kind, 0},
    {field_source_info, 3, .inherited = true},
    {field_type, 3, .inherited = true},
  [166] =
    {field_source_info, 0, .inherited = true},
    {field_source_info, 1, .inherited = true},
    {field_type, 0, .inherited = true},
    {field_type, 1, .inherited = true},
  [170] =
    {field_index, 2},
    {field_name, 0},
  [172] =
    {field_place, 2},
    {field_target, 6, .inherited = true},
  [174] =
    {field_discr, 2},
  [175] =
    {field_cond, 2},
    {field_message, 4},
    {field_target, 6, .inherited = true},
  [178] =
    {field_destination, 0},
    {field_target, 6, .inherited = true},
    {field_value, 4},
  [181] =
    {field_kind, 4},
    {field_type, 2},
    {field_value, 0},
  [184] =
    {field_kind, 0},
    {field_type, 4},
  [186] =
    {field_kind, 0},
    {field_source_info, 4},
  [188] =
    {field_place, 3},
    {field_target, 7, .inherited = true},
  [190] =
    {field_target, 2},
    {field_value, 0},
  [192] =
    {field_cond, 3},
    {field_message, 5},
    {field_negated, 2},
    {field_target, 7, .inherited = true},
  [196] =
    {field_cond, 2},
    {field_message, 4},
    {field_target, 7, .inherited = true},
  [199] =
    {field_kind, 0},
    {field_source_info, 5, .inherited = true},
    {field_type, 4},
    {field_type, 5, .inherited = true},
  [203] =
    {field_kind, 0},
    {field_source_info, 4},
    {field_source_info, 5, .inherited = true},
    {field_type, 5, .inherited = true},
  [207] =
    {field_type, 3},
  [208] =
    {field_source_info, 3},
  [209] =
    {field_cond, 3},
    {field_message, 5},
    {field_negated, 2},
    {field_target, 8, .inherited = true},
  [213] =
    {field_span, 4},
  [214] =
    {field_scope, 4},
  [215] =
    {field_scope, 5, .inherited = true},
    {field_span, 4},
    {field_span, 5, .inherited = true},
  [218] =
    {field_scope, 0, .inherited = true},
    {field_scope, 1, .inherited = true},
    {field_span, 0, .inherited = true},
    {field_span, 1, .inherited = true},
  [222] =
    {field_scope, 4},
    {field_scope, 5, .inherited = true},
    {field_span, 5, .inherited = true},
  [225] =
    {field_span, 3},
  [226] =
    {field_scope, 3},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [16] = {
    [1] = alias_sym_const_value,
  },
  [38] = {
    [1] = alias_sym_name,
  },
  [45] = {
    [2] = alias_sym_paren_text_bracket,
  },
  [53] = {
    [2] = alias_sym_name,
  },
  [69] = {
    [0] = sym_identifier,
  },
  [82] = {
    [3] = alias_sym_paren_text_bracket,
  },
  [103] = {
    [4] = alias_sym_span,
  },
  [105] = {
    [4] = alias_sym_span,
  },
  [108] = {
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
  [213] = 192,
  [214] = 214,
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
  [299] = 211,
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
  [417] = 395,
  [418] = 418,
  [419] = 419,
  [420] = 420,
  [421] = 421,
  [422] = 404,
  [423] = 423,
  [424] = 424,
  [425] = 425,
  [426] = 350,
  [427] = 398,
  [428] = 428,
  [429] = 429,
  [430] = 430,
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
      END_STATE();
    case 31:
      if (lookahead == 'b') ADVANCE(72);
      if (lookahead == 'r') ADVANCE(73);
      END_STATE();
    case 32:
      if (lookahead == 's') ADVANCE(74);
      END_STATE();
    case 33:
      if (lookahead == 'o') ADVANCE(75);
      END_STATE();
    case 34:
      if (lookahead == 'k') ADVANCE(76);
      if (lookahead == 'l') ADVANCE(77);
      END_STATE();
    case 35:
      if (lookahead == 'e') ADVANCE(78);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(anon_sym_fn);
      END_STATE();
    case 37:
      if (lookahead == 'o') ADVANCE(79);
      END_STATE();
    case 38:
      if (lookahead == 'n') ADVANCE(80);
      END_STATE();
    case 39:
      if (lookahead == 't') ADVANCE(81);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(anon_sym_in);
      if (lookahead == 'l') ADVANCE(82);
      END_STATE();
    case 41:
      if (lookahead == 'y') ADVANCE(83);
      END_STATE();
    case 42:
      if (lookahead == 't') ADVANCE(84);
      END_STATE();
    case 43:
      if (lookahead == '_') ADVANCE(85);
      if (lookahead == 'p') ADVANCE(86);
      END_STATE();
    case 44:
      if (lookahead == 'o') ADVANCE(87);
      END_STATE();
    case 45:
      if (lookahead == 'w') ADVANCE(88);
      END_STATE();
    case 46:
      if (lookahead == 's') ADVANCE(89);
      if (lookahead == 't') ADVANCE(90);
      END_STATE();
    case 47:
      if (lookahead == 'o') ADVANCE(91);
      END_STATE();
    case 48:
      if (lookahead == 'a') ADVANCE(92);
      END_STATE();
    case 49:
      if (lookahead == 'u') ADVANCE(93);
      END_STATE();
    case 50:
      if (lookahead == 'a') ADVANCE(94);
      END_STATE();
    case 51:
      if (lookahead == 'a') ADVANCE(95);
      if (lookahead == 'o') ADVANCE(96);
      END_STATE();
    case 52:
      if (lookahead == 'b') ADVANCE(97);
      END_STATE();
    case 53:
      if (lookahead == 'i') ADVANCE(98);
      END_STATE();
    case 54:
      if (lookahead == 'i') ADVANCE(99);
      END_STATE();
    case 55:
      if (lookahead == 'r') ADVANCE(100);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_ty);
      END_STATE();
    case 57:
      if (lookahead == 'i') ADVANCE(101);
      if (lookahead == 'r') ADVANCE(102);
      if (lookahead == 'w') ADVANCE(103);
      END_STATE();
    case 58:
      if (lookahead == 'v') ADVANCE(104);
      END_STATE();
    case 59:
      if (lookahead == 'r') ADVANCE(105);
      END_STATE();
    case 60:
      if (lookahead == 'e') ADVANCE(106);
      END_STATE();
    case 61:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(107);
      END_STATE();
    case 62:
      if (lookahead == 'M') ADVANCE(108);
      END_STATE();
    case 63:
      if (lookahead == 'r') ADVANCE(109);
      END_STATE();
    case 64:
      if (lookahead == 'r') ADVANCE(110);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(aux_sym_saved_local_token1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(65);
      END_STATE();
    case 66:
      if (lookahead == 'r') ADVANCE(111);
      END_STATE();
    case 67:
      if (lookahead == 'e') ADVANCE(112);
      END_STATE();
    case 68:
      if (lookahead == 'n') ADVANCE(113);
      END_STATE();
    case 69:
      if (lookahead == 'a') ADVANCE(114);
      END_STATE();
    case 70:
      if (lookahead == 's') ADVANCE(115);
      if (lookahead == 't') ADVANCE(116);
      END_STATE();
    case 71:
      if (lookahead == 'o') ADVANCE(117);
      END_STATE();
    case 72:
      if (lookahead == 'u') ADVANCE(118);
      END_STATE();
    case 73:
      if (lookahead == 'e') ADVANCE(119);
      END_STATE();
    case 74:
      if (lookahead == 'c') ADVANCE(120);
      END_STATE();
    case 75:
      if (lookahead == 'p') ADVANCE(121);
      END_STATE();
    case 76:
      if (lookahead == 'e') ADVANCE(122);
      END_STATE();
    case 77:
      if (lookahead == 's') ADVANCE(123);
      END_STATE();
    case 78:
      if (lookahead == 'l') ADVANCE(124);
      END_STATE();
    case 79:
      if (lookahead == 'm') ADVANCE(125);
      END_STATE();
    case 80:
      if (lookahead == 'e') ADVANCE(126);
      END_STATE();
    case 81:
      if (lookahead == 'o') ADVANCE(127);
      END_STATE();
    case 82:
      if (lookahead == 'i') ADVANCE(128);
      END_STATE();
    case 83:
      if (lookahead == 'o') ADVANCE(129);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(anon_sym_mut);
      END_STATE();
    case 85:
      if (lookahead == 'r') ADVANCE(130);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(anon_sym_nop);
      END_STATE();
    case 87:
      if (lookahead == 'm') ADVANCE(131);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(anon_sym_raw);
      END_STATE();
    case 89:
      if (lookahead == 'u') ADVANCE(132);
      END_STATE();
    case 90:
      if (lookahead == 'u') ADVANCE(133);
      END_STATE();
    case 91:
      if (lookahead == 'p') ADVANCE(134);
      END_STATE();
    case 92:
      if (lookahead == 'l') ADVANCE(135);
      END_STATE();
    case 93:
      if (lookahead == 'r') ADVANCE(136);
      END_STATE();
    case 94:
      if (lookahead == 'n') ADVANCE(137);
      END_STATE();
    case 95:
      if (lookahead == 't') ADVANCE(138);
      END_STATE();
    case 96:
      if (lookahead == 'r') ADVANCE(139);
      END_STATE();
    case 97:
      if (lookahead == 't') ADVANCE(140);
      END_STATE();
    case 98:
      if (lookahead == 't') ADVANCE(141);
      END_STATE();
    case 99:
      if (lookahead == 'l') ADVANCE(142);
      END_STATE();
    case 100:
      if (lookahead == 'm') ADVANCE(143);
      END_STATE();
    case 101:
      if (lookahead == 'q') ADVANCE(144);
      END_STATE();
    case 102:
      if (lookahead == 'e') ADVANCE(145);
      END_STATE();
    case 103:
      if (lookahead == 'i') ADVANCE(146);
      END_STATE();
    case 104:
      if (lookahead == 'a') ADVANCE(147);
      END_STATE();
    case 105:
      if (lookahead == 'i') ADVANCE(148);
      END_STATE();
    case 106:
      if (lookahead == 'l') ADVANCE(149);
      END_STATE();
    case 107:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(150);
      END_STATE();
    case 108:
      if (lookahead == 'a') ADVANCE(151);
      END_STATE();
    case 109:
      if (lookahead == 'c') ADVANCE(152);
      END_STATE();
    case 110:
      if (lookahead == 'a') ADVANCE(153);
      END_STATE();
    case 111:
      if (lookahead == 't') ADVANCE(154);
      END_STATE();
    case 112:
      if (lookahead == 'r') ADVANCE(155);
      END_STATE();
    case 113:
      if (lookahead == 'c') ADVANCE(156);
      END_STATE();
    case 114:
      if (lookahead == 'n') ADVANCE(157);
      END_STATE();
    case 115:
      if (lookahead == 't') ADVANCE(158);
      END_STATE();
    case 116:
      if (lookahead == 'i') ADVANCE(159);
      END_STATE();
    case 117:
      if (lookahead == 'u') ADVANCE(160);
      END_STATE();
    case 118:
      if (lookahead == 'g') ADVANCE(161);
      END_STATE();
    case 119:
      if (lookahead == 'f') ADVANCE(162);
      END_STATE();
    case 120:
      if (lookahead == 'r') ADVANCE(163);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_drop);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_fake);
      END_STATE();
    case 123:
      if (lookahead == 'e') ADVANCE(164);
      END_STATE();
    case 124:
      if (lookahead == 'd') ADVANCE(165);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_from);
      END_STATE();
    case 126:
      if (lookahead == 'r') ADVANCE(166);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(anon_sym_goto);
      END_STATE();
    case 128:
      if (lookahead == 'n') ADVANCE(167);
      END_STATE();
    case 129:
      if (lookahead == 'u') ADVANCE(168);
      END_STATE();
    case 130:
      if (lookahead == 'e') ADVANCE(169);
      END_STATE();
    case 131:
      if (lookahead == 'o') ADVANCE(170);
      END_STATE();
    case 132:
      if (lookahead == 'm') ADVANCE(171);
      END_STATE();
    case 133:
      if (lookahead == 'r') ADVANCE(172);
      END_STATE();
    case 134:
      if (lookahead == 'e') ADVANCE(173);
      END_STATE();
    case 135:
      if (lookahead == 'l') ADVANCE(174);
      END_STATE();
    case 136:
      if (lookahead == 'c') ADVANCE(175);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_span);
      END_STATE();
    case 138:
      if (lookahead == 'i') ADVANCE(176);
      END_STATE();
    case 139:
      if (lookahead == 'a') ADVANCE(177);
      END_STATE();
    case 140:
      if (lookahead == 'y') ADVANCE(178);
      END_STATE();
    case 141:
      if (lookahead == 'c') ADVANCE(179);
      END_STATE();
    case 142:
      if (lookahead == 'c') ADVANCE(180);
      END_STATE();
    case 143:
      if (lookahead == 'i') ADVANCE(181);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_uniq);
      END_STATE();
    case 145:
      if (lookahead == 'a') ADVANCE(182);
      END_STATE();
    case 146:
      if (lookahead == 'n') ADVANCE(183);
      END_STATE();
    case 147:
      if (lookahead == 'r') ADVANCE(184);
      END_STATE();
    case 148:
      if (lookahead == 'a') ADVANCE(185);
      END_STATE();
    case 149:
      if (lookahead == 'd') ADVANCE(186);
      END_STATE();
    case 150:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(187);
      END_STATE();
    case 151:
      if (lookahead == 't') ADVANCE(188);
      END_STATE();
    case 152:
      if (lookahead == 'e') ADVANCE(189);
      END_STATE();
    case 153:
      if (lookahead == 'g') ADVANCE(190);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(anon_sym_abort);
      END_STATE();
    case 155:
      if (lookahead == 't') ADVANCE(191);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(anon_sym_async);
      END_STATE();
    case 157:
      if (lookahead == 'u') ADVANCE(192);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(anon_sym_const);
      END_STATE();
    case 159:
      if (lookahead == 'n') ADVANCE(193);
      END_STATE();
    case 160:
      if (lookahead == 't') ADVANCE(194);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_debug);
      END_STATE();
    case 162:
      if (lookahead == '_') ADVANCE(195);
      END_STATE();
    case 163:
      if (lookahead == 'i') ADVANCE(196);
      END_STATE();
    case 164:
      if (lookahead == 'E') ADVANCE(197);
      if (lookahead == 'U') ADVANCE(198);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(anon_sym_field);
      if (lookahead == '_') ADVANCE(199);
      END_STATE();
    case 166:
      if (lookahead == 'a') ADVANCE(200);
      END_STATE();
    case 167:
      if (lookahead == 'e') ADVANCE(201);
      END_STATE();
    case 168:
      if (lookahead == 't') ADVANCE(202);
      END_STATE();
    case 169:
      if (lookahead == 't') ADVANCE(203);
      END_STATE();
    case 170:
      if (lookahead == 't') ADVANCE(204);
      END_STATE();
    case 171:
      if (lookahead == 'e') ADVANCE(205);
      END_STATE();
    case 172:
      if (lookahead == 'n') ADVANCE(206);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(anon_sym_scope);
      END_STATE();
    case 174:
      if (lookahead == 'o') ADVANCE(207);
      END_STATE();
    case 175:
      if (lookahead == 'e') ADVANCE(208);
      END_STATE();
    case 176:
      if (lookahead == 'c') ADVANCE(209);
      END_STATE();
    case 177:
      if (lookahead == 'g') ADVANCE(210);
      END_STATE();
    case 178:
      if (lookahead == 'p') ADVANCE(211);
      END_STATE();
    case 179:
      if (lookahead == 'h') ADVANCE(212);
      END_STATE();
    case 180:
      if (lookahead == 'a') ADVANCE(213);
      END_STATE();
    case 181:
      if (lookahead == 'n') ADVANCE(214);
      END_STATE();
    case 182:
      if (lookahead == 'c') ADVANCE(215);
      END_STATE();
    case 183:
      if (lookahead == 'd') ADVANCE(216);
      END_STATE();
    case 184:
      if (lookahead == '_') ADVANCE(217);
      END_STATE();
    case 185:
      if (lookahead == 'n') ADVANCE(218);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(anon_sym_yield);
      if (lookahead == 's') ADVANCE(219);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_alloc_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(187);
      END_STATE();
    case 188:
      if (lookahead == 'r') ADVANCE(220);
      END_STATE();
    case 189:
      if (lookahead == 'I') ADVANCE(221);
      END_STATE();
    case 190:
      if (lookahead == 'e') ADVANCE(222);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(anon_sym_assert);
      END_STATE();
    case 192:
      if (lookahead == 'p') ADVANCE(223);
      END_STATE();
    case 193:
      if (lookahead == 'u') ADVANCE(224);
      END_STATE();
    case 194:
      if (lookahead == 'i') ADVANCE(225);
      END_STATE();
    case 195:
      if (lookahead == 'c') ADVANCE(226);
      END_STATE();
    case 196:
      if (lookahead == 'm') ADVANCE(227);
      END_STATE();
    case 197:
      if (lookahead == 'd') ADVANCE(228);
      END_STATE();
    case 198:
      if (lookahead == 'n') ADVANCE(229);
      END_STATE();
    case 199:
      if (lookahead == 't') ADVANCE(230);
      END_STATE();
    case 200:
      if (lookahead == 't') ADVANCE(231);
      END_STATE();
    case 201:
      if (lookahead == 'd') ADVANCE(232);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(anon_sym_layout);
      END_STATE();
    case 203:
      if (lookahead == 'a') ADVANCE(233);
      END_STATE();
    case 204:
      if (lookahead == 'e') ADVANCE(234);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(anon_sym_resume);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(anon_sym_return);
      END_STATE();
    case 207:
      if (lookahead == 'w') ADVANCE(235);
      END_STATE();
    case 208:
      if (lookahead == '_') ADVANCE(236);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(anon_sym_static);
      END_STATE();
    case 210:
      if (lookahead == 'e') ADVANCE(237);
      END_STATE();
    case 211:
      if (lookahead == 'e') ADVANCE(238);
      END_STATE();
    case 212:
      if (lookahead == 'I') ADVANCE(239);
      END_STATE();
    case 213:
      if (lookahead == 'l') ADVANCE(240);
      END_STATE();
    case 214:
      if (lookahead == 'a') ADVANCE(241);
      END_STATE();
    case 215:
      if (lookahead == 'h') ADVANCE(242);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(anon_sym_unwind);
      END_STATE();
    case 217:
      if (lookahead == 's') ADVANCE(243);
      END_STATE();
    case 218:
      if (lookahead == 't') ADVANCE(244);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(anon_sym_yields);
      END_STATE();
    case 220:
      if (lookahead == 'i') ADVANCE(245);
      END_STATE();
    case 221:
      if (lookahead == 'n') ADVANCE(246);
      END_STATE();
    case 222:
      if (lookahead == 'D') ADVANCE(247);
      if (lookahead == 'L') ADVANCE(248);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(anon_sym_cleanup);
      END_STATE();
    case 224:
      if (lookahead == 'e') ADVANCE(249);
      END_STATE();
    case 225:
      if (lookahead == 'n') ADVANCE(250);
      END_STATE();
    case 226:
      if (lookahead == 'o') ADVANCE(251);
      END_STATE();
    case 227:
      if (lookahead == 'i') ADVANCE(252);
      END_STATE();
    case 228:
      if (lookahead == 'g') ADVANCE(253);
      END_STATE();
    case 229:
      if (lookahead == 'w') ADVANCE(254);
      END_STATE();
    case 230:
      if (lookahead == 'y') ADVANCE(255);
      END_STATE();
    case 231:
      if (lookahead == 'o') ADVANCE(256);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(anon_sym_inlined);
      END_STATE();
    case 233:
      if (lookahead == 'g') ADVANCE(257);
      END_STATE();
    case 234:
      if (lookahead == 'd') ADVANCE(258);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(anon_sym_shallow);
      END_STATE();
    case 236:
      if (lookahead == 'i') ADVANCE(259);
      END_STATE();
    case 237:
      if (lookahead == '_') ADVANCE(260);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(anon_sym_subtype);
      END_STATE();
    case 239:
      if (lookahead == 'n') ADVANCE(261);
      END_STATE();
    case 240:
      if (lookahead == 'l') ADVANCE(262);
      END_STATE();
    case 241:
      if (lookahead == 't') ADVANCE(263);
      END_STATE();
    case 242:
      if (lookahead == 'a') ADVANCE(264);
      END_STATE();
    case 243:
      if (lookahead == 't') ADVANCE(265);
      END_STATE();
    case 244:
      if (lookahead == '_') ADVANCE(266);
      END_STATE();
    case 245:
      if (lookahead == 'x') ADVANCE(267);
      END_STATE();
    case 246:
      if (lookahead == 'f') ADVANCE(268);
      END_STATE();
    case 247:
      if (lookahead == 'e') ADVANCE(269);
      END_STATE();
    case 248:
      if (lookahead == 'i') ADVANCE(270);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(anon_sym_continue);
      END_STATE();
    case 250:
      if (lookahead == 'e') ADVANCE(271);
      END_STATE();
    case 251:
      if (lookahead == 'p') ADVANCE(272);
      END_STATE();
    case 252:
      if (lookahead == 'n') ADVANCE(273);
      END_STATE();
    case 253:
      if (lookahead == 'e') ADVANCE(274);
      END_STATE();
    case 254:
      if (lookahead == 'i') ADVANCE(275);
      END_STATE();
    case 255:
      if (lookahead == 's') ADVANCE(276);
      END_STATE();
    case 256:
      if (lookahead == 'r') ADVANCE(277);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_no_retag);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(anon_sym_promoted);
      END_STATE();
    case 259:
      if (lookahead == 'n') ADVANCE(278);
      END_STATE();
    case 260:
      if (lookahead == 'c') ADVANCE(279);
      END_STATE();
    case 261:
      if (lookahead == 't') ADVANCE(280);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(anon_sym_tailcall);
      END_STATE();
    case 263:
      if (lookahead == 'e') ADVANCE(281);
      END_STATE();
    case 264:
      if (lookahead == 'b') ADVANCE(282);
      END_STATE();
    case 265:
      if (lookahead == 'a') ADVANCE(283);
      END_STATE();
    case 266:
      if (lookahead == 'f') ADVANCE(284);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(anon_sym_BitMatrix);
      END_STATE();
    case 268:
      if (lookahead == 'o') ADVANCE(285);
      END_STATE();
    case 269:
      if (lookahead == 'a') ADVANCE(286);
      END_STATE();
    case 270:
      if (lookahead == 'v') ADVANCE(287);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(anon_sym_coroutine);
      if (lookahead == '_') ADVANCE(288);
      END_STATE();
    case 272:
      if (lookahead == 'y') ADVANCE(289);
      END_STATE();
    case 273:
      if (lookahead == 'a') ADVANCE(290);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(anon_sym_falseEdge);
      if (lookahead == 's') ADVANCE(291);
      END_STATE();
    case 275:
      if (lookahead == 'n') ADVANCE(292);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(anon_sym_field_tys);
      END_STATE();
    case 277:
      if (lookahead == '_') ADVANCE(293);
      END_STATE();
    case 278:
      if (lookahead == 'f') ADVANCE(294);
      END_STATE();
    case 279:
      if (lookahead == 'o') ADVANCE(295);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(anon_sym_switchInt);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(anon_sym_terminate);
      END_STATE();
    case 282:
      if (lookahead == 'l') ADVANCE(296);
      END_STATE();
    case 283:
      if (lookahead == 'r') ADVANCE(297);
      END_STATE();
    case 284:
      if (lookahead == 'i') ADVANCE(298);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(anon_sym_SourceInfo);
      END_STATE();
    case 286:
      if (lookahead == 'd') ADVANCE(299);
      END_STATE();
    case 287:
      if (lookahead == 'e') ADVANCE(300);
      END_STATE();
    case 288:
      if (lookahead == 'd') ADVANCE(301);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_deref_copy);
      END_STATE();
    case 290:
      if (lookahead == 'n') ADVANCE(302);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(anon_sym_falseEdges);
      END_STATE();
    case 292:
      if (lookahead == 'd') ADVANCE(303);
      END_STATE();
    case 293:
      if (lookahead == 'd') ADVANCE(304);
      END_STATE();
    case 294:
      if (lookahead == 'o') ADVANCE(305);
      END_STATE();
    case 295:
      if (lookahead == 'n') ADVANCE(306);
      END_STATE();
    case 296:
      if (lookahead == 'e') ADVANCE(307);
      END_STATE();
    case 297:
      if (lookahead == 't') ADVANCE(308);
      END_STATE();
    case 298:
      if (lookahead == 'e') ADVANCE(309);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(anon_sym_StorageDead);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(anon_sym_StorageLive);
      END_STATE();
    case 301:
      if (lookahead == 'r') ADVANCE(310);
      END_STATE();
    case 302:
      if (lookahead == 't') ADVANCE(311);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(anon_sym_falseUnwind);
      END_STATE();
    case 304:
      if (lookahead == 'r') ADVANCE(312);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(anon_sym_source_info);
      END_STATE();
    case 306:
      if (lookahead == 'f') ADVANCE(313);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(anon_sym_unreachable);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(anon_sym_upvar_start);
      END_STATE();
    case 309:
      if (lookahead == 'l') ADVANCE(314);
      END_STATE();
    case 310:
      if (lookahead == 'o') ADVANCE(315);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(anon_sym_discriminant);
      END_STATE();
    case 312:
      if (lookahead == 'o') ADVANCE(316);
      END_STATE();
    case 313:
      if (lookahead == 'l') ADVANCE(317);
      END_STATE();
    case 314:
      if (lookahead == 'd') ADVANCE(318);
      END_STATE();
    case 315:
      if (lookahead == 'p') ADVANCE(319);
      END_STATE();
    case 316:
      if (lookahead == 'p') ADVANCE(320);
      END_STATE();
    case 317:
      if (lookahead == 'i') ADVANCE(321);
      END_STATE();
    case 318:
      if (lookahead == 's') ADVANCE(322);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(anon_sym_coroutine_drop);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(anon_sym_generator_drop);
      END_STATE();
    case 321:
      if (lookahead == 'c') ADVANCE(323);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(anon_sym_variant_fields);
      END_STATE();
    case 323:
      if (lookahead == 't') ADVANCE(324);
      END_STATE();
    case 324:
      if (lookahead == 's') ADVANCE(325);
      END_STATE();
    case 325:
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
  [22] = {.lex_state = 7, .external_lex_state = 3},
  [23] = {.lex_state = 7, .external_lex_state = 4},
  [24] = {.lex_state = 7, .external_lex_state = 4},
  [25] = {.lex_state = 7, .external_lex_state = 4},
  [26] = {.lex_state = 7},
  [27] = {.lex_state = 24},
  [28] = {.lex_state = 7, .external_lex_state = 4},
  [29] = {.lex_state = 24},
  [30] = {.lex_state = 7},
  [31] = {.lex_state = 7},
  [32] = {.lex_state = 7},
  [33] = {.lex_state = 7},
  [34] = {.lex_state = 20},
  [35] = {.lex_state = 7},
  [36] = {.lex_state = 7},
  [37] = {.lex_state = 7},
  [38] = {.lex_state = 7},
  [39] = {.lex_state = 7},
  [40] = {.lex_state = 7},
  [41] = {.lex_state = 7},
  [42] = {.lex_state = 7},
  [43] = {.lex_state = 24},
  [44] = {.lex_state = 20},
  [45] = {.lex_state = 77},
  [46] = {.lex_state = 77},
  [47] = {.lex_state = 77},
  [48] = {.lex_state = 77},
  [49] = {.lex_state = 20},
  [50] = {.lex_state = 20},
  [51] = {.lex_state = 147, .external_lex_state = 2},
  [52] = {.lex_state = 147, .external_lex_state = 2},
  [53] = {.lex_state = 20},
  [54] = {.lex_state = 20},
  [55] = {.lex_state = 147, .external_lex_state = 2},
  [56] = {.lex_state = 147, .external_lex_state = 2},
  [57] = {.lex_state = 147, .external_lex_state = 2},
  [58] = {.lex_state = 20},
  [59] = {.lex_state = 147, .external_lex_state = 2},
  [60] = {.lex_state = 147, .external_lex_state = 2},
  [61] = {.lex_state = 23, .external_lex_state = 5},
  [62] = {.lex_state = 23, .external_lex_state = 5},
  [63] = {.lex_state = 147, .external_lex_state = 2},
  [64] = {.lex_state = 147, .external_lex_state = 2},
  [65] = {.lex_state = 147, .external_lex_state = 2},
  [66] = {.lex_state = 147, .external_lex_state = 2},
  [67] = {.lex_state = 20},
  [68] = {.lex_state = 147, .external_lex_state = 2},
  [69] = {.lex_state = 147, .external_lex_state = 2},
  [70] = {.lex_state = 20},
  [71] = {.lex_state = 20},
  [72] = {.lex_state = 147, .external_lex_state = 2},
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
  [84] = {.lex_state = 20},
  [85] = {.lex_state = 20},
  [86] = {.lex_state = 147, .external_lex_state = 2},
  [87] = {.lex_state = 147, .external_lex_state = 2},
  [88] = {.lex_state = 20},
  [89] = {.lex_state = 20},
  [90] = {.lex_state = 147, .external_lex_state = 2},
  [91] = {.lex_state = 147, .external_lex_state = 2},
  [92] = {.lex_state = 147, .external_lex_state = 2},
  [93] = {.lex_state = 147, .external_lex_state = 2},
  [94] = {.lex_state = 147, .external_lex_state = 2},
  [95] = {.lex_state = 20},
  [96] = {.lex_state = 20},
  [97] = {.lex_state = 20, .external_lex_state = 3},
  [98] = {.lex_state = 20},
  [99] = {.lex_state = 24},
  [100] = {.lex_state = 24},
  [101] = {.lex_state = 20},
  [102] = {.lex_state = 20},
  [103] = {.lex_state = 24},
  [104] = {.lex_state = 20},
  [105] = {.lex_state = 20},
  [106] = {.lex_state = 24},
  [107] = {.lex_state = 20},
  [108] = {.lex_state = 24},
  [109] = {.lex_state = 24},
  [110] = {.lex_state = 24},
  [111] = {.lex_state = 24},
  [112] = {.lex_state = 24},
  [113] = {.lex_state = 24},
  [114] = {.lex_state = 24},
  [115] = {.lex_state = 24},
  [116] = {.lex_state = 20},
  [117] = {.lex_state = 24},
  [118] = {.lex_state = 20},
  [119] = {.lex_state = 24},
  [120] = {.lex_state = 24},
  [121] = {.lex_state = 20},
  [122] = {.lex_state = 24},
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
  [133] = {.lex_state = 145},
  [134] = {.lex_state = 21},
  [135] = {.lex_state = 21},
  [136] = {.lex_state = 21},
  [137] = {.lex_state = 20},
  [138] = {.lex_state = 75},
  [139] = {.lex_state = 20},
  [140] = {.lex_state = 20},
  [141] = {.lex_state = 20},
  [142] = {.lex_state = 20},
  [143] = {.lex_state = 21},
  [144] = {.lex_state = 20},
  [145] = {.lex_state = 20},
  [146] = {.lex_state = 20},
  [147] = {.lex_state = 20},
  [148] = {.lex_state = 20},
  [149] = {.lex_state = 75},
  [150] = {.lex_state = 20},
  [151] = {.lex_state = 20},
  [152] = {.lex_state = 20},
  [153] = {.lex_state = 20},
  [154] = {.lex_state = 20},
  [155] = {.lex_state = 20, .external_lex_state = 6},
  [156] = {.lex_state = 20},
  [157] = {.lex_state = 20},
  [158] = {.lex_state = 20},
  [159] = {.lex_state = 20},
  [160] = {.lex_state = 20},
  [161] = {.lex_state = 75},
  [162] = {.lex_state = 20},
  [163] = {.lex_state = 20},
  [164] = {.lex_state = 20},
  [165] = {.lex_state = 20},
  [166] = {.lex_state = 20},
  [167] = {.lex_state = 24},
  [168] = {.lex_state = 20},
  [169] = {.lex_state = 20},
  [170] = {.lex_state = 7},
  [171] = {.lex_state = 20},
  [172] = {.lex_state = 24},
  [173] = {.lex_state = 145, .external_lex_state = 7},
  [174] = {.lex_state = 24},
  [175] = {.lex_state = 20},
  [176] = {.lex_state = 73},
  [177] = {.lex_state = 20},
  [178] = {.lex_state = 20},
  [179] = {.lex_state = 20},
  [180] = {.lex_state = 20},
  [181] = {.lex_state = 20},
  [182] = {.lex_state = 145},
  [183] = {.lex_state = 145},
  [184] = {.lex_state = 20},
  [185] = {.lex_state = 145},
  [186] = {.lex_state = 69},
  [187] = {.lex_state = 69},
  [188] = {.lex_state = 20},
  [189] = {.lex_state = 20},
  [190] = {.lex_state = 20},
  [191] = {.lex_state = 145},
  [192] = {.lex_state = 20, .external_lex_state = 3},
  [193] = {.lex_state = 145},
  [194] = {.lex_state = 145},
  [195] = {.lex_state = 20},
  [196] = {.lex_state = 20},
  [197] = {.lex_state = 69},
  [198] = {.lex_state = 145},
  [199] = {.lex_state = 145},
  [200] = {.lex_state = 20},
  [201] = {.lex_state = 145},
  [202] = {.lex_state = 145},
  [203] = {.lex_state = 145},
  [204] = {.lex_state = 145},
  [205] = {.lex_state = 20},
  [206] = {.lex_state = 145},
  [207] = {.lex_state = 20, .external_lex_state = 3},
  [208] = {.lex_state = 75},
  [209] = {.lex_state = 75},
  [210] = {.lex_state = 145},
  [211] = {.lex_state = 21},
  [212] = {.lex_state = 145},
  [213] = {.lex_state = 20},
  [214] = {.lex_state = 20},
  [215] = {.lex_state = 145},
  [216] = {.lex_state = 145},
  [217] = {.lex_state = 145},
  [218] = {.lex_state = 20},
  [219] = {.lex_state = 75},
  [220] = {.lex_state = 20},
  [221] = {.lex_state = 145},
  [222] = {.lex_state = 75},
  [223] = {.lex_state = 20},
  [224] = {.lex_state = 145},
  [225] = {.lex_state = 20},
  [226] = {.lex_state = 20},
  [227] = {.lex_state = 145},
  [228] = {.lex_state = 145},
  [229] = {.lex_state = 20},
  [230] = {.lex_state = 145},
  [231] = {.lex_state = 145},
  [232] = {.lex_state = 145},
  [233] = {.lex_state = 20},
  [234] = {.lex_state = 76},
  [235] = {.lex_state = 145},
  [236] = {.lex_state = 145},
  [237] = {.lex_state = 145},
  [238] = {.lex_state = 145},
  [239] = {.lex_state = 75},
  [240] = {.lex_state = 20},
  [241] = {.lex_state = 75},
  [242] = {.lex_state = 145},
  [243] = {.lex_state = 145},
  [244] = {.lex_state = 145},
  [245] = {.lex_state = 145},
  [246] = {.lex_state = 145},
  [247] = {.lex_state = 20, .external_lex_state = 8},
  [248] = {.lex_state = 145},
  [249] = {.lex_state = 20},
  [250] = {.lex_state = 145},
  [251] = {.lex_state = 145},
  [252] = {.lex_state = 145},
  [253] = {.lex_state = 20},
  [254] = {.lex_state = 145},
  [255] = {.lex_state = 145},
  [256] = {.lex_state = 145},
  [257] = {.lex_state = 69},
  [258] = {.lex_state = 69},
  [259] = {.lex_state = 145},
  [260] = {.lex_state = 145},
  [261] = {.lex_state = 20},
  [262] = {.lex_state = 20},
  [263] = {.lex_state = 75},
  [264] = {.lex_state = 20},
  [265] = {.lex_state = 24},
  [266] = {.lex_state = 20},
  [267] = {.lex_state = 20},
  [268] = {.lex_state = 145},
  [269] = {.lex_state = 145},
  [270] = {.lex_state = 145},
  [271] = {.lex_state = 20},
  [272] = {.lex_state = 145},
  [273] = {.lex_state = 145},
  [274] = {.lex_state = 20},
  [275] = {.lex_state = 145},
  [276] = {.lex_state = 145},
  [277] = {.lex_state = 20},
  [278] = {.lex_state = 145},
  [279] = {.lex_state = 20},
  [280] = {.lex_state = 145},
  [281] = {.lex_state = 75},
  [282] = {.lex_state = 75},
  [283] = {.lex_state = 145},
  [284] = {.lex_state = 20},
  [285] = {.lex_state = 20},
  [286] = {.lex_state = 75},
  [287] = {.lex_state = 20},
  [288] = {.lex_state = 145},
  [289] = {.lex_state = 145},
  [290] = {.lex_state = 145},
  [291] = {.lex_state = 20},
  [292] = {.lex_state = 145},
  [293] = {.lex_state = 145},
  [294] = {.lex_state = 145},
  [295] = {.lex_state = 145},
  [296] = {.lex_state = 145},
  [297] = {.lex_state = 145},
  [298] = {.lex_state = 20},
  [299] = {.lex_state = 21, .external_lex_state = 3},
  [300] = {.lex_state = 20},
  [301] = {.lex_state = 145},
  [302] = {.lex_state = 145},
  [303] = {.lex_state = 145},
  [304] = {.lex_state = 145},
  [305] = {.lex_state = 145},
  [306] = {.lex_state = 145},
  [307] = {.lex_state = 145},
  [308] = {.lex_state = 145},
  [309] = {.lex_state = 145, .external_lex_state = 9},
  [310] = {.lex_state = 145},
  [311] = {.lex_state = 145},
  [312] = {.lex_state = 145},
  [313] = {.lex_state = 145},
  [314] = {.lex_state = 145},
  [315] = {.lex_state = 145},
  [316] = {.lex_state = 145},
  [317] = {.lex_state = 145, .external_lex_state = 7},
  [318] = {.lex_state = 145},
  [319] = {.lex_state = 145},
  [320] = {.lex_state = 145},
  [321] = {.lex_state = 145},
  [322] = {.lex_state = 145},
  [323] = {.lex_state = 145},
  [324] = {.lex_state = 145},
  [325] = {.lex_state = 145},
  [326] = {.lex_state = 145},
  [327] = {.lex_state = 20},
  [328] = {.lex_state = 145},
  [329] = {.lex_state = 145},
  [330] = {.lex_state = 145},
  [331] = {.lex_state = 20},
  [332] = {.lex_state = 20},
  [333] = {.lex_state = 145},
  [334] = {.lex_state = 145},
  [335] = {.lex_state = 145},
  [336] = {.lex_state = 145},
  [337] = {.lex_state = 145},
  [338] = {.lex_state = 145},
  [339] = {.lex_state = 20},
  [340] = {.lex_state = 145},
  [341] = {.lex_state = 145},
  [342] = {.lex_state = 145},
  [343] = {.lex_state = 145},
  [344] = {.lex_state = 145},
  [345] = {.lex_state = 145},
  [346] = {.lex_state = 20, .external_lex_state = 10},
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
  [357] = {.lex_state = 20},
  [358] = {.lex_state = 145},
  [359] = {.lex_state = 145},
  [360] = {.lex_state = 145},
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
  [377] = {.lex_state = 20},
  [378] = {.lex_state = 145},
  [379] = {.lex_state = 20, .external_lex_state = 11},
  [380] = {.lex_state = 145},
  [381] = {.lex_state = 145},
  [382] = {.lex_state = 145},
  [383] = {.lex_state = 145, .external_lex_state = 9},
  [384] = {.lex_state = 20},
  [385] = {.lex_state = 145},
  [386] = {.lex_state = 145},
  [387] = {.lex_state = 145},
  [388] = {.lex_state = 145},
  [389] = {.lex_state = 145},
  [390] = {.lex_state = 145},
  [391] = {.lex_state = 145},
  [392] = {.lex_state = 145},
  [393] = {.lex_state = 145},
  [394] = {.lex_state = 145},
  [395] = {.lex_state = 20},
  [396] = {.lex_state = 145},
  [397] = {.lex_state = 145},
  [398] = {.lex_state = 20},
  [399] = {.lex_state = 145},
  [400] = {.lex_state = 20},
  [401] = {.lex_state = 145},
  [402] = {.lex_state = 145},
  [403] = {.lex_state = 145},
  [404] = {.lex_state = 20},
  [405] = {.lex_state = 20},
  [406] = {.lex_state = 145},
  [407] = {.lex_state = 145},
  [408] = {.lex_state = 145},
  [409] = {.lex_state = 145},
  [410] = {.lex_state = 20},
  [411] = {.lex_state = 145},
  [412] = {.lex_state = 145},
  [413] = {.lex_state = 145},
  [414] = {.lex_state = 145},
  [415] = {.lex_state = 145},
  [416] = {.lex_state = 145},
  [417] = {.lex_state = 20, .external_lex_state = 3},
  [418] = {.lex_state = 20},
  [419] = {.lex_state = 145},
  [420] = {.lex_state = 145},
  [421] = {.lex_state = 145},
  [422] = {.lex_state = 20, .external_lex_state = 3},
  [423] = {.lex_state = 145},
  [424] = {.lex_state = 20},
  [425] = {.lex_state = 74},
  [426] = {.lex_state = 20, .external_lex_state = 3},
  [427] = {.lex_state = 20},
  [428] = {.lex_state = 145},
  [429] = {.lex_state = 145},
  [430] = {.lex_state = 145},
  [431] = {.lex_state = 145},
  [432] = {.lex_state = 145},
  [433] = {.lex_state = 145, .external_lex_state = 8},
  [434] = {.lex_state = 145},
  [435] = {.lex_state = 145},
  [436] = {.lex_state = 145, .external_lex_state = 10},
  [437] = {.lex_state = 145, .external_lex_state = 7},
  [438] = {.lex_state = 145},
  [439] = {.lex_state = 145},
  [440] = {.lex_state = 145, .external_lex_state = 8},
  [441] = {.lex_state = 145},
  [442] = {.lex_state = 145, .external_lex_state = 9},
  [443] = {.lex_state = 145},
  [444] = {.lex_state = 145},
  [445] = {.lex_state = 145},
  [446] = {.lex_state = 74},
  [447] = {.lex_state = 74},
  [448] = {.lex_state = 145},
  [449] = {.lex_state = 20},
  [450] = {.lex_state = 145},
  [451] = {.lex_state = 145},
  [452] = {.lex_state = 145},
  [453] = {.lex_state = 145},
  [454] = {.lex_state = 145},
  [455] = {.lex_state = 145},
  [456] = {.lex_state = 145, .external_lex_state = 8},
  [457] = {.lex_state = 145, .external_lex_state = 8},
  [458] = {.lex_state = 145, .external_lex_state = 8},
  [459] = {.lex_state = 145, .external_lex_state = 8},
  [460] = {.lex_state = 145},
  [461] = {.lex_state = 145, .external_lex_state = 11},
  [462] = {.lex_state = 145},
  [463] = {.lex_state = 145, .external_lex_state = 8},
  [464] = {.lex_state = 145},
  [465] = {.lex_state = 145},
  [466] = {.lex_state = 145},
  [467] = {.lex_state = 145},
  [468] = {.lex_state = 145},
  [469] = {.lex_state = 145},
  [470] = {.lex_state = 145},
  [471] = {.lex_state = 145, .external_lex_state = 8},
  [472] = {.lex_state = 145},
  [473] = {.lex_state = 145},
  [474] = {.lex_state = 20},
  [475] = {.lex_state = 145},
  [476] = {.lex_state = 145},
  [477] = {.lex_state = 145},
  [478] = {.lex_state = 145, .external_lex_state = 8},
  [479] = {.lex_state = 145},
  [480] = {.lex_state = 145},
  [481] = {.lex_state = 145, .external_lex_state = 8},
  [482] = {.lex_state = 145},
  [483] = {.lex_state = 145},
  [484] = {.lex_state = 145},
  [485] = {.lex_state = 145},
  [486] = {.lex_state = 145},
  [487] = {.lex_state = 145, .external_lex_state = 8},
  [488] = {.lex_state = 145},
  [489] = {.lex_state = 145},
  [490] = {.lex_state = 145},
  [491] = {.lex_state = 145},
  [492] = {.lex_state = 145},
  [493] = {.lex_state = 145, .external_lex_state = 11},
  [494] = {.lex_state = 145},
  [495] = {.lex_state = 20},
  [496] = {.lex_state = 145},
  [497] = {.lex_state = 145},
  [498] = {.lex_state = 145},
  [499] = {.lex_state = 145},
  [500] = {.lex_state = 145},
  [501] = {.lex_state = 145},
  [502] = {.lex_state = 145},
  [503] = {.lex_state = 145},
  [504] = {.lex_state = 145, .external_lex_state = 11},
  [505] = {.lex_state = 145},
  [506] = {.lex_state = 145},
  [507] = {.lex_state = 145},
  [508] = {.lex_state = 145},
  [509] = {.lex_state = 145},
  [510] = {.lex_state = 20},
  [511] = {.lex_state = 145},
  [512] = {.lex_state = 145},
  [513] = {.lex_state = 145, .external_lex_state = 8},
  [514] = {.lex_state = 145},
  [515] = {.lex_state = 145},
  [516] = {.lex_state = 145},
  [517] = {.lex_state = 145, .external_lex_state = 9},
  [518] = {.lex_state = 145},
  [519] = {.lex_state = 145},
  [520] = {.lex_state = 145},
  [521] = {.lex_state = 145},
  [522] = {.lex_state = 145},
  [523] = {.lex_state = 145},
  [524] = {.lex_state = 145},
  [525] = {.lex_state = 145},
  [526] = {.lex_state = 145},
  [527] = {.lex_state = 145, .external_lex_state = 8},
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
  [540] = {.lex_state = 145, .external_lex_state = 9},
  [541] = {.lex_state = 145},
  [542] = {.lex_state = 145, .external_lex_state = 8},
  [543] = {.lex_state = 145, .external_lex_state = 9},
  [544] = {.lex_state = 145, .external_lex_state = 11},
  [545] = {.lex_state = 7},
  [546] = {.lex_state = 145, .external_lex_state = 8},
  [547] = {.lex_state = 7},
  [548] = {.lex_state = 145},
  [549] = {.lex_state = 145},
  [550] = {.lex_state = 145},
  [551] = {.lex_state = 145},
  [552] = {.lex_state = 145},
  [553] = {.lex_state = 145},
  [554] = {.lex_state = 145},
  [555] = {.lex_state = 145},
  [556] = {.lex_state = 145},
  [557] = {.lex_state = 145, .external_lex_state = 8},
  [558] = {.lex_state = 20},
  [559] = {.lex_state = 145, .external_lex_state = 8},
  [560] = {.lex_state = 145},
  [561] = {.lex_state = 145},
  [562] = {.lex_state = 20},
  [563] = {.lex_state = 145},
  [564] = {.lex_state = 145},
  [565] = {.lex_state = 1},
  [566] = {.lex_state = 145},
  [567] = {.lex_state = 145},
  [568] = {.lex_state = 145},
  [569] = {.lex_state = 145},
  [570] = {.lex_state = 20},
  [571] = {.lex_state = 145},
  [572] = {.lex_state = 145},
  [573] = {.lex_state = 145},
  [574] = {.lex_state = 145},
  [575] = {.lex_state = 145},
  [576] = {.lex_state = 145},
  [577] = {.lex_state = 145},
  [578] = {.lex_state = 145},
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
  [593] = {.lex_state = 20},
  [594] = {.lex_state = 145},
  [595] = {.lex_state = 145},
  [596] = {.lex_state = 145},
  [597] = {.lex_state = 145},
  [598] = {.lex_state = 145, .external_lex_state = 10},
  [599] = {.lex_state = 145},
  [600] = {.lex_state = 145},
  [601] = {.lex_state = 145},
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
  [613] = {.lex_state = 74},
  [614] = {.lex_state = 145, .external_lex_state = 9},
  [615] = {.lex_state = 145},
  [616] = {.lex_state = 145},
  [617] = {.lex_state = 145},
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
  [633] = {.lex_state = 145, .external_lex_state = 8},
  [634] = {.lex_state = 145, .external_lex_state = 8},
  [635] = {.lex_state = 145},
  [636] = {.lex_state = 145, .external_lex_state = 8},
  [637] = {.lex_state = 145},
  [638] = {.lex_state = 145},
  [639] = {.lex_state = 145},
  [640] = {.lex_state = 145},
  [641] = {.lex_state = 145},
  [642] = {.lex_state = 7},
  [643] = {.lex_state = 145},
  [644] = {.lex_state = 145},
  [645] = {.lex_state = 145},
  [646] = {.lex_state = 145},
  [647] = {.lex_state = 145},
  [648] = {.lex_state = 145},
  [649] = {.lex_state = 145},
  [650] = {.lex_state = 145, .external_lex_state = 9},
  [651] = {.lex_state = 145},
  [652] = {.lex_state = 145},
  [653] = {.lex_state = 145},
  [654] = {.lex_state = 145},
  [655] = {.lex_state = 145},
  [656] = {.lex_state = 145, .external_lex_state = 10},
  [657] = {.lex_state = 145},
  [658] = {.lex_state = 145},
  [659] = {.lex_state = 145},
  [660] = {.lex_state = 145},
  [661] = {.lex_state = 145, .external_lex_state = 8},
  [662] = {.lex_state = 145, .external_lex_state = 10},
  [663] = {.lex_state = 145, .external_lex_state = 8},
  [664] = {.lex_state = 145, .external_lex_state = 8},
  [665] = {.lex_state = 145},
  [666] = {.lex_state = 145},
  [667] = {.lex_state = 145},
  [668] = {.lex_state = 145},
  [669] = {.lex_state = 145},
  [670] = {.lex_state = 145},
  [671] = {.lex_state = 145},
  [672] = {.lex_state = 145},
  [673] = {.lex_state = 145},
  [674] = {.lex_state = 2},
  [675] = {.lex_state = 145},
  [676] = {.lex_state = 145},
  [677] = {.lex_state = 145, .external_lex_state = 8},
  [678] = {.lex_state = 145},
  [679] = {.lex_state = 145},
  [680] = {.lex_state = 145},
  [681] = {.lex_state = 145},
  [682] = {.lex_state = 145},
  [683] = {.lex_state = 145},
  [684] = {.lex_state = 145},
  [685] = {.lex_state = 145},
  [686] = {.lex_state = 145},
  [687] = {.lex_state = 145},
  [688] = {.lex_state = 20},
  [689] = {.lex_state = 145},
  [690] = {.lex_state = 145},
  [691] = {.lex_state = 145},
  [692] = {.lex_state = 20},
  [693] = {.lex_state = 20},
  [694] = {.lex_state = 145},
  [695] = {.lex_state = 145},
  [696] = {.lex_state = 145},
  [697] = {.lex_state = 145, .external_lex_state = 8},
  [698] = {.lex_state = 145, .external_lex_state = 7},
  [699] = {.lex_state = 145},
  [700] = {.lex_state = 145},
  [701] = {.lex_state = 7},
  [702] = {.lex_state = 7},
  [703] = {.lex_state = 145, .external_lex_state = 8},
  [704] = {.lex_state = 20},
  [705] = {.lex_state = 145, .external_lex_state = 8},
  [706] = {.lex_state = 145, .external_lex_state = 8},
  [707] = {.lex_state = 145, .external_lex_state = 8},
  [708] = {.lex_state = 145, .external_lex_state = 8},
  [709] = {.lex_state = 145},
  [710] = {.lex_state = 7},
  [711] = {.lex_state = 145},
  [712] = {.lex_state = 145},
  [713] = {.lex_state = 145},
  [714] = {.lex_state = 20},
  [715] = {.lex_state = 145},
  [716] = {.lex_state = 145},
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
    [sym_source_file] = STATE(637),
    [sym_mir_header] = STATE(20),
    [sym_layout_comment] = STATE(20),
    [sym_function] = STATE(20),
    [sym_const_item] = STATE(20),
    [sym_static_item] = STATE(20),
    [sym_anon_const_item] = STATE(20),
    [sym_promoted_item] = STATE(20),
    [sym_alloc] = STATE(20),
    [aux_sym_source_file_repeat1] = STATE(20),
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
    STATE(423), 1,
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
    STATE(54), 4,
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
    STATE(669), 17,
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
    STATE(423), 1,
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
    STATE(54), 4,
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
    STATE(572), 17,
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
    STATE(423), 1,
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
    STATE(54), 4,
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
    STATE(482), 17,
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
    STATE(423), 1,
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
    STATE(54), 4,
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
    STATE(716), 17,
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
    STATE(423), 1,
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
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(4), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(469), 17,
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
    STATE(423), 1,
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
    STATE(54), 4,
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
    STATE(469), 17,
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
    STATE(318), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(90), 3,
      anon_sym_RBRACE,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
    STATE(54), 4,
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
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(168), 1,
      sym_path,
    STATE(285), 1,
      sym_operand,
    STATE(290), 1,
      sym_call_expr,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(573), 8,
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
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(168), 1,
      sym_path,
    STATE(285), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(573), 9,
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
    ACTIONS(176), 1,
      ts_builtin_sym_end,
    ACTIONS(178), 1,
      sym_block_comment,
    STATE(21), 9,
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
    ACTIONS(180), 1,
      ts_builtin_sym_end,
    ACTIONS(182), 1,
      sym_block_comment,
    ACTIONS(185), 1,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
    ACTIONS(188), 1,
      aux_sym_layout_comment_token1,
    ACTIONS(191), 1,
      anon_sym_fn,
    ACTIONS(194), 1,
      anon_sym_const,
    ACTIONS(197), 1,
      anon_sym_static,
    ACTIONS(200), 1,
      anon_sym_promoted,
    ACTIONS(203), 1,
      sym_alloc_name,
    ACTIONS(206), 1,
      sym__item_path_text,
    STATE(21), 9,
      sym_mir_header,
      sym_layout_comment,
      sym_function,
      sym_const_item,
      sym_static_item,
      sym_anon_const_item,
      sym_promoted_item,
      sym_alloc,
      aux_sym_source_file_repeat1,
  [1375] = 14,
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
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(678), 1,
      sym_call_expr,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(676), 2,
      sym_path,
      sym_operand,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1424] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(209), 1,
      anon_sym_RPAREN,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(362), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(213), 2,
      sym__arg_type_text,
      sym_string,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1468] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(215), 1,
      anon_sym_RPAREN,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(231), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(217), 2,
      sym__arg_type_text,
      sym_string,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1512] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(219), 1,
      anon_sym_RPAREN,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(362), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(213), 2,
      sym__arg_type_text,
      sym_string,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1556] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(221), 1,
      anon_sym_RPAREN,
    ACTIONS(223), 1,
      anon_sym_STAR,
    STATE(127), 1,
      sym_constant,
    STATE(142), 1,
      sym_place,
    STATE(215), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1599] = 11,
    ACTIONS(225), 1,
      anon_sym_RBRACE,
    ACTIONS(227), 1,
      anon_sym_scope,
    ACTIONS(229), 1,
      anon_sym_coroutine,
    ACTIONS(231), 1,
      anon_sym_debug,
    ACTIONS(233), 1,
      aux_sym_let_token1,
    ACTIONS(235), 1,
      anon_sym_let,
    ACTIONS(237), 1,
      aux_sym_basic_block_token1,
    ACTIONS(239), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(149), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
    STATE(29), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1640] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(362), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(213), 2,
      sym__arg_type_text,
      sym_string,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1681] = 11,
    ACTIONS(227), 1,
      anon_sym_scope,
    ACTIONS(229), 1,
      anon_sym_coroutine,
    ACTIONS(231), 1,
      anon_sym_debug,
    ACTIONS(233), 1,
      aux_sym_let_token1,
    ACTIONS(235), 1,
      anon_sym_let,
    ACTIONS(237), 1,
      aux_sym_basic_block_token1,
    ACTIONS(239), 1,
      sym_label,
    ACTIONS(241), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(161), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
    STATE(43), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1722] = 12,
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
    ACTIONS(243), 1,
      sym_identifier,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(607), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1764] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(245), 1,
      anon_sym_RPAREN,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(254), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1804] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(247), 1,
      anon_sym_RBRACK,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(185), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1844] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(221), 1,
      anon_sym_RPAREN,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(215), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1884] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(251), 1,
      anon_sym_SLASH_STARtls_STAR_SLASH,
    ACTIONS(253), 1,
      sym_region,
    ACTIONS(255), 1,
      anon_sym_raw,
    ACTIONS(257), 1,
      anon_sym_fake,
    STATE(128), 1,
      sym_ref_kind,
    STATE(401), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(249), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1924] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(259), 1,
      anon_sym_RBRACK,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(254), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1964] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(261), 1,
      anon_sym_RBRACK,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(254), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2004] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(263), 1,
      anon_sym_RPAREN,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(254), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2044] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(265), 1,
      sym_not,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(603), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2084] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(308), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2121] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(254), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2158] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(499), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2195] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(102), 1,
      sym_place,
    STATE(127), 1,
      sym_constant,
    STATE(466), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2232] = 9,
    ACTIONS(269), 1,
      anon_sym_scope,
    ACTIONS(272), 1,
      anon_sym_coroutine,
    ACTIONS(275), 1,
      anon_sym_debug,
    ACTIONS(278), 1,
      aux_sym_let_token1,
    ACTIONS(281), 1,
      anon_sym_let,
    ACTIONS(284), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(267), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
    STATE(43), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2267] = 9,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(255), 1,
      anon_sym_raw,
    ACTIONS(257), 1,
      anon_sym_fake,
    STATE(129), 1,
      sym_ref_kind,
    STATE(406), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(249), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2301] = 8,
    ACTIONS(227), 1,
      anon_sym_scope,
    ACTIONS(229), 1,
      anon_sym_coroutine,
    ACTIONS(231), 1,
      anon_sym_debug,
    ACTIONS(233), 1,
      aux_sym_let_token1,
    ACTIONS(235), 1,
      anon_sym_let,
    ACTIONS(286), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(43), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2332] = 8,
    ACTIONS(227), 1,
      anon_sym_scope,
    ACTIONS(229), 1,
      anon_sym_coroutine,
    ACTIONS(231), 1,
      anon_sym_debug,
    ACTIONS(233), 1,
      aux_sym_let_token1,
    ACTIONS(235), 1,
      anon_sym_let,
    ACTIONS(288), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(43), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2363] = 8,
    ACTIONS(227), 1,
      anon_sym_scope,
    ACTIONS(229), 1,
      anon_sym_coroutine,
    ACTIONS(231), 1,
      anon_sym_debug,
    ACTIONS(233), 1,
      aux_sym_let_token1,
    ACTIONS(235), 1,
      anon_sym_let,
    ACTIONS(290), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(46), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2394] = 8,
    ACTIONS(227), 1,
      anon_sym_scope,
    ACTIONS(229), 1,
      anon_sym_coroutine,
    ACTIONS(231), 1,
      anon_sym_debug,
    ACTIONS(233), 1,
      aux_sym_let_token1,
    ACTIONS(235), 1,
      anon_sym_let,
    ACTIONS(292), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(45), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2425] = 8,
    ACTIONS(294), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_RBRACE,
    ACTIONS(298), 1,
      anon_sym_upvar_start,
    ACTIONS(300), 1,
      anon_sym_field_tys,
    ACTIONS(302), 1,
      anon_sym_variant_fields,
    ACTIONS(304), 1,
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
  [2455] = 8,
    ACTIONS(294), 1,
      sym_identifier,
    ACTIONS(298), 1,
      anon_sym_upvar_start,
    ACTIONS(300), 1,
      anon_sym_field_tys,
    ACTIONS(302), 1,
      anon_sym_variant_fields,
    ACTIONS(304), 1,
      anon_sym_storage_conflicts,
    ACTIONS(306), 1,
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
  [2485] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(310), 1,
      sym_block_comment,
    ACTIONS(312), 1,
      anon_sym_LBRACE,
    ACTIONS(308), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2509] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(316), 1,
      sym_block_comment,
    ACTIONS(318), 1,
      anon_sym_LBRACE,
    ACTIONS(314), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2533] = 8,
    ACTIONS(294), 1,
      sym_identifier,
    ACTIONS(298), 1,
      anon_sym_upvar_start,
    ACTIONS(300), 1,
      anon_sym_field_tys,
    ACTIONS(302), 1,
      anon_sym_variant_fields,
    ACTIONS(304), 1,
      anon_sym_storage_conflicts,
    ACTIONS(320), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(256), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2563] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(322), 10,
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
  [2580] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(326), 1,
      sym_block_comment,
    ACTIONS(324), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2601] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(330), 1,
      sym_block_comment,
    ACTIONS(328), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2622] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(334), 1,
      sym_block_comment,
    ACTIONS(332), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2643] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(336), 10,
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
  [2660] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(340), 1,
      sym_block_comment,
    ACTIONS(338), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2681] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(344), 1,
      sym_block_comment,
    ACTIONS(342), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2702] = 8,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(346), 1,
      sym__debug_text,
    STATE(336), 1,
      sym_place,
    STATE(639), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2731] = 8,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(348), 1,
      sym__debug_text,
    STATE(334), 1,
      sym_place,
    STATE(638), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2760] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(352), 1,
      sym_block_comment,
    ACTIONS(350), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2781] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(356), 1,
      sym_block_comment,
    ACTIONS(354), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2802] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(360), 1,
      sym_block_comment,
    ACTIONS(358), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2823] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(364), 1,
      sym_block_comment,
    ACTIONS(362), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2844] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(366), 10,
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
  [2861] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(370), 1,
      sym_block_comment,
    ACTIONS(368), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2882] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(374), 1,
      sym_block_comment,
    ACTIONS(372), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2903] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(376), 10,
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
  [2920] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(378), 10,
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
  [2937] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(382), 1,
      sym_block_comment,
    ACTIONS(380), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2958] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(386), 1,
      sym_block_comment,
    ACTIONS(384), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2979] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(390), 1,
      sym_block_comment,
    ACTIONS(388), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3000] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(394), 1,
      sym_block_comment,
    ACTIONS(392), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3021] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(398), 1,
      sym_block_comment,
    ACTIONS(396), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3042] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(402), 1,
      sym_block_comment,
    ACTIONS(400), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3063] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(406), 1,
      sym_block_comment,
    ACTIONS(404), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3084] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(410), 1,
      sym_block_comment,
    ACTIONS(408), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3105] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(414), 1,
      sym_block_comment,
    ACTIONS(412), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3126] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(418), 1,
      sym_block_comment,
    ACTIONS(416), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3147] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(422), 1,
      sym_block_comment,
    ACTIONS(420), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3168] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(426), 1,
      sym_block_comment,
    ACTIONS(424), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3189] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(428), 10,
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
  [3206] = 7,
    ACTIONS(294), 1,
      sym_identifier,
    ACTIONS(298), 1,
      anon_sym_upvar_start,
    ACTIONS(300), 1,
      anon_sym_field_tys,
    ACTIONS(302), 1,
      anon_sym_variant_fields,
    ACTIONS(304), 1,
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
  [3233] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(432), 1,
      sym_block_comment,
    ACTIONS(430), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3254] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(436), 1,
      sym_block_comment,
    ACTIONS(434), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3275] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(438), 10,
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
  [3292] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(440), 10,
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
  [3309] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(444), 1,
      sym_block_comment,
    ACTIONS(442), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3330] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(448), 1,
      sym_block_comment,
    ACTIONS(446), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3351] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(452), 1,
      sym_block_comment,
    ACTIONS(450), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3372] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(456), 1,
      sym_block_comment,
    ACTIONS(454), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3393] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(460), 1,
      sym_block_comment,
    ACTIONS(458), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3414] = 8,
    ACTIONS(462), 1,
      sym_identifier,
    ACTIONS(464), 1,
      anon_sym_RBRACK,
    ACTIONS(468), 1,
      anon_sym_unwind,
    ACTIONS(470), 1,
      sym_integer,
    STATE(369), 1,
      sym_target,
    STATE(374), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3442] = 8,
    ACTIONS(462), 1,
      sym_identifier,
    ACTIONS(468), 1,
      anon_sym_unwind,
    ACTIONS(470), 1,
      sym_integer,
    ACTIONS(472), 1,
      anon_sym_RBRACK,
    STATE(369), 1,
      sym_target,
    STATE(374), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3470] = 8,
    ACTIONS(118), 1,
      sym_identifier,
    ACTIONS(138), 1,
      sym__path_bracketed,
    ACTIONS(476), 1,
      anon_sym_raw,
    ACTIONS(478), 1,
      anon_sym_fake,
    STATE(207), 1,
      sym_ref_kind,
    STATE(468), 1,
      sym_path,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(474), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
  [3498] = 8,
    ACTIONS(462), 1,
      sym_identifier,
    ACTIONS(468), 1,
      anon_sym_unwind,
    ACTIONS(470), 1,
      sym_integer,
    ACTIONS(480), 1,
      anon_sym_RBRACK,
    STATE(243), 1,
      sym_target,
    STATE(374), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3526] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(484), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(482), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3543] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(488), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(486), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3560] = 6,
    ACTIONS(490), 1,
      anon_sym_RBRACE,
    ACTIONS(492), 1,
      anon_sym_variant_fields,
    ACTIONS(494), 1,
      anon_sym_storage_conflicts,
    ACTIONS(496), 1,
      anon_sym_field,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(104), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3583] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(498), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3600] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(504), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(502), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3617] = 6,
    ACTIONS(492), 1,
      anon_sym_variant_fields,
    ACTIONS(494), 1,
      anon_sym_storage_conflicts,
    ACTIONS(496), 1,
      anon_sym_field,
    ACTIONS(506), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(116), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3640] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(508), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3657] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(512), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(510), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3674] = 6,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(223), 1,
      anon_sym_STAR,
    STATE(220), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3697] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(516), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(514), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3714] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(520), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(518), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3731] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(524), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(522), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3748] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(528), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(526), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3765] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(532), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(530), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3782] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(536), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(534), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3799] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(540), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(538), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3816] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(544), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(542), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3833] = 6,
    ACTIONS(546), 1,
      anon_sym_RBRACE,
    ACTIONS(548), 1,
      anon_sym_variant_fields,
    ACTIONS(551), 1,
      anon_sym_storage_conflicts,
    ACTIONS(554), 1,
      anon_sym_field,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(116), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3856] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(559), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(557), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3873] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(561), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3890] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(565), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(563), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3907] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(569), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(567), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3924] = 7,
    ACTIONS(462), 1,
      sym_identifier,
    ACTIONS(468), 1,
      anon_sym_unwind,
    ACTIONS(470), 1,
      sym_integer,
    STATE(369), 1,
      sym_target,
    STATE(374), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3949] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(573), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(571), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3966] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(326), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3986] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(118), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4006] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(320), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4026] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(283), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4046] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(575), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4060] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(402), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4080] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(351), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4100] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(577), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4114] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(248), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4134] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(105), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(54), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4154] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(579), 6,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_COLON,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
      anon_sym_SEMI,
  [4167] = 6,
    ACTIONS(581), 1,
      sym_identifier,
    ACTIONS(583), 1,
      anon_sym_RBRACK,
    STATE(345), 1,
      sym_switch_arm,
    STATE(569), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      sym_integer,
      sym_char,
  [4188] = 6,
    ACTIONS(581), 1,
      sym_identifier,
    ACTIONS(587), 1,
      anon_sym_RBRACK,
    STATE(278), 1,
      sym_switch_arm,
    STATE(569), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      sym_integer,
      sym_char,
  [4209] = 6,
    ACTIONS(581), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_RBRACK,
    STATE(345), 1,
      sym_switch_arm,
    STATE(569), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      sym_integer,
      sym_char,
  [4230] = 5,
    ACTIONS(591), 1,
      anon_sym_RBRACE,
    STATE(325), 1,
      sym_saved_field,
    STATE(712), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4248] = 5,
    ACTIONS(595), 1,
      anon_sym_RBRACE,
    ACTIONS(597), 1,
      aux_sym_basic_block_token1,
    ACTIONS(600), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(138), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4266] = 3,
    ACTIONS(605), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(603), 4,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4280] = 6,
    ACTIONS(607), 1,
      sym_identifier,
    ACTIONS(609), 1,
      anon_sym_RBRACE,
    ACTIONS(611), 1,
      anon_sym_ty,
    ACTIONS(613), 1,
      anon_sym_source_info,
    STATE(304), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4300] = 6,
    ACTIONS(607), 1,
      sym_identifier,
    ACTIONS(611), 1,
      anon_sym_ty,
    ACTIONS(613), 1,
      anon_sym_source_info,
    ACTIONS(615), 1,
      anon_sym_RBRACE,
    STATE(304), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4320] = 5,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(617), 1,
      anon_sym_as,
    ACTIONS(619), 1,
      anon_sym_DOT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(498), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [4338] = 5,
    ACTIONS(581), 1,
      sym_identifier,
    STATE(345), 1,
      sym_switch_arm,
    STATE(569), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      sym_integer,
      sym_char,
  [4356] = 5,
    ACTIONS(621), 1,
      anon_sym_RBRACE,
    STATE(193), 1,
      sym_saved_field,
    STATE(712), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4374] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(623), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4386] = 6,
    ACTIONS(607), 1,
      sym_identifier,
    ACTIONS(611), 1,
      anon_sym_ty,
    ACTIONS(613), 1,
      anon_sym_source_info,
    ACTIONS(625), 1,
      anon_sym_RBRACE,
    STATE(304), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4406] = 6,
    ACTIONS(607), 1,
      sym_identifier,
    ACTIONS(611), 1,
      anon_sym_ty,
    ACTIONS(613), 1,
      anon_sym_source_info,
    ACTIONS(627), 1,
      anon_sym_RBRACE,
    STATE(304), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4426] = 6,
    ACTIONS(607), 1,
      sym_identifier,
    ACTIONS(611), 1,
      anon_sym_ty,
    ACTIONS(613), 1,
      anon_sym_source_info,
    ACTIONS(629), 1,
      anon_sym_RBRACE,
    STATE(304), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4446] = 5,
    ACTIONS(237), 1,
      aux_sym_basic_block_token1,
    ACTIONS(239), 1,
      sym_label,
    ACTIONS(241), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(138), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4464] = 6,
    ACTIONS(607), 1,
      sym_identifier,
    ACTIONS(631), 1,
      anon_sym_RBRACE,
    ACTIONS(633), 1,
      anon_sym_ty,
    ACTIONS(635), 1,
      anon_sym_source_info,
    STATE(230), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4484] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(637), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4496] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(639), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4508] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(641), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4520] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(643), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4532] = 3,
    ACTIONS(647), 1,
      sym__path_rest,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(645), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4546] = 6,
    ACTIONS(607), 1,
      sym_identifier,
    ACTIONS(611), 1,
      anon_sym_ty,
    ACTIONS(613), 1,
      anon_sym_source_info,
    ACTIONS(649), 1,
      anon_sym_RBRACE,
    STATE(304), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4566] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(651), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4578] = 5,
    ACTIONS(653), 1,
      anon_sym_RBRACE,
    STATE(325), 1,
      sym_saved_field,
    STATE(712), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4596] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(655), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4608] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(657), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4620] = 5,
    ACTIONS(237), 1,
      aux_sym_basic_block_token1,
    ACTIONS(239), 1,
      sym_label,
    ACTIONS(659), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(138), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4638] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(645), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4649] = 4,
    ACTIONS(661), 1,
      anon_sym_RBRACK,
    STATE(292), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4664] = 5,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    ACTIONS(665), 1,
      anon_sym_DASH_GT,
    ACTIONS(667), 1,
      anon_sym_yields,
    STATE(64), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4681] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(669), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4692] = 5,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    ACTIONS(671), 1,
      anon_sym_DASH_GT,
    ACTIONS(673), 1,
      anon_sym_yields,
    STATE(55), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4709] = 5,
    ACTIONS(675), 1,
      anon_sym_RBRACE,
    ACTIONS(677), 1,
      anon_sym_LPAREN,
    ACTIONS(679), 1,
      aux_sym_conflict_token1,
    STATE(236), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4726] = 5,
    ACTIONS(681), 1,
      anon_sym_LBRACE,
    ACTIONS(683), 1,
      anon_sym_LPAREN,
    ACTIONS(685), 1,
      anon_sym_SEMI,
    ACTIONS(687), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4743] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(689), 4,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4754] = 5,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(86), 1,
      sym_body,
    STATE(507), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4771] = 5,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    ACTIONS(691), 1,
      anon_sym_DASH_GT,
    ACTIONS(693), 1,
      anon_sym_yields,
    STATE(87), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4788] = 5,
    ACTIONS(677), 1,
      anon_sym_LPAREN,
    ACTIONS(679), 1,
      aux_sym_conflict_token1,
    ACTIONS(695), 1,
      anon_sym_RBRACE,
    STATE(314), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4805] = 5,
    ACTIONS(697), 1,
      anon_sym_SEMI,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    ACTIONS(701), 1,
      sym__raw_text,
    STATE(670), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4822] = 5,
    ACTIONS(677), 1,
      anon_sym_LPAREN,
    ACTIONS(679), 1,
      aux_sym_conflict_token1,
    ACTIONS(703), 1,
      anon_sym_RBRACE,
    STATE(314), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4839] = 4,
    ACTIONS(707), 1,
      anon_sym_RBRACE,
    STATE(307), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(705), 2,
      sym_identifier,
      sym_integer,
  [4854] = 5,
    ACTIONS(709), 1,
      anon_sym_LBRACK,
    ACTIONS(711), 1,
      sym_label,
    ACTIONS(713), 1,
      anon_sym_unwind,
    STATE(619), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4871] = 4,
    ACTIONS(715), 1,
      anon_sym_RBRACE,
    STATE(307), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(705), 2,
      sym_identifier,
      sym_integer,
  [4886] = 5,
    ACTIONS(607), 1,
      sym_identifier,
    ACTIONS(611), 1,
      anon_sym_ty,
    ACTIONS(613), 1,
      anon_sym_source_info,
    STATE(304), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4903] = 4,
    ACTIONS(717), 1,
      anon_sym_COLON,
    ACTIONS(719), 1,
      anon_sym_terminate,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(721), 2,
      anon_sym_unreachable,
      anon_sym_continue,
  [4918] = 5,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    ACTIONS(723), 1,
      anon_sym_DASH_GT,
    ACTIONS(725), 1,
      anon_sym_yields,
    STATE(59), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4935] = 4,
    ACTIONS(727), 1,
      anon_sym_RBRACK,
    STATE(376), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4950] = 3,
    ACTIONS(731), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(729), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [4963] = 4,
    ACTIONS(733), 1,
      anon_sym_COMMA,
    STATE(183), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(736), 2,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
  [4978] = 4,
    STATE(325), 1,
      sym_saved_field,
    STATE(712), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4993] = 5,
    ACTIONS(738), 1,
      anon_sym_COMMA,
    ACTIONS(740), 1,
      anon_sym_RBRACK,
    ACTIONS(742), 1,
      anon_sym_SEMI,
    STATE(204), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5010] = 5,
    ACTIONS(744), 1,
      anon_sym_RBRACE,
    ACTIONS(746), 1,
      sym_elided,
    ACTIONS(748), 1,
      sym_alloc_line,
    STATE(257), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5027] = 5,
    ACTIONS(750), 1,
      anon_sym_RBRACE,
    ACTIONS(752), 1,
      sym_elided,
    ACTIONS(754), 1,
      sym_alloc_line,
    STATE(197), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5044] = 4,
    ACTIONS(756), 1,
      anon_sym_RBRACK,
    STATE(376), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5059] = 4,
    ACTIONS(758), 1,
      anon_sym_RBRACE,
    STATE(217), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(705), 2,
      sym_identifier,
      sym_integer,
  [5074] = 4,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    ACTIONS(760), 1,
      anon_sym_yields,
    STATE(92), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5088] = 4,
    ACTIONS(762), 1,
      anon_sym_COMMA,
    ACTIONS(764), 1,
      anon_sym_RPAREN,
    STATE(183), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5102] = 4,
    ACTIONS(766), 1,
      sym_identifier,
    ACTIONS(768), 1,
      anon_sym_shallow,
    ACTIONS(770), 1,
      sym__path_bracketed,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5116] = 4,
    ACTIONS(772), 1,
      anon_sym_COMMA,
    ACTIONS(774), 1,
      anon_sym_RBRACE,
    STATE(246), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5130] = 4,
    ACTIONS(776), 1,
      anon_sym_COMMA,
    ACTIONS(778), 1,
      anon_sym_RBRACE,
    STATE(250), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5144] = 4,
    ACTIONS(780), 1,
      anon_sym_RBRACE,
    ACTIONS(782), 1,
      anon_sym_span,
    ACTIONS(784), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5158] = 4,
    ACTIONS(786), 1,
      anon_sym_RPAREN,
    ACTIONS(788), 1,
      sym_local,
    STATE(393), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5172] = 4,
    ACTIONS(744), 1,
      anon_sym_RBRACE,
    ACTIONS(790), 1,
      sym_alloc_line,
    STATE(258), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5186] = 4,
    ACTIONS(472), 1,
      anon_sym_RBRACK,
    ACTIONS(792), 1,
      anon_sym_COMMA,
    STATE(244), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5200] = 4,
    ACTIONS(786), 1,
      anon_sym_RPAREN,
    ACTIONS(794), 1,
      anon_sym_COMMA,
    STATE(232), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5214] = 4,
    ACTIONS(796), 1,
      sym_identifier,
    ACTIONS(798), 1,
      anon_sym_LPAREN,
    STATE(547), 1,
      sym_projection_name,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5228] = 4,
    ACTIONS(762), 1,
      anon_sym_COMMA,
    ACTIONS(800), 1,
      anon_sym_RPAREN,
    STATE(251), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5242] = 4,
    ACTIONS(209), 1,
      anon_sym_RPAREN,
    ACTIONS(802), 1,
      anon_sym_COMMA,
    STATE(252), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5256] = 4,
    ACTIONS(804), 1,
      anon_sym_COLON,
    ACTIONS(806), 1,
      anon_sym_LPAREN,
    STATE(713), 1,
      sym_cleanup,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5270] = 4,
    ACTIONS(261), 1,
      anon_sym_RBRACK,
    ACTIONS(808), 1,
      anon_sym_COMMA,
    STATE(183), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5284] = 4,
    ACTIONS(810), 1,
      sym_identifier,
    ACTIONS(812), 1,
      anon_sym_RBRACE,
    STATE(194), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5298] = 4,
    ACTIONS(263), 1,
      anon_sym_RPAREN,
    ACTIONS(814), 1,
      anon_sym_COMMA,
    STATE(183), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5312] = 4,
    ACTIONS(138), 1,
      sym__path_bracketed,
    ACTIONS(816), 1,
      sym_identifier,
    STATE(532), 1,
      sym_path,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5326] = 3,
    ACTIONS(820), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(818), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5338] = 3,
    ACTIONS(824), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(822), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5350] = 4,
    ACTIONS(296), 1,
      anon_sym_RBRACE,
    ACTIONS(826), 1,
      anon_sym_COMMA,
    STATE(212), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5364] = 4,
    ACTIONS(828), 1,
      anon_sym_LPAREN,
    ACTIONS(830), 1,
      anon_sym_LPARENfake_RPAREN,
    ACTIONS(832), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5378] = 4,
    ACTIONS(834), 1,
      anon_sym_COMMA,
    ACTIONS(837), 1,
      anon_sym_RBRACE,
    STATE(212), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5392] = 3,
    ACTIONS(839), 1,
      anon_sym_shallow,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(770), 2,
      anon_sym_LPAREN,
      sym_local,
  [5404] = 4,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    ACTIONS(841), 1,
      anon_sym_yields,
    STATE(93), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5418] = 4,
    ACTIONS(843), 1,
      anon_sym_COMMA,
    ACTIONS(845), 1,
      anon_sym_RPAREN,
    STATE(206), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5432] = 4,
    ACTIONS(847), 1,
      anon_sym_COMMA,
    ACTIONS(850), 1,
      anon_sym_RBRACE,
    STATE(216), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5446] = 4,
    ACTIONS(852), 1,
      anon_sym_COMMA,
    ACTIONS(854), 1,
      anon_sym_RBRACE,
    STATE(259), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5460] = 4,
    ACTIONS(782), 1,
      anon_sym_span,
    ACTIONS(784), 1,
      anon_sym_scope,
    ACTIONS(856), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5474] = 3,
    ACTIONS(860), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(858), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5486] = 4,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(617), 1,
      anon_sym_as,
    ACTIONS(619), 1,
      anon_sym_DOT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5500] = 4,
    ACTIONS(862), 1,
      anon_sym_COMMA,
    ACTIONS(864), 1,
      anon_sym_RBRACE,
    STATE(216), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5514] = 3,
    ACTIONS(868), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(866), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5526] = 4,
    ACTIONS(782), 1,
      anon_sym_span,
    ACTIONS(784), 1,
      anon_sym_scope,
    ACTIONS(870), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5540] = 4,
    ACTIONS(872), 1,
      anon_sym_COMMA,
    ACTIONS(874), 1,
      anon_sym_RBRACE,
    STATE(216), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5554] = 4,
    ACTIONS(788), 1,
      sym_local,
    ACTIONS(876), 1,
      anon_sym_RPAREN,
    STATE(393), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5568] = 4,
    ACTIONS(782), 1,
      anon_sym_span,
    ACTIONS(784), 1,
      anon_sym_scope,
    ACTIONS(878), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5582] = 4,
    ACTIONS(880), 1,
      anon_sym_COMMA,
    ACTIONS(882), 1,
      anon_sym_RBRACE,
    STATE(221), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5596] = 4,
    ACTIONS(884), 1,
      anon_sym_COMMA,
    ACTIONS(886), 1,
      anon_sym_RBRACE,
    STATE(224), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5610] = 3,
    STATE(376), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5622] = 4,
    ACTIONS(888), 1,
      anon_sym_COMMA,
    ACTIONS(890), 1,
      anon_sym_RBRACE,
    STATE(269), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5636] = 4,
    ACTIONS(892), 1,
      anon_sym_COMMA,
    ACTIONS(894), 1,
      anon_sym_RPAREN,
    STATE(202), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5650] = 4,
    ACTIONS(896), 1,
      anon_sym_COMMA,
    ACTIONS(899), 1,
      anon_sym_RPAREN,
    STATE(232), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5664] = 3,
    STATE(549), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5676] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(901), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
  [5686] = 4,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    ACTIONS(903), 1,
      anon_sym_SEMI,
    STATE(454), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5700] = 4,
    ACTIONS(905), 1,
      anon_sym_COMMA,
    ACTIONS(907), 1,
      anon_sym_RBRACE,
    STATE(272), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5714] = 4,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    ACTIONS(909), 1,
      anon_sym_SEMI,
    STATE(568), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5728] = 4,
    ACTIONS(911), 1,
      anon_sym_COMMA,
    ACTIONS(914), 1,
      anon_sym_RBRACK,
    STATE(238), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5742] = 3,
    ACTIONS(918), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(916), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5754] = 3,
    STATE(415), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5766] = 3,
    ACTIONS(922), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(920), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5778] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(729), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [5788] = 4,
    ACTIONS(924), 1,
      anon_sym_COMMA,
    ACTIONS(926), 1,
      anon_sym_RBRACK,
    STATE(198), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5802] = 4,
    ACTIONS(928), 1,
      anon_sym_COMMA,
    ACTIONS(931), 1,
      anon_sym_RBRACK,
    STATE(244), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5816] = 4,
    ACTIONS(762), 1,
      anon_sym_COMMA,
    ACTIONS(933), 1,
      anon_sym_RPAREN,
    STATE(191), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5830] = 4,
    ACTIONS(653), 1,
      anon_sym_RBRACE,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    STATE(273), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5844] = 4,
    ACTIONS(937), 1,
      sym_identifier,
    ACTIONS(939), 1,
      sym__type_text,
    STATE(330), 1,
      sym_saved_ty,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5858] = 4,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(941), 1,
      anon_sym_RPAREN,
    ACTIONS(943), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5872] = 4,
    ACTIONS(810), 1,
      sym_identifier,
    ACTIONS(945), 1,
      anon_sym_RBRACE,
    STATE(333), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5886] = 4,
    ACTIONS(945), 1,
      anon_sym_RBRACE,
    ACTIONS(947), 1,
      anon_sym_COMMA,
    STATE(270), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5900] = 4,
    ACTIONS(762), 1,
      anon_sym_COMMA,
    ACTIONS(949), 1,
      anon_sym_RPAREN,
    STATE(183), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5914] = 4,
    ACTIONS(951), 1,
      anon_sym_COMMA,
    ACTIONS(954), 1,
      anon_sym_RPAREN,
    STATE(252), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5928] = 4,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    ACTIONS(956), 1,
      anon_sym_yields,
    STATE(73), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5942] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(736), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
  [5952] = 4,
    ACTIONS(958), 1,
      anon_sym_COMMA,
    ACTIONS(960), 1,
      anon_sym_RPAREN,
    STATE(199), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5966] = 4,
    ACTIONS(962), 1,
      anon_sym_COMMA,
    ACTIONS(964), 1,
      anon_sym_RBRACE,
    STATE(210), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5980] = 4,
    ACTIONS(790), 1,
      sym_alloc_line,
    ACTIONS(966), 1,
      anon_sym_RBRACE,
    STATE(258), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5994] = 4,
    ACTIONS(968), 1,
      anon_sym_RBRACE,
    ACTIONS(970), 1,
      sym_alloc_line,
    STATE(258), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6008] = 4,
    ACTIONS(715), 1,
      anon_sym_RBRACE,
    ACTIONS(973), 1,
      anon_sym_COMMA,
    STATE(297), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6022] = 4,
    ACTIONS(975), 1,
      anon_sym_COMMA,
    ACTIONS(978), 1,
      anon_sym_RBRACK,
    STATE(260), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6036] = 4,
    ACTIONS(798), 1,
      anon_sym_LPAREN,
    ACTIONS(980), 1,
      sym_identifier,
    STATE(701), 1,
      sym_projection_name,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6050] = 4,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    ACTIONS(982), 1,
      anon_sym_yields,
    STATE(79), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6064] = 3,
    ACTIONS(986), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(984), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6076] = 3,
    STATE(539), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6088] = 4,
    ACTIONS(677), 1,
      anon_sym_LPAREN,
    ACTIONS(679), 1,
      aux_sym_conflict_token1,
    STATE(314), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6102] = 3,
    STATE(535), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6114] = 3,
    STATE(534), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6126] = 4,
    ACTIONS(727), 1,
      anon_sym_RBRACK,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    STATE(238), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6140] = 4,
    ACTIONS(990), 1,
      anon_sym_COMMA,
    ACTIONS(992), 1,
      anon_sym_RBRACE,
    STATE(294), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6154] = 4,
    ACTIONS(994), 1,
      anon_sym_COMMA,
    ACTIONS(997), 1,
      anon_sym_RBRACE,
    STATE(270), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6168] = 4,
    ACTIONS(810), 1,
      sym_identifier,
    ACTIONS(999), 1,
      anon_sym_RBRACE,
    STATE(333), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6182] = 4,
    ACTIONS(703), 1,
      anon_sym_RBRACE,
    ACTIONS(1001), 1,
      anon_sym_COMMA,
    STATE(289), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6196] = 4,
    ACTIONS(1003), 1,
      anon_sym_COMMA,
    ACTIONS(1006), 1,
      anon_sym_RBRACE,
    STATE(273), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6210] = 4,
    ACTIONS(788), 1,
      sym_local,
    ACTIONS(1008), 1,
      anon_sym_RPAREN,
    STATE(255), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6224] = 4,
    ACTIONS(1010), 1,
      anon_sym_COMMA,
    ACTIONS(1012), 1,
      anon_sym_RBRACE,
    STATE(294), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6238] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1014), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [6248] = 4,
    ACTIONS(1016), 1,
      sym_identifier,
    ACTIONS(1018), 1,
      anon_sym_subtype,
    ACTIONS(1020), 1,
      sym_variant_index,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6262] = 4,
    ACTIONS(1022), 1,
      anon_sym_COMMA,
    ACTIONS(1024), 1,
      anon_sym_RBRACK,
    STATE(288), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6276] = 4,
    ACTIONS(1026), 1,
      anon_sym_RBRACE,
    ACTIONS(1028), 1,
      anon_sym_span,
    ACTIONS(1030), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6290] = 4,
    ACTIONS(1032), 1,
      anon_sym_COMMA,
    ACTIONS(1034), 1,
      anon_sym_RBRACE,
    STATE(294), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6304] = 3,
    ACTIONS(1038), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1036), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6316] = 3,
    ACTIONS(1042), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1040), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6328] = 4,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1044), 1,
      anon_sym_COMMA,
    ACTIONS(1046), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6342] = 3,
    STATE(307), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(705), 2,
      sym_identifier,
      sym_integer,
  [6354] = 4,
    ACTIONS(683), 1,
      anon_sym_LPAREN,
    ACTIONS(685), 1,
      anon_sym_SEMI,
    ACTIONS(687), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6368] = 3,
    ACTIONS(1050), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1048), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6380] = 3,
    ACTIONS(719), 1,
      anon_sym_terminate,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(721), 2,
      anon_sym_unreachable,
      anon_sym_continue,
  [6392] = 4,
    ACTIONS(583), 1,
      anon_sym_RBRACK,
    ACTIONS(1052), 1,
      anon_sym_COMMA,
    STATE(260), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6406] = 4,
    ACTIONS(1054), 1,
      anon_sym_COMMA,
    ACTIONS(1057), 1,
      anon_sym_RBRACE,
    STATE(289), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6420] = 4,
    ACTIONS(685), 1,
      anon_sym_SEMI,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(473), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6434] = 3,
    STATE(640), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6446] = 4,
    ACTIONS(1059), 1,
      anon_sym_COMMA,
    ACTIONS(1061), 1,
      anon_sym_RBRACK,
    STATE(268), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6460] = 4,
    ACTIONS(1063), 1,
      anon_sym_COMMA,
    ACTIONS(1065), 1,
      anon_sym_RBRACE,
    STATE(275), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6474] = 4,
    ACTIONS(1067), 1,
      anon_sym_COMMA,
    ACTIONS(1070), 1,
      anon_sym_RBRACE,
    STATE(294), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6488] = 4,
    ACTIONS(1072), 1,
      anon_sym_COMMA,
    ACTIONS(1074), 1,
      anon_sym_RBRACE,
    STATE(280), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6502] = 4,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    ACTIONS(1076), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6516] = 4,
    ACTIONS(1078), 1,
      anon_sym_COMMA,
    ACTIONS(1081), 1,
      anon_sym_RBRACE,
    STATE(297), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6530] = 4,
    ACTIONS(1083), 1,
      anon_sym_mut,
    ACTIONS(1085), 1,
      sym_local,
    STATE(570), 1,
      sym_mutable,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6544] = 3,
    ACTIONS(1087), 1,
      anon_sym_LPARENfake_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(832), 2,
      sym__path_bracketed,
      sym_identifier,
  [6556] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1089), 2,
      anon_sym_const,
      anon_sym_mut,
  [6565] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1091), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6574] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1093), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6583] = 3,
    ACTIONS(1095), 1,
      anon_sym_LPAREN,
    ACTIONS(1097), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6594] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1099), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6603] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1101), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6612] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1103), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6621] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1081), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6630] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1105), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6639] = 3,
    ACTIONS(1107), 1,
      anon_sym_RPAREN,
    ACTIONS(1109), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6650] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1111), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [6659] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(621), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6670] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(618), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6681] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(82), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6692] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1057), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6701] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(653), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6712] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(687), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6723] = 3,
    ACTIONS(697), 1,
      anon_sym_SEMI,
    ACTIONS(1113), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6734] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1115), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6745] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1117), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6754] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1119), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6765] = 3,
    ACTIONS(1121), 1,
      anon_sym_COLON,
    ACTIONS(1123), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6776] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1125), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6785] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(610), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6796] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1127), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6805] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1006), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6814] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1129), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6825] = 3,
    ACTIONS(1131), 1,
      anon_sym_SEMI,
    ACTIONS(1133), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6836] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1135), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6845] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(56), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6856] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1137), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6865] = 3,
    ACTIONS(1139), 1,
      anon_sym_SourceInfo,
    STATE(366), 1,
      sym_source_info,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6876] = 3,
    ACTIONS(1141), 1,
      anon_sym_SEMI,
    ACTIONS(1143), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6887] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(997), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6896] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1145), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6907] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1147), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6916] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1149), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6927] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1151), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6936] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1153), 2,
      anon_sym_COLON,
      anon_sym_EQ,
  [6945] = 3,
    ACTIONS(1139), 1,
      anon_sym_SourceInfo,
    STATE(293), 1,
      sym_source_info,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6956] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1155), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6965] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(80), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6976] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1157), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [6985] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(78), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6996] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(76), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7007] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(978), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7016] = 3,
    ACTIONS(1159), 1,
      anon_sym_mut,
    ACTIONS(1161), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7027] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1163), 2,
      anon_sym_COLON,
      anon_sym_EQ,
  [7036] = 3,
    ACTIONS(1165), 1,
      anon_sym_LPAREN,
    STATE(583), 1,
      sym_tuple,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7047] = 3,
    ACTIONS(1167), 1,
      anon_sym_LBRACE,
    ACTIONS(1169), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7058] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1171), 2,
      anon_sym_LPAREN,
      sym_local,
  [7067] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1173), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7078] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1175), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7087] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1177), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7096] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(581), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7107] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1179), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7116] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1181), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7125] = 3,
    ACTIONS(1183), 1,
      anon_sym_SEMI,
    ACTIONS(1185), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7136] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(90), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7147] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1187), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7156] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(75), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7167] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1189), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7176] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(954), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7185] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(72), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7196] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(432), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7207] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1191), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7216] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1193), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7225] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(444), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7236] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1195), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7245] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(931), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7254] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1197), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7263] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1199), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7272] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(563), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7283] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1201), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7292] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1203), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7301] = 3,
    ACTIONS(1205), 1,
      anon_sym_COMMA,
    ACTIONS(1207), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7312] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(914), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7321] = 3,
    ACTIONS(1209), 1,
      sym_identifier,
    STATE(615), 1,
      sym_layout,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7332] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(65), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7343] = 3,
    ACTIONS(1211), 1,
      sym_local,
    ACTIONS(1213), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7354] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1215), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7363] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1217), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7372] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1219), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7381] = 3,
    ACTIONS(1221), 1,
      anon_sym_RPAREN,
    ACTIONS(1223), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7392] = 3,
    ACTIONS(1225), 1,
      anon_sym_scope,
    STATE(227), 1,
      sym_scope_ref,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7403] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1227), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7412] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1229), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7421] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1231), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7430] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1233), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7439] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1235), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7448] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1237), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7457] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1239), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7466] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1241), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7475] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(899), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7484] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1243), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7493] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(770), 2,
      anon_sym_LPAREN,
      sym_local,
  [7502] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(94), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7513] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1245), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7522] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1247), 2,
      anon_sym_const,
      anon_sym_mut,
  [7531] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1249), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7540] = 3,
    ACTIONS(1225), 1,
      anon_sym_scope,
    STATE(416), 1,
      sym_scope_ref,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7551] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1251), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7562] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1253), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7573] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(837), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7582] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(832), 2,
      anon_sym_LPAREN,
      sym_local,
  [7591] = 3,
    ACTIONS(788), 1,
      sym_local,
    STATE(393), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7602] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1255), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7613] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(60), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7624] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1257), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7633] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1259), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7642] = 3,
    ACTIONS(782), 1,
      anon_sym_span,
    ACTIONS(784), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7653] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1261), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7662] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1263), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7671] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1265), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7680] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1267), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7689] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1269), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7698] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1271), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7707] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(770), 2,
      sym__path_bracketed,
      sym_identifier,
  [7716] = 3,
    ACTIONS(810), 1,
      sym_identifier,
    STATE(333), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7727] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1273), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7736] = 3,
    ACTIONS(663), 1,
      anon_sym_LBRACE,
    STATE(57), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7747] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1275), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7756] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(832), 2,
      sym__path_bracketed,
      sym_identifier,
  [7765] = 3,
    ACTIONS(500), 1,
      anon_sym_LBRACK,
    ACTIONS(1277), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7776] = 3,
    ACTIONS(1279), 1,
      anon_sym_layout,
    ACTIONS(1281), 1,
      anon_sym_debug,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7787] = 3,
    ACTIONS(1283), 1,
      anon_sym_LBRACK,
    ACTIONS(1285), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7798] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1171), 2,
      sym__path_bracketed,
      sym_identifier,
  [7807] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1287), 2,
      anon_sym_const,
      anon_sym_mut,
  [7816] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(679), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7827] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(502), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7838] = 3,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    STATE(680), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7849] = 2,
    ACTIONS(1289), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7857] = 2,
    ACTIONS(1291), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7865] = 2,
    ACTIONS(1293), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7873] = 2,
    ACTIONS(744), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7881] = 2,
    ACTIONS(1295), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7889] = 2,
    ACTIONS(1297), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7897] = 2,
    ACTIONS(1299), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7905] = 2,
    ACTIONS(1301), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7913] = 2,
    ACTIONS(1303), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7921] = 2,
    ACTIONS(1305), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7929] = 2,
    ACTIONS(1307), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7937] = 2,
    ACTIONS(1309), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7945] = 2,
    ACTIONS(1311), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7953] = 2,
    ACTIONS(1313), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7961] = 2,
    ACTIONS(1315), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7969] = 2,
    ACTIONS(1317), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7977] = 2,
    ACTIONS(1319), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7985] = 2,
    ACTIONS(1321), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7993] = 2,
    ACTIONS(1323), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8001] = 2,
    ACTIONS(1325), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8009] = 2,
    ACTIONS(1327), 1,
      sym_string,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8017] = 2,
    ACTIONS(1329), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8025] = 2,
    ACTIONS(1331), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8033] = 2,
    ACTIONS(1333), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8041] = 2,
    ACTIONS(1335), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8049] = 2,
    ACTIONS(1337), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8057] = 2,
    ACTIONS(1339), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8065] = 2,
    ACTIONS(1341), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8073] = 2,
    ACTIONS(1343), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8081] = 2,
    ACTIONS(1345), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8089] = 2,
    ACTIONS(1347), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8097] = 2,
    ACTIONS(1349), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8105] = 2,
    ACTIONS(1351), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8113] = 2,
    ACTIONS(1353), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8121] = 2,
    ACTIONS(1355), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8129] = 2,
    ACTIONS(1357), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8137] = 2,
    ACTIONS(1359), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8145] = 2,
    ACTIONS(1361), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8153] = 2,
    ACTIONS(1363), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8161] = 2,
    ACTIONS(909), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8169] = 2,
    ACTIONS(1365), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8177] = 2,
    ACTIONS(1367), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8185] = 2,
    ACTIONS(1369), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8193] = 2,
    ACTIONS(1371), 1,
      anon_sym_from,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8201] = 2,
    ACTIONS(1373), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8209] = 2,
    ACTIONS(1375), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8217] = 2,
    ACTIONS(1377), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8225] = 2,
    ACTIONS(1379), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8233] = 2,
    ACTIONS(1381), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8241] = 2,
    ACTIONS(1383), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8249] = 2,
    ACTIONS(1385), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8257] = 2,
    ACTIONS(1387), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8265] = 2,
    ACTIONS(1389), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8273] = 2,
    ACTIONS(1391), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8281] = 2,
    ACTIONS(1393), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8289] = 2,
    ACTIONS(1395), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8297] = 2,
    ACTIONS(1397), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8305] = 2,
    ACTIONS(1399), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8313] = 2,
    ACTIONS(1401), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8321] = 2,
    ACTIONS(1403), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8329] = 2,
    ACTIONS(1405), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8337] = 2,
    ACTIONS(1407), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8345] = 2,
    ACTIONS(1409), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8353] = 2,
    ACTIONS(1411), 1,
      sym_string,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8361] = 2,
    ACTIONS(1413), 1,
      anon_sym_BitMatrix,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8369] = 2,
    ACTIONS(1415), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8377] = 2,
    ACTIONS(1417), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8385] = 2,
    ACTIONS(1419), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8393] = 2,
    ACTIONS(1421), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8401] = 2,
    ACTIONS(1423), 1,
      anon_sym_DASH_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8409] = 2,
    ACTIONS(1425), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8417] = 2,
    ACTIONS(1427), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8425] = 2,
    ACTIONS(1429), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8433] = 2,
    ACTIONS(1431), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8441] = 2,
    ACTIONS(1433), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8449] = 2,
    ACTIONS(1435), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8457] = 2,
    ACTIONS(1437), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8465] = 2,
    ACTIONS(1439), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8473] = 2,
    ACTIONS(717), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8481] = 2,
    ACTIONS(1441), 1,
      anon_sym_in,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8489] = 2,
    ACTIONS(1443), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8497] = 2,
    ACTIONS(1445), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8505] = 2,
    ACTIONS(1447), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8513] = 2,
    ACTIONS(1449), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8521] = 2,
    ACTIONS(1451), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8529] = 2,
    ACTIONS(1453), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8537] = 2,
    ACTIONS(1455), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8545] = 2,
    ACTIONS(1457), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8553] = 2,
    ACTIONS(1459), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8561] = 2,
    ACTIONS(1461), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8569] = 2,
    ACTIONS(1463), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8577] = 2,
    ACTIONS(1465), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8585] = 2,
    ACTIONS(1467), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8593] = 2,
    ACTIONS(1469), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8601] = 2,
    ACTIONS(1471), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8609] = 2,
    ACTIONS(1473), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8617] = 2,
    ACTIONS(1475), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8625] = 2,
    ACTIONS(1477), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8633] = 2,
    ACTIONS(1479), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8641] = 2,
    ACTIONS(1481), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8649] = 2,
    ACTIONS(1483), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8657] = 2,
    ACTIONS(1485), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8665] = 2,
    ACTIONS(966), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8673] = 2,
    ACTIONS(1487), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8681] = 2,
    ACTIONS(1489), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8689] = 2,
    ACTIONS(1491), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8697] = 2,
    ACTIONS(1493), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8705] = 2,
    ACTIONS(1495), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8713] = 2,
    ACTIONS(1497), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8721] = 2,
    ACTIONS(1499), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8729] = 2,
    ACTIONS(1501), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8737] = 2,
    ACTIONS(1503), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8745] = 2,
    ACTIONS(1505), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8753] = 2,
    ACTIONS(1507), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8761] = 2,
    ACTIONS(1509), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8769] = 2,
    ACTIONS(1511), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8777] = 2,
    ACTIONS(1513), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8785] = 2,
    ACTIONS(1515), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8793] = 2,
    ACTIONS(1517), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8801] = 2,
    ACTIONS(1519), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8809] = 2,
    ACTIONS(1521), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8817] = 2,
    ACTIONS(1523), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8825] = 2,
    ACTIONS(1525), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8833] = 2,
    ACTIONS(1527), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8841] = 2,
    ACTIONS(1529), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8849] = 2,
    ACTIONS(1531), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8857] = 2,
    ACTIONS(1533), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8865] = 2,
    ACTIONS(1535), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8873] = 2,
    ACTIONS(1537), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8881] = 2,
    ACTIONS(1539), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8889] = 2,
    ACTIONS(1541), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8897] = 2,
    ACTIONS(1543), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8905] = 2,
    ACTIONS(1545), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8913] = 2,
    ACTIONS(1547), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8921] = 2,
    ACTIONS(1549), 1,
      aux_sym_mir_header_token2,
    ACTIONS(3), 2,
      sym_comment,
      sym_annotation,
  [8929] = 2,
    ACTIONS(1551), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8937] = 2,
    ACTIONS(1553), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8945] = 2,
    ACTIONS(1555), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8953] = 2,
    ACTIONS(1121), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8961] = 2,
    ACTIONS(1557), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8969] = 2,
    ACTIONS(1559), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8977] = 2,
    ACTIONS(1561), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8985] = 2,
    ACTIONS(685), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8993] = 2,
    ACTIONS(1563), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9001] = 2,
    ACTIONS(1565), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9009] = 2,
    ACTIONS(1567), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9017] = 2,
    ACTIONS(1569), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9025] = 2,
    ACTIONS(1571), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9033] = 2,
    ACTIONS(1573), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9041] = 2,
    ACTIONS(1575), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9049] = 2,
    ACTIONS(1577), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9057] = 2,
    ACTIONS(1579), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9065] = 2,
    ACTIONS(1581), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9073] = 2,
    ACTIONS(1583), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9081] = 2,
    ACTIONS(1585), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9089] = 2,
    ACTIONS(1587), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9097] = 2,
    ACTIONS(1589), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9105] = 2,
    ACTIONS(1591), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9113] = 2,
    ACTIONS(1593), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9121] = 2,
    ACTIONS(1595), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9129] = 2,
    ACTIONS(1597), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9137] = 2,
    ACTIONS(1599), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9145] = 2,
    ACTIONS(1601), 1,
      anon_sym_drop,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9153] = 2,
    ACTIONS(1603), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9161] = 2,
    ACTIONS(1605), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9169] = 2,
    ACTIONS(1607), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9177] = 2,
    ACTIONS(1609), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9185] = 2,
    ACTIONS(1611), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9193] = 2,
    ACTIONS(1097), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9201] = 2,
    ACTIONS(1613), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9209] = 2,
    ACTIONS(1615), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9217] = 2,
    ACTIONS(1617), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9225] = 2,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9233] = 2,
    ACTIONS(1621), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9241] = 2,
    ACTIONS(1623), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9249] = 2,
    ACTIONS(1625), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9257] = 2,
    ACTIONS(1627), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9265] = 2,
    ACTIONS(1629), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9273] = 2,
    ACTIONS(1631), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9281] = 2,
    ACTIONS(1633), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9289] = 2,
    ACTIONS(1635), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9297] = 2,
    ACTIONS(1637), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9305] = 2,
    ACTIONS(1639), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9313] = 2,
    ACTIONS(1641), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9321] = 2,
    ACTIONS(1643), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9329] = 2,
    ACTIONS(1645), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9337] = 2,
    ACTIONS(1647), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9345] = 2,
    ACTIONS(1649), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9353] = 2,
    ACTIONS(1651), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9361] = 2,
    ACTIONS(1653), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9369] = 2,
    ACTIONS(1655), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9377] = 2,
    ACTIONS(1657), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9385] = 2,
    ACTIONS(1659), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9393] = 2,
    ACTIONS(1661), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9401] = 2,
    ACTIONS(1663), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9409] = 2,
    ACTIONS(1665), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9417] = 2,
    ACTIONS(1667), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9425] = 2,
    ACTIONS(1669), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9433] = 2,
    ACTIONS(1671), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9441] = 2,
    ACTIONS(1673), 1,
      anon_sym_BQUOTE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9449] = 2,
    ACTIONS(1675), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9457] = 2,
    ACTIONS(1677), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9465] = 2,
    ACTIONS(1679), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9473] = 2,
    ACTIONS(1681), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9481] = 2,
    ACTIONS(1683), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9489] = 2,
    ACTIONS(1685), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9497] = 2,
    ACTIONS(1687), 1,
      ts_builtin_sym_end,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9505] = 2,
    ACTIONS(1145), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9513] = 2,
    ACTIONS(1149), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9521] = 2,
    ACTIONS(1689), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9529] = 2,
    ACTIONS(1691), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9537] = 2,
    ACTIONS(1693), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9545] = 2,
    ACTIONS(1695), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9553] = 2,
    ACTIONS(1697), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9561] = 2,
    ACTIONS(1699), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9569] = 2,
    ACTIONS(1701), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9577] = 2,
    ACTIONS(1703), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9585] = 2,
    ACTIONS(1705), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9593] = 2,
    ACTIONS(1707), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9601] = 2,
    ACTIONS(1709), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9609] = 2,
    ACTIONS(1711), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9617] = 2,
    ACTIONS(1713), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9625] = 2,
    ACTIONS(1715), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9633] = 2,
    ACTIONS(1717), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9641] = 2,
    ACTIONS(1719), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9649] = 2,
    ACTIONS(1721), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9657] = 2,
    ACTIONS(1723), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9665] = 2,
    ACTIONS(1725), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9673] = 2,
    ACTIONS(1727), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9681] = 2,
    ACTIONS(1729), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9689] = 2,
    ACTIONS(1731), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9697] = 2,
    ACTIONS(1733), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9705] = 2,
    ACTIONS(1735), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9713] = 2,
    ACTIONS(1737), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9721] = 2,
    ACTIONS(1739), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9729] = 2,
    ACTIONS(1741), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9737] = 2,
    ACTIONS(1743), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9745] = 2,
    ACTIONS(1745), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9753] = 2,
    ACTIONS(1747), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9761] = 2,
    ACTIONS(1749), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9769] = 2,
    ACTIONS(1751), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9777] = 2,
    ACTIONS(1753), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9785] = 2,
    ACTIONS(1755), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9793] = 2,
    ACTIONS(1757), 1,
      aux_sym_mir_header_token1,
    ACTIONS(3), 2,
      sym_comment,
      sym_annotation,
  [9801] = 2,
    ACTIONS(1759), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9809] = 2,
    ACTIONS(683), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9817] = 2,
    ACTIONS(1761), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9825] = 2,
    ACTIONS(1763), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9833] = 2,
    ACTIONS(1765), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9841] = 2,
    ACTIONS(1767), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9849] = 2,
    ACTIONS(1769), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9857] = 2,
    ACTIONS(1771), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9865] = 2,
    ACTIONS(1773), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9873] = 2,
    ACTIONS(1775), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9881] = 2,
    ACTIONS(1777), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9889] = 2,
    ACTIONS(1779), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9897] = 2,
    ACTIONS(1781), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9905] = 2,
    ACTIONS(1783), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9913] = 2,
    ACTIONS(1785), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9921] = 2,
    ACTIONS(1787), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9929] = 2,
    ACTIONS(1789), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9937] = 2,
    ACTIONS(1791), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9945] = 2,
    ACTIONS(1793), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9953] = 2,
    ACTIONS(1795), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9961] = 2,
    ACTIONS(1797), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9969] = 2,
    ACTIONS(1799), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9977] = 2,
    ACTIONS(1801), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9985] = 2,
    ACTIONS(1803), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9993] = 2,
    ACTIONS(1805), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10001] = 2,
    ACTIONS(1807), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10009] = 2,
    ACTIONS(1809), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10017] = 2,
    ACTIONS(1811), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10025] = 2,
    ACTIONS(1813), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10033] = 2,
    ACTIONS(1815), 1,
      anon_sym_inlined,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10041] = 2,
    ACTIONS(1817), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10049] = 2,
    ACTIONS(1819), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10057] = 2,
    ACTIONS(1821), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10065] = 2,
    ACTIONS(1823), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10073] = 2,
    ACTIONS(1825), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10081] = 2,
    ACTIONS(1827), 1,
      sym_dims,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10089] = 2,
    ACTIONS(1829), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10097] = 2,
    ACTIONS(1831), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10105] = 2,
    ACTIONS(1833), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10113] = 2,
    ACTIONS(1835), 1,
      anon_sym_cleanup,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10121] = 2,
    ACTIONS(1837), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10129] = 2,
    ACTIONS(1839), 1,
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
  [SMALL_STATE(23)] = 1424,
  [SMALL_STATE(24)] = 1468,
  [SMALL_STATE(25)] = 1512,
  [SMALL_STATE(26)] = 1556,
  [SMALL_STATE(27)] = 1599,
  [SMALL_STATE(28)] = 1640,
  [SMALL_STATE(29)] = 1681,
  [SMALL_STATE(30)] = 1722,
  [SMALL_STATE(31)] = 1764,
  [SMALL_STATE(32)] = 1804,
  [SMALL_STATE(33)] = 1844,
  [SMALL_STATE(34)] = 1884,
  [SMALL_STATE(35)] = 1924,
  [SMALL_STATE(36)] = 1964,
  [SMALL_STATE(37)] = 2004,
  [SMALL_STATE(38)] = 2044,
  [SMALL_STATE(39)] = 2084,
  [SMALL_STATE(40)] = 2121,
  [SMALL_STATE(41)] = 2158,
  [SMALL_STATE(42)] = 2195,
  [SMALL_STATE(43)] = 2232,
  [SMALL_STATE(44)] = 2267,
  [SMALL_STATE(45)] = 2301,
  [SMALL_STATE(46)] = 2332,
  [SMALL_STATE(47)] = 2363,
  [SMALL_STATE(48)] = 2394,
  [SMALL_STATE(49)] = 2425,
  [SMALL_STATE(50)] = 2455,
  [SMALL_STATE(51)] = 2485,
  [SMALL_STATE(52)] = 2509,
  [SMALL_STATE(53)] = 2533,
  [SMALL_STATE(54)] = 2563,
  [SMALL_STATE(55)] = 2580,
  [SMALL_STATE(56)] = 2601,
  [SMALL_STATE(57)] = 2622,
  [SMALL_STATE(58)] = 2643,
  [SMALL_STATE(59)] = 2660,
  [SMALL_STATE(60)] = 2681,
  [SMALL_STATE(61)] = 2702,
  [SMALL_STATE(62)] = 2731,
  [SMALL_STATE(63)] = 2760,
  [SMALL_STATE(64)] = 2781,
  [SMALL_STATE(65)] = 2802,
  [SMALL_STATE(66)] = 2823,
  [SMALL_STATE(67)] = 2844,
  [SMALL_STATE(68)] = 2861,
  [SMALL_STATE(69)] = 2882,
  [SMALL_STATE(70)] = 2903,
  [SMALL_STATE(71)] = 2920,
  [SMALL_STATE(72)] = 2937,
  [SMALL_STATE(73)] = 2958,
  [SMALL_STATE(74)] = 2979,
  [SMALL_STATE(75)] = 3000,
  [SMALL_STATE(76)] = 3021,
  [SMALL_STATE(77)] = 3042,
  [SMALL_STATE(78)] = 3063,
  [SMALL_STATE(79)] = 3084,
  [SMALL_STATE(80)] = 3105,
  [SMALL_STATE(81)] = 3126,
  [SMALL_STATE(82)] = 3147,
  [SMALL_STATE(83)] = 3168,
  [SMALL_STATE(84)] = 3189,
  [SMALL_STATE(85)] = 3206,
  [SMALL_STATE(86)] = 3233,
  [SMALL_STATE(87)] = 3254,
  [SMALL_STATE(88)] = 3275,
  [SMALL_STATE(89)] = 3292,
  [SMALL_STATE(90)] = 3309,
  [SMALL_STATE(91)] = 3330,
  [SMALL_STATE(92)] = 3351,
  [SMALL_STATE(93)] = 3372,
  [SMALL_STATE(94)] = 3393,
  [SMALL_STATE(95)] = 3414,
  [SMALL_STATE(96)] = 3442,
  [SMALL_STATE(97)] = 3470,
  [SMALL_STATE(98)] = 3498,
  [SMALL_STATE(99)] = 3526,
  [SMALL_STATE(100)] = 3543,
  [SMALL_STATE(101)] = 3560,
  [SMALL_STATE(102)] = 3583,
  [SMALL_STATE(103)] = 3600,
  [SMALL_STATE(104)] = 3617,
  [SMALL_STATE(105)] = 3640,
  [SMALL_STATE(106)] = 3657,
  [SMALL_STATE(107)] = 3674,
  [SMALL_STATE(108)] = 3697,
  [SMALL_STATE(109)] = 3714,
  [SMALL_STATE(110)] = 3731,
  [SMALL_STATE(111)] = 3748,
  [SMALL_STATE(112)] = 3765,
  [SMALL_STATE(113)] = 3782,
  [SMALL_STATE(114)] = 3799,
  [SMALL_STATE(115)] = 3816,
  [SMALL_STATE(116)] = 3833,
  [SMALL_STATE(117)] = 3856,
  [SMALL_STATE(118)] = 3873,
  [SMALL_STATE(119)] = 3890,
  [SMALL_STATE(120)] = 3907,
  [SMALL_STATE(121)] = 3924,
  [SMALL_STATE(122)] = 3949,
  [SMALL_STATE(123)] = 3966,
  [SMALL_STATE(124)] = 3986,
  [SMALL_STATE(125)] = 4006,
  [SMALL_STATE(126)] = 4026,
  [SMALL_STATE(127)] = 4046,
  [SMALL_STATE(128)] = 4060,
  [SMALL_STATE(129)] = 4080,
  [SMALL_STATE(130)] = 4100,
  [SMALL_STATE(131)] = 4114,
  [SMALL_STATE(132)] = 4134,
  [SMALL_STATE(133)] = 4154,
  [SMALL_STATE(134)] = 4167,
  [SMALL_STATE(135)] = 4188,
  [SMALL_STATE(136)] = 4209,
  [SMALL_STATE(137)] = 4230,
  [SMALL_STATE(138)] = 4248,
  [SMALL_STATE(139)] = 4266,
  [SMALL_STATE(140)] = 4280,
  [SMALL_STATE(141)] = 4300,
  [SMALL_STATE(142)] = 4320,
  [SMALL_STATE(143)] = 4338,
  [SMALL_STATE(144)] = 4356,
  [SMALL_STATE(145)] = 4374,
  [SMALL_STATE(146)] = 4386,
  [SMALL_STATE(147)] = 4406,
  [SMALL_STATE(148)] = 4426,
  [SMALL_STATE(149)] = 4446,
  [SMALL_STATE(150)] = 4464,
  [SMALL_STATE(151)] = 4484,
  [SMALL_STATE(152)] = 4496,
  [SMALL_STATE(153)] = 4508,
  [SMALL_STATE(154)] = 4520,
  [SMALL_STATE(155)] = 4532,
  [SMALL_STATE(156)] = 4546,
  [SMALL_STATE(157)] = 4566,
  [SMALL_STATE(158)] = 4578,
  [SMALL_STATE(159)] = 4596,
  [SMALL_STATE(160)] = 4608,
  [SMALL_STATE(161)] = 4620,
  [SMALL_STATE(162)] = 4638,
  [SMALL_STATE(163)] = 4649,
  [SMALL_STATE(164)] = 4664,
  [SMALL_STATE(165)] = 4681,
  [SMALL_STATE(166)] = 4692,
  [SMALL_STATE(167)] = 4709,
  [SMALL_STATE(168)] = 4726,
  [SMALL_STATE(169)] = 4743,
  [SMALL_STATE(170)] = 4754,
  [SMALL_STATE(171)] = 4771,
  [SMALL_STATE(172)] = 4788,
  [SMALL_STATE(173)] = 4805,
  [SMALL_STATE(174)] = 4822,
  [SMALL_STATE(175)] = 4839,
  [SMALL_STATE(176)] = 4854,
  [SMALL_STATE(177)] = 4871,
  [SMALL_STATE(178)] = 4886,
  [SMALL_STATE(179)] = 4903,
  [SMALL_STATE(180)] = 4918,
  [SMALL_STATE(181)] = 4935,
  [SMALL_STATE(182)] = 4950,
  [SMALL_STATE(183)] = 4963,
  [SMALL_STATE(184)] = 4978,
  [SMALL_STATE(185)] = 4993,
  [SMALL_STATE(186)] = 5010,
  [SMALL_STATE(187)] = 5027,
  [SMALL_STATE(188)] = 5044,
  [SMALL_STATE(189)] = 5059,
  [SMALL_STATE(190)] = 5074,
  [SMALL_STATE(191)] = 5088,
  [SMALL_STATE(192)] = 5102,
  [SMALL_STATE(193)] = 5116,
  [SMALL_STATE(194)] = 5130,
  [SMALL_STATE(195)] = 5144,
  [SMALL_STATE(196)] = 5158,
  [SMALL_STATE(197)] = 5172,
  [SMALL_STATE(198)] = 5186,
  [SMALL_STATE(199)] = 5200,
  [SMALL_STATE(200)] = 5214,
  [SMALL_STATE(201)] = 5228,
  [SMALL_STATE(202)] = 5242,
  [SMALL_STATE(203)] = 5256,
  [SMALL_STATE(204)] = 5270,
  [SMALL_STATE(205)] = 5284,
  [SMALL_STATE(206)] = 5298,
  [SMALL_STATE(207)] = 5312,
  [SMALL_STATE(208)] = 5326,
  [SMALL_STATE(209)] = 5338,
  [SMALL_STATE(210)] = 5350,
  [SMALL_STATE(211)] = 5364,
  [SMALL_STATE(212)] = 5378,
  [SMALL_STATE(213)] = 5392,
  [SMALL_STATE(214)] = 5404,
  [SMALL_STATE(215)] = 5418,
  [SMALL_STATE(216)] = 5432,
  [SMALL_STATE(217)] = 5446,
  [SMALL_STATE(218)] = 5460,
  [SMALL_STATE(219)] = 5474,
  [SMALL_STATE(220)] = 5486,
  [SMALL_STATE(221)] = 5500,
  [SMALL_STATE(222)] = 5514,
  [SMALL_STATE(223)] = 5526,
  [SMALL_STATE(224)] = 5540,
  [SMALL_STATE(225)] = 5554,
  [SMALL_STATE(226)] = 5568,
  [SMALL_STATE(227)] = 5582,
  [SMALL_STATE(228)] = 5596,
  [SMALL_STATE(229)] = 5610,
  [SMALL_STATE(230)] = 5622,
  [SMALL_STATE(231)] = 5636,
  [SMALL_STATE(232)] = 5650,
  [SMALL_STATE(233)] = 5664,
  [SMALL_STATE(234)] = 5676,
  [SMALL_STATE(235)] = 5686,
  [SMALL_STATE(236)] = 5700,
  [SMALL_STATE(237)] = 5714,
  [SMALL_STATE(238)] = 5728,
  [SMALL_STATE(239)] = 5742,
  [SMALL_STATE(240)] = 5754,
  [SMALL_STATE(241)] = 5766,
  [SMALL_STATE(242)] = 5778,
  [SMALL_STATE(243)] = 5788,
  [SMALL_STATE(244)] = 5802,
  [SMALL_STATE(245)] = 5816,
  [SMALL_STATE(246)] = 5830,
  [SMALL_STATE(247)] = 5844,
  [SMALL_STATE(248)] = 5858,
  [SMALL_STATE(249)] = 5872,
  [SMALL_STATE(250)] = 5886,
  [SMALL_STATE(251)] = 5900,
  [SMALL_STATE(252)] = 5914,
  [SMALL_STATE(253)] = 5928,
  [SMALL_STATE(254)] = 5942,
  [SMALL_STATE(255)] = 5952,
  [SMALL_STATE(256)] = 5966,
  [SMALL_STATE(257)] = 5980,
  [SMALL_STATE(258)] = 5994,
  [SMALL_STATE(259)] = 6008,
  [SMALL_STATE(260)] = 6022,
  [SMALL_STATE(261)] = 6036,
  [SMALL_STATE(262)] = 6050,
  [SMALL_STATE(263)] = 6064,
  [SMALL_STATE(264)] = 6076,
  [SMALL_STATE(265)] = 6088,
  [SMALL_STATE(266)] = 6102,
  [SMALL_STATE(267)] = 6114,
  [SMALL_STATE(268)] = 6126,
  [SMALL_STATE(269)] = 6140,
  [SMALL_STATE(270)] = 6154,
  [SMALL_STATE(271)] = 6168,
  [SMALL_STATE(272)] = 6182,
  [SMALL_STATE(273)] = 6196,
  [SMALL_STATE(274)] = 6210,
  [SMALL_STATE(275)] = 6224,
  [SMALL_STATE(276)] = 6238,
  [SMALL_STATE(277)] = 6248,
  [SMALL_STATE(278)] = 6262,
  [SMALL_STATE(279)] = 6276,
  [SMALL_STATE(280)] = 6290,
  [SMALL_STATE(281)] = 6304,
  [SMALL_STATE(282)] = 6316,
  [SMALL_STATE(283)] = 6328,
  [SMALL_STATE(284)] = 6342,
  [SMALL_STATE(285)] = 6354,
  [SMALL_STATE(286)] = 6368,
  [SMALL_STATE(287)] = 6380,
  [SMALL_STATE(288)] = 6392,
  [SMALL_STATE(289)] = 6406,
  [SMALL_STATE(290)] = 6420,
  [SMALL_STATE(291)] = 6434,
  [SMALL_STATE(292)] = 6446,
  [SMALL_STATE(293)] = 6460,
  [SMALL_STATE(294)] = 6474,
  [SMALL_STATE(295)] = 6488,
  [SMALL_STATE(296)] = 6502,
  [SMALL_STATE(297)] = 6516,
  [SMALL_STATE(298)] = 6530,
  [SMALL_STATE(299)] = 6544,
  [SMALL_STATE(300)] = 6556,
  [SMALL_STATE(301)] = 6565,
  [SMALL_STATE(302)] = 6574,
  [SMALL_STATE(303)] = 6583,
  [SMALL_STATE(304)] = 6594,
  [SMALL_STATE(305)] = 6603,
  [SMALL_STATE(306)] = 6612,
  [SMALL_STATE(307)] = 6621,
  [SMALL_STATE(308)] = 6630,
  [SMALL_STATE(309)] = 6639,
  [SMALL_STATE(310)] = 6650,
  [SMALL_STATE(311)] = 6659,
  [SMALL_STATE(312)] = 6670,
  [SMALL_STATE(313)] = 6681,
  [SMALL_STATE(314)] = 6692,
  [SMALL_STATE(315)] = 6701,
  [SMALL_STATE(316)] = 6712,
  [SMALL_STATE(317)] = 6723,
  [SMALL_STATE(318)] = 6734,
  [SMALL_STATE(319)] = 6745,
  [SMALL_STATE(320)] = 6754,
  [SMALL_STATE(321)] = 6765,
  [SMALL_STATE(322)] = 6776,
  [SMALL_STATE(323)] = 6785,
  [SMALL_STATE(324)] = 6796,
  [SMALL_STATE(325)] = 6805,
  [SMALL_STATE(326)] = 6814,
  [SMALL_STATE(327)] = 6825,
  [SMALL_STATE(328)] = 6836,
  [SMALL_STATE(329)] = 6845,
  [SMALL_STATE(330)] = 6856,
  [SMALL_STATE(331)] = 6865,
  [SMALL_STATE(332)] = 6876,
  [SMALL_STATE(333)] = 6887,
  [SMALL_STATE(334)] = 6896,
  [SMALL_STATE(335)] = 6907,
  [SMALL_STATE(336)] = 6916,
  [SMALL_STATE(337)] = 6927,
  [SMALL_STATE(338)] = 6936,
  [SMALL_STATE(339)] = 6945,
  [SMALL_STATE(340)] = 6956,
  [SMALL_STATE(341)] = 6965,
  [SMALL_STATE(342)] = 6976,
  [SMALL_STATE(343)] = 6985,
  [SMALL_STATE(344)] = 6996,
  [SMALL_STATE(345)] = 7007,
  [SMALL_STATE(346)] = 7016,
  [SMALL_STATE(347)] = 7027,
  [SMALL_STATE(348)] = 7036,
  [SMALL_STATE(349)] = 7047,
  [SMALL_STATE(350)] = 7058,
  [SMALL_STATE(351)] = 7067,
  [SMALL_STATE(352)] = 7078,
  [SMALL_STATE(353)] = 7087,
  [SMALL_STATE(354)] = 7096,
  [SMALL_STATE(355)] = 7107,
  [SMALL_STATE(356)] = 7116,
  [SMALL_STATE(357)] = 7125,
  [SMALL_STATE(358)] = 7136,
  [SMALL_STATE(359)] = 7147,
  [SMALL_STATE(360)] = 7156,
  [SMALL_STATE(361)] = 7167,
  [SMALL_STATE(362)] = 7176,
  [SMALL_STATE(363)] = 7185,
  [SMALL_STATE(364)] = 7196,
  [SMALL_STATE(365)] = 7207,
  [SMALL_STATE(366)] = 7216,
  [SMALL_STATE(367)] = 7225,
  [SMALL_STATE(368)] = 7236,
  [SMALL_STATE(369)] = 7245,
  [SMALL_STATE(370)] = 7254,
  [SMALL_STATE(371)] = 7263,
  [SMALL_STATE(372)] = 7272,
  [SMALL_STATE(373)] = 7283,
  [SMALL_STATE(374)] = 7292,
  [SMALL_STATE(375)] = 7301,
  [SMALL_STATE(376)] = 7312,
  [SMALL_STATE(377)] = 7321,
  [SMALL_STATE(378)] = 7332,
  [SMALL_STATE(379)] = 7343,
  [SMALL_STATE(380)] = 7354,
  [SMALL_STATE(381)] = 7363,
  [SMALL_STATE(382)] = 7372,
  [SMALL_STATE(383)] = 7381,
  [SMALL_STATE(384)] = 7392,
  [SMALL_STATE(385)] = 7403,
  [SMALL_STATE(386)] = 7412,
  [SMALL_STATE(387)] = 7421,
  [SMALL_STATE(388)] = 7430,
  [SMALL_STATE(389)] = 7439,
  [SMALL_STATE(390)] = 7448,
  [SMALL_STATE(391)] = 7457,
  [SMALL_STATE(392)] = 7466,
  [SMALL_STATE(393)] = 7475,
  [SMALL_STATE(394)] = 7484,
  [SMALL_STATE(395)] = 7493,
  [SMALL_STATE(396)] = 7502,
  [SMALL_STATE(397)] = 7513,
  [SMALL_STATE(398)] = 7522,
  [SMALL_STATE(399)] = 7531,
  [SMALL_STATE(400)] = 7540,
  [SMALL_STATE(401)] = 7551,
  [SMALL_STATE(402)] = 7562,
  [SMALL_STATE(403)] = 7573,
  [SMALL_STATE(404)] = 7582,
  [SMALL_STATE(405)] = 7591,
  [SMALL_STATE(406)] = 7602,
  [SMALL_STATE(407)] = 7613,
  [SMALL_STATE(408)] = 7624,
  [SMALL_STATE(409)] = 7633,
  [SMALL_STATE(410)] = 7642,
  [SMALL_STATE(411)] = 7653,
  [SMALL_STATE(412)] = 7662,
  [SMALL_STATE(413)] = 7671,
  [SMALL_STATE(414)] = 7680,
  [SMALL_STATE(415)] = 7689,
  [SMALL_STATE(416)] = 7698,
  [SMALL_STATE(417)] = 7707,
  [SMALL_STATE(418)] = 7716,
  [SMALL_STATE(419)] = 7727,
  [SMALL_STATE(420)] = 7736,
  [SMALL_STATE(421)] = 7747,
  [SMALL_STATE(422)] = 7756,
  [SMALL_STATE(423)] = 7765,
  [SMALL_STATE(424)] = 7776,
  [SMALL_STATE(425)] = 7787,
  [SMALL_STATE(426)] = 7798,
  [SMALL_STATE(427)] = 7807,
  [SMALL_STATE(428)] = 7816,
  [SMALL_STATE(429)] = 7827,
  [SMALL_STATE(430)] = 7838,
  [SMALL_STATE(431)] = 7849,
  [SMALL_STATE(432)] = 7857,
  [SMALL_STATE(433)] = 7865,
  [SMALL_STATE(434)] = 7873,
  [SMALL_STATE(435)] = 7881,
  [SMALL_STATE(436)] = 7889,
  [SMALL_STATE(437)] = 7897,
  [SMALL_STATE(438)] = 7905,
  [SMALL_STATE(439)] = 7913,
  [SMALL_STATE(440)] = 7921,
  [SMALL_STATE(441)] = 7929,
  [SMALL_STATE(442)] = 7937,
  [SMALL_STATE(443)] = 7945,
  [SMALL_STATE(444)] = 7953,
  [SMALL_STATE(445)] = 7961,
  [SMALL_STATE(446)] = 7969,
  [SMALL_STATE(447)] = 7977,
  [SMALL_STATE(448)] = 7985,
  [SMALL_STATE(449)] = 7993,
  [SMALL_STATE(450)] = 8001,
  [SMALL_STATE(451)] = 8009,
  [SMALL_STATE(452)] = 8017,
  [SMALL_STATE(453)] = 8025,
  [SMALL_STATE(454)] = 8033,
  [SMALL_STATE(455)] = 8041,
  [SMALL_STATE(456)] = 8049,
  [SMALL_STATE(457)] = 8057,
  [SMALL_STATE(458)] = 8065,
  [SMALL_STATE(459)] = 8073,
  [SMALL_STATE(460)] = 8081,
  [SMALL_STATE(461)] = 8089,
  [SMALL_STATE(462)] = 8097,
  [SMALL_STATE(463)] = 8105,
  [SMALL_STATE(464)] = 8113,
  [SMALL_STATE(465)] = 8121,
  [SMALL_STATE(466)] = 8129,
  [SMALL_STATE(467)] = 8137,
  [SMALL_STATE(468)] = 8145,
  [SMALL_STATE(469)] = 8153,
  [SMALL_STATE(470)] = 8161,
  [SMALL_STATE(471)] = 8169,
  [SMALL_STATE(472)] = 8177,
  [SMALL_STATE(473)] = 8185,
  [SMALL_STATE(474)] = 8193,
  [SMALL_STATE(475)] = 8201,
  [SMALL_STATE(476)] = 8209,
  [SMALL_STATE(477)] = 8217,
  [SMALL_STATE(478)] = 8225,
  [SMALL_STATE(479)] = 8233,
  [SMALL_STATE(480)] = 8241,
  [SMALL_STATE(481)] = 8249,
  [SMALL_STATE(482)] = 8257,
  [SMALL_STATE(483)] = 8265,
  [SMALL_STATE(484)] = 8273,
  [SMALL_STATE(485)] = 8281,
  [SMALL_STATE(486)] = 8289,
  [SMALL_STATE(487)] = 8297,
  [SMALL_STATE(488)] = 8305,
  [SMALL_STATE(489)] = 8313,
  [SMALL_STATE(490)] = 8321,
  [SMALL_STATE(491)] = 8329,
  [SMALL_STATE(492)] = 8337,
  [SMALL_STATE(493)] = 8345,
  [SMALL_STATE(494)] = 8353,
  [SMALL_STATE(495)] = 8361,
  [SMALL_STATE(496)] = 8369,
  [SMALL_STATE(497)] = 8377,
  [SMALL_STATE(498)] = 8385,
  [SMALL_STATE(499)] = 8393,
  [SMALL_STATE(500)] = 8401,
  [SMALL_STATE(501)] = 8409,
  [SMALL_STATE(502)] = 8417,
  [SMALL_STATE(503)] = 8425,
  [SMALL_STATE(504)] = 8433,
  [SMALL_STATE(505)] = 8441,
  [SMALL_STATE(506)] = 8449,
  [SMALL_STATE(507)] = 8457,
  [SMALL_STATE(508)] = 8465,
  [SMALL_STATE(509)] = 8473,
  [SMALL_STATE(510)] = 8481,
  [SMALL_STATE(511)] = 8489,
  [SMALL_STATE(512)] = 8497,
  [SMALL_STATE(513)] = 8505,
  [SMALL_STATE(514)] = 8513,
  [SMALL_STATE(515)] = 8521,
  [SMALL_STATE(516)] = 8529,
  [SMALL_STATE(517)] = 8537,
  [SMALL_STATE(518)] = 8545,
  [SMALL_STATE(519)] = 8553,
  [SMALL_STATE(520)] = 8561,
  [SMALL_STATE(521)] = 8569,
  [SMALL_STATE(522)] = 8577,
  [SMALL_STATE(523)] = 8585,
  [SMALL_STATE(524)] = 8593,
  [SMALL_STATE(525)] = 8601,
  [SMALL_STATE(526)] = 8609,
  [SMALL_STATE(527)] = 8617,
  [SMALL_STATE(528)] = 8625,
  [SMALL_STATE(529)] = 8633,
  [SMALL_STATE(530)] = 8641,
  [SMALL_STATE(531)] = 8649,
  [SMALL_STATE(532)] = 8657,
  [SMALL_STATE(533)] = 8665,
  [SMALL_STATE(534)] = 8673,
  [SMALL_STATE(535)] = 8681,
  [SMALL_STATE(536)] = 8689,
  [SMALL_STATE(537)] = 8697,
  [SMALL_STATE(538)] = 8705,
  [SMALL_STATE(539)] = 8713,
  [SMALL_STATE(540)] = 8721,
  [SMALL_STATE(541)] = 8729,
  [SMALL_STATE(542)] = 8737,
  [SMALL_STATE(543)] = 8745,
  [SMALL_STATE(544)] = 8753,
  [SMALL_STATE(545)] = 8761,
  [SMALL_STATE(546)] = 8769,
  [SMALL_STATE(547)] = 8777,
  [SMALL_STATE(548)] = 8785,
  [SMALL_STATE(549)] = 8793,
  [SMALL_STATE(550)] = 8801,
  [SMALL_STATE(551)] = 8809,
  [SMALL_STATE(552)] = 8817,
  [SMALL_STATE(553)] = 8825,
  [SMALL_STATE(554)] = 8833,
  [SMALL_STATE(555)] = 8841,
  [SMALL_STATE(556)] = 8849,
  [SMALL_STATE(557)] = 8857,
  [SMALL_STATE(558)] = 8865,
  [SMALL_STATE(559)] = 8873,
  [SMALL_STATE(560)] = 8881,
  [SMALL_STATE(561)] = 8889,
  [SMALL_STATE(562)] = 8897,
  [SMALL_STATE(563)] = 8905,
  [SMALL_STATE(564)] = 8913,
  [SMALL_STATE(565)] = 8921,
  [SMALL_STATE(566)] = 8929,
  [SMALL_STATE(567)] = 8937,
  [SMALL_STATE(568)] = 8945,
  [SMALL_STATE(569)] = 8953,
  [SMALL_STATE(570)] = 8961,
  [SMALL_STATE(571)] = 8969,
  [SMALL_STATE(572)] = 8977,
  [SMALL_STATE(573)] = 8985,
  [SMALL_STATE(574)] = 8993,
  [SMALL_STATE(575)] = 9001,
  [SMALL_STATE(576)] = 9009,
  [SMALL_STATE(577)] = 9017,
  [SMALL_STATE(578)] = 9025,
  [SMALL_STATE(579)] = 9033,
  [SMALL_STATE(580)] = 9041,
  [SMALL_STATE(581)] = 9049,
  [SMALL_STATE(582)] = 9057,
  [SMALL_STATE(583)] = 9065,
  [SMALL_STATE(584)] = 9073,
  [SMALL_STATE(585)] = 9081,
  [SMALL_STATE(586)] = 9089,
  [SMALL_STATE(587)] = 9097,
  [SMALL_STATE(588)] = 9105,
  [SMALL_STATE(589)] = 9113,
  [SMALL_STATE(590)] = 9121,
  [SMALL_STATE(591)] = 9129,
  [SMALL_STATE(592)] = 9137,
  [SMALL_STATE(593)] = 9145,
  [SMALL_STATE(594)] = 9153,
  [SMALL_STATE(595)] = 9161,
  [SMALL_STATE(596)] = 9169,
  [SMALL_STATE(597)] = 9177,
  [SMALL_STATE(598)] = 9185,
  [SMALL_STATE(599)] = 9193,
  [SMALL_STATE(600)] = 9201,
  [SMALL_STATE(601)] = 9209,
  [SMALL_STATE(602)] = 9217,
  [SMALL_STATE(603)] = 9225,
  [SMALL_STATE(604)] = 9233,
  [SMALL_STATE(605)] = 9241,
  [SMALL_STATE(606)] = 9249,
  [SMALL_STATE(607)] = 9257,
  [SMALL_STATE(608)] = 9265,
  [SMALL_STATE(609)] = 9273,
  [SMALL_STATE(610)] = 9281,
  [SMALL_STATE(611)] = 9289,
  [SMALL_STATE(612)] = 9297,
  [SMALL_STATE(613)] = 9305,
  [SMALL_STATE(614)] = 9313,
  [SMALL_STATE(615)] = 9321,
  [SMALL_STATE(616)] = 9329,
  [SMALL_STATE(617)] = 9337,
  [SMALL_STATE(618)] = 9345,
  [SMALL_STATE(619)] = 9353,
  [SMALL_STATE(620)] = 9361,
  [SMALL_STATE(621)] = 9369,
  [SMALL_STATE(622)] = 9377,
  [SMALL_STATE(623)] = 9385,
  [SMALL_STATE(624)] = 9393,
  [SMALL_STATE(625)] = 9401,
  [SMALL_STATE(626)] = 9409,
  [SMALL_STATE(627)] = 9417,
  [SMALL_STATE(628)] = 9425,
  [SMALL_STATE(629)] = 9433,
  [SMALL_STATE(630)] = 9441,
  [SMALL_STATE(631)] = 9449,
  [SMALL_STATE(632)] = 9457,
  [SMALL_STATE(633)] = 9465,
  [SMALL_STATE(634)] = 9473,
  [SMALL_STATE(635)] = 9481,
  [SMALL_STATE(636)] = 9489,
  [SMALL_STATE(637)] = 9497,
  [SMALL_STATE(638)] = 9505,
  [SMALL_STATE(639)] = 9513,
  [SMALL_STATE(640)] = 9521,
  [SMALL_STATE(641)] = 9529,
  [SMALL_STATE(642)] = 9537,
  [SMALL_STATE(643)] = 9545,
  [SMALL_STATE(644)] = 9553,
  [SMALL_STATE(645)] = 9561,
  [SMALL_STATE(646)] = 9569,
  [SMALL_STATE(647)] = 9577,
  [SMALL_STATE(648)] = 9585,
  [SMALL_STATE(649)] = 9593,
  [SMALL_STATE(650)] = 9601,
  [SMALL_STATE(651)] = 9609,
  [SMALL_STATE(652)] = 9617,
  [SMALL_STATE(653)] = 9625,
  [SMALL_STATE(654)] = 9633,
  [SMALL_STATE(655)] = 9641,
  [SMALL_STATE(656)] = 9649,
  [SMALL_STATE(657)] = 9657,
  [SMALL_STATE(658)] = 9665,
  [SMALL_STATE(659)] = 9673,
  [SMALL_STATE(660)] = 9681,
  [SMALL_STATE(661)] = 9689,
  [SMALL_STATE(662)] = 9697,
  [SMALL_STATE(663)] = 9705,
  [SMALL_STATE(664)] = 9713,
  [SMALL_STATE(665)] = 9721,
  [SMALL_STATE(666)] = 9729,
  [SMALL_STATE(667)] = 9737,
  [SMALL_STATE(668)] = 9745,
  [SMALL_STATE(669)] = 9753,
  [SMALL_STATE(670)] = 9761,
  [SMALL_STATE(671)] = 9769,
  [SMALL_STATE(672)] = 9777,
  [SMALL_STATE(673)] = 9785,
  [SMALL_STATE(674)] = 9793,
  [SMALL_STATE(675)] = 9801,
  [SMALL_STATE(676)] = 9809,
  [SMALL_STATE(677)] = 9817,
  [SMALL_STATE(678)] = 9825,
  [SMALL_STATE(679)] = 9833,
  [SMALL_STATE(680)] = 9841,
  [SMALL_STATE(681)] = 9849,
  [SMALL_STATE(682)] = 9857,
  [SMALL_STATE(683)] = 9865,
  [SMALL_STATE(684)] = 9873,
  [SMALL_STATE(685)] = 9881,
  [SMALL_STATE(686)] = 9889,
  [SMALL_STATE(687)] = 9897,
  [SMALL_STATE(688)] = 9905,
  [SMALL_STATE(689)] = 9913,
  [SMALL_STATE(690)] = 9921,
  [SMALL_STATE(691)] = 9929,
  [SMALL_STATE(692)] = 9937,
  [SMALL_STATE(693)] = 9945,
  [SMALL_STATE(694)] = 9953,
  [SMALL_STATE(695)] = 9961,
  [SMALL_STATE(696)] = 9969,
  [SMALL_STATE(697)] = 9977,
  [SMALL_STATE(698)] = 9985,
  [SMALL_STATE(699)] = 9993,
  [SMALL_STATE(700)] = 10001,
  [SMALL_STATE(701)] = 10009,
  [SMALL_STATE(702)] = 10017,
  [SMALL_STATE(703)] = 10025,
  [SMALL_STATE(704)] = 10033,
  [SMALL_STATE(705)] = 10041,
  [SMALL_STATE(706)] = 10049,
  [SMALL_STATE(707)] = 10057,
  [SMALL_STATE(708)] = 10065,
  [SMALL_STATE(709)] = 10073,
  [SMALL_STATE(710)] = 10081,
  [SMALL_STATE(711)] = 10089,
  [SMALL_STATE(712)] = 10097,
  [SMALL_STATE(713)] = 10105,
  [SMALL_STATE(714)] = 10113,
  [SMALL_STATE(715)] = 10121,
  [SMALL_STATE(716)] = 10129,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(674),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(662),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(656),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(643),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(641),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(548),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(605),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(576),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(582),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(592),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(593),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(597),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(599),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(303),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(658),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(316),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(628),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(645),
  [61] = {.entry = {.count = 1, .reusable = false}}, SHIFT(648),
  [63] = {.entry = {.count = 1, .reusable = false}}, SHIFT(651),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(655),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(453),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(430),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(428),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(590),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [87] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(317),
  [90] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(107),
  [95] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(12),
  [98] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(605),
  [101] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(15),
  [104] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(576),
  [107] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(582),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(592),
  [113] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(54),
  [118] = {.entry = {.count = 1, .reusable = false}}, SHIFT(155),
  [120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [124] = {.entry = {.count = 1, .reusable = false}}, SHIFT(575),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(234),
  [134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(504),
  [138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [140] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_live, 5),
  [142] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_live, 5),
  [144] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_live, 1),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_live, 1),
  [148] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_generic_statement, 2, .production_id = 4),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_statement, 2, .production_id = 4),
  [152] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_assign, 4, .production_id = 47),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assign, 4, .production_id = 47),
  [156] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_dead, 1),
  [158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_dead, 1),
  [160] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_generic_statement, 3, .production_id = 30),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_statement, 3, .production_id = 30),
  [164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nop, 2),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nop, 2),
  [168] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_set_discriminant, 7, .production_id = 78),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_set_discriminant, 7, .production_id = 78),
  [172] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_dead, 5),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_dead, 5),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [178] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [182] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(21),
  [185] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(674),
  [188] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(377),
  [191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(662),
  [194] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(656),
  [197] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(346),
  [200] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(643),
  [203] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(641),
  [206] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(548),
  [209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [227] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [235] = {.entry = {.count = 1, .reusable = false}}, SHIFT(298),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [239] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [243] = {.entry = {.count = 1, .reusable = false}}, SHIFT(607),
  [245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(580),
  [247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(483),
  [249] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(579),
  [261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(524),
  [263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(529),
  [265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [267] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2),
  [269] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(452),
  [272] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(424),
  [275] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(200),
  [278] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(458),
  [281] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(298),
  [284] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_body_repeat1, 2),
  [286] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [294] = {.entry = {.count = 1, .reusable = false}}, SHIFT(536),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(472),
  [298] = {.entry = {.count = 1, .reusable = false}}, SHIFT(550),
  [300] = {.entry = {.count = 1, .reusable = false}}, SHIFT(450),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(338),
  [304] = {.entry = {.count = 1, .reusable = false}}, SHIFT(347),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(709),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 3, .production_id = 2),
  [310] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 3, .production_id = 2),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 4, .production_id = 2),
  [316] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 4, .production_id = 2),
  [318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(551),
  [322] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_place, 1),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 15),
  [326] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 15),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_anon_const_item, 5, .production_id = 5),
  [330] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_anon_const_item, 5, .production_id = 5),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 11, .production_id = 65),
  [334] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 11, .production_id = 65),
  [336] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_downcast, 6, .production_id = 67),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 24),
  [340] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 24),
  [342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 23),
  [344] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 23),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(639),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(638),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mir_header, 4, .production_id = 3),
  [352] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mir_header, 4, .production_id = 3),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 5, .production_id = 6),
  [356] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 5, .production_id = 6),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 12, .production_id = 75),
  [360] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 12, .production_id = 75),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 4),
  [364] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 4),
  [366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field, 7, .production_id = 77),
  [368] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_comment, 3, .production_id = 1),
  [370] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_comment, 3, .production_id = 1),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 3),
  [374] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 3),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_downcast, 5, .production_id = 56),
  [378] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field, 9, .production_id = 77),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 35),
  [382] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 35),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 36),
  [386] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 36),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 5, .production_id = 2),
  [390] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 5, .production_id = 2),
  [392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 37),
  [394] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 37),
  [396] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_promoted_item, 10, .production_id = 52),
  [398] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_promoted_item, 10, .production_id = 52),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 2),
  [402] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 2),
  [404] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 51),
  [406] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 51),
  [408] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 50),
  [410] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 50),
  [412] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 49),
  [414] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 49),
  [416] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 6, .production_id = 2),
  [418] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 6, .production_id = 2),
  [420] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_static_item, 6, .production_id = 11),
  [422] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_static_item, 6, .production_id = 11),
  [424] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_const_item, 7, .production_id = 17),
  [426] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_const_item, 7, .production_id = 17),
  [428] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_deref, 4),
  [430] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_const_item, 6, .production_id = 11),
  [432] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_const_item, 6, .production_id = 11),
  [434] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 6, .production_id = 10),
  [436] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 6, .production_id = 10),
  [438] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_index, 4, .production_id = 45),
  [440] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_index, 4, .production_id = 46),
  [442] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_static_item, 7, .production_id = 18),
  [444] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_static_item, 7, .production_id = 18),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 7, .production_id = 2),
  [448] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 7, .production_id = 2),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 22),
  [452] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 22),
  [454] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 13),
  [456] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 13),
  [458] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 14),
  [460] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 14),
  [462] = {.entry = {.count = 1, .reusable = false}}, SHIFT(506),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [466] = {.entry = {.count = 1, .reusable = false}}, SHIFT(509),
  [468] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(506),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(508),
  [474] = {.entry = {.count = 1, .reusable = false}}, SHIFT(417),
  [476] = {.entry = {.count = 1, .reusable = false}}, SHIFT(427),
  [478] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(511),
  [482] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_block, 4),
  [484] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_block, 4),
  [486] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 5, .production_id = 25),
  [488] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 5, .production_id = 25),
  [490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [498] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 1, .production_id = 20),
  [500] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [502] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 7, .production_id = 40),
  [504] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 7, .production_id = 40),
  [506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [508] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 3, .production_id = 42),
  [510] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 4, .production_id = 25),
  [512] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 4, .production_id = 25),
  [514] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 3, .production_id = 19),
  [516] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 3, .production_id = 19),
  [518] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 9, .production_id = 76),
  [520] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 9, .production_id = 76),
  [522] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 8, .production_id = 76),
  [524] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 8, .production_id = 76),
  [526] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 5, .production_id = 40),
  [528] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 5, .production_id = 40),
  [530] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 5, .production_id = 19),
  [532] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 5, .production_id = 19),
  [534] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 6, .production_id = 55),
  [536] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 6, .production_id = 55),
  [538] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_debug, 5, .production_id = 39),
  [540] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_debug, 5, .production_id = 39),
  [542] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_debug, 5, .production_id = 38),
  [544] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_debug, 5, .production_id = 38),
  [546] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2),
  [548] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(338),
  [551] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(347),
  [554] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(264),
  [557] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_block, 5),
  [559] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_block, 5),
  [561] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 2, .production_id = 28),
  [563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_debug, 6, .production_id = 54),
  [565] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coroutine_debug, 6, .production_id = 54),
  [567] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_debug, 6, .production_id = 53),
  [569] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coroutine_debug, 6, .production_id = 53),
  [571] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 8, .production_id = 55),
  [573] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 8, .production_id = 55),
  [575] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 1),
  [577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_constant, 2, .production_id = 16),
  [579] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_local, 1),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(647),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(569),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(567),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(673),
  [591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [595] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_body_repeat2, 2),
  [597] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat2, 2), SHIFT_REPEAT(5),
  [600] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_body_repeat2, 2), SHIFT_REPEAT(203),
  [603] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_field_decl, 4, .production_id = 66),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [607] = {.entry = {.count = 1, .reusable = false}}, SHIFT(486),
  [609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(595),
  [613] = {.entry = {.count = 1, .reusable = false}}, SHIFT(596),
  [615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(632),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [623] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 11, .production_id = 64),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [633] = {.entry = {.count = 1, .reusable = false}}, SHIFT(484),
  [635] = {.entry = {.count = 1, .reusable = false}}, SHIFT(485),
  [637] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 9, .production_id = 64),
  [639] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 10, .production_id = 64),
  [641] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 7),
  [643] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 5),
  [645] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_path, 1),
  [647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [651] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 4),
  [653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [655] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 6),
  [657] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 8, .production_id = 64),
  [659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(463),
  [667] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [669] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_path, 2),
  [671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(707),
  [673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(706),
  [675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [677] = {.entry = {.count = 1, .reusable = false}}, SHIFT(233),
  [679] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(471),
  [689] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_field_decl, 5, .production_id = 66),
  [691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(487),
  [695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(477),
  [707] = {.entry = {.count = 1, .reusable = true}}, SHIFT(623),
  [709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(624),
  [713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(663),
  [725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(661),
  [727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [729] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unwind_action, 2, .production_id = 41),
  [731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [733] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assert_repeat1, 2), SHIFT_REPEAT(40),
  [736] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assert_repeat1, 2),
  [738] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [740] = {.entry = {.count = 1, .reusable = true}}, SHIFT(460),
  [742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [748] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [756] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(476),
  [760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(664),
  [762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [766] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_ref_kind, 1),
  [768] = {.entry = {.count = 1, .reusable = false}}, SHIFT(422),
  [770] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 1),
  [772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [774] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [776] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [780] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [782] = {.entry = {.count = 1, .reusable = true}}, SHIFT(694),
  [784] = {.entry = {.count = 1, .reusable = true}}, SHIFT(695),
  [786] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [788] = {.entry = {.count = 1, .reusable = true}}, SHIFT(528),
  [790] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [792] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [794] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [796] = {.entry = {.count = 1, .reusable = true}}, SHIFT(545),
  [798] = {.entry = {.count = 1, .reusable = true}}, SHIFT(543),
  [800] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [802] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [804] = {.entry = {.count = 1, .reusable = true}}, SHIFT(715),
  [806] = {.entry = {.count = 1, .reusable = true}}, SHIFT(714),
  [808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(711),
  [812] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [814] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [816] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [818] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 5, .production_id = 12),
  [820] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 5, .production_id = 12),
  [822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 5, .production_id = 48),
  [824] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 5, .production_id = 48),
  [826] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [828] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_ref_kind, 2),
  [830] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [832] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 2),
  [834] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_repeat1, 2), SHIFT_REPEAT(85),
  [837] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_layout_repeat1, 2),
  [839] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(708),
  [843] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [845] = {.entry = {.count = 1, .reusable = true}}, SHIFT(464),
  [847] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 2, .production_id = 106), SHIFT_REPEAT(410),
  [850] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 2, .production_id = 106),
  [852] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(538),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [858] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 6, .production_id = 63),
  [860] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 6, .production_id = 63),
  [862] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 6, .production_id = 12),
  [868] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 6, .production_id = 12),
  [870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [872] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [874] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [876] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [878] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [880] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [882] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [884] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [886] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [888] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [890] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [892] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [894] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [896] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_function_repeat1, 2), SHIFT_REPEAT(405),
  [899] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_function_repeat1, 2),
  [901] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [909] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [911] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_variant_repeat1, 2), SHIFT_REPEAT(229),
  [914] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_variant_repeat1, 2),
  [916] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 3, .production_id = 21),
  [918] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 3, .production_id = 21),
  [920] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 3, .production_id = 12),
  [922] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 3, .production_id = 12),
  [924] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [926] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [928] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__targets_repeat1, 2), SHIFT_REPEAT(121),
  [931] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__targets_repeat1, 2),
  [933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(560),
  [939] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [941] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [943] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [945] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [947] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [951] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_call_expr_repeat1, 2), SHIFT_REPEAT(28),
  [954] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_call_expr_repeat1, 2),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(546),
  [958] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [960] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [966] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [968] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_alloc_repeat1, 2),
  [970] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_alloc_repeat1, 2), SHIFT_REPEAT(258),
  [973] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [975] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_switch_int_repeat1, 2), SHIFT_REPEAT(143),
  [978] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_switch_int_repeat1, 2),
  [980] = {.entry = {.count = 1, .reusable = true}}, SHIFT(702),
  [982] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [984] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 7, .production_id = 74),
  [986] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 7, .production_id = 74),
  [988] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [990] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [992] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [994] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_variant_fields_repeat1, 2), SHIFT_REPEAT(418),
  [997] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_variant_fields_repeat1, 2),
  [999] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [1001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [1003] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_field_tys_repeat1, 2), SHIFT_REPEAT(184),
  [1006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_field_tys_repeat1, 2),
  [1008] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1010] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [1012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [1014] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unwind_action, 5, .production_id = 80),
  [1016] = {.entry = {.count = 1, .reusable = false}}, SHIFT(525),
  [1018] = {.entry = {.count = 1, .reusable = false}}, SHIFT(527),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(525),
  [1022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [1024] = {.entry = {.count = 1, .reusable = true}}, SHIFT(616),
  [1026] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [1028] = {.entry = {.count = 1, .reusable = true}}, SHIFT(659),
  [1030] = {.entry = {.count = 1, .reusable = true}}, SHIFT(660),
  [1032] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [1036] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 4, .production_id = 12),
  [1038] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 4, .production_id = 12),
  [1040] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 4, .production_id = 32),
  [1042] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 4, .production_id = 32),
  [1044] = {.entry = {.count = 1, .reusable = true}}, SHIFT(517),
  [1046] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [1048] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 2, .production_id = 12),
  [1050] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 2, .production_id = 12),
  [1052] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [1054] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_storage_conflicts_repeat1, 2), SHIFT_REPEAT(265),
  [1057] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_storage_conflicts_repeat1, 2),
  [1059] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [1061] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [1063] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [1067] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2, .production_id = 85), SHIFT_REPEAT(178),
  [1070] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2, .production_id = 85),
  [1072] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [1074] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [1076] = {.entry = {.count = 1, .reusable = true}}, SHIFT(492),
  [1078] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_aggregate_repeat1, 2), SHIFT_REPEAT(284),
  [1081] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_aggregate_repeat1, 2),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(562),
  [1085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(566),
  [1087] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [1089] = {.entry = {.count = 1, .reusable = true}}, SHIFT(478),
  [1091] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 4, .production_id = 100),
  [1093] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 5, .production_id = 84),
  [1095] = {.entry = {.count = 1, .reusable = true}}, SHIFT(688),
  [1097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(690),
  [1099] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2),
  [1101] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 5, .production_id = 4),
  [1103] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attribute, 3, .production_id = 8),
  [1105] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_init, 3, .production_id = 8),
  [1107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [1109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [1111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 6, .production_id = 43),
  [1113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(470),
  [1115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [1117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 92),
  [1119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(518),
  [1121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(613),
  [1123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(614),
  [1125] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 93),
  [1127] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 6),
  [1129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [1131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(530),
  [1135] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_field, 3, .production_id = 33),
  [1137] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_field, 3, .production_id = 34),
  [1139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(591),
  [1141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [1143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(698),
  [1145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [1147] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 84),
  [1149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 4, .production_id = 4),
  [1153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(496),
  [1155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 8, .production_id = 86),
  [1157] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_arm, 3, .production_id = 95),
  [1159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(598),
  [1161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(604),
  [1163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(495),
  [1165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [1167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(704),
  [1171] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 3),
  [1173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 4, .production_id = 73),
  [1175] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 92),
  [1177] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 98),
  [1179] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 3),
  [1181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 93),
  [1183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [1187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 99),
  [1189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 5, .production_id = 43),
  [1191] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 7, .production_id = 86),
  [1193] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 4, .production_id = 101),
  [1195] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 5),
  [1197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, .production_id = 70),
  [1199] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, .production_id = 69),
  [1201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 9, .production_id = 86),
  [1203] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 1),
  [1205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(558),
  [1207] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(626),
  [1211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(584),
  [1213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(586),
  [1215] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conflict, 5),
  [1217] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conflict, 1),
  [1219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 8, .production_id = 98),
  [1221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [1223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(600),
  [1225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(684),
  [1227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 3, .production_id = 43),
  [1229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 8, .production_id = 99),
  [1231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 10, .production_id = 86),
  [1233] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 3, .production_id = 4),
  [1235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 6, .production_id = 103),
  [1237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 6, .production_id = 104),
  [1239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 103),
  [1241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 105),
  [1243] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 3, .production_id = 9),
  [1245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 104),
  [1247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 107),
  [1251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 2, .production_id = 28),
  [1253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 3, .production_id = 60),
  [1255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 3, .production_id = 59),
  [1257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_other, 3, .production_id = 8),
  [1259] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 8, .production_id = 105),
  [1261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope_ref, 4),
  [1263] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 8, .production_id = 107),
  [1265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 7),
  [1267] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 4, .production_id = 108),
  [1269] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_upvar_start, 3, .production_id = 7),
  [1271] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 4, .production_id = 109),
  [1273] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 4),
  [1275] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 4, .production_id = 43),
  [1277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [1281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [1283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [1285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(514),
  [1287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [1289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 5),
  [1291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(620),
  [1293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [1295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(531),
  [1299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(498),
  [1301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [1303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [1305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [1307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(501),
  [1309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(503),
  [1311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [1313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(505),
  [1315] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_terminate, 5),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [1319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [1321] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 4),
  [1323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [1325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(497),
  [1327] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [1329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [1331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(519),
  [1335] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 5, .production_id = 57),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [1339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [1343] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [1345] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 3),
  [1347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(526),
  [1349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cleanup, 3),
  [1351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [1353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 3),
  [1355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(488),
  [1357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [1359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(710),
  [1361] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_thread_local_ref, 3, .production_id = 58),
  [1363] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [1365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(479),
  [1367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 5, .production_id = 4),
  [1369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(475),
  [1371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [1373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call, 5, .production_id = 61),
  [1375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 3, .production_id = 62),
  [1377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(474),
  [1381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(540),
  [1383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 2),
  [1385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1389] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 2),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [1393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [1395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(544),
  [1397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [1399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1401] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 4, .production_id = 4),
  [1403] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_terminator, 4, .production_id = 44),
  [1405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [1407] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 4),
  [1409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [1413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [1415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [1419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1421] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [1423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [1427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(561),
  [1429] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [1431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [1433] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_drop, 6, .production_id = 68),
  [1435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [1437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1439] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 5),
  [1441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1443] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 3),
  [1445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [1447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(439),
  [1449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(571),
  [1451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [1453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [1455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [1457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(441),
  [1459] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 6, .production_id = 71),
  [1461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [1463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [1465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [1469] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 4),
  [1471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(578),
  [1475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [1477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [1479] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 4),
  [1481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [1483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(705),
  [1485] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_thread_local_ref, 4, .production_id = 72),
  [1487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [1489] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [1491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(493),
  [1493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [1495] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 4, .production_id = 62),
  [1497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [1499] = {.entry = {.count = 1, .reusable = true}}, SHIFT(589),
  [1501] = {.entry = {.count = 1, .reusable = true}}, SHIFT(574),
  [1503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [1505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(700),
  [1507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [1509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(636),
  [1517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [1519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1521] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 3, .production_id = 4),
  [1523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [1527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(510),
  [1531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(513),
  [1533] = {.entry = {.count = 1, .reusable = true}}, SHIFT(516),
  [1535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(609),
  [1537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(522),
  [1539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [1541] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_async_drop, 7, .production_id = 79),
  [1543] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mutable, 1),
  [1545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(611),
  [1547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 6),
  [1549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(697),
  [1553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(612),
  [1555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(490),
  [1557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(696),
  [1559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 7, .production_id = 81),
  [1561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(692),
  [1569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [1571] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat, 5, .production_id = 82),
  [1573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 5),
  [1575] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 5),
  [1577] = {.entry = {.count = 1, .reusable = true}}, SHIFT(622),
  [1579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1581] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_raw_ptr, 5, .production_id = 83),
  [1583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1585] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 5, .production_id = 62),
  [1587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [1589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [1591] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_terminator, 3, .production_id = 31),
  [1593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(625),
  [1595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [1597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [1599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [1601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(691),
  [1603] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tail_call, 3, .production_id = 29),
  [1605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(633),
  [1607] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [1609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1611] = {.entry = {.count = 1, .reusable = true}}, SHIFT(556),
  [1613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [1615] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_false_unwind, 3, .production_id = 27),
  [1617] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_false_edge, 3, .production_id = 27),
  [1619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [1621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [1623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(693),
  [1625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(559),
  [1627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(500),
  [1629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [1631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(644),
  [1635] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_drop, 8, .production_id = 87),
  [1637] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 8, .production_id = 88),
  [1639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [1641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(646),
  [1643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1645] = {.entry = {.count = 1, .reusable = true}}, SHIFT(649),
  [1647] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 3, .production_id = 27),
  [1649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(652),
  [1651] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 2),
  [1653] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 8, .production_id = 89),
  [1655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(654),
  [1657] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_yield, 8, .production_id = 90),
  [1659] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 6, .production_id = 62),
  [1661] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 2, .production_id = 26),
  [1663] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cast, 6, .production_id = 91),
  [1665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [1667] = {.entry = {.count = 1, .reusable = true}}, SHIFT(515),
  [1669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [1671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [1673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [1675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [1677] = {.entry = {.count = 1, .reusable = true}}, SHIFT(523),
  [1679] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [1681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [1683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [1685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(577),
  [1687] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [1691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [1693] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_projection_name, 3),
  [1695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(587),
  [1697] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_async_drop, 9, .production_id = 94),
  [1699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(686),
  [1701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(671),
  [1703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(672),
  [1705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(685),
  [1707] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 9, .production_id = 88),
  [1709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(541),
  [1711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(683),
  [1713] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 9, .production_id = 96),
  [1715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(675),
  [1717] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 9, .production_id = 97),
  [1719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(681),
  [1721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(606),
  [1723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [1725] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 1),
  [1727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(677),
  [1729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [1731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [1733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(608),
  [1735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [1737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [1739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(552),
  [1741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(553),
  [1743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [1745] = {.entry = {.count = 1, .reusable = true}}, SHIFT(462),
  [1747] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [1749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(588),
  [1751] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_const, 4),
  [1753] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 10, .production_id = 88),
  [1755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(682),
  [1757] = {.entry = {.count = 1, .reusable = false}}, SHIFT(630),
  [1759] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 10, .production_id = 102),
  [1761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [1763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(594),
  [1765] = {.entry = {.count = 1, .reusable = true}}, SHIFT(601),
  [1767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(602),
  [1769] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_drop, 2),
  [1771] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 11, .production_id = 88),
  [1773] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unreachable, 2),
  [1775] = {.entry = {.count = 1, .reusable = true}}, SHIFT(689),
  [1777] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_resume, 2),
  [1779] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return, 2),
  [1781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(617),
  [1783] = {.entry = {.count = 1, .reusable = true}}, SHIFT(627),
  [1785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(699),
  [1787] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_terminate, 2),
  [1789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [1791] = {.entry = {.count = 1, .reusable = true}}, SHIFT(629),
  [1793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(631),
  [1795] = {.entry = {.count = 1, .reusable = true}}, SHIFT(703),
  [1797] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [1799] = {.entry = {.count = 1, .reusable = true}}, SHIFT(634),
  [1801] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [1803] = {.entry = {.count = 1, .reusable = true}}, SHIFT(635),
  [1805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [1807] = {.entry = {.count = 1, .reusable = true}}, SHIFT(642),
  [1809] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [1811] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [1813] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [1815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(650),
  [1817] = {.entry = {.count = 1, .reusable = true}}, SHIFT(657),
  [1819] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [1821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [1823] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [1825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 6, .production_id = 4),
  [1827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(665),
  [1829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(666),
  [1831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [1833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(667),
  [1835] = {.entry = {.count = 1, .reusable = true}}, SHIFT(668),
  [1837] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [1839] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
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
