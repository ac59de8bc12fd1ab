/* cost.h: the cost model of a placed schedule: latency (cycles) and energy per
 * inference, from the per-operation costs of the chip section (`cycles`, `energy`;
 * each 1 by default, so that the figures count operations until the hardware team
 * gives real ones). docs/chip.md section 7 is the model in words.
 *
 * Per dense layer, with its Bo x Bi tiles and the stages up to the next dense:
 *   operations  reads = Bo Bi crossbar reads, 256 ADC conversions each; Bo Bi block
 *               additions at the accumulators; Bo neuron blocks after a binary; Bo
 *               permute blocks after a permute; bit-hops: the bits of every flow of
 *               place.h into or within the layer times its hops on the grid;
 *   energy      the sum of operations times their energies (hop: per bit-hop);
 *   cycles      mvm + hop x (longest activation flow into its tiles) + hop x (longest
 *               partial-sum flow) + acc x Bi + neuron + permute (the tiles of a layer
 *               read in parallel, the blocks of a stage are processed in parallel,
 *               an accumulator adds its Bi partial sums one after another).
 * The latency of an inference is the layers' cycles in sequence (no pipelining). */
#ifndef EIC_COST_H
#define EIC_COST_H

#include "schedule.h"

typedef struct CostLayer {
	const IrNode *node; /* the dense layer */
	int64_t reads, conversions, accs, neurons, permutes, bit_hops;
	int64_t act_hops, psum_hops; /* the longest flow of each kind */
	double cycles, energy;
} CostLayer;

typedef struct Cost {
	CostLayer *layers; /* one per dense layer, in order */
	int n;
	CostLayer total;   /* sums; hops: the longest */
} Cost;

/* The cost of s, whose tiles must be placed (s->grid set). Allocated in a. */
void cost_model(const Schedule *s, Arena *a, Cost *c);

#endif
