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

/* Only the first noisy pass's predictions are kept for the CSV; the others need
 * just their accuracy and their votes, so they share one buffer. */
int predict_report(Job *j, PredictFn *predict, void *ctx)
{
	const Dataset *d = &j->test;
	int64_t passes = j->o.passes ? j->o.passes : 1;
	int32_t *noisy = xcalloc((size_t)d->count + 1, sizeof *noisy), *clean = xcalloc((size_t)d->count + 1, sizeof *clean);
	int32_t *more = xcalloc((size_t)d->count + 1, sizeof *more);
	uint16_t *votes = passes > 1 ? xcalloc((size_t)d->count * VOTE_CLASSES, sizeof *votes) : NULL;
	predict(ctx, false, 0, clean);
	double sum = 0, sum2 = 0, lo = 1, hi = 0;
	for (int64_t p = 0; p < passes; p++) {
		int32_t *pred = p ? more : noisy;
		predict(ctx, true, (uint64_t)p, pred);
		double a = accuracy_of(d, pred);
		for (int64_t i = 0; votes && i < d->count; i++) /* a class is below the logits, at most CORE_N */
			votes[i * VOTE_CLASSES + pred[i]]++;
		sum += a;
		sum2 += a * a;
		lo = fmin(lo, a);
		hi = fmax(hi, a);
	}
	double mean = sum / (double)passes, clean_acc = accuracy_of(d, clean);
	if (passes == 1) {
		printf("test accuracy: %.2f%% with noise, %.2f%% without (%lld examples)\n", 100 * mean, 100 * clean_acc,
		       (long long)d->count);
	} else {
		double sd = sqrt(fmax(0, (sum2 - sum * mean) / (double)(passes - 1)));
		elect(d, votes, more);
		printf("test accuracy: %.2f%% with noise (mean of %lld passes, sd %.3f%%, %.2f%%..%.2f%%), %.2f%% by a vote "
		       "of the %lld passes, %.2f%% without (%lld examples)\n",
		       100 * mean, (long long)passes, 100 * sd, 100 * lo, 100 * hi, 100 * accuracy_of(d, more),
		       (long long)passes, 100 * clean_acc, (long long)d->count);
	}
	int status = j->o.predictions ? write_predictions(j->o.predictions, d, noisy, clean) : 0;
	free(noisy);
	free(clean);
	free(more);
	free(votes);
	return status;
}
