/* chipsim.c: the stage program of a .chip file, run per example straight from
 * docs/chip-format.md section 3.4.
 *
 * The hot loop is mvm. Each core's codes are transposed once into columns ([l][k],
 * int16), so an input value v adds v times column l to the 256 partial sums: the
 * zeros of the input (most of a spike vector, much of an image) cost nothing, and the
 * add over k vectorises. The sums are integers, hence exact whatever the order; they
 * are accumulated in the narrowest of int16, int32 and int64 that the bound
 * (largest code of the core) x (sum of |input values|) proves cannot overflow.
 * Examples run a batch at a time, instruction-major within the batch, so a core's
 * columns are fetched from memory once per batch, not once per example.
 *
 * A partials slot holds (double)P rather than P: acc uses nothing else, and the
 * conversion, done once, then vectorises with the sum.
 *
 * A chip with programming noise or stuck cells computes with the programmed codes of
 * a chip instance (cell.h), real numbers: chipsim_program writes them, transposed
 * like the codes, and mvm sums them times the inputs in double.
 *
 * Every instruction writes the whole of its output buffer (or slot) for every example
 * and reads only what earlier ones wrote, so the scratch buffers of a thread are
 * allocated once per call and never cleared. */
#include "chipsim.h"
#include "adc.h"
#include "cell.h"
#include "pool.h"
#include "rng.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum { N = CORE_N, ALIGN = 64, BATCH = 16 };
#define SCRATCH ((size_t)64 << 20) /* bytes of a thread's buffers, past which a batch shrinks */

struct ChipSim {
	const ChipFile *f;
	int16_t *cols;      /* per core, [l][k]: column l of its codes */
	float *programmed;  /* the same of the programmed chip (chipsim_program); NULL when the cells are ideal */
	int32_t *maxcode;   /* per core: the largest |code| */
	size_t *off;        /* per buffer: byte offset of its values in an example's scratch */
	size_t *soff;       /* per partials buffer: byte offset of its slot scales */
	size_t logits_off;  /* room for K logits when the caller wants none */
	size_t bytes;       /* one example's scratch */
};

static size_t take(size_t *at, size_t n)
{
	size_t o = *at;
	*at += (n + ALIGN - 1) / ALIGN * ALIGN;
	return o;
}

ChipSim *chipsim_new(const ChipFile *f, char *err, size_t errlen)
{
	if (!(f->flags & CHIP_FLAG_WEIGHTS) || !f->codes) {
		util_fail(err, errlen, "carries the mapping alone (no weights): it can be disassembled, not executed; "
			"compile it with eicc --target=chip --weights");
		return NULL;
	}
	if (f->chip.weight_mode != CHIP_WEIGHTS_DIFFERENTIAL) {
		util_fail(err, errlen, "weight mode %u (positive-only cells) is reserved: this simulator runs differential "
			"weights only", f->chip.weight_mode);
		return NULL;
	}
	ChipSim *s = calloc(1, sizeof *s);
	int64_t *bound = calloc(f->nbufs ? f->nbufs : 1, sizeof *bound); /* largest |value| of integer buffers */
	if (s) {
		s->f = f;
		s->cols = malloc(((size_t)f->ncores * N * N + 1) * sizeof *s->cols);
		s->off = calloc(f->nbufs ? f->nbufs : 1, sizeof *s->off);
		s->soff = calloc(f->nbufs ? f->nbufs : 1, sizeof *s->soff);
		s->maxcode = calloc(f->ncores ? f->ncores : 1, sizeof *s->maxcode);
	}
	if (!s || !bound || !s->cols || !s->off || !s->soff || !s->maxcode) {
		util_fail(err, errlen, "out of memory for the simulator of %u cores", f->ncores);
		goto fail;
	}

	for (uint32_t m = 0; m < f->ncores; m++) {
		const int16_t *c = f->codes + (size_t)m * N * N;
		int16_t *t = s->cols + (size_t)m * N * N;
		int32_t top = 0;
		for (int k = 0; k < N; k++)
			for (int l = 0; l < N; l++) {
				int32_t v = c[k * N + l];
				t[l * N + k] = (int16_t)v;
				if (v < 0)
					v = -v;
				if (v > top)
					top = v;
			}
		s->maxcode[m] = top;
	}

	size_t at = 0;
	for (uint32_t b = 0; b < f->nbufs; b++) {
		size_t values = (size_t)f->bufs[b].positions * f->bufs[b].blocks * N;
		switch ((ChipBufKind)f->bufs[b].kind) {
		case CHIP_BUF_PARTIALS:
			s->off[b] = take(&at, values * sizeof(double));
			s->soff[b] = take(&at, f->bufs[b].blocks * sizeof(double));
			break;
		case CHIP_BUF_SUMS:
			s->off[b] = take(&at, values * sizeof(double));
			break;
		case CHIP_BUF_PIXELS:
		case CHIP_BUF_SPIKES:
		case CHIP_BUF_SIGNED:
		case CHIP_BUF__END: /* refused by chip_validate */
			s->off[b] = take(&at, values * sizeof(int32_t));
			break;
		}
	}
	s->logits_off = take(&at, (size_t)f->chip.logits * sizeof(double));
	s->bytes = at;
	chipsim_program(s, 0, CELL_CHIPS, 1);

	/* Bounds of the integer values, in program order (each buffer has one writer,
	 * which comes before its readers). */
	for (uint32_t q = 0; q < f->ninsns; q++) {
		const ChipInsn *in = &f->insns[q];
		switch ((ChipOp)in->op) {
		case CHIP_OP_LOAD:
			bound[in->out] = ((int64_t)1 << f->chip.input_bits) - 1;
			break;
		case CHIP_OP_NEURON:
			bound[in->out] = 1;
			break;
		case CHIP_OP_PERMUTE:
			bound[in->out] = 2 * bound[in->in];
			if (bound[in->out] > INT32_MAX) {
				util_fail(err, errlen, "instruction %u: a chain of permutes could give signed values up to %lld, "
					"past the simulator's 32 bits", q, (long long)bound[in->out]);
				goto fail;
			}
			break;
		case CHIP_OP_GATHER: /* a max keeps the bound, a sum multiplies it by the window */
			bound[in->out] = bound[in->in] * (in->b == CHIP_GATHER_SUM ? f->gathers[in->a].window : 1);
			if (bound[in->out] > INT32_MAX) {
				util_fail(err, errlen, "instruction %u: a sum over windows of %u could give values up to %lld, "
					"past the simulator's 32 bits", q, f->gathers[in->a].window, (long long)bound[in->out]);
				goto fail;
			}
			break;
		case CHIP_OP_MVM:     /* partial sums and real values: no integer bound */
		case CHIP_OP_ACC:
		case CHIP_OP_READOUT:
		case CHIP_OP__END:
			break;
		}
	}
	free(bound);
	return s;
fail:
	free(bound);
	chipsim_free(s);
	return NULL;
}

void chipsim_free(ChipSim *s)
{
	if (!s)
		return;
	free(s->cols);
	free(s->programmed);
	free(s->off);
	free(s->soff);
	free(s->maxcode);
	free(s);
}

typedef struct Programming {
	ChipSim *s;
	CellModel cm;
	uint64_t seed, instance;
} Programming;

/* cores [lo, hi) of a programming */
static void program_cores(void *ctx, int64_t lo, int64_t hi)
{
	const Programming *p = ctx;
	for (int64_t m = lo; m < hi; m++) {
		const int16_t *c = p->s->f->codes + (size_t)m * N * N;
		float *t = p->s->programmed + (size_t)m * N * N;
		uint64_t noise_row = cell_row(p->seed, p->instance, (uint64_t)m, CELL_NOISE);
		uint64_t fault_row = cell_row(p->seed, p->instance, (uint64_t)m, CELL_FAULT);
		for (int k = 0; k < N; k++)
			for (int l = 0; l < N; l++)
				t[l * N + k] = cell_program(&p->cm, (float)c[k * N + l], noise_row, fault_row, (uint64_t)(k * N + l));
	}
}

bool chipsim_program(ChipSim *s, uint64_t seed, uint64_t instance, int threads)
{
	const ChipParams *c = &s->f->chip;
	uint32_t levels = c->weight_bits ? chip_levels(c->weight_bits) : 0;
	Programming p = {s, cell_model(c->program_noise, c->stuck_low, c->stuck_high, levels), seed, instance};
	if (!cell_active(&p.cm)) { /* ideal cells: the exact integer codes */
		free(s->programmed);
		s->programmed = NULL;
		return false;
	}
	if (!s->programmed)
		s->programmed = xmalloc(((size_t)s->f->ncores * N * N + 1) * sizeof *s->programmed);
	pool_for(threads, s->f->ncores, program_cores, &p);
	return true;
}

/* The real value of input code 1 of mvm `in`: the chip's input unit for pixels, else 1 */
static double input_unit(const ChipFile *f, const ChipInsn *in)
{
	return f->bufs[in->in].kind == CHIP_BUF_PIXELS ? (double)f->chip.input_unit : 1.0;
}

/* P = sum over the nonzero in[l] of in[l] * column l, exactly: in int16 arithmetic
 * when the largest code times sum |in[l]| (a bound on every partial sum) fits it, as
 * spikes against 8-bit codes always do, else in int32 or int64 by the same rule. The
 * slot keeps (double)P, the value acc multiplies by the slot's scale. */
static void mvm(const ChipSim *s, const ChipInsn *in, const int32_t *v, double *p)
{
	const int16_t *cols = s->cols + (size_t)in->a * N * N;
	if (s->programmed) { /* real codes: sum over ascending l in double */
		const float *pc = s->programmed + (size_t)in->a * N * N;
		for (int k = 0; k < N; k++)
			p[k] = 0.0;
		for (int l = 0; l < N; l++) {
			if (!v[l])
				continue;
			double a = (double)v[l];
			for (int k = 0; k < N; k++)
				p[k] += a * (double)pc[l * N + k];
		}
		return;
	}

	int nz = 0;
	uint16_t at[N];
	int64_t total = 0; /* sum |in[l]| */
	for (int l = 0; l < N; l++) { /* without branches: spikes are random to a predictor */
		int64_t a = v[l];
		at[nz] = (uint16_t)l;
		nz += a != 0;
		total += a < 0 ? -a : a;
	}
	int64_t bound = total * s->maxcode[in->a];
	int i = 0;
	if (bound <= INT16_MAX) {
		/* every product and partial sum lies within the bound: exact in 16 bits */
		int16_t acc[N];
		memset(acc, 0, sizeof acc);
		for (; i + 4 <= nz; i += 4) {
			const int16_t *c0 = cols + at[i] * N, *c1 = cols + at[i + 1] * N;
			const int16_t *c2 = cols + at[i + 2] * N, *c3 = cols + at[i + 3] * N;
			int16_t w0 = (int16_t)v[at[i]], w1 = (int16_t)v[at[i + 1]];
			int16_t w2 = (int16_t)v[at[i + 2]], w3 = (int16_t)v[at[i + 3]];
			for (int k = 0; k < N; k++)
				acc[k] = (int16_t)(acc[k] + w0 * c0[k] + w1 * c1[k] + w2 * c2[k] + w3 * c3[k]);
		}
		for (; i < nz; i++) {
			const int16_t *c0 = cols + at[i] * N;
			int16_t w0 = (int16_t)v[at[i]];
			for (int k = 0; k < N; k++)
				acc[k] = (int16_t)(acc[k] + w0 * c0[k]);
		}
		for (int k = 0; k < N; k++)
			p[k] = (double)acc[k];
	} else if (bound <= INT32_MAX) {
		int32_t acc[N];
		memset(acc, 0, sizeof acc);
		for (; i + 2 <= nz; i += 2) {
			const int16_t *c0 = cols + at[i] * N, *c1 = cols + at[i + 1] * N;
			int32_t w0 = v[at[i]], w1 = v[at[i + 1]];
			int64_t big = (int64_t)(w0 < 0 ? -w0 : w0) * s->maxcode[in->a];
			int64_t big1 = (int64_t)(w1 < 0 ? -w1 : w1) * s->maxcode[in->a];
			if (big <= INT16_MAX && big1 <= INT16_MAX) { /* 16-bit products (8-bit pixels, 8-bit codes) */
				int16_t h0 = (int16_t)w0, h1 = (int16_t)w1;
				for (int k = 0; k < N; k++)
					acc[k] += (int16_t)(h0 * c0[k]) + (int16_t)(h1 * c1[k]);
			} else {
				for (int k = 0; k < N; k++)
					acc[k] += w0 * c0[k] + w1 * c1[k];
			}
		}
		for (; i < nz; i++) {
			const int16_t *c0 = cols + at[i] * N;
			int32_t w0 = v[at[i]];
			for (int k = 0; k < N; k++)
				acc[k] += w0 * c0[k];
		}
		for (int k = 0; k < N; k++)
			p[k] = (double)acc[k];
	} else {
		int64_t acc[N];
		memset(acc, 0, sizeof acc);
		for (; i < nz; i++) {
			const int16_t *c0 = cols + at[i] * N;
			int64_t w0 = v[at[i]];
			for (int k = 0; k < N; k++)
				acc[k] += w0 * c0[k];
		}
		for (int k = 0; k < N; k++)
			p[k] = (double)acc[k];
	}
}

typedef struct Job {
	const ChipSim *s;
	const uint8_t *pixels;
	int64_t dim, first;
	bool noise;
	uint64_t seed, pass;
	int32_t *pred;
	double *logits;
} Job;

/* The noise row of instruction q at position p of example x of the call: row
 * x' P + p of its stream, x' the example's index in the dataset, P the positions of
 * the instruction's output */
static uint64_t noise_row(const Job *j, uint32_t q, int64_t x, uint32_t p)
{
	const ChipFile *f = j->s->f;
	uint64_t P = f->bufs[f->insns[q].out].positions;
	return rng_row(j->seed, j->pass, q, (uint64_t)(j->first + x) * P + p);
}

/* The partial sums p of mvm q at position `at` read through the ADC and with read
 * noise (adc.h's adc_read, as training computes them): P in units of code x input
 * value, plus (read_noise R) eps with the noise on, eps from the stream of instruction
 * q; the slot then holds the tile's output itself, and its scale is 1. */
static void read_partials(const Job *j, uint32_t q, double *p, int64_t x, uint32_t at)
{
	const ChipFile *f = j->s->f;
	const ChipInsn *in = &f->insns[q];
	const ChipCore *core = &f->cores[in->a];
	double unit = input_unit(f, in);
	float sigma = f->chip.read_noise * core->adc_range;
	bool noisy = j->noise && sigma > 0;
	uint64_t row = noisy ? noise_row(j, q, x, at) : 0;
	uint32_t levels = f->chip.adc_bits ? chip_levels(f->chip.adc_bits) : 0;
	for (int k = 0; k < N; k++) {
		float noise = noisy ? sigma * rng_normal(row, (uint64_t)k) : 0.0f;
		p[k] = adc_read((float)(p[k] * unit), noise, core->scale, core->adc_range, levels);
	}
}

/* Gather q: out position p, value k < values reduces its window of the input (all its
 * positions), a NONE entry reading 0; values past them are 0 */
static void gather(const ChipSim *s, const ChipInsn *in, unsigned char *m)
{
	const ChipFile *f = s->f;
	const ChipGather *g = &f->gathers[in->a];
	const ChipBuffer *ob = &f->bufs[in->out];
	const int32_t *v = (const int32_t *)(m + s->off[in->in]);
	int32_t *o = (int32_t *)(m + s->off[in->out]);
	size_t width = (size_t)ob->blocks * N;
	const uint32_t *ix = g->index;
	for (uint32_t p = 0; p < ob->positions; p++) {
		int32_t *op = o + p * width;
		for (uint32_t k = 0; k < g->values; k++, ix += g->window) {
			int32_t r = in->b == CHIP_GATHER_MAX ? INT32_MIN : 0;
			for (uint32_t w = 0; w < g->window; w++) {
				int32_t u = ix[w] == CHIP_NONE ? 0 : v[ix[w]];
				r = in->b == CHIP_GATHER_MAX ? (u > r ? u : r) : r + u; /* within the bound chipsim_new checked */
			}
			op[k] = r;
		}
		for (size_t k = g->values; k < width; k++)
			op[k] = 0;
	}
}

/* Instruction q on example x of the call (pixels + x*dim), whose buffers are at m.
 * Every op but gather computes each position of its buffers alone. */
static void step(const Job *j, uint32_t q, unsigned char *m, int64_t x)
{
	const ChipSim *s = j->s;
	const ChipFile *f = s->f;
	const ChipInsn *in = &f->insns[q];
	const ChipBuffer *ob = in->out == CHIP_NONE ? NULL : &f->bufs[in->out];
	const ChipBuffer *ib = in->in == CHIP_NONE ? NULL : &f->bufs[in->in];
	uint32_t positions = ob ? ob->positions : 1;
	size_t ow = ob ? (size_t)ob->blocks * N : 0, iw = ib ? (size_t)ib->blocks * N : 0; /* values per position */
	switch ((ChipOp)in->op) {
	case CHIP_OP_LOAD: {
		const uint8_t *px = j->pixels + x * j->dim;
		int32_t *o = (int32_t *)(m + s->off[in->out]);
		size_t l = 0;
		for (; l < f->chip.input; l++)
			o[l] = px[l];
		for (; l < ow; l++)
			o[l] = 0;
		break;
	}
	case CHIP_OP_MVM: {
		const int32_t *v = (const int32_t *)(m + s->off[in->in]) + (size_t)in->b * N;
		double *p = (double *)(m + s->off[in->out]) + (size_t)in->c * N;
		bool read = f->cores[in->a].adc_range > 0; /* the read path, even when a sweep turns it off */
		((double *)(m + s->soff[in->out]))[in->c] = read ? 1.0 : (double)f->cores[in->a].scale * input_unit(f, in);
		for (uint32_t at = 0; at < positions; at++) {
			mvm(s, in, v + at * iw, p + at * ow);
			if (read)
				read_partials(j, q, p + at * ow, x, at);
		}
		break;
	}
	case CHIP_OP_ACC: {
		const double *scale = (const double *)(m + s->soff[in->in]);
		uint32_t J = in->a;
		for (uint32_t at = 0; at < positions; at++) {
			const double *p = (const double *)(m + s->off[in->in]) + at * iw;
			double *o = (double *)(m + s->off[in->out]) + at * ow;
			for (uint32_t i = 0; i < ob->blocks; i++) {
				double *oi = o + (size_t)i * N;
				for (int k = 0; k < N; k++)
					oi[k] = 0.0;
				for (uint32_t jj = 0; jj < J; jj++) { /* ascending j, per element */
					size_t t = (size_t)i * J + jj;
					const double *pt = p + t * N;
					double st = scale[t];
					for (int k = 0; k < N; k++)
						oi[k] += st * pt[k];
				}
			}
			for (size_t e = ob->used; e < ow; e++)
				o[e] = 0.0;
		}
		break;
	}
	case CHIP_OP_NEURON: {
		const ChipNeuron *nt = f->tables[in->a].neurons;
		for (uint32_t at = 0; at < positions; at++) {
			const double *u = (const double *)(m + s->off[in->in]) + at * iw;
			int32_t *o = (int32_t *)(m + s->off[in->out]) + at * ow;
			size_t e = 0;
			if (j->noise) {
				uint64_t row = noise_row(j, q, x, at);
				for (; e < ob->used; e++) {
					double eps = (double)rng_normal(row, e);
					o[e] = (double)nt[e].polarity * u[e] + (double)nt[e].noise * eps >= (double)nt[e].threshold;
				}
			} else {
				for (; e < ob->used; e++)
					o[e] = (double)nt[e].polarity * u[e] >= (double)nt[e].threshold;
			}
			for (; e < ow; e++)
				o[e] = 0;
		}
		break;
	}
	case CHIP_OP_PERMUTE: {
		const ChipPerm *pm = &f->perms[in->a];
		const int32_t *v = (const int32_t *)(m + s->off[in->in]);
		int32_t *o = (int32_t *)(m + s->off[in->out]);
		uint32_t chunk = pm->chunk;
		for (size_t b = 0; b < (size_t)positions * ob->blocks; b++) { /* the blocks of every position */
			const int32_t *vb = v + b * N;
			int32_t *obk = o + b * N;
			for (uint32_t r = 0; r < pm->slots; r++) {
				const int32_t *plus = vb + (size_t)pm->plus[r] * chunk, *minus = vb + (size_t)pm->minus[r] * chunk;
				for (uint32_t e = 0; e < chunk; e++)
					obk[r * chunk + e] = plus[e] - minus[e];
			}
		}
		break;
	}
	case CHIP_OP_GATHER:
		gather(s, in, m);
		break;
	case CHIP_OP_READOUT: {
		const float *g = f->tables[in->a].gains;
		const double *u = (const double *)(m + s->off[in->in]);
		double *lg = j->logits ? j->logits + x * in->b : (double *)(m + s->logits_off);
		int32_t pred = 0;
		for (uint32_t k = 0; k < in->b; k++) {
			lg[k] = (double)g[k] * u[k];
			if (lg[k] > lg[pred])
				pred = (int32_t)k;
		}
		j->pred[x] = pred;
		break;
	}
	case CHIP_OP__END:
		die("chip instruction %u: op %u", q, in->op);
	}
}

/* Examples [lo, hi), BATCH at a time, instruction-major within a batch: the codes of
 * a core are read from memory once per batch rather than once per example. */
static void run_chunk(void *ctx, int64_t lo, int64_t hi)
{
	const Job *j = ctx;
	const ChipSim *s = j->s;
	int64_t room = hi - lo < BATCH ? hi - lo : BATCH;
	if (room > 1 && (size_t)room * s->bytes > SCRATCH) /* a large network: fewer examples at a time */
		room = s->bytes >= SCRATCH / 2 ? 1 : (int64_t)(SCRATCH / s->bytes);
	unsigned char *x = xmalloc((size_t)room * s->bytes);
	for (int64_t e0 = lo; e0 < hi; e0 += room) {
		int64_t nb = hi - e0 < room ? hi - e0 : room;
		for (uint32_t q = 0; q < s->f->ninsns; q++)
			for (int64_t b = 0; b < nb; b++)
				step(j, q, x + b * s->bytes, e0 + b);
	}
	free(x);
}

void chipsim_run(ChipSim *s, const uint8_t *pixels, int64_t dim, int64_t n, int64_t first, bool noise,
	uint64_t seed, uint64_t pass, int threads, int32_t *pred, double *logits)
{
	if (dim != (int64_t)s->f->chip.input)
		die("chipsim_run: %lld input values per example, the chip takes %u", (long long)dim, s->f->chip.input);
	if (n <= 0)
		return;
	Job j = {s, pixels, dim, first, noise, seed, pass, pred, logits};
	pool_for(threads, n, run_chunk, &j);
}
