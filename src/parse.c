/*
 * Stage 1: text -> syntax tree (tree-sitter, grammar/) -> IR (ir.h), plus diagnostics.
 *
 * All walks are iterative or bounded by the grammar's fixed nesting, except where the
 * input itself nests (scopes, places), which use explicit stacks / loops so that hostile
 * input cannot overflow the C stack.
 */
#include "alloc.h"
#include "ir.h"
#include "readfile.h"
#include "sniff.h"

#include <ctype.h>
#include <errno.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_mir(void);

/* Symbols and fields of the grammar we dispatch on, resolved once per parse. */
#define SYMBOLS(X)                                                                             \
  X(mir_header) X(layout_comment) X(function) X(const_item) X(static_item) X(promoted_item)     \
  X(def_path) X(pass) X(parameter) X(type) X(body) X(debug) X(let) X(scope) X(layout_block)    \
  X(coroutine_debug) X(basic_block) X(cleanup) X(label) X(assign) X(storage_live)               \
  X(storage_dead) X(set_discriminant) X(nop) X(generic_statement) X(goto) X(switch_int)         \
  X(switch_arm) X(return) X(resume) X(unreachable) X(coroutine_drop) X(drop) X(call) X(assert)  \
  X(yield) X(false_edge) X(false_unwind) X(inline_asm) X(tail_call) X(generic_terminator)       \
  X(target) X(unwind_action) X(operand) X(ref) X(cast) X(call_expr) X(path) X(aggregate)        \
  X(tuple) X(array) X(repeat) X(constant) X(place) X(local) X(deref) X(field) X(downcast)       \
  X(index) X(variant_index) X(layout) X(field_tys) X(saved_field) X(saved_ty) X(source_info)    \
  X(span) X(scope_ref) X(variant_fields) X(variant) X(storage_conflicts) X(dims) X(conflict)    \
  X(saved_local) X(layout_field_decl) X(integer) X(mutable) X(string) X(not) X(paren_text)      \
  X(name) X(identifier) X(field_init) X(text) X(raw_ptr) X(anon_const_item) X(async_drop) X(terminate) \
  X(let_head) X(block_head) X(upvar_start)

#define FIELDS(X)                                                                              \
  X(def_path) X(pass) X(name) X(return_type) X(yield_type) X(body) X(local) X(type) X(value)   \
  X(index) X(inlined) X(label) X(terminator) X(place) X(kind) X(arguments) X(discr)            \
  X(target) X(destination) X(call) X(negated) X(cond) X(message) X(block) X(action)            \
  X(function) X(base) X(variant) X(id) X(source_info) X(scope) X(dims) X(layout) X(span) X(parts)

typedef struct {
#define X(n) TSSymbol s_##n;
  SYMBOLS(X)
#undef X
#define X(n) TSFieldId f_##n;
  FIELDS(X)
#undef X
} Names;

/* A parser and the grammar's names, made once per parse call and reused for every part. */
typedef struct {
  TSParser *ts;
  Names names;
} Parser;

typedef struct {
  ms_doc *doc;
  ms_arena *A;
  const char *src; /* the chunk being parsed (see parse_chunks) */
  size_t len;      /* its length */
  unsigned row_base; /* lines before the chunk */
  const Names *N;
  /* pending header / layout, applied to the next item */
  const char *hdr_path, *hdr_pass;
  int hdr_disamb;
  uint32_t hdr_byte; /* where the pending header starts in the chunk */
  ms_layout *pending_layout;
  bool cut_by_header; /* the chunk ends, braces open, where the next dump's header begins */
  unsigned nul_line; /* the line of the NUL byte said in this chunk, 0 when none */
} P;

/* One pass over the grammar's symbols and fields instead of one name look-up each
 * (ts_language_symbol_for_name scans every symbol). */
static void names_init(Names *n, const TSLanguage *L) {
  static const struct {
    const char *name;
    size_t len, off;
  } syms[] = {
#define X(s) {#s, sizeof(#s) - 1, offsetof(Names, s_##s)},
      SYMBOLS(X)
#undef X
  },
    fields[] = {
#define X(f) {#f, sizeof(#f) - 1, offsetof(Names, f_##f)},
        FIELDS(X)
#undef X
    };
  enum { NSYMS = sizeof syms / sizeof *syms };
  bool dup[NSYMS] = {false};
  memset(n, 0, sizeof *n);
  uint32_t nsym = ts_language_symbol_count(L);
  for (uint32_t i = 0; i < nsym; i++) {
    TSSymbol sym = (TSSymbol)i;
    if (ts_language_symbol_type(L, sym) != TSSymbolTypeRegular) continue; /* named only */
    const char *name = ts_language_symbol_name(L, sym);
    size_t len = strlen(name);
    for (size_t k = 0; k < NSYMS; k++) {
      if (syms[k].len != len || memcmp(syms[k].name, name, len) != 0) continue;
      TSSymbol *slot = (TSSymbol *)((char *)n + syms[k].off);
      if (*slot) dup[k] = true;
      else *slot = sym;
    }
  }
  /* Several symbols share a name when the grammar aliases tokens to it; nodes report the
   * one public symbol of the name, which only the runtime's own look-up knows. */
  for (size_t k = 0; k < NSYMS; k++)
    if (dup[k])
      *(TSSymbol *)((char *)n + syms[k].off) =
          ts_language_symbol_for_name(L, syms[k].name, (uint32_t)syms[k].len, true);
  uint32_t nfield = ts_language_field_count(L);
  for (uint32_t i = 1; i <= nfield; i++) {
    const char *name = ts_language_field_name_for_id(L, (TSFieldId)i);
    size_t len = name ? strlen(name) : 0;
    for (size_t k = 0; name && k < sizeof fields / sizeof *fields; k++)
      if (fields[k].len == len && memcmp(fields[k].name, name, len) == 0)
        *(TSFieldId *)((char *)n + fields[k].off) = (TSFieldId)i;
  }
}

/* ------------------------------------------------------------------ helpers */

static const char *text(P *p, TSNode n) {
  if (ts_node_is_null(n)) return "";
  uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
  char *s = ms_arena_strndup(p->A, p->src + a, b - a);
  return s;
}

static const char *trimmed(P *p, const char *s, size_t len) {
  while (len && (*s == ' ' || *s == '\t')) s++, len--;
  while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r')) len--;
  return ms_arena_strndup(p->A, s, len);
}

static TSNode field(TSNode n, TSFieldId f) {
  return f ? ts_node_child_by_field_id(n, f) : (TSNode){0};
}

static long to_long(P *p, TSNode n) {
  if (ts_node_is_null(n)) return -1;
  return strtol(p->src + ts_node_start_byte(n), NULL, 10);
}

/* Number after a prefix: `bb12` -> 12, `_s3` -> 3, `_3` -> 3, `variant#3` -> 3. */
static long num_after(const char *s, uint32_t len) {
  uint32_t i = 0;
  while (i < len && (s[i] < '0' || s[i] > '9')) i++;
  if (i == len) return -1;
  return strtol(s + i, NULL, 10);
}

static long node_num(P *p, TSNode n) {
  if (ts_node_is_null(n)) return -1;
  return num_after(p->src + ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
}

#define PUSH(vec, T) ((T *)ms_vec_push(p->A, &(vec), sizeof(T)))

/* Iterate the children of a node with a cursor (O(1) per step). */
typedef struct {
  TSTreeCursor c;
  bool ok;
} Iter;

static Iter iter_new(TSNode n) {
  Iter it;
  it.c = ts_tree_cursor_new(n);
  it.ok = ts_tree_cursor_goto_first_child(&it.c);
  return it;
}
static void iter_next(Iter *it) { it->ok = ts_tree_cursor_goto_next_sibling(&it->c); }
static TSNode iter_node(Iter *it) { return ts_tree_cursor_current_node(&it->c); }
static TSFieldId iter_field(Iter *it) { return ts_tree_cursor_current_field_id(&it->c); }
static void iter_free(Iter *it) { ts_tree_cursor_delete(&it->c); }

/* ------------------------------------------------------------------ places */

static const ms_place *build_place(P *p, TSNode n) {
  const Names *N = p->N;
  if (ts_node_is_null(n)) return NULL;
  ms_place *pl = ms_arena_alloc(p->A, sizeof *pl);
  pl->text = text(p, n);
  pl->local = -1;
  ms_vec projs = {0};
  /* walk from the outermost projection to the base local */
  TSNode cur = n;
  for (;;) {
    TSSymbol s = ts_node_symbol(cur);
    if (s == N->s_place) {
      if (ts_node_named_child_count(cur) == 0) break;
      cur = ts_node_named_child(cur, 0);
      continue;
    }
    if (s == N->s_local) {
      pl->local = node_num(p, cur);
      break;
    }
    ms_proj *pr = PUSH(projs, ms_proj);
    TSNode base;
    if (s == N->s_deref) {
      pr->kind = MS_PROJ_DEREF;
      pr->index = -1;
      pr->text = "";
      base = ts_node_named_child(cur, 0);
    } else if (s == N->s_field) {
      pr->kind = MS_PROJ_FIELD;
      pr->index = to_long(p, field(cur, N->f_index));
      pr->text = text(p, field(cur, N->f_type));
      base = field(cur, N->f_base);
    } else if (s == N->s_downcast) {
      TSNode v = field(cur, N->f_variant);
      pr->kind = MS_PROJ_DOWNCAST;
      pr->text = text(p, v);
      pr->index = ts_node_symbol(v) == N->s_variant_index ? node_num(p, v) : -1;
      base = field(cur, N->f_base);
    } else if (s == N->s_index) {
      TSNode ix = field(cur, N->f_index);
      if (ts_node_symbol(ix) == N->s_local) {
        pr->kind = MS_PROJ_INDEX;
        pr->index = node_num(p, ix);
      } else {
        pr->kind = MS_PROJ_CONST_INDEX;
        pr->index = -1;
      }
      pr->text = text(p, ix);
      base = field(cur, N->f_base);
    } else {
      projs.len--; /* ERROR or unexpected: stop here */
      break;
    }
    if (ts_node_is_null(base)) break;
    cur = base;
  }
  /* collected outermost-first; store base-outwards */
  pl->nproj = projs.len;
  pl->proj = projs.items;
  for (size_t i = 0; i < pl->nproj / 2; i++) {
    ms_proj t = pl->proj[i];
    pl->proj[i] = pl->proj[pl->nproj - 1 - i];
    pl->proj[pl->nproj - 1 - i] = t;
  }
  return pl;
}

/* The place `_N` inside a one-token statement such as `StorageLive(_3);`. */
static const ms_place *local_place(P *p, TSNode n) {
  uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
  const char *s = p->src + a;
  const char *u = memchr(s, '_', b - a);
  if (!u) return NULL;
  size_t k = 1;
  while (u + k < p->src + b && u[k] >= '0' && u[k] <= '9') k++;
  ms_place *pl = ms_arena_alloc(p->A, sizeof *pl);
  const char *t = ms_arena_strndup(p->A, u, k);
  memset(pl, 0, sizeof *pl);
  pl->text = t;
  pl->local = strtol(u + 1, NULL, 10);
  return pl;
}

/* ------------------------------------------------------------------ statements */

static void add_operand(P *p, ms_vec *ops, TSNode n) {
  ms_operand *o = PUSH(*ops, ms_operand);
  o->text = text(p, n);
  if (ts_node_symbol(n) == p->N->s_operand) {
    TSNode pl = field(n, p->N->f_place);
    if (!ts_node_is_null(pl)) o->place = build_place(p, pl);
  } else if (ts_node_symbol(n) == p->N->s_place) {
    o->place = build_place(p, n);
  }
}

/* Operands among the direct named children of n (call args, aggregate fields, ...). */
static void collect_operands(P *p, ms_stmt *st, TSNode n) {
  const Names *N = p->N;
  ms_vec ops = {0};
  Iter it = iter_new(n);
  for (; it.ok; iter_next(&it)) {
    TSNode c = iter_node(&it);
    TSSymbol s = ts_node_symbol(c);
    if (iter_field(&it) == N->f_function) continue;
    if (s == N->s_operand || s == N->s_type || s == N->s_string) add_operand(p, &ops, c);
    else if (s == N->s_field_init) add_operand(p, &ops, field(c, N->f_value));
  }
  iter_free(&it);
  st->ops = ops.items;
  st->nops = ops.len;
}

static void set_single_operand(P *p, ms_stmt *st, TSNode n) {
  ms_vec ops = {0};
  add_operand(p, &ops, n);
  st->ops = ops.items;
  st->nops = ops.len;
}

static void fill_rvalue(P *p, ms_stmt *st, TSNode rv) {
  const Names *N = p->N;
  TSSymbol s = ts_node_symbol(rv);
  st->rvalue = text(p, rv);
  if (s == N->s_operand) {
    st->rv = MS_RV_USE;
    set_single_operand(p, st, rv);
  } else if (s == N->s_ref) {
    st->rv = MS_RV_REF;
    set_single_operand(p, st, field(rv, N->f_place));
  } else if (s == N->s_cast) {
    st->rv = MS_RV_CAST;
    set_single_operand(p, st, field(rv, N->f_value));
  } else if (s == N->s_call_expr) {
    st->rv = MS_RV_CALL_LIKE;
    st->callee = text(p, field(rv, N->f_function));
    collect_operands(p, st, rv);
  } else if (s == N->s_path) {
    st->rv = MS_RV_PATH;
    st->callee = st->rvalue;
  } else if (s == N->s_aggregate) {
    st->rv = MS_RV_AGGREGATE;
    st->callee = text(p, field(rv, N->f_type));
    collect_operands(p, st, rv);
  } else if (s == N->s_tuple) {
    st->rv = MS_RV_TUPLE;
    collect_operands(p, st, rv);
  } else if (s == N->s_array) {
    st->rv = MS_RV_ARRAY;
    collect_operands(p, st, rv);
  } else if (s == N->s_repeat) {
    st->rv = MS_RV_REPEAT;
    collect_operands(p, st, rv);
  } else if (s == N->s_raw_ptr) {
    st->rv = MS_RV_RAW_PTR;
    collect_operands(p, st, field(rv, N->f_parts));
  } else {
    st->rv = MS_RV_NONE;
  }
}

static ms_edge_kind edge_kind_of(const char *s, size_t n) {
#define IS(w) (n == sizeof(w) - 1 && memcmp(s, w, n) == 0)
  if (IS("return")) return MS_EDGE_RETURN;
  if (IS("unwind")) return MS_EDGE_UNWIND;
  if (IS("success")) return MS_EDGE_SUCCESS;
  if (IS("resume")) return MS_EDGE_RESUME;
  if (IS("drop")) return MS_EDGE_DROP;
  if (IS("real")) return MS_EDGE_REAL;
  if (IS("imaginary")) return MS_EDGE_IMAGINARY;
  if (IS("otherwise")) return MS_EDGE_OTHERWISE;
  return MS_EDGE_OTHER;
#undef IS
}

static ms_unwind unwind_of(P *p, TSNode ua) {
  TSNode act = field(ua, p->N->f_action);
  if (ts_node_is_null(act)) return MS_UNWIND_NONE;
  const char *s = p->src + ts_node_start_byte(act);
  if (*s == 'c') return MS_UNWIND_CONTINUE;
  if (*s == 'u') return MS_UNWIND_UNREACHABLE;
  return MS_UNWIND_TERMINATE;
}

/* Edges of a terminator: `-> bbN`, `-> [k: bbN, ...]`, `-> unwind ...`, switch arms. */
static void collect_edges(P *p, ms_stmt *st, TSNode n, ms_edge_kind plain) {
  const Names *N = p->N;
  ms_vec edges = {0};
  Iter it = iter_new(n);
  for (; it.ok; iter_next(&it)) {
    TSNode c = iter_node(&it);
    TSSymbol s = ts_node_symbol(c);
    if (s == N->s_label) {
      ms_edge *e = PUSH(edges, ms_edge);
      if (!e) break;
      e->target = (unsigned)node_num(p, c);
      e->kind = plain;
      e->label = plain == MS_EDGE_OTHERWISE ? "otherwise" : ""; /* a switch's bare target */
    } else if (s == N->s_target) {
      TSNode blk = field(c, N->f_block);
      if (ts_node_is_null(blk)) {
        TSNode ua = ts_node_named_child(c, 0);
        if (!ts_node_is_null(ua)) st->unwind = unwind_of(p, ua);
        continue;
      }
      TSNode k = field(c, N->f_kind);
      ms_edge *e = PUSH(edges, ms_edge);
      if (!e) break;
      e->target = (unsigned)node_num(p, blk);
      e->label = text(p, k);
      e->kind = edge_kind_of(e->label, strlen(e->label));
      if (e->kind == MS_EDGE_UNWIND) st->unwind = MS_UNWIND_BLOCK;
    } else if (s == N->s_unwind_action) {
      st->unwind = unwind_of(p, c);
    } else if (s == N->s_switch_arm) {
      ms_edge *e = PUSH(edges, ms_edge);
      if (!e) break;
      e->target = (unsigned)node_num(p, field(c, N->f_target));
      e->label = text(p, field(c, N->f_value));
      e->kind = strcmp(e->label, "otherwise") == 0 ? MS_EDGE_OTHERWISE : MS_EDGE_SWITCH;
    }
  }
  iter_free(&it);
  st->edges = edges.items;
  st->nedges = edges.len;
}

/* The one edge of `goto -> bb4;` written as one token. */
static void goto_token_edge(P *p, ms_stmt *st, TSNode n) {
  ms_edge *e = ms_arena_alloc(p->A, sizeof *e);
  const char *s = p->src + ts_node_start_byte(n);
  const char *bb = strstr(s, "bb"); /* inside the token: the grammar matched `goto -> bbN;` */
  e->target = bb ? (unsigned)strtoul(bb + 2, NULL, 10) : 0;
  e->kind = MS_EDGE_GOTO;
  e->label = "";
  st->edges = e;
  st->nedges = 1;
}

typedef struct {
  const char *word;
  ms_stmt_kind kind;
} Known;

static const Known KNOWN_STATEMENTS[] = {
    {"PlaceMention", MS_STMT_PLACE_MENTION},
    {"FakeRead", MS_STMT_FAKE_READ},
    {"Retag", MS_STMT_RETAG},
    {"Deinit", MS_STMT_DEINIT},
    {"AscribeUserType", MS_STMT_ASCRIBE_USER_TYPE},
    {"Coverage", MS_STMT_COVERAGE},
    {"ConstEvalCounter", MS_STMT_CONST_EVAL_COUNTER},
    {"assume", MS_STMT_INTRINSIC},
    {"copy_nonoverlapping", MS_STMT_INTRINSIC},
    {"BackwardIncompatibleDropHint", MS_STMT_BACKWARD_INCOMPATIBLE_DROP_HINT},
    {NULL, MS_STMT_UNKNOWN},
};

/* Terminators rustc prints that have no dedicated grammar rule. */
static const Known KNOWN_TERMINATORS[] = {
    {"abort", MS_TERM_UNKNOWN},
    {NULL, MS_TERM_UNKNOWN},
};

static void add_diag(P *p, TSNode n, ms_severity sev, const char *msg);
static void position_of(P *p, size_t byte, unsigned *line, unsigned *col);
static void add_diag_at(P *p, uint32_t byte, unsigned line, ms_severity sev,
                        const char *msg);
/* The byte where line LINE (1-based, of the whole input) starts; for the rare diagnostic
 * that has a line and no node. */
static uint32_t byte_of_line(const P *p, unsigned line) {
  unsigned row = 1 + p->row_base;
  uint32_t i = 0;
  for (; i < p->len && row < line; i++)
    if (p->src[i] == '\n') row++;
  return i;
}

static ms_stmt *build_stmt(P *p, TSNode n) {
  const Names *N = p->N;
  ms_stmt *st = ms_arena_alloc(p->A, sizeof *st);
  TSPoint pt = ts_node_start_point(n);
  st->line = pt.row + 1 + p->row_base;
  st->col = pt.column + 1;
  {
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    if (b > a && p->src[b - 1] == ';') b--;
    st->text = ms_arena_strndup(p->A, p->src + a, b - a);
  }
  st->word = "";
  st->rvalue = "";
  st->callee = "";
  st->message = "";
  st->discr = -1;
  TSSymbol s = ts_node_symbol(n);

  if (s == N->s_assign) {
    st->kind = MS_STMT_ASSIGN;
    st->place = build_place(p, field(n, N->f_place));
    fill_rvalue(p, st, field(n, N->f_value));
  } else if (s == N->s_storage_live || s == N->s_storage_dead) {
    st->kind = s == N->s_storage_live ? MS_STMT_STORAGE_LIVE : MS_STMT_STORAGE_DEAD;
    TSNode l = ts_node_named_child(n, 0);
    if (!ts_node_is_null(l)) st->place = build_place(p, l);
    else st->place = local_place(p, n); /* `StorageLive(_3);` as one token */
  } else if (s == N->s_set_discriminant) {
    st->kind = MS_STMT_SET_DISCRIMINANT;
    st->place = build_place(p, field(n, N->f_place));
    st->discr = to_long(p, field(n, N->f_value));
  } else if (s == N->s_nop) {
    st->kind = MS_STMT_NOP;
  } else if (s == N->s_generic_statement || s == N->s_generic_terminator) {
    bool term = s == N->s_generic_terminator;
    st->word = text(p, field(n, N->f_kind));
    const Known *k = term ? KNOWN_TERMINATORS : KNOWN_STATEMENTS;
    for (; k->word; k++)
      if (strcmp(k->word, st->word) == 0) break;
    st->kind = k->word ? k->kind : term ? MS_TERM_UNKNOWN : MS_STMT_UNKNOWN;
    st->rvalue = text(p, field(n, N->f_arguments));
    if (term) collect_edges(p, st, n, MS_EDGE_GOTO);
    /* `bb20` read as a statement: a block's label after a lost `}` (a trial); its syntax
     * error says it, no kind of statement is named so */
    bool label = st->word && st->word[0] == 'b' && st->word[1] == 'b' && st->word[2] &&
                 strspn(st->word + 2, "0123456789") == strlen(st->word + 2);
    if (!k->word && !label) {
      p->doc->nunknown++;
      char msg[160];
      snprintf(msg, sizeof msg, "unknown %s kind `%.80s` (parsed generically)",
               term ? "terminator" : "statement", st->word);
      add_diag(p, n, MS_SEV_WARNING, msg);
    }
  } else if (s == N->s_goto) {
    st->kind = MS_TERM_GOTO;
    if (ts_node_named_child_count(n) == 0) goto_token_edge(p, st, n); /* `goto -> bb4;` */
    else collect_edges(p, st, n, MS_EDGE_GOTO);
  } else if (s == N->s_switch_int) {
    st->kind = MS_TERM_SWITCH_INT;
    set_single_operand(p, st, field(n, N->f_discr));
    /* arms `[k: bbN, otherwise: bbM]`, or one bare target `-> bbM`: the otherwise arm */
    collect_edges(p, st, n, MS_EDGE_OTHERWISE);
  } else if (s == N->s_return) {
    st->kind = MS_TERM_RETURN;
  } else if (s == N->s_resume) {
    st->kind = MS_TERM_RESUME;
  } else if (s == N->s_unreachable) {
    st->kind = MS_TERM_UNREACHABLE;
  } else if (s == N->s_coroutine_drop) {
    st->kind = MS_TERM_COROUTINE_DROP;
  } else if (s == N->s_drop || s == N->s_async_drop) {
    st->kind = MS_TERM_DROP;
    if (s == N->s_async_drop) st->word = "async";
    st->place = build_place(p, field(n, N->f_place));
    collect_edges(p, st, n, MS_EDGE_RETURN);
  } else if (s == N->s_call || s == N->s_tail_call) {
    st->kind = s == N->s_call ? MS_TERM_CALL : MS_TERM_TAIL_CALL;
    if (s == N->s_call) st->place = build_place(p, field(n, N->f_destination));
    TSNode ce = field(n, N->f_call);
    st->callee = text(p, field(ce, N->f_function));
    st->rvalue = text(p, ce);
    st->rv = MS_RV_CALL_LIKE;
    collect_operands(p, st, ce);
    collect_edges(p, st, n, MS_EDGE_RETURN);
  } else if (s == N->s_assert) {
    st->kind = MS_TERM_ASSERT;
    st->message = text(p, field(n, N->f_message));
    collect_operands(p, st, n);
    collect_edges(p, st, n, MS_EDGE_SUCCESS);
  } else if (s == N->s_yield) {
    st->kind = MS_TERM_YIELD;
    st->place = build_place(p, field(n, N->f_destination));
    set_single_operand(p, st, field(n, N->f_value));
    collect_edges(p, st, n, MS_EDGE_RESUME);
  } else if (s == N->s_false_edge || s == N->s_false_unwind) {
    st->kind = s == N->s_false_edge ? MS_TERM_FALSE_EDGE : MS_TERM_FALSE_UNWIND;
    collect_edges(p, st, n, MS_EDGE_REAL);
  } else if (s == N->s_terminate) {
    st->kind = MS_TERM_TERMINATE;
  } else if (s == N->s_inline_asm) {
    st->kind = MS_TERM_INLINE_ASM;
    collect_edges(p, st, n, MS_EDGE_RETURN);
  } else {
    return NULL; /* ERROR nodes and the like: reported by the diagnostics pass */
  }
  return st;
}

static bool is_terminator_symbol(const Names *N, TSSymbol s) {
  return s == N->s_goto || s == N->s_switch_int || s == N->s_return || s == N->s_resume ||
         s == N->s_unreachable || s == N->s_coroutine_drop || s == N->s_drop ||
         s == N->s_call || s == N->s_assert || s == N->s_yield || s == N->s_false_edge ||
         s == N->s_false_unwind || s == N->s_inline_asm || s == N->s_tail_call ||
         s == N->s_async_drop || s == N->s_terminate || s == N->s_generic_terminator;
}

static ms_block *build_block(P *p, TSNode n) {
  const Names *N = p->N;
  ms_block *blk = ms_arena_alloc(p->A, sizeof *blk);
  blk->index = (unsigned)node_num(p, field(n, N->f_label));
  blk->line = ts_node_start_point(n).row + 1 + p->row_base;
  ms_vec stmts = {0};
  Iter it = iter_new(n);
  for (; it.ok; iter_next(&it)) {
    TSNode c = iter_node(&it);
    TSSymbol s = ts_node_symbol(c);
    if (s == N->s_cleanup) {
      blk->cleanup = true;
      continue;
    }
    if (s == N->s_block_head) { /* `bb7 (cleanup): {` */
      blk->cleanup = memchr(p->src + ts_node_start_byte(c), '(',
                            ts_node_end_byte(c) - ts_node_start_byte(c)) != NULL;
      continue;
    }
    if (!ts_node_is_named(c) || s == N->s_label) continue;
    ms_stmt *st = build_stmt(p, c);
    if (!st) continue;
    if (is_terminator_symbol(N, s)) {
      blk->term = st;
    } else {
      ms_stmt **slot = PUSH(stmts, ms_stmt *);
      if (slot) *slot = st;
    }
  }
  iter_free(&it);
  blk->stmts = stmts.items;
  blk->nstmts = stmts.len;
  /* a line lost from the dump (a trial deleted one); rustc before 2020 printed calls as
   * `_8 = const callee() -> bb4;`, read as a statement */
  bool jumps = stmts.len && strstr(((ms_stmt **)stmts.items)[stmts.len - 1]->text, "-> ");
  if (!blk->term && !jumps && !ts_node_has_error(n)) {
    char msg[160];
    snprintf(msg, sizeof msg, "bb%u has no terminator: a block ends with one (goto, switchInt, "
             "return, a call, ...)", blk->index);
    add_diag(p, n, MS_SEV_ERROR, msg);
  }
  return blk;
}

/* ------------------------------------------------------------------ layout */

static unsigned saved_num(P *p, TSNode n) {
  long v = node_num(p, n);
  return v < 0 ? 0 : (unsigned)v;
}

/* The layout's state names: Unresumed, Returned, Panicked, Suspend0, Suspend1, ... */
static bool known_state_name(const char *s) {
  if (!strcmp(s, "Unresumed") || !strcmp(s, "Returned") || !strcmp(s, "Panicked")) return true;
  if (strncmp(s, "Suspend", 7) || !s[7]) return false;
  for (s += 7; *s; s++)
    if (*s < '0' || *s > '9') return false;
  return true;
}

/* A variant's saved local that the layout does not declare (`_s9` where field_tys stops at
 * `_s3`): an error, unless the layout already has a syntax error (its declarations may be
 * what was lost). */
static void check_saved_declared(P *p, const ms_vec *fields, TSNode f, unsigned k) {
  const ms_saved *sv = fields->items;
  for (size_t i = 0; i < fields->len; i++)
    if (sv[i].index == k) return;
  char msg[160];
  snprintf(msg, sizeof msg, "_s%u is not a saved local of this layout (it declares %zu)", k,
           fields->len);
  add_diag(p, f, MS_SEV_ERROR, msg);
}

static void build_variant_fields(P *p, ms_vec *variants, TSNode n, const ms_vec *fields,
                                 bool check) {
  const Names *N = p->N;
  Iter it = iter_new(n);
  for (; it.ok; iter_next(&it)) {
    TSNode v = iter_node(&it);
    if (ts_node_symbol(v) != N->s_variant) continue;
    ms_variant *var = PUSH(*variants, ms_variant);
    if (!var) break;
    var->name = text(p, field(v, N->f_name));
    var->discr = (unsigned)to_long(p, field(v, N->f_index));
    unsigned want = variants->len > 1 ? ((ms_variant *)variants->items)[variants->len - 2].discr + 1 : 0;
    if (check && var->discr != want) {
      /* rustc lists every state in order from 0 (a trial deleted `Suspend1 (4): [_s1],`:
       * check passed, the report made up a transition) */
      char msg[200];
      snprintf(msg, sizeof msg, "the layout's state %u comes where state %u should: rustc "
               "lists every state in order from 0 (a line of the dump was deleted or changed)",
               var->discr, want);
      add_diag(p, v, MS_SEV_ERROR, msg);
    }
    if (var->name && !known_state_name(var->name)) {
      /* a state rustc may name so one day: modelled as no suspend point, which would turn
       * into "no await" findings without a word (a trial renamed Suspend0) */
      char msg[200];
      snprintf(msg, sizeof msg, "unknown coroutine state `%.60s` (known: Unresumed, Returned, "
               "Panicked, SuspendN): not read as a suspend point", var->name);
      add_diag(p, v, MS_SEV_WARNING, msg);
    }
    ms_vec fl = {0};
    Iter jt = iter_new(v);
    for (; jt.ok; iter_next(&jt)) {
      TSNode f = iter_node(&jt);
      if (ts_node_symbol(f) != N->s_saved_local) continue;
      unsigned *slot = PUSH(fl, unsigned);
      if (slot) *slot = saved_num(p, f);
      if (check) check_saved_declared(p, fields, f, saved_num(p, f));
    }
    iter_free(&jt);
    var->fields = fl.items;
    var->nfields = fl.len;
  }
  iter_free(&it);
}

static void build_conflicts(P *p, ms_layout *L, ms_vec *pairs, TSNode n) {
  const Names *N = p->N;
  TSNode d = field(n, N->f_dims);
  if (!ts_node_is_null(d)) {
    const char *s = p->src + ts_node_start_byte(d);
    char *x;
    L->rows = (unsigned)strtoul(s, &x, 10);
    L->cols = *x == 'x' ? (unsigned)strtoul(x + 1, NULL, 10) : 0;
  }
  Iter it = iter_new(n);
  for (; it.ok; iter_next(&it)) {
    TSNode c = iter_node(&it);
    if (ts_node_symbol(c) != N->s_conflict) continue;
    TSNode a = ts_node_named_child(c, 0), b = ts_node_named_child(c, 1);
    unsigned x, y;
    if (ts_node_is_null(a)) { /* `(_s0, _s3)` as one token */
      const char *t = p->src + ts_node_start_byte(c), *comma = strchr(t, ',');
      if (!comma) continue;
      x = (unsigned)num_after(t, (uint32_t)(comma - t));
      y = (unsigned)num_after(comma, ts_node_end_byte(c) - ts_node_start_byte(c) -
                                         (uint32_t)(comma - t));
    } else if (!ts_node_is_null(b)) {
      x = saved_num(p, a);
      y = saved_num(p, b);
    } else {
      continue;
    }
    unsigned(*pr)[2] = ms_vec_push(p->A, pairs, sizeof *pr);
    (*pr)[0] = x;
    (*pr)[1] = y;
  }
  iter_free(&it);
}

static void finish_layout(P *p, ms_layout *L, ms_vec *fields, ms_vec *variants, ms_vec *pairs) {
  L->fields = fields->items;
  L->nfields = fields->len;
  L->variants = variants->items;
  L->nvariants = variants->len;
  L->pairs = pairs->items;
  L->npairs = pairs->len;
  unsigned dim = L->rows > L->cols ? L->rows : L->cols;
  for (size_t i = 0; i < L->nfields; i++)
    if (L->fields[i].index + 1 > dim) dim = L->fields[i].index + 1;
  for (size_t i = 0; i < L->npairs; i++)
    for (int k = 0; k < 2; k++)
      if (L->pairs[i][k] + 1 > dim) dim = L->pairs[i][k] + 1;
  if (dim > 4096) dim = 4096; /* bound the matrix; ms_layout_conflicts scans pairs beyond */
  L->dim = dim;
  if (dim) {
    L->matrix = ms_arena_alloc(p->A, ((size_t)dim * dim + 7) / 8);
    for (size_t i = 0; i < L->npairs; i++) {
      unsigned a = L->pairs[i][0], b = L->pairs[i][1];
      if (a < dim && b < dim) {
        size_t bit = (size_t)a * dim + b;
        L->matrix[bit / 8] |= (unsigned char)(1u << (bit % 8));
      }
    }
  }
}

static ms_saved *push_saved(P *p, ms_vec *fields, TSNode id) {
  ms_saved *sv = PUSH(*fields, ms_saved);
  if (!sv) return NULL;
  sv->id = text(p, id);
  sv->index = saved_num(p, id);
  sv->type = "";
  sv->span = "";
  sv->scope = -1;
  return sv;
}

/* The layout comment `coroutine_layout = CoroutineLayout { ... }` (eras 1 and 2). */
static ms_layout *build_layout_comment(P *p, TSNode n) {
  const Names *N = p->N;
  ms_layout *L = ms_arena_alloc(p->A, sizeof *L);
  ms_vec fields = {0}, variants = {0}, pairs = {0};
  TSNode lay = field(n, N->f_layout);
  TSNode kind = field(lay, N->f_kind);
  L->era = !ts_node_is_null(kind) && p->src[ts_node_start_byte(kind)] == 'G'
               ? MS_LAYOUT_GENERATOR
               : MS_LAYOUT_COROUTINE;
  L->upvar_start = -1;
  Iter it = iter_new(lay);
  for (; it.ok; iter_next(&it)) {
    TSNode c = iter_node(&it);
    TSSymbol s = ts_node_symbol(c);
    if (s == N->s_field_tys) {
      Iter jt = iter_new(c);
      for (; jt.ok; iter_next(&jt)) {
        TSNode sf = iter_node(&jt);
        if (ts_node_symbol(sf) != N->s_saved_field) continue;
        ms_saved *sv = push_saved(p, &fields, field(sf, N->f_id));
        if (!sv) break;
        TSNode ty = field(sf, N->f_type);
        if (!ts_node_is_null(ty)) {
          sv->type = text(p, ty);
          continue;
        }
        TSNode st = ts_node_named_child(sf, 1); /* saved_ty */
        if (ts_node_is_null(st)) continue;
        sv->type = text(p, field(st, N->f_type));
        if (!*sv->type && !ts_node_has_error(st)) /* a trial deleted it: type "", size lost */
          add_diag(p, sf, MS_SEV_ERROR, "a saved local without its `ty:` line: a line of the "
                                        "dump is missing");
        TSNode si = field(st, N->f_source_info);
        if (!ts_node_is_null(si)) {
          TSNode sp = field(si, N->f_span);
          if (!ts_node_is_null(sp)) sv->span = text(p, sp);
          TSNode sc = field(si, N->f_scope);
          if (!ts_node_is_null(sc)) sv->scope = node_num(p, sc);
        }
      }
      iter_free(&jt);
    } else if (s == N->s_variant_fields) {
      build_variant_fields(p, &variants, c, &fields, !ts_node_has_error(lay));
    } else if (s == N->s_storage_conflicts) {
      build_conflicts(p, L, &pairs, c);
    } else if (s == N->s_upvar_start) {
      L->upvar_start = node_num(p, field(c, N->f_value));
    }
  }
  iter_free(&it);
  finish_layout(p, L, &fields, &variants, &pairs);
  return L;
}

/* `coroutine layout { field _s0: T; variant_fields = {...} storage_conflicts = ... }` */
static ms_layout *build_layout_block(P *p, TSNode n) {
  const Names *N = p->N;
  ms_layout *L = ms_arena_alloc(p->A, sizeof *L);
  L->era = MS_LAYOUT_PRINTER2026;
  L->upvar_start = -1;
  ms_vec fields = {0}, variants = {0}, pairs = {0};
  Iter it = iter_new(n);
  for (; it.ok; iter_next(&it)) {
    TSNode c = iter_node(&it);
    TSSymbol s = ts_node_symbol(c);
    if (s == N->s_layout_field_decl) {
      ms_saved *sv = push_saved(p, &fields, field(c, N->f_id));
      if (sv) sv->type = text(p, field(c, N->f_type));
    } else if (s == N->s_variant_fields) {
      build_variant_fields(p, &variants, c, &fields, !ts_node_has_error(n));
    } else if (s == N->s_storage_conflicts) {
      build_conflicts(p, L, &pairs, c);
    }
  }
  iter_free(&it);
  finish_layout(p, L, &fields, &variants, &pairs);
  return L;
}

/* ------------------------------------------------------------------ bodies */

typedef struct {
  TSNode node;
  unsigned scope;
} Frame;

/* The span of a declaration's trailing comment `// in scope N at SPAN` on the line where node
 * n starts (rustc printed it by default before 2023 and with -Zmir-include-spans), "" when
 * there is none or it is relative.  The last such comment of the line: a value may hold `//`
 * in a string. */
static const char *trailing_span(P *p, TSNode n) {
  static const char KEY[] = "// in scope ";
  uint32_t a = ts_node_start_byte(n), e = a;
  while (e < p->len && p->src[e] != '\n') e++;
  const char *hit = NULL;
  for (uint32_t i = a; i + sizeof KEY - 1 <= e; i++)
    if (!memcmp(p->src + i, KEY, sizeof KEY - 1)) hit = p->src + i;
  if (!hit) return "";
  const char *s = hit + sizeof KEY - 1, *end = p->src + e;
  while (s < end && *s >= '0' && *s <= '9') s++;
  if (end - s < 5 || memcmp(s, " at ", 4)) return "";
  s += 4;
  const char *span = trimmed(p, s, (size_t)(end - s));
  /* rustc's mir-opt tests print spans relative to the item (`$DIR/a.rs:+1:13: +1:15`) */
  return !strstr(span, ":+") ? span : "";
}

static void build_decls(P *p, ms_body *b, TSNode body, ms_vec *locals, ms_vec *debugs,
                        ms_vec *scopes, ms_vec *blocks) {
  const Names *N = p->N;
  /* explicit stack of scope nodes still to visit: scopes nest as deep as the input */
  ms_vec stack = {0};
  Frame *f0 = PUSH(stack, Frame);
  if (!f0) return;
  f0->node = body;
  f0->scope = 0;
  ms_scope *root = PUSH(*scopes, ms_scope);
  if (root) {
    root->index = 0;
    root->parent = -1;
    root->inlined = "";
  }
  while (stack.len) {
    Frame fr = ((Frame *)stack.items)[--stack.len];
    Iter it = iter_new(fr.node);
    for (; it.ok; iter_next(&it)) {
      TSNode c = iter_node(&it);
      TSSymbol s = ts_node_symbol(c);
      if (s == N->s_let) {
        ms_local *l = PUSH(*locals, ms_local);
        if (!l) break;
        l->id = node_num(p, field(c, N->f_local));
        l->type = text(p, field(c, N->f_type));
        l->scope = fr.scope;
        l->mut = false;
        for (uint32_t k = 0; k < ts_node_named_child_count(c); k++) {
          TSNode h = ts_node_named_child(c, k);
          TSSymbol hs = ts_node_symbol(h);
          if (hs == N->s_mutable) l->mut = true;
          else if (hs == N->s_let_head) /* `let mut _3:` */
            l->mut = ts_node_end_byte(h) - ts_node_start_byte(h) > 4 &&
                     memcmp(p->src + ts_node_start_byte(h) + 4, "mut", 3) == 0;
        }
      } else if (s == N->s_debug || s == N->s_coroutine_debug) {
        ms_debug *d = PUSH(*debugs, ms_debug);
        if (!d) break;
        d->name = text(p, field(c, N->f_name));
        TSNode v = field(c, N->f_value);
        d->value = text(p, v);
        d->scope = fr.scope;
        d->span = trailing_span(p, c);
        if (ts_node_symbol(v) == N->s_place) d->place = build_place(p, v);
      } else if (s == N->s_scope) {
        ms_scope *sc = PUSH(*scopes, ms_scope);
        if (!sc) break;
        sc->index = (unsigned)to_long(p, field(c, N->f_index));
        sc->parent = fr.scope;
        TSNode inl = field(c, N->f_inlined);
        sc->inlined = ts_node_is_null(inl) ? "" : text(p, inl);
        Frame *nf = PUSH(stack, Frame);
        if (!nf) break;
        nf->node = c;
        nf->scope = sc->index;
      } else if (s == N->s_layout_block) {
        b->layout = build_layout_block(p, c);
      } else if (s == N->s_basic_block && blocks) {
        ms_block *blk = build_block(p, c);
        ms_block **slot = blk ? PUSH(*blocks, ms_block *) : NULL;
        if (slot) *slot = blk;
      }
    }
    iter_free(&it);
  }
}

static long braces_open(P *p);
static bool reaches_eof(P *p, TSNode n);

/* An error at the first whole-word `word` (`bb12`, `_25`) of statement t's text. */
static void error_at_word(P *p, const ms_stmt *t, const char *word, const char *msg) {
  size_t wl = strlen(word), off = 0;
  for (const char *q = t->text; (q = strstr(q, word)); q += wl) {
    bool start = q == t->text || !(isalnum((unsigned char)q[-1]) || q[-1] == '_');
    if (start && !isalnum((unsigned char)q[wl])) {
      off = (size_t)(q - t->text);
      break;
    }
  }
  size_t byte = byte_of_line(p, t->line) + (t->col - 1) + off;
  unsigned line, col;
  position_of(p, byte, &line, &col);
  add_diag_at(p, (uint32_t)byte, line, MS_SEV_ERROR, msg);
}

/* Every jump of a body (free of syntax errors) goes to a block of that body: an error at the
 * `bbN` that names no block (a trial's `goto -> bb999` was read as a body without that
 * transition). */
static void check_targets(P *p, const ms_body *b) {
  for (size_t i = 0; i < b->nblocks; i++) {
    const ms_stmt *t = b->blocks[i]->term;
    for (size_t e = 0; t && e < t->nedges; e++) {
      unsigned to = t->edges[e].target;
      if (to < b->nblock_by_index && b->block_by_index[to]) continue;
      bool found = false; /* a number beyond what the table covers (see build_body) */
      for (size_t k = 0; k < b->nblocks && !found; k++) found = b->blocks[k]->index == to;
      if (found) continue;
      char word[24], msg[160];
      snprintf(word, sizeof word, "bb%u", to);
      snprintf(msg, sizeof msg, "%s is not a block of this body: a jump to it goes nowhere", word);
      error_at_word(p, t, word, msg);
    }
  }
}

/* Is local id declared (a parameter or a `let`)? */
static bool declared(const ms_body *b, long id) {
  if (id >= 0 && (size_t)id < b->ntype_by_id) return b->type_by_id[id] != NULL;
  for (size_t i = 0; i < b->nlocals; i++) /* beyond the table (see build_body) */
    if (b->locals[i].id == id) return true;
  return false;
}

/* A local that a statement uses and no `let` declares: rustc declares every local, so a
 * line was lost (a trial deleted `let mut _25: &mut {async fn body of leaf()};`, the
 * coroutine's self pointer: every transition and poison arm read nothing, `check` passed).
 * Said once per local, at its first use. */
static void check_locals(P *p, const ms_body *b) {
  enum { MAX_SAID = 8 };
  long said[MAX_SAID];
  const ms_stmt *at[MAX_SAID];
  size_t nsaid = 0, undeclared = 0;
  for (size_t i = 0; i < b->nblocks; i++) {
    const ms_block *blk = b->blocks[i];
    for (size_t k = 0; k <= blk->nstmts; k++) {
      const ms_stmt *t = k < blk->nstmts ? blk->stmts[k] : blk->term;
      for (size_t o = 0; t && o <= t->nops; o++) {
        const ms_place *pl = o < t->nops ? t->ops[o].place : t->place;
        if (!pl || pl->local < 0 || declared(b, pl->local)) continue;
        bool dup = false;
        for (size_t q = 0; q < nsaid && !dup; q++) dup = said[q] == pl->local;
        if (dup) continue;
        undeclared++;
        if (nsaid < MAX_SAID) said[nsaid] = pl->local, at[nsaid++] = t;
      }
    }
  }
  /* a few missing among many declared: a body with its declarations, a line lost; more, or
   * few declared: a snippet pasted without most of them, read as given */
  if (!undeclared || b->nlocals < 8 || 4 * undeclared > b->nlocals) return;
  for (size_t q = 0; q < nsaid; q++) {
    char word[32], msg[200];
    snprintf(word, sizeof word, "_%ld", said[q]);
    snprintf(msg, sizeof msg, "%s is used but not declared in this body (no `let %s` line): "
             "a line of the dump is missing", word, word);
    error_at_word(p, at[q], word, msg);
  }
}

/* A state write (`discriminant((*_N)) = K`, _N the coroutine's `&mut`) to a variant the
 * printed layout does not have: a changed line (a trial's `= 4` edited to `= 9` passed and
 * made up a transition and an unreachable state). */
static void check_state_writes(P *p, const ms_body *b) {
  const ms_layout *l = b->layout;
  const char *self = ms_body_type_of(b, 1);
  if (!l || !l->nvariants || !self || strncmp(self, "Pin<&mut ", 9)) return;
  size_t sn = strlen(self + 9);
  if (!sn || self[9 + sn - 1] != '>') return;
  sn--; /* the coroutine's type, without Pin<&mut ..> */
  unsigned maxd = 0;
  for (size_t v = 0; v < l->nvariants; v++)
    if (l->variants[v].discr > maxd) maxd = l->variants[v].discr;
  for (size_t i = 0; i < b->nblocks; i++)
    for (size_t k = 0; k < b->blocks[i]->nstmts; k++) {
      const ms_stmt *t = b->blocks[i]->stmts[k];
      const ms_place *pl = t->place;
      if (t->kind != MS_STMT_SET_DISCRIMINANT || !pl || pl->nproj != 1 ||
          pl->proj[0].kind != MS_PROJ_DEREF || t->discr < 0 || (unsigned long)t->discr <= maxd)
        continue;
      const char *ty = ms_body_type_of(b, pl->local);
      if (!ty || strncmp(ty, "&mut ", 5) || strlen(ty + 5) != sn || strncmp(ty + 5, self + 9, sn))
        continue;
      char word[32], msg[240];
      snprintf(word, sizeof word, "%ld", t->discr);
      snprintf(msg, sizeof msg, "the coroutine's state is set to %ld, but the layout lists states "
               "0 to %u only: a line of the dump was deleted or changed", t->discr, maxd);
      error_at_word(p, t, word, msg);
    }
}

static void build_body(P *p, TSNode n) {
  const Names *N = p->N;
  ms_body *b = ms_arena_alloc(p->A, sizeof *b);
  TSSymbol s = ts_node_symbol(n);
  b->item = s == N->s_function      ? MS_ITEM_FN
            : s == N->s_const_item || s == N->s_anon_const_item ? MS_ITEM_CONST
            : s == N->s_static_item ? MS_ITEM_STATIC
                                    : MS_ITEM_PROMOTED;
  b->file = p->doc->name;
  b->line = ts_node_start_point(n).row + 1 + p->row_base;
  b->name = text(p, field(n, N->f_name));
  b->def_path = p->hdr_path ? p->hdr_path : b->name;
  b->pass = p->hdr_pass ? p->hdr_pass : "";
  b->disambiguator = p->hdr_path ? p->hdr_disamb : -1;
  b->ret_type = b->item == MS_ITEM_FN ? text(p, field(n, N->f_return_type))
                                      : text(p, field(n, N->f_type));
  b->yield_type = text(p, field(n, N->f_yield_type));
  b->layout = p->pending_layout;
  p->hdr_path = p->hdr_pass = NULL;
  p->pending_layout = NULL;
  b->incomplete = ts_node_has_error(n) && reaches_eof(p, n) && braces_open(p) > 0;
  b->cut_by_header = b->incomplete && p->cut_by_header;

  ms_vec locals = {0}, debugs = {0}, scopes = {0}, blocks = {0};
  /* parameters first: they are locals _1.._n */
  Iter it = iter_new(n);
  for (; it.ok; iter_next(&it)) {
    TSNode c = iter_node(&it);
    if (ts_node_symbol(c) != N->s_parameter) continue;
    ms_local *l = PUSH(locals, ms_local);
    if (!l) break;
    l->id = node_num(p, field(c, N->f_local));
    l->type = text(p, field(c, N->f_type));
    b->nparams++;
  }
  iter_free(&it);
  TSNode body = field(n, N->f_body);
  if (!ts_node_is_null(body)) build_decls(p, b, body, &locals, &debugs, &scopes, &blocks);

  b->locals = locals.items;
  b->nlocals = locals.len;
  b->debugs = debugs.items;
  b->ndebugs = debugs.len;
  b->scopes = scopes.items;
  b->nscopes = scopes.len;
  b->blocks = blocks.items;
  b->nblocks = blocks.len;

  /* O(1) look-ups by number.  rustc numbers locals and blocks densely from 0; the tables
   * cover a few times the count, so that a garbled number cannot size them. */
  long maxid = -1, idcap = 4 * (long)b->nlocals + 1024;
  for (size_t i = 0; i < b->nlocals; i++)
    if (b->locals[i].id > maxid && b->locals[i].id < idcap) maxid = b->locals[i].id;
  if (maxid >= 0) {
    b->type_by_id = ms_arena_alloc(p->A, (size_t)(maxid + 1) * sizeof(char *));
    if (b->type_by_id) {
      b->ntype_by_id = (size_t)maxid + 1;
      for (size_t i = 0; i < b->nlocals; i++)
        if (b->locals[i].id >= 0 && b->locals[i].id <= maxid)
          b->type_by_id[b->locals[i].id] = b->locals[i].type;
    }
  }
  unsigned maxbb = 0, bbcap = 4 * (unsigned)b->nblocks + 1024;
  for (size_t i = 0; i < b->nblocks; i++)
    if (b->blocks[i]->index > maxbb && b->blocks[i]->index < bbcap) maxbb = b->blocks[i]->index;
  if (b->nblocks) {
    b->block_by_index = ms_arena_alloc(p->A, (size_t)(maxbb + 1) * sizeof(ms_block *));
    if (b->block_by_index) {
      b->nblock_by_index = (size_t)maxbb + 1;
      size_t kept = 0;
      for (size_t i = 0; i < b->nblocks; i++) {
        ms_block *blk = b->blocks[i];
        ms_block **at = blk->index <= maxbb ? &b->block_by_index[blk->index] : NULL;
        if (at && *at) { /* rustc prints each block once: keep the first, say so */
          char msg[120];
          snprintf(msg, sizeof msg, "block bb%u printed twice (first at line %u): this one is ignored",
                   blk->index, (*at)->line);
          uint32_t at0 = byte_of_line(p, blk->line), a = at0;
          while (a < p->len && (p->src[a] == ' ' || p->src[a] == '\t')) a++;
          add_diag_at(p, a, blk->line, MS_SEV_WARNING, msg);
          continue;
        }
        if (at) *at = blk;
        b->blocks[kept++] = blk;
      }
      b->nblocks = kept;
    }
  }

  if (!ts_node_has_error(n)) {
    check_targets(p, b);
    check_locals(p, b);
    check_state_writes(p, b);
  }

  ms_body **slot = ms_vec_push(p->A, &p->doc->bodies, sizeof(ms_body *));
  if (slot) *slot = b;
}

static void take_header(P *p, TSNode n) {
  const Names *N = p->N;
  if (p->hdr_path) { /* the last header's body never came: cut off, another dump appended */
    unsigned line, col;
    position_of(p, p->hdr_byte, &line, &col);
    add_diag_at(p, p->hdr_byte, line, MS_SEV_ERROR,
                "`// MIR for` header without its body: the next dump's header follows it (the "
                "dump looks truncated)");
    p->pending_layout = NULL; /* its layout is no other body's */
  }
  p->hdr_path = text(p, field(n, N->f_def_path));
  p->hdr_byte = ts_node_start_byte(n);
  TSNode pn = field(n, N->f_pass);
  const char *s = p->src + ts_node_start_byte(pn);
  size_t len = ts_node_end_byte(pn) - ts_node_start_byte(pn);
  while (len && *s == ' ') s++, len--;
  p->hdr_disamb = -1;
  if (len && *s >= '0' && *s <= '9') {
    char *e;
    p->hdr_disamb = (int)strtol(s, &e, 10);
    len -= (size_t)(e - s);
    s = e;
  }
  p->hdr_pass = trimmed(p, s, len);
}

/* ------------------------------------------------------------------ diagnostics */

enum { MS_MAX_NESTING = 2000 };

/*
 * Brace depth at the end of the text, outside string literals.  With limit >= 0, stops at
 * the first `{` opening level limit + 1 and stores its offset in *over (else -1); also when
 * more than limit `(`/`[` (counted together) are open at the end: the first one opening
 * level limit + 1 (tree-sitter's recovery fails on those; closed, they parse).
 */
static long brace_depth(const char *s, size_t len, long limit, size_t *over) {
  long depth = 0, other = 0; /* `{`; `(` and `[` together (checked against limit only) */
  size_t other_at = 0;        /* where `(`/`[` last reached level limit + 1 */
  bool str = false;
  *over = (size_t)-1;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (str) {
      if (c == '\\') i++;
      else if (c == '"' || c == '\n') str = false;
    } else if (c == '"') {
      str = true;
    } else if (c == '{') {
      if (++depth > limit && limit >= 0) {
        *over = i;
        break;
      }
    } else if (c == '}') {
      depth--;
    } else if (c == '(' || c == '[') {
      if (++other == limit + 1 && limit >= 0) other_at = i;
    } else if (c == ')' || c == ']') {
      other -= other > 0;
    }
  }
  if (limit >= 0 && *over == (size_t)-1 && other > limit) *over = other_at;
  return depth;
}


/* The line of chunk offset `byte`, from its start in the document (a chunk may begin
 * mid-line: a dump cut there and another appended). */
static const char *line_of(P *p, uint32_t byte, size_t *len) {
  const char *src = p->src;
  size_t before = (size_t)(p->src - p->doc->text); /* the chunk's offset in the document */
  const char *whole = p->doc->text;
  size_t a = before + byte, b = byte;
  while (a > 0 && whole[a - 1] != '\n') a--;
  while (b < p->len && src[b] != '\n') b++;
  b += before;
  src = whole;
  if (b > a && src[b - 1] == '\r') b--;
  if (b - a > 400) b = a + 400;
  *len = b - a;
  return ms_arena_strndup(p->A, src + a, b - a);
}

static void add_diag_at(P *p, uint32_t byte, unsigned line, ms_severity sev,
                        const char *msg) {
  ms_diag *d = ms_vec_push(p->A, &p->doc->diags, sizeof *d);
  d->file = p->doc->name;
  d->line = line;
  /* the column in characters of the document's line, as rustc's spans count (a chunk may
   * begin mid-line) */
  const char *whole = p->doc->text;
  size_t at = (size_t)(p->src - whole) + byte, bol = at;
  while (bol > 0 && whole[bol - 1] != '\n') bol--;
  unsigned chars = 1;
  for (size_t i = bol; i < at; i++) chars += ((unsigned char)whole[i] & 0xc0) != 0x80;
  d->col = chars;
  d->sev = sev;
  /* the input it quotes as ms_diag_print writes it: the message is UTF-8 without control
   * bytes (an editor forwarding it as JSON sent malformed JSON; a trial) */
  size_t ml = strlen(msg);
  char *m = ms_arena_alloc(p->A, ms_safe_copy(NULL, msg, ml) + 1);
  ms_safe_copy(m, msg, ml);
  d->message = m;
  d->line_text = line_of(p, byte, &d->line_len);
  if (sev == MS_SEV_ERROR) p->doc->nerrors++;
}

static void add_diag(P *p, TSNode n, ms_severity sev, const char *msg) {
  TSPoint pt = ts_node_start_point(n);
  add_diag_at(p, ts_node_start_byte(n), pt.row + 1 + p->row_base, sev, msg);
}

/* Braces opened and not closed in the whole text, outside string literals. */
static long braces_open(P *p) {
  size_t over;
  return brace_depth(p->src, p->len, -1, &over);
}

static bool reaches_eof(P *p, TSNode n) {
  size_t e = ts_node_end_byte(n);
  while (e < p->len && (p->src[e] == ' ' || p->src[e] == '\n' || p->src[e] == '\t' ||
                        p->src[e] == '\r'))
    e++;
  return e >= p->len;
}

/* 1-based line and column of a byte offset. */
static void position_of(P *p, size_t byte, unsigned *line, unsigned *col) {
  unsigned l = 1;
  size_t bol = 0;
  for (size_t i = 0; i < byte && i < p->len; i++)
    if (p->src[i] == '\n') {
      l++;
      bol = i + 1;
    }
  *line = l + p->row_base;
  *col = (unsigned)(byte - bol) + 1;
}

/*
 * An ERROR node that runs to the end of a text with unclosed braces: the dump was cut off.
 * Say so where the text ends, and point at the item that is incomplete.
 */
static void report_truncation(P *p) {
  size_t end = p->len;
  while (end > 0 && (p->src[end - 1] == '\n' || p->src[end - 1] == ' ' ||
                     p->src[end - 1] == '\r' || p->src[end - 1] == '\t'))
    end--;
  unsigned line, col;
  position_of(p, end, &line, &col);
  if (p->cut_by_header) { /* the text goes on with the next dump */
    unsigned hl, hc;
    position_of(p, p->len, &hl, &hc);
    char msg[200];
    snprintf(msg, sizeof msg, "unclosed `{` where the next dump's `// MIR for` header begins, "
             "line %u (the dump looks truncated; the next one is read on its own)", hl);
    add_diag_at(p, end, line, MS_SEV_ERROR, msg);
  } else {
    add_diag_at(p, end, line, MS_SEV_ERROR,
                "unexpected end of input: unclosed `{` (the dump looks truncated)");
  }
  /* the last item header before the end */
  size_t start = 0, item = (size_t)-1; /* the last item or header the text starts */
  for (size_t i = end; i-- > start;) {
    if (i != start && p->src[i - 1] != '\n') continue;
    if (!strncmp(p->src + i, "fn ", 3) || !strncmp(p->src + i, "const ", 6) ||
        !strncmp(p->src + i, "static ", 7) || !strncmp(p->src + i, "promoted[", 9) ||
        !strncmp(p->src + i, "// MIR for ", 11)) { /* cut in a layout: its header */
      item = i;
      break;
    }
  }
  if (item != (size_t)-1) {
    unsigned il, ic;
    position_of(p, item, &il, &ic);
    add_diag_at(p, item, il, MS_SEV_NOTE, "this item is incomplete");
  }
}

/* Describe what the parser found at an ERROR node. */
static void describe_error(P *p, TSNode n, char *buf, size_t cap) {
  uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
  /* first non-blank token-ish excerpt */
  while (a < b && (p->src[a] == ' ' || p->src[a] == '\n' || p->src[a] == '\t')) a++;
  uint32_t e = a;
  while (e < b && p->src[e] != '\n' && e - a < 40) e++;
  if (e == a) {
    snprintf(buf, cap, "syntax error: unexpected end of input");
    return;
  }
  /* a NUL byte would end the message: written `\x00`, as the printer writes control bytes */
  size_t o = (size_t)snprintf(buf, cap, "syntax error: unexpected `");
  for (uint32_t i = a; i < e && o + 6 < cap; i++) {
    if (p->src[i]) buf[o++] = p->src[i];
    else o += (size_t)snprintf(buf + o, cap - o, "\\x00");
  }
  if (o + 2 <= cap) buf[o++] = '`';
  buf[o < cap ? o : cap - 1] = 0;
}

static bool is_error_node(TSNode n) { return ts_node_symbol(n) == (TSSymbol)-1; }

/* Report every ERROR/MISSING node, iteratively, skipping error-free subtrees. */
/* The item (a child of root) that node n lies in: its start byte. */
static uint32_t item_start(TSNode n, TSNode root) {
  TSNode cur = n, par;
  while (!ts_node_is_null(par = ts_node_parent(cur)) && !ts_node_eq(par, root)) cur = par;
  return ts_node_start_byte(cur);
}

/* The `missing ;` after each later block's `}` that one lost `}` makes the parser see (the
 * blocks after it read as statements of the one left open): said once, as a note, after the
 * error that caused them (a trial's one deleted `}` gave 29 errors). */
static void say_cascade(P *p, size_t *n, TSNode at) {
  if (!*n) return;
  char msg[160];
  snprintf(msg, sizeof msg, "%zu more `missing ;` after later blocks' `}` follow from the error "
           "above (a block not closed): not counted", *n);
  add_diag(p, at, MS_SEV_NOTE, msg);
  *n = 0;
}

static void collect_syntax_errors(P *p, TSNode root) {
  if (!ts_node_has_error(root)) return;
  bool truncated = braces_open(p) > 0;
  TSTreeCursor c = ts_tree_cursor_new(root);
  unsigned last_line = 0;
  size_t reported = 0, cascade = 0;
  uint32_t err_item = UINT32_MAX; /* the item of the last error reported */
  TSNode cascade_at = root;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    bool descend = ts_node_has_error(n);
    if (is_error_node(n) || ts_node_is_missing(n)) {
      unsigned line = ts_node_start_point(n).row + 1 + p->row_base;
      uint32_t item = item_start(n, root), at = ts_node_start_byte(n);
      if (item != err_item) say_cascade(p, &cascade, cascade_at);
      if (line == p->nul_line && !(truncated && reaches_eof(p, n))) {
        /* the NUL byte's line: the error said there is the NUL's (parse_owned_at) */
        last_line = line;
        descend = false;
      } else if (ts_node_is_missing(n) && !strcmp(ts_node_type(n), ";") && item == err_item && at > 0 &&
          p->src[at - 1] == '}') {
        cascade++;
        cascade_at = n;
        last_line = line;
        descend = false;
      } else if (line != last_line && reported < 1000) {
        say_cascade(p, &cascade, cascade_at); /* before this error, in the order of the text */
        err_item = item;
        char msg[200];
        if (ts_node_is_missing(n)) {
          snprintf(msg, sizeof msg, "syntax error: missing `%s`", ts_node_type(n));
          add_diag(p, n, MS_SEV_ERROR, msg);
        } else if (truncated && reaches_eof(p, n)) {
          report_truncation(p);
        } else {
          describe_error(p, n, msg, sizeof msg);
          add_diag(p, n, MS_SEV_ERROR, msg);
        }
        reported++;
      } else if (line != last_line) {
        p->doc->nerrors++; /* past the first 1000: counted, not printed */
      } /* a second error node on a line is the same error: neither printed nor counted */
      last_line = line;
      descend = false; /* one report per ERROR node; its insides are the garbage */
    }
    if (descend && ts_tree_cursor_goto_first_child(&c)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&c)) {
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        say_cascade(p, &cascade, cascade_at);
        return;
      }
    }
  }
}

/* ------------------------------------------------------------------ entry points */


enum { MS_CHUNK_BYTES = 1 << 20 };

static bool starts_with_at(const char *s, size_t len, size_t i, const char *w) {
  size_t n = strlen(w);
  return i + n <= len && !memcmp(s + i, w, n);
}

enum { NO_BOUNDARY = -1 };

/*
 * Where to cut text into chunks: the first line at or after `target` that begins a new
 * dump section (`// MIR for ...`) at column 0 with every brace closed.  In text without any
 * such header (pasted bodies), an item line (`fn `, `const `, `static `, `promoted[`) at
 * brace depth 0 is a boundary too.  Returns the offset of that line, `len` at the end of
 * input (`at_eof`), or NO_BOUNDARY when more text is needed to decide.
 */
/* Does a dump's header begin after the first byte: on a later line, or within a line (a
 * dump cut mid-line and another appended: `StorageD// MIR for ...`)? */
static bool later_header(const char *s, size_t len) {
  static const char H[] = "// MIR for ";
  for (const char *q = s + 1, *e = s + len; q < e && (q = memchr(q, '/', (size_t)(e - q))); q++)
    if ((size_t)(e - q) >= sizeof H - 1 && !memcmp(q, H, sizeof H - 1)) return true;
  return false;
}

/* No `"` from i to the end of its line: a string literal open there never closes (MIR
 * prints string constants escaped, on one line). */
static bool unclosed_to_eol(const char *s, size_t len, size_t i) {
  for (; i < len && s[i] != '\n'; i++)
    if (s[i] == '"') return false;
  return true;
}

static size_t find_boundary(const char *s, size_t len, size_t target, bool at_eof) {
  bool small = at_eof && len <= target + target / 2; /* no size cut: one chunk */
  if (small && !later_header(s, len)) return len; /* one dump (the common file): no cut */
  long depth = 0;
  bool str = false, headers = starts_with_at(s, len, 0, "// MIR for "); /* at byte 0 too */
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (str) {
      if (c == '\\') i++;
      else if (c == '"' || c == '\n') str = false;
      else if (c == '/' && starts_with_at(s, len, i, "// MIR for `") && unclosed_to_eol(s, len, i))
        return i; /* cut inside a string literal: MIR prints none over two lines */
    } else if (c == '"') {
      str = true;
    } else if (c == '{') {
      depth++;
    } else if (c == '}') {
      depth--;
    } else if (c == '\n' && depth > 0 && starts_with_at(s, len, i + 1, "// MIR for ")) {
      /* rustc prints a header only between dumps: the one before it was cut off (a log of
       * concatenated dumps, one truncated) and must not take the next one with it */
      return i + 1;
    } else if (c == '/' && i > 0 && s[i - 1] != '\n' && starts_with_at(s, len, i, "// MIR for `")) {
      /* the same, cut mid-line (a file cut at a byte offset, then `cat` with another; a
       * trial: 142 of 150 such cuts lost or mixed up bodies) */
      return i;
    } else if (c == '\n' && depth == 0 && i + 1 < len) {
      bool header = starts_with_at(s, len, i + 1, "// MIR for ");
      headers = headers || header;
      if (small || i + 1 < target) continue;
      if (header || (!headers && (starts_with_at(s, len, i + 1, "fn ") ||
                                  starts_with_at(s, len, i + 1, "const ") ||
                                  starts_with_at(s, len, i + 1, "static ") ||
                                  starts_with_at(s, len, i + 1, "promoted["))))
        return i + 1;
    }
  }
  return at_eof ? len : (size_t)NO_BOUNDARY;
}

/* A chunk that another dump's header follows on the same line, ending in the first bytes of
 * a header (`// M`, `// MIR for` without its name): a dump cut within its header line, of
 * which nothing else is left.  Said, as every other cut is (it read as a comment). */
static void cut_header_start(P *p) {
  static const char H[] = "// MIR for `";
  if (!p->len || p->src[p->len - 1] == '\n') return; /* the header begins a line: no cut */
  size_t ls = p->len;
  while (ls > 0 && p->src[ls - 1] != '\n') ls--;
  size_t n = p->len - ls;
  if (n < 2 || n >= sizeof H - 1 || memcmp(p->src + ls, H, n)) return;
  unsigned line, col;
  position_of(p, ls, &line, &col);
  add_diag_at(p, (uint32_t)ls, line, MS_SEV_ERROR,
              "`// MIR for` header cut short: the next dump's header follows it on the same line "
              "(the dump looks truncated)");
}

/* The first NUL byte of the chunk p is about to parse, unless one was said before (*said):
 * an error at its line and column.  rustc writes no NUL into a dump, and the grammar may
 * read one as a blank (`StorageLiv\0e(_52)` parsed as a statement of an unknown kind, a
 * warning): without it a damaged dump could be read as whole.  The chunk is parsed still,
 * its syntax errors on that line left unsaid (the NUL's); one memchr over the text. */
static void say_nul(P *p, bool *said) {
  const char *z = *said ? NULL : memchr(p->src, 0, p->len);
  if (!z) return;
  unsigned line, col;
  position_of(p, (size_t)(z - p->src), &line, &col);
  add_diag_at(p, (uint32_t)(z - p->src), line, MS_SEV_ERROR,
              "NUL byte: rustc writes none in a MIR dump (the file looks damaged; the text "
              "around it may be misread)");
  p->nul_line = line;
  *said = true;
}

/* Parse `buf` (malloc'd, len + 1 bytes, taken over by the document); its first line is
 * line row_base + 1 of the file; more: the file goes on after it (with a dump's header);
 * *nul_said: a NUL byte of the file was said in an earlier part (set when one is here). */
static ms_doc *parse_owned_at(Parser *ps, const char *name, char *buf, size_t len,
                              unsigned row_base, bool more, bool *nul_said) {
  ms_doc *doc = ms_xcalloc(1, sizeof *doc);
  ms_arena_init(&doc->arena);
  /* CRLF line ends (a dump saved on Windows) read as LF: types printed over several lines
   * kept their `\r`s in JSON and diagrams.  Lines and columns do not move. */
  size_t w = 0;
  for (size_t i = 0; i < len; i++)
    if (buf[i] != '\r' || i + 1 >= len || buf[i + 1] != '\n') buf[w++] = buf[i];
  len = w;
  doc->text = buf;
  doc->text[len] = 0;
  doc->len = len;
  doc->name = ms_arena_strdup(&doc->arena, name ? name : "<input>");

  /* tree-sitter 0.20.7's error recovery corrupts memory on input left open tens of
   * thousands of levels deep: refuse such input before it reaches the parser. */
  size_t deep_at;
  brace_depth(doc->text, len, MS_MAX_NESTING, &deep_at);
  if (deep_at != (size_t)-1) {
    P q = {.doc = doc, .A = &doc->arena, .src = doc->text, .len = len, .row_base = row_base};
    unsigned line, col;
    position_of(&q, deep_at, &line, &col);
    char msg[160];
    snprintf(msg, sizeof msg,
             "brackets nested more than %d levels deep: not parsed (real MIR nests a few dozen)",
             MS_MAX_NESTING);
    add_diag_at(&q, (uint32_t)deep_at, line, MS_SEV_ERROR, msg);
    return doc;
  }

  const Names *N = &ps->names;
  P p = {.doc = doc, .A = &doc->arena, .N = N};
  TSParser *parser = ps->ts;
  /* Large dumps are parsed item by item in chunks of a few MB: the syntax tree of one chunk
   * is freed before the next is parsed, so memory stays bounded by the input and its IR. */
  size_t start = 0;
  unsigned rows = row_base;
  while (start < len || start == 0) {
    size_t end = start + find_boundary(doc->text + start, len - start, MS_CHUNK_BYTES, true);
    p.src = doc->text + start;
    p.len = end - start;
    p.row_base = rows;
    p.nul_line = 0;
    say_nul(&p, nul_said);
    p.cut_by_header = (end < len || more) && braces_open(&p) > 0;
    if (p.len > UINT32_MAX - 1) p.len = UINT32_MAX - 1; /* tree-sitter offsets are 32-bit */
    TSTree *tree = ts_parser_parse_string(parser, NULL, p.src, (uint32_t)p.len);
    if (!tree) ms_internal_error("tree-sitter returned no tree"); /* no timeout or cancel is set */
    TSNode root = ts_tree_root_node(tree);
    Iter it = iter_new(root);
    for (; it.ok; iter_next(&it)) {
      TSNode c = iter_node(&it);
      TSSymbol s = ts_node_symbol(c);
      if (s == N->s_mir_header) take_header(&p, c);
      else if (s == N->s_layout_comment) p.pending_layout = build_layout_comment(&p, c);
      else if (s == N->s_function || s == N->s_const_item || s == N->s_static_item ||
               s == N->s_promoted_item || s == N->s_anon_const_item)
        build_body(&p, c);
    }
    iter_free(&it);
    collect_syntax_errors(&p, root);
    ts_tree_delete(tree);
    if ((start + p.len >= len || p.cut_by_header) && p.hdr_path && braces_open(&p) > 0) {
      /* the text ends inside the body of this header, cut where no `fn` item could be
       * parsed: a body without blocks, marked incomplete, so that it is counted and said
       * (ms_crate_add_doc) rather than lost without a trace */
      ms_body *b = ms_arena_alloc(p.A, sizeof *b);
      unsigned line, col;
      size_t at = p.hdr_byte; /* its `fn` line when one follows the header, as bodies have */
      for (size_t i = p.hdr_byte; i + 4 <= p.len; i++)
        if (p.src[i] == '\n' && !memcmp(p.src + i + 1, "fn ", 3)) {
          at = i + 1;
          break;
        }
      position_of(&p, at, &line, &col);
      *b = (ms_body){.item = MS_ITEM_FN, .def_path = p.hdr_path, .name = p.hdr_path,
                     .pass = p.hdr_pass ? p.hdr_pass : "", .disambiguator = p.hdr_disamb,
                     .file = doc->name, .line = line, .layout = p.pending_layout,
                     .incomplete = true, .cut_by_header = p.cut_by_header};
      ms_body **slot = ms_vec_push(p.A, &doc->bodies, sizeof(ms_body *));
      if (slot) *slot = b;
      p.hdr_path = p.hdr_pass = NULL;
      p.pending_layout = NULL;
    } else if (start + p.len >= len && p.hdr_path && braces_open(&p) <= 0) {
      /* a header (and layout) the text ends after: rustc prints a body after each; the
       * file may go on with another dump's header (it is read in pieces cut there) */
      unsigned line, col;
      position_of(&p, p.hdr_byte, &line, &col);
      add_diag_at(&p, p.hdr_byte, line, MS_SEV_ERROR,
                  more ? "`// MIR for` header without its body: the next dump's header follows "
                         "it (the dump looks truncated)"
                       : "`// MIR for` header without its body: the text ends before it (the "
                         "dump looks truncated)");
      p.hdr_path = NULL; /* said: the next header does not say it again */
    } else if ((start + p.len < len || more) && braces_open(&p) <= 0) {
      cut_header_start(&p);
    }
    for (size_t i = start; i < start + p.len; i++) rows += doc->text[i] == '\n';
    start += p.len;
    if (start >= len) break;
  }
  ts_parser_reset(parser);
  return doc;
}

static void parser_init(Parser *ps) {
  const TSLanguage *L = tree_sitter_mir();
  ps->ts = ts_parser_new(); /* tree-sitter aborts on allocation failure itself */
  if (!ts_parser_set_language(ps->ts, L))
    ms_internal_error("the tree-sitter runtime rejects the MIR grammar (ABI version)");
  names_init(&ps->names, L);
}

static ms_doc *parse_owned(const char *name, char *buf, size_t len) {
  Parser ps;
  parser_init(&ps);
  bool nul_said = false;
  ms_doc *doc = parse_owned_at(&ps, name, buf, len, 0, false, &nul_said);
  ts_parser_delete(ps.ts);
  return doc;
}

ms_doc *ms_doc_parse(const char *name, const char *text_in, size_t len) {
  char *buf = ms_xmalloc(len + 1);
  if (len) memcpy(buf, text_in, len);
  return parse_owned(name, buf, len);
}

ms_doc *ms_doc_parse_file(const char *path, const char **err_out) {
  size_t len;
  char *buf = ms_read_file(path, &len, err_out);
  if (!buf) return NULL;
  return parse_owned(strcmp(path, "-") == 0 ? "<stdin>" : path, buf, len);
}

/*
 * A document of no body and one error at line:col, without a source line: standard input
 * that is not a dump, told by its first bytes as files named explicitly are (ms_input_sniff)
 * and refused as they are, with the same words.
 */
static ms_doc *refused_doc(const char *name, ms_input_kind kind, unsigned line, unsigned col) {
  ms_doc *doc = ms_xcalloc(1, sizeof *doc);
  ms_arena_init(&doc->arena);
  doc->text = ms_xcalloc(1, 1);
  doc->name = ms_arena_strdup(&doc->arena, name);
  ms_diag *d = ms_vec_push(&doc->arena, &doc->diags, sizeof *d);
  *d = (ms_diag){.file = doc->name, .line = line, .col = col, .sev = MS_SEV_ERROR,
                 .message = kind == MS_INPUT_BINARY        ? "not a MIR dump (binary)"
                            : kind == MS_INPUT_RUST_SOURCE ? "Rust source, not a MIR dump"
                            : kind == MS_INPUT_REPORT_JSON ? "a mirscope JSON report, not a MIR dump"
                            : kind == MS_INPUT_NM_SYMBOLS  ? "nm output, not a MIR dump"
                                                           : "-Zprint-type-sizes output, not a MIR dump: "
                                                             "give it with -t - and the dumps as files"};
  doc->nerrors = 1;
  return doc;
}

int ms_doc_parse_file_chunks(const char *path, ms_chunk_fn fn, void *user, const char **err) {
  bool is_stdin = strcmp(path, "-") == 0;
  const char *name = is_stdin ? "<stdin>" : path;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) {
    if (err) *err = strerror(errno);
    return -1;
  }
  Parser ps;
  parser_init(&ps);
  size_t cap = 2 * (size_t)MS_CHUNK_BYTES + 1, have = 0;
  char *buf = ms_xmalloc(cap);
  unsigned rows = 0;
  bool eof = false, first = true, nul_said = false;
  int rc = 0;
  const char *why = NULL;
  while (!why) {
    /* read until a chunk boundary is known, or the end */
    size_t end = (size_t)NO_BOUNDARY;
    for (;;) {
      if (have >= (size_t)MS_CHUNK_BYTES || eof) {
        end = find_boundary(buf, have, MS_CHUNK_BYTES, eof);
        if (end != (size_t)NO_BOUNDARY) break;
      }
      if (have + 1 >= cap) { /* an item longer than the buffer: grow it */
        cap *= 2;
        buf = ms_xrealloc(buf, cap);
      }
      size_t n = fread(buf + have, 1, cap - have - 1, f);
      have += n;
      if (n == 0) {
        if (ferror(f)) why = strerror(errno ? errno : EIO);
        eof = true;
      }
      if (why) break;
    }
    if (why) break;
    if (end == 0 && !first) break; /* nothing left */
    unsigned sl = 1, sc = 1;
    ms_input_kind kind = first && is_stdin ? ms_sniff_bytes((const unsigned char *)buf, have,
                                                            &sl, &sc)
                                           : MS_INPUT_DUMP;
    if (kind != MS_INPUT_DUMP) { /* the rest is not read */
      rc = fn(refused_doc(name, kind, sl, sc), user);
      break;
    }
    char *chunk = ms_xmalloc(end + 1);
    memcpy(chunk, buf, end);
    ms_doc *doc = parse_owned_at(&ps, name, chunk, end, rows, end < have || !eof, &nul_said);
    for (size_t i = 0; i < end; i++) rows += buf[i] == '\n';
    memmove(buf, buf + end, have - end);
    have -= end;
    first = false;
    rc = fn(doc, user); /* the callee owns the document now */
    if (rc || (eof && have == 0)) break;
  }
  free(buf);
  ts_parser_delete(ps.ts);
  if (!is_stdin) fclose(f);
  if (why) {
    if (err) *err = why;
    return -1;
  }
  return rc;
}

void ms_doc_free(ms_doc *doc) {
  if (!doc) return;
  ms_arena_release(&doc->arena);
  free(doc->text);
  free(doc);
}
