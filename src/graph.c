/*
 * Diagrams of the coroutine model (docs/diagrams.md): states, cfg and layout views.
 *
 * Graphs are built with cgraph and written with agwrite (DOT) or laid out and rendered in
 * process with gvc (SVG).  Nothing here prints DOT by hand or runs `dot`.  Written against
 * the Graphviz 2.42 API (Debian 12): attributes declared once with agattr, set with agxset,
 * HTML-like labels made with agstrdup_html, release order gvFreeRenderData -> gvFreeLayout
 * -> agclose -> gvFreeContext.
 *
 * Every string that comes from a dump goes through one of two escapers:
 *   html_text  for HTML-like labels (text and attribute values), and
 *   plain_text for plain string attributes (tooltips),
 * see docs/diagrams.md for the rules and why backslashes are doubled (labels) or
 * quadrupled (tooltips, which Graphviz 2.42 expands twice).
 */
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <mirscope/mirscope.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The model only through the public header; of the internals, the arena and strings. */
#include "alloc.h"
#include "arena.h"
#include "strbuf.h"

/* A Graphviz context kept across renders (see ms_graph_ctx in mirscope.h). */
struct ms_graph_ctx {
  GVC_t *gvc;
};

/* Length of the valid UTF-8 sequence at s (1..4), 0 when invalid. */
static size_t utf8_len(const unsigned char *s) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  size_t n;
  unsigned min;
  if ((c & 0xE0) == 0xC0) n = 2, min = 0x80, c &= 0x1F;
  else if ((c & 0xF0) == 0xE0) n = 3, min = 0x800, c &= 0x0F;
  else if ((c & 0xF8) == 0xF0) n = 4, min = 0x10000, c &= 0x07;
  else return 0;
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  /* U+FFFE/FFFF are not XML characters */
  if (c == 0xFFFE || c == 0xFFFF) return 0;
  return n;
}

enum esc_mode { ESC_HTML, ESC_PLAIN, ESC_MERMAID };

/* Mermaid text keeps letters, digits, space and `.,()+=/?!@$'` as they are; every other
 * ASCII character becomes an entity code `#N;` (decimal), which Mermaid turns back into the
 * character after parsing, as text: no quote, `#`, `;`, `%%`, `-->`, `:`, markdown or HTML
 * from a dump can change the diagram's syntax or markup. */
static void esc_mermaid(sbuf *b, unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
      (c && strchr(" .,()+=/?!@$'", c)))
    sb_putc(b, (char)c);
  else if (c < 0x20 || c == 0x7F)
    sb_putc(b, ' ');
  else
    sb_printf(b, "#%u;", c);
}

/*
 * Escape `n` bytes of dump text.  HTML-like labels: XML entities, backslash doubled
 * (Graphviz expands \N, \G, \l... in HTML text too), line breaks and controls become
 * spaces.  Plain attributes (tooltips): XML entities, backslash quadrupled (Graphviz
 * 2.42 runs escape expansion twice over node and edge tooltips), line breaks as &#10;.
 * Invalid UTF-8 becomes U+FFFD.
 */
static void esc(sbuf *b, const char *s, size_t n, enum esc_mode m) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    unsigned char c = u[i];
    if (m == ESC_MERMAID && c < 0x80) {
      esc_mermaid(b, c);
      i++;
      continue;
    }
    if (c >= 0x80) {
      size_t k = utf8_len(u + i);
      if (k == 0 || i + k > n) {
        sb_puts(b, "\xEF\xBF\xBD");
        i++;
      } else {
        sb_putn(b, s + i, k);
        i += k;
      }
      continue;
    }
    switch (c) {
    case '&': sb_puts(b, "&amp;"); break;
    case '<': sb_puts(b, "&lt;"); break;
    case '>': sb_puts(b, "&gt;"); break;
    case '"': sb_puts(b, "&quot;"); break;
    case '\'': sb_puts(b, "&#39;"); break;
    case '\\': sb_puts(b, m == ESC_HTML ? "\\\\" : "\\\\\\\\"); break;
    case '\n':
      sb_puts(b, m == ESC_HTML ? " " : "&#10;");
      break;
    default:
      if (c < 0x20 || c == 0x7F) sb_putc(b, ' ');
      else sb_putc(b, (char)c);
    }
    i++;
  }
}
static void html_text(sbuf *b, const char *s) { esc(b, s ? s : "", s ? strlen(s) : 0, ESC_HTML); }
static void plain_text(sbuf *b, const char *s) { esc(b, s ? s : "", s ? strlen(s) : 0, ESC_PLAIN); }

/* s cut to `max` bytes (on a character boundary) with an ellipsis, escaped. */
static void cut_esc(sbuf *out, const char *s, size_t max, enum esc_mode m) {
  size_t n = strlen(s);
  if (n > max) {
    size_t k = max > 1 ? max - 1 : 0;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    esc(out, s, k, m);
    sb_puts(out, "\xE2\x80\xA6"); /* … */
  } else {
    esc(out, s, n, m);
  }
}
static void cut_html(sbuf *out, const char *s, size_t max) { cut_esc(out, s, max, ESC_HTML); }
static void mermaid_text(sbuf *b, const char *s) { esc(b, s ? s : "", s ? strlen(s) : 0, ESC_MERMAID); }
static void mermaid_text_n(sbuf *b, const char *s, size_t n) { esc(b, s, n, ESC_MERMAID); }

/* Collapse whitespace runs (statements may span lines) and drop module paths (`a::b::C` ->
 * `C`), then cut to `max` bytes (on a character boundary) with an ellipsis. */
static void shorten(sbuf *out, const char *s, size_t max) {
  sbuf t = {0};
  for (const char *p = s; *p;) {
    if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
      while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') p++;
      if (t.len && *p) sb_putc(&t, ' ');
      continue;
    }
    if (p[0] == ':' && p[1] == ':') {
      size_t k = t.len;
      while (k > 0 && (t.p[k - 1] == '_' || (t.p[k - 1] >= '0' && t.p[k - 1] <= '9') ||
                       (t.p[k - 1] >= 'a' && t.p[k - 1] <= 'z') ||
                       (t.p[k - 1] >= 'A' && t.p[k - 1] <= 'Z')))
        k--;
      if (k < t.len) { /* identifier before `::`: a module path segment */
        t.len = k;
        t.p[k] = 0;
        p += 2;
        continue;
      }
    }
    sb_putc(&t, *p++);
  }
  cut_html(out, sb_str(&t), max);
  free(t.p);
}

/* Identifier-safe copy: [A-Za-z0-9_-] kept, anything else '_'. */
static void ident(sbuf *b, const char *s) {
  for (; *s; s++) {
    char c = *s;
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '_' || c == '-';
    sb_putc(b, ok ? c : '_');
  }
}

/* ------------------------------------------------------------------ links */

static const char *const BAD_SCHEMES[] = {"javascript", "vbscript", "data",       "livescript",
                                          "mocha",      "about",    "blob",       "filesystem",
                                          "view-source", "jar",     "ms-its",     "mhtml",
                                          "chrome",     "resource", "wyciwyg",    NULL};

static int seterr(char *errbuf, size_t errlen, const char *fmt, ...) {
  if (errbuf && errlen) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(errbuf, errlen, fmt, ap);
    va_end(ap);
  }
  return -1;
}

int ms_graph_link_format_check(const char *fmt, char *errbuf, size_t errlen) {
  if (!fmt) return 0;
  if (!*fmt) return seterr(errbuf, errlen, "link format is empty");
  for (const unsigned char *p = (const unsigned char *)fmt; *p; p++) {
    if (*p <= 0x20 || *p == 0x7F || *p >= 0x80)
      return seterr(errbuf, errlen, "link format: spaces, control and non-ASCII characters are not allowed");
    if (strchr("\"'<>\\&`^|", *p))
      return seterr(errbuf, errlen, "link format: character '%c' is not allowed", *p);
  }
  /* scheme: letters, digits, + - . before the first ':' (when it comes before / ? # {) */
  size_t k = 0;
  while (fmt[k] && !strchr(":/?#{", fmt[k])) k++;
  if (fmt[k] == ':') {
    char scheme[32];
    if (k == 0 || k >= sizeof scheme) return seterr(errbuf, errlen, "link format: bad scheme");
    for (size_t i = 0; i < k; i++) {
      char c = fmt[i];
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
      if (!((c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || strchr("+-.", c)))))
        return seterr(errbuf, errlen, "link format: bad scheme");
      scheme[i] = c;
    }
    scheme[k] = 0;
    for (size_t i = 0; BAD_SCHEMES[i]; i++)
      if (!strcmp(scheme, BAD_SCHEMES[i]))
        return seterr(errbuf, errlen, "link format: the %s: scheme is refused", scheme);
  }
  /* placeholders */
  for (const char *p = fmt; (p = strchr(p, '{')); p++) {
    const char *e = strchr(p, '}');
    if (!e) return seterr(errbuf, errlen, "link format: unterminated '{'");
    size_t n = (size_t)(e - p - 1);
    if (!((n == 4 && !strncmp(p + 1, "file", 4)) || (n == 4 && !strncmp(p + 1, "line", 4)) ||
          (n == 3 && !strncmp(p + 1, "col", 3))))
      return seterr(errbuf, errlen, "link format: unknown placeholder '%.*s' (use {file}, {line}, {col})",
                    (int)(n + 2), p);
    p = e;
  }
  if (strchr(fmt, '}') && !strchr(fmt, '{'))
    return seterr(errbuf, errlen, "link format: stray '}'");
  return 0;
}

static void url_encode(sbuf *b, const char *s, size_t n, int keep_slash) {
  static const char hex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c == '-' || c == '.' || c == '_' || c == '~' || (keep_slash && c == '/')) {
      sb_putc(b, (char)c);
    } else {
      sb_putc(b, '%');
      sb_putc(b, hex[c >> 4]);
      sb_putc(b, hex[c & 15]);
    }
  }
}

static int all_digits(const char *s, size_t n) {
  if (n == 0 || n > 9) return 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return 1;
}

/* Span "FILE:L:C: L2:C2 (#N)" -> file, line, col.  0 when not of that shape. */
static int parse_span(const char *span, const char **file, size_t *flen, const char **line,
                      size_t *llen, const char **col, size_t *clen) {
  const char *sep = NULL;
  for (const char *p = span; (p = strstr(p, ": ")); p++) sep = p; /* last ": " */
  if (!sep) return 0;
  const char *c = sep;
  const char *c1 = c;
  while (c1 > span && c1[-1] != ':') c1--;
  if (c1 == span) return 0;
  const char *l1 = c1 - 1;
  while (l1 > span && l1[-1] != ':') l1--;
  if (l1 == span) return 0;
  if (!all_digits(c1, (size_t)(c - c1)) || !all_digits(l1, (size_t)(c1 - 1 - l1))) return 0;
  *file = span;
  *flen = (size_t)(l1 - 1 - span);
  *line = l1;
  *llen = (size_t)(c1 - 1 - l1);
  *col = c1;
  *clen = (size_t)(c - c1);
  return *flen > 0;
}

/* Empty and `.` components taken out of a path, in place (`/w/./corpus//src/a.rs` ->
 * `/w/corpus/src/a.rs`: `./corpus/` as a root or a dump file); `..` is kept, which only the
 * file system can resolve (symbolic links). */
static void tidy_path(char *s) {
  char *w = s;
  const char *r = s;
  bool empty = !*s;
  if (*r == '/') *w++ = *r++;
  while (*r) {
    size_t n = strcspn(r, "/");
    if (n && !(n == 1 && r[0] == '.')) {
      if (w > s && w[-1] != '/') *w++ = '/';
      memmove(w, r, n);
      w += n;
    }
    r += n;
    if (*r) r++;
  }
  if (w == s && !empty) *w++ = '.';
  *w = 0;
}

/* {file}: `root` and the file when the file is relative and there is a root, else the file;
 * percent-encoded ('/' kept).  `slash`: the format writes a '/' just before {file} that does
 * not end a "://" (in `file://{file}` the path follows an empty host and keeps its '/'); that
 * '/' stands for an absolute path's leading one, written once.  So `vscode://file/{file}`
 * gives `vscode://file/home/me/src/lib.rs` and `file://{file}` `file:///home/me/src/lib.rs`;
 * nothing the format itself wrote is taken out. */
static void link_file(sbuf *u, const char *root, const char *f, size_t fl, bool slash) {
  sbuf path = {0};
  if (root && *root && fl && f[0] != '/') {
    sb_puts(&path, root);
    if (path.len && path.p[path.len - 1] != '/') sb_putc(&path, '/');
  }
  sb_putn(&path, f, fl);
  if (path.p) tidy_path(path.p);
  const char *p = sb_str(&path);
  if (slash && p[0] == '/') p++;
  url_encode(u, p, strlen(p), 1);
  free(path.p);
}

/* The link format with {file}, {line}, {col} substituted into u (percent-encoded). */
static void link_subst(sbuf *u, const char *fmt, const char *root, const char *f, size_t fl,
                       const char *l, size_t ll, const char *c, size_t cl) {
  for (const char *p = fmt; *p; p++) {
    if (!strncmp(p, "{file}", 6)) {
      bool slash = p > fmt && p[-1] == '/' && !(p - fmt >= 3 && !strncmp(p - 3, "://", 3));
      link_file(u, root, f, fl, slash);
      p += 5;
    } else if (!strncmp(p, "{line}", 6)) url_encode(u, l, ll, 0), p += 5;
    else if (!strncmp(p, "{col}", 5)) url_encode(u, c, cl, 0), p += 4;
    else sb_putc(u, *p);
  }
}

/* The link for a span (its file joined to `root` when relative), HTML-escaped into b; 0 when
 * there is none. */
static int link_for(sbuf *b, const char *fmt, const char *root, const char *span) {
  const char *f, *l, *c;
  size_t fl, ll, cl;
  if (!fmt || !span || !*span || !parse_span(span, &f, &fl, &l, &ll, &c, &cl)) return 0;
  sbuf u = {0};
  link_subst(&u, fmt, root, f, fl, l, ll, c, cl);
  html_text(b, sb_str(&u));
  free(u.p);
  return 1;
}

/* ------------------------------------------------------------------ render context */

#define FONT "Helvetica,Arial,sans-serif"

/* The palette, one name per role (the table in docs/diagrams.md). */
#define PAL_REDUNDANT "#b35c5c"       /* redundant state, poison arm: frame, finding text */
#define PAL_REDUNDANT_FILL "#fbeeee"  /* their fill (states view, cfg blocks) */
#define PAL_REDUNDANT_TEXT "#7a2e2e"  /* a redundant state's text */
#define PAL_PENDING "#555555"         /* pending transitions */
#define PAL_YIELD "#2f6fb0"           /* yield transitions */
#define PAL_READY "#2e7d32"           /* ready and return transitions */
#define PAL_UNWIND PAL_REDUNDANT      /* unwind transitions (dashed): a panic is a dead end */
#define PAL_DEFAULT "#000000"         /* a transition kind without a colour (none today) */
#define PAL_MUTED "#777777"           /* secondary text: ids, discriminants, tags, legend */
#define PAL_FRAME "#999999"           /* frames of the legend and the conflict graph */
#define PAL_COROUTINE_FRAME "#555555" /* a coroutine's cluster when several are drawn */
#define PAL_STATE_FRAME "#7a9cc6"     /* a state's cfg cluster, the layout's variant table */
#define PAL_DISPATCH_FILL "#fffbea"   /* the cfg dispatch cluster */
#define PAL_DISPATCH_FRAME "#c9a227"
#define PAL_DISPATCH_SWITCH "#ffe9a8" /* the dispatch switch block */
#define PAL_DISPATCH_TEXT "#8a6d00"   /* its `dispatch` tag */
#define PAL_BLOCK_FILL "#ffffff"      /* a block of one state's code, or reached by none */
#define PAL_SHARED_FILL "#f3f0fa"     /* a block reached from several states (pale violet) */
#define PAL_CLEANUP_FILL "#eeeeee"    /* a cleanup block (dashed) */
#define PAL_CLEANUP_FRAME "#888888"
#define PAL_TERMINATOR "#1f4e79"      /* a block's terminator text */
#define PAL_CFG_UNWIND "#999999"      /* cfg unwind edges (dashed) */
#define PAL_CFG_DASHED "#555555"      /* cfg drop and imaginary edges (dashed) */
#define PAL_UPVAR_FILL "#f2f2f2"      /* layout: upvar rows, the prefix of every variant */
#define PAL_HELD_FILL "#dbe8f6"       /* layout: a field the variant holds */
#define PAL_CONFLICT PAL_REDUNDANT    /* layout: an edge between conflicting locals */
#define PAL_LARGEST "#c77700"         /* the largest state's frame and tag */
#define PAL_ADVICE "#6a3d9a"          /* a held-across-await finding's row: what to change (purple) */
#define PAL_BUNDLE_FILL "#fafafa"     /* a bundle's box (dashed, in its kind's colour) */

typedef struct {
  Agraph_t *g;
  Agsym_t *g_label, *g_labelloc, *g_labeljust, *g_id, *g_style, *g_color, *g_fontcolor,
      *g_fillcolor, *g_tooltip;
  Agsym_t *n_label, *n_tooltip, *n_id, *n_shape, *n_style, *n_color, *n_fillcolor,
      *n_fontcolor, *n_penwidth;
  Agsym_t *e_label, *e_tooltip, *e_id, *e_style, *e_color, *e_fontcolor, *e_dir, *e_penwidth;
  Agsym_t *e_xlabel; /* declared only for graphs with many transitions (STATES_XLABEL_EDGES) */
  Agsym_t *e_headlabel; /* declared only for cfg views of many blocks (CFG_HEADLABEL_BLOCKS) */
  Agsym_t *n_url, *n_target; /* declared only for cfg views with a link format */
  Agiddisc_t iddisc; /* the graph's disciplines: cgraph keeps pointers to them */
  Agdisc_t disc;
  const char *link_format;
  const char *source_root; /* joined to relative span files in links, or NULL */
  const char *dump_root;   /* dump files in tooltips and stems shown relative to it, or NULL */
  const ms_crate *crate;   /* for "future of" type names, or NULL */
  int all_edges;           /* states view: every transition, no reduction or bundles */
  int conflict_graph;      /* layout view: the storage-conflict graph too */
  ms_arena arena;
  sbuf s, t; /* scratch */
  char *errbuf;
  size_t errlen;
  int failed;
} rctx;

static int fail(rctx *r, const char *what) {
  if (!r->failed) seterr(r->errbuf, r->errlen, "graphviz: %s failed", what);
  r->failed = 1;
  return -1;
}

static void set(rctx *r, void *obj, Agsym_t *sym, const char *value) {
  if (r->failed) return;
  if (!obj || !sym) {
    fail(r, "attribute");
    return;
  }
  if (agxset(obj, sym, (char *)value) != 0) fail(r, "agxset"); /* 2.42: char *, copied */
}

/* Set an HTML-like label: `html` is the markup without the enclosing <>. */
static void set_html(rctx *r, void *obj, Agsym_t *sym, const char *html) {
  if (r->failed) return;
  char *h = agstrdup_html(r->g, (char *)html);
  if (!h) {
    fail(r, "agstrdup_html");
    return;
  }
  set(r, obj, sym, h);
  agstrfree(r->g, h);
}

static Agsym_t *decl(rctx *r, int kind, const char *name, const char *dflt) {
  if (r->failed) return NULL;
  Agsym_t *a = agattr(r->g, kind, (char *)name, (char *)dflt);
  if (!a) fail(r, "agattr");
  return a;
}

/* Declare every attribute once, in a fixed order, with defaults. */
static void declare(rctx *r, const char *rankdir) {
  decl(r, AGRAPH, "fontname", FONT);
  decl(r, AGRAPH, "fontsize", "12");
  decl(r, AGRAPH, "rankdir", rankdir);
  decl(r, AGRAPH, "nodesep", "0.3");
  decl(r, AGRAPH, "ranksep", "0.4");
  r->g_label = decl(r, AGRAPH, "label", "");
  r->g_labelloc = decl(r, AGRAPH, "labelloc", "t");
  r->g_labeljust = decl(r, AGRAPH, "labeljust", "l");
  r->g_id = decl(r, AGRAPH, "id", "");
  r->g_style = decl(r, AGRAPH, "style", "");
  r->g_color = decl(r, AGRAPH, "color", "");
  r->g_fontcolor = decl(r, AGRAPH, "fontcolor", "");
  r->g_fillcolor = decl(r, AGRAPH, "fillcolor", "");
  r->g_tooltip = decl(r, AGRAPH, "tooltip", "");
  decl(r, AGNODE, "fontname", FONT);
  decl(r, AGNODE, "fontsize", "11");
  r->n_shape = decl(r, AGNODE, "shape", "box");
  r->n_style = decl(r, AGNODE, "style", "rounded");
  r->n_label = decl(r, AGNODE, "label", "\\N");
  r->n_tooltip = decl(r, AGNODE, "tooltip", "");
  r->n_id = decl(r, AGNODE, "id", "");
  r->n_color = decl(r, AGNODE, "color", "");
  r->n_fillcolor = decl(r, AGNODE, "fillcolor", "");
  r->n_fontcolor = decl(r, AGNODE, "fontcolor", "");
  r->n_penwidth = decl(r, AGNODE, "penwidth", "");
  decl(r, AGEDGE, "fontname", FONT);
  decl(r, AGEDGE, "fontsize", "10");
  r->e_label = decl(r, AGEDGE, "label", "");
  r->e_tooltip = decl(r, AGEDGE, "tooltip", "");
  r->e_id = decl(r, AGEDGE, "id", "");
  r->e_style = decl(r, AGEDGE, "style", "");
  r->e_color = decl(r, AGEDGE, "color", "");
  r->e_fontcolor = decl(r, AGEDGE, "fontcolor", "");
  r->e_dir = decl(r, AGEDGE, "dir", "");
  r->e_penwidth = decl(r, AGEDGE, "penwidth", "");
}

/* A node named prefix+name (unique: a clash from sanitising gets ~N). */
static Agnode_t *mknode(rctx *r, Agraph_t *sub, const char *prefix, const char *name) {
  if (r->failed) return NULL;
  sbuf b = {0};
  sb_puts(&b, prefix);
  ident(&b, name);
  size_t base = b.len;
  for (unsigned k = 2; agnode(r->g, b.p, 0); k++) {
    b.len = base;
    sb_printf(&b, "~%u", k);
  }
  Agnode_t *n = agnode(sub, b.p, 1);
  if (n) set(r, n, r->n_id, b.p);
  free(b.p);
  if (!n) fail(r, "agnode");
  return n;
}

static Agraph_t *mksub(rctx *r, Agraph_t *parent, const char *prefix, const char *name) {
  if (r->failed) return NULL;
  sbuf b = {0};
  sb_puts(&b, "cluster_");
  sb_puts(&b, prefix);
  ident(&b, name);
  Agraph_t *s = agsubg(parent, b.p, 1);
  if (s) {
    set(r, s, r->g_id, b.p);
    /* the root's label and tooltip are every subgraph's default: reset them */
    set(r, s, r->g_label, "");
    set(r, s, r->g_tooltip, "");
  }
  free(b.p);
  if (!s) fail(r, "agsubg");
  return s;
}

static Agedge_t *mkedge(rctx *r, Agraph_t *g, Agnode_t *t, Agnode_t *h) {
  if (r->failed || !t || !h) return NULL;
  Agedge_t *e = agedge(g, t, h, NULL, 1);
  if (!e) fail(r, "agedge");
  return e;
}

/* What a view draws into: the render, the graph or cluster, the coroutine, and the prefix
 * of every id (the coroutine's file stem and a dot when several are drawn together). */
typedef struct {
  rctx *r;
  Agraph_t *sub;
  const ms_coroutine *co;
  const char *prefix;
} view_ctx;

/* ------------------------------------------------------------------ common pieces */

static const char *size_mark(ms_size_source src) {
  switch (src) {
  case MS_SIZE_PRINT_TYPE_SIZES: return "";
  case MS_SIZE_COMPUTED: return "~"; /* as the text report: ~ computed */
  case MS_SIZE_LOWER_BOUND: return "\xE2\x89\xA5"; /* ≥ */
  }
  return "";
}
static const char *size_word(ms_size_source src) {
  switch (src) {
  case MS_SIZE_PRINT_TYPE_SIZES: return "exact";
  case MS_SIZE_COMPUTED: return "computed";
  case MS_SIZE_LOWER_BOUND: return "lower bound";
  }
  return "";
}

static void bytes(sbuf *b, long n, const char *mark) {
  if (n < 0) sb_puts(b, "? B");
  else sb_printf(b, "%s%ld B", mark, n);
}

static const char *arm_word(ms_arm_kind a) {
  switch (a) {
  case MS_ARM_NONE: return "no dispatch arm";
  case MS_ARM_CODE: return "code";
  case MS_ARM_POISON_RETURNED: return "poison (returned)";
  case MS_ARM_POISON_PANICKED: return "poison (panicked)";
  case MS_ARM_POISON_ASYNC_DROP: return "poison (async drop)";
  case MS_ARM_RETURNS_NONE: return "returns None";
  }
  return "";
}

static bool is_poison(ms_arm_kind a) {
  return a == MS_ARM_POISON_RETURNED || a == MS_ARM_POISON_PANICKED || a == MS_ARM_POISON_ASYNC_DROP;
}

static int redundant_class(ms_finding_class cls) {
  return cls == MS_FINDING_POISON_RETURNED || cls == MS_FINDING_POISON_PANICKED ||
         cls == MS_FINDING_POISON_ASYNC_DROP || cls == MS_FINDING_DUPLICATE_SUSPEND || cls == MS_FINDING_UNREACHABLE_STATE ||
         cls == MS_FINDING_NO_AWAIT;
}

/* A type as the text report names it (ms_type_display: saved local `saved` of co when that is
 * >= 0, else `type`; "future of `f`" with the crate), cut to `max` bytes, HTML-escaped. */
static void type_esc(const rctx *r, sbuf *b, const ms_coroutine *co, long saved, const char *type,
                     size_t max, enum esc_mode m) {
  char buf[512];
  ms_type_display(r->crate, co, saved, type, buf, sizeof buf);
  const char *of = strstr(buf, " of ");
  size_t n = strlen(buf);
  if (n > max && of && (size_t)(of - buf) + 4 + 8 < max) {
    /* "future of drivers::<impl at drivers.rs:53>::read_page": the end names it, keep it
     * ("future of …::read_page"; a trial's labels read `future of drivers::<impl at dri…`) */
    size_t head = (size_t)(of - buf) + 4, tail = max - head - 1;
    size_t from = n - tail;
    while (from < n && ((unsigned char)buf[from] & 0xC0) == 0x80) from++;
    const char *seg = strstr(buf + from, "::"); /* from a path segment on */
    if (seg && seg + 2 < buf + n) from = (size_t)(seg - buf);
    esc(b, buf, head, m);
    sb_puts(b, "\xE2\x80\xA6"); /* … */
    esc(b, buf + from, n - from, m);
    return;
  }
  cut_esc(b, buf, max, m);
}
static void type_html(const rctx *r, sbuf *b, const ms_coroutine *co, long saved, const char *type,
                      size_t max) {
  type_esc(r, b, co, saved, type, max, ESC_HTML);
}

/* The title: name, kind, total size, code, upvars. */
static void title_html(rctx *r, sbuf *b, const ms_coroutine *co, const char *view) {
  sb_puts(b, "<B>");
  html_text(b, ms_co_name(co));
  sb_puts(b, "</B> <FONT POINT-SIZE=\"10\">(");
  sb_puts(b, view);
  sb_puts(b, ")</FONT><BR ALIGN=\"LEFT\"/>");
  html_text(b, ms_co_kind(co));
  sb_puts(b, " \xC2\xB7 ");
  bytes(b, ms_co_size(co), size_mark(ms_co_size_source(co)));
  sb_puts(b, " ");
  sb_puts(b, size_word(ms_co_size_source(co)));
  sb_printf(b, " \xC2\xB7 %zu states \xC2\xB7 code ", ms_co_state_count(co));
  /* as the text report: exact (nm), ≈ corrected, ~ modelled */
  ms_code_source src;
  long code = ms_co_code_bytes(co, &src);
  bytes(b, code, src == MS_CODE_EXACT ? "" : src == MS_CODE_CORRECTED ? "\xE2\x89\x88" : "~");
  if (src == MS_CODE_EXACT) sb_puts(b, " (nm)");
  if (ms_co_code_redundant(co) > 0) {
    /* the text report's "redundant" column: the arms -Zasync-panic removes (called
     * "redundant" here, a trial added the dashed states up to it) */
    sb_puts(b, ", in poison arms ");
    bytes(b, ms_co_code_redundant(co), "~");
  }
  sb_puts(b, "<BR ALIGN=\"LEFT\"/><FONT POINT-SIZE=\"10\">");
  type_html(r, b, co, -1, ms_co_self_type(co), 90);
  if (ms_co_upvar_count(co)) {
    sb_puts(b, " \xC2\xB7 upvars: ");
    for (size_t i = 0; i < ms_co_upvar_count(co); i++) {
      if (i) sb_puts(b, ", ");
      html_text(b, ms_co_upvar_name(co, i));
      sb_puts(b, ": ");
      type_html(r, b, co, -1, ms_co_upvar_type(co, i), 40);
      sb_puts(b, " (");
      bytes(b, ms_co_upvar_bytes(co, i), "");
      sb_puts(b, ")");
    }
  }
  if (ms_co_size_source(co) == MS_SIZE_LOWER_BOUND && ms_co_unknown_type_count(co)) {
    sb_puts(b, "<BR ALIGN=\"LEFT\"/>unsized: ");
    for (size_t i = 0; i < ms_co_unknown_type_count(co) && i < 4; i++) {
      if (i) sb_puts(b, ", ");
      type_html(r, b, co, -1, ms_co_unknown_type(co, i), 40);
    }
    if (ms_co_unknown_type_count(co) > 4) sb_puts(b, ", \xE2\x80\xA6");
  }
  sb_puts(b, "</FONT><BR ALIGN=\"LEFT\"/>");
}

static void title_tooltip(sbuf *b, const ms_coroutine *co, const char *dump_root) {
  plain_text(b, ms_co_name(co));
  sb_puts(b, "&#10;");
  if (strcmp(ms_co_name(co), ms_co_def_path(co))) {
    plain_text(b, ms_co_def_path(co));
    sb_puts(b, "&#10;");
  }
  plain_text(b, ms_co_self_type(co));
  sb_puts(b, "&#10;");
  const char *file = ms_co_file(co);
  if (dump_root && file && strcmp(file, "<stdin>")) {
    sbuf shown = {0};
    sb_put_rooted(dump_root, file, &shown);
    plain_text(b, sb_str(&shown));
    free(shown.p);
  } else {
    plain_text(b, file);
  }
}

/* ------------------------------------------------------------------ states view */

/*
 * A states graph with more transitions than this writes each transition's kind as an
 * `xlabel` (placed after layout) instead of a `label`.  dot turns every labelled edge into
 * a virtual node of its own rank, so network simplex works on a graph that grows with the
 * labels and layout time grows faster than linearly: on the development machine (Graphviz
 * 2.43) `dot -Tsvg` of the basic `handshake` graph cut to its first N transitions took
 *   N          20  40  60  80  100  116
 *   label ms   27  31  40  58  101  155
 *   xlabel ms  25  28  31  36   45   60
 * Up to 40 the labels cost at most a few ms and keep their usual place on the edge, so small
 * pictures do not change (every corpus coroutine but two has <= 32 transitions); above it
 * the cost climbs quickly.  The count is over the whole drawn graph (all coroutines of a
 * render_many), since that is what dot lays out.  The edge colour still tells the kind.
 */
#define STATES_XLABEL_EDGES 40

/* cfg views of more blocks than this (over the whole drawing) write an edge's label as a
 * `headlabel`, beside its arrowhead, instead of a `label`.  Any edge label makes dot give
 * every edge two ranks instead of one (a labelled edge's label is a virtual node of its own
 * rank), which doubles the virtual nodes of long edges, and x-positioning's network simplex
 * grows faster than linearly in them.  Graphviz 2.43, `dot -Tsvg` of the corpus's largest
 * cfgs (2026-12-08, the 2-core CI machine): tokio-postgres get_type (830 blocks) 121 s ->
 * 6 s, authenticate_sasl (724) > 300 s -> 23 s, prepare (621) 34 s -> 4.6 s,
 * send_serial_message (566) 14 s -> 1.6 s, authenticate (587) 10.7 s -> 1.6 s; below 500
 * blocks none takes more than 3 s with labels (connect_once, 401 blocks: 2.4 s).  Head
 * labels rather than xlabels: the dispatch switch's arms fan out across one rank, and
 * their xlabels pile up there; beside the arrowheads they sit by the state they enter.
 */
#define CFG_HEADLABEL_BLOCKS 500

/* How each transition is drawn (ms_drawn), in the render's arena: the library's drawn set,
 * or with all_edges every transition between two states as an edge of its own. */
static unsigned char *drawn_set(rctx *r, const ms_coroutine *co) {
  size_t nt = ms_co_transition_count(co), ns = ms_co_state_count(co);
  unsigned char *d = ms_arena_alloc(&r->arena, nt ? nt : 1);
  if (!r->all_edges) {
    ms_co_transitions_drawn(co, d, nt);
    return d;
  }
  for (size_t t = 0; t < nt; t++)
    d[t] = ms_co_transition_from(co, t) < ns && ms_co_transition_to(co, t) < ns ? MS_DRAWN_EDGE
                                                                                 : MS_DRAWN_NO;
  return d;
}

enum { NKINDS = MS_VIA_UNWIND + 1 };

/* The first bundled transition of its bundle (kind and target) is where the bundle is drawn:
 * first[t] says whether t is that one, for every transition of d (from drawn_set), in the
 * render's arena.  One pass with a mark per (kind, target state): a bundled transition
 * joins two states (ms_co_transitions_drawn). */
static unsigned char *bundle_firsts(rctx *r, const ms_coroutine *co, const unsigned char *d) {
  size_t nt = ms_co_transition_count(co), ns = ms_co_state_count(co);
  unsigned char *first = ms_arena_alloc(&r->arena, nt ? nt : 1);
  unsigned char *seen = ms_arena_alloc(&r->arena, ns ? NKINDS * ns : 1); /* [kind * ns + to] */
  for (size_t t = 0; t < nt; t++) {
    size_t to = ms_co_transition_to(co, t), key = (size_t)ms_co_transition_kind(co, t) * ns + to;
    first[t] = d[t] == MS_DRAWN_BUNDLED && to < ns && !seen[key];
    if (first[t]) seen[key] = 1;
  }
  return first;
}

/* Edges render_states will draw: transitions drawn on their own, one per bundle. */
static size_t drawn_transitions(rctx *r, const ms_coroutine *co) {
  const unsigned char *d = drawn_set(r, co), *first = bundle_firsts(r, co, d);
  size_t n = 0, nt = ms_co_transition_count(co);
  for (size_t t = 0; t < nt; t++) n += d[t] == MS_DRAWN_EDGE || first[t];
  return n;
}

/* The most bytes a state has; -1 when no state's size is known or every known one is as
 * large. */
static long largest_bytes(const ms_coroutine *co) {
  long best = -1, least = -1;
  for (size_t s = 0; s < ms_co_state_count(co); s++) {
    long b = ms_co_state_bytes(co, s);
    if (b < 0) continue;
    if (b > best) best = b;
    if (least < 0 || b < least) least = b;
  }
  return best > least ? best : -1;
}

/* Is state s a largest one (every state of the most bytes is: a trial saw one of four equal
 * states marked)? */
static bool largest_state(const ms_coroutine *co, size_t s) {
  long m = largest_bytes(co);
  return m >= 0 && ms_co_state_bytes(co, s) == m;
}

/* Which states send a transition of the bundle (kind into `to`): src[s], one pass over the
 * transitions, in the render's arena (zeroed; a bundle has at least MS_BUNDLE_MIN_SOURCES
 * transitions, so all bundles' arrays take at most states x transitions / 4 bytes). */
static bool *bundle_sources(rctx *r, const ms_coroutine *co, const unsigned char *d,
                            ms_transition_kind kind, size_t to) {
  size_t ns = ms_co_state_count(co), nt = ms_co_transition_count(co);
  bool *src = ms_arena_alloc(&r->arena, (ns ? ns : 1) * sizeof *src);
  for (size_t t = 0; t < nt; t++) {
    size_t s = ms_co_transition_from(co, t);
    if (d[t] == MS_DRAWN_BUNDLED && s < ns && ms_co_transition_kind(co, t) == kind &&
        ms_co_transition_to(co, t) == to)
      src[s] = true;
  }
  return src;
}

/* What a bundle's box says, as plain text (escaped by the caller): "from 13 states" and on
 * `sep` either "all but Returned, Panicked" (when fewer states are left out than sent) or the
 * sources.  Returns the number of sources. */
static size_t bundle_text(sbuf *b, const ms_coroutine *co, const bool *src,
                          void (*name)(sbuf *, const char *), const char *sep) {
  size_t ns = ms_co_state_count(co), n = 0;
  for (size_t s = 0; s < ns; s++) n += src[s];
  sb_printf(b, "from %zu states", n);
  sb_puts(b, sep);
  bool but = ns - n < n;
  if (but) sb_puts(b, "all but ");
  size_t k = 0;
  for (size_t s = 0; s < ns; s++) {
    if (src[s] == but) continue;
    if (k++) sb_puts(b, ", ");
    name(b, ms_co_state_name(co, s));
  }
  return n;
}

static const char *via_color(ms_transition_kind via) {
  switch (via) {
  case MS_VIA_PENDING: return PAL_PENDING;
  case MS_VIA_YIELD: return PAL_YIELD;
  case MS_VIA_READY:
  case MS_VIA_RETURN: return PAL_READY;
  case MS_VIA_UNWIND: return PAL_UNWIND;
  }
  return PAL_DEFAULT;
}

static void saved_tooltip_line(sbuf *b, const ms_coroutine *co, size_t i) {
  plain_text(b, ms_co_saved_id(co, i));
  if (*ms_co_saved_name(co, i)) {
    sb_puts(b, " ");
    plain_text(b, ms_co_saved_name(co, i));
  }
  sb_puts(b, ": ");
  plain_text(b, ms_co_saved_type(co, i));
  sb_puts(b, " (");
  bytes(b, ms_co_saved_bytes(co, i), "");
  sb_puts(b, ")");
  if (*ms_co_saved_span(co, i)) {
    sb_puts(b, " at ");
    plain_text(b, ms_co_saved_span(co, i));
  }
}

/* A saved local's source name (when it has one) and its id, muted. */
static void saved_name_html(sbuf *b, const ms_coroutine *co, size_t i) {
  const char *nm = ms_co_saved_name(co, i);
  if (*nm) {
    html_text(b, nm);
    sb_puts(b, " ");
  }
  sb_puts(b, "<FONT COLOR=\"" PAL_MUTED "\">");
  html_text(b, ms_co_saved_id(co, i));
  sb_puts(b, "</FONT>");
}

/* One table cell holding a saved local's name (linked to its span when asked). */
static void saved_name_cell(rctx *r, sbuf *b, const ms_coroutine *co, size_t i) {
  sb_puts(b, "<TD ALIGN=\"LEFT\"");
  sbuf l = {0};
  if (link_for(&l, r->link_format, r->source_root, ms_co_saved_span(co, i))) {
    sb_puts(b, " HREF=\"");
    sb_puts(b, sb_str(&l));
    sb_puts(b, "\" TARGET=\"_top\" TITLE=\"");
    html_text(b, ms_co_saved_span(co, i));
    sb_puts(b, "\"");
  }
  free(l.p);
  sb_puts(b, ">");
  saved_name_html(b, co, i);
  sb_puts(b, "</TD>");
}

/* A finding about state s that makes it redundant (drawn dashed red)? */
static bool state_redundant(const ms_coroutine *co, size_t s) {
  for (size_t f = 0; f < ms_co_finding_count(co); f++)
    if (ms_co_finding_state(co, f) == (long)s && redundant_class(ms_co_finding_class_of(co, f)))
      return true;
  return false;
}

/* State s's bytes (bold and tagged `largest` for the largest), code bytes and arm when it is
 * not code: `24 B · code ≈4 B`, in DOT's HTML or as Mermaid text. */
static void state_bytes_line(sbuf *b, const ms_coroutine *co, size_t s, bool html) {
  bool largest = largest_state(co, s);
  if (largest && html) sb_puts(b, "<B>");
  bytes(b, ms_co_state_bytes(co, s), size_mark(ms_co_size_source(co)));
  /* Graphviz drops a blank next to a font change in an HTML label (a trial saw `largest·
   * code`): a no-break space there */
  if (largest) sb_puts(b, html ? "</B>&#160;<FONT COLOR=\"" PAL_LARGEST "\">largest</FONT>" : " largest");
  sb_puts(b, html && largest ? "&#160;\xC2\xB7 code " : " \xC2\xB7 code ");
  bytes(b, ms_co_state_code_bytes(co, s), "~"); /* a modelled share */
  if (ms_co_state_arm(co, s) != MS_ARM_CODE) {
    sb_puts(b, " \xC2\xB7 ");
    sb_puts(b, arm_word(ms_co_state_arm(co, s))); /* letters, spaces, parentheses */
  }
}

/* Is f a held-across-await finding whose local state s holds across its await?  (Its row
 * goes in that state's box: what the user can change, beside the local's bytes; a trial found
 * the states view silent on the report's advice.) */
static bool held_in_state(const ms_coroutine *co, size_t f, size_t s) {
  if (ms_co_finding_class_of(co, f) != MS_FINDING_HELD_ACROSS_AWAIT) return false;
  for (size_t k = 0; k < ms_co_finding_await_count(co, f); k++)
    if (ms_co_finding_await(co, f, k) == s) return true;
  return false;
}

/* The text of such a row: `buf: box, future -1544 B` (the saving when it is known). */
static void held_row_text(sbuf *b, const ms_coroutine *co, size_t f) {
  long l = ms_co_finding_saved(co, f), fut = ms_co_finding_future_bytes(co, f);
  const char *name = l >= 0 ? ms_co_saved_name(co, (size_t)l) : NULL, *adv = ms_co_finding_advice(co, f);
  sb_puts(b, "held: ");
  sb_puts(b, name && *name ? name : "a temporary");
  sb_puts(b, " \xE2\x86\x92 ");
  sb_puts(b, adv ? adv : "?");
  if (fut > 0) sb_printf(b, ", future -%ld B", fut);
}

/* What a finding on a state saves, as plain text: its older single figure (`~13 B`), or for
 * unreachable-state, whose figure is the state's size, its code and future bytes apart
 * (`~139 B of code, 196 B of future`). */
static void finding_saves(sbuf *b, const ms_coroutine *co, size_t f) {
  if (ms_co_finding_class_of(co, f) != MS_FINDING_UNREACHABLE_STATE) {
    bytes(b, ms_co_finding_bytes(co, f), "~");
    return;
  }
  bytes(b, ms_co_finding_code_bytes(co, f), "~");
  sb_puts(b, " of code, ");
  bytes(b, ms_co_finding_future_bytes(co, f), "");
  sb_puts(b, " of future");
}

/* State s's label: name and discriminant, a row per saved local, its bytes and code, a row
 * per finding about it. */
static void state_label(const view_ctx *v, sbuf *b, size_t s) {
  const ms_coroutine *co = v->co;
  sb_clear(b);
  sb_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">");
  sb_puts(b, "<TR><TD COLSPAN=\"3\"><B>");
  html_text(b, ms_co_state_name(co, s));
  sb_printf(b, "</B> <FONT COLOR=\"" PAL_MUTED "\">(%u)</FONT></TD></TR>", ms_co_state_discr(co, s));
  for (size_t j = 0; j < ms_co_state_saved_count(co, s); j++) {
    size_t i = ms_co_state_saved(co, s, j);
    sb_puts(b, "<TR>");
    saved_name_cell(v->r, b, co, i);
    sb_puts(b, "<TD ALIGN=\"LEFT\">");
    type_html(v->r, b, co, (long)i, NULL, 32);
    sb_puts(b, "</TD><TD ALIGN=\"RIGHT\">");
    bytes(b, ms_co_saved_bytes(co, i), "");
    sb_puts(b, "</TD></TR>");
  }
  sb_puts(b, "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\">");
  state_bytes_line(b, co, s, true);
  sb_puts(b, "</TD></TR>");
  for (size_t f = 0; f < ms_co_finding_count(co); f++) {
    if (ms_co_finding_state(co, f) != (long)s) continue;
    sb_puts(b, "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><FONT COLOR=\"" PAL_REDUNDANT "\">");
    html_text(b, ms_co_finding_class(co, f));
    sb_puts(b, ": saves ");
    finding_saves(b, co, f);
    sb_puts(b, "</FONT></TD></TR>");
  }
  for (size_t f = 0; f < ms_co_finding_count(co); f++) {
    if (!held_in_state(co, f, s)) continue;
    sbuf t = {0};
    held_row_text(&t, co, f);
    sb_puts(b, "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><FONT COLOR=\"" PAL_ADVICE "\">");
    html_text(b, sb_str(&t));
    sb_puts(b, "</FONT></TD></TR>");
    free(t.p);
  }
  sb_puts(b, "</TABLE>");
}

/* State s's tooltip: arm and entry, every saved local in full, every finding's reason. */
static void state_tooltip(sbuf *t, const ms_coroutine *co, size_t s) {
  sb_clear(t);
  plain_text(t, ms_co_state_name(co, s));
  sb_printf(t, " (discriminant %u, ", ms_co_state_discr(co, s));
  sb_puts(t, arm_word(ms_co_state_arm(co, s)));
  long entry = ms_co_state_entry(co, s);
  if (entry >= 0) sb_printf(t, ", entry bb%ld", entry);
  sb_puts(t, ")");
  for (size_t j = 0; j < ms_co_state_saved_count(co, s); j++) {
    sb_puts(t, "&#10;");
    saved_tooltip_line(t, co, ms_co_state_saved(co, s, j));
  }
  for (size_t f = 0; f < ms_co_finding_count(co); f++) {
    if (ms_co_finding_state(co, f) != (long)s) continue;
    sb_puts(t, "&#10;");
    plain_text(t, ms_co_finding_class(co, f));
    sb_puts(t, ": ");
    plain_text(t, ms_co_finding_reason(co, f));
  }
}

/* State s's node: dashed red when redundant, a thick border for Unresumed, a thicker orange
 * one for the largest state. */
static Agnode_t *state_node(const view_ctx *v, size_t s) {
  rctx *r = v->r;
  state_label(v, &r->s, s);
  state_tooltip(&r->t, v->co, s);
  sbuf id = {0};
  sb_puts(&id, v->prefix);
  sb_puts(&id, "state-");
  Agnode_t *n = mknode(r, v->sub, sb_str(&id), ms_co_state_name(v->co, s));
  free(id.p);
  set_html(r, n, r->n_label, sb_str(&r->s));
  set(r, n, r->n_tooltip, sb_str(&r->t));
  if (state_redundant(v->co, s)) {
    set(r, n, r->n_style, "rounded,dashed,filled");
    set(r, n, r->n_color, PAL_REDUNDANT);
    set(r, n, r->n_fillcolor, PAL_REDUNDANT_FILL);
    set(r, n, r->n_fontcolor, PAL_REDUNDANT_TEXT);
  } else if (s == 0) {
    set(r, n, r->n_penwidth, "2");
  }
  if (largest_state(v->co, s)) {
    set(r, n, r->n_penwidth, "3");
    if (!state_redundant(v->co, s)) set(r, n, r->n_color, PAL_LARGEST);
  }
  return n;
}

/* An edge from t to h labelled, coloured and styled by kind, with its id and tooltip (`from`
 * names its tail: a state, or a bundle). */
static void kind_edge(const view_ctx *v, Agnode_t *t, Agnode_t *h, const char *from, size_t to,
                      ms_transition_kind kind) {
  rctx *r = v->r;
  sbuf *b = &r->s;
  const char *via = ms_transition_kind_name(kind);
  Agedge_t *e = mkedge(r, v->sub, t, h);
  sb_clear(b);
  html_text(b, via);
  set_html(r, e, r->e_xlabel ? r->e_xlabel : r->e_label, sb_str(b));
  sb_clear(b);
  sb_puts(b, v->prefix);
  sb_puts(b, "edge-");
  ident(b, from);
  sb_puts(b, "-");
  ident(b, ms_co_state_name(v->co, to));
  sb_puts(b, "-");
  ident(b, via);
  set(r, e, r->e_id, sb_str(b));
  sb_clear(b);
  plain_text(b, from);
  sb_puts(b, " \xE2\x86\x92 "); /* → */
  plain_text(b, ms_co_state_name(v->co, to));
  sb_puts(b, ": ");
  plain_text(b, via);
  set(r, e, r->e_tooltip, sb_str(b));
  set(r, e, r->e_color, via_color(kind));
  set(r, e, r->e_fontcolor, via_color(kind));
  if (kind == MS_VIA_UNWIND) set(r, e, r->e_style, "dashed");
}

/* Transition k as an edge between the nodes of its states. */
static void state_transition(const view_ctx *v, Agnode_t *const *nodes, size_t k) {
  const ms_coroutine *co = v->co;
  size_t from = ms_co_transition_from(co, k), to = ms_co_transition_to(co, k);
  kind_edge(v, nodes[from], nodes[to], ms_co_state_name(co, from), to, ms_co_transition_kind(co, k));
}

/* The bundle of transition k's kind into its target: a dashed box in the kind's colour that
 * names the sources (every one in its tooltip), and one edge from it to the target. */
static void state_bundle(const view_ctx *v, Agnode_t *const *nodes, const unsigned char *d, size_t k) {
  rctx *r = v->r;
  const ms_coroutine *co = v->co;
  size_t to = ms_co_transition_to(co, k);
  ms_transition_kind kind = ms_co_transition_kind(co, k);
  sbuf name = {0};
  sb_puts(&name, "bundle-");
  sb_puts(&name, ms_transition_kind_name(kind));
  sb_puts(&name, "-");
  sb_puts(&name, ms_co_state_name(co, to));
  Agnode_t *n = mknode(r, v->sub, v->prefix, name.p);
  sb_clear(&r->t);
  bool *src = bundle_sources(r, co, d, kind, to);
  sb_puts(&r->t, "<FONT POINT-SIZE=\"10\">");
  bundle_text(&r->t, co, src, html_text, "<BR/>");
  sb_puts(&r->t, "</FONT>");
  set_html(r, n, r->n_label, sb_str(&r->t));
  sb_clear(&r->t);
  plain_text(&r->t, ms_transition_kind_name(kind));
  sb_puts(&r->t, " into ");
  plain_text(&r->t, ms_co_state_name(co, to));
  sb_puts(&r->t, " from:");
  for (size_t s = 0; s < ms_co_state_count(co); s++)
    if (src[s]) {
      sb_puts(&r->t, "&#10;");
      plain_text(&r->t, ms_co_state_name(co, s));
    }
  set(r, n, r->n_tooltip, sb_str(&r->t));
  set(r, n, r->n_style, "rounded,dashed,filled");
  set(r, n, r->n_color, via_color(kind));
  set(r, n, r->n_fillcolor, PAL_BUNDLE_FILL);
  set(r, n, r->n_fontcolor, via_color(kind));
  kind_edge(v, n, nodes[to], name.p, to, kind);
  free(name.p);
}

/* The states view: a node per state, then the drawn transitions (ms_co_transition_drawn, or
 * all of them): an edge each, and a box and edge per bundle. */
static void render_states(const view_ctx *v) {
  rctx *r = v->r;
  size_t ns = ms_co_state_count(v->co);
  Agnode_t **nodes = ms_arena_alloc(&r->arena, (ns ? ns : 1) * sizeof *nodes);
  const unsigned char *d = drawn_set(r, v->co), *first = bundle_firsts(r, v->co, d);
  size_t nt = ms_co_transition_count(v->co);
  for (size_t s = 0; s < ns && !r->failed; s++) nodes[s] = state_node(v, s);
  for (size_t k = 0; k < nt && !r->failed; k++) {
    if (d[k] == MS_DRAWN_EDGE) state_transition(v, nodes, k);
    else if (first[k]) state_bundle(v, nodes, d, k);
  }
}

static void legend_states(rctx *r, Agraph_t *g, const char *prefix) {
  Agraph_t *L = mksub(r, g, prefix, "legend");
  if (!L) return;
  set(r, L, r->g_label, "legend");
  set(r, L, r->g_style, "dotted");
  set(r, L, r->g_color, PAL_FRAME);
  set(r, L, r->g_fontcolor, PAL_MUTED);
  Agnode_t *n = mknode(r, L, prefix, "legend");
  set(r, n, r->n_shape, "plain");
  sbuf *b = &r->s;
  sb_clear(b);
  sb_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
             "<TR><TD ALIGN=\"LEFT\">box: a state; rows: saved locals (name, type, bytes)</TD></TR>"
             "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" PAL_REDUNDANT "\">dashed red: redundant "
             "(finding and the code it would save)</FONT></TD></TR>"
             "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" PAL_LARGEST "\">thick orange: the largest "
             "state(s) (bytes)</FONT></TD></TR>"
             "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" PAL_ADVICE "\">held: a local of yours kept "
             "across this await, the fix, the future bytes it saves</FONT></TD></TR>"
             "<TR><TD ALIGN=\"LEFT\">24 B exact \xC2\xB7 ~24 B computed \xC2\xB7 "
             "\xE2\x89\xA5" "24 B lower bound; code: 24 B nm \xC2\xB7 \xE2\x89\x88" "24 B corrected "
             "\xC2\xB7 ~24 B modelled</TD></TR>"
             "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" PAL_PENDING "\">pending</FONT> \xC2\xB7 "
             "<FONT COLOR=\"" PAL_YIELD "\">yield</FONT> \xC2\xB7 "
             "<FONT COLOR=\"" PAL_READY "\">ready / return</FONT> \xC2\xB7 "
             "<FONT COLOR=\"" PAL_UNWIND "\">unwind (dashed)</FONT></TD></TR>");
  if (!r->all_edges)
    sb_puts(b, "<TR><TD ALIGN=\"LEFT\">an edge implied by a path of its kind is left out "
               "(--all-edges draws every one)</TD></TR>"
               "<TR><TD ALIGN=\"LEFT\">dashed box: one edge for a kind from many states</TD></TR>");
  sb_puts(b, "</TABLE>");
  set_html(r, n, r->n_label, sb_str(b));
  set(r, n, r->n_tooltip, "legend");
}

/* ------------------------------------------------------------------ states view in Mermaid */

/*
 * The states view as Mermaid `stateDiagram-v2` text: the same states, drawn transitions,
 * bundles and byte labels as the DOT.  Ids are `s<state index>` and
 * `bundle_<kind>_<target index>` (valid identifiers whatever the names); every text from a
 * dump passes through ESC_MERMAID.  Styles by class: redundant, largest, initial, bundle.
 */
#define MM_INDENT "    "

/* State s: its title (name and discriminant), then a line per saved local, its bytes and
 * code, a line per finding about it. */
static void mermaid_state(const rctx *r, sbuf *b, const ms_coroutine *co, size_t s) {
  sb_printf(b, MM_INDENT "state \"");
  mermaid_text(b, ms_co_state_name(co, s));
  sb_printf(b, " (%u)\" as s%zu\n", ms_co_state_discr(co, s), s);
  for (size_t j = 0; j < ms_co_state_saved_count(co, s); j++) {
    size_t i = ms_co_state_saved(co, s, j);
    sb_printf(b, MM_INDENT "s%zu : ", s);
    if (*ms_co_saved_name(co, i)) {
      mermaid_text(b, ms_co_saved_name(co, i));
      sb_puts(b, " ");
    }
    mermaid_text(b, ms_co_saved_id(co, i));
    sb_puts(b, " \xC2\xB7 ");
    type_esc(r, b, co, (long)i, NULL, 32, ESC_MERMAID);
    sb_puts(b, " \xC2\xB7 ");
    bytes(b, ms_co_saved_bytes(co, i), "");
    sb_puts(b, "\n");
  }
  sb_printf(b, MM_INDENT "s%zu : ", s);
  state_bytes_line(b, co, s, false);
  sb_puts(b, "\n");
  for (size_t f = 0; f < ms_co_finding_count(co); f++) {
    if (ms_co_finding_state(co, f) != (long)s) continue;
    sb_printf(b, MM_INDENT "s%zu : ", s);
    mermaid_text(b, ms_co_finding_class(co, f));
    mermaid_text(b, ": saves ");
    finding_saves(b, co, f); /* digits, `~`, words: nothing Mermaid reads */
    sb_puts(b, "\n");
  }
  for (size_t f = 0; f < ms_co_finding_count(co); f++) {
    if (!held_in_state(co, f, s)) continue;
    sbuf t = {0};
    held_row_text(&t, co, f);
    sb_printf(b, MM_INDENT "s%zu : ", s);
    mermaid_text(b, sb_str(&t));
    sb_puts(b, "\n");
    free(t.p);
  }
}

/* The drawn transitions: `sA --> sB : kind`, and per bundle its box and one edge. */
static void mermaid_transitions(rctx *r, sbuf *b, const ms_coroutine *co, const unsigned char *d,
                                const unsigned char *first) {
  size_t nt = ms_co_transition_count(co);
  for (size_t t = 0; t < nt; t++) {
    size_t to = ms_co_transition_to(co, t);
    const char *via = ms_co_transition_via(co, t);
    if (d[t] == MS_DRAWN_EDGE) {
      sb_printf(b, MM_INDENT "s%zu --> s%zu : %s\n", ms_co_transition_from(co, t), to, via);
    } else if (first[t]) {
      bool *src = bundle_sources(r, co, d, ms_co_transition_kind(co, t), to);
      sb_printf(b, MM_INDENT "state \"");
      bundle_text(b, co, src, mermaid_text, "<br/>");
          sb_printf(b, "\" as bundle_%s_%zu\n", via, to);
      sb_printf(b, MM_INDENT "bundle_%s_%zu --> s%zu : %s\n", via, to, to, via);
      sb_printf(b, MM_INDENT "class bundle_%s_%zu bundle\n", via, to);
    }
  }
}

/* The whole diagram into b. */
static void mermaid_diagram(rctx *r, sbuf *b, const ms_coroutine *co) {
  sb_puts(b, "%% mirscope states view of ");
  /* a comment runs to the end of its line: the name as it reads (a trial got `d#58;#58;..`),
   * without markup (`<impl at ..>` as `‹impl at ..›`; `&`, `"` escaped as elsewhere) or
   * control characters (`?`: a line break would end the comment) */
  for (const char *p = ms_co_name(co); p && *p; p++) {
    char ch = (unsigned char)*p < 0x20 || *p == 0x7f ? '?' : *p;
    if (ch == '<' || ch == '>') sb_puts(b, ch == '<' ? "‹" : "›");
    else if (ch == '&' || ch == '"') mermaid_text_n(b, p, 1);
    else sb_putn(b, &ch, 1);
  }
  sb_puts(b, "\nstateDiagram-v2\n");
  sb_puts(b, MM_INDENT "classDef initial stroke-width:2px\n");
  sb_puts(b, MM_INDENT "classDef redundant stroke:" PAL_REDUNDANT ",stroke-dasharray:5 5,fill:"
             PAL_REDUNDANT_FILL ",color:" PAL_REDUNDANT_TEXT "\n");
  sb_puts(b, MM_INDENT "classDef largest stroke:" PAL_LARGEST ",stroke-width:3px\n");
  sb_puts(b, MM_INDENT "classDef bundle stroke-dasharray:5 5,fill:" PAL_BUNDLE_FILL "\n");
  for (size_t s = 0; s < ms_co_state_count(co); s++) mermaid_state(r, b, co, s);
  const unsigned char *d = drawn_set(r, co);
  mermaid_transitions(r, b, co, d, bundle_firsts(r, co, d));
  for (size_t s = 0; s < ms_co_state_count(co); s++) {
    if (state_redundant(co, s)) sb_printf(b, MM_INDENT "class s%zu redundant\n", s);
    else if (s == 0) sb_printf(b, MM_INDENT "class s%zu initial\n", s);
    if (largest_state(co, s)) sb_printf(b, MM_INDENT "class s%zu largest\n", s);
  }
}

static int render_mermaid(rctx *r, const ms_coroutine *co, FILE *out) {
  sbuf b = {0};
  mermaid_diagram(r, &b, co);
  int rc = 0;
  if (fwrite(b.p, 1, b.len, out) != b.len || fflush(out) != 0 || ferror(out))
    rc = seterr(r->errbuf, r->errlen, "writing Mermaid failed");
  free(b.p);
  return rc;
}

/* ------------------------------------------------------------------ cfg view */

static void stmt_short(sbuf *b, const ms_stmt *st) {
  shorten(b, ms_stmt_text(st), 46);
}

/* Block number -> position of its block in the body, for the edges: sorted by number, the
 * last block of a number (as ms_body_block_by_index picks) last.  Sized by the body's block
 * count, whatever numbers a garbled dump prints. */
typedef struct {
  unsigned bb;
  size_t pos;
} bb_pos;

static int bb_pos_cmp(const void *pa, const void *pb) {
  const bb_pos *a = pa, *b = pb;
  if (a->bb != b->bb) return a->bb < b->bb ? -1 : 1;
  return (a->pos > b->pos) - (a->pos < b->pos);
}

/* Position of the block drawn as `bbN` (the last of that number), -1 when the body has none. */
static long bb_lookup(const bb_pos *m, size_t n, unsigned bb) {
  size_t lo = 0, hi = n;
  while (lo < hi) { /* first entry with a number above bb */
    size_t mid = lo + (hi - lo) / 2;
    if (m[mid].bb <= bb) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && m[lo - 1].bb == bb ? (long)m[lo - 1].pos : -1;
}

/* The cluster of a state's blocks: its name, code bytes and arm kind; dashed red for a
 * poison arm. */
static Agraph_t *cfg_state_cluster(const view_ctx *v, size_t s) {
  rctx *r = v->r;
  sbuf *b = &r->s;
  sbuf nm = {0};
  sb_puts(&nm, "state-");
  sb_puts(&nm, ms_co_state_name(v->co, s));
  Agraph_t *cl = mksub(r, v->sub, v->prefix, sb_str(&nm));
  free(nm.p);
  sb_clear(b);
  sb_puts(b, "<B>");
  html_text(b, ms_co_state_name(v->co, s));
  sb_puts(b, "</B> \xC2\xB7 code ");
  bytes(b, ms_co_state_code_bytes(v->co, s), "~");
  ms_arm_kind arm = ms_co_state_arm(v->co, s);
  if (arm != MS_ARM_CODE) {
    sb_puts(b, " \xC2\xB7 ");
    sb_puts(b, arm_word(arm));
  }
  set_html(r, cl, r->g_label, sb_str(b));
  if (is_poison(arm)) {
    set(r, cl, r->g_style, "dashed");
    set(r, cl, r->g_color, PAL_REDUNDANT);
    set(r, cl, r->g_fontcolor, PAL_REDUNDANT);
  } else {
    set(r, cl, r->g_color, PAL_STATE_FRAME);
  }
  return cl;
}

static Agraph_t *cfg_dispatch_cluster(const view_ctx *v) {
  rctx *r = v->r;
  Agraph_t *cl = mksub(r, v->sub, v->prefix, "dispatch");
  set(r, cl, r->g_label, "dispatch");
  set(r, cl, r->g_style, "filled");
  set(r, cl, r->g_fillcolor, PAL_DISPATCH_FILL);
  set(r, cl, r->g_color, PAL_DISPATCH_FRAME);
  return cl;
}

/* What the cfg view shares between its steps. */
typedef struct {
  view_ctx v;
  const ms_body *body;
  size_t nb, ns;
  long dispatch;     /* the model's dispatch switch block, -1 none */
  size_t max_stmts;  /* statements shown in a block */
  Agnode_t **node;   /* by position in the body */
  bb_pos *bbmap;     /* block number -> position, for the edges */
  Agraph_t **cluster; /* by state, made with the state's first block */
  Agraph_t *dispatch_cluster;
} cfg_ctx;

/* Tables sized by the body's block and state counts. */
static void cfg_begin(cfg_ctx *c, const view_ctx *v, const ms_body *body) {
  rctx *r = v->r;
  *c = (cfg_ctx){.v = *v, .body = body};
  c->nb = ms_body_block_count(body);
  c->ns = ms_co_state_count(v->co);
  c->dispatch = ms_co_dispatch_block(v->co);
  c->max_stmts = c->nb > 150 ? 3 : 6;
  c->node = ms_arena_alloc(&r->arena, (c->nb ? c->nb : 1) * sizeof *c->node);
  c->bbmap = ms_arena_alloc(&r->arena, (c->nb ? c->nb : 1) * sizeof *c->bbmap);
  c->cluster = ms_arena_alloc(&r->arena, (c->ns + 1) * sizeof *c->cluster);
  for (size_t i = 0; i < c->nb; i++)
    c->bbmap[i] = (bb_pos){ms_block_index(ms_body_block(body, i)), i};
  qsort(c->bbmap, c->nb, sizeof *c->bbmap, bb_pos_cmp);
}

/* Where a block owned by `o` (ms_co_block_owner) goes: the dispatch's or its state's
 * cluster (made on first use), the coroutine's own graph for shared and unreached blocks. */
static Agraph_t *cfg_cluster(cfg_ctx *c, long o) {
  if (o == MS_BLOCK_DISPATCH) {
    if (!c->dispatch_cluster) c->dispatch_cluster = cfg_dispatch_cluster(&c->v);
    return c->dispatch_cluster;
  }
  if (o < 0) return c->v.sub;
  if (!c->cluster[o]) c->cluster[o] = cfg_state_cluster(&c->v, (size_t)o);
  return c->cluster[o];
}

/* A block's label: name, tags, the first statements of code, the terminator. */
static void cfg_block_label(const cfg_ctx *c, sbuf *b, const ms_block *blk) {
  unsigned bi = ms_block_index(blk);
  const ms_stmt *term = ms_block_terminator(blk);
  sb_clear(b);
  sb_printf(b, "<B>bb%u</B>", bi);
  if (ms_block_is_cleanup(blk)) sb_puts(b, " <FONT COLOR=\"" PAL_MUTED "\">cleanup</FONT>");
  if ((long)bi == c->dispatch) sb_puts(b, " <FONT COLOR=\"" PAL_DISPATCH_TEXT "\">dispatch</FONT>");
  sb_puts(b, "<BR ALIGN=\"LEFT\"/>");
  size_t shown = 0, hidden = 0;
  for (size_t k = 0; k < ms_block_stmt_count(blk); k++) {
    const ms_stmt *st = ms_block_stmt(blk, k);
    ms_stmt_kind kd = ms_stmt_kind_of(st);
    if (kd == MS_STMT_STORAGE_LIVE || kd == MS_STMT_STORAGE_DEAD || kd == MS_STMT_NOP) continue;
    if (shown == c->max_stmts) {
      hidden++;
      continue;
    }
    stmt_short(b, st);
    sb_puts(b, "<BR ALIGN=\"LEFT\"/>");
    shown++;
  }
  if (hidden) sb_printf(b, "<I>\xE2\x80\xA6 %zu more</I><BR ALIGN=\"LEFT\"/>", hidden);
  if (term) {
    sb_puts(b, "<FONT COLOR=\"" PAL_TERMINATOR "\">");
    stmt_short(b, term);
    sb_puts(b, "</FONT><BR ALIGN=\"LEFT\"/>");
  }
}

/* A block's tooltip: its line and every statement in full. */
static void cfg_block_tooltip(sbuf *t, const ms_block *blk) {
  const ms_stmt *term = ms_block_terminator(blk);
  sb_clear(t);
  sb_printf(t, "bb%u (line %u)", ms_block_index(blk), ms_block_line(blk));
  for (size_t k = 0; k < ms_block_stmt_count(blk); k++) {
    sb_puts(t, "&#10;");
    plain_text(t, ms_stmt_text(ms_block_stmt(blk, k)));
  }
  if (term) {
    sb_puts(t, "&#10;");
    plain_text(t, ms_stmt_text(term));
  }
}

/* Fill and frame by what the block is: the switch, cleanup, poison, shared or plain code;
 * a thick border for a state's entry. */
static void cfg_block_style(const cfg_ctx *c, Agnode_t *n, const ms_block *blk, long o) {
  rctx *r = c->v.r;
  unsigned bi = ms_block_index(blk);
  set(r, n, r->n_style, "filled");
  if ((long)bi == c->dispatch) {
    set(r, n, r->n_fillcolor, PAL_DISPATCH_SWITCH);
    set(r, n, r->n_penwidth, "2");
  } else if (ms_block_is_cleanup(blk)) {
    set(r, n, r->n_style, "filled,dashed");
    set(r, n, r->n_fillcolor, PAL_CLEANUP_FILL);
    set(r, n, r->n_color, PAL_CLEANUP_FRAME);
  } else if (o >= 0 && is_poison(ms_co_state_arm(c->v.co, (size_t)o))) {
    set(r, n, r->n_fillcolor, PAL_REDUNDANT_FILL);
    set(r, n, r->n_color, PAL_REDUNDANT);
  } else if (o == MS_BLOCK_SHARED) {
    set(r, n, r->n_fillcolor, PAL_SHARED_FILL);
  } else {
    set(r, n, r->n_fillcolor, PAL_BLOCK_FILL);
  }
  for (size_t s = 0; s < c->ns; s++)
    if (ms_co_state_entry(c->v.co, s) == (long)bi) set(r, n, r->n_penwidth, "2");
}

/* A block's link: the IR keeps no source span for a block (rustc prints spans as comments,
 * and only with -Zmir-include-spans), so the dump file (made absolute with the working
 * directory it was opened from) at the block's line, column 1. */
static void cfg_block_link(const cfg_ctx *c, Agnode_t *n, const ms_block *blk) {
  rctx *r = c->v.r;
  const char *file = ms_co_file(c->v.co);
  char cwd[4096], line[32];
  const char *root = file[0] != '/' && getcwd(cwd, sizeof cwd) ? cwd : NULL;
  snprintf(line, sizeof line, "%u", ms_block_line(blk));
  sb_clear(&r->s);
  link_subst(&r->s, r->link_format, root, file, strlen(file), line, strlen(line), "1", 1);
  set(r, n, r->n_url, sb_str(&r->s));
  set(r, n, r->n_target, "_top");
}

/* The node of block i, in the cluster of the state that owns it. */
static void cfg_block(cfg_ctx *c, size_t i) {
  rctx *r = c->v.r;
  const ms_block *blk = ms_body_block(c->body, i);
  unsigned bi = ms_block_index(blk);
  long o = ms_co_block_owner(c->v.co, bi);
  if (o >= (long)c->ns) o = MS_BLOCK_UNREACHED; /* not from the model */
  Agraph_t *where = cfg_cluster(c, o);
  if (r->failed) return;
  char bbn[32];
  snprintf(bbn, sizeof bbn, "bb%u", bi);
  Agnode_t *n = c->node[i] = mknode(r, where, c->v.prefix, bbn);
  cfg_block_label(c, &r->s, blk);
  set_html(r, n, r->n_label, sb_str(&r->s));
  cfg_block_tooltip(&r->t, blk);
  set(r, n, r->n_tooltip, sb_str(&r->t));
  cfg_block_style(c, n, blk, o);
  if (r->n_url) cfg_block_link(c, n, blk);
}

/* An edge from block i to `bbN` that the dump does not define (truncated input): to a
 * dotted placeholder, one per missing block. */
static void cfg_missing_edge(cfg_ctx *c, size_t i, unsigned tg) {
  rctx *r = c->v.r;
  char bbn[40];
  snprintf(bbn, sizeof bbn, "bb%u", tg);
  sbuf pn = {0};
  sb_puts(&pn, c->v.prefix);
  sb_puts(&pn, bbn);
  Agnode_t *ph = agnode(r->g, pn.p, 0);
  free(pn.p);
  if (!ph) {
    ph = mknode(r, c->v.sub, c->v.prefix, bbn);
    sb_clear(&r->s);
    sb_printf(&r->s, "bb%u (missing)", tg);
    set(r, ph, r->n_tooltip, sb_str(&r->s));
    set(r, ph, r->n_style, "dotted");
  }
  mkedge(r, c->v.sub, c->node[i], ph);
}

/* Edge k's label: the switch value (with the state's name on a dispatch arm) or its kind. */
static void cfg_edge_label(const cfg_ctx *c, sbuf *b, unsigned bi, const ms_stmt *term, size_t k) {
  unsigned tg = ms_stmt_edge_target(term, k);
  sb_clear(b);
  switch (ms_stmt_edge_kind(term, k)) {
  case MS_EDGE_SWITCH:
    html_text(b, ms_stmt_edge_label(term, k));
    if ((long)bi == c->dispatch)
      for (size_t s = 0; s < c->ns; s++)
        if (ms_co_state_entry(c->v.co, s) == (long)tg) {
          sb_puts(b, ": ");
          html_text(b, ms_co_state_name(c->v.co, s));
          break;
        }
    break;
  case MS_EDGE_OTHERWISE: sb_puts(b, "otherwise"); break;
  case MS_EDGE_UNWIND: break;
  case MS_EDGE_RESUME: sb_puts(b, "resume"); break;
  case MS_EDGE_DROP: sb_puts(b, "drop"); break;
  case MS_EDGE_REAL: sb_puts(b, "real"); break;
  case MS_EDGE_IMAGINARY: sb_puts(b, "imaginary"); break;
  case MS_EDGE_OTHER: html_text(b, ms_stmt_edge_label(term, k)); break;
  default: break;
  }
}

/* Edge k of block i's terminator, to the block at position tpos. */
static void cfg_edge(cfg_ctx *c, size_t i, const ms_stmt *term, size_t k, size_t tpos) {
  rctx *r = c->v.r;
  sbuf *b = &r->s;
  unsigned bi = ms_block_index(ms_body_block(c->body, i)), tg = ms_stmt_edge_target(term, k);
  Agedge_t *e = mkedge(r, c->v.sub, c->node[i], c->node[tpos]);
  ms_edge_kind ek = ms_stmt_edge_kind(term, k);
  cfg_edge_label(c, b, bi, term, k);
  /* label, not xlabel (unlike big states graphs): xlabels would cut handshake's layout
   * from 1.2 s to 0.4 s, but the dispatch arms' labels then pile up where their edges
   * fan out, and arm values have no colour to fall back on (docs/diagrams.md); a headlabel
   * above CFG_HEADLABEL_BLOCKS, where labels cost minutes */
  if (b->len) set_html(r, e, r->e_headlabel ? r->e_headlabel : r->e_label, sb_str(b));
  if (ek == MS_EDGE_UNWIND || ek == MS_EDGE_DROP || ek == MS_EDGE_IMAGINARY) {
    set(r, e, r->e_style, "dashed");
    set(r, e, r->e_color, ek == MS_EDGE_UNWIND ? PAL_CFG_UNWIND : PAL_CFG_DASHED);
  }
  sb_clear(b);
  sb_printf(b, "%sbb%u-bb%u-%zu", c->v.prefix, bi, tg, k);
  set(r, e, r->e_id, sb_str(b));
}

/* The edges of block i's terminator. */
static void cfg_edges(cfg_ctx *c, size_t i) {
  const ms_stmt *term = ms_block_terminator(ms_body_block(c->body, i));
  for (size_t k = 0; term && k < ms_stmt_edge_count(term) && !c->v.r->failed; k++) {
    long tpos = bb_lookup(c->bbmap, c->nb, ms_stmt_edge_target(term, k));
    if (tpos < 0) cfg_missing_edge(c, i, ms_stmt_edge_target(term, k));
    else cfg_edge(c, i, term, k, (size_t)tpos);
  }
}

/* The cfg view: every block in the cluster of the state whose code the model says it is
 * (ms_co_block_owner, ms_co_dispatch_block), then every terminator's edges. */
static void render_cfg(const view_ctx *v, const ms_body *body) {
  cfg_ctx c;
  cfg_begin(&c, v, body);
  for (size_t i = 0; i < c.nb && !v->r->failed; i++) cfg_block(&c, i);
  for (size_t i = 0; i < c.nb && !v->r->failed; i++) cfg_edges(&c, i);
}

/* ------------------------------------------------------------------ layout view */

/* What the layout view shares between its steps. */
typedef struct {
  view_ctx v;
  size_t ns, nsv;
  unsigned char *held; /* ns x nsv: state s holds saved local i */
  Agnode_t **local;    /* the conflict graph's node of each saved local */
  bool matrix;         /* the model has storage conflicts: the table lists them */
} layout_ctx;

/* Which state holds which saved local. */
static void layout_begin(layout_ctx *c, const view_ctx *v) {
  const ms_coroutine *co = v->co;
  *c = (layout_ctx){.v = *v, .ns = ms_co_state_count(co), .nsv = ms_co_saved_count(co)};
  c->matrix = c->nsv && ms_co_saved_conflict(co, 0, 0) >= 0;
  c->held = ms_arena_alloc(&v->r->arena, (c->ns ? c->ns : 1) * (c->nsv ? c->nsv : 1));
  for (size_t s = 0; s < c->ns; s++)
    for (size_t j = 0; j < ms_co_state_saved_count(co, s); j++) {
      size_t i = ms_co_state_saved(co, s, j);
      if (i < c->nsv) c->held[s * c->nsv + i] = 1;
    }
}

/* One shaded row per upvar: the prefix every variant shares. */
static void layout_upvar_rows(const layout_ctx *c, sbuf *b) {
  const ms_coroutine *co = c->v.co;
  for (size_t u = 0; u < ms_co_upvar_count(co); u++) {
    sb_puts(b, "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"" PAL_UPVAR_FILL "\">");
    html_text(b, ms_co_upvar_name(co, u));
    sb_puts(b, " <FONT COLOR=\"" PAL_MUTED "\">upvar</FONT></TD><TD ALIGN=\"LEFT\" BGCOLOR=\"" PAL_UPVAR_FILL "\">");
    type_html(c->v.r, b, co, -1, ms_co_upvar_type(co, u), 32);
    sb_puts(b, "</TD><TD ALIGN=\"RIGHT\" BGCOLOR=\"" PAL_UPVAR_FILL "\">");
    bytes(b, ms_co_upvar_bytes(co, u), "");
    sb_printf(b, "</TD><TD COLSPAN=\"%zu\" BGCOLOR=\"" PAL_UPVAR_FILL "\">prefix (every variant)</TD>",
              c->ns ? c->ns : 1);
    sb_puts(b, c->matrix ? "<TD BGCOLOR=\"" PAL_UPVAR_FILL "\"></TD></TR>" : "</TR>");
  }
}

/* The locals saved local i is live together with (storage conflicts), compactly: their ids,
 * or a muted "none: may overlap any other" (it shares memory with the locals it is not live with). */
static void layout_conflict_cell(const layout_ctx *c, sbuf *b, size_t i) {
  const ms_coroutine *co = c->v.co;
  size_t k = 0;
  sb_puts(b, "<TD ALIGN=\"LEFT\">");
  for (size_t j = 0; j < c->nsv; j++) {
    if (j == i || (ms_co_saved_conflict(co, i, j) <= 0 && ms_co_saved_conflict(co, j, i) <= 0))
      continue;
    if (k++) sb_puts(b, k % 6 == 1 ? "<BR ALIGN=\"LEFT\"/>" : " ");
    html_text(b, ms_co_saved_id(co, j));
  }
  if (!k) sb_puts(b, "<FONT COLOR=\"" PAL_MUTED "\">none: may overlap any other</FONT>");
  sb_puts(b, "</TD>");
}

/* Saved local i's row: name, type, bytes, its bytes in each variant that holds it, then the
 * locals it is live together with. */
static void layout_saved_row(const layout_ctx *c, sbuf *b, size_t i) {
  const ms_coroutine *co = c->v.co;
  sb_puts(b, "<TR>");
  saved_name_cell(c->v.r, b, co, i);
  sb_puts(b, "<TD ALIGN=\"LEFT\">");
  type_html(c->v.r, b, co, (long)i, NULL, 32);
  sb_puts(b, "</TD><TD ALIGN=\"RIGHT\">");
  bytes(b, ms_co_saved_bytes(co, i), "");
  sb_puts(b, "</TD>");
  for (size_t s = 0; s < c->ns; s++) {
    if (c->held[s * c->nsv + i]) {
      sb_puts(b, "<TD ALIGN=\"RIGHT\" BGCOLOR=\"" PAL_HELD_FILL "\">");
      long by = ms_co_saved_bytes(co, i);
      if (by >= 0) sb_printf(b, "%ld", by);
      else sb_puts(b, "?");
      sb_puts(b, "</TD>");
    } else {
      sb_puts(b, "<TD></TD>");
    }
  }
  if (c->matrix) layout_conflict_cell(c, b, i);
  sb_puts(b, "</TR>");
}

/* The table: a header of variants, upvar rows, saved-local rows, the variants' bytes. */
static void layout_table_html(const layout_ctx *c, sbuf *b) {
  const ms_coroutine *co = c->v.co;
  sb_clear(b);
  sb_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">");
  sb_puts(b, "<TR><TD><B>saved local</B></TD><TD><B>type</B></TD><TD><B>bytes</B></TD>");
  for (size_t s = 0; s < c->ns; s++) {
    sb_puts(b, "<TD><B>");
    html_text(b, ms_co_state_name(co, s));
    sb_puts(b, "</B></TD>");
  }
  if (c->matrix) sb_puts(b, "<TD><B>live with</B></TD>");
  sb_puts(b, "</TR>");
  layout_upvar_rows(c, b);
  for (size_t i = 0; i < c->nsv; i++) layout_saved_row(c, b, i);
  const char *mark = size_mark(ms_co_size_source(co));
  sb_puts(b, "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><B>state bytes</B>&#160;(with the discriminant)</TD>");
  for (size_t s = 0; s < c->ns; s++) {
    sb_puts(b, "<TD ALIGN=\"RIGHT\">");
    long by = ms_co_state_bytes(co, s);
    if (by >= 0) sb_printf(b, "%s%ld", mark, by);
    else sb_puts(b, "?");
    sb_puts(b, "</TD>");
  }
  sb_puts(b, c->matrix ? "<TD></TD></TR></TABLE>" : "</TR></TABLE>");
}

/* The table's tooltip: every saved local and upvar with its full type. */
static void layout_table_tooltip(const layout_ctx *c, sbuf *t) {
  const ms_coroutine *co = c->v.co;
  sb_clear(t);
  sb_puts(t, "saved locals:");
  for (size_t i = 0; i < c->nsv; i++) {
    sb_puts(t, "&#10;");
    saved_tooltip_line(t, co, i);
  }
  for (size_t u = 0; u < ms_co_upvar_count(co); u++) {
    sb_puts(t, "&#10;upvar ");
    plain_text(t, ms_co_upvar_name(co, u));
    sb_puts(t, ": ");
    plain_text(t, ms_co_upvar_type(co, u));
  }
}

/* The variants x saved locals table in its own cluster. */
static void layout_table(const layout_ctx *c) {
  rctx *r = c->v.r;
  layout_table_html(c, &r->s);
  layout_table_tooltip(c, &r->t);
  Agraph_t *tc = mksub(r, c->v.sub, c->v.prefix, "variants");
  set(r, tc, r->g_label, "variants \xC3\x97 saved locals (bytes per field)");
  set(r, tc, r->g_color, PAL_STATE_FRAME);
  Agnode_t *tbl = mknode(r, tc, c->v.prefix, "layout-table");
  set(r, tbl, r->n_shape, "plain");
  set_html(r, tbl, r->n_label, sb_str(&r->s));
  set(r, tbl, r->n_tooltip, sb_str(&r->t));
}

/* Saved local i's node in the conflict graph; dashed when it conflicts with no other. */
static Agnode_t *conflict_node(const layout_ctx *c, Agraph_t *cc, size_t i, bool matrix) {
  rctx *r = c->v.r;
  const ms_coroutine *co = c->v.co;
  sbuf *b = &r->s, *t = &r->t;
  sbuf id = {0};
  sb_puts(&id, c->v.prefix);
  sb_puts(&id, "local-");
  Agnode_t *n = mknode(r, cc, sb_str(&id), ms_co_saved_id(co, i));
  free(id.p);
  sb_clear(b);
  saved_name_html(b, co, i);
  sb_puts(b, "<BR/>");
  type_html(r, b, co, (long)i, NULL, 28);
  sb_puts(b, " \xC2\xB7 ");
  bytes(b, ms_co_saved_bytes(co, i), "");
  set_html(r, n, r->n_label, sb_str(b));
  sb_clear(t);
  saved_tooltip_line(t, co, i);
  set(r, n, r->n_tooltip, sb_str(t));
  int any = 0;
  for (size_t j = 0; matrix && j < c->nsv; j++)
    if (j != i && ms_co_saved_conflict(co, i, j) > 0) any = 1;
  if (!any) set(r, n, r->n_style, "rounded,dashed");
  return n;
}

/* The edge between saved locals i and j, which are live at the same time. */
static void conflict_edge(const layout_ctx *c, Agraph_t *cc, size_t i, size_t j) {
  rctx *r = c->v.r;
  const ms_coroutine *co = c->v.co;
  sbuf *b = &r->s, *t = &r->t;
  Agedge_t *e = mkedge(r, cc, c->local[i], c->local[j]);
  set(r, e, r->e_dir, "none");
  set(r, e, r->e_color, PAL_CONFLICT);
  sb_clear(b);
  sb_puts(b, c->v.prefix);
  sb_puts(b, "conflict-");
  ident(b, ms_co_saved_id(co, i));
  sb_puts(b, "-");
  ident(b, ms_co_saved_id(co, j));
  set(r, e, r->e_id, sb_str(b));
  sb_clear(t);
  plain_text(t, ms_co_saved_id(co, i));
  sb_puts(t, " and ");
  plain_text(t, ms_co_saved_id(co, j));
  sb_puts(t, " are live at the same time: they may not overlap");
  set(r, e, r->e_tooltip, sb_str(t));
}

/* The storage-conflict (overlap) graph in its own cluster: a node per saved local, an
 * edge per conflicting pair. */
static void layout_conflicts(layout_ctx *c) {
  rctx *r = c->v.r;
  const ms_coroutine *co = c->v.co;
  Agraph_t *cc = mksub(r, c->v.sub, c->v.prefix, "conflicts");
  if (!cc) return;
  bool matrix = ms_co_saved_conflict(co, 0, 0) >= 0;
  set(r, cc, r->g_label,
      matrix ? "storage conflicts: an edge joins locals live at the same time (they may not "
               "overlap); unjoined locals may overlap"
             : "storage conflicts: no conflict matrix in the dump");
  set(r, cc, r->g_color, PAL_FRAME);
  set(r, cc, r->g_style, "dashed");
  c->local = ms_arena_alloc(&r->arena, (c->nsv ? c->nsv : 1) * sizeof *c->local);
  for (size_t i = 0; i < c->nsv && !r->failed; i++) c->local[i] = conflict_node(c, cc, i, matrix);
  for (size_t i = 0; matrix && i < c->nsv && !r->failed; i++)
    for (size_t j = i + 1; j < c->nsv && !r->failed; j++)
      if (ms_co_saved_conflict(co, i, j) > 0 || ms_co_saved_conflict(co, j, i) > 0)
        conflict_edge(c, cc, i, j);
}

/* The layout view: the variants x saved locals table (with each local's conflicts), then
 * with conflict_graph the storage-conflict graph. */
static void render_layout(const view_ctx *v) {
  layout_ctx c;
  layout_begin(&c, v);
  layout_table(&c);
  if (v->r->conflict_graph) layout_conflicts(&c);
}

/* ------------------------------------------------------------------ SVG post-processing */

/*
 * Graphviz writes tooltips as `<a xlink:title="...">`.  Browsers show an SVG element's
 * `<title>` child, so a copy of each tooltip is added as `<title>` inside the `<a>` (the
 * attribute value is already XML-escaped by Graphviz and is valid element content).  The
 * DOCTYPE (a reference to an external DTD) is dropped so the file stands alone.
 */
static int svg_finish(sbuf *o, const char *svg, size_t len) {
  const char *p = svg, *end = svg + len;
  const char *dt = strstr(svg, "<!DOCTYPE");
  while (p < end) {
    if (dt && p == dt) {
      const char *q = memchr(p, '>', (size_t)(end - p));
      if (!q) return -1;
      p = q + 1;
      if (p < end && *p == '\n') p++;
      continue;
    }
    if (end - p > 3 && !memcmp(p, "<a ", 3)) {
      const char *q = memchr(p, '>', (size_t)(end - p));
      if (!q) return -1;
      sb_putn(o, p, (size_t)(q + 1 - p));
      const char *ta = NULL;
      for (const char *x = p; x + 13 < q; x++)
        if (!memcmp(x, " xlink:title=\"", 14)) {
          ta = x + 14;
          break;
        }
      if (ta) {
        const char *te = memchr(ta, '"', (size_t)(q - ta));
        if (!te) return -1;
        sb_puts(o, "<title>");
        sb_putn(o, ta, (size_t)(te - ta));
        sb_puts(o, "</title>");
      }
      p = q + 1;
      continue;
    }
    const char *nx = memchr(p, '<', (size_t)(end - p));
    if (!nx) nx = end;
    if (nx == p) nx = p + 1;
    sb_putn(o, p, (size_t)(nx - p));
    p = nx;
  }
  return 0;
}

/* ------------------------------------------------------------------ deterministic ids */

/*
 * cgraph's default ID discipline makes a named object's ID the address of its interned
 * name, and agwrite lists subgraphs in ID order: cluster order would follow malloc.  This
 * discipline maps no names itself (cgraph then keeps names in its internal map) and hands
 * out IDs from a per-graph counter, so everything is written in creation order.
 */
typedef struct {
  IDTYPE next;
} id_state;

static void *id_open(Agraph_t *g, Agdisc_t *disc) {
  (void)g;
  (void)disc;
  id_state *s = ms_xmalloc(sizeof *s);
  s->next = 1;
  return s;
}
static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
  (void)objtype;
  id_state *s = state;
  if (str || !createflag || !s) return 0; /* names: cgraph's internal map */
  *id = s->next;
  s->next += 2;
  return 1;
}
static long id_alloc(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id;
  return 0; /* no explicit IDs */
}
static void id_free(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id;
}
static char *id_print(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id;
  return NULL;
}
static void id_close(void *state) { free(state); }
static void id_register(void *state, int objtype, void *obj) {
  (void)state;
  (void)objtype;
  (void)obj;
}

/* ------------------------------------------------------------------ entry points */

static void co_stem(sbuf *b, const ms_coroutine *co, const char *root);

/* Arguments a render refuses before it builds anything: 0, or -1 with a message. */
static int render_check(const ms_coroutine *const *cos, const ms_body *const *bodies, size_t n,
                        ms_view view, ms_graph_format fmt, const ms_graph_options *opts,
                        FILE *out, char *errbuf, size_t errlen) {
  if (errbuf && errlen) errbuf[0] = 0;
  if (!out || (n && !cos)) return seterr(errbuf, errlen, "invalid arguments");
  if (view != MS_VIEW_STATES && view != MS_VIEW_CFG && view != MS_VIEW_LAYOUT)
    return seterr(errbuf, errlen, "unknown view");
  if (fmt != MS_FORMAT_DOT && fmt != MS_FORMAT_SVG && fmt != MS_FORMAT_MERMAID)
    return seterr(errbuf, errlen, "unknown format");
  if (fmt == MS_FORMAT_MERMAID && view != MS_VIEW_STATES)
    return seterr(errbuf, errlen, "Mermaid: the states view only");
  if (fmt == MS_FORMAT_MERMAID && n != 1)
    return seterr(errbuf, errlen, "Mermaid: one coroutine per diagram");
  if (ms_graph_link_format_check(opts ? opts->link_format : NULL, errbuf, errlen)) return -1;
  for (size_t i = 0; i < n; i++) {
    if (!cos[i]) return seterr(errbuf, errlen, "invalid arguments");
    if (view == MS_VIEW_CFG && (!bodies || !bodies[i]))
      return seterr(errbuf, errlen, "%s: the cfg view needs the resume body",
                    ms_co_name(cos[i]));
  }
  return 0;
}

/* The empty graph (ids in creation order) with the view's attributes declared; false when
 * agopen fails. */
static bool render_open(rctx *r, const ms_coroutine *const *cos, const ms_body *const *bodies,
                        size_t n, ms_view view) {
  r->iddisc = (Agiddisc_t){id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};
  r->disc = (Agdisc_t){&AgMemDisc, &r->iddisc, &AgIoDisc};
  r->g = agopen("mirscope", Agdirected, &r->disc);
  if (!r->g) return false;
  declare(r, view == MS_VIEW_STATES ? "TB" : view == MS_VIEW_CFG ? "TB" : "LR");
  if (view == MS_VIEW_CFG && !r->failed) decl(r, AGRAPH, "newrank", "true");
  if (view == MS_VIEW_CFG && r->link_format && !r->failed) {
    r->n_url = decl(r, AGNODE, "URL", "");
    r->n_target = decl(r, AGNODE, "target", "");
  }
  if (view == MS_VIEW_STATES && !r->failed) {
    size_t edges = 0;
    for (size_t i = 0; i < n; i++) edges += drawn_transitions(r, cos[i]);
    if (edges > STATES_XLABEL_EDGES) {
      /* forcelabels=true (2.43's default, set so the DOT says it): dot draws every xlabel
       * even where it overlaps something; with false it dropped 1 of the 116 in handshake */
      decl(r, AGRAPH, "forcelabels", "true");
      r->e_xlabel = decl(r, AGEDGE, "xlabel", "");
    }
  }
  if (view == MS_VIEW_CFG && bodies && !r->failed) {
    size_t blocks = 0;
    for (size_t i = 0; i < n; i++) blocks += bodies[i] ? ms_body_block_count(bodies[i]) : 0;
    if (blocks > CFG_HEADLABEL_BLOCKS) r->e_headlabel = decl(r, AGEDGE, "headlabel", "");
  }
  return true;
}

static const char *view_name(ms_view view) {
  return view == MS_VIEW_STATES ? "states" : view == MS_VIEW_CFG ? "cfg" : "layout";
}

/* One coroutine into g (the graph or its cluster): the title, then the view. */
static void render_coroutine(const view_ctx *v, Agraph_t *g, const ms_body *body, ms_view view) {
  rctx *r = v->r;
  sb_clear(&r->s);
  title_html(r, &r->s, v->co, view_name(view));
  set_html(r, g, r->g_label, sb_str(&r->s));
  sb_clear(&r->t);
  title_tooltip(&r->t, v->co, r->dump_root);
  set(r, g, r->g_tooltip, sb_str(&r->t));
  if (view == MS_VIEW_STATES) render_states(v);
  else if (view == MS_VIEW_CFG) render_cfg(v, body);
  else render_layout(v);
}

/* Several coroutines: a cluster each, its ids prefixed by the coroutine's file stem. */
static void render_clusters(rctx *r, const ms_coroutine *const *cos, const ms_body *const *bodies,
                            size_t n, ms_view view) {
  sb_clear(&r->s);
  sb_printf(&r->s, "<B>mirscope</B> (%s) \xC2\xB7 %zu coroutines", view_name(view), n);
  set_html(r, r->g, r->g_label, sb_str(&r->s));
  for (size_t i = 0; i < n && !r->failed; i++) {
    sbuf pf = {0};
    co_stem(&pf, cos[i], r->dump_root);
    sb_puts(&pf, ".");
    Agraph_t *c = mksub(r, r->g, "", pf.p);
    set(r, c, r->g_color, PAL_COROUTINE_FRAME);
    render_coroutine(&(view_ctx){r, c, cos[i], pf.p}, c, bodies ? bodies[i] : NULL, view);
    free(pf.p);
  }
}

/* Lay r->g out with dot and write it as a standalone SVG (svg_finish): 0, or -1 with a
 * message. */
static int write_svg(rctx *r, GVC_t *gvc, FILE *out) {
  if (gvLayout(gvc, r->g, "dot") != 0)
    return seterr(r->errbuf, r->errlen, "graphviz: layout failed (is the dot layout plugin installed?)");
  int rc = 0;
  char *data = NULL;
  unsigned int len = 0;
  if (gvRenderData(gvc, r->g, "svg", &data, &len) != 0 || !data) {
    rc = seterr(r->errbuf, r->errlen, "graphviz: SVG rendering failed (is the core plugin installed?)");
  } else {
    sbuf o = {0};
    if (svg_finish(&o, data, len) != 0)
      rc = seterr(r->errbuf, r->errlen, "graphviz: unexpected SVG output");
    else if (fwrite(o.p, 1, o.len, out) != o.len || fflush(out) != 0 || ferror(out))
      rc = seterr(r->errbuf, r->errlen, "writing SVG failed");
    free(o.p);
  }
  if (data) gvFreeRenderData(data);
  if (gvFreeLayout(gvc, r->g) != 0 && !rc) rc = seterr(r->errbuf, r->errlen, "graphviz: gvFreeLayout failed");
  return rc;
}

/* SVG through the caller's Graphviz context, else a temporary one; closes r->g before the
 * context goes (the release order of the file comment). */
static int render_svg(rctx *r, const ms_graph_options *opts, FILE *out) {
  GVC_t *gvc = opts && opts->ctx ? opts->ctx->gvc : gvContext();
  if (!gvc) return seterr(r->errbuf, r->errlen, "graphviz: gvContext failed");
  int rc = write_svg(r, gvc, out);
  int ac = agclose(r->g);
  r->g = NULL;
  if (ac != 0 && !rc) rc = seterr(r->errbuf, r->errlen, "graphviz: agclose failed");
  /* gvFreeContext returns Graphviz's cumulative error count, not a failure */
  if (!(opts && opts->ctx)) gvFreeContext(gvc);
  return rc;
}

static int render_dot(rctx *r, FILE *out) {
  if (agwrite(r->g, out) != 0 || fflush(out) != 0 || ferror(out))
    return seterr(r->errbuf, r->errlen, "writing DOT failed");
  return 0;
}

/* Check, build the graph (one coroutine, or a cluster each), write DOT or SVG, release. */
static int render(const ms_coroutine *const *cos, const ms_body *const *bodies, size_t n,
                  int many, ms_view view, ms_graph_format fmt, const ms_graph_options *opts,
                  FILE *out, char *errbuf, size_t errlen) {
  if (render_check(cos, bodies, n, view, fmt, opts, out, errbuf, errlen)) return -1;
  rctx r;
  memset(&r, 0, sizeof r);
  r.errbuf = errbuf;
  r.errlen = errlen;
  if (opts) {
    r.link_format = opts->link_format;
    r.source_root = opts->source_root;
    r.dump_root = opts->dump_root;
    r.crate = opts->crate;
    r.all_edges = opts->all_edges;
    r.conflict_graph = opts->conflict_graph;
  }
  ms_arena_init(&r.arena);
  if (fmt == MS_FORMAT_MERMAID) {
    int rc = render_mermaid(&r, cos[0], out);
    ms_arena_release(&r.arena);
    return rc;
  }
  if (!render_open(&r, cos, bodies, n, view)) {
    ms_arena_release(&r.arena);
    return seterr(errbuf, errlen, "graphviz: agopen failed");
  }
  if (!many && n == 1)
    render_coroutine(&(view_ctx){&r, r.g, cos[0], ""}, r.g, bodies ? bodies[0] : NULL, view);
  else
    render_clusters(&r, cos, bodies, n, view);
  if (view == MS_VIEW_STATES) legend_states(&r, r.g, "");

  int rc = r.failed ? -1 : 0;
  if (!rc) rc = fmt == MS_FORMAT_DOT ? render_dot(&r, out) : render_svg(&r, opts, out);
  if (r.g && agclose(r.g) != 0 && !rc) rc = seterr(errbuf, errlen, "graphviz: agclose failed");
  free(r.s.p);
  free(r.t.p);
  ms_arena_release(&r.arena);
  return rc;
}

ms_graph_ctx *ms_graph_ctx_new(void) {
  ms_graph_ctx *c = ms_xcalloc(1, sizeof *c);
  if (!(c->gvc = gvContext())) {
    free(c);
    c = NULL;
  }
  return c;
}

void ms_graph_ctx_free(ms_graph_ctx *c) {
  if (!c) return;
  gvFreeContext(c->gvc);
  free(c);
}

int ms_co_render(const ms_coroutine *co, const ms_body *resume_body, ms_view view,
                 ms_graph_format fmt, const ms_graph_options *opts, FILE *out, char *errbuf,
                 size_t errlen) {
  if (!co) return seterr(errbuf, errlen, "invalid arguments");
  const ms_body *bodies[1] = {resume_body};
  return render(&co, bodies, 1, 0, view, fmt, opts, out, errbuf, errlen);
}

int ms_co_render_many(const ms_coroutine *const *cos, const ms_body *const *bodies, size_t n,
                      ms_view view, ms_graph_format fmt, const ms_graph_options *opts, FILE *out,
                      char *errbuf, size_t errlen) {
  return render(cos, bodies, n, 1, view, fmt, opts, out, errbuf, errlen);
}

/* ------------------------------------------------------------------ names, bodies */

static uint32_t fnv1a(uint32_t h, const char *s) {
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 16777619u;
  }
  return h;
}

/* The crate and the coroutine's own spelling (the dump file's item, else its def path), and
 * a hash of what makes it one body (def path, file, line): nothing of the other coroutines
 * loaded, so a body gets the same stem whether it is drawn alone or with a whole crate.  The
 * file is hashed as `root` shows it (relative to it when under it; root NULL: as given), so
 * that a capture's stems do not depend on where its directory is. */
static void co_stem(sbuf *b, const ms_coroutine *co, const char *root) {
  const char *dp = *ms_co_item(co) ? ms_co_item(co) : ms_co_def_path(co);
  char krate[128];
  ms_co_crate(co, krate, sizeof krate);
  size_t start = b->len;
  for (const char *p = krate; *p && b->len - start < 32; p++)
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')
      sb_putc(b, *p);
  if (b->len > start) sb_putc(b, '.');
  start = b->len;
  int pend = 0; /* a separator is pending */
  for (const char *p = dp; *p && b->len - start < 64; p++) {
    char c = *p;
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '_';
    if (ok) {
      if (pend && b->len > start) sb_putc(b, '.');
      pend = 0;
      sb_putc(b, c);
    } else {
      pend = 1;
    }
  }
  if (b->len == start) sb_puts(b, "coroutine");
  char line[32];
  snprintf(line, sizeof line, "\n%u", ms_co_line(co));
  uint32_t h = fnv1a(2166136261u, ms_co_def_path(co));
  h = fnv1a(h, "\n");
  const char *file = ms_co_file(co) ? ms_co_file(co) : "";
  sbuf shown = {0};
  if (root && *file && strcmp(file, "<stdin>")) sb_put_rooted(root, file, &shown);
  else sb_puts(&shown, file);
  h = fnv1a(h, sb_str(&shown));
  free(shown.p);
  h = fnv1a(h, line);
  sb_printf(b, "-%08x", (unsigned)h);
}

size_t ms_co_file_stem(const ms_coroutine *co, char *out, size_t cap) {
  return ms_co_file_stem_under(co, NULL, out, cap);
}

size_t ms_co_file_stem_under(const ms_coroutine *co, const char *root, char *out, size_t cap) {
  if (!co) return 0;
  sbuf b = {0};
  co_stem(&b, co, root);
  size_t n = b.len;
  if (out && cap) {
    size_t k = n < cap - 1 ? n : cap - 1;
    if (k) memcpy(out, b.p, k);
    out[k] = 0;
  }
  free(b.p);
  return n;
}

const ms_body *ms_co_find_body(const ms_coroutine *co, const ms_doc *doc) {
  if (!co || !doc) return NULL;
  for (size_t i = 0; i < ms_doc_body_count(doc); i++) {
    const ms_body *b = ms_doc_body(doc, i);
    /* with or without a printed layout (--emit=mir: rebuilt from the body) */
    if (ms_body_line(b) == ms_co_line(co) && !strcmp(ms_body_def_path(b), ms_co_def_path(co)))
      return b;
  }
  return NULL;
}

const ms_body *ms_doc_find_body(const ms_doc *doc, const char *def_path) {
  if (!doc || !def_path) return NULL;
  const ms_body *any = NULL;
  for (size_t i = 0; i < ms_doc_body_count(doc); i++) {
    const ms_body *b = ms_doc_body(doc, i);
    if (strcmp(ms_body_def_path(b), def_path)) continue;
    if (ms_body_layout(b)) return b;
    if (!any) any = b;
  }
  return any;
}
