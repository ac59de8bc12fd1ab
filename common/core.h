/* core.h: the one geometric fact everything is built on: a core is a CORE_N x CORE_N
 * crossbar, and every vector the chip moves is cut into CORE_N-wide blocks. The
 * compiler tiles by it, the .prog and .chip formats store blocks of it, the kernels,
 * the reference executor and the simulator loop over it. */
#ifndef EIC_CORE_H
#define EIC_CORE_H

#include <stdint.h>

enum { CORE_N = 256 };

/* n rounded up to whole blocks: the width the cores see of n values. */
static inline int64_t core_pad(int64_t n)
{
	return (n + CORE_N - 1) / CORE_N * CORE_N;
}

#endif
