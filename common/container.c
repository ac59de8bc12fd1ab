/* container.c: the container of container.h, and the fields its sections are made of. */
#include "container.h"
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

static uint64_t align8(uint64_t x)
{
	return (x + 7) & ~(uint64_t)7;
}

static const char *sec_name(const CtFormat *f, uint32_t id)
{
	return id >= 1 && id <= f->nknown ? f->names[id] : "unknown";
}

/* ---- encoding ---- */

unsigned char *ct_put(CtBuf *b, size_t n)
{
	if (b->cap - b->n < n) {
		if (n > SIZE_MAX / 4 - b->n)
			die("container: %zu more bytes do not fit in memory", n);
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

void ct_enc_u32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

void ct_enc_u64(unsigned char *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

void ct_put_u8(CtBuf *b, uint8_t v)
{
	*ct_put(b, 1) = v;
}

void ct_put_u16(CtBuf *b, uint16_t v)
{
	unsigned char *p = ct_put(b, 2);
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

void ct_put_u32(CtBuf *b, uint32_t v)
{
	ct_enc_u32(ct_put(b, 4), v);
}

void ct_put_u64(CtBuf *b, uint64_t v)
{
	ct_enc_u64(ct_put(b, 8), v);
}

void ct_put_f32(CtBuf *b, float f)
{
	uint32_t v;
	memcpy(&v, &f, 4);
	ct_put_u32(b, v);
}

bool ct_put_name(CtBuf *b, const char name[CT_NAME_SIZE])
{
	const char *end = memchr(name, '\0', CT_NAME_SIZE);
	if (!end)
		return false;
	memcpy(ct_put(b, CT_NAME_SIZE), name, (size_t)(end - name));
	return true;
}

/* ---- decoding ---- */

const unsigned char *ct_take(CtCursor *c, size_t n)
{
	static const unsigned char zeros[CT_NAME_SIZE];
	if (n > sizeof zeros)
		die("ct_take: %zu bytes at once, more than %zu", n, sizeof zeros);
	if (c->over || c->n - c->at < n) {
		c->over = true;
		return zeros;
	}
	const unsigned char *at = c->p + c->at;
	c->at += n;
	return at;
}

uint32_t ct_dec_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

uint64_t ct_dec_u64(const unsigned char *p)
{
	return (uint64_t)ct_dec_u32(p) | (uint64_t)ct_dec_u32(p + 4) << 32;
}

uint8_t ct_get_u8(CtCursor *c)
{
	return ct_take(c, 1)[0];
}

uint16_t ct_get_u16(CtCursor *c)
{
	const unsigned char *p = ct_take(c, 2);
	return (uint16_t)(p[0] | p[1] << 8);
}

uint32_t ct_get_u32(CtCursor *c)
{
	return ct_dec_u32(ct_take(c, 4));
}

uint64_t ct_get_u64(CtCursor *c)
{
	return ct_dec_u64(ct_take(c, 8));
}

float ct_get_f32(CtCursor *c)
{
	uint32_t v = ct_get_u32(c);
	float f;
	memcpy(&f, &v, 4);
	return f;
}

bool ct_get_name(CtCursor *c, char name[CT_NAME_SIZE])
{
	const unsigned char *p = ct_take(c, CT_NAME_SIZE);
	memcpy(name, p, CT_NAME_SIZE);
	size_t len = 0;
	while (len < CT_NAME_SIZE && p[len] != 0) {
		if (p[len] < 0x20 || p[len] == 0x7f)
			return false;
		len++;
	}
	if (len == CT_NAME_SIZE)
		return false;
	for (size_t i = len; i < CT_NAME_SIZE; i++)
		if (p[i] != 0)
			return false;
	return true;
}

/* ---- checksums ---- */

uint32_t ct_crc_update(uint32_t crc, const unsigned char *p, size_t n)
{
	while (n > 0) {
		uInt k = n > (1u << 30) ? 1u << 30 : (uInt)n;
		crc = (uint32_t)crc32(crc, p, k);
		p += k;
		n -= k;
	}
	return crc;
}

uint32_t ct_crc(const unsigned char *p, size_t n)
{
	return ct_crc_update((uint32_t)crc32(0L, Z_NULL, 0), p, n);
}

/* ---- writing ---- */

static unsigned char *entry(CtWriter *w, uint32_t i)
{
	return w->b.p + CT_HEADER_SIZE + (size_t)i * CT_ENTRY_SIZE;
}

/* Records the open section's size and checksum in its entry. */
static void end_section(CtWriter *w)
{
	if (w->done == 0)
		return;
	unsigned char *e = entry(w, w->done - 1);
	size_t len = w->b.n - w->start;
	ct_enc_u32(e + 4, ct_crc(w->b.p + w->start, len));
	ct_enc_u64(e + 16, len);
}

void ct_begin(CtWriter *w, const CtFormat *f, uint32_t count)
{
	if (count == 0 || count > f->max_sections)
		die("ct_begin: %u sections, not 1..%u", count, f->max_sections);
	*w = (CtWriter){.f = f, .count = count};
	memcpy(ct_put(&w->b, CT_HEADER_SIZE), f->magic, 8);
	ct_put(&w->b, (size_t)count * CT_ENTRY_SIZE);
}

void ct_section(CtWriter *w, uint32_t id)
{
	if (w->done == w->count || id == 0 || (w->done && id <= ct_dec_u32(entry(w, w->done - 1))))
		die("ct_section: section %u after %u of %u sections", id, w->done, w->count);
	end_section(w);
	ct_put(&w->b, (size_t)(align8(w->b.n) - w->b.n));
	w->start = w->b.n;
	unsigned char *e = entry(w, w->done++);
	ct_enc_u32(e, id);
	ct_enc_u64(e + 8, w->start);
}

void ct_finish(CtWriter *w, uint32_t word)
{
	if (w->done != w->count)
		die("ct_finish: %u of %u sections written", w->done, w->count);
	end_section(w);
	unsigned char *head = w->b.p;
	ct_enc_u32(head + 8, w->f->version);
	ct_enc_u32(head + 12, word);
	ct_enc_u64(head + 16, w->b.n);
	ct_enc_u32(head + 24, w->count);
	ct_enc_u32(head + 28, ct_crc_update(ct_crc(head, 28), entry(w, 0), (size_t)w->count * CT_ENTRY_SIZE));
}

/* ---- reading ---- */

bool ct_read_table(const CtFormat *f, const unsigned char *d, size_t n, uint32_t *word, CtPlace place[], char *err,
                   size_t errlen)
{
	memset(place, 0, (f->nknown + 1) * sizeof *place);
	if (n == 0)
		return util_fail(err, errlen, "empty file (not a %s file)", f->what);
	if (n < 8 || memcmp(d, f->magic, 8) != 0) {
		if (n < 8 && memcmp(d, f->magic, n) == 0)
			return util_fail(err, errlen, "truncated: %zu bytes, shorter than the %d-byte header", n, CT_HEADER_SIZE);
		return util_fail(err, errlen, "bad magic (not a %s file)", f->what);
	}
	if (n < CT_HEADER_SIZE)
		return util_fail(err, errlen, "truncated: %zu bytes, shorter than the %d-byte header", n, CT_HEADER_SIZE);
	uint32_t version = ct_dec_u32(d + 8);
	if (version != f->version)
		return util_fail(err, errlen, "format version %u, this %s reads version %u", version, util_progname,
		                 f->version);
	*word = ct_dec_u32(d + 12);
	uint64_t size = ct_dec_u64(d + 16);
	if (size != n)
		return util_fail(err, errlen, "%s: %zu bytes, but the header says %llu", size > n ? "truncated" : "wrong size",
		                 n, (unsigned long long)size);
	uint32_t count = ct_dec_u32(d + 24);
	if (count == 0 || count > f->max_sections)
		return util_fail(err, errlen, "section count %u out of range 1..%u", count, f->max_sections);
	size_t table_end = CT_HEADER_SIZE + (size_t)count * CT_ENTRY_SIZE;
	if (table_end > n)
		return util_fail(err, errlen, "truncated: the table of %u sections ends past the end of the file", count);
	uint32_t crc = ct_crc_update(ct_crc(d, 28), d + CT_HEADER_SIZE, table_end - CT_HEADER_SIZE);
	if (crc != ct_dec_u32(d + 28))
		return util_fail(err, errlen, "header checksum mismatch (stored %08x, computed %08x)", ct_dec_u32(d + 28),
		                 crc);

	uint64_t end = table_end; /* of the previous section */
	uint32_t last_id = 0;
	for (uint32_t i = 0; i < count; i++) {
		const unsigned char *e = d + CT_HEADER_SIZE + (size_t)i * CT_ENTRY_SIZE;
		uint32_t id = ct_dec_u32(e), sum = ct_dec_u32(e + 4);
		uint64_t off = ct_dec_u64(e + 8), len = ct_dec_u64(e + 16);
		const char *name = sec_name(f, id);
		if (id == 0)
			return util_fail(err, errlen, "section table entry %u: id 0 is not a section", i);
		if (id == last_id)
			return util_fail(err, errlen, "section %u (%s) appears twice", id, name);
		if (id < last_id)
			return util_fail(err, errlen, "section %u (%s) comes after section %u: ids must ascend", id, name,
			                 last_id);
		last_id = id;
		if (off > n || len > n - off)
			return util_fail(err, errlen,
			                 "section %u (%s): offset %llu and size %llu run past the end of the file (%zu bytes)",
			                 id, name, (unsigned long long)off, (unsigned long long)len, n);
		if (off != align8(end))
			return util_fail(err, errlen,
			                 "section %u (%s): offset %llu, but it must start at %llu (8-byte aligned, right after %s)",
			                 id, name, (unsigned long long)off, (unsigned long long)align8(end),
			                 i ? "the section before" : "the section table");
		for (uint64_t k = end; k < off; k++)
			if (d[k] != 0)
				return util_fail(err, errlen, "section %u (%s): nonzero padding byte at %llu before it", id, name,
				                 (unsigned long long)k);
		uint32_t crc_s = ct_crc(d + off, (size_t)len);
		if (crc_s != sum)
			return util_fail(err, errlen, "section %u (%s): checksum mismatch (stored %08x, computed %08x)", id, name,
			                 sum, crc_s);
		if (id <= f->nknown)
			place[id] = (CtPlace){d + off, (size_t)len};
		end = off + len;
	}
	if (end != n)
		return util_fail(err, errlen, "%llu bytes of trailing data after the last section",
		                 (unsigned long long)(n - end));
	for (uint32_t id = 1; id <= f->nrequired; id++)
		if (!place[id].p)
			return util_fail(err, errlen, "section %u (%s) is missing", id, sec_name(f, id));
	return true;
}

bool ct_sec_fail(char *err, size_t errlen, const CtFormat *f, uint32_t id, const char *fmt, ...)
{
	int k = snprintf(err, errlen, "section %u (%s): ", id, sec_name(f, id));
	if (k >= 0 && (size_t)k < errlen) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err + k, errlen - (size_t)k, fmt, ap);
		va_end(ap);
	}
	return false;
}

/* ---- records ---- */

static const struct {
	const char *name;
	size_t size;
} types[CT__COUNT] = {
	[CT_U32] = {"u32", 4}, [CT_I32] = {"i32", 4}, [CT_U64] = {"u64", 8}, [CT_F32] = {"f32", 4},
	[CT_ENUM] = {"u32", 4}, [CT_NAME] = {"name64", CT_NAME_SIZE}, [CT_RESERVED] = {"u32", 4},
	[CT_CONST] = {"u32", 4},
};

const char *ct_type_name(CtType t)
{
	return types[t].name;
}

size_t ct_field_size(const CtField *f)
{
	return types[f->type].size * (f->count ? f->count : 1);
}

size_t ct_record_size(const CtRecord *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->nfields; i++)
		n += ct_field_size(&r->fields[i]);
	return n;
}

/* Element k of the field's member in the struct at base. */
static void *member(const CtField *f, const void *base, uint32_t k)
{
	return (char *)base + f->offset + (size_t)k * types[f->type].size;
}

bool ct_put_record(CtBuf *b, const CtRecord *r, const void *src)
{
	for (size_t i = 0; i < r->nfields; i++) {
		const CtField *f = &r->fields[i];
		for (uint32_t k = 0; k < (f->count ? f->count : 1); k++) {
			const void *p = member(f, src, k);
			uint32_t v32;
			uint64_t v64;
			switch (f->type) {
			case CT_U32: case CT_I32: case CT_F32: case CT_ENUM:
				memcpy(&v32, p, 4);
				ct_put_u32(b, v32);
				break;
			case CT_U64:
				memcpy(&v64, p, 8);
				ct_put_u64(b, v64);
				break;
			case CT_NAME:
				if (!ct_put_name(b, p))
					return false;
				break;
			case CT_RESERVED: ct_put_u32(b, 0); break;
			case CT_CONST: ct_put_u32(b, (uint32_t)f->max); break;
			case CT__COUNT: die("ct_put_record: %s.%s has no type", r->name, f->name);
			}
		}
	}
	return true;
}

/* Takes element k of field f into the struct at dst, checking what the row bounds. */
static bool get_field(CtCursor *c, const CtField *f, void *dst, uint32_t k, char *why, size_t whylen)
{
	const char *what = f->what ? f->what : f->name;
	void *p = member(f, dst, k);
	if (f->type == CT_NAME) {
		if (!ct_get_name(c, p))
			return util_fail(why, whylen, "%s is not a NUL-terminated, zero-padded line of text", what);
		return true;
	}
	if (f->type == CT_U64) {
		uint64_t v = ct_get_u64(c);
		if (f->max && v > f->max)
			return util_fail(why, whylen, "%s %llu exceeds the limit of %llu", what, (unsigned long long)v,
			                 (unsigned long long)f->max);
		memcpy(p, &v, 8);
		return true;
	}
	uint32_t v = ct_get_u32(c);
	switch (f->type) {
	case CT_RESERVED:
		return v == 0 || util_fail(why, whylen, "reserved field is %u, not 0", v);
	case CT_CONST:
		return v == f->max || util_fail(why, whylen, "%s %u, this reader knows %llu", what, v, (unsigned long long)f->max);
	case CT_ENUM: /* checked before it is stored: an enum member never holds a stray value */
		if (v > f->max)
			return util_fail(why, whylen, "%s %u out of range 0..%llu", what, v, (unsigned long long)f->max);
		break;
	case CT_U32:
		if (f->max && v > f->max)
			return util_fail(why, whylen, "%s %u exceeds the limit of %llu", what, v, (unsigned long long)f->max);
		break;
	case CT_I32: case CT_F32: break;
	case CT_NAME: case CT_U64: case CT__COUNT: die("get_field: %s has no type", f->name);
	}
	memcpy(p, &v, 4);
	return true;
}

bool ct_get_record(CtCursor *c, const CtRecord *r, void *dst, char *why, size_t whylen)
{
	for (size_t i = 0; i < r->nfields; i++) {
		const CtField *f = &r->fields[i];
		for (uint32_t k = 0; k < (f->count ? f->count : 1); k++)
			if (!get_field(c, f, dst, k, why, whylen))
				return false;
		if (c->over)
			return util_fail(why, whylen, "%s runs past the end of the section", f->name);
	}
	return true;
}

/* ---- records both formats share ---- */

bool ct_get_counted(CtPlace s, const CtFormat *f, uint32_t id, CtCursor *c, uint32_t *count, uint32_t max,
                    size_t record, const char *what, char *err, size_t errlen)
{
	*c = (CtCursor){s.p, s.n, 0, false};
	if (s.n < CT_COUNTED)
		return ct_sec_fail(err, errlen, f, id, "%zu bytes, shorter than its %d-byte count", s.n, CT_COUNTED);
	*count = ct_get_u32(c);
	uint32_t reserved = ct_get_u32(c);
	if (*count > max)
		return ct_sec_fail(err, errlen, f, id, "count %u exceeds the limit of %u", *count, max);
	if (reserved != 0)
		return ct_sec_fail(err, errlen, f, id, "reserved field is %u, not 0", reserved);
	size_t want = CT_COUNTED + (size_t)*count * record;
	if (record && s.n != want)
		return ct_sec_fail(err, errlen, f, id, "%zu bytes, but %u %s take %zu", s.n, *count, what, want);
	return true;
}

void ct_put_counted(CtBuf *b, uint32_t count)
{
	ct_put_u32(b, count);
	ct_put_u32(b, 0);
}

bool ct_put_perm(CtBuf *b, const CtPerm *q)
{
	if (q->slots > CT_PERM_MAX)
		return false;
	ct_put_u32(b, q->chunk);
	ct_put_u32(b, q->slots);
	for (uint32_t r = 0; r < q->slots; r++)
		ct_put_u16(b, q->plus[r]);
	for (uint32_t r = 0; r < q->slots; r++)
		ct_put_u16(b, q->minus[r]);
	return true;
}

bool ct_get_perms(CtCursor *c, const CtFormat *f, uint32_t id, uint32_t count, CtPerm *q, char *err, size_t errlen)
{
	/* the smallest record has 2 slots: a longer section is checked record by record */
	size_t least = c->at + (size_t)count * (CT_PERM_FIXED + 4 * 2);
	if (c->n < least)
		return ct_sec_fail(err, errlen, f, id, "%zu bytes, too short for %u permutations (at least %zu)", c->n, count,
		                   least);
	for (uint32_t i = 0; i < count; i++, q++) {
		if (c->n - c->at < CT_PERM_FIXED)
			return ct_sec_fail(err, errlen, f, id, "%zu bytes, too short for %u permutations", c->n, count);
		q->chunk = ct_get_u32(c);
		q->slots = ct_get_u32(c);
		/* chunk is bounded too: chunk * slots == 256 wraps around in 32 bits */
		if (q->slots < 2 || q->slots > CT_PERM_MAX || q->chunk == 0 || q->chunk > CT_PERM_MAX)
			return ct_sec_fail(err, errlen, f, id,
			                   "permutation %u: chunk %u or slots %u out of range (chunk 1..%d, slots 2..%d)", i,
			                   q->chunk, q->slots, CT_PERM_MAX, CT_PERM_MAX);
		if (c->n - c->at < (size_t)q->slots * 4)
			return ct_sec_fail(err, errlen, f, id, "permutation %u: %u slots run past the end of the section", i,
			                   q->slots);
		for (uint32_t r = 0; r < q->slots; r++)
			q->plus[r] = ct_get_u16(c);
		for (uint32_t r = 0; r < q->slots; r++)
			q->minus[r] = ct_get_u16(c);
	}
	if (c->over || c->at != c->n)
		return ct_sec_fail(err, errlen, f, id, "%zu bytes, but its %u permutations take %zu", c->n, count, c->at);
	return true;
}

/* ---- files ---- */

/* Reads until n bytes are in or the file ends; the count read, or -1 with errno. */
static ssize_t read_upto(int fd, unsigned char *p, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = read(fd, p + got, n - got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return -1;
		if (k == 0)
			break;
		got += (size_t)k;
	}
	return (ssize_t)got;
}

/* The header comes first, and then exactly the size it declares and one byte more,
 * which must not be there: what is read is bounded by the header's claim, itself at
 * most max, never by what the file would give (/dev/zero, an endless pipe). A header
 * of another format, version or an impossible size is handed to the parser as it is,
 * so that the messages stay ct_read_table's. */
unsigned char *ct_slurp(const char *path, const CtFormat *f, size_t max, size_t *n, char *err, size_t errlen)
{
	struct stat st;
	int fd = util_open_read(path, &st, err, errlen);
	if (fd < 0)
		return NULL;
	bool reg = S_ISREG(st.st_mode);
	unsigned char *buf = NULL;
	if (!reg && !S_ISFIFO(st.st_mode)) {
		util_fail(err, errlen, "%s: not a regular file (%s), not a %s file", path, util_file_kind(st.st_mode),
		          f->what);
		goto fail;
	}
	if (reg && (uint64_t)st.st_size > max) {
		util_fail(err, errlen, "%s: larger than %zu MiB, the limit for a %s file", path, max >> 20, f->what);
		goto fail;
	}
	buf = xmalloc(CT_HEADER_SIZE);
	ssize_t got = read_upto(fd, buf, CT_HEADER_SIZE);
	if (got < 0) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	uint64_t size = got == CT_HEADER_SIZE ? ct_dec_u64(buf + 16) : 0;
	if (got < CT_HEADER_SIZE || memcmp(buf, f->magic, 8) != 0 || ct_dec_u32(buf + 8) != f->version) {
		close(fd);
		*n = (size_t)got;
		return buf;
	}
	if (size > max) {
		util_fail(err, errlen, "%s: the header says %llu bytes, above the limit of %zu MiB for a %s file", path,
		          (unsigned long long)size, max >> 20, f->what);
		goto fail;
	}
	size_t want = size < CT_HEADER_SIZE ? CT_HEADER_SIZE : (size_t)size;
	unsigned char *grown = realloc(buf, want + 1);
	if (!grown) {
		util_fail(err, errlen, "%s: out of memory for %zu bytes", path, want);
		goto fail;
	}
	buf = grown;
	got = read_upto(fd, buf + CT_HEADER_SIZE, want + 1 - CT_HEADER_SIZE);
	if (got < 0) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	size_t len = CT_HEADER_SIZE + (size_t)got;
	if (len > want) {
		if (reg && (uint64_t)st.st_size > want)
			util_fail(err, errlen, "%s: wrong size: %llu bytes, but the header says %llu", path,
			          (unsigned long long)st.st_size, (unsigned long long)size);
		else
			util_fail(err, errlen, "%s: wrong size: more than the %llu bytes the header says", path,
			          (unsigned long long)size);
		goto fail;
	}
	close(fd);
	*n = len;
	return buf;
fail:
	free(buf);
	close(fd);
	return NULL;
}

/* The image as the one write of an outfile_write. */
typedef struct Bytes {
	const unsigned char *p;
	size_t n;
} Bytes;

static bool write_bytes(FILE *fp, const void *ctx)
{
	const Bytes *b = ctx;
	return fwrite(b->p, 1, b->n, fp) == b->n;
}

int ct_write_file(const char *path, const unsigned char *img, size_t n, char *err, size_t errlen)
{
	return outfile_write(path, write_bytes, &(Bytes){img, n}, err, errlen);
}
