/*
 * bench/calibrate.c — fit and check mirscope's machine-code cost model (docs/code-size.md).
 *
 * Uses only the public header.  For each corpus case directory (one that holds mir_dump/ and
 * symbols.txt, e.g. corpus/stable/basic) it builds an ms_crate from the dumps and the
 * `nm -S -C` output, so the exact size of every resume function comes from the library's
 * own symbol matching (ms_co_code_exact), and counts the features of each resume body with
 * the public IR accessors (the same counts as src/codecost.c: ms_code_features_add_block).
 *
 * Then:
 *   - fits  bytes = sum_k c_k * feature_k  (c_k >= 0, no constant) minimising the sum of
 *     absolute relative errors  sum |est - nm| / nm  (IRLS over exact non-negative least
 *     squares, see robust_fit);
 *   - reports, overall and per toolchain: the share of coroutines within +-30 % of nm and
 *     the Spearman rank correlation, for (a) the fit on all data, (b) leave-one-case-out
 *     cross-validation (the case left out is refitted without; a case name counts across
 *     toolchains: stable/basic and nightly/basic are left out together), (c) the
 *     coefficients hard-coded in the library (ms_co_code_estimate);
 *   - prints the coefficients as C #defines for src/codecost.c.
 *
 * Usage: calibrate [-v] [--tsv] CASEDIR...
 *   -v     one line per coroutine (nm size, estimates, features)
 *   --tsv  only a TSV of features and sizes (for other tools)
 * Exit status: 0, or 1 when the library's estimate misses the acceptance thresholds
 * (>= 80 % within +-30 %, Spearman >= 0.85), 2 on usage/input errors.
 */
#define _POSIX_C_SOURCE 200809L
#include <mirscope/mirscope.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ features */

enum {
  F_BLOCKS,
  F_STMTS,
  F_CALLS,
  F_DROPS,
  F_ASSERTS,
  F_ARMS,
  NFIT, /* the features of the model; the rest are reported only */
  F_CLEANUP = NFIT,
  F_ASSIGNS,
  F_SWITCHES,
  F_RETURNS,
  F_RESUMES,
  F_SETDISCR,
  F_GOTOS,
  NFEAT
};
static const char *const FEAT_NAME[NFEAT] = {
    "blocks",  "statements", "calls",   "drops",   "asserts", "switch_arms", "cleanup_blocks",
    "assigns", "switches",   "returns", "resumes", "set_discriminants", "gotos"};
static const char *const COEF_NAME[NFIT] = {"C_BLOCK", "C_STMT",   "C_CALL",
                                            "C_DROP",  "C_ASSERT", "C_ARM"};

/* Mirrors ms_code_features_add_block() in src/codecost.c. */
static void count_block(double *f, const ms_block *blk) {
  f[F_BLOCKS]++;
  if (ms_block_is_cleanup(blk)) f[F_CLEANUP]++;
  for (size_t i = 0; i < ms_block_stmt_count(blk); i++) {
    ms_stmt_kind k = ms_stmt_kind_of(ms_block_stmt(blk, i));
    if (k == MS_STMT_STORAGE_LIVE || k == MS_STMT_STORAGE_DEAD || k == MS_STMT_NOP) continue;
    if (k == MS_STMT_ASSIGN) f[F_ASSIGNS]++;
    if (k == MS_STMT_SET_DISCRIMINANT) f[F_SETDISCR]++;
    f[F_STMTS]++;
  }
  const ms_stmt *t = ms_block_terminator(blk);
  if (!t) return;
  switch (ms_stmt_kind_of(t)) {
  case MS_TERM_GOTO: f[F_GOTOS]++; break;
  case MS_TERM_SWITCH_INT:
    f[F_SWITCHES]++;
    for (size_t i = 0; i < ms_stmt_edge_count(t); i++) {
      ms_edge_kind e = ms_stmt_edge_kind(t, i);
      if (e == MS_EDGE_SWITCH || e == MS_EDGE_OTHERWISE) f[F_ARMS]++;
    }
    break;
  case MS_TERM_RETURN: f[F_RETURNS]++; break;
  case MS_TERM_RESUME: f[F_RESUMES]++; break;
  case MS_TERM_CALL:
  case MS_TERM_TAIL_CALL: f[F_CALLS]++; break;
  case MS_TERM_DROP: f[F_DROPS]++; break;
  case MS_TERM_ASSERT: f[F_ASSERTS]++; break;
  default: break;
  }
}

/* ------------------------------------------------------------------ data */

typedef struct {
  char *file, *def_path, *pass;
  double f[NFEAT];
} body_feat;

typedef struct {
  char *tc, *cs, *def_path; /* toolchain, case */
  int group;                /* case name index, for leave-one-case-out */
  double f[NFEAT];
  double nm, lib;           /* exact size, library estimate */
  double fit, cv;           /* estimate of the full fit, of the cross-validated fit */
  double w;                 /* IRLS weight */
} row;

typedef struct {
  body_feat *b;
  size_t n, cap;
} bodies;

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
  bodies *bs;
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
  for (size_t i = 0; i < ms_doc_body_count(doc); i++) {
    const ms_body *b = ms_doc_body(doc, i);
    if (!ms_body_layout(b)) continue;
    if (w->bs->n == w->bs->cap) {
      w->bs->cap = w->bs->cap ? 2 * w->bs->cap : 64;
      w->bs->b = xrealloc(w->bs->b, w->bs->cap * sizeof *w->bs->b);
    }
    body_feat *bf = &w->bs->b[w->bs->n++];
    memset(bf, 0, sizeof *bf);
    bf->file = xstrdup(ms_body_file(b));
    bf->def_path = xstrdup(ms_body_def_path(b));
    bf->pass = xstrdup(ms_body_pass(b));
    for (size_t k = 0; k < ms_body_block_count(b); k++) count_block(bf->f, ms_body_block(b, k));
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

static int load_case(dataset *d, const char *dir, int *nbodies_out, int *nmissing_out,
                     int verbose_missing) {
  char path[4096];
  char *tc, *cs;
  case_names(dir, &tc, &cs);
  ms_crate *c = ms_crate_new(NULL);
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
  bodies bs = {0};
  walk_ctx w = {c, &bs, 0};
  snprintf(path, sizeof path, "%s/mir_dump", dir);
  const char *paths[1] = {path};
  ms_walk_paths(paths, 1, on_file, on_error, &w);
  ms_crate_finish(c);
  int group = group_of(d, cs);
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, i);
    (*nbodies_out)++;
    long exact = ms_co_code_exact(co);
    if (exact <= 0) {
      (*nmissing_out)++;
      if (verbose_missing)
        fprintf(stderr, "calibrate: no nm size: %s/%s %s\n", tc, cs, ms_co_def_path(co));
      continue;
    }
    const body_feat *bf = NULL;
    for (size_t k = 0; k < bs.n && !bf; k++)
      if (!strcmp(bs.b[k].file, ms_co_file(co)) && !strcmp(bs.b[k].def_path, ms_co_def_path(co)) &&
          !strcmp(bs.b[k].pass, ms_co_pass(co)))
        bf = &bs.b[k];
    if (!bf) {
      fprintf(stderr, "calibrate: %s: body of %s not found\n", ms_co_file(co), ms_co_def_path(co));
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
    memcpy(r->f, bf->f, sizeof r->f);
    r->nm = (double)exact;
    r->lib = (double)ms_co_code_estimate(co);
  }
  for (size_t k = 0; k < bs.n; k++) {
    free(bs.b[k].file);
    free(bs.b[k].def_path);
    free(bs.b[k].pass);
  }
  free(bs.b);
  ms_crate_free(c);
  free(tc);
  free(cs);
  return w.errors;
}

/* ------------------------------------------------------------------ fitting */

/*
 * Weighted least squares restricted to the features in `mask`: minimise
 * sum_i w_i (x_i . c - y_i)^2 with w_i = 1 / y_i^2 (relative error).  Normal equations,
 * Gaussian elimination with partial pivoting.  Returns 0 when singular.
 */
static int wls(const dataset *d, int exclude_group, unsigned mask, double *c) {
  double A[NFIT][NFIT] = {{0}}, bvec[NFIT] = {0};
  int idx[NFIT], p = 0;
  for (int k = 0; k < NFIT; k++)
    if (mask & (1u << k)) idx[p++] = k;
  for (size_t i = 0; i < d->n; i++) {
    const row *r = &d->r[i];
    if (r->group == exclude_group) continue;
    double w = r->w;
    for (int a = 0; a < p; a++) {
      bvec[a] += w * r->f[idx[a]] * r->nm;
      for (int b = 0; b < p; b++) A[a][b] += w * r->f[idx[a]] * r->f[idx[b]];
    }
  }
  for (int col = 0; col < p; col++) {
    int piv = col;
    for (int r = col + 1; r < p; r++)
      if (fabs(A[r][col]) > fabs(A[piv][col])) piv = r;
    if (fabs(A[piv][col]) < 1e-12) return 0;
    if (piv != col) {
      for (int k = 0; k < p; k++) {
        double t = A[col][k];
        A[col][k] = A[piv][k];
        A[piv][k] = t;
      }
      double t = bvec[col];
      bvec[col] = bvec[piv];
      bvec[piv] = t;
    }
    for (int r = col + 1; r < p; r++) {
      double m = A[r][col] / A[col][col];
      for (int k = col; k < p; k++) A[r][k] -= m * A[col][k];
      bvec[r] -= m * bvec[col];
    }
  }
  double x[NFIT];
  for (int r = p - 1; r >= 0; r--) {
    double s = bvec[r];
    for (int k = r + 1; k < p; k++) s -= A[r][k] * x[k];
    x[r] = s / A[r][r];
  }
  for (int k = 0; k < NFIT; k++) c[k] = 0;
  for (int a = 0; a < p; a++) c[idx[a]] = x[a];
  return 1;
}

static double predict(const double *c, const double *f) {
  double s = 0;
  for (int k = 0; k < NFIT; k++) s += c[k] * f[k];
  return s;
}

static double objective(const dataset *d, int exclude_group, const double *c) {
  double s = 0;
  for (size_t i = 0; i < d->n; i++) {
    if (d->r[i].group == exclude_group) continue;
    double e = (predict(c, d->r[i].f) - d->r[i].nm) / d->r[i].nm;
    s += d->r[i].w * d->r[i].nm * d->r[i].nm * e * e;
  }
  return s;
}

/*
 * Non-negative least squares by enumeration: the NNLS optimum is the unconstrained optimum
 * on its support, so the best feasible solution over all 2^NFIT supports is exact.
 */
static void nnls(const dataset *d, int exclude_group, double *best) {
  double bestobj = INFINITY, c[NFIT];
  for (int k = 0; k < NFIT; k++) best[k] = 0;
  for (unsigned mask = 1; mask < (1u << NFIT); mask++) {
    if (!wls(d, exclude_group, mask, c)) continue;
    int ok = 1;
    for (int k = 0; k < NFIT; k++)
      if (c[k] < 0) ok = 0;
    if (!ok) continue;
    double o = objective(d, exclude_group, c);
    if (o < bestobj) {
      bestobj = o;
      memcpy(best, c, sizeof c);
    }
  }
}

/*
 * The robust fit: least absolute relative error, sum |est - nm| / nm, by iteratively
 * reweighted NNLS (weights 1 / (nm^2 * max(|relative error|, 2 %))), starting from the
 * relative least-squares fit.  A few outliers (vectorised loops, big inlined moves) pull a
 * squared loss much more than they should for a "within +-30 %" criterion.
 */
enum { IRLS_ITERATIONS = 30 };

static void robust_fit(dataset *d, int exclude_group, double *c) {
  for (size_t i = 0; i < d->n; i++) d->r[i].w = 1.0 / (d->r[i].nm * d->r[i].nm);
  nnls(d, exclude_group, c);
  for (int it = 0; it < IRLS_ITERATIONS; it++) {
    for (size_t i = 0; i < d->n; i++) {
      double e = fabs(predict(c, d->r[i].f) - d->r[i].nm) / d->r[i].nm;
      d->r[i].w = 1.0 / (d->r[i].nm * d->r[i].nm * (e > 0.02 ? e : 0.02));
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

/* which: 0 = full fit, 1 = cross-validated, 2 = library.  tc NULL = all toolchains. */
static metrics measure(const dataset *d, int which, const char *tc) {
  metrics m = {0, 0, NAN, NAN};
  double *est = xrealloc(NULL, (d->n + 1) * sizeof *est), *nm = xrealloc(NULL, (d->n + 1) * sizeof *nm);
  double *err = xrealloc(NULL, (d->n + 1) * sizeof *err);
  size_t within = 0;
  for (size_t i = 0; i < d->n; i++) {
    const row *r = &d->r[i];
    if (tc && strcmp(r->tc, tc) != 0) continue;
    double e = which == 0 ? r->fit : which == 1 ? r->cv : r->lib;
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

/* ------------------------------------------------------------------ main */

int main(int argc, char **argv) {
  int verbose = 0, tsv = 0, nbodies = 0, nmissing = 0, errors = 0;
  dataset d = {0};
  int ndirs = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-v")) verbose = 1;
    else if (!strcmp(argv[i], "--tsv")) tsv = 1;
    else if (argv[i][0] == '-') {
      fprintf(stderr, "usage: calibrate [-v] [--tsv] CASEDIR...\n");
      return 2;
    } else {
      ndirs++;
      int e = load_case(&d, argv[i], &nbodies, &nmissing, verbose);
      if (e < 0) return 2;
      errors += e;
    }
  }
  if (!ndirs) {
    fprintf(stderr, "usage: calibrate [-v] [--tsv] CASEDIR...\n");
    return 2;
  }
  if (d.n < NFIT + 2) {
    fprintf(stderr, "calibrate: only %zu coroutines with an nm size: too few to fit\n", d.n);
    return 2;
  }

  if (tsv) {
    printf("toolchain\tcase\tdef_path\tnm_bytes\tlib_estimate");
    for (int k = 0; k < NFEAT; k++) printf("\t%s", FEAT_NAME[k]);
    printf("\n");
    for (size_t i = 0; i < d.n; i++) {
      const row *r = &d.r[i];
      printf("%s\t%s\t%s\t%.0f\t%.0f", r->tc, r->cs, r->def_path, r->nm, r->lib);
      for (int k = 0; k < NFEAT; k++) printf("\t%.0f", r->f[k]);
      printf("\n");
    }
    return 0;
  }

  double c[NFIT];
  robust_fit(&d, -1, c);
  for (size_t i = 0; i < d.n; i++) d.r[i].fit = predict(c, d.r[i].f);
  for (size_t g = 0; g < d.ngroups; g++) {
    double cg[NFIT];
    robust_fit(&d, (int)g, cg);
    for (size_t i = 0; i < d.n; i++)
      if (d.r[i].group == (int)g) d.r[i].cv = predict(cg, d.r[i].f);
  }

  printf("coroutines: %d resume bodies in %d case(s), %zu with an exact nm size (%d without)\n",
         nbodies, ndirs, d.n, nmissing);
  printf("\nfitted model (least absolute relative error, non-negative, no constant):\n  bytes =");
  for (int k = 0, first = 1; k < NFIT; k++) {
    if (c[k] == 0) continue;
    printf("%s %.2f*%s", first ? "" : " +", c[k], FEAT_NAME[k]);
    first = 0;
  }
  printf("\n\nfor src/codecost.c:\n");
  for (int k = 0; k < NFIT; k++) printf("#define %s %.2f\n", COEF_NAME[k], c[k]);

  /* toolchains present */
  const char *tcs[16];
  int ntc = 0;
  for (size_t i = 0; i < d.n; i++) {
    int seen = 0;
    for (int t = 0; t < ntc; t++)
      if (!strcmp(tcs[t], d.r[i].tc)) seen = 1;
    if (!seen && ntc < 16) tcs[ntc++] = d.r[i].tc;
  }
  static const char *const WHICH[3] = {"fit (all data)", "leave-one-case-out", "library"};
  printf("\n| model | toolchain | n | within ±30 %% | Spearman | median |error| |\n");
  printf("|---|---|---:|---:|---:|---:|\n");
  for (int w = 0; w < 3; w++)
    for (int t = -1; t < ntc; t++) {
      metrics m = measure(&d, w, t < 0 ? NULL : tcs[t]);
      printf("| %s | %s | %zu | %.1f %% | %.3f | %.1f %% |\n", WHICH[w], t < 0 ? "all" : tcs[t],
             m.n, 100 * m.within, m.rho, 100 * m.median_abs);
    }
  printf("\n(cases: %zu; cross-validation leaves out one case name at a time, all toolchains)\n",
         d.ngroups);

  if (verbose) {
    printf("\n%-8s %-18s %6s %6s %6s %6s  %s  def_path\n", "tc", "case", "nm", "lib", "fit", "cv",
           "blk/stm/call/drop/asrt/arms");
    for (size_t i = 0; i < d.n; i++) {
      const row *r = &d.r[i];
      printf("%-8s %-18s %6.0f %6.0f %6.0f %6.0f  %.0f/%.0f/%.0f/%.0f/%.0f/%.0f  %s\n", r->tc,
             r->cs, r->nm, r->lib, r->fit, r->cv, r->f[F_BLOCKS], r->f[F_STMTS], r->f[F_CALLS],
             r->f[F_DROPS], r->f[F_ASSERTS], r->f[F_ARMS], r->def_path);
    }
  }
  metrics lib = measure(&d, 2, NULL);
  int pass = lib.within >= 0.80 && lib.rho >= 0.85;
  printf("\nlibrary estimate: %s (acceptance: >= 80 %% within ±30 %%, Spearman >= 0.85)\n",
         pass ? "PASS" : "FAIL");
  return errors ? 2 : pass ? 0 : 1;
}
