/*
 * Per-state code that adds up (docs/code-size.md, "Per-state code"), on every coroutine of
 * corpus/ and calibration/ (each case with the (target, opt-level) of its build.txt):
 *  - the states' code figures sum to the body's estimate;
 *  - a block several arms reach is split among them: ms_co_block_sharers >= 2 for every
 *    MS_BLOCK_SHARED block, 1 for a block an arm owns, and the shared code lands on at least
 *    two states (no rule gives all shared blocks to one state), adding up to the shared
 *    blocks' price;
 *  - the own code of a state is at most its figure unless poison arms were paid first.
 */
#include "model.h"

#include <check.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SRCDIR
#define SRCDIR "."
#endif

typedef struct {
  ms_crate *crate;
} walk_ctx;

static int on_file(const char *path, void *user) {
  walk_ctx *w = user;
  if (!strstr(path, ".coroutine_resume.")) return 0;
  const char *err = NULL;
  ms_doc *doc = ms_doc_parse_file(path, &err);
  ck_assert_msg(doc != NULL, "%s: %s", path, err ? err : "?");
  ms_crate_add_doc(w->crate, doc);
  ms_doc_free(doc);
  return 0;
}

/* The target and opt-level of a case from its build.txt (corpus/ has none: the defaults). */
enum { FIELD = 128 };

static void read_build(const char *dir, char target[FIELD], char opt[FIELD]) {
  char path[8192], line[256];
  target[0] = opt[0] = 0;
  snprintf(path, sizeof path, "%s/build.txt", dir);
  FILE *f = fopen(path, "r");
  if (!f) return;
  while (fgets(line, sizeof line, f)) { /* a capture's format: key=value lines */
    line[strcspn(line, "\n")] = 0;
    if (!strncmp(line, "target=", 7)) snprintf(target, FIELD, "%.*s", FIELD - 1, line + 7);
    if (!strncmp(line, "opt_level=", 10)) snprintf(opt, FIELD, "%.*s", FIELD - 1, line + 10);
  }
  fclose(f);
}

typedef struct {
  size_t coroutines, with_shared, shared_blocks;
} tally;

/* The price of the blocks several arms reach, recomputed from the body. */
static double shared_price(const ms_crate *c, const ms_coroutine *co) {
  const char *err = NULL;
  ms_doc *doc = ms_doc_parse_file(ms_co_file(co), &err);
  ck_assert_ptr_nonnull(doc);
  const ms_body *b = ms_co_find_body(co, doc);
  ck_assert_ptr_nonnull(b);
  double p = 0;
  for (size_t k = 0; k < ms_body_block_count(b); k++) {
    const ms_block *blk = ms_body_block(b, k);
    unsigned bb = ms_block_index(blk);
    long owner = ms_co_block_owner(co, bb);
    size_t n = ms_co_block_sharers(co, bb);
    if (owner >= 0) ck_assert_msg(n == 1, "%s bb%u: owned by one state, split %zu ways", ms_co_name(co), bb, n);
    if (owner == MS_BLOCK_SHARED) {
      ck_assert_msg(n >= 2, "%s bb%u: shared, split %zu ways", ms_co_name(co), bb, n);
      ms_code_features f = {0};
      ms_code_features_add_block(&f, blk, b);
      p += ms_code_model_cost(c->code_model, &f);
    }
  }
  ms_doc_free(doc);
  return p;
}

static void check_coroutine(const ms_crate *c, const ms_coroutine *co, tally *t) {
  size_t ns = ms_co_state_count(co);
  if (!ns) return;
  t->coroutines++;
  long sum = 0;
  for (size_t s = 0; s < ns; s++) {
    ck_assert_int_ge(ms_co_state_code_bytes(co, s), 0);
    sum += ms_co_state_code_bytes(co, s);
  }
  ck_assert_msg(sum == ms_co_code_estimate(co), "%s (%s): states sum to %ld, body %ld",
                ms_co_name(co), ms_co_file(co), sum, ms_co_code_estimate(co));
  double price = shared_price(c, co), got = 0;
  size_t takers = 0;
  for (size_t s = 0; s < ns; s++) {
    got += co->states[s].shared_code;
    takers += co->states[s].shared_code > 0;
  }
  ck_assert_msg(fabs(got - price) < 1e-6 * (1 + price), "%s: shared code %.3f, blocks price %.3f",
                ms_co_name(co), got, price);
  if (price > 0) {
    t->with_shared++;
    ck_assert_msg(takers >= 2, "%s: all shared code (%.1f B) given to one state", ms_co_name(co), price);
  }
}

static void check_case(const char *dir, tally *t) {
  char target[FIELD], opt[FIELD], dumps[8192];
  read_build(dir, target, opt);
  if (strstr(dir, "/calibration/")) { /* calibration/<target>-<opt>/<case>: its build.txt says so */
    char row[300];
    snprintf(row, sizeof row, "/calibration/%s-%s/", target, opt);
    ck_assert_msg(*target && *opt && strstr(dir, row), "%s/build.txt: target '%s', opt-level '%s'",
                  dir, target, opt);
  }
  ms_crate_options o = {.target = *target ? target : NULL, .opt_level = *opt ? opt : NULL};
  ms_crate *c = ms_crate_new(&o);
  walk_ctx w = {c};
  snprintf(dumps, sizeof dumps, "%s/mir_dump", dir);
  const char *paths[1] = {dumps};
  ms_walk_paths(paths, 1, on_file, NULL, &w);
  ms_crate_finish(c);
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) check_coroutine(c, ms_crate_coroutine(c, i), t);
  ms_crate_free(c);
}

/* Every case directory two levels below root (corpus/<toolchain>/<case>, calibration/<row>/<case>). */
static void check_tree(const char *root, tally *t) {
  DIR *d1 = opendir(root);
  ck_assert_msg(d1 != NULL, "no %s", root);
  struct dirent *e1;
  while ((e1 = readdir(d1))) {
    if (e1->d_name[0] == '.' || !strcmp(e1->d_name, "src")) continue;
    char p1[4096];
    snprintf(p1, sizeof p1, "%s/%s", root, e1->d_name);
    DIR *d2 = opendir(p1);
    if (!d2) continue;
    struct dirent *e2;
    while ((e2 = readdir(d2))) {
      if (e2->d_name[0] == '.') continue;
      char p2[4096 + 260], md[4096 + 280];
      snprintf(p2, sizeof p2, "%s/%s", p1, e2->d_name);
      snprintf(md, sizeof md, "%s/mir_dump", p2);
      DIR *d3 = opendir(md);
      if (!d3) continue;
      closedir(d3);
      check_case(p2, t);
    }
    closedir(d2);
  }
  closedir(d1);
}

START_TEST(state_code_adds_up_in_corpus_and_calibration) {
  tally t = {0};
  check_tree(SRCDIR "/corpus", &t);
  check_tree(SRCDIR "/calibration", &t);
  /* the corpus alone has 260+ resume bodies, calibration/ 600+: all must have been seen */
  ck_assert_uint_gt(t.coroutines, 800);
  ck_assert_uint_gt(t.with_shared, 100);
}
END_TEST

int main(void) {
  Suite *s = suite_create("code_split");
  TCase *tc = tcase_create("split");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, state_code_adds_up_in_corpus_and_calibration);
  suite_add_tcase(s, tc);
  SRunner *r = srunner_create(s);
  srunner_run_all(r, CK_NORMAL);
  int failed = srunner_ntests_failed(r);
  srunner_free(r);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
