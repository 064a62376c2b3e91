/*
 * Unit tests (check) for the diagrams (src/graph.c, docs/diagrams.md).
 *
 * Golden DOT files in tests/golden/ are compared byte for byte.  Regenerate them with
 *   UPDATE_GOLDEN=1 build/tests/test_graph
 * and review the diff.  SVG is checked structurally (well-formed XML, one node per state,
 * labels, byte figures), never byte-compared (it carries Graphviz's version and metrics).
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream, strndup */
#include <check.h>

#include "golden.h"
#include <dirent.h>
#include <graphviz/cgraph.h>
#include <mirscope/mirscope.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model.h" /* to build a hostile coroutine by hand */

#ifndef SRCDIR
#define SRCDIR "."
#endif

/* ------------------------------------------------------------------ helpers */

typedef struct {
  ms_crate *crate;
  ms_doc *doc; /* the resume dump, kept for the cfg view */
  const ms_coroutine *co;
  const ms_body *body;
} fixture;

static void load(fixture *f, const char *dir, const char *file, const char *def_path) {
  char path[1024];
  f->crate = ms_crate_new(NULL);
  ck_assert_ptr_nonnull(f->crate);
  snprintf(path, sizeof path, "%s/type-sizes.txt", dir);
  const char *err = NULL;
  ck_assert_msg(ms_crate_add_type_sizes_file(f->crate, path, &err) > 0, "%s: %s", path,
                err ? err : "no types");
  snprintf(path, sizeof path, "%s/mir_dump/%s", dir, file);
  f->doc = ms_doc_parse_file(path, &err);
  ck_assert_msg(f->doc != NULL, "%s: %s", path, err ? err : "?");
  ck_assert_uint_eq(ms_doc_error_count(f->doc), 0);
  ck_assert_uint_eq(ms_crate_add_doc(f->crate, f->doc), 1);
  ms_crate_finish(f->crate);
  f->co = ms_crate_coroutine(f->crate, 0);
  ck_assert_str_eq(ms_co_def_path(f->co), def_path);
  f->body = ms_doc_find_body(f->doc, def_path);
  ck_assert_ptr_nonnull(f->body);
}

static void unload(fixture *f) {
  ms_crate_free(f->crate);
  ms_doc_free(f->doc);
}

/* One Graphviz context per test process, as the CLI does (see ms_graph_ctx). */
static ms_graph_ctx *test_ctx(void) {
  static ms_graph_ctx *ctx;
  if (!ctx) ctx = ms_graph_ctx_new();
  ck_assert_ptr_nonnull(ctx);
  return ctx;
}

/* Render with options into a malloc'ed string (NUL-terminated); asserts success. */
static char *render_with(const ms_coroutine *co, const ms_body *body, ms_view view,
                         ms_graph_format fmt, ms_graph_options o) {
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  ck_assert_ptr_nonnull(m);
  char err[256] = "";
  o.ctx = test_ctx();
  int rc = ms_co_render(co, body, view, fmt, &o, m, err, sizeof err);
  ck_assert_int_eq(fclose(m), 0);
  ck_assert_msg(rc == 0, "render failed: %s", err);
  return buf;
}

static char *render(const ms_coroutine *co, const ms_body *body, ms_view view,
                    ms_graph_format fmt, const char *link_format) {
  return render_with(co, body, view, fmt, (ms_graph_options){.link_format = link_format});
}

/* Bundles the states view draws (one box each). */
static size_t bundle_count(const ms_coroutine *co) {
  size_t nt = ms_co_transition_count(co), n = 0;
  unsigned char *d = malloc(nt ? nt : 1);
  ck_assert_uint_eq(ms_co_transitions_drawn(co, d, nt), nt);
  for (size_t t = 0; t < nt; t++) {
    if (d[t] != MS_DRAWN_BUNDLED) continue;
    bool first = true;
    for (size_t k = 0; k < t; k++)
      if (d[k] == MS_DRAWN_BUNDLED && ms_co_transition_kind(co, k) == ms_co_transition_kind(co, t) &&
          ms_co_transition_to(co, k) == ms_co_transition_to(co, t))
        first = false;
    n += first;
  }
  free(d);
  return n;
}



/* The DOT must read back with cgraph (what `dot` would accept) with the expected counts. */
static void dot_reads_back(const char *dot, int nodes_at_least) {
  Agraph_t *g = agmemread(dot);
  ck_assert_msg(g != NULL, "DOT does not parse");
  ck_assert_int_ge(agnnodes(g), nodes_at_least);
  ck_assert_int_eq(agclose(g), 0);
}

/* ---- a small XML well-formedness checker: tags balance, attributes are quoted, entities
 * are the five predefined ones or valid character references, no `<` or `&` stray. */
static int valid_entity(const char *p, size_t *adv) {
  static const char *const names[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};
  for (size_t i = 0; i < 5; i++)
    if (!strncmp(p, names[i], strlen(names[i]))) {
      *adv = strlen(names[i]);
      return 1;
    }
  if (p[1] != '#') return 0;
  const char *q = p + 2;
  int hex = 0;
  if (*q == 'x') hex = 1, q++;
  unsigned long v = 0;
  const char *d = q;
  while ((hex && strchr("0123456789abcdefABCDEF", *q) && *q) || (!hex && *q >= '0' && *q <= '9')) {
    v = v * (hex ? 16 : 10) + (unsigned long)(*q <= '9' ? *q - '0' : (*q | 32) - 'a' + 10);
    if (v > 0x10FFFF) return 0;
    q++;
  }
  if (q == d || *q != ';') return 0;
  if (!(v == 9 || v == 10 || v == 13 || (v >= 0x20 && v <= 0xD7FF) ||
        (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000))
    return 0;
  *adv = (size_t)(q + 1 - p);
  return 1;
}

/* Returns NULL when well-formed, else a message. */
static const char *xml_check(const char *s) {
  static const char *stack[256];
  static size_t slen[256];
  size_t depth = 0;
  int root_seen = 0;
  for (const char *p = s; *p;) {
    if (*p == '&') {
      size_t adv;
      if (!valid_entity(p, &adv)) return "bad entity in text";
      p += adv;
    } else if (*p == '<') {
      if (!strncmp(p, "<?", 2)) {
        const char *e = strstr(p, "?>");
        if (!e) return "unterminated <?";
        p = e + 2;
      } else if (!strncmp(p, "<!--", 4)) {
        const char *e = strstr(p + 4, "-->");
        if (!e) return "unterminated comment";
        for (const char *x = p + 4; x < e; x++)
          if (x[0] == '-' && x[1] == '-') return "-- inside a comment";
        p = e + 3;
      } else if (!strncmp(p, "<!DOCTYPE", 9)) {
        const char *e = strchr(p, '>');
        if (!e) return "unterminated DOCTYPE";
        p = e + 1;
      } else if (!strncmp(p, "<![CDATA[", 9)) {
        const char *e = strstr(p, "]]>");
        if (!e) return "unterminated CDATA";
        p = e + 3;
      } else if (p[1] == '/') {
        const char *n = p + 2;
        size_t k = strcspn(n, " \t\n>");
        if (!depth) return "close tag without open tag";
        depth--;
        if (k != slen[depth] || strncmp(n, stack[depth], k)) return "mismatched close tag";
        const char *e = n + k;
        while (*e == ' ' || *e == '\n' || *e == '\t') e++;
        if (*e != '>') return "bad close tag";
        p = e + 1;
      } else {
        const char *n = p + 1;
        size_t k = strcspn(n, " \t\n/>");
        if (k == 0) return "empty tag name";
        if (!depth && root_seen) return "second root element";
        root_seen = 1;
        const char *e = n + k;
        for (;;) { /* attributes */
          while (*e == ' ' || *e == '\n' || *e == '\t') e++;
          if (*e == '>' || (*e == '/' && e[1] == '>')) break;
          size_t an = strcspn(e, "= \t\n/>");
          if (an == 0 || e[an] != '=') return "attribute without value";
          e += an + 1;
          char q = *e;
          if (q != '"' && q != '\'') return "unquoted attribute";
          e++;
          while (*e && *e != q) {
            if (*e == '<') return "< in attribute";
            if (*e == '&') {
              size_t adv;
              if (!valid_entity(e, &adv)) return "bad entity in attribute";
              e += adv;
            } else {
              e++;
            }
          }
          if (!*e) return "unterminated attribute";
          e++;
        }
        if (*e == '/') {
          p = e + 2;
        } else {
          if (depth == 256) return "too deep";
          stack[depth] = n;
          slen[depth] = k;
          depth++;
          p = e + 1;
        }
      }
    } else if (*p == ']' && !strncmp(p, "]]>", 3)) {
      return "]]> in text";
    } else {
      p++;
    }
  }
  if (depth) return "unclosed element";
  if (!root_seen) return "no root element";
  return NULL;
}

/* The SVG group of node `id` (Graphviz writes '-' in ids as &#45;), up to the next node or
 * edge comment; NULL when absent.  Malloc'ed. */
static char *svg_node(const char *svg, const char *id) {
  char pat[512];
  size_t k = 0;
  k += (size_t)snprintf(pat, sizeof pat, "<g id=\"");
  for (const char *p = id; *p && k + 8 < sizeof pat; p++) {
    if (*p == '-') k += (size_t)snprintf(pat + k, sizeof pat - k, "&#45;");
    else pat[k++] = *p;
  }
  snprintf(pat + k, sizeof pat - k, "\" class=\"node\">");
  const char *a = strstr(svg, pat);
  if (!a) return NULL;
  const char *e = strstr(a + 1, "<!-- ");
  if (!e) e = a + strlen(a);
  return strndup(a, (size_t)(e - a));
}

static size_t count(const char *s, const char *needle) {
  size_t n = 0;
  for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle)) n++;
  return n;
}

/* The SVG of the states view: well-formed, one node per state, names and byte figures. */
static void check_states_svg(const ms_coroutine *co, const char *svg) {
  const char *bad = xml_check(svg);
  ck_assert_msg(bad == NULL, "SVG not well-formed: %s", bad);
  ck_assert_ptr_null(strstr(svg, "<!DOCTYPE"));
  ck_assert_ptr_null(strstr(svg, "xlink:href=\"http"));
  ck_assert_uint_eq(count(svg, "class=\"node\""), ms_co_state_count(co) + 1 /* legend */ + bundle_count(co));
  for (size_t s = 0; s < ms_co_state_count(co); s++) {
    char id[256], want[64];
    snprintf(id, sizeof id, "state-%s", ms_co_state_name(co, s));
    char *g = svg_node(svg, id);
    ck_assert_msg(g != NULL, "no node %s", id);
    snprintf(want, sizeof want, ">%s</text>", ms_co_state_name(co, s));
    ck_assert_msg(strstr(g, want), "node %s lacks its name", id);
    long b = ms_co_state_bytes(co, s);
    if (b >= 0) {
      snprintf(want, sizeof want, "%s%ld B", ms_co_size_source(co) == MS_SIZE_COMPUTED ? "~" : "", b);
      ck_assert_msg(strstr(g, want), "node %s lacks its bytes %s", id, want);
    }
    snprintf(want, sizeof want, "code ~%ld B", ms_co_state_code_bytes(co, s));
    ck_assert_msg(strstr(g, want), "node %s lacks its code bytes", id);
    ck_assert_msg(strstr(g, "<title>"), "node %s has no tooltip title", id);
    free(g);
  }
}

/* ------------------------------------------------------------------ corpus goldens */

typedef struct {
  const char *dir, *file, *def_path, *stem;
  int cfg;
} corpus_case;

static const corpus_case CASES[] = {
    {"corpus/stable/basic", "basic.handshake-{closure#0}.-------.coroutine_resume.0.mir",
     "handshake::{closure#0}", "basic-handshake", 0},
    {"corpus/stable/collapse", "collapse.d-{closure#0}.-------.coroutine_resume.0.mir",
     "d::{closure#0}", "collapse-d", 1},
    {"corpus/nightly/nightly-coroutines",
     "nightly_coroutines.evens-{closure#0}.-------.coroutine_resume.0.mir", "evens::{closure#0}",
     "nightly-evens-gen", 0},
    {"corpus/stable/drops-panic-abort", "drops.connect-{closure#0}.-------.coroutine_resume.0.mir",
     "connect::{closure#0}", "panic-abort-connect", 0},
};
#define NCASES (sizeof CASES / sizeof CASES[0])

START_TEST(golden_dot) {
  const corpus_case *c = &CASES[_i];
  fixture f;
  load(&f, c->dir, c->file, c->def_path);
  static const struct {
    ms_view v;
    const char *name;
  } views[] = {{MS_VIEW_STATES, "states"}, {MS_VIEW_LAYOUT, "layout"}, {MS_VIEW_CFG, "cfg"}};
  for (size_t k = 0; k < 3; k++) {
    if (views[k].v == MS_VIEW_CFG && !c->cfg) continue;
    char *dot = render(f.co, f.body, views[k].v, MS_FORMAT_DOT, NULL);
    char name[256];
    snprintf(name, sizeof name, "%s.%s.dot", c->stem, views[k].name);
    golden_check(name, dot, strlen(dot));
    dot_reads_back(dot, views[k].v == MS_VIEW_STATES ? (int)ms_co_state_count(f.co) : 1);
    /* deterministic: a second render is identical */
    char *again = render(f.co, f.body, views[k].v, MS_FORMAT_DOT, NULL);
    ck_assert_msg(strcmp(dot, again) == 0, "%s: two renders differ", name);
    free(again);
    free(dot);
  }
  /* the states view in Mermaid, byte for byte too */
  char *mm = render(f.co, f.body, MS_VIEW_STATES, MS_FORMAT_MERMAID, NULL);
  char name[256];
  snprintf(name, sizeof name, "%s.states.mmd", c->stem);
  golden_check(name, mm, strlen(mm));
  free(mm);
  unload(&f);
}
END_TEST

/* ------------------------------------------------------------------ the drawn transitions */

/* Counts of each ms_drawn value over co's transitions. */
static void drawn_counts(const ms_coroutine *co, size_t n[3]) {
  n[0] = n[1] = n[2] = 0;
  for (size_t t = 0; t < ms_co_transition_count(co); t++) {
    int d = ms_co_transition_drawn(co, t);
    ck_assert_int_ge(d, 0);
    ck_assert_int_le(d, 2);
    n[d]++;
  }
  ck_assert_int_eq(ms_co_transition_drawn(co, ms_co_transition_count(co)), MS_DRAWN_NO);
}

/* Edges of a DOT graph with a non-empty attribute `name`. */
static size_t edges_with(const char *dot, const char *name) {
  Agraph_t *g = agmemread(dot);
  ck_assert_ptr_nonnull(g);
  size_t k = 0;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
    for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
      const char *v = agget(e, (char *)name);
      if (v && *v) k++;
    }
  agclose(g);
  return k;
}

/* Edges of a DOT graph leaving each node: the most any node has. */
static size_t max_out_edges(const char *dot) {
  Agraph_t *g = agmemread(dot);
  ck_assert_ptr_nonnull(g);
  size_t most = 0;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
    size_t k = 0;
    for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) k++;
    if (k > most) most = k;
  }
  agclose(g);
  return most;
}

/* handshake: 116 transitions; drawn: the pending chain Unresumed -> Suspend0 -> ... ->
 * Suspend11 (12) and each Suspend's self-transition (12); the 13 ready and 13 unwind ones in
 * two bundles.  At most three edges leave any node (a Suspend: its loop and the next). */
START_TEST(drawn_handshake) {
  fixture f;
  load(&f, "corpus/stable/basic", "basic.handshake-{closure#0}.-------.coroutine_resume.0.mir",
       "handshake::{closure#0}");
  size_t n[3];
  drawn_counts(f.co, n);
  ck_assert_uint_eq(ms_co_transition_count(f.co), 116);
  ck_assert_uint_eq(n[MS_DRAWN_EDGE], 24);
  ck_assert_uint_eq(n[MS_DRAWN_BUNDLED], 26);
  ck_assert_uint_eq(n[MS_DRAWN_NO], 66);
  ck_assert_uint_eq(bundle_count(f.co), 2);
  char *dot = render(f.co, NULL, MS_VIEW_STATES, MS_FORMAT_DOT, NULL);
  ck_assert_uint_eq(count(dot, " -> "), 26);
  ck_assert_uint_le(max_out_edges(dot), 3);
  free(dot);
  dot = render_with(f.co, NULL, MS_VIEW_STATES, MS_FORMAT_DOT, (ms_graph_options){.all_edges = 1});
  ck_assert_uint_eq(count(dot, " -> "), 116);
  ck_assert_uint_eq(max_out_edges(dot), 14);
  free(dot);
  unload(&f);
}
END_TEST

/* cfg views above CFG_HEADLABEL_BLOCKS (500) write edge labels as headlabels (a label costs
 * every edge a second rank: minutes of layout for the largest bodies); smaller ones keep
 * labels.  tokio-postgres get_type: 830 blocks; basic handshake: 222. */
START_TEST(cfg_headlabels) {
  fixture f;
  load(&f, "corpus/stable/tokio-postgres", "tokio_postgres.prepare-get_type-{closure#0}.-------.coroutine_resume.0.mir",
       "prepare::get_type::{closure#0}");
  ck_assert_uint_eq(ms_body_block_count(f.body), 830);
  char *dot = render(f.co, f.body, MS_VIEW_CFG, MS_FORMAT_DOT, NULL);
  ck_assert_uint_ge(edges_with(dot, "headlabel"), 11); /* the dispatch's arms, and more */
  ck_assert_uint_eq(edges_with(dot, "label"), 0);
  ck_assert_ptr_nonnull(strstr(dot, "headlabel=<3: Suspend0>"));
  free(dot);
  unload(&f);

  load(&f, "corpus/stable/basic", "basic.handshake-{closure#0}.-------.coroutine_resume.0.mir",
       "handshake::{closure#0}");
  ck_assert_uint_eq(ms_body_block_count(f.body), 222);
  dot = render(f.co, f.body, MS_VIEW_CFG, MS_FORMAT_DOT, NULL);
  ck_assert_ptr_null(strstr(dot, "headlabel"));
  ck_assert_uint_ge(edges_with(dot, "label"), 15); /* the dispatch's arms, and more */
  ck_assert_ptr_nonnull(strstr(dot, "label=<3: Suspend0>"));
  free(dot);
  unload(&f);
}
END_TEST

/* The states of the hand-made coroutines below. */
static const char *const NAMES6[] = {"Unresumed", "Returned", "Panicked", "Suspend0", "Suspend1", "Suspend2"};
enum { U, R, P, S0, S1, S2 };

/* A hand-made coroutine of `ns` states (names from `names`) and the transitions given. */
static ms_coroutine *coroutine_of(ms_arena *a, const char *const *names, size_t ns,
                                  const co_trans *trans, size_t ntrans) {
  ms_coroutine *co = ms_arena_alloc(a, sizeof *co);
  co->def_path = "made::{closure#0}";
  co->file = "made.mir";
  co->pass = "coroutine_resume";
  co->kind = MS_KIND_ASYNC_FN;
  co->self_type = "{async fn body of made()}";
  co->nstates = ns;
  co->states = ms_arena_alloc(a, ns * sizeof *co->states);
  for (size_t s = 0; s < ns; s++)
    co->states[s] = (co_state){.name = names[s], .discr = (unsigned)s, .entry = -1, .arm = MS_ARM_CODE,
                               .bytes = 8 + (long)s, .code_bytes = 4};
  co->ntrans = ntrans;
  co->trans = ms_arena_alloc(a, (ntrans ? ntrans : 1) * sizeof *co->trans);
  memcpy(co->trans, trans, ntrans * sizeof *trans);
  co->size = 16;
  co->size_source = MS_SIZE_COMPUTED;
  co->code_estimate = 24;
  co->code_exact = -1;
  return co;
}

/* Loops: the edges inside a component are all kept, and both edges into it from outside
 * (one condensation edge); an edge from U to S2 past the loop is implied.  Kinds apart:
 * U -> Returned (ready) stays although U reaches Returned through pending then ready. */
START_TEST(drawn_loops_and_kinds) {
  ms_arena a;
  ms_arena_init(&a);
  static const co_trans t[] = {
      {U, S0, MS_VIA_PENDING},  {U, S1, MS_VIA_PENDING}, {S0, S1, MS_VIA_PENDING},
      {S1, S0, MS_VIA_PENDING}, {S1, S2, MS_VIA_PENDING}, {U, S2, MS_VIA_PENDING},
      {S2, S2, MS_VIA_PENDING}, {U, R, MS_VIA_READY},     {S2, R, MS_VIA_READY},
      {S0, P, MS_VIA_UNWIND},
  };
  static const int want[] = {MS_DRAWN_EDGE, MS_DRAWN_EDGE, MS_DRAWN_EDGE, MS_DRAWN_EDGE, MS_DRAWN_EDGE,
                             MS_DRAWN_NO,   MS_DRAWN_EDGE, MS_DRAWN_EDGE, MS_DRAWN_EDGE, MS_DRAWN_EDGE};
  ms_coroutine *co = coroutine_of(&a, NAMES6, 6, t, sizeof t / sizeof *t);
  for (size_t k = 0; k < sizeof t / sizeof *t; k++)
    ck_assert_msg(ms_co_transition_drawn(co, k) == want[k], "transition %zu: %d, not %d", k,
                  ms_co_transition_drawn(co, k), want[k]);
  unsigned char d[4];
  ck_assert_uint_eq(ms_co_transitions_drawn(co, d, 4), 10); /* writes at most cap */
  ck_assert_int_eq(d[3], MS_DRAWN_EDGE);
  ck_assert_uint_eq(ms_co_transitions_drawn(co, NULL, 0), 10);
  ms_arena_release(&a);
}
END_TEST

/* Bundles: four ready transitions into Returned from other states become one bundle, three
 * do not; with all_edges nothing is bundled. */
START_TEST(drawn_bundles) {
  ms_arena a;
  ms_arena_init(&a);
  static const co_trans four[] = {
      {U, S0, MS_VIA_PENDING}, {S0, S1, MS_VIA_PENDING}, {S1, S2, MS_VIA_PENDING},
      {U, R, MS_VIA_READY},    {S0, R, MS_VIA_READY},    {S1, R, MS_VIA_READY},
      {S2, R, MS_VIA_READY},   {S2, P, MS_VIA_UNWIND},
  };
  ms_coroutine *co = coroutine_of(&a, NAMES6, 6, four, 8);
  size_t n[3];
  drawn_counts(co, n);
  ck_assert_uint_eq(n[MS_DRAWN_BUNDLED], 4);
  ck_assert_uint_eq(n[MS_DRAWN_EDGE], 4);
  char *dot = render(co, NULL, MS_VIEW_STATES, MS_FORMAT_DOT, NULL);
  ck_assert_ptr_nonnull(strstr(dot, "\"bundle-ready-Returned\""));
  ck_assert_ptr_nonnull(strstr(dot, "tooltip=\"ready into Returned from:&#10;Unresumed&#10;Suspend0&#10;Suspend1&#10;Suspend2\""));
  ck_assert_uint_eq(count(dot, " -> "), 5);
  free(dot);
  char *mm = render(co, NULL, MS_VIEW_STATES, MS_FORMAT_MERMAID, NULL);
  ck_assert_ptr_nonnull(strstr(mm, "    state \"from 4 states<br/>all but Returned, Panicked\" as bundle_ready_1\n"
                                   "    bundle_ready_1 --> s1 : ready\n"));
  free(mm);
  dot = render_with(co, NULL, MS_VIEW_STATES, MS_FORMAT_DOT, (ms_graph_options){.all_edges = 1});
  ck_assert_ptr_null(strstr(dot, "bundle"));
  ck_assert_uint_eq(count(dot, " -> "), 8);
  free(dot);
  static const co_trans three[] = {
      {U, S0, MS_VIA_PENDING}, {S0, S1, MS_VIA_PENDING}, {S1, S2, MS_VIA_PENDING},
      {S0, R, MS_VIA_READY},   {S1, R, MS_VIA_READY},    {S2, R, MS_VIA_READY},
      {S2, P, MS_VIA_UNWIND},
  };
  co = coroutine_of(&a, NAMES6, 6, three, 7); /* U -> R gone: three sources */
  drawn_counts(co, n);
  ck_assert_uint_eq(n[MS_DRAWN_BUNDLED], 0);
  ms_arena_release(&a);
}
END_TEST

/* The rule of ms_co_transitions_drawn as documented, pair by pair (mirscope.h; how drawing.c
 * computed it before it worked on the condensation): per group, a states x states
 * reachability table; a transition between components is left out when some transition of
 * the group leaves its source's component for a third component that reaches its target.
 * Then bundles: four or more drawn transitions of a kind into one state from other states. */
static int group_of_kind(ms_transition_kind k) {
  return k == MS_VIA_PENDING || k == MS_VIA_YIELD ? 0 : k == MS_VIA_UNWIND ? 2 : 1;
}

static void drawn_reference(const co_trans *t, size_t nt, size_t ns, unsigned char *out) {
  bool *reach = calloc(ns * ns, 1);
  ck_assert_ptr_nonnull(reach);
  memset(out, MS_DRAWN_NO, nt);
  for (int g = 0; g < 3; g++) {
    memset(reach, 0, ns * ns);
    for (size_t u = 0; u < ns; u++) reach[u * ns + u] = true;
    for (size_t k = 0; k < nt; k++)
      if (t[k].from < ns && t[k].to < ns && group_of_kind(t[k].via) == g) reach[t[k].from * ns + t[k].to] = true;
    for (size_t m = 0; m < ns; m++) /* Floyd-Warshall closure */
      for (size_t u = 0; u < ns; u++)
        for (size_t v = 0; v < ns; v++)
          if (reach[u * ns + m] && reach[m * ns + v]) reach[u * ns + v] = true;
#define SAME(a, b) ((a) == (b) || (reach[(a) * ns + (b)] && reach[(b) * ns + (a)]))
    for (size_t k = 0; k < nt; k++) {
      size_t u = t[k].from, v = t[k].to;
      if (u >= ns || v >= ns || group_of_kind(t[k].via) != g) continue;
      bool implied = false;
      for (size_t j = 0; j < nt && !SAME(u, v) && !implied; j++) {
        size_t x = t[j].from, w = t[j].to;
        if (x >= ns || w >= ns || group_of_kind(t[j].via) != g) continue;
        implied = SAME(x, u) && !SAME(w, u) && !SAME(w, v) && reach[w * ns + v];
      }
      out[k] = implied ? MS_DRAWN_NO : MS_DRAWN_EDGE;
    }
#undef SAME
  }
  free(reach);
  for (size_t k = 0; k < nt; k++) {
    if (out[k] != MS_DRAWN_EDGE || group_of_kind(t[k].via) == 0 || t[k].from == t[k].to) continue;
    size_t sources = 0;
    for (size_t j = 0; j < nt; j++)
      sources += out[j] != MS_DRAWN_NO && t[j].via == t[k].via && t[j].to == t[k].to && t[j].from != t[j].to;
    if (sources >= MS_BUNDLE_MIN_SOURCES) out[k] = MS_DRAWN_BUNDLED;
  }
}

/* Random coroutines (a fixed seed): the drawn set is the documented rule's, loops, kinds,
 * parallel transitions, self-transitions and ends that are not states included. */
START_TEST(drawn_matches_rule) {
  static const char *const names[] = {"Unresumed", "Returned", "Panicked", "Suspend0", "Suspend1",
                                      "Suspend2",  "Suspend3", "Suspend4", "Suspend5", "Suspend6",
                                      "Suspend7",  "Suspend8", "Suspend9", "Suspend10"};
  enum { MAXS = sizeof names / sizeof *names, MAXT = 60 };
  unsigned long long seed = 20261206;
#define RND(n) ((size_t)((seed = seed * 6364136223846793005ULL + 1442695040888963407ULL) >> 33) % (n))
  size_t seen[3] = {0};
  for (int round = 0; round < 3000; round++) {
    ms_arena a;
    ms_arena_init(&a);
    size_t ns = 3 + RND(MAXS - 2), nt = RND(MAXT + 1);
    co_trans t[MAXT];
    for (size_t k = 0; k < nt; k++) {
      t[k].from = RND(ns);
      t[k].to = RND(20) ? RND(ns) : ns + RND(2); /* now and then an end that is not a state */
      t[k].via = (ms_transition_kind)RND(5);
      if (RND(3) == 0) t[k].to = 1 + RND(2); /* into Returned or Panicked: bundles */
    }
    ms_coroutine *co = coroutine_of(&a, names, ns, t, nt);
    unsigned char got[MAXT + 1], want[MAXT + 1];
    ck_assert_uint_eq(ms_co_transitions_drawn(co, got, nt), nt);
    drawn_reference(t, nt, ns, want);
    for (size_t k = 0; k < nt; k++) {
      ck_assert_msg(got[k] == want[k], "round %d, transition %zu: %d, not %d", round, k, got[k], want[k]);
      seen[got[k]]++;
    }
    ms_arena_release(&a);
  }
#undef RND
  for (int d = 0; d < 3; d++) ck_assert_uint_gt(seen[d], 1000); /* every outcome, often */
}
END_TEST

START_TEST(svg_structure) {
  const corpus_case *c = &CASES[_i];
  fixture f;
  load(&f, c->dir, c->file, c->def_path);
  char *svg = render(f.co, f.body, MS_VIEW_STATES, MS_FORMAT_SVG, "vscode://file/{file}:{line}:{col}");
  check_states_svg(f.co, svg);
  ck_assert_ptr_nonnull(strstr(svg, "xlink:href=\"vscode://file/src/"));
  free(svg);
  static const ms_view others[] = {MS_VIEW_LAYOUT, MS_VIEW_CFG};
  for (size_t k = 0; k < 2; k++) {
    svg = render(f.co, f.body, others[k], MS_FORMAT_SVG, NULL);
    const char *bad = xml_check(svg);
    ck_assert_msg(bad == NULL, "SVG not well-formed: %s", bad);
    if (others[k] == MS_VIEW_CFG) { /* one node per block, ids from block names */
      ck_assert_uint_eq(count(svg, "class=\"node\""), ms_body_block_count(f.body));
      char *g = svg_node(svg, "bb0");
      ck_assert_ptr_nonnull(g);
      free(g);
    } else { /* the table alone; with the conflict graph a node per saved local too */
      ck_assert_uint_eq(count(svg, "class=\"node\""), 1);
      free(svg);
      svg = render_with(f.co, f.body, MS_VIEW_LAYOUT, MS_FORMAT_SVG, (ms_graph_options){.conflict_graph = 1});
      bad = xml_check(svg);
      ck_assert_msg(bad == NULL, "SVG not well-formed: %s", bad);
      ck_assert_uint_eq(count(svg, "class=\"node\""), ms_co_saved_count(f.co) + 1);
    }
    free(svg);
  }
  unload(&f);
}
END_TEST

/* Every coroutine of a directory renders in all views and formats, several at once too. */
START_TEST(many_and_stems) {
  ms_crate *c = ms_crate_new(NULL);
  static const char *const files[] = {
      "corpus/stable/collapse/mir_dump/collapse.a-{closure#0}.-------.coroutine_resume.0.mir",
      "corpus/stable/collapse/mir_dump/collapse.b-{closure#0}.-------.coroutine_resume.0.mir",
      "corpus/stable/drops-panic-abort/mir_dump/drops.{impl#2}-commit-{closure#0}.-------.coroutine_resume.0.mir",
  };
  ms_doc *docs[3];
  for (size_t i = 0; i < 3; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s", files[i]);
    const char *err = NULL;
    docs[i] = ms_doc_parse_file(path, &err);
    ck_assert_msg(docs[i] != NULL, "%s: %s", path, err ? err : "?");
    ck_assert_uint_eq(ms_crate_add_doc(c, docs[i]), 1);
  }
  ms_crate_finish(c);
  const ms_coroutine *cos[3];
  const ms_body *bodies[3];
  char stems[3][128];
  for (size_t i = 0; i < 3; i++) {
    cos[i] = ms_crate_coroutine(c, i);
    bodies[i] = ms_doc_find_body(docs[i], ms_co_def_path(cos[i]));
    ck_assert_ptr_nonnull(bodies[i]);
    size_t n = ms_co_file_stem(cos[i], stems[i], sizeof stems[i]);
    ck_assert_uint_eq(n, strlen(stems[i]));
    ck_assert_ptr_null(strchr(stems[i], '/'));
    ck_assert_ptr_null(strchr(stems[i], '\\'));
    ck_assert_ptr_null(strstr(stems[i], ".."));
    for (size_t j = 0; j < i; j++) ck_assert_str_ne(stems[i], stems[j]);
  }
  /* `<impl at src/drops.rs:65:1: 65:16>::commit::{closure#0}`, spelled as its dump file
   * name does: `drops.{impl#2}-commit-{closure#0}` */
  ck_assert_str_eq(ms_co_item(cos[2]), "{impl#2}::commit::{closure#0}");
  ck_assert_ptr_nonnull(strstr(stems[2], "drops.impl.2.commit.closure.0-"));
  /* the stem does not depend on what else the crate holds */
  ms_crate *alone = ms_crate_new(NULL);
  ms_crate_add_doc(alone, docs[2]);
  ms_crate_finish(alone);
  char stem_alone[128];
  ms_co_file_stem(ms_crate_coroutine(alone, 0), stem_alone, sizeof stem_alone);
  ck_assert_str_eq(stem_alone, stems[2]);
  ms_crate_free(alone);
  /* ms_co_file_stem_under: the same dump in two directories (a capture in /tmp/x/a/out and
   * in /tmp/y/out) has one stem under each root; NULL or a file outside the root:
   * ms_co_file_stem's */
  {
    FILE *f = fopen(files[0], "rb");
    ck_assert_ptr_nonnull(f);
    char *text = NULL;
    size_t tlen = 0;
    FILE *m = open_memstream(&text, &tlen);
    for (int ch; (ch = fgetc(f)) != EOF;) fputc(ch, m);
    fclose(f);
    fclose(m);
    static const char *const names[] = {"/tmp/x/a/out/dumps/collapse/collapse.a.mir",
                                        "/tmp/y/out/dumps/collapse/collapse.a.mir"};
    static const char *const roots[] = {"/tmp/x/a/out", "/tmp/y/out/"};
    char under[2][128], plain[2][128];
    for (size_t k = 0; k < 2; k++) {
      ms_crate *one = ms_crate_new(NULL);
      ms_doc *d = ms_doc_parse(names[k], text, tlen);
      ck_assert_uint_eq(ms_crate_add_doc(one, d), 1);
      ms_doc_free(d);
      ms_crate_finish(one);
      const ms_coroutine *co = ms_crate_coroutine(one, 0);
      ms_co_file_stem_under(co, roots[k], under[k], sizeof under[k]);
      ms_co_file_stem(co, plain[k], sizeof plain[k]);
      char same[128], outside[128];
      ms_co_file_stem_under(co, NULL, same, sizeof same);
      ck_assert_str_eq(same, plain[k]);
      ms_co_file_stem_under(co, "/elsewhere", outside, sizeof outside);
      ck_assert_str_eq(outside, plain[k]);
      ck_assert_uint_eq(ms_co_file_stem_under(co, roots[k], NULL, 0), strlen(under[k]));
      ms_crate_free(one);
    }
    ck_assert_str_eq(under[0], under[1]);
    ck_assert_str_ne(plain[0], plain[1]);
    ck_assert_str_ne(under[0], plain[0]);
    free(text);
  }
  char small[8];
  ck_assert_uint_eq(ms_co_file_stem(cos[0], small, sizeof small), strlen(stems[0]));
  ck_assert_uint_eq(strlen(small), 7);
  static const ms_view views[] = {MS_VIEW_STATES, MS_VIEW_CFG, MS_VIEW_LAYOUT};
  for (size_t v = 0; v < 3; v++)
    for (int fmt = 0; fmt < 2; fmt++) {
      char *buf = NULL;
      size_t len = 0;
      FILE *m = open_memstream(&buf, &len);
      char err[256] = "";
      ms_graph_options o = {.ctx = test_ctx()};
      ck_assert_msg(ms_co_render_many(cos, bodies, 3, views[v], (ms_graph_format)fmt, &o, m,
                                      err, sizeof err) == 0,
                    "%s", err);
      fclose(m);
      if (fmt == MS_FORMAT_DOT) {
        dot_reads_back(buf, 3);
        ck_assert_uint_ge(count(buf, "subgraph \"cluster_"), 3);
        for (size_t i = 0; i < 3; i++) ck_assert_ptr_nonnull(strstr(buf, stems[i]));
      } else {
        const char *bad = xml_check(buf);
        ck_assert_msg(bad == NULL, "SVG not well-formed: %s", bad);
      }
      free(buf);
    }
  /* the cfg view without a body is an error, not a crash */
  char err[256] = "";
  FILE *null = fopen("/dev/null", "w");
  ck_assert_int_eq(ms_co_render(cos[0], NULL, MS_VIEW_CFG, MS_FORMAT_DOT, NULL, null, err, sizeof err), -1);
  ck_assert_ptr_nonnull(strstr(err, "resume body"));
  fclose(null);
  for (size_t i = 0; i < 3; i++) ms_doc_free(docs[i]);
  ms_crate_free(c);
}
END_TEST

/* ------------------------------------------------------------------ cfg clusters = model */

/* The cluster (its name) that holds node `node` of a cfg DOT read back, "" for the root. */
static const char *cluster_of(Agraph_t *g, const char *node) {
  for (Agraph_t *sg = agfstsubg(g); sg; sg = agnxtsubg(sg))
    if (agnode(sg, (char *)node, 0)) return agnameof(sg);
  return "";
}

/* What the blocks of a state's cluster cost: their features priced by the library (the
 * state's own code, ms_co_state_own_code_bytes; its figure adds its share of shared blocks). */
static long cluster_code(const ms_code_features *f) { return f->blocks ? ms_code_estimate(f) : 0; }

/* One coroutine: every block sits in the cluster ms_co_block_owner names (a state's, the
 * dispatch's, none for shared and unreached blocks), and each state's cluster prices to the
 * code figure of the state and of the cluster's own label.  Returns the blocks checked. */
static size_t check_cfg_clusters(const ms_coroutine *co, const ms_body *body) {
  char *dot = render(co, body, MS_VIEW_CFG, MS_FORMAT_DOT, NULL);
  Agraph_t *g = agmemread(dot);
  ck_assert_msg(g != NULL, "DOT does not parse");
  size_t ns = ms_co_state_count(co), nb = ms_body_block_count(body);
  ms_code_features *feat = calloc(ns + 1, sizeof *feat);
  ck_assert_ptr_nonnull(feat);
  for (size_t i = 0; i < nb; i++) {
    const ms_block *blk = ms_body_block(body, i);
    unsigned bb = ms_block_index(blk);
    char node[32], want[256];
    snprintf(node, sizeof node, "bb%u", bb);
    long o = ms_co_block_owner(co, bb);
    if (o >= 0) snprintf(want, sizeof want, "cluster_state-%s", ms_co_state_name(co, (size_t)o));
    else snprintf(want, sizeof want, "%s", o == MS_BLOCK_DISPATCH ? "cluster_dispatch" : "");
    const char *got = cluster_of(g, node);
    ck_assert_msg(!strcmp(got, want), "%s %s: in \"%s\", the model says \"%s\"",
                  ms_co_name(co), node, got, want);
    if (o >= 0) ms_code_features_add_block(&feat[o], blk, body);
  }
  for (size_t s = 0; s < ns; s++) {
    long code = cluster_code(&feat[s]);
    ck_assert_msg(code == ms_co_state_own_code_bytes(co, s), "%s %s: cluster blocks price to %ld, state owns %ld",
                  ms_co_name(co), ms_co_state_name(co, s), code, ms_co_state_own_code_bytes(co, s));
    char cname[256], label[64];
    snprintf(cname, sizeof cname, "cluster_state-%s", ms_co_state_name(co, s));
    Agraph_t *sg = agsubg(g, cname, 0);
    if (!feat[s].blocks) {
      ck_assert_msg(sg == NULL, "%s: %s without blocks", ms_co_name(co), cname);
      continue;
    }
    ck_assert_msg(sg != NULL, "%s: no %s", ms_co_name(co), cname);
    snprintf(label, sizeof label, "code ~%ld B", ms_co_state_code_bytes(co, s));
    const char *l = agget(sg, "label");
    ck_assert_msg(l && strstr(l, label), "%s %s: label lacks %s", ms_co_name(co), cname, label);
  }
  free(feat);
  agclose(g);
  free(dot);
  return nb;
}

/* Every coroutine of stable/basic and stable/collapse (the counts pin the corpus). */
START_TEST(cfg_clusters_are_the_model) {
  static const struct {
    const char *dir;
    size_t coroutines;
  } dirs[] = {{"corpus/stable/basic/mir_dump", 4}, {"corpus/stable/collapse/mir_dump", 5}};
  for (size_t k = 0; k < 2; k++) {
    ms_crate *c = ms_crate_new(NULL);
    ms_doc *docs[16];
    size_t nd = 0;
    DIR *d = opendir(dirs[k].dir);
    ck_assert_ptr_nonnull(d);
    for (struct dirent *e; (e = readdir(d));) {
      if (!strstr(e->d_name, ".coroutine_resume.0.mir")) continue;
      char path[1024];
      snprintf(path, sizeof path, "%s/%s", dirs[k].dir, e->d_name);
      ck_assert_uint_lt(nd, 16);
      docs[nd] = ms_doc_parse_file(path, NULL);
      ck_assert_ptr_nonnull(docs[nd]);
      ck_assert_uint_eq(ms_crate_add_doc(c, docs[nd]), 1);
      nd++;
    }
    closedir(d);
    ms_crate_finish(c);
    ck_assert_uint_eq(ms_crate_coroutine_count(c), dirs[k].coroutines);
    size_t blocks = 0, want = 0;
    for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
      const ms_coroutine *co = ms_crate_coroutine(c, i);
      const ms_body *body = NULL;
      for (size_t j = 0; j < nd && !body; j++) body = ms_co_find_body(co, docs[j]);
      ck_assert_ptr_nonnull(body);
      want += ms_body_block_count(body);
      blocks += check_cfg_clusters(co, body);
      long dsw = ms_co_dispatch_block(co); /* rustc's: bb0 is the switch */
      ck_assert_int_eq(dsw, 0);
      ck_assert_int_eq(ms_co_block_owner(co, 0), MS_BLOCK_DISPATCH);
    }
    ck_assert_uint_eq(blocks, want);
    ck_assert_uint_gt(blocks, 100);
    for (size_t j = 0; j < nd; j++) ms_doc_free(docs[j]);
    ms_crate_free(c);
  }
}
END_TEST

/* The dispatch switch as rustc writes it, in block bbN. */
#define DISPATCH_IN(N)                                                                         \
  "    bb" #N ": {\n"                                                                          \
  "        _4 = copy (_1.0: &mut {async fn body of f()});\n"                                   \
  "        _3 = discriminant((*_4));\n"                                                        \
  "        switchInt(move _3) -> [0: bb1, 1: bb4, 2: bb5, 3: bb2, otherwise: bb6];\n"          \
  "    }\n\n"
#define BLOCK(N, STMTS) "    bb" #N ": {\n" STMTS "    }\n\n"
#define GOTO(A, B) BLOCK(A, "        goto -> bb" #B ";\n")
#define STORE_S0(V) "        (((*_4) as variant#3).0: u32) = const " #V "_u32;\n"
#define SUSPEND0 "        _0 = Poll::<()>::Pending;\n        discriminant((*_4)) = 3;\n        return;\n"
#define RETURNED "        _0 = Poll::<()>::Ready(const ());\n        discriminant((*_4)) = 1;\n        return;\n"

/* A resume body (4 states; Suspend0 holds _s0): `DISPATCH` from bb0 to the switch, bb2
 * (Suspend0's entry: stores _s0, goes to bb3), `ARMS` (bb1, Unresumed's entry, and bb3),
 * the poison arms bb4 and bb5 and the switch's `otherwise`, bb6. */
#define SYNTHETIC_BODY(NAME, DISPATCH, ARMS)                                                   \
  "// MIR for `" NAME "::{closure#0}` 0 coroutine_resume\n"                                   \
  "/* coroutine_layout = CoroutineLayout {\n"                                                  \
  "    field_tys: {\n"                                                                         \
  "        _s0: CoroutineSavedTy {\n"                                                          \
  "            ty: u32,\n"                                                                     \
  "            source_info: SourceInfo {\n"                                                    \
  "                span: k.rs:2:9: 2:10 (#0),\n"                                               \
  "                scope: scope[0],\n"                                                         \
  "            },\n"                                                                           \
  "            ignore_for_traits: false,\n"                                                    \
  "        },\n"                                                                               \
  "    },\n"                                                                                   \
  "    variant_fields: {\n"                                                                    \
  "        Unresumed(0): [],\n"                                                                \
  "        Returned (1): [],\n"                                                                \
  "        Panicked (2): [],\n"                                                                \
  "        Suspend0 (3): [_s0],\n"                                                             \
  "    },\n"                                                                                   \
  "    storage_conflicts: BitMatrix(1x1) {\n"                                                  \
  "        (_s0, _s0),\n"                                                                      \
  "    },\n"                                                                                   \
  "} */\n\n"                                                                                   \
  "fn " NAME "::{closure#0}(_1: Pin<&mut {async fn body of " NAME "()}>, _2: &mut Context<'_>) " \
  "-> Poll<()> {\n"                                                                            \
  "    let mut _0: std::task::Poll<()>;\n"                                                     \
  "    let mut _3: u32;\n"                                                                     \
  "    let mut _4: &mut {async fn body of " NAME "()};\n\n" DISPATCH                           \
  BLOCK(2, STORE_S0(2) "        goto -> bb3;\n") ARMS                                          \
  BLOCK(4, "        assert(const false, \"`async fn` resumed after completion\") -> "          \
           "[success: bb4, unwind unreachable];\n")                                            \
  BLOCK(5, "        assert(const false, \"`async fn` resumed after panicking\") -> "           \
           "[success: bb5, unwind unreachable];\n")                                            \
  BLOCK(6, "        unreachable;\n") "}\n"

/* Suspend0's arm jumps back into the dispatch (bb3: goto -> bb0): its walk reaches every
 * arm, so the model counts bb0 and bb6 as Suspend0's code and bb1, bb4, bb5 as shared. */
static const char KNOT_MIR[] =
    SYNTHETIC_BODY("knot", DISPATCH_IN(0), BLOCK(1, STORE_S0(1) SUSPEND0) GOTO(3, 0));

/* Garbled block numbers: Unresumed goes on to bb5000, past what the IR looks blocks up by
 * for 9 blocks (4 x 9 + 1024), so no walk reaches it; bb99999999 is reached by nothing. */
static const char GARBLED_MIR[] =
    SYNTHETIC_BODY("garbled", DISPATCH_IN(0),
                   GOTO(1, 5000) BLOCK(5000, SUSPEND0) BLOCK(99999999, "        return;\n")
                       BLOCK(3, RETURNED));

/* The dispatch switch 20 gotos away from bb0 (MS_GOTO_HOPS in src/model.c is 64): the
 * chain bb0, bb10..bb28 and the switch bb29 form the dispatch cluster. */
static const char CHAIN_MIR[] = SYNTHETIC_BODY(
    "chain",
    GOTO(0, 10) GOTO(10, 11) GOTO(11, 12) GOTO(12, 13) GOTO(13, 14) GOTO(14, 15) GOTO(15, 16)
        GOTO(16, 17) GOTO(17, 18) GOTO(18, 19) GOTO(19, 20) GOTO(20, 21) GOTO(21, 22)
            GOTO(22, 23) GOTO(23, 24) GOTO(24, 25) GOTO(25, 26) GOTO(26, 27) GOTO(27, 28)
                GOTO(28, 29) DISPATCH_IN(29),
    BLOCK(1, SUSPEND0) BLOCK(3, RETURNED));

/* Where the walks' rule and a drawing that stopped at the dispatch or read block numbers as
 * table sizes disagreed, and a long way to the dispatch: the clusters are the model's. */
START_TEST(cfg_clusters_odd_bodies) {
  static const char *const texts[] = {KNOT_MIR, GARBLED_MIR, CHAIN_MIR};
  static const char *const names[] = {"knot::{closure#0}", "garbled::{closure#0}", "chain::{closure#0}"};
  static const size_t blocks[] = {7, 9, 27};
  static const long dispatch[] = {0, 0, 29};
  for (size_t k = 0; k < 3; k++) {
    ms_doc *d = ms_doc_parse("odd.mir", texts[k], strlen(texts[k]));
    ck_assert_uint_eq(ms_doc_error_count(d), 0);
    ms_crate *c = ms_crate_new(NULL);
    ck_assert_uint_eq(ms_crate_add_doc(c, d), 1);
    ms_crate_finish(c);
    const ms_coroutine *co = ms_crate_coroutine(c, 0);
    const ms_body *body = ms_co_find_body(co, d);
    ck_assert_ptr_nonnull(body);
    ck_assert_str_eq(ms_co_def_path(co), names[k]);
    ck_assert_uint_eq(check_cfg_clusters(co, body), blocks[k]);
    ck_assert_int_eq(ms_co_dispatch_block(co), dispatch[k]);
    ck_assert_int_eq(ms_co_block_owner(co, 2), 3); /* Suspend0's entry */
    if (k == 2) {
      for (unsigned bb = 10; bb <= 29; bb++) ck_assert_int_eq(ms_co_block_owner(co, bb), MS_BLOCK_DISPATCH);
      ck_assert_int_eq(ms_co_block_owner(co, 0), MS_BLOCK_DISPATCH);
      ck_assert_int_eq(ms_co_block_owner(co, 1), 0);
      ck_assert_int_eq(ms_co_block_owner(co, 3), 3);
      ck_assert_int_eq(ms_co_state_entry(co, 3), 2);
    } else if (k == 0) {
      ck_assert_int_eq(ms_co_block_owner(co, 0), 3);
      ck_assert_int_eq(ms_co_block_owner(co, 6), 3);
      ck_assert_int_eq(ms_co_block_owner(co, 1), MS_BLOCK_SHARED);
      ck_assert_int_eq(ms_co_block_owner(co, 4), MS_BLOCK_SHARED);
    } else {
      ck_assert_int_eq(ms_co_block_owner(co, 0), MS_BLOCK_DISPATCH);
      ck_assert_int_eq(ms_co_block_owner(co, 1), 0);
      ck_assert_int_eq(ms_co_block_owner(co, 4), 1);
      ck_assert_int_eq(ms_co_block_owner(co, 5000), MS_BLOCK_UNREACHED);
      ck_assert_int_eq(ms_co_block_owner(co, 99999999), MS_BLOCK_UNREACHED);
      ck_assert_int_eq(ms_co_block_owner(co, 7), MS_BLOCK_UNREACHED); /* no such block */
      /* one entry per block: the garbled numbers size nothing */
      ck_assert_uint_eq(co->nblocks, ms_body_block_count(body));
    }
    ms_crate_free(c);
    ms_doc_free(d);
  }
}
END_TEST

/* ------------------------------------------------------------------ links */

START_TEST(link_formats) {
  char err[256];
  ck_assert_int_eq(ms_graph_link_format_check(NULL, err, sizeof err), 0);
  ck_assert_int_eq(ms_graph_link_format_check("vscode://file/{file}:{line}:{col}", err, sizeof err), 0);
  ck_assert_int_eq(ms_graph_link_format_check("https://example.org/src/{file}#L{line}", err, sizeof err), 0);
  ck_assert_int_eq(ms_graph_link_format_check("{file}", err, sizeof err), 0);
  static const char *const bad[] = {
      "javascript:alert(1)//{file}", "JavaScript:alert(1)", "vbscript:x", "data:text/html,{file}",
      "jAvAsCrIpT:{file}",           " javascript:x",       "java\tscript:x", "http://x/{nope}",
      "http://x/{file",              "http://x/\"onmouseover=", "http://x/<script>",
      "http://x/?a=1&b=2",           "http://x\\y",         "",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ck_assert_msg(ms_graph_link_format_check(bad[i], err, sizeof err) == -1, "accepted %s", bad[i]);
  /* a refused format fails the render */
  fixture f;
  load(&f, CASES[1].dir, CASES[1].file, CASES[1].def_path);
  ms_graph_options o = {.ctx = test_ctx(), .link_format = "javascript:alert({line})"};
  FILE *null = fopen("/dev/null", "w");
  ck_assert_int_eq(ms_co_render(f.co, NULL, MS_VIEW_STATES, MS_FORMAT_SVG, &o, null, err, sizeof err), -1);
  ck_assert_ptr_nonnull(strstr(err, "javascript"));
  fclose(null);
  unload(&f);
}
END_TEST

/* A path as a link's {file} writes it: percent-encoded but for A-Za-z0-9-._~ and '/'. */
static void url_path(char *out, size_t size, const char *s) {
  size_t k = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p && k + 4 < size; p++) {
    if (strchr("-._~/", *p) || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
      out[k++] = (char)*p;
    else k += (size_t)snprintf(out + k, size - k, "%%%02X", *p);
  }
  out[k] = 0;
}

/* DOT's line continuations (a `\` ending a line inside a string: agwrite cuts lines near
 * 128 characters, where depends on the working directory's length) taken out, in place. */
static void unwrap_dot(char *s) {
  char *w = s;
  for (const char *r = s; *r; r++) {
    if (r[0] == '\\' && r[1] == '\n') r++;
    else *w++ = *r;
  }
  *w = 0;
}

/* Each occurrence of `scheme` in s followed by `want` (a host or path that must come next). */
static void each_followed_by(const char *s, const char *scheme, const char *want) {
  size_t n = 0;
  for (const char *p = s; (p = strstr(p, scheme)); p += strlen(scheme), n++)
    ck_assert_msg(!strncmp(p + strlen(scheme), want, strlen(want)), "%.80s: not followed by %s", p, want);
  ck_assert_uint_gt(n, 0);
}

/* With a source root, links name absolute files: the states and layout views' saved locals
 * their span (src/basic.rs, relative to corpus/ where rustc ran, joined to the root), the cfg
 * view's blocks their line in the dump file (made absolute from the working directory), in
 * DOT and SVG.  `vscode://file/{file}` writes the path's leading '/' once; `file://{file}`
 * keeps it after the empty host (file:///abs, not a host named after the first directory). */
START_TEST(source_root_links) {
  fixture f;
  load(&f, CASES[0].dir, CASES[0].file, CASES[0].def_path);
  char cwd[2048], abs[2200], root[2200], want[4096];
  ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
  ck_assert_int_eq(cwd[0], '/');
  url_path(abs, sizeof abs, cwd); /* "/work/main", encoded */
  snprintf(root, sizeof root, "%s/corpus", cwd);
  static const ms_view views[] = {MS_VIEW_STATES, MS_VIEW_LAYOUT, MS_VIEW_CFG};
  static const ms_graph_format fmts[] = {MS_FORMAT_DOT, MS_FORMAT_SVG};
  for (size_t v = 0; v < 3; v++)
    for (size_t k = 0; k < 2; k++) {
      /* DOT: HREF in HTML labels, URL on cfg nodes; SVG: xlink:href */
      const char *attr = fmts[k] == MS_FORMAT_SVG   ? "xlink:href=\""
                         : views[v] == MS_VIEW_CFG ? "URL=\""
                                                   : "HREF=\"";
      const char *dump = "/corpus/stable/basic/mir_dump/"
                         "basic.handshake-%7Bclosure%230%7D.-------.coroutine_resume.0.mir";
      unsigned line0 = ms_block_line(ms_body_block(f.body, 0));
      ms_graph_options o = {.link_format = "vscode://file/{file}:{line}:{col}", .source_root = root};
      char *out = render_with(f.co, f.body, views[v], fmts[k], o);
      unwrap_dot(out);
      if (views[v] == MS_VIEW_CFG)
        snprintf(want, sizeof want, "%svscode://file%s%s:%u:1\"", attr, abs, dump, line0);
      else
        snprintf(want, sizeof want, "%svscode://file%s/corpus/src/basic.rs:40:24\"", attr, abs);
      ck_assert_msg(strstr(out, want), "view %zu format %zu: no %s", v, k, want);
      each_followed_by(out, "vscode://file/", abs + 1);
      if (views[v] == MS_VIEW_CFG && fmts[k] == MS_FORMAT_DOT)
        ck_assert_uint_eq(count(out, "URL=\"vscode://file"), ms_body_block_count(f.body));
      free(out);
      o.link_format = "file://{file}#L{line}";
      out = render_with(f.co, f.body, views[v], fmts[k], o);
      unwrap_dot(out);
      if (views[v] == MS_VIEW_CFG)
        snprintf(want, sizeof want, "%sfile://%s%s#L%u\"", attr, abs, dump, line0);
      else
        snprintf(want, sizeof want, "%sfile://%s/corpus/src/basic.rs#L40\"", attr, abs);
      ck_assert_msg(strstr(out, want), "view %zu format %zu: no %s", v, k, want);
      each_followed_by(out, "file://", abs);
      free(out);
    }
  /* the other spellings of a path after a scheme: each slash written once, none eaten */
  static const char *const forms[][2] = {
      {"file:///{file}", "file://"}, {"file:{file}", "file:"}, {"{file}", ""},
      {"https://example.org/src/{file}", "https://example.org/src"}, {"x-{file}", "x-"},
  };
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
    ms_graph_options o = {.link_format = forms[i][0], .source_root = root};
    char *out = render_with(f.co, f.body, MS_VIEW_STATES, MS_FORMAT_DOT, o);
    unwrap_dot(out);
    snprintf(want, sizeof want, "HREF=\"%s%s/corpus/src/basic.rs\"", forms[i][1], abs);
    ck_assert_msg(strstr(out, want), "%s: no %s", forms[i][0], want);
    free(out);
  }
  /* a root's `.` and doubled or trailing '/' are taken out; without a root the span's
   * relative file stays */
  snprintf(root, sizeof root, "%s/./corpus//", cwd);
  ms_graph_options o = {.link_format = "file://{file}", .source_root = root};
  char *out = render_with(f.co, f.body, MS_VIEW_STATES, MS_FORMAT_DOT, o);
  unwrap_dot(out);
  snprintf(want, sizeof want, "HREF=\"file://%s/corpus/src/basic.rs\"", abs);
  ck_assert_msg(strstr(out, want), "no %s", want);
  free(out);
  out = render(f.co, f.body, MS_VIEW_STATES, MS_FORMAT_DOT, "vscode://file/{file}:{line}:{col}");
  ck_assert_ptr_nonnull(strstr(out, "HREF=\"vscode://file/src/basic.rs:40:24\""));
  free(out);
  unload(&f);
}
END_TEST

/* Absolute spans (a registry crate's) are linked as they are, whatever the root. */
START_TEST(absolute_span_links) {
  fixture f;
  load(&f, "corpus/stable/tokio-postgres",
       "tokio_postgres.binary_copy-{impl#0}-finish-{closure#0}.-------.coroutine_resume.0.mir",
       "binary_copy::<impl at /usr/share/cargo/registry/tokio-postgres-0.7.7/src/binary_copy.rs:33:1: "
       "33:24>::finish::{closure#0}");
#define REG "/usr/share/cargo/registry/tokio-postgres-0.7.7/src/binary_copy.rs"
  static const char *const fmts[][2] = {
      {"vscode://file/{file}:{line}:{col}", "vscode://file" REG ":106:13\""},
      {"file://{file}#L{line}", "file://" REG "#L106\""},
  };
#undef REG
  for (size_t i = 0; i < 2; i++)
    for (int rooted = 0; rooted < 2; rooted++) {
      ms_graph_options o = {.link_format = fmts[i][0], .source_root = rooted ? "/elsewhere" : NULL};
      char *svg = render_with(f.co, f.body, MS_VIEW_STATES, MS_FORMAT_SVG, o);
      char want[512];
      snprintf(want, sizeof want, "xlink:href=\"%s", fmts[i][1]);
      ck_assert_msg(strstr(svg, want), "no %s", want);
      ck_assert_ptr_null(strstr(svg, "elsewhere"));
      free(svg);
    }
  unload(&f);
}
END_TEST

/* ------------------------------------------------------------------ hostile input */

#define EVIL "<script>alert(\"x\")</script> & ' ]]> \\N \\G \\l \\\\ C:\\Users\\ev il\\\n&lt;b&gt; &foo; \x01\xff"

static ms_coroutine *hostile_coroutine(ms_arena *a) {
  ms_coroutine *co = ms_arena_alloc(a, sizeof *co);
  co->def_path = "<impl at C:\\src\\a.rs:1:1: 2:2>::f::<\"script\">::{closure#0}\\N";
  co->file = "C:\\dumps\\<x>.mir";
  co->pass = "coroutine_resume";
  co->kind = MS_KIND_ASYNC_FN;
  co->self_type = "{async fn body of " EVIL "}";
  co->nsaved = 2;
  co->saved = ms_arena_alloc(a, 2 * sizeof *co->saved);
  co->saved[0] = (co_saved){.id = "_s0", .index = 0, .type = "Vec<" EVIL ">", .span = "C:\\src\\<script>.rs:5:9: 5:12 (#0)",
                            .name = "<img src=x onerror=alert(1)>", .scope = 0, .bytes = 24, .align = 8};
  co->saved[1] = (co_saved){.id = "_s1\"><script>", .index = 1, .type = "]]><script>alert(1)</script>\\l",
                            .span = "javascript:alert(1):1:2: 3:4 (#0)", .name = "__awaitee", .scope = 0,
                            .bytes = -1, .align = 0};
  static const unsigned char conflicts[4] = {0, 1, 1, 0};
  co->conflicts = conflicts;
  co->nupvars = 1;
  co->upvars = ms_arena_alloc(a, sizeof *co->upvars);
  co->upvars[0] = (co_upvar){.name = "up\\N<script>", .field = 0, .type = EVIL, .bytes = 4, .align = 4};
  co->nstates = 4;
  co->states = ms_arena_alloc(a, 4 * sizeof *co->states);
  static size_t f1[] = {0, 1};
  co->states[0] = (co_state){.name = "Unresumed", .discr = 0, .entry = 1, .arm = MS_ARM_CODE, .bytes = 40, .code_bytes = 100};
  co->states[1] = (co_state){.name = "Returned\\N", .discr = 1, .entry = 2, .arm = MS_ARM_POISON_RETURNED, .bytes = 40, .code_bytes = 10};
  co->states[2] = (co_state){.name = "Panicked\"<script>", .discr = 2, .entry = -1, .arm = MS_ARM_NONE, .bytes = 40, .code_bytes = 0};
  co->states[3] = (co_state){.name = "Suspend0]]>&amp;", .discr = 3, .fields = f1, .nfields = 2, .entry = 1,
                             .arm = MS_ARM_CODE, .bytes = 64, .code_bytes = 20};
  co->ntrans = 3;
  co->trans = ms_arena_alloc(a, 3 * sizeof *co->trans);
  co->trans[0] = (co_trans){0, 3, MS_VIA_PENDING};
  co->trans[1] = (co_trans){3, 1, MS_VIA_READY};
  co->trans[2] = (co_trans){3, 2, MS_VIA_UNWIND};
  co_finding *fd = ms_vec_push(a, &co->findings, sizeof *fd);
  *fd = (co_finding){MS_FINDING_POISON_RETURNED, 1, 10, "reason " EVIL, -1};
  /* as the model would own HOSTILE_MIR's blocks: bb0 the dispatch, bb1 entered by two states */
  co->nblocks = 3;
  co->blocks = ms_arena_alloc(a, 3 * sizeof *co->blocks);
  co->blocks[0] = (co_block){0, MS_BLOCK_DISPATCH};
  co->blocks[1] = (co_block){1, MS_BLOCK_SHARED};
  co->blocks[2] = (co_block){2, 1};
  co->dispatch = 0;
  co->size = 64;
  co->size_source = MS_SIZE_COMPUTED;
  co->code_estimate = 130;
  co->code_exact = -1;
  co->code_redundant = 10;
  return co;
}

static const char HOSTILE_MIR[] =
    "fn hostile(_1: u32) -> () {\n"
    "    let mut _0: ();\n"
    "    let _2: &str;\n"
    "\n"
    "    bb0: {\n"
    "        _2 = const \"<script>alert(1)</script> ]]> \\\\N \\\\l C:\\\\Users\\\\\";\n"
    "        switchInt(copy _1) -> [0: bb1, 1: bb2, otherwise: bb2];\n"
    "    }\n"
    "\n"
    "    bb1: {\n"
    "        _2 = const \"&lt;b&gt; \\\"quoted\\\" '\";\n"
    "        return;\n"
    "    }\n"
    "\n"
    "    bb2: {\n"
    "        return;\n"
    "    }\n"
    "}\n";

/* Every line of a Mermaid diagram is one of the statements mirscope writes, quotes only
 * delimit, and no markup or stray `#` (outside an entity code or a colour) is left. */
static void check_mermaid_lines(const char *mm) {
  static const char *const starts[] = {"%% ", "stateDiagram-v2", "    classDef ", "    state \"",
                                       "    s", "    bundle_", "    class "};
  ck_assert_ptr_null(strstr(mm, "<script"));
  ck_assert_ptr_null(strstr(mm, "<img"));
  for (const char *p = mm; *p;) {
    const char *e = strchr(p, '\n');
    ck_assert_ptr_nonnull(e);
    bool known = false;
    for (size_t k = 0; k < sizeof starts / sizeof *starts; k++)
      if (!strncmp(p, starts[k], strlen(starts[k]))) known = true;
    ck_assert_msg(known, "unknown Mermaid line: %.*s", (int)(e - p), p);
    size_t quotes = 0;
    for (const char *q = p; q < e; q++) {
      quotes += *q == '"';
      if (*q == '#' && strncmp(p, "    classDef ", 13) && strncmp(p, "%% ", 3)) {
        const char *x = q + 1;
        while (x < e && *x >= '0' && *x <= '9') x++;
        ck_assert_msg(x > q + 1 && *x == ';', "stray # in: %.*s", (int)(e - p), p);
      }
      ck_assert_msg(*q != '<' || !strncmp(q, "<br/>", 5), "markup in: %.*s", (int)(e - p), p);
    }
    ck_assert_uint_eq(quotes, strncmp(p, "    state \"", 11) ? 0 : 2);
    p = e + 1;
  }
}

START_TEST(hostile) {
  ms_arena a;
  ms_arena_init(&a);
  ms_coroutine *co = hostile_coroutine(&a);
  /* the conflict matrix as the layout view reads it: by position, out of range is 0 */
  ck_assert_int_eq(ms_co_saved_conflict(co, 0, 1), 1);
  ck_assert_int_eq(ms_co_saved_conflict(co, 1, 0), 1);
  ck_assert_int_eq(ms_co_saved_conflict(co, 1, 1), 0);
  ck_assert_int_eq(ms_co_saved_conflict(co, 2, 0), 0);
  ms_doc *d = ms_doc_parse("hostile.mir", HOSTILE_MIR, strlen(HOSTILE_MIR));
  ck_assert_uint_eq(ms_doc_error_count(d), 0);
  const ms_body *body = ms_doc_find_body(d, "hostile");
  ck_assert_ptr_nonnull(body);
  static const ms_view views[] = {MS_VIEW_STATES, MS_VIEW_LAYOUT, MS_VIEW_CFG};
  for (size_t v = 0; v < 3; v++) {
    ms_graph_options o = {.link_format = "vscode://file/{file}:{line}:{col}", .conflict_graph = 1};
    char *dot = render_with(co, body, views[v], MS_FORMAT_DOT, o);
    dot_reads_back(dot, 2);
    /* read back, the labels still carry no raw markup and no unescaped backslash escapes */
    Agraph_t *g = agmemread(dot);
    ck_assert_ptr_nonnull(g);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
      const char *lbl = agget(n, "label");
      const char *tip = agget(n, "tooltip");
      ck_assert_ptr_null(strstr(lbl ? lbl : "", "<script"));
      ck_assert_ptr_null(strstr(tip ? tip : "", "<script"));
      ck_assert_ptr_null(strstr(tip ? tip : "", "\n"));
    }
    agclose(g);
    free(dot);
    char *svg = render_with(co, body, views[v], MS_FORMAT_SVG, o);
    const char *bad = xml_check(svg);
    ck_assert_msg(bad == NULL, "hostile SVG (view %zu) not well-formed: %s", v, bad);
    ck_assert_ptr_null(strstr(svg, "<script"));
    ck_assert_ptr_null(strstr(svg, "<img"));
    ck_assert_ptr_null(strstr(svg, "href=\"javascript"));
    ck_assert_ptr_null(strstr(svg, "&foo;"));
    if (views[v] == MS_VIEW_STATES) {
      /* the text survives: escaped, and backslashes are literal (not \N expansions) */
      ck_assert_ptr_nonnull(strstr(svg, "&lt;script&gt;"));
      ck_assert_ptr_nonnull(strstr(svg, "C:\\src\\&lt;script&gt;.rs:5:9: 5:12"));
      ck_assert_ptr_nonnull(strstr(svg, "\\N \\G \\l \\\\ C:\\Users\\ev il\\&#10;"));
      ck_assert_ptr_nonnull(strstr(svg, "<title>"));
      /* the link's substituted file is URL-encoded */
      ck_assert_ptr_nonnull(strstr(svg, "xlink:href=\"vscode://file/C%3A%5Csrc%5C%3Cscript%3E.rs:5:9\""));
    }
    if (views[v] == MS_VIEW_CFG) {
      ck_assert_ptr_nonnull(strstr(svg, "C:\\\\Users\\\\"));
      /* the Returned\N cluster's label, escaped */
      ck_assert_ptr_nonnull(strstr(svg, "id=\"cluster_state&#45;Returned_N\""));
      ck_assert_ptr_nonnull(strstr(svg, ">Returned\\N</text>"));
      ck_assert_uint_eq(count(svg, "class=\"node\""), 3);
    }
    free(svg);
  }
  char *mm = render(co, body, MS_VIEW_STATES, MS_FORMAT_MERMAID, NULL);
  check_mermaid_lines(mm);
  /* the text survives as entity codes: names, types, quotes and backslashes */
  ck_assert_ptr_nonnull(strstr(mm, "    state \"Panicked#34;#60;script#62; (2)\" as s2\n"));
  ck_assert_ptr_nonnull(strstr(mm, "    s3 : #60;img src=x onerror=alert(1)#62; #95;s0 \xC2\xB7 Vec#60;#60;script#62;"));
  ck_assert_ptr_nonnull(strstr(mm, "    state \"Returned#92;N (1)\" as s1\n"));
  free(mm);
  ms_doc_free(d);
  ms_arena_release(&a);
}
END_TEST

/* ------------------------------------------------------------------ edge labels vs xlabels */

/* A coroutine of 6 states and `ntrans` transitions (parallel edges, every kind), built by
 * hand so the count sits exactly where the test wants it. */
static ms_coroutine *busy_coroutine(ms_arena *a, const char *def_path, size_t ntrans) {
  static const char *const names[] = {"Unresumed", "Returned", "Panicked", "Suspend0", "Suspend1", "Suspend2"};
  static const ms_transition_kind kinds[] = {MS_VIA_PENDING, MS_VIA_YIELD, MS_VIA_READY, MS_VIA_RETURN,
                                             MS_VIA_UNWIND};
  ms_coroutine *co = ms_arena_alloc(a, sizeof *co);
  co->def_path = def_path;
  co->file = "busy.mir";
  co->pass = "coroutine_resume";
  co->kind = MS_KIND_ASYNC_FN;
  co->self_type = "{async fn body of busy()}";
  co->nstates = 6;
  co->states = ms_arena_alloc(a, 6 * sizeof *co->states);
  for (size_t s = 0; s < 6; s++)
    co->states[s] = (co_state){.name = names[s], .discr = (unsigned)s, .entry = -1, .arm = MS_ARM_CODE,
                               .bytes = 16, .code_bytes = 4};
  co->ntrans = ntrans;
  co->trans = ms_arena_alloc(a, (ntrans ? ntrans : 1) * sizeof *co->trans);
  for (size_t k = 0; k < ntrans; k++)
    co->trans[k] = (co_trans){k % 6, (k * 5 + 1) % 6, kinds[k % 5]};
  co->size = 16;
  co->size_source = MS_SIZE_COMPUTED;
  co->code_estimate = 24;
  co->code_exact = -1;
  return co;
}

/* Edges of a DOT graph whose kind is in `label` and in `xlabel`; forcelabels as written. */
static void count_labels(const char *dot, size_t *label, size_t *xlabel, int *forced) {
  Agraph_t *g = agmemread(dot);
  ck_assert_msg(g != NULL, "DOT does not parse");
  *label = *xlabel = 0;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
    for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
      const char *l = agget(e, "label"), *x = agget(e, "xlabel");
      if (l && *l) (*label)++;
      if (x && *x) (*xlabel)++;
    }
  const char *fl = agget(g, "forcelabels");
  *forced = fl && !strcmp(fl, "true");
  agclose(g);
}

/* Up to 40 transitions (STATES_XLABEL_EDGES in src/graph.c) the kind is the edge's label;
 * above it an xlabel, with forcelabels=true, and the SVG still shows every one. */
START_TEST(edge_xlabels) {
  ms_arena a;
  ms_arena_init(&a);
  size_t l, x;
  int forced;

  ms_coroutine *small = busy_coroutine(&a, "small::{closure#0}", 40);
  ck_assert_int_eq(ms_co_saved_conflict(small, 0, 0), -1); /* built without a matrix */
  /* every transition drawn (the busy coroutines' parallel edges would mostly be reduced) */
  ms_graph_options all = {.all_edges = 1};
  char *dot = render_with(small, NULL, MS_VIEW_STATES, MS_FORMAT_DOT, all);
  count_labels(dot, &l, &x, &forced);
  ck_assert_uint_eq(l, 40);
  ck_assert_uint_eq(x, 0);
  ck_assert_int_eq(forced, 0);
  ck_assert_ptr_null(strstr(dot, "xlabel"));
  free(dot);

  ms_coroutine *big = busy_coroutine(&a, "big::{closure#0}", 41);
  dot = render_with(big, NULL, MS_VIEW_STATES, MS_FORMAT_DOT, all);
  count_labels(dot, &l, &x, &forced);
  ck_assert_uint_eq(l, 0);
  ck_assert_uint_eq(x, 41);
  ck_assert_int_eq(forced, 1);
  free(dot);
  char *svg = render_with(big, NULL, MS_VIEW_STATES, MS_FORMAT_SVG, all);
  const char *bad = xml_check(svg);
  ck_assert_msg(bad == NULL, "SVG not well-formed: %s", bad);
  ck_assert_uint_eq(count(svg, "class=\"edge\""), 41);
  size_t shown = 0; /* every edge group carries its kind as text */
  for (const char *p = strstr(svg, "class=\"edge\""); p; p = strstr(p + 1, "class=\"edge\"")) {
    const char *end = strstr(p, "</g>\n<!--");
    ck_assert_ptr_nonnull(end);
    for (const char *t = strstr(p, "</text>"); t && t < end; t = NULL) shown++;
  }
  ck_assert_uint_eq(shown, 41);
  free(svg);

  /* several coroutines: the count is over the whole graph dot lays out (2 x 30 > 40) */
  const ms_coroutine *two[2] = {busy_coroutine(&a, "a::{closure#0}", 30), busy_coroutine(&a, "b::{closure#0}", 30)};
  const ms_body *none[2] = {NULL, NULL};
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  char err[256] = "";
  ms_graph_options o = {.ctx = test_ctx(), .all_edges = 1};
  ck_assert_msg(ms_co_render_many(two, none, 2, MS_VIEW_STATES, MS_FORMAT_DOT, &o, m, err, sizeof err) == 0,
                "%s", err);
  fclose(m);
  count_labels(buf, &l, &x, &forced);
  ck_assert_uint_eq(l, 0);
  ck_assert_uint_eq(x, 60);
  ck_assert_int_eq(forced, 1);
  free(buf);
  ms_arena_release(&a);
}
END_TEST

/* ------------------------------------------------------------------ suite */

int main(void) {
  Suite *s = suite_create("graph");
  TCase *t = tcase_create("graph");
  /* dumps are read by relative paths, so that goldens do not name the checkout */
  if (chdir(SRCDIR) != 0) return EXIT_FAILURE;
  tcase_set_timeout(t, 120);
  tcase_add_loop_test(t, golden_dot, 0, (int)NCASES);
  tcase_add_loop_test(t, svg_structure, 0, (int)NCASES);
  tcase_add_test(t, many_and_stems);
  tcase_add_test(t, cfg_clusters_are_the_model);
  tcase_add_test(t, cfg_clusters_odd_bodies);
  tcase_add_test(t, link_formats);
  tcase_add_test(t, source_root_links);
  tcase_add_test(t, absolute_span_links);
  tcase_add_test(t, hostile);
  tcase_add_test(t, edge_xlabels);
  tcase_add_test(t, cfg_headlabels);
  tcase_add_test(t, drawn_handshake);
  tcase_add_test(t, drawn_loops_and_kinds);
  tcase_add_test(t, drawn_bundles);
  tcase_add_test(t, drawn_matches_rule);
  suite_add_tcase(s, t);
  SRunner *r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
