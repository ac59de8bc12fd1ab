/* flatten.c: from the compiler's schedule to the flat, pointer-free model (common/model.h)
 * that the .prog carries and the runtime executes. Kinds are the same on both sides
 * (kinds.h): only the layout changes. */
#include "flatten.h"
#include "adc.h"
#include "chip.h"
#include "util.h"

#include <string.h>

static void copy_name(char *dst, const char *src)
{
	size_t n = strlen(src);
	if (n >= MODEL_NAME_MAX)
		die("name '%s' longer than the checker allows", src);
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static void stages(const Schedule *s, Model *m)
{
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		ModelStage *ms = &m->stages[k];
		ms->kind = st->kind;
		ms->in = st->in < 0 ? MODEL_NONE : (uint32_t)st->in;
		ms->out = (uint32_t)st->out;
		ms->param = st->param < 0 ? MODEL_NONE : (uint32_t)st->param;
		ms->bi = (uint32_t)st->bi;
		ms->bo = (uint32_t)st->bo;
		ms->perm = st->perm < 0 ? MODEL_NONE : (uint32_t)st->perm;
		ms->used = (uint32_t)s->bufs[st->out].used;
		const ChipConfig *chip = &s->prog->chip;
		switch (st->kind) {
		case STAGE_TILES:
			if (chip->present && chip->weight_bits > 0) {
				ms->levels = chip_levels((uint32_t)chip->weight_bits);
				ms->range = (float)chip->weight_range;
				if (chip->adc_bits || chip->read_noise > 0)
					ms->adc_range = adc_full_scale(chip->adc_range, ms->levels);
				ms->adc_levels = chip->adc_bits ? chip_levels((uint32_t)chip->adc_bits) : 0;
				ms->read_noise = (float)chip->read_noise;
				ms->program_noise = (float)chip->program_noise;
				ms->stuck_low = (float)chip->stuck_low;
				ms->stuck_high = (float)chip->stuck_high;
			}
			break;
		case STAGE_PERMUTE: ms->hard = chip->present && chip->permute == PERMUTE_HARD; break;
		case STAGE_BINARY: {
			const BinaryParams *b = &st->node->layer->binary;
			ms->threshold = (float)b->threshold;
			ms->noise = (float)b->noise;
			ms->ste_lo = (float)(b->ste_center - b->ste_width / 2);
			ms->ste_hi = (float)(b->ste_center + b->ste_width / 2);
			ms->dropout = (float)st->node->layer->dropout;
			ms->noise_at = chip->present ? (NoiseAt)chip->neuron_noise : NOISE_AT_GAIN;
			break;
		}
		case STAGE_LOAD: ms->dropout = (float)st->node->layer->dropout; break;
		case STAGE_GATHER:
			ms->gather = (uint32_t)st->gather;
			ms->window = (uint32_t)s->gathers[st->gather].window;
			ms->gather_op = s->gathers[st->gather].op;
			break;
		case STAGE_ACCUMULATE:
		case STAGE_NORM:
		case STAGE_READOUT: break;
		case STAGE__COUNT: die("stage %d of unknown kind %d", k, (int)st->kind);
		}
	}
}

static void train(const TrainConfig *t, ModelTrain *mt)
{
	copy_name(mt->dataset, t->dataset);
	mt->epochs = (uint32_t)t->epochs;
	mt->batch = (uint32_t)t->batch;
	mt->validation = (uint32_t)t->validation;
	mt->seed = (uint64_t)t->seed;
	mt->schedule = (LrSchedule)t->schedule;
	mt->every = (uint32_t)t->step_every;
	mt->lr = (float)t->lr;
	mt->beta1 = (float)t->beta1;
	mt->beta2 = (float)t->beta2;
	mt->eps = (float)t->eps;
	mt->min_lr = (float)t->min_lr;
	mt->gamma = (float)t->step_gamma;
	mt->weight_decay = (float)t->weight_decay;
	mt->label_smoothing = (float)t->label_smoothing;
	mt->warmup = (uint32_t)t->warmup;
	mt->eval_noise = t->eval_noise;
	mt->precision = (Precision)t->precision;
}

void flatten_model(const Schedule *s, Model *m)
{
	memset(m, 0, sizeof *m);
	copy_name(m->name, s->prog->net.name);
	m->nbufs = (uint32_t)s->nbufs;
	m->nstages = (uint32_t)s->nstages;
	m->nparams = (uint32_t)s->nparams;
	m->nperms = (uint32_t)s->nperms;
	m->ngathers = (uint32_t)s->ngathers;
	m->logits = (uint32_t)s->logits;
	m->input = 0;
	m->input_used = (uint32_t)s->bufs[0].used;
	m->param_count = (uint64_t)s->param_count;
	m->param_bytes = (uint64_t)s->param_bytes;
	m->macs = (uint64_t)s->macs;
	m->bufs = xcalloc((size_t)s->nbufs, sizeof *m->bufs);
	m->stages = xcalloc((size_t)s->nstages, sizeof *m->stages);
	m->params = xcalloc((size_t)s->nparams, sizeof *m->params);
	m->perms = xcalloc((size_t)s->nperms, sizeof *m->perms);
	m->gathers = xcalloc((size_t)s->ngathers, sizeof *m->gathers);
	for (int b = 0; b < s->nbufs; b++)
		m->bufs[b] = (ModelBuffer){s->bufs[b].kind, (uint32_t)s->bufs[b].width, (uint32_t)s->bufs[b].used, 0,
		                           (uint32_t)s->bufs[b].positions};
	for (int g = 0; g < s->ngathers; g++) {
		const Gather *sg = &s->gathers[g];
		m->gathers[g].count = (uint32_t)sg->count;
		m->gathers[g].index = xmalloc((size_t)(sg->count ? sg->count : 1) * sizeof *sg->index);
		memcpy(m->gathers[g].index, sg->index, (size_t)sg->count * sizeof *sg->index);
	}
	stages(s, m);
	for (int p = 0; p < s->nparams; p++) {
		const Param *sp = &s->params[p];
		ModelParam *mp = &m->params[p];
		copy_name(mp->name, sp->name);
		mp->init = sp->init;
		mp->rank = (uint32_t)sp->rank;
		for (int i = 0; i < sp->rank; i++)
			mp->shape[i] = (uint32_t)sp->shape[i];
		mp->count = (uint64_t)sp->count;
		mp->offset = (uint64_t)sp->offset;
		mp->stddev = (float)sp->stddev;
		mp->value = (float)sp->value;
	}
	for (int p = 0; p < s->nperms; p++) {
		const Permutation *sp = &s->perms[p];
		ModelPerm *mp = &m->perms[p];
		mp->chunk = (uint32_t)sp->chunk;
		mp->slots = (uint32_t)sp->slots;
		for (int64_t r = 0; r < sp->slots; r++) {
			mp->plus[r] = (uint16_t)sp->plus[r];
			mp->minus[r] = (uint16_t)sp->minus[r];
		}
	}
	train(&s->prog->train, &m->train);
	model_layout(m);
}
