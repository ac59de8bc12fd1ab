/* place.c: the flows of place.h and simulated annealing over them. */
#include "place.h"
#include "chip.h"
#include "rng.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>

enum { PSUM_BITS = 16, VALUE_BITS = 16, SPIKE_BITS = 1 };

typedef struct Edge {
	int64_t to, weight;
	struct Edge *next;
} Edge;

typedef struct Placer {
	int64_t ntiles, ncells, cols;
	Tile **tiles;    /* every tile of the schedule, in execution order */
	Edge **adj;      /* flows touching each tile (both directions) */
	int64_t *cell;   /* cell of each tile */
	int64_t *at;     /* tile in each cell, or -1 */
	uint64_t rng;
} Placer;

static void flow(Placer *p, Arena *a, int64_t x, int64_t y, int64_t weight)
{
	Edge *e = arena_alloc(a, sizeof *e), *f = arena_alloc(a, sizeof *f);
	*e = (Edge){y, weight, p->adj[x]};
	*f = (Edge){x, weight, p->adj[y]};
	p->adj[x] = e;
	p->adj[y] = f;
}

void place_flows(const Schedule *s, PlaceFlow *fn, void *ctx)
{
	int64_t psum = s->prog->chip.adc_bits ? s->prog->chip.adc_bits : PSUM_BITS;
	int64_t base = 0, prev_base = -1, prev_bi = 0, prev_bo = 1;
	bool spiked = false;
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		if (st->kind == STAGE_BINARY)
			spiked = true;
		if (st->kind != STAGE_TILES)
			continue;
		int64_t P = st->positions; /* a conv's cores send and receive once per position */
		for (int64_t i = 0; i < st->bo; i++)
			for (int64_t j = 1; j < st->bi; j++)
				fn(ctx, k, base + i * st->bi + j, base + i * st->bi, CORE_N * psum * P, true);
		/* block j of the previous layer's output feeds tiles (*, j); through a gather
		 * (patches, pool, flatten) input block j takes values of output block j % Bo */
		if (prev_base >= 0)
			for (int64_t i = 0; i < st->bo; i++)
				for (int64_t j = 0; j < st->bi; j++)
					fn(ctx, k, prev_base + j % prev_bo * prev_bi, base + i * st->bi + j,
					   CORE_N * (spiked ? SPIKE_BITS : VALUE_BITS) * P, false);
		prev_base = base;
		prev_bi = st->bi;
		prev_bo = st->bo;
		spiked = false;
		base += st->ntiles;
	}
}

typedef struct FlowCtx {
	Placer *p;
	Arena *a;
} FlowCtx;

static void add_flow(void *ctx, int stage, int64_t from, int64_t to, int64_t bits, bool partial)
{
	FlowCtx *c = ctx;
	(void)stage;
	(void)partial;
	flow(c->p, c->a, from, to, bits);
}

static int64_t hops(const Placer *p, int64_t c, int64_t d)
{
	return llabs(c / p->cols - d / p->cols) + llabs(c % p->cols - d % p->cols);
}

/* Cost of the flows of tile t, with t at cell c (other tiles where they are);
 * `skip` is a tile whose flows to t are not counted (the partner of a swap). */
static int64_t tile_cost(const Placer *p, int64_t t, int64_t c, int64_t skip)
{
	int64_t sum = 0;
	for (const Edge *e = p->adj[t]; e; e = e->next)
		if (e->to != skip)
			sum += e->weight * hops(p, c, p->cell[e->to]);
	return sum;
}

static int64_t total_cost(const Placer *p)
{
	int64_t sum = 0;
	for (int64_t t = 0; t < p->ntiles; t++)
		sum += tile_cost(p, t, p->cell[t], -1);
	return sum / 2; /* every flow was counted from both ends */
}

/* Change of cost when tile x goes to cell c (and the tile there, if any, to x's). */
static int64_t delta(const Placer *p, int64_t x, int64_t c)
{
	int64_t from = p->cell[x], y = p->at[c];
	int64_t d = tile_cost(p, x, c, y) - tile_cost(p, x, from, y);
	if (y >= 0)
		d += tile_cost(p, y, from, x) - tile_cost(p, y, c, x);
	return d; /* a flow between x and y keeps its length when they swap */
}

static void move(Placer *p, int64_t x, int64_t c)
{
	int64_t from = p->cell[x], y = p->at[c];
	p->at[from] = y;
	if (y >= 0)
		p->cell[y] = from;
	p->at[c] = x;
	p->cell[x] = c;
}

static double uniform(Placer *p)
{
	return (double)(rng_mix(p->rng += RNG_GOLDEN) >> 11) * 0x1p-53;
}

static void anneal(Placer *p)
{
	if (p->ntiles < 2)
		return;
	/* best is the placement of least cost so far; the tiles moved since then are
	 * logged, so that taking a new best copies those, not every tile */
	int64_t *best = xmalloc((size_t)p->ntiles * sizeof *best), *log = xmalloc((size_t)p->ntiles * sizeof *log);
	unsigned char *moved = xcalloc((size_t)p->ntiles, 1);
	int64_t nlog = 0;
	int64_t cost = total_cost(p), best_cost = cost;
	for (int64_t t = 0; t < p->ntiles; t++)
		best[t] = p->cell[t];
	/* the starting temperature: the mean uphill step of random moves */
	double up = 0;
	int64_t ups = 0;
	for (int i = 0; i < 200; i++) {
		int64_t d = delta(p, (int64_t)(uniform(p) * p->ntiles), (int64_t)(uniform(p) * p->ncells));
		if (d > 0) {
			up += (double)d;
			ups++;
		}
	}
	double temp = ups ? up / ups : 1, end = temp * 1e-4;
	int64_t steps = p->ntiles * 4000 < 4000000 ? p->ntiles * 4000 : 4000000;
	double cool = pow(end / temp, 1.0 / (double)steps);
	for (int64_t i = 0; i < steps; i++, temp *= cool) {
		int64_t x = (int64_t)(uniform(p) * p->ntiles), c = (int64_t)(uniform(p) * p->ncells);
		if (c == p->cell[x])
			continue;
		int64_t d = delta(p, x, c);
		if (d <= 0 || uniform(p) < exp(-(double)d / temp)) {
			int64_t y = p->at[c];
			move(p, x, c);
			cost += d;
			for (int k = 0; k < 2; k++) {
				int64_t t = k ? y : x;
				if (t >= 0 && !moved[t]) {
					moved[t] = 1;
					log[nlog++] = t;
				}
			}
			if (cost < best_cost) {
				best_cost = cost;
				for (; nlog > 0; nlog--) {
					int64_t t = log[nlog - 1];
					best[t] = p->cell[t];
					moved[t] = 0;
				}
			}
		}
	}
	free(log);
	free(moved);
	for (int64_t c = 0; c < p->ncells; c++)
		p->at[c] = -1;
	for (int64_t t = 0; t < p->ntiles; t++) {
		p->cell[t] = best[t];
		p->at[best[t]] = t;
	}
	free(best);
}

Grid place_auto_grid(int64_t cores)
{
	int64_t rows = 1;
	for (int64_t r = 1; r * r <= cores; r++)
		if (cores % r == 0)
			rows = r;
	if (cores / rows <= CHIP_MAX_SIDE)
		return (Grid){rows, cores / rows};
	/* no exact grid within the chip's sides (a prime above 256): the squarest that holds them */
	for (rows = 1; rows * rows < cores; rows++)
		;
	return (Grid){rows, (cores + rows - 1) / rows};
}

void place_tiles(Schedule *s, Grid g, Arena *a)
{
	s->grid = g;
	Placer p = {.ncells = g.rows * g.cols, .cols = g.cols, .rng = 0x5eedull};
	for (int k = 0; k < s->nstages; k++)
		p.ntiles += s->stages[k].ntiles;
	p.tiles = arena_alloc(a, (size_t)(p.ntiles + 1) * sizeof *p.tiles);
	p.adj = arena_alloc(a, (size_t)(p.ntiles + 1) * sizeof *p.adj);
	p.cell = arena_alloc(a, (size_t)(p.ntiles + 1) * sizeof *p.cell);
	p.at = arena_alloc(a, (size_t)p.ncells * sizeof *p.at);
	int64_t n = 0;
	for (int k = 0; k < s->nstages; k++)
		for (int64_t t = 0; t < s->stages[k].ntiles; t++)
			p.tiles[n++] = &s->stages[k].tiles[t];
	for (int64_t c = 0; c < p.ncells; c++)
		p.at[c] = c < p.ntiles ? c : -1;
	for (int64_t t = 0; t < p.ntiles; t++)
		p.cell[t] = t; /* row-major in execution order: the naive placement */
	place_flows(s, add_flow, &(FlowCtx){&p, a});
	s->place_naive = total_cost(&p);
	anneal(&p);
	s->place_cost = total_cost(&p);
	for (int64_t t = 0; t < p.ntiles; t++) {
		p.tiles[t]->core = p.cell[t];
		p.tiles[t]->row = p.cell[t] / p.cols;
		p.tiles[t]->col = p.cell[t] % p.cols;
	}
}

void place_schedule(Schedule *s, bool chip_target, Arena *a)
{
	const ChipConfig *chip = &s->prog->chip;
	if (s->grid.rows) /* placed already */
		return;
	if (chip->present && chip->grid.rows)
		place_tiles(s, chip->grid, a);
	else if (chip_target)
		place_tiles(s, place_auto_grid(chip->cores ? chip->cores : s->cores), a);
}
