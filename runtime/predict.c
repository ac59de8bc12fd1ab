/* predict.c: the accuracies of --eval and --chip and the CSV of --predictions, from
 * one clean and --passes noisy passes of a predictor over the test set. */
#include "predict.h"
#include "outfile.h"
#include "util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double accuracy_of(const Dataset *d, const int32_t *pred)
{
	int64_t right = 0;
	for (int64_t i = 0; i < d->count; i++)
		right += pred[i] == d->labels[i];
	return d->count ? (double)right / (double)d->count : 0;
}

/* The CSV of --predictions: index,label,noisy,clean. */
typedef struct Csv {
	const Dataset *d;
	const int32_t *noisy, *clean;
} Csv;

static bool write_csv(FILE *out, const void *ctx)
{
	const Csv *c = ctx;
	if (fprintf(out, "index,label,noisy,clean\n") < 0)
		return false;
	for (int64_t i = 0; i < c->d->count; i++)
		if (fprintf(out, "%lld,%u,%d,%d\n", (long long)i, c->d->labels[i], c->noisy[i], c->clean[i]) < 0)
			return false;
	return true;
}

static int write_predictions(const char *path, const Dataset *d, const int32_t *noisy, const int32_t *clean)
{
	char err[1024];
	if (outfile_write(path, write_csv, &(Csv){d, noisy, clean}, err, sizeof err) != 0) {
		fprintf(stderr, "eicrun: error: %s\n", err);
		return JOB_EXIT_INPUT;
	}
	return 0;
}

/* The class of each example with the most votes (the first of them on a tie) into pred:
 * votes holds VOTE_CLASSES counts per example. */
enum { VOTE_CLASSES = CORE_N };
static void elect(const Dataset *d, const uint16_t *votes, int32_t *pred)
{
	for (int64_t i = 0; i < d->count; i++) {
		const uint16_t *v = votes + i * VOTE_CLASSES;
		int32_t best = 0;
		for (int32_t k = 1; k < VOTE_CLASSES; k++)
			if (v[k] > v[best])
				best = k;
		pred[i] = best;
	}
}

/* Mean and sample standard deviation of n values from their sum and sum of squares */
static double spread(double sum, double sum2, int64_t n)
{
	return n > 1 ? sqrt(fmax(0, (sum2 - sum * sum / (double)n) / (double)(n - 1))) : 0;
}

/* One chip's passes: the clean one into clean, the first noisy one into noisy; prints
 * its line (prefixed by `chip` when not NULL) and returns the noisy passes' mean
 * accuracy, the clean one's in *clean_acc; adds each noisy pass's accuracy and its
 * square to all[0] and all[1]. Only the first noisy pass's predictions are kept for
 * the CSV; the others need just their accuracy and their votes, so they share one
 * buffer. */
static double one_chip(Job *j, PredictFn *predict, void *ctx, const char *chip, int32_t *noisy, int32_t *clean,
                       double *clean_acc, double all[2])
{
	const Dataset *d = &j->test;
	int64_t passes = j->o.passes ? j->o.passes : 1;
	int32_t *more = xcalloc((size_t)d->count + 1, sizeof *more);
	uint16_t *votes = passes > 1 ? xcalloc((size_t)d->count * VOTE_CLASSES, sizeof *votes) : NULL;
	predict(ctx, false, 0, clean);
	*clean_acc = accuracy_of(d, clean); /* before the noisy passes, which may share its buffer */
	double sum = 0, sum2 = 0, lo = 1, hi = 0;
	for (int64_t p = 0; p < passes; p++) {
		int32_t *pred = p ? more : noisy;
		predict(ctx, true, (uint64_t)p, pred);
		double a = accuracy_of(d, pred);
		for (int64_t i = 0; votes && i < d->count; i++) /* a class is below the logits, at most CORE_N */
			votes[i * VOTE_CLASSES + pred[i]]++;
		sum += a;
		sum2 += a * a;
		all[0] += a;
		all[1] += a * a;
		lo = fmin(lo, a);
		hi = fmax(hi, a);
	}
	double mean = sum / (double)passes;
	printf("%s%stest accuracy: ", chip ? chip : "", chip ? ": " : "");
	if (passes == 1) {
		printf("%.2f%% with noise, %.2f%% without (%lld examples)\n", 100 * mean, 100 * *clean_acc,
		       (long long)d->count);
	} else {
		elect(d, votes, more);
		printf("%.2f%% with noise (mean of %lld passes, sd %.3f%%, %.2f%%..%.2f%%), %.2f%% by a vote of the %lld "
		       "passes, %.2f%% without (%lld examples)\n",
		       100 * mean, (long long)passes, 100 * spread(sum, sum2, passes), 100 * lo, 100 * hi,
		       100 * accuracy_of(d, more), (long long)passes, 100 * *clean_acc, (long long)d->count);
	}
	free(more);
	free(votes);
	return mean;
}

int predict_report(Job *j, PredictFn *predict, ProgramFn *program, void *ctx, PredictSummary *summary)
{
	int64_t passes = j->o.passes ? j->o.passes : 1;
	const Dataset *d = &j->test;
	int64_t chips = j->o.chips ? j->o.chips : 1;
	int32_t *noisy = xcalloc((size_t)d->count + 1, sizeof *noisy), *clean = xcalloc((size_t)d->count + 1, sizeof *clean);
	int32_t *other = xcalloc((size_t)d->count + 1, sizeof *other);
	if (!program(ctx, 0) && chips > 1) {
		fprintf(stderr, "eicrun: warning: --chips %lld: the chip has neither programming noise nor stuck cells "
		        "(program_noise, stuck_low, stuck_high), so every chip is the same: evaluating one\n",
		        (long long)chips);
		chips = 1;
	}
	double sum = 0, sum2 = 0, csum = 0, csum2 = 0, all[2] = {0, 0};
	for (int64_t c = 0; c < chips; c++) {
		char name[32];
		snprintf(name, sizeof name, "chip %lld", (long long)c);
		if (c)
			program(ctx, (uint64_t)c);
		double clean_acc, a = one_chip(j, predict, ctx, chips > 1 ? name : NULL, c ? other : noisy, c ? other : clean,
		                               &clean_acc, all);
		sum += a;
		sum2 += a * a;
		csum += clean_acc;
		csum2 += clean_acc * clean_acc;
	}
	if (chips > 1)
		printf("over %lld chips: test accuracy %.2f%% with noise (sd %.3f%%), %.2f%% without (sd %.3f%%)\n",
		       (long long)chips, 100 * sum / (double)chips, 100 * spread(sum, sum2, chips),
		       100 * csum / (double)chips, 100 * spread(csum, csum2, chips));
	if (summary)
		*summary = (PredictSummary){sum / (double)chips, spread(all[0], all[1], chips * passes),
		                            csum / (double)chips, spread(csum, csum2, chips), chips, passes};
	int status = j->o.predictions ? write_predictions(j->o.predictions, d, noisy, clean) : 0;
	free(noisy);
	free(clean);
	free(other);
	return status;
}
