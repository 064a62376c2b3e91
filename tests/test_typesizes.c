/* Unit tests for src/typesizes.c: -Zprint-type-sizes tables, computed layouts, lower bounds. */
#define _POSIX_C_SOURCE 200809L /* strtok_r */
#include "layout.h"
#include "model.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- real table excerpts */

/* corpus/stable/basic/type-sizes.txt (rustc 1.95) */
static const char ONE_AWAIT[] =
    "print-type-size type: `{async fn body of one_await()}`: 20 bytes, alignment: 4 bytes\n"
    "print-type-size     discriminant: 1 bytes\n"
    "print-type-size     variant `Unresumed`: 4 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes, offset: 0 bytes, alignment: 4 bytes\n"
    "print-type-size     variant `Suspend0`: 16 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes, offset: 0 bytes, alignment: 4 bytes\n"
    "print-type-size         local `.__awaitee`: 12 bytes, type: Recv<u32>\n"
    "print-type-size     variant `Returned`: 4 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes, offset: 0 bytes, alignment: 4 bytes\n"
    "print-type-size     variant `Panicked`: 4 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes, offset: 0 bytes, alignment: 4 bytes\n"
    "print-type-size type: `rt::Recv<u64>`: 24 bytes, alignment: 8 bytes\n"
    "print-type-size     field `.value`: 16 bytes\n"
    "print-type-size     field `.delay`: 1 bytes\n"
    "print-type-size     end padding: 7 bytes\n"
    "some unrelated compiler output\n";

/* corpus/stable/generic/type-sizes.txt: one generic async fn, two instances */
static const char MAX_OF[] =
    "print-type-size type: `{async fn body of max_of<f64>()}`: 64 bytes, alignment: 8 bytes\n"
    "print-type-size     discriminant: 1 bytes\n"
    "print-type-size     variant `Unresumed`: 16 bytes\n"
    "print-type-size         upvar `.a`: 8 bytes, offset: 0 bytes, alignment: 8 bytes\n"
    "print-type-size         upvar `.b`: 8 bytes\n"
    "print-type-size     variant `Suspend0`: 63 bytes\n"
    "print-type-size         upvar `.a`: 8 bytes, offset: 0 bytes, alignment: 8 bytes\n"
    "print-type-size         upvar `.b`: 8 bytes\n"
    "print-type-size         local `.b`: 8 bytes\n"
    "print-type-size         padding: 16 bytes\n"
    "print-type-size         local `.__awaitee`: 24 bytes, alignment: 8 bytes, type: Recv<f64>\n"
    "print-type-size type: `{async fn body of max_of<u8>()}`: 8 bytes, alignment: 1 bytes\n"
    "print-type-size     discriminant: 1 bytes\n"
    "print-type-size     variant `Unresumed`: 2 bytes\n"
    "print-type-size         upvar `.a`: 1 bytes\n"
    "print-type-size         upvar `.b`: 1 bytes\n"
    "print-type-size     variant `Suspend0`: 7 bytes\n"
    "print-type-size         upvar `.a`: 1 bytes\n"
    "print-type-size         upvar `.b`: 1 bytes\n"
    "print-type-size         local `.b`: 1 bytes\n"
    "print-type-size         padding: 1 bytes\n"
    "print-type-size         local `.__awaitee`: 3 bytes, alignment: 1 bytes, type: Recv<u8>\n";

/* corpus/stable/drops-panic-abort/type-sizes.txt: an unnamed saved local */
static const char ANON_FIELD[] =
    "print-type-size type: `{async fn body of anon()}`: 536 bytes, alignment: 8 bytes\n"
    "print-type-size     discriminant: 1 bytes\n"
    "print-type-size     variant `Suspend0`: 535 bytes\n"
    "print-type-size         upvar `.table`: 512 bytes, offset: 0 bytes, alignment: 8 bytes\n"
    "print-type-size         upvar `.idx`: 8 bytes\n"
    "print-type-size         local `..coroutine_field2`: 8 bytes, alignment: 8 bytes, type: u64\n";

/* rustc 1.95 on
 *   pub async fn tick() {}
 *   pub async fn leaf(x: u32) -> u64 { let w = uu(); tick().await; w + x as u64 }
 *   pub async fn parent() -> u64 { leaf(3).await }
 *   pub async fn two(x: u32) -> u64 { let b = bb(); let w = uu(); tick().await;
 *                                     let r = w + x as u64; tick().await; if b { r } else { 0 } }
 * (uu() -> u64, bb() -> bool opaque helpers), -Zprint-type-sizes: */
static const char TICK_TABLE[] =
    "print-type-size type: `{async fn body of two()}`: 40 bytes, alignment: 8 bytes\n"
    "print-type-size     discriminant: 1 bytes\n"
    "print-type-size     variant `Unresumed`: 12 bytes\n"
    "print-type-size         padding: 7 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes, alignment: 4 bytes\n"
    "print-type-size type: `{async fn body of parent()}`: 32 bytes, alignment: 8 bytes\n"
    "print-type-size     discriminant: 1 bytes\n"
    "print-type-size     variant `Unresumed`: 0 bytes\n"
    "print-type-size type: `{async fn body of leaf()}`: 24 bytes, alignment: 8 bytes\n"
    "print-type-size     discriminant: 1 bytes\n"
    "print-type-size     variant `Unresumed`: 12 bytes\n"
    "print-type-size         padding: 7 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes, alignment: 4 bytes\n"
    "print-type-size     variant `Suspend0`: 17 bytes\n"
    "print-type-size         local `.w`: 8 bytes, offset: 0 bytes, alignment: 8 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes\n"
    "print-type-size         local `.x`: 4 bytes\n"
    "print-type-size         local `.__awaitee`: 1 bytes, type: {async fn body of tick()}\n"
    "print-type-size     variant `Returned`: 12 bytes\n"
    "print-type-size         padding: 7 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes, alignment: 4 bytes\n"
    "print-type-size     variant `Panicked`: 12 bytes\n"
    "print-type-size         padding: 7 bytes\n"
    "print-type-size         upvar `.x`: 4 bytes, alignment: 4 bytes\n";

/* The saved-local types of those bodies as the MIR layout prints them. */
#define TICK_TY                                                                                    \
  "Coroutine(\n                DefId(0:16 ~ t[8f48]::tick::{closure#0}),\n                [\n" \
  "                    (),\n                    std::future::ResumeTy,\n"                        \
  "                    (),\n                    (),\n                    (),\n                ],\n" \
  "            )"
#define LEAF_TY                                                                                    \
  "Coroutine(\n                DefId(0:24 ~ t[8f48]::leaf::{closure#0}),\n                [\n" \
  "                    (),\n                    std::future::ResumeTy,\n"                        \
  "                    (),\n                    u64,\n                    (u32,),\n"            \
  "                ],\n            )"

/* ---------------------------------------------------------------- building coroutines */

static ms_crate *crate_new(int pointer_width) {
  ms_crate *c = calloc(1, sizeof *c);
  ck_assert_ptr_nonnull(c);
  ms_arena_init(&c->arena);
  c->opts.pointer_width = pointer_width;
  return c;
}

static void crate_free(ms_crate *c) {
  ms_ts_free(c->ts);
  ms_arena_release(&c->arena);
  free(c);
}

static void crate_table(ms_crate *c, const char *text) {
  if (!c->ts) c->ts = ms_ts_new();
  ck_assert_int_ge(ms_ts_add(c->ts, text, strlen(text)), 1);
}

/*
 * saved: "name:type|name:type" (name may be empty); upvars likewise (field index = position);
 * states: "Unresumed:;Returned:;Panicked:;Suspend0:0,1" (indices into saved).
 */
static ms_coroutine *co_add(ms_crate *c, const char *def_path, const char *self_type, const char *saved,
                            const char *upvars, const char *states) {
  ms_coroutine *co = ms_arena_alloc(&c->arena, sizeof *co);
  ms_coroutine **slot = ms_vec_push(&c->arena, &c->coroutines, sizeof *slot);
  ck_assert_ptr_nonnull(co);
  ck_assert_ptr_nonnull(slot);
  *slot = co;
  co->def_path = def_path;
  co->self_type = self_type;
  co->kind = strstr(self_type, "async fn body") ? MS_KIND_ASYNC_FN : MS_KIND_ASYNC_BLOCK;
  co->file = "test.mir";
  co->pass = "coroutine_resume";
  co->saved = ms_arena_alloc(&c->arena, 32 * sizeof *co->saved);
  co->upvars = ms_arena_alloc(&c->arena, 32 * sizeof *co->upvars);
  co->states = ms_arena_alloc(&c->arena, 32 * sizeof *co->states);
  char buf[4096];
  snprintf(buf, sizeof buf, "%s", saved);
  for (char *save = NULL, *t = strtok_r(buf, "|", &save); t; t = strtok_r(NULL, "|", &save)) {
    co_saved *sv = &co->saved[co->nsaved];
    char *colon = strchr(t, ':');
    *colon = 0;
    char id[16];
    snprintf(id, sizeof id, "_s%zu", co->nsaved);
    sv->id = ms_arena_strdup(&c->arena, id);
    sv->index = (unsigned)co->nsaved;
    sv->name = ms_arena_strdup(&c->arena, t);
    sv->type = ms_arena_strdup(&c->arena, colon + 1);
    sv->span = "";
    sv->bytes = -1;
    co->nsaved++;
  }
  snprintf(buf, sizeof buf, "%s", upvars);
  for (char *save = NULL, *t = strtok_r(buf, "|", &save); t; t = strtok_r(NULL, "|", &save)) {
    co_upvar *u = &co->upvars[co->nupvars];
    char *colon = strchr(t, ':');
    *colon = 0;
    u->name = ms_arena_strdup(&c->arena, t);
    u->type = ms_arena_strdup(&c->arena, colon + 1);
    u->field = (unsigned)co->nupvars;
    u->bytes = -1;
    co->nupvars++;
  }
  snprintf(buf, sizeof buf, "%s", states);
  for (char *save = NULL, *t = strtok_r(buf, ";", &save); t; t = strtok_r(NULL, ";", &save)) {
    co_state *st = &co->states[co->nstates];
    char *colon = strchr(t, ':');
    *colon = 0;
    st->name = ms_arena_strdup(&c->arena, t);
    st->discr = (unsigned)co->nstates;
    st->entry = -1;
    st->bytes = -1;
    st->fields = ms_arena_alloc(&c->arena, 32 * sizeof *st->fields);
    for (char *p = colon + 1; *p;) {
      st->fields[st->nfields++] = strtoul(p, &p, 10);
      if (*p == ',') p++;
    }
    co->nstates++;
  }
  co->size = -1;
  return co;
}

static const char STATES3[] = "Unresumed:;Returned:;Panicked:";

static bool has_unknown(const ms_coroutine *co, const char *t) {
  for (size_t i = 0; i < co->nunknown; i++)
    if (!strcmp(co->unknown[i], t)) return true;
  return false;
}

static long state_bytes(const ms_coroutine *co, const char *name) {
  for (size_t s = 0; s < co->nstates; s++)
    if (!strcmp(co->states[s].name, name)) return co->states[s].bytes;
  return -2;
}

/* ---------------------------------------------------------------- table parsing */

START_TEST(test_parse_table) {
  ms_type_sizes *ts = ms_ts_new();
  ck_assert_int_eq(ms_ts_add(ts, ONE_AWAIT, strlen(ONE_AWAIT)), 2);
  ck_assert_int_eq(ms_ts_add(ts, ANON_FIELD, strlen(ANON_FIELD)), 1);
  ck_assert_uint_eq(ms_ts_type_count(ts), 3);
  const struct ms_ts_type *t = ms_ts_find(ts, "{async fn body of one_await()}", 0);
  ck_assert_ptr_nonnull(t);
  ck_assert_ptr_null(ms_ts_find(ts, "{async fn body of one_await()}", 1));
  ck_assert_int_eq(ms_ts_entry_size(t), 20);
  ck_assert_int_eq(ms_ts_entry_align(t), 4);
  ck_assert_int_eq(ms_ts_entry_discr(t), 1);
  ck_assert_uint_eq(ms_ts_entry_variant_count(t), 4);
  long size;
  size_t nf;
  ck_assert_str_eq(ms_ts_entry_variant(t, 1, &size, &nf), "Suspend0");
  ck_assert_int_eq(size, 16);
  ck_assert_uint_eq(nf, 2);
  char kind;
  long off, al;
  const char *ty;
  ck_assert_str_eq(ms_ts_entry_field(t, 1, 1, &kind, &size, &off, &al, &ty), "__awaitee");
  ck_assert_int_eq(kind, 'l');
  ck_assert_int_eq(size, 12);
  ck_assert_int_eq(off, 4); /* follows `.x` (0..4) without padding */
  ck_assert_int_eq(al, 0);  /* not printed */
  ck_assert_str_eq(ty, "Recv<u32>");
  ck_assert_str_eq(ms_ts_entry_field(t, 1, 0, &kind, &size, &off, &al, &ty), "x");
  ck_assert_int_eq(kind, 'u');
  ck_assert_int_eq(off, 0);
  /* a plain struct: older `field` lines, end padding */
  t = ms_ts_find(ts, "rt::Recv<u64>", 0);
  ck_assert_ptr_nonnull(t);
  ck_assert_int_eq(ms_ts_entry_discr(t), 0);
  ck_assert_uint_eq(ms_ts_entry_variant_count(t), 1);
  ck_assert_ptr_null(ms_ts_entry_variant(t, 0, &size, &nf));
  ck_assert_uint_eq(nf, 2);
  ck_assert_str_eq(ms_ts_entry_field(t, 0, 1, &kind, &size, &off, &al, &ty), "delay");
  ck_assert_int_eq(kind, 'f');
  ck_assert_int_eq(off, 16);
  /* `..coroutine_field2`: the name keeps one dot; offsets after padding */
  t = ms_ts_find(ts, "{async fn body of anon()}", 0);
  ck_assert_str_eq(ms_ts_entry_field(t, 0, 2, &kind, &size, &off, &al, &ty), ".coroutine_field2");
  ck_assert_int_eq(off, 520);
  ck_assert_int_eq(al, 8);
  ck_assert_str_eq(ty, "u64");
  ms_ts_free(ts);
  ms_ts_free(NULL);
}
END_TEST

START_TEST(test_parse_garbage) {
  ms_type_sizes *ts = ms_ts_new();
  static const char junk[] = "print-type-size type: `broken\nprint-type-size     variant `X`: 3 bytes\n"
                             "print-type-size\n\nprint-type-size type: `A`: 1 bytes, alignment: 1 bytes\r\n";
  ck_assert_int_eq(ms_ts_add(ts, junk, strlen(junk)), 1);
  ck_assert_int_eq(ms_ts_entry_size(ms_ts_find(ts, "A", 0)), 1);
  /* duplicates are kept, in order */
  ck_assert_int_eq(ms_ts_add(ts, junk, strlen(junk)), 1);
  ck_assert_ptr_nonnull(ms_ts_find(ts, "A", 1));
  ms_ts_free(ts);
}
END_TEST

/* ---------------------------------------------------------------- exact */

START_TEST(test_exact) {
  ms_crate *c = crate_new(64);
  crate_table(c, ONE_AWAIT);
  ms_coroutine *co = co_add(c, "one_await::{closure#0}", "{async fn body of one_await()}",
                            "__awaitee:rt::Recv<u32>", "x:u32", "Unresumed:;Returned:;Panicked:;Suspend0:0");
  ms_sizes_resolve(c);
  ck_assert_int_eq(co->size_source, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(co->size, 20);
  ck_assert_uint_eq(co->ninstances, 1);
  ck_assert_uint_eq(co->tag_bytes, 1);
  ck_assert_uint_eq(co->nunknown, 0);
  /* rustc's variant sizes: printed value + discriminant */
  ck_assert_int_eq(state_bytes(co, "Unresumed"), 5);
  ck_assert_int_eq(state_bytes(co, "Suspend0"), 17);
  ck_assert_int_eq(state_bytes(co, "Panicked"), 5);
  ck_assert_int_eq(co->saved[0].bytes, 12);
  ck_assert_int_eq(co->upvars[0].bytes, 4);
  ck_assert_uint_eq(co->upvars[0].align, 4);
  crate_free(c);
}
END_TEST

START_TEST(test_exact_generic_two_instances) {
  ms_crate *c = crate_new(64);
  crate_table(c, MAX_OF);
  ms_coroutine *co = co_add(c, "max_of::{closure#0}", "{async fn body of max_of<T>()}", "b:T/#0|__awaitee:rt::Recv<T/#0>",
                            "a:T|b:T", "Unresumed:;Returned:;Panicked:;Suspend0:0,1");
  ms_sizes_resolve(c);
  ck_assert_int_eq(co->size_source, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_uint_eq(co->ninstances, 2);
  ck_assert_int_eq(co->instances[0], 64);
  ck_assert_int_eq(co->instances[1], 8);
  ck_assert_int_eq(co->size, 64); /* the largest */
  ck_assert_int_eq(state_bytes(co, "Suspend0"), 64);
  crate_free(c);
}
END_TEST

START_TEST(test_match_paths) {
  static const char tab[] =
      "print-type-size type: `{async fn body of client::Client::prepare()}`: 1000 bytes, alignment: 8 bytes\n"
      "print-type-size     variant `Unresumed`: 16 bytes\n"
      "print-type-size type: `{async fn body of tokio::net::TcpStream::connect<std::net::SocketAddr>()}`: 160 bytes, alignment: 8 bytes\n"
      "print-type-size     variant `Unresumed`: 16 bytes\n"
      "print-type-size type: `{async fn body of <SlowStore as Store>::get()}`: 56 bytes, alignment: 8 bytes\n"
      "print-type-size     variant `Unresumed`: 16 bytes\n"
      "print-type-size type: `{async fn body of <MemStore as Store>::get()}`: 16 bytes, alignment: 8 bytes\n"
      "print-type-size     variant `Unresumed`: 16 bytes\n"
      "print-type-size type: `{async block@/build/src/generic.rs:69:5: 69:15}`: 48 bytes, alignment: 8 bytes\n"
      "print-type-size     variant `Unresumed`: 16 bytes\n"
      "print-type-size type: `{async block@/build/src/generic.rs:69:5: 69:15}`: 24 bytes, alignment: 8 bytes\n"
      "print-type-size     variant `Unresumed`: 16 bytes\n";
  ms_crate *c = crate_new(64);
  crate_table(c, tab);
  /* a path printed shorter in MIR, an impl segment in the def path */
  ms_coroutine *a = co_add(c, "client::<impl at src/client.rs:174:1: 174:12>::prepare::{closure#0}",
                           "{async fn body of Client::prepare()}", "", "", STATES3);
  /* a crate-root `connect` is not tokio's */
  ms_coroutine *b = co_add(c, "connect::{closure#0}", "{async fn body of connect<T>()}", "", "", STATES3);
  /* `<Self as Store>` (a default method) would match both impls; a concrete one only its own */
  ms_coroutine *d = co_add(c, "<impl at src/generic.rs:96:1: 96:24>::get::{closure#0}",
                           "{async fn body of <MemStore as Store>::get()}", "", "", STATES3);
  /* spans: the table's path is absolute, the MIR's relative */
  ms_coroutine *e = co_add(c, "delayed::{closure#0}", "{async block@src/generic.rs:69:5: 69:15}", "", "", STATES3);
  ms_sizes_resolve(c);
  ck_assert_int_eq(a->size_source, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(a->size, 1000);
  ck_assert_int_ne(b->size_source, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(b->size, 1); /* just the tag */
  ck_assert_int_eq(d->size, 16);
  ck_assert_uint_eq(d->ninstances, 1);
  ck_assert_uint_eq(e->ninstances, 2);
  ck_assert_int_eq(e->size, 48);
  crate_free(c);
}
END_TEST

START_TEST(test_async_closure_bodies) {
  /* `{closure#0}` (by reference) and `{synthetic#0}` (by move) bodies share a self type; the
   * table's one entry is the one that fits the by-reference body */
  static const char tab[] =
      "print-type-size type: `{async closure body@src/nested.rs:64:42: 67:6}`: 16 bytes, alignment: 8 bytes\n"
      "print-type-size     discriminant: 1 bytes\n"
      "print-type-size     variant `Unresumed`: 8 bytes\n"
      "print-type-size         upvar `.name`: 8 bytes, offset: 0 bytes, alignment: 8 bytes\n";
  const char *self = "{async closure body@src/nested.rs:64:42: 67:6}";
  ms_crate *c = crate_new(64);
  crate_table(c, tab);
  ms_coroutine *byref = co_add(c, "closures::{closure#0}::{closure#1}::{closure#0}", self, "__awaitee:rt::YieldNow",
                               "name:&std::string::String", "Unresumed:;Returned:;Panicked:;Suspend0:0");
  ms_coroutine *bymove = co_add(c, "closures::{closure#0}::{closure#1}::{synthetic#0}", self, "__awaitee:rt::YieldNow",
                                "name:std::string::String", "Unresumed:;Returned:;Panicked:;Suspend0:0");
  ms_sizes_resolve(c);
  ck_assert_int_eq(byref->size_source, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(byref->size, 16);
  ck_assert_int_eq(bymove->size_source, MS_SIZE_LOWER_BOUND);
  ck_assert_int_eq(bymove->size, 32);
  ck_assert(has_unknown(bymove, "rt::YieldNow"));
  crate_free(c);
}
END_TEST

/* ---------------------------------------------------------------- computed */

static void add_tick_crate(ms_crate *c, ms_coroutine **tick, ms_coroutine **leaf, ms_coroutine **parent,
                           ms_coroutine **two) {
  *tick = co_add(c, "tick::{closure#0}", "{async fn body of tick()}", "", "", STATES3);
  *leaf = co_add(c, "leaf::{closure#0}", "{async fn body of leaf()}", "x:u32|w:u64|__awaitee:" TICK_TY, "x:u32",
                 "Unresumed:;Returned:;Panicked:;Suspend0:0,1,2");
  *parent = co_add(c, "parent::{closure#0}", "{async fn body of parent()}", "__awaitee:" LEAF_TY, "",
                   "Unresumed:;Returned:;Panicked:;Suspend0:0");
  *two = co_add(c, "two::{closure#0}", "{async fn body of two()}",
                "x:u32|b:bool|w:u64|__awaitee:" TICK_TY "|r:u64|__awaitee:" TICK_TY, "x:u32",
                "Unresumed:;Returned:;Panicked:;Suspend0:0,1,2,3;Suspend1:1,4,5");
}

START_TEST(test_computed) {
  ms_crate *c = crate_new(64);
  ms_coroutine *tick, *leaf, *parent, *two;
  add_tick_crate(c, &tick, &leaf, &parent, &two);
  ms_sizes_resolve(c);
  ck_assert_int_eq(tick->size_source, MS_SIZE_COMPUTED);
  ck_assert_int_eq(tick->size, 1);
  ck_assert_int_eq(leaf->size_source, MS_SIZE_COMPUTED);
  ck_assert_int_eq(leaf->size, 24); /* as -Zprint-type-sizes says */
  ck_assert_uint_eq(leaf->tag_bytes, 1);
  ck_assert_int_eq(state_bytes(leaf, "Unresumed"), 13); /* printed 12 + tag */
  ck_assert_int_eq(state_bytes(leaf, "Suspend0"), 18);  /* printed 17 + tag */
  ck_assert_int_eq(leaf->saved[1].bytes, 8);
  ck_assert_uint_eq(leaf->saved[1].align, 8);
  ck_assert_int_eq(leaf->saved[2].bytes, 1); /* the nested `tick` */
  ck_assert_int_eq(leaf->upvars[0].bytes, 4);
  crate_free(c);
}
END_TEST

START_TEST(test_computed_nested) {
  ms_crate *c = crate_new(64);
  ms_coroutine *tick, *leaf, *parent, *two;
  add_tick_crate(c, &tick, &leaf, &parent, &two);
  ms_sizes_resolve(c);
  ck_assert_int_eq(parent->size_source, MS_SIZE_COMPUTED);
  ck_assert_int_eq(parent->size, 32);
  ck_assert_int_eq(parent->saved[0].bytes, 24);
  ck_assert_uint_eq(parent->nunknown, 0);
  crate_free(c);
}
END_TEST

START_TEST(test_computed_matches_table) {
  /* the same crate with the table: exact where listed, and the same numbers */
  ms_crate *c = crate_new(64);
  crate_table(c, TICK_TABLE);
  ms_coroutine *tick, *leaf, *parent, *two;
  add_tick_crate(c, &tick, &leaf, &parent, &two);
  ms_sizes_resolve(c);
  ck_assert_int_eq(leaf->size_source, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(leaf->size, 24);
  ck_assert_int_eq(state_bytes(leaf, "Suspend0"), 18);
  ck_assert_int_eq(leaf->saved[1].bytes, 8); /* `.w` */
  ck_assert_int_eq(two->size_source, MS_SIZE_PRINT_TYPE_SIZES);
  ck_assert_int_eq(two->size, 40);
  ck_assert_int_eq(tick->size_source, MS_SIZE_COMPUTED); /* not in this excerpt */
  crate_free(c);
}
END_TEST

START_TEST(test_lower_bound_no_conflicts) {
  /* `two` has overlap-eligible locals in two variants: without the storage-conflict matrix
   * rustc may promote more of them (it does: 40 bytes), so only a bound is given */
  ms_crate *c = crate_new(64);
  ms_coroutine *tick, *leaf, *parent, *two;
  add_tick_crate(c, &tick, &leaf, &parent, &two);
  ms_sizes_resolve(c);
#ifndef MS_CO_HAS_CONFLICTS
  ck_assert_int_eq(two->size_source, MS_SIZE_LOWER_BOUND);
  ck_assert_int_le(two->size, 40);
  ck_assert_int_ge(two->size, 24);
  ck_assert(has_unknown(two, "(storage conflicts not given)"));
  ck_assert_int_eq(state_bytes(two, "Suspend0"), -1);
#endif
  crate_free(c);
}
END_TEST

START_TEST(test_lower_bound) {
  ms_crate *c = crate_new(64);
  ms_coroutine *co = co_add(c, "one_await::{closure#0}", "{async fn body of one_await()}",
                            "__awaitee:rt::Recv<u32>", "x:u32", "Unresumed:;Returned:;Panicked:;Suspend0:0");
  ms_coroutine *gen = co_add(c, "g::{closure#0}", "{async fn body of g<T>()}", "v:T/#0|n:u64",
                             "a:&'{erased} T/#0", "Unresumed:;Returned:;Panicked:;Suspend0:0,1");
  ms_sizes_resolve(c);
  ck_assert_int_eq(co->size_source, MS_SIZE_LOWER_BOUND);
  ck_assert_int_le(co->size, 20); /* truth: 20 */
  ck_assert_int_ge(co->size, 5);
  ck_assert_uint_eq(co->nunknown, 1);
  ck_assert_str_eq(co->unknown[0], "rt::Recv<u32>");
  ck_assert_int_eq(co->saved[0].bytes, -1);
  ck_assert_int_eq(co->upvars[0].bytes, 4);
  ck_assert_int_eq(state_bytes(co, "Suspend0"), -1);
  ck_assert_int_eq(gen->size_source, MS_SIZE_LOWER_BOUND);
  ck_assert_int_ge(gen->size, 24); /* &T + u64 + tag, at least */
  ck_assert(has_unknown(gen, "T/#0"));
  crate_free(c);
}
END_TEST

START_TEST(test_std_types) {
  /* all prefix-only (one variant): the exact univariant layout */
  ms_crate *c = crate_new(64);
  ms_coroutine *a = co_add(c, "a::{closure#0}", "{async fn body of a()}",
                           "s:std::string::String|v:std::vec::Vec<u8, std::alloc::Global>|o:std::option::Option<&'{erased} u32>"
                           "|t:(u8, u32)|arr:[u16; 5_usize]|f:&'{erased} str|bx:std::boxed::Box<dyn [Binder { value: Trait(Any) }] + '{erased}, std::alloc::Global>"
                           "|p:std::pin::Pin<&'{erased} mut u64>|r:std::ops::Range<u32>|ph:std::marker::PhantomData<u64>",
                           "", "Unresumed:;Returned:;Panicked:;Suspend0:0,1,2,3,4,5,6,7,8,9");
  ms_coroutine *b = co_add(c, "b::{closure#0}", "{async fn body of b()}", "x:std::option::Option<u32>|y:char|z:()",
                           "", "Unresumed:;Returned:;Panicked:;Suspend0:0,1,2");
  ms_sizes_resolve(c);
  ck_assert_int_eq(a->size_source, MS_SIZE_COMPUTED);
  long want[] = {24, 24, 8, 8, 10, 16, 16, 8, 8, 0};
  for (size_t i = 0; i < 10; i++) ck_assert_int_eq(a->saved[i].bytes, want[i]);
  /* 24+24+8+8+16+16+8+8 (by alignment) + 10 + 1 (tag) = 123 -> 128 */
  ck_assert_int_eq(a->size, 128);
  ck_assert_int_eq(b->saved[0].bytes, 8);
  ck_assert_int_eq(b->size, 16); /* 8 + 4 + 0 + tag 1 = 13 -> 16 */
  crate_free(c);
}
END_TEST

START_TEST(test_pointer_width) {
  ms_crate *c = crate_new(32);
  ms_coroutine *a = co_add(c, "a::{closure#0}", "{async fn body of a()}", "n:usize|s:&'{erased} [u8]", "r:&u64",
                           "Unresumed:;Returned:;Panicked:;Suspend0:0,1");
  ms_sizes_resolve(c);
  ck_assert_int_eq(a->size_source, MS_SIZE_COMPUTED);
  ck_assert_int_eq(a->saved[1].bytes, 8);
  ck_assert_int_eq(a->upvars[0].bytes, 4);
  ck_assert_int_eq(a->size, 20); /* 4 + 4 + 8 + tag -> 17 -> 20 */
  crate_free(c);
}
END_TEST

START_TEST(test_empty) {
  ms_crate *c = crate_new(64);
  ms_sizes_resolve(c); /* no coroutines */
  ms_coroutine *a = co_add(c, "a::{closure#0}", "{async fn body of a()}", "", "", STATES3);
  ms_sizes_resolve(c);
  ck_assert_int_eq(a->size_source, MS_SIZE_COMPUTED);
  ck_assert_int_eq(a->size, 1);
  ck_assert_int_eq(state_bytes(a, "Unresumed"), 1);
  crate_free(c);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("typesizes");
  TCase *t = tcase_create("table");
  tcase_add_test(t, test_parse_table);
  tcase_add_test(t, test_parse_garbage);
  tcase_add_test(t, test_exact);
  tcase_add_test(t, test_exact_generic_two_instances);
  tcase_add_test(t, test_match_paths);
  tcase_add_test(t, test_async_closure_bodies);
  suite_add_tcase(s, t);
  t = tcase_create("computed");
  tcase_add_test(t, test_computed);
  tcase_add_test(t, test_computed_nested);
  tcase_add_test(t, test_computed_matches_table);
  tcase_add_test(t, test_lower_bound_no_conflicts);
  tcase_add_test(t, test_lower_bound);
  tcase_add_test(t, test_std_types);
  tcase_add_test(t, test_pointer_width);
  tcase_add_test(t, test_empty);
  suite_add_tcase(s, t);
  return s;
}

int main(void) {
  SRunner *r = srunner_create(suite());
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
