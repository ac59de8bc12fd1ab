/* emit_llvm.c: the kernels of emit_llvm.h, generated stage by stage.
 *
 * Loops are built by loop_open/loop_close (an i64 induction variable in a phi);
 * scalars that live across iterations are allocas in the entry block, which
 * mem2reg turns into registers. The dense products are written with explicit
 * <8 x float> vectors over the 256-wide rows and the examples of a slice in the
 * innermost scalar loop, so a weight row is read once per slice and stays in L1
 * while every example uses it; every reduction has a fixed order, so a result does
 * not depend on the host's thread count. */
#include "emit_llvm.h"
#include "util.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/BitWriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { N = CORE_N, VW = 8 }; /* core width; vector width in floats */

typedef struct Gen {
	const Model *m;
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTypeRef i1, i32, i64, f32, v8, ptr, voidt;
	LLVMValueRef fn;
	LLVMBasicBlockRef entry;
	LLVMValueRef *perm_plus, *perm_minus; /* global tables, one per permutation */
	int64_t *gain_off;                    /* per stage: offset of its gains, or -1 */
	int64_t *scale_off;                   /* per quantized tiles stage: offset of its tile scales */
} Gen;

typedef struct Loop {
	LLVMBasicBlockRef head, body, exit;
	LLVMValueRef iv;
	int64_t step;
} Loop;

/* ---- small builders ---- */

static LLVMValueRef ci(Gen *g, int64_t v)
{
	return LLVMConstInt(g->i64, (unsigned long long)v, 1);
}

static LLVMValueRef cf(Gen *g, double v)
{
	return LLVMConstReal(g->f32, v);
}

static LLVMValueRef add(Gen *g, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildAdd(g->b, a, b, "");
}

static LLVMValueRef mul(Gen *g, LLVMValueRef a, LLVMValueRef b)
{
	return LLVMBuildMul(g->b, a, b, "");
}

/* &base[idx] for a float pointer */
static LLVMValueRef at(Gen *g, LLVMValueRef base, LLVMValueRef idx)
{
	return LLVMBuildGEP2(g->b, g->f32, base, &idx, 1, "");
}

static LLVMValueRef loadf(Gen *g, LLVMValueRef p)
{
	return LLVMBuildLoad2(g->b, g->f32, p, "");
}

static void storef(Gen *g, LLVMValueRef v, LLVMValueRef p)
{
	LLVMBuildStore(g->b, v, p);
}

static LLVMValueRef loadv(Gen *g, LLVMValueRef p)
{
	LLVMValueRef l = LLVMBuildLoad2(g->b, g->v8, p, "");
	LLVMSetAlignment(l, 4);
	return l;
}

static void storev(Gen *g, LLVMValueRef v, LLVMValueRef p)
{
	LLVMSetAlignment(LLVMBuildStore(g->b, v, p), 4);
}

static LLVMValueRef intrinsic(Gen *g, const char *name, LLVMTypeRef type, LLVMValueRef *args, unsigned n)
{
	unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
	LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, id, &type, 1);
	LLVMTypeRef fty = LLVMIntrinsicGetType(g->ctx, id, &type, 1);
	return LLVMBuildCall2(g->b, fty, fn, args, n, "");
}

static LLVMValueRef call1(Gen *g, const char *name, LLVMValueRef x)
{
	return intrinsic(g, name, LLVMTypeOf(x), &x, 1);
}

static LLVMValueRef fmuladd(Gen *g, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c)
{
	LLVMValueRef args[3] = {a, b, c};
	return intrinsic(g, "llvm.fmuladd", LLVMTypeOf(a), args, 3);
}

static LLVMValueRef splat(Gen *g, LLVMValueRef x)
{
	LLVMValueRef v = LLVMGetUndef(g->v8);
	v = LLVMBuildInsertElement(g->b, v, x, LLVMConstInt(g->i32, 0, 0), "");
	LLVMValueRef zeros[VW];
	for (int i = 0; i < VW; i++)
		zeros[i] = LLVMConstInt(g->i32, 0, 0);
	return LLVMBuildShuffleVector(g->b, v, LLVMGetUndef(g->v8), LLVMConstVector(zeros, VW), "");
}

/* lanes summed in a fixed order: ((0+1)+(2+3)) + ((4+5)+(6+7)) */
static LLVMValueRef hsum(Gen *g, LLVMValueRef v)
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
static LLVMValueRef slot(Gen *g, LLVMTypeRef t)
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
static LLVMValueRef loop_open(Gen *g, Loop *l, LLVMValueRef lo, LLVMValueRef hi, int64_t step)
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

static void loop_close(Gen *g, Loop *l)
{
	LLVMValueRef next = LLVMBuildAdd(g->b, l->iv, ci(g, l->step), "");
	LLVMBasicBlockRef latch = LLVMGetInsertBlock(g->b);
	LLVMAddIncoming(l->iv, &next, &latch, 1);
	LLVMBuildBr(g->b, l->head);
	LLVMPositionBuilderAtEnd(g->b, l->exit);
}

/* Runs the rest of the current block only when cond holds; if_close joins. */
static LLVMBasicBlockRef if_open(Gen *g, LLVMValueRef cond)
{
	LLVMBasicBlockRef then = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "then");
	LLVMBasicBlockRef join = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "join");
	LLVMBuildCondBr(g->b, cond, then, join);
	LLVMPositionBuilderAtEnd(g->b, then);
	return join;
}

static void if_close(Gen *g, LLVMBasicBlockRef join)
{
	LLVMBuildBr(g->b, join);
	LLVMPositionBuilderAtEnd(g->b, join);
}

static LLVMValueRef begin(Gen *g, const char *name, LLVMTypeRef *params, unsigned n, const char *const *names)
{
	LLVMTypeRef ty = LLVMFunctionType(g->voidt, params, n, 0);
	g->fn = LLVMAddFunction(g->mod, name, ty);
	g->entry = LLVMAppendBasicBlockInContext(g->ctx, g->fn, "entry");
	LLVMPositionBuilderAtEnd(g->b, g->entry);
	for (unsigned i = 0; i < n; i++)
		LLVMSetValueName2(LLVMGetParam(g->fn, i), names[i], strlen(names[i]));
	return g->fn;
}

static void end(Gen *g)
{
	LLVMBuildRetVoid(g->b);
}

/* ---- addressing ---- */

static LLVMValueRef param_ptr(Gen *g, LLVMValueRef params, uint32_t p)
{
	return at(g, params, ci(g, (int64_t)(g->m->params[p].offset / 4)));
}

/* Example b's buffer `buf`: acts + b * act_stride + offset */
static LLVMValueRef buf_ptr(Gen *g, LLVMValueRef acts, LLVMValueRef b, uint32_t buf)
{
	return at(g, acts, add(g, mul(g, b, ci(g, (int64_t)g->m->act_stride)), ci(g, g->m->bufs[buf].offset)));
}

/* dst[0..n) = 0, n a multiple of VW */
static void zero(Gen *g, LLVMValueRef dst, int64_t n)
{
	Loop l;
	LLVMValueRef i = loop_open(g, &l, ci(g, 0), ci(g, n), VW);
	storev(g, LLVMConstNull(g->v8), at(g, dst, i));
	loop_close(g, &l);
}

/* ---- the permute gain a(tau), as model_permute_gain ---- */

static LLVMValueRef permute_gain(Gen *g, LLVMValueRef tau, uint32_t slots, bool derivative)
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

static LLVMValueRef mix(Gen *g, LLVMValueRef z)
{
	z = LLVMBuildMul(g->b, LLVMBuildXor(g->b, z, LLVMBuildLShr(g->b, z, ci(g, 30), ""), ""),
	                 ci(g, (int64_t)0xbf58476d1ce4e5b9ull), "");
	z = LLVMBuildMul(g->b, LLVMBuildXor(g->b, z, LLVMBuildLShr(g->b, z, ci(g, 27), ""), ""),
	                 ci(g, (int64_t)0x94d049bb133111ebull), "");
	return LLVMBuildXor(g->b, z, LLVMBuildLShr(g->b, z, ci(g, 31), ""), "");
}

static LLVMValueRef rng_row(Gen *g, LLVMValueRef seed, LLVMValueRef step, uint32_t stage, LLVMValueRef example)
{
	LLVMValueRef h = mix(g, add(g, seed, ci(g, (int64_t)0x9e3779b97f4a7c15ull)));
	h = mix(g, add(g, h, step));
	return mix(g, add(g, h, LLVMBuildOr(g->b, ci(g, (int64_t)stage << 40), example, "")));
}

static LLVMValueRef rng_normal(Gen *g, LLVMValueRef row, LLVMValueRef element)
{
	LLVMValueRef r = mix(g, add(g, row, mul(g, element, ci(g, (int64_t)0x9e3779b97f4a7c15ull))));
	LLVMValueRef two = ci(g, 2), one = ci(g, 1), scale = cf(g, 0x1p-24);
	LLVMValueRef h1 = add(g, mul(g, two, LLVMBuildLShr(g->b, r, ci(g, 41), "")), one);
	LLVMValueRef h2 = add(g, mul(g, two, LLVMBuildAnd(g->b, LLVMBuildLShr(g->b, r, ci(g, 17), ""), ci(g, 0x7fffff), "")), one);
	LLVMValueRef u1 = LLVMBuildFMul(g->b, LLVMBuildUIToFP(g->b, h1, g->f32, ""), scale, "");
	LLVMValueRef u2 = LLVMBuildFMul(g->b, LLVMBuildUIToFP(g->b, h2, g->f32, ""), scale, "");
	LLVMValueRef rad = call1(g, "llvm.sqrt", LLVMBuildFMul(g->b, cf(g, -2.0), call1(g, "llvm.log", u1), ""));
	LLVMValueRef ang = call1(g, "llvm.cos", LLVMBuildFMul(g->b, cf(g, 6.28318530717958647692), u2, ""));
	return LLVMBuildFMul(g->b, rad, ang, "");
}

/* ---- forward stages ---- */

typedef struct Args {
	LLVMValueRef params, gains, acts, dacts, grads, b0, b1, batch, seed, step, first, noise;
} Args;

/* A dot product runs as CHAINS independent accumulators, and GROUP examples share
 * each weight vector loaded: GROUP x CHAINS chains of FMAs overlap. */
enum { CHAINS = 2, GROUP = 4 };

/* The scale of tile (i,j) of a quantized tiles stage and its inverse, as
 * model_quantize computes them; NULLs for float weights. */
typedef struct TileScale {
	LLVMValueRef scale, inv;
} TileScale;

static TileScale tile_scale(Gen *g, const Args *a, uint32_t stage, LLVMValueRef tile)
{
	const ModelStage *st = &g->m->stages[stage];
	if (!st->levels)
		return (TileScale){NULL, NULL};
	LLVMValueRef s = loadf(g, at(g, a->gains, add(g, ci(g, g->scale_off[stage]), tile)));
	return (TileScale){splat(g, s), splat(g, LLVMBuildFDiv(g->b, cf(g, 1.0), s, ""))};
}

/* VW weights at p, quantized: clamp(rint(w * inv), -L, L) * s */
static LLVMValueRef load_weights(Gen *g, const ModelStage *st, TileScale ts, LLVMValueRef p)
{
	LLVMValueRef w = loadv(g, p);
	if (!ts.scale)
		return w;
	LLVMValueRef t = call1(g, "llvm.rint", LLVMBuildFMul(g->b, w, ts.inv, ""));
	LLVMValueRef lo = splat(g, cf(g, -(double)st->levels)), hi = splat(g, cf(g, (double)st->levels));
	LLVMValueRef args[2] = {t, lo};
	t = intrinsic(g, "llvm.maxnum", g->v8, args, 2);
	args[0] = t;
	args[1] = hi;
	t = intrinsic(g, "llvm.minnum", g->v8, args, 2);
	return LLVMBuildFMul(g->b, t, ts.scale, "");
}

/* y[b,i,j,k] = W[i,j,k,:] . x[b,j,:], as CHAINS interleaved partial sums of VW lanes,
 * added in a fixed order at the end */
/* out[e] = W row . x[e] for the examples e < n of a group, each dot product as CHAINS
 * interleaved partial sums of VW lanes added in a fixed order: the same operations for
 * an example whatever group it is in, so no result depends on how a batch is split.
 * A weight vector is loaded once for the whole group. */
static void dot_group(Gen *g, const ModelStage *st, TileScale ts, LLVMValueRef wrow, const LLVMValueRef *x,
                      const LLVMValueRef *out, int n)
{
	LLVMValueRef acc[GROUP][CHAINS];
	for (int e = 0; e < n; e++)
		for (int c = 0; c < CHAINS; c++) {
			acc[e][c] = slot(g, g->v8);
			LLVMBuildStore(g->b, LLVMConstNull(g->v8), acc[e][c]);
		}
	Loop ll;
	LLVMValueRef l = loop_open(g, &ll, ci(g, 0), ci(g, N), VW * CHAINS);
	for (int c = 0; c < CHAINS; c++) {
		LLVMValueRef lc = add(g, l, ci(g, VW * c));
		LLVMValueRef w = load_weights(g, st, ts, at(g, wrow, lc));
		for (int e = 0; e < n; e++)
			LLVMBuildStore(g->b, fmuladd(g, w, loadv(g, at(g, x[e], lc)), LLVMBuildLoad2(g->b, g->v8, acc[e][c], "")),
			               acc[e][c]);
	}
	loop_close(g, &ll);
	for (int e = 0; e < n; e++) {
		LLVMValueRef sum = LLVMBuildLoad2(g->b, g->v8, acc[e][0], "");
		for (int c = 1; c < CHAINS; c++)
			sum = LLVMBuildFAdd(g->b, sum, LLVMBuildLoad2(g->b, g->v8, acc[e][c], ""), "");
		storef(g, hsum(g, sum), out[e]);
	}
}

/* The examples [lo, hi) in groups of n, or one by one for n = 1: for each group, every
 * row of tile (i,j) against the group's input block, which stays in L1 meanwhile. */
static void tiles_rows(Gen *g, const Args *a, const ModelStage *st, TileScale ts, LLVMValueRef tile, LLVMValueRef j,
                       LLVMValueRef lo, LLVMValueRef hi, int n)
{
	Loop lb, lk;
	LLVMValueRef W = param_ptr(g, a->params, st->param);
	LLVMValueRef b = loop_open(g, &lb, lo, hi, n);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, N), 1);
	LLVMValueRef row = add(g, mul(g, tile, ci(g, N)), k); /* y index and W row */
	LLVMValueRef wrow = at(g, W, mul(g, row, ci(g, N)));
	LLVMValueRef x[GROUP], out[GROUP];
	for (int e = 0; e < n; e++) {
		LLVMValueRef be = add(g, b, ci(g, e));
		x[e] = at(g, buf_ptr(g, a->acts, be, st->in), mul(g, j, ci(g, N)));
		out[e] = at(g, buf_ptr(g, a->acts, be, st->out), row);
	}
	dot_group(g, st, ts, wrow, x, out, n);
	loop_close(g, &lk);
	loop_close(g, &lb);
}

/* y[b,i,j,k] = W[i,j,k,:] . x[b,j,:] */
static void fwd_tiles(Gen *g, const Args *a, uint32_t stage)
{
	const ModelStage *st = &g->m->stages[stage];
	Loop li, lj;
	LLVMValueRef i = loop_open(g, &li, ci(g, 0), ci(g, st->bo), 1);
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, st->bi), 1);
	LLVMValueRef tile = add(g, mul(g, i, ci(g, st->bi)), j);
	TileScale ts = tile_scale(g, a, stage, tile);
	LLVMValueRef full = add(g, a->b0, mul(g, LLVMBuildSDiv(g->b, LLVMBuildSub(g->b, a->b1, a->b0, ""), ci(g, GROUP), ""),
	                                      ci(g, GROUP)));
	tiles_rows(g, a, st, ts, tile, j, a->b0, full, GROUP);
	tiles_rows(g, a, st, ts, tile, j, full, a->b1, 1);
	loop_close(g, &lj);
	loop_close(g, &li);
}

/* z[b,i,k] = (sum_j y[b,i,j,k]) g[i,k]; masked past `used` */
static void fwd_accumulate(Gen *g, const Args *a, const ModelStage *st, int64_t gain_off)
{
	Loop lb, li, lk, lj;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef y = buf_ptr(g, a->acts, b, st->in), z = buf_ptr(g, a->acts, b, st->out);
	LLVMValueRef i = loop_open(g, &li, ci(g, 0), ci(g, st->bo), 1);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, N), 1);
	LLVMValueRef sum = slot(g, g->f32);
	storef(g, cf(g, 0.0), sum);
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, st->bi), 1);
	LLVMValueRef yi = add(g, mul(g, add(g, mul(g, i, ci(g, st->bi)), j), ci(g, N)), k);
	storef(g, LLVMBuildFAdd(g->b, loadf(g, sum), loadf(g, at(g, y, yi)), ""), sum);
	loop_close(g, &lj);
	LLVMValueRef out = add(g, mul(g, i, ci(g, N)), k);
	LLVMValueRef v = LLVMBuildFMul(g->b, loadf(g, sum), loadf(g, at(g, a->gains, add(g, ci(g, gain_off), out))), "");
	LLVMValueRef keep = LLVMBuildICmp(g->b, LLVMIntSLT, out, ci(g, st->used), "");
	storef(g, LLVMBuildSelect(g->b, keep, v, cf(g, 0.0), ""), at(g, z, out));
	loop_close(g, &lk);
	loop_close(g, &li);
	loop_close(g, &lb);
}

/* s = [x + noise eps >= threshold], 0 past `used` */
static void fwd_binary(Gen *g, const Args *a, const ModelStage *st, uint32_t index)
{
	const ModelBuffer *out = &g->m->bufs[st->out];
	/* sigma: the stage's own when the argument is negative, else the argument */
	LLVMValueRef own = LLVMBuildFCmp(g->b, LLVMRealOLT, a->noise, cf(g, 0.0), "");
	LLVMValueRef sigma = LLVMBuildSelect(g->b, own, cf(g, st->noise), a->noise, "");
	LLVMValueRef noisy = LLVMBuildFCmp(g->b, LLVMRealOGT, sigma, cf(g, 0.0), "");
	Loop lb, lk;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef x = buf_ptr(g, a->acts, b, st->in), s = buf_ptr(g, a->acts, b, st->out);
	LLVMValueRef row = rng_row(g, a->seed, a->step, index, add(g, a->first, b));
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, out->used), 1);
	LLVMValueRef v = loadf(g, at(g, x, k));
	LLVMValueRef sum = slot(g, g->f32);
	storef(g, v, sum);
	LLVMBasicBlockRef join = if_open(g, noisy);
	storef(g, LLVMBuildFAdd(g->b, v, LLVMBuildFMul(g->b, sigma, rng_normal(g, row, k), ""), ""), sum);
	if_close(g, join);
	LLVMValueRef fire = LLVMBuildFCmp(g->b, LLVMRealOGE, loadf(g, sum), cf(g, st->threshold), "");
	storef(g, LLVMBuildUIToFP(g->b, fire, g->f32, ""), at(g, s, k));
	loop_close(g, &lk);
	Loop lp;
	k = loop_open(g, &lp, ci(g, out->used), ci(g, out->width), 1);
	storef(g, cf(g, 0.0), at(g, s, k));
	loop_close(g, &lp);
	loop_close(g, &lb);
}

static LLVMValueRef perm_entry(Gen *g, LLVMValueRef table, uint32_t slots, LLVMValueRef r)
{
	LLVMTypeRef arr = LLVMArrayType(g->i32, slots);
	LLVMValueRef idx[2] = {ci(g, 0), r};
	LLVMValueRef p = LLVMBuildGEP2(g->b, arr, table, idx, 2, "");
	return LLVMBuildSExt(g->b, LLVMBuildLoad2(g->b, g->i32, p, ""), g->i64, "");
}

/* Loops over the elements of a permute stage for examples [b0,b1): calls body with
 * (example, output index, plus index, minus index). */
typedef void PermBody(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef b, LLVMValueRef o, LLVMValueRef p,
                      LLVMValueRef q, LLVMValueRef gain, LLVMValueRef acc);

static void permute_loops(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef b0, LLVMValueRef b1,
                          LLVMValueRef gain, LLVMValueRef acc, PermBody *body)
{
	const ModelPerm *pm = &g->m->perms[st->perm];
	Loop lb, ls, lr, le;
	LLVMValueRef b = loop_open(g, &lb, b0, b1, 1);
	LLVMValueRef s = loop_open(g, &ls, ci(g, 0), ci(g, st->bo), 1);
	LLVMValueRef r = loop_open(g, &lr, ci(g, 0), ci(g, pm->slots), 1);
	LLVMValueRef base = mul(g, s, ci(g, N)), C = ci(g, pm->chunk);
	LLVMValueRef po = add(g, base, mul(g, perm_entry(g, g->perm_plus[st->perm], pm->slots, r), C));
	LLVMValueRef mo = add(g, base, mul(g, perm_entry(g, g->perm_minus[st->perm], pm->slots, r), C));
	LLVMValueRef oo = add(g, base, mul(g, r, C));
	LLVMValueRef e = loop_open(g, &le, ci(g, 0), C, 1);
	body(g, a, st, b, add(g, oo, e), add(g, po, e), add(g, mo, e), gain, acc);
	loop_close(g, &le);
	loop_close(g, &lr);
	loop_close(g, &ls);
	loop_close(g, &lb);
}

static void perm_fwd_body(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef b, LLVMValueRef o, LLVMValueRef p,
                          LLVMValueRef q, LLVMValueRef gain, LLVMValueRef acc)
{
	(void)acc;
	LLVMValueRef x = buf_ptr(g, a->acts, b, st->in);
	LLVMValueRef d = LLVMBuildFSub(g->b, loadf(g, at(g, x, p)), loadf(g, at(g, x, q)), "");
	storef(g, LLVMBuildFMul(g->b, gain, d, ""), at(g, buf_ptr(g, a->acts, b, st->out), o));
}

/* a(tau); 1 for a hard permutation */
static LLVMValueRef stage_gain(Gen *g, const Args *a, const ModelStage *st)
{
	if (st->hard)
		return cf(g, 1.0);
	return permute_gain(g, loadf(g, param_ptr(g, a->params, st->param)), g->m->perms[st->perm].slots, false);
}

static void fwd_permute(Gen *g, const Args *a, const ModelStage *st)
{
	permute_loops(g, a, st, a->b0, a->b1, stage_gain(g, a, st), NULL, perm_fwd_body);
}

static void fwd_readout(Gen *g, const Args *a, const ModelStage *st)
{
	Loop lb, lk;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, g->m->logits), 1);
	storef(g, loadf(g, at(g, buf_ptr(g, a->acts, b, st->in), k)), at(g, buf_ptr(g, a->acts, b, st->out), k));
	loop_close(g, &lk);
	loop_close(g, &lb);
}

/* ---- backward stages: deltas, per example ---- */

static void bwd_readout(Gen *g, const Args *a, const ModelStage *st)
{
	Loop lb, lk;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef din = buf_ptr(g, a->dacts, b, st->in);
	zero(g, din, g->m->bufs[st->in].width);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, g->m->logits), 1);
	storef(g, loadf(g, at(g, buf_ptr(g, a->dacts, b, st->out), k)), at(g, din, k));
	loop_close(g, &lk);
	loop_close(g, &lb);
}

/* dy[b,i,j,k] = dz[b,i,k] g[i,k] for every j; 0 past `used` */
static void bwd_accumulate(Gen *g, const Args *a, const ModelStage *st, int64_t gain_off)
{
	Loop lb, li, lk, lj;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef dz = buf_ptr(g, a->dacts, b, st->out), dy = buf_ptr(g, a->dacts, b, st->in);
	LLVMValueRef i = loop_open(g, &li, ci(g, 0), ci(g, st->bo), 1);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, N), 1);
	LLVMValueRef out = add(g, mul(g, i, ci(g, N)), k);
	LLVMValueRef v = LLVMBuildFMul(g->b, loadf(g, at(g, dz, out)), loadf(g, at(g, a->gains, add(g, ci(g, gain_off), out))), "");
	v = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, out, ci(g, st->used), ""), v, cf(g, 0.0), "");
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, st->bi), 1);
	storef(g, v, at(g, dy, add(g, mul(g, add(g, mul(g, i, ci(g, st->bi)), j), ci(g, N)), k)));
	loop_close(g, &lj);
	loop_close(g, &lk);
	loop_close(g, &li);
	loop_close(g, &lb);
}

/* dx[b,j,:] = sum_i sum_k dy[b,i,j,k] W[i,j,k,:] */
static void bwd_tiles(Gen *g, const Args *a, uint32_t stage)
{
	const ModelStage *st = &g->m->stages[stage];
	Loop lz, li, lj, lk, lb, ll;
	LLVMValueRef b = loop_open(g, &lz, a->b0, a->b1, 1);
	zero(g, buf_ptr(g, a->dacts, b, st->in), g->m->bufs[st->in].width);
	loop_close(g, &lz);
	LLVMValueRef W = param_ptr(g, a->params, st->param);
	LLVMValueRef i = loop_open(g, &li, ci(g, 0), ci(g, st->bo), 1);
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, st->bi), 1);
	TileScale ts = tile_scale(g, a, stage, add(g, mul(g, i, ci(g, st->bi)), j));
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, N), 1);
	LLVMValueRef row = add(g, mul(g, add(g, mul(g, i, ci(g, st->bi)), j), ci(g, N)), k);
	LLVMValueRef wrow = at(g, W, mul(g, row, ci(g, N)));
	b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef ds = loadf(g, at(g, buf_ptr(g, a->dacts, b, st->out), row));
	LLVMBasicBlockRef join = if_open(g, LLVMBuildFCmp(g->b, LLVMRealUNE, ds, cf(g, 0.0), "")); /* often 0: STE */
	LLVMValueRef d = splat(g, ds);
	LLVMValueRef dx = at(g, buf_ptr(g, a->dacts, b, st->in), mul(g, j, ci(g, N)));
	LLVMValueRef l = loop_open(g, &ll, ci(g, 0), ci(g, N), VW);
	LLVMValueRef p = at(g, dx, l);
	storev(g, fmuladd(g, d, load_weights(g, st, ts, at(g, wrow, l)), loadv(g, p)), p);
	loop_close(g, &ll);
	if_close(g, join);
	loop_close(g, &lb);
	loop_close(g, &lk);
	loop_close(g, &lj);
	loop_close(g, &li);
}

/* dx = dout where ste_lo <= x <= ste_hi (and inside `used`), else 0 */
static void bwd_binary(Gen *g, const Args *a, const ModelStage *st)
{
	const ModelBuffer *buf = &g->m->bufs[st->out];
	Loop lb, lk;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef x = buf_ptr(g, a->acts, b, st->in), dx = buf_ptr(g, a->dacts, b, st->in);
	LLVMValueRef ds = buf_ptr(g, a->dacts, b, st->out);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, buf->width), 1);
	LLVMValueRef v = loadf(g, at(g, x, k));
	LLVMValueRef in = LLVMBuildAnd(g->b, LLVMBuildFCmp(g->b, LLVMRealOGE, v, cf(g, st->ste_lo), ""),
	                               LLVMBuildFCmp(g->b, LLVMRealOLE, v, cf(g, st->ste_hi), ""), "");
	in = LLVMBuildAnd(g->b, in, LLVMBuildICmp(g->b, LLVMIntSLT, k, ci(g, buf->used), ""), "");
	storef(g, LLVMBuildSelect(g->b, in, loadf(g, at(g, ds, k)), cf(g, 0.0), ""), at(g, dx, k));
	loop_close(g, &lk);
	loop_close(g, &lb);
}

static void perm_bwd_body(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef b, LLVMValueRef o, LLVMValueRef p,
                          LLVMValueRef q, LLVMValueRef gain, LLVMValueRef acc)
{
	(void)acc;
	LLVMValueRef dx = buf_ptr(g, a->dacts, b, st->in);
	LLVMValueRef d = LLVMBuildFMul(g->b, gain, loadf(g, at(g, buf_ptr(g, a->dacts, b, st->out), o)), "");
	LLVMValueRef pp = at(g, dx, p), qq = at(g, dx, q);
	storef(g, LLVMBuildFAdd(g->b, loadf(g, pp), d, ""), pp);
	storef(g, LLVMBuildFSub(g->b, loadf(g, qq), d, ""), qq);
}

static void bwd_permute(Gen *g, const Args *a, const ModelStage *st)
{
	Loop lz;
	LLVMValueRef b = loop_open(g, &lz, a->b0, a->b1, 1);
	zero(g, buf_ptr(g, a->dacts, b, st->in), g->m->bufs[st->in].width);
	loop_close(g, &lz);
	permute_loops(g, a, st, a->b0, a->b1, stage_gain(g, a, st), NULL, perm_bwd_body);
}

/* ---- parameter gradients ---- */

/* Units [base, base + bo*256) of a dense layer: unit (i,k) gives dA[i,:,k] and dW[i,j,k,:]. */
static void grads_dense(Gen *g, const Args *a, LLVMValueRef u0, LLVMValueRef u1, int64_t base, const ModelStage *t,
                        const ModelStage *acc, int64_t gain_off)
{
	int64_t count = (int64_t)t->bo * N;
	LLVMValueRef lo = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSGT, u0, ci(g, base), ""), u0, ci(g, base), "");
	LLVMValueRef hi = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, u1, ci(g, base + count), ""), u1,
	                                  ci(g, base + count), "");
	Loop lu, lb, lm, lj, ll, lb2;
	LLVMValueRef u = LLVMBuildSub(g->b, loop_open(g, &lu, lo, hi, 1), ci(g, base), "");
	LLVMValueRef i = LLVMBuildSDiv(g->b, u, ci(g, N), ""), k = LLVMBuildSRem(g->b, u, ci(g, N), "");
	LLVMValueRef gain = loadf(g, at(g, a->gains, add(g, ci(g, gain_off), u)));
	LLVMValueRef keep = LLVMBuildICmp(g->b, LLVMIntSLT, u, ci(g, acc->used), "");
	/* dg = sum_b dz[b,u] xs[b,u], xs = sum_j y[b,i,j,k] */
	LLVMValueRef dg = slot(g, g->f32);
	storef(g, cf(g, 0.0), dg);
	LLVMValueRef b = loop_open(g, &lb, ci(g, 0), a->batch, 1);
	LLVMValueRef y = buf_ptr(g, a->acts, b, acc->in);
	LLVMValueRef xs = slot(g, g->f32);
	storef(g, cf(g, 0.0), xs);
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, t->bi), 1);
	LLVMValueRef yi = add(g, mul(g, add(g, mul(g, i, ci(g, t->bi)), j), ci(g, N)), k);
	storef(g, LLVMBuildFAdd(g->b, loadf(g, xs), loadf(g, at(g, y, yi)), ""), xs);
	loop_close(g, &lj);
	LLVMValueRef dz = loadf(g, at(g, buf_ptr(g, a->dacts, b, acc->out), u));
	storef(g, fmuladd(g, dz, loadf(g, xs), loadf(g, dg)), dg);
	loop_close(g, &lb);
	LLVMValueRef dgv = LLVMBuildSelect(g->b, keep, loadf(g, dg), cf(g, 0.0), "");
	LLVMValueRef dA = param_ptr(g, a->grads, acc->param);
	LLVMValueRef m = loop_open(g, &lm, ci(g, 0), ci(g, N), 1);
	storef(g, dgv, at(g, dA, add(g, mul(g, add(g, mul(g, i, ci(g, N)), m), ci(g, N)), k)));
	loop_close(g, &lm);
	/* dW[i,j,k,:] = sum_b (dz[b,u] g) x[b,j,:], examples in order, each an axpy into
	 * the row (independent lanes, no long dependency chain); zero deltas skipped */
	LLVMValueRef dW = param_ptr(g, a->grads, t->param);
	LLVMValueRef scale = LLVMBuildSelect(g->b, keep, gain, cf(g, 0.0), "");
	j = loop_open(g, &lj, ci(g, 0), ci(g, t->bi), 1);
	LLVMValueRef wrow = at(g, dW, mul(g, add(g, mul(g, add(g, mul(g, i, ci(g, t->bi)), j), ci(g, N)), k), ci(g, N)));
	zero(g, wrow, N);
	b = loop_open(g, &lb2, ci(g, 0), a->batch, 1);
	LLVMValueRef d = LLVMBuildFMul(g->b, loadf(g, at(g, buf_ptr(g, a->dacts, b, acc->out), u)), scale, "");
	LLVMBasicBlockRef join = if_open(g, LLVMBuildFCmp(g->b, LLVMRealUNE, d, cf(g, 0.0), ""));
	LLVMValueRef dv = splat(g, d);
	LLVMValueRef x = at(g, buf_ptr(g, a->acts, b, t->in), mul(g, j, ci(g, N)));
	LLVMValueRef l = loop_open(g, &ll, ci(g, 0), ci(g, N), VW);
	LLVMValueRef p = at(g, wrow, l);
	storev(g, fmuladd(g, dv, loadv(g, at(g, x, l)), loadv(g, p)), p);
	loop_close(g, &ll);
	if_close(g, join);
	loop_close(g, &lb2);
	loop_close(g, &lj);
	loop_close(g, &lu);
}

static void perm_grad_body(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef b, LLVMValueRef o, LLVMValueRef p,
                           LLVMValueRef q, LLVMValueRef gain, LLVMValueRef acc)
{
	(void)gain;
	LLVMValueRef x = buf_ptr(g, a->acts, b, st->in);
	LLVMValueRef d = LLVMBuildFSub(g->b, loadf(g, at(g, x, p)), loadf(g, at(g, x, q)), "");
	LLVMValueRef dout = loadf(g, at(g, buf_ptr(g, a->dacts, b, st->out), o));
	storef(g, fmuladd(g, dout, d, loadf(g, acc)), acc);
}

/* The last unit: d tau = a'(tau) sum_b sum dout (x+ - x-) for every permute */
static void grads_tau(Gen *g, const Args *a, LLVMValueRef u0, LLVMValueRef u1, int64_t unit)
{
	LLVMValueRef mine = LLVMBuildAnd(g->b, LLVMBuildICmp(g->b, LLVMIntSLE, u0, ci(g, unit), ""),
	                                 LLVMBuildICmp(g->b, LLVMIntSGT, u1, ci(g, unit), ""), "");
	LLVMBasicBlockRef join = if_open(g, mine);
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		if (st->kind != STAGE_PERMUTE)
			continue;
		if (st->hard) { /* tau does not enter a hard permutation */
			storef(g, cf(g, 0.0), param_ptr(g, a->grads, st->param));
			continue;
		}
		LLVMValueRef acc = slot(g, g->f32);
		storef(g, cf(g, 0.0), acc);
		permute_loops(g, a, st, ci(g, 0), a->batch, NULL, acc, perm_grad_body);
		LLVMValueRef tau = loadf(g, param_ptr(g, a->params, st->param));
		LLVMValueRef da = permute_gain(g, tau, g->m->perms[st->perm].slots, true);
		storef(g, LLVMBuildFMul(g->b, loadf(g, acc), da, ""), param_ptr(g, a->grads, st->param));
	}
	if_close(g, join);
}

/* ---- the kernels ---- */

/* scale[t] = min(range, max |W| over tile t) / L, as model_tile_scale */
static void tile_scales(Gen *g, LLVMValueRef params, LLVMValueRef gains, uint32_t stage)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef W = param_ptr(g, params, st->param);
	Loop lt, le;
	LLVMValueRef t = loop_open(g, &lt, ci(g, 0), ci(g, (int64_t)st->bo * st->bi), 1);
	LLVMValueRef tile = at(g, W, mul(g, t, ci(g, (int64_t)N * N)));
	LLVMValueRef mx = slot(g, g->v8);
	LLVMBuildStore(g->b, LLVMConstNull(g->v8), mx);
	LLVMValueRef e = loop_open(g, &le, ci(g, 0), ci(g, (int64_t)N * N), VW);
	LLVMValueRef args[2] = {LLVMBuildLoad2(g->b, g->v8, mx, ""), call1(g, "llvm.fabs", loadv(g, at(g, tile, e)))};
	LLVMBuildStore(g->b, intrinsic(g, "llvm.maxnum", g->v8, args, 2), mx);
	loop_close(g, &le);
	LLVMValueRef v = LLVMBuildLoad2(g->b, g->v8, mx, ""), m = NULL;
	for (int lane = 0; lane < VW; lane++) { /* max is exact in any order */
		LLVMValueRef x = LLVMBuildExtractElement(g->b, v, LLVMConstInt(g->i32, (unsigned)lane, 0), "");
		if (!m) {
			m = x;
		} else {
			LLVMValueRef two[2] = {m, x};
			m = intrinsic(g, "llvm.maxnum", g->f32, two, 2);
		}
	}
	LLVMValueRef two[2] = {m, cf(g, st->range)};
	LLVMValueRef clip = intrinsic(g, "llvm.minnum", g->f32, two, 2);
	storef(g, LLVMBuildFDiv(g->b, clip, cf(g, (double)st->levels), ""), at(g, gains, add(g, ci(g, g->scale_off[stage]), t)));
	loop_close(g, &lt);
}

static void k_gains(Gen *g)
{
	LLVMTypeRef t[2] = {g->ptr, g->ptr};
	static const char *const names[] = {"params", "gains"};
	begin(g, "eic_gains", t, 2, names);
	LLVMValueRef params = LLVMGetParam(g->fn, 0), gains = LLVMGetParam(g->fn, 1);
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		if (st->kind != STAGE_ACCUMULATE)
			continue;
		LLVMValueRef A = param_ptr(g, params, st->param), out = at(g, gains, ci(g, g->gain_off[s]));
		zero(g, out, (int64_t)st->bo * N);
		Loop li, lm, lk;
		LLVMValueRef i = loop_open(g, &li, ci(g, 0), ci(g, st->bo), 1);
		LLVMValueRef m = loop_open(g, &lm, ci(g, 0), ci(g, N), 1);
		LLVMValueRef arow = at(g, A, mul(g, add(g, mul(g, i, ci(g, N)), m), ci(g, N)));
		LLVMValueRef grow = at(g, out, mul(g, i, ci(g, N)));
		LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, N), VW);
		LLVMValueRef p = at(g, grow, k);
		storev(g, LLVMBuildFAdd(g->b, loadv(g, p), loadv(g, at(g, arow, k)), ""), p);
		loop_close(g, &lk);
		loop_close(g, &lm);
		loop_close(g, &li);
	}
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		if (st->kind == STAGE_TILES && st->levels)
			tile_scales(g, params, gains, s);
	}
	end(g);
}

static void k_forward(Gen *g)
{
	LLVMTypeRef t[9] = {g->ptr, g->ptr, g->ptr, g->i64, g->i64, g->i64, g->i64, g->i64, g->f32};
	static const char *const names[] = {"params", "gains", "acts", "b0", "b1", "seed", "step", "first", "sigma"};
	begin(g, "eic_forward", t, 9, names);
	Args a = {.params = LLVMGetParam(g->fn, 0), .gains = LLVMGetParam(g->fn, 1), .acts = LLVMGetParam(g->fn, 2),
	          .b0 = LLVMGetParam(g->fn, 3), .b1 = LLVMGetParam(g->fn, 4), .seed = LLVMGetParam(g->fn, 5),
	          .step = LLVMGetParam(g->fn, 6), .first = LLVMGetParam(g->fn, 7), .noise = LLVMGetParam(g->fn, 8)};
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		switch (st->kind) {
		case STAGE_TILES: fwd_tiles(g, &a, s); break;
		case STAGE_ACCUMULATE: fwd_accumulate(g, &a, st, g->gain_off[s]); break;
		case STAGE_BINARY: fwd_binary(g, &a, st, s); break;
		case STAGE_PERMUTE: fwd_permute(g, &a, st); break;
		case STAGE_READOUT: fwd_readout(g, &a, st); break;
		case STAGE_LOAD: break; /* the runtime wrote the input */
		case STAGE__COUNT: die("stage %u of unknown kind %d", s, (int)st->kind);
		}
	}
	end(g);
}

static void k_loss(Gen *g)
{
	LLVMTypeRef t[8] = {g->ptr, g->ptr, g->ptr, g->i64, g->i64, g->i64, g->ptr, g->ptr};
	static const char *const names[] = {"acts", "dacts", "labels", "b0", "b1", "batch", "loss", "correct"};
	begin(g, "eic_loss", t, 8, names);
	LLVMValueRef acts = LLVMGetParam(g->fn, 0), dacts = LLVMGetParam(g->fn, 1), labels = LLVMGetParam(g->fn, 2);
	LLVMValueRef batch = LLVMBuildSIToFP(g->b, LLVMGetParam(g->fn, 5), g->f32, "");
	uint32_t lg = g->m->stages[g->m->nstages - 1].out; /* the logits: written by the readout, the last stage */
	int64_t K = g->m->logits;
	Loop lb, lk;
	LLVMValueRef b = loop_open(g, &lb, LLVMGetParam(g->fn, 3), LLVMGetParam(g->fn, 4), 1);
	LLVMValueRef z = buf_ptr(g, acts, b, lg), dz = buf_ptr(g, dacts, b, lg);
	LLVMValueRef y = LLVMBuildSExt(g->b, LLVMBuildLoad2(g->b, g->i32, LLVMBuildGEP2(g->b, g->i32, labels, &b, 1, ""), ""),
	                               g->i64, "");
	LLVMValueRef best = slot(g, g->f32), arg = slot(g, g->i64), sum = slot(g, g->f32);
	storef(g, loadf(g, z), best);
	LLVMBuildStore(g->b, ci(g, 0), arg);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 1), ci(g, K), 1);
	LLVMValueRef v = loadf(g, at(g, z, k));
	LLVMValueRef gt = LLVMBuildFCmp(g->b, LLVMRealOGT, v, loadf(g, best), "");
	storef(g, LLVMBuildSelect(g->b, gt, v, loadf(g, best), ""), best);
	LLVMBuildStore(g->b, LLVMBuildSelect(g->b, gt, k, LLVMBuildLoad2(g->b, g->i64, arg, ""), ""), arg);
	loop_close(g, &lk);
	LLVMValueRef mx = loadf(g, best);
	storef(g, cf(g, 0.0), sum);
	k = loop_open(g, &lk, ci(g, 0), ci(g, K), 1);
	LLVMValueRef e = call1(g, "llvm.exp", LLVMBuildFSub(g->b, loadf(g, at(g, z, k)), mx, ""));
	storef(g, e, at(g, dz, k)); /* exp(z - max), normalised below */
	storef(g, LLVMBuildFAdd(g->b, loadf(g, sum), e, ""), sum);
	loop_close(g, &lk);
	LLVMValueRef total = loadf(g, sum);
	LLVMValueRef lse = LLVMBuildFAdd(g->b, mx, call1(g, "llvm.log", total), "");
	LLVMValueRef loss = LLVMBuildFSub(g->b, lse, loadf(g, at(g, z, y)), "");
	storef(g, loss, at(g, LLVMGetParam(g->fn, 6), b));
	LLVMValueRef ok = LLVMBuildZExt(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, LLVMBuildLoad2(g->b, g->i64, arg, ""), y, ""), g->i32, "");
	LLVMBuildStore(g->b, ok, LLVMBuildGEP2(g->b, g->i32, LLVMGetParam(g->fn, 7), &b, 1, ""));
	k = loop_open(g, &lk, ci(g, 0), ci(g, K), 1);
	LLVMValueRef p = LLVMBuildFDiv(g->b, loadf(g, at(g, dz, k)), total, "");
	LLVMValueRef hot = LLVMBuildUIToFP(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, k, y, ""), g->f32, "");
	storef(g, LLVMBuildFDiv(g->b, LLVMBuildFSub(g->b, p, hot, ""), batch, ""), at(g, dz, k));
	loop_close(g, &lk);
	loop_close(g, &lb);
	end(g);
}

static void k_backward(Gen *g)
{
	LLVMTypeRef t[6] = {g->ptr, g->ptr, g->ptr, g->ptr, g->i64, g->i64};
	static const char *const names[] = {"params", "gains", "acts", "dacts", "b0", "b1"};
	begin(g, "eic_backward", t, 6, names);
	Args a = {.params = LLVMGetParam(g->fn, 0), .gains = LLVMGetParam(g->fn, 1), .acts = LLVMGetParam(g->fn, 2),
	          .dacts = LLVMGetParam(g->fn, 3), .b0 = LLVMGetParam(g->fn, 4), .b1 = LLVMGetParam(g->fn, 5)};
	for (uint32_t s = g->m->nstages; s-- > 0;) {
		const ModelStage *st = &g->m->stages[s];
		if (st->in == g->m->input)
			continue; /* no gradient is wanted for the input */
		switch (st->kind) {
		case STAGE_READOUT: bwd_readout(g, &a, st); break;
		case STAGE_ACCUMULATE: bwd_accumulate(g, &a, st, g->gain_off[s]); break;
		case STAGE_TILES: bwd_tiles(g, &a, s); break;
		case STAGE_BINARY: bwd_binary(g, &a, st); break;
		case STAGE_PERMUTE: bwd_permute(g, &a, st); break;
		case STAGE_LOAD: break; /* reads no buffer: nothing to propagate */
		case STAGE__COUNT: die("stage %u of unknown kind %d", s, (int)st->kind);
		}
	}
	end(g);
}

static void k_grads(Gen *g)
{
	LLVMTypeRef t[8] = {g->ptr, g->ptr, g->ptr, g->ptr, g->ptr, g->i64, g->i64, g->i64};
	static const char *const names[] = {"params", "gains", "acts", "dacts", "grads", "batch", "u0", "u1"};
	begin(g, "eic_grads", t, 8, names);
	Args a = {.params = LLVMGetParam(g->fn, 0), .gains = LLVMGetParam(g->fn, 1), .acts = LLVMGetParam(g->fn, 2),
	          .dacts = LLVMGetParam(g->fn, 3), .grads = LLVMGetParam(g->fn, 4), .batch = LLVMGetParam(g->fn, 5)};
	LLVMValueRef u0 = LLVMGetParam(g->fn, 6), u1 = LLVMGetParam(g->fn, 7);
	int64_t base = 0;
	for (uint32_t s = 0; s + 1 < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		if (st->kind != STAGE_TILES)
			continue;
		grads_dense(g, &a, u0, u1, base, st, &g->m->stages[s + 1], g->gain_off[s + 1]);
		base += (int64_t)st->bo * N;
	}
	grads_tau(g, &a, u0, u1, base);
	end(g);
}

static void k_adam(Gen *g)
{
	LLVMTypeRef t[12] = {g->ptr, g->ptr, g->ptr, g->ptr, g->f32, g->f32, g->f32, g->f32, g->f32, g->f32, g->i64, g->i64};
	static const char *const names[] = {"params", "grads", "m", "v", "lr", "beta1", "beta2", "eps", "bc1", "bc2", "e0", "e1"};
	begin(g, "eic_adam", t, 12, names);
	LLVMValueRef P[12];
	for (int i = 0; i < 12; i++)
		P[i] = LLVMGetParam(g->fn, (unsigned)i);
	Loop le;
	LLVMValueRef e = loop_open(g, &le, P[10], P[11], 1);
	LLVMValueRef gr = loadf(g, at(g, P[1], e)), pm = at(g, P[2], e), pv = at(g, P[3], e), pp = at(g, P[0], e);
	LLVMValueRef one = cf(g, 1.0);
	LLVMValueRef m = LLVMBuildFAdd(g->b, LLVMBuildFMul(g->b, P[5], loadf(g, pm), ""),
	                               LLVMBuildFMul(g->b, LLVMBuildFSub(g->b, one, P[5], ""), gr, ""), "");
	LLVMValueRef v = LLVMBuildFAdd(g->b, LLVMBuildFMul(g->b, P[6], loadf(g, pv), ""),
	                               LLVMBuildFMul(g->b, LLVMBuildFSub(g->b, one, P[6], ""), LLVMBuildFMul(g->b, gr, gr, ""), ""), "");
	storef(g, m, pm);
	storef(g, v, pv);
	LLVMValueRef mh = LLVMBuildFDiv(g->b, m, P[8], ""), vh = LLVMBuildFDiv(g->b, v, P[9], "");
	LLVMValueRef step = LLVMBuildFDiv(g->b, LLVMBuildFMul(g->b, P[4], mh, ""),
	                                  LLVMBuildFAdd(g->b, call1(g, "llvm.sqrt", vh), P[7], ""), "");
	storef(g, LLVMBuildFSub(g->b, loadf(g, pp), step, ""), pp);
	loop_close(g, &le);
	end(g);
}

/* ---- module ---- */

int64_t emitllvm_grad_units(const Model *m)
{
	int64_t units = 1; /* the taus */
	for (uint32_t s = 0; s < m->nstages; s++)
		if (m->stages[s].kind == STAGE_TILES)
			units += (int64_t)m->stages[s].bo * N;
	return units;
}

int64_t emitllvm_gain_floats(const Model *m)
{
	int64_t n = 0;
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		if (st->kind == STAGE_ACCUMULATE)
			n += (int64_t)st->bo * N;
		if (st->kind == STAGE_TILES && st->levels)
			n += (int64_t)st->bo * st->bi; /* one scale per tile */
	}
	return n;
}

static void globals(Gen *g)
{
	LLVMValueRef v;
	v = LLVMAddGlobal(g->mod, g->i64, "eic_grad_units");
	LLVMSetInitializer(v, ci(g, emitllvm_grad_units(g->m)));
	LLVMSetGlobalConstant(v, 1);
	v = LLVMAddGlobal(g->mod, g->i64, "eic_gain_floats");
	LLVMSetInitializer(v, ci(g, emitllvm_gain_floats(g->m)));
	LLVMSetGlobalConstant(v, 1);
	for (uint32_t p = 0; p < g->m->nperms; p++) {
		const ModelPerm *pm = &g->m->perms[p];
		LLVMValueRef plus[CORE_N], minus[CORE_N];
		for (uint32_t r = 0; r < pm->slots; r++) {
			plus[r] = LLVMConstInt(g->i32, pm->plus[r], 0);
			minus[r] = LLVMConstInt(g->i32, pm->minus[r], 0);
		}
		LLVMTypeRef arr = LLVMArrayType(g->i32, pm->slots);
		char name[32];
		snprintf(name, sizeof name, "perm%u.plus", p);
		g->perm_plus[p] = LLVMAddGlobal(g->mod, arr, name);
		LLVMSetInitializer(g->perm_plus[p], LLVMConstArray(g->i32, plus, pm->slots));
		snprintf(name, sizeof name, "perm%u.minus", p);
		g->perm_minus[p] = LLVMAddGlobal(g->mod, arr, name);
		LLVMSetInitializer(g->perm_minus[p], LLVMConstArray(g->i32, minus, pm->slots));
		LLVMSetGlobalConstant(g->perm_plus[p], 1);
		LLVMSetGlobalConstant(g->perm_minus[p], 1);
		LLVMSetLinkage(g->perm_plus[p], LLVMPrivateLinkage);
		LLVMSetLinkage(g->perm_minus[p], LLVMPrivateLinkage);
	}
}

static LLVMModuleRef build_module(LLVMContextRef ctx, const Model *m, char *err, size_t errlen)
{
	Gen g = {.m = m, .ctx = ctx};
	g.mod = LLVMModuleCreateWithNameInContext(m->name, ctx);
	g.b = LLVMCreateBuilderInContext(ctx);
	g.i1 = LLVMInt1TypeInContext(ctx);
	g.i32 = LLVMInt32TypeInContext(ctx);
	g.i64 = LLVMInt64TypeInContext(ctx);
	g.f32 = LLVMFloatTypeInContext(ctx);
	g.v8 = LLVMVectorType(g.f32, VW);
	g.ptr = LLVMPointerType(g.f32, 0);
	g.voidt = LLVMVoidTypeInContext(ctx);
	g.perm_plus = xcalloc(m->nperms + 1, sizeof *g.perm_plus);
	g.perm_minus = xcalloc(m->nperms + 1, sizeof *g.perm_minus);
	g.gain_off = xcalloc(m->nstages, sizeof *g.gain_off);
	g.scale_off = xcalloc(m->nstages, sizeof *g.scale_off);
	int64_t off = 0;
	for (uint32_t s = 0; s < m->nstages; s++) { /* the gains buffer: every gain, then every tile scale */
		g.gain_off[s] = -1;
		if (m->stages[s].kind == STAGE_ACCUMULATE) {
			g.gain_off[s] = off;
			off += (int64_t)m->stages[s].bo * N;
		}
	}
	for (uint32_t s = 0; s < m->nstages; s++) {
		g.scale_off[s] = -1;
		if (m->stages[s].kind == STAGE_TILES && m->stages[s].levels) {
			g.scale_off[s] = off;
			off += (int64_t)m->stages[s].bo * m->stages[s].bi;
		}
	}
	globals(&g);
	k_gains(&g);
	k_forward(&g);
	k_loss(&g);
	k_backward(&g);
	k_grads(&g);
	k_adam(&g);
	LLVMDisposeBuilder(g.b);
	free(g.perm_plus);
	free(g.perm_minus);
	free(g.gain_off);
	free(g.scale_off);
	char *msg = NULL;
	if (LLVMVerifyModule(g.mod, LLVMReturnStatusAction, &msg)) {
		snprintf(err, errlen, "generated module does not verify: %s", msg ? msg : "?");
		LLVMDisposeMessage(msg);
		LLVMDisposeModule(g.mod);
		return NULL;
	}
	LLVMDisposeMessage(msg);
	return g.mod;
}

char *emitllvm_text(const Model *m, char *err, size_t errlen)
{
	LLVMContextRef ctx = LLVMContextCreate();
	LLVMModuleRef mod = build_module(ctx, m, err, errlen);
	char *out = NULL;
	if (mod) {
		char *text = LLVMPrintModuleToString(mod);
		size_t n = strlen(text);
		out = xmalloc(n + 1);
		memcpy(out, text, n + 1);
		LLVMDisposeMessage(text);
		LLVMDisposeModule(mod);
	}
	LLVMContextDispose(ctx);
	return out;
}

void *emitllvm_bitcode(const Model *m, size_t *size, char *err, size_t errlen)
{
	LLVMContextRef ctx = LLVMContextCreate();
	LLVMModuleRef mod = build_module(ctx, m, err, errlen);
	void *out = NULL;
	if (mod) {
		LLVMMemoryBufferRef buf = LLVMWriteBitcodeToMemoryBuffer(mod);
		*size = LLVMGetBufferSize(buf);
		out = xmalloc(*size);
		memcpy(out, LLVMGetBufferStart(buf), *size);
		LLVMDisposeMemoryBuffer(buf);
		LLVMDisposeModule(mod);
	}
	LLVMContextDispose(ctx);
	return out;
}

unsigned emitllvm_version(void)
{
	unsigned major = 0, minor = 0, patch = 0;
	LLVMGetVersion(&major, &minor, &patch);
	return major;
}
