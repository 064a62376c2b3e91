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

static void errf(char *errbuf, size_t errlen, const char *fmt, ...) {
  if (!errbuf || !errlen) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(errbuf, errlen, fmt, ap);
  va_end(ap);
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

/* ------------------------------------------------------------------ capture */

static const char *opt_or(const char *s, const char *d) { return s && *s ? s : d; }

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

/* Keep the lines of `src` for which keep() says so; writes `dst`. */
static int filter_file(const char *src, const char *dst, bool (*keep)(const char *line, size_t n)) {
  size_t len = 0;
  char *t = slurp(src, &len);
  if (!t) return -1;
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
  int rc = o.oom ? -1 : write_file(dst, sb_str(&o), o.len);
  free(o.p);
  free(t);
  return rc;
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

typedef struct {
  char crate[256], pkg[256], ver[128];
  bool local, primary;
} unit_rec;

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
    if (nf < 5 || !*f[1]) continue;
    snprintf(r.crate, sizeof r.crate, "%s", f[0]);
    snprintf(r.pkg, sizeof r.pkg, "%s", f[1]);
    snprintf(r.ver, sizeof r.ver, "%s", f[2]);
    r.local = f[3][0] == '1';
    r.primary = f[4][0] == '1';
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

/* Last lines of the log to stderr. */
static void print_log_tail(const char *log_path, FILE *err) {
  size_t len = 0;
  char *t = slurp(log_path, &len);
  if (!t) return;
  size_t start = len, lines = 0;
  while (start > 0) {
    if (t[start - 1] == '\n' && start != len && ++lines >= LOG_TAIL_LINES) break;
    start--;
  }
  fprintf(err, "---- last lines of %s ----\n", log_path);
  fwrite(t + start, 1, len - start, err);
  if (len && t[len - 1] != '\n') fputc('\n', err);
  fprintf(err, "----\n");
  free(t);
}

/* Run cargo, its output into the log; progress (the latest `Compiling` line) on stderr. */
static int run_cargo_logged(char **argv, char **envp, const char *cwd, const char *log_path,
                            bool progress) {
  int logfd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (logfd < 0) return -1;
  int pfd[2];
  if (pipe(pfd) != 0) {
    close(logfd);
    return -1;
  }
  fcntl(pfd[0], F_SETFD, FD_CLOEXEC);
  fcntl(pfd[1], F_SETFD, FD_CLOEXEC);
  spawn_opts so = {.cwd = cwd, .envp = envp, .in_fd = -1, .out_fd = pfd[1], .err_fd = pfd[1]};
  pid_t pid = spawn(argv, &so);
  close(pfd[1]);
  if (pid < 0) {
    close(pfd[0]);
    close(logfd);
    return -1;
  }
  char buf[8192];
  sbuf line = {0};
  size_t compiled = 0;
  bool shown = false;
  for (;;) {
    ssize_t r = read(pfd[0], buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    for (ssize_t off = 0; off < r;) {
      ssize_t w = write(logfd, buf + off, (size_t)(r - off));
      if (w <= 0) break;
      off += w;
    }
    if (!progress) continue;
    for (ssize_t i = 0; i < r; i++) {
      if (buf[i] != '\n') {
        sb_putn(&line, buf + i, 1);
        continue;
      }
      const char *s = sb_str(&line);
      while (*s == ' ') s++;
      if (!strncmp(s, "Compiling ", 10)) {
        compiled++;
        fprintf(stderr, "\r\033[K[%zu] %.*s", compiled, 70, s);
        fflush(stderr);
        shown = true;
      }
      line.len = 0;
      if (line.p) line.p[0] = 0;
    }
  }
  if (shown) fprintf(stderr, "\r\033[K");
  free(line.p);
  close(pfd[0]);
  close(logfd);
  return wait_exit(pid);
}

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

typedef struct {
  size_t errors;
} model_state;

static void model_walk_error(const char *path, const char *msg, void *user) {
  model_state *st = user;
  fprintf(stderr, "%s: error: %s\n", path, msg);
  st->errors++;
}

static int cmp_cstr(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int ms_capture(const ms_capture_options *o, char *errbuf, size_t errlen) {
  if (errbuf && errlen) errbuf[0] = 0;
  if (!o) {
    errf(errbuf, errlen, "no options");
    return MS_CAPTURE_USAGE;
  }
  int rc = MS_CAPTURE_ERROR;
  const char *cargo = opt_or(getenv("CARGO"), "cargo");
  const char *rustc = opt_or(getenv("RUSTC"), "rustc");
  FILE *out = o->out ? o->out : stdout;
  bool progress = o->progress && isatty(STDERR_FILENO);
  sbuf outdir = {0}, root = {0}, p = {0}, target = {0}, units = {0}, conf = {0}, logp = {0};
  sbuf self = {0}, cwd_dir = {0};
  strlist argv = {0}, specs = {0}, changes = {0}, dirs = {0};
  strlist crates = {0}; /* o->crates normalised, in the same order */
  char **envp = NULL;
  ms_crate *crate = NULL;
  ms_inputs *in = NULL;
  char rp[PATH_MAX], manifest_abs[PATH_MAX] = "";

  for (size_t i = 0; i < o->ncrates; i++) {
    if (!o->crates[i] || !*o->crates[i]) {
      errf(errbuf, errlen, "empty crate name");
      rc = MS_CAPTURE_USAGE;
      goto done;
    }
    sl_push_crate(&crates, o->crates[i]);
  }
  if (crates.oom) {
    errf(errbuf, errlen, "out of memory");
    goto done;
  }
  errno = 0; /* a manifest that is there but no file (a directory) says ENOENT, not a stale errno */
  if (o->manifest_path && !is_file(o->manifest_path)) {
    errf(errbuf, errlen, "manifest %s: %s", o->manifest_path, strerror(errno ? errno : ENOENT));
    rc = MS_CAPTURE_USAGE;
    goto done;
  }
  /* the directory cargo and rustc -vV run in (rust-toolchain files are looked up from it) */
  if (o->manifest_path) {
    if (!realpath(o->manifest_path, rp)) {
      errf(errbuf, errlen, "manifest %s: %s", o->manifest_path, strerror(errno));
      rc = MS_CAPTURE_USAGE;
      goto done;
    }
    char *slash = strrchr(rp, '/');
    sb_putn(&cwd_dir, rp, slash && slash != rp ? (size_t)(slash - rp) : 1);
    snprintf(manifest_abs, sizeof manifest_abs, "%s", rp); /* cargo runs elsewhere */
  }

  /* output directory: given, else <workspace root>/target/mirscope */
  bool located = locate_workspace(cargo, o->manifest_path ? rp : NULL, &root) == 0;
  if (located && realpath(root.p, rp)) {
    root.len = 0;
    sb_puts(&root, rp);
  }
  if (o->out_dir && *o->out_dir) {
    sb_puts(&outdir, o->out_dir);
  } else {
    if (!located) {
      errf(errbuf, errlen, "not in a cargo project (cargo locate-project failed); give "
                           "--manifest-path or run inside the project");
      rc = MS_CAPTURE_USAGE;
      goto done;
    }
    sb_printf(&outdir, "%s/target/mirscope", sb_str(&root));
  }
  if (outdir.oom || mkdir_p(outdir.p) != 0 || !realpath(outdir.p, rp)) {
    errf(errbuf, errlen, "cannot create %s: %s", sb_str(&outdir), strerror(errno));
    goto done;
  }
  outdir.len = 0;
  sb_puts(&outdir, rp);

  /* the wrapper: this very program */
  const char *se = o->self_exe && *o->self_exe ? o->self_exe : "/proc/self/exe";
  if (strchr(se, '/')) {
    if (!realpath(se, rp)) {
      errf(errbuf, errlen, "cannot find the mirscope binary %s: %s", se, strerror(errno));
      goto done;
    }
    sb_puts(&self, rp);
  } else {
    sb_puts(&self, se);
  }

  sb_printf(&target, "%s/target", outdir.p);
  sb_printf(&units, "%s/" UNITS_NAME, target.p);
  sb_printf(&conf, "%s/" CONFIG_NAME, outdir.p);
  sb_printf(&logp, "%s/cargo.log", outdir.p);

  /* rustc -vV (in the project's directory: rustup toolchain files apply) */
  sb_printf(&p, "%s/rustc-vV.txt", outdir.p);
  {
    char *av[] = {(char *)rustc, "-vV", NULL};
    int r = run_to_file(av, cwd_dir.len ? cwd_dir.p : NULL, p.p);
    if (r != 0) {
      errf(errbuf, errlen, "`%s -vV` failed (exit %d): is Rust installed?", rustc, r);
      goto done;
    }
  }
  bool bootstrap = true;
  {
    char *v = slurp(p.p, NULL);
    const char *rel = v ? strstr(v, "\nrelease: ") : NULL;
    if (rel) {
      const char *e = strchr(rel + 1, '\n');
      size_t n = e ? (size_t)(e - rel) : strlen(rel);
      char line[128];
      snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line ? n : sizeof line - 1), rel);
      bootstrap = !strstr(line, "nightly") && !strstr(line, "-dev");
    }
    free(v);
  }

  /* configuration for the wrapper */
  {
    sbuf cf = {0};
    sb_printf(&cf, "out=%s\nunits=%s\nbootstrap=%d\nroot=%s\n", outdir.p, units.p, bootstrap,
              sb_str(&root));
    const char *chain = getenv("RUSTC_WRAPPER");
    if (chain && *chain && strcmp(chain, self.p) != 0) sb_printf(&cf, "chain=%s\n", chain);
    for (size_t i = 0; i < crates.n; i++) sb_printf(&cf, "crate=%s\n", crates.v[i]);
    int w = cf.oom ? -1 : write_file(conf.p, cf.p, cf.len);
    free(cf.p);
    if (w != 0) {
      errf(errbuf, errlen, "cannot write %s: %s", conf.p, strerror(errno));
      goto done;
    }
  }

  /* clean slate: old dumps go; crates compiled in an earlier capture are cleaned in our own
   * target dir (cargo would otherwise consider them fresh and never run rustc on them) */
  p.len = 0;
  sb_printf(&p, "%s/dumps", outdir.p);
  if (rm_rf(p.p) != 0) {
    errf(errbuf, errlen, "cannot remove %s: %s", p.p, strerror(errno));
    goto done;
  }
  p.len = 0;
  sb_printf(&p, "%s/report.json", outdir.p);
  unlink(p.p);
  packages_to_clean(units.p, &crates, &specs);
  for (size_t i = 0; i < specs.n; i++) {
    strlist cl = {0};
    sl_push(&cl, cargo);
    sl_push(&cl, "clean");
    sl_push(&cl, "--offline");
    sl_push(&cl, "--target-dir");
    sl_push(&cl, target.p);
    if (o->manifest_path) {
      sl_push(&cl, "--manifest-path");
      sl_push(&cl, manifest_abs);
    }
    if (o->release) sl_push(&cl, "--release");
    profile_args(o, &cl);
    sl_push(&cl, "-p");
    sl_push(&cl, specs.v[i]);
    if (!cl.oom) run_to_file(cl.v, NULL, NULL); /* a package no longer in the graph: fine */
    sl_free(&cl);
  }

  /* cargo build */
  sl_push(&argv, cargo);
  sl_push(&argv, "build");
  sl_push(&argv, "--offline");
  if (o->release) sl_push(&argv, "--release");
  if (o->manifest_path) {
    sl_push(&argv, "--manifest-path");
    sl_push(&argv, manifest_abs);
  }
  sl_push(&argv, "--target-dir");
  sl_push(&argv, target.p);
  for (size_t i = 0; i < o->ncargo_args; i++) sl_push(&argv, o->cargo_args[i]);
  {
    sbuf a = {0}, b = {0};
    sb_printf(&a, "RUSTC_WRAPPER=%s", self.p);
    sb_printf(&b, "%s=%s", MS_CAPTURE_CONFIG_ENV, conf.p);
    sl_push(&changes, sb_str(&a));
    sl_push(&changes, sb_str(&b));
    free(a.p);
    free(b.p);
  }
  sl_push(&changes, "CARGO_TERM_COLOR=never");
  sl_push(&changes, "CARGO_TERM_PROGRESS_WHEN=never");
  sl_push(&changes, "CARGO_INCREMENTAL=0"); /* incremental reuse would skip MIR of some CGUs */
  sl_push(&changes, "CARGO_BUILD_RUSTC_WRAPPER");
  sl_push(&changes, "CARGO_TARGET_DIR");
  if (argv.oom || changes.oom || specs.oom) {
    errf(errbuf, errlen, "out of memory");
    goto done;
  }
  envp = env_with((const char *const *)changes.v, changes.n);
  if (!envp) {
    errf(errbuf, errlen, "out of memory");
    goto done;
  }
  if (progress)
    fprintf(stderr, "mirscope capture: cargo build%s --offline (log: %s)\n",
            o->release ? " --release" : "", logp.p);
  int st = run_cargo_logged(argv.v, envp, cwd_dir.len ? cwd_dir.p : NULL, logp.p, progress);
  if (st != 0) {
    print_log_tail(logp.p, stderr);
    if (st == 127)
      errf(errbuf, errlen, "could not run cargo (%s); log: %s", cargo, logp.p);
    else
      errf(errbuf, errlen, "cargo build failed (exit %d); full log: %s", st, logp.p);
    rc = MS_CAPTURE_BUILD_FAILED;
    goto done;
  }

  /* what was dumped */
  p.len = 0;
  sb_printf(&p, "%s/dumps", outdir.p);
  {
    DIR *d = opendir(p.p);
    for (struct dirent *e; d && (e = readdir(d));) {
      if (e->d_name[0] == '.') continue;
      sbuf q = {0};
      sb_printf(&q, "%s/%s", p.p, e->d_name);
      if (is_dir(sb_str(&q))) sl_push(&dirs, e->d_name);
      free(q.p);
    }
    if (d) closedir(d);
  }
  if (dirs.n) qsort(dirs.v, dirs.n, sizeof *dirs.v, cmp_cstr);
  for (size_t i = 0; i < crates.n; i++) {
    const char *norm = crates.v[i];
    size_t nl = strlen(norm);
    bool found = false;
    for (size_t k = 0; k < dirs.n && !found; k++)
      found = !strncmp(dirs.v[k], norm, nl) && (dirs.v[k][nl] == 0 || dirs.v[k][nl] == '-');
    if (!found) {
      errf(errbuf, errlen,
           "crate %s was not compiled (not in this build, or a proc-macro or build script); "
           "log: %s", o->crates[i], logp.p);
      rc = MS_CAPTURE_BUILD_FAILED;
      goto done;
    }
  }
  if (!dirs.n) {
    errf(errbuf, errlen, "no crate was dumped (nothing selected was compiled); log: %s",
         logp.p);
    rc = MS_CAPTURE_BUILD_FAILED;
    goto done;
  }

  /* ground truth per unit: type sizes, symbols */
  for (size_t k = 0; k < dirs.n; k++) {
    sbuf d = {0}, raw = {0}, txt = {0}, unit = {0};
    sb_printf(&d, "%s/dumps/%s", outdir.p, dirs.v[k]);
    sb_printf(&raw, "%s/type-sizes.raw", sb_str(&d));
    sb_printf(&txt, "%s/type-sizes.txt", sb_str(&d));
    if (is_file(sb_str(&raw))) {
      if (filter_file(raw.p, txt.p, keep_type_size) == 0) unlink(raw.p);
    }
    sb_printf(&unit, "%s/unit.txt", sb_str(&d));
    char *u = slurp(sb_str(&unit), NULL);
    const char *art = NULL;
    int best = 99;
    strlist arts = {0};
    for (char *line = u, *next; line && *line; line = next) {
      next = strchr(line, '\n');
      if (next) *next++ = 0;
      if (!strncmp(line, "artefact=", 9) && is_file(line + 9)) sl_push(&arts, line + 9);
    }
    for (size_t a = 0; a < arts.n; a++) {
      size_t l = strlen(arts.v[a]);
      int rank = l > 5 && !strcmp(arts.v[a] + l - 5, ".rlib") ? 0
                 : l > 3 && !strcmp(arts.v[a] + l - 3, ".so") ? 2
                 : l > 2 && !strcmp(arts.v[a] + l - 2, ".a")  ? 3
                                                              : 1;
      if (rank < best) best = rank, art = arts.v[a];
    }
    if (art) {
      sbuf sraw = {0}, stxt = {0};
      sb_printf(&sraw, "%s/symbols.raw", sb_str(&d));
      sb_printf(&stxt, "%s/symbols.txt", sb_str(&d));
      char *av[] = {"nm", "-S", "-C", "--defined-only", (char *)art, NULL};
      run_to_file(av, NULL, sb_str(&sraw)); /* nm complains about lib.rmeta: ignored */
      if (filter_file(sb_str(&sraw), sb_str(&stxt), keep_symbol) == 0) unlink(sraw.p);
      free(sraw.p);
      free(stxt.p);
    } else {
      fprintf(stderr, "mirscope capture: warning: %s: no artefact found for nm; code sizes "
                      "are estimates\n", dirs.v[k]);
    }
    sl_free(&arts);
    free(u);
    free(d.p);
    free(raw.p);
    free(txt.p);
    free(unit.p);
  }

  /* the model */
  ms_crate_options co = {.pointer_width = 64};
  crate = ms_crate_new(&co);
  if (!crate) {
    errf(errbuf, errlen, "out of memory");
    goto done;
  }
  model_state ms = {0};
  for (size_t k = 0; k < dirs.n; k++) {
    sbuf d = {0}, f = {0};
    const char *err = NULL;
    sb_printf(&d, "%s/dumps/%s", outdir.p, dirs.v[k]);
    sb_printf(&f, "%s/type-sizes.txt", sb_str(&d));
    if (is_file(sb_str(&f)) && ms_crate_add_type_sizes_scoped(crate, f.p, d.p, &err) < 0) {
      fprintf(stderr, "%s: error: cannot read type sizes: %s\n", f.p, err);
      ms.errors++;
    }
    f.len = 0;
    sb_printf(&f, "%s/symbols.txt", sb_str(&d));
    if (is_file(sb_str(&f)) && ms_crate_add_symbols_file(crate, f.p, &err) < 0) {
      fprintf(stderr, "%s: error: cannot read symbols: %s\n", f.p, err);
      ms.errors++;
    }
    free(d.p);
    free(f.p);
  }
  {
    const char *paths[1] = {p.p}; /* <out>/dumps */
    in = ms_inputs_collect(paths, 1, model_walk_error, &ms);
  }
  if (!in) {
    errf(errbuf, errlen, "out of memory");
    goto done;
  }
  for (size_t i = 0; i < ms_inputs_count(in); i++) {
    const char *path = ms_inputs_path(in, i), *err = NULL;
    ms_doc *doc = ms_doc_parse_file(path, &err);
    if (!doc) {
      fprintf(stderr, "%s: error: cannot read: %s\n", path, err ? err : "unknown error");
      ms.errors++;
      continue;
    }
    for (size_t k = 0; k < ms_doc_diag_count(doc); k++)
      if (ms_diag_severity(ms_doc_diag(doc, k)) == MS_SEV_ERROR)
        ms_diag_print(ms_doc_diag(doc, k), stderr, 0);
    ms.errors += ms_doc_error_count(doc);
    ms_crate_add_doc(crate, doc);
    ms_doc_free(doc);
  }
  ms_crate_finish(crate);

  sbuf json = {0}, tmp = {0};
  sb_printf(&json, "%s/report.json", outdir.p);
  sb_printf(&tmp, "%s/report.json.tmp", outdir.p);
  FILE *jf = json.oom || tmp.oom ? NULL : fopen(tmp.p, "w");
  int jw = jf ? ms_crate_write_json(crate, jf) : -1;
  if (jf && fclose(jf) != 0) jw = -1;
  if (jw != 0 || rename(tmp.p, json.p) != 0) {
    errf(errbuf, errlen, "cannot write %s: %s", sb_str(&json), strerror(errno));
    free(json.p);
    free(tmp.p);
    goto done;
  }
  free(tmp.p);
  if (o->write_extra && o->write_extra(crate, outdir.p, o->write_extra_user) != 0) {
    errf(errbuf, errlen, "writing the extra reports into %s failed", outdir.p);
    free(json.p);
    goto done;
  }
  print_ranking(crate, o->top ? o->top : DEFAULT_TOP, json.p, dirs.n, out);
  free(json.p);
  if (ms.errors) {
    errf(errbuf, errlen, "%zu dump errors (the report covers the rest)", ms.errors);
    rc = MS_CAPTURE_BUILD_FAILED;
    goto done;
  }
  rc = MS_CAPTURE_OK;

done:
  ms_inputs_free(in);
  ms_crate_free(crate);
  env_free(envp);
  sl_free(&argv);
  sl_free(&specs);
  sl_free(&changes);
  sl_free(&dirs);
  sl_free(&crates);
  free(outdir.p);
  free(root.p);
  free(p.p);
  free(target.p);
  free(units.p);
  free(conf.p);
  free(logp.p);
  free(self.p);
  free(cwd_dir.p);
  return rc;
}
