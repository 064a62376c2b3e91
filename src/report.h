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
/* Types as people write them: module paths, erased lifetimes, `Global` allocators,
 * `_usize` suffixes and line breaks removed; coroutine types named after their def path. */
void ms_rep_short_type(const char *type, char *out, size_t cap);
/* `src/basic.rs:48:20: 48:34 (#12)` -> `basic.rs:48:20`. */
void ms_rep_short_span(const char *span, char *out, size_t cap);

/* Future bytes with the accuracy marker: `96` exact, `~96` computed, `≥96` lower bound,
 * `?` unknown. */
void ms_rep_future_bytes(const ms_coroutine *co, char *out, size_t cap);
/* Machine-code bytes: exact nm size when known, else the estimate. */
long ms_rep_code_bytes(const ms_coroutine *co);
/* Number of Suspend states (await or yield points). */
size_t ms_rep_awaits(const ms_coroutine *co);
/* Number of findings of a class. */
size_t ms_rep_count_findings(const ms_coroutine *co, ms_finding_class cls);

/* Crate-wide totals, computed once for every report format (text, Markdown, JSON). */
typedef struct {
  size_t n, no_await, dup, copies, poison_futures, unreachable;
  long future_bytes, redundant, copy_bytes; /* future_bytes: of the known sizes */
  size_t exact, computed, lower, unknown;
} ms_rep_totals;
ms_rep_totals ms_rep_crate_totals(const ms_crate *c);

/* A JSON string (same escaping as json.c). */


#endif
