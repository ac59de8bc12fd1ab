/* util.c: allocation wrappers and the internal-bug exit. */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

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
