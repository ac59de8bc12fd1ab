/* outfile.h: write an output file atomically. Data goes to a temporary file beside
 * the target and is renamed over it only on outfile_commit(), so a failed or
 * interrupted run never leaves a truncated or partial output behind. */
#ifndef EIC_OUTFILE_H
#define EIC_OUTFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct OutFile OutFile;

/* Opens a temporary file for `path`; NULL with errno set on failure.
 * The caller owns the result and must pass it to outfile_commit or outfile_abort. */
OutFile *outfile_open(const char *path);
FILE *outfile_stream(OutFile *f);
/* Flushes, syncs and renames; returns 0, or -1 with errno set (the temporary is removed).
 * Frees f either way. */
int outfile_commit(OutFile *f);
/* Removes the temporary file and frees f. */
void outfile_abort(OutFile *f);

/* Fills the stream with a whole output; false (errno set by the failed write) stops. */
typedef bool OutfileWriter(FILE *fp, const void *ctx);
/* The whole life of one output: open, write(fp, ctx), commit, or abort on a failed
 * write. Returns 0, or -1 with "PATH: REASON" (strerror of the failing call) in err,
 * and then nothing is left at or beside path. */
int outfile_write(const char *path, OutfileWriter *write, const void *ctx, char *err, size_t errlen);

#endif
