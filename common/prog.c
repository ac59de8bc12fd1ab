/* prog.c: the sections of the .prog container of prog.h; the container itself, the
 * header and the section table with their checksums, is container.h's.
 *
 * Each fixed-layout record is a table of rows below, from which ct_put_record writes it
 * and ct_get_record reads it, field by field: nothing is copied between a struct and
 * the file wholesale, and the reader's cursor cannot leave its section. Every count is
 * checked against its bound and the section's length before the array it sizes is
 * allocated, so a hostile file costs at most a few MiB and never a crash. */
#include "prog.h"
#include "container.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum {
	NSECTIONS = 6, /* the known ids, 1..NSECTIONS */
};

_Static_assert((int)CT_NAME_SIZE == (int)MODEL_NAME_MAX, "a model's names are the container's name64");

/* ---- the records ---- */

#define SCHED(TYPE, m) CT_FIELD(TYPE, Model, m)
static const CtField schedule_rows[] = {
	{"network name", SCHED(NAME, name)},
	{"buffers", SCHED(U32, nbufs), .max = MODEL_MAX_BUFS, .what = "buffer count"},
	{"stages", SCHED(U32, nstages), .max = MODEL_MAX_STAGES, .what = "stage count"},
	{"logits", SCHED(U32, logits)},
	{"input", SCHED(U32, input)},
	{"input_used", SCHED(U32, input_used)},
	{"reserved", .type = CT_RESERVED},
	{"param_count", SCHED(U64, param_count)},
	{"param_bytes", SCHED(U64, param_bytes), .max = PROG_MAX_PARAM_BYTES},
	{"act_stride", SCHED(U64, act_stride)},
	{"macs", SCHED(U64, macs)},
};
const CtRecord prog_schedule_record = CT_RECORD("schedule", schedule_rows);

#define BUF(TYPE, m) CT_FIELD(TYPE, ModelBuffer, m)
static const CtField buffer_rows[] = {
	{"kind", BUF(ENUM, kind), .max = BUF__COUNT - 1},
	{"width", BUF(U32, width)},
	{"used", BUF(U32, used)},
	{"offset", BUF(U32, offset)},
	{"positions", BUF(U32, positions)},
};
const CtRecord prog_buffer_record = CT_RECORD("buffer", buffer_rows);

#define STAGE(TYPE, m) CT_FIELD(TYPE, ModelStage, m)
static const CtField stage_rows[] = {
	{"kind", STAGE(ENUM, kind), .max = STAGE__COUNT - 1},
	{"in", STAGE(U32, in)},
	{"out", STAGE(U32, out)},
	{"param", STAGE(U32, param)},
	{"bi", STAGE(U32, bi)},
	{"bo", STAGE(U32, bo)},
	{"perm", STAGE(U32, perm)},
	{"used", STAGE(U32, used)},
	{"threshold", STAGE(F32, threshold)},
	{"noise", STAGE(F32, noise)},
	{"ste_lo", STAGE(F32, ste_lo)},
	{"ste_hi", STAGE(F32, ste_hi)},
	{"levels", STAGE(U32, levels)},
	{"range", STAGE(F32, range)},
	{"hard", STAGE(U32, hard)},
	{"dropout", STAGE(F32, dropout)},
	{"noise_at", STAGE(ENUM, noise_at), .max = NOISE_AT__COUNT - 1},
	{"adc_levels", STAGE(U32, adc_levels)},
	{"adc_range", STAGE(F32, adc_range)},
	{"read_noise", STAGE(F32, read_noise)},
	{"program_noise", STAGE(F32, program_noise)},
	{"stuck_low", STAGE(F32, stuck_low)},
	{"stuck_high", STAGE(F32, stuck_high)},
	{"gather", STAGE(U32, gather)},
	{"window", STAGE(U32, window)},
	{"gather_op", STAGE(ENUM, gather_op), .max = GATHER__COUNT - 1},
};
const CtRecord prog_stage_record = CT_RECORD("stage", stage_rows);

#define PARAM(TYPE, m) CT_FIELD(TYPE, ModelParam, m)
static const CtField param_rows[] = {
	{"name", PARAM(NAME, name)},
	{"init", PARAM(ENUM, init), .max = INIT__COUNT - 1},
	{"rank", PARAM(U32, rank)},
	{"shape", PARAM(U32, shape), .count = 4},
	{"count", PARAM(U64, count)},
	{"offset", PARAM(U64, offset)},
	{"stddev", PARAM(F32, stddev)},
	{"value", PARAM(F32, value)},
};
const CtRecord prog_param_record = CT_RECORD("parameter", param_rows);

#define TRAIN(TYPE, m) CT_FIELD(TYPE, ModelTrain, m)
static const CtField training_rows[] = {
	{"dataset", TRAIN(NAME, dataset), .what = "dataset name"},
	{"epochs", TRAIN(U32, epochs)},
	{"batch", TRAIN(U32, batch)},
	{"validation", TRAIN(U32, validation)},
	{"schedule", TRAIN(ENUM, schedule), .max = LR__COUNT - 1},
	{"every", TRAIN(U32, every)},
	{"eval_noise", TRAIN(U32, eval_noise)},
	{"precision", TRAIN(ENUM, precision), .max = PREC__COUNT - 1},
	{"seed", TRAIN(U64, seed)},
	{"lr", TRAIN(F32, lr)},
	{"beta1", TRAIN(F32, beta1)},
	{"beta2", TRAIN(F32, beta2)},
	{"eps", TRAIN(F32, eps)},
	{"min_lr", TRAIN(F32, min_lr)},
	{"gamma", TRAIN(F32, gamma)},
	{"weight_decay", TRAIN(F32, weight_decay)},
	{"label_smoothing", TRAIN(F32, label_smoothing)},
	{"warmup", TRAIN(U32, warmup)},
};
const CtRecord prog_training_record = CT_RECORD("training defaults", training_rows);

static const char *const section_name[NSECTIONS + 1] = {
	[PROG_SEC_SCHEDULE] = "schedule", [PROG_SEC_PARAMS] = "params", [PROG_SEC_TRAINING] = "training",
	[PROG_SEC_PERMS] = "permutations", [PROG_SEC_BITCODE] = "bitcode", [PROG_SEC_GATHERS] = "gathers",
};

static const CtFormat prog_format = {
	.magic = PROG_MAGIC,
	.what = ".prog",
	.version = PROG_VERSION,
	.nknown = NSECTIONS,
	.nrequired = NSECTIONS,
	.names = section_name,
	.max_sections = PROG_MAX_SECTIONS,
};

/* ---- writing ---- */

static bool put_schedule(CtBuf *b, const Model *m)
{
	if (!ct_put_record(b, &prog_schedule_record, m))
		return false;
	for (uint32_t i = 0; i < m->nbufs; i++)
		ct_put_record(b, &prog_buffer_record, &m->bufs[i]);
	for (uint32_t i = 0; i < m->nstages; i++)
		ct_put_record(b, &prog_stage_record, &m->stages[i]);
	return true;
}

static bool put_params(CtBuf *b, const Model *m)
{
	ct_put_counted(b, m->nparams);
	for (uint32_t i = 0; i < m->nparams; i++)
		if (!ct_put_record(b, &prog_param_record, &m->params[i]))
			return false;
	return true;
}

static bool put_perms(CtBuf *b, const Model *m)
{
	ct_put_counted(b, m->nperms);
	for (uint32_t i = 0; i < m->nperms; i++)
		if (!ct_put_perm(b, &m->perms[i]))
			return false;
	return true;
}

static bool put_gathers(CtBuf *b, const Model *m)
{
	ct_put_counted(b, m->ngathers);
	for (uint32_t i = 0; i < m->ngathers; i++) {
		ct_put_u32(b, m->gathers[i].count);
		for (uint32_t e = 0; e < m->gathers[i].count; e++)
			ct_put_u32(b, (uint32_t)m->gathers[i].index[e]);
	}
	return true;
}

int prog_serialize(const Model *m, uint32_t llvm_major, const void *bitcode, size_t size, unsigned char **out,
                   size_t *outlen)
{
	*out = NULL;
	*outlen = 0;
	if (m->nbufs > MODEL_MAX_BUFS || m->nstages > MODEL_MAX_STAGES || m->nparams > MODEL_MAX_PARAMS
	    || m->nperms > MODEL_MAX_PERMS || m->ngathers > MODEL_MAX_GATHERS)
		return -1;
	CtWriter w;
	ct_begin(&w, &prog_format, NSECTIONS);
	for (uint32_t id = 1; id <= NSECTIONS; id++) {
		ct_section(&w, id);
		bool ok = true;
		switch ((ProgSection)id) {
		case PROG_SEC_SCHEDULE: ok = put_schedule(&w.b, m); break;
		case PROG_SEC_PARAMS: ok = put_params(&w.b, m); break;
		case PROG_SEC_TRAINING: ok = ct_put_record(&w.b, &prog_training_record, &m->train); break;
		case PROG_SEC_PERMS: ok = put_perms(&w.b, m); break;
		case PROG_SEC_GATHERS: ok = put_gathers(&w.b, m); break;
		case PROG_SEC_BITCODE:
			if (size)
				memcpy(ct_put(&w.b, size), bitcode, size);
			break;
		}
		if (!ok) {
			free(w.b.p);
			return -1;
		}
	}
	ct_finish(&w, llvm_major);
	*out = w.b.p;
	*outlen = w.b.n;
	return 0;
}

int prog_write(const char *path, const Model *m, uint32_t llvm_major, const void *bitcode, size_t size, char *err,
               size_t errlen)
{
	unsigned char *img;
	size_t n;
	if (prog_serialize(m, llvm_major, bitcode, size, &img, &n) != 0) {
		util_fail(err, errlen, "%s: not written: the model cannot be encoded (a count above its limit, or a bad name)",
		     path);
		return -1;
	}
	/* read it back first: eicc must never write a file that eicrun refuses */
	Prog check;
	char why[512];
	if (!prog_parse(img, n, &check, why, sizeof why)) {
		util_fail(err, errlen, "%s: not written: %s", path, why);
		free(img);
		return -1;
	}
	prog_free(&check);
	int r = ct_write_file(path, img, n, err, errlen);
	free(img);
	return r;
}

/* ---- reading ---- */

#define SEC_FAIL(id, ...) ct_sec_fail(err, errlen, &prog_format, id, __VA_ARGS__)

static bool read_schedule(CtPlace s, Model *m, uint32_t *offsets_out, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_SCHEDULE;
	const size_t fixed = ct_record_size(&prog_schedule_record);
	const size_t nbuf = ct_record_size(&prog_buffer_record), nstage = ct_record_size(&prog_stage_record);
	CtCursor c = {s.p, s.n, 0, false};
	char why[200];
	if (s.n < fixed)
		return SEC_FAIL(id, "%zu bytes, shorter than its %zu-byte fixed part", s.n, fixed);
	if (!ct_get_record(&c, &prog_schedule_record, m, why, sizeof why))
		return SEC_FAIL(id, "%s", why);
	size_t want = fixed + (size_t)m->nbufs * nbuf + (size_t)m->nstages * nstage;
	if (s.n != want)
		return SEC_FAIL(id, "%zu bytes, but %u buffers and %u stages take %zu", s.n, m->nbufs, m->nstages, want);
	m->bufs = calloc(m->nbufs ? m->nbufs : 1, sizeof *m->bufs);
	m->stages = calloc(m->nstages ? m->nstages : 1, sizeof *m->stages);
	if (!m->bufs || !m->stages)
		return SEC_FAIL(id, "out of memory");
	for (uint32_t i = 0; i < m->nbufs; i++) {
		if (!ct_get_record(&c, &prog_buffer_record, &m->bufs[i], why, sizeof why))
			return SEC_FAIL(id, "buffer %u: %s", i, why);
		offsets_out[i] = m->bufs[i].offset;
	}
	for (uint32_t i = 0; i < m->nstages; i++)
		if (!ct_get_record(&c, &prog_stage_record, &m->stages[i], why, sizeof why))
			return SEC_FAIL(id, "stage %u: %s", i, why);
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "length does not match its records");
	return true;
}

/* Bounds model_validate does not make and the executors rely on: with every count
 * and offset below PROG_MAX_PARAM_BYTES, count * 4 and offset + count * 4 cannot
 * wrap around, and a shape of four 65536s cannot pass as count 0. */
static bool param_bounds(const ModelParam *q, uint32_t i, char *err, size_t errlen)
{
	const uint64_t max = PROG_MAX_PARAM_BYTES / 4;
	uint64_t product = 1;
	for (uint32_t k = 0; k < q->rank && k < 4; k++) {
		if (q->shape[k] != 0 && product > max / q->shape[k])
			return SEC_FAIL(PROG_SEC_PARAMS, "parameter %u (%s): shape has more than %llu elements", i, q->name,
			                (unsigned long long)max);
		product *= q->shape[k];
	}
	if (q->count > max || q->offset > PROG_MAX_PARAM_BYTES)
		return SEC_FAIL(PROG_SEC_PARAMS, "parameter %u (%s): count %llu or offset %llu out of range", i, q->name,
		                (unsigned long long)q->count, (unsigned long long)q->offset);
	return true;
}

static bool read_params(CtPlace s, Model *m, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_PARAMS;
	CtCursor c;
	char why[200];
	if (!ct_get_counted(s, &prog_format, id, &c, &m->nparams, MODEL_MAX_PARAMS, ct_record_size(&prog_param_record),
	                    "parameters", err, errlen))
		return false;
	m->params = calloc(m->nparams ? m->nparams : 1, sizeof *m->params);
	if (!m->params)
		return SEC_FAIL(id, "out of memory");
	for (uint32_t i = 0; i < m->nparams; i++) {
		if (!ct_get_record(&c, &prog_param_record, &m->params[i], why, sizeof why))
			return SEC_FAIL(id, "parameter %u: %s", i, why);
		if (!param_bounds(&m->params[i], i, err, errlen))
			return false;
	}
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "length does not match its records");
	return true;
}

static bool read_training(CtPlace s, ModelTrain *t, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_TRAINING;
	const size_t size = ct_record_size(&prog_training_record);
	CtCursor c = {s.p, s.n, 0, false};
	char why[200];
	if (s.n != size)
		return SEC_FAIL(id, "%zu bytes, but the training defaults take %zu", s.n, size);
	if (!ct_get_record(&c, &prog_training_record, t, why, sizeof why))
		return SEC_FAIL(id, "%s", why);
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "length does not match its fields");
	return true;
}

static bool read_perms(CtPlace s, Model *m, char *err, size_t errlen)
{
	CtCursor c;
	if (!ct_get_counted(s, &prog_format, PROG_SEC_PERMS, &c, &m->nperms, MODEL_MAX_PERMS, 0, "", err, errlen))
		return false;
	m->perms = calloc(m->nperms ? m->nperms : 1, sizeof *m->perms);
	if (!m->perms)
		return SEC_FAIL(PROG_SEC_PERMS, "out of memory");
	return ct_get_perms(&c, &prog_format, PROG_SEC_PERMS, m->nperms, m->perms, err, errlen);
}

/* Each table: u32 count, then count i32 entries; counts bounded by the section's
 * length before anything is allocated */
static bool read_gathers(CtPlace s, Model *m, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_GATHERS;
	CtCursor c;
	uint32_t n;
	if (!ct_get_counted(s, &prog_format, id, &c, &n, MODEL_MAX_GATHERS, 0, "", err, errlen))
		return false;
	m->gathers = calloc(n ? n : 1, sizeof *m->gathers);
	if (!m->gathers)
		return SEC_FAIL(id, "out of memory");
	m->ngathers = n; /* model_free frees what is read so far */
	for (uint32_t g = 0; g < n; g++) {
		uint32_t count = ct_get_u32(&c);
		if (c.over || count > MODEL_MAX_GATHER_INDEX || (uint64_t)count * 4 > c.n - c.at)
			return SEC_FAIL(id, "gather table %u: its count runs past the section's end", g);
		m->gathers[g].index = malloc(count ? (size_t)count * 4 : 1);
		if (!m->gathers[g].index)
			return SEC_FAIL(id, "out of memory");
		m->gathers[g].count = count;
		for (uint32_t e = 0; e < count; e++)
			m->gathers[g].index[e] = (int32_t)ct_get_u32(&c);
	}
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "length does not match its tables");
	return true;
}

static bool parse(const unsigned char *d, size_t n, Prog *p, char *err, size_t errlen)
{
	CtPlace place[NSECTIONS + 1];
	if (!ct_read_table(&prog_format, d, n, &p->llvm_major, place, err, errlen))
		return false;
	Model *m = &p->model;
	uint32_t offsets[MODEL_MAX_BUFS];
	if (!read_schedule(place[PROG_SEC_SCHEDULE], m, offsets, err, errlen)
	    || !read_params(place[PROG_SEC_PARAMS], m, err, errlen)
	    || !read_training(place[PROG_SEC_TRAINING], &m->train, err, errlen)
	    || !read_perms(place[PROG_SEC_PERMS], m, err, errlen)
	    || !read_gathers(place[PROG_SEC_GATHERS], m, err, errlen))
		return false;
	/* the kernels have the compiler's layout built in: it must be ours */
	uint64_t stride = m->act_stride;
	model_layout(m);
	for (uint32_t b = 0; b < m->nbufs; b++)
		if (m->bufs[b].offset != offsets[b])
			return SEC_FAIL(PROG_SEC_SCHEDULE, "buffer %u at offset %u, but this reader lays it out at %u", b,
			                offsets[b], m->bufs[b].offset);
	if (m->act_stride != stride)
		return SEC_FAIL(PROG_SEC_SCHEDULE, "act_stride %llu, but this reader's layout gives %llu",
		                (unsigned long long)stride, (unsigned long long)m->act_stride);
	/* offsets are u32: a longer record would have wrapped them around */
	if (m->act_stride > UINT32_MAX)
		return SEC_FAIL(PROG_SEC_SCHEDULE, "activation record of %llu floats is too large",
		                (unsigned long long)m->act_stride);
	char why[256];
	if (!model_validate(m, why, sizeof why))
		return util_fail(err, errlen, "invalid model: %s", why);
	CtPlace bc = place[PROG_SEC_BITCODE];
	p->bitcode = malloc(bc.n ? bc.n : 1);
	if (!p->bitcode)
		return SEC_FAIL(PROG_SEC_BITCODE, "out of memory for %zu bytes", bc.n);
	if (bc.n)
		memcpy(p->bitcode, bc.p, bc.n);
	p->bitcode_size = bc.n;
	return true;
}

bool prog_parse(const unsigned char *data, size_t n, Prog *p, char *err, size_t errlen)
{
	memset(p, 0, sizeof *p);
	if (errlen)
		err[0] = '\0';
	if (parse(data, n, p, err, errlen))
		return true;
	prog_free(p);
	return false;
}

void prog_free(Prog *p)
{
	model_free(&p->model);
	free(p->bitcode);
	memset(p, 0, sizeof *p);
}

bool prog_load(const char *path, Prog *p, char *err, size_t errlen)
{
	memset(p, 0, sizeof *p);
	size_t n;
	unsigned char *data = ct_slurp(path, &prog_format, PROG_MAX_FILE_SIZE, &n, err, errlen);
	if (!data)
		return false;
	char why[512];
	bool ok = prog_parse(data, n, p, why, sizeof why);
	free(data);
	if (!ok)
		util_fail(err, errlen, "%s: %s", path, why);
	return ok;
}
