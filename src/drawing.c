/*
 * The transitions the states view draws (docs/diagrams.md, "Which transitions are drawn"),
 * decided here once so that every format (DOT, SVG, Mermaid) draws the same set.
 *
 * For each group of kinds separately (pending and yield; ready and return; unwind), the
 * transitive reduction of that group's transitions on the condensation of their strongly
 * connected components: a transition between two components is drawn unless another path
 * of the group, through a third component, joins them; a transition inside a component
 * (a loop, a self-transition) is always drawn.  Then, of the ready, return and unwind
 * transitions drawn, those of one kind into one state from at least MS_BUNDLE_MIN_SOURCES
 * other states become one bundle.
 *
 * Reads the model through the public header only; keeps nothing between calls.
 */
#include <mirscope/mirscope.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

/* The three groups reduced apart. */
enum { GROUP_SUSPEND, GROUP_FINISH, GROUP_UNWIND, NGROUPS };

static int group_of(ms_transition_kind k) {
  switch (k) {
  case MS_VIA_PENDING:
  case MS_VIA_YIELD: return GROUP_SUSPEND;
  case MS_VIA_READY:
  case MS_VIA_RETURN: return GROUP_FINISH;
  case MS_VIA_UNWIND: return GROUP_UNWIND;
  }
  return GROUP_UNWIND;
}

/* One group's graph over the states: its transitions (indices into the coroutine's) and,
 * per state, which states its transitions of the group reach (reflexively). */
typedef struct {
  const ms_coroutine *co;
  size_t ns;
  size_t *edge; /* transition indices of the group with both ends states */
  size_t nedge;
  unsigned char *reach; /* ns x ns: reach[u * ns + v] */
} group_graph;

static bool is_state_edge(const ms_coroutine *co, size_t ns, size_t t) {
  return ms_co_transition_from(co, t) < ns && ms_co_transition_to(co, t) < ns;
}

/* Depth-first from u over the group's edges, marking reach[u][*]; `stack` holds ns. */
static void reach_from(group_graph *g, size_t u, size_t *stack) {
  unsigned char *row = g->reach + u * g->ns;
  size_t top = 0;
  row[u] = 1;
  stack[top++] = u;
  while (top) {
    size_t x = stack[--top];
    for (size_t k = 0; k < g->nedge; k++) {
      size_t t = g->edge[k];
      if (ms_co_transition_from(g->co, t) != x) continue;
      size_t y = ms_co_transition_to(g->co, t);
      if (!row[y]) {
        row[y] = 1;
        stack[top++] = y;
      }
    }
  }
}

static void group_build(group_graph *g, const ms_coroutine *co, int group, size_t *stack) {
  size_t ns = ms_co_state_count(co), nt = ms_co_transition_count(co);
  *g = (group_graph){.co = co, .ns = ns};
  g->edge = ms_xmalloc((nt ? nt : 1) * sizeof *g->edge);
  g->reach = ms_xcalloc(ns ? ns * ns : 1, 1);
  for (size_t t = 0; t < nt; t++)
    if (is_state_edge(co, ns, t) && group_of(ms_co_transition_kind(co, t)) == group)
      g->edge[g->nedge++] = t;
  for (size_t u = 0; u < ns; u++) reach_from(g, u, stack);
}

static bool same_component(const group_graph *g, size_t u, size_t v) {
  return u == v || (g->reach[u * g->ns + v] && g->reach[v * g->ns + u]);
}

/* Is the edge u -> v (different components) implied by a path through a third component:
 * an edge x -> w out of u's component, w in neither component, w reaching v? */
static bool implied(const group_graph *g, size_t u, size_t v) {
  for (size_t k = 0; k < g->nedge; k++) {
    size_t x = ms_co_transition_from(g->co, g->edge[k]), w = ms_co_transition_to(g->co, g->edge[k]);
    if (!same_component(g, x, u) || same_component(g, w, u) || same_component(g, w, v)) continue;
    if (g->reach[w * g->ns + v]) return true;
  }
  return false;
}

/* The reduction of one group into out[]: MS_DRAWN_EDGE or MS_DRAWN_NO. */
static void reduce_group(const ms_coroutine *co, int group, unsigned char *out, size_t *stack) {
  group_graph g;
  group_build(&g, co, group, stack);
  for (size_t k = 0; k < g.nedge; k++) {
    size_t t = g.edge[k];
    size_t u = ms_co_transition_from(co, t), v = ms_co_transition_to(co, t);
    out[t] = same_component(&g, u, v) || !implied(&g, u, v) ? MS_DRAWN_EDGE : MS_DRAWN_NO;
  }
  free(g.edge);
  free(g.reach);
}

/* Drawn ready, return and unwind transitions of one kind into one state from at least
 * MS_BUNDLE_MIN_SOURCES other states: bundled. */
static void bundle(const ms_coroutine *co, unsigned char *out) {
  size_t nt = ms_co_transition_count(co);
  for (size_t t = 0; t < nt; t++) {
    ms_transition_kind kind = ms_co_transition_kind(co, t);
    size_t to = ms_co_transition_to(co, t);
    if (out[t] != MS_DRAWN_EDGE || group_of(kind) == GROUP_SUSPEND) continue;
    size_t sources = 0;
    for (size_t k = 0; k < nt; k++)
      if (out[k] != MS_DRAWN_NO && ms_co_transition_kind(co, k) == kind &&
          ms_co_transition_to(co, k) == to && ms_co_transition_from(co, k) != to)
        sources++;
    if (sources >= MS_BUNDLE_MIN_SOURCES && ms_co_transition_from(co, t) != to)
      out[t] = MS_DRAWN_BUNDLED;
  }
}

size_t ms_co_transitions_drawn(const ms_coroutine *co, unsigned char *out, size_t cap) {
  if (!co) return 0;
  size_t nt = ms_co_transition_count(co), ns = ms_co_state_count(co);
  unsigned char *all = ms_xcalloc(nt ? nt : 1, 1); /* MS_DRAWN_NO */
  size_t *stack = ms_xmalloc((ns ? ns : 1) * sizeof *stack);
  for (int group = 0; group < NGROUPS; group++) reduce_group(co, group, all, stack);
  bundle(co, all);
  if (out) memcpy(out, all, nt < cap ? nt : cap);
  free(stack);
  free(all);
  return nt;
}

int ms_co_transition_drawn(const ms_coroutine *co, size_t t) {
  if (!co || t >= ms_co_transition_count(co)) return MS_DRAWN_NO;
  unsigned char *all = ms_xmalloc(ms_co_transition_count(co));
  ms_co_transitions_drawn(co, all, ms_co_transition_count(co));
  int d = all[t];
  free(all);
  return d;
}
