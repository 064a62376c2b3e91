/*
 * Advice findings (advice.c): held-across-await and passthrough, and the two kinds of bytes
 * (code, future) of every finding.  The model calls in twice: while a resume body is at hand,
 * and once when the crate is finished.  See docs/model.md ("Advice") and docs/sizes.md
 * ("Predictions").
 */
#ifndef MS_ADVICE_H
#define MS_ADVICE_H

#include "model.h"

/* Big enough to advise on: a saved local of at least MS_HELD_MIN_BYTES, or of at least
 * MS_HELD_FLOOR_BYTES that is at least 1/MS_HELD_SHARE of the future. */
#define MS_HELD_MIN_BYTES 64
#define MS_HELD_FLOOR_BYTES 32
#define MS_HELD_SHARE 4

/*
 * Record what the resume body does with each saved local (used, dropped or borrowed after an
 * await that holds it) and whether the body only awaits one future (co->saved_use,
 * co->pass_shape).  `isref` (nref entries, by local number) marks the locals that hold the
 * coroutine's `&mut`; `reach` holds one bitmap of bytes_per bytes per state: the blocks its
 * walk from its dispatch entry reaches.
 */
void ms_advice_scan(ms_crate *c, ms_coroutine *co, const ms_body *b, const unsigned char *isref,
                    size_t nref, const unsigned char *reach, size_t bytes_per);

/* After the crate's sizes and other findings: the what-if layouts, code and future bytes of
 * every finding, then the held-across-await and passthrough findings. */
void ms_advice_finish(ms_crate *c);

/* Why rustc keeps a held local (a held-across-await finding's `why`), in words. */
const char *ms_advice_why_text(ms_hold_reason r);
/* ms_advice_why_text in the words of co's kind (yields for gen blocks and coroutines), in buf
 * when it differs */
const char *ms_advice_why_text_for(const ms_coroutine *co, ms_hold_reason r, char *buf, size_t cap);
/* Why finding f's local is big (held-across-await), in words with its sizes: `1024 B ≥ 64 B`,
 * `32 B ≥ ¼ of the 34 B future` (md: `bytes`, `34-byte`); "" for the other findings.  Written to out. */
const char *ms_advice_big_text(const ms_coroutine *co, size_t f, bool md, char *out, size_t cap);
/* What to do for a fix (box-local, drop-local as end-scope, return-future), in words; "" else. */
const char *ms_advice_fix_text(ms_fix_kind k);
/* The same for a fix of co, in its words: an async block or closure is not turned into a fn,
 * drop() does not end the scope of a local whose type is surely Copy, and a local that copies
 * an argument is boxed by taking the argument boxed. */
const char *ms_advice_fix_text_for(const ms_coroutine *co, ms_fix fix);

#endif
