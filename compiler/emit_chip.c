/* emit_chip.c: from the schedule to the .chip binary (emit_chip.h). Buffers map one to
 * one, except the logits buffer, which on the chip is the readout itself; stages map
 * to instructions in order, a tiles stage to one mvm per tile (out-block major, as the
 * schedule lists them), each on its own core.
 *
 * A soft permutation computes a(tau) (x[p+] - x[p-]) in training, the chip's hard one
 * x[p+] - x[p-]: the factor a(tau) is folded into the scales of the cores that read the
 * permuted values (each core has one mvm), so the chip's sums are training's. An average
 * pool is the chip's sum over its window: the scales of the cores that read it are
 * divided by the window, and their ADC ranges multiplied by it, as their partial sums
 * are.
 *
 * A convolution is a gather of patches and a dense layer's tiles applied at every
 * position (buffers of many positions), a pool or a flatten a gather: each gather
 * stage becomes a gather instruction with the stage's index table. */
#include "emit_chip.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { N = CORE_N, NN = CORE_N * CORE_N };

/* The largest |value| a stage writes into a buffer the chip's crossbars can read, as the
 * simulator bounds it (docs/chip-format.md section 3.4): 255 for pixels, 1 for spikes,
 * twice the input's for a permute, the input's times the window for a sum gather. */
static int64_t bound_of(const Schedule *s, const Stage *st, const int64_t *bound)
{
	const Gather *g = st->kind == STAGE_GATHER ? &s->gathers[st->gather] : NULL;
	switch (st->kind) {
	case STAGE_LOAD: return (1 << CHIP_INPUT_BITS) - 1;
	case STAGE_BINARY: return 1;
	case STAGE_PERMUTE: return 2 * bound[st->in];
	case STAGE_GATHER: return bound[st->in] * (g->op == GATHER_MEAN ? g->window : 1);
	case STAGE_TILES: /* real-valued sums */
	case STAGE_ACCUMULATE:
	case STAGE_READOUT:
	case STAGE_NORM:
	case STAGE__COUNT: break;
	}
	return 0;
}

bool emitchip_check(const Schedule *s, Diag *d)
{
	int nerr = d->nerr;
	int64_t cores = 0;
	/* bound[b]: the largest |value| of buffer b; past 32 bits the simulator would refuse
	 * the file */
	int64_t *bound = xcalloc((size_t)s->nbufs + 1, sizeof *bound);
	/* what each buffer holds, a gather's being what it reads (patches of the input are
	 * pixels) */
	BufKind *holds = xcalloc((size_t)s->nbufs + 1, sizeof *holds);
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		const Buffer *x = &s->bufs[st->out];
		BufKind in = st->in >= 0 ? holds[st->in] : BUF_INPUT;
		holds[st->out] = st->kind == STAGE_GATHER ? in : x->kind;
		int64_t top = bound_of(s, st, bound);
		if (st->in >= 0 && kinds_buf[in].integer && top > INT32_MAX && bound[st->in] <= INT32_MAX)
			diag_error(d, st->node->layer->loc,
			           "%s brings the bound on its values to %lld, past the 32 bits of the chip's integer buffers: "
			           "each permute doubles it (at most %d in a row from spikes), a sum over a window multiplies it "
			           "by the window (docs/chip-format.md section 3.4)",
			           st->node->name, (long long)top, CHIP_MAX_PERMUTE_CHAIN);
		bound[st->out] = top > INT32_MAX ? (int64_t)INT32_MAX + 1 : top; /* past it once: no overflow after */
		if ((uint64_t)x->positions * (uint64_t)(x->width / N) > CHIP_MAX_EXAMPLE_BLOCKS)
			diag_error(d, st->node->layer->loc, "%s: buffer %s holds %lld positions of %lld blocks; a .chip buffer "
			           "holds at most %d blocks", st->node->name, x->name, (long long)x->positions,
			           (long long)(x->width / N), CHIP_MAX_EXAMPLE_BLOCKS);
		if (st->kind == STAGE_TILES && cores <= CHIP_MAX_CORES && (cores += st->ntiles) > CHIP_MAX_CORES)
			diag_error(d, st->node->layer->loc, "%s brings the cores the network needs to %lld; a .chip holds at "
			           "most %d", st->node->name, (long long)cores, CHIP_MAX_CORES);
		if (st->kind == STAGE_TILES && !kinds_buf[in].integer)
			diag_error(d, st->node->layer->loc,
			           "%s reads real-valued sums (%s), but the chip's crossbars take input codes, spikes or "
			           "permuted spikes: put a binary layer before it",
			           st->node->name, s->bufs[st->in].name);
		if (st->kind == STAGE_PERMUTE && in != BUF_SPIKES && in != BUF_PERMUTED)
			diag_error(d, st->node->layer->loc,
			           "%s permutes %s (%s): the chip's permute units take spikes or permuted spikes", st->node->name,
			           in == BUF_INPUT ? "the input" : "real-valued sums", s->bufs[st->in].name);
	}
	free(bound);
	free(holds);
	return d->nerr == nerr;
}

/* The chip's reduction of a gather: an average pool is the chip's sum (docs/chip.md) */
static ChipGatherOp chip_op_of(const Gather *g)
{
	return g->op == GATHER_MAX ? CHIP_GATHER_MAX : CHIP_GATHER_SUM;
}

static void copy_name(char *dst, const char *src)
{
	size_t n = strlen(src);
	if (n >= CHIP_NAME)
		die("name '%s' longer than the checker allows", src);
	memcpy(dst, src, n + 1);
}

static void params_of(const Schedule *s, ChipParams *c)
{
	const ChipConfig *chip = &s->prog->chip;
	copy_name(c->name, s->prog->net.name);
	c->rows = (uint32_t)s->grid.rows;
	c->cols = (uint32_t)s->grid.cols;
	c->weight_bits = chip->weight_bits ? (uint32_t)chip->weight_bits : 8;
	c->weight_mode = CHIP_WEIGHTS_DIFFERENTIAL;
	c->adc_bits = (uint32_t)chip->adc_bits;
	c->read_noise = (float)chip->read_noise;
	c->program_noise = (float)chip->program_noise;
	c->stuck_low = (float)chip->stuck_low;
	c->stuck_high = (float)chip->stuck_high;
	c->weight_range = (float)chip->weight_range;
	c->input = (uint32_t)s->bufs[0].used;
	c->input_bits = CHIP_INPUT_BITS;
	c->input_unit = 1.0f / MODEL_PIXEL_LEVELS; /* as the runtime scales pixels (runtime/train.c) */
	c->logits = (uint32_t)s->logits;
}

/* Table builders: the gains of an accumulate stage are g[e] = sum_m A[i,m,k] in float
 * over ascending m, e = i*N + k, as the kernels compute them (emit_llvm.c k_gains). */
static float *gains_of(const Model *m, const ModelStage *acc, const float *params)
{
	const float *A = params + m->params[acc->param].offset / 4;
	float *g = xcalloc((size_t)acc->bo * N, sizeof *g);
	for (uint32_t i = 0; i < acc->bo; i++)
		for (uint32_t r = 0; r < N; r++)
			for (uint32_t k = 0; k < N; k++)
				g[i * N + k] += A[((size_t)i * N + r) * N + k];
	return g;
}

/* The neuron e of a binary stage fires when G[e] u + sigma eps >= theta[e], u the sum
 * the chip accumulates: G = g and theta the stage's (a learned theta: the neuron's own,
 * T[e]); after a norm (model.h) with a = gamma / sqrt(var + eps) and c = beta - a mean
 * on its running statistics, y = a g u + c, so G = a g and theta - c. Divided by |G|:
 * polarity sign(G), threshold theta/|G|, noise sigma/|G| (docs/chip-format.md section
 * 4). With the noise at the comparator the kernels add |G| sigma eps: the chip's noise
 * is sigma itself, the same for every neuron of the stage. A gain too small to divide by
 * in float is taken as 0 (and its noise at the comparator with it). */
static ChipTable neuron_table(const Model *m, const float *params, const float *gains, uint32_t used,
                              const ModelStage *bin)
{
	const float *T = bin->param == MODEL_NONE ? NULL : params + m->params[bin->param].offset / 4;
	const ModelStage *norm = bin > m->stages && bin[-1].kind == STAGE_NORM ? bin - 1 : NULL;
	const float *S = norm ? params + m->params[norm->param].offset / 4 : NULL;
	size_t w = norm ? m->bufs[norm->out].width : 0;
	ChipTable t = {CHIP_TABLE_NEURON, used, xcalloc(used ? used : 1, sizeof(ChipNeuron)), NULL};
	for (uint32_t e = 0; e < used; e++) {
		double g = gains[e], theta = T ? T[e] : bin->threshold;
		if (S) {
			float a = model_norm_scale(S[e], S[3 * w + e]);
			g *= a;
			theta -= model_norm_shift(S[w + e], a, S[2 * w + e]);
		}
		double mag = fabs(g);
		ChipNeuron *n = &t.neurons[e];
		bool comparator = bin->noise_at == NOISE_AT_COMPARATOR;
		float threshold = (float)(theta / mag), noise = comparator ? bin->noise : (float)(bin->noise / mag);
		bool zero = !(isfinite(threshold) && isfinite(noise)); /* g = 0, or too small to divide by */
		n->polarity = zero ? 0 : g > 0 ? 1 : -1;
		n->threshold = zero ? (float)theta : threshold;
		n->noise = zero ? (comparator ? 0.0f : bin->noise) : noise;
	}
	return t;
}

/* A core's codes and scale: those of its weights, the scale times |factor| of its
 * input, the codes negated when the factor is negative (a soft permutation's a(tau)
 * is, for tau < 0). */
static void core_codes(const float *w, const ChipParams *c, float factor, ChipCore *core, int16_t *codes)
{
	uint32_t levels = chip_levels(c->weight_bits);
	float scale = model_tile_scale(w, NN, c->weight_range, levels);
	int32_t sign = factor < 0 ? -1 : 1;
	for (size_t e = 0; e < NN; e++)
		codes[e] = (int16_t)(sign * model_code(w[e], scale, levels));
	core->scale = scale * fabsf(factor);
}

void emitchip_build(const Schedule *s, const Model *m, const float *params, ChipFile *f)
{
	memset(f, 0, sizeof *f);
	f->flags = params ? CHIP_FLAG_WEIGHTS : 0;
	params_of(s, &f->chip);
	uint32_t *bufmap = xcalloc((size_t)s->nbufs, sizeof *bufmap);
	float *factor = xcalloc((size_t)s->nbufs, sizeof *factor); /* what training's values are of the chip's */
	float *pooled = xcalloc((size_t)s->nbufs, sizeof *pooled);  /* the part of it that average pools make */
	f->bufs = xcalloc((size_t)s->nbufs, sizeof *f->bufs);
	for (int b = 0; b < s->nbufs; b++) {
		bufmap[b] = CHIP_NONE;
		factor[b] = pooled[b] = 1;
	}
	for (int k = 0; k < s->nstages; k++) { /* each buffer from its writer, which comes before its readers */
		const Stage *st = &s->stages[k];
		const Buffer *x = &s->bufs[st->out];
		ChipBufKind kind = kinds_buf[x->kind].chip;
		if (st->kind == STAGE_GATHER) /* what it reads, sums of spikes being integers past 1 */
			kind = (ChipBufKind)chip_gathered_kind(f->bufs[bufmap[st->in]].kind, chip_op_of(&s->gathers[st->gather]),
			                                       (uint32_t)s->gathers[st->gather].window);
		if (!kind)
			continue;
		uint32_t blocks = (uint32_t)(x->width / N);
		uint32_t used = kind == CHIP_BUF_PIXELS || kind == CHIP_BUF_SUMS || kind == CHIP_BUF_SPIKES
		                        ? (uint32_t)x->used
		                        : blocks * N;
		bufmap[st->out] = f->nbufs;
		f->bufs[f->nbufs++] = (ChipBuffer){kind, blocks, used, (uint32_t)x->positions};
	}
	f->ncores = (uint32_t)s->cores;
	f->cores = xcalloc(f->ncores, sizeof *f->cores);
	if (params)
		f->codes = xmalloc((size_t)f->ncores * NN * sizeof *f->codes);
	size_t ninsns = 0;
	for (int k = 0; k < s->nstages; k++)
		ninsns += s->stages[k].kind == STAGE_TILES ? (size_t)s->stages[k].ntiles : 1;
	f->insns = xcalloc(ninsns, sizeof *f->insns);
	f->tables = xcalloc((size_t)s->nstages, sizeof *f->tables);
	f->gathers = xcalloc((size_t)s->ngathers + 1, sizeof *f->gathers);
	float *gains = NULL; /* of the last accumulate, for the neuron or readout after it */
	uint32_t core = 0;
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		const ModelStage *ms = &m->stages[k];
		uint32_t in = st->in >= 0 ? bufmap[st->in] : CHIP_NONE, out = bufmap[st->out];
		ChipInsn insn = {kinds_stage[st->kind].chip_op, in, out, 0, 0, 0};
		switch (st->kind) {
		case STAGE_LOAD: break;
		case STAGE_TILES:
			for (int64_t t = 0; t < st->ntiles; t++, core++) {
				const Tile *tile = &st->tiles[t];
				ChipCore *c = &f->cores[core];
				*c = (ChipCore){.row = (uint32_t)tile->row, .col = (uint32_t)tile->col,
				                .out_block = (uint32_t)tile->out_block, .in_block = (uint32_t)tile->in_block,
				                .adc_range = ms->adc_range / pooled[st->in]};
				copy_name(c->layer, st->node->name);
				if (params)
					core_codes(params + m->params[ms->param].offset / 4 + (size_t)t * NN, &f->chip, factor[st->in],
					           c, f->codes + (size_t)core * NN);
				f->insns[f->ninsns++] = (ChipInsn){insn.op, in, out, core, (uint32_t)tile->in_block,
				                                   (uint32_t)(tile->out_block * st->bi + tile->in_block)};
			}
			continue;
		case STAGE_ACCUMULATE:
			insn.a = (uint32_t)st->bi;
			free(gains);
			gains = params ? gains_of(m, ms, params) : NULL;
			break;
		case STAGE_BINARY:
			insn.a = CHIP_NONE;
			if (gains) {
				insn.a = f->ntables;
				f->tables[f->ntables++] = neuron_table(m, params, gains, f->bufs[out].used, ms);
			}
			break;
		case STAGE_PERMUTE:
			insn.a = (uint32_t)st->perm;
			factor[st->out] = factor[st->in];
			pooled[st->out] = pooled[st->in];
			if (params && !ms->hard)
				factor[st->out] *= model_permute_gain(params[m->params[ms->param].offset / 4], m->perms[ms->perm].slots);
			break;
		case STAGE_NORM: /* no instruction: the binary after it reads the sums, the norm folded in */
			bufmap[st->out] = in;
			continue;
		case STAGE_READOUT:
			insn = (ChipInsn){insn.op, in, CHIP_NONE, CHIP_NONE, (uint32_t)s->logits, 0};
			if (gains) {
				insn.a = f->ntables;
				float *g = xmalloc((size_t)s->logits * sizeof *g);
				memcpy(g, gains, (size_t)s->logits * sizeof *g);
				f->tables[f->ntables++] = (ChipTable){CHIP_TABLE_GAINS, (uint32_t)s->logits, NULL, g};
			}
			break;
		case STAGE_GATHER: {
			const Gather *g = &s->gathers[st->gather];
			ChipGather *cg = &f->gathers[f->ngathers];
			*cg = (ChipGather){(uint32_t)g->window, (uint32_t)s->bufs[st->out].used, (uint32_t)g->count,
			                   xmalloc((size_t)g->count * sizeof *cg->index + 1)};
			for (int64_t e = 0; e < g->count; e++)
				cg->index[e] = g->index[e] < 0 ? CHIP_NONE : (uint32_t)g->index[e];
			insn.a = f->ngathers++;
			insn.b = chip_op_of(g);
			/* the chip sums a window that training averages: its sums and ADC range are
			 * the window times training's */
			pooled[st->out] = pooled[st->in] / (g->op == GATHER_MEAN ? (float)g->window : 1.0f);
			factor[st->out] = factor[st->in] / (g->op == GATHER_MEAN ? (float)g->window : 1.0f);
			break;
		}
		case STAGE__COUNT: die("stage %d of unknown kind %d", k, (int)st->kind);
		}
		f->insns[f->ninsns++] = insn;
	}
	free(gains);
	free(factor);
	free(pooled);
	free(bufmap);
	f->nperms = (uint32_t)s->nperms;
	f->perms = xcalloc(f->nperms ? f->nperms : 1, sizeof *f->perms);
	for (uint32_t p = 0; p < f->nperms; p++) {
		f->perms[p].chunk = m->perms[p].chunk;
		f->perms[p].slots = m->perms[p].slots;
		memcpy(f->perms[p].plus, m->perms[p].plus, sizeof f->perms[p].plus);
		memcpy(f->perms[p].minus, m->perms[p].minus, sizeof f->perms[p].minus);
	}
}
