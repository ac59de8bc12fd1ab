/* test_front.c: parse + check on small programs: what the checked Program holds, and
 * that every error of a file is reported in one run. */
#include "unit.h"

#include <string.h>

static const char *const mnist =
	"network mnist {\n"
	"    input 784;\n"
	"    dense 2048; binary threshold=0.25 noise=0.1; permute chunk=16;\n"
	"    dense 2048; binary; permute tau=5 seed=9;\n"
	"    dense 10;\n"
	"}\n"
	"train { epochs 3; optimizer adam lr=0.002; schedule step every=2 gamma=0.1; eval_noise off; }\n"
	"chip { grid 8x16; weight_bits 8; permute hard; }\n";

static void test_program(void)
{
	Compiled c;
	compile_string(&c, mnist);
	CU_ASSERT_EQUAL(c.diag.nerr, 0);
	CU_ASSERT_EQUAL(c.diag.nwarn, 1); /* input 784 padded to 1024 */
	const Network *n = &c.prog.net;
	CU_ASSERT_STRING_EQUAL(n->name, "mnist");
	CU_ASSERT_EQUAL_FATAL(n->nlayers, 8);
	static const LayerKind kinds[] = {LAYER_INPUT, LAYER_DENSE, LAYER_BINARY, LAYER_PERMUTE,
	                                  LAYER_DENSE, LAYER_BINARY, LAYER_PERMUTE, LAYER_DENSE};
	static const int64_t sizes[] = {784, 2048, 2048, 2048, 2048, 2048, 2048, 10};
	for (int i = 0; i < 8; i++) {
		CU_ASSERT_EQUAL(n->layers[i].kind, kinds[i]);
		CU_ASSERT_EQUAL(n->layers[i].size, sizes[i]);
	}
	CU_ASSERT_DOUBLE_EQUAL(n->layers[2].binary.threshold, 0.25, 0);
	CU_ASSERT_DOUBLE_EQUAL(n->layers[5].binary.threshold, 0.0, 0);   /* default */
	CU_ASSERT_DOUBLE_EQUAL(n->layers[5].binary.ste_width, 2.0, 0);   /* default: the reference window */
	CU_ASSERT_EQUAL(n->layers[3].permute.seed, 1);                   /* default: its ordinal */
	CU_ASSERT_EQUAL(n->layers[6].permute.seed, 9);
	CU_ASSERT_DOUBLE_EQUAL(n->layers[3].permute.tau, 10.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(n->layers[6].permute.tau, 5.0, 0);
	CU_ASSERT_EQUAL(n->layers[2].loc.first_line, 3);
	CU_ASSERT_EQUAL(n->layers[2].loc.first_column, 17);

	const TrainConfig *t = &c.prog.train;
	CU_ASSERT_EQUAL(t->epochs, 3);
	CU_ASSERT_EQUAL(t->batch, 128);
	CU_ASSERT_DOUBLE_EQUAL(t->lr, 0.002, 0);
	CU_ASSERT_DOUBLE_EQUAL(t->beta2, 0.999, 0);
	CU_ASSERT_EQUAL(t->schedule, LR_STEP);
	CU_ASSERT_EQUAL(t->step_every, 2);
	CU_ASSERT_FALSE(t->eval_noise);
	CU_ASSERT_STRING_EQUAL(t->dataset, "mnist");

	const ChipConfig *chip = &c.prog.chip;
	CU_ASSERT_TRUE(chip->present);
	CU_ASSERT_EQUAL(chip->cores, 128); /* from the grid */
	CU_ASSERT_EQUAL(chip->weight_bits, 8);
	CU_ASSERT_EQUAL(chip->adc_bits, 0);
	CU_ASSERT_EQUAL(chip->permute, PERMUTE_HARD);
	compiled_free(&c);
}

static void test_all_errors_in_one_run(void)
{
	Compiled c;
	compile_string(&c,
	               "network n { input 256; dense 0; binary noise=-1 noise=2; dense 10; }\n"
	               "train { epochs 1.5; optimizer sgd; }\n"
	               "chip { weight_bits 17; }\n");
	/* dense 0, noise=-1, noise twice, epochs 1.5, sgd, weight_bits 17 */
	CU_ASSERT_EQUAL(c.diag.nerr, 6);
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "t.eic:1:30: error: dense size must be between 1 and 65536, found 0"));
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "t.eic:1:49: error: noise is set twice"));
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "t.eic:1:40: note: first set here"));
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "t.eic:3:20: error: weight_bits must be between 2 and 16 or off, found 17"));
	compiled_free(&c);
}

static void test_syntax_errors_recover(void)
{
	Compiled c;
	compile_string(&c,
	               "network n {\n"
	               "    input 256\n"      /* missing ';': reported after 256; skips to the next ';' */
	               "    dense 256;\n"
	               "    dense 10 20;\n"   /* a second value */
	               "}\n"
	               "train { epochs = ; }\n");
	CU_ASSERT_EQUAL(c.diag.nerr, 3);
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "t.eic:2:14: error: expected setting name or ';', found word 'dense'"));
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "t.eic:4:14: error: expected setting name or ';', found integer '20'"));
	CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, "t.eic:6:9: error: expected word or '}', found setting name 'epochs'"));
	compiled_free(&c);
}

static void test_sequence_rules(void)
{
	static const struct {
		const char *net;
		const char *message;
	} cases[] = {
		{"dense 256; dense 10;", "the network must start with input, found dense"},
		{"input 256; input 256; dense 10;", "input must be the first layer"},
		{"input 256; binary; dense 10;", "binary must follow a dense or conv layer, but it follows input"},
		{"input 784; permute; dense 10;", "permute works on whole 256-wide blocks, but its input has 784 values"},
		{"input 256; permute chunk=12; dense 10;", "chunk must divide 256"},
		{"input 256; dense 256; binary;", "must end with a dense readout"},
		{"input 256; dense 257;", "the readout (the last dense) has 257 outputs"},
		{"input 784; conv 5x5 channels=8; flatten; dense 10;", "conv needs an image: its input is a flat vector of 784"},
		{"input 28x28; pool 2x2; dense 10;", "dense needs a flat input: write flatten before it"},
		{"input 256; flatten; dense 10;", "flatten needs an image"},
		{"input 4x4x1; conv 5x5 channels=2; flatten; dense 10;", "conv kernel 5x5 is larger than its input 4x4x1"},
		{"input 4x4x1; pool 3x3; pool 2x2; flatten; dense 10;", "pool window 2x2 is larger than its input 1x1x1"},
		{"input 28x28; conv 3x3 channels=128 pad=1; flatten; dense 10;", "flatten makes a vector of 100352 values"},
		{"input 16x16; conv 3x3 channels=16; permute; flatten; dense 10;", "but its input has 16 channels at each"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char src[256];
		snprintf(src, sizeof src, "network n { %s }\ntrain { }\n", cases[i].net);
		Compiled c;
		compile_string(&c, src);
		CU_ASSERT_EQUAL(c.diag.nerr, 1);
		CU_ASSERT_PTR_NOT_NULL(strstr(c.messages, cases[i].message));
		if (c.diag.nerr != 1 || !strstr(c.messages, cases[i].message))
			printf("\n  %s\n  gave: %s\n", src, c.messages);
		compiled_free(&c);
	}
}

/* The shape of each layer's output: conv and pool by floor((n + 2 pad - k)/stride) + 1. */
static void test_shapes(void)
{
	Compiled c;
	compile_string(&c, "network n {\n"
	                   "    input 28x28;\n"
	                   "    conv 5x5 channels=32 pad=2; binary; pool 2x2;\n"
	                   "    conv 3x4 channels=64 stride=2; pool 3x3 op=avg stride=1;\n"
	                   "    flatten; dense 512; binary; dense 10;\n"
	                   "}\n"
	                   "train { }\n");
	CU_ASSERT_EQUAL(c.diag.nerr, 0);
	CU_ASSERT_PTR_NOT_NULL(c.sched);
	const Network *n = &c.prog.net;
	CU_ASSERT_EQUAL_FATAL(n->nlayers, 10);
	static const int64_t shapes[][4] = {
		{784, 28, 28, 1}, {32, 28, 28, 32}, {32, 28, 28, 32}, {32, 14, 14, 32},
		{64, 6, 6, 64},   {64, 4, 4, 64},   {1024, 0, 0, 0},  {512, 0, 0, 0},
		{512, 0, 0, 0},   {10, 0, 0, 0},
	};
	for (int i = 0; i < 10; i++) {
		const Layer *l = &n->layers[i];
		CU_ASSERT(l->size == shapes[i][0] && l->h == shapes[i][1] && l->w == shapes[i][2] && l->c == shapes[i][3]);
	}
	CU_ASSERT_EQUAL(n->layers[1].conv.kh, 5);
	CU_ASSERT_EQUAL(n->layers[1].conv.stride, 1); /* default */
	CU_ASSERT_EQUAL(n->layers[3].pool.stride, 0);  /* window */
	CU_ASSERT_EQUAL(n->layers[3].pool.op, POOL_MAX);
	CU_ASSERT_EQUAL(n->layers[4].conv.kw, 4);
	CU_ASSERT_EQUAL(n->layers[5].pool.op, POOL_AVG);
	compiled_free(&c);
}

void add_front_tests(void)
{
	CU_pSuite s = CU_add_suite("front end", NULL, NULL);
	CU_add_test(s, "the checked program of a network", test_program);
	CU_add_test(s, "all semantic errors in one run", test_all_errors_in_one_run);
	CU_add_test(s, "syntax errors recover", test_syntax_errors_recover);
	CU_add_test(s, "network order and widths", test_sequence_rules);
	CU_add_test(s, "image shapes through conv, pool and flatten", test_shapes);
}
