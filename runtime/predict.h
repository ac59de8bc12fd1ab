/* predict.h: what --eval and --chip report, whichever predicts: on each of --chips
 * programmed chips, one clean pass and --passes noisy ones over the test set, their
 * accuracies, and --predictions. */
#ifndef EIC_PREDICT_H
#define EIC_PREDICT_H

#include "job.h"

#include <stdbool.h>
#include <stdint.h>

/* Predicts the class of every test example into pred, with the noise on or off
 * (pass: which noisy stream). */
typedef void PredictFn(void *ctx, bool noise, uint64_t pass, int32_t *pred);
/* Programs chip `chip` (cell.h's instance CELL_CHIPS + chip) for the predictions that
 * follow; false when the cells are ideal, every chip the same. */
typedef bool ProgramFn(void *ctx, uint64_t chip);

/* What predict_report measured: the mean accuracy of the noisy passes over all chips
 * and the standard deviation of those passes, all chips together; the clean passes'
 * mean and standard deviation over the chips; how many chips and noisy passes per chip */
typedef struct PredictSummary {
	double noisy, noisy_sd, clean, clean_sd;
	int64_t chips, passes;
} PredictSummary;

/* For each chip 0, 1, ... of --chips (1 if not given; one, with a warning, when the
 * cells are ideal): runs the clean pass and the noisy passes 0, 1, ... of --passes
 * (1 if not given) on j's test set; prints the accuracies, with the mean and spread of
 * the noisy ones and, for more than one, the accuracy of their vote (each example's
 * most predicted class, the lowest on a tie: what a chip that repeats an inference
 * reports); for more than one chip, the mean and spread over the chips. Writes
 * --predictions of chip 0, and *summary when not NULL. Returns 0 or the exit status, the
 * message printed. */
int predict_report(Job *j, PredictFn *predict, ProgramFn *program, void *ctx, PredictSummary *summary);

#endif
