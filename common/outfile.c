/* outfile.c: temporary file + fsync + rename(2). */
#include "outfile.h"
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct OutFile {
	FILE *fp;
	char *path; /* the target */
	char *tmp;  /* the temporary beside it */
};

OutFile *outfile_open(const char *path)
{
	size_t n = strlen(path);
	OutFile *f = xcalloc(1, sizeof *f);
	f->path = xmalloc(n + 1);
	memcpy(f->path, path, n + 1);
	f->tmp = xmalloc(n + sizeof ".tmp.XXXXXX");
	memcpy(f->tmp, path, n);
	memcpy(f->tmp + n, ".tmp.XXXXXX", sizeof ".tmp.XXXXXX");
	int fd = mkstemp(f->tmp);
	/* mkstemp makes the file 0600; give the output the mode a plain open would. */
	mode_t mask = umask(0);
	umask(mask);
	if (fd < 0 || fchmod(fd, 0666 & ~mask) != 0 || !(f->fp = fdopen(fd, "wb"))) {
		int e = errno;
		if (fd >= 0) {
			close(fd);
			unlink(f->tmp);
		}
		free(f->tmp);
		free(f->path);
		free(f);
		errno = e;
		return NULL;
	}
	return f;
}

FILE *outfile_stream(OutFile *f)
{
	return f->fp;
}

static void release(OutFile *f)
{
	free(f->tmp);
	free(f->path);
	free(f);
}

int outfile_commit(OutFile *f)
{
	int ok = fflush(f->fp) == 0 && !ferror(f->fp) && fsync(fileno(f->fp)) == 0;
	int e = errno;
	if (fclose(f->fp) != 0 && ok) {
		ok = 0;
		e = errno;
	}
	if (ok && rename(f->tmp, f->path) != 0) {
		ok = 0;
		e = errno;
	}
	if (!ok)
		unlink(f->tmp);
	release(f);
	errno = e;
	return ok ? 0 : -1;
}

void outfile_abort(OutFile *f)
{
	fclose(f->fp);
	unlink(f->tmp);
	release(f);
}

/* The one form of every write error: "PATH: REASON". */
static int failed(const char *path, char *err, size_t errlen)
{
	util_fail(err, errlen, "%s: %s", path, strerror(errno));
	return -1;
}

int outfile_write(const char *path, OutfileWriter *write, const void *ctx, char *err, size_t errlen)
{
	OutFile *f = outfile_open(path);
	if (!f)
		return failed(path, err, errlen);
	if (!write(f->fp, ctx)) {
		failed(path, err, errlen); /* before abort's calls can change errno */
		outfile_abort(f);
		return -1;
	}
	if (outfile_commit(f) != 0)
		return failed(path, err, errlen);
	return 0;
}
