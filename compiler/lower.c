/* lower.c: from the network IR to the schedule (schedule.h).
 *
 * Each dense layer becomes Bo x Bi tiles, one core each, numbered in execution
 * order (out-block major), followed by its accumulate stage; binary and permute
 * layers are one stage each; the readout stage takes the logits from the last
 * accumulate. A conv is a gather of its patches and then a dense layer at every
 * position of its output; pool and flatten are gathers. Buffers are named after the
 * layer that writes them. */
#include "schedule.h"
#include "lang.h"
#include "model.h"

#include <math.h>
#include <stdlib.h>

/* The reference's truncated normal at +-2 sigma has this standard deviation per unit
 * sigma; Xavier-normal divides by it so the truncated draws keep the variance. */
#define TRUNCATED_NORMAL_STDDEV 0.87962566103423978
enum { PARAM_ALIGN = 64 };

static uint64_t splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static void shuffle(uint64_t *state, int *p, int64_t n)
{
	for (int64_t i = 0; i < n; i++)
		p[i] = (int)i;
	for (int64_t i = n - 1; i > 0; i--) {
		int64_t j = (int64_t)(splitmix64(state) % (uint64_t)(i + 1));
		int t = p[i];
		p[i] = p[j];
		p[j] = t;
	}
}

/* A slot where plus and minus agree would read x - x: always zero, a dead slot.
 * So minus is redrawn (same stream) until it differs from plus everywhere. */
void sched_permutations(int64_t seed, int64_t slots, int *plus, int *minus)
{
	uint64_t state = (uint64_t)seed;
	shuffle(&state, plus, slots);
	for (bool clash = true; clash;) {
		shuffle(&state, minus, slots);
		clash = false;
		for (int64_t r = 0; r < slots && !clash; r++)
			clash = plus[r] == minus[r];
	}
}

typedef struct Lowering {
	Schedule *s;
	Arena *a;
} Lowering;

/* A stage reading buffer `in` (-1: none) and writing a new buffer of its kind's
 * (kinds.h), `width` elements of which the first `used` carry values, at each of the
 * node's positions. */
static Stage *add_stage(Lowering *lw, StageKind kind, const IrNode *node, int in, const char *out, int64_t width,
                        int64_t used)
{
	Schedule *s = lw->s;
	int64_t positions = node ? node->positions : 1;
	s->bufs[s->nbufs] = (Buffer){out, kinds_stage[kind].out, width, used, positions};
	Stage *st = &s->stages[s->nstages++];
	*st = (Stage){.kind = kind, .node = node, .in = in, .out = s->nbufs++, .param = -1, .perm = -1,
	              .positions = positions, .gather = -1};
	if (node) {
		st->bi = node->bi;
		st->bo = node->bo;
	}
	return st;
}

/* Xavier-normal as the reference defines it: R = product of the leading dimensions,
 * fan_in = shape[-2] * R, fan_out = shape[-1] * R, variance 2 / (fan_in + fan_out). */
static int add_param(Lowering *lw, const char *name, int rank, const int64_t *shape, InitKind init, double value)
{
	Schedule *s = lw->s;
	Param *p = &s->params[s->nparams];
	*p = (Param){.name = name, .rank = rank, .count = 1, .init = init, .value = value, .stage = s->nstages - 1};
	int64_t leading = 1;
	for (int i = 0; i < rank; i++) {
		p->shape[i] = shape[i];
		p->count *= shape[i];
		if (i < rank - 2)
			leading *= shape[i];
	}
	if (init == INIT_XAVIER_NORMAL) {
		p->fan_in = (double)(shape[rank - 2] * leading);
		p->fan_out = (double)(shape[rank - 1] * leading);
		p->stddev = sqrt(2.0 / (p->fan_in + p->fan_out)) / TRUNCATED_NORMAL_STDDEV;
	}
	p->offset = s->param_bytes;
	s->param_count += p->count;
	s->param_bytes += (p->count * 4 + PARAM_ALIGN - 1) / PARAM_ALIGN * PARAM_ALIGN;
	s->stages[s->nstages - 1].param = s->nparams;
	return s->nparams++;
}

/* A learned threshold is a parameter of one value per neuron of the padded width
 * (padding stays zero whatever it holds), initialised to the layer's threshold. With
 * batchnorm, a norm stage first: its statistics are a parameter [4, width], the rows
 * gamma (1), beta (0), the running mean (0) and the running variance (1). */
static void lower_binary(Lowering *lw, const IrNode *n, int *cur)
{
	const BinaryParams *b = &n->layer->binary;
	if (b->batchnorm) {
		*cur = add_stage(lw, STAGE_NORM, n, *cur, arena_printf(lw->a, "%s.n", n->name), n->out_pad, n->out)->out;
		add_param(lw, arena_printf(lw->a, "%s.norm", n->name), 2, (int64_t[]){4, n->out_pad}, INIT_NORM, 0);
	}
	*cur = add_stage(lw, STAGE_BINARY, n, *cur, arena_printf(lw->a, "%s.s", n->name), n->out_pad, n->out)->out;
	if (b->learn_threshold)
		add_param(lw, arena_printf(lw->a, "%s.threshold", n->name), 1, (int64_t[]){n->out_pad}, INIT_CONSTANT,
		          b->threshold);
}

static void lower_dense(Lowering *lw, const IrNode *n, int *cur)
{
	Schedule *s = lw->s;
	int64_t partials = n->bo * n->bi * CORE_N;
	Stage *t = add_stage(lw, STAGE_TILES, n, *cur, arena_printf(lw->a, "%s.y", n->name), partials, partials);
	t->ntiles = n->bo * n->bi;
	t->tiles = arena_alloc(lw->a, (size_t)t->ntiles * sizeof *t->tiles);
	for (int64_t i = 0, k = 0; i < n->bo; i++) {
		for (int64_t j = 0; j < n->bi; j++, k++) {
			Tile *tile = &t->tiles[k];
			tile->out_block = i;
			tile->in_block = j;
			tile->core = s->cores++; /* in execution order, until placement */
			tile->row = tile->col = -1;
		}
	}
	t->macs = t->ntiles * CORE_N * CORE_N * n->positions;
	add_param(lw, arena_printf(lw->a, "%s.weights", n->name), 4, (int64_t[]){n->bo, n->bi, CORE_N, CORE_N},
	          INIT_XAVIER_NORMAL, 0);

	Stage *acc = add_stage(lw, STAGE_ACCUMULATE, n, t->out, arena_printf(lw->a, "%s.z", n->name), n->out_pad, n->out);
	acc->macs = n->bo * CORE_N * n->bi * n->positions; /* bi - 1 additions and one gain product per output */
	add_param(lw, arena_printf(lw->a, "%s.acc", n->name), 3, (int64_t[]){n->bo, CORE_N, CORE_N},
	          INIT_XAVIER_NORMAL, 0);
	*cur = acc->out;

	if (n->readout) {
		s->logits = n->out;
		*cur = add_stage(lw, STAGE_READOUT, n, acc->out, "logits", n->out, n->out)->out;
	}
}

static void lower_permute(Lowering *lw, const IrNode *n, int *cur)
{
	Schedule *s = lw->s;
	const PermuteParams *pp = &n->layer->permute;
	Permutation *perm = &s->perms[s->nperms];
	perm->node = n;
	perm->chunk = pp->chunk;
	perm->slots = CORE_N / pp->chunk;
	perm->seed = pp->seed;
	perm->plus = arena_alloc(lw->a, (size_t)perm->slots * sizeof(int));
	perm->minus = arena_alloc(lw->a, (size_t)perm->slots * sizeof(int));
	sched_permutations(perm->seed, perm->slots, perm->plus, perm->minus);

	Stage *st = add_stage(lw, STAGE_PERMUTE, n, *cur, arena_printf(lw->a, "%s.o", n->name), n->out_pad, n->out);
	st->perm = s->nperms++;
	st->macs = n->bo * perm->slots * perm->slots * perm->chunk * n->positions;
	add_param(lw, arena_printf(lw->a, "%s.tau", n->name), 0, NULL, INIT_CONSTANT, pp->tau);
	*cur = st->out;
}

/* The place of value c at (y, x) of the image node `from` wrote into buffer b: a
 * vector holds the image (y, x, c) row-major, rows one position each */
static int32_t image_index(const Buffer *b, const IrNode *from, int64_t y, int64_t x, int64_t c)
{
	int64_t pitch = b->positions > 1 ? b->width : from->c;
	return (int32_t)((y * from->w + x) * pitch + c);
}

/* A gather stage of node n reading *cur, with a table of n's positions x `used` x
 * window entries for the caller to fill (bounded() has checked the sizes) */
static Gather *add_gather(Lowering *lw, const IrNode *n, int *cur, const char *out, int64_t width, int64_t used,
                          int64_t window, GatherOp op)
{
	Schedule *s = lw->s;
	Stage *st = add_stage(lw, STAGE_GATHER, n, *cur, out, width, used);
	st->gather = s->ngathers;
	Gather *gt = &s->gathers[s->ngathers++];
	*gt = (Gather){.node = n, .count = n->positions * used * window, .window = window, .op = op};
	gt->index = arena_alloc(lw->a, (size_t)gt->count * sizeof *gt->index);
	*cur = st->out;
	return gt;
}

/* conv: its patches gathered (im2col: value (dy kw + dx) C + c of position (oy, ox)
 * reads (oy S + dy - P, ox S + dx - P, c), 0 outside the image), then a dense layer
 * applied at every position */
static void lower_conv(Lowering *lw, const IrNode *n, const IrNode *from, int *cur)
{
	const ConvParams *cp = &n->layer->conv;
	const Buffer *src = &lw->s->bufs[*cur];
	Gather *gt = add_gather(lw, n, cur, arena_printf(lw->a, "%s.p", n->name), n->in_pad, n->in, 1, GATHER_MEAN);
	int32_t *e = gt->index;
	for (int64_t oy = 0; oy < n->h; oy++)
		for (int64_t ox = 0; ox < n->w; ox++)
			for (int64_t dy = 0; dy < cp->kh; dy++)
				for (int64_t dx = 0; dx < cp->kw; dx++)
					for (int64_t c = 0; c < from->c; c++) {
						int64_t y = oy * cp->stride + dy - cp->pad, x = ox * cp->stride + dx - cp->pad;
						bool inside = y >= 0 && y < from->h && x >= 0 && x < from->w;
						*e++ = inside ? image_index(src, from, y, x, c) : -1;
					}
	lower_dense(lw, n, cur);
}

/* pool: value c of position (oy, ox) reduces the window (oy S + dy, ox S + dx, c) */
static void lower_pool(Lowering *lw, const IrNode *n, const IrNode *from, int *cur)
{
	const PoolParams *pp = &n->layer->pool;
	int64_t sy = pp->stride ? pp->stride : pp->kh, sx = pp->stride ? pp->stride : pp->kw;
	const Buffer *src = &lw->s->bufs[*cur];
	Gather *gt = add_gather(lw, n, cur, arena_printf(lw->a, "%s.o", n->name), n->out_pad, n->out, pp->kh * pp->kw,
	                        pp->op == POOL_MAX ? GATHER_MAX : GATHER_MEAN);
	int32_t *e = gt->index;
	for (int64_t oy = 0; oy < n->h; oy++)
		for (int64_t ox = 0; ox < n->w; ox++)
			for (int64_t c = 0; c < n->c; c++)
				for (int64_t dy = 0; dy < pp->kh; dy++)
					for (int64_t dx = 0; dx < pp->kw; dx++)
						*e++ = image_index(src, from, oy * sy + dy, ox * sx + dx, c);
}

/* flatten: the image as one vector, (y, x, c) row-major */
static void lower_flatten(Lowering *lw, const IrNode *n, const IrNode *from, int *cur)
{
	const Buffer *src = &lw->s->bufs[*cur];
	Gather *gt = add_gather(lw, n, cur, arena_printf(lw->a, "%s.o", n->name), n->out_pad, n->out, 1, GATHER_MEAN);
	int32_t *e = gt->index;
	for (int64_t y = 0; y < from->h; y++)
		for (int64_t x = 0; x < from->w; x++)
			for (int64_t c = 0; c < from->c; c++)
				*e++ = image_index(src, from, y, x, c);
}

/* The chip setting a capacity error points at: cores, else grid, else the section. */
static Loc capacity_loc(const ChipConfig *chip)
{
	const SectionSpec *sec = &lang_sections[SECTION_CHIP];
	const FieldSpec *fields[] = {lang_item(sec, "cores")->value, lang_item(sec, "grid")->value};
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < chip->given.n; i++)
			if (chip->given.field[i] == fields[k])
				return chip->given.loc[i];
	return chip->loc;
}

static int by_cores_desc(const void *a, const void *b)
{
	const IrNode *x = *(const IrNode *const *)a, *y = *(const IrNode *const *)b;
	int64_t cx = x->bo * x->bi, cy = y->bo * y->bi;
	return cx != cy ? (cx < cy ? 1 : -1) : (x < y ? -1 : 1);
}

static bool fits(const Program *p, const Ir *ir, Arena *a, Diag *d)
{
	int64_t need = 0;
	int ndense = 0;
	const IrNode **dense = arena_alloc(a, (size_t)ir->n * sizeof *dense);
	for (int i = 0; i < ir->n; i++) {
		if (ir->nodes[i].kind == LAYER_DENSE || ir->nodes[i].kind == LAYER_CONV) {
			need += ir->nodes[i].bo * ir->nodes[i].bi;
			dense[ndense++] = &ir->nodes[i];
		}
	}
	const ChipConfig *chip = &p->chip;
	if (!chip->present || chip->cores == 0 || need <= chip->cores)
		return true;
	diag_error(d, capacity_loc(chip), "the network needs %lld cores, but the chip has %lld", (long long)need,
	           (long long)chip->cores);
	qsort(dense, (size_t)ndense, sizeof *dense, by_cores_desc);
	for (int i = 0; i < ndense && i < 3; i++)
		diag_note(d, dense[i]->layer->loc, "%s (%lld -> %lld) uses %lld cores: %lld x %lld tiles", dense[i]->name,
		          (long long)dense[i]->in, (long long)dense[i]->out, (long long)(dense[i]->bo * dense[i]->bi),
		          (long long)dense[i]->bo, (long long)dense[i]->bi);
	return false;
}

static int64_t aligned(int64_t floats)
{
	return (floats * 4 + PARAM_ALIGN - 1) / PARAM_ALIGN * PARAM_ALIGN;
}

/* The parameter block and the buffers of one example, added up as lowering will lay
 * them out, must stay within what a .prog holds (model.h): checked before anything
 * is allocated, at the layer that crosses the limit. */
static bool bounded(const Ir *ir, Diag *d)
{
	int64_t bytes = 0, values = 0;
	for (int i = 0; i < ir->n; i++) {
		const IrNode *n = &ir->nodes[i];
		int64_t P = n->positions, largest = n->out_pad * P, entries = 0;
		values += (n->out_pad * P + 15) / 16 * 16;
		if (n->kind == LAYER_DENSE || n->kind == LAYER_CONV) {
			bytes += aligned(n->bo * n->bi * CORE_N * CORE_N) + aligned(n->bo * CORE_N * CORE_N);
			values += n->bo * n->bi * CORE_N * P + (n->readout ? (n->out + 15) / 16 * 16 : 0);
			largest = n->bo * n->bi * CORE_N * P;
		} else if (n->kind == LAYER_PERMUTE) {
			bytes += aligned(1);
		} else if (n->kind == LAYER_BINARY) {
			bytes += (n->layer->binary.learn_threshold ? aligned(n->out_pad) : 0)
			         + (n->layer->binary.batchnorm ? aligned(4 * n->out_pad) : 0);
			values += n->layer->binary.batchnorm ? (n->out_pad * P + 15) / 16 * 16 : 0;
		}
		if (n->kind == LAYER_CONV) { /* its patches */
			values += (n->in_pad * P + 15) / 16 * 16;
			entries = n->in * P;
			largest = largest > n->in_pad * P ? largest : n->in_pad * P;
		} else if (n->kind == LAYER_POOL) {
			entries = n->out * P * n->layer->pool.kh * n->layer->pool.kw;
		} else if (n->kind == LAYER_FLATTEN) {
			entries = n->out;
		}
		Loc at = n->layer->loc;
		for (int k = 0; k < n->layer->given.n; k++)
			if (n->layer->given.field[k] == lang_layers[n->kind].item->value)
				at = n->layer->given.loc[k];
		if ((uint64_t)bytes > MODEL_MAX_PARAM_BYTES) {
			diag_error(d, at, "%s brings the parameters to %lld bytes; a program holds at most %llu (64 GiB)",
			           n->name, (long long)bytes, (unsigned long long)MODEL_MAX_PARAM_BYTES);
			return false;
		}
		if (largest > (int64_t)MODEL_MAX_BLOCKS * CORE_N * CORE_N || entries > (int64_t)MODEL_MAX_GATHER_INDEX) {
			diag_error(d, at, "%s needs %lld values in one buffer and a table of %lld entries; a program holds at "
			           "most %d and %u", n->name, (long long)largest, (long long)entries,
			           MODEL_MAX_BLOCKS * CORE_N * CORE_N, (unsigned)MODEL_MAX_GATHER_INDEX);
			return false;
		}
		if ((uint64_t)values > MODEL_MAX_ACT_STRIDE) {
			diag_error(d, at, "%s brings the values one example passes through to %lld; a program holds at most "
			           "%llu", n->name, (long long)values, (unsigned long long)MODEL_MAX_ACT_STRIDE);
			return false;
		}
	}
	return true;
}

Schedule *sched_lower(const Program *p, Arena *a, Diag *d)
{
	Ir *ir = ir_build(p, a);
	if (!bounded(ir, d) || !fits(p, ir, a, d))
		return NULL;
	Schedule *s = arena_alloc(a, sizeof *s);
	Lowering lw = {s, a};
	size_t most = 3 * (size_t)ir->n + 2; /* a dense adds three buffers and stages, the load one */
	s->prog = p;
	s->ir = ir;
	s->bufs = arena_alloc(a, most * sizeof *s->bufs);
	s->stages = arena_alloc(a, most * sizeof *s->stages);
	s->params = arena_alloc(a, most * sizeof *s->params);
	s->perms = arena_alloc(a, most * sizeof *s->perms);
	s->gathers = arena_alloc(a, most * sizeof *s->gathers);

	const IrNode *input = &ir->nodes[0];
	int cur = add_stage(&lw, STAGE_LOAD, input, -1, "x", input->out_pad, input->out)->out;
	for (int i = 1; i < ir->n; i++) {
		const IrNode *n = &ir->nodes[i];
		switch (n->kind) {
		case LAYER_DENSE:
			lower_dense(&lw, n, &cur);
			break;
		case LAYER_BINARY:
			lower_binary(&lw, n, &cur);
			break;
		case LAYER_PERMUTE:
			lower_permute(&lw, n, &cur);
			break;
		case LAYER_CONV:
			lower_conv(&lw, n, n - 1, &cur);
			break;
		case LAYER_POOL:
			lower_pool(&lw, n, n - 1, &cur);
			break;
		case LAYER_FLATTEN:
			lower_flatten(&lw, n, n - 1, &cur);
			break;
		case LAYER_INPUT:
		case LAYER__COUNT:
			break;
		}
	}
	for (int i = 0; i < s->nstages; i++)
		s->macs += s->stages[i].macs;
	return s;
}
