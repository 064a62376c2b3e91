/*
 * mirscope command-line tool.  Thin: everything it does goes through mirscope.h.
 *
 * Exit codes (docs/mirscope.1.md): 0 all inputs read cleanly; 1 some input could not be
 * read or has syntax errors (or an output could not be written); 2 usage error; 3 internal
 * error (out of memory); 4 a check failed (diff --fail-on-growth).
 */
#define _POSIX_C_SOURCE 200809L
#define PCRE2_CODE_UNIT_WIDTH 8
#include <mirscope/mirscope.h>
#include <pcre2.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3, EXIT_GROWTH = 4 };

static const char USAGE[] =
    "usage: mirscope <command> [options] PATH...\n"
    "\n"
    "Make the cost of Rust's async state machines visible, from rustc's -Zdump-mir output.\n"
    "\n"
    "commands:\n"
    "  check    parse dumps and report syntax errors (file:line:col) and a summary\n"
    "  report   model every coroutine: states, transitions, layout, sizes, findings;\n"
    "           a ranked table (text), a bug report (md) or JSON\n"
    "  graph    draw a coroutine's states, control flow or layout (DOT, SVG)\n"
    "  diff     compare two dumps or directories: what grew, what changed\n"
    "  capture  build a cargo project with the dump flags and report on it\n"
    "\n"
    "PATH is a dump file, a directory (searched recursively for *.mir files), or - for\n"
    "standard input.\n"
    "\n"
    "Producing dumps:\n"
    "  RUSTC_BOOTSTRAP=1 rustc -Zdump-mir=coroutine_resume -Zdump-mir-dir=mir_dump ...\n"
    "  RUSTFLAGS='-Zdump-mir=coroutine_resume' RUSTC_BOOTSTRAP=1 cargo build\n"
    "\n"
    "options:\n"
    "  -h, --help      show this help (mirscope COMMAND --help for a command)\n"
    "  -V, --version   print the version\n"
    "\n"
    "exit status: 0 ok, 1 some input could not be read or has errors, 2 usage, 3 internal,\n"
    "4 a check failed (diff --fail-on-growth)\n";

static const char CHECK_USAGE[] =
    "usage: mirscope check [options] PATH...\n"
    "\n"
    "Parse every dump and report what could not be read.  Syntax errors are printed as\n"
    "  file:line:col: error: message\n"
    "followed by the source line and a caret.  Statement or terminator kinds this version\n"
    "does not know are parsed generically and reported as warnings.  Ends with a summary:\n"
    "  N files, M bodies, K errors, W warnings\n"
    "\n"
    "options:\n"
    "  -v, --verbose        one line per body: def path, pass, blocks, statements, layout\n"
    "  -q, --quiet          print only the summary\n"
    "  -j, --jobs N         parse on N threads (default: every core; the output is the\n"
    "                       same whatever N)\n"
    "  -w, --no-warnings    do not print warnings\n"
    "      --color WHEN     auto (default: on a terminal, unless NO_COLOR is set),\n"
    "                       always, never\n"
    "\n"
    "examples:\n"
    "  mirscope check corpus/\n"
    "  mirscope check -v target/mir_dump/mycrate.f-{closure#0}.-------.coroutine_resume.0.mir\n"
    "  cat dump.mir | mirscope check -\n"
    "\n"
    "exit status: 0 all parsed cleanly; 1 a file was unreadable or had syntax errors;\n"
    "2 usage error; 3 internal error\n";

typedef struct {
  bool verbose, quiet, warnings, color;
  size_t files, bodies, errors, warns, unreadable;
  bool oom;
} CheckState;

static const char *era_name(ms_layout_era e) {
  switch (e) {
  case MS_LAYOUT_GENERATOR: return "generator_layout";
  case MS_LAYOUT_COROUTINE: return "coroutine_layout";
  case MS_LAYOUT_PRINTER2026: return "coroutine layout (2026)";
  default: return "none";
  }
}

/* One part of a dump (the file is parsed in parts of about a megabyte). */
static int check_part(ms_doc *doc, void *user) {
  CheckState *st = user;
  size_t nd = ms_doc_diag_count(doc);
  for (size_t i = 0; i < nd; i++) {
    const ms_diag *d = ms_doc_diag(doc, i);
    bool is_err = ms_diag_severity(d) == MS_SEV_ERROR;
    if (ms_diag_severity(d) == MS_SEV_WARNING) st->warns++;
    if (st->quiet || (!is_err && !st->warnings)) continue;
    ms_diag_print(d, stderr, st->color);
  }
  st->errors += ms_doc_error_count(doc);
  size_t nb = ms_doc_body_count(doc);
  st->bodies += nb;
  if (st->verbose) {
    for (size_t i = 0; i < nb; i++) {
      const ms_body *b = ms_doc_body(doc, i);
      size_t nblk = ms_body_block_count(b), nstmt = 0, nterm = 0;
      for (size_t k = 0; k < nblk; k++) {
        const ms_block *blk = ms_body_block(b, k);
        nstmt += ms_block_stmt_count(blk);
        nterm += ms_block_terminator(blk) != NULL;
      }
      const ms_layout *l = ms_body_layout(b);
      printf("%s:%u: %s [%s]: %zu blocks, %zu statements, %zu terminators, %zu locals",
             ms_body_file(b), ms_body_line(b), ms_body_def_path(b), ms_body_pass(b), nblk,
             nstmt, nterm, ms_body_local_count(b));
      if (l)
        printf(", %s: %zu saved, %zu variants, %zu conflicts", era_name(ms_layout_era_of(l)),
               ms_layout_field_count(l), ms_layout_variant_count(l),
               ms_layout_conflict_count(l));
      printf("\n");
    }
  }
  ms_doc_free(doc);
  return 0;
}

static void check_read_error(const char *path, const char *err, void *user) {
  CheckState *st = user;
  if (err && strcmp(err, "out of memory") == 0) st->oom = true;
  fprintf(stderr, "%s: error: cannot read: %s\n", strcmp(path, "-") ? path : "<stdin>",
          err ? err : "unknown error");
  st->unreadable++;
}

/* A list of paths, grown as a directory walk finds files. */
typedef struct {
  char **v;
  size_t n, cap;
  size_t errors; /* paths the walk could not read */
  bool oom;
} PathList;

static void list_walk_error(const char *path, const char *msg, void *user) {
  PathList *l = user;
  fprintf(stderr, "%s: error: %s\n", path, msg);
  l->errors++;
}

static int collect_path(const char *path, void *user) {
  PathList *l = user;
  if (l->n == l->cap) {
    size_t nc = l->cap ? l->cap * 2 : 64;
    char **nv = realloc(l->v, nc * sizeof *nv);
    if (!nv) {
      l->oom = true;
      return 1;
    }
    l->v = nv;
    l->cap = nc;
  }
  if (!(l->v[l->n] = strdup(path))) {
    l->oom = true;
    return 1;
  }
  l->n++;
  return 0;
}

static void free_paths(PathList *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
}

static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* `-j N` / `--jobs N`: 1 or more; returns -1 on a bad value. */
static int parse_jobs(const char *v) {
  char *e;
  long n = strtol(v, &e, 10);
  if (*e || n < 1 || n > 256) {
    fprintf(stderr, "mirscope: --jobs takes a number from 1 to 256\n");
    return -1;
  }
  return (int)n;
}


static bool want_color(const char *when) {
  if (strcmp(when, "always") == 0) return true;
  if (strcmp(when, "never") == 0) return false;
  const char *nc = getenv("NO_COLOR");
  return isatty(STDERR_FILENO) && !(nc && *nc);
}

static int cmd_check(int argc, char **argv) {
  CheckState st = {.warnings = true};
  const char *color = "auto";
  int jobs = default_jobs();
  const char **paths = calloc((size_t)argc + 1, sizeof *paths);
  size_t np = 0;
  if (!paths) return EXIT_INTERNAL;
  bool opts = true;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (opts && a[0] == '-' && a[1]) {
      if (strcmp(a, "--") == 0) opts = false;
      else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
        fputs(CHECK_USAGE, stdout);
        free(paths);
        return EXIT_OK;
      } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) st.verbose = true;
      else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) st.quiet = true;
      else if (!strcmp(a, "-w") || !strcmp(a, "--no-warnings")) st.warnings = false;
      else if (!strcmp(a, "--color") && i + 1 < argc) color = argv[++i];
      else if (!strncmp(a, "--color=", 8)) color = a + 8;
      else if ((!strcmp(a, "-j") || !strcmp(a, "--jobs")) && i + 1 < argc) {
        if ((jobs = parse_jobs(argv[++i])) < 0) {
          free(paths);
          return EXIT_USAGE;
        }
      } else if (!strncmp(a, "--jobs=", 7) || (!strncmp(a, "-j", 2) && a[2])) {
        if ((jobs = parse_jobs(a[1] == 'j' ? a + 2 : a + 7)) < 0) {
          free(paths);
          return EXIT_USAGE;
        }
      } else {
        fprintf(stderr, "mirscope check: unknown option '%s'\n%s", a, CHECK_USAGE);
        free(paths);
        return EXIT_USAGE;
      }
      continue;
    }
    paths[np++] = a;
  }
  if (strcmp(color, "auto") && strcmp(color, "always") && strcmp(color, "never")) {
    fprintf(stderr, "mirscope check: --color takes auto, always or never\n");
    free(paths);
    return EXIT_USAGE;
  }
  if (np == 0) {
    fprintf(stderr, "mirscope check: no input (give a file, a directory or -)\n%s",
            CHECK_USAGE);
    free(paths);
    return EXIT_USAGE;
  }
  st.color = want_color(color);
  PathList files = {0};
  int rc = ms_walk_paths(paths, np, collect_path, list_walk_error, &files);
  free(paths);
  st.unreadable += files.errors;
  if (!rc && !files.oom) {
    st.files = files.n;
    rc = ms_parse_files((const char *const *)files.v, files.n, jobs, check_part,
                        check_read_error, &st);
  }
  rc = rc || files.oom ? -1 : 0;
  free_paths(&files);
  if (rc < 0 || st.oom) {
    fprintf(stderr, "mirscope: internal error: out of memory\n");
    return EXIT_INTERNAL;
  }
  printf("%zu files, %zu bodies, %zu errors, %zu warnings\n", st.files, st.bodies,
         st.errors + st.unreadable, st.warns);
  return st.errors || st.unreadable ? EXIT_INPUT : EXIT_OK;
}

/* ------------------------------------------------------------------ shared by commands */

/* Options every modelling command takes. */
typedef struct {
  const char **paths;
  size_t npaths;
  const char **tsfiles;
  size_t nts;
  const char *symbols;
  int pointer_width;
  int jobs;      /* parsing threads */
  bool color;    /* diagnostics on stderr */
  bool progress; /* a progress line on stderr (a terminal, several files) */
} CrateArgs;

typedef struct {
  size_t unreadable, errors;
} Problems;

static void problem_walk_error(const char *path, const char *msg, void *user) {
  Problems *pr = user;
  fprintf(stderr, "%s: error: %s\n", path, msg);
  pr->unreadable++;
}

/* Directory part of a path ("" when none). */
static void dir_of(const char *p, char *out, size_t cap) {
  const char *slash = strrchr(p, '/');
  size_t n = slash ? (size_t)(slash - p) : 0;
  if (n >= cap) n = cap - 1;
  memcpy(out, p, n);
  out[n] = 0;
}

typedef struct {
  ms_crate *crate;
  Problems *pr;
  bool color, progress;
  size_t files, nfiles;  /* for the progress line */
  size_t resume_bodies;  /* `coroutine_resume`/`generator_resume` bodies read */
  char last_name[4096]; /* the file the last part came from */
} AddState;

static bool is_resume_pass(const char *pass) {
  return !strcmp(pass, "coroutine_resume") || !strcmp(pass, "generator_resume");
}

static void print_warning(const char *path, const char *msg, void *user) {
  (void)user;
  fprintf(stderr, "%s: warning: %s\n", path ? path : "mirscope", msg);
}

/*
 * Bodies in = coroutines out: every `coroutine_resume` body read is a coroutine or was
 * warned about (counted here from the headers, apart from the library's notion of a body).
 */
static void check_nothing_lost(const ms_crate *c, size_t resume_bodies) {
  size_t out = ms_crate_dropped_count(c);
  for (size_t i = 0; i < ms_crate_coroutine_count(c); i++)
    out += is_resume_pass(ms_co_pass(ms_crate_coroutine(c, i)));
  if (out != resume_bodies)
    fprintf(stderr, "mirscope: warning: %zu coroutine_resume bodies were read but %zu are "
            "accounted for: some were merged (please report this with the dumps)\n",
            resume_bodies, out);
}

/* One part of a dump into the crate: print its errors, keep its coroutines, free it. */
static int add_part(ms_doc *doc, void *user) {
  AddState *as = user;
  if (strcmp(as->last_name, ms_doc_name(doc)) != 0) { /* the first part of the next file */
    snprintf(as->last_name, sizeof as->last_name, "%s", ms_doc_name(doc));
    as->files++;
    if (as->progress && (as->files % 16 == 0 || as->files == as->nfiles))
      fprintf(stderr, "\r\033[Kreading %zu/%zu dumps", as->files, as->nfiles);
  }
  for (size_t k = 0; k < ms_doc_diag_count(doc); k++)
    if (ms_diag_severity(ms_doc_diag(doc, k)) != MS_SEV_WARNING) {
      if (as->progress) fputs("\r\033[K", stderr);
      ms_diag_print(ms_doc_diag(doc, k), stderr, as->color);
    }
  as->pr->errors += ms_doc_error_count(doc);
  for (size_t k = 0; k < ms_doc_body_count(doc); k++)
    as->resume_bodies += is_resume_pass(ms_body_pass(ms_doc_body(doc, k)));
  ms_crate_add_doc(as->crate, doc);
  ms_doc_free(doc);
  return 0;
}

static void add_read_error(const char *path, const char *err, void *user) {
  AddState *as = user;
  if (as->progress) fputs("\r\033[K", stderr);
  fprintf(stderr, "%s: error: cannot read: %s\n", strcmp(path, "-") ? path : "<stdin>",
          err ? err : "unknown error");
  as->pr->unreadable++;
}

/*
 * Build and finish the crate model of some paths: one document at a time (each freed
 * before the next is read), type sizes given or found beside the dumps, symbols.
 * Returns NULL only when memory is exhausted.
 */
static ms_crate *build_crate(const CrateArgs *a, Problems *pr) {
  ms_inputs *in = ms_inputs_collect(a->paths, a->npaths, problem_walk_error, pr);
  ms_crate_options o = {.pointer_width = a->pointer_width, .on_warning = print_warning};
  ms_crate *crate = in ? ms_crate_new(&o) : NULL;
  if (!crate) {
    ms_inputs_free(in);
    return NULL;
  }
  for (size_t i = 0; i < a->nts; i++) {
    const char *err = NULL;
    if (ms_crate_add_type_sizes_file(crate, a->tsfiles[i], &err) < 0) {
      fprintf(stderr, "%s: error: cannot read type sizes: %s\n", a->tsfiles[i], err);
      pr->unreadable++;
    }
  }
  for (size_t i = 0; i < ms_inputs_type_sizes_count(in); i++) {
    /* found beside the dumps: applies to the dumps below its own directory */
    const char *p = ms_inputs_type_sizes_path(in, i), *err = NULL;
    char scope[4096];
    dir_of(p, scope, sizeof scope);
    long n = *scope ? ms_crate_add_type_sizes_scoped(crate, p, scope, &err)
                    : ms_crate_add_type_sizes_file(crate, p, &err);
    if (n < 0) {
      fprintf(stderr, "%s: error: cannot read type sizes: %s\n", p, err);
      pr->unreadable++;
    }
  }
  if (a->symbols) {
    const char *err = NULL;
    if (ms_crate_add_symbols_file(crate, a->symbols, &err) < 0) {
      fprintf(stderr, "%s: error: cannot read symbols: %s\n", a->symbols, err);
      pr->unreadable++;
    }
  }
  size_t n = ms_inputs_count(in);
  const char **list = calloc(n ? n : 1, sizeof *list);
  if (!list) {
    ms_inputs_free(in);
    ms_crate_free(crate);
    return NULL;
  }
  for (size_t i = 0; i < n; i++) list[i] = ms_inputs_path(in, i);
  bool progress = a->progress && n > 1;
  AddState as = {.crate = crate, .pr = pr, .color = a->color, .progress = progress,
                 .nfiles = n};
  int r = ms_parse_files(list, n, a->jobs > 0 ? a->jobs : default_jobs(), add_part,
                         add_read_error, &as);
  free(list);
  if (r < 0) {
    ms_inputs_free(in);
    ms_crate_free(crate);
    return NULL;
  }
  if (progress) fputs("\r\033[K", stderr);
  ms_inputs_free(in);
  ms_crate_finish(crate);
  check_nothing_lost(crate, as.resume_bodies);
  return crate;
}

/*
 * Output files are written to a temporary file beside the target and renamed into place
 * when complete, so an error never leaves a half-written file nor truncates a good one.
 */
typedef struct {
  FILE *f;
  char final[4096], tmp[4112];
  bool to_stdout;
} Out;

static bool out_open(Out *o, const char *path) {
  memset(o, 0, sizeof *o);
  if (!path || !strcmp(path, "-")) {
    o->f = stdout;
    o->to_stdout = true;
    return true;
  }
  if (strlen(path) >= sizeof o->final) {
    fprintf(stderr, "mirscope: output path too long: %s\n", path);
    return false;
  }
  snprintf(o->final, sizeof o->final, "%s", path);
  snprintf(o->tmp, sizeof o->tmp, "%s.XXXXXX", path);
  int fd = mkstemp(o->tmp);
  if (fd < 0 || !(o->f = fdopen(fd, "w"))) {
    fprintf(stderr, "mirscope: cannot write %s: %s\n", path, strerror(errno));
    if (fd >= 0) {
      close(fd);
      unlink(o->tmp);
    }
    return false;
  }
  return true;
}

/*
 * The mode open(2) would give a new file, 0666 less the umask: mkstemp's 0600 is for the
 * unfinished file only.  The umask can only be read by setting it, so it is set back at
 * once (outputs are written after the parsing threads are done).
 */
static mode_t new_file_mode(void) {
  mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

/* Finish an output: `ok` false (or a write error) discards it. */
static bool out_close(Out *o, bool ok) {
  if (o->to_stdout) return fflush(stdout) == 0 && ok;
  ok = ok && !ferror(o->f);
  if (ok && fchmod(fileno(o->f), new_file_mode()) != 0) {
    fprintf(stderr, "mirscope: cannot write %s: %s\n", o->final, strerror(errno));
    ok = false;
  }
  if (fclose(o->f) != 0) ok = false;
  if (ok && rename(o->tmp, o->final) != 0) {
    fprintf(stderr, "mirscope: cannot write %s: %s\n", o->final, strerror(errno));
    ok = false;
  }
  if (!ok) unlink(o->tmp);
  return ok;
}

/* Parse the options shared by report, graph and diff; returns 1 when `a` (and maybe its
 * value) were consumed, 0 when not one of them, -1 on a bad value. */
static int crate_option(CrateArgs *c, int argc, char **argv, int *i) {
  const char *a = argv[*i], *val = *i + 1 < argc ? argv[*i + 1] : NULL;
  if ((!strcmp(a, "-t") || !strcmp(a, "--type-sizes")) && val) {
    c->tsfiles[c->nts++] = val;
    (*i)++;
  } else if (!strncmp(a, "--type-sizes=", 13)) {
    c->tsfiles[c->nts++] = a + 13;
  } else if ((!strcmp(a, "-s") || !strcmp(a, "--symbols")) && val) {
    c->symbols = val;
    (*i)++;
  } else if (!strncmp(a, "--symbols=", 10)) {
    c->symbols = a + 10;
  } else if ((!strcmp(a, "-j") || !strcmp(a, "--jobs")) && val) {
    if ((c->jobs = parse_jobs(val)) < 0) return -1;
    (*i)++;
  } else if (!strncmp(a, "--jobs=", 7) || (!strncmp(a, "-j", 2) && a[2])) {
    if ((c->jobs = parse_jobs(a[1] == 'j' ? a + 2 : a + 7)) < 0) return -1;
  } else if (!strcmp(a, "--pointer-width") || !strncmp(a, "--pointer-width=", 16)) {
    const char *v = a[15] == '=' ? a + 16 : val;
    if (!v) return -1;
    if (v == val) (*i)++;
    c->pointer_width = atoi(v);
    if (c->pointer_width != 16 && c->pointer_width != 32 && c->pointer_width != 64) {
      fprintf(stderr, "mirscope: --pointer-width takes 16, 32 or 64\n");
      return -1;
    }
  } else {
    return 0;
  }
  return 1;
}

/* Room for every path and type-sizes file of argc arguments. */
static bool crate_args_init(CrateArgs *c, int argc) {
  c->paths = calloc((size_t)argc + 1, sizeof *c->paths);
  c->tsfiles = calloc((size_t)argc + 1, sizeof *c->tsfiles);
  return c->paths && c->tsfiles;
}

/* One argument of report or graph that is common to both: a path, "--", or a crate
 * option.  1: consumed; 0: a command option for the caller; -1: a bad value. */
static int crate_arg(CrateArgs *c, int argc, char **argv, int *i, bool *opts) {
  const char *a = argv[*i];
  if (!*opts || a[0] != '-' || !a[1]) {
    c->paths[c->npaths++] = a;
    return 1;
  }
  if (!strcmp(a, "--")) {
    *opts = false;
    return 1;
  }
  return crate_option(c, argc, argv, i);
}

/* `--name VALUE` or `--name=VALUE` (or the short form `-x VALUE`). */
static const char *opt_value(const char *shrt, const char *lng, int argc, char **argv, int *i) {
  const char *a = argv[*i];
  size_t l = strlen(lng);
  if ((shrt && !strcmp(a, shrt)) || !strcmp(a, lng)) {
    if (*i + 1 >= argc) return NULL;
    return argv[++*i];
  }
  if (!strncmp(a, lng, l) && a[l] == '=') return a + l + 1;
  return NULL;
}

static bool is_opt(const char *shrt, const char *lng, const char *a) {
  size_t l = strlen(lng);
  return (shrt && !strcmp(a, shrt)) || !strcmp(a, lng) || (!strncmp(a, lng, l) && a[l] == '=');
}

static bool stdout_color(const char *when) {
  if (!strcmp(when, "always")) return true;
  if (!strcmp(when, "never")) return false;
  const char *nc = getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && !(nc && *nc);
}

static int terminal_width(void) {
  struct winsize ws;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
    return ws.ws_col;
  return 0;
}

/* `rustc -vV` saved beside the dumps (rustc-vV.txt in a given directory or its parents). */
static void rustc_version_near(const char *path, char *out, size_t cap) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", path);
  for (int up = 0; up < 4 && *out == 0; up++) {
    char f[4200];
    snprintf(f, sizeof f, "%s/rustc-vV.txt", *dir ? dir : ".");
    FILE *fp = fopen(f, "r");
    if (fp) {
      if (fgets(out, (int)cap, fp)) out[strcspn(out, "\n")] = 0;
      fclose(fp);
    }
    char *slash = strrchr(dir, '/');
    if (!slash) break;
    *slash = 0;
  }
}

/* ------------------------------------------------------------------ report */

static const char REPORT_USAGE[] =
    "usage: mirscope report [options] PATH...\n"
    "\n"
    "Model every coroutine (async fn/block/closure, gen block, coroutine) found in the dumps:\n"
    "its states and the transitions between them, its layout (saved locals per state,\n"
    "upvars), its size and code size, and findings about redundant states.\n"
    "\n"
    "In directories, one dump per body is used: coroutine_resume, else\n"
    "StateTransform.after (other passes are skipped without being read).  Files in those\n"
    "directories holding -Zprint-type-sizes output are used as ground truth for the dumps\n"
    "below them.\n"
    "\n"
    "options:\n"
    "  -f, --format FORMAT    text (default: a ranked table and totals), md (a bug report\n"
    "                         for a rust-lang/rust issue), json (docs/json.md)\n"
    "      --top N            list the N first coroutines (default 20 for text and md; 0: all)\n"
    "      --sort KEY         size (default), redundant, code\n"
    "  -t, --type-sizes FILE  -Zprint-type-sizes output: exact future sizes (repeatable)\n"
    "  -s, --symbols FILE     `nm -S -C` output: exact code sizes of resume functions\n"
    "      --pointer-width N  16, 32 or 64 (default 64), for computed sizes\n"
    "  -j, --jobs N           parse on N threads (default: every core)\n"
    "      --rustc-version V  the compiler that made the dumps (md; default: rustc-vV.txt\n"
    "                         found beside the dumps)\n"
    "      --svg-dir DIR      md: also write each listed coroutine's state diagram as SVG\n"
    "  -o, --output FILE      write the report to FILE (atomically) instead of stdout\n"
    "      --color WHEN       auto (a terminal, unless NO_COLOR is set), always, never\n"
    "\n"
    "Capture dumps and type sizes in one build:\n"
    "  RUSTC_BOOTSTRAP=1 rustc -Zdump-mir=coroutine_resume -Zdump-mir-dir=mir_dump \\\n"
    "      -Zprint-type-sizes src/lib.rs > mir_dump/type-sizes.txt\n"
    "\n"
    "examples:\n"
    "  mirscope report corpus/stable/basic\n"
    "  mirscope report --sort redundant --top 10 target/mirscope/dumps\n"
    "  mirscope report -f md --svg-dir svg -o report.md mir_dump/\n"
    "  mirscope report -f json -t type-sizes.txt mir_dump/ > report.json\n"
    "\n"
    "exit status: 0 ok; 1 some input could not be read or had syntax errors (the report\n"
    "covers the rest); 2 usage error; 3 internal error\n";

static int render_states_dot(const ms_coroutine *co, FILE *o, void *user) {
  (void)user;
  return ms_co_render(co, NULL, MS_VIEW_STATES, MS_FORMAT_DOT, NULL, o, NULL, 0);
}

/* The SVG of every listed coroutine into dir, named by ms_co_file_stem. */
static bool write_svgs(const ms_crate *c, const ms_report_options *ro, const char *dir) {
  size_t n = ms_crate_coroutine_count(c);
  size_t *idx = calloc(n ? n : 1, sizeof *idx);
  if (!idx) return false;
  size_t k = ms_crate_rank(c, ro->sort, ro->top, idx, n ? n : 1);
  ms_graph_ctx *ctx = ms_graph_ctx_new();
  ms_graph_options go = {.ctx = ctx};
  bool ok = ctx != NULL;
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "mirscope: cannot create %s: %s\n", dir, strerror(errno));
    ok = false;
  }
  for (size_t i = 0; ok && i < k; i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, idx[i]);
    char stem[128], path[4400], err[256] = "";
    ms_co_file_stem(co, stem, sizeof stem);
    snprintf(path, sizeof path, "%s/%s.svg", dir, stem);
    Out o;
    if (!out_open(&o, path)) {
      ok = false;
      break;
    }
    bool r = ms_co_render(co, NULL, MS_VIEW_STATES, MS_FORMAT_SVG, &go, o.f, err, sizeof err) == 0;
    if (!r) fprintf(stderr, "%s: error: %s\n", ms_co_name(co), err);
    ok = out_close(&o, r) && ok;
  }
  ms_graph_ctx_free(ctx);
  free(idx);
  return ok;
}

static int cmd_report(int argc, char **argv) {
  CrateArgs ca = {.pointer_width = 64};
  const char *format = "text", *sort = "size", *rustc = NULL, *svgdir = NULL, *output = NULL;
  const char *color = "auto";
  long top = -1;
  int rc = EXIT_OK;
  ms_crate *crate = NULL;
  if (!crate_args_init(&ca, argc)) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  bool opts = true;
  for (int i = 1; i < argc; i++) {
    int r = crate_arg(&ca, argc, argv, &i, &opts);
    if (r < 0) {
      rc = EXIT_USAGE;
      goto out;
    }
    if (r) continue;
    const char *a = argv[i], *v;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(REPORT_USAGE, stdout);
      goto out;
    } else if (is_opt("-f", "--format", a) && (v = opt_value("-f", "--format", argc, argv, &i)))
      format = v;
    else if (is_opt(NULL, "--top", a) && (v = opt_value(NULL, "--top", argc, argv, &i)))
      top = strtol(v, NULL, 10);
    else if (is_opt(NULL, "--sort", a) && (v = opt_value(NULL, "--sort", argc, argv, &i)))
      sort = v;
    else if (is_opt(NULL, "--rustc-version", a) &&
             (v = opt_value(NULL, "--rustc-version", argc, argv, &i)))
      rustc = v;
    else if (is_opt(NULL, "--svg-dir", a) && (v = opt_value(NULL, "--svg-dir", argc, argv, &i)))
      svgdir = v;
    else if (is_opt("-o", "--output", a) && (v = opt_value("-o", "--output", argc, argv, &i)))
      output = v;
    else if (is_opt(NULL, "--color", a) && (v = opt_value(NULL, "--color", argc, argv, &i)))
      color = v;
    else {
      fprintf(stderr, "mirscope report: unknown option or missing value: '%s'\n%s", a,
              REPORT_USAGE);
      rc = EXIT_USAGE;
      goto out;
    }
  }
  ms_sort srt = !strcmp(sort, "size")        ? MS_SORT_SIZE
                : !strcmp(sort, "redundant") ? MS_SORT_REDUNDANT
                : !strcmp(sort, "code")      ? MS_SORT_CODE
                                             : (ms_sort)-1;
  if (strcmp(format, "text") && strcmp(format, "md") && strcmp(format, "json")) {
    fprintf(stderr, "mirscope report: unknown format '%s' (text, md, json)\n", format);
    rc = EXIT_USAGE;
  } else if ((int)srt < 0) {
    fprintf(stderr, "mirscope report: unknown sort key '%s' (size, redundant, code)\n", sort);
    rc = EXIT_USAGE;
  } else if (top < -1) {
    fprintf(stderr, "mirscope report: --top takes a number >= 0\n");
    rc = EXIT_USAGE;
  } else if (strcmp(color, "auto") && strcmp(color, "always") && strcmp(color, "never")) {
    fprintf(stderr, "mirscope report: --color takes auto, always or never\n");
    rc = EXIT_USAGE;
  } else if (ca.npaths == 0) {
    fprintf(stderr, "mirscope report: no input (give a file, a directory or -)\n%s",
            REPORT_USAGE);
    rc = EXIT_USAGE;
  }
  if (rc) goto out;

  Problems pr = {0};
  ca.color = want_color("auto");
  ca.progress = isatty(STDERR_FILENO);
  crate = build_crate(&ca, &pr);
  if (!crate) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  char version[256] = "";
  if (rustc) snprintf(version, sizeof version, "%s", rustc);
  for (size_t i = 0; !*version && i < ca.npaths; i++) {
    struct stat st;
    if (stat(ca.paths[i], &st) == 0 && S_ISDIR(st.st_mode))
      rustc_version_near(ca.paths[i], version, sizeof version);
  }
  char cmdline[2048] = "mirscope report";
  for (int i = 1; i < argc; i++) {
    size_t l = strlen(cmdline);
    snprintf(cmdline + l, sizeof cmdline - l, " %s", argv[i]);
  }
  ms_report_options ro = {
      .top = top < 0 ? (strcmp(format, "json") ? 20 : 0) : (size_t)top,
      .sort = srt,
      .color = output ? 0 : stdout_color(color),
      .width = output ? 0 : terminal_width(),
      .rustc_version = *version ? version : NULL,
      .command_line = cmdline,
      .svg_dir = svgdir,
      .render_dot = render_states_dot,
      .svg_stem = ms_co_file_stem,
  };
  Out o;
  if (!out_open(&o, output)) {
    rc = EXIT_INPUT;
    goto out;
  }
  int w = !strcmp(format, "json") ? ms_crate_write_json(crate, o.f)
          : !strcmp(format, "md") ? ms_crate_write_markdown(crate, o.f, &ro)
                                  : ms_crate_write_text(crate, o.f, &ro);
  if (!out_close(&o, w == 0)) {
    fprintf(stderr, "mirscope report: error writing the report\n");
    rc = EXIT_INTERNAL;
    goto out;
  }
  if (svgdir && !strcmp(format, "md") && !write_svgs(crate, &ro, svgdir)) rc = EXIT_INPUT;
  if (pr.unreadable || pr.errors) rc = rc ? rc : EXIT_INPUT;
out:
  ms_crate_free(crate);
  free(ca.paths);
  free(ca.tsfiles);
  return rc;
}

/* ------------------------------------------------------------------ graph */

static const char GRAPH_USAGE[] =
    "usage: mirscope graph [options] PATH...\n"
    "\n"
    "Draw coroutines: their states and transitions, their resume function's control flow,\n"
    "or their layout, as Graphviz DOT or SVG, annotated with bytes.\n"
    "\n"
    "options:\n"
    "      --view VIEW        states (default): one node per state, edges labelled\n"
    "                         pending/ready/yield/return/unwind, redundant states dashed red;\n"
    "                         cfg: the resume function's blocks clustered by state;\n"
    "                         layout: variants x saved locals with bytes, and the overlap graph\n"
    "  -f, --format FORMAT    dot (default) or svg (standalone, with tooltips and stable ids)\n"
    "  -o, --output FILE|DIR  one coroutine: a file; several: a directory with one file per\n"
    "                         coroutine (names derived from def paths); default stdout (DOT\n"
    "                         only when several: one cluster per coroutine)\n"
    "      --fn REGEX         only coroutines whose name or def path matches (PCRE2)\n"
    "      --link-format FMT  link saved locals to their source, e.g.\n"
    "                         'vscode://file/{file}:{line}:{col}' (URL-encoded; javascript:,\n"
    "                         data: and similar schemes are refused)\n"
    "  -t, --type-sizes FILE, -s, --symbols FILE, --pointer-width N, -j N   as for report\n"
    "\n"
    "examples:\n"
    "  mirscope graph corpus/stable/basic --fn 'handshake' -f svg -o handshake.svg\n"
    "  mirscope graph --view cfg --fn '^add::' mir_dump/ | dot -Tpng > add.png\n"
    "  mirscope graph -f svg -o svg/ mir_dump/\n"
    "\n"
    "exit status: 0 ok; 1 an input could not be read or a file could not be written;\n"
    "2 usage error (also: no coroutine matches --fn); 3 internal error\n";

/* Resume bodies for the CFG view: each coroutine's dump parsed again. */
typedef struct {
  ms_doc **docs;
  const ms_body **bodies;
} Bodies;

static bool load_bodies(const ms_coroutine *const *cos, size_t n, Bodies *b) {
  b->docs = calloc(n ? n : 1, sizeof *b->docs);
  b->bodies = calloc(n ? n : 1, sizeof *b->bodies);
  if (!b->docs || !b->bodies) return false;
  for (size_t i = 0; i < n; i++) {
    const char *err = NULL;
    b->docs[i] = ms_doc_parse_file(ms_co_file(cos[i]), &err);
    if (b->docs[i]) b->bodies[i] = ms_co_find_body(cos[i], b->docs[i]);
    if (!b->bodies[i]) {
      fprintf(stderr, "%s: error: cannot read the resume body of %s%s%s\n", ms_co_file(cos[i]),
              ms_co_name(cos[i]), err ? ": " : "", err ? err : "");
      return false;
    }
  }
  return true;
}

static void free_bodies(Bodies *b, size_t n) {
  for (size_t i = 0; b->docs && i < n; i++) ms_doc_free(b->docs[i]);
  free(b->docs);
  free(b->bodies);
}

static int cmd_graph(int argc, char **argv) {
  CrateArgs ca = {.pointer_width = 64};
  const char *view = "states", *format = "dot", *output = NULL, *fn = NULL, *link = NULL;
  int rc = EXIT_OK;
  ms_crate *crate = NULL;
  pcre2_code *re = NULL;
  const ms_coroutine **sel = NULL;
  size_t nsel = 0;
  Bodies bodies = {0};
  ms_graph_ctx *gctx = NULL;
  if (!crate_args_init(&ca, argc)) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  bool opts = true;
  for (int i = 1; i < argc; i++) {
    int r = crate_arg(&ca, argc, argv, &i, &opts);
    if (r < 0) {
      rc = EXIT_USAGE;
      goto out;
    }
    if (r) continue;
    const char *a = argv[i], *v;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(GRAPH_USAGE, stdout);
      goto out;
    } else if (is_opt(NULL, "--view", a) && (v = opt_value(NULL, "--view", argc, argv, &i)))
      view = v;
    else if (is_opt("-f", "--format", a) && (v = opt_value("-f", "--format", argc, argv, &i)))
      format = v;
    else if (is_opt("-o", "--output", a) && (v = opt_value("-o", "--output", argc, argv, &i)))
      output = v;
    else if (is_opt(NULL, "--fn", a) && (v = opt_value(NULL, "--fn", argc, argv, &i)))
      fn = v;
    else if (is_opt(NULL, "--link-format", a) &&
             (v = opt_value(NULL, "--link-format", argc, argv, &i)))
      link = v;
    else {
      fprintf(stderr, "mirscope graph: unknown option or missing value: '%s'\n%s", a,
              GRAPH_USAGE);
      rc = EXIT_USAGE;
      goto out;
    }
  }
  ms_view vw = !strcmp(view, "states") ? MS_VIEW_STATES
               : !strcmp(view, "cfg")  ? MS_VIEW_CFG
               : !strcmp(view, "layout") ? MS_VIEW_LAYOUT
                                         : (ms_view)-1;
  ms_graph_format gf = !strcmp(format, "dot") ? MS_FORMAT_DOT
                       : !strcmp(format, "svg") ? MS_FORMAT_SVG
                                                : (ms_graph_format)-1;
  char err[512] = "";
  if ((int)vw < 0) {
    fprintf(stderr, "mirscope graph: unknown view '%s' (states, cfg, layout)\n", view);
    rc = EXIT_USAGE;
  } else if ((int)gf < 0) {
    fprintf(stderr, "mirscope graph: unknown format '%s' (dot, svg)\n", format);
    rc = EXIT_USAGE;
  } else if (ms_graph_link_format_check(link, err, sizeof err) != 0) {
    fprintf(stderr, "mirscope graph: --link-format: %s\n", err);
    rc = EXIT_USAGE;
  } else if (ca.npaths == 0) {
    fprintf(stderr, "mirscope graph: no input (give a file, a directory or -)\n%s",
            GRAPH_USAGE);
    rc = EXIT_USAGE;
  }
  if (rc) goto out;
  if (fn) {
    int ec;
    PCRE2_SIZE off;
    re = pcre2_compile((PCRE2_SPTR)fn, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &ec, &off, NULL);
    if (!re) {
      PCRE2_UCHAR msg[256];
      pcre2_get_error_message(ec, msg, sizeof msg);
      fprintf(stderr, "mirscope graph: --fn: %s at offset %zu\n", (const char *)msg,
              (size_t)off);
      rc = EXIT_USAGE;
      goto out;
    }
  }

  Problems pr = {0};
  ca.color = want_color("auto");
  ca.progress = isatty(STDERR_FILENO);
  crate = build_crate(&ca, &pr);
  if (!crate) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  size_t n = ms_crate_coroutine_count(crate);
  sel = calloc(n ? n : 1, sizeof *sel);
  pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
  if (!sel || (re && !md)) {
    pcre2_match_data_free(md);
    rc = EXIT_INTERNAL;
    goto out;
  }
  for (size_t i = 0; i < n; i++) {
    const ms_coroutine *co = ms_crate_coroutine(crate, i);
    if (re &&
        pcre2_match(re, (PCRE2_SPTR)ms_co_name(co), PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) < 0 &&
        pcre2_match(re, (PCRE2_SPTR)ms_co_def_path(co), PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) < 0)
      continue;
    sel[nsel++] = co;
  }
  pcre2_match_data_free(md);
  if (nsel == 0) {
    fprintf(stderr, "mirscope graph: no coroutine%s%s%s in the input\n",
            fn ? " matches '" : "", fn ? fn : "", fn ? "'" : "");
    rc = pr.unreadable || pr.errors ? EXIT_INPUT : EXIT_USAGE;
    goto out;
  }
  if (gf == MS_FORMAT_SVG && !(gctx = ms_graph_ctx_new())) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  if (vw == MS_VIEW_CFG && !load_bodies(sel, nsel, &bodies)) {
    rc = EXIT_INPUT;
    goto out;
  }
  ms_graph_options go = {.ctx = gctx, .link_format = link};
  struct stat st;
  bool to_dir = output && ((stat(output, &st) == 0 && S_ISDIR(st.st_mode)) ||
                           output[strlen(output) - 1] == '/' || nsel > 1);
  if (nsel > 1 && !to_dir && gf == MS_FORMAT_SVG) {
    fprintf(stderr, "mirscope graph: %zu coroutines: give -o DIR for one SVG each, or --fn\n",
            nsel);
    rc = EXIT_USAGE;
    goto out;
  }
  if (!to_dir) {
    Out o;
    if (!out_open(&o, output)) {
      rc = EXIT_INPUT;
      goto out;
    }
    int r = nsel == 1 ? ms_co_render(sel[0], bodies.bodies ? bodies.bodies[0] : NULL, vw, gf,
                                     &go, o.f, err, sizeof err)
                      : ms_co_render_many(sel, bodies.bodies, nsel, vw, gf, &go, o.f, err,
                                          sizeof err);
    if (r != 0) fprintf(stderr, "mirscope graph: %s\n", err);
    if (!out_close(&o, r == 0)) rc = r != 0 ? EXIT_INTERNAL : EXIT_INPUT;
  } else {
    if (mkdir(output, 0777) != 0 && errno != EEXIST) {
      fprintf(stderr, "mirscope graph: cannot create %s: %s\n", output, strerror(errno));
      rc = EXIT_INPUT;
      goto out;
    }
    for (size_t i = 0; i < nsel; i++) {
      char stem[128], path[4400];
      ms_co_file_stem(sel[i], stem, sizeof stem);
      snprintf(path, sizeof path, "%s/%s.%s", output, stem, format);
      Out o;
      if (!out_open(&o, path)) {
        rc = EXIT_INPUT;
        break;
      }
      int r = ms_co_render(sel[i], bodies.bodies ? bodies.bodies[i] : NULL, vw, gf, &go, o.f,
                           err, sizeof err);
      if (r != 0) fprintf(stderr, "%s: error: %s\n", ms_co_name(sel[i]), err);
      if (!out_close(&o, r == 0)) rc = r != 0 ? EXIT_INTERNAL : EXIT_INPUT;
    }
  }
  if (!rc && (pr.unreadable || pr.errors)) rc = EXIT_INPUT;
out:
  ms_graph_ctx_free(gctx);
  free_bodies(&bodies, nsel);
  free(sel);
  pcre2_code_free(re);
  ms_crate_free(crate);
  free(ca.paths);
  free(ca.tsfiles);
  return rc;
}

/* ------------------------------------------------------------------ capture */

static const char CAPTURE_USAGE[] =
    "usage: mirscope capture [options] [-- CARGO_BUILD_ARGS...]\n"
    "\n"
    "Build the cargo project in the current directory (offline, in its own target dir) with\n"
    "-Zdump-mir=coroutine_resume, -Zprint-type-sizes and -Csymbol-mangling-version=v0 added\n"
    "only for the workspace's own crates (or those named with --crate): dependencies, build\n"
    "scripts and proc macros build normally.  Then record `nm -S -C` code sizes and\n"
    "`rustc -vV`, model every coroutine with exact sizes, write report.json, report.md and\n"
    "svg/ into the output directory and print the largest futures.  Stable rustc gets\n"
    "RUSTC_BOOTSTRAP=1 for the dumped crates only.  Cargo.toml and target/ are not modified.\n"
    "\n"
    "options:\n"
    "  -o, --out DIR            output directory (default: <workspace>/target/mirscope)\n"
    "  -c, --crate NAME         dump this crate (repeatable; may be a dependency);\n"
    "                           default: the workspace's own crates\n"
    "      --manifest-path PATH the project's Cargo.toml\n"
    "  -r, --release            build with --release (optimized MIR, as shipped)\n"
    "  -n, --top N              futures listed (default 10; 0 = all)\n"
    "  -q, --quiet              no progress on the terminal\n"
    "  --                       the rest goes to `cargo build` (-p, --features, --target ...)\n"
    "\n"
    "output (DIR): report.json, report.md (a bug report), svg/ (state diagrams), cargo.log,\n"
    "rustc-vV.txt, dumps/<crate>/ (*.mir, type-sizes.txt, symbols.txt), target/ (cargo's)\n"
    "\n"
    "examples:\n"
    "  mirscope capture --release\n"
    "  mirscope capture --manifest-path examples/async-demo/Cargo.toml --release\n"
    "  mirscope capture --crate my_core -o /tmp/cap -- -p my-app --features tokio\n"
    "\n"
    "exit status: 0 ok; 1 the build failed (the log's tail is shown) or nothing was dumped;\n"
    "2 usage error or not in a cargo project; 3 internal error\n";

/* report.md and svg/ beside a capture's report.json. */
static int capture_extra(const ms_crate *c, const char *out_dir, void *user) {
  (void)user;
  char version[256] = "", path[4200], svg[4200];
  rustc_version_near(out_dir, version, sizeof version);
  snprintf(path, sizeof path, "%s/report.md", out_dir);
  snprintf(svg, sizeof svg, "%s/svg", out_dir);
  ms_report_options ro = {.top = 20, .sort = MS_SORT_SIZE, .rustc_version = *version ? version : NULL,
                          .command_line = "mirscope capture", .svg_dir = "svg",
                          .render_dot = render_states_dot, .svg_stem = ms_co_file_stem};
  Out o;
  if (!out_open(&o, path)) return -1;
  bool ok = out_close(&o, ms_crate_write_markdown(c, o.f, &ro) == 0);
  return ok && write_svgs(c, &ro, svg) ? 0 : -1;
}

static int cmd_capture(int argc, char **argv) {
  const char **crates = calloc((size_t)argc + 1, sizeof *crates);
  ms_capture_options o = {.progress = 1};
  const char *top = NULL;
  size_t nc = 0;
  if (!crates) return EXIT_INTERNAL;
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    const char *val = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--")) {
      i++;
      break;
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(CAPTURE_USAGE, stdout);
      free(crates);
      return EXIT_OK;
    } else if ((!strcmp(a, "-o") || !strcmp(a, "--out")) && val) o.out_dir = argv[++i];
    else if (!strncmp(a, "--out=", 6)) o.out_dir = a + 6;
    else if ((!strcmp(a, "-c") || !strcmp(a, "--crate")) && val) crates[nc++] = argv[++i];
    else if (!strncmp(a, "--crate=", 8)) crates[nc++] = a + 8;
    else if (!strcmp(a, "--manifest-path") && val) o.manifest_path = argv[++i];
    else if (!strncmp(a, "--manifest-path=", 16)) o.manifest_path = a + 16;
    else if (!strcmp(a, "-r") || !strcmp(a, "--release")) o.release = 1;
    else if ((!strcmp(a, "-n") || !strcmp(a, "--top")) && val) top = argv[++i];
    else if (!strncmp(a, "--top=", 6)) top = a + 6;
    else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) o.progress = 0;
    else {
      fprintf(stderr, "mirscope capture: unknown option or missing value: '%s'\n%s", a,
              CAPTURE_USAGE);
      free(crates);
      return EXIT_USAGE;
    }
  }
  if (top) { /* 0 = all */
    unsigned long n = strtoul(top, NULL, 10);
    o.top = n ? (size_t)n : (size_t)-1;
  }
  o.crates = crates;
  o.ncrates = nc;
  o.cargo_args = (const char *const *)(argv + i);
  o.ncargo_args = i < argc ? (size_t)(argc - i) : 0;
  o.self_exe = NULL; /* /proc/self/exe: this binary is the RUSTC_WRAPPER */
  o.write_extra = capture_extra; /* report.md and svg/ */
  char err[1024];
  int rc = ms_capture(&o, err, sizeof err);
  if (rc != MS_CAPTURE_OK) fprintf(stderr, "mirscope capture: error: %s\n", err);
  free(crates);
  return rc; /* MS_CAPTURE_* equal the exit codes: 0 ok, 1 build, 2 usage, 3 internal */
}

/* ------------------------------------------------------------------ diff */

static const char DIFF_USAGE[] =
    "usage: mirscope diff [options] OLD NEW\n"
    "\n"
    "Compare two dumps or directories (before/after a code change, stable vs nightly,\n"
    "patched vs unpatched compiler).  Coroutines are matched by def path, robust to the\n"
    "crate hash in DefId(..), to moved `<impl at FILE:L:C>` spans and to path spellings that\n"
    "differ between toolchains.  Shows size, state, code and redundant-code deltas, findings\n"
    "that appear or disappear, and coroutines added or removed.\n"
    "\n"
    "options:\n"
    "  -f, --format FORMAT       text (default), md, json\n"
    "      --fail-on-growth N    exit 4 when any future grows by more than N bytes (CI gate)\n"
    "  -o, --output FILE         write to FILE (atomically) instead of stdout\n"
    "      --color WHEN          auto, always, never\n"
    "      --pointer-width N     16, 32 or 64 (default 64)\n"
    "  -j, --jobs N              parse on N threads (default: every core)\n"
    "\n"
    "Type sizes found beside each side's dumps are used for that side.\n"
    "\n"
    "examples:\n"
    "  mirscope diff before/mir_dump after/mir_dump\n"
    "  mirscope diff --fail-on-growth 64 main/ pr/\n"
    "\n"
    "exit status: 0 ok; 1 an input could not be read; 2 usage error; 3 internal error;\n"
    "4 a future grew by more than --fail-on-growth bytes\n";

static int cmd_diff(int argc, char **argv) {
  const char *format = "text", *output = NULL, *color = "auto";
  const char *sides[2] = {NULL, NULL};
  long fail_growth = -1;
  int ptr = 64, rc = EXIT_OK, nsides = 0, jobs = 0;
  ms_crate *crates[2] = {NULL, NULL};
  ms_diff *d = NULL;
  bool opts = true;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    if (!opts || a[0] != '-' || !a[1]) {
      if (nsides == 2) {
        fprintf(stderr, "mirscope diff: give exactly two inputs, OLD and NEW\n%s", DIFF_USAGE);
        return EXIT_USAGE;
      }
      sides[nsides++] = a;
      continue;
    }
    if (!strcmp(a, "--")) opts = false;
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(DIFF_USAGE, stdout);
      return EXIT_OK;
    } else if (is_opt("-f", "--format", a) && (v = opt_value("-f", "--format", argc, argv, &i)))
      format = v;
    else if (is_opt("-o", "--output", a) && (v = opt_value("-o", "--output", argc, argv, &i)))
      output = v;
    else if (is_opt(NULL, "--color", a) && (v = opt_value(NULL, "--color", argc, argv, &i)))
      color = v;
    else if (is_opt(NULL, "--fail-on-growth", a) &&
             (v = opt_value(NULL, "--fail-on-growth", argc, argv, &i))) {
      char *e;
      fail_growth = strtol(v, &e, 10);
      if (*e || fail_growth < 0) {
        fprintf(stderr, "mirscope diff: --fail-on-growth takes a number of bytes >= 0\n");
        return EXIT_USAGE;
      }
    } else if (is_opt(NULL, "--pointer-width", a) &&
               (v = opt_value(NULL, "--pointer-width", argc, argv, &i)))
      ptr = atoi(v);
    else if (is_opt("-j", "--jobs", a) && (v = opt_value("-j", "--jobs", argc, argv, &i))) {
      if ((jobs = parse_jobs(v)) < 0) return EXIT_USAGE;
    } else if (!strncmp(a, "-j", 2) && a[2]) {
      if ((jobs = parse_jobs(a + 2)) < 0) return EXIT_USAGE;
    } else {
      fprintf(stderr, "mirscope diff: unknown option or missing value: '%s'\n%s", a, DIFF_USAGE);
      return EXIT_USAGE;
    }
  }
  ms_diff_format df = !strcmp(format, "text") ? MS_DIFF_TEXT
                      : !strcmp(format, "md") ? MS_DIFF_MD
                      : !strcmp(format, "json") ? MS_DIFF_JSON
                                                : (ms_diff_format)-1;
  if ((int)df < 0) {
    fprintf(stderr, "mirscope diff: unknown format '%s' (text, md, json)\n", format);
    return EXIT_USAGE;
  }
  if (nsides != 2) {
    fprintf(stderr, "mirscope diff: give exactly two inputs, OLD and NEW\n%s", DIFF_USAGE);
    return EXIT_USAGE;
  }
  if (ptr != 16 && ptr != 32 && ptr != 64) {
    fprintf(stderr, "mirscope diff: --pointer-width takes 16, 32 or 64\n");
    return EXIT_USAGE;
  }
  Problems pr = {0};
  for (int s = 0; s < 2; s++) {
    CrateArgs ca = {.paths = &sides[s], .npaths = 1, .pointer_width = ptr, .jobs = jobs,
                    .color = want_color("auto"), .progress = isatty(STDERR_FILENO)};
    crates[s] = build_crate(&ca, &pr);
    if (!crates[s]) {
      rc = EXIT_INTERNAL;
      goto out;
    }
  }
  d = ms_diff_new(crates[0], crates[1]);
  if (!d) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  Out o;
  if (!out_open(&o, output)) {
    rc = EXIT_INPUT;
    goto out;
  }
  int w = ms_diff_write(d, df, o.f, output ? 0 : stdout_color(color));
  if (!out_close(&o, w == 0)) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  if (pr.unreadable || pr.errors) rc = EXIT_INPUT;
  else if (fail_growth >= 0 && ms_diff_max_growth(d) > fail_growth) {
    fprintf(stderr, "mirscope diff: a future grew by %ld bytes (limit %ld)\n",
            ms_diff_max_growth(d), fail_growth);
    rc = EXIT_GROWTH;
  }
out:
  ms_diff_free(d);
  ms_crate_free(crates[0]);
  ms_crate_free(crates[1]);
  return rc;
}

int main(int argc, char **argv) {
  /* cargo runs this binary as its RUSTC_WRAPPER during `mirscope capture` */
  if (getenv(MS_CAPTURE_CONFIG_ENV)) return ms_capture_wrapper_main(argc, argv);
  if (argc < 2) {
    fputs(USAGE, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    fputs(USAGE, stdout);
    return EXIT_OK;
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
    printf("mirscope %s\n", ms_version());
    return EXIT_OK;
  }
  if (!strcmp(cmd, "check")) return cmd_check(argc - 1, argv + 1);
  if (!strcmp(cmd, "report")) return cmd_report(argc - 1, argv + 1);
  if (!strcmp(cmd, "graph")) return cmd_graph(argc - 1, argv + 1);
  if (!strcmp(cmd, "diff")) return cmd_diff(argc - 1, argv + 1);
  if (!strcmp(cmd, "capture")) return cmd_capture(argc - 1, argv + 1);
  fprintf(stderr, "mirscope: unknown command '%s'\n\n%s", cmd, USAGE);
  return EXIT_USAGE;
}
