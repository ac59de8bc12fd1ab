/* test_outfile.c: outputs appear whole or not at all. */
#include "unit.h"
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
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
	char path[128], buf[32] = "", err[256];
	snprintf(path, sizeof path, "%s/out.txt", dir);
	FILE *f = fopen(path, "w");
	fputs("old", f);
	fclose(f);

	OutFile *o = outfile_open(path, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(o);
	fputs("new contents", outfile_stream(o));
	f = fopen(path, "r");
	CU_ASSERT_PTR_NOT_NULL(fgets(buf, sizeof buf, f)); /* the old file is intact until commit */
	fclose(f);
	CU_ASSERT_STRING_EQUAL(buf, "old");
	CU_ASSERT_EQUAL(outfile_commit(o, err, sizeof err), 0);
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
	char path[128], err[256];
	snprintf(path, sizeof path, "%s/never.txt", dir);
	OutFile *o = outfile_open(path, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(o);
	fputs("partial", outfile_stream(o));
	outfile_abort(o);
	CU_ASSERT_EQUAL(unit_entries(dir), 0);
}

static void test_missing_directory(void)
{
	char path[128], err[256] = "", want[192];
	snprintf(path, sizeof path, "%s/no/such/dir/out", dir);
	CU_ASSERT_PTR_NULL(outfile_open(path, err, sizeof err));
	snprintf(want, sizeof want, "%s: %s", path, strerror(ENOENT));
	CU_ASSERT_STRING_EQUAL(err, want);
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

/* Whether this directory's filesystem has O_TMPFILE. */
static bool has_tmpfile(void)
{
#ifdef O_TMPFILE
	int fd = open(dir, O_TMPFILE | O_WRONLY, 0600);
	if (fd >= 0)
		close(fd);
	return fd >= 0;
#else
	return false;
#endif
}

static void test_no_name_until_commit(void)
{
	char path[128], err[256];
	snprintf(path, sizeof path, "%s/ckpt", dir);
	OutFile *o = outfile_open(path, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(o);
	fputs("data", outfile_stream(o));
	if (has_tmpfile()) /* else a named temporary exists, which the next test covers */
		CU_ASSERT_EQUAL(unit_entries(dir), 0);
	CU_ASSERT_EQUAL(outfile_commit(o, err, sizeof err), 0);
	CU_ASSERT_EQUAL(unit_entries(dir), 1);
	unlink(path);
}

/* A named temporary a killed writer left is removed by the next write of its target;
 * one a live writer holds (locked) is not, nor one of another target. */
static void test_stale_temporaries(void)
{
	char path[128], dead[160], live[160], other[160], err[256];
	snprintf(path, sizeof path, "%s/out.bin", dir);
	snprintf(dead, sizeof dead, "%s.tmp.aB3xYz", path);
	snprintf(live, sizeof live, "%s.tmp.Q9w8E7", path);
	snprintf(other, sizeof other, "%s/other.bin.tmp.aB3xYz", dir);
	unit_write(dead, "x", 1);
	unit_write(live, "y", 1);
	unit_write(other, "z", 1);
	int fd = open(live, O_RDONLY); /* as its live writer would, holds the lock */
	CU_ASSERT_FATAL(fd >= 0);
	CU_ASSERT_EQUAL(flock(fd, LOCK_EX), 0);
	CU_ASSERT_EQUAL(outfile_write(path, write_text, "new", err, sizeof err), 0);
	CU_ASSERT_NOT_EQUAL(access(dead, F_OK), 0);
	CU_ASSERT_EQUAL(access(live, F_OK), 0);
	CU_ASSERT_EQUAL(access(other, F_OK), 0);
	close(fd); /* the writer dies: the lock goes with it */
	CU_ASSERT_EQUAL(outfile_write(path, write_text, "newer", err, sizeof err), 0); /* now it is dead */
	CU_ASSERT_NOT_EQUAL(access(live, F_OK), 0);
	unlink(path);
	unlink(other);
	CU_ASSERT_EQUAL(unit_entries(dir), 0);
}

/* A device is written, never replaced: /dev/null takes the output, /dev/full fails
 * with the disk-full error, and both stay character devices. */
static void test_devices(void)
{
	char err[256] = "";
	struct stat st;
	CU_ASSERT_EQUAL(outfile_write("/dev/null", write_text, "x", err, sizeof err), 0);
	CU_ASSERT(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
	if (access("/dev/full", W_OK) == 0) {
		CU_ASSERT_EQUAL(outfile_write("/dev/full", write_text, "x", err, sizeof err), -1);
		char want[128];
		snprintf(want, sizeof want, "/dev/full: %s", strerror(ENOSPC));
		CU_ASSERT_STRING_EQUAL(err, want);
		CU_ASSERT(stat("/dev/full", &st) == 0 && S_ISCHR(st.st_mode));
	}
}

static void test_fifo_and_directory(void)
{
	char fifo[128], got[16] = "", err[256] = "", want[192];
	struct stat st;
	snprintf(fifo, sizeof fifo, "%s/pipe", dir);
	CU_ASSERT_EQUAL_FATAL(mkfifo(fifo, 0600), 0);
	/* no reader: refused at once, not waited on */
	CU_ASSERT_EQUAL(outfile_write(fifo, write_text, "x", err, sizeof err), -1);
	snprintf(want, sizeof want, "%s: a FIFO with no reader", fifo);
	CU_ASSERT_STRING_EQUAL(err, want);
	/* with a reader: written into it */
	int rd = open(fifo, O_RDONLY | O_NONBLOCK);
	CU_ASSERT_FATAL(rd >= 0);
	CU_ASSERT_EQUAL(outfile_write(fifo, write_text, "through", err, sizeof err), 0);
	CU_ASSERT_EQUAL(read(rd, got, sizeof got - 1), 7);
	CU_ASSERT_STRING_EQUAL(got, "through");
	close(rd);
	CU_ASSERT(stat(fifo, &st) == 0 && S_ISFIFO(st.st_mode));
	unlink(fifo);

	char sub[128];
	snprintf(sub, sizeof sub, "%s/sub", dir);
	mkdir(sub, 0700);
	CU_ASSERT_EQUAL(outfile_write(sub, write_text, "x", err, sizeof err), -1);
	snprintf(want, sizeof want, "%s: %s", sub, strerror(EISDIR));
	CU_ASSERT_STRING_EQUAL(err, want);
	CU_ASSERT(stat(sub, &st) == 0 && S_ISDIR(st.st_mode));
	rmdir(sub);
	CU_ASSERT_EQUAL(unit_entries(dir), 0);
}

/* A log (--metrics) is created or truncated, or appended to; a FIFO with no reader and
 * a directory are refused as for a whole output. */
static void test_log(void)
{
	char path[128], fifo[128], err[256] = "", want[192], got[16] = "";
	snprintf(path, sizeof path, "%s/log", dir);
	snprintf(fifo, sizeof fifo, "%s/pipe", dir);
	const struct {
		bool append;
		const char *line, *want;
	} steps[] = {{false, "a", "a"}, {true, "b", "ab"}, {false, "c", "c"}};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		FILE *fp = outfile_open_log(path, steps[i].append, err, sizeof err);
		CU_ASSERT_PTR_NOT_NULL_FATAL(fp);
		fputs(steps[i].line, fp);
		CU_ASSERT_EQUAL(fclose(fp), 0);
		FILE *in = fopen(path, "r");
		CU_ASSERT_PTR_NOT_NULL_FATAL(in);
		CU_ASSERT_PTR_NOT_NULL(fgets(got, sizeof got, in));
		fclose(in);
		CU_ASSERT_STRING_EQUAL(got, steps[i].want);
	}
	unlink(path);
	CU_ASSERT_EQUAL_FATAL(mkfifo(fifo, 0600), 0);
	CU_ASSERT_PTR_NULL(outfile_open_log(fifo, true, err, sizeof err));
	snprintf(want, sizeof want, "%s: a FIFO with no reader", fifo);
	CU_ASSERT_STRING_EQUAL(err, want);
	unlink(fifo);
	CU_ASSERT_PTR_NULL(outfile_open_log(dir, false, err, sizeof err));
	snprintf(want, sizeof want, "%s: %s", dir, strerror(EISDIR));
	CU_ASSERT_STRING_EQUAL(err, want);
	CU_ASSERT_EQUAL(unit_entries(dir), 0);
}

/* A symbolic link is followed: the file it names gets the output, the link stays. */
static void test_symlink_followed(void)
{
	char real[128], link[128], err[256];
	struct stat st;
	snprintf(real, sizeof real, "%s/real", dir);
	snprintf(link, sizeof link, "%s/link", dir);
	unit_write(real, "old", 3);
	CU_ASSERT_EQUAL_FATAL(symlink("real", link), 0);
	CU_ASSERT_EQUAL(outfile_write(link, write_text, "new", err, sizeof err), 0);
	CU_ASSERT(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
	size_t n;
	unsigned char *got = unit_slurp(real, &n);
	CU_ASSERT(n == 3 && memcmp(got, "new", 3) == 0);
	free(got);
	unlink(real);
	/* dangling: refused, the link kept */
	CU_ASSERT_EQUAL(outfile_write(link, write_text, "new", err, sizeof err), -1);
	CU_ASSERT(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
	CU_ASSERT_EQUAL(unit_entries(dir), 1);
	unlink(link);
	CU_ASSERT_EQUAL(unit_entries(dir), 0);
}

/* An output is one of the inputs by identity, however it is spelled. */
static void test_same_file(void)
{
	char a[128], dot[160], lnk[128], hard[128], other[128], fresh[128], fresh2[160], err[256] = "";
	snprintf(a, sizeof a, "%s/a.eic", dir);
	snprintf(dot, sizeof dot, "%s/./a.eic", dir);
	snprintf(lnk, sizeof lnk, "%s/sym.eic", dir);
	snprintf(hard, sizeof hard, "%s/hard.eic", dir);
	snprintf(other, sizeof other, "%s/b.eic", dir);
	snprintf(fresh, sizeof fresh, "%s/new.out", dir);
	snprintf(fresh2, sizeof fresh2, "%s/../%s/new.out", dir, strrchr(dir, '/') + 1);
	unit_write(a, "a", 1);
	unit_write(other, "a", 1);
	CU_ASSERT_EQUAL_FATAL(symlink("a.eic", lnk), 0);
	CU_ASSERT_EQUAL_FATAL(link(a, hard), 0);
	CU_ASSERT(outfile_same(a, a));
	CU_ASSERT(outfile_same(dot, a));
	CU_ASSERT(outfile_same(lnk, a));
	CU_ASSERT(outfile_same(hard, lnk));
	CU_ASSERT(!outfile_same(other, a)); /* equal contents, another file */
	CU_ASSERT(outfile_same(fresh, fresh2)); /* neither exists yet */
	CU_ASSERT(!outfile_same(fresh, a));
	CU_ASSERT(!outfile_same("/dev/null", "/dev/null"));

	OutfileRole out = {dot, "-o"};
	OutfileRole in[] = {{NULL, "the --weights file"}, {other, "the weights"}, {lnk, "the input file"}};
	CU_ASSERT(!outfile_distinct(&out, in, 3, err, sizeof err));
	char want[256];
	snprintf(want, sizeof want, "-o %s is the input file", dot);
	CU_ASSERT_STRING_EQUAL(err, want);
	CU_ASSERT(outfile_distinct(&out, in, 2, err, sizeof err));
	out.path = NULL;
	CU_ASSERT(outfile_distinct(&out, in, 3, err, sizeof err));
	unlink(a);
	unlink(lnk);
	unlink(hard);
	unlink(other);
	CU_ASSERT_EQUAL(unit_entries(dir), 0);
}

void add_outfile_tests(void)
{
	CU_pSuite s = CU_add_suite("outfile", setup, teardown);
	CU_add_test(s, "commit replaces the target whole", test_commit_replaces);
	CU_add_test(s, "abort leaves no file", test_abort_leaves_nothing);
	CU_add_test(s, "a directory that does not exist", test_missing_directory);
	CU_add_test(s, "outfile_write: all of it, or a one-line error and nothing", test_write_whole);
	CU_add_test(s, "no name exists until commit (O_TMPFILE)", test_no_name_until_commit);
	CU_add_test(s, "a dead writer's temporary is removed, a live one's kept", test_stale_temporaries);
	CU_add_test(s, "devices are written, never replaced", test_devices);
	CU_add_test(s, "a FIFO is written or refused, a directory refused", test_fifo_and_directory);
	CU_add_test(s, "a log is created, appended to, or refused", test_log);
	CU_add_test(s, "a symbolic link is followed, not replaced", test_symlink_followed);
	CU_add_test(s, "outputs and inputs compared by identity", test_same_file);
}
