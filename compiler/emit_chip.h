/* emit_chip.h: the chip back end: from the schedule (and, optionally, trained
 * parameters) to the .chip core-mapping binary of common/chip.h.
 *
 * docs/chip-format.md section 4 says how each number is derived: the placement, one
 * instruction per stage and one mvm per tile, each core's codes and scale as training
 * quantizes them, and each neuron's threshold, polarity and noise with the
 * accumulator's gain folded in. */
#ifndef EIC_EMIT_CHIP_H
#define EIC_EMIT_CHIP_H

#include "chip.h"
#include "diag.h"
#include "model.h"
#include "schedule.h"

#include <stdbool.h>

/* Checks that the chip can run the network: signed weights, and every crossbar taking
 * input codes, spikes or permuted spikes, never real-valued sums; every permute
 * taking spikes. Reports each problem to d at the layer; false when there was one. */
bool emitchip_check(const Schedule *s, Diag *d);

/* Fills f (which the caller releases with chip_free) from s, m = flatten_model(s)
 * and params, the float parameter block of m (m->param_bytes bytes), or NULL for the
 * mapping alone. s must have passed emitchip_check and be placed (place_schedule). Weight bits: the chip section's,
 * 8 when it sets none. */
void emitchip_build(const Schedule *s, const Model *m, const float *params, ChipFile *f);

#endif
