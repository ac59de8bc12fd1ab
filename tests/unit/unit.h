/* unit.h: what the CUnit suites share: registration, and a front end run on a string. */
#ifndef EIC_UNIT_H
#define EIC_UNIT_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "schedule.h"

#include <CUnit/CUnit.h>

/* One run of parse + check + lowering over `src`; the diagnostics are kept as text. */
typedef struct Compiled {
	Arena arena;
	Diag diag;
	Program prog;
	Schedule *sched; /* NULL when there were errors */
	char *messages; /* everything printed to the diagnostic stream */
	size_t messages_len;
} Compiled;

void compile_string(Compiled *c, const char *src);
void compiled_free(Compiled *c);

/* A scratch directory for a suite's files: /tmp/eic-TAG.XXXXXX into dir (64 bytes);
 * 0 or -1, as CUnit's suite setup and teardown return. */
int unit_tmpdir_open(char *dir, const char *tag);
int unit_tmpdir_close(const char *dir);
/* The files in dir, dot files aside. */
int unit_entries(const char *dir);
/* A whole file, malloc'd (one spare byte); the test fails if it cannot be read. */
unsigned char *unit_slurp(const char *path, size_t *n);
/* Writes n bytes as the whole of path; the test fails if it cannot. */
void unit_write(const char *path, const void *p, size_t n);
/* dir/name, in a ring of 32 buffers: enough for all the paths one test holds. */
const char *unit_in_dir(const char *dir, const char *name);

/* Reading and mending images of the container (common/container.h) the way the
 * format documents say, written here independently of container.c: little-endian
 * fields, CRC-32 from its polynomial (not zlib's), section table entry i, and where
 * section `id` lies in a valid image (NULL when absent; its size to *len). */
uint32_t unit_rd32(const unsigned char *p);
uint64_t unit_rd64(const unsigned char *p);
void unit_wr32(unsigned char *p, uint32_t v);
void unit_wr64(unsigned char *p, uint64_t v);
uint32_t unit_crc_more(uint32_t crc, const unsigned char *p, size_t n);
uint32_t unit_crc(const unsigned char *p, size_t n);
unsigned char *unit_entry(unsigned char *img, uint32_t i);
unsigned char *unit_section(unsigned char *img, uint32_t id, size_t *len);

/* Damaging container images, for the suites of the formats built on it. */

/* A byte range an edit changed. */
typedef struct UnitEdit {
	size_t at, len;
} UnitEdit;

/* The checksums made right again after a change, so that it reaches the checks behind
 * them: each section's CRC in its table entry, then the header's over bytes 0..27 and
 * the table. The entries counted are those of the header's count, but no more than 16
 * (both formats refuse a larger count before any checksum) and no more than fit in
 * the n bytes; an entry whose section lies outside the image is left as it is. With
 * edits, only the sections they touched (or whose entries they touched) are summed
 * again; NULL: all of them. */
void unit_reseal(unsigned char *img, size_t n, const UnitEdit *edits, int nedits);

/* How a suite asserts that its reader refuses img: a one-line message containing
 * `want` (when given); `what` names the damage in the report of a failure. */
typedef void UnitRefused(const unsigned char *img, size_t n, const char *want, const char *what);

/* img with bit `bit` flipped must be refused; the bit is flipped back. */
void unit_flip_check(unsigned char *img, size_t n, size_t bit, UnitRefused *refused);
/* The first len bytes of img, copied to exactly len bytes (so ASan sees any read past
 * them), must be refused as empty or truncated; and again, for a later check, with the
 * header's size and the checksums made to agree (when the header is whole). */
void unit_cut_check(const unsigned char *img, size_t len, UnitRefused *refused);

/* Each file's suite. */
void add_arena_tests(void);
void add_chip_tests(void);
void add_chipsim_tests(void);
void add_ckpt_tests(void);
void add_data_tests(void);
void add_diag_tests(void);
void add_front_tests(void);
void add_lang_tests(void);
void add_layout_tests(void);
void add_outfile_tests(void);
void add_prog_tests(void);
void add_refexec_tests(void);
void add_schedule_tests(void);
void add_jit_tests(void);

#endif
