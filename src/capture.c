/*
 * `mirscope capture`: build a cargo project with the dump flags added only to the chosen
 * crates, collect the ground truth (type sizes, symbols, rustc version) and model the result.
 *
 * Two halves, one process image:
 *   - ms_capture() runs `cargo build` with RUSTC_WRAPPER = the mirscope binary itself and
 *     MIRSCOPE_CAPTURE_CONFIG = a small key=value file in the output directory;
 *   - ms_capture_wrapper_main() is what that binary runs when cargo invokes it as the
 *     wrapper (`mirscope /path/to/rustc ARGS...`): it adds the flags for the selected crates
 *     (stdout, where -Zprint-type-sizes goes, redirected to a file: cargo would otherwise
 *     forward it to its own stdout mixed with every other crate's) and execs rustc.
 *
 * Layout of OUT (docs/capture.md):
 *   capture.conf                  the wrapper's configuration
 *   cargo.log                     cargo's stdout and stderr
 *   rustc-vV.txt                  `rustc -vV`
 *   target/                       cargo's target directory (never the user's target/)
 *   target/mirscope-units.txt     every crate compiled through the wrapper (for re-runs)
 *   dumps/<unit>/NAME.mir         -Zdump-mir=coroutine_resume output
 *   dumps/<unit>/type-sizes.txt   -Zprint-type-sizes (only `print-type-size` lines)
 *   dumps/<unit>/symbols.txt      `nm -S -C --defined-only` of the unit's artefact
 *   dumps/<unit>/unit.txt         what the wrapper saw: crate, package, artefacts, rustc
 *   report.json                   ms_crate_write_json of everything under dumps/
 * <unit> is the crate name, `<crate>-bin` for binaries and `<crate>-test` for test harnesses
 * (crate names never contain `-`).
 *
 * No file-scope mutable state; `environ` is only read (and replaced in forked children).
 */
#define _XOPEN_SOURCE 700
#include "mirscope/mirscope.h"
#include "readfile.h"
#include "strbuf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define CONFIG_NAME "capture.conf"
#define UNITS_NAME "mirscope-units.txt"
#define DUMP_FILTER "coroutine_resume"
#define DEFAULT_TOP 10
#define LOG_TAIL_LINES 25

/* ------------------------------------------------------------------ small helpers */



/* A growable list of owned strings, NULL-terminated (usable as argv). */
typedef struct {
  char **v;
  size_t n, cap;
  bool oom;
} strlist;

static void sl_push(strlist *l, const char *s) {
  if (l->oom) return;
  if (l->n + 2 > l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    char **v = realloc(l->v, cap * sizeof *v);
    if (!v) {
      l->oom = true;
      return;
    }
    l->v = v;
    l->cap = cap;
  }
  char *d = strdup(s ? s : "");
  if (!d) {
    l->oom = true;
    return;
  }
  l->v[l->n++] = d;
  l->v[l->n] = NULL;
}

static bool sl_has(const strlist *l, const char *s) {
  for (size_t i = 0; i < l->n; i++)
    if (!strcmp(l->v[i], s)) return true;
  return false;
}

static void sl_free(strlist *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}

/* A crate name as rustc's --crate-name has it: a '-' (as in package names) read as '_'. */
static void sl_push_crate(strlist *l, const char *name) {
  sl_push(l, name);
  if (l->oom) return;
  for (char *q = l->v[l->n - 1]; *q; q++)
    if (*q == '-') *q = '_';
}

static int mkdir_p(const char *path) {
  char buf[PATH_MAX];
  size_t n = strlen(path);
  if (n == 0 || n >= sizeof buf) {
    errno = ENAMETOOLONG;
    return -1;
  }
  memcpy(buf, path, n + 1);
  for (size_t i = 1; i <= n; i++) {
    if (buf[i] == '/' || buf[i] == 0) {
      char c = buf[i];
      buf[i] = 0;
      if (mkdir(buf, 0777) != 0 && errno != EEXIST) return -1;
      buf[i] = c;
    }
  }
  struct stat st;
  if (stat(path, &st) != 0) return -1;
  if (!S_ISDIR(st.st_mode)) {
    errno = ENOTDIR;
    return -1;
  }
  return 0;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st;
  (void)ftw;
  return (flag == FTW_DP ? rmdir(path) : unlink(path)) != 0 && errno != ENOENT ? -1 : 0;
}

static int rm_rf(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return errno == ENOENT ? 0 : -1;
  return nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Whole file or NULL; trailing newline kept. */
static char *slurp(const char *path, size_t *len) {
  const char *err = NULL;
  size_t n = 0;
  char *t = ms_read_file(path, &n, &err);
  if (len) *len = n;
  return t;
}

static int write_file(const char *path, const char *text, size_t len) {
  FILE *f = fopen(path, "w");
  if (!f) return -1;
  size_t w = fwrite(text, 1, len, f);
  int rc = (w == len) ? 0 : -1;
  if (fclose(f) != 0) rc = -1;
  return rc;
}

/* ------------------------------------------------------------------ processes */

typedef struct {
  const char *cwd;     /* NULL: inherit */
  char **envp;         /* NULL: inherit */
  int in_fd, out_fd, err_fd; /* -1: /dev/null (in) or inherit (out, err) */
} spawn_opts;

/* fork + exec (PATH search with the child's environment).  Returns the pid or -1. */
static pid_t spawn(char *const argv[], const spawn_opts *so) {
  fflush(NULL);
  pid_t pid = fork();
  if (pid != 0) return pid;
  /* child: only async-signal-safe calls from here on */
  if (so->cwd && chdir(so->cwd) != 0) _exit(127);
  int nul = open("/dev/null", O_RDWR);
  if (dup2(so->in_fd >= 0 ? so->in_fd : nul, 0) < 0) _exit(127);
  if (so->out_fd >= 0 && dup2(so->out_fd, 1) < 0) _exit(127);
  if (so->err_fd >= 0 && dup2(so->err_fd, 2) < 0) _exit(127);
  if (so->envp) environ = so->envp;
  execvp(argv[0], argv);
  _exit(127);
}

/* Exit status (0..255), 128+signal, or -1 when waiting failed. */
static int wait_exit(pid_t pid) {
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR) return -1;
  if (WIFEXITED(st)) return WEXITSTATUS(st);
  if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
  return -1;
}

/* Run argv with stdout to file `out_path` (NULL: /dev/null), stderr to /dev/null. */
static int run_to_file(char *const argv[], const char *cwd, const char *out_path) {
  int fd = open(out_path ? out_path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                0666);
  if (fd < 0) return -1;
  int nul = open("/dev/null", O_WRONLY | O_CLOEXEC);
  spawn_opts so = {.cwd = cwd, .envp = NULL, .in_fd = -1, .out_fd = fd, .err_fd = nul};
  pid_t pid = spawn(argv, &so);
  close(fd);
  if (nul >= 0) close(nul);
  if (pid < 0) return -1;
  return wait_exit(pid);
}

/* The environment with some variables set (`NAME=value`) or removed (`NAME`). */
static char **env_with(const char *const *changes, size_t nchanges) {
  strlist l = {0};
  for (char **e = environ; e && *e; e++) {
    bool drop = false;
    for (size_t i = 0; i < nchanges && !drop; i++) {
      const char *eq = strchr(changes[i], '=');
      size_t k = eq ? (size_t)(eq - changes[i]) : strlen(changes[i]);
      drop = !strncmp(*e, changes[i], k) && (*e)[k] == '=';
    }
    if (!drop) sl_push(&l, *e);
  }
  for (size_t i = 0; i < nchanges; i++)
    if (strchr(changes[i], '=')) sl_push(&l, changes[i]);
  if (l.oom || !l.v) {
    sl_free(&l);
    return NULL;
  }
  return l.v;
}

static void env_free(char **env) {
  if (!env) return;
  for (char **e = env; *e; e++) free(*e);
  free(env);
}

/* ------------------------------------------------------------------ the wrapper */

typedef struct {
  sbuf out;       /* absolute output directory */
  sbuf units;     /* record of compiled crates */
  sbuf chain;     /* the user's own RUSTC_WRAPPER, or "" */
  sbuf root;      /* the workspace's directory, or "" */
  strlist crates; /* --crate names ('-' read as '_'); empty: primary packages */
  bool bootstrap; /* set RUSTC_BOOTSTRAP=1 for the selected crates */
  bool ok;
} wrap_config;

static void config_free(wrap_config *c) {
  free(c->out.p);
  free(c->units.p);
  free(c->chain.p);
  free(c->root.p);
  sl_free(&c->crates);
}

static void config_read(wrap_config *c, const char *path) {
  memset(c, 0, sizeof *c);
  size_t len = 0;
  char *t = slurp(path, &len);
  if (!t) return;
  for (char *line = t, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = 0;
    char *eq = strchr(line, '=');
    if (!eq) continue;
    *eq = 0;
    const char *v = eq + 1;
    if (!strcmp(line, "out")) sb_puts(&c->out, v);
    else if (!strcmp(line, "units")) sb_puts(&c->units, v);
    else if (!strcmp(line, "chain")) sb_puts(&c->chain, v);
    else if (!strcmp(line, "root")) sb_puts(&c->root, v);
    else if (!strcmp(line, "crate")) sl_push(&c->crates, v);
    else if (!strcmp(line, "bootstrap")) c->bootstrap = !strcmp(v, "1");
  }
  free(t);
  c->ok = c->out.len > 0 && !c->out.oom && !c->crates.oom;
}

/* The value of option `name` (`--crate-name X` or `--crate-name=X`) from index i, or NULL. */
static const char *opt_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  if (!strcmp(argv[*i], name) && *i + 1 < argc) return argv[++*i];
  if (!strncmp(argv[*i], name, n) && argv[*i][n] == '=') return argv[*i] + n + 1;
  return NULL;
}

typedef struct {
  const char *crate_name, *out_dir, *extra;
  bool test, bin, lib, proc_macro, cap_lints;
  strlist types;
} unit_args;

static void parse_unit_args(int argc, char **argv, unit_args *u) {
  memset(u, 0, sizeof *u);
  for (int i = 2; i < argc; i++) {
    const char *v;
    if ((v = opt_value(argc, argv, &i, "--crate-name"))) u->crate_name = v;
    else if ((v = opt_value(argc, argv, &i, "--out-dir"))) u->out_dir = v;
    else if ((v = opt_value(argc, argv, &i, "--cap-lints"))) u->cap_lints = true;
    else if ((v = opt_value(argc, argv, &i, "--crate-type"))) {
      char buf[256];
      snprintf(buf, sizeof buf, "%s", v);
      char *save = NULL;
      for (char *s = strtok_r(buf, ",", &save); s; s = strtok_r(NULL, ",", &save))
        sl_push(&u->types, s);
    } else if (!strcmp(argv[i], "--test")) u->test = true;
    else if ((!strcmp(argv[i], "-C") && i + 1 < argc &&
              !strncmp(argv[i + 1], "extra-filename=", 15)))
      u->extra = argv[++i] + 15;
    else if (!strncmp(argv[i], "-Cextra-filename=", 17)) u->extra = argv[i] + 17;
  }
  for (size_t k = 0; k < u->types.n; k++) {
    const char *t = u->types.v[k];
    if (!strcmp(t, "bin")) u->bin = true;
    else if (!strcmp(t, "proc-macro")) u->proc_macro = true;
    else u->lib = true;
  }
  if (!u->types.n && !u->test) u->bin = true; /* rustc's default crate type */
}

static bool crate_selected(const wrap_config *c, const unit_args *u) {
  const char *name = u->crate_name;
  if (!name || !*name || !strcmp(name, "___")) return false; /* cargo's --print probes */
  if (!strncmp(name, "build_script_", 13) || u->proc_macro) return false;
  if (c->crates.n) return sl_has(&c->crates, name);
  /* the packages cargo builds as primary, and every other workspace member it compiles: a
   * path package (no --cap-lints) whose manifest lies in the workspace's directory */
  const char *primary = getenv("CARGO_PRIMARY_PACKAGE");
  if (primary && *primary) return true;
  const char *md = getenv("CARGO_MANIFEST_DIR");
  size_t rl = c->root.len;
  return !u->cap_lints && md && rl && !strncmp(md, c->root.p, rl) &&
         (md[rl] == '/' || md[rl] == 0);
}

/* One line per compiled crate, appended atomically (O_APPEND, one write): crate, package,
 * version, local (no --cap-lints), primary. */
static void record_unit(const wrap_config *c, const unit_args *u) {
  if (!c->units.len || !u->crate_name || !strcmp(u->crate_name, "___")) return;
  const char *pkg = getenv("CARGO_PKG_NAME"), *ver = getenv("CARGO_PKG_VERSION");
  const char *primary = getenv("CARGO_PRIMARY_PACKAGE");
  char line[1024];
  int n = snprintf(line, sizeof line, "%s\t%s\t%s\t%d\t%d\n", u->crate_name, pkg ? pkg : "",
                   ver ? ver : "", !u->cap_lints, primary && *primary);
  if (n <= 0 || (size_t)n >= sizeof line) return;
  int fd = open(sb_str(&c->units), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
  if (fd < 0) return;
  ssize_t w = write(fd, line, (size_t)n);
  (void)w;
  close(fd);
}

static int exec_or_die(char **argv) {
  execvp(argv[0], argv);
  fprintf(stderr, "mirscope capture: cannot run %s: %s\n", argv[0], strerror(errno));
  return 127;
}

int ms_capture_wrapper_main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "mirscope capture: wrapper mode needs a compiler to run "
                    "(%s is set)\n", MS_CAPTURE_CONFIG_ENV);
    return 2;
  }
  const char *conf_path = getenv(MS_CAPTURE_CONFIG_ENV);
  wrap_config c;
  config_read(&c, conf_path ? conf_path : "");
  if (!c.ok) {
    fprintf(stderr, "mirscope capture: cannot read the wrapper configuration %s\n",
            conf_path ? conf_path : "(unset)");
    config_free(&c);
    return 2;
  }
  unit_args u;
  parse_unit_args(argc, argv, &u);
  record_unit(&c, &u);
  if (!crate_selected(&c, &u)) {
    sl_free(&u.types);
    if (c.chain.len) {
      /* the user's own wrapper (sccache, ...) for everything not dumped */
      char **nargv = calloc((size_t)argc + 1, sizeof *nargv);
      if (!nargv) return 2;
      nargv[0] = c.chain.p;
      for (int i = 1; i < argc; i++) nargv[i] = argv[i];
      return exec_or_die(nargv);
    }
    config_free(&c);
    return exec_or_die(argv + 1);
  }

  sbuf dir = {0}, p = {0}, info = {0};
  sb_printf(&dir, "%s/dumps/%s%s", sb_str(&c.out), u.crate_name,
            u.test ? "-test" : u.bin ? "-bin" : "");
  if (dir.oom || mkdir_p(dir.p) != 0) {
    fprintf(stderr, "mirscope capture: cannot create %s: %s\n", sb_str(&dir), strerror(errno));
    return 2;
  }
  /* what the wrapper saw: capture reads artefact= lines to find the objects for nm */
  const char *pkg = getenv("CARGO_PKG_NAME");
  sb_printf(&info, "crate=%s\npackage=%s\nversion=%s\nrustc=%s\n", u.crate_name,
            pkg ? pkg : "", getenv("CARGO_PKG_VERSION") ? getenv("CARGO_PKG_VERSION") : "",
            argv[1]);
  const char *od = u.out_dir ? u.out_dir : ".";
  const char *ex = u.extra ? u.extra : "";
  char cwd[PATH_MAX];
  bool rel = od[0] != '/' && getcwd(cwd, sizeof cwd);
  for (size_t k = 0; k < u.types.n; k++) {
    const char *t = u.types.v[k];
    const char *pre = "lib", *suf = NULL;
    if (!strcmp(t, "rlib") || !strcmp(t, "lib")) suf = ".rlib";
    else if (!strcmp(t, "bin")) pre = "", suf = "";
    else if (!strcmp(t, "dylib") || !strcmp(t, "cdylib")) suf = ".so";
    else if (!strcmp(t, "staticlib")) suf = ".a";
    if (!suf) continue;
    sb_printf(&info, "artefact=%s%s%s/%s%s%s%s\n", rel ? cwd : "", rel ? "/" : "", od, pre,
              u.crate_name, ex, suf);
  }
  if (!u.types.n) /* a test harness (or rustc's default, bin): an executable */
    sb_printf(&info, "artefact=%s%s%s/%s%s\n", rel ? cwd : "", rel ? "/" : "", od,
              u.crate_name, ex);
  sb_printf(&p, "%s/unit.txt", dir.p);
  if (info.oom || p.oom || write_file(p.p, info.p, info.len) != 0) {
    fprintf(stderr, "mirscope capture: cannot write %s\n", sb_str(&p));
    return 2;
  }

  /* stdout carries only -Zprint-type-sizes for a compile command */
  p.len = 0;
  sb_printf(&p, "%s/type-sizes.raw", dir.p);
  int fd = open(sb_str(&p), O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (p.oom || fd < 0 || dup2(fd, 1) < 0) {
    fprintf(stderr, "mirscope capture: cannot write %s: %s\n", sb_str(&p), strerror(errno));
    return 2;
  }
  close(fd);

  sbuf dumpdir = {0};
  sb_printf(&dumpdir, "-Zdump-mir-dir=%s", dir.p);
  char **nargv = calloc((size_t)argc + 8, sizeof *nargv);
  if (!nargv || dumpdir.oom) return 2;
  int n = 0;
  for (int i = 1; i < argc; i++) nargv[n++] = argv[i];
  nargv[n++] = "-Zdump-mir=" DUMP_FILTER;
  nargv[n++] = dumpdir.p;
  nargv[n++] = "-Zprint-type-sizes";
  nargv[n++] = "-Csymbol-mangling-version=v0";
  nargv[n] = NULL;
  if (c.bootstrap && setenv("RUSTC_BOOTSTRAP", "1", 1) != 0) return 2;
  return exec_or_die(nargv);
}

/* ------------------------------------------------------------------ capture: the context */

static const char *opt_or(const char *s, const char *d) { return s && *s ? s : d; }

/* What the steps of one capture share.  It owns every buffer and list: capture_free. */
typedef struct {
  const ms_capture_options *o;
  char *errbuf;
  size_t errlen;
  const char *cargo, *rustc; /* $CARGO and $RUSTC, else the names (PATH) */
  FILE *out;                 /* the ranking */
  strlist crates;            /* o->crates as crate names ('-' read as '_'), in that order */
  sbuf manifest;             /* o->manifest_path made absolute, or "" */
  sbuf cwd;                  /* its directory: where cargo build and rustc -vV run ("": ours) */
  sbuf root;                 /* the workspace's directory, or "" when cargo could not tell */
  sbuf self;                 /* the wrapper: this very program */
  sbuf outdir;               /* OUT, absolute, and the paths in it: */
  sbuf target, units, conf, log, rustc_vv, dumps, report, report_tmp;
  bool bootstrap;            /* RUSTC_BOOTSTRAP=1 for the dumped crates (stable, beta rustc) */
  strlist clean;             /* package specs to `cargo clean -p` before the build */
  strlist cargo_argv;        /* cargo build ... */
  char **cargo_env;          /* ... and its environment */
  strlist units_dumped;      /* the directories under OUT/dumps, sorted */
  ms_crate *crate;
  ms_inputs *inputs;
  size_t dump_errors;        /* unreadable or broken dumps, type sizes or symbols */
} capture;

static void capture_init(capture *c, const ms_capture_options *o, char *errbuf, size_t errlen) {
  memset(c, 0, sizeof *c);
  c->o = o;
  c->errbuf = errbuf;
  c->errlen = errlen;
  c->cargo = opt_or(getenv("CARGO"), "cargo");
  c->rustc = opt_or(getenv("RUSTC"), "rustc");
  c->out = o->out ? o->out : stdout;
}

static void capture_free(capture *c) {
  sbuf *bufs[] = {&c->manifest, &c->cwd,      &c->root,     &c->self,  &c->outdir,
                  &c->target,   &c->units,    &c->conf,     &c->log,   &c->rustc_vv,
                  &c->dumps,    &c->report,   &c->report_tmp};
  for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++) free(bufs[i]->p);
  strlist *lists[] = {&c->crates, &c->clean, &c->cargo_argv, &c->units_dumped};
  for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) sl_free(lists[i]);
  env_free(c->cargo_env);
  ms_inputs_free(c->inputs);
  ms_crate_free(c->crate);
}

/* A step failed: its one-line message into errbuf; returns rc (MS_CAPTURE_*). */
__attribute__((format(printf, 3, 4))) static int fail(capture *c, int rc, const char *fmt, ...) {
  if (c->errbuf && c->errlen) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->errbuf, c->errlen, fmt, ap);
    va_end(ap);
  }
  return rc;
}

/* Text for the user: each of its lines to o->on_message (the library prints nothing). */
static void say_text(const capture *c, const char *text, size_t len) {
  if (!c->o->on_message) return;
  sbuf line = {0};
  for (size_t i = 0; i < len;) {
    size_t e = i;
    while (e < len && text[e] != '\n') e++;
    sb_clear(&line);
    sb_putn(&line, text + i, e - i);
    c->o->on_message(sb_str(&line), c->o->message_user);
    i = e + 1;
  }
  free(line.p);
}

/* A message for the user, as printf. */
__attribute__((format(printf, 2, 3))) static void say(const capture *c, const char *fmt, ...) {
  if (!c->o->on_message) return;
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *text = n < 0 ? NULL : malloc((size_t)n + 1);
  if (text) vsnprintf(text, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  va_end(ap);
  if (text) say_text(c, text, (size_t)n);
  free(text);
}

/* A diagnostic for the user, as ms_diag_print writes it without colour. */
static void say_diag(const capture *c, const ms_diag *d) {
  if (!c->o->on_message) return;
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (!f) return;
  ms_diag_print(d, f, 0);
  if (fclose(f) == 0) say_text(c, text, len);
  free(text);
}

/* Where cargo build and rustc -vV run: the manifest's directory, else ours (NULL). */
static const char *project_dir(const capture *c) { return c->cwd.len ? c->cwd.p : NULL; }

/* dst = path made canonical and absolute; -1 with errno set (dst unchanged) on failure. */
static int set_realpath(sbuf *dst, const char *path) {
  char *r = realpath(path, NULL);
  if (!r) return -1;
  sb_clear(dst);
  sb_puts(dst, r);
  free(r);
  if (dst->oom) errno = ENOMEM;
  return dst->oom ? -1 : 0;
}

/* ------------------------------------------------------------------ capture: the steps */

/* The --crate names: none empty; kept as crate names. */
static int read_crate_names(capture *c) {
  for (size_t i = 0; i < c->o->ncrates; i++) {
    const char *name = c->o->crates[i];
    if (!name || !*name) return fail(c, MS_CAPTURE_USAGE, "empty crate name");
    sl_push_crate(&c->crates, name);
  }
  return c->crates.oom ? fail(c, MS_CAPTURE_ERROR, "out of memory") : MS_CAPTURE_OK;
}

/* `cargo locate-project --workspace --message-format plain`: the workspace's Cargo.toml. */
static int locate_workspace(const char *cargo, const char *manifest, sbuf *root) {
  char tmpl[] = "/tmp/mirscope-locate.XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) return -1;
  close(fd);
  char *argv[8];
  int n = 0;
  argv[n++] = (char *)cargo;
  argv[n++] = "locate-project";
  argv[n++] = "--workspace";
  argv[n++] = "--message-format";
  argv[n++] = "plain";
  if (manifest) {
    argv[n++] = "--manifest-path";
    argv[n++] = (char *)manifest;
  }
  argv[n] = NULL;
  int rc = run_to_file(argv, NULL, tmpl);
  char *t = rc == 0 ? slurp(tmpl, NULL) : NULL;
  unlink(tmpl);
  if (!t) return -1;
  t[strcspn(t, "\r\n")] = 0;
  char *slash = strrchr(t, '/');
  if (slash) *slash = 0;
  sb_puts(root, t);
  free(t);
  return root->len ? 0 : -1;
}

/* The project: the manifest given (cargo and rustc -vV run in its directory, so that rustup
 * toolchain files apply) and the workspace's directory. */
static int find_project(capture *c) {
  const char *m = c->o->manifest_path;
  if (m) {
    errno = 0; /* a manifest that is there but no file (a directory) says ENOENT */
    if (!is_file(m))
      return fail(c, MS_CAPTURE_USAGE, "manifest %s: %s", m, strerror(errno ? errno : ENOENT));
    if (set_realpath(&c->manifest, m) != 0)
      return fail(c, MS_CAPTURE_USAGE, "manifest %s: %s", m, strerror(errno));
    const char *p = c->manifest.p, *slash = strrchr(p, '/');
    sb_putn(&c->cwd, p, slash && slash != p ? (size_t)(slash - p) : 1);
  }
  if (locate_workspace(c->cargo, m ? c->manifest.p : NULL, &c->root) == 0)
    set_realpath(&c->root, c->root.p); /* kept as cargo said it when it does not resolve */
  return c->cwd.oom ? fail(c, MS_CAPTURE_ERROR, "out of memory") : MS_CAPTURE_OK;
}

/* OUT: given, else <workspace root>/target/mirscope; created and made absolute, and the
 * paths in it named. */
static int prepare_out_dir(capture *c) {
  const char *given = c->o->out_dir;
  if (given && *given)
    sb_puts(&c->outdir, given);
  else if (c->root.len)
    sb_printf(&c->outdir, "%s/target/mirscope", c->root.p);
  else
    return fail(c, MS_CAPTURE_USAGE, "not in a cargo project (cargo locate-project failed); "
                                     "give --manifest-path or run inside the project");
  if (c->outdir.oom || mkdir_p(c->outdir.p) != 0 || set_realpath(&c->outdir, c->outdir.p) != 0)
    return fail(c, MS_CAPTURE_ERROR, "cannot create %s: %s", sb_str(&c->outdir), strerror(errno));
  const struct {
    sbuf *path;
    const char *name;
  } layout[] = {
      {&c->target, "target"},          {&c->units, "target/" UNITS_NAME},
      {&c->conf, CONFIG_NAME},         {&c->log, "cargo.log"},
      {&c->rustc_vv, "rustc-vV.txt"},  {&c->dumps, "dumps"},
      {&c->report, "report.json"},     {&c->report_tmp, "report.json.tmp"},
  };
  for (size_t i = 0; i < sizeof layout / sizeof *layout; i++) {
    sb_printf(layout[i].path, "%s/%s", c->outdir.p, layout[i].name);
    if (layout[i].path->oom) return fail(c, MS_CAPTURE_ERROR, "out of memory");
  }
  return MS_CAPTURE_OK;
}

/* The wrapper cargo runs instead of rustc: this very program. */
static int find_wrapper(capture *c) {
  const char *se = opt_or(c->o->self_exe, "/proc/self/exe");
  if (!strchr(se, '/'))
    sb_puts(&c->self, se);
  else if (set_realpath(&c->self, se) != 0)
    return fail(c, MS_CAPTURE_ERROR, "cannot find the mirscope binary %s: %s", se,
                strerror(errno));
  return c->self.oom ? fail(c, MS_CAPTURE_ERROR, "out of memory") : MS_CAPTURE_OK;
}

/* From the text of `rustc -vV`: whether its release needs RUSTC_BOOTSTRAP=1 for -Z flags
 * (not a nightly or -dev one; also when there is no release line). */
static bool needs_bootstrap(const char *vv) {
  const char *rel = vv ? strstr(vv, "\nrelease: ") : NULL;
  if (!rel) return true;
  const char *e = strchr(rel + 1, '\n');
  size_t n = e ? (size_t)(e - rel) : strlen(rel);
  char line[128];
  snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line ? n : sizeof line - 1), rel);
  return !strstr(line, "nightly") && !strstr(line, "-dev");
}

/* `rustc -vV` into OUT/rustc-vV.txt, run where cargo will run. */
static int read_rustc_version(capture *c) {
  char *av[] = {(char *)c->rustc, "-vV", NULL};
  int r = run_to_file(av, project_dir(c), c->rustc_vv.p);
  if (r != 0)
    return fail(c, MS_CAPTURE_ERROR, "`%s -vV` failed (exit %d): is Rust installed?", c->rustc,
                r);
  char *v = slurp(c->rustc_vv.p, NULL);
  c->bootstrap = needs_bootstrap(v);
  free(v);
  return MS_CAPTURE_OK;
}

/* OUT/capture.conf: what the wrapper reads (config_read). */
static int write_wrapper_config(capture *c) {
  sbuf cf = {0};
  sb_printf(&cf, "out=%s\nunits=%s\nbootstrap=%d\nroot=%s\n", c->outdir.p, c->units.p,
            c->bootstrap, sb_str(&c->root));
  const char *chain = getenv("RUSTC_WRAPPER");
  if (chain && *chain && strcmp(chain, c->self.p) != 0) sb_printf(&cf, "chain=%s\n", chain);
  for (size_t i = 0; i < c->crates.n; i++) sb_printf(&cf, "crate=%s\n", c->crates.v[i]);
  int rc = cf.oom || write_file(c->conf.p, cf.p, cf.len) != 0
               ? fail(c, MS_CAPTURE_ERROR, "cannot write %s: %s", c->conf.p, strerror(errno))
               : MS_CAPTURE_OK;
  free(cf.p);
  return rc;
}

/* One line of the units record (record_unit): crate, package, version, local, primary. */
typedef struct {
  char crate[256], pkg[256], ver[128];
  bool local, primary;
} unit_rec;

/* Splits `line` (changed in place); false when it is not a whole record. */
static bool parse_unit_rec(char *line, unit_rec *r) {
  char *f[5] = {0};
  int nf = 0;
  for (char *s = line; nf < 5; nf++) {
    f[nf] = s;
    char *tab = strchr(s, '\t');
    if (!tab) {
      nf++;
      break;
    }
    *tab = 0;
    s = tab + 1;
  }
  if (nf < 5 || !*f[1]) return false;
  snprintf(r->crate, sizeof r->crate, "%s", f[0]);
  snprintf(r->pkg, sizeof r->pkg, "%s", f[1]);
  snprintf(r->ver, sizeof r->ver, "%s", f[2]);
  r->local = f[3][0] == '1';
  r->primary = f[4][0] == '1';
  return true;
}

/* Packages to `cargo clean -p` in our own target dir so the selected crates are rebuilt.
 * The record is rewritten without duplicates and without the packages about to be cleaned
 * (the wrapper records them again when cargo rebuilds them). */
static void packages_to_clean(const char *units_path, const strlist *crates, strlist *specs) {
  size_t len = 0;
  char *t = slurp(units_path, &len);
  if (!t) return;
  strlist keep = {0};
  for (char *line = t, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = 0;
    char whole[1024];
    snprintf(whole, sizeof whole, "%s", line);
    unit_rec r = {0};
    if (!parse_unit_rec(line, &r)) continue;
    bool want = crates->n ? sl_has(crates, r.crate) : r.local || r.primary;
    if (!want) {
      if (!sl_has(&keep, whole)) sl_push(&keep, whole);
      continue;
    }
    char spec[512];
    snprintf(spec, sizeof spec, "%s%s%s", r.pkg, *r.ver ? "@" : "", r.ver);
    if (!sl_has(specs, spec)) sl_push(specs, spec);
  }
  free(t);
  sbuf o2 = {0};
  for (size_t i = 0; i < keep.n; i++) {
    sb_puts(&o2, keep.v[i]);
    sb_puts(&o2, "\n");
  }
  if (!o2.oom && !keep.oom) write_file(units_path, sb_str(&o2), o2.len);
  free(o2.p);
  sl_free(&keep);
}

/* Copy `--target X`, `--profile X` (and `=` forms) from the cargo arguments. */
static void profile_args(const ms_capture_options *o, strlist *out) {
  for (size_t i = 0; i < o->ncargo_args; i++) {
    const char *a = o->cargo_args[i];
    if (!strcmp(a, "--")) break;
    if ((!strcmp(a, "--target") || !strcmp(a, "--profile")) && i + 1 < o->ncargo_args) {
      sl_push(out, a);
      sl_push(out, o->cargo_args[++i]);
    } else if (!strncmp(a, "--target=", 9) || !strncmp(a, "--profile=", 10)) {
      sl_push(out, a);
    }
  }
}

/* `cargo SUBCOMMAND --offline [--release] [--manifest-path M] --target-dir OUT/target`. */
static void cargo_command(const capture *c, strlist *l, const char *subcommand) {
  sl_push(l, c->cargo);
  sl_push(l, subcommand);
  sl_push(l, "--offline");
  if (c->o->release) sl_push(l, "--release");
  if (c->manifest.len) {
    sl_push(l, "--manifest-path");
    sl_push(l, c->manifest.p);
  }
  sl_push(l, "--target-dir");
  sl_push(l, c->target.p);
}

/* `cargo clean -p SPEC` for the profile and target of the build; a package no longer in the
 * build graph makes it fail, which is fine. */
static void cargo_clean(const capture *c, const char *spec) {
  strlist cl = {0};
  cargo_command(c, &cl, "clean");
  profile_args(c->o, &cl);
  sl_push(&cl, "-p");
  sl_push(&cl, spec);
  if (!cl.oom) run_to_file(cl.v, NULL, NULL);
  sl_free(&cl);
}

/* A clean slate: old dumps and report go; crates compiled in an earlier capture are cleaned
 * in our own target dir (cargo would otherwise consider them fresh and never run rustc). */
static int clean_slate(capture *c) {
  if (rm_rf(c->dumps.p) != 0)
    return fail(c, MS_CAPTURE_ERROR, "cannot remove %s: %s", c->dumps.p, strerror(errno));
  unlink(c->report.p);
  packages_to_clean(c->units.p, &c->crates, &c->clean);
  for (size_t i = 0; i < c->clean.n; i++) cargo_clean(c, c->clean.v[i]);
  return c->clean.oom ? fail(c, MS_CAPTURE_ERROR, "out of memory") : MS_CAPTURE_OK;
}

/* The environment of cargo build: this program as RUSTC_WRAPPER, reading OUT/capture.conf. */
static char **cargo_env(const capture *c) {
  strlist changes = {0};
  sbuf a = {0}, b = {0};
  sb_printf(&a, "RUSTC_WRAPPER=%s", c->self.p);
  sb_printf(&b, "%s=%s", MS_CAPTURE_CONFIG_ENV, c->conf.p);
  sl_push(&changes, sb_str(&a));
  sl_push(&changes, sb_str(&b));
  sl_push(&changes, "CARGO_TERM_COLOR=never");
  sl_push(&changes, "CARGO_TERM_PROGRESS_WHEN=never");
  sl_push(&changes, "CARGO_INCREMENTAL=0"); /* incremental reuse would skip MIR of some CGUs */
  sl_push(&changes, "CARGO_BUILD_RUSTC_WRAPPER"); /* removed */
  sl_push(&changes, "CARGO_TARGET_DIR");
  bool oom = a.oom || b.oom || changes.oom;
  char **env = oom ? NULL : env_with((const char *const *)changes.v, changes.n);
  free(a.p);
  free(b.p);
  sl_free(&changes);
  return env;
}

/* The last lines of cargo's log, said when the build failed. */
static void say_log_tail(const capture *c) {
  size_t len = 0;
  char *t = c->o->on_message ? slurp(c->log.p, &len) : NULL;
  if (!t) return;
  size_t start = len, lines = 0;
  while (start > 0) {
    if (t[start - 1] == '\n' && start != len && ++lines >= LOG_TAIL_LINES) break;
    start--;
  }
  say(c, "---- last lines of %s ----", c->log.p);
  say_text(c, t + start, len - start);
  say(c, "----");
  free(t);
}

/* Cargo's output as it comes, for the progress: the latest `Compiling` line. */
typedef struct {
  sbuf line;       /* the line being read */
  size_t compiled; /* `Compiling` lines so far */
} progress_state;

static void progress_feed(const capture *c, progress_state *p, const char *buf, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (buf[i] != '\n') {
      sb_putc(&p->line, buf[i]);
      continue;
    }
    const char *s = sb_str(&p->line);
    while (*s == ' ') s++;
    if (!strncmp(s, "Compiling ", 10)) {
      p->compiled++;
      c->o->on_progress(p->compiled, s, c->o->progress_user);
    }
    sb_clear(&p->line);
  }
}

/* Run cargo build, its output into the log (and the progress); its exit status. */
static int run_cargo_logged(const capture *c) {
  int logfd = open(c->log.p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (logfd < 0) return -1;
  int pfd[2];
  if (pipe(pfd) != 0) {
    close(logfd);
    return -1;
  }
  fcntl(pfd[0], F_SETFD, FD_CLOEXEC);
  fcntl(pfd[1], F_SETFD, FD_CLOEXEC);
  spawn_opts so = {.cwd = project_dir(c), .envp = c->cargo_env, .in_fd = -1,
                   .out_fd = pfd[1], .err_fd = pfd[1]};
  pid_t pid = spawn(c->cargo_argv.v, &so);
  close(pfd[1]);
  if (pid < 0) {
    close(pfd[0]);
    close(logfd);
    return -1;
  }
  char buf[8192];
  progress_state p = {0};
  for (;;) {
    ssize_t r = read(pfd[0], buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    for (ssize_t off = 0; off < r;) {
      ssize_t w = write(logfd, buf + off, (size_t)(r - off));
      if (w <= 0) break;
      off += w;
    }
    if (c->o->progress && c->o->on_progress) progress_feed(c, &p, buf, (size_t)r);
  }
  if (p.compiled) c->o->on_progress(p.compiled, NULL, c->o->progress_user);
  free(p.line.p);
  close(pfd[0]);
  close(logfd);
  return wait_exit(pid);
}

/* cargo build with the wrapper, into OUT/cargo.log; when it fails, the log's tail is said. */
static int run_build(capture *c) {
  const ms_capture_options *o = c->o;
  cargo_command(c, &c->cargo_argv, "build");
  for (size_t i = 0; i < o->ncargo_args; i++) sl_push(&c->cargo_argv, o->cargo_args[i]);
  c->cargo_env = cargo_env(c);
  if (c->cargo_argv.oom || !c->cargo_env) return fail(c, MS_CAPTURE_ERROR, "out of memory");
  if (o->progress)
    say(c, "mirscope capture: cargo build%s --offline (log: %s)", o->release ? " --release" : "",
        c->log.p);
  int st = run_cargo_logged(c);
  if (st == 0) return MS_CAPTURE_OK;
  say_log_tail(c);
  if (st == 127)
    return fail(c, MS_CAPTURE_BUILD_FAILED, "could not run cargo (%s); log: %s", c->cargo,
                c->log.p);
  return fail(c, MS_CAPTURE_BUILD_FAILED, "cargo build failed (exit %d); full log: %s", st,
              c->log.p);
}

static int cmp_cstr(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* b = OUT/dumps/UNIT, or OUT/dumps/UNIT/FILE; returns it ("" when out of memory). */
static const char *unit_path(sbuf *b, const capture *c, const char *unit, const char *file) {
  sb_clear(b);
  sb_printf(b, "%s/%s%s%s", c->dumps.p, unit, file ? "/" : "", file ? file : "");
  return sb_str(b);
}

/* Whether crate `name` has a unit: dumps/<name>, <name>-bin or <name>-test. */
static bool crate_dumped(const capture *c, const char *name) {
  size_t n = strlen(name);
  for (size_t k = 0; k < c->units_dumped.n; k++) {
    const char *u = c->units_dumped.v[k];
    if (!strncmp(u, name, n) && (u[n] == 0 || u[n] == '-')) return true;
  }
  return false;
}

/* What was dumped: the units (directories under OUT/dumps); every crate named is among them. */
static int list_units(capture *c) {
  strlist *units = &c->units_dumped;
  sbuf path = {0};
  DIR *d = opendir(c->dumps.p);
  for (struct dirent *e; d && (e = readdir(d));)
    if (e->d_name[0] != '.' && is_dir(unit_path(&path, c, e->d_name, NULL)))
      sl_push(units, e->d_name);
  if (d) closedir(d);
  free(path.p);
  if (units->oom) return fail(c, MS_CAPTURE_ERROR, "out of memory");
  if (units->n) qsort(units->v, units->n, sizeof *units->v, cmp_cstr);
  for (size_t i = 0; i < c->crates.n; i++)
    if (!crate_dumped(c, c->crates.v[i]))
      return fail(c, MS_CAPTURE_BUILD_FAILED,
                  "crate %s was not compiled (not in this build, or a proc-macro or build "
                  "script); log: %s", c->o->crates[i], c->log.p);
  if (!units->n)
    return fail(c, MS_CAPTURE_BUILD_FAILED,
                "no crate was dumped (nothing selected was compiled); log: %s", c->log.p);
  return MS_CAPTURE_OK;
}

/* Keep the lines of `src` for which keep() says so in `dst`, then remove `src`. */
static void filter_file(const char *src, const char *dst,
                        bool (*keep)(const char *line, size_t n)) {
  size_t len = 0;
  char *t = slurp(src, &len);
  if (!t) return;
  sbuf o = {0};
  for (size_t i = 0; i < len;) {
    size_t e = i;
    while (e < len && t[e] != '\n') e++;
    if (keep(t + i, e - i)) {
      sb_putn(&o, t + i, e - i);
      sb_putn(&o, "\n", 1);
    }
    i = e + 1;
  }
  if (!o.oom && write_file(dst, sb_str(&o), o.len) == 0) unlink(src);
  free(o.p);
  free(t);
}

static bool keep_type_size(const char *l, size_t n) {
  return n >= 16 && !strncmp(l, "print-type-size ", 16);
}

/* nm lines: drop blank lines and assembler-local `.L*` labels (as corpus/regen does). */
static bool keep_symbol(const char *l, size_t n) {
  if (n == 0) return false;
  for (size_t i = 0; i + 3 < n; i++)
    if (l[i] == ' ' && l[i + 2] == ' ' && l[i + 3] == '.' && i + 4 < n && l[i + 4] == 'L')
      return false;
  return true;
}

/* The artefact of a unit nm reads best (from the wrapper's unit.txt): an .rlib, whose
 * members nm reads directly, then an executable, a .so, a .a; NULL when none exists. */
static char *unit_artefact(const char *unit_txt) {
  char *u = slurp(unit_txt, NULL), *best = NULL;
  int best_rank = 99;
  for (char *line = u, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = 0;
    if (strncmp(line, "artefact=", 9) != 0 || !is_file(line + 9)) continue;
    const char *a = line + 9;
    size_t l = strlen(a);
    int rank = l > 5 && !strcmp(a + l - 5, ".rlib") ? 0
               : l > 3 && !strcmp(a + l - 3, ".so") ? 2
               : l > 2 && !strcmp(a + l - 2, ".a")  ? 3
                                                    : 1;
    if (rank < best_rank) best_rank = rank, best = line + 9;
  }
  best = best ? strdup(best) : NULL;
  free(u);
  return best;
}

/* A unit's ground truth: type-sizes.txt and symbols.txt (`nm -S -C` of its artefact). */
static void collect_unit(const capture *c, const char *unit) {
  sbuf raw = {0}, txt = {0};
  if (is_file(unit_path(&raw, c, unit, "type-sizes.raw")))
    filter_file(raw.p, unit_path(&txt, c, unit, "type-sizes.txt"), keep_type_size);
  char *art = unit_artefact(unit_path(&txt, c, unit, "unit.txt"));
  if (art) {
    char *av[] = {"nm", "-S", "-C", "--defined-only", art, NULL};
    /* nm complains about lib.rmeta in an .rlib: ignored */
    run_to_file(av, NULL, unit_path(&raw, c, unit, "symbols.raw"));
    filter_file(sb_str(&raw), unit_path(&txt, c, unit, "symbols.txt"), keep_symbol);
  } else {
    say(c, "mirscope capture: warning: %s: no artefact found for nm; code sizes are estimates",
        unit);
  }
  free(art);
  free(raw.p);
  free(txt.p);
}

static int collect_ground_truth(capture *c) {
  for (size_t k = 0; k < c->units_dumped.n; k++) collect_unit(c, c->units_dumped.v[k]);
  return MS_CAPTURE_OK;
}

/* A unit's type sizes (for its own dumps only) and symbols into the model. */
static void add_unit_truth(capture *c, const char *unit) {
  sbuf dir = {0}, f = {0};
  const char *err = NULL;
  unit_path(&dir, c, unit, NULL);
  if (is_file(unit_path(&f, c, unit, "type-sizes.txt")) &&
      ms_crate_add_type_sizes_scoped(c->crate, f.p, dir.p, &err) < 0) {
    say(c, "%s: error: cannot read type sizes: %s", f.p, err);
    c->dump_errors++;
  }
  if (is_file(unit_path(&f, c, unit, "symbols.txt")) &&
      ms_crate_add_symbols_file(c->crate, f.p, &err) < 0) {
    say(c, "%s: error: cannot read symbols: %s", f.p, err);
    c->dump_errors++;
  }
  free(dir.p);
  free(f.p);
}

static void model_walk_error(const char *path, const char *msg, void *user) {
  capture *c = user;
  say(c, "%s: error: %s", path, msg);
  c->dump_errors++;
}

/* One dump into the model; its syntax errors are said and counted. */
static void add_dump(capture *c, const char *path) {
  const char *err = NULL;
  ms_doc *doc = ms_doc_parse_file(path, &err);
  if (!doc) {
    say(c, "%s: error: cannot read: %s", path, err ? err : "unknown error");
    c->dump_errors++;
    return;
  }
  for (size_t k = 0; k < ms_doc_diag_count(doc); k++)
    if (ms_diag_severity(ms_doc_diag(doc, k)) == MS_SEV_ERROR)
      say_diag(c, ms_doc_diag(doc, k));
  c->dump_errors += ms_doc_error_count(doc);
  ms_crate_add_doc(c->crate, doc);
  ms_doc_free(doc);
}

/* The model: every unit's type sizes and symbols, then every dump under OUT/dumps. */
static int build_model(capture *c) {
  ms_crate_options co = {.pointer_width = 64};
  c->crate = ms_crate_new(&co);
  if (!c->crate) return fail(c, MS_CAPTURE_ERROR, "out of memory");
  for (size_t k = 0; k < c->units_dumped.n; k++) add_unit_truth(c, c->units_dumped.v[k]);
  const char *paths[1] = {c->dumps.p};
  c->inputs = ms_inputs_collect(paths, 1, model_walk_error, c);
  if (!c->inputs) return fail(c, MS_CAPTURE_ERROR, "out of memory");
  for (size_t i = 0; i < ms_inputs_count(c->inputs); i++)
    add_dump(c, ms_inputs_path(c->inputs, i));
  ms_crate_finish(c->crate);
  return MS_CAPTURE_OK;
}

/* OUT/report.json (written aside, then renamed into place), then o->write_extra. */
static int write_reports(capture *c) {
  const ms_capture_options *o = c->o;
  FILE *f = fopen(c->report_tmp.p, "w");
  int w = f ? ms_crate_write_json(c->crate, f) : -1;
  if (f && fclose(f) != 0) w = -1;
  if (w != 0 || rename(c->report_tmp.p, c->report.p) != 0)
    return fail(c, MS_CAPTURE_ERROR, "cannot write %s: %s", c->report.p, strerror(errno));
  if (o->write_extra && o->write_extra(c->crate, c->outdir.p, o->write_extra_user) != 0)
    return fail(c, MS_CAPTURE_ERROR, "writing the extra reports into %s failed", c->outdir.p);
  return MS_CAPTURE_OK;
}

/* ------------------------------------------------------------------ capture: the ranking */

static int rank_cmp(const void *a, const void *b, const ms_crate *c) {
  const ms_coroutine *x = ms_crate_coroutine(c, *(const size_t *)a);
  const ms_coroutine *y = ms_crate_coroutine(c, *(const size_t *)b);
  long sx = ms_co_size(x), sy = ms_co_size(y);
  if (sx != sy) return sx < sy ? 1 : -1; /* -1 (unknown) sorts last */
  int d = strcmp(ms_co_def_path(x), ms_co_def_path(y));
  if (d) return d;
  size_t ia = *(const size_t *)a, ib = *(const size_t *)b;
  return ia < ib ? -1 : ia > ib;
}

/* Insertion sort with the crate as context (qsort has no user pointer in C11). */
static void rank_sort(size_t *idx, size_t n, const ms_crate *c) {
  for (size_t i = 1; i < n; i++) {
    size_t v = idx[i], j = i;
    while (j > 0 && rank_cmp(&idx[j - 1], &v, c) > 0) {
      idx[j] = idx[j - 1];
      j--;
    }
    idx[j] = v;
  }
}

static const char *size_mark(ms_size_source s) {
  switch (s) {
  case MS_SIZE_PRINT_TYPE_SIZES: return " ";
  case MS_SIZE_COMPUTED: return "~";
  default: return ">=";
  }
}

static void print_ranking(const ms_crate *c, size_t top, const char *json_path,
                          size_t nunits, FILE *out) {
  size_t n = ms_crate_coroutine_count(c);
  size_t exact = 0, with_nm = 0;
  for (size_t i = 0; i < n; i++) {
    exact += ms_co_size_source(ms_crate_coroutine(c, i)) == MS_SIZE_PRINT_TYPE_SIZES;
    with_nm += ms_co_code_exact(ms_crate_coroutine(c, i)) >= 0;
  }
  fprintf(out, "%zu coroutines in %zu crate%s (%zu exact sizes, %zu with nm code sizes)\n", n,
          nunits, nunits == 1 ? "" : "s", exact, with_nm);
  if (!n) return;
  size_t *idx = malloc(n * sizeof *idx);
  if (!idx) return;
  for (size_t i = 0; i < n; i++) idx[i] = i;
  rank_sort(idx, n, c);
  size_t shown = top && top < n ? top : n;
  fprintf(out, "%10s  %6s  %8s  %s\n", "bytes", "states", "code", "coroutine");
  for (size_t k = 0; k < shown; k++) {
    const ms_coroutine *co = ms_crate_coroutine(c, idx[k]);
    long sz = ms_co_size(co), code = ms_co_code_exact(co);
    char szs[32], codes[32];
    if (sz >= 0) snprintf(szs, sizeof szs, "%s%ld", size_mark(ms_co_size_source(co)), sz);
    else snprintf(szs, sizeof szs, "?");
    if (code >= 0) snprintf(codes, sizeof codes, "%ld", code);
    else snprintf(codes, sizeof codes, "~%ld", ms_co_code_estimate(co));
    fprintf(out, "%10s  %6zu  %8s  %s\n", szs, ms_co_state_count(co), codes, ms_co_name(co));
  }
  if (shown < n) fprintf(out, "... and %zu more in %s\n", n - shown, json_path);
  else fprintf(out, "full report: %s\n", json_path);
  free(idx);
}

/* The ranking; then dump errors (the report covers the rest) fail the capture. */
static int print_summary(capture *c) {
  print_ranking(c->crate, c->o->top ? c->o->top : DEFAULT_TOP, c->report.p,
                c->units_dumped.n, c->out);
  if (c->dump_errors)
    return fail(c, MS_CAPTURE_BUILD_FAILED, "%zu dump errors (the report covers the rest)",
                c->dump_errors);
  return MS_CAPTURE_OK;
}

/* ------------------------------------------------------------------ capture */

int ms_capture(const ms_capture_options *o, char *errbuf, size_t errlen) {
  if (errbuf && errlen) errbuf[0] = 0;
  if (!o) {
    if (errbuf && errlen) snprintf(errbuf, errlen, "no options");
    return MS_CAPTURE_USAGE;
  }
  /* Each step returns MS_CAPTURE_OK to go on, else what the capture returns. */
  int (*const steps[])(capture *) = {
      read_crate_names,     /* --crate names checked, '-' read as '_' */
      find_project,         /* the manifest's directory and the workspace's */
      prepare_out_dir,      /* OUT created, its paths named */
      find_wrapper,         /* this program, cargo's RUSTC_WRAPPER */
      read_rustc_version,   /* OUT/rustc-vV.txt: RUSTC_BOOTSTRAP needed? */
      write_wrapper_config, /* OUT/capture.conf */
      clean_slate,          /* old dumps removed, earlier dumped packages cleaned */
      run_build,            /* cargo build, into OUT/cargo.log */
      list_units,           /* OUT/dumps/<unit>: every --crate among them */
      collect_ground_truth, /* per unit: type sizes, nm symbols */
      build_model,          /* every dump with its unit's sizes and symbols */
      write_reports,        /* OUT/report.json, o->write_extra */
      print_summary,        /* the ranking on o->out; dump errors fail */
  };
  capture c;
  capture_init(&c, o, errbuf, errlen);
  int rc = MS_CAPTURE_OK;
  for (size_t i = 0; i < sizeof steps / sizeof *steps && rc == MS_CAPTURE_OK; i++)
    rc = steps[i](&c);
  capture_free(&c);
  return rc;
}
