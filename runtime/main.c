/* main.c: eicrun, the EIC runtime: its command line, and the job it picks.
 *
 *     --train  job_load_prog (prog_load, jit_load, data_load_split) -> trainjob_run
 *     --eval   job_load_prog -> evaljob_run
 *     --chip   chipjob_run (chip_load, chipsim_new, data_load_split, chipsim_run)
 *
 * Exit status: 0 success, 1 bad input (program, data, checkpoint), training that
 * diverged or a failed write, 2 bad usage (among them an output that is an input:
 * job_check_outputs), 3 out of memory (util.c's allocators). */
#include "chipjob.h"
#include "config.h"
#include "evaljob.h"
#include "job.h"
#include "outfile.h"
#include "pool.h"
#include "sweep.h"
#include "trainjob.h"
#include "util.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	        "                      noise; prints their mean and standard deviation, and the\n"
	        "                      accuracy of their vote (each image's most predicted class)\n"
	        "  --chips K           with --eval or --chip: K chips, each programmed with its own\n"
	        "                      programming noise and stuck cells (the chip section's\n"
	        "                      program_noise, stuck_low, stuck_high), each evaluated as\n"
	        "                      above; prints their mean and standard deviation (default 1;\n"
	        "                      the same --seed programs the same chips in both)\n"
	        "  --data DIR          the dataset: DIR/{train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz]\n"
	        "                      (default: $EIC_DATA, else data/DATASET of the program;\n"
	        "                      --chip: data/mnist)\n"
	        "  --epochs N          total epochs (default: the program's train section)\n"
	        "  --stop-after N      stop after epoch N (the schedule still spans --epochs);\n"
	        "                      continue later with --resume\n"
	        "  --batch N           examples per mini-batch\n"
	        "  --lr X              learning rate\n"
	        "  --weight-decay X    AdamW's decoupled decay of the dense layers' weights and gains\n"
	        "  --label-smoothing X the training loss's target: 1 - X + X/K on the label, X/K on\n"
	        "                      each of the K classes (evaluation's loss stays plain)\n"
	        "  --schedule S        constant, cosine or step\n"
	        "  --warmup N          the rate rises linearly from 0 over the first N epochs\n"
	        "  --seed N            seed of initialisation, shuffling and noise (--chip: 0)\n"
	        "  --val N             hold out the last N training examples (default: the program's\n"
	        "                      validation); the epoch with the best validation accuracy is\n"
	        "                      kept in CHECKPOINT.best.safetensors and its test accuracy reported\n"
	        "  --train-limit N     train on the first N training examples only\n"
	        "  --eval-noise on|off whether the reported test accuracy keeps the noise on\n"
	        "  --precision P       fp32, or bf16: training's products read bf16 operands and\n"
	        "                      sum in fp32 (weights, Adam and evaluation stay fp32)\n"
	        "  --sweep NAME=LIST   with --eval or --chip: evaluate (as above, with --passes and\n"
	        "                      --chips) at each value of LIST of one chip setting, NAME one of\n"
	        "                      read_noise, adc_bits (0: none), adc_range, program_noise,\n"
	        "                      stuck_low, stuck_high, or noise (--eval: every binary's sigma,\n"
	        "                      where the program's neuron_noise places it; 0 turns all noise\n"
	        "                      off); then a table. read_noise, adc_bits and adc_range need a\n"
	        "                      program or .chip compiled with an ADC or read noise\n"
	        "  --sweep-out FILE    the sweep's table as CSV, or as JSON when FILE ends in .json\n"
	        "  --noise-sweep LIST  --sweep noise=LIST\n"
	        "  --threads N         threads (default: the number of CPUs); results do not depend on it\n"
	        "  --checkpoint FILE   where --train writes its checkpoint (default: PROG with .safetensors)\n"
	        "  --resume FILE       continue a run from its checkpoint\n"
	        "  --metrics FILE      one JSON line per epoch\n"
	        "  -O N                JIT optimisation level 0..3 (default 3)\n"
	        "  --quiet             no progress bar\n"
	        "  -h, --help          this help\n"
	        "  -V, --version       versions of eicrun and LLVM\n"
	        "\n"
	        "Outputs (--checkpoint, --metrics, --predictions) may not be inputs of the run\n"
	        "(the program, --weights, --resume, the data; the same file by any name or\n"
	        "link): that is bad usage, refused before anything is written; the checkpoint\n"
	        "alone may be the --resume file it continues. The checkpoint and --predictions\n"
	        "are written whole or not at all; a device or FIFO (/dev/null) is written\n"
	        "into, never replaced.\n"
	        "\n"
	        "Exit status: 0 success, 1 bad program, data or checkpoint, training that\n"
	        "diverged, or a failed write (of an output or of standard output), 2 bad\n"
	        "usage, 3 out of memory.\n");
}

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "eicrun: error: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n(see eicrun --help)\n");
	return JOB_EXIT_USAGE;
}

/* Whether s is a plain decimal number: [-+]digits[.digits][(e|E)[-+]digits], or with
 * digits only when `whole`. strtod alone would take hex, "inf", "nan" and blanks. */
static bool decimal(const char *s, bool whole)
{
	size_t i = 0, d = 0;
	if (s[i] == '-' || s[i] == '+')
		i++;
	for (; s[i] >= '0' && s[i] <= '9'; i++)
		d++;
	if (!whole && s[i] == '.')
		for (i++; s[i] >= '0' && s[i] <= '9'; i++)
			d++;
	if (!d)
		return false;
	if (!whole && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (s[i] == '-' || s[i] == '+')
			i++;
		if (!(s[i] >= '0' && s[i] <= '9'))
			return false;
		while (s[i] >= '0' && s[i] <= '9')
			i++;
	}
	return s[i] == '\0';
}

static bool parse_int(const char *s, int64_t lo, int64_t hi, int64_t *out)
{
	char *end;
	errno = 0;
	if (!decimal(s, true))
		return false;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

/* A finite decimal number; ERANGE is taken too, so that what float32 can hold is
 * judged by the caller, not by double's underflow. */
static bool parse_real(const char *s, double *out)
{
	char *end;
	if (!decimal(s, false))
		return false;
	double v = strtod(s, &end);
	if (end == s || *end || !isfinite(v))
		return false;
	*out = v;
	return true;
}

/* --sweep NAME=LIST (option `opt`), or --noise-sweep LIST as noise=LIST: up to
 * JOB_MAX_SWEEP values within the setting's bounds (sweep.h) */
static int parse_sweep(JobOptions *o, const char *opt, const char *spec)
{
	char buf[1024], msg[256];
	const char *eq = strcmp(opt, "--sweep") ? NULL : strchr(spec, '='), *list = eq ? eq + 1 : spec;
	SweepSetting what = SWEEP_NOISE;
	if (!strcmp(opt, "--sweep")) {
		snprintf(buf, sizeof buf, "%.*s", eq ? (int)(eq - spec) : 0, spec);
		if (!eq || (what = sweep_find(buf)) == SWEEP__COUNT)
			return usage_error("--sweep takes NAME=V1,V2,... with NAME one of noise, read_noise, adc_bits, "
			                   "adc_range, program_noise, stuck_low, stuck_high, found '%s'", spec);
	}
	const SweepInfo *info = sweep_info(what);
	char label[64];
	snprintf(label, sizeof label, "%s%s%s", opt, eq ? " " : "", eq ? info->name : "");
	if (info->whole)
		snprintf(msg, sizeof msg, "%s takes whole numbers, 0 (none) or 2 to %g, separated by commas, found '%%s'", label,
		         info->hi);
	else
		snprintf(msg, sizeof msg, "%s takes decimal numbers from %s%g to %g separated by commas, found '%%s'", label,
		         info->above ? "above " : "", info->lo, info->hi);
	if (o->sweep.n)
		return usage_error("give one --sweep or --noise-sweep, found a second: '%s'", spec);
	if (strlen(list) >= sizeof buf)
		return usage_error(msg, spec);
	snprintf(buf, sizeof buf, "%s", list);
	int n = 0;
	for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ","), n++) {
		int64_t w = 0;
		double v = 0;
		bool ok = info->whole ? parse_int(tok, 0, (int64_t)info->hi, &w) && w != 1 : parse_real(tok, &v);
		v = info->whole ? (double)w : v;
		if (n == JOB_MAX_SWEEP || !ok || !(v >= info->lo && v <= info->hi) || (info->above && v == info->lo))
			return usage_error(msg, spec);
		o->sweep.values[n] = v;
	}
	if (!n)
		return usage_error(msg, spec);
	o->sweep.what = what;
	o->sweep.n = n;
	return -1;
}

/* The options whose value is a file or directory, kept as given. */
static const struct {
	const char *name;
	size_t offset;
} path_options[] = {
	{"--predictions", offsetof(JobOptions, predictions)}, {"--data", offsetof(JobOptions, data)},
	{"--weights", offsetof(JobOptions, weights)},         {"--resume", offsetof(JobOptions, resume)},
	{"--checkpoint", offsetof(JobOptions, checkpoint)},   {"--metrics", offsetof(JobOptions, metrics)},
	{"--sweep-out", offsetof(JobOptions, sweep.out)},
};

/* The options whose value is a whole number, with its range. */
static const struct {
	const char *name;
	int64_t lo, hi;
	size_t offset;
} int_options[] = {
	{"--epochs", 1, MODEL_MAX_EPOCHS, offsetof(JobOptions, epochs)},  {"--batch", 1, MODEL_MAX_BATCH, offsetof(JobOptions, batch)},
	{"--seed", 0, MODEL_MAX_SEED, offsetof(JobOptions, seed)}, {"--val", 0, MODEL_MAX_VALIDATION, offsetof(JobOptions, val)},
	{"--train-limit", 1, 10000000, offsetof(JobOptions, train_limit)},
	{"--stop-after", 1, MODEL_MAX_EPOCHS, offsetof(JobOptions, stop_after)},
	{"--passes", 1, 1000, offsetof(JobOptions, passes)},     {"--chips", 1, 1000, offsetof(JobOptions, chips)},
	     {"--warmup", 0, MODEL_MAX_EPOCHS, offsetof(JobOptions, warmup)},
};

/* Option a with its value v, from the tables above. Returns -1 when taken, else the
 * exit status. */
static int parse_table_option(JobOptions *o, const char *a, const char *v)
{
	for (size_t k = 0; k < sizeof path_options / sizeof path_options[0]; k++) {
		if (!strcmp(a, path_options[k].name)) {
			*(const char **)((char *)o + path_options[k].offset) = v;
			return -1;
		}
	}
	for (size_t k = 0; k < sizeof int_options / sizeof int_options[0]; k++) {
		if (strcmp(a, int_options[k].name))
			continue;
		if (!parse_int(v, int_options[k].lo, int_options[k].hi, (int64_t *)((char *)o + int_options[k].offset))) {
			char msg[128];
			snprintf(msg, sizeof msg, "%s takes a whole number from %lld to %lld, found '%%s'", a,
			         (long long)int_options[k].lo, (long long)int_options[k].hi);
			return usage_error(msg, v);
		}
		return -1;
	}
	return usage_error(a[0] == '-' ? "unknown option '%s'" : "unexpected argument '%s'", a);
}

/* Option a, which takes the value v. Returns -1 when taken, else the exit status. */
static int parse_option(JobOptions *o, const char *a, const char *v)
{
	int64_t n;
	if (!strcmp(a, "--train") || !strcmp(a, "--eval") || !strcmp(a, "--chip")) {
		if (o->mode != JOB_NONE)
			return usage_error("give one of --train, --eval and --chip%s", "");
		o->mode = a[2] == 't' ? JOB_TRAIN : a[2] == 'e' ? JOB_EVAL : JOB_CHIP;
		*(a[2] == 'c' ? &o->chip : &o->prog) = v;
	} else if (!strcmp(a, "--noise-sweep") || !strcmp(a, "--sweep")) {
		return parse_sweep(o, a, v);
	} else if (!strcmp(a, "--lr")) {
		/* stored as float32: a value that rounds to 0 (or to a subnormal) or past
		 * FLT_MAX would train with another rate than the one asked for */
		if (!parse_real(v, &o->lr) || !(o->lr >= FLT_MIN && o->lr <= FLT_MAX))
			return usage_error("--lr takes a decimal number from 1.2e-38 to 3.4e+38, found '%s'", v);
	} else if (!strcmp(a, "--weight-decay")) {
		if (!parse_real(v, &o->weight_decay) || !(o->weight_decay >= 0 && o->weight_decay <= FLT_MAX))
			return usage_error("--weight-decay takes a decimal number from 0 to 3.4e+38, found '%s'", v);
	} else if (!strcmp(a, "--label-smoothing")) {
		if (!parse_real(v, &o->label_smoothing) || !(o->label_smoothing >= 0 && o->label_smoothing < 1))
			return usage_error("--label-smoothing takes a decimal number from 0 to below 1, found '%s'", v);
	} else if (!strcmp(a, "--threads")) {
		if (!parse_int(v, 1, 256, &n))
			return usage_error("--threads takes a whole number from 1 to 256, found '%s'", v);
		o->threads = (int)n;
	} else if (!strcmp(a, "-O")) {
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
	} else if (!strcmp(a, "--precision")) {
		if (strcmp(v, "fp32") && strcmp(v, "bf16"))
			return usage_error("--precision takes fp32 or bf16, found '%s'", v);
		o->precision = strcmp(v, "fp32") ? PREC_BF16 : PREC_FP32;
	} else {
		return parse_table_option(o, a, v);
	}
	return -1;
}

/* The options that do not go together, once all are read. Returns -1 or the exit
 * status. */
static int check_options(const JobOptions *o)
{
	if (o->mode == JOB_NONE)
		return usage_error("nothing to do: give --train PROG, --eval PROG or --chip FILE%s", "");
	if (o->mode == JOB_CHIP
	    && (o->weights || o->resume || o->checkpoint || o->metrics || o->epochs || o->batch || o->lr > 0
	        || o->schedule >= 0 || o->val >= 0 || o->train_limit || o->stop_after || o->eval_noise >= 0 || o->opt >= 0))
		return usage_error("--chip takes --data, --seed, --passes, --chips, --predictions, --sweep, --sweep-out, "
		                   "--threads and --quiet only%s", "");
	if (o->predictions && o->sweep.n)
		return usage_error("--predictions goes with one evaluation, not with a sweep%s", "");
	if (o->sweep.out && !o->sweep.n)
		return usage_error("--sweep-out goes with --sweep%s", "");
	if (o->sweep.n && o->sweep.what == SWEEP_NOISE && o->mode == JOB_CHIP)
		return usage_error("--sweep noise goes with --eval: a .chip's neurons carry their own noise%s", "");
	if ((o->predictions || o->passes || o->chips) && o->mode == JOB_TRAIN)
		return usage_error("--predictions, --passes and --chips go with --eval or --chip%s", "");
	if (o->mode == JOB_EVAL && !o->weights)
		return usage_error("--eval needs --weights FILE%s", "");
	if (o->mode == JOB_TRAIN && o->weights)
		return usage_error("--weights goes with --eval; to continue training use --resume%s", "");
	if (o->sweep.n && o->mode == JOB_TRAIN)
		return usage_error("--sweep and --noise-sweep go with --eval or --chip%s", "");
	if (o->precision >= 0 && o->mode != JOB_TRAIN)
		return usage_error("--precision goes with --train: evaluation is fp32%s", "");
	if ((o->weight_decay >= 0 || o->label_smoothing >= 0 || o->warmup >= 0) && o->mode != JOB_TRAIN)
		return usage_error("--weight-decay, --label-smoothing and --warmup go with --train%s", "");
	return -1;
}

/* Whether a is an option that takes a value. */
static bool known_option(const char *a)
{
	static const char *const named[] = {"--train",     "--eval",         "--chip",     "--noise-sweep", "--sweep",
	                                    "--lr",        "--weight-decay", "--threads",  "-O",
	                                    "--schedule",  "--eval-noise",   "--precision", "--label-smoothing"};
	for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
		if (!strcmp(a, named[k]))
			return true;
	for (size_t k = 0; k < sizeof path_options / sizeof path_options[0]; k++)
		if (!strcmp(a, path_options[k].name))
			return true;
	for (size_t k = 0; k < sizeof int_options / sizeof int_options[0]; k++)
		if (!strcmp(a, int_options[k].name))
			return true;
	return false;
}

/* Returns -1 to go on, or the exit status. Options are read left to right and the
 * first wrong one is reported; --help and --version answer at once. */
static int parse_args(int argc, char **argv, JobOptions *o)
{
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
		if (!strcmp(a, "--eval") && (o->mode == JOB_CHIP || (v && !strcmp(v, "--chip")))) {
			continue; /* --chip FILE --eval, --eval --chip FILE: evaluating is what --chip does */
		}
		if (a[0] == '-' && !v)
			return usage_error(known_option(a) ? "%s needs a value" : "unknown option '%s'", a);
		int status = parse_option(o, a, v);
		if (status >= 0)
			return status;
		i++;
	}
	return check_options(o);
}

static int run(int argc, char **argv)
{
	Job *j = xcalloc(1, sizeof *j);
	j->o.seed = -1;
	j->o.schedule = -1;
	j->o.eval_noise = -1;
	j->o.precision = -1;
	j->o.weight_decay = -1;
	j->o.label_smoothing = -1;
	j->o.warmup = -1;
	j->o.val = -1;
	j->o.opt = -1;
	j->o.threads = pool_cpus();
	int status = parse_args(argc, argv, &j->o);
	if (status >= 0) {
		free(j);
		return status;
	}
	if (j->o.mode == JOB_CHIP)
		status = chipjob_run(j);
	else if ((status = job_load_prog(j)) == 0)
		status = j->o.mode == JOB_TRAIN ? trainjob_run(j) : evaljob_run(j);
	job_free(j);
	return status;
}

/* Everything written to standard output (the epoch lines, the accuracies) must have
 * reached it: a full disk or a closed pipe is an error, not a silent exit 0. */
int main(int argc, char **argv)
{
	util_progname = "eicrun";
	int status = run(argc, argv);
	char err[512];
	if (!outfile_close_stdout(err, sizeof err)) {
		fprintf(stderr, "eicrun: error: %s\n", err);
		status = status ? status : JOB_EXIT_INPUT;
	}
	return status;
}
