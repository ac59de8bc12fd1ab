/* outfile.c: O_TMPFILE (or a locked named temporary) + fsync + linkat/rename(2); direct
 * writes to devices and FIFOs; identity checks of outputs against inputs. */
#define _GNU_SOURCE /* O_TMPFILE, AT_EMPTY_PATH, flock */
#include "outfile.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef enum { OUT_UNNAMED, OUT_NAMED, OUT_DIRECT } OutKind;

struct OutFile {
	FILE *fp;
	OutKind kind;
	char *path; /* the target, as given: for messages */
	char *target; /* what is replaced: path, or the file a symbolic link names */
	char *tmp;  /* OUT_NAMED: the temporary beside the target */
};

static const char tmp_infix[] = ".tmp.";
enum { TMP_SUFFIX = 6 }; /* the XXXXXX of mkstemp */

static char *dup_str(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

static void release(OutFile *f)
{
	free(f->tmp);
	free(f->target);
	free(f->path);
	free(f);
}

/* The directory of path ("." for a bare name); the caller frees it. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return dup_str(".");
	size_t n = slash == path ? 1 : (size_t)(slash - path);
	char *d = xmalloc(n + 1);
	memcpy(d, path, n);
	d[n] = '\0';
	return d;
}

static const char *base_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* Whether name is BASE.tmp.XXXXXX, a temporary of the target BASE. */
static bool is_temp_of(const char *name, const char *base)
{
	size_t b = strlen(base), n = strlen(name);
	if (n != b + sizeof tmp_infix - 1 + TMP_SUFFIX || strncmp(name, base, b) || strncmp(name + b, tmp_infix,
	                                                                                      sizeof tmp_infix - 1))
		return false;
	for (const char *p = name + n - TMP_SUFFIX; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			return false;
	return true;
}

/* Removes the named temporaries of target that a killed writer left: those no live
 * writer holds the lock of. Best effort: a failure here only leaves a stale file. */
static void remove_stale(const char *target)
{
	char *dir = dir_of(target);
	const char *base = base_of(target);
	DIR *d = opendir(dir);
	size_t dn = strlen(dir);
	for (struct dirent *e; d && (e = readdir(d));) {
		if (!is_temp_of(e->d_name, base))
			continue;
		char *p = xmalloc(dn + strlen(e->d_name) + 2);
		sprintf(p, "%s/%s", dir, e->d_name);
		int fd = open(p, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
		struct stat st;
		if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && flock(fd, LOCK_EX | LOCK_NB) == 0)
			unlink(p);
		if (fd >= 0)
			close(fd);
		free(p);
	}
	if (d)
		closedir(d);
	free(dir);
}

/* The mode a plain open(2) of a new file would give. */
static mode_t new_mode(void)
{
	mode_t mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

/* An unnamed file in target's directory; -1 with errno when the filesystem (or the
 * system) has none. */
static int open_unnamed(const char *target)
{
#ifdef O_TMPFILE
	char *dir = dir_of(target);
	int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, new_mode());
	free(dir);
	return fd;
#else
	(void)target;
	errno = EOPNOTSUPP;
	return -1;
#endif
}

/* TARGET.tmp.XXXXXX, created and locked; -1 with errno on failure. */
static int open_named(OutFile *f)
{
	size_t n = strlen(f->target);
	f->tmp = xmalloc(n + sizeof tmp_infix + TMP_SUFFIX);
	sprintf(f->tmp, "%s%sXXXXXX", f->target, tmp_infix);
	int fd = mkstemp(f->tmp);
	if (fd < 0)
		return -1;
	/* mkstemp makes the file 0600; give the output the mode a plain open would. The
	 * lock tells remove_stale of another run that this writer is alive. */
	if (fchmod(fd, new_mode()) != 0 || flock(fd, LOCK_EX) != 0) {
		int e = errno;
		close(fd);
		unlink(f->tmp);
		errno = e;
		return -1;
	}
	return fd;
}

/* Opens an existing target that is not a regular file: a device or FIFO to write
 * into it, anything else refused; -1 with a reason in err. */
static int open_special(const char *path, const struct stat *st, char *err, size_t errlen)
{
	if (S_ISDIR(st->st_mode)) {
		util_fail(err, errlen, "%s: %s", path, strerror(EISDIR));
		return -1;
	}
	if (!S_ISCHR(st->st_mode) && !S_ISFIFO(st->st_mode)) {
		util_fail(err, errlen, "%s: not a regular file, a character device or a FIFO: not replaced", path);
		return -1;
	}
	int fd = open(path, O_WRONLY | O_CLOEXEC | (S_ISFIFO(st->st_mode) ? O_NONBLOCK : 0));
	if (fd < 0 && errno == ENXIO && S_ISFIFO(st->st_mode)) {
		util_fail(err, errlen, "%s: a FIFO with no reader", path);
		return -1;
	}
	if (fd < 0) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (S_ISFIFO(st->st_mode))
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	return fd;
}

OutFile *outfile_open(const char *path, char *err, size_t errlen)
{
	OutFile *f = xcalloc(1, sizeof *f);
	f->path = dup_str(path);
	struct stat st, lst;
	bool exists = stat(path, &st) == 0;
	int fd = -1;
	if (exists && !S_ISREG(st.st_mode)) {
		fd = open_special(path, &st, err, errlen);
		f->kind = OUT_DIRECT;
	} else {
		char real[PATH_MAX];
		/* Follow a link to the file it names, so the link is not replaced; one that
		 * cannot be followed (dangling, or /dev/stdout on a deleted file) is refused. */
		bool link = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode);
		if (link && !(exists && realpath(path, real))) {
			util_fail(err, errlen, "%s: a symbolic link that cannot be followed: not replaced", path);
			release(f);
			return NULL;
		}
		f->target = dup_str(link ? real : path);
		remove_stale(f->target);
		f->kind = OUT_UNNAMED;
		fd = open_unnamed(f->target);
		if (fd >= 0 && flock(fd, LOCK_EX) != 0) {
			close(fd);
			fd = -1;
		}
		if (fd < 0 && errno != ENOENT && errno != ENOTDIR && errno != EACCES) {
			f->kind = OUT_NAMED; /* this filesystem has no O_TMPFILE */
			fd = open_named(f);
		}
		if (fd < 0)
			util_fail(err, errlen, "%s: %s", path, strerror(errno));
	}
	if (fd >= 0 && !(f->fp = fdopen(fd, "wb"))) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		close(fd);
		if (f->kind == OUT_NAMED)
			unlink(f->tmp);
	}
	if (!f->fp) {
		release(f);
		return NULL;
	}
	return f;
}

FILE *outfile_open_log(const char *path, bool append, char *err, size_t errlen)
{
	struct stat st;
	int fd;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		fd = open_special(path, &st, err, errlen);
	else if ((fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0666)) < 0)
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
	if (fd < 0)
		return NULL;
	FILE *fp = fdopen(fd, append ? "a" : "w");
	if (!fp) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno));
		close(fd);
	}
	return fp;
}

FILE *outfile_stream(OutFile *f)
{
	return f->fp;
}

/* Gives the unnamed file fd the name tmp, a fresh TARGET.tmp.XXXXXX; -1 with errno. */
static int name_unnamed(int fd, OutFile *f)
{
	static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	size_t n = strlen(f->target);
	f->tmp = xmalloc(n + sizeof tmp_infix + TMP_SUFFIX);
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	unsigned long long x = (unsigned long long)ts.tv_nsec ^ ((unsigned long long)getpid() << 32) ^ (uintptr_t)f;
	char proc[64];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	for (int tries = 0; tries < 100; tries++) {
		sprintf(f->tmp, "%s%s", f->target, tmp_infix);
		for (int i = 0; i < TMP_SUFFIX; i++) {
			x = x * 6364136223846793005ull + 1442695040888963407ull;
			f->tmp[n + sizeof tmp_infix - 1 + i] = chars[(x >> 33) % (sizeof chars - 1)];
		}
		f->tmp[n + sizeof tmp_infix - 1 + TMP_SUFFIX] = '\0';
#ifdef AT_EMPTY_PATH
		/* Without CAP_DAC_READ_SEARCH, AT_EMPTY_PATH is refused; /proc does the same. */
		if (linkat(fd, "", AT_FDCWD, f->tmp, AT_EMPTY_PATH) == 0
		    || ((errno == ENOENT || errno == EPERM) && linkat(AT_FDCWD, proc, AT_FDCWD, f->tmp, AT_SYMLINK_FOLLOW) == 0))
			return 0;
#else
		if (linkat(AT_FDCWD, proc, AT_FDCWD, f->tmp, AT_SYMLINK_FOLLOW) == 0)
			return 0;
#endif
		if (errno != EEXIST)
			break;
	}
	free(f->tmp);
	f->tmp = NULL;
	return -1;
}

int outfile_commit(OutFile *f, char *err, size_t errlen)
{
	bool direct = f->kind == OUT_DIRECT;
	int ok = fflush(f->fp) == 0 && !ferror(f->fp) && (direct || fsync(fileno(f->fp)) == 0);
	int e = errno;
	/* The unnamed file is named while still open and locked, so no other run's
	 * remove_stale takes it for a dead writer's. */
	if (ok && f->kind == OUT_UNNAMED && name_unnamed(fileno(f->fp), f) != 0) {
		ok = 0;
		e = errno;
	}
	if (ok && !direct && rename(f->tmp, f->target) != 0) {
		ok = 0;
		e = errno;
	}
	if (!ok && f->tmp)
		unlink(f->tmp);
	if (fclose(f->fp) != 0 && ok) {
		ok = 0;
		e = errno;
	}
	if (!ok)
		util_fail(err, errlen, "%s: %s", f->path, strerror(e));
	release(f);
	return ok ? 0 : -1;
}

void outfile_abort(OutFile *f)
{
	if (f->tmp)
		unlink(f->tmp);
	fclose(f->fp);
	release(f);
}

int outfile_write(const char *path, OutfileWriter *write, const void *ctx, char *err, size_t errlen)
{
	OutFile *f = outfile_open(path, err, errlen);
	if (!f)
		return -1;
	if (!write(f->fp, ctx)) {
		util_fail(err, errlen, "%s: %s", path, strerror(errno)); /* before abort's calls can change errno */
		outfile_abort(f);
		return -1;
	}
	return outfile_commit(f, err, errlen);
}

/* ---- outputs against inputs ---- */

/* What a path names: the file when it exists, else its directory and last name. */
typedef struct Ident {
	bool exists, regular;
	dev_t dev;
	ino_t ino;
	const char *base;
} Ident;

static Ident ident(const char *path)
{
	Ident id = {0};
	struct stat st;
	if (stat(path, &st) == 0) {
		id.exists = true;
		id.regular = S_ISREG(st.st_mode);
	} else {
		char *dir = dir_of(path);
		int r = stat(dir, &st);
		free(dir);
		if (r != 0)
			return (Ident){0};
		id.base = base_of(path);
	}
	id.dev = st.st_dev;
	id.ino = st.st_ino;
	return id;
}

bool outfile_same(const char *output, const char *input)
{
	Ident a = ident(output), b = ident(input);
	if (a.exists != b.exists || a.dev != b.dev || a.ino != b.ino || (!a.exists && !a.base))
		return false;
	return a.exists ? a.regular : strcmp(a.base, b.base) == 0;
}

bool outfile_distinct(const OutfileRole *out, const OutfileRole *in, size_t nin, char *err, size_t errlen)
{
	if (!out->path)
		return true;
	for (size_t i = 0; i < nin; i++)
		if (in[i].path && outfile_same(out->path, in[i].path))
			return util_fail(err, errlen, "%s %s is %s", out->name, out->path, in[i].name);
	return true;
}

bool outfile_close_stdout(char *err, size_t errlen)
{
	bool ok = fflush(stdout) == 0 && !ferror(stdout);
	int e = errno;
	if (fclose(stdout) != 0 && ok) {
		ok = false;
		e = errno;
	}
	return ok || util_fail(err, errlen, "standard output: %s", strerror(e));
}
