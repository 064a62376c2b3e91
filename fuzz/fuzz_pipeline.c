/*
 * libFuzzer harness over the whole pipeline: parse -> model -> JSON report.
 * Built by fuzz/run (clang -fsanitize=fuzzer,address,undefined); seeds come from corpus/.
 */
#include <mirscope/mirscope.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  ms_doc *doc = ms_doc_parse("fuzz.mir", (const char *)data, size);
  if (!doc) return 0;
  for (size_t i = 0; i < ms_doc_diag_count(doc); i++) {
    const ms_diag *d = ms_doc_diag(doc, i);
    (void)ms_diag_line(d);
  }
  ms_crate *c = ms_crate_new(NULL);
  if (c) {
    ms_crate_add_doc(c, doc);
    ms_crate_finish(c);
    FILE *null = fopen("/dev/null", "w");
    if (null) {
      ms_crate_write_json(c, null);
      fclose(null);
    }
    ms_crate_free(c);
  }
  ms_doc_free(doc);
  return 0;
}
