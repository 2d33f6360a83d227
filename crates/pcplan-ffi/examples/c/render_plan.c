/*
 * Validates a plan, prints the findings as JSON on standard output, and renders the plan to a file.
 *
 *   render_plan PLAN.json OUT.pdf [TODAY [FORMAT [FONT_DIR...]]]
 *
 * TODAY is the evaluation date YYYY-MM-DD (default: today's date from the system clock; pcplan itself never
 * reads the clock). FORMAT is pdf (default), html or md. Exits 0 on success, 1 on a pcplan error (printed on
 * standard error with its code, kind and JSON Pointer), 2 on a usage or file error.
 *
 * Build (see docs/ffi.md):
 *   cargo build -p pcplan-ffi --release
 *   cc -Icrates/pcplan-ffi/include crates/pcplan-ffi/examples/c/render_plan.c target/release/libpcplan.a -lm -lpthread -ldl -o render_plan
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common.h"
#include "pcplan.h"

int main(int argc, char **argv) {
  char today[11];
  const char *format = argc > 4 ? argv[4] : "pdf";
  size_t json_len = 0;
  unsigned char *json;
  pcplan_error *err;
  pcplan_engine *engine = NULL;
  pcplan_plan *plan = NULL;
  pcplan_buffer *findings = NULL;
  pcplan_buffer *document = NULL;
  pcplan_buffer *warnings = NULL;
  pcplan_result rc;
  int status = 1;

  if (argc < 3) {
    fprintf(stderr, "usage: %s PLAN.json OUT [TODAY [FORMAT [FONT_DIR...]]]\n", argv[0]);
    return 2;
  }
  if (argc > 3) {
    snprintf(today, sizeof today, "%s", argv[3]);
  } else {
    time_t now = time(NULL);
    strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
  }
  json = read_file(argv[1], &json_len);
  if (json == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  err = pcplan_error_new();
  if (err == NULL) {
    free(json);
    return 1;
  }

  {
    /* Zero what is not set, then say which version of the struct this is. */
    pcplan_engine_options engine_options = {0};
    engine_options.struct_size = sizeof engine_options;
    engine_options.font_dirs = (const char *const *)(argv + 5);
    engine_options.font_dirs_len = argc > 5 ? (size_t)(argc - 5) : 0;
    rc = pcplan_engine_new(&engine_options, &engine, err);
    if (rc != PCPLAN_OK) {
      report("pcplan_engine_new", rc, err);
      goto done;
    }
  }

  rc = pcplan_plan_from_json(json, json_len, &plan, err);
  if (rc != PCPLAN_OK) {
    report("pcplan_plan_from_json", rc, err);
    goto done;
  }

  {
    pcplan_validate_options options = {0};
    options.struct_size = sizeof options;
    options.today = today;
    rc = pcplan_validate(engine, plan, &options, &findings, err);
    if (rc != PCPLAN_OK) {
      report("pcplan_validate", rc, err);
      goto done;
    }
    /* The buffer is followed by a NUL, so JSON can be printed as a C string. */
    printf("%s\n", (const char *)pcplan_buffer_data(findings));
  }

  {
    pcplan_render_options options = {0};
    options.struct_size = sizeof options;
    options.format = format;
    options.document_date = today;
    rc = pcplan_render_with_warnings(engine, plan, &options, &document, &warnings, err);
    if (rc != PCPLAN_OK) {
      report("pcplan_render_with_warnings", rc, err);
      goto done;
    }
    if (write_file(argv[2], pcplan_buffer_data(document), pcplan_buffer_len(document)) != 0) {
      fprintf(stderr, "cannot write %s\n", argv[2]);
      status = 2;
      goto done;
    }
    fprintf(stderr, "pcplan %s: wrote %zu bytes of %s to %s\n", pcplan_version(), pcplan_buffer_len(document),
            format, argv[2]);
    /* What the render fell back on (missing translations, text in another language): codes and paths only. */
    fprintf(stderr, "render warnings: %s\n", (const char *)pcplan_buffer_data(warnings));
  }
  status = 0;

done:
  pcplan_buffer_free(document);
  pcplan_buffer_free(warnings);
  pcplan_buffer_free(findings);
  pcplan_plan_free(plan);
  pcplan_engine_free(engine);
  pcplan_error_free(err);
  free(json);
  return status;
}
