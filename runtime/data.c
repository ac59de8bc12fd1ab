/* data.c: reading IDX files, raw or gzipped (decoded with zlib's inflate, so that the
 * end of every gzip member and what follows it are checked here).
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

enum { FIRST_CHUNK = 1 << 20, IN_CHUNK = 1 << 17, OUT_CHUNK = 1 << 17 };

/* One open IDX file, its decoder and what its header says. A gzip file is read
 * member by member: each must end with its CRC and length trailer, checked by zlib
 * when inflate reports Z_STREAM_END, and what follows a member must be another one
 * (RFC 1952 allows several, and gzip(1) reads them as one stream) or the end of the
 * file; anything else is trailing junk. */
typedef struct Idx {
	const char *path;
	const char *what; /* "images" or "labels" */
	int fd;
	bool gz;          /* gzip, else raw bytes */
	bool zlive;       /* the z_stream is initialised */
	bool between;     /* a member has ended: the next byte starts another, or is the end */
	bool eof;         /* the file has nothing more to read */
	z_stream z;
	gz_header zh;     /* tells whether a member's header was complete */
	unsigned char *in, *out; /* out: decompressed, out_at of out_have bytes used */
	size_t out_at, out_have;
	int64_t in_total; /* bytes of the file read into `in` so far */
	int64_t member_out; /* bytes decompressed from the current member */
	char why[160];    /* why the last idx_read failed, without the path */
	int64_t head; /* header bytes */
	int64_t count, rows, cols, dim;
} Idx;


static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* Refills the input when it is used up; false on a read error. */
static bool fill(Idx *f)
{
	if (f->z.avail_in > 0 || f->eof)
		return true;
	ssize_t k;
	do
		k = read(f->fd, f->in, IN_CHUNK);
	while (k < 0 && errno == EINTR);
	if (k < 0) {
		snprintf(f->why, sizeof f->why, "read error: %s", strerror(errno));
		return false;
	}
	f->eof = k == 0;
	f->z.next_in = f->in;
	f->z.avail_in = (uInt)k;
	f->in_total += k;
	return true;
}

/* The position in the file of the next byte not yet consumed. */
static int64_t file_at(const Idx *f)
{
	return f->in_total - f->z.avail_in;
}

/* Starts decoding a gzip member at the next input byte. */
static bool member_start(Idx *f)
{
	int r = f->zlive ? inflateReset(&f->z) : inflateInit2(&f->z, 15 + 16);
	if (r != Z_OK) {
		snprintf(f->why, sizeof f->why, "cannot decompress: %s", r == Z_MEM_ERROR ? "out of memory" : "zlib error");
		return false;
	}
	f->zlive = true;
	memset(&f->zh, 0, sizeof f->zh);
	inflateGetHeader(&f->z, &f->zh);
	f->between = false;
	f->member_out = 0;
	return true;
}

/* Decompresses the next bytes of the stream into f->out: false with f->why set on an
 * error, true otherwise (with nothing new at the end of the stream). A member that
 * ends in what it decompresses has its trailer checked now, so a small file is
 * checked whole by the first read of its header. */
static bool inflate_more(Idx *f)
{
	f->out_at = f->out_have = 0;
	while (f->out_have == 0) {
		if (!fill(f))
			return false;
		bool end = f->eof && f->z.avail_in == 0; /* of the file */
		if (f->between) {
			if (end)
				return true;
			if (f->z.next_in[0] != 0x1f) {
				snprintf(f->why, sizeof f->why, "trailing junk at byte %lld, after the gzip stream",
				         (long long)file_at(f));
				return false;
			}
			if (!member_start(f))
				return false;
		}
		f->z.next_out = f->out;
		f->z.avail_out = OUT_CHUNK;
		int r = inflate(&f->z, Z_NO_FLUSH);
		uInt made = OUT_CHUNK - f->z.avail_out;
		f->out_have = made;
		f->member_out += made;
		if (r == Z_STREAM_END) {
			f->between = true;
		} else if (r != Z_OK && r != Z_BUF_ERROR) {
			snprintf(f->why, sizeof f->why, "corrupt gzip data at byte %lld: %s", (long long)file_at(f),
			         r == Z_MEM_ERROR ? "out of memory" : f->z.msg ? f->z.msg : "bad data");
			return false;
		} else if (made == 0 && f->eof && f->z.avail_in == 0) {
			/* the file ends inside the member: inflate can go no further */
			if (f->zh.done != 1)
				snprintf(f->why, sizeof f->why, "truncated gzip stream: %lld bytes end inside the gzip header",
				         (long long)file_at(f));
			else if (f->member_out == 0 && (f->z.data_type & (256 | 64 | 63)) == 0) /* no deflate bit taken */
				snprintf(f->why, sizeof f->why, "truncated gzip stream: a gzip header without data (%lld bytes)",
				         (long long)file_at(f));
			else
				snprintf(f->why, sizeof f->why,
				         "truncated gzip stream: it ends at byte %lld, before its CRC and length trailer",
				         (long long)file_at(f));
			return false;
		}
	}
	return true;
}

/* Reads up to n bytes of the (decompressed) data into buf: the count, less than n
 * only at the end of the data, or -1 with f->why set. */
static int64_t idx_read(Idx *f, unsigned char *buf, int64_t n)
{
	int64_t got = 0;
	while (got < n) {
		if (!f->gz) {
			if (!fill(f))
				return -1;
			if (f->eof && f->z.avail_in == 0)
				break;
			uInt k = f->z.avail_in < n - got ? f->z.avail_in : (uInt)(n - got);
			memcpy(buf + got, f->z.next_in, k);
			f->z.next_in += k;
			f->z.avail_in -= k;
			got += k;
			continue;
		}
		if (f->out_at == f->out_have) {
			if (!inflate_more(f))
				return -1;
			if (f->out_have == 0)
				break;
		}
		size_t k = f->out_have - f->out_at < (size_t)(n - got) ? f->out_have - f->out_at : (size_t)(n - got);
		memcpy(buf + got, f->out + f->out_at, k);
		f->out_at += k;
		got += (int64_t)k;
	}
	return got;
}

static bool read_failed(const Idx *f, char *err, size_t errlen)
{
	return util_fail(err, errlen, "%s: %s", f->path, f->why);
}

static void idx_close(Idx *f)
{
	if (f->zlive)
		inflateEnd(&f->z);
	f->zlive = false;
	free(f->in);
	free(f->out);
	f->in = f->out = NULL;
	if (f->fd >= 0)
		close(f->fd);
	f->fd = -1;
}

static bool idx_open(Idx *f, const char *path, const char *what, char *err, size_t errlen)
{
	memset(f, 0, sizeof *f);
	f->path = path;
	f->what = what;
	struct stat st;
	f->fd = util_open_read(path, &st, err, errlen);
	if (f->fd < 0)
		return false;
	/* a dataset is read whole, twice its size at most in memory: a FIFO, a device or
	 * a directory could block or never end */
	if (!S_ISREG(st.st_mode)) {
		close(f->fd);
		f->fd = -1;
		if (S_ISDIR(st.st_mode))
			return util_fail(err, errlen, "%s: is a directory, not an IDX file", path);
		return util_fail(err, errlen, "%s: not a regular file (%s), not an IDX file", path,
		                 util_file_kind(st.st_mode));
	}
	if (st.st_size > DATA_MAX_BYTES + 16) {
		close(f->fd);
		f->fd = -1;
		return util_fail(err, errlen, "%s: %lld bytes, above the limit of %lld for an IDX file", path,
		                 (long long)st.st_size, (long long)DATA_MAX_BYTES + 16);
	}
	f->in = xmalloc(IN_CHUNK);
	f->out = xmalloc(OUT_CHUNK);
	/* gzip or raw, by the first two bytes */
	while (f->z.avail_in < 2 && !f->eof) {
		ssize_t k;
		do
			k = read(f->fd, f->in + f->z.avail_in, IN_CHUNK - f->z.avail_in);
		while (k < 0 && errno == EINTR);
		if (k < 0) {
			int e = errno;
			idx_close(f);
			return util_fail(err, errlen, "%s: read error: %s", path, strerror(e));
		}
		f->eof = k == 0;
		f->z.avail_in += (uInt)k;
		f->in_total += k;
	}
	f->z.next_in = f->in;
	f->gz = f->z.avail_in >= 2 && f->in[0] == 0x1f && f->in[1] == 0x8b;
	if (f->gz && !member_start(f)) {
		util_fail(err, errlen, "%s: %s", path, f->why);
		idx_close(f);
		return false;
	}
	return true;
}

/* Reads and checks the header of an images (rank 3) or labels (rank 1) file. */
static bool idx_header(Idx *f, int rank, char *err, size_t errlen)
{
	unsigned char h[16];
	uint32_t want = rank == 3 ? DATA_IMAGES_MAGIC : DATA_LABELS_MAGIC;
	uint32_t other = rank == 3 ? DATA_LABELS_MAGIC : DATA_IMAGES_MAGIC;
	f->head = rank == 3 ? 16 : 8;
	int64_t got = idx_read(f, h, f->head);
	if (got < 0)
		return read_failed(f, err, errlen);
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
	if (f->count * f->dim > DATA_MAX_BYTES)
		return util_fail(err, errlen, "%s: %lld %s of %lld bytes take %lld bytes, above the limit of %lld", f->path,
		                 (long long)f->count, f->what, (long long)f->dim, (long long)(f->count * f->dim),
		                 (long long)DATA_MAX_BYTES);
	return true;
}

/* Reads the count*dim bytes of the body into a buffer that grows as they arrive, then
 * makes sure nothing follows. On success the caller owns *out. */
static bool idx_body(Idx *f, uint8_t **out, char *err, size_t errlen)
{
	int64_t want = f->count * f->dim; /* at most DATA_MAX_BYTES (idx_header) */
	int64_t cap = want < FIRST_CHUNK ? want : FIRST_CHUNK;
	uint8_t *buf = xmalloc((size_t)cap);
	int64_t got = 0;
	for (;;) {
		int64_t k = idx_read(f, buf + got, cap - got);
		if (k < 0) {
			free(buf);
			return read_failed(f, err, errlen);
		}
		got += k;
		if (got < cap || cap == want)
			break;
		cap = cap > want / 2 ? want : cap * 2;
		buf = xrealloc(buf, (size_t)cap);
	}
	if (got < want) {
		free(buf);
		return util_fail(err, errlen, "%s: truncated: %lld of %lld %s", f->path, (long long)(got / f->dim),
		            (long long)f->count, f->what);
	}
	/* One byte more: there must be none, and for a gzip file this read is also what
	 * reaches the end of the stream, its trailer checked, and what follows it. */
	unsigned char extra;
	int64_t k = idx_read(f, &extra, 1);
	if (k != 0) {
		free(buf);
		if (k < 0)
			return read_failed(f, err, errlen);
		return util_fail(err, errlen, "%s: trailing data at byte %lld, after the %lld %s", f->path,
		            (long long)(f->head + want), (long long)f->count, f->what);
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
