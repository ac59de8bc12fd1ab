/* emit_llvm.h: the kernels of a model as LLVM IR, built with the LLVM C API.
 *
 * Every shape is a constant of the generated code; only the batch and the slice
 * of it a call works on are arguments. The kernels (C ABI, all pointers to float
 * unless said):
 *
 *   eic_gains(params, gains, u0, u1, seed, instance, prec)
 *                                                work units [u0,u1) of the gains buffer, each
 *                                                independent of the others: a block i of an
 *                                                accumulate, g[i,k] = sum_m A[i,m,k]; then a tile,
 *                                                its scale if its weights are quantized and its
 *                                                weights as the forward pass reads them
 *                                                (quantized, programmed on chip instance
 *                                                (seed, instance) when the chip has programming
 *                                                noise or stuck cells, rounded, transposed) and,
 *                                                when they are quantized or rounded, as the
 *                                                backward does
 *   eic_forward(params, gains, acts, b0, b1, seed, step, first, sigma, prec)
 *                                                every stage for examples [b0,b1); the noise of
 *                                                example b is drawn for example first + b of the
 *                                                stream (seed, step); sigma (float): < 0 each binary
 *                                                stage's own, 0 none, > 0 this one for every stage
 *   eic_loss(acts, dacts, labels, b0, b1, batch, loss, correct)
 *                                                softmax cross-entropy: loss[b], correct[b] (i32),
 *                                                dL/dlogits (mean over `batch`) into dacts
 *   eic_backward(params, gains, acts, dacts, b0, b1, prec)
 *                                                deltas of every buffer, logits back to the first dense
 *   eic_grads(params, gains, acts, dacts, grads, batch, u0, u1)
 *                                                parameter gradients of work units [u0,u1); each unit
 *                                                sums over the whole batch in a fixed order, so the
 *                                                result does not depend on how units go to threads
 *   eic_adam(params, grads, m, v, lr, beta1, beta2, eps, bc1, bc2, e0, e1)
 *                                                Adam on parameter floats [e0,e1); bc = 1 - beta^t
 *
 * prec (i32) is the step's Precision (kinds.h): with PREC_BF16 the products read their
 * operands rounded by model_bf16, which the gains kernel (weights), the forward pass (a
 * tiles stage's input that no binary stage wrote) and the backward pass (the delta of an
 * accumulate's output) do in place; the gains buffer must come from a call with the
 * same prec as the forward and backward calls that read it.
 *
 * and the i64 constants eic_grad_units, eic_gain_units, eic_gain_floats and eic_model_fingerprint
 * (model_fingerprint of m, which the JIT checks against the model it runs). Activations and their
 * deltas use model.h's layout (act_stride floats per example). The math is
 * DESIGN.md section 2; runtime/refexec.c is the same in plain C. */
#ifndef EIC_EMIT_LLVM_H
#define EIC_EMIT_LLVM_H

#include "model.h"

#include <stddef.h>
#include <stdint.h>

/* The verified module of m's kernels as text (eicc --emit=llvm), or as bitcode (for
 * the .prog); each malloc'd, for the caller to free. NULL with a message in err if
 * the module does not verify (a bug in this generator). The LLVM C API stays
 * inside emit_llvm*.c. */
char *emitllvm_text(const Model *m, char *err, size_t errlen);
void *emitllvm_bitcode(const Model *m, size_t *size, char *err, size_t errlen);
/* The LLVM major version the bitcode is written with. */
unsigned emitllvm_version(void);

/* Work units of eic_grads: Bo*256 per dense layer, then one for every tau. */
int64_t emitllvm_grad_units(const Model *m);
/* Work units of eic_gains: Bo per accumulate stage, then Bo*Bi per tiles stage. */
int64_t emitllvm_gain_units(const Model *m);
/* Floats of the gains buffer: Bo*256 per accumulate stage, then Bo*Bi per quantized
 * tiles stage, then twice Bo*Bi*256*256 per tiles stage (each 64-byte aligned). */
int64_t emitllvm_gain_floats(const Model *m);

#endif
