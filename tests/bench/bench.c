/* bench.c: `make bench`: the speed and memory of the JIT-compiled kernels on the
 * reference network, with OpenBLAS doing the same dense products in the same run
 * as the baseline.
 *
 * The network is compiled through the compiler library (parse, check, lower, model,
 * bitcode) and JIT-compiled at -O3, as eicrun does. For one batch of random inputs,
 * on 1 and then 2 threads, each phase of a training step as the trainer runs it
 * (train.h's trainer_forward, ...) is run a few times to warm up, then timed `runs`
 * times; a line gives the median and the fastest run. The baseline is cblas_sgemm doing
 * the dense products of each phase at the padded widths the kernels compute, on as
 * many OpenBLAS threads: forward [batch x in] times [in x out] for each dense layer,
 * backward the deltas times the transposed weights for every layer but the first,
 * weight gradients the transposed inputs times the deltas; and all three in a row,
 * which the whole training step is compared with. OpenBLAS runs after the kernels of
 * the same thread count, so its worker threads (which spin for a while after a
 * two-thread call) never share the CPUs with a kernel being timed. Peak memory is
 * reported before the baseline's buffers exist and at the end.
 *
 * Then the chip simulator (runtime/chipsim.h) runs the network's .chip, built from
 * the same (initial) parameters at its chip section's weight bits, on a batch of
 * random 8-bit inputs with the neurons' noise off, on 1 and 2 threads, beside the
 * JIT's forward pass with the noise off as its baseline.
 *
 * The inference throughput (examples per second) is that of the forward pass with
 * the noise off, and of the simulator. A convolutional network runs the same way:
 * its layers' products are taken at every position (batch x positions rows).
 *
 * Last, with --data DIR (MNIST's four files), the first `epochs` epochs of a real
 * run of the network on 2 threads, in fp32 and then with bf16 products, timed as
 * eicrun --train times them (the batches loaded, no evaluation).
 *
 * Usage: bench [--runs N] [--batch N] [--data DIR] [--epochs N] [FILE.eic]
 * (default: examples/mnist.eic; 2 epochs) */
#include "arena.h"
#include "ast.h"
#include "check.h"
#include "chipsim.h"
#include "diag.h"
#include "emit_chip.h"
#include "emit_llvm.h"
#include "flatten.h"
#include "jit.h"
#include "place.h"
#include "schedule.h"
#include "data.h"
#include "train.h"
#include "util.h"

#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

enum { WARMUP = 3, DEFAULT_RUNS = 15, DEFAULT_BATCH = 128, MAX_RUNS = 1000 };

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(1);
	}
	size_t cap = 4096, n = 0;
	char *buf = xmalloc(cap);
	size_t got;
	while ((got = fread(buf + n, 1, cap - n, f)) > 0)
		if ((n += got) == cap)
			buf = xrealloc(buf, cap *= 2);
	fclose(f);
	*len = n;
	return buf;
}

/* A compiled network: its schedule lives as long as this. */
typedef struct Compiled {
	char *src;
	Arena arena;
	Diag d;
	Program prog;
	Schedule *sched;
} Compiled;

/* parse + check + lower + model, as eicc does; diagnostics go to stderr */
static void compile_file(const char *path, Compiled *c, Model *m)
{
	size_t len;
	memset(c, 0, sizeof *c);
	c->src = read_file(path, &len);
	diag_init(&c->d, path, c->src, len, stderr);
	c->d.no_warnings = true; /* the reference network's padding warning is expected */
	Ast *ast = ast_parse(&c->arena, &c->d);
	if (c->d.nerr == 0)
		check_program(ast, &c->d, &c->arena, &c->prog);
	if (c->d.nerr == 0)
		c->sched = sched_lower(&c->prog, &c->arena, &c->d);
	if (c->sched)
		place_schedule(c->sched, false, &c->arena);
	if (!c->sched) {
		diag_summary(&c->d);
		exit(1);
	}
	flatten_model(c->sched, m);
}

static void compiled_free(Compiled *c)
{
	diag_free(&c->d);
	arena_free(&c->arena);
	free(c->src);
}

/* ---- timing ---- */

typedef void Body(void *ctx);

typedef struct Timing {
	double median, min; /* seconds */
} Timing;

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static Timing measure(Body *body, void *ctx, int runs)
{
	double t[MAX_RUNS];
	for (int i = 0; i < WARMUP; i++)
		body(ctx);
	for (int i = 0; i < runs; i++) {
		double t0 = now();
		body(ctx);
		t[i] = now() - t0;
	}
	qsort(t, (size_t)runs, sizeof *t, cmp_double);
	double med = runs % 2 ? t[runs / 2] : 0.5 * (t[runs / 2 - 1] + t[runs / 2]);
	return (Timing){med, t[0]};
}

/* amount: of work per run, in the unit of `unit` times seconds (GFLOP, GB); 0 for none */
static void report(const char *what, int threads, Timing t, double amount, const char *unit)
{
	printf("%-22s %d thread%s  median %8.2f ms  min %8.2f ms", what, threads, threads == 1 ? " " : "s",
	       1e3 * t.median, 1e3 * t.min);
	if (amount > 0)
		printf("  %7.1f %s", amount / t.median, unit);
	putchar('\n');
	fflush(stdout);
}

/* ---- the kernels, split as runtime/train.c splits them ---- */

typedef struct Bench {
	Trainer t;
	int64_t batch;
	int threads;
	float sigma;
	uint64_t step;
	Precision prec;
} Bench;

/* The trainer's own phases (train.h), as eicrun runs them. */
static void forward(void *ctx)
{
	Bench *b = ctx;
	b->t.threads = b->threads;
	trainer_forward(&b->t, b->batch, ++b->step, 0, b->sigma, b->prec, b->t.set.label_smoothing, true);
}

static void backward(void *ctx)
{
	Bench *b = ctx;
	b->t.threads = b->threads;
	trainer_backward(&b->t, b->batch, b->step, b->prec);
}

static void grads(void *ctx)
{
	Bench *b = ctx;
	b->t.threads = b->threads;
	trainer_gradients(&b->t, b->batch);
}

/* the gains, tile scales and packed weights, once a step */
static void gains(void *ctx)
{
	Bench *b = ctx;
	b->t.threads = b->threads;
	trainer_gains(&b->t, b->t.step, b->prec);
}

/* a tiny learning rate: the parameters stay where the timings were taken */
static void adam(void *ctx)
{
	Bench *b = ctx;
	b->t.threads = b->threads;
	trainer_update(&b->t, 1e-6f);
}

/* one step of trainer_epoch without loading the batch */
static void step(void *ctx)
{
	Bench *b = ctx;
	b->t.threads = b->threads;
	trainer_gains(&b->t, b->t.step, b->prec);
	trainer_forward(&b->t, b->batch, ++b->step, 0, b->sigma, b->prec, b->t.set.label_smoothing, true);
	trainer_backward(&b->t, b->batch, b->step, b->prec);
	trainer_gradients(&b->t, b->batch);
	trainer_update(&b->t, 1e-6f);
}

/* ---- the baseline ---- */

/* Layer i: x [rows x in], w [in x out], y and its delta dy [rows x out], dx
 * [rows x in], dw [in x out], all row-major; rows is the batch times the positions
 * its cores run at (a conv's: every output position; the baseline multiplies its
 * whole padded patch, where the kernels stop at the patch's used values). */
typedef struct Gemm {
	int n;          /* dense layers */
	int64_t rows[16]; /* the batch times the positions the layer's cores run at */
	bool delta[16];   /* whether training wants the delta of its input */
	int64_t in[16], out[16];
	float *x[16], *w[16], *y[16], *dy[16], *dx[16], *dw[16];
} Gemm;

static void gemm_forward(void *ctx)
{
	Gemm *g = ctx;
	for (int i = 0; i < g->n; i++)
		cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)g->rows[i], (int)g->out[i], (int)g->in[i], 1.0f,
		            g->x[i], (int)g->in[i], g->w[i], (int)g->out[i], 0.0f, g->y[i], (int)g->out[i]);
}

/* dx = dy w^T for every layer whose input's delta training wants (not the input's, nor
 * that of the first conv's patches) */
static void gemm_backward(void *ctx)
{
	Gemm *g = ctx;
	for (int i = 0; i < g->n; i++)
		if (g->delta[i])
			cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)g->rows[i], (int)g->in[i], (int)g->out[i], 1.0f,
		            g->dy[i], (int)g->out[i], g->w[i], (int)g->out[i], 0.0f, g->dx[i], (int)g->in[i]);
}

/* dw = x^T dy */
static void gemm_grads(void *ctx)
{
	Gemm *g = ctx;
	for (int i = 0; i < g->n; i++)
		cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, (int)g->in[i], (int)g->out[i], (int)g->rows[i], 1.0f,
		            g->x[i], (int)g->in[i], g->dy[i], (int)g->out[i], 0.0f, g->dw[i], (int)g->out[i]);
}

static void gemm_step(void *ctx)
{
	gemm_forward(ctx);
	gemm_backward(ctx);
	gemm_grads(ctx);
}

static float *random_floats(uint64_t n, unsigned *seed, float lo, float hi)
{
	float *p = aligned_alloc(64, ((n * sizeof(float) + 63) / 64) * 64);
	if (!p)
		die("out of memory");
	for (uint64_t i = 0; i < n; i++)
		p[i] = lo + (hi - lo) * (float)rand_r(seed) / (float)RAND_MAX;
	return p;
}

/* Examples per second of a timed batch: at the median and at the fastest run */
static void throughput(const char *what, int threads, Timing t, int64_t batch)
{
	printf("%-22s %d thread%s  %.0f examples/s (median; fastest %.0f)\n", what, threads, threads == 1 ? " " : "s",
	       (double)batch / t.median, (double)batch / t.min);
}

/* ---- the chip simulator ---- */

typedef struct SimBench {
	ChipSim *sim;
	const uint8_t *pixels;
	int64_t dim, batch;
	int threads;
	int32_t *pred;
} SimBench;

static void simulate(void *ctx)
{
	SimBench *s = ctx;
	chipsim_run(s->sim, s->pixels, s->dim, s->batch, 0, false, 0, 0, s->threads, s->pred, NULL);
}

/* The network's .chip from the trainer's parameters, simulated beside the JIT's
 * forward pass with the noise off (fwd_off, per thread count). */
static void chip_bench(Compiled *c, const Model *m, const Bench *b, const Timing *fwd_off, int runs)
{
	if (!emitchip_check(c->sched, &c->d)) {
		diag_summary(&c->d);
		printf("# chip simulator: skipped, the network does not map onto the chip\n");
		return;
	}
	place_schedule(c->sched, true, &c->arena);
	ChipFile f;
	char err[512];
	emitchip_build(c->sched, m, b->t.params, &f);
	SimBench s = {chipsim_new(&f, err, sizeof err), NULL, f.chip.input, b->batch, 1, NULL};
	if (!s.sim)
		die("%s", err);
	uint8_t *pixels = xmalloc((size_t)(s.batch * s.dim));
	unsigned seed = 777;
	for (int64_t i = 0; i < s.batch * s.dim; i++)
		pixels[i] = (uint8_t)(rand_r(&seed) & 0xff);
	s.pixels = pixels;
	s.pred = xcalloc((size_t)s.batch, sizeof *s.pred);
	printf("# chip simulator: %u cores, %u-bit weights, random 8-bit inputs, noise off\n", f.ncores,
	       f.chip.weight_bits);
	for (s.threads = 1; s.threads <= 2; s.threads++) {
		Timing t = measure(simulate, &s, runs);
		report("chip simulator", s.threads, t, 2e-9 * (double)m->macs * (double)s.batch, "GOP/s");
		throughput("chip simulator", s.threads, t, s.batch);
		printf("%-22s %d thread%s  %.2fx (median / median; min / min %.2fx)\n", "chipsim / jit fwd off", s.threads,
		       s.threads == 1 ? " " : "s", t.median / fwd_off[s.threads].median, t.min / fwd_off[s.threads].min);
	}
	free(s.pred);
	free(pixels);
	chipsim_free(s.sim);
	chip_free(&f);
}

static void loadavg(const char *when)
{
	char buf[128] = "?";
	FILE *f = fopen("/proc/loadavg", "r");
	if (f) {
		if (!fgets(buf, sizeof buf, f))
			strcpy(buf, "?\n");
		fclose(f);
	}
	printf("# load average %s: %s", when, buf);
}

static long peak_kib(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss; /* KiB on Linux */
}

static void usage(void)
{
	fprintf(stderr, "usage: bench [--runs N] [--batch N] [--data DIR] [--epochs N] [FILE.eic]\n");
	exit(2);
}

/* The program's training settings with batch and precision of our own */
static TrainSettings settings_of(const Model *m, int64_t batch, Precision prec)
{
	TrainSettings s = train_settings(&m->train);
	s.batch = (uint32_t)batch;
	s.precision = prec;
	return s;
}

/* The first `epochs` epochs of training on the training set of MNIST in dir, on 2
 * threads, in each precision. */
static void mnist_epochs(const Model *m, const JitKernels *k, const char *dir, int epochs)
{
	Dataset d;
	char err[1024];
	if (!data_load_split(dir, "train", &d, err, sizeof err)) {
		printf("# no real epochs: %s\n", err);
		return;
	}
	int64_t *index = xmalloc((size_t)d.count * sizeof *index);
	for (int64_t i = 0; i < d.count; i++)
		index[i] = i;
	for (Precision prec = PREC_FP32; prec < PREC__COUNT; prec++) {
		TrainSettings set = settings_of(m, m->train.batch, prec);
		Trainer t;
		trainer_init(&t, m, k, &set, 2);
		for (int e = 1; e <= epochs; e++) {
			EpochStats st = trainer_epoch(&t, &d, index, d.count, NULL, NULL);
			printf("%-22s %s, epoch %d of %lld examples  %.1f s  (loss %.4f, train accuracy %.2f%%)\n", "mnist epoch",
			       prec == PREC_BF16 ? "bf16" : "fp32", e, (long long)d.count, st.seconds, st.loss,
			       100 * st.accuracy);
		}
		trainer_free(&t);
	}
	free(index);
	data_free(&d);
}

int main(int argc, char **argv)
{
	util_progname = "bench";
	int runs = DEFAULT_RUNS;
	int64_t batch = DEFAULT_BATCH;
	int epochs = 2;
	const char *path = NULL, *data = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
			runs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc)
			batch = atoll(argv[++i]);
		else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc)
			data = argv[++i];
		else if (strcmp(argv[i], "--epochs") == 0 && i + 1 < argc)
			epochs = atoi(argv[++i]);
		else if (argv[i][0] == '-' || path)
			usage();
		else
			path = argv[i];
	}
	if (runs < 1 || runs > MAX_RUNS || batch < 1 || batch > 1 << 16 || epochs < 0 || epochs > 100)
		usage();
	char def[4096];
	if (!path) {
		const char *top = getenv("srcdir");
		snprintf(def, sizeof def, "%s/examples/mnist.eic", top && *top ? top : EIC_TOP_SRCDIR);
		path = def;
	}

	Model m;
	Compiled compiled;
	compile_file(path, &compiled, &m);
	char err[1024];
	size_t size;
	void *bc = emitllvm_bitcode(&m, &size, err, sizeof err);
	if (!bc)
		die("%s", err);
	JitKernels k;
	double t0 = now();
	Jit *jit = jit_load(bc, size, model_fingerprint(&m), 3, &k, err, sizeof err);
	double jit_seconds = now() - t0;
	free(bc);
	if (!jit) {
		fprintf(stderr, "bench: error: %s\n", err);
		return 1;
	}

	/* what each phase computes, per example: the forward pass is the schedule's
	 * count; the deltas go through every dense but the first; every dense has its
	 * weight gradient (as eicrun counts a training step) */
	double dense = 0, deltas = 0;
	Gemm g = {0};
	for (uint32_t s = 0; s < m.nstages; s++) {
		const ModelStage *st = &m.stages[s];
		if (st->kind != STAGE_TILES)
			continue;
		uint32_t positions = m.bufs[st->in].positions; /* a conv's cores run at each */
		double macs = (double)st->bo * st->bi * CORE_N * CORE_N * positions;
		dense += macs;
		if (g.n == (int)(sizeof g.in / sizeof g.in[0]))
			die("more dense layers than the baseline holds");
		g.delta[g.n] = model_wants_delta(&m, st->in);
		if (g.delta[g.n])
			deltas += macs;
		g.rows[g.n] = batch * positions;
		g.in[g.n] = (int64_t)st->bi * CORE_N;
		g.out[g.n] = (int64_t)st->bo * CORE_N;
		g.n++;
	}
	double fwd_gflop = 2e-9 * (double)m.macs * (double)batch, bwd_gflop = 2e-9 * deltas * (double)batch;
	double grad_gflop = 2e-9 * dense * (double)batch, gemm_gflop = 2e-9 * dense * (double)batch;
	double step_gflop = fwd_gflop + bwd_gflop + grad_gflop;
	double adam_gb = 7.0 * 4e-9 * (double)(m.param_bytes / 4); /* reads p, g, m, v; writes p, m, v */

	printf("# eic bench: %s (%s), batch %lld, %d timed runs after %d warm-up, JIT -O3\n", m.name, path,
	       (long long)batch, runs, WARMUP);
	printf("# %s; JIT compile %.2f s (one run)\n", jit_describe(jit), jit_seconds);
	printf("# per example: %llu forward MACs (dense %.0f), %llu parameters, %llu activation floats\n",
	       (unsigned long long)m.macs, dense, (unsigned long long)m.param_count, (unsigned long long)m.act_stride);
	printf("# baseline: %s\n", openblas_get_config());
	loadavg("at start");

	TrainSettings set = settings_of(&m, batch, PREC_FP32);
	Bench b = {.batch = batch, .sigma = -1.0f};
	trainer_init(&b.t, &m, &k, &set, 1);
	unsigned seed = 12345;
	const ModelBuffer *in = &m.bufs[m.input];
	for (int64_t e = 0; e < batch; e++) {
		float *x = b.t.acts + (uint64_t)e * m.act_stride + in->offset;
		for (uint32_t i = 0; i < in->used; i++)
			x[i] = (float)rand_r(&seed) / (float)RAND_MAX;
		b.t.labels[e] = rand_r(&seed) % (int)m.logits;
	}
	trainer_gains(&b.t, 0, PREC_FP32);

	/* backward and grads skip zero deltas (the binary neurons' STE window), so
	 * their GFLOP/s count work that was skipped: say how much was done */
	b.threads = 1;
	forward(&b);
	backward(&b);
	printf("# nonzero deltas at each dense output (backward and grads skip zeros):");
	for (uint32_t s = 0; s < m.nstages; s++) {
		const ModelStage *st = &m.stages[s];
		if (st->kind != STAGE_ACCUMULATE)
			continue;
		uint64_t nonzero = 0;
		for (int64_t e = 0; e < batch; e++)
			for (uint32_t i = 0; i < st->used; i++)
				nonzero += b.t.dacts[(uint64_t)e * m.act_stride + m.bufs[st->out].offset + i] != 0.0f;
		printf(" %.0f%%", 100.0 * (double)nonzero / ((double)batch * st->used));
	}
	putchar('\n');

	Timing fwd[3] = {{0}}, fwd_off[3] = {{0}}, blas[3] = {{0}}, jstep[3] = {{0}}, bstep[3] = {{0}};
	long jit_kib = 0;
	for (int threads = 1; threads <= 2; threads++) {
		b.threads = threads;
		fwd[threads] = measure(forward, &b, runs);
		report("forward", threads, fwd[threads], fwd_gflop, "GFLOP/s");
		b.sigma = 0.0f;
		fwd_off[threads] = measure(forward, &b, runs);
		report("forward, noise off", threads, fwd_off[threads], fwd_gflop, "GFLOP/s");
		throughput("inference (fwd off)", threads, fwd_off[threads], batch);
		b.sigma = -1.0f;
		forward(&b); /* the loss gradient the deltas start from */
		report("backward", threads, measure(backward, &b, runs), bwd_gflop, "GFLOP/s");
		report("grads", threads, measure(grads, &b, runs), grad_gflop, "GFLOP/s");
		report("adam", threads, measure(adam, &b, runs), adam_gb, "GB/s");
		report("gains and packing", threads, measure(gains, &b, runs), 0, "");
		jstep[threads] = measure(step, &b, runs);
		report("training step", threads, jstep[threads], step_gflop, "GFLOP/s");
		b.prec = PREC_BF16; /* bf16 operands: rounded by portable code, not the CPU's bf16 instructions */
		report("training step, bf16 products", threads, measure(step, &b, runs), step_gflop, "GFLOP/s");
		b.prec = PREC_FP32;
		gains(&b);
		if (threads == 1) { /* the baseline's buffers only now, so the peak before them is the JIT's alone */
			jit_kib = peak_kib();
			for (int i = 0; i < g.n; i++) {
				g.x[i] = random_floats((uint64_t)g.rows[i] * g.in[i], &seed, 0.0f, 1.0f);
				g.w[i] = random_floats((uint64_t)g.in[i] * g.out[i], &seed, -0.05f, 0.05f);
				g.y[i] = random_floats((uint64_t)g.rows[i] * g.out[i], &seed, 0.0f, 0.0f);
				g.dy[i] = random_floats((uint64_t)g.rows[i] * g.out[i], &seed, -1e-3f, 1e-3f);
				g.dx[i] = random_floats((uint64_t)g.rows[i] * g.in[i], &seed, 0.0f, 0.0f);
				g.dw[i] = random_floats((uint64_t)g.in[i] * g.out[i], &seed, 0.0f, 0.0f);
			}
		}
		openblas_set_num_threads(threads);
		blas[threads] = measure(gemm_forward, &g, runs);
		report("openblas dense fwd", threads, blas[threads], gemm_gflop, "GFLOP/s");
		report("openblas dense bwd", threads, measure(gemm_backward, &g, runs), bwd_gflop, "GFLOP/s");
		report("openblas dense grads", threads, measure(gemm_grads, &g, runs), grad_gflop, "GFLOP/s");
		bstep[threads] = measure(gemm_step, &g, runs);
		report("openblas all three", threads, bstep[threads], gemm_gflop + bwd_gflop + grad_gflop, "GFLOP/s");
	}
	for (int threads = 1; threads <= 2; threads++)
		printf("%-22s %d thread%s  %.2fx (median / median; min / min %.2fx)\n", "jit fwd / openblas fwd", threads,
		       threads == 1 ? " " : "s", fwd[threads].median / blas[threads].median,
		       fwd[threads].min / blas[threads].min);
	for (int threads = 1; threads <= 2; threads++)
		printf("%-22s %d thread%s  %.2fx (median / median; min / min %.2fx)\n", "jit step / openblas 3", threads,
		       threads == 1 ? " " : "s", jstep[threads].median / bstep[threads].median,
		       jstep[threads].min / bstep[threads].min);
	chip_bench(&compiled, &m, &b, fwd_off, runs);
	printf("%-22s %.1f MiB before the baseline's buffers, %.1f MiB at the end (ru_maxrss)\n", "peak memory",
	       (double)jit_kib / 1024.0, (double)peak_kib() / 1024.0);
	if (data && epochs)
		mnist_epochs(&m, &k, data, epochs);
	loadavg("at end");

	for (int i = 0; i < g.n; i++) {
		free(g.x[i]);
		free(g.w[i]);
		free(g.y[i]);
		free(g.dy[i]);
		free(g.dx[i]);
		free(g.dw[i]);
	}
	trainer_free(&b.t);
	jit_free(jit);
	model_free(&m);
	compiled_free(&compiled);
	return 0;
}
