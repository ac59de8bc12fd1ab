/* outfile.h: write an output file atomically, and refuse an output that is one of
 * the run's inputs.
 *
 * What happens to the target depends on what it is now:
 *
 * - a regular file, or a name that does not exist yet: replaced whole. The data go to
 *   an unnamed temporary file in the target's directory (Linux O_TMPFILE), which gets
 *   a name only at outfile_commit, to be renamed over the target at once; a run killed
 *   before then leaves nothing. Where the filesystem has no O_TMPFILE, the temporary
 *   is "TARGET.tmp.XXXXXX", locked (flock) while its writer lives, and the next write
 *   of the same target removes any such file no live writer holds.
 * - a symbolic link: followed; the file it names is replaced and the link stays. One
 *   that names no file (dangling) is refused.
 * - a character device or a FIFO (/dev/null, /dev/stdout, a pipe): written directly,
 *   as a plain open would; it cannot be replaced, only written, so the output is not
 *   atomic there. A FIFO with no reader is refused rather than waited on for ever.
 * - anything else (a directory, a block device, a socket): refused, left as it is.
 *
 * Errors are one line, "PATH: REASON". */
#ifndef EIC_OUTFILE_H
#define EIC_OUTFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct OutFile OutFile;

/* Opens the output `path`; NULL with "PATH: REASON" in err on failure.
 * The caller owns the result and must pass it to outfile_commit or outfile_abort. */
OutFile *outfile_open(const char *path, char *err, size_t errlen);
FILE *outfile_stream(OutFile *f);
/* Flushes, syncs and renames (or, written directly, flushes and closes); returns 0,
 * or -1 with "PATH: REASON" in err, and then the temporary is removed. Frees f
 * either way. */
int outfile_commit(OutFile *f, char *err, size_t errlen);
/* Removes the temporary file and frees f. */
void outfile_abort(OutFile *f);

/* A growing output, written line by line as a run goes (--metrics), so not atomic:
 * a regular file or a new name is opened as fopen(path, append ? "a" : "w") would;
 * a device or FIFO is written into and anything else refused, as by outfile_open
 * (a FIFO with no reader too). NULL with "PATH: REASON" in err on failure. */
FILE *outfile_open_log(const char *path, bool append, char *err, size_t errlen);

/* Fills the stream with a whole output; false (errno set by the failed write) stops. */
typedef bool OutfileWriter(FILE *fp, const void *ctx);
/* The whole life of one output: open, write(fp, ctx), commit, or abort on a failed
 * write. Returns 0, or -1 with "PATH: REASON" (strerror of the failing call) in err,
 * and then nothing is left at or beside path. */
int outfile_write(const char *path, OutfileWriter *write, const void *ctx, char *err, size_t errlen);

/* A file of one run, and how a message names it: for an output the option that gave
 * it ("-o", "--metrics"), for an input what it is ("the input file", "the program").
 * A NULL path is a file the run does not have, and is skipped. */
typedef struct OutfileRole {
	const char *path;
	const char *name;
} OutfileRole;

/* Whether writing `output` would replace or write into `input`: the same regular file
 * by identity (device and inode), so another spelling, a symbolic or a hard link of
 * it counts; or, when either does not exist yet, the same name in the same directory.
 * Two names of one device or FIFO (/dev/null twice) are not a conflict. */
bool outfile_same(const char *output, const char *input);

/* Checks one output against the inputs it must not replace (and the other outputs,
 * named as inputs: "the checkpoint"). false with "OUT PATH is IN" in err ("-o F.eic
 * is the input file"): both programs treat that as bad usage, exit status 2. */
bool outfile_distinct(const OutfileRole *out, const OutfileRole *in, size_t nin, char *err, size_t errlen);

/* Flushes and closes standard output; false with "standard output: REASON" in err
 * when anything written to it was lost (a full disk, a closed pipe). */
bool outfile_close_stdout(char *err, size_t errlen);

#endif
