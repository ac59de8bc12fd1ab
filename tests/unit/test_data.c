/* test_data.c: IDX datasets, raw and gzipped. Good files load to exactly their bytes;
 * every bad one (cut short anywhere, a byte too many, a wrong magic, absurd sizes,
 * counts that disagree, a damaged gzip stream) is refused with one line that names the
 * file, and leaves the Dataset empty. The real MNIST test set, when present, loads as
 * the well-known 10000 28x28 digits. */
#include "unit.h"
#include "data.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static char dir[64];

static int setup(void)
{
	return unit_tmpdir_open(dir, "data");
}

static int teardown(void)
{
	return unit_tmpdir_close(dir);
}

/* ---- helpers ---- */

enum { COUNT = 5, ROWS = 3, COLS = 4, DIM = ROWS * COLS };

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* An image file of count rows x cols images; pixel k of image i is a hash of (i, k)
 * so that gzip has something to compress and every byte matters. */
static size_t make_images(unsigned char *buf, uint32_t magic, uint32_t count, uint32_t rows, uint32_t cols)
{
	put32(buf, magic);
	put32(buf + 4, count);
	put32(buf + 8, rows);
	put32(buf + 12, cols);
	size_t n = (size_t)count * rows * cols;
	for (size_t k = 0; k < n; k++)
		buf[16 + k] = (unsigned char)((k * 2654435761u) >> 13);
	return 16 + n;
}

static size_t make_labels(unsigned char *buf, uint32_t magic, uint32_t count)
{
	put32(buf, magic);
	put32(buf + 4, count);
	for (uint32_t i = 0; i < count; i++)
		buf[8 + i] = (unsigned char)(i % 10);
	return 8 + count;
}

static void write_gz(const char *path, const void *p, size_t n)
{
	gzFile g = gzopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(g);
	CU_ASSERT_EQUAL(gzwrite(g, p, (unsigned)n), (int)n);
	CU_ASSERT_EQUAL(gzclose(g), Z_OK);
}

/* The good pair: COUNT images and labels, raw or gzipped. */
static void write_good(const char *images, const char *labels, bool gz)
{
	unsigned char im[16 + COUNT * DIM], lb[8 + COUNT];
	size_t ni = make_images(im, DATA_IMAGES_MAGIC, COUNT, ROWS, COLS);
	size_t nl = make_labels(lb, DATA_LABELS_MAGIC, COUNT);
	(gz ? write_gz : unit_write)(images, im, ni);
	(gz ? write_gz : unit_write)(labels, lb, nl);
}

static void check_good(const Dataset *d)
{
	unsigned char im[16 + COUNT * DIM];
	make_images(im, DATA_IMAGES_MAGIC, COUNT, ROWS, COLS);
	CU_ASSERT_EQUAL(d->count, COUNT);
	CU_ASSERT_EQUAL(d->rows, ROWS);
	CU_ASSERT_EQUAL(d->cols, COLS);
	CU_ASSERT_EQUAL(d->dim, DIM);
	CU_ASSERT_PTR_NOT_NULL_FATAL(d->pixels);
	CU_ASSERT_PTR_NOT_NULL_FATAL(d->labels);
	CU_ASSERT_EQUAL(memcmp(d->pixels, im + 16, COUNT * DIM), 0);
	for (int i = 0; i < COUNT; i++)
		CU_ASSERT_EQUAL(d->labels[i], i % 10);
}

/* data_load must fail with one line that names `named` and contains `want`, and leave
 * the Dataset empty. */
static void expect_fail_at(int line, const char *images, const char *labels, const char *named, const char *want)
{
	Dataset d;
	memset(&d, 0x5a, sizeof d);
	char err[512] = "";
	bool ok = data_load(images, labels, &d, err, sizeof err);
	bool named_ok = strncmp(err, named, strlen(named)) == 0 && err[strlen(named)] == ':';
	bool good = !ok && named_ok && strstr(err, want) && !strchr(err, '\n') && !d.pixels && !d.labels && d.count == 0;
	if (!good)
		fprintf(stderr, "\n  line %d: expected an error from %s with \"%s\"; got %s: \"%s\"\n", line, named, want,
		        ok ? "success" : "failure", err);
	CU_ASSERT(good);
	if (ok)
		data_free(&d);
}
#define expect_fail(im, lb, named, want) expect_fail_at(__LINE__, im, lb, named, want)

/* ---- good files ---- */

static void test_raw(void)
{
	const char *im = unit_in_dir(dir, "raw-images"), *lb = unit_in_dir(dir, "raw-labels");
	write_good(im, lb, false);
	Dataset d;
	char err[256] = "";
	CU_ASSERT_TRUE_FATAL(data_load(im, lb, &d, err, sizeof err));
	check_good(&d);
	CU_ASSERT_TRUE(data_check_labels(&d, lb, 10, err, sizeof err));
	data_free(&d);
	CU_ASSERT_PTR_NULL(d.pixels);
	data_free(&d); /* a freed Dataset is zeroed and may be freed again */
}

static void test_gzip(void)
{
	const char *im = unit_in_dir(dir, "gz-images.gz"), *lb = unit_in_dir(dir, "gz-labels.gz");
	write_good(im, lb, true);
	Dataset d;
	char err[256] = "";
	CU_ASSERT_TRUE_FATAL(data_load(im, lb, &d, err, sizeof err));
	check_good(&d);
	data_free(&d);
}

/* Large enough that the body arrives over several reads and buffer growths. */
static void test_large(void)
{
	enum { N = 3000, R = 28, C = 28 };
	unsigned char *im = malloc(16 + (size_t)N * R * C), *lb = malloc(8 + N);
	size_t ni = make_images(im, DATA_IMAGES_MAGIC, N, R, C), nl = make_labels(lb, DATA_LABELS_MAGIC, N);
	const char *pi = unit_in_dir(dir, "large-images.gz"), *pl = unit_in_dir(dir, "large-labels");
	write_gz(pi, im, ni);
	unit_write(pl, lb, nl);
	Dataset d;
	char err[256] = "";
	CU_ASSERT_TRUE_FATAL(data_load(pi, pl, &d, err, sizeof err));
	CU_ASSERT_EQUAL(d.count, N);
	CU_ASSERT_EQUAL(d.dim, R * C);
	CU_ASSERT_EQUAL(memcmp(d.pixels, im + 16, (size_t)N * R * C), 0);
	CU_ASSERT_EQUAL(memcmp(d.labels, lb + 8, N), 0);
	data_free(&d);
	free(im);
	free(lb);
}

static void test_split(void)
{
	char sub[128], err[512] = "";
	snprintf(sub, sizeof sub, "%s/split", dir);
	CU_ASSERT_EQUAL_FATAL(mkdir(sub, 0777), 0);
	char im[192], lb[192];
	Dataset d;

	CU_ASSERT_FALSE(data_load_split(sub, "t10k", &d, err, sizeof err));
	char want[256];
	snprintf(want, sizeof want, "%s: no t10k-images-idx3-ubyte(.gz)", sub);
	CU_ASSERT_STRING_EQUAL(err, want);

	/* the images gzipped, the labels raw */
	snprintf(im, sizeof im, "%s/t10k-images-idx3-ubyte.gz", sub);
	snprintf(lb, sizeof lb, "%s/t10k-labels-idx1-ubyte", sub);
	write_good(im, unit_in_dir(dir, "unused-labels.gz"), true);
	CU_ASSERT_FALSE(data_load_split(sub, "t10k", &d, err, sizeof err));
	snprintf(want, sizeof want, "%s: no t10k-labels-idx1-ubyte(.gz)", sub);
	CU_ASSERT_STRING_EQUAL(err, want);
	write_good(unit_in_dir(dir, "unused-images.gz"), lb, false);
	CU_ASSERT_TRUE_FATAL(data_load_split(sub, "t10k", &d, err, sizeof err));
	check_good(&d);
	data_free(&d);

	/* the other split is still missing */
	CU_ASSERT_FALSE(data_load_split(sub, "train", &d, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "no train-images-idx3-ubyte(.gz)"));

	snprintf(want, sizeof want, "%s/nowhere", dir);
	CU_ASSERT_FALSE(data_load_split(want, "t10k", &d, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "nowhere: no t10k-images-idx3-ubyte(.gz) (No such file or directory)"));
	CU_ASSERT_FALSE(data_load_split(im, "t10k", &d, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, ".gz: no t10k-images-idx3-ubyte(.gz) (not a directory)"));
}

/* ---- bad files ---- */

/* Every proper prefix of either file, raw and gzipped, is refused. */
static void test_truncated(void)
{
	unsigned char im[16 + COUNT * DIM], lb[8 + COUNT];
	size_t ni = make_images(im, DATA_IMAGES_MAGIC, COUNT, ROWS, COLS);
	size_t nl = make_labels(lb, DATA_LABELS_MAGIC, COUNT);
	const char *gi = unit_in_dir(dir, "good-images"), *gl = unit_in_dir(dir, "good-labels");
	write_good(gi, gl, false);
	for (int gz = 0; gz < 2; gz++) {
		const char *ti = unit_in_dir(dir, gz ? "cut-images.gz" : "cut-images");
		const char *tl = unit_in_dir(dir, gz ? "cut-labels.gz" : "cut-labels");
		for (size_t n = 0; n < ni; n++) {
			(gz ? write_gz : unit_write)(ti, im, n);
			expect_fail(ti, gl, ti, n == 0 ? "empty file" : n < 4 ? "truncated" : n < 16 ? "header bytes" : "truncated");
		}
		for (size_t n = 0; n < nl; n++) {
			(gz ? write_gz : unit_write)(tl, lb, n);
			expect_fail(gi, tl, tl, n == 0 ? "empty file" : "truncated");
		}
	}
	/* the messages count whole items */
	const char *ti = unit_in_dir(dir, "cut-images"), *tl = unit_in_dir(dir, "cut-labels");
	unit_write(ti, im, 16 + 2 * DIM + 5);
	expect_fail(ti, gl, ti, ": truncated: 2 of 5 images");
	unit_write(tl, lb, 8 + 3);
	char want[256];
	snprintf(want, sizeof want, "%s: truncated: 3 of 5 labels", tl);
	Dataset d;
	char err[256];
	CU_ASSERT_FALSE(data_load(gi, tl, &d, err, sizeof err));
	CU_ASSERT_STRING_EQUAL(err, want);
	unit_write(ti, im, 7);
	expect_fail(ti, gl, ti, "truncated: 7 of 16 header bytes");
}

static void test_trailing(void)
{
	unsigned char im[16 + COUNT * DIM + 1], lb[8 + COUNT + 1];
	size_t ni = make_images(im, DATA_IMAGES_MAGIC, COUNT, ROWS, COLS);
	size_t nl = make_labels(lb, DATA_LABELS_MAGIC, COUNT);
	im[ni] = lb[nl] = 0;
	const char *gi = unit_in_dir(dir, "good-images"), *gl = unit_in_dir(dir, "good-labels");
	write_good(gi, gl, false);
	for (int gz = 0; gz < 2; gz++) {
		const char *ti = unit_in_dir(dir, gz ? "long-images.gz" : "long-images");
		const char *tl = unit_in_dir(dir, gz ? "long-labels.gz" : "long-labels");
		(gz ? write_gz : unit_write)(ti, im, ni + 1);
		(gz ? write_gz : unit_write)(tl, lb, nl + 1);
		expect_fail(ti, gl, ti, "trailing data at byte 76, after the 5 images");
		expect_fail(gi, tl, tl, "trailing data at byte 13, after the 5 labels");
	}
}

static void test_magic(void)
{
	unsigned char im[16 + COUNT * DIM], lb[8 + COUNT];
	const char *gi = unit_in_dir(dir, "good-images"), *gl = unit_in_dir(dir, "good-labels");
	write_good(gi, gl, false);
	const char *bi = unit_in_dir(dir, "bad-images"), *bl = unit_in_dir(dir, "bad-labels");
	unit_write(bi, im, make_images(im, 0x00000804, COUNT, ROWS, COLS));
	expect_fail(bi, gl, bi, "bad magic 0x00000804 at byte 0, expected 0x00000803");
	unit_write(bl, lb, make_labels(lb, 0x01000801, COUNT));
	expect_fail(gi, bl, bl, "bad magic 0x01000801 at byte 0, expected 0x00000801");
	/* the two files swapped */
	expect_fail(gl, gi, gl, "an IDX labels file (magic 0x00000801), expected images");
	unit_write(bi, "PK\3\4 not idx at all", 20);
	expect_fail(bi, gl, bi, "bad magic");
}

/* Sizes out of range are refused from the header alone; a header that claims sizes in
 * range but far more data than the file holds fails as truncated, having allocated
 * about what the file holds, not the 655 GB it claims (xmalloc would exit). */
static void test_absurd(void)
{
	unsigned char im[64], lb[64];
	const char *gl = unit_in_dir(dir, "many-labels"), *bi = unit_in_dir(dir, "absurd-images");
	const char *bl = unit_in_dir(dir, "absurd-labels");
	write_good(unit_in_dir(dir, "good-images"), unit_in_dir(dir, "good-labels"), false);
	/* labels that claim as many items as the last case, so that its counts agree and
	 * the images' body is read */
	make_labels(lb, DATA_LABELS_MAGIC, 20);
	put32(lb + 4, 10000000);
	unit_write(gl, lb, 28);
	static const struct {
		uint32_t count, rows, cols;
		const char *want;
	} cases[] = {
		{10000001, 28, 28, "count 10000001 at byte 4 is above the limit of 10000000 images"},
		{0xffffffffu, 28, 28, "count 4294967295 at byte 4"},
		{0, 28, 28, "count 0 at byte 4: the file holds no images"},
		{5, 0, 28, "rows 0 at byte 8 out of range 1..4096"},
		{5, 4097, 1, "rows 4097 at byte 8 out of range 1..4096"},
		{5, 28, 0xffffffffu, "cols 4294967295 at byte 12 out of range 1..4096"},
		{5, 256, 512, "256x512 images (bytes 8..15) have 131072 pixels, above the limit of 65536"},
		{5, 4096, 4096, "4096x4096 images"},
		{10000000, 256, 256, "take 655360000000 bytes, above the limit of 4294967296"},
		{10000000, 20, 21, "truncated: 0 of 10000000 images"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		put32(im, DATA_IMAGES_MAGIC);
		put32(im + 4, cases[i].count);
		put32(im + 8, cases[i].rows);
		put32(im + 12, cases[i].cols);
		memset(im + 16, 7, 48);
		unit_write(bi, im, sizeof im);
		expect_fail(bi, gl, bi, cases[i].want);
	}
	unit_write(bl, lb, make_labels(lb, DATA_LABELS_MAGIC, 20));
	put32(lb + 4, 10000001);
	unit_write(bl, lb, 28);
	expect_fail(unit_in_dir(dir, "good-images"), bl, bl, "count 10000001 at byte 4 is above the limit of 10000000 labels");
	put32(lb + 4, 10000000);
	write_gz(bl, lb, 28);
	expect_fail(unit_in_dir(dir, "good-images"), bl, bl, "10000000 labels, but");
}

static void test_counts_differ(void)
{
	unsigned char lb[8 + COUNT];
	const char *gi = unit_in_dir(dir, "good-images"), *bl = unit_in_dir(dir, "four-labels");
	write_good(gi, unit_in_dir(dir, "good-labels"), false);
	unit_write(bl, lb, make_labels(lb, DATA_LABELS_MAGIC, COUNT - 1));
	char want[512];
	snprintf(want, sizeof want, "4 labels, but %s holds 5 images", gi);
	expect_fail(gi, bl, bl, want);
}

static void test_label_range(void)
{
	const char *gi = unit_in_dir(dir, "good-images"), *gl = unit_in_dir(dir, "good-labels");
	write_good(gi, gl, false);
	Dataset d;
	char err[256], want[512];
	CU_ASSERT_TRUE_FATAL(data_load(gi, gl, &d, err, sizeof err));
	CU_ASSERT_TRUE(data_check_labels(&d, gl, 5, err, sizeof err));
	CU_ASSERT_FALSE(data_check_labels(&d, gl, 3, err, sizeof err));
	snprintf(want, sizeof want, "%s: label 3 of item 3 is not below the program's 3 logits", gl);
	CU_ASSERT_STRING_EQUAL(err, want);
	d.labels[1] = 200;
	CU_ASSERT_FALSE(data_check_labels(&d, gl, 10, err, sizeof err));
	snprintf(want, sizeof want, "%s: label 200 of item 1 is not below the program's 10 logits", gl);
	CU_ASSERT_STRING_EQUAL(err, want);
	data_free(&d);
}

static void test_not_files(void)
{
	const char *gi = unit_in_dir(dir, "good-images"), *gl = unit_in_dir(dir, "good-labels");
	write_good(gi, gl, false);
	const char *none = unit_in_dir(dir, "no-such-file");
	expect_fail(none, gl, none, "cannot open: No such file or directory");
	expect_fail(gi, none, none, "cannot open: No such file or directory");
	expect_fail(dir, gl, dir, "is a directory");
	expect_fail(gi, dir, dir, "is a directory");
	/* a FIFO without a writer: opening it must not wait for one (the alarm turns a
	 * regression into a failure rather than a hang), and it is refused */
	const char *fifo = unit_in_dir(dir, "fifo-images");
	unlink(fifo);
	CU_ASSERT_EQUAL_FATAL(mkfifo(fifo, 0600), 0);
	alarm(60);
	expect_fail(fifo, gl, fifo, "not a regular file (a FIFO or pipe), not an IDX file");
	expect_fail(gi, fifo, fifo, "not a regular file");
	alarm(0);
	unlink(fifo);
	expect_fail("/dev/zero", gl, "/dev/zero", "not a regular file (a character device)");
}

/* A gzip file is whole gzip members and nothing else: each member's trailer (CRC and
 * length) present, no junk after the last; several members read as one stream. */
static void test_gzip_members(void)
{
	enum { MANY = 600 }; /* a body larger than any buffer of the reader */
	size_t ni = 16 + (size_t)MANY * DIM;
	unsigned char *im = xmalloc(ni), lb[8 + MANY];
	make_images(im, DATA_IMAGES_MAGIC, MANY, ROWS, COLS);
	for (size_t i = 16; i < ni; i++)
		im[i] = (unsigned char)(i * 2654435761u >> 13); /* hardly compressible */
	make_labels(lb, DATA_LABELS_MAGIC, MANY);
	const char *gi = unit_in_dir(dir, "members-images.gz"), *gl = unit_in_dir(dir, "members-labels");
	unit_write(gl, lb, 8 + MANY);

	/* two members, split inside the header and inside the body */
	size_t cuts[] = {10, 16 + 7 * DIM + 3};
	for (int c = 0; c < 2; c++) {
		write_gz(gi, im, cuts[c]);
		const char *part = unit_in_dir(dir, "members-part.gz");
		write_gz(part, im + cuts[c], ni - cuts[c]);
		size_t n1, n2;
		unsigned char *a = unit_slurp(gi, &n1), *b = unit_slurp(part, &n2);
		a = xrealloc(a, n1 + n2);
		memcpy(a + n1, b, n2);
		unit_write(gi, a, n1 + n2);
		Dataset d;
		char err[512] = "";
		CU_ASSERT_TRUE(data_load(gi, gl, &d, err, sizeof err));
		if (d.pixels)
			CU_ASSERT_EQUAL(memcmp(d.pixels, im + 16, ni - 16), 0);
		data_free(&d);
		free(a);
		free(b);
	}

	write_gz(gi, im, ni);
	size_t n;
	unsigned char *z = unit_slurp(gi, &n);
	z = xrealloc(z, n + 64);
	/* the trailer cut away, whole or in part */
	for (size_t k = 1; k <= 8; k++) {
		unit_write(gi, z, n - k);
		expect_fail(gi, gl, gi, "truncated gzip stream: it ends at byte");
	}
	/* junk after the stream: text, zeros, a lone byte, half a gzip magic */
	static const struct {
		const char *bytes;
		size_t n;
	} junk[] = {{"junk", 4}, {"\0\0\0\0\0\0\0\0", 8}, {"\n", 1}, {"\x1f", 1}, {"\x1f\x8b", 2}};
	for (size_t j = 0; j < sizeof junk / sizeof junk[0]; j++) {
		memcpy(z + n, junk[j].bytes, junk[j].n);
		unit_write(gi, z, n + junk[j].n);
		char want[64];
		snprintf(want, sizeof want, "at byte %zu", n);
		expect_fail(gi, gl, gi, j < 3 ? "trailing junk at byte" : "truncated gzip stream");
		if (j < 3)
			expect_fail(gi, gl, gi, want);
	}
	/* a gzip header alone (what gzip writes for no data, less its trailer) */
	unit_write(gi, z, 10);
	char want[512];
	snprintf(want, sizeof want, "%s: truncated gzip stream: a gzip header without data (10 bytes)", gi);
	expect_fail(gi, gl, gi, want);
	unit_write(gi, z, 7);
	expect_fail(gi, gl, gi, "truncated gzip stream: 7 bytes end inside the gzip header");
	free(z);
	free(im);
}

/* Damage to a gzip file: one bit flipped in every byte in turn, and every cut. Each
 * must be refused, or (a flipped bit that gzip ignores: the timestamp, padding bits)
 * read back as the very same data. */
static void test_corrupt_gzip(void)
{
	enum { N = 40 };
	unsigned char im[16 + N * DIM], lb[8 + N];
	size_t ni = make_images(im, DATA_IMAGES_MAGIC, N, ROWS, COLS);
	size_t nl = make_labels(lb, DATA_LABELS_MAGIC, N);
	const char *gi = unit_in_dir(dir, "flip-images.gz"), *gl = unit_in_dir(dir, "flip-labels");
	write_gz(gi, im, ni);
	unit_write(gl, lb, nl);
	size_t n;
	unsigned char *z = unit_slurp(gi, &n);
	CU_ASSERT_FATAL(n > 30);
	int refused = 0, same = 0, bad = 0;
	for (size_t i = 0; i < n; i++) {
		z[i] ^= (unsigned char)(1u << (i % 8));
		unit_write(gi, z, n);
		z[i] ^= (unsigned char)(1u << (i % 8));
		Dataset d;
		char err[512] = "";
		if (data_load(gi, gl, &d, err, sizeof err)) {
			if (d.count == N && d.dim == DIM && memcmp(d.pixels, im + 16, N * DIM) == 0)
				same++;
			else
				bad++, fprintf(stderr, "\n  flip at byte %zu: different data accepted\n", i);
			data_free(&d);
		} else if (strncmp(err, gi, strlen(gi)) == 0 && !strchr(err, '\n') && !d.pixels) {
			refused++;
		} else {
			bad++, fprintf(stderr, "\n  flip at byte %zu: bad message \"%s\"\n", i, err);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(refused >= (int)n - 12); /* header bytes 4..9 (time, flags, OS) and the last byte's padding */

	/* the stored CRC and length */
	Dataset d;
	char err[512];
	z[n - 8] ^= 1;
	unit_write(gi, z, n);
	CU_ASSERT_FALSE(data_load(gi, gl, &d, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "corrupt gzip data"));
	z[n - 8] ^= 1;
	z[n - 1] ^= 1;
	unit_write(gi, z, n);
	CU_ASSERT_FALSE(data_load(gi, gl, &d, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "corrupt gzip data"));
	z[n - 1] ^= 1;

	for (size_t k = 1; k < n; k++) {
		unit_write(gi, z, k);
		expect_fail(gi, gl, gi, "");
	}
	unit_write(gi, z, n - 4);
	expect_fail(gi, gl, gi, "truncated gzip stream: it ends at byte");
	expect_fail(gi, gl, gi, "before its CRC and length trailer");
	free(z);
}

/* ---- random damage ---- */

/* A file being damaged: its bytes and how many there are; cap is the room there is.
 * head is the header length (16 for images, 8 for labels), for the edits aimed at
 * the header's fields. */
typedef struct Mutant {
	unsigned char *b;
	size_t n, cap, head;
} Mutant;

static const uint32_t idx_interesting[] = {
	0, 1, 2, 5, 6, 29, 30, 31, 49, 50, 51, 255, 256, 4095, 4096, 4097, 65535, 65536, 65537, DATA_LABELS_MAGIC,
	DATA_IMAGES_MAGIC, 10000000, 10000001, 0x7fffffffu, 0x80000000u, 0xfffffffeu, 0xffffffffu,
};
enum { NINTERESTING = sizeof idx_interesting / sizeof idx_interesting[0] };

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* 1..8 edits: bit flips, bytes set, runs inserted, deleted or copied, a cut, bytes
 * appended, header fields (or any aligned u32) set to extreme values, and the count
 * changed with the length of the file made to agree with it. With body_only, bits
 * flipped and bytes set behind the header only, which keep a dataset. */
static void idx_mutate(Mutant *m, bool body_only, unsigned *seed)
{
	int edits = 1 + rand_r(seed) % 8;
	for (int e = 0; e < edits; e++) {
		size_t at = m->n ? (size_t)rand_r(seed) % m->n : 0;
		size_t len = 1 + (size_t)rand_r(seed) % 16;
		if (body_only && at < m->head)
			continue;
		switch (rand_r(seed) % (body_only ? 2 : 11)) {
		case 0:
			if (m->n)
				m->b[at] ^= (unsigned char)(1u << (rand_r(seed) % 8));
			break;
		case 1:
			if (m->n)
				m->b[at] = (unsigned char)rand_r(seed);
			break;
		case 2: /* insert random bytes */
			if (m->n + len <= m->cap) {
				memmove(m->b + at + len, m->b + at, m->n - at);
				for (size_t k = 0; k < len; k++)
					m->b[at + k] = (unsigned char)rand_r(seed);
				m->n += len;
			}
			break;
		case 3: /* delete a run */
			if (at + len <= m->n) {
				memmove(m->b + at, m->b + at + len, m->n - at - len);
				m->n -= len;
			}
			break;
		case 4: /* cut short, usually near the end */
			if (m->n)
				m->n = rand_r(seed) % 2 ? at : m->n - 1 - (size_t)rand_r(seed) % (m->n < 8 ? m->n : 8);
			break;
		case 5: /* bytes appended */
			if (m->n + len <= m->cap) {
				for (size_t k = 0; k < len; k++)
					m->b[m->n + k] = (unsigned char)rand_r(seed);
				m->n += len;
			}
			break;
		case 6:
		case 7: { /* a header field set to an extreme value */
			size_t f = 4 * ((size_t)rand_r(seed) % (m->head / 4));
			if (f + 4 <= m->n)
				put32(m->b + f, idx_interesting[(size_t)rand_r(seed) % NINTERESTING]);
			break;
		}
		case 8: /* any aligned u32, or a header field nudged by one */
			if (rand_r(seed) % 2) {
				at &= ~(size_t)3;
				if (at + 4 <= m->n)
					put32(m->b + at, idx_interesting[(size_t)rand_r(seed) % NINTERESTING]);
			} else {
				size_t f = 4 * ((size_t)rand_r(seed) % (m->head / 4));
				if (f + 4 <= m->n)
					put32(m->b + f, get32(m->b + f) + (uint32_t)(rand_r(seed) % 3) - 1);
			}
			break;
		case 9: { /* a run copied from elsewhere */
			size_t from = m->n ? (size_t)rand_r(seed) % m->n : 0;
			if (at + len <= m->n && from + len <= m->n)
				memmove(m->b + at, m->b + from, len);
			break;
		}
		case 10: { /* the count moved by a few, and the file cut or grown to agree */
			if (m->n < m->head)
				break;
			uint64_t dim = m->head == 16 ? (uint64_t)get32(m->b + 8) * get32(m->b + 12) : 1;
			uint32_t count = get32(m->b + 4) + (uint32_t)(rand_r(seed) % 7) - 3;
			uint64_t n = m->head + (uint64_t)count * dim;
			if (dim == 0 || dim > m->cap || count > m->cap || n > m->cap)
				break;
			put32(m->b + 4, count);
			for (size_t k = m->n; k < n; k++)
				m->b[k] = (unsigned char)rand_r(seed);
			m->n = (size_t)n;
			break;
		}
		}
	}
}

/* Whether the pair is a well-formed dataset by the letter of data.h. */
static bool idx_well_formed(const Mutant *im, const Mutant *lb)
{
	if (im->n < 16 || lb->n < 8 || get32(im->b) != DATA_IMAGES_MAGIC || get32(lb->b) != DATA_LABELS_MAGIC)
		return false;
	uint64_t count = get32(im->b + 4), rows = get32(im->b + 8), cols = get32(im->b + 12);
	if (count < 1 || count > DATA_MAX_COUNT || rows < 1 || rows > DATA_MAX_SIDE || cols < 1 ||
	    cols > DATA_MAX_SIDE || rows * cols > DATA_MAX_DIM || get32(lb->b + 4) != count)
		return false;
	return im->n == 16 + count * rows * cols && lb->n == 8 + count;
}

static bool dataset_zeroed(const Dataset *d)
{
	return d->count == 0 && d->dim == 0 && d->rows == 0 && d->cols == 0 && !d->pixels && !d->labels &&
	       !d->labels_path;
}

/* A refusal: one line, not empty, naming one of the two files, the Dataset zeroed. */
static bool refused_well(const char *err, const char *images, const char *labels, const Dataset *d)
{
	size_t ni = strlen(images), nl = strlen(labels);
	bool named = (strncmp(err, images, ni) == 0 && err[ni] == ':') || (strncmp(err, labels, nl) == 0 && err[nl] == ':');
	return err[0] && !strchr(err, '\n') && named && dataset_zeroed(d);
}

/* An accepted dataset: sizes consistent and in bounds. */
static bool dataset_sane(const Dataset *d, const char *labels)
{
	return d->count >= 1 && d->count <= DATA_MAX_COUNT && d->rows >= 1 && d->rows <= DATA_MAX_SIDE &&
	       d->cols >= 1 && d->cols <= DATA_MAX_SIDE && d->dim == d->rows * d->cols && d->dim <= DATA_MAX_DIM &&
	       d->pixels && d->labels && d->labels_path && strcmp(d->labels_path, labels) == 0;
}

/* A valid pair of 50 6x5 images, then 4000 pairs of which one file or both are
 * damaged by 1..8 random edits (a few times with both counts set alike, so that
 * damage in a body is reached behind headers that agree; every eighth time only bytes
 * of the bodies, which must load), written raw or, every third pair, gzipped. Each is
 * loaded, and the result must be what data.h says of those bytes: refused with one
 * line that names a file and an empty Dataset when they are not a dataset, else
 * loaded to exactly them. Then 2000 times the same edits on the compressed bytes of a
 * valid pair of .gz files: refused, or (bytes gzip ignores) the very same data. */
static void test_random_mutations(void)
{
	enum { N = 50, R = 6, C = 5, ROUNDS = 4000, GZ_ROUNDS = 2000 };
	unsigned char im0[16 + N * R * C], lb0[8 + N];
	size_t ni = make_images(im0, DATA_IMAGES_MAGIC, N, R, C), nl = make_labels(lb0, DATA_LABELS_MAGIC, N);
	Mutant im = {malloc(2 * ni + 256), 0, 2 * ni + 256, 16}, lb = {malloc(2 * nl + 256), 0, 2 * nl + 256, 8};
	const char *pi = unit_in_dir(dir, "fuzz-images"), *pl = unit_in_dir(dir, "fuzz-labels");
	unsigned seed = 20260611;
	int accepted = 0, refused = 0, bad = 0;
	for (int round = 0; round < ROUNDS; round++) {
		memcpy(im.b, im0, ni);
		im.n = ni;
		memcpy(lb.b, lb0, nl);
		lb.n = nl;
		int which = rand_r(&seed) % 3; /* images, labels, both */
		bool body_only = round % 8 == 0;
		if (which != 1)
			idx_mutate(&im, body_only, &seed);
		if (which != 0)
			idx_mutate(&lb, body_only, &seed);
		if (!body_only && rand_r(&seed) % 8 == 0 && im.n >= 8 && lb.n >= 8) { /* the counts agree again */
			uint32_t v = rand_r(&seed) % 2 ? idx_interesting[(size_t)rand_r(&seed) % NINTERESTING]
			                                : (uint32_t)(N - 2 + rand_r(&seed) % 5);
			put32(im.b + 4, v);
			put32(lb.b + 4, v);
		}
		bool gz = round % 3 == 2;
		(gz ? write_gz : unit_write)(pi, im.b, im.n);
		(gz ? write_gz : unit_write)(pl, lb.b, lb.n);
		bool want = idx_well_formed(&im, &lb);
		Dataset d;
		memset(&d, 0x5a, sizeof d);
		char err[512] = "";
		if (data_load(pi, pl, &d, err, sizeof err)) {
			accepted++;
			bool good = want && dataset_sane(&d, pl) && (size_t)(16 + d.count * d.dim) == im.n &&
			            memcmp(d.pixels, im.b + 16, (size_t)(d.count * d.dim)) == 0 &&
			            memcmp(d.labels, lb.b + 8, (size_t)d.count) == 0;
			if (!good)
				bad++, fprintf(stderr, "\n  round %d: accepted %lld %lldx%lld images (%zu and %zu bytes%s)\n", round,
				               (long long)d.count, (long long)d.rows, (long long)d.cols, im.n, lb.n,
				               gz ? ", gzipped" : "");
			data_free(&d);
		} else {
			refused++;
			if (want || !refused_well(err, pi, pl, &d))
				bad++, fprintf(stderr, "\n  round %d: refused%s with \"%s\"\n", round,
				               want ? " a well-formed pair" : "", err);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	/* both branches ran: damage confined to pixels and labels is accepted */
	CU_ASSERT(accepted > ROUNDS / 10);
	CU_ASSERT(refused > ROUNDS / 2);

	/* the compressed stream itself */
	const char *gi = unit_in_dir(dir, "fuzz-good-images.gz"), *gl = unit_in_dir(dir, "fuzz-good-labels.gz");
	write_gz(gi, im0, ni);
	write_gz(gl, lb0, nl);
	size_t nzi, nzl;
	unsigned char *zi = unit_slurp(gi, &nzi), *zl = unit_slurp(gl, &nzl);
	Mutant zim = {malloc(2 * nzi + 256), 0, 2 * nzi + 256, 16}, zlb = {malloc(2 * nzl + 256), 0, 2 * nzl + 256, 8};
	accepted = refused = bad = 0;
	for (int round = 0; round < GZ_ROUNDS; round++) {
		memcpy(zim.b, zi, nzi);
		zim.n = nzi;
		memcpy(zlb.b, zl, nzl);
		zlb.n = nzl;
		int which = rand_r(&seed) % 3;
		if (which != 1)
			idx_mutate(&zim, false, &seed);
		if (which != 0)
			idx_mutate(&zlb, false, &seed);
		unit_write(pi, zim.b, zim.n);
		unit_write(pl, zlb.b, zlb.n);
		Dataset d;
		memset(&d, 0x5a, sizeof d);
		char err[512] = "";
		if (data_load(pi, pl, &d, err, sizeof err)) {
			accepted++;
			bool same = dataset_sane(&d, pl) && d.count == N && d.rows == R && d.cols == C &&
			            memcmp(d.pixels, im0 + 16, N * R * C) == 0 && memcmp(d.labels, lb0 + 8, N) == 0;
			if (!same)
				bad++, fprintf(stderr, "\n  gzip round %d: different data accepted\n", round);
			data_free(&d);
		} else {
			refused++;
			if (!refused_well(err, pi, pl, &d))
				bad++, fprintf(stderr, "\n  gzip round %d: refused with \"%s\"\n", round, err);
		}
	}
	CU_ASSERT_EQUAL(bad, 0);
	CU_ASSERT(refused > GZ_ROUNDS / 2);
	free(zi);
	free(zl);
	free(zim.b);
	free(zlb.b);
	free(im.b);
	free(lb.b);
}

/* ---- the real data ---- */

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* EIC_MNIST_DIR, else ../shared/data/mnist beside the source tree ($srcdir, which may
 * be relative to the current directory, or when it is not set the tree this binary
 * was configured from), else data/mnist where scripts/fetch-mnist puts it by
 * default. Missing data is a failure, not a skip: CI must not pass without having
 * read real MNIST. */
static void test_mnist(void)
{
	char path[4096] = "";
	const char *env = getenv("EIC_MNIST_DIR"), *srcdir = getenv("srcdir");
	if (env && *env)
		snprintf(path, sizeof path, "%s", env);
	else {
		snprintf(path, sizeof path, "%s/../shared/data/mnist", srcdir && *srcdir ? srcdir : EIC_TOP_SRCDIR);
		if (!is_dir(path))
			snprintf(path, sizeof path, "data/mnist");
	}
	if (!is_dir(path)) {
		fprintf(stderr, "\n  no MNIST data: run scripts/fetch-mnist DIR and set EIC_MNIST_DIR=DIR "
		                "(looked in EIC_MNIST_DIR, $srcdir/../shared/data/mnist and data/mnist)\n");
		CU_FAIL_FATAL("no MNIST data: run scripts/fetch-mnist, or set EIC_MNIST_DIR");
	}
	Dataset d;
	char err[1024] = "";
	bool ok = data_load_split(path, "t10k", &d, err, sizeof err);
	if (!ok)
		fprintf(stderr, "\n  %s\n", err);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_EQUAL(d.count, 10000);
	CU_ASSERT_EQUAL(d.rows, 28);
	CU_ASSERT_EQUAL(d.cols, 28);
	CU_ASSERT_EQUAL(d.dim, 784);
	CU_ASSERT_EQUAL(d.labels[0], 7);
	int per_class[10] = {0};
	for (int64_t i = 0; i < d.count; i++)
		if (d.labels[i] < 10)
			per_class[d.labels[i]]++;
	int total = 0;
	for (int c = 0; c < 10; c++) {
		CU_ASSERT(per_class[c] > 800); /* every digit is there, about 1000 times */
		total += per_class[c];
	}
	CU_ASSERT_EQUAL(total, 10000);
	CU_ASSERT_TRUE(data_check_labels(&d, "t10k", 10, err, sizeof err));
	CU_ASSERT_FALSE(data_check_labels(&d, "t10k", 9, err, sizeof err));
	data_free(&d);
}

void add_data_tests(void)
{
	CU_pSuite s = CU_add_suite("data", setup, teardown);
	CU_add_test(s, "raw IDX files load", test_raw);
	CU_add_test(s, "gzipped IDX files load", test_gzip);
	CU_add_test(s, "a larger file, read over several buffer growths", test_large);
	CU_add_test(s, "a split found in a directory, raw or .gz", test_split);
	CU_add_test(s, "every truncation is refused", test_truncated);
	CU_add_test(s, "a byte past the end is refused", test_trailing);
	CU_add_test(s, "wrong magic numbers", test_magic);
	CU_add_test(s, "absurd sizes allocate nothing", test_absurd);
	CU_add_test(s, "images and labels of different counts", test_counts_differ);
	CU_add_test(s, "a label out of range", test_label_range);
	CU_add_test(s, "a missing file and a directory", test_not_files);
	CU_add_test(s, "a damaged gzip stream is an error, not a crash", test_corrupt_gzip);
	CU_add_test(s, "gzip members: each whole, nothing after the last", test_gzip_members);
	CU_add_test(s, "4000 random mutations of a pair, raw and gzipped; 2000 of gzip streams", test_random_mutations);
	CU_add_test(s, "the real MNIST test set", test_mnist);
}
