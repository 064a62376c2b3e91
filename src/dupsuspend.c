/*
 * duplicate-suspend (docs/model.md, "Duplicate suspend points"): each suspend state's
 * continuation read as one text and compared, or two of them walked side by side to where
 * their paths meet.  Called by model.c once a coroutine's states and code shares are known.
 */
#include "resume.h"
#include "alloc.h"
#include "text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A 64-bit mix of a hash (splitmix64's finaliser). */
static uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

/* An ordered digest: two chains of mixed hashes and the count (what is added, in order). */
typedef struct {
  uint64_t d1, d2, count;
} digest;

static void digest_add(digest *d, uint64_t v) {
  d->d1 = mix64(d->d1 ^ v);
  d->d2 = mix64(d->d2 + v + 0x9e3779b97f4a7c15u);
  d->count++;
}

/*
 * duplicate-suspend reads each suspend state's continuation as one text, block by block in
 * the order its edges are first met, and compares those texts (digested).  Two paths of one
 * computation spell some names apart, and these are numbered instead, by first use in the
 * walk: a local (`_26`: each path has its own temporaries), a block (`bb12`), a field of the
 * saved locals (`variant#3).0`: each state has its own; named by its position among the
 * state's saved locals, or by the saved local when the state does not hold it) and the state
 * a `discriminant((*_48)) = 3` writes (the state itself, or which other).  What stays in the
 * text: callees, operators, constants, upvars, the resume function's parameters and `_0`,
 * and where each name sits, so `wrapping_sub(move _7, move _26)` (the awaited value first)
 * is not `wrapping_sub(move (((*_48) as variant#4).0: u32), move _28)`, nor `h(g(v))`
 * `g(h(v))`.
 */
typedef enum {
  NAME_LOCAL = 1,
  NAME_BLOCK,      /* a = block number (a block of the body) */
  NAME_SAVED,      /* a = position in co->saved */
  NAME_STATE,      /* a = state index */
  NAME_LIT_BLOCK,  /* a = a block number the body does not have */
  NAME_LIT_FIELD,  /* a = variant, b = field, of no state's saved local */
  NAME_LIT_STATE,  /* a = a discriminant of no state */
  NAME_OWN,        /* in a walk: a = position among the state's saved locals */
  NAME_SELF        /* in a walk: the state itself */
} name_kind;

typedef struct {
  uint32_t kind, a, b; /* b of a local or saved local: a name_write */
} cname;

/* How a statement uses a local or saved local it names (cname.b), for what is live where
 * two continuations meet: read (or written in part), written whole, or written whole by a
 * call, on its return edge only. */
typedef enum { WRITE_NONE = 0, WRITE_WHOLE, WRITE_ON_RETURN } name_write;

typedef struct {
  cname *items;
  size_t len, cap;
} cname_buf;

/* A block as continuations read it: the hash of the text of what it does, each name in it
 * marked and left out, and its names in order (names[first .. first + n)).  Statements that
 * do nothing are not read (storage markers, `nop`, `PlaceMention`, ..: two paths may have
 * them in other places), nor writes of the unit value to locals nothing reads
 * (skip_unread_units), and a block of only those that ends in a goto is read as the block it
 * leads to (`next`; a cleanup path's chains of gotos differ in length). */
typedef struct {
  uint64_t shape;
  size_t first, n;
  long next;    /* an empty goto block: its target; else -1 */
  bool present; /* the body has a block of this number */
} block_form;

static bool does_nothing(ms_stmt_kind k) {
  return k == MS_STMT_STORAGE_LIVE || k == MS_STMT_STORAGE_DEAD || k == MS_STMT_NOP ||
         k == MS_STMT_PLACE_MENTION || k == MS_STMT_FAKE_READ || k == MS_STMT_RETAG ||
         k == MS_STMT_ASCRIBE_USER_TYPE || k == MS_STMT_COVERAGE ||
         k == MS_STMT_CONST_EVAL_COUNTER || k == MS_STMT_BACKWARD_INCOMPATIBLE_DROP_HINT;
}

static bool name_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
         ch == '_';
}

/* The digits at s[i..n) as a number (at most 9 of them), *end after them; false when none
 * or more. */
static bool read_number(const char *s, size_t n, size_t i, uint32_t *v, size_t *end) {
  uint32_t x = 0;
  size_t j = i;
  for (; j < n && s[j] >= '0' && s[j] <= '9'; j++) {
    if (j - i == 9) return false;
    x = x * 10 + (uint32_t)(s[j] - '0');
  }
  if (j == i) return false;
  *v = x;
  *end = j;
  return true;
}

static uint64_t hash_byte(uint64_t h, unsigned char ch) {
  return (h ^ ch) * 1099511628211u; /* FNV-1a */
}

static void push_name(cname_buf *o, name_kind k, uint32_t a, uint32_t b) {
  if (o->len == o->cap) {
    o->cap = o->cap ? o->cap * 2 : 256;
    o->items = ms_xrealloc(o->items, o->cap * sizeof *o->items);
  }
  o->items[o->len++] = (cname){(uint32_t)k, a, b};
}

/* A name's mark in a block's shape (1: a local, 2: a block, 3: a saved field, 4: a state). */
static uint64_t mark(uint64_t h, unsigned char m) { return hash_byte(hash_byte(h, 0), m); }

/* The saved field `variant#K).F`: the saved local's position, or a name of its own. */
static void push_field(cname_buf *o, const resume_ctx *x, uint32_t k, uint32_t f) {
  long t = ms_state_by_discr(x, (long)k);
  if (t >= 0 && f < x->co->states[t].nfields)
    push_name(o, NAME_SAVED, (uint32_t)x->co->states[t].fields[f], 0);
  else
    push_name(o, NAME_LIT_FIELD, k, f);
}

/* Reads the text s[0..n) into a block's shape *h and names o: locals above the resume
 * function's parameters, blocks, saved fields; string constants as they are, comments not. */
static void read_names(const char *s, size_t n, const resume_ctx *x, uint64_t *h, cname_buf *o) {
  const ms_body *b = x->b;
  for (size_t i = 0; i < n;) {
    char ch = s[i];
    bool edge = !i || !name_char(s[i - 1]);
    uint32_t v, f;
    size_t e, e2;
    if (ch == '"') {
      size_t j = i + 1;
      while (j < n && s[j] != '"') j += s[j] == '\\' && j + 1 < n ? 2 : 1;
      for (j = j < n ? j + 1 : n; i < j; i++) *h = hash_byte(*h, (unsigned char)s[i]);
      continue;
    }
    if (ch == '/' && i + 1 < n && s[i + 1] == '/') {
      while (i < n && s[i] != '\n') i++;
      continue;
    }
    if (edge && ch == '_' && read_number(s, n, i + 1, &v, &e) && (e == n || !name_char(s[e])) &&
        v > b->nparams) {
      push_name(o, NAME_LOCAL, v, 0);
      *h = mark(*h, 1);
      i = e;
      continue;
    }
    if (edge && ch == 'b' && i + 1 < n && s[i + 1] == 'b' && read_number(s, n, i + 2, &v, &e) &&
        (e == n || !name_char(s[e]))) {
      bool has = v < b->nblock_by_index && b->block_by_index[v];
      push_name(o, has ? NAME_BLOCK : NAME_LIT_BLOCK, v, 0);
      *h = mark(*h, 2);
      i = e;
      continue;
    }
    if (edge && n - i > 8 && !memcmp(s + i, "variant#", 8) && read_number(s, n, i + 8, &v, &e) &&
        e + 1 < n && s[e] == ')' && s[e + 1] == '.' && read_number(s, n, e + 2, &f, &e2)) {
      push_field(o, x, v, f);
      *h = mark(*h, 3);
      i = e2;
      continue;
    }
    *h = hash_byte(*h, (unsigned char)ch);
    i++;
  }
}

/* The name among o's names from `from` on (one statement's) that the statement writes whole,
 * marked `how`: place p a local above the parameters or a saved local's field, named there
 * once (when it is also read there, it stays a read). */
static void mark_write(cname_buf *o, size_t from, const resume_ctx *x, const ms_place *p,
                       name_write how) {
  uint32_t kind, id;
  long v, fld;
  if (!p->nproj && p->local > (long)x->b->nparams) {
    kind = NAME_LOCAL, id = (uint32_t)p->local;
  } else if (ms_saved_field_of(x->rs, p, &v, &fld)) {
    long t = ms_state_by_discr(x, v);
    if (t < 0 || fld < 0 || (size_t)fld >= x->co->states[t].nfields) return;
    kind = NAME_SAVED, id = (uint32_t)x->co->states[t].fields[fld];
  } else {
    return;
  }
  size_t at = SIZE_MAX;
  for (size_t i = from; i < o->len; i++)
    if (o->items[i].kind == kind && o->items[i].a == id) {
      if (at != SIZE_MAX) return;
      at = i;
    }
  if (at != SIZE_MAX) o->items[at].b = (uint32_t)how;
}

/* The local a statement writes the unit value to, whole (`_5 = const ();`, `_25 = ();`: an
 * `if` or block expression's value, a yield's resume placeholder), a local above the
 * parameters; else -1. */
static long unit_write(const ms_stmt *t, const resume_ctx *x) {
  if (t->kind != MS_STMT_ASSIGN || !t->place || t->place->nproj ||
      t->place->local <= (long)x->b->nparams || !t->rvalue ||
      (strcmp(t->rvalue, "const ()") && strcmp(t->rvalue, "()")))
    return -1;
  return t->place->local;
}

/* The form of one block (see block_form), its names appended to o; a write of the unit value
 * to a local L with unread[L] (L < nunread) does nothing and is not read either. */
static block_form block_form_of(const ms_block *blk, const resume_ctx *x, cname_buf *o,
                                const bool *unread, size_t nunread) {
  block_form f = {MS_HASH_INIT, o->len, 0, -1, true};
  bool empty = true;
  f.shape = hash_byte(f.shape, blk->cleanup ? 'c' : 'b');
  for (size_t j = 0; j < blk->nstmts; j++) {
    const ms_stmt *t = blk->stmts[j];
    if (does_nothing(t->kind)) continue;
    long u = unread ? unit_write(t, x) : -1;
    if (u >= 0 && (size_t)u < nunread && unread[u]) continue;
    empty = false;
    size_t len = strlen(t->text);
    const char *eq = strrchr(t->text, '=');
    bool writes_state = t->kind == MS_STMT_SET_DISCRIMINANT && ms_is_coroutine_place(x->rs, t->place) &&
                        eq && t->discr >= 0;
    size_t from = o->len;
    read_names(t->text, writes_state ? (size_t)(eq - t->text) : len, x, &f.shape, o);
    if (t->kind == MS_STMT_ASSIGN && t->place) mark_write(o, from, x, t->place, WRITE_WHOLE);
    if (writes_state) {
      long s = ms_state_by_discr(x, t->discr);
      if (s >= 0) push_name(o, NAME_STATE, (uint32_t)s, 0);
      else push_name(o, NAME_LIT_STATE, (uint32_t)t->discr, 0);
      f.shape = mark(f.shape, 4);
    }
    f.shape = hash_byte(f.shape, ';');
  }
  const ms_stmt *t = blk->term;
  if (t) {
    if (empty && t->kind == MS_TERM_GOTO && t->nedges == 1) f.next = t->edges[0].target;
    size_t from = o->len;
    read_names(t->text, strlen(t->text), x, &f.shape, o);
    if (t->kind == MS_TERM_CALL && t->place) mark_write(o, from, x, t->place, WRITE_ON_RETURN);
  }
  f.n = o->len - f.first;
  return f;
}

/* What the walks of a body's suspend states share: the blocks' forms by block number, their
 * names, and per local, block and saved local the walk (state + 1) that numbered it last and
 * its number then. */
typedef struct {
  block_form *forms;
  size_t nb;
  cname_buf names;
  uint32_t *lwalk, *lnum; /* by local number, below nl */
  size_t nl;
  uint32_t *bwalk, *bnum, *queue; /* by block number; queue: blocks in the order met */
  uint32_t *swalk, *spos;         /* by position in co->saved */
  /* two continuations walked side by side (same_continuation), in comparison `cmp`: per
   * block of each side the comparison that paired it and with which block of the other, per
   * local likewise; the pairs to read (pq); the blocks both reach at one position (meets);
   * the locals paired with another (moved: a, b); per saved local its position + 1 among
   * each side's own; the blocks a liveness search met (lvis, stamp lcmp; stack) */
  uint32_t cmp, lcmp;
  uint32_t *bst1, *bp1, *bst2, *bp2, *pq, *meets;
  size_t nmeets;
  uint32_t *lst1, *lp1, *lst2, *lp2, *moved;
  size_t nmoved;
  uint32_t *own1, *own2, *lvis, *stack;
  uint32_t *dist; /* by block: edges to the nearest block that writes Returned (UINT32_MAX) */
  /* for liveness (live_at_meets): per block its predecessors by the terminators' edges,
   * rfrom[rstart[k] .. rstart[k + 1]) (block << 1 | 1 on a return edge); per local and per
   * saved local the blocks that read it before writing it, lreads[lat[L] .. lat[L + 1]) */
  uint32_t *rstart, *rfrom, *lat, *lreads, *sat, *sreads;
} cont_walk;

/* Block number k as a walk reads it: past empty goto blocks (as skip_gotos, at most
 * MS_GOTO_HOPS of them). */
static size_t form_target(const cont_walk *w, size_t k) {
  for (int hop = 0; hop < MS_GOTO_HOPS && w->forms[k].next >= 0; hop++) {
    size_t to = (size_t)w->forms[k].next;
    if (to >= w->nb || !w->forms[to].present) break;
    k = to;
  }
  return k;
}

/* The blocks that read each local (kind NAME_LOCAL, n of them) or saved local (NAME_SAVED)
 * before they write it, indexed: (*at)[id] .. (*at)[id + 1] in *reads. */
static void index_reads(cont_walk *w, uint32_t kind, size_t n, uint32_t **at, uint32_t **reads) {
  uint32_t *cnt = ms_xcalloc(n + 2, sizeof *cnt), *seen = ms_xcalloc(n + 1, sizeof *seen);
  for (int pass = 0; pass < 2; pass++) {
    for (size_t k = 0; k < w->nb; k++)
      for (size_t i = 0; w->forms[k].present && i < w->forms[k].n; i++) {
        const cname *nm = &w->names.items[w->forms[k].first + i];
        if (nm->kind != kind || nm->a >= n || seen[nm->a] == 2 * k + (size_t)pass + 1) continue;
        seen[nm->a] = (uint32_t)(2 * k + (size_t)pass + 1); /* its first in block k */
        if (nm->b != WRITE_NONE) continue;
        if (pass) (*reads)[cnt[nm->a + 1]++] = (uint32_t)k;
        else cnt[nm->a + 2]++;
      }
    if (!pass) {
      for (size_t i = 0; i < n; i++) cnt[i + 2] += cnt[i + 1];
      *reads = ms_xcalloc(cnt[n + 1] + 1, sizeof **reads);
    }
  }
  *at = cnt;
  free(seen);
}

/* The predecessors of each block by the terminators' edges (a walk's blocks: past empty
 * gotos), for live_at_meets. */
static void index_predecessors(cont_walk *w, const resume_ctx *x) {
  uint32_t *st = ms_xcalloc(w->nb + 2, sizeof *st);
  for (int pass = 0; pass < 2; pass++) {
    for (size_t k = 0; k < w->nb; k++) {
      const ms_stmt *t = w->forms[k].present ? x->b->block_by_index[k]->term : NULL;
      for (size_t e = 0; t && e < t->nedges; e++) {
        size_t to = t->edges[e].target;
        if (to >= w->nb || !w->forms[to].present) continue;
        to = form_target(w, to);
        if (pass) w->rfrom[st[to + 1]++] = (uint32_t)k << 1 | (t->edges[e].kind == MS_EDGE_RETURN);
        else st[to + 2]++;
      }
    }
    if (!pass) {
      for (size_t k = 0; k < w->nb; k++) st[k + 2] += st[k + 1];
      w->rfrom = ms_xcalloc(st[w->nb + 1] + 1, sizeof *w->rfrom);
    }
  }
  w->rstart = st;
}

/* The fewest edges from each block to one that writes the Returned state (UINT32_MAX: none):
 * a search backwards over the blocks' edges as walks read them. */
static void returned_distances(cont_walk *w, const resume_ctx *x) {
  size_t nb = w->nb;
  uint32_t *dist = w->dist, *start = ms_xcalloc(nb + 2, sizeof *start), *from, *queue;
  for (size_t k = 0; k < nb; k++) dist[k] = UINT32_MAX;
  for (size_t k = 0; k < nb; k++)
    for (size_t i = 0; w->forms[k].present && i < w->forms[k].n; i++) {
      const cname *nm = &w->names.items[w->forms[k].first + i];
      if (nm->kind == NAME_BLOCK) start[form_target(w, nm->a) + 2]++;
    }
  for (size_t k = 0; k < nb; k++) start[k + 2] += start[k + 1];
  from = ms_xcalloc(start[nb + 1] + 1, sizeof *from);
  queue = ms_xcalloc(nb + 1, sizeof *queue);
  size_t qn = 0;
  for (size_t k = 0; k < nb; k++)
    for (size_t i = 0; w->forms[k].present && i < w->forms[k].n; i++) {
      const cname *nm = &w->names.items[w->forms[k].first + i];
      if (nm->kind == NAME_BLOCK) from[start[form_target(w, nm->a) + 1]++] = (uint32_t)k;
      if (nm->kind == NAME_STATE && (long)nm->a == x->returned && dist[k]) {
        dist[k] = 0;
        queue[qn++] = (uint32_t)k;
      }
    }
  for (size_t q = 0; q < qn; q++)
    for (uint32_t i = start[queue[q]]; i < start[queue[q] + 1]; i++)
      if (dist[from[i]] == UINT32_MAX) {
        dist[from[i]] = dist[queue[q]] + 1;
        queue[qn++] = from[i];
      }
  free(start);
  free(from);
  free(queue);
}

/* The forms read again without the writes of the unit value to locals that no statement or
 * terminator reads (written whole only, or never named again: `_5 = const ()` for an `if`
 * whose value is dropped), when there are any: such a write has no effect, and one path may
 * have it where another does not (the `if`'s end vs a `continue` in it). */
static void skip_unread_units(cont_walk *w, const resume_ctx *x) {
  bool *unread = ms_xcalloc(w->nl + 1, sizeof *unread);
  bool any = false;
  for (size_t k = 0; k < w->nb; k++) {
    const ms_block *blk = w->forms[k].present ? x->b->block_by_index[k] : NULL;
    for (size_t j = 0; blk && j < blk->nstmts; j++) {
      long u = does_nothing(blk->stmts[j]->kind) ? -1 : unit_write(blk->stmts[j], x);
      if (u >= 0 && (size_t)u < w->nl) unread[u] = any = true;
    }
  }
  for (size_t i = 0; any && i < w->names.len; i++) {
    const cname *nm = &w->names.items[i];
    if (nm->kind == NAME_LOCAL && nm->b == WRITE_NONE && nm->a < w->nl) unread[nm->a] = false;
  }
  any = false;
  for (size_t l = 0; l < w->nl && !any; l++) any = unread[l];
  if (any) {
    w->names.len = 0;
    for (size_t k = 0; k < w->nb; k++)
      if (x->b->block_by_index[k])
        w->forms[k] = block_form_of(x->b->block_by_index[k], x, &w->names, unread, w->nl);
  }
  free(unread);
}

static void cont_walk_init(cont_walk *w, const resume_ctx *x) {
  const ms_body *b = x->b;
  memset(w, 0, sizeof *w);
  w->nb = b->nblock_by_index;
  w->forms = ms_xcalloc(w->nb + 1, sizeof *w->forms);
  for (size_t k = 0; k < w->nb; k++)
    if (b->block_by_index[k])
      w->forms[k] = block_form_of(b->block_by_index[k], x, &w->names, NULL, 0);
  for (size_t i = 0; i < w->names.len; i++)
    if (w->names.items[i].kind == NAME_LOCAL && w->names.items[i].a >= w->nl)
      w->nl = (size_t)w->names.items[i].a + 1;
  skip_unread_units(w, x);
  w->lwalk = ms_xcalloc(w->nl + 1, sizeof *w->lwalk);
  w->lnum = ms_xcalloc(w->nl + 1, sizeof *w->lnum);
  w->bwalk = ms_xcalloc(w->nb + 1, sizeof *w->bwalk);
  w->bnum = ms_xcalloc(w->nb + 1, sizeof *w->bnum);
  w->queue = ms_xcalloc(w->nb + 1, sizeof *w->queue);
  w->swalk = ms_xcalloc(x->co->nsaved + 1, sizeof *w->swalk);
  w->spos = ms_xcalloc(x->co->nsaved + 1, sizeof *w->spos);
  uint32_t **by_block[] = {&w->bst1, &w->bp1, &w->bst2, &w->bp2,
                           &w->meets, &w->lvis, &w->stack, &w->dist};
  for (size_t i = 0; i < sizeof by_block / sizeof *by_block; i++)
    *by_block[i] = ms_xcalloc(w->nb + 1, sizeof **by_block[i]);
  w->pq = ms_xcalloc(2 * w->nb + 2, sizeof *w->pq);
  uint32_t **by_local[] = {&w->lst1, &w->lp1, &w->lst2, &w->lp2, &w->moved};
  for (size_t i = 0; i < sizeof by_local / sizeof *by_local; i++)
    *by_local[i] = ms_xcalloc(2 * w->nl + 2, sizeof **by_local[i]);
  w->own1 = ms_xcalloc(x->co->nsaved + 1, sizeof *w->own1);
  w->own2 = ms_xcalloc(x->co->nsaved + 1, sizeof *w->own2);
  returned_distances(w, x);
  index_predecessors(w, x);
  index_reads(w, NAME_LOCAL, w->nl, &w->lat, &w->lreads);
  index_reads(w, NAME_SAVED, x->co->nsaved, &w->sat, &w->sreads);
}

static void cont_walk_free(cont_walk *w) {
  free(w->forms);
  free(w->names.items);
  free(w->lwalk);
  free(w->lnum);
  free(w->bwalk);
  free(w->bnum);
  free(w->queue);
  free(w->swalk);
  free(w->spos);
  uint32_t *arrays[] = {w->bst1, w->bp1, w->bst2, w->bp2, w->pq, w->meets, w->lvis, w->stack,
                        w->dist, w->lst1, w->lp1, w->lst2, w->lp2, w->moved, w->own1, w->own2,
                        w->rstart, w->rfrom, w->lat, w->lreads, w->sat, w->sreads};
  for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++) free(arrays[i]);
}

/* Block k met in walk `walk`: its number in the walk, queued when first met (*qn blocks so
 * far). */
static uint32_t meet_block(cont_walk *w, uint32_t walk, size_t k, size_t *qn) {
  k = form_target(w, k);
  if (w->bwalk[k] != walk) {
    w->bwalk[k] = walk;
    w->bnum[k] = (uint32_t)*qn;
    w->queue[(*qn)++] = (uint32_t)k;
  }
  return w->bnum[k];
}

/* Blocks a (of side 1) and b (of side 2) met at one position of the walks: false when
 * either was paired with another; a pair of two blocks is queued to be read, one block both
 * sides reach is a meeting point (what follows is the same code). */
static bool pair_blocks(cont_walk *w, size_t a, size_t b, size_t *qn) {
  a = form_target(w, a);
  b = form_target(w, b);
  if (w->bst1[a] == w->cmp || w->bst2[b] == w->cmp)
    return w->bst1[a] == w->cmp && w->bst2[b] == w->cmp && w->bp1[a] == b && w->bp2[b] == a;
  w->bst1[a] = w->bst2[b] = w->cmp;
  w->bp1[a] = (uint32_t)b;
  w->bp2[b] = (uint32_t)a;
  if (a == b) {
    w->meets[w->nmeets++] = (uint32_t)a;
  } else {
    w->pq[2 * *qn] = (uint32_t)a;
    w->pq[2 * *qn + 1] = (uint32_t)b;
    ++*qn;
  }
  return true;
}

/* Locals a and b at one position: false when either was paired with another. */
static bool pair_locals(cont_walk *w, uint32_t a, uint32_t b) {
  if (w->lst1[a] == w->cmp || w->lst2[b] == w->cmp)
    return w->lst1[a] == w->cmp && w->lst2[b] == w->cmp && w->lp1[a] == b && w->lp2[b] == a;
  w->lst1[a] = w->lst2[b] = w->cmp;
  w->lp1[a] = b;
  w->lp2[b] = a;
  if (a != b) {
    w->moved[2 * w->nmoved] = a;
    w->moved[2 * w->nmoved + 1] = b;
    w->nmoved++;
  }
  return true;
}

/* Names n1 (side 1, state s1) and n2 (side 2, state s2) at one position: the same up to
 * renaming (see same_continuation). */
static bool same_name(cont_walk *w, size_t s1, size_t s2, const cname *n1, const cname *n2,
                      size_t *qn) {
  if (n1->kind != n2->kind) return false;
  switch ((name_kind)n1->kind) {
  case NAME_LOCAL:
    return pair_locals(w, n1->a, n2->a);
  case NAME_BLOCK:
    return pair_blocks(w, n1->a, n2->a, qn);
  case NAME_SAVED: {
    uint32_t o1 = w->own1[n1->a], o2 = w->own2[n2->a];
    return o1 || o2 ? o1 == o2 : n1->a == n2->a;
  }
  case NAME_STATE: {
    bool self1 = n1->a == s1, self2 = n2->a == s2;
    return self1 || self2 ? self1 && self2 : n1->a == n2->a;
  }
  default:
    return n1->a == n2->a && n1->b == n2->b;
  }
}

/* How block k first names the local or saved local `id` (kind NAME_LOCAL or NAME_SAVED):
 * a name_write, or -1 when it does not. */
static int first_use(const cont_walk *w, size_t k, uint32_t kind, uint32_t id) {
  const block_form *f = &w->forms[k];
  for (size_t i = 0; i < f->n; i++) {
    const cname *nm = &w->names.items[f->first + i];
    if (nm->kind == kind && nm->a == id) return (int)nm->b;
  }
  return -1;
}

/* Whether the local or saved local `id` (kind NAME_LOCAL or NAME_SAVED) may be read, from a
 * meeting point of the comparison on, before it is written whole: a search backwards from
 * the blocks that read it before writing it, over the terminators' edges, stopped at a block
 * that writes it whole (a call on its return edge only); true when it reaches a block paired
 * with itself. */
static bool live_at_meets(cont_walk *w, uint32_t kind, uint32_t id) {
  const uint32_t *at = kind == NAME_LOCAL ? w->lat : w->sat;
  const uint32_t *seeds = kind == NAME_LOCAL ? w->lreads : w->sreads;
  uint32_t stamp = ++w->lcmp;
  size_t top = 0;
  for (uint32_t i = at[id]; i < at[id + 1]; i++)
    if (w->lvis[seeds[i]] != stamp) w->lvis[seeds[i]] = stamp, w->stack[top++] = seeds[i];
  while (top) {
    uint32_t k = w->stack[--top];
    if (w->bst1[k] == w->cmp && w->bp1[k] == k) return true;
    for (uint32_t i = w->rstart[k]; i < w->rstart[k + 1]; i++) {
      uint32_t from = w->rfrom[i] >> 1;
      int how = first_use(w, from, kind, id);
      if (how == WRITE_WHOLE || how == WRITE_NONE || (how == WRITE_ON_RETURN && (w->rfrom[i] & 1)))
        continue; /* a reader is a seed already */
      if (w->lvis[from] != stamp) w->lvis[from] = stamp, w->stack[top++] = from;
    }
  }
  return false;
}

/*
 * Whether suspend states s1 and s2 (whose saved locals have the same types position by
 * position) continue the same way, walked side by side from their entries: each pair of
 * blocks at one position has the same shape and names alike (locals, blocks paired one to
 * one, each state's own saved locals by position, each state itself), until the two walks
 * reach one block at one position, which they then share (a loop's back edge leads both into
 * the same blocks, met in another order from each entry). What the paths carry into the
 * shared code must be the same: no local paired with another, nor saved local held at one
 * position by one state and another by the other, may be read there before it is written.
 */
static bool same_continuation(cont_walk *w, const resume_ctx *x, size_t s1, size_t s2) {
  const co_state *t1 = &x->co->states[s1], *t2 = &x->co->states[s2];
  if (t1->nfields != t2->nfields || t1->entry < 0 || t2->entry < 0 ||
      (size_t)t1->entry >= w->nb || (size_t)t2->entry >= w->nb ||
      !w->forms[t1->entry].present || !w->forms[t2->entry].present)
    return false;
  w->cmp++;
  w->nmeets = w->nmoved = 0;
  for (size_t i = 0; i < t1->nfields; i++) {
    w->own1[t1->fields[i]] = (uint32_t)i + 1;
    w->own2[t2->fields[i]] = (uint32_t)i + 1;
  }
  size_t qn = 0;
  bool ok = pair_blocks(w, (size_t)t1->entry, (size_t)t2->entry, &qn);
  for (size_t q = 0; ok && q < qn; q++) {
    const block_form *f1 = &w->forms[w->pq[2 * q]], *f2 = &w->forms[w->pq[2 * q + 1]];
    ok = f1->shape == f2->shape && f1->n == f2->n;
    for (size_t i = 0; ok && i < f1->n; i++)
      ok = same_name(w, s1, s2, &w->names.items[f1->first + i], &w->names.items[f2->first + i],
                     &qn);
  }
  for (size_t m = 0; ok && w->nmeets && m < w->nmoved; m++)
    ok = !live_at_meets(w, NAME_LOCAL, w->moved[2 * m]) &&
         !live_at_meets(w, NAME_LOCAL, w->moved[2 * m + 1]);
  for (size_t i = 0; ok && w->nmeets && i < t1->nfields; i++)
    if (t1->fields[i] != t2->fields[i])
      ok = !live_at_meets(w, NAME_SAVED, (uint32_t)t1->fields[i]) &&
           !live_at_meets(w, NAME_SAVED, (uint32_t)t2->fields[i]);
  for (size_t i = 0; i < t1->nfields; i++) w->own1[t1->fields[i]] = w->own2[t2->fields[i]] = 0;
  return ok;
}

/*
 * Continuation signature of suspend state s, for duplicate-suspend: the types of its saved
 * locals position by position, then the digest of its continuation's text (see cont_walk):
 * the blocks reached from its entry, in the order their edges are first met, each its shape
 * and its names as this walk numbers them.
 */
static char *suspend_signature(ms_arena *tmp, const ms_coroutine *co, size_t s, cont_walk *w) {
  digest d = {0, 0, 0};
  const co_state *st = &co->states[s];
  uint32_t walk = (uint32_t)s + 1, nlocals = 0;
  size_t qn = 0;
  for (size_t i = 0; i < st->nfields; i++) {
    w->swalk[st->fields[i]] = walk;
    w->spos[st->fields[i]] = (uint32_t)i;
  }
  if (st->entry >= 0 && (size_t)st->entry < w->nb && w->forms[st->entry].present)
    meet_block(w, walk, (size_t)st->entry, &qn);
  for (size_t q = 0; q < qn; q++) {
    const block_form *f = &w->forms[w->queue[q]];
    digest_add(&d, f->shape);
    for (size_t i = 0; i < f->n; i++) {
      const cname *nm = &w->names.items[f->first + i];
      uint64_t kind = nm->kind, v = nm->a;
      if (nm->kind == NAME_LOCAL) {
        if (w->lwalk[nm->a] != walk) w->lwalk[nm->a] = walk, w->lnum[nm->a] = nlocals++;
        v = w->lnum[nm->a];
      } else if (nm->kind == NAME_BLOCK) {
        v = meet_block(w, walk, nm->a, &qn);
      } else if (nm->kind == NAME_SAVED && w->swalk[nm->a] == walk) {
        kind = NAME_OWN, v = w->spos[nm->a];
      } else if (nm->kind == NAME_STATE && nm->a == s) {
        kind = NAME_SELF, v = 0;
      } else if (nm->kind == NAME_LIT_FIELD) {
        digest_add(&d, kind << 56 ^ nm->b); /* the field, then (below) the variant */
      }
      digest_add(&d, kind << 56 ^ v); /* v < 2^32 */
    }
  }
  size_t total = 64;
  for (size_t i = 0; i < st->nfields; i++) total += strlen(co->saved[st->fields[i]].type) + 1;
  char *sig = ms_arena_alloc(tmp, total);
  char *o = sig;
  for (size_t i = 0; i < st->nfields; i++) {
    const char *ty = co->saved[st->fields[i]].type;
    size_t l = strlen(ty);
    memcpy(o, ty, l);
    o += l;
    *o++ = ';';
  }
  snprintf(o, 64, "|%llu:%016llx%016llx", (unsigned long long)d.count, (unsigned long long)d.d1,
           (unsigned long long)d.d2);
  return sig;
}

/* Whether two signatures (suspend_signature) begin with the same saved types. */
static bool same_types(const char *a, const char *b) {
  const char *ea = strrchr(a, '|'), *eb = strrchr(b, '|');
  return ea && eb && ea - a == eb - b && !memcmp(a, b, (size_t)(ea - a));
}

/* The distance to Returned (returned_distances) from state s's entry. */
static uint32_t entry_distance(const cont_walk *w, const ms_coroutine *co, size_t s) {
  long e = co->states[s].entry;
  return e >= 0 && (size_t)e < w->nb && w->forms[e].present ? w->dist[form_target(w, (size_t)e)]
                                                              : UINT32_MAX;
}

/* Suspend states that hold the same types, await the same future type and continue the
 * same way (signatures compared in a scratch arena, not the crate's). */
void ms_find_duplicate_suspends(const resume_ctx *x, long *other) {
  const ms_coroutine *co = x->co;
  char **sig = ms_xcalloc(co->nstates ? co->nstates : 1, sizeof *sig);
  ms_arena tmp;
  ms_arena_init(&tmp);
  cont_walk w;
  cont_walk_init(&w, x);
  for (size_t s = 0; s < co->nstates; s++) {
    other[s] = -1;
    if (!strncmp(co->states[s].name, "Suspend", 7) && co->states[s].entry >= 0 &&
        !ms_poison_arm(co->states[s].arm))
      sig[s] = suspend_signature(&tmp, co, s, &w);
  }
  for (size_t s = 0; s < co->nstates; s++) {
    if (!sig[s]) continue;
    for (size_t r = 0; r < s; r++) {
      if (!sig[r]) continue;
      /* the same text read from each entry; else (a loop's back edge: blocks met in another
       * order) the same walked side by side, when the saved types and the distances to
       * Returned allow it (equal in any two that continue the same way) */
      if (strcmp(sig[r], sig[s]) &&
          !(same_types(sig[r], sig[s]) && entry_distance(&w, co, r) == entry_distance(&w, co, s) &&
            same_continuation(&w, x, r, s)))
        continue;
      other[s] = (long)r;
      break;
    }
  }
  cont_walk_free(&w);
  free(sig);
  ms_arena_release(&tmp);
}
