#ifndef MS_READFILE_H
#define MS_READFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The whole file ("-": standard input), NUL-terminated, malloc'd; NULL with *err set (a
 * static or strerror string) on failure. */
char *ms_read_file(const char *path, size_t *len, const char **err);

#endif
