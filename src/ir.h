/* Internal definitions of the IR behind the opaque types of mirscope.h. */
#ifndef MS_IR_H
#define MS_IR_H

#include "arena.h"
#include "mirscope/mirscope.h"

#include <stdbool.h>

struct ms_diag {
  const char *file;
  unsigned line, col;
  ms_severity sev;
  const char *message;
  const char *line_text; /* the source line, without newline */
  size_t line_len;       /* its bytes (it may hold a NUL byte) */
};

typedef struct {
  ms_proj_kind kind;
  long index;
  const char *text;
} ms_proj;

struct ms_place {
  long local;
  const char *text;
  ms_proj *proj;
  size_t nproj;
};

typedef struct {
  unsigned target;
  ms_edge_kind kind;
  const char *label;
} ms_edge;

typedef struct {
  const char *text;
  const ms_place *place; /* NULL for constants, strings, types */
} ms_operand;

struct ms_stmt {
  ms_stmt_kind kind;
  unsigned line, col;
  const char *text;
  const char *word;
  const ms_place *place;
  ms_rvalue_kind rv;
  const char *rvalue;
  const char *callee;
  const char *message;
  long discr;
  ms_unwind unwind;
  ms_operand *ops;
  size_t nops;
  ms_edge *edges;
  size_t nedges;
};

struct ms_block {
  unsigned index;
  bool cleanup;
  unsigned line;
  ms_stmt **stmts;
  size_t nstmts;
  ms_stmt *term;
};

typedef struct {
  long id;
  const char *type;
  bool mut;
  unsigned scope;
} ms_local;

typedef struct {
  const char *name;
  const char *value;
  const ms_place *place;
  unsigned scope;
  const char *span; /* of a trailing `// in scope N at SPAN` comment (older dumps), else "" */
} ms_debug;

typedef struct {
  unsigned index;
  long parent;
  const char *inlined;
} ms_scope;

typedef struct {
  const char *id;
  unsigned index;
  const char *type;
  const char *span;
  long scope;
} ms_saved;

typedef struct {
  const char *name;
  unsigned discr;
  unsigned *fields;
  size_t nfields;
} ms_variant;

struct ms_layout {
  ms_layout_era era;
  long upvar_start; /* `upvar_start: _N,` of newer era-2 layouts; -1 when not printed */
  ms_saved *fields;
  size_t nfields;
  ms_variant *variants;
  size_t nvariants;
  unsigned rows, cols;
  unsigned (*pairs)[2];
  size_t npairs;
  unsigned char *matrix; /* dim x dim bitmap, dim = max(rows, cols, max id + 1) */
  unsigned dim;
};

struct ms_body {
  ms_item_kind item;
  const char *def_path;
  const char *name;
  const char *pass;
  int disambiguator;
  const char *file;
  unsigned line;
  const char *ret_type;
  const char *yield_type;
  size_t nparams;
  ms_local *locals;
  size_t nlocals;
  const char **type_by_id; /* index: local number */
  size_t ntype_by_id;
  ms_debug *debugs;
  size_t ndebugs;
  ms_scope *scopes;
  size_t nscopes;
  ms_layout *layout;
  ms_block **blocks;
  size_t nblocks;
  ms_block **block_by_index;
  size_t nblock_by_index;
  bool incomplete; /* cut off by the end of the text (a truncated dump): syntax errors up to
                    * the end with braces left open; its blocks are a part of the body's */
  bool cut_by_header; /* incomplete, and the text goes on with the next dump's header */
};

struct ms_doc {
  ms_arena arena;
  const char *name;
  char *text; /* owned copy of the input, NUL-terminated */
  size_t len;
  ms_vec bodies; /* of ms_body * */
  ms_vec diags;  /* of ms_diag */
  size_t nerrors;
  size_t nunknown;
};

#endif
