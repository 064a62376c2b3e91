/*
 * Internal definitions of the coroutine model (stage 2-4): what model.c builds from the IR,
 * what typesizes.c sizes and codecost.c prices.  Everything lives in the crate's arena.
 */
#ifndef MS_MODEL_H
#define MS_MODEL_H

#include "index.h"
#include "ir.h"
#include "text.h"
#include "typesizes.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The unknown "type" of a layout that is a lower bound because the dump gives no complete
 * storage-conflict matrix (layout.c). */
#define MS_NO_CONFLICTS "(storage conflicts not given)"
/* The same for a layout rebuilt from the body (rebuild.c): the dump printed none. */
#define MS_NO_LAYOUT "(no coroutine layout in the dump: rebuilt from the body)"

enum { TEMP_OUT_BORROWS = 1, TEMP_OUT_TAKEN = 2 }; /* co->temp_out_borrows */

typedef struct {
  const char *id;   /* "_s3" */
  unsigned index;   /* 3 */
  const char *type; /* type text as printed in the layout (may span lines) */
  const char *span; /* "" when not printed */
  const char *name; /* source name from debug lines, "" if none */
  long scope;
  long bytes; /* -1 unknown */
  unsigned align; /* 0 unknown */
  /* the type the -Zprint-type-sizes entry of its sizes prints (or, printing none, for a local
   * of the same layout type), when not the layout's: a generic body's instance (`F/#0` held
   * as `{async fn body of serve_one()}`); else NULL */
  const char *inst_type;
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
  unsigned calls_poll_coroutine; /* polls of a coroutine's own type: a call of its resume */
  unsigned calls_poll_dyn;       /* polls through `dyn Future`: an indirect call */
  unsigned asserts_overflow;     /* overflow checks of `+ - * << >>` and negation: debug builds
                                  * only (not of `/ %`, which release builds check too) */
} ms_code_features;

/* One code-size model: the prices fitted for one (target, opt-level) row (codecost.c). */
enum { MS_CODE_TERMS = 11 };
typedef struct {
  const char *target, *opt_level;
  /* per term of ms_code_terms: statements, aggregates, calls_poll_plain, drops_other,
   * asserts_check, resumes, blocks_empty, asserts_poison, calls_poll_coroutine,
   * calls_poll_dyn, moved_bytes */
  double c[MS_CODE_TERMS];
  /* bytes of one poison arm (`lea` of the panic location + call), measured with
   * bench/poison-arm-bytes on the target, not fitted: a poison state's code figure */
  double poison_arm;
  /* validated on the crates the row was never fitted on (bench/calibrate, validation side):
   * median |estimate - nm| / nm and the share within +-30 %; -1 when not measured */
  double median_error, within_30;
  /* the same median for figures corrected by self-calibration (held-out exact ones) */
  double corrected_median_error;
} ms_code_model;
typedef struct {
  const char *name;
  unsigned discr;
  size_t *fields; /* indices into co->saved */
  size_t nfields;
  long entry;     /* entry block, -1 without arm */
  ms_arm_kind arm;
  ms_suspend_kind suspend; /* model.c: suspend_kinds */
  long bytes;     /* variant size, -1 unknown */
  ms_code_features feat; /* blocks owned by this state's arm alone */
  long code_bytes;       /* its share of the body's estimate (model.c: split_code) */
  long own_code_bytes;   /* the estimate of the blocks only its arm reaches */
  double shared_code;    /* unrounded: its part of the blocks several arms reach (tests) */
} co_state;

/* The saved local of state s that is a value's async-drop future, -1 if none (model.c). */
long ms_co_state_drop_future(const ms_coroutine *co, size_t s);

typedef struct { /* 12 bytes: a body of N awaits has up to N^2 / 2 of them */
  uint32_t from, to;
  unsigned char via; /* ms_transition_kind */
} co_trans;

/* A block of the resume body and the state whose arm owns it (ms_co_block_owner). */
typedef struct { /* 8 bytes: kept for every block of every coroutine */
  uint32_t bb;
  int32_t owner; /* state index, or MS_BLOCK_UNREACHED / _SHARED / _DISPATCH */
} co_block;

typedef struct {
  ms_finding_class cls;
  long state;
  long bytes;
  const char *reason;
  long other; /* duplicate-suspend: the earlier state it could share; else -1 */
} co_finding;

/* The two kinds of bytes and the advice of a finding (advice.c, in ms_crate_finish):
 * co->advice[i] is about co->findings[i]. */
typedef struct {
  long code_bytes, future_bytes, future_after; /* -1: not this kind, or unknown */
  ms_size_source after_source;
  long saved;     /* saved local the finding is about, -1 */
  size_t *awaits; /* the Suspend states that hold it */
  size_t nawaits;
  ms_hold_reason why;
  ms_big_rule big; /* held-across-await: the rule that made the local big */
  ms_fix fix;
  ms_fix also;     /* laid out with fix, not named by ms_co_finding_fix: the unnamed reference
                      to a temporary that goes with it (MS_FIX_NONE: none) */
} co_advice;

/* A field of the what-if layout (layout.c): size, alignment, niche and how well known it is
 * (CO_LAY_EXACT, CO_LAY_PARTIAL: size and alignment are lower bounds, CO_LAY_UNKNOWN). */
enum { CO_LAY_EXACT, CO_LAY_PARTIAL, CO_LAY_UNKNOWN };
/* how many of a generic body's nm instances it keeps the names of (code_inst_names) */
enum { MS_CODE_INST_NAMES = 8 };
typedef struct {
  long size;
  unsigned long align;
  unsigned long long niche;
  int state;
} co_lay;

struct ms_coroutine {
  const char *def_path, *file, *pass, *self_type;
  ms_coroutine_kind kind;
  /* The def path as the dump file name spells it (`m::{impl#10}::f::{closure#0}`), "" when
   * the file name is not a dump file name; and the name unique within the crate (see
   * assign_names in model.c). */
  const char *item, *name;
  bool by_item; /* the name is the item: the def path is shared by several bodies */
  /* A block's or closure's place as its type says it (`async block@lib.rs:205:30`), what the
   * tables show for its last `{closure#N}` (ms_co_short_name); NULL for other bodies, and
   * for blocks of one parent at one place (a macro's): those keep their numbers. */
  const char *block_loc;
  /* An impl's async fn as its type prints its path (`<MemStore as Store>::put` of `{async fn
   * body of <MemStore as Store>::put()}`), what the tables show for `<impl at ..>::put` /
   * `{impl#2}::put`; NULL for other bodies, and where two would then show one name. */
  const char *impl_path;
  /* a block or closure inside an impl another coroutine's impl_path names (`<impl at
   * lib.rs:368:1: 368:12>::connect::{closure#0}::{closure#0}` of `impl Client`): that impl's
   * type as it prints (`Client`, `<Shared as Backend>`) and the length of the def path's
   * prefix it stands for; NULL, 0 for the others (model.c, locate_blocks) */
  const char *impl_type;
  size_t impl_prefix_len;
  unsigned line;
  co_saved *saved;
  size_t nsaved;
  const unsigned char *conflicts; /* nsaved x nsaved, row-major (storage_conflicts); or NULL:
                                   * not given (the layout is then a lower bound, and its
                                   * unknown types list MS_NO_CONFLICTS) */
  co_upvar *upvars;
  size_t nupvars;
  long upvar_start; /* the layout's `upvar_start: _N,` (ms_layout_upvar_start), -1 if none */
  bool layout_rebuilt; /* the dump printed no layout: rebuilt from the body (rebuild.c) */
  bool final_mir;      /* the body is the final MIR (--emit=mir, -Zdump-mir=PreCodegen), not
                        * the coroutine_resume dump the code models were fitted on */
  co_state *states;
  size_t nstates;
  co_trans *trans;
  size_t ntrans;
  /* The blocks whose switchInt the walks followed on one edge only, the MIR deciding it by a
   * constant (`bb9`, `bb9, bb14`; model.c, constant_switches); NULL when none. */
  const char *const_switches;
  ms_vec findings; /* of co_finding */
  ms_vec advice;   /* of co_advice, one per finding (after ms_crate_finish) */
  ms_code_features feat; /* the whole resume body */
  /* every block number of the resume body once, sorted by number, with its owner as the
   * code figures count it; at most as many as the body has blocks */
  co_block *blocks;
  size_t nblocks;
  uint32_t *block_sharers; /* per entry of blocks: the states its price is split among (or NULL) */
  long dispatch; /* block number of the dispatch switch, -1 none */
  /* upvar copies found in the Unresumed arm: saved local index -> upvar index */
  size_t *copy_saved, *copy_upvar;
  unsigned char *copy_moved; /* 1: the upvar was moved into the awaited future copy_saved
                                holds (model.c, find_upvar_copies), not copied into it */
  unsigned char *copy_once;  /* 1: through the future of an AsyncFnOnce call, held only when
                                the instance's future is an async closure's body */
  size_t ncopies;
  /* size */
  long size;
  ms_size_source size_source;
  const char **unknown;
  size_t nunknown;
  long *instances;
  const char **instance_types; /* the -Zprint-type-sizes entry's name of each of instances[] */
  size_t ninstances;
  const char **instance_names; /* its -Zprint-type-sizes entries' names (of instances[], and
                                * those whose fields did not fit) */
  size_t ninstance_names;
  unsigned tag_bytes; /* bytes of the discriminant, 0 unknown */
  struct ms_type_sizes *ts; /* type sizes scoped to this coroutine's directory, or NULL */
  const struct ms_symbols *syms; /* the nm symbols it is looked up in (model.c), or NULL */
  /* code */
  long code_estimate, code_exact, code_redundant;
  /* code_exact is the largest instance's: the instances nm has of a generic body (symbols of
   * distinct names), the sum of their sizes (codecost.c, ms_symbols_lookup_all) */
  unsigned code_instances;
  long code_exact_all;
  /* those symbols' names, MS_CODE_INST_NAMES of them (NULL past code_instances), the
   * largest first: which instances nm sized, whose awaitees are inlined into each
   * (model.c, root_nodes) */
  const char *code_inst_names[MS_CODE_INST_NAMES];
  long code_corrected; /* self-calibrated estimate (no exact size, scaled), -1 when none */
  long code_host;      /* the nm size of a generic function instantiated with this coroutine,
                          its resume function inlined there (model.c, host_bound), -1 none */
  bool code_in_host;   /* its code is in such a symbol (its own, or an awaiter's): built */
  /* an async closure's by-move body (`..::{synthetic#N}`): its by-ref body (`..::{closure#0}`
   * of the same closure), NULL for every other coroutine; not_built: nm has a symbol for the
   * by-ref body and none for this one, which no host holds either (the closure is called
   * by reference only): in no total (model.c, by_move_bodies) */
  const struct ms_coroutine *by_ref_twin;
  bool not_built;
  long code_inlined;   /* estimates of awaitees inlined into it (model.c), -1: no exact size */
  bool code_inside;    /* inlined into an awaiter nm sized: its code is in that size (model.c) */
  unsigned code_copies; /* of them, the awaiters nm sized it is inlined into (model.c) */
  /* advice (advice.c): per saved local what the resume body does with it (bits of advice.c),
   * recorded while the body is at hand; whether the body only awaits one future */
  unsigned char *saved_use;
  long *temp_ref; /* per saved local: the one unnamed saved reference that borrows it and
                     shares a suspend with it (`&Big` of `foo(&big(), f().await)`), -1 */
  /* per saved local: for a temporary an awaited future borrows (`match f(&make()).await { ..
   * g().await }`), its Suspend states where nothing that may borrow it is held and it is not
   * read after resuming (1 per state, co->nstates): kept only because its statement goes on
   * (MS_FIX_END_STATEMENT); NULL for the others */
  unsigned char **temp_after;
  /* per saved local with temp_after: TEMP_OUT_BORROWS when the borrowing await's output
   * borrows it too (a `let` of that output does not compile: the advice says so),
   * TEMP_OUT_TAKEN when besides a value taken from that output is kept across a later await
   * (bound by the statement that ends, its storage would conflict with the temporary's: the
   * advice takes it in a statement of its own) */
  unsigned char *temp_out_borrows;
  bool pass_shape;
  /* what-if layouts (layout.c, ms_layout_whatif_prepare): the fields the future is laid out
   * from again, and what such a layout is (exact from the table, computed, lower bound) */
  co_lay *lay_saved, *lay_up;
  ms_size_source lay_source;
  unsigned long lay_ptr; /* pointer bytes: a Box */
  bool lay_ready;
  size_t pos; /* position in the crate's vector when its index was built (see ms_crate_index) */
  /* the source span its own type prints (`src/lib.rs:205:30: 205:35` of `{async block@..}`),
   * NULL when the type has none (`{async fn body of f()}`): ms_co_span */
  const char *src_span;
};

/* The saved local (index in co->saved) that a projection `(.. as variant#K).F` names, K the
 * discriminant of state s: the F-th local of that state's list, or, in a layout rebuilt from
 * the body (whose lists hold the locals found in each state, not at rustc's positions), the
 * local projected so, whose id is `variant#K.F` (rebuild.c).  -1 if none. */
static inline long ms_co_saved_at(const ms_coroutine *co, long s, long f) {
  if (s < 0 || (size_t)s >= co->nstates || f < 0) return -1;
  if (!co->layout_rebuilt)
    return (size_t)f < co->states[s].nfields ? (long)co->states[s].fields[f] : -1;
  char id[48];
  snprintf(id, sizeof id, "variant#%u.%ld", co->states[s].discr, f);
  for (size_t i = 0; i < co->nsaved; i++)
    if (!strcmp(co->saved[i].id, id)) return (long)i;
  return -1;
}

typedef struct ms_symbols ms_symbols;

typedef struct {
  const char *dir; /* with a trailing '/' */
  ms_type_sizes *ts;
  ms_symbols *syms; /* NULL: none scoped here */
  bool has_ts;       /* type sizes were given for this directory (ts may be empty) */
} co_scoped_ts;

/* De-duplication of bodies while documents are added (model.c). */
typedef struct {
  struct co_dedup_slot *slots;
  size_t cap, used, live; /* used: live entries and tombstones */
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
  const ms_code_model *code_model; /* the code-size row for opts.target / opts.opt_level */
  bool code_model_exact;           /* that row is the build's own (not the nearest) */
  bool quiet;        /* warnings are not sent (layout.c: the tables tried say nothing) */
};

/* ---- warn.c: send a warning to the caller (ms_crate_options): to on_warning_about as w
 * is; else to on_warning_at when w has a place (w->line) and it is set; else to on_warning,
 * the message `placed` when w has a place (w's message with the place in words), else w's.
 * Nothing while c->quiet. */
void ms_crate_warn(const ms_crate *c, const ms_warning *w, const char *placed);

/* ---- json.c: a JSON string literal (escaped; invalid UTF-8 becomes U+FFFD) */
void ms_json_string(FILE *out, const char *s);
/* A type as a JSON string, on one line (ms_type_one_line): a layout prints coroutine types
 * over several lines, `size.unknown_types` and every other type key spell them so. */
void ms_json_type(FILE *out, const char *type);
/* "print-type-sizes", "computed", "lower-bound": a size's source as docs/json.md names it */
const char *ms_json_size_source_name(ms_size_source s);
/* `  "KEY": { "target": .., "opt_level": .., "pointer_width": .., "given": .. },` */
void ms_json_build(FILE *out, const char *key, const ms_crate *c);

/* ---- whatif.c: no finding yet (0 or -1 as the change is about code, futures); acc += x
 * (the sums of ms_crate_whatif); a change in words, as the reports name it */
void ms_whatif_zero(ms_whatif_kind k, ms_whatif_total *out);
void ms_whatif_add(ms_whatif_total *acc, const ms_whatif_total *x);
const char *ms_whatif_title(ms_whatif_kind k);
/* The code nm lists for the crates of coroutines sel[0..n) (ms_symbols_code_bytes); -1 without
 * symbols. */
long ms_whatif_symbol_bytes(const ms_crate *c, const size_t *sel, size_t n);

/* ---- codecost.c: the code-size model and nm symbols */
/* Add the features of one basic block. */
void ms_code_features_add_block(ms_code_features *f, const ms_block *blk, const ms_body *b);

extern const char *const MS_CODE_TERM_NAMES[MS_CODE_TERMS];
/* The row for a target triple and opt-level (NULL: the defaults); *exact (may be NULL) says
 * whether the row is that build's own rather than the nearest one.  Never NULL. */
const ms_code_model *ms_code_model_for(const char *target, const char *opt_level, bool *exact);
size_t ms_code_model_count(void);
const ms_code_model *ms_code_model_at(size_t i);
void ms_code_terms(const ms_code_features *f, double t[MS_CODE_TERMS]);
/* Bytes of code with these features, unrounded (additive over blocks) and rounded. */
double ms_code_model_cost(const ms_code_model *m, const ms_code_features *f);
long ms_code_model_estimate(const ms_code_model *m, const ms_code_features *f);
/* The default row's estimate (x86_64, opt-level 3). */
long ms_code_estimate(const ms_code_features *f);
/* The default row's poison arm (x86_64, opt-level 3; bench/poison-arm-bytes, rustc 1.95,
 * corpus/src, 2026-11-25: 40 arms, all 13 bytes).  Other targets: ms_code_model.poison_arm. */
#define MS_POISON_ARM_BYTES 13
/* Self-calibration: the scale of a build's modelled figures, from n pairs (estimate, nm) of
 * the coroutines with an exact size; 0 when fewer than MS_SELF_CAL_MIN usable pairs. */
#define MS_SELF_CAL_MIN 3
double ms_code_build_scale(const double *est, const double *nm, size_t n);

ms_symbols *ms_symbols_new(void);
void ms_symbols_free(ms_symbols *s);
long ms_symbols_add(ms_symbols *s, const char *text, size_t len);
/* The code of `crates` that nm lists: the sizes of the code symbols (types T t W w i) that are
 * theirs (a plain path that starts with one of them, `krate::f`; a qualified one whose
 * qualifier names one, `<krate::S as core::fmt::Debug>::fmt`; instances of other crates'
 * generics, `core::ptr::drop_in_place::<krate::S>`, are those crates'); a name and size that
 * two ms_symbols_add calls (files: an rlib and the binary linking it) both list count once;
 * -1 for NULL. */
long ms_symbols_code_bytes(const ms_symbols *s, const char *const *crates, size_t n);
/* The smallest symbol of at least `at_least` bytes that instantiates a function with `path`
 * (`krate::f::{closure#0}`, a coroutine's type as the demangled name prints it) as a whole
 * generic argument, its own (`::<..>`) or its Self type's (`<Select<.., ..> as Future>::poll`),
 * at any depth (`block_on::<Select<.., ..>>`), the least deep that has one: an executor or
 * combinator into which its resume function was inlined (docs/code-size.md, "Hosts"); -1 when
 * none.  *count (may be NULL): how many such symbols at that depth (a copy in each); *name
 * (may be NULL): the symbol's name, which the other coroutines it holds share.  Smaller ones
 * cannot hold the coroutine's code.  `resume` (may be NULL) tells a coroutine's own resume
 * function, which is never a host, by its name without generic arguments
 * (`h::race::{closure#0}` of `h::race::<h::edge::{closure#0}>::{closure#0}`). */
long ms_symbols_host_bytes(const ms_symbols *s, const char *path, long at_least, size_t *count,
                           const char **name, bool (*resume)(const char *name, void *user),
                           void *user);
/* Does nm size a wrapper's poll with the coroutine `path` (`krate::f::{closure#0}`) as a whole
 * generic argument of its type (`<krate::Race<krate::f::{closure#0}, krate::Tick> as
 * core::future::future::Future>::poll`)?  Then the future's code is in that symbol, not in
 * the coroutine that awaits the wrapper (docs/code-size.md, "Inlined awaitees"). */
bool ms_symbols_wrapper_poll(const ms_symbols *s, const char *path);
/* The closure kinds symbols' names (as nm printed them) give `path`: `path<i8>` or
 * `path::<i8>` (bit 1), `<i16>` (bit 2), `<i32>` (bit 4); one pass over the table. */
unsigned ms_symbols_closure_kinds(const ms_symbols *s, const char *path);
/* Exact size of the coroutine's resume function, -1 when not found (or when nothing names
 * the impl of an `<impl at …>` coroutine: docs/code-size.md, "Matching"). */
long ms_symbols_lookup(const ms_symbols *s, const ms_coroutine *co);
/* Whether two coroutines were dumped in one directory (one rustc run's -Zdump-mir-dir: one
 * build, as self-calibration, the reports' crate groups and awaitee resolution take it). */
static inline bool ms_co_same_dir(const ms_coroutine *a, const ms_coroutine *b) {
  return ms_file_same_dir(a->file, b->file);
}
/* Code across the crate's coroutines (codelink.c), once sized: nm symbols (code_exact),
 * inlined awaitees (code_inlined, code_inside), self-calibration (code_corrected), hosts
 * (code_host, code_in_host) and which body of each async closure was built (not_built). */
void ms_crate_link_code(ms_crate *c);
/* The crate's awaited futures that have no symbol, inlined into `co` (docs/code-size.md,
 * "Inlined awaitees"): each once, through inlined ones in turn, written to `out` (room for
 * every coroutine of the crate); returns their number.  `mark` has an entry per coroutine
 * (indexed by pos), zeroed before the first call; `gen` is a nonzero value no earlier call
 * with that array used.  None at opt-level 0 (LLVM inlines nothing there).  ms_crate_finish
 * sums their estimates into code_inlined. */
size_t ms_co_inlined_awaitees(const ms_crate *c, const ms_coroutine *co, size_t *mark,
                              size_t gen, const ms_coroutine **out);
/* The same, of a generic body nm sized several instances of, the largest one's only: those
 * in its exact size, whose estimates code_inlined sums (ms_co_inlined_awaitees: every
 * instance's, each in one of the sizes ms_co_code_bytes_all adds up). */
size_t ms_co_inlined_awaitees_exact(const ms_crate *c, const ms_coroutine *co, size_t *mark,
                                    size_t gen, const ms_coroutine **out);
/* The same for each of the crate's coroutines (sets code_exact); an `<impl at …>` coroutine
 * whose own type does not name its impl (an async block) takes the type of another coroutine
 * of the same crate and impl block that does. */
void ms_symbols_lookup_all(const ms_symbols *s, ms_coroutine *const *cs, size_t n);
/* ms_co_code_bytes, but with every instance nm has of a generic body (the figure is the
 * largest's): what a total of the coroutines' code counts */
long ms_co_code_bytes_all(const ms_coroutine *co, ms_code_source *src);

/* ms_co_future_bytes_after with saved locals resized (ms_layout_whatif_resized). */
long ms_co_future_bytes_after_resized(const ms_coroutine *co, const size_t *findings, size_t n,
                                      const long *resize, const unsigned long *resize_align,
                                      ms_size_source *source, unsigned long *align_out);
/* Change k's future bytes of every coroutine with its own fixes and those of the futures of
 * the crate it holds inline (a saved local of that coroutine's type and size), each laid out
 * again, the held ones first: after[i] (c's coroutine i; -1: not known, a lower bound on a
 * side); exact[i]: from sizes that reproduce the table; approx[i]: estimated from the table's
 * state sizes where no relayout reproduces it, or holding such a future.  The awaiters of a fixed future
 * shrink with it (a trial: `serve`'s per-connection task 5232 -> 1352 B, counted nowhere). */
void ms_whatif_deep_after(const ms_crate *c, ms_whatif_kind k, long *after, unsigned char *exact,
                          unsigned char *approx);

#endif
