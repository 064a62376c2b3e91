#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 715
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 219
#define ALIAS_COUNT 4
#define TOKEN_COUNT 118
#define EXTERNAL_TOKEN_COUNT 11
#define FIELD_COUNT 39
#define MAX_ALIAS_SEQUENCE_LENGTH 12
#define PRODUCTION_ID_COUNT 109

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
  [16] = {.index = 29, .length = 3},
  [17] = {.index = 32, .length = 2},
  [18] = {.index = 34, .length = 1},
  [19] = {.index = 35, .length = 2},
  [20] = {.index = 37, .length = 3},
  [21] = {.index = 40, .length = 3},
  [22] = {.index = 43, .length = 2},
  [23] = {.index = 45, .length = 1},
  [24] = {.index = 46, .length = 1},
  [25] = {.index = 47, .length = 1},
  [26] = {.index = 48, .length = 1},
  [27] = {.index = 49, .length = 1},
  [28] = {.index = 50, .length = 1},
  [29] = {.index = 51, .length = 2},
  [30] = {.index = 53, .length = 2},
  [31] = {.index = 55, .length = 2},
  [32] = {.index = 57, .length = 2},
  [33] = {.index = 59, .length = 1},
  [34] = {.index = 60, .length = 4},
  [35] = {.index = 64, .length = 3},
  [36] = {.index = 67, .length = 3},
  [37] = {.index = 70, .length = 2},
  [38] = {.index = 70, .length = 2},
  [39] = {.index = 72, .length = 2},
  [40] = {.index = 74, .length = 1},
  [41] = {.index = 75, .length = 1},
  [42] = {.index = 76, .length = 1},
  [43] = {.index = 77, .length = 3},
  [44] = {.index = 80, .length = 2},
  [45] = {.index = 80, .length = 2},
  [46] = {.index = 82, .length = 2},
  [47] = {.index = 84, .length = 2},
  [48] = {.index = 86, .length = 4},
  [49] = {.index = 90, .length = 3},
  [50] = {.index = 93, .length = 3},
  [51] = {.index = 96, .length = 3},
  [52] = {.index = 99, .length = 2},
  [53] = {.index = 99, .length = 2},
  [54] = {.index = 101, .length = 2},
  [55] = {.index = 103, .length = 2},
  [56] = {.index = 105, .length = 1},
  [57] = {.index = 106, .length = 1},
  [58] = {.index = 107, .length = 2},
  [59] = {.index = 109, .length = 2},
  [60] = {.index = 111, .length = 3},
  [61] = {.index = 114, .length = 1},
  [62] = {.index = 115, .length = 2},
  [63] = {.index = 117, .length = 1},
  [64] = {.index = 118, .length = 4},
  [65] = {.index = 122, .length = 2},
  [66] = {.index = 124, .length = 3},
  [67] = {.index = 127, .length = 2},
  [68] = {.index = 129, .length = 2},
  [69] = {.index = 129, .length = 2},
  [70] = {.index = 131, .length = 1},
  [71] = {.index = 132, .length = 1},
  [72] = {.index = 133, .length = 3},
  [73] = {.index = 136, .length = 2},
  [74] = {.index = 138, .length = 4},
  [75] = {.index = 142, .length = 2},
  [76] = {.index = 144, .length = 3},
  [77] = {.index = 147, .length = 2},
  [78] = {.index = 149, .length = 2},
  [79] = {.index = 151, .length = 4},
  [80] = {.index = 155, .length = 2},
  [81] = {.index = 157, .length = 1},
  [82] = {.index = 158, .length = 2},
  [83] = {.index = 160, .length = 3},
  [84] = {.index = 163, .length = 4},
  [85] = {.index = 167, .length = 2},
  [86] = {.index = 169, .length = 2},
  [87] = {.index = 171, .length = 1},
  [88] = {.index = 172, .length = 3},
  [89] = {.index = 175, .length = 3},
  [90] = {.index = 178, .length = 3},
  [91] = {.index = 181, .length = 2},
  [92] = {.index = 183, .length = 2},
  [93] = {.index = 185, .length = 2},
  [94] = {.index = 187, .length = 2},
  [95] = {.index = 189, .length = 4},
  [96] = {.index = 193, .length = 3},
  [97] = {.index = 196, .length = 4},
  [98] = {.index = 200, .length = 4},
  [99] = {.index = 204, .length = 1},
  [100] = {.index = 205, .length = 1},
  [101] = {.index = 206, .length = 4},
  [102] = {.index = 210, .length = 1},
  [103] = {.index = 211, .length = 1},
  [104] = {.index = 212, .length = 3},
  [105] = {.index = 215, .length = 4},
  [106] = {.index = 219, .length = 3},
  [107] = {.index = 222, .length = 1},
  [108] = {.index = 223, .length = 1},
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
    {field_body, 6},
    {field_name, 2},
    {field_type, 4},
  [32] =
    {field_local, 0},
    {field_type, 1},
  [34] =
    {field_place, 0},
  [35] =
    {field_label, 0},
    {field_terminator, 1},
  [37] =
    {field_body, 7},
    {field_name, 1},
    {field_return_type, 6},
  [40] =
    {field_body, 7},
    {field_name, 1},
    {field_yield_type, 6},
  [43] =
    {field_body, 7},
    {field_name, 1},
  [45] =
    {field_index, 1},
  [46] =
    {field_target, 1},
  [47] =
    {field_target, 1, .inherited = true},
  [48] =
    {field_place, 1},
  [49] =
    {field_value, 1},
  [50] =
    {field_call, 1},
  [51] =
    {field_arguments, 1},
    {field_kind, 0},
  [53] =
    {field_kind, 0},
    {field_target, 1, .inherited = true},
  [55] =
    {field_label, 0},
    {field_terminator, 2},
  [57] =
    {field_id, 0},
    {field_type, 2},
  [59] =
    {field_id, 0},
  [60] =
    {field_body, 8},
    {field_name, 1},
    {field_return_type, 5},
    {field_yield_type, 7},
  [64] =
    {field_body, 8},
    {field_name, 1},
    {field_return_type, 7},
  [67] =
    {field_body, 8},
    {field_name, 1},
    {field_yield_type, 7},
  [70] =
    {field_name, 1},
    {field_value, 3},
  [72] =
    {field_local, 1},
    {field_type, 3},
  [74] =
    {field_action, 1},
  [75] =
    {field_place, 2},
  [76] =
    {field_function, 0},
  [77] =
    {field_arguments, 1},
    {field_kind, 0},
    {field_target, 2, .inherited = true},
  [80] =
    {field_base, 0},
    {field_index, 2},
  [82] =
    {field_place, 0},
    {field_value, 2},
  [84] =
    {field_label, 0},
    {field_terminator, 3},
  [86] =
    {field_body, 9},
    {field_name, 1},
    {field_return_type, 6},
    {field_yield_type, 8},
  [90] =
    {field_body, 9},
    {field_name, 1},
    {field_return_type, 8},
  [93] =
    {field_body, 9},
    {field_name, 1},
    {field_yield_type, 8},
  [96] =
    {field_body, 9},
    {field_name, 5},
    {field_type, 7},
  [99] =
    {field_name, 2},
    {field_value, 4},
  [101] =
    {field_local, 2},
    {field_type, 4},
  [103] =
    {field_base, 1},
    {field_variant, 3},
  [105] =
    {field_target, 3, .inherited = true},
  [106] =
    {field_static, 2},
  [107] =
    {field_place, 2},
    {field_region, 1},
  [109] =
    {field_kind, 1},
    {field_place, 2},
  [111] =
    {field_call, 2},
    {field_destination, 0},
    {field_target, 3, .inherited = true},
  [114] =
    {field_type, 0},
  [115] =
    {field_label, 0},
    {field_terminator, 4},
  [117] =
    {field_dims, 4},
  [118] =
    {field_body, 10},
    {field_name, 1},
    {field_return_type, 7},
    {field_yield_type, 9},
  [122] =
    {field_id, 1},
    {field_type, 3},
  [124] =
    {field_base, 1},
    {field_variant, 3},
    {field_variant, 4},
  [127] =
    {field_place, 2},
    {field_target, 4, .inherited = true},
  [129] =
    {field_block, 2},
    {field_kind, 0},
  [131] =
    {field_target, 4, .inherited = true},
  [132] =
    {field_static, 3},
  [133] =
    {field_kind, 2},
    {field_place, 3},
    {field_region, 1},
  [136] =
    {field_label, 0},
    {field_terminator, 5},
  [138] =
    {field_body, 11},
    {field_name, 1},
    {field_return_type, 8},
    {field_yield_type, 10},
  [142] =
    {field_index, 1},
    {field_inlined, 4},
  [144] =
    {field_base, 1},
    {field_index, 3},
    {field_type, 5},
  [147] =
    {field_place, 2},
    {field_value, 5},
  [149] =
    {field_place, 3},
    {field_target, 5, .inherited = true},
  [151] =
    {field_action, 1},
    {field_action, 2},
    {field_action, 3},
    {field_action, 4},
  [155] =
    {field_discr, 2},
    {field_otherwise, 5},
  [157] =
    {field_count, 3},
  [158] =
    {field_parts, 4},
    {field_type, 2},
  [160] =
    {field_kind, 0},
    {field_source_info, 3, .inherited = true},
    {field_type, 3, .inherited = true},
  [163] =
    {field_source_info, 0, .inherited = true},
    {field_source_info, 1, .inherited = true},
    {field_type, 0, .inherited = true},
    {field_type, 1, .inherited = true},
  [167] =
    {field_index, 2},
    {field_name, 0},
  [169] =
    {field_place, 2},
    {field_target, 6, .inherited = true},
  [171] =
    {field_discr, 2},
  [172] =
    {field_cond, 2},
    {field_message, 4},
    {field_target, 6, .inherited = true},
  [175] =
    {field_destination, 0},
    {field_target, 6, .inherited = true},
    {field_value, 4},
  [178] =
    {field_kind, 4},
    {field_type, 2},
    {field_value, 0},
  [181] =
    {field_kind, 0},
    {field_type, 4},
  [183] =
    {field_kind, 0},
    {field_source_info, 4},
  [185] =
    {field_place, 3},
    {field_target, 7, .inherited = true},
  [187] =
    {field_target, 2},
    {field_value, 0},
  [189] =
    {field_cond, 3},
    {field_message, 5},
    {field_negated, 2},
    {field_target, 7, .inherited = true},
  [193] =
    {field_cond, 2},
    {field_message, 4},
    {field_target, 7, .inherited = true},
  [196] =
    {field_kind, 0},
    {field_source_info, 5, .inherited = true},
    {field_type, 4},
    {field_type, 5, .inherited = true},
  [200] =
    {field_kind, 0},
    {field_source_info, 4},
    {field_source_info, 5, .inherited = true},
    {field_type, 5, .inherited = true},
  [204] =
    {field_type, 3},
  [205] =
    {field_source_info, 3},
  [206] =
    {field_cond, 3},
    {field_message, 5},
    {field_negated, 2},
    {field_target, 8, .inherited = true},
  [210] =
    {field_span, 4},
  [211] =
    {field_scope, 4},
  [212] =
    {field_scope, 5, .inherited = true},
    {field_span, 4},
    {field_span, 5, .inherited = true},
  [215] =
    {field_scope, 0, .inherited = true},
    {field_scope, 1, .inherited = true},
    {field_span, 0, .inherited = true},
    {field_span, 1, .inherited = true},
  [219] =
    {field_scope, 4},
    {field_scope, 5, .inherited = true},
    {field_span, 5, .inherited = true},
  [222] =
    {field_span, 3},
  [223] =
    {field_scope, 3},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [27] = {
    [1] = alias_sym_const_value,
  },
  [37] = {
    [1] = alias_sym_name,
  },
  [44] = {
    [2] = alias_sym_paren_text_bracket,
  },
  [52] = {
    [2] = alias_sym_name,
  },
  [68] = {
    [0] = sym_identifier,
  },
  [81] = {
    [3] = alias_sym_paren_text_bracket,
  },
  [102] = {
    [4] = alias_sym_span,
  },
  [104] = {
    [4] = alias_sym_span,
  },
  [107] = {
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
  [213] = 213,
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
  [244] = 215,
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
  [294] = 210,
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
  [393] = 305,
  [394] = 394,
  [395] = 395,
  [396] = 300,
  [397] = 397,
  [398] = 398,
  [399] = 399,
  [400] = 400,
  [401] = 301,
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
  [419] = 419,
  [420] = 420,
  [421] = 421,
  [422] = 422,
  [423] = 303,
  [424] = 424,
  [425] = 425,
  [426] = 426,
  [427] = 427,
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
};

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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(7)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(123);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '!') ADVANCE(202);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(141);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '(') ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '(') ADVANCE(93);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(238);
      if (lookahead == 'L') ADVANCE(242);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'a') ADVANCE(255);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'a') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'a') ADVANCE(246);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'a') ADVANCE(234);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'b') ADVANCE(270);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'b') ADVANCE(271);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'd') ADVANCE(225);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(227);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(268);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(231);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'e') ADVANCE(226);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'g') ADVANCE(235);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'i') ADVANCE(230);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'i') ADVANCE(265);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'm') ADVANCE(222);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'n') ADVANCE(258);
      if (lookahead == 'p') ADVANCE(266);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'n') ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'n') ADVANCE(260);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(254);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(264);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(221);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(244);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(256);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(245);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'o') ADVANCE(263);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'p') ADVANCE(266);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'r') ADVANCE(241);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'r') ADVANCE(229);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 's') ADVANCE(243);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 's') ADVANCE(261);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(194);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(224);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(269);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(251);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 't') ADVANCE(249);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'v') ADVANCE(237);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'v') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'y') ADVANCE(267);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(212);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(213);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') ADVANCE(214);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_identifier);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(196);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_identifier);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(197);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_identifier);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
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
  [26] = {.lex_state = 24},
  [27] = {.lex_state = 7},
  [28] = {.lex_state = 24},
  [29] = {.lex_state = 7, .external_lex_state = 4},
  [30] = {.lex_state = 7},
  [31] = {.lex_state = 7},
  [32] = {.lex_state = 20},
  [33] = {.lex_state = 7},
  [34] = {.lex_state = 7},
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
  [50] = {.lex_state = 147, .external_lex_state = 2},
  [51] = {.lex_state = 20},
  [52] = {.lex_state = 147, .external_lex_state = 2},
  [53] = {.lex_state = 20},
  [54] = {.lex_state = 23, .external_lex_state = 5},
  [55] = {.lex_state = 147, .external_lex_state = 2},
  [56] = {.lex_state = 147, .external_lex_state = 2},
  [57] = {.lex_state = 20},
  [58] = {.lex_state = 147, .external_lex_state = 2},
  [59] = {.lex_state = 147, .external_lex_state = 2},
  [60] = {.lex_state = 147, .external_lex_state = 2},
  [61] = {.lex_state = 20},
  [62] = {.lex_state = 23, .external_lex_state = 5},
  [63] = {.lex_state = 147, .external_lex_state = 2},
  [64] = {.lex_state = 147, .external_lex_state = 2},
  [65] = {.lex_state = 147, .external_lex_state = 2},
  [66] = {.lex_state = 147, .external_lex_state = 2},
  [67] = {.lex_state = 147, .external_lex_state = 2},
  [68] = {.lex_state = 147, .external_lex_state = 2},
  [69] = {.lex_state = 20},
  [70] = {.lex_state = 147, .external_lex_state = 2},
  [71] = {.lex_state = 147, .external_lex_state = 2},
  [72] = {.lex_state = 147, .external_lex_state = 2},
  [73] = {.lex_state = 147, .external_lex_state = 2},
  [74] = {.lex_state = 147, .external_lex_state = 2},
  [75] = {.lex_state = 147, .external_lex_state = 2},
  [76] = {.lex_state = 147, .external_lex_state = 2},
  [77] = {.lex_state = 147, .external_lex_state = 2},
  [78] = {.lex_state = 147, .external_lex_state = 2},
  [79] = {.lex_state = 20},
  [80] = {.lex_state = 20},
  [81] = {.lex_state = 20},
  [82] = {.lex_state = 147, .external_lex_state = 2},
  [83] = {.lex_state = 147, .external_lex_state = 2},
  [84] = {.lex_state = 20},
  [85] = {.lex_state = 147, .external_lex_state = 2},
  [86] = {.lex_state = 20},
  [87] = {.lex_state = 147, .external_lex_state = 2},
  [88] = {.lex_state = 147, .external_lex_state = 2},
  [89] = {.lex_state = 147, .external_lex_state = 2},
  [90] = {.lex_state = 20},
  [91] = {.lex_state = 147, .external_lex_state = 2},
  [92] = {.lex_state = 147, .external_lex_state = 2},
  [93] = {.lex_state = 147, .external_lex_state = 2},
  [94] = {.lex_state = 20, .external_lex_state = 3},
  [95] = {.lex_state = 24},
  [96] = {.lex_state = 20},
  [97] = {.lex_state = 20},
  [98] = {.lex_state = 24},
  [99] = {.lex_state = 24},
  [100] = {.lex_state = 24},
  [101] = {.lex_state = 24},
  [102] = {.lex_state = 24},
  [103] = {.lex_state = 24},
  [104] = {.lex_state = 24},
  [105] = {.lex_state = 20},
  [106] = {.lex_state = 24},
  [107] = {.lex_state = 24},
  [108] = {.lex_state = 20},
  [109] = {.lex_state = 20},
  [110] = {.lex_state = 24},
  [111] = {.lex_state = 20},
  [112] = {.lex_state = 20},
  [113] = {.lex_state = 20},
  [114] = {.lex_state = 20},
  [115] = {.lex_state = 24},
  [116] = {.lex_state = 24},
  [117] = {.lex_state = 24},
  [118] = {.lex_state = 24},
  [119] = {.lex_state = 20},
  [120] = {.lex_state = 24},
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
  [132] = {.lex_state = 21},
  [133] = {.lex_state = 145},
  [134] = {.lex_state = 21},
  [135] = {.lex_state = 21},
  [136] = {.lex_state = 21},
  [137] = {.lex_state = 20},
  [138] = {.lex_state = 20},
  [139] = {.lex_state = 20},
  [140] = {.lex_state = 20},
  [141] = {.lex_state = 20},
  [142] = {.lex_state = 20},
  [143] = {.lex_state = 20},
  [144] = {.lex_state = 20},
  [145] = {.lex_state = 75},
  [146] = {.lex_state = 20},
  [147] = {.lex_state = 20},
  [148] = {.lex_state = 20},
  [149] = {.lex_state = 20},
  [150] = {.lex_state = 20},
  [151] = {.lex_state = 20},
  [152] = {.lex_state = 20},
  [153] = {.lex_state = 20},
  [154] = {.lex_state = 20},
  [155] = {.lex_state = 75},
  [156] = {.lex_state = 75},
  [157] = {.lex_state = 20},
  [158] = {.lex_state = 20, .external_lex_state = 6},
  [159] = {.lex_state = 20},
  [160] = {.lex_state = 20},
  [161] = {.lex_state = 24},
  [162] = {.lex_state = 24},
  [163] = {.lex_state = 20},
  [164] = {.lex_state = 145},
  [165] = {.lex_state = 20},
  [166] = {.lex_state = 20},
  [167] = {.lex_state = 20},
  [168] = {.lex_state = 69},
  [169] = {.lex_state = 20},
  [170] = {.lex_state = 20},
  [171] = {.lex_state = 73},
  [172] = {.lex_state = 20},
  [173] = {.lex_state = 20},
  [174] = {.lex_state = 145, .external_lex_state = 7},
  [175] = {.lex_state = 145},
  [176] = {.lex_state = 24},
  [177] = {.lex_state = 20},
  [178] = {.lex_state = 20},
  [179] = {.lex_state = 20},
  [180] = {.lex_state = 20},
  [181] = {.lex_state = 20},
  [182] = {.lex_state = 69},
  [183] = {.lex_state = 20},
  [184] = {.lex_state = 20},
  [185] = {.lex_state = 20},
  [186] = {.lex_state = 145},
  [187] = {.lex_state = 20},
  [188] = {.lex_state = 145},
  [189] = {.lex_state = 20},
  [190] = {.lex_state = 20},
  [191] = {.lex_state = 145},
  [192] = {.lex_state = 20},
  [193] = {.lex_state = 20},
  [194] = {.lex_state = 20},
  [195] = {.lex_state = 69},
  [196] = {.lex_state = 145},
  [197] = {.lex_state = 145},
  [198] = {.lex_state = 145},
  [199] = {.lex_state = 145},
  [200] = {.lex_state = 20},
  [201] = {.lex_state = 145},
  [202] = {.lex_state = 145},
  [203] = {.lex_state = 20},
  [204] = {.lex_state = 145},
  [205] = {.lex_state = 145},
  [206] = {.lex_state = 75},
  [207] = {.lex_state = 75},
  [208] = {.lex_state = 145},
  [209] = {.lex_state = 145},
  [210] = {.lex_state = 20},
  [211] = {.lex_state = 20},
  [212] = {.lex_state = 20},
  [213] = {.lex_state = 20},
  [214] = {.lex_state = 145},
  [215] = {.lex_state = 21, .external_lex_state = 3},
  [216] = {.lex_state = 69},
  [217] = {.lex_state = 145},
  [218] = {.lex_state = 76},
  [219] = {.lex_state = 145},
  [220] = {.lex_state = 145},
  [221] = {.lex_state = 145},
  [222] = {.lex_state = 145},
  [223] = {.lex_state = 145},
  [224] = {.lex_state = 145},
  [225] = {.lex_state = 145},
  [226] = {.lex_state = 145},
  [227] = {.lex_state = 145},
  [228] = {.lex_state = 75},
  [229] = {.lex_state = 145},
  [230] = {.lex_state = 145},
  [231] = {.lex_state = 75},
  [232] = {.lex_state = 145},
  [233] = {.lex_state = 145},
  [234] = {.lex_state = 20},
  [235] = {.lex_state = 145},
  [236] = {.lex_state = 145},
  [237] = {.lex_state = 20},
  [238] = {.lex_state = 145},
  [239] = {.lex_state = 20, .external_lex_state = 3},
  [240] = {.lex_state = 145},
  [241] = {.lex_state = 20, .external_lex_state = 8},
  [242] = {.lex_state = 145},
  [243] = {.lex_state = 145},
  [244] = {.lex_state = 21},
  [245] = {.lex_state = 145},
  [246] = {.lex_state = 145},
  [247] = {.lex_state = 145},
  [248] = {.lex_state = 20},
  [249] = {.lex_state = 145},
  [250] = {.lex_state = 20},
  [251] = {.lex_state = 75},
  [252] = {.lex_state = 145},
  [253] = {.lex_state = 75},
  [254] = {.lex_state = 145},
  [255] = {.lex_state = 145},
  [256] = {.lex_state = 20},
  [257] = {.lex_state = 20},
  [258] = {.lex_state = 24},
  [259] = {.lex_state = 145},
  [260] = {.lex_state = 145},
  [261] = {.lex_state = 20},
  [262] = {.lex_state = 75},
  [263] = {.lex_state = 20},
  [264] = {.lex_state = 20},
  [265] = {.lex_state = 145},
  [266] = {.lex_state = 69},
  [267] = {.lex_state = 20},
  [268] = {.lex_state = 145},
  [269] = {.lex_state = 20},
  [270] = {.lex_state = 20},
  [271] = {.lex_state = 145},
  [272] = {.lex_state = 20},
  [273] = {.lex_state = 145},
  [274] = {.lex_state = 20},
  [275] = {.lex_state = 145},
  [276] = {.lex_state = 145},
  [277] = {.lex_state = 20},
  [278] = {.lex_state = 75},
  [279] = {.lex_state = 145},
  [280] = {.lex_state = 145},
  [281] = {.lex_state = 145},
  [282] = {.lex_state = 20},
  [283] = {.lex_state = 145},
  [284] = {.lex_state = 20},
  [285] = {.lex_state = 20},
  [286] = {.lex_state = 145},
  [287] = {.lex_state = 75},
  [288] = {.lex_state = 20},
  [289] = {.lex_state = 145},
  [290] = {.lex_state = 75},
  [291] = {.lex_state = 20},
  [292] = {.lex_state = 145},
  [293] = {.lex_state = 145},
  [294] = {.lex_state = 20, .external_lex_state = 3},
  [295] = {.lex_state = 145},
  [296] = {.lex_state = 145},
  [297] = {.lex_state = 145},
  [298] = {.lex_state = 145},
  [299] = {.lex_state = 74},
  [300] = {.lex_state = 20},
  [301] = {.lex_state = 20, .external_lex_state = 3},
  [302] = {.lex_state = 145},
  [303] = {.lex_state = 20, .external_lex_state = 3},
  [304] = {.lex_state = 20},
  [305] = {.lex_state = 20, .external_lex_state = 3},
  [306] = {.lex_state = 145},
  [307] = {.lex_state = 145},
  [308] = {.lex_state = 145},
  [309] = {.lex_state = 145},
  [310] = {.lex_state = 20},
  [311] = {.lex_state = 145},
  [312] = {.lex_state = 20},
  [313] = {.lex_state = 145},
  [314] = {.lex_state = 145},
  [315] = {.lex_state = 145},
  [316] = {.lex_state = 20, .external_lex_state = 9},
  [317] = {.lex_state = 145},
  [318] = {.lex_state = 20},
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
  [330] = {.lex_state = 145},
  [331] = {.lex_state = 145},
  [332] = {.lex_state = 145},
  [333] = {.lex_state = 145},
  [334] = {.lex_state = 145},
  [335] = {.lex_state = 20},
  [336] = {.lex_state = 145},
  [337] = {.lex_state = 145},
  [338] = {.lex_state = 145},
  [339] = {.lex_state = 145},
  [340] = {.lex_state = 145},
  [341] = {.lex_state = 145},
  [342] = {.lex_state = 145},
  [343] = {.lex_state = 145},
  [344] = {.lex_state = 145},
  [345] = {.lex_state = 145},
  [346] = {.lex_state = 145},
  [347] = {.lex_state = 145},
  [348] = {.lex_state = 145},
  [349] = {.lex_state = 145, .external_lex_state = 10},
  [350] = {.lex_state = 145},
  [351] = {.lex_state = 145},
  [352] = {.lex_state = 145},
  [353] = {.lex_state = 145},
  [354] = {.lex_state = 145},
  [355] = {.lex_state = 20},
  [356] = {.lex_state = 20},
  [357] = {.lex_state = 145},
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
  [377] = {.lex_state = 145},
  [378] = {.lex_state = 145},
  [379] = {.lex_state = 145},
  [380] = {.lex_state = 145},
  [381] = {.lex_state = 145},
  [382] = {.lex_state = 145},
  [383] = {.lex_state = 145},
  [384] = {.lex_state = 20},
  [385] = {.lex_state = 20, .external_lex_state = 11},
  [386] = {.lex_state = 145},
  [387] = {.lex_state = 145},
  [388] = {.lex_state = 145},
  [389] = {.lex_state = 145},
  [390] = {.lex_state = 145},
  [391] = {.lex_state = 145},
  [392] = {.lex_state = 145, .external_lex_state = 10},
  [393] = {.lex_state = 20},
  [394] = {.lex_state = 145},
  [395] = {.lex_state = 145},
  [396] = {.lex_state = 20},
  [397] = {.lex_state = 20},
  [398] = {.lex_state = 145},
  [399] = {.lex_state = 145},
  [400] = {.lex_state = 145},
  [401] = {.lex_state = 20},
  [402] = {.lex_state = 145},
  [403] = {.lex_state = 145},
  [404] = {.lex_state = 20},
  [405] = {.lex_state = 145},
  [406] = {.lex_state = 145},
  [407] = {.lex_state = 145},
  [408] = {.lex_state = 145},
  [409] = {.lex_state = 145},
  [410] = {.lex_state = 145},
  [411] = {.lex_state = 145},
  [412] = {.lex_state = 145},
  [413] = {.lex_state = 145},
  [414] = {.lex_state = 145},
  [415] = {.lex_state = 145},
  [416] = {.lex_state = 20},
  [417] = {.lex_state = 145},
  [418] = {.lex_state = 145},
  [419] = {.lex_state = 145},
  [420] = {.lex_state = 145},
  [421] = {.lex_state = 145},
  [422] = {.lex_state = 145},
  [423] = {.lex_state = 20},
  [424] = {.lex_state = 145},
  [425] = {.lex_state = 145},
  [426] = {.lex_state = 145},
  [427] = {.lex_state = 145},
  [428] = {.lex_state = 20},
  [429] = {.lex_state = 145},
  [430] = {.lex_state = 145},
  [431] = {.lex_state = 145},
  [432] = {.lex_state = 145, .external_lex_state = 8},
  [433] = {.lex_state = 145, .external_lex_state = 8},
  [434] = {.lex_state = 145, .external_lex_state = 8},
  [435] = {.lex_state = 145, .external_lex_state = 8},
  [436] = {.lex_state = 145},
  [437] = {.lex_state = 145},
  [438] = {.lex_state = 145, .external_lex_state = 10},
  [439] = {.lex_state = 145},
  [440] = {.lex_state = 145},
  [441] = {.lex_state = 145},
  [442] = {.lex_state = 74},
  [443] = {.lex_state = 74},
  [444] = {.lex_state = 145},
  [445] = {.lex_state = 145},
  [446] = {.lex_state = 7},
  [447] = {.lex_state = 20},
  [448] = {.lex_state = 145, .external_lex_state = 7},
  [449] = {.lex_state = 145},
  [450] = {.lex_state = 145},
  [451] = {.lex_state = 145},
  [452] = {.lex_state = 145},
  [453] = {.lex_state = 145},
  [454] = {.lex_state = 145},
  [455] = {.lex_state = 145, .external_lex_state = 8},
  [456] = {.lex_state = 145},
  [457] = {.lex_state = 145},
  [458] = {.lex_state = 145},
  [459] = {.lex_state = 145, .external_lex_state = 11},
  [460] = {.lex_state = 20},
  [461] = {.lex_state = 145},
  [462] = {.lex_state = 145},
  [463] = {.lex_state = 145},
  [464] = {.lex_state = 145},
  [465] = {.lex_state = 145},
  [466] = {.lex_state = 145},
  [467] = {.lex_state = 145},
  [468] = {.lex_state = 20},
  [469] = {.lex_state = 145, .external_lex_state = 8},
  [470] = {.lex_state = 145},
  [471] = {.lex_state = 7},
  [472] = {.lex_state = 20},
  [473] = {.lex_state = 145},
  [474] = {.lex_state = 145},
  [475] = {.lex_state = 145},
  [476] = {.lex_state = 7},
  [477] = {.lex_state = 145},
  [478] = {.lex_state = 145},
  [479] = {.lex_state = 145},
  [480] = {.lex_state = 145},
  [481] = {.lex_state = 145},
  [482] = {.lex_state = 145},
  [483] = {.lex_state = 145},
  [484] = {.lex_state = 145},
  [485] = {.lex_state = 145},
  [486] = {.lex_state = 145},
  [487] = {.lex_state = 145},
  [488] = {.lex_state = 145},
  [489] = {.lex_state = 145, .external_lex_state = 8},
  [490] = {.lex_state = 145},
  [491] = {.lex_state = 145, .external_lex_state = 7},
  [492] = {.lex_state = 145, .external_lex_state = 8},
  [493] = {.lex_state = 145},
  [494] = {.lex_state = 145},
  [495] = {.lex_state = 145},
  [496] = {.lex_state = 145},
  [497] = {.lex_state = 145},
  [498] = {.lex_state = 145},
  [499] = {.lex_state = 145},
  [500] = {.lex_state = 145},
  [501] = {.lex_state = 145},
  [502] = {.lex_state = 20},
  [503] = {.lex_state = 145},
  [504] = {.lex_state = 20},
  [505] = {.lex_state = 145},
  [506] = {.lex_state = 145},
  [507] = {.lex_state = 145},
  [508] = {.lex_state = 20},
  [509] = {.lex_state = 145},
  [510] = {.lex_state = 145},
  [511] = {.lex_state = 145},
  [512] = {.lex_state = 145},
  [513] = {.lex_state = 145, .external_lex_state = 8},
  [514] = {.lex_state = 145},
  [515] = {.lex_state = 145},
  [516] = {.lex_state = 20},
  [517] = {.lex_state = 145},
  [518] = {.lex_state = 20},
  [519] = {.lex_state = 145},
  [520] = {.lex_state = 145},
  [521] = {.lex_state = 20},
  [522] = {.lex_state = 145},
  [523] = {.lex_state = 145},
  [524] = {.lex_state = 145},
  [525] = {.lex_state = 7},
  [526] = {.lex_state = 7},
  [527] = {.lex_state = 145},
  [528] = {.lex_state = 145, .external_lex_state = 10},
  [529] = {.lex_state = 145, .external_lex_state = 8},
  [530] = {.lex_state = 145},
  [531] = {.lex_state = 145},
  [532] = {.lex_state = 145},
  [533] = {.lex_state = 145},
  [534] = {.lex_state = 145},
  [535] = {.lex_state = 145, .external_lex_state = 8},
  [536] = {.lex_state = 145},
  [537] = {.lex_state = 145},
  [538] = {.lex_state = 145, .external_lex_state = 10},
  [539] = {.lex_state = 145},
  [540] = {.lex_state = 145, .external_lex_state = 8},
  [541] = {.lex_state = 145},
  [542] = {.lex_state = 145, .external_lex_state = 11},
  [543] = {.lex_state = 145},
  [544] = {.lex_state = 145},
  [545] = {.lex_state = 145, .external_lex_state = 8},
  [546] = {.lex_state = 145, .external_lex_state = 8},
  [547] = {.lex_state = 145},
  [548] = {.lex_state = 145},
  [549] = {.lex_state = 145, .external_lex_state = 11},
  [550] = {.lex_state = 145},
  [551] = {.lex_state = 145},
  [552] = {.lex_state = 145},
  [553] = {.lex_state = 145},
  [554] = {.lex_state = 145},
  [555] = {.lex_state = 145},
  [556] = {.lex_state = 20},
  [557] = {.lex_state = 145, .external_lex_state = 8},
  [558] = {.lex_state = 145},
  [559] = {.lex_state = 145},
  [560] = {.lex_state = 145},
  [561] = {.lex_state = 145},
  [562] = {.lex_state = 145},
  [563] = {.lex_state = 145},
  [564] = {.lex_state = 145},
  [565] = {.lex_state = 145},
  [566] = {.lex_state = 145},
  [567] = {.lex_state = 145},
  [568] = {.lex_state = 145, .external_lex_state = 9},
  [569] = {.lex_state = 145},
  [570] = {.lex_state = 145},
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
  [586] = {.lex_state = 145, .external_lex_state = 8},
  [587] = {.lex_state = 145},
  [588] = {.lex_state = 145, .external_lex_state = 8},
  [589] = {.lex_state = 145},
  [590] = {.lex_state = 145},
  [591] = {.lex_state = 145},
  [592] = {.lex_state = 145},
  [593] = {.lex_state = 145},
  [594] = {.lex_state = 145},
  [595] = {.lex_state = 145},
  [596] = {.lex_state = 145, .external_lex_state = 11},
  [597] = {.lex_state = 145},
  [598] = {.lex_state = 20},
  [599] = {.lex_state = 145},
  [600] = {.lex_state = 145},
  [601] = {.lex_state = 145},
  [602] = {.lex_state = 20},
  [603] = {.lex_state = 145},
  [604] = {.lex_state = 145, .external_lex_state = 8},
  [605] = {.lex_state = 145},
  [606] = {.lex_state = 145},
  [607] = {.lex_state = 145},
  [608] = {.lex_state = 145},
  [609] = {.lex_state = 145},
  [610] = {.lex_state = 145},
  [611] = {.lex_state = 74},
  [612] = {.lex_state = 145, .external_lex_state = 10},
  [613] = {.lex_state = 145},
  [614] = {.lex_state = 145},
  [615] = {.lex_state = 145},
  [616] = {.lex_state = 145},
  [617] = {.lex_state = 145, .external_lex_state = 10},
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
  [631] = {.lex_state = 145, .external_lex_state = 8},
  [632] = {.lex_state = 145, .external_lex_state = 8},
  [633] = {.lex_state = 145, .external_lex_state = 8},
  [634] = {.lex_state = 145},
  [635] = {.lex_state = 145},
  [636] = {.lex_state = 145, .external_lex_state = 7},
  [637] = {.lex_state = 145},
  [638] = {.lex_state = 145},
  [639] = {.lex_state = 145, .external_lex_state = 8},
  [640] = {.lex_state = 145, .external_lex_state = 8},
  [641] = {.lex_state = 1},
  [642] = {.lex_state = 145},
  [643] = {.lex_state = 145, .external_lex_state = 8},
  [644] = {.lex_state = 145},
  [645] = {.lex_state = 145},
  [646] = {.lex_state = 145, .external_lex_state = 8},
  [647] = {.lex_state = 145},
  [648] = {.lex_state = 145},
  [649] = {.lex_state = 145},
  [650] = {.lex_state = 145},
  [651] = {.lex_state = 145},
  [652] = {.lex_state = 145},
  [653] = {.lex_state = 145},
  [654] = {.lex_state = 145},
  [655] = {.lex_state = 145},
  [656] = {.lex_state = 7},
  [657] = {.lex_state = 145},
  [658] = {.lex_state = 145},
  [659] = {.lex_state = 145},
  [660] = {.lex_state = 145, .external_lex_state = 9},
  [661] = {.lex_state = 145},
  [662] = {.lex_state = 145},
  [663] = {.lex_state = 145},
  [664] = {.lex_state = 145},
  [665] = {.lex_state = 145, .external_lex_state = 8},
  [666] = {.lex_state = 145},
  [667] = {.lex_state = 145},
  [668] = {.lex_state = 145},
  [669] = {.lex_state = 145},
  [670] = {.lex_state = 145},
  [671] = {.lex_state = 145},
  [672] = {.lex_state = 145},
  [673] = {.lex_state = 145},
  [674] = {.lex_state = 145, .external_lex_state = 8},
  [675] = {.lex_state = 145, .external_lex_state = 8},
  [676] = {.lex_state = 145, .external_lex_state = 10},
  [677] = {.lex_state = 145},
  [678] = {.lex_state = 145},
  [679] = {.lex_state = 145},
  [680] = {.lex_state = 145},
  [681] = {.lex_state = 145},
  [682] = {.lex_state = 145},
  [683] = {.lex_state = 145},
  [684] = {.lex_state = 145, .external_lex_state = 8},
  [685] = {.lex_state = 145},
  [686] = {.lex_state = 145},
  [687] = {.lex_state = 145},
  [688] = {.lex_state = 145},
  [689] = {.lex_state = 145},
  [690] = {.lex_state = 145},
  [691] = {.lex_state = 145},
  [692] = {.lex_state = 145},
  [693] = {.lex_state = 145},
  [694] = {.lex_state = 145},
  [695] = {.lex_state = 145},
  [696] = {.lex_state = 145, .external_lex_state = 9},
  [697] = {.lex_state = 145},
  [698] = {.lex_state = 145},
  [699] = {.lex_state = 145, .external_lex_state = 9},
  [700] = {.lex_state = 145},
  [701] = {.lex_state = 145, .external_lex_state = 8},
  [702] = {.lex_state = 145},
  [703] = {.lex_state = 145},
  [704] = {.lex_state = 145},
  [705] = {.lex_state = 145},
  [706] = {.lex_state = 145},
  [707] = {.lex_state = 145},
  [708] = {.lex_state = 145},
  [709] = {.lex_state = 145},
  [710] = {.lex_state = 145},
  [711] = {.lex_state = 2},
  [712] = {.lex_state = 145},
  [713] = {.lex_state = 145},
  [714] = {.lex_state = 145},
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
    [ts_external_token__def_path_text] = true,
  },
  [10] = {
    [ts_external_token__paren_text] = true,
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
    [sym_source_file] = STATE(686),
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
    STATE(81), 4,
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
    STATE(689), 17,
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
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(6), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(465), 17,
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
    STATE(81), 4,
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
    STATE(507), 17,
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
    STATE(81), 4,
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
    STATE(480), 17,
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
    STATE(81), 4,
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
    STATE(566), 17,
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
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(5), 7,
      sym_assign,
      sym_storage_live,
      sym_storage_dead,
      sym_set_discriminant,
      sym_nop,
      sym_generic_statement,
      aux_sym_basic_block_repeat1,
    STATE(507), 17,
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
    STATE(81), 4,
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
    STATE(181), 1,
      sym_path,
    STATE(277), 1,
      sym_operand,
    STATE(292), 1,
      sym_call_expr,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(691), 8,
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
    STATE(181), 1,
      sym_path,
    STATE(277), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(691), 9,
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
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(550), 1,
      sym_call_expr,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(553), 2,
      sym_path,
      sym_operand,
    STATE(81), 4,
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
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(229), 1,
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
    STATE(81), 4,
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
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(406), 1,
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
    STATE(81), 4,
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
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(406), 1,
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
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1556] = 11,
    ACTIONS(221), 1,
      anon_sym_RBRACE,
    ACTIONS(223), 1,
      anon_sym_scope,
    ACTIONS(225), 1,
      anon_sym_coroutine,
    ACTIONS(227), 1,
      anon_sym_debug,
    ACTIONS(229), 1,
      aux_sym_let_token1,
    ACTIONS(231), 1,
      anon_sym_let,
    ACTIONS(233), 1,
      aux_sym_basic_block_token1,
    ACTIONS(235), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(145), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
    STATE(28), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1597] = 12,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(237), 1,
      anon_sym_RPAREN,
    ACTIONS(239), 1,
      anon_sym_STAR,
    STATE(126), 1,
      sym_constant,
    STATE(150), 1,
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
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1640] = 11,
    ACTIONS(223), 1,
      anon_sym_scope,
    ACTIONS(225), 1,
      anon_sym_coroutine,
    ACTIONS(227), 1,
      anon_sym_debug,
    ACTIONS(229), 1,
      aux_sym_let_token1,
    ACTIONS(231), 1,
      anon_sym_let,
    ACTIONS(233), 1,
      aux_sym_basic_block_token1,
    ACTIONS(235), 1,
      sym_label,
    ACTIONS(241), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(155), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
    STATE(43), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1681] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(406), 1,
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
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1722] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(243), 1,
      anon_sym_RPAREN,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(297), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1762] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(245), 1,
      sym_not,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(707), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1802] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(249), 1,
      anon_sym_SLASH_STARtls_STAR_SLASH,
    ACTIONS(251), 1,
      sym_region,
    ACTIONS(253), 1,
      anon_sym_raw,
    ACTIONS(255), 1,
      anon_sym_fake,
    STATE(128), 1,
      sym_ref_kind,
    STATE(399), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(247), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1842] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(257), 1,
      anon_sym_RBRACK,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(164), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1882] = 12,
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
    ACTIONS(259), 1,
      sym_identifier,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(708), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(81), 4,
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
    ACTIONS(261), 1,
      anon_sym_RBRACK,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(297), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
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
    ACTIONS(263), 1,
      anon_sym_RPAREN,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(297), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
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
    ACTIONS(237), 1,
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
    STATE(81), 4,
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
      anon_sym_RBRACK,
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(297), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
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
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(375), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
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
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(297), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
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
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(464), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
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
    STATE(119), 1,
      sym_place,
    STATE(126), 1,
      sym_constant,
    STATE(582), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(81), 4,
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
    ACTIONS(253), 1,
      anon_sym_raw,
    ACTIONS(255), 1,
      anon_sym_fake,
    STATE(129), 1,
      sym_ref_kind,
    STATE(425), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(247), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2301] = 8,
    ACTIONS(223), 1,
      anon_sym_scope,
    ACTIONS(225), 1,
      anon_sym_coroutine,
    ACTIONS(227), 1,
      anon_sym_debug,
    ACTIONS(229), 1,
      aux_sym_let_token1,
    ACTIONS(231), 1,
      anon_sym_let,
    ACTIONS(286), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(47), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2332] = 8,
    ACTIONS(223), 1,
      anon_sym_scope,
    ACTIONS(225), 1,
      anon_sym_coroutine,
    ACTIONS(227), 1,
      anon_sym_debug,
    ACTIONS(229), 1,
      aux_sym_let_token1,
    ACTIONS(231), 1,
      anon_sym_let,
    ACTIONS(288), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(48), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2363] = 8,
    ACTIONS(223), 1,
      anon_sym_scope,
    ACTIONS(225), 1,
      anon_sym_coroutine,
    ACTIONS(227), 1,
      anon_sym_debug,
    ACTIONS(229), 1,
      aux_sym_let_token1,
    ACTIONS(231), 1,
      anon_sym_let,
    ACTIONS(290), 1,
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
  [2394] = 8,
    ACTIONS(223), 1,
      anon_sym_scope,
    ACTIONS(225), 1,
      anon_sym_coroutine,
    ACTIONS(227), 1,
      anon_sym_debug,
    ACTIONS(229), 1,
      aux_sym_let_token1,
    ACTIONS(231), 1,
      anon_sym_let,
    ACTIONS(292), 1,
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
    STATE(230), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2455] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(308), 1,
      sym_block_comment,
    ACTIONS(310), 1,
      anon_sym_LBRACE,
    ACTIONS(306), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2479] = 8,
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
    ACTIONS(312), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(388), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
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
    STATE(388), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2563] = 8,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(322), 1,
      sym__debug_text,
    STATE(338), 1,
      sym_place,
    STATE(663), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2592] = 4,
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
  [2613] = 4,
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
  [2634] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(332), 10,
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
  [2651] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(336), 1,
      sym_block_comment,
    ACTIONS(334), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2672] = 4,
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
  [2693] = 4,
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
  [2714] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(346), 10,
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
  [2731] = 8,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(348), 1,
      sym__debug_text,
    STATE(343), 1,
      sym_place,
    STATE(659), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
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
  [2844] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(368), 1,
      sym_block_comment,
    ACTIONS(366), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2865] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(372), 1,
      sym_block_comment,
    ACTIONS(370), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2886] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(374), 10,
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
  [2903] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(378), 1,
      sym_block_comment,
    ACTIONS(376), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2924] = 4,
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
  [2945] = 4,
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
  [2966] = 4,
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
  [2987] = 4,
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
  [3008] = 4,
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
  [3029] = 4,
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
  [3050] = 4,
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
  [3071] = 4,
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
  [3092] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(412), 10,
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
  [3109] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(414), 10,
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
  [3126] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(416), 10,
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
  [3143] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(420), 1,
      sym_block_comment,
    ACTIONS(418), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3164] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(424), 1,
      sym_block_comment,
    ACTIONS(422), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3185] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(426), 10,
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
  [3202] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(430), 1,
      sym_block_comment,
    ACTIONS(428), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3223] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(432), 10,
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
  [3240] = 4,
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
  [3261] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(440), 1,
      sym_block_comment,
    ACTIONS(438), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3282] = 4,
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
  [3303] = 7,
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
    STATE(388), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
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
  [3393] = 8,
    ACTIONS(118), 1,
      sym_identifier,
    ACTIONS(138), 1,
      sym__path_bracketed,
    ACTIONS(460), 1,
      anon_sym_raw,
    ACTIONS(462), 1,
      anon_sym_fake,
    STATE(239), 1,
      sym_ref_kind,
    STATE(466), 1,
      sym_path,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(458), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
  [3421] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(464), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3438] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(468), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3455] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(472), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3472] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(476), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(474), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3489] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(480), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(478), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3506] = 3,
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
  [3523] = 3,
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
  [3540] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(492), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(490), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3557] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(496), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(494), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3574] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(500), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(498), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3591] = 6,
    ACTIONS(502), 1,
      anon_sym_RBRACE,
    ACTIONS(504), 1,
      anon_sym_variant_fields,
    ACTIONS(507), 1,
      anon_sym_storage_conflicts,
    ACTIONS(510), 1,
      anon_sym_field,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(105), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3614] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(515), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(513), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3631] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(519), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(517), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3648] = 7,
    ACTIONS(521), 1,
      sym_identifier,
    ACTIONS(523), 1,
      anon_sym_RBRACK,
    ACTIONS(527), 1,
      anon_sym_unwind,
    STATE(372), 1,
      sym_unwind_action,
    STATE(408), 1,
      sym_target,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(525), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3673] = 7,
    ACTIONS(521), 1,
      sym_identifier,
    ACTIONS(527), 1,
      anon_sym_unwind,
    ACTIONS(529), 1,
      anon_sym_RBRACK,
    STATE(242), 1,
      sym_target,
    STATE(372), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(525), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3698] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(533), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(531), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3715] = 6,
    ACTIONS(535), 1,
      anon_sym_RBRACE,
    ACTIONS(537), 1,
      anon_sym_variant_fields,
    ACTIONS(539), 1,
      anon_sym_storage_conflicts,
    ACTIONS(541), 1,
      anon_sym_field,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(114), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3738] = 6,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(239), 1,
      anon_sym_STAR,
    STATE(203), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3761] = 7,
    ACTIONS(521), 1,
      sym_identifier,
    ACTIONS(527), 1,
      anon_sym_unwind,
    ACTIONS(543), 1,
      anon_sym_RBRACK,
    STATE(372), 1,
      sym_unwind_action,
    STATE(408), 1,
      sym_target,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(525), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3786] = 6,
    ACTIONS(537), 1,
      anon_sym_variant_fields,
    ACTIONS(539), 1,
      anon_sym_storage_conflicts,
    ACTIONS(541), 1,
      anon_sym_field,
    ACTIONS(545), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(105), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3809] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(549), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(547), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3826] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(553), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(551), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3843] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(557), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(555), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3860] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(561), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(559), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3877] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(563), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3894] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(567), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(565), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3911] = 6,
    ACTIONS(521), 1,
      sym_identifier,
    ACTIONS(527), 1,
      anon_sym_unwind,
    STATE(372), 1,
      sym_unwind_action,
    STATE(408), 1,
      sym_target,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(525), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3933] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(302), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3953] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(96), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3973] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(569), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3987] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(97), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4007] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(571), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4021] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(247), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4041] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(422), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4061] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(402), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4081] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(332), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4101] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(280), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(81), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4121] = 6,
    ACTIONS(573), 1,
      sym_identifier,
    ACTIONS(575), 1,
      anon_sym_RBRACK,
    STATE(351), 1,
      sym_switch_arm,
    STATE(567), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(577), 2,
      sym_integer,
      sym_char,
  [4142] = 2,
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
  [4155] = 6,
    ACTIONS(573), 1,
      sym_identifier,
    ACTIONS(581), 1,
      anon_sym_RBRACK,
    STATE(197), 1,
      sym_switch_arm,
    STATE(567), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(577), 2,
      sym_integer,
      sym_char,
  [4176] = 6,
    ACTIONS(573), 1,
      sym_identifier,
    ACTIONS(583), 1,
      anon_sym_RBRACK,
    STATE(351), 1,
      sym_switch_arm,
    STATE(567), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(577), 2,
      sym_integer,
      sym_char,
  [4197] = 5,
    ACTIONS(573), 1,
      sym_identifier,
    STATE(351), 1,
      sym_switch_arm,
    STATE(567), 1,
      sym_switch_const,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(577), 2,
      sym_integer,
      sym_char,
  [4215] = 6,
    ACTIONS(585), 1,
      sym_identifier,
    ACTIONS(587), 1,
      anon_sym_RBRACE,
    ACTIONS(589), 1,
      anon_sym_ty,
    ACTIONS(591), 1,
      anon_sym_source_info,
    STATE(368), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4235] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(593), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4247] = 6,
    ACTIONS(585), 1,
      sym_identifier,
    ACTIONS(595), 1,
      anon_sym_RBRACE,
    ACTIONS(597), 1,
      anon_sym_ty,
    ACTIONS(599), 1,
      anon_sym_source_info,
    STATE(254), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4267] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(601), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4279] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(603), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4291] = 6,
    ACTIONS(585), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_ty,
    ACTIONS(591), 1,
      anon_sym_source_info,
    ACTIONS(605), 1,
      anon_sym_RBRACE,
    STATE(368), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4311] = 6,
    ACTIONS(585), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_ty,
    ACTIONS(591), 1,
      anon_sym_source_info,
    ACTIONS(607), 1,
      anon_sym_RBRACE,
    STATE(368), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4331] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(609), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4343] = 5,
    ACTIONS(233), 1,
      aux_sym_basic_block_token1,
    ACTIONS(235), 1,
      sym_label,
    ACTIONS(241), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(156), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4361] = 3,
    ACTIONS(613), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(611), 4,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4375] = 5,
    ACTIONS(615), 1,
      anon_sym_RBRACE,
    STATE(325), 1,
      sym_saved_field,
    STATE(454), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4393] = 6,
    ACTIONS(585), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_ty,
    ACTIONS(591), 1,
      anon_sym_source_info,
    ACTIONS(619), 1,
      anon_sym_RBRACE,
    STATE(368), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4413] = 6,
    ACTIONS(585), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_ty,
    ACTIONS(591), 1,
      anon_sym_source_info,
    ACTIONS(621), 1,
      anon_sym_RBRACE,
    STATE(368), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4433] = 5,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(623), 1,
      anon_sym_as,
    ACTIONS(625), 1,
      anon_sym_DOT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(563), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [4451] = 5,
    ACTIONS(627), 1,
      anon_sym_RBRACE,
    STATE(221), 1,
      sym_saved_field,
    STATE(454), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4469] = 6,
    ACTIONS(585), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_ty,
    ACTIONS(591), 1,
      anon_sym_source_info,
    ACTIONS(629), 1,
      anon_sym_RBRACE,
    STATE(368), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4489] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(631), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4501] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(633), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4513] = 5,
    ACTIONS(233), 1,
      aux_sym_basic_block_token1,
    ACTIONS(235), 1,
      sym_label,
    ACTIONS(635), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(156), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4531] = 5,
    ACTIONS(637), 1,
      anon_sym_RBRACE,
    ACTIONS(639), 1,
      aux_sym_basic_block_token1,
    ACTIONS(642), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(156), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4549] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(645), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4561] = 3,
    ACTIONS(649), 1,
      sym__path_rest,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(647), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4575] = 5,
    ACTIONS(651), 1,
      anon_sym_RBRACE,
    STATE(325), 1,
      sym_saved_field,
    STATE(454), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4593] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(653), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4605] = 5,
    ACTIONS(655), 1,
      anon_sym_RBRACE,
    ACTIONS(657), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      aux_sym_conflict_token1,
    STATE(364), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4622] = 5,
    ACTIONS(657), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      aux_sym_conflict_token1,
    ACTIONS(661), 1,
      anon_sym_RBRACE,
    STATE(364), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4639] = 4,
    ACTIONS(663), 1,
      anon_sym_RBRACK,
    STATE(209), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4654] = 5,
    ACTIONS(665), 1,
      anon_sym_COMMA,
    ACTIONS(667), 1,
      anon_sym_RBRACK,
    ACTIONS(669), 1,
      anon_sym_SEMI,
    STATE(223), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4671] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(647), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4682] = 5,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    ACTIONS(673), 1,
      anon_sym_DASH_GT,
    ACTIONS(675), 1,
      anon_sym_yields,
    STATE(82), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4699] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(677), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4710] = 5,
    ACTIONS(679), 1,
      anon_sym_RBRACE,
    ACTIONS(681), 1,
      sym_elided,
    ACTIONS(683), 1,
      sym_alloc_line,
    STATE(195), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4727] = 4,
    ACTIONS(687), 1,
      anon_sym_RBRACE,
    STATE(373), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(685), 2,
      sym_identifier,
      sym_integer,
  [4742] = 4,
    ACTIONS(689), 1,
      anon_sym_RBRACE,
    STATE(246), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(685), 2,
      sym_identifier,
      sym_integer,
  [4757] = 5,
    ACTIONS(691), 1,
      anon_sym_LBRACK,
    ACTIONS(693), 1,
      sym_label,
    ACTIONS(695), 1,
      anon_sym_unwind,
    STATE(710), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4774] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(697), 4,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4785] = 5,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    ACTIONS(699), 1,
      anon_sym_DASH_GT,
    ACTIONS(701), 1,
      anon_sym_yields,
    STATE(64), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4802] = 5,
    ACTIONS(703), 1,
      anon_sym_SEMI,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    ACTIONS(707), 1,
      sym__raw_text,
    STATE(558), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4819] = 3,
    ACTIONS(711), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(709), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [4832] = 5,
    ACTIONS(657), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      aux_sym_conflict_token1,
    ACTIONS(713), 1,
      anon_sym_RBRACE,
    STATE(259), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4849] = 4,
    ACTIONS(715), 1,
      anon_sym_COLON,
    ACTIONS(717), 1,
      anon_sym_terminate,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(719), 2,
      anon_sym_unreachable,
      anon_sym_continue,
  [4864] = 5,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    ACTIONS(721), 1,
      anon_sym_DASH_GT,
    ACTIONS(723), 1,
      anon_sym_yields,
    STATE(92), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4881] = 5,
    ACTIONS(585), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_ty,
    ACTIONS(591), 1,
      anon_sym_source_info,
    STATE(368), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4898] = 4,
    ACTIONS(725), 1,
      anon_sym_RBRACK,
    STATE(334), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4913] = 5,
    ACTIONS(727), 1,
      anon_sym_LBRACE,
    ACTIONS(729), 1,
      anon_sym_LPAREN,
    ACTIONS(731), 1,
      anon_sym_SEMI,
    ACTIONS(733), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4930] = 5,
    ACTIONS(735), 1,
      anon_sym_RBRACE,
    ACTIONS(737), 1,
      sym_elided,
    ACTIONS(739), 1,
      sym_alloc_line,
    STATE(266), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4947] = 4,
    ACTIONS(741), 1,
      anon_sym_RBRACE,
    STATE(373), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(685), 2,
      sym_identifier,
      sym_integer,
  [4962] = 4,
    STATE(325), 1,
      sym_saved_field,
    STATE(454), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4977] = 4,
    ACTIONS(743), 1,
      anon_sym_RBRACK,
    STATE(334), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4992] = 4,
    ACTIONS(745), 1,
      anon_sym_COMMA,
    STATE(186), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(748), 2,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
  [5007] = 5,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    ACTIONS(750), 1,
      anon_sym_DASH_GT,
    ACTIONS(752), 1,
      anon_sym_yields,
    STATE(76), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5024] = 4,
    ACTIONS(754), 1,
      anon_sym_COMMA,
    ACTIONS(756), 1,
      anon_sym_RBRACE,
    STATE(245), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5038] = 4,
    ACTIONS(758), 1,
      sym_identifier,
    ACTIONS(760), 1,
      anon_sym_RBRACE,
    STATE(331), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5052] = 4,
    ACTIONS(758), 1,
      sym_identifier,
    ACTIONS(762), 1,
      anon_sym_RBRACE,
    STATE(188), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5066] = 4,
    ACTIONS(764), 1,
      anon_sym_COLON,
    ACTIONS(766), 1,
      anon_sym_LPAREN,
    STATE(457), 1,
      sym_cleanup,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5080] = 4,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    ACTIONS(768), 1,
      anon_sym_yields,
    STATE(89), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5094] = 4,
    ACTIONS(770), 1,
      anon_sym_mut,
    ACTIONS(772), 1,
      sym_local,
    STATE(516), 1,
      sym_mutable,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5108] = 4,
    ACTIONS(774), 1,
      sym_identifier,
    ACTIONS(776), 1,
      anon_sym_LPAREN,
    STATE(525), 1,
      sym_projection_name,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5122] = 4,
    ACTIONS(735), 1,
      anon_sym_RBRACE,
    ACTIONS(778), 1,
      sym_alloc_line,
    STATE(216), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5136] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(780), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [5146] = 4,
    ACTIONS(782), 1,
      anon_sym_COMMA,
    ACTIONS(784), 1,
      anon_sym_RBRACK,
    STATE(233), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5160] = 4,
    ACTIONS(786), 1,
      anon_sym_COMMA,
    ACTIONS(788), 1,
      anon_sym_RPAREN,
    STATE(186), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5174] = 4,
    ACTIONS(790), 1,
      anon_sym_COMMA,
    ACTIONS(792), 1,
      anon_sym_RPAREN,
    STATE(238), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5188] = 4,
    ACTIONS(792), 1,
      anon_sym_RPAREN,
    ACTIONS(794), 1,
      sym_local,
    STATE(391), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5202] = 4,
    ACTIONS(796), 1,
      anon_sym_COMMA,
    ACTIONS(799), 1,
      anon_sym_RBRACE,
    STATE(201), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5216] = 4,
    ACTIONS(320), 1,
      anon_sym_RBRACE,
    ACTIONS(801), 1,
      anon_sym_COMMA,
    STATE(214), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5230] = 4,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(623), 1,
      anon_sym_as,
    ACTIONS(625), 1,
      anon_sym_DOT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5244] = 4,
    ACTIONS(803), 1,
      anon_sym_COMMA,
    ACTIONS(805), 1,
      anon_sym_RBRACE,
    STATE(249), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5258] = 4,
    ACTIONS(807), 1,
      anon_sym_COMMA,
    ACTIONS(809), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5272] = 3,
    ACTIONS(813), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(811), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5284] = 3,
    ACTIONS(817), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(815), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5296] = 4,
    ACTIONS(819), 1,
      anon_sym_COMMA,
    ACTIONS(822), 1,
      anon_sym_RBRACE,
    STATE(208), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5310] = 4,
    ACTIONS(824), 1,
      anon_sym_COMMA,
    ACTIONS(826), 1,
      anon_sym_RBRACK,
    STATE(255), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5324] = 3,
    ACTIONS(830), 1,
      anon_sym_shallow,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(828), 2,
      anon_sym_LPAREN,
      sym_local,
  [5336] = 3,
    STATE(386), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5348] = 4,
    ACTIONS(776), 1,
      anon_sym_LPAREN,
    ACTIONS(832), 1,
      sym_identifier,
    STATE(476), 1,
      sym_projection_name,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5362] = 3,
    STATE(638), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5374] = 4,
    ACTIONS(834), 1,
      anon_sym_COMMA,
    ACTIONS(837), 1,
      anon_sym_RBRACE,
    STATE(214), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5388] = 3,
    ACTIONS(841), 1,
      anon_sym_LPARENfake_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(839), 2,
      sym__path_bracketed,
      sym_identifier,
  [5400] = 4,
    ACTIONS(843), 1,
      anon_sym_RBRACE,
    ACTIONS(845), 1,
      sym_alloc_line,
    STATE(216), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5414] = 4,
    ACTIONS(523), 1,
      anon_sym_RBRACK,
    ACTIONS(848), 1,
      anon_sym_COMMA,
    STATE(273), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5428] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(850), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
  [5438] = 4,
    ACTIONS(852), 1,
      anon_sym_COMMA,
    ACTIONS(854), 1,
      anon_sym_RPAREN,
    STATE(232), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5452] = 4,
    ACTIONS(786), 1,
      anon_sym_COMMA,
    ACTIONS(856), 1,
      anon_sym_RPAREN,
    STATE(295), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5466] = 4,
    ACTIONS(858), 1,
      anon_sym_COMMA,
    ACTIONS(860), 1,
      anon_sym_RBRACE,
    STATE(240), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5480] = 4,
    ACTIONS(215), 1,
      anon_sym_RPAREN,
    ACTIONS(862), 1,
      anon_sym_COMMA,
    STATE(296), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5494] = 4,
    ACTIONS(265), 1,
      anon_sym_RBRACK,
    ACTIONS(864), 1,
      anon_sym_COMMA,
    STATE(186), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5508] = 4,
    ACTIONS(866), 1,
      anon_sym_COMMA,
    ACTIONS(869), 1,
      anon_sym_RBRACE,
    STATE(224), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5522] = 4,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    ACTIONS(871), 1,
      anon_sym_SEMI,
    STATE(702), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5536] = 4,
    ACTIONS(873), 1,
      anon_sym_COMMA,
    ACTIONS(875), 1,
      anon_sym_RPAREN,
    STATE(199), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5550] = 4,
    ACTIONS(877), 1,
      anon_sym_COMMA,
    ACTIONS(879), 1,
      anon_sym_RBRACE,
    STATE(208), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5564] = 3,
    ACTIONS(883), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(881), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5576] = 4,
    ACTIONS(885), 1,
      anon_sym_COMMA,
    ACTIONS(887), 1,
      anon_sym_RPAREN,
    STATE(222), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5590] = 4,
    ACTIONS(889), 1,
      anon_sym_COMMA,
    ACTIONS(891), 1,
      anon_sym_RBRACE,
    STATE(202), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5604] = 3,
    ACTIONS(895), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(893), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5616] = 4,
    ACTIONS(263), 1,
      anon_sym_RPAREN,
    ACTIONS(897), 1,
      anon_sym_COMMA,
    STATE(186), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5630] = 4,
    ACTIONS(583), 1,
      anon_sym_RBRACK,
    ACTIONS(899), 1,
      anon_sym_COMMA,
    STATE(260), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5644] = 3,
    STATE(373), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(685), 2,
      sym_identifier,
      sym_integer,
  [5656] = 4,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    ACTIONS(901), 1,
      anon_sym_SEMI,
    STATE(452), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5670] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(709), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [5680] = 4,
    ACTIONS(794), 1,
      sym_local,
    ACTIONS(903), 1,
      anon_sym_RPAREN,
    STATE(391), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5694] = 4,
    ACTIONS(905), 1,
      anon_sym_COMMA,
    ACTIONS(908), 1,
      anon_sym_RPAREN,
    STATE(238), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5708] = 4,
    ACTIONS(138), 1,
      sym__path_bracketed,
    ACTIONS(910), 1,
      sym_identifier,
    STATE(530), 1,
      sym_path,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5722] = 4,
    ACTIONS(615), 1,
      anon_sym_RBRACE,
    ACTIONS(912), 1,
      anon_sym_COMMA,
    STATE(281), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5736] = 4,
    ACTIONS(914), 1,
      sym_identifier,
    ACTIONS(916), 1,
      sym__type_text,
    STATE(328), 1,
      sym_saved_ty,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5750] = 4,
    ACTIONS(918), 1,
      anon_sym_COMMA,
    ACTIONS(920), 1,
      anon_sym_RBRACK,
    STATE(217), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5764] = 4,
    ACTIONS(661), 1,
      anon_sym_RBRACE,
    ACTIONS(922), 1,
      anon_sym_COMMA,
    STATE(224), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5778] = 4,
    ACTIONS(839), 1,
      sym_local,
    ACTIONS(924), 1,
      anon_sym_LPAREN,
    ACTIONS(926), 1,
      anon_sym_LPARENfake_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5792] = 4,
    ACTIONS(760), 1,
      anon_sym_RBRACE,
    ACTIONS(928), 1,
      anon_sym_COMMA,
    STATE(271), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5806] = 4,
    ACTIONS(930), 1,
      anon_sym_COMMA,
    ACTIONS(932), 1,
      anon_sym_RBRACE,
    STATE(265), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5820] = 4,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(934), 1,
      anon_sym_RPAREN,
    ACTIONS(936), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5834] = 4,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    ACTIONS(938), 1,
      anon_sym_yields,
    STATE(58), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5848] = 4,
    ACTIONS(940), 1,
      anon_sym_COMMA,
    ACTIONS(942), 1,
      anon_sym_RBRACE,
    STATE(208), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5862] = 4,
    ACTIONS(944), 1,
      anon_sym_RBRACE,
    ACTIONS(946), 1,
      anon_sym_span,
    ACTIONS(948), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5876] = 3,
    ACTIONS(952), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(950), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5888] = 4,
    ACTIONS(954), 1,
      anon_sym_COMMA,
    ACTIONS(956), 1,
      anon_sym_RBRACE,
    STATE(208), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5902] = 3,
    ACTIONS(960), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(958), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5914] = 4,
    ACTIONS(962), 1,
      anon_sym_COMMA,
    ACTIONS(964), 1,
      anon_sym_RBRACE,
    STATE(227), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5928] = 4,
    ACTIONS(725), 1,
      anon_sym_RBRACK,
    ACTIONS(966), 1,
      anon_sym_COMMA,
    STATE(268), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5942] = 3,
    STATE(547), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5954] = 4,
    ACTIONS(794), 1,
      sym_local,
    ACTIONS(968), 1,
      anon_sym_RPAREN,
    STATE(226), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5968] = 4,
    ACTIONS(657), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      aux_sym_conflict_token1,
    STATE(364), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5982] = 4,
    ACTIONS(970), 1,
      anon_sym_COMMA,
    ACTIONS(972), 1,
      anon_sym_RBRACE,
    STATE(243), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5996] = 4,
    ACTIONS(974), 1,
      anon_sym_COMMA,
    ACTIONS(977), 1,
      anon_sym_RBRACK,
    STATE(260), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6010] = 3,
    STATE(661), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6022] = 3,
    ACTIONS(981), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(979), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6034] = 3,
    STATE(655), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6046] = 3,
    STATE(653), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6058] = 4,
    ACTIONS(741), 1,
      anon_sym_RBRACE,
    ACTIONS(983), 1,
      anon_sym_COMMA,
    STATE(201), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6072] = 4,
    ACTIONS(778), 1,
      sym_alloc_line,
    ACTIONS(985), 1,
      anon_sym_RBRACE,
    STATE(216), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6086] = 4,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    ACTIONS(987), 1,
      anon_sym_yields,
    STATE(66), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6100] = 4,
    ACTIONS(989), 1,
      anon_sym_COMMA,
    ACTIONS(992), 1,
      anon_sym_RBRACK,
    STATE(268), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6114] = 4,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    ACTIONS(994), 1,
      anon_sym_yields,
    STATE(88), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6128] = 3,
    STATE(334), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(617), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6140] = 4,
    ACTIONS(996), 1,
      anon_sym_COMMA,
    ACTIONS(999), 1,
      anon_sym_RBRACE,
    STATE(271), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6154] = 4,
    ACTIONS(758), 1,
      sym_identifier,
    ACTIONS(1001), 1,
      anon_sym_RBRACE,
    STATE(331), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6168] = 4,
    ACTIONS(1003), 1,
      anon_sym_COMMA,
    ACTIONS(1006), 1,
      anon_sym_RBRACK,
    STATE(273), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6182] = 4,
    ACTIONS(1008), 1,
      sym_identifier,
    ACTIONS(1010), 1,
      anon_sym_subtype,
    ACTIONS(1012), 1,
      sym_variant_index,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6196] = 4,
    ACTIONS(1014), 1,
      anon_sym_COMMA,
    ACTIONS(1016), 1,
      anon_sym_RBRACE,
    STATE(283), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6210] = 4,
    ACTIONS(1018), 1,
      anon_sym_COMMA,
    ACTIONS(1020), 1,
      anon_sym_RBRACE,
    STATE(286), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6224] = 4,
    ACTIONS(729), 1,
      anon_sym_LPAREN,
    ACTIONS(731), 1,
      anon_sym_SEMI,
    ACTIONS(733), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6238] = 3,
    ACTIONS(1024), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1022), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6250] = 4,
    ACTIONS(786), 1,
      anon_sym_COMMA,
    ACTIONS(1026), 1,
      anon_sym_RPAREN,
    STATE(198), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6264] = 4,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1028), 1,
      anon_sym_COMMA,
    ACTIONS(1030), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6278] = 4,
    ACTIONS(1032), 1,
      anon_sym_COMMA,
    ACTIONS(1035), 1,
      anon_sym_RBRACE,
    STATE(281), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6292] = 4,
    ACTIONS(1037), 1,
      anon_sym_RBRACE,
    ACTIONS(1039), 1,
      anon_sym_span,
    ACTIONS(1041), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6306] = 4,
    ACTIONS(1043), 1,
      anon_sym_COMMA,
    ACTIONS(1045), 1,
      anon_sym_RBRACE,
    STATE(289), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6320] = 3,
    ACTIONS(717), 1,
      anon_sym_terminate,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(719), 2,
      anon_sym_unreachable,
      anon_sym_continue,
  [6332] = 4,
    ACTIONS(1039), 1,
      anon_sym_span,
    ACTIONS(1041), 1,
      anon_sym_scope,
    ACTIONS(1047), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6346] = 4,
    ACTIONS(1049), 1,
      anon_sym_COMMA,
    ACTIONS(1051), 1,
      anon_sym_RBRACE,
    STATE(289), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6360] = 3,
    ACTIONS(1055), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1053), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6372] = 4,
    ACTIONS(1039), 1,
      anon_sym_span,
    ACTIONS(1041), 1,
      anon_sym_scope,
    ACTIONS(1057), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6386] = 4,
    ACTIONS(1059), 1,
      anon_sym_COMMA,
    ACTIONS(1062), 1,
      anon_sym_RBRACE,
    STATE(289), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6400] = 3,
    ACTIONS(1066), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1064), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6412] = 4,
    ACTIONS(1039), 1,
      anon_sym_span,
    ACTIONS(1041), 1,
      anon_sym_scope,
    ACTIONS(1068), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6426] = 4,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    ACTIONS(731), 1,
      anon_sym_SEMI,
    STATE(532), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6440] = 4,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    ACTIONS(1070), 1,
      anon_sym_SEMI,
    STATE(431), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6454] = 4,
    ACTIONS(828), 1,
      sym__path_bracketed,
    ACTIONS(1072), 1,
      sym_identifier,
    ACTIONS(1074), 1,
      anon_sym_shallow,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6468] = 4,
    ACTIONS(786), 1,
      anon_sym_COMMA,
    ACTIONS(1076), 1,
      anon_sym_RPAREN,
    STATE(186), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6482] = 4,
    ACTIONS(1078), 1,
      anon_sym_COMMA,
    ACTIONS(1081), 1,
      anon_sym_RPAREN,
    STATE(296), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6496] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(748), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
  [6506] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(91), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6517] = 3,
    ACTIONS(1083), 1,
      anon_sym_LBRACK,
    ACTIONS(1085), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6528] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1087), 2,
      anon_sym_const,
      anon_sym_mut,
  [6537] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1089), 2,
      sym__path_bracketed,
      sym_identifier,
  [6546] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1091), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6557] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(839), 2,
      sym__path_bracketed,
      sym_identifier,
  [6566] = 3,
    ACTIONS(1093), 1,
      sym_identifier,
    STATE(679), 1,
      sym_layout,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6577] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(828), 2,
      sym__path_bracketed,
      sym_identifier,
  [6586] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1095), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6595] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1097), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6604] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1099), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6613] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1101), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6622] = 3,
    ACTIONS(1039), 1,
      anon_sym_span,
    ACTIONS(1041), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6633] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1103), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6642] = 3,
    ACTIONS(1105), 1,
      anon_sym_scope,
    STATE(306), 1,
      sym_scope_ref,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6653] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1107), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6662] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1109), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6671] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1111), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6680] = 3,
    ACTIONS(1113), 1,
      anon_sym_mut,
    ACTIONS(1115), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6691] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1117), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6700] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1119), 2,
      anon_sym_const,
      anon_sym_mut,
  [6709] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1121), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6718] = 3,
    ACTIONS(703), 1,
      anon_sym_SEMI,
    ACTIONS(1123), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6729] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1125), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6740] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1127), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6749] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1129), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6758] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1131), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6767] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1035), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6776] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1133), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6785] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1135), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6794] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1137), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6803] = 3,
    ACTIONS(1105), 1,
      anon_sym_scope,
    STATE(276), 1,
      sym_scope_ref,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6814] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1139), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6823] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(999), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6832] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1141), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6843] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1143), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6852] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(992), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [6861] = 3,
    ACTIONS(1145), 1,
      anon_sym_SEMI,
    ACTIONS(1147), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6872] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1149), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6881] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1151), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6890] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1153), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6901] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(63), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6912] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1155), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6921] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(67), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6932] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(70), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6943] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1157), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6954] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1159), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6963] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1161), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6972] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1163), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6981] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1165), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6990] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1167), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6999] = 3,
    ACTIONS(1169), 1,
      anon_sym_RPAREN,
    ACTIONS(1171), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7010] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1173), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7019] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(977), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7028] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1175), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7037] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1177), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7046] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1179), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7055] = 3,
    ACTIONS(1181), 1,
      anon_sym_SEMI,
    ACTIONS(1183), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7066] = 3,
    ACTIONS(1185), 1,
      anon_sym_SourceInfo,
    STATE(337), 1,
      sym_source_info,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7077] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(59), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7088] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1187), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7097] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1189), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7106] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1191), 2,
      anon_sym_COLON,
      anon_sym_EQ,
  [7115] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1193), 2,
      anon_sym_COLON,
      anon_sym_EQ,
  [7124] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(651), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7135] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(60), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7146] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(869), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7155] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(440), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7166] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1195), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7175] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1197), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7184] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1199), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7193] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(56), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7204] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1201), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7213] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1203), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7222] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1205), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7231] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(799), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7240] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1207), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7249] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1209), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7258] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(71), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7269] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(68), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7280] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1211), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7289] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(619), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7300] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(616), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7311] = 3,
    ACTIONS(1213), 1,
      anon_sym_COLON,
    ACTIONS(1215), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7322] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(608), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7333] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1217), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7342] = 3,
    ACTIONS(1219), 1,
      anon_sym_layout,
    ACTIONS(1221), 1,
      anon_sym_debug,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7353] = 3,
    ACTIONS(1223), 1,
      sym_local,
    ACTIONS(1225), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7364] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1227), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7373] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1229), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7382] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(837), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7391] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(55), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7402] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1231), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7411] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(908), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7420] = 3,
    ACTIONS(1233), 1,
      anon_sym_RPAREN,
    ACTIONS(1235), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7431] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(828), 2,
      anon_sym_LPAREN,
      sym_local,
  [7440] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1237), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7449] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(75), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7460] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1239), 2,
      anon_sym_const,
      anon_sym_mut,
  [7469] = 3,
    ACTIONS(1185), 1,
      anon_sym_SourceInfo,
    STATE(205), 1,
      sym_source_info,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7480] = 3,
    ACTIONS(1241), 1,
      anon_sym_LBRACE,
    ACTIONS(1243), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7491] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1245), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7502] = 3,
    ACTIONS(1247), 1,
      anon_sym_LPAREN,
    STATE(581), 1,
      sym_tuple,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7513] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1089), 2,
      anon_sym_LPAREN,
      sym_local,
  [7522] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1249), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7533] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(579), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7544] = 3,
    ACTIONS(1251), 1,
      anon_sym_SEMI,
    ACTIONS(1253), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7555] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1255), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7564] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1081), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7573] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(572), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7584] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1006), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7593] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1257), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7602] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1259), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7611] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1261), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7620] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(561), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7631] = 3,
    ACTIONS(1263), 1,
      anon_sym_COMMA,
    ACTIONS(1265), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7642] = 3,
    ACTIONS(1267), 1,
      anon_sym_LPAREN,
    ACTIONS(1269), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7653] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(93), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7664] = 3,
    ACTIONS(758), 1,
      sym_identifier,
    STATE(331), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7675] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(519), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7686] = 3,
    ACTIONS(671), 1,
      anon_sym_LBRACE,
    STATE(73), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7697] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1271), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7706] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1273), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7715] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(544), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7726] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1275), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7737] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(839), 2,
      anon_sym_LPAREN,
      sym_local,
  [7746] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(548), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7757] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1277), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7768] = 3,
    ACTIONS(470), 1,
      anon_sym_LBRACK,
    ACTIONS(1279), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7779] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1281), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7788] = 3,
    ACTIONS(794), 1,
      sym_local,
    STATE(391), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7799] = 3,
    ACTIONS(705), 1,
      anon_sym_DASH_GT,
    STATE(500), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7810] = 2,
    ACTIONS(1283), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7818] = 2,
    ACTIONS(1285), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7826] = 2,
    ACTIONS(1287), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7834] = 2,
    ACTIONS(1289), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7842] = 2,
    ACTIONS(1291), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7850] = 2,
    ACTIONS(1293), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7858] = 2,
    ACTIONS(1295), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7866] = 2,
    ACTIONS(1297), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7874] = 2,
    ACTIONS(1299), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7882] = 2,
    ACTIONS(1301), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7890] = 2,
    ACTIONS(1303), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7898] = 2,
    ACTIONS(1305), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7906] = 2,
    ACTIONS(1307), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7914] = 2,
    ACTIONS(1309), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7922] = 2,
    ACTIONS(1311), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7930] = 2,
    ACTIONS(1313), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7938] = 2,
    ACTIONS(1315), 1,
      sym_dims,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7946] = 2,
    ACTIONS(1317), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7954] = 2,
    ACTIONS(1319), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7962] = 2,
    ACTIONS(1321), 1,
      sym_string,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7970] = 2,
    ACTIONS(1323), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7978] = 2,
    ACTIONS(1325), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7986] = 2,
    ACTIONS(1327), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7994] = 2,
    ACTIONS(1329), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8002] = 2,
    ACTIONS(1331), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8010] = 2,
    ACTIONS(1333), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8018] = 2,
    ACTIONS(1335), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8026] = 2,
    ACTIONS(1337), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8034] = 2,
    ACTIONS(1339), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8042] = 2,
    ACTIONS(1341), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8050] = 2,
    ACTIONS(1343), 1,
      anon_sym_cleanup,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8058] = 2,
    ACTIONS(1345), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8066] = 2,
    ACTIONS(1347), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8074] = 2,
    ACTIONS(1349), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8082] = 2,
    ACTIONS(1351), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8090] = 2,
    ACTIONS(1353), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8098] = 2,
    ACTIONS(1355), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8106] = 2,
    ACTIONS(1357), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8114] = 2,
    ACTIONS(1359), 1,
      anon_sym_inlined,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8122] = 2,
    ACTIONS(1361), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8130] = 2,
    ACTIONS(1363), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8138] = 2,
    ACTIONS(1365), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8146] = 2,
    ACTIONS(1367), 1,
      anon_sym_from,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8154] = 2,
    ACTIONS(1369), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8162] = 2,
    ACTIONS(1371), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8170] = 2,
    ACTIONS(1373), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8178] = 2,
    ACTIONS(1375), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8186] = 2,
    ACTIONS(1377), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8194] = 2,
    ACTIONS(1379), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8202] = 2,
    ACTIONS(1381), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8210] = 2,
    ACTIONS(1383), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8218] = 2,
    ACTIONS(1385), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8226] = 2,
    ACTIONS(1387), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8234] = 2,
    ACTIONS(1389), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8242] = 2,
    ACTIONS(1391), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8250] = 2,
    ACTIONS(1393), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8258] = 2,
    ACTIONS(1395), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8266] = 2,
    ACTIONS(1397), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8274] = 2,
    ACTIONS(1399), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8282] = 2,
    ACTIONS(1401), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8290] = 2,
    ACTIONS(1403), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8298] = 2,
    ACTIONS(1405), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8306] = 2,
    ACTIONS(1407), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8314] = 2,
    ACTIONS(1409), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8322] = 2,
    ACTIONS(1411), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8330] = 2,
    ACTIONS(1269), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8338] = 2,
    ACTIONS(1413), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8346] = 2,
    ACTIONS(1415), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8354] = 2,
    ACTIONS(1417), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8362] = 2,
    ACTIONS(1419), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8370] = 2,
    ACTIONS(1421), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8378] = 2,
    ACTIONS(1423), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8386] = 2,
    ACTIONS(1425), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8394] = 2,
    ACTIONS(1427), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8402] = 2,
    ACTIONS(1429), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8410] = 2,
    ACTIONS(1431), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8418] = 2,
    ACTIONS(1433), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8426] = 2,
    ACTIONS(1435), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8434] = 2,
    ACTIONS(1437), 1,
      anon_sym_drop,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8442] = 2,
    ACTIONS(1439), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8450] = 2,
    ACTIONS(1441), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8458] = 2,
    ACTIONS(1443), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8466] = 2,
    ACTIONS(1445), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8474] = 2,
    ACTIONS(1447), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8482] = 2,
    ACTIONS(1449), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8490] = 2,
    ACTIONS(1451), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8498] = 2,
    ACTIONS(1453), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8506] = 2,
    ACTIONS(1455), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8514] = 2,
    ACTIONS(1457), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8522] = 2,
    ACTIONS(1459), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8530] = 2,
    ACTIONS(1461), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8538] = 2,
    ACTIONS(1463), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8546] = 2,
    ACTIONS(1465), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8554] = 2,
    ACTIONS(871), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8562] = 2,
    ACTIONS(1467), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8570] = 2,
    ACTIONS(1469), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8578] = 2,
    ACTIONS(1471), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8586] = 2,
    ACTIONS(1473), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8594] = 2,
    ACTIONS(1475), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8602] = 2,
    ACTIONS(1477), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8610] = 2,
    ACTIONS(1479), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8618] = 2,
    ACTIONS(1481), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8626] = 2,
    ACTIONS(1483), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8634] = 2,
    ACTIONS(1485), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8642] = 2,
    ACTIONS(1487), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8650] = 2,
    ACTIONS(1489), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8658] = 2,
    ACTIONS(1491), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8666] = 2,
    ACTIONS(985), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8674] = 2,
    ACTIONS(1493), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8682] = 2,
    ACTIONS(1495), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8690] = 2,
    ACTIONS(1497), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8698] = 2,
    ACTIONS(1499), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8706] = 2,
    ACTIONS(1501), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8714] = 2,
    ACTIONS(1503), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8722] = 2,
    ACTIONS(1505), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8730] = 2,
    ACTIONS(1507), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8738] = 2,
    ACTIONS(1509), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8746] = 2,
    ACTIONS(1511), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8754] = 2,
    ACTIONS(1513), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8762] = 2,
    ACTIONS(1515), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8770] = 2,
    ACTIONS(1517), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8778] = 2,
    ACTIONS(1519), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8786] = 2,
    ACTIONS(1521), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8794] = 2,
    ACTIONS(729), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8802] = 2,
    ACTIONS(1523), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8810] = 2,
    ACTIONS(1525), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8818] = 2,
    ACTIONS(1527), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8826] = 2,
    ACTIONS(1529), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8834] = 2,
    ACTIONS(1531), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8842] = 2,
    ACTIONS(1533), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8850] = 2,
    ACTIONS(1535), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8858] = 2,
    ACTIONS(1537), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8866] = 2,
    ACTIONS(1539), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8874] = 2,
    ACTIONS(1541), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8882] = 2,
    ACTIONS(735), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8890] = 2,
    ACTIONS(1543), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8898] = 2,
    ACTIONS(1545), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8906] = 2,
    ACTIONS(1213), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8914] = 2,
    ACTIONS(1547), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8922] = 2,
    ACTIONS(1549), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8930] = 2,
    ACTIONS(1551), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8938] = 2,
    ACTIONS(1553), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8946] = 2,
    ACTIONS(1555), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8954] = 2,
    ACTIONS(1557), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8962] = 2,
    ACTIONS(1559), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8970] = 2,
    ACTIONS(1561), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8978] = 2,
    ACTIONS(1563), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8986] = 2,
    ACTIONS(1565), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8994] = 2,
    ACTIONS(1567), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9002] = 2,
    ACTIONS(1569), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9010] = 2,
    ACTIONS(1571), 1,
      sym_string,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9018] = 2,
    ACTIONS(1573), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9026] = 2,
    ACTIONS(1575), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9034] = 2,
    ACTIONS(1577), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9042] = 2,
    ACTIONS(1579), 1,
      anon_sym_DASH_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9050] = 2,
    ACTIONS(1581), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9058] = 2,
    ACTIONS(1583), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9066] = 2,
    ACTIONS(1585), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9074] = 2,
    ACTIONS(1587), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9082] = 2,
    ACTIONS(1589), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9090] = 2,
    ACTIONS(1591), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9098] = 2,
    ACTIONS(1593), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9106] = 2,
    ACTIONS(1595), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9114] = 2,
    ACTIONS(1597), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9122] = 2,
    ACTIONS(1599), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9130] = 2,
    ACTIONS(1601), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9138] = 2,
    ACTIONS(1603), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9146] = 2,
    ACTIONS(715), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9154] = 2,
    ACTIONS(1605), 1,
      anon_sym_BitMatrix,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9162] = 2,
    ACTIONS(1607), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9170] = 2,
    ACTIONS(1609), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9178] = 2,
    ACTIONS(1611), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9186] = 2,
    ACTIONS(1613), 1,
      anon_sym_in,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9194] = 2,
    ACTIONS(1615), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9202] = 2,
    ACTIONS(1617), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9210] = 2,
    ACTIONS(1619), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9218] = 2,
    ACTIONS(1621), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9226] = 2,
    ACTIONS(1623), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9234] = 2,
    ACTIONS(1625), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9242] = 2,
    ACTIONS(1627), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9250] = 2,
    ACTIONS(1629), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9258] = 2,
    ACTIONS(1631), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9266] = 2,
    ACTIONS(1633), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9274] = 2,
    ACTIONS(1635), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9282] = 2,
    ACTIONS(1637), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9290] = 2,
    ACTIONS(1639), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9298] = 2,
    ACTIONS(1641), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9306] = 2,
    ACTIONS(1643), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9314] = 2,
    ACTIONS(1645), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9322] = 2,
    ACTIONS(1647), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9330] = 2,
    ACTIONS(1649), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9338] = 2,
    ACTIONS(1651), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9346] = 2,
    ACTIONS(1653), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9354] = 2,
    ACTIONS(1655), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9362] = 2,
    ACTIONS(1657), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9370] = 2,
    ACTIONS(1659), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9378] = 2,
    ACTIONS(1661), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9386] = 2,
    ACTIONS(1663), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9394] = 2,
    ACTIONS(1665), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9402] = 2,
    ACTIONS(1667), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9410] = 2,
    ACTIONS(1669), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9418] = 2,
    ACTIONS(1671), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9426] = 2,
    ACTIONS(1673), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9434] = 2,
    ACTIONS(1675), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9442] = 2,
    ACTIONS(1677), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9450] = 2,
    ACTIONS(1679), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9458] = 2,
    ACTIONS(1681), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9466] = 2,
    ACTIONS(1683), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9474] = 2,
    ACTIONS(1685), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9482] = 2,
    ACTIONS(1687), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9490] = 2,
    ACTIONS(1689), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9498] = 2,
    ACTIONS(1691), 1,
      aux_sym_mir_header_token2,
    ACTIONS(3), 2,
      sym_comment,
      sym_annotation,
  [9506] = 2,
    ACTIONS(1693), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9514] = 2,
    ACTIONS(1695), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9522] = 2,
    ACTIONS(1697), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9530] = 2,
    ACTIONS(1699), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9538] = 2,
    ACTIONS(1701), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9546] = 2,
    ACTIONS(1703), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9554] = 2,
    ACTIONS(1705), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9562] = 2,
    ACTIONS(1707), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9570] = 2,
    ACTIONS(1709), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9578] = 2,
    ACTIONS(1711), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9586] = 2,
    ACTIONS(1713), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9594] = 2,
    ACTIONS(1715), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9602] = 2,
    ACTIONS(1717), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9610] = 2,
    ACTIONS(1719), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9618] = 2,
    ACTIONS(1721), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9626] = 2,
    ACTIONS(1723), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9634] = 2,
    ACTIONS(1725), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9642] = 2,
    ACTIONS(1157), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9650] = 2,
    ACTIONS(1727), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9658] = 2,
    ACTIONS(1729), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9666] = 2,
    ACTIONS(1731), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9674] = 2,
    ACTIONS(1153), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9682] = 2,
    ACTIONS(1733), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9690] = 2,
    ACTIONS(1735), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9698] = 2,
    ACTIONS(1737), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9706] = 2,
    ACTIONS(1739), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9714] = 2,
    ACTIONS(1741), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9722] = 2,
    ACTIONS(1743), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9730] = 2,
    ACTIONS(1745), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9738] = 2,
    ACTIONS(1747), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9746] = 2,
    ACTIONS(1749), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9754] = 2,
    ACTIONS(1751), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9762] = 2,
    ACTIONS(1753), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9770] = 2,
    ACTIONS(1755), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9778] = 2,
    ACTIONS(1757), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9786] = 2,
    ACTIONS(1759), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9794] = 2,
    ACTIONS(1761), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9802] = 2,
    ACTIONS(1763), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9810] = 2,
    ACTIONS(1765), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9818] = 2,
    ACTIONS(1767), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9826] = 2,
    ACTIONS(1769), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9834] = 2,
    ACTIONS(1771), 1,
      anon_sym_BQUOTE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9842] = 2,
    ACTIONS(1773), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9850] = 2,
    ACTIONS(1775), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9858] = 2,
    ACTIONS(1777), 1,
      ts_builtin_sym_end,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9866] = 2,
    ACTIONS(1779), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9874] = 2,
    ACTIONS(1781), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9882] = 2,
    ACTIONS(1783), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9890] = 2,
    ACTIONS(1785), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9898] = 2,
    ACTIONS(731), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9906] = 2,
    ACTIONS(1787), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9914] = 2,
    ACTIONS(1789), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9922] = 2,
    ACTIONS(1791), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9930] = 2,
    ACTIONS(1793), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9938] = 2,
    ACTIONS(1795), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9946] = 2,
    ACTIONS(1797), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9954] = 2,
    ACTIONS(1799), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9962] = 2,
    ACTIONS(1801), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9970] = 2,
    ACTIONS(1803), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9978] = 2,
    ACTIONS(1805), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9986] = 2,
    ACTIONS(1807), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9994] = 2,
    ACTIONS(1809), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10002] = 2,
    ACTIONS(1811), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10010] = 2,
    ACTIONS(1813), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10018] = 2,
    ACTIONS(1815), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10026] = 2,
    ACTIONS(1817), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10034] = 2,
    ACTIONS(1819), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10042] = 2,
    ACTIONS(1821), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10050] = 2,
    ACTIONS(1823), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10058] = 2,
    ACTIONS(1825), 1,
      aux_sym_mir_header_token1,
    ACTIONS(3), 2,
      sym_comment,
      sym_annotation,
  [10066] = 2,
    ACTIONS(1827), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10074] = 2,
    ACTIONS(1829), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [10082] = 2,
    ACTIONS(1831), 1,
      anon_sym_RPAREN,
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
  [SMALL_STATE(27)] = 1597,
  [SMALL_STATE(28)] = 1640,
  [SMALL_STATE(29)] = 1681,
  [SMALL_STATE(30)] = 1722,
  [SMALL_STATE(31)] = 1762,
  [SMALL_STATE(32)] = 1802,
  [SMALL_STATE(33)] = 1842,
  [SMALL_STATE(34)] = 1882,
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
  [SMALL_STATE(51)] = 2479,
  [SMALL_STATE(52)] = 2509,
  [SMALL_STATE(53)] = 2533,
  [SMALL_STATE(54)] = 2563,
  [SMALL_STATE(55)] = 2592,
  [SMALL_STATE(56)] = 2613,
  [SMALL_STATE(57)] = 2634,
  [SMALL_STATE(58)] = 2651,
  [SMALL_STATE(59)] = 2672,
  [SMALL_STATE(60)] = 2693,
  [SMALL_STATE(61)] = 2714,
  [SMALL_STATE(62)] = 2731,
  [SMALL_STATE(63)] = 2760,
  [SMALL_STATE(64)] = 2781,
  [SMALL_STATE(65)] = 2802,
  [SMALL_STATE(66)] = 2823,
  [SMALL_STATE(67)] = 2844,
  [SMALL_STATE(68)] = 2865,
  [SMALL_STATE(69)] = 2886,
  [SMALL_STATE(70)] = 2903,
  [SMALL_STATE(71)] = 2924,
  [SMALL_STATE(72)] = 2945,
  [SMALL_STATE(73)] = 2966,
  [SMALL_STATE(74)] = 2987,
  [SMALL_STATE(75)] = 3008,
  [SMALL_STATE(76)] = 3029,
  [SMALL_STATE(77)] = 3050,
  [SMALL_STATE(78)] = 3071,
  [SMALL_STATE(79)] = 3092,
  [SMALL_STATE(80)] = 3109,
  [SMALL_STATE(81)] = 3126,
  [SMALL_STATE(82)] = 3143,
  [SMALL_STATE(83)] = 3164,
  [SMALL_STATE(84)] = 3185,
  [SMALL_STATE(85)] = 3202,
  [SMALL_STATE(86)] = 3223,
  [SMALL_STATE(87)] = 3240,
  [SMALL_STATE(88)] = 3261,
  [SMALL_STATE(89)] = 3282,
  [SMALL_STATE(90)] = 3303,
  [SMALL_STATE(91)] = 3330,
  [SMALL_STATE(92)] = 3351,
  [SMALL_STATE(93)] = 3372,
  [SMALL_STATE(94)] = 3393,
  [SMALL_STATE(95)] = 3421,
  [SMALL_STATE(96)] = 3438,
  [SMALL_STATE(97)] = 3455,
  [SMALL_STATE(98)] = 3472,
  [SMALL_STATE(99)] = 3489,
  [SMALL_STATE(100)] = 3506,
  [SMALL_STATE(101)] = 3523,
  [SMALL_STATE(102)] = 3540,
  [SMALL_STATE(103)] = 3557,
  [SMALL_STATE(104)] = 3574,
  [SMALL_STATE(105)] = 3591,
  [SMALL_STATE(106)] = 3614,
  [SMALL_STATE(107)] = 3631,
  [SMALL_STATE(108)] = 3648,
  [SMALL_STATE(109)] = 3673,
  [SMALL_STATE(110)] = 3698,
  [SMALL_STATE(111)] = 3715,
  [SMALL_STATE(112)] = 3738,
  [SMALL_STATE(113)] = 3761,
  [SMALL_STATE(114)] = 3786,
  [SMALL_STATE(115)] = 3809,
  [SMALL_STATE(116)] = 3826,
  [SMALL_STATE(117)] = 3843,
  [SMALL_STATE(118)] = 3860,
  [SMALL_STATE(119)] = 3877,
  [SMALL_STATE(120)] = 3894,
  [SMALL_STATE(121)] = 3911,
  [SMALL_STATE(122)] = 3933,
  [SMALL_STATE(123)] = 3953,
  [SMALL_STATE(124)] = 3973,
  [SMALL_STATE(125)] = 3987,
  [SMALL_STATE(126)] = 4007,
  [SMALL_STATE(127)] = 4021,
  [SMALL_STATE(128)] = 4041,
  [SMALL_STATE(129)] = 4061,
  [SMALL_STATE(130)] = 4081,
  [SMALL_STATE(131)] = 4101,
  [SMALL_STATE(132)] = 4121,
  [SMALL_STATE(133)] = 4142,
  [SMALL_STATE(134)] = 4155,
  [SMALL_STATE(135)] = 4176,
  [SMALL_STATE(136)] = 4197,
  [SMALL_STATE(137)] = 4215,
  [SMALL_STATE(138)] = 4235,
  [SMALL_STATE(139)] = 4247,
  [SMALL_STATE(140)] = 4267,
  [SMALL_STATE(141)] = 4279,
  [SMALL_STATE(142)] = 4291,
  [SMALL_STATE(143)] = 4311,
  [SMALL_STATE(144)] = 4331,
  [SMALL_STATE(145)] = 4343,
  [SMALL_STATE(146)] = 4361,
  [SMALL_STATE(147)] = 4375,
  [SMALL_STATE(148)] = 4393,
  [SMALL_STATE(149)] = 4413,
  [SMALL_STATE(150)] = 4433,
  [SMALL_STATE(151)] = 4451,
  [SMALL_STATE(152)] = 4469,
  [SMALL_STATE(153)] = 4489,
  [SMALL_STATE(154)] = 4501,
  [SMALL_STATE(155)] = 4513,
  [SMALL_STATE(156)] = 4531,
  [SMALL_STATE(157)] = 4549,
  [SMALL_STATE(158)] = 4561,
  [SMALL_STATE(159)] = 4575,
  [SMALL_STATE(160)] = 4593,
  [SMALL_STATE(161)] = 4605,
  [SMALL_STATE(162)] = 4622,
  [SMALL_STATE(163)] = 4639,
  [SMALL_STATE(164)] = 4654,
  [SMALL_STATE(165)] = 4671,
  [SMALL_STATE(166)] = 4682,
  [SMALL_STATE(167)] = 4699,
  [SMALL_STATE(168)] = 4710,
  [SMALL_STATE(169)] = 4727,
  [SMALL_STATE(170)] = 4742,
  [SMALL_STATE(171)] = 4757,
  [SMALL_STATE(172)] = 4774,
  [SMALL_STATE(173)] = 4785,
  [SMALL_STATE(174)] = 4802,
  [SMALL_STATE(175)] = 4819,
  [SMALL_STATE(176)] = 4832,
  [SMALL_STATE(177)] = 4849,
  [SMALL_STATE(178)] = 4864,
  [SMALL_STATE(179)] = 4881,
  [SMALL_STATE(180)] = 4898,
  [SMALL_STATE(181)] = 4913,
  [SMALL_STATE(182)] = 4930,
  [SMALL_STATE(183)] = 4947,
  [SMALL_STATE(184)] = 4962,
  [SMALL_STATE(185)] = 4977,
  [SMALL_STATE(186)] = 4992,
  [SMALL_STATE(187)] = 5007,
  [SMALL_STATE(188)] = 5024,
  [SMALL_STATE(189)] = 5038,
  [SMALL_STATE(190)] = 5052,
  [SMALL_STATE(191)] = 5066,
  [SMALL_STATE(192)] = 5080,
  [SMALL_STATE(193)] = 5094,
  [SMALL_STATE(194)] = 5108,
  [SMALL_STATE(195)] = 5122,
  [SMALL_STATE(196)] = 5136,
  [SMALL_STATE(197)] = 5146,
  [SMALL_STATE(198)] = 5160,
  [SMALL_STATE(199)] = 5174,
  [SMALL_STATE(200)] = 5188,
  [SMALL_STATE(201)] = 5202,
  [SMALL_STATE(202)] = 5216,
  [SMALL_STATE(203)] = 5230,
  [SMALL_STATE(204)] = 5244,
  [SMALL_STATE(205)] = 5258,
  [SMALL_STATE(206)] = 5272,
  [SMALL_STATE(207)] = 5284,
  [SMALL_STATE(208)] = 5296,
  [SMALL_STATE(209)] = 5310,
  [SMALL_STATE(210)] = 5324,
  [SMALL_STATE(211)] = 5336,
  [SMALL_STATE(212)] = 5348,
  [SMALL_STATE(213)] = 5362,
  [SMALL_STATE(214)] = 5374,
  [SMALL_STATE(215)] = 5388,
  [SMALL_STATE(216)] = 5400,
  [SMALL_STATE(217)] = 5414,
  [SMALL_STATE(218)] = 5428,
  [SMALL_STATE(219)] = 5438,
  [SMALL_STATE(220)] = 5452,
  [SMALL_STATE(221)] = 5466,
  [SMALL_STATE(222)] = 5480,
  [SMALL_STATE(223)] = 5494,
  [SMALL_STATE(224)] = 5508,
  [SMALL_STATE(225)] = 5522,
  [SMALL_STATE(226)] = 5536,
  [SMALL_STATE(227)] = 5550,
  [SMALL_STATE(228)] = 5564,
  [SMALL_STATE(229)] = 5576,
  [SMALL_STATE(230)] = 5590,
  [SMALL_STATE(231)] = 5604,
  [SMALL_STATE(232)] = 5616,
  [SMALL_STATE(233)] = 5630,
  [SMALL_STATE(234)] = 5644,
  [SMALL_STATE(235)] = 5656,
  [SMALL_STATE(236)] = 5670,
  [SMALL_STATE(237)] = 5680,
  [SMALL_STATE(238)] = 5694,
  [SMALL_STATE(239)] = 5708,
  [SMALL_STATE(240)] = 5722,
  [SMALL_STATE(241)] = 5736,
  [SMALL_STATE(242)] = 5750,
  [SMALL_STATE(243)] = 5764,
  [SMALL_STATE(244)] = 5778,
  [SMALL_STATE(245)] = 5792,
  [SMALL_STATE(246)] = 5806,
  [SMALL_STATE(247)] = 5820,
  [SMALL_STATE(248)] = 5834,
  [SMALL_STATE(249)] = 5848,
  [SMALL_STATE(250)] = 5862,
  [SMALL_STATE(251)] = 5876,
  [SMALL_STATE(252)] = 5888,
  [SMALL_STATE(253)] = 5902,
  [SMALL_STATE(254)] = 5914,
  [SMALL_STATE(255)] = 5928,
  [SMALL_STATE(256)] = 5942,
  [SMALL_STATE(257)] = 5954,
  [SMALL_STATE(258)] = 5968,
  [SMALL_STATE(259)] = 5982,
  [SMALL_STATE(260)] = 5996,
  [SMALL_STATE(261)] = 6010,
  [SMALL_STATE(262)] = 6022,
  [SMALL_STATE(263)] = 6034,
  [SMALL_STATE(264)] = 6046,
  [SMALL_STATE(265)] = 6058,
  [SMALL_STATE(266)] = 6072,
  [SMALL_STATE(267)] = 6086,
  [SMALL_STATE(268)] = 6100,
  [SMALL_STATE(269)] = 6114,
  [SMALL_STATE(270)] = 6128,
  [SMALL_STATE(271)] = 6140,
  [SMALL_STATE(272)] = 6154,
  [SMALL_STATE(273)] = 6168,
  [SMALL_STATE(274)] = 6182,
  [SMALL_STATE(275)] = 6196,
  [SMALL_STATE(276)] = 6210,
  [SMALL_STATE(277)] = 6224,
  [SMALL_STATE(278)] = 6238,
  [SMALL_STATE(279)] = 6250,
  [SMALL_STATE(280)] = 6264,
  [SMALL_STATE(281)] = 6278,
  [SMALL_STATE(282)] = 6292,
  [SMALL_STATE(283)] = 6306,
  [SMALL_STATE(284)] = 6320,
  [SMALL_STATE(285)] = 6332,
  [SMALL_STATE(286)] = 6346,
  [SMALL_STATE(287)] = 6360,
  [SMALL_STATE(288)] = 6372,
  [SMALL_STATE(289)] = 6386,
  [SMALL_STATE(290)] = 6400,
  [SMALL_STATE(291)] = 6412,
  [SMALL_STATE(292)] = 6426,
  [SMALL_STATE(293)] = 6440,
  [SMALL_STATE(294)] = 6454,
  [SMALL_STATE(295)] = 6468,
  [SMALL_STATE(296)] = 6482,
  [SMALL_STATE(297)] = 6496,
  [SMALL_STATE(298)] = 6506,
  [SMALL_STATE(299)] = 6517,
  [SMALL_STATE(300)] = 6528,
  [SMALL_STATE(301)] = 6537,
  [SMALL_STATE(302)] = 6546,
  [SMALL_STATE(303)] = 6557,
  [SMALL_STATE(304)] = 6566,
  [SMALL_STATE(305)] = 6577,
  [SMALL_STATE(306)] = 6586,
  [SMALL_STATE(307)] = 6595,
  [SMALL_STATE(308)] = 6604,
  [SMALL_STATE(309)] = 6613,
  [SMALL_STATE(310)] = 6622,
  [SMALL_STATE(311)] = 6633,
  [SMALL_STATE(312)] = 6642,
  [SMALL_STATE(313)] = 6653,
  [SMALL_STATE(314)] = 6662,
  [SMALL_STATE(315)] = 6671,
  [SMALL_STATE(316)] = 6680,
  [SMALL_STATE(317)] = 6691,
  [SMALL_STATE(318)] = 6700,
  [SMALL_STATE(319)] = 6709,
  [SMALL_STATE(320)] = 6718,
  [SMALL_STATE(321)] = 6729,
  [SMALL_STATE(322)] = 6740,
  [SMALL_STATE(323)] = 6749,
  [SMALL_STATE(324)] = 6758,
  [SMALL_STATE(325)] = 6767,
  [SMALL_STATE(326)] = 6776,
  [SMALL_STATE(327)] = 6785,
  [SMALL_STATE(328)] = 6794,
  [SMALL_STATE(329)] = 6803,
  [SMALL_STATE(330)] = 6814,
  [SMALL_STATE(331)] = 6823,
  [SMALL_STATE(332)] = 6832,
  [SMALL_STATE(333)] = 6843,
  [SMALL_STATE(334)] = 6852,
  [SMALL_STATE(335)] = 6861,
  [SMALL_STATE(336)] = 6872,
  [SMALL_STATE(337)] = 6881,
  [SMALL_STATE(338)] = 6890,
  [SMALL_STATE(339)] = 6901,
  [SMALL_STATE(340)] = 6912,
  [SMALL_STATE(341)] = 6921,
  [SMALL_STATE(342)] = 6932,
  [SMALL_STATE(343)] = 6943,
  [SMALL_STATE(344)] = 6954,
  [SMALL_STATE(345)] = 6963,
  [SMALL_STATE(346)] = 6972,
  [SMALL_STATE(347)] = 6981,
  [SMALL_STATE(348)] = 6990,
  [SMALL_STATE(349)] = 6999,
  [SMALL_STATE(350)] = 7010,
  [SMALL_STATE(351)] = 7019,
  [SMALL_STATE(352)] = 7028,
  [SMALL_STATE(353)] = 7037,
  [SMALL_STATE(354)] = 7046,
  [SMALL_STATE(355)] = 7055,
  [SMALL_STATE(356)] = 7066,
  [SMALL_STATE(357)] = 7077,
  [SMALL_STATE(358)] = 7088,
  [SMALL_STATE(359)] = 7097,
  [SMALL_STATE(360)] = 7106,
  [SMALL_STATE(361)] = 7115,
  [SMALL_STATE(362)] = 7124,
  [SMALL_STATE(363)] = 7135,
  [SMALL_STATE(364)] = 7146,
  [SMALL_STATE(365)] = 7155,
  [SMALL_STATE(366)] = 7166,
  [SMALL_STATE(367)] = 7175,
  [SMALL_STATE(368)] = 7184,
  [SMALL_STATE(369)] = 7193,
  [SMALL_STATE(370)] = 7204,
  [SMALL_STATE(371)] = 7213,
  [SMALL_STATE(372)] = 7222,
  [SMALL_STATE(373)] = 7231,
  [SMALL_STATE(374)] = 7240,
  [SMALL_STATE(375)] = 7249,
  [SMALL_STATE(376)] = 7258,
  [SMALL_STATE(377)] = 7269,
  [SMALL_STATE(378)] = 7280,
  [SMALL_STATE(379)] = 7289,
  [SMALL_STATE(380)] = 7300,
  [SMALL_STATE(381)] = 7311,
  [SMALL_STATE(382)] = 7322,
  [SMALL_STATE(383)] = 7333,
  [SMALL_STATE(384)] = 7342,
  [SMALL_STATE(385)] = 7353,
  [SMALL_STATE(386)] = 7364,
  [SMALL_STATE(387)] = 7373,
  [SMALL_STATE(388)] = 7382,
  [SMALL_STATE(389)] = 7391,
  [SMALL_STATE(390)] = 7402,
  [SMALL_STATE(391)] = 7411,
  [SMALL_STATE(392)] = 7420,
  [SMALL_STATE(393)] = 7431,
  [SMALL_STATE(394)] = 7440,
  [SMALL_STATE(395)] = 7449,
  [SMALL_STATE(396)] = 7460,
  [SMALL_STATE(397)] = 7469,
  [SMALL_STATE(398)] = 7480,
  [SMALL_STATE(399)] = 7491,
  [SMALL_STATE(400)] = 7502,
  [SMALL_STATE(401)] = 7513,
  [SMALL_STATE(402)] = 7522,
  [SMALL_STATE(403)] = 7533,
  [SMALL_STATE(404)] = 7544,
  [SMALL_STATE(405)] = 7555,
  [SMALL_STATE(406)] = 7564,
  [SMALL_STATE(407)] = 7573,
  [SMALL_STATE(408)] = 7584,
  [SMALL_STATE(409)] = 7593,
  [SMALL_STATE(410)] = 7602,
  [SMALL_STATE(411)] = 7611,
  [SMALL_STATE(412)] = 7620,
  [SMALL_STATE(413)] = 7631,
  [SMALL_STATE(414)] = 7642,
  [SMALL_STATE(415)] = 7653,
  [SMALL_STATE(416)] = 7664,
  [SMALL_STATE(417)] = 7675,
  [SMALL_STATE(418)] = 7686,
  [SMALL_STATE(419)] = 7697,
  [SMALL_STATE(420)] = 7706,
  [SMALL_STATE(421)] = 7715,
  [SMALL_STATE(422)] = 7726,
  [SMALL_STATE(423)] = 7737,
  [SMALL_STATE(424)] = 7746,
  [SMALL_STATE(425)] = 7757,
  [SMALL_STATE(426)] = 7768,
  [SMALL_STATE(427)] = 7779,
  [SMALL_STATE(428)] = 7788,
  [SMALL_STATE(429)] = 7799,
  [SMALL_STATE(430)] = 7810,
  [SMALL_STATE(431)] = 7818,
  [SMALL_STATE(432)] = 7826,
  [SMALL_STATE(433)] = 7834,
  [SMALL_STATE(434)] = 7842,
  [SMALL_STATE(435)] = 7850,
  [SMALL_STATE(436)] = 7858,
  [SMALL_STATE(437)] = 7866,
  [SMALL_STATE(438)] = 7874,
  [SMALL_STATE(439)] = 7882,
  [SMALL_STATE(440)] = 7890,
  [SMALL_STATE(441)] = 7898,
  [SMALL_STATE(442)] = 7906,
  [SMALL_STATE(443)] = 7914,
  [SMALL_STATE(444)] = 7922,
  [SMALL_STATE(445)] = 7930,
  [SMALL_STATE(446)] = 7938,
  [SMALL_STATE(447)] = 7946,
  [SMALL_STATE(448)] = 7954,
  [SMALL_STATE(449)] = 7962,
  [SMALL_STATE(450)] = 7970,
  [SMALL_STATE(451)] = 7978,
  [SMALL_STATE(452)] = 7986,
  [SMALL_STATE(453)] = 7994,
  [SMALL_STATE(454)] = 8002,
  [SMALL_STATE(455)] = 8010,
  [SMALL_STATE(456)] = 8018,
  [SMALL_STATE(457)] = 8026,
  [SMALL_STATE(458)] = 8034,
  [SMALL_STATE(459)] = 8042,
  [SMALL_STATE(460)] = 8050,
  [SMALL_STATE(461)] = 8058,
  [SMALL_STATE(462)] = 8066,
  [SMALL_STATE(463)] = 8074,
  [SMALL_STATE(464)] = 8082,
  [SMALL_STATE(465)] = 8090,
  [SMALL_STATE(466)] = 8098,
  [SMALL_STATE(467)] = 8106,
  [SMALL_STATE(468)] = 8114,
  [SMALL_STATE(469)] = 8122,
  [SMALL_STATE(470)] = 8130,
  [SMALL_STATE(471)] = 8138,
  [SMALL_STATE(472)] = 8146,
  [SMALL_STATE(473)] = 8154,
  [SMALL_STATE(474)] = 8162,
  [SMALL_STATE(475)] = 8170,
  [SMALL_STATE(476)] = 8178,
  [SMALL_STATE(477)] = 8186,
  [SMALL_STATE(478)] = 8194,
  [SMALL_STATE(479)] = 8202,
  [SMALL_STATE(480)] = 8210,
  [SMALL_STATE(481)] = 8218,
  [SMALL_STATE(482)] = 8226,
  [SMALL_STATE(483)] = 8234,
  [SMALL_STATE(484)] = 8242,
  [SMALL_STATE(485)] = 8250,
  [SMALL_STATE(486)] = 8258,
  [SMALL_STATE(487)] = 8266,
  [SMALL_STATE(488)] = 8274,
  [SMALL_STATE(489)] = 8282,
  [SMALL_STATE(490)] = 8290,
  [SMALL_STATE(491)] = 8298,
  [SMALL_STATE(492)] = 8306,
  [SMALL_STATE(493)] = 8314,
  [SMALL_STATE(494)] = 8322,
  [SMALL_STATE(495)] = 8330,
  [SMALL_STATE(496)] = 8338,
  [SMALL_STATE(497)] = 8346,
  [SMALL_STATE(498)] = 8354,
  [SMALL_STATE(499)] = 8362,
  [SMALL_STATE(500)] = 8370,
  [SMALL_STATE(501)] = 8378,
  [SMALL_STATE(502)] = 8386,
  [SMALL_STATE(503)] = 8394,
  [SMALL_STATE(504)] = 8402,
  [SMALL_STATE(505)] = 8410,
  [SMALL_STATE(506)] = 8418,
  [SMALL_STATE(507)] = 8426,
  [SMALL_STATE(508)] = 8434,
  [SMALL_STATE(509)] = 8442,
  [SMALL_STATE(510)] = 8450,
  [SMALL_STATE(511)] = 8458,
  [SMALL_STATE(512)] = 8466,
  [SMALL_STATE(513)] = 8474,
  [SMALL_STATE(514)] = 8482,
  [SMALL_STATE(515)] = 8490,
  [SMALL_STATE(516)] = 8498,
  [SMALL_STATE(517)] = 8506,
  [SMALL_STATE(518)] = 8514,
  [SMALL_STATE(519)] = 8522,
  [SMALL_STATE(520)] = 8530,
  [SMALL_STATE(521)] = 8538,
  [SMALL_STATE(522)] = 8546,
  [SMALL_STATE(523)] = 8554,
  [SMALL_STATE(524)] = 8562,
  [SMALL_STATE(525)] = 8570,
  [SMALL_STATE(526)] = 8578,
  [SMALL_STATE(527)] = 8586,
  [SMALL_STATE(528)] = 8594,
  [SMALL_STATE(529)] = 8602,
  [SMALL_STATE(530)] = 8610,
  [SMALL_STATE(531)] = 8618,
  [SMALL_STATE(532)] = 8626,
  [SMALL_STATE(533)] = 8634,
  [SMALL_STATE(534)] = 8642,
  [SMALL_STATE(535)] = 8650,
  [SMALL_STATE(536)] = 8658,
  [SMALL_STATE(537)] = 8666,
  [SMALL_STATE(538)] = 8674,
  [SMALL_STATE(539)] = 8682,
  [SMALL_STATE(540)] = 8690,
  [SMALL_STATE(541)] = 8698,
  [SMALL_STATE(542)] = 8706,
  [SMALL_STATE(543)] = 8714,
  [SMALL_STATE(544)] = 8722,
  [SMALL_STATE(545)] = 8730,
  [SMALL_STATE(546)] = 8738,
  [SMALL_STATE(547)] = 8746,
  [SMALL_STATE(548)] = 8754,
  [SMALL_STATE(549)] = 8762,
  [SMALL_STATE(550)] = 8770,
  [SMALL_STATE(551)] = 8778,
  [SMALL_STATE(552)] = 8786,
  [SMALL_STATE(553)] = 8794,
  [SMALL_STATE(554)] = 8802,
  [SMALL_STATE(555)] = 8810,
  [SMALL_STATE(556)] = 8818,
  [SMALL_STATE(557)] = 8826,
  [SMALL_STATE(558)] = 8834,
  [SMALL_STATE(559)] = 8842,
  [SMALL_STATE(560)] = 8850,
  [SMALL_STATE(561)] = 8858,
  [SMALL_STATE(562)] = 8866,
  [SMALL_STATE(563)] = 8874,
  [SMALL_STATE(564)] = 8882,
  [SMALL_STATE(565)] = 8890,
  [SMALL_STATE(566)] = 8898,
  [SMALL_STATE(567)] = 8906,
  [SMALL_STATE(568)] = 8914,
  [SMALL_STATE(569)] = 8922,
  [SMALL_STATE(570)] = 8930,
  [SMALL_STATE(571)] = 8938,
  [SMALL_STATE(572)] = 8946,
  [SMALL_STATE(573)] = 8954,
  [SMALL_STATE(574)] = 8962,
  [SMALL_STATE(575)] = 8970,
  [SMALL_STATE(576)] = 8978,
  [SMALL_STATE(577)] = 8986,
  [SMALL_STATE(578)] = 8994,
  [SMALL_STATE(579)] = 9002,
  [SMALL_STATE(580)] = 9010,
  [SMALL_STATE(581)] = 9018,
  [SMALL_STATE(582)] = 9026,
  [SMALL_STATE(583)] = 9034,
  [SMALL_STATE(584)] = 9042,
  [SMALL_STATE(585)] = 9050,
  [SMALL_STATE(586)] = 9058,
  [SMALL_STATE(587)] = 9066,
  [SMALL_STATE(588)] = 9074,
  [SMALL_STATE(589)] = 9082,
  [SMALL_STATE(590)] = 9090,
  [SMALL_STATE(591)] = 9098,
  [SMALL_STATE(592)] = 9106,
  [SMALL_STATE(593)] = 9114,
  [SMALL_STATE(594)] = 9122,
  [SMALL_STATE(595)] = 9130,
  [SMALL_STATE(596)] = 9138,
  [SMALL_STATE(597)] = 9146,
  [SMALL_STATE(598)] = 9154,
  [SMALL_STATE(599)] = 9162,
  [SMALL_STATE(600)] = 9170,
  [SMALL_STATE(601)] = 9178,
  [SMALL_STATE(602)] = 9186,
  [SMALL_STATE(603)] = 9194,
  [SMALL_STATE(604)] = 9202,
  [SMALL_STATE(605)] = 9210,
  [SMALL_STATE(606)] = 9218,
  [SMALL_STATE(607)] = 9226,
  [SMALL_STATE(608)] = 9234,
  [SMALL_STATE(609)] = 9242,
  [SMALL_STATE(610)] = 9250,
  [SMALL_STATE(611)] = 9258,
  [SMALL_STATE(612)] = 9266,
  [SMALL_STATE(613)] = 9274,
  [SMALL_STATE(614)] = 9282,
  [SMALL_STATE(615)] = 9290,
  [SMALL_STATE(616)] = 9298,
  [SMALL_STATE(617)] = 9306,
  [SMALL_STATE(618)] = 9314,
  [SMALL_STATE(619)] = 9322,
  [SMALL_STATE(620)] = 9330,
  [SMALL_STATE(621)] = 9338,
  [SMALL_STATE(622)] = 9346,
  [SMALL_STATE(623)] = 9354,
  [SMALL_STATE(624)] = 9362,
  [SMALL_STATE(625)] = 9370,
  [SMALL_STATE(626)] = 9378,
  [SMALL_STATE(627)] = 9386,
  [SMALL_STATE(628)] = 9394,
  [SMALL_STATE(629)] = 9402,
  [SMALL_STATE(630)] = 9410,
  [SMALL_STATE(631)] = 9418,
  [SMALL_STATE(632)] = 9426,
  [SMALL_STATE(633)] = 9434,
  [SMALL_STATE(634)] = 9442,
  [SMALL_STATE(635)] = 9450,
  [SMALL_STATE(636)] = 9458,
  [SMALL_STATE(637)] = 9466,
  [SMALL_STATE(638)] = 9474,
  [SMALL_STATE(639)] = 9482,
  [SMALL_STATE(640)] = 9490,
  [SMALL_STATE(641)] = 9498,
  [SMALL_STATE(642)] = 9506,
  [SMALL_STATE(643)] = 9514,
  [SMALL_STATE(644)] = 9522,
  [SMALL_STATE(645)] = 9530,
  [SMALL_STATE(646)] = 9538,
  [SMALL_STATE(647)] = 9546,
  [SMALL_STATE(648)] = 9554,
  [SMALL_STATE(649)] = 9562,
  [SMALL_STATE(650)] = 9570,
  [SMALL_STATE(651)] = 9578,
  [SMALL_STATE(652)] = 9586,
  [SMALL_STATE(653)] = 9594,
  [SMALL_STATE(654)] = 9602,
  [SMALL_STATE(655)] = 9610,
  [SMALL_STATE(656)] = 9618,
  [SMALL_STATE(657)] = 9626,
  [SMALL_STATE(658)] = 9634,
  [SMALL_STATE(659)] = 9642,
  [SMALL_STATE(660)] = 9650,
  [SMALL_STATE(661)] = 9658,
  [SMALL_STATE(662)] = 9666,
  [SMALL_STATE(663)] = 9674,
  [SMALL_STATE(664)] = 9682,
  [SMALL_STATE(665)] = 9690,
  [SMALL_STATE(666)] = 9698,
  [SMALL_STATE(667)] = 9706,
  [SMALL_STATE(668)] = 9714,
  [SMALL_STATE(669)] = 9722,
  [SMALL_STATE(670)] = 9730,
  [SMALL_STATE(671)] = 9738,
  [SMALL_STATE(672)] = 9746,
  [SMALL_STATE(673)] = 9754,
  [SMALL_STATE(674)] = 9762,
  [SMALL_STATE(675)] = 9770,
  [SMALL_STATE(676)] = 9778,
  [SMALL_STATE(677)] = 9786,
  [SMALL_STATE(678)] = 9794,
  [SMALL_STATE(679)] = 9802,
  [SMALL_STATE(680)] = 9810,
  [SMALL_STATE(681)] = 9818,
  [SMALL_STATE(682)] = 9826,
  [SMALL_STATE(683)] = 9834,
  [SMALL_STATE(684)] = 9842,
  [SMALL_STATE(685)] = 9850,
  [SMALL_STATE(686)] = 9858,
  [SMALL_STATE(687)] = 9866,
  [SMALL_STATE(688)] = 9874,
  [SMALL_STATE(689)] = 9882,
  [SMALL_STATE(690)] = 9890,
  [SMALL_STATE(691)] = 9898,
  [SMALL_STATE(692)] = 9906,
  [SMALL_STATE(693)] = 9914,
  [SMALL_STATE(694)] = 9922,
  [SMALL_STATE(695)] = 9930,
  [SMALL_STATE(696)] = 9938,
  [SMALL_STATE(697)] = 9946,
  [SMALL_STATE(698)] = 9954,
  [SMALL_STATE(699)] = 9962,
  [SMALL_STATE(700)] = 9970,
  [SMALL_STATE(701)] = 9978,
  [SMALL_STATE(702)] = 9986,
  [SMALL_STATE(703)] = 9994,
  [SMALL_STATE(704)] = 10002,
  [SMALL_STATE(705)] = 10010,
  [SMALL_STATE(706)] = 10018,
  [SMALL_STATE(707)] = 10026,
  [SMALL_STATE(708)] = 10034,
  [SMALL_STATE(709)] = 10042,
  [SMALL_STATE(710)] = 10050,
  [SMALL_STATE(711)] = 10058,
  [SMALL_STATE(712)] = 10066,
  [SMALL_STATE(713)] = 10074,
  [SMALL_STATE(714)] = 10082,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(711),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(699),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(696),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(690),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(688),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(174),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(514),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(456),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(511),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(509),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(508),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(497),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(495),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(414),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(493),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(417),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(490),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(488),
  [61] = {.entry = {.count = 1, .reusable = false}}, SHIFT(487),
  [63] = {.entry = {.count = 1, .reusable = false}}, SHIFT(485),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(479),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(478),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(421),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(424),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [87] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(320),
  [90] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(112),
  [95] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(14),
  [98] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(514),
  [101] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(16),
  [104] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(456),
  [107] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(511),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(509),
  [113] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(81),
  [118] = {.entry = {.count = 1, .reusable = false}}, SHIFT(158),
  [120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [124] = {.entry = {.count = 1, .reusable = false}}, SHIFT(694),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(123),
  [136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [140] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nop, 2),
  [142] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nop, 2),
  [144] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_assign, 4, .production_id = 46),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assign, 4, .production_id = 46),
  [148] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_generic_statement, 3, .production_id = 29),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_statement, 3, .production_id = 29),
  [152] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_live, 1),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_live, 1),
  [156] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_set_discriminant, 7, .production_id = 77),
  [158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_set_discriminant, 7, .production_id = 77),
  [160] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_dead, 1),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_dead, 1),
  [164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_generic_statement, 2, .production_id = 4),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_statement, 2, .production_id = 4),
  [168] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_live, 5),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_live, 5),
  [172] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_dead, 5),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_dead, 5),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [178] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [182] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(21),
  [185] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(711),
  [188] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(304),
  [191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(699),
  [194] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(696),
  [197] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(316),
  [200] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(690),
  [203] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(688),
  [206] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(585),
  [209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(563),
  [225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [227] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [231] = {.entry = {.count = 1, .reusable = false}}, SHIFT(193),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [235] = {.entry = {.count = 1, .reusable = false}}, SHIFT(191),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(551),
  [239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(578),
  [245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [249] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [259] = {.entry = {.count = 1, .reusable = false}}, SHIFT(708),
  [261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(577),
  [263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(527),
  [265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(522),
  [267] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2),
  [269] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(563),
  [272] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(384),
  [275] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(194),
  [278] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(557),
  [281] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(193),
  [284] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_body_repeat1, 2),
  [286] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [294] = {.entry = {.count = 1, .reusable = false}}, SHIFT(615),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(628),
  [298] = {.entry = {.count = 1, .reusable = false}}, SHIFT(627),
  [300] = {.entry = {.count = 1, .reusable = false}}, SHIFT(626),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(360),
  [304] = {.entry = {.count = 1, .reusable = false}}, SHIFT(361),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 3, .production_id = 2),
  [308] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 3, .production_id = 2),
  [310] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(444),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 4, .production_id = 2),
  [316] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 4, .production_id = 2),
  [318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(552),
  [322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(663),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 14),
  [326] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 14),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 34),
  [330] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 34),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_index, 4, .production_id = 45),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 35),
  [336] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 35),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_anon_const_item, 5, .production_id = 5),
  [340] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_anon_const_item, 5, .production_id = 5),
  [342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 36),
  [344] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 36),
  [346] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_downcast, 6, .production_id = 66),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(659),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 48),
  [352] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 48),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 5, .production_id = 6),
  [356] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 5, .production_id = 6),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 6, .production_id = 2),
  [360] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 6, .production_id = 2),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 49),
  [364] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 49),
  [366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 50),
  [368] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 50),
  [370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_static_item, 6, .production_id = 11),
  [372] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_static_item, 6, .production_id = 11),
  [374] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_index, 4, .production_id = 44),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_promoted_item, 10, .production_id = 51),
  [378] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_promoted_item, 10, .production_id = 51),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_const_item, 6, .production_id = 11),
  [382] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_const_item, 6, .production_id = 11),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 7, .production_id = 2),
  [386] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 7, .production_id = 2),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 11, .production_id = 64),
  [390] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 11, .production_id = 64),
  [392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 5, .production_id = 2),
  [394] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 5, .production_id = 2),
  [396] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_static_item, 7, .production_id = 16),
  [398] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_static_item, 7, .production_id = 16),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 6, .production_id = 10),
  [402] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 6, .production_id = 10),
  [404] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 2),
  [406] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 2),
  [408] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 4),
  [410] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 4),
  [412] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field, 7, .production_id = 76),
  [414] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_deref, 4),
  [416] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_place, 1),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 15),
  [420] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 15),
  [422] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mir_header, 4, .production_id = 3),
  [424] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mir_header, 4, .production_id = 3),
  [426] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field, 9, .production_id = 76),
  [428] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_comment, 3, .production_id = 1),
  [430] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_comment, 3, .production_id = 1),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_downcast, 5, .production_id = 55),
  [434] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 3),
  [436] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 3),
  [438] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 13),
  [440] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 13),
  [442] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 20),
  [444] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 20),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 21),
  [448] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 21),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 22),
  [452] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 22),
  [454] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 12, .production_id = 74),
  [456] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 12, .production_id = 74),
  [458] = {.entry = {.count = 1, .reusable = false}}, SHIFT(305),
  [460] = {.entry = {.count = 1, .reusable = false}}, SHIFT(300),
  [462] = {.entry = {.count = 1, .reusable = false}}, SHIFT(294),
  [464] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_debug, 6, .production_id = 52),
  [466] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coroutine_debug, 6, .production_id = 52),
  [468] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 2, .production_id = 26),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [472] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 3, .production_id = 41),
  [474] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_debug, 5, .production_id = 37),
  [476] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_debug, 5, .production_id = 37),
  [478] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 9, .production_id = 75),
  [480] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 9, .production_id = 75),
  [482] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 5, .production_id = 39),
  [484] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 5, .production_id = 39),
  [486] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 4, .production_id = 23),
  [488] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 4, .production_id = 23),
  [490] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 6, .production_id = 54),
  [492] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 6, .production_id = 54),
  [494] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 8, .production_id = 54),
  [496] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 8, .production_id = 54),
  [498] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_debug, 6, .production_id = 53),
  [500] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coroutine_debug, 6, .production_id = 53),
  [502] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2),
  [504] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(360),
  [507] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(361),
  [510] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(261),
  [513] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 5, .production_id = 17),
  [515] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 5, .production_id = 17),
  [517] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 8, .production_id = 75),
  [519] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 8, .production_id = 75),
  [521] = {.entry = {.count = 1, .reusable = false}}, SHIFT(595),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [525] = {.entry = {.count = 1, .reusable = false}}, SHIFT(597),
  [527] = {.entry = {.count = 1, .reusable = false}}, SHIFT(177),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(599),
  [531] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 7, .production_id = 39),
  [533] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 7, .production_id = 39),
  [535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(562),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_block, 5),
  [549] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_block, 5),
  [551] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 5, .production_id = 23),
  [553] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 5, .production_id = 23),
  [555] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 3, .production_id = 17),
  [557] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 3, .production_id = 17),
  [559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_debug, 5, .production_id = 38),
  [561] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_debug, 5, .production_id = 38),
  [563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 1, .production_id = 18),
  [565] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_block, 4),
  [567] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_block, 4),
  [569] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_constant, 2, .production_id = 27),
  [571] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 1),
  [573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(671),
  [577] = {.entry = {.count = 1, .reusable = true}}, SHIFT(567),
  [579] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_local, 1),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(645),
  [585] = {.entry = {.count = 1, .reusable = false}}, SHIFT(484),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [589] = {.entry = {.count = 1, .reusable = false}}, SHIFT(593),
  [591] = {.entry = {.count = 1, .reusable = false}}, SHIFT(594),
  [593] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 11, .production_id = 63),
  [595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [597] = {.entry = {.count = 1, .reusable = false}}, SHIFT(482),
  [599] = {.entry = {.count = 1, .reusable = false}}, SHIFT(483),
  [601] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 8, .production_id = 63),
  [603] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 7),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [607] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [609] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 5),
  [611] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_field_decl, 4, .production_id = 65),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(506),
  [627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [631] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 6),
  [633] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 10, .production_id = 63),
  [635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [637] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_body_repeat2, 2),
  [639] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat2, 2), SHIFT_REPEAT(3),
  [642] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_body_repeat2, 2), SHIFT_REPEAT(191),
  [645] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 9, .production_id = 63),
  [647] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_path, 1),
  [649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [651] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [653] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 4),
  [655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [657] = {.entry = {.count = 1, .reusable = false}}, SHIFT(256),
  [659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [667] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [677] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_path, 2),
  [679] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(475),
  [687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(621),
  [689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(474),
  [691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(712),
  [695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [697] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_field_decl, 5, .production_id = 65),
  [699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(588),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(586),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [707] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [709] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unwind_action, 2, .production_id = 40),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(643),
  [723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(646),
  [725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(529),
  [735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [745] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assert_repeat1, 2), SHIFT_REPEAT(40),
  [748] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assert_repeat1, 2),
  [750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(546),
  [752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(545),
  [754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [756] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(450),
  [760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(460),
  [768] = {.entry = {.count = 1, .reusable = true}}, SHIFT(633),
  [770] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [774] = {.entry = {.count = 1, .reusable = true}}, SHIFT(526),
  [776] = {.entry = {.count = 1, .reusable = true}}, SHIFT(528),
  [778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [780] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unwind_action, 5, .production_id = 79),
  [782] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [784] = {.entry = {.count = 1, .reusable = true}}, SHIFT(614),
  [786] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [788] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [790] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [792] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [794] = {.entry = {.count = 1, .reusable = true}}, SHIFT(613),
  [796] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_aggregate_repeat1, 2), SHIFT_REPEAT(234),
  [799] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_aggregate_repeat1, 2),
  [801] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [803] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [807] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [809] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [811] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 5, .production_id = 12),
  [813] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 5, .production_id = 12),
  [815] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 5, .production_id = 47),
  [817] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 5, .production_id = 47),
  [819] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2, .production_id = 84), SHIFT_REPEAT(179),
  [822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2, .production_id = 84),
  [824] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [826] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [828] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 1),
  [830] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [832] = {.entry = {.count = 1, .reusable = true}}, SHIFT(471),
  [834] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_repeat1, 2), SHIFT_REPEAT(90),
  [837] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_layout_repeat1, 2),
  [839] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 2),
  [841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [843] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_alloc_repeat1, 2),
  [845] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_alloc_repeat1, 2), SHIFT_REPEAT(216),
  [848] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [850] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [852] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(462),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [860] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [862] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [866] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_storage_conflicts_repeat1, 2), SHIFT_REPEAT(258),
  [869] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_storage_conflicts_repeat1, 2),
  [871] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [873] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [875] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [877] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [879] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [881] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 3, .production_id = 19),
  [883] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 3, .production_id = 19),
  [885] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [887] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [889] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [891] = {.entry = {.count = 1, .reusable = true}}, SHIFT(590),
  [893] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 3, .production_id = 12),
  [895] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 3, .production_id = 12),
  [897] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [899] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [901] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [905] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_function_repeat1, 2), SHIFT_REPEAT(428),
  [908] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_function_repeat1, 2),
  [910] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [912] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [914] = {.entry = {.count = 1, .reusable = true}}, SHIFT(678),
  [916] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [918] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [920] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [922] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [924] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_ref_kind, 2),
  [926] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [928] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [930] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [932] = {.entry = {.count = 1, .reusable = true}}, SHIFT(536),
  [934] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [936] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [938] = {.entry = {.count = 1, .reusable = true}}, SHIFT(665),
  [940] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [942] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [944] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [946] = {.entry = {.count = 1, .reusable = true}}, SHIFT(657),
  [948] = {.entry = {.count = 1, .reusable = true}}, SHIFT(658),
  [950] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 6, .production_id = 62),
  [952] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 6, .production_id = 62),
  [954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [958] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 6, .production_id = 12),
  [960] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 6, .production_id = 12),
  [962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [966] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [970] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [972] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [974] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_switch_int_repeat1, 2), SHIFT_REPEAT(136),
  [977] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_switch_int_repeat1, 2),
  [979] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 7, .production_id = 73),
  [981] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 7, .production_id = 73),
  [983] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [987] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [989] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_variant_repeat1, 2), SHIFT_REPEAT(270),
  [992] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_variant_repeat1, 2),
  [994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [996] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_variant_fields_repeat1, 2), SHIFT_REPEAT(416),
  [999] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_variant_fields_repeat1, 2),
  [1001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1003] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__targets_repeat1, 2), SHIFT_REPEAT(121),
  [1006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__targets_repeat1, 2),
  [1008] = {.entry = {.count = 1, .reusable = false}}, SHIFT(630),
  [1010] = {.entry = {.count = 1, .reusable = false}}, SHIFT(632),
  [1012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(630),
  [1014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [1016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [1018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [1022] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 4, .production_id = 31),
  [1024] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 4, .production_id = 31),
  [1026] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [1028] = {.entry = {.count = 1, .reusable = true}}, SHIFT(617),
  [1030] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [1032] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_field_tys_repeat1, 2), SHIFT_REPEAT(184),
  [1035] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_field_tys_repeat1, 2),
  [1037] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [1039] = {.entry = {.count = 1, .reusable = true}}, SHIFT(692),
  [1041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(693),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [1045] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [1047] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [1049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [1053] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 4, .production_id = 12),
  [1055] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 4, .production_id = 12),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [1059] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 2, .production_id = 105), SHIFT_REPEAT(310),
  [1062] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 2, .production_id = 105),
  [1064] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 2, .production_id = 12),
  [1066] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 2, .production_id = 12),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [1070] = {.entry = {.count = 1, .reusable = true}}, SHIFT(574),
  [1072] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_ref_kind, 1),
  [1074] = {.entry = {.count = 1, .reusable = false}}, SHIFT(303),
  [1076] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1078] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_call_expr_repeat1, 2), SHIFT_REPEAT(29),
  [1081] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_call_expr_repeat1, 2),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [1085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [1087] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [1089] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 3),
  [1091] = {.entry = {.count = 1, .reusable = true}}, SHIFT(622),
  [1093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(681),
  [1095] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 4, .production_id = 108),
  [1097] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 4, .production_id = 107),
  [1099] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 8, .production_id = 106),
  [1101] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope_ref, 4),
  [1103] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 8, .production_id = 104),
  [1105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(682),
  [1107] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 106),
  [1109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 103),
  [1111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 104),
  [1113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(660),
  [1115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(666),
  [1117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 102),
  [1119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(535),
  [1121] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 6, .production_id = 103),
  [1123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(523),
  [1125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [1127] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 6, .production_id = 102),
  [1129] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 10, .production_id = 85),
  [1131] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 6),
  [1133] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_field, 3, .production_id = 32),
  [1135] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 8, .production_id = 98),
  [1137] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_field, 3, .production_id = 33),
  [1139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 8, .production_id = 97),
  [1141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [1143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conflict, 5),
  [1145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [1147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(636),
  [1149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 9, .production_id = 85),
  [1151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 4, .production_id = 100),
  [1153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 4, .production_id = 99),
  [1157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [1159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 98),
  [1161] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 92),
  [1163] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 3),
  [1165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 97),
  [1167] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 91),
  [1169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [1171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(634),
  [1173] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 4),
  [1175] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_arm, 3, .production_id = 94),
  [1177] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 8, .production_id = 85),
  [1179] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 83),
  [1181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [1183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [1185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(589),
  [1187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 92),
  [1189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 91),
  [1191] = {.entry = {.count = 1, .reusable = true}}, SHIFT(600),
  [1193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(598),
  [1195] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 7, .production_id = 85),
  [1197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 5, .production_id = 83),
  [1199] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2),
  [1201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 5, .production_id = 4),
  [1203] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attribute, 3, .production_id = 8),
  [1205] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 1),
  [1207] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 5),
  [1209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_init, 3, .production_id = 8),
  [1211] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 6, .production_id = 42),
  [1213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(611),
  [1215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(612),
  [1217] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 3, .production_id = 42),
  [1219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(534),
  [1221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(695),
  [1225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(698),
  [1227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_upvar_start, 3, .production_id = 7),
  [1229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_other, 3, .production_id = 8),
  [1231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 3, .production_id = 9),
  [1233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [1235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(704),
  [1237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 4, .production_id = 4),
  [1239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [1241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(468),
  [1245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 2, .production_id = 26),
  [1247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 4, .production_id = 72),
  [1251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [1253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(491),
  [1255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 5, .production_id = 42),
  [1257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, .production_id = 69),
  [1259] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, .production_id = 68),
  [1261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 7),
  [1263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(556),
  [1265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [1267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(518),
  [1269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(515),
  [1271] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conflict, 1),
  [1273] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 3, .production_id = 4),
  [1275] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 3, .production_id = 59),
  [1277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 3, .production_id = 58),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [1281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 4, .production_id = 42),
  [1283] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 5),
  [1285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [1287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [1289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [1291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [1295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [1297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [1299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(501),
  [1301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [1303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(503),
  [1305] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_terminate, 5),
  [1307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [1309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [1311] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 6, .production_id = 4),
  [1313] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 4),
  [1315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(592),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(510),
  [1319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(496),
  [1321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [1323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(463),
  [1325] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 5),
  [1327] = {.entry = {.count = 1, .reusable = true}}, SHIFT(517),
  [1329] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 5, .production_id = 56),
  [1331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [1333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(649),
  [1335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(504),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(575),
  [1339] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 3),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(524),
  [1343] = {.entry = {.count = 1, .reusable = true}}, SHIFT(570),
  [1345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1347] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 3),
  [1349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(677),
  [1351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [1353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [1355] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_thread_local_ref, 3, .production_id = 57),
  [1357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [1359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(676),
  [1361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1363] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [1369] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call, 5, .production_id = 60),
  [1371] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 3, .production_id = 61),
  [1373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1375] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(538),
  [1379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [1381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(543),
  [1383] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [1385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(656),
  [1387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(540),
  [1389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [1393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(541),
  [1395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [1399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(531),
  [1401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(664),
  [1407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [1409] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 1),
  [1411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(674),
  [1413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [1417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(486),
  [1419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [1421] = {.entry = {.count = 1, .reusable = true}}, SHIFT(559),
  [1423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [1425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(591),
  [1427] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_drop, 6, .production_id = 67),
  [1429] = {.entry = {.count = 1, .reusable = true}}, SHIFT(714),
  [1431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1433] = {.entry = {.count = 1, .reusable = true}}, SHIFT(629),
  [1435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [1437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(505),
  [1439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [1441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [1443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(569),
  [1447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [1449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(502),
  [1451] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_terminate, 2),
  [1453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [1455] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 6, .production_id = 70),
  [1457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(713),
  [1459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(709),
  [1461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(492),
  [1463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mutable, 1),
  [1465] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 4),
  [1467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(576),
  [1469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [1471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1473] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 4),
  [1475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [1477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(477),
  [1479] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_thread_local_ref, 4, .production_id = 71),
  [1481] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return, 2),
  [1483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [1485] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_resume, 2),
  [1487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1489] = {.entry = {.count = 1, .reusable = true}}, SHIFT(472),
  [1491] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 4, .production_id = 61),
  [1493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(587),
  [1495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [1497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [1499] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unreachable, 2),
  [1501] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [1503] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_drop, 2),
  [1505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(706),
  [1507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [1509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(705),
  [1515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(703),
  [1519] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 2),
  [1521] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 5, .production_id = 4),
  [1523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [1525] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 2),
  [1527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(607),
  [1529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [1531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(700),
  [1533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_async_drop, 7, .production_id = 78),
  [1535] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_terminator, 4, .production_id = 43),
  [1537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(609),
  [1539] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 6),
  [1541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [1543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(610),
  [1545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [1547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(539),
  [1549] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 7, .production_id = 80),
  [1551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(685),
  [1553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [1555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(618),
  [1557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 4),
  [1561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [1563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat, 5, .production_id = 81),
  [1565] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 5),
  [1567] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 5),
  [1569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(620),
  [1571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [1573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_raw_ptr, 5, .production_id = 82),
  [1575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [1577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 5, .production_id = 61),
  [1579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [1581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(684),
  [1583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [1585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(623),
  [1587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [1589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [1591] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 4, .production_id = 4),
  [1593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(625),
  [1595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(668),
  [1597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(631),
  [1599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [1603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [1605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [1607] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 3),
  [1609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1611] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [1613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(568),
  [1615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(441),
  [1617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(571),
  [1619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [1621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [1623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [1625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(642),
  [1627] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_drop, 8, .production_id = 86),
  [1629] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 8, .production_id = 87),
  [1631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [1633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(644),
  [1635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(513),
  [1637] = {.entry = {.count = 1, .reusable = true}}, SHIFT(647),
  [1639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(596),
  [1641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(650),
  [1643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(439),
  [1645] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 8, .production_id = 88),
  [1647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(652),
  [1649] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_yield, 8, .production_id = 89),
  [1651] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 6, .production_id = 61),
  [1653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1655] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cast, 6, .production_id = 90),
  [1657] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [1659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [1661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(601),
  [1663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1665] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 3, .production_id = 4),
  [1667] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [1669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [1671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [1673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(573),
  [1675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [1677] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1679] = {.entry = {.count = 1, .reusable = true}}, SHIFT(602),
  [1681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [1683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(604),
  [1685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [1687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(605),
  [1689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(606),
  [1691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1693] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_async_drop, 9, .production_id = 93),
  [1695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [1697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(669),
  [1699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(670),
  [1701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [1703] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 9, .production_id = 87),
  [1705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [1707] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [1709] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 9, .production_id = 95),
  [1711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(673),
  [1713] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 9, .production_id = 96),
  [1715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [1717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(635),
  [1719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [1721] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_projection_name, 3),
  [1723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(675),
  [1725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [1727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(637),
  [1729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(469),
  [1731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(470),
  [1733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [1735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [1737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(639),
  [1739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(640),
  [1741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [1743] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_const, 4),
  [1745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 10, .production_id = 87),
  [1747] = {.entry = {.count = 1, .reusable = true}}, SHIFT(680),
  [1749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [1751] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 10, .production_id = 101),
  [1753] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [1755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [1757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(662),
  [1759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(498),
  [1761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [1763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [1765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 11, .production_id = 87),
  [1767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(687),
  [1771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(641),
  [1773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(648),
  [1775] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cleanup, 3),
  [1777] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(697),
  [1781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [1783] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [1785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(654),
  [1787] = {.entry = {.count = 1, .reusable = true}}, SHIFT(701),
  [1789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [1791] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1795] = {.entry = {.count = 1, .reusable = true}}, SHIFT(667),
  [1797] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [1799] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1801] = {.entry = {.count = 1, .reusable = true}}, SHIFT(672),
  [1803] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_terminator, 3, .production_id = 30),
  [1805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1807] = {.entry = {.count = 1, .reusable = true}}, SHIFT(560),
  [1809] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tail_call, 3, .production_id = 28),
  [1811] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [1813] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_false_unwind, 3, .production_id = 25),
  [1815] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_false_edge, 3, .production_id = 25),
  [1817] = {.entry = {.count = 1, .reusable = true}}, SHIFT(580),
  [1819] = {.entry = {.count = 1, .reusable = true}}, SHIFT(584),
  [1821] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 3, .production_id = 25),
  [1823] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 2),
  [1825] = {.entry = {.count = 1, .reusable = false}}, SHIFT(683),
  [1827] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 2, .production_id = 24),
  [1829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(603),
  [1831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(624),
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
