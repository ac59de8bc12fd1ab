/* util.c: allocation wrappers, the internal-bug exit, and opening input files. */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *util_progname = "eic";

void util_die(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: internal error at %s:%d: ", util_progname, file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

static void *checked(void *p)
{
	if (!p) {
		fprintf(stderr, "%s: error: out of memory\n", util_progname);
		exit(3);
	}
	return p;
}

void *xmalloc(size_t n)
{
	return checked(malloc(n ? n : 1));
}

void *xcalloc(size_t n, size_t size)
{
	return checked(calloc(n ? n : 1, size ? size : 1));
}

void *xrealloc(void *p, size_t n)
{
	return checked(realloc(p, n ? n : 1));
}

bool util_fail(char *err, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, n, fmt, ap);
	va_end(ap);
	return false;
}

int util_open_read(const char *path, struct stat *st, char *err, size_t n)
{
	/* a plain open of a FIFO waits, without end, for a writer to open it too */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		util_fail(err, n, "%s: cannot open: %s", path, strerror(errno));
		return -1;
	}
	int flags = fcntl(fd, F_GETFL);
	if (fstat(fd, st) != 0 || flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
		util_fail(err, n, "%s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

const char *util_file_kind(unsigned mode)
{
	switch (mode & S_IFMT) {
	case S_IFREG: return "a regular file";
	case S_IFDIR: return "a directory";
	case S_IFIFO: return "a FIFO or pipe";
	case S_IFCHR: return "a character device";
	case S_IFBLK: return "a block device";
	case S_IFSOCK: return "a socket";
	default: return "of an unknown kind";
	}
}
