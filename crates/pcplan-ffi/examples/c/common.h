/* Helpers shared by the C examples: reporting a pcplan error, reading a file. */
#ifndef PCPLAN_EXAMPLE_COMMON_H
#define PCPLAN_EXAMPLE_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#include "pcplan.h"

/* Prints what went wrong, from the caller-owned error object. */
static void report(const char *what, pcplan_result code, const pcplan_error *err) {
  size_t len = 0;
  char *message = NULL;
  char path[256] = "";
  size_t path_len = 0;
  if (pcplan_error_message(err, NULL, 0, &len) == PCPLAN_BUFFER_TOO_SMALL) {
    message = malloc(len + 1);
    if (message != NULL && pcplan_error_message(err, message, len + 1, &len) != PCPLAN_OK) {
      message[0] = '\0';
    }
  }
  if (pcplan_error_path(err, path, sizeof path, &path_len) != PCPLAN_OK) {
    path[0] = '\0';
  }
  fprintf(stderr, "%s failed: code %u (%s)%s%s: %s\n", what, (unsigned)code, pcplan_error_kind(err),
          path[0] ? " at " : "", path, message ? message : "");
  free(message);
}

/* Reads a whole file; returns NULL on failure. */
static unsigned char *read_file(const char *name, size_t *len) {
  FILE *f = fopen(name, "rb");
  unsigned char *data = NULL;
  long size;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    data = malloc((size_t)size + 1);
    if (data != NULL && fread(data, 1, (size_t)size, f) != (size_t)size) {
      free(data);
      data = NULL;
    }
    *len = (size_t)size;
  }
  fclose(f);
  return data;
}

/* Writes `len` bytes to a file; returns 0 on success. */
static int write_file(const char *name, const unsigned char *data, size_t len) {
  FILE *out = fopen(name, "wb");
  if (out == NULL) return -1;
  if (fwrite(data, 1, len, out) != len) {
    fclose(out);
    return -1;
  }
  return fclose(out) == 0 ? 0 : -1;
}

#endif
