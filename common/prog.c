/* prog.c: the sections of the .prog container of prog.h, field by field; the container
 * itself, the header and the section table with their checksums, is container.h's.
 *
 * Nothing is ever copied between a struct and the file wholesale: the writer appends
 * each field with a ct_put_ helper to a growing buffer, the reader takes each one with
 * a ct_get_ helper from a cursor that cannot leave its section. Every count is checked
 * against its bound and the section's length before the array it sizes is
 * allocated, so a hostile file costs at most a few MiB and never a crash. */
#include "prog.h"
#include "container.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum {
	SCHED_FIXED = 120, BUF_SIZE = 16, STAGE_SIZE = 60,
	PARAM_SIZE = 112,
	TRAIN_SIZE = 120,
	NSECTIONS = 5, /* the known ids, 1..NSECTIONS */
};

_Static_assert((int)CT_NAME_SIZE == (int)MODEL_NAME_MAX, "a model's names are the container's name64");

static const char *const section_name[NSECTIONS + 1] = {
	[PROG_SEC_SCHEDULE] = "schedule", [PROG_SEC_PARAMS] = "params", [PROG_SEC_TRAINING] = "training",
	[PROG_SEC_PERMS] = "permutations", [PROG_SEC_BITCODE] = "bitcode",
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
	if (!ct_put_name(b, m->name))
		return false;
	ct_put_u32(b, m->nbufs);
	ct_put_u32(b, m->nstages);
	ct_put_u32(b, m->logits);
	ct_put_u32(b, m->input);
	ct_put_u32(b, m->input_used);
	ct_put_u32(b, 0);
	ct_put_u64(b, m->param_count);
	ct_put_u64(b, m->param_bytes);
	ct_put_u64(b, m->act_stride);
	ct_put_u64(b, m->macs);
	for (uint32_t i = 0; i < m->nbufs; i++) {
		const ModelBuffer *x = &m->bufs[i];
		ct_put_u32(b, x->kind);
		ct_put_u32(b, x->width);
		ct_put_u32(b, x->used);
		ct_put_u32(b, x->offset);
	}
	for (uint32_t i = 0; i < m->nstages; i++) {
		const ModelStage *s = &m->stages[i];
		ct_put_u32(b, s->kind);
		ct_put_u32(b, s->in);
		ct_put_u32(b, s->out);
		ct_put_u32(b, s->param);
		ct_put_u32(b, s->bi);
		ct_put_u32(b, s->bo);
		ct_put_u32(b, s->perm);
		ct_put_u32(b, s->used);
		ct_put_f32(b, s->threshold);
		ct_put_f32(b, s->noise);
		ct_put_f32(b, s->ste_lo);
		ct_put_f32(b, s->ste_hi);
		ct_put_u32(b, s->levels);
		ct_put_f32(b, s->range);
		ct_put_u32(b, s->hard);
	}
	return true;
}

static bool put_params(CtBuf *b, const Model *m)
{
	ct_put_u32(b, m->nparams);
	ct_put_u32(b, 0);
	for (uint32_t i = 0; i < m->nparams; i++) {
		const ModelParam *q = &m->params[i];
		if (!ct_put_name(b, q->name))
			return false;
		ct_put_u32(b, q->init);
		ct_put_u32(b, q->rank);
		for (int k = 0; k < 4; k++)
			ct_put_u32(b, q->shape[k]);
		ct_put_u64(b, q->count);
		ct_put_u64(b, q->offset);
		ct_put_f32(b, q->stddev);
		ct_put_f32(b, q->value);
	}
	return true;
}

static bool put_training(CtBuf *b, const ModelTrain *t)
{
	if (!ct_put_name(b, t->dataset))
		return false;
	ct_put_u32(b, t->epochs);
	ct_put_u32(b, t->batch);
	ct_put_u32(b, t->validation);
	ct_put_u32(b, t->schedule);
	ct_put_u32(b, t->every);
	ct_put_u32(b, t->eval_noise);
	ct_put_u64(b, t->seed);
	ct_put_f32(b, t->lr);
	ct_put_f32(b, t->beta1);
	ct_put_f32(b, t->beta2);
	ct_put_f32(b, t->eps);
	ct_put_f32(b, t->min_lr);
	ct_put_f32(b, t->gamma);
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

int prog_serialize(const Model *m, uint32_t llvm_major, const void *bitcode, size_t size, unsigned char **out,
                   size_t *outlen)
{
	*out = NULL;
	*outlen = 0;
	if (m->nbufs > MODEL_MAX_BUFS || m->nstages > MODEL_MAX_STAGES || m->nparams > MODEL_MAX_PARAMS
	    || m->nperms > MODEL_MAX_PERMS)
		return -1;
	CtWriter w;
	ct_begin(&w, &prog_format, NSECTIONS);
	for (uint32_t id = 1; id <= NSECTIONS; id++) {
		ct_section(&w, id);
		bool ok = true;
		switch ((ProgSection)id) {
		case PROG_SEC_SCHEDULE: ok = put_schedule(&w.b, m); break;
		case PROG_SEC_PARAMS: ok = put_params(&w.b, m); break;
		case PROG_SEC_TRAINING: ok = put_training(&w.b, &m->train); break;
		case PROG_SEC_PERMS: ok = put_perms(&w.b, m); break;
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
	CtCursor c = {s.p, s.n, 0, false};
	if (s.n < SCHED_FIXED)
		return SEC_FAIL(id, "%zu bytes, shorter than its %d-byte fixed part", s.n, SCHED_FIXED);
	if (!ct_get_name(&c, m->name))
		return SEC_FAIL(id, "network name is not a NUL-terminated, zero-padded line of text");
	m->nbufs = ct_get_u32(&c);
	m->nstages = ct_get_u32(&c);
	m->logits = ct_get_u32(&c);
	m->input = ct_get_u32(&c);
	m->input_used = ct_get_u32(&c);
	uint32_t reserved = ct_get_u32(&c);
	m->param_count = ct_get_u64(&c);
	m->param_bytes = ct_get_u64(&c);
	m->act_stride = ct_get_u64(&c);
	m->macs = ct_get_u64(&c);
	if (m->nbufs > MODEL_MAX_BUFS)
		return SEC_FAIL(id, "buffer count %u exceeds the limit of %d", m->nbufs, MODEL_MAX_BUFS);
	if (m->nstages > MODEL_MAX_STAGES)
		return SEC_FAIL(id, "stage count %u exceeds the limit of %d", m->nstages, MODEL_MAX_STAGES);
	if (reserved != 0)
		return SEC_FAIL(id, "reserved field is %u, not 0", reserved);
	if (m->param_bytes > PROG_MAX_PARAM_BYTES)
		return SEC_FAIL(id, "param_bytes %llu exceeds the limit of %llu", (unsigned long long)m->param_bytes,
		                (unsigned long long)PROG_MAX_PARAM_BYTES);
	size_t want = SCHED_FIXED + (size_t)m->nbufs * BUF_SIZE + (size_t)m->nstages * STAGE_SIZE;
	if (s.n != want)
		return SEC_FAIL(id, "%zu bytes, but %u buffers and %u stages take %zu", s.n, m->nbufs, m->nstages, want);
	m->bufs = calloc(m->nbufs ? m->nbufs : 1, sizeof *m->bufs);
	m->stages = calloc(m->nstages ? m->nstages : 1, sizeof *m->stages);
	if (!m->bufs || !m->stages)
		return SEC_FAIL(id, "out of memory");
	for (uint32_t i = 0; i < m->nbufs; i++) {
		ModelBuffer *x = &m->bufs[i];
		x->kind = ct_get_u32(&c);
		x->width = ct_get_u32(&c);
		x->used = ct_get_u32(&c);
		x->offset = offsets_out[i] = ct_get_u32(&c);
	}
	for (uint32_t i = 0; i < m->nstages; i++) {
		ModelStage *t = &m->stages[i];
		t->kind = ct_get_u32(&c);
		t->in = ct_get_u32(&c);
		t->out = ct_get_u32(&c);
		t->param = ct_get_u32(&c);
		t->bi = ct_get_u32(&c);
		t->bo = ct_get_u32(&c);
		t->perm = ct_get_u32(&c);
		t->used = ct_get_u32(&c);
		t->threshold = ct_get_f32(&c);
		t->noise = ct_get_f32(&c);
		t->ste_lo = ct_get_f32(&c);
		t->ste_hi = ct_get_f32(&c);
		t->levels = ct_get_u32(&c);
		t->range = ct_get_f32(&c);
		t->hard = ct_get_u32(&c);
	}
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
	if (!ct_get_counted(s, &prog_format, id, &c, &m->nparams, MODEL_MAX_PARAMS, PARAM_SIZE, "parameters", err, errlen))
		return false;
	m->params = calloc(m->nparams ? m->nparams : 1, sizeof *m->params);
	if (!m->params)
		return SEC_FAIL(id, "out of memory");
	for (uint32_t i = 0; i < m->nparams; i++) {
		ModelParam *q = &m->params[i];
		if (!ct_get_name(&c, q->name))
			return SEC_FAIL(id, "parameter %u: name is not a NUL-terminated, zero-padded line of text", i);
		q->init = ct_get_u32(&c);
		q->rank = ct_get_u32(&c);
		for (int k = 0; k < 4; k++)
			q->shape[k] = ct_get_u32(&c);
		q->count = ct_get_u64(&c);
		q->offset = ct_get_u64(&c);
		q->stddev = ct_get_f32(&c);
		q->value = ct_get_f32(&c);
		if (!param_bounds(q, i, err, errlen))
			return false;
	}
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "length does not match its records");
	return true;
}

static bool read_training(CtPlace s, ModelTrain *t, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_TRAINING;
	CtCursor c = {s.p, s.n, 0, false};
	if (s.n != TRAIN_SIZE)
		return SEC_FAIL(id, "%zu bytes, but the training defaults take %d", s.n, TRAIN_SIZE);
	if (!ct_get_name(&c, t->dataset))
		return SEC_FAIL(id, "dataset name is not a NUL-terminated, zero-padded line of text");
	t->epochs = ct_get_u32(&c);
	t->batch = ct_get_u32(&c);
	t->validation = ct_get_u32(&c);
	t->schedule = ct_get_u32(&c);
	t->every = ct_get_u32(&c);
	t->eval_noise = ct_get_u32(&c);
	t->seed = ct_get_u64(&c);
	t->lr = ct_get_f32(&c);
	t->beta1 = ct_get_f32(&c);
	t->beta2 = ct_get_f32(&c);
	t->eps = ct_get_f32(&c);
	t->min_lr = ct_get_f32(&c);
	t->gamma = ct_get_f32(&c);
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
	    || !read_perms(place[PROG_SEC_PERMS], m, err, errlen))
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
	unsigned char *data = ct_slurp(path, PROG_MAX_FILE_SIZE, prog_format.what, &n, err, errlen);
	if (!data)
		return false;
	char why[512];
	bool ok = prog_parse(data, n, p, why, sizeof why);
	free(data);
	if (!ok)
		util_fail(err, errlen, "%s: %s", path, why);
	return ok;
}
