#include "alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Noreturn void out_of_memory(size_t n) {
  fprintf(stderr, "mirscope: out of memory (allocating %zu bytes)\n", n);
  abort();
}

void *ms_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) out_of_memory(n);
  return p;
}

void *ms_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) out_of_memory(count * size);
  return p;
}

void *ms_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) out_of_memory(n);
  return q;
}

char *ms_xstrndup(const char *s, size_t n) {
  char *r = ms_xmalloc(n + 1);
  memcpy(r, s, n);
  r[n] = 0;
  return r;
}

char *ms_xstrdup(const char *s) { return ms_xstrndup(s, strlen(s)); }

_Noreturn void ms_api_misuse(const char *fn, const char *what) {
  fprintf(stderr, "mirscope: %s: %s (see mirscope.h)\n", fn, what);
  abort();
}

_Noreturn void ms_internal_error(const char *what) {
  fprintf(stderr, "mirscope: internal error: %s\n", what);
  abort();
}
