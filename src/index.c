/*
 * The crate's coroutine index: look-ups of coroutines by def path, self type, fn name and
 * normalised def path without a scan of all of them (model -> layout -> index; nothing here
 * calls back into the model or the layout).
 */
#include "index.h"
#include "model.h"

#include <stdlib.h>
#include <string.h>

static int hpos_cmp(const void *pa, const void *pb) {
  const ms_co_hpos *a = pa, *b = pb;
  if (a->hash != b->hash) return a->hash < b->hash ? -1 : 1;
  return a->pos < b->pos ? -1 : a->pos > b->pos;
}

enum { MAP_DEF_PATH, MAP_SELF_TYPE, MAP_FN_NAME, MAP_DEFPATH_NORM };

/* The key hash of co in one map; false when co has no key there. */
static bool map_key(const ms_coroutine *co, int map, size_t *h) {
  const char *dp = co->def_path;
  switch (map) {
  case MAP_SELF_TYPE:
    if (!co->self_type) return false;
    *h = ms_hash_bytes(MS_HASH_INIT, co->self_type, strlen(co->self_type));
    return true;
  case MAP_FN_NAME: {
    /* as ms_crate_saved_future's `{async fn body of ..}` scan filters them */
    if (!dp || co->kind != MS_KIND_ASYNC_FN) return false;
    size_t dl = strlen(dp);
    if (dl < 13 || strcmp(dp + dl - 13, "::{closure#0}")) return false;
    *h = ms_fn_name_hash(dp, dl - 13);
    return true;
  }
  default: break;
  }
  if (!dp) return false;
  size_t dl = strlen(dp);
  *h = map == MAP_DEF_PATH ? ms_hash_bytes(MS_HASH_INIT, dp, dl) : ms_defpath_hash(dp, dl, NULL);
  return true;
}

static bool map_build(ms_crate *c, ms_co_map *m, int map) {
  ms_coroutine **cs = c->coroutines.items;
  size_t n = c->coroutines.len;
  m->n = 0;
  m->e = ms_arena_alloc(&c->arena, (n + 1) * sizeof *m->e);
  if (!m->e) return false;
  for (size_t i = 0; i < n; i++) {
    size_t h;
    if (map_key(cs[i], map, &h)) m->e[m->n++] = (ms_co_hpos){h, i};
  }
  qsort(m->e, m->n, sizeof *m->e, hpos_cmp);
  return true;
}

static bool index_current(const ms_crate *c) {
  const ms_co_index *x = &c->index;
  return x->built && x->gen == c->gen && x->items == c->coroutines.items && x->len == c->coroutines.len;
}

bool ms_crate_index(ms_crate *c) {
  if (index_current(c)) return true;
  ms_co_index *x = &c->index;
  x->built = false;
  ms_coroutine **cs = c->coroutines.items;
  for (size_t i = 0; i < c->coroutines.len; i++) cs[i]->pos = i;
  if (!map_build(c, &x->def_path, MAP_DEF_PATH) || !map_build(c, &x->self_type, MAP_SELF_TYPE) ||
      !map_build(c, &x->fn_name, MAP_FN_NAME) || !map_build(c, &x->defpath, MAP_DEFPATH_NORM))
    return false;
  x->gen = c->gen;
  x->items = c->coroutines.items;
  x->len = c->coroutines.len;
  x->built = true;
  return true;
}

const ms_co_index *ms_crate_index_get(const ms_crate *c) { return index_current(c) ? &c->index : NULL; }

ms_co_cands ms_co_find(const ms_crate *c, const ms_co_map *m, size_t hash) {
  if (!m) return (ms_co_cands){NULL, c->coroutines.len, true};
  size_t lo = 0, hi = m->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->e[mid].hash < hash) lo = mid + 1;
    else hi = mid;
  }
  size_t e = lo;
  while (e < m->n && m->e[e].hash == hash) e++;
  return (ms_co_cands){m->e + lo, e - lo, false};
}

size_t ms_crate_co_pos(const ms_crate *c, const ms_coroutine *co) {
  ms_coroutine **cs = c->coroutines.items;
  if (co->pos < c->coroutines.len && cs[co->pos] == co) return co->pos;
  for (size_t i = 0; i < c->coroutines.len; i++)
    if (cs[i] == co) return i;
  return (size_t)-1;
}
