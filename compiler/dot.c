/* dot.c: Graphviz text for a schedule. */
#include "dot.h"
#include "util.h"

#include <stdlib.h>

static const char *const palette[] = {"#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99", "#8dd3c7", "#bebada"};
enum { NCOLORS = sizeof palette / sizeof palette[0], AUTO_COLS = 16 };

static void stage_label(FILE *out, const Schedule *s, int k)
{
	const Stage *st = &s->stages[k];
	const Buffer *to = &s->bufs[st->out];
	fprintf(out, "  s%d [label=\"s%d %s", k, k, kinds_stage[st->kind].name);
	if (st->node && st->kind != STAGE_LOAD)
		fprintf(out, " %s", st->node->name);
	if (st->kind == STAGE_TILES)
		fprintf(out, "\\n%lldx%lld tiles on %lld cores", (long long)st->bo, (long long)st->bi, (long long)st->ntiles);
	else
		fprintf(out, "\\n%s: %lld of %lld", to->name, (long long)to->used, (long long)to->width);
	if (st->positions > 1)
		fprintf(out, "\\nat %lld positions", (long long)st->positions);
	fprintf(out, "\"%s];\n", st->kind == STAGE_TILES ? ", style=filled, fillcolor=\"#e8e8e8\"" : "");
}

static void grid(FILE *out, const Schedule *s)
{
	const ChipConfig *chip = &s->prog->chip;
	int64_t cols = chip->grid.cols ? chip->grid.cols : AUTO_COLS;
	int64_t cells = chip->grid.rows ? chip->grid.rows * chip->grid.cols : (s->cores + cols - 1) / cols * cols;
	int64_t *layer_of = xmalloc((size_t)(cells ? cells : 1) * sizeof *layer_of);
	for (int64_t c = 0; c < cells; c++)
		layer_of[c] = -1;
	int dense = 0;
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		if (st->kind != STAGE_TILES)
			continue;
		for (int64_t t = 0; t < st->ntiles; t++)
			if (st->tiles[t].core < cells)
				layer_of[st->tiles[t].core] = dense;
		dense++;
	}
	fprintf(out, "  grid [shape=plaintext, label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\">\n");
	fprintf(out, "    <tr><td colspan=\"%lld\">cores (%s)</td></tr>\n", (long long)cols,
	        chip->grid.rows ? "chip grid" : "grid auto");
	for (int64_t c = 0; c < cells; c++) {
		if (c % cols == 0)
			fprintf(out, "    <tr>");
		if (layer_of[c] >= 0)
			fprintf(out, "<td bgcolor=\"%s\">%lld</td>", palette[layer_of[c] % NCOLORS], (long long)c);
		else
			fprintf(out, "<td>%lld</td>", (long long)c);
		if (c % cols == cols - 1)
			fprintf(out, "</tr>\n");
	}
	fprintf(out, "  </table>>];\n");
	free(layer_of);
}

void dot_print(FILE *out, const Schedule *s)
{
	fprintf(out, "digraph \"%s\" {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n", s->prog->net.name);
	fprintf(out, "  edge [fontname=\"Helvetica\", fontsize=10];\n");
	int *writer = xmalloc((size_t)s->nbufs * sizeof *writer);
	for (int k = 0; k < s->nstages; k++) {
		stage_label(out, s, k);
		writer[s->stages[k].out] = k;
	}
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		if (st->in >= 0)
			fprintf(out, "  s%d -> s%d [label=\"%s\"];\n", writer[st->in], k, s->bufs[st->in].name);
	}
	int dense = 0;
	for (int k = 0; k < s->nstages; k++) {
		if (s->stages[k].kind != STAGE_TILES)
			continue;
		fprintf(out, "  s%d -> grid [style=dashed, arrowhead=none, color=\"%s\"];\n", k, palette[dense++ % NCOLORS]);
	}
	grid(out, s);
	fprintf(out, "}\n");
	free(writer);
}
