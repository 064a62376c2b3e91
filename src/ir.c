/* Read-only accessors of the IR (the opaque types of mirscope.h). */
#include "ir.h"

#include <string.h>

const char *ms_version(void) { return MIRSCOPE_VERSION; }

#define VEC_AT(v, T, i) (((T *)(v).items)[i])

/* ---- documents */
const char *ms_doc_name(const ms_doc *d) { return d->name; }
size_t ms_doc_size(const ms_doc *d) { return d->len; }
size_t ms_doc_diag_count(const ms_doc *d) { return d->diags.len; }
const ms_diag *ms_doc_diag(const ms_doc *d, size_t i) {
  return i < d->diags.len ? &VEC_AT(d->diags, ms_diag, i) : NULL;
}
size_t ms_doc_error_count(const ms_doc *d) { return d->nerrors; }
size_t ms_doc_unknown_count(const ms_doc *d) { return d->nunknown; }
size_t ms_doc_body_count(const ms_doc *d) { return d->bodies.len; }
const ms_body *ms_doc_body(const ms_doc *d, size_t i) {
  return i < d->bodies.len ? VEC_AT(d->bodies, ms_body *, i) : NULL;
}

/* ---- diagnostics */
const char *ms_diag_file(const ms_diag *d) { return d->file; }
unsigned ms_diag_line(const ms_diag *d) { return d->line; }
unsigned ms_diag_col(const ms_diag *d) { return d->col; }
ms_severity ms_diag_severity(const ms_diag *d) { return d->sev; }
const char *ms_diag_message(const ms_diag *d) { return d->message; }

/* The file name, the message and the source line come from the input: written safe for a
 * terminal (ms_write_safe: control bytes and invalid UTF-8 as \xNN); the caret under the
 * column (a byte offset), counting the columns each character before it takes there. */
void ms_diag_print(const ms_diag *d, FILE *out, int color) {
  static const char *const names[] = {"error", "warning", "note"};
  static const char *const colors[] = {"\033[1;31m", "\033[1;35m", "\033[1;36m"};
  const char *bold = color ? "\033[1m" : "", *reset = color ? "\033[0m" : "";
  unsigned sev = d->sev <= MS_SEV_NOTE ? (unsigned)d->sev : 0;
  fputs(bold, out);
  ms_write_safe(out, d->file, strlen(d->file));
  fprintf(out, ":%u:%u:%s %s%s:%s ", d->line, d->col, reset, color ? colors[sev] : "",
          names[sev], reset);
  ms_write_safe(out, d->message, strlen(d->message));
  fputc('\n', out);
  if (!d->line_text) return;
  size_t ll = d->line_len, upto = 0; /* the column's byte in the line */
  for (unsigned c = 1; c < d->col && upto < ll; c++)
    do upto++;
    while (upto < ll && ((unsigned char)d->line_text[upto] & 0xc0) == 0x80);
  fputs("    ", out);
  ms_write_safe(out, d->line_text, ll);
  fputs("\n    ", out);
  for (size_t i = 0; i < upto && i < ll; i++) { /* tabs kept so that the caret lines up */
    size_t j = i;
    while (j < upto && j < ll && d->line_text[j] != '\t') j++;
    for (size_t k = ms_write_safe(NULL, d->line_text + i, j - i); k > 0; k--) fputc(' ', out);
    if (j < upto && j < ll) fputc('\t', out);
    i = j;
  }
  fprintf(out, "%s^%s\n", color ? colors[sev] : "", reset);
}

/* ---- bodies */
const char *ms_body_def_path(const ms_body *b) { return b->def_path; }
const char *ms_body_name(const ms_body *b) { return b->name; }
const char *ms_body_pass(const ms_body *b) { return b->pass; }
int ms_body_disambiguator(const ms_body *b) { return b->disambiguator; }
const char *ms_body_file(const ms_body *b) { return b->file; }
unsigned ms_body_line(const ms_body *b) { return b->line; }
ms_item_kind ms_body_item_kind(const ms_body *b) { return b->item; }
const char *ms_body_return_type(const ms_body *b) { return b->ret_type; }
const char *ms_body_yield_type(const ms_body *b) { return b->yield_type; }
size_t ms_body_param_count(const ms_body *b) { return b->nparams; }
size_t ms_body_local_count(const ms_body *b) { return b->nlocals; }
long ms_body_local_id(const ms_body *b, size_t i) { return i < b->nlocals ? b->locals[i].id : -1; }
const char *ms_body_local_type(const ms_body *b, size_t i) {
  return i < b->nlocals ? b->locals[i].type : NULL;
}
int ms_body_local_mutable(const ms_body *b, size_t i) { return i < b->nlocals && b->locals[i].mut; }
unsigned ms_body_local_scope(const ms_body *b, size_t i) {
  return i < b->nlocals ? b->locals[i].scope : 0;
}
const char *ms_body_type_of(const ms_body *b, long id) {
  return id >= 0 && (size_t)id < b->ntype_by_id ? b->type_by_id[id] : NULL;
}
size_t ms_body_debug_count(const ms_body *b) { return b->ndebugs; }
const char *ms_body_debug_name(const ms_body *b, size_t i) {
  return i < b->ndebugs ? b->debugs[i].name : NULL;
}
const char *ms_body_debug_value(const ms_body *b, size_t i) {
  return i < b->ndebugs ? b->debugs[i].value : NULL;
}
const ms_place *ms_body_debug_place(const ms_body *b, size_t i) {
  return i < b->ndebugs ? b->debugs[i].place : NULL;
}
unsigned ms_body_debug_scope(const ms_body *b, size_t i) {
  return i < b->ndebugs ? b->debugs[i].scope : 0;
}
size_t ms_body_scope_count(const ms_body *b) { return b->nscopes; }
unsigned ms_body_scope_index(const ms_body *b, size_t i) {
  return i < b->nscopes ? b->scopes[i].index : 0;
}
long ms_body_scope_parent(const ms_body *b, size_t i) {
  return i < b->nscopes ? b->scopes[i].parent : -1;
}
const char *ms_body_scope_inlined(const ms_body *b, size_t i) {
  return i < b->nscopes ? b->scopes[i].inlined : NULL;
}

/* ---- layout */
const ms_layout *ms_body_layout(const ms_body *b) { return b->layout; }
ms_layout_era ms_layout_era_of(const ms_layout *l) { return l ? l->era : MS_LAYOUT_NONE; }
long ms_layout_upvar_start(const ms_layout *l) { return l ? l->upvar_start : -1; }
/* What the getters read for a NULL layout (a body without one): nothing. */
static const ms_layout NO_LAYOUT = {.upvar_start = -1};
size_t ms_layout_field_count(const ms_layout *l) { return l ? l->nfields : 0; }
const char *ms_layout_field_id(const ms_layout *l, size_t i) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nfields ? l->fields[i].id : NULL;
}
unsigned ms_layout_field_index(const ms_layout *l, size_t i) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nfields ? l->fields[i].index : 0;
}
const char *ms_layout_field_type(const ms_layout *l, size_t i) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nfields ? l->fields[i].type : NULL;
}
const char *ms_layout_field_span(const ms_layout *l, size_t i) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nfields ? l->fields[i].span : NULL;
}
long ms_layout_field_scope(const ms_layout *l, size_t i) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nfields ? l->fields[i].scope : -1;
}
size_t ms_layout_variant_count(const ms_layout *l) { return l ? l->nvariants : 0; }
const char *ms_layout_variant_name(const ms_layout *l, size_t i) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nvariants ? l->variants[i].name : NULL;
}
unsigned ms_layout_variant_discr(const ms_layout *l, size_t i) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nvariants ? l->variants[i].discr : 0;
}
size_t ms_layout_variant_field_count(const ms_layout *l, size_t i) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nvariants ? l->variants[i].nfields : 0;
}
unsigned ms_layout_variant_field(const ms_layout *l, size_t i, size_t j) {
  if (!l) l = &NO_LAYOUT;
  return i < l->nvariants && j < l->variants[i].nfields ? l->variants[i].fields[j] : 0;
}
unsigned ms_layout_conflict_rows(const ms_layout *l) { return l ? l->rows : 0; }
unsigned ms_layout_conflict_cols(const ms_layout *l) { return l ? l->cols : 0; }
size_t ms_layout_conflict_count(const ms_layout *l) { return l ? l->npairs : 0; }
void ms_layout_conflict(const ms_layout *l, size_t k, unsigned *a, unsigned *b) {
  if (!l) l = &NO_LAYOUT;
  unsigned x = 0, y = 0;
  if (k < l->npairs) {
    x = l->pairs[k][0];
    y = l->pairs[k][1];
  }
  if (a) *a = x;
  if (b) *b = y;
}
int ms_layout_conflicts(const ms_layout *l, unsigned a, unsigned b) {
  if (!l) l = &NO_LAYOUT;
  if (a < l->dim && b < l->dim && l->matrix) {
    size_t bit = (size_t)a * l->dim + b;
    return (l->matrix[bit / 8] >> (bit % 8)) & 1;
  }
  for (size_t i = 0; i < l->npairs; i++)
    if (l->pairs[i][0] == a && l->pairs[i][1] == b) return 1;
  return 0;
}

/* ---- blocks */
size_t ms_body_block_count(const ms_body *b) { return b->nblocks; }
const ms_block *ms_body_block(const ms_body *b, size_t i) {
  return i < b->nblocks ? b->blocks[i] : NULL;
}
const ms_block *ms_body_block_by_index(const ms_body *b, unsigned n) {
  return n < b->nblock_by_index ? b->block_by_index[n] : NULL;
}
unsigned ms_block_index(const ms_block *k) { return k->index; }
int ms_block_is_cleanup(const ms_block *k) { return k->cleanup; }
unsigned ms_block_line(const ms_block *k) { return k->line; }
size_t ms_block_stmt_count(const ms_block *k) { return k->nstmts; }
const ms_stmt *ms_block_stmt(const ms_block *k, size_t i) {
  return i < k->nstmts ? k->stmts[i] : NULL;
}
const ms_stmt *ms_block_terminator(const ms_block *k) { return k->term; }

/* ---- statements */
const char *ms_stmt_kind_name(ms_stmt_kind k) {
  static const char *const names[] = {
      "assign", "storage_live", "storage_dead", "set_discriminant", "nop", "place_mention",
      "fake_read", "retag", "deinit", "ascribe_user_type", "coverage", "const_eval_counter",
      "intrinsic", "backward_incompatible_drop_hint", "unknown_statement", "goto",
      "switch_int", "return", "resume", "unreachable", "coroutine_drop", "drop", "call",
      "assert", "yield", "false_edge", "false_unwind", "inline_asm", "tail_call",
      "terminate", "unknown_terminator"};
  return (size_t)k < sizeof names / sizeof *names ? names[k] : "?";
}
ms_stmt_kind ms_stmt_kind_of(const ms_stmt *s) { return s->kind; }
int ms_stmt_is_terminator(const ms_stmt *s) { return s->kind >= MS_TERM_GOTO; }
const char *ms_stmt_text(const ms_stmt *s) { return s->text; }
unsigned ms_stmt_line(const ms_stmt *s) { return s->line; }
unsigned ms_stmt_col(const ms_stmt *s) { return s->col; }
const char *ms_stmt_word(const ms_stmt *s) { return s->word; }
const ms_place *ms_stmt_place(const ms_stmt *s) { return s->place; }
ms_rvalue_kind ms_stmt_rvalue_kind(const ms_stmt *s) {
  return s->kind == MS_STMT_ASSIGN ? s->rv : MS_RV_NONE;
}
const char *ms_stmt_rvalue(const ms_stmt *s) { return s->rvalue; }
const char *ms_stmt_callee(const ms_stmt *s) { return s->callee; }
size_t ms_stmt_operand_count(const ms_stmt *s) { return s->nops; }
const char *ms_stmt_operand(const ms_stmt *s, size_t i) {
  return i < s->nops ? s->ops[i].text : NULL;
}
const ms_place *ms_stmt_operand_place(const ms_stmt *s, size_t i) {
  return i < s->nops ? s->ops[i].place : NULL;
}
long ms_stmt_discriminant(const ms_stmt *s) { return s->discr; }
const char *ms_stmt_message(const ms_stmt *s) { return s->message; }
size_t ms_stmt_edge_count(const ms_stmt *s) { return s->nedges; }
unsigned ms_stmt_edge_target(const ms_stmt *s, size_t i) {
  return i < s->nedges ? s->edges[i].target : 0;
}
ms_edge_kind ms_stmt_edge_kind(const ms_stmt *s, size_t i) {
  return i < s->nedges ? s->edges[i].kind : MS_EDGE_OTHER;
}
const char *ms_stmt_edge_label(const ms_stmt *s, size_t i) {
  return i < s->nedges ? s->edges[i].label : NULL;
}
ms_unwind ms_stmt_unwind(const ms_stmt *s) { return s->unwind; }

/* ---- places */
long ms_place_local(const ms_place *p) { return p->local; }
size_t ms_place_proj_count(const ms_place *p) { return p->nproj; }
ms_proj_kind ms_place_proj_kind(const ms_place *p, size_t i) {
  return i < p->nproj ? p->proj[i].kind : MS_PROJ_DEREF;
}
long ms_place_proj_index(const ms_place *p, size_t i) {
  return i < p->nproj ? p->proj[i].index : -1;
}
const char *ms_place_proj_text(const ms_place *p, size_t i) {
  return i < p->nproj ? p->proj[i].text : NULL;
}
const char *ms_place_text(const ms_place *p) { return p->text; }
