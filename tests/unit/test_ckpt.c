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
	return unit_tmpdir_open(dir, "ckpt");
}

static int teardown(void)
{
	return unit_tmpdir_close(dir);
}

/* ---- helpers ---- */

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
	unit_write(path, b, 8 + h + ndata);
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
	const char *path = unit_in_dir(dir, name);
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
	unsigned char *b = unit_slurp(path, &n);
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
	path = unit_in_dir(dir, "nothing.safetensors");
	CU_ASSERT_EQUAL(ckpt_write(path, NULL, 0, NULL, 0, err, sizeof err), 0);
	b = unit_slurp(path, &n);
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
	unsigned char *x = unit_slurp(a, &na), *y = unit_slurp(b, &nb);
	CU_ASSERT_EQUAL_FATAL(na, nb);
	CU_ASSERT_EQUAL(memcmp(x, y, na), 0);
	free(y);
	write_good("a.safetensors"); /* over itself */
	y = unit_slurp(a, &nb);
	CU_ASSERT_EQUAL_FATAL(na, nb);
	CU_ASSERT_EQUAL(memcmp(x, y, na), 0);
	free(x);
	free(y);
}

/* Another writer's file: tensors not in offset order, no padding, no metadata, a
 * member of an entry this reader does not know, whitespace. */
static void test_other_writer(void)
{
	const char *path = unit_in_dir(dir, "other.safetensors");
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
	const char *path = unit_in_dir(dir, "refused.safetensors");
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
	unsigned char *b = unit_slurp(good, &n);
	const char *cut = unit_in_dir(dir, "cut.safetensors");
	for (size_t k = 0; k < n; k++) {
		unit_write(cut, b, k);
		expect_fail(cut, k == 0 ? "empty file" : k < 8 ? "shorter than the 8-byte header length" : "");
	}
	unit_write(cut, b, 7);
	expect_fail(cut, "truncated: 7 bytes, shorter than the 8-byte header length");
	unit_write(cut, b, 100);
	expect_fail(cut, "runs past the end of the file (100 bytes)");
	b[n] = 0;
	unit_write(cut, b, n + 1);
	char want[128];
	snprintf(want, sizeof want, "data bytes %d..%d, at the end of the file, belong to no tensor", 4 * NFLOATS,
	         4 * NFLOATS + 1);
	expect_fail(cut, want);
	free(b);
}

static void test_bad_headers(void)
{
	const char *p = unit_in_dir(dir, "bad.safetensors");
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
	expect_fail(p, "not a safetensors file (byte 8, where the JSON header starts, is not '{')");
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
	const char *p = unit_in_dir(dir, "entry.safetensors");
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
	const char *none = unit_in_dir(dir, "no-such.safetensors");
	expect_fail(none, "cannot open: No such file or directory");
	expect_fail(dir, "not a regular file");
	/* a FIFO without a writer: refused at once, never waited on (the alarm turns a
	 * regression into a failure rather than a hang) */
	const char *fifo = unit_in_dir(dir, "fifo.safetensors");
	unlink(fifo);
	CU_ASSERT_EQUAL_FATAL(mkfifo(fifo, 0600), 0);
	alarm(60);
	expect_fail(fifo, "not a regular file (a FIFO or pipe), not a safetensors file");
	alarm(0);
	unlink(fifo);
	expect_fail("/dev/zero", "not a regular file (a character device)");
}

/* Files of other kinds are named as such, not measured as safetensors. */
static void test_other_formats(void)
{
	const char *p = unit_in_dir(dir, "other.safetensors");
	static const struct {
		const char *bytes;
		size_t n;
		const char *want;
	} cases[] = {
		{"EICPROG\0\1\0\0\0\22\0\0\0\0\1\0\0\0\0\0\0", 24, "not a safetensors file (a .prog file)"},
		{"EICCHIP\0\1\0\0\0\0\0\0\0\0\1\0\0\0\0\0\0", 24, "not a safetensors file (a .chip file)"},
		{"\x1f\x8b\x08\0\0\0\0\0\0\3\3\0", 12, "not a safetensors file (gzip data)"},
		/* a header length past the end, and no '{' where the header would start */
		{"\x10\0\0\0\0\0\0\0\0\0\x08\x03xxxxxxxxxxxx", 24, "not a safetensors file (byte 8, where the JSON"},
		{"\xff\xff\xff\xff\xff\xff\xff\xff[]", 10, "not a safetensors file (byte 8, where the JSON"},
		{"\x02\0\0\0\0\0\0\0", 8, "not a safetensors file (header length 2 at byte 0, but the file ends there)"},
		{" \0\0\0\0\0\0\0 {}", 11, "not a safetensors file (byte 8"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		unit_write(p, cases[i].bytes, cases[i].n);
		expect_fail(p, cases[i].want);
	}
	/* a safetensors file cut short is still called truncated */
	craft(p, 1000, "{}", 4);
	expect_fail(p, "truncated: header length 1000 at byte 0 runs past the end of the file");
}

/* Offsets from 2^63 to 2^64 - 1 are shown as the file holds them. */
static void test_huge_offsets(void)
{
	const char *p = unit_in_dir(dir, "huge.safetensors");
	craft(p, ~(uint64_t)0, "{\"w\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 9223372036854775809]}}", 4);
	expect_fail(p, "data_offsets [0, 9223372036854775809] run past the end of the data (4 bytes)");
	craft(p, ~(uint64_t)0,
	      "{\"w\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [18446744073709551615, 4]}}", 4);
	expect_fail(p, "data_offsets [18446744073709551615, 4] end before they begin");
}

/* ---- random damage ---- */

/* A file being damaged. hlen follows the header text through the edits (the header
 * is bytes 8 .. 8+hlen), so that the length field can be made right again after
 * them; length_edited says the edits went to the length field itself. */
typedef struct Mutant {
	unsigned char *b;
	size_t n, cap;
	uint64_t hlen;
	bool length_edited;
} Mutant;

/* Replaces del bytes at `at` with ins[0..nins), when it fits; ins NULL means random
 * bytes. */
static void splice(Mutant *m, size_t at, size_t del, const char *ins, size_t nins, unsigned *seed)
{
	if (at > m->n || del > m->n - at || m->n - del + nins > m->cap)
		return;
	if (at < 8)
		m->length_edited = true;
	/* the part of the header the deleted bytes held, and whether the new ones go in it */
	uint64_t hend = 8 + m->hlen;
	if (at >= 8 && at < hend) {
		uint64_t gone = at + del < hend ? del : hend - at;
		m->hlen = m->hlen - gone + nins;
	}
	memmove(m->b + at + nins, m->b + at + del, m->n - at - del);
	for (size_t k = 0; k < nins; k++)
		m->b[at + k] = ins ? (unsigned char)ins[k] : (unsigned char)rand_r(seed);
	m->n = m->n - del + nins;
}

/* A random position in the header holding one of `set`'s characters (a digit when
 * set is NULL); false when there is none. */
static bool header_pos(const Mutant *m, const char *set, unsigned *seed, size_t *at)
{
	size_t cand[4096], nc = 0;
	uint64_t end = 8 + m->hlen < m->n ? 8 + m->hlen : m->n;
	for (size_t i = 8; i < end && nc < sizeof cand / sizeof cand[0]; i++) {
		unsigned char ch = m->b[i];
		if (set ? ch && strchr(set, ch) != NULL : ch >= '0' && ch <= '9')
			cand[nc++] = i;
	}
	if (nc == 0)
		return false;
	*at = cand[(size_t)rand_r(seed) % nc];
	return true;
}

/* The start of an occurrence of s in the header, chosen at random. */
static bool header_find(const Mutant *m, const char *s, unsigned *seed, size_t *at)
{
	size_t cand[256], nc = 0, len = strlen(s);
	uint64_t end = 8 + m->hlen < m->n ? 8 + m->hlen : m->n;
	for (size_t i = 8; i + len <= end && nc < sizeof cand / sizeof cand[0]; i++)
		if (memcmp(m->b + i, s, len) == 0)
			cand[nc++] = i;
	if (nc == 0)
		return false;
	*at = cand[(size_t)rand_r(seed) % nc];
	return true;
}

static const char *const numbers[] = {
	"0", "1", "2", "3", "4", "8", "12", "16", "-1", "-0", "1.0", "1e2", "0.5", "00", "01", "4294967296",
	"4611686018427387904", "4611686018427387905", "9223372036854775807", "9223372036854775808",
	"18446744073709551615", "18446744073709551616", "99999999999999999999999", "true", "null", "\"4\"", "[]",
};
static const char *const dtypes[] = {
	"F16", "F64", "f32", "F32 ", " F32", "I32", "BF16", "", "F3", "F322", "U8", "F\\u0033\\u0032",
};
static const char *const renames[][2] = {
	{"\"shape\"", "\"Shape\""}, {"\"shape\"", "\"shapes\""}, {"\"data_offsets\"", "\"offsets\""},
	{"\"dtype\"", "\"type\""}, {"\"__metadata__\"", "\"meta\""}, {"\"dtype\"", "\"x\""},
	{"\"F32\"", "[\"F32\"]"}, {"[", "[["}, {"]", "]]"}, {",", ",,"}, {"{", "{}"}, {"[]", "[0]"}, {"[0]", "[]"},
	{"\"dense1.bias\"", "\"scalar\""}, {"\"t3\"", "\"__metadata__\""}, {"\"empty\"", "\"\""},
	{"\"", "\"\\"}, {"\"e", "\"\\u0065"},
};
static const uint64_t lengths[] = {0, 1, 7, 8, 9, 255, 0xffffffffu, CKPT_MAX_HEADER, CKPT_MAX_HEADER + 1,
                                   (uint64_t)1 << 63, UINT64_MAX - 7, UINT64_MAX};

/* The innermost groups of the header between `open` and `close`: its arrays (shapes
 * and offsets) or its objects (the tensors' entries, the metadata); up to 32
 * [start, end). */
static size_t header_groups(const Mutant *m, char open, char close, size_t (*a)[2])
{
	size_t na = 0;
	uint64_t end = 8 + m->hlen < m->n ? 8 + m->hlen : m->n;
	for (size_t i = 8; i < end && na < 32; i++)
		if (m->b[i] == open) {
			size_t j = i + 1;
			while (j < end && m->b[j] != close && m->b[j] != open)
				j++;
			if (j < end && m->b[j] == close)
				a[na][0] = i, a[na++][1] = j + 1;
		}
	return na;
}

enum { ANY_EDITS, HEADER_EDITS, DATA_EDITS };

/* 1..8 edits: the generic ones (bits, bytes, runs inserted, deleted or copied, a cut,
 * bytes appended, u32 and u64 fields set to extreme values) and ones aimed at the
 * header: its length, its punctuation, the digits and numbers of shapes and offsets,
 * whole shapes, offsets or entries swapped or copied between tensors, the dtype
 * string, the member names. `kinds` picks the header's edits only, or bits and bytes
 * of the data only (which leave a valid file). */
static void ckpt_mutate(Mutant *m, int kinds, unsigned *seed)
{
	static const uint32_t interesting[] = {0, 1, 4, 8, 0x20202020u, 0x7fffffffu, 0x80000000u, 0xffffffffu};
	int edits = 1; /* 1..8, fewer more often: a single edit can reach the last checks */
	while (edits < 8 && rand_r(seed) % 2)
		edits++;
	for (int e = 0; e < edits; e++) {
		size_t at = m->n ? (size_t)rand_r(seed) % m->n : 0, len = 1 + (size_t)rand_r(seed) % 16;
		char num[32];
		int kind = kinds == ANY_EDITS      ? rand_r(seed) % 17
		           : kinds == HEADER_EDITS ? 6 + rand_r(seed) % 11
		                                   : rand_r(seed) % 2;
		if (kinds == DATA_EDITS && at < 8 + m->hlen)
			continue;
		switch (kind) {
		case 0:
			if (m->n)
				m->b[at] ^= (unsigned char)(1u << (rand_r(seed) % 8));
			if (at < 8)
				m->length_edited = true;
			break;
		case 1:
			if (m->n)
				m->b[at] = (unsigned char)rand_r(seed);
			if (at < 8)
				m->length_edited = true;
			break;
		case 2: /* random bytes in */
			splice(m, at, 0, NULL, len, seed);
			break;
		case 3: /* a run out */
			splice(m, at, len, "", 0, seed);
			break;
		case 4: /* cut short, or bytes appended */
			if (rand_r(seed) % 2)
				m->n = at;
			else
				splice(m, m->n, 0, NULL, len, seed);
			break;
		case 5: { /* an aligned u32 or u64 set, or a run copied from elsewhere */
			size_t from = m->n ? (size_t)rand_r(seed) % m->n : 0;
			int how = rand_r(seed) % 3;
			if (how == 0 && (at & ~(size_t)3) + 4 <= m->n)
				memcpy(m->b + (at & ~(size_t)3), &interesting[(size_t)rand_r(seed) % 8], 4);
			else if (how == 1 && (at & ~(size_t)7) + 8 <= m->n)
				unit_wr64(m->b + (at & ~(size_t)7), lengths[(size_t)rand_r(seed) % 12]);
			else if (how == 2 && at + len <= m->n && from + len <= m->n)
				memmove(m->b + at, m->b + from, len);
			if (at < 8)
				m->length_edited = true;
			break;
		}
		case 6: /* the length field: a near miss or an extreme */
			if (m->n >= 8) {
				uint64_t v = rand_r(seed) % 2 ? unit_rd64(m->b) + (uint64_t)(rand_r(seed) % 33) - 16
				                              : lengths[(size_t)rand_r(seed) % 12];
				unit_wr64(m->b, v);
				m->length_edited = true;
			}
			break;
		case 7:
		case 8: { /* JSON punctuation replaced, dropped or doubled */
			static const char punct[] = "{}[]:,\" 0";
			if (!header_pos(m, "{}[]:,\"", seed, &at))
				break;
			int how = rand_r(seed) % 3;
			char c = punct[(size_t)rand_r(seed) % (sizeof punct - 1)];
			if (how == 0)
				splice(m, at, 1, &c, 1, seed);
			else if (how == 1)
				splice(m, at, 1, "", 0, seed);
			else
				splice(m, at, 0, (const char *)m->b + at, 1, seed);
			break;
		}
		case 9: { /* a digit changed, dropped or added */
			if (!header_pos(m, NULL, seed, &at))
				break;
			int how = rand_r(seed) % 3;
			char c = (char)('0' + rand_r(seed) % 10);
			if (how == 0)
				splice(m, at, 1, &c, 1, seed);
			else if (how == 1)
				splice(m, at, 1, "", 0, seed);
			else
				splice(m, at, 0, &c, 1, seed);
			break;
		}
		case 10:
		case 11: { /* a whole number: a near miss or something else in its place */
			if (!header_pos(m, NULL, seed, &at))
				break;
			while (at > 8 && m->b[at - 1] >= '0' && m->b[at - 1] <= '9')
				at--;
			size_t end = at;
			while (end < m->n && m->b[end] >= '0' && m->b[end] <= '9')
				end++;
			if (rand_r(seed) % 2 && end - at < 19) {
				memcpy(num, m->b + at, end - at);
				num[end - at] = 0;
				unsigned long long v = strtoull(num, NULL, 10) + (unsigned long long)(rand_r(seed) % 17) - 8;
				snprintf(num, sizeof num, "%llu", v);
				splice(m, at, end - at, num, strlen(num), seed);
			} else {
				const char *s = numbers[(size_t)rand_r(seed) % (sizeof numbers / sizeof numbers[0])];
				splice(m, at, end - at, s, strlen(s), seed);
			}
			break;
		}
		case 12: { /* the dtype */
			if (!header_find(m, "F32", seed, &at))
				break;
			const char *s = dtypes[(size_t)rand_r(seed) % (sizeof dtypes / sizeof dtypes[0])];
			splice(m, at, 3, s, strlen(s), seed);
			break;
		}
		case 13: { /* a member renamed, a name made another's, nesting added */
			size_t r = (size_t)rand_r(seed) % (sizeof renames / sizeof renames[0]);
			if (header_find(m, renames[r][0], seed, &at))
				splice(m, at, strlen(renames[r][0]), renames[r][1], strlen(renames[r][1]), seed);
			break;
		}
		case 14: { /* whitespace anywhere in the header (in a string, a control character) */
			static const char *const ws[] = {" ", "\n", "\t", "\r", "  \n  "};
			const char *s = ws[(size_t)rand_r(seed) % 5];
			if (m->hlen)
				splice(m, 8 + (size_t)rand_r(seed) % m->hlen, 0, s, strlen(s), seed);
			break;
		}
		case 15: /* a padding space or the closing brace made something else */
			if (header_find(m, rand_r(seed) % 2 ? " " : "}", seed, &at))
				m->b[at] = (unsigned char)"x}]\0\x7f\xff"[rand_r(seed) % 6];
			break;
		case 16: { /* one array or tensor entry put in the place of another, or two swapped */
			size_t a[32][2], na = rand_r(seed) % 2 ? header_groups(m, '[', ']', a) : header_groups(m, '{', '}', a);
			if (na < 2)
				break;
			/* mostly two of a kind (offsets for offsets, an entry for an entry): as many commas */
			size_t commas[32], like[32], nlike = 0, j = (size_t)rand_r(seed) % na;
			for (size_t k = 0; k < na; k++) {
				commas[k] = 0;
				for (size_t q = a[k][0]; q < a[k][1]; q++)
					commas[k] += m->b[q] == ',';
			}
			bool any = rand_r(seed) % 4 == 0;
			for (size_t k = 0; k < na; k++)
				if (k != j && (any || commas[k] == commas[j]))
					like[nlike++] = k;
			if (nlike == 0)
				break;
			size_t i = like[(size_t)rand_r(seed) % nlike];
			bool swap = rand_r(seed) % 2;
			if (swap && i > j) { /* j the later one */
				size_t t = i;
				i = j, j = t;
			}
			char ti[256], tj[256];
			size_t li = a[i][1] - a[i][0], lj = a[j][1] - a[j][0];
			if (li > sizeof ti || lj > sizeof tj)
				break;
			memcpy(ti, m->b + a[i][0], li);
			memcpy(tj, m->b + a[j][0], lj);
			splice(m, a[j][0], lj, ti, li, seed); /* i's array in j's place */
			if (swap) /* and j's in i's, which has not moved */
				splice(m, a[i][0], li, tj, lj, seed);
			break;
		}
		}
	}
}

/* An accepted file: every tensor's count is its shape's product, and the tensors lie
 * side by side over exactly the data of the file, holding its bytes. */
static bool ckpt_sane(const Ckpt *c, const Mutant *m, int round)
{
	enum { MAXT = 64 };
	if (m->n < 8 || unit_rd64(m->b) > m->n - 8) {
		fprintf(stderr, "\n  round %d: accepted with header length %llu in %zu bytes\n", round,
		        (unsigned long long)(m->n < 8 ? 0 : unit_rd64(m->b)), m->n);
		return false;
	}
	uint64_t hlen = unit_rd64(m->b), data_size = m->n - 8 - hlen;
	size_t nt = ckpt_count(c);
	const float *x[MAXT];
	uint64_t cnt[MAXT], total = 0;
	if (nt > MAXT || ckpt_name(c, nt) != NULL) {
		fprintf(stderr, "\n  round %d: accepted with %zu tensors\n", round, nt);
		return false;
	}
	for (size_t i = 0; i < nt; i++) {
		const char *name = ckpt_name(c, i);
		uint32_t rank = 99;
		uint64_t shape[4], product = 1;
		x[i] = name ? ckpt_tensor(c, name, &rank, shape, &cnt[i]) : NULL;
		bool ok = x[i] && name[0] && rank <= CKPT_MAX_RANK;
		for (uint32_t k = 0; ok && k < 4; k++) {
			if (k >= rank)
				ok = shape[k] == 0;
			else if (shape[k] != 0 && product > UINT64_MAX / shape[k])
				ok = false;
			else
				product *= shape[k];
		}
		if (!ok || product != cnt[i] || cnt[i] > data_size / 4) {
			fprintf(stderr, "\n  round %d: accepted tensor %zu ('%s') of rank %u, count %llu\n", round, i,
			        name ? name : "(null)", rank, (unsigned long long)(ok ? cnt[i] : 0));
			return false;
		}
		total += cnt[i];
	}
	if (4 * total != data_size) {
		fprintf(stderr, "\n  round %d: accepted %llu floats in %llu bytes of data\n", round,
		        (unsigned long long)total, (unsigned long long)data_size);
		return false;
	}
	/* in address order (empty ones first where two begin alike) each begins where
	 * the one before ends, the first at the data's start, and holds the file's bytes */
	for (size_t i = 1; i < nt; i++)
		for (size_t j = i; j > 0 && (x[j] < x[j - 1] || (x[j] == x[j - 1] && cnt[j] < cnt[j - 1])); j--) {
			const float *tx = x[j];
			uint64_t tc = cnt[j];
			x[j] = x[j - 1], cnt[j] = cnt[j - 1];
			x[j - 1] = tx, cnt[j - 1] = tc;
		}
	const unsigned char *data = m->b + 8 + hlen;
	for (size_t i = 0; i < nt; i++) {
		size_t from = (size_t)(x[i] - x[0]);
		bool ok = i == 0 || x[i] == x[i - 1] + cnt[i - 1];
		for (uint64_t k = 0; ok && k < cnt[i]; k++) {
			uint32_t u;
			memcpy(&u, &x[i][k], 4);
			const unsigned char *p = data + 4 * (from + k);
			ok = u == ((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
		}
		if (!ok) {
			fprintf(stderr, "\n  round %d: tensor %zu in address order is not where the data say\n", round, i);
			return false;
		}
	}
	for (int k = 0; k < 2; k++) { /* the metadata, when still there, are strings */
		const char *v = ckpt_meta(c, k ? "eic.epoch" : "eic.network");
		if (v)
			(void)strlen(v);
	}
	return true;
}

/* A valid checkpoint of tensors of ranks 0 to 3 (one empty) and metadata, then 6000
 * copies damaged by 1..8 edits, generic or aimed at the header, with the header length
 * made right again after three in four of them so that the damage inside reaches the
 * checks behind it. Each is loaded: refused with one line that names the file, or
 * (damage only to the data, or to the header that leaves it valid: the offsets of the
 * two tensors of 4 floats swapped) accepted with every tensor whole, its count the
 * product of its shape, and all of them tiling the data of the file. */
static void test_random_mutations(void)
{
	enum { ROUNDS = 6000 };
	float v[1 + 4 + 12 + 4];
	for (int i = 0; i < (int)(sizeof v / sizeof v[0]); i++)
		v[i] = (float)i * 0.25f - 2.0f;
	const CkptTensor t[] = {
		{"scalar", 0, {0}, v, 1},
		{"dense1.bias", 1, {4}, v + 1, 4},
		{"dense1.weights", 2, {3, 4}, v + 5, 12},
		{"t3", 3, {2, 1, 2}, v + 17, 4}, /* as many floats as dense1.bias: their offsets may be swapped */
		{"empty", 1, {0}, NULL, 0},
	};
	const CkptMeta md[] = {{"eic.network", "mnist"}, {"eic.epoch", "12"}};
	const char *good = unit_in_dir(dir, "fuzz-good.safetensors"), *path = unit_in_dir(dir, "fuzz.safetensors");
	char err[512] = "";
	CU_ASSERT_EQUAL_FATAL(ckpt_write(good, t, sizeof t / sizeof t[0], md, 2, err, sizeof err), 0);
	size_t n;
	unsigned char *b0 = unit_slurp(good, &n);
	CU_ASSERT_FATAL(n > 8);
	Mutant m = {malloc(2 * n + 512), 0, 2 * n + 512, 0, false};
	unsigned seed = 20260612;
	int accepted = 0, refused = 0, bad = 0;
	for (int round = 0; round < ROUNDS; round++) {
		memcpy(m.b, b0, n);
		m.n = n;
		m.hlen = unit_rd64(b0);
		m.length_edited = false;
		ckpt_mutate(&m, round % 8 == 0 ? DATA_EDITS : round % 2 ? HEADER_EDITS : ANY_EDITS, &seed);
		if (!m.length_edited && m.n >= 8 && rand_r(&seed) % 4 != 0)
			unit_wr64(m.b, m.hlen);
		unit_write(path, m.b, m.n);
		err[0] = 0;
		Ckpt *c = ckpt_load(path, err, sizeof err);
		if (c) {
			accepted++;
			if (!ckpt_sane(c, &m, round))
				bad++;
			ckpt_free(c);
		} else {
			refused++;
			size_t np = strlen(path);
			if (!err[0] || strchr(err, '\n') || strncmp(err, path, np) != 0 || err[np] != ':')
				bad++, fprintf(stderr, "\n  round %d: refused with \"%s\"\n", round, err);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(accepted > ROUNDS / 20);
	CU_ASSERT(refused > ROUNDS / 2);
	free(m.b);
	free(b0);
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
	const char *bad = unit_in_dir(dir, "gap.safetensors");
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
	CU_add_test(s, "a missing file, a directory, a FIFO and a device", test_not_files);
	CU_add_test(s, "other kinds of file are not safetensors", test_other_formats);
	CU_add_test(s, "offsets past 2^63 are shown exactly", test_huge_offsets);
	CU_add_test(s, "6000 random mutations, many aimed at the header", test_random_mutations);
	CU_add_test(s, "an independent reader (Python, standard library) agrees", test_python_reads);
}
