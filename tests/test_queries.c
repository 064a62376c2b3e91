/*
 * Checks the tree-sitter queries of grammar/queries against the grammar.
 *
 *   test_queries [QUERY.scm ...] [DUMP.mir ...]
 *
 * Every argument ending in ".scm" is a query: it must compile with ts_query_new for
 * tree_sitter_mir() (an unknown node type, field or capture syntax error fails, with the
 * error offset, line and type). A query named highlights.scm must also use only standard
 * capture names. Every other argument is a MIR dump: the highlights query is run over it
 * (the #eq?/#not-eq?/#match?/#not-match? predicates are evaluated) and there must be at
 * least one capture each of @keyword, @type, @label, @string and @comment.
 * The last line is `queries: N passed, M failed`; the exit status is 1 on any failure.
 */
#include <regex.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_mir(void);

static int passed, failed;

static void check(bool ok, const char *what, const char *detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    printf("FAIL %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
  }
}

static char *slurp(const char *path, uint32_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  if (fseek(f, 0, SEEK_END) != 0) {
    fclose(f);
    return NULL;
  }
  long n = ftell(f);
  if (n < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  char *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
    free(b);
    b = NULL;
  }
  fclose(f);
  if (b) b[n] = 0;
  *len = (uint32_t)n;
  return b;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

static const char *error_name(TSQueryError e) {
  switch (e) {
    case TSQueryErrorNone: return "none";
    case TSQueryErrorSyntax: return "syntax";
    case TSQueryErrorNodeType: return "unknown node type";
    case TSQueryErrorField: return "unknown field";
    case TSQueryErrorCapture: return "unknown capture";
    case TSQueryErrorStructure: return "impossible structure";
    case TSQueryErrorLanguage: return "language";
  }
  return "unknown error";
}

static const char *const standard_captures[] = {
    "keyword", "function", "type", "variable", "variable.parameter", "property", "number",
    "string", "comment", "label", "operator", "punctuation.bracket", "punctuation.delimiter",
    "constant", "attribute", NULL};

static bool is_standard(const char *name) {
  for (int i = 0; standard_captures[i]; i++)
    if (strcmp(name, standard_captures[i]) == 0) return true;
  return false;
}

/* Text of the first node captured as capture id `id` in `m`, copied into a new string. */
static char *capture_text(const TSQueryMatch *m, uint32_t id, const char *src) {
  for (uint16_t i = 0; i < m->capture_count; i++) {
    if (m->captures[i].index != id) continue;
    uint32_t s = ts_node_start_byte(m->captures[i].node), e = ts_node_end_byte(m->captures[i].node);
    char *t = malloc(e - s + 1);
    memcpy(t, src + s, e - s);
    t[e - s] = 0;
    return t;
  }
  return NULL;
}

/* Evaluates the text predicates of a match; unknown predicates are treated as true. */
static bool predicates_hold(const TSQuery *q, const TSQueryMatch *m, const char *src) {
  uint32_t n;
  const TSQueryPredicateStep *st = ts_query_predicates_for_pattern(q, m->pattern_index, &n);
  uint32_t i = 0;
  while (i < n) {
    uint32_t j = i;
    while (j < n && st[j].type != TSQueryPredicateStepTypeDone) j++;
    /* steps i..j-1 form one predicate: name, then arguments */
    if (j - i == 3 && st[i].type == TSQueryPredicateStepTypeString) {
      uint32_t len;
      const char *op = ts_query_string_value_for_id(q, st[i].value_id, &len);
      bool negate = strncmp(op, "not-", 4) == 0;
      const char *base = negate ? op + 4 : op;
      if ((strcmp(base, "match?") == 0 || strcmp(base, "eq?") == 0) &&
          st[i + 1].type == TSQueryPredicateStepTypeCapture) {
        char *text = capture_text(m, st[i + 1].value_id, src);
        char *other = NULL;
        const char *arg;
        if (st[i + 2].type == TSQueryPredicateStepTypeCapture) {
          other = capture_text(m, st[i + 2].value_id, src);
          arg = other ? other : "";
        } else {
          arg = ts_query_string_value_for_id(q, st[i + 2].value_id, &len);
        }
        bool ok = true;
        if (text) {
          if (strcmp(base, "eq?") == 0) {
            ok = strcmp(text, arg) == 0;
          } else {
            regex_t re;
            if (regcomp(&re, arg, REG_EXTENDED | REG_NOSUB) == 0) {
              ok = regexec(&re, text, 0, NULL, 0) == 0;
              regfree(&re);
            }
          }
          if (negate) ok = !ok;
        }
        free(text);
        free(other);
        if (!ok) return false;
      }
    }
    i = j + 1;
  }
  return true;
}

static void run_highlights(const TSQuery *q, const char *path) {
  static const char *const required[] = {"keyword", "type", "label", "string", "comment", NULL};
  uint32_t len;
  char *src = slurp(path, &len);
  if (!src) {
    check(false, path, "cannot read");
    return;
  }
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_mir());
  TSTree *tree = ts_parser_parse_string(parser, NULL, src, len);
  uint32_t ncap = ts_query_capture_count(q);
  unsigned long *counts = calloc(ncap ? ncap : 1, sizeof *counts);
  TSQueryCursor *cur = ts_query_cursor_new();
  ts_query_cursor_exec(cur, q, ts_tree_root_node(tree));
  TSQueryMatch m;
  while (ts_query_cursor_next_match(cur, &m)) {
    if (!predicates_hold(q, &m, src)) continue;
    for (uint16_t i = 0; i < m.capture_count; i++) counts[m.captures[i].index]++;
  }
  for (int r = 0; required[r]; r++) {
    unsigned long n = 0;
    for (uint32_t c = 0; c < ncap; c++) {
      uint32_t l;
      if (strcmp(ts_query_capture_name_for_id(q, c, &l), required[r]) == 0) n += counts[c];
    }
    char what[4096];
    snprintf(what, sizeof what, "%s: @%s", path, required[r]);
    check(n > 0, what, n > 0 ? NULL : "no capture");
  }
  ts_query_cursor_delete(cur);
  free(counts);
  ts_tree_delete(tree);
  ts_parser_delete(parser);
  free(src);
}

int main(int argc, char **argv) {
  TSQuery *highlights = NULL;
  int dumps = 0;
  for (int a = 1; a < argc; a++) {
    if (!ends_with(argv[a], ".scm")) {
      dumps++;
      continue;
    }
    uint32_t len;
    char *text = slurp(argv[a], &len);
    if (!text) {
      check(false, argv[a], "cannot read");
      continue;
    }
    uint32_t offset = 0;
    TSQueryError err = TSQueryErrorNone;
    TSQuery *q = ts_query_new(tree_sitter_mir(), text, len, &offset, &err);
    if (!q) {
      uint32_t line = 1, col = 1;
      for (uint32_t i = 0; i < offset && i < len; i++) {
        if (text[i] == '\n') line++, col = 1;
        else col++;
      }
      char detail[512];
      snprintf(detail, sizeof detail, "%s error at offset %u (line %u, column %u) near \"%.30s\"",
               error_name(err), offset, line, col, text + (offset < len ? offset : len));
      check(false, argv[a], detail);
    } else {
      check(true, argv[a], NULL);
      if (strcmp(base_name(argv[a]), "highlights.scm") == 0) {
        bool ok = true;
        for (uint32_t c = 0; c < ts_query_capture_count(q); c++) {
          uint32_t l;
          const char *name = ts_query_capture_name_for_id(q, c, &l);
          if (!is_standard(name)) {
            char detail[256];
            snprintf(detail, sizeof detail, "non-standard capture @%s", name);
            check(false, argv[a], detail);
            ok = false;
          }
        }
        if (ok) check(true, argv[a], NULL);
        if (highlights) ts_query_delete(highlights);
        highlights = q;
        q = NULL;
      }
    }
    if (q) ts_query_delete(q);
    free(text);
  }
  if (dumps && !highlights) check(false, "dump given", "no highlights.scm compiled to run over it");
  for (int a = 1; a < argc && highlights; a++)
    if (!ends_with(argv[a], ".scm")) run_highlights(highlights, argv[a]);
  if (highlights) ts_query_delete(highlights);
  printf("queries: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
