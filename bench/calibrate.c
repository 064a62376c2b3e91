/*
 * bench/calibrate.c — fit and check mirscope's machine-code cost model (docs/code-size.md).
 *
 * Uses the public header plus src/model.h (build with -I src).  For each corpus case directory
 * (one that holds mir_dump/ and symbols.txt, e.g. corpus/stable/basic) it builds an ms_crate
 * from the dumps and the `nm -S -C` output, so the exact size of every resume function comes
 * from the library's own symbol matching (ms_co_code_exact), and the features of each resume
 * body are the library's own counts (co->feat, filled by ms_code_features_add_block in
 * src/codecost.c): one implementation of the counting.
 *
 * Then:
 *   - fits  bytes = sum_k c_k * feature_k  over the chosen features (--fit; c_k >= 0, no
 *     constant) minimising the sum of absolute relative errors  sum |est - nm| / nm, errors
 *     above --cap (default 0.3) down-weighted (IRLS over non-negative least squares, see
 *     robust_fit);
 *   - reports, overall and per toolchain: the share of coroutines within +-30 % of nm and
 *     the Spearman rank correlation, for (a) the fit on all data, (b) leave-one-case-out
 *     cross-validation (the case left out is refitted without; a case name counts across
 *     toolchains: stable/basic and nightly/basic are left out together), (c) the
 *     coefficients hard-coded in the library (ms_co_code_estimate);
 *   - prints the coefficients as C #defines for src/codecost.c.
 *
 * Usage: calibrate [-v] [--tsv] [--fit=F1,F2,...] [--cap=X] CASEDIR...
 *   -v     one line per coroutine (nm size, estimates, fitted features)
 *   --tsv  only a TSV of all candidate features and sizes (for other tools)
 *   --fit  the features to fit (names in FEATS; default: the library's terms for x86_64 at
 *          3, 0 and s, DEFAULT_FIT_8 for the other rows)
 *   --cap  relative error above which rows weigh less (default 0.3; 0: plain L1)
 * Exit status: 0, or 1 when the library's estimate misses the thresholds on the fitting
 * cases (>= --floor, default 80 %, within +-30 %, Spearman >= 0.85), 2 on usage/input errors.
 */
#define _POSIX_C_SOURCE 200809L
#include "model.h" /* ms_code_features, the coroutine's counted features (co->feat) */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ features */

/*
 * Every candidate feature, from the library's own counts (ms_code_features, filled by
 * ms_code_features_add_block() in src/codecost.c: one implementation of the counting).  The
 * model fits a subset (--fit), by default the one the library uses for the row.
 */
enum { MAXFIT = 16 };

typedef struct {
  const char *name;
  double (*get)(const ms_code_features *f);
} feat_def;

#define FIELD(n)                                                                              \
  static double get_##n(const ms_code_features *f) { return f->n; }
FIELD(blocks)
FIELD(cleanup_blocks)
FIELD(statements)
FIELD(assigns)
FIELD(calls)
FIELD(drops)
FIELD(asserts)
FIELD(switches)
FIELD(switch_arms)
FIELD(returns)
FIELD(resumes)
FIELD(set_discriminants)
FIELD(gotos)
FIELD(calls_poll)
FIELD(calls_helper)
FIELD(calls_panic)
FIELD(cleanup_statements)
FIELD(cleanup_calls)
FIELD(cleanup_drops)
FIELD(drops_future)
FIELD(asserts_poison)
FIELD(moves_aggregate)
FIELD(aggregates)
FIELD(switch_arms_extra)
FIELD(calls_poll_inline)
FIELD(drops_repeat)
FIELD(back_edges)
FIELD(moved_bytes)
FIELD(blocks_empty)
FIELD(calls_poll_coroutine)
FIELD(calls_poll_dyn)
#undef FIELD
static double get_calls_poll_plain(const ms_code_features *f) {
  return f->calls_poll - f->calls_poll_inline - f->calls_poll_coroutine - f->calls_poll_dyn;
}
/* derived */
static double get_calls_other(const ms_code_features *f) {
  return f->calls - f->calls_poll - f->calls_helper - f->calls_panic;
}
static double get_calls_real(const ms_code_features *f) { return f->calls - f->calls_helper; }
static double get_drops_other(const ms_code_features *f) { return f->drops - f->drops_future; }
static double get_asserts_check(const ms_code_features *f) {
  return f->asserts - f->asserts_poison;
}
static double get_normal_blocks(const ms_code_features *f) {
  return f->blocks - f->cleanup_blocks;
}
static double get_normal_statements(const ms_code_features *f) {
  return f->statements - f->cleanup_statements;
}
static double get_normal_drops(const ms_code_features *f) { return f->drops - f->cleanup_drops; }
static double get_normal_calls_other(const ms_code_features *f) {
  return get_calls_other(f) - f->cleanup_calls;
}
static double get_other_statements(const ms_code_features *f) {
  return f->statements - f->moves_aggregate - f->aggregates;
}

static double get_calls_poll_awaited(const ms_code_features *f) {
  return f->calls_poll - f->calls_poll_inline;
}
static double get_calls_other_inl(const ms_code_features *f) {
  return get_calls_other(f) + f->calls_poll_inline;
}
static double get_drops_first(const ms_code_features *f) {
  return f->drops - f->drops_future - f->drops_repeat;
}

static double get_blocks_work(const ms_code_features *f) { return f->blocks - f->blocks_empty; }

static const feat_def FEATS[] = {
    {"blocks", get_blocks},
    {"statements", get_statements},
    {"calls", get_calls},
    {"drops", get_drops},
    {"asserts", get_asserts},
    {"switch_arms", get_switch_arms},
    {"cleanup_blocks", get_cleanup_blocks},
    {"assigns", get_assigns},
    {"switches", get_switches},
    {"returns", get_returns},
    {"resumes", get_resumes},
    {"set_discriminants", get_set_discriminants},
    {"gotos", get_gotos},
    {"calls_poll", get_calls_poll},
    {"calls_helper", get_calls_helper},
    {"calls_panic", get_calls_panic},
    {"calls_other", get_calls_other},
    {"calls_real", get_calls_real},
    {"cleanup_statements", get_cleanup_statements},
    {"cleanup_calls", get_cleanup_calls},
    {"cleanup_drops", get_cleanup_drops},
    {"drops_future", get_drops_future},
    {"drops_other", get_drops_other},
    {"asserts_poison", get_asserts_poison},
    {"asserts_check", get_asserts_check},
    {"moves_aggregate", get_moves_aggregate},
    {"aggregates", get_aggregates},
    {"switch_arms_extra", get_switch_arms_extra},
    {"normal_blocks", get_normal_blocks},
    {"normal_statements", get_normal_statements},
    {"normal_drops", get_normal_drops},
    {"normal_calls_other", get_normal_calls_other},
    {"other_statements", get_other_statements},
    {"calls_poll_inline", get_calls_poll_inline},
    {"drops_repeat", get_drops_repeat},
    {"back_edges", get_back_edges},
    {"moved_bytes", get_moved_bytes},
    {"calls_poll_awaited", get_calls_poll_awaited},
    {"calls_other_inl", get_calls_other_inl},
    {"drops_first", get_drops_first},
    {"blocks_empty", get_blocks_empty},
    {"blocks_work", get_blocks_work},
    {"calls_poll_coroutine", get_calls_poll_coroutine},
    {"calls_poll_dyn", get_calls_poll_dyn},
    {"calls_poll_plain", get_calls_poll_plain},
};
enum { NFEAT = sizeof FEATS / sizeof *FEATS };

/* The library's model is its terms (MS_CODE_TERM_NAMES, src/codecost.c: ms_code_terms), in
 * their order: all eleven for the x86_64 rows at 3, 0 and s (2026-12-06, library_fit)... */
/* ... and the eight of the other rows, which price every awaited poll alike (the library's
 * calls_poll_plain, calls_poll_coroutine and calls_poll_dyn get the one price) and moved
 * bytes at nothing. */
static const char DEFAULT_FIT_8[] =
    "statements,aggregates,calls_poll_awaited,drops_other,asserts_check,resumes,blocks_empty,"
    "asserts_poison";
/* --floor=X: the share within +-30 % the library must reach on the fitting cases (exit 1
 * below it); the acceptance's 80 % unless a row says otherwise (bench/calibrate) */
static double FLOOR = 0.80;
static double POISON = -1; /* --poison: bytes per poison assert as a fixed offset, not fitted
                              (default -1: asserts_poison is fitted like any term) */

static int NFIT;            /* features fitted */
static int FIT[MAXFIT];     /* their indices in FEATS */

static int parse_fit(const char *list) {
  NFIT = 0;
  const char *p = list;
  while (*p) {
    size_t n = strcspn(p, ",");
    int found = -1;
    for (int k = 0; k < (int)NFEAT; k++)
      if (strlen(FEATS[k].name) == n && !strncmp(FEATS[k].name, p, n)) found = k;
    if (found < 0 || NFIT == MAXFIT) {
      fprintf(stderr, "calibrate: unknown feature or too many: %.*s\n", (int)n, p);
      return 0;
    }
    FIT[NFIT++] = found;
    p += n;
    if (*p == ',') p++;
  }
  return NFIT > 0;
}

/* ------------------------------------------------------------------ data */

typedef struct {
  char *tc, *cs, *def_path; /* toolchain, case */
  int group;                /* case name index, for leave-one-case-out */
  int validation;           /* from a validation case: never fitted on */
  double f[NFEAT];
  double poison;            /* asserts_poison: priced at POISON, not fitted */
  double nm, lib;           /* exact size, library estimate (inlined awaitees included) */
  double lib_own;           /* the library's estimate of the resume function alone */
  int inlined;              /* awaitees inlined into it (ms_co_inlined_awaitees) */
  double fit, cv;           /* estimate of the full fit, of the cross-validated fit */
  double corrected;         /* held out of self-calibration: lib scaled by its case's factor
                               from the other exact ones (-1: not held out / no factor) */
  double cv_corrected;      /* the same for cv: a case neither fitted on nor scaled by itself */
  double w;                 /* IRLS weight */
} row;

typedef struct {
  row *r;
  size_t n, cap;
  char **groups;
  size_t ngroups;
} dataset;

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) {
    fprintf(stderr, "calibrate: out of memory\n");
    exit(2);
  }
  return q;
}
static void *xcalloc(size_t n, size_t size) {
  void *p = xrealloc(NULL, n * size);
  memset(p, 0, n * size);
  return p;
}
static char *xstrdup(const char *s) {
  char *p = xrealloc(NULL, strlen(s) + 1);
  strcpy(p, s);
  return p;
}

static int is_resume_pass(const char *p) {
  return !strcmp(p, "coroutine_resume") || !strcmp(p, "generator_resume") ||
         strstr(p, "StateTransform") != NULL;
}

typedef struct {
  ms_crate *crate;
  int errors;
} walk_ctx;

static int on_file(const char *path, void *user) {
  walk_ctx *w = user;
  char pass[128];
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  /* only the resume dumps matter: skip the rest without parsing (speed) */
  if (!ms_pass_from_filename(base, pass, sizeof pass) || !is_resume_pass(pass)) return 0;
  const char *err = NULL;
  ms_doc *doc = ms_doc_parse_file(path, &err);
  if (!doc) {
    fprintf(stderr, "calibrate: %s: %s\n", path, err ? err : "cannot read");
    w->errors++;
    return 0;
  }
  ms_crate_add_doc(w->crate, doc);
  ms_doc_free(doc);
  return 0;
}

static void on_error(const char *path, const char *message, void *user) {
  walk_ctx *w = user;
  fprintf(stderr, "calibrate: %s: %s\n", path, message);
  w->errors++;
}

static int group_of(dataset *d, const char *cs) {
  for (size_t i = 0; i < d->ngroups; i++)
    if (!strcmp(d->groups[i], cs)) return (int)i;
  d->groups = xrealloc(d->groups, (d->ngroups + 1) * sizeof *d->groups);
  d->groups[d->ngroups] = xstrdup(cs);
  return (int)d->ngroups++;
}

/* Split "…/corpus/stable/basic/" into toolchain "stable" and case "basic". */
static void case_names(const char *dir, char **tc, char **cs) {
  char *p = xstrdup(dir);
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/') p[--n] = 0;
  char *slash = strrchr(p, '/');
  *cs = xstrdup(slash ? slash + 1 : p);
  if (slash) {
    *slash = 0;
    char *s2 = strrchr(p, '/');
    *tc = xstrdup(s2 ? s2 + 1 : p);
  } else {
    *tc = xstrdup(".");
  }
  free(p);
}

static const char *TARGET, *OPT_LEVEL; /* --target, --opt-level: the row (NULL: defaults) */

static int load_case(dataset *d, const char *dir, int validation, int *nbodies_out,
                     int *nmissing_out, int verbose_missing) {
  char path[4096];
  char *tc, *cs;
  case_names(dir, &tc, &cs);
  ms_crate_options o = {.target = TARGET, .opt_level = OPT_LEVEL};
  ms_crate *c = ms_crate_new(&o);
  if (!c) return -1;
  snprintf(path, sizeof path, "%s/symbols.txt", dir);
  const char *err = NULL;
  if (ms_crate_add_symbols_file(c, path, &err) < 0) {
    fprintf(stderr, "calibrate: %s: %s (skipped)\n", path, err ? err : "cannot read");
    ms_crate_free(c);
    free(tc);
    free(cs);
    return 0;
  }
  /* the case's type sizes, as a capture has them beside its dumps: the sizes tell awaitees
   * apart, and a generic body's awaitee typed by its parameter is linked through them */
  snprintf(path, sizeof path, "%s/type-sizes.txt", dir);
  FILE *tsf = fopen(path, "r");
  if (tsf) {
    fclose(tsf);
    if (ms_crate_add_type_sizes_file(c, path, &err) < 0)
      fprintf(stderr, "calibrate: %s: %s (without type sizes)\n", path, err ? err : "cannot read");
  }
  walk_ctx w = {c, 0};
  snprintf(path, sizeof path, "%s/mir_dump", dir);
  const char *paths[1] = {path};
  ms_walk_paths(paths, 1, on_file, on_error, &w);
  ms_crate_finish(c);
  int group = group_of(d, cs);
  size_t ncos = ms_crate_coroutine_count(c);
  size_t *mark = xcalloc(ncos + 1, sizeof *mark); /* scratch of ms_co_inlined_awaitees */
  const ms_coroutine **in = xcalloc(ncos + 1, sizeof *in);
  for (size_t i = 0; i < ncos; i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, i);
    (*nbodies_out)++;
    long exact = ms_co_code_exact(co);
    if (exact <= 0) {
      (*nmissing_out)++;
      if (verbose_missing)
        fprintf(stderr, "calibrate: no nm size: %s/%s %s\n", tc, cs, ms_co_def_path(co));
      continue;
    }
    if (d->n == d->cap) {
      d->cap = d->cap ? 2 * d->cap : 128;
      d->r = xrealloc(d->r, d->cap * sizeof *d->r);
    }
    row *r = &d->r[d->n++];
    memset(r, 0, sizeof *r);
    r->tc = xstrdup(tc);
    r->cs = xstrdup(cs);
    r->def_path = xstrdup(ms_co_def_path(co));
    r->group = group;
    r->validation = validation;
    /* the whole resume body's features, as the library counted them (co->feat: model.h),
     * plus those of the crate's awaited futures without a symbol: inlined into it, inside
     * its nm size (ms_co_code_inlined; none in builds that keep every function) */
    r->poison = co->feat.asserts_poison;
    for (int k = 0; k < (int)NFEAT; k++) r->f[k] = FEATS[k].get(&co->feat);
    size_t nin = ms_co_inlined_awaitees_exact(c, co, mark, i + 1, in);
    for (size_t j = 0; j < nin; j++) {
      r->poison += in[j]->feat.asserts_poison;
      for (int k = 0; k < (int)NFEAT; k++) r->f[k] += FEATS[k].get(&in[j]->feat);
    }
    r->nm = (double)exact;
    r->lib = (double)(ms_co_code_estimate(co) + ms_co_code_inlined(co));
    r->lib_own = (double)ms_co_code_estimate(co);
    r->inlined = (int)nin;
  }
  free(mark);
  free(in);
  ms_crate_free(c);
  free(tc);
  free(cs);
  return w.errors;
}

/* ------------------------------------------------------------------ fitting */

static double xf(const row *r, int a) { return r->f[FIT[a]]; }

/* The estimate of a row: the fitted terms plus its poison asserts at POISON bytes each. */
static double predict(const double *c, const row *r) {
  double s = POISON > 0 ? POISON * r->poison : 0;
  for (int a = 0; a < NFIT; a++) s += c[a] * r->f[FIT[a]];
  return s;
}

/*
 * Weighted non-negative least squares: minimise sum_i w_i (x_i . c - y_i)^2 subject to
 * c >= 0, over the fitted features (rows of `exclude_group` left out).  Projected
 * Gauss-Seidel on the normal equations (coordinate descent: the problem is convex, each
 * coordinate step is exact), scaled so that every column has unit diagonal.
 */
static void nnls(const dataset *d, int exclude_group, double *c) {
  double A[MAXFIT][MAXFIT] = {{0}}, b[MAXFIT] = {0};
  for (size_t i = 0; i < d->n; i++) {
    const row *r = &d->r[i];
    if (r->group == exclude_group || r->validation) continue;
    double y = r->nm - (POISON > 0 ? POISON * r->poison : 0); /* what the terms must explain */
    for (int a = 0; a < NFIT; a++) {
      b[a] += r->w * xf(r, a) * y;
      for (int k = 0; k < NFIT; k++) A[a][k] += r->w * xf(r, a) * xf(r, k);
    }
  }
  for (int a = 0; a < NFIT; a++) c[a] = 0;
  for (int it = 0; it < 20000; it++) {
    double change = 0;
    for (int a = 0; a < NFIT; a++) {
      if (A[a][a] <= 0) continue;
      double g = b[a];
      for (int k = 0; k < NFIT; k++) g -= A[a][k] * c[k];
      double v = c[a] + g / A[a][a];
      if (v < 0) v = 0;
      change += fabs(v - c[a]) * sqrt(A[a][a]);
      c[a] = v;
    }
    if (change < 1e-12) break;
  }
}

/*
 * The robust fit: least absolute relative error, sum |est - nm| / nm, by iteratively
 * reweighted NNLS (weights 1 / (nm^2 * max(|relative error|, 2 %))), starting from the
 * relative least-squares fit.  A few outliers (vectorised loops, big inlined moves) pull a
 * squared loss much more than they should for a "within +-30 %" criterion.
 */
enum { IRLS_ITERATIONS = 30 };
static double CAP = 0.3; /* --cap=X: errors above X weigh less and less (0: plain L1) */

static void robust_fit(dataset *d, int exclude_group, double *c) {
  for (size_t i = 0; i < d->n; i++) d->r[i].w = 1.0 / (d->r[i].nm * d->r[i].nm);
  nnls(d, exclude_group, c);
  for (int it = 0; it < IRLS_ITERATIONS; it++) {
    for (size_t i = 0; i < d->n; i++) {
      double e = fabs(predict(c, &d->r[i]) - d->r[i].nm) / d->r[i].nm;
      d->r[i].w = 1.0 / (d->r[i].nm * d->r[i].nm * (e > 0.02 ? e : 0.02));
      if (CAP > 0 && e > CAP && it >= IRLS_ITERATIONS / 2) d->r[i].w *= CAP / e * CAP / e;
    }
    nnls(d, exclude_group, c);
  }
}

/* ------------------------------------------------------------------ metrics */

static void ranks(const double *v, size_t n, double *rk) {
  size_t *ord = xrealloc(NULL, n * sizeof *ord);
  for (size_t i = 0; i < n; i++) ord[i] = i;
  for (size_t i = 1; i < n; i++) /* insertion sort: n is small */
    for (size_t j = i; j > 0 && v[ord[j - 1]] > v[ord[j]]; j--) {
      size_t t = ord[j];
      ord[j] = ord[j - 1];
      ord[j - 1] = t;
    }
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j + 1 < n && v[ord[j + 1]] == v[ord[i]]) j++;
    for (size_t k = i; k <= j; k++) rk[ord[k]] = (i + j) / 2.0 + 1; /* average rank of ties */
    i = j + 1;
  }
  free(ord);
}

static double spearman(const double *a, const double *b, size_t n) {
  if (n < 2) return NAN;
  double *ra = xrealloc(NULL, n * sizeof *ra), *rb = xrealloc(NULL, n * sizeof *rb);
  ranks(a, n, ra);
  ranks(b, n, rb);
  double ma = 0, mb = 0;
  for (size_t i = 0; i < n; i++) ma += ra[i], mb += rb[i];
  ma /= n;
  mb /= n;
  double sab = 0, saa = 0, sbb = 0;
  for (size_t i = 0; i < n; i++) {
    sab += (ra[i] - ma) * (rb[i] - mb);
    saa += (ra[i] - ma) * (ra[i] - ma);
    sbb += (rb[i] - mb) * (rb[i] - mb);
  }
  free(ra);
  free(rb);
  return saa > 0 && sbb > 0 ? sab / sqrt(saa * sbb) : NAN;
}

typedef struct {
  size_t n;
  double within, rho, median_abs;
} metrics;

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Which estimate a table line scores: the full fit, the cross-validated fit, the library; the
 * library's and the cross-validated ones corrected by self-calibration and the same uncorrected,
 * on the held-out rows only (see self_cal). */
typedef enum {
  EST_FIT,
  EST_CV,
  EST_LIB,
  EST_LIB_CORRECTED,
  EST_LIB_HELD_OUT,
  EST_CV_CORRECTED,
  EST_CV_HELD_OUT,
  EST_KINDS
} est_kind;

/* tc NULL = all toolchains; validation: which side. */
static metrics measure(const dataset *d, est_kind which, const char *tc, int validation) {
  metrics m = {0, 0, NAN, NAN};
  double *est = xrealloc(NULL, (d->n + 1) * sizeof *est), *nm = xrealloc(NULL, (d->n + 1) * sizeof *nm);
  double *err = xrealloc(NULL, (d->n + 1) * sizeof *err);
  size_t within = 0;
  for (size_t i = 0; i < d->n; i++) {
    const row *r = &d->r[i];
    if ((tc && strcmp(r->tc, tc) != 0) || r->validation != validation) continue;
    if ((which == EST_LIB_CORRECTED || which == EST_LIB_HELD_OUT) && r->corrected < 0) continue;
    if ((which == EST_CV_CORRECTED || which == EST_CV_HELD_OUT) && r->cv_corrected < 0) continue;
    double e = which == EST_FIT                                    ? r->fit
               : which == EST_CV || which == EST_CV_HELD_OUT       ? r->cv
               : which == EST_LIB || which == EST_LIB_HELD_OUT     ? r->lib
               : which == EST_LIB_CORRECTED                        ? r->corrected
                                                                   : r->cv_corrected;
    est[m.n] = e;
    nm[m.n] = r->nm;
    err[m.n] = fabs(e - r->nm) / r->nm;
    if (err[m.n] <= 0.30) within++;
    m.n++;
  }
  if (m.n) {
    m.within = (double)within / m.n;
    m.rho = spearman(est, nm, m.n);
    qsort(err, m.n, sizeof *err, cmp_double);
    m.median_abs = m.n % 2 ? err[m.n / 2] : (err[m.n / 2 - 1] + err[m.n / 2]) / 2;
  }
  free(est);
  free(nm);
  free(err);
  return m;
}

/* ------------------------------------------------------------------ self-calibration */

static int by_build_then_name(const void *pa, const void *pb) {
  const row *a = *(row *const *)pa, *b = *(row *const *)pb;
  int r = strcmp(a->tc, b->tc);
  if (!r) r = strcmp(a->cs, b->cs);
  return r ? r : strcmp(a->def_path, b->def_path);
}

/*
 * What self-calibration does for coroutines nm would not have given: per build (one case
 * directory), the rows sorted by def path, every second one is held out and gets the library's
 * estimate scaled by the factor the library computes (ms_code_build_scale) from the others'.
 * The same from the leave-one-case-out estimates (cv_corrected, fitting cases): what it does
 * for a crate the model was not fitted on, measured without the validation crates.
 */
static void self_cal(dataset *d) {
  row **v = xrealloc(NULL, (d->n + 1) * sizeof *v);
  double *est = xrealloc(NULL, (d->n + 1) * sizeof *est), *nm = xrealloc(NULL, (d->n + 1) * sizeof *nm);
  double *cv = xrealloc(NULL, (d->n + 1) * sizeof *cv);
  for (size_t i = 0; i < d->n; i++) v[i] = &d->r[i], d->r[i].corrected = d->r[i].cv_corrected = -1;
  qsort(v, d->n, sizeof *v, by_build_then_name);
  for (size_t i = 0, j; i < d->n; i = j) {
    size_t k = 0;
    for (j = i; j < d->n && !strcmp(v[j]->tc, v[i]->tc) && !strcmp(v[j]->cs, v[i]->cs); j++)
      if ((j - i) % 2 == 0) est[k] = v[j]->lib, cv[k] = v[j]->cv, nm[k++] = v[j]->nm;
    double scale = ms_code_build_scale(est, nm, k);
    for (size_t t = i + 1; scale > 0 && t < j; t += 2) v[t]->corrected = floor(v[t]->lib * scale + 0.5);
    if (v[i]->validation) continue;
    scale = ms_code_build_scale(cv, nm, k);
    for (size_t t = i + 1; scale > 0 && t < j; t += 2) v[t]->cv_corrected = floor(v[t]->cv * scale + 0.5);
  }
  free(cv);
  free(v);
  free(est);
  free(nm);
}

/* ------------------------------------------------------------------ output */

static void print_table(const dataset *d, int validation, const char *const *tcs, int ntc) {
  static const char *const WHICH[EST_KINDS] = {
      [EST_FIT] = "fit",
      [EST_CV] = "leave-one-case-out",
      [EST_LIB] = "library",
      [EST_LIB_CORRECTED] = "library, self-calibrated (held out)",
      [EST_LIB_HELD_OUT] = "library, same held-out rows",
      [EST_CV_CORRECTED] = "leave-one-case-out, self-calibrated (held out)",
      [EST_CV_HELD_OUT] = "leave-one-case-out, same held-out rows"};
  static const est_kind FIT_SIDE[] = {EST_FIT,           EST_CV,          EST_LIB,
                                      EST_LIB_HELD_OUT,  EST_LIB_CORRECTED, EST_CV_HELD_OUT,
                                      EST_CV_CORRECTED};
  static const est_kind VAL_SIDE[] = {EST_FIT, EST_LIB, EST_LIB_HELD_OUT, EST_LIB_CORRECTED};
  const est_kind *ws = validation ? VAL_SIDE : FIT_SIDE;
  int nw = validation ? (int)(sizeof VAL_SIDE / sizeof *VAL_SIDE)
                      : (int)(sizeof FIT_SIDE / sizeof *FIT_SIDE);
  printf("\n| model | toolchain | n | within ±30 %% | Spearman | median |error| |\n");
  printf("|---|---|---:|---:|---:|---:|\n");
  for (int k = 0; k < nw; k++)
    for (int t = -1; t < ntc; t++) {
      metrics m = measure(d, ws[k], t < 0 ? NULL : tcs[t], validation);
      if (!m.n || (t >= 0 && ntc == 1)) continue;
      const char *name = validation && ws[k] == EST_FIT ? "fit (on the fitting cases)" : WHICH[ws[k]];
      printf("| %s | %s | %zu | %.1f %% | %.3f | %.1f %% |\n", name, t < 0 ? "all" : tcs[t], m.n,
             100 * m.within, m.rho, 100 * m.median_abs);
    }
}

static void print_coefficients(const double *c, const dataset *d) {
  printf("\nfitted model (least absolute relative error, cap %.2f, non-negative, no constant):\n"
         "  bytes =", CAP);
  for (int k = 0, first = 1; k < NFIT; k++) {
    if (c[k] == 0) continue;
    printf("%s %.2f*%s", first ? "" : " +", c[k], FEATS[FIT[k]].name);
    first = 0;
  }
  metrics v = measure(d, EST_FIT, NULL, 1), vc = measure(d, EST_LIB_CORRECTED, NULL, 1);
  if (POISON > 0) printf(" + %.0f*asserts_poison (fixed)", POISON);
  const ms_code_model *lm = ms_code_model_for(TARGET, OPT_LEVEL, NULL);
  printf("\n\nfor src/codecost.c (MODELS; validation figures of this fit):\n"
         "    {\"%s\", \"%s\",\n     {", TARGET ? TARGET : MS_DEFAULT_TARGET,
         OPT_LEVEL ? OPT_LEVEL : MS_DEFAULT_OPT_LEVEL);
  for (int j = 0; j < MS_CODE_TERMS; j++) {
    /* the library's term j: the fitted feature of that name; a poll term from the one price
     * of calls_poll_awaited when that was fitted instead; else 0 (not fitted) */
    const char *want = MS_CODE_TERM_NAMES[j];
    double coef = 0;
    for (int k = 0; k < NFIT; k++) {
      const char *have = FEATS[FIT[k]].name;
      if (!strcmp(have, want) ||
          (!strcmp(have, "calls_poll_awaited") && !strncmp(want, "calls_poll_", 11)))
        coef = c[k];
    }
    printf("%s%.2f", j ? ", " : "", coef);
  }
  printf("},\n     %.0f, %.3f, %.3f, %.3f},\n", lm->poison_arm, v.n ? v.median_abs : -1.0,
         v.n ? v.within : -1.0, vc.n ? vc.median_abs : -1.0);
}

static void print_rows(const dataset *d) {
  printf("\n%-4s %-8s %-18s %6s %6s %6s %6s %6s  ", "set", "tc", "case", "nm", "lib", "fit", "cv", "corr");
  for (int k = 0; k < NFIT; k++) printf("%s%s", k ? "/" : "", FEATS[FIT[k]].name);
  printf("  def_path\n");
  for (size_t i = 0; i < d->n; i++) {
    const row *r = &d->r[i];
    printf("%-4s %-8s %-18s %6.0f %6.0f %6.0f %6.0f %6.0f  ", r->validation ? "val" : "fit",
           r->tc, r->cs, r->nm, r->lib, r->fit, r->validation ? NAN : r->cv, r->corrected);
    for (int k = 0; k < NFIT; k++) printf("%s%.0f", k ? "/" : "", xf(r, k));
    printf("  %s\n", r->def_path);
  }
}

static void print_tsv(const dataset *d) {
  printf("set\ttoolchain\tcase\tdef_path\tnm_bytes\tlib_estimate\tlib_own\tinlined");
  for (int k = 0; k < (int)NFEAT; k++) printf("\t%s", FEATS[k].name);
  printf("\n");
  for (size_t i = 0; i < d->n; i++) {
    const row *r = &d->r[i];
    printf("%s\t%s\t%s\t%s\t%.0f\t%.0f\t%.0f\t%d", r->validation ? "validation" : "fit", r->tc,
           r->cs, r->def_path, r->nm, r->lib, r->lib_own, r->inlined);
    for (int k = 0; k < (int)NFEAT; k++) printf("\t%.0f", r->f[k]);
    printf("\n");
  }
}

/* The toolchains (or row names) present on one side. */
static int toolchains(const dataset *d, int validation, const char **tcs) {
  int ntc = 0;
  for (size_t i = 0; i < d->n; i++) {
    if (d->r[i].validation != validation) continue;
    int seen = 0;
    for (int t = 0; t < ntc; t++)
      if (!strcmp(tcs[t], d->r[i].tc)) seen = 1;
    if (!seen && ntc < 16) tcs[ntc++] = d->r[i].tc;
  }
  return ntc;
}

/* ------------------------------------------------------------------ main */

static const char USAGE[] =
    "usage: calibrate [-v] [--tsv] [--fit=F1,F2,...] [--cap=X] [--poison=BYTES] [--floor=X]\n"
    "                 [--target=TRIPLE] [--opt-level=N] FITDIR... [--validation VALDIR...]\n";

int main(int argc, char **argv) {
  int verbose = 0, tsv = 0, nbodies = 0, nmissing = 0, errors = 0, validation = 0;
  const char *fit = NULL;
  char library_fit[512] = ""; /* the library's term names, comma-separated */
  for (int j = 0; j < MS_CODE_TERMS; j++)
    snprintf(library_fit + strlen(library_fit), sizeof library_fit - strlen(library_fit),
             "%s%s", j ? "," : "", MS_CODE_TERM_NAMES[j]);
  dataset d = {0};
  int ndirs = 0;
  for (int i = 1; i < argc; i++) { /* options first: --target chooses the library's row */
    if (!strncmp(argv[i], "--target=", 9)) TARGET = argv[i] + 9;
    else if (!strncmp(argv[i], "--opt-level=", 12)) OPT_LEVEL = argv[i] + 12;
  }
  { /* the row's own terms: eleven for x86_64 at 3, 0 and s, else eight (docs/code-size.md:
     * each row's terms are the set with the better leave-one-case-out share on its fitting
     * cases) */
    const ms_code_model *lm = ms_code_model_for(TARGET, OPT_LEVEL, NULL);
    bool eleven = (!strcmp(lm->target, MS_DEFAULT_TARGET) &&
                   (!strcmp(lm->opt_level, "3") || !strcmp(lm->opt_level, "0") ||
                    !strcmp(lm->opt_level, "s"))) ||
                  !strcmp(lm->opt_level, "3"); /* thumbv7em at 3: the x86_64 row's terms */
    fit = eleven ? library_fit : DEFAULT_FIT_8;
  }
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-v")) verbose = 1;
    else if (!strcmp(argv[i], "--tsv")) tsv = 1;
    else if (!strncmp(argv[i], "--fit=", 6)) fit = argv[i] + 6;
    else if (!strncmp(argv[i], "--cap=", 6)) CAP = atof(argv[i] + 6);
    else if (!strncmp(argv[i], "--poison=", 9)) POISON = atof(argv[i] + 9);
    else if (!strncmp(argv[i], "--floor=", 8)) FLOOR = atof(argv[i] + 8);
    else if (!strcmp(argv[i], "--validation")) validation = 1;
    else if (!strncmp(argv[i], "--target=", 9) || !strncmp(argv[i], "--opt-level=", 12)) continue;
    else if (argv[i][0] == '-') {
      fputs(USAGE, stderr);
      return 2;
    } else {
      ndirs++;
      int e = load_case(&d, argv[i], validation, &nbodies, &nmissing, verbose);
      if (e < 0) return 2;
      errors += e;
    }
  }
  if (!parse_fit(fit)) return 2;
  if (!ndirs) {
    fputs(USAGE, stderr);
    return 2;
  }
  size_t nfit = 0;
  for (size_t i = 0; i < d.n; i++) nfit += !d.r[i].validation;
  if (nfit < (size_t)NFIT + 2) {
    fprintf(stderr, "calibrate: only %zu fitting coroutines with an nm size: too few to fit\n", nfit);
    return 2;
  }
  if (tsv) {
    print_tsv(&d);
    return 0;
  }

  double c[MAXFIT];
  robust_fit(&d, -1, c);
  for (size_t i = 0; i < d.n; i++) d.r[i].fit = predict(c, &d.r[i]);
  for (size_t g = 0; g < d.ngroups; g++) {
    double cg[MAXFIT];
    robust_fit(&d, (int)g, cg);
    for (size_t i = 0; i < d.n; i++)
      if (d.r[i].group == (int)g) d.r[i].cv = predict(cg, &d.r[i]);
  }
  self_cal(&d);

  printf("row: %s, opt-level %s\n", TARGET ? TARGET : MS_DEFAULT_TARGET,
         OPT_LEVEL ? OPT_LEVEL : MS_DEFAULT_OPT_LEVEL);
  printf("coroutines: %d resume bodies in %d case(s), %zu with an exact nm size (%d without): "
         "%zu fitting, %zu validation\n", nbodies, ndirs, d.n, nmissing, nfit, d.n - nfit);
  print_coefficients(c, &d);
  const char *tcs[16];
  int ntc = toolchains(&d, 0, tcs);
  printf("\nfitting cases:");
  print_table(&d, 0, tcs, ntc);
  ntc = toolchains(&d, 1, tcs);
  if (nfit < d.n) {
    printf("\nvalidation cases (never fitted on; the self-calibrated rows are every second "
           "coroutine of a case, scaled by the others' nm / estimate):");
    print_table(&d, 1, tcs, ntc);
  }
  if (verbose) print_rows(&d);

  metrics lib = measure(&d, EST_LIB, NULL, 0), val = measure(&d, EST_LIB, NULL, 1);
  int pass = lib.within >= FLOOR - 1e-9 && lib.rho >= 0.85;
  printf("\nlibrary estimate on the fitting cases: %s (%.1f %% within ±30 %%, Spearman %.3f; "
         "asserted: >= %.0f %%, >= 0.85)\n",
         pass ? "PASS" : "FAIL", 100 * lib.within, lib.rho, 100 * FLOOR);
  if (val.n)
    printf("library estimate on the validation cases: %s (%.1f %% within ±30 %%, Spearman %.3f; "
           "the acceptance of docs/code-size.md)\n",
           val.within >= 0.80 && val.rho >= 0.85 ? "PASS" : "FAIL", 100 * val.within, val.rho);
  return errors ? 2 : pass ? 0 : 1;
}
