/*
 * Internal definitions of the coroutine model (stage 2-4): what model.c builds from the IR,
 * what typesizes.c sizes and codecost.c prices.  Everything lives in the crate's arena.
 */
#ifndef MS_MODEL_H
#define MS_MODEL_H

#include "ir.h"

typedef struct {
  const char *id;   /* "_s3" */
  unsigned index;   /* 3 */
  const char *type; /* type text as printed in the layout (may span lines) */
  const char *span; /* "" when not printed */
  const char *name; /* source name from debug lines, "" if none */
  long scope;
  long bytes; /* -1 unknown */
  unsigned align; /* 0 unknown */
} co_saved;

typedef struct {
  const char *name; /* from `debug NAME => ((*_N).K: T)` */
  unsigned field;   /* K */
  const char *type; /* T */
  long bytes;       /* -1 unknown */
  unsigned align;
} co_upvar;

/* Features of a piece of code, for the code-size model (codecost.c). */
typedef struct {
  unsigned blocks, cleanup_blocks;
  unsigned statements; /* all statements except storage markers and nop */
  unsigned assigns, calls, drops, asserts, switches, switch_arms, returns, resumes;
  unsigned set_discriminants, gotos;
  /* refinements (subsets of the counts above), see docs/code-size.md */
  unsigned calls_poll;   /* `<X as Future>::poll` and other `poll*` methods */
  unsigned calls_helper; /* near-free helpers: into_future, Pin::new(_unchecked), as_mut, ... */
  unsigned calls_panic;  /* core::panicking::*, begin_panic, ...: cold, out of line */
  unsigned cleanup_statements, cleanup_calls, cleanup_drops; /* those in cleanup blocks */
  unsigned drops_future; /* drops of a nested future (async fn/block/closure body) */
  unsigned asserts_poison; /* `... resumed after completion/panicking` */
  unsigned moves_aggregate; /* `move`/`copy` of a place typed as a non-scalar (field text) */
  unsigned aggregates;      /* assigns building an aggregate: Ready(_), S { .. }, (a, b) */
  unsigned switch_arms_extra; /* switch arms beyond the first two of each switchInt */
  /* more refinements; drops_repeat and moved_bytes need the ms_body (other blocks, local types) */
  unsigned calls_poll_inline; /* polls of a `PollFn<{closure@..}>` awaitee (subset of calls_poll) */
  unsigned drops_repeat;      /* drops of a place an earlier block already drops */
  unsigned back_edges;        /* edges to a block of smaller or equal index (not unwind/cleanup) */
  unsigned blocks_empty;      /* blocks ending in `goto` with no statement of code */
  unsigned moved_bytes;       /* bytes of arrays/tuples of primitives moved, copied or built */
} ms_code_features;

typedef struct {
  const char *name;
  unsigned discr;
  size_t *fields; /* indices into co->saved */
  size_t nfields;
  long entry;     /* entry block, -1 without arm */
  ms_arm_kind arm;
  long bytes;     /* variant size, -1 unknown */
  ms_code_features feat; /* blocks owned by this state's arm */
  long code_bytes;
} co_state;

typedef struct {
  size_t from, to;
  ms_transition_kind via;
} co_trans;

/* A block of the resume body and the state whose arm owns it (ms_co_block_owner). */
typedef struct {
  unsigned bb;
  long owner; /* state index, or MS_BLOCK_UNREACHED / _SHARED / _DISPATCH */
} co_block;

typedef struct {
  ms_finding_class cls;
  long state;
  long bytes;
  const char *reason;
} co_finding;

struct ms_coroutine {
  const char *def_path, *file, *pass, *self_type;
  ms_coroutine_kind kind;
  /* The def path as the dump file name spells it (`m::{impl#10}::f::{closure#0}`), "" when
   * the file name is not a dump file name; and the name unique within the crate (see
   * assign_names in model.c). */
  const char *item, *name;
  bool by_item; /* the name is the item: the def path is shared by several bodies */
  unsigned line;
  co_saved *saved;
  size_t nsaved;
  const unsigned char *conflicts; /* nsaved x nsaved, row-major (storage_conflicts); or NULL */
  co_upvar *upvars;
  size_t nupvars;
  co_state *states;
  size_t nstates;
  co_trans *trans;
  size_t ntrans;
  ms_vec findings; /* of co_finding */
  ms_code_features feat; /* the whole resume body */
  /* every block number of the resume body once, sorted by number, with its owner as the
   * code figures count it; at most as many as the body has blocks */
  co_block *blocks;
  size_t nblocks;
  long dispatch; /* block number of the dispatch switch, -1 none */
  /* upvar copies found in the Unresumed arm: saved local index -> upvar index */
  size_t *copy_saved, *copy_upvar;
  size_t ncopies;
  /* size */
  long size;
  ms_size_source size_source;
  const char **unknown;
  size_t nunknown;
  long *instances;
  size_t ninstances;
  unsigned tag_bytes; /* bytes of the discriminant, 0 unknown */
  struct ms_type_sizes *ts; /* type sizes scoped to this coroutine's directory, or NULL */
  /* code */
  long code_estimate, code_exact, code_redundant;
  size_t pos; /* position in the crate's vector when its index was built (see ms_crate_index) */
};

typedef struct ms_type_sizes ms_type_sizes;
typedef struct ms_symbols ms_symbols;

typedef struct {
  const char *dir; /* with a trailing '/' */
  ms_type_sizes *ts;
} co_scoped_ts;

/*
 * Look-ups of coroutines by a key (def path, self type, ...) without a scan of all of them.
 * A map holds (hash of the key, position in the vector) pairs sorted by hash then position:
 * the entries of one hash are the candidates, in the vector's order.  The hash is only a
 * necessary condition: every candidate must still be confirmed with the exact predicate.
 */
typedef struct {
  size_t hash, pos;
} ms_co_hpos;

typedef struct {
  ms_co_hpos *e;
  size_t n;
} ms_co_map;

/* Candidates to visit: entries e[0..n) of one hash, or (all) every position 0..n-1. */
typedef struct {
  const ms_co_hpos *e;
  size_t n;
  bool all;
} ms_co_cands;

static inline size_t ms_cands_pos(const ms_co_cands *k, size_t i) { return k->all ? i : k->e[i].pos; }

typedef struct {
  bool built;
  unsigned long gen; /* the crate's `gen`, vector storage and length it was built for */
  const void *items;
  size_t len;
  ms_co_map def_path;    /* exact def path */
  ms_co_map self_type;   /* exact self type */
  ms_co_map fn_name;     /* async fns with def path `F::{closure#0}`: last segment of F */
  ms_co_map defpath;     /* ms_defpath_hash: {impl#N} / <impl at ..> as one token */
} ms_co_index;

/* De-duplication of bodies while documents are added (model.c). */
typedef struct {
  struct co_dedup_slot *slots;
  size_t cap, used, live; /* used: live entries and tombstones */
  bool broken;            /* out of memory once: scan the vector instead */
} co_dedup;

struct ms_crate {
  ms_arena arena;
  ms_crate_options opts;
  ms_vec coroutines; /* of ms_coroutine * */
  ms_type_sizes *ts; /* tables that apply to every coroutine */
  ms_vec scoped;     /* of co_scoped_ts: tables that apply below one directory */
  ms_symbols *syms;
  bool finished;
  unsigned long gen; /* bumped whenever the coroutine vector changes (ms_crate_add_doc) */
  co_dedup dedup;    /* malloc'd, freed by ms_crate_free */
  size_t dropped;    /* resume bodies not modelled (each one warned about) */
  ms_co_index index; /* in the arena */
};

/* ---- model.c: the crate's look-up index */
/* FNV-1a over bytes, continuing from h (start with MS_HASH_INIT). */
#define MS_HASH_INIT ((size_t)1469598103934665603u)
static inline size_t ms_hash_bytes(size_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * (size_t)1099511628211u;
  return h;
}
/* (Re)build c->index unless it matches the current vector; sets every coroutine's pos.
 * Returns false when memory is exhausted (the index is then left unbuilt). */
bool ms_crate_index(ms_crate *c);
/* The index when it matches the current vector, else NULL (callers scan everything). */
const ms_co_index *ms_crate_index_get(const ms_crate *c);
/* Candidates of `hash` in map m (of ms_crate_index_get(c)); with m NULL every position. */
ms_co_cands ms_co_find(const ms_crate *c, const ms_co_map *m, size_t hash);
/* Position of co in the vector (its pos when the index is current), (size_t)-1 if absent. */
size_t ms_crate_co_pos(const ms_crate *c, const ms_coroutine *co);
/* Hash of the part of s[0..n) after its last ':' (all of it without one), for `fn_name`. */
size_t ms_fn_name_hash(const char *s, size_t n);
/* Index of the bracket that closes the one at s[i] ((, [, { and < nest alike; `->` closes
 * nothing), or n when none does. */
size_t ms_match_close(const char *s, size_t n, size_t i);
/* Def paths a[0..an) and b equal segment by segment, a `{impl#N}` in a matching any
 * `<impl at ...>` segment in b (a def path from a type against a body's own). */
bool ms_defpath_eq(const char *a, size_t an, const char *b);
/* A hash of a def path under which ms_defpath_eq(a, b) implies equal hashes of a and b,
 * unless *weird (may be NULL) is set for a: then scan every coroutine instead. */
size_t ms_defpath_hash(const char *s, size_t n, bool *weird);

/* ---- json.c: a JSON string literal (escaped; invalid UTF-8 becomes U+FFFD) */
void ms_json_string(FILE *out, const char *s);

/* ---- typesizes.c: -Zprint-type-sizes tables, computed sizes and lower bounds */
ms_type_sizes *ms_ts_new(void);
void ms_ts_free(ms_type_sizes *ts);
/* Parse print-type-size lines; returns the number of types read. */
long ms_ts_add(ms_type_sizes *ts, const char *text, size_t len);
/*
 * Fill every coroutine's size fields: size, size_source, unknown types, instances, tag_bytes,
 * states[].bytes, saved[].bytes/align, upvars[].bytes/align.  Exact from the table when the
 * coroutine's type is found there (matched robustly: paths and spans are printed
 * differently), else computed with rustc's layout rules when every type can be sized
 * (nested coroutines resolved from the crate's other coroutines), else a lower bound.
 */
void ms_sizes_resolve(ms_crate *c);

/* Read access to a parsed table (tests, reports). */
struct ms_ts_type;
size_t ms_ts_type_count(const ms_type_sizes *ts);
/* i-th entry named `name` (entries keep their input order), NULL when none. */
const struct ms_ts_type *ms_ts_find(const ms_type_sizes *ts, const char *name, size_t i);
long ms_ts_entry_size(const struct ms_ts_type *t);
long ms_ts_entry_align(const struct ms_ts_type *t);
long ms_ts_entry_discr(const struct ms_ts_type *t);
size_t ms_ts_entry_variant_count(const struct ms_ts_type *t);
/* Variant name (NULL for a struct's fields), printed size and field count. */
const char *ms_ts_entry_variant(const struct ms_ts_type *t, size_t v, long *size, size_t *nfields);
/* Field name without its leading dot; kind 'f' field, 'u' upvar, 'l' local; align 0 and
 * type "" when not printed. */
const char *ms_ts_entry_field(const struct ms_ts_type *t, size_t v, size_t f, char *kind, long *size,
                              long *offset, long *align, const char **type);

/* ---- codecost.c: the code-size model and nm symbols */
/* Add the features of one basic block. */
void ms_code_features_add_block(ms_code_features *f, const ms_block *blk, const ms_body *b);
/* Machine code of one poison arm (`lea` of the panic location + call to
 * panic_const_*_resumed*), measured with bench/poison-arm-bytes on x86_64 at -Copt-level=3
 * (rustc 1.95, corpus/src, 2026-11-25: 40 arms, all 13 bytes).  Its jump-table entry and
 * location static lie outside the function and are not counted. */
#define MS_POISON_ARM_BYTES 13

/* Estimated machine-code bytes for code with these features (documented, calibrated). */
long ms_code_estimate(const ms_code_features *f);
ms_symbols *ms_symbols_new(void);
void ms_symbols_free(ms_symbols *s);
long ms_symbols_add(ms_symbols *s, const char *text, size_t len);
/* Exact size of the coroutine's resume function, -1 when not found. */
long ms_symbols_lookup(const ms_symbols *s, const ms_coroutine *co);

#endif
