/* chip.c: writing and reading the .chip file of chip.h, field by field, in the order
 * of docs/chip-format.md. The container (header, table, CRCs) is container.h's; every
 * count is bounded and checked against its section's length before the array it sizes
 * is allocated; what the content must satisfy is chip_validate's (chip_check.c). */
#include "chip.h"
#include "container.h"
#include "util.h"

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

size_t chip_code_size(uint32_t weight_bits)
{
	return weight_bits <= 8 ? 1 : 2;
}

void chip_encode_codes(const int16_t *codes, size_t n, size_t w8, unsigned char *p)
{
	for (size_t e = 0; e < n; e++) {
		uint16_t v = (uint16_t)codes[e];
		p[e * w8] = (unsigned char)v;
		if (w8 == 2)
			p[e * 2 + 1] = (unsigned char)(v >> 8);
	}
}

void chip_put_neuron(CtBuf *b, const ChipNeuron *n)
{
	ct_put_f32(b, n->threshold);
	ct_put_f32(b, n->noise);
	ct_put_u32(b, (uint32_t)n->polarity);
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
			chip_put_neuron(b, &x->neurons[e]);
		}
	}
	ct_section(w, CHIP_SEC_WEIGHTS);
	size_t w8 = chip_code_size(f->chip.weight_bits), n = (size_t)f->ncores * NN;
	chip_encode_codes(f->codes, n, w8, ct_put(b, n * w8));
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
	size_t w8 = chip_code_size(f->chip.weight_bits), n = (size_t)f->ncores * NN;
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
	if (!read_chip(place[CHIP_SEC_CHIP], &f->chip, err, errlen) || !chip_validate_params(f, err, errlen)
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
