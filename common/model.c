/* model.c: layout and validation of the runtime's view of a schedule. */
#include "model.h"
#include "adc.h"
#include "util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The offsets model_layout gives, computed in 64 bits; false if they do not fit. */
static bool layout_fits(const Model *m, uint64_t *stride)
{
	uint64_t off = 0;
	for (uint32_t b = 0; b < m->nbufs; b++)
		off += (model_buf_floats(&m->bufs[b]) + 15u) / 16u * 16u;
	*stride = off;
	return off <= MODEL_MAX_ACT_STRIDE;
}

void model_layout(Model *m)
{
	uint64_t off = 0;
	for (uint32_t b = 0; b < m->nbufs; b++) {
		m->bufs[b].offset = (uint32_t)off; /* checked by model_validate: at most 2^31 */
		off += (model_buf_floats(&m->bufs[b]) + 15u) / 16u * 16u;
	}
	m->act_stride = off;
}

uint64_t model_buf_floats(const ModelBuffer *b)
{
	return (uint64_t)b->width * b->positions;
}

float model_permute_gain(float tau, uint32_t slots)
{
	/* (e^t - 1) / (e^t + S - 1), written in e^-t for t > 0 so it cannot overflow */
	if (tau > 0) {
		float e = expf(-tau);
		return (1.0f - e) / (1.0f + ((float)slots - 1.0f) * e);
	}
	float e = expf(tau);
	return (e - 1.0f) / (e + (float)slots - 1.0f);
}

float model_permute_gain_grad(float tau, uint32_t slots)
{
	/* e^t S / (e^t + S - 1)^2 */
	float s = (float)slots;
	if (tau > 0) {
		float e = expf(-tau), d = 1.0f + (s - 1.0f) * e;
		return e * s / (d * d);
	}
	float e = expf(tau), d = e + s - 1.0f;
	return e * s / (d * d);
}

float model_tile_scale(const float *w, size_t count, float range, uint32_t levels)
{
	float m = 0;
	for (size_t i = 0; i < count; i++)
		m = fmaxf(m, fabsf(w[i]));
	return fminf(m, range) / (float)levels;
}

int32_t model_code(float w, float scale, uint32_t levels)
{
	if (scale == 0)
		return 0;
	float t = rintf(w * (1.0f / scale)), l = (float)levels;
	return (int32_t)fminf(fmaxf(t, -l), l);
}

uint64_t model_first_core(const Model *m, uint32_t stage)
{
	uint64_t core = 0;
	for (uint32_t s = 0; s < stage; s++)
		if (m->stages[s].kind == STAGE_TILES)
			core += (uint64_t)m->stages[s].bo * m->stages[s].bi;
	return core;
}

CellModel model_cells(const ModelStage *st)
{
	return cell_model(st->program_noise, st->stuck_low, st->stuck_high, st->levels);
}

bool model_programmed(const Model *m)
{
	for (uint32_t s = 0; s < m->nstages; s++) {
		CellModel cm = model_cells(&m->stages[s]);
		if (m->stages[s].kind == STAGE_TILES && m->stages[s].levels && cell_active(&cm))
			return true;
	}
	return false;
}

bool model_wants_delta(const Model *m, uint32_t b)
{
	for (uint32_t s = m->nstages; s-- > 0;)
		if (m->stages[s].out == b && m->stages[s].kind == STAGE_GATHER)
			return model_wants_delta(m, m->stages[s].in);
	return b != m->input;
}

bool model_has_read(const ModelStage *st)
{
	return st->kind == STAGE_TILES && st->levels && st->adc_range > 0;
}

bool model_reads_pixels(const Model *m, const ModelStage *st)
{
	return st->in == m->input && model_has_read(st);
}

void model_knobs(const Model *m, float *knobs)
{
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		float *k = knobs + (size_t)s * MODEL_KNOBS;
		bool tiles = st->kind == STAGE_TILES && st->levels;
		CellModel cm = model_cells(st);
		k[MODEL_KNOB_SIGMA] = tiles ? st->read_noise * st->adc_range : 0.0f;
		k[MODEL_KNOB_ADC_LEVELS] = tiles ? (float)st->adc_levels : 0.0f;
		k[MODEL_KNOB_ADC_STEP] = tiles && st->adc_levels ? adc_step(st->adc_range, st->adc_levels) : 1.0f;
		k[MODEL_KNOB_ADC_INV] = 1.0f / k[MODEL_KNOB_ADC_STEP];
		k[MODEL_KNOB_PROGRAM] = tiles ? cm.noise : 0.0f;
		k[MODEL_KNOB_CUT_LOW] = tiles ? (float)cm.cut_low : 0.0f;
		k[MODEL_KNOB_CUT_HIGH] = tiles ? (float)cm.cut_high : 0.0f;
	}
}

float model_pixel_code(float x)
{
	return rintf(x * MODEL_PIXEL_LEVELS);
}

float model_quantize(float w, float scale, uint32_t levels)
{
	return (float)model_code(w, scale, levels) * scale;
}

float model_bf16(float x)
{
	uint32_t u;
	memcpy(&u, &x, sizeof u);
	if ((u & 0x7fffffffu) > 0x7f800000u)
		u |= 0x00400000u; /* a NaN, quiet, so that cutting its low bits leaves a NaN */
	else
		u += 0x7fffu + ((u >> 16) & 1u);
	u &= 0xffff0000u;
	memcpy(&x, &u, sizeof x);
	return x;
}

bool model_rounds_input(const Model *m, uint32_t buf)
{
	for (uint32_t s = 0; s < m->nstages; s++)
		if (m->stages[s].out == buf)
			return m->stages[s].kind != STAGE_BINARY || m->stages[s].dropout > 0;
	return true;
}

bool model_decays(const Model *m, uint32_t p)
{
	for (uint32_t s = 0; s < m->nstages; s++)
		if (m->stages[s].param == p)
			return m->stages[s].kind == STAGE_TILES || m->stages[s].kind == STAGE_ACCUMULATE;
	return false;
}

uint32_t model_noise_gain(const Model *m, uint32_t s)
{
	const ModelStage *st = &m->stages[s];
	if (s >= 1 && m->stages[s - 1].kind == STAGE_NORM && m->stages[s - 1].out == st->in)
		st = &m->stages[--s];
	if (s >= 1 && m->stages[s - 1].kind == STAGE_ACCUMULATE && m->stages[s - 1].out == st->in)
		return s - 1;
	return MODEL_NONE;
}

float model_dropout_scale(float p)
{
	return 1.0f / (1.0f - p);
}

uint64_t model_dropout_cut(float p)
{
	return (uint64_t)((double)p * 16777216.0);
}

float model_norm_scale(float gamma, float var)
{
	return gamma / sqrtf(fmaxf(var, 0.0f) + MODEL_NORM_EPS);
}

float model_norm_shift(float beta, float a, float mean)
{
	/* a statement of its own: C lets a compiler contract a * mean and the subtraction
	 * of one expression into an fma (clang does by default), and the kernels, the
	 * reference and eicc's fold must round the product alike to agree to the bit */
	float am = a * mean;
	return beta - am;
}

void model_free(Model *m)
{
	free(m->bufs);
	free(m->stages);
	free(m->params);
	free(m->perms);
	for (uint32_t g = 0; g < m->ngathers; g++)
		free(m->gathers[g].index);
	free(m->gathers);
	m->bufs = NULL;
	m->stages = NULL;
	m->params = NULL;
	m->perms = NULL;
	m->gathers = NULL;
	m->nbufs = m->nstages = m->nparams = m->nperms = m->ngathers = 0;
}


static bool terminated(const char *s, size_t n)
{
	return memchr(s, '\0', n) != NULL;
}

static bool is_permutation(const uint16_t *p, uint32_t n)
{
	uint8_t seen[CORE_N] = {0};
	for (uint32_t i = 0; i < n; i++) {
		if (p[i] >= n || seen[p[i]])
			return false;
		seen[p[i]] = 1;
	}
	return true;
}

static bool param_shape(const Model *m, uint32_t p, uint32_t rank, uint32_t s0, uint32_t s1, uint32_t s2, uint32_t s3)
{
	if (p >= m->nparams || m->params[p].rank != rank)
		return false;
	const uint32_t want[4] = {s0, s1, s2, s3};
	for (uint32_t i = 0; i < rank; i++)
		if (m->params[p].shape[i] != want[i])
			return false;
	return true;
}

static bool check_params(const Model *m, char *err, size_t n)
{
	uint64_t total = 0, end = 0;
	if (m->param_bytes > MODEL_MAX_PARAM_BYTES)
		return util_fail(err, n, "parameter block of %llu bytes is too large", (unsigned long long)m->param_bytes);
	for (uint32_t p = 0; p < m->nparams; p++) {
		const ModelParam *q = &m->params[p];
		if (!terminated(q->name, sizeof q->name) || !q->name[0])
			return util_fail(err, n, "parameter %u: name is not a terminated string", p);
		if (q->init >= INIT__COUNT || q->rank > 4)
			return util_fail(err, n, "parameter %s: bad initialiser or rank", q->name);
		uint64_t count = 1;
		for (uint32_t i = 0; i < q->rank; i++) {
			if (q->shape[i] == 0 || q->shape[i] > 65536)
				return util_fail(err, n, "parameter %s: dimension %u out of range", q->name, i);
			count *= q->shape[i];
			if (count > MODEL_MAX_PARAM_BYTES / 4) /* before it could wrap */
				return util_fail(err, n, "parameter %s: larger than the parameter block can be", q->name);
		}
		if (count != q->count)
			return util_fail(err, n, "parameter %s: count %llu does not match its shape", q->name,
			            (unsigned long long)q->count);
		if (q->offset % 64 != 0 || q->offset < end || q->offset > m->param_bytes
		    || q->count * 4 > m->param_bytes - q->offset)
			return util_fail(err, n, "parameter %s: offset %llu overlaps or leaves the parameter block", q->name,
			            (unsigned long long)q->offset);
		if (!isfinite(q->stddev) || q->stddev < 0 || !isfinite(q->value))
			return util_fail(err, n, "parameter %s: bad initialiser value", q->name);
		end = q->offset + q->count * 4;
		total += q->count;
	}
	if (total != m->param_count)
		return util_fail(err, n, "parameter count %llu is not the sum of the parameters' (%llu)",
		            (unsigned long long)m->param_count, (unsigned long long)total);
	/* the kernels write each parameter's gradient once, from the one stage that reads it */
	for (uint32_t s = 0; s < m->nstages; s++)
		for (uint32_t t = 0; t < s; t++)
			if (m->stages[s].param < m->nparams && m->stages[s].param == m->stages[t].param)
				return util_fail(err, n, "stages %u and %u share parameter %s", t, s,
				                 m->params[m->stages[s].param].name);
	return true;
}

/* A gather's table: one entry per output value and window place, each within the
 * example's input buffer or -1 */
static bool check_gather(const Model *m, uint32_t s, char *err, size_t n)
{
	const ModelStage *st = &m->stages[s];
	if (st->in >= m->nbufs || st->gather >= m->ngathers || st->window < 1 || st->window > MODEL_MAX_WINDOW
	    || st->gather_op >= GATHER__COUNT)
		return util_fail(err, n, "stage %u: gather: bad input, table, window or operation", s);
	const ModelBuffer *in = &m->bufs[st->in], *out = &m->bufs[st->out];
	const ModelGather *gt = &m->gathers[st->gather];
	if ((uint64_t)out->positions * out->used * st->window != gt->count)
		return util_fail(err, n, "stage %u: gather: table of %u entries for %u positions of %u values, window %u", s,
		                 gt->count, out->positions, out->used, st->window);
	uint64_t size = model_buf_floats(in);
	for (uint32_t e = 0; e < gt->count; e++)
		if (gt->index[e] < -1 || (int64_t)gt->index[e] >= (int64_t)size)
			return util_fail(err, n, "stage %u: gather: entry %u reads %d, outside its input's %llu values", s, e,
			                 gt->index[e], (unsigned long long)size);
	return true;
}

static bool check_stage(const Model *m, uint32_t s, char *err, size_t n)
{
	const ModelStage *st = &m->stages[s];
	const ModelBuffer *in = st->in < m->nbufs ? &m->bufs[st->in] : NULL, *out = &m->bufs[st->out];
	uint32_t N = CORE_N;
	if (st->bi == 0 || st->bi > MODEL_MAX_BLOCKS || st->bo == 0 || st->bo > MODEL_MAX_BLOCKS)
		return util_fail(err, n, "stage %u: block counts out of range", s);
	/* buffer kinds are checked already */
	if (st->kind < STAGE__COUNT && out->kind != kinds_stage[st->kind].out)
		return util_fail(err, n, "stage %u: %s writes a buffer of kind %s, not %s", s, kinds_stage[st->kind].name,
		                 kinds_buf[out->kind].name, kinds_buf[kinds_stage[st->kind].out].name);
	/* every stage but gather computes row by row: as many rows out as in */
	if (in && st->kind != STAGE_GATHER && in->positions != out->positions)
		return util_fail(err, n, "stage %u: %s reads %u positions and writes %u", s, kinds_stage[st->kind].name,
		                 in->positions, out->positions);
	switch (st->kind) {
	case STAGE_LOAD:
		if (st->in != MODEL_NONE || st->out != m->input || !(st->dropout >= 0 && st->dropout < 1))
			return util_fail(err, n, "stage %u: load must write the input buffer, its dropout below 1", s);
		return true;
	case STAGE_TILES:
		if (!in || in->width != st->bi * N || out->width != st->bo * st->bi * N
		    || !param_shape(m, st->param, 4, st->bo, st->bi, N, N))
			return util_fail(err, n, "stage %u: tiles: buffers or weights do not match %ux%u tiles", s, st->bo, st->bi);
		if (st->levels > 32767 || (st->levels && !(st->range > 0 && isfinite(st->range))))
			return util_fail(err, n, "stage %u: tiles: bad weight levels or range", s);
		if (!(st->program_noise >= 0 && st->program_noise <= 1) || !(st->stuck_low >= 0 && st->stuck_low <= 0.5f)
		    || !(st->stuck_high >= 0 && st->stuck_high <= 0.5f)
		    || (!st->levels && (st->program_noise > 0 || st->stuck_low > 0 || st->stuck_high > 0)))
			return util_fail(err, n, "stage %u: tiles: bad programming noise or stuck cells (0..1, 0..0.5, 0..0.5, "
			                 "with weight levels)", s);
		if (st->adc_levels > 32767 || !(st->read_noise >= 0 && isfinite(st->read_noise))
		    || !(st->adc_range >= 0 && isfinite(st->adc_range))
		    || ((st->adc_levels || st->read_noise > 0) && !(st->levels && st->adc_range > 0)))
			return util_fail(err, n, "stage %u: tiles: bad ADC levels, range or read noise", s);
		/* the executors treat a dense layer as this pair */
		if (s + 1 >= m->nstages || m->stages[s + 1].kind != STAGE_ACCUMULATE || m->stages[s + 1].in != st->out
		    || m->stages[s + 1].bo != st->bo || m->stages[s + 1].bi != st->bi)
			return util_fail(err, n, "stage %u: tiles not followed by the accumulate of its partials", s);
		return true;
	case STAGE_ACCUMULATE:
		if (!in || in->kind != BUF_PARTIALS || in->width != st->bo * st->bi * N || out->width != st->bo * N
		    || st->used == 0 || st->used > out->width || st->used != out->used
		    || !param_shape(m, st->param, 3, st->bo, N, N, 0))
			return util_fail(err, n, "stage %u: accumulate: buffers, mask or gain do not match %u blocks", s, st->bo);
		return true;
	case STAGE_BINARY:
		if (!in || in->width != out->width || in->used != out->used || !isfinite(st->threshold) || !isfinite(st->noise)
		    || st->noise < 0
		    || !isfinite(st->ste_lo) || !isfinite(st->ste_hi) || st->ste_lo > st->ste_hi
		    || (st->param != MODEL_NONE && !param_shape(m, st->param, 1, out->width, 0, 0, 0))
		    || !(st->dropout >= 0 && st->dropout < 1) || st->noise_at >= NOISE_AT__COUNT)
			return util_fail(err, n, "stage %u: binary: bad widths, settings or thresholds", s);
		if (st->noise_at == NOISE_AT_COMPARATOR && model_noise_gain(m, s) == MODEL_NONE)
			return util_fail(err, n, "stage %u: binary: noise at the comparator without an accumulate before it", s);
		return true;
	case STAGE_PERMUTE:
		if (!in || in->width != out->width || out->width != st->bo * N || st->perm >= m->nperms || st->hard > 1
		    || !param_shape(m, st->param, 0, 0, 0, 0, 0))
			return util_fail(err, n, "stage %u: permute: bad widths, permutation or tau", s);
		return true;
	case STAGE_NORM:
		if (!in || in->kind != BUF_ACCUMULATED || in->width != out->width || in->used != out->used
		    || !param_shape(m, st->param, 2, 4, out->width, 0, 0))
			return util_fail(err, n, "stage %u: norm: bad widths or statistics", s);
		/* the .chip folds a norm into the neurons of the binary after it */
		if (s + 1 >= m->nstages || m->stages[s + 1].kind != STAGE_BINARY || m->stages[s + 1].in != st->out)
			return util_fail(err, n, "stage %u: norm not followed by the binary stage that reads it", s);
		return true;
	case STAGE_READOUT:
		if (!in || out->width != m->logits || in->width < m->logits || s != m->nstages - 1 || out->positions != 1)
			return util_fail(err, n, "stage %u: readout: bad logits buffer, or not the last stage", s);
		return true;
	case STAGE_GATHER:
		return check_gather(m, s, err, n);
	case STAGE__COUNT: break;
	}
	return util_fail(err, n, "stage %u: unknown kind %u", s, st->kind);
}

/* The training defaults, each within what the language allows, so that no run
 * built on them allocates or computes past its bounds. */
static bool check_train(const ModelTrain *t, char *err, size_t n)
{
	if (!terminated(t->dataset, sizeof t->dataset) || !t->dataset[0])
		return util_fail(err, n, "training defaults: the dataset is not a name");
	if (t->epochs < 1 || t->epochs > MODEL_MAX_EPOCHS)
		return util_fail(err, n, "training defaults: epochs %u is not from 1 to %u", t->epochs, MODEL_MAX_EPOCHS);
	if (t->batch < 1 || t->batch > MODEL_MAX_BATCH)
		return util_fail(err, n, "training defaults: batch %u is not from 1 to %u", t->batch, MODEL_MAX_BATCH);
	if (t->validation > MODEL_MAX_VALIDATION)
		return util_fail(err, n, "training defaults: validation %u is not from 0 to %u", t->validation,
		                 MODEL_MAX_VALIDATION);
	if (t->seed > MODEL_MAX_SEED)
		return util_fail(err, n, "training defaults: seed %llu is not from 0 to %llu", (unsigned long long)t->seed,
		                 MODEL_MAX_SEED);
	if (t->every < 1 || t->every > MODEL_MAX_EPOCHS)
		return util_fail(err, n, "training defaults: every %u is not from 1 to %u", t->every, MODEL_MAX_EPOCHS);
	if (t->warmup > MODEL_MAX_EPOCHS)
		return util_fail(err, n, "training defaults: warmup %u is not from 0 to %u", t->warmup, MODEL_MAX_EPOCHS);
	if (t->schedule >= LR__COUNT || t->eval_noise > 1 || t->precision >= PREC__COUNT)
		return util_fail(err, n, "training defaults: schedule %u, eval_noise %u or precision %u is not known",
		                 (unsigned)t->schedule, t->eval_noise, (unsigned)t->precision);
	const struct {
		const char *name;
		float v;
		bool ok;
	} reals[] = {
		{"lr", t->lr, t->lr > 0}, {"min_lr", t->min_lr, t->min_lr >= 0},
		{"beta1", t->beta1, t->beta1 >= 0 && t->beta1 < 1}, {"beta2", t->beta2, t->beta2 >= 0 && t->beta2 < 1},
		{"eps", t->eps, t->eps > 0}, {"gamma", t->gamma, t->gamma > 0 && t->gamma <= 1},
		{"weight_decay", t->weight_decay, t->weight_decay >= 0},
		{"label_smoothing", t->label_smoothing, t->label_smoothing >= 0 && t->label_smoothing < 1},
	};
	for (size_t k = 0; k < sizeof reals / sizeof reals[0]; k++)
		if (!isfinite(reals[k].v) || !reals[k].ok)
			return util_fail(err, n, "training defaults: %s %g is out of range", reals[k].name, (double)reals[k].v);
	return true;
}

typedef struct Fnv {
	uint64_t h;
} Fnv;

static void fnv(Fnv *f, uint64_t v, int bytes)
{
	for (int i = 0; i < bytes; i++, v >>= 8) {
		f->h ^= v & 0xff;
		f->h *= 0x100000001b3ull;
	}
}

static void fnv_f32(Fnv *f, float x)
{
	uint32_t bits;
	memcpy(&bits, &x, sizeof bits);
	fnv(f, bits, 4);
}

static void fnv_name(Fnv *f, const char *s)
{
	size_t n = strnlen(s, MODEL_NAME_MAX);
	fnv(f, n, 4);
	for (size_t i = 0; i < n; i++)
		fnv(f, (unsigned char)s[i], 1);
}

uint64_t model_fingerprint(const Model *m)
{
	Fnv f = {0xcbf29ce484222325ull};
	fnv_name(&f, m->name);
	const uint32_t head[] = {m->nbufs, m->nstages, m->nparams, m->nperms, m->ngathers, m->logits, m->input,
	                         m->input_used};
	for (size_t k = 0; k < sizeof head / sizeof head[0]; k++)
		fnv(&f, head[k], 4);
	fnv(&f, m->param_count, 8);
	fnv(&f, m->param_bytes, 8);
	fnv(&f, m->act_stride, 8);
	fnv(&f, m->macs, 8);
	for (uint32_t b = 0; b < m->nbufs; b++) {
		const ModelBuffer *x = &m->bufs[b];
		fnv(&f, (uint32_t)x->kind, 4);
		fnv(&f, x->width, 4);
		fnv(&f, x->used, 4);
		fnv(&f, x->offset, 4);
		fnv(&f, x->positions, 4);
	}
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *x = &m->stages[s];
		const uint32_t u[] = {(uint32_t)x->kind, x->in, x->out, x->param, x->bi, x->bo, x->perm, x->used, x->levels,
		                      x->hard, (uint32_t)x->noise_at, x->adc_levels, x->gather, x->window,
		                      (uint32_t)x->gather_op};
		for (size_t k = 0; k < sizeof u / sizeof u[0]; k++)
			fnv(&f, u[k], 4);
		const float r[] = {x->threshold,  x->noise,         x->ste_lo,    x->ste_hi,    x->range,
		                   x->dropout,    x->adc_range,     x->read_noise, x->program_noise, x->stuck_low,
		                   x->stuck_high};
		for (size_t k = 0; k < sizeof r / sizeof r[0]; k++)
			fnv_f32(&f, r[k]);
	}
	for (uint32_t p = 0; p < m->nparams; p++) {
		const ModelParam *x = &m->params[p];
		fnv_name(&f, x->name);
		fnv(&f, (uint32_t)x->init, 4);
		fnv(&f, x->rank, 4);
		for (int k = 0; k < 4; k++)
			fnv(&f, x->shape[k], 4);
		fnv(&f, x->count, 8);
		fnv(&f, x->offset, 8);
		fnv_f32(&f, x->stddev);
		fnv_f32(&f, x->value);
	}
	for (uint32_t q = 0; q < m->nperms; q++) {
		const ModelPerm *x = &m->perms[q];
		fnv(&f, x->chunk, 4);
		fnv(&f, x->slots, 4);
		for (uint32_t r = 0; r < x->slots && r < CT_PERM_MAX; r++) {
			fnv(&f, x->plus[r], 2);
			fnv(&f, x->minus[r], 2);
		}
	}
	for (uint32_t g = 0; g < m->ngathers; g++) {
		fnv(&f, m->gathers[g].count, 4);
		for (uint32_t e = 0; e < m->gathers[g].count; e++)
			fnv(&f, (uint32_t)m->gathers[g].index[e], 4);
	}
	return f.h;
}

bool model_check_finite(const Model *m, const char *path, const char *prefix, const float *block, char *err,
                        size_t errlen)
{
	for (uint32_t p = 0; p < m->nparams; p++)
		for (uint64_t i = 0; i < m->params[p].count; i++)
			if (!isfinite(block[m->params[p].offset / 4 + i]))
				return util_fail(err, errlen, "%s: tensor %s%s holds a value that is not finite at index %llu", path,
				                 prefix, m->params[p].name, (unsigned long long)i);
	return true;
}

bool model_validate(const Model *m, char *err, size_t n)
{
	if (!terminated(m->name, sizeof m->name) || !m->name[0])
		return util_fail(err, n, "network name is empty or not a terminated string");
	if (m->nbufs == 0 || m->nbufs > MODEL_MAX_BUFS || m->nstages < 2 || m->nstages > MODEL_MAX_STAGES
	    || m->nparams > MODEL_MAX_PARAMS || m->nperms > MODEL_MAX_PERMS || m->ngathers > MODEL_MAX_GATHERS)
		return util_fail(err, n, "counts out of range (%u buffers, %u stages, %u parameters, %u permutations, %u gathers)",
		                 m->nbufs, m->nstages, m->nparams, m->nperms, m->ngathers);
	for (uint32_t g = 0; g < m->ngathers; g++)
		if (m->gathers[g].count > MODEL_MAX_GATHER_INDEX || (m->gathers[g].count && !m->gathers[g].index))
			return util_fail(err, n, "gather table %u: %u entries, at most %u", g, m->gathers[g].count,
			                 (unsigned)MODEL_MAX_GATHER_INDEX);
	if (m->logits == 0 || m->logits > CORE_N)
		return util_fail(err, n, "logits %u out of range 1..%d", m->logits, CORE_N);
	for (uint32_t b = 0; b < m->nbufs; b++) {
		const ModelBuffer *buf = &m->bufs[b];
		bool block = buf->kind != BUF_LOGITS;
		if (buf->kind >= BUF__COUNT || buf->width == 0 || buf->width > 65536 * 256 || buf->used == 0
		    || buf->used > buf->width || (block && buf->width % CORE_N != 0) || buf->positions == 0
		    || buf->positions > MODEL_MAX_POSITIONS || model_buf_floats(buf) > 65536 * 256)
			return util_fail(err, n, "buffer %u: bad kind, width, used or positions", b);
	}
	if (m->input >= m->nbufs || m->bufs[m->input].kind != BUF_INPUT || m->input_used != m->bufs[m->input].used
	    || m->bufs[m->input].positions != 1)
		return util_fail(err, n, "bad input buffer");
	uint64_t stride;
	if (!layout_fits(m, &stride))
		return util_fail(err, n, "the buffers take more than %llu values per example", (unsigned long long)MODEL_MAX_ACT_STRIDE);
	for (uint32_t b = 0, off = 0; b < m->nbufs; off += (uint32_t)(model_buf_floats(&m->bufs[b]) + 15u) / 16u * 16u, b++)
		if (m->bufs[b].offset != off)
			return util_fail(err, n, "buffer %u: offset %u is not the layout's %u", b, m->bufs[b].offset, off);
	if (m->act_stride != stride)
		return util_fail(err, n, "act_stride %llu is not the layout's %llu", (unsigned long long)m->act_stride,
		            (unsigned long long)stride);
	uint8_t *written = calloc(m->nbufs, 1);
	if (!written)
		return util_fail(err, n, "out of memory");
	bool ok = true;
	for (uint32_t s = 0; s < m->nstages && ok; s++) {
		const ModelStage *st = &m->stages[s];
		if (st->out >= m->nbufs || written[st->out])
			ok = util_fail(err, n, "stage %u: output buffer missing or written twice", s);
		else if (st->in != MODEL_NONE && (st->in >= m->nbufs || !written[st->in]))
			ok = util_fail(err, n, "stage %u: reads a buffer no earlier stage wrote", s);
		else if (st->kind == STAGE_READOUT ? false : s == m->nstages - 1)
			ok = util_fail(err, n, "the last stage is not the readout");
		else
			ok = check_stage(m, s, err, n);
		if (ok)
			written[st->out] = 1;
	}
	free(written);
	if (!ok)
		return false;
	if (m->stages[0].kind != STAGE_LOAD)
		return util_fail(err, n, "the first stage is not load");
	for (uint32_t p = 0; p < m->nperms; p++) {
		const ModelPerm *pm = &m->perms[p];
		if (pm->slots < 2 || pm->slots > CORE_N || pm->chunk > CORE_N || pm->chunk * pm->slots != CORE_N
		    || !is_permutation(pm->plus, pm->slots) || !is_permutation(pm->minus, pm->slots))
			return util_fail(err, n, "permutation %u: not two permutations of %u slots", p, pm->slots);
		for (uint32_t r = 0; r < pm->slots; r++)
			if (pm->plus[r] == pm->minus[r])
				return util_fail(err, n, "permutation %u: plus and minus agree at slot %u", p, r);
	}
	if (!check_params(m, err, n))
		return false;
	return check_train(&m->train, err, n);
}
