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

/* Writes t's state to path (whole or not at all). Returns 0, or non-zero with the
 * reason in err. */
int trainckpt_write(const char *path, const Trainer *t, char *err, size_t errlen);

/* Restores t from the checkpoint at path: parameters, moments, epoch and step. The
 * checkpoint's seed and batch must be t's. Returns false with the reason in err. */
bool trainckpt_resume(Trainer *t, const char *path, char *err, size_t errlen);

#endif
