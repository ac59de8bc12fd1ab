/* test_jit.c: the JIT-compiled kernels against the reference executor (refexec.c) on
 * random networks: every buffer forward, the loss and its gradient, every delta and
 * every parameter gradient, with noise off; the same binary outputs with noise on;
 * results that do not depend on how a batch or the gradient units are split; Adam. */
#include "unit.h"
#include "adc.h"
#include "emit_llvm.h"
#include "flatten.h"
#include "jit.h"
#include "prog.h"
#include "refexec.h"
#include "sweep.h"
#include "train.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { NETWORKS = 60 };

static unsigned rng_state = 12345;

static double uniform(double lo, double hi)
{
	return lo + (hi - lo) * (double)rand_r(&rng_state) / RAND_MAX;
}

static int64_t pick_size(void)
{
	switch (rand_r(&rng_state) % 4) {
	case 0: return 256;
	case 1: return 512;
	default: return 1 + rand_r(&rng_state) % 600;
	}
}

/* A binary layer with random settings, appended at src + *len */
static void add_binary(char *src, size_t n, size_t *len)
{
	*len += (size_t)snprintf(src + *len, n - *len,
	                         " binary threshold=%.4f noise=%.3f ste_center=%.3f ste_width=%.3f learn_threshold=%s"
	                         " batchnorm=%s dropout=%.3f;",
	                         uniform(-0.3, 0.3), uniform(0.05, 0.5), uniform(-0.2, 0.2), uniform(0.5, 3),
	                         rand_r(&rng_state) % 2 ? "on" : "off", rand_r(&rng_state) % 2 ? "on" : "off",
	                         rand_r(&rng_state) % 2 ? uniform(0.05, 0.6) : 0.0);
}

/* Half the time a permute when the width (per position) is whole blocks */
static void maybe_permute(char *src, size_t n, size_t *len, int64_t width)
{
	if (width % 256 == 0 && rand_r(&rng_state) % 2)
		*len += (size_t)snprintf(src + *len, n - *len, " permute chunk=%d tau=%.3f;", 1 << (rand_r(&rng_state) % 8),
		                         uniform(0.3, 8));
}

/* The readout, the training section and, a third of the time, the chip's constraints:
 * quantized weights, hard permutations */
static void finish_network(char *src, size_t n, size_t len)
{
	len += (size_t)snprintf(src + len, n - len, "\n  dense %d;\n}\ntrain { }\n", 1 + rand_r(&rng_state) % 20);
	if (rand_r(&rng_state) % 3 == 0)
		snprintf(src + len, n - len, "chip { weight_bits %d; weight_range %.3f; permute %s; neuron_noise %s; }\n",
		         2 + rand_r(&rng_state) % 7, uniform(0.01, 0.2), rand_r(&rng_state) % 2 ? "hard" : "soft",
		         rand_r(&rng_state) % 2 ? "comparator" : "gain");
}

/* A random convolutional network: a small image, one or two convolutions, each with
 * or without a neuron and a pool (max or mean, strided or overlapping), flatten, then
 * dense layers */
static void random_conv_network(char *src, size_t n)
{
	int h = 3 + rand_r(&rng_state) % 7, w = 3 + rand_r(&rng_state) % 7, c = 1 + rand_r(&rng_state) % 3;
	size_t len = (size_t)snprintf(src, n, "network c {\n  input %dx%dx%d;", h, w, c);
	for (int layer = 1 + rand_r(&rng_state) % 2; layer > 0; layer--) {
		int k = 1 + rand_r(&rng_state) % 3, stride = 1 + rand_r(&rng_state) % 2, pad = rand_r(&rng_state) % k;
		if (h + 2 * pad < k || w + 2 * pad < k)
			k = 1;
		c = rand_r(&rng_state) % 4 ? 1 + rand_r(&rng_state) % 40 : 256;
		len += (size_t)snprintf(src + len, n - len, "\n  conv %dx%d channels=%d stride=%d pad=%d;", k, k, c, stride, pad);
		h = (h + 2 * pad - k) / stride + 1;
		w = (w + 2 * pad - k) / stride + 1;
		if (rand_r(&rng_state) % 4 != 0)
			add_binary(src, n, &len);
		maybe_permute(src, n, &len, c);
		if (h >= 2 && w >= 2 && rand_r(&rng_state) % 2) {
			int overlap = rand_r(&rng_state) % 2;
			len += (size_t)snprintf(src + len, n - len, " pool 2x2 op=%s stride=%s;",
			                        rand_r(&rng_state) % 2 ? "max" : "avg", overlap ? "1" : "window");
			h = overlap ? h - 1 : h / 2;
			w = overlap ? w - 1 : w / 2;
		}
	}
	len += (size_t)snprintf(src + len, n - len, " flatten;");
	if (rand_r(&rng_state) % 2) {
		len += (size_t)snprintf(src + len, n - len, "\n  dense %lld;", (long long)pick_size());
		add_binary(src, n, &len);
	}
	finish_network(src, n, len);
}

/* A random valid network over every stage kind, sizes 1..600, a third of them
 * convolutional, a third with the chip's constraints (finish_network) */
static void random_network(char *src, size_t n)
{
	if (rand_r(&rng_state) % 3 == 0) {
		random_conv_network(src, n);
		return;
	}
	int64_t width = pick_size();
	size_t len = (size_t)snprintf(src, n, "network r {\n  input %lld dropout=%.3f;", (long long)width,
	                              rand_r(&rng_state) % 3 ? 0.0 : uniform(0.05, 0.5));
	maybe_permute(src, n, &len, width);
	for (int h = rand_r(&rng_state) % 3; h > 0; h--) {
		width = pick_size();
		len += (size_t)snprintf(src + len, n - len, "\n  dense %lld;", (long long)width);
		if (rand_r(&rng_state) % 4 != 0)
			add_binary(src, n, &len);
		maybe_permute(src, n, &len, width);
	}
	finish_network(src, n, len);
}

/* Parameters scaled so activations stay of order one through a few layers. */
static void random_params(const Model *m, float *params)
{
	memset(params, 0, m->param_bytes);
	for (uint32_t p = 0; p < m->nparams; p++) {
		const ModelParam *q = &m->params[p];
		float *v = params + q->offset / 4;
		for (uint64_t i = 0; i < q->count; i++) {
			if (q->rank == 4)
				v[i] = (float)uniform(-1, 1) / sqrtf((float)(q->shape[1] * CORE_N) / 3.0f);
			else if (q->rank == 3)
				v[i] = (float)(1.0 / CORE_N + uniform(-0.004, 0.004));
			else if (q->rank == 1) /* learned thresholds: each its own */
				v[i] = q->value + (float)uniform(-0.2, 0.2);
			else if (q->init == INIT_NORM) /* gamma, beta, running mean, running variance */
				v[i] = (float)(i / q->shape[1] == 0 ? uniform(0.5, 1.5)
				               : i / q->shape[1] == 3 ? uniform(0.5, 2) : uniform(-0.3, 0.3));
			else
				v[i] = q->value;
		}
	}
}

/* max |a - b| <= tol * max |b| (+ a floor for all-zero tensors) */
static bool close_enough(const float *a, const double *b, uint64_t n, double tol, double *worst)
{
	double scale = 0, diff = 0;
	for (uint64_t i = 0; i < n; i++) {
		scale = fmax(scale, fabs(b[i]));
		diff = fmax(diff, fabs((double)a[i] - b[i]));
	}
	double rel = diff / fmax(scale, 1e-12);
	if (rel > *worst && scale > 1e-12)
		*worst = rel;
	return diff <= tol * scale + 1e-12;
}

typedef struct Case {
	Compiled c;
	Model m;
	Jit *jit;
	JitKernels k;
	int64_t batch;
	float *params, *gains, *acts, *dacts, *grads, *loss;
	int32_t *labels, *correct;
	double *racts, *rdacts, *rgrads;
	float *f; /* a buffer gathered over the batch (gather) */
	double *d;
} Case;

static bool case_open(Case *t, const char *src)
{
	memset(t, 0, sizeof *t);
	compile_string(&t->c, src);
	if (!t->c.sched)
		return false;
	flatten_model(t->c.sched, &t->m);
	char err[512];
	size_t size;
	void *bc = emitllvm_bitcode(&t->m, &size, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(bc);
	t->jit = jit_load(bc, size, model_fingerprint(&t->m), 2, &t->k, err, sizeof err);
	free(bc);
	if (!t->jit)
		printf("\n  jit: %s\n", err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t->jit);
	t->batch = 1 + rand_r(&rng_state) % 6;
	/* a norm over 2 examples makes both +-1 whatever its input: its input's gradient is 0
	 * but for epsilon, a difference of near-equal terms that float cannot compare with */
	for (uint32_t s = 0; s < t->m.nstages; s++)
		if (t->m.stages[s].kind == STAGE_NORM && t->batch < 3)
			t->batch += 2;
	uint64_t acts = (uint64_t)t->batch * t->m.act_stride;
	t->params = calloc(t->m.param_bytes / 4, sizeof(float));
	t->grads = calloc(t->m.param_bytes / 4, sizeof(float));
	t->gains = calloc((size_t)t->k.gain_floats + 1, sizeof(float));
	t->acts = calloc(acts, sizeof(float));
	t->dacts = calloc(acts, sizeof(float));
	t->loss = calloc((size_t)t->batch, sizeof(float));
	t->labels = calloc((size_t)t->batch, sizeof(int32_t));
	t->correct = calloc((size_t)t->batch, sizeof(int32_t));
	t->racts = calloc(acts, sizeof(double));
	t->rdacts = calloc(acts, sizeof(double));
	t->rgrads = calloc(t->m.param_bytes / 4, sizeof(double));
	t->f = calloc(acts + 1, sizeof(float));
	t->d = calloc(acts + 1, sizeof(double));
	random_params(&t->m, t->params);
	const ModelBuffer *in = &t->m.bufs[t->m.input];
	for (int64_t b = 0; b < t->batch; b++) {
		t->labels[b] = rand_r(&rng_state) % (int)t->m.logits;
		for (uint32_t k = 0; k < in->used; k++)
			t->acts[(uint64_t)b * t->m.act_stride + in->offset + k] = (float)uniform(0, 1);
	}
	for (uint64_t i = 0; i < acts; i++)
		t->racts[i] = t->acts[i];
	t->k.gains(t->params, t->gains, 0, t->k.gain_units, 7, 3, PREC_FP32);
	return true;
}

static void case_close(Case *t)
{
	jit_free(t->jit);
	free(t->params);
	free(t->grads);
	free(t->gains);
	free(t->acts);
	free(t->dacts);
	free(t->loss);
	free(t->labels);
	free(t->correct);
	free(t->racts);
	free(t->rdacts);
	free(t->rgrads);
	free(t->f);
	free(t->d);
	model_free(&t->m);
	compiled_free(&t->c);
}

/* The forward pass as trainer_forward runs it, each kernel call cut in two (examples,
 * or a norm's units): the stages up to each norm, the norm over the batch in training
 * (else on the gains kernel's running statistics, and no dropout), and so on. */
static void forward_all(Case *t, float *acts, uint64_t seed, uint64_t step, float sigma, Precision prec, bool train)
{
	int64_t half = t->batch / 2;
	uint32_t s0 = 0;
	for (uint32_t s = 0; s <= t->m.nstages; s++) {
		if (s < t->m.nstages && !(train && t->m.stages[s].kind == STAGE_NORM))
			continue;
		t->k.forward(t->params, t->gains, acts, 0, half, seed, step, 0, sigma, prec, train, s0, s);
		t->k.forward(t->params, t->gains, acts, half, t->batch, seed, step, 0, sigma, prec, train, s0, s);
		if (s == t->m.nstages)
			break;
		int64_t units = t->m.bufs[t->m.stages[s].out].width / JIT_NORM_UNIT;
		t->k.norm(t->params, t->gains, acts, t->dacts, t->grads, t->batch, s, units / 2, units);
		t->k.norm(t->params, t->gains, acts, t->dacts, t->grads, t->batch, s, 0, units / 2);
		s0 = s;
	}
}

/* The backward pass as trainer_backward runs it, after forward_all in training at
 * (seed, step) */
static void backward_all(Case *t, float *dacts, uint64_t seed, uint64_t step, Precision prec)
{
	uint32_t s1 = t->m.nstages;
	for (uint32_t s = t->m.nstages; s-- > 0;) {
		if (t->m.stages[s].kind != STAGE_NORM)
			continue;
		t->k.backward(t->params, t->gains, t->acts, dacts, 0, t->batch, prec, seed, step, 0, s + 1, s1);
		int64_t units = t->m.bufs[t->m.stages[s].out].width / JIT_NORM_UNIT;
		t->k.norm_backward(t->params, t->gains, t->acts, dacts, t->grads, t->batch, s, 0, units);
		s1 = s;
	}
	t->k.backward(t->params, t->gains, t->acts, dacts, 0, t->batch, prec, seed, step, 0, 0, s1);
}

/* Where row r (model.h: example r / positions, position r % positions) of buffer k
 * starts in an activation record of the whole batch */
static uint64_t row_at(const Model *m, int64_t r, uint32_t k)
{
	const ModelBuffer *x = &m->bufs[k];
	return (uint64_t)(r / x->positions) * m->act_stride + x->offset + (uint64_t)(r % x->positions) * x->width;
}

/* Whether every norm's running statistics (their values before the step in `before`)
 * moved as model.h says towards the batch's, computed from the reference's inputs */
static bool running_moved(Case *t, const float *before)
{
	bool ok = true;
	for (uint32_t s = 0; s < t->m.nstages; s++) {
		const ModelStage *st = &t->m.stages[s];
		if (st->kind != STAGE_NORM)
			continue;
		uint32_t w = t->m.bufs[st->out].width;
		size_t off = t->m.params[st->param].offset / 4;
		int64_t rows = t->batch * t->m.bufs[st->in].positions; /* over every position of every example */
		for (uint32_t k = 0; k < w; k++) {
			double mean = 0, var = 0, B = (double)rows;
			for (int64_t r = 0; r < rows; r++)
				mean += t->racts[row_at(&t->m, r, st->in) + k] / B;
			for (int64_t r = 0; r < rows; r++)
				var += pow(t->racts[row_at(&t->m, r, st->in) + k] - mean, 2) / B;
			if (rows > 1)
				var *= B / (B - 1);
			double m = MODEL_NORM_MOMENTUM, rm = before[off + 2 * w + k], rv = before[off + 3 * w + k];
			double want_m = rm + m * (mean - rm), want_v = rv + m * (var - rv);
			ok &= fabs(t->params[off + 2 * w + k] - want_m) <= 1e-4 * fmax(1, fabs(want_m));
			ok &= fabs(t->params[off + 3 * w + k] - want_v) <= 1e-4 * fmax(1, fabs(want_v));
		}
	}
	return ok;
}

/* sum over the batch's rows of |dout (x+ - x-)| a'(tau) of a soft permute stage: the
 * terms of its d tau */
static double tau_terms(const Case *t, const ModelStage *st)
{
	const Model *m = &t->m;
	const ModelPerm *pm = &m->perms[st->perm];
	double sum = 0;
	for (int64_t b = 0; b < t->batch * m->bufs[st->out].positions; b++) {
		const double *x = t->racts + row_at(m, b, st->in);
		const double *d = t->rdacts + row_at(m, b, st->out);
		for (uint32_t blk = 0; blk < st->bo; blk++)
			for (uint32_t r = 0; r < pm->slots; r++)
				for (uint32_t e = 0; e < pm->chunk; e++)
					sum += fabs(d[blk * CORE_N + r * pm->chunk + e]
					            * (x[blk * CORE_N + pm->plus[r] * pm->chunk + e] - x[blk * CORE_N + pm->minus[r] * pm->chunk + e]));
	}
	float tau = t->params[m->params[st->param].offset / 4];
	return sum * fabs(ref_permute_gain_grad(tau, pm->slots));
}

/* The scale to compare the gradient of parameter p with: the largest of the reference's
 * values, or the magnitude of the terms a float sums where they cancel. A norm makes
 * its neurons' outputs nearly independent of the scale of their inputs: of an
 * accumulate's gain g, whose dg = sum_b dz z / g then sums terms that cancel (max over
 * the neurons of sum_b |dz z / g|), and of a(tau) of a permute below it (tau_terms). */
static double grad_scale(const Case *t, uint32_t p)
{
	const Model *m = &t->m;
	const double *r = t->rgrads + m->params[p].offset / 4;
	double scale = 0;
	for (uint64_t i = 0; i < m->params[p].count; i++)
		scale = fmax(scale, fabs(r[i]));
	for (uint32_t s = 0; s + 1 < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		if (st->param == p && st->kind == STAGE_PERMUTE && !st->hard)
			scale = fmax(scale, tau_terms(t, st));
		if (st->param != p || st->kind != STAGE_ACCUMULATE || m->stages[s + 1].kind != STAGE_NORM)
			continue;
		const float *A = t->params + m->params[p].offset / 4;
		for (uint32_t u = 0; u < st->used; u++) {
			double g = 0, sum = 0;
			for (uint32_t k = 0; k < CORE_N; k++)
				g += A[((uint64_t)(u / CORE_N) * CORE_N + k) * CORE_N + u % CORE_N];
			for (int64_t b = 0; b < t->batch * m->bufs[st->out].positions; b++) {
				uint64_t at = row_at(m, b, st->out) + u;
				sum += fabs(t->rdacts[at] * t->racts[at] / g);
			}
			scale = fmax(scale, sum);
		}
	}
	return scale;
}

/* max |a - b| <= tol * scale of the gradient of parameter p (grad_scale) */
static bool grad_close(const Case *t, uint32_t p, double tol, double *worst)
{
	const ModelParam *q = &t->m.params[p];
	const float *a = t->grads + q->offset / 4;
	const double *b = t->rgrads + q->offset / 4;
	double scale = grad_scale(t, p), diff = 0;
	for (uint64_t i = 0; i < q->count; i++)
		diff = fmax(diff, fabs((double)a[i] - b[i]));
	if (scale > 1e-12 && diff / scale > *worst)
		*worst = diff / scale;
	return diff <= tol * scale + 1e-12;
}

/* A random network (its source into src) compiled and JIT-loaded, counted in *checked;
 * false, the failure recorded, if it does not compile. */
static bool random_case(Case *t, char *src, size_t n, int *checked)
{
	random_network(src, n);
	if (case_open(t, src)) {
		++*checked;
		return true;
	}
	printf("\n  did not compile:\n%s\n%s", src, t->c.messages);
	CU_FAIL("a generated network did not compile");
	compiled_free(&t->c);
	return false;
}

/* A buffer of every example, gathered into t->f (the JIT's floats) and t->d (the
 * reference's doubles); returns the count. */
static uint64_t gather(Case *t, uint32_t buf, const float *acts, const double *racts)
{
	const ModelBuffer *bb = &t->m.bufs[buf];
	uint64_t n = 0;
	for (int64_t b = 0; b < t->batch; b++)
		for (uint32_t k = 0; k < model_buf_floats(bb); k++, n++) {
			t->f[n] = acts[(uint64_t)b * t->m.act_stride + bb->offset + k];
			t->d[n] = racts[(uint64_t)b * t->m.act_stride + bb->offset + k];
		}
	return n;
}

static void test_kernels_match_reference(void)
{
	double worst_fwd = 0, worst_grad = 0;
	int checked = 0;
	for (int net = 0; net < NETWORKS; net++) {
		char src[2048];
		Case t;
		if (!random_case(&t, src, sizeof src, &checked))
			continue;
		const Model *m = &t.m;
		bool ok = true;

		/* evaluation: every norm on its running statistics */
		float *acts0 = malloc((size_t)t.batch * m->act_stride * sizeof *acts0);
		memcpy(acts0, t.acts, (size_t)t.batch * m->act_stride * sizeof *acts0);
		forward_all(&t, t.acts, 7, 3, 0.0f, PREC_FP32, false);
		ref_forward(m, t.params, t.racts, t.batch, 7, 3, false, PREC_FP32, false);
		for (uint32_t b = 0; b < m->nbufs; b++)
			if (!close_enough(t.f, t.d, gather(&t, b, t.acts, t.racts), 1e-4, &worst_fwd)) {
				printf("\n  evaluation: buffer %u differs\n%s", b, src);
				ok = false;
			}
		memcpy(t.acts, acts0, (size_t)t.batch * m->act_stride * sizeof *acts0);
		free(acts0);

		/* training's forward, noise off, in two slices; the running statistics move */
		float *before = malloc(m->param_bytes);
		memcpy(before, t.params, m->param_bytes);
		forward_all(&t, t.acts, 7, 3, 0.0f, PREC_FP32, true);
		ref_forward(m, before, t.racts, t.batch, 7, 3, false, PREC_FP32, true);
		if (!running_moved(&t, before)) {
			printf("\n  running statistics differ\n%s", src);
			ok = false;
		}
		memcpy(t.params, before, m->param_bytes); /* the reference's parameters */
		free(before);
		for (uint32_t b = 0; b < m->nbufs; b++) {
			uint64_t n = gather(&t, b, t.acts, t.racts);
			if (!close_enough(t.f, t.d, n, 1e-4, &worst_fwd)) {
				printf("\n  forward: buffer %u differs\n%s", b, src);
				ok = false;
			}
		}

		/* loss and dL/dlogits */
		float smoothing = net % 2 ? 0.1f : 0.0f; /* label smoothing on every other network */
		t.k.loss(t.acts, t.dacts, t.labels, 0, t.batch, t.batch, t.loss, t.correct, smoothing);
		int64_t rcorrect = 0, jcorrect = 0;
		double rloss = ref_loss(m, t.racts, t.labels, t.batch, smoothing, t.rdacts, &rcorrect), jloss = 0;
		for (int64_t b = 0; b < t.batch; b++) {
			jloss += t.loss[b] / (double)t.batch;
			jcorrect += t.correct[b];
		}
		CU_ASSERT(fabs(jloss - rloss) <= 1e-4 * fmax(1, fabs(rloss)));
		CU_ASSERT_EQUAL(jcorrect, rcorrect);

		/* backward: every delta but the input's, and every parameter gradient */
		backward_all(&t, t.dacts, 7, 3, PREC_FP32);
		int64_t units = t.k.grad_units, cut = units / 3;
		t.k.grads(t.params, t.gains, t.acts, t.dacts, t.grads, t.batch, cut, units);
		t.k.grads(t.params, t.gains, t.acts, t.dacts, t.grads, t.batch, 0, cut);
		ref_backward(m, t.params, t.racts, t.rdacts, t.batch, t.rgrads, PREC_FP32, 7, 3);
		for (uint32_t b = 0; b < m->nbufs; b++) {
			if (!model_wants_delta(m, b))
				continue;
			uint64_t n = gather(&t, b, t.dacts, t.rdacts);
			if (!close_enough(t.f, t.d, n, 1e-4, &worst_grad)) {
				printf("\n  backward: delta of buffer %u differs\n%s", b, src);
				ok = false;
			}
		}
		for (uint32_t p = 0; p < m->nparams; p++) {
			const ModelParam *q = &m->params[p];
			/* a tau's gradient is one float sum of batch x width terms that largely cancel
			 * (relative errors up to 2e-4 seen), against the reference's double sum */
			if (!grad_close(&t, p, q->rank == 0 ? 1e-3 : 1e-4, &worst_grad)) {
				printf("\n  gradient of %s differs\n%s", q->name, src);
				ok = false;
			}
		}

		/* noise on: the same stream gives the same spikes, except at a float's distance
		 * from the threshold; the gains again, as evaluation computes them (a norm's factor
		 * from the running statistics, which the noise at the comparator reads too) */
		t.k.gains(t.params, t.gains, 0, t.k.gain_units, 7, 3, PREC_FP32);
		forward_all(&t, t.acts, 99, 12, -1.0f, PREC_FP32, false); /* no dropout: the spikes themselves */
		for (uint64_t i = 0; i < (uint64_t)t.batch * m->act_stride; i++)
			t.racts[i] = t.acts[i];
		for (uint32_t s = 0; s < m->nstages; s++) {
			const ModelStage *st = &m->stages[s];
			if (st->kind != STAGE_BINARY)
				continue;
			/* the reference's binary on the JIT's own input, to compare only this stage */
			const float *T = st->param == MODEL_NONE ? NULL : t.params + m->params[st->param].offset / 4;
			double *sigma = ref_noise_sigmas(m, s, t.params, NULL, 0, false);
			const ModelBuffer *out = &m->bufs[st->out];
			for (int64_t r = 0; r < t.batch * out->positions; r++) { /* rows: example r / P, position r % P */
				uint64_t row = rng_row(99, 12, s, (uint64_t)r);
				const float *rec = t.acts + (uint64_t)(r / out->positions) * m->act_stride
				                   + (uint64_t)(r % out->positions) * out->width;
				for (uint32_t k = 0; k < out->used; k++) {
					double x = (double)rec[m->bufs[st->in].offset + k]
					           + (sigma ? sigma[k] : (double)st->noise) * rng_normal(row, k);
					double theta = T ? T[k] : st->threshold;
					float want = x >= theta ? 1.0f : 0.0f;
					if (rec[out->offset + k] != want && fabs(x - theta) > 1e-5) {
						printf("\n  noisy spike %u of stage %u, row %lld differs\n%s", k, s, (long long)r, src);
						ok = false;
					}
				}
			}
			free(sigma);
		}
		CU_ASSERT_TRUE(ok);
		case_close(&t);
	}
	CU_ASSERT(checked >= 50);
	printf("\n  %d networks; worst relative difference: forward %.2g, gradients %.2g\n", checked, worst_fwd, worst_grad);
}

/* Slices of a batch and of the gradient units give bit-identical results, in either
 * precision (a norm on its running statistics, as in evaluation: one call), on a dense
 * network and on a convolutional one whose weight gradients sum rows in several chunks
 * (81 positions per example) and whose 40 channels end in a partial tile of units. */
static void splits_are_exact(const char *src)
{
	for (Precision prec = PREC_FP32; prec < PREC__COUNT; prec++) {
		Case t;
		CU_ASSERT_TRUE_FATAL(case_open(&t, src));
		uint64_t n = (uint64_t)t.batch * t.m.act_stride, pf = t.m.param_bytes / 4;
		float *acts2 = malloc(n * sizeof *acts2), *dacts2 = malloc(n * sizeof *dacts2);
		float *grads2 = malloc(pf * sizeof *grads2), *gains2 = calloc((size_t)t.k.gain_floats + 1, sizeof *gains2);
		t.k.gains(t.params, t.gains, 0, t.k.gain_units, 7, 3, prec);
		for (int64_t u = t.k.gain_units; u-- > 0;)
			t.k.gains(t.params, gains2, u, u + 1, 7, 3, prec);
		CU_ASSERT(memcmp(t.gains, gains2, (size_t)t.k.gain_floats * sizeof *gains2) == 0);
		memcpy(acts2, t.acts, n * sizeof *acts2);
		t.k.forward(t.params, t.gains, t.acts, 0, t.batch, 5, 1, 0, -1.0f, prec, 0, 0, t.m.nstages);
		for (int64_t b = 0; b < t.batch; b++)
			t.k.forward(t.params, t.gains, acts2, b, b + 1, 5, 1, 0, -1.0f, prec, 0, 0, t.m.nstages);
		CU_ASSERT(memcmp(t.acts, acts2, n * sizeof *acts2) == 0);
		t.k.loss(t.acts, t.dacts, t.labels, 0, t.batch, t.batch, t.loss, t.correct, 0.0f);
		memcpy(dacts2, t.dacts, n * sizeof *dacts2);
		t.k.backward(t.params, t.gains, t.acts, t.dacts, 0, t.batch, prec, 5, 1, 0, 0, t.m.nstages);
		for (int64_t b = t.batch; b-- > 0;)
			t.k.backward(t.params, t.gains, t.acts, dacts2, b, b + 1, prec, 5, 1, 0, 0, t.m.nstages);
		CU_ASSERT(memcmp(t.dacts, dacts2, n * sizeof *dacts2) == 0);
		memset(grads2, 0, pf * sizeof *grads2);
		t.k.grads(t.params, t.gains, t.acts, t.dacts, t.grads, t.batch, 0, t.k.grad_units);
		for (int64_t u = t.k.grad_units; u-- > 0;)
			t.k.grads(t.params, t.gains, t.acts, t.dacts, grads2, t.batch, u, u + 1);
		CU_ASSERT(memcmp(t.grads, grads2, pf * sizeof *grads2) == 0);
		free(acts2);
		free(dacts2);
		free(grads2);
		free(gains2);
		case_close(&t);
	}
}

static void test_splits_are_exact(void)
{
	splits_are_exact("network s { input 300; dense 512; binary batchnorm=on; permute; dense 256; binary; dense 10; }\n"
	                 "train { }\n");
	splits_are_exact("network c { input 9x9x2; conv 3x3 channels=40 pad=1; binary batchnorm=on; pool 2x2; flatten;"
	                 " dense 30; binary; dense 10; }\ntrain { }\n");
}

/* A quantized tile's partial sums over integer inputs are the chip's: its scale times
 * the exact integer sum of codes times inputs, to the bit, in either precision (codes
 * of 6 bits and inputs -1, 0, 1 are bf16 values). Summing code * scale products
 * instead would round each one and break ties with a threshold differently. With an
 * ADC and read noise, those sums (of pixel codes: the stage reads the input) read as
 * adc_read reads them, the noise drawn from the tiles stage's stream (seed 5,
 * step 1), to the bit. */
static void test_quantized_sums_are_exact(void)
{
	static const char *const chips[] = {"chip { weight_bits 6; weight_range 0.05; }\n",
	                                    "chip { weight_bits 6; weight_range 0.05; adc_bits 5; adc_range 0.1; "
	                                    "read_noise 0.05; }\n"};
	for (int c = 0; c < 4; c++) {
		int read = c / 2;
		Precision prec = c % 2 ? PREC_BF16 : PREC_FP32;
		Case t;
		char src[256];
		snprintf(src, sizeof src, "network q { input 512; dense 512; binary; dense 10; }\ntrain { }\n%s", chips[read]);
		CU_ASSERT_TRUE_FATAL(case_open(&t, src));
		const ModelStage *st = &t.m.stages[1];
		CU_ASSERT_FATAL(st->kind == STAGE_TILES && st->levels == 31 && st->in == t.m.input);
		CU_ASSERT_FATAL(st->adc_levels == (read ? 15u : 0u));
		const ModelBuffer *in = &t.m.bufs[st->in], *out = &t.m.bufs[st->out];
		for (int64_t b = 0; b < t.batch; b++)
			for (uint32_t l = 0; l < in->width; l++)
				t.acts[(uint64_t)b * t.m.act_stride + in->offset + l] = (float)(rand_r(&rng_state) % 3) - 1.0f;
		t.k.gains(t.params, t.gains, 0, t.k.gain_units, 7, 3, prec);
		t.k.forward(t.params, t.gains, t.acts, 0, t.batch, 5, 1, 0, -1.0f, prec, 0, 0, t.m.nstages);
		const float *W = t.params + t.m.params[st->param].offset / 4;
		uint64_t wrong = 0, nonzero = 0, noisy = 0;
		for (uint32_t tile = 0; tile < st->bo * st->bi; tile++) {
			const float *w = W + (uint64_t)tile * CORE_N * CORE_N;
			float scale = model_tile_scale(w, (size_t)CORE_N * CORE_N, st->range, st->levels);
			uint32_t j = tile % st->bi;
			for (int64_t b = 0; b < t.batch; b++) {
				const float *x = t.acts + (uint64_t)b * t.m.act_stride + in->offset + j * CORE_N;
				const float *y = t.acts + (uint64_t)b * t.m.act_stride + out->offset + tile * CORE_N;
				for (uint32_t k = 0; k < CORE_N; k++) {
					int64_t sum = 0;
					for (uint32_t l = 0; l < CORE_N; l++)
						sum += (int64_t)model_code(w[k * CORE_N + l], scale, st->levels) * (int64_t)x[l];
					float want = scale * (float)sum;
					if (read) { /* over the input: pixel codes -255, 0, 255 (model_reads_pixels) */
						uint64_t row = rng_row(5, 1, 1, (uint64_t)b);
						float noise = st->read_noise * st->adc_range * rng_normal(row, tile * CORE_N + k);
						float p = (float)(sum * 255) * (1.0f / MODEL_PIXEL_LEVELS);
						want = adc_read(p, noise, scale, st->adc_range, st->adc_levels);
						noisy += want != adc_read(p, 0.0f, scale, st->adc_range, st->adc_levels);
					}
					wrong += memcmp(&want, &y[k], sizeof want) != 0;
					nonzero += sum != 0;
				}
			}
		}
		CU_ASSERT_EQUAL(wrong, 0);
		CU_ASSERT(nonzero > 0);
		CU_ASSERT(read ? noisy > 0 : noisy == 0); /* the read noise moved some codes */
		case_close(&t);
	}
}

/* A random network of quantized weights and hard permutations under a chip section
 * with the settings `chip` besides (an ADC, programmed cells), over inputs that are
 * multiples of 1/64, so that with integer codes every crossbar sum is exact in float
 * and the kernels and the reference read the same ADC codes; the neurons noiseless,
 * so that the chip's settings make the only draws. */
static void chip_network(char *src, size_t n, const char *chip)
{
	size_t len = (size_t)snprintf(src, n, "network r {\n  input %lld;", (long long)pick_size());
	for (int h = 1 + rand_r(&rng_state) % 2; h > 0; h--) {
		int64_t width = pick_size();
		len += (size_t)snprintf(src + len, n - len, "\n  dense %lld; binary threshold=%.4f noise=0 batchnorm=%s;",
		                        (long long)width, uniform(-0.3, 0.3), rand_r(&rng_state) % 2 ? "on" : "off");
		if (width % 256 == 0 && rand_r(&rng_state) % 2)
			len += (size_t)snprintf(src + len, n - len, " permute chunk=%d;", 1 << (rand_r(&rng_state) % 8));
	}
	snprintf(src + len, n - len,
	         "\n  dense %d;\n}\ntrain { }\nchip { weight_bits %d; weight_range %.3f; permute hard; %s }\n",
	         1 + rand_r(&rng_state) % 20, 2 + rand_r(&rng_state) % 7, uniform(0.01, 0.2), chip);
}

/* The kernels read the sums as the reference executor does, with the noise off and on
 * (the same counter-keyed draws), on random networks with an ADC */
static void test_read_path_matches_reference(void)
{
	double worst = 0;
	int noisy = 0;
	for (int net = 0; net < NETWORKS / 3; net++) {
		char src[1024];
		Case t;
		char adc[128];
		snprintf(adc, sizeof adc, "adc_bits %d; adc_range %.3f; read_noise %.3f;", 2 + rand_r(&rng_state) % 9,
		         uniform(0.01, 0.5), rand_r(&rng_state) % 3 ? uniform(0.01, 0.1) : 0.0);
		chip_network(src, sizeof src, adc);
		CU_ASSERT_TRUE_FATAL(case_open(&t, src));
		const Model *m = &t.m;
		const ModelBuffer *in = &m->bufs[m->input];
		for (int64_t b = 0; b < t.batch; b++)
			for (uint32_t k = 0; k < in->used; k++)
				t.acts[(uint64_t)b * m->act_stride + in->offset + k] = (float)(rand_r(&rng_state) % 65) / 64.0f;
		uint64_t total = (uint64_t)t.batch * m->act_stride;
		float *quiet = malloc(total * sizeof *quiet);
		for (int noise = 0; noise < 2; noise++) {
			float *acts = noise ? t.acts : quiet;
			if (!noise)
				memcpy(quiet, t.acts, total * sizeof *quiet);
			for (uint64_t i = 0; i < total; i++)
				t.racts[i] = acts[i];
			forward_all(&t, acts, 11, 4, noise ? -1.0f : 0.0f, PREC_FP32, false);
			ref_forward(m, t.params, t.racts, t.batch, 11, 4, noise, PREC_FP32, false);
			for (uint32_t b = 0; b < m->nbufs; b++)
				if (!close_enough(t.f, t.d, gather(&t, b, acts, t.racts), 1e-4, &worst)) {
					printf("\n  noise %s: buffer %u differs\n%s", noise ? "on" : "off", b, src);
					CU_FAIL("the kernels read the sums otherwise than the reference");
				}
		}
		/* the noise moved the first layer's codes only where there is read noise */
		const ModelBuffer *y = &m->bufs[m->stages[1].out];
		bool moved = false;
		for (int64_t b = 0; b < t.batch; b++) {
			uint64_t at = (uint64_t)b * m->act_stride + y->offset;
			moved |= memcmp(quiet + at, t.acts + at, y->width * sizeof *quiet) != 0;
		}
		CU_ASSERT(!moved || m->stages[1].read_noise > 0);
		noisy += moved;
		free(quiet);
		case_close(&t);
	}
	CU_ASSERT(noisy > 0);
	printf("\n  %d networks, %d with read noise; worst relative difference %.2g\n", NETWORKS / 3, noisy, worst);
}

/* The kernels program the cells of a chip instance as the reference executor does
 * (cell.h, counter-keyed draws) on random networks with programming noise and stuck
 * cells: the same buffers forward for instance (11, 4); another instance computes
 * something else. Without an ADC: with real codes the sums are no longer exact, and an
 * ADC's rounding would turn float's and double's last bits into whole steps. */
static void test_programmed_cells_match_reference(void)
{
	double worst = 0;
	for (int net = 0; net < NETWORKS / 4; net++) {
		char src[1024], cells[160];
		Case t;
		snprintf(cells, sizeof cells, " program_noise %.3f; stuck_low %.4f; stuck_high %.4f;", uniform(0, 0.2),
		         net % 2 ? uniform(0, 0.05) : 0.0, net % 3 ? uniform(0, 0.05) : 0.0);
		chip_network(src, sizeof src, cells);
		CU_ASSERT_TRUE_FATAL(case_open(&t, src));
		const Model *m = &t.m;
		CU_ASSERT_FATAL(model_programmed(m) == (m->stages[1].program_noise > 0 || m->stages[1].stuck_low > 0
		                                      || m->stages[1].stuck_high > 0));
		const ModelBuffer *in = &m->bufs[m->input], *y = &m->bufs[m->stages[1].out];
		for (int64_t b = 0; b < t.batch; b++)
			for (uint32_t k = 0; k < in->used; k++)
				t.acts[(uint64_t)b * m->act_stride + in->offset + k] = (float)(rand_r(&rng_state) % 65) / 64.0f;
		uint64_t total = (uint64_t)t.batch * m->act_stride;
		float *other = malloc(total * sizeof *other);
		memcpy(other, t.acts, total * sizeof *other);
		for (uint64_t i = 0; i < total; i++)
			t.racts[i] = t.acts[i];
		t.k.gains(t.params, t.gains, 0, t.k.gain_units, 11, 4, PREC_FP32);
		forward_all(&t, t.acts, 11, 4, -1.0f, PREC_FP32, false);
		ref_forward(m, t.params, t.racts, t.batch, 11, 4, true, PREC_FP32, false);
		for (uint32_t b = 0; b < m->nbufs; b++)
			if (!close_enough(t.f, t.d, gather(&t, b, t.acts, t.racts), 1e-4, &worst)) {
				printf("\n  buffer %u differs\n%s", b, src);
				CU_FAIL("the kernels program the cells otherwise than the reference");
			}
		t.k.gains(t.params, t.gains, 0, t.k.gain_units, 11, 5, PREC_FP32);
		forward_all(&t, other, 11, 4, -1.0f, PREC_FP32, false);
		bool moved = false;
		for (int64_t b = 0; b < t.batch; b++) {
			uint64_t at = (uint64_t)b * m->act_stride + y->offset;
			moved |= memcmp(other + at, t.acts + at, y->width * sizeof *other) != 0;
		}
		CU_ASSERT(moved == model_programmed(m));
		free(other);
		case_close(&t);
	}
	printf("\n  %d networks; worst relative difference %.2g\n", NETWORKS / 4, worst);
}

/* Random read and programming settings: an ADC or read noise always (a read path),
 * the rest sometimes 0 */
static void chip_settings(char *out, size_t n, double adc_range)
{
	int adc = rand_r(&rng_state) % 3 ? 2 + rand_r(&rng_state) % 9 : 0;
	char bits[16] = "";
	if (adc)
		snprintf(bits, sizeof bits, "adc_bits %d;", adc);
	snprintf(out, n, "%s adc_range %.3f; read_noise %.3f; program_noise %.3f; stuck_low %.4f; stuck_high %.4f;", bits,
	         adc_range, adc && rand_r(&rng_state) % 2 ? 0.0 : uniform(0.01, 0.1),
	         rand_r(&rng_state) % 2 ? uniform(0, 0.2) : 0.0, rand_r(&rng_state) % 2 ? uniform(0, 0.05) : 0.0,
	         rand_r(&rng_state) % 2 ? uniform(0, 0.05) : 0.0);
}

/* --sweep's premise: kernels compiled with settings a, their knobs and model set to
 * settings b (sweep_set_model), compute what kernels compiled with b compute, to the
 * bit, forward with every noise on, on the same weights, inputs and chip instance */
static void test_swept_knobs_are_a_compilation(void)
{
	int changed = 0;
	for (int net = 0; net < NETWORKS / 4; net++) {
		char net_src[1024], src[2][1024], set[2][256];
		chip_network(net_src, sizeof net_src, "@");
		/* ranges of 3 decimals: the source's text reads as the same double */
		double range[2] = {rint(uniform(10, 500)) / 1000, rint(uniform(10, 500)) / 1000};
		range[1] = rand_r(&rng_state) % 2 ? range[1] : range[0];
		for (int v = 0; v < 2; v++) {
			chip_settings(set[v], sizeof set[v], range[v]);
			char *at = strchr(net_src, '@');
			snprintf(src[v], sizeof src[v], "%.*s%s%s", (int)(at - net_src), net_src, set[v], at + 1);
		}
		Case t[2];
		unsigned state = rng_state; /* the same batch, weights and inputs for both */
		CU_ASSERT_TRUE_FATAL(case_open(&t[0], src[0]));
		rng_state = state;
		CU_ASSERT_TRUE_FATAL(case_open(&t[1], src[1]));
		uint64_t total = (uint64_t)t[0].batch * t[0].m.act_stride;
		for (int c = 0; c < 2; c++) {
			t[c].k.gains(t[c].params, t[c].gains, 0, t[c].k.gain_units, 11, 4, PREC_FP32);
			forward_all(&t[c], t[c].acts, 11, 4, -1.0f, PREC_FP32, false);
		}
		changed += memcmp(t[0].acts, t[1].acts, total * sizeof *t[0].acts) != 0; /* before the sweep */
		const ModelStage *b = &t[1].m.stages[1];
		const struct {
			SweepSetting what;
			double v;
		} to[] = {{SWEEP_ADC_RANGE, range[1]},             {SWEEP_READ_NOISE, b->read_noise}, {SWEEP_ADC_BITS, 0},
		          {SWEEP_PROGRAM_NOISE, b->program_noise}, {SWEEP_STUCK_LOW, b->stuck_low},
		          {SWEEP_STUCK_HIGH, b->stuck_high}};
		for (size_t k = 0; k < sizeof to / sizeof to[0]; k++) {
			char err[256];
			double v = to[k].what == SWEEP_ADC_BITS ? (b->adc_levels ? log2(b->adc_levels + 1.0) + 1 : 0) : to[k].v;
			CU_ASSERT_TRUE(sweep_set_model(&t[0].m, t[0].k.knobs, to[k].what, v, err, sizeof err));
		}
		CU_ASSERT_EQUAL(model_fingerprint(&t[0].m), model_fingerprint(&t[1].m));
		t[0].k.gains(t[0].params, t[0].gains, 0, t[0].k.gain_units, 11, 4, PREC_FP32);
		forward_all(&t[0], t[0].acts, 11, 4, -1.0f, PREC_FP32, false);
		if (memcmp(t[0].acts, t[1].acts, total * sizeof *t[0].acts)) {
			printf("\n  compiled with %s\n  swept to %s\n%s", set[0], set[1], net_src);
			CU_FAIL("swept knobs compute otherwise than a compilation with their settings");
		}
		case_close(&t[0]);
		case_close(&t[1]);
	}
	CU_ASSERT(changed > NETWORKS / 8); /* the settings changed what most networks compute */
	printf("\n  %d networks, %d of them computing otherwise before the sweep\n", NETWORKS / 4, changed);
}

/* Whether every value of buffer buf of every example is a bf16 value (model_bf16 keeps it) */
static bool all_bf16(const Case *t, const float *acts, uint32_t buf)
{
	const ModelBuffer *bb = &t->m.bufs[buf];
	for (int64_t b = 0; b < t->batch; b++)
		for (uint32_t k = 0; k < model_buf_floats(bb); k++) {
			float v = acts[(uint64_t)b * t->m.act_stride + bb->offset + k];
			if (model_bf16(v) != v)
				return false;
		}
	return true;
}

/* Whether a tiles stage reads buffer buf and rounds it to bf16 */
static bool tiles_round(const Model *m, uint32_t buf)
{
	for (uint32_t s = 0; s < m->nstages; s++)
		if (m->stages[s].kind == STAGE_TILES && m->stages[s].in == buf)
			return model_rounds_input(m, buf);
	return false;
}

/* bf16 products: the kernels against the reference in bf16 (the same operands rounded
 * the same way), the forward pass as closely as in fp32 while the values rounded are
 * the same in both (the input, spikes); the deltas and gradients, and the forward pass
 * after a layer's rounded input was computed (dense after dense), within 2^-7 of the
 * largest: a float and the reference's double may round to neighbouring bf16 values,
 * 2^-8 apart, and a product's error is at most that of its largest term. Every value the kernels round (a tiles stage's input, an accumulate's
 * output delta) is left a bf16 value, and the result is not the fp32 one. */
static void test_bf16_matches_reference(void)
{
	double worst_fwd = 0, worst_grad = 0, off_fp32 = 0;
	int checked = 0;
	for (int net = 0; net < NETWORKS / 3; net++) {
		char src[2048];
		Case t;
		if (!random_case(&t, src, sizeof src, &checked))
			continue;
		const Model *m = &t.m;
		size_t acts = (size_t)t.batch * m->act_stride;
		double *fp32 = malloc(acts * sizeof *fp32);
		memcpy(fp32, t.racts, acts * sizeof *fp32);
		ref_forward(m, t.params, fp32, t.batch, 7, 3, false, PREC_FP32, true);
		bool ok = true;
		t.k.gains(t.params, t.gains, 0, t.k.gain_units, 7, 3, PREC_BF16);
		float *before = malloc(m->param_bytes);
		memcpy(before, t.params, m->param_bytes);
		forward_all(&t, t.acts, 7, 3, 0.0f, PREC_BF16, true);
		memcpy(t.params, before, m->param_bytes); /* the running statistics as the reference had them */
		free(before);
		ref_forward(m, t.params, t.racts, t.batch, 7, 3, false, PREC_BF16, true);
		/* the forward pass as in fp32 until a value the two computed is rounded for a
		 * tiles stage (not the input, unless dropout scaled it in float and in double):
		 * they may round it to neighbouring bf16 values, as deltas; the buffer holds the
		 * rounded values from the stage that writes it */
		double tol = 1e-4;
		for (uint32_t s = 0; s < m->nstages; s++) {
			const ModelStage *st = &m->stages[s];
			if (tiles_round(m, st->out) && (st->out != m->input || m->stages[0].dropout > 0))
				tol = 1.0 / 128;
			uint64_t n = gather(&t, st->out, t.acts, t.racts);
			ok &= close_enough(t.f, t.d, n, tol, &worst_fwd);
			gather(&t, st->out, t.acts, fp32);
			close_enough(t.f, t.d, n, 0, &off_fp32);
		}
		t.k.loss(t.acts, t.dacts, t.labels, 0, t.batch, t.batch, t.loss, t.correct, 0.0f);
		ref_loss(m, t.racts, t.labels, t.batch, 0, t.rdacts, NULL);
		backward_all(&t, t.dacts, 7, 3, PREC_BF16);
		t.k.grads(t.params, t.gains, t.acts, t.dacts, t.grads, t.batch, 0, t.k.grad_units);
		ref_backward(m, t.params, t.racts, t.rdacts, t.batch, t.rgrads, PREC_BF16, 7, 3);
		for (uint32_t b = 0; b < m->nbufs; b++)
			if (model_wants_delta(m, b))
				ok &= close_enough(t.f, t.d, gather(&t, b, t.dacts, t.rdacts), 1.0 / 128, &worst_grad);
		for (uint32_t p = 0; p < m->nparams; p++)
			ok &= grad_close(&t, p, 1.0 / 128, &worst_grad);
		for (uint32_t s = 0; s < m->nstages; s++) {
			const ModelStage *st = &m->stages[s];
			if (st->kind == STAGE_TILES)
				ok &= all_bf16(&t, t.acts, st->in);
			if (st->kind == STAGE_ACCUMULATE)
				ok &= all_bf16(&t, t.dacts, st->out);
		}
		if (!ok)
			printf("\n  bf16 differs from the reference\n%s", src);
		CU_ASSERT_TRUE(ok);
		free(fp32);
		case_close(&t);
	}
	CU_ASSERT(checked >= NETWORKS / 3 - 2);
	CU_ASSERT(off_fp32 > 1e-3); /* the rounding happened */
	printf("\n  %d networks; worst relative difference: forward %.2g, gradients %.2g; from fp32 %.2g\n", checked,
	       worst_fwd, worst_grad, off_fp32);
}

/* trainer_lr at a step and epoch of a run of 4 epochs of 10 steps from lr 0.1 */
static double lr_at(uint32_t schedule, uint32_t warmup, uint64_t step)
{
	Trainer t = {.set = {.epochs = 4, .schedule = schedule, .every = 2, .warmup = warmup, .lr = 0.1f, .min_lr = 0.01f,
	                     .gamma = 0.5f},
	             .step = step,
	             .epoch = (uint32_t)(step / 10)};
	return trainer_lr(&t, 10);
}

/* Each schedule at a few steps, and a warm-up of one epoch on top of it: (step + 1)/10
 * of the schedule's rate during the first 10 steps, then the schedule alone */
static void test_schedules(void)
{
	const double tol = 1e-7;
	CU_ASSERT_DOUBLE_EQUAL(lr_at(LR_CONSTANT, 0, 0), 0.1, tol);
	CU_ASSERT_DOUBLE_EQUAL(lr_at(LR_CONSTANT, 0, 39), 0.1, tol);
	CU_ASSERT_DOUBLE_EQUAL(lr_at(LR_COSINE, 0, 0), 0.1, tol);
	CU_ASSERT_DOUBLE_EQUAL(lr_at(LR_COSINE, 0, 20), 0.055, tol); /* halfway: the middle of lr and min_lr */
	CU_ASSERT_DOUBLE_EQUAL(lr_at(LR_STEP, 0, 19), 0.1, tol);
	CU_ASSERT_DOUBLE_EQUAL(lr_at(LR_STEP, 0, 20), 0.05, tol); /* every 2 epochs, gamma 0.5 */
	for (uint32_t s = LR_CONSTANT; s < LR__COUNT; s++)
		for (uint64_t step = 0; step < 40; step++) {
			double warm = lr_at(s, 1, step), plain = lr_at(s, 0, step);
			CU_ASSERT_DOUBLE_EQUAL(warm, step < 10 ? plain * (double)(step + 1) / 10 : plain, tol);
		}
	CU_ASSERT_DOUBLE_EQUAL(lr_at(LR_CONSTANT, 2, 4), 0.1 * 5 / 20, tol); /* two epochs: 20 steps */
}

/* Adam, and AdamW's decay on the dense layers' weights and gains only: element by
 * element against the formulas in double, over a block cut in two ranges; the padding
 * between parameters is left as it was */
static void test_adam(void)
{
	Case t;
	CU_ASSERT_TRUE_FATAL(case_open(&t, "network a { input 256; permute; dense 10; binary learn_threshold=on; dense 3; }\n"
	                                   "train { }\n"));
	const Model *m = &t.m;
	size_t E = m->param_bytes / 4;
	float *p = malloc(E * sizeof *p), *g = malloc(E * sizeof *g), *mm = calloc(E, sizeof *mm), *v = calloc(E, sizeof *v);
	double *rp = malloc(E * sizeof *rp), *rm = calloc(E, sizeof *rm), *rv = calloc(E, sizeof *rv), *decay = calloc(E, sizeof *decay);
	bool *in_param = calloc(E, sizeof *in_param);
	int decayed = 0, kept = 0;
	for (uint32_t q = 0; q < m->nparams; q++) {
		for (uint64_t i = 0; i < m->params[q].count; i++) {
			in_param[m->params[q].offset / 4 + i] = true;
			decay[m->params[q].offset / 4 + i] = model_decays(m, q) ? 0.05 : 0.0;
		}
		decayed += model_decays(m, q);
		kept += !model_decays(m, q);
	}
	CU_ASSERT(decayed == 4 && kept == 2); /* W and A of two denses; the tau and the thresholds */
	for (size_t i = 0; i < E; i++)
		rp[i] = p[i] = (float)uniform(-1, 1);
	for (int step = 1; step <= 3; step++) {
		for (size_t i = 0; i < E; i++)
			g[i] = (float)uniform(-0.1, 0.1);
		double bc1 = 1 - pow(0.9, step), bc2 = 1 - pow(0.999, step);
		int64_t cut = (int64_t)E / 3;
		t.k.adam(p, g, mm, v, 0.01f, 0.9f, 0.999f, 1e-8f, (float)bc1, (float)bc2, cut, (int64_t)E, 0.05f);
		t.k.adam(p, g, mm, v, 0.01f, 0.9f, 0.999f, 1e-8f, (float)bc1, (float)bc2, 0, cut, 0.05f);
		for (size_t i = 0; i < E; i++) {
			if (!in_param[i])
				continue;
			rm[i] = 0.9 * rm[i] + 0.1 * g[i];
			rv[i] = 0.999 * rv[i] + 0.001 * (double)g[i] * g[i];
			rp[i] -= 0.01 * (rm[i] / bc1) / (sqrt(rv[i] / bc2) + 1e-8) + 0.01 * decay[i] * rp[i];
		}
	}
	double worst = 0;
	for (size_t i = 0; i < E; i++)
		worst = fmax(worst, fabs(p[i] - rp[i]));
	CU_ASSERT(worst < 1e-5);
	float *allocs[] = {p, g, mm, v};
	double *dallocs[] = {rp, rm, rv, decay};
	for (int k = 0; k < 4; k++) {
		free(allocs[k]);
		free(dallocs[k]);
	}
	free(in_param);
	case_close(&t);
}

/* The .prog of src's model carrying the bitcode of bc_src's (the sections of two
 * compilations, each valid, the checksums right), read back with prog_parse and given
 * to the JIT with its model's fingerprint: NULL and the reason in err unless both
 * sources lower to the same model. */
static Jit *spliced(const char *src, const char *bc_src, char *err, size_t errlen)
{
	Compiled c;
	Model m, b;
	compile_string(&c, src);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c.sched);
	flatten_model(c.sched, &m);
	compiled_free(&c);
	compile_string(&c, bc_src);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c.sched);
	flatten_model(c.sched, &b);
	compiled_free(&c);
	size_t size, n;
	void *bc = emitllvm_bitcode(&b, &size, err, errlen);
	CU_ASSERT_PTR_NOT_NULL_FATAL(bc);
	unsigned char *img = NULL;
	CU_ASSERT_EQUAL_FATAL(prog_serialize(&m, emitllvm_version(), bc, size, &img, &n), 0);
	Prog p;
	CU_ASSERT_TRUE_FATAL(prog_parse(img, n, &p, err, errlen));
	JitKernels k;
	Jit *j = jit_load(p.bitcode, p.bitcode_size, model_fingerprint(&p.model), 0, &k, err, errlen);
	prog_free(&p);
	free(img);
	free(bc);
	model_free(&m);
	model_free(&b);
	return j;
}

static void test_bitcode_of_another_schedule(void)
{
	static const char *const a = "network a { input 784; dense 256; binary; dense 10; }\ntrain { }\n";
	static const char *const others[] = {
		"network b { input 256; dense 10; }\ntrain { }\n",
		"network a { input 784; dense 256; binary threshold=0.25; dense 10; }\ntrain { }\n",
		"network z { input 784; dense 256; binary; dense 10; }\ntrain { }\n",
		"network a { input 784; dense 512; binary; dense 10; }\ntrain { }\n",
	};
	char err[512];
	Jit *j = spliced(a, a, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL(j);
	jit_free(j);
	/* the training defaults are not the kernels': another section of them is fine */
	j = spliced(a, "network a { input 784; dense 256; binary; dense 10; }\ntrain { epochs 3; batch 32; }\n", err,
	            sizeof err);
	CU_ASSERT_PTR_NOT_NULL(j);
	jit_free(j);
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
		err[0] = '\0';
		j = spliced(a, others[i], err, sizeof err);
		CU_ASSERT_PTR_NULL(j);
		CU_ASSERT_STRING_EQUAL(err, "the bitcode was generated for another schedule");
		jit_free(j);
	}
}

void add_jit_tests(void)
{
	CU_pSuite s = CU_add_suite("jit", NULL, NULL);
	CU_add_test(s, "kernels match the reference on random networks", test_kernels_match_reference);
	CU_add_test(s, "batch and unit splits are exact", test_splits_are_exact);
	CU_add_test(s, "a quantized tile's sums are the chip's, to the bit", test_quantized_sums_are_exact);
	CU_add_test(s, "ADCs and read noise: the kernels match the reference", test_read_path_matches_reference);
	CU_add_test(s, "programmed cells: the kernels match the reference", test_programmed_cells_match_reference);
	CU_add_test(s, "swept knobs compute what a compilation with their settings does", test_swept_knobs_are_a_compilation);
	CU_add_test(s, "bf16 products match the reference in bf16", test_bf16_matches_reference);
	CU_add_test(s, "Adam", test_adam);
	CU_add_test(s, "learning-rate schedules and warm-up", test_schedules);
	CU_add_test(s, "bitcode of another schedule refused", test_bitcode_of_another_schedule);
}
