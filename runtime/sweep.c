/* sweep.c: eicrun --sweep (sweep.h): one setting set in the model and its kernels' knobs,
 * or in a .chip, then predict_report at each value, and the table of them. */
#include "sweep.h"
#include "adc.h"
#include "outfile.h"
#include "util.h"

#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const SweepInfo infos[SWEEP__COUNT] = {
	[SWEEP_NOISE] = {"noise", 0, FLT_MAX, false, false},
	[SWEEP_READ_NOISE] = {"read_noise", 0, FLT_MAX, false, false},
	[SWEEP_ADC_BITS] = {"adc_bits", 0, 16, false, true},
	[SWEEP_ADC_RANGE] = {"adc_range", 0, 1, true, false},
	[SWEEP_PROGRAM_NOISE] = {"program_noise", 0, 1, false, false},
	[SWEEP_STUCK_LOW] = {"stuck_low", 0, 0.5, false, false},
	[SWEEP_STUCK_HIGH] = {"stuck_high", 0, 0.5, false, false},
};

SweepSetting sweep_find(const char *name)
{
	int k = 0;
	while (k < SWEEP__COUNT && strcmp(infos[k].name, name))
		k++;
	return (SweepSetting)k;
}

const SweepInfo *sweep_info(SweepSetting what)
{
	return &infos[what];
}

static bool reads(SweepSetting what)
{
	return what == SWEEP_READ_NOISE || what == SWEEP_ADC_BITS || what == SWEEP_ADC_RANGE;
}

/* Why a setting has nothing to act on */
static bool nothing_to_sweep(SweepSetting what, const char *whose, char *err, size_t errlen)
{
	if (reads(what))
		return util_fail(err, errlen, "--sweep %s: %s has no read path to sweep: compile it with adc_bits or read_noise "
		                 "in its chip section", infos[what].name, whose);
	return util_fail(err, errlen, "--sweep %s: %s has no quantized weights to program: compile it with weight_bits "
	                 "in its chip section", infos[what].name, whose);
}

bool sweep_set_model(Model *m, float *knobs, SweepSetting what, double v, char *err, size_t errlen)
{
	bool any = false;
	for (uint32_t s = 0; s < m->nstages; s++) {
		ModelStage *st = &m->stages[s];
		if (st->kind != STAGE_TILES || !st->levels || (reads(what) && !model_has_read(st)))
			continue;
		any = true;
		switch (what) {
		case SWEEP_READ_NOISE: st->read_noise = (float)v; break;
		case SWEEP_ADC_BITS: st->adc_levels = v > 0 ? chip_levels((uint32_t)v) : 0; break;
		case SWEEP_ADC_RANGE: st->adc_range = adc_full_scale(v, st->levels); break;
		case SWEEP_PROGRAM_NOISE: st->program_noise = (float)v; break;
		case SWEEP_STUCK_LOW: st->stuck_low = (float)v; break;
		case SWEEP_STUCK_HIGH: st->stuck_high = (float)v; break;
		case SWEEP_NOISE: /* the predictor's */
		case SWEEP__COUNT: break;
		}
	}
	if (!any && what != SWEEP_NOISE)
		return nothing_to_sweep(what, "the program", err, errlen);
	model_knobs(m, knobs);
	return true;
}

bool sweep_set_chip(ChipFile *f, SweepSetting what, double v, char *err, size_t errlen)
{
	bool read = false;
	for (uint32_t c = 0; c < f->ncores; c++)
		read = read || f->cores[c].adc_range > 0;
	if (what == SWEEP_NOISE)
		return util_fail(err, errlen, "--sweep noise goes with --eval: a .chip's neurons carry their own noise%s", "");
	if (reads(what) && !read)
		return nothing_to_sweep(what, "the .chip", err, errlen);
	ChipParams *c = &f->chip;
	switch (what) {
	case SWEEP_READ_NOISE: c->read_noise = (float)v; break;
	case SWEEP_ADC_BITS: c->adc_bits = (uint32_t)v; break;
	case SWEEP_ADC_RANGE: /* every core has the same R, as eicc writes it */
		for (uint32_t k = 0; k < f->ncores; k++)
			f->cores[k].adc_range = adc_full_scale(v, chip_levels(c->weight_bits));
		break;
	case SWEEP_PROGRAM_NOISE: c->program_noise = (float)v; break;
	case SWEEP_STUCK_LOW: c->stuck_low = (float)v; break;
	case SWEEP_STUCK_HIGH: c->stuck_high = (float)v; break;
	case SWEEP_NOISE:
	case SWEEP__COUNT: break;
	}
	return true;
}

typedef struct Table {
	const JobSweep *sw;
	const PredictSummary *at;
} Table;

/* --sweep-out as CSV: the setting's name, then accuracies in % */
static bool write_csv(FILE *out, const void *ctx)
{
	const Table *t = ctx;
	if (fprintf(out, "%s,noisy,noisy_sd,clean,clean_sd,chips,passes\n", infos[t->sw->what].name) < 0)
		return false;
	for (int i = 0; i < t->sw->n; i++) {
		const PredictSummary *p = &t->at[i];
		if (fprintf(out, "%.9g,%.4f,%.4f,%.4f,%.4f,%lld,%lld\n", t->sw->values[i], 100 * p->noisy, 100 * p->noisy_sd,
		            100 * p->clean, 100 * p->clean_sd, (long long)p->chips, (long long)p->passes) < 0)
			return false;
	}
	return true;
}

static bool write_json(FILE *out, const void *ctx)
{
	const Table *t = ctx;
	if (fprintf(out, "{\"setting\": \"%s\", \"unit\": \"percent\", \"points\": [", infos[t->sw->what].name) < 0)
		return false;
	for (int i = 0; i < t->sw->n; i++) {
		const PredictSummary *p = &t->at[i];
		if (fprintf(out,
		            "%s\n  {\"value\": %.9g, \"noisy\": %.4f, \"noisy_sd\": %.4f, \"clean\": %.4f, \"clean_sd\": %.4f, "
		            "\"chips\": %lld, \"passes\": %lld}",
		            i ? "," : "", t->sw->values[i], 100 * p->noisy, 100 * p->noisy_sd, 100 * p->clean,
		            100 * p->clean_sd, (long long)p->chips, (long long)p->passes) < 0)
			return false;
	}
	return fprintf(out, "\n]}\n") >= 0;
}

static bool is_json(const char *path)
{
	size_t n = strlen(path);
	return n >= 5 && !strcmp(path + n - 5, ".json");
}

int sweep_run(Job *j, SweepSetFn *set, PredictFn *predict, ProgramFn *program, void *ctx)
{
	const JobSweep *sw = &j->o.sweep;
	const char *name = infos[sw->what].name;
	PredictSummary *at = xcalloc((size_t)sw->n, sizeof *at);
	int status = 0;
	for (int i = 0; i < sw->n && !status; i++) {
		if (!set(ctx, sw->what, sw->values[i], j->err, sizeof j->err)) {
			fprintf(stderr, "eicrun: error: %s\n", j->err);
			status = JOB_EXIT_USAGE;
			break;
		}
		printf("%s %g:\n", name, sw->values[i]);
		status = predict_report(j, predict, program, ctx, &at[i]);
	}
	if (!status) {
		printf("\n%13s  with noise %%    sd %%  without %%    sd %%  chips  passes\n", name);
		for (int i = 0; i < sw->n; i++)
			printf("%13g  %12.2f  %6.3f  %9.2f  %6.3f  %5lld  %6lld\n", sw->values[i], 100 * at[i].noisy,
			       100 * at[i].noisy_sd, 100 * at[i].clean, 100 * at[i].clean_sd, (long long)at[i].chips,
			       (long long)at[i].passes);
	}
	if (!status && sw->out
	    && outfile_write(sw->out, is_json(sw->out) ? write_json : write_csv, &(Table){sw, at}, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		status = JOB_EXIT_INPUT;
	}
	free(at);
	return status;
}
