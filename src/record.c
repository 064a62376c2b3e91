/* A capture's record of its build (OUT/build.txt): reading it and finding it for an input. */
#define _POSIX_C_SOURCE 200809L
#include "record.h"

#include "mirscope/mirscope.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* dst = src, cut to cap - 1 bytes. */
static void copy_value(char *dst, size_t cap, const char *src) {
  size_t n = strlen(src);
  if (n >= cap) n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = 0;
}

int ms_build_record_read(const char *build_txt, ms_build_record *out) {
  memset(out, 0, sizeof *out);
  FILE *f = build_txt ? fopen(build_txt, "r") : NULL;
  if (!f) return 0;
  char line[4200];
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0;
    if (!strncmp(line, "target=", 7)) copy_value(out->target, sizeof out->target, line + 7);
    else if (!strncmp(line, "opt_level=", 10)) copy_value(out->opt_level, sizeof out->opt_level, line + 10);
    else if (!strncmp(line, "pointer_width=", 14)) out->pointer_width = atoi(line + 14);
    else if (!strncmp(line, "root=", 5)) copy_value(out->root, sizeof out->root, line + 5);
    else if (!strcmp(line, "lto=yes")) out->lto = 1;
    else if (!strncmp(line, "nm_linked=", 10)) copy_value(out->nm_linked, sizeof out->nm_linked, line + 10);
    else if (!strncmp(line, "nm_objects=", 11)) copy_value(out->nm_objects, sizeof out->nm_objects, line + 11);
  }
  fclose(f);
  if (!*out->target && !*out->opt_level && !out->pointer_width) { /* someone else's file */
    memset(out, 0, sizeof *out);
    return 0;
  }
  copy_value(out->path, sizeof out->path, build_txt);
  return 1;
}

/* The directory part of p ("" for a bare name), cut to cap - 1 bytes. */
static void dir_part(const char *p, char *out, size_t cap) {
  const char *slash = strrchr(p, '/');
  size_t n = slash ? (size_t)(slash - p) : 0;
  if (slash == p) n = 1; /* "/x": the root */
  if (n >= cap) n = cap - 1;
  memcpy(out, p, n);
  out[n] = 0;
}

int ms_build_record_find(const char *path, ms_build_record *out) {
  memset(out, 0, sizeof *out);
  if (!path || !strcmp(path, "-")) return 0;
  char dir[4096], probe[4200];
  struct stat st;
  bool exists = stat(path, &st) == 0, is_dir = exists && S_ISDIR(st.st_mode);
  if (exists && !is_dir) dir_part(path, dir, sizeof dir);
  else copy_value(dir, sizeof dir, path);
  for (int up = 0; up < 4; up++) {
    snprintf(probe, sizeof probe, "%s/build.txt", *dir ? dir : ".");
    if (ms_build_record_read(probe, out)) return 1;
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) break;
    *slash = 0;
  }
  /* where capture writes inside a project: `mirscope report .` in it finds its capture */
  static const char *const BELOW[] = {"target/mirscope/build.txt", "mirscope/build.txt"};
  for (size_t i = 0; is_dir && i < sizeof BELOW / sizeof *BELOW; i++) {
    snprintf(probe, sizeof probe, "%s/%s", path, BELOW[i]);
    if (ms_build_record_read(probe, out)) return 1;
  }
  return 0;
}

bool ms_capture_dir(char *dir) {
  char probe[4200];
  ms_build_record r;
  for (int up = 0; up < 5; up++) {
    if (!*dir) /* a relative path run out of components (`report dumps` in OUT): the cwd */
      return ms_build_record_read("build.txt", &r) == 1;
    snprintf(probe, sizeof probe, "%s/build.txt", dir);
    if (ms_build_record_read(probe, &r)) return true;
    char *slash = strrchr(dir, '/');
    if (slash == dir) break;
    if (slash) *slash = 0;
    else *dir = 0;
  }
  *dir = 0;
  return false;
}
