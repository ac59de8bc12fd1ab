/* place.h: placement of the tiles on the chip's core grid.
 *
 * Cost: traffic-weighted hops. Data moves between cores along two kinds of
 * flows, each weighted by the bits it carries and multiplied by the Manhattan
 * distance between the two cores on the grid:
 *   - accumulation: tile (i,j), j > 0, of a dense layer sends its 256 partial sums
 *     to tile (i,0), where output block i is accumulated: 256 x (adc_bits, or 16);
 *   - activation: output block i of a dense layer goes from its tile (i,0) to every
 *     tile (i',i) of the next dense layer: 256 x 1 bit after a binary neuron, else
 *     256 x 16.
 * The input comes from, and the logits go to, the chip's edge: no flow is counted.
 * Simulated annealing (swaps and moves to empty cores, a fixed seed, so the
 * result is reproducible) minimises the cost from the row-major start. */
#ifndef EIC_PLACE_H
#define EIC_PLACE_H

#include "schedule.h"

/* Calls fn for each flow of data per inference between two tiles (the flows above):
 * from and to are the tiles' indices in execution order (those of the first tiles
 * stage, then the next...), stage the index of the tiles stage whose tiles receive
 * it, bits what one transfer carries, partial whether it is an accumulation flow (else
 * an activation). */
typedef void PlaceFlow(void *ctx, int stage, int64_t from, int64_t to, int64_t bits, bool partial);
void place_flows(const Schedule *s, PlaceFlow *fn, void *ctx);

/* Places every tile of s on grid g (with room for them all), setting s->grid, each
 * tile's core (row * cols + col), row and col, and s->place_naive / s->place_cost,
 * the cost of the row-major placement and of the one chosen. */
void place_tiles(Schedule *s, Grid g, Arena *a);

/* The placement pass: the tiles of s on its chip section's grid; for a .chip
 * (chip_target) without one, on place_auto_grid of the section's cores or, without
 * those, of the cores the network needs; otherwise the tiles stay unplaced (row and
 * col -1, s->grid 0x0). Tiles placed already stay where they are. */
void place_schedule(Schedule *s, bool chip_target, Arena *a);

/* The grid of a chip section without one: exactly `cores` cores, rows x columns with
 * rows the largest divisor of cores up to its square root (104: 8x13; a prime p up
 * to 256: 1xp). When that leaves a side above the chip's 256 (a prime 257), the
 * squarest grid with room for them: ceil(sqrt(cores)) rows (257: 17x16). */
Grid place_auto_grid(int64_t cores);

#endif
