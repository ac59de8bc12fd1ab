/* rng.h: the counter-based noise of the binary neurons. A draw is a pure function of
 * (seed, step, stage, example, element), so results do not depend on how a batch is
 * split over threads. The generated kernels compute exactly the same operations in
 * the same order (compiler/emit_llvm.c), so both give the same bits.
 *
 *   mix(z)   = splitmix64's finaliser
 *   row      = mix(mix(mix(seed + GOLDEN) + step) + (stage << 40 | example))
 *   r        = mix(row + element * GOLDEN)
 *   u1, u2   = (2*(r >> 41) + 1) / 2^24,  (2*((r >> 17) & 0x7fffff) + 1) / 2^24   (exact in float)
 *   eps      = sqrtf(-2 * logf(u1)) * cosf(6.28318530717958647692f * u2)           (Box-Muller, float)
 *
 * `example` is the index of the example in the whole batch (< 2^40), `stage` the
 * binary stage's index in Model.stages (not its ordinal among binary stages; < 2^24). */
#ifndef EIC_RNG_H
#define EIC_RNG_H

#include <math.h>
#include <stdint.h>

#define RNG_GOLDEN 0x9e3779b97f4a7c15ull

static inline uint64_t rng_mix(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static inline uint64_t rng_row(uint64_t seed, uint64_t step, uint64_t stage, uint64_t example)
{
	return rng_mix(rng_mix(rng_mix(seed + RNG_GOLDEN) + step) + (stage << 40 | example));
}

static inline float rng_normal(uint64_t row, uint64_t element)
{
	uint64_t r = rng_mix(row + element * RNG_GOLDEN);
	float u1 = (float)(2 * (r >> 41) + 1) * 0x1p-24f;
	float u2 = (float)(2 * ((r >> 17) & 0x7fffff) + 1) * 0x1p-24f;
	return sqrtf(-2.0f * logf(u1)) * cosf(6.28318530717958647692f * u2);
}

#endif
