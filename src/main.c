/*
 * mirscope command-line tool.  Thin: everything it does goes through mirscope.h.
 *
 * Exit codes (docs/mirscope.1.md): 0 all inputs read cleanly; 1 some input could not be
 * read or has syntax errors; 2 usage error; 3 internal error (out of memory).
 */
#define _POSIX_C_SOURCE 200809L
#include <mirscope/mirscope.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

static const char USAGE[] =
    "usage: mirscope <command> [options] PATH...\n"
    "\n"
    "Make the cost of Rust's async state machines visible, from rustc's -Zdump-mir output.\n"
    "\n"
    "commands:\n"
    "  check    parse dumps and report syntax errors (file:line:col) and a summary\n"
    "  report   model every coroutine: states, transitions, layout, sizes, findings\n"
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
    "exit status: 0 ok, 1 some input could not be read or has errors, 2 usage, 3 internal\n";

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

static int check_file(const char *path, void *user) {
  CheckState *st = user;
  const char *err = NULL;
  ms_doc *doc = ms_doc_parse_file(path, &err);
  st->files++;
  if (!doc) {
    if (err && strcmp(err, "out of memory") == 0) {
      st->oom = true;
      return 1;
    }
    fprintf(stderr, "%s: error: cannot read: %s\n", strcmp(path, "-") ? path : "<stdin>",
            err ? err : "unknown error");
    st->unreadable++;
    return 0;
  }
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

static void walk_error(const char *path, const char *msg, void *user) {
  CheckState *st = user;
  fprintf(stderr, "%s: error: %s\n", path, msg);
  st->unreadable++;
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
      else {
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
  int rc = ms_walk_paths(paths, np, check_file, walk_error, &st);
  free(paths);
  if (rc < 0 || st.oom) {
    fprintf(stderr, "mirscope: internal error: out of memory\n");
    return EXIT_INTERNAL;
  }
  printf("%zu files, %zu bodies, %zu errors, %zu warnings\n", st.files, st.bodies,
         st.errors + st.unreadable, st.warns);
  return st.errors || st.unreadable ? EXIT_INPUT : EXIT_OK;
}

static const char REPORT_USAGE[] =
    "usage: mirscope report [options] PATH...\n"
    "\n"
    "Model every coroutine (async fn/block/closure, gen block, coroutine) found in the dumps:\n"
    "its states and the transitions between them, its layout (saved locals per state,\n"
    "upvars), its size and code size, and findings about redundant states.\n"
    "\n"
    "In directories, one dump per body is used: coroutine_resume, else\n"
    "StateTransform.after (other passes are skipped without being read).  Files in those\n"
    "directories holding -Zprint-type-sizes output are used as ground truth for sizes.\n"
    "\n"
    "options:\n"
    "  -f, --format FORMAT    json (keys documented in docs/json.md)\n"
    "  -t, --type-sizes FILE  -Zprint-type-sizes output: exact future sizes (repeatable)\n"
    "  -s, --symbols FILE     `nm -S -C` output: exact code sizes of resume functions\n"
    "      --pointer-width N  16, 32 or 64 (default 64), for computed sizes\n"
    "\n"
    "Capture dumps and type sizes in one build:\n"
    "  RUSTC_BOOTSTRAP=1 rustc -Zdump-mir=coroutine_resume -Zdump-mir-dir=mir_dump \\\n"
    "      -Zprint-type-sizes src/lib.rs > type-sizes.txt\n"
    "\n"
    "examples:\n"
    "  mirscope report --format json corpus/stable/basic\n"
    "  mirscope report -f json -t type-sizes.txt mir_dump/ > report.json\n"
    "\n"
    "exit status: 0 ok; 1 some input could not be read or had syntax errors (the report\n"
    "covers the rest); 2 usage error; 3 internal error\n";

typedef struct {
  size_t unreadable, errors;
  bool color;
} ReportState;

static void report_walk_error(const char *path, const char *msg, void *user) {
  ReportState *st = user;
  fprintf(stderr, "%s: error: %s\n", path, msg);
  st->unreadable++;
}

static int cmd_report(int argc, char **argv) {
  const char **paths = calloc((size_t)argc + 1, sizeof *paths);
  const char **tsfiles = calloc((size_t)argc + 1, sizeof *tsfiles);
  const char *symbols = NULL, *format = "json";
  size_t np = 0, nts = 0;
  int ptr = 64;
  int rc = EXIT_OK;
  ms_inputs *in = NULL;
  ms_crate *crate = NULL;
  if (!paths || !tsfiles) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  bool opts = true;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (opts && a[0] == '-' && a[1]) {
      const char *val = i + 1 < argc ? argv[i + 1] : NULL;
      if (!strcmp(a, "--")) opts = false;
      else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
        fputs(REPORT_USAGE, stdout);
        goto out;
      } else if ((!strcmp(a, "-f") || !strcmp(a, "--format")) && val) format = argv[++i];
      else if (!strncmp(a, "--format=", 9)) format = a + 9;
      else if ((!strcmp(a, "-t") || !strcmp(a, "--type-sizes")) && val) tsfiles[nts++] = argv[++i];
      else if (!strncmp(a, "--type-sizes=", 13)) tsfiles[nts++] = a + 13;
      else if ((!strcmp(a, "-s") || !strcmp(a, "--symbols")) && val) symbols = argv[++i];
      else if (!strncmp(a, "--symbols=", 10)) symbols = a + 10;
      else if (!strcmp(a, "--pointer-width") && val) ptr = atoi(argv[++i]);
      else if (!strncmp(a, "--pointer-width=", 16)) ptr = atoi(a + 16);
      else {
        fprintf(stderr, "mirscope report: unknown option or missing value: '%s'\n%s", a,
                REPORT_USAGE);
        rc = EXIT_USAGE;
        goto out;
      }
      continue;
    }
    paths[np++] = a;
  }
  if (strcmp(format, "json")) {
    fprintf(stderr, "mirscope report: unknown format '%s' (json)\n", format);
    rc = EXIT_USAGE;
    goto out;
  }
  if (ptr != 16 && ptr != 32 && ptr != 64) {
    fprintf(stderr, "mirscope report: --pointer-width takes 16, 32 or 64\n");
    rc = EXIT_USAGE;
    goto out;
  }
  if (np == 0) {
    fprintf(stderr, "mirscope report: no input (give a file, a directory or -)\n%s",
            REPORT_USAGE);
    rc = EXIT_USAGE;
    goto out;
  }
  ReportState st = {.color = want_color("auto")};
  in = ms_inputs_collect(paths, np, report_walk_error, &st);
  ms_crate_options o = {.pointer_width = ptr};
  crate = ms_crate_new(&o);
  if (!in || !crate) {
    rc = EXIT_INTERNAL;
    goto out;
  }
  for (size_t i = 0; i < nts; i++) {
    const char *err = NULL;
    if (ms_crate_add_type_sizes_file(crate, tsfiles[i], &err) < 0) {
      fprintf(stderr, "%s: error: cannot read type sizes: %s\n", tsfiles[i], err);
      st.unreadable++;
    }
  }
  for (size_t i = 0; i < ms_inputs_type_sizes_count(in); i++) {
    const char *err = NULL;
    const char *p = ms_inputs_type_sizes_path(in, i);
    /* found beside the dumps: applies to the dumps below its own directory */
    char scope[4096];
    const char *slash = strrchr(p, '/');
    size_t sl = slash ? (size_t)(slash - p) : 0;
    if (sl >= sizeof scope) sl = sizeof scope - 1;
    memcpy(scope, p, sl);
    scope[sl] = 0;
    long n = slash ? ms_crate_add_type_sizes_scoped(crate, p, scope, &err)
                   : ms_crate_add_type_sizes_file(crate, p, &err);
    if (n < 0) {
      fprintf(stderr, "%s: error: cannot read type sizes: %s\n", p, err);
      st.unreadable++;
    }
  }
  if (symbols) {
    const char *err = NULL;
    if (ms_crate_add_symbols_file(crate, symbols, &err) < 0) {
      fprintf(stderr, "%s: error: cannot read symbols: %s\n", symbols, err);
      st.unreadable++;
    }
  }
  for (size_t i = 0; i < ms_inputs_count(in); i++) {
    const char *path = ms_inputs_path(in, i);
    const char *err = NULL;
    ms_doc *doc = ms_doc_parse_file(path, &err);
    if (!doc) {
      fprintf(stderr, "%s: error: cannot read: %s\n", strcmp(path, "-") ? path : "<stdin>",
              err ? err : "unknown error");
      st.unreadable++;
      continue;
    }
    for (size_t k = 0; k < ms_doc_diag_count(doc); k++)
      if (ms_diag_severity(ms_doc_diag(doc, k)) == MS_SEV_ERROR)
        ms_diag_print(ms_doc_diag(doc, k), stderr, st.color);
    st.errors += ms_doc_error_count(doc);
    ms_crate_add_doc(crate, doc);
    ms_doc_free(doc);
  }
  ms_crate_finish(crate);
  if (ms_crate_write_json(crate, stdout) != 0) {
    fprintf(stderr, "mirscope report: error writing the report\n");
    rc = EXIT_INTERNAL;
    goto out;
  }
  if (st.unreadable || st.errors) rc = EXIT_INPUT;
out:
  ms_crate_free(crate);
  ms_inputs_free(in);
  free(paths);
  free(tsfiles);
  return rc;
}

int main(int argc, char **argv) {
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
  fprintf(stderr, "mirscope: unknown command '%s'\n\n%s", cmd, USAGE);
  return EXIT_USAGE;
}
