/*
 * `mirscope report -f json PATH...` written with the public header alone, for
 * tests/api_report.sh (the library and the executable give the same report):
 *
 *   api_report PATH...
 *
 * A capture's build (ms_build_record_find), the type sizes found beside the dumps (scoped
 * to their directory), a capture's symbols (ms_inputs_symbols_path), every dump parsed and
 * added, and the JSON report with the input's errors counted as the CLI counts them.
 * Prints nothing else; exit 0, or 1 when the JSON cannot be written or memory runs out.
 */
#include <mirscope/mirscope.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void ignore_error(const char *path, const char *message, void *user) {
  (void)path, (void)message;
  ++*(size_t *)user;
}

int main(int argc, char **argv) {
  const char *const *paths = (const char *const *)argv + 1;
  size_t npaths = (size_t)argc - 1, errors = 0;
  ms_build_record rec = {0};
  for (size_t i = 0; i < npaths && !ms_build_record_find(paths[i], &rec); i++) continue;
  ms_crate_options o = {.pointer_width = rec.pointer_width,
                        .target = *rec.target ? rec.target : NULL,
                        .opt_level = *rec.opt_level ? rec.opt_level : NULL};
  ms_inputs *in = ms_inputs_collect(paths, npaths, ignore_error, &errors);
  ms_crate *c = in ? ms_crate_new(&o) : NULL;
  if (!c) return 1;
  for (size_t i = 0; i < ms_inputs_type_sizes_count(in); i++) {
    const char *p = ms_inputs_type_sizes_path(in, i), *slash = strrchr(p, '/'), *err = NULL;
    char scope[4096];
    snprintf(scope, sizeof scope, "%.*s", slash ? (int)(slash - p) : 0, p);
    if ((*scope ? ms_crate_add_type_sizes_scoped(c, p, scope, &err)
                : ms_crate_add_type_sizes_file(c, p, &err)) < 0)
      errors++;
  }
  for (size_t i = 0; *rec.path && i < ms_inputs_symbols_count(in); i++) {
    const char *scope = "", *err = NULL, *p = ms_inputs_symbols_path(in, i, &scope);
    if ((*scope ? ms_crate_add_symbols_scoped(c, p, scope, &err)
                : ms_crate_add_symbols_file(c, p, &err)) < 0)
      errors++;
  }
  for (size_t i = 0; i < ms_inputs_count(in); i++) {
    const char *err = NULL;
    ms_doc *d = ms_doc_parse_file(ms_inputs_path(in, i), &err);
    if (!d) {
      errors++;
      continue;
    }
    errors += ms_doc_error_count(d);
    ms_crate_add_doc(c, d);
    ms_doc_free(d);
  }
  ms_inputs_free(in);
  ms_crate_finish(c);
  ms_report_options ro = {.input_errors = errors};
  int rc = ms_crate_write_json_with(c, stdout, &ro);
  ms_crate_free(c);
  return rc == 0 ? 0 : 1;
}
