/* pool.h: a parallel for over [0, n): contiguous chunks, one per thread. The
 * kernels give the same result however a range is split, so the thread count
 * changes speed only, never results. */
#ifndef EIC_POOL_H
#define EIC_POOL_H

#include <stdint.h>

typedef void PoolFn(void *ctx, int64_t lo, int64_t hi);

/* Runs fn over [0, n) on `threads` threads (the caller's included) and waits. */
void pool_for(int threads, int64_t n, PoolFn *fn, void *ctx);

/* The number of online CPUs (at least 1). */
int pool_cpus(void);

#endif
