/* ckpt.h: checkpoints of trained parameters in the safetensors format of Hugging
 * Face, so that Python reads them without help from this code.
 *
 * Byte layout:
 *
 *     0  u64, little-endian   N, the length of the header
 *     8  N bytes              header: UTF-8 JSON, padded with spaces so that N is a
 *                             multiple of 8 (the data then start 8-aligned)
 *   8+N  data                 the tensors' bytes, little-endian float32, row-major
 *
 * The header is one JSON object. Each member but "__metadata__" is a tensor:
 *
 *   {"__metadata__": {"key": "string value", ...},
 *    "NAME": {"dtype": "F32", "shape": [d0, ...], "data_offsets": [begin, end]}, ...}
 *
 * begin and end are byte offsets into the data (not the file). The tensors tile the
 * data exactly: sorted by offset, each begins where the one before ends, the first
 * at 0 and the last ending at the end of the file. A shape may be [] (a scalar, one
 * float) and has at most 4 dimensions here. ckpt_write puts "__metadata__" first
 * (only when there is metadata) and the tensors in the order given, contiguous in
 * that order, so equal input gives byte-identical files.
 *
 * ckpt_load accepts any regular file that follows this, whoever wrote it, and refuses
 * every other: a file that cannot be one (a known magic such as EICPROG or EICCHIP at
 * byte 0, a header that does not start with '{') is "not a safetensors file (why)";
 * the header length is bounded (CKPT_MAX_HEADER) and checked against the file before
 * it is read, and the data by CKPT_MAX_DATA; the header must be valid UTF-8 and JSON; each tensor must be F32,
 * its shape's product must match its offsets, and the offsets must tile the data.
 * Members of a tensor entry other than the three above are ignored, as safetensors'
 * own reader does. */
#ifndef EIC_CKPT_H
#define EIC_CKPT_H

#include "model.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CKPT_MAX_HEADER ((uint64_t)100 * 1000 * 1000)
/* The most tensor data ckpt_load reads: what a .chip can hold (chip.h) and more. */
#define CKPT_MAX_DATA ((uint64_t)16 << 30)
enum { CKPT_MAX_RANK = 4 };

/* One tensor to write. data holds count floats (may be NULL when count is 0); count
 * must be the product of the shape's first `rank` entries (1 when rank is 0). */
typedef struct CkptTensor {
	const char *name;
	uint32_t rank;
	uint64_t shape[4];
	const float *data;
	uint64_t count;
} CkptTensor;

typedef struct CkptMeta {
	const char *key, *value;
} CkptMeta;

/* Writes the tensors, in the given order, and the string metadata atomically
 * (outfile.h). Names and keys must be distinct, non-empty UTF-8 and no tensor may be
 * called "__metadata__". Returns 0, or -1 with a one-line reason in err that starts
 * with the path; nothing is written then. */
int ckpt_write(const char *path, const CkptTensor *t, size_t nt, const CkptMeta *meta, size_t nmeta, char *err,
               size_t errlen);

/* A loaded, validated file. It owns everything the functions below return pointers
 * to, valid until ckpt_free. */
typedef struct Ckpt Ckpt;

/* Loads and validates a file; NULL with a one-line reason in err that names the path
 * and the tensor or field. The caller owns the result: release with ckpt_free. */
Ckpt *ckpt_load(const char *path, char *err, size_t errlen);

/* The floats of the tensor called `name` (non-NULL even when it holds none), or NULL
 * when there is none. rank, shape and count are filled when not NULL; shape entries
 * past rank are 0. */
const float *ckpt_tensor(const Ckpt *c, const char *name, uint32_t *rank, uint64_t shape[4], uint64_t *count);

/* A metadata value, or NULL when the key is absent. */
const char *ckpt_meta(const Ckpt *c, const char *key);

/* The tensors, in the order of the header: names 0 .. ckpt_count() - 1. */
size_t ckpt_count(const Ckpt *c);
const char *ckpt_name(const Ckpt *c, size_t i);

/* Copies the tensor PREFIX + name of every parameter of m into block (m->param_bytes
 * bytes, parameter p at byte params[p].offset). False, with a reason naming `path`
 * and the tensor, when one is missing or its shape is not the parameter's. */
bool ckpt_params(const Ckpt *c, const char *path, const Model *m, const char *prefix, float *block, char *err,
                 size_t errlen);

/* Frees c and everything it owns; NULL is allowed. */
void ckpt_free(Ckpt *c);

#endif
