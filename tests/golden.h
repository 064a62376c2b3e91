/* Golden files for the unit tests (golden.c): one way to compare and to update them. */
#ifndef MS_TEST_GOLDEN_H
#define MS_TEST_GOLDEN_H

#include <stddef.h>

/* The whole file, NUL-terminated (length in *len), or NULL when it cannot be read. */
char *golden_slurp(const char *path, size_t *len);

/* Compare got[0..len) with SRCDIR/tests/golden/NAME byte for byte.  On a difference the test
 * fails naming the first differing line and leaves the output beside the golden file as
 * NAME.got (git-ignored); with UPDATE_GOLDEN=1 the golden file is rewritten instead. */
void golden_check(const char *name, const char *got, size_t len);

#endif
