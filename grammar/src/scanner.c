/*
 * External scanner for the MIR grammar: balanced text as single tokens.
 *
 * MIR dumps are dominated by Rust type text (`let` lines, typed projections, turbofish
 * paths).  Lexing every identifier and bracket of it would make the parse several times
 * slower, and the model never looks inside a type token-by-token, so the scanner takes
 * a whole balanced type (or path, or constant) as one token.  Each token kind has its own
 * set of terminators, all of them at bracket depth 0:
 *
 *   TYPE       , ; ) ] }  newline  ` as `  ` {` + end of line  ` (Kind)` + `;` (cast kind)
 *   ARG_TYPE   as TYPE, but declines to start on something that is an operand
 *   CONST      , ; ) ] }  newline  ` as `
 *   DEF_PATH   ( (not first)  `: `  newline  ` = `
 *   PATH_REST  ( space , ; ) ] } newline  (starts right after an identifier with `::` or `<`)
 *   BRACKETED  as PATH_REST, starts with `<`, `{` or `[word@`; or a whole `ConstValue(...)`
 *   RAW/DEBUG  ; newline `->`, unbalanced closers
 *   PAREN      ) newline
 *
 * Brackets are tracked on a small stack: `<` only outside `{}`; `>` closes only a `<`
 * (so `->` and `>>` inside const blocks are harmless); strings and char literals are
 * skipped whole.  A blank line inside an open bracket ends the attempt (truncated input
 * must not swallow the rest of the file).  The scanner keeps no state between tokens.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <wctype.h>

#include "tree_sitter/parser.h"

enum TokenType {
  TYPE_TEXT,
  PATH_REST,
  PATH_BRACKETED,
  CONST_TEXT,
  DEF_PATH_TEXT,
  RAW_TEXT,
  PAREN_TEXT,
  ARG_TYPE_TEXT,
  DEBUG_TEXT,
  ITEM_PATH_TEXT,
  ERROR_SENTINEL,
};

enum Mode { M_TYPE, M_CONST, M_DEF_PATH, M_PATH, M_RAW, M_PAREN };

#define STACK_MAX 64

typedef struct {
  TSLexer *lx;
  int32_t depth;
  char stack[STACK_MAX];
  bool any;      /* consumed at least one character of the token */
  bool trailing; /* the token's end is marked before a run of spaces just consumed */
} Scan;

static inline bool at_eof_lx(TSLexer *lx) { return lx->eof(lx); }
static inline int32_t peek(Scan *s) { return s->lx->lookahead; }
static inline bool at_eof(Scan *s) { return s->lx->eof(s->lx); }
static inline void adv(Scan *s) {
  if (s->lx->lookahead != ' ' && s->lx->lookahead != '\t') s->trailing = false;
  s->lx->advance(s->lx, false);
  s->any = true;
}

/* End the token here, unless it ended before the spaces just consumed. */
static inline void end_here(Scan *s) {
  if (!s->trailing) s->lx->mark_end(s->lx);
}

static inline char top(Scan *s) {
  if (s->depth == 0) return 0;
  return s->depth <= STACK_MAX ? s->stack[s->depth - 1] : '?';
}
static inline void push(Scan *s, char c) {
  if (s->depth < STACK_MAX) s->stack[s->depth] = c;
  if (s->depth < INT32_MAX) s->depth++;
}
static inline void pop(Scan *s) {
  if (s->depth > 0) s->depth--;
}

/* A character of an identifier: ASCII letters, digits and `_`, and the non-ASCII characters
 * of Rust identifiers (`µ`, `λ`, `данные`, `大`; XID_Continue, approximated as everything
 * from U+0080 up but the punctuation and symbol blocks U+2000-U+2BFF, where the box drawing of
 * allocation dumps, arrows and math signs lie, and U+3000-U+303F). */
static inline bool is_ident(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (c >= 0x80 && !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F));
}

static void skip_ws(TSLexer *lx) {
  while (lx->lookahead == ' ' || lx->lookahead == '\t' || lx->lookahead == '\n' ||
         lx->lookahead == '\r')
    lx->advance(lx, true);
}

/* A string literal (or byte string); the opening quote is the lookahead. */
static void skip_string(Scan *s) {
  adv(s);
  while (!at_eof(s)) {
    int32_t c = peek(s);
    if (c == '\n') return; /* runaway: rustc escapes newlines */
    adv(s);
    if (c == '"') return;
    if (c == '\\' && !at_eof(s)) adv(s);
  }
}

/* `'a'`, `'\n'` (char literals) or `'_`, `'static`, `'{erased}` (lifetimes). */
static void skip_quote(Scan *s) {
  adv(s);
  int32_t c = peek(s);
  if (c == '\\') {
    adv(s); /* the backslash */
    if (!at_eof(s) && peek(s) != '\n') adv(s); /* the escaped character, even a quote */
    while (!at_eof(s) && peek(s) != '\'' && peek(s) != '\n') adv(s); /* \u{...}, \x7f */
    if (peek(s) == '\'') adv(s);
    return;
  }
  if (c == '{' || c == '\n' || at_eof(s)) return; /* `'{erased}`: the brace is scanned normally */
  adv(s);
  if (peek(s) == '\'') adv(s); /* it was a char literal */
}

/* Closing bracket at depth > 0: pop stray `<`s, then the match. */
static void close_bracket(Scan *s, int32_t c) {
  char open = c == ')' ? '(' : c == ']' ? '[' : '{';
  while (s->depth > 0 && top(s) == '<' && open != '<') pop(s);
  if (s->depth > 0) pop(s);
}

/*
 * Scan balanced text in the given mode.  Returns true when a non-empty token was found;
 * the token ends at the last mark_end.
 */
static bool scan_text_ex(TSLexer *lx, enum Mode mode, bool first_paren_ok, bool any,
                         int32_t *why) {
  Scan s = {.lx = lx, .depth = 0, .any = any};
  int32_t prev = 0;
  for (;;) {
    if (at_eof(&s)) {
      end_here(&s);
      return s.any;
    }
    int32_t c = peek(&s);

    if (s.depth == 0) {
      switch (c) {
      case '\n':
      case '\r':
        end_here(&s);
        return s.any;
      case ';':
        if (mode != M_PAREN) {
          end_here(&s);
          return s.any;
        }
        break;
      case ',':
        if (mode == M_TYPE || mode == M_CONST || mode == M_PATH) {
          end_here(&s);
          return s.any;
        }
        break;
      case ')':
      case ']':
      case '}':
        end_here(&s);
        return s.any;
      case '(':
        if ((mode == M_DEF_PATH || mode == M_PATH) && (s.any || !first_paren_ok)) {
          end_here(&s);
          return s.any;
        }
        break;
      case ':':
        if (mode == M_DEF_PATH) {
          end_here(&s);
          adv(&s);
          if (peek(&s) == ' ' || peek(&s) == '\n') {
            *why = ':';
            return true;
          }
          prev = ':';
          continue;
        }
        break;
      case '-':
        if (mode == M_RAW) {
          end_here(&s);
          adv(&s);
          if (peek(&s) == '>') return true;
          prev = '-';
          continue;
        }
        break;
      case ' ':
        if (mode == M_PATH) {
          end_here(&s);
          return s.any;
        }
        if (mode == M_RAW || mode == M_PAREN) {
          end_here(&s);
          s.trailing = true;
          adv(&s);
          continue;
        }
        if (mode == M_TYPE || mode == M_CONST || mode == M_DEF_PATH) {
          end_here(&s);
          s.trailing = true;
          adv(&s);
          c = peek(&s);
          if (c == 'f' && mode == M_TYPE) { /* `*mut [u32] from (...)` */
            static const char ROM[] = "rom ";
            size_t k = 0;
            adv(&s);
            while (k < 4 && peek(&s) == ROM[k]) adv(&s), k++;
            if (k == 4) return true;
            prev = 'f';
            continue;
          }
          if (c == 'a' && mode != M_DEF_PATH) { /* ` as ` */
            adv(&s);
            if (peek(&s) == 's') {
              adv(&s);
              if (peek(&s) == ' ') return true;
            }
            prev = 's';
            continue;
          }
          if (c == '=' && (mode == M_DEF_PATH || mode == M_TYPE)) return true; /* ` = {` */
          if (c == '{' && mode == M_TYPE) { /* return type: ` {` at end of line */
            adv(&s);
            while (peek(&s) == ' ' || peek(&s) == '\t') adv(&s);
            if (peek(&s) == '\n' || peek(&s) == '\r' || at_eof(&s)) return true;
            push(&s, '{');
            prev = '{';
            continue;
          }
          if (c == '(' && mode == M_TYPE) { /* cast kind ` (IntToInt);` */
            adv(&s);
            push(&s, '(');
            bool cand = peek(&s) >= 'A' && peek(&s) <= 'Z';
            while (cand && is_ident(peek(&s))) adv(&s);
            if (cand && peek(&s) == '(') {
              /* nested `(PointerCoercion(Unsize, Implicit))`: skip to the close */
              adv(&s);
              int inner = 1;
              while (!at_eof(&s) && inner > 0 && peek(&s) != '\n') {
                if (peek(&s) == '(') inner++;
                else if (peek(&s) == ')') inner--;
                adv(&s);
              }
              cand = inner == 0;
            }
            if (cand && peek(&s) == ')') {
              adv(&s);
              pop(&s);
              while (peek(&s) == ' ') adv(&s);
              if (peek(&s) == ';') return true;
            }
            prev = '(';
            continue; /* not a cast kind: keep scanning the type */
          }
          prev = ' ';
          continue;
        }
        break;
      default:
        break;
      }
    } else if (c == '\n' && prev == '\n') {
      return false; /* blank line inside brackets: truncated input */
    }

    switch (c) {
    case '(':
    case '[':
      push(&s, (char)c);
      break;
    case '{':
      push(&s, '{');
      break;
    case '<':
      if (top(&s) != '{') push(&s, '<');
      break;
    case '>':
      /* beyond the recorded stack every closer closes: deep nesting stays balanced */
      if (prev != '-' && (top(&s) == '<' || s.depth > STACK_MAX)) pop(&s);
      break;
    case ')':
    case ']':
    case '}':
      close_bracket(&s, c);
      break;
    case '"':
      skip_string(&s);
      prev = '"';
      continue;
    case '\'':
      skip_quote(&s);
      prev = '\'';
      continue;
    default:
      break;
    }
    if (c == '\n' && prev == '\n' && s.depth > 0) return false;
    prev = c == ' ' || c == '\t' || c == '\r' ? prev : c;
    if (c == '\n') prev = '\n';
    adv(&s);
  }
}

static bool scan_text(TSLexer *lx, enum Mode mode, bool first_paren_ok) {
  int32_t why = 0;
  return scan_text_ex(lx, mode, first_paren_ok, false, &why);
}

/* Does the lookahead start an operand or place (so a type/raw token must not start)? */
static bool starts_operand(TSLexer *lx, bool *consumed) {
  int32_t c = lx->lookahead;
  *consumed = false;
  if (c == '(' || c == '"' || c == ')' || c == ';' || c == ',' || c == ']') return true;
  if (c == '_') {
    lx->advance(lx, false);
    *consumed = true;
    return iswdigit((wint_t)lx->lookahead) || lx->lookahead == 's';
  }
  return false;
}

/* Keyword check: consume an identifier; true if it is one of the given words + space. */
static bool ident_is_keyword(TSLexer *lx, const char *const *words) {
  char buf[16];
  size_t n = 0;
  while (is_ident(lx->lookahead) && n < sizeof buf - 1) {
    buf[n++] = (char)lx->lookahead;
    lx->advance(lx, false);
  }
  buf[n] = 0;
  if (lx->lookahead != ' ') return false;
  for (const char *const *w = words; *w; w++)
    if (strcmp(buf, *w) == 0) return true;
  return false;
}

void *tree_sitter_mir_external_scanner_create(void) { return NULL; }
void tree_sitter_mir_external_scanner_destroy(void *p) { (void)p; }
unsigned tree_sitter_mir_external_scanner_serialize(void *p, char *b) {
  (void)p;
  (void)b;
  return 0;
}
void tree_sitter_mir_external_scanner_deserialize(void *p, const char *b, unsigned n) {
  (void)p;
  (void)b;
  (void)n;
}

static const char *const OPERAND_WORDS[] = {"copy", "move", "const", "no_retag", NULL};

bool tree_sitter_mir_external_scanner_scan(void *payload, TSLexer *lx, const bool *valid) {
  (void)payload;
  if (valid[ERROR_SENTINEL]) return false;

  if (valid[PATH_REST]) {
    int32_t c = lx->lookahead;
    if (c == '<' || c == ':') {
      if (c == ':') {
        lx->advance(lx, false);
        if (lx->lookahead != ':') return false;
      }
      lx->result_symbol = PATH_REST;
      return scan_text(lx, M_PATH, false) || c == ':';
    }
    return false;
  }

  skip_ws(lx);
  int32_t c = lx->lookahead;
  if (c == '/') { /* a comment (`//`, `/*`) never starts a text token; a path may */
    lx->advance(lx, false);
    if (lx->lookahead == '/' || lx->lookahead == '*') return false;
    lx->result_symbol = valid[TYPE_TEXT]       ? TYPE_TEXT
                        : valid[ARG_TYPE_TEXT] ? ARG_TYPE_TEXT
                        : valid[CONST_TEXT]    ? CONST_TEXT
                        : valid[DEF_PATH_TEXT] ? DEF_PATH_TEXT
                        : valid[ITEM_PATH_TEXT] ? ITEM_PATH_TEXT
                        : valid[RAW_TEXT]      ? RAW_TEXT
                        : valid[DEBUG_TEXT]    ? DEBUG_TEXT
                        : valid[PAREN_TEXT]    ? PAREN_TEXT
                                               : ERROR_SENTINEL;
    if (lx->result_symbol == ERROR_SENTINEL) return false;
    enum Mode m = valid[TYPE_TEXT] || valid[ARG_TYPE_TEXT] ? M_TYPE
                  : valid[CONST_TEXT]                      ? M_CONST
                  : valid[DEF_PATH_TEXT] || valid[ITEM_PATH_TEXT] ? M_DEF_PATH
                  : valid[PAREN_TEXT] && !valid[RAW_TEXT] && !valid[DEBUG_TEXT] ? M_PAREN
                                                                              : M_RAW;
    int32_t why = 0;
    bool ok = scan_text_ex(lx, m, true, true, &why);
    return ok && (lx->result_symbol != ITEM_PATH_TEXT || why == ':');
  }

  if (valid[TYPE_TEXT]) {
    /* `_s0: CoroutineSavedTy {` is a struct, not a type */
    bool any = false;
    if (c == 'C' || c == 'G') {
      char buf[24];
      size_t n = 0;
      while (is_ident(lx->lookahead) && n < sizeof buf - 1) {
        buf[n++] = (char)lx->lookahead;
        lx->advance(lx, false);
      }
      buf[n] = 0;
      any = n > 0;
      if (n > 7 && strcmp(buf + n - 7, "SavedTy") == 0 && lx->lookahead == ' ') return false;
    }
    if (c == ';' || c == ',' || c == ')' || c == ']' || c == '}' || c == '\n') return false;
    lx->result_symbol = TYPE_TEXT;
    int32_t why = 0;
    return scan_text_ex(lx, M_TYPE, true, any, &why);
  }
  if (valid[ARG_TYPE_TEXT]) {
    bool consumed;
    if (starts_operand(lx, &consumed)) return false;
    if (!consumed && is_ident(c)) {
      if (ident_is_keyword(lx, OPERAND_WORDS)) return false;
      consumed = true;
    }
    lx->result_symbol = ARG_TYPE_TEXT;
    int32_t why = 0;
    return scan_text_ex(lx, M_TYPE, true, consumed, &why);
  }
  if (valid[CONST_TEXT]) {
    bool any = false;
    if (c == '_') {
      lx->advance(lx, false);
      if (iswdigit((wint_t)lx->lookahead)) return false;
      any = true;
    }
    lx->result_symbol = CONST_TEXT;
    int32_t why = 0;
    return scan_text_ex(lx, M_CONST, true, any, &why);
  }
  if (valid[ITEM_PATH_TEXT]) {
    /* only `NAME: TYPE = {` at item level; never a keyword, comment or allocation */
    if (c == '/' || c == '|' || c == '{' || c == '}' || at_eof_lx(lx)) return false;
    static const char *const ITEM_WORDS[] = {"fn", "const", "static", "promoted", NULL};
    bool any = false;
    if (is_ident(c)) {
      char buf[16];
      size_t n = 0;
      while (is_ident(lx->lookahead) && n < sizeof buf - 1) {
        buf[n++] = (char)lx->lookahead;
        lx->advance(lx, false);
      }
      buf[n] = 0;
      any = true;
      if ((n > 5 && (!strncmp(buf, "alloc", 5) || !strncmp(buf, "ALLOC", 5))) &&
          iswdigit((wint_t)buf[5]))
        return false;
      if (lx->lookahead == ' ')
        for (const char *const *w = ITEM_WORDS; *w; w++)
          if (!strcmp(buf, *w)) return false;
      if (!strcmp(buf, "promoted") && lx->lookahead == '[') return false; /* old promoted */
    }
    int32_t why = 0;
    lx->result_symbol = ITEM_PATH_TEXT;
    return scan_text_ex(lx, M_DEF_PATH, false, any, &why) && why == ':';
  }
  if (valid[DEF_PATH_TEXT]) {
    static const char *const MUT[] = {"mut", NULL};
    bool any = false;
    if (is_ident(c)) {
      if (ident_is_keyword(lx, MUT)) return false; /* `static mut NAME` */
      any = true;
    }
    int32_t why = 0;
    lx->result_symbol = DEF_PATH_TEXT;
    return scan_text_ex(lx, M_DEF_PATH, false, any, &why);
  }
  if (valid[PATH_BRACKETED]) {
    if (c == 'C') { /* a callee printed as a constant: `ConstValue(ZeroSized: fn() {f})` */
      static const char CV[] = "ConstValue(";
      size_t k = 0;
      while (CV[k] && lx->lookahead == CV[k]) lx->advance(lx, false), k++;
      if (CV[k]) return false;
      lx->result_symbol = PATH_BRACKETED;
      if (!scan_text(lx, M_PAREN, true) || lx->lookahead != ')') return false;
      lx->advance(lx, false);
      lx->mark_end(lx);
      return true;
    }
    if (c == '<' || c == '{') {
      lx->result_symbol = PATH_BRACKETED;
      return scan_text(lx, M_PATH, true);
    }
    if (c == '[') { /* old `[generator@src/a.rs:1:1: 2:2 (#0)]` */
      lx->advance(lx, false);
      while ((lx->lookahead >= 'a' && lx->lookahead <= 'z') || lx->lookahead == ' ')
        lx->advance(lx, false);
      if (lx->lookahead != '@') return false;
      lx->result_symbol = PATH_BRACKETED;
      /* finish the bracket, then the rest of the path */
      int depth = 1;
      while (!lx->eof(lx) && depth > 0 && lx->lookahead != '\n') {
        if (lx->lookahead == '[') depth++;
        else if (lx->lookahead == ']') depth--;
        lx->advance(lx, false);
      }
      if (depth) return false;
      scan_text(lx, M_PATH, false);
      return true;
    }
  }
  if (valid[RAW_TEXT] || valid[DEBUG_TEXT]) {
    bool consumed = false;
    if (valid[DEBUG_TEXT] && !valid[RAW_TEXT]) {
      if (starts_operand(lx, &consumed)) return false;
      if (!consumed && is_ident(c)) {
        if (ident_is_keyword(lx, OPERAND_WORDS)) return false;
        consumed = true;
      }
      lx->result_symbol = DEBUG_TEXT;
    } else {
      if (c == ';' || c == '-') return false;
      lx->result_symbol = RAW_TEXT;
    }
    int32_t why = 0;
    return scan_text_ex(lx, M_RAW, true, consumed, &why);
  }
  if (valid[PAREN_TEXT]) {
    if (c == ')') return false;
    lx->result_symbol = PAREN_TEXT;
    return scan_text(lx, M_PAREN, true);
  }
  return false;
}
