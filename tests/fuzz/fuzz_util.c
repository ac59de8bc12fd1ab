/* fuzz_util.c: the null stream and the scratch files of the harnesses (fuzz.h). */
#include "fuzz.h"

#include "container.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { SLOTS = 2 };

FILE *fuzz_null(void)
{
	static FILE *null;
	if (!null && !(null = fopen("/dev/null", "w"))) {
		perror("fuzz: /dev/null");
		abort();
	}
	return null;
}

static char paths[SLOTS][4096];

/* The files are removed at exit; a crash leaves them in $TMPDIR, small and named
 * after the harness's pid. */
static void remove_files(void)
{
	for (int i = 0; i < SLOTS; i++)
		if (paths[i][0])
			unlink(paths[i]);
}

const char *fuzz_file(int slot, const uint8_t *data, size_t size)
{
	if (slot < 0 || slot >= SLOTS)
		abort();
	if (!paths[slot][0]) {
		/* memory rather than disk: the file is rewritten on every execution */
		const char *dir = getenv("TMPDIR");
		if (!dir || !*dir)
			dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
		snprintf(paths[slot], sizeof paths[slot], "%s/eic-fuzz-%ld-%d", dir, (long)getpid(), slot);
		static int registered;
		if (!registered++)
			atexit(remove_files);
	}
	FILE *f = fopen(paths[slot], "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
		perror(paths[slot]);
		abort();
	}
	return paths[slot];
}

static uint64_t get_le(const unsigned char *p, int bytes)
{
	uint64_t v = 0;
	for (int i = bytes - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static void put_le(unsigned char *p, uint64_t v, int bytes)
{
	for (int i = 0; i < bytes; i++, v >>= 8)
		p[i] = (unsigned char)v;
}

void fuzz_fix_container(unsigned char *p, size_t n)
{
	if (n < CT_HEADER_SIZE)
		return;
	put_le(p + 16, n, 8);
	uint64_t count = get_le(p + 24, 4);
	if (count > (n - CT_HEADER_SIZE) / CT_ENTRY_SIZE)
		return;
	for (uint64_t i = 0; i < count; i++) {
		unsigned char *e = p + CT_HEADER_SIZE + i * CT_ENTRY_SIZE;
		uint64_t off = get_le(e + 8, 8), size = get_le(e + 16, 8);
		if (off <= n && size <= n - off)
			put_le(e + 4, ct_crc(p + off, size), 4);
	}
	uint32_t crc = ct_crc(p, 28);
	crc = ct_crc_update(crc, p + CT_HEADER_SIZE, count * CT_ENTRY_SIZE);
	put_le(p + 28, crc, 4);
}

void fuzz_container(const uint8_t *data, size_t size, bool (*parse)(const unsigned char *, size_t))
{
	if (parse(data, size) || size == 0)
		return;
	unsigned char *copy = malloc(size);
	if (!copy)
		abort();
	memcpy(copy, data, size);
	fuzz_fix_container(copy, size);
	parse(copy, size);
	free(copy);
}
