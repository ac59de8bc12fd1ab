/* test_outfile.c: outputs appear whole or not at all. */
#include "unit.h"
#include "outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static int setup(void)
{
	return unit_tmpdir_open(dir, "outfile");
}

static int teardown(void)
{
	return unit_tmpdir_close(dir);
}

static void test_commit_replaces(void)
{
	char path[128], buf[32] = "";
	snprintf(path, sizeof path, "%s/out.txt", dir);
	FILE *f = fopen(path, "w");
	fputs("old", f);
	fclose(f);

	OutFile *o = outfile_open(path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(o);
	fputs("new contents", outfile_stream(o));
	f = fopen(path, "r");
	CU_ASSERT_PTR_NOT_NULL(fgets(buf, sizeof buf, f)); /* the old file is intact until commit */
	fclose(f);
	CU_ASSERT_STRING_EQUAL(buf, "old");
	CU_ASSERT_EQUAL(outfile_commit(o), 0);
	f = fopen(path, "r");
	CU_ASSERT_PTR_NOT_NULL(fgets(buf, sizeof buf, f));
	fclose(f);
	CU_ASSERT_STRING_EQUAL(buf, "new contents");
	CU_ASSERT_EQUAL(unit_entries(dir), 1);

	struct stat st;
	mode_t mask = umask(0);
	umask(mask);
	CU_ASSERT_EQUAL(stat(path, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0666 & ~mask);
	unlink(path);
}

static void test_abort_leaves_nothing(void)
{
	char path[128];
	snprintf(path, sizeof path, "%s/never.txt", dir);
	OutFile *o = outfile_open(path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(o);
	fputs("partial", outfile_stream(o));
	outfile_abort(o);
	CU_ASSERT_EQUAL(unit_entries(dir), 0);
}

static void test_missing_directory(void)
{
	char path[128];
	snprintf(path, sizeof path, "%s/no/such/dir/out", dir);
	errno = 0;
	CU_ASSERT_PTR_NULL(outfile_open(path));
	CU_ASSERT_EQUAL(errno, ENOENT);
}

static bool write_text(FILE *fp, const void *ctx)
{
	return fputs(ctx, fp) >= 0;
}

static bool write_then_fail(FILE *fp, const void *ctx)
{
	fputs(ctx, fp);
	errno = ENOSPC;
	return false;
}

static void test_write_whole(void)
{
	char path[128], want[192], err[256] = "";
	snprintf(path, sizeof path, "%s/whole.txt", dir);
	CU_ASSERT_EQUAL(outfile_write(path, write_text, "all of it", err, sizeof err), 0);
	size_t n;
	unsigned char *got = unit_slurp(path, &n);
	CU_ASSERT(n == 9 && memcmp(got, "all of it", 9) == 0);
	free(got);
	unlink(path);

	/* a failed write: "PATH: REASON", and neither the output nor a temporary */
	CU_ASSERT_EQUAL(outfile_write(path, write_then_fail, "partial", err, sizeof err), -1);
	snprintf(want, sizeof want, "%s: %s", path, strerror(ENOSPC));
	CU_ASSERT_STRING_EQUAL(err, want);
	CU_ASSERT_EQUAL(unit_entries(dir), 0);

	snprintf(path, sizeof path, "%s/no/such/dir/out", dir);
	CU_ASSERT_EQUAL(outfile_write(path, write_text, "x", err, sizeof err), -1);
	snprintf(want, sizeof want, "%s: %s", path, strerror(ENOENT));
	CU_ASSERT_STRING_EQUAL(err, want);
}

void add_outfile_tests(void)
{
	CU_pSuite s = CU_add_suite("outfile", setup, teardown);
	CU_add_test(s, "commit replaces the target whole", test_commit_replaces);
	CU_add_test(s, "abort leaves no file", test_abort_leaves_nothing);
	CU_add_test(s, "a directory that does not exist", test_missing_directory);
	CU_add_test(s, "outfile_write: all of it, or a one-line error and nothing", test_write_whole);
}
