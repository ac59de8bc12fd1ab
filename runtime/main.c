/* main.c: eicrun, the EIC runtime. Loads and validates a .prog, JIT-compiles its
 * kernels for this CPU, and trains or evaluates the network on an IDX dataset:
 *
 *     prog_load -> jit_load -> data_load_split (train, t10k) -> trainer_epoch ... -> ckpt_write
 *
 * or simulates a .chip core-mapping binary on the test set:
 *
 *     chip_load -> chipsim_new -> data_load_split (t10k) -> chipsim_run
 *
 * Exit status: 0 success, 1 bad input (program, data, checkpoint), 2 bad usage. */
#include "chip.h"
#include "chipsim.h"
#include "ckpt.h"
#include "config.h"
#include "data.h"
#include "jit.h"
#include "outfile.h"
#include "pool.h"
#include "prog.h"
#include "train.h"
#include "util.h"

#include <errno.h>
#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { EXIT_INPUT = 1, EXIT_USAGE = 2, MAX_SWEEP = 64 };

typedef enum { MODE_NONE, MODE_TRAIN, MODE_EVAL, MODE_CHIP } Mode;

typedef struct Options {
	Mode mode;
	const char *prog, *data, *weights, *resume, *checkpoint, *metrics;
	const char *chip, *predictions;
	int64_t passes; /* noisy passes to evaluate */
	int threads, opt;
	int64_t epochs, batch, seed, val, train_limit, stop_after;
	double lr;
	int schedule; /* -1: the program's */
	int eval_noise; /* -1: the program's */
	double sweep[MAX_SWEEP];
	int nsweep;
	bool quiet;
} Options;

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: eicrun --train PROG.prog [options]\n"
	        "       eicrun --eval PROG.prog --weights FILE.safetensors [options]\n"
	        "       eicrun --chip FILE.chip [--eval] [options]\n"
	        "\n"
	        "Trains or evaluates a program compiled by eicc, with its kernels JIT-compiled for\n"
	        "this CPU, on an IDX classification dataset (MNIST by default); or simulates the\n"
	        "chip running a .chip binary (eicc --target=chip --weights) on the test set.\n"
	        "\n"
	        "options:\n"
	        "  --train PROG        train PROG; a checkpoint is written after every epoch\n"
	        "  --eval PROG         evaluate PROG with --weights on the test set\n"
	        "  --weights FILE      parameters to evaluate (a checkpoint of --train)\n"
	        "  --chip FILE         simulate the chip programmed with FILE, core by core, with\n"
	        "                      its integer weights (docs/chip-format.md), on the test set\n"
	        "  --predictions FILE  with --eval or --chip: one CSV line per test example:\n"
	        "                      index,label,noisy,clean (the predicted classes; noisy:\n"
	        "                      of the first noisy pass)\n"
	        "  --passes N          with --eval or --chip: N noisy passes, each with its own\n"
	        "                      noise; prints their mean and standard deviation\n"
	        "  --data DIR          the dataset: DIR/{train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz]\n"
	        "                      (default: $EIC_DATA, else data/DATASET of the program;\n"
	        "                      --chip: data/mnist)\n"
	        "  --epochs N          total epochs (default: the program's train section)\n"
	        "  --stop-after N      stop after epoch N (the schedule still spans --epochs);\n"
	        "                      continue later with --resume\n"
	        "  --batch N           examples per mini-batch\n"
	        "  --lr X              learning rate\n"
	        "  --schedule S        constant, cosine or step\n"
	        "  --seed N            seed of initialisation, shuffling and noise (--chip: 0)\n"
	        "  --val N             hold out the last N training examples for validation\n"
	        "  --train-limit N     train on the first N training examples only\n"
	        "  --eval-noise on|off whether the reported test accuracy keeps the noise on\n"
	        "  --noise-sweep LIST  with --eval: accuracy at each noise sigma of LIST (0,0.05,0.1)\n"
	        "  --threads N         threads (default: the number of CPUs); results do not depend on it\n"
	        "  --checkpoint FILE   where --train writes its checkpoint (default: PROG with .safetensors)\n"
	        "  --resume FILE       continue a run from its checkpoint\n"
	        "  --metrics FILE      one JSON line per epoch\n"
	        "  -O N                JIT optimisation level 0..3 (default 3)\n"
	        "  --quiet             no progress bar\n"
	        "  -h, --help          this help\n"
	        "  -V, --version       versions of eicrun and LLVM\n"
	        "\n"
	        "Exit status: 0 success, 1 bad program, data or checkpoint, 2 bad usage.\n");
}

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "eicrun: error: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n(see eicrun --help)\n");
	return EXIT_USAGE;
}

static bool parse_int(const char *s, int64_t lo, int64_t hi, int64_t *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

static bool parse_real(const char *s, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || *end || !isfinite(v))
		return false;
	*out = v;
	return true;
}

static int parse_sweep(Options *o, const char *list)
{
	char buf[1024];
	snprintf(buf, sizeof buf, "%s", list);
	o->nsweep = 0;
	for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
		if (o->nsweep == MAX_SWEEP || !parse_real(tok, &o->sweep[o->nsweep]) || o->sweep[o->nsweep] < 0)
			return usage_error("--noise-sweep takes sigmas >= 0 separated by commas, found '%s'", list);
		o->nsweep++;
	}
	return o->nsweep ? -1 : usage_error("--noise-sweep takes a list of sigmas, found '%s'", list);
}

/* Returns -1 to go on, or the exit status. */
static int parse_args(int argc, char **argv, Options *o)
{
	static const struct {
		const char *name;
		int64_t lo, hi;
		size_t offset;
	} ints[] = {
		{"--epochs", 1, 100000, offsetof(Options, epochs)},  {"--batch", 1, 65536, offsetof(Options, batch)},
		{"--seed", 0, 4294967295LL, offsetof(Options, seed)}, {"--val", 0, 10000000, offsetof(Options, val)},
		{"--train-limit", 1, 10000000, offsetof(Options, train_limit)},
		{"--stop-after", 1, 100000, offsetof(Options, stop_after)}, {"--passes", 1, 1000, offsetof(Options, passes)},
	};
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		}
		if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			printf("eicrun %s (LLVM %s)\n", PACKAGE_VERSION, EIC_LLVM_VERSION);
			return 0;
		}
		if (!strcmp(a, "--quiet")) {
			o->quiet = true;
			continue;
		}
		if (!strcmp(a, "--eval") && (o->mode == MODE_CHIP || (v && !strcmp(v, "--chip")))) {
			continue; /* --chip FILE --eval, --eval --chip FILE: evaluating is what --chip does */
		}
		if (a[0] == '-' && !v)
			return usage_error("%s needs a value", a);
		bool used = true;
		if (!strcmp(a, "--train") || !strcmp(a, "--eval") || !strcmp(a, "--chip")) {
			if (o->mode != MODE_NONE)
				return usage_error("give one of --train, --eval and --chip%s", "");
			o->mode = a[2] == 't' ? MODE_TRAIN : a[2] == 'e' ? MODE_EVAL : MODE_CHIP;
			*(a[2] == 'c' ? &o->chip : &o->prog) = v;
		} else if (!strcmp(a, "--predictions")) {
			o->predictions = v;
		} else if (!strcmp(a, "--data")) {
			o->data = v;
		} else if (!strcmp(a, "--weights")) {
			o->weights = v;
		} else if (!strcmp(a, "--resume")) {
			o->resume = v;
		} else if (!strcmp(a, "--checkpoint")) {
			o->checkpoint = v;
		} else if (!strcmp(a, "--metrics")) {
			o->metrics = v;
		} else if (!strcmp(a, "--noise-sweep")) {
			int rc = parse_sweep(o, v);
			if (rc >= 0)
				return rc;
		} else if (!strcmp(a, "--lr")) {
			if (!parse_real(v, &o->lr) || !(o->lr > 0))
				return usage_error("--lr takes a number > 0, found '%s'", v);
		} else if (!strcmp(a, "--threads")) {
			int64_t n;
			if (!parse_int(v, 1, 256, &n))
				return usage_error("--threads takes a whole number from 1 to 256, found '%s'", v);
			o->threads = (int)n;
		} else if (!strcmp(a, "-O")) {
			int64_t n;
			if (!parse_int(v, 0, 3, &n))
				return usage_error("-O takes 0, 1, 2 or 3, found '%s'", v);
			o->opt = (int)n; /* unset: -1, which means 3 */
		} else if (!strcmp(a, "--schedule")) {
			static const char *const names[] = {"constant", "cosine", "step"};
			o->schedule = -1;
			for (int k = 0; k < 3; k++)
				if (!strcmp(v, names[k]))
					o->schedule = k;
			if (o->schedule < 0)
				return usage_error("--schedule takes constant, cosine or step, found '%s'", v);
		} else if (!strcmp(a, "--eval-noise")) {
			if (strcmp(v, "on") && strcmp(v, "off"))
				return usage_error("--eval-noise takes on or off, found '%s'", v);
			o->eval_noise = !strcmp(v, "on");
		} else {
			used = false;
			for (size_t k = 0; k < sizeof ints / sizeof ints[0]; k++) {
				if (strcmp(a, ints[k].name))
					continue;
				if (!parse_int(v, ints[k].lo, ints[k].hi, (int64_t *)((char *)o + ints[k].offset))) {
					char msg[128];
					snprintf(msg, sizeof msg, "%s takes a whole number from %lld to %lld, found '%%s'", a,
					         (long long)ints[k].lo, (long long)ints[k].hi);
					return usage_error(msg, v);
				}
				used = true;
			}
			if (!used)
				return usage_error(a[0] == '-' ? "unknown option '%s'" : "unexpected argument '%s'", a);
		}
		i++;
	}
	if (o->mode == MODE_NONE)
		return usage_error("nothing to do: give --train PROG, --eval PROG or --chip FILE%s", "");
	if (o->mode == MODE_CHIP
	    && (o->weights || o->resume || o->checkpoint || o->metrics || o->nsweep || o->epochs || o->batch || o->lr > 0
	        || o->schedule >= 0 || o->val || o->train_limit || o->stop_after || o->eval_noise >= 0 || o->opt >= 0))
		return usage_error("--chip takes --data, --seed, --passes, --predictions, --threads and --quiet only%s", "");
	if ((o->predictions || o->passes) && o->nsweep)
		return usage_error("--noise-sweep prints accuracies only: not with --predictions or --passes%s", "");
	if ((o->predictions || o->passes) && o->mode == MODE_TRAIN)
		return usage_error("--predictions and --passes go with --eval or --chip%s", "");
	if (o->mode == MODE_EVAL && !o->weights)
		return usage_error("--eval needs --weights FILE%s", "");
	if (o->mode == MODE_TRAIN && o->weights)
		return usage_error("--weights goes with --eval; to continue training use --resume%s", "");
	if (o->nsweep && o->mode != MODE_EVAL)
		return usage_error("--noise-sweep goes with --eval%s", "");
	return -1;
}

/* ---- checkpoints ---- */

static bool meta_int(const Ckpt *c, const char *path, const char *key, uint64_t *out, char *err, size_t errlen)
{
	const char *v = ckpt_meta(c, key);
	char *end;
	if (!v || (*out = strtoull(v, &end, 10), *end)) {
		snprintf(err, errlen, "%s: no valid %s in its metadata (not a checkpoint of eicrun --train)", path, key);
		return false;
	}
	return true;
}

static int write_checkpoint(const char *path, const Trainer *t, char *err, size_t errlen)
{
	const Model *m = t->m;
	size_t n = m->nparams;
	CkptTensor *ts = xcalloc(3 * n + 1, sizeof *ts);
	char (*names)[MODEL_NAME_MAX + 16] = xcalloc(3 * n + 1, sizeof *names);
	static const char *const prefix[3] = {"", "adam.m.", "adam.v."};
	const float *blocks[3] = {t->params, t->adam_m, t->adam_v};
	for (int k = 0; k < 3; k++) {
		for (size_t p = 0; p < n; p++) {
			const ModelParam *q = &m->params[p];
			CkptTensor *c = &ts[k * n + p];
			snprintf(names[k * n + p], sizeof names[0], "%s%s", prefix[k], q->name);
			c->name = names[k * n + p];
			c->rank = q->rank;
			for (uint32_t i = 0; i < q->rank; i++)
				c->shape[i] = q->shape[i];
			c->data = blocks[k] + q->offset / 4;
			c->count = q->count;
		}
	}
	char epoch[24], step[24], seed[24], batch[24], epochs[24], lr[32];
	snprintf(epoch, sizeof epoch, "%u", t->epoch);
	snprintf(step, sizeof step, "%llu", (unsigned long long)t->step);
	snprintf(seed, sizeof seed, "%llu", (unsigned long long)t->set.seed);
	snprintf(batch, sizeof batch, "%u", t->set.batch);
	snprintf(epochs, sizeof epochs, "%u", t->set.epochs);
	snprintf(lr, sizeof lr, "%.9g", t->set.lr);
	const CkptMeta meta[] = {
		{"eic.network", m->name}, {"eic.epoch", epoch}, {"eic.step", step}, {"eic.seed", seed},
		{"eic.batch", batch},     {"eic.epochs", epochs}, {"eic.lr", lr},
	};
	int rc = ckpt_write(path, ts, 3 * n, meta, sizeof meta / sizeof meta[0], err, errlen);
	free(ts);
	free(names);
	return rc;
}

/* Resumes t from its checkpoint: parameters, Adam's moments, epoch and step. The run's
 * seed and batch must be the checkpoint's, or the continuation would not be the run. */
static bool resume(Trainer *t, const char *path, char *err, size_t errlen)
{
	Ckpt *c = ckpt_load(path, err, errlen);
	if (!c)
		return false;
	uint64_t epoch = 0, step = 0, seed = 0, batch = 0;
	bool ok = meta_int(c, path, "eic.epoch", &epoch, err, errlen) && meta_int(c, path, "eic.step", &step, err, errlen)
	          && meta_int(c, path, "eic.seed", &seed, err, errlen) && meta_int(c, path, "eic.batch", &batch, err, errlen)
	          && ckpt_params(c, path, t->m, "", t->params, err, errlen)
	          && ckpt_params(c, path, t->m, "adam.m.", t->adam_m, err, errlen)
	          && ckpt_params(c, path, t->m, "adam.v.", t->adam_v, err, errlen);
	if (ok && (seed != t->set.seed || batch != t->set.batch)) {
		snprintf(err, errlen, "%s: was trained with seed %llu and batch %llu; this run has seed %llu and batch %u",
		         path, (unsigned long long)seed, (unsigned long long)batch, (unsigned long long)t->set.seed,
		         t->set.batch);
		ok = false;
	}
	t->epoch = (uint32_t)epoch;
	t->step = step;
	ckpt_free(c);
	return ok;
}

/* ---- output ---- */

typedef struct Bar {
	bool on;
	uint32_t epoch, epochs;
} Bar;

static void progress(void *ctx, int64_t done, int64_t total, double loss, double acc, double seconds)
{
	Bar *bar = ctx;
	if (!bar->on)
		return;
	enum { WIDTH = 24 };
	int fill = (int)(WIDTH * done / (total ? total : 1));
	double rate = seconds > 0 ? (double)done / seconds : 0;
	double eta = rate > 0 ? (double)(total - done) / rate : 0;
	fprintf(stderr, "\repoch %u/%u [%.*s%*s] %lld/%lld  loss %.4f  acc %5.2f%%  %.0f ex/s  ETA %.0fs ", bar->epoch,
	        bar->epochs, fill, "########################", WIDTH - fill, "", (long long)done, (long long)total, loss,
	        100 * acc, rate, eta);
	if (done == total)
		fprintf(stderr, "\r%*s\r", 110, "");
	fflush(stderr);
}

static char *default_checkpoint(const char *prog)
{
	const char *base = strrchr(prog, '/') ? strrchr(prog, '/') + 1 : prog;
	size_t n = strlen(base);
	if (n > 5 && !strcmp(base + n - 5, ".prog"))
		n -= 5;
	char *out = xmalloc(n + sizeof ".safetensors");
	memcpy(out, base, n);
	memcpy(out + n, ".safetensors", sizeof ".safetensors");
	return out;
}

static json_object *jnum(double v, int decimals)
{
	char buf[48];
	snprintf(buf, sizeof buf, "%.*f", decimals, v);
	return json_object_new_double_s(v, buf);
}

/* Flops of one training example: 2 per multiply-accumulate of the forward pass (the
 * schedule's count), of the deltas through every dense but the first (the input
 * needs none), and of the weight gradients. */
static double train_flops(const Model *m)
{
	double macs = (double)m->macs;
	for (uint32_t s = 0; s < m->nstages; s++) {
		const ModelStage *st = &m->stages[s];
		if (st->kind == STAGE_TILES)
			macs += (st->in == m->input ? 1.0 : 2.0) * st->bo * st->bi * CORE_N * CORE_N;
	}
	return 2.0 * macs;
}

/* ---- the two jobs ---- */

typedef struct Job {
	Options o;
	Prog prog;
	Jit *jit;
	JitKernels k;
	Dataset train, test;
	char dir[4096];
	char err[1024];
} Job;

/* The test set (and, to train, the training set) of `input` values and at most
 * `logits` classes, from --data, $EIC_DATA or data/DATASET. */
static int load_data(Job *j, uint32_t input, uint32_t logits, const char *dataset)
{
	const char *env = getenv("EIC_DATA");
	if (j->o.data)
		snprintf(j->dir, sizeof j->dir, "%s", j->o.data);
	else if (env && *env)
		snprintf(j->dir, sizeof j->dir, "%s", env);
	else
		snprintf(j->dir, sizeof j->dir, "data/%s", dataset);
	if ((j->o.mode == MODE_TRAIN && !data_load_split(j->dir, "train", &j->train, j->err, sizeof j->err))
	    || !data_load_split(j->dir, "t10k", &j->test, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		return EXIT_INPUT;
	}
	const Dataset *sets[2] = {&j->train, &j->test};
	static const char *const names[2] = {"train", "t10k"};
	for (int s = 0; s < 2; s++) {
		if (!sets[s]->count)
			continue;
		if (sets[s]->dim != input) {
			fprintf(stderr, "eicrun: error: %s: %s images have %lld values; the %s's input takes %u\n", j->dir,
			        names[s], (long long)sets[s]->dim, j->o.chip ? "chip" : "program", input);
			return EXIT_INPUT;
		}
		if (!data_check_labels(sets[s], sets[s]->labels_path, logits, j->err, sizeof j->err)) {
			fprintf(stderr, "eicrun: error: %s\n", j->err);
			return EXIT_INPUT;
		}
	}
	return 0;
}

static TrainSettings settings(const Options *o, const ModelTrain *d)
{
	TrainSettings s = {d->epochs, d->batch, d->seed, d->schedule, d->every, d->lr, d->beta1, d->beta2, d->eps,
	                   d->min_lr, d->gamma};
	if (o->epochs)
		s.epochs = (uint32_t)o->epochs;
	if (o->batch)
		s.batch = (uint32_t)o->batch;
	if (o->seed >= 0)
		s.seed = (uint64_t)o->seed;
	if (o->lr > 0)
		s.lr = (float)o->lr;
	if (o->schedule >= 0)
		s.schedule = (uint32_t)o->schedule;
	return s;
}

static int train(Job *j)
{
	const Model *m = &j->prog.model;
	Options *o = &j->o;
	TrainSettings set = settings(o, &m->train);
	bool eval_noise = o->eval_noise >= 0 ? o->eval_noise != 0 : m->train.eval_noise != 0;
	int64_t n = j->train.count - o->val;
	if (o->train_limit && o->train_limit < n)
		n = o->train_limit;
	if (n <= 0) {
		fprintf(stderr, "eicrun: error: --val %lld leaves no training examples of %lld\n", (long long)o->val,
		        (long long)j->train.count);
		return EXIT_INPUT;
	}
	Trainer t;
	trainer_init(&t, m, &j->k, &set, o->threads);
	if (o->resume && !resume(&t, o->resume, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		trainer_free(&t);
		return EXIT_INPUT;
	}
	char *ckpt = o->checkpoint ? xmalloc(strlen(o->checkpoint) + 1) : default_checkpoint(o->prog);
	if (o->checkpoint)
		strcpy(ckpt, o->checkpoint);
	FILE *metrics = NULL;
	if (o->metrics && !(metrics = fopen(o->metrics, o->resume ? "a" : "w"))) {
		fprintf(stderr, "eicrun: error: cannot write '%s': %s\n", o->metrics, strerror(errno));
		trainer_free(&t);
		free(ckpt);
		return EXIT_INPUT;
	}
	int64_t *index = xmalloc((size_t)n * sizeof *index);
	for (int64_t i = 0; i < n; i++)
		index[i] = i;
	printf("%s: %lld parameters, %llu MACs per example; %s\n", m->name, (long long)m->param_count,
	       (unsigned long long)m->macs, jit_describe(j->jit));
	printf("training on %lld examples of %s (%lld held out), testing on %lld; batch %u, %d thread%s\n", (long long)n,
	       j->dir, (long long)o->val, (long long)j->test.count, set.batch, t.threads, t.threads == 1 ? "" : "s");
	fflush(stdout);
	Bar bar = {!o->quiet && isatty(STDERR_FILENO), 0, set.epochs};
	int status = 0;
	double noisy = 0, clean = 0;
	uint32_t last = o->stop_after && o->stop_after < set.epochs ? (uint32_t)o->stop_after : set.epochs;
	for (uint32_t e = t.epoch; e < last; e++) {
		bar.epoch = e + 1;
		float lr = trainer_lr(&t, (n + set.batch - 1) / set.batch);
		EpochStats st = trainer_epoch(&t, &j->train, index, n, progress, &bar);
		double test_loss;
		noisy = trainer_accuracy(&t, &j->test, 0, j->test.count, -1.0f, 2ull * e, &test_loss, NULL);
		clean = trainer_accuracy(&t, &j->test, 0, j->test.count, 0.0f, 2ull * e + 1, NULL, NULL);
		double val = o->val ? trainer_accuracy(&t, &j->train, j->train.count - o->val, o->val, eval_noise ? -1.0f : 0.0f,
		                                       (1ull << 40) + e, NULL, NULL)
		                    : -1;
		double rate = (double)st.examples / st.seconds, gflops = train_flops(m) * rate / 1e9;
		printf("epoch %u/%u  loss %.4f  train %.2f%%", e + 1, set.epochs, st.loss, 100 * st.accuracy);
		if (o->val)
			printf("  val %.2f%%", 100 * val);
		printf("  test %.2f%% noisy, %.2f%% clean  lr %.3g  %.1f s  %.0f ex/s  %.1f GFLOP/s\n", 100 * noisy, 100 * clean,
		       lr, st.seconds, rate, gflops);
		fflush(stdout);
		if (metrics) {
			json_object *o2 = json_object_new_object();
			json_object_object_add(o2, "epoch", json_object_new_int((int32_t)(e + 1)));
			json_object_object_add(o2, "train_loss", jnum(st.loss, 6));
			json_object_object_add(o2, "train_accuracy", jnum(st.accuracy, 6));
			if (o->val)
				json_object_object_add(o2, "val_accuracy", jnum(val, 6));
			json_object_object_add(o2, "test_loss", jnum(test_loss, 6));
			json_object_object_add(o2, "test_accuracy_noisy", jnum(noisy, 6));
			json_object_object_add(o2, "test_accuracy_clean", jnum(clean, 6));
			json_object_object_add(o2, "lr", jnum(lr, 8));
			json_object_object_add(o2, "seconds", jnum(st.seconds, 3));
			json_object_object_add(o2, "examples_per_second", jnum(rate, 1));
			json_object_object_add(o2, "gflops", jnum(gflops, 2));
			fprintf(metrics, "%s\n", json_object_to_json_string_ext(o2, JSON_C_TO_STRING_PLAIN));
			fflush(metrics);
			json_object_put(o2);
		}
		if (write_checkpoint(ckpt, &t, j->err, sizeof j->err) != 0) {
			fprintf(stderr, "eicrun: error: %s\n", j->err);
			status = EXIT_INPUT;
			break;
		}
	}
	if (!status && t.epoch >= last && noisy == 0 && clean == 0) { /* resumed at the end: nothing trained */
		noisy = trainer_accuracy(&t, &j->test, 0, j->test.count, -1.0f, 2ull * t.epoch, NULL, NULL);
		clean = trainer_accuracy(&t, &j->test, 0, j->test.count, 0.0f, 2ull * t.epoch + 1, NULL, NULL);
	}
	if (!status && t.epoch < set.epochs)
		printf("stopped after epoch %u of %u; continue with --resume %s\n", t.epoch, set.epochs, ckpt);
	else if (!status)
		printf("test accuracy (one %s pass): %.2f%%\ncheckpoint: %s\n", eval_noise ? "noisy" : "noise-free",
		       100 * (eval_noise ? noisy : clean), ckpt);
	if (metrics)
		fclose(metrics);
	free(index);
	free(ckpt);
	trainer_free(&t);
	return status;
}

/* ---- evaluation: of a program's kernels or of the chip simulator ---- */

/* Predicts every test example, with noise or without (pass: which noisy stream). */
typedef void Predict(void *ctx, bool noise, uint64_t pass, int32_t *pred);

static double accuracy_of(const Dataset *d, const int32_t *pred)
{
	int64_t right = 0;
	for (int64_t i = 0; i < d->count; i++)
		right += pred[i] == d->labels[i];
	return d->count ? (double)right / (double)d->count : 0;
}

/* The CSV of --predictions, atomically: index,label,noisy,clean. */
static int write_predictions(const char *path, const Dataset *d, const int32_t *noisy, const int32_t *clean)
{
	OutFile *f = outfile_open(path);
	if (!f) {
		fprintf(stderr, "eicrun: error: cannot write '%s': %s\n", path, strerror(errno));
		return EXIT_INPUT;
	}
	FILE *out = outfile_stream(f);
	fprintf(out, "index,label,noisy,clean\n");
	for (int64_t i = 0; i < d->count; i++)
		fprintf(out, "%lld,%u,%d,%d\n", (long long)i, d->labels[i], noisy[i], clean[i]);
	if (outfile_commit(f) != 0) {
		fprintf(stderr, "eicrun: error: cannot write '%s': %s\n", path, strerror(errno));
		return EXIT_INPUT;
	}
	return 0;
}

/* One clean pass and --passes noisy ones (streams 0, 1, ...); prints the accuracies,
 * with the mean and spread of the noisy ones, and writes --predictions. */
static int evaluate_with(Job *j, Predict *predict, void *ctx)
{
	const Dataset *d = &j->test;
	int64_t passes = j->o.passes ? j->o.passes : 1;
	int32_t *noisy = xcalloc((size_t)d->count + 1, sizeof *noisy), *clean = xcalloc((size_t)d->count + 1, sizeof *clean);
	int32_t *more = xcalloc((size_t)d->count + 1, sizeof *more);
	predict(ctx, false, 0, clean);
	double sum = 0, sum2 = 0, lo = 1, hi = 0;
	for (int64_t p = 0; p < passes; p++) {
		predict(ctx, true, (uint64_t)p, p ? more : noisy);
		double a = accuracy_of(d, p ? more : noisy);
		sum += a;
		sum2 += a * a;
		lo = fmin(lo, a);
		hi = fmax(hi, a);
	}
	double mean = sum / (double)passes, clean_acc = accuracy_of(d, clean);
	if (passes == 1) {
		printf("test accuracy: %.2f%% with noise, %.2f%% without (%lld examples)\n", 100 * mean, 100 * clean_acc,
		       (long long)d->count);
	} else {
		double sd = sqrt(fmax(0, (sum2 - sum * mean) / (double)(passes - 1)));
		printf("test accuracy: %.2f%% with noise (mean of %lld passes, sd %.3f%%, %.2f%%..%.2f%%), %.2f%% without "
		       "(%lld examples)\n",
		       100 * mean, (long long)passes, 100 * sd, 100 * lo, 100 * hi, 100 * clean_acc, (long long)d->count);
	}
	int status = j->o.predictions ? write_predictions(j->o.predictions, d, noisy, clean) : 0;
	free(noisy);
	free(clean);
	free(more);
	return status;
}

typedef struct ProgEval {
	Trainer *t;
	const Dataset *d;
} ProgEval;

static void predict_prog(void *ctx, bool noise, uint64_t pass, int32_t *pred)
{
	ProgEval *e = ctx;
	trainer_accuracy(e->t, e->d, 0, e->d->count, noise ? -1.0f : 0.0f, pass, NULL, pred);
}

static int evaluate(Job *j)
{
	const Model *m = &j->prog.model;
	TrainSettings set = settings(&j->o, &m->train);
	Trainer t;
	trainer_init(&t, m, &j->k, &set, j->o.threads);
	Ckpt *c = ckpt_load(j->o.weights, j->err, sizeof j->err);
	if (!c || !ckpt_params(c, j->o.weights, m, "", t.params, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		ckpt_free(c);
		trainer_free(&t);
		return EXIT_INPUT;
	}
	ckpt_free(c);
	int64_t n = j->test.count;
	if (j->o.nsweep) {
		printf("noise sigma  test accuracy\n");
		for (int s = 0; s < j->o.nsweep; s++)
			printf("%11.4g  %.2f%%\n", j->o.sweep[s],
			       100 * trainer_accuracy(&t, &j->test, 0, n, (float)j->o.sweep[s], (uint64_t)s, NULL, NULL));
	}
	int status = j->o.nsweep ? 0 : evaluate_with(j, predict_prog, &(ProgEval){&t, &j->test});
	trainer_free(&t);
	return status;
}

typedef struct ChipEval {
	ChipSim *sim;
	const Dataset *d;
	uint64_t seed;
	int threads;
} ChipEval;

static void predict_chip(void *ctx, bool noise, uint64_t pass, int32_t *pred)
{
	ChipEval *e = ctx;
	chipsim_run(e->sim, e->d->pixels, e->d->dim, e->d->count, 0, noise, e->seed, pass, e->threads, pred, NULL);
}

/* The test values are the chip's input codes: each must fit its input bits. */
static int codes_fit(const Job *j, const ChipParams *c)
{
	uint8_t top = 0;
	for (int64_t i = 0; i < j->test.count * j->test.dim; i++)
		top = j->test.pixels[i] > top ? j->test.pixels[i] : top;
	if (c->input_bits >= 8 || !(top >> c->input_bits))
		return 0;
	fprintf(stderr, "eicrun: error: %s: a test value of %u does not fit the chip's %u-bit input codes\n", j->dir, top,
	        c->input_bits);
	return EXIT_INPUT;
}

/* --chip: the simulator on the test set. */
static int simulate(Job *j)
{
	ChipFile f;
	if (!chip_load(j->o.chip, &f, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		return EXIT_INPUT;
	}
	char why[512];
	ChipSim *sim = chipsim_new(&f, why, sizeof why);
	int status = 0;
	if (!sim) {
		fprintf(stderr, "eicrun: error: %s: %s\n", j->o.chip, why);
		status = EXIT_INPUT;
	} else if ((status = load_data(j, f.chip.input, f.chip.logits, "mnist")) == 0
	           && (status = codes_fit(j, &f.chip)) == 0) {
		if (!j->o.quiet && (f.chip.adc_bits || f.chip.read_noise > 0))
			fprintf(stderr, "eicrun: note: %s sets adc_bits %u and read_noise %g, which the simulator does not model "
			        "yet: partial sums are exact\n", j->o.chip, f.chip.adc_bits, (double)f.chip.read_noise);
		ChipEval e = {sim, &j->test, j->o.seed >= 0 ? (uint64_t)j->o.seed : 0, j->o.threads};
		status = evaluate_with(j, predict_chip, &e);
	}
	chipsim_free(sim);
	chip_free(&f);
	return status;
}

int main(int argc, char **argv)
{
	util_progname = "eicrun";
	Job *j = xcalloc(1, sizeof *j);
	j->o.seed = -1;
	j->o.schedule = -1;
	j->o.eval_noise = -1;
	j->o.opt = -1;
	j->o.threads = pool_cpus();
	int status = parse_args(argc, argv, &j->o);
	if (status >= 0) {
		free(j);
		return status;
	}
	if (j->o.mode == MODE_CHIP) {
		status = simulate(j);
		data_free(&j->test);
		free(j);
		return status;
	}
	if (!prog_load(j->o.prog, &j->prog, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		free(j);
		return EXIT_INPUT;
	}
	unsigned major = 0, minor, patch;
	sscanf(EIC_LLVM_VERSION, "%u.%u.%u", &major, &minor, &patch);
	if (j->prog.llvm_major > major) {
		fprintf(stderr, "eicrun: error: %s: its kernels are LLVM %u bitcode; this eicrun has LLVM %u\n", j->o.prog,
		        j->prog.llvm_major, major);
		status = EXIT_INPUT;
	} else if (!(j->jit = jit_load(j->prog.bitcode, j->prog.bitcode_size, j->o.opt < 0 ? 3 : j->o.opt, &j->k, j->err, sizeof j->err))) {
		fprintf(stderr, "eicrun: error: %s: %s\n", j->o.prog, j->err);
		status = EXIT_INPUT;
	} else if ((status = load_data(j, j->prog.model.input_used, j->prog.model.logits, j->prog.model.train.dataset))
	           == 0) {
		status = j->o.mode == MODE_TRAIN ? train(j) : evaluate(j);
	}
	data_free(&j->train);
	data_free(&j->test);
	jit_free(j->jit);
	prog_free(&j->prog);
	free(j);
	return status;
}
