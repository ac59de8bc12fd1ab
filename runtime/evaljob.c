/* evaljob.c: eicrun --eval: loads --weights into a Trainer and predicts the test set
 * with the JIT-compiled forward pass. */
#include "evaljob.h"
#include "predict.h"

#include <stdio.h>

typedef struct ProgEval {
	Trainer *t;
	const Dataset *d;
} ProgEval;

static void predict_prog(void *ctx, bool noise, uint64_t pass, int32_t *pred)
{
	ProgEval *e = ctx;
	trainer_accuracy(e->t, e->d, 0, e->d->count, noise ? -1.0f : 0.0f, pass, NULL, pred);
}

static bool program_prog(void *ctx, uint64_t chip)
{
	ProgEval *e = ctx;
	e->t->chip = chip;
	return model_programmed(e->t->m);
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
	int64_t n = j->test.count;
	if (j->o.nsweep) {
		printf("noise sigma  test accuracy\n");
		for (int s = 0; s < j->o.nsweep; s++)
			printf("%11.4g  %.2f%%\n", j->o.sweep[s],
			       100 * trainer_accuracy(&t, &j->test, 0, n, (float)j->o.sweep[s], (uint64_t)s, NULL, NULL));
	}
	int status = j->o.nsweep ? 0 : predict_report(j, predict_prog, program_prog, &(ProgEval){&t, &j->test});
	trainer_free(&t);
	return status;
}
