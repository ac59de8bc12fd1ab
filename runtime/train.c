/* train.c: the training loop over the JIT kernels (jit.h), one batch at a time:
 * gains, forward with noise, loss, backward, gradients, Adam, each phase split over
 * threads by pool_for. */
#include "train.h"
#include "pool.h"
#include "rng.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { EVAL_STREAM = 1 }; /* evaluation noise draws from steps (1 << 62) + pass, apart from training's */

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* ---- initialisation ---- */

/* A standard normal from two draws of the parameter's stream (Box-Muller, double). */
static double normal(uint64_t *state)
{
	uint64_t a = rng_mix(*state += RNG_GOLDEN), b = rng_mix(*state += RNG_GOLDEN);
	double u1 = ((double)(a >> 11) + 0.5) * 0x1p-53, u2 = (double)(b >> 11) * 0x1p-53;
	return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}

static void init_params(Trainer *t)
{
	const Model *m = t->m;
	memset(t->params, 0, m->param_bytes);
	for (uint32_t p = 0; p < m->nparams; p++) {
		const ModelParam *q = &m->params[p];
		float *v = t->params + q->offset / 4;
		uint64_t state = rng_mix(t->set.seed + RNG_GOLDEN * (p + 1));
		for (uint64_t i = 0; i < q->count; i++) {
			if (q->init == INIT_CONSTANT || q->init == INIT_NORM) {
				uint64_t row = q->rank ? i / q->shape[q->rank - 1] : 0;
				v[i] = q->init == INIT_NORM ? (row == 0 || row == 3 ? 1.0f : 0.0f) : q->value;
				continue;
			}
			double z;
			do
				z = normal(&state);
			while (fabs(z) > 2.0);
			v[i] = (float)(z * q->stddev);
		}
	}
}

void trainer_init(Trainer *t, const Model *m, const JitKernels *k, const TrainSettings *set, int threads)
{
	memset(t, 0, sizeof *t);
	t->m = m;
	t->k = *k;
	t->set = *set;
	t->threads = threads < 1 ? 1 : threads;
	t->cap = set->batch;
	size_t pf = m->param_bytes / 4, af = (size_t)t->cap * m->act_stride;
	t->params = xcalloc(pf, sizeof(float));
	t->grads = xcalloc(pf, sizeof(float));
	t->adam_m = xcalloc(pf, sizeof(float));
	t->adam_v = xcalloc(pf, sizeof(float));
	t->gains = xcalloc((size_t)k->gain_floats, sizeof(float));
	t->acts = xcalloc(af, sizeof(float));
	t->dacts = xcalloc(af, sizeof(float));
	t->loss = xcalloc((size_t)t->cap, sizeof(float));
	t->labels = xcalloc((size_t)t->cap, sizeof(int32_t));
	t->correct = xcalloc((size_t)t->cap, sizeof(int32_t));
	init_params(t);
	/* a gradient unit of a dense layer (an output) reads a row per example and position:
	 * the used inputs of the row for its weights (8 to a vector product) and a value of
	 * each of the Bi blocks for its A; the outputs the accumulate masks cost next to
	 * nothing (model.h) */
	t->unit_cost = xcalloc((size_t)k->grad_units + 1, sizeof *t->unit_cost);
	int64_t u = 0;
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		for (int64_t n = 0; st->kind == STAGE_TILES && n < (int64_t)st->bo * CORE_N; n++, u++) {
			bool kept = n < (int64_t)st[1].used; /* st[1] is its accumulate */
			const ModelBuffer *in = &m->bufs[st->in];
			int64_t cost = kept ? ((int64_t)st->bi + ((int64_t)in->used + 7) / 8) * in->positions : 1;
			t->unit_cost[u + 1] = t->unit_cost[u] + cost;
		}
	}
	for (; u < k->grad_units; u++) /* the taus and learned thresholds */
		t->unit_cost[u + 1] = t->unit_cost[u] + 1;
}

/* The first unit that starts at or after `work` in the prefix sums. */
static int64_t unit_at(const Trainer *t, int64_t work)
{
	int64_t lo = 0, hi = t->k.grad_units;
	while (lo < hi) {
		int64_t mid = lo + (hi - lo) / 2;
		if (t->unit_cost[mid] < work)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void trainer_free(Trainer *t)
{
	free(t->params);
	free(t->grads);
	free(t->adam_m);
	free(t->adam_v);
	free(t->gains);
	free(t->acts);
	free(t->dacts);
	free(t->loss);
	free(t->labels);
	free(t->correct);
	free(t->unit_cost);
	memset(t, 0, sizeof *t);
}

/* ---- one batch ---- */

/* Pixels scaled to [0,1] into the input buffer, zero past the image. */
static void load_batch(Trainer *t, const Dataset *d, const int64_t *index, int64_t first, int64_t n)
{
	const ModelBuffer *in = &t->m->bufs[t->m->input];
	for (int64_t b = 0; b < n; b++) {
		int64_t item = index ? index[first + b] : first + b;
		float *x = t->acts + (uint64_t)b * t->m->act_stride + in->offset;
		const uint8_t *px = d->pixels + item * d->dim;
		for (int64_t k = 0; k < d->dim; k++)
			x[k] = (float)px[k] * (1.0f / MODEL_PIXEL_LEVELS);
		memset(x + d->dim, 0, (in->width - (size_t)d->dim) * sizeof(float));
		t->labels[b] = d->labels[item];
	}
}

typedef struct Phase {
	Trainer *t;
	int64_t batch;
	uint64_t step;
	int64_t first; /* the batch's first example in the noise stream */
	uint64_t instance; /* of the chip the gains program */
	float sigma, lr, bc1, bc2;
	float smoothing; /* of the labels in the loss */
	Precision prec;
	int32_t train;   /* a training step: batch statistics, dropout */
	uint32_t s0, s1; /* the stages a forward or backward call runs */
	uint32_t norm;   /* the norm stage of a norm call */
} Phase;

static void run_gains(void *ctx, int64_t lo, int64_t hi)
{
	Phase *p = ctx;
	p->t->k.gains(p->t->params, p->t->gains, lo, hi, p->t->set.seed, p->instance, p->prec);
}

static void run_forward(void *ctx, int64_t lo, int64_t hi)
{
	Phase *p = ctx;
	Trainer *t = p->t;
	t->k.forward(t->params, t->gains, t->acts, lo, hi, t->set.seed, p->step, p->first, p->sigma, p->prec, p->train, p->s0,
	             p->s1);
	if (p->s1 == t->m->nstages)
		t->k.loss(t->acts, t->dacts, t->labels, lo, hi, p->batch, t->loss, t->correct, p->smoothing);
}

static void run_backward(void *ctx, int64_t lo, int64_t hi)
{
	Phase *p = ctx;
	p->t->k.backward(p->t->params, p->t->gains, p->t->acts, p->t->dacts, lo, hi, p->prec, p->t->set.seed, p->step, p->first,
	                 p->s0, p->s1);
}

/* [lo, hi) of a norm stage's units of JIT_NORM_UNIT neurons */
static void run_norm(void *ctx, int64_t lo, int64_t hi)
{
	Phase *p = ctx;
	Trainer *t = p->t;
	t->k.norm(t->params, t->gains, t->acts, t->dacts, t->grads, p->batch, p->norm, lo, hi);
}

static void run_norm_backward(void *ctx, int64_t lo, int64_t hi)
{
	Phase *p = ctx;
	Trainer *t = p->t;
	t->k.norm_backward(t->params, t->gains, t->acts, t->dacts, t->grads, p->batch, p->norm, lo, hi);
}

static int64_t norm_units(const Trainer *t, uint32_t s)
{
	return (int64_t)t->m->bufs[t->m->stages[s].out].width / JIT_NORM_UNIT;
}

/* [lo, hi) of the units' total work: the units that start in it */
static void run_grads(void *ctx, int64_t lo, int64_t hi)
{
	Phase *p = ctx;
	int64_t u0 = unit_at(p->t, lo), u1 = unit_at(p->t, hi);
	p->t->k.grads(p->t->params, p->t->gains, p->t->acts, p->t->dacts, p->t->grads, p->batch, u0, u1);
}

static void run_adam(void *ctx, int64_t lo, int64_t hi)
{
	Phase *p = ctx;
	const TrainSettings *s = &p->t->set;
	p->t->k.adam(p->t->params, p->t->grads, p->t->adam_m, p->t->adam_v, p->lr, s->beta1, s->beta2, s->eps, p->bc1,
	             p->bc2, lo, hi, s->weight_decay);
}

void trainer_gains(Trainer *t, uint64_t instance, Precision prec)
{
	Phase ph = {.t = t, .instance = instance, .prec = prec};
	pool_for(t->threads, t->k.gain_units, run_gains, &ph);
}

void trainer_forward(Trainer *t, int64_t batch, uint64_t step, int64_t first, float sigma, Precision prec,
                     float smoothing, bool train)
{
	Phase ph = {.t = t, .batch = batch, .step = step, .first = first, .sigma = sigma, .prec = prec, .smoothing = smoothing,
	            .train = train};
	for (uint32_t s = 0; train && s < t->m->nstages; s++) {
		if (t->m->stages[s].kind != STAGE_NORM)
			continue;
		ph.s1 = s; /* the examples up to the norm, then the norm over the batch */
		pool_for(t->threads, batch, run_forward, &ph);
		ph.norm = ph.s0 = s;
		pool_for(t->threads, norm_units(t, s), run_norm, &ph);
	}
	ph.s1 = t->m->nstages;
	pool_for(t->threads, batch, run_forward, &ph);
}

void trainer_backward(Trainer *t, int64_t batch, uint64_t step, Precision prec)
{
	Phase ph = {.t = t, .batch = batch, .step = step, .prec = prec, .s1 = t->m->nstages};
	for (uint32_t s = t->m->nstages; s-- > 0;) {
		if (t->m->stages[s].kind != STAGE_NORM)
			continue;
		ph.s0 = s + 1; /* the examples down to the norm, then the norm over the batch */
		pool_for(t->threads, batch, run_backward, &ph);
		ph.norm = ph.s1 = s;
		pool_for(t->threads, norm_units(t, s), run_norm_backward, &ph);
	}
	ph.s0 = 0;
	pool_for(t->threads, batch, run_backward, &ph);
}

void trainer_gradients(Trainer *t, int64_t batch)
{
	Phase ph = {.t = t, .batch = batch};
	pool_for(t->threads, t->unit_cost[t->k.grad_units], run_grads, &ph);
}

void trainer_update(Trainer *t, float lr)
{
	t->step++;
	Phase ph = {.t = t, .lr = lr};
	ph.bc1 = (float)(1.0 - pow(t->set.beta1, (double)t->step));
	ph.bc2 = (float)(1.0 - pow(t->set.beta2, (double)t->step));
	pool_for(t->threads, (int64_t)(t->m->param_bytes / 4), run_adam, &ph);
}

TrainSettings train_settings(const ModelTrain *d)
{
	return (TrainSettings){.epochs = d->epochs,
	                       .batch = d->batch,
	                       .seed = d->seed,
	                       .schedule = d->schedule,
	                       .every = d->every,
	                       .warmup = d->warmup,
	                       .lr = d->lr,
	                       .beta1 = d->beta1,
	                       .beta2 = d->beta2,
	                       .eps = d->eps,
	                       .min_lr = d->min_lr,
	                       .gamma = d->gamma,
	                       .weight_decay = d->weight_decay,
	                       .label_smoothing = d->label_smoothing,
	                       .precision = d->precision};
}

/* The schedule's rate at the current step, before the warm-up */
static double scheduled_lr(const Trainer *t, int64_t steps_per_epoch)
{
	const TrainSettings *s = &t->set;
	switch (s->schedule) {
	case LR_COSINE: {
		double total = (double)steps_per_epoch * s->epochs, done = (double)t->step;
		double c = 0.5 * (1.0 + cos(3.141592653589793 * fmin(done / fmax(total, 1), 1.0)));
		return s->min_lr + (s->lr - s->min_lr) * c;
	}
	case LR_STEP:
		return s->lr * pow(s->gamma, (double)(t->epoch / s->every));
	default:
		return s->lr;
	}
}

float trainer_lr(const Trainer *t, int64_t steps_per_epoch)
{
	double warm = (double)t->set.warmup * (double)steps_per_epoch, lr = scheduled_lr(t, steps_per_epoch);
	return (float)((double)t->step < warm ? lr * ((double)t->step + 1) / warm : lr);
}

EpochStats trainer_epoch(Trainer *t, const Dataset *d, const int64_t *index, int64_t n, TrainProgress *progress,
                         void *ctx)
{
	int64_t *order = xmalloc((size_t)(n ? n : 1) * sizeof *order);
	memcpy(order, index, (size_t)n * sizeof *order);
	uint64_t state = rng_mix(t->set.seed ^ rng_mix(0x5eed0000ull + t->epoch));
	for (int64_t i = n - 1; i > 0; i--) { /* Fisher-Yates from (seed, epoch) */
		int64_t j = (int64_t)(rng_mix(state += RNG_GOLDEN) % (uint64_t)(i + 1));
		int64_t x = order[i];
		order[i] = order[j];
		order[j] = x;
	}
	int64_t steps = (n + t->cap - 1) / t->cap;
	EpochStats st = {0};
	double start = now(), loss_sum = 0;
	int64_t right = 0;
	for (int64_t first = 0; first < n; first += t->cap) {
		int64_t b = n - first < t->cap ? n - first : t->cap; /* the last batch may be short */
		load_batch(t, d, order, first, b);
		float lr = trainer_lr(t, steps);
		trainer_gains(t, t->step, t->set.precision);
		trainer_forward(t, b, t->step, 0, -1.0f, t->set.precision, t->set.label_smoothing, true);
		for (int64_t i = 0; i < b; i++) {
			loss_sum += t->loss[i];
			right += t->correct[i];
		}
		trainer_backward(t, b, t->step, t->set.precision);
		trainer_gradients(t, b);
		trainer_update(t, lr);
		st.examples += b;
		if (progress)
			progress(ctx, st.examples, n, loss_sum / (double)st.examples, (double)right / (double)st.examples,
			         now() - start);
	}
	t->epoch++;
	free(order);
	st.loss = st.examples ? loss_sum / (double)st.examples : 0;
	st.accuracy = st.examples ? (double)right / (double)st.examples : 0;
	st.seconds = now() - start;
	return st;
}

/* The class of example b of the batch: the first of its largest logits (as the loss
 * kernel counts it correct). */
static int32_t predicted(const Trainer *t, int64_t b)
{
	const Model *m = t->m;
	const ModelStage *readout = &m->stages[m->nstages - 1];
	const float *z = t->acts + (uint64_t)b * m->act_stride + m->bufs[readout->out].offset;
	int32_t best = 0;
	for (uint32_t k = 1; k < m->logits; k++)
		if (z[k] > z[best])
			best = (int32_t)k;
	return best;
}

double trainer_accuracy(Trainer *t, const Dataset *d, int64_t first, int64_t n, float sigma, uint64_t pass,
                        double *loss, int32_t *pred)
{
	int64_t right = 0;
	double loss_sum = 0;
	trainer_gains(t, CELL_CHIPS + t->chip, PREC_FP32); /* evaluation is fp32, whatever the training's precision */
	for (int64_t at = 0; at < n; at += t->cap) {
		int64_t b = n - at < t->cap ? n - at : t->cap;
		load_batch(t, d, NULL, first + at, b);
		/* an example's noise is keyed by its place in the set, so it does not depend on the batch size */
		trainer_forward(t, b, ((uint64_t)EVAL_STREAM << 62) + pass, at, sigma, PREC_FP32, 0.0f, false);
		for (int64_t i = 0; i < b; i++) {
			right += t->correct[i];
			loss_sum += t->loss[i];
			if (pred)
				pred[at + i] = predicted(t, i);
		}
	}
	if (loss)
		*loss = n ? loss_sum / (double)n : 0;
	return n ? (double)right / (double)n : 0;
}
