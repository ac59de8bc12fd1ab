/* evaljob.h: eicrun --eval: a program's kernels with trained --weights on the test
 * set, as accuracies with and without noise, or over a --noise-sweep. */
#ifndef EIC_EVALJOB_H
#define EIC_EVALJOB_H

#include "job.h"

/* Runs the evaluation job on j (program, kernels and test set loaded).
 * Returns 0 or the exit status, the message printed. */
int evaljob_run(Job *j);

#endif
