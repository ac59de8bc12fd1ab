/* test_layout.c: the byte-layout tables of docs/prog-format.md and docs/chip-format.md
 * say what the field tables of prog.c and chip.c (container.h's CtRecord) say, so that
 * neither can change without the other.
 *
 * A record appears in a document in one of three ways, each found under a heading by
 * the index of its table there:
 *   - a table of its own, one field a row: offset, type, field (the field's name must
 *     be a word of the cell); a row "u32 × 6" lists six fields, comma-separated;
 *   - one row of a section's table, the fields in a code span in the form
 *     `u32 kind, width; f32 threshold; u32 shape[4]`, the record's size as "× 16" or
 *     "16 bytes" in the row;
 *   - one row that gives the size alone ("| 8 | M × 88 | core records |"). */
#include "unit.h"
#include "chip.h"
#include "container.h"
#include "prog.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_ROWS = 64, MAX_CELLS = 8, CELL = 1024 };

typedef enum { AS_TABLE, AS_SPAN, AS_SIZE } Form;

typedef struct Layout {
	const CtRecord *r;
	const char *doc;     /* under docs/ */
	const char *heading; /* the start of its line */
	int table;           /* the table's index under the heading */
	Form form;
	const char *at;      /* AS_SPAN, AS_SIZE: the row whose first cell this is; AS_TABLE:
	                      * the row after the fields, at the record's end (NULL: none) */
} Layout;

static const Layout layouts[] = {
	{&prog_schedule_record, "prog-format.md", "### Section 1, schedule", 0, AS_TABLE, "120"},
	{&prog_buffer_record, "prog-format.md", "### Section 1, schedule", 0, AS_SPAN, "120"},
	{&prog_stage_record, "prog-format.md", "### Section 1, schedule", 0, AS_SPAN, "120 + 20·B"},
	{&prog_param_record, "prog-format.md", "### Section 2, parameters", 0, AS_SPAN, "8"},
	{&prog_training_record, "prog-format.md", "### Section 3, training defaults", 0, AS_TABLE, NULL},
	{&chip_params_record, "chip-format.md", "### 3.1 Section 1, chip", 0, AS_TABLE, NULL},
	{&chip_core_record, "chip-format.md", "### 3.2 Section 2, cores", 0, AS_SIZE, "8"},
	{&chip_core_record, "chip-format.md", "### 3.2 Section 2, cores", 1, AS_TABLE, NULL},
	{&chip_buffer_record, "chip-format.md", "### 3.3 Section 3, buffers", 0, AS_SPAN, "8"},
	{&chip_insn_record, "chip-format.md", "### 3.4 Section 4, program", 0, AS_SPAN, "8"},
	{&chip_table_record, "chip-format.md", "### 3.6 Section 6, tables", 0, AS_SPAN, "8"},
	{&chip_neuron_record, "chip-format.md", "### 3.6 Section 6, tables", 1, AS_SPAN, "1"},
	{&chip_gather_record, "chip-format.md", "### 3.8 Section 8, gathers", 0, AS_SPAN, "8"},
};

typedef struct Row {
	int ncells;
	char cell[MAX_CELLS][CELL];
} Row;

/* One field as the record's table has it. */
typedef struct Want {
	size_t offset;
	char type[32]; /* "u32", "u32[2]" */
	const char *name;
} Want;

static void trim(char *s)
{
	size_t a = 0, n = strlen(s);
	while (s[a] == ' ')
		a++;
	while (n > a && s[n - 1] == ' ')
		n--;
	memmove(s, s + a, n - a);
	s[n - a] = '\0';
}

/* The document, NUL-terminated; $srcdir under make check, else the configured tree. */
static char *read_doc(const char *name)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];
	snprintf(path, sizeof path, "%s/docs/%s", srcdir && *srcdir ? srcdir : EIC_TOP_SRCDIR, name);
	size_t n;
	unsigned char *p = unit_slurp(path, &n);
	p[n] = '\0';
	return (char *)p;
}

static void split_row(const char *line, size_t len, Row *row)
{
	row->ncells = 0;
	const char *p = line + 1, *end = line + len; /* past the leading | */
	while (p < end && row->ncells < MAX_CELLS) {
		const char *bar = memchr(p, '|', (size_t)(end - p));
		if (!bar)
			break;
		size_t k = (size_t)(bar - p) < CELL - 1 ? (size_t)(bar - p) : CELL - 1;
		memcpy(row->cell[row->ncells], p, k);
		row->cell[row->ncells][k] = '\0';
		trim(row->cell[row->ncells++]);
		p = bar + 1;
	}
}

/* The body rows of table `k` under the heading (up to the next heading); -1 when the
 * heading or the table is not there. */
static int doc_table(const char *doc, const char *heading, int k, Row *rows)
{
	const char *line = doc;
	size_t hl = strlen(heading);
	while (line && strncmp(line, heading, hl) != 0)
		line = (line = strchr(line, '\n')) ? line + 1 : NULL;
	if (!line)
		return -1;
	int table = -1, n = 0, in_table = 0, nline = 0;
	for (line = strchr(line, '\n'); line && line[1] && line[1] != '#'; line = strchr(line + 1, '\n')) {
		const char *s = line + 1, *e = strchr(s, '\n');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		if (s[0] != '|') {
			in_table = 0;
			continue;
		}
		if (!in_table) {
			in_table = 1;
			table++;
			nline = 0;
		}
		if (table == k && nline++ >= 2 && n < MAX_ROWS) /* after the header and the --- line */
			split_row(s, len, &rows[n++]);
	}
	return table >= k ? n : -1;
}

static void want_fields(const CtRecord *r, Want *w)
{
	size_t at = 0;
	for (size_t i = 0; i < r->nfields; i++) {
		const CtField *f = &r->fields[i];
		w[i].offset = at;
		w[i].name = f->name;
		if (f->count)
			snprintf(w[i].type, sizeof w[i].type, "%s[%u]", ct_type_name(f->type), f->count);
		else
			snprintf(w[i].type, sizeof w[i].type, "%s", ct_type_name(f->type));
		at += ct_field_size(f);
	}
}

/* name is a word of text: case aside, with no letter, digit or _ either side. */
static bool has_word(const char *text, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = text; *p; p++) {
		if (strncasecmp(p, name, n) != 0)
			continue;
		bool before = p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_');
		bool after = isalnum((unsigned char)p[n]) || p[n] == '_';
		if (!before && !after)
			return true;
	}
	return false;
}

static bool quiet; /* test_checker's mismatches are meant */

static bool mismatch(const Layout *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool mismatch(const Layout *l, const char *fmt, ...)
{
	if (quiet)
		return false;
	printf("\n  docs/%s, %s (%s record): ", l->doc, l->heading, l->r->name);
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	return false;
}

/* Bytes of one value of a documented type; 0 for one it does not know. */
static size_t type_size(const char *type)
{
	static const struct {
		const char *name;
		size_t size;
	} types[] = {{"u8", 1}, {"u16", 2}, {"u32", 4}, {"i32", 4}, {"f32", 4}, {"u64", 8}, {"name64", 64}};
	for (size_t k = 0; k < sizeof types / sizeof types[0]; k++)
		if (strcmp(type, types[k].name) == 0)
			return types[k].size;
	return 0;
}

/* A number alone in the cell, else -1 ("120 + 16·B" is not one). */
static long plain_number(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);
	return end != s && *end == '\0' ? v : -1;
}

/* The size a row states: "× S" or "S bytes"; 0 when it states none. */
static size_t stated_size(const Row *row)
{
	for (int c = 0; c < row->ncells; c++) {
		const char *x = strstr(row->cell[c], "× ");
		if (x)
			return (size_t)strtoul(x + strlen("× "), NULL, 10);
		const char *b = strstr(row->cell[c], " bytes");
		if (b) {
			while (b > row->cell[c] && isdigit((unsigned char)b[-1]))
				b--;
			return (size_t)strtoul(b, NULL, 10);
		}
	}
	return 0;
}

static bool check_table(const Layout *l, const Row *rows, int nrows)
{
	const CtRecord *r = l->r;
	Want w[64];
	want_fields(r, w);
	size_t i = 0;
	int k = 0;
	for (; k < nrows && i < r->nfields && plain_number(rows[k].cell[0]) >= 0; k++) {
		const Row *row = &rows[k];
		if (row->ncells < 3)
			return mismatch(l, "row %s has fewer than 3 cells", row->cell[0]);
		char type[CELL], names[CELL];
		snprintf(type, sizeof type, "%s", row->cell[1]);
		snprintf(names, sizeof names, "%s", row->cell[2]);
		int many = 1; /* "u32 × 6": six fields of a u32 */
		char *times = strstr(type, " × ");
		if (times) {
			many = atoi(times + strlen(" × "));
			*times = '\0';
		}
		char *name = names;
		for (int j = 0; j < many; j++, i++) {
			if (i == r->nfields)
				return mismatch(l, "the document has a field more: %s", row->cell[2]);
			char *comma = many > 1 ? strchr(name, ',') : NULL;
			if (comma)
				*comma = '\0';
			trim(name);
			size_t at = (size_t)plain_number(row->cell[0]) + (size_t)j * type_size(type);
			if (at != w[i].offset)
				return mismatch(l, "%s at offset %zu, but the record has it at %zu", w[i].name, at, w[i].offset);
			if (strcmp(type, w[i].type) != 0 || !has_word(name, w[i].name))
				return mismatch(l, "the document says \"%s %s\", the record \"%s %s\"", type, name, w[i].type,
				                w[i].name);
			name = comma ? comma + 1 : name;
		}
	}
	if (i < r->nfields)
		return mismatch(l, "the document lacks field %s (%s)", w[i].name, w[i].type);
	char end[32];
	snprintf(end, sizeof end, "%zu", ct_record_size(r));
	if (!l->at && k < nrows)
		return mismatch(l, "the document has a field more: %s", rows[k].cell[2]);
	if (l->at && (k == nrows || strcmp(rows[k].cell[0], l->at) != 0 || strncmp(l->at, end, strlen(end)) != 0))
		return mismatch(l, "the fields do not end at %s, the record's %s bytes", l->at, end);
	return true;
}

/* `u32 kind, width; f32 threshold; u32 shape[4]` against the record. */
static bool check_span(const Layout *l, const Row *row)
{
	const CtRecord *r = l->r;
	const char *open = NULL;
	for (int c = 0; c < row->ncells && !open; c++)
		open = strchr(row->cell[c], '`');
	const char *close = open ? strchr(open + 1, '`') : NULL;
	if (!close)
		return mismatch(l, "row %s has no `...` span of fields", row->cell[0]);
	char span[CELL];
	snprintf(span, sizeof span, "%.*s", (int)(close - open - 1), open + 1);
	Want w[64];
	want_fields(r, w);
	size_t i = 0;
	char *save1, *save2;
	for (char *group = strtok_r(span, ";", &save1); group; group = strtok_r(NULL, ";", &save1)) {
		trim(group);
		char *sp = strchr(group, ' ');
		if (!sp)
			return mismatch(l, "\"%s\" is not a type and names", group);
		*sp = '\0';
		for (char *name = strtok_r(sp + 1, ",", &save2); name; name = strtok_r(NULL, ",", &save2), i++) {
			trim(name);
			if (i == r->nfields)
				return mismatch(l, "the document has a field more: %s %s", group, name);
			char got[CELL + 40], want[80];
			char *bracket = strchr(name, '[');
			if (bracket) /* shape[4]: the type u32[4] */
				snprintf(got, sizeof got, "%s%s %.*s", group, bracket, (int)(bracket - name), name);
			else
				snprintf(got, sizeof got, "%s %s", group, name);
			snprintf(want, sizeof want, "%s %s", w[i].type, w[i].name);
			if (strcmp(got, want) != 0)
				return mismatch(l, "the document says \"%s\", the record \"%s\"", got, want);
		}
	}
	if (i < r->nfields)
		return mismatch(l, "the document lacks field %s (%s)", w[i].name, w[i].type);
	return true;
}

static bool check_layout(const Layout *l)
{
	char *doc = read_doc(l->doc);
	static Row rows[MAX_ROWS];
	int n = doc_table(doc, l->heading, l->table, rows);
	free(doc);
	if (n < 0)
		return mismatch(l, "no table %d under the heading", l->table + 1);
	if (l->form == AS_TABLE)
		return check_table(l, rows, n);
	const Row *row = NULL;
	for (int k = 0; k < n && !row; k++)
		if (strcmp(rows[k].cell[0], l->at) == 0)
			row = &rows[k];
	if (!row)
		return mismatch(l, "no row at %s", l->at);
	size_t stated = stated_size(row);
	if ((stated || l->form == AS_SIZE) && stated != ct_record_size(l->r))
		return mismatch(l, "the document says %zu bytes a record, the record takes %zu", stated, ct_record_size(l->r));
	return l->form == AS_SIZE || check_span(l, row);
}

static void test_documented(void)
{
	for (size_t k = 0; k < sizeof layouts / sizeof layouts[0]; k++)
		CU_ASSERT(check_layout(&layouts[k]));
}

/* The checker finds what it must: a wrong offset, type, name or size is reported. */
static void test_checker(void)
{
	static const char doc[] = "# x\n\n### S\n\n| at | type | field |\n|---|---|---|\n"
	                          "| 0 | u32 | op |\n| 4 | u32 × 5 | in, out, a, b, c |\n\n"
	                          "| at | type | field |\n|---|---|---|\n| 8 | I × 24 | `u32 op, in, out, a, b, c` |\n";
	static Row rows[MAX_ROWS];
	quiet = true;
	Layout l = {&chip_insn_record, "test", "### S", 0, AS_TABLE, NULL};
	int n = doc_table(doc, "### S", 0, rows);
	CU_ASSERT_EQUAL_FATAL(n, 2);
	CU_ASSERT(check_table(&l, rows, n));
	snprintf(rows[1].cell[2], CELL, "in, out, a, c, b");
	CU_ASSERT(!check_table(&l, rows, n));
	snprintf(rows[1].cell[2], CELL, "in, out, a, b, c");
	snprintf(rows[1].cell[0], CELL, "8");
	CU_ASSERT(!check_table(&l, rows, n));
	snprintf(rows[1].cell[0], CELL, "4");
	snprintf(rows[1].cell[1], CELL, "u32 × 4");
	CU_ASSERT(!check_table(&l, rows, n));
	CU_ASSERT_EQUAL_FATAL(doc_table(doc, "### S", 1, rows), 1);
	l.form = AS_SPAN;
	CU_ASSERT(check_span(&l, &rows[0]));
	CU_ASSERT_EQUAL(stated_size(&rows[0]), 24);
	snprintf(rows[0].cell[2], CELL, "`u32 op, in, out, a, b; f32 c`");
	CU_ASSERT(!check_span(&l, &rows[0]));
	snprintf(rows[0].cell[2], CELL, "`u32 op, in, out, a, b`");
	CU_ASSERT(!check_span(&l, &rows[0]));
	quiet = false;
}

void add_layout_tests(void)
{
	CU_pSuite s = CU_add_suite("layout", NULL, NULL);
	CU_add_test(s, "the record tables of docs/*-format.md are the field tables", test_documented);
	CU_add_test(s, "the check finds a changed offset, type, name or count", test_checker);
}
