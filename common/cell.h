/* cell.h: the cells of a programmed chip (docs/chip.md section 2), the one definition
 * that training's kernels, the reference executor and the chip simulator share; every
 * step in float, in this order.
 *
 * A weight code c of L levels per sign is a differential pair of cells whose target
 * levels are T+ = max(c, 0) and T- = max(-c, 0). Programming a chip instance, each
 * cell (side 0: G+, side 1: G-) of cell (k, l) of core `core` lands at
 *     0                                  when u < cut_low        (stuck at the lowest level)
 *     L                                  when u < cut_high       (stuck at the highest)
 *     max(T * (1 + noise * eps), 0)      otherwise               (programming variation)
 * with u = rng_u24(fault_row, e) and eps = rng_normal(noise_row, e), e = 2 (k N + l) + side,
 * the rows cell_row(seed, instance, core, CELL_NOISE or CELL_FAULT): a draw is a pure
 * function of (seed, instance, core, cell, side). cut_low = floor(f_low 2^24) and
 * cut_high = cut_low + floor(f_high 2^24) for the fractions of stuck cells. The
 * programmed code is the difference G+ - G-, a real number of levels.
 *
 * `core` counts the tiles of the network in stage order, tile [i, j] of a stage being
 * its i Bi + j (model_first_core): the index of the core in the .chip. Training draws
 * a fresh instance every step (instance = step, with the training seed); evaluation
 * and the simulator draw chip k of --chips from instance CELL_CHIPS + k. */
#ifndef EIC_CELL_H
#define EIC_CELL_H

#include <stdint.h>

/* The rng_row streams of the draws: above every stage index (MODEL_MAX_STAGES),
 * below the dropout streams (MODEL_DROPOUT_STREAM), as rng_row's 24 bits allow */
enum { CELL_NOISE = 1u << 22, CELL_FAULT = (1u << 22) + 1 };
/* The instance of chip k of an evaluation: apart from training's steps */
#define CELL_CHIPS (3ull << 62)

typedef struct CellModel {
	float noise;              /* sigma of the relative programming error */
	uint64_t cut_low, cut_high; /* as above */
	float levels;             /* L */
} CellModel;

/* The model of a core of L levels with programming noise and fractions stuck low and high */
CellModel cell_model(float noise, float stuck_low, float stuck_high, uint32_t levels);
/* Whether m changes anything: some noise or some stuck cells */
int cell_active(const CellModel *m);
uint64_t cell_row(uint64_t seed, uint64_t instance, uint64_t core, uint32_t stream);
/* The programmed code of code c at cell k N + l of a core, from its two rows */
float cell_program(const CellModel *m, float code, uint64_t noise_row, uint64_t fault_row, uint64_t cell);

#endif
