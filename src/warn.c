/*
 * A crate's warnings to the caller's callbacks (ms_crate_options), from the stages that
 * read bodies (model.c) and size them (layout.c): below both, so that neither calls the other
 * for it.
 */
#include "model.h"

void ms_crate_warn(const ms_crate *c, const ms_warning *w, const char *placed) {
  if (c->quiet) return;
  if (c->opts.on_warning_about)
    c->opts.on_warning_about(w, c->opts.warning_user);
  else if (w->line && c->opts.on_warning_at)
    c->opts.on_warning_at(w->path, w->line, w->col, w->message, c->opts.warning_user);
  else if (c->opts.on_warning)
    c->opts.on_warning(w->path, w->line && placed ? placed : w->message, c->opts.warning_user);
}
