/* emit_llvm.c: the module of emit_llvm.h: its globals, the kernels that do not depend
 * on the stage kinds (gains and tile scales, loss, Adam), verification, text and
 * bitcode. The per-stage code is emit_llvm_stages.c's. */
#include "emit_llvm.h"
#include "emit_llvm_gen.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/BitWriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the kernels ---- */

/* scale[t] = min(range, max |W| over tile t) / L, as model_tile_scale */
static void tile_scale_of(Gen *g, LLVMValueRef params, LLVMValueRef gains, uint32_t stage, LLVMValueRef t)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef tile = at(g, param_ptr(g, params, st->param), mul(g, t, ci(g, (int64_t)N * N)));
	Loop le;
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
}

/* g[i,:] = sum_m A[i,m,:] of block i of accumulate stage `stage` */
static void gain_block(Gen *g, LLVMValueRef params, LLVMValueRef gains, uint32_t stage, LLVMValueRef i)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef A = param_ptr(g, params, st->param);
	LLVMValueRef grow = at(g, gains, add(g, ci(g, g->gain_off[stage]), mul(g, i, ci(g, N))));
	zero(g, grow, N);
	Loop lm, lk;
	LLVMValueRef m = loop_open(g, &lm, ci(g, 0), ci(g, N), 1);
	LLVMValueRef arow = at(g, A, mul(g, add(g, mul(g, i, ci(g, N)), m), ci(g, N)));
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, N), VW);
	LLVMValueRef p = at(g, grow, k);
	storev(g, LLVMBuildFAdd(g->b, loadv(g, p), loadv(g, at(g, arow, k)), ""), p);
	loop_close(g, &lk);
	loop_close(g, &lm);
}

/* A unit per block (N outputs) of each stage of the kind, numbered from *base on, of
 * which [u0, u1) run fn; *base moves past them */
typedef void BlockUnit(Gen *g, LLVMValueRef params, LLVMValueRef gains, uint32_t stage, LLVMValueRef block);

static void block_units(Gen *g, LLVMValueRef params, LLVMValueRef gains, LLVMValueRef u0, LLVMValueRef u1,
                        int64_t *base, StageKind kind, BlockUnit *fn)
{
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		if (st->kind != kind)
			continue;
		UnitRange r = unit_range(g, u0, u1, *base, st->bo);
		Loop li;
		fn(g, params, gains, s, LLVMBuildSub(g->b, loop_open(g, &li, r.lo, r.hi, 1), ci(g, *base), ""));
		loop_close(g, &li);
		*base += st->bo;
	}
}

/* Units [u0, u1) of the gains buffer: a unit is a block of an accumulate stage's gains
 * (in stage order), then a tile of a tiles stage (its scale, then its weights as the
 * products of a step of precision `prec` read them), then a block of a norm stage's
 * factors. */
static void k_gains(Gen *g)
{
	LLVMTypeRef t[7] = {g->ptr, g->ptr, g->i64, g->i64, g->i64, g->i64, g->i32};
	static const char *const names[] = {"params", "gains", "u0", "u1", "seed", "instance", "prec"};
	begin(g, "eic_gains", t, 7, names);
	LLVMValueRef params = LLVMGetParam(g->fn, 0), gains = LLVMGetParam(g->fn, 1);
	LLVMValueRef u0 = LLVMGetParam(g->fn, 2), u1 = LLVMGetParam(g->fn, 3);
	Args a = {.params = params, .gains = gains, .seed = LLVMGetParam(g->fn, 4), .step = LLVMGetParam(g->fn, 5),
	          .bf16 = bf16_of(g, LLVMGetParam(g->fn, 6))};
	int64_t base = 0;
	block_units(g, params, gains, u0, u1, &base, STAGE_ACCUMULATE, gain_block);
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		if (st->kind != STAGE_TILES)
			continue;
		UnitRange r = unit_range(g, u0, u1, base, (int64_t)st->bo * st->bi);
		Loop lt;
		LLVMValueRef tile = LLVMBuildSub(g->b, loop_open(g, &lt, r.lo, r.hi, 1), ci(g, base), "");
		if (st->levels)
			tile_scale_of(g, params, gains, s, tile);
		gen_pack(g, &a, s, tile);
		loop_close(g, &lt);
		base += (int64_t)st->bo * st->bi;
	}
	block_units(g, params, gains, u0, u1, &base, STAGE_NORM, gen_norm_gains);
	end(g);
}

/* Softmax cross-entropy against the label smoothed by s: q_k = (1 - s) [k = y] + s/K;
 * loss = lse - (1 - s) z_y - (s/K) sum_k z_k, dz_k = (p_k - q_k) / batch (with s = 0,
 * bit for bit the one-hot loss) */
static void k_loss(Gen *g)
{
	LLVMTypeRef t[9] = {g->ptr, g->ptr, g->ptr, g->i64, g->i64, g->i64, g->ptr, g->ptr, g->f32};
	static const char *const names[] = {"acts", "dacts", "labels", "b0", "b1", "batch", "loss", "correct", "smoothing"};
	begin(g, "eic_loss", t, 9, names);
	LLVMValueRef s = LLVMGetParam(g->fn, 8), one = cf(g, 1.0);
	LLVMValueRef keep = LLVMBuildFSub(g->b, one, s, ""), spread = LLVMBuildFDiv(g->b, s, cf(g, (double)g->m->logits), "");
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
	LLVMValueRef mx = loadf(g, best), zsum = slot(g, g->f32);
	storef(g, cf(g, 0.0), sum);
	storef(g, cf(g, 0.0), zsum);
	k = loop_open(g, &lk, ci(g, 0), ci(g, K), 1);
	LLVMValueRef zk = loadf(g, at(g, z, k));
	LLVMValueRef e = call1(g, "llvm.exp", LLVMBuildFSub(g->b, zk, mx, ""));
	storef(g, e, at(g, dz, k)); /* exp(z - max), normalised below */
	storef(g, LLVMBuildFAdd(g->b, loadf(g, sum), e, ""), sum);
	storef(g, LLVMBuildFAdd(g->b, loadf(g, zsum), zk, ""), zsum);
	loop_close(g, &lk);
	LLVMValueRef total = loadf(g, sum);
	LLVMValueRef lse = LLVMBuildFAdd(g->b, mx, call1(g, "llvm.log", total), "");
	LLVMValueRef loss = LLVMBuildFSub(g->b, lse, LLVMBuildFMul(g->b, keep, loadf(g, at(g, z, y)), ""), "");
	loss = LLVMBuildFSub(g->b, loss, LLVMBuildFMul(g->b, spread, loadf(g, zsum), ""), "");
	storef(g, loss, at(g, LLVMGetParam(g->fn, 6), b));
	LLVMValueRef ok = LLVMBuildZExt(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, LLVMBuildLoad2(g->b, g->i64, arg, ""), y, ""), g->i32, "");
	LLVMBuildStore(g->b, ok, LLVMBuildGEP2(g->b, g->i32, LLVMGetParam(g->fn, 7), &b, 1, ""));
	k = loop_open(g, &lk, ci(g, 0), ci(g, K), 1);
	LLVMValueRef p = LLVMBuildFDiv(g->b, loadf(g, at(g, dz, k)), total, "");
	LLVMValueRef hot = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntEQ, k, y, ""), keep, cf(g, 0.0), "");
	LLVMValueRef q = LLVMBuildFAdd(g->b, hot, spread, "");
	storef(g, LLVMBuildFDiv(g->b, LLVMBuildFSub(g->b, p, q, ""), batch, ""), at(g, dz, k));
	loop_close(g, &lk);
	loop_close(g, &lb);
	end(g);
}

/* Adam on the elements of [e0, e1) that lie in parameter p's floats; with decay, AdamW:
 * the parameter also moves by -lr wd p (p before the step) */
static void adam_param(Gen *g, const LLVMValueRef *P, uint32_t p, bool decay)
{
	const ModelParam *q = &g->m->params[p];
	UnitRange r = unit_range(g, P[10], P[11], (int64_t)(q->offset / 4), (int64_t)q->count);
	Loop le;
	LLVMValueRef e = loop_open(g, &le, r.lo, r.hi, 1);
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
	LLVMValueRef old = loadf(g, pp), next = LLVMBuildFSub(g->b, old, step, "");
	if (decay)
		next = LLVMBuildFSub(g->b, next, LLVMBuildFMul(g->b, LLVMBuildFMul(g->b, P[4], P[12], ""), old, ""), "");
	storef(g, next, pp);
	loop_close(g, &le);
}

/* Adam (AdamW with wd > 0) over the elements [e0, e1) of the parameter block, parameter
 * by parameter; the alignment padding between parameters is left alone */
static void k_adam(Gen *g)
{
	LLVMTypeRef t[13] = {g->ptr, g->ptr, g->ptr, g->ptr, g->f32, g->f32, g->f32, g->f32, g->f32, g->f32, g->i64, g->i64,
	                     g->f32};
	static const char *const names[] = {"params", "grads", "m", "v", "lr", "beta1", "beta2", "eps", "bc1", "bc2", "e0", "e1",
	                                    "wd"};
	begin(g, "eic_adam", t, 13, names);
	LLVMValueRef P[13];
	for (int i = 0; i < 13; i++)
		P[i] = LLVMGetParam(g->fn, (unsigned)i);
	for (uint32_t p = 0; p < g->m->nparams; p++)
		adam_param(g, P, p, model_decays(g->m, p));
	end(g);
}

/* ---- module ---- */

int64_t emitllvm_grad_units(const Model *m)
{
	int64_t units = 1; /* the taus and learned thresholds */
	for (uint32_t s = 0; s < m->nstages; s++)
		if (m->stages[s].kind == STAGE_TILES)
			units += (int64_t)m->stages[s].bo * N;
	return units;
}

/* The gains buffer: every norm's four rows of factors and statistics, every gain, then
 * every tile scale, then the weights of each tiles stage packed for the forward pass,
 * then as the backward pass reads them (64-byte aligned within the buffer). With the
 * Gen's offset arrays (NULL: only the size), -1 where a stage has none; returns the
 * floats of the buffer. */
static int64_t gains_layout(const Model *m, int64_t *norm_off, int64_t *gain_off, int64_t *scale_off,
                            int64_t *pack_off, int64_t *rows_off)
{
	int64_t off = 0;
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		if (norm_off)
			norm_off[s] = st->kind == STAGE_NORM ? off : -1;
		if (st->kind == STAGE_NORM)
			off += 4 * (int64_t)m->bufs[st->out].width;
	}
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		if (gain_off)
			gain_off[s] = st->kind == STAGE_ACCUMULATE ? off : -1;
		if (st->kind == STAGE_ACCUMULATE)
			off += (int64_t)st->bo * N;
	}
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		bool scaled = st->kind == STAGE_TILES && st->levels;
		if (scale_off)
			scale_off[s] = scaled ? off : -1;
		if (scaled)
			off += (int64_t)st->bo * st->bi; /* one scale per tile */
	}
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		off = (off + VF - 1) / VF * VF;
		if (pack_off)
			pack_off[s] = st->kind == STAGE_TILES ? off : -1;
		if (st->kind == STAGE_TILES)
			off += (int64_t)st->bo * st->bi * N * N;
	}
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		if (rows_off)
			rows_off[s] = st->kind == STAGE_TILES ? off : -1;
		if (st->kind == STAGE_TILES)
			off += (int64_t)st->bo * st->bi * N * N;
	}
	return off;
}

int64_t emitllvm_gain_units(const Model *m)
{
	int64_t units = 0;
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		if (st->kind == STAGE_ACCUMULATE)
			units += st->bo;
		if (st->kind == STAGE_TILES)
			units += (int64_t)st->bo * st->bi;
		if (st->kind == STAGE_NORM)
			units += st->bo;
	}
	return units;
}

int64_t emitllvm_gain_floats(const Model *m)
{
	return gains_layout(m, NULL, NULL, NULL, NULL, NULL);
}

static void globals(Gen *g)
{
	LLVMValueRef v;
	v = LLVMAddGlobal(g->mod, g->i64, "eic_grad_units");
	LLVMSetInitializer(v, ci(g, emitllvm_grad_units(g->m)));
	LLVMSetGlobalConstant(v, 1);
	v = LLVMAddGlobal(g->mod, g->i64, "eic_gain_units");
	LLVMSetInitializer(v, ci(g, emitllvm_gain_units(g->m)));
	LLVMSetGlobalConstant(v, 1);
	v = LLVMAddGlobal(g->mod, g->i64, "eic_gain_floats");
	LLVMSetInitializer(v, ci(g, emitllvm_gain_floats(g->m)));
	LLVMSetGlobalConstant(v, 1);
	v = LLVMAddGlobal(g->mod, g->i64, "eic_model_fingerprint");
	LLVMSetInitializer(v, LLVMConstInt(g->i64, model_fingerprint(g->m), 0));
	LLVMSetGlobalConstant(v, 1);
	/* written, not constant: the kernels load the knobs where they use them */
	size_t nk = (size_t)g->m->nstages * MODEL_KNOBS;
	float *knobs = xcalloc(nk + 1, sizeof *knobs);
	LLVMValueRef *init = xcalloc(nk + 1, sizeof *init);
	model_knobs(g->m, knobs);
	for (size_t k = 0; k < nk; k++)
		init[k] = cf(g, knobs[k]);
	g->knobs = LLVMAddGlobal(g->mod, LLVMArrayType(g->f32, (unsigned)nk), "eic_knobs");
	LLVMSetInitializer(g->knobs, LLVMConstArray(g->f32, init, (unsigned)nk));
	free(init);
	free(knobs);
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
	for (uint32_t t = 0; t < g->m->ngathers; t++) {
		const ModelGather *gt = &g->m->gathers[t];
		LLVMValueRef *v = xcalloc((size_t)gt->count + 1, sizeof *v);
		for (uint32_t e = 0; e < gt->count; e++)
			v[e] = LLVMConstInt(g->i32, (unsigned long long)(int64_t)gt->index[e], 1);
		char name[32];
		snprintf(name, sizeof name, "gather%u", t);
		g->gather_index[t] = LLVMAddGlobal(g->mod, LLVMArrayType(g->i32, gt->count), name);
		LLVMSetInitializer(g->gather_index[t], LLVMConstArray(g->i32, v, gt->count));
		LLVMSetGlobalConstant(g->gather_index[t], 1);
		LLVMSetLinkage(g->gather_index[t], LLVMPrivateLinkage);
		free(v);
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
	g.vf = LLVMVectorType(g.f32, VF);
	g.ptr = LLVMPointerType(g.f32, 0);
	g.voidt = LLVMVoidTypeInContext(ctx);
	g.perm_plus = xcalloc(m->nperms + 1, sizeof *g.perm_plus);
	g.perm_minus = xcalloc(m->nperms + 1, sizeof *g.perm_minus);
	g.gather_index = xcalloc(m->ngathers + 1, sizeof *g.gather_index);
	g.gain_off = xcalloc(m->nstages, sizeof *g.gain_off);
	g.scale_off = xcalloc(m->nstages, sizeof *g.scale_off);
	g.pack_off = xcalloc(m->nstages, sizeof *g.pack_off);
	g.rows_off = xcalloc(m->nstages, sizeof *g.rows_off);
	g.norm_off = xcalloc(m->nstages, sizeof *g.norm_off);
	gains_layout(m, g.norm_off, g.gain_off, g.scale_off, g.pack_off, g.rows_off);
	globals(&g);
	k_gains(&g);
	gen_forward(&g);
	k_loss(&g);
	gen_backward(&g);
	gen_grads(&g);
	gen_norm(&g);
	k_adam(&g);
	LLVMDisposeBuilder(g.b);
	free(g.perm_plus);
	free(g.perm_minus);
	free(g.gather_index);
	free(g.gain_off);
	free(g.scale_off);
	free(g.pack_off);
	free(g.rows_off);
	free(g.norm_off);
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
