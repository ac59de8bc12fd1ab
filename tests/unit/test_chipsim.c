/* test_chipsim.c: the chip-level simulator against docs/chip-format.md section 3.4:
 * ChipFile structs built by hand (no chip_parse), a one-core network whose logits are
 * worked out by hand, a two-layer network (two input blocks, neurons of each polarity,
 * a permute) against plain loops written from the format document, the neuron noise
 * of rng.h, a network over positions with gathers (sum and max) worked by hand, and
 * the refusals of chipsim_new. */
#include "unit.h"
#include "chipsim.h"
#include "rng.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { N = CORE_N, NN = CORE_N * CORE_N };

/* A ChipFile and the arrays it points into. */
typedef struct Net {
	ChipFile f;
	ChipCore cores[3];
	ChipBuffer bufs[20];
	ChipInsn insns[20];
	ChipPerm perms[1];
	ChipTable tables[2];
	ChipNeuron neurons[N];
	float gains[16];
	int16_t codes[3 * NN];
} Net;

static Net *net_new(uint32_t ncores, uint32_t nbufs, uint32_t ninsns, uint32_t nperms, uint32_t ntables)
{
	Net *n = calloc(1, sizeof *n);
	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	n->f = (ChipFile){.flags = CHIP_FLAG_WEIGHTS, .ncores = ncores, .nbufs = nbufs, .ninsns = ninsns,
		.nperms = nperms, .ntables = ntables, .cores = n->cores, .bufs = n->bufs, .insns = n->insns,
		.perms = n->perms, .tables = n->tables, .codes = n->codes};
	ChipParams *c = &n->f.chip;
	strcpy(c->name, "t");
	c->rows = c->cols = 2;
	c->weight_bits = 8;
	c->weight_range = 1;
	c->input_bits = 8;
	return n;
}

static int16_t *code(Net *n, uint32_t m, uint32_t k, uint32_t l)
{
	return &n->codes[(size_t)m * NN + k * N + l];
}

static uint32_t lcg(uint32_t *s)
{
	*s = *s * 1664525u + 1013904223u;
	return *s >> 8;
}

/* ---- (1) one core, worked by hand ---- */

static Net *one_core(uint32_t input_bits)
{
	Net *n = net_new(1, 3, 4, 0, 1);
	n->f.chip.input = 3;
	n->f.chip.input_bits = input_bits;
	n->f.chip.weight_bits = 16;
	n->f.chip.input_unit = 0.25f;
	n->f.chip.logits = 2;
	n->cores[0] = (ChipCore){.layer = "fc", .scale = 0.5f};
	n->bufs[0] = (ChipBuffer){CHIP_BUF_PIXELS, 1, 3, 1};
	n->bufs[1] = (ChipBuffer){CHIP_BUF_PARTIALS, 1, N, 1};
	n->bufs[2] = (ChipBuffer){CHIP_BUF_SUMS, 1, 4, 1};
	n->insns[0] = (ChipInsn){CHIP_OP_LOAD, CHIP_NONE, 0, 0, 0, 0};
	n->insns[1] = (ChipInsn){CHIP_OP_MVM, 0, 1, 0, 0, 0};
	n->insns[2] = (ChipInsn){CHIP_OP_ACC, 1, 2, 1, 0, 0};
	n->insns[3] = (ChipInsn){CHIP_OP_READOUT, 2, CHIP_NONE, 0, 2, 0};
	n->gains[0] = 2;
	n->gains[1] = -3;
	n->tables[0] = (ChipTable){.kind = CHIP_TABLE_GAINS, .count = 2, .gains = n->gains};
	*code(n, 0, 0, 0) = 3;
	*code(n, 0, 0, 1) = -2;
	*code(n, 0, 0, 2) = 5;
	*code(n, 0, 0, 3) = 100; /* meets the zero padding of the pixels */
	*code(n, 0, 1, 0) = -7;
	*code(n, 0, 1, 1) = 1;
	*code(n, 0, 2, 2) = 127;   /* values 2 and 3 of the sums are read by nobody */
	*code(n, 0, 3, 1) = 30000; /* 16-bit codes: with 16-bit inputs, int64 partial sums */
	*code(n, 0, 4, 0) = 9;     /* past used(out) = 4: the sums stay 0 */
	return n;
}

static void test_one_core(void)
{
	/* input unit 1/4, scale 1/2: sigma = 1/8.
	 * ex 0: P0 = 3*10 - 2*4 + 5*200 = 1022, P1 = -70 + 4 = -66: sums 127.75, -8.25;
	 *       logits 2*127.75 = 255.5, -3*-8.25 = 24.75: prediction 0.
	 * ex 1: P0 = -200, P1 = 100: sums -25, 12.5: logits -50, -37.5: prediction 1.
	 * ex 2: all zero: logits 0, -0: a tie, the first wins. */
	const uint8_t px[] = {10, 4, 200, 0, 100, 0, 0, 0, 0};
	const double want[] = {255.5, 24.75, -50, -37.5, 0, 0};
	const int32_t want_pred[] = {0, 1, 0};
	for (uint32_t bits = 8; bits <= 16; bits += 8) { /* 8: int32 partial sums, 16: int64 */
		Net *n = one_core(bits);
		char err[256] = "";
		ChipSim *s = chipsim_new(&n->f, err, sizeof err);
		CU_ASSERT_PTR_NOT_NULL_FATAL(s);
		int32_t pred[3] = {-1, -1, -1};
		double lg[6];
		memset(lg, 0xff, sizeof lg);
		chipsim_run(s, px, 3, 3, 0, false, 1, 0, 1, pred, lg);
		for (int i = 0; i < 6; i++)
			CU_ASSERT_EQUAL(lg[i], want[i]);
		for (int e = 0; e < 3; e++)
			CU_ASSERT_EQUAL(pred[e], want_pred[e]);
		/* no logits wanted; two threads; noise on but there are no neurons */
		int32_t pred2[3] = {-1, -1, -1};
		chipsim_run(s, px, 3, 3, 5, true, 7, 3, 2, pred2, NULL);
		CU_ASSERT_EQUAL(memcmp(pred, pred2, sizeof pred), 0);
		chipsim_free(s);
		free(n);
	}
}

/* ---- (2) two layers: two input blocks, neurons, a permute ---- */

enum { IN = 300, HID = 200, K = 10, EX = 6 };
#define UNIT (1.0f / 255)

static Net *two_layers(void)
{
	Net *n = net_new(3, 7, 9, 1, 2);
	ChipParams *c = &n->f.chip;
	c->input = IN;
	c->input_unit = UNIT;
	c->logits = K;
	n->cores[0] = (ChipCore){.layer = "fc1", .row = 0, .col = 0, .out_block = 0, .in_block = 0, .scale = 0.013f};
	n->cores[1] = (ChipCore){.layer = "fc1", .row = 0, .col = 1, .out_block = 0, .in_block = 1, .scale = 0.021f};
	n->cores[2] = (ChipCore){.layer = "fc2", .row = 1, .col = 0, .out_block = 0, .in_block = 0, .scale = 0.5f};
	n->bufs[0] = (ChipBuffer){CHIP_BUF_PIXELS, 2, IN, 1};
	n->bufs[1] = (ChipBuffer){CHIP_BUF_PARTIALS, 2, 2 * N, 1};
	n->bufs[2] = (ChipBuffer){CHIP_BUF_SUMS, 1, HID, 1};
	n->bufs[3] = (ChipBuffer){CHIP_BUF_SPIKES, 1, HID, 1};
	n->bufs[4] = (ChipBuffer){CHIP_BUF_SIGNED, 1, N, 1};
	n->bufs[5] = (ChipBuffer){CHIP_BUF_PARTIALS, 1, N, 1};
	n->bufs[6] = (ChipBuffer){CHIP_BUF_SUMS, 1, K, 1};
	n->insns[0] = (ChipInsn){CHIP_OP_LOAD, CHIP_NONE, 0, 0, 0, 0};
	n->insns[1] = (ChipInsn){CHIP_OP_MVM, 0, 1, 1, 1, 1}; /* written out of order: slot 1 first */
	n->insns[2] = (ChipInsn){CHIP_OP_MVM, 0, 1, 0, 0, 0};
	n->insns[3] = (ChipInsn){CHIP_OP_ACC, 1, 2, 2, 0, 0};
	n->insns[4] = (ChipInsn){CHIP_OP_NEURON, 2, 3, 0, 0, 0};
	n->insns[5] = (ChipInsn){CHIP_OP_PERMUTE, 3, 4, 0, 0, 0};
	n->insns[6] = (ChipInsn){CHIP_OP_MVM, 4, 5, 2, 0, 0};
	n->insns[7] = (ChipInsn){CHIP_OP_ACC, 5, 6, 1, 0, 0};
	n->insns[8] = (ChipInsn){CHIP_OP_READOUT, 6, CHIP_NONE, 1, K, 0};
	n->perms[0] = (ChipPerm){.chunk = 128, .slots = 2};
	n->perms[0].plus[0] = 1, n->perms[0].plus[1] = 0;
	n->perms[0].minus[0] = 0, n->perms[0].minus[1] = 1;
	n->tables[0] = (ChipTable){.kind = CHIP_TABLE_NEURON, .count = HID, .neurons = n->neurons};
	n->tables[1] = (ChipTable){.kind = CHIP_TABLE_GAINS, .count = K, .gains = n->gains};
	uint32_t r = 12345;
	for (size_t i = 0; i < 3 * (size_t)NN; i++)
		n->codes[i] = (int16_t)(lcg(&r) % 4 == 0 ? 0 : (int)(lcg(&r) % 255) - 127);
	for (int k = 0; k < K; k++)
		n->gains[k] = (float)(0.5 + 0.1 * k) * (k % 2 ? -1 : 1);
	for (int e = 0; e < HID; e++)
		n->neurons[e].polarity = e % 3 == 0 ? 1 : e % 3 == 1 ? -1 : 0;
	return n;
}

static void make_pixels(uint8_t *px, int64_t count)
{
	uint32_t r = 777;
	for (int64_t i = 0; i < count * IN; i++)
		px[i] = lcg(&r) % 2 ? 0 : (uint8_t)(1 + lcg(&r) % 255);
}

/* Layer 1, from the table of section 3.4: P_j[k] = sum_l code[k][l] * in[256 j + l]
 * with in the zero-padded pixels; u[k] = 0 + sigma_0 P_0[k] + sigma_1 P_1[k]. */
static void ref_layer1(const Net *n, const uint8_t *px, double *u)
{
	int32_t in[2 * N] = {0};
	for (int l = 0; l < IN; l++)
		in[l] = px[l];
	for (int k = 0; k < HID; k++) {
		double sum = 0;
		for (int j = 0; j < 2; j++) {
			int64_t p = 0;
			for (int l = 0; l < N; l++)
				p += (int64_t)n->codes[(size_t)j * NN + k * N + l] * in[N * j + l];
			sum += (double)n->cores[j].scale * (double)UNIT * (double)p;
		}
		u[k] = sum;
	}
}

/* The neurons of instruction 4, example x: spike = p u + n eps >= theta. */
static void ref_neurons(const Net *n, const double *u, bool noise, uint64_t seed, uint64_t pass, int64_t x,
	int32_t *spk)
{
	for (int e = 0; e < N; e++) {
		spk[e] = 0;
		if (e >= HID)
			continue;
		const ChipNeuron *ne = &n->neurons[e];
		double eps = noise ? (double)rng_normal(rng_row(seed, pass, 4, (uint64_t)x), (uint64_t)e) : 0.0;
		spk[e] = (double)ne->polarity * u[e] + (double)ne->noise * eps >= (double)ne->threshold;
	}
}

/* The permute (chunk 128: out = second half - first half, then first - second), the
 * second core on the signed values (unit 1), the readout. Returns the prediction. */
static int32_t ref_layer2(const Net *n, const int32_t *spk, double *lg)
{
	int32_t sg[N];
	for (int e = 0; e < 128; e++) {
		sg[e] = spk[128 + e] - spk[e];
		sg[128 + e] = spk[e] - spk[128 + e];
	}
	int32_t pred = 0;
	for (int k = 0; k < K; k++) {
		int64_t p = 0;
		for (int l = 0; l < N; l++)
			p += (int64_t)n->codes[2 * (size_t)NN + k * N + l] * sg[l];
		double sum = 0;
		sum += (double)n->cores[2].scale * 1.0 * (double)p;
		lg[k] = (double)n->gains[k] * sum;
		if (lg[k] > lg[pred])
			pred = k;
	}
	return pred;
}

static int32_t reference(const Net *n, const uint8_t *px, bool noise, uint64_t seed, uint64_t pass, int64_t x,
	double *lg)
{
	double u[N];
	int32_t spk[N];
	ref_layer1(n, px, u);
	ref_neurons(n, u, noise, seed, pass, x, spk);
	return ref_layer2(n, spk, lg);
}

/* Thresholds that make the noiseless neurons of example 0 fire exactly where want[e]:
 * a margin off p u (which float rounding of theta cannot cross), or +-0.5 for p = 0. */
static void set_thresholds(Net *n, const uint8_t *px, const int32_t *want)
{
	double u[N];
	ref_layer1(n, px, u);
	for (int e = 0; e < HID; e++) {
		ChipNeuron *ne = &n->neurons[e];
		double pu = ne->polarity * u[e], margin = 1e-3 * fabs(u[e]) + 1e-6;
		ne->threshold = ne->polarity ? (float)(want[e] ? pu - margin : pu + margin) : want[e] ? -0.5f : 0.5f;
	}
}

static void want_spikes(int32_t *want)
{
	uint32_t r = 99;
	for (int e = 0; e < N; e++)
		want[e] = e < HID && lcg(&r) % 2;
}

static void test_two_layers(void)
{
	Net *n = two_layers();
	uint8_t *px = malloc(EX * IN);
	make_pixels(px, EX);
	int32_t want[N];
	want_spikes(want);
	set_thresholds(n, px, want);

	/* the reference fires as designed on example 0, every polarity both ways */
	double u[N];
	int32_t spk[N];
	ref_layer1(n, px, u);
	ref_neurons(n, u, false, 0, 0, 0, spk);
	CU_ASSERT_EQUAL(memcmp(spk, want, sizeof spk), 0);
	int fired[3][2] = {{0}};
	for (int e = 0; e < HID; e++)
		fired[e % 3][want[e]]++;
	for (int p = 0; p < 3; p++)
		CU_ASSERT(fired[p][0] > 10 && fired[p][1] > 10);

	char err[256] = "";
	ChipSim *s = chipsim_new(&n->f, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	int32_t pred[EX], pred3[EX];
	double lg[EX * K], lg3[EX * K];
	chipsim_run(s, px, IN, EX, 0, false, 0, 0, 1, pred, lg);
	chipsim_run(s, px, IN, EX, 0, false, 0, 0, 3, pred3, lg3);
	CU_ASSERT_EQUAL(memcmp(pred, pred3, sizeof pred), 0);
	CU_ASSERT_EQUAL(memcmp(lg, lg3, sizeof lg), 0);

	/* example 0 from the designed spikes alone */
	double want_lg[K];
	int32_t want_pred = ref_layer2(n, want, want_lg);
	for (int k = 0; k < K; k++)
		CU_ASSERT_EQUAL(lg[k], want_lg[k]);
	CU_ASSERT_EQUAL(pred[0], want_pred);
	/* every example against the reference */
	int distinct = 0;
	for (int64_t x = 0; x < EX; x++) {
		double r[K];
		int32_t rp = reference(n, px + x * IN, false, 0, 0, x, r);
		for (int k = 0; k < K; k++)
			CU_ASSERT_EQUAL(lg[x * K + k], r[k]);
		CU_ASSERT_EQUAL(pred[x], rp);
		distinct += x > 0 && memcmp(lg + x * K, lg, K * sizeof *lg) != 0;
	}
	CU_ASSERT(distinct > 0); /* the examples are not all alike */
	CU_ASSERT(lg[0] != 0 || lg[1] != 0);
	chipsim_free(s);

	/* the first layer's sums read out directly: the two-slot acc, exactly */
	n->insns[4] = (ChipInsn){CHIP_OP_READOUT, 2, CHIP_NONE, 1, K, 0};
	n->f.ninsns = 5;
	s = chipsim_new(&n->f, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	chipsim_run(s, px, IN, EX, 0, true, 5, 0, 2, pred, lg);
	for (int64_t x = 0; x < EX; x++) {
		ref_layer1(n, px + x * IN, u);
		int32_t rp = 0;
		for (int k = 0; k < K; k++) {
			double r = (double)n->gains[k] * u[k];
			CU_ASSERT_EQUAL(lg[x * K + k], r);
			if (r > (double)n->gains[rp] * u[rp])
				rp = k;
		}
		CU_ASSERT_EQUAL(pred[x], rp);
	}
	chipsim_free(s);
	free(px);
	free(n);
}

/* ---- partial sums past int32 ---- */

/* Spikes 1 in the first half of the block, 0 in the second, through ten permutes
 * (second half - first, first - second): the first half is then -(-2)^9 = 512, the
 * second -512; a core with codes 32767 on the first half of row 0 and -32767 on the
 * second gives P[0] = 32767 * 256 * 512 = 4294836224 > 2^31; row 1, all 32767, 0. */
static void test_wide_partials(void)
{
	enum { CHAIN = 10 };
	Net *n = net_new(2, 6 + CHAIN, 7 + CHAIN, 1, 2);
	ChipParams *c = &n->f.chip;
	c->input = 1;
	c->input_unit = 1;
	c->weight_bits = 16;
	c->logits = 2;
	n->cores[0] = (ChipCore){.layer = "a", .scale = 1};
	n->cores[1] = (ChipCore){.layer = "b", .col = 1, .scale = 1};
	uint32_t nb = 0, nq = 0;
	n->bufs[nb++] = (ChipBuffer){CHIP_BUF_PIXELS, 1, 1, 1};
	n->bufs[nb++] = (ChipBuffer){CHIP_BUF_PARTIALS, 1, N, 1};
	n->bufs[nb++] = (ChipBuffer){CHIP_BUF_SUMS, 1, N, 1};
	n->bufs[nb++] = (ChipBuffer){CHIP_BUF_SPIKES, 1, N, 1};
	n->insns[nq++] = (ChipInsn){CHIP_OP_LOAD, CHIP_NONE, 0, 0, 0, 0};
	n->insns[nq++] = (ChipInsn){CHIP_OP_MVM, 0, 1, 0, 0, 0};
	n->insns[nq++] = (ChipInsn){CHIP_OP_ACC, 1, 2, 1, 0, 0};
	n->insns[nq++] = (ChipInsn){CHIP_OP_NEURON, 2, 3, 0, 0, 0};
	for (int i = 0; i < CHAIN; i++) {
		n->bufs[nb] = (ChipBuffer){CHIP_BUF_SIGNED, 1, N, 1};
		n->insns[nq++] = (ChipInsn){CHIP_OP_PERMUTE, nb - 1, nb, 0, 0, 0};
		nb++;
	}
	n->bufs[nb] = (ChipBuffer){CHIP_BUF_PARTIALS, 1, N, 1};
	n->insns[nq++] = (ChipInsn){CHIP_OP_MVM, nb - 1, nb, 1, 0, 0};
	nb++;
	n->bufs[nb] = (ChipBuffer){CHIP_BUF_SUMS, 1, 2, 1};
	n->insns[nq++] = (ChipInsn){CHIP_OP_ACC, nb - 1, nb, 1, 0, 0};
	n->insns[nq++] = (ChipInsn){CHIP_OP_READOUT, nb, CHIP_NONE, 1, 2, 0};
	nb++;
	CU_ASSERT_EQUAL_FATAL(nb, n->f.nbufs);
	CU_ASSERT_EQUAL_FATAL(nq, n->f.ninsns);
	n->perms[0] = (ChipPerm){.chunk = 128, .slots = 2, .plus = {1, 0}, .minus = {0, 1}};
	for (int e = 0; e < N; e++) /* p = 0: fires when 0 >= theta, whatever u */
		n->neurons[e] = (ChipNeuron){.threshold = e < 128 ? -1.0f : 1.0f};
	n->tables[0] = (ChipTable){.kind = CHIP_TABLE_NEURON, .count = N, .neurons = n->neurons};
	n->gains[0] = n->gains[1] = 1;
	n->tables[1] = (ChipTable){.kind = CHIP_TABLE_GAINS, .count = 2, .gains = n->gains};
	for (int l = 0; l < N; l++) {
		*code(n, 1, 0, l) = l < 128 ? 32767 : -32767;
		*code(n, 1, 1, l) = 32767;
	}
	char err[256] = "";
	ChipSim *s = chipsim_new(&n->f, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	uint8_t px[2] = {0, 7};
	int32_t pred[2];
	double lg[4];
	chipsim_run(s, px, 1, 2, 0, false, 0, 0, 1, pred, lg);
	for (int x = 0; x < 2; x++) {
		CU_ASSERT_EQUAL(lg[2 * x], 4294836224.0);
		CU_ASSERT_EQUAL(lg[2 * x + 1], 0.0);
		CU_ASSERT_EQUAL(pred[x], 0);
	}
	chipsim_free(s);
	free(n);
}

/* ---- (3) noise ---- */

static void test_noise(void)
{
	Net *n = two_layers();
	uint8_t *px = malloc(EX * IN);
	make_pixels(px, EX);
	int32_t want[N];
	want_spikes(want);
	set_thresholds(n, px, want);
	char err[256] = "";
	ChipSim *s = chipsim_new(&n->f, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);

	/* n_e = 0: noise on is noiseless */
	int32_t p0[EX], p1[EX];
	double l0[EX * K], l1[EX * K];
	chipsim_run(s, px, IN, EX, 0, false, 0, 0, 1, p0, l0);
	chipsim_run(s, px, IN, EX, 0, true, 42, 3, 2, p1, l1);
	CU_ASSERT_EQUAL(memcmp(l0, l1, sizeof l0), 0);
	CU_ASSERT_EQUAL(memcmp(p0, p1, sizeof p0), 0);

	/* large n_e: the draws of rng.h (instruction 4, the dataset index of the example) */
	for (int e = 0; e < HID; e++)
		n->neurons[e].noise = 50.0f + (float)e;
	double a[EX * K], b[EX * K], c[EX * K], d[EX * K], t[EX * K];
	int32_t pa[EX], pb[EX], pc[EX], pd[EX], pt[EX];
	chipsim_run(s, px, IN, EX, 10, true, 1, 0, 1, pa, a);
	chipsim_run(s, px, IN, EX, 10, true, 1, 0, 2, pb, b);  /* threads */
	chipsim_run(s, px, IN, EX, 10, true, 1, 0, 1, pt, t);  /* again */
	chipsim_run(s, px, IN, EX, 10, true, 2, 0, 2, pc, c);  /* seed */
	chipsim_run(s, px, IN, EX, 10, true, 1, 1, 2, pd, d);  /* pass */
	CU_ASSERT_EQUAL(memcmp(a, b, sizeof a), 0);
	CU_ASSERT_EQUAL(memcmp(pa, pb, sizeof pa), 0);
	CU_ASSERT_EQUAL(memcmp(a, t, sizeof a), 0);
	CU_ASSERT_EQUAL(memcmp(pa, pt, sizeof pa), 0);
	CU_ASSERT_NOT_EQUAL(memcmp(a, c, sizeof a), 0);
	CU_ASSERT_NOT_EQUAL(memcmp(a, d, sizeof a), 0);
	CU_ASSERT_NOT_EQUAL(memcmp(a, l0, sizeof a), 0);
	for (int64_t x = 0; x < EX; x++) {
		double r[K];
		int32_t rp = reference(n, px + x * IN, true, 1, 0, 10 + x, r);
		for (int k = 0; k < K; k++)
			CU_ASSERT_EQUAL(a[x * K + k], r[k]);
		CU_ASSERT_EQUAL(pa[x], rp);
		rp = reference(n, px + x * IN, true, 1, 1, 10 + x, r);
		for (int k = 0; k < K; k++)
			CU_ASSERT_EQUAL(d[x * K + k], r[k]);
	}
	/* a batch that starts at example 12 of the dataset draws what examples 2.. drew */
	chipsim_run(s, px + 2 * IN, IN, EX - 2, 12, true, 1, 0, 3, pt, t);
	CU_ASSERT_EQUAL(memcmp(t, a + 2 * K, (EX - 2) * K * sizeof *t), 0);
	CU_ASSERT_EQUAL(memcmp(pt, pa + 2, (EX - 2) * sizeof *pt), 0);
	chipsim_free(s);
	free(px);
	free(n);
}

/* ---- (4) refusals ---- */

/* ---- (5) positions and gathers, worked by hand ---- */

/* A 2x2 image and a fifth position outside it (a NONE entry: 0), one pixel per
 * position (im2col of a 1x1 kernel); core 0 makes 2 channels, (k + 1) times the
 * pixel, at each position; neurons fire at 4 or more; a gather reduces each channel
 * over the 5 positions (op: sum or max), and core 1 reads the 2 results. */
static Net *positions_net(uint32_t op, uint32_t *index0, uint32_t *index1)
{
	Net *n = net_new(2, 9, 10, 0, 2);
	ChipParams *c = &n->f.chip;
	c->input = 4;
	c->input_unit = 1;
	c->logits = 2;
	static ChipGather g[2];
	for (uint32_t p = 0; p < 5; p++)
		index0[p] = p < 4 ? p : CHIP_NONE;
	for (uint32_t k = 0; k < 2; k++)
		for (uint32_t p = 0; p < 5; p++)
			index1[k * 5 + p] = p * N + k;
	g[0] = (ChipGather){1, 1, 5, index0};
	g[1] = (ChipGather){5, 2, 10, index1};
	n->f.gathers = g;
	n->f.ngathers = 2;
	n->cores[0] = (ChipCore){.layer = "conv", .scale = 1};
	n->cores[1] = (ChipCore){.layer = "fc", .col = 1, .scale = 0.5f};
	n->bufs[0] = (ChipBuffer){CHIP_BUF_PIXELS, 1, 4, 1};
	n->bufs[1] = (ChipBuffer){CHIP_BUF_PIXELS, 1, 1, 5};
	n->bufs[2] = (ChipBuffer){CHIP_BUF_PARTIALS, 1, N, 5};
	n->bufs[3] = (ChipBuffer){CHIP_BUF_SUMS, 1, 2, 5};
	n->bufs[4] = (ChipBuffer){CHIP_BUF_SPIKES, 1, 2, 5};
	n->bufs[5] = (ChipBuffer){op == CHIP_GATHER_SUM ? CHIP_BUF_SIGNED : CHIP_BUF_SPIKES, 1,
	                          op == CHIP_GATHER_SUM ? N : 2, 1};
	n->bufs[6] = (ChipBuffer){CHIP_BUF_PARTIALS, 1, N, 1};
	n->bufs[7] = (ChipBuffer){CHIP_BUF_SUMS, 1, 2, 1};
	n->insns[0] = (ChipInsn){CHIP_OP_LOAD, CHIP_NONE, 0, 0, 0, 0};
	n->insns[1] = (ChipInsn){CHIP_OP_GATHER, 0, 1, 0, CHIP_GATHER_SUM, 0};
	n->insns[2] = (ChipInsn){CHIP_OP_MVM, 1, 2, 0, 0, 0};
	n->insns[3] = (ChipInsn){CHIP_OP_ACC, 2, 3, 1, 0, 0};
	n->insns[4] = (ChipInsn){CHIP_OP_NEURON, 3, 4, 0, 0, 0};
	n->insns[5] = (ChipInsn){CHIP_OP_GATHER, 4, 5, 1, op, 0};
	n->insns[6] = (ChipInsn){CHIP_OP_MVM, 5, 6, 1, 0, 0};
	n->insns[7] = (ChipInsn){CHIP_OP_ACC, 6, 7, 1, 0, 0};
	n->insns[8] = (ChipInsn){CHIP_OP_READOUT, 7, CHIP_NONE, 1, 2, 0};
	n->f.nbufs = 8;
	n->f.ninsns = 9;
	n->tables[0] = (ChipTable){.kind = CHIP_TABLE_NEURON, .count = 2, .neurons = n->neurons};
	n->tables[1] = (ChipTable){.kind = CHIP_TABLE_GAINS, .count = 2, .gains = n->gains};
	for (int k = 0; k < 2; k++) {
		n->neurons[k] = (ChipNeuron){.threshold = 4, .polarity = 1};
		n->gains[k] = 1;
		*code(n, 0, (uint32_t)k, 0) = (int16_t)(k + 1);
	}
	*code(n, 1, 0, 0) = 2, *code(n, 1, 0, 1) = 3;
	*code(n, 1, 1, 0) = -1, *code(n, 1, 1, 1) = 1;
	return n;
}

static void test_positions(void)
{
	/* pixels 1, 3, 5, 0 and the fifth position 0: channel 0 sums 1, 3, 5, 0, 0 and
	 * fires at one position, channel 1 sums 2, 6, 10, 0, 0 and fires at two. Sum: 1
	 * and 2, so core 1 gives 2 + 6 = 8 and -1 + 2 = 1, times 1/2: logits 4, 0.5. Max: 1
	 * and 1: 5 and 0, logits 2.5, 0. */
	const uint8_t px[] = {1, 3, 5, 0};
	const double want[2][2] = {{4, 0.5}, {2.5, 0}};
	for (uint32_t op = CHIP_GATHER_SUM; op <= CHIP_GATHER_MAX; op++) {
		uint32_t index0[5], index1[10];
		Net *n = positions_net(op, index0, index1);
		char err[256] = "";
		CU_ASSERT_TRUE(chip_validate(&n->f, err, sizeof err));
		if (err[0])
			printf("\n  %s\n", err);
		ChipSim *s = chipsim_new(&n->f, err, sizeof err);
		CU_ASSERT_PTR_NOT_NULL_FATAL(s);
		int32_t pred = -1;
		double lg[2] = {-1, -1};
		chipsim_run(s, px, 4, 1, 0, false, 1, 0, 1, &pred, lg);
		CU_ASSERT(lg[0] == want[op - 1][0] && lg[1] == want[op - 1][1]);
		CU_ASSERT_EQUAL(pred, 0);
		chipsim_free(s);
		free(n);
	}
}

static void test_refusals(void)
{
	Net *n = one_core(8);
	n->f.flags = 0;
	n->f.codes = NULL;
	n->f.ntables = 0;
	n->insns[3].a = CHIP_NONE;
	char err[256] = "";
	CU_ASSERT_PTR_NULL(chipsim_new(&n->f, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "carries the mapping alone (no weights)"));
	CU_ASSERT_PTR_NULL(strchr(err, '\n'));
	chipsim_free(NULL);
	free(n);

	/* 31 permutes in a chain double the signed values past int32 */
	ChipFile f = {.flags = CHIP_FLAG_WEIGHTS, .ncores = 0, .codes = (int16_t[1]){0}};
	ChipBuffer bufs[40];
	ChipInsn insns[40];
	ChipPerm perm = {.chunk = 128, .slots = 2, .plus = {1, 0}, .minus = {0, 1}};
	bufs[0] = (ChipBuffer){CHIP_BUF_SUMS, 1, N, 1};
	bufs[1] = (ChipBuffer){CHIP_BUF_SPIKES, 1, N, 1};
	insns[0] = (ChipInsn){CHIP_OP_NEURON, 0, 1, 0, 0, 0};
	for (uint32_t q = 1; q <= 31; q++) {
		bufs[q + 1] = (ChipBuffer){CHIP_BUF_SIGNED, 1, N, 1};
		insns[q] = (ChipInsn){CHIP_OP_PERMUTE, q, q + 1, 0, 0, 0};
	}
	f.chip.logits = 1;
	f.bufs = bufs;
	f.insns = insns;
	f.perms = &perm;
	f.nperms = 1;
	f.nbufs = 33;
	f.ninsns = 31;
	ChipSim *s = chipsim_new(&f, err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL(s); /* 30 permutes: values up to 2^30 */
	chipsim_free(s);
	f.ninsns = 32;
	err[0] = 0;
	CU_ASSERT_PTR_NULL(chipsim_new(&f, err, sizeof err));
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "instruction 31"));
}

void add_chipsim_tests(void)
{
	CU_pSuite s = CU_add_suite("chipsim", NULL, NULL);
	CU_add_test(s, "one core, worked by hand", test_one_core);
	CU_add_test(s, "two layers against the format's loops", test_two_layers);
	CU_add_test(s, "partial sums past int32", test_wide_partials);
	CU_add_test(s, "neuron noise", test_noise);
	CU_add_test(s, "positions and gathers, worked by hand", test_positions);
	CU_add_test(s, "refusals", test_refusals);
}
