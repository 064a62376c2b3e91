#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 706
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 217
#define ALIAS_COUNT 4
#define TOKEN_COUNT 117
#define EXTERNAL_TOKEN_COUNT 11
#define FIELD_COUNT 38
#define MAX_ALIAS_SEQUENCE_LENGTH 12
#define PRODUCTION_ID_COUNT 108

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
  anon_sym_falseUnwind = 76,
  anon_sym_asm_BANG = 77,
  anon_sym_tailcall = 78,
  anon_sym_unwind = 79,
  anon_sym_continue = 80,
  anon_sym_AMP = 81,
  anon_sym_SLASH_STARtls_STAR_SLASH = 82,
  anon_sym_STAR = 83,
  anon_sym_from = 84,
  sym_region = 85,
  anon_sym_raw = 86,
  anon_sym_LPARENfake_RPAREN = 87,
  anon_sym_fake = 88,
  anon_sym_shallow = 89,
  anon_sym_uniq = 90,
  sym_copy = 91,
  sym_no_retag = 92,
  sym_move = 93,
  sym_deref_copy = 94,
  aux_sym_constant_token1 = 95,
  anon_sym_DOT = 96,
  anon_sym_subtype = 97,
  sym_variant_index = 98,
  sym_local = 99,
  sym_elided = 100,
  sym_alloc_name = 101,
  sym_alloc_line = 102,
  sym_integer = 103,
  sym_string = 104,
  sym_char = 105,
  sym__type_text = 106,
  sym__path_rest = 107,
  sym__path_bracketed = 108,
  sym__const_text = 109,
  sym__def_path_text = 110,
  sym__raw_text = 111,
  sym__paren_text = 112,
  sym__arg_type_text = 113,
  sym__debug_text = 114,
  sym__item_path_text = 115,
  sym__error_sentinel = 116,
  sym_source_file = 117,
  sym_mir_header = 118,
  sym_layout_comment = 119,
  sym_layout = 120,
  sym_upvar_start = 121,
  sym_field_tys = 122,
  sym_saved_field = 123,
  sym_saved_ty = 124,
  sym_source_info = 125,
  sym_scope_ref = 126,
  sym_attribute = 127,
  sym_variant_fields = 128,
  sym_variant = 129,
  sym_storage_conflicts = 130,
  sym_conflict = 131,
  sym_layout_other = 132,
  sym_saved_local = 133,
  sym_layout_block = 134,
  sym_layout_field_decl = 135,
  sym_coroutine_debug = 136,
  sym_function = 137,
  sym_parameter = 138,
  sym_const_item = 139,
  sym_static_item = 140,
  sym_anon_const_item = 141,
  sym_promoted_item = 142,
  sym_body = 143,
  sym_debug = 144,
  sym_projection_name = 145,
  sym_let = 146,
  sym_mutable = 147,
  sym_scope = 148,
  sym_basic_block = 149,
  sym_cleanup = 150,
  sym_assign = 151,
  sym_storage_live = 152,
  sym_storage_dead = 153,
  sym_set_discriminant = 154,
  sym_nop = 155,
  sym_generic_statement = 156,
  sym_async_drop = 157,
  sym_terminate = 158,
  sym_goto = 159,
  sym_switch_int = 160,
  sym_switch_arm = 161,
  sym_return = 162,
  sym_resume = 163,
  sym_unreachable = 164,
  sym_coroutine_drop = 165,
  sym_drop = 166,
  sym_call = 167,
  sym_assert = 168,
  sym_yield = 169,
  sym_false_edge = 170,
  sym_false_unwind = 171,
  sym_inline_asm = 172,
  sym_tail_call = 173,
  sym_generic_terminator = 174,
  sym__targets = 175,
  sym_target = 176,
  sym_unwind_action = 177,
  sym_thread_local_ref = 178,
  sym_raw_ptr = 179,
  sym_ref = 180,
  sym_ref_kind = 181,
  sym_cast = 182,
  sym_call_expr = 183,
  sym_aggregate = 184,
  sym_field_init = 185,
  sym_tuple = 186,
  sym_array = 187,
  sym_repeat = 188,
  sym_path = 189,
  sym_operand = 190,
  sym_constant = 191,
  sym_place = 192,
  sym_deref = 193,
  sym_field = 194,
  sym_downcast = 195,
  sym_index = 196,
  sym_alloc = 197,
  aux_sym_source_file_repeat1 = 198,
  aux_sym_layout_repeat1 = 199,
  aux_sym_field_tys_repeat1 = 200,
  aux_sym_saved_ty_repeat1 = 201,
  aux_sym_source_info_repeat1 = 202,
  aux_sym_variant_fields_repeat1 = 203,
  aux_sym_variant_repeat1 = 204,
  aux_sym_storage_conflicts_repeat1 = 205,
  aux_sym_layout_block_repeat1 = 206,
  aux_sym_function_repeat1 = 207,
  aux_sym_body_repeat1 = 208,
  aux_sym_body_repeat2 = 209,
  aux_sym_basic_block_repeat1 = 210,
  aux_sym_switch_int_repeat1 = 211,
  aux_sym_assert_repeat1 = 212,
  aux_sym__targets_repeat1 = 213,
  aux_sym_call_expr_repeat1 = 214,
  aux_sym_aggregate_repeat1 = 215,
  aux_sym_alloc_repeat1 = 216,
  alias_sym_const_value = 217,
  alias_sym_name = 218,
  alias_sym_paren_text_bracket = 219,
  alias_sym_span = 220,
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
  field_parts = 24,
  field_pass = 25,
  field_place = 26,
  field_region = 27,
  field_return_type = 28,
  field_scope = 29,
  field_source_info = 30,
  field_span = 31,
  field_static = 32,
  field_target = 33,
  field_terminator = 34,
  field_type = 35,
  field_value = 36,
  field_variant = 37,
  field_yield_type = 38,
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
  [80] = {.index = 155, .length = 1},
  [81] = {.index = 156, .length = 2},
  [82] = {.index = 158, .length = 3},
  [83] = {.index = 161, .length = 4},
  [84] = {.index = 165, .length = 2},
  [85] = {.index = 167, .length = 2},
  [86] = {.index = 169, .length = 1},
  [87] = {.index = 170, .length = 3},
  [88] = {.index = 173, .length = 3},
  [89] = {.index = 176, .length = 3},
  [90] = {.index = 179, .length = 2},
  [91] = {.index = 181, .length = 2},
  [92] = {.index = 183, .length = 2},
  [93] = {.index = 185, .length = 2},
  [94] = {.index = 187, .length = 4},
  [95] = {.index = 191, .length = 3},
  [96] = {.index = 194, .length = 4},
  [97] = {.index = 198, .length = 4},
  [98] = {.index = 202, .length = 1},
  [99] = {.index = 203, .length = 1},
  [100] = {.index = 204, .length = 4},
  [101] = {.index = 208, .length = 1},
  [102] = {.index = 209, .length = 1},
  [103] = {.index = 210, .length = 3},
  [104] = {.index = 213, .length = 4},
  [105] = {.index = 217, .length = 3},
  [106] = {.index = 220, .length = 1},
  [107] = {.index = 221, .length = 1},
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
    {field_count, 3},
  [156] =
    {field_parts, 4},
    {field_type, 2},
  [158] =
    {field_kind, 0},
    {field_source_info, 3, .inherited = true},
    {field_type, 3, .inherited = true},
  [161] =
    {field_source_info, 0, .inherited = true},
    {field_source_info, 1, .inherited = true},
    {field_type, 0, .inherited = true},
    {field_type, 1, .inherited = true},
  [165] =
    {field_index, 2},
    {field_name, 0},
  [167] =
    {field_place, 2},
    {field_target, 6, .inherited = true},
  [169] =
    {field_discr, 2},
  [170] =
    {field_cond, 2},
    {field_message, 4},
    {field_target, 6, .inherited = true},
  [173] =
    {field_destination, 0},
    {field_target, 6, .inherited = true},
    {field_value, 4},
  [176] =
    {field_kind, 4},
    {field_type, 2},
    {field_value, 0},
  [179] =
    {field_kind, 0},
    {field_type, 4},
  [181] =
    {field_kind, 0},
    {field_source_info, 4},
  [183] =
    {field_place, 3},
    {field_target, 7, .inherited = true},
  [185] =
    {field_target, 2},
    {field_value, 0},
  [187] =
    {field_cond, 3},
    {field_message, 5},
    {field_negated, 2},
    {field_target, 7, .inherited = true},
  [191] =
    {field_cond, 2},
    {field_message, 4},
    {field_target, 7, .inherited = true},
  [194] =
    {field_kind, 0},
    {field_source_info, 5, .inherited = true},
    {field_type, 4},
    {field_type, 5, .inherited = true},
  [198] =
    {field_kind, 0},
    {field_source_info, 4},
    {field_source_info, 5, .inherited = true},
    {field_type, 5, .inherited = true},
  [202] =
    {field_type, 3},
  [203] =
    {field_source_info, 3},
  [204] =
    {field_cond, 3},
    {field_message, 5},
    {field_negated, 2},
    {field_target, 8, .inherited = true},
  [208] =
    {field_span, 4},
  [209] =
    {field_scope, 4},
  [210] =
    {field_scope, 5, .inherited = true},
    {field_span, 4},
    {field_span, 5, .inherited = true},
  [213] =
    {field_scope, 0, .inherited = true},
    {field_scope, 1, .inherited = true},
    {field_span, 0, .inherited = true},
    {field_span, 1, .inherited = true},
  [217] =
    {field_scope, 4},
    {field_scope, 5, .inherited = true},
    {field_span, 5, .inherited = true},
  [220] =
    {field_span, 3},
  [221] =
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
  [80] = {
    [3] = alias_sym_paren_text_bracket,
  },
  [101] = {
    [4] = alias_sym_span,
  },
  [103] = {
    [4] = alias_sym_span,
  },
  [106] = {
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
  [208] = 195,
  [209] = 196,
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
  [396] = 307,
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
  [413] = 393,
  [414] = 414,
  [415] = 415,
  [416] = 416,
  [417] = 398,
  [418] = 418,
  [419] = 419,
  [420] = 345,
  [421] = 421,
  [422] = 422,
  [423] = 423,
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
      if (lookahead == 'b') ADVANCE(100);
      if (lookahead == '|') ADVANCE(160);
      if (lookahead == '}') ADVANCE(176);
      if (lookahead == '\t' ||
          lookahead == '\n' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(74)
      END_STATE();
    case 75:
      if (lookahead == '/') ADVANCE(70);
      if (lookahead == 'b') ADVANCE(101);
      if (lookahead == '|') ADVANCE(160);
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
      END_STATE();
    case 275:
      if (lookahead == 'n') ADVANCE(291);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(anon_sym_field_tys);
      END_STATE();
    case 277:
      if (lookahead == '_') ADVANCE(292);
      END_STATE();
    case 278:
      if (lookahead == 'f') ADVANCE(293);
      END_STATE();
    case 279:
      if (lookahead == 'o') ADVANCE(294);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(anon_sym_switchInt);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(anon_sym_terminate);
      END_STATE();
    case 282:
      if (lookahead == 'l') ADVANCE(295);
      END_STATE();
    case 283:
      if (lookahead == 'r') ADVANCE(296);
      END_STATE();
    case 284:
      if (lookahead == 'i') ADVANCE(297);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(anon_sym_SourceInfo);
      END_STATE();
    case 286:
      if (lookahead == 'd') ADVANCE(298);
      END_STATE();
    case 287:
      if (lookahead == 'e') ADVANCE(299);
      END_STATE();
    case 288:
      if (lookahead == 'd') ADVANCE(300);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_deref_copy);
      END_STATE();
    case 290:
      if (lookahead == 'n') ADVANCE(301);
      END_STATE();
    case 291:
      if (lookahead == 'd') ADVANCE(302);
      END_STATE();
    case 292:
      if (lookahead == 'd') ADVANCE(303);
      END_STATE();
    case 293:
      if (lookahead == 'o') ADVANCE(304);
      END_STATE();
    case 294:
      if (lookahead == 'n') ADVANCE(305);
      END_STATE();
    case 295:
      if (lookahead == 'e') ADVANCE(306);
      END_STATE();
    case 296:
      if (lookahead == 't') ADVANCE(307);
      END_STATE();
    case 297:
      if (lookahead == 'e') ADVANCE(308);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(anon_sym_StorageDead);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(anon_sym_StorageLive);
      END_STATE();
    case 300:
      if (lookahead == 'r') ADVANCE(309);
      END_STATE();
    case 301:
      if (lookahead == 't') ADVANCE(310);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(anon_sym_falseUnwind);
      END_STATE();
    case 303:
      if (lookahead == 'r') ADVANCE(311);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(anon_sym_source_info);
      END_STATE();
    case 305:
      if (lookahead == 'f') ADVANCE(312);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(anon_sym_unreachable);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(anon_sym_upvar_start);
      END_STATE();
    case 308:
      if (lookahead == 'l') ADVANCE(313);
      END_STATE();
    case 309:
      if (lookahead == 'o') ADVANCE(314);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(anon_sym_discriminant);
      END_STATE();
    case 311:
      if (lookahead == 'o') ADVANCE(315);
      END_STATE();
    case 312:
      if (lookahead == 'l') ADVANCE(316);
      END_STATE();
    case 313:
      if (lookahead == 'd') ADVANCE(317);
      END_STATE();
    case 314:
      if (lookahead == 'p') ADVANCE(318);
      END_STATE();
    case 315:
      if (lookahead == 'p') ADVANCE(319);
      END_STATE();
    case 316:
      if (lookahead == 'i') ADVANCE(320);
      END_STATE();
    case 317:
      if (lookahead == 's') ADVANCE(321);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(anon_sym_coroutine_drop);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(anon_sym_generator_drop);
      END_STATE();
    case 320:
      if (lookahead == 'c') ADVANCE(322);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(anon_sym_variant_fields);
      END_STATE();
    case 322:
      if (lookahead == 't') ADVANCE(323);
      END_STATE();
    case 323:
      if (lookahead == 's') ADVANCE(324);
      END_STATE();
    case 324:
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
  [32] = {.lex_state = 7},
  [33] = {.lex_state = 7},
  [34] = {.lex_state = 7},
  [35] = {.lex_state = 7},
  [36] = {.lex_state = 7},
  [37] = {.lex_state = 20},
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
  [57] = {.lex_state = 20},
  [58] = {.lex_state = 147, .external_lex_state = 2},
  [59] = {.lex_state = 147, .external_lex_state = 2},
  [60] = {.lex_state = 147, .external_lex_state = 2},
  [61] = {.lex_state = 147, .external_lex_state = 2},
  [62] = {.lex_state = 147, .external_lex_state = 2},
  [63] = {.lex_state = 20},
  [64] = {.lex_state = 147, .external_lex_state = 2},
  [65] = {.lex_state = 147, .external_lex_state = 2},
  [66] = {.lex_state = 147, .external_lex_state = 2},
  [67] = {.lex_state = 147, .external_lex_state = 2},
  [68] = {.lex_state = 20},
  [69] = {.lex_state = 147, .external_lex_state = 2},
  [70] = {.lex_state = 147, .external_lex_state = 2},
  [71] = {.lex_state = 147, .external_lex_state = 2},
  [72] = {.lex_state = 147, .external_lex_state = 2},
  [73] = {.lex_state = 20},
  [74] = {.lex_state = 147, .external_lex_state = 2},
  [75] = {.lex_state = 147, .external_lex_state = 2},
  [76] = {.lex_state = 147, .external_lex_state = 2},
  [77] = {.lex_state = 147, .external_lex_state = 2},
  [78] = {.lex_state = 147, .external_lex_state = 2},
  [79] = {.lex_state = 147, .external_lex_state = 2},
  [80] = {.lex_state = 147, .external_lex_state = 2},
  [81] = {.lex_state = 147, .external_lex_state = 2},
  [82] = {.lex_state = 20},
  [83] = {.lex_state = 147, .external_lex_state = 2},
  [84] = {.lex_state = 147, .external_lex_state = 2},
  [85] = {.lex_state = 147, .external_lex_state = 2},
  [86] = {.lex_state = 147, .external_lex_state = 2},
  [87] = {.lex_state = 20},
  [88] = {.lex_state = 147, .external_lex_state = 2},
  [89] = {.lex_state = 20},
  [90] = {.lex_state = 23, .external_lex_state = 5},
  [91] = {.lex_state = 147, .external_lex_state = 2},
  [92] = {.lex_state = 23, .external_lex_state = 5},
  [93] = {.lex_state = 20, .external_lex_state = 3},
  [94] = {.lex_state = 20},
  [95] = {.lex_state = 24},
  [96] = {.lex_state = 20},
  [97] = {.lex_state = 20},
  [98] = {.lex_state = 20},
  [99] = {.lex_state = 24},
  [100] = {.lex_state = 20},
  [101] = {.lex_state = 20},
  [102] = {.lex_state = 20},
  [103] = {.lex_state = 20},
  [104] = {.lex_state = 20},
  [105] = {.lex_state = 24},
  [106] = {.lex_state = 24},
  [107] = {.lex_state = 24},
  [108] = {.lex_state = 24},
  [109] = {.lex_state = 24},
  [110] = {.lex_state = 24},
  [111] = {.lex_state = 24},
  [112] = {.lex_state = 24},
  [113] = {.lex_state = 24},
  [114] = {.lex_state = 20},
  [115] = {.lex_state = 24},
  [116] = {.lex_state = 24},
  [117] = {.lex_state = 24},
  [118] = {.lex_state = 24},
  [119] = {.lex_state = 24},
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
  [131] = {.lex_state = 145},
  [132] = {.lex_state = 20},
  [133] = {.lex_state = 74},
  [134] = {.lex_state = 20},
  [135] = {.lex_state = 20},
  [136] = {.lex_state = 20},
  [137] = {.lex_state = 20},
  [138] = {.lex_state = 20},
  [139] = {.lex_state = 21},
  [140] = {.lex_state = 20},
  [141] = {.lex_state = 20},
  [142] = {.lex_state = 21},
  [143] = {.lex_state = 20},
  [144] = {.lex_state = 20},
  [145] = {.lex_state = 20},
  [146] = {.lex_state = 20},
  [147] = {.lex_state = 20},
  [148] = {.lex_state = 21},
  [149] = {.lex_state = 20},
  [150] = {.lex_state = 20},
  [151] = {.lex_state = 20},
  [152] = {.lex_state = 74},
  [153] = {.lex_state = 20},
  [154] = {.lex_state = 20, .external_lex_state = 6},
  [155] = {.lex_state = 20},
  [156] = {.lex_state = 20},
  [157] = {.lex_state = 20},
  [158] = {.lex_state = 74},
  [159] = {.lex_state = 20},
  [160] = {.lex_state = 24},
  [161] = {.lex_state = 24},
  [162] = {.lex_state = 69},
  [163] = {.lex_state = 20},
  [164] = {.lex_state = 21},
  [165] = {.lex_state = 20},
  [166] = {.lex_state = 145},
  [167] = {.lex_state = 20},
  [168] = {.lex_state = 145, .external_lex_state = 7},
  [169] = {.lex_state = 20},
  [170] = {.lex_state = 73},
  [171] = {.lex_state = 20},
  [172] = {.lex_state = 20},
  [173] = {.lex_state = 20},
  [174] = {.lex_state = 20},
  [175] = {.lex_state = 20},
  [176] = {.lex_state = 145},
  [177] = {.lex_state = 20},
  [178] = {.lex_state = 20},
  [179] = {.lex_state = 20},
  [180] = {.lex_state = 20},
  [181] = {.lex_state = 20},
  [182] = {.lex_state = 69},
  [183] = {.lex_state = 20},
  [184] = {.lex_state = 24},
  [185] = {.lex_state = 145},
  [186] = {.lex_state = 20},
  [187] = {.lex_state = 20},
  [188] = {.lex_state = 20},
  [189] = {.lex_state = 145},
  [190] = {.lex_state = 69},
  [191] = {.lex_state = 145},
  [192] = {.lex_state = 20},
  [193] = {.lex_state = 145},
  [194] = {.lex_state = 20},
  [195] = {.lex_state = 21, .external_lex_state = 3},
  [196] = {.lex_state = 20, .external_lex_state = 3},
  [197] = {.lex_state = 145},
  [198] = {.lex_state = 145},
  [199] = {.lex_state = 145},
  [200] = {.lex_state = 145},
  [201] = {.lex_state = 74},
  [202] = {.lex_state = 145},
  [203] = {.lex_state = 74},
  [204] = {.lex_state = 20},
  [205] = {.lex_state = 145},
  [206] = {.lex_state = 145},
  [207] = {.lex_state = 20, .external_lex_state = 3},
  [208] = {.lex_state = 21},
  [209] = {.lex_state = 20},
  [210] = {.lex_state = 145},
  [211] = {.lex_state = 20},
  [212] = {.lex_state = 20},
  [213] = {.lex_state = 145},
  [214] = {.lex_state = 145},
  [215] = {.lex_state = 20},
  [216] = {.lex_state = 145},
  [217] = {.lex_state = 145},
  [218] = {.lex_state = 20},
  [219] = {.lex_state = 74},
  [220] = {.lex_state = 20},
  [221] = {.lex_state = 145},
  [222] = {.lex_state = 74},
  [223] = {.lex_state = 20},
  [224] = {.lex_state = 145},
  [225] = {.lex_state = 145},
  [226] = {.lex_state = 20},
  [227] = {.lex_state = 145},
  [228] = {.lex_state = 145},
  [229] = {.lex_state = 20},
  [230] = {.lex_state = 145},
  [231] = {.lex_state = 145},
  [232] = {.lex_state = 76},
  [233] = {.lex_state = 145},
  [234] = {.lex_state = 145},
  [235] = {.lex_state = 20},
  [236] = {.lex_state = 145},
  [237] = {.lex_state = 145},
  [238] = {.lex_state = 74},
  [239] = {.lex_state = 20},
  [240] = {.lex_state = 74},
  [241] = {.lex_state = 145},
  [242] = {.lex_state = 145},
  [243] = {.lex_state = 145},
  [244] = {.lex_state = 145},
  [245] = {.lex_state = 145},
  [246] = {.lex_state = 20, .external_lex_state = 8},
  [247] = {.lex_state = 145},
  [248] = {.lex_state = 20},
  [249] = {.lex_state = 145},
  [250] = {.lex_state = 145},
  [251] = {.lex_state = 145},
  [252] = {.lex_state = 20},
  [253] = {.lex_state = 145},
  [254] = {.lex_state = 69},
  [255] = {.lex_state = 69},
  [256] = {.lex_state = 145},
  [257] = {.lex_state = 145},
  [258] = {.lex_state = 20},
  [259] = {.lex_state = 20},
  [260] = {.lex_state = 145},
  [261] = {.lex_state = 20},
  [262] = {.lex_state = 24},
  [263] = {.lex_state = 20},
  [264] = {.lex_state = 20},
  [265] = {.lex_state = 145},
  [266] = {.lex_state = 74},
  [267] = {.lex_state = 145},
  [268] = {.lex_state = 20},
  [269] = {.lex_state = 145},
  [270] = {.lex_state = 145},
  [271] = {.lex_state = 145},
  [272] = {.lex_state = 145},
  [273] = {.lex_state = 20},
  [274] = {.lex_state = 20},
  [275] = {.lex_state = 145},
  [276] = {.lex_state = 20},
  [277] = {.lex_state = 145},
  [278] = {.lex_state = 74},
  [279] = {.lex_state = 74},
  [280] = {.lex_state = 145},
  [281] = {.lex_state = 20},
  [282] = {.lex_state = 20},
  [283] = {.lex_state = 145},
  [284] = {.lex_state = 20},
  [285] = {.lex_state = 145},
  [286] = {.lex_state = 74},
  [287] = {.lex_state = 20},
  [288] = {.lex_state = 145},
  [289] = {.lex_state = 145},
  [290] = {.lex_state = 145},
  [291] = {.lex_state = 145},
  [292] = {.lex_state = 145},
  [293] = {.lex_state = 145},
  [294] = {.lex_state = 145},
  [295] = {.lex_state = 145},
  [296] = {.lex_state = 145},
  [297] = {.lex_state = 145},
  [298] = {.lex_state = 145},
  [299] = {.lex_state = 145},
  [300] = {.lex_state = 145},
  [301] = {.lex_state = 145},
  [302] = {.lex_state = 145},
  [303] = {.lex_state = 145},
  [304] = {.lex_state = 145, .external_lex_state = 9},
  [305] = {.lex_state = 145},
  [306] = {.lex_state = 145},
  [307] = {.lex_state = 20},
  [308] = {.lex_state = 145},
  [309] = {.lex_state = 20},
  [310] = {.lex_state = 145},
  [311] = {.lex_state = 145},
  [312] = {.lex_state = 145},
  [313] = {.lex_state = 145},
  [314] = {.lex_state = 145},
  [315] = {.lex_state = 145, .external_lex_state = 7},
  [316] = {.lex_state = 145},
  [317] = {.lex_state = 145},
  [318] = {.lex_state = 145},
  [319] = {.lex_state = 145},
  [320] = {.lex_state = 145},
  [321] = {.lex_state = 145},
  [322] = {.lex_state = 145},
  [323] = {.lex_state = 145},
  [324] = {.lex_state = 145},
  [325] = {.lex_state = 20},
  [326] = {.lex_state = 145},
  [327] = {.lex_state = 20},
  [328] = {.lex_state = 145},
  [329] = {.lex_state = 145},
  [330] = {.lex_state = 20},
  [331] = {.lex_state = 145},
  [332] = {.lex_state = 145},
  [333] = {.lex_state = 145},
  [334] = {.lex_state = 20},
  [335] = {.lex_state = 145},
  [336] = {.lex_state = 145},
  [337] = {.lex_state = 145},
  [338] = {.lex_state = 145},
  [339] = {.lex_state = 145},
  [340] = {.lex_state = 145},
  [341] = {.lex_state = 145},
  [342] = {.lex_state = 145},
  [343] = {.lex_state = 145},
  [344] = {.lex_state = 145},
  [345] = {.lex_state = 20},
  [346] = {.lex_state = 145},
  [347] = {.lex_state = 145},
  [348] = {.lex_state = 145},
  [349] = {.lex_state = 20, .external_lex_state = 10},
  [350] = {.lex_state = 145},
  [351] = {.lex_state = 145},
  [352] = {.lex_state = 145},
  [353] = {.lex_state = 145},
  [354] = {.lex_state = 145},
  [355] = {.lex_state = 20},
  [356] = {.lex_state = 145},
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
  [371] = {.lex_state = 20, .external_lex_state = 11},
  [372] = {.lex_state = 145},
  [373] = {.lex_state = 145},
  [374] = {.lex_state = 20},
  [375] = {.lex_state = 145},
  [376] = {.lex_state = 145},
  [377] = {.lex_state = 145},
  [378] = {.lex_state = 145, .external_lex_state = 9},
  [379] = {.lex_state = 145},
  [380] = {.lex_state = 20},
  [381] = {.lex_state = 145},
  [382] = {.lex_state = 145},
  [383] = {.lex_state = 145},
  [384] = {.lex_state = 145},
  [385] = {.lex_state = 145},
  [386] = {.lex_state = 145},
  [387] = {.lex_state = 145},
  [388] = {.lex_state = 145},
  [389] = {.lex_state = 145},
  [390] = {.lex_state = 145},
  [391] = {.lex_state = 145},
  [392] = {.lex_state = 145},
  [393] = {.lex_state = 20},
  [394] = {.lex_state = 145},
  [395] = {.lex_state = 145},
  [396] = {.lex_state = 20},
  [397] = {.lex_state = 145},
  [398] = {.lex_state = 20},
  [399] = {.lex_state = 145},
  [400] = {.lex_state = 20},
  [401] = {.lex_state = 145},
  [402] = {.lex_state = 145},
  [403] = {.lex_state = 145},
  [404] = {.lex_state = 20},
  [405] = {.lex_state = 145},
  [406] = {.lex_state = 20},
  [407] = {.lex_state = 145},
  [408] = {.lex_state = 145},
  [409] = {.lex_state = 145},
  [410] = {.lex_state = 145},
  [411] = {.lex_state = 145},
  [412] = {.lex_state = 145},
  [413] = {.lex_state = 20, .external_lex_state = 3},
  [414] = {.lex_state = 145},
  [415] = {.lex_state = 145},
  [416] = {.lex_state = 20},
  [417] = {.lex_state = 20, .external_lex_state = 3},
  [418] = {.lex_state = 145},
  [419] = {.lex_state = 20},
  [420] = {.lex_state = 20, .external_lex_state = 3},
  [421] = {.lex_state = 145},
  [422] = {.lex_state = 145},
  [423] = {.lex_state = 145},
  [424] = {.lex_state = 145},
  [425] = {.lex_state = 145},
  [426] = {.lex_state = 145},
  [427] = {.lex_state = 145},
  [428] = {.lex_state = 145},
  [429] = {.lex_state = 145},
  [430] = {.lex_state = 145, .external_lex_state = 8},
  [431] = {.lex_state = 145, .external_lex_state = 10},
  [432] = {.lex_state = 145},
  [433] = {.lex_state = 145},
  [434] = {.lex_state = 145, .external_lex_state = 7},
  [435] = {.lex_state = 145},
  [436] = {.lex_state = 145, .external_lex_state = 8},
  [437] = {.lex_state = 145},
  [438] = {.lex_state = 145, .external_lex_state = 9},
  [439] = {.lex_state = 145},
  [440] = {.lex_state = 145},
  [441] = {.lex_state = 145},
  [442] = {.lex_state = 75},
  [443] = {.lex_state = 75},
  [444] = {.lex_state = 145, .external_lex_state = 8},
  [445] = {.lex_state = 145},
  [446] = {.lex_state = 145, .external_lex_state = 8},
  [447] = {.lex_state = 20},
  [448] = {.lex_state = 145},
  [449] = {.lex_state = 145},
  [450] = {.lex_state = 145},
  [451] = {.lex_state = 145},
  [452] = {.lex_state = 145},
  [453] = {.lex_state = 145},
  [454] = {.lex_state = 145, .external_lex_state = 8},
  [455] = {.lex_state = 145, .external_lex_state = 8},
  [456] = {.lex_state = 145},
  [457] = {.lex_state = 145, .external_lex_state = 8},
  [458] = {.lex_state = 145},
  [459] = {.lex_state = 145, .external_lex_state = 11},
  [460] = {.lex_state = 145},
  [461] = {.lex_state = 145},
  [462] = {.lex_state = 145},
  [463] = {.lex_state = 145},
  [464] = {.lex_state = 145},
  [465] = {.lex_state = 145, .external_lex_state = 8},
  [466] = {.lex_state = 145},
  [467] = {.lex_state = 145},
  [468] = {.lex_state = 145},
  [469] = {.lex_state = 145},
  [470] = {.lex_state = 145, .external_lex_state = 8},
  [471] = {.lex_state = 145},
  [472] = {.lex_state = 20},
  [473] = {.lex_state = 145},
  [474] = {.lex_state = 145},
  [475] = {.lex_state = 145},
  [476] = {.lex_state = 145},
  [477] = {.lex_state = 145},
  [478] = {.lex_state = 145},
  [479] = {.lex_state = 145, .external_lex_state = 8},
  [480] = {.lex_state = 145},
  [481] = {.lex_state = 145},
  [482] = {.lex_state = 145},
  [483] = {.lex_state = 145},
  [484] = {.lex_state = 145},
  [485] = {.lex_state = 145, .external_lex_state = 8},
  [486] = {.lex_state = 145},
  [487] = {.lex_state = 145, .external_lex_state = 11},
  [488] = {.lex_state = 145},
  [489] = {.lex_state = 145},
  [490] = {.lex_state = 145},
  [491] = {.lex_state = 20},
  [492] = {.lex_state = 145},
  [493] = {.lex_state = 145},
  [494] = {.lex_state = 145},
  [495] = {.lex_state = 145},
  [496] = {.lex_state = 145},
  [497] = {.lex_state = 20},
  [498] = {.lex_state = 145},
  [499] = {.lex_state = 145},
  [500] = {.lex_state = 145},
  [501] = {.lex_state = 145},
  [502] = {.lex_state = 145},
  [503] = {.lex_state = 145},
  [504] = {.lex_state = 145},
  [505] = {.lex_state = 145},
  [506] = {.lex_state = 145},
  [507] = {.lex_state = 145},
  [508] = {.lex_state = 145, .external_lex_state = 8},
  [509] = {.lex_state = 145, .external_lex_state = 9},
  [510] = {.lex_state = 145},
  [511] = {.lex_state = 145},
  [512] = {.lex_state = 145},
  [513] = {.lex_state = 145},
  [514] = {.lex_state = 145},
  [515] = {.lex_state = 145},
  [516] = {.lex_state = 145},
  [517] = {.lex_state = 145},
  [518] = {.lex_state = 145},
  [519] = {.lex_state = 145, .external_lex_state = 8},
  [520] = {.lex_state = 145, .external_lex_state = 7},
  [521] = {.lex_state = 145},
  [522] = {.lex_state = 145},
  [523] = {.lex_state = 145},
  [524] = {.lex_state = 145},
  [525] = {.lex_state = 145},
  [526] = {.lex_state = 145},
  [527] = {.lex_state = 145},
  [528] = {.lex_state = 145},
  [529] = {.lex_state = 145},
  [530] = {.lex_state = 145},
  [531] = {.lex_state = 145},
  [532] = {.lex_state = 145},
  [533] = {.lex_state = 145},
  [534] = {.lex_state = 145, .external_lex_state = 9},
  [535] = {.lex_state = 145},
  [536] = {.lex_state = 7},
  [537] = {.lex_state = 145, .external_lex_state = 9},
  [538] = {.lex_state = 145, .external_lex_state = 8},
  [539] = {.lex_state = 145, .external_lex_state = 8},
  [540] = {.lex_state = 7},
  [541] = {.lex_state = 145, .external_lex_state = 11},
  [542] = {.lex_state = 145},
  [543] = {.lex_state = 145},
  [544] = {.lex_state = 145},
  [545] = {.lex_state = 145},
  [546] = {.lex_state = 145},
  [547] = {.lex_state = 145},
  [548] = {.lex_state = 145},
  [549] = {.lex_state = 20},
  [550] = {.lex_state = 145},
  [551] = {.lex_state = 145},
  [552] = {.lex_state = 145},
  [553] = {.lex_state = 145, .external_lex_state = 8},
  [554] = {.lex_state = 145, .external_lex_state = 8},
  [555] = {.lex_state = 145},
  [556] = {.lex_state = 1},
  [557] = {.lex_state = 145},
  [558] = {.lex_state = 145},
  [559] = {.lex_state = 145},
  [560] = {.lex_state = 145},
  [561] = {.lex_state = 145},
  [562] = {.lex_state = 20},
  [563] = {.lex_state = 145},
  [564] = {.lex_state = 145},
  [565] = {.lex_state = 145},
  [566] = {.lex_state = 145},
  [567] = {.lex_state = 145},
  [568] = {.lex_state = 145},
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
  [581] = {.lex_state = 145, .external_lex_state = 10},
  [582] = {.lex_state = 145},
  [583] = {.lex_state = 145},
  [584] = {.lex_state = 145},
  [585] = {.lex_state = 145},
  [586] = {.lex_state = 20},
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
  [597] = {.lex_state = 145},
  [598] = {.lex_state = 145},
  [599] = {.lex_state = 145},
  [600] = {.lex_state = 145},
  [601] = {.lex_state = 145},
  [602] = {.lex_state = 145},
  [603] = {.lex_state = 145},
  [604] = {.lex_state = 145},
  [605] = {.lex_state = 145},
  [606] = {.lex_state = 75},
  [607] = {.lex_state = 145},
  [608] = {.lex_state = 145},
  [609] = {.lex_state = 145},
  [610] = {.lex_state = 145},
  [611] = {.lex_state = 145},
  [612] = {.lex_state = 145},
  [613] = {.lex_state = 145},
  [614] = {.lex_state = 145},
  [615] = {.lex_state = 145},
  [616] = {.lex_state = 145},
  [617] = {.lex_state = 145},
  [618] = {.lex_state = 145},
  [619] = {.lex_state = 145},
  [620] = {.lex_state = 145},
  [621] = {.lex_state = 145},
  [622] = {.lex_state = 145, .external_lex_state = 8},
  [623] = {.lex_state = 145},
  [624] = {.lex_state = 145},
  [625] = {.lex_state = 145, .external_lex_state = 8},
  [626] = {.lex_state = 145, .external_lex_state = 8},
  [627] = {.lex_state = 145},
  [628] = {.lex_state = 145},
  [629] = {.lex_state = 145},
  [630] = {.lex_state = 145},
  [631] = {.lex_state = 145},
  [632] = {.lex_state = 145},
  [633] = {.lex_state = 145},
  [634] = {.lex_state = 7},
  [635] = {.lex_state = 145},
  [636] = {.lex_state = 145},
  [637] = {.lex_state = 145},
  [638] = {.lex_state = 145},
  [639] = {.lex_state = 145},
  [640] = {.lex_state = 145, .external_lex_state = 9},
  [641] = {.lex_state = 145},
  [642] = {.lex_state = 145},
  [643] = {.lex_state = 145},
  [644] = {.lex_state = 145},
  [645] = {.lex_state = 145},
  [646] = {.lex_state = 145, .external_lex_state = 10},
  [647] = {.lex_state = 145, .external_lex_state = 8},
  [648] = {.lex_state = 145, .external_lex_state = 8},
  [649] = {.lex_state = 145},
  [650] = {.lex_state = 145},
  [651] = {.lex_state = 145, .external_lex_state = 8},
  [652] = {.lex_state = 145, .external_lex_state = 10},
  [653] = {.lex_state = 145},
  [654] = {.lex_state = 145},
  [655] = {.lex_state = 145},
  [656] = {.lex_state = 145},
  [657] = {.lex_state = 145},
  [658] = {.lex_state = 145},
  [659] = {.lex_state = 145},
  [660] = {.lex_state = 145},
  [661] = {.lex_state = 145},
  [662] = {.lex_state = 145},
  [663] = {.lex_state = 2},
  [664] = {.lex_state = 145},
  [665] = {.lex_state = 145, .external_lex_state = 11},
  [666] = {.lex_state = 145, .external_lex_state = 8},
  [667] = {.lex_state = 145},
  [668] = {.lex_state = 145},
  [669] = {.lex_state = 145},
  [670] = {.lex_state = 145},
  [671] = {.lex_state = 145},
  [672] = {.lex_state = 145},
  [673] = {.lex_state = 145},
  [674] = {.lex_state = 145},
  [675] = {.lex_state = 145},
  [676] = {.lex_state = 20},
  [677] = {.lex_state = 145},
  [678] = {.lex_state = 145},
  [679] = {.lex_state = 145},
  [680] = {.lex_state = 20},
  [681] = {.lex_state = 20},
  [682] = {.lex_state = 145},
  [683] = {.lex_state = 145},
  [684] = {.lex_state = 145},
  [685] = {.lex_state = 145, .external_lex_state = 8},
  [686] = {.lex_state = 145, .external_lex_state = 7},
  [687] = {.lex_state = 145},
  [688] = {.lex_state = 145},
  [689] = {.lex_state = 7},
  [690] = {.lex_state = 7},
  [691] = {.lex_state = 20},
  [692] = {.lex_state = 145, .external_lex_state = 8},
  [693] = {.lex_state = 145, .external_lex_state = 8},
  [694] = {.lex_state = 145, .external_lex_state = 8},
  [695] = {.lex_state = 145, .external_lex_state = 8},
  [696] = {.lex_state = 145, .external_lex_state = 8},
  [697] = {.lex_state = 145},
  [698] = {.lex_state = 7},
  [699] = {.lex_state = 145},
  [700] = {.lex_state = 145},
  [701] = {.lex_state = 145},
  [702] = {.lex_state = 20},
  [703] = {.lex_state = 145},
  [704] = {.lex_state = 145},
  [705] = {.lex_state = 145},
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
    [sym_source_file] = STATE(628),
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
    ACTIONS(69), 1,
      anon_sym_falseEdge,
    ACTIONS(71), 1,
      anon_sym_falseUnwind,
    ACTIONS(73), 1,
      anon_sym_asm_BANG,
    ACTIONS(75), 1,
      anon_sym_tailcall,
    ACTIONS(77), 1,
      sym_local,
    STATE(415), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    STATE(57), 4,
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
    STATE(461), 17,
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
  [121] = 31,
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
    ACTIONS(69), 1,
      anon_sym_falseEdge,
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
    STATE(415), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    STATE(57), 4,
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
    STATE(657), 17,
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
  [242] = 31,
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
    ACTIONS(69), 1,
      anon_sym_falseEdge,
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
    STATE(415), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    STATE(57), 4,
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
  [363] = 31,
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
    ACTIONS(69), 1,
      anon_sym_falseEdge,
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
    STATE(415), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    STATE(57), 4,
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
    STATE(450), 17,
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
  [484] = 31,
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
    ACTIONS(69), 1,
      anon_sym_falseEdge,
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
    STATE(415), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    STATE(57), 4,
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
    STATE(704), 17,
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
  [605] = 31,
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
    ACTIONS(69), 1,
      anon_sym_falseEdge,
    ACTIONS(71), 1,
      anon_sym_falseUnwind,
    ACTIONS(73), 1,
      anon_sym_asm_BANG,
    ACTIONS(75), 1,
      anon_sym_tailcall,
    ACTIONS(77), 1,
      sym_local,
    STATE(415), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(65), 2,
      anon_sym_coroutine_drop,
      anon_sym_generator_drop,
    STATE(57), 4,
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
    STATE(461), 17,
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
  [726] = 15,
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
    STATE(316), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(90), 3,
      anon_sym_RBRACE,
      aux_sym_goto_token1,
      anon_sym_asm_BANG,
    STATE(57), 4,
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
    ACTIONS(113), 15,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
  [798] = 20,
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
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(171), 1,
      sym_path,
    STATE(282), 1,
      sym_operand,
    STATE(288), 1,
      sym_call_expr,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(566), 8,
      sym_thread_local_ref,
      sym_raw_ptr,
      sym_ref,
      sym_cast,
      sym_aggregate,
      sym_tuple,
      sym_array,
      sym_repeat,
  [871] = 18,
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
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(171), 1,
      sym_path,
    STATE(282), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
    STATE(566), 9,
      sym_thread_local_ref,
      sym_raw_ptr,
      sym_ref,
      sym_cast,
      sym_call_expr,
      sym_aggregate,
      sym_tuple,
      sym_array,
      sym_repeat,
  [939] = 3,
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
    ACTIONS(140), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [975] = 3,
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
    ACTIONS(144), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1011] = 3,
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
    ACTIONS(148), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1047] = 3,
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
    ACTIONS(152), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1083] = 3,
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
    ACTIONS(156), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1119] = 3,
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
    ACTIONS(160), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1155] = 3,
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
    ACTIONS(164), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1191] = 3,
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
    ACTIONS(168), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1227] = 3,
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
    ACTIONS(172), 20,
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
      anon_sym_falseUnwind,
      anon_sym_tailcall,
      sym_identifier,
  [1263] = 13,
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
  [1311] = 13,
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
  [1359] = 14,
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
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(660), 1,
      sym_call_expr,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(659), 2,
      sym_path,
      sym_operand,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1408] = 12,
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
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(227), 1,
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
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1452] = 12,
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
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(358), 1,
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
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1496] = 12,
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
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(358), 1,
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
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1540] = 11,
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
    STATE(158), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
    STATE(43), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1581] = 12,
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
    STATE(129), 1,
      sym_constant,
    STATE(141), 1,
      sym_place,
    STATE(214), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1624] = 11,
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
    STATE(152), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
    STATE(26), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [1665] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(358), 1,
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
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1706] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(243), 1,
      sym_not,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(597), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1746] = 12,
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
    ACTIONS(245), 1,
      sym_identifier,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(599), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 2,
      sym_copy,
      sym_move,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1788] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(247), 1,
      anon_sym_RPAREN,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(253), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1828] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(249), 1,
      anon_sym_RBRACK,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
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
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1868] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(251), 1,
      anon_sym_RBRACK,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(253), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1908] = 11,
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
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(214), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1948] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    ACTIONS(253), 1,
      anon_sym_RPAREN,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(253), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [1988] = 11,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(257), 1,
      anon_sym_SLASH_STARtls_STAR_SLASH,
    ACTIONS(259), 1,
      sym_region,
    ACTIONS(261), 1,
      anon_sym_raw,
    ACTIONS(263), 1,
      anon_sym_fake,
    STATE(130), 1,
      sym_ref_kind,
    STATE(399), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(255), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2028] = 11,
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
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(253), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2068] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(253), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2105] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(303), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2142] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
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
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2179] = 10,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(211), 1,
      sym_no_retag,
    STATE(98), 1,
      sym_place,
    STATE(129), 1,
      sym_constant,
    STATE(492), 1,
      sym_operand,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(130), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2216] = 9,
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
  [2251] = 9,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(261), 1,
      anon_sym_raw,
    ACTIONS(263), 1,
      anon_sym_fake,
    STATE(127), 1,
      sym_ref_kind,
    STATE(402), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(255), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [2285] = 8,
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
    STATE(43), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2316] = 8,
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
    STATE(45), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2347] = 8,
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
    STATE(48), 6,
      sym_layout_block,
      sym_coroutine_debug,
      sym_debug,
      sym_let,
      sym_scope,
      aux_sym_body_repeat1,
  [2378] = 8,
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
  [2409] = 8,
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
    STATE(395), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2439] = 8,
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
    STATE(395), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2469] = 5,
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
  [2493] = 5,
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
  [2517] = 8,
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
  [2547] = 7,
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
    STATE(395), 5,
      sym_upvar_start,
      sym_field_tys,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_other,
  [2574] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(324), 1,
      sym_block_comment,
    ACTIONS(322), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2595] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(328), 1,
      sym_block_comment,
    ACTIONS(326), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2616] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(330), 10,
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
  [2633] = 4,
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
  [2654] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(338), 1,
      sym_block_comment,
    ACTIONS(336), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2675] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(342), 1,
      sym_block_comment,
    ACTIONS(340), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2696] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(346), 1,
      sym_block_comment,
    ACTIONS(344), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2717] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(350), 1,
      sym_block_comment,
    ACTIONS(348), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2738] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(352), 10,
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
  [2755] = 4,
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
  [2776] = 4,
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
  [2797] = 4,
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
  [2818] = 4,
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
  [2839] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(370), 10,
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
  [2856] = 4,
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
  [2877] = 4,
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
  [2898] = 4,
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
  [2919] = 4,
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
  [2940] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(388), 10,
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
  [2957] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(392), 1,
      sym_block_comment,
    ACTIONS(390), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2978] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(396), 1,
      sym_block_comment,
    ACTIONS(394), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [2999] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(400), 1,
      sym_block_comment,
    ACTIONS(398), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3020] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(404), 1,
      sym_block_comment,
    ACTIONS(402), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3041] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(408), 1,
      sym_block_comment,
    ACTIONS(406), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3062] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(412), 1,
      sym_block_comment,
    ACTIONS(410), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3083] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(416), 1,
      sym_block_comment,
    ACTIONS(414), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3104] = 4,
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
  [3125] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(422), 10,
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
  [3142] = 4,
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
  [3163] = 4,
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
  [3184] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(434), 1,
      sym_block_comment,
    ACTIONS(432), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3205] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_annotation,
    ACTIONS(438), 1,
      sym_block_comment,
    ACTIONS(436), 9,
      sym__item_path_text,
      ts_builtin_sym_end,
      anon_sym_SLASH_SLASHMIRfor_BQUOTE,
      aux_sym_layout_comment_token1,
      anon_sym_fn,
      anon_sym_const,
      anon_sym_static,
      anon_sym_promoted,
      sym_alloc_name,
  [3226] = 2,
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
  [3243] = 4,
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
  [3264] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(446), 10,
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
  [3281] = 8,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(448), 1,
      sym__debug_text,
    STATE(332), 1,
      sym_place,
    STATE(630), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3310] = 4,
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
  [3331] = 8,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(136), 1,
      aux_sym_constant_token1,
    ACTIONS(454), 1,
      sym__debug_text,
    STATE(335), 1,
      sym_place,
    STATE(631), 1,
      sym_constant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3360] = 8,
    ACTIONS(118), 1,
      sym_identifier,
    ACTIONS(138), 1,
      sym__path_bracketed,
    ACTIONS(458), 1,
      anon_sym_raw,
    ACTIONS(460), 1,
      anon_sym_fake,
    STATE(207), 1,
      sym_ref_kind,
    STATE(466), 1,
      sym_path,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(456), 3,
      anon_sym_mut,
      anon_sym_shallow,
      anon_sym_uniq,
  [3388] = 7,
    ACTIONS(462), 1,
      sym_identifier,
    ACTIONS(464), 1,
      anon_sym_RBRACK,
    ACTIONS(468), 1,
      anon_sym_unwind,
    STATE(364), 1,
      sym_target,
    STATE(372), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3413] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(472), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(470), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3430] = 7,
    ACTIONS(462), 1,
      sym_identifier,
    ACTIONS(468), 1,
      anon_sym_unwind,
    ACTIONS(474), 1,
      anon_sym_RBRACK,
    STATE(237), 1,
      sym_target,
    STATE(372), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3455] = 6,
    ACTIONS(476), 1,
      anon_sym_RBRACE,
    ACTIONS(478), 1,
      anon_sym_variant_fields,
    ACTIONS(480), 1,
      anon_sym_storage_conflicts,
    ACTIONS(482), 1,
      anon_sym_field,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(100), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3478] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(484), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3495] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(490), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(488), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3512] = 6,
    ACTIONS(478), 1,
      anon_sym_variant_fields,
    ACTIONS(480), 1,
      anon_sym_storage_conflicts,
    ACTIONS(482), 1,
      anon_sym_field,
    ACTIONS(492), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(114), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3535] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(494), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3552] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(496), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3569] = 7,
    ACTIONS(462), 1,
      sym_identifier,
    ACTIONS(468), 1,
      anon_sym_unwind,
    ACTIONS(498), 1,
      anon_sym_RBRACK,
    STATE(364), 1,
      sym_target,
    STATE(372), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [3594] = 6,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    ACTIONS(239), 1,
      anon_sym_STAR,
    STATE(218), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3617] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(502), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(500), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3634] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(506), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(504), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3651] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(510), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(508), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3668] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(514), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(512), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3685] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(518), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(516), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3702] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(522), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(520), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3719] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(526), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(524), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3736] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(530), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(528), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3753] = 3,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(534), 2,
      anon_sym_let,
      sym_label,
    ACTIONS(532), 6,
      anon_sym_RBRACE,
      anon_sym_scope,
      anon_sym_coroutine,
      anon_sym_debug,
      aux_sym_let_token1,
      aux_sym_basic_block_token1,
  [3770] = 6,
    ACTIONS(536), 1,
      anon_sym_RBRACE,
    ACTIONS(538), 1,
      anon_sym_variant_fields,
    ACTIONS(541), 1,
      anon_sym_storage_conflicts,
    ACTIONS(544), 1,
      anon_sym_field,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(114), 4,
      sym_variant_fields,
      sym_storage_conflicts,
      sym_layout_field_decl,
      aux_sym_layout_block_repeat1,
  [3793] = 3,
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
  [3810] = 3,
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
  [3827] = 3,
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
  [3844] = 3,
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
  [3861] = 3,
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
  [3878] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(101), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3898] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(242), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3918] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(321), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3938] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(318), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3958] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(567), 7,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_RBRACK,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [3972] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(102), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [3992] = 6,
    ACTIONS(462), 1,
      sym_identifier,
    ACTIONS(468), 1,
      anon_sym_unwind,
    STATE(364), 1,
      sym_target,
    STATE(372), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(466), 3,
      anon_sym_drop,
      anon_sym_return,
      anon_sym_resume,
  [4014] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(346), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4034] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(280), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4054] = 2,
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
  [4068] = 5,
    ACTIONS(31), 1,
      anon_sym_LPAREN,
    ACTIONS(77), 1,
      sym_local,
    STATE(389), 1,
      sym_place,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(57), 4,
      sym_deref,
      sym_field,
      sym_downcast,
      sym_index,
  [4088] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(571), 6,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_COLON,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
      anon_sym_SEMI,
  [4101] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(573), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4113] = 5,
    ACTIONS(575), 1,
      anon_sym_RBRACE,
    ACTIONS(577), 1,
      aux_sym_basic_block_token1,
    ACTIONS(580), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(133), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4131] = 5,
    ACTIONS(583), 1,
      anon_sym_RBRACE,
    STATE(323), 1,
      sym_saved_field,
    STATE(700), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4149] = 6,
    ACTIONS(587), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_RBRACE,
    ACTIONS(591), 1,
      anon_sym_ty,
    ACTIONS(593), 1,
      anon_sym_source_info,
    STATE(362), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4169] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(595), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4181] = 3,
    ACTIONS(599), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(597), 4,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4195] = 6,
    ACTIONS(587), 1,
      sym_identifier,
    ACTIONS(591), 1,
      anon_sym_ty,
    ACTIONS(593), 1,
      anon_sym_source_info,
    ACTIONS(601), 1,
      anon_sym_RBRACE,
    STATE(362), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4215] = 4,
    ACTIONS(605), 1,
      anon_sym_RBRACK,
    STATE(343), 1,
      sym_switch_arm,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(603), 3,
      sym_identifier,
      sym_integer,
      sym_char,
  [4231] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(607), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4243] = 5,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(609), 1,
      anon_sym_as,
    ACTIONS(611), 1,
      anon_sym_DOT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(484), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [4261] = 4,
    ACTIONS(613), 1,
      anon_sym_RBRACK,
    STATE(290), 1,
      sym_switch_arm,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(603), 3,
      sym_identifier,
      sym_integer,
      sym_char,
  [4277] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(615), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4289] = 6,
    ACTIONS(587), 1,
      sym_identifier,
    ACTIONS(591), 1,
      anon_sym_ty,
    ACTIONS(593), 1,
      anon_sym_source_info,
    ACTIONS(617), 1,
      anon_sym_RBRACE,
    STATE(362), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4309] = 6,
    ACTIONS(587), 1,
      sym_identifier,
    ACTIONS(591), 1,
      anon_sym_ty,
    ACTIONS(593), 1,
      anon_sym_source_info,
    ACTIONS(619), 1,
      anon_sym_RBRACE,
    STATE(362), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4329] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(621), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4341] = 6,
    ACTIONS(587), 1,
      sym_identifier,
    ACTIONS(591), 1,
      anon_sym_ty,
    ACTIONS(593), 1,
      anon_sym_source_info,
    ACTIONS(623), 1,
      anon_sym_RBRACE,
    STATE(362), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4361] = 4,
    ACTIONS(625), 1,
      anon_sym_RBRACK,
    STATE(343), 1,
      sym_switch_arm,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(603), 3,
      sym_identifier,
      sym_integer,
      sym_char,
  [4377] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(627), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4389] = 5,
    ACTIONS(629), 1,
      anon_sym_RBRACE,
    STATE(199), 1,
      sym_saved_field,
    STATE(700), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4407] = 6,
    ACTIONS(587), 1,
      sym_identifier,
    ACTIONS(591), 1,
      anon_sym_ty,
    ACTIONS(593), 1,
      anon_sym_source_info,
    ACTIONS(631), 1,
      anon_sym_RBRACE,
    STATE(362), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4427] = 5,
    ACTIONS(221), 1,
      anon_sym_RBRACE,
    ACTIONS(233), 1,
      aux_sym_basic_block_token1,
    ACTIONS(235), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(133), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4445] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(633), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4457] = 3,
    ACTIONS(637), 1,
      sym__path_rest,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(635), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4471] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(639), 5,
      anon_sym_COMMA,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4483] = 6,
    ACTIONS(587), 1,
      sym_identifier,
    ACTIONS(641), 1,
      anon_sym_RBRACE,
    ACTIONS(643), 1,
      anon_sym_ty,
    ACTIONS(645), 1,
      anon_sym_source_info,
    STATE(228), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4503] = 5,
    ACTIONS(647), 1,
      anon_sym_RBRACE,
    STATE(323), 1,
      sym_saved_field,
    STATE(700), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4521] = 5,
    ACTIONS(233), 1,
      aux_sym_basic_block_token1,
    ACTIONS(235), 1,
      sym_label,
    ACTIONS(649), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    STATE(133), 2,
      sym_basic_block,
      aux_sym_body_repeat2,
  [4539] = 4,
    ACTIONS(653), 1,
      anon_sym_RBRACE,
    STATE(216), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(651), 2,
      sym_identifier,
      sym_integer,
  [4554] = 5,
    ACTIONS(655), 1,
      anon_sym_RBRACE,
    ACTIONS(657), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      aux_sym_conflict_token1,
    STATE(313), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4571] = 5,
    ACTIONS(657), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      aux_sym_conflict_token1,
    ACTIONS(661), 1,
      anon_sym_RBRACE,
    STATE(231), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4588] = 5,
    ACTIONS(663), 1,
      anon_sym_RBRACE,
    ACTIONS(665), 1,
      sym_elided,
    ACTIONS(667), 1,
      sym_alloc_line,
    STATE(254), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4605] = 4,
    ACTIONS(669), 1,
      anon_sym_COLON,
    ACTIONS(671), 1,
      anon_sym_terminate,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(673), 2,
      anon_sym_unreachable,
      anon_sym_continue,
  [4620] = 3,
    STATE(343), 1,
      sym_switch_arm,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(603), 3,
      sym_identifier,
      sym_integer,
      sym_char,
  [4633] = 4,
    ACTIONS(675), 1,
      anon_sym_RBRACE,
    STATE(302), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(651), 2,
      sym_identifier,
      sym_integer,
  [4648] = 3,
    ACTIONS(679), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(677), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [4661] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(635), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4672] = 5,
    ACTIONS(681), 1,
      anon_sym_SEMI,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    ACTIONS(685), 1,
      sym__raw_text,
    STATE(658), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4689] = 5,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    ACTIONS(689), 1,
      anon_sym_DASH_GT,
    ACTIONS(691), 1,
      anon_sym_yields,
    STATE(83), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4706] = 5,
    ACTIONS(693), 1,
      anon_sym_LBRACK,
    ACTIONS(695), 1,
      sym_label,
    ACTIONS(697), 1,
      anon_sym_unwind,
    STATE(609), 1,
      sym_unwind_action,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4723] = 5,
    ACTIONS(699), 1,
      anon_sym_LBRACE,
    ACTIONS(701), 1,
      anon_sym_LPAREN,
    ACTIONS(703), 1,
      anon_sym_SEMI,
    ACTIONS(705), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4740] = 4,
    STATE(323), 1,
      sym_saved_field,
    STATE(700), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4755] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(707), 4,
      anon_sym_RBRACE,
      anon_sym_variant_fields,
      anon_sym_storage_conflicts,
      anon_sym_field,
  [4766] = 4,
    ACTIONS(709), 1,
      anon_sym_RBRACK,
    STATE(289), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4781] = 4,
    ACTIONS(711), 1,
      anon_sym_RBRACE,
    STATE(302), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(651), 2,
      sym_identifier,
      sym_integer,
  [4796] = 4,
    ACTIONS(713), 1,
      anon_sym_COMMA,
    STATE(176), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(716), 2,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
  [4811] = 5,
    ACTIONS(587), 1,
      sym_identifier,
    ACTIONS(591), 1,
      anon_sym_ty,
    ACTIONS(593), 1,
      anon_sym_source_info,
    STATE(362), 1,
      sym_attribute,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4828] = 5,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    ACTIONS(718), 1,
      anon_sym_DASH_GT,
    ACTIONS(720), 1,
      anon_sym_yields,
    STATE(66), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4845] = 4,
    ACTIONS(722), 1,
      anon_sym_RBRACK,
    STATE(373), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4860] = 5,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    ACTIONS(724), 1,
      anon_sym_DASH_GT,
    ACTIONS(726), 1,
      anon_sym_yields,
    STATE(64), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4877] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(728), 4,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_SEMI,
      anon_sym_as,
  [4888] = 5,
    ACTIONS(730), 1,
      anon_sym_RBRACE,
    ACTIONS(732), 1,
      sym_elided,
    ACTIONS(734), 1,
      sym_alloc_line,
    STATE(190), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4905] = 5,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    ACTIONS(736), 1,
      anon_sym_DASH_GT,
    ACTIONS(738), 1,
      anon_sym_yields,
    STATE(86), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4922] = 5,
    ACTIONS(657), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      aux_sym_conflict_token1,
    ACTIONS(740), 1,
      anon_sym_RBRACE,
    STATE(313), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4939] = 5,
    ACTIONS(742), 1,
      anon_sym_COMMA,
    ACTIONS(744), 1,
      anon_sym_RBRACK,
    ACTIONS(746), 1,
      anon_sym_SEMI,
    STATE(200), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4956] = 4,
    ACTIONS(748), 1,
      anon_sym_RBRACK,
    STATE(373), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [4971] = 4,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    ACTIONS(750), 1,
      anon_sym_yields,
    STATE(65), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4985] = 4,
    ACTIONS(752), 1,
      anon_sym_RPAREN,
    ACTIONS(754), 1,
      sym_local,
    STATE(386), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [4999] = 4,
    ACTIONS(752), 1,
      anon_sym_RPAREN,
    ACTIONS(756), 1,
      anon_sym_COMMA,
    STATE(241), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5013] = 4,
    ACTIONS(663), 1,
      anon_sym_RBRACE,
    ACTIONS(758), 1,
      sym_alloc_line,
    STATE(255), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5027] = 4,
    ACTIONS(498), 1,
      anon_sym_RBRACK,
    ACTIONS(760), 1,
      anon_sym_COMMA,
    STATE(243), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5041] = 4,
    ACTIONS(762), 1,
      sym_identifier,
    ACTIONS(764), 1,
      anon_sym_LPAREN,
    STATE(540), 1,
      sym_projection_name,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5055] = 4,
    ACTIONS(766), 1,
      anon_sym_COMMA,
    ACTIONS(768), 1,
      anon_sym_RPAREN,
    STATE(247), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5069] = 4,
    ACTIONS(770), 1,
      anon_sym_mut,
    ACTIONS(772), 1,
      sym_local,
    STATE(562), 1,
      sym_mutable,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5083] = 3,
    ACTIONS(776), 1,
      anon_sym_LPARENfake_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(774), 2,
      sym__path_bracketed,
      sym_identifier,
  [5095] = 4,
    ACTIONS(778), 1,
      sym_identifier,
    ACTIONS(780), 1,
      anon_sym_shallow,
    ACTIONS(782), 1,
      sym__path_bracketed,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5109] = 4,
    ACTIONS(784), 1,
      anon_sym_COLON,
    ACTIONS(786), 1,
      anon_sym_LPAREN,
    STATE(701), 1,
      sym_cleanup,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5123] = 4,
    ACTIONS(219), 1,
      anon_sym_RPAREN,
    ACTIONS(788), 1,
      anon_sym_COMMA,
    STATE(251), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5137] = 4,
    ACTIONS(790), 1,
      anon_sym_COMMA,
    ACTIONS(792), 1,
      anon_sym_RBRACE,
    STATE(245), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5151] = 4,
    ACTIONS(251), 1,
      anon_sym_RBRACK,
    ACTIONS(794), 1,
      anon_sym_COMMA,
    STATE(176), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5165] = 3,
    ACTIONS(798), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(796), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5177] = 4,
    ACTIONS(800), 1,
      anon_sym_COMMA,
    ACTIONS(802), 1,
      anon_sym_RBRACE,
    STATE(249), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5191] = 3,
    ACTIONS(806), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(804), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5203] = 4,
    ACTIONS(808), 1,
      sym_identifier,
    ACTIONS(810), 1,
      anon_sym_RBRACE,
    STATE(202), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5217] = 4,
    ACTIONS(296), 1,
      anon_sym_RBRACE,
    ACTIONS(812), 1,
      anon_sym_COMMA,
    STATE(210), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5231] = 4,
    ACTIONS(247), 1,
      anon_sym_RPAREN,
    ACTIONS(814), 1,
      anon_sym_COMMA,
    STATE(176), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5245] = 4,
    ACTIONS(138), 1,
      sym__path_bracketed,
    ACTIONS(816), 1,
      sym_identifier,
    STATE(529), 1,
      sym_path,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5259] = 4,
    ACTIONS(774), 1,
      sym_local,
    ACTIONS(818), 1,
      anon_sym_LPAREN,
    ACTIONS(820), 1,
      anon_sym_LPARENfake_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5273] = 3,
    ACTIONS(822), 1,
      anon_sym_shallow,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(782), 2,
      anon_sym_LPAREN,
      sym_local,
  [5285] = 4,
    ACTIONS(824), 1,
      anon_sym_COMMA,
    ACTIONS(827), 1,
      anon_sym_RBRACE,
    STATE(210), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5299] = 4,
    ACTIONS(829), 1,
      anon_sym_RBRACE,
    ACTIONS(831), 1,
      anon_sym_span,
    ACTIONS(833), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5313] = 4,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    ACTIONS(835), 1,
      anon_sym_yields,
    STATE(67), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5327] = 4,
    ACTIONS(837), 1,
      anon_sym_COMMA,
    ACTIONS(840), 1,
      anon_sym_RBRACE,
    STATE(213), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5341] = 4,
    ACTIONS(842), 1,
      anon_sym_COMMA,
    ACTIONS(844), 1,
      anon_sym_RPAREN,
    STATE(206), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5355] = 4,
    ACTIONS(831), 1,
      anon_sym_span,
    ACTIONS(833), 1,
      anon_sym_scope,
    ACTIONS(846), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5369] = 4,
    ACTIONS(848), 1,
      anon_sym_COMMA,
    ACTIONS(850), 1,
      anon_sym_RBRACE,
    STATE(260), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5383] = 4,
    ACTIONS(852), 1,
      anon_sym_COMMA,
    ACTIONS(854), 1,
      anon_sym_RBRACE,
    STATE(213), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5397] = 4,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(609), 1,
      anon_sym_as,
    ACTIONS(611), 1,
      anon_sym_DOT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5411] = 3,
    ACTIONS(858), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(856), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5423] = 4,
    ACTIONS(831), 1,
      anon_sym_span,
    ACTIONS(833), 1,
      anon_sym_scope,
    ACTIONS(860), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5437] = 4,
    ACTIONS(862), 1,
      anon_sym_COMMA,
    ACTIONS(864), 1,
      anon_sym_RBRACE,
    STATE(213), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5451] = 3,
    ACTIONS(868), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(866), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5463] = 4,
    ACTIONS(831), 1,
      anon_sym_span,
    ACTIONS(833), 1,
      anon_sym_scope,
    ACTIONS(870), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5477] = 4,
    ACTIONS(872), 1,
      anon_sym_COMMA,
    ACTIONS(874), 1,
      anon_sym_RBRACE,
    STATE(217), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5491] = 4,
    ACTIONS(876), 1,
      anon_sym_COMMA,
    ACTIONS(878), 1,
      anon_sym_RBRACE,
    STATE(221), 1,
      aux_sym_source_info_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5505] = 3,
    STATE(373), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5517] = 4,
    ACTIONS(880), 1,
      anon_sym_COMMA,
    ACTIONS(882), 1,
      anon_sym_RPAREN,
    STATE(198), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5531] = 4,
    ACTIONS(884), 1,
      anon_sym_COMMA,
    ACTIONS(886), 1,
      anon_sym_RBRACE,
    STATE(269), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5545] = 3,
    STATE(546), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5557] = 4,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    ACTIONS(888), 1,
      anon_sym_SEMI,
    STATE(452), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5571] = 4,
    ACTIONS(890), 1,
      anon_sym_COMMA,
    ACTIONS(892), 1,
      anon_sym_RBRACE,
    STATE(271), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5585] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(894), 3,
      sym_copy,
      sym_move,
      sym_deref_copy,
  [5595] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(677), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [5605] = 4,
    ACTIONS(896), 1,
      anon_sym_COMMA,
    ACTIONS(899), 1,
      anon_sym_RBRACK,
    STATE(234), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5619] = 4,
    ACTIONS(754), 1,
      sym_local,
    ACTIONS(901), 1,
      anon_sym_RPAREN,
    STATE(386), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5633] = 4,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    ACTIONS(903), 1,
      anon_sym_SEMI,
    STATE(582), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5647] = 4,
    ACTIONS(905), 1,
      anon_sym_COMMA,
    ACTIONS(907), 1,
      anon_sym_RBRACK,
    STATE(191), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5661] = 3,
    ACTIONS(911), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(909), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5673] = 3,
    STATE(306), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5685] = 3,
    ACTIONS(915), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(913), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [5697] = 4,
    ACTIONS(917), 1,
      anon_sym_COMMA,
    ACTIONS(920), 1,
      anon_sym_RPAREN,
    STATE(241), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5711] = 4,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(922), 1,
      anon_sym_RPAREN,
    ACTIONS(924), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5725] = 4,
    ACTIONS(926), 1,
      anon_sym_COMMA,
    ACTIONS(929), 1,
      anon_sym_RBRACK,
    STATE(243), 1,
      aux_sym__targets_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5739] = 4,
    ACTIONS(766), 1,
      anon_sym_COMMA,
    ACTIONS(931), 1,
      anon_sym_RPAREN,
    STATE(292), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5753] = 4,
    ACTIONS(583), 1,
      anon_sym_RBRACE,
    ACTIONS(933), 1,
      anon_sym_COMMA,
    STATE(270), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5767] = 4,
    ACTIONS(935), 1,
      sym_identifier,
    ACTIONS(937), 1,
      sym__type_text,
    STATE(328), 1,
      sym_saved_ty,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5781] = 4,
    ACTIONS(766), 1,
      anon_sym_COMMA,
    ACTIONS(939), 1,
      anon_sym_RPAREN,
    STATE(176), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5795] = 4,
    ACTIONS(808), 1,
      sym_identifier,
    ACTIONS(941), 1,
      anon_sym_RBRACE,
    STATE(331), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5809] = 4,
    ACTIONS(941), 1,
      anon_sym_RBRACE,
    ACTIONS(943), 1,
      anon_sym_COMMA,
    STATE(267), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5823] = 4,
    ACTIONS(945), 1,
      anon_sym_COMMA,
    ACTIONS(947), 1,
      anon_sym_RPAREN,
    STATE(189), 1,
      aux_sym_function_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5837] = 4,
    ACTIONS(949), 1,
      anon_sym_COMMA,
    ACTIONS(952), 1,
      anon_sym_RPAREN,
    STATE(251), 1,
      aux_sym_call_expr_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5851] = 4,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    ACTIONS(954), 1,
      anon_sym_yields,
    STATE(71), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5865] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(716), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_RPAREN,
  [5875] = 4,
    ACTIONS(758), 1,
      sym_alloc_line,
    ACTIONS(956), 1,
      anon_sym_RBRACE,
    STATE(255), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5889] = 4,
    ACTIONS(958), 1,
      anon_sym_RBRACE,
    ACTIONS(960), 1,
      sym_alloc_line,
    STATE(255), 1,
      aux_sym_alloc_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5903] = 4,
    ACTIONS(963), 1,
      anon_sym_COMMA,
    ACTIONS(965), 1,
      anon_sym_RBRACE,
    STATE(205), 1,
      aux_sym_layout_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5917] = 4,
    ACTIONS(967), 1,
      anon_sym_COMMA,
    ACTIONS(970), 1,
      anon_sym_RBRACK,
    STATE(257), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5931] = 4,
    ACTIONS(764), 1,
      anon_sym_LPAREN,
    ACTIONS(972), 1,
      sym_identifier,
    STATE(689), 1,
      sym_projection_name,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5945] = 4,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    ACTIONS(974), 1,
      anon_sym_yields,
    STATE(76), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5959] = 4,
    ACTIONS(711), 1,
      anon_sym_RBRACE,
    ACTIONS(976), 1,
      anon_sym_COMMA,
    STATE(296), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5973] = 3,
    STATE(532), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [5985] = 4,
    ACTIONS(657), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      aux_sym_conflict_token1,
    STATE(313), 1,
      sym_conflict,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [5999] = 3,
    STATE(530), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6011] = 3,
    STATE(528), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6023] = 4,
    ACTIONS(722), 1,
      anon_sym_RBRACK,
    ACTIONS(978), 1,
      anon_sym_COMMA,
    STATE(234), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6037] = 3,
    ACTIONS(982), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(980), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6049] = 4,
    ACTIONS(984), 1,
      anon_sym_COMMA,
    ACTIONS(987), 1,
      anon_sym_RBRACE,
    STATE(267), 1,
      aux_sym_variant_fields_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6063] = 4,
    ACTIONS(808), 1,
      sym_identifier,
    ACTIONS(989), 1,
      anon_sym_RBRACE,
    STATE(331), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6077] = 4,
    ACTIONS(991), 1,
      anon_sym_COMMA,
    ACTIONS(993), 1,
      anon_sym_RBRACE,
    STATE(291), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6091] = 4,
    ACTIONS(995), 1,
      anon_sym_COMMA,
    ACTIONS(998), 1,
      anon_sym_RBRACE,
    STATE(270), 1,
      aux_sym_field_tys_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6105] = 4,
    ACTIONS(655), 1,
      anon_sym_RBRACE,
    ACTIONS(1000), 1,
      anon_sym_COMMA,
    STATE(285), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6119] = 4,
    ACTIONS(1002), 1,
      anon_sym_COMMA,
    ACTIONS(1004), 1,
      anon_sym_RBRACE,
    STATE(291), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6133] = 4,
    ACTIONS(754), 1,
      sym_local,
    ACTIONS(1006), 1,
      anon_sym_RPAREN,
    STATE(250), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6147] = 4,
    ACTIONS(1008), 1,
      sym_identifier,
    ACTIONS(1010), 1,
      anon_sym_subtype,
    ACTIONS(1012), 1,
      sym_variant_index,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6161] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1014), 3,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      anon_sym_SEMI,
  [6171] = 4,
    ACTIONS(1016), 1,
      anon_sym_RBRACE,
    ACTIONS(1018), 1,
      anon_sym_span,
    ACTIONS(1020), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6185] = 4,
    ACTIONS(1022), 1,
      anon_sym_COMMA,
    ACTIONS(1024), 1,
      anon_sym_RBRACE,
    STATE(291), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6199] = 3,
    ACTIONS(1028), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1026), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6211] = 3,
    ACTIONS(1032), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1030), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6223] = 4,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1034), 1,
      anon_sym_COMMA,
    ACTIONS(1036), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6237] = 3,
    STATE(302), 1,
      sym_field_init,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(651), 2,
      sym_identifier,
      sym_integer,
  [6249] = 4,
    ACTIONS(701), 1,
      anon_sym_LPAREN,
    ACTIONS(703), 1,
      anon_sym_SEMI,
    ACTIONS(705), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6263] = 4,
    ACTIONS(625), 1,
      anon_sym_RBRACK,
    ACTIONS(1038), 1,
      anon_sym_COMMA,
    STATE(257), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6277] = 3,
    ACTIONS(671), 1,
      anon_sym_terminate,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(673), 2,
      anon_sym_unreachable,
      anon_sym_continue,
  [6289] = 4,
    ACTIONS(1040), 1,
      anon_sym_COMMA,
    ACTIONS(1043), 1,
      anon_sym_RBRACE,
    STATE(285), 1,
      aux_sym_storage_conflicts_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6303] = 3,
    ACTIONS(1047), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1045), 2,
      anon_sym_RBRACE,
      aux_sym_basic_block_token1,
  [6315] = 3,
    STATE(632), 1,
      sym_saved_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(585), 2,
      aux_sym_saved_local_token1,
      sym_local,
  [6327] = 4,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    ACTIONS(703), 1,
      anon_sym_SEMI,
    STATE(469), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6341] = 4,
    ACTIONS(1049), 1,
      anon_sym_COMMA,
    ACTIONS(1051), 1,
      anon_sym_RBRACK,
    STATE(265), 1,
      aux_sym_variant_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6355] = 4,
    ACTIONS(1053), 1,
      anon_sym_COMMA,
    ACTIONS(1055), 1,
      anon_sym_RBRACK,
    STATE(283), 1,
      aux_sym_switch_int_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6369] = 4,
    ACTIONS(1057), 1,
      anon_sym_COMMA,
    ACTIONS(1060), 1,
      anon_sym_RBRACE,
    STATE(291), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6383] = 4,
    ACTIONS(766), 1,
      anon_sym_COMMA,
    ACTIONS(1062), 1,
      anon_sym_RPAREN,
    STATE(176), 1,
      aux_sym_assert_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6397] = 4,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    ACTIONS(1064), 1,
      anon_sym_SEMI,
    STATE(488), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6411] = 4,
    ACTIONS(1066), 1,
      anon_sym_COMMA,
    ACTIONS(1068), 1,
      anon_sym_RBRACE,
    STATE(272), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6425] = 4,
    ACTIONS(1070), 1,
      anon_sym_COMMA,
    ACTIONS(1072), 1,
      anon_sym_RBRACE,
    STATE(277), 1,
      aux_sym_saved_ty_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6439] = 4,
    ACTIONS(1074), 1,
      anon_sym_COMMA,
    ACTIONS(1077), 1,
      anon_sym_RBRACE,
    STATE(296), 1,
      aux_sym_aggregate_repeat1,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6453] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(613), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6464] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1079), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6473] = 3,
    ACTIONS(1081), 1,
      anon_sym_LPAREN,
    ACTIONS(1083), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6484] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1085), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6493] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1087), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6502] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1077), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6511] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1089), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6520] = 3,
    ACTIONS(1091), 1,
      anon_sym_RPAREN,
    ACTIONS(1093), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6531] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1095), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [6540] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1097), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6549] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1099), 2,
      anon_sym_const,
      anon_sym_mut,
  [6558] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(610), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6569] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1101), 2,
      anon_sym_const,
      anon_sym_mut,
  [6578] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1103), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6587] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1105), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6596] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(675), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6607] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1043), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6616] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(643), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6627] = 3,
    ACTIONS(681), 1,
      anon_sym_SEMI,
    ACTIONS(1107), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6638] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1109), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6649] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1111), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6658] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1113), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6669] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(603), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6680] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1115), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6689] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1117), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6700] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1119), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6709] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(998), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6718] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(58), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6729] = 3,
    ACTIONS(1121), 1,
      anon_sym_SEMI,
    ACTIONS(1123), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6740] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1125), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6749] = 3,
    ACTIONS(1127), 1,
      anon_sym_SourceInfo,
    STATE(369), 1,
      sym_source_info,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6760] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1129), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6769] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1131), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6778] = 3,
    ACTIONS(1133), 1,
      anon_sym_SEMI,
    ACTIONS(1135), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6789] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(987), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6798] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1137), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6809] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1139), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6818] = 3,
    ACTIONS(1127), 1,
      anon_sym_SourceInfo,
    STATE(294), 1,
      sym_source_info,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6829] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1141), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6840] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1143), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6849] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1145), 2,
      anon_sym_COLON,
      anon_sym_EQ,
  [6858] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1147), 2,
      anon_sym_COLON,
      anon_sym_EQ,
  [6867] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(78), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6878] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1149), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [6887] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(75), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6898] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(72), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6909] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(970), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [6918] = 3,
    ACTIONS(1151), 1,
      anon_sym_LPAREN,
    STATE(577), 1,
      sym_tuple,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6929] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1153), 2,
      anon_sym_LPAREN,
      sym_local,
  [6938] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1155), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6949] = 3,
    ACTIONS(1157), 1,
      anon_sym_LBRACE,
    ACTIONS(1159), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6960] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(575), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6971] = 3,
    ACTIONS(1161), 1,
      anon_sym_mut,
    ACTIONS(1163), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [6982] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1165), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [6991] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1167), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7000] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1169), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7009] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(55), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7020] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(70), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7031] = 3,
    ACTIONS(1171), 1,
      anon_sym_SEMI,
    ACTIONS(1173), 1,
      anon_sym_as,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7042] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(85), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7053] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1175), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7062] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(952), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7071] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1177), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7080] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(568), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7091] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1179), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7100] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1181), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7109] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1183), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7118] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(929), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7127] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(440), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7138] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1185), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7147] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1187), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7156] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(559), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7167] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1189), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7176] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1191), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7185] = 3,
    ACTIONS(1193), 1,
      sym_local,
    ACTIONS(1195), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7196] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1197), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7205] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(899), 2,
      anon_sym_COMMA,
      anon_sym_RBRACK,
  [7214] = 3,
    ACTIONS(1199), 1,
      sym_identifier,
    STATE(602), 1,
      sym_layout,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7225] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(59), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7236] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1201), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7245] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1203), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7254] = 3,
    ACTIONS(1205), 1,
      anon_sym_RPAREN,
    ACTIONS(1207), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7265] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1209), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7274] = 3,
    ACTIONS(1211), 1,
      anon_sym_scope,
    STATE(224), 1,
      sym_scope_ref,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7285] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1213), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7294] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1215), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7303] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1217), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7312] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1219), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7321] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1221), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7330] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(920), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7339] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1223), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7348] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1225), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [7357] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1227), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7368] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1229), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7377] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(69), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7388] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1231), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7397] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(782), 2,
      anon_sym_LPAREN,
      sym_local,
  [7406] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1233), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7415] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(827), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7424] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1235), 2,
      anon_sym_const,
      anon_sym_mut,
  [7433] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1237), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7442] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(774), 2,
      anon_sym_LPAREN,
      sym_local,
  [7451] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1239), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7462] = 3,
    ACTIONS(754), 1,
      sym_local,
    STATE(386), 1,
      sym_parameter,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7473] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1241), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7482] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1243), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7493] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(84), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7504] = 3,
    ACTIONS(1211), 1,
      anon_sym_scope,
    STATE(410), 1,
      sym_scope_ref,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7515] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1245), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7524] = 3,
    ACTIONS(831), 1,
      anon_sym_span,
    ACTIONS(833), 1,
      anon_sym_scope,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7535] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1247), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7544] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1249), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7553] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1251), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7562] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1253), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7571] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1255), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7580] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1257), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [7589] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(782), 2,
      sym__path_bracketed,
      sym_identifier,
  [7598] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1259), 2,
      anon_sym_SEMI,
      anon_sym_DASH_GT,
  [7607] = 3,
    ACTIONS(486), 1,
      anon_sym_LBRACK,
    ACTIONS(1261), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7618] = 3,
    ACTIONS(808), 1,
      sym_identifier,
    STATE(331), 1,
      sym_variant,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7629] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(774), 2,
      sym__path_bracketed,
      sym_identifier,
  [7638] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(60), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7649] = 3,
    ACTIONS(1263), 1,
      anon_sym_layout,
    ACTIONS(1265), 1,
      anon_sym_debug,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7660] = 2,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
    ACTIONS(1153), 2,
      sym__path_bracketed,
      sym_identifier,
  [7669] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(81), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7680] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(667), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7691] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(500), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7702] = 3,
    ACTIONS(687), 1,
      anon_sym_LBRACE,
    STATE(80), 1,
      sym_body,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7713] = 3,
    ACTIONS(683), 1,
      anon_sym_DASH_GT,
    STATE(668), 1,
      sym__targets,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7724] = 2,
    ACTIONS(1267), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7732] = 2,
    ACTIONS(1269), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7740] = 2,
    ACTIONS(663), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7748] = 2,
    ACTIONS(1271), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7756] = 2,
    ACTIONS(1273), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7764] = 2,
    ACTIONS(1275), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7772] = 2,
    ACTIONS(1277), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7780] = 2,
    ACTIONS(1279), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7788] = 2,
    ACTIONS(1281), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7796] = 2,
    ACTIONS(1283), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7804] = 2,
    ACTIONS(1285), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7812] = 2,
    ACTIONS(1287), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7820] = 2,
    ACTIONS(1289), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7828] = 2,
    ACTIONS(1291), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7836] = 2,
    ACTIONS(1293), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7844] = 2,
    ACTIONS(1295), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7852] = 2,
    ACTIONS(1297), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7860] = 2,
    ACTIONS(1299), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7868] = 2,
    ACTIONS(1301), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7876] = 2,
    ACTIONS(1303), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7884] = 2,
    ACTIONS(1305), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7892] = 2,
    ACTIONS(1307), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7900] = 2,
    ACTIONS(1309), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7908] = 2,
    ACTIONS(1311), 1,
      sym_string,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7916] = 2,
    ACTIONS(1313), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7924] = 2,
    ACTIONS(1315), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7932] = 2,
    ACTIONS(1317), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7940] = 2,
    ACTIONS(1319), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7948] = 2,
    ACTIONS(1321), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7956] = 2,
    ACTIONS(1323), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7964] = 2,
    ACTIONS(1325), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7972] = 2,
    ACTIONS(1327), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7980] = 2,
    ACTIONS(1329), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7988] = 2,
    ACTIONS(1331), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [7996] = 2,
    ACTIONS(1333), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8004] = 2,
    ACTIONS(1335), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8012] = 2,
    ACTIONS(1337), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8020] = 2,
    ACTIONS(903), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8028] = 2,
    ACTIONS(1339), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8036] = 2,
    ACTIONS(1341), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8044] = 2,
    ACTIONS(1343), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8052] = 2,
    ACTIONS(1345), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8060] = 2,
    ACTIONS(1347), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8068] = 2,
    ACTIONS(1349), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8076] = 2,
    ACTIONS(1351), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8084] = 2,
    ACTIONS(1353), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8092] = 2,
    ACTIONS(1355), 1,
      anon_sym_from,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8100] = 2,
    ACTIONS(1357), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8108] = 2,
    ACTIONS(1359), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8116] = 2,
    ACTIONS(1361), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8124] = 2,
    ACTIONS(1363), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8132] = 2,
    ACTIONS(1365), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8140] = 2,
    ACTIONS(1367), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8148] = 2,
    ACTIONS(1369), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8156] = 2,
    ACTIONS(1371), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8164] = 2,
    ACTIONS(1373), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8172] = 2,
    ACTIONS(1375), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8180] = 2,
    ACTIONS(1377), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8188] = 2,
    ACTIONS(1379), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8196] = 2,
    ACTIONS(1381), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8204] = 2,
    ACTIONS(1383), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8212] = 2,
    ACTIONS(1385), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8220] = 2,
    ACTIONS(1387), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8228] = 2,
    ACTIONS(1389), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8236] = 2,
    ACTIONS(1391), 1,
      sym_string,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8244] = 2,
    ACTIONS(1393), 1,
      anon_sym_BitMatrix,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8252] = 2,
    ACTIONS(1395), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8260] = 2,
    ACTIONS(1397), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8268] = 2,
    ACTIONS(1399), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8276] = 2,
    ACTIONS(1401), 1,
      anon_sym_DASH_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8284] = 2,
    ACTIONS(1403), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8292] = 2,
    ACTIONS(1405), 1,
      anon_sym_in,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8300] = 2,
    ACTIONS(1407), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8308] = 2,
    ACTIONS(1409), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8316] = 2,
    ACTIONS(1411), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8324] = 2,
    ACTIONS(1413), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8332] = 2,
    ACTIONS(1415), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8340] = 2,
    ACTIONS(1417), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8348] = 2,
    ACTIONS(669), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8356] = 2,
    ACTIONS(1419), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8364] = 2,
    ACTIONS(1421), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8372] = 2,
    ACTIONS(1423), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8380] = 2,
    ACTIONS(1425), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8388] = 2,
    ACTIONS(1427), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8396] = 2,
    ACTIONS(1429), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8404] = 2,
    ACTIONS(1431), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8412] = 2,
    ACTIONS(1433), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8420] = 2,
    ACTIONS(1435), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8428] = 2,
    ACTIONS(1437), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8436] = 2,
    ACTIONS(1439), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8444] = 2,
    ACTIONS(1441), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8452] = 2,
    ACTIONS(1443), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8460] = 2,
    ACTIONS(1445), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8468] = 2,
    ACTIONS(1447), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8476] = 2,
    ACTIONS(1449), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8484] = 2,
    ACTIONS(1451), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8492] = 2,
    ACTIONS(1453), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8500] = 2,
    ACTIONS(1455), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8508] = 2,
    ACTIONS(1457), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8516] = 2,
    ACTIONS(956), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8524] = 2,
    ACTIONS(1459), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8532] = 2,
    ACTIONS(1461), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8540] = 2,
    ACTIONS(1463), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8548] = 2,
    ACTIONS(1465), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8556] = 2,
    ACTIONS(1467), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8564] = 2,
    ACTIONS(1469), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8572] = 2,
    ACTIONS(1471), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8580] = 2,
    ACTIONS(1473), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8588] = 2,
    ACTIONS(1475), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8596] = 2,
    ACTIONS(1477), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8604] = 2,
    ACTIONS(1479), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8612] = 2,
    ACTIONS(1481), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8620] = 2,
    ACTIONS(1483), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8628] = 2,
    ACTIONS(1485), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8636] = 2,
    ACTIONS(1487), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8644] = 2,
    ACTIONS(1489), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8652] = 2,
    ACTIONS(1491), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8660] = 2,
    ACTIONS(1493), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8668] = 2,
    ACTIONS(1495), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8676] = 2,
    ACTIONS(1497), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8684] = 2,
    ACTIONS(1499), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8692] = 2,
    ACTIONS(1501), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8700] = 2,
    ACTIONS(1503), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8708] = 2,
    ACTIONS(1505), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8716] = 2,
    ACTIONS(1507), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8724] = 2,
    ACTIONS(1509), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8732] = 2,
    ACTIONS(1511), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8740] = 2,
    ACTIONS(1513), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8748] = 2,
    ACTIONS(1515), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8756] = 2,
    ACTIONS(1517), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8764] = 2,
    ACTIONS(1519), 1,
      aux_sym_mir_header_token2,
    ACTIONS(3), 2,
      sym_comment,
      sym_annotation,
  [8772] = 2,
    ACTIONS(1521), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8780] = 2,
    ACTIONS(1523), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8788] = 2,
    ACTIONS(1525), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8796] = 2,
    ACTIONS(1527), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8804] = 2,
    ACTIONS(1529), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8812] = 2,
    ACTIONS(1531), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8820] = 2,
    ACTIONS(1533), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8828] = 2,
    ACTIONS(1535), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8836] = 2,
    ACTIONS(1537), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8844] = 2,
    ACTIONS(703), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8852] = 2,
    ACTIONS(1539), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8860] = 2,
    ACTIONS(1541), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8868] = 2,
    ACTIONS(1543), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8876] = 2,
    ACTIONS(1545), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8884] = 2,
    ACTIONS(1547), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8892] = 2,
    ACTIONS(1549), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8900] = 2,
    ACTIONS(1551), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8908] = 2,
    ACTIONS(1553), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8916] = 2,
    ACTIONS(1555), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8924] = 2,
    ACTIONS(1557), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8932] = 2,
    ACTIONS(1559), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8940] = 2,
    ACTIONS(1561), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8948] = 2,
    ACTIONS(1563), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8956] = 2,
    ACTIONS(1565), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8964] = 2,
    ACTIONS(1567), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8972] = 2,
    ACTIONS(1569), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8980] = 2,
    ACTIONS(1571), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8988] = 2,
    ACTIONS(1573), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [8996] = 2,
    ACTIONS(1575), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9004] = 2,
    ACTIONS(1577), 1,
      anon_sym_drop,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9012] = 2,
    ACTIONS(1579), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9020] = 2,
    ACTIONS(1581), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9028] = 2,
    ACTIONS(1583), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9036] = 2,
    ACTIONS(1585), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9044] = 2,
    ACTIONS(1083), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9052] = 2,
    ACTIONS(1587), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9060] = 2,
    ACTIONS(1589), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9068] = 2,
    ACTIONS(1591), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9076] = 2,
    ACTIONS(1593), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9084] = 2,
    ACTIONS(1595), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9092] = 2,
    ACTIONS(1597), 1,
      anon_sym_COMMA,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9100] = 2,
    ACTIONS(1599), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9108] = 2,
    ACTIONS(1601), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9116] = 2,
    ACTIONS(1603), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9124] = 2,
    ACTIONS(1605), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9132] = 2,
    ACTIONS(1607), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9140] = 2,
    ACTIONS(1609), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9148] = 2,
    ACTIONS(1611), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9156] = 2,
    ACTIONS(1613), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9164] = 2,
    ACTIONS(1615), 1,
      sym_label,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9172] = 2,
    ACTIONS(1617), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9180] = 2,
    ACTIONS(1619), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9188] = 2,
    ACTIONS(1621), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9196] = 2,
    ACTIONS(1623), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9204] = 2,
    ACTIONS(1625), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9212] = 2,
    ACTIONS(1627), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9220] = 2,
    ACTIONS(1629), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9228] = 2,
    ACTIONS(1631), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9236] = 2,
    ACTIONS(1633), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9244] = 2,
    ACTIONS(1635), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9252] = 2,
    ACTIONS(1637), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9260] = 2,
    ACTIONS(1639), 1,
      anon_sym_BQUOTE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9268] = 2,
    ACTIONS(1641), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9276] = 2,
    ACTIONS(1643), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9284] = 2,
    ACTIONS(1645), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9292] = 2,
    ACTIONS(1647), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9300] = 2,
    ACTIONS(1649), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9308] = 2,
    ACTIONS(1651), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9316] = 2,
    ACTIONS(1653), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9324] = 2,
    ACTIONS(1655), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9332] = 2,
    ACTIONS(1657), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9340] = 2,
    ACTIONS(1659), 1,
      ts_builtin_sym_end,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9348] = 2,
    ACTIONS(1661), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9356] = 2,
    ACTIONS(1137), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9364] = 2,
    ACTIONS(1141), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9372] = 2,
    ACTIONS(1663), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9380] = 2,
    ACTIONS(1665), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9388] = 2,
    ACTIONS(1667), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9396] = 2,
    ACTIONS(1669), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9404] = 2,
    ACTIONS(1671), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9412] = 2,
    ACTIONS(1673), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9420] = 2,
    ACTIONS(1675), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9428] = 2,
    ACTIONS(1677), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9436] = 2,
    ACTIONS(1679), 1,
      sym__paren_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9444] = 2,
    ACTIONS(1681), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9452] = 2,
    ACTIONS(1683), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9460] = 2,
    ACTIONS(1685), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9468] = 2,
    ACTIONS(1687), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9476] = 2,
    ACTIONS(1689), 1,
      anon_sym_EQ,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9484] = 2,
    ACTIONS(1691), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9492] = 2,
    ACTIONS(1693), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9500] = 2,
    ACTIONS(1695), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9508] = 2,
    ACTIONS(1697), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9516] = 2,
    ACTIONS(1699), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9524] = 2,
    ACTIONS(1701), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9532] = 2,
    ACTIONS(1703), 1,
      sym__def_path_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9540] = 2,
    ACTIONS(1705), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9548] = 2,
    ACTIONS(1707), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9556] = 2,
    ACTIONS(1709), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9564] = 2,
    ACTIONS(1711), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9572] = 2,
    ACTIONS(1713), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9580] = 2,
    ACTIONS(1715), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9588] = 2,
    ACTIONS(701), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9596] = 2,
    ACTIONS(1717), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9604] = 2,
    ACTIONS(1719), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9612] = 2,
    ACTIONS(1721), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9620] = 2,
    ACTIONS(1723), 1,
      aux_sym_mir_header_token1,
    ACTIONS(3), 2,
      sym_comment,
      sym_annotation,
  [9628] = 2,
    ACTIONS(1725), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9636] = 2,
    ACTIONS(1727), 1,
      sym__const_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9644] = 2,
    ACTIONS(1729), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9652] = 2,
    ACTIONS(1731), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9660] = 2,
    ACTIONS(1733), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9668] = 2,
    ACTIONS(1735), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9676] = 2,
    ACTIONS(1737), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9684] = 2,
    ACTIONS(1739), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9692] = 2,
    ACTIONS(1741), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9700] = 2,
    ACTIONS(1743), 1,
      anon_sym_LBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9708] = 2,
    ACTIONS(1745), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9716] = 2,
    ACTIONS(1747), 1,
      anon_sym_SEMI,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9724] = 2,
    ACTIONS(1749), 1,
      sym_identifier,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9732] = 2,
    ACTIONS(1751), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9740] = 2,
    ACTIONS(1753), 1,
      sym_integer,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9748] = 2,
    ACTIONS(1755), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9756] = 2,
    ACTIONS(1757), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9764] = 2,
    ACTIONS(1759), 1,
      sym_local,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9772] = 2,
    ACTIONS(1761), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9780] = 2,
    ACTIONS(1763), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9788] = 2,
    ACTIONS(1765), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9796] = 2,
    ACTIONS(1767), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9804] = 2,
    ACTIONS(1769), 1,
      sym__raw_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9812] = 2,
    ACTIONS(1771), 1,
      anon_sym_RPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9820] = 2,
    ACTIONS(1773), 1,
      anon_sym_RBRACK,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9828] = 2,
    ACTIONS(1775), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9836] = 2,
    ACTIONS(1777), 1,
      anon_sym_EQ_GT,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9844] = 2,
    ACTIONS(1779), 1,
      anon_sym_inlined,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9852] = 2,
    ACTIONS(1781), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9860] = 2,
    ACTIONS(1783), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9868] = 2,
    ACTIONS(1785), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9876] = 2,
    ACTIONS(1787), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9884] = 2,
    ACTIONS(1789), 1,
      sym__type_text,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9892] = 2,
    ACTIONS(1791), 1,
      anon_sym_STAR_SLASH,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9900] = 2,
    ACTIONS(1793), 1,
      sym_dims,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9908] = 2,
    ACTIONS(1795), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9916] = 2,
    ACTIONS(1797), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9924] = 2,
    ACTIONS(1799), 1,
      anon_sym_COLON,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9932] = 2,
    ACTIONS(1801), 1,
      anon_sym_cleanup,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9940] = 2,
    ACTIONS(1803), 1,
      anon_sym_LBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9948] = 2,
    ACTIONS(1805), 1,
      anon_sym_RBRACE,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
  [9956] = 2,
    ACTIONS(1807), 1,
      anon_sym_LPAREN,
    ACTIONS(5), 2,
      sym_comment,
      sym_annotation,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 121,
  [SMALL_STATE(4)] = 242,
  [SMALL_STATE(5)] = 363,
  [SMALL_STATE(6)] = 484,
  [SMALL_STATE(7)] = 605,
  [SMALL_STATE(8)] = 726,
  [SMALL_STATE(9)] = 798,
  [SMALL_STATE(10)] = 871,
  [SMALL_STATE(11)] = 939,
  [SMALL_STATE(12)] = 975,
  [SMALL_STATE(13)] = 1011,
  [SMALL_STATE(14)] = 1047,
  [SMALL_STATE(15)] = 1083,
  [SMALL_STATE(16)] = 1119,
  [SMALL_STATE(17)] = 1155,
  [SMALL_STATE(18)] = 1191,
  [SMALL_STATE(19)] = 1227,
  [SMALL_STATE(20)] = 1263,
  [SMALL_STATE(21)] = 1311,
  [SMALL_STATE(22)] = 1359,
  [SMALL_STATE(23)] = 1408,
  [SMALL_STATE(24)] = 1452,
  [SMALL_STATE(25)] = 1496,
  [SMALL_STATE(26)] = 1540,
  [SMALL_STATE(27)] = 1581,
  [SMALL_STATE(28)] = 1624,
  [SMALL_STATE(29)] = 1665,
  [SMALL_STATE(30)] = 1706,
  [SMALL_STATE(31)] = 1746,
  [SMALL_STATE(32)] = 1788,
  [SMALL_STATE(33)] = 1828,
  [SMALL_STATE(34)] = 1868,
  [SMALL_STATE(35)] = 1908,
  [SMALL_STATE(36)] = 1948,
  [SMALL_STATE(37)] = 1988,
  [SMALL_STATE(38)] = 2028,
  [SMALL_STATE(39)] = 2068,
  [SMALL_STATE(40)] = 2105,
  [SMALL_STATE(41)] = 2142,
  [SMALL_STATE(42)] = 2179,
  [SMALL_STATE(43)] = 2216,
  [SMALL_STATE(44)] = 2251,
  [SMALL_STATE(45)] = 2285,
  [SMALL_STATE(46)] = 2316,
  [SMALL_STATE(47)] = 2347,
  [SMALL_STATE(48)] = 2378,
  [SMALL_STATE(49)] = 2409,
  [SMALL_STATE(50)] = 2439,
  [SMALL_STATE(51)] = 2469,
  [SMALL_STATE(52)] = 2493,
  [SMALL_STATE(53)] = 2517,
  [SMALL_STATE(54)] = 2547,
  [SMALL_STATE(55)] = 2574,
  [SMALL_STATE(56)] = 2595,
  [SMALL_STATE(57)] = 2616,
  [SMALL_STATE(58)] = 2633,
  [SMALL_STATE(59)] = 2654,
  [SMALL_STATE(60)] = 2675,
  [SMALL_STATE(61)] = 2696,
  [SMALL_STATE(62)] = 2717,
  [SMALL_STATE(63)] = 2738,
  [SMALL_STATE(64)] = 2755,
  [SMALL_STATE(65)] = 2776,
  [SMALL_STATE(66)] = 2797,
  [SMALL_STATE(67)] = 2818,
  [SMALL_STATE(68)] = 2839,
  [SMALL_STATE(69)] = 2856,
  [SMALL_STATE(70)] = 2877,
  [SMALL_STATE(71)] = 2898,
  [SMALL_STATE(72)] = 2919,
  [SMALL_STATE(73)] = 2940,
  [SMALL_STATE(74)] = 2957,
  [SMALL_STATE(75)] = 2978,
  [SMALL_STATE(76)] = 2999,
  [SMALL_STATE(77)] = 3020,
  [SMALL_STATE(78)] = 3041,
  [SMALL_STATE(79)] = 3062,
  [SMALL_STATE(80)] = 3083,
  [SMALL_STATE(81)] = 3104,
  [SMALL_STATE(82)] = 3125,
  [SMALL_STATE(83)] = 3142,
  [SMALL_STATE(84)] = 3163,
  [SMALL_STATE(85)] = 3184,
  [SMALL_STATE(86)] = 3205,
  [SMALL_STATE(87)] = 3226,
  [SMALL_STATE(88)] = 3243,
  [SMALL_STATE(89)] = 3264,
  [SMALL_STATE(90)] = 3281,
  [SMALL_STATE(91)] = 3310,
  [SMALL_STATE(92)] = 3331,
  [SMALL_STATE(93)] = 3360,
  [SMALL_STATE(94)] = 3388,
  [SMALL_STATE(95)] = 3413,
  [SMALL_STATE(96)] = 3430,
  [SMALL_STATE(97)] = 3455,
  [SMALL_STATE(98)] = 3478,
  [SMALL_STATE(99)] = 3495,
  [SMALL_STATE(100)] = 3512,
  [SMALL_STATE(101)] = 3535,
  [SMALL_STATE(102)] = 3552,
  [SMALL_STATE(103)] = 3569,
  [SMALL_STATE(104)] = 3594,
  [SMALL_STATE(105)] = 3617,
  [SMALL_STATE(106)] = 3634,
  [SMALL_STATE(107)] = 3651,
  [SMALL_STATE(108)] = 3668,
  [SMALL_STATE(109)] = 3685,
  [SMALL_STATE(110)] = 3702,
  [SMALL_STATE(111)] = 3719,
  [SMALL_STATE(112)] = 3736,
  [SMALL_STATE(113)] = 3753,
  [SMALL_STATE(114)] = 3770,
  [SMALL_STATE(115)] = 3793,
  [SMALL_STATE(116)] = 3810,
  [SMALL_STATE(117)] = 3827,
  [SMALL_STATE(118)] = 3844,
  [SMALL_STATE(119)] = 3861,
  [SMALL_STATE(120)] = 3878,
  [SMALL_STATE(121)] = 3898,
  [SMALL_STATE(122)] = 3918,
  [SMALL_STATE(123)] = 3938,
  [SMALL_STATE(124)] = 3958,
  [SMALL_STATE(125)] = 3972,
  [SMALL_STATE(126)] = 3992,
  [SMALL_STATE(127)] = 4014,
  [SMALL_STATE(128)] = 4034,
  [SMALL_STATE(129)] = 4054,
  [SMALL_STATE(130)] = 4068,
  [SMALL_STATE(131)] = 4088,
  [SMALL_STATE(132)] = 4101,
  [SMALL_STATE(133)] = 4113,
  [SMALL_STATE(134)] = 4131,
  [SMALL_STATE(135)] = 4149,
  [SMALL_STATE(136)] = 4169,
  [SMALL_STATE(137)] = 4181,
  [SMALL_STATE(138)] = 4195,
  [SMALL_STATE(139)] = 4215,
  [SMALL_STATE(140)] = 4231,
  [SMALL_STATE(141)] = 4243,
  [SMALL_STATE(142)] = 4261,
  [SMALL_STATE(143)] = 4277,
  [SMALL_STATE(144)] = 4289,
  [SMALL_STATE(145)] = 4309,
  [SMALL_STATE(146)] = 4329,
  [SMALL_STATE(147)] = 4341,
  [SMALL_STATE(148)] = 4361,
  [SMALL_STATE(149)] = 4377,
  [SMALL_STATE(150)] = 4389,
  [SMALL_STATE(151)] = 4407,
  [SMALL_STATE(152)] = 4427,
  [SMALL_STATE(153)] = 4445,
  [SMALL_STATE(154)] = 4457,
  [SMALL_STATE(155)] = 4471,
  [SMALL_STATE(156)] = 4483,
  [SMALL_STATE(157)] = 4503,
  [SMALL_STATE(158)] = 4521,
  [SMALL_STATE(159)] = 4539,
  [SMALL_STATE(160)] = 4554,
  [SMALL_STATE(161)] = 4571,
  [SMALL_STATE(162)] = 4588,
  [SMALL_STATE(163)] = 4605,
  [SMALL_STATE(164)] = 4620,
  [SMALL_STATE(165)] = 4633,
  [SMALL_STATE(166)] = 4648,
  [SMALL_STATE(167)] = 4661,
  [SMALL_STATE(168)] = 4672,
  [SMALL_STATE(169)] = 4689,
  [SMALL_STATE(170)] = 4706,
  [SMALL_STATE(171)] = 4723,
  [SMALL_STATE(172)] = 4740,
  [SMALL_STATE(173)] = 4755,
  [SMALL_STATE(174)] = 4766,
  [SMALL_STATE(175)] = 4781,
  [SMALL_STATE(176)] = 4796,
  [SMALL_STATE(177)] = 4811,
  [SMALL_STATE(178)] = 4828,
  [SMALL_STATE(179)] = 4845,
  [SMALL_STATE(180)] = 4860,
  [SMALL_STATE(181)] = 4877,
  [SMALL_STATE(182)] = 4888,
  [SMALL_STATE(183)] = 4905,
  [SMALL_STATE(184)] = 4922,
  [SMALL_STATE(185)] = 4939,
  [SMALL_STATE(186)] = 4956,
  [SMALL_STATE(187)] = 4971,
  [SMALL_STATE(188)] = 4985,
  [SMALL_STATE(189)] = 4999,
  [SMALL_STATE(190)] = 5013,
  [SMALL_STATE(191)] = 5027,
  [SMALL_STATE(192)] = 5041,
  [SMALL_STATE(193)] = 5055,
  [SMALL_STATE(194)] = 5069,
  [SMALL_STATE(195)] = 5083,
  [SMALL_STATE(196)] = 5095,
  [SMALL_STATE(197)] = 5109,
  [SMALL_STATE(198)] = 5123,
  [SMALL_STATE(199)] = 5137,
  [SMALL_STATE(200)] = 5151,
  [SMALL_STATE(201)] = 5165,
  [SMALL_STATE(202)] = 5177,
  [SMALL_STATE(203)] = 5191,
  [SMALL_STATE(204)] = 5203,
  [SMALL_STATE(205)] = 5217,
  [SMALL_STATE(206)] = 5231,
  [SMALL_STATE(207)] = 5245,
  [SMALL_STATE(208)] = 5259,
  [SMALL_STATE(209)] = 5273,
  [SMALL_STATE(210)] = 5285,
  [SMALL_STATE(211)] = 5299,
  [SMALL_STATE(212)] = 5313,
  [SMALL_STATE(213)] = 5327,
  [SMALL_STATE(214)] = 5341,
  [SMALL_STATE(215)] = 5355,
  [SMALL_STATE(216)] = 5369,
  [SMALL_STATE(217)] = 5383,
  [SMALL_STATE(218)] = 5397,
  [SMALL_STATE(219)] = 5411,
  [SMALL_STATE(220)] = 5423,
  [SMALL_STATE(221)] = 5437,
  [SMALL_STATE(222)] = 5451,
  [SMALL_STATE(223)] = 5463,
  [SMALL_STATE(224)] = 5477,
  [SMALL_STATE(225)] = 5491,
  [SMALL_STATE(226)] = 5505,
  [SMALL_STATE(227)] = 5517,
  [SMALL_STATE(228)] = 5531,
  [SMALL_STATE(229)] = 5545,
  [SMALL_STATE(230)] = 5557,
  [SMALL_STATE(231)] = 5571,
  [SMALL_STATE(232)] = 5585,
  [SMALL_STATE(233)] = 5595,
  [SMALL_STATE(234)] = 5605,
  [SMALL_STATE(235)] = 5619,
  [SMALL_STATE(236)] = 5633,
  [SMALL_STATE(237)] = 5647,
  [SMALL_STATE(238)] = 5661,
  [SMALL_STATE(239)] = 5673,
  [SMALL_STATE(240)] = 5685,
  [SMALL_STATE(241)] = 5697,
  [SMALL_STATE(242)] = 5711,
  [SMALL_STATE(243)] = 5725,
  [SMALL_STATE(244)] = 5739,
  [SMALL_STATE(245)] = 5753,
  [SMALL_STATE(246)] = 5767,
  [SMALL_STATE(247)] = 5781,
  [SMALL_STATE(248)] = 5795,
  [SMALL_STATE(249)] = 5809,
  [SMALL_STATE(250)] = 5823,
  [SMALL_STATE(251)] = 5837,
  [SMALL_STATE(252)] = 5851,
  [SMALL_STATE(253)] = 5865,
  [SMALL_STATE(254)] = 5875,
  [SMALL_STATE(255)] = 5889,
  [SMALL_STATE(256)] = 5903,
  [SMALL_STATE(257)] = 5917,
  [SMALL_STATE(258)] = 5931,
  [SMALL_STATE(259)] = 5945,
  [SMALL_STATE(260)] = 5959,
  [SMALL_STATE(261)] = 5973,
  [SMALL_STATE(262)] = 5985,
  [SMALL_STATE(263)] = 5999,
  [SMALL_STATE(264)] = 6011,
  [SMALL_STATE(265)] = 6023,
  [SMALL_STATE(266)] = 6037,
  [SMALL_STATE(267)] = 6049,
  [SMALL_STATE(268)] = 6063,
  [SMALL_STATE(269)] = 6077,
  [SMALL_STATE(270)] = 6091,
  [SMALL_STATE(271)] = 6105,
  [SMALL_STATE(272)] = 6119,
  [SMALL_STATE(273)] = 6133,
  [SMALL_STATE(274)] = 6147,
  [SMALL_STATE(275)] = 6161,
  [SMALL_STATE(276)] = 6171,
  [SMALL_STATE(277)] = 6185,
  [SMALL_STATE(278)] = 6199,
  [SMALL_STATE(279)] = 6211,
  [SMALL_STATE(280)] = 6223,
  [SMALL_STATE(281)] = 6237,
  [SMALL_STATE(282)] = 6249,
  [SMALL_STATE(283)] = 6263,
  [SMALL_STATE(284)] = 6277,
  [SMALL_STATE(285)] = 6289,
  [SMALL_STATE(286)] = 6303,
  [SMALL_STATE(287)] = 6315,
  [SMALL_STATE(288)] = 6327,
  [SMALL_STATE(289)] = 6341,
  [SMALL_STATE(290)] = 6355,
  [SMALL_STATE(291)] = 6369,
  [SMALL_STATE(292)] = 6383,
  [SMALL_STATE(293)] = 6397,
  [SMALL_STATE(294)] = 6411,
  [SMALL_STATE(295)] = 6425,
  [SMALL_STATE(296)] = 6439,
  [SMALL_STATE(297)] = 6453,
  [SMALL_STATE(298)] = 6464,
  [SMALL_STATE(299)] = 6473,
  [SMALL_STATE(300)] = 6484,
  [SMALL_STATE(301)] = 6493,
  [SMALL_STATE(302)] = 6502,
  [SMALL_STATE(303)] = 6511,
  [SMALL_STATE(304)] = 6520,
  [SMALL_STATE(305)] = 6531,
  [SMALL_STATE(306)] = 6540,
  [SMALL_STATE(307)] = 6549,
  [SMALL_STATE(308)] = 6558,
  [SMALL_STATE(309)] = 6569,
  [SMALL_STATE(310)] = 6578,
  [SMALL_STATE(311)] = 6587,
  [SMALL_STATE(312)] = 6596,
  [SMALL_STATE(313)] = 6607,
  [SMALL_STATE(314)] = 6616,
  [SMALL_STATE(315)] = 6627,
  [SMALL_STATE(316)] = 6638,
  [SMALL_STATE(317)] = 6649,
  [SMALL_STATE(318)] = 6658,
  [SMALL_STATE(319)] = 6669,
  [SMALL_STATE(320)] = 6680,
  [SMALL_STATE(321)] = 6689,
  [SMALL_STATE(322)] = 6700,
  [SMALL_STATE(323)] = 6709,
  [SMALL_STATE(324)] = 6718,
  [SMALL_STATE(325)] = 6729,
  [SMALL_STATE(326)] = 6740,
  [SMALL_STATE(327)] = 6749,
  [SMALL_STATE(328)] = 6760,
  [SMALL_STATE(329)] = 6769,
  [SMALL_STATE(330)] = 6778,
  [SMALL_STATE(331)] = 6789,
  [SMALL_STATE(332)] = 6798,
  [SMALL_STATE(333)] = 6809,
  [SMALL_STATE(334)] = 6818,
  [SMALL_STATE(335)] = 6829,
  [SMALL_STATE(336)] = 6840,
  [SMALL_STATE(337)] = 6849,
  [SMALL_STATE(338)] = 6858,
  [SMALL_STATE(339)] = 6867,
  [SMALL_STATE(340)] = 6878,
  [SMALL_STATE(341)] = 6887,
  [SMALL_STATE(342)] = 6898,
  [SMALL_STATE(343)] = 6909,
  [SMALL_STATE(344)] = 6918,
  [SMALL_STATE(345)] = 6929,
  [SMALL_STATE(346)] = 6938,
  [SMALL_STATE(347)] = 6949,
  [SMALL_STATE(348)] = 6960,
  [SMALL_STATE(349)] = 6971,
  [SMALL_STATE(350)] = 6982,
  [SMALL_STATE(351)] = 6991,
  [SMALL_STATE(352)] = 7000,
  [SMALL_STATE(353)] = 7009,
  [SMALL_STATE(354)] = 7020,
  [SMALL_STATE(355)] = 7031,
  [SMALL_STATE(356)] = 7042,
  [SMALL_STATE(357)] = 7053,
  [SMALL_STATE(358)] = 7062,
  [SMALL_STATE(359)] = 7071,
  [SMALL_STATE(360)] = 7080,
  [SMALL_STATE(361)] = 7091,
  [SMALL_STATE(362)] = 7100,
  [SMALL_STATE(363)] = 7109,
  [SMALL_STATE(364)] = 7118,
  [SMALL_STATE(365)] = 7127,
  [SMALL_STATE(366)] = 7138,
  [SMALL_STATE(367)] = 7147,
  [SMALL_STATE(368)] = 7156,
  [SMALL_STATE(369)] = 7167,
  [SMALL_STATE(370)] = 7176,
  [SMALL_STATE(371)] = 7185,
  [SMALL_STATE(372)] = 7196,
  [SMALL_STATE(373)] = 7205,
  [SMALL_STATE(374)] = 7214,
  [SMALL_STATE(375)] = 7225,
  [SMALL_STATE(376)] = 7236,
  [SMALL_STATE(377)] = 7245,
  [SMALL_STATE(378)] = 7254,
  [SMALL_STATE(379)] = 7265,
  [SMALL_STATE(380)] = 7274,
  [SMALL_STATE(381)] = 7285,
  [SMALL_STATE(382)] = 7294,
  [SMALL_STATE(383)] = 7303,
  [SMALL_STATE(384)] = 7312,
  [SMALL_STATE(385)] = 7321,
  [SMALL_STATE(386)] = 7330,
  [SMALL_STATE(387)] = 7339,
  [SMALL_STATE(388)] = 7348,
  [SMALL_STATE(389)] = 7357,
  [SMALL_STATE(390)] = 7368,
  [SMALL_STATE(391)] = 7377,
  [SMALL_STATE(392)] = 7388,
  [SMALL_STATE(393)] = 7397,
  [SMALL_STATE(394)] = 7406,
  [SMALL_STATE(395)] = 7415,
  [SMALL_STATE(396)] = 7424,
  [SMALL_STATE(397)] = 7433,
  [SMALL_STATE(398)] = 7442,
  [SMALL_STATE(399)] = 7451,
  [SMALL_STATE(400)] = 7462,
  [SMALL_STATE(401)] = 7473,
  [SMALL_STATE(402)] = 7482,
  [SMALL_STATE(403)] = 7493,
  [SMALL_STATE(404)] = 7504,
  [SMALL_STATE(405)] = 7515,
  [SMALL_STATE(406)] = 7524,
  [SMALL_STATE(407)] = 7535,
  [SMALL_STATE(408)] = 7544,
  [SMALL_STATE(409)] = 7553,
  [SMALL_STATE(410)] = 7562,
  [SMALL_STATE(411)] = 7571,
  [SMALL_STATE(412)] = 7580,
  [SMALL_STATE(413)] = 7589,
  [SMALL_STATE(414)] = 7598,
  [SMALL_STATE(415)] = 7607,
  [SMALL_STATE(416)] = 7618,
  [SMALL_STATE(417)] = 7629,
  [SMALL_STATE(418)] = 7638,
  [SMALL_STATE(419)] = 7649,
  [SMALL_STATE(420)] = 7660,
  [SMALL_STATE(421)] = 7669,
  [SMALL_STATE(422)] = 7680,
  [SMALL_STATE(423)] = 7691,
  [SMALL_STATE(424)] = 7702,
  [SMALL_STATE(425)] = 7713,
  [SMALL_STATE(426)] = 7724,
  [SMALL_STATE(427)] = 7732,
  [SMALL_STATE(428)] = 7740,
  [SMALL_STATE(429)] = 7748,
  [SMALL_STATE(430)] = 7756,
  [SMALL_STATE(431)] = 7764,
  [SMALL_STATE(432)] = 7772,
  [SMALL_STATE(433)] = 7780,
  [SMALL_STATE(434)] = 7788,
  [SMALL_STATE(435)] = 7796,
  [SMALL_STATE(436)] = 7804,
  [SMALL_STATE(437)] = 7812,
  [SMALL_STATE(438)] = 7820,
  [SMALL_STATE(439)] = 7828,
  [SMALL_STATE(440)] = 7836,
  [SMALL_STATE(441)] = 7844,
  [SMALL_STATE(442)] = 7852,
  [SMALL_STATE(443)] = 7860,
  [SMALL_STATE(444)] = 7868,
  [SMALL_STATE(445)] = 7876,
  [SMALL_STATE(446)] = 7884,
  [SMALL_STATE(447)] = 7892,
  [SMALL_STATE(448)] = 7900,
  [SMALL_STATE(449)] = 7908,
  [SMALL_STATE(450)] = 7916,
  [SMALL_STATE(451)] = 7924,
  [SMALL_STATE(452)] = 7932,
  [SMALL_STATE(453)] = 7940,
  [SMALL_STATE(454)] = 7948,
  [SMALL_STATE(455)] = 7956,
  [SMALL_STATE(456)] = 7964,
  [SMALL_STATE(457)] = 7972,
  [SMALL_STATE(458)] = 7980,
  [SMALL_STATE(459)] = 7988,
  [SMALL_STATE(460)] = 7996,
  [SMALL_STATE(461)] = 8004,
  [SMALL_STATE(462)] = 8012,
  [SMALL_STATE(463)] = 8020,
  [SMALL_STATE(464)] = 8028,
  [SMALL_STATE(465)] = 8036,
  [SMALL_STATE(466)] = 8044,
  [SMALL_STATE(467)] = 8052,
  [SMALL_STATE(468)] = 8060,
  [SMALL_STATE(469)] = 8068,
  [SMALL_STATE(470)] = 8076,
  [SMALL_STATE(471)] = 8084,
  [SMALL_STATE(472)] = 8092,
  [SMALL_STATE(473)] = 8100,
  [SMALL_STATE(474)] = 8108,
  [SMALL_STATE(475)] = 8116,
  [SMALL_STATE(476)] = 8124,
  [SMALL_STATE(477)] = 8132,
  [SMALL_STATE(478)] = 8140,
  [SMALL_STATE(479)] = 8148,
  [SMALL_STATE(480)] = 8156,
  [SMALL_STATE(481)] = 8164,
  [SMALL_STATE(482)] = 8172,
  [SMALL_STATE(483)] = 8180,
  [SMALL_STATE(484)] = 8188,
  [SMALL_STATE(485)] = 8196,
  [SMALL_STATE(486)] = 8204,
  [SMALL_STATE(487)] = 8212,
  [SMALL_STATE(488)] = 8220,
  [SMALL_STATE(489)] = 8228,
  [SMALL_STATE(490)] = 8236,
  [SMALL_STATE(491)] = 8244,
  [SMALL_STATE(492)] = 8252,
  [SMALL_STATE(493)] = 8260,
  [SMALL_STATE(494)] = 8268,
  [SMALL_STATE(495)] = 8276,
  [SMALL_STATE(496)] = 8284,
  [SMALL_STATE(497)] = 8292,
  [SMALL_STATE(498)] = 8300,
  [SMALL_STATE(499)] = 8308,
  [SMALL_STATE(500)] = 8316,
  [SMALL_STATE(501)] = 8324,
  [SMALL_STATE(502)] = 8332,
  [SMALL_STATE(503)] = 8340,
  [SMALL_STATE(504)] = 8348,
  [SMALL_STATE(505)] = 8356,
  [SMALL_STATE(506)] = 8364,
  [SMALL_STATE(507)] = 8372,
  [SMALL_STATE(508)] = 8380,
  [SMALL_STATE(509)] = 8388,
  [SMALL_STATE(510)] = 8396,
  [SMALL_STATE(511)] = 8404,
  [SMALL_STATE(512)] = 8412,
  [SMALL_STATE(513)] = 8420,
  [SMALL_STATE(514)] = 8428,
  [SMALL_STATE(515)] = 8436,
  [SMALL_STATE(516)] = 8444,
  [SMALL_STATE(517)] = 8452,
  [SMALL_STATE(518)] = 8460,
  [SMALL_STATE(519)] = 8468,
  [SMALL_STATE(520)] = 8476,
  [SMALL_STATE(521)] = 8484,
  [SMALL_STATE(522)] = 8492,
  [SMALL_STATE(523)] = 8500,
  [SMALL_STATE(524)] = 8508,
  [SMALL_STATE(525)] = 8516,
  [SMALL_STATE(526)] = 8524,
  [SMALL_STATE(527)] = 8532,
  [SMALL_STATE(528)] = 8540,
  [SMALL_STATE(529)] = 8548,
  [SMALL_STATE(530)] = 8556,
  [SMALL_STATE(531)] = 8564,
  [SMALL_STATE(532)] = 8572,
  [SMALL_STATE(533)] = 8580,
  [SMALL_STATE(534)] = 8588,
  [SMALL_STATE(535)] = 8596,
  [SMALL_STATE(536)] = 8604,
  [SMALL_STATE(537)] = 8612,
  [SMALL_STATE(538)] = 8620,
  [SMALL_STATE(539)] = 8628,
  [SMALL_STATE(540)] = 8636,
  [SMALL_STATE(541)] = 8644,
  [SMALL_STATE(542)] = 8652,
  [SMALL_STATE(543)] = 8660,
  [SMALL_STATE(544)] = 8668,
  [SMALL_STATE(545)] = 8676,
  [SMALL_STATE(546)] = 8684,
  [SMALL_STATE(547)] = 8692,
  [SMALL_STATE(548)] = 8700,
  [SMALL_STATE(549)] = 8708,
  [SMALL_STATE(550)] = 8716,
  [SMALL_STATE(551)] = 8724,
  [SMALL_STATE(552)] = 8732,
  [SMALL_STATE(553)] = 8740,
  [SMALL_STATE(554)] = 8748,
  [SMALL_STATE(555)] = 8756,
  [SMALL_STATE(556)] = 8764,
  [SMALL_STATE(557)] = 8772,
  [SMALL_STATE(558)] = 8780,
  [SMALL_STATE(559)] = 8788,
  [SMALL_STATE(560)] = 8796,
  [SMALL_STATE(561)] = 8804,
  [SMALL_STATE(562)] = 8812,
  [SMALL_STATE(563)] = 8820,
  [SMALL_STATE(564)] = 8828,
  [SMALL_STATE(565)] = 8836,
  [SMALL_STATE(566)] = 8844,
  [SMALL_STATE(567)] = 8852,
  [SMALL_STATE(568)] = 8860,
  [SMALL_STATE(569)] = 8868,
  [SMALL_STATE(570)] = 8876,
  [SMALL_STATE(571)] = 8884,
  [SMALL_STATE(572)] = 8892,
  [SMALL_STATE(573)] = 8900,
  [SMALL_STATE(574)] = 8908,
  [SMALL_STATE(575)] = 8916,
  [SMALL_STATE(576)] = 8924,
  [SMALL_STATE(577)] = 8932,
  [SMALL_STATE(578)] = 8940,
  [SMALL_STATE(579)] = 8948,
  [SMALL_STATE(580)] = 8956,
  [SMALL_STATE(581)] = 8964,
  [SMALL_STATE(582)] = 8972,
  [SMALL_STATE(583)] = 8980,
  [SMALL_STATE(584)] = 8988,
  [SMALL_STATE(585)] = 8996,
  [SMALL_STATE(586)] = 9004,
  [SMALL_STATE(587)] = 9012,
  [SMALL_STATE(588)] = 9020,
  [SMALL_STATE(589)] = 9028,
  [SMALL_STATE(590)] = 9036,
  [SMALL_STATE(591)] = 9044,
  [SMALL_STATE(592)] = 9052,
  [SMALL_STATE(593)] = 9060,
  [SMALL_STATE(594)] = 9068,
  [SMALL_STATE(595)] = 9076,
  [SMALL_STATE(596)] = 9084,
  [SMALL_STATE(597)] = 9092,
  [SMALL_STATE(598)] = 9100,
  [SMALL_STATE(599)] = 9108,
  [SMALL_STATE(600)] = 9116,
  [SMALL_STATE(601)] = 9124,
  [SMALL_STATE(602)] = 9132,
  [SMALL_STATE(603)] = 9140,
  [SMALL_STATE(604)] = 9148,
  [SMALL_STATE(605)] = 9156,
  [SMALL_STATE(606)] = 9164,
  [SMALL_STATE(607)] = 9172,
  [SMALL_STATE(608)] = 9180,
  [SMALL_STATE(609)] = 9188,
  [SMALL_STATE(610)] = 9196,
  [SMALL_STATE(611)] = 9204,
  [SMALL_STATE(612)] = 9212,
  [SMALL_STATE(613)] = 9220,
  [SMALL_STATE(614)] = 9228,
  [SMALL_STATE(615)] = 9236,
  [SMALL_STATE(616)] = 9244,
  [SMALL_STATE(617)] = 9252,
  [SMALL_STATE(618)] = 9260,
  [SMALL_STATE(619)] = 9268,
  [SMALL_STATE(620)] = 9276,
  [SMALL_STATE(621)] = 9284,
  [SMALL_STATE(622)] = 9292,
  [SMALL_STATE(623)] = 9300,
  [SMALL_STATE(624)] = 9308,
  [SMALL_STATE(625)] = 9316,
  [SMALL_STATE(626)] = 9324,
  [SMALL_STATE(627)] = 9332,
  [SMALL_STATE(628)] = 9340,
  [SMALL_STATE(629)] = 9348,
  [SMALL_STATE(630)] = 9356,
  [SMALL_STATE(631)] = 9364,
  [SMALL_STATE(632)] = 9372,
  [SMALL_STATE(633)] = 9380,
  [SMALL_STATE(634)] = 9388,
  [SMALL_STATE(635)] = 9396,
  [SMALL_STATE(636)] = 9404,
  [SMALL_STATE(637)] = 9412,
  [SMALL_STATE(638)] = 9420,
  [SMALL_STATE(639)] = 9428,
  [SMALL_STATE(640)] = 9436,
  [SMALL_STATE(641)] = 9444,
  [SMALL_STATE(642)] = 9452,
  [SMALL_STATE(643)] = 9460,
  [SMALL_STATE(644)] = 9468,
  [SMALL_STATE(645)] = 9476,
  [SMALL_STATE(646)] = 9484,
  [SMALL_STATE(647)] = 9492,
  [SMALL_STATE(648)] = 9500,
  [SMALL_STATE(649)] = 9508,
  [SMALL_STATE(650)] = 9516,
  [SMALL_STATE(651)] = 9524,
  [SMALL_STATE(652)] = 9532,
  [SMALL_STATE(653)] = 9540,
  [SMALL_STATE(654)] = 9548,
  [SMALL_STATE(655)] = 9556,
  [SMALL_STATE(656)] = 9564,
  [SMALL_STATE(657)] = 9572,
  [SMALL_STATE(658)] = 9580,
  [SMALL_STATE(659)] = 9588,
  [SMALL_STATE(660)] = 9596,
  [SMALL_STATE(661)] = 9604,
  [SMALL_STATE(662)] = 9612,
  [SMALL_STATE(663)] = 9620,
  [SMALL_STATE(664)] = 9628,
  [SMALL_STATE(665)] = 9636,
  [SMALL_STATE(666)] = 9644,
  [SMALL_STATE(667)] = 9652,
  [SMALL_STATE(668)] = 9660,
  [SMALL_STATE(669)] = 9668,
  [SMALL_STATE(670)] = 9676,
  [SMALL_STATE(671)] = 9684,
  [SMALL_STATE(672)] = 9692,
  [SMALL_STATE(673)] = 9700,
  [SMALL_STATE(674)] = 9708,
  [SMALL_STATE(675)] = 9716,
  [SMALL_STATE(676)] = 9724,
  [SMALL_STATE(677)] = 9732,
  [SMALL_STATE(678)] = 9740,
  [SMALL_STATE(679)] = 9748,
  [SMALL_STATE(680)] = 9756,
  [SMALL_STATE(681)] = 9764,
  [SMALL_STATE(682)] = 9772,
  [SMALL_STATE(683)] = 9780,
  [SMALL_STATE(684)] = 9788,
  [SMALL_STATE(685)] = 9796,
  [SMALL_STATE(686)] = 9804,
  [SMALL_STATE(687)] = 9812,
  [SMALL_STATE(688)] = 9820,
  [SMALL_STATE(689)] = 9828,
  [SMALL_STATE(690)] = 9836,
  [SMALL_STATE(691)] = 9844,
  [SMALL_STATE(692)] = 9852,
  [SMALL_STATE(693)] = 9860,
  [SMALL_STATE(694)] = 9868,
  [SMALL_STATE(695)] = 9876,
  [SMALL_STATE(696)] = 9884,
  [SMALL_STATE(697)] = 9892,
  [SMALL_STATE(698)] = 9900,
  [SMALL_STATE(699)] = 9908,
  [SMALL_STATE(700)] = 9916,
  [SMALL_STATE(701)] = 9924,
  [SMALL_STATE(702)] = 9932,
  [SMALL_STATE(703)] = 9940,
  [SMALL_STATE(704)] = 9948,
  [SMALL_STATE(705)] = 9956,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(663),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(652),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(646),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(633),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(629),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(168),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(567),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(616),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(570),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(584),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(586),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(588),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(591),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(299),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(593),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(312),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(641),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(620),
  [61] = {.entry = {.count = 1, .reusable = false}}, SHIFT(636),
  [63] = {.entry = {.count = 1, .reusable = false}}, SHIFT(638),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(445),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(578),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(425),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(422),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(705),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [87] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(315),
  [90] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(104),
  [95] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(12),
  [98] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(567),
  [101] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(19),
  [104] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(616),
  [107] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(570),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(584),
  [113] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_basic_block_repeat1, 2),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_basic_block_repeat1, 2), SHIFT_REPEAT(57),
  [118] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [124] = {.entry = {.count = 1, .reusable = false}}, SHIFT(569),
  [126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(232),
  [134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(665),
  [138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [140] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nop, 2),
  [142] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nop, 2),
  [144] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_live, 1),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_live, 1),
  [148] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_assign, 4, .production_id = 46),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assign, 4, .production_id = 46),
  [152] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_live, 5),
  [154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_live, 5),
  [156] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_dead, 5),
  [158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_dead, 5),
  [160] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_generic_statement, 3, .production_id = 29),
  [162] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_statement, 3, .production_id = 29),
  [164] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_set_discriminant, 7, .production_id = 77),
  [166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_set_discriminant, 7, .production_id = 77),
  [168] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_generic_statement, 2, .production_id = 4),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_statement, 2, .production_id = 4),
  [172] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_storage_dead, 1),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_dead, 1),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [178] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [182] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(21),
  [185] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(663),
  [188] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(374),
  [191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(652),
  [194] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(646),
  [197] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(349),
  [200] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(633),
  [203] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(629),
  [206] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(542),
  [209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [227] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [231] = {.entry = {.count = 1, .reusable = false}}, SHIFT(194),
  [233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [235] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(476),
  [239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [245] = {.entry = {.count = 1, .reusable = false}}, SHIFT(599),
  [247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(526),
  [249] = {.entry = {.count = 1, .reusable = true}}, SHIFT(478),
  [251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(574),
  [255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(573),
  [267] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2),
  [269] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(565),
  [272] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(419),
  [275] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(192),
  [278] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(455),
  [281] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_body_repeat1, 2), SHIFT_REPEAT(194),
  [284] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_body_repeat1, 2),
  [286] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [294] = {.entry = {.count = 1, .reusable = false}}, SHIFT(527),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(471),
  [298] = {.entry = {.count = 1, .reusable = false}}, SHIFT(545),
  [300] = {.entry = {.count = 1, .reusable = false}}, SHIFT(460),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(337),
  [304] = {.entry = {.count = 1, .reusable = false}}, SHIFT(338),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(697),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 4, .production_id = 2),
  [310] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 4, .production_id = 2),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 3, .production_id = 2),
  [316] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 3, .production_id = 2),
  [318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(547),
  [322] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 36),
  [324] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 36),
  [326] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mir_header, 4, .production_id = 3),
  [328] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mir_header, 4, .production_id = 3),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_place, 1),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_anon_const_item, 5, .production_id = 5),
  [334] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_anon_const_item, 5, .production_id = 5),
  [336] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 12, .production_id = 74),
  [338] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 12, .production_id = 74),
  [340] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 11, .production_id = 64),
  [342] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 11, .production_id = 64),
  [344] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 3),
  [346] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 3),
  [348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_comment, 3, .production_id = 1),
  [350] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_comment, 3, .production_id = 1),
  [352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field, 7, .production_id = 76),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 5, .production_id = 6),
  [356] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 5, .production_id = 6),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 20),
  [360] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 20),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 22),
  [364] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 22),
  [366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 13),
  [368] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 13),
  [370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_downcast, 5, .production_id = 55),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 14),
  [374] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 14),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 34),
  [378] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 34),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 9, .production_id = 35),
  [382] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 9, .production_id = 35),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_promoted_item, 10, .production_id = 51),
  [386] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_promoted_item, 10, .production_id = 51),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_downcast, 6, .production_id = 66),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 5, .production_id = 2),
  [392] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 5, .production_id = 2),
  [394] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 50),
  [396] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 50),
  [398] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 49),
  [400] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 49),
  [402] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 2),
  [404] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 2),
  [406] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 10, .production_id = 48),
  [408] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 10, .production_id = 48),
  [410] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 6, .production_id = 2),
  [412] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 6, .production_id = 2),
  [414] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_static_item, 6, .production_id = 11),
  [416] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_static_item, 6, .production_id = 11),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_const_item, 6, .production_id = 11),
  [420] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_const_item, 6, .production_id = 11),
  [422] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_deref, 4),
  [424] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 7, .production_id = 15),
  [426] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 7, .production_id = 15),
  [428] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 8, .production_id = 21),
  [430] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 8, .production_id = 21),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_static_item, 7, .production_id = 16),
  [434] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_static_item, 7, .production_id = 16),
  [436] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function, 6, .production_id = 10),
  [438] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function, 6, .production_id = 10),
  [440] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_index, 4, .production_id = 44),
  [442] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_body, 4),
  [444] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_body, 4),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_index, 4, .production_id = 45),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(630),
  [450] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_alloc, 7, .production_id = 2),
  [452] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_alloc, 7, .production_id = 2),
  [454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(631),
  [456] = {.entry = {.count = 1, .reusable = false}}, SHIFT(413),
  [458] = {.entry = {.count = 1, .reusable = false}}, SHIFT(307),
  [460] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [462] = {.entry = {.count = 1, .reusable = false}}, SHIFT(502),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(560),
  [466] = {.entry = {.count = 1, .reusable = false}}, SHIFT(504),
  [468] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [470] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_debug, 6, .production_id = 53),
  [472] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coroutine_debug, 6, .production_id = 53),
  [474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(505),
  [476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [484] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 1, .production_id = 18),
  [486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [488] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 9, .production_id = 75),
  [490] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 9, .production_id = 75),
  [492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [494] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 2, .production_id = 26),
  [496] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 3, .production_id = 41),
  [498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(506),
  [500] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 6, .production_id = 54),
  [502] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 6, .production_id = 54),
  [504] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 8, .production_id = 54),
  [506] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 8, .production_id = 54),
  [508] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 8, .production_id = 75),
  [510] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 8, .production_id = 75),
  [512] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 4, .production_id = 23),
  [514] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 4, .production_id = 23),
  [516] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 5, .production_id = 39),
  [518] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 5, .production_id = 39),
  [520] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 5, .production_id = 17),
  [522] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 5, .production_id = 17),
  [524] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 7, .production_id = 39),
  [526] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 7, .production_id = 39),
  [528] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_debug, 5, .production_id = 38),
  [530] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_debug, 5, .production_id = 38),
  [532] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_debug, 5, .production_id = 37),
  [534] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_debug, 5, .production_id = 37),
  [536] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2),
  [538] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(337),
  [541] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(338),
  [544] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_block_repeat1, 2), SHIFT_REPEAT(261),
  [547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_block, 5),
  [549] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_block, 5),
  [551] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope, 5, .production_id = 23),
  [553] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scope, 5, .production_id = 23),
  [555] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_block, 4),
  [557] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_layout_block, 4),
  [559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let, 3, .production_id = 17),
  [561] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let, 3, .production_id = 17),
  [563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_debug, 6, .production_id = 52),
  [565] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_coroutine_debug, 6, .production_id = 52),
  [567] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_constant, 2, .production_id = 27),
  [569] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_operand, 1),
  [571] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_local, 1),
  [573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 4),
  [575] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_body_repeat2, 2),
  [577] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_body_repeat2, 2), SHIFT_REPEAT(6),
  [580] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_body_repeat2, 2), SHIFT_REPEAT(197),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [587] = {.entry = {.count = 1, .reusable = false}}, SHIFT(484),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [591] = {.entry = {.count = 1, .reusable = false}}, SHIFT(589),
  [593] = {.entry = {.count = 1, .reusable = false}}, SHIFT(590),
  [595] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 8, .production_id = 63),
  [597] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_field_decl, 4, .production_id = 65),
  [599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(662),
  [607] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 5),
  [609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [611] = {.entry = {.count = 1, .reusable = true}}, SHIFT(624),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(563),
  [615] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 11, .production_id = 63),
  [617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [621] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 6),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(637),
  [627] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 10, .production_id = 63),
  [629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [633] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_storage_conflicts, 9, .production_id = 63),
  [635] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_path, 1),
  [637] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [639] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant_fields, 7),
  [641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [643] = {.entry = {.count = 1, .reusable = false}}, SHIFT(482),
  [645] = {.entry = {.count = 1, .reusable = false}}, SHIFT(483),
  [647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [651] = {.entry = {.count = 1, .reusable = true}}, SHIFT(475),
  [653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(474),
  [655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [657] = {.entry = {.count = 1, .reusable = false}}, SHIFT(229),
  [659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(525),
  [667] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(615),
  [677] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unwind_action, 2, .production_id = 40),
  [679] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(695),
  [691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(694),
  [693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(611),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [707] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_field_decl, 5, .production_id = 65),
  [709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(579),
  [713] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assert_repeat1, 2), SHIFT_REPEAT(39),
  [716] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assert_repeat1, 2),
  [718] = {.entry = {.count = 1, .reusable = true}}, SHIFT(648),
  [720] = {.entry = {.count = 1, .reusable = true}}, SHIFT(647),
  [722] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [724] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [726] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [728] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_path, 2),
  [730] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [734] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [736] = {.entry = {.count = 1, .reusable = true}}, SHIFT(479),
  [738] = {.entry = {.count = 1, .reusable = true}}, SHIFT(485),
  [740] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [748] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(651),
  [752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(524),
  [756] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(536),
  [764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(534),
  [766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [768] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [770] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [774] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 2),
  [776] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [778] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_ref_kind, 1),
  [780] = {.entry = {.count = 1, .reusable = false}}, SHIFT(417),
  [782] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 1),
  [784] = {.entry = {.count = 1, .reusable = true}}, SHIFT(703),
  [786] = {.entry = {.count = 1, .reusable = true}}, SHIFT(702),
  [788] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [790] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [792] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [794] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [796] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 5, .production_id = 12),
  [798] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 5, .production_id = 12),
  [800] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [802] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [804] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 5, .production_id = 47),
  [806] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 5, .production_id = 47),
  [808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(699),
  [810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [812] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [814] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [816] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [818] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_ref_kind, 2),
  [820] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [822] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [824] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_layout_repeat1, 2), SHIFT_REPEAT(54),
  [827] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_layout_repeat1, 2),
  [829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(683),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(684),
  [835] = {.entry = {.count = 1, .reusable = true}}, SHIFT(696),
  [837] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 2, .production_id = 104), SHIFT_REPEAT(406),
  [840] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 2, .production_id = 104),
  [842] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [844] = {.entry = {.count = 1, .reusable = true}}, SHIFT(462),
  [846] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [848] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [850] = {.entry = {.count = 1, .reusable = true}}, SHIFT(535),
  [852] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [856] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 6, .production_id = 62),
  [858] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 6, .production_id = 62),
  [860] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [862] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 6, .production_id = 12),
  [868] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 6, .production_id = 12),
  [870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [872] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [874] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [876] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [878] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [880] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [882] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [884] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [886] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [888] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [890] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [892] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [894] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [896] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_variant_repeat1, 2), SHIFT_REPEAT(226),
  [899] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_variant_repeat1, 2),
  [901] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [909] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 3, .production_id = 19),
  [911] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 3, .production_id = 19),
  [913] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 3, .production_id = 12),
  [915] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 3, .production_id = 12),
  [917] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_function_repeat1, 2), SHIFT_REPEAT(400),
  [920] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_function_repeat1, 2),
  [922] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [924] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [926] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__targets_repeat1, 2), SHIFT_REPEAT(126),
  [929] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__targets_repeat1, 2),
  [931] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(548),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [939] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [941] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [943] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [945] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [947] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [949] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_call_expr_repeat1, 2), SHIFT_REPEAT(29),
  [952] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_call_expr_repeat1, 2),
  [954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(538),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [958] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_alloc_repeat1, 2),
  [960] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_alloc_repeat1, 2), SHIFT_REPEAT(255),
  [963] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [965] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [967] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_switch_int_repeat1, 2), SHIFT_REPEAT(164),
  [970] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_switch_int_repeat1, 2),
  [972] = {.entry = {.count = 1, .reusable = true}}, SHIFT(690),
  [974] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [976] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [978] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [980] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 7, .production_id = 73),
  [982] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 7, .production_id = 73),
  [984] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_variant_fields_repeat1, 2), SHIFT_REPEAT(416),
  [987] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_variant_fields_repeat1, 2),
  [989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [991] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [993] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [995] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_field_tys_repeat1, 2), SHIFT_REPEAT(172),
  [998] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_field_tys_repeat1, 2),
  [1000] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1002] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [1004] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [1006] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [1008] = {.entry = {.count = 1, .reusable = false}}, SHIFT(518),
  [1010] = {.entry = {.count = 1, .reusable = false}}, SHIFT(519),
  [1012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(518),
  [1014] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unwind_action, 5, .production_id = 79),
  [1016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [1018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(649),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(650),
  [1022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1024] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [1026] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 4, .production_id = 12),
  [1028] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 4, .production_id = 12),
  [1030] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 4, .production_id = 31),
  [1032] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 4, .production_id = 31),
  [1034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(509),
  [1036] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [1038] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [1040] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_storage_conflicts_repeat1, 2), SHIFT_REPEAT(262),
  [1043] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_storage_conflicts_repeat1, 2),
  [1045] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_block, 2, .production_id = 12),
  [1047] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_block, 2, .production_id = 12),
  [1049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1055] = {.entry = {.count = 1, .reusable = true}}, SHIFT(608),
  [1057] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2, .production_id = 83), SHIFT_REPEAT(177),
  [1060] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2, .production_id = 83),
  [1062] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [1064] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [1066] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [1070] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [1072] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [1074] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_aggregate_repeat1, 2), SHIFT_REPEAT(281),
  [1077] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_aggregate_repeat1, 2),
  [1079] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 5),
  [1081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(676),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(677),
  [1085] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 5, .production_id = 4),
  [1087] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attribute, 3, .production_id = 8),
  [1089] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_init, 3, .production_id = 8),
  [1091] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(550),
  [1095] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 6, .production_id = 42),
  [1097] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_upvar_start, 3, .production_id = 7),
  [1099] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [1101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(470),
  [1103] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 5, .production_id = 82),
  [1105] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 7, .production_id = 84),
  [1107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(463),
  [1109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [1111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 90),
  [1113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [1115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 91),
  [1117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [1119] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 6),
  [1121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [1123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [1125] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_field, 3, .production_id = 32),
  [1127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [1129] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_field, 3, .production_id = 33),
  [1131] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 4, .production_id = 4),
  [1133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(686),
  [1137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [1139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 6, .production_id = 82),
  [1141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 8, .production_id = 84),
  [1145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(493),
  [1147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(491),
  [1149] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_arm, 3, .production_id = 93),
  [1151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1153] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref_kind, 3),
  [1155] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 4, .production_id = 72),
  [1157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(691),
  [1161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(581),
  [1163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(592),
  [1165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 90),
  [1167] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 96),
  [1169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 3),
  [1171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [1173] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [1175] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 5, .production_id = 42),
  [1177] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 91),
  [1179] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 7, .production_id = 97),
  [1181] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 2),
  [1183] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 4, .production_id = 98),
  [1185] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, .production_id = 69),
  [1187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, .production_id = 68),
  [1189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_saved_ty_repeat1, 4, .production_id = 99),
  [1191] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 9, .production_id = 84),
  [1193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(571),
  [1195] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [1197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 1),
  [1199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(607),
  [1201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conflict, 5),
  [1203] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_conflict, 1),
  [1205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [1207] = {.entry = {.count = 1, .reusable = true}}, SHIFT(594),
  [1209] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 8, .production_id = 96),
  [1211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(673),
  [1213] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 3, .production_id = 4),
  [1215] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_saved_ty, 8, .production_id = 97),
  [1217] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 3, .production_id = 42),
  [1219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variant, 10, .production_id = 84),
  [1221] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 6, .production_id = 101),
  [1223] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 6, .production_id = 102),
  [1225] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 3, .production_id = 9),
  [1227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 3, .production_id = 59),
  [1229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 101),
  [1231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 103),
  [1233] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 102),
  [1235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [1237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 7, .production_id = 105),
  [1239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 2, .production_id = 26),
  [1241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout_other, 3, .production_id = 8),
  [1243] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_ref, 3, .production_id = 58),
  [1245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 8, .production_id = 103),
  [1247] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scope_ref, 4),
  [1249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_info, 8, .production_id = 105),
  [1251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 4, .production_id = 106),
  [1253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_info_repeat1, 4, .production_id = 107),
  [1255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 7),
  [1257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_field_tys, 4),
  [1259] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call_expr, 4, .production_id = 42),
  [1261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [1263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(531),
  [1265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [1267] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 4),
  [1269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [1275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(522),
  [1277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(496),
  [1283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(498),
  [1287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [1289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(501),
  [1291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [1293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(503),
  [1295] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_terminate, 5),
  [1297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [1299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [1303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(669),
  [1305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [1307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(510),
  [1309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [1313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [1315] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 5),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(516),
  [1319] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 5, .production_id = 56),
  [1321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [1325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(486),
  [1327] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1329] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 3),
  [1331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(523),
  [1333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [1335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [1337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 3),
  [1339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(477),
  [1343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_thread_local_ref, 3, .production_id = 57),
  [1345] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 4, .production_id = 4),
  [1347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(698),
  [1349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [1351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(472),
  [1353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 5, .production_id = 4),
  [1355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [1357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_call, 5, .production_id = 60),
  [1359] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 3, .production_id = 61),
  [1361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 2),
  [1365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [1367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 2),
  [1369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [1373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_terminator, 4, .production_id = 43),
  [1375] = {.entry = {.count = 1, .reusable = true}}, SHIFT(539),
  [1377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [1379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(541),
  [1381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [1383] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [1385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [1387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [1389] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 4),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [1393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(468),
  [1395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [1397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [1399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [1401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [1403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [1405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [1407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [1411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [1413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [1415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [1417] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_drop, 6, .production_id = 67),
  [1419] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 3),
  [1421] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 5),
  [1423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(441),
  [1425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [1427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(439),
  [1429] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [1431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [1433] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [1435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [1437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [1439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [1441] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inline_asm, 6, .production_id = 70),
  [1443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [1449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [1451] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 4),
  [1453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(693),
  [1455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(572),
  [1457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(444),
  [1459] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 4),
  [1461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(487),
  [1463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [1465] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_thread_local_ref, 4, .production_id = 71),
  [1467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [1469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [1473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [1475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(687),
  [1477] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 4, .production_id = 61),
  [1479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [1481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [1483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [1485] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [1487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1489] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [1491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(622),
  [1493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [1497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [1499] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [1501] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 3, .production_id = 4),
  [1503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [1505] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mutable, 1),
  [1507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [1509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(497),
  [1511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(508),
  [1513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(511),
  [1515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(513),
  [1517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(685),
  [1519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1521] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_async_drop, 7, .production_id = 78),
  [1523] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cleanup, 3),
  [1525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(604),
  [1527] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 6),
  [1529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [1531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(682),
  [1533] = {.entry = {.count = 1, .reusable = true}}, SHIFT(605),
  [1535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(606),
  [1537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [1539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(681),
  [1541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(612),
  [1543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1549] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat, 5, .production_id = 80),
  [1551] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array, 5),
  [1553] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tuple, 5),
  [1555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(614),
  [1557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(551),
  [1559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_raw_ptr, 5, .production_id = 81),
  [1561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [1563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 5, .production_id = 61),
  [1565] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_generic_terminator, 3, .production_id = 30),
  [1567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(552),
  [1569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [1571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(617),
  [1573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [1575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [1577] = {.entry = {.count = 1, .reusable = true}}, SHIFT(679),
  [1579] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_tail_call, 3, .production_id = 28),
  [1581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(625),
  [1585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [1587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(553),
  [1589] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 1),
  [1591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [1593] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_false_unwind, 3, .production_id = 25),
  [1595] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_false_edge, 3, .production_id = 25),
  [1597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(490),
  [1599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [1601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(495),
  [1603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [1605] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goto, 3, .production_id = 25),
  [1607] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(635),
  [1611] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_drop, 8, .production_id = 85),
  [1613] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 8, .production_id = 86),
  [1615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [1617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [1619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(639),
  [1621] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 2),
  [1623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(642),
  [1625] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__targets, 2, .production_id = 24),
  [1627] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 8, .production_id = 87),
  [1629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(644),
  [1631] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_yield, 8, .production_id = 88),
  [1633] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_aggregate, 6, .production_id = 61),
  [1635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(680),
  [1637] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cast, 6, .production_id = 89),
  [1639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(556),
  [1641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(507),
  [1643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(674),
  [1645] = {.entry = {.count = 1, .reusable = true}}, SHIFT(514),
  [1647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(561),
  [1649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(515),
  [1651] = {.entry = {.count = 1, .reusable = true}}, SHIFT(517),
  [1653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [1655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [1657] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [1659] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [1665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(576),
  [1667] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_projection_name, 3),
  [1669] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_async_drop, 9, .production_id = 92),
  [1671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(672),
  [1673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(661),
  [1675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(670),
  [1677] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 9, .production_id = 86),
  [1679] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [1681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [1683] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 9, .production_id = 94),
  [1685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(664),
  [1687] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 9, .production_id = 95),
  [1689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [1691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(598),
  [1693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [1695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(666),
  [1699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [1701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [1703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(600),
  [1705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(543),
  [1707] = {.entry = {.count = 1, .reusable = true}}, SHIFT(544),
  [1709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [1711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(558),
  [1713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [1715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(580),
  [1717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(587),
  [1719] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 10, .production_id = 86),
  [1721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(671),
  [1723] = {.entry = {.count = 1, .reusable = false}}, SHIFT(618),
  [1725] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert, 10, .production_id = 100),
  [1727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [1731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(595),
  [1733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(596),
  [1735] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_coroutine_drop, 2),
  [1737] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unreachable, 2),
  [1739] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_switch_int, 11, .production_id = 86),
  [1741] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_resume, 2),
  [1743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(678),
  [1745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return, 2),
  [1747] = {.entry = {.count = 1, .reusable = true}}, SHIFT(601),
  [1749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(619),
  [1751] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_terminate, 2),
  [1753] = {.entry = {.count = 1, .reusable = true}}, SHIFT(688),
  [1755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [1757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(621),
  [1759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(623),
  [1761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(626),
  [1763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(692),
  [1765] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [1767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [1769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(627),
  [1771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(634),
  [1773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [1775] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1777] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(640),
  [1781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [1783] = {.entry = {.count = 1, .reusable = true}}, SHIFT(645),
  [1785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [1787] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [1789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [1791] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_layout, 6, .production_id = 4),
  [1793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(653),
  [1795] = {.entry = {.count = 1, .reusable = true}}, SHIFT(654),
  [1797] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [1799] = {.entry = {.count = 1, .reusable = true}}, SHIFT(655),
  [1801] = {.entry = {.count = 1, .reusable = true}}, SHIFT(656),
  [1803] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [1805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [1807] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
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
