/*
 * The `-Zprint-type-sizes` table (typesizes.c): every printed type with its size, alignment,
 * discriminant, variants and fields, in input order.  Read by the layout stage (layout.c)
 * and by tests.
 */
#ifndef MS_TYPESIZES_H
#define MS_TYPESIZES_H

#include "arena.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct ms_type_sizes ms_type_sizes;

typedef enum { TSF_FIELD, TSF_UPVAR, TSF_LOCAL } ts_field_kind;

typedef struct {
  ts_field_kind kind;
  const char *name; /* without the leading `.`: "x", "__awaitee", ".coroutine_field3" */
  long size, offset; /* offset: printed, or derived from the preceding fields and padding */
  long align;        /* 0 when not printed */
  const char *type;  /* "" when not printed */
} ts_field;

typedef struct {
  const char *name; /* NULL for the fields of a struct-like type */
  long size;        /* as printed (rustc subtracts the discriminant) */
  ts_field *fields;
  size_t nfields;
} ts_variant;

struct ms_ts_type {
  const char *name;
  long size, align, discr; /* discr 0 when no discriminant line */
  ts_variant *variants;
  size_t nvariants;
  struct ms_ts_type *next_same; /* next entry with the same name */
  ms_vec vtmp;                  /* of ts_variant, while parsing */
};
typedef struct ms_ts_type ts_type;

struct ms_type_sizes {
  ms_arena arena;
  ms_vec types; /* of ts_type * in input order */
  ts_type **buckets;
  size_t nbuckets;
};

ms_type_sizes *ms_ts_new(void);
void ms_ts_free(ms_type_sizes *ts);
/* Parse print-type-size lines; returns the number of types read. */
long ms_ts_add(ms_type_sizes *ts, const char *text, size_t len);
/* Does the entry describe a coroutine (it has an `Unresumed` variant)? */
bool ms_ts_is_coroutine(const ts_type *t);

/* Read access to a parsed table (tests, reports). */
size_t ms_ts_type_count(const ms_type_sizes *ts);
/* i-th entry named `name` (entries keep their input order), NULL when none. */
const struct ms_ts_type *ms_ts_find(const ms_type_sizes *ts, const char *name, size_t i);
long ms_ts_entry_size(const struct ms_ts_type *t);
long ms_ts_entry_align(const struct ms_ts_type *t);
long ms_ts_entry_discr(const struct ms_ts_type *t);
size_t ms_ts_entry_variant_count(const struct ms_ts_type *t);
/* Variant name (NULL for a struct's fields), printed size and field count. */
const char *ms_ts_entry_variant(const struct ms_ts_type *t, size_t v, long *size, size_t *nfields);
/* Field name without its leading dot; kind 'f' field, 'u' upvar, 'l' local; align 0 and
 * type "" when not printed. */
const char *ms_ts_entry_field(const struct ms_ts_type *t, size_t v, size_t f, char *kind, long *size,
                              long *offset, long *align, const char **type);

#endif
