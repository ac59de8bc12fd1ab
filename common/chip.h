/* chip.h: the .chip core-mapping binary that `eicc --target=chip` writes, the chip is
 * programmed from, and `eicrun --chip` simulates: where every tile sits on the core
 * grid, the stage program, and, when trained weights were given, each core's integer
 * weight codes and scale and each neuron's threshold, polarity and noise.
 *
 * docs/chip-format.md is the normative description: the numbered byte layout, the
 * meaning of every field and instruction, and every rule a reader checks. This header
 * is its C form. The container (header, section table, CRC-32s) is that of the .prog
 * file (container.h) with magic "EICCHIP\0".
 *
 * The reader trusts nothing: every count is bounded before anything is allocated,
 * every index and width is checked against what it refers to, every weight code
 * against its range, every float for finiteness, and the program is checked to read
 * only what an earlier instruction wrote; a ChipFile that chip_parse returns is safe
 * to execute without further checks. */
#ifndef EIC_CHIP_H
#define EIC_CHIP_H

#include "container.h"
#include "core.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum {
	CHIP_VERSION = 4,
	CHIP_NAME = 64,           /* name64: text, a NUL, zeros */
	CHIP_NONE = 0xffffffffu,  /* no buffer (load's in, readout's out), no table */
	CHIP_FLAG_WEIGHTS = 1,    /* header word bit 0: sections 6 and 7 are present */
	/* bounds every reader enforces */
	CHIP_MAX_SIDE = 256,      /* grid rows and columns */
	CHIP_MAX_CORES = 65536,
	CHIP_MAX_BUFS = 4096,
	CHIP_MAX_INSNS = 65536 + 4096,
	CHIP_MAX_PERMS = 1024,
	CHIP_MAX_TABLES = 4096,
	CHIP_MAX_BLOCKS = 65536,  /* blocks of one buffer (partials: Bo x Bi) */
	CHIP_MAX_INPUT = 65536,   /* input values */
	CHIP_MAX_POSITIONS = 65536, /* rows of one buffer: an image's positions */
	CHIP_MAX_EXAMPLE_BLOCKS = 1 << 18, /* blocks of one buffer over all its positions */
	CHIP_MAX_GATHERS = 1024,
	CHIP_MAX_WINDOW = 1024,   /* values one gather output reduces */
	CHIP_MAX_GATHER_INDEX = 1 << 26, /* entries of one gather table */
	/* the longest chain of permutes from spikes the simulator runs: the k-th doubles
	 * the bound on its values to 2^k, and 2^31 leaves its 32 bits (chip-format.md
	 * section 3.4); the compiler refuses a network with a longer one */
	CHIP_MAX_PERMUTE_CHAIN = 30,
	CHIP_INPUT_BITS = 8, /* of the input codes eicc writes: MNIST's pixel bytes */
};
/* chip_load refuses larger files: 65536 cores of 16-bit codes take 8 GiB (the
 * reference network's file is 7 MiB). */
#define CHIP_MAX_FILE_SIZE (SIZE_MAX > 0xffffffffu ? (size_t)9 << 30 : SIZE_MAX)
#define CHIP_MAGIC "EICCHIP" /* and its NUL: 8 bytes */

typedef enum { CHIP_SEC_CHIP = 1, CHIP_SEC_CORES, CHIP_SEC_BUFFERS, CHIP_SEC_PROGRAM, CHIP_SEC_PERMS,
	CHIP_SEC_TABLES, CHIP_SEC_WEIGHTS, CHIP_SEC_GATHERS } ChipSection;

typedef enum { CHIP_WEIGHTS_DIFFERENTIAL, CHIP_WEIGHTS_POSITIVE } ChipWeightMode;

typedef enum {
	CHIP_BUF_PIXELS = 1, /* input codes 0 .. 2^input_bits - 1 */
	CHIP_BUF_PARTIALS,   /* one integer partial-sum vector per slot, with its slot's scale */
	CHIP_BUF_SUMS,       /* real-valued accumulated sums */
	CHIP_BUF_SPIKES,     /* 0 or 1 */
	CHIP_BUF_SIGNED,     /* permuted spikes: small signed integers */
	CHIP_BUF__END
} ChipBufKind;

typedef enum {
	CHIP_OP_LOAD = 1, /* out <- the input codes, zero-padded */
	CHIP_OP_MVM,      /* out slot c <- codes of core a . block b of in (integer) */
	CHIP_OP_ACC,      /* out block i <- sum over j < a of scale * partial slot i*a + j */
	CHIP_OP_NEURON,   /* out <- neuron table a applied to in */
	CHIP_OP_PERMUTE,  /* out <- permutation a of the slots of each block of in */
	CHIP_OP_READOUT,  /* logits k < b <- gain table a [k] * in[k] */
	CHIP_OP_GATHER,   /* out <- the windows of gather table a of in, reduced by op b */
	CHIP_OP__END
} ChipOp;

typedef enum { CHIP_GATHER_SUM = 1, CHIP_GATHER_MAX, CHIP_GATHER__END } ChipGatherOp;

typedef enum { CHIP_TABLE_NEURON = 1, CHIP_TABLE_GAINS } ChipTableKind;

typedef struct ChipParams {
	char name[CHIP_NAME];   /* the network */
	uint32_t rows, cols;    /* the grid */
	uint32_t weight_bits;   /* B: codes in [-L, L], L = 2^(B-1) - 1 */
	uint32_t weight_mode;   /* ChipWeightMode */
	uint32_t adc_bits;      /* 0: partial sums read exactly; else 2..16 (adc_code) */
	float read_noise;       /* sigma relative to the ADC's full scale R; 0: none */
	float weight_range;     /* weights were clipped to [-range, range] before quantizing */
	uint32_t input;         /* input values per example */
	uint32_t input_bits;    /* 8 */
	float input_unit;       /* the real value of input code 1: 1/255 */
	uint32_t logits;        /* K */
	float program_noise;    /* sigma of each cell's relative programming error (cell.h); 0: none */
	float stuck_low, stuck_high; /* fractions of cells stuck at level 0 and at L, each 0..0.5 */
} ChipParams;

typedef struct ChipCore {
	char layer[CHIP_NAME]; /* the dense layer whose tile it holds */
	uint32_t row, col;     /* place on the grid */
	uint32_t out_block, in_block; /* the tile [i, j] */
	float scale;           /* real value of weight code 1; 0 without weights */
	float adc_range;       /* R, the ADC's full scale in units of code x input value; 0 when
	                          the chip has neither ADC bits nor read noise */
} ChipCore;

typedef struct ChipBuffer {
	uint32_t kind;   /* ChipBufKind */
	uint32_t blocks; /* of CORE_N values, per position */
	uint32_t used;   /* values of a position that carry data; the rest are 0 (partials: blocks * CORE_N) */
	uint32_t positions; /* rows of blocks * CORE_N values: an image's positions; 1 for a vector */
} ChipBuffer;

typedef struct ChipInsn {
	uint32_t op;      /* ChipOp */
	uint32_t in, out; /* buffers (CHIP_NONE for load's in) */
	uint32_t a, b, c; /* operands, by op (docs/chip-format.md section 3.4) */
} ChipInsn;

typedef CtPerm ChipPerm; /* chunk * slots = CORE_N; the first `slots` entries of plus, minus */

typedef struct ChipNeuron {
	float threshold, noise; /* fires when polarity * u + noise * eps >= threshold */
	int32_t polarity;       /* -1, 0 or +1 */
} ChipNeuron;

typedef struct ChipTable {
	uint32_t kind;       /* ChipTableKind */
	uint32_t count;      /* entries */
	ChipNeuron *neurons; /* CHIP_TABLE_NEURON */
	float *gains;        /* CHIP_TABLE_GAINS */
} ChipTable;

/* The index table of a gather: out position p, value k < values reduces the window
 * index[(p values + k) window + w], w < window, each an index into the example's whole
 * input buffer (positions x blocks x CORE_N), or CHIP_NONE: a 0. */
typedef struct ChipGather {
	uint32_t window; /* 1..CHIP_MAX_WINDOW */
	uint32_t values; /* outputs per position */
	uint32_t count;  /* entries: positions of the output x values x window */
	uint32_t *index;
} ChipGather;

/* A whole .chip file in memory. Readers allocate the arrays; chip_free releases them. */
typedef struct ChipFile {
	uint32_t flags; /* CHIP_FLAG_WEIGHTS */
	ChipParams chip;
	uint32_t ncores, nbufs, ninsns, nperms, ntables, ngathers;
	ChipCore *cores;
	ChipBuffer *bufs;
	ChipInsn *insns;
	ChipPerm *perms;
	ChipTable *tables;
	ChipGather *gathers; /* section 8, present when ngathers > 0 */
	int16_t *codes; /* with weights: ncores * CORE_N * CORE_N, core c's at c * CORE_N * CORE_N, row-major [k][l] */
} ChipFile;

/* L, the largest code: 2^(weight_bits - 1) - 1. */
uint32_t chip_levels(uint32_t weight_bits);

/* Checks everything docs/chip-format.md requires of a file's content (counts, indices,
 * widths, grid places, code ranges, the program's order); false with a one-line reason. */
bool chip_validate(const ChipFile *f, char *err, size_t errlen);

/* The kind of a gather's output (a ChipBufKind): that of what it reads (kind in),
 * except that a sum (op, a ChipGatherOp) of more than one spike is an integer past 1 */
uint32_t chip_gathered_kind(uint32_t in, uint32_t op, uint32_t window);
/* The part of chip_validate that concerns the header's flags and section 1 alone, which
 * the reader checks before the sections whose reading depends on them. */
bool chip_validate_params(const ChipFile *f, char *err, size_t errlen);

/* Serialises to memory; the caller frees *out. Returns -1 when a count exceeds its
 * bound or a name is unterminated (the content is not otherwise checked). */
int chip_serialize(const ChipFile *f, unsigned char **out, size_t *outlen);

/* Parses and validates a whole image; on failure false, a one-line reason naming the
 * section and field, and f zeroed with nothing allocated. */
bool chip_parse(const unsigned char *data, size_t n, ChipFile *f, char *err, size_t errlen);

/* Reads and parses a file; messages start with the path. */
bool chip_load(const char *path, ChipFile *f, char *err, size_t errlen);

/* Validates, serialises, reads the image back and writes it atomically; -1 with a
 * message that starts with the path, and nothing written. */
int chip_write(const char *path, const ChipFile *f, char *err, size_t errlen);

/* The stable text form (eicc --disasm): every field, one record per line, weight
 * blocks summarised by a checksum and code statistics rather than dumped. */
void chip_disasm(FILE *out, const ChipFile *f);

void chip_free(ChipFile *f);

/* The weight codes as section 7 stores them, which chip_disasm's checksums cover too:
 * bytes per code (1, as i8, up to 8 bits, else 2, as i16), and n codes at that size
 * into p. */
size_t chip_code_size(uint32_t weight_bits);
void chip_encode_codes(const int16_t *codes, size_t n, size_t w8, unsigned char *p);

/* The fixed-layout records of docs/chip-format.md, described once (container.h): the
 * chip parameters, a core, a buffer, an instruction, a table's kind and count, and a
 * neuron table entry. */
extern const CtRecord chip_params_record, chip_core_record, chip_buffer_record, chip_insn_record, chip_table_record,
	chip_neuron_record, chip_gather_record;

extern const char *const chip_op_names[CHIP_OP__END];
extern const char *const chip_buf_names[CHIP_BUF__END];
extern const char *const chip_gather_names[CHIP_GATHER__END];

#endif
