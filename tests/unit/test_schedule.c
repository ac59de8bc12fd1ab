/* test_schedule.c: the lowering against DESIGN.md section 2's formulas, computed here
 * independently: parameter counts, tiles and cores, buffer widths, the parameter
 * block's layout, and the permutations. */
#include "unit.h"
#include "flatten.h"

#include <stdlib.h>
#include <string.h>

static int64_t blocks(int64_t n)
{
	return (n + 255) / 256;
}

/* A random valid network: input, then (dense binary [permute])*, then a readout. */
static void random_network(unsigned *seed, char *src, size_t n, int64_t *want_params, int64_t *want_tiles)
{
	int64_t in = 1 + rand_r(seed) % 1200, width = in;
	size_t len = (size_t)snprintf(src, n, "network r { input %lld;", (long long)in);
	*want_params = *want_tiles = 0;
	int hidden = rand_r(seed) % 4;
	for (int h = 0; h < hidden; h++) {
		int64_t out = 256 * (1 + rand_r(seed) % 4) - (rand_r(seed) % 2 ? 0 : rand_r(seed) % 255);
		len += (size_t)snprintf(src + len, n - len, " dense %lld; binary;", (long long)out);
		*want_params += blocks(out) * blocks(width) * 65536 + blocks(out) * 65536; /* W and A */
		*want_tiles += blocks(out) * blocks(width);
		width = out;
		if (out % 256 == 0 && rand_r(seed) % 2) {
			len += (size_t)snprintf(src + len, n - len, " permute chunk=%d;", 1 << (rand_r(seed) % 8));
			*want_params += 1; /* tau */
		}
	}
	int64_t k = 1 + rand_r(seed) % 256;
	snprintf(src + len, n - len, " dense %lld; }\ntrain { }\n", (long long)k);
	*want_params += blocks(width) * 65536 + 65536;
	*want_tiles += blocks(width);
}

static void test_parameter_totals(void)
{
	unsigned seed = 20261128;
	for (int i = 0; i < 200; i++) {
		char src[1024];
		int64_t want_params, want_tiles;
		random_network(&seed, src, sizeof src, &want_params, &want_tiles);
		Compiled c;
		compile_string(&c, src);
		CU_ASSERT_PTR_NOT_NULL_FATAL(c.sched);
		const Schedule *s = c.sched;
		CU_ASSERT_EQUAL(s->param_count, want_params);
		CU_ASSERT_EQUAL(s->cores, want_tiles);
		if (s->param_count != want_params || s->cores != want_tiles)
			printf("\n  %s  params %lld (want %lld), cores %lld (want %lld)\n", src, (long long)s->param_count,
			       (long long)want_params, (long long)s->cores, (long long)want_tiles);
		/* the parameter block: in order, 64-byte aligned, no overlaps, all within it */
		int64_t end = 0;
		for (int p = 0; p < s->nparams; p++) {
			CU_ASSERT_EQUAL(s->params[p].offset % 64, 0);
			CU_ASSERT(s->params[p].offset >= end);
			end = s->params[p].offset + 4 * s->params[p].count;
		}
		CU_ASSERT(end <= s->param_bytes);
		/* the runtime's model of it is valid */
		Model m;
		char err[256] = "";
		flatten_model(s, &m);
		CU_ASSERT_TRUE(model_validate(&m, err, sizeof err));
		if (err[0])
			printf("\n  %s\n  model: %s\n", src, err);
		model_free(&m);
		/* every core is used by exactly one tile */
		int64_t next_core = 0;
		for (int k = 0; k < s->nstages; k++)
			for (int64_t t = 0; t < s->stages[k].ntiles; t++)
				CU_ASSERT_EQUAL(s->stages[k].tiles[t].core, next_core++);
		compiled_free(&c);
	}
}

static void test_mnist_figures(void)
{
	Compiled c;
	compile_string(&c, "network mnist { input 784; dense 2048; binary; permute; dense 2048; binary; permute;"
	                   " dense 10; }\ntrain { }\n");
	const Schedule *s = c.sched;
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_EQUAL(s->cores, 8 * 4 + 8 * 8 + 1 * 8);
	CU_ASSERT_EQUAL(s->param_count, (32 + 8 + 64 + 8 + 8 + 1) * 65536LL + 2);
	CU_ASSERT_EQUAL(s->logits, 10);
	CU_ASSERT_EQUAL(s->bufs[0].width, 1024);
	CU_ASSERT_EQUAL(s->bufs[0].used, 784);
	/* Xavier for W of dense1 [8,4,256,256]: R = 32, fans 256 * 32 each */
	CU_ASSERT_STRING_EQUAL(s->params[0].name, "dense1.weights");
	CU_ASSERT_DOUBLE_EQUAL(s->params[0].fan_in, 8192, 0);
	CU_ASSERT_DOUBLE_EQUAL(s->params[0].stddev, 0.011048543456039806 / 0.87962566103423978, 1e-12);
	compiled_free(&c);
}

static void test_permutations(void)
{
	static const int64_t sizes[] = {2, 4, 16, 128, 256};
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		int64_t n = sizes[k];
		for (int64_t seed = 0; seed < 40; seed++) {
			int plus[256], minus[256], again_plus[256], again_minus[256], seen_p[256] = {0}, seen_m[256] = {0};
			sched_permutations(seed, n, plus, minus);
			sched_permutations(seed, n, again_plus, again_minus);
			CU_ASSERT(memcmp(plus, again_plus, (size_t)n * sizeof(int)) == 0);
			CU_ASSERT(memcmp(minus, again_minus, (size_t)n * sizeof(int)) == 0);
			for (int64_t r = 0; r < n; r++) {
				CU_ASSERT_FATAL(plus[r] >= 0 && plus[r] < n && minus[r] >= 0 && minus[r] < n);
				seen_p[plus[r]]++;
				seen_m[minus[r]]++;
				CU_ASSERT_NOT_EQUAL(plus[r], minus[r]); /* no dead slot */
			}
			for (int64_t r = 0; r < n; r++)
				CU_ASSERT(seen_p[r] == 1 && seen_m[r] == 1);
		}
	}
	int a[16], b[16], c[16], d[16];
	sched_permutations(1, 16, a, b);
	sched_permutations(2, 16, c, d);
	CU_ASSERT(memcmp(a, c, sizeof a) != 0);
}

/* 512 -> 512 takes 2x2 tiles and 512 -> 10 takes 1x2: six cores, exactly */
static void test_capacity(void)
{
	static const char *const net = "network n { input 512; dense 512; binary; dense 10; }\ntrain { }\n";
	char src[256];
	Compiled c;
	snprintf(src, sizeof src, "%schip { cores 6; }\n", net);
	compile_string(&c, src);
	CU_ASSERT_PTR_NOT_NULL(c.sched);
	CU_ASSERT_EQUAL(c.diag.nerr, 0);
	compiled_free(&c);
	snprintf(src, sizeof src, "%schip { cores 5; }\n", net);
	compile_string(&c, src);
	CU_ASSERT_PTR_NULL(c.sched);
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "t.eic:3:8: error: the network needs 6 cores, but the chip has 5"));
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "note: dense1 (512 -> 512) uses 4 cores: 2 x 2 tiles"));
	compiled_free(&c);
}

/* The placement cost of place.h, recomputed from the tiles' places. */
static int64_t placement_cost(const Schedule *s)
{
	int64_t cost = 0;
	const Stage *prev = NULL;
	bool spiked = false;
	for (int k = 0; k < s->nstages; k++) {
		const Stage *st = &s->stages[k];
		spiked |= st->kind == STAGE_BINARY;
		if (st->kind != STAGE_TILES)
			continue;
		for (int64_t t = 0; t < st->ntiles; t++) {
			const Tile *a = &st->tiles[t], *root = &st->tiles[a->out_block * st->bi];
			cost += 256 * 16 * (llabs(a->row - root->row) + llabs(a->col - root->col));
			if (prev) {
				const Tile *src = &prev->tiles[a->in_block * prev->bi];
				cost += 256 * (spiked ? 1 : 16) * (llabs(a->row - src->row) + llabs(a->col - src->col));
			}
		}
		prev = st;
		spiked = false;
	}
	return cost;
}

static void test_placement(void)
{
	Compiled c;
	compile_string(&c, "network mnist { input 784; dense 2048; binary; permute; dense 2048; binary; permute;"
	                   " dense 10; }\ntrain { }\nchip { grid 8x16; }\n");
	const Schedule *s = c.sched;
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	bool used[128] = {false};
	for (int k = 0; k < s->nstages; k++)
		for (int64_t t = 0; t < s->stages[k].ntiles; t++) {
			const Tile *tile = &s->stages[k].tiles[t];
			CU_ASSERT_FATAL(tile->core >= 0 && tile->core < 128);
			CU_ASSERT_FALSE(used[tile->core]); /* one tile per core */
			used[tile->core] = true;
			CU_ASSERT_EQUAL(tile->core, tile->row * 16 + tile->col);
		}
	CU_ASSERT_EQUAL(placement_cost(s), s->place_cost);
	CU_ASSERT(s->place_cost < s->place_naive * 3 / 4); /* annealing beats row-major clearly */
	Compiled again;
	compile_string(&again, "network mnist { input 784; dense 2048; binary; permute; dense 2048; binary; permute;"
	                       " dense 10; }\ntrain { }\nchip { grid 8x16; }\n");
	CU_ASSERT_EQUAL(again.sched->place_cost, s->place_cost); /* reproducible */
	compiled_free(&again);
	compiled_free(&c);
}

void add_schedule_tests(void)
{
	CU_pSuite s = CU_add_suite("schedule", NULL, NULL);
	CU_add_test(s, "parameter totals from the formulas, 200 networks", test_parameter_totals);
	CU_add_test(s, "the reference network", test_mnist_figures);
	CU_add_test(s, "permutations: valid, reproducible, no dead slot", test_permutations);
	CU_add_test(s, "capacity", test_capacity);
	CU_add_test(s, "placement: one tile per core, its cost, better than row-major", test_placement);
}
