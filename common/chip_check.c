/* chip_check.c: chip_validate, every rule docs/chip-format.md sets for the content of
 * a .chip file (counts, indices, widths, grid places, code ranges, the program's
 * order), whether the file was read (chip_parse) or is about to be written. */
#include "chip.h"
#include "util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

enum { NN = CORE_N * CORE_N };

static bool finite_at_least(float v, float lo, bool strict)
{
	return isfinite(v) && (strict ? v > lo : v >= lo);
}

bool chip_validate_params(const ChipFile *f, char *err, size_t errlen)
{
	const ChipParams *c = &f->chip;
	if (f->flags & ~(uint32_t)CHIP_FLAG_WEIGHTS)
		return util_fail(err, errlen, "header: flags %#x has bits other than bit 0 (weights)", f->flags);
	if (c->rows < 1 || c->rows > CHIP_MAX_SIDE || c->cols < 1 || c->cols > CHIP_MAX_SIDE)
		return util_fail(err, errlen, "chip: grid %ux%u, each side must be 1..%d", c->rows, c->cols, CHIP_MAX_SIDE);
	if (c->weight_bits < 2 || c->weight_bits > 16)
		return util_fail(err, errlen, "chip: weight bits %u not in 2..16", c->weight_bits);
	if (c->weight_mode > CHIP_WEIGHTS_POSITIVE)
		return util_fail(err, errlen, "chip: weight mode %u is neither 0 (differential) nor 1 (positive)",
		                 c->weight_mode);
	if (c->adc_bits == 1 || c->adc_bits > 16)
		return util_fail(err, errlen, "chip: ADC bits %u is neither 0 nor in 2..16", c->adc_bits);
	if (!finite_at_least(c->read_noise, 0, false))
		return util_fail(err, errlen, "chip: read noise %g is not a finite number >= 0", (double)c->read_noise);
	if (!finite_at_least(c->weight_range, 0, true))
		return util_fail(err, errlen, "chip: weight range %g is not a finite number > 0", (double)c->weight_range);
	if (c->input < 1 || c->input > CHIP_MAX_INPUT)
		return util_fail(err, errlen, "chip: input width %u not in 1..%d", c->input, CHIP_MAX_INPUT);
	if (c->input_bits < 1 || c->input_bits > 16)
		return util_fail(err, errlen, "chip: input bits %u not in 1..16", c->input_bits);
	if (!finite_at_least(c->input_unit, 0, true))
		return util_fail(err, errlen, "chip: input unit %g is not a finite number > 0", (double)c->input_unit);
	if (c->logits < 1)
		return util_fail(err, errlen, "chip: logits K is 0");
	if (!(c->program_noise >= 0 && c->program_noise <= 1))
		return util_fail(err, errlen, "chip: program noise %g is not in 0..1", (double)c->program_noise);
	if (!(c->stuck_low >= 0 && c->stuck_low <= 0.5f) || !(c->stuck_high >= 0 && c->stuck_high <= 0.5f))
		return util_fail(err, errlen, "chip: stuck fractions %g (low) and %g (high) are not each in 0..0.5",
		                 (double)c->stuck_low, (double)c->stuck_high);
	return true;
}

static bool check_cores(const ChipFile *f, char *err, size_t errlen)
{
	const ChipParams *c = &f->chip;
	uint32_t cells = c->rows * c->cols;
	if (f->ncores < 1 || f->ncores > cells)
		return util_fail(err, errlen, "cores: %u cores on a %ux%u grid (1..%u)", f->ncores, c->rows, c->cols, cells);
	unsigned char *taken = xcalloc(cells, 1);
	bool ok = true, read_path = c->adc_bits || c->read_noise > 0;
	for (uint32_t m = 0; ok && m < f->ncores; m++) {
		const ChipCore *k = &f->cores[m];
		if (k->row >= c->rows || k->col >= c->cols)
			ok = util_fail(err, errlen, "core %u: place (%u,%u) is off the %ux%u grid", m, k->row, k->col, c->rows,
			               c->cols);
		else if (taken[k->row * c->cols + k->col]++)
			ok = util_fail(err, errlen, "core %u: place (%u,%u) is taken by another core", m, k->row, k->col);
		else if (!finite_at_least(k->scale, 0, false) || (!(f->flags & CHIP_FLAG_WEIGHTS) && k->scale != 0))
			ok = util_fail(err, errlen, "core %u: scale %g is not %s", m, (double)k->scale,
			               f->flags & CHIP_FLAG_WEIGHTS ? "a finite number >= 0" : "0 (the file has no weights)");
		else if (read_path ? !finite_at_least(k->adc_range, 0, true) : k->adc_range != 0)
			ok = util_fail(err, errlen, "core %u: ADC range %g is not %s", m, (double)k->adc_range,
			               read_path ? "a finite number > 0" : "0 (the chip has no ADC bits or read noise)");
	}
	free(taken);
	if (!ok || !(f->flags & CHIP_FLAG_WEIGHTS))
		return ok;
	if (!f->codes)
		return util_fail(err, errlen, "cores: the flags say the file has weights, but there are no codes");
	int32_t levels = (int32_t)chip_levels(c->weight_bits);
	for (size_t e = 0; e < (size_t)f->ncores * NN; e++)
		if (f->codes[e] < -levels || f->codes[e] > levels)
			return util_fail(err, errlen, "core %zu: weight code %d at [%zu][%zu] is outside -%d..%d", e / NN,
			                 f->codes[e], e % NN / CORE_N, e % CORE_N, levels, levels);
	return true;
}

static bool check_buffers(const ChipFile *f, char *err, size_t errlen)
{
	if (f->nbufs < 1 || f->nbufs > CHIP_MAX_BUFS)
		return util_fail(err, errlen, "buffers: count %u not in 1..%d", f->nbufs, CHIP_MAX_BUFS);
	for (uint32_t b = 0; b < f->nbufs; b++) {
		const ChipBuffer *x = &f->bufs[b];
		if (x->kind < CHIP_BUF_PIXELS || x->kind >= CHIP_BUF__END)
			return util_fail(err, errlen, "buffer %u: kind %u is not 1..%d", b, x->kind, CHIP_BUF__END - 1);
		if (x->blocks < 1 || x->blocks > CHIP_MAX_BLOCKS)
			return util_fail(err, errlen, "buffer %u: %u blocks, not 1..%d", b, x->blocks, CHIP_MAX_BLOCKS);
		if (x->positions < 1 || x->positions > CHIP_MAX_POSITIONS
		    || (uint64_t)x->positions * x->blocks > CHIP_MAX_EXAMPLE_BLOCKS)
			return util_fail(err, errlen, "buffer %u: %u positions of %u blocks, not 1..%d positions of at most %d "
			                 "blocks in all", b, x->positions, x->blocks, CHIP_MAX_POSITIONS, CHIP_MAX_EXAMPLE_BLOCKS);
		uint64_t width = (uint64_t)x->blocks * CORE_N;
		bool full = x->kind == CHIP_BUF_PARTIALS || x->kind == CHIP_BUF_SIGNED;
		if (x->used > width || (full && x->used != width))
			return util_fail(err, errlen, "buffer %u (%s): used %u, but %s %llu", b, chip_buf_names[x->kind], x->used,
			                 full ? "it must be its width," : "its width is", (unsigned long long)width);
	}
	return true;
}

static bool check_gathers(const ChipFile *f, char *err, size_t errlen)
{
	if (f->ngathers > CHIP_MAX_GATHERS)
		return util_fail(err, errlen, "gathers: %u tables, at most %d", f->ngathers, CHIP_MAX_GATHERS);
	for (uint32_t g = 0; g < f->ngathers; g++) {
		const ChipGather *x = &f->gathers[g];
		if (x->window < 1 || x->window > CHIP_MAX_WINDOW || x->values < 1 || x->count > CHIP_MAX_GATHER_INDEX)
			return util_fail(err, errlen, "gather table %u: window %u (1..%d), %u values (at least 1), %u entries "
			                 "(at most %d)", g, x->window, CHIP_MAX_WINDOW, x->values, x->count,
			                 CHIP_MAX_GATHER_INDEX);
	}
	return true;
}

static bool is_perm(const uint16_t *p, uint32_t n)
{
	bool seen[CORE_N] = {false};
	for (uint32_t r = 0; r < n; r++) {
		if (p[r] >= n || seen[p[r]])
			return false;
		seen[p[r]] = true;
	}
	return true;
}

static bool check_tables(const ChipFile *f, char *err, size_t errlen)
{
	if (!(f->flags & CHIP_FLAG_WEIGHTS) && f->ntables)
		return util_fail(err, errlen, "tables: %u tables in a file without weights", f->ntables);
	for (uint32_t t = 0; t < f->ntables; t++) {
		const ChipTable *x = &f->tables[t];
		if (x->kind != CHIP_TABLE_NEURON && x->kind != CHIP_TABLE_GAINS)
			return util_fail(err, errlen, "table %u: kind %u is neither 1 (neuron) nor 2 (gains)", t, x->kind);
		for (uint32_t e = 0; e < x->count; e++) {
			if (x->kind == CHIP_TABLE_GAINS) {
				if (!isfinite(x->gains[e]))
					return util_fail(err, errlen, "table %u: gain %u is not finite", t, e);
				continue;
			}
			const ChipNeuron *n = &x->neurons[e];
			if (!isfinite(n->threshold) || !finite_at_least(n->noise, 0, false) || n->polarity < -1
			    || n->polarity > 1)
				return util_fail(err, errlen,
				                 "table %u: neuron %u has threshold %g, noise %g, polarity %d (finite, >= 0, -1..1)",
				                 t, e, (double)n->threshold, (double)n->noise, n->polarity);
		}
	}
	return true;
}

/* The program's state while it is checked: what has been written, and used. */
typedef struct Check {
	const ChipFile *f;
	bool *written;        /* per buffer */
	uint32_t *slot_base;  /* per partials buffer: its first slot in slot_core */
	uint32_t *slot_core;  /* per slot: 1 + the core whose mvm wrote it, 0 before */
	uint32_t *slots_left; /* per partials buffer */
	bool *core_used, *table_used, *perm_used, *gather_used;
	char *err;
	size_t errlen;
} Check;

#define INSN_FAIL(i, ...) insn_fail(k, i, __VA_ARGS__)
static bool insn_fail(Check *k, uint32_t i, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool insn_fail(Check *k, uint32_t i, const char *fmt, ...)
{
	const ChipInsn *x = &k->f->insns[i];
	const char *op = x->op >= CHIP_OP_LOAD && x->op < CHIP_OP__END ? chip_op_names[x->op] : "?";
	int n = snprintf(k->err, k->errlen, "instruction %u (%s): ", i, op);
	if (n >= 0 && (size_t)n < k->errlen) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(k->err + n, k->errlen - (size_t)n, fmt, ap);
		va_end(ap);
	}
	return false;
}

/* `b` is a buffer of one of the kinds in the mask (bits 1 << kind), ready to read or
 * to write. */
static bool operand(Check *k, uint32_t i, const char *role, uint32_t b, unsigned kinds, bool read)
{
	const ChipFile *f = k->f;
	if (b >= f->nbufs)
		return INSN_FAIL(i, "%s buffer %u does not exist (%u buffers)", role, b, f->nbufs);
	uint32_t kind = f->bufs[b].kind;
	if (!(kinds >> kind & 1))
		return INSN_FAIL(i, "%s buffer %u is %s, which it cannot %s", role, b, chip_buf_names[kind],
		                 read ? "read" : "write");
	if (read && !k->written[b])
		return INSN_FAIL(i, "reads buffer %u before %s written", b,
		                 kind == CHIP_BUF_PARTIALS ? "all its slots are" : "it is");
	if (!read && k->written[b] && kind != CHIP_BUF_PARTIALS)
		return INSN_FAIL(i, "writes buffer %u, which an earlier instruction wrote", b);
	return true;
}

#define K(kind) (1u << (kind))

static bool table_operand(Check *k, uint32_t i, uint32_t t, uint32_t kind, uint32_t count)
{
	const ChipFile *f = k->f;
	if (!(f->flags & CHIP_FLAG_WEIGHTS))
		return t == CHIP_NONE || INSN_FAIL(i, "table %u in a file without weights (must be NONE)", t);
	if (t >= f->ntables)
		return INSN_FAIL(i, "table %u does not exist (%u tables)", t, f->ntables);
	if (f->tables[t].kind != kind || f->tables[t].count != count)
		return INSN_FAIL(i, "table %u is kind %u with %u entries; this needs kind %u with %u", t, f->tables[t].kind,
		                 f->tables[t].count, kind, count);
	if (k->table_used[t])
		return INSN_FAIL(i, "table %u is used by an earlier instruction too", t);
	k->table_used[t] = true;
	return true;
}

uint32_t chip_gathered_kind(uint32_t in, uint32_t op, uint32_t window)
{
	return in == CHIP_BUF_SPIKES && op == CHIP_GATHER_SUM && window > 1 ? CHIP_BUF_SIGNED : in;
}

static bool check_gather(Check *k, uint32_t i)
{
	const ChipFile *f = k->f;
	const ChipInsn *x = &f->insns[i];
	unsigned ints = K(CHIP_BUF_PIXELS) | K(CHIP_BUF_SPIKES) | K(CHIP_BUF_SIGNED);
	if (!operand(k, i, "in", x->in, ints, true) || !operand(k, i, "out", x->out, ints, false))
		return false;
	const ChipBuffer *in = &f->bufs[x->in], *out = &f->bufs[x->out];
	if (x->a >= f->ngathers)
		return INSN_FAIL(i, "gather table %u does not exist (%u tables)", x->a, f->ngathers);
	if (k->gather_used[x->a])
		return INSN_FAIL(i, "gather table %u is used by an earlier gather too", x->a);
	k->gather_used[x->a] = true;
	const ChipGather *g = &f->gathers[x->a];
	if (x->b < CHIP_GATHER_SUM || x->b >= CHIP_GATHER__END || x->c)
		return INSN_FAIL(i, "op %u is neither 1 (sum) nor 2 (max), or c %u is not 0", x->b, x->c);
	if (out->kind != chip_gathered_kind(in->kind, x->b, g->window))
		return INSN_FAIL(i, "a %s of %s over windows of %u makes %s, but buffer %u is %s", chip_gather_names[x->b],
		                 chip_buf_names[in->kind], g->window, chip_buf_names[chip_gathered_kind(in->kind, x->b, g->window)],
		                 x->out, chip_buf_names[out->kind]);
	if (g->values > out->used || (uint64_t)out->positions * g->values * g->window != g->count)
		return INSN_FAIL(i, "gather table %u has %u entries of %u values in windows of %u, but buffer %u has %u "
		                 "positions of %u used values", x->a, g->count, g->values, g->window, x->out, out->positions,
		                 out->used);
	uint64_t size = (uint64_t)in->positions * in->blocks * CORE_N;
	for (uint32_t e = 0; e < g->count; e++)
		if (g->index[e] != CHIP_NONE && g->index[e] >= size)
			return INSN_FAIL(i, "gather table %u: entry %u reads value %u of buffer %u, which has %llu", x->a, e,
			                 g->index[e], x->in, (unsigned long long)size);
	k->written[x->out] = true;
	return true;
}

static bool check_insn(Check *k, uint32_t i)
{
	const ChipFile *f = k->f;
	const ChipInsn *x = &f->insns[i];
	if (x->op < CHIP_OP_LOAD || x->op >= CHIP_OP__END)
		return INSN_FAIL(i, "op %u is not 1..%d", x->op, CHIP_OP__END - 1);
	if ((x->op == CHIP_OP_LOAD) != (i == 0))
		return INSN_FAIL(i, "the first instruction, and only it, must be load");
	if ((x->op == CHIP_OP_READOUT) != (i == f->ninsns - 1))
		return INSN_FAIL(i, "the last instruction, and only it, must be readout");
	const ChipBuffer *in = x->in < f->nbufs ? &f->bufs[x->in] : NULL, *out = x->out < f->nbufs ? &f->bufs[x->out] : NULL;
	uint32_t a = x->a, b = x->b, c = x->c;
	if (x->op == CHIP_OP_GATHER)
		return check_gather(k, i);
	/* every other op computes each position alone: its buffers have the same positions */
	if (in && out && in->positions != out->positions)
		return INSN_FAIL(i, "buffer %u has %u positions, buffer %u %u: they must be equal", x->in, in->positions,
		                 x->out, out->positions);
	switch ((ChipOp)x->op) {
	case CHIP_OP_LOAD:
		if (x->in != CHIP_NONE || a || b || c)
			return INSN_FAIL(i, "in must be NONE and a, b, c 0");
		if (!operand(k, i, "out", x->out, K(CHIP_BUF_PIXELS), false))
			return false;
		if (out->used != f->chip.input || (uint64_t)out->blocks * CORE_N - out->used >= CORE_N)
			return INSN_FAIL(i, "buffer %u (pixels): %u blocks with %u used, but the input is %u values", x->out,
			                 out->blocks, out->used, f->chip.input);
		if (out->positions != 1)
			return INSN_FAIL(i, "buffer %u has %u positions, but the input is one vector", x->out, out->positions);
		break;
	case CHIP_OP_MVM: {
		if (!operand(k, i, "in", x->in, K(CHIP_BUF_PIXELS) | K(CHIP_BUF_SPIKES) | K(CHIP_BUF_SIGNED), true)
		    || !operand(k, i, "out", x->out, K(CHIP_BUF_PARTIALS), false))
			return false;
		if (a >= f->ncores || k->core_used[a])
			return INSN_FAIL(i, "core %u %s", a, a >= f->ncores ? "does not exist" : "is used by an earlier mvm");
		k->core_used[a] = true;
		if (b >= in->blocks || c >= out->blocks)
			return INSN_FAIL(i, "input block %u of %u or slot %u of %u out of range", b, in->blocks, c, out->blocks);
		if (b != f->cores[a].in_block)
			return INSN_FAIL(i, "reads input block %u, but core %u holds tile [%u,%u]", b, a, f->cores[a].out_block,
			                 f->cores[a].in_block);
		if (k->slot_core[k->slot_base[x->out] + c])
			return INSN_FAIL(i, "slot %u of buffer %u is written by an earlier mvm", c, x->out);
		k->slot_core[k->slot_base[x->out] + c] = a + 1;
		if (--k->slots_left[x->out] == 0)
			k->written[x->out] = true;
		return true;
	}
	case CHIP_OP_ACC:
		if (!operand(k, i, "in", x->in, K(CHIP_BUF_PARTIALS), true)
		    || !operand(k, i, "out", x->out, K(CHIP_BUF_SUMS), false))
			return false;
		if (a < 1 || b || c || (uint64_t)a * out->blocks != in->blocks)
			return INSN_FAIL(i, "J = %u, b, c = %u, %u: %u slots do not make %u blocks of J (and b, c must be 0)", a,
			                 b, c, in->blocks, out->blocks);
		for (uint32_t t = 0; t < in->blocks; t++) {
			const ChipCore *core = &f->cores[k->slot_core[k->slot_base[x->in] + t] - 1];
			if (core->out_block != t / a || core->in_block != t % a)
				return INSN_FAIL(i, "slot %u is output block %u, input block %u, but its core holds tile [%u,%u]", t,
				                 t / a, t % a, core->out_block, core->in_block);
		}
		break;
	case CHIP_OP_NEURON:
		if (!operand(k, i, "in", x->in, K(CHIP_BUF_SUMS), true)
		    || !operand(k, i, "out", x->out, K(CHIP_BUF_SPIKES), false))
			return false;
		if (b || c || in->blocks != out->blocks)
			return INSN_FAIL(i, "%u blocks in, %u out (must be equal; b, c must be 0)", in->blocks, out->blocks);
		if (!table_operand(k, i, a, CHIP_TABLE_NEURON, out->used))
			return false;
		break;
	case CHIP_OP_PERMUTE:
		if (!operand(k, i, "in", x->in, K(CHIP_BUF_SPIKES) | K(CHIP_BUF_SIGNED), true)
		    || !operand(k, i, "out", x->out, K(CHIP_BUF_SIGNED), false))
			return false;
		if (b || c || in->blocks != out->blocks)
			return INSN_FAIL(i, "%u blocks in, %u out (must be equal; b, c must be 0)", in->blocks, out->blocks);
		if (a >= f->nperms)
			return INSN_FAIL(i, "permutation %u does not exist (%u permutations)", a, f->nperms);
		k->perm_used[a] = true;
		break;
	case CHIP_OP_READOUT:
		if (!operand(k, i, "in", x->in, K(CHIP_BUF_SUMS), true))
			return false;
		if (in->positions != 1)
			return INSN_FAIL(i, "reads buffer %u of %u positions, but the logits are one vector", x->in, in->positions);
		if (x->out != CHIP_NONE || c)
			return INSN_FAIL(i, "out must be NONE and c 0");
		if (b != f->chip.logits || b > in->used)
			return INSN_FAIL(i, "K = %u, but the chip has %u logits and buffer %u %u values", b, f->chip.logits, x->in,
			                 in->used);
		return table_operand(k, i, a, CHIP_TABLE_GAINS, b);
	case CHIP_OP_GATHER: /* check_gather */
	case CHIP_OP__END: break;
	}
	k->written[x->out] = true;
	return true;
}

static bool check_program(const ChipFile *f, char *err, size_t errlen)
{
	if (f->ninsns < 2 || f->ninsns > CHIP_MAX_INSNS)
		return util_fail(err, errlen, "program: %u instructions, not 2..%d", f->ninsns, CHIP_MAX_INSNS);
	Check k = {f, xcalloc(f->nbufs, sizeof(bool)), xcalloc(f->nbufs, sizeof(uint32_t)), NULL,
	           xcalloc(f->nbufs, sizeof(uint32_t)), xcalloc(f->ncores, sizeof(bool)),
	           xcalloc(f->ntables + 1, sizeof(bool)), xcalloc(f->nperms + 1, sizeof(bool)),
	           xcalloc(f->ngathers + 1, sizeof(bool)), err, errlen};
	/* each slot is written by one mvm, on a core of its own: at most ncores slots */
	uint64_t slots = 0;
	for (uint32_t b = 0; b < f->nbufs; b++)
		if (f->bufs[b].kind == CHIP_BUF_PARTIALS) {
			k.slot_base[b] = (uint32_t)slots;
			k.slots_left[b] = f->bufs[b].blocks;
			slots += f->bufs[b].blocks;
		}
	bool ok = slots <= f->ncores
	                  ? true
	                  : util_fail(err, errlen, "buffers: %llu partial-sum slots, more than the %u cores can write",
	                              (unsigned long long)slots, f->ncores);
	if (ok) {
		k.slot_core = xcalloc(slots + 1, sizeof(uint32_t));
		for (uint32_t i = 0; ok && i < f->ninsns; i++)
			ok = check_insn(&k, i);
	}
	for (uint32_t b = 0; ok && b < f->nbufs; b++)
		if (!k.written[b])
			ok = util_fail(err, errlen, "buffer %u: no instruction writes it", b);
	for (uint32_t m = 0; ok && m < f->ncores; m++)
		if (!k.core_used[m])
			ok = util_fail(err, errlen, "core %u: no mvm uses it", m);
	for (uint32_t t = 0; ok && t < f->ntables; t++)
		if (!k.table_used[t])
			ok = util_fail(err, errlen, "table %u: no instruction uses it", t);
	for (uint32_t p = 0; ok && p < f->nperms; p++)
		if (!k.perm_used[p])
			ok = util_fail(err, errlen, "permutation %u: no permute uses it", p);
	for (uint32_t g = 0; ok && g < f->ngathers; g++)
		if (!k.gather_used[g])
			ok = util_fail(err, errlen, "gather table %u: no gather uses it", g);
	free(k.written);
	free(k.slot_base);
	free(k.slot_core);
	free(k.slots_left);
	free(k.core_used);
	free(k.table_used);
	free(k.perm_used);
	free(k.gather_used);
	return ok;
}

bool chip_validate(const ChipFile *f, char *err, size_t errlen)
{
	if (f->nperms > CHIP_MAX_PERMS || f->ntables > CHIP_MAX_TABLES)
		return util_fail(err, errlen, "%u permutations and %u tables: at most %d and %d", f->nperms, f->ntables,
		                 CHIP_MAX_PERMS, CHIP_MAX_TABLES);
	if (!chip_validate_params(f, err, errlen) || !check_buffers(f, err, errlen) || !check_cores(f, err, errlen)
	    || !check_tables(f, err, errlen) || !check_gathers(f, err, errlen))
		return false;
	for (uint32_t p = 0; p < f->nperms; p++) {
		const ChipPerm *q = &f->perms[p];
		if (q->slots < 2 || q->slots > CORE_N || (uint64_t)q->chunk * q->slots != CORE_N
		    || !is_perm(q->plus, q->slots) || !is_perm(q->minus, q->slots))
			return util_fail(err, errlen, "permutation %u: chunk %u, slots %u: not chunk * slots = %d with two "
			                 "permutations of the slots", p, q->chunk, q->slots, CORE_N);
	}
	return check_program(f, err, errlen);
}
