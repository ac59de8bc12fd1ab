/* report.c: per-layer figures gathered from the schedule's stages, printed as text
 * or as JSON through json-c. */
#include "report.h"
#include "cost.h"
#include "lang.h"
#include "util.h"

#include <stdlib.h>

#include <json-c/json.h>

typedef struct LayerFigures {
	const IrNode *node;
	int64_t tiles_out, tiles_in, cores;
	int64_t cells_used, cells; /* crossbar cells holding weights of the layer / allocated */
	int64_t params, macs;
} LayerFigures;

static void gather(const Schedule *s, LayerFigures *f, LayerFigures *total)
{
	const Ir *ir = s->ir;
	for (int i = 0; i < ir->n; i++)
		f[i].node = &ir->nodes[i];
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		LayerFigures *lf = &f[st->node - ir->nodes];
		lf->macs += st->macs;
		if (st->param >= 0)
			lf->params += s->params[st->param].count;
		if (st->kind == STAGE_TILES) {
			lf->tiles_out = st->bo;
			lf->tiles_in = st->bi;
			lf->cores = st->ntiles;
			lf->cells_used = st->node->in * st->node->out;
			lf->cells = st->ntiles * CORE_N * CORE_N;
		}
	}
	*total = (LayerFigures){0};
	for (int i = 0; i < ir->n; i++) {
		total->cores += f[i].cores;
		total->cells_used += f[i].cells_used;
		total->cells += f[i].cells;
		total->params += f[i].params;
		total->macs += f[i].macs;
	}
}

static void percent(char *buf, size_t n, int64_t part, int64_t whole)
{
	if (whole)
		snprintf(buf, n, "%.1f%%", 100.0 * (double)part / (double)whole);
	else
		snprintf(buf, n, "-");
}

static const char *kind_name(const IrNode *n)
{
	return n->readout ? "readout" : lang_layers[n->kind].item->name;
}

static void cost_row(FILE *out, const char *name, const CostLayer *l)
{
	fprintf(out, "%-10s %7lld %9lld %7lld %8lld %8lld %11lld %11.6g %11.6g\n", name, (long long)l->reads,
	        (long long)l->conversions, (long long)l->accs, (long long)l->neurons, (long long)l->permutes,
	        (long long)l->bit_hops, l->cycles, l->energy);
}

static void print_cost(FILE *out, const Cost *c)
{
	fprintf(out, "\ncost per inference, from the chip section's cycles and energy of each operation (docs/chip.md):\n");
	fprintf(out, "%-10s %7s %9s %7s %8s %8s %11s %11s %11s\n", "layer", "reads", "ADC conv", "adds", "neurons",
	        "permutes", "bit-hops", "cycles", "energy");
	for (int i = 0; i < c->n; i++)
		cost_row(out, c->layers[i].node->name, &c->layers[i]);
	cost_row(out, "total", &c->total);
	fprintf(out, "reads: crossbar reads; adds, neurons, permutes: 256-value blocks; latency: the layers' cycles in "
	        "sequence\n");
	fprintf(out, "a vote of N noisy passes (eicrun --passes N) repeats the inference N times: 3 passes %.6g cycles "
	        "and %.6g energy, 5 passes %.6g and %.6g\n", 3 * c->total.cycles, 3 * c->total.energy, 5 * c->total.cycles,
	        5 * c->total.energy);
}

static void print_text(FILE *out, const Schedule *s, const LayerFigures *f, const LayerFigures *t, const Cost *c)
{
	const ChipConfig *chip = &s->prog->chip;
	fprintf(out, "network %s: %d layers, %lld cores", s->prog->net.name, s->ir->n, (long long)t->cores);
	if (chip->present && chip->cores)
		fprintf(out, " of the chip's %lld\n", (long long)chip->cores);
	else
		fprintf(out, " (no chip limit)\n");
	fprintf(out, "\n%-10s %-8s %13s %13s %6s %6s %7s %10s %12s\n", "layer", "kind", "size", "padded", "tiles",
	        "cores", "cells", "params", "MACs/example");
	for (int i = 0; i < s->ir->n; i++) {
		const LayerFigures *lf = &f[i];
		const IrNode *n = lf->node;
		char size[32], pad[32], tiles[16], cells[16];
		if (n->kind == LAYER_DENSE || n->kind == LAYER_CONV) {
			snprintf(size, sizeof size, "%lld->%lld", (long long)n->in, (long long)n->out);
			snprintf(pad, sizeof pad, "%lld->%lld", (long long)n->in_pad, (long long)n->out_pad);
			snprintf(tiles, sizeof tiles, "%lldx%lld", (long long)lf->tiles_out, (long long)lf->tiles_in);
		} else if (n->h) {
			snprintf(size, sizeof size, "%lldx%lldx%lld", (long long)n->h, (long long)n->w, (long long)n->c);
			snprintf(pad, sizeof pad, "%lld", (long long)n->out_pad);
			snprintf(tiles, sizeof tiles, "-");
		} else {
			snprintf(size, sizeof size, "%lld", (long long)n->out);
			snprintf(pad, sizeof pad, "%lld", (long long)n->out_pad);
			snprintf(tiles, sizeof tiles, "-");
		}
		percent(cells, sizeof cells, lf->cells_used, lf->cells);
		fprintf(out, "%-10s %-8s %13s %13s %6s %6lld %7s %10lld %12lld\n", n->name, kind_name(n), size, pad, tiles,
		        (long long)lf->cores, cells, (long long)lf->params, (long long)lf->macs);
	}
	char cells[16];
	percent(cells, sizeof cells, t->cells_used, t->cells);
	fprintf(out, "%-10s %-8s %13s %13s %6s %6lld %7s %10lld %12lld\n", "total", "", "", "", "", (long long)t->cores,
	        cells, (long long)t->params, (long long)t->macs);
	fprintf(out, "\ncells: crossbar cells holding a weight of the layer, of the cells of its cores\n");
	for (int i = 0; i < s->ir->n; i++)
		if (f[i].node->kind == LAYER_CONV)
			fprintf(out, "%s: a patch of %lld values to %lld channels at each of %lldx%lld positions: its %lld "
			        "core%s read %lld times per example, each weight used %lld times\n", f[i].node->name,
			        (long long)f[i].node->in, (long long)f[i].node->out, (long long)f[i].node->h,
			        (long long)f[i].node->w, (long long)f[i].cores, f[i].cores == 1 ? "" : "s",
			        (long long)(f[i].cores * f[i].node->positions), (long long)f[i].node->positions);
	if (s->place_naive)
		fprintf(out, "placement: %lld traffic-weighted hops, row-major %lld (%.1f%% less)\n", (long long)s->place_cost,
		        (long long)s->place_naive, 100.0 * (double)(s->place_naive - s->place_cost) / (double)s->place_naive);
	if (c)
		print_cost(out, c);
}

static json_object *ratio(int64_t part, int64_t whole)
{
	if (!whole)
		return NULL;
	char buf[32];
	snprintf(buf, sizeof buf, "%.4f", (double)part / (double)whole);
	return json_object_new_double_s((double)part / (double)whole, buf);
}

static json_object *figures(json_object *o, const LayerFigures *lf)
{
	json_object_object_add(o, "cores", json_object_new_int64(lf->cores));
	json_object_object_add(o, "cells_used", json_object_new_int64(lf->cells_used));
	json_object_object_add(o, "cells", json_object_new_int64(lf->cells));
	json_object_object_add(o, "utilization", ratio(lf->cells_used, lf->cells));
	json_object_object_add(o, "params", json_object_new_int64(lf->params));
	json_object_object_add(o, "macs_per_example", json_object_new_int64(lf->macs));
	return o;
}

static json_object *cost_json(const char *name, const CostLayer *l)
{
	json_object *o = json_object_new_object();
	if (name)
		json_object_object_add(o, "name", json_object_new_string(name));
	json_object_object_add(o, "crossbar_reads", json_object_new_int64(l->reads));
	json_object_object_add(o, "adc_conversions", json_object_new_int64(l->conversions));
	json_object_object_add(o, "accumulated_blocks", json_object_new_int64(l->accs));
	json_object_object_add(o, "neuron_blocks", json_object_new_int64(l->neurons));
	json_object_object_add(o, "permuted_blocks", json_object_new_int64(l->permutes));
	json_object_object_add(o, "bit_hops", json_object_new_int64(l->bit_hops));
	json_object_object_add(o, "cycles", json_object_new_double(l->cycles));
	json_object_object_add(o, "energy", json_object_new_double(l->energy));
	return o;
}

static void print_json(FILE *out, const Schedule *s, const LayerFigures *f, const LayerFigures *t, const Cost *c)
{
	const ChipConfig *chip = &s->prog->chip;
	json_object *root = json_object_new_object();
	json_object_object_add(root, "network", json_object_new_string(s->prog->net.name));
	json_object_object_add(root, "chip_cores",
	                       chip->present && chip->cores ? json_object_new_int64(chip->cores) : NULL);
	json_object *layers = json_object_new_array();
	for (int i = 0; i < s->ir->n; i++) {
		const IrNode *n = f[i].node;
		json_object *l = json_object_new_object();
		json_object_object_add(l, "name", json_object_new_string(n->name));
		json_object_object_add(l, "kind", json_object_new_string(kind_name(n)));
		json_object_object_add(l, "line", json_object_new_int(n->layer->loc.first_line));
		json_object_object_add(l, "in", json_object_new_int64(n->in));
		json_object_object_add(l, "out", json_object_new_int64(n->out));
		json_object_object_add(l, "in_padded", json_object_new_int64(n->in_pad));
		json_object_object_add(l, "out_padded", json_object_new_int64(n->out_pad));
		json_object_object_add(l, "positions", json_object_new_int64(n->positions));
		json_object_object_add(l, "crossbar_reads_per_example", json_object_new_int64(f[i].cores * n->positions));
		json_object *tiles = NULL;
		if (n->kind == LAYER_DENSE || n->kind == LAYER_CONV) {
			tiles = json_object_new_array();
			json_object_array_add(tiles, json_object_new_int64(f[i].tiles_out));
			json_object_array_add(tiles, json_object_new_int64(f[i].tiles_in));
		}
		json_object_object_add(l, "tiles", tiles);
		figures(l, &f[i]);
		json_object_array_add(layers, l);
	}
	json_object_object_add(root, "layers", layers);
	json_object_object_add(root, "total", figures(json_object_new_object(), t));
	if (s->place_naive) {
		json_object *pl = json_object_new_object();
		json_object_object_add(pl, "cost", json_object_new_int64(s->place_cost));
		json_object_object_add(pl, "row_major_cost", json_object_new_int64(s->place_naive));
		json_object_object_add(root, "placement", pl);
	}
	if (c) {
		json_object *cost = json_object_new_object(), *layers = json_object_new_array();
		for (int i = 0; i < c->n; i++)
			json_object_array_add(layers, cost_json(c->layers[i].node->name, &c->layers[i]));
		json_object_object_add(cost, "layers", layers);
		json_object_object_add(cost, "total", cost_json(NULL, &c->total));
		json_object_object_add(root, "cost", cost);
	}
	fprintf(out, "%s\n", json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED));
	json_object_put(root);
}

void report_print(FILE *out, const Schedule *s, bool json)
{
	LayerFigures *f = xcalloc((size_t)s->ir->n, sizeof *f), total;
	gather(s, f, &total);
	Arena a = {0};
	Cost cost;
	if (s->grid.rows) /* placed: a grid in the chip section, or --target=chip */
		cost_model(s, &a, &cost);
	(json ? print_json : print_text)(out, s, f, &total, s->grid.rows ? &cost : NULL);
	arena_free(&a);
	free(f);
}
