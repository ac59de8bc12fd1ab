/* emit_llvm_gen.h: what the two halves of the LLVM code generator share: the
 * generator's state, the small IR builders (loops, vectors, addressing, the noise of
 * rng.h, the permute gain) and the three kernels built stage by stage. emit_llvm.c
 * builds the module and the kernels that do not depend on the stage kinds;
 * emit_llvm_stages.c builds each stage kind's forward, backward and gradient code.
 * Only these two files include it: the LLVM C API stays inside them.
 *
 * Loops are built by loop_open/loop_close (an i64 induction variable in a phi);
 * scalars that live across iterations are allocas in the entry block, which
 * mem2reg turns into registers. */
#ifndef EIC_EMIT_LLVM_GEN_H
#define EIC_EMIT_LLVM_GEN_H

#include "model.h"
#include "util.h"

#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* The core width; the vector width in floats of the element-wise code (VW) and of
 * the dense products' micro-tiles (VF: one AVX2 register; LLVM splits a vector where
 * the CPU's are narrower); the widest vector the builders below make. */
enum { N = CORE_N, VW = 8, VF = 8, LANES_MAX = 16 };

typedef struct Gen {
	const Model *m;
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTypeRef i1, i32, i64, f32, v8, vf, ptr, voidt;
	LLVMValueRef fn;
	LLVMBasicBlockRef entry;
	LLVMValueRef *perm_plus, *perm_minus; /* global tables, one per permutation */
	LLVMValueRef *gather_index;           /* global tables, one per gather */
	LLVMValueRef knobs;                   /* eic_knobs: model_knobs, which eicrun may rewrite */
	int64_t *gain_off;                    /* per stage: offset of its gains, or -1 */
	int64_t *scale_off;                   /* per quantized tiles stage: offset of its tile scales */
	int64_t *pack_off;                    /* per tiles stage: its weights as the forward pass reads them */
	int64_t *rows_off;                    /* per tiles stage: its weights as the backward pass reads them */
	int64_t *norm_off;                    /* per norm stage: its factors and statistics (emit_llvm_stages.c) */
} Gen;

typedef struct Loop {
	LLVMBasicBlockRef head, body, exit;
	LLVMValueRef iv;
	int64_t step;
} Loop;

typedef struct Args {
	LLVMValueRef params, gains, acts, dacts, grads, b0, b1, batch, seed, step, first, noise;
	LLVMValueRef bf16;  /* i1: the step's products read bf16 operands (model_bf16) */
	LLVMValueRef train; /* i1: a training step's forward pass (dropout on) */
} Args;

/* ---- small builders ---- */

static inline LLVMValueRef ci(Gen *g, int64_t v)
{
	return LLVMConstInt(g->i64, (unsigned long long)v, 1);
}

static inline LLVMValueRef cf(Gen *g, double v)
{
	return LLVMConstReal(g->f32, v);
}

static inline LLVMValueRef add(Gen *g, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildAdd(g->b, a, b, "");
}

static inline LLVMValueRef mul(Gen *g, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildMul(g->b, a, b, "");
}

/* &base[idx] for a float pointer */
static inline LLVMValueRef at(Gen *g, LLVMValueRef base, LLVMValueRef idx)
{
	return LLVMBuildGEP2(g->b, g->f32, base, &idx, 1, "");
}

static inline LLVMValueRef loadf(Gen *g, LLVMValueRef p)
{
	return LLVMBuildLoad2(g->b, g->f32, p, "");
}

static inline void storef(Gen *g, LLVMValueRef v, LLVMValueRef p)
{
	LLVMBuildStore(g->b, v, p);
}

/* A vector of type t at p, aligned to a float only. */
static inline LLVMValueRef loadt(Gen *g, LLVMTypeRef t, LLVMValueRef p)
{
	LLVMValueRef l = LLVMBuildLoad2(g->b, t, p, "");
	LLVMSetAlignment(l, 4);
	return l;
}

static inline LLVMValueRef loadv(Gen *g, LLVMValueRef p)
{
	return loadt(g, g->v8, p);
}

static inline void storev(Gen *g, LLVMValueRef v, LLVMValueRef p)
{
	LLVMSetAlignment(LLVMBuildStore(g->b, v, p), 4);
}

static inline LLVMValueRef intrinsic(Gen *g, const char *name, LLVMTypeRef type, LLVMValueRef *args, unsigned n)
{
	unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
	LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, id, &type, 1);
	LLVMTypeRef fty = LLVMIntrinsicGetType(g->ctx, id, &type, 1);
	return LLVMBuildCall2(g->b, fty, fn, args, n, "");
}

static inline LLVMValueRef call1(Gen *g, const char *name, LLVMValueRef x)
{
	return intrinsic(g, name, LLVMTypeOf(x), &x, 1);
}

static inline LLVMValueRef fmuladd(Gen *g, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
	LLVMValueRef args[3] = {a, b, c};
	return intrinsic(g, "llvm.fmuladd", LLVMTypeOf(a), args, 3);
}

/* x in every lane of a vector of type t */
static inline LLVMValueRef splatt(Gen *g, LLVMTypeRef t, LLVMValueRef x)
{
	unsigned n = LLVMGetVectorSize(t);
	LLVMValueRef v = LLVMBuildInsertElement(g->b, LLVMGetUndef(t), x, LLVMConstInt(g->i32, 0, 0), "");
	LLVMValueRef zeros[LANES_MAX];
	for (unsigned i = 0; i < n; i++)
		zeros[i] = LLVMConstInt(g->i32, 0, 0);
	return LLVMBuildShuffleVector(g->b, v, LLVMGetUndef(t), LLVMConstVector(zeros, n), "");
}

static inline LLVMValueRef splat(Gen *g, LLVMValueRef x)
{
	return splatt(g, g->v8, x);
}

/* The indices k .. k + VW - 1 of an i64 k, one per lane of a vector of i64 */
static inline LLVMValueRef lane_index(Gen *g, LLVMValueRef k)
{
	LLVMValueRef lane[VW];
	for (int e = 0; e < VW; e++)
		lane[e] = LLVMConstInt(g->i64, (unsigned long long)e, 0);
	return LLVMBuildAdd(g->b, splatt(g, LLVMVectorType(g->i64, VW), k), LLVMConstVector(lane, VW), "");
}

/* lanes summed in a fixed order: ((0+1)+(2+3)) + ((4+5)+(6+7)) */
static inline LLVMValueRef hsum(Gen *g, LLVMValueRef v)
{
	LLVMValueRef e[VW];
	for (int i = 0; i < VW; i++)
		e[i] = LLVMBuildExtractElement(g->b, v, LLVMConstInt(g->i32, (unsigned)i, 0), "");
	for (int w = 1; w < VW; w *= 2)
		for (int i = 0; i < VW; i += 2 * w)
			e[i] = LLVMBuildFAdd(g->b, e[i], e[i + w], "");
	return e[0];
}

/* A stack slot in the entry block (promoted to a register by mem2reg). */
static inline LLVMValueRef slot(Gen *g, LLVMTypeRef t)
{
	LLVMBasicBlockRef cur = LLVMGetInsertBlock(g->b);
	LLVMValueRef first = LLVMGetFirstInstruction(g->entry);
	if (first)
		LLVMPositionBuilderBefore(g->b, first);
	else
		LLVMPositionBuilderAtEnd(g->b, g->entry);
	LLVMValueRef a = LLVMBuildAlloca(g->b, t, "");
	LLVMPositionBuilderAtEnd(g->b, cur);
	return a;
}

/* for (iv = lo; iv < hi; iv += step) */
static inline LLVMValueRef loop_open(Gen *g, Loop *l, LLVMValueRef lo, LLVMValueRef hi, int64_t step)
{
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(g->b);
	l->head = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "loop");
	l->body = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "body");
	l->exit = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "done");
	l->step = step;
	LLVMBuildBr(g->b, l->head);
	LLVMPositionBuilderAtEnd(g->b, l->head);
	l->iv = LLVMBuildPhi(g->b, g->i64, "i");
	LLVMAddIncoming(l->iv, &lo, &pre, 1);
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, l->iv, hi, ""), l->body, l->exit);
	LLVMPositionBuilderAtEnd(g->b, l->body);
	return l->iv;
}

static inline void loop_close(Gen *g, Loop *l)
{
	LLVMValueRef next = LLVMBuildAdd(g->b, l->iv, ci(g, l->step), "");
	LLVMBasicBlockRef latch = LLVMGetInsertBlock(g->b);
	LLVMAddIncoming(l->iv, &next, &latch, 1);
	LLVMBuildBr(g->b, l->head);
	LLVMPositionBuilderAtEnd(g->b, l->exit);
}

/* Runs the rest of the current block only when cond holds; if_close joins. */
static inline LLVMBasicBlockRef if_open(Gen *g, LLVMValueRef cond)
{
	LLVMBasicBlockRef then = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "then");
	LLVMBasicBlockRef join = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "join");
	LLVMBuildCondBr(g->b, cond, then, join);
	LLVMPositionBuilderAtEnd(g->b, then);
	return join;
}

static inline void if_close(Gen *g, LLVMBasicBlockRef join)
{
	LLVMBuildBr(g->b, join);
	LLVMPositionBuilderAtEnd(g->b, join);
}

static inline LLVMValueRef begin(Gen *g, const char *name, LLVMTypeRef *params, unsigned n, const char *const *names)
{
	LLVMTypeRef ty = LLVMFunctionType(g->voidt, params, n, 0);
	g->fn = LLVMAddFunction(g->mod, name, ty);
	g->entry = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "entry");
	LLVMPositionBuilderAtEnd(g->b, g->entry);
	for (unsigned i = 0; i < n; i++)
		LLVMSetValueName2(LLVMGetParam(g->fn, i), names[i], strlen(names[i]));
	return g->fn;
}

static inline void end(Gen *g)
{
	LLVMBuildRetVoid(g->b);
}

/* The units of [u0, u1) that fall in [base, base + count): [lo, hi), absolute, with
 * lo <= hi (empty when the ranges do not meet). */
typedef struct UnitRange {
	LLVMValueRef lo, hi;
} UnitRange;

static inline UnitRange unit_range(Gen *g, LLVMValueRef u0, LLVMValueRef u1, int64_t base, int64_t count)
{
	LLVMValueRef lo = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSGT, u0, ci(g, base), ""), u0, ci(g, base), "");
	LLVMValueRef hi = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, u1, ci(g, base + count), ""), u1,
	                                  ci(g, base + count), "");
	hi = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, hi, lo, ""), lo, hi, "");
	return (UnitRange){lo, hi};
}

/* ---- addressing ---- */

static inline LLVMValueRef param_ptr(Gen *g, LLVMValueRef params, uint32_t p)
{
	return at(g, params, ci(g, (int64_t)(g->m->params[p].offset / 4)));
}

/* Example b's buffer `buf`, all its positions: acts + b * act_stride + offset */
static inline LLVMValueRef example_ptr(Gen *g, LLVMValueRef acts, LLVMValueRef b, uint32_t buf)
{
	return at(g, acts, add(g, mul(g, b, ci(g, (int64_t)g->m->act_stride)), ci(g, g->m->bufs[buf].offset)));
}

/* Row r of buffer `buf` (model.h): position r % positions of example r / positions;
 * for a buffer of one position, example r's */
static inline LLVMValueRef buf_ptr(Gen *g, LLVMValueRef acts, LLVMValueRef r, uint32_t buf)
{
	const ModelBuffer *x = &g->m->bufs[buf];
	if (x->positions == 1)
		return example_ptr(g, acts, r, buf);
	LLVMValueRef P = ci(g, x->positions);
	return at(g, example_ptr(g, acts, LLVMBuildUDiv(g->b, r, P, ""), buf),
	          mul(g, LLVMBuildURem(g->b, r, P, ""), ci(g, x->width)));
}

/* a's example counts and indices in rows of stage st (model.h): b0, b1, first and batch
 * times its positions; a gather's stay examples */
static inline Args rows_args(Gen *g, const Args *a, const ModelStage *st)
{
	Args r = *a;
	if (st->kind == STAGE_GATHER || g->m->bufs[st->out].positions == 1)
		return r;
	LLVMValueRef P = ci(g, g->m->bufs[st->out].positions);
	LLVMValueRef *v[] = {&r.b0, &r.b1, &r.first, &r.batch};
	for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
		if (*v[k])
			*v[k] = mul(g, *v[k], P);
	return r;
}

/* dst[0..n) = 0, n a multiple of VW */
static inline void zero(Gen *g, LLVMValueRef dst, int64_t n)
{
	Loop l;
	LLVMValueRef i = loop_open(g, &l, ci(g, 0), ci(g, n), VW);
	storev(g, LLVMConstNull(g->v8), at(g, dst, i));
	loop_close(g, &l);
}

/* ---- the permute gain a(tau), as model_permute_gain ---- */

static inline LLVMValueRef permute_gain(Gen *g, LLVMValueRef tau, uint32_t slots, bool derivative)
{
	LLVMValueRef s = cf(g, (double)slots), one = cf(g, 1.0), sm1 = cf(g, (double)slots - 1.0);
	LLVMValueRef pos = LLVMBuildFCmp(g->b, LLVMRealOGT, tau, cf(g, 0.0), "");
	/* e = exp(-|tau|) written as exp(tau > 0 ? -tau : tau) */
	LLVMValueRef e = call1(g, "llvm.exp", LLVMBuildSelect(g->b, pos, LLVMBuildFNeg(g->b, tau, ""), tau, ""));
	LLVMValueRef r;
	if (!derivative) {
		/* tau > 0: (1 - e) / (1 + (S-1) e); else (e - 1) / (e + S - 1) */
		LLVMValueRef a1 = LLVMBuildFDiv(g->b, LLVMBuildFSub(g->b, one, e, ""),
		                                LLVMBuildFAdd(g->b, one, LLVMBuildFMul(g->b, sm1, e, ""), ""), "");
		LLVMValueRef a2 = LLVMBuildFDiv(g->b, LLVMBuildFSub(g->b, e, one, ""), LLVMBuildFAdd(g->b, e, sm1, ""), "");
		r = LLVMBuildSelect(g->b, pos, a1, a2, "");
	} else {
		/* tau > 0: e S / (1 + (S-1) e)^2; else e S / (e + S - 1)^2 */
		LLVMValueRef d1 = LLVMBuildFAdd(g->b, one, LLVMBuildFMul(g->b, sm1, e, ""), "");
		LLVMValueRef d2 = LLVMBuildFAdd(g->b, e, sm1, "");
		LLVMValueRef d = LLVMBuildSelect(g->b, pos, d1, d2, "");
		r = LLVMBuildFDiv(g->b, LLVMBuildFMul(g->b, e, s, ""), LLVMBuildFMul(g->b, d, d, ""), "");
	}
	return r;
}

/* ---- the noise of rng.h ---- */

/* The type elem, or a vector of it as wide as t when t is a vector */
static inline LLVMTypeRef like(LLVMTypeRef t, LLVMTypeRef elem)
{
	return LLVMGetTypeKind(t) == LLVMVectorTypeKind ? LLVMVectorType(elem, LLVMGetVectorSize(t)) : elem;
}

/* The scalar constant c in every lane of t, or c itself when t is not a vector */
static inline LLVMValueRef lanes_of(LLVMTypeRef t, LLVMValueRef c)
{
	if (LLVMGetTypeKind(t) != LLVMVectorTypeKind)
		return c;
	LLVMValueRef lanes[LANES_MAX];
	unsigned n = LLVMGetVectorSize(t);
	for (unsigned i = 0; i < n; i++)
		lanes[i] = c;
	return LLVMConstVector(lanes, n);
}

static inline LLVMTypeRef scalar_of(LLVMTypeRef t)
{
	return LLVMGetTypeKind(t) == LLVMVectorTypeKind ? LLVMGetElementType(t) : t;
}

/* The constant v of type t (a float or an integer type, or a vector of one) in every lane */
static inline LLVMValueRef konst(LLVMTypeRef t, double v)
{
	LLVMTypeRef e = scalar_of(t);
	return lanes_of(t, LLVMGetTypeKind(e) == LLVMIntegerTypeKind ? LLVMConstInt(e, (unsigned long long)(int64_t)v, 1)
	                                                             : LLVMConstReal(e, v));
}

/* the 64-bit integer constant v in every lane of t */
static inline LLVMValueRef konst64(LLVMTypeRef t, uint64_t v)
{
	return lanes_of(t, LLVMConstInt(scalar_of(t), v, 0));
}

/* splitmix64's finaliser, on an i64 or a vector of them */
static inline LLVMValueRef mix(Gen *g, LLVMValueRef z)
{
	LLVMTypeRef t = LLVMTypeOf(z);
	z = LLVMBuildMul(g->b, LLVMBuildXor(g->b, z, LLVMBuildLShr(g->b, z, konst64(t, 30), ""), ""),
	                 konst64(t, 0xbf58476d1ce4e5b9ull), "");
	z = LLVMBuildMul(g->b, LLVMBuildXor(g->b, z, LLVMBuildLShr(g->b, z, konst64(t, 27), ""), ""),
	                 konst64(t, 0x94d049bb133111ebull), "");
	return LLVMBuildXor(g->b, z, LLVMBuildLShr(g->b, z, konst64(t, 31), ""), "");
}

static inline LLVMValueRef rng_row(Gen *g, LLVMValueRef seed, LLVMValueRef step, uint32_t stage, LLVMValueRef example)
{
	LLVMValueRef h = mix(g, add(g, seed, ci(g, (int64_t)0x9e3779b97f4a7c15ull)));
	h = mix(g, add(g, h, step));
	return mix(g, add(g, h, LLVMBuildOr(g->b, LLVMConstInt(g->i64, (unsigned long long)stage << 40, 0), example, "")));
}

static inline LLVMValueRef fma3(Gen *g, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
	LLVMValueRef args[3] = {a, b, c};
	return intrinsic(g, "llvm.fma", LLVMTypeOf(a), args, 3);
}

/* rng.h's rng_log, operation by operation, on a float or a vector of them */
static inline LLVMValueRef rng_log(Gen *g, LLVMValueRef u)
{
	LLVMTypeRef ft = LLVMTypeOf(u), it = like(ft, g->i32);
	LLVMValueRef bits = LLVMBuildBitCast(g->b, u, it, "");
	LLVMValueRef ex = LLVMBuildSub(g->b, LLVMBuildLShr(g->b, bits, konst(it, 23), ""), konst(it, 127), "");
	LLVMValueRef e = LLVMBuildSIToFP(g->b, ex, ft, "");
	LLVMValueRef mbits = LLVMBuildOr(g->b, LLVMBuildAnd(g->b, bits, konst(it, 0x7fffff), ""), konst(it, 0x3f800000), "");
	LLVMValueRef m = LLVMBuildBitCast(g->b, mbits, ft, "");
	LLVMValueRef big = LLVMBuildFCmp(g->b, LLVMRealOGT, m, konst(ft, 0x1.6a09e6p+0f), "");
	m = LLVMBuildSelect(g->b, big, LLVMBuildFMul(g->b, m, konst(ft, 0.5), ""), m, "");
	e = LLVMBuildSelect(g->b, big, LLVMBuildFAdd(g->b, e, konst(ft, 1.0), ""), e, "");
	LLVMValueRef t = LLVMBuildFDiv(g->b, LLVMBuildFSub(g->b, m, konst(ft, 1.0), ""), LLVMBuildFAdd(g->b, m, konst(ft, 1.0), ""),
	                               "");
	LLVMValueRef t2 = LLVMBuildFMul(g->b, t, t, "");
	LLVMValueRef p = fma3(g, t2, konst(ft, 0x1.c71c72p-4f), konst(ft, 0x1.24924ap-3f));
	p = fma3(g, p, t2, konst(ft, 0x1.99999ap-3f));
	p = fma3(g, p, t2, konst(ft, 0x1.555556p-2f));
	p = fma3(g, p, t2, konst(ft, 1.0));
	return fma3(g, e, konst(ft, 0x1.62e430p-1f), LLVMBuildFMul(g->b, LLVMBuildFMul(g->b, konst(ft, 2.0), t, ""), p, ""));
}

/* rng.h's rng_cos2pi, operation by operation, on a float or a vector of them */
static inline LLVMValueRef rng_cos2pi(Gen *g, LLVMValueRef u)
{
	LLVMTypeRef ft = LLVMTypeOf(u);
	LLVMValueRef low = LLVMBuildFCmp(g->b, LLVMRealOLT, u, konst(ft, 0.5), "");
	LLVMValueRef w = LLVMBuildSelect(g->b, low, u, LLVMBuildFSub(g->b, konst(ft, 1.0), u, ""), "");
	LLVMValueRef z = LLVMBuildFMul(g->b, LLVMBuildFSub(g->b, w, konst(ft, 0.25), ""), konst(ft, 0x1.921fb6p+2f), "");
	LLVMValueRef z2 = LLVMBuildFMul(g->b, z, z, "");
	LLVMValueRef p = fma3(g, z2, konst(ft, -0x1.ae6456p-26f), konst(ft, 0x1.71de3ap-19f));
	p = fma3(g, p, z2, konst(ft, -0x1.a01a02p-13f));
	p = fma3(g, p, z2, konst(ft, 0x1.111112p-7f));
	p = fma3(g, p, z2, konst(ft, -0x1.555556p-3f));
	return LLVMBuildFNeg(g->b, fma3(g, LLVMBuildFMul(g->b, z, z2, ""), p, z), "");
}

/* rng.h's rng_normal(row, element) for an i64 element, or for a vector of VW elements
 * (then a vector of VW draws) */
static inline LLVMValueRef rng_normal(Gen *g, LLVMValueRef row, LLVMValueRef element)
{
	LLVMTypeRef it = LLVMTypeOf(element), ft = like(it, g->f32);
	if (LLVMGetTypeKind(it) == LLVMVectorTypeKind)
		row = splatt(g, it, row);
	LLVMValueRef r = mix(g, LLVMBuildAdd(g->b, row, LLVMBuildMul(g->b, element, konst64(it, 0x9e3779b97f4a7c15ull), ""), ""));
	LLVMValueRef two = konst(it, 2), one = konst(it, 1), scale = konst(ft, 0x1p-24);
	LLVMValueRef h1 = LLVMBuildAdd(g->b, LLVMBuildMul(g->b, two, LLVMBuildLShr(g->b, r, konst(it, 41), ""), ""), one, "");
	LLVMValueRef h2 = LLVMBuildAdd(
		g->b, LLVMBuildMul(g->b, two, LLVMBuildAnd(g->b, LLVMBuildLShr(g->b, r, konst(it, 17), ""), konst(it, 0x7fffff), ""), ""),
		one, "");
	LLVMValueRef u1 = LLVMBuildFMul(g->b, LLVMBuildUIToFP(g->b, h1, ft, ""), scale, "");
	LLVMValueRef u2 = LLVMBuildFMul(g->b, LLVMBuildUIToFP(g->b, h2, ft, ""), scale, "");
	LLVMValueRef rad = call1(g, "llvm.sqrt", LLVMBuildFMul(g->b, konst(ft, -2.0), rng_log(g, u1), ""));
	return LLVMBuildFMul(g->b, rad, rng_cos2pi(g, u2), "");
}

/* rng.h's rng_u24(row, element) for an i64 element, or for a vector of VW elements */
static inline LLVMValueRef rng_u24(Gen *g, LLVMValueRef row, LLVMValueRef element)
{
	LLVMTypeRef it = LLVMTypeOf(element);
	if (LLVMGetTypeKind(it) == LLVMVectorTypeKind)
		row = splatt(g, it, row);
	LLVMValueRef r = mix(g, LLVMBuildAdd(g->b, row, LLVMBuildMul(g->b, element, konst64(it, 0x9e3779b97f4a7c15ull), ""), ""));
	return LLVMBuildLShr(g->b, r, konst64(it, 40), "");
}

/* rng.h's rng_kept(row, element, cut) for an i64 element, or for a vector of VW
 * elements (then a vector of i1) */
static inline LLVMValueRef rng_kept(Gen *g, LLVMValueRef row, LLVMValueRef element, uint64_t cut)
{
	LLVMValueRef u = rng_u24(g, row, element);
	return LLVMBuildICmp(g->b, LLVMIntUGE, u, konst64(LLVMTypeOf(u), cut), "");
}

/* ---- precision ---- */

/* model_bf16 of a float or a vector of them: to nearest, ties to even, a NaN kept */
static inline LLVMValueRef round_bf16(Gen *g, LLVMValueRef x)
{
	LLVMTypeRef ft = LLVMTypeOf(x), it = like(ft, g->i32);
	LLVMValueRef u = LLVMBuildBitCast(g->b, x, it, "");
	LLVMValueRef odd = LLVMBuildAnd(g->b, LLVMBuildLShr(g->b, u, konst(it, 16), ""), konst(it, 1), "");
	LLVMValueRef up = LLVMBuildAdd(g->b, u, LLVMBuildAdd(g->b, odd, konst(it, 0x7fff), ""), "");
	LLVMValueRef nan = LLVMBuildFCmp(g->b, LLVMRealUNO, x, x, "");
	u = LLVMBuildSelect(g->b, nan, LLVMBuildOr(g->b, u, konst(it, 0x00400000), ""), up, "");
	return LLVMBuildBitCast(g->b, LLVMBuildAnd(g->b, u, konst64(it, 0xffff0000u), ""), ft, "");
}

/* The i1 "bf16" of a kernel's i32 precision argument (kinds.h's Precision) */
static inline LLVMValueRef bf16_of(Gen *g, LLVMValueRef prec)
{
	return LLVMBuildICmp(g->b, LLVMIntEQ, prec, LLVMConstInt(g->i32, PREC_BF16, 0), "bf16");
}

/* x, or model_bf16(x) when the i1 bf16 is true */
static inline LLVMValueRef operand(Gen *g, LLVMValueRef bf16, LLVMValueRef x)
{
	return LLVMBuildSelect(g->b, bf16, round_bf16(g, x), x, "");
}

/* In the gains kernel: the weights of tile t of tiles stage `stage`, quantized as the
 * kernels use them (its scale already in the gains buffer), with programming noise or
 * stuck cells the codes of chip instance (a->seed, a->step) (cell.h), and rounded to
 * bf16 when the i1 a->bf16 is true, into their places of the gains buffer: transposed
 * for the forward products; as they are for the backward's, when they differ from the
 * parameters (quantized or rounded). Reads a->params, gains, seed, step, bf16. */
void gen_pack(Gen *g, const Args *a, uint32_t stage, LLVMValueRef t);

/* Block `block` (N neurons) of norm stage `stage`'s factors, from its running
 * statistics, into its place in the gains buffer (evaluation's; training's eic_norm
 * overwrites them). */
void gen_norm_gains(Gen *g, LLVMValueRef params, LLVMValueRef gains, uint32_t stage, LLVMValueRef block);

/* The kernels made of one piece of code per stage kind (emit_llvm_stages.c); gen_norm
 * makes eic_norm and eic_norm_backward. */
void gen_forward(Gen *g);
void gen_backward(Gen *g);
void gen_grads(Gen *g);
void gen_norm(Gen *g);

#endif
