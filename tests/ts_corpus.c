/*
 * Runs tree-sitter corpus tests (the .txt files of grammar/test/corpus) through Debian's runtime:
 *
 *   ==================
 *   name
 *   ==================
 *   input text
 *   ---
 *   (expected s-expression)
 *
 * The parse tree of each input is printed with ts_node_string and compared with the
 * expected S-expression after normalising white space (as `tree-sitter test` does).
 * Prints one line per failing case and a summary; exits 1 on any failure.
 * Usage: ts_corpus FILE...   (-u FILE rewrites the expectations, for maintainers;
 *        ts_corpus --tree FILE prints the syntax tree of a whole dump)
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_mir(void);

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
    free(b);
    b = NULL;
  }
  fclose(f);
  if (b) b[n] = 0;
  *len = (size_t)n;
  return b;
}

/* Collapse runs of white space to one space; drop spaces before ')' and after '('. */
static char *normalise(const char *s, size_t n) {
  char *o = malloc(n + 1);
  size_t k = 0;
  bool sp = false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      sp = true;
      continue;
    }
    if (sp && k > 0 && c != ')' && o[k - 1] != '(') o[k++] = ' ';
    sp = false;
    o[k++] = c;
  }
  o[k] = 0;
  return o;
}

/* Write an s-expression with one node per line, indented by depth. */
static size_t pretty(const char *s, char *out) {
  size_t k = 0;
  int depth = 0;
  for (const char *p = s; *p; p++) {
    if (*p == '(') {
      if (depth > 0) {
        while (k && out[k - 1] == ' ') k--;
        out[k++] = '\n';
        for (int i = 0; i < depth; i++) out[k++] = ' ', out[k++] = ' ';
      }
      depth++;
    } else if (*p == ')') {
      depth--;
    }
    out[k++] = *p;
  }
  return k;
}

static bool is_rule(const char *p, char ch) {
  int n = 0;
  while (p[n] == ch) n++;
  return n >= 3 && (p[n] == '\n' || p[n] == '\r' || p[n] == 0);
}

static const char *next_line(const char *p) {
  const char *e = strchr(p, '\n');
  return e ? e + 1 : p + strlen(p);
}

int main(int argc, char **argv) {
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, tree_sitter_mir());
  int passed = 0, failed = 0;
  bool update = false;
  if (argc == 3 && !strcmp(argv[1], "--tree")) {
    size_t len;
    char *text = slurp(argv[2], &len);
    if (!text) return 2;
    TSTree *tree = ts_parser_parse_string(parser, NULL, text, (uint32_t)len);
    char *got = ts_node_string(ts_tree_root_node(tree));
    char *buf = malloc(strlen(got) * 4 + 16);
    size_t k = pretty(got, buf);
    fwrite(buf, 1, k, stdout);
    putchar('\n');
    return 0;
  }
  for (int a = 1; a < argc; a++) {
    if (!strcmp(argv[a], "-u")) {
      update = true;
      continue;
    }
    size_t len;
    char *text = slurp(argv[a], &len);
    if (!text) {
      fprintf(stderr, "%s: cannot read\n", argv[a]);
      failed++;
      continue;
    }
    char *updated = update ? malloc(len * 8 + 65536) : NULL;
    size_t ulen = 0;
    const char *p = text;
    while (*p) {
      if (!is_rule(p, '=')) {
        p = next_line(p);
        continue;
      }
      const char *rule1 = p;
      const char *name = next_line(p);
      const char *rule2 = next_line(name);
      if (!is_rule(rule2, '=')) {
        p = name;
        continue;
      }
      const char *input = next_line(rule2);
      /* the input ends at a line of three or more dashes */
      const char *q = input;
      while (*q && !is_rule(q, '-')) q = next_line(q);
      const char *input_end = q;
      const char *expect = next_line(q);
      const char *r = expect;
      while (*r && !is_rule(r, '=')) r = next_line(r);
      /* input keeps its text minus the final newline before the dashes */
      size_t ilen = (size_t)(input_end - input);
      if (ilen && input[ilen - 1] == '\n') ilen--;
      TSTree *tree = ts_parser_parse_string(parser, NULL, input, (uint32_t)ilen);
      char *got = ts_node_string(ts_tree_root_node(tree));
      char *ng = normalise(got, strlen(got));
      char *ne = normalise(expect, (size_t)(r - expect));
      int nlen = (int)(strcspn(name, "\r\n"));
      if (strcmp(ng, ne) == 0) {
        passed++;
      } else {
        failed++;
        printf("FAIL %s: %.*s\n  expected: %s\n  got:      %s\n", argv[a], nlen, name, ne, ng);
      }
      if (updated) {
        memcpy(updated + ulen, rule1, (size_t)(expect - rule1));
        ulen += (size_t)(expect - rule1);
        ulen += pretty(got, updated + ulen);
        memcpy(updated + ulen, "\n\n", 2);
        ulen += 2;
      }
      free(got);
      free(ng);
      free(ne);
      ts_tree_delete(tree);
      p = r;
    }
    if (updated) {
      FILE *f = fopen(argv[a], "wb");
      if (f) {
        fwrite(updated, 1, ulen, f);
        fclose(f);
      }
      free(updated);
    }
    free(text);
  }
  ts_parser_delete(parser);
  printf("tree-sitter corpus: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
