/* test_chip.c: the .chip core-mapping binary (common/chip.c, docs/chip-format.md) and
 * the chip back end that fills it (compiler/emit_chip.c). Files built from compiled
 * networks, with random trained parameters and without, must read back equal in every
 * field and write the same bytes again, their codes and scales those of
 * common/model.h; every damaged image (cut short, a bit flipped, random changes with
 * the checksums made right again) must be refused with a one-line message, or, if
 * accepted, hold a file that chip_validate accepts. Never a crash: the sanitizer build
 * runs these under ASan and UBSan. Inconsistent content (places, codes, tables, the
 * program's order) is refused by chip_validate with a message that names it. */
#include "unit.h"
#include "chip.h"
#include "emit_chip.h"
#include "flatten.h"
#include "model.h"
#include "place.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { N = CORE_N, NN = CORE_N * CORE_N, HEADER = 32, ENTRY = 24, MAX_SECTIONS = 16 };

/* 300 inputs: two input blocks, the second partly padding; a permute takes whole
 * blocks, at its default chunk 16 (16 slots). A program needs a train section. */
#define TRAIN "train { epochs 1; }\n"
#define NET "network t { input 300; dense 512; binary; permute; dense 10; }\n" TRAIN
static const char *const sources[] = {
	NET,
	NET "chip { grid 3x4; weight_bits 4; }\n",
	NET "chip { weight_bits 12; weight_range 0.05; }\n", /* i16 codes; the range clips */
	/* two neuron tables of 512 entries each, on a 3x4 grid of which 10 cores are used */
	"network t2 { input 300; dense 512; binary; permute; dense 512; binary; dense 10; }\n" TRAIN
	"chip { grid 3x4; }\n",
	/* small enough (2 cores) to damage 3000 times with the weights in it */
	"network w { input 20; dense 256; binary; permute chunk=64; dense 3; }\n" TRAIN,
	/* batch normalisation and learned thresholds, folded into the neurons */
	"network n { input 300; dense 512; binary threshold=0.1 noise=0.2 batchnorm=on learn_threshold=on; permute;"
	" dense 10; }\n" TRAIN,
	/* the same with the neurons' noise at the comparator */
	"network n { input 300; dense 512; binary threshold=0.1 noise=0.2 batchnorm=on learn_threshold=on; permute;"
	" dense 10; }\n" TRAIN "chip { neuron_noise comparator; }\n",
	/* an ADC and read noise: R = 0.5 x 256 x 31 on every core */
	NET "chip { weight_bits 6; adc_bits 6; adc_range 0.5; read_noise 0.02; permute hard; }\n",
	/* convolutions: gathers of patches, an average pool (the next core's scale divided
	 * by 4), a strided conv over 2 input blocks, a max pool, a flatten; a soft permute */
	"network c { input 8x8x1; conv 3x3 channels=32 pad=1; binary; pool 2x2 op=avg;"
	" conv 3x3 channels=256 stride=2 pad=1; binary batchnorm=on; permute; pool 2x2; flatten; dense 10; }\n" TRAIN,
};
enum { NSOURCES = sizeof sources / sizeof sources[0], I16 = 2, TWO = 3, SMALL = 4, NORM = 5, COMPARATOR = 6,
	ADC = 7, CONV = 8 };

static float rdf32(const unsigned char *p)
{
	uint32_t u = unit_rd32(p);
	float f;
	memcpy(&f, &u, 4);
	return f;
}

static uint32_t lcg(uint32_t *s)
{
	*s = *s * 1664525u + 1013904223u;
	return *s >> 8;
}

/* Roughly normal, sigma about 0.05: the sum of four uniforms, centred. */
static float normalish(uint32_t *s)
{
	float u = 0;
	for (int k = 0; k < 4; k++)
		u += (float)lcg(s) / 16777216.0f;
	return (u - 2) * 0.0866f;
}

/* A network compiled and mapped: its model, parameters (NULL: the mapping alone) and
 * the ChipFile emitchip_build made of them. */
typedef struct Built {
	Model m;
	float *params;
	ChipFile f;
} Built;

static const ModelParam *param_named(const Model *m, const char *layer, const char *what)
{
	char name[MODEL_NAME_MAX + 16];
	snprintf(name, sizeof name, "%s.%s", layer, what);
	for (uint32_t p = 0; p < m->nparams; p++)
		if (strcmp(m->params[p].name, name) == 0)
			return &m->params[p];
	return NULL;
}

static void build(int k, bool weights, Built *b)
{
	Compiled c;
	compile_string(&c, sources[k]);
	if (!c.sched)
		printf("\n  source %d: %s\n", k, c.messages);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c.sched);
	c.diag.out = stderr; /* compile_string closed the stream it printed to */
	CU_ASSERT_TRUE_FATAL(emitchip_check(c.sched, &c.diag));
	place_schedule(c.sched, true, &c.arena);
	flatten_model(c.sched, &b->m);
	b->params = NULL;
	if (weights) {
		size_t count = (size_t)(b->m.param_bytes / 4);
		b->params = malloc((count + 1) * sizeof *b->params);
		CU_ASSERT_PTR_NOT_NULL_FATAL(b->params);
		uint32_t seed = 1000u + (uint32_t)k;
		for (size_t i = 0; i < count; i++) /* the weights, the accumulators, tau: all of it */
			b->params[i] = normalish(&seed);
		/* the first tile of the first layer all zeros: scale 0, codes 0 */
		const ModelParam *w = param_named(&b->m, "dense1", "weights");
		CU_ASSERT_PTR_NOT_NULL_FATAL(w);
		memset(b->params + w->offset / 4, 0, NN * sizeof *b->params);
	}
	emitchip_build(c.sched, &b->m, b->params, &b->f);
	compiled_free(&c);
}

static void built_free(Built *b)
{
	chip_free(&b->f);
	model_free(&b->m);
	free(b->params);
}

static unsigned char *image_of(const ChipFile *f, size_t *n)
{
	unsigned char *img = NULL;
	CU_ASSERT_EQUAL_FATAL(chip_serialize(f, &img, n), 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(img);
	return img;
}

/* A valid image of sources[k]; the caller frees it. */
static unsigned char *built_image(int k, bool weights, size_t *n)
{
	Built b;
	build(k, weights, &b);
	unsigned char *img = image_of(&b.f, n);
	built_free(&b);
	return img;
}

#define SAME(x) (memcmp(&a->x, &b->x, sizeof a->x) == 0) /* bits: floats compare exactly */

static bool same_chip(const ChipFile *a, const ChipFile *b)
{
	bool ok = SAME(flags) && SAME(chip) && SAME(ncores) && SAME(nbufs) && SAME(ninsns) && SAME(nperms)
	          && SAME(ntables) && SAME(ngathers) && !a->codes == !b->codes;
	for (uint32_t g = 0; ok && g < a->ngathers; g++)
		ok = SAME(gathers[g].window) && SAME(gathers[g].values) && SAME(gathers[g].count)
		     && memcmp(a->gathers[g].index, b->gathers[g].index, a->gathers[g].count * sizeof(uint32_t)) == 0;
	for (uint32_t i = 0; ok && i < a->ncores; i++)
		ok = SAME(cores[i]);
	for (uint32_t i = 0; ok && i < a->nbufs; i++)
		ok = SAME(bufs[i]);
	for (uint32_t i = 0; ok && i < a->ninsns; i++)
		ok = SAME(insns[i]);
	for (uint32_t i = 0; ok && i < a->nperms; i++)
		ok = SAME(perms[i].chunk) && SAME(perms[i].slots) && a->perms[i].slots <= N
		     && memcmp(a->perms[i].plus, b->perms[i].plus, a->perms[i].slots * sizeof(uint16_t)) == 0
		     && memcmp(a->perms[i].minus, b->perms[i].minus, a->perms[i].slots * sizeof(uint16_t)) == 0;
	for (uint32_t t = 0; ok && t < a->ntables; t++) {
		const ChipTable *x = &a->tables[t], *y = &b->tables[t];
		ok = x->kind == y->kind && x->count == y->count;
		if (ok && x->kind == CHIP_TABLE_NEURON)
			ok = memcmp(x->neurons, y->neurons, x->count * sizeof *x->neurons) == 0;
		else if (ok)
			ok = memcmp(x->gains, y->gains, x->count * sizeof *x->gains) == 0;
	}
	return ok && (!a->codes || memcmp(a->codes, b->codes, (size_t)a->ncores * NN * sizeof *a->codes) == 0);
}

static bool zeroed(const ChipFile *f)
{
	static const ChipFile zero;
	return memcmp(f, &zero, sizeof zero) == 0;
}

/* The image must be refused: a one-line message containing `want` (when given), and
 * nothing left in the ChipFile. Prints what happened when it is not so. */
static void refused(const unsigned char *img, size_t n, const char *want, const char *what)
{
	ChipFile f;
	memset(&f, 0xa5, sizeof f); /* chip_parse must clear it */
	char err[512] = "x";
	bool ok = chip_parse(img, n, &f, err, sizeof err);
	bool good = !ok && err[0] && !strchr(err, '\n') && zeroed(&f) && (!want || strstr(err, want));
	CU_ASSERT(good);
	if (!good)
		printf("\n  %s: %s: \"%s\" (want \"%s\")\n", what, ok ? "accepted" : "refused", err, want ? want : "");
	if (ok)
		chip_free(&f);
}

/* The index of the nth instruction with op, or the count when there is none. */
static uint32_t nth(const ChipFile *f, uint32_t op, int n)
{
	for (uint32_t i = 0; i < f->ninsns; i++)
		if (f->insns[i].op == op && n-- == 0)
			return i;
	CU_FAIL("no such instruction");
	return f->ninsns;
}

/* A deep copy, to damage and chip_free. */
static void clone(ChipFile *dst, const ChipFile *src)
{
	*dst = *src;
#define DUP(field, count)                                                      \
	do {                                                                   \
		size_t bytes_ = (size_t)(count) * sizeof *src->field;              \
		dst->field = malloc(bytes_ + 1);                                   \
		CU_ASSERT_PTR_NOT_NULL_FATAL(dst->field);                          \
		if (bytes_)                                                        \
			memcpy(dst->field, src->field, bytes_);                        \
	} while (0)
	DUP(cores, src->ncores);
	DUP(bufs, src->nbufs);
	DUP(insns, src->ninsns);
	DUP(perms, src->nperms);
	DUP(tables, src->ntables);
	DUP(gathers, src->ngathers);
	for (uint32_t g = 0; g < src->ngathers; g++)
		DUP(gathers[g].index, src->gathers[g].count);
	for (uint32_t t = 0; t < src->ntables; t++) {
		const ChipTable *x = &src->tables[t];
		dst->tables[t].neurons = NULL;
		dst->tables[t].gains = NULL;
		if (x->kind == CHIP_TABLE_NEURON)
			DUP(tables[t].neurons, x->count);
		else
			DUP(tables[t].gains, x->count);
	}
	dst->codes = NULL;
	if (src->codes)
		DUP(codes, (size_t)src->ncores * NN);
#undef DUP
}

/* ---- round trips ---- */

/* The factor of soft permutations and average pools that the cores reading `param`'s
 * input fold into their scales (docs/chip-format.md section 4): the product of the
 * a(tau) of the permutes since the last neuron, divided by the window of each mean
 * gather; 1 without. */
static float input_factor(const Model *m, const float *params, const ModelParam *param)
{
	float a = 1;
	for (uint32_t k = 0; k < m->nstages; k++) {
		const ModelStage *st = &m->stages[k];
		if (st->kind == STAGE_BINARY)
			a = 1;
		else if (st->kind == STAGE_PERMUTE && !st->hard)
			a *= model_permute_gain(params[m->params[st->param].offset / 4], m->perms[st->perm].slots);
		else if (st->kind == STAGE_GATHER && st->gather_op == GATHER_MEAN)
			a /= (float)st->window; /* the chip sums what training averages */
		else if (st->kind == STAGE_TILES && &m->params[st->param] == param)
			return a;
	}
	return a;
}

/* The codes and scales of every core are those of model_tile_scale and model_code of
 * its tile's weights, with the factor of its input folded in; the mvm of each core
 * names the tile's input block and slot; the readout's gains are the sums of the
 * accumulator over m, in float. */
static void check_derived(const Built *b)
{
	const ChipFile *f = &b->f;
	uint32_t levels = chip_levels(f->chip.weight_bits);
	uint32_t zero_tiles = 0, clamped = 0;
	for (uint32_t i = 0; i < f->ninsns; i++) {
		const ChipInsn *x = &f->insns[i];
		if (x->op != CHIP_OP_MVM)
			continue;
		const ChipCore *k = &f->cores[x->a];
		const ModelParam *w = param_named(&b->m, k->layer, "weights");
		CU_ASSERT_PTR_NOT_NULL_FATAL(w);
		uint32_t bi = w->shape[1], t = k->out_block * bi + k->in_block;
		CU_ASSERT(k->out_block < w->shape[0] && k->in_block < bi);
		CU_ASSERT_EQUAL(x->b, k->in_block);
		CU_ASSERT_EQUAL(x->c, t);
		if (!b->params) {
			CU_ASSERT(k->scale == 0 && !signbit(k->scale));
			continue;
		}
		const float *tile = b->params + w->offset / 4 + (size_t)t * NN;
		float s = model_tile_scale(tile, NN, f->chip.weight_range, levels), a = input_factor(&b->m, b->params, w);
		float scaled = s * fabsf(a);
		CU_ASSERT(memcmp(&scaled, &k->scale, sizeof s) == 0);
		zero_tiles += s == 0;
		const int16_t *codes = f->codes + (size_t)x->a * NN;
		bool all = true;
		for (size_t e = 0; e < NN; e++) {
			int32_t want = (a < 0 ? -1 : 1) * model_code(tile[e], s, levels);
			all &= codes[e] == want;
			clamped += want == (int32_t)levels || want == -(int32_t)levels;
		}
		CU_ASSERT(all);
	}
	if (!b->params) {
		CU_ASSERT_PTR_NULL(f->codes);
		CU_ASSERT_EQUAL(f->ntables, 0);
		return;
	}
	CU_ASSERT_EQUAL(zero_tiles, 1);
	CU_ASSERT(clamped > 0);
	/* readout: g_k = sum over m of A[0, m, k] of the last layer, in float */
	const ChipInsn *r = &f->insns[f->ninsns - 1];
	const ChipCore *last = &f->cores[f->ncores - 1];
	const ModelParam *acc = param_named(&b->m, last->layer, "acc");
	CU_ASSERT_PTR_NOT_NULL_FATAL(acc);
	CU_ASSERT_FATAL(r->a < f->ntables && f->tables[r->a].kind == CHIP_TABLE_GAINS);
	const float *A = b->params + acc->offset / 4;
	bool gains_ok = f->tables[r->a].count == f->chip.logits;
	for (uint32_t kk = 0; gains_ok && kk < f->chip.logits; kk++) {
		float g = 0;
		for (uint32_t m = 0; m < N; m++)
			g += A[(size_t)m * N + kk];
		gains_ok = memcmp(&g, &f->tables[r->a].gains[kk], sizeof g) == 0;
	}
	CU_ASSERT(gains_ok);
}

static void test_round_trip(void)
{
	for (int k = 0; k < NSOURCES; k++)
		for (int weights = 0; weights < 2; weights++) {
			Built b;
			build(k, weights, &b);
			ChipFile *f = &b.f;
			char err[512] = "";
			CU_ASSERT_TRUE(chip_validate(f, err, sizeof err));
			if (err[0])
				printf("\n  source %d, weights %d: %s\n", k, weights, err);
			CU_ASSERT_EQUAL(f->flags, weights ? (uint32_t)CHIP_FLAG_WEIGHTS : 0u);
			check_derived(&b);

			size_t n, n2;
			unsigned char *img = image_of(f, &n), *again;
			ChipFile g;
			CU_ASSERT_TRUE_FATAL(chip_parse(img, n, &g, err, sizeof err));
			CU_ASSERT_STRING_EQUAL(err, "");
			CU_ASSERT_TRUE(same_chip(f, &g));
			CU_ASSERT_TRUE(same_chip(&g, f));
			CU_ASSERT_TRUE(chip_validate(&g, err, sizeof err));
			/* the writer is deterministic: what was read writes the same bytes */
			CU_ASSERT_EQUAL_FATAL(chip_serialize(&g, &again, &n2), 0);
			CU_ASSERT(n2 == n && memcmp(img, again, n) == 0);
			chip_free(&g);
			CU_ASSERT(zeroed(&g));
			free(again);
			free(img);
			built_free(&b);
		}
}

/* A norm and a learned threshold folded into the neurons: neuron e of the table fires
 * for a sum u (noise off) exactly when the training network's neuron does, gamma (g u -
 * mean)/sqrt(var + eps) + beta >= T[e] on the running statistics, away from a float's
 * distance from the threshold; its noise is sigma over the folded gain, or with the
 * noise at the comparator sigma itself. Gammas of either sign and near 0 come from the
 * random parameters. */
static void norm_folded(int source)
{
	Built b;
	build(source, true, &b);
	const ModelParam *S = param_named(&b.m, "binary1", "norm"), *T = param_named(&b.m, "binary1", "threshold");
	const ModelParam *A = param_named(&b.m, "dense1", "acc");
	CU_ASSERT_FATAL(S && T && A);
	const ChipTable *t = NULL;
	for (uint32_t i = 0; i < b.f.ninsns; i++)
		if (b.f.insns[i].op == CHIP_OP_NEURON) {
			CU_ASSERT_EQUAL(b.f.bufs[b.f.insns[i].in].kind, CHIP_BUF_SUMS); /* the norm has no buffer of its own */
			t = &b.f.tables[b.f.insns[i].a];
		}
	CU_ASSERT_FATAL(t && t->kind == CHIP_TABLE_NEURON && t->count == 512);
	const float *s = b.params + S->offset / 4, *th = b.params + T->offset / 4, *a = b.params + A->offset / 4;
	uint32_t w = 512, seed = 7;
	int differ = 0, fired = 0, quiet = 0, flipped = 0;
	for (uint32_t e = 0; e < t->count; e++) {
		double g = 0;
		for (uint32_t m = 0; m < N; m++)
			g += a[((size_t)(e / N) * N + m) * N + e % N];
		double scale = s[e] / sqrt(fmax(s[3 * w + e], 0) + MODEL_NORM_EPS);
		const ChipNeuron *n = &t->neurons[e];
		flipped += n->polarity < 0;
		/* the noise: 0.2 on z after the gain, on u at the comparator */
		if (source == COMPARATOR ? n->noise != 0.2f : fabs(fabs(n->noise * scale * g) - 0.2) > 1e-5)
			differ++;
		for (int k = 0; k < 40; k++) {
			double u = ((double)lcg(&seed) / 16777216.0 - 0.5) * 8 / fabs(scale * g);
			double y = scale * (g * u - s[2 * w + e]) + s[w + e] - th[e];
			bool want = y >= 0, chip = n->polarity * u >= n->threshold;
			fired += want;
			quiet += !want;
			differ += want != chip && fabs(y) > 1e-4;
		}
	}
	CU_ASSERT_EQUAL(differ, 0);
	CU_ASSERT(fired > 1000 && quiet > 1000 && flipped > 50);
	built_free(&b);
}

static void test_norm_folded(void)
{
	norm_folded(NORM);
	norm_folded(COMPARATOR);
}

/* What the sources asked for reached the file. */
static void test_settings(void)
{
	Built b;
	build(1, true, &b);
	CU_ASSERT_STRING_EQUAL(b.f.chip.name, "t");
	CU_ASSERT(b.f.chip.rows == 3 && b.f.chip.cols == 4);
	CU_ASSERT_EQUAL(b.f.chip.weight_bits, 4);
	CU_ASSERT_EQUAL(chip_levels(4), 7);
	CU_ASSERT_EQUAL(b.f.ncores, 6); /* 300 -> 512: 2 x 2, 512 -> 10: 1 x 2 */
	CU_ASSERT_EQUAL(b.f.chip.input, 300);
	CU_ASSERT_EQUAL(b.f.chip.logits, 10);
	CU_ASSERT_EQUAL(b.f.chip.input_unit, 1.0f / 255.0f);
	built_free(&b);
	build(I16, true, &b);
	CU_ASSERT_EQUAL(b.f.chip.weight_bits, 12);
	CU_ASSERT_EQUAL(b.f.chip.weight_range, 0.05f);
	int lo = 0, hi = 0;
	for (size_t e = 0; e < (size_t)b.f.ncores * NN; e++) {
		lo = b.f.codes[e] < lo ? b.f.codes[e] : lo;
		hi = b.f.codes[e] > hi ? b.f.codes[e] : hi;
	}
	CU_ASSERT(lo == -2047 && hi == 2047); /* clipped at the range: both ends reached, none past */
	for (uint32_t c = 0; c < b.f.ncores; c++)
		CU_ASSERT_EQUAL(b.f.cores[c].adc_range, 0.0f);
	built_free(&b);
	build(ADC, true, &b);
	CU_ASSERT_EQUAL(b.f.chip.adc_bits, 6);
	CU_ASSERT_EQUAL(b.f.chip.read_noise, 0.02f);
	for (uint32_t c = 0; c < b.f.ncores; c++)
		CU_ASSERT_EQUAL(b.f.cores[c].adc_range, 0.5f * 256 * 31);
	built_free(&b);
	size_t n;
	unsigned char *img = built_image(ADC, true, &n);
	unit_wr32(unit_section(img, 2, NULL) + 8 + 84, 0);
	unit_reseal(img, n, NULL, 0);
	refused(img, n, "core 0: ADC range 0 is not a finite number > 0", "an ADC without its range");
	free(img);
}

/* The bytes are where docs/chip-format.md says they are. */
static void test_layout_as_documented(void)
{
	for (int src = 0; src <= I16; src += I16)
		for (int weights = 0; weights < 2; weights++) {
			Built b;
			build(src, weights, &b);
			const ChipFile *f = &b.f;
			size_t n;
			unsigned char *img = image_of(f, &n);
			uint32_t S = weights ? 7 : 5;
			CU_ASSERT(memcmp(img, "EICCHIP\0", 8) == 0);
			CU_ASSERT_EQUAL(unit_rd32(img + 8), 4);
			CU_ASSERT_EQUAL(unit_rd32(img + 12), weights ? 1u : 0u);
			CU_ASSERT_EQUAL(unit_rd64(img + 16), n);
			CU_ASSERT_EQUAL(unit_rd32(img + 24), S);
			CU_ASSERT_EQUAL(unit_rd32(img + 28), unit_crc_more(unit_crc(img, 28), img + 32, S * 24));
			uint64_t perm_bytes = 8, table_bytes = 8;
			for (uint32_t p = 0; p < f->nperms; p++)
				perm_bytes += 8 + 4 * f->perms[p].slots;
			for (uint32_t t = 0; t < f->ntables; t++)
				table_bytes += 8 + f->tables[t].count * (f->tables[t].kind == CHIP_TABLE_NEURON ? 12 : 4);
			size_t w = f->chip.weight_bits <= 8 ? 1 : 2;
			const uint64_t sizes[] = {128, 8 + 88 * (uint64_t)f->ncores, 8 + 16 * (uint64_t)f->nbufs,
			                          8 + 24 * (uint64_t)f->ninsns, perm_bytes, table_bytes,
			                          (uint64_t)f->ncores * NN * w};
			uint64_t off = 32 + 24 * S, end = off; /* of the section before */
			for (uint32_t i = 0; i < S; i++) {
				unsigned char *e = unit_entry(img, i);
				CU_ASSERT_EQUAL(unit_rd32(e), i + 1);
				CU_ASSERT_EQUAL(unit_rd64(e + 8), off);
				CU_ASSERT_EQUAL(unit_rd64(e + 16), sizes[i]);
				CU_ASSERT_EQUAL(unit_rd32(e + 4), unit_crc(img + unit_rd64(e + 8), (size_t)unit_rd64(e + 16)));
				for (uint64_t z = end; z < off; z++)
					CU_ASSERT_EQUAL(img[z], 0); /* padding */
				end = off + sizes[i];
				off = (end + 7) / 8 * 8;
			}
			CU_ASSERT_EQUAL(unit_rd64(unit_entry(img, S - 1) + 8) + sizes[S - 1], n);
			unsigned char *s1 = unit_section(img, 1, NULL), *s2 = unit_section(img, 2, NULL), *s3 = unit_section(img, 3, NULL);
			unsigned char *s4 = unit_section(img, 4, NULL), *s5 = unit_section(img, 5, NULL);
			CU_ASSERT_STRING_EQUAL((char *)s1, "t");
			CU_ASSERT_EQUAL(s1[63], 0);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 64), f->chip.rows);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 68), f->chip.cols);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 72), 256);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 76), src == I16 ? 12u : 8u);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 80), 0);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 84), 0);
			CU_ASSERT_EQUAL(rdf32(s1 + 92), src == I16 ? 0.05f : 1.0f);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 96), 300);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 100), 8);
			CU_ASSERT_EQUAL(rdf32(s1 + 104), 1.0f / 255.0f);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 108), 10);
			CU_ASSERT_EQUAL(rdf32(s1 + 112), f->chip.program_noise);
			CU_ASSERT_EQUAL(rdf32(s1 + 116), f->chip.stuck_low);
			CU_ASSERT_EQUAL(rdf32(s1 + 120), f->chip.stuck_high);
			CU_ASSERT_EQUAL(unit_rd32(s1 + 124), 0);
			CU_ASSERT_EQUAL(unit_rd32(s2), 6);
			const ChipCore *k = &f->cores[5];
			unsigned char *r = s2 + 8 + 5 * 88;
			CU_ASSERT_STRING_EQUAL((char *)r, k->layer);
			CU_ASSERT(unit_rd32(r + 64) == k->row && unit_rd32(r + 68) == k->col && unit_rd32(r + 72) == k->out_block
			          && unit_rd32(r + 76) == k->in_block && rdf32(r + 80) == k->scale && unit_rd32(r + 84) == 0);
			CU_ASSERT(unit_rd32(s3) == f->nbufs && unit_rd32(s3 + 8) == CHIP_BUF_PIXELS && unit_rd32(s3 + 12) == 2
			          && unit_rd32(s3 + 16) == 300 && unit_rd32(s3 + 20) == 1);
			CU_ASSERT(unit_rd32(s4) == f->ninsns && unit_rd32(s4 + 8) == CHIP_OP_LOAD && unit_rd32(s4 + 12) == CHIP_NONE);
			unsigned char *last = s4 + 8 + 24 * (f->ninsns - 1);
			CU_ASSERT(unit_rd32(last) == CHIP_OP_READOUT && unit_rd32(last + 8) == CHIP_NONE && unit_rd32(last + 16) == 10);
			CU_ASSERT_EQUAL(unit_rd32(last + 12), weights ? f->ntables - 1 : CHIP_NONE);
			CU_ASSERT(unit_rd32(s5) == 1 && unit_rd32(s5 + 8) == 16 && unit_rd32(s5 + 12) == 16);
			CU_ASSERT(s5[16] == f->perms[0].plus[0] && s5[16 + 32] == f->perms[0].minus[0]);
			if (weights) {
				unsigned char *s6 = unit_section(img, 6, NULL), *s7 = unit_section(img, 7, NULL);
				CU_ASSERT(unit_rd32(s6) == 2 && unit_rd32(s6 + 8) == CHIP_TABLE_NEURON && unit_rd32(s6 + 12) == 512);
				CU_ASSERT(rdf32(s6 + 16) == f->tables[0].neurons[0].threshold
				          && unit_rd32(s6 + 24) == (uint32_t)f->tables[0].neurons[0].polarity);
				unsigned char *g = s6 + 16 + 512 * 12;
				CU_ASSERT(unit_rd32(g) == CHIP_TABLE_GAINS && unit_rd32(g + 4) == 10 && rdf32(g + 8) == f->tables[1].gains[0]);
				bool codes_ok = true; /* core 1's codes, row-major, two's complement */
				for (size_t e = 0; e < NN; e++) {
					int16_t c = f->codes[NN + e];
					const unsigned char *p = s7 + (NN + e) * w;
					codes_ok &= w == 1 ? (int8_t)p[0] == c : (int16_t)(uint16_t)(p[0] | p[1] << 8) == c;
				}
				CU_ASSERT(codes_ok);
			}
			free(img);
			built_free(&b);
		}
}

/* ---- damaged images ---- */

static void test_truncation(void)
{
	size_t n;
	for (int k = TWO; k <= CONV; k += CONV - TWO) {
		unsigned char *img = built_image(k, false, &n);
		for (size_t len = 0; len < n; len++)
			unit_cut_check(img, len, refused);
		free(img);
	}
	unsigned char *img;
	img = built_image(0, true, &n);
	CU_ASSERT(n > 6 * NN);
	for (size_t len = 0; len < n; len = len < 4096 ? len + 1 : len + 997)
		unit_cut_check(img, len, refused);
	unit_cut_check(img, n - 1, refused);
	free(img);
}

static void flips(unsigned char *img, size_t n)
{
	uint32_t count = unit_rd32(img + 24);
	size_t first = (size_t)unit_rd64(unit_entry(img, 0) + 8);
	CU_ASSERT_EQUAL(first, HEADER + ENTRY * count);
	for (size_t bit = 0; bit < first * 8; bit++) /* every bit of the header and the table */
		unit_flip_check(img, n, bit, refused);
	uint32_t seed = 77;
	for (uint32_t i = 0; i < count; i++) { /* 300 bits of each section, its first and last among them */
		size_t at = (size_t)unit_rd64(unit_entry(img, i) + 8), len = (size_t)unit_rd64(unit_entry(img, i) + 16);
		unit_flip_check(img, n, at * 8, refused);
		unit_flip_check(img, n, (at + len) * 8 - 1, refused);
		for (int k = 0; k < 298; k++)
			unit_flip_check(img, n, at * 8 + lcg(&seed) % (len * 8), refused);
		/* and the padding before the next section: checked to be zero */
		size_t end = i + 1 < count ? (size_t)unit_rd64(unit_entry(img, i + 1) + 8) : n;
		for (size_t z = at + len; z < end; z++)
			unit_flip_check(img, n, z * 8 + 7, refused);
	}
	ChipFile f;
	char err[256] = "";
	CU_ASSERT_TRUE(chip_parse(img, n, &f, err, sizeof err)); /* every flip was undone */
	chip_free(&f);
}

static void test_bit_flips(void)
{
	size_t n;
	unsigned char *img = built_image(TWO, false, &n);
	flips(img, n);
	free(img);
	img = built_image(SMALL, true, &n);
	flips(img, n);
	free(img);
	img = built_image(CONV, false, &n);
	flips(img, n);
	free(img);
}

static void test_magic_and_version(void)
{
	size_t n;
	unsigned char *img = built_image(TWO, false, &n);
	memcpy(img, "EICPROG\0", 8);
	unit_reseal(img, n, NULL, 0);
	refused(img, n, "bad magic (not a .chip file)", "a .prog magic");
	memcpy(img, "EICCHIP\0", 8);
	for (uint32_t v = 1; v <= CHIP_VERSION + 1; v++) { /* the earlier versions, and the next */
		if (v == CHIP_VERSION)
			continue;
		char want[32];
		snprintf(want, sizeof want, "format version %u", v);
		unit_wr32(img + 8, v);
		unit_reseal(img, n, NULL, 0);
		refused(img, n, want, want);
	}
	unit_wr32(img + 8, CHIP_VERSION);
	unit_wr32(img + 12, 2); /* a flag bit the format does not define */
	unit_reseal(img, n, NULL, 0);
	refused(img, n, "flags 0x2", "flag bit 1");
	unit_wr32(img + 12, 1); /* weights, but no sections 6 and 7 */
	unit_reseal(img, n, NULL, 0);
	refused(img, n, "section 6 (tables) is missing", "weights flag without weights");
	unit_wr32(img + 12, 0);
	unit_reseal(img, n, NULL, 0);
	ChipFile f;
	char err[256] = "";
	CU_ASSERT_TRUE(chip_parse(img, n, &f, err, sizeof err));
	chip_free(&f);
	free(img);
}

/* Changes in the bytes, checksums repaired: each reaches the check behind them. */
static void test_fields(void)
{
	size_t n;
	unsigned char *img = built_image(TWO, true, &n), *copy = malloc(n);
	CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
	unsigned char *s1 = unit_section(img, 1, NULL) , *s2 = unit_section(img, 2, NULL), *s3 = unit_section(img, 3, NULL);
	unsigned char *s5 = unit_section(img, 5, NULL), *s6 = unit_section(img, 6, NULL), *s7 = unit_section(img, 7, NULL);
	const struct {
		unsigned char *at;
		uint32_t value;
		const char *want;
	} cases[] = {
		{s1 + 72, 128, "section 1 (chip): crossbar size 128"},
		{s1 + 124, 1, "section 1 (chip): reserved field is 1, not 0"},
		{s1 + 112, 0x40000000u, "program noise 2 is not in 0..1"},
		{s1 + 116, 0x7fc00000u, "stuck fractions nan (low) and 0 (high) are not each in 0..0.5"},
		{s1 + 120, 0x3f400000u, "stuck fractions 0 (low) and 0.75 (high) are not each in 0..0.5"},
		{s1 + 76, 17, "weight bits 17 not in 2..16"},
		{s1 + 92, 0x7fc00000u, "weight range nan"},
		{s1 + 88, 0xff800000u, "read noise -inf"},
		{s2, 13, "section 2 (cores): 888 bytes, but 13 cores take 1152"},
		{s2, 0x10001, "section 2 (cores): count 65537 exceeds the limit of 65536"},
		{s2 + 8 + 84, 0x3f800000u, "core 0: ADC range 1 is not 0 (the chip has no ADC bits or read noise)"},
		{s1 + 84, 1, "ADC bits 1 is neither 0 nor in 2..16"},
		{s1 + 84, 17, "ADC bits 17 is neither 0 nor in 2..16"},
		{s2 + 8 + 64, 9, "off the 3x4 grid"},
		{s3 + 8 + 12, 5, "buffer 0 has 5 positions, but the input is one vector"},
		{s3 + 8 + 12, 0, "buffer 0: 0 positions of 2 blocks"},
		{s3 + 8 + 12, 65537, "buffer 0: 65537 positions of 2 blocks"},
		{s3 + 8, 6, "buffer 0: kind 6"},
		{s5, 1025, "count 1025 exceeds the limit of 1024"},
		{s5, 5, "section 5 (permutations): 80 bytes, too short for 5 permutations"},
		{s5, 2, "section 5 (permutations): 80 bytes, too short for 2 permutations"},
		{s5 + 8 + 4, 257, "permutation 0: chunk 16 or slots 257 out of range"},
		/* chunk * slots = 256 modulo 2^32 */
		{s5 + 8, 16 + (1u << 28), "permutation 0: chunk 268435472"},
		{s6 + 8, 3, "table 0: kind 3 is neither"},
		{s6 + 12, 0x7fffffffu, "table 0: 2147483647 entries"},
		{s6 + 16 + 8, 2, "invalid content: table 0: neuron 0 has"},
		{s6 + 16 + 4, 0xbf800000u, "noise -1"},
		{s7, 0x80808080u, "weight code -128 at [0][0]"},
	};
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		memcpy(copy, img, n);
		unit_wr32(copy + (cases[k].at - img), cases[k].value);
		unit_reseal(copy, n, NULL, 0);
		char what[32];
		snprintf(what, sizeof what, "field case %zu", k);
		refused(copy, n, cases[k].want, what);
	}
	/* names: a control character, no NUL, a byte after the NUL */
	memcpy(copy, img, n);
	(copy + (s2 - img) + 8)[1] = '\n';
	unit_reseal(copy, n, NULL, 0);
	refused(copy, n, "core 0: layer name is not", "newline in a layer name");
	memcpy(copy, img, n);
	memset(copy + (s1 - img), 'a', 64);
	unit_reseal(copy, n, NULL, 0);
	refused(copy, n, "network name is not", "unterminated name");
	memcpy(copy, img, n);
	(copy + (s1 - img))[63] = 'x';
	unit_reseal(copy, n, NULL, 0);
	refused(copy, n, "network name is not", "a byte after the NUL");
	free(copy);
	free(img);
}

/* ---- random damage ---- */

static const uint32_t interesting[] = {
	0, 1, 2, 3, 7, 8, 9, 10, 15, 16, 17, 127, 128, 255, 256, 257, 299, 300, 2047, 4096, 4097, 32767, 32768, 65535,
	65536, 65537, 0x10000010u, 0x01000001u, 0x7fffffffu, 0x80000000u, 0xfffffffeu, 0xffffffffu,
	0x7fc00000u /* NaN */, 0x7f800000u /* inf */, 0xff800000u, 0x3f800000u /* 1 */, 0xbf800000u /* -1 */,
	0x00000001u /* denormal */, 0x80808080u, 0x7f7f7f7fu,
};

/* 1 to 4 edits of at most 4 bytes each, mostly below `span` (the weights of a file
 * with weights are one large section: they get their share, not nearly all). */
static int mutate(unsigned char *img, size_t n, size_t span, uint32_t *seed, UnitEdit *edits)
{
	const size_t ninteresting = sizeof interesting / sizeof interesting[0];
	int count = 1 + (int)(lcg(seed) % 4);
	for (int e = 0; e < count; e++) {
		size_t at = span < n && lcg(seed) % 8 == 0 ? span + lcg(seed) % (n - span) : lcg(seed) % span;
		size_t len = 1;
		uint32_t op = lcg(seed) % 6;
		if (op >= 2) { /* a whole aligned u32 */
			at &= ~(size_t)3;
			if (at + 4 > n)
				op = 0;
			else
				len = 4;
		}
		switch (op) {
		case 0: img[at] ^= (unsigned char)(1u << (lcg(seed) % 8)); break;
		case 1: img[at] = (unsigned char)lcg(seed); break;
		case 2:
		case 3: unit_wr32(img + at, interesting[lcg(seed) % ninteresting]); break;
		case 4: unit_wr32(img + at, unit_rd32(img + at) + (uint32_t)(lcg(seed) % 9) - 4); break;
		case 5: { /* a u32 from elsewhere: an index, a count, a float of the file */
			size_t from = (lcg(seed) % span) & ~(size_t)3;
			if (from + 4 <= n)
				unit_wr32(img + at, unit_rd32(img + from));
			break;
		}
		}
		edits[e] = (UnitEdit){at, len};
	}
	return count;
}

/* `rounds` mutations of img, every other one with its checksums repaired. Returns how
 * many were accepted (with checksums repaired: each one checked). */
static int mutations(unsigned char *img, size_t n, size_t span, int rounds, uint32_t seed)
{
	unsigned char *pristine = malloc(n);
	CU_ASSERT_PTR_NOT_NULL_FATAL(pristine);
	memcpy(pristine, img, n);
	/* unit_reseal writes the header and at most MAX_SECTIONS entries, wherever a damaged
	 * count puts them */
	size_t prefix = HEADER + MAX_SECTIONS * ENTRY;
	int accepted = 0;
	for (int round = 0; round < rounds; round++) {
		UnitEdit edits[4];
		int nedits = mutate(img, n, span, &seed, edits);
		if (round % 2)
			unit_reseal(img, n, edits, nedits);
		ChipFile f;
		char err[512] = "";
		if (chip_parse(img, n, &f, err, sizeof err)) {
			/* accepted: valid, and in the one encoding the writer gives it */
			char why[512] = "";
			bool valid = chip_validate(&f, why, sizeof why);
			unsigned char *again = NULL;
			size_t n2 = 0;
			bool same = chip_serialize(&f, &again, &n2) == 0 && n2 == n && memcmp(again, img, n) == 0;
			CU_ASSERT(valid && same);
			if (!valid || !same)
				printf("\n  round %d: accepted %s: %s\n", round, valid ? "a non-canonical file" : "an invalid file",
				       why);
			if (accepted < 50) { /* and it prints (not every one: the time goes to the weights) */
				char *text = NULL;
				size_t len = 0;
				FILE *out = open_memstream(&text, &len);
				CU_ASSERT_PTR_NOT_NULL_FATAL(out);
				chip_disasm(out, &f);
				fclose(out);
				CU_ASSERT(len > 0);
				free(text);
			}
			free(again);
			chip_free(&f);
			accepted++;
		} else {
			bool good = err[0] && !strchr(err, '\n') && zeroed(&f);
			CU_ASSERT(good);
			if (!good)
				printf("\n  round %d: refused with \"%s\"\n", round, err);
		}
		for (int e = 0; e < nedits; e++)
			memcpy(img + edits[e].at, pristine + edits[e].at, edits[e].len);
		memcpy(img, pristine, prefix < n ? prefix : n); /* the resealed checksums */
	}
	CU_ASSERT(memcmp(img, pristine, n) == 0); /* every change was undone */
	free(pristine);
	return accepted;
}

static void test_random_mutations(void)
{
	size_t n;
	unsigned char *img = built_image(TWO, false, &n);
	int accepted = mutations(img, n, n, 17000, 20260101);
	CU_ASSERT(accepted > 0); /* a name, a float, a free place: the accepting branch ran */
	free(img);
	img = built_image(SMALL, true, &n);
	size_t span = (size_t)(unit_section(img, CHIP_SEC_WEIGHTS, NULL) - img);
	accepted = mutations(img, n, span, 3000, 20260102);
	CU_ASSERT(accepted > 0);
	free(img);
}

/* ---- inconsistent content ---- */

/* Damages f, a valid file of sources[TWO] with weights, in way k; returns the text
 * chip_validate's message must contain, or NULL past the last way. */
static const char *damage(ChipFile *f, int k)
{
	uint32_t acc0 = nth(f, CHIP_OP_ACC, 0), neuron0 = nth(f, CHIP_OP_NEURON, 0), neuron1 = nth(f, CHIP_OP_NEURON, 1);
	uint32_t mvm0 = nth(f, CHIP_OP_MVM, 0), mvm1 = nth(f, CHIP_OP_MVM, 1), perm = nth(f, CHIP_OP_PERMUTE, 0);
	uint32_t last = f->ninsns - 1;
	uint32_t levels = chip_levels(f->chip.weight_bits);
	ChipInsn t;
	switch (k) {
	case 0: /* two cores on one place */
		f->cores[7].row = f->cores[2].row;
		f->cores[7].col = f->cores[2].col;
		return "core 7: place";
	case 1: f->cores[1].row = f->cores[0].row, f->cores[1].col = f->cores[0].col; return "is taken by another core";
	case 2: f->cores[3].col = f->chip.cols; return "core 3: place (";
	case 3: f->cores[3].row = 3; return "is off the 3x4 grid";
	case 4: f->codes[9 * NN + 3 * N + 5] = (int16_t)(levels + 1); return "at [3][5] is outside -127..127";
	case 5: f->codes[0] = (int16_t)-(int32_t)(levels + 1); return "weight code -128 at [0][0] is outside -127..127";
	case 6: f->tables[0].neurons[5].polarity = 2; return "table 0: neuron 5 has threshold";
	case 7: f->tables[1].neurons[299].polarity = -2; return "polarity -2";
	case 8: f->tables[1].neurons[0].noise = -0.5f; return "noise -0.5";
	case 9: f->tables[2].gains[3] = INFINITY; return "table 2: gain 3 is not finite";
	case 10: /* a read before the write: the neuron before the acc that feeds it */
		t = f->insns[acc0], f->insns[acc0] = f->insns[neuron0], f->insns[neuron0] = t;
		return "reads buffer 2 before it is written";
	case 11: /* the acc before the last mvm of its partials */
		t = f->insns[acc0], f->insns[acc0] = f->insns[acc0 - 1], f->insns[acc0 - 1] = t;
		return "reads buffer 1 before all its slots are written";
	case 12: f->insns[mvm1].a = f->insns[mvm0].a; return "core 0 is used by an earlier mvm";
	case 13: f->insns[mvm1].a = f->ncores; return "core 10 does not exist";
	case 14: f->insns[mvm1].c = f->insns[mvm0].c; return "slot 0 of buffer 1 is written by an earlier mvm";
	case 15: f->insns[mvm1].b = 2; return "input block 2 of 2";
	case 16: /* a second load */
		f->insns[neuron1] = (ChipInsn){CHIP_OP_LOAD, CHIP_NONE, 0, 0, 0, 0};
		return "the first instruction, and only it, must be load";
	case 17: t = f->insns[last], f->insns[last] = f->insns[last - 1], f->insns[last - 1] = t; return "must be readout";
	case 18: f->insns[acc0].a = 3; return "J = 3";
	case 19: f->insns[acc0].a = 0; return "J = 0";
	case 20: f->insns[neuron1].a = f->insns[neuron0].a; return "table 0 is used by an earlier instruction too";
	case 21: f->insns[neuron1].a = f->insns[last].a; return "this needs kind 1 with 512";
	case 22: f->insns[neuron1].a = CHIP_NONE; return "table 4294967295 does not exist";
	case 23: f->tables[2].count = 9; return "table 2 is kind 2 with 9 entries";
	case 24: f->insns[last].b = 9; return "K = 9, but the chip has 10 logits";
	case 25: f->perms[0].plus[1] = f->perms[0].plus[0]; return "permutation 0: chunk 16, slots 16: not chunk * slots";
	case 26: f->perms[0].minus[15] = 16; return "permutation 0: chunk 16, slots 16";
	case 27: f->perms[0].chunk = 8; return "permutation 0: chunk 8, slots 16";
	/* chunk * slots = 256 modulo 2^32: a permute would write 2^28 values per slot */
	case 28: f->perms[0].chunk = 16 + (1u << 28); return "permutation 0: chunk 268435472";
	case 29: f->insns[perm].a = 1; return "permutation 1 does not exist";
	case 30: f->cores[3].scale = NAN; return "core 3: scale nan";
	case 31: f->cores[3].scale = -1; return "core 3: scale -1";
	case 32: f->bufs[f->insns[acc0].out].kind = CHIP_BUF_SPIKES; return "out buffer 2 is spikes, which it cannot write";
	case 33: f->bufs[0].used = 299; return "2 blocks with 299 used, but the input is 300 values";
	case 34: f->bufs[f->insns[mvm0].out].used = 5; return "it must be its width";
	case 35: f->insns[neuron1].out = f->insns[neuron0].out; return "writes buffer 3, which an earlier instruction wrote";
	case 36: f->chip.weight_bits = 17; return "weight bits 17 not in 2..16";
	case 37: f->chip.input_unit = 0; return "input unit 0";
	case 38: f->chip.rows = 2; return "cores: 10 cores on a 2x4 grid (1..8)";
	case 39: f->flags = 3; return "flags 0x3";
	case 40: f->flags = 0; return "is not 0 (the file has no weights)"; /* scales without weights */
	case 41: f->tables[0].kind = 3; return "table 0: kind 3 is neither";
	case 42: f->bufs[0].blocks = 3; return "3 blocks with 300 used, but the input is 300 values";
	case 43: /* two tiles swap places in the mapping: each core still reads its own input block */
		f->cores[0].out_block = 1, f->cores[2].out_block = 0;
		return "slot 0 is output block 0, input block 0, but its core holds tile [1,0]";
	case 44: f->insns[mvm1].b = 0; return "reads input block 0, but core 1 holds tile [0,1]";
	case 45: f->insns[last].out = 0; return "out must be NONE and c 0";
	case 46: f->insns[0].in = 0; return "in must be NONE and a, b, c 0";
	case 47: f->insns[0].op = 8; return "op 8 is not 1..7";
	case 48: f->chip.weight_mode = 2; return "weight mode 2 is neither";
	default: return NULL;
	}
}

typedef const char *Damage(ChipFile *f, int k);

/* Damage k of the convolutional source: its gathers and positions */
static const char *gather_damage(ChipFile *f, int k)
{
	uint32_t g0 = nth(f, CHIP_OP_GATHER, 0), g1 = nth(f, CHIP_OP_GATHER, 1), mvm0 = nth(f, CHIP_OP_MVM, 0);
	uint32_t flat = nth(f, CHIP_OP_GATHER, 4), n = f->ngathers;
	switch (k) {
	case 0: f->insns[g0].a = n; return "gather table 5 does not exist (5 tables)";
	case 1: f->insns[g1].a = f->insns[g0].a; return "gather table 0 is used by an earlier gather too";
	case 2: f->insns[g0].b = 3; return "op 3 is neither 1 (sum) nor 2 (max)";
	case 3: f->insns[g0].c = 1; return "or c 1 is not 0";
	case 4: f->gathers[0].index[5] = 1024; return "gather table 0: entry 5 reads value 1024 of buffer 0, which has 256";
	case 5: f->gathers[1].count--; return "gather table 1 has 2047 entries of 32 values in windows of 4";
	case 6: f->bufs[f->insns[g1].out].kind = CHIP_BUF_SPIKES; return "a sum of spikes over windows of 4 makes signed";
	case 7: f->insns[g1].b = CHIP_GATHER_MAX; return "a max of spikes over windows of 4 makes spikes, but buffer";
	case 8: f->gathers[2].window = 0; return "gather table 2: window 0 (1..1024)";
	case 9: f->bufs[f->insns[mvm0].out].positions = 3; return "buffer 1 has 64 positions, buffer 2 3";
	case 10: f->gathers[4].values = 257; return "gather table 4 has 256 entries of 257 values";
	case 11: /* a table no gather uses */
		f->gathers = realloc(f->gathers, (n + 1) * sizeof *f->gathers);
		CU_ASSERT_PTR_NOT_NULL_FATAL(f->gathers);
		f->gathers[n] = f->gathers[0];
		f->gathers[n].index = malloc(f->gathers[0].count * sizeof(uint32_t));
		CU_ASSERT_PTR_NOT_NULL_FATAL(f->gathers[n].index);
		memcpy(f->gathers[n].index, f->gathers[0].index, f->gathers[0].count * sizeof(uint32_t));
		f->ngathers++;
		return "gather table 5: no gather uses it";
	case 12: /* the pool before the flatten: its table no longer fits */
		f->bufs[f->insns[flat].in].positions = 2;
		return "gather table 3 has 1024 entries of 256 values in windows of 4, but buffer 11 has 2 positions";
	default: return NULL;
	}
}

static void check_damage(const ChipFile *good, int k, Damage *damage)
{
	ChipFile f;
	clone(&f, good);
	const char *want = damage(&f, k);
	char err[512] = "";
	bool ok = chip_validate(&f, err, sizeof err);
	bool right = !ok && strstr(err, want) && !strchr(err, '\n');
	CU_ASSERT(right);
	if (!right)
		printf("\n  damage %d: %s: \"%s\" (want \"%s\")\n", k, ok ? "accepted" : "refused", err, want);
	/* from bytes, the reader refuses it for the same reason */
	unsigned char *img;
	size_t n;
	if (chip_serialize(&f, &img, &n) == 0) {
		char what[32];
		snprintf(what, sizeof what, "damage %d as bytes", k);
		refused(img, n, want, what);
		free(img);
	}
	chip_free(&f);
	CU_ASSERT_TRUE(chip_validate(good, err, sizeof err)); /* the original is untouched */
}

static void test_inconsistent(void)
{
	Built b;
	build(TWO, true, &b);
	char err[512] = "";
	CU_ASSERT_TRUE_FATAL(chip_validate(&b.f, err, sizeof err));
	CU_ASSERT_EQUAL_FATAL(b.f.ncores, 10);
	CU_ASSERT_EQUAL_FATAL(b.f.ntables, 3);
	int k = 0;
	for (;; k++) {
		ChipFile probe;
		clone(&probe, &b.f);
		bool more = damage(&probe, k) != NULL;
		chip_free(&probe);
		if (!more)
			break;
		check_damage(&b.f, k, damage);
	}
	CU_ASSERT_EQUAL(k, 49);

	/* a gains table of an unknown kind is not read as neurons (it has none): in memory
	 * only, as chip_serialize does not check the content */
	b.f.tables[2].kind = 3;
	CU_ASSERT_FALSE(chip_validate(&b.f, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "table 2: kind 3 is neither 1 (neuron) nor 2 (gains)"));
	b.f.tables[2].kind = CHIP_TABLE_GAINS;
	CU_ASSERT_TRUE(chip_validate(&b.f, err, sizeof err));
	/* the flags say weights, but there are no codes: chip_serialize refuses too */
	int16_t *codes = b.f.codes;
	b.f.codes = NULL;
	CU_ASSERT_FALSE(chip_validate(&b.f, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "there are no codes"));
	unsigned char *img = NULL;
	size_t n;
	CU_ASSERT_EQUAL(chip_serialize(&b.f, &img, &n), -1);
	CU_ASSERT_PTR_NULL(img);
	b.f.codes = codes;
	/* an unterminated name cannot be written */
	memset(b.f.cores[2].layer, 'x', CHIP_NAME);
	CU_ASSERT_EQUAL(chip_serialize(&b.f, &img, &n), -1);
	CU_ASSERT_PTR_NULL(img);
	built_free(&b);

	/* without weights: no table may be named, and no scale be set */
	build(TWO, false, &b);
	CU_ASSERT_TRUE_FATAL(chip_validate(&b.f, err, sizeof err));
	uint32_t neuron = nth(&b.f, CHIP_OP_NEURON, 1);
	b.f.insns[neuron].a = 0;
	CU_ASSERT_FALSE(chip_validate(&b.f, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "table 0 in a file without weights (must be NONE)"));
	img = image_of(&b.f, &n);
	refused(img, n, "table 0 in a file without weights", "a table without weights");
	free(img);
	b.f.insns[neuron].a = CHIP_NONE;
	b.f.insns[b.f.ninsns - 1].a = 1;
	CU_ASSERT_FALSE(chip_validate(&b.f, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "table 1 in a file without weights"));
	b.f.insns[b.f.ninsns - 1].a = CHIP_NONE;
	b.f.cores[4].scale = 0.5f;
	CU_ASSERT_FALSE(chip_validate(&b.f, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "core 4: scale 0.5 is not 0 (the file has no weights)"));
	b.f.cores[4].scale = 0;
	CU_ASSERT_TRUE(chip_validate(&b.f, err, sizeof err));
	built_free(&b);

	build(CONV, true, &b);
	CU_ASSERT_EQUAL_FATAL(b.f.ngathers, 5);
	for (k = 0; k < 13; k++)
		check_damage(&b.f, k, gather_damage);
	built_free(&b);
}

/* ---- files ---- */

static char dir[64];

static int setup(void)
{
	return unit_tmpdir_open(dir, "chip");
}

static int teardown(void)
{
	return unit_tmpdir_close(dir);
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void test_write_and_load(void)
{
	char path[128], err[512] = "";
	ChipFile f;
	/* loading: false, with the path first */
	char missing[160];
	snprintf(missing, sizeof missing, "%s/no/such/net.chip", dir);
	memset(&f, 0xa5, sizeof f);
	CU_ASSERT_FALSE(chip_load(missing, &f, err, sizeof err));
	CU_ASSERT(starts_with(err, missing) && strstr(err, "No such file") && !strchr(err, '\n'));
	CU_ASSERT(zeroed(&f));
	memset(&f, 0xa5, sizeof f);
	CU_ASSERT_FALSE(chip_load(dir, &f, err, sizeof err));
	CU_ASSERT(starts_with(err, dir) && strstr(err, "directory"));
	CU_ASSERT(zeroed(&f));
	snprintf(path, sizeof path, "%s/empty.chip", dir);
	FILE *fp = fopen(path, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(fp);
	fclose(fp);
	memset(&f, 0xa5, sizeof f);
	CU_ASSERT_FALSE(chip_load(path, &f, err, sizeof err));
	char want[200];
	snprintf(want, sizeof want, "%s: empty file (not a .chip file)", path);
	CU_ASSERT_STRING_EQUAL(err, want);
	CU_ASSERT(zeroed(&f));
	CU_ASSERT_EQUAL(unlink(path), 0);

	for (int weights = 0; weights < 2; weights++) {
		Built b;
		build(I16, weights, &b);
		snprintf(path, sizeof path, "%s/net%d.chip", dir, weights);
		err[0] = '\0';
		CU_ASSERT_EQUAL(chip_write(path, &b.f, err, sizeof err), 0);
		CU_ASSERT_STRING_EQUAL(err, "");
		CU_ASSERT_EQUAL(unit_entries(dir), weights + 1); /* no temporary left beside it */
		CU_ASSERT_TRUE_FATAL(chip_load(path, &f, err, sizeof err));
		CU_ASSERT_TRUE(same_chip(&b.f, &f));
		chip_free(&f);
		/* the file holds exactly the serialised image */
		size_t n, n2;
		unsigned char *img = image_of(&b.f, &n), *file = unit_slurp(path, &n2);
		CU_ASSERT(n == n2 && memcmp(img, file, n) == 0);
		free(img);
		free(file);

		/* an invalid file is not written: not over the old one, not anew */
		uint32_t row = b.f.cores[1].row;
		b.f.cores[1].row = 99;
		CU_ASSERT_EQUAL(chip_write(path, &b.f, err, sizeof err), -1);
		CU_ASSERT(starts_with(err, path) && strstr(err, "not written: core 1: place (99,") && !strchr(err, '\n'));
		CU_ASSERT_TRUE(chip_load(path, &f, err, sizeof err));
		chip_free(&f);
		char fresh[160];
		snprintf(fresh, sizeof fresh, "%s/bad%d.chip", dir, weights);
		CU_ASSERT_EQUAL(chip_write(fresh, &b.f, err, sizeof err), -1);
		CU_ASSERT(starts_with(err, fresh));
		CU_ASSERT_NOT_EQUAL(access(fresh, F_OK), 0);
		CU_ASSERT_EQUAL(unit_entries(dir), weights + 1);
		b.f.cores[1].row = row;
		/* nor into a directory that does not exist */
		CU_ASSERT_EQUAL(chip_write(missing, &b.f, err, sizeof err), -1);
		CU_ASSERT(starts_with(err, missing));
		built_free(&b);
	}
	/* a .prog file is not a .chip file */
	snprintf(path, sizeof path, "%s/net0.chip", dir);
	size_t n;
	unsigned char *img = unit_slurp(path, &n);
	memcpy(img, "EICPROG\0", 8);
	snprintf(path, sizeof path, "%s/net.prog", dir);
	fp = fopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(fp);
	CU_ASSERT_EQUAL(fwrite(img, 1, n, fp), n);
	fclose(fp);
	free(img);
	CU_ASSERT_FALSE(chip_load(path, &f, err, sizeof err));
	snprintf(want, sizeof want, "%s: bad magic (not a .chip file)", path);
	CU_ASSERT_STRING_EQUAL(err, want);
	unlink(path);
}

/* ---- the text form ---- */

static char *disasm(const ChipFile *f)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	chip_disasm(out, f);
	fclose(out);
	return text;
}

static void test_disasm(void)
{
	for (int weights = 0; weights < 2; weights++) {
		Built b;
		build(TWO, weights, &b);
		char *one = disasm(&b.f), *two = disasm(&b.f);
		CU_ASSERT_STRING_EQUAL(one, two);
		CU_ASSERT_PTR_NOT_NULL(strstr(one, "\nprogram 18\n"));
		CU_ASSERT_PTR_NOT_NULL(strstr(one, "chip t2, format version 4"));
		CU_ASSERT_PTR_NOT_NULL(strstr(one, weights ? "with weights" : "the mapping alone"));
		CU_ASSERT_PTR_NOT_NULL(strstr(one, "grid 3x4"));
		CU_ASSERT_PTR_NOT_NULL(strstr(one, "dense1[1,1]"));
		CU_ASSERT_PTR_NOT_NULL(strstr(one, "dense2[0,1]"));
		CU_ASSERT_PTR_NOT_NULL(strstr(one, "dense3[0,1]"));
		CU_ASSERT_PTR_NOT_NULL(strstr(one, "readout "));
		CU_ASSERT_EQUAL(strstr(one, "tables 3\n") != NULL, weights);
		for (uint32_t m = 0; m < b.f.ncores; m++)
			CU_ASSERT(b.f.cores[m].layer[0] && strstr(one, b.f.cores[m].layer));
		/* what was read prints the same */
		size_t n;
		unsigned char *img = image_of(&b.f, &n);
		ChipFile g;
		char err[256];
		CU_ASSERT_TRUE_FATAL(chip_parse(img, n, &g, err, sizeof err));
		char *three = disasm(&g);
		CU_ASSERT_STRING_EQUAL(one, three);
		free(three);
		chip_free(&g);
		free(img);
		free(one);
		free(two);
		built_free(&b);
	}
}

void add_chip_tests(void)
{
	CU_pSuite s = CU_add_suite("chip", setup, teardown);
	CU_add_test(s, "round trip: built files, every field, the same bytes again", test_round_trip);
	CU_add_test(s, "the chip section's settings reach the file", test_settings);
	CU_add_test(s, "a norm and learned thresholds fold into the neurons", test_norm_folded);
	CU_add_test(s, "the byte layout of docs/chip-format.md", test_layout_as_documented);
	CU_add_test(s, "truncated at every length", test_truncation);
	CU_add_test(s, "every bit of header and table, 300 of every section", test_bit_flips);
	CU_add_test(s, "magic, version and flags", test_magic_and_version);
	CU_add_test(s, "fields changed, checksums repaired", test_fields);
	CU_add_test(s, "20000 random mutations, half with checksums repaired", test_random_mutations);
	CU_add_test(s, "inconsistent content refused by chip_validate", test_inconsistent);
	CU_add_test(s, "chip_write and chip_load", test_write_and_load);
	CU_add_test(s, "chip_disasm", test_disasm);
}
