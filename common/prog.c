/* prog.c: writing and reading the .prog container of prog.h, field by field.
 *
 * Nothing is ever copied between a struct and the file wholesale: the writer appends
 * each field with a put_ helper to a growing buffer, the reader takes each one with a
 * get_ helper from a cursor that cannot leave its section. Every count is checked
 * against its bound and the section's length before the array it sizes is
 * allocated, so a hostile file costs at most a few MiB and never a crash. */
#include "prog.h"
#include "outfile.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum {
	SCHED_FIXED = 120, BUF_SIZE = 16, STAGE_SIZE = 60,
	PARAMS_FIXED = 8, PARAM_SIZE = 112,
	TRAIN_SIZE = 120,
	PERMS_FIXED = 8, PERM_FIXED = 8,
	NSECTIONS = 5, /* the known ids, 1..NSECTIONS */
};

static const char *const section_name[NSECTIONS + 1] = {
	[PROG_SEC_SCHEDULE] = "schedule", [PROG_SEC_PARAMS] = "params", [PROG_SEC_TRAINING] = "training",
	[PROG_SEC_PERMS] = "permutations", [PROG_SEC_BITCODE] = "bitcode",
};

static const char *sec_name(uint32_t id)
{
	return id >= 1 && id <= NSECTIONS ? section_name[id] : "unknown";
}


/* zlib's crc32 takes a uInt length: feed larger buffers in pieces. */
static uint32_t crc_update(uint32_t crc, const unsigned char *p, size_t n)
{
	while (n > 0) {
		uInt k = n > (1u << 30) ? 1u << 30 : (uInt)n;
		crc = (uint32_t)crc32(crc, p, k);
		p += k;
		n -= k;
	}
	return crc;
}

static uint32_t crc_of(const unsigned char *p, size_t n)
{
	return crc_update((uint32_t)crc32(0L, Z_NULL, 0), p, n);
}

static uint64_t align8(uint64_t x)
{
	return (x + 7) & ~(uint64_t)7;
}

/* ---- writing ---- */

typedef struct Buf {
	unsigned char *p;
	size_t n, cap;
} Buf;

static unsigned char *put(Buf *b, size_t n)
{
	if (b->cap - b->n < n) {
		if (n > SIZE_MAX / 4 - b->n)
			die("prog: %zu more bytes do not fit in memory", n);
		size_t cap = b->cap ? b->cap : 4096;
		while (cap - b->n < n)
			cap *= 2;
		b->p = xrealloc(b->p, cap);
		b->cap = cap;
	}
	unsigned char *at = b->p + b->n;
	memset(at, 0, n);
	b->n += n;
	return at;
}

static void enc_u32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void enc_u64(unsigned char *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void put_u16(Buf *b, uint16_t v)
{
	unsigned char *p = put(b, 2);
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

static void put_u32(Buf *b, uint32_t v)
{
	enc_u32(put(b, 4), v);
}

static void put_u64(Buf *b, uint64_t v)
{
	enc_u64(put(b, 8), v);
}

static void put_f32(Buf *b, float f)
{
	uint32_t v;
	memcpy(&v, &f, 4);
	put_u32(b, v);
}

/* The name up to its NUL, zero-padded; false when it has no NUL. */
static bool put_name(Buf *b, const char name[MODEL_NAME_MAX])
{
	const char *end = memchr(name, '\0', MODEL_NAME_MAX);
	if (!end)
		return false;
	memcpy(put(b, MODEL_NAME_MAX), name, (size_t)(end - name));
	return true;
}

static bool put_schedule(Buf *b, const Model *m)
{
	if (!put_name(b, m->name))
		return false;
	put_u32(b, m->nbufs);
	put_u32(b, m->nstages);
	put_u32(b, m->logits);
	put_u32(b, m->input);
	put_u32(b, m->input_used);
	put_u32(b, 0);
	put_u64(b, m->param_count);
	put_u64(b, m->param_bytes);
	put_u64(b, m->act_stride);
	put_u64(b, m->macs);
	for (uint32_t i = 0; i < m->nbufs; i++) {
		const ModelBuffer *x = &m->bufs[i];
		put_u32(b, x->kind);
		put_u32(b, x->width);
		put_u32(b, x->used);
		put_u32(b, x->offset);
	}
	for (uint32_t i = 0; i < m->nstages; i++) {
		const ModelStage *s = &m->stages[i];
		put_u32(b, s->kind);
		put_u32(b, s->in);
		put_u32(b, s->out);
		put_u32(b, s->param);
		put_u32(b, s->bi);
		put_u32(b, s->bo);
		put_u32(b, s->perm);
		put_u32(b, s->used);
		put_f32(b, s->threshold);
		put_f32(b, s->noise);
		put_f32(b, s->ste_lo);
		put_f32(b, s->ste_hi);
		put_u32(b, s->levels);
		put_f32(b, s->range);
		put_u32(b, s->hard);
	}
	return true;
}

static bool put_params(Buf *b, const Model *m)
{
	put_u32(b, m->nparams);
	put_u32(b, 0);
	for (uint32_t i = 0; i < m->nparams; i++) {
		const ModelParam *q = &m->params[i];
		if (!put_name(b, q->name))
			return false;
		put_u32(b, q->init);
		put_u32(b, q->rank);
		for (int k = 0; k < 4; k++)
			put_u32(b, q->shape[k]);
		put_u64(b, q->count);
		put_u64(b, q->offset);
		put_f32(b, q->stddev);
		put_f32(b, q->value);
	}
	return true;
}

static bool put_training(Buf *b, const ModelTrain *t)
{
	if (!put_name(b, t->dataset))
		return false;
	put_u32(b, t->epochs);
	put_u32(b, t->batch);
	put_u32(b, t->validation);
	put_u32(b, t->schedule);
	put_u32(b, t->every);
	put_u32(b, t->eval_noise);
	put_u64(b, t->seed);
	put_f32(b, t->lr);
	put_f32(b, t->beta1);
	put_f32(b, t->beta2);
	put_f32(b, t->eps);
	put_f32(b, t->min_lr);
	put_f32(b, t->gamma);
	return true;
}

static bool put_perms(Buf *b, const Model *m)
{
	put_u32(b, m->nperms);
	put_u32(b, 0);
	for (uint32_t i = 0; i < m->nperms; i++) {
		const ModelPerm *q = &m->perms[i];
		if (q->slots > MODEL_N)
			return false;
		put_u32(b, q->chunk);
		put_u32(b, q->slots);
		for (uint32_t r = 0; r < q->slots; r++)
			put_u16(b, q->plus[r]);
		for (uint32_t r = 0; r < q->slots; r++)
			put_u16(b, q->minus[r]);
	}
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
	Buf b = {0};
	unsigned char *head = put(&b, PROG_HEADER_SIZE);
	memcpy(head, PROG_MAGIC, 8);
	put(&b, (size_t)NSECTIONS * PROG_ENTRY_SIZE);
	uint64_t off[NSECTIONS + 1], len[NSECTIONS + 1];
	for (uint32_t id = 1; id <= NSECTIONS; id++) {
		put(&b, (size_t)(align8(b.n) - b.n));
		off[id] = b.n;
		bool ok = true;
		switch ((ProgSection)id) {
		case PROG_SEC_SCHEDULE: ok = put_schedule(&b, m); break;
		case PROG_SEC_PARAMS: ok = put_params(&b, m); break;
		case PROG_SEC_TRAINING: ok = put_training(&b, &m->train); break;
		case PROG_SEC_PERMS: ok = put_perms(&b, m); break;
		case PROG_SEC_BITCODE:
			if (size)
				memcpy(put(&b, size), bitcode, size);
			break;
		}
		if (!ok) {
			free(b.p);
			return -1;
		}
		len[id] = b.n - off[id];
	}
	/* the header and table last: they hold the sections' places and checksums */
	head = b.p;
	enc_u32(head + 8, PROG_VERSION);
	enc_u32(head + 12, llvm_major);
	enc_u64(head + 16, b.n);
	enc_u32(head + 24, NSECTIONS);
	for (uint32_t id = 1; id <= NSECTIONS; id++) {
		unsigned char *e = head + PROG_HEADER_SIZE + (id - 1) * PROG_ENTRY_SIZE;
		enc_u32(e, id);
		enc_u32(e + 4, crc_of(b.p + off[id], (size_t)len[id]));
		enc_u64(e + 8, off[id]);
		enc_u64(e + 16, len[id]);
	}
	uint32_t crc = crc_of(head, 28);
	crc = crc_update(crc, head + PROG_HEADER_SIZE, (size_t)NSECTIONS * PROG_ENTRY_SIZE);
	enc_u32(head + 28, crc);
	*out = b.p;
	*outlen = b.n;
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
	OutFile *f = outfile_open(path);
	if (!f) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		free(img);
		return -1;
	}
	size_t put_n = fwrite(img, 1, n, outfile_stream(f));
	free(img);
	if (put_n != n) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		outfile_abort(f);
		return -1;
	}
	if (outfile_commit(f) != 0) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* ---- reading ---- */

/* A read cursor over one section: a read past the end yields zeros and sets `over`,
 * which the section's parser turns into an error. The lengths are checked against
 * the counts first, so `over` means a bug in this file, but it stays a clean error. */
typedef struct Cursor {
	const unsigned char *p;
	size_t n, at;
	bool over;
} Cursor;

static const unsigned char *take(Cursor *c, size_t n)
{
	static const unsigned char zeros[MODEL_NAME_MAX];
	if (c->over || c->n - c->at < n) {
		c->over = true;
		return zeros; /* callers take at most MODEL_NAME_MAX bytes at once */
	}
	const unsigned char *at = c->p + c->at;
	c->at += n;
	return at;
}

static uint32_t dec_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t dec_u64(const unsigned char *p)
{
	return (uint64_t)dec_u32(p) | (uint64_t)dec_u32(p + 4) << 32;
}

static uint16_t get_u16(Cursor *c)
{
	const unsigned char *p = take(c, 2);
	return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t get_u32(Cursor *c)
{
	return dec_u32(take(c, 4));
}

static uint64_t get_u64(Cursor *c)
{
	return dec_u64(take(c, 8));
}

static float get_f32(Cursor *c)
{
	uint32_t v = get_u32(c);
	float f;
	memcpy(&f, &v, 4);
	return f;
}

/* Text without control characters (messages print names, and must stay one line),
 * a NUL, then only zeros: one encoding per name, so no byte goes unchecked. */
static bool get_name(Cursor *c, char name[MODEL_NAME_MAX])
{
	const unsigned char *p = take(c, MODEL_NAME_MAX);
	memcpy(name, p, MODEL_NAME_MAX);
	size_t len = 0;
	while (len < MODEL_NAME_MAX && p[len] != 0) {
		if (p[len] < 0x20 || p[len] == 0x7f)
			return false;
		len++;
	}
	if (len == MODEL_NAME_MAX)
		return false;
	for (size_t i = len; i < MODEL_NAME_MAX; i++)
		if (p[i] != 0)
			return false;
	return true;
}

/* Where each known section lies in the image. */
typedef struct Place {
	const unsigned char *p;
	size_t n;
} Place;

#define SEC_FAIL(id, ...) sec_fail(err, errlen, id, __VA_ARGS__)
static bool sec_fail(char *err, size_t errlen, uint32_t id, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static bool sec_fail(char *err, size_t errlen, uint32_t id, const char *fmt, ...)
{
	int k = snprintf(err, errlen, "section %u (%s): ", id, sec_name(id));
	if (k >= 0 && (size_t)k < errlen) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err + k, errlen - (size_t)k, fmt, ap);
		va_end(ap);
	}
	return false;
}

static bool read_schedule(Place s, Model *m, uint32_t *offsets_out, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_SCHEDULE;
	Cursor c = {s.p, s.n, 0, false};
	if (s.n < SCHED_FIXED)
		return SEC_FAIL(id, "%zu bytes, shorter than its %d-byte fixed part", s.n, SCHED_FIXED);
	if (!get_name(&c, m->name))
		return SEC_FAIL(id, "network name is not a NUL-terminated, zero-padded line of text");
	m->nbufs = get_u32(&c);
	m->nstages = get_u32(&c);
	m->logits = get_u32(&c);
	m->input = get_u32(&c);
	m->input_used = get_u32(&c);
	uint32_t reserved = get_u32(&c);
	m->param_count = get_u64(&c);
	m->param_bytes = get_u64(&c);
	m->act_stride = get_u64(&c);
	m->macs = get_u64(&c);
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
		x->kind = get_u32(&c);
		x->width = get_u32(&c);
		x->used = get_u32(&c);
		x->offset = offsets_out[i] = get_u32(&c);
	}
	for (uint32_t i = 0; i < m->nstages; i++) {
		ModelStage *t = &m->stages[i];
		t->kind = get_u32(&c);
		t->in = get_u32(&c);
		t->out = get_u32(&c);
		t->param = get_u32(&c);
		t->bi = get_u32(&c);
		t->bo = get_u32(&c);
		t->perm = get_u32(&c);
		t->used = get_u32(&c);
		t->threshold = get_f32(&c);
		t->noise = get_f32(&c);
		t->ste_lo = get_f32(&c);
		t->ste_hi = get_f32(&c);
		t->levels = get_u32(&c);
		t->range = get_f32(&c);
		t->hard = get_u32(&c);
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

static bool read_params(Place s, Model *m, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_PARAMS;
	Cursor c = {s.p, s.n, 0, false};
	if (s.n < PARAMS_FIXED)
		return SEC_FAIL(id, "%zu bytes, shorter than its %d-byte fixed part", s.n, PARAMS_FIXED);
	m->nparams = get_u32(&c);
	uint32_t reserved = get_u32(&c);
	if (m->nparams > MODEL_MAX_PARAMS)
		return SEC_FAIL(id, "count %u exceeds the limit of %d", m->nparams, MODEL_MAX_PARAMS);
	if (reserved != 0)
		return SEC_FAIL(id, "reserved field is %u, not 0", reserved);
	size_t want = PARAMS_FIXED + (size_t)m->nparams * PARAM_SIZE;
	if (s.n != want)
		return SEC_FAIL(id, "%zu bytes, but %u parameters take %zu", s.n, m->nparams, want);
	m->params = calloc(m->nparams ? m->nparams : 1, sizeof *m->params);
	if (!m->params)
		return SEC_FAIL(id, "out of memory");
	for (uint32_t i = 0; i < m->nparams; i++) {
		ModelParam *q = &m->params[i];
		if (!get_name(&c, q->name))
			return SEC_FAIL(id, "parameter %u: name is not a NUL-terminated, zero-padded line of text", i);
		q->init = get_u32(&c);
		q->rank = get_u32(&c);
		for (int k = 0; k < 4; k++)
			q->shape[k] = get_u32(&c);
		q->count = get_u64(&c);
		q->offset = get_u64(&c);
		q->stddev = get_f32(&c);
		q->value = get_f32(&c);
		if (!param_bounds(q, i, err, errlen))
			return false;
	}
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "length does not match its records");
	return true;
}

static bool read_training(Place s, ModelTrain *t, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_TRAINING;
	Cursor c = {s.p, s.n, 0, false};
	if (s.n != TRAIN_SIZE)
		return SEC_FAIL(id, "%zu bytes, but the training defaults take %d", s.n, TRAIN_SIZE);
	if (!get_name(&c, t->dataset))
		return SEC_FAIL(id, "dataset name is not a NUL-terminated, zero-padded line of text");
	t->epochs = get_u32(&c);
	t->batch = get_u32(&c);
	t->validation = get_u32(&c);
	t->schedule = get_u32(&c);
	t->every = get_u32(&c);
	t->eval_noise = get_u32(&c);
	t->seed = get_u64(&c);
	t->lr = get_f32(&c);
	t->beta1 = get_f32(&c);
	t->beta2 = get_f32(&c);
	t->eps = get_f32(&c);
	t->min_lr = get_f32(&c);
	t->gamma = get_f32(&c);
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "length does not match its fields");
	return true;
}

static bool read_perms(Place s, Model *m, char *err, size_t errlen)
{
	const uint32_t id = PROG_SEC_PERMS;
	Cursor c = {s.p, s.n, 0, false};
	if (s.n < PERMS_FIXED)
		return SEC_FAIL(id, "%zu bytes, shorter than its %d-byte fixed part", s.n, PERMS_FIXED);
	m->nperms = get_u32(&c);
	uint32_t reserved = get_u32(&c);
	if (m->nperms > MODEL_MAX_PERMS)
		return SEC_FAIL(id, "count %u exceeds the limit of %d", m->nperms, MODEL_MAX_PERMS);
	if (reserved != 0)
		return SEC_FAIL(id, "reserved field is %u, not 0", reserved);
	/* the smallest record has 2 slots: a longer file is checked record by record */
	size_t least = PERMS_FIXED + (size_t)m->nperms * (PERM_FIXED + 4 * 2);
	if (s.n < least)
		return SEC_FAIL(id, "%zu bytes, too short for %u permutations (at least %zu)", s.n, m->nperms, least);
	m->perms = calloc(m->nperms ? m->nperms : 1, sizeof *m->perms);
	if (!m->perms)
		return SEC_FAIL(id, "out of memory");
	for (uint32_t i = 0; i < m->nperms; i++) {
		ModelPerm *q = &m->perms[i];
		if (c.n - c.at < PERM_FIXED)
			return SEC_FAIL(id, "%zu bytes, too short for %u permutations", s.n, m->nperms);
		q->chunk = get_u32(&c);
		q->slots = get_u32(&c);
		/* chunk is bounded too: model_validate's chunk * slots == MODEL_N wraps around */
		if (q->slots < 2 || q->slots > MODEL_N || q->chunk == 0 || q->chunk > MODEL_N)
			return SEC_FAIL(id, "permutation %u: chunk %u or slots %u out of range (chunk 1..%d, slots 2..%d)", i,
			                q->chunk, q->slots, MODEL_N, MODEL_N);
		if (c.n - c.at < (size_t)q->slots * 4)
			return SEC_FAIL(id, "permutation %u: %u slots run past the end of the section", i, q->slots);
		for (uint32_t r = 0; r < q->slots; r++)
			q->plus[r] = get_u16(&c);
		for (uint32_t r = 0; r < q->slots; r++)
			q->minus[r] = get_u16(&c);
	}
	if (c.over || c.at != c.n)
		return SEC_FAIL(id, "%zu bytes, but its %u permutations take %zu", s.n, m->nperms, c.at);
	return true;
}

/* The header and the section table: fills place[] with each known section. */
static bool read_table(const unsigned char *d, size_t n, Prog *p, Place *place, char *err, size_t errlen)
{
	if (n == 0)
		return util_fail(err, errlen, "empty file (not a .prog file)");
	if (n < 8 || memcmp(d, PROG_MAGIC, 8) != 0) {
		if (n < 8 && memcmp(d, PROG_MAGIC, n) == 0)
			return util_fail(err, errlen, "truncated: %zu bytes, shorter than the %d-byte header", n, PROG_HEADER_SIZE);
		return util_fail(err, errlen, "bad magic (not a .prog file)");
	}
	if (n < PROG_HEADER_SIZE)
		return util_fail(err, errlen, "truncated: %zu bytes, shorter than the %d-byte header", n, PROG_HEADER_SIZE);
	uint32_t version = dec_u32(d + 8);
	if (version != PROG_VERSION)
		return util_fail(err, errlen, "format version %u, this %s reads version %d", version, util_progname,
		            PROG_VERSION);
	p->llvm_major = dec_u32(d + 12);
	uint64_t size = dec_u64(d + 16);
	if (size != n)
		return util_fail(err, errlen, "%s: %zu bytes, but the header says %llu", size > n ? "truncated" : "wrong size", n,
		            (unsigned long long)size);
	uint32_t count = dec_u32(d + 24);
	if (count == 0 || count > PROG_MAX_SECTIONS)
		return util_fail(err, errlen, "section count %u out of range 1..%d", count, PROG_MAX_SECTIONS);
	size_t table_end = PROG_HEADER_SIZE + (size_t)count * PROG_ENTRY_SIZE;
	if (table_end > n)
		return util_fail(err, errlen, "truncated: the table of %u sections ends past the end of the file", count);
	uint32_t crc = crc_update(crc_of(d, 28), d + PROG_HEADER_SIZE, table_end - PROG_HEADER_SIZE);
	if (crc != dec_u32(d + 28))
		return util_fail(err, errlen, "header checksum mismatch (stored %08x, computed %08x)", dec_u32(d + 28), crc);

	uint64_t end = table_end; /* of the previous section */
	uint32_t last_id = 0;
	for (uint32_t i = 0; i < count; i++) {
		const unsigned char *e = d + PROG_HEADER_SIZE + (size_t)i * PROG_ENTRY_SIZE;
		uint32_t id = dec_u32(e), sum = dec_u32(e + 4);
		uint64_t off = dec_u64(e + 8), len = dec_u64(e + 16);
		if (id == 0)
			return util_fail(err, errlen, "section table entry %u: id 0 is not a section", i);
		if (id == last_id)
			return util_fail(err, errlen, "section %u (%s) appears twice", id, sec_name(id));
		if (id < last_id)
			return util_fail(err, errlen, "section %u (%s) comes after section %u: ids must ascend", id, sec_name(id),
			            last_id);
		last_id = id;
		if (off > n || len > n - off)
			return util_fail(err, errlen, "section %u (%s): offset %llu and size %llu run past the end of the file (%zu bytes)",
			            id, sec_name(id), (unsigned long long)off, (unsigned long long)len, n);
		if (off != align8(end))
			return util_fail(err, errlen,
			            "section %u (%s): offset %llu, but it must start at %llu (8-byte aligned, right after %s)", id,
			            sec_name(id), (unsigned long long)off, (unsigned long long)align8(end),
			            i ? "the section before" : "the section table");
		for (uint64_t k = end; k < off; k++)
			if (d[k] != 0)
				return util_fail(err, errlen, "section %u (%s): nonzero padding byte at %llu before it", id, sec_name(id),
				            (unsigned long long)k);
		uint32_t crc_s = crc_of(d + off, (size_t)len);
		if (crc_s != sum)
			return util_fail(err, errlen, "section %u (%s): checksum mismatch (stored %08x, computed %08x)", id,
			            sec_name(id), sum, crc_s);
		if (id <= NSECTIONS)
			place[id] = (Place){d + off, (size_t)len};
		end = off + len;
	}
	if (end != n)
		return util_fail(err, errlen, "%llu bytes of trailing data after the last section", (unsigned long long)(n - end));
	for (uint32_t id = 1; id <= NSECTIONS; id++)
		if (!place[id].p)
			return util_fail(err, errlen, "section %u (%s) is missing", id, sec_name(id));
	return true;
}

static bool parse(const unsigned char *d, size_t n, Prog *p, char *err, size_t errlen)
{
	Place place[NSECTIONS + 1] = {{0}};
	if (!read_table(d, n, p, place, err, errlen))
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
	Place bc = place[PROG_SEC_BITCODE];
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

/* The whole file, at most PROG_MAX_FILE_SIZE bytes; NULL with a message on failure. */
static unsigned char *slurp(const char *path, size_t *n, char *err, size_t errlen)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		close(fd);
		return NULL;
	}
	if (S_ISDIR(st.st_mode) || (S_ISREG(st.st_mode) && (uint64_t)st.st_size > PROG_MAX_FILE_SIZE)) {
		if (S_ISDIR(st.st_mode))
			util_fail(err, errlen, "%s: is a directory, not a .prog file", path);
		else
			util_fail(err, errlen, "%s: larger than %zu MiB, the limit for a .prog file", path, PROG_MAX_FILE_SIZE >> 20);
		close(fd);
		return NULL;
	}
	/* st_size is only a first guess (pipes say 0, files may grow): read to EOF */
	size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 && (uint64_t)st.st_size <= PROG_MAX_FILE_SIZE
	                 ? (size_t)st.st_size + 1
	                 : 65536;
	unsigned char *buf = malloc(cap);
	size_t len = 0;
	for (;;) {
		if (!buf) {
			util_fail(err, errlen, "%s: out of memory", path);
			break;
		}
		if (len == cap) {
			if (cap > PROG_MAX_FILE_SIZE) {
				util_fail(err, errlen, "%s: larger than %zu MiB, the limit for a .prog file", path,
				     PROG_MAX_FILE_SIZE >> 20);
				break;
			}
			size_t grown = cap * 2 > PROG_MAX_FILE_SIZE + 1 ? PROG_MAX_FILE_SIZE + 1 : cap * 2;
			unsigned char *q = realloc(buf, grown);
			if (!q) {
				util_fail(err, errlen, "%s: out of memory", path);
				break;
			}
			buf = q;
			cap = grown;
		}
		ssize_t k = read(fd, buf + len, cap - len);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			util_fail(err, errlen, "%s: %s", path, strerror(errno));
			break;
		}
		if (k == 0) {
			close(fd);
			*n = len;
			return buf;
		}
		len += (size_t)k;
	}
	free(buf);
	close(fd);
	return NULL;
}

bool prog_load(const char *path, Prog *p, char *err, size_t errlen)
{
	memset(p, 0, sizeof *p);
	size_t n;
	unsigned char *data = slurp(path, &n, err, errlen);
	if (!data)
		return false;
	char why[512];
	bool ok = prog_parse(data, n, p, why, sizeof why);
	free(data);
	if (!ok)
		util_fail(err, errlen, "%s: %s", path, why);
	return ok;
}
