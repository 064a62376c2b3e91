/*
 * Parsing many dump files on several threads, delivering the results in input order.
 *
 * Workers take files in order and parse each completely (all its parts); the caller's
 * thread hands the parts of file i to the callback only after those of files 0..i-1, so
 * output is identical whatever the number of threads.  Workers stay at most 2 * jobs files
 * ahead of the consumer, so memory is bounded by that window of files.  With one job (or
 * one file) files are streamed part by part on the caller's thread instead.
 */
#include "alloc.h"
#include "mirscope/mirscope.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  ms_doc **parts;
  size_t n, cap;
  const char *err; /* set when the file could not be read */
  bool done;
} Slot;

typedef struct {
  const char *const *paths;
  size_t npaths;
  Slot *slots;
  size_t next;     /* next file a worker takes */
  size_t consumed; /* files the consumer has finished */
  size_t window;
  bool stop;
  pthread_mutex_t mu;
  pthread_cond_t changed;
} Pool;

static int collect_part(ms_doc *doc, void *user) {
  Slot *s = user;
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 4;
    s->parts = ms_xrealloc(s->parts, s->cap * sizeof *s->parts);
  }
  s->parts[s->n++] = doc;
  return 0;
}

static void *worker(void *arg) {
  Pool *p = arg;
  for (;;) {
    pthread_mutex_lock(&p->mu);
    while (!p->stop && p->next < p->npaths && p->next >= p->consumed + p->window)
      pthread_cond_wait(&p->changed, &p->mu);
    if (p->stop || p->next >= p->npaths) {
      pthread_mutex_unlock(&p->mu);
      return NULL;
    }
    size_t i = p->next++;
    pthread_mutex_unlock(&p->mu);

    Slot *s = &p->slots[i];
    const char *err = NULL;
    if (ms_doc_parse_file_chunks(p->paths[i], collect_part, s, &err) < 0) s->err = err;

    pthread_mutex_lock(&p->mu);
    s->done = true;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->mu);
  }
}

int ms_parse_files(const char *const *paths, size_t npaths, int jobs, ms_chunk_fn fn,
                   ms_error_fn on_error, void *user) {
  int rc = 0;
  if (jobs < 1) jobs = 1;
  if ((size_t)jobs > npaths) jobs = (int)(npaths ? npaths : 1);
  if (jobs == 1) { /* stream each file part by part */
    for (size_t i = 0; i < npaths && !rc; i++) {
      const char *err = NULL;
      int r = ms_doc_parse_file_chunks(paths[i], fn, user, &err);
      if (r < 0 && on_error) on_error(paths[i], err ? err : "cannot read", user);
      else if (r > 0) rc = r;
    }
    return rc;
  }
  Pool p = {.paths = paths, .npaths = npaths, .window = 2 * (size_t)jobs};
  p.slots = ms_xcalloc(npaths, sizeof *p.slots);
  pthread_t *th = ms_xcalloc((size_t)jobs, sizeof *th);
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.changed, NULL);
  int started = 0;
  for (; started < jobs; started++)
    if (pthread_create(&th[started], NULL, worker, &p) != 0) break;
  if (started == 0) rc = -1;

  for (size_t i = 0; i < npaths && !rc; i++) {
    pthread_mutex_lock(&p.mu);
    while (!p.slots[i].done) pthread_cond_wait(&p.changed, &p.mu);
    pthread_mutex_unlock(&p.mu);
    Slot *s = &p.slots[i];
    size_t k = 0;
    for (; k < s->n && !rc; k++) rc = fn(s->parts[k], user); /* fn owns each part */
    for (; k < s->n; k++) ms_doc_free(s->parts[k]);
    if (s->err && on_error) on_error(paths[i], s->err, user);
    free(s->parts);
    s->parts = NULL;
    s->n = 0;
    pthread_mutex_lock(&p.mu);
    p.consumed = i + 1;
    pthread_cond_broadcast(&p.changed);
    pthread_mutex_unlock(&p.mu);
  }
  pthread_mutex_lock(&p.mu);
  p.stop = true;
  pthread_cond_broadcast(&p.changed);
  pthread_mutex_unlock(&p.mu);
  for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
  /* parts of files never consumed (the callback stopped early) */
  for (size_t i = 0; i < npaths; i++) {
    for (size_t k = 0; k < p.slots[i].n; k++) ms_doc_free(p.slots[i].parts[k]);
    free(p.slots[i].parts);
  }
  pthread_cond_destroy(&p.changed);
  pthread_mutex_destroy(&p.mu);
  free(p.slots);
  free(th);
  return rc;
}
