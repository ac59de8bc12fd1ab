/* chip.c: writing, reading, checking and printing the .chip file of chip.h, field by
 * field, in the order of docs/chip-format.md. The container (header, table, CRCs) is
 * container.h's; every count is bounded and checked against its section's length
 * before the array it sizes is allocated. */
#include "chip.h"
#include "container.h"
#include "util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	CHIP_FIXED = 120, CORE_SIZE = 88, BUF_SIZE = 16, INSN_SIZE = 24,
	TABLE_FIXED = 8, NEURON_SIZE = 12, GAIN_SIZE = 4,
	NSECTIONS = CHIP_SEC_WEIGHTS,
	NN = CORE_N * CORE_N,
	MAX_TABLE = CHIP_MAX_BLOCKS * CORE_N, /* entries of a table */
};

static const char *const section_names[NSECTIONS + 1] = {
	[CHIP_SEC_CHIP] = "chip", [CHIP_SEC_CORES] = "cores", [CHIP_SEC_BUFFERS] = "buffers",
	[CHIP_SEC_PROGRAM] = "program", [CHIP_SEC_PERMS] = "permutations", [CHIP_SEC_TABLES] = "tables",
	[CHIP_SEC_WEIGHTS] = "weights",
};

static const CtFormat format = {CHIP_MAGIC, ".chip", CHIP_VERSION, NSECTIONS, CHIP_SEC_PERMS, section_names, 16};

const char *const chip_op_names[CHIP_OP__END] = {
	[CHIP_OP_LOAD] = "load", [CHIP_OP_MVM] = "mvm", [CHIP_OP_ACC] = "acc", [CHIP_OP_NEURON] = "neuron",
	[CHIP_OP_PERMUTE] = "permute", [CHIP_OP_READOUT] = "readout",
};
const char *const chip_buf_names[CHIP_BUF__END] = {
	[CHIP_BUF_PIXELS] = "pixels", [CHIP_BUF_PARTIALS] = "partials", [CHIP_BUF_SUMS] = "sums",
	[CHIP_BUF_SPIKES] = "spikes", [CHIP_BUF_SIGNED] = "signed",
};

uint32_t chip_levels(uint32_t weight_bits)
{
	return (1u << (weight_bits - 1)) - 1;
}

/* Bytes per weight code: i8 up to 8 bits, else i16. */
static size_t code_size(uint32_t weight_bits)
{
	return weight_bits <= 8 ? 1 : 2;
}

/* n codes as section 7 stores them, w8 bytes each, little-endian. */
static void encode_codes(const int16_t *codes, size_t n, size_t w8, unsigned char *p)
{
	for (size_t e = 0; e < n; e++) {
		uint16_t v = (uint16_t)codes[e];
		p[e * w8] = (unsigned char)v;
		if (w8 == 2)
			p[e * 2 + 1] = (unsigned char)(v >> 8);
	}
}

/* A neuron table entry as section 6 stores it. */
static void put_neuron(CtBuf *b, const ChipNeuron *n)
{
	ct_put_f32(b, n->threshold);
	ct_put_f32(b, n->noise);
	ct_put_u32(b, (uint32_t)n->polarity);
}

/* ---- checking ---- */

static bool finite_at_least(float v, float lo, bool strict)
{
	return isfinite(v) && (strict ? v > lo : v >= lo);
}

static bool check_params(const ChipFile *f, char *err, size_t errlen)
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
	if (c->adc_bits > 16)
		return util_fail(err, errlen, "chip: ADC bits %u not in 0..16", c->adc_bits);
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
	return true;
}

static bool check_cores(const ChipFile *f, char *err, size_t errlen)
{
	const ChipParams *c = &f->chip;
	uint32_t cells = c->rows * c->cols;
	if (f->ncores < 1 || f->ncores > cells)
		return util_fail(err, errlen, "cores: %u cores on a %ux%u grid (1..%u)", f->ncores, c->rows, c->cols, cells);
	unsigned char *taken = xcalloc(cells, 1);
	bool ok = true;
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
		uint64_t width = (uint64_t)x->blocks * CORE_N;
		bool full = x->kind == CHIP_BUF_PARTIALS || x->kind == CHIP_BUF_SIGNED;
		if (x->used > width || (full && x->used != width))
			return util_fail(err, errlen, "buffer %u (%s): used %u, but %s %llu", b, chip_buf_names[x->kind], x->used,
			                 full ? "it must be its width," : "its width is", (unsigned long long)width);
		if (x->kind == CHIP_BUF_PIXELS && (x->used != f->chip.input || width - x->used >= CORE_N))
			return util_fail(err, errlen, "buffer %u (pixels): %u blocks with %u used, but the input is %u values",
			                 b, x->blocks, x->used, f->chip.input);
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
	bool *core_used, *table_used, *perm_used;
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
	switch ((ChipOp)x->op) {
	case CHIP_OP_LOAD:
		if (x->in != CHIP_NONE || a || b || c)
			return INSN_FAIL(i, "in must be NONE and a, b, c 0");
		if (!operand(k, i, "out", x->out, K(CHIP_BUF_PIXELS), false))
			return false;
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
		if (x->out != CHIP_NONE || c)
			return INSN_FAIL(i, "out must be NONE and c 0");
		if (b != f->chip.logits || b > in->used)
			return INSN_FAIL(i, "K = %u, but the chip has %u logits and buffer %u %u values", b, f->chip.logits, x->in,
			                 in->used);
		return table_operand(k, i, a, CHIP_TABLE_GAINS, b);
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
	           xcalloc(f->ntables + 1, sizeof(bool)), xcalloc(f->nperms + 1, sizeof(bool)), err, errlen};
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
	free(k.written);
	free(k.slot_base);
	free(k.slot_core);
	free(k.slots_left);
	free(k.core_used);
	free(k.table_used);
	free(k.perm_used);
	return ok;
}

bool chip_validate(const ChipFile *f, char *err, size_t errlen)
{
	if (f->nperms > CHIP_MAX_PERMS || f->ntables > CHIP_MAX_TABLES)
		return util_fail(err, errlen, "%u permutations and %u tables: at most %d and %d", f->nperms, f->ntables,
		                 CHIP_MAX_PERMS, CHIP_MAX_TABLES);
	if (!check_params(f, err, errlen) || !check_buffers(f, err, errlen) || !check_cores(f, err, errlen)
	    || !check_tables(f, err, errlen))
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

/* ---- writing ---- */

static bool put_chip(CtBuf *b, const ChipParams *c)
{
	if (!ct_put_name(b, c->name))
		return false;
	ct_put_u32(b, c->rows);
	ct_put_u32(b, c->cols);
	ct_put_u32(b, CORE_N);
	ct_put_u32(b, c->weight_bits);
	ct_put_u32(b, c->weight_mode);
	ct_put_u32(b, c->adc_bits);
	ct_put_f32(b, c->read_noise);
	ct_put_f32(b, c->weight_range);
	ct_put_u32(b, c->input);
	ct_put_u32(b, c->input_bits);
	ct_put_f32(b, c->input_unit);
	ct_put_u32(b, c->logits);
	ct_put_u64(b, 0);
	return true;
}

static bool put_cores(CtBuf *b, const ChipFile *f)
{
	ct_put_counted(b, f->ncores);
	for (uint32_t m = 0; m < f->ncores; m++) {
		const ChipCore *k = &f->cores[m];
		if (!ct_put_name(b, k->layer))
			return false;
		ct_put_u32(b, k->row);
		ct_put_u32(b, k->col);
		ct_put_u32(b, k->out_block);
		ct_put_u32(b, k->in_block);
		ct_put_f32(b, k->scale);
		ct_put_u32(b, 0);
	}
	return true;
}

static void put_rest(CtWriter *w, const ChipFile *f)
{
	CtBuf *b = &w->b;
	ct_section(w, CHIP_SEC_BUFFERS);
	ct_put_counted(b, f->nbufs);
	for (uint32_t i = 0; i < f->nbufs; i++) {
		ct_put_u32(b, f->bufs[i].kind);
		ct_put_u32(b, f->bufs[i].blocks);
		ct_put_u32(b, f->bufs[i].used);
		ct_put_u32(b, 0);
	}
	ct_section(w, CHIP_SEC_PROGRAM);
	ct_put_counted(b, f->ninsns);
	for (uint32_t i = 0; i < f->ninsns; i++) {
		const ChipInsn *x = &f->insns[i];
		const uint32_t v[6] = {x->op, x->in, x->out, x->a, x->b, x->c};
		for (int k = 0; k < 6; k++)
			ct_put_u32(b, v[k]);
	}
	ct_section(w, CHIP_SEC_PERMS);
	ct_put_counted(b, f->nperms);
	for (uint32_t p = 0; p < f->nperms; p++)
		ct_put_perm(b, &f->perms[p]); /* chip_serialize checked every slots */
	if (!(f->flags & CHIP_FLAG_WEIGHTS))
		return;
	ct_section(w, CHIP_SEC_TABLES);
	ct_put_counted(b, f->ntables);
	for (uint32_t t = 0; t < f->ntables; t++) {
		const ChipTable *x = &f->tables[t];
		ct_put_u32(b, x->kind);
		ct_put_u32(b, x->count);
		for (uint32_t e = 0; e < x->count; e++) {
			if (x->kind == CHIP_TABLE_GAINS) {
				ct_put_f32(b, x->gains[e]);
				continue;
			}
			put_neuron(b, &x->neurons[e]);
		}
	}
	ct_section(w, CHIP_SEC_WEIGHTS);
	size_t w8 = code_size(f->chip.weight_bits), n = (size_t)f->ncores * NN;
	encode_codes(f->codes, n, w8, ct_put(b, n * w8));
}

int chip_serialize(const ChipFile *f, unsigned char **out, size_t *outlen)
{
	*out = NULL;
	*outlen = 0;
	bool weights = f->flags & CHIP_FLAG_WEIGHTS;
	if (f->ncores > CHIP_MAX_CORES || f->nbufs > CHIP_MAX_BUFS || f->ninsns > CHIP_MAX_INSNS
	    || f->nperms > CHIP_MAX_PERMS || f->ntables > CHIP_MAX_TABLES || (weights && !f->codes))
		return -1;
	for (uint32_t t = 0; t < f->ntables; t++)
		if (f->tables[t].count > MAX_TABLE)
			return -1;
	for (uint32_t p = 0; p < f->nperms; p++)
		if (f->perms[p].slots > CORE_N)
			return -1;
	CtWriter w;
	ct_begin(&w, &format, weights ? NSECTIONS : CHIP_SEC_PERMS);
	ct_section(&w, CHIP_SEC_CHIP);
	bool ok = put_chip(&w.b, &f->chip);
	if (ok) {
		ct_section(&w, CHIP_SEC_CORES);
		ok = put_cores(&w.b, f);
	}
	if (!ok) {
		free(w.b.p);
		return -1;
	}
	put_rest(&w, f);
	ct_finish(&w, f->flags);
	*out = w.b.p;
	*outlen = w.b.n;
	return 0;
}

int chip_write(const char *path, const ChipFile *f, char *err, size_t errlen)
{
	char why[512];
	if (!chip_validate(f, why, sizeof why))
		return util_fail(err, errlen, "%s: not written: %s", path, why), -1;
	unsigned char *img;
	size_t n;
	if (chip_serialize(f, &img, &n) != 0)
		return util_fail(err, errlen, "%s: not written: a count above its limit, or a bad name", path), -1;
	/* read it back first: eicc must never write a file that a reader refuses */
	ChipFile check;
	bool ok = chip_parse(img, n, &check, why, sizeof why);
	chip_free(&check);
	int rc = ok ? ct_write_file(path, img, n, err, errlen) : (util_fail(err, errlen, "%s: not written: %s", path, why), -1);
	free(img);
	return rc;
}

/* ---- reading ---- */

#define SEC_FAIL(id, ...) ct_sec_fail(err, errlen, &format, id, __VA_ARGS__)

static bool read_chip(CtPlace s, ChipParams *p, char *err, size_t errlen)
{
	const uint32_t id = CHIP_SEC_CHIP;
	CtCursor c = {s.p, s.n, 0, false};
	if (s.n != CHIP_FIXED)
		return SEC_FAIL(id, "%zu bytes, but the chip parameters take %d", s.n, CHIP_FIXED);
	if (!ct_get_name(&c, p->name))
		return SEC_FAIL(id, "network name is not a NUL-terminated, zero-padded line of text");
	p->rows = ct_get_u32(&c);
	p->cols = ct_get_u32(&c);
	uint32_t n = ct_get_u32(&c);
	p->weight_bits = ct_get_u32(&c);
	p->weight_mode = ct_get_u32(&c);
	p->adc_bits = ct_get_u32(&c);
	p->read_noise = ct_get_f32(&c);
	p->weight_range = ct_get_f32(&c);
	p->input = ct_get_u32(&c);
	p->input_bits = ct_get_u32(&c);
	p->input_unit = ct_get_f32(&c);
	p->logits = ct_get_u32(&c);
	uint64_t reserved = ct_get_u64(&c);
	if (n != CORE_N)
		return SEC_FAIL(id, "crossbar size %u, this reader knows %d", n, CORE_N);
	if (reserved != 0)
		return SEC_FAIL(id, "reserved bytes are not 0");
	return true;
}

static bool read_cores(CtPlace s, ChipFile *f, char *err, size_t errlen)
{
	CtCursor c;
	if (!ct_get_counted(s, &format, CHIP_SEC_CORES, &c, &f->ncores, CHIP_MAX_CORES, CORE_SIZE, "cores", err, errlen))
		return false;
	f->cores = xcalloc(f->ncores + 1, sizeof *f->cores);
	for (uint32_t m = 0; m < f->ncores; m++) {
		ChipCore *k = &f->cores[m];
		if (!ct_get_name(&c, k->layer))
			return SEC_FAIL(CHIP_SEC_CORES, "core %u: layer name is not a NUL-terminated, zero-padded line of text", m);
		k->row = ct_get_u32(&c);
		k->col = ct_get_u32(&c);
		k->out_block = ct_get_u32(&c);
		k->in_block = ct_get_u32(&c);
		k->scale = ct_get_f32(&c);
		if (ct_get_u32(&c) != 0)
			return SEC_FAIL(CHIP_SEC_CORES, "core %u: reserved field is not 0", m);
	}
	return true;
}

static bool read_buffers_program(CtPlace sb, CtPlace sp, ChipFile *f, char *err, size_t errlen)
{
	CtCursor c;
	if (!ct_get_counted(sb, &format, CHIP_SEC_BUFFERS, &c, &f->nbufs, CHIP_MAX_BUFS, BUF_SIZE, "buffers", err, errlen))
		return false;
	f->bufs = xcalloc(f->nbufs + 1, sizeof *f->bufs);
	for (uint32_t b = 0; b < f->nbufs; b++) {
		f->bufs[b].kind = ct_get_u32(&c);
		f->bufs[b].blocks = ct_get_u32(&c);
		f->bufs[b].used = ct_get_u32(&c);
		if (ct_get_u32(&c) != 0)
			return SEC_FAIL(CHIP_SEC_BUFFERS, "buffer %u: reserved field is not 0", b);
	}
	if (!ct_get_counted(sp, &format, CHIP_SEC_PROGRAM, &c, &f->ninsns, CHIP_MAX_INSNS, INSN_SIZE, "instructions", err,
	                    errlen))
		return false;
	f->insns = xcalloc(f->ninsns + 1, sizeof *f->insns);
	for (uint32_t i = 0; i < f->ninsns; i++) {
		ChipInsn *x = &f->insns[i];
		x->op = ct_get_u32(&c);
		x->in = ct_get_u32(&c);
		x->out = ct_get_u32(&c);
		x->a = ct_get_u32(&c);
		x->b = ct_get_u32(&c);
		x->c = ct_get_u32(&c);
	}
	return true;
}

static bool read_perms(CtPlace s, ChipFile *f, char *err, size_t errlen)
{
	CtCursor c;
	if (!ct_get_counted(s, &format, CHIP_SEC_PERMS, &c, &f->nperms, CHIP_MAX_PERMS, 0, "", err, errlen))
		return false;
	f->perms = xcalloc(f->nperms + 1, sizeof *f->perms);
	return ct_get_perms(&c, &format, CHIP_SEC_PERMS, f->nperms, f->perms, err, errlen);
}

static bool read_tables(CtPlace s, ChipFile *f, char *err, size_t errlen)
{
	const uint32_t id = CHIP_SEC_TABLES;
	CtCursor c;
	if (!ct_get_counted(s, &format, id, &c, &f->ntables, CHIP_MAX_TABLES, 0, "", err, errlen))
		return false;
	if (s.n < CT_COUNTED + (size_t)f->ntables * TABLE_FIXED)
		return SEC_FAIL(id, "%zu bytes, too short for %u tables", s.n, f->ntables);
	f->tables = xcalloc(f->ntables + 1, sizeof *f->tables);
	for (uint32_t t = 0; t < f->ntables; t++) {
		ChipTable *x = &f->tables[t];
		if (c.n - c.at < TABLE_FIXED)
			return SEC_FAIL(id, "%zu bytes, too short for %u tables", s.n, f->ntables);
		x->kind = ct_get_u32(&c);
		x->count = ct_get_u32(&c);
		if (x->kind != CHIP_TABLE_NEURON && x->kind != CHIP_TABLE_GAINS)
			return SEC_FAIL(id, "table %u: kind %u is neither 1 (neuron) nor 2 (gains)", t, x->kind);
		size_t entry = x->kind == CHIP_TABLE_NEURON ? NEURON_SIZE : GAIN_SIZE;
		if (x->count > MAX_TABLE || (c.n - c.at) / entry < x->count)
			return SEC_FAIL(id, "table %u: %u entries %s", t, x->count,
			                x->count > MAX_TABLE ? "exceed the limit" : "run past the end of the section");
		if (x->kind == CHIP_TABLE_GAINS) {
			x->gains = xcalloc(x->count + 1, sizeof *x->gains);
			for (uint32_t e = 0; e < x->count; e++)
				x->gains[e] = ct_get_f32(&c);
			continue;
		}
		x->neurons = xcalloc(x->count + 1, sizeof *x->neurons);
		for (uint32_t e = 0; e < x->count; e++) {
			x->neurons[e].threshold = ct_get_f32(&c);
			x->neurons[e].noise = ct_get_f32(&c);
			x->neurons[e].polarity = (int32_t)ct_get_u32(&c);
		}
	}
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "%zu bytes, but its %u tables take %zu", s.n, f->ntables, c.at);
	return true;
}

static bool read_weights(CtPlace s, ChipFile *f, char *err, size_t errlen)
{
	size_t w8 = code_size(f->chip.weight_bits), n = (size_t)f->ncores * NN;
	if (s.n != n * w8)
		return SEC_FAIL(CHIP_SEC_WEIGHTS, "%zu bytes, but %u cores of %zu-byte codes take %zu", s.n, f->ncores, w8,
		                n * w8);
	f->codes = xmalloc((n + 1) * sizeof *f->codes);
	for (size_t e = 0; e < n; e++)
		f->codes[e] = w8 == 1 ? (int8_t)s.p[e] : (int16_t)(uint16_t)(s.p[2 * e] | s.p[2 * e + 1] << 8);
	return true;
}

static bool parse(const unsigned char *d, size_t n, ChipFile *f, char *err, size_t errlen)
{
	CtPlace place[NSECTIONS + 1] = {{0}};
	if (!ct_read_table(&format, d, n, &f->flags, place, err, errlen))
		return false;
	bool weights = f->flags & CHIP_FLAG_WEIGHTS;
	for (uint32_t id = CHIP_SEC_TABLES; id <= CHIP_SEC_WEIGHTS; id++)
		if (!place[id].p != !weights)
			return util_fail(err, errlen, "section %u (%s) is %s", id, section_names[id],
			                 weights ? "missing (flags say the file has weights)"
			                         : "present, but the flags say the file has no weights");
	if (!read_chip(place[CHIP_SEC_CHIP], &f->chip, err, errlen) || !check_params(f, err, errlen)
	    || !read_cores(place[CHIP_SEC_CORES], f, err, errlen)
	    || !read_buffers_program(place[CHIP_SEC_BUFFERS], place[CHIP_SEC_PROGRAM], f, err, errlen)
	    || !read_perms(place[CHIP_SEC_PERMS], f, err, errlen))
		return false;
	if (weights
	    && (!read_tables(place[CHIP_SEC_TABLES], f, err, errlen) || !read_weights(place[CHIP_SEC_WEIGHTS], f, err, errlen)))
		return false;
	char why[400];
	if (!chip_validate(f, why, sizeof why))
		return util_fail(err, errlen, "invalid content: %s", why);
	return true;
}

bool chip_parse(const unsigned char *data, size_t n, ChipFile *f, char *err, size_t errlen)
{
	memset(f, 0, sizeof *f);
	if (errlen)
		err[0] = '\0';
	if (parse(data, n, f, err, errlen))
		return true;
	chip_free(f);
	return false;
}

bool chip_load(const char *path, ChipFile *f, char *err, size_t errlen)
{
	memset(f, 0, sizeof *f);
	size_t n;
	unsigned char *data = ct_slurp(path, CHIP_MAX_FILE_SIZE, ".chip", &n, err, errlen);
	if (!data)
		return false;
	char why[512];
	bool ok = chip_parse(data, n, f, why, sizeof why);
	free(data);
	if (!ok)
		util_fail(err, errlen, "%s: %s", path, why);
	return ok;
}

void chip_free(ChipFile *f)
{
	for (uint32_t t = 0; f->tables && t < f->ntables; t++) {
		free(f->tables[t].neurons);
		free(f->tables[t].gains);
	}
	free(f->tables);
	free(f->cores);
	free(f->bufs);
	free(f->insns);
	free(f->perms);
	free(f->codes);
	memset(f, 0, sizeof *f);
}

/* ---- the text form ---- */

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
		put_neuron(&b, n);
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
	fprintf(out, "input %u codes of %u bits, unit %.9g; logits %u\n", c->input, c->input_bits, (double)c->input_unit,
	        c->logits);
	fprintf(out, "\nbuffers %u\n", f->nbufs);
	for (uint32_t b = 0; b < f->nbufs; b++)
		fprintf(out, "  b%-3u %-8s %5u x 256, %u used\n", b, chip_buf_names[f->bufs[b].kind], f->bufs[b].blocks,
		        f->bufs[b].used);
	fprintf(out, "\ncores %u: place (row,col), layer[i,j], scale", f->ncores);
	if (f->flags & CHIP_FLAG_WEIGHTS)
		fprintf(out, "; codes: nonzero, min..max, crc of the stored bytes");
	fputc('\n', out);
	size_t w8 = code_size(c->weight_bits);
	unsigned char *bytes = xmalloc(NN * w8);
	for (uint32_t m = 0; m < f->ncores; m++) {
		const ChipCore *k = &f->cores[m];
		fprintf(out, "  c%-4u (%u,%u) %s[%u,%u] scale %.9g", m, k->row, k->col, k->layer, k->out_block, k->in_block,
		        (double)k->scale);
		if (f->flags & CHIP_FLAG_WEIGHTS) {
			const int16_t *w = f->codes + (size_t)m * NN;
			int lo = w[0], hi = w[0];
			size_t nonzero = 0;
			for (size_t e = 0; e < NN; e++) {
				lo = w[e] < lo ? w[e] : lo;
				hi = w[e] > hi ? w[e] : hi;
				nonzero += w[e] != 0;
			}
			encode_codes(w, NN, w8, bytes);
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
	fprintf(out, "\nprogram %u\n", f->ninsns);
	for (uint32_t i = 0; i < f->ninsns; i++)
		print_insn(out, f, i);
}
