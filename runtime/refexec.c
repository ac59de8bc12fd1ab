/* refexec.c: the reference executor: each stage of model.h as the straight loops of
 * its formula, forward and backward, in double precision.
 *
 * Notation of the comments, per example: N = CORE_N; a tiles stage reads x[j,l]
 * (j < bi input blocks) and writes partials y[i,j,k] at (i*bi + j)*N + k; accumulate
 * reads them and writes z[i,k] at i*N + k; W[i,j,k,l] and A[i,m,k] are row-major.
 * The backward pass adds into the gradient of a stage's input (+=), so a buffer read by
 * several stages would still get the sum of their contributions. */
#include "refexec.h"
#include "adc.h"
#include "rng.h"
#include "util.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { N = CORE_N };

static const float *param(const Model *m, const float *params, uint32_t p)
{
	return (const float *)((const char *)params + m->params[p].offset);
}

static double *param_grad(const Model *m, double *grads, uint32_t p)
{
	return grads + m->params[p].offset / 4;
}

/* buffer k of example b in an activation record (acts or dacts): all its positions */
static double *buf(const Model *m, double *acts, int64_t b, uint32_t k)
{
	return acts + (uint64_t)b * m->act_stride + m->bufs[k].offset;
}

/* row r of buffer k: position r % positions of example r / positions (model.h) */
static double *row(const Model *m, double *acts, int64_t r, uint32_t k)
{
	const ModelBuffer *x = &m->bufs[k];
	return buf(m, acts, r / x->positions, k) + (uint64_t)(r % x->positions) * x->width;
}

static const double *cbuf(const Model *m, const double *acts, int64_t b, uint32_t k)
{
	return acts + (uint64_t)b * m->act_stride + m->bufs[k].offset;
}

static const double *crow(const Model *m, const double *acts, int64_t r, uint32_t k)
{
	const ModelBuffer *x = &m->bufs[k];
	return cbuf(m, acts, r / x->positions, k) + (uint64_t)(r % x->positions) * x->width;
}

/* the rows a stage runs over for a batch: examples times its output's positions; a
 * gather runs example by example (its rows are not its input's) */
static int64_t rows_of(const Model *m, const ModelStage *st, int64_t batch)
{
	return st->kind == STAGE_GATHER ? batch : batch * m->bufs[st->out].positions;
}

double ref_permute_gain(double tau, uint32_t slots)
{
	/* (e^t - 1) / (e^t + S - 1); for t > 0 in e^-t, which cannot overflow */
	double s = (double)slots;
	if (tau > 0) {
		double e = exp(-tau);
		return (1.0 - e) / (1.0 + (s - 1.0) * e);
	}
	double e = exp(tau);
	return (e - 1.0) / (e + s - 1.0);
}

double ref_permute_gain_grad(double tau, uint32_t slots)
{
	/* e^t S / (e^t + S - 1)^2, the same in e^-t for t > 0 */
	double s = (double)slots;
	if (tau > 0) {
		double e = exp(-tau), d = 1.0 + (s - 1.0) * e;
		return e * s / (d * d);
	}
	double e = exp(tau), d = e + s - 1.0;
	return e * s / (d * d);
}

/* g[i*N + k] = sum_m A[i,m,k]: the gain of output k of block i */
static void acc_gain(const float *A, uint32_t bo, double *g)
{
	for (uint32_t i = 0; i < bo; i++)
		for (uint32_t k = 0; k < N; k++) {
			double sum = 0;
			for (uint32_t m = 0; m < N; m++)
				sum += (double)A[((uint64_t)i * N + m) * N + k];
			g[i * N + k] = sum;
		}
}

/* The weights tiles stage si computes with: W itself, or its per-tile quantization
 * (model_quantize; with programming noise or stuck cells, the codes of chip instance
 * (seed, step), cell.h), rounded to bf16 in bf16, in a copy the caller frees. A quantized
 * stage's forward pass multiplies the codes instead (in bf16 rounded too), and each
 * tile's scale after the sum, as the chip does: *codes and *scales, also the caller's. */
static float *tile_weights(const Model *m, uint32_t si, const float *params, Precision prec, uint64_t seed,
                           uint64_t step, const float **w, float **codes, float **scales)
{
	const ModelStage *st = &m->stages[si];
	CellModel cm = model_cells(st);
	bool programmed = st->levels && cell_active(&cm);
	const float *W = param(m, params, st->param);
	*w = W;
	*codes = *scales = NULL;
	if (!st->levels && prec != PREC_BF16)
		return NULL;
	size_t tile = (size_t)N * N, tiles = (size_t)st->bo * st->bi;
	float *q = xmalloc(tiles * tile * sizeof *q);
	if (st->levels) {
		*codes = xmalloc(tiles * tile * sizeof **codes);
		*scales = xmalloc(tiles * sizeof **scales);
	}
	for (size_t t = 0; t < tiles; t++) {
		float scale = st->levels ? model_tile_scale(W + t * tile, tile, st->range, st->levels) : 0;
		uint64_t core = model_first_core(m, si) + t;
		uint64_t noise_row = cell_row(seed, step, core, CELL_NOISE), fault_row = cell_row(seed, step, core, CELL_FAULT);
		for (size_t e = 0; e < tile; e++) {
			float v = W[t * tile + e];
			if (st->levels) {
				float c = (float)model_code(v, scale, st->levels);
				if (programmed)
					c = cell_program(&cm, c, noise_row, fault_row, e);
				(*codes)[t * tile + e] = prec == PREC_BF16 ? model_bf16(c) : c;
				v = c * scale; /* model_quantize, programmed */
			}
			q[t * tile + e] = prec == PREC_BF16 ? model_bf16(v) : v;
		}
		if (st->levels)
			(*scales)[t] = scale;
	}
	*w = q;
	return q;
}

/* v[0..n) rounded to bf16 in place (model_bf16 of each value as a float) */
static void round_bf16(double *v, uint32_t n)
{
	for (uint32_t k = 0; k < n; k++)
		v[k] = model_bf16((float)v[k]);
}

/* a(tau) of a permute stage: 1 for the chip's hard permutation */
static double permute_gain(const Model *m, const ModelStage *st, const float *params)
{
	return st->hard ? 1.0 : ref_permute_gain((double)param(m, params, st->param)[0], m->perms[st->perm].slots);
}

/* ---- forward ---- */

/* y = W x per tile, 0 for the outputs the accumulate after it masks; with codes, scale
 * times (codes x), or that sum read as the chip reads it (adc_read) when the stage has
 * an ADC or read noise: the noise drawn from the row `stream` when noisy */
static void fwd_tiles(const Model *m, const ModelStage *st, const float *W, const float *codes, const float *scales,
                      const double *x, double *y, uint64_t stream, bool noisy)
{
	bool read = codes && model_has_read(st), pixels = model_reads_pixels(m, st);
	float sigma = st->read_noise * st->adc_range;
	for (uint32_t i = 0; i < st->bo; i++)
		for (uint32_t j = 0; j < st->bi; j++)
			for (uint32_t k = 0; k < N; k++) {
				uint64_t t = (uint64_t)i * st->bi + j;
				if (i * N + k >= st[1].used) { /* an output its accumulate masks */
					y[t * N + k] = 0;
					continue;
				}
				const float *row = (codes ? codes : W) + (t * N + k) * N;
				double sum = 0;
				for (uint32_t l = 0; l < N; l++)
					sum += (double)row[l] * (pixels ? model_pixel_code((float)x[j * N + l]) : x[j * N + l]);
				if (read) {
					float noise = noisy ? sigma * rng_normal(stream, t * N + k) : 0.0f;
					float p = pixels ? (float)sum * (1.0f / MODEL_PIXEL_LEVELS) : (float)sum;
					y[t * N + k] = adc_read(p, noise, scales[t], st->adc_range, st->adc_levels);
				} else {
					y[t * N + k] = codes ? (double)scales[t] * sum : sum;
				}
			}
}

static void fwd_accumulate(const ModelStage *st, const double *g, const double *y, double *z)
{
	for (uint32_t i = 0; i < st->bo; i++)
		for (uint32_t k = 0; k < N; k++) {
			if (i * N + k >= st->used) {
				z[i * N + k] = 0; /* the mask */
				continue;
			}
			double xs = 0;
			for (uint32_t j = 0; j < st->bi; j++)
				xs += y[((uint64_t)i * st->bi + j) * N + k];
			z[i * N + k] = xs * g[i * N + k];
		}
}

/* What dropout multiplies value k by in training: 1/(1 - p) where rng_kept keeps it,
 * else 0 (row: that of the stage's dropout stream for the example) */
static double dropout_factor(const ModelStage *st, uint64_t row, uint32_t k)
{
	return rng_kept(row, k, model_dropout_cut(st->dropout)) ? (double)model_dropout_scale(st->dropout) : 0.0;
}

/* T: the learned thresholds, or NULL for the stage's own; sigma: each neuron's noise
 * (ref_noise_sigmas), or NULL for the stage's own; drop: the row of dropout's stream, in
 * training (else 0 and `dropping` false) */
static void fwd_binary(const ModelStage *st, const float *T, const double *sigma, uint32_t used, uint32_t width,
                       const double *x, double *s, uint64_t row, bool noisy, uint64_t drop, bool dropping)
{
	for (uint32_t k = 0; k < width; k++) {
		if (k >= used) {
			s[k] = 0; /* padding stays zero, whatever the threshold */
			continue;
		}
		double eps = noisy ? (double)rng_normal(row, k) : 0.0;
		double v = x[k] + (sigma ? sigma[k] : (double)st->noise) * eps;
		s[k] = v >= (double)(T ? T[k] : st->threshold) ? 1.0 : 0.0;
		if (dropping)
			s[k] *= dropout_factor(st, drop, k);
	}
}

static void fwd_permute(const ModelStage *st, const ModelPerm *pm, double a, const double *x, double *o)
{
	uint32_t C = pm->chunk;
	for (uint32_t s = 0; s < st->bo; s++)
		for (uint32_t r = 0; r < pm->slots; r++)
			for (uint32_t e = 0; e < C; e++)
				o[s * N + r * C + e] = a * (x[s * N + pm->plus[r] * C + e] - x[s * N + pm->minus[r] * C + e]);
}

/* What a stage computes from the parameters once for the whole batch, forward and
 * backward alike: the weights a tiles stage multiplies by (quantized or not), the
 * gains of an accumulate, the gain a(tau) of a permute, a binary's learned thresholds,
 * a norm's statistics and factors. */
typedef struct Prepared {
	const float *W;
	float *quantized, *codes, *scales; /* tile_weights */
	double *g;
	double a;
	const float *T; /* NULL: the stage's own threshold */
	double *sigma;  /* a binary's noise per neuron, at the comparator; NULL: the stage's own */
	double *norm;   /* a norm's rows of its width: mean, 1/sqrt(var + eps), factor, offset */
} Prepared;

/* A norm's statistics: the batch's (mean, biased variance), or the running ones; the
 * factor gamma/sqrt(var + eps) and offset beta - factor mean (model.h) */
static double *norm_prepare(const Model *m, const ModelStage *st, const float *params, const double *acts,
                            int64_t batch, bool batch_stats)
{
	uint32_t w = m->bufs[st->out].width;
	int64_t rows = rows_of(m, st, batch);
	const float *S = param(m, params, st->param);
	double *r = xcalloc(4 * (size_t)w, sizeof *r);
	for (uint32_t k = 0; k < w; k++) {
		double mean = S[2 * w + k], var = fmax(S[3 * w + k], 0.0);
		if (batch_stats) {
			mean = var = 0;
			for (int64_t b = 0; b < rows; b++)
				mean += crow(m, acts, b, st->in)[k] / (double)rows;
			for (int64_t b = 0; b < rows; b++) {
				double d = crow(m, acts, b, st->in)[k] - mean;
				var += d * d / (double)rows;
			}
		}
		r[k] = mean;
		r[w + k] = 1.0 / sqrt(var + (double)MODEL_NORM_EPS);
		r[2 * w + k] = (double)S[k] * r[w + k];
		r[3 * w + k] = (double)S[w + k] - r[2 * w + k] * mean;
	}
	return r;
}

double *ref_noise_sigmas(const Model *m, uint32_t si, const float *params, const double *acts, int64_t batch,
                         bool batch_stats)
{
	const ModelStage *st = &m->stages[si];
	if (st->noise_at == NOISE_AT_GAIN)
		return NULL;
	uint32_t acc = model_noise_gain(m, si), w = m->bufs[st->out].width;
	double *s = xcalloc(w, sizeof *s);
	acc_gain(param(m, params, m->stages[acc].param), m->stages[acc].bo, s);
	double *norm = acc + 1 < si ? norm_prepare(m, &m->stages[si - 1], params, acts, batch, batch_stats) : NULL;
	for (uint32_t k = 0; k < w; k++)
		s[k] = (double)st->noise * fabs(s[k]) * (norm ? fabs(norm[2 * w + k]) : 1.0);
	free(norm);
	return s;
}

static Prepared prepare(const Model *m, uint32_t si, const float *params, Precision prec, const double *acts,
                        int64_t batch, bool batch_stats, uint64_t seed, uint64_t step)
{
	const ModelStage *st = &m->stages[si];
	Prepared p = {0};
	switch (st->kind) {
	case STAGE_TILES:
		/* backward: dL/dW = dL/dq, straight through */
		p.quantized = tile_weights(m, si, params, prec, seed, step, &p.W, &p.codes, &p.scales);
		break;
	case STAGE_ACCUMULATE:
		p.g = xcalloc((size_t)st->bo * N, sizeof *p.g);
		acc_gain(param(m, params, st->param), st->bo, p.g);
		break;
	case STAGE_PERMUTE:
		p.a = permute_gain(m, st, params);
		break;
	case STAGE_BINARY:
		p.T = st->param == MODEL_NONE ? NULL : param(m, params, st->param);
		p.sigma = ref_noise_sigmas(m, si, params, acts, batch, batch_stats);
		break;
	case STAGE_NORM:
		p.norm = norm_prepare(m, st, params, acts, batch, batch_stats);
		break;
	case STAGE_LOAD:
	case STAGE_READOUT:
	case STAGE_GATHER: break;
	case STAGE__COUNT: die("stage %u of unknown kind %d", si, (int)st->kind);
	}
	return p;
}

static void prepared_free(Prepared *p)
{
	free(p->quantized);
	free(p->codes);
	free(p->scales);
	free(p->g);
	free(p->norm);
	free(p->sigma);
}

/* out = factor in + offset, 0 past `used` */
static void fwd_norm(const double *norm, uint32_t used, uint32_t width, const double *x, double *y)
{
	for (uint32_t k = 0; k < width; k++)
		y[k] = k < used ? norm[2 * width + k] * x[k] + norm[3 * width + k] : 0.0;
}

/* The `window` indices that value k at position p of a gather stage's output reads */
static const int32_t *gather_window(const Model *m, const ModelStage *st, uint32_t p, uint32_t k)
{
	uint32_t used = m->bufs[st->out].used;
	return m->gathers[st->gather].index + ((uint64_t)p * used + k) * st->window;
}

/* x, y: one example's whole input and output buffers */
static void fwd_gather(const Model *m, const ModelStage *st, const double *x, double *y)
{
	const ModelBuffer *out = &m->bufs[st->out];
	for (uint32_t p = 0; p < out->positions; p++)
		for (uint32_t k = 0; k < out->width; k++) {
			double v = 0;
			if (k < out->used) {
				const int32_t *ix = gather_window(m, st, p, k);
				v = st->gather_op == GATHER_MAX ? -INFINITY : 0.0;
				for (uint32_t w = 0; w < st->window; w++) {
					double xv = ix[w] < 0 ? 0.0 : x[ix[w]];
					v = st->gather_op == GATHER_MAX ? fmax(v, xv) : v + xv;
				}
				if (st->gather_op == GATHER_MEAN)
					v /= st->window;
			}
			y[(uint64_t)p * out->width + k] = v;
		}
}

void ref_forward(const Model *m, const float *params, double *acts, int64_t batch, uint64_t seed, uint64_t step,
                 bool noise, Precision prec, bool train)
{
	for (uint32_t si = 0; si < m->nstages; si++) {
		const ModelStage *st = &m->stages[si];
		Prepared p = prepare(m, si, params, prec, acts, batch, train, seed, step);
		const float *W = p.W;
		const double *g = p.g, a = p.a;
		for (int64_t b = 0; b < rows_of(m, st, batch); b++) {
			double *out = row(m, acts, b, st->out);
			const double *in = st->in == MODEL_NONE ? NULL : row(m, acts, b, st->in);
			switch (st->kind) {
			case STAGE_GATHER:
				fwd_gather(m, st, buf(m, acts, b, st->in), buf(m, acts, b, st->out));
				break;
			case STAGE_LOAD: /* the caller wrote the input; dropout in training */
				for (uint32_t k = 0; train && st->dropout > 0 && k < m->bufs[st->out].width; k++)
					out[k] *= dropout_factor(st, rng_row(seed, step, si + MODEL_DROPOUT_STREAM, (uint64_t)b), k);
				break;
			case STAGE_TILES:
				if (prec == PREC_BF16 && model_rounds_input(m, st->in))
					round_bf16(row(m, acts, b, st->in), m->bufs[st->in].width);
				fwd_tiles(m, st, W, p.codes, p.scales, in, out, rng_row(seed, step, si, (uint64_t)b),
				          noise && st->read_noise > 0);
				break;
			case STAGE_ACCUMULATE:
				fwd_accumulate(st, g, in, out);
				break;
			case STAGE_BINARY: {
				bool noisy = noise && st->noise > 0, dropping = train && st->dropout > 0;
				uint64_t row = noisy ? rng_row(seed, step, si, (uint64_t)b) : 0;
				uint64_t drop = dropping ? rng_row(seed, step, si + MODEL_DROPOUT_STREAM, (uint64_t)b) : 0;
				fwd_binary(st, p.T, p.sigma, m->bufs[st->out].used, m->bufs[st->out].width, in, out, row, noisy, drop,
				           dropping);
				break;
			}
			case STAGE_PERMUTE:
				fwd_permute(st, &m->perms[st->perm], a, in, out);
				break;
			case STAGE_READOUT:
				for (uint32_t k = 0; k < m->logits; k++)
					out[k] = in[k];
				break;
			case STAGE_NORM:
				fwd_norm(p.norm, m->bufs[st->out].used, m->bufs[st->out].width, in, out);
				break;
			case STAGE__COUNT: break; /* refused above */
			}
		}
		prepared_free(&p);
	}
}

/* ---- loss ---- */

double ref_loss(const Model *m, const double *acts, const int32_t *labels, int64_t batch, double smoothing,
                double *dacts, int64_t *correct)
{
	uint32_t lb = m->stages[m->nstages - 1].out, K = m->logits;
	memset(dacts, 0, (size_t)batch * m->act_stride * sizeof *dacts);
	double total = 0;
	int64_t right = 0;
	for (int64_t b = 0; b < batch; b++) {
		const double *z = crow(m, acts, b, lb);
		double *dz = buf(m, dacts, b, lb);
		int32_t y = labels[b];
		assert(y >= 0 && (uint32_t)y < K);
		uint32_t best = 0;
		for (uint32_t k = 1; k < K; k++)
			if (z[k] > z[best])
				best = k;
		right += best == (uint32_t)y;
		/* log-sum-exp shifted by the maximum */
		double sum = 0;
		for (uint32_t k = 0; k < K; k++)
			sum += exp(z[k] - z[best]);
		double lse = z[best] + log(sum);
		/* - sum_k q_k log p_k = lse - sum_k q_k z_k, q_k = (1 - s) [k = y] + s/K */
		for (uint32_t k = 0; k < K; k++) {
			double q = (k == (uint32_t)y ? 1.0 - smoothing : 0.0) + smoothing / K;
			total -= q * (z[k] - lse);
			dz[k] = (exp(z[k] - lse) - q) / (double)batch;
		}
	}
	if (correct)
		*correct = right;
	return total / (double)batch;
}

/* ---- backward ---- */

/* dy[i,j,k] += dz[i,k] g[i,k] for every j; dg[i,k] += dz[i,k] xs[i,k]; unmasked only */
static void bwd_accumulate(const ModelStage *st, const double *g, const double *y, const double *dz, double *dy,
                           double *dg)
{
	for (uint32_t i = 0; i < st->bo; i++)
		for (uint32_t k = 0; k < N; k++) {
			if (i * N + k >= st->used)
				continue;
			double xs = 0;
			for (uint32_t j = 0; j < st->bi; j++)
				xs += y[((uint64_t)i * st->bi + j) * N + k];
			dg[i * N + k] += dz[i * N + k] * xs;
			for (uint32_t j = 0; j < st->bi; j++)
				dy[((uint64_t)i * st->bi + j) * N + k] += dz[i * N + k] * g[i * N + k];
		}
}

/* dW[i,j,k,l] += dy[i,j,k] x[j,l]; dx[j,l] += sum_i sum_k W[i,j,k,l] dy[i,j,k] */
static void bwd_tiles(const ModelStage *st, const float *W, const double *x, const double *dy, double *dx, double *dW)
{
	for (uint32_t i = 0; i < st->bo; i++)
		for (uint32_t j = 0; j < st->bi; j++)
			for (uint32_t k = 0; k < N; k++) {
				uint64_t r = ((uint64_t)i * st->bi + j) * N + k;
				for (uint32_t l = 0; l < N; l++) {
					dW[r * N + l] += dy[r] * x[j * N + l];
					dx[j * N + l] += (double)W[r * N + l] * dy[r];
				}
			}
}

/* straight-through: the gradient passes where ste_lo <= x <= ste_hi, or with learned
 * thresholds T where ste_lo <= x - T[k] <= ste_hi, and then dT[k] -= what passes; with
 * dropout, ds first becomes, in place, the gradient of the spike before dropout: times
 * what the forward pass multiplied it by (drop: the row of its stream), over the whole
 * width, padding included */
static void bwd_binary(const ModelStage *st, const float *T, uint32_t used, uint32_t width, const double *x, double *ds,
                       double *dx, double *dT, uint64_t drop)
{
	for (uint32_t k = 0; st->dropout > 0 && k < width; k++)
		ds[k] *= dropout_factor(st, drop, k);
	for (uint32_t k = 0; k < used; k++) {
		double v = T ? x[k] - (double)T[k] : x[k], d = ds[k];
		if ((double)st->ste_lo <= v && v <= (double)st->ste_hi) {
			dx[k] += d;
			if (dT)
				dT[k] -= d;
		}
	}
}

/* out = a (x+ - x-): dx+ += a do, dx- -= a do; returns sum do (x+ - x-) for d tau */
static double bwd_permute(const ModelStage *st, const ModelPerm *pm, double a, const double *x, const double *dout,
                          double *dx)
{
	uint32_t C = pm->chunk;
	double dsum = 0;
	for (uint32_t s = 0; s < st->bo; s++)
		for (uint32_t r = 0; r < pm->slots; r++)
			for (uint32_t e = 0; e < C; e++) {
				uint32_t o = s * N + r * C + e, p = s * N + pm->plus[r] * C + e, q = s * N + pm->minus[r] * C + e;
				dx[p] += a * dout[o];
				dx[q] -= a * dout[o];
				dsum += dout[o] * (x[p] - x[q]);
			}
	return dsum;
}

/* x: one example's input; dy, dx: the deltas of its output and input. The max's delta
 * goes to the first value of the window at the maximum (fwd_gather's) */
static void bwd_gather(const Model *m, const ModelStage *st, const double *x, const double *dy, double *dx)
{
	const ModelBuffer *out = &m->bufs[st->out];
	for (uint32_t p = 0; p < out->positions; p++)
		for (uint32_t k = 0; k < out->used; k++) {
			const int32_t *ix = gather_window(m, st, p, k);
			double d = dy[(uint64_t)p * out->width + k];
			if (st->gather_op == GATHER_MEAN) {
				for (uint32_t w = 0; w < st->window; w++)
					if (ix[w] >= 0)
						dx[ix[w]] += d / st->window;
				continue;
			}
			uint32_t best = 0;
			double v = -INFINITY;
			for (uint32_t w = 0; w < st->window; w++) {
				double xv = ix[w] < 0 ? 0.0 : x[ix[w]];
				if (xv > v) {
					v = xv;
					best = w;
				}
			}
			if (ix[best] >= 0)
				dx[ix[best]] += d;
		}
}

/* The norm over the batch on its statistics: dbeta = sum dy, dgamma = sum dy xhat, and
 * dx += gamma r / B (B dy - dbeta - xhat dgamma), xhat = (x - mean) r, r = 1/sqrt(var + eps) */
static void bwd_norm(const Model *m, const ModelStage *st, const float *params, const double *norm, const double *acts,
                     double *dacts, int64_t batch, double *dS)
{
	uint32_t w = m->bufs[st->out].width;
	int64_t rows = rows_of(m, st, batch);
	const float *S = param(m, params, st->param);
	for (uint32_t k = 0; k < w; k++) {
		double mean = norm[k], r = norm[w + k], dbeta = 0, dgamma = 0;
		for (int64_t b = 0; b < rows; b++) {
			double dy = row(m, dacts, b, st->out)[k];
			dbeta += dy;
			dgamma += dy * (crow(m, acts, b, st->in)[k] - mean) * r;
		}
		dS[k] += dgamma;
		dS[w + k] += dbeta;
		for (int64_t b = 0; b < rows; b++) {
			double xh = (crow(m, acts, b, st->in)[k] - mean) * r, dy = row(m, dacts, b, st->out)[k];
			row(m, dacts, b, st->in)[k] += (double)S[k] * r / (double)rows * ((double)rows * dy - dbeta - xh * dgamma);
		}
	}
}

void ref_backward(const Model *m, const float *params, const double *acts, double *dacts, int64_t batch,
                  double *grads, Precision prec, uint64_t seed, uint64_t step)
{
	ref_backward_from(m, params, acts, dacts, batch, grads, prec, seed, step, m->nstages - 1);
}

void ref_backward_from(const Model *m, const float *params, const double *acts, double *dacts, int64_t batch,
                       double *grads, Precision prec, uint64_t seed, uint64_t step, uint32_t top)
{
	uint32_t lb = m->stages[top].out;
	memset(grads, 0, (size_t)(m->param_bytes / 4) * sizeof *grads);
	for (int64_t b = 0; b < batch; b++)
		for (uint32_t k = 0; k < m->nbufs; k++)
			if (k != lb)
				memset(buf(m, dacts, b, k), 0, model_buf_floats(&m->bufs[k]) * sizeof *dacts);
	for (uint32_t si = top + 1; si-- > 0;) {
		const ModelStage *st = &m->stages[si];
		if (st->kind == STAGE_LOAD)
			continue;
		Prepared p = prepare(m, si, params, prec, acts, batch, true, seed, step);
		const float *W = p.W;
		const double *g = p.g, a = p.a;
		if (st->kind == STAGE_NORM)
			bwd_norm(m, st, params, p.norm, acts, dacts, batch, param_grad(m, grads, st->param));
		double *dg = st->kind == STAGE_ACCUMULATE ? xcalloc((size_t)st->bo * N, sizeof *dg) : NULL, dsum = 0;
		for (int64_t b = 0; b < rows_of(m, st, batch); b++) {
			const double *in = crow(m, acts, b, st->in), *dout = row(m, dacts, b, st->out);
			double *din = row(m, dacts, b, st->in);
			switch (st->kind) {
			case STAGE_GATHER:
				bwd_gather(m, st, cbuf(m, acts, b, st->in), buf(m, dacts, b, st->out),
				           buf(m, dacts, b, st->in));
				break;
			case STAGE_TILES:
				bwd_tiles(st, W, in, dout, din, param_grad(m, grads, st->param));
				break;
			case STAGE_ACCUMULATE:
				if (prec == PREC_BF16)
					round_bf16(row(m, dacts, b, st->out), m->bufs[st->out].width);
				bwd_accumulate(st, g, in, dout, din, dg);
				break;
			case STAGE_BINARY:
				bwd_binary(st, p.T, m->bufs[st->out].used, m->bufs[st->out].width, in, row(m, dacts, b, st->out), din,
				           p.T ? param_grad(m, grads, st->param) : NULL,
				           rng_row(seed, step, si + MODEL_DROPOUT_STREAM, (uint64_t)b));
				break;
			case STAGE_PERMUTE:
				dsum += bwd_permute(st, &m->perms[st->perm], a, in, dout, din);
				break;
			case STAGE_READOUT:
				for (uint32_t k = 0; k < m->logits; k++)
					din[k] += dout[k];
				break;
			case STAGE_NORM:          /* over the batch: bwd_norm above */
			case STAGE_LOAD:          /* skipped above: the input takes no gradient */
			case STAGE__COUNT: break; /* refused above */
			}
		}
		if (st->kind == STAGE_ACCUMULATE) {
			/* d A[i,m,k] = dg[i,k] for every m: each A[i,m,k] enters g[i,k] with weight 1 */
			double *dA = param_grad(m, grads, st->param);
			for (uint32_t i = 0; i < st->bo; i++)
				for (uint32_t mm = 0; mm < N; mm++)
					for (uint32_t k = 0; k < N; k++)
						dA[((uint64_t)i * N + mm) * N + k] += dg[i * N + k];
		} else if (st->kind == STAGE_PERMUTE && !st->hard) { /* a hard permutation does not depend on tau */
			double tau = (double)param(m, params, st->param)[0];
			param_grad(m, grads, st->param)[0] += dsum * ref_permute_gain_grad(tau, m->perms[st->perm].slots);
		}
		prepared_free(&p);
		free(dg);
	}
}
