/* emit_llvm_stages.c: the code of each stage kind in the generated kernels: forward,
 * backward deltas and parameter gradients (emit_llvm_gen.h), and the three kernels
 * that run them in order. The math is DESIGN.md section 2, as runtime/refexec.c
 * computes it in plain C; a stage kind without code here is a -Wswitch error.
 *
 * The dense products are register-blocked: a micro-tile of MR examples (or MR
 * units, for the weight gradients) by NR vectors of VF floats stays in vector
 * registers while the sum over the shared dimension runs in order, one FMA per
 * element and step; the forward pass reads the weights transposed (packed by the
 * gains kernel, once a step), the backward pass in their own layout (the gains
 * kernel's copy when they are quantized or rounded to bf16), the gradients the
 * activations and deltas in theirs. A step whose MR deltas are all zero (the binary
 * neurons' straight-through window) is skipped. Every element's sum has the same order
 * whatever block or thread it falls in, so a result does not depend on the thread
 * count. In bf16 (emit_llvm.h) the operands are rounded where they are made: weights
 * by the gains kernel, inputs and deltas in place before the products read them. */
#include "emit_llvm_gen.h"
#include "adc.h"
#include "cell.h"

#include <math.h>

/* ---- forward stages ---- */

/* The scale of tile (i,j) of a quantized tiles stage and its inverse, as
 * model_quantize computes them; NULLs for float weights. */
typedef struct TileScale {
	LLVMValueRef scale, inv;
} TileScale;

/* the scale itself, which the gains kernel wrote */
static LLVMValueRef scale_of(Gen *g, LLVMValueRef gains, uint32_t stage, LLVMValueRef tile)
{
	return loadf(g, at(g, gains, add(g, ci(g, g->scale_off[stage]), tile)));
}

static TileScale tile_scale(Gen *g, const Args *a, uint32_t stage, LLVMValueRef tile)
{
	const ModelStage *st = &g->m->stages[stage];
	if (!st->levels)
		return (TileScale){NULL, NULL};
	LLVMValueRef s = scale_of(g, a->gains, stage, tile);
	return (TileScale){splat(g, s), splat(g, LLVMBuildFDiv(g->b, cf(g, 1.0), s, ""))};
}

/* clamp(rint(x * inv), -L, L) for VW lanes: a weight's code (model_code), an ADC's
 * (adc_code) */
static LLVMValueRef clamp_rint(Gen *g, LLVMValueRef x, LLVMValueRef inv, LLVMValueRef levels)
{
	LLVMValueRef t = call1(g, "llvm.rint", LLVMBuildFMul(g->b, x, inv, ""));
	LLVMValueRef args[2] = {t, LLVMBuildFNeg(g->b, levels, "")};
	args[0] = intrinsic(g, "llvm.maxnum", g->v8, args, 2);
	args[1] = levels;
	return intrinsic(g, "llvm.minnum", g->v8, args, 2);
}

/* Knob `which` of stage `stage` (model_knobs), as the kernel runs */
static LLVMValueRef knob(Gen *g, uint32_t stage, int which)
{
	LLVMValueRef idx[2] = {ci(g, 0), ci(g, (int64_t)stage * MODEL_KNOBS + which)};
	LLVMValueRef p = LLVMBuildInBoundsGEP2(g->b, LLVMGlobalGetValueType(g->knobs), g->knobs, idx, 2, "");
	return LLVMBuildLoad2(g->b, g->f32, p, "");
}

/* VW weights at p: quantized, their codes clamp(rint(w * inv), -L, L); else w */
static LLVMValueRef load_codes(Gen *g, const ModelStage *st, TileScale ts, LLVMValueRef p)
{
	LLVMValueRef w = loadv(g, p);
	return ts.scale ? clamp_rint(g, w, ts.inv, splat(g, cf(g, (double)st->levels))) : w;
}

/* The micro-tile of the dense products: MR by NR vectors of VF floats, so that its 12
 * accumulators, the NR vectors of the other operand and a broadcast fit AVX2's 16
 * vector registers. */
enum { MR = 6, NR = 2 };

static LLVMValueRef shuffle8(Gen *g, LLVMValueRef a, LLVMValueRef b, const int idx[VW])
{
	LLVMValueRef mask[VW];
	for (int i = 0; i < VW; i++)
		mask[i] = LLVMConstInt(g->i32, (unsigned)idx[i], 0);
	return LLVMBuildShuffleVector(g->b, a, b, LLVMConstVector(mask, VW), "");
}

/* Four rows r of 8 in two rounds of two-vector shuffles (pairs, then quads: AVX's
 * unpack and shuffle): q[m] holds columns m and m+4 of the rows, each as 4 lanes. */
static void transpose4x8(Gen *g, const LLVMValueRef r[4], LLVMValueRef q[4])
{
	static const int lo[VW] = {0, 8, 1, 9, 4, 12, 5, 13}, hi[VW] = {2, 10, 3, 11, 6, 14, 7, 15};
	static const int even[VW] = {0, 1, 8, 9, 4, 5, 12, 13}, odd[VW] = {2, 3, 10, 11, 6, 7, 14, 15};
	LLVMValueRef t[4];
	for (int i = 0; i < 4; i += 2) {
		t[i] = shuffle8(g, r[i], r[i + 1], lo);
		t[i + 1] = shuffle8(g, r[i], r[i + 1], hi);
	}
	q[0] = shuffle8(g, t[0], t[2], even);
	q[1] = shuffle8(g, t[0], t[2], odd);
	q[2] = shuffle8(g, t[1], t[3], even);
	q[3] = shuffle8(g, t[1], t[3], odd);
}

/* The 8x8 block of rows r transposed into its columns c: each half of the rows by
 * transpose4x8, then the halves joined (AVX's permute). */
static void transpose8(Gen *g, const LLVMValueRef r[VW], LLVMValueRef c[VW])
{
	static const int low[VW] = {0, 1, 2, 3, 8, 9, 10, 11}, high[VW] = {4, 5, 6, 7, 12, 13, 14, 15};
	LLVMValueRef q[VW];
	transpose4x8(g, r, q);
	transpose4x8(g, r + 4, q + 4);
	for (int m = 0; m < 4; m++) {
		c[m] = shuffle8(g, q[m], q[m + 4], low);
		c[m + 4] = shuffle8(g, q[m], q[m + 4], high);
	}
}

/* The end of the pairs in [lo, hi): lo + 2 floor((hi - lo) / 2). The examples past the
 * last whole micro-tile go in pairs, then one alone. */
static LLVMValueRef pairs_end(Gen *g, LLVMValueRef lo, LLVMValueRef hi)
{
	return add(g, lo, LLVMBuildAnd(g->b, LLVMBuildSub(g->b, hi, lo, ""), ci(g, ~(int64_t)1), ""));
}

/* A core's cell model (cell.h's CellModel) as the kernel reads it from the knobs:
 * noise a vector of VW floats, the cuts vectors of VW i64, levels L; and the rows
 * (noise, fault) of the core's draws */
typedef struct Cells {
	LLVMValueRef noise, cut_low, cut_high, levels;
	LLVMValueRef rows[2];
} Cells;

/* One cell of each of the VW pairs (cell.h's level): target levels t, elements e. With
 * noise 0, t (1 + 0 eps) = t: the same as cell.h's. */
static LLVMValueRef cell_level(Gen *g, const Cells *cm, LLVMValueRef t, LLVMValueRef e)
{
	LLVMValueRef u = rng_u24(g, cm->rows[1], e);
	LLVMValueRef f = LLVMBuildFAdd(g->b, splat(g, cf(g, 1.0)), LLVMBuildFMul(g->b, cm->noise, rng_normal(g, cm->rows[0], e), ""),
	                               "");
	LLVMValueRef args[2] = {LLVMBuildFMul(g->b, t, f, ""), splat(g, cf(g, 0.0))};
	LLVMValueRef v = intrinsic(g, "llvm.maxnum", g->v8, args, 2);
	LLVMValueRef high = LLVMBuildICmp(g->b, LLVMIntULT, u, cm->cut_high, "");
	LLVMValueRef low = LLVMBuildICmp(g->b, LLVMIntULT, u, cm->cut_low, "");
	v = LLVMBuildSelect(g->b, high, cm->levels, v, "");
	return LLVMBuildSelect(g->b, low, splat(g, cf(g, 0.0)), v, "");
}

/* cell.h's cell_program of VW codes c at cells `cell` (an i64 vector) of the core cm */
static LLVMValueRef program_cells(Gen *g, const Cells *cm, LLVMValueRef c, LLVMValueRef cell)
{
	LLVMTypeRef vi = LLVMTypeOf(cell);
	LLVMValueRef e = LLVMBuildShl(g->b, cell, konst64(vi, 1), "");
	LLVMValueRef zero = splat(g, cf(g, 0.0)), args[2] = {c, zero};
	LLVMValueRef plus = cell_level(g, cm, intrinsic(g, "llvm.maxnum", g->v8, args, 2), e);
	args[0] = LLVMBuildFNeg(g->b, c, "");
	LLVMValueRef minus = cell_level(g, cm, intrinsic(g, "llvm.maxnum", g->v8, args, 2),
	                                LLVMBuildOr(g->b, e, konst64(vi, 1), ""));
	return LLVMBuildFSub(g->b, plus, minus, "");
}

void gen_pack(Gen *g, const Args *a, uint32_t stage, LLVMValueRef t)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef W = param_ptr(g, a->params, st->param), P = at(g, a->gains, ci(g, g->pack_off[stage]));
	LLVMValueRef R = at(g, a->gains, ci(g, g->rows_off[stage])), bf16 = a->bf16;
	Loop lk, ll;
	TileScale ts = tile_scale(g, a, stage, t);
	LLVMTypeRef vi = LLVMVectorType(g->i64, VW);
	Cells cm = {NULL, NULL, NULL, NULL, {NULL, NULL}};
	LLVMValueRef programmed = NULL;
	if (st->levels) { /* the knobs, and the rows of the tile's core in the chip instance (seed, step) */
		LLVMValueRef noise = knob(g, stage, MODEL_KNOB_PROGRAM), high = knob(g, stage, MODEL_KNOB_CUT_HIGH);
		LLVMValueRef core = add(g, ci(g, (int64_t)model_first_core(g->m, stage)), t);
		cm = (Cells){splat(g, noise), splatt(g, vi, LLVMBuildFPToUI(g->b, knob(g, stage, MODEL_KNOB_CUT_LOW), g->i64, "")),
		             splatt(g, vi, LLVMBuildFPToUI(g->b, high, g->i64, "")), splat(g, cf(g, (double)st->levels)),
		             {rng_row(g, a->seed, a->step, CELL_NOISE, core), rng_row(g, a->seed, a->step, CELL_FAULT, core)}};
		programmed = LLVMBuildOr(g->b, LLVMBuildFCmp(g->b, LLVMRealOGT, noise, cf(g, 0.0), ""),
		                         LLVMBuildFCmp(g->b, LLVMRealOGT, high, cf(g, 0.0), ""), ""); /* cell_active */
	}
	LLVMValueRef code = programmed ? slot(g, g->v8) : NULL; /* the code, programmed or not */
	LLVMValueRef base = mul(g, t, ci(g, (int64_t)N * N));
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, N), VW);
	LLVMValueRef l = loop_open(g, &ll, ci(g, 0), ci(g, N), VW);
	LLVMValueRef r[VW], c[VW], rows[VW], codes[VW];
	for (int i = 0; i < VW; i++) {
		LLVMValueRef cell = add(g, mul(g, add(g, k, ci(g, i)), ci(g, N)), l);
		rows[i] = add(g, base, cell);
		codes[i] = load_codes(g, st, ts, at(g, W, rows[i]));
		if (programmed) {
			LLVMBuildStore(g->b, codes[i], code);
			LLVMBasicBlockRef join = if_open(g, programmed);
			LLVMValueRef cv = lane_index(g, cell);
			LLVMBuildStore(g->b, program_cells(g, &cm, codes[i], cv), code);
			if_close(g, join);
			codes[i] = LLVMBuildLoad2(g->b, g->v8, code, "");
		}
		r[i] = operand(g, bf16, ts.scale ? LLVMBuildFMul(g->b, codes[i], ts.scale, "") : codes[i]);
	}
	/* the forward pass multiplies the codes, and the tile's scale after the sum */
	if (ts.scale)
		for (int i = 0; i < VW; i++)
			codes[i] = operand(g, bf16, codes[i]);
	transpose8(g, ts.scale ? codes : r, c);
	for (int i = 0; i < VW; i++)
		storev(g, c[i], at(g, P, add(g, base, add(g, mul(g, add(g, l, ci(g, i)), ci(g, N)), k))));
	/* the backward pass reads the parameters themselves when they are neither quantized nor rounded */
	LLVMBasicBlockRef join = if_open(g, st->levels ? LLVMConstInt(g->i1, 1, 0) : bf16);
	for (int i = 0; i < VW; i++)
		storev(g, r[i], at(g, R, rows[i]));
	if_close(g, join);
	loop_close(g, &ll);
	loop_close(g, &lk);
}

/* The weights of a tiles stage as the backward pass reads them: the gains buffer's copy
 * (gen_pack) when it differs from the parameters, else the parameters. */
static LLVMValueRef backward_weights(Gen *g, const Args *a, uint32_t stage)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef W = param_ptr(g, a->params, st->param), R = at(g, a->gains, ci(g, g->rows_off[stage]));
	return st->levels ? R : LLVMBuildSelect(g->b, a->bf16, R, W, "");
}

/* Buffer buf of examples [b0, b1) rounded to bf16 in place, when the step's products are bf16 */
static void round_operand(Gen *g, const Args *a, uint32_t buf)
{
	Loop lb, lk;
	LLVMBasicBlockRef join = if_open(g, a->bf16);
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef x = buf_ptr(g, a->acts, b, buf);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, g->m->bufs[buf].width), VW);
	LLVMValueRef p = at(g, x, k);
	storev(g, round_bf16(g, loadv(g, p)), p);
	loop_close(g, &lk);
	loop_close(g, &lb);
	if_close(g, join);
}

/* How a tiles stage's sums leave their tile (adc.h's adc_read) */
typedef struct TileRead {
	uint32_t stage;
	LLVMValueRef scale; /* VF lanes: the tile's s, or s D with an ADC; NULL for float weights */
	LLVMValueRef noisy; /* i1: the read noise is on; NULL when the stage has no read path */
	LLVMValueRef sigma; /* VF lanes: the read noise's sigma (the knobs) */
	LLVMValueRef adc;   /* i1: an ADC reads the sums; levels and inv its La and 1 / D */
	LLVMValueRef levels, inv;
	bool pixels;        /* model_reads_pixels: sums of codes times pixel codes, times 1/255 */
} TileRead;

/* Sums v of outputs [c + n, c + n + VF) of tile `tile` for example b + e as the chip
 * reads them: plus read noise (when on), through the ADC, times the output factor */
static LLVMValueRef read_sums(Gen *g, const Args *a, const TileRead *rd, LLVMValueRef tile,
                              LLVMValueRef b, int e, LLVMValueRef c, int n, LLVMValueRef v)
{
	if (rd->pixels)
		v = LLVMBuildFMul(g->b, v, splat(g, cf(g, 1.0f / MODEL_PIXEL_LEVELS)), "");
	if (rd->noisy) {
		LLVMValueRef sum = slot(g, g->vf);
		LLVMBuildStore(g->b, v, sum);
		LLVMBasicBlockRef join = if_open(g, rd->noisy);
		LLVMValueRef row = rng_row(g, a->seed, a->step, rd->stage, add(g, a->first, add(g, b, ci(g, e))));
		LLVMValueRef k = add(g, mul(g, tile, ci(g, N)), add(g, c, ci(g, n)));
		LLVMValueRef kv = lane_index(g, k);
		LLVMBuildStore(g->b, LLVMBuildFAdd(g->b, v, LLVMBuildFMul(g->b, rd->sigma, rng_normal(g, row, kv), ""), ""), sum);
		if_close(g, join);
		v = LLVMBuildLoad2(g->b, g->vf, sum, "");
		v = LLVMBuildSelect(g->b, rd->adc, clamp_rint(g, v, rd->inv, rd->levels), v, "");
	}
	return rd->scale ? LLVMBuildFMul(g->b, v, rd->scale, "") : v;
}

/* Of `count` values in blocks of N, how many block b holds: min(N, max(0, count - b N)) */
static LLVMValueRef block_share(Gen *g, uint32_t count, LLVMValueRef b)
{
	LLVMValueRef args[2] = {LLVMBuildSub(g->b, ci(g, count), mul(g, b, ci(g, N)), ""), ci(g, N)};
	args[0] = intrinsic(g, "llvm.smin", g->i64, args, 2);
	args[1] = ci(g, 0);
	return intrinsic(g, "llvm.smax", g->i64, args, 2);
}

/* The values of input block j that can be nonzero: those below the input buffer's
 * `used` (a padded input is zero past it), so a product skips the padding's rows */
static LLVMValueRef rows_used(Gen *g, const ModelStage *st, LLVMValueRef j)
{
	return block_share(g, g->m->bufs[st->in].used, j);
}

/* The outputs of out-block i that the accumulate after tiles stage st keeps (the
 * rest it masks to 0) */
static LLVMValueRef outputs_kept(Gen *g, const ModelStage *st, LLVMValueRef i)
{
	return block_share(g, st[1].used, i);
}

/* Examples [lo, hi) in blocks of mr against tile `tile` of the stage, packed as
 * P[l][k] = W[k][l]: for each NR*VF outputs, each block's sums run over l in order,
 * one FMA per (example, output) and l, so an example's result is the same whatever
 * block it is in; l stops at the input's last value that can be nonzero (rows_used),
 * which leaves every sum as it is, and the outputs the accumulate masks (past `kept`)
 * are 0 without a product (model.h). A quantized tile packs its codes, and its sums are
 * read at the end (read_sums): as on the chip, a crossbar's sum of integer codes times
 * integer inputs is exact (below 2^24), so a neuron's comparison falls as the
 * simulator's. */
static void tiles_block(Gen *g, const Args *a, const ModelStage *st, const TileRead *rd, LLVMValueRef P,
                        LLVMValueRef tile, LLVMValueRef j, LLVMValueRef kept, LLVMValueRef lo, LLVMValueRef hi, int mr)
{
	Loop lc, lb, ll;
	LLVMValueRef acc[MR][NR];
	for (int e = 0; e < mr; e++)
		for (int n = 0; n < NR; n++)
			acc[e][n] = slot(g, g->vf);
	_Static_assert(VF == VW, "lane_index numbers VW lanes");
	LLVMValueRef limit = splatt(g, LLVMVectorType(g->i64, VF), kept);
	/* the outputs in blocks of NR*VF up to the last one kept; the masked ones are 0 */
	LLVMValueRef cend = mul(g, LLVMBuildUDiv(g->b, add(g, kept, ci(g, NR * VF - 1)), ci(g, NR * VF), ""),
	                        ci(g, NR * VF));
	LLVMValueRef c = loop_open(g, &lc, ci(g, 0), cend, NR * VF);
	LLVMValueRef b = loop_open(g, &lb, lo, hi, mr);
	LLVMValueRef x[MR];
	for (int e = 0; e < mr; e++) {
		x[e] = at(g, buf_ptr(g, a->acts, add(g, b, ci(g, e)), st->in), mul(g, j, ci(g, N)));
		for (int n = 0; n < NR; n++)
			LLVMBuildStore(g->b, LLVMConstNull(g->vf), acc[e][n]);
	}
	LLVMValueRef l = loop_open(g, &ll, ci(g, 0), rows_used(g, st, j), 1);
	LLVMValueRef w[NR];
	for (int n = 0; n < NR; n++)
		w[n] = loadt(g, g->vf, at(g, P, add(g, mul(g, l, ci(g, N)), add(g, c, ci(g, n * VF)))));
	for (int e = 0; e < mr; e++) {
		LLVMValueRef xs = loadf(g, at(g, x[e], l));
		if (rd->pixels) /* model_pixel_code */
			xs = call1(g, "llvm.rint", LLVMBuildFMul(g->b, xs, cf(g, MODEL_PIXEL_LEVELS), ""));
		LLVMValueRef xv = splatt(g, g->vf, xs);
		for (int n = 0; n < NR; n++)
			LLVMBuildStore(g->b, fmuladd(g, xv, w[n], LLVMBuildLoad2(g->b, g->vf, acc[e][n], "")), acc[e][n]);
	}
	loop_close(g, &ll);
	for (int e = 0; e < mr; e++) {
		LLVMValueRef y = at(g, buf_ptr(g, a->acts, add(g, b, ci(g, e)), st->out), add(g, mul(g, tile, ci(g, N)), c));
		for (int n = 0; n < NR; n++) {
			LLVMValueRef to = at(g, y, ci(g, n * VF)), v = LLVMBuildLoad2(g->b, g->vf, acc[e][n], "");
			v = read_sums(g, a, rd, tile, b, e, c, n * VF, v);
			LLVMValueRef k = lane_index(g, add(g, c, ci(g, n * VF)));
			v = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, k, limit, ""), v, LLVMConstNull(g->vf), "");
			LLVMSetAlignment(LLVMBuildStore(g->b, v, to), 4);
		}
	}
	loop_close(g, &lb);
	loop_close(g, &lc);
	c = loop_open(g, &lc, cend, ci(g, N), NR * VF);
	b = loop_open(g, &lb, lo, hi, 1);
	LLVMValueRef y = at(g, buf_ptr(g, a->acts, b, st->out), add(g, mul(g, tile, ci(g, N)), c));
	for (int n = 0; n < NR; n++)
		LLVMSetAlignment(LLVMBuildStore(g->b, LLVMConstNull(g->vf), at(g, y, ci(g, n * VF))), 4);
	loop_close(g, &lb);
	loop_close(g, &lc);
}

/* y[b,i,j,k] = W[i,j,k,:] . x[b,j,:], from the weights gen_pack packed; in bf16, x
 * rounded first (in place: the gradients read the same x) */
static void fwd_tiles(Gen *g, const Args *a, uint32_t stage)
{
	const ModelStage *st = &g->m->stages[stage];
	if (model_rounds_input(g->m, st->in))
		round_operand(g, a, st->in);
	Loop li, lj;
	LLVMValueRef i = loop_open(g, &li, ci(g, 0), ci(g, st->bo), 1);
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, st->bi), 1);
	LLVMValueRef tile = add(g, mul(g, i, ci(g, st->bi)), j);
	LLVMValueRef P = at(g, a->gains, add(g, ci(g, g->pack_off[stage]), mul(g, tile, ci(g, (int64_t)N * N))));
	LLVMValueRef full = add(g, a->b0, mul(g, LLVMBuildSDiv(g->b, LLVMBuildSub(g->b, a->b1, a->b0, ""), ci(g, MR), ""),
	                                      ci(g, MR)));
	LLVMValueRef pairs = pairs_end(g, full, a->b1);
	TileRead rd = {stage, NULL, NULL, NULL, NULL, NULL, NULL, model_reads_pixels(g->m, st)};
	if (st->levels) {
		LLVMValueRef s = scale_of(g, a->gains, stage, tile);
		if (model_has_read(st)) /* the knobs' ADC step, 1 without an ADC */
			s = LLVMBuildFMul(g->b, s, knob(g, stage, MODEL_KNOB_ADC_STEP), "");
		rd.scale = splatt(g, g->vf, s);
	}
	if (model_has_read(st)) {
		LLVMValueRef sigma = knob(g, stage, MODEL_KNOB_SIGMA), levels = knob(g, stage, MODEL_KNOB_ADC_LEVELS);
		rd.noisy = LLVMBuildAnd(g->b, LLVMBuildFCmp(g->b, LLVMRealONE, a->noise, cf(g, 0.0), ""),
		                        LLVMBuildFCmp(g->b, LLVMRealOGT, sigma, cf(g, 0.0), ""), "");
		rd.sigma = splatt(g, g->vf, sigma);
		rd.adc = LLVMBuildFCmp(g->b, LLVMRealOGT, levels, cf(g, 0.0), "");
		rd.levels = splatt(g, g->vf, levels);
		rd.inv = splatt(g, g->vf, knob(g, stage, MODEL_KNOB_ADC_INV));
	}
	LLVMValueRef kept = outputs_kept(g, st, i);
	tiles_block(g, a, st, &rd, P, tile, j, kept, a->b0, full, MR);
	tiles_block(g, a, st, &rd, P, tile, j, kept, full, pairs, 2);
	tiles_block(g, a, st, &rd, P, tile, j, kept, pairs, a->b1, 1);
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

/* ---- norm: batch normalisation (model.h) ----
 * The gains buffer holds, per norm stage at norm_off, four rows of its width: the
 * factor a and offset c that the forward pass applies, then the mean and 1/sqrt(var +
 * eps) that the backward pass reads. The gains kernel writes a and c from the running
 * statistics (evaluation); in training eic_norm overwrites all four from the batch. */

/* Row r (0 gamma, 1 beta, 2 running mean, 3 running variance) of a norm's parameter, or of
 * its gradient, and of its gains (0 a, 1 c, 2 mean, 3 1/sqrt(var + eps)) */
static LLVMValueRef norm_row(Gen *g, LLVMValueRef base, const ModelStage *st, int r)
{
	return at(g, base, ci(g, (int64_t)r * g->m->bufs[st->out].width));
}

static LLVMValueRef norm_gains(Gen *g, LLVMValueRef gains, uint32_t stage, int r)
{
	return norm_row(g, at(g, gains, ci(g, g->norm_off[stage])), &g->m->stages[stage], r);
}

/* a = gamma / sqrt(max(var, 0) + eps), c = beta - a mean for neurons [k, k + VW)
 * (model_norm_scale, model_norm_shift); returns a */
static LLVMValueRef norm_factors(Gen *g, LLVMValueRef params, LLVMValueRef gains, uint32_t stage, LLVMValueRef k,
                                 LLVMValueRef mean, LLVMValueRef var)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef S = param_ptr(g, params, st->param);
	LLVMValueRef args[2] = {var, LLVMConstNull(g->v8)};
	LLVMValueRef v = LLVMBuildFAdd(g->b, intrinsic(g, "llvm.maxnum", g->v8, args, 2), splat(g, cf(g, MODEL_NORM_EPS)), "");
	LLVMValueRef a = LLVMBuildFDiv(g->b, loadv(g, at(g, norm_row(g, S, st, 0), k)), call1(g, "llvm.sqrt", v), "");
	LLVMValueRef c = LLVMBuildFSub(g->b, loadv(g, at(g, norm_row(g, S, st, 1), k)), LLVMBuildFMul(g->b, a, mean, ""), "");
	storev(g, a, at(g, norm_gains(g, gains, stage, 0), k));
	storev(g, c, at(g, norm_gains(g, gains, stage, 1), k));
	return a;
}

void gen_norm_gains(Gen *g, LLVMValueRef params, LLVMValueRef gains, uint32_t stage, LLVMValueRef block)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef S = param_ptr(g, params, st->param);
	Loop lk;
	LLVMValueRef k = loop_open(g, &lk, mul(g, block, ci(g, N)), mul(g, add(g, block, ci(g, 1)), ci(g, N)), VW);
	norm_factors(g, params, gains, stage, k, loadv(g, at(g, norm_row(g, S, st, 2), k)),
	             loadv(g, at(g, norm_row(g, S, st, 3), k)));
	loop_close(g, &lk);
}

/* out = a x + c, 0 past `used` */
static void fwd_norm(Gen *g, const Args *a, uint32_t stage)
{
	const ModelStage *st = &g->m->stages[stage];
	const ModelBuffer *out = &g->m->bufs[st->out];
	Loop lb, lk;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef x = buf_ptr(g, a->acts, b, st->in), y = buf_ptr(g, a->acts, b, st->out);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, out->used), 1);
	LLVMValueRef v = LLVMBuildFMul(g->b, loadf(g, at(g, norm_gains(g, a->gains, stage, 0), k)), loadf(g, at(g, x, k)), "");
	storef(g, LLVMBuildFAdd(g->b, v, loadf(g, at(g, norm_gains(g, a->gains, stage, 1), k)), ""), at(g, y, k));
	loop_close(g, &lk);
	k = loop_open(g, &lk, ci(g, out->used), ci(g, out->width), 1);
	storef(g, cf(g, 0.0), at(g, y, k));
	loop_close(g, &lk);
	loop_close(g, &lb);
}

/* The terms a norm sums over the batch, for neurons [k, k + VW) of example b: x; (x -
 * mean)^2; dy, the delta of its output; dy xhat, xhat = (x - mean) r, with v = {mean, r} */
typedef enum { TERM_X, TERM_DEV2, TERM_DY, TERM_DY_XHAT } NormTerm;

static LLVMValueRef norm_term(Gen *g, const Args *a, const ModelStage *st, NormTerm term, LLVMValueRef b,
                              LLVMValueRef k, const LLVMValueRef *v)
{
	LLVMValueRef x = loadv(g, at(g, buf_ptr(g, a->acts, b, st->in), k)), d = NULL;
	if (term != TERM_X)
		d = LLVMBuildFSub(g->b, x, v[0], "");
	switch (term) {
	case TERM_X: return x;
	case TERM_DEV2: return LLVMBuildFMul(g->b, d, d, "");
	case TERM_DY:
	case TERM_DY_XHAT: break;
	}
	LLVMValueRef dy = loadv(g, at(g, buf_ptr(g, a->dacts, b, st->out), k));
	return term == TERM_DY ? dy : LLVMBuildFMul(g->b, dy, LLVMBuildFMul(g->b, d, v[1], ""), "");
}

/* The sum over examples [0, batch) of a term, in example order */
static LLVMValueRef batch_sum(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef k, NormTerm term,
                              const LLVMValueRef *v)
{
	Loop lb;
	LLVMValueRef sum = slot(g, g->v8);
	LLVMBuildStore(g->b, LLVMConstNull(g->v8), sum);
	LLVMValueRef b = loop_open(g, &lb, ci(g, 0), a->batch, 1);
	LLVMBuildStore(g->b, LLVMBuildFAdd(g->b, LLVMBuildLoad2(g->b, g->v8, sum, ""), norm_term(g, a, st, term, b, k, v), ""),
	               sum);
	loop_close(g, &lb);
	return LLVMBuildLoad2(g->b, g->v8, sum, "");
}

/* Neurons [k, k + VW) of norm stage `stage` over the batch: mean = sum x / B, var =
 * sum (x - mean)^2 / B, into the gains (a, c, mean, 1/sqrt(var + eps)); the running
 * statistics move by m = MODEL_NORM_MOMENTUM: mean_r += m (mean - mean_r), var_r += m
 * (var B/(B-1) - var_r) (B = 1: var) */
static void norm_stats(Gen *g, const Args *a, uint32_t stage, LLVMValueRef k)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef B = splat(g, LLVMBuildSIToFP(g->b, a->batch, g->f32, ""));
	LLVMValueRef mean = LLVMBuildFDiv(g->b, batch_sum(g, a, st, k, TERM_X, NULL), B, "");
	LLVMValueRef var = LLVMBuildFDiv(g->b, batch_sum(g, a, st, k, TERM_DEV2, &mean), B, "");
	norm_factors(g, a->params, a->gains, stage, k, mean, var);
	LLVMValueRef v = LLVMBuildFAdd(g->b, var, splat(g, cf(g, MODEL_NORM_EPS)), "");
	storev(g, mean, at(g, norm_gains(g, a->gains, stage, 2), k));
	storev(g, LLVMBuildFDiv(g->b, splat(g, cf(g, 1.0)), call1(g, "llvm.sqrt", v), ""),
	       at(g, norm_gains(g, a->gains, stage, 3), k));
	LLVMValueRef more = LLVMBuildICmp(g->b, LLVMIntSGT, a->batch, ci(g, 1), "");
	LLVMValueRef Bm1 = LLVMBuildFSub(g->b, B, splat(g, cf(g, 1.0)), "");
	LLVMValueRef unbiased = LLVMBuildSelect(g->b, more, LLVMBuildFDiv(g->b, LLVMBuildFMul(g->b, var, B, ""), Bm1, ""), var, "");
	LLVMValueRef S = param_ptr(g, a->params, st->param), mom = splat(g, cf(g, MODEL_NORM_MOMENTUM));
	LLVMValueRef stat[2] = {mean, unbiased};
	for (int r = 0; r < 2; r++) {
		LLVMValueRef p = at(g, norm_row(g, S, st, 2 + r), k), old = loadv(g, p);
		storev(g, LLVMBuildFAdd(g->b, old, LLVMBuildFMul(g->b, mom, LLVMBuildFSub(g->b, stat[r], old, ""), ""), ""), p);
	}
}

/* Neurons [k, k + VW): dbeta = sum dy, dgamma = sum dy xhat into the gradients (the
 * running statistics' rows 0), and dx = gamma r / B (B dy - dbeta - xhat dgamma) */
static void norm_back(Gen *g, const Args *a, uint32_t stage, LLVMValueRef k)
{
	const ModelStage *st = &g->m->stages[stage];
	LLVMValueRef v[2] = {loadv(g, at(g, norm_gains(g, a->gains, stage, 2), k)),
	                     loadv(g, at(g, norm_gains(g, a->gains, stage, 3), k))};
	LLVMValueRef dbeta = batch_sum(g, a, st, k, TERM_DY, v), dgamma = batch_sum(g, a, st, k, TERM_DY_XHAT, v);
	LLVMValueRef dS = param_ptr(g, a->grads, st->param), S = param_ptr(g, a->params, st->param);
	storev(g, dgamma, at(g, norm_row(g, dS, st, 0), k));
	storev(g, dbeta, at(g, norm_row(g, dS, st, 1), k));
	storev(g, LLVMConstNull(g->v8), at(g, norm_row(g, dS, st, 2), k));
	storev(g, LLVMConstNull(g->v8), at(g, norm_row(g, dS, st, 3), k));
	LLVMValueRef B = splat(g, LLVMBuildSIToFP(g->b, a->batch, g->f32, ""));
	LLVMValueRef f = LLVMBuildFDiv(g->b, LLVMBuildFMul(g->b, loadv(g, at(g, norm_row(g, S, st, 0), k)), v[1], ""), B, "");
	Loop lb;
	LLVMValueRef b = loop_open(g, &lb, ci(g, 0), a->batch, 1);
	LLVMValueRef xhat = LLVMBuildFMul(g->b, LLVMBuildFSub(g->b, norm_term(g, a, st, TERM_X, b, k, v), v[0], ""), v[1], "");
	LLVMValueRef d = LLVMBuildFSub(g->b, LLVMBuildFMul(g->b, B, norm_term(g, a, st, TERM_DY, b, k, v), ""), dbeta, "");
	d = LLVMBuildFSub(g->b, d, LLVMBuildFMul(g->b, xhat, dgamma, ""), "");
	storev(g, LLVMBuildFMul(g->b, f, d, ""), at(g, buf_ptr(g, a->dacts, b, st->in), k));
	loop_close(g, &lb);
}

/* The threshold of neurons [k, k + VW) of a binary stage: learned, or the stage's own */
static LLVMValueRef thresholds(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef k)
{
	if (st->param == MODEL_NONE)
		return splat(g, cf(g, st->threshold));
	return loadv(g, at(g, param_ptr(g, a->params, st->param), k));
}

/* Whether dropout keeps neurons kv (a vector) or k of example b (model.h) */
static LLVMValueRef dropout_kept(Gen *g, const Args *a, const ModelStage *st, uint32_t index, LLVMValueRef b,
                                 LLVMValueRef k)
{
	LLVMValueRef row = rng_row(g, a->seed, a->step, index + MODEL_DROPOUT_STREAM, add(g, a->first, b));
	return rng_kept(g, row, k, model_dropout_cut(st->dropout));
}

/* v (VW values of neurons kv of example b) dropped in training: times 1/(1 - p) where
 * dropout keeps them, else 0; v itself outside training */
static LLVMValueRef dropped(Gen *g, const Args *a, const ModelStage *st, uint32_t index, LLVMValueRef b,
                            LLVMValueRef kv, LLVMValueRef v)
{
	LLVMValueRef kept = LLVMBuildSelect(g->b, dropout_kept(g, a, st, index, b, kv),
	                                    LLVMBuildFMul(g->b, v, splat(g, cf(g, model_dropout_scale(st->dropout))), ""),
	                                    LLVMConstNull(g->v8), "");
	return LLVMBuildSelect(g->b, a->train, kept, v, "");
}

/* The input of examples [b0, b1), in place, through dropout (in training) */
static void fwd_load(Gen *g, const Args *a, const ModelStage *st, uint32_t index)
{
	Loop lb, lk;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef x = buf_ptr(g, a->acts, b, st->out);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, g->m->bufs[st->out].width), VW);
	LLVMValueRef kv = lane_index(g, k);
	storev(g, dropped(g, a, st, index, b, kv, loadv(g, at(g, x, k))), at(g, x, k));
	loop_close(g, &lk);
	loop_close(g, &lb);
}

/* The noise's sigma for neurons [k, k + VW) of binary stage `stage`: sigma itself after
 * the gain, or at the comparator (sigma |g|) |a|, with the gain g of the accumulate before
 * it and the factor a of a norm between (model.h) */
static LLVMValueRef noise_sigma(Gen *g, const Args *a, uint32_t stage, LLVMValueRef sigma, LLVMValueRef k)
{
	LLVMValueRef s = splat(g, sigma);
	if (g->m->stages[stage].noise_at == NOISE_AT_GAIN)
		return s;
	uint32_t acc = model_noise_gain(g->m, stage);
	LLVMValueRef gain = loadv(g, at(g, a->gains, add(g, ci(g, g->gain_off[acc]), k)));
	s = LLVMBuildFMul(g->b, s, call1(g, "llvm.fabs", gain), "");
	if (acc + 1 < stage) /* the norm, stage - 1 */
		s = LLVMBuildFMul(g->b, s, call1(g, "llvm.fabs", loadv(g, at(g, norm_gains(g, a->gains, stage - 1, 0), k))), "");
	return s;
}

/* s = [x + sigma eps >= threshold] (sigma: noise_sigma), 0 past `used`; in training with
 * dropout, s times 1/(1 - p) where dropout keeps it, else 0 */
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
	/* VW neurons at a time, the noise drawn for all of them; those past `used` give 0 */
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, out->width), VW);
	LLVMValueRef kv = lane_index(g, k);
	LLVMValueRef v = loadv(g, at(g, x, k));
	LLVMValueRef sum = slot(g, g->v8);
	LLVMBuildStore(g->b, v, sum);
	LLVMBasicBlockRef join = if_open(g, noisy);
	LLVMValueRef eps = rng_normal(g, row, kv);
	LLVMBuildStore(g->b, LLVMBuildFAdd(g->b, v, LLVMBuildFMul(g->b, noise_sigma(g, a, index, sigma, k), eps, ""), ""), sum);
	if_close(g, join);
	LLVMValueRef fire = LLVMBuildFCmp(g->b, LLVMRealOGE, LLVMBuildLoad2(g->b, g->v8, sum, ""), thresholds(g, a, st, k), "");
	LLVMValueRef keep = LLVMBuildICmp(g->b, LLVMIntSLT, kv, splatt(g, LLVMVectorType(g->i64, VW), ci(g, out->used)), "");
	LLVMValueRef spike = LLVMBuildUIToFP(g->b, LLVMBuildAnd(g->b, fire, keep, ""), g->v8, "");
	storev(g, st->dropout > 0 ? dropped(g, a, st, index, b, kv, spike) : spike, at(g, s, k));
	loop_close(g, &lk);
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

/* dy[b,i,j,k] = dz[b,i,k] g[i,k] for every j; 0 past `used`; in bf16, dz rounded first
 * (in place: the gradients read the same dz) */
static void bwd_accumulate(Gen *g, const Args *a, const ModelStage *st, int64_t gain_off)
{
	Loop lb, li, lk, lj;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef dz = buf_ptr(g, a->dacts, b, st->out), dy = buf_ptr(g, a->dacts, b, st->in);
	LLVMValueRef i = loop_open(g, &li, ci(g, 0), ci(g, st->bo), 1);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, N), 1);
	LLVMValueRef out = add(g, mul(g, i, ci(g, N)), k), pz = at(g, dz, out);
	LLVMValueRef d = operand(g, a->bf16, loadf(g, pz));
	storef(g, d, pz);
	LLVMValueRef v = LLVMBuildFMul(g->b, d, loadf(g, at(g, a->gains, add(g, ci(g, gain_off), out))), "");
	v = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, out, ci(g, st->used), ""), v, cf(g, 0.0), "");
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, st->bi), 1);
	storef(g, v, at(g, dy, add(g, mul(g, add(g, mul(g, i, ci(g, st->bi)), j), ci(g, N)), k)));
	loop_close(g, &lj);
	loop_close(g, &lk);
	loop_close(g, &li);
	loop_close(g, &lb);
}

/* Whether any of the n floats at p[e] is other than +0 or -0 (a NaN counts), tested
 * on their bits in integer registers: the vector registers hold the accumulators. */
static LLVMValueRef any_nonzero(Gen *g, const LLVMValueRef *p, int n)
{
	LLVMValueRef any = NULL;
	for (int e = 0; e < n; e++) {
		LLVMValueRef bits = LLVMBuildLoad2(g->b, g->i32, p[e], "");
		any = any ? LLVMBuildOr(g->b, any, bits, "") : bits;
	}
	LLVMValueRef mag = LLVMBuildShl(g->b, any, LLVMConstInt(g->i32, 1, 0), ""); /* the sign bit out */
	return LLVMBuildICmp(g->b, LLVMIntNE, mag, LLVMConstInt(g->i32, 0, 0), "");
}

/* acc[e][n] += d[e] v[n] for the e < mr, n < NR of a micro-tile */
static void tile_fma(Gen *g, LLVMValueRef acc[MR][NR], const LLVMValueRef *d, const LLVMValueRef *v, int mr)
{
	for (int e = 0; e < mr; e++) {
		LLVMValueRef dv = splatt(g, g->vf, d[e]);
		for (int n = 0; n < NR; n++)
			LLVMBuildStore(g->b, fmuladd(g, dv, v[n], LLVMBuildLoad2(g->b, g->vf, acc[e][n], "")), acc[e][n]);
	}
}

/* Tile (i,j) of the stage (its weights at wtile, its rows of dy from `rows`) into
 * dx[b, j*N + c .. + NR*VF) for the examples [lo, hi) in blocks of mr: the rows k < kept
 * in order, one FMA per (example, input) and k, a k whose mr deltas are all 0 skipped.
 * dy[b,i,j,k] is dz[b,i,k] g[i,k] for every j: the test reads dz (at `zrows` of the
 * accumulate's output), so that dy is broadcast straight from memory. */
static void bwd_block(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef wtile, LLVMValueRef rows,
                      LLVMValueRef zrows, LLVMValueRef j, LLVMValueRef kept, LLVMValueRef lo, LLVMValueRef hi, int mr)
{
	Loop lc, lb, lk;
	const ModelStage *acc_st = st + 1; /* a tiles stage is followed by its accumulate */
	LLVMValueRef acc[MR][NR], dx[MR], dy[MR], dz[MR], d[MR], w[NR];
	for (int e = 0; e < mr; e++)
		for (int n = 0; n < NR; n++)
			acc[e][n] = slot(g, g->vf);
	LLVMValueRef c = loop_open(g, &lc, ci(g, 0), ci(g, N), NR * VF);
	LLVMValueRef b = loop_open(g, &lb, lo, hi, mr);
	for (int e = 0; e < mr; e++) {
		dx[e] = at(g, buf_ptr(g, a->dacts, add(g, b, ci(g, e)), st->in), add(g, mul(g, j, ci(g, N)), c));
		dy[e] = at(g, buf_ptr(g, a->dacts, add(g, b, ci(g, e)), st->out), rows);
		dz[e] = at(g, buf_ptr(g, a->dacts, add(g, b, ci(g, e)), acc_st->out), zrows);
		for (int n = 0; n < NR; n++)
			LLVMBuildStore(g->b, loadt(g, g->vf, at(g, dx[e], ci(g, n * VF))), acc[e][n]);
	}
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), kept, 1); /* dz is 0 past them */
	LLVMValueRef pz[MR];
	for (int e = 0; e < mr; e++)
		pz[e] = at(g, dz[e], k);
	LLVMBasicBlockRef join = if_open(g, any_nonzero(g, pz, mr)); /* often all 0: the STE window */
	for (int e = 0; e < mr; e++)
		d[e] = loadf(g, at(g, dy[e], k));
	for (int n = 0; n < NR; n++)
		w[n] = loadt(g, g->vf, at(g, wtile, add(g, mul(g, k, ci(g, N)), add(g, c, ci(g, n * VF)))));
	tile_fma(g, acc, d, w, mr);
	if_close(g, join);
	loop_close(g, &lk);
	for (int e = 0; e < mr; e++)
		for (int n = 0; n < NR; n++)
			storev(g, LLVMBuildLoad2(g->b, g->vf, acc[e][n], ""), at(g, dx[e], ci(g, n * VF)));
	loop_close(g, &lb);
	loop_close(g, &lc);
}

/* dx[b,j,:] = sum_i sum_k dy[b,i,j,k] W[i,j,k,:], i then k in order */
static void bwd_tiles(Gen *g, const Args *a, uint32_t stage)
{
	const ModelStage *st = &g->m->stages[stage];
	Loop lz, li, lj;
	LLVMValueRef b = loop_open(g, &lz, a->b0, a->b1, 1);
	zero(g, buf_ptr(g, a->dacts, b, st->in), g->m->bufs[st->in].width);
	loop_close(g, &lz);
	LLVMValueRef W = backward_weights(g, a, stage);
	LLVMValueRef i = loop_open(g, &li, ci(g, 0), ci(g, st->bo), 1);
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, st->bi), 1);
	LLVMValueRef tile = add(g, mul(g, i, ci(g, st->bi)), j);
	LLVMValueRef wtile = at(g, W, mul(g, tile, ci(g, (int64_t)N * N))), rows = mul(g, tile, ci(g, N));
	LLVMValueRef zrows = mul(g, i, ci(g, N));
	LLVMValueRef full = add(g, a->b0, mul(g, LLVMBuildSDiv(g->b, LLVMBuildSub(g->b, a->b1, a->b0, ""), ci(g, MR), ""),
	                                      ci(g, MR)));
	LLVMValueRef pairs = pairs_end(g, full, a->b1);
	LLVMValueRef kept = outputs_kept(g, st, i);
	bwd_block(g, a, st, wtile, rows, zrows, j, kept, a->b0, full, MR);
	bwd_block(g, a, st, wtile, rows, zrows, j, kept, full, pairs, 2);
	bwd_block(g, a, st, wtile, rows, zrows, j, kept, pairs, a->b1, 1);
	loop_close(g, &lj);
	loop_close(g, &li);
}

/* The straight-through gradient of neuron k of example b: ds where the window passes it
 * (ste_lo <= x <= ste_hi, or ste_lo <= x - T[k] <= ste_hi with a learned threshold T,
 * and k inside `used`), else 0 */
static LLVMValueRef ste_pass(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef b, LLVMValueRef k)
{
	LLVMValueRef v = loadf(g, at(g, buf_ptr(g, a->acts, b, st->in), k));
	if (st->param != MODEL_NONE)
		v = LLVMBuildFSub(g->b, v, loadf(g, at(g, param_ptr(g, a->params, st->param), k)), "");
	LLVMValueRef in = LLVMBuildAnd(g->b, LLVMBuildFCmp(g->b, LLVMRealOGE, v, cf(g, st->ste_lo), ""),
	                               LLVMBuildFCmp(g->b, LLVMRealOLE, v, cf(g, st->ste_hi), ""), "");
	in = LLVMBuildAnd(g->b, in, LLVMBuildICmp(g->b, LLVMIntSLT, k, ci(g, g->m->bufs[st->out].used), ""), "");
	return LLVMBuildSelect(g->b, in, loadf(g, at(g, buf_ptr(g, a->dacts, b, st->out), k)), cf(g, 0.0), "");
}

/* dx = the gradient the window passes; with dropout, ds is first multiplied in place by
 * what the forward pass multiplied s by (the gradients of learned thresholds read it) */
static void bwd_binary(Gen *g, const Args *a, const ModelStage *st, uint32_t index)
{
	Loop lb, lk;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	LLVMValueRef dx = buf_ptr(g, a->dacts, b, st->in), ds = buf_ptr(g, a->dacts, b, st->out);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, g->m->bufs[st->out].width), 1);
	if (st->dropout > 0) {
		LLVMValueRef d = LLVMBuildFMul(g->b, loadf(g, at(g, ds, k)), cf(g, model_dropout_scale(st->dropout)), "");
		storef(g, LLVMBuildSelect(g->b, dropout_kept(g, a, st, index, b, k), d, cf(g, 0.0), ""), at(g, ds, k));
	}
	storef(g, ste_pass(g, a, st, b, k), at(g, dx, k));
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

/* The rows of a weight gradient go by in chunks of GR (the examples times the
 * positions of a conv: 100,000 rows and more), each chunk past every unit and input
 * of the call while its rows of x and of the deltas stay in the L2 cache; a chunk's
 * sums are added to the earlier chunks'. The chunks are fixed, so the sums are the same
 * however the units are split between threads. */
enum { GR = 128 };

typedef struct RowChunk {
	Loop l;
	LLVMValueRef r0, r1, first; /* rows [r0, r1) of the batch; first: r0 == 0 */
} RowChunk;

static void chunk_open(Gen *g, RowChunk *rc, LLVMValueRef batch)
{
	LLVMValueRef one = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSGT, batch, ci(g, 0), ""), batch, ci(g, 1), "");
	rc->r0 = loop_open(g, &rc->l, ci(g, 0), one, GR); /* once for an empty batch: its sums are 0 */
	LLVMValueRef end = add(g, rc->r0, ci(g, GR));
	rc->r1 = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, end, batch, ""), end, batch, "");
	rc->first = LLVMBuildICmp(g->b, LLVMIntEQ, rc->r0, ci(g, 0), "");
}

/* v stored at p, plus what the earlier chunks stored there */
static void store_chunk(Gen *g, const RowChunk *rc, LLVMValueRef v, LLVMValueRef p)
{
	LLVMValueRef sum = LLVMBuildFAdd(g->b, loadt(g, LLVMTypeOf(v), p), v, "");
	storev(g, LLVMBuildSelect(g->b, rc->first, v, sum, ""), p);
}

/* dW[i,j,k, c .. + NR*VF) = g[u] sum_b dz[b,u] x[b, j*N + c ..] for the units
 * u = (i,k) of [lo, hi) one at a time (kept units grads_vec leaves; absolute numbers,
 * the layer's first is `base`): the examples in order, one FMA per input and example,
 * an example whose delta is 0 skipped; the gain applied to the sum. Inputs past the
 * input's `used` skip the rows. */
static void grads_units(Gen *g, const Args *a, const ModelStage *t, const ModelStage *acc_st, int64_t base,
                        int64_t gain_off, LLVMValueRef lo, LLVMValueRef hi)
{
	Loop lj, lc, lu, lb;
	RowChunk rc;
	LLVMValueRef acc[MR][NR], x[NR];
	for (int n = 0; n < NR; n++)
		acc[0][n] = slot(g, g->vf);
	LLVMValueRef dW = param_ptr(g, a->grads, t->param);
	chunk_open(g, &rc, a->batch);
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, t->bi), 1);
	LLVMValueRef c = loop_open(g, &lc, ci(g, 0), ci(g, N), NR * VF);
	LLVMValueRef u = LLVMBuildSub(g->b, loop_open(g, &lu, lo, hi, 1), ci(g, base), "");
	LLVMValueRef i = LLVMBuildSDiv(g->b, u, ci(g, N), ""), k = LLVMBuildSRem(g->b, u, ci(g, N), "");
	LLVMValueRef scale = loadf(g, at(g, a->gains, add(g, ci(g, gain_off), u)));
	LLVMValueRef row = at(g, dW, add(g, mul(g, add(g, mul(g, add(g, mul(g, i, ci(g, t->bi)), j), ci(g, N)), k), ci(g, N)), c));
	for (int n = 0; n < NR; n++)
		LLVMBuildStore(g->b, LLVMConstNull(g->vf), acc[0][n]);
	LLVMBasicBlockRef live = if_open(g, LLVMBuildICmp(g->b, LLVMIntSLT, c, rows_used(g, t, j), ""));
	LLVMValueRef b = loop_open(g, &lb, rc.r0, rc.r1, 1);
	LLVMValueRef d = loadf(g, at(g, buf_ptr(g, a->dacts, b, acc_st->out), u));
	LLVMBasicBlockRef join = if_open(g, LLVMBuildFCmp(g->b, LLVMRealUNE, d, cf(g, 0.0), "")); /* often 0: STE */
	LLVMValueRef xrow = at(g, buf_ptr(g, a->acts, b, t->in), add(g, mul(g, j, ci(g, N)), c));
	for (int n = 0; n < NR; n++)
		x[n] = loadt(g, g->vf, at(g, xrow, ci(g, n * VF)));
	tile_fma(g, acc, &d, x, 1);
	if_close(g, join);
	loop_close(g, &lb);
	if_close(g, live);
	LLVMValueRef sv = splatt(g, g->vf, scale);
	for (int n = 0; n < NR; n++)
		store_chunk(g, &rc, LLVMBuildFMul(g->b, LLVMBuildLoad2(g->b, g->vf, acc[0][n], ""), sv, ""),
		            at(g, row, ci(g, n * VF)));
	loop_close(g, &lu);
	loop_close(g, &lc);
	loop_close(g, &lj);
	loop_close(g, &rc.l);
}

/* The micro-tile of grads_vec: GI inputs by GU vectors of VW units (12 accumulators,
 * the GU vectors of deltas and a broadcast: AVX2's 16 vector registers); and the
 * units per chunk, whose deltas (batch x UC floats) stay in L1/L2 while every input
 * block of the layer goes past them. */
enum { GI = 4, GU = 3, UC = 96, PF = 4 };

/* A hint to load the line at p into the caches (llvm.prefetch: read, keep). An
 * address past the buffers is harmless: a prefetch never faults. */
static void prefetch(Gen *g, LLVMValueRef p)
{
	LLVMValueRef args[4] = {p, LLVMConstInt(g->i32, 0, 0), LLVMConstInt(g->i32, 3, 0), LLVMConstInt(g->i32, 1, 0)};
	intrinsic(g, "llvm.prefetch", g->ptr, args, 4);
}

/* dW[i,j,k, c .. c+GI) = g[u] sum_b dz[b,u] x[b, j*N + c ..] for the kept units of
 * [lo, hi) (absolute unit numbers, the layer's first is `base`), in tiles of GU*VW from lo: the
 * last may pass hi if it stays in the layer's outputs (its units past hi are computed,
 * not stored). GU vectors of deltas loaded per example and each of GI inputs broadcast
 * against them, the examples in order (an example whose deltas are all 0 skipped), then
 * the rows transposed into the rows of dW. */
static void grads_vec(Gen *g, const Args *a, const ModelStage *t, const ModelStage *acc_st, int64_t base,
                      int64_t gain_off, LLVMValueRef lo, LLVMValueRef hi)
{
	Loop lq, lj, lc, lu, lb;
	RowChunk rc;
	LLVMValueRef acc[GI][GU], dv[GU];
	for (int e = 0; e < GI; e++)
		for (int n = 0; n < GU; n++)
			acc[e][n] = slot(g, g->vf);
	LLVMValueRef dW = param_ptr(g, a->grads, t->param);
	chunk_open(g, &rc, a->batch);
	LLVMValueRef q = loop_open(g, &lq, lo, hi, UC);
	LLVMValueRef qe = add(g, q, ci(g, UC));
	qe = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, qe, hi, ""), qe, hi, "");
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, t->bi), 1);
	LLVMValueRef c = loop_open(g, &lc, ci(g, 0), ci(g, N), GI);
	LLVMValueRef u = LLVMBuildSub(g->b, loop_open(g, &lu, q, qe, GU * VW), ci(g, base), "");
	for (int e = 0; e < GI; e++)
		for (int n = 0; n < GU; n++)
			LLVMBuildStore(g->b, LLVMConstNull(g->vf), acc[e][n]);
	/* inputs past the input's `used` are 0: their weights' gradients are 0 without a pass
	 * over the rows */
	LLVMBasicBlockRef live = if_open(g, LLVMBuildICmp(g->b, LLVMIntSLT, c, rows_used(g, t, j), ""));
	LLVMValueRef b = loop_open(g, &lb, rc.r0, rc.r1, 1);
	LLVMValueRef dz = at(g, buf_ptr(g, a->dacts, b, acc_st->out), u), any = NULL;
	/* the examples are act_stride floats apart, a page or more: the hardware does not
	 * prefetch across pages, so fetch the rows of an example PF ahead */
	LLVMValueRef ahead = add(g, b, ci(g, PF));
	prefetch(g, at(g, buf_ptr(g, a->dacts, ahead, acc_st->out), u));
	prefetch(g, at(g, buf_ptr(g, a->acts, ahead, t->in), add(g, mul(g, j, ci(g, N)), c)));
	for (int n = 0; n < GU; n++) {
		dv[n] = loadt(g, g->vf, at(g, dz, ci(g, n * VW)));
		LLVMValueRef bits = LLVMBuildBitCast(g->b, dv[n], LLVMVectorType(g->i32, VW), "");
		any = any ? LLVMBuildOr(g->b, any, bits, "") : bits;
	}
	LLVMValueRef sign = splatt(g, LLVMVectorType(g->i32, VW), LLVMConstInt(g->i32, 0x7fffffff, 0));
	LLVMValueRef nz = LLVMBuildICmp(g->b, LLVMIntNE, LLVMBuildAnd(g->b, any, sign, ""),
	                                LLVMConstNull(LLVMVectorType(g->i32, VW)), "");
	LLVMBasicBlockRef join = if_open(g, call1(g, "llvm.vector.reduce.or", nz)); /* often all 0: the STE window */
	LLVMValueRef xrow = at(g, buf_ptr(g, a->acts, b, t->in), add(g, mul(g, j, ci(g, N)), c));
	LLVMValueRef xb[GI];
	for (int e = 0; e < GI; e++)
		xb[e] = loadf(g, at(g, xrow, ci(g, e)));
	for (int e = 0; e < GI; e++) {
		LLVMValueRef xv = splatt(g, g->vf, xb[e]);
		for (int n = 0; n < GU; n++)
			LLVMBuildStore(g->b, fmuladd(g, xv, dv[n], LLVMBuildLoad2(g->b, g->vf, acc[e][n], "")), acc[e][n]);
	}
	if_close(g, join);
	loop_close(g, &lb);
	if_close(g, live);
	for (int n = 0; n < GU; n++) {
		LLVMValueRef un = add(g, u, ci(g, n * VW));
		LLVMValueRef sv = loadt(g, g->vf, at(g, a->gains, add(g, ci(g, gain_off), un))); /* the VW units' gains */
		LLVMValueRef r[GI], cols[GI];
		for (int e = 0; e < GI; e++)
			r[e] = LLVMBuildFMul(g->b, LLVMBuildLoad2(g->b, g->vf, acc[e][n], ""), sv, "");
		transpose4x8(g, r, cols);
		for (int kk = 0; kk < VW; kk++) { /* unit un + kk: lanes 0-3 or 4-7 of cols[kk % 4] */
			static const int half[2][4] = {{0, 1, 2, 3}, {4, 5, 6, 7}};
			LLVMValueRef mask[4];
			for (int m = 0; m < 4; m++)
				mask[m] = LLVMConstInt(g->i32, (unsigned)half[kk / 4][m], 0);
			LLVMValueRef v = LLVMBuildShuffleVector(g->b, cols[kk % 4], LLVMGetUndef(g->vf), LLVMConstVector(mask, 4), "");
			LLVMValueRef unit = add(g, un, ci(g, kk));
			LLVMValueRef i = LLVMBuildSDiv(g->b, unit, ci(g, N), ""), k = LLVMBuildSRem(g->b, unit, ci(g, N), "");
			LLVMValueRef row = add(g, mul(g, add(g, mul(g, i, ci(g, t->bi)), j), ci(g, N)), k); /* y[i,j,k] */
			LLVMBasicBlockRef mine = if_open(g, LLVMBuildICmp(g->b, LLVMIntSLT, add(g, unit, ci(g, base)), hi, ""));
			store_chunk(g, &rc, v, at(g, dW, add(g, mul(g, row, ci(g, N)), c)));
			if_close(g, mine);
		}
	}
	loop_close(g, &lu);
	loop_close(g, &lc);
	loop_close(g, &lj);
	loop_close(g, &lq);
	loop_close(g, &rc.l);
}

/* Units [base, base + bo*256) of a dense layer: unit (i,k) gives dA[i,:,k] and dW[i,j,k,:].
 * The units past the accumulate's `used` (masked: model.h) get zeros without a pass over
 * the rows. */
static void grads_dense(Gen *g, const Args *a, LLVMValueRef u0, LLVMValueRef u1, int64_t base, const ModelStage *t,
                        const ModelStage *acc, int64_t gain_off)
{
	UnitRange r = unit_range(g, u0, u1, base, (int64_t)t->bo * N);
	LLVMValueRef lo = r.lo, hi = r.hi;
	UnitRange kr = unit_range(g, lo, hi, base, acc->used); /* [lo, kept): the units kept */
	LLVMValueRef kept = kr.hi;
	Loop lu, lb, lm, lj;
	RowChunk rc;
	LLVMValueRef dA = param_ptr(g, a->grads, acc->param);
	/* dg = sum_b dz[b,u] xs[b,u], xs = sum_j y[b,i,j,k]: a chunk of rows past every unit */
	LLVMValueRef dg = slot(g, g->f32), xs = slot(g, g->f32);
	chunk_open(g, &rc, a->batch);
	LLVMValueRef u = LLVMBuildSub(g->b, loop_open(g, &lu, lo, kept, 1), ci(g, base), "");
	LLVMValueRef i = LLVMBuildSDiv(g->b, u, ci(g, N), ""), k = LLVMBuildSRem(g->b, u, ci(g, N), "");
	storef(g, cf(g, 0.0), dg);
	LLVMValueRef b = loop_open(g, &lb, rc.r0, rc.r1, 1);
	LLVMValueRef y = buf_ptr(g, a->acts, b, acc->in);
	storef(g, cf(g, 0.0), xs);
	LLVMValueRef j = loop_open(g, &lj, ci(g, 0), ci(g, t->bi), 1);
	LLVMValueRef yi = add(g, mul(g, add(g, mul(g, i, ci(g, t->bi)), j), ci(g, N)), k);
	storef(g, LLVMBuildFAdd(g->b, loadf(g, xs), loadf(g, at(g, y, yi)), ""), xs);
	loop_close(g, &lj);
	LLVMValueRef dz = loadf(g, at(g, buf_ptr(g, a->dacts, b, acc->out), u));
	storef(g, fmuladd(g, dz, loadf(g, xs), loadf(g, dg)), dg);
	loop_close(g, &lb);
	store_chunk(g, &rc, loadf(g, dg), at(g, dA, add(g, mul(g, i, ci(g, (int64_t)N * N)), k))); /* dA[i,0,k] */
	loop_close(g, &lu);
	loop_close(g, &rc.l);
	/* the masked units: dA[i,0,k] and their rows of dW, 0 */
	u = LLVMBuildSub(g->b, loop_open(g, &lu, kept, hi, 1), ci(g, base), "");
	i = LLVMBuildSDiv(g->b, u, ci(g, N), "");
	k = LLVMBuildSRem(g->b, u, ci(g, N), "");
	storef(g, cf(g, 0.0), at(g, dA, add(g, mul(g, i, ci(g, (int64_t)N * N)), k)));
	j = loop_open(g, &lj, ci(g, 0), ci(g, t->bi), 1);
	LLVMValueRef row = add(g, mul(g, add(g, mul(g, i, ci(g, t->bi)), j), ci(g, N)), k); /* y[i,j,k] */
	zero(g, at(g, param_ptr(g, a->grads, t->param), mul(g, row, ci(g, N))), N);
	loop_close(g, &lj);
	loop_close(g, &lu);
	/* every dA[i,m,k] is dA[i,0,k]: copied row by row, so the stores are contiguous */
	LLVMValueRef m = loop_open(g, &lm, ci(g, 1), ci(g, N), 1);
	u = LLVMBuildSub(g->b, loop_open(g, &lu, lo, hi, 1), ci(g, base), "");
	LLVMValueRef first = add(g, mul(g, LLVMBuildSDiv(g->b, u, ci(g, N), ""), ci(g, (int64_t)N * N)),
	                         LLVMBuildSRem(g->b, u, ci(g, N), ""));
	storef(g, loadf(g, at(g, dA, first)), at(g, dA, add(g, first, mul(g, m, ci(g, N)))));
	loop_close(g, &lu);
	loop_close(g, &lm);
	/* the kept units in tiles of GU*VW, the last one partial if it stays in the layer's
	 * outputs (else the rest one at a time) */
	LLVMValueRef full = add(g, lo, mul(g, LLVMBuildSDiv(g->b, LLVMBuildSub(g->b, kept, lo, ""), ci(g, GU * VW), ""),
	                                   ci(g, GU * VW)));
	LLVMValueRef fits = LLVMBuildICmp(g->b, LLVMIntSLE, add(g, full, ci(g, GU * VW)), ci(g, base + (int64_t)t->bo * N), "");
	LLVMValueRef vec_hi = LLVMBuildSelect(g->b, fits, kept, full, "");
	grads_vec(g, a, t, acc, base, gain_off, lo, vec_hi);
	grads_units(g, a, t, acc, base, gain_off, vec_hi, kept);
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

/* dT[k] = -sum_b (the gradient the window passes) for a learned threshold T: read from
 * ds and x, not from dx, which the backward pass of bf16 products has rounded since */
static void grads_threshold(Gen *g, const Args *a, const ModelStage *st)
{
	Loop lk, lb;
	LLVMValueRef dT = param_ptr(g, a->grads, st->param), width = ci(g, g->m->bufs[st->out].width);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), width, 1);
	storef(g, cf(g, 0.0), at(g, dT, k));
	loop_close(g, &lk);
	LLVMValueRef b = loop_open(g, &lb, ci(g, 0), a->batch, 1); /* examples in order, as the reference sums */
	k = loop_open(g, &lk, ci(g, 0), width, 1);
	LLVMValueRef d = at(g, dT, k);
	storef(g, LLVMBuildFSub(g->b, loadf(g, d), ste_pass(g, a, st, b, k), ""), d);
	loop_close(g, &lk);
	loop_close(g, &lb);
}

/* The last unit, the small parameters: d tau = a'(tau) sum_b sum dout (x+ - x-) for
 * every permute, and each learned threshold's gradient */
static void grads_small(Gen *g, const Args *a, LLVMValueRef u0, LLVMValueRef u1, int64_t unit)
{
	LLVMValueRef mine = LLVMBuildAnd(g->b, LLVMBuildICmp(g->b, LLVMIntSLE, u0, ci(g, unit), ""),
	                                 LLVMBuildICmp(g->b, LLVMIntSGT, u1, ci(g, unit), ""), "");
	LLVMBasicBlockRef join = if_open(g, mine);
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		Args r = rows_args(g, a, st);
		if (st->kind == STAGE_BINARY && st->param != MODEL_NONE)
			grads_threshold(g, &r, st);
		if (st->kind != STAGE_PERMUTE)
			continue;
		if (st->hard) { /* tau does not enter a hard permutation */
			storef(g, cf(g, 0.0), param_ptr(g, a->grads, st->param));
			continue;
		}
		LLVMValueRef acc = slot(g, g->f32);
		storef(g, cf(g, 0.0), acc);
		permute_loops(g, &r, st, ci(g, 0), r.batch, NULL, acc, perm_grad_body);
		LLVMValueRef tau = loadf(g, param_ptr(g, a->params, st->param));
		LLVMValueRef da = permute_gain(g, tau, g->m->perms[st->perm].slots, true);
		storef(g, LLVMBuildFMul(g->b, loadf(g, acc), da, ""), param_ptr(g, a->grads, st->param));
	}
	if_close(g, join);
}

/* ---- gather (model.h): example by example ---- */

/* Entry e of gather stage st's table, as an i64 */
static LLVMValueRef gather_entry(Gen *g, const ModelStage *st, LLVMValueRef e)
{
	LLVMValueRef idx[2] = {ci(g, 0), e};
	LLVMTypeRef arr = LLVMArrayType(g->i32, g->m->gathers[st->gather].count);
	LLVMValueRef p = LLVMBuildGEP2(g->b, arr, g->gather_index[st->gather], idx, 2, "");
	return LLVMBuildSExt(g->b, LLVMBuildLoad2(g->b, g->i32, p, ""), g->i64, "");
}

/* x[i] for a table entry i, 0 for -1 */
static LLVMValueRef gather_value(Gen *g, LLVMValueRef x, LLVMValueRef i)
{
	LLVMValueRef inside = LLVMBuildICmp(g->b, LLVMIntSGE, i, ci(g, 0), "");
	LLVMValueRef safe = LLVMBuildSelect(g->b, inside, i, ci(g, 0), "");
	return LLVMBuildSelect(g->b, inside, loadf(g, at(g, x, safe)), cf(g, 0.0), "");
}

/* The window of output value k at position p of example b: the mean (its sum in order,
 * then / window) or the maximum; forward, y = that; backward, the delta of y to the
 * mean's every index, or to the maximum's first (after the example's dx is zeroed) */
static void gather_value_at(Gen *g, const Args *a, const ModelStage *st, LLVMValueRef b, LLVMValueRef p,
                            LLVMValueRef k, bool backward)
{
	const ModelBuffer *out = &g->m->bufs[st->out];
	bool max = st->gather_op == GATHER_MAX;
	LLVMValueRef x = example_ptr(g, a->acts, b, st->in), o = add(g, mul(g, p, ci(g, out->width)), k);
	LLVMValueRef e0 = mul(g, add(g, mul(g, p, ci(g, out->used)), k), ci(g, st->window));
	LLVMValueRef best = slot(g, g->f32), at_best = slot(g, g->i64), inv = cf(g, 1.0f / (float)st->window);
	storef(g, max ? cf(g, -INFINITY) : cf(g, 0.0), best);
	LLVMBuildStore(g->b, ci(g, -1), at_best);
	LLVMValueRef dx = NULL, dy = NULL;
	if (backward) {
		dx = example_ptr(g, a->dacts, b, st->in);
		dy = loadf(g, at(g, example_ptr(g, a->dacts, b, st->out), o));
	}
	Loop lw;
	LLVMValueRef w = loop_open(g, &lw, ci(g, 0), ci(g, st->window), 1);
	LLVMValueRef i = gather_entry(g, st, add(g, e0, w)), v = gather_value(g, x, i);
	if (backward && !max) {
		LLVMBasicBlockRef join = if_open(g, LLVMBuildICmp(g->b, LLVMIntSGE, i, ci(g, 0), ""));
		LLVMValueRef to = at(g, dx, i);
		storef(g, LLVMBuildFAdd(g->b, loadf(g, to), LLVMBuildFMul(g->b, dy, inv, ""), ""), to);
		if_close(g, join);
	} else if (max) {
		LLVMValueRef more = LLVMBuildFCmp(g->b, LLVMRealOGT, v, loadf(g, best), "");
		storef(g, LLVMBuildSelect(g->b, more, v, loadf(g, best), ""), best);
		LLVMBuildStore(g->b, LLVMBuildSelect(g->b, more, i, LLVMBuildLoad2(g->b, g->i64, at_best, ""), ""), at_best);
	} else {
		storef(g, LLVMBuildFAdd(g->b, loadf(g, best), v, ""), best);
	}
	loop_close(g, &lw);
	if (!backward) {
		LLVMValueRef y = loadf(g, best);
		storef(g, max ? y : LLVMBuildFDiv(g->b, y, cf(g, (float)st->window), ""), at(g, example_ptr(g, a->acts, b, st->out), o));
	} else if (max) {
		LLVMValueRef i = LLVMBuildLoad2(g->b, g->i64, at_best, "");
		LLVMBasicBlockRef join = if_open(g, LLVMBuildICmp(g->b, LLVMIntSGE, i, ci(g, 0), ""));
		LLVMValueRef to = at(g, dx, i);
		storef(g, LLVMBuildFAdd(g->b, loadf(g, to), dy, ""), to);
		if_close(g, join);
	}
}

/* Examples [b0, b1) of a gather stage: forward, every output value (0 past `used`);
 * backward, the input's delta zeroed, then every output's delta added into it */
static void gather_loops(Gen *g, const Args *a, const ModelStage *st, bool backward)
{
	const ModelBuffer *in = &g->m->bufs[st->in], *out = &g->m->bufs[st->out];
	Loop lb, lp, lk;
	LLVMValueRef b = loop_open(g, &lb, a->b0, a->b1, 1);
	if (backward)
		zero(g, example_ptr(g, a->dacts, b, st->in), (int64_t)model_buf_floats(in));
	LLVMValueRef p = loop_open(g, &lp, ci(g, 0), ci(g, out->positions), 1);
	LLVMValueRef k = loop_open(g, &lk, ci(g, 0), ci(g, out->used), 1);
	gather_value_at(g, a, st, b, p, k, backward);
	loop_close(g, &lk);
	if (!backward && out->used < out->width) {
		LLVMValueRef y = at(g, example_ptr(g, a->acts, b, st->out), mul(g, p, ci(g, out->width)));
		k = loop_open(g, &lk, ci(g, out->used), ci(g, out->width), 1);
		storef(g, cf(g, 0.0), at(g, y, k));
		loop_close(g, &lk);
	}
	loop_close(g, &lp);
	loop_close(g, &lb);
}

/* ---- the kernels over the stages ---- */

/* Whether stage s is in [s0, s1), the stages a call of a kernel runs */
static LLVMBasicBlockRef stage_open(Gen *g, LLVMValueRef s0, LLVMValueRef s1, uint32_t s)
{
	LLVMValueRef k = LLVMConstInt(g->i32, s, 0);
	return if_open(g, LLVMBuildAnd(g->b, LLVMBuildICmp(g->b, LLVMIntULE, s0, k, ""),
	                               LLVMBuildICmp(g->b, LLVMIntULT, k, s1, ""), ""));
}

void gen_forward(Gen *g)
{
	LLVMTypeRef t[13] = {g->ptr, g->ptr, g->ptr, g->i64, g->i64, g->i64, g->i64, g->i64, g->f32, g->i32, g->i32, g->i32,
	                     g->i32};
	static const char *const names[] = {"params", "gains", "acts", "b0", "b1", "seed", "step", "first", "sigma", "prec",
	                                    "train", "s0", "s1"};
	begin(g, "eic_forward", t, 13, names);
	Args a = {.params = LLVMGetParam(g->fn, 0), .gains = LLVMGetParam(g->fn, 1), .acts = LLVMGetParam(g->fn, 2),
	          .b0 = LLVMGetParam(g->fn, 3), .b1 = LLVMGetParam(g->fn, 4), .seed = LLVMGetParam(g->fn, 5),
	          .step = LLVMGetParam(g->fn, 6), .first = LLVMGetParam(g->fn, 7), .noise = LLVMGetParam(g->fn, 8),
	          .bf16 = bf16_of(g, LLVMGetParam(g->fn, 9)),
	          .train = LLVMBuildICmp(g->b, LLVMIntNE, LLVMGetParam(g->fn, 10), LLVMConstInt(g->i32, 0, 0), "train")};
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		const ModelStage *st = &g->m->stages[s];
		LLVMBasicBlockRef join = stage_open(g, LLVMGetParam(g->fn, 11), LLVMGetParam(g->fn, 12), s);
		Args r = rows_args(g, &a, st);
		switch (st->kind) {
		case STAGE_TILES: fwd_tiles(g, &r, s); break;
		case STAGE_ACCUMULATE: fwd_accumulate(g, &r, st, g->gain_off[s]); break;
		case STAGE_BINARY: fwd_binary(g, &r, st, s); break;
		case STAGE_PERMUTE: fwd_permute(g, &r, st); break;
		case STAGE_READOUT: fwd_readout(g, &r, st); break;
		case STAGE_NORM: fwd_norm(g, &r, s); break;
		case STAGE_GATHER: gather_loops(g, &r, st, false); break;
		case STAGE_LOAD: /* the runtime wrote the input */
			if (st->dropout > 0)
				fwd_load(g, &r, st, s);
			break;
		case STAGE__COUNT: die("stage %u of unknown kind %d", s, (int)st->kind);
		}
		if_close(g, join);
	}
	end(g);
}

void gen_backward(Gen *g)
{
	LLVMTypeRef t[12] = {g->ptr, g->ptr, g->ptr, g->ptr, g->i64, g->i64, g->i32, g->i64, g->i64, g->i64, g->i32, g->i32};
	static const char *const names[] = {"params", "gains", "acts", "dacts", "b0", "b1", "prec", "seed", "step", "first",
	                                    "s0", "s1"};
	begin(g, "eic_backward", t, 12, names);
	Args a = {.params = LLVMGetParam(g->fn, 0), .gains = LLVMGetParam(g->fn, 1), .acts = LLVMGetParam(g->fn, 2),
	          .dacts = LLVMGetParam(g->fn, 3), .b0 = LLVMGetParam(g->fn, 4), .b1 = LLVMGetParam(g->fn, 5),
	          .bf16 = bf16_of(g, LLVMGetParam(g->fn, 6)), .seed = LLVMGetParam(g->fn, 7), .step = LLVMGetParam(g->fn, 8),
	          .first = LLVMGetParam(g->fn, 9)};
	for (uint32_t s = g->m->nstages; s-- > 0;) {
		const ModelStage *st = &g->m->stages[s];
		if (!model_wants_delta(g->m, st->in))
			continue; /* no gradient is wanted for the input, nor for a gather of it */
		LLVMBasicBlockRef join = stage_open(g, LLVMGetParam(g->fn, 10), LLVMGetParam(g->fn, 11), s);
		Args r = rows_args(g, &a, st);
		switch (st->kind) {
		case STAGE_READOUT: bwd_readout(g, &r, st); break;
		case STAGE_ACCUMULATE: bwd_accumulate(g, &r, st, g->gain_off[s]); break;
		case STAGE_TILES: bwd_tiles(g, &r, s); break;
		case STAGE_BINARY: bwd_binary(g, &r, st, s); break;
		case STAGE_PERMUTE: bwd_permute(g, &r, st); break;
		case STAGE_GATHER: gather_loops(g, &r, st, true); break;
		case STAGE_NORM: break; /* over the whole batch: eic_norm_backward */
		case STAGE_LOAD: break; /* reads no buffer: nothing to propagate */
		case STAGE__COUNT: die("stage %u of unknown kind %d", s, (int)st->kind);
		}
		if_close(g, join);
	}
	end(g);
}

/* A kernel over the neurons of one norm stage: units [u0, u1) of VW neurons of the
 * stage whose index is the argument `stage` */
static void norm_kernel(Gen *g, const char *name, bool backward)
{
	LLVMTypeRef t[9] = {g->ptr, g->ptr, g->ptr, g->ptr, g->ptr, g->i64, g->i32, g->i64, g->i64};
	static const char *const names[] = {"params", "gains", "acts", "dacts", "grads", "batch", "stage", "u0", "u1"};
	begin(g, name, t, 9, names);
	Args a = {.params = LLVMGetParam(g->fn, 0), .gains = LLVMGetParam(g->fn, 1), .acts = LLVMGetParam(g->fn, 2),
	          .dacts = LLVMGetParam(g->fn, 3), .grads = LLVMGetParam(g->fn, 4), .batch = LLVMGetParam(g->fn, 5)};
	for (uint32_t s = 0; s < g->m->nstages; s++) {
		if (g->m->stages[s].kind != STAGE_NORM)
			continue;
		LLVMBasicBlockRef join = if_open(g, LLVMBuildICmp(g->b, LLVMIntEQ, LLVMGetParam(g->fn, 6),
		                                                 LLVMConstInt(g->i32, s, 0), ""));
		Loop lu;
		Args r = rows_args(g, &a, &g->m->stages[s]);
		LLVMValueRef u = loop_open(g, &lu, LLVMGetParam(g->fn, 7), LLVMGetParam(g->fn, 8), 1);
		if (backward)
			norm_back(g, &r, s, mul(g, u, ci(g, VW)));
		else
			norm_stats(g, &r, s, mul(g, u, ci(g, VW)));
		loop_close(g, &lu);
		if_close(g, join);
	}
	end(g);
}

void gen_norm(Gen *g)
{
	norm_kernel(g, "eic_norm", false);
	norm_kernel(g, "eic_norm_backward", true);
}

void gen_grads(Gen *g)
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
		switch (st->kind) {
		case STAGE_TILES: { /* W with the A of its accumulate: a unit per output row (emitllvm_grad_units) */
			Args r = rows_args(g, &a, st);
			grads_dense(g, &r, u0, u1, base, st, &g->m->stages[s + 1], g->gain_off[s + 1]);
			base += (int64_t)st->bo * N;
			break;
		}
		case STAGE_GATHER: /* no parameter */
		case STAGE_PERMUTE: /* every tau and learned threshold in the last unit: grads_small below */
		case STAGE_BINARY:
		case STAGE_LOAD:
		case STAGE_ACCUMULATE: /* with its tiles */
		case STAGE_NORM:       /* by eic_norm_backward */
		case STAGE_READOUT: break;
		case STAGE__COUNT: die("stage %u of unknown kind %d", s, (int)st->kind);
		}
	}
	grads_small(g, &a, u0, u1, base);
	end(g);
}
