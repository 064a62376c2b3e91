/*
 * mirscope — read rustc MIR dumps (`-Zdump-mir`) and make async state machines visible.
 *
 * This is the library's only public header.  Every name starts with `ms_` / `MS_`.
 *
 * Ownership, written once for the whole API:
 *   - Objects returned by a `ms_*_new`/`ms_*_parse*` function are owned by the caller and
 *     released with the matching `ms_*_free`; passing NULL to any `_free` is a no-op.
 *   - Every other pointer the API returns (bodies, blocks, statements, strings, ...) is
 *     borrowed: it lives in the arena of the `ms_doc` it came from and stays valid until
 *     that document is freed.  Never free it.  Strings are NUL-terminated UTF-8 as found
 *     in the dump (not unescaped).
 *   - Input buffers passed to the parser are copied; the caller may free them right away.
 *   - Index-based getters return NULL (or a documented sentinel) when the index is out of
 *     range, so iteration with `*_count()` is always safe.
 *
 * Errors, written once for the whole API:
 *   - Running out of memory is not an error the caller handles: the library prints one line
 *     to stderr and aborts (as tree-sitter and cmark do); so does a broken installation (a
 *     tree-sitter runtime that rejects the grammar the library was built with).  No function returns NULL or an
 *     error code for lack of memory, whatever older comments of a function may suggest.
 *   - Everything else is reported to the caller and never printed: functions return an error
 *     value with a message (`err`, `errbuf`), problems in the input become diagnostics
 *     (ms_doc_diag), and warnings go to the callbacks the caller passes (`on_warning`,
 *     `on_warning_about`, `on_error`, `on_message`).  The library writes to no stream it was not given.
 *
 * Threads: no global mutable state of the library's own.  Distinct `ms_doc`s and
 * `ms_crate`s may be created, read, reported on and freed from different threads
 * concurrently; a single `ms_doc` is read-only after parsing and may be shared between
 * threads.  Drawing is the exception: Graphviz (cgraph, gvc) keeps process-wide state, so
 * the functions that draw (ms_co_render, ms_co_render_many, and the
 * report writers given render_dot / render_mermaid callbacks) must not run on two threads at once,
 * whatever their arguments: serialize them (a fresh-eyes trial crashed four threads
 * rendering four crates).
 *
 * Strings and objects the library returns live as long as what they came from: a doc's
 * until ms_doc_free, a crate's and its coroutines' until ms_crate_free, an input list's
 * until ms_inputs_free, a diff's until ms_diff_free.  Lines and columns are 1-based; columns
 * count characters (UTF-8 code points), as rustc's spans do (ms_diag_col, ms_input_sniff),
 * but ms_stmt_col's, which counts bytes.  Out-of-range indices give 0, -1, NULL or "" (each
 * getter says which); some of those (0, a first enum value) are also valid values: stay
 * within `*_count()`.
 */
#ifndef MIRSCOPE_H
#define MIRSCOPE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Every function of this header is exported from the shared library; everything else the
 * library defines is hidden (it is built with -fvisibility=hidden). */
#if defined(__GNUC__) && __GNUC__ >= 4
#define MS_API __attribute__((visibility("default")))
#else
#define MS_API
#endif

#define MIRSCOPE_VERSION "0.1.0"

/** The library's version string (equal to MIRSCOPE_VERSION of the build). */
MS_API const char *ms_version(void);

/* ------------------------------------------------------------------ diagnostics */

typedef enum { MS_SEV_ERROR, MS_SEV_WARNING, MS_SEV_NOTE } ms_severity;

typedef struct ms_diag ms_diag;

/** File name as given to the parser ("<stdin>" for standard input). */
MS_API const char *ms_diag_file(const ms_diag *d);
/** 1-based line and column; the column counts characters (UTF-8 code points), as rustc's
 *  spans do (until 2026-12-06 it counted bytes). */
MS_API unsigned ms_diag_line(const ms_diag *d);
MS_API unsigned ms_diag_col(const ms_diag *d);
MS_API ms_severity ms_diag_severity(const ms_diag *d);
/** The message.  Input it quotes is written as ms_write_safe writes it (control bytes other
 *  than tab and line feed, DEL, C1 controls and bytes that are not UTF-8 as `\xNN`; a NUL
 *  as `\x00`): always valid UTF-8 without control characters but those two (until
 *  2026-12-07 a quoted byte went through raw).  ms_diag_print writes it unchanged. */
MS_API const char *ms_diag_message(const ms_diag *d);
/**
 * Write the diagnostic the way compilers do:
 *   file:line:col: error: message
 *       <the source line>
 *       <caret under the column>
 * `color` non-zero adds ANSI colours.
 */
MS_API void ms_diag_print(const ms_diag *d, FILE *out, int color);

/* ------------------------------------------------------------------ documents */

/** A parsed dump file: zero or more MIR bodies plus diagnostics. */
typedef struct ms_doc ms_doc;

/**
 * Parse a buffer holding the text of one dump file.  `name` is used in diagnostics and
 * recorded as the body's file; NULL names the document `<input>`.  `text` may be NULL when
 * `len` is 0 (an empty document).  Never returns NULL.
 * Syntax errors do not fail the call: they become diagnostics and the readable rest of
 * the text is still turned into bodies (see ms_doc_error_count).  A NUL byte, which rustc
 * never writes, is such an error too: the first one of the text (of the file, for
 * ms_doc_parse_file_chunks), at its line and column (until 2026-12-07 one the grammar read
 * as a blank could give no error at all).
 */
MS_API ms_doc *ms_doc_parse(const char *name, const char *text, size_t len);

/**
 * Parse a file (`path` "-" reads standard input).  Returns NULL and sets *err_out (a
 * static or strerror string, never to be freed) when the file cannot be read.
 */
MS_API ms_doc *ms_doc_parse_file(const char *path, const char **err_out);

MS_API void ms_doc_free(ms_doc *doc);

/**
 * Parse a file ("-": standard input) of any size in bounded memory: it is read and parsed
 * in parts of about a megabyte, cut before `// MIR for` headers (whole items), and each
 * part is handed to `fn` as its own document as soon as it is parsed.  `fn` owns every
 * document it gets (free it with ms_doc_free); line numbers and file names are those of
 * the whole file.  An empty file gives one empty document.  Returns 0, fn's non-zero
 * return value (which stops the parse), or -1 with *err set when the file cannot be read.
 */
typedef int (*ms_chunk_fn)(ms_doc *part, void *user);
MS_API int ms_doc_parse_file_chunks(const char *path, ms_chunk_fn fn, void *user, const char **err);

MS_API const char *ms_doc_name(const ms_doc *doc);
/** Size in bytes of the parsed text. */
MS_API size_t ms_doc_size(const ms_doc *doc);

MS_API size_t ms_doc_diag_count(const ms_doc *doc);
MS_API const ms_diag *ms_doc_diag(const ms_doc *doc, size_t i);
/** Number of diagnostics of severity error (syntax errors: ERROR and MISSING nodes). */
MS_API size_t ms_doc_error_count(const ms_doc *doc);
/** Number of statements/terminators of kinds this version does not know (warnings). */
MS_API size_t ms_doc_unknown_count(const ms_doc *doc);

/* ------------------------------------------------------------------ bodies */

typedef struct ms_body ms_body;
typedef struct ms_block ms_block;
typedef struct ms_stmt ms_stmt;
typedef struct ms_place ms_place;
typedef struct ms_layout ms_layout;

typedef enum {
  MS_ITEM_FN,
  MS_ITEM_CONST,
  MS_ITEM_STATIC,
  MS_ITEM_PROMOTED,
} ms_item_kind;

MS_API size_t ms_doc_body_count(const ms_doc *doc);
MS_API const ms_body *ms_doc_body(const ms_doc *doc, size_t i);

/** The def path from the `// MIR for `...`` header, else the item's own name. */
MS_API const char *ms_body_def_path(const ms_body *b);
/** The item name as printed after `fn`/`const`/`static`. */
MS_API const char *ms_body_name(const ms_body *b);
/** Pass from the header: "coroutine_resume", "after StateTransform", ... ("" if no header). */
MS_API const char *ms_body_pass(const ms_body *b);
/** Disambiguator from the header (`0` in `... 0 coroutine_resume`), -1 when absent. */
MS_API int ms_body_disambiguator(const ms_body *b);
MS_API const char *ms_body_file(const ms_body *b);
/** 1-based line of the item's first line (`fn ...`). */
MS_API unsigned ms_body_line(const ms_body *b);
MS_API ms_item_kind ms_body_item_kind(const ms_body *b);
/** Return type text ("" for none); for const/static items the item's type. */
MS_API const char *ms_body_return_type(const ms_body *b);
/** `yields T` of coroutine bodies before the state transform, else "". */
MS_API const char *ms_body_yield_type(const ms_body *b);

/* Parameters and locals: `_N` with its type.  Parameters are locals 1..param_count. */
MS_API size_t ms_body_param_count(const ms_body *b);
/** Number of declared locals (parameters and `let`s, including `_0`). */
MS_API size_t ms_body_local_count(const ms_body *b);
/** The i-th declared local (declaration order); returns its number `N` of `_N`, -1 if none. */
MS_API long ms_body_local_id(const ms_body *b, size_t i);
MS_API const char *ms_body_local_type(const ms_body *b, size_t i);
MS_API int ms_body_local_mutable(const ms_body *b, size_t i);
/** Scope index the local was declared in (0 = outermost). */
MS_API unsigned ms_body_local_scope(const ms_body *b, size_t i);
/** Type of local `_N` by number, NULL if not declared (or numbered far beyond the body's
 *  local count). O(1). */
MS_API const char *ms_body_type_of(const ms_body *b, long local_id);

/* `debug NAME => VALUE;` lines (including the 2026 `coroutine debug NAME => _sN;`). */
MS_API size_t ms_body_debug_count(const ms_body *b);
MS_API const char *ms_body_debug_name(const ms_body *b, size_t i);
/** The value: a place (`((*_55).0: u32)`), `const ...`, or `_sN` for `coroutine debug`. */
MS_API const char *ms_body_debug_value(const ms_body *b, size_t i);
/** Parsed place of the value, NULL when the value is not a place. */
MS_API const ms_place *ms_body_debug_place(const ms_body *b, size_t i);
MS_API unsigned ms_body_debug_scope(const ms_body *b, size_t i);

/* Scopes: index, parent (-1 for the root scope 0), `inlined` callee text or "". */
MS_API size_t ms_body_scope_count(const ms_body *b);
MS_API unsigned ms_body_scope_index(const ms_body *b, size_t i);
MS_API long ms_body_scope_parent(const ms_body *b, size_t i);
MS_API const char *ms_body_scope_inlined(const ms_body *b, size_t i);

/* ------------------------------------------------------------------ layout */

typedef enum {
  MS_LAYOUT_NONE = 0,
  MS_LAYOUT_GENERATOR,  /* comment `generator_layout = GeneratorLayout { ... }` (to 2023) */
  MS_LAYOUT_COROUTINE,  /* comment `coroutine_layout = CoroutineLayout { ... }` */
  MS_LAYOUT_PRINTER2026 /* `coroutine layout { field _s0: T; ... }` inside the body */
} ms_layout_era;

/** The coroutine layout printed with this body, or NULL. */
MS_API const ms_layout *ms_body_layout(const ms_body *b);
MS_API ms_layout_era ms_layout_era_of(const ms_layout *l);
/** N of the `upvar_start: _N,` line that newer era-2 layouts print first; -1 when not printed
 *  (and for NULL). */
MS_API long ms_layout_upvar_start(const ms_layout *l);

MS_API size_t ms_layout_field_count(const ms_layout *l);
/** Saved local id as printed: "_s3" (or "_3" in older eras). */
MS_API const char *ms_layout_field_id(const ms_layout *l, size_t i);
/** Saved local number (3 for `_s3`/`_3`). */
MS_API unsigned ms_layout_field_index(const ms_layout *l, size_t i);
MS_API const char *ms_layout_field_type(const ms_layout *l, size_t i);
/** Source span text ("a.rs:5:26: 5:27 (#0)"), "" when not printed (2026 printer). */
MS_API const char *ms_layout_field_span(const ms_layout *l, size_t i);
/** Source scope index, -1 when not printed. */
MS_API long ms_layout_field_scope(const ms_layout *l, size_t i);

MS_API size_t ms_layout_variant_count(const ms_layout *l);
/** "Unresumed", "Returned", "Panicked", "Suspend0", ... */
MS_API const char *ms_layout_variant_name(const ms_layout *l, size_t i);
/** The discriminant printed in parentheses. */
MS_API unsigned ms_layout_variant_discr(const ms_layout *l, size_t i);
MS_API size_t ms_layout_variant_field_count(const ms_layout *l, size_t i);
/** Saved-local number of the j-th field of variant i (`variant_fields[i][j]`). */
MS_API unsigned ms_layout_variant_field(const ms_layout *l, size_t i, size_t j);

/** Declared BitMatrix dimensions (rows x cols). */
MS_API unsigned ms_layout_conflict_rows(const ms_layout *l);
MS_API unsigned ms_layout_conflict_cols(const ms_layout *l);
MS_API size_t ms_layout_conflict_count(const ms_layout *l);
/** The k-th conflicting pair (a, b) of saved-local numbers. */
MS_API void ms_layout_conflict(const ms_layout *l, size_t k, unsigned *a, unsigned *b);
/** Non-zero when saved locals a and b may not overlap. O(1). */
MS_API int ms_layout_conflicts(const ms_layout *l, unsigned a, unsigned b);

/* ------------------------------------------------------------------ blocks */

MS_API size_t ms_body_block_count(const ms_body *b);
/** Blocks in textual order; ms_block_index gives the `bbN` number. */
MS_API const ms_block *ms_body_block(const ms_body *b, size_t i);
/** Block `bbN` by number, NULL if absent (or numbered far beyond the body's block count,
 *  as only garbled input is). O(1). */
MS_API const ms_block *ms_body_block_by_index(const ms_body *b, unsigned n);

MS_API unsigned ms_block_index(const ms_block *blk);
MS_API int ms_block_is_cleanup(const ms_block *blk);
MS_API unsigned ms_block_line(const ms_block *blk);

/** Statements, excluding the terminator. */
MS_API size_t ms_block_stmt_count(const ms_block *blk);
MS_API const ms_stmt *ms_block_stmt(const ms_block *blk, size_t i);
/** The terminator, NULL when the block has none (truncated input). */
MS_API const ms_stmt *ms_block_terminator(const ms_block *blk);

/* ------------------------------------------------------------------ statements */

typedef enum {
  /* statements */
  MS_STMT_ASSIGN,
  MS_STMT_STORAGE_LIVE,
  MS_STMT_STORAGE_DEAD,
  MS_STMT_SET_DISCRIMINANT, /* discriminant(place) = K */
  MS_STMT_NOP,
  MS_STMT_PLACE_MENTION,
  MS_STMT_FAKE_READ,
  MS_STMT_RETAG,
  MS_STMT_DEINIT,
  MS_STMT_ASCRIBE_USER_TYPE,
  MS_STMT_COVERAGE,
  MS_STMT_CONST_EVAL_COUNTER,
  MS_STMT_INTRINSIC, /* assume(...), copy_nonoverlapping(...) */
  MS_STMT_BACKWARD_INCOMPATIBLE_DROP_HINT,
  MS_STMT_UNKNOWN, /* a statement kind this version does not know (warned about) */
  /* terminators */
  MS_TERM_GOTO,
  MS_TERM_SWITCH_INT,
  MS_TERM_RETURN,
  MS_TERM_RESUME,
  MS_TERM_UNREACHABLE,
  MS_TERM_COROUTINE_DROP,
  MS_TERM_DROP,
  MS_TERM_CALL,
  MS_TERM_ASSERT,
  MS_TERM_YIELD,
  MS_TERM_FALSE_EDGE,
  MS_TERM_FALSE_UNWIND,
  MS_TERM_INLINE_ASM,
  MS_TERM_TAIL_CALL,
  MS_TERM_TERMINATE, /* abort; / terminate(cleanup); */
  MS_TERM_UNKNOWN
} ms_stmt_kind;

/** A stable lower-case name for a kind ("assign", "switch_int", ...); "?" for a value out of
 *  range (never NULL, unlike the other *_name functions, which return NULL there). */
MS_API const char *ms_stmt_kind_name(ms_stmt_kind k);

MS_API ms_stmt_kind ms_stmt_kind_of(const ms_stmt *s);
MS_API int ms_stmt_is_terminator(const ms_stmt *s);
/** The statement's full text as in the dump, without the trailing `;`. */
MS_API const char *ms_stmt_text(const ms_stmt *s);
MS_API unsigned ms_stmt_line(const ms_stmt *s);
/** 1-based column of the statement's first byte, in bytes (after the indentation, which is
 *  ASCII in rustc's dumps: the same number in characters). */
MS_API unsigned ms_stmt_col(const ms_stmt *s);
/** For MS_STMT_UNKNOWN / MS_TERM_UNKNOWN and generic kinds: the leading word. */
MS_API const char *ms_stmt_word(const ms_stmt *s);

/**
 * The place written (assign, call and yield destination, set_discriminant, drop), or the
 * storage local as a place; NULL otherwise.
 */
MS_API const ms_place *ms_stmt_place(const ms_stmt *s);

typedef enum {
  MS_RV_NONE,
  MS_RV_USE,       /* copy/move/const operand (or a bare place in old dumps) */
  MS_RV_REF,       /* &, &mut, &raw const/mut, &fake */
  MS_RV_CAST,      /* operand as T (Kind) */
  MS_RV_CALL_LIKE, /* Name(args): binary/unary ops, discriminant(), ADT tuple constructors */
  MS_RV_PATH,      /* a bare path: unit variant `Poll::<u32>::Pending` */
  MS_RV_AGGREGATE, /* Path { field: op, ... } */
  MS_RV_TUPLE,
  MS_RV_ARRAY,
  MS_RV_REPEAT,
  MS_RV_RAW_PTR    /* *mut T from (ptr, metadata) */
} ms_rvalue_kind;

/** For MS_STMT_ASSIGN: the rvalue kind; MS_RV_NONE for other statements. */
MS_API ms_rvalue_kind ms_stmt_rvalue_kind(const ms_stmt *s);
/** Text of the rvalue (right of `=`), "" if none. */
MS_API const char *ms_stmt_rvalue(const ms_stmt *s);
/**
 * The callee/function word of MS_RV_CALL_LIKE, MS_RV_PATH, MS_RV_AGGREGATE rvalues and of
 * call / tail-call terminators (`Add`, `Poll::<u32>::Ready`, `<X as Future>::poll`).
 */
MS_API const char *ms_stmt_callee(const ms_stmt *s);
/** Operands of calls, call-like rvalues, aggregates, asserts, switchInt (as text). */
MS_API size_t ms_stmt_operand_count(const ms_stmt *s);
MS_API const char *ms_stmt_operand(const ms_stmt *s, size_t i);
/** Place read by the i-th operand (copy/move/bare place), NULL for constants. */
MS_API const ms_place *ms_stmt_operand_place(const ms_stmt *s, size_t i);
/** For MS_STMT_SET_DISCRIMINANT: the variant index written. */
MS_API long ms_stmt_discriminant(const ms_stmt *s);
/** For asserts: the message string literal with its quotes; else "". */
MS_API const char *ms_stmt_message(const ms_stmt *s);

/* Successor edges of a terminator. */
typedef enum {
  MS_EDGE_GOTO,      /* goto -> bbN, or an old-style `-> bbN` target */
  MS_EDGE_RETURN,    /* return: bbN of calls and drops */
  MS_EDGE_SUCCESS,   /* success: of asserts */
  MS_EDGE_SWITCH,    /* a switchInt arm (value in ms_stmt_edge_value) */
  MS_EDGE_OTHERWISE, /* switchInt otherwise */
  MS_EDGE_UNWIND,    /* unwind: bbN (cleanup path) */
  MS_EDGE_RESUME,    /* yield resume: */
  MS_EDGE_DROP,      /* yield drop: */
  MS_EDGE_REAL,      /* falseEdge/falseUnwind real: */
  MS_EDGE_IMAGINARY, /* falseEdge imaginary: */
  MS_EDGE_OTHER
} ms_edge_kind;

typedef enum {
  MS_UNWIND_NONE,     /* nothing said */
  MS_UNWIND_BLOCK,    /* unwind: bbN */
  MS_UNWIND_CONTINUE, /* unwind continue */
  MS_UNWIND_UNREACHABLE,
  MS_UNWIND_TERMINATE
} ms_unwind;

MS_API size_t ms_stmt_edge_count(const ms_stmt *s);
MS_API unsigned ms_stmt_edge_target(const ms_stmt *s, size_t i);
MS_API ms_edge_kind ms_stmt_edge_kind(const ms_stmt *s, size_t i);
/** The arm label text for MS_EDGE_SWITCH / MS_EDGE_OTHER ("0", "false", "real"...). */
MS_API const char *ms_stmt_edge_label(const ms_stmt *s, size_t i);
/** How the terminator unwinds (unwind: bbN edges are also listed as MS_EDGE_UNWIND). */
MS_API ms_unwind ms_stmt_unwind(const ms_stmt *s);

/* ------------------------------------------------------------------ places */

typedef enum {
  MS_PROJ_DEREF,     /* (*p) */
  MS_PROJ_FIELD,     /* (p.N: T) */
  MS_PROJ_DOWNCAST,  /* (p as Variant) / (p as variant#K) */
  MS_PROJ_INDEX,     /* p[_N] */
  MS_PROJ_CONST_INDEX /* p[3 of 4], p[1:2], ... (text in ms_place_proj_text) */
} ms_proj_kind;

/** The base local `_N`. */
MS_API long ms_place_local(const ms_place *p);
MS_API size_t ms_place_proj_count(const ms_place *p);
/** Projections from the base outwards: `(((*_5) as variant#3).0: T)` = deref, downcast, field. */
MS_API ms_proj_kind ms_place_proj_kind(const ms_place *p, size_t i);
/** Field index, variant index (`variant#K`, -1 for a named variant), or index local. */
MS_API long ms_place_proj_index(const ms_place *p, size_t i);
/** Field type, variant name, or index text. */
MS_API const char *ms_place_proj_text(const ms_place *p, size_t i);
/** The place as printed. */
MS_API const char *ms_place_text(const ms_place *p);

/* ================================================================== the coroutine model */

/*
 * A crate: the coroutines (async fn/block/closure bodies, gen blocks, raw coroutines) found
 * in any number of dumps, plus optional ground truth.  Documents are added one at a time
 * and may be freed right after ms_crate_add_doc: the crate copies what it keeps, so memory
 * stays bounded by the largest single document plus the (small) model.
 *
 *   ms_crate *c = ms_crate_new(&opts);       (opts: a capture's ms_build_record_find, or NULL)
 *   in = ms_inputs_collect(paths, n, ...);    (the dump files, and type sizes found beside them)
 *   for each ms_inputs_type_sizes_path(in, i): ms_crate_add_type_sizes_scoped(c, p, its
 *       directory, &err)   (scoped as `mirscope report` does: a table applies to the dumps
 *       below it, so two builds or crates in one input do not take each other's sizes)
 *   in a capture, each ms_inputs_symbols_path(in, i, &scope): ms_crate_add_symbols_scoped
 *   for each ms_inputs_path(in, i): doc = ms_doc_parse_file(...); ms_crate_add_doc(c, doc);
 *       ms_doc_free(doc);
 *   ms_crate_finish(c);                       (sizes, findings: before any ms_co_* query of
 *                                              them, which read -1 and nothing until then;
 *                                              a writer or ms_crate_whatif called before it
 *                                              aborts with a line naming it)
 *   ... read coroutines, or ms_crate_write_json_with(c, stdout, &ro) ...
 *   ms_crate_free(c); ms_inputs_free(in);
 * tests/api_report.c is this, and writes what `mirscope report -f json` writes.
 */
typedef struct ms_crate ms_crate;
typedef struct ms_coroutine ms_coroutine;

/* Called for each warning (`path`: the dump file it is about, or NULL; `message`: one line,
 * no trailing newline).  See ms_crate_options.on_warning. */
typedef void (*ms_warning_fn)(const char *path, const char *message, void *user);
/* The same for a warning about one place of a dump (`line`, `col`: 1-based). */
typedef void (*ms_warning_at_fn)(const char *path, unsigned line, unsigned col,
                                 const char *message, void *user);
/* A warning and what it is about, as ms_crate_options.on_warning_about receives it (the
 * struct and its strings live for the call only). */
typedef struct {
  const char *path;     /* the file it is about (a dump), or NULL */
  unsigned line, col;   /* its place in that file (1-based); 0, 0: the file as a whole */
  const char *message;  /* one line, no trailing newline, the place not in it */
  const char *def_path; /* the resume body it is about, by its def path as the dump prints it
                           (ms_co_def_path); NULL: a warning about no one body (a file, a
                           directory of dumps, type sizes or symbols) */
  const ms_coroutine *coroutine; /* that body's coroutine when the warning comes from
                           ms_crate_finish (its names, def path, kind and file can be read,
                           its sizes and findings are not resolved yet); NULL when the body
                           is being read (ms_crate_add_doc) or is not modelled, and with no
                           def_path */
} ms_warning;
typedef void (*ms_warning_about_fn)(const ms_warning *w, void *user);

/* The target and opt-level a crate was built for when nothing else says: what reports print
 * as the assumption made. */
#define MS_DEFAULT_TARGET "x86_64-unknown-linux-gnu"
#define MS_DEFAULT_OPT_LEVEL "3"

/** The pointer width a target triple implies from its architecture (`thumbv7em-none-eabihf`:
 *  32, `x86_64-..`: 64, `avr-..`: 16, `..-gnux32`: 32); 0 when not known or NULL. */
MS_API int ms_target_pointer_width(const char *triple);

typedef struct {
  int pointer_width; /* 16, 32 or 64: for computed sizes; anything else (0): the target's
                        (ms_target_pointer_width), else 64 */
  /* The build the dumps come from: a target triple (`thumbv7em-none-eabihf`) and rustc's
   * -Copt-level (`0`..`3`, `s`, `z`); NULL: not known, MS_DEFAULT_TARGET / _OPT_LEVEL are
   * assumed.  They choose the code-size model and may imply the pointer width. */
  const char *target;
  const char *opt_level;
  /* The library prints nothing: warnings go here (NULL: dropped).  They say when a resume
   * body is not modelled (ms_crate_dropped_count counts them), when def paths are shared by
   * several bodies (once per crate) and when type sizes are ambiguous. */
  ms_warning_fn on_warning;
  void *warning_user;
  /* When set, warnings about one place of a dump (a resume body not modelled: its `fn` line,
   * or its `// MIR for` header when cut off before the `fn`) come here with that place,
   * as `file:line:col` diagnostics are printed; else to on_warning, the line in the
   * message ("(coroutine_resume, line 116)").  Same warning_user. */
  ms_warning_at_fn on_warning_at;
  /* When set, every warning comes here instead of on_warning and on_warning_at, with its
   * place and the body it is about (ms_warning.def_path, .coroutine): a caller that shows
   * some coroutines (mirscope's --fn) can tell the warnings about others.  Same warning_user. */
  ms_warning_about_fn on_warning_about;
} ms_crate_options;

MS_API ms_crate *ms_crate_new(const ms_crate_options *opts /* NULL: defaults */);
MS_API void ms_crate_free(ms_crate *c);

/**
 * Read `-Zprint-type-sizes` output (lines starting with `print-type-size `; other lines are
 * ignored).  Returns the number of types read, or -1 with *err set when the file cannot be
 * read.  May be called several times, before ms_crate_finish: after it, this function and
 * every other ms_crate_add_type_sizes* and ms_crate_add_symbols* one read nothing (not even
 * the file), add nothing, leave *err as it is and return 0, as ms_crate_add_doc does (the
 * model is built: sizes and symbols given later would change none of it).
 */
MS_API long ms_crate_add_type_sizes_file(ms_crate *c, const char *path, const char **err);
MS_API long ms_crate_add_type_sizes(ms_crate *c, const char *text, size_t len);
/**
 * As ms_crate_add_type_sizes_file, but the table only applies to coroutines whose dump
 * file lies below directory `scope` (how type sizes found beside dumps are used, so that
 * several crates or toolchains in one report do not mix).  `scope` NULL: for every coroutine.
 * A generic async fn also takes its instances from the tables of the directories beside its
 * own that name it by its crate (`drv::with_timeout<..>`; the rule: docs/sizes.md).
 */
MS_API long ms_crate_add_type_sizes_scoped(ms_crate *c, const char *path, const char *scope,
                                    const char **err);
/** Read `nm -S -C` (or `nm -S`) output: exact code sizes of resume functions.  Each call
 *  is one file (one object, archive or binary): a function that two calls list with one
 *  name and size (an rlib and the binary it is linked into) is one function in the code
 *  totals; twice in one call, two copies.  Returns the number of symbols read, or -1 with
 *  *err set when the file cannot be read; 0 after ms_crate_finish (nothing read or added). */
MS_API long ms_crate_add_symbols_file(ms_crate *c, const char *path, const char **err);
MS_API long ms_crate_add_symbols(ms_crate *c, const char *text, size_t len);
/**
 * As ms_crate_add_symbols_file, but the symbols only apply to coroutines whose dump file
 * lies below directory `scope` (a capture's symbols.txt beside its units' dumps), in place
 * of those given for all: two builds of one crate in one input do not take each other's.
 */
MS_API long ms_crate_add_symbols_scoped(ms_crate *c, const char *path, const char *scope,
                                        const char **err);

/**
 * Add the coroutine resume bodies of a document: bodies with a coroutine layout whose pass
 * is a resume pass (coroutine_resume, generator_resume, after StateTransform, after
 * PreCodegen), and bodies without a header whose `_1` is a coroutine (`--emit=mir`: the
 * layout rebuilt from the body).  Drop shims (`coroutine_drop*`, `generator_drop`) and other
 * bodies are skipped; a resume body without a layout, or cut off by the end of the text, is
 * not modelled and counted (ms_crate_dropped_count, with a warning).  Returns the number of
 * coroutines added; after ms_crate_finish it adds nothing and returns 0.
 */
MS_API size_t ms_crate_add_doc(ms_crate *c, const ms_doc *doc);

/** The target and opt-level the crate's model assumes, and whether they were given (1) or
 *  are the defaults (0). */
MS_API const char *ms_crate_target(const ms_crate *c, int *given);
MS_API const char *ms_crate_opt_level(const ms_crate *c, int *given);

/** The code-size model a crate's estimates use (docs/code-size.md): the (target, opt-level)
 *  row of coefficients chosen by ms_crate_target / ms_crate_opt_level and its validated
 *  accuracy (the error band). */
typedef struct {
  const char *target, *opt_level; /* the row: "thumbv7em-none-eabihf", "z" */
  int calibrated;         /* 1: the row of the crate's target and opt-level (as given, or
                             the defaults assumed); 0: the nearest row (not calibrated) */
  double median_error;    /* validated median |estimate - nm| / nm of modelled figures
                             (0.18 = 18 %) on crates never fitted on; < 0: not measured */
  double within_30;       /* validated share of coroutines within +-30 % of nm; < 0: not measured */
  double corrected_median_error; /* the same median for corrected figures; < 0: not measured */
  long poison_arm_bytes;  /* measured code of one poison arm on the target */
} ms_code_model_info;
MS_API void ms_crate_code_model(const ms_crate *c, ms_code_model_info *out);

/** Resolve sizes (type sizes, nested futures) and findings.  Call once, after adding
 * (again: nothing).  The writers (ms_crate_write_*, ms_co_write_explain) and
 * ms_crate_whatif need it: called before it they print `mirscope: FUNCTION: called before
 * ms_crate_finish` and abort, a programming error like a failed assertion. */
MS_API void ms_crate_finish(ms_crate *c);

/**
 * Resume bodies (of a resume pass, with a layout or not) that were read but not modelled;
 * each was warned about.  Together with ms_crate_coroutine_count it accounts for every resume
 * body added: bodies in = coroutines out + dropped.  Two dumps of one body (a
 * `coroutine_resume` and a `StateTransform.after`) are one body.
 */
MS_API size_t ms_crate_dropped_count(const ms_crate *c);

MS_API size_t ms_crate_coroutine_count(const ms_crate *c);

/**
 * The coroutines whose resume body checks arithmetic for overflow (`attempt to compute
 * `{} + {}`, which would overflow`, shifts, negation; not division or remainder, which every
 * build checks).  Only builds with -Coverflow-checks have such checks, and it is on by
 * default in debug builds (opt-level 0): dumps with them whose opt-level was not given are
 * likely of a debug build, which the default opt-level 3 prices too low.
 */
MS_API size_t ms_crate_overflow_checked_count(const ms_crate *c);
MS_API const ms_coroutine *ms_crate_coroutine(const ms_crate *c, size_t i);

/** JSON report (docs/json.md): `build`, `input`, `coroutines`, `totals`, `whatif`,
 *  `code_model`.  The crate does not know what the input held beyond the bodies added:
 *  `input.errors` is 0 here; give the caller's count (syntax errors of the documents added:
 *  ms_doc_error_count, unreadable files) as ms_report_options.input_errors to
 *  ms_crate_write_json_with (tests/api_report.c does).  0 on success. */
MS_API int ms_crate_write_json(const ms_crate *c, FILE *out);

/* ---- identity
 * A coroutine is a body: its def path plus the disambiguators rustc writes into the dump
 * file name (`{impl#N}` where the header prints `<impl at ...>`, as impls generated by one
 * macro body all do), its directory and its file.  Two bodies are never merged. */
/** rustc's def path, verbatim from the `// MIR for` header (not unique: see ms_co_name). */
MS_API const char *ms_co_def_path(const ms_coroutine *co);
/**
 * A name unique within the crate (after ms_crate_finish; the def path before): the def path,
 * or where several bodies print one def path, the def path as the dump file name spells it
 * (`stream::product::{impl#10}::product::{closure#0}`), then if needed the part of the
 * directory that tells them apart (`answer::{closure#0} [nightly]`; directories compared as
 * normalised paths: `.` and empty components dropped, `..` resolved lexically, so `./x`,
 * `x/` and `y/../x` are `x`; each of them gets a part of its own), then `#N` in crate
 * order.  What reports, diagram titles, file names and `--fn` use.
 */
MS_API const char *ms_co_name(const ms_coroutine *co);
/** The def path as spelled by the dump file name (`m::{impl#3}::f::{closure#0}`), "" when the
 *  file name is not rustc's dump file name. */
MS_API const char *ms_co_item(const ms_coroutine *co);
MS_API const char *ms_co_file(const ms_coroutine *co);
/** The crate of the coroutine's dump: the dump file name up to its first `.` (`basic` for
 *  `basic.handshake-{closure#0}.-------.coroutine_resume.0.mir`: rustc's crate name, with
 *  `_` for `-`), `<stdin>` for standard input, `?` when the name has none.  Writes at most cap
 *  bytes including the NUL; returns the full length (as snprintf). */
MS_API size_t ms_co_crate(const ms_coroutine *co, char *out, size_t cap);
/** The crate of a dump file as ms_co_crate reads it from a coroutine's (`<stdin>` for "-"). */
MS_API size_t ms_file_crate_name(const char *file, char *out, size_t cap);
/** 1-based line of the resume body's first line in its dump file (ms_co_file): a place in
 *  the dump, not in the Rust source (ms_co_span). */
MS_API unsigned ms_co_line(const ms_coroutine *co);
MS_API const char *ms_co_pass(const ms_coroutine *co);
typedef enum {
  MS_KIND_ASYNC_FN,        /* "async_fn": the body of an `async fn` */
  MS_KIND_ASYNC_BLOCK,     /* "async_block" */
  MS_KIND_ASYNC_CLOSURE,   /* "async_closure": an async closure's body */
  MS_KIND_GEN_BLOCK,       /* "gen_block" */
  MS_KIND_ASYNC_GEN_BLOCK, /* "async_gen_block" */
  MS_KIND_COROUTINE        /* "coroutine": a raw `#[coroutine]` closure */
} ms_coroutine_kind;
/** The stable name in quotes above; NULL for a value out of range. */
MS_API const char *ms_coroutine_kind_name(ms_coroutine_kind k);
MS_API ms_coroutine_kind ms_co_kind_of(const ms_coroutine *co);
/** ms_coroutine_kind_name(ms_co_kind_of(co)) */
MS_API const char *ms_co_kind(const ms_coroutine *co);
/** The coroutine's own type as MIR prints it: `{async fn body of add()}`. */
MS_API const char *ms_co_self_type(const ms_coroutine *co);
/**
 * The coroutine's own place in the Rust source, as its type prints it: `src/lib.rs:205:30:
 * 205:35` of `{async block@src/lib.rs:205:30: 205:35}` (blocks, closures, gen blocks, raw
 * coroutines; old toolchains' `[async fn body@a.rs:5:1: 7:2]` too).  NULL when the dumps hold
 * none: an `async fn` body's type is `{async fn body of f()}` in today's dumps, which print
 * no span of the fn itself.  The source positions the dumps do give are those of saved
 * locals (ms_co_saved_span), awaits (ms_co_await_span) and findings (ms_co_finding_span).
 */
MS_API const char *ms_co_span(const ms_coroutine *co);
/**
 * 0 for a coroutine left out of every total (JSON `in_totals: false`): an async closure's
 * body that the nm symbols show was not built (rustc builds the by-move body,
 * ms_co_by_move_of, only for a call by value, AsyncFnOnce; the by-ref body only for calls by
 * reference); 1 for every other coroutine, and for every one before ms_crate_finish.  Such a
 * body is listed (ms_crate_coroutine, the reports' tables, its own ms_co_whatif) but the
 * crate's totals leave it out: ms_crate_whatif, ms_crate_code_bytes,
 * ms_crate_outer_futures and the reports' totals (JSON `totals.not_built` counts them).
 */
MS_API int ms_co_in_totals(const ms_coroutine *co);
/** For an async closure's by-move body (`..::{synthetic#N}`): its by-ref body (the
 *  `..::{closure#0}` of the same closure, dumped in the same directory; JSON `by_move_of`).
 *  NULL for every other coroutine, and before ms_crate_finish. */
MS_API const ms_coroutine *ms_co_by_move_of(const ms_coroutine *co);
/** A def path or name as the tables print it: an async fn's `f::{closure#0}` as `f`,
 *  `<impl at src/radio.rs:23:1: 23:24>` as `<impl at radio.rs:23>`.  Writes at most cap bytes
 *  including the NUL (never more than strlen(path) + 1). */
MS_API void ms_short_path(const char *path, ms_coroutine_kind kind, char *out, size_t cap);
/** The coroutine's name (ms_co_name) as the tables print it: ms_short_path, and a block's or
 *  closure's own segment `{closure#N}` as where its type says it is: `client::{closure#0}::
 *  {async block@lib.rs:205:30}` for `{async block@src/lib.rs:205:30: 205:35}` (nested blocks
 *  whose paths differ in one `{closure#0}` read apart).  Writes at most cap bytes with the NUL. */
MS_API void ms_co_short_name(const ms_coroutine *co, char *out, size_t cap);

/* ---- states: one per layout variant, in discriminant order */
MS_API size_t ms_co_state_count(const ms_coroutine *co);
MS_API const char *ms_co_state_name(const ms_coroutine *co, size_t s);
MS_API unsigned ms_co_state_discr(const ms_coroutine *co, size_t s);
/** The dispatch arm's entry block `bbN`, or -1 when the switch has no arm for the state. */
MS_API long ms_co_state_entry(const ms_coroutine *co, size_t s);

typedef enum {
  MS_ARM_NONE,            /* no arm in the dispatch switch */
  MS_ARM_CODE,            /* ordinary code (Unresumed, SuspendN) */
  MS_ARM_POISON_RETURNED, /* asserts "... resumed after completion" */
  MS_ARM_POISON_PANICKED, /* asserts "... resumed after panicking" */
  MS_ARM_POISON_ASYNC_DROP, /* asserts "... resumed after async drop" */
  MS_ARM_RETURNS_NONE     /* gen blocks: Returned keeps returning None */
} ms_arm_kind;
MS_API ms_arm_kind ms_co_state_arm(const ms_coroutine *co, size_t s);

typedef enum {
  MS_SUSPEND_NONE,       /* not a Suspend state (Unresumed, Returned, Panicked), or out of range */
  MS_SUSPEND_AWAIT,      /* "await": an `.await` (a transition `pending` into it; a Suspend state of
                          * an async fn, block or closure that no transition enters) */
  MS_SUSPEND_YIELD,      /* "yield": a `yield` (gen and async gen blocks, coroutines) */
  MS_SUSPEND_ASYNC_DROP  /* "async-drop": the implicit await of a value's async drop (the state
                          * holds an `async_drop_in_place` future), or a state the async-drop
                          * body enters (its arm is MS_ARM_POISON_ASYNC_DROP) */
} ms_suspend_kind;
/** What suspends the coroutine in state s. */
MS_API ms_suspend_kind ms_co_state_suspend(const ms_coroutine *co, size_t s);
/** The stable name in quotes above ("await", ...); NULL for MS_SUSPEND_NONE or out of range. */
MS_API const char *ms_suspend_kind_name(ms_suspend_kind k);
/** Saved locals (indices into ms_co_saved_*) held by state s (variant_fields[s]). */
MS_API size_t ms_co_state_saved_count(const ms_coroutine *co, size_t s);
MS_API size_t ms_co_state_saved(const ms_coroutine *co, size_t s, size_t j);
/** Bytes of the variant (upvar prefix + tag + its fields, laid out), -1 when unknown. */
MS_API long ms_co_state_bytes(const ms_coroutine *co, size_t s);
/**
 * The state's share of the resume function's estimated machine code (docs/code-size.md,
 * "Per-state code"): the price of every block its arm reaches, split equally among the
 * states whose arms reach that block, plus an equal share of the blocks no arm reaches (the
 * dispatch chain, dead code) among the states with an arm.  Over all states these sum to
 * ms_co_code_estimate.  -1 when s is out of range.
 */
MS_API long ms_co_state_code_bytes(const ms_coroutine *co, size_t s);
/** The estimate of the blocks only the state's arm reaches (those ms_co_block_owner gives
 *  to it; the state's own cluster in the cfg view); -1 when s is out of range. */
MS_API long ms_co_state_own_code_bytes(const ms_coroutine *co, size_t s);

/* ---- blocks of the resume body: whose code each one is (what the cfg view clusters) */
enum {
  MS_BLOCK_UNREACHED = -1, /* no state's arm reaches it, or the body has no block bbN */
  MS_BLOCK_SHARED = -2,    /* reached from the arms of several states: no state's code */
  MS_BLOCK_DISPATCH = -3   /* the dispatch chain: from bb0 through `goto`s to the dispatch
                              switch (included), where no state's arm reaches it */
};
/**
 * The state (index) whose arm owns block `bbN` of the resume body: the one state whose walk
 * from its dispatch entry (over every edge, normal and unwind) reaches the block.  These
 * are exactly the blocks ms_co_state_own_code_bytes prices for that state.  Else one of the
 * MS_BLOCK_* sentinels above: a MS_BLOCK_SHARED block's price is split equally among the
 * ms_co_block_sharers states that reach it, a MS_BLOCK_DISPATCH or MS_BLOCK_UNREACHED
 * block's among the states with an arm (ms_co_state_code_bytes).
 */
MS_API long ms_co_block_owner(const ms_coroutine *co, unsigned bb);
/** How many states the block's price is split among: 1 for a block an arm owns, the states
 *  reaching a shared block, the states with an arm for the others; 0 without block bbN. */
MS_API size_t ms_co_block_sharers(const ms_coroutine *co, unsigned bb);
/** The block number N of the dispatch switch (`switchInt` on the discriminant, bbN), -1
 *  when the body has none. */
MS_API long ms_co_dispatch_block(const ms_coroutine *co);

/* ---- transitions (one poll: from the state's entry to a return or resume) */
MS_API size_t ms_co_transition_count(const ms_coroutine *co);
MS_API size_t ms_co_transition_from(const ms_coroutine *co, size_t t);
MS_API size_t ms_co_transition_to(const ms_coroutine *co, size_t t);
typedef enum {
  MS_VIA_PENDING, /* "pending": an awaitee was not ready (async bodies) */
  MS_VIA_READY,   /* "ready": the future completed */
  MS_VIA_YIELD,   /* "yield": a coroutine or gen block yielded */
  MS_VIA_RETURN,  /* "return": a coroutine or gen block returned */
  MS_VIA_UNWIND   /* "unwind": a panic left the body (into Panicked) */
} ms_transition_kind;
/** The stable name in quotes above; NULL for a value out of range. */
MS_API const char *ms_transition_kind_name(ms_transition_kind k);
MS_API ms_transition_kind ms_co_transition_kind(const ms_coroutine *co, size_t t);
/** ms_transition_kind_name(ms_co_transition_kind(co, t)); NULL when t is out of range */
MS_API const char *ms_co_transition_via(const ms_coroutine *co, size_t t);

/* ---- saved locals and upvars */
MS_API size_t ms_co_saved_count(const ms_coroutine *co);
/** "_s3" (or "_3" in old dumps) */
MS_API const char *ms_co_saved_id(const ms_coroutine *co, size_t i);
MS_API const char *ms_co_saved_type(const ms_coroutine *co, size_t i);
/** Source name from `debug` lines ("__awaitee" for awaited futures), "" when unnamed. */
MS_API const char *ms_co_saved_name(const ms_coroutine *co, size_t i);
MS_API const char *ms_co_saved_span(const ms_coroutine *co, size_t i);
MS_API long ms_co_saved_bytes(const ms_coroutine *co, size_t i);
/**
 * Whether saved locals a and b (indices as above) are live at the same time, so may not
 * overlap (rustc's `storage_conflicts`, as printed: row a, column b): 1 or 0 (also when a
 * or b is out of range); -1 when the model holds no conflict matrix (whatever a and b):
 * the dump has none, or one in which some saved local lacks its own pair (cut short).
 */
MS_API int ms_co_saved_conflict(const ms_coroutine *co, size_t a, size_t b);

MS_API size_t ms_co_upvar_count(const ms_coroutine *co);
MS_API const char *ms_co_upvar_name(const ms_coroutine *co, size_t i);
MS_API const char *ms_co_upvar_type(const ms_coroutine *co, size_t i);
MS_API long ms_co_upvar_bytes(const ms_coroutine *co, size_t i);
/** The upvar's field number K in the captured values (`debug NAME => ((*_1).K: T)`; JSON
 *  upvars[].field); -1 when i is out of range. */
MS_API long ms_co_upvar_field(const ms_coroutine *co, size_t i);

/* ---- size of the future */
typedef enum {
  MS_SIZE_PRINT_TYPE_SIZES, /* exact, from -Zprint-type-sizes */
  MS_SIZE_COMPUTED,         /* every type could be sized: rustc's layout rules applied */
  MS_SIZE_LOWER_BOUND       /* some types are unknown: a lower bound */
} ms_size_source;
/** Total bytes (the lower bound for MS_SIZE_LOWER_BOUND); -1 when nothing is known. */
MS_API long ms_co_size(const ms_coroutine *co);
MS_API ms_size_source ms_co_size_source(const ms_coroutine *co);
/** Distinct types that could not be sized. */
MS_API size_t ms_co_unknown_type_count(const ms_coroutine *co);
MS_API const char *ms_co_unknown_type(const ms_coroutine *co, size_t i);
/** A generic body instantiated several times has several exact sizes: all of them (the
 *  -Zprint-type-sizes entries it was sized by, in the table's order; none without a table). */
MS_API size_t ms_co_instance_count(const ms_coroutine *co);
MS_API long ms_co_instance_size(const ms_coroutine *co, size_t i);
/** The type of instance i as -Zprint-type-sizes printed it (`{async fn body of pump<512>()}`:
 *  what tells the instances apart, and an instance of one build from the same instance of
 *  another); NULL when i is out of range.  Owned by the crate (valid until ms_crate_free). */
MS_API const char *ms_co_instance_type(const ms_coroutine *co, size_t i);

/* ---- machine code (docs/code-size.md) */
/** The cost model's estimate of the resume function (the crate's (target, opt-level) row). */
MS_API long ms_co_code_estimate(const ms_coroutine *co);
/** The overflow checks of the resume body (see ms_crate_overflow_checked_count). */
MS_API size_t ms_co_overflow_checks(const ms_coroutine *co);
/** Exact `nm -S` size of the resume function when symbols were given, else -1. */
MS_API long ms_co_code_exact(const ms_coroutine *co);
/** The estimate corrected by self-calibration: when nm gave exact sizes for at least three
 *  coroutines of the same build (dump files in one directory), this coroutine's estimate
 *  times the build's median ratio nm / estimate; -1 when there is an exact size or no such
 *  build factor. */
MS_API long ms_co_code_corrected(const ms_coroutine *co);
/** For a coroutine with an exact size: the estimated code of the crate's futures it awaits
 *  that have no symbol of their own (inlined into it, so inside its nm size), and of those
 *  inlined into them, each once (0 when none); -1 without an exact size.  Its nm size is
 *  to be compared with ms_co_code_estimate() plus this. */
MS_API long ms_co_code_inlined(const ms_coroutine *co);
/** The copies of its code a build has: the coroutines with an nm size it is inlined into
 *  (LLVM copies an awaitee into each of its awaiters), or the instances of a generic body
 *  that nm has (`twice::<A>::{closure#0}`, `twice::<B>::{closure#0}`), else 1.  What a
 *  change removes from its code (a poison arm, a duplicate suspend point) it removes from
 *  every copy: the what-if figures count each copy (docs/reports.md, "What if"). */
MS_API unsigned ms_co_code_copies(const ms_coroutine *co);
/** The instances of a generic body nm has, each a symbol of its own (1 for a body that is
 *  not generic, 0 without an exact size), and the sum of their sizes (-1 without);
 *  ms_co_code_exact() is the largest one's. */
MS_API unsigned ms_co_code_instances(const ms_coroutine *co, long *all_bytes);
typedef enum {
  MS_CODE_EXACT,     /* "exact": nm's size */
  MS_CODE_CORRECTED, /* "corrected": self-calibrated estimate */
  MS_CODE_MODELLED   /* "modelled": the cost model's estimate */
} ms_code_source;
/** The stable name in quotes above; NULL for a value out of range. */
MS_API const char *ms_code_source_name(ms_code_source s);
/** The best code figure: exact, else corrected, else modelled; its source in *source (may be
 *  NULL). */
MS_API long ms_co_code_bytes(const ms_coroutine *co, ms_code_source *source);
/** Code the poison states cost (what -Zasync-panic would remove). */
MS_API long ms_co_code_redundant(const ms_coroutine *co);
/** 1 when its code is inlined into an awaiter that nm sized (it has no symbol of its own and
 *  an awaiter with one awaits it, directly or through such awaitees): its code is in that
 *  size (ms_co_code_inlined of the awaiter) and ms_crate_code_bytes does not add it again
 *  (JSON code.in_awaiter).  0 otherwise: also without symbols, at opt-level 0 (nothing
 *  inlined) and before ms_crate_finish.  ms_crate_code_awaiters names those awaiters. */
MS_API int ms_co_code_in_awaiter(const ms_coroutine *co);
/** The coroutines whose nm size holds co's code (ms_co_code_in_awaiter): each with an exact
 *  size (ms_co_code_exact) that awaits co, directly or through awaitees without a symbol, in
 *  crate order.  Writes min(cap, count) of them to `out` (may be NULL when cap is 0) and
 *  returns the count: 0 when ms_co_code_in_awaiter(co) is 0 (and before ms_crate_finish).
 *  Walks the crate's awaitee chains: O(coroutines x chain). */
MS_API size_t ms_crate_code_awaiters(const ms_crate *c, const ms_coroutine *co,
                                     const ms_coroutine **out, size_t cap);
/** The nm size of a generic function instantiated with this coroutine that its resume
 *  function (with its inlined awaitees) was inlined into: an executor's `block_on::<
 *  krate::f::{closure#0}>` (docs/code-size.md, "Hosts"; JSON code.host_bytes).  Its
 *  estimate then fits in that size (ms_co_code_corrected).  -1 when there is none: a symbol
 *  of its own, inside an awaiter's size, no symbols, opt-level 0, before ms_crate_finish. */
MS_API long ms_co_code_host_bytes(const ms_coroutine *co);
/** 1 when its code is in such a host's symbol, the coroutine's own (ms_co_code_host_bytes)
 *  or that of an awaiter it is inlined into: built, though nm has no symbol of its own
 *  (JSON code.in_host); else 0. */
MS_API int ms_co_code_in_host(const ms_coroutine *co);

/* ---- findings */
MS_API size_t ms_co_finding_count(const ms_coroutine *co);
typedef enum {
  MS_FINDING_POISON_RETURNED,  /* "poison-returned" */
  MS_FINDING_POISON_PANICKED,  /* "poison-panicked" */
  MS_FINDING_NO_AWAIT,         /* "no-await" */
  MS_FINDING_DUPLICATE_SUSPEND,/* "duplicate-suspend" */
  MS_FINDING_UPVAR_COPY,       /* "upvar-copy" */
  MS_FINDING_UNREACHABLE_STATE,/* "unreachable-state" */
  MS_FINDING_HELD_ACROSS_AWAIT,/* "held-across-await": a big local of the user's kept across awaits */
  MS_FINDING_PASSTHROUGH,      /* "passthrough": the body only awaits one future and returns its output */
  MS_FINDING_POISON_ASYNC_DROP /* "poison-async-drop": the arm of a state the async-drop body enters */
} ms_finding_class;
/** The stable name in quotes above (docs/model.md); NULL for a value out of range. */
MS_API const char *ms_finding_class_name(ms_finding_class k);
MS_API ms_finding_class ms_co_finding_class_of(const ms_coroutine *co, size_t f);
/** ms_finding_class_name(ms_co_finding_class_of(co, f)); NULL when f is out of range */
MS_API const char *ms_co_finding_class(const ms_coroutine *co, size_t f);
/** State index the finding is about, or -1. */
MS_API long ms_co_finding_state(const ms_coroutine *co, size_t f);
/** The older single figure, kept for compatibility: code bytes for the poison, no-await and
 *  duplicate-suspend findings, the copy's bytes for upvar-copy, the state's bytes for
 *  unreachable-state; -1 for the newer classes.  Prefer the two kinds below. */
MS_API long ms_co_finding_bytes(const ms_coroutine *co, size_t f);
MS_API const char *ms_co_finding_reason(const ms_coroutine *co, size_t f);

/*
 * Two kinds of bytes, never mixed (docs/model.md, docs/sizes.md): machine code (ROM) and the
 * future's size (RAM).  A finding carries one or both; -1 means "not this kind" or unknown.
 * Available after ms_crate_finish.
 */
/** Machine-code bytes the finding's fix would remove (estimated unless said otherwise). */
MS_API long ms_co_finding_code_bytes(const ms_coroutine *co, size_t f);
/** Future bytes the finding's fix would save: ms_co_size minus the future laid out again with
 *  the fix (ms_co_finding_future_bytes_after); -1 for findings about code only (poison arms,
 *  no-await, duplicate-suspend) and when not known (the size, or the size after, is only a
 *  lower bound). */
MS_API long ms_co_finding_future_bytes(const ms_coroutine *co, size_t f);
/** The future's size with the fix applied, laid out again with rustc's rules; -1 when the
 *  finding's fix changes no layout or nothing is known.  *source (may be NULL) as for
 *  ms_co_future_bytes_with. */
MS_API long ms_co_finding_future_bytes_after(const ms_coroutine *co, size_t f,
                                             ms_size_source *source);

/* ---- advice: what the user's own code could change (held-across-await, passthrough) */
/** The saved local (index for ms_co_saved_*) the finding is about: the held local of a
 *  held-across-await, the awaited future of a passthrough, the copy of an upvar-copy; -1. */
MS_API long ms_co_finding_saved(const ms_coroutine *co, size_t f);
/** The Suspend states (awaits) that hold the local of a held-across-await finding, in state
 *  order; ms_co_finding_await returns a state index ((size_t)-1 out of range). */
MS_API size_t ms_co_finding_await_count(const ms_coroutine *co, size_t f);
MS_API size_t ms_co_finding_await(const ms_coroutine *co, size_t f, size_t k);
/** Source span of the finding: that of the saved local it is about (ms_co_finding_saved), as
 *  the dump prints it (`src/lib.rs:12:9: 12:14 (#0)`; JSON findings[].span).  NULL when it
 *  has none: a finding about no saved local (poison arms, no-await, duplicate-suspend,
 *  unreachable-state: about a state, whose await ms_co_await_span may place), a local whose
 *  span the dump does not print (ms_co_saved_span ""), and f out of range. */
MS_API const char *ms_co_finding_span(const ms_coroutine *co, size_t f);
/** Source span of an await (state s's `__awaitee` declaration, as printed), "" when none. */
MS_API const char *ms_co_await_span(const ms_coroutine *co, size_t s);

typedef enum {
  MS_HOLD_NONE,        /* not a held-across-await finding */
  MS_HOLD_USED,        /* "used": read after resuming from an await that holds it */
  MS_HOLD_BORROW_HELD, /* "borrow-held": a borrow of it is kept across the await (by the awaited
                          future or another saved local that can hold a reference) */
  MS_HOLD_DROPPED,     /* "dropped": only dropped after the await (its scope ends there) */
  MS_HOLD_BORROWED,    /* "borrowed": borrowed before the await and still in scope: rustc keeps
                          a borrowed local until its storage ends, though it is not used again */
  MS_HOLD_IN_SCOPE,    /* "in-scope": none of the above was seen: its storage is live there */
  MS_HOLD_TEMPORARY    /* "temporary": an unnamed temporary of the statement the await is in,
                          not borrowed by the awaited future nor used after it: it lives to the
                          end of its statement (the advice: await first, in a let of its own) */
} ms_hold_reason;
/** The stable name in quotes above; NULL for MS_HOLD_NONE or out of range. */
MS_API const char *ms_hold_reason_name(ms_hold_reason r);
MS_API ms_hold_reason ms_co_finding_why(const ms_coroutine *co, size_t f);

/* Which rule made a held local big enough to advise on (docs/model.md, "Advice"). */
typedef enum {
  MS_BIG_NONE,     /* not a held-across-await finding */
  MS_BIG_ABSOLUTE, /* "absolute": at least 64 bytes, whatever the future's size */
  MS_BIG_RELATIVE  /* "relative": under 64 but at least 32 bytes and at least a quarter of the
                      future's size (a size that is not a lower bound) */
} ms_big_rule;
/** The stable name in quotes above; NULL for MS_BIG_NONE or out of range. */
MS_API const char *ms_big_rule_name(ms_big_rule r);
MS_API ms_big_rule ms_co_finding_big_rule(const ms_coroutine *co, size_t f);

/* A change that changes the future's layout (what-if re-layout). */
typedef enum {
  MS_FIX_NONE,          /* "none": code only, or nothing to lay out again */
  MS_FIX_DROP_LOCAL,    /* "drop-local": saved local `index` is no longer kept in the future (its
                           scope ends before the awaits; an upvar not copied) */
  MS_FIX_BOX_LOCAL,     /* "box-local": saved local `index` is kept as a Box: pointer-sized */
  MS_FIX_DROP_STATE,    /* "drop-state": state `index` is gone, with the locals only it holds */
  MS_FIX_RETURN_FUTURE, /* "return-future": a plain fn returns the future that saved local
                           `index` holds instead of awaiting it: the future is that one */
  MS_FIX_DROP_UPVAR,    /* "drop-upvar": upvar `index` (ms_co_upvar_*) keeps no slot after the
                           Unresumed state: what it was moved into holds it (an upvar-copy
                           into an awaited future; the size after is at least the Unresumed
                           state's) */
  MS_FIX_END_STATEMENT  /* "end-statement": saved local `index`, a temporary an awaited future
                           borrows, is no longer kept in the later states where nothing
                           borrows it: its statement ends after that future's await (`let r =
                           f(&make()).await;`, then `match r { .. }`) */
} ms_fix_kind;
typedef struct {
  ms_fix_kind kind;
  size_t index; /* saved local, upvar for MS_FIX_DROP_UPVAR, state for MS_FIX_DROP_STATE */
} ms_fix;
/** The stable name in quotes above; NULL out of range. */
MS_API const char *ms_fix_kind_name(ms_fix_kind k);
/** What to change in the code, for the advice findings: "end-scope" (end the local's scope
 *  before the await: a block, or drop()), "box" (keep it in a Box), "end-statement" (a
 *  temporary an awaited future borrows: end its statement after that await, with a let),
 *  "return-future" (a plain fn returning the inner future); NULL for the other findings. */
MS_API const char *ms_co_finding_advice(const ms_coroutine *co, size_t f);
/** The fix finding f advises ({MS_FIX_NONE, 0} for code-only findings). */
MS_API ms_fix ms_co_finding_fix(const ms_coroutine *co, size_t f);

/**
 * The future's size with several fixes applied at once, laid out again with rustc's rules from
 * the model's field sizes (never a sum of savings: fixes interact through overlapping
 * variants).  Fixes of kind MS_FIX_NONE and out-of-range indices are ignored; with a
 * MS_FIX_RETURN_FUTURE the result is that future's size.  No fix: the model's own layout (equal
 * to ms_co_size when *source is not MS_SIZE_LOWER_BOUND).  Returns -1 (before ms_crate_finish,
 * or when nothing is known).  *source (may be NULL) says how good it is (docs/sizes.md,
 * "Predictions"): MS_SIZE_PRINT_TYPE_SIZES (laid out from the table's exact field sizes, whose
 * unchanged layout reproduces the table's size and state sizes), MS_SIZE_COMPUTED, or
 * MS_SIZE_LOWER_BOUND (a lower bound of the size after).
 */
MS_API long ms_co_future_bytes_with(const ms_coroutine *co, const ms_fix *fixes, size_t n,
                                    ms_size_source *source);
/** ms_co_future_bytes_with the fixes of findings[0..n) of co (what-if totals of findings). */
MS_API long ms_co_future_bytes_after(const ms_coroutine *co, const size_t *findings, size_t n,
                                     ms_size_source *source);

/* ---- what-if totals (docs/reports.md, "What if")
 * What a change would save over the coroutines, from their findings: machine code and future
 * bytes apart, never added together.  Code bytes are the sum of the findings' code bytes
 * (the poison arms, the states' own code, a passthrough's resume function); future bytes are,
 * per coroutine, ms_co_size minus the future laid out again with all its fixes of the change
 * at once (ms_co_future_bytes_after), never a sum of the findings' savings. */
typedef enum {
  MS_WHATIF_ASYNC_PANIC,    /* "async-panic": -Zasync-panic (rust-lang/compiler-team#1016)
                               removes the poison arms: poison-returned, poison-panicked */
  MS_WHATIF_MERGE_SUSPENDS, /* "merge-suspends": identical suspend points merged (the "merge
                               yields" pass of rust-lang/rust#162429): duplicate-suspend */
  MS_WHATIF_NO_UPVAR_COPY,  /* "no-upvar-copy": upvars not copied into saved locals
                               (-Zpack-coroutine-layout, rust-lang/rust#135527): upvar-copy */
  MS_WHATIF_PLAIN_FN,       /* "plain-fn": futures without an await written as plain
                               functions: no-await */
  MS_WHATIF_YOUR_FIXES      /* "your-fixes": the advice applied to your code:
                               held-across-await, passthrough */
} ms_whatif_kind;
#define MS_WHATIF_COUNT 5
/** The stable name in quotes above; NULL out of range. */
MS_API const char *ms_whatif_name(ms_whatif_kind k);
/** 1 when findings of class `cls` are what change k removes, else 0. */
MS_API int ms_whatif_has_class(ms_whatif_kind k, ms_finding_class cls);
/** 1 when the change is the compiler's: none of these flags or passes exists in the
 *  toolchains the dumps come from, so its totals are modelled from the findings; 0 for your
 *  fixes, whose future bytes are predicted by laying the futures out again (and checked
 *  against recompiled builds, corpus/pairs). */
MS_API int ms_whatif_modelled(ms_whatif_kind k);

typedef struct {
  size_t findings;       /* findings of the change's classes */
  size_t coroutines;     /* coroutines with at least one */
  long code_bytes;       /* code the change removes: the sum of those findings' code bytes;
                            -1 when the change is not about code (no-upvar-copy) */
  long future_bytes;     /* future bytes it saves: over those coroutines, ms_co_size minus the
                            future laid out again with all their fixes of the change; -1 when
                            the change is not about futures (async-panic, merge-suspends,
                            plain-fn) */
  size_t future_unknown; /* coroutines whose saving is not known (their size, or the size
                            after, is a lower bound): not in future_bytes */
  size_t copies;         /* the findings once per copy of their coroutine's code
                            (ms_co_code_copies): what code_bytes counts; >= findings */
} ms_whatif_total;
/** The totals of change k over one coroutine (after ms_crate_finish). */
MS_API void ms_co_whatif(const ms_coroutine *co, ms_whatif_kind k, ms_whatif_total *out);
/** The totals of change k over the crate: the sums of ms_co_whatif over the coroutines in
 *  the totals (ms_co_in_totals), an async closure's body that was not built left out. */
MS_API void ms_crate_whatif(const ms_crate *c, ms_whatif_kind k, ms_whatif_total *out);
/** The coroutines' code: the sum of ms_co_code_bytes over the coroutines in the totals
 *  (ms_co_in_totals; what code shares are of; a generic body's instances in nm: the sum of
 *  their sizes, ms_co_code_instances), each byte once: a coroutine inlined into an awaiter
 *  that `nm` sized (ms_co_code_in_awaiter) is in that size (docs/code-size.md, "Inlined
 *  awaitees") and not added again. */
MS_API long ms_crate_code_bytes(const ms_crate *c);
/** The outer futures among the coroutines in the totals (ms_co_in_totals): those no other of
 *  them holds inline (as an awaitee, a future kept in a saved local or an upvar, or inside a
 *  wrapper such as `Join<..>`): what the tasks hold (JSON totals.outer_coroutines).  *bytes
 *  (may be NULL): the sum of their sizes that are known (ms_co_size >= 0; JSON
 *  totals.outer_future_bytes).  Before ms_crate_finish: 0, *bytes -1. */
MS_API size_t ms_crate_outer_futures(const ms_crate *c, long *bytes);
/** The dumped crates' code in the `nm` symbols given (ms_crate_add_symbols*; in a capture,
 *  those of the dumped crates' artefacts): the sum of the sizes of the code symbols (`T t W w
 *  i`) of the crates the coroutines come from (ms_co_crate) — a plain path that starts with
 *  one of them (`krate::f`), or a qualified one whose qualifier names one
 *  (`<krate::S as core::fmt::Debug>::fmt`); instances of other crates' generics
 *  (`core::ptr::drop_in_place::<krate::S>`) and the std code linked into a binary are not
 *  theirs.  -1 when no symbols were given. */
MS_API long ms_crate_symbol_code_bytes(const ms_crate *c);

/* ------------------------------------------------------------------ reports (text, markdown) */

/* Ranking of coroutines in reports (descending; ties by def path, then crate order). */
typedef enum {
  MS_SORT_SIZE,      /* future bytes (unknown sizes last) */
  MS_SORT_REDUNDANT, /* code of the poison arms */
  MS_SORT_CODE       /* machine code of the resume function (nm size, else estimate) */
} ms_sort;

/** Writes the DOT state diagram of one coroutine; returns 0 on success. */
typedef int (*ms_dot_fn)(const ms_coroutine *co, FILE *out, void *user);

typedef struct {
  size_t top;                /* coroutines listed (0 = all); totals always cover all.  JSON:
                                only when json_ranked */
  ms_sort sort;
  int json_ranked;           /* JSON: list the coroutines ranked by `sort`, the `top` first,
                                instead of every one in input order (totals and what-if
                                still cover every coroutine the report is about) */
  int color;                 /* text: ANSI colours (the caller decides: terminal, NO_COLOR) */
  int width;                 /* text: columns to fit (a terminal's width); 0: no limit,
                                nothing is shortened */
  const char *rustc_version; /* markdown: `rustc -vV` output or one line, or NULL */
  const char *command_line;  /* markdown: the exact mirscope command, or NULL */
  const char *svg_dir;       /* markdown: directory the caller writes SVGs to (named by
                                svg_stem + ".svg"; relative to the current directory or
                                absolute), or NULL for no image links.  Links are relative
                                to output_path's directory, never absolute */
  ms_dot_fn render_dot;      /* markdown: state diagrams as ```dot blocks (in <details> when
                                render_mermaid gives one too); NULL: none */
  void *render_dot_user;     /* passed to render_dot */
  /* markdown: file name stem of a coroutine's SVG (as snprintf: returns the full length),
   * e.g. ms_co_file_stem; NULL: ms_crate_co_slug (svg_stem_under, when set, is used
   * instead) */
  size_t (*svg_stem)(const ms_coroutine *co, char *out, size_t cap);
  ms_dot_fn render_mermaid;  /* markdown: state diagrams as ```mermaid blocks (GitHub draws
                                `stateDiagram-v2` inline), shown before the DOT; NULL: none */
  void *render_mermaid_user; /* passed to render_mermaid */
  const char *output_path;   /* markdown: the file the report is written to (relative to the
                                current directory or absolute); NULL: the current directory
                                stands for its directory */
  const char *source_root;   /* markdown: dump paths and absolute source paths in names
                                (`<impl at /src/x.rs:..>`) are shown relative to this
                                directory; JSON (ms_crate_write_json_with): each
                                coroutine's `file`, relative to it when under it (a
                                capture's `dumps/<unit>/NAME.mir`); svg_stem_under is given
                                it.  Relative to the current directory or absolute; borrowed
                                (the caller's, read during the call only).  NULL: paths as
                                they are */
  size_t max_chars;          /* markdown: at most this many characters (code points; 0: no
                                limit): the summary, the table and as many sections as fit,
                                best first (a section without its DOT source before none),
                                with a note on what was left out.  GitHub takes 65,536 */
  const size_t *only;        /* the coroutines a report is about (indices into
                                ms_crate_coroutine, as `--fn` and `--crate` pick them), nonly
                                of them; NULL: every coroutine.  Table, totals, findings and
                                what-if cover only these; names of futures and awaitee chains
                                still see the whole crate */
  size_t nonly;
  size_t input_errors;       /* syntax errors and unreadable inputs the caller met reading the
                                dumps (the library sees only what was read): said with the
                                bodies not modelled (ms_crate_dropped_count) in the text
                                totals, the Markdown summary and JSON `input`, so that a report
                                filed on its own says it covers part of the input */
  int lto;                   /* the code was built with link-time optimisation (a capture's
                                ms_build_record.lto): the what-if note calls -Zasync-panic's
                                figure an upper bound (LTO can fold the panic calls into one),
                                not a lower bound */
  const char *md_footer;     /* markdown: text written last (the CLI's build line), counted
                                in max_chars like the rest; NULL: none */
  /* markdown: as svg_stem, with source_root passed as `root` (may be NULL), e.g.
   * ms_co_file_stem_under: stems that do not depend on where the dumps' directory is (a
   * capture's svg/).  Used instead of svg_stem when set; NULL: svg_stem.  (Added
   * 2026-12-07; zero-initialised options keep the earlier behaviour.) */
  size_t (*svg_stem_under)(const ms_coroutine *co, const char *root, char *out, size_t cap);
} ms_report_options;

/**
 * Text report: a ranked, aligned table (name, crate, kind, future bytes with `~` computed /
 * `≥` lower-bound markers, states, awaits, code bytes with their source — plain exact, `≈`
 * corrected, `~` modelled — and a line on the code model and its validated median error,
 * redundant bytes, largest saved local), then the findings in your code (held-across-await,
 * passthrough: why and what to change) of the listed rows, the compiler-side findings once
 * per crate, the totals, what if (ms_crate_whatif: the code and future bytes five changes
 * would save, and their shares) and the largest awaitee chains.  No two rows read the same:
 * the crate column adds the input directory part (then `#N`) where name and crate agree.
 * Names are shortened only to fit `width`, keeping their end.  `o` NULL: defaults.
 * Returns 0 on success, -1 on a write error.
 */
MS_API int ms_crate_write_text(const ms_crate *c, FILE *out, const ms_report_options *o);

/** Writes `text` as the text report writes its prose on a terminal of `width` columns
 * (ms_report_options.width): each line longer than `width` broken at spaces, continuations
 * indented 4 columns more than the line (a line with columns, `a   b`, under its last
 * column); ANSI colour sequences take no column.  `width` <= 0: written as it is.  For lines
 * a caller writes beside a report.  Returns 0 on success, -1 on a write error. */
MS_API int ms_write_wrapped(FILE *out, const char *text, int width);
/** The JSON report (ms_crate_write_json) of the coroutines `o->only` picks (`o` NULL or
 *  `only` NULL: every coroutine), ranked with `json_ranked`, `sort` and `top`, its input
 *  errors `input_errors`, and each coroutine's `file` relative to `o->source_root` when it is
 *  set and the file is under it (NULL: as the dump was named, e.g. absolute); the other
 *  options are not used.  0 on success. */
MS_API int ms_crate_write_json_with(const ms_crate *c, FILE *out, const ms_report_options *o);
/**
 * Markdown bug report (for a rust-lang/rust issue): summary, what if (the changes' totals, the
 * compiler-side findings once per crate, the findings in your code), table, one section per
 * listed coroutine (state diagram, layout, findings but the poison arms, said once per
 * crate), rustc version and command; within `max_chars` when it is set.  0 on success.
 */
MS_API int ms_crate_write_markdown(const ms_crate *c, FILE *out, const ms_report_options *o);

/* `mirscope explain`: one coroutine in the terminal. */
typedef struct {
  int color;               /* ANSI colours (the caller decides: terminal, NO_COLOR) */
  const char *source_root; /* the directory the spans' relative source files are read from for
                              the awaits' source lines; NULL: the current directory */
  int width;               /* columns to fit (a terminal's width): lines of prose broken at
                              spaces, as ms_report_options.width; 0: no limit */
} ms_explain_options;
/**
 * One coroutine explained (docs/reports.md, "explain"): what it is (kind, crate, type, dump,
 * size, code with its source and the code model's error band, upvars), its saved locals ×
 * states matrix with each local's bytes in the states that hold it and the states' bytes, each
 * Suspend state's await with its span and, when the source file can be read, its source line,
 * and every finding (advice findings with why and what to do).  Reads only the source files
 * of the awaits' spans.  `o` NULL: defaults.  0 on success, -1 on a write error.
 */
MS_API int ms_co_write_explain(const ms_crate *c, const ms_coroutine *co, FILE *out,
                               const ms_explain_options *o);

/**
 * Indices (into ms_crate_coroutine) of the coroutines a report lists, best first: writes at
 * most `cap` indices to `out` (may be NULL when cap is 0) and returns how many the report
 * lists (min(top, count); top 0 = all).
 */
MS_API size_t ms_crate_rank(const ms_crate *c, ms_sort sort, size_t top, size_t *out, size_t cap);

/**
 * A file-name-safe, unique name for coroutine i of the crate (`handshake-1`), without
 * extension: what the Markdown report links as `<svg_dir>/<slug>.svg`.  Returns the length
 * the full name needs (as snprintf); `out` is always NUL-terminated when cap > 0.
 */
MS_API size_t ms_crate_co_slug(const ms_crate *c, size_t i, char *out, size_t cap);

/**
 * The coroutine of the crate whose future saved local `saved` of `co` holds (an
 * `__awaitee` typed `Coroutine(DefId(.. ~ krate[..]::f::{closure#0}), ..)` or
 * `{async fn body of f()}`), or NULL when the type is not one of the crate's coroutines
 * (or is ambiguous).
 */
MS_API const ms_coroutine *ms_crate_saved_future(const ms_crate *c, const ms_coroutine *co,
                                          size_t saved);

/* ------------------------------------------------------------------ diff */

/*
 * Before/after comparison of two crates (two toolchains, two versions of the code).
 * Coroutines are matched by def path, normalised: crate hashes (`krate[1a2b]`) removed,
 * whitespace in generic arguments removed, `<impl at FILE:L:C: L:C>` replaced by the
 * impl's file and its order among that file's impls (so impls that move still match);
 * leftovers are then matched when their paths agree with every impl segment (`{impl#N}`
 * or `<impl at ..>`) treated alike and the match is unique; last, leftovers of one crate
 * with the same kind and item name (the def path's last segment that is not a closure's, and
 * what follows it), one on each side: a fn moved to another module (ms_diff_moved).  The
 * diff borrows both crates: free it before them.
 */
typedef struct ms_diff ms_diff;

typedef enum { MS_DIFF_TEXT, MS_DIFF_MD, MS_DIFF_JSON } ms_diff_format;

typedef enum {
  MS_DIFF_SAME,    /* matched, nothing shown changed */
  MS_DIFF_CHANGED, /* matched, some size, state, code or finding changed */
  MS_DIFF_ADDED,   /* only in the new crate */
  MS_DIFF_REMOVED  /* only in the old crate */
} ms_diff_status;

/** Delta value meaning "not known" (a size is unknown on one side). */
#define MS_DELTA_UNKNOWN (-2147483647L - 1L)

/** Never NULL.  Both crates must be finished. */
MS_API ms_diff *ms_diff_new(const ms_crate *old, const ms_crate *new_);
MS_API void ms_diff_free(ms_diff *d);

/** Entries: changed (largest growth first), then unchanged, added, removed. */
MS_API size_t ms_diff_count(const ms_diff *d);
MS_API ms_diff_status ms_diff_status_of(const ms_diff *d, size_t i);
/** The normalised def path the entry was matched by, unique among the diff's entries: where
 *  several entries have one, each gets ` [CRATE]` (ms_co_crate of its new coroutine, else its
 *  old), and where that is still shared ` #N` (1, 2, … in entry order); a key no other entry
 *  has is left as it was (since 2026-12-07). */
MS_API const char *ms_diff_key(const ms_diff *d, size_t i);
/** 1 when entry i was matched by its item name alone (moved to another module), else 0. */
MS_API int ms_diff_moved(const ms_diff *d, size_t i);
/** Old / new coroutine (NULL for added / removed entries). */
MS_API const ms_coroutine *ms_diff_old(const ms_diff *d, size_t i);
MS_API const ms_coroutine *ms_diff_new_co(const ms_diff *d, size_t i);
/** new - old; MS_DELTA_UNKNOWN when a side is missing or its value unknown. */
MS_API long ms_diff_size_delta(const ms_diff *d, size_t i);
MS_API long ms_diff_state_delta(const ms_diff *d, size_t i);
MS_API long ms_diff_code_delta(const ms_diff *d, size_t i);
MS_API long ms_diff_redundant_delta(const ms_diff *d, size_t i);
/** Findings (class and state name, or "" for none) only in the new / only in the old. */
MS_API size_t ms_diff_findings_added(const ms_diff *d, size_t i);
MS_API size_t ms_diff_findings_removed(const ms_diff *d, size_t i);
MS_API const char *ms_diff_finding_added(const ms_diff *d, size_t i, size_t k, const char **state);
MS_API const char *ms_diff_finding_removed(const ms_diff *d, size_t i, size_t k, const char **state);

/** Largest growth in bytes of a matched future whose size is known on both sides, or of an
 *  instance of a generic body paired with one of the other side (ms_diff_growth); 0 when
 *  none grew (for `--fail-on-growth`).  Added futures and added instances are no growth. */
MS_API long ms_diff_max_growth(const ms_diff *d);
/** The most bytes entry i grew by: its future (the largest instance) or one of its paired
 *  instances (ms_diff_instance_*); 0 when none grew or the entry is added or removed. */
MS_API long ms_diff_growth(const ms_diff *d, size_t i);
/**
 * The instances of a matched generic body that changed (ms_co_instance_*; only when a side
 * has two or more), so that a smaller instance's growth is not hidden behind the largest's
 * unchanged size: grew, shrank, or only on one side.  An old instance pairs with the new one
 * of the same type (ms_co_instance_type), else of the same type as the reports write it with
 * closures' source positions dropped when that is unique on both sides, else, when exactly
 * one instance is left on each side, with that one (`pump<64>` became `pump<512>`).
 * ms_diff_instance_old / _new: the instance index on each side, -1 where it is not (added,
 * removed); ms_diff_instance_delta: bytes new - old of a pair, MS_DELTA_UNKNOWN otherwise.
 * Listed in the old side's order, then the added ones; unchanged pairs left out.
 */
MS_API size_t ms_diff_instance_count(const ms_diff *d, size_t i);
MS_API long ms_diff_instance_old(const ms_diff *d, size_t i, size_t k);
MS_API long ms_diff_instance_new(const ms_diff *d, size_t i, size_t k);
MS_API long ms_diff_instance_delta(const ms_diff *d, size_t i, size_t k);
/** The entry that grew by ms_diff_max_growth (the first of equals), -1 when none grew. */
MS_API long ms_diff_max_growth_entry(const ms_diff *d);

/*
 * What changed inside a matched future (docs/reports.md, "The diff"): its saved locals that
 * appeared, are gone, grew or shrank, or are held by other states.  A local of one side is
 * the same local of the other when name and type (as the reports write it: module paths and
 * crate hashes out) agree, in order; else, for a named local (not an `__awaitee`), when the
 * name does (its type changed).  Listed the most growth first (appeared: its bytes; gone:
 * minus them), locals that did not change left out.  Added and removed entries have none.
 */
enum {
  MS_LOCAL_APPEARED = 1, /* only in the new future */
  MS_LOCAL_GONE = 2,     /* only in the old future */
  MS_LOCAL_GREW = 4,     /* more bytes */
  MS_LOCAL_SHRANK = 8,   /* fewer bytes */
  MS_LOCAL_MOVED = 16    /* held by other states (by state name) */
};
MS_API size_t ms_diff_local_count(const ms_diff *d, size_t i);
/** MS_LOCAL_* bits of the k-th changed local of entry i (GREW or SHRANK may go with MOVED). */
MS_API unsigned ms_diff_local_change(const ms_diff *d, size_t i, size_t k);
/** The saved local (index for ms_co_saved_* of ms_diff_old / ms_diff_new_co) on each side,
 *  -1 where it is not. */
MS_API long ms_diff_local_old(const ms_diff *d, size_t i, size_t k);
MS_API long ms_diff_local_new(const ms_diff *d, size_t i, size_t k);
/** Its bytes new - old (appeared: its bytes, gone: minus them); MS_DELTA_UNKNOWN. */
MS_API long ms_diff_local_delta(const ms_diff *d, size_t i, size_t k);
/** The upvars of entry i that changed (by name; in every state of the future): the same
 *  MS_LOCAL_* bits but MOVED, the upvar index on the new side (ms_co_upvar_*, -1 when gone)
 *  and the bytes new - old, the most growth first. */
MS_API size_t ms_diff_upvar_count(const ms_diff *d, size_t i);
MS_API unsigned ms_diff_upvar_change(const ms_diff *d, size_t i, size_t k);
MS_API long ms_diff_upvar_new(const ms_diff *d, size_t i, size_t k);
MS_API long ms_diff_upvar_delta(const ms_diff *d, size_t i, size_t k);
/** The largest state (index; the most bytes, the first of equals) of the old (new_side 0)
 *  or the new side of entry i; -1 when that side is missing or no state's size is known. */
MS_API long ms_diff_largest_state(const ms_diff *d, size_t i, int new_side);

/**
 * Keep only the entries `keep` returns non-zero for, given their old and new coroutine (NULL
 * for the side an added or removed entry lacks): the entries, counts, byte totals and the
 * largest growth are then of those (diff --fn).  Returns how many are kept.
 */
typedef int (*ms_diff_keep_fn)(const ms_coroutine *old, const ms_coroutine *new_, void *user);
MS_API size_t ms_diff_keep(ms_diff *d, ms_diff_keep_fn keep, void *user);

/** The text table's name column: at most `width` columns (names elided in the middle), 0
 *  for full names (as written to a file or a pipe).  Default 40. */
MS_API void ms_diff_set_name_width(ms_diff *d, int width);
/** The text diff on a terminal of `width` columns: the name column narrowed (to 16 at
 *  least) so that rows fit, the other lines broken at spaces as ms_write_wrapped breaks
 *  them; 0 (the default): as they are. */
MS_API void ms_diff_set_width(ms_diff *d, int width);
/** Syntax errors and unreadable inputs the caller met reading each side (as
 *  ms_report_options.input_errors): the diff then says, in every format, that the side was
 *  not read whole (JSON `input`), as it says of resume bodies not modelled.  Default 0. */
MS_API void ms_diff_set_input_errors(ms_diff *d, size_t old_errors, size_t new_errors);
/** The growth gate applied to this diff (`--fail-on-growth LIMIT`; a negative LIMIT: none,
 *  the default): Markdown says under the totals whether it passed (the future that grew most
 *  when not), JSON has `gate` ({ "limit", "passed", "max_growth", "not_gated" }, else null; what
 *  it cannot gate, added futures and instances, said in both), so that a
 *  comment or an artefact carries the verdict, not only the exit status. */
MS_API void ms_diff_set_gate(ms_diff *d, long limit);
/** The relative form of the growth gate (`--fail-on-growth PERCENT%`; negative: none, the
 *  default): a future, or an instance of a generic one, fails when it grew by more than PERCENT
 *  % of its old size (any growth of an old size of 0).  With ms_diff_set_gate's limit too, it
 *  fails only when its growth exceeds both (so a tiny future's few bytes, a large share of it,
 *  pass an absolute floor).  Text and Markdown say the verdict in a `gate` line, JSON in
 *  `gate` (docs/json.md); since 2026-12-07. */
MS_API void ms_diff_set_gate_percent(ms_diff *d, long percent);
/** The code-size gate (`--fail-on-code-growth N` and/or `PERCENT%`; negative: not given): a
 *  matched coroutine whose `nm` code size (exact on both sides; others are counted as not
 *  compared, never gated on modelled figures) grew by more than LIMIT bytes and more than
 *  PERCENT % of its old size, those given, fails.  Since 2026-12-07. */
MS_API void ms_diff_set_code_gate(ms_diff *d, long limit, long percent);
/** The bytes entry i grew by (its future or a paired instance) that exceed the growth gate
 *  (ms_diff_set_gate, ms_diff_set_gate_percent), the most of them; 0 when none does. */
MS_API long ms_diff_gate_growth(const ms_diff *d, size_t i);
/** The entry that fails the growth gate by the most bytes (picked as
 *  ms_diff_max_growth_entry), -1 when the gate passes or is not set. */
MS_API long ms_diff_gate_entry(const ms_diff *d);
/** Entry i's `nm` code growth (new - old) when it exceeds the code gate, else 0. */
MS_API long ms_diff_code_gate_growth(const ms_diff *d, size_t i);
/** The entry whose code grew most past the code gate, -1 when it passes or is not set. */
MS_API long ms_diff_code_gate_entry(const ms_diff *d);
/** The matched entries with an `nm` code size on both sides (what the code gate compares);
 *  *not_compared (may be NULL): the matched ones without; *max_growth (may be NULL): the most
 *  nm bytes one of them grew by, 0 when none grew. */
MS_API size_t ms_diff_code_compared(const ms_diff *d, size_t *not_compared, long *max_growth);
/** Which gates fail: 1 the growth gate, 2 the code gate, 3 both, 0 none (or none set). */
MS_API int ms_diff_gate_failed(const ms_diff *d);
/** A warning about the comparison itself (the sides are different builds, were made by
 *  different compilers, only one has exact sizes or `nm` sizes): `kind` a word (`build`,
 *  `compiler`, `type_sizes`, `symbols`; docs/json.md), `message` one line without a
 *  newline; both copied.  Text and Markdown write each on a line of its own at their top,
 *  JSON in `warnings`, in the order added, so that a comment or an artefact carries it, not
 *  only the caller's stderr.  None by default. */
MS_API void ms_diff_add_warning(ms_diff *d, const char *kind, const char *message);
MS_API size_t ms_diff_warning_count(const ms_diff *d);
/** Warning i's message (its kind into *kind when kind is not NULL); NULL past the last. */
MS_API const char *ms_diff_warning(const ms_diff *d, size_t i, const char **kind);
/** Text and Markdown: at most `max_chars` characters (code points; 0, the default: no
 *  limit), the footer (ms_diff_set_footer) counted.  The warnings, the summary, the totals
 *  and the gate's verdict are always written; then the rows with their details (findings,
 *  saved locals) while they fit, largest growth first, then rows alone while they fit, and
 *  a note saying how many rows and details were left out, from which row on, and that
 *  `-f json` lists them all.  GitHub takes 65,536 in a comment.  JSON is never cut. */
MS_API void ms_diff_set_max_chars(ms_diff *d, size_t max_chars);
/** Text written last in text and Markdown (the CLI's build and compiler lines), counted in
 *  max_chars; copied.  NULL: none (the default). */
MS_API void ms_diff_set_footer(ms_diff *d, const char *text);
/** Write the diff as text (`color` adds ANSI colours), Markdown or JSON.  0 on success. */
MS_API int ms_diff_write(const ms_diff *d, ms_diff_format fmt, FILE *out, int color);

/* ------------------------------------------------------------------ inputs */

/**
 * Walk paths (files, directories recursively, "-" for stdin) and call `fn` for every
 * dump file found, in sorted order within each directory.  Files are handed over one at a
 * time by name; nothing is read here.  Directories are searched for `*.mir` files; a path
 * named explicitly is always passed on.  Symlink loops are detected.  `fn` returns 0 to go
 * on, non-zero to stop (that value is returned).  Errors (unreadable directories, loops)
 * are reported to `on_error` (may be NULL) and do not stop the walk.
 */
typedef int (*ms_file_fn)(const char *path, void *user);
typedef void (*ms_error_fn)(const char *path, const char *message, void *user);
MS_API int ms_walk_paths(const char *const *paths, size_t npaths, ms_file_fn fn, ms_error_fn on_error,
                  void *user);
/**
 * Marks repeat[i] (n entries, set to 0 or 1) for each of `paths` that names the same file as
 * an earlier one (same device and inode: a file given itself and through its directory, a
 * link to it), or is "-" after a first "-"; returns how many.  A path that cannot be
 * stat'ed is never a repeat.  What ms_inputs_collect does with the dumps it keeps.
 */
MS_API size_t ms_paths_repeats(const char *const *paths, size_t n, unsigned char *repeat);

/**
 * Parse many files ("-" allowed) on `jobs` threads.  `fn` receives every part of every
 * file (as ms_doc_parse_file_chunks gives them) on the calling thread, in input order, so
 * results do not depend on `jobs`; files that cannot be read go to on_error (may be NULL),
 * in order too.  At most 2 * jobs files are parsed ahead of `fn`.  Returns 0, fn's non-zero
 * return value (which stops the work), or -1 when threads cannot be started.
 */
MS_API int ms_parse_files(const char *const *paths, size_t npaths, int jobs, ms_chunk_fn fn,
                   ms_error_fn on_error, void *user);

/**
 * The dump files to model from some paths, chosen without parsing them.  In directories
 * (walked recursively, sorted), dump files are grouped by body (the file name without its
 * pass part; with or without the pass-number field) and one file is kept per body:
 * `coroutine_resume` (or `generator_resume`), else `StateTransform.after`, else
 * `PreCodegen.after` of a closure-like item; every other pass is skipped.  Files whose names
 * do not follow rustc's pattern are kept (the model then decides from their header), and
 * paths named explicitly (and "-") are kept unless ms_input_sniff finds they are not a dump:
 * -Zprint-type-sizes output, binary files, Rust source, nm output or a JSON report (see
 * ms_inputs_rejected_path).  A file reached twice (named twice, or named and in
 * a directory named) is kept once.  Non-dump files in those directories whose first line starts
 * with `print-type-size ` are listed as type-size files, and so is the `type-sizes.txt`
 * beside a dump file named explicitly or in its parent directory (`mir_dump/..`, as capture
 * and corpus/ lay them out).  Never returns NULL (paths that cannot be read are counted by
 * ms_inputs_errors and reported to on_error); free the list with ms_inputs_free.
 */
typedef struct ms_inputs ms_inputs;
MS_API ms_inputs *ms_inputs_collect(const char *const *paths, size_t npaths, ms_error_fn on_error,
                             void *user);
MS_API void ms_inputs_free(ms_inputs *in);
MS_API size_t ms_inputs_count(const ms_inputs *in);
MS_API const char *ms_inputs_path(const ms_inputs *in, size_t i);
/** Dump files seen in directories and skipped by pass selection. */
MS_API size_t ms_inputs_skipped(const ms_inputs *in);
/** Of those, dumps of a body that another file of the same pass rank was read for: the same
 *  crate and item in one directory (`generator_resume` of an old rustc beside
 *  `coroutine_resume` of a new one).  *kept and *dropped (may be NULL) give the first such
 *  pair; valid until ms_inputs_free.  0 when none. */
MS_API size_t ms_inputs_shadowed(const ms_inputs *in, const char **kept, const char **dropped);
/** Errors reported to on_error (unreadable directories, loops, missing paths). */
MS_API size_t ms_inputs_errors(const ms_inputs *in);
MS_API size_t ms_inputs_type_sizes_count(const ms_inputs *in);
MS_API const char *ms_inputs_type_sizes_path(const ms_inputs *in, size_t i);

/**
 * The `nm` symbols of captures among the inputs: for each type-size file listed above that
 * lies in a capture's output (a capture's build.txt in its directory or up to four above:
 * ms_build_record_find), the unit's `symbols.txt` beside it, when there is one.  *scope
 * (may be NULL) is that capture's directory, to be given to ms_crate_add_symbols_scoped
 * (a unit's symbols apply to every dump of its capture: a generic of one unit is
 * instantiated in another's object, never to another capture's dumps); "" when the capture
 * is the current directory (ms_crate_add_symbols_file).  What `mirscope report` reads when
 * no --symbols is given.  Valid until ms_inputs_free; NULL past the end.
 */
MS_API size_t ms_inputs_symbols_count(const ms_inputs *in);
MS_API const char *ms_inputs_symbols_path(const ms_inputs *in, size_t i, const char **scope);

/*
 * What `mirscope capture` recorded about its build in OUT/build.txt (`key=value` lines,
 * docs/capture.md), which a report on a capture's dumps uses as the build's target,
 * opt-level and pointer width (ms_crate_options) and its project root as the directory of
 * the dumps' relative source spans.  Strings are "" and numbers 0 when not recorded.
 */
typedef struct {
  char path[4200];    /* the build.txt read ("" when none) */
  char target[256];   /* `thumbv7em-none-eabihf` */
  char opt_level[8];  /* `0`..`3`, `s`, `z` */
  int pointer_width;  /* 16, 32 or 64 */
  char root[4096];    /* the project's root directory */
  int lto;            /* 1: a dumped unit was compiled with link-time optimisation */
  /* With lto: the dumped units (dumps/ directory names, comma-separated) whose nm sizes are
   * of a linked binary (an executable, a shared library: after link-time optimisation), and
   * the others whose nm lists sizes (their own objects: before it); "" for none, and in a
   * record written before 2026-12-07 */
  char nm_linked[1024];
  char nm_objects[1024];
} ms_build_record;
/** Read a build.txt: 1 when it holds a capture's record (at least one of target, opt_level,
 *  pointer_width); 0 when it cannot be read or is someone else's file (*out cleared). */
MS_API int ms_build_record_read(const char *build_txt, ms_build_record *out);
/** The record of the capture an input path (a dump file, a directory of dumps, a capture's
 *  output, a project) belongs to: the build.txt in the directory given (or the file's), or
 *  up to three directories above it; for a directory, also its `target/mirscope/build.txt`
 *  and `mirscope/build.txt` (where capture writes inside a project or its target dir).
 *  1 when found; 0 (*out cleared) when none, and for "-". */
MS_API int ms_build_record_find(const char *path, ms_build_record *out);

/** Distinct passes of the dump files skipped by pass selection, the most files first (ties
 *  by name), with how many files each (`built.after`, `coroutine_drop`, ...): what the
 *  inputs held when no resume dump was among them.  NULL past the end. */
MS_API size_t ms_inputs_skipped_pass_count(const ms_inputs *in);
MS_API const char *ms_inputs_skipped_pass(const ms_inputs *in, size_t i, size_t *files);

/** What a file holds, judged from its first 4 KB without parsing it. */
typedef enum {
  MS_INPUT_DUMP = 0,   /* text, to be read as a dump (also: not a regular file, unreadable) */
  MS_INPUT_TYPE_SIZES, /* -Zprint-type-sizes output: its first line starts `print-type-size ` */
  MS_INPUT_BINARY,     /* not text: a NUL byte, or more than one byte in ten a control
                          character (other than tab, line and page breaks) or not UTF-8 */
  MS_INPUT_RUST_SOURCE, /* a `.rs` file that does not start as a dump does (`// MIR for`,
                           --emit=mir's `// WARNING`): Rust source, whose MIR rustc dumps */
  MS_INPUT_REPORT_JSON, /* a mirscope JSON report (`{` then `"build":`): made from dumps, not
                           one (its capture's directory holds them) */
  MS_INPUT_NM_SYMBOLS   /* `nm -S` output (its first lines object headers `x.o:` and symbol
                           lines `ADDRESS [SIZE] TYPE NAME`, one of those at least) */
} ms_input_kind;
/** What `path` holds; for MS_INPUT_BINARY, *line and *col (may be NULL) give the first byte
 *  that is not text (1-based; the column in characters, as diagnostics count it: `ä\0` is
 *  column 2).  Reads only regular files. */
MS_API ms_input_kind ms_input_sniff(const char *path, unsigned *line, unsigned *col);
/**
 * Write n bytes of text for a terminal: what a terminal would act on (control characters
 * other than tab and newline, DEL, C1 controls, bytes that are not UTF-8) as `\xNN`, the
 * rest as it is.  Returns the columns written (a character 1, an escape 4); `out` NULL only
 * counts them.  For echoing file names and dump text in messages.
 */
MS_API size_t ms_write_safe(FILE *out, const char *s, size_t n);

/**
 * Paths named explicitly (not "-") that are not dumps to read, so not listed by
 * ms_inputs_path, with what ms_input_sniff found in them (*kind): -Zprint-type-sizes output
 * (MS_INPUT_TYPE_SIZES: to be given as type sizes instead), binary files (MS_INPUT_BINARY,
 * with *line and *col of the first byte that is not text; 0 for the other kinds), Rust
 * source (MS_INPUT_RUST_SOURCE), a JSON report (MS_INPUT_REPORT_JSON) or `nm -S` output
 * (MS_INPUT_NM_SYMBOLS: to be given as symbols).  Never MS_INPUT_DUMP.  `kind`, `line`,
 * `col` may be NULL.  NULL past the end.
 */
MS_API size_t ms_inputs_rejected_count(const ms_inputs *in);
MS_API const char *ms_inputs_rejected_path(const ms_inputs *in, size_t i, ms_input_kind *kind,
                                           unsigned *line, unsigned *col);

/** Pass name parsed from a dump file name (`a.f-{closure#0}.-------.coroutine_resume.0.mir`
 *  gives "coroutine_resume"; numbered passes give e.g. "StateTransform.after").  Writes at
 *  most `cap` bytes including the NUL: a longer name is cut to cap - 1 bytes (and 1 is still
 *  returned; the library's own buffers hold 128 bytes).  Returns 0, writing nothing, when
 *  the name is not a dump file name or cap is 0. */
MS_API int ms_pass_from_filename(const char *filename, char *out, size_t cap);

/* ================================================================== diagrams (docs/diagrams.md) */

/*
 * Diagrams of the coroutine model, built with Graphviz's cgraph and written as DOT
 * (agwrite, before layout: deterministic) or laid out and rendered in process to a
 * standalone SVG (gvc).  Every string from a dump is escaped; no dump can inject markup.
 */
typedef enum {
  MS_VIEW_STATES, /* one node per state: saved locals, bytes, code bytes; transitions */
  MS_VIEW_CFG,    /* the resume function's blocks, clustered by owning state */
  MS_VIEW_LAYOUT  /* variants x saved locals (bytes per field) and the storage-conflict graph */
} ms_view;

/* MS_FORMAT_MERMAID: Mermaid `stateDiagram-v2` text of the states view (GitHub renders it
 * inline in Markdown); one coroutine per diagram, so ms_co_render only. */
typedef enum { MS_FORMAT_DOT, MS_FORMAT_SVG, MS_FORMAT_MERMAID } ms_graph_format;

/*
 * The transitions the states view draws (docs/diagrams.md, "Which transitions are drawn"),
 * the same in every format.  For each group of kinds separately (pending and yield; ready
 * and return; unwind): the transitive reduction of that group's transitions, computed on the
 * condensation into strongly connected components.  A transition between two components is
 * left out when another path of its group, through a third component, joins them; every
 * transition inside a component (a loop, a self-transition) is drawn.  Reachability is kept
 * group by group, so every state that the transitions reach from Unresumed is reached in the
 * drawing, and a ready or unwind transition never hides behind a chain of pending ones.
 * Then the ready, return and unwind transitions drawn into one state from at least
 * MS_BUNDLE_MIN_SOURCES other states are drawn as one bundle: one labelled edge into that
 * state from a box that names the sources.  `all_edges` (ms_graph_options) draws every
 * transition as an edge of its own; the JSON report always lists every transition.
 */
typedef enum {
  MS_DRAWN_NO = 0,     /* implied by a longer path of its group: not drawn (but with all_edges) */
  MS_DRAWN_EDGE = 1,   /* an edge of its own */
  MS_DRAWN_BUNDLED = 2 /* in the bundle of its kind into its target state */
} ms_drawn;
#define MS_BUNDLE_MIN_SOURCES 4

/** How transition t of co is drawn: an ms_drawn value (MS_DRAWN_NO for t out of range, or a
 *  transition whose ends are not both states).  Computes the whole set: to look at every
 *  transition, call ms_co_transitions_drawn once. */
MS_API int ms_co_transition_drawn(const ms_coroutine *co, size_t t);
/** ms_co_transition_drawn of every transition: writes min(cap, count) values to `out` (may be
 *  NULL when cap is 0) and returns ms_co_transition_count(co). */
MS_API size_t ms_co_transitions_drawn(const ms_coroutine *co, unsigned char *out, size_t cap);

/**
 * A Graphviz context for SVG rendering, reused across renders.  Render every SVG of a process
 * through one context: Graphviz 2.43's pango plugin keeps a pointer into the font cache of
 * the last context it measured text for, so laying out after another context was freed
 * reads freed memory.  Owned by the caller; not for concurrent use from several threads.
 */
typedef struct ms_graph_ctx ms_graph_ctx;
MS_API ms_graph_ctx *ms_graph_ctx_new(void);
MS_API void ms_graph_ctx_free(ms_graph_ctx *ctx);

typedef struct {
  /* The context for SVG layout; NULL: a temporary one (fine for one SVG per process). */
  ms_graph_ctx *ctx;
  /* Link saved locals to their source spans, e.g. "vscode://file/{file}:{line}:{col}".
   * {file}, {line}, {col} are URL-encoded when substituted.  NULL: no links.  Refused (the
   * render fails): javascript:, data:, vbscript: and similar schemes, spaces, quotes, <, >,
   * backslash, '&', unknown placeholders (see ms_graph_link_format_check).  The cfg view
   * links each block to its line in the dump file. */
  const char *link_format;
  /* The directory relative source files are found in (a crate's root): {file} of a link is
   * this directory joined with the span's file when that is relative (absolute spans stay).
   * Should be absolute.  NULL: files as the dump prints them. */
  const char *source_root;
  /* The dump file in each coroutine's tooltip shown relative to this directory when it is
   * under it (a capture's `dumps/<unit>/NAME.mir`), and cluster ids of ms_co_render_many made
   * with ms_co_file_stem_under and it.  Relative to the current directory or absolute;
   * borrowed (read during the call only).  NULL: the file as the coroutine was named, the
   * stems of ms_co_file_stem.  The cfg view's links still use the file as named. */
  const char *dump_root;
  /* states view: every transition as an edge of its own, instead of the drawn set
   * (ms_co_transition_drawn). */
  int all_edges;
  /* layout view: draw the storage-conflict graph beside the table (default: the table only,
   * with each local's conflicts listed in a column of its own). */
  int conflict_graph;
  /* The crate the coroutines come from: a saved local holding one of its coroutines' futures
   * reads "future of `f`" (ms_type_display).  NULL: type names only. */
  const ms_crate *crate;
} ms_graph_options;

/**
 * A type named as the text report names it (the diagrams use it for every type they show):
 * module paths, erased lifetimes, `Global` allocators, `_usize` suffixes and line breaks
 * removed, a coroutine type named after its def path (`Vec<u8>`, `&mut Responses`,
 * `Coroutine(tokio::net::connect::{closure#0})`).  When `co` is given and `saved` is one of
 * its saved locals, that local's type (`type` is then ignored), and with the crate `c` (may
 * be NULL) "future of `f`" when it holds the future of one of the crate's coroutines
 * (ms_crate_saved_future).  Writes at most `cap` bytes including the NUL (cut on a character
 * boundary) and returns the length written.
 */
MS_API size_t ms_type_display(const ms_crate *c, const ms_coroutine *co, long saved,
                              const char *type, char *out, size_t cap);

/** 0 when `fmt` (may be NULL) is an acceptable link format, else -1 with a message. */
MS_API int ms_graph_link_format_check(const char *fmt, char *errbuf, size_t errlen);

/**
 * Render one coroutine.  `resume_body` is its resume body (needed by MS_VIEW_CFG, ignored
 * otherwise; find it with ms_doc_find_body in a document parsed from ms_co_file(co)).
 * `opts` may be NULL.  Returns 0, or -1 with a message in errbuf (may be NULL).
 */
MS_API int ms_co_render(const ms_coroutine *co, const ms_body *resume_body, ms_view view,
                 ms_graph_format fmt, const ms_graph_options *opts, FILE *out, char *errbuf,
                 size_t errlen);

/**
 * Render several coroutines into one graph, one cluster per coroutine (node ids prefixed by
 * the coroutine's file stem so they stay unique).  `bodies` holds n resume bodies for
 * MS_VIEW_CFG (may be NULL for the other views).  Returns 0 or -1 as ms_co_render.
 */
MS_API int ms_co_render_many(const ms_coroutine *const *cos, const ms_body *const *bodies, size_t n,
                      ms_view view, ms_graph_format fmt, const ms_graph_options *opts, FILE *out,
                      char *errbuf, size_t errlen);

/**
 * A file name stem for the coroutine, safe on every file system and unique per body (def
 * path, dump file, line): the crate (ms_co_crate) and '.', then the identifier characters of
 * the def path as the dump file name spells it (ms_co_item; `{impl#3}` rather than
 * `<impl at ..>`), else of the def path, joined by '.', cut to 64 bytes, then '-' and 8 hex
 * digits of a hash of def path, file and line, e.g. "basic.handshake.closure.0-1a2b3c4d".
 * It depends on nothing else loaded with the body.
 * Never contains '/', a backslash or "..".  Writes at most cap bytes including the NUL; returns
 * the full length (like snprintf).
 */
MS_API size_t ms_co_file_stem(const ms_coroutine *co, char *out, size_t cap);
/**
 * ms_co_file_stem with the dump file hashed as it is relative to directory `root` when it is
 * under it (`dumps/tcap/x.mir` for `/ci/job-7/out/dumps/tcap/x.mir` under `/ci/job-7/out`), so
 * that the same dumps copied or captured elsewhere get the same stems; still unique per body
 * among the files under `root`.  `root` (relative to the current directory or absolute;
 * borrowed, read during the call only) NULL, or a file not under it: the same stem as
 * ms_co_file_stem.  Writes at most cap bytes including the NUL; returns the full length.
 */
MS_API size_t ms_co_file_stem_under(const ms_coroutine *co, const char *root, char *out,
                                    size_t cap);

/** The body of `doc` with this def path, preferring one with a coroutine layout; NULL if none. */
MS_API const ms_body *ms_doc_find_body(const ms_doc *doc, const char *def_path);
/** The resume body of `co` in `doc` (parsed from ms_co_file(co)): the body with its def path
 *  at its line, so one of several bodies sharing a def path; NULL if none. */
MS_API const ms_body *ms_co_find_body(const ms_coroutine *co, const ms_doc *doc);

/* ------------------------------------------------------------------ capture (cargo) */

/*
 * `mirscope capture` (docs/capture.md): build a cargo project with, only for the selected
 * crates, `-Zdump-mir=coroutine_resume -Zdump-mir-dir=OUT/dumps/<unit> -Zprint-type-sizes
 * -Csymbol-mangling-version=v0` (RUSTC_BOOTSTRAP=1 for those crates unless rustc is nightly),
 * collect type sizes, `nm -S -C` symbols and `rustc -vV`, record the build (target,
 * opt-level, pointer width: OUT/build.txt), model everything for that build and write
 * OUT/report.json (its dump files relative to OUT, `dumps/<unit>/NAME.mir`, so that it does
 * not depend on where OUT is).  Cargo runs offline, in its own target dir OUT/target (the user's
 * Cargo.toml and target/ are never touched), with RUSTC_WRAPPER = the mirscope binary: that
 * binary must call ms_capture_wrapper_main() when MS_CAPTURE_CONFIG_ENV is set.
 *
 * Everything but OUT/target is written into OUT.attempt, beside OUT, and replaces OUT's
 * files only when the capture succeeds: a failed capture leaves the last good one whole and
 * its own attempt in OUT.attempt.
 *
 * With a target whose `core` is not installed (no libcore in `rustc --print target-libdir`),
 * cargo builds it with -Zbuild-std=core from the library sources of rustc's sysroot
 * (`rustup component add rust-src`, or Debian's rust-web-src for rustc-web); offline, crates.io
 * is replaced on cargo's command line (`--config`, never in the project) by one directory
 * source holding the library's vendored crates and those of the directory source the project
 * already uses.
 */
#define MS_CAPTURE_CONFIG_ENV "MIRSCOPE_CAPTURE_CONFIG"

/* Return values of ms_capture (chosen to match the CLI's exit codes). */
enum {
  MS_CAPTURE_OK = 0,
  MS_CAPTURE_BUILD_FAILED = 1, /* cargo failed (log tail to on_message), a --crate was not
                                  compiled, nothing was dumped, dumps had errors, or the
                                  target's core can be neither found nor built */
  MS_CAPTURE_USAGE = 2,        /* bad options (also `--target` among cargo_args, a manifest
                                  path that is a directory), not in a cargo project, a target
                                  rustc does not know */
  MS_CAPTURE_ERROR = 3         /* I/O error, cargo or rustc not runnable */
};

/** Called after report.json is written, for more output in `out_dir` (report.md, svg/): the
 *  attempt directory, whose files replace OUT's when the capture succeeds (so links between
 *  them should be relative).  Returns 0 on success; non-zero makes ms_capture fail with
 *  MS_CAPTURE_ERROR. */
typedef int (*ms_capture_extra_fn)(const ms_crate *c, const char *out_dir, void *user);

/** Called for each line a capture has to tell (`line`: one line, no trailing newline): the
 *  cargo and rustc it runs (and how they were chosen), a target's core built with
 *  -Zbuild-std and where crates.io comes from offline, the last lines of cargo's log when the
 *  build failed, dumps, type sizes or symbols it cannot read and dump syntax errors (as
 *  ms_diag_print writes them, without colour), a unit with no artefact for nm, units built
 *  for different targets and, with `progress`, the cargo command it runs.  The library prints
 *  nothing itself: without this callback these lines are dropped. */
typedef void (*ms_capture_message_fn)(const char *line, void *user);

/** Called with `progress` while cargo builds: `line` is the latest `Compiling ...` line cargo
 *  printed (leading spaces removed, no newline) and `compiled` how many there were so far;
 *  after the build, once more with line NULL if it was called at all (time to clear it). */
typedef void (*ms_capture_progress_fn)(size_t compiled, const char *line, void *user);

typedef struct {
  const char *manifest_path;     /* Cargo.toml; NULL: cargo's search from the cwd */
  const char *out_dir;           /* NULL: <workspace root>/target/mirscope */
  const char *const *crates;     /* crate names to dump ('-' read as '_'), may be
                                    dependencies; none: the packages cargo builds as primary
                                    (the workspace's own, or those picked with -p) */
  size_t ncrates;
  int release;                   /* cargo build --release */
  const char *const *cargo_args; /* passed to cargo build after its own options */
  size_t ncargo_args;
  int progress;                  /* report progress: the cargo command to on_message, cargo's
                                    `Compiling` lines to on_progress (the CLI: on a terminal) */
  const char *self_exe;          /* the mirscope binary (RUSTC_WRAPPER); NULL: /proc/self/exe */
  size_t top;                    /* coroutines in the printed ranking; 0 = 10 */
  FILE *out;                     /* where the ranking goes; NULL = stdout */
  ms_capture_extra_fn write_extra; /* NULL: only report.json */
  void *write_extra_user;
  ms_capture_message_fn on_message;   /* NULL: silent (messages dropped) */
  void *message_user;
  ms_capture_progress_fn on_progress; /* NULL: no progress */
  void *progress_user;
  const char *target;            /* cargo build --target TRIPLE (never in cargo_args: that is
                                    MS_CAPTURE_USAGE); NULL: the host */
  const char *cargo;             /* the cargo to run; NULL: $CARGO, else `cargo` on PATH.  Its
                                    rustc: $RUSTC, else the rustc beside a cargo given by path,
                                    else `rustc` on PATH */
} ms_capture_options;

/**
 * Build, capture and model (see above).  Returns MS_CAPTURE_*; on failure writes a one-line
 * message to errbuf (the log's tail has already gone to o->on_message).  Prints the top of
 * the ranking (by future size) and the path of the full report to o->out; writes nothing to
 * stderr.
 */
MS_API int ms_capture(const ms_capture_options *o, char *errbuf, size_t errlen);

/**
 * The RUSTC_WRAPPER side: argv[1] is the compiler (or the next wrapper), argv[2..] its
 * arguments.  Adds the dump flags for selected crates (stdout into a type-sizes file) and
 * execs it; otherwise execs it unchanged.  Returns only on error (an exit status), after a
 * line on stderr: it runs as cargo's compiler, whose stderr goes to OUT/cargo.log.
 */
MS_API int ms_capture_wrapper_main(int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif /* MIRSCOPE_H */
