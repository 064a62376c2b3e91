/*
 * Advice: what to change in the user's code, and what it saves.  Future sizes after a change
 * come from layout.c's what-if layouts, never from adding sizes.
 */
#include "advice.h"
#include "layout.h"

void ms_advice_finish(ms_crate *c) { ms_layout_whatif_prepare(c); }

const char *ms_fix_kind_name(ms_fix_kind k) {
  static const char *const N[] = {"none", "drop-local", "box-local", "drop-state", "return-future"};
  return (unsigned)k < sizeof N / sizeof *N ? N[k] : NULL;
}

long ms_co_future_bytes_with(const ms_coroutine *co, const ms_fix *fixes, size_t n,
                             ms_size_source *source) {
  return ms_layout_whatif(co, fixes, n, source);
}
