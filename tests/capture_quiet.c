/*
 * ms_capture through the library's API, for tests/capture_test.sh:
 *
 *   capture_quiet [--messages] MANIFEST OUT
 *
 * Captures the cargo project MANIFEST into OUT with progress on.  Without --messages no
 * callback is given, and the library must then write nothing at all to stderr.  With
 * --messages every message goes to stdout as `message: LINE` and every progress call as
 * `progress: N LINE` (`progress: N -` for the last one).  The last line on stdout is
 * `rc=N error=MESSAGE`; the exit status is 0 unless the arguments are wrong.  This binary is
 * also the capture's RUSTC_WRAPPER.
 */
#include <mirscope/mirscope.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_message(const char *line, void *user) {
  (void)user;
  printf("message: %s\n", line);
}

static void print_progress(size_t compiled, const char *line, void *user) {
  (void)user;
  printf("progress: %zu %s\n", compiled, line ? line : "-");
}

int main(int argc, char **argv) {
  if (getenv(MS_CAPTURE_CONFIG_ENV)) return ms_capture_wrapper_main(argc, argv);
  int messages = argc > 1 && !strcmp(argv[1], "--messages");
  if (argc != 3 + messages) {
    fprintf(stderr, "usage: capture_quiet [--messages] MANIFEST OUT\n");
    return 2;
  }
  ms_capture_options o = {.manifest_path = argv[1 + messages],
                          .out_dir = argv[2 + messages],
                          .progress = 1};
  if (messages) {
    o.on_message = print_message;
    o.on_progress = print_progress;
  }
  char err[1024];
  int rc = ms_capture(&o, err, sizeof err);
  printf("rc=%d error=%s\n", rc, err);
  return 0;
}
