#include "arena.h"
#include "alloc.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct ms_arena_chunk {
  ms_arena_chunk *next;
  size_t used, cap;
  alignas(max_align_t) unsigned char data[];
};

enum { CHUNK_MIN = 64 * 1024 };

void ms_arena_init(ms_arena *a) {
  a->head = NULL;
  a->total = 0;
}

void ms_arena_release(ms_arena *a) {
  ms_arena_chunk *c = a->head;
  while (c) {
    ms_arena_chunk *next = c->next;
    free(c);
    c = next;
  }
  a->head = NULL;
  a->total = 0;
}

void *ms_arena_alloc(ms_arena *a, size_t size) {
  const size_t align = alignof(max_align_t);
  size = (size + align - 1) & ~(align - 1);
  if (size == 0) size = align;
  ms_arena_chunk *c = a->head;
  if (!c || c->cap - c->used < size) {
    size_t cap = CHUNK_MIN;
    if (c && c->cap < 16 * 1024 * 1024) cap = c->cap * 2; /* grow geometrically */
    if (cap < size) cap = size;
    ms_arena_chunk *n = ms_xmalloc(sizeof *n + cap);
    n->used = 0;
    n->cap = cap;
    /* keep the fuller chunk out of the way when a huge single object is requested */
    if (c && size > CHUNK_MIN && cap == size) {
      n->next = c->next;
      c->next = n;
    } else {
      n->next = c;
      a->head = n;
    }
    a->total += cap;
    c = n;
  }
  void *p = c->data + c->used;
  c->used += size;
  memset(p, 0, size);
  return p;
}

char *ms_arena_strndup(ms_arena *a, const char *s, size_t len) {
  char *p = ms_arena_alloc(a, len + 1);
  memcpy(p, s, len);
  p[len] = 0;
  return p;
}

char *ms_arena_strdup(ms_arena *a, const char *s) { return ms_arena_strndup(a, s, strlen(s)); }

void *ms_vec_push(ms_arena *a, ms_vec *v, size_t size) {
  if (v->len == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 8;
    void *n = ms_arena_alloc(a, cap * size);
    if (v->len) memcpy(n, v->items, v->len * size);
    v->items = n;
    v->cap = cap;
  }
  void *p = (unsigned char *)v->items + v->len * size;
  memset(p, 0, size);
  v->len++;
  return p;
}
