/* test_prog.c: the .prog container. Images written and read back must agree in every
 * field; every damaged image (cut short, a bit flipped, a field changed and the
 * checksums made right again, random mutations) must be refused with a one-line
 * message, or, if accepted, hold a model that passes model_validate. Never a crash:
 * the sanitizer build runs these under ASan and UBSan. */
#include "unit.h"
#include "adc.h"
#include "flatten.h"
#include "prog.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Every stage kind, every stage and training field away from its default, chunk 1
 * (256 slots), a chip section's quantised weights, hard permutations and the neurons'
 * noise at the comparator. */
static const char *const sources[] = {
	"network small { input 784; dense 256; binary; permute; dense 10; }\n"
	"train { dataset mnist; epochs 2; batch 128; optimizer adam lr=0.001; }\n",

	"network wide { input 300; dense 700; binary threshold=0.5 noise=0.05 ste_center=0.5 ste_width=1;\n"
	"  dense 512; binary; permute chunk=32 tau=5; dense 512; binary; permute chunk=1 seed=7; dense 3; }\n"
	"train { dataset fashion; epochs 20; batch 256; optimizer adam lr=0.002 beta1=0.8 beta2=0.99 eps=1e-7;\n"
	"  schedule step every=3 gamma=0.25; seed 4000000000; validation 5000; eval_noise off;"
	" precision bf16; }\n",

	"network lin { input 256; dense 10; }\ntrain { schedule cosine min_lr=1e-5; }\n",

	"network reg { input 100 dropout=0.2; dense 512;\n"
	"  binary noise=0.2 learn_threshold=on batchnorm=on dropout=0.3; permute chunk=8; dense 10; }\n"
	"train { optimizer adam weight_decay=0.05; label_smoothing 0.1; warmup 2; }\n"
	"chip { weight_bits 6; permute hard; neuron_noise comparator; adc_bits 7; adc_range 0.25; read_noise 0.03; }\n",

	"network img { input 9x8x2; conv 3x3 channels=12 stride=2 pad=1; binary batchnorm=on; pool 2x2 op=avg stride=1;\n"
	"  conv 2x2 channels=300; binary; pool 2x1; flatten; dense 10; }\ntrain { }\n",
};
enum {
	NSOURCES = sizeof sources / sizeof sources[0],
	MAIN = 1, /* the source most tests damage */
	REG = 3,  /* the one with a norm and dropout */
	IMG = 4   /* the convolutional one: positions and gathers */
};

/* The checksums (and, with `size`, the file size) made right again after a change,
 * so the change reaches the checks behind them. Entries outside the image are left. */
static void reseal(unsigned char *img, size_t n, bool size)
{
	if (size && n >= PROG_HEADER_SIZE)
		unit_wr64(img + 16, n);
	unit_reseal(img, n, NULL, 0);
}

static void model_of(const char *src, Model *m)
{
	Compiled c;
	compile_string(&c, src);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c.sched);
	flatten_model(c.sched, m);
	compiled_free(&c);
}

static unsigned char bitcode[203];

static void fake_bitcode(void)
{
	unsigned seed = 7;
	memcpy(bitcode, "BC\xc0\xde", 4);
	for (size_t i = 4; i < sizeof bitcode; i++)
		bitcode[i] = (unsigned char)rand_r(&seed);
}

/* A valid image of sources[k]; the caller frees it. */
static unsigned char *image_of(int k, size_t *n)
{
	Model m;
	unsigned char *img;
	model_of(sources[k], &m);
	fake_bitcode();
	CU_ASSERT_EQUAL_FATAL(prog_serialize(&m, 19, bitcode, sizeof bitcode, &img, n), 0);
	model_free(&m);
	return img;
}

#define SAME(f) (memcmp(&a->f, &b->f, sizeof a->f) == 0) /* bits: floats compare exactly */

static bool same_model(const Model *a, const Model *b)
{
	bool ok = SAME(name) && SAME(nbufs) && SAME(nstages) && SAME(nparams) && SAME(nperms) && SAME(logits)
	          && SAME(input) && SAME(input_used) && SAME(param_count) && SAME(param_bytes) && SAME(act_stride)
	          && SAME(macs);
	for (uint32_t i = 0; ok && i < a->nbufs; i++)
		ok = SAME(bufs[i].kind) && SAME(bufs[i].width) && SAME(bufs[i].used) && SAME(bufs[i].offset)
		     && SAME(bufs[i].positions);
	for (uint32_t i = 0; ok && i < a->nstages; i++)
		ok = SAME(stages[i].kind) && SAME(stages[i].in) && SAME(stages[i].out) && SAME(stages[i].param)
		     && SAME(stages[i].bi) && SAME(stages[i].bo) && SAME(stages[i].perm) && SAME(stages[i].used)
		     && SAME(stages[i].threshold) && SAME(stages[i].noise) && SAME(stages[i].ste_lo)
		     && SAME(stages[i].ste_hi) && SAME(stages[i].dropout) && SAME(stages[i].levels) && SAME(stages[i].range)
		     && SAME(stages[i].hard) && SAME(stages[i].noise_at) && SAME(stages[i].adc_levels)
		     && SAME(stages[i].adc_range) && SAME(stages[i].read_noise) && SAME(stages[i].gather)
		     && SAME(stages[i].window) && SAME(stages[i].gather_op);
	ok = ok && SAME(ngathers);
	for (uint32_t i = 0; ok && i < a->ngathers; i++)
		ok = SAME(gathers[i].count)
		     && memcmp(a->gathers[i].index, b->gathers[i].index, a->gathers[i].count * sizeof(int32_t)) == 0;
	for (uint32_t i = 0; ok && i < a->nparams; i++)
		ok = SAME(params[i].name) && SAME(params[i].init) && SAME(params[i].rank) && SAME(params[i].shape)
		     && SAME(params[i].count) && SAME(params[i].offset) && SAME(params[i].stddev) && SAME(params[i].value);
	for (uint32_t i = 0; ok && i < a->nperms; i++)
		ok = SAME(perms[i].chunk) && SAME(perms[i].slots) && SAME(perms[i].plus) && SAME(perms[i].minus);
	return ok && SAME(train.dataset) && SAME(train.epochs) && SAME(train.batch) && SAME(train.validation)
	       && SAME(train.seed) && SAME(train.schedule) && SAME(train.every) && SAME(train.lr) && SAME(train.beta1)
	       && SAME(train.beta2) && SAME(train.eps) && SAME(train.min_lr) && SAME(train.gamma)
	       && SAME(train.weight_decay) && SAME(train.label_smoothing) && SAME(train.warmup) && SAME(train.eval_noise)
	       && SAME(train.precision);
}

static bool zeroed(const Prog *p)
{
	return !p->bitcode && !p->bitcode_size && !p->model.bufs && !p->model.stages && !p->model.params
	       && !p->model.perms && !p->model.nbufs;
}

/* The image must be refused: a one-line message containing `want` (when given), and
 * nothing left in p. Prints what happened when it is not so. */
static void refused(const unsigned char *img, size_t n, const char *want, const char *what)
{
	Prog p;
	char err[512] = "x";
	bool ok = prog_parse(img, n, &p, err, sizeof err);
	bool good = !ok && err[0] && !strchr(err, '\n') && zeroed(&p) && (!want || strstr(err, want));
	CU_ASSERT(good);
	if (!good)
		printf("\n  %s: %s: \"%s\" (want \"%s\")\n", what, ok ? "accepted" : "refused", err, want ? want : "");
	if (ok)
		prog_free(&p);
}

/* A damaged copy of the main image: change(img) then reseal, then refused. */
typedef void Change(unsigned char *img, size_t n);

static void refused_after(Change *change, const char *want, const char *what)
{
	size_t n;
	unsigned char *img = image_of(MAIN, &n);
	change(img, n);
	reseal(img, n, false);
	refused(img, n, want, what);
	free(img);
}

/* ---- round trips ---- */

static void test_round_trip(void)
{
	for (int k = 0; k < NSOURCES; k++) {
		Model m;
		model_of(sources[k], &m);
		fake_bitcode();
		for (size_t bc = 0; bc <= sizeof bitcode; bc += sizeof bitcode) {
			unsigned char *img, *again;
			size_t n, n2;
			CU_ASSERT_EQUAL_FATAL(prog_serialize(&m, 19 + (uint32_t)k, bitcode, bc, &img, &n), 0);
			Prog p;
			char err[256] = "";
			CU_ASSERT_TRUE_FATAL(prog_parse(img, n, &p, err, sizeof err));
			CU_ASSERT_STRING_EQUAL(err, "");
			CU_ASSERT_TRUE(same_model(&m, &p.model));
			CU_ASSERT_EQUAL(p.llvm_major, 19 + (uint32_t)k);
			CU_ASSERT_EQUAL(p.bitcode_size, bc);
			CU_ASSERT_PTR_NOT_NULL(p.bitcode);
			CU_ASSERT(bc == 0 || memcmp(p.bitcode, bitcode, bc) == 0);
			/* the writer is deterministic: what was read writes the same bytes */
			CU_ASSERT_EQUAL_FATAL(prog_serialize(&p.model, p.llvm_major, p.bitcode, p.bitcode_size, &again, &n2), 0);
			CU_ASSERT(n2 == n && memcmp(img, again, n) == 0);
			prog_free(&p);
			CU_ASSERT(zeroed(&p));
			free(again);
			free(img);
		}
		model_free(&m);
	}
}

/* The bytes are where prog.h and docs/prog-format.md say they are. */
static void test_layout_as_documented(void)
{
	Model m;
	model_of(sources[MAIN], &m);
	size_t n;
	unsigned char *img = image_of(MAIN, &n);
	CU_ASSERT(memcmp(img, "EICPROG\0", 8) == 0);
	CU_ASSERT_EQUAL(unit_rd32(img + 8), PROG_VERSION);
	CU_ASSERT_EQUAL(unit_rd32(img + 12), 19);
	CU_ASSERT_EQUAL(unit_rd64(img + 16), n);
	CU_ASSERT_EQUAL(unit_rd32(img + 24), 6);
	CU_ASSERT_EQUAL(unit_rd32(img + 28), unit_crc_more(unit_crc(img, 28), img + 32, 6 * 24));
	uint64_t expect_off = 32 + 6 * 24;
	uint64_t perm_bytes = 8, gather_bytes = 8;
	for (uint32_t p = 0; p < m.nperms; p++)
		perm_bytes += 8 + 4 * m.perms[p].slots;
	for (uint32_t g = 0; g < m.ngathers; g++)
		gather_bytes += 4 + 4 * (uint64_t)m.gathers[g].count;
	const uint64_t sizes[] = {120 + 20 * m.nbufs + 104 * m.nstages, 8 + 112 * m.nparams, 136, perm_bytes,
	                          sizeof bitcode, gather_bytes};
	for (uint32_t i = 0; i < 6; i++) {
		unsigned char *e = unit_entry(img, i);
		CU_ASSERT_EQUAL(unit_rd32(e), i + 1);
		CU_ASSERT_EQUAL(unit_rd64(e + 8), expect_off);
		CU_ASSERT_EQUAL(unit_rd64(e + 16), sizes[i]);
		CU_ASSERT_EQUAL(unit_rd32(e + 4), unit_crc(img + unit_rd64(e + 8), (size_t)unit_rd64(e + 16)));
		expect_off = (expect_off + sizes[i] + 7) / 8 * 8;
	}
	CU_ASSERT_EQUAL(unit_rd64(unit_entry(img, 5) + 8) + gather_bytes, n);
	/* a few fields at their documented places */
	unsigned char *s1 = unit_section(img, 1, NULL), *s2 = unit_section(img, 2, NULL), *s3 = unit_section(img, 3, NULL);
	unsigned char *s4 = unit_section(img, 4, NULL);
	CU_ASSERT_STRING_EQUAL((char *)s1, "wide");
	CU_ASSERT_EQUAL(unit_rd32(s1 + 64), m.nbufs);
	CU_ASSERT_EQUAL(unit_rd32(s1 + 72), 3); /* logits */
	CU_ASSERT_EQUAL(unit_rd64(s1 + 96), m.param_bytes);
	CU_ASSERT_EQUAL(unit_rd32(s1 + 120 + 4), m.bufs[0].width);
	CU_ASSERT_EQUAL(unit_rd32(s2), m.nparams);
	CU_ASSERT_STRING_EQUAL((char *)s2 + 8, m.params[0].name);
	CU_ASSERT_EQUAL(unit_rd64(s2 + 8 + 112 + 88), m.params[1].count);
	CU_ASSERT_STRING_EQUAL((char *)s3, "fashion");
	CU_ASSERT_EQUAL(unit_rd32(s3 + 88), PREC_BF16);
	CU_ASSERT_EQUAL(unit_rd64(s3 + 92), 4000000000u);
	float gamma;
	uint32_t bits = unit_rd32(s3 + 100 + 20);
	memcpy(&gamma, &bits, 4);
	CU_ASSERT_EQUAL(gamma, 0.25f);
	CU_ASSERT_EQUAL(unit_rd32(s4), 2);
	CU_ASSERT_EQUAL(unit_rd32(s4 + 8 + 4), 8); /* chunk 32: 8 slots */
	free(img);
	model_free(&m);
}

/* ---- damaged images ---- */

static void test_truncation(void)
{
	size_t n;
	unsigned char *img = image_of(MAIN, &n);
	for (size_t len = 0; len < n; len++)
		unit_cut_check(img, len, refused);
	free(img);
}

static void test_bit_flips(void)
{
	size_t n;
	unsigned char *img = image_of(MAIN, &n);
	size_t first = (size_t)unit_rd64(unit_entry(img, 0) + 8);
	for (size_t bit = 0; bit < first * 8; bit++) /* every bit of the header and the table */
		unit_flip_check(img, n, bit, refused);
	for (uint32_t id = 1; id <= 6; id++) { /* about 300 bits of each section, its first and last among them */
		size_t len;
		size_t at = (size_t)(unit_section(img, id, &len) - img);
		size_t step = len * 8 / 300 + 1;
		for (size_t bit = 0; bit < len * 8; bit += step)
			unit_flip_check(img, n, at * 8 + bit, refused);
		unit_flip_check(img, n, (at + len) * 8 - 1, refused);
	}
	Prog p;
	char err[256];
	CU_ASSERT_TRUE(prog_parse(img, n, &p, err, sizeof err)); /* every flip was undone */
	prog_free(&p);
	free(img);
}

static void bad_magic(unsigned char *img, size_t n)
{
	(void)n;
	memcpy(img, "GGUF\3\0\0\0", 8);
}

static void version_next(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(img + 8, PROG_VERSION + 1);
}

static void version_1(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(img + 8, 1);
}

static void test_magic_and_version(void)
{
	refused_after(bad_magic, "bad magic (not a .prog file)", "magic");
	char newer[64], older[64], bare[32];
	snprintf(newer, sizeof newer, "format version %d, this eic reads version %d", PROG_VERSION + 1, PROG_VERSION);
	snprintf(older, sizeof older, "format version 1, this eic reads version %d", PROG_VERSION);
	snprintf(bare, sizeof bare, "format version %d", PROG_VERSION + 1);
	refused_after(version_next, newer, "a newer version");
	refused_after(version_1, older, "an older version");
	static const unsigned char text[] = "network n { input 256; dense 10; }\n";
	refused(text, sizeof text - 1, "bad magic (not a .prog file)", "an .eic file");
	refused((const unsigned char *)"EICP", 4, "truncated: 4 bytes", "4 bytes of magic");
	/* the version is read before the checksum: a newer file gets the useful message */
	size_t n;
	unsigned char *img = image_of(MAIN, &n);
	unit_wr32(img + 8, PROG_VERSION + 1);
	refused(img, n, bare, "version without reseal");
	free(img);
}

static void bitcode_past_end(unsigned char *img, size_t n)
{
	unit_wr64(unit_entry(img, 4) + 8, n + 8);
}

static void last_longer(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(unit_entry(img, 5) + 16, unit_rd64(unit_entry(img, 5) + 16) + 1);
}

static void offset_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(unit_entry(img, 2) + 8, UINT64_MAX - 7);
}

static void size_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(unit_entry(img, 1) + 16, UINT64_MAX);
}

static void misaligned(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(unit_entry(img, 2) + 8, unit_rd64(unit_entry(img, 2) + 8) + 4);
}

static void overlapping(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(unit_entry(img, 3) + 8, unit_rd64(unit_entry(img, 3) + 8) - 8);
}

static void over_table(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(unit_entry(img, 0) + 8, 32);
}

static void size_field_wrong(unsigned char *img, size_t n)
{
	unit_wr64(img + 16, n + 100);
}

static void count_zero(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(img + 24, 0);
}

static void count_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(img + 24, 0xffffffffu);
}

static void count_17(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(img + 24, 17);
}

static void test_offsets(void)
{
	refused_after(bitcode_past_end, "section 5 (bitcode): offset", "offset past the end");
	refused_after(bitcode_past_end, "past the end of the file", "offset past the end");
	refused_after(last_longer, "section 6 (gathers): offset", "size past the end");
	refused_after(offset_huge, "section 3 (training): offset 18446744073709551608", "offset near 2^64");
	refused_after(size_huge, "section 2 (params): offset", "size 2^64 - 1");
	refused_after(misaligned, "section 3 (training): offset", "misaligned");
	refused_after(overlapping, "section 4 (permutations): offset", "overlap");
	refused_after(over_table, "right after the section table", "over the table");
	refused_after(size_field_wrong, "truncated", "file size field");
	refused_after(count_zero, "section count 0 out of range", "no sections");
	refused_after(count_huge, "section count 4294967295 out of range", "count 2^32 - 1");
	refused_after(count_17, "section count 17 out of range", "17 sections");

	/* trailing bytes, counted in the header's size */
	size_t n;
	unsigned char *img = image_of(MAIN, &n);
	unsigned char *longer = calloc(1, n + 8);
	memcpy(longer, img, n);
	reseal(longer, n + 8, true);
	refused(longer, n + 8, "8 bytes of trailing data", "trailing data");
	free(longer);
	free(img);
}

/* A file built from section payloads in the given order: to test the table's rules
 * with sections the writer would never put there. */
typedef struct Part {
	uint32_t id;
	const unsigned char *p;
	size_t n;
} Part;

static unsigned char *assemble(const Part *parts, uint32_t count, size_t *n)
{
	size_t at = PROG_HEADER_SIZE + (size_t)count * PROG_ENTRY_SIZE;
	size_t cap = at;
	for (uint32_t i = 0; i < count; i++)
		cap = (cap + 7) / 8 * 8 + parts[i].n;
	unsigned char *img = calloc(1, cap);
	memcpy(img, "EICPROG\0", 8);
	unit_wr32(img + 8, PROG_VERSION);
	unit_wr32(img + 12, 19);
	unit_wr32(img + 24, count);
	for (uint32_t i = 0; i < count; i++) {
		at = (at + 7) / 8 * 8;
		unit_wr32(unit_entry(img, i), parts[i].id);
		unit_wr64(unit_entry(img, i) + 8, at);
		unit_wr64(unit_entry(img, i) + 16, parts[i].n);
		memcpy(img + at, parts[i].p, parts[i].n);
		at += parts[i].n;
	}
	*n = at;
	reseal(img, at, true);
	return img;
}

static void test_section_ids(void)
{
	size_t n;
	unsigned char *img = image_of(MAIN, &n);
	Part sec[7];
	for (uint32_t id = 1; id <= 6; id++) {
		sec[id].id = id;
		sec[id].p = unit_section(img, id, &sec[id].n);
	}
	static const unsigned char extra[] = "an optional section a later writer may add";
	const Part unknown = {42, extra, sizeof extra};
	struct {
		Part parts[8];
		uint32_t count;
		const char *want; /* NULL: accepted */
	} cases[] = {
		{{sec[1], sec[2], sec[3], sec[4], sec[5], sec[6]}, 6, NULL},
		{{sec[1], sec[2], sec[3], sec[4], sec[5], sec[6], unknown}, 7, NULL},
		{{sec[1], sec[2], sec[2], sec[3], sec[4], sec[5], sec[6]}, 7, "section 2 (params) appears twice"},
		{{sec[1], sec[2], sec[4], sec[5], sec[6]}, 5, "section 3 (training) is missing"},
		{{sec[1], sec[2], sec[3], sec[4], sec[6]}, 5, "section 5 (bitcode) is missing"},
		{{sec[1], sec[2], sec[3], sec[4], sec[5]}, 5, "section 6 (gathers) is missing"},
		{{sec[2], sec[1], sec[3], sec[4], sec[5], sec[6]}, 6, "ids must ascend"},
		{{sec[1], sec[2], sec[3], sec[4], sec[5], sec[6], unknown, unknown}, 8, "section 42 (unknown) appears twice"},
		{{{0, extra, 8}, sec[1], sec[2], sec[3], sec[4], sec[5], sec[6]}, 7, "id 0"},
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		size_t len;
		unsigned char *built = assemble(cases[k].parts, cases[k].count, &len);
		char what[32];
		snprintf(what, sizeof what, "table case %zu", k);
		if (cases[k].want) {
			refused(built, len, cases[k].want, what);
		} else {
			Prog p;
			char err[256] = "";
			CU_ASSERT_TRUE(prog_parse(built, len, &p, err, sizeof err));
			if (err[0])
				printf("\n  %s: %s\n", what, err);
			prog_free(&p);
		}
		free(built);
	}
	/* padding after the odd-sized bitcode must be zero */
	Part padded[] = {sec[1], sec[2], sec[3], sec[4], sec[5], sec[6], unknown};
	size_t len;
	unsigned char *built = assemble(padded, 7, &len);
	size_t pad = (size_t)unit_rd64(unit_entry(built, 4) + 8) + sec[5].n;
	CU_ASSERT_NOT_EQUAL(pad % 8, 0);
	built[pad] = 1;
	reseal(built, len, false);
	refused(built, len, "section 6 (gathers): nonzero padding", "padding");
	free(built);
	free(img);
}

/* the field at byte `at` of section `id` */
static unsigned char *field(unsigned char *img, uint32_t id, size_t at)
{
	return unit_section(img, id, NULL) + at;
}

static void more_buffers(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 1, 64), unit_rd32(field(img, 1, 64)) + 1);
}

static void fewer_stages(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 1, 68), unit_rd32(field(img, 1, 68)) - 1);
}

static void buffers_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 1, 64), 0xffffffffu);
}

static void stages_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 1, 68), 4097);
}

static void sched_reserved(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 1, 84), 1);
}

static void param_bytes_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(field(img, 1, 96), (uint64_t)1 << 50);
}

static void params_9999(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 2, 0), 9999);
}

static void more_params(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 2, 0), unit_rd32(field(img, 2, 0)) + 1);
}

static void perms_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 4, 0), 0x7fffffffu);
}

static void more_perms(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 4, 0), unit_rd32(field(img, 4, 0)) + 1);
}

static void slots_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 4, 8 + 4), 70000);
}

static void slots_fewer(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 4, 8 + 4), 4);
}

/* chunk * slots == 256 modulo 2^32: model_validate alone lets this through */
static void chunk_wraps(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 4, 8), 0x80000000u + 32);
}

/* the second parameter's count 2^62 and shape [65536,65536,65536,16384]: count * 4 wraps to 0 */
static void param_count_wraps(unsigned char *img, size_t n)
{
	(void)n;
	unsigned char *q = field(img, 2, 8 + 112);
	unit_wr32(q + 68, 4);
	unit_wr32(q + 72, 65536);
	unit_wr32(q + 76, 65536);
	unit_wr32(q + 80, 65536);
	unit_wr32(q + 84, 16384);
	unit_wr64(q + 88, (uint64_t)1 << 62);
}

/* shape [65536,65536,65536,65536] multiplies to 2^64, 0 in 64 bits: as count 0 */
static void param_shape_wraps(unsigned char *img, size_t n)
{
	(void)n;
	unsigned char *q = field(img, 2, 8 + 112);
	unit_wr32(q + 68, 4);
	for (int k = 0; k < 4; k++)
		unit_wr32(q + 72 + 4 * k, 65536);
	unit_wr64(q + 88, 0);
}

static void training_longer(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(unit_entry(img, 2) + 16, 144); /* the permutations follow 136 bytes on: overlap */
}

static void test_counts(void)
{
	refused_after(more_buffers, "section 1 (schedule):", "one buffer more");
	refused_after(more_buffers, "but 16 buffers and 15 stages take 2000", "one buffer more");
	refused_after(fewer_stages, "stages take", "one stage fewer");
	/* counts far too large are refused before anything is allocated for them */
	refused_after(buffers_huge, "section 1 (schedule): buffer count 4294967295 exceeds the limit of 4096", "buffers");
	refused_after(stages_huge, "stage count 4097 exceeds the limit of 4096", "stages");
	refused_after(params_9999, "section 2 (params): count 9999 exceeds the limit of 4096", "params");
	refused_after(perms_huge, "section 4 (permutations): count 2147483647 exceeds the limit of 1024", "perms");
	refused_after(slots_huge, "permutation 0: chunk 32 or slots 70000 out of range", "slots");
	refused_after(param_bytes_huge, "param_bytes 1125899906842624 exceeds the limit", "param_bytes");
	refused_after(sched_reserved, "reserved field is 1", "reserved");
	refused_after(more_params, "parameters take", "one parameter more");
	refused_after(more_perms, "too short for 3 permutations", "one permutation more");
	refused_after(slots_fewer, "section 4 (permutations):", "fewer slots");
	refused_after(chunk_wraps, "permutation 0: chunk 2147483680", "chunk wraps");
	refused_after(param_count_wraps, "section 2 (params): parameter 1 (dense1.acc):", "count wraps");
	refused_after(param_shape_wraps, "shape has more than", "shape wraps");
	refused_after(training_longer, "section 4 (permutations): offset", "training longer");
}

static void net_name_newline(unsigned char *img, size_t n)
{
	(void)n;
	field(img, 1, 0)[2] = '\n';
}

static void net_name_unterminated(unsigned char *img, size_t n)
{
	(void)n;
	memset(field(img, 1, 0), 'a', 64);
}

static void net_name_garbage(unsigned char *img, size_t n)
{
	(void)n;
	field(img, 1, 0)[60] = 'x'; /* after the NUL of "wide" */
}

static void param_name_empty(unsigned char *img, size_t n)
{
	(void)n;
	memset(field(img, 2, 8), 0, 64);
}

static void dataset_tab(unsigned char *img, size_t n)
{
	(void)n;
	field(img, 3, 0)[0] = '\t';
}

/* no accumulate has 0 logits: model_validate's message comes through */
static void logits_zero(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 1, 72), 0);
}

static void buffer_moved(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 1, 120 + 20 + 12), unit_rd32(field(img, 1, 120 + 20 + 12)) + 16);
}

static void stride_longer(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(field(img, 1, 104), unit_rd64(field(img, 1, 104)) + 16);
}

static void epochs_zero(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 3, 64), 0);
}

static void batch_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 3, 68), 0xffffffffu);
}

static void batch_65537(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 3, 68), 65537);
}

static void epochs_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 3, 64), 100001);
}

static void validation_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 3, 72), 0xffffffffu);
}

static void every_zero(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 3, 80), 0);
}

static void seed_huge(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr64(field(img, 3, 92), 1ull << 32);
}

static void precision_unknown(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 3, 88), PREC__COUNT);
}

static void eps_infinite(unsigned char *img, size_t n)
{
	(void)n;
	unit_wr32(field(img, 3, 112), 0x7f800000u);
}

static void test_fields(void)
{
	refused_after(net_name_newline, "network name is not", "newline in the name");
	refused_after(net_name_unterminated, "network name is not", "unterminated name");
	refused_after(net_name_garbage, "network name is not", "bytes after the NUL");
	refused_after(param_name_empty, "invalid model: parameter 0: name", "empty parameter name");
	refused_after(dataset_tab, "section 3 (training): dataset name", "tab in the dataset");
	refused_after(logits_zero, "invalid model: logits 0 out of range 1..256", "logits 0");
	refused_after(buffer_moved, "section 1 (schedule): buffer 1 at offset", "buffer moved");
	refused_after(stride_longer, "act_stride", "act_stride");
	refused_after(epochs_zero, "invalid model: training defaults: epochs 0 is not from 1 to 100000", "epochs 0");
	refused_after(epochs_huge, "training defaults: epochs 100001 is not from 1 to 100000", "epochs 100001");
	refused_after(batch_huge, "training defaults: batch 4294967295 is not from 1 to 65536", "batch 2^32-1");
	refused_after(batch_65537, "training defaults: batch 65537 is not from 1 to 65536", "batch 65537");
	refused_after(validation_huge, "training defaults: validation 4294967295 is not from 0 to 1000000",
	              "validation 2^32-1");
	refused_after(every_zero, "training defaults: every 0 is not from 1 to 100000", "every 0");
	refused_after(seed_huge, "training defaults: seed 4294967296 is not from 0 to 4294967295", "seed 2^32");
	refused_after(eps_infinite, "training defaults: eps inf is out of range", "eps inf");
	refused_after(precision_unknown, "section 3 (training): precision 2", "precision 2");

	/* the writer refuses what it cannot encode */
	Model m;
	unsigned char *img = NULL;
	size_t n = 0;
	model_of(sources[MAIN], &m);
	memset(m.params[0].name, 'x', sizeof m.params[0].name);
	CU_ASSERT_EQUAL(prog_serialize(&m, 19, NULL, 0, &img, &n), -1);
	CU_ASSERT_PTR_NULL(img);
	m.params[0].name[0] = '\0';
	m.nbufs = MODEL_MAX_BUFS + 1;
	CU_ASSERT_EQUAL(prog_serialize(&m, 19, NULL, 0, &img, &n), -1);
	model_free(&m);
}

/* The index of the first stage of kind k (nstages if none) */
static uint32_t first_stage(const Model *m, StageKind k)
{
	uint32_t s = 0;
	while (s < m->nstages && m->stages[s].kind != k)
		s++;
	return s;
}

/* A gather's table is checked against its stage and its input, and every other stage
 * keeps its positions: hostile values are refused, never read past */
static void test_gather_checks(void)
{
	Model m;
	char err[256];
	model_of(sources[IMG], &m);
	uint32_t s = first_stage(&m, STAGE_GATHER), t = first_stage(&m, STAGE_TILES);
	CU_ASSERT_FATAL(s < m.nstages && t < m.nstages && m.ngathers == 5);
	CU_ASSERT_TRUE_FATAL(model_validate(&m, err, sizeof err));
	static const char *const want[] = {"gather: bad input", "gather: bad input", "gather: bad input", "gather: bad input",
	                                   "gather: table of", "gather: entry 0 reads", "gather: entry 0 reads",
	                                   "reads 1 positions and writes 20"};
	for (int k = 0; k < 8; k++) {
		ModelStage st = m.stages[s], tiles = m.stages[t];
		int32_t first = m.gathers[0].index[0];
		switch (k) {
		case 0: m.stages[s].in = MODEL_NONE; break;
		case 1: m.stages[s].gather = m.ngathers; break;
		case 2: m.stages[s].window = 0; break;
		case 3: m.stages[s].gather_op = GATHER__COUNT; break;
		case 4: m.stages[s].window = 2; break;
		case 5: m.gathers[0].index[0] = -2; break;
		case 6: m.gathers[0].index[0] = (int32_t)model_buf_floats(&m.bufs[m.input]); break;
		case 7: m.stages[t].in = m.input; break; /* one position in, twenty out */
		}
		CU_ASSERT_FALSE(model_validate(&m, err, sizeof err));
		CU_ASSERT_PTR_NOT_NULL(strstr(err, want[k]));
		if (!strstr(err, want[k]))
			printf("\n  case %d: \"%s\"\n", k, err);
		m.stages[s] = st;
		m.stages[t] = tiles;
		m.gathers[0].index[0] = first;
	}
	CU_ASSERT_TRUE(model_validate(&m, err, sizeof err));
	model_free(&m);
}

/* A norm reads an accumulate and is read by the binary after it, whose neurons the
 * .chip folds it into (emit_chip.c's neuron_table finds it just before them). */
static void test_norm_placement(void)
{
	Model m;
	char err[256];
	model_of(sources[REG], &m);
	uint32_t s = first_stage(&m, STAGE_NORM);
	CU_ASSERT_FATAL(s + 1 < m.nstages && m.stages[s + 1].kind == STAGE_BINARY);
	CU_ASSERT_TRUE(model_validate(&m, err, sizeof err));

	ModelStage norm = m.stages[s], next = m.stages[s + 1];
	m.stages[s].in = m.input; /* written, of the same width, but not an accumulate's */
	CU_ASSERT_FALSE(model_validate(&m, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "norm: bad widths or statistics"));
	m.stages[s] = norm;

	m.stages[s + 1].in = norm.in; /* the binary after it reads around it */
	CU_ASSERT_FALSE(model_validate(&m, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "norm not followed by the binary stage that reads it"));
	m.stages[s + 1] = next;

	m.stages[s + 1].kind = STAGE_PERMUTE; /* something else after it */
	CU_ASSERT_FALSE(model_validate(&m, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "norm not followed by the binary stage that reads it"));
	m.stages[s + 1] = next;
	CU_ASSERT_TRUE(model_validate(&m, err, sizeof err));
	model_free(&m);
}

/* A dropout rate of 1 or more, or not a number, on the input or on a binary */
static void test_dropout_range(void)
{
	Model m;
	char err[256];
	model_of(sources[REG], &m);
	uint32_t bin = first_stage(&m, STAGE_BINARY);
	CU_ASSERT_FATAL(m.stages[0].kind == STAGE_LOAD && bin < m.nstages);
	const float bad[] = {1.0f, 2.0f, -0.1f, NAN};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		float load = m.stages[0].dropout, binary = m.stages[bin].dropout;
		m.stages[0].dropout = bad[i];
		CU_ASSERT_FALSE(model_validate(&m, err, sizeof err));
		CU_ASSERT_PTR_NOT_NULL(strstr(err, "load must write the input buffer, its dropout below 1"));
		m.stages[0].dropout = load;
		m.stages[bin].dropout = bad[i];
		CU_ASSERT_FALSE(model_validate(&m, err, sizeof err));
		CU_ASSERT_PTR_NOT_NULL(strstr(err, "binary: bad widths, settings or thresholds"));
		m.stages[bin].dropout = binary;
	}
	CU_ASSERT_TRUE(model_validate(&m, err, sizeof err));
	model_free(&m);
}

/* Noise at the comparator needs the accumulate whose gain scales it right before the
 * binary (or before its norm); a placement past the last is refused */
static void test_noise_at(void)
{
	Model m;
	char err[256];
	model_of(sources[REG], &m);
	uint32_t bin = first_stage(&m, STAGE_BINARY);
	CU_ASSERT_FATAL(bin >= 2 && m.stages[bin].noise_at == NOISE_AT_COMPARATOR);
	CU_ASSERT_EQUAL(m.stages[bin - 1].kind, STAGE_NORM);
	CU_ASSERT_EQUAL(model_noise_gain(&m, bin), bin - 2);
	ModelStage norm = m.stages[bin - 1];
	m.stages[bin - 1].in = m.stages[bin - 1].out; /* the norm reads something else */
	CU_ASSERT_EQUAL(model_noise_gain(&m, bin), MODEL_NONE);
	m.stages[bin - 1] = norm;
	m.stages[bin].noise_at = NOISE_AT__COUNT;
	CU_ASSERT_FALSE(model_validate(&m, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "binary: bad widths, settings or thresholds"));
	m.stages[bin].noise_at = NOISE_AT_COMPARATOR;
	CU_ASSERT_TRUE(model_validate(&m, err, sizeof err));
	model_free(&m);

	model_of(sources[MAIN], &m); /* no norm: the accumulate right before */
	bin = first_stage(&m, STAGE_BINARY);
	CU_ASSERT_EQUAL(m.stages[bin].noise_at, NOISE_AT_GAIN);
	CU_ASSERT_EQUAL(model_noise_gain(&m, bin), bin - 1);
	m.stages[bin].noise_at = NOISE_AT_COMPARATOR;
	CU_ASSERT_TRUE(model_validate(&m, err, sizeof err));
	model_free(&m);
}

/* A quantized tiles stage's read path: the ADC's levels, R = adc_range 256 L, the read
 * noise, from the chip section; an ADC or read noise without weight levels or a range,
 * and values out of range, are refused */
static void test_read_path(void)
{
	Model m;
	char err[256];
	model_of(sources[REG], &m);
	uint32_t t = first_stage(&m, STAGE_TILES);
	ModelStage *st = &m.stages[t];
	CU_ASSERT_EQUAL(st->levels, 31u);
	CU_ASSERT_EQUAL(st->adc_levels, 63u);
	CU_ASSERT_EQUAL(st->adc_range, 0.25f * 256 * 31);
	CU_ASSERT_EQUAL(st->read_noise, 0.03f);
	CU_ASSERT_EQUAL(adc_step(st->adc_range, st->adc_levels), 1984.0f / 63.0f);
	const ModelStage good = *st;
	struct { uint32_t levels, adc_levels; float range, noise; } bad[] = {
		{0, 63, 1984, 0.03f}, {31, 63, 0, 0.03f}, {31, 0, 0, 0.03f}, {31, 32768, 1984, 0},
		{31, 63, 1984, -0.5f}, {31, 63, 1984, NAN}, {31, 63, INFINITY, 0}, {31, 63, -1, 0}};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		st->levels = bad[i].levels;
		st->adc_levels = bad[i].adc_levels;
		st->adc_range = bad[i].range;
		st->read_noise = bad[i].noise;
		CU_ASSERT_FALSE(model_validate(&m, err, sizeof err));
		CU_ASSERT_PTR_NOT_NULL(strstr(err, "tiles: bad"));
		*st = good;
	}
	st->adc_levels = 0; /* read noise alone */
	CU_ASSERT_TRUE(model_validate(&m, err, sizeof err));
	model_free(&m);

	/* adc_read: clamped codes, halves to even, s D a; without an ADC s (p + noise) */
	CU_ASSERT_EQUAL(adc_code(2.5f, 1.0f, 7), 2.0f);
	CU_ASSERT_EQUAL(adc_code(-3.5f, 1.0f, 7), -4.0f);
	CU_ASSERT_EQUAL(adc_code(100.0f, 1.0f, 7), 7.0f);
	CU_ASSERT_EQUAL(adc_code(-100.0f, 1.0f, 7), -7.0f);
	CU_ASSERT_EQUAL(adc_read(30.0f, 1.0f, 0.5f, 70.0f, 7), 0.5f * 10.0f * 3.0f);
	CU_ASSERT_EQUAL(adc_read(30.0f, 1.0f, 0.5f, 70.0f, 0), 15.5f);
}

/* ---- random damage ---- */

static void mutate(unsigned char *img, size_t n, unsigned *seed)
{
	static const uint32_t interesting[] = {0, 1, 2, 7, 8, 16, 255, 256, 257, 1024, 4096, 4097, 65536, 0x7fffffffu,
	                                       0x80000000u, 0xfffffffeu, 0xffffffffu};
	const size_t ninteresting = sizeof interesting / sizeof interesting[0];
	int edits = 1 + rand_r(seed) % 6;
	for (int e = 0; e < edits; e++) {
		size_t at = (size_t)rand_r(seed) % n;
		switch (rand_r(seed) % 5) {
		case 0:
			img[at] ^= (unsigned char)(1u << (rand_r(seed) % 8));
			break;
		case 1:
			img[at] = (unsigned char)rand_r(seed);
			break;
		case 2: /* a whole u32 field */
			at &= ~(size_t)3;
			if (at + 4 <= n)
				unit_wr32(img + at, interesting[(size_t)rand_r(seed) % ninteresting]);
			break;
		case 3: /* a whole u64 field, maybe a near miss of a real one */
			at &= ~(size_t)7;
			if (at + 8 <= n)
				unit_wr64(img + at, unit_rd64(img + at) + (uint64_t)(rand_r(seed) % 33) - 16);
			break;
		case 4: { /* a run of bytes copied from elsewhere */
			size_t from = (size_t)rand_r(seed) % n, len = 1 + (size_t)rand_r(seed) % 64;
			if (at + len <= n && from + len <= n)
				memmove(img + at, img + from, len);
			break;
		}
		}
	}
}

static void mutations_of(int k, unsigned seed)
{
	size_t n;
	unsigned char *img = image_of(k, &n);
	unsigned char *copy = malloc(n);
	int accepted = 0;
	for (int round = 0; round < 2 * 20000; round++) {
		/* half as they come (nearly all stop at a checksum), half resealed so the
		 * damage reaches every check behind the checksums; some cut short too */
		bool sealed = round % 2;
		size_t len = n;
		memcpy(copy, img, n);
		mutate(copy, n, &seed);
		if (rand_r(&seed) % 8 == 0)
			len = (size_t)rand_r(&seed) % n;
		if (sealed)
			reseal(copy, len, rand_r(&seed) % 2);
		Prog p;
		char err[512] = "";
		if (prog_parse(copy, len, &p, err, sizeof err)) {
			char why[256] = "";
			bool valid = model_validate(&p.model, why, sizeof why);
			CU_ASSERT(valid);
			if (!valid)
				printf("\n  source %d, round %d: accepted an invalid model: %s\n", k, round, why);
			accepted++;
			prog_free(&p);
		} else {
			bool good = err[0] && !strchr(err, '\n') && zeroed(&p);
			CU_ASSERT(good);
			if (!good)
				printf("\n  source %d, round %d: refused with \"%s\"\n", k, round, err);
		}
	}
	/* resealed changes that keep the model valid (macs, a threshold, the bitcode) are
	 * accepted: the second branch above has run */
	CU_ASSERT(accepted > 0);
	free(copy);
	free(img);
}

static void test_random_mutations(void)
{
	mutations_of(MAIN, 20261201);
	mutations_of(REG, 20261202);
}

/* ---- files ---- */

static char dir[64];

static int setup(void)
{
	return unit_tmpdir_open(dir, "prog");
}

static int teardown(void)
{
	return unit_tmpdir_close(dir);
}

static void test_write_and_load(void)
{
	char path[128], err[512] = "";
	snprintf(path, sizeof path, "%s/net.prog", dir);
	Model m;
	model_of(sources[MAIN], &m);
	fake_bitcode();
	CU_ASSERT_EQUAL(prog_write(path, &m, 19, bitcode, sizeof bitcode, err, sizeof err), 0);
	CU_ASSERT_STRING_EQUAL(err, "");
	CU_ASSERT_EQUAL(unit_entries(dir), 1); /* no temporary left beside it */
	Prog p;
	CU_ASSERT_TRUE_FATAL(prog_load(path, &p, err, sizeof err));
	CU_ASSERT_TRUE(same_model(&m, &p.model));
	CU_ASSERT_EQUAL(p.llvm_major, 19);
	CU_ASSERT(p.bitcode_size == sizeof bitcode && memcmp(p.bitcode, bitcode, sizeof bitcode) == 0);
	prog_free(&p);

	/* an invalid model is not written, and the old file stays */
	m.logits = 0;
	CU_ASSERT_EQUAL(prog_write(path, &m, 19, bitcode, sizeof bitcode, err, sizeof err), -1);
	CU_ASSERT(strncmp(err, path, strlen(path)) == 0 && strstr(err, "not written: invalid model: logits 0"));
	CU_ASSERT_EQUAL(unit_entries(dir), 1);
	CU_ASSERT_TRUE(prog_load(path, &p, err, sizeof err));
	prog_free(&p);
	m.logits = 3;

	char missing[160];
	snprintf(missing, sizeof missing, "%s/no/such/dir/net.prog", dir);
	CU_ASSERT_EQUAL(prog_write(missing, &m, 19, bitcode, sizeof bitcode, err, sizeof err), -1);
	CU_ASSERT(strncmp(err, missing, strlen(missing)) == 0);
	model_free(&m);

	/* loading: every message starts with the path */
	CU_ASSERT_FALSE(prog_load(missing, &p, err, sizeof err));
	CU_ASSERT(strncmp(err, missing, strlen(missing)) == 0 && strstr(err, "No such file"));
	CU_ASSERT(zeroed(&p));
	CU_ASSERT_FALSE(prog_load(dir, &p, err, sizeof err));
	CU_ASSERT(strncmp(err, dir, strlen(dir)) == 0 && strstr(err, "directory"));
	CU_ASSERT(zeroed(&p));

	snprintf(path, sizeof path, "%s/mnist.eic", dir);
	FILE *f = fopen(path, "w");
	fputs("network mnist { input 784; dense 10; }\n", f);
	fclose(f);
	char want[200];
	snprintf(want, sizeof want, "%s: bad magic (not a .prog file)", path);
	CU_ASSERT_FALSE(prog_load(path, &p, err, sizeof err));
	CU_ASSERT_STRING_EQUAL(err, want);
	f = fopen(path, "w");
	fclose(f);
	snprintf(want, sizeof want, "%s: empty file (not a .prog file)", path);
	CU_ASSERT_FALSE(prog_load(path, &p, err, sizeof err));
	CU_ASSERT_STRING_EQUAL(err, want);
	/* too large: refused from its size, before a byte is read (the file is sparse) */
	CU_ASSERT_EQUAL(truncate(path, (off_t)PROG_MAX_FILE_SIZE + 1), 0);
	CU_ASSERT_FALSE(prog_load(path, &p, err, sizeof err));
	CU_ASSERT(strncmp(err, path, strlen(path)) == 0 && strstr(err, "larger than 1024 MiB"));
	unlink(path);
}

void add_prog_tests(void)
{
	CU_pSuite s = CU_add_suite("prog", setup, teardown);
	CU_add_test(s, "round trip: every field, the same bytes again", test_round_trip);
	CU_add_test(s, "the byte layout of prog.h", test_layout_as_documented);
	CU_add_test(s, "truncated at every length", test_truncation);
	CU_add_test(s, "every bit of header and table, a sample of every section", test_bit_flips);
	CU_add_test(s, "magic and version", test_magic_and_version);
	CU_add_test(s, "offsets, sizes and the section count", test_offsets);
	CU_add_test(s, "duplicate, missing, unknown and misordered sections", test_section_ids);
	CU_add_test(s, "counts against sizes and limits", test_counts);
	CU_add_test(s, "names, layout and the model's own checks", test_fields);
	CU_add_test(s, "gather tables and positions against their stages", test_gather_checks);
	CU_add_test(s, "a norm between an accumulate and its binary", test_norm_placement);
	CU_add_test(s, "dropout rates of 1, above, below 0 and NaN", test_dropout_range);
	CU_add_test(s, "noise at the comparator needs an accumulate before it", test_noise_at);
	CU_add_test(s, "a tiles stage's ADC and read noise", test_read_path);
	CU_add_test(s, "40000 random mutations of two images", test_random_mutations);
	CU_add_test(s, "prog_write and prog_load", test_write_and_load);
}
