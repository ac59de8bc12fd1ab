/* trainjob.c: eicrun --train: the epoch loop around the Trainer, with what a person
 * watches (the progress bar, one line per epoch, the final accuracy) and what a
 * plot reads (one --metrics JSON line per epoch). */
#include "trainjob.h"
#include "outfile.h"
#include "trainckpt.h"
#include "util.h"

#include <errno.h>
#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
	if (done == total) /* the epoch's line replaces the bar */
		fprintf(stderr, "\r%*s\r", 110, "");
	fflush(stderr);
}

/* A number with a fixed count of decimals, so metrics lines do not carry float noise. */
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

/* Whether the reported accuracies keep the neurons' noise on: --eval-noise, else the
 * program's train section. */
static bool eval_noise_of(const Job *j)
{
	return j->o.eval_noise >= 0 ? j->o.eval_noise != 0 : j->prog.model.train.eval_noise != 0;
}

/* What one epoch measured, for its line and its metrics record, and what --val has
 * selected so far. */
typedef struct EpochReport {
	uint32_t epoch; /* 1-based */
	EpochStats st;
	double test_loss, noisy, clean, val; /* val: -1 without --val */
	float lr;
	bool written; /* a checkpoint was written */
	TrainBest best;
} EpochReport;

/* Prints the epoch's line and appends its metrics record. Returns false when the
 * record could not be written (errno set): a metrics file missing epochs is an
 * error, not a silent gap. */
static bool print_epoch(const Job *j, const TrainSettings *set, const EpochReport *r, FILE *metrics)
{
	double rate = (double)r->st.examples / r->st.seconds, gflops = train_flops(&j->prog.model) * rate / 1e9;
	printf("epoch %u/%u  loss %.4f  train %.2f%%", r->epoch, set->epochs, r->st.loss, 100 * r->st.accuracy);
	if (j->o.val)
		printf("  val %.2f%%%s", 100 * r->val, r->best.epoch == r->epoch ? " (best)" : "");
	printf("  test %.2f%% noisy, %.2f%% clean  lr %.3g  %.1f s  %.0f ex/s  %.1f GFLOP/s\n", 100 * r->noisy,
	       100 * r->clean, r->lr, r->st.seconds, rate, gflops);
	fflush(stdout);
	if (!metrics)
		return true;
	json_object *o = json_object_new_object();
	json_object_object_add(o, "epoch", json_object_new_int((int32_t)r->epoch));
	json_object_object_add(o, "train_loss", jnum(r->st.loss, 6));
	json_object_object_add(o, "train_accuracy", jnum(r->st.accuracy, 6));
	if (j->o.val) {
		json_object_object_add(o, "val_accuracy", jnum(r->val, 6));
		json_object_object_add(o, "best_epoch", json_object_new_int((int32_t)r->best.epoch));
	}
	json_object_object_add(o, "test_loss", jnum(r->test_loss, 6));
	json_object_object_add(o, "test_accuracy_noisy", jnum(r->noisy, 6));
	json_object_object_add(o, "test_accuracy_clean", jnum(r->clean, 6));
	json_object_object_add(o, "lr", jnum(r->lr, 8));
	json_object_object_add(o, "seconds", jnum(r->st.seconds, 3));
	json_object_object_add(o, "examples_per_second", jnum(rate, 1));
	json_object_object_add(o, "gflops", jnum(gflops, 2));
	bool ok = fprintf(metrics, "%s\n", json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN)) >= 0
	          && fflush(metrics) == 0 && !ferror(metrics);
	json_object_put(o);
	return ok;
}

/* Whether the epoch just trained left a finite loss and finite parameters (and
 * moments); else the run has diverged, and the message says so, naming the program,
 * before anything of it reaches a checkpoint: the last one written stays as it was. */
static bool finite_run(Job *j, const Trainer *t, const EpochReport *r, const char *ckpt)
{
	const char *what = NULL;
	char why[600];
	if (!isfinite(r->st.loss))
		what = "the training loss is not finite";
	else if (!model_check_finite(t->m, "", "", t->params, why, sizeof why)
	         || !model_check_finite(t->m, "", "adam.m.", t->adam_m, why, sizeof why)
	         || !model_check_finite(t->m, "", "adam.v.", t->adam_v, why, sizeof why))
		what = why + 2; /* past the empty path's ": " */
	if (!what)
		return true;
	fprintf(stderr, "eicrun: error: %s: training diverged in epoch %u (%s; lr %g): try a smaller --lr; %s was not "
	        "written\n", j->o.prog, r->epoch, what, (double)r->lr, ckpt);
	return false;
}

/* With --val: whether the epoch just trained has more validation examples right than
 * the best so far (or is the first); if so its checkpoint goes to `best` (before the
 * last checkpoint, whose metadata names it) and r->best to it. false when that
 * checkpoint could not be written, the message printed. */
static bool select_epoch(Job *j, const Trainer *t, const char *best, EpochReport *r)
{
	uint64_t right = (uint64_t)llround(r->val * (double)j->o.val);
	if (!j->o.val || (r->best.epoch && right <= r->best.correct))
		return true;
	TrainBest b = {r->epoch, right};
	if (trainckpt_write(best, t, (uint64_t)j->o.val, &b, j->err, sizeof j->err) != 0) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		return false;
	}
	r->best = b;
	return true;
}

/* Trains epochs t->epoch .. last-1 on the first n training examples, testing and
 * checkpointing after each (and, with --val, selecting). *r keeps the last epoch's
 * measures. Returns 0 or the exit status. The noise streams of the test passes (2e,
 * 2e+1) and of validation (2^40 + e) are fixed per epoch, so a resumed run measures
 * what the whole run would. */
static int epochs(Job *j, Trainer *t, int64_t n, uint32_t last, const char *ckpt, const char *best, FILE *metrics,
                  EpochReport *r)
{
	const JobOptions *o = &j->o;
	bool eval_noise = eval_noise_of(j);
	int64_t *index = xmalloc((size_t)n * sizeof *index);
	for (int64_t i = 0; i < n; i++)
		index[i] = i;
	Bar bar = {!o->quiet && isatty(STDERR_FILENO), 0, t->set.epochs};
	int status = 0;
	for (uint32_t e = t->epoch; e < last; e++) {
		bar.epoch = r->epoch = e + 1;
		r->lr = trainer_lr(t, (n + t->set.batch - 1) / t->set.batch);
		r->st = trainer_epoch(t, &j->train, index, n, progress, &bar);
		if (!finite_run(j, t, r, ckpt)) {
			status = JOB_EXIT_INPUT;
			break;
		}
		r->noisy = trainer_accuracy(t, &j->test, 0, j->test.count, -1.0f, 2ull * e, &r->test_loss, NULL);
		r->clean = trainer_accuracy(t, &j->test, 0, j->test.count, 0.0f, 2ull * e + 1, NULL, NULL);
		r->val = o->val ? trainer_accuracy(t, &j->train, j->train.count - o->val, o->val, eval_noise ? -1.0f : 0.0f,
		                                   (1ull << 40) + e, NULL, NULL)
		                : -1;
		if (!select_epoch(j, t, best, r)) {
			status = JOB_EXIT_INPUT;
			break;
		}
		bool logged = print_epoch(j, &t->set, r, metrics);
		int werr = errno;
		/* The epoch is trained: checkpoint it even when its metrics were lost. */
		if (trainckpt_write(ckpt, t, (uint64_t)o->val, o->val ? &r->best : NULL, j->err, sizeof j->err) != 0) {
			fprintf(stderr, "eicrun: error: %s\n", j->err);
			status = JOB_EXIT_INPUT;
			break;
		}
		r->written = true;
		if (!logged) {
			fprintf(stderr, "eicrun: error: %s: %s\n", o->metrics, strerror(werr));
			status = JOB_EXIT_INPUT;
			break;
		}
	}
	free(index);
	return status;
}

/* The test accuracy of the checkpoint --val selected, read back from its file, on its
 * epoch's test pass (the same noise): the figure its epoch line showed. Returns 0 or
 * the exit status, the message printed. */
static int report_selected(Job *j, Trainer *t, const TrainBest *b, const char *best, const char *last)
{
	if (!job_load_weights(t->m, best, t->params, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		return JOB_EXIT_INPUT;
	}
	bool noisy = eval_noise_of(j);
	uint64_t pass = 2ull * (b->epoch - 1) + (noisy ? 0 : 1);
	double acc = trainer_accuracy(t, &j->test, 0, j->test.count, noisy ? -1.0f : 0.0f, pass, NULL, NULL);
	printf("test accuracy (one %s pass): %.2f%% at epoch %u, selected by validation accuracy (%.2f%%)\n"
	       "checkpoint: %s (the last epoch's: %s)\n",
	       noisy ? "noisy" : "noise-free", 100 * acc, b->epoch, 100.0 * (double)b->correct / (double)j->o.val, best,
	       last);
	return 0;
}

int trainjob_run(Job *j)
{
	const Model *m = &j->prog.model;
	const JobOptions *o = &j->o;
	TrainSettings set = job_settings(o, &m->train);
	bool eval_noise = eval_noise_of(j);
	int64_t n = j->train.count - o->val;
	if (o->train_limit && o->train_limit < n)
		n = o->train_limit;
	if (n <= 0) {
		fprintf(stderr, "eicrun: error: a validation set of %lld (--val, or the program's validation) leaves no "
		        "training examples of %lld\n", (long long)o->val, (long long)j->train.count);
		return JOB_EXIT_INPUT;
	}
	Trainer t;
	trainer_init(&t, m, &j->k, &set, o->threads);
	int64_t steps = (n + set.batch - 1) / set.batch;
	EpochReport r = {0};
	if (o->resume && !trainckpt_resume(&t, o->resume, steps, (uint64_t)o->val, &r.best, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		trainer_free(&t);
		return JOB_EXIT_INPUT;
	}
	char *ckpt = job_checkpoint(o), *best = job_best_checkpoint(o);
	FILE *metrics = NULL;
	if (o->metrics && !(metrics = outfile_open_log(o->metrics, o->resume, j->err, sizeof j->err))) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		trainer_free(&t);
		free(ckpt);
		free(best);
		return JOB_EXIT_INPUT;
	}
	printf("%s: %lld parameters, %llu MACs per example; %s\n", m->name, (long long)m->param_count,
	       (unsigned long long)m->macs, jit_describe(j->jit));
	printf("training on %lld examples of %s (%lld held out), testing on %lld; batch %u, %s products, %d thread%s\n",
	       (long long)n, j->dir, (long long)o->val, (long long)j->test.count, set.batch,
	       set.precision == PREC_BF16 ? "bf16" : "fp32", t.threads, t.threads == 1 ? "" : "s");
	fflush(stdout);
	uint32_t last = o->stop_after && o->stop_after < set.epochs ? (uint32_t)o->stop_after : set.epochs;
	int status = epochs(j, &t, n, last, ckpt, best, metrics, &r);
	bool selected = o->val && r.best.epoch; /* report_selected measures its own epoch */
	if (!status && !selected && t.epoch >= last && r.noisy == 0 && r.clean == 0) { /* resumed at the end */
		uint64_t e = t.epoch - 1; /* the last epoch's test passes, as its line measured them */
		r.noisy = trainer_accuracy(&t, &j->test, 0, j->test.count, -1.0f, 2 * e, NULL, NULL);
		r.clean = trainer_accuracy(&t, &j->test, 0, j->test.count, 0.0f, 2 * e + 1, NULL, NULL);
	}
	if (!status && t.epoch < set.epochs)
		printf("stopped after epoch %u of %u; continue with --resume %s\n", t.epoch, set.epochs,
		       r.written ? ckpt : o->resume);
	else if (!status && selected)
		status = report_selected(j, &t, &r.best, best, r.written ? ckpt : o->resume);
	else if (!status)
		printf("test accuracy (one %s pass): %.2f%%\ncheckpoint: %s\n", eval_noise ? "noisy" : "noise-free",
		       100 * (eval_noise ? r.noisy : r.clean), r.written ? ckpt : o->resume);
	if (metrics && fclose(metrics) != 0 && !status) {
		fprintf(stderr, "eicrun: error: %s: %s\n", o->metrics, strerror(errno));
		status = JOB_EXIT_INPUT;
	}
	free(ckpt);
	free(best);
	trainer_free(&t);
	return status;
}
