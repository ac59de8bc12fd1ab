/* test_refexec.c: the reference executor against its definitions: central finite
 * differences of its own loss for every gradient, the straight-through window, the
 * permute against the literal softmax form of DESIGN.md, the masks, the noise of
 * rng.h, the loss, and the forward pass against the formulas written with 4-d indices. */
#include "unit.h"
#include "flatten.h"
#include "refexec.h"
#include "rng.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { N = CORE_N, BATCH = 3 };

/* A compiled network with random parameters, inputs and labels, and room for a pass. */
typedef struct Net {
	Compiled c;
	Model m;
	int64_t batch;
	float *params;
	double *acts, *dacts, *grads, *scratch;
	int32_t labels[BATCH];
	unsigned seed;
} Net;

static double uniform(unsigned *seed, double lo, double hi)
{
	return lo + (hi - lo) * ((double)rand_r(seed) / RAND_MAX);
}

static float *param_of(Net *n, uint32_t p)
{
	return n->params + n->m.params[p].offset / 4;
}

static double *act(Net *n, double *acts, int64_t b, uint32_t k)
{
	return acts + (uint64_t)b * n->m.act_stride + n->m.bufs[k].offset;
}

/* the index of the first buffer of a kind */
static uint32_t buffer_of(const Net *n, uint32_t kind)
{
	for (uint32_t k = 0; k < n->m.nbufs; k++)
		if (n->m.bufs[k].kind == kind)
			return k;
	CU_FAIL_FATAL("no buffer of that kind");
	return 0;
}

static uint32_t stage_of(const Net *n, uint32_t kind)
{
	for (uint32_t s = 0; s < n->m.nstages; s++)
		if (n->m.stages[s].kind == kind)
			return s;
	CU_FAIL_FATAL("no stage of that kind");
	return 0;
}

/* Parameters uniform in +-0.1 (tau keeps its initial value), inputs in +-1, zero-padded. */
static void net_open(Net *n, const char *network, unsigned seed)
{
	char src[512];
	snprintf(src, sizeof src, "network t { %s }\ntrain { }\n", network);
	memset(n, 0, sizeof *n);
	compile_string(&n->c, src);
	if (!n->c.sched)
		printf("\n%s\n", n->c.messages);
	CU_ASSERT_PTR_NOT_NULL_FATAL(n->c.sched);
	flatten_model(n->c.sched, &n->m);
	char err[256] = "";
	CU_ASSERT_TRUE_FATAL(model_validate(&n->m, err, sizeof err));
	n->seed = seed;
	n->batch = BATCH;
	n->params = calloc(n->m.param_bytes / 4, sizeof *n->params);
	n->grads = calloc(n->m.param_bytes / 4, sizeof *n->grads);
	n->acts = calloc((size_t)(BATCH * n->m.act_stride), sizeof *n->acts);
	n->dacts = calloc((size_t)(BATCH * n->m.act_stride), sizeof *n->dacts);
	n->scratch = calloc((size_t)(BATCH * n->m.act_stride), sizeof *n->scratch);
	CU_ASSERT_FATAL(n->params && n->grads && n->acts && n->dacts && n->scratch);
	for (uint32_t p = 0; p < n->m.nparams; p++) {
		float *v = param_of(n, p);
		for (uint64_t i = 0; i < n->m.params[p].count; i++)
			v[i] = n->m.params[p].init == INIT_CONSTANT ? n->m.params[p].value
			                                             : (float)uniform(&n->seed, -0.1, 0.1);
	}
	for (int64_t b = 0; b < BATCH; b++) {
		double *x = act(n, n->acts, b, n->m.input);
		for (uint32_t k = 0; k < n->m.input_used; k++)
			x[k] = uniform(&n->seed, -1, 1);
		n->labels[b] = (int32_t)(rand_r(&n->seed) % n->m.logits);
	}
}

static void net_close(Net *n)
{
	free(n->params);
	free(n->grads);
	free(n->acts);
	free(n->dacts);
	free(n->scratch);
	model_free(&n->m);
	compiled_free(&n->c);
}

/* the loss of a noiseless forward pass over the current inputs and parameters */
static double net_loss(Net *n)
{
	ref_forward(&n->m, n->params, n->acts, n->batch, 0, 0, false, PREC_FP32, true);
	return ref_loss(&n->m, n->acts, n->labels, n->batch, 0, n->scratch, NULL);
}

/* forward, loss and backward: grads and dacts */
static void net_gradients(Net *n)
{
	ref_forward(&n->m, n->params, n->acts, n->batch, 0, 0, false, PREC_FP32, true);
	ref_loss(&n->m, n->acts, n->labels, n->batch, 0, n->dacts, NULL);
	ref_backward(&n->m, n->params, n->acts, n->dacts, n->batch, n->grads, PREC_FP32, 0, 0);
}

/* |fd - g| relative to the larger, with a floor: below ~1e-5 the rounding of the loss
 * (~1e-16 over a step of ~1e-4) dominates the difference */
static double rel_error(double fd, double g)
{
	double scale = fmax(fmax(fabs(fd), fabs(g)), 1e-5);
	return fabs(fd - g) / scale;
}

static double worst_fd_error; /* over every test of this file, for the report */

/* The central difference of the loss in parameter float `idx`; the step is what float
 * rounding makes of +-h. The loss is nearly linear in one weight, so a large h keeps
 * the rounding of the loss small; a(tau) is curved, so tau takes a smaller one. */
static double fd_param(Net *n, uint64_t idx, float h)
{
	float orig = n->params[idx], up = orig + h, down = orig - h;
	n->params[idx] = up;
	double lp = net_loss(n);
	n->params[idx] = down;
	double lm = net_loss(n);
	n->params[idx] = orig;
	return (lp - lm) / ((double)up - (double)down);
}

static double fd_input(Net *n, int64_t b, uint32_t k, double h)
{
	double *x = act(n, n->acts, b, n->m.input), orig = x[k];
	x[k] = orig + h;
	double lp = net_loss(n);
	x[k] = orig - h;
	double lm = net_loss(n);
	x[k] = orig;
	return (lp - lm) / (2 * h);
}

/* step: of the weights and the inputs; a max pool's loss is piecewise linear in them,
 * and a step must not cross from one piece to the next */
static void check_fd(const char *network, unsigned seed, float tau, int samples, float step)
{
	Net n;
	net_open(&n, network, seed);
	for (uint32_t p = 0; p < n.m.nparams; p++)
		if (n.m.params[p].rank == 0)
			param_of(&n, p)[0] = tau;
	net_gradients(&n); /* the perturbed passes below leave grads and dacts alone */
	uint32_t width = n.m.bufs[n.m.input].width;

	double worst = 0;
	const char *worst_at = "";
	int64_t checked = 0, nonzero = 0;
	for (uint32_t p = 0; p < n.m.nparams; p++) {
		const ModelParam *mp = &n.m.params[p];
		uint64_t base = mp->offset / 4;
		/* half uniform, half among the elements the loss depends on */
		for (int s = 0; s < (mp->count == 1 ? 1 : samples); s++) {
			uint64_t i = mp->count == 1 ? 0 : (uint64_t)rand_r(&n.seed) % mp->count;
			for (int tries = 0; s % 2 && tries < 1000 && n.grads[base + i] == 0; tries++)
				i = (uint64_t)rand_r(&n.seed) % mp->count;
			double fd = fd_param(&n, base + i, mp->rank == 0 ? 0x1p-12f : step), g = n.grads[base + i];
			double e = rel_error(fd, g);
			checked++;
			nonzero += g != 0;
			if (e > worst) {
				worst = e;
				worst_at = mp->name;
			}
			if (e >= 1e-6)
				printf("\n  %s: %s[%llu]: fd %.12g, backward %.12g\n", network, mp->name, (unsigned long long)i, fd,
				       g);
			if (g == 0) /* masked or padded: no dependence at all */
				CU_ASSERT_EQUAL(fd, 0);
		}
	}
	/* every input element of example 1, a sample of the others' */
	int64_t inputs = 0;
	for (int64_t b = 0; b < BATCH; b++)
		for (uint32_t j = 0; j < (b == 1 ? width : 64); j++) {
			uint32_t k = b == 1 ? j : (uint32_t)rand_r(&n.seed) % width;
			double fd = fd_input(&n, b, k, step), g = act(&n, n.dacts, b, n.m.input)[k], e = rel_error(fd, g);
			inputs++;
			if (e > worst) {
				worst = e;
				worst_at = "input";
			}
			if (e >= 1e-6)
				printf("\n  %s: input[%lld][%u]: fd %.12g, backward %.12g\n", network, (long long)b, k, fd, g);
		}
	CU_ASSERT(worst < 1e-6);
	CU_ASSERT(nonzero > checked / 4); /* the parameters' checks did test something */
	if (worst > worst_fd_error)
		worst_fd_error = worst;
	if (getenv("REFEXEC_VERBOSE"))
		printf("\n  %s tau=%g: %lld parameter and %lld input gradients, worst relative error %.3g (%s)\n",
		       network, tau, (long long)checked, (long long)inputs, worst, worst_at);
	net_close(&n);
}

/* (a) every kind of gradient against central differences of the loss */
static void test_finite_differences(void)
{
	check_fd("input 256; permute chunk=64 tau=0.7; dense 300; dense 7;", 1, 0.7f, 120, 0x1p-10f);
	check_fd("input 100; dense 256; permute chunk=32; dense 5;", 2, 1.3f, 120, 0x1p-10f);
	/* bi = 2, bo = 3: every index of the tiles; tau < 0 takes the other branch of a(tau) */
	check_fd("input 300; dense 600; dense 256; permute chunk=16; dense 10;", 3, -0.4f, 100, 0x1p-10f);
	/* convolutions: padding, strides, overlapping mean and max windows, flatten */
	check_fd("input 6x5x2; conv 3x3 channels=5 pad=1; pool 2x2 op=avg stride=1; conv 2x2 channels=4 stride=2; "
	         "flatten; dense 7;", 4, 1.0f, 100, 0x1p-10f);
	check_fd("input 7x7x1; conv 3x3 channels=6 stride=2 pad=2; pool 2x2 op=max; flatten; dense 256; "
	         "permute chunk=32; dense 5;", 5, 0.9f, 100, 0x1p-14f);
	if (getenv("REFEXEC_VERBOSE"))
		printf("\n  worst relative error of all: %.3g\n", worst_fd_error);
}

/* (b) the binary's input gets the spikes' gradient inside [ste_lo, ste_hi], else 0 */
static void test_straight_through(void)
{
	Net n;
	net_open(&n, "input 256; dense 256; binary threshold=0.2 noise=0.3 ste_center=0.1 ste_width=0.6; dense 5;", 4);
	uint32_t z = buffer_of(&n, BUF_ACCUMULATED), s = buffer_of(&n, BUF_SPIKES);
	const ModelStage *st = &n.m.stages[stage_of(&n, STAGE_BINARY)];
	CU_ASSERT_DOUBLE_EQUAL(st->ste_lo, -0.2, 1e-7);
	CU_ASSERT_DOUBLE_EQUAL(st->ste_hi, 0.4, 1e-7);
	for (int noise = 0; noise < 2; noise++) {
		ref_forward(&n.m, n.params, n.acts, BATCH, 7, 3, noise, PREC_FP32, true);
		ref_loss(&n.m, n.acts, n.labels, BATCH, 0, n.dacts, NULL);
		ref_backward(&n.m, n.params, n.acts, n.dacts, BATCH, n.grads, PREC_FP32, 7, 3);
		int inside = 0, outside = 0, bad = 0;
		for (int64_t b = 0; b < BATCH; b++) {
			const double *x = act(&n, n.acts, b, z), *dx = act(&n, n.dacts, b, z), *ds = act(&n, n.dacts, b, s);
			for (uint32_t k = 0; k < N; k++) {
				bool pass = st->ste_lo <= x[k] && x[k] <= st->ste_hi;
				inside += pass && ds[k] != 0;
				outside += !pass && ds[k] != 0;
				bad += dx[k] != (pass ? ds[k] : 0.0);
			}
		}
		CU_ASSERT_EQUAL(bad, 0);
		CU_ASSERT(inside > 50 && outside > 50); /* both sides of the window are exercised */
	}
	net_close(&n);
}

/* (b') a learned threshold: neuron k fires when x >= T[k]; the window moves with T[k];
 * T enters as x - T, so dT[k] is minus the gradient the window passes, summed over the
 * batch (the binary is a step: finite differences of the loss see no gradient at all) */
static void test_learned_threshold(void)
{
	Net n;
	net_open(&n, "input 256; dense 300; binary threshold=0.2 ste_center=0.1 ste_width=0.6 learn_threshold=on; dense 5;",
	         5);
	uint32_t z = buffer_of(&n, BUF_ACCUMULATED), s = buffer_of(&n, BUF_SPIKES), used = n.m.bufs[s].used;
	const ModelStage *st = &n.m.stages[stage_of(&n, STAGE_BINARY)];
	CU_ASSERT_FATAL(st->param != MODEL_NONE);
	const ModelParam *tp = &n.m.params[st->param];
	CU_ASSERT(tp->rank == 1 && tp->shape[0] == 512 && tp->init == INIT_CONSTANT && fabsf(tp->value - 0.2f) < 1e-7f);
	float *T = param_of(&n, st->param);
	for (uint32_t k = 0; k < tp->count; k++)
		T[k] = (float)uniform(&n.seed, -0.3, 0.7); /* around the spread of x, so some fire and some do not */
	net_gradients(&n);
	const double *dT = n.grads + tp->offset / 4;
	int fired = 0, quiet = 0, inside = 0, outside = 0, bad = 0;
	for (uint32_t k = 0; k < 512; k++) {
		double sum = 0;
		for (int64_t b = 0; b < BATCH; b++) {
			const double *x = act(&n, n.acts, b, z), *sp = act(&n, n.acts, b, s);
			const double *dx = act(&n, n.dacts, b, z), *ds = act(&n, n.dacts, b, s);
			bool fire = k < used && x[k] >= (double)T[k];
			bool pass = k < used && st->ste_lo <= x[k] - T[k] && x[k] - T[k] <= st->ste_hi;
			fired += fire;
			quiet += k < used && !fire;
			inside += pass && ds[k] != 0;
			outside += !pass && ds[k] != 0;
			bad += sp[k] != (fire ? 1.0 : 0.0) || dx[k] != (pass ? ds[k] : 0.0);
			sum += dx[k];
		}
		bad += fabs(dT[k] + sum) > 1e-15;
	}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(fired > 100 && quiet > 100 && inside > 50 && outside > 50);
	net_close(&n);
}

/* (b''') dropout: in training each output is the spike times 1/(1 - p) where rng_kept
 * keeps it (about 1 - p of them), else 0, and the gradient of the spike is that of the
 * output times the same factor, before the window; another step draws another mask;
 * evaluation drops nothing. The same on the input, in place. */
static void test_dropout(void)
{
	Net n;
	net_open(&n, "input 256; dense 300; binary threshold=-0.05 dropout=0.25 ste_width=4; dense 5;", 6);
	uint32_t si = stage_of(&n, STAGE_BINARY), sb = buffer_of(&n, BUF_SPIKES), z = buffer_of(&n, BUF_ACCUMULATED);
	uint32_t used = n.m.bufs[sb].used;
	ModelStage *st = &n.m.stages[si];
	CU_ASSERT_FATAL(fabsf(st->dropout - 0.25f) < 1e-7f);
	size_t size = (size_t)(BATCH * n.m.act_stride);
	double scale = model_dropout_scale(0.25f), *plain = calloc(size, sizeof *plain), *dout = calloc(size, sizeof *dout);
	ref_forward(&n.m, n.params, n.acts, BATCH, 4, 9, false, PREC_FP32, false);
	memcpy(plain, n.acts, size * sizeof *plain);
	ref_forward(&n.m, n.params, n.acts, BATCH, 4, 9, false, PREC_FP32, true);
	ref_loss(&n.m, n.acts, n.labels, BATCH, 0, n.dacts, NULL);
	st->dropout = 0; /* the same pass backward without dropout: the gradient of the outputs */
	ref_backward(&n.m, n.params, n.acts, n.dacts, BATCH, n.grads, PREC_FP32, 4, 9);
	st->dropout = 0.25f;
	memcpy(dout, n.dacts, size * sizeof *dout);
	ref_loss(&n.m, n.acts, n.labels, BATCH, 0, n.dacts, NULL);
	ref_backward(&n.m, n.params, n.acts, n.dacts, BATCH, n.grads, PREC_FP32, 4, 9);
	int bad = 0, kept = 0, fired = 0, same = 0;
	for (int64_t b = 0; b < BATCH; b++) {
		uint64_t row = rng_row(4, 9, si + MODEL_DROPOUT_STREAM, (uint64_t)b);
		uint64_t other = rng_row(4, 10, si + MODEL_DROPOUT_STREAM, (uint64_t)b);
		const double *s0 = act(&n, plain, b, sb), *s1 = act(&n, n.acts, b, sb), *x = act(&n, n.acts, b, z);
		const double *ds = act(&n, dout, b, sb), *dsp = act(&n, n.dacts, b, sb), *dx = act(&n, n.dacts, b, z);
		for (uint32_t k = 0; k < used; k++) {
			bool keep = rng_kept(row, k, model_dropout_cut(0.25f));
			kept += keep;
			fired += s0[k] != 0;
			same += keep == (bool)rng_kept(other, k, model_dropout_cut(0.25f));
			bad += s1[k] != (keep ? s0[k] * scale : 0.0);
			bad += dsp[k] != (keep ? ds[k] * scale : 0.0);
			bool pass = st->ste_lo <= x[k] && x[k] <= st->ste_hi;
			bad += dx[k] != (pass ? dsp[k] : 0.0);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(fabs((double)kept / (BATCH * used) - 0.75) < 0.05);
	CU_ASSERT(fired > 100 && same < 0.8 * BATCH * used);
	free(plain);
	free(dout);
	net_close(&n);

	/* on the input, in place: evaluation leaves it, training drops from the load stage's stream */
	net_open(&n, "input 300 dropout=0.3; dense 256; binary; dense 5;", 8);
	size = (size_t)(BATCH * n.m.act_stride);
	double *x0 = malloc(size * sizeof *x0);
	memcpy(x0, n.acts, size * sizeof *x0);
	ref_forward(&n.m, n.params, n.acts, BATCH, 2, 5, false, PREC_FP32, false);
	bad = memcmp(x0, n.acts, (size_t)n.m.bufs[n.m.input].width * sizeof *x0) != 0;
	ref_forward(&n.m, n.params, n.acts, BATCH, 2, 5, false, PREC_FP32, true);
	kept = 0;
	for (int64_t b = 0; b < BATCH; b++) {
		uint64_t row = rng_row(2, 5, MODEL_DROPOUT_STREAM, (uint64_t)b); /* the load is stage 0 */
		const double *x = act(&n, n.acts, b, n.m.input), *x0b = act(&n, x0, b, n.m.input);
		for (uint32_t k = 0; k < n.m.input_used; k++) {
			bool keep = rng_kept(row, k, model_dropout_cut(0.3f));
			kept += keep;
			bad += x[k] != (keep ? x0b[k] * model_dropout_scale(0.3f) : 0.0);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(fabs((double)kept / (BATCH * n.m.input_used) - 0.7) < 0.05);
	free(x0);
	net_close(&n);
}

/* F = sum over the batch of c . y, y the output of norm stage s, after a forward pass
 * on the batch's statistics */
static double norm_objective(Net *n, uint32_t s, const double *c)
{
	ref_forward(&n->m, n->params, n->acts, n->batch, 0, 0, false, PREC_FP32, true);
	uint32_t y = n->m.stages[s].out, w = n->m.bufs[y].width;
	double F = 0;
	for (int64_t b = 0; b < n->batch; b++)
		for (uint32_t k = 0; k < w; k++)
			F += c[(uint64_t)b * w + k] * act(n, n->acts, b, y)[k];
	return F;
}

static double fd_norm(Net *n, uint32_t s, const double *c, double *v, double h)
{
	double orig = *v;
	*v = orig + h;
	double fp = norm_objective(n, s, c);
	*v = orig - h;
	double fm = norm_objective(n, s, c);
	*v = orig;
	return (fp - fm) / (2 * h);
}

/* (b'') batch normalisation: over the batch each neuron's output has mean beta and
 * variance gamma^2 var/(var + eps), padding 0; after training, the running statistics'
 * formula; and the gradients from the norm's output down (ref_backward_from) of gamma,
 * beta, the dense layer under it and the inputs against central differences of F */
static void test_norm(void)
{
	Net n;
	net_open(&n, "input 40; dense 300; binary batchnorm=on; dense 5;", 9);
	uint32_t s = stage_of(&n, STAGE_NORM), y = n.m.stages[s].out, x = n.m.stages[s].in;
	uint32_t w = n.m.bufs[y].width, used = n.m.bufs[y].used;
	const ModelParam *np = &n.m.params[n.m.stages[s].param];
	CU_ASSERT_FATAL(np->rank == 2 && np->shape[0] == 4 && np->shape[1] == w && np->init == INIT_NORM);
	CU_ASSERT(n.m.stages[s + 1].kind == STAGE_BINARY && n.m.stages[s + 1].in == y);
	float *S = param_of(&n, n.m.stages[s].param);
	for (uint32_t k = 0; k < w; k++) {
		S[k] = (float)uniform(&n.seed, 0.5, 1.5);
		S[w + k] = (float)uniform(&n.seed, -0.5, 0.5);
		S[2 * w + k] = (float)uniform(&n.seed, -0.2, 0.2);
		S[3 * w + k] = (float)uniform(&n.seed, 0.5, 2);
	}
	double *c = calloc((size_t)BATCH * w, sizeof *c);
	for (uint32_t i = 0; i < BATCH * w; i++)
		c[i] = i % w < used ? uniform(&n.seed, -1, 1) : 0;
	norm_objective(&n, s, c);
	int bad = 0;
	for (uint32_t k = 0; k < w; k++) {
		double mean = 0, var = 0, xm = 0, xv = 0;
		for (int64_t b = 0; b < BATCH; b++) {
			mean += act(&n, n.acts, b, y)[k] / BATCH;
			xm += act(&n, n.acts, b, x)[k] / BATCH;
		}
		for (int64_t b = 0; b < BATCH; b++) {
			var += pow(act(&n, n.acts, b, y)[k] - mean, 2) / BATCH;
			xv += pow(act(&n, n.acts, b, x)[k] - xm, 2) / BATCH;
		}
		if (k >= used) {
			for (int64_t b = 0; b < BATCH; b++)
				bad += act(&n, n.acts, b, y)[k] != 0;
			continue;
		}
		bad += fabs(mean - S[w + k]) > 1e-12 || fabs(var - (double)S[k] * S[k] * xv / (xv + MODEL_NORM_EPS)) > 1e-12;
	}
	CU_ASSERT_EQUAL(bad, 0);
	/* evaluation: the running statistics */
	ref_forward(&n.m, n.params, n.acts, n.batch, 0, 0, false, PREC_FP32, false);
	for (int64_t b = 0; b < BATCH; b++)
		for (uint32_t k = 0; k < used; k++) {
			double in = act(&n, n.acts, b, x)[k];
			double want = (double)S[k] * (in - S[2 * w + k]) / sqrt((double)S[3 * w + k] + MODEL_NORM_EPS) + S[w + k];
			bad += fabs(act(&n, n.acts, b, y)[k] - want) > 1e-12 * fmax(1, fabs(want));
		}
	CU_ASSERT_EQUAL(bad, 0);
	/* the gradients from F down */
	norm_objective(&n, s, c);
	for (int64_t b = 0; b < BATCH; b++)
		memcpy(act(&n, n.dacts, b, y), c + (uint64_t)b * w, w * sizeof *c);
	ref_backward_from(&n.m, n.params, n.acts, n.dacts, n.batch, n.grads, PREC_FP32, 0, 0, s);
	double worst = 0;
	int checked = 0;
	for (uint32_t p = 0; p < n.m.nparams; p++) {
		const ModelParam *mp = &n.m.params[p];
		if (n.m.params[p].offset > np->offset) /* the layers above the norm: F does not depend on them */
			continue;
		for (int i = 0; i < 60; i++) { /* two thirds among the elements F depends on */
			uint64_t e = (uint64_t)rand_r(&n.seed) % mp->count;
			for (int tries = 0; i % 3 && tries < 1000 && n.grads[mp->offset / 4 + e] == 0; tries++)
				e = (uint64_t)rand_r(&n.seed) % mp->count;
			float *v = param_of(&n, p) + e;
			/* a small step: with 3 examples, a neuron's statistics curve F sharply */
			float orig = *v, h = 0x1p-14f, up = orig + h, down = orig - h;
			*v = up;
			double fp = norm_objective(&n, s, c);
			*v = down;
			double fm = norm_objective(&n, s, c);
			*v = orig;
			double fd = (fp - fm) / ((double)up - (double)down), g = n.grads[mp->offset / 4 + e];
			if (p == n.m.stages[s].param && e >= 2 * w) /* the running statistics: no gradient */
				bad += g != 0 || fd != 0;
			worst = fmax(worst, rel_error(fd, g));
			checked += g != 0;
		}
	}
	for (int64_t b = 0; b < BATCH; b++)
		for (uint32_t k = 0; k < n.m.input_used; k++) {
			double fd = fd_norm(&n, s, c, &act(&n, n.acts, b, n.m.input)[k], 1e-4);
			worst = fmax(worst, rel_error(fd, act(&n, n.dacts, b, n.m.input)[k]));
		}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(checked > 100);
	CU_ASSERT(worst < 1e-5);
	if (getenv("REFEXEC_VERBOSE"))
		printf("\n  norm: %d nonzero parameter gradients, worst relative error %.3g\n", checked, worst);
	if (worst > worst_fd_error)
		worst_fd_error = worst;
	free(c);
	net_close(&n);
}

/* (c) a (x+ - x-) is sum_c (P+[r,c] - P-[r,c]) x[c] with P = softmax_rows(tau I[p]) */
static void test_permute_softmax(void)
{
	static const int chunks[] = {1, 16, 128};
	static const float taus[] = {10, 0.7f, 1e-3f, -0.5f, 30};
	for (size_t ci = 0; ci < sizeof chunks / sizeof chunks[0]; ci++) {
		char net[128];
		snprintf(net, sizeof net, "input 512; permute chunk=%d; dense 3;", chunks[ci]);
		Net n;
		net_open(&n, net, 5);
		const ModelStage *st = &n.m.stages[stage_of(&n, STAGE_PERMUTE)];
		const ModelPerm *pm = &n.m.perms[st->perm];
		uint32_t S = pm->slots, C = pm->chunk;
		CU_ASSERT_EQUAL_FATAL(S * C, N);
		double *pp = malloc((size_t)S * S * sizeof *pp), *pmi = malloc((size_t)S * S * sizeof *pmi);
		for (size_t ti = 0; ti < sizeof taus / sizeof taus[0]; ti++) {
			double tau = taus[ti];
			param_of(&n, st->param)[0] = taus[ti];
			for (uint32_t r = 0; r < S; r++) {
				double sp = 0, sm = 0;
				for (uint32_t c = 0; c < S; c++) {
					pp[r * S + c] = exp(tau * (pm->plus[r] == c));
					pmi[r * S + c] = exp(tau * (pm->minus[r] == c));
					sp += pp[r * S + c];
					sm += pmi[r * S + c];
				}
				for (uint32_t c = 0; c < S; c++) {
					pp[r * S + c] /= sp;
					pmi[r * S + c] /= sm;
				}
			}
			ref_forward(&n.m, n.params, n.acts, BATCH, 0, 0, false, PREC_FP32, true);
			double worst = 0;
			for (int64_t b = 0; b < BATCH; b++) {
				const double *x = act(&n, n.acts, b, st->in), *o = act(&n, n.acts, b, st->out);
				for (uint32_t s = 0; s < st->bo; s++)
					for (uint32_t r = 0; r < S; r++)
						for (uint32_t e = 0; e < C; e++) {
							double want = 0;
							for (uint32_t c = 0; c < S; c++)
								want += (pp[r * S + c] - pmi[r * S + c]) * x[s * N + c * C + e];
							worst = fmax(worst, fabs(o[s * N + r * C + e] - want));
						}
			}
			CU_ASSERT(worst < 1e-12);
			if (worst >= 1e-12)
				printf("\n  chunk %u tau %g: off by %g\n", C, tau, worst);
			/* the float gain of model.h agrees with the double one */
			CU_ASSERT_DOUBLE_EQUAL(model_permute_gain(taus[ti], S), ref_permute_gain(tau, S), 1e-6);
			CU_ASSERT_DOUBLE_EQUAL(model_permute_gain_grad(taus[ti], S), ref_permute_gain_grad(tau, S), 1e-6);
		}
		free(pp);
		free(pmi);
		net_close(&n);
	}
	/* a(tau) at the ends: +-1 and 0 */
	CU_ASSERT_DOUBLE_EQUAL(ref_permute_gain(800, 16), 1, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(ref_permute_gain(0, 16), 0, 0);
	CU_ASSERT_DOUBLE_EQUAL(ref_permute_gain_grad(800, 16), 0, 1e-300);
	CU_ASSERT_DOUBLE_EQUAL(ref_permute_gain_grad(0, 16), 1.0 / 16, 1e-15);
}

/* (d) padded outputs are exactly 0 and pass no gradient back, whatever the parameters:
 * their deltas (read by the next dense) may be anything, but the partials, W and A
 * behind them, and the binary's input behind a padded spike, get exactly 0 */
static void test_masks(void)
{
	Net n;
	/* threshold -1: a padded 0 would fire if the binary did not keep padding at 0 */
	net_open(&n, "input 256; dense 300; binary threshold=-1 ste_width=100; dense 4;", 6);
	uint32_t y = buffer_of(&n, BUF_PARTIALS), z = buffer_of(&n, BUF_ACCUMULATED), s = buffer_of(&n, BUF_SPIKES);
	const ModelStage *acc = &n.m.stages[stage_of(&n, STAGE_ACCUMULATE)];
	CU_ASSERT_EQUAL(acc->used, 300);
	CU_ASSERT_EQUAL(n.m.bufs[s].used, 300);
	for (int noise = 0; noise < 2; noise++) {
		ref_forward(&n.m, n.params, n.acts, BATCH, 1, 1, noise, PREC_FP32, true);
		ref_loss(&n.m, n.acts, n.labels, BATCH, 0, n.dacts, NULL);
		ref_backward(&n.m, n.params, n.acts, n.dacts, BATCH, n.grads, PREC_FP32, 1, 1);
		int nonzero_z = 0, bad = 0, ds_pad = 0;
		for (int64_t b = 0; b < BATCH; b++) {
			const double *zv = act(&n, n.acts, b, z), *sv = act(&n, n.acts, b, s);
			const double *dy = act(&n, n.dacts, b, y), *dz = act(&n, n.dacts, b, z), *ds = act(&n, n.dacts, b, s);
			for (uint32_t k = 0; k < 512; k++) {
				if (k < 300) {
					nonzero_z += zv[k] != 0;
					continue;
				}
				bad += zv[k] != 0 || sv[k] != 0 || dz[k] != 0 || dy[k] != 0; /* bi = 1: y and z align */
				ds_pad += ds[k] != 0;
			}
		}
		CU_ASSERT_EQUAL(nonzero_z, BATCH * 300);
		CU_ASSERT_EQUAL(bad, 0);
		CU_ASSERT(ds_pad > 0); /* the padded spikes' delta is there, and stopped at them */
		/* W rows and A columns of masked outputs: zero gradient; of the others, not */
		const double *dW = n.grads + n.m.params[n.m.stages[stage_of(&n, STAGE_TILES)].param].offset / 4;
		const double *dA = n.grads + n.m.params[acc->param].offset / 4;
		int wrong = 0, live = 0;
		for (uint32_t i = 0; i < 2; i++)
			for (uint32_t k = 0; k < N; k++) {
				bool masked = i * N + k >= 300;
				for (uint32_t l = 0; l < N; l++) {
					double w = dW[((uint64_t)i * N + k) * N + l], a = dA[((uint64_t)i * N + l) * N + k];
					wrong += masked && (w != 0 || a != 0);
					live += !masked && w != 0 && a != 0;
				}
			}
		CU_ASSERT_EQUAL(wrong, 0);
		CU_ASSERT_EQUAL(live, 300 * N);
	}
	/* the readout keeps the first K of the accumulated buffer */
	uint32_t lb = buffer_of(&n, BUF_LOGITS), z2 = n.m.stages[n.m.nstages - 1].in;
	for (int64_t b = 0; b < BATCH; b++)
		for (uint32_t k = 0; k < 4; k++)
			CU_ASSERT_EQUAL(act(&n, n.acts, b, lb)[k], act(&n, n.acts, b, z2)[k]);
	net_close(&n);
}

/* the forward pass against DESIGN.md's formulas, with W and A indexed as 4-d arrays */
static void test_forward_formulas(void)
{
	Net n;
	net_open(&n, "input 300; dense 600; dense 3;", 7);
	const ModelStage *tiles = &n.m.stages[1], *acc = &n.m.stages[2];
	CU_ASSERT_EQUAL_FATAL(tiles->kind, STAGE_TILES);
	CU_ASSERT_EQUAL_FATAL(acc->kind, STAGE_ACCUMULATE);
	CU_ASSERT(tiles->bo == 3 && tiles->bi == 2);
	const float(*W)[2][N][N] = (const float(*)[2][N][N])param_of(&n, tiles->param);
	const float(*A)[N][N] = (const float(*)[N][N])param_of(&n, acc->param);
	ref_forward(&n.m, n.params, n.acts, BATCH, 0, 0, false, PREC_FP32, true);
	double worst = 0;
	for (int64_t b = 0; b < BATCH; b++) {
		const double *x = act(&n, n.acts, b, tiles->in), *z = act(&n, n.acts, b, acc->out);
		for (int i = 0; i < 3; i++)
			for (int k = 0; k < N; k++) {
				double xs = 0, g = 0;
				for (int j = 0; j < 2; j++)
					for (int l = 0; l < N; l++)
						xs += (double)W[i][j][k][l] * x[j * N + l];
				for (int mm = 0; mm < N; mm++)
					g += A[i][mm][k];
				double want = i * N + k < 600 ? xs * g : 0;
				worst = fmax(worst, fabs(z[i * N + k] - want));
			}
	}
	CU_ASSERT(worst < 1e-12);
	net_close(&n);
}

/* A convolution, max and mean pooling and flatten against their formulas in
 * docs/language.md, computed here from the weights and the image directly: padding
 * and stride on both axes, a kernel that is not square, channels on both sides */
static void test_conv_formulas(void)
{
	enum { H = 5, W = 6, C = 2, KH = 3, KW = 2, S = 2, P = 1, CO = 3, OH = 3, OW = 4 };
	Net n;
	net_open(&n, "input 5x6x2; conv 3x2 channels=3 stride=2 pad=1; pool 2x2 op=max stride=1; pool 2x3 op=avg; "
	         "flatten; dense 4;", 11);
	const ModelStage *tiles = &n.m.stages[stage_of(&n, STAGE_TILES)], *acc = tiles + 1;
	CU_ASSERT_FATAL(tiles->bo == 1 && tiles->bi == 1 && n.m.bufs[acc->out].positions == OH * OW);
	const float(*Wt)[N] = (const float(*)[N])param_of(&n, tiles->param);
	const float(*A)[N] = (const float(*)[N])param_of(&n, acc->param);
	ref_forward(&n.m, n.params, n.acts, BATCH, 0, 0, false, PREC_FP32, true);
	double worst = 0;
	for (int64_t b = 0; b < BATCH; b++) {
		const double *x = act(&n, n.acts, b, n.m.input), *z = act(&n, n.acts, b, acc->out);
		double conv[OH][OW][CO], pool[OH - 1][OW - 1][CO];
		for (int oy = 0; oy < OH; oy++)
			for (int ox = 0; ox < OW; ox++)
				for (int k = 0; k < CO; k++) {
					double sum = 0, g = 0;
					for (int dy = 0; dy < KH; dy++)
						for (int dx = 0; dx < KW; dx++)
							for (int c = 0; c < C; c++) {
								int y = oy * S + dy - P, xx = ox * S + dx - P;
								if (y >= 0 && y < H && xx >= 0 && xx < W)
									sum += (double)Wt[k][(dy * KW + dx) * C + c] * x[(y * W + xx) * C + c];
							}
					for (int mm = 0; mm < N; mm++)
						g += A[mm][k];
					conv[oy][ox][k] = sum * g;
					worst = fmax(worst, fabs(z[(oy * OW + ox) * N + k] - conv[oy][ox][k]));
				}
		/* max over 2x2 windows at stride 1: a 2x3 image; then the mean of its one 2x3 window */
		const double *p1 = act(&n, n.acts, b, acc->out + 1), *p2 = act(&n, n.acts, b, acc->out + 2);
		const double *flat = act(&n, n.acts, b, acc->out + 3);
		for (int k = 0; k < CO; k++) {
			double mean = 0;
			for (int oy = 0; oy < OH - 1; oy++)
				for (int ox = 0; ox < OW - 1; ox++) {
					pool[oy][ox][k] = fmax(fmax(conv[oy][ox][k], conv[oy][ox + 1][k]),
					                       fmax(conv[oy + 1][ox][k], conv[oy + 1][ox + 1][k]));
					worst = fmax(worst, fabs(p1[(oy * (OW - 1) + ox) * N + k] - pool[oy][ox][k]));
					mean += pool[oy][ox][k] / 6;
				}
			worst = fmax(worst, fabs(p2[k] - mean));
			worst = fmax(worst, fabs(flat[k] - mean)); /* a 1x1 image: its channels */
		}
	}
	CU_ASSERT(worst < 1e-12);
	net_close(&n);
}

/* rng.h's polynomials against libm in double, over the draws' whole range (every
 * 97th of the 2^23 values u takes), and the moments of a million normal draws */
static void test_noise_functions(void)
{
	double worst_log = 0, worst_cos = 0;
	for (uint32_t i = 0; i < (1u << 23); i += 97) {
		float u = (float)(2 * i + 1) * 0x1p-24f;
		double l = log((double)u);
		worst_log = fmax(worst_log, fabs((double)rng_log(u) - l) / fmax(1.0, fabs(l)));
		worst_cos = fmax(worst_cos, fabs((double)rng_cos2pi(u) - cos(6.283185307179586 * (double)u)));
	}
	float top = (float)(2 * ((1u << 23) - 1) + 1) * 0x1p-24f; /* the largest u */
	worst_log = fmax(worst_log, fabs((double)rng_log(top) - log((double)top)));
	CU_ASSERT(worst_log < 2e-7);
	CU_ASSERT(worst_cos < 2e-7);
	double sum = 0, sq = 0;
	enum { DRAWS = 1000000 };
	for (uint64_t e = 0; e < DRAWS; e++) {
		double x = rng_normal(rng_row(3, 1, 2, e / 1000), e % 1000);
		sum += x;
		sq += x * x;
	}
	double mean = sum / DRAWS, var = sq / DRAWS - mean * mean;
	CU_ASSERT(fabs(mean) < 0.005);
	CU_ASSERT(fabs(var - 1.0) < 0.01);
}

/* (e) the binary's noise is rng.h's, per (seed, step, stage, example, element) */
static void test_noise(void)
{
	Net n;
	net_open(&n, "input 256; dense 256; binary threshold=0.1 noise=0.5; dense 4;", 8);
	uint32_t si = stage_of(&n, STAGE_BINARY);
	const ModelStage *st = &n.m.stages[si];
	CU_ASSERT_EQUAL(si, 3);
	int bad = 0, flipped = 0;
	ref_forward(&n.m, n.params, n.acts, BATCH, 11, 5, true, PREC_FP32, true);
	for (int64_t b = 0; b < BATCH; b++) {
		const double *x = act(&n, n.acts, b, st->in), *s = act(&n, n.acts, b, st->out);
		for (uint32_t k = 0; k < N; k++) {
			float eps = rng_normal(rng_row(11, 5, si, (uint64_t)b), k);
			double want = x[k] + (double)st->noise * (double)eps >= (double)st->threshold ? 1 : 0;
			bad += s[k] != want;
			flipped += s[k] != (x[k] >= (double)st->threshold ? 1 : 0);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(flipped > 20); /* the noise matters at this scale */

	/* other steps and seeds draw other noise; noise off is the plain threshold */
	double *first = malloc((size_t)(BATCH * n.m.act_stride) * sizeof *first);
	memcpy(first, n.acts, (size_t)(BATCH * n.m.act_stride) * sizeof *first);
	int diff_step = 0, diff_seed = 0, diff_same = 0, off = 0;
	ref_forward(&n.m, n.params, n.acts, BATCH, 11, 6, true, PREC_FP32, true);
	for (uint32_t k = 0; k < N; k++)
		diff_step += act(&n, n.acts, 0, st->out)[k] != act(&n, first, 0, st->out)[k];
	ref_forward(&n.m, n.params, n.acts, BATCH, 12, 5, true, PREC_FP32, true);
	for (uint32_t k = 0; k < N; k++)
		diff_seed += act(&n, n.acts, 0, st->out)[k] != act(&n, first, 0, st->out)[k];
	ref_forward(&n.m, n.params, n.acts, BATCH, 11, 5, true, PREC_FP32, true);
	for (uint32_t k = 0; k < N; k++)
		diff_same += act(&n, n.acts, 0, st->out)[k] != act(&n, first, 0, st->out)[k];
	ref_forward(&n.m, n.params, n.acts, BATCH, 11, 5, false, PREC_FP32, true);
	for (int64_t b = 0; b < BATCH; b++)
		for (uint32_t k = 0; k < N; k++)
			off += act(&n, n.acts, b, st->out)[k] != (act(&n, n.acts, b, st->in)[k] >= (double)st->threshold);
	CU_ASSERT(diff_step > 0);
	CU_ASSERT(diff_seed > 0);
	CU_ASSERT_EQUAL(diff_same, 0);
	CU_ASSERT_EQUAL(off, 0);

	/* example 1's spikes do not depend on what examples 0 and 2 are */
	double *x0 = act(&n, n.acts, 0, n.m.input), *x2 = act(&n, n.acts, 2, n.m.input);
	for (uint32_t k = 0; k < N; k++) {
		x0[k] = -x0[k];
		x2[k] = 0.5 * x2[k];
	}
	ref_forward(&n.m, n.params, n.acts, BATCH, 11, 5, true, PREC_FP32, true);
	int diff_other = 0;
	for (uint32_t k = 0; k < N; k++)
		diff_other += act(&n, n.acts, 1, st->out)[k] != act(&n, first, 1, st->out)[k];
	CU_ASSERT_EQUAL(diff_other, 0);
	free(first);
	net_close(&n);

	/* rng_normal is N(0, 1): 10^5 draws over rows and elements */
	double sum = 0, sum2 = 0;
	int64_t count = 0;
	for (uint64_t row = 0; row < 100; row++)
		for (uint64_t e = 0; e < 1000; e++) {
			double v = rng_normal(rng_row(3, row, 2, row % 7), e);
			sum += v;
			sum2 += v * v;
			count++;
		}
	double mean = sum / (double)count, sd = sqrt(sum2 / (double)count - mean * mean);
	CU_ASSERT(fabs(mean) < 0.01);
	CU_ASSERT(fabs(sd - 1) < 0.01);
}

/* (f) the loss: ln K on uniform logits, its gradient, and the count of correct answers */
/* cell.h: a programmed cell keeps its code without noise or faults; the fractions stuck
 * low and high and the relative error's moments are those asked for; the same draw
 * for the same (seed, instance, core, cell), another for another instance */
static void test_cells(void)
{
	CellModel ideal = cell_model(0, 0, 0, 7);
	CU_ASSERT_FALSE(cell_active(&ideal));
	for (int c = -7; c <= 7; c++)
		CU_ASSERT_EQUAL(cell_program(&ideal, (float)c, 1, 2, (uint64_t)(c + 7)), (float)c);
	CellModel m = cell_model(0.1f, 0.02f, 0.03f, 127);
	CU_ASSERT_TRUE(cell_active(&m));
	uint64_t nrow = cell_row(5, 9, 3, CELL_NOISE), frow = cell_row(5, 9, 3, CELL_FAULT);
	/* code 0 (even cells): both cells at 0 unless stuck, so p = 127 when G+ alone is stuck
	 * high, 0.03 * 0.97; code 50 (odd): p = 0 when G+ is stuck low and G- is not stuck
	 * high, or both are stuck high: 0.02 * 0.97 + 0.03 * 0.03; and p = 50 (1 + 0.1 eps)
	 * whenever 0 < p < 127 (G- at 0, G+ programmed) */
	enum { CELLS = 400000 };
	int64_t high = 0, zero = 0, n = 0, moved = 0;
	double sum = 0, sum2 = 0;
	for (uint64_t e = 0; e < CELLS; e++) {
		float c = e % 2 ? 50.0f : 0.0f, p = cell_program(&m, c, nrow, frow, e);
		CU_ASSERT_EQUAL(p, cell_program(&m, c, nrow, frow, e));
		moved += p != cell_program(&m, c, cell_row(5, 10, 3, CELL_NOISE), cell_row(5, 10, 3, CELL_FAULT), e);
		if (!(e % 2)) {
			high += p == 127;
		} else if (p == 0) {
			zero++;
		} else if (p > 0 && p < 127) {
			double z = ((double)p / 50 - 1) / 0.1;
			sum += z;
			sum2 += z * z;
			n++;
		}
	}
	double half = CELLS / 2, mean = sum / (double)n, sd = sqrt(sum2 / (double)n - mean * mean);
	printf("\n  G+ alone stuck high %.4f (0.0291), code 50 read 0 %.4f (0.0203), relative error mean %.4f sd %.4f\n",
	       (double)high / half, (double)zero / half, mean, sd);
	CU_ASSERT(fabs((double)high / half - 0.0291) < 0.002);
	CU_ASSERT(fabs((double)zero / half - 0.0203) < 0.002);
	CU_ASSERT(fabs(mean) < 0.01 && fabs(sd - 1) < 0.01);
	CU_ASSERT(moved > CELLS / 3); /* another instance: code 0 moves only when stuck */
}

static void test_loss(void)
{
	Net n;
	net_open(&n, "input 256; dense 10;", 9);
	uint32_t lb = buffer_of(&n, BUF_LOGITS);
	int32_t labels[BATCH] = {0, 3, 9};
	for (int64_t b = 0; b < BATCH; b++)
		for (uint32_t k = 0; k < 10; k++)
			act(&n, n.acts, b, lb)[k] = 0.37;
	int64_t correct = -1;
	memset(n.dacts, 0xff, (size_t)(BATCH * n.m.act_stride) * sizeof *n.dacts); /* ref_loss zeroes it */
	double loss = ref_loss(&n.m, n.acts, labels, BATCH, 0, n.dacts, &correct);
	CU_ASSERT_DOUBLE_EQUAL(loss, log(10.0), 1e-14);
	CU_ASSERT_EQUAL(correct, 1); /* ties go to the first maximum, logit 0 */
	for (int64_t b = 0; b < BATCH; b++) {
		for (uint32_t k = 0; k < 10; k++)
			CU_ASSERT_DOUBLE_EQUAL(act(&n, n.dacts, b, lb)[k], (0.1 - (k == (uint32_t)labels[b])) / BATCH, 1e-15);
		for (uint32_t k = 0; k < n.m.nbufs; k++)
			if (k != lb)
				for (uint32_t i = 0; i < n.m.bufs[k].width; i++)
					CU_ASSERT_EQUAL(act(&n, n.dacts, b, k)[i], 0);
	}
	/* example 0 right by a margin, 1 wrong, 2 right; large logits do not overflow */
	double *z0 = act(&n, n.acts, 0, lb), *z1 = act(&n, n.acts, 1, lb), *z2 = act(&n, n.acts, 2, lb);
	z0[0] = 1000;
	z1[5] = 2;
	z2[9] = 0.5;
	loss = ref_loss(&n.m, n.acts, labels, BATCH, 0, n.dacts, &correct);
	CU_ASSERT_EQUAL(correct, 2);
	double e = exp(0.37 - 2), l1 = -log(e / (9 * e + 1)), l2 = -log(exp(0.13) / (exp(0.13) + 9));
	CU_ASSERT_DOUBLE_EQUAL(loss, (0 + l1 + l2) / 3, 1e-12);
	CU_ASSERT(isfinite(loss));
	net_close(&n);
}

static float from_bits(uint32_t u)
{
	float f;
	memcpy(&f, &u, sizeof f);
	return f;
}

static uint32_t bits_of(float f)
{
	uint32_t u;
	memcpy(&u, &f, sizeof u);
	return u;
}

/* model_bf16: to the nearest of the values with 8 significant bits, ties to the even
 * one, with float's range: overflow to infinity, a NaN kept, signs kept. */
static void test_bf16_rounding(void)
{
	static const struct {
		uint32_t in, out;
	} cases[] = {
		{0x3f800000u, 0x3f800000u}, /* 1 */
		{0x3f808000u, 0x3f800000u}, /* 1 + 2^-8, a tie: to the even 1 */
		{0x3f818000u, 0x3f820000u}, /* 1 + 3 2^-8, a tie: to the even 1 + 2^-6 */
		{0x3f808001u, 0x3f810000u}, /* just above the tie: up */
		{0x3f807fffu, 0x3f800000u}, /* just below: down */
		{0xbf808001u, 0xbf810000u}, /* negative: the magnitude rounds */
		{0x80000000u, 0x80000000u}, /* -0 */
		{0x00000001u, 0x00000000u}, /* the least subnormal: to 0 */
		{0x007fffffu, 0x00800000u}, /* the largest subnormal: up to the least normal */
		{0x7f7fffffu, 0x7f800000u}, /* the largest float: overflows */
		{0x7f7f7fffu, 0x7f7f0000u}, /* below the largest bf16's tie: stays finite */
		{0x7f800000u, 0x7f800000u}, /* infinity */
		{0xff800000u, 0xff800000u},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CU_ASSERT_EQUAL(bits_of(model_bf16(from_bits(cases[i].in))), cases[i].out);
	static const uint32_t nans[] = {0x7fc00000u, 0x7f800001u, 0xff800001u, 0x7fffffffu};
	for (size_t i = 0; i < sizeof nans / sizeof nans[0]; i++) {
		float r = model_bf16(from_bits(nans[i]));
		CU_ASSERT(isnan(r));
		CU_ASSERT_EQUAL(bits_of(r) & 0xffffu, 0);
	}
	/* every bf16 value is kept, and a float rounds to one of its two bf16 neighbours */
	unsigned seed = 7;
	for (int i = 0; i < 100000; i++) {
		uint32_t u = ((uint32_t)rand_r(&seed) << 16) ^ (uint32_t)rand_r(&seed);
		float x = from_bits(u);
		float r = model_bf16(x), lo = from_bits(u & 0xffff0000u), hi = from_bits((u & 0xffff0000u) + 0x10000u);
		if (isnan(x) || isinf(x) || isinf(hi))
			continue;
		CU_ASSERT_EQUAL(model_bf16(r), r);
		CU_ASSERT(r == lo || r == hi);
		CU_ASSERT(fabsf(r - x) <= fabsf((r == lo ? hi : lo) - x));
	}
}

void add_refexec_tests(void)
{
	CU_pSuite s = CU_add_suite("refexec", NULL, NULL);
	CU_add_test(s, "forward against the formulas", test_forward_formulas);
	CU_add_test(s, "gradients against finite differences", test_finite_differences);
	CU_add_test(s, "convolution, pooling and flatten against their formulas", test_conv_formulas);
	CU_add_test(s, "learned thresholds", test_learned_threshold);
	CU_add_test(s, "batch normalisation", test_norm);
	CU_add_test(s, "dropout", test_dropout);
	CU_add_test(s, "straight-through window", test_straight_through);
	CU_add_test(s, "permute is the softmax form", test_permute_softmax);
	CU_add_test(s, "masked outputs: zero, no gradient", test_masks);
	CU_add_test(s, "noise of rng.h", test_noise);
	CU_add_test(s, "rng.h's log and cos against libm, moments", test_noise_functions);
	CU_add_test(s, "softmax cross-entropy", test_loss);
	CU_add_test(s, "programmed cells (cell.h)", test_cells);
	CU_add_test(s, "bf16 rounding", test_bf16_rounding);
}
