/* trainckpt.c: writing a training run to a checkpoint after every epoch, and
 * resuming it from one. */
#include "trainckpt.h"
#include "ckpt.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The metadata value `key` as a decimal whole number from 0 to max. */
static bool meta_int(const Ckpt *c, const char *path, const char *key, uint64_t max, uint64_t *out, char *err,
                     size_t errlen)
{
	const char *v = ckpt_meta(c, key);
	if (!v)
		return util_fail(err, errlen, "%s: no %s in its metadata (not a checkpoint of eicrun --train)", path, key);
	uint64_t x = 0;
	size_t i = 0;
	for (; v[i] >= '0' && v[i] <= '9' && i < 20; i++) {
		uint64_t d = (uint64_t)(v[i] - '0');
		if (d > max || x > (max - d) / 10)
			break;
		x = 10 * x + d;
	}
	if (!i || v[i])
		return util_fail(err, errlen, "%s: metadata %s is '%.40s', not a whole number from 0 to %llu", path, key, v,
		                 (unsigned long long)max);
	*out = x;
	return true;
}

int trainckpt_write(const char *path, const Trainer *t, uint64_t val, const TrainBest *best, char *err, size_t errlen)
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
	char epoch[24], step[24], seed[24], batch[24], epochs[24], lr[32], held[24], best_epoch[24], best_correct[24];
	snprintf(epoch, sizeof epoch, "%u", t->epoch);
	snprintf(step, sizeof step, "%llu", (unsigned long long)t->step);
	snprintf(seed, sizeof seed, "%llu", (unsigned long long)t->set.seed);
	snprintf(batch, sizeof batch, "%u", t->set.batch);
	snprintf(epochs, sizeof epochs, "%u", t->set.epochs);
	snprintf(lr, sizeof lr, "%.9g", t->set.lr);
	snprintf(held, sizeof held, "%llu", (unsigned long long)val);
	snprintf(best_epoch, sizeof best_epoch, "%u", best ? best->epoch : 0);
	snprintf(best_correct, sizeof best_correct, "%llu", best ? (unsigned long long)best->correct : 0ull);
	const CkptMeta meta[] = {
		{"eic.network", m->name}, {"eic.epoch", epoch},   {"eic.step", step},           {"eic.seed", seed},
		{"eic.batch", batch},     {"eic.epochs", epochs}, {"eic.lr", lr},               {"eic.val", held},
		{"eic.best_epoch", best_epoch}, {"eic.best_correct", best_correct},
	};
	size_t nmeta = sizeof meta / sizeof meta[0] - (best ? 0 : 2);
	int rc = ckpt_write(path, ts, 3 * n, meta, nmeta, err, errlen);
	free(ts);
	free(names);
	return rc;
}

/* Every field of the metadata is checked against the run before anything of it is
 * used: the network must be the program's, the seed and batch the run's (the
 * shuffles and the noise follow from the seed, the steps from the batch), the epoch
 * within the run's epochs and the step the count those epochs take. The parameters
 * and moments must be finite and the second moments >= 0, or the first step would
 * be NaN. */
bool trainckpt_resume(Trainer *t, const char *path, int64_t steps_per_epoch, uint64_t val, TrainBest *best, char *err,
                      size_t errlen)
{
	Ckpt *c = ckpt_load(path, err, errlen);
	if (!c)
		return false;
	const Model *m = t->m;
	const char *net = ckpt_meta(c, "eic.network");
	uint64_t epoch = 0, step = 0, seed = 0, batch = 0, epochs = 0, held = val, best_epoch = 0, best_correct = 0;
	bool ok = true;
	if (!net)
		ok = util_fail(err, errlen, "%s: no eic.network in its metadata (not a checkpoint of eicrun --train)", path);
	else if (strcmp(net, m->name))
		ok = util_fail(err, errlen, "%s: a checkpoint of network '%.64s'; the program is '%s'", path, net, m->name);
	ok = ok && meta_int(c, path, "eic.epoch", MODEL_MAX_EPOCHS, &epoch, err, errlen)
	     && meta_int(c, path, "eic.epochs", MODEL_MAX_EPOCHS, &epochs, err, errlen)
	     && meta_int(c, path, "eic.step", UINT64_MAX, &step, err, errlen)
	     && meta_int(c, path, "eic.seed", MODEL_MAX_SEED, &seed, err, errlen)
	     && meta_int(c, path, "eic.batch", MODEL_MAX_BATCH, &batch, err, errlen);
	if (ok && (seed != t->set.seed || batch != t->set.batch))
		ok = util_fail(err, errlen, "%s: was trained with seed %llu and batch %llu; this run has seed %llu and batch %u",
		               path, (unsigned long long)seed, (unsigned long long)batch, (unsigned long long)t->set.seed,
		               t->set.batch);
	if (ok && ckpt_meta(c, "eic.val")) /* absent from the checkpoints of earlier versions */
		ok = meta_int(c, path, "eic.val", UINT64_MAX, &held, err, errlen);
	if (ok && held != val)
		ok = util_fail(err, errlen, "%s: was trained holding out %llu validation examples; this run holds out %llu "
		               "(--val, or the program's validation)", path, (unsigned long long)held, (unsigned long long)val);
	if (ok && ckpt_meta(c, "eic.best_epoch")) /* a run with --val */
		ok = meta_int(c, path, "eic.best_epoch", epoch, &best_epoch, err, errlen)
		     && meta_int(c, path, "eic.best_correct", val ? val : MODEL_MAX_VALIDATION, &best_correct, err, errlen);
	if (ok && (epochs < 1 || epoch > epochs))
		ok = util_fail(err, errlen, "%s: metadata says epoch %llu of %llu", path, (unsigned long long)epoch,
		               (unsigned long long)epochs);
	if (ok && epoch > t->set.epochs)
		ok = util_fail(err, errlen, "%s: is at epoch %llu; this run has %u epochs (--epochs)", path,
		               (unsigned long long)epoch, t->set.epochs);
	if (ok && step != epoch * (uint64_t)steps_per_epoch)
		ok = util_fail(err, errlen,
		               "%s: metadata says step %llu at epoch %llu; this run takes %lld steps an epoch, so %llu "
		               "(the same --train-limit and --val?)",
		               path, (unsigned long long)step, (unsigned long long)epoch, (long long)steps_per_epoch,
		               (unsigned long long)(epoch * (uint64_t)steps_per_epoch));
	ok = ok && ckpt_params(c, path, m, "", t->params, err, errlen)
	     && ckpt_params(c, path, m, "adam.m.", t->adam_m, err, errlen)
	     && ckpt_params(c, path, m, "adam.v.", t->adam_v, err, errlen)
	     && model_check_finite(m, path, "", t->params, err, errlen)
	     && model_check_finite(m, path, "adam.m.", t->adam_m, err, errlen)
	     && model_check_finite(m, path, "adam.v.", t->adam_v, err, errlen);
	for (uint32_t p = 0; ok && p < m->nparams; p++)
		for (uint64_t i = 0; ok && i < m->params[p].count; i++)
			if (t->adam_v[m->params[p].offset / 4 + i] < 0)
				ok = util_fail(err, errlen, "%s: tensor adam.v.%s is negative at index %llu", path, m->params[p].name,
				               (unsigned long long)i);
	if (ok) {
		t->epoch = (uint32_t)epoch;
		t->step = step;
		*best = (TrainBest){(uint32_t)best_epoch, best_correct};
	}
	ckpt_free(c);
	return ok;
}
