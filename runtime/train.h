/* train.h: training and evaluation of a program's model with its JIT-compiled
 * kernels: parameter initialisation, shuffled mini-batches, Adam with a learning-rate
 * schedule, and accuracy with the neurons' noise on or off.
 *
 * Every random choice is a pure function of the seed and a position (the epoch for
 * shuffling, the step for noise, the parameter for initialisation), and every kernel
 * gives the same bits however its range is split over threads, so a run is the same
 * for any thread count and a resumed run continues exactly where it stopped. */
#ifndef EIC_TRAIN_H
#define EIC_TRAIN_H

#include "data.h"
#include "jit.h"
#include "model.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct TrainSettings {
	uint32_t epochs, batch;
	uint64_t seed;
	uint32_t schedule; /* LrSchedule */
	uint32_t every;
	uint32_t warmup; /* epochs of linear warm-up */
	float lr, beta1, beta2, eps, min_lr, gamma;
	float weight_decay;    /* AdamW's lambda */
	float label_smoothing; /* of the training loss's targets; evaluation's loss is plain */
	Precision precision; /* of the training steps' products; evaluation is fp32 */
} TrainSettings;

typedef struct Trainer {
	const Model *m;
	JitKernels k;
	int threads;
	TrainSettings set;
	uint32_t epoch; /* epochs completed */
	uint64_t step;  /* optimiser steps taken */
	uint64_t chip;  /* the chip evaluation programs (cell.h's CELL_CHIPS + chip); 0 unless set */
	int64_t cap;    /* examples the buffers hold */
	float *params, *gains, *grads, *adam_m, *adam_v;
	int64_t *unit_cost; /* grad_units + 1 prefix sums of the units' work, to split it evenly */
	float *acts, *dacts, *loss;
	int32_t *labels, *correct;
} Trainer;

typedef struct EpochStats {
	double loss, accuracy; /* over the training examples of the epoch, noise on */
	int64_t examples;
	double seconds;
} EpochStats;

/* Called after every batch with the running figures (for a progress bar). */
typedef void TrainProgress(void *ctx, int64_t done, int64_t total, double loss, double accuracy, double seconds);

/* Allocates the buffers for batches of up to set->batch examples and initialises the
 * parameters from the seed (Xavier-normal, truncated at 2 sigma, as the schedule's
 * parameter table says). The trainer borrows m and k. */
void trainer_init(Trainer *t, const Model *m, const JitKernels *k, const TrainSettings *set, int threads);
void trainer_free(Trainer *t);

/* The settings of a program's train section (its training defaults). */
TrainSettings train_settings(const ModelTrain *d);

/* The learning rate of the current step: the schedule's, times (step + 1) / (warmup x
 * steps_per_epoch) during the first `warmup` epochs (a linear warm-up). */
float trainer_lr(const Trainer *t, int64_t steps_per_epoch);

/* The phases of one step over the `batch` examples in t's buffers (the caller or
 * trainer_epoch loaded them, and ran trainer_gains since the parameters last changed),
 * each split over t->threads:
 *   gains: the gains buffer (gains, tile scales, packed weights) from the parameters,
 *          with the weight codes of chip instance (seed, instance) when the model
 *          programs its cells (a training step's is its step);
 *   forward: every stage and the loss (its labels smoothed by `smoothing`, jit.h),
 *            the noise of example b drawn from the stream (seed, step) at first + b,
 *            sigma as in jit.h; with `train`, as a training step: each norm stage on
 *            the batch's statistics (moving the running ones) and dropout on, else
 *            each norm on its running statistics and no dropout;
 *   backward: the deltas of a training step whose forward pass was at `step`
 *             (through each norm on the batch's statistics, with the gradients of
 *             its gamma and beta); gradients: the other parameter gradients, split
 *             by their work;
 *   update: Adam with the learning rate lr, counting the step.
 * The products of gains, forward and backward are of precision prec (jit.h), the same
 * for the three phases of a step. */
void trainer_gains(Trainer *t, uint64_t instance, Precision prec);
void trainer_forward(Trainer *t, int64_t batch, uint64_t step, int64_t first, float sigma, Precision prec,
                     float smoothing, bool train);
void trainer_backward(Trainer *t, int64_t batch, uint64_t step, Precision prec);
void trainer_gradients(Trainer *t, int64_t batch);
void trainer_update(Trainer *t, float lr);

/* One epoch over the examples index[0..n) of d (shuffled from the seed and epoch). */
EpochStats trainer_epoch(Trainer *t, const Dataset *d, const int64_t *index, int64_t n, TrainProgress *progress,
                         void *ctx);

/* Accuracy over examples [first, first + n) of d with noise sigma (< 0: each stage's
 * own, 0: none), drawn from the stream `pass`, on chip t->chip when the model programs
 * its cells; *loss gets the mean loss and pred[i]
 * the predicted class of example first + i (the first largest logit), when not NULL. */
double trainer_accuracy(Trainer *t, const Dataset *d, int64_t first, int64_t n, float sigma, uint64_t pass,
                        double *loss, int32_t *pred);

#endif
