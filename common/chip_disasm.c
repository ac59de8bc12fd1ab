/* chip_disasm.c: the stable text form of a .chip file (eicc --disasm), which golden
 * tests compare: every field, weight blocks summarised rather than dumped. */
#include "chip.h"
#include "util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

enum { NN = CORE_N * CORE_N };

static void print_operand(FILE *out, uint32_t v)
{
	if (v == CHIP_NONE)
		fprintf(out, " -");
	else
		fprintf(out, " %u", v);
}

static void print_insn(FILE *out, const ChipFile *f, uint32_t i)
{
	const ChipInsn *x = &f->insns[i];
	fprintf(out, "  %4u  %-8s", i, chip_op_names[x->op]);
	switch ((ChipOp)x->op) {
	case CHIP_OP_LOAD: fprintf(out, "input -> b%u", x->out); break;
	case CHIP_OP_MVM: {
		const ChipCore *k = &f->cores[x->a];
		fprintf(out, "core %u (%u,%u) %s[%u,%u]: b%u block %u -> b%u slot %u", x->a, k->row, k->col, k->layer,
		        k->out_block, k->in_block, x->in, x->b, x->out, x->c);
		break;
	}
	case CHIP_OP_ACC: fprintf(out, "b%u, J = %u -> b%u", x->in, x->a, x->out); break;
	case CHIP_OP_NEURON: fprintf(out, "b%u -> b%u, table", x->in, x->out); print_operand(out, x->a); break;
	case CHIP_OP_PERMUTE: fprintf(out, "b%u -> b%u, permutation %u", x->in, x->out, x->a); break;
	case CHIP_OP_READOUT: fprintf(out, "b%u, K = %u, table", x->in, x->b); print_operand(out, x->a); break;
	case CHIP_OP_GATHER:
		fprintf(out, "b%u -> b%u, %s over windows of %u, gather table %u", x->in, x->out, chip_gather_names[x->b],
		        f->gathers[x->a].window, x->a);
		break;
	case CHIP_OP__END: break;
	}
	fputc('\n', out);
}

static void print_table(FILE *out, const ChipTable *x, uint32_t t)
{
	if (x->kind == CHIP_TABLE_GAINS) {
		fprintf(out, "  t%u gains %u:", t, x->count);
		for (uint32_t e = 0; e < x->count; e++)
			fprintf(out, " %.9g", (double)x->gains[e]);
		fputc('\n', out);
		return;
	}
	uint32_t pol[3] = {0};
	double lo = INFINITY, hi = -INFINITY, nlo = INFINITY, nhi = -INFINITY;
	CtBuf b = {0};
	for (uint32_t e = 0; e < x->count; e++) {
		const ChipNeuron *n = &x->neurons[e];
		pol[n->polarity + 1]++;
		lo = fmin(lo, n->threshold);
		hi = fmax(hi, n->threshold);
		nlo = fmin(nlo, n->noise);
		nhi = fmax(nhi, n->noise);
		ct_put_record(&b, &chip_neuron_record, n);
	}
	fprintf(out, "  t%u neuron %u: polarity +1 x%u, -1 x%u, 0 x%u; threshold %.6g..%.6g; noise %.6g..%.6g; crc %08x\n",
	        t, x->count, pol[2], pol[0], pol[1], x->count ? lo : 0, x->count ? hi : 0, x->count ? nlo : 0,
	        x->count ? nhi : 0, ct_crc(b.p, b.n));
	free(b.p);
}

void chip_disasm(FILE *out, const ChipFile *f)
{
	const ChipParams *c = &f->chip;
	uint32_t levels = chip_levels(c->weight_bits);
	fprintf(out, "chip %s, format version %d, %s\n", c->name, CHIP_VERSION,
	        f->flags & CHIP_FLAG_WEIGHTS ? "with weights" : "the mapping alone (no weights)");
	fprintf(out, "grid %ux%u, crossbars %dx%d, %u of %u cores used\n", c->rows, c->cols, CORE_N, CORE_N, f->ncores,
	        c->rows * c->cols);
	fprintf(out, "weights %s, %u bits (codes -%u..%u), range %.9g\n",
	        c->weight_mode == CHIP_WEIGHTS_DIFFERENTIAL ? "differential" : "positive", c->weight_bits, levels, levels,
	        (double)c->weight_range);
	fprintf(out, "adc_bits %u, read_noise %.9g\n", c->adc_bits, (double)c->read_noise);
	fprintf(out, "program_noise %.9g, stuck_low %.9g, stuck_high %.9g\n", (double)c->program_noise,
	        (double)c->stuck_low, (double)c->stuck_high);
	fprintf(out, "input %u codes of %u bits, unit %.9g; logits %u\n", c->input, c->input_bits, (double)c->input_unit,
	        c->logits);
	fprintf(out, "\nbuffers %u\n", f->nbufs);
	for (uint32_t b = 0; b < f->nbufs; b++)
		fprintf(out, "  b%-3u %-8s %5u x 256, %u used at %u position%s\n", b, chip_buf_names[f->bufs[b].kind],
		        f->bufs[b].blocks, f->bufs[b].used, f->bufs[b].positions, f->bufs[b].positions == 1 ? "" : "s");
	fprintf(out, "\ncores %u: place (row,col), layer[i,j], scale", f->ncores);
	if (f->flags & CHIP_FLAG_WEIGHTS)
		fprintf(out, "; codes: nonzero, min..max, crc of the stored bytes");
	fputc('\n', out);
	size_t w8 = chip_code_size(c->weight_bits);
	unsigned char *bytes = xmalloc(NN * w8);
	for (uint32_t m = 0; m < f->ncores; m++) {
		const ChipCore *k = &f->cores[m];
		fprintf(out, "  c%-4u (%u,%u) %s[%u,%u] scale %.9g", m, k->row, k->col, k->layer, k->out_block, k->in_block,
		        (double)k->scale);
		if (k->adc_range > 0)
			fprintf(out, " ADC range %.9g", (double)k->adc_range);
		if (f->flags & CHIP_FLAG_WEIGHTS) {
			const int16_t *w = f->codes + (size_t)m * NN;
			int lo = w[0], hi = w[0];
			size_t nonzero = 0;
			for (size_t e = 0; e < NN; e++) {
				lo = w[e] < lo ? w[e] : lo;
				hi = w[e] > hi ? w[e] : hi;
				nonzero += w[e] != 0;
			}
			chip_encode_codes(w, NN, w8, bytes);
			fprintf(out, "; %zu, %d..%d, crc %08x", nonzero, lo, hi, ct_crc(bytes, NN * w8));
		}
		fputc('\n', out);
	}
	free(bytes);
	fprintf(out, "\npermutations %u\n", f->nperms);
	for (uint32_t p = 0; p < f->nperms; p++) {
		const ChipPerm *q = &f->perms[p];
		fprintf(out, "  p%u chunk %u, %u slots\n    plus ", p, q->chunk, q->slots);
		for (uint32_t r = 0; r < q->slots; r++)
			fprintf(out, " %u", q->plus[r]);
		fprintf(out, "\n    minus");
		for (uint32_t r = 0; r < q->slots; r++)
			fprintf(out, " %u", q->minus[r]);
		fputc('\n', out);
	}
	fprintf(out, "\ntables %u\n", f->ntables);
	for (uint32_t t = 0; t < f->ntables; t++)
		print_table(out, &f->tables[t], t);
	fprintf(out, "\ngathers %u: window, values per position, entries (of which none), crc of the entries\n",
	        f->ngathers);
	for (uint32_t g = 0; g < f->ngathers; g++) {
		const ChipGather *x = &f->gathers[g];
		CtBuf b = {0};
		uint32_t none = 0;
		for (uint32_t e = 0; e < x->count; e++) {
			ct_put_u32(&b, x->index[e]);
			none += x->index[e] == CHIP_NONE;
		}
		fprintf(out, "  g%u window %u, %u values, %u entries (%u none), crc %08x\n", g, x->window, x->values,
		        x->count, none, ct_crc(b.p, b.n));
		free(b.p);
	}
	fprintf(out, "\nprogram %u\n", f->ninsns);
	for (uint32_t i = 0; i < f->ninsns; i++)
		print_insn(out, f, i);
}
