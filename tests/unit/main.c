/* main.c: the CUnit runner; its exit status is the number of failed assertions. */
#include "unit.h"
#include "check.h"
#include "container.h"
#include "place.h"

#include <CUnit/Basic.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void compile_string(Compiled *c, const char *src)
{
	memset(c, 0, sizeof *c);
	FILE *out = open_memstream(&c->messages, &c->messages_len);
	CU_ASSERT_FATAL(out != NULL);
	diag_init(&c->diag, "t.eic", src, strlen(src), out);
	Ast *ast = ast_parse(&c->arena, &c->diag);
	if (c->diag.nerr == 0)
		check_program(ast, &c->diag, &c->arena, &c->prog);
	if (c->diag.nerr == 0)
		c->sched = sched_lower(&c->prog, &c->arena, &c->diag);
	if (c->sched)
		place_schedule(c->sched, false, &c->arena);
	fclose(out);
}

void compiled_free(Compiled *c)
{
	diag_free(&c->diag);
	arena_free(&c->arena);
	free(c->messages);
}

uint32_t unit_rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

uint64_t unit_rd64(const unsigned char *p)
{
	return (uint64_t)unit_rd32(p) | (uint64_t)unit_rd32(p + 4) << 32;
}

void unit_wr32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

void unit_wr64(unsigned char *p, uint64_t v)
{
	unit_wr32(p, (uint32_t)v);
	unit_wr32(p + 4, (uint32_t)(v >> 32));
}

/* From the polynomial, through a table (the mutation tests checksum whole sections
 * thousands of times). */
uint32_t unit_crc_more(uint32_t crc, const unsigned char *p, size_t n)
{
	static uint32_t table[256];
	if (!table[1])
		for (uint32_t i = 0; i < 256; i++) {
			uint32_t c = i;
			for (int k = 0; k < 8; k++)
				c = c & 1 ? (c >> 1) ^ 0xedb88320u : c >> 1;
			table[i] = c;
		}
	crc = ~crc;
	for (size_t i = 0; i < n; i++)
		crc = table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
	return ~crc;
}

uint32_t unit_crc(const unsigned char *p, size_t n)
{
	return unit_crc_more(0, p, n);
}

unsigned char *unit_entry(unsigned char *img, uint32_t i)
{
	return img + CT_HEADER_SIZE + (size_t)i * CT_ENTRY_SIZE;
}

unsigned char *unit_section(unsigned char *img, uint32_t id, size_t *len)
{
	for (uint32_t i = 0; i < unit_rd32(img + 24); i++)
		if (unit_rd32(unit_entry(img, i)) == id) {
			if (len)
				*len = (size_t)unit_rd64(unit_entry(img, i) + 16);
			return img + unit_rd64(unit_entry(img, i) + 8);
		}
	return NULL;
}

static bool overlaps(const UnitEdit *e, size_t at, size_t len)
{
	return e->at < at + len && at < e->at + e->len;
}

void unit_reseal(unsigned char *img, size_t n, const UnitEdit *edits, int nedits)
{
	if (n < CT_HEADER_SIZE)
		return;
	uint32_t count = unit_rd32(img + 24);
	if (count > 16)
		count = 16;
	if (count > (n - CT_HEADER_SIZE) / CT_ENTRY_SIZE)
		count = (uint32_t)((n - CT_HEADER_SIZE) / CT_ENTRY_SIZE);
	for (uint32_t i = 0; i < count; i++) {
		unsigned char *e = unit_entry(img, i);
		uint64_t off = unit_rd64(e + 8), len = unit_rd64(e + 16);
		if (off > n || len > n - off)
			continue;
		bool touched = !edits;
		for (int k = 0; k < nedits && !touched; k++)
			touched = overlaps(&edits[k], (size_t)off, (size_t)len)
			          || overlaps(&edits[k], (size_t)(e - img), CT_ENTRY_SIZE);
		if (touched)
			unit_wr32(e + 4, unit_crc(img + off, (size_t)len));
	}
	unit_wr32(img + 28, unit_crc_more(unit_crc(img, 28), img + CT_HEADER_SIZE, (size_t)count * CT_ENTRY_SIZE));
}

void unit_flip_check(unsigned char *img, size_t n, size_t bit, UnitRefused *refused)
{
	char what[64];
	snprintf(what, sizeof what, "bit %zu of byte %zu flipped", bit % 8, bit / 8);
	img[bit / 8] ^= (unsigned char)(1u << (bit % 8));
	refused(img, n, NULL, what);
	img[bit / 8] ^= (unsigned char)(1u << (bit % 8));
}

void unit_cut_check(const unsigned char *img, size_t len, UnitRefused *refused)
{
	unsigned char *cut = malloc(len ? len : 1);
	CU_ASSERT_PTR_NOT_NULL_FATAL(cut);
	memcpy(cut, img, len);
	char what[64];
	snprintf(what, sizeof what, "cut to %zu bytes", len);
	refused(cut, len, len == 0 ? "empty" : "truncated", what);
	if (len >= CT_HEADER_SIZE) {
		unit_wr64(cut + 16, len);
		unit_reseal(cut, len, NULL, 0);
		refused(cut, len, NULL, what);
	}
	free(cut);
}

int unit_tmpdir_open(char *dir, const char *tag)
{
	snprintf(dir, 64, "/tmp/eic-%s.XXXXXX", tag);
	return mkdtemp(dir) ? 0 : -1;
}

int unit_tmpdir_close(const char *dir)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

int unit_entries(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	CU_ASSERT_PTR_NOT_NULL_FATAL(d);
	for (struct dirent *e; (e = readdir(d));)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

unsigned char *unit_slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fseek(f, 0, SEEK_END);
	*n = (size_t)ftell(f);
	rewind(f);
	unsigned char *p = malloc(*n + 1);
	CU_ASSERT_EQUAL(fread(p, 1, *n, f), *n);
	fclose(f);
	return p;
}

void unit_write(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_EQUAL(fwrite(p, 1, n, f), n);
	fclose(f);
}

const char *unit_in_dir(const char *dir, const char *name)
{
	static char paths[32][256];
	static int next;
	char *p = paths[next++ % 32];
	snprintf(p, sizeof paths[0], "%s/%s", dir, name);
	return p;
}

int main(void)
{
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 1;
	add_arena_tests();
	add_diag_tests();
	add_lang_tests();
	add_front_tests();
	add_outfile_tests();
	add_prog_tests();
	add_layout_tests();
	add_schedule_tests();
	add_jit_tests();
	add_refexec_tests();
	add_data_tests();
	add_ckpt_tests();
	add_chipsim_tests();
	add_chip_tests();
	CU_basic_set_mode(CU_BRM_VERBOSE);
	CU_basic_run_tests();
	unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
	unsigned run = CU_get_number_of_tests_run();
	printf("unit: %u passed, %u failed\n", run - CU_get_number_of_tests_failed(), CU_get_number_of_tests_failed());
	CU_cleanup_registry();
	return failed > 255 ? 255 : (int)failed;
}
