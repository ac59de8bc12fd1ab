/* predict.h: what --eval and --chip report, whichever predicts: one clean pass and
 * --passes noisy ones over the test set, their accuracies, and --predictions. */
#ifndef EIC_PREDICT_H
#define EIC_PREDICT_H

#include "job.h"

#include <stdbool.h>
#include <stdint.h>

/* Predicts the class of every test example into pred, with the noise on or off
 * (pass: which noisy stream). */
typedef void PredictFn(void *ctx, bool noise, uint64_t pass, int32_t *pred);

/* Runs the clean pass and the noisy passes 0, 1, ... of --passes (1 if not given)
 * on j's test set; prints the accuracies, with the mean and spread of the noisy
 * ones and, for more than one, the accuracy of their vote (each example's most
 * predicted class, the lowest on a tie: what a chip that repeats an inference
 * reports), and writes --predictions. Returns 0 or the exit status, the message
 * printed. */
int predict_report(Job *j, PredictFn *predict, void *ctx);

#endif
