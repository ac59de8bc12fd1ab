/* job.c: loading what a job of eicrun works on: the program and its JIT-compiled
 * kernels, and the datasets, each checked against the program or chip reading them. */
#include "job.h"
#include "config.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>

int job_load_prog(Job *j)
{
	if (!prog_load(j->o.prog, &j->prog, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		return JOB_EXIT_INPUT;
	}
	/* Bitcode is read by the LLVM that wrote it or a newer one, never an older. */
	unsigned major = 0, minor, patch;
	sscanf(EIC_LLVM_VERSION, "%u.%u.%u", &major, &minor, &patch);
	if (j->prog.llvm_major > major) {
		fprintf(stderr, "eicrun: error: %s: its kernels are LLVM %u bitcode; this eicrun has LLVM %u\n", j->o.prog,
		        j->prog.llvm_major, major);
		return JOB_EXIT_INPUT;
	}
	j->jit = jit_load(j->prog.bitcode, j->prog.bitcode_size, model_fingerprint(&j->prog.model), j->o.opt < 0 ? 3 : j->o.opt,
	                  &j->k, j->err, sizeof j->err);
	if (!j->jit) {
		fprintf(stderr, "eicrun: error: %s: %s\n", j->o.prog, j->err);
		return JOB_EXIT_INPUT;
	}
	return job_load_data(j, j->prog.model.input_used, j->prog.model.logits, j->prog.model.train.dataset);
}

int job_load_data(Job *j, uint32_t input, uint32_t logits, const char *dataset)
{
	const char *env = getenv("EIC_DATA");
	if (j->o.data)
		snprintf(j->dir, sizeof j->dir, "%s", j->o.data);
	else if (env && *env)
		snprintf(j->dir, sizeof j->dir, "%s", env);
	else
		snprintf(j->dir, sizeof j->dir, "data/%s", dataset);
	if ((j->o.mode == JOB_TRAIN && !data_load_split(j->dir, "train", &j->train, j->err, sizeof j->err))
	    || !data_load_split(j->dir, "t10k", &j->test, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		return JOB_EXIT_INPUT;
	}
	/* Checked here, once, so no kernel or simulator ever reads past an image or
	 * indexes its logits with a label it does not have. */
	const Dataset *sets[2] = {&j->train, &j->test};
	static const char *const names[2] = {"train", "t10k"};
	for (int s = 0; s < 2; s++) {
		if (!sets[s]->count)
			continue;
		if (sets[s]->dim != input) {
			fprintf(stderr, "eicrun: error: %s: %s images have %lld values; the %s's input takes %u\n", j->dir,
			        names[s], (long long)sets[s]->dim, j->o.chip ? "chip" : "program", input);
			return JOB_EXIT_INPUT;
		}
		if (!data_check_labels(sets[s], sets[s]->labels_path, logits, j->err, sizeof j->err)) {
			fprintf(stderr, "eicrun: error: %s\n", j->err);
			return JOB_EXIT_INPUT;
		}
	}
	return 0;
}

TrainSettings job_settings(const JobOptions *o, const ModelTrain *d)
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

void job_free(Job *j)
{
	data_free(&j->train);
	data_free(&j->test);
	jit_free(j->jit);
	prog_free(&j->prog);
	free(j);
}
