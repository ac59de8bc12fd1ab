/* trainckpt.c: writing a training run to a checkpoint after every epoch, and
 * resuming it from one. */
#include "trainckpt.h"
#include "ckpt.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>

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

int trainckpt_write(const char *path, const Trainer *t, char *err, size_t errlen)
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

/* The run's seed and batch must be the checkpoint's, or the continuation would not
 * be the run: the shuffles and the noise follow from the seed, the steps from the
 * batch. */
bool trainckpt_resume(Trainer *t, const char *path, char *err, size_t errlen)
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
