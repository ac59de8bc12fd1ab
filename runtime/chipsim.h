/* chipsim.h: the chip-level simulator behind `eicrun --chip`: runs the stage program
 * of a .chip file (chip.h) on a batch of examples, instruction by instruction, as
 * docs/chip-format.md section 3.4 defines each one, and nothing else (it shares no
 * code with the model, the reference executor or the JIT).
 *
 * Per example every buffer is an array: pixels, spikes and signed buffers hold int32
 * values, a partials buffer a vector per slot with a double scale per slot, a sums
 * buffer doubles. An mvm's partial sum P is computed exactly in integer arithmetic
 * and kept as (double)P, the value acc uses (with programming noise or stuck cells, the
 * sum of the programmed codes times the inputs over ascending l in double); then read
 * through the chip's ADC and read noise (adc.h) when it has them; acc computes
 * 0 + sigma_0 * (double)P_0 + sigma_1 * (double)P_1 + ... over ascending j in double
 * precision; a neuron compares in double:
 *
 *   (double)p_e * u + (double)n_e * (double)eps >= (double)theta_e
 *
 * with eps = 0 when noise is off, else the draw of rng.h below. The slot scale of an
 * mvm is (double)s_m * (double)unit(in): unit is the input unit for a pixels buffer
 * and 1 otherwise. A logit is (double)g_k * in[k]; the prediction is the first index
 * of the largest logit.
 *
 * Noise: neuron e of the neuron instruction at index q of the program (counted from 0,
 * the load included), on the example at index x of the whole dataset, in pass `pass`,
 * draws
 *
 *   eps = rng_normal(rng_row(seed, pass, q, x), e)
 *
 * so a draw does not depend on how a batch is split, and results are identical for
 * every thread count. */
#ifndef EIC_CHIPSIM_H
#define EIC_CHIPSIM_H

#include "chip.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ChipSim ChipSim;

/* Prepares to execute f, a file chip_parse accepted (or one as consistent), which
 * must outlive the simulator: transposes each core's codes once, lays out one
 * example's buffers. Returns NULL with a one-line reason when f cannot be executed:
 * it carries the mapping alone ("carries the mapping alone (no weights): ..."), its
 * weight mode is not differential (mode 1 is reserved by the format), a
 * chain of permutes could take signed values past int32, or memory runs out. */
ChipSim *chipsim_new(const ChipFile *f, char *err, size_t errlen);

/* Programs chip instance (seed, instance) of cell.h into s, on `threads` threads, with
 * the programming settings f->chip has now (--sweep changes them): the codes every
 * later run computes with. chipsim_new programs (0, CELL_CHIPS). False, and the exact
 * codes used again, when the chip has neither programming noise nor stuck cells. */
bool chipsim_program(ChipSim *s, uint64_t seed, uint64_t instance, int threads);

/* Releases s (not its file); NULL is allowed. */
void chipsim_free(ChipSim *s);

/* Runs examples [0, n) of a batch whose example e has its input codes at
 * pixels + e*dim. dim must equal f->chip.input: the caller checks it (a dataset of
 * another size is an input error to report, not to run). first is the index of
 * example 0 in the whole dataset, which the noise draws use; noise false runs the
 * neurons noiselessly (eps = 0), true draws eps as above from seed and pass.
 *
 * Writes the prediction of example e to pred[e] and, when logits is not NULL, its
 * K = f->chip.logits logits to logits + e*K. Runs on `threads` threads (pool_for),
 * each with its own scratch buffers, allocated once per call and thread; the results
 * are identical for every thread count. */
void chipsim_run(ChipSim *s, const uint8_t *pixels, int64_t dim, int64_t n, int64_t first, bool noise,
	uint64_t seed, uint64_t pass, int threads, int32_t *pred, double *logits);

#endif
