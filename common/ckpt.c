/* ckpt.c: writing and reading the safetensors files of ckpt.h, the header with json-c.
 *
 * The reader checks the header length against its bound and the file size before it
 * allocates the header, and reads the data only after every entry has been checked
 * and the offsets shown to tile the data; the data then go to a malloc'd float array
 * of their own, which is aligned whatever the header length and is converted from
 * little-endian in place on a big-endian host. Names and metadata point into the
 * parsed JSON, which the Ckpt keeps. */
#include "ckpt.h"
#include "outfile.h"
#include "util.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define META_KEY "__metadata__"

typedef struct Entry {
	const char *name; /* owned by the JSON tree */
	uint32_t rank;
	uint64_t shape[4];
	uint64_t begin, end; /* bytes into the data */
} Entry;

struct Ckpt {
	json_object *root;
	Entry *e; /* in header order */
	size_t n;
	CkptMeta *meta;
	size_t nmeta;
	float *data;
};


/* A name as messages show it: a name comes from the file, and must not be able to
 * break the message over lines or make it endless. */
typedef struct Shown {
	char s[72];
} Shown;

static Shown shown(const char *name)
{
	Shown r;
	size_t i = 0;
	for (; name[i] && i < 60; i++)
		r.s[i] = (unsigned char)name[i] < 0x20 || name[i] == 0x7f ? '?' : name[i];
	strcpy(r.s + i, name[i] ? "..." : "");
	return r;
}

/* The length of the valid UTF-8 prefix of p[0..n) that holds no control characters
 * but tab, newline and carriage return (JSON allows no others, and a NUL would end
 * the strings json-c hands back early); n when all of it is. */
static size_t utf8_valid(const unsigned char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = p[i];
		if (c < 0x80) {
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
				return i;
			i++;
			continue;
		}
		size_t len;
		unsigned min, cp;
		if (c >= 0xc2 && c <= 0xdf)
			len = 2, cp = c & 0x1f, min = 0x80;
		else if (c >= 0xe0 && c <= 0xef)
			len = 3, cp = c & 0x0f, min = 0x800;
		else if (c >= 0xf0 && c <= 0xf4)
			len = 4, cp = c & 0x07, min = 0x10000;
		else
			return i;
		if (n - i < len)
			return i;
		for (size_t k = 1; k < len; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return i;
			cp = cp << 6 | (p[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return i;
		i += len;
	}
	return n;
}

static bool utf8_ok(const char *s)
{
	size_t n = strlen(s);
	return utf8_valid((const unsigned char *)s, n) == n;
}

/* ---- writing ---- */

static bool check_tensor(const CkptTensor *t, size_t i, char *why, size_t n)
{
	if (!t->name || !*t->name)
		return util_fail(why, n, "tensor %zu has no name", i);
	Shown s = shown(t->name);
	if (!utf8_ok(t->name))
		return util_fail(why, n, "tensor '%s': the name is not UTF-8 text", s.s);
	if (strcmp(t->name, META_KEY) == 0)
		return util_fail(why, n, "tensor '%s': the name is reserved for metadata", s.s);
	if (t->rank > CKPT_MAX_RANK)
		return util_fail(why, n, "tensor '%s': rank %u above %d", s.s, t->rank, CKPT_MAX_RANK);
	uint64_t count = 1;
	for (uint32_t k = 0; k < t->rank; k++) {
		if (t->shape[k] != 0 && count > UINT64_MAX / t->shape[k])
			return util_fail(why, n, "tensor '%s': the shape's product overflows", s.s);
		count *= t->shape[k];
	}
	if (count != t->count)
		return util_fail(why, n, "tensor '%s': count %llu, but the shape holds %llu", s.s, (unsigned long long)t->count,
		            (unsigned long long)count);
	if (count > 0 && !t->data)
		return util_fail(why, n, "tensor '%s': no data", s.s);
	return true;
}

/* The header as it goes into the file, spaces included; NULL with why filled when
 * the input cannot be written. The caller frees the result. */
static char *build_header(const CkptTensor *t, size_t nt, const CkptMeta *meta, size_t nmeta, size_t *len,
                          char *why, size_t whylen)
{
	json_object *root = json_object_new_object();
	char *out = NULL;
	if (nmeta > 0) {
		json_object *m = json_object_new_object();
		json_object_object_add(root, META_KEY, m);
		for (size_t i = 0; i < nmeta; i++) {
			if (!meta[i].key || !*meta[i].key || !meta[i].value) {
				util_fail(why, whylen, "metadata entry %zu has no key or no value", i);
				goto done;
			}
			Shown s = shown(meta[i].key);
			if (!utf8_ok(meta[i].key) || !utf8_ok(meta[i].value)) {
				util_fail(why, whylen, "metadata '%s': not UTF-8 text", s.s);
				goto done;
			}
			if (json_object_object_get_ex(m, meta[i].key, NULL)) {
				util_fail(why, whylen, "metadata '%s' appears twice", s.s);
				goto done;
			}
			json_object_object_add(m, meta[i].key, json_object_new_string(meta[i].value));
		}
	}
	uint64_t at = 0;
	for (size_t i = 0; i < nt; i++) {
		if (!check_tensor(&t[i], i, why, whylen))
			goto done;
		if (json_object_object_get_ex(root, t[i].name, NULL)) {
			util_fail(why, whylen, "tensor '%s' appears twice", shown(t[i].name).s);
			goto done;
		}
		/* json-c's integers are int64: keep every offset below 2^62 */
		if (t[i].count > ((uint64_t)1 << 60) - at / 4) {
			util_fail(why, whylen, "tensor '%s': the data grow past 2^62 bytes", shown(t[i].name).s);
			goto done;
		}
		json_object *e = json_object_new_object();
		json_object *shape = json_object_new_array();
		json_object *offs = json_object_new_array();
		for (uint32_t k = 0; k < t[i].rank; k++)
			json_object_array_add(shape, json_object_new_int64((int64_t)t[i].shape[k]));
		json_object_array_add(offs, json_object_new_int64((int64_t)at));
		at += 4 * t[i].count;
		json_object_array_add(offs, json_object_new_int64((int64_t)at));
		json_object_object_add(e, "dtype", json_object_new_string("F32"));
		json_object_object_add(e, "shape", shape);
		json_object_object_add(e, "data_offsets", offs);
		json_object_object_add(root, t[i].name, e);
	}
	size_t n;
	const char *text = json_object_to_json_string_length(root, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE,
	                                                     &n);
	*len = (n + 7) / 8 * 8;
	if (*len > CKPT_MAX_HEADER) { /* never write what ckpt_load refuses */
		util_fail(why, whylen, "a header of %zu bytes, above the limit of %llu", *len,
		     (unsigned long long)CKPT_MAX_HEADER);
		goto done;
	}
	out = xmalloc(*len);
	memcpy(out, text, n);
	memset(out + n, ' ', *len - n);
done:
	json_object_put(root);
	return out;
}

static bool put_u64le(FILE *fp, uint64_t v)
{
	unsigned char b[8];
	for (int i = 0; i < 8; i++)
		b[i] = (unsigned char)(v >> (8 * i));
	return fwrite(b, 1, 8, fp) == 8;
}

static bool put_floats(FILE *fp, const float *x, uint64_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return n == 0 || fwrite(x, 4, n, fp) == n;
#else
	for (uint64_t i = 0; i < n; i++) {
		uint32_t u;
		memcpy(&u, &x[i], 4);
		unsigned char b[4] = {(unsigned char)u, (unsigned char)(u >> 8), (unsigned char)(u >> 16),
		                      (unsigned char)(u >> 24)};
		if (fwrite(b, 1, 4, fp) != 4)
			return false;
	}
	return true;
#endif
}

/* What ckpt_write streams: the header's length, the header, every tensor's data. */
typedef struct Body {
	const char *header;
	size_t hlen;
	const CkptTensor *t;
	size_t nt;
} Body;

static bool write_body(FILE *fp, const void *ctx)
{
	const Body *b = ctx;
	bool ok = put_u64le(fp, b->hlen) && fwrite(b->header, 1, b->hlen, fp) == b->hlen;
	for (size_t i = 0; ok && i < b->nt; i++)
		ok = put_floats(fp, b->t[i].data, b->t[i].count);
	return ok;
}

int ckpt_write(const char *path, const CkptTensor *t, size_t nt, const CkptMeta *meta, size_t nmeta, char *err,
               size_t errlen)
{
	char why[256];
	size_t hlen;
	char *header = build_header(t, nt, meta, nmeta, &hlen, why, sizeof why);
	if (!header) {
		util_fail(err, errlen, "%s: not written: %s", path, why);
		return -1;
	}
	int rc = outfile_write(path, write_body, &(Body){header, hlen, t, nt}, err, errlen);
	free(header);
	return rc;
}

/* ---- reading ---- */

/* A non-negative JSON integer; false for anything else. */
static bool get_u64(json_object *v, uint64_t *out)
{
	if (!json_object_is_type(v, json_type_int))
		return false;
	/* json-c keeps values from 2^63 to 2^64 - 1 as uint64 (get_int64 would clamp them
	 * to INT64_MAX, and messages would show a number the file does not hold); larger
	 * ones it clamps to UINT64_MAX, which no file can hold in any case */
	if (json_object_get_int64(v) < 0)
		return false;
	*out = json_object_get_uint64(v);
	return true;
}

static bool read_meta(Ckpt *c, json_object *m, const char *path, char *err, size_t errlen)
{
	if (!json_object_is_type(m, json_type_object))
		return util_fail(err, errlen, "%s: header: " META_KEY " is not a JSON object", path);
	c->meta = xcalloc((size_t)json_object_object_length(m) + 1, sizeof *c->meta);
	json_object_object_foreach(m, key, val)
	{
		if (!json_object_is_type(val, json_type_string))
			return util_fail(err, errlen, "%s: header: " META_KEY ": the value of '%s' is not a string", path,
			            shown(key).s);
		c->meta[c->nmeta].key = key;
		c->meta[c->nmeta].value = json_object_get_string(val);
		c->nmeta++;
	}
	return true;
}

static bool read_entry(Entry *e, const char *name, json_object *v, uint64_t data_size, const char *path, char *err,
                       size_t errlen)
{
	Shown s = shown(name);
	e->name = name;
	if (!*name)
		return util_fail(err, errlen, "%s: header: a tensor has an empty name", path);
	if (!json_object_is_type(v, json_type_object))
		return util_fail(err, errlen, "%s: tensor '%s': not a JSON object", path, s.s);
	json_object *dtype, *shape, *offs;
	if (!json_object_object_get_ex(v, "dtype", &dtype) || !json_object_is_type(dtype, json_type_string))
		return util_fail(err, errlen, "%s: tensor '%s': no dtype string", path, s.s);
	if (strcmp(json_object_get_string(dtype), "F32") != 0)
		return util_fail(err, errlen, "%s: tensor '%s': dtype %s, only F32 is read", path, s.s,
		            shown(json_object_get_string(dtype)).s);
	if (!json_object_object_get_ex(v, "shape", &shape) || !json_object_is_type(shape, json_type_array))
		return util_fail(err, errlen, "%s: tensor '%s': no shape array", path, s.s);
	size_t rank = json_object_array_length(shape);
	if (rank > CKPT_MAX_RANK)
		return util_fail(err, errlen, "%s: tensor '%s': shape of rank %zu, above %d", path, s.s, rank, CKPT_MAX_RANK);
	e->rank = (uint32_t)rank;
	/* a product past 2^62 floats is no shape any file can hold; below it, count * 4
	 * cannot overflow */
	uint64_t count = 1, limit = UINT64_MAX / 4;
	bool over = false, zero = false;
	for (size_t k = 0; k < rank; k++) {
		if (!get_u64(json_object_array_get_idx(shape, k), &e->shape[k]))
			return util_fail(err, errlen, "%s: tensor '%s': shape[%zu] is not a non-negative integer", path, s.s, k);
		zero |= e->shape[k] == 0;
	}
	for (size_t k = 0; k < rank && !zero && !over; k++) {
		if (count > limit / e->shape[k])
			over = true;
		else
			count *= e->shape[k];
	}
	if (zero)
		count = 0;
	if (!json_object_object_get_ex(v, "data_offsets", &offs) || !json_object_is_type(offs, json_type_array) ||
	    json_object_array_length(offs) != 2 || !get_u64(json_object_array_get_idx(offs, 0), &e->begin) ||
	    !get_u64(json_object_array_get_idx(offs, 1), &e->end))
		return util_fail(err, errlen, "%s: tensor '%s': data_offsets is not a pair of non-negative integers", path, s.s);
	if (e->begin > e->end)
		return util_fail(err, errlen, "%s: tensor '%s': data_offsets [%llu, %llu] end before they begin", path, s.s,
		            (unsigned long long)e->begin, (unsigned long long)e->end);
	if (e->end > data_size)
		return util_fail(err, errlen, "%s: tensor '%s': data_offsets [%llu, %llu] run past the end of the data (%llu bytes)",
		            path, s.s, (unsigned long long)e->begin, (unsigned long long)e->end,
		            (unsigned long long)data_size);
	if (over || count * 4 != e->end - e->begin) {
		char dims[4 * 24 + 4] = "";
		size_t k = 0;
		for (size_t j = 0; j < rank; j++)
			k += (size_t)snprintf(dims + k, sizeof dims - k, "%s%llu", j ? ", " : "", (unsigned long long)e->shape[j]);
		if (over)
			return util_fail(err, errlen, "%s: tensor '%s': shape [%s] holds more floats than the data", path, s.s, dims);
		return util_fail(err, errlen, "%s: tensor '%s': shape [%s] holds %llu floats (%llu bytes), but data_offsets [%llu, %llu] span %llu bytes",
		            path, s.s, dims, (unsigned long long)count, (unsigned long long)count * 4,
		            (unsigned long long)e->begin, (unsigned long long)e->end, (unsigned long long)(e->end - e->begin));
	}
	return true;
}

static int by_offset(const void *a, const void *b)
{
	const Entry *x = *(const Entry *const *)a, *y = *(const Entry *const *)b;
	if (x->begin != y->begin)
		return x->begin < y->begin ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/* The offsets must tile [0, data_size): no gap, no overlap, nothing left over. */
static bool check_tiling(const Ckpt *c, uint64_t data_size, const char *path, char *err, size_t errlen)
{
	const Entry **order = xmalloc((c->n + 1) * sizeof *order);
	for (size_t i = 0; i < c->n; i++)
		order[i] = &c->e[i];
	qsort(order, c->n, sizeof *order, by_offset);
	uint64_t at = 0;
	bool ok = true;
	for (size_t i = 0; ok && i < c->n; i++) {
		const Entry *e = order[i];
		if (e->begin < at)
			ok = util_fail(err, errlen, "%s: tensor '%s': data_offsets [%llu, %llu] overlap those of tensor '%s'", path,
			          shown(e->name).s, (unsigned long long)e->begin, (unsigned long long)e->end,
			          shown(order[i - 1]->name).s);
		else if (e->begin > at)
			ok = util_fail(err, errlen, "%s: data bytes %llu..%llu belong to no tensor (a gap before tensor '%s')", path,
			          (unsigned long long)at, (unsigned long long)e->begin, shown(e->name).s);
		at = e->end;
	}
	if (ok && at != data_size)
		ok = util_fail(err, errlen, "%s: data bytes %llu..%llu, at the end of the file, belong to no tensor", path,
		          (unsigned long long)at, (unsigned long long)data_size);
	free(order);
	return ok;
}

/* Parses and checks the header text (hlen bytes at file offset 8). */
static bool read_header(Ckpt *c, const char *text, size_t hlen, uint64_t data_size, const char *path, char *err,
                        size_t errlen)
{
	size_t good = utf8_valid((const unsigned char *)text, hlen);
	if (good != hlen)
		return util_fail(err, errlen, "%s: header: byte %zu is not UTF-8 text", path, 8 + good);
	json_tokener *tok = json_tokener_new();
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	c->root = json_tokener_parse_ex(tok, text, (int)hlen);
	enum json_tokener_error jerr = json_tokener_get_error(tok);
	size_t end = json_tokener_get_parse_end(tok);
	json_tokener_free(tok);
	if (!c->root)
		return util_fail(err, errlen, "%s: header: bad JSON at byte %zu: %s", path, 8 + end,
		            jerr == json_tokener_continue ? "it ends early" : json_tokener_error_desc(jerr));
	for (size_t i = end; i < hlen; i++)
		if (!strchr(" \t\n\r", text[i]))
			return util_fail(err, errlen, "%s: header: text after the JSON object at byte %zu", path, 8 + i);
	if (!json_object_is_type(c->root, json_type_object))
		return util_fail(err, errlen, "%s: header: not a JSON object", path);

	c->e = xcalloc((size_t)json_object_object_length(c->root) + 1, sizeof *c->e);
	json_object_object_foreach(c->root, key, val)
	{
		if (strcmp(key, META_KEY) == 0) {
			if (!read_meta(c, val, path, err, errlen))
				return false;
		} else if (!read_entry(&c->e[c->n++], key, val, data_size, path, err, errlen)) {
			return false;
		}
	}
	return check_tiling(c, data_size, path, err, errlen);
}

/* The magic numbers of files people give for --weights by mistake. */
static const struct {
	const char *magic;
	size_t n;
	const char *what;
} other_formats[] = {
	{"EICPROG", 8, "a .prog file"},
	{"EICCHIP", 8, "a .chip file"},
	{"\x1f\x8b", 2, "gzip data"},
	{"\x89PNG", 4, "a PNG image"},
	{"PK\x03\x04", 4, "a zip archive"},
};

/* Reads the first bytes of the size-byte file fp and its header length into *hlen_out:
 * false with the reason when the file is another kind of file, or its header length
 * cannot be right. */
static bool header_length(const char *path, FILE *fp, uint64_t size, uint64_t *hlen_out, char *err, size_t errlen)
{
	unsigned char first[9];
	if (size == 0) {
		util_fail(err, errlen, "%s: empty file, not a safetensors file", path);
		return false;
	}
	size_t nfirst = fread(first, 1, sizeof first, fp);
	for (size_t i = 0; i < sizeof other_formats / sizeof other_formats[0]; i++)
		if (nfirst >= other_formats[i].n && memcmp(first, other_formats[i].magic, other_formats[i].n) == 0) {
			util_fail(err, errlen, "%s: not a safetensors file (%s)", path, other_formats[i].what);
			return false;
		}
	if (size < 8 || nfirst < 8) {
		util_fail(err, errlen, "%s: truncated: %llu bytes, shorter than the 8-byte header length", path,
		     (unsigned long long)size);
		return false;
	}
	uint64_t hlen = 0;
	for (int i = 7; i >= 0; i--)
		hlen = hlen << 8 | first[i];
	*hlen_out = hlen;
	/* the header is a JSON object: it starts with '{' (as the safetensors library
	 * requires too); a file in which it does not, or whose header length cannot be
	 * (none after byte 8 to check), is some other kind of file */
	if (nfirst == 9 && hlen > 0 && first[8] != '{') {
		util_fail(err, errlen, "%s: not a safetensors file (byte 8, where the JSON header starts, is not '{')", path);
		return false;
	}
	if (nfirst == 8 && hlen > 0) {
		util_fail(err, errlen, "%s: not a safetensors file (header length %llu at byte 0, but the file ends there)",
		          path, (unsigned long long)hlen);
		return false;
	}
	if (hlen > CKPT_MAX_HEADER) {
		util_fail(err, errlen, "%s: header length %llu at byte 0 is above the limit of %llu bytes", path,
		     (unsigned long long)hlen, (unsigned long long)CKPT_MAX_HEADER);
		return false;
	}
	if (hlen > size - 8) {
		util_fail(err, errlen, "%s: truncated: header length %llu at byte 0 runs past the end of the file (%llu bytes)",
		     path, (unsigned long long)hlen, (unsigned long long)size);
		return false;
	}
	if (size - 8 - hlen > CKPT_MAX_DATA) {
		util_fail(err, errlen, "%s: %llu bytes of data, above the limit of %llu", path,
		          (unsigned long long)(size - 8 - hlen), (unsigned long long)CKPT_MAX_DATA);
		return false;
	}
	return true;
}

Ckpt *ckpt_load(const char *path, char *err, size_t errlen)
{
	struct stat st;
	int fd = util_open_read(path, &st, err, errlen);
	if (fd < 0)
		return NULL;
	FILE *fp = fdopen(fd, "rb");
	if (!fp) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		close(fd);
		return NULL;
	}
	Ckpt *c = xcalloc(1, sizeof *c);
	char *text = NULL;
	bool ok = false;
	/* a FIFO would block and a device might never end: the size must be known */
	if (!S_ISREG(st.st_mode)) {
		util_fail(err, errlen, "%s: not a regular file (%s), not a safetensors file", path,
		          util_file_kind(st.st_mode));
		goto done;
	}
	uint64_t size = (uint64_t)st.st_size, hlen;
	if (!header_length(path, fp, size, &hlen, err, errlen))
		goto done;
	if (fseek(fp, 8, SEEK_SET) != 0) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		goto done;
	}
	uint64_t data_size = size - 8 - hlen;
	text = xmalloc(hlen + 1);
	if (fread(text, 1, hlen, fp) != hlen) {
		util_fail(err, errlen, "%s: read error in the header: %s", path, ferror(fp) ? strerror(errno) : "file shrank");
		goto done;
	}
	text[hlen] = '\0';
	if (!read_header(c, text, hlen, data_size, path, err, errlen))
		goto done;
	/* one float more than needed, so that a tensor of no floats still has an address */
	c->data = malloc(data_size + 4);
	if (!c->data) {
		util_fail(err, errlen, "%s: out of memory for %llu bytes of data", path, (unsigned long long)data_size);
		goto done;
	}
	if (fread(c->data, 1, data_size, fp) != data_size) {
		util_fail(err, errlen, "%s: read error in the data: %s", path, ferror(fp) ? strerror(errno) : "file shrank");
		goto done;
	}
#if !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
	for (uint64_t i = 0; i < data_size / 4; i++) {
		unsigned char *b = (unsigned char *)&c->data[i];
		uint32_t u = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
		memcpy(&c->data[i], &u, 4);
	}
#endif
	ok = true;
done:
	fclose(fp);
	free(text);
	if (!ok) {
		ckpt_free(c);
		return NULL;
	}
	return c;
}

const float *ckpt_tensor(const Ckpt *c, const char *name, uint32_t *rank, uint64_t shape[4], uint64_t *count)
{
	for (size_t i = 0; i < c->n; i++) {
		const Entry *e = &c->e[i];
		if (strcmp(e->name, name) != 0)
			continue;
		if (rank)
			*rank = e->rank;
		if (shape)
			for (int k = 0; k < 4; k++)
				shape[k] = k < (int)e->rank ? e->shape[k] : 0;
		if (count)
			*count = (e->end - e->begin) / 4;
		return c->data + e->begin / 4;
	}
	return NULL;
}

const char *ckpt_meta(const Ckpt *c, const char *key)
{
	for (size_t i = 0; i < c->nmeta; i++)
		if (strcmp(c->meta[i].key, key) == 0)
			return c->meta[i].value;
	return NULL;
}

size_t ckpt_count(const Ckpt *c)
{
	return c->n;
}

const char *ckpt_name(const Ckpt *c, size_t i)
{
	return i < c->n ? c->e[i].name : NULL;
}

void ckpt_free(Ckpt *c)
{
	if (!c)
		return;
	json_object_put(c->root);
	free(c->e);
	free(c->meta);
	free(c->data);
	free(c);
}

/* ---- a model's parameters ---- */

static void shape_text(char *buf, size_t n, uint32_t rank, const uint64_t *shape)
{
	size_t len = (size_t)snprintf(buf, n, "[");
	for (uint32_t i = 0; i < rank && len < n; i++)
		len += (size_t)snprintf(buf + len, n - len, "%s%llu", i ? "," : "", (unsigned long long)shape[i]);
	if (len < n)
		snprintf(buf + len, n - len, "]");
}

bool ckpt_params(const Ckpt *c, const char *path, const Model *m, const char *prefix, float *block, char *err,
                         size_t errlen)
{
	for (uint32_t p = 0; p < m->nparams; p++) {
		const ModelParam *q = &m->params[p];
		char name[MODEL_NAME_MAX + 16];
		snprintf(name, sizeof name, "%s%s", prefix, q->name);
		uint32_t rank;
		uint64_t shape[4], count, want[4] = {q->shape[0], q->shape[1], q->shape[2], q->shape[3]};
		const float *data = ckpt_tensor(c, name, &rank, shape, &count);
		if (!data) {
			snprintf(err, errlen, "%s: does not match the program: no tensor %s", path, name);
			return false;
		}
		bool same = rank == q->rank && count == q->count;
		for (uint32_t i = 0; same && i < rank; i++)
			same = shape[i] == want[i];
		if (!same) {
			char got[96], exp[96];
			shape_text(got, sizeof got, rank, shape);
			shape_text(exp, sizeof exp, q->rank, want);
			snprintf(err, errlen, "%s: does not match the program: %s is %s, the program's is %s", path, name, got, exp);
			return false;
		}
		memcpy(block + q->offset / 4, data, q->count * sizeof(float));
	}
	return true;
}
