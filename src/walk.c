/* Inputs: walking files, directories and stdin; pass names from dump file names. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* d_type and DT_* of struct dirent */
#include "alloc.h"
#include "arena.h"
#include "dumpname.h"
#include "record.h"
#include "sniff.h"
#include "mirscope/mirscope.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
  dev_t dev;
  ino_t ino;
} DirId;

typedef struct {
  int (*fn)(const char *path, bool explicit_arg, void *user);
  void (*other)(const char *path, void *user); /* non-.mir files found in directories */
  /* Optional: a `.mir` entry found in a directory, known from its directory entry to be
   * neither a directory nor a symbolic link, is dropped without any path being built or
   * any system call made on it when this returns true (it accounts for the file itself). */
  bool (*drop_name)(const char *name, void *user);
  void *user;
  ms_error_fn on_error;
  void *err_user;
  DirId *seen; /* directories on the current path, for loop detection */
  size_t nseen, capseen;
} Walk;

static bool ends_with_n(const char *s, size_t n, const char *suf) {
  size_t m = strlen(suf);
  return n >= m && memcmp(s + n - m, suf, m) == 0;
}

static bool ends_with(const char *s, const char *suf) { return ends_with_n(s, strlen(s), suf); }

static void report(Walk *w, const char *path, const char *msg) {
  if (w->on_error) w->on_error(path, msg, w->err_user);
}

/* What a directory entry is known to be without a `stat` of it. */
enum {
  KIND_STAT,   /* unknown, a directory or a symbolic link: `stat` it */
  KIND_REG,    /* a regular file */
  KIND_NONREG, /* neither a directory, a symbolic link nor a regular file */
};

static unsigned char kind_of(const struct dirent *e) {
#ifdef DT_UNKNOWN
  switch (e->d_type) {
  case DT_REG: return KIND_REG;
#ifdef DT_FIFO
  case DT_FIFO:
#endif
#ifdef DT_CHR
  case DT_CHR:
#endif
#ifdef DT_BLK
  case DT_BLK:
#endif
#ifdef DT_SOCK
  case DT_SOCK:
#endif
    return KIND_NONREG;
  default: return KIND_STAT;
  }
#else
  (void)e;
  return KIND_STAT;
#endif
}

/*
 * Depth-first walk with an explicit stack of pending paths (no recursion), so that a deep
 * directory tree cannot exhaust the C stack.  Entries of a directory are visited sorted.
 * Only directories, symbolic links and entries whose type readdir does not give are
 * `stat`ed; the names of a directory are kept in one reused buffer and a path is built
 * only for the entries that are visited.
 */
typedef struct {
  char *path;
  size_t depth; /* number of ancestors in w->seen when this entry is visited */
  bool explicit_arg;
  unsigned char kind;
} Pending;

typedef struct {
  size_t off; /* of the name in the name buffer */
  size_t len;
  const char *name; /* set once the buffer holds every name of the directory */
  unsigned char kind;
} Entry;

/* Sorting by name sorts by full path: the paths of one directory share their prefix. */
static int cmp_entry(const void *a, const void *b) {
  return strcmp(((const Entry *)a)->name, ((const Entry *)b)->name);
}

/* The walk's work list and the current directory's entries (buffers reused per directory). */
typedef struct {
  Walk *w;
  Pending *stack;
  size_t n, cap;
  char *names; /* the current directory's names, NUL-terminated, back to back */
  size_t nbytes, capbytes;
  Entry *ents;
  size_t nents, capents;
  /* every directory listed so far (open addressing on dev and inode): a directory reached
   * again (given twice, given with its parent, a symbolic link beside it) is walked once */
  DirId *done;
  size_t ndone, capdone; /* capdone: 0 or a power of two */
} walk_state;

static bool slot_used(const DirId *d) { return d->ino || d->dev; }

static size_t dir_slot(const walk_state *ws, const struct stat *st) {
  uint64_t h = (uint64_t)st->st_ino * 0x9E3779B97F4A7C15u ^ (uint64_t)st->st_dev;
  size_t i = (size_t)(h ^ h >> 29) & (ws->capdone - 1);
  while (slot_used(&ws->done[i])) {
    if (ws->done[i].dev == st->st_dev && ws->done[i].ino == st->st_ino) break;
    i = (i + 1) & (ws->capdone - 1);
  }
  return i;
}

/* Record directory st as listed by this walk; false when it already was. */
static bool first_listing(walk_state *ws, const struct stat *st) {
  if (ws->capdone && slot_used(&ws->done[dir_slot(ws, st)])) return false;
  if (2 * (ws->ndone + 1) > ws->capdone) { /* grow, and place every entry again */
    DirId *old = ws->done;
    size_t ncap = ws->capdone;
    ws->capdone = ncap ? ncap * 2 : 64;
    ws->done = ms_xcalloc(ws->capdone, sizeof *ws->done);
    for (size_t k = 0; k < ncap; k++)
      if (slot_used(&old[k])) {
        struct stat o = {.st_dev = old[k].dev, .st_ino = old[k].ino};
        ws->done[dir_slot(ws, &o)] = old[k];
      }
    free(old);
  }
  ws->done[dir_slot(ws, st)] = (DirId){st->st_dev, st->st_ino};
  ws->ndone++;
  return true;
}

static void push_pending(walk_state *ws, char *path, size_t depth, bool explicit_arg, unsigned char kind) {
  if (ws->n == ws->cap) {
    ws->cap = ws->cap ? ws->cap * 2 : 64;
    ws->stack = ms_xrealloc(ws->stack, ws->cap * sizeof *ws->stack);
  }
  ws->stack[ws->n++] = (Pending){.path = path, .depth = depth, .explicit_arg = explicit_arg, .kind = kind};
}

/* Remember directory st as entered (for loop detection); false when it is an ancestor. */
static bool enter_dir(Walk *w, const struct stat *st) {
  for (size_t k = 0; k < w->nseen; k++)
    if (w->seen[k].dev == st->st_dev && w->seen[k].ino == st->st_ino) return false;
  if (w->nseen == w->capseen) {
    w->capseen = w->capseen ? w->capseen * 2 : 16;
    w->seen = ms_xrealloc(w->seen, w->capseen * sizeof *w->seen);
  }
  w->seen[w->nseen++] = (DirId){st->st_dev, st->st_ino};
  return true;
}

/* Read directory d's entries, sorted by name, into ws->ents (names dropped by name left out). */
static void list_dir(walk_state *ws, DIR *d) {
  Walk *w = ws->w;
  ws->nbytes = ws->nents = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    const char *nm = e->d_name;
    if (nm[0] == '.' && (nm[1] == 0 || (nm[1] == '.' && nm[2] == 0))) continue;
    unsigned char kind = kind_of(e);
    size_t le = strlen(nm);
    if (kind != KIND_STAT && w->drop_name && ends_with_n(nm, le, ".mir") && w->drop_name(nm, w->user))
      continue;
    if (ws->nents == ws->capents) {
      ws->capents = ws->capents ? ws->capents * 2 : 64;
      ws->ents = ms_xrealloc(ws->ents, ws->capents * sizeof *ws->ents);
    }
    if (ws->capbytes - ws->nbytes < le + 1) {
      size_t nc = ws->capbytes ? ws->capbytes * 2 : 4096;
      while (nc - ws->nbytes < le + 1) nc *= 2;
      ws->names = ms_xrealloc(ws->names, nc);
      ws->capbytes = nc;
    }
    memcpy(ws->names + ws->nbytes, nm, le + 1);
    ws->ents[ws->nents++] = (Entry){.off = ws->nbytes, .len = le, .kind = kind};
    ws->nbytes += le + 1;
  }
  for (size_t k = 0; k < ws->nents; k++) ws->ents[k].name = ws->names + ws->ents[k].off;
  if (ws->nents) /* names in a directory are unique */
    qsort(ws->ents, ws->nents, sizeof *ws->ents, cmp_entry);
}

/* Push the entries of directory `path` (already entered), last first so they pop in order. */
static void push_entries(walk_state *ws, const char *path) {
  size_t lp = strlen(path);
  bool slash = lp && path[lp - 1] != '/';
  for (size_t k = ws->nents; k-- > 0;) {
    size_t le = ws->ents[k].len;
    char *full = ms_xmalloc(lp + slash + le + 1);
    memcpy(full, path, lp);
    if (slash) full[lp] = '/';
    memcpy(full + lp + slash, ws->ents[k].name, le + 1);
    push_pending(ws, full, ws->w->nseen, false, ws->ents[k].kind);
  }
}

/* One pending path: a file is handed on (dumps, explicit paths) or to `other`; a directory
 * is listed.  Returns fn's non-zero value to stop the walk. */
static int visit(walk_state *ws, const Pending *cur) {
  Walk *w = ws->w;
  if (strcmp(cur->path, "-") == 0) return w->fn("-", true, w->user);
  struct stat st;
  bool isdir = false, isreg = cur->kind == KIND_REG;
  if (cur->kind == KIND_STAT) {
    if (stat(cur->path, &st) != 0) {
      report(w, cur->path, strerror(errno));
      return 0;
    }
    isdir = S_ISDIR(st.st_mode);
    isreg = S_ISREG(st.st_mode);
  }
  if (!isdir) {
    if (cur->explicit_arg || ends_with(cur->path, ".mir")) return w->fn(cur->path, cur->explicit_arg, w->user);
    if (w->other && isreg) w->other(cur->path, w->user);
    return 0;
  }
  if (!enter_dir(w, &st)) {
    report(w, cur->path, "directory loop (symbolic link to an ancestor), skipped");
    return 0;
  }
  if (!first_listing(ws, &st)) return 0; /* its files are already on the way */
  DIR *d = opendir(cur->path);
  if (!d) {
    report(w, cur->path, strerror(errno));
    return 0;
  }
  list_dir(ws, d);
  closedir(d);
  push_entries(ws, cur->path);
  return 0;
}

static int walk_all(Walk *w, const char *const *roots, size_t nroots) {
  walk_state ws = {.w = w};
  int rc = 0;
  for (size_t i = nroots; i-- > 0;) push_pending(&ws, ms_xstrdup(roots[i]), 0, true, KIND_STAT);
  while (ws.n && !rc) {
    Pending cur = ws.stack[--ws.n];
    w->nseen = cur.depth;
    rc = visit(&ws, &cur);
    free(cur.path);
  }
  for (size_t k = 0; k < ws.n; k++) free(ws.stack[k].path);
  free(ws.stack);
  free(ws.names);
  free(ws.ents);
  free(ws.done);
  return rc;
}

typedef struct {
  ms_file_fn fn;
  void *user;
} Plain;

static int plain_fn(const char *path, bool explicit_arg, void *user) {
  (void)explicit_arg;
  const Plain *p = user;
  return p->fn(path, p->user);
}

int ms_walk_paths(const char *const *paths, size_t npaths, ms_file_fn fn, ms_error_fn on_error,
                  void *user) {
  Plain pl = {fn, user};
  Walk w = {.fn = plain_fn, .user = &pl, .on_error = on_error, .err_user = user};
  int rc = walk_all(&w, paths, npaths);
  free(w.seen);
  return rc;
}

/*
 * `{crate}.{item}.{-------|PPP-CCC-NNN}.{pass}.{disambiguator}.mir`, where the item may hold
 * dots only inside braces or angle brackets (or before a brace group: `ptr-drop_in_place.{..}`);
 * numbered passes end in `.before`/`.after`.  With -Zdump-mir-exclude-pass-number the number
 * field is left out: `{crate}.{item}.{pass}.{after|before|N}.mir`.  The pass (its text, with
 * `.after`/`.before`, without `.N`) is base[*ps, *pe); the body key `crate.item` base[0,
 * *keylen).  false when it is not a dump name.
 */
static bool parse_dump_name(const char *base, size_t *ps, size_t *pe, size_t *keylen) {
  size_t blen = strlen(base);
  if (!ends_with_n(base, blen, ".mir")) return false;
  size_t len = blen - 4;
  enum { OPEN = 1, CLOSE, DOT };
  static const unsigned char cls[256] = {['{'] = OPEN,  ['<'] = OPEN,  ['('] = OPEN,
                                         ['['] = OPEN,  ['}'] = CLOSE, ['>'] = CLOSE,
                                         [')'] = CLOSE, [']'] = CLOSE, ['.'] = DOT};
  int depth = 0;
  size_t start = 0, field = 0, last = 0, prev = 0, ndots = 0; /* top-level dots: the last two */
  bool found = false;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = cls[(unsigned char)base[i]];
    if (!c) continue;
    if (c == OPEN) depth++;
    else if (c == CLOSE) {
      if (depth > 0) depth--;
    } else if (depth == 0) {
      prev = last, last = i, ndots++;
      size_t j = i + 1; /* the pass-number field: `.-------.` or `.D-D-DDD.` */
      while (j < len && (base[j] == '-' || (base[j] >= '0' && base[j] <= '9'))) j++;
      if (j < len && base[j] == '.' && j > i + 1 && memchr(base + i + 1, '-', j - i - 1)) {
        start = j + 1;
        field = i;
        found = true;
      }
    }
  }
  size_t end = len;
  if (found && start < len) {
    /* strip the trailing `.N` disambiguator of unnumbered passes */
    size_t k = end;
    while (k > start && base[k - 1] >= '0' && base[k - 1] <= '9') k--;
    if (k < end && k > start && base[k - 1] == '.') end = k - 1;
    *ps = start, *pe = end, *keylen = field;
    return field > 0;
  }
  /* no number field: `crate.item.pass.after` / `crate.item.pass.N` (three dots at least) */
  if (ndots < 3) return false;
  const char *suf = base + last + 1;
  size_t sl = len - last - 1, digits = strspn(suf, "0123456789");
  bool after = (sl == 5 && !memcmp(suf, "after", 5)) || (sl == 6 && !memcmp(suf, "before", 6));
  if (!after && (!sl || digits < sl)) return false;
  const char *pass = base + prev + 1;
  size_t pl = last - prev - 1;
  if (!pl || !((*pass >= 'a' && *pass <= 'z') || (*pass >= 'A' && *pass <= 'Z'))) return false;
  for (size_t i = 0; i < pl; i++)
    if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", pass[i]))
      return false;
  *ps = prev + 1, *pe = after ? len : last, *keylen = prev;
  return true;
}

int ms_pass_from_filename(const char *filename, char *out, size_t cap) {
  const char *base = strrchr(filename, '/');
  base = base ? base + 1 : filename;
  size_t ps, pe, keylen;
  if (cap == 0 || !parse_dump_name(base, &ps, &pe, &keylen)) return 0;
  size_t n = pe - ps;
  if (n >= cap) n = cap - 1;
  memcpy(out, base + ps, n);
  out[n] = 0;
  return 1;
}

/* ------------------------------------------------------------------ input selection */

typedef struct {
  char *path;
  char *key;  /* file name without the pass part, with its directory; NULL: keep */
  int rank;   /* pass_rank_of: 0 resume, 1 StateTransform.after, 2 PreCodegen.after, 3 other */
  bool keep;
  bool repeat; /* the same file as a kept one (drop_repeats): neither kept nor skipped */
} Cand;

/* The passes of the dump files skipped by pass selection, with how many files each. */
typedef struct {
  char *name;
  size_t files;
} SkippedPass;

/* A path named explicitly that is not a dump to read (ms_input_sniff). */
typedef struct {
  char *path;
  ms_input_kind kind;
  unsigned line, col; /* of the first byte that is not text (binary files) */
} Rejected;

struct ms_inputs {
  Cand *c;
  size_t n, cap;
  const char **kept; /* paths of the kept candidates, in walk order */
  size_t nkept;
  char **ts;
  size_t nts, capts;
  char **sym, **symscope; /* captures' symbols.txt beside listed type sizes, and scopes */
  size_t nsym;
  size_t skipped, errors;
  size_t dropped; /* skipped from their name alone, without a candidate */
  SkippedPass *passes;
  size_t npasses, cappasses;
  Rejected *rejected;
  size_t nrejected, caprejected;
  /* dumps of a body another dump of the same rank was kept for (the same crate and item in
   * one directory: generator_resume beside coroutine_resume of two toolchains) */
  size_t shadowed;
  const char *shadowed_kept, *shadowed_dropped; /* the first such pair (paths in c[]) */
  ms_error_fn on_error;
  void *user;
};

/* Count a dump file of pass `pass` as skipped by pass selection. */
static void note_skipped_pass(ms_inputs *in, const char *pass) {
  for (size_t i = 0; i < in->npasses; i++)
    if (!strcmp(in->passes[i].name, pass)) {
      in->passes[i].files++;
      return;
    }
  if (in->npasses == in->cappasses) {
    in->cappasses = in->cappasses ? in->cappasses * 2 : 8;
    in->passes = ms_xrealloc(in->passes, in->cappasses * sizeof *in->passes);
  }
  in->passes[in->npasses++] = (SkippedPass){ms_xstrdup(pass), 1};
}

/* Whether the body key `crate.item` (keylen bytes of base) names a closure-like item, as
 * every coroutine body is: its last segment `{closure#N}` or `{synthetic#N}`. */
static bool closure_item(const char *base, size_t keylen) {
  if (!keylen || base[keylen - 1] != '}') return false;
  size_t i = keylen - 1;
  while (i > 0 && base[i - 1] >= '0' && base[i - 1] <= '9') i--;
  if (i == keylen - 1 || i == 0 || base[i - 1] != '#') return false;
  i--;
  return (i >= 8 && !memcmp(base + i - 8, "{closure", 8)) ||
         (i >= 10 && !memcmp(base + i - 10, "{synthetic", 10));
}

/* The rank of a dump file of `pass` (base: its name): 0 resume, 1 StateTransform.after, 2
 * PreCodegen.after (runtime-optimized.after on nightlies without it) of a closure-like item (the final MIR, with the layout: a coroutine's
 * when nothing better is dumped), 3 other (never read). */
static int pass_rank_of(const char *base, const char *pass, size_t keylen) {
  if (!strcmp(pass, "coroutine_resume") || !strcmp(pass, "generator_resume")) return 0;
  if (!strcmp(pass, "StateTransform.after")) return 1;
  /* nightly 1.97 has no PreCodegen pass: its final MIR is runtime-optimized's (a trial) */
  if ((!strcmp(pass, "PreCodegen.after") || !strcmp(pass, "runtime-optimized.after")) &&
      closure_item(base, keylen))
    return 2;
  return 3;
}

/*
 * Of a dump file name `crate.item.-------.pass.0.mir` (no directory): its pass in pass[]
 * and in *keylen the length of its body key `crate.item`.  false when it is not a dump
 * name.
 */
static bool dump_name(const char *base, char *pass, size_t cap, size_t *keylen) {
  size_t ps, pe;
  if (cap == 0 || !parse_dump_name(base, &ps, &pe, keylen)) return false;
  size_t n = pe - ps < cap ? pe - ps : cap - 1;
  memcpy(pass, base + ps, n);
  pass[n] = 0;
  return true;
}

size_t ms_dump_body_key_len(const char *base) {
  char pass[128];
  size_t keylen;
  return dump_name(base, pass, sizeof pass, &keylen) ? keylen : 0;
}

/* `dir/crate.item.-------.pass.0.mir` -> `dir/crate.item` (NULL when not a dump name). */
static char *body_key(const char *path, char *pass, size_t cap) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t keylen;
  if (!dump_name(base, pass, cap, &keylen)) return NULL;
  return ms_xstrndup(path, (size_t)(base - path) + keylen);
}

/* ------------------------------------------------------------------ what a file is */

/* Bytes of the valid UTF-8 sequence at p (n bytes left) that is not a C1 control, else 0. */
static size_t utf8_len(const unsigned char *p, size_t n) {
  size_t len = p[0] >= 0xc2 && p[0] <= 0xdf ? 2 : p[0] >= 0xe0 && p[0] <= 0xef ? 3
             : p[0] >= 0xf0 && p[0] <= 0xf4 ? 4 : 0;
  if (!len || len > n) return len > n ? len : 0; /* cut by the end of what was read: text */
  for (size_t k = 1; k < len; k++)
    if ((p[k] & 0xc0) != 0x80) return 0;
  if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0) ||
      (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90) || (p[0] == 0xc2 && p[1] < 0xa0))
    return 0; /* overlong, surrogate, beyond U+10FFFF, C1 control */
  return len;
}

/* The code point of the valid UTF-8 sequence of len bytes at p. */
static unsigned long code_point(const unsigned char *p, size_t len) {
  unsigned long c = len == 2 ? p[0] & 0x1f : len == 3 ? p[0] & 0x0f : p[0] & 0x07;
  for (size_t k = 1; k < len; k++) c = c << 6 | (p[k] & 0x3f);
  return c;
}

/* Does a terminal show code point c in two columns (East Asian Wide and Fullwidth: Hangul
 * Jamo, CJK, Hangul syllables, compatibility ideographs, fullwidth forms, the emoji block,
 * the supplementary ideographic planes)? */
static bool wide(unsigned long c) {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f) ||
         (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
         (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
         (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) ||
         (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
}

/* Bytes of the character at s (n > 0 bytes left) that a terminal shows as it is (valid
 * UTF-8, neither a C0 control but tab and newline, nor DEL, nor a C1 control); 0 for a byte
 * that is written `\xNN` (ms_write_safe, ms_safe_copy). */
static size_t safe_char_len(const unsigned char *s, size_t n) {
  unsigned char b = s[0];
  if (b < 0x80) return (b >= 0x20 && b != 0x7f) || b == '\t' || b == '\n' ? 1 : 0;
  size_t len = utf8_len(s, n);
  return len > 1 && len <= n ? len : 0;
}

size_t ms_write_safe(FILE *out, const char *s, size_t n) {
  size_t cols = 0;
  for (size_t i = 0; i < n;) {
    const unsigned char *c = (const unsigned char *)s + i;
    size_t len = safe_char_len(c, n - i);
    if (len) {
      if (out) fwrite(c, 1, len, out);
      cols += len > 2 && wide(code_point(c, len)) ? 2 : 1;
      i += len;
    } else {
      if (out) fprintf(out, "\\x%02x", *c);
      i++;
      cols += 4;
    }
  }
  return cols;
}

size_t ms_safe_copy(char *out, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    const unsigned char *c = (const unsigned char *)s + i;
    size_t len = safe_char_len(c, n - i);
    if (len) {
      if (out) memcpy(out + o, c, len);
      o += len;
      i += len;
    } else {
      if (out) {
        out[o] = '\\';
        out[o + 1] = 'x';
        out[o + 2] = hex[*c >> 4];
        out[o + 3] = hex[*c & 15];
      }
      o += 4;
      i++;
    }
  }
  if (out) out[o] = 0;
  return o;
}

ms_input_kind ms_input_sniff(const char *path, unsigned *line, unsigned *col) {
  unsigned char buf[MS_SNIFF_BYTES];
  struct stat st;
  FILE *f = stat(path, &st) == 0 && S_ISREG(st.st_mode) ? fopen(path, "rb") : NULL;
  if (!f) return MS_INPUT_DUMP; /* not a regular file, or unreadable: the reader says */
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  ms_input_kind k = ms_sniff_bytes(buf, n, line, col);
  size_t pl = strlen(path);
  if (k == MS_INPUT_DUMP && pl > 3 && !strcmp(path + pl - 3, ".rs") &&
      !(n >= 11 && !memcmp(buf, "// MIR for ", 11)) && !(n >= 11 && !memcmp(buf, "// WARNING: ", 11)))
    k = MS_INPUT_RUST_SOURCE;
  return k;
}

/* Is line l (n bytes) an `nm` line: `ADDR TYPE NAME`, `ADDR SIZE TYPE NAME` (ADDR and SIZE hex),
 * or an undefined `   U NAME`? */
static bool nm_symbol_line(const unsigned char *l, size_t n) {
  size_t i = 0, hexes = 0;
  if (n && l[0] == ' ') { /* undefined: blanks where the address is, then `U NAME` */
    while (i < n && l[i] == ' ') i++;
    if (i < 8) return false;
  } else {
    while (hexes < 2) {
      size_t s = i;
      while (i < n && isxdigit(l[i])) i++;
      if (i - s < 8 || i >= n || l[i] != ' ') {
        i = s;
        break;
      }
      hexes++;
      i++;
    }
    if (!hexes) return false;
  }
  return i + 2 < n && isalpha(l[i]) && l[i + 1] == ' ' && l[i + 2] != ' ';
}

/* `nm` output: its first lines (up to 8, blank ones skipped) are object headers (`x.o:`, no
 * blank in them) or symbol lines, and one at least is a symbol line. */
static bool nm_text(const unsigned char *buf, size_t n) {
  size_t syms = 0, lines = 0;
  for (size_t i = 0; i < n && lines < 8;) {
    size_t e = i;
    while (e < n && buf[e] != '\n') e++;
    if (e == n && n == MS_SNIFF_BYTES) break; /* a line cut by the sniff's bytes */
    size_t l = e - i;
    if (l && buf[i + l - 1] == '\r') l--;
    if (l) {
      lines++;
      if (nm_symbol_line(buf + i, l)) syms++;
      else if (buf[i + l - 1] != ':' || memchr(buf + i, ' ', l)) return false;
    }
    i = e + 1;
  }
  return syms > 0;
}

ms_input_kind ms_sniff_bytes(const unsigned char *buf, size_t n, unsigned *line, unsigned *col) {
  if (n > MS_SNIFF_BYTES) n = MS_SNIFF_BYTES;
  size_t bad = 0, first = n;
  if (n >= 16 && !memcmp(buf, "print-type-size ", 16)) return MS_INPUT_TYPE_SIZES;
  { /* `{` and `"build":` first: what report -f json and capture's report.json begin with */
    size_t i = 0;
    while (i < n && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) i++;
    if (i < n && buf[i] == '{') {
      i++;
      while (i < n && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) i++;
      if (n - i >= 8 && !memcmp(buf + i, "\"build\":", 8)) return MS_INPUT_REPORT_JSON;
    }
  }
  if (nm_text(buf, n)) return MS_INPUT_NM_SYMBOLS;
  bool nul = false;
  for (size_t i = 0; i < n;) {
    unsigned char b = buf[i];
    size_t len = b < 0x80 ? 1 : utf8_len(buf + i, n - i);
    bool ok = len && (b >= 0x20 || strchr("\t\n\r\f\v", b)) && b != 0x7f && b != 0;
    if (!ok && first == n) first = i;
    nul = nul || b == 0;
    bad += !ok;
    i += len ? len : 1;
  }
  if (!nul && bad * 10 <= n) return MS_INPUT_DUMP;
  unsigned l = 1, c = 1; /* the column in characters, as every diagnostic's (ms_diag_col) */
  for (size_t i = 0; i < first; i++)
    if (buf[i] == '\n') l++, c = 1;
    else c += (buf[i] & 0xc0) != 0x80; /* a UTF-8 continuation byte is no new character */
  if (line) *line = l;
  if (col) *col = c;
  return MS_INPUT_BINARY;
}

static void collect_other(const char *path, void *user);

/* Whether `ts` is a type-sizes file (listed once). */
static bool type_sizes_at(ms_inputs *in, const char *ts) {
  for (size_t i = 0; i < in->nts; i++)
    if (!strcmp(in->ts[i], ts)) return true;
  if (ms_input_sniff(ts, NULL, NULL) != MS_INPUT_TYPE_SIZES) return false;
  collect_other(ts, in);
  return true;
}

/* A dump file named explicitly: the `type-sizes.txt` that capture and the corpus lay out
 * beside it or in its parent directory (`mir_dump/../type-sizes.txt`, written without the
 * `..` so that it applies below its own directory), listed when found. */
static void look_for_type_sizes(ms_inputs *in, const char *path) {
  const char *slash = strrchr(path, '/');
  size_t dl = slash ? (size_t)(slash - path) + 1 : 0; /* "dir/" */
  char *ts = ms_xmalloc(dl + sizeof "type-sizes.txt");
  memcpy(ts, path, dl);
  strcpy(ts + dl, "type-sizes.txt");
  bool found = type_sizes_at(in, ts);
  size_t pl = dl > 1 ? dl - 1 : 0; /* the parent: "dir/" without its last component */
  while (pl > 0 && path[pl - 1] != '/') pl--;
  const char *last = path + pl;
  bool normal = dl > 1 && strncmp(last, "../", 3) && strncmp(last, "./", 2) && last[0] != '/';
  if (!found && normal) {
    memcpy(ts, path, pl);
    strcpy(ts + pl, "type-sizes.txt");
    type_sizes_at(in, ts);
  }
  free(ts);
}

static int collect_fn(const char *path, bool explicit_arg, void *user) {
  ms_inputs *in = user;
  if (explicit_arg && strcmp(path, "-")) {
    unsigned line = 0, col = 0;
    ms_input_kind kind = ms_input_sniff(path, &line, &col);
    if (kind != MS_INPUT_DUMP) {
      if (in->nrejected == in->caprejected) {
        in->caprejected = in->caprejected ? in->caprejected * 2 : 4;
        in->rejected = ms_xrealloc(in->rejected, in->caprejected * sizeof *in->rejected);
      }
      in->rejected[in->nrejected++] = (Rejected){ms_xstrdup(path), kind, line, col};
      return 0;
    }
    look_for_type_sizes(in, path);
  }
  if (in->n == in->cap) {
    in->cap = in->cap ? in->cap * 2 : 256;
    in->c = ms_xrealloc(in->c, in->cap * sizeof *in->c);
  }
  Cand *c = &in->c[in->n];
  memset(c, 0, sizeof *c);
  c->path = ms_xstrdup(path);
  char pass[128];
  if (!explicit_arg && ms_pass_from_filename(path, pass, sizeof pass)) {
    c->key = body_key(path, pass, sizeof pass);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    c->rank = pass_rank_of(base, pass, c->key ? strlen(c->key) - (size_t)(base - path) : 0);
    if (c->rank == 3) note_skipped_pass(in, pass);
  }
  c->keep = explicit_arg || !c->key;
  in->n++;
  return 0;
}

/*
 * A dump of a pass other than the resume-like ones is never read (collect_fn would give it
 * rank 3 and a key, so it could not be kept): count it as skipped from its name alone.
 */
static bool drop_other_pass(const char *name, void *user) {
  ms_inputs *in = user;
  char pass[128];
  size_t keylen;
  if (!dump_name(name, pass, sizeof pass, &keylen) || pass_rank_of(name, pass, keylen) <= 2)
    return false;
  in->dropped++;
  note_skipped_pass(in, pass);
  return true;
}

static void collect_other(const char *path, void *user) {
  ms_inputs *in = user;
  FILE *f = fopen(path, "rb");
  if (!f) return;
  char head[17] = {0};
  size_t n = fread(head, 1, 16, f);
  fclose(f);
  if (n < 16 || memcmp(head, "print-type-size ", 16) != 0) return;
  if (in->nts == in->capts) {
    in->capts = in->capts ? in->capts * 2 : 8;
    in->ts = ms_xrealloc(in->ts, in->capts * sizeof *in->ts);
  }
  in->ts[in->nts++] = ms_xstrdup(path);
}

static void collect_error(const char *path, const char *msg, void *user) {
  ms_inputs *in = user;
  in->errors++;
  if (in->on_error) in->on_error(path, msg, in->user);
}

/* The most skipped pass first, ties by name. */
static int cmp_pass(const void *a, const void *b) {
  const SkippedPass *x = a, *y = b;
  if (x->files != y->files) return x->files < y->files ? 1 : -1;
  return strcmp(x->name, y->name);
}

static int cmp_key(const void *a, const void *b) {
  const Cand *x = *(const Cand *const *)a, *y = *(const Cand *const *)b;
  int k = strcmp(x->key, y->key);
  if (k) return k;
  if (x->rank != y->rank) return x->rank - y->rank;
  return (x > y) - (x < y); /* walk order: a stable sort */
}

/* A path, by the identity on disk of the file it names. */
typedef struct {
  dev_t dev;
  ino_t ino;
  size_t at; /* index in the paths */
} FileId;

static int cmp_file_id(const void *a, const void *b) {
  const FileId *x = a, *y = b;
  if (x->dev != y->dev) return x->dev < y->dev ? -1 : 1;
  if (x->ino != y->ino) return x->ino < y->ino ? -1 : 1;
  return (x->at > y->at) - (x->at < y->at);
}

size_t ms_paths_repeats(const char *const *paths, size_t n, unsigned char *repeat) {
  FileId *v = ms_xmalloc((n + 1) * sizeof *v);
  size_t k = 0, stdin_at = (size_t)-1, nrep = 0;
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    repeat[i] = 0;
    if (!strcmp(paths[i], "-")) { /* standard input is read once */
      if (stdin_at == (size_t)-1) stdin_at = i;
      else repeat[i] = 1, nrep++;
    } else if (stat(paths[i], &st) == 0) {
      v[k++] = (FileId){st.st_dev, st.st_ino, i};
    }
  }
  qsort(v, k, sizeof *v, cmp_file_id);
  for (size_t i = 1; i < k; i++)
    if (v[i].dev == v[i - 1].dev && v[i].ino == v[i - 1].ino) repeat[v[i].at] = 1, nrep++;
  free(v);
  return nrep;
}

/* A file given twice (`report a.mir a.mir`, a file and its directory, `- -`) is read once:
 * its bodies counted twice were two coroutines of one name (`konst #1`, `konst #2`). */
static void drop_repeats(ms_inputs *in) {
  const char **paths = ms_xmalloc((in->n + 1) * sizeof *paths);
  size_t *at = ms_xmalloc((in->n + 1) * sizeof *at), k = 0;
  for (size_t i = 0; i < in->n; i++)
    if (in->c[i].keep) paths[k] = in->c[i].path, at[k++] = i;
  unsigned char *rep = ms_xmalloc(k + 1);
  ms_paths_repeats(paths, k, rep);
  for (size_t j = 0; j < k; j++)
    if (rep[j]) in->c[at[j]].keep = false, in->c[at[j]].repeat = true;
  free(rep);
  free(at);
  free(paths);
}

/* The symbols.txt beside each listed type-size file that lies in a capture's output, with
 * that capture's directory as its scope (ms_inputs_symbols_path). */
static void list_capture_symbols(ms_inputs *in) {
  in->sym = ms_xcalloc(in->nts ? in->nts : 1, sizeof *in->sym);
  in->symscope = ms_xcalloc(in->nts ? in->nts : 1, sizeof *in->symscope);
  for (size_t i = 0; i < in->nts; i++) {
    const char *ts = in->ts[i], *slash = strrchr(ts, '/');
    size_t dl = slash ? (size_t)(slash - ts) : 0;
    char *dir = ms_xmalloc(dl + 1), *sym = ms_xmalloc(dl + sizeof "/symbols.txt");
    memcpy(dir, ts, dl);
    dir[dl] = 0;
    snprintf(sym, dl + sizeof "/symbols.txt", "%s%ssymbols.txt", dir, dl ? "/" : "");
    struct stat st;
    if (stat(sym, &st) == 0 && S_ISREG(st.st_mode) && ms_capture_dir(dir)) {
      in->sym[in->nsym] = sym;
      in->symscope[in->nsym++] = dir;
    } else {
      free(sym);
      free(dir);
    }
  }
}

ms_inputs *ms_inputs_collect(const char *const *paths, size_t npaths, ms_error_fn on_error,
                             void *user) {
  ms_inputs *in = ms_xcalloc(1, sizeof *in);
  in->on_error = on_error;
  in->user = user;
  Walk w = {.fn = collect_fn, .other = collect_other, .drop_name = drop_other_pass, .user = in,
            .on_error = collect_error, .err_user = in};
  walk_all(&w, paths, npaths); /* collect_fn never stops it */
  free(w.seen);
  /* group dump files by body; keep the best-ranked file when it is a resume-like pass */
  Cand **byk = ms_xmalloc((in->n ? in->n : 1) * sizeof *byk);
  in->kept = ms_xmalloc((in->n ? in->n : 1) * sizeof *in->kept);
  size_t nk = 0;
  for (size_t i = 0; i < in->n; i++)
    if (in->c[i].key) byk[nk++] = &in->c[i];
  qsort(byk, nk, sizeof *byk, cmp_key);
  for (size_t i = 0, lead = 0; i < nk; i++) {
    bool first = i == 0 || strcmp(byk[i]->key, byk[i - 1]->key) != 0;
    if (first) lead = i;
    if (first && byk[i]->rank <= 2) byk[i]->keep = true;
    else if (!first && byk[lead]->keep && byk[i]->rank == byk[lead]->rank) {
      if (!in->shadowed++) {
        in->shadowed_kept = byk[lead]->path;
        in->shadowed_dropped = byk[i]->path;
      }
    }
  }
  free(byk);
  drop_repeats(in);
  if (in->npasses) qsort(in->passes, in->npasses, sizeof *in->passes, cmp_pass);
  in->skipped = in->dropped;
  for (size_t i = 0; i < in->n; i++) {
    if (in->c[i].keep) in->kept[in->nkept++] = in->c[i].path;
    else if (!in->c[i].repeat) in->skipped++;
  }
  list_capture_symbols(in);
  return in;
}

void ms_inputs_free(ms_inputs *in) {
  if (!in) return;
  for (size_t i = 0; i < in->n; i++) {
    free(in->c[i].path);
    free(in->c[i].key);
  }
  free(in->c);
  free(in->kept);
  for (size_t i = 0; i < in->nts; i++) free(in->ts[i]);
  free(in->ts);
  for (size_t i = 0; i < in->nsym; i++) {
    free(in->sym[i]);
    free(in->symscope[i]);
  }
  free(in->sym);
  free(in->symscope);
  for (size_t i = 0; i < in->npasses; i++) free(in->passes[i].name);
  free(in->passes);
  for (size_t i = 0; i < in->nrejected; i++) free(in->rejected[i].path);
  free(in->rejected);
  free(in);
}

size_t ms_inputs_count(const ms_inputs *in) { return in->nkept; }

const char *ms_inputs_path(const ms_inputs *in, size_t i) {
  return i < in->nkept ? in->kept[i] : NULL;
}
size_t ms_inputs_skipped(const ms_inputs *in) { return in->skipped; }
size_t ms_inputs_shadowed(const ms_inputs *in, const char **kept, const char **dropped) {
  if (kept) *kept = in->shadowed ? in->shadowed_kept : NULL;
  if (dropped) *dropped = in->shadowed ? in->shadowed_dropped : NULL;
  return in->shadowed;
}
size_t ms_inputs_errors(const ms_inputs *in) { return in->errors; }
size_t ms_inputs_type_sizes_count(const ms_inputs *in) { return in->nts; }
const char *ms_inputs_type_sizes_path(const ms_inputs *in, size_t i) {
  return i < in->nts ? in->ts[i] : NULL;
}

size_t ms_inputs_symbols_count(const ms_inputs *in) { return in->nsym; }
const char *ms_inputs_symbols_path(const ms_inputs *in, size_t i, const char **scope) {
  if (i >= in->nsym) return NULL;
  if (scope) *scope = in->symscope[i];
  return in->sym[i];
}
size_t ms_inputs_skipped_pass_count(const ms_inputs *in) { return in->npasses; }
const char *ms_inputs_skipped_pass(const ms_inputs *in, size_t i, size_t *files) {
  if (i >= in->npasses) return NULL;
  if (files) *files = in->passes[i].files;
  return in->passes[i].name;
}
size_t ms_inputs_rejected_count(const ms_inputs *in) { return in->nrejected; }
const char *ms_inputs_rejected_path(const ms_inputs *in, size_t i, ms_input_kind *kind,
                                    unsigned *line, unsigned *col) {
  if (i >= in->nrejected) return NULL;
  if (kind) *kind = in->rejected[i].kind;
  if (line) *line = in->rejected[i].line;
  if (col) *col = in->rejected[i].col;
  return in->rejected[i].path;
}
