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
  fprintf(stderr, "mirscope: unknown command '%s'\n\n%s", cmd, USAGE);
  return EXIT_USAGE;
}
