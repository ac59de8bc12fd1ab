/* diag.c: printing diagnostics with the quoted source line and an underline. */
#include "diag.h"
#include "util.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

enum {
	QUOTE_MAX = 160,     /* bytes of a long source line quoted around the column */
	DIAG_TEXT_MAX = 1024, /* bytes of a message; longer ones are cut */
	DIAG_GROUPS = 256,    /* distinct messages counted for max_same */
};

typedef enum { SEV_ERROR, SEV_WARNING, SEV_NOTE, SEV__COUNT } Severity;

static const char *const sev_name[SEV__COUNT] = {"error", "warning", "note"};

void diag_init(Diag *d, const char *path, const char *src, size_t len, FILE *out)
{
	memset(d, 0, sizeof *d);
	d->path = path;
	d->src = src;
	d->len = len;
	d->out = out;
	d->max_errors = 100;
	d->max_warnings = 100;
	d->max_same = 10;
}

void diag_free(Diag *d)
{
	free(d->line_start);
	d->line_start = NULL;
	d->nlines = 0;
	for (int i = 0; i < d->ngroups; i++)
		free(d->groups[i].text);
	free(d->groups);
	d->groups = NULL;
	d->ngroups = 0;
}

/* A line ends at "\n", "\r\n" or a lone "\r": the lexer counts lines the same way. */
static void index_lines(Diag *d)
{
	if (d->line_start)
		return;
	int cap = 64;
	d->line_start = xmalloc(cap * sizeof *d->line_start);
	d->line_start[d->nlines++] = 0;
	for (size_t i = 0; i < d->len; i++) {
		if (d->src[i] != '\n' && (d->src[i] != '\r' || (i + 1 < d->len && d->src[i + 1] == '\n')))
			continue;
		if (d->nlines == cap) {
			cap *= 2;
			d->line_start = xrealloc(d->line_start, cap * sizeof *d->line_start);
		}
		d->line_start[d->nlines++] = i + 1;
	}
}

bool diag_line(Diag *d, int line, size_t *start, size_t *stop)
{
	index_lines(d);
	if (line < 1 || line > d->nlines)
		return false;
	size_t b = d->line_start[line - 1], e = b;
	while (e < d->len && d->src[e] != '\n' && d->src[e] != '\r')
		e++;
	*start = b;
	*stop = e;
	return true;
}

static bool continuation(unsigned char c)
{
	return c >= 0x80 && c < 0xc0;
}

/* Quotes source line `line` and underlines columns [col, end] (1-based, inclusive;
 * end < 0: to the end of the line). A line longer than QUOTE_MAX bytes is shown as
 * the QUOTE_MAX bytes around col, with "..." where it was cut. */
static void quote(Diag *d, int line, int col, int end)
{
	size_t start, stop;
	if (!diag_line(d, line, &start, &stop))
		return;
	size_t len = stop - start;
	if (end < 0)
		end = (int)(len < (size_t)INT_MAX ? len : (size_t)INT_MAX);
	if (end < col)
		end = col;
	size_t from = start, to = stop; /* the bytes shown */
	if (len > QUOTE_MAX) {
		size_t at = (size_t)col - 1 < len ? start + (size_t)col - 1 : stop;
		from = at - start > QUOTE_MAX / 2 ? at - QUOTE_MAX / 2 : start;
		while (from > start && from < stop && continuation((unsigned char)d->src[from]))
			from--;
		to = stop - from > QUOTE_MAX ? from + QUOTE_MAX : stop;
		while (to < stop && continuation((unsigned char)d->src[to]))
			to++;
		if ((size_t)end > to - start + 1)
			end = (int)(to - start + 1) > col ? (int)(to - start + 1) : col;
	}
	int width = 4;
	for (int n = line; n >= 10000; n /= 10)
		width++;
	const char *cut = from > start ? "..." : "";
	fprintf(d->out, " %*d | %s", width, line, cut);
	for (size_t i = from; i < to; i++) {
		unsigned char c = (unsigned char)d->src[i];
		fputc(c == '\t' || c >= 0x80 || (c >= 0x20 && c != 0x7f) ? c : '?', d->out);
	}
	fprintf(d->out, "%s\n %*s | %*s", to < stop ? "..." : "", width, "", (int)strlen(cut), "");
	for (int c = (int)(from - start) + 1; c <= end; c++) {
		size_t i = start + (size_t)c - 1;
		unsigned char ch = i < stop ? (unsigned char)d->src[i] : ' ';
		if (continuation(ch))
			continue; /* a UTF-8 continuation byte takes no column on screen */
		if (c < col)
			fputc(ch == '\t' ? '\t' : ' ', d->out);
		else
			fputc(c == col ? '^' : '~', d->out);
	}
	fputc('\n', d->out);
}

/* The group of messages with this text and label, made when there is room; NULL
 * when the table is full (the message is then only under the totals' limits). */
static DiagGroup *group_of(Diag *d, const char *label, const char *text)
{
	for (int i = 0; i < d->ngroups; i++)
		if (d->groups[i].label == label && strcmp(d->groups[i].text, text) == 0)
			return &d->groups[i];
	if (d->ngroups == DIAG_GROUPS)
		return NULL;
	if (!d->groups)
		d->groups = xcalloc(DIAG_GROUPS, sizeof *d->groups);
	DiagGroup *g = &d->groups[d->ngroups++];
	g->label = label;
	size_t n = strlen(text) + 1;
	g->text = memcpy(xmalloc(n), text, n);
	return g;
}

static void report(Diag *d, Severity sev, Loc loc, const char *fmt, va_list ap)
{
	bool as_error = sev == SEV_ERROR || (sev == SEV_WARNING && d->werror);
	const char *label = sev_name[as_error ? SEV_ERROR : sev];
	char text[DIAG_TEXT_MAX];
	vsnprintf(text, sizeof text, fmt, ap);
	if (sev == SEV_NOTE) {
		if (!d->shown)
			return;
	} else if (sev == SEV_WARNING && d->no_warnings) {
		d->shown = false;
		return;
	} else {
		if (as_error)
			d->nerr++;
		else
			d->nwarn++;
		d->shown = false;
		DiagGroup *g = d->max_same ? group_of(d, label, text) : NULL;
		if (g && ++g->count > d->max_same)
			return;
		int *shown = as_error ? &d->shown_errors : &d->shown_warnings;
		int max = as_error ? d->max_errors : d->max_warnings;
		if (max && *shown >= max) {
			if (*shown == max)
				fprintf(d->out, as_error ? "%s: error: too many errors; stopping here\n"
				                         : "%s: warning: too many warnings; not showing the rest\n", d->path);
			*shown = max + 1;
			return;
		}
		++*shown;
	}
	d->shown = true;
	if (loc.first_line > 0)
		fprintf(d->out, "%s:%d:%d: %s: %s", d->path, loc.first_line, loc.first_column, label, text);
	else
		fprintf(d->out, "%s: %s: %s", d->path, label, text);
	if (sev == SEV_WARNING && d->werror)
		fputs(" [-Werror]", d->out);
	fputc('\n', d->out);
	if (loc.first_line > 0)
		quote(d, loc.first_line, loc.first_column, loc.last_line == loc.first_line ? loc.last_column : -1);
}

#define DEFINE_REPORTER(fn, sev)                                 \
	void fn(Diag *d, Loc loc, const char *fmt, ...)          \
	{                                                        \
		va_list ap;                                      \
		va_start(ap, fmt);                               \
		report(d, sev, loc, fmt, ap);                    \
		va_end(ap);                                      \
	}
DEFINE_REPORTER(diag_error, SEV_ERROR)
DEFINE_REPORTER(diag_warning, SEV_WARNING)
DEFINE_REPORTER(diag_note, SEV_NOTE)

int diag_summary(Diag *d)
{
	for (int i = 0; i < d->ngroups; i++) {
		const DiagGroup *g = &d->groups[i];
		if (g->count > d->max_same)
			fprintf(d->out, "%s: note: ... and %d more %ss: %s\n", d->path, g->count - d->max_same, g->label,
			        g->text);
	}
	if (d->nerr && d->nwarn)
		fprintf(d->out, "%d error%s and %d warning%s generated.\n", d->nerr, d->nerr == 1 ? "" : "s",
		        d->nwarn, d->nwarn == 1 ? "" : "s");
	else if (d->nerr)
		fprintf(d->out, "%d error%s generated.\n", d->nerr, d->nerr == 1 ? "" : "s");
	else if (d->nwarn)
		fprintf(d->out, "%d warning%s generated.\n", d->nwarn, d->nwarn == 1 ? "" : "s");
	return d->nerr;
}

static size_t edit_distance(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (na > 64 || nb > 64)
		return (size_t)-1;
	size_t row[65];
	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[nb];
}

const char *diag_closest(const char *word, const char *const *cands)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	size_t limit = strlen(word) <= 3 ? 1 : strlen(word) <= 6 ? 2 : 3;
	for (; *cands; cands++) {
		size_t dist = edit_distance(word, *cands);
		if (dist < best_d) {
			best_d = dist;
			best = *cands;
		}
	}
	return best_d <= limit ? best : NULL;
}

Loc loc_span(Loc a, Loc b)
{
	return (Loc){a.first_line, a.first_column, b.last_line, b.last_column};
}
