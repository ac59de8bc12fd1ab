/* pool.c: pool_for with pthreads, created per call: a batch makes a handful of
 * calls, each far longer than starting a thread. */
#include "pool.h"
#include "util.h"

#include <pthread.h>
#include <unistd.h>

enum { MAX_THREADS = 256 };

typedef struct Chunk {
	PoolFn *fn;
	void *ctx;
	int64_t lo, hi;
} Chunk;

static void *run(void *arg)
{
	Chunk *c = arg;
	c->fn(c->ctx, c->lo, c->hi);
	return NULL;
}

void pool_for(int threads, int64_t n, PoolFn *fn, void *ctx)
{
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	if (threads > n)
		threads = (int)(n > 0 ? n : 1);
	if (threads <= 1) {
		fn(ctx, 0, n);
		return;
	}
	Chunk chunk[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	for (int t = 0; t < threads; t++)
		chunk[t] = (Chunk){fn, ctx, n * t / threads, n * (t + 1) / threads};
	int started = 1;
	for (int t = 1; t < threads; t++, started++)
		if (pthread_create(&tid[t], NULL, run, &chunk[t]) != 0)
			break;
	for (int t = started; t < threads; t++) /* could not start: run it here */
		run(&chunk[t]);
	run(&chunk[0]);
	for (int t = 1; t < started; t++)
		pthread_join(tid[t], NULL);
}

int pool_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : (int)n;
}
