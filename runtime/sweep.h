/* sweep.h: eicrun --sweep NAME=LIST with --eval or --chip: the same weights evaluated
 * (predict_report's passes and chips) at each value of one chip setting, everything
 * else as the program or .chip has it; one table on standard output and, with
 * --sweep-out, the same as CSV or JSON for a plot.
 *
 * --eval rewrites the kernels' knobs (model_knobs, jit.h's JitKernels.knobs) and the
 * model's stages, so the kernels compute what a program compiled with that setting
 * would (tests/unit/test_jit.c checks it bit for bit); --chip rewrites the .chip's
 * chip parameters, which the simulator reads at every run. The read path (read_noise,
 * adc_bits, adc_range: the fraction of a core's largest sum, as in the language) can be swept only where it is built in, on a program or .chip compiled
 * with an ADC or read noise (its full scale R comes from there); programming
 * (program_noise, stuck_low, stuck_high) on any quantized one; noise, the neurons'
 * sigma of every binary stage (0 turns every noise off, the read noise's too), with
 * --eval only. */
#ifndef EIC_SWEEP_H
#define EIC_SWEEP_H

#include "chip.h"
#include "job.h"
#include "predict.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct SweepInfo {
	const char *name; /* as in the chip section (and `noise` for the binaries' sigma) */
	double lo, hi;    /* the language's bounds */
	bool above;       /* lo itself excluded */
	bool whole;       /* a whole number (adc_bits: 0 for none, else 2..16) */
} SweepInfo;

/* The setting of that name, or SWEEP__COUNT */
SweepSetting sweep_find(const char *name);
const SweepInfo *sweep_info(SweepSetting what);

/* Sets `what` to v in every quantized tiles stage of m and in the knobs (model_knobs
 * of m after the change). False with the reason in err when m has no stage it
 * applies to. noise is not a model setting: the caller's predictor takes it. */
bool sweep_set_model(Model *m, float *knobs, SweepSetting what, double v, char *err, size_t errlen);
/* The same for the chip of f (noise excluded, as above) */
bool sweep_set_chip(ChipFile *f, SweepSetting what, double v, char *err, size_t errlen);

/* Sets the value before each point of the sweep: false with the reason in err when
 * the setting cannot be swept */
typedef bool SweepSetFn(void *ctx, SweepSetting what, double v, char *err, size_t errlen);

/* Runs --sweep: for each value, set then predict_report (its lines under a header
 * naming the value); then the table, and --sweep-out. Returns 0 or the exit status,
 * the message printed. */
int sweep_run(Job *j, SweepSetFn *set, PredictFn *predict, ProgramFn *program, void *ctx);

#endif
