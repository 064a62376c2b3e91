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

static bool is_state_edge(const ms_coroutine *co, size_t ns, size_t t) {
  return ms_co_transition_from(co, t) < ns && ms_co_transition_to(co, t) < ns;
}

/*
 * One group's reduction, computed on the condensation rather than pair by pair:
 *
 *  - the group's state-to-state transitions indexed by source (counting sort);
 *  - the strongly connected components by Tarjan's algorithm, iterative (an explicit stack
 *    of states, each with its next edge) so that a body of any length cannot overflow the C
 *    stack.  Tarjan numbers a component when it is complete, after every component it
 *    reaches: a transition between two components goes from a higher number to a lower one,
 *    so taking the components in increasing number visits each after all its successors;
 *  - for each component A in that order, a bitset over the components: strict[A], the
 *    components a path of one or more transitions reaches from A (never A itself, as the
 *    condensation has no cycle), built as the union over A's successor components W of
 *    {W} and strict[W].
 *
 * A transition u -> v between components A and B is implied (docs: "a path of the group
 * through a third component joins them") when some transition x -> w leaves A for a
 * component W other than B and W reaches B; W != B there, so B is in strict[W].  So it is
 * implied exactly when B is in the union of strict[W] over A's successors W, which is
 * `through` below, computed once per component.  The same answer as the definition, for
 * every transition: the drawn set does not change, only its cost (the pairwise test over
 * every transition of the group per transition, with a states x states reachability table,
 * was about n^3.5 in the awaits of one long body).  Memory: components^2 bits.
 */
typedef unsigned long long word;
#define WORD_BITS (sizeof(word) * 8)

static void reduce_group(const ms_coroutine *co, int group, unsigned char *out) {
  size_t ns = ms_co_state_count(co), nt = ms_co_transition_count(co);
  if (!ns) return;
  /* The group's transitions by source: first[u] .. first[u + 1] in by_src (indices). */
  size_t *first = ms_xcalloc(ns + 1, sizeof *first);
  size_t nedge = 0;
  for (size_t t = 0; t < nt; t++)
    if (is_state_edge(co, ns, t) && group_of(ms_co_transition_kind(co, t)) == group) {
      first[ms_co_transition_from(co, t) + 1]++;
      nedge++;
    }
  if (!nedge) {
    free(first);
    return;
  }
  for (size_t u = 0; u < ns; u++) first[u + 1] += first[u];
  size_t *by_src = ms_xmalloc(nedge * sizeof *by_src);
  size_t *next = ms_xmalloc(ns * sizeof *next); /* fill position, then Tarjan's next edge */
  memcpy(next, first, ns * sizeof *next);
  for (size_t t = 0; t < nt; t++)
    if (is_state_edge(co, ns, t) && group_of(ms_co_transition_kind(co, t)) == group)
      by_src[next[ms_co_transition_from(co, t)]++] = t;

  /* Tarjan: index[u] 0 when unvisited, else visit order + 1; comp[u] SIZE_MAX while u is
   * on the component stack. */
  size_t *index = ms_xcalloc(ns, sizeof *index);
  size_t *low = ms_xmalloc(ns * sizeof *low);
  size_t *comp = ms_xmalloc(ns * sizeof *comp);
  size_t *open = ms_xmalloc(ns * sizeof *open); /* states not yet in a component */
  size_t *path = ms_xmalloc(ns * sizeof *path); /* the depth-first path */
  size_t nopen = 0, visited = 0, nc = 0;
  memcpy(next, first, ns * sizeof *next);
  for (size_t root = 0; root < ns; root++) {
    if (index[root]) continue;
    size_t depth = 0;
    index[root] = low[root] = ++visited;
    comp[root] = SIZE_MAX;
    open[nopen++] = root;
    path[depth++] = root;
    while (depth) {
      size_t x = path[depth - 1];
      if (next[x] < first[x + 1]) {
        size_t y = ms_co_transition_to(co, by_src[next[x]++]);
        if (!index[y]) {
          index[y] = low[y] = ++visited;
          comp[y] = SIZE_MAX;
          open[nopen++] = y;
          path[depth++] = y;
        } else if (comp[y] == SIZE_MAX && index[y] < low[x]) {
          low[x] = index[y];
        }
        continue;
      }
      depth--;
      if (low[x] == index[x]) {
        size_t y;
        do {
          y = open[--nopen];
          comp[y] = nc;
        } while (y != x);
        nc++;
      }
      if (depth && low[x] < low[path[depth - 1]]) low[path[depth - 1]] = low[x];
    }
  }
  free(path);
  free(open);
  free(low);
  free(index);

  /* The states of each component together: members[cfirst[c] .. cfirst[c + 1]]. */
  size_t *cfirst = ms_xcalloc(nc + 1, sizeof *cfirst);
  for (size_t u = 0; u < ns; u++) cfirst[comp[u] + 1]++;
  for (size_t c = 0; c < nc; c++) cfirst[c + 1] += cfirst[c];
  size_t *members = ms_xmalloc(ns * sizeof *members);
  memcpy(next, cfirst, nc * sizeof *next);
  for (size_t u = 0; u < ns; u++) members[next[comp[u]]++] = u;

  size_t words = (nc + WORD_BITS - 1) / WORD_BITS;
  word *strict = ms_xcalloc(nc * words, sizeof *strict);
  word *through = ms_xmalloc(words * sizeof *through);
  size_t *seen = ms_xcalloc(nc, sizeof *seen); /* c + 1 when a successor of component c */
  for (size_t a = 0; a < nc; a++) {
    memset(through, 0, words * sizeof *through);
    word *sa = strict + a * words;
    for (size_t m = cfirst[a]; m < cfirst[a + 1]; m++)
      for (size_t k = first[members[m]]; k < first[members[m] + 1]; k++) {
        size_t w = comp[ms_co_transition_to(co, by_src[k])];
        if (w == a || seen[w] == a + 1) continue;
        seen[w] = a + 1;
        const word *sw = strict + w * words;
        for (size_t i = 0; i < words; i++) through[i] |= sw[i];
        sa[w / WORD_BITS] |= (word)1 << (w % WORD_BITS);
      }
    for (size_t i = 0; i < words; i++) sa[i] |= through[i];
    for (size_t m = cfirst[a]; m < cfirst[a + 1]; m++)
      for (size_t k = first[members[m]]; k < first[members[m] + 1]; k++) {
        size_t t = by_src[k], b = comp[ms_co_transition_to(co, t)];
        bool implied = b != a && (through[b / WORD_BITS] >> (b % WORD_BITS) & 1);
        out[t] = implied ? MS_DRAWN_NO : MS_DRAWN_EDGE;
      }
  }
  free(seen);
  free(through);
  free(strict);
  free(members);
  free(cfirst);
  free(comp);
  free(next);
  free(by_src);
  free(first);
}

/* Drawn ready, return and unwind transitions of one kind into one state from at least
 * MS_BUNDLE_MIN_SOURCES other states: bundled.  The sources are counted once per (kind,
 * target) before any is bundled (bundling keeps a transition counted: it stays drawn). */
static void bundle(const ms_coroutine *co, unsigned char *out) {
  size_t nt = ms_co_transition_count(co), ns = ms_co_state_count(co);
  enum { NKINDS = MS_VIA_UNWIND + 1 };
  size_t *sources = ms_xcalloc(ns ? NKINDS * ns : 1, sizeof *sources); /* [kind * ns + to] */
  for (size_t k = 0; k < nt; k++) {
    size_t to = ms_co_transition_to(co, k);
    /* only transitions between states are ever drawn (reduce_group) */
    if (out[k] != MS_DRAWN_NO && ms_co_transition_from(co, k) != to)
      sources[(size_t)ms_co_transition_kind(co, k) * ns + to]++;
  }
  for (size_t t = 0; t < nt; t++) {
    ms_transition_kind kind = ms_co_transition_kind(co, t);
    size_t to = ms_co_transition_to(co, t);
    if (out[t] != MS_DRAWN_EDGE || group_of(kind) == GROUP_SUSPEND) continue;
    if (sources[(size_t)kind * ns + to] >= MS_BUNDLE_MIN_SOURCES && ms_co_transition_from(co, t) != to)
      out[t] = MS_DRAWN_BUNDLED;
  }
  free(sources);
}

size_t ms_co_transitions_drawn(const ms_coroutine *co, unsigned char *out, size_t cap) {
  if (!co) return 0;
  size_t nt = ms_co_transition_count(co);
  unsigned char *all = ms_xcalloc(nt ? nt : 1, 1); /* MS_DRAWN_NO */
  for (int group = 0; group < NGROUPS; group++) reduce_group(co, group, all);
  bundle(co, all);
  if (out) memcpy(out, all, nt < cap ? nt : cap);
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
