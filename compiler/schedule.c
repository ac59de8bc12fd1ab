/* schedule.c: the text form of a schedule (eicc --emit=schedule), specified in
 * docs/schedule.md. Stable: names, numbers and source positions only. */
#include "schedule.h"
#include "adc.h"
#include "chip.h"
#include "lang.h"
#include "model.h"

static void shape(char *buf, size_t n, const Param *p)
{
	size_t len = (size_t)snprintf(buf, n, "[");
	for (int i = 0; i < p->rank && len < n; i++)
		len += (size_t)snprintf(buf + len, n - len, "%s%lld", i ? "," : "", (long long)p->shape[i]);
	if (len < n)
		snprintf(buf + len, n - len, "]");
}

static void dump_params(FILE *out, const Schedule *s)
{
	fprintf(out, "\nparams %-20s %-15s %9s %10s  init\n", "", "shape", "count", "offset");
	for (int i = 0; i < s->nparams; i++) {
		const Param *p = &s->params[i];
		char sh[64], v[32];
		shape(sh, sizeof sh, p);
		fprintf(out, "  p%-4d %-20s %-15s %9lld %10lld  ", i, p->name, sh, (long long)p->count, (long long)p->offset);
		if (p->init == INIT_XAVIER_NORMAL) {
			fprintf(out, "xavier_normal fan_in=%.0f fan_out=%.0f stddev=%.6g\n", p->fan_in, p->fan_out, p->stddev);
		} else if (p->init == INIT_NORM) {
			fprintf(out, "rows gamma 1, beta 0, running mean 0, running variance 1\n");
		} else {
			lang_format_real(p->value, v, sizeof v);
			fprintf(out, "constant %s\n", v);
		}
	}
}

/* The end of the line of a stage that drops values in training */
static void dropout_end(FILE *out, const Layer *layer)
{
	char p[32];
	lang_format_real(layer->dropout, p, sizeof p);
	fprintf(out, layer->dropout > 0 ? ", dropout %s in training\n" : "\n", p);
}

/* A tiles stage's programmed cells (cell.h), when they miss their levels */
static void cells_end(FILE *out, const ChipConfig *chip)
{
	if (chip->present && chip->weight_bits && (chip->program_noise > 0 || chip->stuck_low > 0 || chip->stuck_high > 0))
		fprintf(out, ", cells off by sigma %g (relative), %g stuck at 0, %g at L", chip->program_noise,
		        chip->stuck_low, chip->stuck_high);
	fputc('\n', out);
}

/* A tiles stage's read path (model.h's adc_read): its full scale R in units of
 * code x input, the ADC's step, the read noise's sigma; then its cells */
static void read_path_end(FILE *out, const ChipConfig *chip)
{
	if (!chip->present || !chip->weight_bits || (!chip->adc_bits && !(chip->read_noise > 0))) {
		cells_end(out, chip);
		return;
	}
	float range = adc_full_scale(chip->adc_range, chip_levels((uint32_t)chip->weight_bits));
	fprintf(out, ", read over +-%.9g", (double)range);
	if (chip->adc_bits)
		fprintf(out, " by a %lld-bit ADC (step %.9g)", (long long)chip->adc_bits,
		        (double)adc_step(range, chip_levels((uint32_t)chip->adc_bits)));
	if (chip->read_noise > 0)
		fprintf(out, " with noise sigma %.9g", (double)((float)chip->read_noise * range));
	cells_end(out, chip);
}

static void dump_stage(FILE *out, const Schedule *s, int k)
{
	const Stage *st = &s->stages[k];
	const IrNode *n = st->node;
	const Buffer *to = &s->bufs[st->out];
	char io[96];
	snprintf(io, sizeof io, "%s <- %s", to->name, st->in >= 0 ? s->bufs[st->in].name : "input");
	fprintf(out, "  s%-4d %-10s %-28s ", k, kinds_stage[st->kind].name, io);
	switch (st->kind) {
	case STAGE_LOAD:
		fprintf(out, "%lld values padded to %lld", (long long)to->used, (long long)to->width);
		dropout_end(out, n->layer);
		break;
	case STAGE_TILES:
		fprintf(out, "%s @%d:%d: %lldx%lld tiles, weights p%d", n->name, n->layer->loc.first_line,
		        n->layer->loc.first_column, (long long)st->bo, (long long)st->bi, st->param);
		read_path_end(out, &s->prog->chip);
		for (int64_t t = 0; t < st->ntiles; t++) {
			const Tile *tile = &st->tiles[t];
			fprintf(out, "          tile [%lld,%lld] core %lld", (long long)tile->out_block, (long long)tile->in_block,
			        (long long)tile->core);
			if (tile->row >= 0)
				fprintf(out, " at %lld,%lld", (long long)tile->row, (long long)tile->col);
			fputc('\n', out);
		}
		break;
	case STAGE_ACCUMULATE:
		fprintf(out, "%lld block%s, each the sum of %lld, gain p%d\n", (long long)st->bo, st->bo == 1 ? "" : "s",
		        (long long)st->bi, st->param);
		if (to->used < to->width)
			fprintf(out, "%47s mask: outputs %lld..%lld held at zero\n", "", (long long)to->used,
			        (long long)to->width - 1);
		break;
	case STAGE_BINARY: {
		const BinaryParams *b = &n->layer->binary;
		char th[32], sg[32], lo[32], hi[32];
		lang_format_real(b->threshold, th, sizeof th);
		lang_format_real(b->noise, sg, sizeof sg);
		lang_format_real(b->ste_center - b->ste_width / 2, lo, sizeof lo);
		lang_format_real(b->ste_center + b->ste_width / 2, hi, sizeof hi);
		const ChipConfig *chip = &s->prog->chip;
		const char *at = chip->present && chip->neuron_noise == NOISE_AT_COMPARATOR ? " at the comparator" : "";
		if (st->param >= 0)
			fprintf(out, "threshold learned p%d from %s, noise %s%s, gradient passes on threshold + [%s, %s]",
			        st->param, th, sg, at, lo, hi);
		else
			fprintf(out, "threshold %s noise %s%s, gradient passes on [%s, %s]", th, sg, at, lo, hi);
		dropout_end(out, n->layer);
		break;
	}
	case STAGE_PERMUTE: {
		const Permutation *p = &s->perms[st->perm];
		fprintf(out, "%lld block%s of %lld slots x %lld, tau p%d, permutation %s\n", (long long)st->bo,
		        st->bo == 1 ? "" : "s", (long long)p->slots, (long long)p->chunk, st->param, n->name);
		break;
	}
	case STAGE_NORM:
		fprintf(out, "batch normalisation, statistics p%d, momentum %g, eps %g\n", st->param,
		        (double)MODEL_NORM_MOMENTUM, (double)MODEL_NORM_EPS);
		break;
	case STAGE_READOUT:
		fprintf(out, "the first %lld of %lld\n", (long long)to->width, (long long)s->bufs[st->in].width);
		break;
	case STAGE_GATHER: {
		const Gather *gt = &s->gathers[st->gather];
		fprintf(out, "%s: %lld values", n->name, (long long)to->used);
		if (to->positions > 1)
			fprintf(out, " at each of %lld positions", (long long)to->positions);
		if (gt->window == 1)
			fprintf(out, ", picked from %s\n", s->bufs[st->in].name);
		else
			fprintf(out, ", each the %s of a window of %lld\n", gt->op == GATHER_MAX ? "maximum" : "mean",
			        (long long)gt->window);
		break;
	}
	case STAGE__COUNT:
		break;
	}
	if (st->positions > 1 && st->kind != STAGE_GATHER)
		fprintf(out, "%47s at each of %lld positions, one after another\n", "", (long long)st->positions);
}

void sched_dump(FILE *out, const Schedule *s)
{
	const Program *p = s->prog;
	fprintf(out, "schedule %s\n", p->net.name);
	fprintf(out, "  layers %d, stages %d, buffers %d, parameters %d\n", s->ir->n, s->nstages, s->nbufs, s->nparams);
	if (p->chip.present && p->chip.grid.rows)
		fprintf(out, "  cores %lld of %lld (grid %lldx%lld), placement cost %lld (row-major %lld)\n",
		        (long long)s->cores, (long long)p->chip.cores, (long long)p->chip.grid.rows,
		        (long long)p->chip.grid.cols, (long long)s->place_cost, (long long)s->place_naive);
	else if (p->chip.present && p->chip.cores)
		fprintf(out, "  cores %lld of %lld (grid auto)\n", (long long)s->cores, (long long)p->chip.cores);
	else
		fprintf(out, "  cores %lld (no chip limit)\n", (long long)s->cores);
	fprintf(out, "  parameter values %lld, %lld bytes\n", (long long)s->param_count, (long long)s->param_bytes);
	fprintf(out, "  multiply-accumulates %lld per example\n", (long long)s->macs);

	fprintf(out, "\nbuffers %-19s %-12s %7s %7s\n", "", "kind", "width", "used");
	for (int i = 0; i < s->nbufs; i++) {
		const Buffer *b = &s->bufs[i];
		fprintf(out, "  b%-4d %-20s %-12s %7lld %7lld", i, b->name, kinds_buf[b->kind].name, (long long)b->width,
		        (long long)b->used);
		fprintf(out, b->positions > 1 ? "  x %lld positions\n" : "\n", (long long)b->positions);
	}

	dump_params(out, s);

	fprintf(out, "\nstages\n");
	for (int k = 0; k < s->nstages; k++)
		dump_stage(out, s, k);

	if (s->nperms)
		fprintf(out, "\npermutations\n");
	for (int i = 0; i < s->nperms; i++) {
		const Permutation *pm = &s->perms[i];
		fprintf(out, "  %s seed %lld, %lld slots of %lld\n", pm->node->name, (long long)pm->seed,
		        (long long)pm->slots, (long long)pm->chunk);
		for (int sign = 0; sign < 2; sign++) {
			const int *v = sign ? pm->minus : pm->plus;
			fprintf(out, "    %-5s", sign ? "minus" : "plus");
			for (int64_t r = 0; r < pm->slots; r++)
				fprintf(out, " %d", v[r]);
			fputc('\n', out);
		}
	}
}
