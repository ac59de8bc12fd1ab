/* trainckpt.h: a training run in a checkpoint: the parameters, Adam's moments and
 * where the run stood, so that --resume continues exactly where it stopped.
 *
 * The file is safetensors (common/ckpt.h): the parameters by their schedule names,
 * the moments as "adam.m.NAME" and "adam.v.NAME", and the metadata eic.network,
 * eic.epoch, eic.step, eic.seed, eic.batch, eic.epochs, eic.lr and eic.val (the
 * validation examples held out, 0 without --val); in a run with --val, also
 * eic.best_epoch and eic.best_correct, the epoch selected so far. */
#ifndef EIC_TRAINCKPT_H
#define EIC_TRAINCKPT_H

#include "train.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The epoch that validation selects so far: the first with the most validation
 * examples right; epoch 0: none yet. */
typedef struct TrainBest {
	uint32_t epoch;
	uint64_t correct;
} TrainBest;

/* Writes t's state to path (whole or not at all), of a run holding out val examples,
 * with best when not NULL. Returns 0, or non-zero with the reason in err. */
int trainckpt_write(const char *path, const Trainer *t, uint64_t val, const TrainBest *best, char *err, size_t errlen);

/* Restores t from the checkpoint at path: parameters, moments, epoch and step, and
 * *best (epoch 0 when the checkpoint has none). The checkpoint must be of t's network,
 * seed and batch and of a run holding out val examples (unless it predates eic.val),
 * at an epoch within t's epochs, its step that epoch times steps_per_epoch, its best
 * epoch not after it and its best count not above val, and its tensors finite.
 * Returns false with the reason, naming path, in err; t is then unchanged but for its
 * tensors. */
bool trainckpt_resume(Trainer *t, const char *path, int64_t steps_per_epoch, uint64_t val, TrainBest *best, char *err,
                      size_t errlen);

#endif
