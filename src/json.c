/* Renderer: the JSON report of a crate (keys documented in docs/json.md). */
#include "alloc.h"
#include "model.h"
#include "report.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

/* A JSON string: escapes quotes, backslashes and control characters; invalid UTF-8 bytes
 * become U+FFFD so the output is always valid JSON. */
void ms_json_string(FILE *o, const char *s) {
  fputc('"', o);
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  while (*p) {
    unsigned char c = *p;
    if (c == '"' || c == '\\') {
      fputc('\\', o);
      fputc(c, o);
      p++;
    } else if (c == '\n') {
      fputs("\\n", o);
      p++;
    } else if (c == '\t') {
      fputs("\\t", o);
      p++;
    } else if (c == '\r') {
      fputs("\\r", o);
      p++;
    } else if (c < 0x20 || c == 0x7f) {
      fprintf(o, "\\u%04x", c);
      p++;
    } else if (c < 0x80) {
      fputc(c, o);
      p++;
    } else {
      size_t n = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
      bool ok = n > 0;
      for (size_t k = 1; ok && k < n; k++) ok = (p[k] & 0xc0) == 0x80;
      if (ok) {
        fwrite(p, 1, n, o);
        p += n;
      } else {
        fputs("\\ufffd", o);
        p++;
      }
    }
  }
  fputc('"', o);
}

void ms_json_type(FILE *o, const char *type) {
  if (!type || !strchr(type, '\n')) {
    ms_json_string(o, type);
    return;
  }
  size_t n = strlen(type);
  char *one = ms_xmalloc(n + 1);
  ms_type_one_line(type, n, one, n + 1);
  ms_json_string(o, one);
  free(one);
}

static void jnum(FILE *o, long v) {
  if (v < 0) fputs("null", o);
  else fprintf(o, "%ld", v);
}

const char *ms_json_size_source_name(ms_size_source s) {
  switch (s) {
  case MS_SIZE_PRINT_TYPE_SIZES: return "print-type-sizes";
  case MS_SIZE_COMPUTED: return "computed";
  default: return "lower-bound";
  }
}

static const char *arm_name(ms_arm_kind a) {
  switch (a) {
  case MS_ARM_NONE: return "none";
  case MS_ARM_CODE: return "code";
  case MS_ARM_POISON_RETURNED: return "poison-returned";
  case MS_ARM_POISON_PANICKED: return "poison-panicked";
  case MS_ARM_POISON_ASYNC_DROP: return "poison-async-drop";
  case MS_ARM_RETURNS_NONE: return "returns-none";
  }
  return "code";
}

/* def_path, name, table_name, crate, file (relative to `root` when under it; root NULL: as
 * given), line, pass, kind, self_type */
static void write_identity(FILE *o, const ms_coroutine *co, const char *root) {
  fputs("    {\n      \"def_path\": ", o);
  ms_json_string(o, co->def_path);
  fputs(",\n      \"name\": ", o);
  ms_json_string(o, ms_co_name(co));
  char shown[2048]; /* as the tables, capture's ranking and explain's lists print it */
  ms_co_short_name(co, shown, sizeof shown);
  fputs(",\n      \"table_name\": ", o);
  ms_json_string(o, shown);
  char crate[256];
  ms_co_crate(co, crate, sizeof crate);
  fputs(",\n      \"crate\": ", o);
  ms_json_string(o, crate);
  fputs(",\n      \"file\": ", o);
  if (root && strcmp(co->file, "<stdin>")) {
    sbuf rooted = {0};
    sb_put_rooted(root, co->file, &rooted);
    ms_json_string(o, sb_str(&rooted));
    free(rooted.p);
  } else {
    ms_json_string(o, co->file);
  }
  fprintf(o, ",\n      \"line\": %u,\n      \"pass\": ", co->line);
  ms_json_string(o, co->pass);
  fputs(",\n      \"kind\": ", o);
  ms_json_string(o, ms_coroutine_kind_name(co->kind));
  /* an async closure's by-move body: its by-ref body; left out of the totals when nm shows
   * it was not built */
  fputs(",\n      \"by_move_of\": ", o);
  if (co->by_ref_twin) ms_json_string(o, ms_co_name(co->by_ref_twin));
  else fputs("null", o);
  fprintf(o, ",\n      \"in_totals\": %s", co->not_built ? "false" : "true");
  fputs(",\n      \"self_type\": ", o);
  ms_json_type(o, co->self_type);
}

/* states[]: one per layout variant */
static void write_states(FILE *o, const ms_coroutine *co) {
  fputs(",\n      \"states\": [", o);
  for (size_t s = 0; s < co->nstates; s++) {
    const co_state *st = &co->states[s];
    fprintf(o, "%s\n        { \"index\": %u, \"name\": ", s ? "," : "", st->discr);
    ms_json_string(o, st->name);
    fputs(", \"saved_locals\": [", o);
    for (size_t j = 0; j < st->nfields; j++) {
      if (j) fputs(", ", o);
      ms_json_string(o, co->saved[st->fields[j]].id);
    }
    fputs("], \"bytes\": ", o);
    jnum(o, st->bytes);
    fputs(", \"entry_block\": ", o);
    jnum(o, st->entry);
    fputs(", \"arm\": ", o);
    ms_json_string(o, arm_name(st->arm));
    fputs(", \"suspend\": ", o);
    const char *sk = ms_suspend_kind_name(st->suspend);
    if (sk) ms_json_string(o, sk);
    else fputs("null", o);
    fputs(", \"code_bytes\": ", o);
    jnum(o, st->code_bytes);
    fputs(", \"own_code_bytes\": ", o);
    jnum(o, st->own_code_bytes);
    fputs(" }", o);
  }
  fputs(co->nstates ? "\n      ]" : "]", o);
}

/* transitions[] */
static void write_transitions(FILE *o, const ms_coroutine *co) {
  fputs(",\n      \"transitions\": [", o);
  for (size_t t = 0; t < co->ntrans; t++) {
    const co_trans *tr = &co->trans[t];
    fprintf(o, "%s\n        { \"from\": ", t ? "," : "");
    ms_json_string(o, co->states[tr->from].name);
    fputs(", \"to\": ", o);
    ms_json_string(o, co->states[tr->to].name);
    fputs(", \"via\": ", o);
    ms_json_string(o, ms_transition_kind_name(tr->via));
    fputs(" }", o);
  }
  fputs(co->ntrans ? "\n      ]" : "]", o);
}

/* saved_locals[] */
static void write_saved_locals(FILE *o, const ms_coroutine *co) {
  fputs(",\n      \"saved_locals\": [", o);
  for (size_t i = 0; i < co->nsaved; i++) {
    const co_saved *sv = &co->saved[i];
    fprintf(o, "%s\n        { \"id\": ", i ? "," : "");
    ms_json_string(o, sv->id);
    fputs(", \"type\": ", o);
    ms_json_type(o, sv->type);
    fputs(", \"name\": ", o);
    if (*sv->name) ms_json_string(o, sv->name);
    else fputs("null", o);
    fputs(", \"span\": ", o);
    if (*sv->span) ms_json_string(o, sv->span);
    else fputs("null", o);
    fputs(", \"bytes\": ", o);
    jnum(o, sv->bytes);
    fputs(" }", o);
  }
  fputs(co->nsaved ? "\n      ]" : "]", o);
}

/* upvars[] and upvar_start */
static void write_upvars(FILE *o, const ms_coroutine *co) {
  fputs(",\n      \"upvars\": [", o);
  for (size_t i = 0; i < co->nupvars; i++) {
    const co_upvar *u = &co->upvars[i];
    fprintf(o, "%s\n        { \"field\": %u, \"name\": ", i ? "," : "", u->field);
    ms_json_string(o, u->name);
    fputs(", \"type\": ", o);
    ms_json_type(o, u->type);
    fputs(", \"bytes\": ", o);
    jnum(o, u->bytes);
    fputs(" }", o);
  }
  fputs(co->nupvars ? "\n      ]" : "]", o);
  fputs(",\n      \"upvar_start\": ", o);
  jnum(o, co->upvar_start);
}

/* size: bytes, source, unknown types, instances */
static void write_size(FILE *o, const ms_coroutine *co) {
  fputs(",\n      \"size\": { \"bytes\": ", o);
  jnum(o, co->size);
  fprintf(o, ", \"exact\": %s, \"source\": ",
          co->size_source == MS_SIZE_PRINT_TYPE_SIZES && co->size >= 0 ? "true" : "false");
  ms_json_string(o, ms_json_size_source_name(co->size_source));
  fputs(", \"unknown_types\": [", o);
  for (size_t i = 0; i < co->nunknown; i++) {
    if (i) fputs(", ", o);
    ms_json_string(o, co->unknown[i]);
  }
  fputs("], \"instances\": [", o);
  for (size_t i = 0; i < co->ninstances; i++) fprintf(o, "%s%ld", i ? ", " : "", co->instances[i]);
  fputs("], \"instance_types\": [", o); /* which instance each is (a trial could not tell) */
  for (size_t i = 0; i < co->ninstances; i++) {
    if (i) fputs(", ", o);
    ms_json_string(o, ms_co_instance_type(co, i));
  }
  fputs("] }", o);
}

/* A fraction with three decimals, or null when not measured (< 0). */
static void jfrac(FILE *o, double v) {
  if (v < 0) fputs("null", o);
  else fprintf(o, "%.3f", v);
}

/* code: estimate, redundant, exact, corrected; the best figure, its source and error band */
static void write_code(FILE *o, const ms_crate *c, const ms_coroutine *co) {
  ms_code_source src;
  long bytes = ms_co_code_bytes(co, &src);
  fputs(",\n      \"code\": { \"estimated_bytes\": ", o);
  jnum(o, co->code_estimate);
  fputs(", \"redundant_bytes\": ", o);
  jnum(o, co->code_redundant);
  fputs(", \"exact_bytes\": ", o);
  jnum(o, co->code_exact);
  /* the instances nm has of a generic body: exact_bytes is the largest's */
  long all = -1;
  fprintf(o, ", \"exact_instances\": %u, \"exact_all_bytes\": ", ms_co_code_instances(co, &all));
  jnum(o, all);
  fputs(", \"corrected_bytes\": ", o);
  jnum(o, co->code_corrected);
  fputs(", \"inlined_bytes\": ", o);
  jnum(o, co->code_inlined);
  /* inlined into an awaiter nm sized: in its size, not again in coroutine_code_bytes */
  fprintf(o, ", \"in_awaiter\": %s, \"copies\": %u", co->code_inside ? "true" : "false",
          ms_co_code_copies(co));
  /* inlined into an executor's instance (`block_on::<f::{closure#0}>`): that symbol's size */
  fputs(", \"host_bytes\": ", o);
  jnum(o, co->code_host);
  fprintf(o, ", \"in_host\": %s", co->code_in_host ? "true" : "false");
  fputs(", \"bytes\": ", o);
  jnum(o, bytes);
  fputs(", \"source\": ", o);
  ms_json_string(o, ms_code_source_name(src));
  fputs(", \"error_band\": ", o);
  /* a model of coroutine_resume dumps read on the final MIR: no band */
  jfrac(o, src == MS_CODE_EXACT       ? 0
           : src == MS_CODE_CORRECTED ? c->code_model->corrected_median_error
           : co->final_mir            ? -1
                                      : c->code_model->median_error);
  fputs(" }", o);
}

/* The code-size model used (ms_crate_code_model): its row and validated accuracy. */
static void write_code_model(FILE *o, const ms_crate *c) {
  ms_code_model_info m;
  ms_crate_code_model(c, &m);
  fputs("  \"code_model\": { \"target\": ", o);
  ms_json_string(o, m.target);
  fputs(", \"opt_level\": ", o);
  ms_json_string(o, m.opt_level);
  fprintf(o, ", \"calibrated\": %s, \"median_error\": ", m.calibrated ? "true" : "false");
  jfrac(o, m.median_error);
  fputs(", \"within_30\": ", o);
  jfrac(o, m.within_30);
  fputs(", \"corrected_median_error\": ", o);
  jfrac(o, m.corrected_median_error);
  fprintf(o, ", \"poison_arm_bytes\": %ld }", m.poison_arm_bytes);
}

/* A saved local's name, type, bytes and span as finding keys (`local` null when unnamed). */
static void write_finding_local(FILE *o, const ms_coroutine *co, long saved) {
  const co_saved *sv = saved >= 0 && (size_t)saved < co->nsaved ? &co->saved[saved] : NULL;
  fputs(", \"local\": ", o);
  if (sv && *sv->name) ms_json_string(o, sv->name);
  else fputs("null", o);
  fputs(", \"type\": ", o);
  if (sv) ms_json_type(o, sv->type);
  else fputs("null", o);
  fputs(", \"local_bytes\": ", o);
  jnum(o, sv ? sv->bytes : -1);
  fputs(", \"span\": ", o);
  if (sv && *sv->span) ms_json_string(o, sv->span);
  else fputs("null", o);
}

/* The two kinds of bytes, the prediction and the advice of a finding (docs/json.md). */
static void write_finding_advice(FILE *o, const ms_coroutine *co, const co_advice *a,
                                 const char *advice) {
  fputs(", \"code_bytes\": ", o);
  jnum(o, a ? a->code_bytes : -1);
  fputs(", \"future_bytes\": ", o);
  jnum(o, a ? a->future_bytes : -1);
  fputs(", \"future_bytes_after\": ", o);
  jnum(o, a ? a->future_after : -1);
  fputs(", \"after_source\": ", o);
  if (a && a->future_after >= 0) ms_json_string(o, ms_json_size_source_name(a->after_source));
  else fputs("null", o);
  write_finding_local(o, co, a ? a->saved : -1);
  fputs(", \"awaits\": [", o);
  for (size_t k = 0; a && k < a->nawaits; k++) {
    const char *span = ms_co_await_span(co, a->awaits[k]);
    fputs(k ? ", { \"state\": " : "{ \"state\": ", o);
    ms_json_string(o, co->states[a->awaits[k]].name);
    fputs(", \"span\": ", o);
    if (*span) ms_json_string(o, span);
    else fputs("null", o);
    fputs(" }", o);
  }
  fputs("], \"why\": ", o);
  const char *why = a ? ms_hold_reason_name(a->why) : NULL;
  if (why) ms_json_string(o, why);
  else fputs("null", o);
  fputs(", \"big_rule\": ", o);
  const char *rule = a ? ms_big_rule_name(a->big) : NULL;
  if (rule) ms_json_string(o, rule);
  else fputs("null", o);
  fputs(", \"advice\": ", o);
  if (advice) ms_json_string(o, advice);
  else fputs("null", o);
}

/* findings[] */
static void write_findings(FILE *o, const ms_coroutine *co) {
  fputs(",\n      \"findings\": [", o);
  const co_finding *fs = co->findings.items;
  const co_advice *as = co->advice.items;
  for (size_t f = 0; f < co->findings.len; f++) {
    fprintf(o, "%s\n        { \"class\": ", f ? "," : "");
    ms_json_string(o, ms_finding_class_name(fs[f].cls));
    fputs(", \"state\": ", o);
    if (fs[f].state >= 0 && (size_t)fs[f].state < co->nstates) ms_json_string(o, co->states[fs[f].state].name);
    else fputs("null", o);
    fputs(", \"bytes\": ", o);
    jnum(o, fs[f].bytes);
    write_finding_advice(o, co, f < co->advice.len ? &as[f] : NULL, ms_co_finding_advice(co, f));
    fputs(", \"reason\": ", o);
    ms_json_string(o, fs[f].reason);
    fputs(" }", o);
  }
  fputs(co->findings.len ? "\n      ]" : "]", o);
}

static void write_coroutine(FILE *o, const ms_crate *c, const ms_coroutine *co, const char *root) {
  write_identity(o, co, root);
  write_states(o, co);
  write_transitions(o, co);
  write_saved_locals(o, co);
  write_upvars(o, co);
  write_size(o, co);
  write_code(o, c, co);
  write_findings(o, co);
  fputs("\n    }", o);
}

/* The build the model is for: `  "KEY": {...},` (docs/json.md). */
void ms_json_build(FILE *o, const char *key, const ms_crate *c) {
  int tg = 0, og = 0;
  const char *target = ms_crate_target(c, &tg), *opt = ms_crate_opt_level(c, &og);
  fprintf(o, "  \"%s\": { \"target\": ", key);
  ms_json_string(o, target);
  fputs(", \"opt_level\": ", o);
  ms_json_string(o, opt);
  fprintf(o, ", \"pointer_width\": %d, \"given\": %s, \"overflow_checked\": %zu },\n",
          c->opts.pointer_width, tg && og ? "true" : "false", ms_crate_overflow_checked_count(c));
}

/* One change's figures: findings, coroutines, code and future bytes (null: not about it). */
static void write_whatif_figures(FILE *o, const ms_whatif_total *w) {
  fprintf(o, "\"findings\": %zu, \"coroutines\": %zu, \"code_bytes\": ", w->findings, w->coroutines);
  jnum(o, w->code_bytes);
  fputs(", \"future_bytes\": ", o);
  jnum(o, w->future_bytes);
  fprintf(o, ", \"future_unknown\": %zu", w->future_unknown);
}

/* part / whole as a fraction, null when either is not known. */
static void jshare(FILE *o, long part, long whole) {
  jfrac(o, part >= 0 && whole > 0 ? (double)part / (double)whole : -1);
}

/* changes[]: each change's totals over the report's coroutines, with their shares. */
static void write_whatif_changes(FILE *o, const ms_rep_whatif *v) {
  const ms_rep_group *all = &v->all;
  long nm = v->nm;
  fputs("    \"changes\": [", o);
  for (int k = 0; k < MS_WHATIF_COUNT; k++) {
    const ms_whatif_total *w = &all->w[k];
    fputs(k ? ",\n      { \"change\": " : "\n      { \"change\": ", o);
    ms_json_string(o, ms_whatif_name((ms_whatif_kind)k));
    fputs(", \"title\": ", o);
    ms_json_string(o, ms_whatif_title((ms_whatif_kind)k));
    fputs(", \"classes\": [", o);
    for (int f = 0, n = 0; f <= MS_FINDING_POISON_ASYNC_DROP; f++)
      if (ms_whatif_has_class((ms_whatif_kind)k, (ms_finding_class)f)) {
        fputs(n++ ? ", " : "", o);
        ms_json_string(o, ms_finding_class_name((ms_finding_class)f));
      }
    fprintf(o, "], \"modelled\": %s,\n        ", ms_whatif_modelled((ms_whatif_kind)k) ? "true" : "false");
    write_whatif_figures(o, w);
    fputs(", \"code_share\": ", o);
    jshare(o, w->code_bytes, all->code_bytes);
    fputs(", \"symbol_share\": ", o);
    jshare(o, ms_rep_nm_part(all, k), nm);
    fputs(", \"future_share\": ", o);
    jshare(o, w->future_bytes, all->future_bytes);
    /* the outer futures with the futures they hold laid out again (docs/json.md) */
    fputs(",\n        \"outer_future_bytes\": ", o);
    jnum(o, v->outer_before[k]);
    fputs(", \"outer_future_bytes_after\": ", o);
    jnum(o, v->outer_after[k]);
    fprintf(o, ", \"outer_unknown\": %zu, \"outer_approximate\": %s", v->outer_unknown[k],
            v->outer_approx[k] ? "true" : "false");
    fputs(" }", o);
  }
  fputs("\n    ],\n", o);
}

/* whatif: what each change would save (docs/json.md), in all and per crate build. */
static void write_whatif(FILE *o, const ms_crate *c, const size_t *sel, size_t n) {
  ms_rep_whatif v;
  ms_rep_whatif_init(&v, c, sel, n);
  const ms_rep_group *gs = v.gs, all = v.all;
  size_t ng = v.ng;
  long nm = v.nm;
  fprintf(o, "  \"whatif\": {\n    \"coroutine_code_bytes\": %ld, \"future_bytes\": %ld, "
             "\"symbol_code_bytes\": ", all.code_bytes, all.future_bytes);
  jnum(o, nm);
  fputs(",\n", o);
  write_whatif_changes(o, &v);
  fputs("    \"crates\": [", o);
  for (size_t g = 0; g < ng; g++) {
    fputs(g ? ",\n      { \"crate\": " : "\n      { \"crate\": ", o);
    ms_json_string(o, gs[g].label);
    fprintf(o, ", \"coroutines\": %zu, \"code_bytes\": %ld, \"future_bytes\": %ld, "
               "\"unreachable_states\": %zu, \"changes\": {", gs[g].coroutines, gs[g].code_bytes,
            gs[g].future_bytes, gs[g].unreachable);
    for (int k = 0; k < MS_WHATIF_COUNT; k++) {
      fputs(k ? ",\n        " : "\n        ", o);
      ms_json_string(o, ms_whatif_name((ms_whatif_kind)k));
      fputs(": { ", o);
      write_whatif_figures(o, &gs[g].w[k]);
      fputs(" }", o);
    }
    fputs(" } }", o);
  }
  fputs(ng ? "\n    ]\n  },\n" : "]\n  },\n", o);
  ms_arena_release(&v.arena);
}

int ms_crate_write_json_with(const ms_crate *c, FILE *o, const ms_report_options *opt) {
  if (!c->finished) ms_api_misuse("ms_crate_write_json", "called before ms_crate_finish");
  size_t n, *sel = ms_rep_selection(c, opt, &n);
  fputs("{\n", o);
  ms_json_build(o, "build", c);
  fprintf(o, "  \"input\": { \"errors\": %zu, \"bodies_not_modelled\": %zu },\n",
          opt ? opt->input_errors : 0, ms_crate_dropped_count(c));
  fputs("  \"coroutines\": [", o);
  ms_coroutine **cs = c->coroutines.items;
  size_t nl = n, *list = opt && opt->json_ranked ? ms_rep_ranked(c, opt->sort, opt, &nl) : sel;
  if (opt && opt->json_ranked && opt->top && opt->top < nl) nl = opt->top;
  for (size_t i = 0; i < nl; i++) {
    fputs(i ? ",\n" : "\n", o);
    write_coroutine(o, c, cs[list[i]], opt ? opt->source_root : NULL);
  }
  if (list != sel) free(list);
  fputs(nl ? "\n  ],\n" : "],\n", o);
  ms_rep_totals t = ms_rep_crate_totals(c, sel, n);
  fprintf(o,
          "  \"totals\": { \"coroutines\": %zu, \"future_bytes\": %ld, "
          "\"redundant_code_bytes\": %ld, \"futures_with_poison_states\": %zu, "
          "\"no_await\": %zu, \"duplicate_suspend\": %zu, \"upvar_copies\": %zu, "
          "\"outer_coroutines\": %zu, \"outer_future_bytes\": %ld, \"lower_bound\": %s, "
          "\"not_built\": %zu },\n",
          t.n, t.future_bytes, t.redundant, t.poison_futures, t.no_await, t.dup, t.copies,
          t.outer, t.outer_bytes, t.lower || t.unknown ? "true" : "false", t.not_built);
  write_whatif(o, c, sel, n);
  write_code_model(o, c);
  fputs("\n}\n", o);
  free(sel);
  return fflush(o) != 0 || ferror(o) ? -1 : 0; /* the stream buffered: errors show on flush */
}

int ms_crate_write_json(const ms_crate *c, FILE *o) { return ms_crate_write_json_with(c, o, NULL); }
