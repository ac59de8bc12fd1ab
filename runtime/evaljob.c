/* evaljob.c: eicrun --eval: loads --weights into a Trainer and predicts the test set
 * with the JIT-compiled forward pass, once or at each value of --sweep. */
#include "evaljob.h"
#include "predict.h"
#include "sweep.h"

#include <stdio.h>

typedef struct ProgEval {
	Trainer *t;
	const Dataset *d;
	Job *j;
	float sigma; /* of the noisy passes: < 0 each binary's own (trainer_accuracy) */
} ProgEval;

static void predict_prog(void *ctx, bool noise, uint64_t pass, int32_t *pred)
{
	ProgEval *e = ctx;
	trainer_accuracy(e->t, e->d, 0, e->d->count, noise ? e->sigma : 0.0f, pass, NULL, pred);
}

static bool program_prog(void *ctx, uint64_t chip)
{
	ProgEval *e = ctx;
	e->t->chip = chip;
	return model_programmed(e->t->m);
}

static bool set_prog(void *ctx, SweepSetting what, double v, char *err, size_t errlen)
{
	ProgEval *e = ctx;
	if (what == SWEEP_NOISE)
		e->sigma = (float)v;
	return sweep_set_model(&e->j->prog.model, e->j->k.knobs, what, v, err, errlen);
}

int evaljob_run(Job *j)
{
	const Model *m = &j->prog.model;
	TrainSettings set = job_settings(&j->o, &m->train);
	Trainer t;
	trainer_init(&t, m, &j->k, &set, j->o.threads);
	if (!job_load_weights(m, j->o.weights, t.params, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		trainer_free(&t);
		return JOB_EXIT_INPUT;
	}
	ProgEval e = {&t, &j->test, j, -1.0f};
	int status = j->o.sweep.n ? sweep_run(j, set_prog, predict_prog, program_prog, &e)
	                          : predict_report(j, predict_prog, program_prog, &e, NULL);
	trainer_free(&t);
	return status;
}
