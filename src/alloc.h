/*
 * Allocation (alloc.c).  The library's error policy for memory, written once in mirscope.h:
 * an allocation that fails prints one line to stderr and aborts, as tree-sitter and cmark
 * do, so no function returns NULL or an error for lack of memory and no caller checks.
 */
#ifndef MS_ALLOC_H
#define MS_ALLOC_H

#include <stddef.h>

void *ms_xmalloc(size_t n);
void *ms_xcalloc(size_t count, size_t size);
void *ms_xrealloc(void *p, size_t n);
char *ms_xstrdup(const char *s);
char *ms_xstrndup(const char *s, size_t n);
/* A condition the library's own invariants exclude (a tree-sitter runtime that rejects the
 * grammar it was built with): one line on stderr, then abort, like allocation failure. */
_Noreturn void ms_internal_error(const char *what);
/* A public function called out of the order mirscope.h gives (a writer before
 * ms_crate_finish): one line naming it and what was missing, then abort, as an assertion
 * would; the output would be silently wrong otherwise (sizes -1, no findings). */
_Noreturn void ms_api_misuse(const char *fn, const char *what);

#endif
