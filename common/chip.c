/* chip.c: writing and reading the .chip file of chip.h, in the order of
 * docs/chip-format.md. The container (header, table, CRCs) is container.h's, and each
 * fixed-layout record is a table of rows below that ct_put_record and ct_get_record
 * follow field by field. Every count is bounded and checked against its section's
 * length before the array it sizes is allocated; what the content must satisfy is
 * chip_validate's (chip_check.c). */
#include "chip.h"
#include "container.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	GAIN_SIZE = 4,
	NSECTIONS = CHIP_SEC_GATHERS,
	NN = CORE_N * CORE_N,
	MAX_TABLE = CHIP_MAX_BLOCKS * CORE_N, /* entries of a table */
};

static const char *const section_names[NSECTIONS + 1] = {
	[CHIP_SEC_CHIP] = "chip", [CHIP_SEC_CORES] = "cores", [CHIP_SEC_BUFFERS] = "buffers",
	[CHIP_SEC_PROGRAM] = "program", [CHIP_SEC_PERMS] = "permutations", [CHIP_SEC_TABLES] = "tables",
	[CHIP_SEC_WEIGHTS] = "weights", [CHIP_SEC_GATHERS] = "gathers",
};

static const CtFormat format = {CHIP_MAGIC, ".chip", CHIP_VERSION, NSECTIONS, CHIP_SEC_PERMS, section_names, 16};

const char *const chip_op_names[CHIP_OP__END] = {
	[CHIP_OP_LOAD] = "load", [CHIP_OP_MVM] = "mvm", [CHIP_OP_ACC] = "acc", [CHIP_OP_NEURON] = "neuron",
	[CHIP_OP_PERMUTE] = "permute", [CHIP_OP_READOUT] = "readout", [CHIP_OP_GATHER] = "gather",
};
const char *const chip_buf_names[CHIP_BUF__END] = {
	[CHIP_BUF_PIXELS] = "pixels", [CHIP_BUF_PARTIALS] = "partials", [CHIP_BUF_SUMS] = "sums",
	[CHIP_BUF_SPIKES] = "spikes", [CHIP_BUF_SIGNED] = "signed",
};
const char *const chip_gather_names[CHIP_GATHER__END] = {[CHIP_GATHER_SUM] = "sum", [CHIP_GATHER_MAX] = "max"};

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

/* ---- the records ---- */

#define PARAM(TYPE, m) CT_FIELD(TYPE, ChipParams, m)
static const CtField params_rows[] = {
	{"network name", PARAM(NAME, name)},
	{"grid rows", PARAM(U32, rows)},
	{"grid columns", PARAM(U32, cols)},
	{"crossbar size", .type = CT_CONST, .max = CORE_N},
	{"weight bits", PARAM(U32, weight_bits)},
	{"weight mode", PARAM(U32, weight_mode)},
	{"ADC bits", PARAM(U32, adc_bits)},
	{"read noise", PARAM(F32, read_noise)},
	{"weight range", PARAM(F32, weight_range)},
	{"input width", PARAM(U32, input)},
	{"input bits", PARAM(U32, input_bits)},
	{"input unit", PARAM(F32, input_unit)},
	{"logits", PARAM(U32, logits)},
	{"program noise", PARAM(F32, program_noise)},
	{"stuck low", PARAM(F32, stuck_low)},
	{"stuck high", PARAM(F32, stuck_high)},
	{"reserved", .type = CT_RESERVED},
};
const CtRecord chip_params_record = CT_RECORD("chip", params_rows);

#define CORE(TYPE, m) CT_FIELD(TYPE, ChipCore, m)
static const CtField core_rows[] = {
	{"layer", CORE(NAME, layer), .what = "layer name"},
	{"row", CORE(U32, row)},
	{"column", CORE(U32, col)},
	{"output block", CORE(U32, out_block)},
	{"input block", CORE(U32, in_block)},
	{"scale", CORE(F32, scale)},
	{"ADC range", CORE(F32, adc_range)},
};
const CtRecord chip_core_record = CT_RECORD("core", core_rows);

#define BUF(TYPE, m) CT_FIELD(TYPE, ChipBuffer, m)
static const CtField buffer_rows[] = {
	{"kind", BUF(U32, kind)},
	{"blocks", BUF(U32, blocks)},
	{"used", BUF(U32, used)},
	{"positions", BUF(U32, positions)},
};
const CtRecord chip_buffer_record = CT_RECORD("buffer", buffer_rows);

#define INSN(TYPE, m) CT_FIELD(TYPE, ChipInsn, m)
static const CtField insn_rows[] = {
	{"op", INSN(U32, op)}, {"in", INSN(U32, in)}, {"out", INSN(U32, out)},
	{"a", INSN(U32, a)},   {"b", INSN(U32, b)},   {"c", INSN(U32, c)},
};
const CtRecord chip_insn_record = CT_RECORD("instruction", insn_rows);

#define TABLE(TYPE, m) CT_FIELD(TYPE, ChipTable, m)
static const CtField table_rows[] = {
	{"kind", TABLE(U32, kind)},
	{"count", TABLE(U32, count)},
};
const CtRecord chip_table_record = CT_RECORD("table", table_rows);

#define NEURON(TYPE, m) CT_FIELD(TYPE, ChipNeuron, m)
static const CtField neuron_rows[] = {
	{"threshold", NEURON(F32, threshold)},
	{"noise", NEURON(F32, noise)},
	{"polarity", NEURON(I32, polarity)},
};
const CtRecord chip_neuron_record = CT_RECORD("neuron", neuron_rows);

#define GATHER(TYPE, m) CT_FIELD(TYPE, ChipGather, m)
static const CtField gather_rows[] = {
	{"window", GATHER(U32, window)},
	{"values", GATHER(U32, values)},
	{"count", GATHER(U32, count)},
};
const CtRecord chip_gather_record = CT_RECORD("gather table", gather_rows);

/* ---- writing ---- */

static bool put_cores(CtBuf *b, const ChipFile *f)
{
	ct_put_counted(b, f->ncores);
	for (uint32_t m = 0; m < f->ncores; m++)
		if (!ct_put_record(b, &chip_core_record, &f->cores[m]))
			return false;
	return true;
}

static void put_weights(CtWriter *w, const ChipFile *f);

static void put_rest(CtWriter *w, const ChipFile *f)
{
	CtBuf *b = &w->b;
	ct_section(w, CHIP_SEC_BUFFERS);
	ct_put_counted(b, f->nbufs);
	for (uint32_t i = 0; i < f->nbufs; i++)
		ct_put_record(b, &chip_buffer_record, &f->bufs[i]);
	ct_section(w, CHIP_SEC_PROGRAM);
	ct_put_counted(b, f->ninsns);
	for (uint32_t i = 0; i < f->ninsns; i++)
		ct_put_record(b, &chip_insn_record, &f->insns[i]);
	ct_section(w, CHIP_SEC_PERMS);
	ct_put_counted(b, f->nperms);
	for (uint32_t p = 0; p < f->nperms; p++)
		ct_put_perm(b, &f->perms[p]); /* chip_serialize checked every slots */
	if (f->flags & CHIP_FLAG_WEIGHTS)
		put_weights(w, f);
	if (!f->ngathers)
		return;
	ct_section(w, CHIP_SEC_GATHERS);
	ct_put_counted(b, f->ngathers);
	for (uint32_t g = 0; g < f->ngathers; g++) {
		ct_put_record(b, &chip_gather_record, &f->gathers[g]);
		for (uint32_t e = 0; e < f->gathers[g].count; e++)
			ct_put_u32(b, f->gathers[g].index[e]);
	}
}

/* Sections 6 and 7: the tables and the codes */
static void put_weights(CtWriter *w, const ChipFile *f)
{
	CtBuf *b = &w->b;
	ct_section(w, CHIP_SEC_TABLES);
	ct_put_counted(b, f->ntables);
	for (uint32_t t = 0; t < f->ntables; t++) {
		const ChipTable *x = &f->tables[t];
		ct_put_record(b, &chip_table_record, x);
		for (uint32_t e = 0; e < x->count; e++) {
			if (x->kind == CHIP_TABLE_GAINS) {
				ct_put_f32(b, x->gains[e]);
				continue;
			}
			ct_put_record(b, &chip_neuron_record, &x->neurons[e]);
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
	    || f->nperms > CHIP_MAX_PERMS || f->ntables > CHIP_MAX_TABLES || f->ngathers > CHIP_MAX_GATHERS
	    || (weights && !f->codes))
		return -1;
	for (uint32_t g = 0; g < f->ngathers; g++)
		if (f->gathers[g].count > CHIP_MAX_GATHER_INDEX)
			return -1;
	for (uint32_t t = 0; t < f->ntables; t++)
		if (f->tables[t].count > MAX_TABLE)
			return -1;
	for (uint32_t p = 0; p < f->nperms; p++)
		if (f->perms[p].slots > CORE_N)
			return -1;
	CtWriter w;
	ct_begin(&w, &format, CHIP_SEC_PERMS + (weights ? 2 : 0) + (f->ngathers ? 1 : 0));
	ct_section(&w, CHIP_SEC_CHIP);
	bool ok = ct_put_record(&w.b, &chip_params_record, &f->chip);
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
	const size_t size = ct_record_size(&chip_params_record);
	CtCursor c = {s.p, s.n, 0, false};
	char why[200];
	if (s.n != size)
		return SEC_FAIL(id, "%zu bytes, but the chip parameters take %zu", s.n, size);
	if (!ct_get_record(&c, &chip_params_record, p, why, sizeof why))
		return SEC_FAIL(id, "%s", why);
	return true;
}

/* Section `id`: a count, at most max, then that many records of r, read into an array
 * of `size`-byte structs that it returns; NULL, and nothing allocated, when it refuses. */
static void *read_counted(CtPlace s, uint32_t id, const CtRecord *r, uint32_t max, const char *what, uint32_t *count,
                          size_t size, char *err, size_t errlen)
{
	CtCursor c;
	char why[200];
	if (!ct_get_counted(s, &format, id, &c, count, max, ct_record_size(r), what, err, errlen))
		return NULL;
	char *a = xcalloc(*count + 1, size);
	for (uint32_t i = 0; i < *count; i++)
		if (!ct_get_record(&c, r, a + i * size, why, sizeof why)) {
			free(a);
			SEC_FAIL(id, "%s %u: %s", r->name, i, why);
			return NULL;
		}
	return a;
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
	const size_t fixed = ct_record_size(&chip_table_record), nsize = ct_record_size(&chip_neuron_record);
	char why[200];
	if (s.n < CT_COUNTED + (size_t)f->ntables * fixed)
		return SEC_FAIL(id, "%zu bytes, too short for %u tables", s.n, f->ntables);
	f->tables = xcalloc(f->ntables + 1, sizeof *f->tables);
	for (uint32_t t = 0; t < f->ntables; t++) {
		ChipTable *x = &f->tables[t];
		if (c.n - c.at < fixed)
			return SEC_FAIL(id, "%zu bytes, too short for %u tables", s.n, f->ntables);
		if (!ct_get_record(&c, &chip_table_record, x, why, sizeof why))
			return SEC_FAIL(id, "table %u: %s", t, why);
		if (x->kind != CHIP_TABLE_NEURON && x->kind != CHIP_TABLE_GAINS)
			return SEC_FAIL(id, "table %u: kind %u is neither 1 (neuron) nor 2 (gains)", t, x->kind);
		size_t entry = x->kind == CHIP_TABLE_NEURON ? nsize : GAIN_SIZE;
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
		for (uint32_t e = 0; e < x->count; e++)
			if (!ct_get_record(&c, &chip_neuron_record, &x->neurons[e], why, sizeof why))
				return SEC_FAIL(id, "table %u: neuron %u: %s", t, e, why);
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

static bool read_gathers(CtPlace s, ChipFile *f, char *err, size_t errlen)
{
	const uint32_t id = CHIP_SEC_GATHERS;
	CtCursor c;
	char why[200];
	if (!ct_get_counted(s, &format, id, &c, &f->ngathers, CHIP_MAX_GATHERS, 0, "", err, errlen))
		return false;
	if (!f->ngathers)
		return SEC_FAIL(id, "no gather tables (the section is present only when there are some)");
	f->gathers = xcalloc(f->ngathers + 1, sizeof *f->gathers);
	const size_t fixed = ct_record_size(&chip_gather_record);
	for (uint32_t g = 0; g < f->ngathers; g++) {
		ChipGather *x = &f->gathers[g];
		if (c.n - c.at < fixed)
			return SEC_FAIL(id, "%zu bytes, too short for %u gather tables", s.n, f->ngathers);
		if (!ct_get_record(&c, &chip_gather_record, x, why, sizeof why))
			return SEC_FAIL(id, "gather table %u: %s", g, why);
		if (x->count > CHIP_MAX_GATHER_INDEX || (c.n - c.at) / 4 < x->count)
			return SEC_FAIL(id, "gather table %u: %u entries %s", g, x->count,
			                x->count > CHIP_MAX_GATHER_INDEX ? "exceed the limit" : "run past the end of the section");
		x->index = xmalloc(((size_t)x->count + 1) * sizeof *x->index);
		for (uint32_t e = 0; e < x->count; e++)
			x->index[e] = ct_get_u32(&c);
	}
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "%zu bytes, but its %u gather tables take %zu", s.n, f->ngathers, c.at);
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
	    || !(f->cores = read_counted(place[CHIP_SEC_CORES], CHIP_SEC_CORES, &chip_core_record, CHIP_MAX_CORES, "cores",
	                                 &f->ncores, sizeof *f->cores, err, errlen))
	    || !(f->bufs = read_counted(place[CHIP_SEC_BUFFERS], CHIP_SEC_BUFFERS, &chip_buffer_record, CHIP_MAX_BUFS,
	                                "buffers", &f->nbufs, sizeof *f->bufs, err, errlen))
	    || !(f->insns = read_counted(place[CHIP_SEC_PROGRAM], CHIP_SEC_PROGRAM, &chip_insn_record, CHIP_MAX_INSNS,
	                                 "instructions", &f->ninsns, sizeof *f->insns, err, errlen))
	    || !read_perms(place[CHIP_SEC_PERMS], f, err, errlen))
		return false;
	if (weights
	    && (!read_tables(place[CHIP_SEC_TABLES], f, err, errlen) || !read_weights(place[CHIP_SEC_WEIGHTS], f, err, errlen)))
		return false;
	if (place[CHIP_SEC_GATHERS].p && !read_gathers(place[CHIP_SEC_GATHERS], f, err, errlen))
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
	unsigned char *data = ct_slurp(path, &format, CHIP_MAX_FILE_SIZE, &n, err, errlen);
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
	for (uint32_t g = 0; f->gathers && g < f->ngathers; g++)
		free(f->gathers[g].index);
	free(f->gathers);
	free(f->cores);
	free(f->bufs);
	free(f->insns);
	free(f->perms);
	free(f->codes);
	memset(f, 0, sizeof *f);
}
