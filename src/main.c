/*
 * mirscope command-line tool.  Thin: everything it does goes through mirscope.h.
 *
 * Exit codes (docs/mirscope.1.md): 0 all inputs read cleanly; 1 some input could not be
 * read or has syntax errors (or an output could not be written); 2 usage error; 3 internal
 * error (out of memory); 4 a check failed (diff --fail-on-growth).
 */
#define _POSIX_C_SOURCE 200809L
#define _XOPEN_SOURCE 700 /* realpath */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <mirscope/mirscope.h>
#include <pcre2.h>

#include <ctype.h>
#include <errno.h>
#include <getopt.h> /* getopt_long (GNU; glibc declares it without _GNU_SOURCE) */
#include <limits.h>
#include <stdarg.h>
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
    "  graph    draw a coroutine's states, control flow or layout (DOT, SVG, Mermaid)\n"
    "  explain  one coroutine in the terminal: saved locals x states, awaits, findings, advice\n"
    "  diff     compare two dumps or directories: what grew, what changed\n"
    "  capture  build a cargo project with the dump flags and report on it\n"
    "\n"
    "PATH is a dump file, a directory (searched recursively for *.mir files), or - for\n"
    "standard input.\n"
    "\n"
    "Producing dumps (-Zprint-type-sizes: exact future sizes, read from the directory):\n"
    "  mkdir -p out; RUSTC_BOOTSTRAP=1 rustc -Zdump-mir=coroutine_resume \\\n"
    "    -Zdump-mir-dir=out/mir_dump -Zprint-type-sizes ... > out/type-sizes.txt\n"
    "  mirscope capture   (a cargo project: dumps, type sizes, nm sizes, the build)\n"
    "\n"
    "options:\n"
    "  -h, --help      show this help (mirscope COMMAND --help for a command)\n"
    "  -V, --version   print the version\n"
    "\n"
    "exit status: 0 ok, 1 some input could not be read or has errors, 2 usage, 3 internal,\n"
    "4 a check failed (diff --fail-on-growth)\n";

/* ------------------------------------------------------------------ options */

/* The commands, as bits of OPTIONS[].cmds. */
enum { CMD_CHECK = 1, CMD_REPORT = 2, CMD_GRAPH = 4, CMD_DIFF = 8, CMD_CAPTURE = 16, CMD_EXPLAIN = 32 };
#define ALL_CMDS (CMD_CHECK | CMD_REPORT | CMD_GRAPH | CMD_DIFF | CMD_CAPTURE | CMD_EXPLAIN)
#define MODELLING (CMD_REPORT | CMD_GRAPH | CMD_DIFF)
#define BUILDING (MODELLING | CMD_EXPLAIN) /* the commands that model a build of dumps */

/* getopt_long values of the options without a short letter. */
enum {
  OPT_COLOR = 256, OPT_POINTER_WIDTH, OPT_SORT, OPT_RUSTC_VERSION, OPT_SVG_DIR, OPT_VIEW,
  OPT_FN, OPT_LINK_FORMAT, OPT_FAIL_ON_GROWTH, OPT_MANIFEST_PATH, OPT_SOURCE_ROOT, OPT_ALL_EDGES,
  OPT_CONFLICT_GRAPH, OPT_MAX_CHARS, OPT_TARGET, OPT_OPT_LEVEL, OPT_CARGO, OPT_FAIL_ON_CODE_GROWTH
};

/*
 * Every option of every command, once: one name, one letter and one meaning wherever it
 * is accepted (`cmds`).  Each command's getopt_long tables are made from this one.
 */
static const struct {
  struct option o;
  unsigned cmds;
} OPTIONS[] = {
    {{"help", no_argument, NULL, 'h'}, ALL_CMDS},
    {{"output", required_argument, NULL, 'o'}, ALL_CMDS},
    {{"jobs", required_argument, NULL, 'j'}, CMD_CHECK | BUILDING},
    {{"color", required_argument, NULL, OPT_COLOR}, CMD_CHECK | CMD_REPORT | CMD_DIFF | CMD_EXPLAIN},
    {{"type-sizes", required_argument, NULL, 't'}, CMD_REPORT | CMD_GRAPH | CMD_EXPLAIN},
    {{"symbols", required_argument, NULL, 's'}, CMD_REPORT | CMD_GRAPH | CMD_EXPLAIN},
    {{"pointer-width", required_argument, NULL, OPT_POINTER_WIDTH}, BUILDING},
    {{"format", required_argument, NULL, 'f'}, MODELLING},
    {{"top", required_argument, NULL, 'n'}, CMD_REPORT | CMD_CAPTURE},
    {{"verbose", no_argument, NULL, 'v'}, CMD_CHECK},
    {{"quiet", no_argument, NULL, 'q'}, CMD_CHECK | CMD_CAPTURE},
    {{"no-warnings", no_argument, NULL, 'w'}, CMD_CHECK},
    {{"sort", required_argument, NULL, OPT_SORT}, CMD_REPORT},
    {{"rustc-version", required_argument, NULL, OPT_RUSTC_VERSION}, CMD_REPORT},
    {{"svg-dir", required_argument, NULL, OPT_SVG_DIR}, CMD_REPORT},
    {{"max-chars", required_argument, NULL, OPT_MAX_CHARS}, CMD_REPORT | CMD_DIFF},
    {{"view", required_argument, NULL, OPT_VIEW}, CMD_GRAPH},
    {{"fn", required_argument, NULL, OPT_FN}, CMD_GRAPH | CMD_REPORT | CMD_DIFF},
    {{"link-format", required_argument, NULL, OPT_LINK_FORMAT}, CMD_GRAPH},
    {{"source-root", required_argument, NULL, OPT_SOURCE_ROOT}, CMD_REPORT | CMD_GRAPH | CMD_EXPLAIN},
    {{"all-edges", no_argument, NULL, OPT_ALL_EDGES}, CMD_GRAPH},
    {{"conflict-graph", no_argument, NULL, OPT_CONFLICT_GRAPH}, CMD_GRAPH},
    {{"fail-on-growth", required_argument, NULL, OPT_FAIL_ON_GROWTH}, CMD_DIFF},
    {{"fail-on-code-growth", required_argument, NULL, OPT_FAIL_ON_CODE_GROWTH}, CMD_DIFF},
    {{"out", required_argument, NULL, 'o'}, CMD_CAPTURE},
    {{"crate", required_argument, NULL, 'c'}, CMD_CAPTURE | CMD_REPORT | CMD_EXPLAIN | CMD_GRAPH},
    {{"manifest-path", required_argument, NULL, OPT_MANIFEST_PATH}, CMD_CAPTURE},
    {{"release", no_argument, NULL, 'r'}, CMD_CAPTURE},
    {{"target", required_argument, NULL, OPT_TARGET}, BUILDING | CMD_CAPTURE},
    {{"opt-level", required_argument, NULL, OPT_OPT_LEVEL}, BUILDING},
    {{"cargo", required_argument, NULL, OPT_CARGO}, CMD_CAPTURE},
};
enum { NOPTIONS = sizeof OPTIONS / sizeof *OPTIONS };

typedef struct Command {
  const char *name;
  unsigned bit;          /* CMD_* */
  const char *usage;     /* what --help prints */
  const char *usage_more; /* and then this (NULL: nothing): C11 strings end at 4095 bytes */
  bool stop_at_operand;  /* options end at the first operand (capture: the rest is cargo's) */
  int (*run)(const struct Command *cmd, int argc, char **argv);
} Command;

/* A command's getopt_long tables. */
typedef struct {
  struct option longs[NOPTIONS + 1];
  char shorts[2 * NOPTIONS + 3];
} Syntax;

static void syntax_init(Syntax *sx, const Command *cmd) {
  size_t nl = 0, ns = 0;
  memset(sx, 0, sizeof *sx);
  if (cmd->stop_at_operand) sx->shorts[ns++] = '+';
  sx->shorts[ns++] = ':'; /* a missing value is ':', apart from an unknown option's '?' */
  for (size_t i = 0; i < NOPTIONS; i++) {
    const struct option *o = &OPTIONS[i].o;
    if (!(OPTIONS[i].cmds & cmd->bit)) continue;
    sx->longs[nl++] = *o;
    if (o->val < 256 && !strchr(sx->shorts, o->val)) {
      sx->shorts[ns++] = (char)o->val;
      if (o->has_arg == required_argument) sx->shorts[ns++] = ':';
    }
  }
}

/* A usage error: one line on what is wrong, one on where the help is.  Returns 2. */
static int usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int usage_error(const char *cmd, const char *fmt, ...) {
  const char *sp = cmd ? " " : "";
  va_list ap;
  fprintf(stderr, "mirscope%s%s: ", sp, cmd ? cmd : "");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\ntry 'mirscope%s%s --help'\n", sp, cmd ? cmd : "");
  return EXIT_USAGE;
}

/* Long options that `name` (without "--") abbreviates, one per meaning: "--sort, --symbols". */
static size_t abbreviated(const Syntax *sx, const char *name, char *out, size_t cap) {
  size_t n = 0, len = strlen(name);
  *out = 0;
  for (const struct option *o = sx->longs; o->name; o++) {
    bool seen = false;
    for (const struct option *p = sx->longs; p < o; p++)
      seen = seen || (p->val == o->val && !strncmp(p->name, name, len));
    if (seen || strncmp(o->name, name, len)) continue;
    size_t l = strlen(out);
    snprintf(out + l, cap - l, "%s--%s", n++ ? ", " : "", o->name);
  }
  return n;
}

/* The long option with value `val` that `given` (without "--") names or abbreviates. */
static const char *long_name(const Syntax *sx, const char *given, size_t len, int val) {
  const char *found = NULL;
  for (const struct option *o = sx->longs; o->name; o++) {
    if (o->val != val || strncmp(o->name, given, len)) continue;
    if (!o->name[len]) return o->name;
    if (!found) found = o->name;
  }
  return found;
}

/*
 * What getopt_long found wrong: '?' (an unknown or ambiguous option, or a value given to
 * an option that takes none) or ':' (no value).  `arg` is the last argument it read.
 */
static int option_error(const Syntax *sx, const char *cmd, int opt, const char *arg) {
  char name[64], list[256];
  size_t len = strcspn(arg, "=");
  bool is_long = !strncmp(arg, "--", 2);
  /* a long option's value in optopt: it was given a value it does not take, or none */
  const char *lname = is_long && optopt ? long_name(sx, arg + 2, len - 2, optopt) : NULL;
  if (lname) snprintf(name, sizeof name, "--%s", lname);
  else snprintf(name, sizeof name, "%.*s", (int)len, arg);
  if (opt == ':' && lname) return usage_error(cmd, "option '%s' needs a value", name);
  if (opt == ':') return usage_error(cmd, "option '-%c' needs a value", optopt);
  if (lname) return usage_error(cmd, "option '%s' takes no value", name);
  if (optopt) return usage_error(cmd, "unknown option '-%c'", optopt);
  if (is_long && abbreviated(sx, name + 2, list, sizeof list) > 1)
    return usage_error(cmd, "ambiguous option '%s' (%s)", name, list);
  return usage_error(cmd, "unknown option '%s'", name);
}

/* One option as given, for the commands' handlers. */
typedef struct {
  const char *cmd; /* the command, for messages */
  char name[40];   /* as given: "-j" or "--jobs" (abbreviations spelled out) */
  const char *arg; /* its value */
} Opt;

static int bad_value(const Opt *o, const char *expected) {
  return usage_error(o->cmd, "invalid value '%s' for %s (%s)", o->arg, o->name, expected);
}

/* Option handlers return OPT_OK, OPT_NOT_MINE (for the next handler) or EXIT_USAGE. */
enum { OPT_OK = 0, OPT_NOT_MINE = -2 };

/* A whole number from min to max, in decimal digits only: no sign, space or suffix. */
static int number_value(const Opt *o, long min, long max, long *out) {
  char *end = NULL, want[64];
  errno = 0;
  long n = isdigit((unsigned char)o->arg[0]) ? strtol(o->arg, &end, 10) : -1;
  if (end && !*end && errno == 0 && n >= min && n <= max) {
    *out = n;
    return OPT_OK;
  }
  if (max == LONG_MAX) snprintf(want, sizeof want, "a whole number >= %ld", min);
  else snprintf(want, sizeof want, "a whole number from %ld to %ld", min, max);
  return bad_value(o, want);
}

typedef struct {
  const char *name;
  int value;
} Choice;

/* One of the words of `list` (ended by a NULL name). */
static int choice_value(const Opt *o, const Choice *list, int *out) {
  char want[128] = "";
  for (const Choice *c = list; c->name; c++) {
    if (!strcmp(o->arg, c->name)) {
      *out = c->value;
      return OPT_OK;
    }
    size_t l = strlen(want);
    snprintf(want + l, sizeof want - l, "%s%s", c == list ? "" : ", ", c->name);
  }
  return bad_value(o, want);
}

enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
static const Choice COLORS[] = {
    {"auto", COLOR_AUTO}, {"always", COLOR_ALWAYS}, {"never", COLOR_NEVER}, {NULL, 0}};
static const Choice POINTER_WIDTHS[] = {{"16", 16}, {"32", 32}, {"64", 64}, {NULL, 0}};
static const char *const OPT_LEVELS[] = {"0", "1", "2", "3", "s", "z", NULL};

/* The options several commands share, and the operands. */
typedef struct {
  const char **tsfiles; /* -t, --type-sizes (repeatable: room for every argument) */
  size_t nts;
  const char **symfiles; /* -s, --symbols (repeatable: room for every argument) */
  size_t nsym;
  int pointer_width;    /* --pointer-width */
  bool pointer_width_given;
  const char *target;   /* --target TRIPLE */
  const char *opt_level; /* --opt-level 0..3, s, z */
  int jobs;             /* -j, --jobs: parsing threads; 0: every core */
  int color;            /* --color: COLOR_* */
  long top;             /* -n, --top; -1: the command's default */
  const char *output;   /* -o, --output */
  const char **crates;  /* -c, --crate (repeatable: room for every argument) */
  size_t ncrates;
  const char *fn;       /* --fn REGEX, compiled: */
  pcre2_code *re;
  const char *const *operands;
  size_t noperands;
  bool after_dashdash;  /* the options ended with `--` (where they stop at an operand) */
} Common;

/* A PCRE2 pattern (--fn, explain's PATTERN) compiled into *re (replacing what was there). */
static int compile_regex(const Opt *o, const char *pattern, pcre2_code **re) {
  int ec;
  PCRE2_SIZE off;
  pcre2_code_free(*re);
  *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &ec, &off, NULL);
  if (*re) return OPT_OK;
  PCRE2_UCHAR msg[200];
  char why[256];
  pcre2_get_error_message(ec, msg, sizeof msg);
  snprintf(why, sizeof why, "%s at offset %zu", (const char *)msg, (size_t)off);
  return bad_value(o, why);
}

/* The shared options, parsed here for every command. */
static int common_option(Common *c, int opt, const Opt *o) {
  long n = 0;
  int r;
  switch (opt) {
  case 't': c->tsfiles[c->nts++] = o->arg; return OPT_OK;
  case 's': c->symfiles[c->nsym++] = o->arg; return OPT_OK;
  case 'o':
    c->output = o->arg;
    return *o->arg ? OPT_OK : bad_value(o, "a path");
  case OPT_COLOR: return choice_value(o, COLORS, &c->color);
  case OPT_POINTER_WIDTH:
    c->pointer_width_given = true;
    return choice_value(o, POINTER_WIDTHS, &c->pointer_width);
  case OPT_TARGET:
    c->target = o->arg;
    return *o->arg && !strpbrk(o->arg, " \t\n") ? OPT_OK : bad_value(o, "a target triple");
  case OPT_OPT_LEVEL:
    for (const char *const *l = OPT_LEVELS; *l; l++)
      if (!strcmp(o->arg, *l)) {
        c->opt_level = *l;
        return OPT_OK;
      }
    return bad_value(o, "0, 1, 2, 3, s or z");
  case 'n': return number_value(o, 0, LONG_MAX, &c->top);
  case 'c': c->crates[c->ncrates++] = o->arg; return OPT_OK;
  case OPT_FN:
    c->fn = o->arg;
    return compile_regex(o, o->arg, &c->re);
  case 'j':
    r = number_value(o, 1, 256, &n);
    c->jobs = (int)n;
    return r;
  default: return OPT_NOT_MINE;
  }
}

typedef int (*OptionFn)(void *args, int opt, const Opt *o);

/* A command's work goes on (not --help, not a usage error). */
enum { GO_ON = -1 };

/*
 * Parse a command's arguments with getopt_long: options and operands in any order (but
 * see stop_at_operand), bundles (-qv), -fmd, -f md, --format=md, --format md, unique
 * abbreviations (--form), `--` ends the options.  The shared options go to `c`, the
 * command's own to `own`.  Sets all of `c`: common_free frees it whatever this returns.
 * Returns GO_ON, or the exit status after --help (0) or a usage error (2, or 3: memory).
 * Once per process: getopt_long keeps its place in globals (optind).
 */
static int parse_command(const Command *cmd, int argc, char **argv, Common *c, OptionFn own,
                         void *args) {
  Syntax sx;
  syntax_init(&sx, cmd);
  *c = (Common){.pointer_width = 64, .top = -1, .color = COLOR_AUTO,
                .tsfiles = calloc((size_t)argc + 1, sizeof *c->tsfiles),
                .symfiles = calloc((size_t)argc + 1, sizeof *c->symfiles),
                .crates = calloc((size_t)argc + 1, sizeof *c->crates)};
  if (!c->tsfiles || !c->symfiles || !c->crates) return EXIT_INTERNAL;
  opterr = 0;
  for (;;) {
    int li = -1, before = optind;
    int opt = getopt_long(argc, argv, sx.shorts, sx.longs, &li);
    if (opt == -1) {
      c->after_dashdash = optind > before;
      break;
    }
    if (opt == '?' || opt == ':') return option_error(&sx, cmd->name, opt, argv[optind - 1]);
    if (opt == 'h') {
      fputs(cmd->usage, stdout);
      if (cmd->usage_more) fputs(cmd->usage_more, stdout);
      return EXIT_OK;
    }
    Opt o = {.cmd = cmd->name, .arg = optarg};
    if (li >= 0) snprintf(o.name, sizeof o.name, "--%s", sx.longs[li].name);
    else snprintf(o.name, sizeof o.name, "-%c", opt);
    int r = common_option(c, opt, &o);
    if (r == OPT_NOT_MINE) r = own(args, opt, &o);
    if (r != OPT_OK) return r;
  }
  c->operands = (const char *const *)argv + optind;
  c->noperands = (size_t)(argc - optind);
  return GO_ON;
}

static void common_free(Common *c) {
  free(c->tsfiles);
  free(c->symfiles);
  free(c->crates);
  pcre2_code_free(c->re);
}

static int no_input(const Command *cmd) {
  return usage_error(cmd->name, "no input (give a file, a directory or -)");
}

static bool use_color(int when, int fd) {
  if (when != COLOR_AUTO) return when == COLOR_ALWAYS;
  const char *nc = getenv("NO_COLOR");
  return isatty(fd) && !(nc && *nc);
}

/* ------------------------------------------------------------------ messages */

/* The noun for a count: `one` for 1, else `many` ("1 file", "2 files", "0 files"). */
static const char *noun(size_t n, const char *one, const char *many) {
  return n == 1 ? one : many;
}

/*
 * A message on standard error, with whatever it quotes of the input (file names, dump text,
 * def paths) made safe for a terminal: control characters, DEL and bytes that are not UTF-8
 * are written as \xNN (ms_write_safe), so no input reaches a terminal raw.
 */
static void vsay(FILE *f, const char *fmt, va_list ap) {
  char small[1024], *buf = small;
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  if (n >= 0 && (size_t)n >= sizeof small && (buf = malloc((size_t)n + 1)) != NULL)
    vsnprintf(buf, (size_t)n + 1, fmt, again);
  else if (!buf) {
    buf = small;
    n = (int)sizeof small - 1;
  }
  va_end(again);
  if (n > 0) ms_write_safe(f, buf, (size_t)n);
  if (buf != small) free(buf);
}

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsay(stderr, fmt, ap);
  va_end(ap);
}

/* As say, to another stream (check -v's lines). */
static void say_to(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say_to(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsay(f, fmt, ap);
  va_end(ap);
}

/* A diagnostic on stderr: ms_diag_print (`file:line:col: error: message`, the source line
 * and a caret, everything from the input written safe for a terminal). */
static void print_diag(const ms_diag *d, bool color) { ms_diag_print(d, stderr, color); }

/* ------------------------------------------------------------------ output files */

/*
 * Output files are written to a temporary file beside the target and renamed into place
 * when complete, so an error never leaves a half-written file nor truncates a good one.
 * As a shell's `>` would: a symbolic link is written through (its target is replaced, the
 * link stays) and a file that exists keeps its mode.  What exists and is not a regular file
 * (`/dev/null`, a FIFO, a terminal, `/dev/stdout`) is written to directly: a rename would
 * replace the device or the pipe with a file.
 */
typedef struct {
  FILE *f;
  char final[4096], tmp[4112];
  bool to_stdout;
  bool direct; /* final is not a regular file: written in place, never renamed over */
  bool existed; /* final was there: its mode is `mode` */
  mode_t mode;
  const char *cmd; /* for messages: "mirscope CMD: cannot write ..." */
} Out;

static bool out_open(Out *o, const char *path, const char *cmd) {
  memset(o, 0, sizeof *o);
  o->cmd = cmd;
  if (!path || !strcmp(path, "-")) {
    o->f = stdout;
    o->to_stdout = true;
    return true;
  }
  if (strlen(path) >= sizeof o->final) {
    fprintf(stderr, "mirscope %s: output path too long: %s\n", cmd, path);
    return false;
  }
  snprintf(o->final, sizeof o->final, "%s", path);
  struct stat st;
  char real[PATH_MAX];
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) && realpath(path, real) && strlen(real) < sizeof o->final)
    snprintf(o->final, sizeof o->final, "%s", real); /* an existing link's target */
  if (stat(o->final, &st) == 0 && S_ISREG(st.st_mode)) {
    o->existed = true;
    o->mode = st.st_mode & 07777;
  } else if (stat(o->final, &st) == 0 && !S_ISDIR(st.st_mode)) {
    o->direct = true;
    if (!(o->f = fopen(o->final, "w"))) {
      fprintf(stderr, "mirscope %s: cannot write %s: %s\n", o->cmd, path, strerror(errno));
      return false;
    }
    return true;
  }
  snprintf(o->tmp, sizeof o->tmp, "%s.XXXXXX", o->final);
  int fd = mkstemp(o->tmp);
  if (fd < 0 || !(o->f = fdopen(fd, "w"))) {
    fprintf(stderr, "mirscope %s: cannot write %s: %s\n", o->cmd, path, strerror(errno));
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

/* Finish an output: `ok` false (or a write error) discards it.  EXIT_OK; EXIT_INPUT when it
 * could not be written (said here, naming the output: a full disk, a closed pipe);
 * EXIT_INTERNAL when `ok` is false and nothing failed to be written (the caller says why). */
static int out_finish(Out *o, bool ok) {
  const char *what = o->to_stdout ? "standard output" : o->final;
  int err = 0;
  bool io;
  if (o->to_stdout) {
    io = fflush(stdout) != 0 || ferror(stdout);
    err = io ? errno : 0;
  } else {
    io = fflush(o->f) != 0 || ferror(o->f);
    err = io ? errno : 0;
    if (!io && ok && !o->direct &&
        fchmod(fileno(o->f), o->existed ? o->mode : new_file_mode()) != 0)
      io = true, err = errno;
    if (fclose(o->f) != 0 && !io) io = true, err = errno;
    if (!o->direct) {
      if (!io && ok && rename(o->tmp, o->final) != 0) io = true, err = errno;
      if (io || !ok) unlink(o->tmp);
    }
  }
  if (io) {
    fprintf(stderr, "mirscope %s: cannot write %s: %s\n", o->cmd, what,
            err ? strerror(err) : "write error");
    return EXIT_INPUT;
  }
  return ok ? EXIT_OK : EXIT_INTERNAL;
}

/* Give up an output (an error before it was complete): nothing is left at its path. */
static void out_discard(Out *o) {
  if (o->to_stdout) return;
  fclose(o->f);
  if (!o->direct) unlink(o->tmp);
}

/* A mirscope JSON report given as a dump (MS_INPUT_REPORT_JSON). */
static const char REPORT_JSON[] =
    "a mirscope JSON report, not a MIR dump: give the dumps it was made from (for a "
    "capture's report.json, the capture's directory: it holds dumps/, build.txt and the "
    "sizes; keep that directory as the baseline to diff against)";

/* A `.rs` file given as a dump (MS_INPUT_RUST_SOURCE). */
static const char RUST_SOURCE[] =
    "Rust source, not a MIR dump: mirscope reads the MIR rustc writes for it (in a cargo "
    "project: mirscope capture; else RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib "
    "-Zdump-mir=coroutine_resume -Zdump-mir-dir=mir_dump FILE.rs, then mirscope report mir_dump)";

/* A path named explicitly that is not a dump (ms_input_sniff's kind), said as an error;
 * ts_hint follows the words for -Zprint-type-sizes output (where the command takes it). */
static void say_not_a_dump(const char *path, ms_input_kind kind, unsigned line, unsigned col,
                           const char *ts_hint, const char *sym_hint) {
  if (kind == MS_INPUT_BINARY) say("%s:%u:%u: error: not a MIR dump (binary)\n", path, line, col);
  else if (kind == MS_INPUT_RUST_SOURCE) say("%s: error: %s\n", path, RUST_SOURCE);
  else if (kind == MS_INPUT_REPORT_JSON) say("%s: error: %s\n", path, REPORT_JSON);
  else if (kind == MS_INPUT_NM_SYMBOLS) say("%s: error: nm output, not a MIR dump%s\n", path, sym_hint);
  else say("%s: error: -Zprint-type-sizes output, not a MIR dump%s\n", path, ts_hint);
}

/* ------------------------------------------------------------------ check */

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
    "  -v, --verbose        one line per body: def path, pass, blocks, statements,\n"
    "                       terminators, locals, layout\n"
    "  -q, --quiet          print only the summary\n"
    "  -j, --jobs N         parse on N threads (default: every core; the output is the\n"
    "                       same whatever N)\n"
    "  -w, --no-warnings    do not print warnings\n"
    "  -o, --output FILE    write the verbose lines and the summary to FILE (atomically)\n"
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
  FILE *out; /* -o, or stdout */
  size_t files, bodies, errors, warns, unreadable;
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
    print_diag(d, st->color);
  }
  st->errors += ms_doc_error_count(doc);
  size_t nb = ms_doc_body_count(doc);
  st->bodies += nb;
  if (!ms_doc_size(doc) && !nd) { /* rustc writes no empty dump: one in a CI step is worth a word */
    st->warns++;
    if (!st->quiet && st->warnings) {
      const char *name = ms_doc_name(doc);
      say("%s: warning: empty file: no MIR body in it\n", strcmp(name, "-") ? name : "<stdin>");
    }
  }
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
      size_t nloc = ms_body_local_count(b);
      say_to(st->out, "%s:%u: %s [%s]: %zu %s, %zu %s, %zu %s, %zu %s", ms_body_file(b),
             ms_body_line(b), ms_body_def_path(b), ms_body_pass(b), nblk,
             noun(nblk, "block", "blocks"), nstmt, noun(nstmt, "statement", "statements"),
             nterm, noun(nterm, "terminator", "terminators"), nloc, noun(nloc, "local", "locals"));
      if (l) {
        size_t nvar = ms_layout_variant_count(l), nconf = ms_layout_conflict_count(l);
        fprintf(st->out, ", %s: %zu saved, %zu %s, %zu %s", era_name(ms_layout_era_of(l)),
                ms_layout_field_count(l), nvar, noun(nvar, "variant", "variants"), nconf,
                noun(nconf, "conflict", "conflicts"));
      }
      fputc('\n', st->out);
    }
  }
  ms_doc_free(doc);
  return 0;
}

static void check_read_error(const char *path, const char *err, void *user) {
  CheckState *st = user;
  say("%s: error: cannot read: %s\n", strcmp(path, "-") ? path : "<stdin>",
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
  say("%s: error: %s\n", path, msg);
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

/* A file listed twice (given itself and through its directory, `- -`) is read once, as
 * report reads it: the later listings are dropped, the order kept.  false: out of memory. */
static bool drop_same_files(PathList *l) {
  unsigned char *rep = malloc(l->n ? l->n : 1);
  if (!rep) return false;
  ms_paths_repeats((const char *const *)l->v, l->n, rep);
  size_t n = 0;
  for (size_t i = 0; i < l->n; i++) {
    if (rep[i]) free(l->v[i]);
    else l->v[n++] = l->v[i];
  }
  l->n = n;
  free(rep);
  return true;
}

static void free_paths(PathList *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
}

static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

static int check_option(void *args, int opt, const Opt *o) {
  CheckState *st = args;
  (void)o;
  switch (opt) {
  case 'v': st->verbose = true; return OPT_OK;
  case 'q': st->quiet = true; return OPT_OK;
  case 'w': st->warnings = false; return OPT_OK;
  default: return OPT_NOT_MINE;
  }
}

/* The operands to walk: those that are not binary or type-size files (each an error). */
static size_t check_operands(const Common *c, CheckState *st, const char **keep) {
  size_t n = 0;
  for (size_t i = 0; i < c->noperands; i++) {
    const char *p = c->operands[i];
    unsigned line = 0, col = 0;
    ms_input_kind kind = strcmp(p, "-") ? ms_input_sniff(p, &line, &col) : MS_INPUT_DUMP;
    if (kind == MS_INPUT_DUMP) {
      keep[n++] = p;
      continue;
    }
    say_not_a_dump(p, kind, line, col, " (report takes it with -t)", " (report takes it with -s)");
    st->files++;
    st->unreadable++;
  }
  return n;
}

static int check_run(const Common *c, CheckState *st) {
  Out o;
  if (!out_open(&o, c->output, "check")) return EXIT_INPUT;
  st->out = o.f;
  st->color = use_color(c->color, STDERR_FILENO);
  PathList files = {0};
  const char **ops = calloc(c->noperands + 1, sizeof *ops);
  if (!ops) {
    out_discard(&o);
    return EXIT_INTERNAL;
  }
  size_t nops = check_operands(c, st, ops);
  int r = ms_walk_paths(ops, nops, collect_path, list_walk_error, &files);
  free(ops);
  st->unreadable += files.errors;
  if (!r && !files.oom && !drop_same_files(&files)) files.oom = true;
  if (!r && !files.oom) {
    st->files += files.n;
    r = ms_parse_files((const char *const *)files.v, files.n, c->jobs ? c->jobs : default_jobs(),
                       check_part, check_read_error, st);
  }
  r = r || files.oom ? -1 : 0; /* the CLI's own list; the library aborts on lack of memory */
  free_paths(&files);
  if (r < 0) {
    out_discard(&o);
    fprintf(stderr, "mirscope: internal error: out of memory\n");
    return EXIT_INTERNAL;
  }
  size_t nerr = st->errors + st->unreadable;
  fprintf(o.f, "%zu %s, %zu %s, %zu %s, %zu %s\n", st->files, noun(st->files, "file", "files"),
          st->bodies, noun(st->bodies, "body", "bodies"), nerr, noun(nerr, "error", "errors"),
          st->warns, noun(st->warns, "warning", "warnings"));
  int wr = out_finish(&o, true);
  if (wr != EXIT_OK) return wr;
  if (!st->files) { /* as report says it: nothing was checked */
    say("mirscope check: no dump file (*.mir) was found\n");
    return EXIT_INPUT;
  }
  return st->errors || st->unreadable ? EXIT_INPUT : EXIT_OK;
}

static int cmd_check(const Command *cmd, int argc, char **argv) {
  CheckState st = {.warnings = true};
  Common c = {0};
  int rc = parse_command(cmd, argc, argv, &c, check_option, &st);
  if (rc == GO_ON) rc = c.noperands ? check_run(&c, &st) : no_input(cmd);
  common_free(&c);
  return rc;
}

/* ------------------------------------------------------------------ shared by commands */

/* What the inputs held, to say why no coroutine came out of them. */
typedef struct {
  size_t files, bodies, resume; /* dump files read, bodies in them, coroutine_resume bodies */
  struct {
    char name[40];
    size_t n;
  } pass[6];                    /* bodies read by pass, the first passes seen */
  size_t npass, other;          /* ... and the bodies of further passes */
  char skipped[400];            /* "built.after (300), coroutine_drop (10)" */
  size_t nskipped;
  char builder[200];            /* a body without a header that only builds a future: `f` */
} Found;

typedef struct {
  size_t unreadable, errors;
  size_t dumps_unread; /* of unreadable: dumps (not -t / -s files) that could not be read */
  const char *cmd; /* for messages; NULL: "report" */
  Found found;
} Problems;

static void problem_walk_error(const char *path, const char *msg, void *user) {
  Problems *pr = user;
  /* a word that names no file, `graph -f svg fsm`: perhaps a coroutine meant for --fn */
  bool word = !strchr(path, '/') && !strchr(path, '.') && !strcmp(msg, strerror(ENOENT));
  if (word && pr->cmd && !strcmp(pr->cmd, "explain"))
    say("%s: error: %s (explain takes the PATTERN first, then paths to dumps)\n", path, msg);
  else if (word && pr->cmd && strcmp(pr->cmd, "diff"))
    say("%s: error: %s (a path to dumps; to pick coroutines by name: --fn %s)\n", path, msg, path);
  else
    say("%s: error: %s\n", path, msg);
  pr->unreadable++;
  pr->dumps_unread++;
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
  char last_name[4096]; /* the file the last part came from */
} AddState;

static bool is_resume_pass(const char *pass) {
  return !strcmp(pass, "coroutine_resume") || !strcmp(pass, "generator_resume");
}

static bool file_picked(const Common *c, const char *f);

static bool fn_matches(const pcre2_code *re, const ms_coroutine *co, pcre2_match_data *md);
static bool def_path_matches(const pcre2_code *re, const char *def_path, pcre2_match_data *md);

/* What a build's warnings are printed for (print_warning's user): a warning about one body
 * is printed when the command shows that body, of a --crate crate and named by --fn or
 * explain's PATTERN, else counted in `others` (said once, after the build); the others are
 * left out when about another crate's dump (--crate). */
typedef struct {
  const Common *c;
  const pcre2_code *re; /* --fn or explain's PATTERN; NULL: every coroutine */
  size_t others;
} WarnFilter;

/* `file:line:col: warning:` as diagnostics are printed (editors' problem matchers) when the
 * warning has a place, else `file: warning:`. */
static void print_warning(const ms_warning *w, void *user) {
  WarnFilter *f = user;
  bool picked = !f || !w->path || file_picked(f->c, w->path);
  if (f && w->def_path) {
    if (picked && f->re) {
      pcre2_match_data *md = pcre2_match_data_create_from_pattern(f->re, NULL);
      picked = !md || (w->coroutine ? fn_matches(f->re, w->coroutine, md)
                                    : def_path_matches(f->re, w->def_path, md));
      pcre2_match_data_free(md);
    }
    if (!picked) {
      f->others++;
      return;
    }
  } else if (!picked) {
    return;
  }
  const char *path = w->path ? w->path : "mirscope";
  if (w->line) say("%s:%u:%u: warning: %s\n", path, w->line, w->col, w->message);
  else say("%s: warning: %s\n", path, w->message);
}

/* The line that says how many warnings print_warning left out, if any. */
static void say_warnings_left_out(const char *cmd, const WarnFilter *f) {
  if (!f->others) return;
  bool one = f->others == 1, fn = f->re && strcmp(cmd, "explain"), cr = f->c->ncrates;
  char how[200];
  if (f->re && !fn)
    snprintf(how, sizeof how, "`mirscope report%s` of the input shows %s",
             cr ? " without --crate" : "", one ? "it" : "them");
  else
    snprintf(how, sizeof how, "run without %s to see %s",
             fn && cr ? "--fn and --crate" : fn ? "--fn" : "--crate", one ? "it" : "them");
  say("mirscope %s: %zu warning%s about %s not shown (%s)\n", cmd, f->others, one ? "" : "s",
      one ? "another coroutine" : "other coroutines", how);
}

/* A body read, counted by its pass; the first without a header that returns a new future
 * (`fn f(..) -> {async fn body of f()}`, as --emit=mir prints every async fn) is kept. */
static void found_body(Found *f, const ms_body *b) {
  const char *pass = ms_body_pass(b), *ret = ms_body_return_type(b);
  if (!*pass && !*f->builder && ret &&
      (!strncmp(ret, "{async fn body of ", 18) || !strncmp(ret, "{async block@", 13)))
    snprintf(f->builder, sizeof f->builder, "%s", ms_body_def_path(b));
  f->bodies++;
  f->resume += is_resume_pass(pass);
  for (size_t i = 0; i < f->npass; i++)
    if (!strcmp(f->pass[i].name, pass)) {
      f->pass[i].n++;
      return;
    }
  if (f->npass == sizeof f->pass / sizeof *f->pass || strlen(pass) >= sizeof f->pass[0].name) {
    f->other++;
    return;
  }
  snprintf(f->pass[f->npass].name, sizeof f->pass[0].name, "%s", pass);
  f->pass[f->npass++].n = 1;
}

/* The dump files the inputs skipped by pass selection, as "built.after (300), ...". */
static void found_skipped(Found *f, const ms_inputs *in) {
  size_t k = ms_inputs_skipped_pass_count(in), len = 0;
  f->nskipped = ms_inputs_skipped(in);
  for (size_t i = 0; i < k && len < sizeof f->skipped; i++) {
    size_t files = 0;
    const char *name = ms_inputs_skipped_pass(in, i, &files);
    int w = i < 4 ? snprintf(f->skipped + len, sizeof f->skipped - len, "%s%s (%zu)", i ? ", " : "",
                             name, files)
                  : snprintf(f->skipped + len, sizeof f->skipped - len, ", %zu more %s", k - i,
                             noun(k - i, "pass", "passes"));
    len += w > 0 ? (size_t)w : 0;
    if (i >= 4) break;
  }
}

static const char HOW_TO_DUMP[] =
    "  mirscope reads each coroutine's resume function, which rustc writes with\n"
    "  -Zdump-mir=coroutine_resume (one file per coroutine):\n"
    "    RUSTC_BOOTSTRAP=1 rustc -Zdump-mir=coroutine_resume -Zdump-mir-dir=mir_dump ...\n"
    "    RUSTC_BOOTSTRAP=1 RUSTFLAGS='-Zdump-mir=coroutine_resume' cargo build\n"
    "  or, in a cargo project, mirscope capture (docs/reports.md: Producing dumps)\n";

/* Why there is nothing to report: what the inputs held, and how to get resume dumps
 * (unless `*told`: said already; then set).  `side`: diff's OLD or NEW and its path, else
 * NULL (the input). */
static void explain_no_coroutine(const char *cmd, const char *side, const char *path,
                                 const Found *f, bool *told) {
  if (side) say("mirscope %s: no coroutine in %s (%s)\n", cmd, side, path);
  else say("mirscope %s: no coroutine in the input\n", cmd);
  if (!f->files && !f->nskipped) say("  no dump file (*.mir) was found\n");
  if (f->files) {
    say("  read %zu %s: %zu %s", f->files, noun(f->files, "file", "files"), f->bodies,
        noun(f->bodies, "body", "bodies"));
    for (size_t i = 0; i < f->npass; i++) /* `1 body of pass (no header) (1)` read oddly */
      say(*f->pass[i].name ? "%s%s (%zu)" : "%swithout a `// MIR for` header%.0s (%zu)",
          i ? ", " : *f->pass[i].name ? " of pass " : " ", f->pass[i].name, f->pass[i].n);
    if (f->other) say(", %zu of other passes", f->other);
    say("\n");
  }
  if (f->nskipped)
    say("  skipped by name: %zu dump %s of other passes%s%s\n", f->nskipped,
        noun(f->nskipped, "file", "files"), *f->skipped ? ": " : "", f->skipped);
  if (*f->builder)
    say("  `%s` only builds its future: its state machine is the body `%s::{closure#0}`, whose\n"
        "  _1 is `Pin<&mut {async fn body of ..}>` (--emit=mir prints it after it): give that\n",
        f->builder, f->builder);
  if (f->resume)
    say("  %zu coroutine_resume %s could not be modelled (the warnings above say why)\n",
        f->resume, noun(f->resume, "body", "bodies"));
  else if (!told || !*told) fputs(HOW_TO_DUMP, stderr);
  if (told && !f->resume) *told = true;
}

/* Paths named explicitly that are not dumps: each an error (and an unreadable input). */
static void report_rejected(const ms_inputs *in, Problems *pr) {
  for (size_t i = 0; i < ms_inputs_rejected_count(in); i++) {
    ms_input_kind kind = MS_INPUT_DUMP;
    unsigned line = 0, col = 0;
    const char *path = ms_inputs_rejected_path(in, i, &kind, &line, &col);
    char hint[4200], sym[4200];
    if (pr->cmd && !strcmp(pr->cmd, "diff")) {
      snprintf(hint, sizeof hint, ": diff reads it beside each side's dumps");
      snprintf(sym, sizeof sym, ": diff reads a capture's symbols.txt beside each side's dumps");
    } else {
      snprintf(hint, sizeof hint, ": pass it with -t %s", path);
      snprintf(sym, sizeof sym, ": pass it with -s %s", path);
    }
    say_not_a_dump(path, kind, line, col, hint, sym);
    pr->unreadable++;
    pr->dumps_unread++;
  }
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
    fprintf(stderr, "mirscope: warning: %zu coroutine_resume %s read but %zu %s "
            "accounted for: some were merged (please report this with the dumps)\n",
            resume_bodies, noun(resume_bodies, "body was", "bodies were"), out,
            noun(out, "is", "are"));
}

/* One part of a dump into the crate: print its errors, keep its coroutines, free it. */
static int add_part(ms_doc *doc, void *user) {
  AddState *as = user;
  if (strcmp(as->last_name, ms_doc_name(doc)) != 0) { /* the first part of the next file */
    snprintf(as->last_name, sizeof as->last_name, "%s", ms_doc_name(doc));
    as->files++;
    as->pr->found.files++;
    if (as->progress && (as->files % 16 == 0 || as->files == as->nfiles))
      fprintf(stderr, "\r\033[Kreading %zu/%zu dumps", as->files, as->nfiles);
  }
  for (size_t k = 0; k < ms_doc_diag_count(doc); k++)
    if (ms_diag_severity(ms_doc_diag(doc, k)) != MS_SEV_WARNING) {
      if (as->progress) fputs("\r\033[K", stderr);
      print_diag(ms_doc_diag(doc, k), as->color);
    }
  as->pr->errors += ms_doc_error_count(doc);
  for (size_t k = 0; k < ms_doc_body_count(doc); k++)
    found_body(&as->pr->found, ms_doc_body(doc, k));
  ms_crate_add_doc(as->crate, doc);
  ms_doc_free(doc);
  return 0;
}

static void add_read_error(const char *path, const char *err, void *user) {
  AddState *as = user;
  if (as->progress) fputs("\r\033[K", stderr);
  say("%s: error: cannot read: %s\n", strcmp(path, "-") ? path : "<stdin>",
      err ? err : "unknown error");
  as->pr->unreadable++;
  as->pr->dumps_unread++;
}

/* A whole file ("-": standard input), NUL-terminated, malloc'd; NULL with *err set. */
static char *read_whole(const char *path, size_t *len, const char **err) {
  bool is_stdin = !strcmp(path, "-");
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  size_t cap = 1 << 16, n = 0;
  char *buf = f ? malloc(cap) : NULL;
  *err = f ? "out of memory" : strerror(errno);
  while (buf) {
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) {
      if (!ferror(f)) break;
      *err = strerror(errno ? errno : EIO);
      free(buf);
      buf = NULL;
    } else if (n + 1 == cap) {
      char *more = realloc(buf, cap *= 2);
      if (!more) free(buf);
      buf = more;
    }
  }
  if (f && !is_stdin) fclose(f);
  if (buf) {
    buf[n] = 0;
    *len = n;
  }
  return buf;
}

/* Text of nothing but blanks (an empty file). */
static bool blank_text(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isspace((unsigned char)s[i])) return false;
  return true;
}

/* A line of `nm -S` output: ADDRESS SIZE TYPE NAME, two hex numbers, a one-letter type, a
 * name (what ms_crate_add_symbols reads; lines without a size are not). */
static bool nm_line(const char *l, size_t n) {
  size_t i = 0;
  for (int field = 0; field < 3; field++) {
    size_t start = i;
    while (i < n && (field == 2 ? !isspace((unsigned char)l[i]) : isxdigit((unsigned char)l[i])))
      i++;
    if (i == start || (field == 2 && i != start + 1) || i == n || l[i] != ' ') return false;
    while (i < n && l[i] == ' ') i++;
  }
  return i < n;
}

/* Some line of the text is an nm_line. */
static bool has_nm_line(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    size_t e = i;
    while (e < n && s[e] != '\n') e++;
    if (nm_line(s + i, e > i && s[e - 1] == '\r' ? e - i - 1 : e - i)) return true;
    i = e + 1;
  }
  return false;
}

/* nm output whose names no coroutine can match: legacy-mangled demangled names (`{{closure}}`,
 * no `{closure#N}`) or names not demangled (`_ZN..`, `_R..`): a warning that says how to get
 * names the lookup reads (docs/code-size.md, "nm symbols").  A trial's -s file of a default
 * build matched nothing and nothing said so. */
static void warn_unmatchable_names(const char *shown, const char *s, size_t n) {
  bool legacy = false, v0 = false, raw = false;
  for (const char *p = s; p < s + n && (p = memchr(p, '{', (size_t)(s + n - p))); p++) {
    if ((size_t)(s + n - p) >= 11 && !memcmp(p, "{{closure}}", 11)) legacy = true;
    if ((size_t)(s + n - p) >= 9 && !memcmp(p, "{closure#", 9)) v0 = true;
  }
  for (size_t i = 0; i < n;) { /* the name field of a line starting with it: ` _ZN`, ` _R` */
    size_t e = i;
    while (e < n && s[e] != '\n') e++;
    for (size_t k = i; k + 4 < e; k++)
      if (s[k] == ' ' && s[k + 2] == ' ' && (!memcmp(s + k + 3, "_ZN", 3) || !memcmp(s + k + 3, "_R", 2))) {
        raw = true;
        break;
      }
    i = e + 1;
  }
  if (v0) return;
  if (legacy)
    say("%s: warning: legacy symbol names (`{{closure}}`) match no coroutine: build with "
        "-Csymbol-mangling-version=v0 (capture does) and give `nm -S -C` of that build\n", shown);
  else if (raw)
    say("%s: warning: symbol names are not demangled (`_ZN`, `_R`): give `nm -S -C` output "
        "of a build with -Csymbol-mangling-version=v0\n", shown);
}

/*
 * A file given with -t (`symbols` false) or -s into the crate.  A file of the wrong kind is
 * an input error (binary, or without one line of the kind: `print-type-size type: ...`, an
 * `nm -S` line), an empty one a warning.
 */
static void add_given(ms_crate *crate, const char *path, bool symbols, Problems *pr) {
  const char *err = NULL, *what = symbols ? "nm -S output" : "-Zprint-type-sizes output";
  const char *shown = strcmp(path, "-") ? path : "<stdin>";
  size_t len = 0;
  char *text = read_whole(path, &len, &err);
  ms_input_kind kind = strcmp(path, "-") ? ms_input_sniff(path, NULL, NULL) : MS_INPUT_DUMP;
  long n = 0;
  bool bad = true;
  if (!text) {
    say("%s: error: cannot read %s: %s\n", shown, symbols ? "symbols" : "type sizes", err);
  } else if (blank_text(text, len)) {
    say("%s: warning: empty: no %s in it\n", shown, symbols ? "symbols" : "type sizes");
    bad = false;
  } else if (kind == MS_INPUT_BINARY || kind == MS_INPUT_RUST_SOURCE || kind == MS_INPUT_REPORT_JSON) {
    say("%s: error: not %s (%s)\n", shown, what,
        kind == MS_INPUT_BINARY ? "binary" : kind == MS_INPUT_RUST_SOURCE ? "Rust source" : "a mirscope JSON report");
  } else if (symbols && kind == MS_INPUT_TYPE_SIZES) {
    say("%s: error: not %s (-Zprint-type-sizes output: give it with -t)\n", shown, what);
  } else if (!symbols && kind == MS_INPUT_NM_SYMBOLS) {
    say("%s: error: not %s (nm output: give it with -s)\n", shown, what);
  } else if (symbols && !has_nm_line(text, len)) {
    say("%s: error: not %s (no line `ADDRESS SIZE TYPE NAME`)\n", shown, what);
  } else if ((n = symbols ? ms_crate_add_symbols(crate, text, len)
                          : ms_crate_add_type_sizes(crate, text, len)) == 0 && !symbols) {
    say("%s: error: not %s (no line `print-type-size type: ...`)\n", shown, what);
  } else {
    if (symbols) warn_unmatchable_names(shown, text, len);
    bad = false;
  }
  pr->unreadable += bad;
  free(text);
}

/*
 * Build and finish the crate model of some paths: one document at a time (each freed
 * before the next is read), type sizes given (-t) or found beside the dumps, symbols given
 * (-s) or, in a capture's output (`capture`: its build.txt was found), its units' symbols.txt.
 * Diagnostics are coloured on a terminal (report's --color is for its output).
 * Returns NULL only when memory is exhausted.
 */
static ms_crate *build_crate(const Common *a, const pcre2_code *re, const ms_crate_options *opts,
                             bool capture, const char *const *paths, size_t npaths, Problems *pr) {
  ms_inputs *in = ms_inputs_collect(paths, npaths, problem_walk_error, pr);
  ms_crate_options o = *opts;
  WarnFilter wf = {.c = a, .re = re};
  if (o.on_warning_about == print_warning) o.warning_user = &wf; /* --crate's and re's */
  ms_crate *crate = ms_crate_new(&o);
  report_rejected(in, pr);
  found_skipped(&pr->found, in);
  const char *kept = NULL, *dropped = NULL;
  size_t shadowed = ms_inputs_shadowed(in, &kept, &dropped);
  if (shadowed) { /* two toolchains' dumps in one directory: one of each body is read */
    char dir[4096];
    dir_of(kept, dir, sizeof dir);
    const char *k = strrchr(kept, '/'), *d = strrchr(dropped, '/');
    say("%s: warning: %zu dump%s not read: another file in the directory dumps the same body "
        "(two rustc versions writing to one mir_dump?), e.g. %s beside %s; give each build "
        "its own directory\n", *dir ? dir : ".", shadowed, shadowed == 1 ? "" : "s",
        d ? d + 1 : dropped, k ? k + 1 : kept);
  }
  size_t resume_before = pr->found.resume; /* diff builds two crates with one Problems */
  for (size_t i = 0; i < a->nts; i++) add_given(crate, a->tsfiles[i], false, pr);
  for (size_t i = 0; i < ms_inputs_type_sizes_count(in); i++) {
    /* found beside the dumps: applies to the dumps below its own directory */
    const char *p = ms_inputs_type_sizes_path(in, i), *err = NULL;
    char scope[4096];
    dir_of(p, scope, sizeof scope);
    long n = *scope ? ms_crate_add_type_sizes_scoped(crate, p, scope, &err)
                    : ms_crate_add_type_sizes_file(crate, p, &err);
    if (n < 0) {
      say("%s: error: cannot read type sizes: %s\n", p, err);
      pr->unreadable++;
    }
  }
  for (size_t i = 0; i < a->nsym; i++) add_given(crate, a->symfiles[i], true, pr);
  if (!a->nsym && capture) /* a capture's symbols.txt beside each unit's type sizes, as it read them */
    for (size_t i = 0; i < ms_inputs_symbols_count(in); i++) {
      const char *scope = "", *err = NULL, *sym = ms_inputs_symbols_path(in, i, &scope);
      long r = *scope ? ms_crate_add_symbols_scoped(crate, sym, scope, &err)
                      : ms_crate_add_symbols_file(crate, sym, &err);
      if (r < 0) {
        say("%s: error: cannot read symbols: %s\n", sym, err);
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
  bool progress = isatty(STDERR_FILENO) && n > 1;
  AddState as = {.crate = crate, .pr = pr, .color = use_color(COLOR_AUTO, STDERR_FILENO),
                 .progress = progress, .nfiles = n};
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
  say_warnings_left_out(pr->cmd ? pr->cmd : "report", &wf);
  check_nothing_lost(crate, pr->found.resume - resume_before);
  return crate;
}

/*
 * The width the text report fits: the terminal's when standard output is one, else COLUMNS
 * when it is set to a number (as when piped to a pager), else 0: no limit, full names.
 */
static int output_width(void) {
  struct winsize ws;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  const char *env = getenv("COLUMNS");
  char *end = NULL;
  long n = env && isdigit((unsigned char)*env) ? strtol(env, &end, 10) : 0;
  return end && !*end && n > 0 && n <= 100000 ? (int)n : 0;
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

/* ------------------------------------------------------------------ picking coroutines */

/* Is the coroutine's crate one of --crate's names ('-' read as '_', as capture reads them)?
 * Every crate without --crate. */
static bool file_picked(const Common *c, const char *f) {
  char crate[256];
  ms_file_crate_name(f, crate, sizeof crate);
  /* the directory of its dump: a capture's unit (`dumps/relay-bin` beside `dumps/relay`,
   * a binary and its library of one name, which a trial could not tell apart) */
  const char *end = f ? strrchr(f, '/') : NULL, *dir = end;
  while (dir && dir > f && dir[-1] != '/') dir--;
  if (dir && end - dir == 8 && !memcmp(dir, "mir_dump", 8) && dir > f + 1) { /* DIR/mir_dump */
    end = dir - 1;
    for (dir = end; dir > f && dir[-1] != '/';) dir--;
  }
  for (size_t i = 0; i < c->ncrates; i++) {
    const char *a = c->crates[i], *b = crate;
    while (*a && *b && (*a == '-' ? '_' : *a) == *b) a++, b++;
    if (!*a && !*b) return true;
    size_t n = strlen(c->crates[i]);
    if (dir && (size_t)(end - dir) == n && !memcmp(dir, c->crates[i], n)) return true;
  }
  return c->ncrates == 0;
}

static bool crate_picked(const Common *c, const ms_coroutine *co) { return file_picked(c, ms_co_file(co)); }

/* The coroutine's name (k 0), def path (1) or dump file's def path (2) as the tables print
 * it, into out; false when that is none, too long, or the same text unshortened. */
static bool printed_name(const ms_coroutine *co, int k, char *out, size_t cap) {
  const char *p = k == 0 ? ms_co_name(co) : k == 1 ? ms_co_def_path(co) : ms_co_item(co);
  if (!p || !*p || strlen(p) >= cap) return false;
  if (k == 0) ms_co_short_name(co, out, cap); /* a block by its location, as tables name it */
  else ms_short_path(p, ms_co_kind_of(co), out, cap);
  return strcmp(out, p) != 0;
}

/* The name to list a coroutine by where the user may pass it back (explain, --fn): as the
 * tables print it when no other coroutine of the crate prints so, else its unique name (a
 * firmware trial met `<impl at src/lib.rs:137:1: 137:17>::read::{closure#0}` in lists and
 * `<I2c as Bus>::read` in the report).  Points to out or to the name. */
static const char *listed_name(const ms_crate *crate, const ms_coroutine *co, char *out, size_t cap) {
  if (!printed_name(co, 0, out, cap)) return ms_co_name(co);
  char other[1024];
  for (size_t i = 0, n = ms_crate_coroutine_count(crate); i < n; i++) {
    const ms_coroutine *o = ms_crate_coroutine(crate, i);
    if (o != co && printed_name(o, 0, other, sizeof other) && !strcmp(other, out)) return ms_co_name(co);
    if (o != co && !strcmp(ms_co_name(o), out)) return ms_co_name(co);
  }
  return out;
}

/* Does `re` (--fn, explain's PATTERN) match the coroutine's name or def path?  (A NULL
 * coroutine, the missing side of a diff entry: no.) */
static bool fn_matches(const pcre2_code *re, const ms_coroutine *co, pcre2_match_data *md) {
  if (!co) return false;
  if (pcre2_match(re, (PCRE2_SPTR)ms_co_name(co), PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) >= 0 ||
      pcre2_match(re, (PCRE2_SPTR)ms_co_def_path(co), PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) >= 0)
    return true;
  /* an async fn as the tables name it, `nested` for `nested::{closure#0}` (a trial's
   * `explain '^nested$'` found nothing) */
  static const char BODY[] = "::{closure#0}";
  const char *nm = ms_co_name(co);
  size_t nl = strlen(nm);
  if (ms_co_kind_of(co) == MS_KIND_ASYNC_FN && nl > sizeof BODY - 1 &&
      !strcmp(nm + nl - (sizeof BODY - 1), BODY) &&
      pcre2_match(re, (PCRE2_SPTR)nm, nl - (sizeof BODY - 1), 0, 0, md, NULL) >= 0)
    return true;
  /* as the tables print it, `radio::<impl at radio.rs:23>::send` (a trial's `explain` of
   * the printed name found nothing) */
  char shown[1024];
  for (int k = 0; k < 3; k++)
    if (printed_name(co, k, shown, sizeof shown) &&
        pcre2_match(re, (PCRE2_SPTR)shown, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) >= 0)
      return true;
  /* a block or closure by where rustc says it is, `lib.rs:205` of `{async block@src/lib.rs:
   * 205:30: 205:35}` (a trial could not tell two nested blocks apart by their names) */
  const char *st = ms_co_self_type(co), *at = st ? strchr(st, '@') : NULL;
  if (at && st[0] == '{' && pcre2_match(re, (PCRE2_SPTR)(at + 1), PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) >= 0)
    return true;
  /* an impl's async fn by the path its type prints, `I2c::write` or `<Tcp as
   * Transport>::send` of `{async fn body of I2c::write()}`, where the def path says
   * `<impl at src/lib.rs:68:1: 68:9>` */
  const char *t = ms_co_self_type(co), *e, *dp = ms_co_def_path(co);
  static const char AFN[] = "{async fn body of ";
  if (!strstr(dp, "<impl at ") && !strstr(dp, "{impl#")) return false; /* a method's only */
  if (t && !strncmp(t, AFN, sizeof AFN - 1) && (e = strrchr(t, '('))) {
    t += sizeof AFN - 1;
    return e > t && pcre2_match(re, (PCRE2_SPTR)t, (PCRE2_SIZE)(e - t), 0, 0, md, NULL) >= 0;
  }
  /* an async block in a method (`#[async_trait]`: `Box::pin(async move { .. })`): its
   * captured `self` (`&Echo`) and the method after the impl, `Echo::handle` (a trial's
   * `explain Echo` found nothing) */
  const char *m = strstr(dp, ">::");
  for (size_t i = 0; m && i < ms_co_upvar_count(co); i++) {
    const char *n = ms_co_upvar_name(co, i), *ty = ms_co_upvar_type(co, i);
    if (!n || !ty || strcmp(n, "self")) continue;
    while (*ty == '&') { /* `&`, `&mut `, `&'a `, `&'a mut ` */
      ty++;
      if (*ty == '\'') ty += strcspn(ty, " ");
      while (*ty == ' ') ty++;
      if (!strncmp(ty, "mut ", 4)) ty += 4;
    }
    size_t ml = strcspn(m + 3, ":");
    char path[512];
    int k = snprintf(path, sizeof path, "%s::%.*s", ty, (int)ml, m + 3);
    return k > 0 && (size_t)k < sizeof path &&
           pcre2_match(re, (PCRE2_SPTR)path, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) >= 0;
  }
  return false;
}

/* Does `re` match a body known by its def path alone (one not modelled, warned about), as
 * fn_matches reads the def path: itself or, an async fn's body, without its `::{closure#0}`? */
static bool def_path_matches(const pcre2_code *re, const char *def_path, pcre2_match_data *md) {
  static const char BODY[] = "::{closure#0}";
  size_t n = strlen(def_path);
  if (n > sizeof BODY - 1 && !strcmp(def_path + n - (sizeof BODY - 1), BODY) &&
      pcre2_match(re, (PCRE2_SPTR)def_path, n - (sizeof BODY - 1), 0, 0, md, NULL) >= 0)
    return true;
  return pcre2_match(re, (PCRE2_SPTR)def_path, n, 0, 0, md, NULL) >= 0;
}

/* The coroutines (indices) of the --crate crates whose name or def path `re` matches (all
 * without either), *nsel of them; NULL: no memory. */
static size_t *select_coroutines(const ms_crate *crate, const Common *c, const pcre2_code *re,
                                 size_t *nsel) {
  size_t n = ms_crate_coroutine_count(crate);
  size_t *sel = calloc(n + 1, sizeof *sel);
  pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
  if (!sel || (re && !md)) {
    pcre2_match_data_free(md);
    free(sel);
    return NULL;
  }
  *nsel = 0;
  for (size_t i = 0; i < n; i++) {
    const ms_coroutine *co = ms_crate_coroutine(crate, i);
    if (re && !fn_matches(re, co, md)) continue;
    if (crate_picked(c, co)) sel[(*nsel)++] = i;
  }
  pcre2_match_data_free(md);
  return sel;
}

/* "mirscope CMD: no coroutine matches 'P' of crate A, B in the input". */
static void say_no_match(const char *cmd, const Common *c, const char *pattern, const ms_crate *crate) {
  say("mirscope %s: no coroutine", cmd);
  if (pattern) say(" matches '%s'", pattern);
  for (size_t i = 0; i < c->ncrates; i++) say("%s%s", i ? ", " : " of crate ", c->crates[i]);
  say(" in the input\n");
  size_t n = crate ? ms_crate_coroutine_count(crate) : 0, picked = 0;
  for (size_t i = 0; i < n; i++) picked += crate_picked(c, ms_crate_coroutine(crate, i));
  if (!n) return;
  if (c->ncrates && !picked) { /* a crate name mistyped: the input's crates (a trial) */
    char seen[8][256];
    size_t ns = 0;
    say("  its crates:");
    for (size_t i = 0; i < n && ns < 8; i++) {
      char cr[256];
      ms_co_crate(ms_crate_coroutine(crate, i), cr, sizeof cr);
      size_t k = 0;
      while (k < ns && strcmp(seen[k], cr)) k++;
      if (k < ns) continue;
      snprintf(seen[ns++], sizeof seen[0], "%s", cr);
      say("%s %s", ns > 1 ? "," : "", cr);
    }
    say("%s\n", ns == 8 ? ", ..." : "");
    return;
  }
  /* a pattern that names nothing: names it could have been (as say_several lists them) */
  say("  the input's coroutines%s:\n", c->ncrates ? " of those crates" : "");
  for (size_t i = 0, k = 0; i < n && k < 6; i++) {
    const ms_coroutine *co = ms_crate_coroutine(crate, i);
    if (!crate_picked(c, co)) continue;
    char cr[256];
    ms_co_crate(co, cr, sizeof cr);
    char shown[1024];
    say("    %s (%s)\n", listed_name(crate, co, shown, sizeof shown), cr);
    k++;
  }
  if (picked > 6) say("    ... %zu more (mirscope report lists them)\n", picked - 6);
}

/* ------------------------------------------------------------------ the build */

/*
 * The build the dumps come from, which chooses the code-size model and the pointer width of
 * computed sizes: --target, --opt-level and --pointer-width when given, else what a capture
 * recorded (build.txt in a directory given, or above it), else MS_DEFAULT_TARGET and
 * MS_DEFAULT_OPT_LEVEL, assumed (and said so in text and Markdown output).
 */
typedef struct {
  char target[256], opt_level[8];
  int pointer_width;
  bool target_known, opt_known; /* given or recorded (not the defaults) */
  bool target_given, opt_given; /* by --target, --opt-level */
  char recorded[4200];          /* the capture's build.txt the values come from, or "" */
  char root[4096];              /* the project root it recorded (spans are relative to it), or "" */
  bool lto;                     /* it recorded link-time optimisation (lto=yes) */
  char nm_linked[1024];         /* with it, the units nm sized from a linked binary (a,b) */
  char nm_objects[1024];        /* ... and from their own objects, before link time */
  bool symbols_given;           /* -s: nm sizes of the files given, not the capture's */
} Build;

/* dst = src, cut to cap - 1 bytes. */
static void copy_value(char *dst, size_t cap, const char *src) {
  size_t n = strlen(src);
  if (n >= cap) n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = 0;
}

/* A capture's record into b (its pointer width into *recorded_width). */
static void record_to_build(const ms_build_record *r, Build *b, int *recorded_width) {
  copy_value(b->recorded, sizeof b->recorded, r->path);
  copy_value(b->target, sizeof b->target, r->target);
  copy_value(b->opt_level, sizeof b->opt_level, r->opt_level);
  copy_value(b->root, sizeof b->root, r->root);
  b->lto = r->lto;
  copy_value(b->nm_linked, sizeof b->nm_linked, r->nm_linked);
  copy_value(b->nm_objects, sizeof b->nm_objects, r->nm_objects);
  b->target_known = *b->target != 0;
  b->opt_known = *b->opt_level != 0;
  *recorded_width = r->pointer_width;
}

/* The capture's build for `path` (ms_build_record_find) into b; false when there is none. */
static bool read_recorded_build(const char *path, Build *b, int *recorded_width) {
  ms_build_record r;
  if (!ms_build_record_find(path, &r)) return false;
  record_to_build(&r, b, recorded_width);
  return true;
}

/* The build for some inputs (see Build); a usage error (2) when --pointer-width disagrees
 * with the target, the target's pointer width cannot be told, or two captures among the
 * inputs recorded different builds that no option overrides (one code model, one pointer
 * width and one set of nm sizes per report: each capture alone, or diff). */
static int resolve_build(const Common *a, const char *cmd, const char *const *paths, size_t n,
                         Build *b) {
  int recorded = 0;
  memset(b, 0, sizeof *b);
  for (size_t i = 0; i < n; i++) {
    Build o;
    int w = 0;
    memset(&o, 0, sizeof o);
    if (!strcmp(paths[i], "-") || !read_recorded_build(paths[i], &o, &w)) continue;
    if (!*b->recorded) {
      *b = o;
      recorded = w;
      continue;
    }
    if (!strcmp(o.recorded, b->recorded)) continue;
    bool t_differs = strcmp(o.target, b->target) || w != recorded;
    if ((t_differs && !a->target) || (strcmp(o.opt_level, b->opt_level) && !a->opt_level))
      return usage_error(cmd, "the captures in %s and %s are of different builds (%s, opt-level "
                         "%s; %s, opt-level %s): give them one at a time, or compare them with "
                         "mirscope diff", b->recorded, o.recorded, b->target, b->opt_level,
                         o.target, o.opt_level);
  }
  b->target_given = a->target != NULL;
  b->opt_given = a->opt_level != NULL;
  b->symbols_given = a->nsym > 0;
  /* an option that contradicts the capture: its exact sizes and nm sizes stay the captured
   * build's (a trial's thumbv7em capture read as x86_64 without a word) */
  if (*b->recorded && a->target && b->target_known && strcmp(a->target, b->target))
    say("mirscope %s: warning: --target %s, but the capture in %s built for %s: its exact "
        "future and code sizes are of that build, only the model's figures follow the option\n",
        cmd, a->target, b->recorded, b->target);
  if (*b->recorded && a->opt_level && b->opt_known && strcmp(a->opt_level, b->opt_level))
    say("mirscope %s: warning: --opt-level %s, but the capture in %s built at opt-level %s: "
        "its nm sizes are of that build, only the model's figures follow the option\n",
        cmd, a->opt_level, b->recorded, b->opt_level);
  if (a->target) {
    if (strcmp(a->target, b->target) != 0) recorded = 0; /* another target than captured */
    copy_value(b->target, sizeof b->target, a->target);
    b->target_known = true;
  }
  if (a->opt_level) {
    copy_value(b->opt_level, sizeof b->opt_level, a->opt_level);
    b->opt_known = true;
  }
  /* a known target implies its pointer width; the assumed default target implies nothing
   * that --pointer-width could disagree with (without it: 64, the default target's) */
  int implied = recorded ? recorded : b->target_known ? ms_target_pointer_width(b->target) : 0;
  if (a->pointer_width_given && implied && a->pointer_width != implied)
    return usage_error(cmd, "--pointer-width %d disagrees with target %s (%d-bit pointers)",
                       a->pointer_width, b->target, implied);
  if (!a->pointer_width_given && !implied && b->target_known)
    return usage_error(cmd, "cannot tell the pointer width of target %s: give --pointer-width",
                       b->target);
  b->pointer_width = a->pointer_width_given ? a->pointer_width : implied ? implied : 64;
  return EXIT_OK;
}

/* The crate options for a build. */
static ms_crate_options build_options(const Build *b) {
  return (ms_crate_options){.pointer_width = b->pointer_width,
                            .target = b->target_known ? b->target : NULL,
                            .opt_level = b->opt_known ? b->opt_level : NULL,
                            .on_warning_about = print_warning};
}

/* "2 of the 4 coroutines[ drawn] check", "the coroutine checks", "all 3 coroutines check":
 * the bodies that check arithmetic for overflow (ms_co_overflow_checks) among all. */
static void checked_words(char *out, size_t cap, size_t checked, size_t all, const char *which) {
  if (checked == all && all == 1)
    snprintf(out, cap, "the coroutine%s checks", which);
  else if (checked == all)
    snprintf(out, cap, "all %zu coroutines%s check", all, which);
  else
    snprintf(out, cap, "%zu of the %zu coroutines%s check%s", checked, all, which,
             checked == 1 ? "s" : "");
}

/* "a, b" for build.txt's "a,b" into out (cap bytes). */
static void unit_list(const char *units, char *out, size_t cap) {
  size_t n = 0;
  for (const char *u = units; *u && n + 3 < cap; u++) {
    out[n++] = *u;
    if (*u == ',') out[n++] = ' ';
  }
  out[n] = 0;
}

/* What link-time optimisation means for the code figures, after "; " (docs/capture.md, step
 * 7): the exact ones are nm's of the linked binary (after it) or of a crate's objects (before
 * it), as the capture recorded (nm_linked=, nm_objects=); the estimates are of the crates'
 * code before it, and bound nothing; the code of poison arms and duplicate suspend points is
 * an upper bound, the panic calls folded into one (a firmware trial's fat-LTO thumbv7em ELF:
 * 4 bytes an arm, where the model counts 12).  Until 2026-12-07 every figure was called an
 * upper bound, the exact ones of the linked binary among them (460 B with LTO, 344 without). */
static void lto_words(const ms_crate *c, const Build *b, char *out, size_t cap) {
  bool exact = false;
  for (size_t i = 0; i < ms_crate_coroutine_count(c) && !exact; i++)
    exact = ms_co_code_exact(ms_crate_coroutine(c, i)) >= 0;
  char linked[1100], objects[1100], where[2400];
  unit_list(b->nm_linked, linked, sizeof linked);
  unit_list(b->nm_objects, objects, sizeof objects);
  bool known = !b->symbols_given && (*linked || *objects);
  if (!exact)
    snprintf(where, sizeof where, "code figures are estimates (≈, ~) of the crates' code "
             "before it, not bounds for the binary");
  else if (!known)
    snprintf(where, sizeof where, "exact code figures are nm's: a linked binary's after it, a "
             "crate's objects' before it");
  else if (!*objects)
    snprintf(where, sizeof where, "exact code figures are nm's of the linked binary (%s), after it",
             linked);
  else if (!*linked)
    snprintf(where, sizeof where, "exact code figures are nm's of the crates' objects (%s), "
             "before it", objects);
  else
    snprintf(where, sizeof where, "exact code figures are nm's of the linked binary (%s), after "
             "it, or of the crates' objects (%s), before it", linked, objects);
  snprintf(out, cap, "; link-time optimisation: %s%s; poison arms and duplicate suspend points "
           "are upper bounds: LTO can fold the panic calls into one, 4 B an arm on a thumbv7em "
           "fat-LTO binary", where, exact ? "; estimates (≈, ~) are of the crates' code before "
           "it, not bounds for the binary" : "");
}

/* One line on the build a text (md: Markdown) report is for, saying what was assumed, after
 * `prefix`; text broken at spaces to `width` columns (0: none), as the report's prose. */
static void write_build_line(FILE *o, const ms_crate *c, const Build *b, bool md, const char *prefix,
                             int width) {
  int tg = 0, og = 0;
  const char *t = ms_crate_target(c, &tg), *l = ms_crate_opt_level(c, &og);
  char how[4400];
  if (!tg && !og)
    snprintf(how, sizeof how, "assumed: give --target and --opt-level");
  else if (!tg || !og)
    snprintf(how, sizeof how, "%s assumed: give %s", tg ? "opt-level" : "target",
             tg ? "--opt-level" : "--target");
  else if (!*b->recorded || (b->target_given && b->opt_given))
    snprintf(how, sizeof how, "given");
  else if (b->target_given || b->opt_given)
    snprintf(how, sizeof how, "%s given, %s recorded by the capture in %s",
             b->target_given ? "target" : "opt-level", b->target_given ? "opt-level" : "target",
             b->recorded);
  else
    snprintf(how, sizeof how, "recorded by the capture in %s", b->recorded);
  /* overflow checks are on by default only in debug builds: an assumed opt-level 3 is then
   * likely wrong, and its code figures too low */
  size_t checked = ms_crate_overflow_checked_count(c);
  if (!og && checked) {
    size_t len = strlen(how);
    char who[96];
    checked_words(who, sizeof who, checked, ms_crate_coroutine_count(c), "");
    snprintf(how + len, sizeof how - len,
             "; %s arithmetic for overflow, as debug builds do: if built without -O (cargo "
             "build), give --opt-level 0", who);
  }
  /* LTO: what the linked binary keeps is not what each crate's code has */
  char lto[2800] = "";
  if (b->lto) lto_words(c, b, lto, sizeof lto);
  char line[9200];
  if (md)
    snprintf(line, sizeof line, "%s\n_Build: `%s`, opt-level `%s`, %d-bit pointers (%s%s)._\n",
             prefix, t, l, b->pointer_width, how, lto);
  else
    snprintf(line, sizeof line, "%sbuild: %s, opt-level %s, %d-bit pointers (%s%s)\n", prefix, t, l,
             b->pointer_width, how, lto);
  ms_write_wrapped(o, line, md ? 0 : width);
}

/* The Markdown build line, for the library to write last and count in --max-chars
 * (ms_report_options.md_footer); free() it. */
static char *md_build_line(const ms_crate *c, const Build *b) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) {
    fprintf(stderr, "mirscope: internal error: out of memory\n");
    abort();
  }
  write_build_line(f, c, b, true, "", 0);
  fclose(f);
  return buf;
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
    "StateTransform.after, else PreCodegen.after or runtime-optimized.after (the final\n"
    "MIR; other passes are skipped without being read).  Files in those\n"
    "directories holding -Zprint-type-sizes output are used as ground truth for the dumps\n"
    "below them.\n"
    "\n"
    "options:\n"
    "  -f, --format FORMAT    text (default: a ranked table and totals), md (a bug report\n"
    "                         for a rust-lang/rust issue), json (docs/json.md)\n"
    "  -n, --top N            list the N first coroutines (default 20 for text and md; 0: all;\n"
    "                         json: all in input order, unless -n or --sort is given)\n"
    "      --sort KEY         size (default), redundant, code\n"
    "      --fn REGEX         only the coroutines whose name, def path or block location\n"
    "                         (lib.rs:205) matches (PCRE2): the report is about them\n"
    "  -c, --crate NAME       only the coroutines of this crate or dump directory\n"
    "                         (repeatable; '-' read as '_')\n"
    "  -t, --type-sizes FILE  -Zprint-type-sizes output: exact future sizes (repeatable)\n"
    "  -s, --symbols FILE     `nm -S -C` output: exact code sizes of resume functions\n"
    "                         (repeatable; default in a capture's output: its symbols.txt)\n"
    "      --target TRIPLE    the target the dumps were built for (default: what a capture\n"
    "                         recorded in build.txt, else x86_64-unknown-linux-gnu, assumed)\n"
    "      --opt-level N      their -Copt-level: 0, 1, 2, 3, s, z (default: the capture's,\n"
    "                         else 3, assumed; debug builds are 0): picks the code model\n"
    "      --pointer-width N  16, 32 or 64, for computed sizes (default: the target's;\n"
    "                         one that disagrees with a known target is an error)\n"
    "  -j, --jobs N           parse on N threads (default: every core)\n"
    "      --rustc-version V  the compiler that made the dumps (md; default: rustc-vV.txt\n"
    "                         found beside the dumps)\n"
    "      --svg-dir DIR      md: also write each listed coroutine's state diagram as SVG\n"
    "                         into DIR and link it (relative to the report's directory)\n"
    "      --max-chars N      md: at most N characters (default 65000: GitHub takes 65536\n"
    "                         in an issue; none with --top 0); the summary, the table and\n"
    "                         the first sections that fit, and what was left out; 0: no limit\n"
    "      --source-root DIR  md: paths under DIR shown relative to it (dump files, absolute\n"
    "                         source paths in names); paths outside it as they are\n"
    "  -o, --output FILE      write the report to FILE (atomically) instead of stdout\n"
    "      --color WHEN       auto (a terminal, unless NO_COLOR is set), always, never\n"
    "\n"
    "Capture dumps and type sizes in one build (type-sizes.txt beside the dumps is read):\n"
    "  mkdir -p mir_dump\n"
    "  RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib -Copt-level=3 \\\n"
    "      -Zdump-mir=coroutine_resume -Zdump-mir-dir=mir_dump -Zprint-type-sizes \\\n"
    "      src/lib.rs > mir_dump/type-sizes.txt\n"
    "--emit=mir output (the Playground's MIR, pasted on stdin with -) is read too; it\n"
    "prints no layout, so each is rebuilt from its body: a future with two or more awaits\n"
    "then has a lower bound for its size, unless -t gives it (docs/mir-format.md)\n"
    "\n";

/* report's --help after REPORT_USAGE */
static const char REPORT_USAGE_MORE[] =
    "examples:\n"
    "  mirscope report corpus/stable/basic\n"
    "  mirscope report --sort redundant --top 10 target/mirscope   (after a capture)\n"
    "  mirscope report -f md --svg-dir svg -o report.md mir_dump/\n"
    "  mirscope report -f json -t sizes.txt mir_dump/ > report.json\n"
    "  mirscope report --crate embedded-demo --fn 'step|report' target/mirscope\n"
    "\n"
    "exit status: 0 ok; 1 some input could not be read, is not a dump or had syntax errors\n"
    "(the report covers the rest), or no coroutine was found (it says what was); 2 usage\n"
    "error (also: --fn or --crate matches no coroutine); 3 internal error\n";

/* The Markdown report's state diagrams; user: the crate (types read "future of `f`"). */
static int render_states(const ms_coroutine *co, FILE *o, const ms_crate *crate, ms_graph_format f) {
  ms_graph_options go = {.crate = crate};
  return ms_co_render(co, NULL, MS_VIEW_STATES, f, &go, o, NULL, 0);
}

static int render_states_dot(const ms_coroutine *co, FILE *o, void *user) {
  return render_states(co, o, user, MS_FORMAT_DOT);
}

static int render_states_mermaid(const ms_coroutine *co, FILE *o, void *user) {
  return render_states(co, o, user, MS_FORMAT_MERMAID);
}

/* mkdir -p: dir and its missing parents; false (errno set) when one cannot be made. */
static bool make_dirs(const char *dir) {
  char path[4096];
  if (!*dir || snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) {
    errno = *dir ? ENAMETOOLONG : ENOENT;
    return false;
  }
  for (char *p = path + 1;; p++) {
    if (*p != '/' && *p) continue;
    char c = *p;
    *p = 0;
    if (mkdir(path, 0777) != 0 && errno != EEXIST) return false;
    if (!c) return true;
    *p = c;
  }
}

/* The SVG of every listed coroutine into dir (made with its parents), named by
 * ms_co_file_stem, or by ro->svg_stem_under with ro->source_root (a capture: the dump
 * files in tooltips relative to it too). */
static bool write_svgs(const ms_crate *c, const ms_report_options *ro, const char *dir) {
  size_t n = ms_crate_coroutine_count(c);
  size_t *idx = calloc(n ? n : 1, sizeof *idx);
  if (!idx) return false;
  size_t k = ms_crate_rank(c, ro->sort, 0, idx, n ? n : 1), kept = 0;
  for (size_t i = 0; i < k; i++) { /* those the report is about (ro->only), then its top */
    bool in = !ro->only;
    for (size_t j = 0; !in && j < ro->nonly; j++) in = ro->only[j] == idx[i];
    if (in) idx[kept++] = idx[i];
  }
  k = ro->top && kept > ro->top ? ro->top : kept;
  ms_graph_ctx *ctx = ms_graph_ctx_new();
  ms_graph_options go = {.ctx = ctx, .dump_root = ro->svg_stem_under ? ro->source_root : NULL};
  bool ok = ctx != NULL;
  if (!make_dirs(dir)) {
    fprintf(stderr, "mirscope: cannot create %s: %s\n", dir, strerror(errno));
    ok = false;
  }
  for (size_t i = 0; ok && i < k; i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, idx[i]);
    char stem[128], path[4400], err[256] = "";
    if (ro->svg_stem_under) ro->svg_stem_under(co, ro->source_root, stem, sizeof stem);
    else ms_co_file_stem(co, stem, sizeof stem);
    snprintf(path, sizeof path, "%s/%s.svg", dir, stem);
    Out o;
    if (!out_open(&o, path, "report")) {
      ok = false;
      break;
    }
    bool r = ms_co_render(co, NULL, MS_VIEW_STATES, MS_FORMAT_SVG, &go, o.f, err, sizeof err) == 0;
    if (!r && !ferror(o.f)) say("%s: error: %s\n", ms_co_name(co), err);
    ok = out_finish(&o, r) == EXIT_OK && ok;
  }
  ms_graph_ctx_free(ctx);
  free(idx);
  return ok;
}

enum { FORMAT_TEXT, FORMAT_MD, FORMAT_JSON };
/* GitHub takes 65,536 characters in an issue body: the default --max-chars, with room for
 * a line of your own. */
#define MD_MAX_CHARS 65000
static const Choice REPORT_FORMATS[] = {
    {"text", FORMAT_TEXT}, {"md", FORMAT_MD}, {"json", FORMAT_JSON}, {NULL, 0}};
static const Choice SORT_KEYS[] = {{"size", MS_SORT_SIZE},
                                   {"redundant", MS_SORT_REDUNDANT},
                                   {"code", MS_SORT_CODE},
                                   {NULL, 0}};

/* report's own options. */
typedef struct {
  int format; /* FORMAT_* */
  int sort;   /* ms_sort */
  bool sort_given; /* --sort: JSON is then ranked too */
  const char *rustc, *svgdir, *source_root;
  long max_chars; /* --max-chars; -1: the default (65000 for md) */
} ReportArgs;

static int report_option(void *args, int opt, const Opt *o) {
  ReportArgs *r = args;
  switch (opt) {
  case 'f': return choice_value(o, REPORT_FORMATS, &r->format);
  case OPT_SORT: r->sort_given = true; return choice_value(o, SORT_KEYS, &r->sort);
  case OPT_RUSTC_VERSION: r->rustc = o->arg; return OPT_OK;
  case OPT_SVG_DIR: r->svgdir = o->arg; return OPT_OK;
  case OPT_SOURCE_ROOT: r->source_root = o->arg; return *o->arg ? OPT_OK : bad_value(o, "a directory");
  case OPT_MAX_CHARS: return number_value(o, 0, LONG_MAX, &r->max_chars);
  default: return OPT_NOT_MINE;
  }
}

/* --rustc-version, else the rustc-vV.txt beside a directory given, else those beside the
 * dumps read (in a dump's directory or its parents: `corpus/stable` holds a crate per
 * directory, each with its own), one line per different one. */
static void rustc_version(const char *given, const Common *c, const ms_crate *crate, char *out,
                          size_t cap) {
  snprintf(out, cap, "%s", given ? given : "");
  for (size_t i = 0; !*out && i < c->noperands; i++) {
    struct stat st;
    if (stat(c->operands[i], &st) == 0 && S_ISDIR(st.st_mode))
      rustc_version_near(c->operands[i], out, cap);
  }
  char last[4096] = "";
  for (size_t i = 0; !given && i < ms_crate_coroutine_count(crate) && cap > 1; i++) {
    const char *f = ms_co_file(ms_crate_coroutine(crate, i)), *slash = f ? strrchr(f, '/') : NULL;
    char dir[4096], v[256] = "";
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - f) : 0, f ? f : "");
    if (!strcmp(dir, last)) continue; /* the dumps of one directory come together */
    snprintf(last, sizeof last, "%s", dir);
    rustc_version_near(dir, v, sizeof v);
    size_t vl = strlen(v), ol = strlen(out);
    bool seen = !vl;
    for (const char *l = out; !seen && *l; l += strcspn(l, "\n"), l += *l == '\n')
      seen = strcspn(l, "\n") == vl && !strncmp(l, v, vl);
    if (!seen && ol + vl + 2 <= cap) snprintf(out + ol, cap - ol, "%s%s", ol ? "\n" : "", v);
  }
}

static int report_run(const Common *c, const ReportArgs *r, const char *cmdline) {
  Problems pr = {.cmd = "report"};
  Build b;
  int br = resolve_build(c, "report", c->operands, c->noperands, &b);
  if (br != EXIT_OK) return br;
  ms_crate_options opts = build_options(&b);
  ms_crate *crate = build_crate(c, c->re, &opts, *b.recorded != 0, c->operands, c->noperands, &pr);
  if (!crate) return EXIT_INTERNAL;
  bool none = ms_crate_coroutine_count(crate) == 0; /* exit 1; only JSON writes a report */
  if (none && !pr.unreadable && !pr.errors)
    explain_no_coroutine("report", NULL, NULL, &pr.found, NULL);
  if (none && r->format != FORMAT_JSON) {
    ms_crate_free(crate);
    return EXIT_INPUT;
  }
  size_t nsel = 0, *sel = NULL; /* --fn, --crate: the report is about these */
  if (!none && (c->re || c->ncrates) && (!(sel = select_coroutines(crate, c, c->re, &nsel)) || !nsel)) {
    if (sel) say_no_match("report", c, c->fn, crate);
    free(sel);
    ms_crate_free(crate);
    return !sel ? EXIT_INTERNAL : pr.unreadable || pr.errors ? EXIT_INPUT : EXIT_USAGE;
  }
  char version[256];
  rustc_version(r->rustc, c, crate, version, sizeof version);
  ms_report_options ro = {
      .top = c->top < 0 ? (r->format != FORMAT_JSON ? 20 : 0) : (size_t)c->top,
      .sort = (ms_sort)r->sort,
      .json_ranked = r->format == FORMAT_JSON && (c->top > 0 || r->sort_given),
      .color = c->output ? 0 : use_color(c->color, STDOUT_FILENO),
      .width = c->output ? 0 : output_width(),
      .rustc_version = *version ? version : NULL,
      .command_line = cmdline,
      .svg_dir = r->svgdir,
      .render_dot = render_states_dot,
      .render_dot_user = crate,
      .svg_stem = ms_co_file_stem,
      .render_mermaid = render_states_mermaid,
      .render_mermaid_user = crate,
      .output_path = c->output && strcmp(c->output, "-") ? c->output : NULL,
      .source_root = r->source_root,
      .max_chars = r->max_chars >= 0 ? (size_t)r->max_chars : c->top == 0 ? 0 : MD_MAX_CHARS,
      .only = sel,
      .nonly = nsel,
      .input_errors = pr.errors + pr.dumps_unread,
      .lto = b.lto,
  };
  int rc = EXIT_OK;
  Out o;
  if (!out_open(&o, c->output, "report")) {
    rc = EXIT_INPUT;
  } else {
    char *footer = r->format == FORMAT_MD ? md_build_line(crate, &b) : NULL;
    ro.md_footer = footer;
    int w = r->format == FORMAT_JSON ? ms_crate_write_json_with(crate, o.f, &ro)
            : r->format == FORMAT_MD ? ms_crate_write_markdown(crate, o.f, &ro)
                                     : ms_crate_write_text(crate, o.f, &ro);
    free(footer);
    if (r->format == FORMAT_TEXT) write_build_line(o.f, crate, &b, false, "", ro.width);
    if ((rc = out_finish(&o, w == 0)) == EXIT_INTERNAL) {
      fprintf(stderr, "mirscope report: internal error writing the report\n");
    } else if (rc == EXIT_OK && r->svgdir && !write_svgs(crate, &ro, r->svgdir)) {
      rc = EXIT_INPUT;
    }
  }
  if (rc == EXIT_OK && (pr.unreadable || pr.errors || none)) rc = EXIT_INPUT;
  free(sel);
  ms_crate_free(crate);
  return rc;
}

/* "mirscope report ARGS...", for the Markdown report (before getopt_long reorders argv),
 * as a shell would take it back: an argument with anything but [A-Za-z0-9_./:=,+@%^-] in
 * single quotes (`--fn 'read_|route'`, a multi-line --rustc-version), `'` as '\''. */
static void command_line(int argc, char **argv, char *out, size_t cap) {
  snprintf(out, cap, "mirscope");
  size_t l = strlen(out);
  for (int i = 0; i < argc && l + 1 < cap; i++) {
    const char *a = argv[i];
    bool plain = *a != 0;
    for (const char *p = a; *p && plain; p++)
      plain = isalnum((unsigned char)*p) || strchr("_./:=,+@%^-", *p);
    out[l++] = ' ';
    if (!plain && l + 1 < cap) out[l++] = '\'';
    for (const char *p = a; *p && l + 5 < cap; p++) {
      if (*p == '\'' && !plain) {
        memcpy(out + l, "'\\''", 4);
        l += 4;
      } else
        out[l++] = *p;
    }
    if (!plain && l + 1 < cap) out[l++] = '\'';
    out[l] = 0;
  }
  out[l < cap ? l : cap - 1] = 0;
}

static int cmd_report(const Command *cmd, int argc, char **argv) {
  char cmdline[2048];
  command_line(argc, argv, cmdline, sizeof cmdline);
  ReportArgs r = {.format = FORMAT_TEXT, .sort = MS_SORT_SIZE, .max_chars = -1};
  Common c = {0};
  int rc = parse_command(cmd, argc, argv, &c, report_option, &r);
  if (rc == GO_ON && r.svgdir && r.format != FORMAT_MD)
    rc = usage_error(cmd->name, "--svg-dir needs -f md (the report that links the SVGs)");
  if (rc == GO_ON && r.format != FORMAT_MD && (r.max_chars >= 0 || r.source_root))
    rc = usage_error(cmd->name, "%s needs -f md (it shapes the Markdown report)",
                     r.max_chars >= 0 ? "--max-chars" : "--source-root");
  if (rc == GO_ON) rc = c.noperands ? report_run(&c, &r, cmdline) : no_input(cmd);
  common_free(&c);
  return rc;
}

/* ------------------------------------------------------------------ graph */

static const char GRAPH_USAGE[] =
    "usage: mirscope graph [options] PATH...\n"
    "\n"
    "Draw coroutines: their states and transitions, their resume function's control flow,\n"
    "or their layout, as Graphviz DOT or SVG (or Mermaid), annotated with bytes.\n"
    "\n"
    "options:\n"
    "      --view VIEW        states (default): one node per state, edges labelled\n"
    "                         pending/ready/yield/return/unwind, redundant states dashed red,\n"
    "                         the largest thick orange; per kind, an edge implied by a path of\n"
    "                         its kind is left out, and ready/unwind edges from many states are\n"
    "                         one edge from a box naming them;\n"
    "                         cfg: the resume function's blocks clustered by state;\n"
    "                         layout: variants x saved locals with bytes and conflicts\n"
    "  -f, --format FORMAT    dot (default), svg (standalone, with tooltips and stable ids) or\n"
    "                         mermaid (stateDiagram-v2 of the states view, as GitHub renders)\n"
    "  -o, --output FILE|DIR  one coroutine: a file; several: a directory with one file per\n"
    "                         coroutine (names derived from def paths; .cfg, .layout for\n"
    "                         those views); default stdout (DOT\n"
    "                         only when several: one cluster per coroutine)\n"
    "      --fn REGEX         only coroutines whose name or def path matches (PCRE2)\n"
    "  -c, --crate NAME       only the coroutines of this crate or dump directory (repeatable)\n"
    "      --all-edges        states: every transition as an edge of its own\n"
    "      --conflict-graph   layout: draw the storage-conflict graph beside the table\n"
    "      --link-format FMT  link saved locals (cfg: blocks, to their dump line) to their\n"
    "                         source, e.g. 'vscode://file/{file}:{line}:{col}' (URL-encoded;\n"
    "                         javascript:, data: and similar schemes are refused)\n"
    "      --source-root DIR  links: {file} is DIR joined with the span's relative file\n"
    "                         (default: a capture's project root, from its build.txt)\n"
    "  -t, --type-sizes FILE, -s, --symbols FILE, --target TRIPLE, --opt-level N,\n"
    "  --pointer-width N, -j N   as for report\n"
    "\n"
    "examples:\n"
    "  mirscope graph corpus/stable/basic --fn 'handshake' -f svg -o handshake.svg\n"
    "  mirscope graph --view cfg --fn '^add::' mir_dump/ | dot -Tpng > add.png\n"
    "  mirscope graph -f svg -o svg/ mir_dump/\n"
    "  mirscope graph -f svg --link-format 'vscode://file/{file}:{line}:{col}' --source-root . \\\n"
    "      --fn handshake -o handshake.svg target/mirscope/dumps/\n"
    "  mirscope graph -f mermaid --fn '^handshake::' corpus/stable/basic\n"
    "  mirscope graph --crate drops -f svg -o svg/ corpus/stable\n"
    "\n"
    "exit status: 0 ok; 1 an input could not be read, or holds no coroutine (it says what\n"
    "it holds), or a file could not be written; 2 usage error (also: no coroutine matches\n"
    "--fn and --crate); 3 internal error\n";

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
    if (!strcmp(ms_co_file(cos[i]), "<stdin>")) {
      say("<stdin>: error: the cfg view reads each resume body again, and standard input can "
          "be read only once: save it to a file and give that\n");
      return false;
    }
    b->docs[i] = ms_doc_parse_file(ms_co_file(cos[i]), &err);
    if (b->docs[i]) b->bodies[i] = ms_co_find_body(cos[i], b->docs[i]);
    if (!b->bodies[i]) {
      say("%s: error: cannot read the resume body of %s%s%s\n", ms_co_file(cos[i]),
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

static const Choice VIEWS[] = {
    {"states", MS_VIEW_STATES}, {"cfg", MS_VIEW_CFG}, {"layout", MS_VIEW_LAYOUT}, {NULL, 0}};
static const Choice GRAPH_FORMATS[] = {
    {"dot", MS_FORMAT_DOT}, {"svg", MS_FORMAT_SVG}, {"mermaid", MS_FORMAT_MERMAID}, {NULL, 0}};

/* graph's own options. */
typedef struct {
  int view;        /* ms_view */
  int format;      /* ms_graph_format */
  const char *link;
  char *source_root; /* --source-root made absolute (realpath) */
  bool all_edges, conflict_graph;
} GraphArgs;

/* --source-root: an existing directory, kept absolute (joined to the working directory). */
static int source_root_value(GraphArgs *g, const Opt *o) {
  struct stat st;
  char cwd[PATH_MAX];
  if (stat(o->arg, &st) != 0 || !S_ISDIR(st.st_mode)) return bad_value(o, "not a directory");
  if (o->arg[0] != '/' && !getcwd(cwd, sizeof cwd)) return bad_value(o, strerror(errno));
  size_t n = strlen(o->arg) + (o->arg[0] == '/' ? 0 : strlen(cwd) + 1) + 1;
  char *abs = malloc(n);
  if (!abs) return bad_value(o, "out of memory");
  if (o->arg[0] == '/') snprintf(abs, n, "%s", o->arg);
  else snprintf(abs, n, "%s/%s", cwd, strcmp(o->arg, ".") ? o->arg : "");
  free(g->source_root);
  g->source_root = abs;
  return OPT_OK;
}

static int graph_option(void *args, int opt, const Opt *o) {
  GraphArgs *g = args;
  char err[256];
  switch (opt) {
  case OPT_VIEW: return choice_value(o, VIEWS, &g->view);
  case 'f': return choice_value(o, GRAPH_FORMATS, &g->format);
  case OPT_LINK_FORMAT:
    if (ms_graph_link_format_check(o->arg, err, sizeof err) != 0) return bad_value(o, err);
    g->link = o->arg;
    return OPT_OK;
  case OPT_SOURCE_ROOT: return source_root_value(g, o);
  case OPT_ALL_EDGES: g->all_edges = true; return OPT_OK;
  case OPT_CONFLICT_GRAPH: g->conflict_graph = true; return OPT_OK;
  default: return OPT_NOT_MINE;
  }
}

/* What graph draws, and where. */
typedef struct {
  const ms_coroutine **sel;
  const ms_body **bodies; /* the cfg view's resume bodies, else NULL */
  size_t n;
  ms_view view;
  ms_graph_format format;
  ms_graph_options go;
  const char *output;
} Drawing;

/* Mermaid renders at most 50 000 characters by default (its maxTextSize; GitHub shows "Maximum
 * text size in diagram exceeded" instead): a warning when a diagram written to a file is
 * longer (a trial's 300-await diagram was 66 881).  Bytes, which are at least the characters. */
enum { MERMAID_MAX_TEXT = 50000 };

static void warn_mermaid_size(const Drawing *d, FILE *f, long start, const ms_coroutine *co) {
  long end = d->format == MS_FORMAT_MERMAID ? ftell(f) : -1;
  if (end < 0 || start < 0 || end - start <= MERMAID_MAX_TEXT) return;
  say("%s: warning: its Mermaid diagram is %ld bytes, over the %d characters Mermaid renders "
      "by default (GitHub shows an error instead): use -f svg\n", ms_co_name(co), end - start,
      MERMAID_MAX_TEXT);
}

/* One file (or stdout): one coroutine, or DOT with a cluster each. */
static int draw_to_file(const Drawing *d) {
  char err[512] = "";
  Out o;
  if (!out_open(&o, d->output, "graph")) return EXIT_INPUT;
  long start = ftell(o.f);
  int r = d->n == 1 ? ms_co_render(d->sel[0], d->bodies ? d->bodies[0] : NULL, d->view,
                                   d->format, &d->go, o.f, err, sizeof err)
                    : ms_co_render_many(d->sel, d->bodies, d->n, d->view, d->format, &d->go,
                                        o.f, err, sizeof err);
  if (r != 0 && !ferror(o.f)) fprintf(stderr, "mirscope graph: %s\n", err); /* else: below */
  if (r == 0 && d->n == 1) warn_mermaid_size(d, o.f, start, d->sel[0]);
  return out_finish(&o, r == 0);
}

/* A directory (made with its parents, as report's --svg-dir) with a file per coroutine,
 * named by ms_co_file_stem. */
static int draw_to_dir(const Drawing *d) {
  if (!make_dirs(d->output)) {
    fprintf(stderr, "mirscope graph: cannot create %s: %s\n", d->output, strerror(errno));
    return EXIT_INPUT;
  }
  int rc = EXIT_OK;
  for (size_t i = 0; i < d->n; i++) {
    char stem[128], path[4400], err[512] = "";
    ms_co_file_stem(d->sel[i], stem, sizeof stem);
    /* the states view takes the stem alone, as report --svg-dir links it; the others say
     * their view, so that drawing them into the same directory replaces no state diagram */
    snprintf(path, sizeof path, "%s/%s%s.%s", d->output, stem,
             d->view == MS_VIEW_CFG ? ".cfg" : d->view == MS_VIEW_LAYOUT ? ".layout" : "",
             d->format == MS_FORMAT_SVG ? "svg" : d->format == MS_FORMAT_MERMAID ? "mmd" : "dot");
    Out o;
    if (!out_open(&o, path, "graph")) return EXIT_INPUT;
    int r = ms_co_render(d->sel[i], d->bodies ? d->bodies[i] : NULL, d->view, d->format, &d->go,
                         o.f, err, sizeof err);
    if (r != 0 && !ferror(o.f)) say("%s: error: %s\n", ms_co_name(d->sel[i]), err);
    if (r == 0) warn_mermaid_size(d, o.f, 0, d->sel[i]);
    int k = out_finish(&o, r == 0);
    if (k != EXIT_OK) rc = k;
  }
  return rc;
}

/* The ".svg", ".dot" or ".mmd" a path ends with, else NULL. */
static const char *graph_suffix(const char *path) {
  const char *dot = strrchr(path, '.');
  return dot && !strchr(dot, '/') &&
                 (!strcmp(dot, ".svg") || !strcmp(dot, ".dot") || !strcmp(dot, ".mmd"))
             ? dot
             : NULL;
}

static int draw(const Common *c, const GraphArgs *g, const ms_crate *crate,
                const ms_coroutine **sel, size_t nsel) {
  const char *out = c->output, *suffix = out ? graph_suffix(out) : NULL;
  struct stat st;
  bool to_dir = out && ((stat(out, &st) == 0 && S_ISDIR(st.st_mode)) ||
                        out[strlen(out) - 1] == '/');
  if (g->format == MS_FORMAT_MERMAID && g->view != MS_VIEW_STATES) {
    return usage_error("graph", "-f mermaid draws the states view only");
  }
  if (g->format == MS_FORMAT_MERMAID && g->link) /* Mermaid output has no links */
    say("mirscope graph: warning: -f mermaid has no links: --link-format is for dot and svg\n");
  if (nsel > 1 && !to_dir && !out && g->format != MS_FORMAT_DOT)
    return usage_error("graph", "%zu coroutines: give -o DIR for one %s each, or --fn", nsel,
                       g->format == MS_FORMAT_SVG ? "SVG" : "diagram");
  if (nsel > 1 && !to_dir && suffix) /* was: a directory named x.svg */
    return usage_error("graph", "%zu coroutines selected: give -o DIR (no %s suffix) or --fn",
                       nsel, suffix);
  to_dir = to_dir || (out && nsel > 1);
  Bodies bodies = {0};
  Drawing d = {.sel = sel, .n = nsel, .view = (ms_view)g->view,
               .format = (ms_graph_format)g->format,
               .go = {.link_format = g->link, .source_root = g->source_root,
                      .all_edges = g->all_edges, .conflict_graph = g->conflict_graph,
                      .crate = crate},
               .output = out};
  int rc = EXIT_OK;
  if (d.format == MS_FORMAT_SVG && !(d.go.ctx = ms_graph_ctx_new())) rc = EXIT_INTERNAL;
  else if (d.view == MS_VIEW_CFG && !load_bodies(sel, nsel, &bodies)) rc = EXIT_INPUT;
  else {
    d.bodies = bodies.bodies;
    /* Graphviz lays a large control-flow graph out in minutes (a trial: 31 s for 454 blocks,
     * none in 15 minutes for 4 540): say so before it starts */
    for (size_t i = 0; d.view == MS_VIEW_CFG && d.format == MS_FORMAT_SVG && d.bodies && i < nsel; i++)
      if (d.bodies[i] && ms_body_block_count(d.bodies[i]) > 300)
        say("%s: warning: %zu blocks: Graphviz may take minutes to lay them out (-f dot writes "
            "the graph at once; --view states is small)\n",
            ms_co_name(sel[i]), ms_body_block_count(d.bodies[i]));
    rc = to_dir ? draw_to_dir(&d) : draw_to_file(&d);
  }
  ms_graph_ctx_free(d.go.ctx);
  free_bodies(&bodies, nsel);
  return rc;
}

static int graph_run(const Common *c, const GraphArgs *g) {
  Problems pr = {.cmd = "graph"};
  Build b;
  int br = resolve_build(c, "graph", c->operands, c->noperands, &b);
  if (br != EXIT_OK) return br;
  ms_crate_options opts = build_options(&b);
  ms_crate *crate = build_crate(c, c->re, &opts, *b.recorded != 0, c->operands, c->noperands, &pr);
  size_t nsel = 0;
  size_t *idx = crate ? select_coroutines(crate, c, c->re, &nsel) : NULL;
  const ms_coroutine **sel = idx ? calloc(nsel + 1, sizeof *sel) : NULL;
  for (size_t i = 0; sel && i < nsel; i++) sel[i] = ms_crate_coroutine(crate, idx[i]);
  free(idx);
  int rc = sel ? EXIT_OK : EXIT_INTERNAL;
  if (sel && !ms_crate_coroutine_count(crate)) { /* as report: what was found, exit 1 */
    if (!pr.unreadable && !pr.errors) explain_no_coroutine("graph", NULL, NULL, &pr.found, NULL);
    rc = EXIT_INPUT;
  } else if (sel && nsel == 0) {
    say_no_match("graph", c, c->fn, crate);
    rc = pr.unreadable || pr.errors ? EXIT_INPUT : EXIT_USAGE;
  } else if (sel) {
    int og = 0;
    ms_crate_opt_level(crate, &og);
    size_t checked = 0; /* the drawings' code figures: as the report's build line */
    for (size_t i = 0; !og && g->view != MS_VIEW_LAYOUT && i < nsel; i++)
      if (ms_co_overflow_checks(sel[i])) checked++;
    char who[96];
    checked_words(who, sizeof who, checked, nsel, " drawn");
    if (checked)
      say("mirscope graph: warning: code bytes are priced at opt-level 3 (assumed), but %s "
          "arithmetic for overflow, as debug builds do: if built without -O (cargo build), give "
          "--opt-level 0\n", who);
    /* without --source-root, a capture's project root (its build.txt), as explain: editor
     * links to `{file}` then open from anywhere (a trial's were relative, `gl/src/..`) */
    GraphArgs ga = *g;
    struct stat st;
    if (!ga.source_root && *b.root && b.root[0] == '/' && stat(b.root, &st) == 0 && S_ISDIR(st.st_mode))
      ga.source_root = b.root;
    rc = draw(c, &ga, crate, sel, nsel);
  }
  if (rc == EXIT_OK && (pr.unreadable || pr.errors)) rc = EXIT_INPUT;
  free(sel);
  ms_crate_free(crate);
  return rc;
}

static int cmd_graph(const Command *cmd, int argc, char **argv) {
  GraphArgs g = {.view = MS_VIEW_STATES, .format = MS_FORMAT_DOT};
  Common c = {0};
  int rc = parse_command(cmd, argc, argv, &c, graph_option, &g);
  if (rc == GO_ON) rc = c.noperands ? graph_run(&c, &g) : no_input(cmd);
  free(g.source_root);
  common_free(&c);
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
    "  -o, --output DIR         output directory (default: <workspace>/target/mirscope);\n"
    "                           --out DIR is the same.  Written into DIR.attempt, which\n"
    "                           replaces DIR's files only when the capture succeeds\n"
    "  -c, --crate NAME         dump this crate (repeatable; may be a dependency);\n"
    "                           default: the workspace's own crates\n"
    "      --manifest-path PATH the project's Cargo.toml\n"
    "  -r, --release            build with --release (optimized MIR, as shipped)\n"
    "      --target TRIPLE      build for this target (cargo build --target); when its core\n"
    "                           is not installed, build it with -Zbuild-std=core from the\n"
    "                           library sources (rust-src, or Debian's rust-web-src)\n"
    "      --cargo PATH         the cargo to run (default: $CARGO, else cargo on PATH); its\n"
    "                           rustc: $RUSTC, else the rustc beside it\n"
    "  -n, --top N              futures listed (default 10; 0 = all)\n"
    "  -q, --quiet              no progress on the terminal (which cargo is used, the\n"
    "                           summary and errors are still printed)\n"
    "  --                       the rest goes to `cargo build` (-p, --features, --profile\n"
    "                           ...; not --target)\n"
    "\n"
    "output (DIR): report.json, report.md (a bug report), svg/ (state diagrams of the 20\n"
    "largest futures, as report.md; `mirscope graph DIR -f svg -o D` draws all), cargo.log,\n"
    "rustc-vV.txt, build.txt (target, opt-level, pointer width: `mirscope report DIR` reads\n"
    "it), capture.conf, dumps/<crate>/ (*.mir, type-sizes.txt, symbols.txt, unit.txt),\n"
    "target/ (cargo's)\n"
    "\n"
    "examples:\n"
    "  mirscope capture --release\n"
    "  mirscope capture --manifest-path examples/async-demo/Cargo.toml --release\n"
    "  mirscope capture --crate my_core -o /tmp/cap -- -p my-app --features tokio\n"
    "  mirscope capture --release --target thumbv7em-none-eabihf --cargo /usr/bin/cargo\n"
    "\n"
    "exit status: 0 ok; 1 the build failed (the log's tail is shown), nothing was dumped, or\n"
    "the target's core can be neither found nor built; 2 usage error or not in a cargo\n"
    "project; 3 internal error, or cargo or rustc cannot be run\n";

/* report.md and svg/ beside a capture's report.json. */
static int capture_extra(const ms_crate *c, const char *out_dir, void *user) {
  const char *cmdline = user; /* the capture command as typed */
  char version[256] = "", path[4200], svg[4200], root[4200];
  rustc_version_near(out_dir, version, sizeof version);
  /* out_dir is OUT.attempt, moved into OUT on success; the model names dumps by their paths
   * in OUT */
  snprintf(root, sizeof root, "%s", out_dir);
  size_t rl = strlen(root);
  if (rl > 8 && !strcmp(root + rl - 8, ".attempt")) root[rl - 8] = 0;
  snprintf(path, sizeof path, "%s/report.md", out_dir);
  snprintf(svg, sizeof svg, "%s/svg", out_dir);
  ms_report_options ro = {.top = 20, .sort = MS_SORT_SIZE, .rustc_version = *version ? version : NULL,
                          .command_line = cmdline ? cmdline : "mirscope capture",
                          .svg_dir = "svg", .max_chars = MD_MAX_CHARS,
                          .render_dot = render_states_dot, .render_dot_user = (void *)c,
                          .render_mermaid = render_states_mermaid,
                          .render_mermaid_user = (void *)c,
                          /* dump paths as `dumps/<crate>/..`, beside report.md: no local
                           * directory (a user name) in a report pasted into an issue; SVG
                           * names and tooltips the same wherever OUT is */
                          .svg_stem_under = ms_co_file_stem_under, .source_root = root};
  /* the build line `report -f md` of the capture writes (a trial pasting report.md into an
   * issue found no target and opt-level in it); named as the file beside it */
  Build b = {0};
  int width = 0;
  char txt[4200];
  snprintf(txt, sizeof txt, "%s/build.txt", out_dir);
  ms_build_record r;
  bool built = ms_build_record_read(txt, &r) == 1;
  if (built) record_to_build(&r, &b, &width);
  ro.lto = b.lto;
  b.pointer_width = width ? width : ms_target_pointer_width(ms_crate_target(c, NULL));
  if (!b.pointer_width) b.pointer_width = 64;
  snprintf(b.recorded, sizeof b.recorded, "build.txt");
  Out o;
  if (!out_open(&o, path, "capture")) return -1;
  char *footer = built ? md_build_line(c, &b) : NULL;
  ro.md_footer = footer;
  int w = ms_crate_write_markdown(c, o.f, &ro);
  free(footer);
  bool ok = out_finish(&o, w == 0) == EXIT_OK;
  return ok && write_svgs(c, &ro, svg) ? 0 : -1;
}

/* The capture's messages and progress on stderr (the library prints nothing itself). */
static void capture_message(const char *line, void *user) {
  (void)user;
  say("%s\n", line);
}

static void capture_progress(size_t compiled, const char *line, void *user) {
  (void)user;
  if (line) {
    fprintf(stderr, "\r\033[K[%zu] ", compiled);
    ms_write_safe(stderr, line, strnlen(line, 70));
  } else
    fprintf(stderr, "\r\033[K");
  fflush(stderr);
}

/* capture's own options. */
typedef struct {
  const char *manifest, *cargo;
  bool release, quiet;
} CaptureArgs;

static int capture_option(void *args, int opt, const Opt *o) {
  CaptureArgs *a = args;
  switch (opt) {
  case OPT_MANIFEST_PATH: a->manifest = o->arg; return OPT_OK;
  case OPT_CARGO: a->cargo = o->arg; return *o->arg ? OPT_OK : bad_value(o, "a path");
  case 'r': a->release = true; return OPT_OK;
  case 'q': a->quiet = true; return OPT_OK;
  default: return OPT_NOT_MINE;
  }
}

/* An absolute path outside /usr (a local directory: a user name) as DIR/ and its last
 * component, into out; false when p is none such. */
static bool local_path(const char *p, char *out, size_t cap) {
  if (*p != '/' || !strncmp(p, "/usr/", 5)) return false;
  const char *base = strrchr(p, '/') + 1;
  snprintf(out, cap, "DIR%s%s", *base ? "/" : "", base);
  return true;
}

/* capture's command line for report.md, which is pasted into issues: as command_line, but
 * the output directory as OUT and other absolute paths outside /usr as DIR/NAME (a
 * firmware trial's report.md held `-o /tmp/trialQ/cap-rel`). */
static void capture_command_line(int argc, char **argv, char *out, size_t cap) {
  char **v = calloc((size_t)argc + 1, sizeof *v), (*buf)[1100] = calloc((size_t)argc + 1, sizeof *buf);
  if (!v || !buf) {
    free(v);
    free(buf);
    snprintf(out, cap, "mirscope capture");
    return;
  }
  bool ours = true, value_is_out = false;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i], *eq = strchr(a, '=');
    size_t nl = eq ? (size_t)(eq - a) : strlen(a);
    bool out_opt = ours && nl >= 4 && !strncmp(a, "--output", nl); /* --out, --outp.. */
    v[i] = argv[i];
    if (value_is_out) v[i] = "OUT";
    else if (ours && !strcmp(a, "--")) ours = false;
    else if (out_opt && eq) snprintf(v[i] = buf[i], sizeof buf[i], "%.*s=OUT", (int)nl, a);
    else if (ours && !strncmp(a, "-o", 2) && a[2]) v[i] = "-oOUT";
    else if (eq && eq[1] == '/' && strlen(a) < 500) {
      char d[600];
      if (local_path(eq + 1, d, sizeof d)) snprintf(v[i] = buf[i], sizeof buf[i], "%.*s=%s", (int)nl, a, d);
    } else if (strlen(a) < 1000 && local_path(a, buf[i], sizeof buf[i])) v[i] = buf[i];
    value_is_out = !value_is_out && ((out_opt && !eq) || (ours && !strcmp(a, "-o")));
  }
  command_line(argc, v, out, cap);
  free(v);
  free(buf);
}

static int cmd_capture(const Command *cmd, int argc, char **argv) {
  char cmdline[2048]; /* for report.md, before getopt_long reorders argv */
  capture_command_line(argc, argv, cmdline, sizeof cmdline);
  CaptureArgs a = {0};
  Common c = {0};
  int rc = parse_command(cmd, argc, argv, &c, capture_option, &a);
  if (rc == GO_ON && c.noperands && !c.after_dashdash)
    rc = usage_error(cmd->name, "unexpected argument '%s' (cargo's arguments go after --)",
                     c.operands[0]);
  for (size_t i = 0; rc == GO_ON && i < c.noperands && strcmp(c.operands[i], "--"); i++)
    if (!strcmp(c.operands[i], "--target") || !strncmp(c.operands[i], "--target=", 9))
      rc = usage_error(cmd->name, "give the target as capture's --target TRIPLE, before --");
  if (rc == GO_ON) {
    ms_capture_options o = {
        .out_dir = c.output,
        .manifest_path = a.manifest,
        .crates = c.crates,
        .ncrates = c.ncrates,
        .release = a.release,
        .progress = !a.quiet && isatty(STDERR_FILENO), /* progress only on a terminal */
        .on_message = capture_message,
        .on_progress = capture_progress,
        .top = c.top < 0 ? 0 : c.top == 0 ? (size_t)-1 : (size_t)c.top, /* 0: all */
        .cargo_args = c.operands,
        .ncargo_args = c.noperands,
        .self_exe = NULL,              /* /proc/self/exe: this binary is the RUSTC_WRAPPER */
        .write_extra = capture_extra,  /* report.md and svg/ */
        .write_extra_user = cmdline,
        .target = c.target,
        .cargo = a.cargo,
    };
    char err[1024];
    rc = ms_capture(&o, err, sizeof err); /* MS_CAPTURE_* are exit statuses */
    if (rc != MS_CAPTURE_OK) fprintf(stderr, "mirscope capture: error: %s\n", err);
  }
  common_free(&c);
  return rc;
}

/* ------------------------------------------------------------------ explain */

static const char EXPLAIN_USAGE[] =
    "usage: mirscope explain [options] PATTERN [PATH...]\n"
    "\n"
    "Explain one coroutine in the terminal: what it is, its saved locals x states matrix with\n"
    "each local's bytes in the states that hold it, each state's await with its source line,\n"
    "and its findings with what to change (held-across-await, passthrough) and what the\n"
    "compiler could drop.  PATTERN is a PCRE2 pattern matched against the coroutines' names\n"
    "and def paths (also as the tables print them), as --fn is; where it matches several,\n"
    "the one it names exactly (name, def path, as a table prints it, or `f` for\n"
    "`f::{closure#0}`: the async fn f, or the async or gen block f returns) is taken, else\n"
    "they are listed.\n"
    "PATH as for report; none: target/mirscope/dumps (a capture's, in the current directory).\n"
    "\n"
    "options:\n"
    "  -c, --crate NAME       only coroutines of this crate or dump directory (repeatable)\n"
    "      --source-root DIR  read the awaits' source lines from DIR (the directory rustc\n"
    "                         ran in: spans are relative to it; default: a capture's\n"
    "                         project root, from its build.txt, else the current one)\n"
    "  -t, --type-sizes FILE, -s, --symbols FILE, --target TRIPLE, --opt-level N,\n"
    "  --pointer-width N, -j N   as for report\n"
    "  -o, --output FILE      write to FILE (atomically) instead of stdout\n"
    "      --color WHEN       auto (a terminal, unless NO_COLOR is set), always, never\n"
    "\n"
    "examples:\n"
    "  mirscope explain handshake corpus/stable/basic\n"
    "  mirscope explain --source-root corpus/pairs checksum corpus/pairs/stable/scope-one/before\n"
    "  mirscope explain --crate embedded-demo motion_detected   (in a captured project)\n"
    "\n"
    "terms (docs/model.md has more):\n"
    "  Unresumed    the future made but not polled yet: it holds the upvars only\n"
    "  SuspendN     stopped at an await (or a yield): holds the saved locals that live\n"
    "               across it (S0, S1, ... in the matrix)\n"
    "  Returned, Panicked  finished, or a poll panicked: polled again they only panic\n"
    "               (poison arms, which -Zasync-panic would remove)\n"
    "  upvar        an argument of the async fn or a variable the block captured: kept in\n"
    "               every state\n"
    "  saved local  a local kept in the future across an await; __awaitee is the future\n"
    "               being awaited, _sN a temporary or drop flag rustc keeps\n"
    "  state bytes  what a state holds; the future is the largest state plus the state's\n"
    "               tag and padding to its alignment\n"
    "  future bytes exact (rustc's -Zprint-type-sizes), ~ computed, >= a lower bound;\n"
    "               code bytes exact (nm), ≈ corrected from nm, ~ modelled\n"
    "\n"
    "exit status: 0 ok; 1 an input could not be read, or holds no coroutine; 2 usage error,\n"
    "or PATTERN matches no coroutine or several (they are listed); 3 internal error\n";

/* explain's own option. */
typedef struct {
  const char *source_root;
} ExplainArgs;

static int explain_option(void *args, int opt, const Opt *o) {
  ExplainArgs *e = args;
  if (opt != OPT_SOURCE_ROOT) return OPT_NOT_MINE;
  e->source_root = o->arg;
  struct stat st; /* the source lines are read from it: as graph's, an existing directory */
  return stat(o->arg, &st) == 0 && S_ISDIR(st.st_mode) ? OPT_OK : bad_value(o, "not a directory");
}

/* Of several matches, the one PATTERN names exactly: its name, def path, or the name of
 * the fn whose first closure it is (`f` for `f::{closure#0}`: an async fn's body, the async
 * block, gen block or coroutine closure a plain fn returns); -1 when none or several do. */
static long exact_match(const ms_crate *crate, const size_t *sel, size_t n, const char *pattern) {
  long found = -1;
  size_t pl = strlen(pattern);
  for (size_t i = 0; i < n; i++) {
    const ms_coroutine *co = ms_crate_coroutine(crate, sel[i]);
    const char *dp = ms_co_def_path(co);
    bool is = !strcmp(ms_co_name(co), pattern) || !strcmp(dp, pattern) ||
              (!strncmp(dp, pattern, pl) && !strcmp(dp + pl, "::{closure#0}"));
    char shown[1024];
    for (int k = 0; k < 3 && !is; k++) /* as a table prints it */
      is = printed_name(co, k, shown, sizeof shown) && !strcmp(shown, pattern);
    if (is && found >= 0) return -1;
    if (is) found = (long)i;
  }
  return found;
}

/* PATTERN matched several: list them (at most 20) on stderr. */
static void say_several(const ms_crate *crate, const size_t *sel, size_t n, const char *pattern) {
  say("mirscope explain: '%s' matches %zu coroutines; name one (a name as listed here, a "
      "longer pattern, ^...$, or --crate):\n", pattern, n);
  for (size_t i = 0; i < n && i < 20; i++) {
    const ms_coroutine *co = ms_crate_coroutine(crate, sel[i]);
    char cr[256];
    ms_co_crate(co, cr, sizeof cr);
    char shown[1024];
    say("  %s (%s)\n", listed_name(crate, co, shown, sizeof shown), cr);
  }
  if (n > 20) say("  ... %zu more\n", n - 20);
}

static int explain_write(const Common *c, const ExplainArgs *e, const ms_crate *crate,
                         const ms_coroutine *co, const Build *b) {
  Out o;
  if (!out_open(&o, c->output, "explain")) return EXIT_INPUT;
  /* without --source-root, a capture's project root (its build.txt), so that the source
   * lines are found from any working directory */
  struct stat st;
  const char *root = e->source_root ? e->source_root
                     : *b->root && stat(b->root, &st) == 0 && S_ISDIR(st.st_mode) ? b->root
                                                                                   : NULL;
  ms_explain_options eo = {.color = c->output ? 0 : use_color(c->color, STDOUT_FILENO),
                           .width = c->output ? 0 : output_width(),
                           .source_root = root};
  int w = ms_co_write_explain(crate, co, o.f, &eo);
  return out_finish(&o, w == 0);
}

static int explain_run(const Common *c, const ExplainArgs *e, const char *pattern,
                       const char *const *paths, size_t npaths) {
  Problems pr = {.cmd = "explain"};
  Build b;
  pcre2_code *re = NULL;
  Opt po = {.cmd = "explain", .name = "PATTERN", .arg = pattern};
  int rc = compile_regex(&po, pattern, &re);
  if (rc == OPT_OK) rc = resolve_build(c, "explain", paths, npaths, &b);
  if (rc != EXIT_OK) {
    pcre2_code_free(re);
    return rc;
  }
  ms_crate_options opts = build_options(&b);
  ms_crate *crate = build_crate(c, re, &opts, *b.recorded != 0, paths, npaths, &pr);
  size_t nsel = 0, *sel = crate ? select_coroutines(crate, c, re, &nsel) : NULL;
  long pick = nsel == 1 ? 0 : sel ? exact_match(crate, sel, nsel, pattern) : -1;
  if (sel && pick < 0) { /* a name as listed, `f::{closure#0} [stable]`, which as a pattern
                          * matches neither itself nor only itself ([..] is a class) */
    size_t nall = ms_crate_coroutine_count(crate), hit = 0, at = 0;
    for (size_t i = 0; i < nall; i++) {
      const ms_coroutine *co = ms_crate_coroutine(crate, i);
      char shown[1024];
      bool is = !strcmp(ms_co_name(co), pattern); /* or as a table prints it */
      for (int k = 0; k < 3 && !is; k++) is = printed_name(co, k, shown, sizeof shown) && !strcmp(shown, pattern);
      if (crate_picked(c, co) && is) hit++, at = i;
    }
    if (hit == 1) {
      sel[0] = at; /* sel has room for one: nall >= 1 */
      nsel = 1;
      pick = 0;
    }
  }
  if (!sel) rc = EXIT_INTERNAL;
  else if (!ms_crate_coroutine_count(crate)) {
    if (!pr.unreadable && !pr.errors)
      explain_no_coroutine("explain", NULL, NULL, &pr.found, NULL);
    rc = EXIT_INPUT;
  } else if (pick < 0) {
    if (nsel) say_several(crate, sel, nsel, pattern);
    else say_no_match("explain", c, pattern, crate);
    rc = pr.unreadable || pr.errors ? EXIT_INPUT : EXIT_USAGE;
  } else {
    if (nsel > 1) { /* the exact name won: say what else the pattern matched (a trial's
                     * `explain serve` took the accept loop without a word) */
      const ms_coroutine *chosen = ms_crate_coroutine(crate, sel[pick]);
      char name[1024];
      say("mirscope explain: explaining %s, which the pattern names exactly; %zu other%s match%s too:",
          listed_name(crate, chosen, name, sizeof name), nsel - 1, nsel == 2 ? "" : "s",
          nsel == 2 ? "es" : "");
      for (size_t k = 0, shown = 0; k < nsel && shown < 5; k++)
        if ((long)k != pick)
          say("%s %s", shown++ ? "," : "", listed_name(crate, ms_crate_coroutine(crate, sel[k]), name, sizeof name));
      say(nsel - 1 > 5 ? ", …\n" : "\n");
    }
    rc = explain_write(c, e, crate, ms_crate_coroutine(crate, sel[pick]), &b);
    if (rc == EXIT_OK && (pr.unreadable || pr.errors)) rc = EXIT_INPUT;
  }
  free(sel);
  ms_crate_free(crate);
  pcre2_code_free(re);
  return rc;
}

/* A capture's dumps, explain's PATH when none is given. */
#define CAPTURE_DUMPS "target/mirscope/dumps"

static int cmd_explain(const Command *cmd, int argc, char **argv) {
  ExplainArgs e = {0};
  Common c = {0};
  int rc = parse_command(cmd, argc, argv, &c, explain_option, &e);
  struct stat st;
  const char *const dflt[] = {CAPTURE_DUMPS};
  bool capture_dir = stat(CAPTURE_DUMPS, &st) == 0 && S_ISDIR(st.st_mode);
  if (rc == GO_ON && !c.noperands)
    rc = usage_error(cmd->name, "no PATTERN (a regular expression naming one coroutine)");
  else if (rc == GO_ON && c.noperands == 1 && !capture_dir)
    rc = usage_error(cmd->name, "no input (give a file, a directory or -; without one, explain "
                                "reads " CAPTURE_DUMPS ", which is not here)");
  if (rc == GO_ON)
    rc = c.noperands > 1 ? explain_run(&c, &e, c.operands[0], c.operands + 1, c.noperands - 1)
                         : explain_run(&c, &e, c.operands[0], dflt, 1);
  common_free(&c);
  return rc;
}

/* ------------------------------------------------------------------ diff */

static const char DIFF_USAGE[] =
    "usage: mirscope diff [options] OLD NEW\n"
    "\n"
    "Compare two dumps or directories (before/after a code change, stable vs nightly,\n"
    "patched vs unpatched compiler).  Coroutines are matched by def path, robust to the\n"
    "crate hash in DefId(..), to moved `<impl at FILE:L:C>` spans and to path spellings that\n"
    "differ between toolchains; a fn moved to another module of its crate by its item name\n"
    "when unique in the crate on both sides and still a free fn, or a method of the same\n"
    "impl (`moved from`); bodies of impls for other types or traits (`<X as Svc>`, `<Y as\n"
    "Svc>`) are never matched.  Shows size, state, code and redundant-code deltas, findings\n"
    "that appear or disappear, and coroutines added or removed; for each changed future, the\n"
    "saved locals that appeared, are gone, grew, shrank or moved to other states, and which\n"
    "state became the largest.\n"
    "\n"
    "options:\n"
    "  -f, --format FORMAT       text (default), md, json\n"
    "      --fail-on-growth N    exit 4 when any matched future, or an instance of a generic\n"
    "                            one, grows by more than N bytes (CI gate); the future that\n"
    "                            grew most and its local (or instance) that grew most are\n"
    "                            named; added futures and instances are no growth (no old\n"
    "                            size: a renamed fn is removed and added) and are counted\n"
    "                            in a note.  Sides of different builds (target or\n"
    "                            opt-level: a debug capture against a release one) are\n"
    "                            refused (exit 2) when both sides' builds are known; a side\n"
    "                            without build.txt (its build assumed), a different\n"
    "                            compiler, or exact or nm sizes on one side only, is a\n"
    "                            warning and the gate applies.\n"
    "                            N%: grew by more than N % of its old size; given twice,\n"
    "                            as bytes and as N%, a future fails only past both (a\n"
    "                            floor for tiny futures).  Text and md: a gate line\n"
    "      --fail-on-code-growth N[%]\n"
    "                            exit 4 when the nm code size of a matched coroutine grew\n"
    "                            by more than N bytes (N%: of its old size; both: past\n"
    "                            both); only coroutines with nm sizes on both sides are\n"
    "                            compared, the gate line says how many could not be\n"
    "      --fn REGEX            only the pairs where the old or the new coroutine's name or\n"
    "                            def path matches (PCRE2): table, totals and --fail-on-growth\n"
    "                            are about them\n"
    "      --max-chars N         text and md: at most N characters (default: no limit; GitHub\n"
    "                            takes 65536 in a comment): warnings, summary and gate, then\n"
    "                            rows with their details while they fit (largest growth\n"
    "                            first), then rows alone, and a note on what was left out\n"
    "                            (-f json lists everything)\n"
    "  -o, --output FILE         write to FILE (atomically) instead of stdout\n"
    "      --color WHEN          auto, always, never\n"
    "      --target TRIPLE       the target both sides were built for (default: what a\n"
    "                            capture recorded, else x86_64-unknown-linux-gnu)\n"
    "      --opt-level N         0, 1, 2, 3, s, z (default: the capture's, else 3)\n"
    "      --pointer-width N     16, 32 or 64 (default: the target's)\n"
    "  -j, --jobs N              parse on N threads (default: every core)\n"
    "\n";

static const char DIFF_USAGE_MORE[] =
    "Type sizes and the build (a capture's build.txt) found beside each side's dumps are used\n"
    "for that side.  What makes the sides unlike besides the change (different builds or\n"
    "compilers, exact or nm sizes on one side only) is a warning at the top of the output\n"
    "(JSON \"warnings\") and on stderr.\n"
    "\n"
    "examples:\n"
    "  mirscope diff before/mir_dump after/mir_dump\n"
    "  mirscope diff --fail-on-growth 64 main/ pr/\n"
    "  mirscope diff --fail-on-growth 64 --fail-on-growth 10% --fail-on-code-growth 5% main/ pr/\n"
    "  mirscope diff --fn '^handshake::' before/mir_dump after/mir_dump\n"
    "\n"
    "exit status: 0 ok; 1 an input could not be read, or a side holds no coroutine (no diff\n"
    "is printed; but a capture of crates without async code is diffed, all added or\n"
    "removed), or a dump had errors (the diff covers the rest and says so); 2 usage error\n"
    "(also: no pair matches --fn; --fail-on-growth with sides of different builds); 3\n"
    "internal error; 4 a future grew by more than --fail-on-growth allows, or code by more\n"
    "than --fail-on-code-growth allows (even when a dump\n"
    "had errors: growth is never hidden)\n";

static const Choice DIFF_FORMATS[] = {
    {"text", MS_DIFF_TEXT}, {"md", MS_DIFF_MD}, {"json", MS_DIFF_JSON}, {NULL, 0}};

/* diff's own options. */
typedef struct {
  int format;       /* ms_diff_format */
  long fail_growth; /* --fail-on-growth N; -1: none */
  long fail_pct;    /* --fail-on-growth N%; -1: none */
  long code_growth, code_pct; /* --fail-on-code-growth N, N%; -1: none */
  long max_chars;   /* --max-chars; -1: not given (no limit) */
} DiffArgs;

/* A gate's value: bytes (N) or a percentage of the old size (N%), into *bytes or *pct; each
 * form at most once (given both, a row fails only when it exceeds both). */
static int growth_value(const Opt *o, long *bytes, long *pct) {
  size_t len = strlen(o->arg);
  bool rel = len > 1 && o->arg[len - 1] == '%';
  char digits[32];
  long n = -1;
  if (len < sizeof digits && isdigit((unsigned char)o->arg[0])) {
    memcpy(digits, o->arg, len + 1);
    if (rel) digits[len - 1] = 0;
    char *end = NULL;
    errno = 0;
    n = strtol(digits, &end, 10);
    if (!end || *end || errno || n < 0 || (rel && n > 1000000)) n = -1;
  }
  if (n < 0) return bad_value(o, "bytes, a whole number >= 0, or a percentage of the old size, N%");
  if (*(rel ? pct : bytes) >= 0)
    return usage_error("diff", "%s given twice as %s: give it once as bytes and at most once as "
                       "N%% (with both, a row fails when it grew by more than both)",
                       o->name, rel ? "a percentage" : "bytes");
  *(rel ? pct : bytes) = n;
  return OPT_OK;
}

static int diff_option(void *args, int opt, const Opt *o) {
  DiffArgs *d = args;
  switch (opt) {
  case 'f': return choice_value(o, DIFF_FORMATS, &d->format);
  case OPT_FAIL_ON_GROWTH: return growth_value(o, &d->fail_growth, &d->fail_pct);
  case OPT_FAIL_ON_CODE_GROWTH: return growth_value(o, &d->code_growth, &d->code_pct);
  case OPT_MAX_CHARS: return number_value(o, 0, LONG_MAX, &d->max_chars);
  default: return OPT_NOT_MINE;
  }
}

static int diff_write(const Common *c, const DiffArgs *a, ms_diff *d,
                      ms_crate *const crates[2], const Build builds[2], const size_t errors[2]) {
  Out o;
  if (!out_open(&o, c->output, "diff")) return EXIT_INPUT;
  ms_diff_set_input_errors(d, errors[0], errors[1]);
  ms_diff_set_gate(d, a->fail_growth);
  ms_diff_set_gate_percent(d, a->fail_pct);
  ms_diff_set_code_gate(d, a->code_growth, a->code_pct);
  /* names elided to fit a terminal only, as report's (a file or a pipe gets them whole) */
  ms_diff_set_name_width(d, !c->output && output_width() > 0 ? 40 : 0);
  ms_diff_set_width(d, c->output ? 0 : output_width());
  ms_diff_set_max_chars(d, a->max_chars > 0 ? (size_t)a->max_chars : 0);
  /* the build and compiler lines: the library writes them last, within --max-chars */
  char *foot = NULL;
  size_t foot_len = 0;
  FILE *ff = open_memstream(&foot, &foot_len);
  if (!ff) {
    out_finish(&o, false);
    return EXIT_INTERNAL;
  }
  if (a->format != MS_DIFF_JSON) /* the new side's build, and the old side's */
    for (int s = 1; s >= 0; s--) {
      if (s == 0 && !strcmp(builds[0].target, builds[1].target) &&
          !strcmp(builds[0].opt_level, builds[1].opt_level) &&
          builds[0].pointer_width == builds[1].pointer_width)
        break;
      write_build_line(ff, crates[s], &builds[s], a->format == MS_DIFF_MD,
                       s == 1 ? "" : a->format == MS_DIFF_MD ? "\n_Old side:_" : "old side: ",
                       c->output ? 0 : output_width());
    }
  if (a->format != MS_DIFF_JSON) { /* the compilers, when their rustc-vV.txt is beside the dumps
                                     (a trial's stable-vs-nightly diff named neither) */
    char v[2][512] = {"", ""};
    for (int s = 0; s < 2; s++) rustc_version_near(c->operands[s], v[s], sizeof v[s]);
    if (*v[0] || *v[1]) {
      bool md = a->format == MS_DIFF_MD;
      char line[1200];
      if (!strcmp(v[0], v[1]))
        snprintf(line, sizeof line, md ? "\n_Compiler: `%s`, both sides._\n" : "compiler: %s, both sides\n", v[0]);
      else
        snprintf(line, sizeof line, md ? "\n_Compilers: old `%s`, new `%s`._\n" : "compilers: old %s, new %s\n",
                 *v[0] ? v[0] : "not known", *v[1] ? v[1] : "not known");
      ms_write_wrapped(ff, line, md || c->output ? 0 : output_width());
    }
  }
  fclose(ff);
  ms_diff_set_footer(d, foot);
  free(foot);
  int w = ms_diff_write(d, (ms_diff_format)a->format, o.f,
                        c->output ? 0 : use_color(c->color, STDOUT_FILENO));
  return out_finish(&o, w == 0);
}

/* --fail-on-growth failed: which future grew most, by how much, and the local that grew most
 * in it (what appeared, or grew, and in which states). */
static void say_growth(const ms_diff *d, const ms_crate *new_crate, const DiffArgs *a) {
  long at = ms_diff_gate_entry(d);
  const ms_coroutine *co = ms_diff_new_co(d, (size_t)at);
  long grew = ms_diff_gate_growth(d, (size_t)at);
  char shown[512]; /* the name the table gives it */
  ms_co_short_name(co, shown, sizeof shown);
  char limit[96];
  if (a->fail_growth >= 0 && a->fail_pct >= 0)
    snprintf(limit, sizeof limit, "limit %ld bytes and %ld %% of the old size", a->fail_growth, a->fail_pct);
  else if (a->fail_pct >= 0) snprintf(limit, sizeof limit, "limit %ld %% of the old size", a->fail_pct);
  else snprintf(limit, sizeof limit, "limit %ld", a->fail_growth);
  say("mirscope diff: future %s grew by %ld %s (%s)", shown, grew, noun((size_t)grew, "byte", "bytes"), limit);
  long own = ms_diff_size_delta(d, (size_t)at);
  if (own == MS_DELTA_UNKNOWN || own < grew) /* an instance other than the largest grew: its
                                                 locals are not those the diff compares */
    for (size_t k = 0; k < ms_diff_instance_count(d, (size_t)at); k++) {
      if (ms_diff_instance_delta(d, (size_t)at, k) != grew) continue;
      const ms_coroutine *old = ms_diff_old(d, (size_t)at);
      long io = ms_diff_instance_old(d, (size_t)at, k), in = ms_diff_instance_new(d, (size_t)at, k);
      const char *to = ms_co_instance_type(old, (size_t)io), *tn = ms_co_instance_type(co, (size_t)in);
      if (strcmp(to, tn))
        say("; its instance %s became %s, %ld → %ld bytes\n", to, tn, ms_co_instance_size(old, (size_t)io),
            ms_co_instance_size(co, (size_t)in));
      else
        say("; its instance %s, %ld → %ld bytes\n", tn, ms_co_instance_size(old, (size_t)io),
            ms_co_instance_size(co, (size_t)in));
      return;
    }
  /* a capture that grew more than any local: it is in every state (a trial's 2048-byte
   * captured table was blamed on a 4-byte local) */
  long top_local = 0, top_upvar = 0;
  for (size_t k = 0; k < ms_diff_local_count(d, (size_t)at); k++) {
    long delta = ms_diff_local_delta(d, (size_t)at, k);
    if (delta != MS_DELTA_UNKNOWN && delta > top_local) top_local = delta;
  }
  for (size_t k = 0; k < ms_diff_upvar_count(d, (size_t)at); k++) {
    long u = ms_diff_upvar_new(d, (size_t)at, k), delta = ms_diff_upvar_delta(d, (size_t)at, k);
    if (u < 0 || delta == MS_DELTA_UNKNOWN || delta <= top_local) continue;
    char ty[256];
    ms_type_display(new_crate, co, -1, ms_co_upvar_type(co, (size_t)u), ty, sizeof ty);
    say("; the capture that grew most: %s (%s), %s (%+ld %s), in every state\n",
        ms_co_upvar_name(co, (size_t)u), ty,
        ms_diff_upvar_change(d, (size_t)at, k) & MS_LOCAL_APPEARED ? "appeared" : "grew", delta,
        noun((size_t)delta, "byte", "bytes"));
    top_upvar = delta;
    break;
  }
  if (top_upvar) return;
  for (size_t k = 0; k < ms_diff_local_count(d, (size_t)at); k++) {
    long l = ms_diff_local_new(d, (size_t)at, k), delta = ms_diff_local_delta(d, (size_t)at, k);
    if (l < 0 || delta == MS_DELTA_UNKNOWN || delta <= 0) continue;
    char ty[256];
    ms_type_display(new_crate, co, l, NULL, ty, sizeof ty);
    const char *name = ms_co_saved_name(co, (size_t)l);
    say("; the local that grew most: %s (%s), %s (%+ld %s), held in",
        !strcmp(name, "__awaitee") ? "the awaited future" : *name ? name : ms_co_saved_id(co, (size_t)l), ty,
        ms_diff_local_change(d, (size_t)at, k) & MS_LOCAL_APPEARED ? "appeared" : "grew", delta,
        noun((size_t)delta, "byte", "bytes"));
    for (size_t s = 0, n = 0; s < ms_co_state_count(co); s++)
      for (size_t j = 0; j < ms_co_state_saved_count(co, s); j++)
        if (ms_co_state_saved(co, s, j) == (size_t)l) say("%s %s", n++ ? "," : "", ms_co_state_name(co, s));
    break;
  }
  say("\n");
}

typedef struct {
  const pcre2_code *re;
  pcre2_match_data *md;
} FnFilter;

/* diff --fn: the pairs where either side matches. */
static int diff_keep_fn(const ms_coroutine *old, const ms_coroutine *new_, void *user) {
  const FnFilter *f = user;
  return fn_matches(f->re, old, f->md) || fn_matches(f->re, new_, f->md);
}

static int diff_run(const Common *c, const DiffArgs *a) {
  Problems pr = {.cmd = "diff"};
  ms_crate *crates[2] = {NULL, NULL};
  Build builds[2];
  ms_diff *d = NULL;
  int rc = EXIT_INTERNAL;
  bool empty = false, told = false; /* a side holds no coroutine; how to dump was said */
  size_t errors[2] = {0, 0};        /* per side: syntax errors and dumps not read */
  for (int s = 0; s < 2; s++) { /* each side with the build and type sizes of its dumps */
    int br = resolve_build(c, "diff", &c->operands[s], 1, &builds[s]);
    if (br != EXIT_OK) {
      rc = br;
      goto out;
    }
    ms_crate_options opts = build_options(&builds[s]);
    size_t before = pr.unreadable + pr.errors;
    memset(&pr.found, 0, sizeof pr.found); /* what this side holds */
    size_t was = pr.errors + pr.dumps_unread;
    if (!(crates[s] = build_crate(c, c->re, &opts, *builds[s].recorded != 0, &c->operands[s], 1, &pr))) goto out;
    errors[s] = pr.errors + pr.dumps_unread - was;
    if (!ms_crate_coroutine_count(crates[s])) {
      /* a capture of crates without async code (its build.txt recorded, no error):
       * a fact about that revision, diffed as everything added or removed; any other side
       * without coroutines is an input error */
      bool clean = pr.unreadable + pr.errors == before;
      if (clean && *builds[s].recorded) continue;
      if (clean) explain_no_coroutine("diff", s ? "NEW" : "OLD", c->operands[s], &pr.found, &told);
      char attempt[4200];
      struct stat ast;
      snprintf(attempt, sizeof attempt, "%s.attempt", c->operands[s]);
      if (stat(attempt, &ast) == 0 && S_ISDIR(ast.st_mode)) /* a capture that failed there */
        say("  %s holds a capture's failed attempt: its log is %s/cargo.log\n", attempt, attempt);
      empty = true;
    }
  }
  const char *tg[2], *ol[2]; /* as the build lines print them: the defaults when assumed */
  for (int s = 0; s < 2; s++) {
    tg[s] = *builds[s].target ? builds[s].target : MS_DEFAULT_TARGET;
    ol[s] = *builds[s].opt_level ? builds[s].opt_level : MS_DEFAULT_OPT_LEVEL;
  }
  rc = EXIT_INPUT;
  /* a side (or part of one) missing or empty: no diff, it would mislead (nor a word on the
   * builds: a side not read has only the default build) */
  if (pr.unreadable || empty) goto out;
  bool builds_differ = strcmp(tg[0], tg[1]) || strcmp(ol[0], ol[1]);
  bool gated = a->fail_growth >= 0 || a->fail_pct >= 0 || a->code_growth >= 0 || a->code_pct >= 0;
  /* a side without a record (no build.txt, no option) has the defaults assumed: unlike
   * builds refuse the gate only when both sides' values are known; an assumption is not a
   * difference, it is warned about below (a trial's refusal called an assumed opt-level 3
   * NEW's build) */
  bool known_differ = (builds[0].target_known && builds[1].target_known && strcmp(tg[0], tg[1])) ||
                      (builds[0].opt_known && builds[1].opt_known && strcmp(ol[0], ol[1]));
  char side[2][400];
  for (int s = 0; s < 2; s++)
    snprintf(side[s], sizeof side[s], "%s at opt-level %s%s", tg[s], ol[s],
             builds[s].target_known && builds[s].opt_known ? "" : ", assumed (no build.txt)");
  if (known_differ && gated) { /* a debug side against a release one: every row
                                                grows or shrinks by the build (a trial) */
    rc = usage_error("diff", "a growth gate compares two captures of one build, and OLD is "
                     "%s, NEW %s: capture both alike (both --release, one target), or drop "
                     "the --fail-on-* options to see the diff with a warning", side[0], side[1]);
    goto out;
  }
  /* what makes the comparison unlike, said on stderr and in the output (a trial's comment
   * showed a debug-vs-release diff without a word) */
  char warn[4][1600];
  const char *kinds[4];
  size_t nwarn = 0;
  if (builds_differ) {
    kinds[nwarn] = "build";
    if (known_differ)
      snprintf(warn[nwarn++], sizeof warn[0], "the sides are different builds (OLD %s, NEW %s): "
               "their sizes and code differ by the build, not only by the change", side[0], side[1]);
    else
      snprintf(warn[nwarn++], sizeof warn[0], "the sides may be different builds (OLD %s, NEW "
               "%s): if they are, their sizes and code differ by the build, not only by the "
               "change (keep each capture's build.txt with its dumps)", side[0], side[1]);
  }
  char ver[2][512] = {"", ""};
  for (int s = 0; s < 2; s++) rustc_version_near(c->operands[s], ver[s], sizeof ver[s]);
  if (*ver[0] && *ver[1] && strcmp(ver[0], ver[1])) {
    kinds[nwarn] = "compiler";
    snprintf(warn[nwarn++], sizeof warn[0], "the sides were built by different compilers (OLD "
             "%s, NEW %s): their sizes and code may differ by the compiler, not only by the "
             "change", ver[0], ver[1]);
  }
  size_t exact[2] = {0, 0}; /* sizes from -Zprint-type-sizes on each side */
  for (int s = 0; s < 2; s++)
    for (size_t i = 0; i < ms_crate_coroutine_count(crates[s]); i++)
      exact[s] += ms_co_size_source(ms_crate_coroutine(crates[s], i)) == MS_SIZE_PRINT_TYPE_SIZES;
  bool both = ms_crate_coroutine_count(crates[0]) && ms_crate_coroutine_count(crates[1]);
  if ((exact[0] == 0) != (exact[1] == 0) && both) {
    kinds[nwarn] = "type_sizes";
    snprintf(warn[nwarn++], sizeof warn[0], "only the %s side has exact sizes "
             "(-Zprint-type-sizes): sizes computed or bounded on one side are compared with "
             "exact ones on the other, and a finding that needs a known size may come or go "
             "with them", exact[0] ? "OLD" : "NEW");
  }
  bool nm[2] = {ms_crate_symbol_code_bytes(crates[0]) >= 0, ms_crate_symbol_code_bytes(crates[1]) >= 0};
  if (nm[0] != nm[1] && both) { /* a baseline kept as dumps/ alone: its symbols.txt not read */
    int without = nm[0] ? 1 : 0;
    kinds[nwarn] = "symbols";
    snprintf(warn[nwarn++], sizeof warn[0], "only the %s side has nm code sizes: the %s side's "
             "code figures are modelled, and a change of code is between both sides' modelled "
             "estimates%s",
             without ? "OLD" : "NEW", without ? "NEW" : "OLD",
             *builds[without].recorded ? "" : " (a capture's symbols.txt is read with its "
             "build.txt: keep the capture's directory as the baseline, not only its dumps/)");
  }
  for (size_t w = 0; w < nwarn; w++) say("mirscope diff: warning: %s\n", warn[w]);
  rc = EXIT_INTERNAL;
  d = ms_diff_new(crates[0], crates[1]);
  for (size_t w = 0; w < nwarn; w++) ms_diff_add_warning(d, kinds[w], warn[w]);
  if (c->re) { /* --fn: only the pairs it names */
    FnFilter f = {c->re, pcre2_match_data_create_from_pattern(c->re, NULL)};
    size_t kept = f.md ? ms_diff_keep(d, diff_keep_fn, &f) : 0;
    pcre2_match_data_free(f.md);
    if (!f.md) goto out;
    if (!kept) {
      say_no_match("diff", c, c->fn, crates[1]);
      rc = pr.errors ? EXIT_INPUT : EXIT_USAGE;
      goto out;
    }
  }
  rc = diff_write(c, a, d, crates, builds, errors);
  if (rc != EXIT_OK) goto out;
  /* growth found in what was read is never hidden by an error elsewhere: 4 before 1 */
  if (a->fail_growth >= 0 || a->fail_pct >= 0) { /* what the gate does not see (a trial's renamed fn) */
    size_t added = 0, inst = 0;
    for (size_t i = 0; i < ms_diff_count(d); i++) {
      added += ms_diff_status_of(d, i) == MS_DIFF_ADDED;
      for (size_t k = 0; k < ms_diff_instance_count(d, i); k++) inst += ms_diff_instance_old(d, i, k) < 0;
    }
    char what[160] = "";
    if (added) snprintf(what, sizeof what, "%zu added %s", added, noun(added, "future", "futures"));
    if (inst)
      snprintf(what + strlen(what), sizeof what - strlen(what), "%s%zu added %s", added ? " and " : "",
               inst, noun(inst, "instance", "instances"));
    if (*what)
      say("mirscope diff: note: --fail-on-growth does not gate the %s (no old size to grow from; a "
          "fn renamed is removed and added)\n", what);
  }
  int failed = ms_diff_gate_failed(d);
  if (failed & 1) say_growth(d, crates[1], a);
  if (failed & 2) { /* the code gate: the nm size that grew most past it */
    long at = ms_diff_code_gate_entry(d);
    const ms_coroutine *o0 = ms_diff_old(d, (size_t)at), *n0 = ms_diff_new_co(d, (size_t)at);
    char shown[512];
    ms_co_short_name(n0, shown, sizeof shown);
    say("mirscope diff: the code of %s grew by %ld bytes (nm: %ld → %ld; limit", shown,
        ms_diff_code_gate_growth(d, (size_t)at), ms_co_code_exact(o0), ms_co_code_exact(n0));
    if (a->code_growth >= 0) say(" %ld bytes%s", a->code_growth, a->code_pct >= 0 ? " and" : "");
    if (a->code_pct >= 0) say(" %ld %% of the old size", a->code_pct);
    say(")\n");
  }
  if (failed) {
    rc = EXIT_GROWTH;
  } else if (pr.unreadable || pr.errors) {
    rc = EXIT_INPUT;
  }
out:
  ms_diff_free(d);
  ms_crate_free(crates[0]);
  ms_crate_free(crates[1]);
  return rc;
}

static int cmd_diff(const Command *cmd, int argc, char **argv) {
  DiffArgs a = {.format = MS_DIFF_TEXT, .fail_growth = -1, .fail_pct = -1, .code_growth = -1, .code_pct = -1,
                .max_chars = -1};
  Common c = {0};
  int rc = parse_command(cmd, argc, argv, &c, diff_option, &a);
  if (rc == GO_ON && c.noperands != 2)
    rc = usage_error(cmd->name, "give exactly two inputs, OLD and NEW");
  if (rc == GO_ON && a.max_chars >= 0 && a.format == MS_DIFF_JSON)
    rc = usage_error(cmd->name, "--max-chars is for -f text and -f md: JSON is never cut");
  if (rc == GO_ON && !strcmp(c.operands[0], "-") && !strcmp(c.operands[1], "-"))
    rc = usage_error(cmd->name, "OLD and NEW are both standard input, which can be read once: "
                     "give one of them as a file"); /* a trial's read NEW as empty */
  if (rc == GO_ON) rc = diff_run(&c, &a);
  common_free(&c);
  return rc;
}

static const Command COMMANDS[] = {
    {"check", CMD_CHECK, CHECK_USAGE, NULL, false, cmd_check},
    {"report", CMD_REPORT, REPORT_USAGE, REPORT_USAGE_MORE, false, cmd_report},
    {"graph", CMD_GRAPH, GRAPH_USAGE, NULL, false, cmd_graph},
    {"diff", CMD_DIFF, DIFF_USAGE, DIFF_USAGE_MORE, false, cmd_diff},
    {"capture", CMD_CAPTURE, CAPTURE_USAGE, NULL, true, cmd_capture},
    {"explain", CMD_EXPLAIN, EXPLAIN_USAGE, NULL, false, cmd_explain},
};

/* Edits (insert, delete, replace, swap two neighbours) from a to b, up to 3 (more: 3). */
static int edits(const char *a, const char *b) {
  size_t n = strlen(a), m = strlen(b);
  if (n > 16 || m > 16) return 3;
  int d[17][17];
  for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
  for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
  for (size_t i = 1; i <= n; i++)
    for (size_t j = 1; j <= m; j++) {
      int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
      if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
        v = d[i - 2][j - 2] + 1;
      d[i][j] = v;
    }
  return d[n][m] < 3 ? d[n][m] : 3;
}

static const Command *find_command(const char *name) {
  for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
    if (!strcmp(name, COMMANDS[i].name)) return &COMMANDS[i];
  return NULL;
}

/* An unknown command: the command it was likely meant to be (two edits at most), or a path
 * given with no command before it. */
static int unknown_command(const char *name) {
  const char *best = NULL;
  int bd = 3;
  for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++) {
    int e = edits(name, COMMANDS[i].name);
    if (e < bd) bd = e, best = COMMANDS[i].name;
  }
  struct stat st;
  if (best && bd <= (strlen(name) <= 4 ? 1 : 2))
    return usage_error(NULL, "unknown command '%s' (did you mean '%s'?)", name, best);
  if (stat(name, &st) == 0)
    return usage_error(NULL, "unknown command '%s': a command comes first (mirscope report %s)",
                       name, name);
  return usage_error(NULL, "unknown command '%s'", name);
}

int main(int argc, char **argv) {
  /* cargo runs this binary as its RUSTC_WRAPPER during `mirscope capture` */
  if (getenv(MS_CAPTURE_CONFIG_ENV)) return ms_capture_wrapper_main(argc, argv);
  if (argc < 2) return usage_error(NULL, "no command (check, report, graph, explain, diff or capture)");
  const char *name = argv[1];
  if (!strcmp(name, "help") && argc > 2) { /* mirscope help CMD: as mirscope CMD --help */
    const Command *cmd = argc == 3 ? find_command(argv[2]) : NULL;
    if (cmd) {
      fputs(cmd->usage, stdout);
      if (cmd->usage_more) fputs(cmd->usage_more, stdout);
    } else if (argc == 3)
      return unknown_command(argv[2]);
    else return usage_error(NULL, "help takes one command");
    return EXIT_OK;
  }
  if (!strcmp(name, "-h") || !strcmp(name, "--help") || !strcmp(name, "help")) {
    fputs(USAGE, stdout);
    return EXIT_OK;
  }
  if (!strcmp(name, "-V") || !strcmp(name, "--version")) {
    printf("mirscope %s\n", ms_version());
    return EXIT_OK;
  }
  const Command *cmd = find_command(name);
  if (cmd) return cmd->run(cmd, argc - 1, argv + 1);
  if (name[0] == '-') return usage_error(NULL, "unknown option '%s'", name);
  return unknown_command(name);
}
