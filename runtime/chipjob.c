/* chipjob.c: eicrun --chip: loads a .chip, checks the test set fits its input codes,
 * and predicts the test set with the core-by-core simulator. Nothing of the program
 * or the JIT is used: the simulator must stand on the .chip alone. */
#include "chipjob.h"
#include "chip.h"
#include "cell.h"
#include "chipsim.h"
#include "predict.h"
#include "sweep.h"

#include <stdio.h>

typedef struct ChipEval {
	ChipSim *sim;
	ChipFile *f;
	const Dataset *d;
	uint64_t seed;
	int threads;
} ChipEval;

static void predict_chip(void *ctx, bool noise, uint64_t pass, int32_t *pred)
{
	ChipEval *e = ctx;
	chipsim_run(e->sim, e->d->pixels, e->d->dim, e->d->count, 0, noise, e->seed, pass, e->threads, pred, NULL);
}

static bool program_chip(void *ctx, uint64_t chip)
{
	ChipEval *e = ctx;
	return chipsim_program(e->sim, e->seed, CELL_CHIPS + chip, e->threads);
}

static bool set_chip(void *ctx, SweepSetting what, double v, char *err, size_t errlen)
{
	ChipEval *e = ctx;
	return sweep_set_chip(e->f, what, v, err, errlen);
}

/* The test values are the chip's input codes: each must fit its input bits. */
static int codes_fit(const Job *j, const ChipParams *c)
{
	uint8_t top = 0;
	for (int64_t i = 0; i < j->test.count * j->test.dim; i++)
		top = j->test.pixels[i] > top ? j->test.pixels[i] : top;
	if (c->input_bits >= 8 || !(top >> c->input_bits))
		return 0;
	fprintf(stderr, "eicrun: error: %s: a test value of %u does not fit the chip's %u-bit input codes\n", j->dir, top,
	        c->input_bits);
	return JOB_EXIT_INPUT;
}

int chipjob_run(Job *j)
{
	ChipFile f;
	if (!chip_load(j->o.chip, &f, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		return JOB_EXIT_INPUT;
	}
	char why[512];
	ChipSim *sim = chipsim_new(&f, why, sizeof why);
	int status = 0;
	if (!sim) {
		fprintf(stderr, "eicrun: error: %s: %s\n", j->o.chip, why);
		status = JOB_EXIT_INPUT;
	} else if ((status = job_load_data(j, f.chip.input, f.chip.logits, "mnist")) == 0
	           && (status = codes_fit(j, &f.chip)) == 0) {
		ChipEval e = {sim, &f, &j->test, j->o.seed >= 0 ? (uint64_t)j->o.seed : 0, j->o.threads};
		status = j->o.sweep.n ? sweep_run(j, set_chip, predict_chip, program_chip, &e)
		                      : predict_report(j, predict_chip, program_chip, &e, NULL);
	}
	chipsim_free(sim);
	chip_free(&f);
	return status;
}
