/* data.c: reading IDX files through zlib's gz* interface, which passes raw files
 * through unchanged, so one path reads both.
 *
 * Both headers are read and checked, and the counts compared, before either body is
 * read. The bodies are read into buffers that grow as bytes arrive rather than being
 * sized from the header: a gzipped file's length is unknown until it is decompressed,
 * and a header must not be able to ask for gigabytes the file does not have. */
#include "data.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum { FIRST_CHUNK = 1 << 20, MAX_READ = 1 << 30 };

/* One open IDX file and what its header says. */
typedef struct Idx {
	const char *path;
	const char *what; /* "images" or "labels" */
	gzFile gz;
	int fd;       /* for gzerror's "<fd:N>: " prefix */
	int64_t head; /* header bytes */
	int64_t count, rows, cols, dim;
} Idx;


static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* zlib's state after a read: Z_OK, Z_BUF_ERROR (the gzip stream ends early) or an
 * error, whose message is returned without the "<fd:N>: " zlib puts in front. */
static int gz_state(const Idx *f, const char **msg)
{
	int e;
	const char *m = gzerror(f->gz, &e);
	char prefix[32];
	int k = snprintf(prefix, sizeof prefix, "<fd:%d>: ", f->fd);
	if (m && k > 0 && strncmp(m, prefix, (size_t)k) == 0)
		m += k;
	*msg = m ? m : "";
	return e;
}

/* Reads up to n bytes, stopping early only at the end of the data or an error. */
static int64_t read_full(Idx *f, unsigned char *buf, int64_t n)
{
	int64_t got = 0;
	while (got < n) {
		int64_t want = n - got > MAX_READ ? MAX_READ : n - got;
		int k = gzread(f->gz, buf + got, (unsigned)want);
		if (k <= 0)
			break;
		got += k;
	}
	return got;
}

static bool corrupt(const Idx *f, int64_t at, const char *msg, char *err, size_t errlen)
{
	return util_fail(err, errlen, "%s: corrupt gzip data at byte %lld: %s", f->path, (long long)at, msg);
}

static bool idx_open(Idx *f, const char *path, const char *what, char *err, size_t errlen)
{
	memset(f, 0, sizeof *f);
	f->path = path;
	f->what = what;
	f->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (f->fd < 0)
		return util_fail(err, errlen, "%s: cannot open: %s", path, strerror(errno));
	/* zlib would report a directory only as a read error on the first call */
	struct stat st;
	if (fstat(f->fd, &st) != 0) {
		int e = errno;
		close(f->fd);
		return util_fail(err, errlen, "%s: %s", path, strerror(e));
	}
	if (S_ISDIR(st.st_mode)) {
		close(f->fd);
		return util_fail(err, errlen, "%s: is a directory, not an IDX file", path);
	}
	f->gz = gzdopen(f->fd, "rb");
	if (!f->gz) {
		close(f->fd);
		return util_fail(err, errlen, "%s: cannot open: out of memory", path);
	}
	gzbuffer(f->gz, 1 << 17);
	return true;
}

static void idx_close(Idx *f)
{
	if (f->gz)
		gzclose(f->gz); /* closes fd too */
	f->gz = NULL;
}

/* Reads and checks the header of an images (rank 3) or labels (rank 1) file. */
static bool idx_header(Idx *f, int rank, char *err, size_t errlen)
{
	unsigned char h[16];
	uint32_t want = rank == 3 ? DATA_IMAGES_MAGIC : DATA_LABELS_MAGIC;
	uint32_t other = rank == 3 ? DATA_LABELS_MAGIC : DATA_IMAGES_MAGIC;
	f->head = rank == 3 ? 16 : 8;
	int64_t got = read_full(f, h, f->head);
	const char *msg;
	int z = gz_state(f, &msg);
	if (z != Z_OK && z != Z_BUF_ERROR)
		return corrupt(f, got, msg, err, errlen);
	if (got == 0)
		return util_fail(err, errlen, "%s: empty file, not an IDX file", f->path);
	uint32_t magic = got >= 4 ? be32(h) : 0;
	if (got >= 4 && magic == other)
		return util_fail(err, errlen, "%s: an IDX %s file (magic 0x%08x), expected %s (0x%08x)", f->path,
		            rank == 3 ? "labels" : "images", magic, f->what, want);
	if (got >= 4 && magic != want)
		return util_fail(err, errlen, "%s: bad magic 0x%08x at byte 0, expected 0x%08x (IDX %s)", f->path, magic, want,
		            f->what);
	if (got < f->head)
		return util_fail(err, errlen, "%s: truncated: %lld of %lld header bytes", f->path, (long long)got,
		            (long long)f->head);
	uint32_t count = be32(h + 4);
	if (count == 0)
		return util_fail(err, errlen, "%s: count 0 at byte 4: the file holds no %s", f->path, f->what);
	if (count > DATA_MAX_COUNT)
		return util_fail(err, errlen, "%s: count %u at byte 4 is above the limit of %d %s", f->path, count,
		            DATA_MAX_COUNT, f->what);
	f->count = count;
	f->rows = f->cols = f->dim = 1;
	if (rank == 3) {
		uint32_t rows = be32(h + 8), cols = be32(h + 12);
		if (rows < 1 || rows > DATA_MAX_SIDE)
			return util_fail(err, errlen, "%s: rows %u at byte 8 out of range 1..%d", f->path, rows, DATA_MAX_SIDE);
		if (cols < 1 || cols > DATA_MAX_SIDE)
			return util_fail(err, errlen, "%s: cols %u at byte 12 out of range 1..%d", f->path, cols, DATA_MAX_SIDE);
		if ((uint64_t)rows * cols > DATA_MAX_DIM)
			return util_fail(err, errlen, "%s: %ux%u images (bytes 8..15) have %llu pixels, above the limit of %d",
			            f->path, rows, cols, (unsigned long long)rows * cols, DATA_MAX_DIM);
		f->rows = rows;
		f->cols = cols;
		f->dim = (int64_t)rows * cols;
	}
	return true;
}

/* Reads the count*dim bytes of the body into a buffer that grows as they arrive, then
 * makes sure nothing follows. On success the caller owns *out. */
static bool idx_body(Idx *f, uint8_t **out, char *err, size_t errlen)
{
	int64_t want = f->count * f->dim; /* at most 10^7 * 2^16: no overflow */
	int64_t cap = want < FIRST_CHUNK ? want : FIRST_CHUNK;
	uint8_t *buf = xmalloc((size_t)cap);
	int64_t got = 0;
	for (;;) {
		got += read_full(f, buf + got, cap - got);
		if (got < cap || cap == want)
			break;
		cap = cap > want / 2 ? want : cap * 2;
		buf = xrealloc(buf, (size_t)cap);
	}
	const char *msg;
	int z = gz_state(f, &msg);
	if (z != Z_OK && z != Z_BUF_ERROR) {
		free(buf);
		return corrupt(f, f->head + got, msg, err, errlen);
	}
	if (got < want) {
		free(buf);
		return util_fail(err, errlen, "%s: truncated: %lld of %lld %s%s", f->path, (long long)(got / f->dim),
		            (long long)f->count, f->what, z == Z_BUF_ERROR ? " (the gzip stream ends early)" : "");
	}
	/* One byte more: there must be none, and for a gzip file this read is also what
	 * checks the stream's CRC and length trailer. */
	unsigned char extra;
	int k = gzread(f->gz, &extra, 1);
	z = gz_state(f, &msg);
	if (k > 0) {
		free(buf);
		return util_fail(err, errlen, "%s: trailing data at byte %lld, after the %lld %s", f->path,
		            (long long)(f->head + want), (long long)f->count, f->what);
	}
	if (z == Z_BUF_ERROR) {
		free(buf);
		return util_fail(err, errlen, "%s: truncated: the gzip stream ends before its checksum", f->path);
	}
	if (k < 0 || z != Z_OK) {
		free(buf);
		return corrupt(f, f->head + want, msg, err, errlen);
	}
	*out = buf;
	return true;
}

bool data_load(const char *images_path, const char *labels_path, Dataset *d, char *err, size_t errlen)
{
	memset(d, 0, sizeof *d);
	Idx im, lb;
	if (!idx_open(&im, images_path, "images", err, errlen))
		return false;
	if (!idx_header(&im, 3, err, errlen)) {
		idx_close(&im);
		return false;
	}
	if (!idx_open(&lb, labels_path, "labels", err, errlen)) {
		idx_close(&im);
		return false;
	}
	bool ok = idx_header(&lb, 1, err, errlen);
	if (ok && lb.count != im.count)
		ok = util_fail(err, errlen, "%s: %lld labels, but %s holds %lld images", labels_path, (long long)lb.count,
		          images_path, (long long)im.count);
	uint8_t *pixels = NULL, *labels = NULL;
	ok = ok && idx_body(&im, &pixels, err, errlen);
	ok = ok && idx_body(&lb, &labels, err, errlen);
	idx_close(&im);
	idx_close(&lb);
	if (!ok) {
		free(pixels);
		return false;
	}
	d->count = im.count;
	d->rows = im.rows;
	d->cols = im.cols;
	d->dim = im.dim;
	d->pixels = pixels;
	d->labels = labels;
	d->labels_path = xmalloc(strlen(labels_path) + 1);
	strcpy(d->labels_path, labels_path);
	return true;
}

/* DIR/PREFIX-KIND, or NULL when neither it nor KIND.gz exists; the caller frees it. */
static char *find_file(const char *dir, const char *prefix, const char *kind)
{
	size_t n = strlen(dir) + strlen(prefix) + strlen(kind) + sizeof "/-.gz";
	char *p = xmalloc(n);
	struct stat st;
	snprintf(p, n, "%s/%s-%s", dir, prefix, kind);
	if (stat(p, &st) == 0)
		return p;
	snprintf(p, n, "%s/%s-%s.gz", dir, prefix, kind);
	if (stat(p, &st) == 0)
		return p;
	free(p);
	return NULL;
}

bool data_load_split(const char *dir, const char *prefix, Dataset *d, char *err, size_t errlen)
{
	memset(d, 0, sizeof *d);
	/* the message names the file wanted even when the whole directory is missing:
	 * that is what the user has to go and get */
	struct stat st;
	if (stat(dir, &st) != 0)
		return util_fail(err, errlen, "%s: no %s-images-idx3-ubyte(.gz) (%s)", dir, prefix, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return util_fail(err, errlen, "%s: no %s-images-idx3-ubyte(.gz) (not a directory)", dir, prefix);
	char *images = find_file(dir, prefix, "images-idx3-ubyte");
	if (!images)
		return util_fail(err, errlen, "%s: no %s-images-idx3-ubyte(.gz)", dir, prefix);
	char *labels = find_file(dir, prefix, "labels-idx1-ubyte");
	if (!labels) {
		free(images);
		return util_fail(err, errlen, "%s: no %s-labels-idx1-ubyte(.gz)", dir, prefix);
	}
	bool ok = data_load(images, labels, d, err, errlen);
	free(images);
	free(labels);
	return ok;
}

bool data_check_labels(const Dataset *d, const char *labels_path, int64_t classes, char *err, size_t errlen)
{
	for (int64_t i = 0; i < d->count; i++)
		if (d->labels[i] >= classes)
			return util_fail(err, errlen, "%s: label %u of item %lld is not below the program's %lld logits",
			            labels_path, d->labels[i], (long long)i, (long long)classes);
	return true;
}

void data_free(Dataset *d)
{
	free(d->pixels);
	free(d->labels);
	free(d->labels_path);
	memset(d, 0, sizeof *d);
}
