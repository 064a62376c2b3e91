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
 *   build.txt                     the build: target, opt-level, pointer width, cargo, rustc,
 *                                 the project's root (where the dumps' spans are relative to)
 *   dumps/<unit>/NAME.mir         -Zdump-mir=coroutine_resume output
 *   dumps/<unit>/type-sizes.txt   -Zprint-type-sizes (only `print-type-size` lines)
 *   dumps/<unit>/symbols.txt      `nm -S -C --defined-only` of the unit's artefact
 *   dumps/<unit>/unit.txt         what the wrapper saw: crate, package, artefacts, rustc,
 *                                 target, opt-level
 *   report.json                   ms_crate_write_json_with of everything under dumps/, its
 *                                 dump files relative to OUT (`dumps/<unit>/NAME.mir`)
 *   target/                       cargo's target directory (never the user's target/)
 *   target/mirscope-units.txt     every crate compiled through the wrapper (for re-runs)
 *   target/mirscope-vendor/       with -Zbuild-std offline: one directory source of symlinks
 *                                 (the library's vendored crates and the project's own)
 * <unit> is the crate name, `<crate>-bin` for binaries and `<crate>-test` for test harnesses
 * (crate names never contain `-`).
 *
 * Everything but target/ is written into OUT.attempt (beside OUT) and moved into OUT only
 * when the capture succeeds, so a failed capture leaves the last good one whole; a failed
 * attempt stays in OUT.attempt.  The model names the dumps by their paths in OUT.
 *
 * No file-scope mutable state; `environ` is only read (and replaced in forked children).
 */
#define _XOPEN_SOURCE 700
#include "alloc.h"
#include "mirscope/mirscope.h"
#include "readfile.h"
#include "report.h"
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
} strlist;

/* The noun for a count: `one` for 1, else `many`. */
static const char *noun(size_t n, const char *one, const char *many) {
  return n == 1 ? one : many;
}

static void sl_push(strlist *l, const char *s) {
  if (l->n + 2 > l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->v = ms_xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = ms_xstrdup(s ? s : "");
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

/* Run argv (environment envp, NULL: ours) with stdout to file `out_path` (NULL:
 * /dev/null), stderr to /dev/null. */
static int run_to_file_env(char *const argv[], const char *cwd, char **envp,
                           const char *out_path) {
  int fd = open(out_path ? out_path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                0666);
  if (fd < 0) return -1;
  int nul = open("/dev/null", O_WRONLY | O_CLOEXEC);
  spawn_opts so = {.cwd = cwd, .envp = envp, .in_fd = -1, .out_fd = fd, .err_fd = nul};
  pid_t pid = spawn(argv, &so);
  close(fd);
  if (nul >= 0) close(nul);
  if (pid < 0) return -1;
  return wait_exit(pid);
}

static int run_to_file(char *const argv[], const char *cwd, const char *out_path) {
  return run_to_file_env(argv, cwd, NULL, out_path);
}

/* What argv prints on stdout (malloc'd), or NULL when it cannot run or fails. */
static char *run_read(char *const argv[], const char *cwd, char **envp) {
  char tmpl[] = "/tmp/mirscope-run.XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) return NULL;
  close(fd);
  int rc = run_to_file_env(argv, cwd, envp, tmpl);
  char *t = rc == 0 ? slurp(tmpl, NULL) : NULL;
  unlink(tmpl);
  return t;
}

/* The first line of `text` (changed in place); "" for NULL. */
static const char *first_line(char *text) {
  if (!text) return "";
  text[strcspn(text, "\r\n")] = 0;
  return text;
}

/* The value of `key: VALUE` or `key="VALUE"` lines (rustc -vV, --print cfg) into out. */
static bool line_value(const char *text, const char *key, sbuf *out) {
  size_t k = strlen(key);
  for (const char *l = text; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
    if (strncmp(l, key, k) != 0) continue;
    const char *v = l + k;
    size_t n = strcspn(v, "\"\r\n");
    sb_clear(out);
    sb_putn(out, v, n);
    return true;
  }
  return false;
}

/* An executable file named `name` in a directory of $PATH, into out. */
static bool find_in_path(const char *name, sbuf *out) {
  const char *path = getenv("PATH");
  for (const char *d = path; d && *d;) {
    size_t n = strcspn(d, ":");
    sb_clear(out);
    sb_printf(out, "%.*s/%s", (int)n, n ? d : ".", name);
    if (access(out->p, X_OK) == 0 && is_file(out->p)) return true;
    d += n + (d[n] == ':');
  }
  sb_clear(out);
  return false;
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
  return l.v; /* NULL when it holds nothing: never when a change sets a variable */
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
  c->ok = c->out.len > 0;
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
  const char *target;    /* --target (NULL: the host) */
  const char *opt_level; /* the last -C opt-level (-O: 2; NULL: rustc's default, 0) */
  bool test, bin, lib, proc_macro, cap_lints;
  bool lto; /* -C lto (not =off/no/false) or -C linker-plugin-lto: code is optimised at link */
  strlist types;
} unit_args;

/* The value of a codegen option `-C NAME=V` / `-CNAME=V` at index i, or NULL. */
static const char *codegen_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  if (!strcmp(a, "-C") && *i + 1 < argc && !strncmp(argv[*i + 1], name, n) &&
      argv[*i + 1][n] == '=')
    return argv[++*i] + n + 1;
  if (!strncmp(a, "-C", 2) && !strncmp(a + 2, name, n) && a[2 + n] == '=') return a + 3 + n;
  return NULL;
}

/* A codegen option `-C NAME[=V]` / `-CNAME[=V]` at index i: true, *val its value or "". */
static bool codegen_flag(int argc, char **argv, int *i, const char *name, const char **val) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  int next = 0;
  if (!strcmp(a, "-C") && *i + 1 < argc) a = argv[*i + 1], next = 1;
  else if (!strncmp(a, "-C", 2)) a += 2;
  else return false;
  if (strncmp(a, name, n) || (a[n] && a[n] != '=')) return false;
  *val = a[n] ? a + n + 1 : "";
  *i += next;
  return true;
}

static void parse_unit_args(int argc, char **argv, unit_args *u) {
  memset(u, 0, sizeof *u);
  for (int i = 2; i < argc; i++) {
    const char *v;
    if ((v = opt_value(argc, argv, &i, "--crate-name"))) u->crate_name = v;
    else if ((v = opt_value(argc, argv, &i, "--out-dir"))) u->out_dir = v;
    else if ((v = opt_value(argc, argv, &i, "--cap-lints"))) u->cap_lints = true;
    else if ((v = opt_value(argc, argv, &i, "--target"))) u->target = v;
    else if ((v = codegen_value(argc, argv, &i, "opt-level"))) u->opt_level = v;
    else if (!strcmp(argv[i], "-O")) u->opt_level = "2";
    else if (codegen_flag(argc, argv, &i, "lto", &v))
      u->lto = strcmp(v, "off") && strcmp(v, "no") && strcmp(v, "n") && strcmp(v, "false");
    else if (codegen_flag(argc, argv, &i, "linker-plugin-lto", &v)) u->lto = true;
    else if ((v = opt_value(argc, argv, &i, "--crate-type"))) {
      char buf[256];
      snprintf(buf, sizeof buf, "%s", v);
      char *save = NULL;
      for (char *s = strtok_r(buf, ",", &save); s; s = strtok_r(NULL, ",", &save))
        sl_push(&u->types, s);
    } else if (!strcmp(argv[i], "--test")) u->test = true;
    else if ((v = codegen_value(argc, argv, &i, "extra-filename"))) u->extra = v;
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
      char **nargv = ms_xcalloc((size_t)argc + 1, sizeof *nargv);
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
  if (mkdir_p(dir.p) != 0) {
    fprintf(stderr, "mirscope capture: cannot create %s: %s\n", sb_str(&dir), strerror(errno));
    return 2;
  }
  /* what the wrapper saw: capture reads artefact= lines to find the objects for nm */
  const char *pkg = getenv("CARGO_PKG_NAME");
  sb_printf(&info, "crate=%s\npackage=%s\nversion=%s\nrustc=%s\nopt_level=%s\n", u.crate_name,
            pkg ? pkg : "", getenv("CARGO_PKG_VERSION") ? getenv("CARGO_PKG_VERSION") : "",
            argv[1], u.opt_level ? u.opt_level : "0");
  if (u.target) sb_printf(&info, "target=%s\n", u.target);
  if (u.lto) sb_puts(&info, "lto=yes\n");
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
  if (write_file(p.p, info.p, info.len) != 0) {
    fprintf(stderr, "mirscope capture: cannot write %s\n", sb_str(&p));
    return 2;
  }

  /* stdout carries only -Zprint-type-sizes for a compile command */
  p.len = 0;
  sb_printf(&p, "%s/type-sizes.raw", dir.p);
  int fd = open(sb_str(&p), O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0 || dup2(fd, 1) < 0) {
    fprintf(stderr, "mirscope capture: cannot write %s: %s\n", sb_str(&p), strerror(errno));
    return 2;
  }
  close(fd);

  sbuf dumpdir = {0};
  sb_printf(&dumpdir, "-Zdump-mir-dir=%s", dir.p);
  char **nargv = ms_xcalloc((size_t)argc + 8, sizeof *nargv);
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
  sbuf cargo, rustc;         /* the cargo run and the rustc it drives (paths or PATH names) */
  sbuf which;                /* which they are and why: said once the project is found */
  bool rustc_set;            /* cargo gets RUSTC=rustc (not its own choice from PATH) */
  FILE *out;                 /* the ranking */
  strlist crates;            /* o->crates as crate names ('-' read as '_'), in that order */
  sbuf manifest;             /* o->manifest_path made absolute, or "" */
  sbuf cwd;                  /* its directory: where cargo build and rustc -vV run ("": ours) */
  sbuf root;                 /* the workspace's directory, or "" when cargo could not tell */
  sbuf self;                 /* the wrapper: this very program */
  sbuf outdir;               /* OUT, absolute; target/ and units in it: */
  sbuf target, units, vendor;
  sbuf attempt;              /* OUT.attempt: everything else, moved into OUT on success */
  sbuf conf, log, rustc_vv, build_txt, dumps, report_tmp, report;
  sbuf final_dumps;          /* OUT/dumps: how the model names the dumps */
  sbuf host;                 /* rustc's host triple */
  sbuf triple;               /* the target built for (o->target, else the host) */
  sbuf cfg_target;           /* without --target: the cargo configuration's build.target */
  sbuf opt_level;            /* what the dumped units were compiled with */
  sbuf nm;                   /* the nm that reads the target's objects */
  int pointer_width;         /* of the target (rustc --print cfg) */
  bool bootstrap;            /* RUSTC_BOOTSTRAP=1 for the dumped crates (stable, beta rustc) */
  bool build_std;            /* the target's core is not installed: -Zbuild-std=core */
  bool lto;                  /* a dumped unit was compiled for link-time optimisation */
  strlist nm_linked;         /* the units whose symbols.txt is nm of a linked binary (an
                                executable, a shared library): after link-time optimisation */
  strlist nm_objects;        /* the others whose nm lists sizes: their own objects, before it */
  strlist cargo_config;      /* --config arguments (the vendored library sources) */
  strlist clean;             /* package specs to `cargo clean -p` before the build */
  strlist cargo_argv;        /* cargo build ... */
  char **cargo_env;          /* ... and its environment */
  strlist units_dumped;      /* the directories under dumps/, sorted */
  ms_crate *crate;
  ms_inputs *inputs;
  size_t dump_errors;        /* unreadable or broken dumps, type sizes or symbols */
} capture;

static void capture_init(capture *c, const ms_capture_options *o, char *errbuf, size_t errlen) {
  memset(c, 0, sizeof *c);
  c->o = o;
  c->errbuf = errbuf;
  c->errlen = errlen;
  c->out = o->out ? o->out : stdout;
}

static void capture_free(capture *c) {
  sbuf *bufs[] = {&c->cargo,    &c->rustc,     &c->which,     &c->manifest,   &c->cwd,       &c->root,
                  &c->self,     &c->outdir,    &c->target,     &c->units,     &c->vendor,
                  &c->attempt,  &c->conf,      &c->log,        &c->rustc_vv,  &c->build_txt,
                  &c->dumps,    &c->report_tmp, &c->report,    &c->final_dumps, &c->host,
                  &c->triple,   &c->opt_level, &c->nm,         &c->cfg_target};
  for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++) free(bufs[i]->p);
  strlist *lists[] = {&c->crates,     &c->cargo_config, &c->clean,     &c->cargo_argv,
                      &c->units_dumped, &c->nm_linked,    &c->nm_objects};
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
  char *text = n < 0 ? NULL : ms_xmalloc((size_t)n + 1);
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
  return 0;
}

/* ------------------------------------------------------------------ capture: the steps */

/* Whether a cargo argument (before a `--` of its own) is `--target` or `--target=X`. */
static bool is_target_arg(const char *a) {
  return !strcmp(a, "--target") || !strncmp(a, "--target=", 9);
}

/* The options: --crate names not empty (kept as crate names), the target given as
 * o->target and never among cargo's arguments (capture must know what it builds for), the
 * manifest a file. */
static int check_options(capture *c) {
  const ms_capture_options *o = c->o;
  for (size_t i = 0; i < o->ncrates; i++) {
    const char *name = o->crates[i];
    if (!name || !*name) return fail(c, MS_CAPTURE_USAGE, "empty crate name");
    sl_push_crate(&c->crates, name);
  }
  if (o->target && !*o->target) return fail(c, MS_CAPTURE_USAGE, "empty target");
  for (size_t i = 0; i < o->ncargo_args && strcmp(o->cargo_args[i], "--") != 0; i++)
    if (is_target_arg(o->cargo_args[i]))
      return fail(c, MS_CAPTURE_USAGE, "give the target as capture's --target TRIPLE, not "
                                       "among cargo's arguments after --");
  const char *m = o->manifest_path;
  if (m && is_dir(m))
    return fail(c, MS_CAPTURE_USAGE, "--manifest-path %s is a directory: give the project's "
                                     "Cargo.toml (%s%sCargo.toml)",
                m, m, m[strlen(m) - 1] == '/' ? "" : "/");
  errno = 0;
  if (m && !is_file(m))
    return fail(c, MS_CAPTURE_USAGE, "manifest %s: %s", m,
                errno ? strerror(errno) : "not a regular file");
  return MS_CAPTURE_OK;
}

/* The cargo to run (o->cargo, $CARGO, else `cargo` on PATH) and the rustc it drives ($RUSTC,
 * else the rustc beside a cargo given by path, else `rustc` on PATH); says which. */
static int find_toolchain(capture *c) {
  const char *cargo = "cargo", *how = "on PATH", *env = getenv("CARGO");
  if (c->o->cargo && *c->o->cargo) cargo = c->o->cargo, how = "--cargo";
  else if (env && *env) cargo = env, how = "$CARGO";
  sbuf shown = {0}, rshown = {0};
  char cwd[PATH_MAX];
  /* a relative path made absolute (cargo runs in the project's directory), symlinks kept */
  if (strchr(cargo, '/') && cargo[0] != '/' && getcwd(cwd, sizeof cwd))
    sb_printf(&c->cargo, "%s/", cwd);
  sb_puts(&c->cargo, cargo);
  cargo = sb_str(&c->cargo);
  if (strchr(cargo, '/') ? access(cargo, X_OK) != 0 : !find_in_path(cargo, &shown)) {
    free(shown.p);
    return fail(c, MS_CAPTURE_ERROR, "cannot run cargo %s (%s): give --cargo PATH or set $CARGO",
                cargo, how);
  }
  const char *rustc = getenv("RUSTC"), *rhow = "$RUSTC";
  const char *slash = strrchr(cargo, '/');
  if (rustc && *rustc) {
    if (strchr(rustc, '/') && rustc[0] != '/' && getcwd(cwd, sizeof cwd))
      sb_printf(&c->rustc, "%s/", cwd);
    sb_puts(&c->rustc, rustc);
  } else if (slash) { /* a cargo given by path drives the rustc of its own toolchain */
    sb_printf(&c->rustc, "%.*s/rustc", (int)(slash - cargo), cargo);
    rhow = "beside that cargo";
    if (access(c->rustc.p, X_OK) != 0) sb_clear(&c->rustc);
  }
  c->rustc_set = c->rustc.len > 0;
  if (!c->rustc_set) {
    sb_puts(&c->rustc, "rustc");
    rhow = "on PATH";
    find_in_path("rustc", &rshown);
  }
  sb_printf(&c->which, "mirscope capture: cargo %s (%s), rustc %s (%s)",
            shown.len ? shown.p : cargo, how, rshown.len ? rshown.p : c->rustc.p, rhow);
  free(shown.p);
  free(rshown.p);
  return MS_CAPTURE_OK;
}

/* `cargo locate-project --workspace --message-format plain`: the workspace's Cargo.toml. */
static int locate_workspace(const char *cargo, const char *manifest, sbuf *root) {
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
  char *t = run_read(argv, NULL, NULL);
  if (!t) return -1;
  first_line(t);
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
    if (set_realpath(&c->manifest, m) != 0)
      return fail(c, MS_CAPTURE_USAGE, "manifest %s: %s", m, strerror(errno));
    const char *p = c->manifest.p, *slash = strrchr(p, '/');
    sb_putn(&c->cwd, p, slash && slash != p ? (size_t)(slash - p) : 1);
  }
  if (locate_workspace(c->cargo.p, m ? c->manifest.p : NULL, &c->root) == 0)
    set_realpath(&c->root, c->root.p); /* kept as cargo said it when it does not resolve */
  return MS_CAPTURE_OK;
}

/* Name path `dst` as dir/name. */
static void name_in(sbuf *dst, const sbuf *dir, const char *name) {
  sb_clear(dst);
  sb_printf(dst, "%s/%s", dir->p, name);
}

/* OUT: given, else <workspace root>/target/mirscope; created and made absolute.  Beside it
 * a fresh OUT.attempt, which gets everything but cargo's target dir; the paths named. */
static int prepare_out_dir(capture *c) {
  const char *given = c->o->out_dir;
  if (given && *given)
    sb_puts(&c->outdir, given);
  else if (c->root.len)
    sb_printf(&c->outdir, "%s/target/mirscope", c->root.p);
  else
    return fail(c, MS_CAPTURE_USAGE, "not in a cargo project (cargo locate-project failed); "
                                     "give --manifest-path or run inside the project");
  if (mkdir_p(c->outdir.p) != 0 || set_realpath(&c->outdir, c->outdir.p) != 0)
    return fail(c, MS_CAPTURE_ERROR, "cannot create %s: %s", sb_str(&c->outdir), strerror(errno));
  if (!strcmp(c->outdir.p, "/")) return fail(c, MS_CAPTURE_USAGE, "the output cannot be /");
  sb_printf(&c->attempt, "%s.attempt", c->outdir.p);
  if (rm_rf(c->attempt.p) != 0 || mkdir_p(c->attempt.p) != 0)
    return fail(c, MS_CAPTURE_ERROR, "cannot create %s: %s", sb_str(&c->attempt),
                strerror(errno));
  const struct {
    sbuf *path;
    const sbuf *dir;
    const char *name;
  } layout[] = {
      {&c->target, &c->outdir, "target"},       {&c->units, &c->outdir, "target/" UNITS_NAME},
      {&c->vendor, &c->outdir, "target/mirscope-vendor"},
      {&c->report, &c->outdir, "report.json"},  {&c->final_dumps, &c->outdir, "dumps"},
      {&c->conf, &c->attempt, CONFIG_NAME},     {&c->log, &c->attempt, "cargo.log"},
      {&c->rustc_vv, &c->attempt, "rustc-vV.txt"}, {&c->build_txt, &c->attempt, "build.txt"},
      {&c->dumps, &c->attempt, "dumps"},        {&c->report_tmp, &c->attempt, "report.json"},
  };
  for (size_t i = 0; i < sizeof layout / sizeof *layout; i++)
    name_in(layout[i].path, layout[i].dir, layout[i].name);
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
  return MS_CAPTURE_OK;
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

/* The target the build is for: --target, else the cargo configuration's build.target, else
 * NULL (the host). */
static const char *build_target(const capture *c) {
  return c->o->target ? c->o->target : c->cfg_target.len ? c->cfg_target.p : NULL;
}

/* Without --target, the project's cargo configuration may name one (`[build] target = ..`
 * in .cargo/config.toml, as firmware projects do): cargo then builds for it, and capture must
 * know it before the build (its core may need -Zbuild-std).  Read with `cargo config get`. */
static int config_target(capture *c) {
  if (c->o->target) return MS_CAPTURE_OK;
  char *benv[] = {"RUSTC_BOOTSTRAP=1", NULL}; /* for -Zunstable-options on stable cargo */
  char **env = env_with((const char *const *)benv, 1);
  char *av[] = {c->cargo.p, "-Zunstable-options", "config", "get", "--format", "json-value",
                "build.target", NULL};
  char *t = run_read(av, project_dir(c), env);
  env_free(env);
  if (t) { /* `"thumbv7em-none-eabihf"`, or a list of targets (left to cargo) */
    const char *a = strchr(t, '"'), *b = a ? strchr(a + 1, '"') : NULL;
    if (a && b && t[strspn(t, " \t\n")] == '"' && !strchr(b + 1, '"')) {
      sb_printf(&c->cfg_target, "%.*s", (int)(b - a - 1), a + 1);
      say(c, "mirscope capture: target %s (build.target of the cargo configuration)",
          c->cfg_target.p);
    }
  }
  free(t);
  return MS_CAPTURE_OK;
}

/* `rustc -vV` into OUT/rustc-vV.txt, run where cargo will run; the host triple. */
static int read_rustc_version(capture *c) {
  say(c, "%s", c->which.p);
  char *av[] = {c->rustc.p, "-vV", NULL};
  int r = run_to_file(av, project_dir(c), c->rustc_vv.p);
  if (r != 0)
    return fail(c, MS_CAPTURE_ERROR, "`%s -vV` failed (exit %d): is Rust installed?", c->rustc.p,
                r);
  char *v = slurp(c->rustc_vv.p, NULL);
  c->bootstrap = needs_bootstrap(v);
  line_value(v, "host: ", &c->host);
  free(v);
  sb_puts(&c->triple, build_target(c) ? build_target(c) : sb_str(&c->host));
  return MS_CAPTURE_OK;
}

/* `rustc ARGS...` run where cargo runs: its stdout (malloc'd), NULL when it fails. */
static char *rustc_print(const capture *c, const char *what, const char *target) {
  char *av[] = {c->rustc.p, "--print", (char *)what, target ? "--target" : NULL,
                (char *)target, NULL};
  return run_read(av, project_dir(c), NULL);
}

/* Whether directory `dir` holds a `libcore-*.rlib` (the target's core is installed). */
static bool has_core(const char *dir) {
  DIR *d = opendir(dir);
  bool found = false;
  for (struct dirent *e; d && !found && (e = readdir(d));) {
    size_t n = strlen(e->d_name);
    found = !strncmp(e->d_name, "libcore-", 8) && n > 5 && !strcmp(e->d_name + n - 5, ".rlib");
  }
  if (d) closedir(d);
  return found;
}

/* The crates cargo's arguments ask -Zbuild-std for (`core,alloc`; "core" for a bare
 * -Zbuild-std), NULL when they do not. */
static const char *build_std_arg(const ms_capture_options *o) {
  for (size_t i = 0; i < o->ncargo_args && strcmp(o->cargo_args[i], "--") != 0; i++) {
    const char *a = o->cargo_args[i];
    if (!strcmp(a, "-Z") && i + 1 < o->ncargo_args) a = o->cargo_args[i + 1];
    else if (!strncmp(a, "-Z", 2)) a += 2;
    else continue;
    if (strncmp(a, "build-std", 9) || (a[9] && a[9] != '=')) continue;
    return a[9] == '=' && a[10] ? a + 10 : "core";
  }
  return NULL;
}

static bool build_std_given(const ms_capture_options *o) { return build_std_arg(o) != NULL; }

/* What -Zbuild-std builds in this capture: the crates the arguments name, else `core`. */
static const char *build_std_crates(const capture *c) {
  const char *a = build_std_arg(c->o);
  return a ? a : "core";
}

/* Symlinks in `dst` to every entry of directory `src` whose name `dst` does not have yet. */
static size_t link_entries(const char *src, const char *dst) {
  DIR *d = opendir(src);
  size_t n = 0;
  sbuf from = {0}, to = {0};
  for (struct dirent *e; d && (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    sb_clear(&from);
    sb_clear(&to);
    sb_printf(&from, "%s/%s", src, e->d_name);
    sb_printf(&to, "%s/%s", dst, e->d_name);
    if (is_dir(from.p) && symlink(from.p, to.p) == 0) n++;
  }
  if (d) closedir(d);
  free(from.p);
  free(to.p);
  return n;
}

/* One `source.NAME.KEY = "VALUE" # ORIGIN` line of `cargo config get --show-origin`. */
typedef struct {
  char name[128], key[32], value[PATH_MAX], origin[PATH_MAX];
} config_line;

static bool parse_config_line(const char *l, size_t n, config_line *cl) {
  char fmt[64];
  snprintf(fmt, sizeof fmt, "source.%%127[^.].%%31[^ ] = \"%%%d[^\"]\" # %%%d[^\n]",
           PATH_MAX - 1, PATH_MAX - 1);
  char line[2 * PATH_MAX + 256];
  snprintf(line, sizeof line, "%.*s", (int)n, l);
  return sscanf(line, fmt, cl->name, cl->key, cl->value, cl->origin) == 4;
}

/* The directory the project's cargo configuration replaces crates.io with (following
 * replace-with), as `cargo config get` tells (made absolute: a relative one is relative to
 * the directory holding `.cargo/`); false when there is none. */
static bool project_directory_source(const capture *c, char **env, sbuf *dir) {
  char *av[] = {c->cargo.p, "-Zunstable-options", "config", "get", "--format", "toml",
                "--show-origin", "source", NULL};
  char *t = run_read(av, project_dir(c), env);
  char want[128] = "crates-io";
  bool found = false;
  for (int hop = 0; t && hop < 8 && !found; hop++) {
    bool next = false;
    for (const char *l = t; *l && !next && !found;) {
      size_t n = strcspn(l, "\n");
      config_line cl;
      if (parse_config_line(l, n, &cl) && !strcmp(cl.name, want)) {
        if (!strcmp(cl.key, "replace-with")) {
          next = strlen(cl.value) < sizeof want;
          if (next) memcpy(want, cl.value, strlen(cl.value) + 1);
        } else if (!strcmp(cl.key, "directory") && hop > 0) {
          char *cargo_dir = strstr(cl.origin, "/.cargo/config");
          if (cargo_dir) *cargo_dir = 0;
          sb_clear(dir);
          if (cl.value[0] != '/')
            sb_printf(dir, "%s/", cargo_dir ? cl.origin : opt_or(project_dir(c), "."));
          sb_puts(dir, cl.value);
          found = true;
        }
      }
      l += n + (l[n] == '\n');
    }
    if (!next) break;
  }
  free(t);
  return found;
}

/* Offline, -Zbuild-std needs std's dependencies, which the library sources vendor in
 * `vendor/` (Debian's rust-web-src): crates.io is replaced, on cargo's command line
 * (--config, never in the project), by one directory source of symlinks in our target dir
 * holding them and the crates of the directory source the project already uses (Debian's
 * /usr/share/cargo/registry, say), since crates.io can be replaced only once. */
static int vendor_sources(capture *c, const char *library_vendor) {
  sbuf project = {0}, a = {0}, b = {0};
  char *benv[] = {"RUSTC_BOOTSTRAP=1", NULL}; /* for -Zunstable-options on stable cargo */
  char **env = env_with((const char *const *)benv, 1);
  bool has_project = project_directory_source(c, env, &project);
  env_free(env);
  if (rm_rf(c->vendor.p) != 0 || mkdir_p(c->vendor.p) != 0) {
    free(project.p);
    return fail(c, MS_CAPTURE_ERROR, "cannot create %s: %s", c->vendor.p, strerror(errno));
  }
  size_t n = link_entries(library_vendor, c->vendor.p);
  size_t m = has_project ? link_entries(project.p, c->vendor.p) : 0;
  sb_puts(&a, "source.crates-io.replace-with=\"mirscope-vendor\"");
  sb_printf(&b, "source.mirscope-vendor.directory=\"%s\"", c->vendor.p);
  sl_push(&c->cargo_config, a.p);
  sl_push(&c->cargo_config, b.p);
  if (has_project)
    say(c, "mirscope capture: offline: crates.io is %s, holding the library's %zu vendored "
           "%s and %zu of %s", c->vendor.p, n, noun(n, "crate", "crates"), m, project.p);
  else
    say(c, "mirscope capture: offline: crates.io is %s, holding the library's %zu vendored "
           "%s", c->vendor.p, n, noun(n, "crate", "crates"));
  free(project.p);
  free(a.p);
  free(b.p);
  return MS_CAPTURE_OK;
}

/* For --target: when the target's `core` is not installed, build it with -Zbuild-std=core
 * from the library sources of rustc's sysroot (and their vendored dependencies, offline);
 * when those are missing, say how to get them. */
static int check_target(capture *c) {
  const char *t = build_target(c);
  if (!t) return MS_CAPTURE_OK;
  char *libdir = rustc_print(c, "target-libdir", t);
  if (!libdir)
    return fail(c, MS_CAPTURE_USAGE, "`%s --print target-libdir --target %s` failed: is %s a "
                "target this rustc knows (`rustc --print target-list`)?", c->rustc.p, t, t);
  bool installed = has_core(first_line(libdir));
  c->build_std = !installed || build_std_given(c->o);
  if (installed && !c->build_std) {
    free(libdir);
    return MS_CAPTURE_OK;
  }
  char *sysroot = rustc_print(c, "sysroot", NULL);
  sbuf lib = {0}, probe = {0};
  sb_printf(&lib, "%s/lib/rustlib/src/rust/library", first_line(sysroot));
  sb_printf(&probe, "%s/core/Cargo.toml", lib.p);
  int rc = MS_CAPTURE_OK;
  if (!is_file(sb_str(&probe))) {
    /* Debian's rustc-web has them (rust-web-src) while a rustup cargo comes first on PATH
     * (a firmware trial): say which cargo would do */
    bool web = is_file("/usr/lib/rustlib/src/rust/library/core/Cargo.toml") &&
               is_file("/usr/bin/cargo");
    rc = fail(c, MS_CAPTURE_BUILD_FAILED,
              "%s: core is not installed for this rustc (%s has no libcore) and the library "
              "sources to build it are missing (%s): install them with `rustup component add "
              "rust-src` (rustup), or Debian's `rust-web-src` for rustc-web "
              "(or `rustup target add %s`)%s", t, first_line(libdir), sb_str(&lib), t,
              web ? "; Debian's rustc-web has them: give --cargo /usr/bin/cargo" : "");
  } else {
    say(c, "mirscope capture: %s: core %s: building it with -Zbuild-std=%s from %s", t,
        installed ? "installed, but -Zbuild-std given" : "not installed", build_std_crates(c),
        lib.p);
    sb_clear(&probe);
    sb_printf(&probe, "%s/vendor", lib.p);
    if (is_dir(sb_str(&probe))) rc = vendor_sources(c, probe.p);
  }
  free(libdir);
  free(sysroot);
  free(lib.p);
  free(probe.p);
  return rc;
}

/* OUT.attempt/capture.conf: what the wrapper reads (config_read). */
static int write_wrapper_config(capture *c) {
  sbuf cf = {0};
  sb_printf(&cf, "out=%s\nunits=%s\nbootstrap=%d\nroot=%s\n", c->attempt.p, c->units.p,
            c->bootstrap, sb_str(&c->root));
  const char *chain = getenv("RUSTC_WRAPPER");
  if (chain && *chain && strcmp(chain, c->self.p) != 0) sb_printf(&cf, "chain=%s\n", chain);
  for (size_t i = 0; i < c->crates.n; i++) sb_printf(&cf, "crate=%s\n", c->crates.v[i]);
  int rc = write_file(c->conf.p, cf.p, cf.len) != 0
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
  write_file(units_path, sb_str(&o2), o2.len);
  free(o2.p);
  sl_free(&keep);
}

/* Copy `--profile X` (and the `=` form) from the cargo arguments. */
static void profile_args(const ms_capture_options *o, strlist *out) {
  for (size_t i = 0; i < o->ncargo_args; i++) {
    const char *a = o->cargo_args[i];
    if (!strcmp(a, "--")) break;
    if (!strcmp(a, "--profile") && i + 1 < o->ncargo_args) {
      sl_push(out, a);
      sl_push(out, o->cargo_args[++i]);
    } else if (!strncmp(a, "--profile=", 10)) {
      sl_push(out, a);
    }
  }
}

/* `cargo SUBCOMMAND --offline [--release] [--manifest-path M] --target-dir OUT/target
 * [--target T] [--config ...]`. */
static void cargo_command(const capture *c, strlist *l, const char *subcommand) {
  sl_push(l, c->cargo.p);
  sl_push(l, subcommand);
  sl_push(l, "--offline");
  if (c->o->release) sl_push(l, "--release");
  if (c->manifest.len) {
    sl_push(l, "--manifest-path");
    sl_push(l, c->manifest.p);
  }
  sl_push(l, "--target-dir");
  sl_push(l, c->target.p);
  if (build_target(c)) {
    sl_push(l, "--target");
    sl_push(l, build_target(c));
  }
  for (size_t i = 0; i < c->cargo_config.n; i++) {
    sl_push(l, "--config");
    sl_push(l, c->cargo_config.v[i]);
  }
}

/* `cargo clean -p SPEC` for the profile and target of the build; a package no longer in the
 * build graph makes it fail, which is fine. */
static void cargo_clean(const capture *c, const char *spec) {
  strlist cl = {0};
  cargo_command(c, &cl, "clean");
  profile_args(c->o, &cl);
  sl_push(&cl, "-p");
  sl_push(&cl, spec);
  run_to_file_env(cl.v, NULL, c->cargo_env, NULL);
  sl_free(&cl);
}

static char **cargo_env(const capture *c);

/* A clean slate: crates compiled in an earlier capture are cleaned in our own target dir
 * (cargo would otherwise consider them fresh and never run rustc).  OUT itself is left as
 * it is until the capture succeeds. */
static int clean_slate(capture *c) {
  c->cargo_env = cargo_env(c);
  packages_to_clean(c->units.p, &c->crates, &c->clean);
  for (size_t i = 0; i < c->clean.n; i++) cargo_clean(c, c->clean.v[i]);
  return MS_CAPTURE_OK;
}

/* The environment of cargo: this program as RUSTC_WRAPPER, reading capture.conf; the rustc
 * chosen; RUSTC_BOOTSTRAP=1 for -Zbuild-std on a stable cargo (every crate then sees it). */
static char **cargo_env(const capture *c) {
  strlist changes = {0};
  sbuf a = {0}, b = {0}, r = {0};
  sb_printf(&a, "RUSTC_WRAPPER=%s", c->self.p);
  sb_printf(&b, "%s=%s", MS_CAPTURE_CONFIG_ENV, c->conf.p);
  sb_printf(&r, "RUSTC=%s", c->rustc.p);
  sl_push(&changes, sb_str(&a));
  sl_push(&changes, sb_str(&b));
  if (c->rustc_set) sl_push(&changes, sb_str(&r));
  if (c->build_std && c->bootstrap) sl_push(&changes, "RUSTC_BOOTSTRAP=1");
  sl_push(&changes, "CARGO_TERM_COLOR=never");
  sl_push(&changes, "CARGO_TERM_PROGRESS_WHEN=never");
  sl_push(&changes, "CARGO_INCREMENTAL=0"); /* incremental reuse would skip MIR of some CGUs */
  sl_push(&changes, "CARGO_BUILD_RUSTC_WRAPPER"); /* removed */
  sl_push(&changes, "CARGO_TARGET_DIR");
  char **env = env_with((const char *const *)changes.v, changes.n);
  free(a.p);
  free(b.p);
  free(r.p);
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

/* cargo build with the wrapper, into cargo.log; when it fails, the log's tail is said. */
static int run_build(capture *c) {
  const ms_capture_options *o = c->o;
  cargo_command(c, &c->cargo_argv, "build");
  if (c->build_std && !build_std_given(o)) sl_push(&c->cargo_argv, "-Zbuild-std=core");
  for (size_t i = 0; i < o->ncargo_args; i++) sl_push(&c->cargo_argv, o->cargo_args[i]);
  if (o->progress)
    say(c, "mirscope capture: cargo build%s --offline%s%s%s%s (log: %s)",
        o->release ? " --release" : "", build_target(c) ? " --target " : "", opt_or(build_target(c), ""),
        c->build_std ? " -Zbuild-std=" : "", c->build_std ? build_std_crates(c) : "", c->log.p);
  int st = run_cargo_logged(c);
  if (st == 0) return MS_CAPTURE_OK;
  say_log_tail(c);
  if (st == 127)
    return fail(c, MS_CAPTURE_BUILD_FAILED, "could not run cargo (%s); log: %s", c->cargo.p,
                c->log.p);
  return fail(c, MS_CAPTURE_BUILD_FAILED, "cargo build failed (exit %d); full log: %s", st,
              c->log.p);
}

static int cmp_cstr(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* b = OUT/dumps/UNIT, or OUT/dumps/UNIT/FILE; returns it. */
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
  if (write_file(dst, sb_str(&o), o.len) == 0) unlink(src);
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
 * members nm reads directly, then an executable, a .so, a .a; NULL when none exists.
 * *linked: it is linked (an executable, a .so), its code what the linker kept. */
static char *unit_artefact(const char *unit_txt, bool *linked) {
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
  best = best ? ms_xstrdup(best) : NULL;
  *linked = best_rank == 1 || best_rank == 2;
  free(u);
  return best;
}

/* Whether nm's text lists a size (`-S`: address, size, type, name): objects of LTO bitcode
 * list their symbols without one. */
static bool lists_sizes(const char *nm_text) {
  static const char HEX[] = "0123456789abcdefABCDEF";
  for (const char *l = nm_text; l && *l;) {
    size_t a = strspn(l, HEX), b = a && l[a] == ' ' ? strspn(l + a + 1, HEX) : 0;
    const char *type = l + a + 1 + b; /* " T name" after a size */
    if (b && type[0] == ' ' && type[1] && type[1] != '\n' && type[2] == ' ') return true;
    const char *nl = strchr(l, '\n');
    l = nl ? nl + 1 : NULL;
  }
  return false;
}

/* A unit's ground truth: type-sizes.txt and symbols.txt (`nm -S -C` of its artefact), the
 * unit named in c->nm_linked or c->nm_objects by where its sizes come from. */
static void collect_unit(capture *c, const char *unit) {
  sbuf raw = {0}, txt = {0};
  if (is_file(unit_path(&raw, c, unit, "type-sizes.raw")))
    filter_file(raw.p, unit_path(&txt, c, unit, "type-sizes.txt"), keep_type_size);
  bool linked = false;
  char *art = unit_artefact(unit_path(&txt, c, unit, "unit.txt"), &linked);
  if (art) {
    char *av[] = {c->nm.p, "-S", "-C", "--defined-only", art, NULL};
    /* nm complains about lib.rmeta in an .rlib: ignored */
    run_to_file(av, NULL, unit_path(&raw, c, unit, "symbols.raw"));
    filter_file(sb_str(&raw), unit_path(&txt, c, unit, "symbols.txt"), keep_symbol);
    char *sym = slurp(txt.p, NULL);
    if (linked) sl_push(&c->nm_linked, unit);
    else if (lists_sizes(sym)) sl_push(&c->nm_objects, unit);
    free(sym);
  } else {
    say(c, "mirscope capture: warning: %s: no artefact found for nm; code sizes are estimates",
        unit);
  }
  free(art);
  free(raw.p);
  free(txt.p);
}

/* The nm that reads the target's objects: $NM, else for ARM targets arm-none-eabi-nm when
 * installed (binutils-arm-none-eabi), else nm (Debian's reads ARM ELF objects too). */
static int collect_ground_truth(capture *c) {
  const char *nm = getenv("NM");
  sbuf found = {0};
  if (nm && *nm) sb_puts(&c->nm, nm);
  else if ((!strncmp(c->triple.p, "thumb", 5) || !strncmp(c->triple.p, "arm", 3)) &&
           find_in_path("arm-none-eabi-nm", &found))
    sb_puts(&c->nm, "arm-none-eabi-nm");
  else
    sb_puts(&c->nm, "nm");
  free(found.p);
  for (size_t k = 0; k < c->units_dumped.n; k++) collect_unit(c, c->units_dumped.v[k]);
  return MS_CAPTURE_OK;
}

/* The path the model gives a file under the attempt's dumps/: its path under OUT's. */
static const char *final_path(sbuf *b, const capture *c, const char *path) {
  sb_clear(b);
  size_t n = c->dumps.len;
  if (!strncmp(path, c->dumps.p, n) && (path[n] == '/' || path[n] == 0))
    sb_printf(b, "%s%s", c->final_dumps.p, path + n);
  else
    sb_puts(b, path);
  return sb_str(b);
}

/* A unit's type sizes (for its own dumps only) and symbols into the model. */
static void add_unit_truth(capture *c, const char *unit) {
  sbuf dir = {0}, scope = {0}, f = {0};
  const char *err = NULL;
  unit_path(&dir, c, unit, NULL);
  final_path(&scope, c, dir.p);
  if (is_file(unit_path(&f, c, unit, "type-sizes.txt")) &&
      ms_crate_add_type_sizes_scoped(c->crate, f.p, scope.p, &err) < 0) {
    say(c, "%s: error: cannot read type sizes: %s", f.p, err);
    c->dump_errors++;
  }
  if (is_file(unit_path(&f, c, unit, "symbols.txt")) &&
      ms_crate_add_symbols_file(c->crate, f.p, &err) < 0) {
    say(c, "%s: error: cannot read symbols: %s", f.p, err);
    c->dump_errors++;
  }
  free(dir.p);
  free(scope.p);
  free(f.p);
}

static void model_walk_error(const char *path, const char *msg, void *user) {
  capture *c = user;
  say(c, "%s: error: %s", path, msg);
  c->dump_errors++;
}

/* One dump into the model, named by its path in OUT; its syntax errors are said (naming the
 * file where it is, in the attempt) and counted. */
static void add_dump(capture *c, const char *path) {
  const char *err = NULL;
  size_t len = 0;
  char *text = ms_read_file(path, &len, &err);
  if (!text) {
    say(c, "%s: error: cannot read: %s", path, err ? err : "unknown error");
    c->dump_errors++;
    return;
  }
  sbuf name = {0};
  ms_doc *doc = ms_doc_parse(final_path(&name, c, path), text, len);
  if (ms_doc_error_count(doc)) {
    ms_doc *here = ms_doc_parse(path, text, len);
    for (size_t k = 0; k < ms_doc_diag_count(here); k++)
      if (ms_diag_severity(ms_doc_diag(here, k)) == MS_SEV_ERROR)
        say_diag(c, ms_doc_diag(here, k));
    ms_doc_free(here);
  }
  c->dump_errors += ms_doc_error_count(doc);
  ms_crate_add_doc(c->crate, doc);
  ms_doc_free(doc);
  free(name.p);
  free(text);
}

/* The first value of `key=` in a unit.txt text (NULL when absent), into out. */
static bool unit_value(const char *text, const char *key, sbuf *out) {
  sbuf k = {0};
  sb_printf(&k, "%s=", key);
  bool found = line_value(text, k.p, out);
  free(k.p);
  return found;
}

/* The names of list l, joined by ", " (sep) into b. */
static void sl_join(sbuf *b, const strlist *l, const char *sep) {
  for (size_t i = 0; i < l->n; i++) sb_printf(b, "%s%s", i ? sep : "", l->v[i]);
}

/* What link-time optimisation means for the figures (read_build's warning): the exact ones
 * are nm's of the linked binary (after it) or of a crate's objects (before it), the
 * estimates are of the crates' code before it, and the poison arms' code may fold (a
 * firmware trial's fat-LTO thumbv7em ELF: 4 bytes an arm, where 12 are counted). */
static void say_lto(const capture *c) {
  sbuf exact = {0};
  bool any = false; /* an exact code figure */
  for (size_t i = 0; i < ms_crate_coroutine_count(c->crate) && !any; i++)
    any = ms_co_code_exact(ms_crate_coroutine(c->crate, i)) >= 0;
  if (any && c->nm_linked.n) {
    sb_printf(&exact, "the exact code figures are nm's of the linked %s (",
              c->nm_linked.n == 1 ? "binary" : "binaries");
    sl_join(&exact, &c->nm_linked, ", ");
    sb_puts(&exact, "), after it");
  }
  if (any && c->nm_objects.n) {
    sb_puts(&exact, c->nm_linked.n ? ", or of the crates' objects (" : "the exact code figures are "
                                                                       "nm's of the crates' objects (");
    sl_join(&exact, &c->nm_objects, ", ");
    sb_puts(&exact, "), before it");
  }
  if (!exact.len) sb_puts(&exact, "no code figure is exact (nm sizes none of the coroutines)");
  say(c, "mirscope capture: warning: built with link-time optimisation, which can inline across "
         "crates and merge or drop code: %s; the estimates (≈ corrected, ~ modelled) are of the "
         "crates' code before it, not bounds for the binary; the code of poison arms and "
         "duplicate suspend points (-Zasync-panic's savings) is an upper bound: LTO can fold the "
         "panic calls into one (4 B an arm measured on a thumbv7em fat-LTO binary)",
      exact.p);
  free(exact.p);
}

/* What the dumped units were built for, from what the wrapper saw (unit.txt): the target
 * (none given: the host) and the opt-level; the pointer width from `rustc --print cfg`.
 * Written to build.txt. */
static int read_build(capture *c) {
  sbuf t = {0}, v = {0}, p = {0};
  bool lto = false; /* a dumped unit was compiled for link-time optimisation */
  for (size_t k = 0; k < c->units_dumped.n; k++) {
    char *u = slurp(unit_path(&p, c, c->units_dumped.v[k], "unit.txt"), NULL);
    if (!u) continue;
    if (!unit_value(u, "target", &t)) sb_puts(&t, sb_str(&c->host));
    if (!unit_value(u, "opt_level", &v)) sb_puts(&v, "0");
    sbuf l = {0};
    if (unit_value(u, "lto", &l) && !strcmp(sb_str(&l), "yes")) lto = true;
    free(l.p);
    if (!c->opt_level.len) { /* the first unit's build is the report's */
      sb_clear(&c->triple);
      sb_puts(&c->triple, t.p);
      sb_puts(&c->opt_level, v.p);
    } else if (strcmp(t.p, c->triple.p) || strcmp(v.p, c->opt_level.p)) {
      say(c, "mirscope capture: warning: %s was built for %s at opt-level %s; the report "
             "assumes %s at opt-level %s", c->units_dumped.v[k], t.p, v.p, c->triple.p,
          c->opt_level.p);
    }
    sb_clear(&t);
    sb_clear(&v);
    free(u);
  }
  char *cfg = rustc_print(c, "cfg", build_target(c) || strcmp(c->triple.p, c->host.p) ? c->triple.p : NULL);
  c->pointer_width = line_value(cfg, "target_pointer_width=\"", &p) ? atoi(p.p) : 0;
  free(cfg);
  if (c->pointer_width != 16 && c->pointer_width != 32) c->pointer_width = 64;
  sb_clear(&p);
  sb_printf(&p, "target=%s\nopt_level=%s\npointer_width=%d\ncargo=%s\nrustc=%s\n"
            "build_std=%s\nnm=%s\nroot=%s\nlto=%s\n", c->triple.p, sb_str(&c->opt_level), c->pointer_width,
            c->cargo.p, c->rustc.p, c->build_std ? build_std_crates(c) : "no", sb_str(&c->nm),
            sb_str(&c->root), lto ? "yes" : "no");
  c->lto = lto;
  if (lto) { /* where the exact figures come from: before or after link-time optimisation */
    sb_puts(&p, "nm_linked=");
    sl_join(&p, &c->nm_linked, ",");
    sb_puts(&p, "\nnm_objects=");
    sl_join(&p, &c->nm_objects, ",");
    sb_puts(&p, "\n");
  }
  int rc = write_file(c->build_txt.p, p.p, p.len) != 0
               ? fail(c, MS_CAPTURE_ERROR, "cannot write %s: %s", c->build_txt.p, strerror(errno))
               : MS_CAPTURE_OK;
  free(t.p);
  free(v.p);
  free(p.p);
  return rc;
}

/* The model's warnings (a body not modelled, shared def paths, ambiguous type sizes), as
 * `mirscope report` prints them. */
static void model_warning(const char *path, const char *msg, void *user) {
  say(user, "%s: warning: %s", path ? path : "mirscope", msg);
}

static void model_warning_at(const char *path, unsigned line, unsigned col, const char *msg,
                             void *user) {
  say(user, "%s:%u:%u: warning: %s", path ? path : "mirscope", line, col, msg);
}

/* The model: every unit's type sizes and symbols, then every dump under dumps/, for the
 * target and opt-level the units were built with. */
static int build_model(capture *c) {
  ms_crate_options co = {.pointer_width = c->pointer_width, .target = c->triple.p,
                         .opt_level = sb_str(&c->opt_level), .on_warning = model_warning,
                         .on_warning_at = model_warning_at, .warning_user = c};
  c->crate = ms_crate_new(&co);
  for (size_t k = 0; k < c->units_dumped.n; k++) add_unit_truth(c, c->units_dumped.v[k]);
  const char *paths[1] = {c->dumps.p};
  c->inputs = ms_inputs_collect(paths, 1, model_walk_error, c);
  for (size_t i = 0; i < ms_inputs_count(c->inputs); i++)
    add_dump(c, ms_inputs_path(c->inputs, i));
  ms_crate_finish(c->crate);
  if (c->lto) say_lto(c); /* which figures are exact is known now */
  return MS_CAPTURE_OK;
}

/* Dump errors fail the capture before anything is written or replaced. */
static int check_dumps(capture *c) {
  if (!c->dump_errors) return MS_CAPTURE_OK;
  return fail(c, MS_CAPTURE_BUILD_FAILED, "%zu dump %s: %s is left as it was; the attempt "
              "is in %s (`mirscope report %s/dumps` reports on the rest)", c->dump_errors,
              noun(c->dump_errors, "error", "errors"), c->outdir.p, c->attempt.p, c->attempt.p);
}

/* report.json (written aside, then renamed into place), then o->write_extra, all in the
 * attempt.  report.json's dump files are relative to OUT (`dumps/<unit>/NAME.mir`): the
 * same capture in another directory writes the same report. */
static int write_reports(capture *c) {
  const ms_capture_options *o = c->o;
  sbuf tmp = {0};
  sb_printf(&tmp, "%s.tmp", c->report_tmp.p);
  FILE *f = fopen(tmp.p, "w");
  ms_report_options ro = {.source_root = c->outdir.p};
  int w = f ? ms_crate_write_json_with(c->crate, f, &ro) : -1;
  if (f && fclose(f) != 0) w = -1;
  if (w != 0 || rename(tmp.p, c->report_tmp.p) != 0) {
    free(tmp.p);
    return fail(c, MS_CAPTURE_ERROR, "cannot write %s: %s", c->report_tmp.p, strerror(errno));
  }
  free(tmp.p);
  if (o->write_extra && o->write_extra(c->crate, c->attempt.p, o->write_extra_user) != 0)
    return fail(c, MS_CAPTURE_ERROR, "writing the extra reports into %s failed", c->attempt.p);
  return MS_CAPTURE_OK;
}

/* The capture succeeded: every entry of the attempt replaces its namesake in OUT, and what
 * an earlier capture wrote that this one did not goes; then the attempt is removed. */
static int publish(capture *c) {
  static const char *const OURS[] = {CONFIG_NAME, "cargo.log", "rustc-vV.txt", "build.txt",
                                     "dumps", "report.json", "report.md", "svg"};
  sbuf from = {0}, to = {0};
  int rc = MS_CAPTURE_OK;
  for (size_t i = 0; i < sizeof OURS / sizeof *OURS && rc == MS_CAPTURE_OK; i++) {
    name_in(&from, &c->attempt, OURS[i]);
    name_in(&to, &c->outdir, OURS[i]);
    if (!is_file(from.p) && !is_dir(from.p) && rm_rf(to.p) != 0)
      rc = fail(c, MS_CAPTURE_ERROR, "cannot remove %s: %s", to.p, strerror(errno));
  }
  DIR *d = rc == MS_CAPTURE_OK ? opendir(c->attempt.p) : NULL;
  for (struct dirent *e; d && rc == MS_CAPTURE_OK && (e = readdir(d));) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    name_in(&from, &c->attempt, e->d_name);
    name_in(&to, &c->outdir, e->d_name);
    if (rm_rf(to.p) != 0 || rename(from.p, to.p) != 0)
      rc = fail(c, MS_CAPTURE_ERROR, "cannot move %s to %s: %s", from.p, to.p, strerror(errno));
  }
  if (d) closedir(d);
  if (rc == MS_CAPTURE_OK && rmdir(c->attempt.p) != 0)
    rc = fail(c, MS_CAPTURE_ERROR, "cannot remove %s: %s", c->attempt.p, strerror(errno));
  free(from.p);
  free(to.p);
  return rc;
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

/* The crates cargo built as primary that were not dumped (the units record: a workspace's
 * binary that polls a dumped library's futures), build scripts left out, as "a, b" into b. */
static void undumped_primaries(const capture *c, sbuf *b) {
  char *t = slurp(c->units.p, NULL);
  strlist seen = {0};
  for (char *line = t, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = 0;
    unit_rec r = {0};
    if (!parse_unit_rec(line, &r) || !r.local || !r.primary || sl_has(&seen, r.crate) ||
        !strncmp(r.crate, "build_script_", 13) || crate_dumped(c, r.crate))
      continue;
    sl_push(&seen, r.crate);
    sb_printf(b, "%s--crate %s", seen.n > 1 ? ", " : "", r.crate);
  }
  sl_free(&seen);
  free(t);
}

/* A dumped library none of whose coroutines nm sized, no linked binary dumped beside it: its
 * resume functions are compiled in the crate that polls them (a firmware trial's
 * `--crate drivers`: 0 with nm code sizes and no word why, where the binary of the same build
 * has 5 of them), and under LTO only the linked binary has machine code.  Said once per such
 * library, with what to dump too. */
static void say_unsized_libraries(const capture *c, FILE *out) {
  if (c->nm_linked.n) return;
  size_t n = ms_crate_coroutine_count(c->crate);
  sbuf dir = {0}, add = {0};
  for (size_t k = 0; k < c->units_dumped.n; k++) {
    const char *u = c->units_dumped.v[k];
    size_t ul = strlen(u);
    if ((ul > 4 && !strcmp(u + ul - 4, "-bin")) || (ul > 5 && !strcmp(u + ul - 5, "-test")))
      continue;
    sb_clear(&dir);
    sb_printf(&dir, "%s/%s/", c->final_dumps.p, u);
    size_t cos = 0, sized = 0;
    for (size_t i = 0; i < n; i++) {
      const ms_coroutine *co = ms_crate_coroutine(c->crate, i);
      const char *f = ms_co_file(co);
      if (!f || strncmp(f, dir.p, dir.len)) continue;
      cos++;
      sized += ms_co_code_exact(co) >= 0;
    }
    if (!cos || sized) continue;
    if (!add.len) undumped_primaries(c, &add);
    fprintf(out, "  %s: no nm code size for its %zu %s: a library's resume functions are "
                 "compiled in the crate that polls them, not in its own object%s; dump that "
                 "crate too (%s%s)%s\n",
            u, cos, noun(cos, "coroutine", "coroutines"),
            c->lto ? ", and under LTO only the linked binary holds machine code" : "",
            c->crates.n ? "leave out --crate, or add " : "",
            add.len ? add.p : "--crate with its name",
            c->lto ? ": its nm sizes are the linked binary's, after LTO" : "");
  }
  free(dir.p);
  free(add.p);
}

static void print_ranking(const capture *cap, size_t top) {
  const ms_crate *c = cap->crate;
  const char *json_path = cap->report.p;
  size_t nunits = cap->units_dumped.n;
  bool lto = cap->lto;
  FILE *out = cap->out;
  size_t n = ms_crate_coroutine_count(c);
  size_t exact = 0, with_nm = 0, with_co = 0; /* units (dump directories) that have coroutines */
  for (size_t i = 0; i < n; i++) {
    const ms_coroutine *co = ms_crate_coroutine(c, i);
    exact += ms_co_size_source(co) == MS_SIZE_PRINT_TYPE_SIZES;
    with_nm += ms_co_code_exact(co) >= 0;
    const char *f = ms_co_file(co), *slash = f ? strrchr(f, '/') : NULL;
    size_t dl = slash ? (size_t)(slash - f) : 0;
    bool seen = false;
    for (size_t j = 0; j < i && !seen; j++) {
      const char *g = ms_co_file(ms_crate_coroutine(c, j)), *gs = g ? strrchr(g, '/') : NULL;
      seen = (gs ? (size_t)(gs - g) : 0) == dl && (!dl || !memcmp(f, g, dl));
    }
    with_co += !seen;
  }
  fprintf(out, "%zu %s in %zu %s", n, noun(n, "coroutine", "coroutines"), with_co,
          noun(with_co, "crate", "crates"));
  if (with_co != nunits) fprintf(out, " of %zu dumped", nunits);
  fprintf(out, " (%zu exact %s, %zu with nm code %s)\n", exact, noun(exact, "size", "sizes"),
          with_nm, noun(with_nm, "size", "sizes"));
  if (n && !with_nm && lto && !cap->nm_linked.n) /* a firmware trial's lto = true build */
    fputs("  the objects hold LTO bitcode, not machine code: nm sizes none, every code figure "
          "is modelled\n", out);
  else if (n && !with_nm && lto) { /* a linked binary dumped, every coroutine inlined in it */
    sbuf l = {0};
    sl_join(&l, &cap->nm_linked, ", ");
    fprintf(out, "  nm sizes none: the linked %s (%s) %s no symbol of the coroutines (inlined "
                 "where they are polled, or never built), every code figure is modelled\n",
            cap->nm_linked.n == 1 ? "binary" : "binaries", l.p, cap->nm_linked.n == 1 ? "has" : "have");
    free(l.p);
  }
  say_unsized_libraries(cap, out);
  if (!n) return;
  size_t *idx = ms_xmalloc(n * sizeof *idx);
  for (size_t i = 0; i < n; i++) idx[i] = i;
  rank_sort(idx, n, c);
  size_t shown = top && top < n ? top : n;
  fprintf(out, "%10s  %6s  %8s  %s\n", "bytes", "states", "code", "coroutine");
  for (size_t k = 0; k < shown; k++) {
    const ms_coroutine *co = ms_crate_coroutine(c, idx[k]);
    long sz = ms_co_size(co);
    char szs[32], codes[32];
    if (sz >= 0) snprintf(szs, sizeof szs, "%s%ld", size_mark(ms_co_size_source(co)), sz);
    else snprintf(szs, sizeof szs, "?");
    ms_rep_code_cell(co, codes, sizeof codes); /* as the text report: exact, ≈ corrected, ~ modelled */
    fprintf(out, "%10s  %6zu  ", szs, ms_co_state_count(co));
    ms_rep_pad(out, codes, 8, 1);
    char name[1024]; /* as report's table prints it */
    ms_co_short_name(co, name, sizeof name);
    fprintf(out, "  %s\n", name);
  }
  if (shown < n) fprintf(out, "... and %zu more in %s\n", n - shown, json_path);
  else fprintf(out, "full report: %s\n", json_path);
  free(idx);
}

/* The ranking, naming the report in OUT. */
static int print_summary(capture *c) {
  print_ranking(c, c->o->top ? c->o->top : DEFAULT_TOP);
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
      check_options,        /* --crate names checked, --target not among cargo's arguments */
      find_toolchain,       /* cargo and rustc: which, said */
      find_project,         /* the manifest's directory and the workspace's */
      prepare_out_dir,      /* OUT created, a fresh OUT.attempt beside it, the paths named */
      find_wrapper,         /* this program, cargo's RUSTC_WRAPPER */
      config_target,        /* no --target: the cargo configuration's build.target */
      read_rustc_version,   /* rustc-vV.txt: RUSTC_BOOTSTRAP needed? the host */
      check_target,         /* --target: core installed, else -Zbuild-std=core (vendored) */
      write_wrapper_config, /* capture.conf */
      clean_slate,          /* earlier dumped packages cleaned in our target dir */
      run_build,            /* cargo build, into cargo.log */
      list_units,           /* dumps/<unit>: every --crate among them */
      collect_ground_truth, /* per unit: type sizes, nm symbols */
      read_build,           /* build.txt: target, opt-level, pointer width */
      build_model,          /* every dump with its unit's sizes and symbols */
      check_dumps,          /* dump errors fail, nothing replaced */
      write_reports,        /* report.json, o->write_extra */
      publish,              /* the attempt replaces OUT's outputs */
      print_summary,        /* the ranking on o->out */
  };
  capture c;
  capture_init(&c, o, errbuf, errlen);
  int rc = MS_CAPTURE_OK;
  for (size_t i = 0; i < sizeof steps / sizeof *steps && rc == MS_CAPTURE_OK; i++)
    rc = steps[i](&c);
  capture_free(&c);
  return rc;
}
