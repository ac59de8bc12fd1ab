/* kinds.h: the kinds of buffers and stages, one table each, shared by the compiler's
 * schedule (compiler/schedule.h), the runtime's model (model.h) and the .prog file,
 * which stores a kind as its row's position: rows are appended, never reordered.
 * The initialisers and learning-rate schedules the two sides share are here too.
 *
 * Adding a stage kind is adding a row. Every switch over StageKind lists every kind
 * and has no default, so the -Werror build (-Wswitch) then names each place that
 * must handle the new one: lowering and its printers, the kernels, the reference
 * executor, model validation, the cost model and the chip emitter. */
#ifndef EIC_KINDS_H
#define EIC_KINDS_H

#include "chip.h"

#include <stdbool.h>
#include <stdint.h>

/* X(ID, name, what it holds on the chip (ChipBufKind; 0: nothing, the logits are the
 *   readout itself), whether a crossbar can read it (integers: codes or spikes)) */
#define KINDS_BUFFERS(X)                                                                                    \
	X(INPUT, "input", CHIP_BUF_PIXELS, true)          /* the example, scaled to [0,1], zero-padded */     \
	X(PARTIALS, "partials", CHIP_BUF_PARTIALS, false) /* y[i,j,k]: one 256-vector per tile (Bo x Bi) */    \
	X(ACCUMULATED, "accumulated", CHIP_BUF_SUMS, false) /* z[i,k]: partials summed, times the gain */     \
	X(SPIKES, "spikes", CHIP_BUF_SPIKES, true)        /* binary neuron outputs, 0 or 1 */                 \
	X(PERMUTED, "permuted", CHIP_BUF_SIGNED, true)    /* permute outputs */                               \
	X(LOGITS, "logits", 0, false)                     /* the first K accumulated outputs of the readout */ \
	X(NORMALIZED, "normalized", 0, false)             /* batch-normalised sums: folded into the neurons */ \
	X(GATHERED, "gathered", 0, false)                 /* a gather's outputs: patches, pooled or flattened */

/* X(ID, name, the kind of buffer it writes, the chip instruction it becomes; 0: none,
 *   folded into the next stage's) */
#define KINDS_STAGES(X)                                                                                     \
	X(LOAD, "load", INPUT, CHIP_OP_LOAD)              /* input -> x: pad to whole blocks */               \
	X(TILES, "tiles", PARTIALS, CHIP_OP_MVM)          /* crossbar products, one core per tile */          \
	X(ACCUMULATE, "accumulate", ACCUMULATED, CHIP_OP_ACC) /* sum over input blocks, gain, mask padding */ \
	X(BINARY, "binary", SPIKES, CHIP_OP_NEURON)       /* noisy threshold neuron */                        \
	X(PERMUTE, "permute", PERMUTED, CHIP_OP_PERMUTE)  /* permutation of slots within each block */        \
	X(READOUT, "readout", LOGITS, CHIP_OP_READOUT)    /* logits: the readout's first K accumulated outputs */ \
	X(NORM, "norm", NORMALIZED, 0)                    /* batch normalisation of a binary's input */ \
	X(GATHER, "gather", GATHERED, CHIP_OP_GATHER)     /* values picked by an index table, a window reduced */

#define KINDS_ENUM_BUF(id, ...) BUF_##id,
typedef enum { KINDS_BUFFERS(KINDS_ENUM_BUF) BUF__COUNT } BufKind;
#undef KINDS_ENUM_BUF
#define KINDS_ENUM_STAGE(id, ...) STAGE_##id,
typedef enum { KINDS_STAGES(KINDS_ENUM_STAGE) STAGE__COUNT } StageKind;
#undef KINDS_ENUM_STAGE

typedef struct BufInfo {
	const char *name;
	ChipBufKind chip; /* 0: none */
	bool integer;     /* a crossbar can read it */
} BufInfo;

typedef struct StageInfo {
	const char *name;
	BufKind out;
	ChipOp chip_op;
} StageInfo;

extern const BufInfo kinds_buf[BUF__COUNT];
extern const StageInfo kinds_stage[STAGE__COUNT];

/* How a parameter is initialised (DESIGN.md section 2); INIT_NORM: a norm's statistics
 * [4, width], the rows gamma 1, beta 0, running mean 0, running variance 1. */
typedef enum { INIT_XAVIER_NORMAL, INIT_CONSTANT, INIT_NORM, INIT__COUNT } InitKind;

/* How a gather stage reduces the window of values each output reads (model.h) */
typedef enum { GATHER_MEAN, GATHER_MAX, GATHER__COUNT } GatherOp;

/* The learning-rate schedules, in the order the language's words list them. */
typedef enum { LR_CONSTANT, LR_COSINE, LR_STEP, LR__COUNT } LrSchedule;

/* The precision of training's dense products (model_bf16): fp32, or bf16 operands with
 * fp32 accumulation. Evaluation and the weights are always fp32. */
typedef enum { PREC_FP32, PREC_BF16, PREC__COUNT } Precision;

/* Where a binary neuron's noise sits (docs/chip.md §3): after the accumulator's gain and
 * a norm, on z (the seed's model: sigma in units of z), or at the comparator, on the
 * accumulated sum u before the gain (sigma in units of u: z sees |a g| sigma). */
typedef enum { NOISE_AT_GAIN, NOISE_AT_COMPARATOR, NOISE_AT__COUNT } NoiseAt;

/* The .prog stores these kinds in u32 fields (docs/prog-format.md). */
_Static_assert(sizeof(BufKind) == 4 && sizeof(StageKind) == 4 && sizeof(InitKind) == 4 && sizeof(LrSchedule) == 4
                   && sizeof(Precision) == 4 && sizeof(NoiseAt) == 4
                   && sizeof(GatherOp) == 4,
               "kinds are stored as u32");

#endif
