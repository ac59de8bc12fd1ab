/* rng.h: the counter-based noise of the binary neurons. A draw is a pure function of
 * (seed, step, stage, example, element), so results do not depend on how a batch is
 * split over threads. The generated kernels compute exactly the same operations in
 * the same order (compiler/emit_llvm.c), so both give the same bits.
 *
 *   mix(z)   = splitmix64's finaliser
 *   row      = mix(mix(mix(seed + GOLDEN) + step) + (stage << 40 | example))
 *   r        = mix(row + element * GOLDEN)
 *   u1, u2   = (2*(r >> 41) + 1) / 2^24,  (2*((r >> 17) & 0x7fffff) + 1) / 2^24   (exact in float)
 *   eps      = sqrtf(-2 * rng_log(u1)) * rng_cos2pi(u2)                          (Box-Muller, float)
 *
 * rng_log and rng_cos2pi are polynomials written out below, operation by operation
 * (products, sums, fmaf, one division, no library call), so that the kernels compute
 * the same bits in vector registers; they are within 2e-7 of log(u1) and cos(2 pi u2)
 * (tests/unit/test_refexec.c). Every constant is a float written in hexadecimal.
 *
 * Dropout's mask draws from the stream of stage + MODEL_DROPOUT_STREAM instead
 * (model.h): element k is kept when (r >> 40), 24 bits, is at least the cut
 * model_dropout_cut(p) = floor(p 2^24), in integers (rng_kept), so that the backward
 * pass draws the same mask again.
 *
 * `example` is the index of the example in the whole batch (< 2^40), `stage` the
 * binary stage's index in Model.stages (not its ordinal among binary stages; < 2^23). */
#ifndef EIC_RNG_H
#define EIC_RNG_H

#include <math.h>
#include <stdint.h>
#include <string.h>

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

/* log u for a normal float 0 < u <= 1: u = 2^e m with m in [sqrt(1/2), sqrt(2)), and
 * log m = 2t (1 + t^2/3 + t^4/5 + t^6/7 + t^8/9), t = (m - 1)/(m + 1), |t| < 0.172 */
static inline float rng_log(float u)
{
	uint32_t bits;
	memcpy(&bits, &u, sizeof bits);
	float e = (float)((int32_t)(bits >> 23) - 127);
	uint32_t mbits = (bits & 0x7fffffu) | 0x3f800000u; /* m in [1, 2) */
	float m;
	memcpy(&m, &mbits, sizeof m);
	if (m > 0x1.6a09e6p+0f) { /* sqrt(2) */
		m = m * 0.5f;
		e = e + 1.0f;
	}
	float t = (m - 1.0f) / (m + 1.0f), t2 = t * t;
	float p = fmaf(t2, 0x1.c71c72p-4f, 0x1.24924ap-3f); /* 1/9, 1/7 */
	p = fmaf(p, t2, 0x1.99999ap-3f);                    /* 1/5 */
	p = fmaf(p, t2, 0x1.555556p-2f);                    /* 1/3 */
	p = fmaf(p, t2, 1.0f);
	return fmaf(e, 0x1.62e430p-1f, (2.0f * t) * p); /* ln 2 */
}

/* cos(2 pi u) for 0 < u < 1: with w = |u - round(u)| in [0, 1/2],
 * cos(2 pi w) = -sin z, z = 2 pi (w - 1/4) in [-pi/2, pi/2], and sin z by its Taylor
 * polynomial to z^11 */
static inline float rng_cos2pi(float u)
{
	float w = u < 0.5f ? u : 1.0f - u;
	float z = (w - 0.25f) * 0x1.921fb6p+2f; /* 2 pi */
	float z2 = z * z;
	float p = fmaf(z2, -0x1.ae6456p-26f, 0x1.71de3ap-19f); /* -1/11!, 1/9! */
	p = fmaf(p, z2, -0x1.a01a02p-13f);                      /* -1/7! */
	p = fmaf(p, z2, 0x1.111112p-7f);                        /* 1/5! */
	p = fmaf(p, z2, -0x1.555556p-3f);                       /* -1/3! */
	return -fmaf(z * z2, p, z);
}

static inline float rng_normal(uint64_t row, uint64_t element)
{
	uint64_t r = rng_mix(row + element * RNG_GOLDEN);
	float u1 = (float)(2 * (r >> 41) + 1) * 0x1p-24f;
	float u2 = (float)(2 * ((r >> 17) & 0x7fffff) + 1) * 0x1p-24f;
	return sqrtf(-2.0f * rng_log(u1)) * rng_cos2pi(u2);
}

/* The top 24 bits of element `element` of a row: a uniform draw of 0 .. 2^24 - 1 */
static inline uint64_t rng_u24(uint64_t row, uint64_t element)
{
	return rng_mix(row + element * RNG_GOLDEN) >> 40;
}

/* Whether dropout keeps element `element` of a row of its stream, for a cut */
static inline int rng_kept(uint64_t row, uint64_t element, uint64_t cut)
{
	return rng_u24(row, element) >= cut;
}

#endif
