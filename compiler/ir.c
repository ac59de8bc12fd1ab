/* ir.c: names and shapes of the layers, from the checked program. */
#include "ir.h"
#include "lang.h"

Ir *ir_build(const Program *p, Arena *a)
{
	const Network *net = &p->net;
	Ir *ir = arena_alloc(a, sizeof *ir);
	ir->nodes = arena_alloc(a, (size_t)net->nlayers * sizeof *ir->nodes);
	int count[LAYER__COUNT] = {0}, last_dense = -1;
	int64_t width = 0, channels = 0;
	for (int i = 0; i < net->nlayers; i++) {
		const Layer *l = &net->layers[i];
		IrNode *n = &ir->nodes[ir->n++];
		n->kind = l->kind;
		n->layer = l;
		const char *word = lang_layers[l->kind].item->name;
		n->name = l->kind == LAYER_INPUT ? word : arena_printf(a, "%s%d", word, ++count[l->kind]);
		n->h = l->h;
		n->w = l->w;
		n->c = l->c;
		n->positions = l->kind != LAYER_INPUT && l->h ? l->h * l->w : 1;
		/* a conv reads a patch: kh kw values of each input channel; flatten and the
		 * input keep their width */
		n->in = l->kind == LAYER_CONV ? l->conv.kh * l->conv.kw * channels
		        : l->kind == LAYER_INPUT || l->kind == LAYER_FLATTEN ? l->size : width;
		n->out = l->size; /* binary and permute: the checker set it to their input's */
		channels = l->c;
		n->in_pad = core_pad(n->in);
		n->out_pad = core_pad(n->out);
		n->bi = n->in_pad / CORE_N;
		n->bo = n->out_pad / CORE_N;
		width = n->out;
		if (l->kind == LAYER_DENSE)
			last_dense = i;
	}
	if (last_dense >= 0)
		ir->nodes[last_dense].readout = true;
	return ir;
}
