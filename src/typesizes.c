/*
 * The `-Zprint-type-sizes` table: rustc's printed sizes, variants and fields, read as they
 * are (docs/sizes.md).  The layout stage (layout.c) matches coroutines against it.
 *
 * No file-scope mutable state: the table owns its arena.
 */
#include "alloc.h"
#include "typesizes.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t hash_str(const char *s) {
  size_t h = 1469598103934665603u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}

ms_type_sizes *ms_ts_new(void) {
  ms_type_sizes *ts = ms_xcalloc(1, sizeof *ts);
  ms_arena_init(&ts->arena);
  return ts;
}

void ms_ts_free(ms_type_sizes *ts) {
  if (!ts) return;
  ms_arena_release(&ts->arena);
  free(ts);
}

size_t ms_ts_type_count(const ms_type_sizes *ts) { return ts ? ts->types.len : 0; }

static ts_type *ts_lookup(const ms_type_sizes *ts, const char *name) {
  if (!ts || !ts->nbuckets) return NULL;
  for (ts_type *t = ts->buckets[hash_str(name) & (ts->nbuckets - 1)]; t; t = t->next_same)
    if (!strcmp(t->name, name)) return t;
  return NULL;
}

const struct ms_ts_type *ms_ts_find(const ms_type_sizes *ts, const char *name, size_t i) {
  for (ts_type *t = ts_lookup(ts, name); t; t = t->next_same)
    if (!strcmp(t->name, name) && i-- == 0) return t;
  return NULL;
}

/* Chains hold entries of one name first-to-last; other names may share a bucket. */
static void ts_index(ms_type_sizes *ts, ts_type *t) {
  if (ts->types.len >= ts->nbuckets) { /* grow and rehash (old buckets stay in the arena) */
    size_t nb = ts->nbuckets ? ts->nbuckets * 4 : 256;
    ts_type **b = ms_arena_alloc(&ts->arena, nb * sizeof *b);
    ts_type **all = ts->types.items;
    for (size_t i = 0; i < ts->types.len; i++) all[i]->next_same = NULL;
    ts->buckets = b;
    ts->nbuckets = nb;
    for (size_t i = 0; i < ts->types.len; i++) { /* append keeps input order */
      ts_type **pp = &b[hash_str(all[i]->name) & (nb - 1)];
      while (*pp) pp = &(*pp)->next_same;
      *pp = all[i];
    }
  }
  ts_type **pp = &ts->buckets[hash_str(t->name) & (ts->nbuckets - 1)];
  while (*pp) pp = &(*pp)->next_same;
  *pp = t;
  ts_type **slot = ms_vec_push(&ts->arena, &ts->types, sizeof *slot);
  *slot = t;
}

static int starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

/* "N bytes" at s; returns -1 when absent. */
static long num_after(const char *s, const char *e, const char *key) {
  size_t kl = strlen(key);
  for (const char *p = s; p + kl <= e; p++)
    if (!memcmp(p, key, kl)) {
      p += kl;
      if (p >= e || !isdigit((unsigned char)*p)) return -1;
      long v = 0;
      while (p < e && isdigit((unsigned char)*p)) v = v * 10 + (*p++ - '0');
      return v;
    }
  return -1;
}

/* `NAME`: inside backquotes starting at s (s points after the opening backquote). */
static const char *bq_end(const char *s, const char *e, const char *term) {
  size_t tl = strlen(term);
  const char *best = NULL;
  for (const char *p = s; p + tl <= e; p++)
    if (!memcmp(p, term, tl)) best = p; /* the last one: names may contain "`: " */
  return best;
}

typedef struct {
  ts_type *type;
  ts_variant *variant; /* current variant */
  ms_vec ftmp;         /* fields of the current variant */
  long min_offset, pad;
} ts_parse;

static void flush_variant(ms_type_sizes *ts, ts_parse *st) {
  (void)ts;
  if (st->variant) {
    st->variant->fields = st->ftmp.items;
    st->variant->nfields = st->ftmp.len;
  }
  st->variant = NULL;
  st->ftmp = (ms_vec){0};
}

static void flush_type(ms_type_sizes *ts, ts_parse *st) {
  flush_variant(ts, st);
  if (st->type) {
    st->type->variants = st->type->vtmp.items;
    st->type->nvariants = st->type->vtmp.len;
  }
  st->type = NULL;
}

static void new_variant(ms_type_sizes *ts, ts_parse *st, const char *name, long size) {
  flush_variant(ts, st);
  ts_variant *v = ms_vec_push(&ts->arena, &st->type->vtmp, sizeof *v);
  v->name = name;
  v->size = size;
  st->variant = v;
  st->min_offset = st->type->discr;
  st->pad = 0;
}

long ms_ts_add(ms_type_sizes *ts, const char *text, size_t len) {
  if (!ts || !text) return 0;
  const char *p = text, *end = text + len;
  ts_parse st = {0};
  long ntypes = 0;
  static const char PFX[] = "print-type-size ";
  while (p < end) {
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    const char *le = e;
    if (le > p && le[-1] == '\r') le--;
    if ((size_t)(le - p) > sizeof PFX - 1 && !memcmp(p, PFX, sizeof PFX - 1)) {
      const char *s = p + sizeof PFX - 1;
      size_t indent = 0;
      while (s < le && *s == ' ') s++, indent++;
      if (indent == 0 && le - s > 7 && !memcmp(s, "type: `", 7)) {
        flush_type(ts, &st);
        const char *n0 = s + 7, *n1 = bq_end(n0, le, "`: ");
        if (!n1) goto next;
        ts_type *t = ms_arena_alloc(&ts->arena, sizeof *t);
        t->name = ms_arena_strndup(&ts->arena, n0, (size_t)(n1 - n0));
        t->size = num_after(n1, le, "`: ");
        t->align = num_after(n1, le, "alignment: ");
        ts_index(ts, t);
        st.type = t;
        ntypes++;
      } else if (st.type && starts(s, "discriminant: ")) {
        st.type->discr = num_after(s, le, "discriminant: ");
        if (st.type->discr < 0) st.type->discr = 0;
      } else if (st.type && indent <= 4 && starts(s, "variant `")) {
        const char *n0 = s + 9, *n1 = bq_end(n0, le, "`: ");
        if (!n1) goto next;
        new_variant(ts, &st, ms_arena_strndup(&ts->arena, n0, (size_t)(n1 - n0)),
                    num_after(n1, le, "`: "));
      } else if (st.type && (starts(s, "padding: ") || starts(s, "end padding: "))) {
        long v = num_after(s, le, "padding: ");
        if (v > 0) st.pad += v;
      } else if (st.type && (starts(s, "field `") || starts(s, "upvar `") || starts(s, "local `"))) {
        if (indent <= 4 && !st.variant) /* struct-like: an unnamed variant */
          new_variant(ts, &st, NULL, st.type->size);
        if (!st.variant) goto next;
        ts_field *f = ms_vec_push(&ts->arena, &st.ftmp, sizeof *f);
        f->kind = s[0] == 'u' ? TSF_UPVAR : s[0] == 'l' ? TSF_LOCAL : TSF_FIELD;
        const char *n0 = s + 7, *n1 = bq_end(n0, le, "`: ");
        if (!n1) n1 = n0;
        if (n0 < n1 && *n0 == '.') n0++;
        f->name = ms_arena_strndup(&ts->arena, n0, (size_t)(n1 - n0));
        f->size = num_after(n1, le, "`: ");
        if (f->size < 0) f->size = 0;
        long off = num_after(n1, le, "offset: ");
        f->offset = off >= 0 ? off : st.min_offset + st.pad;
        f->align = num_after(n1, le, "alignment: ");
        if (f->align < 0) f->align = 0;
        const char *ty = bq_end(n1, le, ", type: ");
        f->type = ty ? ms_arena_strndup(&ts->arena, ty + 8, (size_t)(le - ty - 8)) : "";
        st.min_offset = f->offset + f->size;
        st.pad = 0;
      }
    }
  next:
    p = e < end ? e + 1 : end;
  }
  flush_type(ts, &st);
  return ntypes;
}

long ms_ts_entry_size(const struct ms_ts_type *t) { return t ? t->size : -1; }
long ms_ts_entry_align(const struct ms_ts_type *t) { return t ? t->align : -1; }
long ms_ts_entry_discr(const struct ms_ts_type *t) { return t ? t->discr : -1; }
size_t ms_ts_entry_variant_count(const struct ms_ts_type *t) { return t ? t->nvariants : 0; }

const char *ms_ts_entry_variant(const struct ms_ts_type *t, size_t v, long *size, size_t *nfields) {
  if (!t || v >= t->nvariants) return NULL;
  if (size) *size = t->variants[v].size;
  if (nfields) *nfields = t->variants[v].nfields;
  return t->variants[v].name;
}

const char *ms_ts_entry_field(const struct ms_ts_type *t, size_t v, size_t f, char *kind, long *size,
                              long *offset, long *align, const char **type) {
  if (!t || v >= t->nvariants || f >= t->variants[v].nfields) return NULL;
  const ts_field *x = &t->variants[v].fields[f];
  if (kind) *kind = x->kind == TSF_UPVAR ? 'u' : x->kind == TSF_LOCAL ? 'l' : 'f';
  if (size) *size = x->size;
  if (offset) *offset = x->offset;
  if (align) *align = x->align;
  if (type) *type = x->type;
  return x->name;
}

bool ms_ts_is_coroutine(const ts_type *t) {
  for (size_t i = 0; i < t->nvariants; i++)
    if (t->variants[i].name && !strcmp(t->variants[i].name, "Unresumed")) return true;
  return false;
}
