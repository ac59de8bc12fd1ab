/* trainckpt.h: a training run in a checkpoint: the parameters, Adam's moments and
 * where the run stood, so that --resume continues exactly where it stopped.
 *
 * The file is safetensors (common/ckpt.h): the parameters by their schedule names,
 * the moments as "adam.m.NAME" and "adam.v.NAME", and the metadata eic.network,
 * eic.epoch, eic.step, eic.seed, eic.batch, eic.epochs and eic.lr. */
#ifndef EIC_TRAINCKPT_H
#define EIC_TRAINCKPT_H

#include "train.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Writes t's state to path (whole or not at all). Returns 0, or non-zero with the
 * reason in err. */
int trainckpt_write(const char *path, const Trainer *t, char *err, size_t errlen);

/* Restores t from the checkpoint at path: parameters, moments, epoch and step. The
 * checkpoint must be of t's network, seed and batch, at an epoch within t's epochs,
 * its step that epoch times steps_per_epoch, and its tensors finite. Returns false
 * with the reason, naming path, in err; t is then unchanged but for its tensors. */
bool trainckpt_resume(Trainer *t, const char *path, int64_t steps_per_epoch, char *err, size_t errlen);

#endif
