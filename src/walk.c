/* Inputs: walking files, directories and stdin; pass names from dump file names. */
#define _POSIX_C_SOURCE 200809L
#include "arena.h"
#include "mirscope/mirscope.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
  dev_t dev;
  ino_t ino;
} DirId;

typedef struct {
  ms_file_fn fn;
  ms_error_fn on_error;
  void *user;
  DirId *seen; /* directories on the current path, for loop detection */
  size_t nseen, capseen;
} Walk;

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && memcmp(s + n - m, suf, m) == 0;
}

static void report(Walk *w, const char *path, const char *msg) {
  if (w->on_error) w->on_error(path, msg, w->user);
}

/*
 * Depth-first walk with an explicit stack of pending paths (no recursion), so that a deep
 * directory tree cannot exhaust the C stack.  Entries of a directory are visited sorted.
 */
typedef struct {
  char *path;
  size_t depth; /* number of ancestors in w->seen when this entry is visited */
  bool explicit_arg;
} Pending;

static int walk_all(Walk *w, const char *const *roots, size_t nroots) {
  Pending *stack = NULL;
  size_t n = 0, cap = 0;
  int rc = 0;
#define PUSH_PENDING(p, d, e)                                                                  \
  do {                                                                                         \
    if (n == cap) {                                                                            \
      size_t nc = cap ? cap * 2 : 64;                                                          \
      Pending *ns = realloc(stack, nc * sizeof *ns);                                           \
      if (!ns) {                                                                               \
        free(p);                                                                               \
        rc = -1;                                                                               \
        goto out;                                                                              \
      }                                                                                        \
      stack = ns;                                                                              \
      cap = nc;                                                                                \
    }                                                                                          \
    stack[n].path = (p);                                                                       \
    stack[n].depth = (d);                                                                      \
    stack[n].explicit_arg = (e);                                                               \
    n++;                                                                                       \
  } while (0)

  for (size_t i = nroots; i-- > 0;) {
    char *p = strdup(roots[i]);
    if (!p) {
      rc = -1;
      goto out;
    }
    PUSH_PENDING(p, 0, true);
  }
  while (n) {
    Pending cur = stack[--n];
    w->nseen = cur.depth;
    if (strcmp(cur.path, "-") == 0) {
      rc = w->fn("-", w->user);
      free(cur.path);
      if (rc) goto out;
      continue;
    }
    struct stat st;
    if (stat(cur.path, &st) != 0) {
      report(w, cur.path, strerror(errno));
      free(cur.path);
      continue;
    }
    if (!S_ISDIR(st.st_mode)) {
      if (cur.explicit_arg || ends_with(cur.path, ".mir")) {
        rc = w->fn(cur.path, w->user);
        if (rc) {
          free(cur.path);
          goto out;
        }
      }
      free(cur.path);
      continue;
    }
    bool loop = false;
    for (size_t k = 0; k < w->nseen; k++)
      if (w->seen[k].dev == st.st_dev && w->seen[k].ino == st.st_ino) loop = true;
    if (loop) {
      report(w, cur.path, "directory loop (symbolic link to an ancestor), skipped");
      free(cur.path);
      continue;
    }
    if (w->nseen == w->capseen) {
      size_t nc = w->capseen ? w->capseen * 2 : 16;
      DirId *ns = realloc(w->seen, nc * sizeof *ns);
      if (!ns) {
        free(cur.path);
        rc = -1;
        goto out;
      }
      w->seen = ns;
      w->capseen = nc;
    }
    w->seen[w->nseen].dev = st.st_dev;
    w->seen[w->nseen].ino = st.st_ino;
    w->nseen++;
    DIR *d = opendir(cur.path);
    if (!d) {
      report(w, cur.path, strerror(errno));
      free(cur.path);
      continue;
    }
    char **names = NULL;
    size_t nn = 0, cn = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
      if (nn == cn) {
        size_t nc = cn ? cn * 2 : 32;
        char **nb = realloc(names, nc * sizeof *nb);
        if (!nb) break;
        names = nb;
        cn = nc;
      }
      size_t lp = strlen(cur.path), le = strlen(e->d_name);
      char *full = malloc(lp + le + 2);
      if (!full) break;
      memcpy(full, cur.path, lp);
      size_t o = lp;
      if (o && full[o - 1] != '/') full[o++] = '/';
      memcpy(full + o, e->d_name, le + 1);
      names[nn++] = full;
    }
    closedir(d);
    qsort(names, nn, sizeof *names, cmp_str);
    for (size_t k = nn; k-- > 0;) PUSH_PENDING(names[k], w->nseen, false);
    free(names);
    free(cur.path);
  }
out:
  for (size_t k = 0; k < n; k++) free(stack[k].path);
  free(stack);
  return rc;
#undef PUSH_PENDING
}

int ms_walk_paths(const char *const *paths, size_t npaths, ms_file_fn fn, ms_error_fn on_error,
                  void *user) {
  Walk w = {.fn = fn, .on_error = on_error, .user = user};
  int rc = walk_all(&w, paths, npaths);
  free(w.seen);
  return rc;
}

/*
 * `{crate}.{item}.{-------|PPP-CCC-NNN}.{pass}.{disambiguator}.mir`, where the item may hold
 * dots only inside braces or angle brackets; numbered passes end in `.before`/`.after`.
 */
int ms_pass_from_filename(const char *filename, char *out, size_t cap) {
  const char *base = strrchr(filename, '/');
  base = base ? base + 1 : filename;
  if (!ends_with(base, ".mir") || cap == 0) return 0;
  size_t len = strlen(base) - 4;
  /* find the pass-number field: `.-------.` or `.D-D-DDD.` outside brackets */
  int depth = 0;
  size_t start = 0;
  bool found = false;
  for (size_t i = 0; i < len; i++) {
    char c = base[i];
    if (c == '{' || c == '<' || c == '(' || c == '[') depth++;
    else if ((c == '}' || c == '>' || c == ')' || c == ']') && depth > 0) depth--;
    else if (c == '.' && depth == 0) {
      size_t j = i + 1;
      while (j < len && (base[j] == '-' || (base[j] >= '0' && base[j] <= '9'))) j++;
      if (j < len && base[j] == '.' && j > i + 1 && memchr(base + i + 1, '-', j - i - 1)) {
        start = j + 1;
        found = true;
      }
    }
  }
  if (!found || start >= len) return 0;
  size_t end = len;
  /* strip the trailing `.N` disambiguator of unnumbered passes */
  size_t k = end;
  while (k > start && base[k - 1] >= '0' && base[k - 1] <= '9') k--;
  if (k < end && k > start && base[k - 1] == '.') end = k - 1;
  size_t n = end - start;
  if (n >= cap) n = cap - 1;
  memcpy(out, base + start, n);
  out[n] = 0;
  return 1;
}
