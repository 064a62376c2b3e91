/* Arena allocator: every IR object of a document lives in one arena, freed at once. */
#ifndef MS_ARENA_H
#define MS_ARENA_H

#include <stddef.h>

typedef struct ms_arena_chunk ms_arena_chunk;

typedef struct ms_arena {
  ms_arena_chunk *head;
  size_t total; /* bytes reserved, for statistics */
} ms_arena;

void ms_arena_init(ms_arena *a);
void ms_arena_release(ms_arena *a);
/* Zeroed memory, aligned for any object (never NULL: allocation failure aborts, alloc.h). */
void *ms_arena_alloc(ms_arena *a, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *ms_arena_strndup(ms_arena *a, const char *s, size_t len);
char *ms_arena_strdup(ms_arena *a, const char *s);

/* Growable array whose storage lives in an arena (old storage is abandoned on growth,
 * which is fine for the append-mostly IR). */
typedef struct {
  void *items;
  size_t len, cap;
} ms_vec;

/* Append one element of `size` bytes; returns a pointer to it (zeroed, never NULL). */
void *ms_vec_push(ms_arena *a, ms_vec *v, size_t size);

#endif
