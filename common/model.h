/* model.h: the schedule as the runtime sees it: flat, pointer-free records that the
 * compiler fills from its schedule (compiler/flatten.c), the .prog container
 * carries (prog.h), and both executors of a .prog run: the JIT-compiled kernels and
 * the plain-C reference executor (runtime/refexec.c). The chip simulator never sees
 * it: it runs the .chip (chip.h) alone.
 *
 * The math of each stage is DESIGN.md section 2; docs/schedule.md says how the
 * compiler lowers a network into these stages. All widths are per example.
 *
 * Activations: one record of `act_stride` values (floats for the kernels, doubles for
 * the reference executor) per example, buffer b at float
 * offset bufs[b].offset in it (model_layout fills the offsets); gradients with
 * respect to activations use the same layout. A buffer holds `positions` rows of
 * `width` values each (an image's positions, row-major: position p = y W + x; 1 for
 * a vector), row p at p * width. Every stage but gather reads and writes buffers of
 * the same positions and computes each row as its formula below computes one example:
 * it runs over batch * positions rows, row r = b * positions + p, sharing its
 * parameters across them (a convolution is a dense layer applied at every position);
 * a batch's sums and statistics (gradients, a norm's mean and variance) run over all
 * rows, in row order, and the noise streams are indexed by row (rng_row's example). Parameters: one block of
 * `param_bytes` bytes, parameter p a float32 array at byte offset params[p].offset. */
#ifndef EIC_MODEL_H
#define EIC_MODEL_H

#include "cell.h"
#include "container.h"
#include "kinds.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
	MODEL_NAME_MAX = 64,    /* names, NUL included */
	MODEL_NONE = 0xffffffffu, /* "no buffer / parameter / permutation" */
	/* bounds every reader enforces */
	MODEL_MAX_BUFS = 4096,
	MODEL_MAX_STAGES = 4096,
	MODEL_MAX_PARAMS = 4096,
	MODEL_MAX_PERMS = 1024,
	MODEL_MAX_BLOCKS = 256, /* widths up to 65536 */
	MODEL_MAX_GATHERS = 1024,
	MODEL_MAX_POSITIONS = 65536,   /* an image's positions */
	MODEL_MAX_WINDOW = 1024,       /* values one gather output reduces */
	MODEL_MAX_GATHER_INDEX = 1u << 26, /* entries of one gather table */
};
/* Batch normalisation (the norm stage): the variance's epsilon, and the weight of a
 * batch's statistics in the running ones */
#define MODEL_NORM_EPS 1e-5f
#define MODEL_NORM_MOMENTUM 0.1f

/* The training defaults' bounds: those of the language (compiler/lang.c) and of
 * eicrun's options, so a .prog never asks for more than a source could. */
#define MODEL_MAX_EPOCHS 100000u
#define MODEL_MAX_BATCH 65536u
#define MODEL_MAX_VALIDATION 1000000u
#define MODEL_MAX_SEED 4294967295ull
#define MODEL_MAX_PARAM_BYTES (1ull << 36) /* 64 GiB: far above any chip, far below overflow */
#define MODEL_MAX_ACT_STRIDE (1ull << 31)  /* floats per example */

/* What each stage kind (kinds.h) computes on the model's buffers:
 *   load        the runtime writes the example into `out`, zero-padded; with dropout p > 0,
 *               training then multiplies each value by keep / (1 - p), as a binary's below
 *   tiles       out[i,j,k] = sum_l W[i,j,k,l] in[j,l], but 0 where the accumulate after it masks
 *               output i N + k (>= its used); W = param [bo,bi,N,N]; with levels > 0,
 *               W quantized per tile, and the forward pass computes s * sum_l code * in, the
 *               codes' sum first (model_code), as the chip's crossbar does. Each such sum P
 *               is then read as the chip's ADC reads it (adc.h's adc_read): P + read_noise * R *
 *               eps with the noise on (eps drawn from the stream of the tiles stage itself,
 *               element t*N + k of tile t), then, with adc_levels > 0, the code
 *               a = adc_code(P) and out = (s * D) * a, D = adc_step; the backward
 *               pass takes the read as the identity (straight through). With programming
 *               noise or stuck cells, the codes are those of a programmed chip instance
 *               (cell.h's cell_program, drawn for the core model_first_core + tile), in the
 *               forward and the backward pass alike
 *   accumulate  out[i,k] = (sum_j in[i,j,k]) * sum_m A[i,m,k], 0 for k >= used; A = param [bo,N,N]
 *   binary      out = 1 if in + noise*n[k]*eps >= threshold else 0, and 0 past out's `used` (padding
 *               stays zero); n[k] = 1 with noise_at gain, else |g[k] a[k]|: the gain g of the
 *               accumulate before it and the factor a of a norm between (1 without), so that
 *               the noise sits on the accumulated sum before them (model_noise_gain); gradient (STE) where ste_lo <= in <= ste_hi. With a param T [width]
 *               (a learned threshold), threshold T[k] for neuron k and the window on in - T[k];
 *               dT[k] = -sum over the batch of the gradient that passes. With dropout p > 0,
 *               training multiplies each output by keep / (1 - p) (model_dropout_scale), keep
 *               0 with probability p (rng.h's rng_kept), and the gradient of the output by
 *               the same before the window; evaluation keeps every output
 *   permute     per block, out slot r = a(tau) * (in slot plus[r] - in slot minus[r]);
 *               hard: a = 1 (tau -> infinity, as on the chip)
 *   readout     out[k] = in[k], k < logits
 *   norm        out[k] = a[k] in[k] + c[k], 0 past `used`; param [4, width]: gamma, beta, the
 *               running mean and variance. Training: a = gamma / sqrt(var_B + eps), c = beta - a
 *               mean_B, from the batch's mean and (biased) variance per neuron, and the running
 *               statistics move by MODEL_NORM_MOMENTUM towards them (the variance's unbiased);
 *               evaluation: the same with the running statistics. Always right before the
 *               binary stage that reads its output, into whose neurons the .chip folds it
 *   gather      per example, out row p, value k < out's used: the window of `window` values
 *               in[idx[(p used + k) window + w]], w < window, of gather table `gather` (an index
 *               into the example's whole input buffer, positions x width; -1 reads 0), reduced
 *               by `gather_op`: mean (their sum / window; window 1 copies) or max; values past
 *               `used` are 0. Backward: the mean's delta / window to every index; the max's to
 *               the first value of the window that equals the maximum (none to a -1). It
 *               lays out a convolution's patches (im2col), pools, and flattens an image */

typedef struct ModelBuffer {
	BufKind kind;
	uint32_t width;  /* floats, a multiple of CORE_N except for logits */
	uint32_t used;   /* floats that carry values; the rest are zero */
	uint32_t offset; /* into an example's activation record (model_layout) */
	uint32_t positions; /* rows of `width` floats: an image's positions; 1 for a vector */
} ModelBuffer;

typedef struct ModelStage {
	StageKind kind;
	uint32_t in;    /* buffer, or MODEL_NONE for load */
	uint32_t out;   /* buffer */
	uint32_t param; /* W, A, tau, learned thresholds or norm statistics; MODEL_NONE when none */
	uint32_t bi, bo; /* blocks in and out */
	uint32_t perm;  /* STAGE_PERMUTE: index into perms */
	uint32_t used;  /* STAGE_ACCUMULATE: outputs kept; the rest masked to 0 */
	float threshold, noise, ste_lo, ste_hi; /* STAGE_BINARY */
	float dropout;   /* STAGE_LOAD, STAGE_BINARY: the probability that training drops a value (0 <= p < 1) */
	uint32_t levels; /* STAGE_TILES: 2^(bits-1) - 1 of the chip's weight_bits; 0: float */
	float range;     /* STAGE_TILES: clipping range of the weights (chip weight_range) */
	uint32_t hard;   /* STAGE_PERMUTE: 1 for the chip's hard permutation */
	NoiseAt noise_at; /* STAGE_BINARY: where the noise sits (model_noise_gain) */
	uint32_t adc_levels; /* STAGE_TILES: 2^(bits-1) - 1 of the chip's adc_bits; 0: sums read exactly */
	float adc_range;     /* STAGE_TILES: R, the ADC's full scale in units of code x input; 0 without */
	float read_noise;    /* STAGE_TILES: sigma of the read noise relative to R; 0: none */
	float program_noise; /* STAGE_TILES: sigma of each cell's relative programming error (cell.h); 0: none */
	float stuck_low, stuck_high; /* STAGE_TILES: fractions of cells stuck at level 0 and at L */
	uint32_t gather;    /* STAGE_GATHER: index into gathers */
	uint32_t window;    /* STAGE_GATHER: values each output reduces, 1..MODEL_MAX_WINDOW */
	GatherOp gather_op; /* STAGE_GATHER: how it reduces them */
} ModelStage;

typedef struct ModelParam {
	char name[MODEL_NAME_MAX]; /* dense1.weights, dense1.acc, permute1.tau */
	InitKind init;
	uint32_t rank;  /* 0 to 4 */
	uint32_t shape[4];
	uint64_t count;  /* floats */
	uint64_t offset; /* bytes into the parameter block, a multiple of 64 */
	float stddev;    /* xavier: of the normal before truncation at +-2 stddev */
	float value;     /* constant */
} ModelParam;

typedef CtPerm ModelPerm; /* chunk * slots = CORE_N; the first `slots` entries of plus, minus */

/* The index table of a gather stage: out positions x out used x window entries */
typedef struct ModelGather {
	uint32_t count;
	int32_t *index; /* into the example's input buffer (positions x width), or -1: a 0 */
} ModelGather;

typedef struct ModelTrain {
	char dataset[MODEL_NAME_MAX];
	uint32_t epochs, batch, validation;
	uint64_t seed;
	LrSchedule schedule;
	uint32_t every;     /* step schedule: epochs between decays */
	float lr, beta1, beta2, eps, min_lr, gamma;
	float weight_decay;  /* lambda of AdamW, >= 0: on the parameters model_decays names */
	float label_smoothing; /* 0 <= s < 1: the training loss's targets (refexec.h's ref_loss) */
	uint32_t warmup;       /* epochs over which the rate rises linearly to the schedule's */
	uint32_t eval_noise; /* 0 or 1 */
	Precision precision; /* of training's dense products */
} ModelTrain;

typedef struct Model {
	char name[MODEL_NAME_MAX];
	uint32_t nbufs, nstages, nparams, nperms, ngathers;
	uint32_t logits;     /* K */
	uint32_t input;      /* the buffer load writes */
	uint32_t input_used; /* the example's values (before padding) */
	uint64_t param_count, param_bytes;
	uint64_t act_stride; /* floats per example (model_layout) */
	uint64_t macs;       /* multiply-accumulates per example, from the schedule */
	ModelBuffer *bufs;
	ModelStage *stages;
	ModelParam *params;
	ModelPerm *perms;
	ModelGather *gathers;
	ModelTrain train;
} Model;

/* Gives each buffer its offset in the activation record (each rounded up to 16
 * floats) and sets act_stride. */
void model_layout(Model *m);

/* Floats of buffer b per example: its positions times its width */
uint64_t model_buf_floats(const ModelBuffer *b);

/* Checks every index, width, shape, offset and permutation for consistency; on the
 * first problem writes a one-line reason to err and returns false. Readers call it
 * before anything trusts the model. */
bool model_validate(const Model *m, char *err, size_t errlen);

/* Whether the `count` floats of every parameter of m in block (parameter p at byte
 * params[p].offset) are finite; else false with "PATH: tensor PREFIXNAME holds a value
 * that is not finite at index I" in err. */
bool model_check_finite(const Model *m, const char *path, const char *prefix, const float *block, char *err,
                        size_t errlen);

/* A 64-bit FNV-1a hash of everything of m that its kernels build in: the name, the
 * counts, every buffer, stage, parameter and permutation field by field (floats by
 * their bits), but not the training defaults, which the kernels do not read. eicc's
 * code generator stores it in the bitcode as eic_model_fingerprint, and the JIT
 * refuses bitcode whose fingerprint is not the loaded model's: the sections of a
 * .prog are then known to come from one compilation. */
uint64_t model_fingerprint(const Model *m);

/* a(tau) of the permute stage: (e^tau - 1) / (e^tau + slots - 1), and d a / d tau. */
float model_permute_gain(float tau, uint32_t slots);
float model_permute_gain_grad(float tau, uint32_t slots);

/* Quantization of a tile's weights, as the chip stores them: levels L per sign, one
 * scale per tile, s = min(range, max |w| over the tile) / L (the tile's largest weight
 * takes the top level unless the range clips it), and
 *     q(w) = clamp(rint(w * (1/s)), -L, L) * s,
 * each step in float, in this order: the kernels repeat it bit for bit. Training
 * passes gradients straight through (dL/dw = dL/dq). A tile of zeros has s = 0 and
 * q = 0. */
float model_tile_scale(const float *w, size_t count, float range, uint32_t levels);
float model_quantize(float w, float scale, uint32_t levels);
/* The integer code of q(w): clamp(rint(w * (1/s)), -L, L), so q(w) = code * s. */
int32_t model_code(float w, float scale, uint32_t levels);

/* The index of tile 0 of tiles stage `stage` among every tile of m, in stage order
 * (tile [i, j] is i Bi + j): the core that holds it in the .chip */
uint64_t model_first_core(const Model *m, uint32_t stage);
/* The cells of tiles stage st (cell.h) */
CellModel model_cells(const ModelStage *st);
/* Whether training needs the delta of buffer b: not that of the input, nor of a gather
 * reading a buffer whose delta it does not need (a first convolution's patches); the
 * kernels' backward pass leaves those deltas unwritten */
bool model_wants_delta(const Model *m, uint32_t b);

/* Whether some tiles stage of m programs its cells: programming noise or stuck cells */
bool model_programmed(const Model *m);

/* The chip settings of the tiles stages that the kernels read at run time, from the
 * bitcode's global array eic_knobs (MODEL_KNOBS floats per stage, the stage's own
 * settings as eicc compiled them), so that eicrun can evaluate the same weights under
 * other settings without a compilation (--sweep). Per stage s, at s * MODEL_KNOBS:
 *   MODEL_KNOB_SIGMA       read_noise * adc_range, the read noise's sigma
 *   MODEL_KNOB_ADC_LEVELS  adc_levels (0: no ADC)
 *   MODEL_KNOB_ADC_STEP    adc_step(adc_range, adc_levels) with an ADC, else 1
 *   MODEL_KNOB_ADC_INV     1 / MODEL_KNOB_ADC_STEP
 *   MODEL_KNOB_PROGRAM     program_noise
 *   MODEL_KNOB_CUT_LOW     model_cells' cut_low, MODEL_KNOB_CUT_HIGH its cut_high
 * (every value exact in float: cuts are below 2^25). A stage without levels has all
 * zero but the steps; its kernels read none of them. A stage with an ADC or read noise
 * (adc_range > 0) has the read path built in, which the knobs turn on and off; any
 * stage with levels can be programmed. */
enum {
	MODEL_KNOB_SIGMA,
	MODEL_KNOB_ADC_LEVELS,
	MODEL_KNOB_ADC_STEP,
	MODEL_KNOB_ADC_INV,
	MODEL_KNOB_PROGRAM,
	MODEL_KNOB_CUT_LOW,
	MODEL_KNOB_CUT_HIGH,
	MODEL_KNOBS
};
/* m->nstages * MODEL_KNOBS floats of knobs, from m's stages */
void model_knobs(const Model *m, float *knobs);
/* Whether tiles stage st has the read path built in: an ADC or read noise when compiled */
bool model_has_read(const ModelStage *st);

/* Whether tiles stage st reads the input's pixels through its read path (model_has_read):
 * then its forward pass multiplies the codes by each input's pixel code
 * model_pixel_code(x) = rint(x * 255) (the runtime's x is pixel * (1/255)) and reads
 * p = P * (1/255) of the exact integer sum P, as the chip does with its input codes. */
bool model_reads_pixels(const Model *m, const ModelStage *st);
float model_pixel_code(float x);
#define MODEL_PIXEL_LEVELS 255.0f

/* x rounded to bfloat16 (float's sign and exponent, 8 significant bits), to nearest
 * with ties to even, as a float: what a bf16 product reads of each operand (a NaN
 * stays a NaN). Training in bf16 rounds the operands of every tiles stage's products:
 * the weights, the tiles' input unless a binary stage wrote it (0 and 1 are exact),
 * and the delta of the accumulate's output; sums, gains and everything else stay fp32. */
float model_bf16(float x);
/* Whether bf16 training rounds buffer buf when a tiles stage reads it: unless a binary
 * stage without dropout writes it. */
bool model_rounds_input(const Model *m, uint32_t buf);

/* Whether weight decay (ModelTrain.weight_decay) applies to parameter p: to the weights
 * and gains of the dense layers (tiles and accumulate stages), not to the taus,
 * learned thresholds and norms. */
bool model_decays(const Model *m, uint32_t p);

/* Dropout (a binary stage's): 1 / (1 - p) in float, the factor of the outputs it
 * keeps; the cut floor(p 2^24) of rng.h's rng_kept; and what is added to the stage's
 * index for the noise stream of its mask (stages < 2^23). */
float model_dropout_scale(float p);
uint64_t model_dropout_cut(float p);
#define MODEL_DROPOUT_STREAM (1u << 23)

/* A norm stage's factor and offset for one neuron, out = a in + c, in float in this
 * order (the kernels repeat it): a = gamma / sqrt(max(var, 0) + MODEL_NORM_EPS) and
 * c = beta - a mean, from a batch's statistics in training, the running ones after. */
float model_norm_scale(float gamma, float var);
float model_norm_shift(float beta, float a, float mean);

/* The accumulate stage whose gain scales the noise of binary stage s when it sits at
 * the comparator: the stage right before s, or before the norm right before s; MODEL_NONE
 * when s reads neither (model_validate refuses that with noise_at comparator). The norm
 * is stage s - 1 when that is a norm. */
uint32_t model_noise_gain(const Model *m, uint32_t s);

/* Frees the arrays of a model that a reader allocated (not the Model itself). */
void model_free(Model *m);

#endif
