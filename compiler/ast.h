/* ast.h: the syntax tree of a .eic file, and the checked program the checker makes of it.
 *
 * The syntax is uniform: a file is a list of sections, a section a list of items,
 * and an item is a word, an optional value and name=value settings:
 *
 *     network mnist {              <- Section: kind "network", name "mnist"
 *         dense 2048;              <- Item: name "dense", one value (2048)
 *         binary noise=0.1;        <- Item: name "binary", one setting
 *     }
 *
 * What each word means, which values it takes and their ranges is not grammar but
 * data: the tables in lang.c, applied by check.c. The checker turns the tree into a
 * Program (typed layers, training and chip settings, every default filled in), which
 * is what the rest of the compiler reads. */
#ifndef EIC_AST_H
#define EIC_AST_H

#include "arena.h"
#include "diag.h"
#include "kinds.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* ---- Syntax ---- */

typedef enum {
	VAL_INT,    /* 784, -3 */
	VAL_REAL,   /* 0.001, 1e-8 */
	VAL_GRID,   /* 8x16, 28x28x1 */
	VAL_STRING, /* "data/mnist" */
	VAL_NAME,   /* adam, on */
	VAL__COUNT
} ValueKind;

typedef struct Value {
	ValueKind kind;
	Loc loc;
	const char *text; /* as written (strings without their quotes) */
	int64_t i;        /* VAL_INT */
	double r;         /* VAL_INT and VAL_REAL */
	int64_t rows, cols; /* VAL_GRID */
	int64_t depth;      /* VAL_GRID: the third side; 0 when not written */
	int sides;          /* VAL_GRID: 2 or 3, as written (a written third side may be 0) */
} Value;

typedef struct Setting {
	const char *name;
	Loc name_loc;
	Value *value;
	struct Setting *next;
} Setting;

typedef struct Item {
	const char *name;
	Loc loc;        /* the item's word */
	Value *value;   /* the value after the word; NULL when none */
	Setting *settings;
	struct Item *next;
} Item;

typedef struct Section {
	const char *kind; /* network, train, chip */
	Loc loc;
	const char *name; /* NULL when none was written */
	Loc name_loc;
	Item *items;
	Loc end;          /* the closing brace */
	struct Section *next;
} Section;

typedef struct Ast {
	Section *sections;
} Ast;

/* Parses d's source into a tree allocated in `a`. Syntax errors go to d; the
 * tree returned holds what could be recovered and is not to be checked when
 * d->nerr > 0. (Defined in parser.y.) */
Ast *ast_parse(Arena *a, Diag *d);

/* ---- The checked program ---- */

/* Settings given explicitly in the source, with where; the rest took defaults. */
enum { GIVEN_MAX = 24 };
typedef struct Given {
	int n;
	const void *field[GIVEN_MAX]; /* the lang.c FieldSpec that was set */
	Loc loc[GIVEN_MAX];
} Given;

typedef enum {
	LAYER_INPUT,
	LAYER_DENSE,
	LAYER_BINARY,
	LAYER_PERMUTE,
	LAYER_CONV,
	LAYER_POOL,
	LAYER_FLATTEN,
	LAYER__COUNT
} LayerKind;

typedef struct BinaryParams {
	double threshold;  /* θ: fires when x + ε >= θ */
	double noise;      /* σ of ε ~ N(0, σ²) */
	double ste_center; /* straight-through window: |x - center| <= width/2 */
	double ste_width;
	bool learn_threshold; /* θ a parameter per neuron, initialised to threshold */
	bool batchnorm;       /* a norm stage before the neuron: x -> γ (x - μ)/√(v + ε) + β */
} BinaryParams;

typedef struct PermuteParams {
	int64_t chunk; /* elements per slot; a 256-block has 256/chunk slots */
	double tau;    /* initial softmax sharpness τ */
	int64_t seed;  /* seed of the two fixed slot permutations p+ and p- */
} PermuteParams;

/* conv and pool keep their kernel's sides as two int64_t in a row, as the grid type
 * of lang.c stores them (lang.c asserts it). */
typedef struct ConvParams {
	int64_t kh, kw;   /* kernel rows x columns */
	int64_t channels; /* output channels: one kernel each */
	int64_t stride;   /* along both axes */
	int64_t pad;      /* zeros around the image, on each side; below each kernel side */
} ConvParams;

typedef enum { POOL_MAX, POOL_AVG, POOL__COUNT } PoolOp;

typedef struct PoolParams {
	int64_t kh, kw; /* window rows x columns */
	int64_t stride; /* 0 (window): kh along the rows and kw along the columns */
	int op;         /* PoolOp */
} PoolParams;

typedef struct Layer {
	LayerKind kind;
	Loc loc;
	int64_t size;    /* a flat output's width; an image's c, but input's h*w*c (what it loads) */
	int64_t h, w, c; /* the output's image shape, stored (y, x, c) row-major; 0 0 0: flat.
	                    input keeps size, h, w, c in a row, as lang.c's shape type stores them */
	double dropout; /* input, binary: training drops each value with this probability */
	BinaryParams binary;
	PermuteParams permute;
	ConvParams conv;
	PoolParams pool;
	Given given;
} Layer;

typedef struct Network {
	const char *name;
	Loc loc;
	Layer *layers;
	int nlayers;
} Network;

typedef enum { OPT_ADAM, OPT__COUNT } Optimizer;

typedef struct TrainConfig {
	Loc loc;
	const char *dataset;
	int64_t epochs, batch, seed, validation;
	int optimizer; /* Optimizer */
	double lr, beta1, beta2, eps;
	double weight_decay; /* AdamW's decoupled decay of the weights and gains */
	double label_smoothing; /* of the training loss's targets */
	int64_t warmup;         /* epochs of linear learning-rate warm-up */
	int schedule;  /* LrSchedule (kinds.h) */
	double min_lr;       /* cosine: the rate it decays to */
	int64_t step_every;  /* step: decay every this many epochs */
	double step_gamma;   /* step: by this factor */
	bool eval_noise;     /* evaluation keeps the neurons' noise on */
	int precision;       /* Precision (kinds.h) of training's dense products */
	Given given;
} TrainConfig;

typedef enum { WEIGHTS_DIFFERENTIAL, WEIGHTS_POSITIVE, WEIGHTS__COUNT } WeightMode;
typedef enum { PERMUTE_SOFT, PERMUTE_HARD, PERMUTE__COUNT } PermuteMode;

typedef struct Grid {
	int64_t rows, cols;
} Grid;

/* What one operation of each kind costs, in cycles or in energy (docs/chip.md §7). */
typedef struct OpCosts {
	double mvm;     /* a 256x256 crossbar read */
	double adc;     /* energy only: an ADC conversion, 256 per read (their time is the read's) */
	double acc;     /* adding a 256-value block of partial sums */
	double neuron;  /* a 256-value block of neurons */
	double permute; /* permuting a 256-value block */
	double hop;     /* cycles: a block moving one hop; energy: a bit moving one hop */
} OpCosts;

typedef struct ChipConfig {
	bool present; /* a chip section was written */
	Loc loc;
	int64_t cores;       /* 0: as many as the network needs */
	Grid grid;           /* 0x0: chosen at placement */
	int64_t weight_bits; /* 0: float weights */
	double weight_range; /* weights are clipped to [-range, range] */
	int weights;         /* WeightMode */
	double read_noise;   /* σ of the per-core read noise, relative to full scale */
	int64_t adc_bits;    /* 0: partial sums are not quantized */
	double adc_range;    /* the ADC's full scale, a fraction of the largest partial sum */
	double program_noise; /* σ of each cell's relative programming error (cell.h) */
	double stuck_low, stuck_high; /* fractions of cells stuck at the lowest and the highest level */
	int permute;         /* PermuteMode */
	int neuron_noise;    /* NoiseAt (kinds.h): where the binary neurons' noise sits */
	OpCosts cycles, energy; /* the cost model's per-operation costs */
	Given given;
} ChipConfig;

typedef struct Program {
	const char *path;
	Network net;
	TrainConfig train;
	ChipConfig chip;
} Program;

/* Prints the checked program, every setting with where it came from (stable text). */
void ast_dump(FILE *out, const Program *p);

#endif
