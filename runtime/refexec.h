/* refexec.h: the plain-C reference executor of a Model, in double precision: the
 * numerical oracle the JIT-compiled kernels and the chip simulator are checked against.
 *
 * It is written to be obviously correct, not fast: every stage is the straight loop of
 * its formula in DESIGN.md section 2 (and model.h), with no LLVM and no cleverness.
 *
 * Activations and their gradients are doubles in the layout of model.h: example b's
 * record of m->act_stride values at acts + b * act_stride, buffer k at bufs[k].offset
 * in it. Parameters are the float32 block of model.h (parameter p at byte offset
 * params[p].offset); their gradients are doubles, one per parameter float, parameter
 * p's at grads + params[p].offset / 4, so grads holds m->param_bytes / 4 doubles.
 *
 * Padding carries no value and no gradient: the outputs of a stage beyond its output
 * buffer's `used` (accumulate's mask, and a binary after a masked accumulate) are the
 * constant 0, so nothing upstream of them gets a gradient through them. The delta
 * dacts of such an output is still dL/d(value) as its readers see it, like any
 * autodiff's cotangent: not necessarily 0, and never passed on. The model must be
 * valid (model_validate); all pointers are the caller's. */
#ifndef EIC_REFEXEC_H
#define EIC_REFEXEC_H

#include "model.h"

#include <stdbool.h>
#include <stdint.h>

/* Runs every stage after load over `batch` examples. The caller has written each
 * example, zero-padded, into the input buffer of acts; every other buffer is
 * overwritten. With `noise`, binary stages of noise > 0 add the counter-based noise of
 * rng.h, drawn for (seed, step, stage index, example index in the batch, element).
 * With PREC_BF16 the products read bf16 operands (model_bf16): the weights, and each
 * tiles stage's input that model_rounds_input names, rounded in place in acts. With
 * `train`, as a training step: a norm stage normalises with the batch's statistics and
 * a binary stage with dropout drops outputs (model.h; from the stream (seed, step)
 * too); else a norm uses its running statistics, which it leaves as they are, and
 * nothing is dropped. A tiles stage with programming noise or stuck cells computes with
 * the codes of chip instance (seed, step) (cell.h), noise or not, as the backward
 * pass of the same (seed, step) does. */
void ref_forward(const Model *m, const float *params, double *acts, int64_t batch, uint64_t seed, uint64_t step,
                 bool noise, Precision prec, bool train);

/* The noise's sigma of each neuron of binary stage si with its noise at the comparator
 * (model.h): the stage's noise times |g| of the accumulate before it and |a| of a norm
 * between, a from the batch's statistics of acts (batch_stats: as ref_forward's
 * `train`) or the running ones; an array of the stage's width for the caller to free.
 * NULL when the noise sits after the gain, where every neuron's is the stage's noise. */
double *ref_noise_sigmas(const Model *m, uint32_t si, const float *params, const double *acts, int64_t batch,
                         bool batch_stats);

/* The mean softmax cross-entropy over the batch of the logits buffer against labels
 * (each in 0..logits-1), smoothed: the target puts 1 - smoothing + smoothing/K on the
 * label and smoothing/K on each other class (0: the one-hot label). Zeroes dacts (same
 * layout as acts), then writes dL/dlogits into its logits buffer. *correct (when not
 * NULL) is the number of examples whose argmax (the first maximum) is the label. */
double ref_loss(const Model *m, const double *acts, const int32_t *labels, int64_t batch, double smoothing,
                double *dacts, int64_t *correct);

/* Backpropagates dL/dlogits (the logits buffer of dacts, as ref_loss leaves it) to every
 * buffer: the other buffers of dacts are overwritten with dL/d(buffer). acts is the
 * forward pass's (the binary stages' straight-through window reads their inputs; a norm
 * stage's backward, over the batch, its statistics).
 * grads (m->param_bytes / 4 doubles) is zeroed, then receives dL/dparams. With
 * PREC_BF16, as ref_forward's products: the weights, and each accumulate's output
 * delta rounded in place in dacts before the tiles stage's products read it. Of a
 * training step at (seed, step): dropout's mask and the programmed chip are drawn again. */
void ref_backward(const Model *m, const float *params, const double *acts, double *dacts, int64_t batch,
                  double *grads, Precision prec, uint64_t seed, uint64_t step);
/* The same from the delta of stage top's output (in dacts) down: ref_backward is top =
 * the last stage. */
void ref_backward_from(const Model *m, const float *params, const double *acts, double *dacts, int64_t batch,
                       double *grads, Precision prec, uint64_t seed, uint64_t step, uint32_t top);

/* a(tau) = (e^tau - 1) / (e^tau + slots - 1) of the permute stage and d a / d tau, in
 * double (model_permute_gain's formula). */
double ref_permute_gain(double tau, uint32_t slots);
double ref_permute_gain_grad(double tau, uint32_t slots);

#endif
