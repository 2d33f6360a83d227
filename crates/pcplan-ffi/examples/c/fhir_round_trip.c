/*
 * Exports a plan as an HL7 eLTSS FHIR R4 Bundle, writes it to a file, imports the bundle back and writes the
 * imported plan; prints what the import could not map (a JSON array of FHIR paths, kinds and reasons) on
 * standard output.
 *
 *   fhir_round_trip PLAN.json BUNDLE_OUT.json PLAN_OUT.json [RECIPIENT]
 *
 * RECIPIENT (an id in the plan's `recipients`) exports that recipient's copy. Exits 0 on success, 1 on a pcplan
 * error (printed on standard error with its code, kind and path), 2 on a usage or file error.
 *
 * Build (see docs/ffi.md):
 *   cargo build -p pcplan-ffi --release
 *   cc -Icrates/pcplan-ffi/include crates/pcplan-ffi/examples/c/fhir_round_trip.c target/release/libpcplan.a -lm -lpthread -ldl -o fhir_round_trip
 */
#include <stdio.h>
#include <stdlib.h>

#include "common.h"
#include "pcplan.h"

int main(int argc, char **argv) {
  size_t json_len = 0;
  unsigned char *json;
  pcplan_error *err;
  pcplan_engine *engine = NULL;
  pcplan_plan *plan = NULL;
  pcplan_plan *imported = NULL;
  pcplan_buffer *bundle = NULL;
  pcplan_buffer *unmapped = NULL;
  pcplan_buffer *imported_json = NULL;
  pcplan_result rc;
  int status = 1;

  if (argc < 4) {
    fprintf(stderr, "usage: %s PLAN.json BUNDLE_OUT.json PLAN_OUT.json [RECIPIENT]\n", argv[0]);
    return 2;
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
  rc = pcplan_engine_new(NULL, &engine, err);
  if (rc != PCPLAN_OK) {
    report("pcplan_engine_new", rc, err);
    goto done;
  }
  rc = pcplan_plan_from_json(json, json_len, &plan, err);
  if (rc != PCPLAN_OK) {
    report("pcplan_plan_from_json", rc, err);
    goto done;
  }

  {
    /* Zero what is not set, then say which version of the struct this is. */
    pcplan_fhir_export_options options = {0};
    options.struct_size = sizeof options;
    options.recipient = argc > 4 ? argv[4] : NULL;
    rc = pcplan_fhir_export(engine, plan, &options, &bundle, err);
    if (rc != PCPLAN_OK) {
      report("pcplan_fhir_export", rc, err);
      goto done;
    }
    if (write_file(argv[2], pcplan_buffer_data(bundle), pcplan_buffer_len(bundle)) != 0) {
      fprintf(stderr, "cannot write %s\n", argv[2]);
      status = 2;
      goto done;
    }
  }

  {
    pcplan_fhir_import_options options = {0};
    options.struct_size = sizeof options;
    rc = pcplan_fhir_import(pcplan_buffer_data(bundle), pcplan_buffer_len(bundle), &options, &imported, &unmapped,
                            err);
    if (rc != PCPLAN_OK) {
      report("pcplan_fhir_import", rc, err);
      goto done;
    }
    rc = pcplan_plan_to_json(imported, &imported_json, err);
    if (rc != PCPLAN_OK) {
      report("pcplan_plan_to_json", rc, err);
      goto done;
    }
    if (write_file(argv[3], pcplan_buffer_data(imported_json), pcplan_buffer_len(imported_json)) != 0) {
      fprintf(stderr, "cannot write %s\n", argv[3]);
      status = 2;
      goto done;
    }
    /* The buffer is followed by a NUL, so JSON can be printed as a C string. */
    printf("%s\n", (const char *)pcplan_buffer_data(unmapped));
  }
  status = 0;

done:
  pcplan_buffer_free(imported_json);
  pcplan_buffer_free(unmapped);
  pcplan_buffer_free(bundle);
  pcplan_plan_free(imported);
  pcplan_plan_free(plan);
  pcplan_engine_free(engine);
  pcplan_error_free(err);
  free(json);
  return status;
}
