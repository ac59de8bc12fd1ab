/* cost.c: the cost model of cost.h, from the stages and the flows of place.h. */
#include "cost.h"
#include "place.h"
#include "util.h"

#include <stdlib.h>

typedef struct Flows {
	const Tile **tiles; /* every tile, in execution order */
	CostLayer **layer;  /* per stage: the cost row its tiles belong to */
} Flows;

static void count_flow(void *ctx, int stage, int64_t from, int64_t to, int64_t bits, bool partial)
{
	Flows *f = ctx;
	const Tile *x = f->tiles[from], *y = f->tiles[to];
	int64_t hops = llabs(x->row - y->row) + llabs(x->col - y->col);
	CostLayer *l = f->layer[stage];
	l->bit_hops += bits * hops;
	int64_t *longest = partial ? &l->psum_hops : &l->act_hops;
	if (hops > *longest)
		*longest = hops;
}

void cost_model(const Schedule *s, Arena *a, Cost *c)
{
	const ChipConfig *chip = &s->prog->chip;
	Flows f = {arena_alloc(a, (size_t)(s->cores + 1) * sizeof *f.tiles),
	           arena_alloc(a, (size_t)s->nstages * sizeof *f.layer)};
	c->layers = arena_alloc(a, (size_t)s->nstages * sizeof *c->layers);
	c->n = 0;
	CostLayer *cur = NULL;
	int64_t ntiles = 0;
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		int64_t P = st->positions;
		switch (st->kind) {
		case STAGE_TILES: /* each core reads once per position, one position after another */
			cur = &c->layers[c->n++];
			*cur = (CostLayer){.node = st->node, .reads = st->ntiles * P, .conversions = st->ntiles * CORE_N * P,
			                   .accs = st->ntiles * P};
			cur->cycles = (chip->cycles.mvm + chip->cycles.acc * (double)st->bi) * (double)P;
			for (int64_t t = 0; t < st->ntiles; t++)
				f.tiles[ntiles++] = &st->tiles[t];
			break;
		case STAGE_BINARY:
			if (cur) {
				cur->neurons += st->bo * P;
				cur->cycles += chip->cycles.neuron * (double)P;
			}
			break;
		case STAGE_PERMUTE:
			if (cur) {
				cur->permutes += st->bo * P;
				cur->cycles += chip->cycles.permute * (double)P;
			}
			break;
		case STAGE_GATHER: /* addressing: which input a position's read takes (not costed yet) */
		case STAGE_LOAD:       /* the input arrives at the chip's edge */
		case STAGE_ACCUMULATE: /* counted with its tiles: one addition per tile */
		case STAGE_READOUT:    /* the logits leave at the edge */
		case STAGE_NORM:       /* folded into the neurons' thresholds */
			break;
		case STAGE__COUNT: die("stage %d of unknown kind %d", k, (int)st->kind);
		}
		f.layer[k] = cur;
	}
	place_flows(s, count_flow, &f);
	c->total = (CostLayer){0};
	for (int i = 0; i < c->n; i++) {
		CostLayer *l = &c->layers[i], *t = &c->total;
		const OpCosts *e = &chip->energy;
		l->cycles += chip->cycles.hop * (double)(l->act_hops + l->psum_hops);
		l->energy = e->mvm * (double)l->reads + e->adc * (double)l->conversions + e->acc * (double)l->accs
		            + e->neuron * (double)l->neurons + e->permute * (double)l->permutes + e->hop * (double)l->bit_hops;
		t->reads += l->reads;
		t->conversions += l->conversions;
		t->accs += l->accs;
		t->neurons += l->neurons;
		t->permutes += l->permutes;
		t->bit_hops += l->bit_hops;
		t->act_hops = l->act_hops > t->act_hops ? l->act_hops : t->act_hops;
		t->psum_hops = l->psum_hops > t->psum_hops ? l->psum_hops : t->psum_hops;
		t->cycles += l->cycles;
		t->energy += l->energy;
	}
}
