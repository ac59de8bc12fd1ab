/* jit.h: a program's kernels, compiled for this CPU. Loads the bitcode of a .prog
 * into ORC LLJIT, optimises it for the host (its CPU name and features) with the new
 * pass manager, and looks up the kernels of compiler/emit_llvm.h. */
#ifndef EIC_JIT_H
#define EIC_JIT_H

#include "kinds.h"

#include <stddef.h>
#include <stdint.h>

/* Work units [u0, u1) of the gains buffer (gain_units in all), independent of each other;
 * the codes of chip instance (seed, instance) when the model programs its cells (cell.h);
 * prec (Precision, kinds.h) is that of the forward and backward calls that will read it */
typedef void JitGains(const float *params, float *gains, int64_t u0, int64_t u1, uint64_t seed, uint64_t instance,
                      Precision prec);
/* Stages [s0, s1) of examples [b0, b1). The noise of example b is the stream (seed,
 * step)'s example first + b; sigma: < 0 each binary stage's own noise, 0 none, > 0 this
 * sigma for every stage. `train` (0 or 1): a training step's, whose binary stages
 * drop their outputs (dropout; from the same stream). A norm stage applies the factors
 * in the gains buffer: the running statistics' (eic_gains), or the batch's once
 * eic_norm has run. */
typedef void JitForward(const float *params, const float *gains, float *acts, int64_t b0, int64_t b1, uint64_t seed,
                        uint64_t step, int64_t first, float sigma, Precision prec, int32_t train, uint32_t s0,
                        uint32_t s1);
/* Softmax cross-entropy of examples [b0, b1) against their labels smoothed by
 * `smoothing` (refexec.h's ref_loss); dL/dlogits is divided by batch */
typedef void JitLoss(const float *acts, float *dacts, const int32_t *labels, int64_t b0, int64_t b1, int64_t batch,
                     float *loss, int32_t *correct, float smoothing);
/* Stages [s0, s1), last first, of examples [b0, b1) of a training step whose forward
 * pass drew from the stream (seed, step) at first + b (dropout's mask again); a norm
 * stage is left to eic_norm_backward */
typedef void JitBackward(const float *params, const float *gains, const float *acts, float *dacts, int64_t b0,
                         int64_t b1, Precision prec, uint64_t seed, uint64_t step, int64_t first, uint32_t s0,
                         uint32_t s1);
/* Norm stage `stage` over the batch, for its neurons [JIT_NORM_UNIT u0, JIT_NORM_UNIT u1): eic_norm computes the
 * batch's statistics into the gains buffer and moves the running ones in params (its
 * input written by eic_forward up to the stage, dacts and grads unused); then
 * eic_norm_backward, once the stages after it have run backward, writes the gradients of
 * gamma and beta (0 for the running statistics) and the delta of the stage's input. */
enum { JIT_NORM_UNIT = 8 }; /* neurons per unit of eic_norm (emit_llvm_gen.h's VW) */
typedef void JitNorm(float *params, float *gains, const float *acts, float *dacts, float *grads, int64_t batch,
                     uint32_t stage, int64_t u0, int64_t u1);
typedef void JitGrads(const float *params, const float *gains, const float *acts, const float *dacts, float *grads,
                      int64_t batch, int64_t u0, int64_t u1);
/* Adam on the elements [e0, e1) of the parameter block, and with wd > 0 AdamW's decay,
 * p -= lr wd p, of the parameters model_decays names */
typedef void JitAdam(float *params, const float *grads, float *m, float *v, float lr, float beta1, float beta2,
                     float eps, float bc1, float bc2, int64_t e0, int64_t e1, float wd);

typedef struct JitKernels {
	JitGains *gains;
	JitForward *forward;
	JitLoss *loss;
	JitBackward *backward;
	JitNorm *norm, *norm_backward;
	JitGrads *grads;
	JitAdam *adam;
	int64_t grad_units;  /* work units of grads */
	int64_t gain_units;  /* work units of gains */
	int64_t gain_floats; /* floats of the gains buffer */
	float *knobs;        /* eic_knobs: model_knobs of the model, which the kernels read at every call */
} JitKernels;

typedef struct Jit Jit;

/* Compiles the bitcode at optimisation level opt (0 to 3), once its
 * eic_model_fingerprint is `fingerprint` (model_fingerprint of the model the kernels
 * will run on): kernels built for another model would index past its buffers. NULL
 * with a one-line reason in err on failure. The kernels stay valid until jit_free.
 * The caller owns the result. */
Jit *jit_load(const void *bitcode, size_t size, uint64_t fingerprint, int opt, JitKernels *k, char *err,
              size_t errlen);
void jit_free(Jit *j);

/* "LLVM 19.1.7, x86-64 skylake-avx512" or the like: what the kernels run on. */
const char *jit_describe(const Jit *j);

#endif
