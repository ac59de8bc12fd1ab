/* test_diag.c: diagnostic text: position, quoted line, underline, counts. */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

typedef struct Capture {
	Diag d;
	FILE *out;
	char *text;
	size_t len;
} Capture;

static void capture_open(Capture *c, const char *src)
{
	c->out = open_memstream(&c->text, &c->len);
	diag_init(&c->d, "f.eic", src, strlen(src), c->out);
}

static const char *capture_close(Capture *c)
{
	fclose(c->out);
	diag_free(&c->d);
	return c->text;
}

static Loc at(int line, int col, int end)
{
	return (Loc){line, col, line, end};
}

static void test_caret_and_underline(void)
{
	Capture c;
	capture_open(&c, "network n {\n    dence 2048;\n}\n");
	diag_error(&c.d, at(2, 5, 9), "unknown layer '%s'", "dence");
	CU_ASSERT_STRING_EQUAL(capture_close(&c),
	                       "f.eic:2:5: error: unknown layer 'dence'\n"
	                       "    2 |     dence 2048;\n"
	                       "      |     ^~~~~\n");
	CU_ASSERT_EQUAL(c.d.nerr, 1);
	free(c.text);
}

static void test_tabs_keep_alignment(void)
{
	Capture c;
	capture_open(&c, "\t\tdense x;");
	diag_error(&c.d, at(1, 9, 9), "bad");
	CU_ASSERT_STRING_EQUAL(capture_close(&c),
	                       "f.eic:1:9: error: bad\n"
	                       "    1 | \t\tdense x;\n"
	                       "      | \t\t      ^\n");
	free(c.text);
}

static void test_past_end_of_line_and_no_position(void)
{
	Capture c;
	capture_open(&c, "dense 10");
	diag_error(&c.d, at(1, 9, 9), "expected ';'");
	diag_error(&c.d, (Loc){0}, "no train section");
	CU_ASSERT_STRING_EQUAL(capture_close(&c),
	                       "f.eic:1:9: error: expected ';'\n"
	                       "    1 | dense 10\n"
	                       "      |         ^\n"
	                       "f.eic: error: no train section\n");
	free(c.text);
}

static void test_control_bytes_are_shown_as_question_marks(void)
{
	Capture c;
	capture_open(&c, "a\001b");
	diag_error(&c.d, at(1, 2, 2), "unexpected byte");
	CU_ASSERT_PTR_NOT_NULL(strstr(capture_close(&c), "    1 | a?b\n      |  ^\n"));
	free(c.text);
}

static void test_warnings_werror_and_notes(void)
{
	Capture c;
	capture_open(&c, "x\n");
	diag_warning(&c.d, at(1, 1, 1), "wasteful");
	diag_note(&c.d, at(1, 1, 1), "because");
	c.d.no_warnings = true;
	diag_warning(&c.d, at(1, 1, 1), "hidden");
	diag_note(&c.d, at(1, 1, 1), "hidden note");
	c.d.no_warnings = false;
	c.d.werror = true;
	diag_warning(&c.d, at(1, 1, 1), "now an error");
	const char *t = capture_close(&c);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "f.eic:1:1: warning: wasteful\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "f.eic:1:1: note: because\n"));
	CU_ASSERT_PTR_NULL(strstr(t, "hidden"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "f.eic:1:1: error: now an error [-Werror]\n"));
	CU_ASSERT_EQUAL(c.d.nwarn, 1);
	CU_ASSERT_EQUAL(c.d.nerr, 1);
	free(c.text);
}

static void test_error_limit(void)
{
	Capture c;
	capture_open(&c, "x\n");
	c.d.max_errors = 3;
	for (int i = 0; i < 10; i++)
		diag_error(&c.d, (Loc){0}, "e%d", i);
	diag_summary(&c.d);
	const char *t = capture_close(&c);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "e2\n"));
	CU_ASSERT_PTR_NULL(strstr(t, "e3\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "too many errors"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "10 errors generated.\n"));
	free(c.text);
}

static void test_closest(void)
{
	static const char *const words[] = {"input", "dense", "binary", "permute", NULL};
	CU_ASSERT_STRING_EQUAL(diag_closest("dence", words), "dense");
	CU_ASSERT_STRING_EQUAL(diag_closest("premute", words), "permute");
	CU_ASSERT_STRING_EQUAL(diag_closest("binray", words), "binary");
	CU_ASSERT_PTR_NULL(diag_closest("conv", words));
	CU_ASSERT_PTR_NULL(diag_closest("x", words));
}

/* One message repeated is printed max_same times, then counted; warnings stop
 * after max_warnings like errors after max_errors. */
static void test_repeated_messages_are_capped(void)
{
	Capture c;
	capture_open(&c, "x\n");
	for (int i = 0; i < 100000; i++)
		diag_warning(&c.d, at(1, 1, 1), "same %d", 7);
	diag_warning(&c.d, at(1, 1, 1), "other");
	for (int i = 0; i < 3; i++)
		diag_error(&c.d, at(1, 1, 1), "wrong");
	diag_summary(&c.d);
	const char *t = capture_close(&c);
	CU_ASSERT(strlen(t) < 2000);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "f.eic:1:1: warning: other\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "f.eic: note: ... and 99990 more warnings: same 7\n"));
	CU_ASSERT_PTR_NULL(strstr(t, "more errors"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "3 errors and 100001 warnings generated.\n"));
	free(c.text);

	capture_open(&c, "x\n");
	c.d.max_warnings = 5;
	for (int i = 0; i < 1000; i++)
		diag_warning(&c.d, (Loc){0}, "w%d", i);
	diag_summary(&c.d);
	t = capture_close(&c);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "w4\n"));
	CU_ASSERT_PTR_NULL(strstr(t, "w5\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "f.eic: warning: too many warnings; not showing the rest\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "1000 warnings generated.\n"));
	free(c.text);
}

/* A long line is quoted as a window around the column, cut with "...", and an
 * underline that runs past the line (a range over two lines) stops at its end. */
static void test_long_lines_are_cut(void)
{
	enum { N = 100000 };
	char *src = malloc(N + 8);
	memset(src, 'a', N);
	memcpy(src + N, "\nbb\n", 5);
	Capture c;
	capture_open(&c, src);
	diag_error(&c.d, at(1, 50000, 50003), "here");
	diag_error(&c.d, (Loc){2, 1, 3, 1}, "two lines");
	const char *text = capture_close(&c);
	CU_ASSERT(strlen(text) < 600);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "    1 | ...aaa"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "aaa...\n      |    "));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, " ^~~~\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "f.eic:2:1: error: two lines\n    2 | bb\n      | ^~\n"));
	free(c.text);
	free(src);
}

void add_diag_tests(void)
{
	CU_pSuite s = CU_add_suite("diag", NULL, NULL);
	CU_add_test(s, "caret and underline", test_caret_and_underline);
	CU_add_test(s, "tabs keep the caret aligned", test_tabs_keep_alignment);
	CU_add_test(s, "past the end of a line; no position", test_past_end_of_line_and_no_position);
	CU_add_test(s, "control bytes in the quoted line", test_control_bytes_are_shown_as_question_marks);
	CU_add_test(s, "warnings, -Werror, -w and notes", test_warnings_werror_and_notes);
	CU_add_test(s, "error limit", test_error_limit);
	CU_add_test(s, "long lines are cut around the column", test_long_lines_are_cut);
	CU_add_test(s, "repeated messages are capped", test_repeated_messages_are_capped);
	CU_add_test(s, "did-you-mean", test_closest);
}
