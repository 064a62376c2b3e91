/*
 * Internal helpers shared by the human-readable renderers: report.c (text and Markdown
 * reports) and diff.c (before/after comparison).  Nothing here keeps state between calls.
 */
#ifndef MS_REPORT_H
#define MS_REPORT_H

#include "model.h"

/* A bounded string builder over a caller's buffer: appends are truncated at cap - 1 bytes
 * (never in the middle of a UTF-8 sequence) and the buffer is always NUL-terminated. */
typedef struct {
  char *p;
  size_t len, cap;
} ms_sbuf;

void ms_sb_init(ms_sbuf *b, char *buf, size_t cap);
void ms_sb_putn(ms_sbuf *b, const char *s, size_t n);
void ms_sb_puts(ms_sbuf *b, const char *s);
void ms_sb_printf(ms_sbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Display columns of UTF-8 text (one per code point). */
size_t ms_rep_width(const char *s);
/* Write s and pad it with spaces to w columns (right-aligned when `right`). */
void ms_rep_pad(FILE *o, const char *s, size_t w, int right);
/* Copy s into out, eliding the middle with "…" so that it fits in w columns. */
void ms_rep_elide(const char *s, size_t w, char *out, size_t cap);

/* `handshake::{closure#0}` of an async fn -> `handshake`; `<impl at a/b.rs:5:1: 5:9>` ->
 * `<impl at b.rs:5>`. */
void ms_rep_short_path(const char *def_path, ms_coroutine_kind kind, char *out, size_t cap);
/* Text broken into lines of at most `width` columns at spaces (prose; lines with columns
 * under their last column, table rows as they are), written to o. */
void ms_rep_wrap(FILE *o, const char *buf, size_t len, size_t width);
/* A coroutine's name as tables print it (ms_co_short_name). */
void ms_rep_co_path(const ms_coroutine *co, char *out, size_t cap);
/* Types as people write them: module paths, erased lifetimes, `Global` allocators,
 * `_usize` suffixes and line breaks removed; coroutine types named after their def path. */
void ms_rep_short_type(const char *type, char *out, size_t cap);
/* `src/basic.rs:48:20: 48:34 (#12)` -> `basic.rs:48:20`. */
void ms_rep_short_span(const char *span, char *out, size_t cap);

/* Future bytes with the accuracy marker: `96` exact, `~96` computed, `≥96` lower bound,
 * `?` unknown. */
void ms_rep_future_bytes(const ms_coroutine *co, char *out, size_t cap);
/* How the future size was found: "exact, from -Zprint-type-sizes", "computed with rustc's
 * layout rules", "lower bound: " and why (types that could not be sized, no storage
 * conflicts in the dump), "unknown"; with article, "a lower bound: ...". */
const char *ms_rep_size_words(const ms_coroutine *co, bool article);
/* "async fn", "async block", "async closure", "gen block", "async gen block", "coroutine". */
const char *ms_rep_kind_words(ms_coroutine_kind kind);
/* Number of Suspend states an await suspends in (ms_co_state_suspend: not yields, not the
 * states of the async-drop body). */
size_t ms_rep_awaits(const ms_coroutine *co);
/* Number of Suspend states of a kind (MS_SUSPEND_NONE: every Suspend state). */
size_t ms_rep_suspends(const ms_coroutine *co, ms_suspend_kind k);
/* The awaits column: `2`; with yields, `1+2y` (`2y` without an await). */
void ms_rep_awaits_cell(const ms_coroutine *co, char *out, size_t cap);
/* Number of findings of a class. */
size_t ms_rep_count_findings(const ms_coroutine *co, ms_finding_class cls);

/* Crate-wide totals, computed once for every report format (text, Markdown, JSON). */
typedef struct {
  size_t n, no_await, dup, copies, poison_futures, unreachable;
  /* of no_await (every no-await finding, JSON's): gen and async gen blocks (iterators), raw
   * coroutines; the text says them apart from the futures (a trial read `gen {}` counted
   * among "futures have no await (a plain fn would do)") */
  size_t no_yield_iter, no_yield_coroutine;
  long future_bytes, redundant, copy_bytes; /* future_bytes: of the known sizes */
  size_t exact, computed, lower, unknown;
  size_t rebuilt; /* layouts rebuilt from the body: the dump printed none (--emit=mir) */
  size_t rebuilt_lower; /* of them, sizes that are lower bounds for that reason */
  size_t final_printed; /* final MIR with a printed layout (-Zdump-mir=PreCodegen) */
  /* the futures no other of the selection awaits (their known sizes): an awaited future
   * is inside its awaiter's, so future_bytes counts it twice; these are what tasks hold */
  size_t outer;
  long outer_bytes;
  size_t not_built; /* of the selection, left out of every total (ms_rep_counted) */
} ms_rep_totals;
ms_rep_totals ms_rep_crate_totals(const ms_crate *c, const size_t *sel, size_t n);
/* sel without the coroutines in no total (an async closure's by-move body nm shows was not
 * built: ms_coroutine.not_built), a new array of *m; the totals and what-if take these. */
size_t *ms_rep_counted(const ms_crate *c, const size_t *sel, size_t n, size_t *m);
/* Of the n coroutines v (of crate c), those no other of them awaits (an `__awaitee` that is
 * one of them: it is inside its awaiter's future): their known sizes summed, *outer (may be
 * NULL) how many they are. */
long ms_rep_outer_bytes(const ms_crate *c, const ms_coroutine *const *v, size_t n, size_t *outer);
/* The coroutines a report is about: opt->only (indices in range), else every one; a malloc'd
 * array of *n indices (free it). */
size_t *ms_rep_selection(const ms_crate *c, const ms_report_options *opt, size_t *n);
/* The selection ranked by `sort` (descending, ties by def path). */
size_t *ms_rep_ranked(const ms_crate *c, ms_sort sort, const ms_report_options *opt, size_t *n);

/* The coroutines of one crate build (a crate name and the directory of its dumps), for what
 * reports show once per crate: the sums of the what-if figures of its coroutines. */
typedef struct {
  const char *label; /* as the table's crate column: the crate, and the part of its directory
                        that tells builds of one crate apart (`drops [drops-panic-abort]`) */
  size_t coroutines, unreachable;
  long code_bytes, future_bytes; /* the coroutines' code (best figures), known future sizes */
  long code_inside; /* code of coroutines inlined into an awaiter nm sized: not in code_bytes */
  size_t inside;    /* how many */
  /* per change, its code bytes in the coroutines whose code is in the nm symbols (sized by
   * nm, or inlined into one that is): what a share of nm's code is of; in_nm: how many such
   * coroutines (0: no share) */
  long nm_code[MS_WHATIF_COUNT];
  size_t in_nm;
  ms_whatif_total w[MS_WHATIF_COUNT];
} ms_rep_group;
/* The crate builds of the coroutines sel[0..n), sorted by label, in arena `a` (*out). */
size_t ms_rep_groups(const ms_crate *c, const size_t *sel, size_t n, ms_arena *a, ms_rep_group **out);
/* All groups in one: the totals of a report's coroutines. */
ms_rep_group ms_rep_groups_sum(const ms_rep_group *gs, size_t ng);
/* Change k's code in the coroutines built in the objects nm read: what its share of nm's code
 * is of; -1 when not known (a change about futures only, or no such coroutine). */
static inline long ms_rep_nm_part(const ms_rep_group *g, int k) {
  return g->w[k].code_bytes < 0 || !g->in_nm ? -1 : g->nm_code[k];
}
/* What a report says of what-if: the groups of its coroutines (in `arena`: release it), their
 * sum, and the code nm lists (-1: no symbols). */
typedef struct {
  ms_arena arena;
  ms_rep_group *gs, all;
  size_t ng;
  long nm;
  /* the outer futures (awaited or held by no other of the report: what the tasks hold),
   * their known sizes, and per change about futures their sizes with its fixes in them and
   * in every future they hold inline, laid out again (ms_whatif_deep_after); -1: not about
   * futures.  outer_unknown: outer futures whose size after is not known (left out of both) */
  size_t nouter;
  long outer_before[MS_WHATIF_COUNT], outer_after[MS_WHATIF_COUNT];
  size_t outer_unknown[MS_WHATIF_COUNT];
  bool outer_approx[MS_WHATIF_COUNT]; /* some from the table's state sizes (≈) */
} ms_rep_whatif;
void ms_rep_whatif_init(ms_rep_whatif *v, const ms_crate *c, const size_t *sel, size_t n);

/* A code figure with its source: `1337` exact (nm), `≈1201` corrected, `~1841` modelled, `?`. */
void ms_rep_code_cell(const ms_coroutine *co, char *out, size_t cap);
/* The line on the code model used and its validated median errors (issue 13's error band). */
void ms_rep_code_model(const ms_crate *c, bool md, char *out, size_t cap);
/* Advice findings (held-across-await, passthrough): what the report lists apart. */
bool ms_rep_is_advice(ms_finding_class cls);
/* An advice finding in three lines (what, why, advice with the size after), each after
 * `indent`; Markdown: a list item with two sub-items. */
void ms_rep_write_advice(FILE *o, const ms_crate *c, const ms_coroutine *co, size_t f, bool md,
                         const char *indent);


#endif
