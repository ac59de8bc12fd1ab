/* diag.h: diagnostics for one source file, in the form
 *
 *     mnist.eic:3:5: error: unknown layer 'dence'; did you mean 'dense'?
 *         3 |     dence 2048;
 *           |     ^~~~~
 *
 * Errors and warnings are counted, never fatal: every phase reports all it finds and
 * the driver checks the count at the phase boundary. Notes attach to the error or
 * warning just before them and are shown only when it was. */
#ifndef EIC_DIAG_H
#define EIC_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A source range: 1-based lines and byte columns, last_column inclusive.
 * The field names are the ones bison's YYLLOC_DEFAULT expects.
 * first_line == 0 means "no position" (the whole file). */
typedef struct Loc {
	int first_line, first_column, last_line, last_column;
} Loc;

/* Messages of the same text and severity, counted for Diag.max_same. */
typedef struct DiagGroup {
	const char *label; /* "error" or "warning", as printed */
	char *text;
	int count;
} DiagGroup;

typedef struct Diag {
	const char *path; /* as the user named it: printed, never opened */
	const char *src;  /* the whole source, not NUL-terminated */
	size_t len;
	FILE *out;
	bool werror;         /* warnings count as errors */
	bool no_warnings;    /* warnings are not shown */
	int max_errors;      /* stop printing errors after this many (0: no limit) */
	int max_warnings;    /* and warnings after this many (0: no limit) */
	int max_same;        /* print at most this many of one message (0: no limit); the
	                        summary says how many more there were */
	int nerr, nwarn;
	int shown_errors, shown_warnings;
	DiagGroup *groups;   /* the messages seen, for max_same */
	int ngroups;
	bool shown;          /* whether the last error/warning was printed */
	size_t *line_start;  /* offset of each line, built on first use */
	int nlines;
} Diag;

void diag_init(Diag *d, const char *path, const char *src, size_t len, FILE *out);
void diag_free(Diag *d);

void diag_error(Diag *d, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_warning(Diag *d, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_note(Diag *d, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Prints "... and N more warnings: TEXT" for each message repeated more than
 * max_same times, then "2 errors and 1 warning generated." when there was
 * anything; returns nerr. */
int diag_summary(Diag *d);

/* The candidate closest to `word` by edit distance, if close enough to be a likely
 * typo; NULL otherwise. `cands` ends with NULL. */
const char *diag_closest(const char *word, const char *const *cands);

/* The byte offsets [start, stop) of source line `line`, its line end excluded; false
 * when there is no such line. Lines end at "\n", "\r\n" or a lone "\r". */
bool diag_line(Diag *d, int line, size_t *start, size_t *stop);

/* A location spanning from a to b. */
Loc loc_span(Loc a, Loc b);

#endif
