/* lang.c: the tables of the .eic language (see lang.h). docs/language.md is their prose. */
#include "lang.h"
#include "ast.h"
#include "model.h" /* the bounds the .prog reader checks */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INF HUGE_VAL
#define L(field) offsetof(Layer, field)
#define T(field) offsetof(TrainConfig, field)
#define C(field) offsetof(ChipConfig, field)

enum { MAX_WIDTH = LANG_MAX_WIDTH }; /* bounds every size the compiler tiles */
_Static_assert(LANG_MAX_WIDTH == MODEL_MAX_BLOCKS * CORE_N, "a flat vector is at most the blocks a .prog holds");
/* The grid and shape types store sides as int64_t in a row, at the offset of the first. */
_Static_assert(offsetof(Grid, cols) == offsetof(Grid, rows) + sizeof(int64_t)
               && offsetof(ConvParams, kw) == offsetof(ConvParams, kh) + sizeof(int64_t)
               && offsetof(PoolParams, kw) == offsetof(PoolParams, kh) + sizeof(int64_t)
               && offsetof(Layer, h) == offsetof(Layer, size) + sizeof(int64_t)
               && offsetof(Layer, w) == offsetof(Layer, h) + sizeof(int64_t)
               && offsetof(Layer, c) == offsetof(Layer, w) + sizeof(int64_t), "sides in a row");

static const char *const optimizer_words[] = {"adam", NULL};
static const char *const schedule_words[] = {"constant", "cosine", "step", NULL};
static const char *const weights_words[] = {"differential", "positive", NULL};
static const char *const permute_words[] = {"soft", "hard", NULL};
static const char *const neuron_noise_words[] = {"gain", "comparator", NULL};
static const char *const precision_words[] = {"fp32", "bf16", NULL};
static const char *const pool_words[] = {"max", "avg", NULL};

/* ---- network ---- */

static const FieldSpec f_size = {"size", TYPE_INT, L(size), 0, NULL, 1, MAX_WIDTH, .doc = "number of values"};
static const FieldSpec f_shape = {"size", TYPE_SHAPE, L(size), 0, NULL, 1, MAX_WIDTH,
	.doc = "number of values, or an image HxW or HxWxC of as many, stored (y, x, c) row-major"};

static const FieldSpec f_threshold = {"threshold", TYPE_REAL, L(binary.threshold), 0.0, NULL, -INF, INF,
	.doc = "theta: the neuron fires when x + noise >= threshold", .f32 = true};
static const FieldSpec f_noise = {"noise", TYPE_REAL, L(binary.noise), 0.1, NULL, 0, INF,
	.doc = "sigma of the Gaussian noise added before the threshold, fresh on every pass", .f32 = true};
static const FieldSpec f_ste_center = {"ste_center", TYPE_REAL, L(binary.ste_center), 0.0, NULL, -INF, INF,
	.doc = "centre of the straight-through window of the backward pass", .f32 = true};
static const FieldSpec f_ste_width = {"ste_width", TYPE_REAL, L(binary.ste_width), 2.0, NULL, 0, INF, true,
	.doc = "full width of that window: gradients pass where |x - ste_center| <= ste_width/2", .f32 = true};
static const FieldSpec f_learn_threshold = {"learn_threshold", TYPE_BOOL, L(binary.learn_threshold), 0,
	.doc = "each neuron learns its own threshold, starting at threshold; the window then moves with it"};
static const FieldSpec f_batchnorm = {"batchnorm", TYPE_BOOL, L(binary.batchnorm), 0,
	.doc = "batch normalisation of each input before the neuron: batch statistics in training, running ones after"};
static const FieldSpec f_dropout = {"dropout", TYPE_REAL, L(dropout), 0, NULL, 0, 1, .max_exclusive = true,
	.doc = "training drops each value with this probability, the others scaled by 1/(1 - p); never after", .f32 = true};
static const FieldSpec *const binary_settings[] = {&f_threshold, &f_noise, &f_ste_center, &f_ste_width,
                                                   &f_learn_threshold, &f_batchnorm, &f_dropout, NULL};

static const FieldSpec f_chunk = {"chunk", TYPE_INT, L(permute.chunk), 16, NULL, 1, 128,
	.doc = "elements per slot; each 256-block is permuted as 256/chunk slots"};
static const FieldSpec f_tau = {"tau", TYPE_REAL, L(permute.tau), 10.0, NULL, 0, INF, true,
	.doc = "initial value of the learnable sharpness tau of the soft permutation", .f32 = true};
static const FieldSpec f_perm_seed = {"seed", TYPE_INT, L(permute.seed), 0, NULL, 0, 4294967295.0,
	.doc = "seed of the two fixed slot permutations (default: the permute's ordinal, 1, 2, ...)"};
static const FieldSpec *const permute_settings[] = {&f_chunk, &f_tau, &f_perm_seed, NULL};

static const FieldSpec f_conv_kernel = {"kernel", TYPE_GRID, L(conv.kh), 0, NULL, 1, 15,
	.doc = "rows x columns of each kernel"};
static const FieldSpec f_channels = {"channels", TYPE_INT, L(conv.channels), 0, NULL, 1, 4096, .required = true,
	.doc = "output channels, one kernel each"};
static const FieldSpec f_conv_stride = {"stride", TYPE_INT, L(conv.stride), 1, NULL, 1, 16,
	.doc = "positions between two kernel placements, along each axis"};
static const FieldSpec f_pad = {"pad", TYPE_INT, L(conv.pad), 0, NULL, 0, 14,
	.doc = "zeros around the image on each side; less than each side of the kernel"};
static const FieldSpec *const conv_settings[] = {&f_channels, &f_conv_stride, &f_pad, NULL};

static const FieldSpec f_pool_window = {"window", TYPE_GRID, L(pool.kh), 0, NULL, 1, 15,
	.doc = "rows x columns of the window"};
static const FieldSpec f_op = {"op", TYPE_ENUM, L(pool.op), POOL_MAX, .names = pool_words,
	.doc = "max or avg (the mean) over the window, per channel"};
static const FieldSpec f_pool_stride = {"stride", TYPE_INT, L(pool.stride), 0, NULL, 1, 16, .zero_word = "window",
	.doc = "positions between two windows, along each axis (window: the window's side, so they do not overlap)"};
static const FieldSpec *const pool_settings[] = {&f_op, &f_pool_stride, NULL};

static const FieldSpec *const no_settings[] = {NULL};
static const FieldSpec *const input_settings[] = {&f_dropout, NULL};

static const ItemSpec network_items[] = {
	{"input", LAYER_INPUT, &f_shape, input_settings, "the input vector or image; values in [0,1]"},
	{"dense", LAYER_DENSE, &f_size, no_settings, "EICDense tiles plus an Accumulator; the last one is the readout"},
	{"binary", LAYER_BINARY, NULL, binary_settings, "noisy binary threshold neuron"},
	{"permute", LAYER_PERMUTE, NULL, permute_settings, "PermuteBlock: learnable soft permutation of slots"},
	{"conv", LAYER_CONV, &f_conv_kernel, conv_settings, "2-D convolution of an image, one kernel per output channel"},
	{"pool", LAYER_POOL, &f_pool_window, pool_settings, "max or average pooling of each channel of an image"},
	{"flatten", LAYER_FLATTEN, NULL, no_settings, "an image as the flat vector of its values, (y, x, c) row-major"},
	{NULL, -1, NULL, NULL, NULL},
};

const LayerSpec lang_layers[LAYER__COUNT] = {
	[LAYER_INPUT] = {.item = &network_items[LAYER_INPUT]},
	[LAYER_DENSE] = {.item = &network_items[LAYER_DENSE]},
	[LAYER_BINARY] = {.item = &network_items[LAYER_BINARY], .follows = 1u << LAYER_DENSE | 1u << LAYER_CONV,
	                  .keeps_width = true},
	[LAYER_PERMUTE] = {.item = &network_items[LAYER_PERMUTE], .keeps_width = true, .whole_blocks = true,
	                   .twice = "one permute can learn what two do"},
	[LAYER_CONV] = {.item = &network_items[LAYER_CONV]},
	[LAYER_POOL] = {.item = &network_items[LAYER_POOL], .keeps_width = true},
	[LAYER_FLATTEN] = {.item = &network_items[LAYER_FLATTEN]},
};

/* ---- train ---- */

static const FieldSpec f_dataset = {"dataset", TYPE_NAME, T(dataset), 0, "mnist", .doc = "IDX dataset to train on"};
static const FieldSpec f_epochs = {"epochs", TYPE_INT, T(epochs), 10, NULL, 1, MODEL_MAX_EPOCHS, .doc = "passes over the training set"};
static const FieldSpec f_batch = {"batch", TYPE_INT, T(batch), 128, NULL, 1, MODEL_MAX_BATCH, .doc = "examples per mini-batch"};
static const FieldSpec f_seed = {"seed", TYPE_INT, T(seed), 42, NULL, 0, (double)MODEL_MAX_SEED,
	.doc = "seed of initialisation, shuffling and noise"};
static const FieldSpec f_validation = {"validation", TYPE_INT, T(validation), 0, NULL, 0, MODEL_MAX_VALIDATION, .zero_word = "off",
	.doc = "training examples held out for model selection"};
static const FieldSpec f_optimizer = {"optimizer", TYPE_ENUM, T(optimizer), OPT_ADAM, .names = optimizer_words,
	.doc = "the optimiser"};
static const FieldSpec f_lr = {"lr", TYPE_REAL, T(lr), 0.001, NULL, 0, INF, true, .doc = "learning rate", .f32 = true};
static const FieldSpec f_beta1 = {"beta1", TYPE_REAL, T(beta1), 0.9, NULL, 0, 1, .max_exclusive = true, .doc = "Adam first-moment decay, below 1", .f32 = true};
static const FieldSpec f_beta2 = {"beta2", TYPE_REAL, T(beta2), 0.999, NULL, 0, 1, .max_exclusive = true, .doc = "Adam second-moment decay, below 1", .f32 = true};
static const FieldSpec f_eps = {"eps", TYPE_REAL, T(eps), 1e-8, NULL, 0, INF, true, .doc = "Adam epsilon", .f32 = true};
static const FieldSpec f_weight_decay = {"weight_decay", TYPE_REAL, T(weight_decay), 0, NULL, 0, INF,
	.doc = "decoupled weight decay (AdamW) of the dense layers' weights and gains", .f32 = true};
static const FieldSpec *const optimizer_settings[] = {&f_lr, &f_beta1, &f_beta2, &f_eps, &f_weight_decay, NULL};
static const FieldSpec f_schedule = {"schedule", TYPE_ENUM, T(schedule), LR_CONSTANT, .names = schedule_words,
	.doc = "learning-rate schedule over the epochs"};
static const FieldSpec f_min_lr = {"min_lr", TYPE_REAL, T(min_lr), 0, NULL, 0, INF, .doc = "cosine: the rate at the end", .f32 = true};
static const FieldSpec f_every = {"every", TYPE_INT, T(step_every), 1, NULL, 1, MODEL_MAX_EPOCHS, .doc = "step: epochs between decays"};
static const FieldSpec f_gamma = {"gamma", TYPE_REAL, T(step_gamma), 0.5, NULL, 0, 1, true, .doc = "step: decay factor", .f32 = true};
static const FieldSpec *const schedule_settings[] = {&f_min_lr, &f_every, &f_gamma, NULL};
static const FieldSpec f_eval_noise = {"eval_noise", TYPE_BOOL, T(eval_noise), 1, .doc = "evaluation keeps the neurons' noise on"};
static const FieldSpec f_label_smoothing = {"label_smoothing", TYPE_REAL, T(label_smoothing), 0, NULL, 0, 1,
	.max_exclusive = true, .doc = "the training loss's target: 1 - s + s/K on the label, s/K on each other class",
	.f32 = true};
static const FieldSpec f_warmup = {"warmup", TYPE_INT, T(warmup), 0, NULL, 0, MODEL_MAX_EPOCHS, .zero_word = "off",
	.doc = "epochs over which the learning rate rises linearly from 0 to the schedule's"};
static const FieldSpec f_precision = {"precision", TYPE_ENUM, T(precision), PREC_FP32, .names = precision_words,
	.doc = "training's dense products: fp32, or bf16 operands with fp32 sums"};

static const ItemSpec train_items[] = {
	{"dataset", -1, &f_dataset, no_settings, NULL},
	{"epochs", -1, &f_epochs, no_settings, NULL},
	{"batch", -1, &f_batch, no_settings, NULL},
	{"optimizer", -1, &f_optimizer, optimizer_settings, NULL},
	{"schedule", -1, &f_schedule, schedule_settings, NULL},
	{"seed", -1, &f_seed, no_settings, NULL},
	{"validation", -1, &f_validation, no_settings, NULL},
	{"eval_noise", -1, &f_eval_noise, no_settings, NULL},
	{"precision", -1, &f_precision, no_settings, NULL},
	{"label_smoothing", -1, &f_label_smoothing, no_settings, NULL},
	{"warmup", -1, &f_warmup, no_settings, NULL},
	{NULL, -1, NULL, NULL, NULL},
};

/* ---- chip ---- */

static const FieldSpec f_cores = {"cores", TYPE_INT, C(cores), 0, NULL, 1, 65536, .zero_word = "auto",
	.doc = "cores on the chip (auto: as many as the network needs)"};
static const FieldSpec f_grid = {"grid", TYPE_GRID, C(grid), 0, NULL, 1, 256, .zero_word = "auto",
	.doc = "rows x columns of the core grid; rows*columns = cores"};
static const FieldSpec f_weight_bits = {"weight_bits", TYPE_INT, C(weight_bits), 0, NULL, 2, 16, .zero_word = "off",
	.doc = "signed weights quantized to 2^(bits-1)-1 levels per sign, one scale per core (off: float; a .chip then "
	        "has 8)"};
static const FieldSpec f_weight_range = {"weight_range", TYPE_REAL, C(weight_range), 1.0, NULL, 0, INF, true,
	.doc = "weights are clipped to [-weight_range, weight_range]", .f32 = true};
static const FieldSpec f_weights = {"weights", TYPE_ENUM, C(weights), WEIGHTS_DIFFERENTIAL, .names = weights_words,
	.doc = "signed weights as differential conductance pairs (positive-only cells: not modelled, an error)"};
static const FieldSpec f_read_noise = {"read_noise", TYPE_REAL, C(read_noise), 0, NULL, 0, INF,
	.doc = "sigma of per-core read noise on partial sums, relative to full scale", .f32 = true};
static const FieldSpec f_adc_bits = {"adc_bits", TYPE_INT, C(adc_bits), 0, NULL, 2, 16, .zero_word = "off",
	.doc = "partial sums quantized by an ADC of this many bits, 2^(bits-1)-1 levels per sign (off: exact)"};
static const FieldSpec f_adc_range = {"adc_range", TYPE_REAL, C(adc_range), 0.0625, NULL, 0, 1, true,
	.doc = "the ADC's full scale (and read noise's unit), a fraction of a core's largest partial sum 256*L",
	.f32 = true};
static const FieldSpec f_program_noise = {"program_noise", TYPE_REAL, C(program_noise), 0, NULL, 0, 1,
	.doc = "sigma of each cell's relative programming error, drawn once per programmed chip", .f32 = true};
static const FieldSpec f_stuck_low = {"stuck_low", TYPE_REAL, C(stuck_low), 0, NULL, 0, 0.5,
	.doc = "fraction of cells stuck at the lowest level (0), drawn per programmed chip", .f32 = true};
static const FieldSpec f_stuck_high = {"stuck_high", TYPE_REAL, C(stuck_high), 0, NULL, 0, 0.5,
	.doc = "fraction of cells stuck at the highest level (L), drawn per programmed chip", .f32 = true};
static const FieldSpec f_permute = {"permute", TYPE_ENUM, C(permute), PERMUTE_SOFT, .names = permute_words,
	.doc = "soft (softmax) or hard (tau -> infinity) permutations"};

static const FieldSpec f_neuron_noise = {"neuron_noise", TYPE_ENUM, C(neuron_noise), NOISE_AT_GAIN,
	.names = neuron_noise_words,
	.doc = "where a binary's noise sits: after the accumulator's gain (sigma in units of z), or at the comparator "
	       "(sigma in units of the accumulated sum u)"};

#define COST(group, op, what) \
	static const FieldSpec f_##group##_##op = {#op, TYPE_REAL, C(group.op), 1, NULL, 0, INF, .doc = what}
COST(cycles, mvm, "cycles of a 256x256 crossbar read, its ADC conversions included");
COST(cycles, acc, "cycles to add a block of 256 partial sums");
COST(cycles, neuron, "cycles of a block of 256 neurons");
COST(cycles, permute, "cycles to permute a block of 256 values");
COST(cycles, hop, "cycles for a block to move one hop on the grid");
COST(energy, mvm, "energy of a 256x256 crossbar read, its ADC conversions excluded");
COST(energy, adc, "energy of one ADC conversion (256 per crossbar read)");
COST(energy, acc, "energy to add a block of 256 partial sums");
COST(energy, neuron, "energy of a block of 256 neurons");
COST(energy, permute, "energy to permute a block of 256 values");
COST(energy, hop, "energy for one bit to move one hop on the grid");
#undef COST
static const FieldSpec *const cycles_settings[] = {&f_cycles_mvm, &f_cycles_acc, &f_cycles_neuron, &f_cycles_permute,
	&f_cycles_hop, NULL};
static const FieldSpec *const energy_settings[] = {&f_energy_mvm, &f_energy_adc, &f_energy_acc, &f_energy_neuron,
	&f_energy_permute, &f_energy_hop, NULL};

static const ItemSpec chip_items[] = {
	{"cores", -1, &f_cores, no_settings, NULL},
	{"grid", -1, &f_grid, no_settings, NULL},
	{"weight_bits", -1, &f_weight_bits, no_settings, NULL},
	{"weight_range", -1, &f_weight_range, no_settings, NULL},
	{"weights", -1, &f_weights, no_settings, NULL},
	{"read_noise", -1, &f_read_noise, no_settings, NULL},
	{"adc_bits", -1, &f_adc_bits, no_settings, NULL},
	{"adc_range", -1, &f_adc_range, no_settings, NULL},
	{"program_noise", -1, &f_program_noise, no_settings, NULL},
	{"stuck_low", -1, &f_stuck_low, no_settings, NULL},
	{"stuck_high", -1, &f_stuck_high, no_settings, NULL},
	{"permute", -1, &f_permute, no_settings, NULL},
	{"neuron_noise", -1, &f_neuron_noise, no_settings, NULL},
	{"cycles", -1, NULL, cycles_settings,
	 "cycles of each operation, for the cost model of --emit=report once tiles are placed (default 1 each: "
	 "the report counts them)"},
	{"energy", -1, NULL, energy_settings,
	 "energy of each operation, in a unit of your choice (default 1 each: the report counts them)"},
	{NULL, -1, NULL, NULL, NULL},
};

const SectionSpec lang_sections[SECTION__COUNT] = {
	[SECTION_NETWORK] = {"network", true, true, network_items, "the layers, in order"},
	[SECTION_TRAIN] = {"train", false, true, train_items, "training settings"},
	[SECTION_CHIP] = {"chip", false, false, chip_items, "the target chip and its constraints"},
};

const char *const lang_section_words[] = {"network", "train", "chip", NULL};

const SectionSpec *lang_section(const char *name)
{
	for (int i = 0; i < SECTION__COUNT; i++)
		if (strcmp(lang_sections[i].name, name) == 0)
			return &lang_sections[i];
	return NULL;
}

const ItemSpec *lang_item(const SectionSpec *s, const char *name)
{
	for (const ItemSpec *it = s->items; it->name; it++)
		if (strcmp(it->name, name) == 0)
			return it;
	return NULL;
}

const FieldSpec *lang_setting(const ItemSpec *it, const char *name)
{
	for (const FieldSpec *const *f = it->settings; *f; f++)
		if (strcmp((*f)->name, name) == 0)
			return *f;
	return NULL;
}

/* Word lists are small and fixed: built once into static arrays. */
enum { MAX_WORDS = 16 };

const char *const *lang_item_words(const SectionSpec *s)
{
	static const char *words[SECTION__COUNT][MAX_WORDS + 1];
	const char **w = words[s - lang_sections];
	int n = 0;
	for (const ItemSpec *it = s->items; it->name && n < MAX_WORDS; it++)
		w[n++] = it->name;
	w[n] = NULL;
	return w;
}

const char *const *lang_setting_words(const ItemSpec *it)
{
	/* settings arrays are already NULL-terminated lists of specs; copy their names */
	static const char *words[MAX_WORDS + 1];
	int n = 0;
	for (const FieldSpec *const *f = it->settings; *f && n < MAX_WORDS; f++)
		words[n++] = (*f)->name;
	words[n] = NULL;
	return words;
}

void lang_set_default(const FieldSpec *f, void *record)
{
	char *p = (char *)record + f->offset;
	switch (f->type) {
	case TYPE_INT: *(int64_t *)p = (int64_t)f->def; break;
	case TYPE_REAL: *(double *)p = f->def; break;
	case TYPE_BOOL: *(bool *)p = f->def != 0; break;
	case TYPE_ENUM: *(int *)p = (int)f->def; break;
	case TYPE_GRID: memset(p, 0, 2 * sizeof(int64_t)); break;
	case TYPE_NAME: *(const char **)p = f->def_name; break;
	case TYPE_SHAPE: memset(p, 0, 4 * sizeof(int64_t)); break;
	case TYPE__COUNT: break;
	}
}

void lang_format_real(double x, char *buf, size_t n)
{
	int prec = 1;
	while (prec < 17) {
		snprintf(buf, n, "%.*g", prec, x);
		if (strtod(buf, NULL) == x)
			break;
		prec++;
	}
	/* whole digits are written out (10, not 1e+01) below 1e16 */
	for (double m = fabs(x); m >= 10 && m < 1e16 && prec < 17; m /= 10)
		prec++;
	snprintf(buf, n, "%.*g", prec, x);
}

static bool is_word(const char *s)
{
	if (!*s || !(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
		return false;
	for (; *s; s++)
		if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

void lang_format(const FieldSpec *f, const void *record, char *buf, size_t n)
{
	const char *p = (const char *)record + f->offset;
	switch (f->type) {
	case TYPE_INT: {
		int64_t v = *(const int64_t *)p;
		if (v == 0 && f->zero_word)
			snprintf(buf, n, "%s", f->zero_word);
		else
			snprintf(buf, n, "%lld", (long long)v);
		break;
	}
	case TYPE_REAL: lang_format_real(*(const double *)p, buf, n); break;
	case TYPE_BOOL: snprintf(buf, n, "%s", *(const bool *)p ? "on" : "off"); break;
	case TYPE_ENUM: snprintf(buf, n, "%s", f->names[*(const int *)p]); break;
	case TYPE_GRID: {
		const int64_t *g = (const int64_t *)p;
		if (g[0] == 0 && f->zero_word)
			snprintf(buf, n, "%s", f->zero_word);
		else
			snprintf(buf, n, "%lldx%lld", (long long)g[0], (long long)g[1]);
		break;
	}
	case TYPE_NAME: {
		const char *s = *(const char *const *)p;
		snprintf(buf, n, is_word(s) ? "%s" : "\"%s\"", s);
		break;
	}
	case TYPE_SHAPE: {
		const int64_t *s = (const int64_t *)p; /* size, h, w, c */
		if (s[1] == 0)
			snprintf(buf, n, "%lld", (long long)s[0]);
		else
			snprintf(buf, n, "%lldx%lldx%lld", (long long)s[1], (long long)s[2], (long long)s[3]);
		break;
	}
	case TYPE__COUNT: buf[0] = '\0'; break;
	}
}

void lang_format_range(const FieldSpec *f, char *buf, size_t n)
{
	char lo[32], hi[32];
	lang_format_real(f->min, lo, sizeof lo);
	lang_format_real(f->max, hi, sizeof hi);
	if (isinf(f->max))
		snprintf(buf, n, "%s %s", f->min_exclusive ? ">" : ">=", lo);
	else if (f->min_exclusive || f->max_exclusive)
		snprintf(buf, n, "%s %s and %s %s", f->min_exclusive ? ">" : ">=", lo, f->max_exclusive ? "<" : "<=", hi);
	else
		snprintf(buf, n, "between %s and %s", lo, hi);
}
