/* util.h: process-wide helpers: allocation that cannot fail silently, and die() for bugs. */
#ifndef EIC_UTIL_H
#define EIC_UTIL_H

#include <stdbool.h>
#include <stddef.h>

/* die: an internal bug (never bad input): prints where and why, then aborts. */
#define die(...) util_die(__FILE__, __LINE__, __VA_ARGS__)
_Noreturn void util_die(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Allocation that exits with "out of memory" instead of returning NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);

/* Writes a one-line message to err (at most n bytes) and returns false: the way
 * every reader of outside input reports why it refused it. */
bool util_fail(char *err, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Opens path for reading without waiting for a writer when it is a FIFO (O_NONBLOCK,
 * cleared again once open), and fills *st. Returns the descriptor, or -1 with
 * "PATH: REASON" in err. Which kinds of file to accept is the caller's decision. */
struct stat;
int util_open_read(const char *path, struct stat *st, char *err, size_t n);

/* The kind of a non-regular file, for messages: "a FIFO", "a directory", ... */
const char *util_file_kind(unsigned mode);

/* The name the running program reports itself under ("eicc", "eicrun"). */
extern const char *util_progname;

#endif
