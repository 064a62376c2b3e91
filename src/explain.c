/*
 * Renderer: one coroutine explained in the terminal (`mirscope explain`, docs/reports.md):
 * what it is, its saved locals × states matrix with bytes, each state's await with its
 * source line, and its findings with their advice.
 */
#define _POSIX_C_SOURCE 200809L
#include "alloc.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>

#define E_BOLD "\033[1m"
#define E_OFF "\033[0m"

typedef struct {
  const ms_crate *c;
  const ms_coroutine *co;
  FILE *o;
  const ms_explain_options *opt;
  size_t stale; /* awaits whose source line does not hold their `.await` (write_await) */
} explain_ctx;

static void heading(const explain_ctx *x, const char *text) {
  bool col = x->opt->color != 0;
  fprintf(x->o, "\n%s%s%s\n", col ? E_BOLD : "", text, col ? E_OFF : "");
}

/* Text of a dump or source, safe for a terminal. */
static void safe(FILE *o, const char *s) { ms_write_safe(o, s, strlen(s)); }

/* The line `line` of a source file, leading blanks and the newline taken off (empty when the
 * file cannot be read): the span's file, under source_root when it is relative. */
static void source_line(const char *root, const char *file, size_t flen, unsigned long line,
                        char *out, size_t cap, char *raw, size_t rcap) {
  out[0] = 0;
  raw[0] = 0;
  if (!flen || !line) return;
  size_t rl = root && file[0] != '/' ? strlen(root) : 0;
  char *path = ms_xmalloc(rl + flen + 2);
  snprintf(path, rl + flen + 2, "%s%s%.*s", rl ? root : "", rl ? "/" : "", (int)flen, file);
  FILE *f = fopen(path, "r");
  free(path);
  if (!f) return;
  char buf[4096];
  for (unsigned long n = 1; fgets(buf, sizeof buf, f); n += strchr(buf, '\n') != NULL) {
    if (n != line) continue;
    const char *p = buf + strspn(buf, " \t");
    snprintf(out, cap, "%.*s", (int)strcspn(p, "\r\n"), p);
    snprintf(raw, rcap, "%.*s", (int)strcspn(buf, "\r\n"), buf);
    break;
  }
  fclose(f);
}

/* Does a source line still hold the await its span `L:C1: L:C2` names: columns C1..C2 (1-based,
 * in characters; lines with other than ASCII are not checked) end with `.await`?  A span over
 * several lines, or one that cannot be read, is not checked (true). */
static bool await_at(const char *span, size_t flen, const char *raw) {
  const char *p = span + flen;
  char *e;
  unsigned long l1, c1, l2, c2;
  if (*p++ != ':') return true;
  l1 = strtoul(p, &e, 10);
  if (*e++ != ':') return true;
  c1 = strtoul(e, &e, 10);
  if (strncmp(e, ": ", 2)) return true;
  l2 = strtoul(e + 2, &e, 10);
  if (*e++ != ':') return true;
  c2 = strtoul(e, &e, 10);
  if (l1 != l2 || c1 < 1 || c2 <= c1) return true;
  for (const char *q = raw; *q; q++)
    if ((unsigned char)*q >= 0x80) return true;
  size_t n = strlen(raw);
  return c2 - 1 <= n && c2 - c1 >= 6 && !strncmp(raw + c2 - 1 - 6, ".await", 6);
}

/* The state's await: the span of its `__awaitee` and that source line. */
static void write_await(explain_ctx *x, size_t s) {
  const char *span = ms_co_await_span(x->co, s);
  char sp[256], text[320], raw[4096];
  ms_rep_short_span(span, sp, sizeof sp);
  size_t flen = strcspn(span, ":");
  unsigned long line = span[flen] == ':' ? strtoul(span + flen + 1, NULL, 10) : 0;
  source_line(x->opt->source_root, span, flen, line, text, sizeof text, raw, sizeof raw);
  if (*text && !await_at(span, flen, raw)) x->stale++;
  fprintf(x->o, "  %-10s ", x->co->states[s].name);
  ms_suspend_kind k = ms_co_state_suspend(x->co, s);
  if (k == MS_SUSPEND_ASYNC_DROP) {
    long l = ms_co_state_drop_future(x->co, s);
    if (ms_co_state_arm(x->co, s) == MS_ARM_POISON_ASYNC_DROP || l < 0) {
      fputs("a state the async-drop body enters (not an await of the body)\n", x->o);
      return;
    }
    ms_rep_short_span(x->co->saved[l].span, sp, sizeof sp);
    fputs("the async drop of a value", x->o);
    if (*sp) {
      fputs(" at ", x->o);
      ms_write_safe(x->o, sp, strlen(sp));
    }
    fputs(" (an implicit await)\n", x->o);
    return;
  }
  if (!*sp) {
    fputs(k == MS_SUSPEND_YIELD          ? "a yield (its span is not printed)\n"
          : x->co->layout_rebuilt        ? "(no await span: the dump prints no layout)\n"
                                         : "(no await span printed: an older dump)\n",
          x->o);
    return;
  }
  size_t w = ms_write_safe(x->o, sp, strlen(sp));
  if (*text) {
    for (; w < 22; w++) fputc(' ', x->o);
    fputs("  ", x->o);
    safe(x->o, text);
  }
  fputc('\n', x->o);
}

/* What the coroutine is: name, kind, crate, type, dump, size, code, upvars. */
static void write_identity(const explain_ctx *x) {
  const ms_coroutine *co = x->co;
  FILE *o = x->o;
  char crate[256], fb[32], code[32], model[512];
  ms_co_crate(co, crate, sizeof crate);
  /* the name the report's table gives it (a trial read `<impl at src/lib.rs:368:1:
   * 368:12>::read_push::{closure#0}` here beside the table's `Client::read_push`), and the
   * full one on a line of its own when that differs */
  char shown[2048];
  ms_co_short_name(co, shown, sizeof shown);
  fprintf(o, "%s", x->opt->color ? E_BOLD : "");
  safe(o, shown);
  fprintf(o, "%s  (%s, crate ", x->opt->color ? E_OFF : "", ms_rep_kind_words(co->kind));
  safe(o, crate);
  fputs(")\n", o);
  if (strcmp(shown, ms_co_name(co))) {
    fputs("  name      ", o);
    safe(o, ms_co_name(co));
    fputc('\n', o);
  }
  fputs("  type      ", o);
  safe(o, co->self_type ? co->self_type : "");
  fputs("\n  dump      ", o);
  safe(o, co->file ? co->file : "");
  if (co->pass && *co->pass) fprintf(o, ":%u (%s)\n", co->line, co->pass);
  else fprintf(o, ":%u (no `// MIR for` header)\n", co->line);
  if (co->layout_rebuilt) /* docs/mir-format.md, "Output without a layout" */
    fputs("  layout    rebuilt from the body: the dump prints none (as --emit=mir does); the code\n"
          "            model was fitted on coroutine_resume dumps, not on the final MIR: expect\n"
          "            its estimate low (docs/mir-format.md)\n",
          o);
  else if (co->final_mir)
    fputs("  body      the final MIR (PreCodegen): the code model was fitted on coroutine_resume\n"
          "            dumps, not on the final MIR: expect its estimate low (docs/mir-format.md)\n",
          o);
  ms_rep_future_bytes(co, fb, sizeof fb);
  size_t awaits = ms_rep_awaits(co), yields = ms_rep_suspends(co, MS_SUSPEND_YIELD),
         drops = ms_rep_suspends(co, MS_SUSPEND_ASYNC_DROP);
  fprintf(o, "  future    %s byte%s (%s); %zu states, %zu await%s", fb, co->size == 1 ? "" : "s",
          ms_rep_size_words(co, true), co->nstates, awaits, awaits == 1 ? "" : "s");
  if (yields) fprintf(o, ", %zu yield%s", yields, yields == 1 ? "" : "s");
  if (drops) fprintf(o, ", %zu async-drop state%s", drops, drops == 1 ? "" : "s");
  fputc('\n', o);
  if (co->ninstances > 1) { /* a generic body: whose figures these are (a firmware trial read
                             * one instance's size beside another's code) */
    fprintf(o, "            the largest of %zu instances (", co->ninstances);
    for (size_t k = 0; k < co->ninstances; k++) fprintf(o, "%s%ld", k ? ", " : "", co->instances[k]);
    fputs(" bytes), its states below\n", o);
  }
  ms_code_source src;
  ms_co_code_bytes(co, &src);
  ms_rep_code_cell(co, code, sizeof code);
  ms_rep_code_model(x->c, false, model, sizeof model);
  fprintf(o, "  code      %s bytes (%s), %ld in poison arms\n", code, ms_code_source_name(src),
          co->code_redundant > 0 ? co->code_redundant : 0);
  long all = -1;
  unsigned inst = ms_co_code_instances(co, &all);
  if (inst > 1) /* each instance its own code, in the totals (a firmware trial) */
    fprintf(o, "            the largest of the %u instances nm has, %ld bytes in all\n", inst, all);
  else if (inst == 1 && co->ninstances > 1)
    fputs("            the one instance nm has (the others inlined, or not built)\n", o);
  if (co->code_exact < 0 && co->code_inside) { /* where its code went (a firmware trial's
                                                * `explain handle_command` did not say) */
    size_t n = ms_crate_coroutine_count(x->c);
    const ms_coroutine **aw = ms_xcalloc(n + 1, sizeof *aw);
    size_t found = ms_crate_code_awaiters(x->c, co, aw, n);
    for (size_t i = 0; i < found && i < n; i++) {
      char name[1024];
      ms_co_short_name(aw[i], name, sizeof name);
      fputs(i ? ", " : "            inlined into ", o);
      safe(o, name);
      fprintf(o, " (its %ld bytes in nm hold this code)", aw[i]->code_exact);
    }
    if (found) fputc('\n', o);
    free(aw);
  }
  if (co->code_exact < 0 && co->code_host >= 0) /* docs/code-size.md, "Hosts" */
    fprintf(o, "            inlined into a generic function built with it (an executor's or a "
               "combinator's: %ld bytes in nm)\n", co->code_host);
  if (co->code_exact >= 0 && co->code_inlined > 0) { /* docs/code-size.md, "Inlined awaitees" */
    size_t n = ms_crate_coroutine_count(x->c), *mark = ms_xcalloc(n + 1, sizeof *mark);
    const ms_coroutine **in = ms_xcalloc(n + 1, sizeof *in);
    size_t k = ms_co_inlined_awaitees_exact(x->c, co, mark, 1, in);
    /* nm's size split in the model's proportions, so that the two add up to it (a firmware
     * trial added the modelled ~141 and ~372 and found 513, not nm's 596) */
    long model_all = co->code_estimate + co->code_inlined;
    long own = model_all > 0 ? (co->code_exact * co->code_estimate + model_all / 2) / model_all : 0;
    fprintf(o, "            by the model's shares, ~%ld its own and ~%ld of the future%s inlined into it "
               "(modelled ~%ld and ~%ld): ",
            own, co->code_exact - own, k == 1 ? "" : "s", co->code_estimate, co->code_inlined);
    for (size_t i = 0; i < k; i++) {
      char name[1024];
      ms_co_short_name(in[i], name, sizeof name);
      fputs(i ? ", " : "", o);
      safe(o, name);
    }
    fputc('\n', o);
    free(mark);
    free(in);
  }
  fprintf(o, "            %s\n", model);
  int og = 0;
  ms_crate_opt_level(x->c, &og);
  if (!og && ms_co_overflow_checks(co)) /* as report's build line (main.c) */
    fputs("            opt-level assumed; the body checks arithmetic for overflow, as debug\n"
          "            builds do: if built without -O (cargo build), give --opt-level 0\n",
          o);
  fputs("  upvars    ", o);
  for (size_t i = 0; i < co->nupvars; i++) {
    char ty[256];
    ms_rep_short_type(co->upvars[i].type, ty, sizeof ty);
    fputs(i ? ", " : "", o);
    safe(o, co->upvars[i].name);
    fputs(": ", o);
    safe(o, ty);
    if (co->upvars[i].bytes >= 0) fprintf(o, " (%ld B)", co->upvars[i].bytes);
  }
  fputs(co->nupvars ? " (in every state)\n" : "none\n", o);
}

/* A cell of the matrix: the local's bytes where the state holds it, `·` where not. */
static void matrix_cell(const ms_coroutine *co, size_t i, size_t s, char *out, size_t cap) {
  bool held = false;
  for (size_t j = 0; j < co->states[s].nfields; j++) held |= co->states[s].fields[j] == i;
  if (!held) snprintf(out, cap, "·");
  else if (co->saved[i].bytes >= 0) snprintf(out, cap, "%ld", co->saved[i].bytes);
  else snprintf(out, cap, "?");
}

enum { M_ID, M_NAME, M_TYPE, M_SPAN, M_FIXED };

/* The fixed columns of saved local i (row nsaved: the state bytes row). */
static void matrix_fixed(const explain_ctx *x, size_t i, char cell[M_FIXED][256]) {
  const ms_coroutine *co = x->co;
  if (i == co->nsaved) {
    snprintf(cell[M_TYPE], 256, "state bytes");
    cell[M_ID][0] = cell[M_NAME][0] = cell[M_SPAN][0] = 0;
    return;
  }
  const co_saved *sv = &co->saved[i];
  snprintf(cell[M_ID], 256, "%s", sv->id);
  snprintf(cell[M_NAME], 256, "%s", *sv->name ? sv->name : "—");
  ms_type_display(x->c, co, (long)i, NULL, cell[M_TYPE], 256);
  ms_rep_short_span(sv->span, cell[M_SPAN], 256);
}

/* Saved locals × states: each local's bytes in the states that hold it, the states' bytes. */
static void write_matrix(const explain_ctx *x) {
  const ms_coroutine *co = x->co;
  FILE *o = x->o;
  heading(x, "saved locals × states (bytes of each local in the states that hold it; · not "
             "held; SN = SuspendN)");
  if (!co->nsaved) {
    fputs("  no saved locals: every state holds only the upvars and the discriminant\n", o);
    return;
  }
  static const char *const HEAD[M_FIXED] = {"local", "name", "type", "span"};
  size_t nc = M_FIXED + co->nstates, *w = ms_xcalloc(nc, sizeof *w);
  char(*cells)[M_FIXED][256] = ms_xcalloc(co->nsaved + 1, sizeof *cells), tmp[64];
  for (size_t k = 0; k < M_FIXED; k++) w[k] = ms_rep_width(HEAD[k]);
  char(*head)[32] = ms_xcalloc(co->nstates + 1, sizeof *head);
  for (size_t s = 0; s < co->nstates; s++) {
    const char *nm = co->states[s].name;
    snprintf(head[s], sizeof head[s], strncmp(nm, "Suspend", 7) ? "%s" : "S%s", strncmp(nm, "Suspend", 7) ? nm : nm + 7);
    w[M_FIXED + s] = ms_rep_width(head[s]);
  }
  for (size_t i = 0; i <= co->nsaved; i++) {
    matrix_fixed(x, i, cells[i]);
    for (size_t k = 0; k < M_FIXED; k++)
      if (ms_write_safe(NULL, cells[i][k], strlen(cells[i][k])) > w[k]) w[k] = ms_write_safe(NULL, cells[i][k], strlen(cells[i][k]));
    for (size_t s = 0; s < co->nstates && i < co->nsaved; s++) {
      matrix_cell(co, i, s, tmp, sizeof tmp);
      if (ms_rep_width(tmp) > w[M_FIXED + s]) w[M_FIXED + s] = ms_rep_width(tmp);
    }
  }
  fputs("  ", o);
  for (size_t k = 0; k < nc; k++) {
    ms_rep_pad(o, k < M_FIXED ? HEAD[k] : head[k - M_FIXED], w[k], k >= M_FIXED);
    fputs(k + 1 < nc ? "  " : "\n", o);
  }
  for (size_t i = 0; i <= co->nsaved; i++) {
    fputs("  ", o);
    for (size_t k = 0; k < nc; k++) {
      if (k < M_FIXED) {
        for (size_t n = ms_write_safe(o, cells[i][k], strlen(cells[i][k])); n < w[k]; n++) fputc(' ', o);
      } else {
        size_t s = k - M_FIXED;
        if (i < co->nsaved) matrix_cell(co, i, s, tmp, sizeof tmp);
        else if (co->states[s].bytes >= 0) snprintf(tmp, sizeof tmp, "%ld", co->states[s].bytes);
        else snprintf(tmp, sizeof tmp, "?");
        ms_rep_pad(o, tmp, w[k], 1);
      }
      fputs(k + 1 < nc ? "  " : "\n", o);
    }
  }
  long largest = -1; /* the future is its largest state (with the upvars and the tag)
                       * and padding: say so where the row does not reach it (a trial added
                       * the row up; another found the tag counted twice, a third read the
                       * tag as added to the state's figure) */
  for (size_t s = 0; s < co->nstates; s++)
    if (co->states[s].bytes > largest) largest = co->states[s].bytes;
  if (largest >= 0 && co->size > largest)
    fprintf(o, "  (%s %ld bytes = largest state %ld, its locals, the upvars and the tag that "
               "says which state included, + padding)\n", ms_kind_noun(co->kind), co->size, largest);
  size_t sus = ms_rep_suspends(co, MS_SUSPEND_NONE);
  if (co->layout_rebuilt && sus >= 2) /* docs/mir-format.md, "Output without a layout" */
    fputs("  (rebuilt from the body: a local is shown in the states after which it is read; one\n"
          "  kept only because something borrows it is missing from the others)\n",
          o);
  free(w);
  free(cells);
  free(head);
}

/* A finding about the compiler's output: class, state, code bytes, reason. */
static void write_compiler_finding(const explain_ctx *x, size_t f) {
  const ms_coroutine *co = x->co;
  long st = ms_co_finding_state(co, f), code = ms_co_finding_code_bytes(co, f),
       fut = ms_co_finding_future_bytes(co, f);
  fprintf(x->o, "  %s", ms_co_finding_class(co, f));
  if (st >= 0) fprintf(x->o, " in %s", co->states[st].name);
  if (code >= 0) fprintf(x->o, ", ~%ld B of code", code);
  if (fut >= 0) fprintf(x->o, ", %ld future bytes", fut);
  long copy = ms_co_finding_bytes(co, f);
  /* a trial read `8 future bytes` for a 4-byte u32: the layout's padding goes with it */
  if (fut >= 0 && copy >= 0 && copy < fut && !strcmp(ms_co_finding_class(co, f), "upvar-copy"))
    fprintf(x->o, " (the %ld-byte copy and the padding it causes)", copy);
  fputs(": ", x->o);
  safe(x->o, ms_co_finding_reason(co, f));
  fputc('\n', x->o);
}

static int write_explain(const ms_crate *c, const ms_coroutine *co, FILE *out, const ms_explain_options *opt);

int ms_co_write_explain(const ms_crate *c, const ms_coroutine *co, FILE *out, const ms_explain_options *opt) {
  if (!c->finished) ms_api_misuse("ms_co_write_explain", "called before ms_crate_finish");
  if (!opt || opt->width <= 0) return write_explain(c, co, out, opt);
  char *buf = NULL; /* on a terminal: prose broken to its width, as report's (ms_rep_wrap) */
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  if (!m) ms_internal_error("open_memstream");
  int rc = write_explain(c, co, m, opt);
  fclose(m);
  ms_rep_wrap(out, buf, len, (size_t)opt->width);
  free(buf);
  return rc || fflush(out) != 0 || ferror(out) ? -1 : 0;
}

static int write_explain(const ms_crate *c, const ms_coroutine *co, FILE *out, const ms_explain_options *opt) {
  ms_explain_options d = {0};
  explain_ctx x = {c, co, out, opt ? opt : &d, 0};
  write_identity(&x);
  write_matrix(&x);
  heading(&x, "awaits (each Suspend state: the await or yield it is at, and its source line)");
  size_t awaits = 0;
  for (size_t s = 0; s < co->nstates; s++)
    if (!strncmp(co->states[s].name, "Suspend", 7)) {
      write_await(&x, s);
      awaits++;
    }
  if (!awaits) fputs("  none: it finishes on its first poll\n", out);
  if (x.stale) /* the source changed since the dump was made (or is another file) */
    fprintf(out, "  warning: %zu of these source lines hold no `.await` at the dump's column: the "
                 "source changed after the dump was made? (capture again)\n", x.stale);
  heading(&x, "findings (your code first: what to change; then what the compiler could drop)");
  for (int advice = 1; advice >= 0; advice--)
    for (size_t f = 0; f < ms_co_finding_count(co); f++) {
      if (ms_rep_is_advice(ms_co_finding_class_of(co, f)) != advice) continue;
      if (advice) ms_rep_write_advice(out, c, co, f, false, "  ");
      else write_compiler_finding(&x, f);
    }
  if (!ms_co_finding_count(co)) fputs("  none\n", out);
  return fflush(out) != 0 || ferror(out) ? -1 : 0; /* buffered: errors show on flush */
}
