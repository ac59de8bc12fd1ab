/* trainjob.h: eicrun --train: trains the program for its epochs, checkpointing after
 * each, and reports progress, per-epoch lines and --metrics JSON lines. */
#ifndef EIC_TRAINJOB_H
#define EIC_TRAINJOB_H

#include "job.h"

/* Runs the training job on j (program, kernels and both datasets loaded).
 * Returns 0 or the exit status, the message printed. */
int trainjob_run(Job *j);

#endif
