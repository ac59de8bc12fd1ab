/* prog.h: the .prog container that eicc writes and eicrun loads: a Model (model.h),
 * its training defaults and the LLVM bitcode of its kernels, in one checksummed file.
 *
 * The reader trusts nothing: it checks the magic, the version, every size, offset and
 * count (each bounded before anything is allocated), every checksum, that each
 * section is exactly as long as its counts say, and finally model_layout and
 * model_validate, so a model it returns is safe to execute. docs/prog-format.md is
 * the same layout with the reasons behind it.
 *
 * Byte layout, format version 11 (version 10's stage records had no program_noise,
 * stuck_low, stuck_high; version 9's no adc_levels, adc_range,
 * read_noise; version 8's no noise_at; version 7's
 * had no dropout; version 6
 * had no norm stages and buffers, and its
 * eic_forward and eic_backward ran every stage: they now take a range of stages, and
 * eic_norm and eic_norm_backward are new; version 5's binary stages had no parameter, the
 * learned thresholds, and its training defaults no weight_decay, label_smoothing and
 * warmup; version 4 had no precision in the training defaults
 * and its kernels took none; version 3's eic_gains took no range of work units;
 * version 2 had bitcode without eic_model_fingerprint; version 1 also had 48-byte
 * stages, without levels, range, hard): the container of container.h, whose rules (little-endian integers, f32 as
 * its bit pattern, name64, zlib's CRC-32, 8-byte aligned sections) hold here too, with
 *
 *   magic "EICPROG\0", format version 11, and as the header's word at 12 the LLVM
 *   major version that wrote the bitcode (the JIT checks it, not the reader);
 *   1..PROG_MAX_SECTIONS sections, of which ids 1 to 5 must each appear once; id 0
 *   is refused, and a reader skips any id above 5 (checked like the rest), so
 *   optional sections can be added without a new version.
 *
 *   Section 1, schedule: 120 + 16 B + 92 T bytes
 *     0  name64 network name
 *    64  u32    B, buffers, 1..MODEL_MAX_BUFS
 *    68  u32    T, stages, 2..MODEL_MAX_STAGES
 *    72  u32    logits K
 *    76  u32    input buffer
 *    80  u32    input_used
 *    84  u32    reserved, 0
 *    88  u64    param_count (floats), the sum over section 2
 *    96  u64    param_bytes, at most PROG_MAX_PARAM_BYTES
 *   104  u64    act_stride (floats per example)
 *   112  u64    macs per example
 *   120  B x 16 buffers:  u32 kind, width, used, offset
 *        T x 92 stages:   u32 kind, in, out, param, bi, bo, perm, used;
 *                         f32 threshold, noise, ste_lo, ste_hi;
 *                         u32 levels; f32 range; u32 hard; f32 dropout; u32 noise_at;
 *                         u32 adc_levels; f32 adc_range, read_noise, program_noise,
 *                         stuck_low, stuck_high
 *   The buffer offsets and act_stride are those model_layout gives: the kernels in
 *   the bitcode have them built in, so a reader that lays buffers out differently
 *   must refuse the file rather than run it.
 *
 *   Section 2, parameters: 8 + 112 P bytes
 *     0  u32    P, parameters, 0..MODEL_MAX_PARAMS
 *     4  u32    reserved, 0
 *     8  P x 112: name64 name; u32 init, rank, shape[4]; u64 count, offset;
 *                 f32 stddev, value
 *
 *   Section 3, training defaults: 136 bytes
 *     0  name64 dataset
 *    64  u32    epochs, batch, validation, schedule, every, eval_noise, precision
 *    92  u64    seed
 *   100  f32    lr, beta1, beta2, eps, min_lr, gamma, weight_decay, label_smoothing
 *   132  u32    warmup
 *
 *   Section 4, permutations: 8 + sum over permutations of (8 + 4 slots) bytes
 *     0  u32    Q, permutations, 0..MODEL_MAX_PERMS
 *     4  u32    reserved, 0
 *     8  Q records: u32 chunk, slots (2..CORE_N); u16 plus[slots]; u16 minus[slots]
 *
 *   Section 5, bitcode: the LLVM bitcode of the kernels (emit_llvm.h), as is.
 */
#ifndef EIC_PROG_H
#define EIC_PROG_H

#include "container.h"
#include "model.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
	PROG_VERSION = 13,
	PROG_HEADER_SIZE = CT_HEADER_SIZE,
	PROG_ENTRY_SIZE = CT_ENTRY_SIZE,
	PROG_MAX_SECTIONS = 16,
};

typedef enum {
	PROG_SEC_SCHEDULE = 1,
	PROG_SEC_PARAMS = 2,
	PROG_SEC_TRAINING = 3,
	PROG_SEC_PERMS = 4,
	PROG_SEC_BITCODE = 5,
	PROG_SEC_GATHERS = 6,
} ProgSection;

#define PROG_MAGIC "EICPROG" /* and its NUL: 8 bytes */
/* A bound no real network nears, low enough that no size computed from it overflows. */
#define PROG_MAX_PARAM_BYTES ((uint64_t)1 << 40)
/* prog_load refuses larger files: the bitcode of the reference network is a few MiB. */
#define PROG_MAX_FILE_SIZE ((size_t)1 << 30)

/* A loaded program. It owns the model's arrays and the bitcode: release with prog_free. */
typedef struct Prog {
	Model model;
	uint32_t llvm_major;
	unsigned char *bitcode;
	size_t bitcode_size;
} Prog;

/* Writes atomically (outfile.h), after reading its own image back with prog_parse, so
 * nothing is written that prog_load would refuse. Returns 0, or -1 with a one-line
 * reason in err that starts with the path. */
int prog_write(const char *path, const Model *m, uint32_t llvm_major, const void *bitcode, size_t size, char *err,
               size_t errlen);

/* Serialises to memory; the caller frees *out. The model is encoded as it is, not
 * validated (tests write invalid models this way); returns -1 only when it cannot be
 * encoded: a count above its bound or an unterminated name. */
int prog_serialize(const Model *m, uint32_t llvm_major, const void *bitcode, size_t size, unsigned char **out,
                   size_t *outlen);

/* Parses and validates a whole file image into p. On failure: false, a one-line
 * reason naming the field in err ("section 2 (params): count 9999 exceeds the limit
 * of 4096"), and p zeroed with nothing left allocated. */
bool prog_parse(const unsigned char *data, size_t n, Prog *p, char *err, size_t errlen);

/* Reads at most PROG_MAX_FILE_SIZE bytes of `path` and parses them; every message in
 * err starts with the path ("mnist.prog: bad magic (not a .prog file)"). */
bool prog_load(const char *path, Prog *p, char *err, size_t errlen);

/* Frees what prog_parse or prog_load allocated (not p itself) and zeroes p. */
void prog_free(Prog *p);

/* The fixed-layout records of the sections above, described once (container.h): the
 * schedule's fixed part, a buffer, a stage, a parameter, the training defaults. */
extern const CtRecord prog_schedule_record, prog_buffer_record, prog_stage_record, prog_param_record,
	prog_training_record;

#endif
