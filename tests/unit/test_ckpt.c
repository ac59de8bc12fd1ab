/* test_ckpt.c: safetensors checkpoints. What ckpt_write writes, ckpt_load reads back
 * bit for bit, the same input gives the same bytes, and a reader written from the
 * format alone (tests/ckpt/read.py, Python's standard library) agrees. Every damaged
 * or malformed file (cut anywhere, a header length past the end, bad JSON, a wrong
 * dtype, offsets that leave a gap, overlap or run out, a shape that does not match
 * its offsets) is refused with one line that names the file; never a crash or a
 * leak (the sanitizer build runs these under ASan). */
#include "unit.h"
#include "ckpt.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static int setup(void)
{
	strcpy(dir, "/tmp/ckpt-test.XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* ---- helpers ---- */

/* DIR/name, in a ring of buffers large enough for all the paths one test holds. */
static const char *in_dir(const char *name)
{
	static char paths[32][256];
	static int next;
	char *p = paths[next++ % 32];
	snprintf(p, sizeof paths[0], "%s/%s", dir, name);
	return p;
}

static unsigned char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fseek(f, 0, SEEK_END);
	*n = (size_t)ftell(f);
	rewind(f);
	unsigned char *p = malloc(*n + 1);
	CU_ASSERT_EQUAL(fread(p, 1, *n, f), *n);
	fclose(f);
	return p;
}

static void write_raw(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_EQUAL(fwrite(p, 1, n, f), n);
	fclose(f);
}

/* A file from any writer: header length `len` (the header's own length when ~0), the
 * header text as is, then `ndata` bytes of data (float k = k + 0.5). */
static void craft(const char *path, uint64_t len, const char *header, size_t ndata)
{
	size_t h = strlen(header);
	if (len == ~(uint64_t)0)
		len = h;
	unsigned char *b = calloc(1, 8 + h + ndata + 4);
	for (int i = 0; i < 8; i++)
		b[i] = (unsigned char)(len >> (8 * i));
	memcpy(b + 8, header, h);
	for (size_t k = 0; k < ndata / 4; k++) {
		float x = (float)k + 0.5f;
		uint32_t u;
		memcpy(&u, &x, 4);
		for (int i = 0; i < 4; i++)
			b[8 + h + 4 * k + (size_t)i] = (unsigned char)(u >> (8 * i));
	}
	write_raw(path, b, 8 + h + ndata);
	free(b);
}

static void expect_fail_at(int line, const char *path, const char *want)
{
	char err[512] = "";
	Ckpt *c = ckpt_load(path, err, sizeof err);
	bool named = strncmp(err, path, strlen(path)) == 0 && err[strlen(path)] == ':';
	bool good = !c && named && strstr(err, want) && !strchr(err, '\n');
	if (!good)
		fprintf(stderr, "\n  line %d: expected an error with \"%s\"; got %s: \"%s\"\n", line, want,
		        c ? "success" : "failure", err);
	CU_ASSERT(good);
	ckpt_free(c);
}
#define expect_fail(path, want) expect_fail_at(__LINE__, path, want)

/* Tensors of every rank 0..4, two holding no floats, values of every sign and scale. */
enum { NT = 7, NFLOATS = 1 + 5 + 6 + 6 + 8 };
static float values[NFLOATS];
static CkptTensor tensors[NT] = {
	{"scalar", 0, {0}, NULL, 1},
	{"dense1.bias", 1, {5}, NULL, 5},
	{"dense1.weights", 2, {2, 3}, NULL, 6},
	{"t3", 3, {2, 1, 3}, NULL, 6},
	{"permute1.tau", 4, {2, 2, 1, 2}, NULL, 8},
	{"empty", 1, {0}, NULL, 0},
	{"empty2", 2, {3, 0}, NULL, 0},
};
static const CkptMeta meta[] = {
	{"eic.network", "mnist"},
	{"eic.epoch", "3"},
	{"path/with \"quotes\" and \\", "caf\xc3\xa9 \xe2\x9c\x93"},
	{"empty", ""},
};
enum { NMETA = sizeof meta / sizeof meta[0] };

static void fill(void)
{
	uint32_t s = 12345;
	for (int i = 0; i < NFLOATS; i++) {
		s = s * 1664525u + 1013904223u;
		values[i] = ((float)(s >> 8) / 16777216.0f - 0.5f) * powf(10.0f, (float)(i % 7) - 3.0f);
	}
	values[3] = -0.0f;
	values[4] = 1e-40f; /* subnormal */
	float *p = values;
	for (int t = 0; t < NT; t++) {
		tensors[t].data = tensors[t].count ? p : NULL;
		p += tensors[t].count;
	}
}

static const char *write_good(const char *name)
{
	fill();
	const char *path = in_dir(name);
	char err[256] = "";
	int rc = ckpt_write(path, tensors, NT, meta, NMETA, err, sizeof err);
	if (rc != 0)
		fprintf(stderr, "\n  %s\n", err);
	CU_ASSERT_EQUAL_FATAL(rc, 0);
	return path;
}

/* ---- good files ---- */

static void test_roundtrip(void)
{
	const char *path = write_good("good.safetensors");
	char err[256] = "";
	Ckpt *c = ckpt_load(path, err, sizeof err);
	if (!c)
		fprintf(stderr, "\n  %s\n", err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c);
	CU_ASSERT_EQUAL(ckpt_count(c), NT);
	for (int t = 0; t < NT; t++) {
		CU_ASSERT_STRING_EQUAL(ckpt_name(c, (size_t)t), tensors[t].name);
		uint32_t rank = 99;
		uint64_t shape[4] = {9, 9, 9, 9}, count = 99;
		const float *x = ckpt_tensor(c, tensors[t].name, &rank, shape, &count);
		CU_ASSERT_PTR_NOT_NULL_FATAL(x);
		CU_ASSERT_EQUAL(rank, tensors[t].rank);
		CU_ASSERT_EQUAL(count, tensors[t].count);
		for (uint32_t k = 0; k < 4; k++)
			CU_ASSERT_EQUAL(shape[k], k < rank ? tensors[t].shape[k] : 0);
		if (count)
			CU_ASSERT_EQUAL(memcmp(x, tensors[t].data, count * 4), 0); /* bit for bit: -0 and subnormals too */
		CU_ASSERT_EQUAL(((uintptr_t)x) % 4, 0);
	}
	CU_ASSERT_PTR_NULL(ckpt_name(c, NT));
	CU_ASSERT_PTR_NULL(ckpt_tensor(c, "nothing", NULL, NULL, NULL));
	CU_ASSERT_PTR_NULL(ckpt_tensor(c, "__metadata__", NULL, NULL, NULL));
	CU_ASSERT_PTR_NOT_NULL(ckpt_tensor(c, "scalar", NULL, NULL, NULL));
	for (int m = 0; m < NMETA; m++) {
		const char *v = ckpt_meta(c, meta[m].key);
		CU_ASSERT_PTR_NOT_NULL_FATAL(v);
		CU_ASSERT_STRING_EQUAL(v, meta[m].value);
	}
	CU_ASSERT_PTR_NULL(ckpt_meta(c, "eic.missing"));
	ckpt_free(c);
	ckpt_free(NULL);

	/* the layout: the length, the header padded with spaces to a multiple of 8 and
	 * starting with the metadata, the data little-endian in the order given */
	size_t n;
	unsigned char *b = slurp(path, &n);
	uint64_t len = 0;
	for (int i = 7; i >= 0; i--)
		len = len << 8 | b[i];
	CU_ASSERT_EQUAL(len % 8, 0);
	CU_ASSERT_EQUAL(n, 8 + len + 4 * NFLOATS);
	CU_ASSERT_EQUAL(memcmp(b + 8, "{\"__metadata__\":{\"eic.network\":\"mnist\"", 38), 0);
	CU_ASSERT(b[8 + len - 1] == '}' || b[8 + len - 1] == ' ');
	uint32_t u = (uint32_t)b[8 + len] | (uint32_t)b[9 + len] << 8 | (uint32_t)b[10 + len] << 16 |
	             (uint32_t)b[11 + len] << 24;
	float first;
	memcpy(&first, &u, 4);
	CU_ASSERT_EQUAL(memcmp(&first, &values[0], 4), 0);
	free(b);

	/* no tensors, no metadata */
	path = in_dir("nothing.safetensors");
	CU_ASSERT_EQUAL(ckpt_write(path, NULL, 0, NULL, 0, err, sizeof err), 0);
	b = slurp(path, &n);
	CU_ASSERT_EQUAL(n, 16);
	CU_ASSERT_EQUAL(memcmp(b, "\x08\0\0\0\0\0\0\0{}      ", 16), 0);
	free(b);
	c = ckpt_load(path, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c);
	CU_ASSERT_EQUAL(ckpt_count(c), 0);
	ckpt_free(c);
}

static void test_deterministic(void)
{
	const char *a = write_good("a.safetensors");
	const char *b = write_good("b.safetensors");
	size_t na, nb;
	unsigned char *x = slurp(a, &na), *y = slurp(b, &nb);
	CU_ASSERT_EQUAL_FATAL(na, nb);
	CU_ASSERT_EQUAL(memcmp(x, y, na), 0);
	free(y);
	write_good("a.safetensors"); /* over itself */
	y = slurp(a, &nb);
	CU_ASSERT_EQUAL_FATAL(na, nb);
	CU_ASSERT_EQUAL(memcmp(x, y, na), 0);
	free(x);
	free(y);
}

/* Another writer's file: tensors not in offset order, no padding, no metadata, a
 * member of an entry this reader does not know, whitespace. */
static void test_other_writer(void)
{
	const char *path = in_dir("other.safetensors");
	craft(path, ~(uint64_t)0,
	      "{ \"b\": {\"dtype\": \"F32\", \"shape\": [1, 2], \"data_offsets\": [4, 12]},\n"
	      "  \"a\": {\"data_offsets\": [0, 4], \"shape\": [], \"dtype\": \"F32\", \"note\": [1]}}\n",
	      12);
	char err[256] = "";
	Ckpt *c = ckpt_load(path, err, sizeof err);
	if (!c)
		fprintf(stderr, "\n  %s\n", err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c);
	CU_ASSERT_EQUAL(ckpt_count(c), 2);
	CU_ASSERT_STRING_EQUAL(ckpt_name(c, 0), "b");
	uint32_t rank;
	uint64_t shape[4], count;
	const float *x = ckpt_tensor(c, "b", &rank, shape, &count);
	CU_ASSERT_PTR_NOT_NULL_FATAL(x);
	CU_ASSERT_EQUAL(rank, 2);
	CU_ASSERT_EQUAL(count, 2);
	CU_ASSERT_EQUAL(x[0], 1.5f);
	CU_ASSERT_EQUAL(x[1], 2.5f);
	x = ckpt_tensor(c, "a", &rank, shape, &count);
	CU_ASSERT_EQUAL(rank, 0);
	CU_ASSERT_EQUAL(count, 1);
	CU_ASSERT_EQUAL(x[0], 0.5f);
	ckpt_free(c);
}

/* ---- refusals ---- */

static void test_write_refuses(void)
{
	fill();
	const char *path = in_dir("refused.safetensors");
	char err[256];
	float x[4] = {1, 2, 3, 4};
	static const struct {
		CkptTensor t[2];
		size_t n;
		const char *want;
	} cases[] = {
		{{{"a", 1, {2}, NULL, 2}}, 1, "tensor 'a': no data"},
		{{{"a", 1, {2}, NULL, 3}}, 1, "tensor 'a': count 3, but the shape holds 2"},
		{{{"a", 5, {1, 1, 1, 1}, NULL, 1}}, 1, "tensor 'a': rank 5 above 4"},
		{{{"", 0, {0}, NULL, 1}}, 1, "tensor 0 has no name"},
		{{{"__metadata__", 0, {0}, NULL, 1}}, 1, "reserved for metadata"},
		{{{"bad\xff", 0, {0}, NULL, 1}}, 1, "not UTF-8"},
		{{{"a", 0, {0}, NULL, 1}, {"a", 0, {0}, NULL, 1}}, 2, "tensor 'a' appears twice"},
		{{{"a", 2, {1u << 31, 1u << 31}, NULL, 0}}, 1, "count 0, but the shape holds 4611686018427387904"},
		{{{"a", 4, {1u << 31, 1u << 31, 1u << 31, 1u << 31}, NULL, 0}}, 1, "overflows"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		CkptTensor t[2];
		memcpy(t, cases[i].t, sizeof t);
		for (size_t k = 0; k < 2; k++)
			if (i > 1)
				t[k].data = x;
		err[0] = 0;
		CU_ASSERT_EQUAL(ckpt_write(path, t, cases[i].n, NULL, 0, err, sizeof err), -1);
		bool good = strncmp(err, path, strlen(path)) == 0 && strstr(err, cases[i].want);
		if (!good)
			fprintf(stderr, "\n  case %zu: \"%s\"\n", i, err);
		CU_ASSERT(good);
	}
	CkptMeta twice[2] = {{"k", "1"}, {"k", "2"}};
	CU_ASSERT_EQUAL(ckpt_write(path, tensors, NT, twice, 2, err, sizeof err), -1);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "metadata 'k' appears twice"));
	CkptMeta bad[1] = {{"k", "\xc3"}};
	CU_ASSERT_EQUAL(ckpt_write(path, tensors, NT, bad, 1, err, sizeof err), -1);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "metadata 'k': not UTF-8"));
	CU_ASSERT_EQUAL(access(path, F_OK), -1); /* nothing was written */

	char nowhere[256];
	snprintf(nowhere, sizeof nowhere, "%s/no/such/dir/x.safetensors", dir);
	CU_ASSERT_EQUAL(ckpt_write(nowhere, tensors, NT, meta, NMETA, err, sizeof err), -1);
	CU_ASSERT_EQUAL(strncmp(err, nowhere, strlen(nowhere)), 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "No such file or directory"));
}

/* Every proper prefix of a good file, and the file with a byte too many. */
static void test_truncated(void)
{
	const char *good = write_good("whole.safetensors");
	size_t n;
	unsigned char *b = slurp(good, &n);
	const char *cut = in_dir("cut.safetensors");
	for (size_t k = 0; k < n; k++) {
		write_raw(cut, b, k);
		expect_fail(cut, k == 0 ? "empty file" : k < 8 ? "shorter than the 8-byte header length" : "");
	}
	write_raw(cut, b, 7);
	expect_fail(cut, "truncated: 7 bytes, shorter than the 8-byte header length");
	write_raw(cut, b, 100);
	expect_fail(cut, "runs past the end of the file (100 bytes)");
	b[n] = 0;
	write_raw(cut, b, n + 1);
	char want[128];
	snprintf(want, sizeof want, "data bytes %d..%d, at the end of the file, belong to no tensor", 4 * NFLOATS,
	         4 * NFLOATS + 1);
	expect_fail(cut, want);
	free(b);
}

static void test_bad_headers(void)
{
	const char *p = in_dir("bad.safetensors");
	craft(p, 1000, "{}", 4);
	expect_fail(p, "truncated: header length 1000 at byte 0 runs past the end of the file (14 bytes)");
	craft(p, UINT64_MAX - 1, "{}", 4);
	expect_fail(p, "header length 18446744073709551614 at byte 0 is above the limit of 100000000 bytes");
	craft(p, 100000001, "{}", 4);
	expect_fail(p, "above the limit");
	craft(p, ~(uint64_t)0, "", 0);
	expect_fail(p, "bad JSON at byte 8: it ends early");
	craft(p, ~(uint64_t)0, "{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}", 4);
	expect_fail(p, "bad JSON");
	craft(p, ~(uint64_t)0, "{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4],}}", 4);
	expect_fail(p, "bad JSON");
	craft(p, ~(uint64_t)0, "{\"a\": 'single'}", 0);
	expect_fail(p, "bad JSON");
	craft(p, ~(uint64_t)0, "[1, 2]", 0);
	expect_fail(p, "header: not a JSON object");
	craft(p, ~(uint64_t)0, "{}  x", 0);
	expect_fail(p, "header: ");
	craft(p, ~(uint64_t)0, "{\"\xff\": 1}", 0);
	expect_fail(p, "header: byte 10 is not UTF-8 text");
	craft(p, ~(uint64_t)0, "{\"a\x01\": 1}", 0);
	expect_fail(p, "header: byte 11 is not UTF-8 text");
	craft(p, ~(uint64_t)0, "{\"\xed\xa0\x80\": 1}", 0); /* a UTF-16 surrogate */
	expect_fail(p, "is not UTF-8 text");
	craft(p, ~(uint64_t)0, "{\"__metadata__\": [1]}", 0);
	expect_fail(p, "__metadata__ is not a JSON object");
	craft(p, ~(uint64_t)0, "{\"__metadata__\": {\"epoch\": 3}}", 0);
	expect_fail(p, "the value of 'epoch' is not a string");
}

static void test_bad_entries(void)
{
	const char *p = in_dir("entry.safetensors");
	static const struct {
		const char *header;
		size_t ndata;
		const char *want;
	} cases[] = {
		{"{\"w\": 3}", 4, "tensor 'w': not a JSON object"},
		{"{\"\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}}", 4, "a tensor has an empty name"},
		{"{\"w\": {\"shape\": [1], \"data_offsets\": [0, 4]}}", 4, "tensor 'w': no dtype string"},
		{"{\"w\": {\"dtype\": \"F16\", \"shape\": [2], \"data_offsets\": [0, 4]}}", 4,
		 "tensor 'w': dtype F16, only F32 is read"},
		{"{\"w\": {\"dtype\": \"F64\", \"shape\": [1], \"data_offsets\": [0, 8]}}", 8, "dtype F64"},
		{"{\"w\": {\"dtype\": \"F32\", \"data_offsets\": [0, 4]}}", 4, "tensor 'w': no shape array"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": 1, \"data_offsets\": [0, 4]}}", 4, "no shape array"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1,1,1,1,1], \"data_offsets\": [0, 4]}}", 4,
		 "tensor 'w': shape of rank 5, above 4"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [-1], \"data_offsets\": [0, 4]}}", 4,
		 "tensor 'w': shape[0] is not a non-negative integer"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1, 1.0], \"data_offsets\": [0, 4]}}", 4, "shape[1] is not"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [\"1\"], \"data_offsets\": [0, 4]}}", 4, "shape[0] is not"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1]}}", 4, "data_offsets is not a pair of non-negative integers"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0]}}", 4, "data_offsets is not a pair"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4, 8]}}", 8, "data_offsets is not a pair"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [-4, 0]}}", 4, "data_offsets is not a pair"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 0]}}", 4,
		 "tensor 'w': data_offsets [4, 0] end before they begin"},
		/* out of range */
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]}}", 4,
		 "tensor 'w': data_offsets [0, 8] run past the end of the data (4 bytes)"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 18446744073709551615]}}", 4,
		 "run past the end of the data"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 99999999999999999999999]}}", 4,
		 "run past the end of the data"},
		/* shape and offsets disagree */
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [3], \"data_offsets\": [0, 8]}}", 8,
		 "tensor 'w': shape [3] holds 3 floats (12 bytes), but data_offsets [0, 8] span 8 bytes"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [], \"data_offsets\": [0, 0]}}", 4, "shape [] holds 1 floats"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [0, 5], \"data_offsets\": [0, 4]}}", 4, "holds 0 floats"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [4294967296, 4294967296, 16], \"data_offsets\": [0, 4]}}", 4,
		 "tensor 'w': shape [4294967296, 4294967296, 16] holds more floats than the data"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [4294967296, 4294967296, 0], \"data_offsets\": [0, 4]}}", 4,
		 "shape [4294967296, 4294967296, 0] holds 0 floats (0 bytes)"},
		{"{\"w\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [1, 9]}}", 12, "a gap before tensor 'w'"},
		/* the tiling */
		{"{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]},"
		 " \"b\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [4, 12]}}",
		 12, "tensor 'b': data_offsets [4, 12] overlap those of tensor 'a'"},
		{"{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]},"
		 " \"b\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]}}",
		 8, "overlap"},
		{"{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]},"
		 " \"b\": {\"dtype\": \"F32\", \"shape\": [0], \"data_offsets\": [4, 4]}}",
		 8, "tensor 'b': data_offsets [4, 4] overlap those of tensor 'a'"},
		{"{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]},"
		 " \"b\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [8, 12]}}",
		 12, "data bytes 4..8 belong to no tensor (a gap before tensor 'b')"},
		{"{\"b\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 8]}}", 8,
		 "data bytes 0..4 belong to no tensor (a gap before tensor 'b')"},
		{"{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}}", 12,
		 "data bytes 4..12, at the end of the file, belong to no tensor"},
		{"{}", 4, "data bytes 0..4, at the end of the file"},
		/* a name that would break the message is shown tamed */
		{"{\"x\\ny\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 4]}}", 4, "tensor 'x?y': shape [2]"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		craft(p, ~(uint64_t)0, cases[i].header, cases[i].ndata);
		expect_fail(p, cases[i].want);
	}
}

static void test_not_files(void)
{
	const char *none = in_dir("no-such.safetensors");
	expect_fail(none, "cannot open: No such file or directory");
	expect_fail(dir, "not a regular file");
}

/* ---- an independent reader ---- */

/* tests/ckpt/read.py in the source tree: $srcdir (which may be relative) under make
 * check, else the tree this binary was configured from. */
static void script_path(char *buf, size_t n)
{
	const char *srcdir = getenv("srcdir");
	snprintf(buf, n, "%s/tests/ckpt/read.py", srcdir && *srcdir ? srcdir : EIC_TOP_SRCDIR);
}

static void test_python_reads(void)
{
	if (system("command -v python3 >/dev/null 2>&1") != 0) {
		fprintf(stderr, "\n  python3 not found: the independent reader was not run\n");
		return;
	}
	char script[4096];
	script_path(script, sizeof script);
	if (access(script, R_OK) != 0) {
		fprintf(stderr, "\n  %s: not found (srcdir should name the source tree)\n", script);
		CU_FAIL_FATAL("tests/ckpt/read.py not found");
	}
	const char *path = write_good("py.safetensors");
	char cmd[8192];
	snprintf(cmd, sizeof cmd, "python3 '%s' '%s' 2>&1", script, path);
	FILE *out = popen(cmd, "r");
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	char line[1024];
	int t = -1; /* the metadata line comes first */
	while (fgets(line, sizeof line, out)) {
		line[strcspn(line, "\n")] = 0;
		if (t < 0) {
			CU_ASSERT_EQUAL(strncmp(line, "__metadata__ {\"eic.network\":\"mnist\",\"eic.epoch\":\"3\"", 51), 0);
			t++;
			continue;
		}
		if (t >= NT) {
			fprintf(stderr, "\n  read.py: extra line \"%s\"\n", line);
			CU_FAIL("read.py printed more lines than there are tensors");
			continue;
		}
		char name[128], shape[128], expect_shape[128];
		double sum;
		CU_ASSERT_EQUAL_FATAL(sscanf(line, "%127s %127s %lf", name, shape, &sum), 3);
		CU_ASSERT_STRING_EQUAL(name, tensors[t].name);
		size_t k = (size_t)snprintf(expect_shape, sizeof expect_shape, "[");
		for (uint32_t d = 0; d < tensors[t].rank; d++)
			k += (size_t)snprintf(expect_shape + k, sizeof expect_shape - k, "%s%llu", d ? "," : "",
			                      (unsigned long long)tensors[t].shape[d]);
		snprintf(expect_shape + k, sizeof expect_shape - k, "]");
		CU_ASSERT_STRING_EQUAL(shape, expect_shape);
		/* the same additions in the same order in double: exactly equal */
		double want = 0;
		for (uint64_t i = 0; i < tensors[t].count; i++)
			want += (double)tensors[t].data[i];
		if (sum != want)
			fprintf(stderr, "\n  %s: read.py sums to %.17g, the data to %.17g\n", name, sum, want);
		CU_ASSERT_EQUAL(sum, want);
		t++;
	}
	CU_ASSERT_EQUAL(pclose(out), 0);
	CU_ASSERT_EQUAL(t, NT);

	/* and it is a checking reader, not one that accepts anything */
	const char *bad = in_dir("gap.safetensors");
	craft(bad, ~(uint64_t)0, "{\"b\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 8]}}", 8);
	snprintf(cmd, sizeof cmd, "python3 '%s' '%s' >/dev/null 2>&1", script, bad);
	CU_ASSERT_NOT_EQUAL(system(cmd), 0);
}

void add_ckpt_tests(void)
{
	CU_pSuite s = CU_add_suite("ckpt", setup, teardown);
	CU_add_test(s, "ranks 0 to 4 and metadata round trip", test_roundtrip);
	CU_add_test(s, "equal input, identical bytes", test_deterministic);
	CU_add_test(s, "another writer's valid file loads", test_other_writer);
	CU_add_test(s, "the writer refuses what it cannot write", test_write_refuses);
	CU_add_test(s, "every truncation is refused", test_truncated);
	CU_add_test(s, "bad header lengths, JSON and metadata", test_bad_headers);
	CU_add_test(s, "bad entries: dtype, shape, offsets, tiling", test_bad_entries);
	CU_add_test(s, "a missing file and a directory", test_not_files);
	CU_add_test(s, "an independent reader (Python, standard library) agrees", test_python_reads);
}
