/* fuzz.h: what the libFuzzer harnesses share (make fuzz; tests/fuzz/local.mk).
 *
 * Each harness feeds one input to one reader and checks only what the sanitizers
 * check: no crash, no undefined behaviour, no leak. A reader that accepts an input
 * hands back state that the harness walks and frees, so a half-built result shows up
 * as a leak or a bad access there. */
#ifndef EIC_FUZZ_H
#define EIC_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A stream that discards what is written to it, opened once per process: the
 * printers and the diagnostics run in full, but the fuzzer's output stays readable. */
FILE *fuzz_null(void);

/* Writes data to a file of this process (one per slot, created on first use under
 * $TMPDIR) and returns its path, for the readers that take only a path. */
const char *fuzz_file(int slot, const uint8_t *data, size_t size);

/* Makes a container image (.prog, .chip: container.h) consistent where a mutation
 * breaks it most often: the file size at byte 16 becomes n, and every CRC whose bytes
 * lie inside the image is recomputed. So mutants reach the section readers instead of
 * stopping at a checksum. */
void fuzz_fix_container(unsigned char *p, size_t n);

/* The body of a container format's harness: parse(data), and when it refuses the
 * image, parse it again made consistent by fuzz_fix_container. parse returns whether
 * it accepted. */
void fuzz_container(const uint8_t *data, size_t size, bool (*parse)(const unsigned char *, size_t));

#endif
