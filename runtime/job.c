/* job.c: loading what a job of eicrun works on: the program and its JIT-compiled
 * kernels, and the datasets, each checked against the program or chip reading them. */
#include "job.h"
#include "ckpt.h"
#include "config.h"
#include "outfile.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int job_load_prog(Job *j)
{
	if (!prog_load(j->o.prog, &j->prog, j->err, sizeof j->err)) {
		fprintf(stderr, "eicrun: error: %s\n", j->err);
		return JOB_EXIT_INPUT;
	}
	if (j->o.val < 0) /* held out only to train: --eval tests on the test set alone */
		j->o.val = j->o.mode == JOB_TRAIN ? j->prog.model.train.validation : 0;
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
	int status = job_check_outputs(j);
	if (status)
		return status;
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

char *job_checkpoint(const JobOptions *o)
{
	if (o->checkpoint)
		return strcpy(xmalloc(strlen(o->checkpoint) + 1), o->checkpoint);
	const char *base = strrchr(o->prog, '/') ? strrchr(o->prog, '/') + 1 : o->prog;
	size_t n = strlen(base);
	if (n > 5 && !strcmp(base + n - 5, ".prog"))
		n -= 5;
	char *out = xmalloc(n + sizeof ".safetensors");
	memcpy(out, base, n);
	memcpy(out + n, ".safetensors", sizeof ".safetensors");
	return out;
}

char *job_best_checkpoint(const JobOptions *o)
{
	char *ckpt = job_checkpoint(o);
	size_t n = strlen(ckpt), suffix = sizeof ".safetensors" - 1;
	if (n <= suffix || strcmp(ckpt + n - suffix, ".safetensors"))
		suffix = 0;
	char *out = xmalloc(n + sizeof ".best");
	memcpy(out, ckpt, n - suffix);
	strcpy(out + n - suffix, ".best");
	strcpy(out + n - suffix + 5, ckpt + n - suffix);
	free(ckpt);
	return out;
}

bool job_load_weights(const Model *m, const char *path, float *params, char *err, size_t errlen)
{
	Ckpt *c = ckpt_load(path, err, errlen);
	bool ok = c && ckpt_params(c, path, m, "", params, err, errlen) && model_check_finite(m, path, "", params, err, errlen);
	ckpt_free(c);
	return ok;
}

/* Every data file the run may read: DIR/{train,t10k}-{images-idx3,labels-idx1}-ubyte,
 * raw and gzipped, whichever data_load_split takes. */
enum { DATA_FILES = 8 };
static const char *const data_names[DATA_FILES / 2][2] = {
	{"train-images-idx3-ubyte", "the training images"},
	{"train-labels-idx1-ubyte", "the training labels"},
	{"t10k-images-idx3-ubyte", "the test images"},
	{"t10k-labels-idx1-ubyte", "the test labels"},
};

int job_check_outputs(Job *j)
{
	const JobOptions *o = &j->o;
	char *ckpt = o->mode == JOB_TRAIN ? job_checkpoint(o) : NULL;
	char *best = o->mode == JOB_TRAIN && o->val ? job_best_checkpoint(o) : NULL;
	char data[DATA_FILES][sizeof j->dir + 40];
	OutfileRole in[DATA_FILES + 7];
	size_t n = 0;
	for (int k = 0; k < DATA_FILES; k++) {
		snprintf(data[k], sizeof data[k], "%s/%s%s", j->dir, data_names[k / 2][0], k % 2 ? ".gz" : "");
		in[n++] = (OutfileRole){data[k], data_names[k / 2][1]};
	}
	in[n++] = (OutfileRole){o->mode == JOB_CHIP ? o->chip : o->prog, o->mode == JOB_CHIP ? "the .chip file" : "the program"};
	in[n++] = (OutfileRole){o->weights, "the --weights file"};
	/* The checkpoint may replace the one the run resumes from: that is read whole
	 * first, and replacing it is how a run goes on. Nothing else may. */
	in[n++] = (OutfileRole){ckpt, "the checkpoint"};
	in[n++] = (OutfileRole){o->resume, "the --resume checkpoint"};
	in[n++] = (OutfileRole){best, "the best checkpoint"};
	const OutfileRole outs[] = {{ckpt, o->checkpoint ? "--checkpoint" : "the checkpoint"},
	                            {o->metrics, "--metrics"},
	                            {o->predictions, "--predictions"},
	                            {o->sweep.out, "--sweep-out"},
	                            {best, "the best checkpoint"}};
	int status = 0;
	for (size_t k = 0; k < sizeof outs / sizeof outs[0] && !status; k++) {
		/* the checkpoint is checked against the inputs before it, the best checkpoint against all
		 * but itself, the others against all */
		size_t upto = k == 0 ? n - 3 : k == 4 ? n - 1 : n;
		if (!outfile_distinct(&outs[k], in, upto, j->err, sizeof j->err))
			status = JOB_EXIT_USAGE;
	}
	if (status)
		fprintf(stderr, "eicrun: error: %s\n(see eicrun --help)\n", j->err);
	free(ckpt);
	free(best);
	return status;
}

TrainSettings job_settings(const JobOptions *o, const ModelTrain *d)
{
	TrainSettings s = train_settings(d);
	if (o->epochs)
		s.epochs = (uint32_t)o->epochs;
	if (o->batch)
		s.batch = (uint32_t)o->batch;
	if (o->seed >= 0)
		s.seed = (uint64_t)o->seed;
	if (o->lr > 0)
		s.lr = (float)o->lr;
	if (o->weight_decay >= 0)
		s.weight_decay = (float)o->weight_decay;
	if (o->label_smoothing >= 0)
		s.label_smoothing = (float)o->label_smoothing;
	if (o->warmup >= 0)
		s.warmup = (uint32_t)o->warmup;
	if (o->schedule >= 0)
		s.schedule = (uint32_t)o->schedule;
	if (o->precision >= 0)
		s.precision = (Precision)o->precision;
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
