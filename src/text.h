/* Text helpers for type and def-path texts (text.c).  Pure functions, no model. */
#ifndef MS_TEXT_H
#define MS_TEXT_H

#include "mirscope/mirscope.h"

#include <stdbool.h>
#include <stddef.h>

/* FNV-1a over bytes, continuing from h (start with MS_HASH_INIT). */
#define MS_HASH_INIT ((size_t)1469598103934665603u)
static inline size_t ms_hash_bytes(size_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * (size_t)1099511628211u;
  return h;
}
/* Index of the bracket that closes the one at s[i] ((, [, { and < nest alike; `->` closes
 * nothing), or n when none does. */
size_t ms_match_close(const char *s, size_t n, size_t i);
/* A type printed over several lines (a layout's `Coroutine(\n    DefId(..),\n ..)`) on one:
 * whitespace runs become one space, none after `(`/`[` or before `)`/`]`/`,`.  Writes at
 * most cap - 1 bytes and a NUL into out (never more than n + 1 are needed); returns the
 * length it has (cap - 1 when cut). */
size_t ms_type_one_line(const char *s, size_t n, char *out, size_t cap);
/* A source file's path (its first n bytes) as reports show it: below its last `src/`
 * directory (the module's path: `disk/mod.rs`), else its base name. */
const char *ms_shown_file(const char *s, size_t n);
/* Where a block's or closure's own type says it is: `async block@lib.rs:205:30` of
 * `{async block@src/lib.rs:205:30: 205:35}` (the file as ms_shown_file shows it), into out;
 * false (out "") for any other type. */
bool ms_block_location(const char *type, char *out, size_t cap);
/* The last segment of a name, `{closure#N}`, when it ends the name (perhaps followed by a
 * ` [dir]` or ` #N` part): its `{` (NULL when none), *close its `}`. */
const char *ms_last_closure_segment(const char *name, const char **close);
/* Length of a leading `Pin<&mut ` (also `std::pin::` / `core::pin::` spelled), 0 without one. */
size_t ms_pin_mut_prefix(const char *s);
/* Hash of the part of s[0..n) after its last ':' (all of it without one), for `fn_name`. */
size_t ms_fn_name_hash(const char *s, size_t n);
/* Def paths a[0..an) and b equal segment by segment, a `{impl#N}` in a matching any
 * `<impl at ...>` segment in b (a def path from a type against a body's own). */
bool ms_defpath_eq(const char *a, size_t an, const char *b);
/* A hash of a def path under which ms_defpath_eq(a, b) implies equal hashes of a and b,
 * unless *weird (may be NULL) is set for a: then scan every coroutine instead. */
size_t ms_defpath_hash(const char *s, size_t n, bool *weird);
/* The def path in the first `DefId(K:N ~ krate[hash]::PATH)` of s[0..n): PATH (trimmed) in
 * *path / *pn and whether it is of the local crate (K = 0).  False when there is none. */
bool ms_defid_path(const char *s, size_t n, const char **path, size_t *pn, bool *local);
/* The krate of that DefId (`DefId(20:397 ~ async_io[9e7d]::…)`: `async_io`) in *cr / *cn;
 * false when there is none. */
bool ms_defid_crate(const char *s, size_t n, const char **cr, size_t *cn);
/* The crate a dump file names: its base name up to the first `.` (rustc's
 * `basic.handshake-{closure#0}.-------.coroutine_resume.0.mir` -> `basic`), without cargo's
 * `-HASH` (`deps/basic-0123456789abcdef.mir` from --emit=mir -> `basic`); its length, 0 when
 * the base name has no `.` or starts with one. */
size_t ms_file_crate(const char *file, const char **cr);
/* Whether two files lie in one directory (the part before the last '/'; NULL as ""). */
bool ms_file_same_dir(const char *a, const char *b);
/* What tells the directories of files[0..m) apart, for labels of bodies that would read the
 * same: each directory taken as its components with `.` and empty ones dropped and `..`
 * resolved lexically where a component precedes it (`x//basic`, `./x/basic` and
 * `y/../x/basic` are all `x/basic`; a leading `/` stays), then stripped of the leading and
 * trailing components all share, keeping at least one of its own for each (`.` for the
 * current directory).  labels[q]: that part joined by '/', malloc'd; NULL for all when the
 * directories are all the same.  Returns true (allocation failure aborts, alloc.h). */
bool ms_dir_labels(const char *const *files, size_t m, char **labels);

/* What a coroutine of kind k is to its user: "future", "iterator" (gen), "async iterator",
 * "coroutine". */
const char *ms_kind_noun(ms_coroutine_kind k);
/* Does a coroutine of kind k suspend at yields, not awaits (gen blocks, coroutines)? */
bool ms_kind_yields(ms_coroutine_kind k);
/* Is a type, as MIR prints it, an async fn's, block's or closure's coroutine (`{async fn body
 * of f()}`, `{async block@..}`, `{async closure body@..}`, `Coroutine(..)`): what calling an
 * async fn builds, running none of its body? */
bool ms_type_is_async_coroutine(const char *t);
/* Does a type, as MIR prints it, hold a value of type `inner` in its own bytes by what its
 * text says: `inner` is one of the generic arguments of a path type, whole and as written
 * (`Select<F, Timer>` holds `F` and `Timer`; `Pending<<F as Future>::Output>`, `Foo<&F>`,
 * `Pin<Box<F>>` do not hold `F`), and the path is none of std's that keep their arguments
 * elsewhere or not at all (`Box`, `Rc`, `Arc`, `Weak`, `Vec`, `VecDeque`, `LinkedList`,
 * `BinaryHeap`, the maps and sets, `PhantomData`, `NonNull`)?  A hand-written type may still
 * hold it elsewhere or not at all (`struct Tagged<F>(PhantomData<F>)`): the text cannot tell. */
bool ms_type_holds_arg(const char *outer, const char *inner);
/* Is a call-like rvalue's callee (`Wrap`, `Timeout::<F>`, `Either::<F, T>::First`) a tuple
 * struct's or an enum variant's constructor of the type `type` (`Wrap`, `Timeout<F>`,
 * `Either<F, T>`, paths and generic arguments aside), not an operator (`Add` of a `u32`)? */
bool ms_callee_constructs(const char *callee, const char *type);
/* Is a type, as MIR prints it, the future an AsyncFnOnce call returns
 * (`<F as std::ops::AsyncFnOnce<(u32,)>>::CallOnceFuture`)? */
bool ms_type_is_call_once_future(const char *type);
/* Is a call of `callee` (`<F as AsyncFnOnce<(u32,)>>::async_call_once`) a call by value of an
 * AsyncFnOnce that returns `type`, that projection of the same F and arguments?  What the
 * future holds, the text does not tell: an async closure's body holds the closure's captures
 * and the arguments by value; a plain closure's future (`|x| async move { .. }` is an
 * AsyncFnOnce too, its CallOnceFuture its output) holds what it was built from. */
bool ms_call_once_future(const char *callee, const char *type);

#endif
