/* job.h: what one run of eicrun works on: the options of its command line, and the
 * program, JIT-compiled kernels and datasets its job loads. main.c fills the options
 * and picks the job (trainjob, evaljob or chipjob); the job reads them.
 *
 * Ownership: a Job owns everything it points to (prog, jit, train, test);
 * job_free releases it all, whichever of them a job got as far as loading. */
#ifndef EIC_JOB_H
#define EIC_JOB_H

#include "data.h"
#include "jit.h"
#include "prog.h"
#include "train.h"

#include <stdbool.h>
#include <stdint.h>

/* The exit statuses of eicrun besides 0. */
enum { JOB_EXIT_INPUT = 1, JOB_EXIT_USAGE = 2 };

enum { JOB_MAX_SWEEP = 64 };

typedef enum { JOB_NONE, JOB_TRAIN, JOB_EVAL, JOB_CHIP } JobMode;

/* The settings --sweep can vary (sweep.h) */
typedef enum {
	SWEEP_NOISE,
	SWEEP_READ_NOISE,
	SWEEP_ADC_BITS,
	SWEEP_ADC_RANGE,
	SWEEP_PROGRAM_NOISE,
	SWEEP_STUCK_LOW,
	SWEEP_STUCK_HIGH,
	SWEEP__COUNT
} SweepSetting;

/* --sweep NAME=LIST and --sweep-out */
typedef struct JobSweep {
	SweepSetting what;
	int n; /* values; 0: no sweep */
	double values[JOB_MAX_SWEEP];
	const char *out; /* the table as CSV, or JSON for a name ending in .json; NULL: none */
} JobSweep;

/* The command line. Numbers left 0 (or -1 where said) take the program's value. */
typedef struct JobOptions {
	JobMode mode;
	const char *prog, *data, *weights, *resume, *checkpoint, *metrics;
	const char *chip, *predictions;
	int64_t passes; /* noisy passes to evaluate */
	int64_t chips;  /* programmed chips to evaluate (cell.h), 0: one */
	int threads, opt; /* opt -1: 3 */
	int64_t epochs, batch, seed, val, train_limit, stop_after, warmup; /* seed, val, warmup -1: the program's */
	double lr;
	double weight_decay, label_smoothing; /* -1: the program's */
	int schedule; /* -1: the program's */
	int eval_noise; /* -1: the program's */
	int precision;  /* Precision, -1: the program's */
	JobSweep sweep;
	bool quiet;
} JobOptions;

typedef struct Job {
	JobOptions o;
	Prog prog;
	Jit *jit;
	JitKernels k;
	Dataset train, test;
	char dir[4096]; /* where the datasets were read from */
	char err[1024];
} Job;

/* Loads --prog, checks its kernels' LLVM version against this build, JIT-compiles
 * them and loads the datasets its model takes. Returns 0 or the exit status, the
 * message printed. */
int job_load_prog(Job *j);

/* The test set (and, to train, the training set) of `input` values and at most
 * `logits` classes, from --data, $EIC_DATA or data/DATASET. Returns 0 or the exit
 * status, the message printed. */
int job_load_data(Job *j, uint32_t input, uint32_t logits, const char *dataset);

/* Where --train writes its checkpoint: --checkpoint, else PROG.prog -> PROG.safetensors
 * in the current directory. The caller frees the result. */
char *job_checkpoint(const JobOptions *o);
/* Where --train --val writes the checkpoint of the epoch it selects: the checkpoint's
 * name with ".best" before its ".safetensors" (mnist.best.safetensors), else after it.
 * The caller frees the result. */
char *job_best_checkpoint(const JobOptions *o);

/* The parameters of the checkpoint at path into params (m's layout), each tensor
 * checked against m and finite; false with the reason, naming path, in err. */
bool job_load_weights(const Model *m, const char *path, float *params, char *err, size_t errlen);

/* Refuses an output (the checkpoints, --metrics, --predictions) that names one of the
 * run's inputs (the program or .chip, --weights, --resume, the data files of j->dir)
 * or another output, before anything is written: 0, or the exit status (bad usage)
 * with the message printed. Called by job_load_data. */
int job_check_outputs(Job *j);

/* The program's training defaults, overridden by the options given. */
TrainSettings job_settings(const JobOptions *o, const ModelTrain *d);

/* Frees what the job loaded, and the job. */
void job_free(Job *j);

#endif
