/* chipjob.h: eicrun --chip: the chip simulator running a .chip binary on the test
 * set, reported as --eval reports a program. */
#ifndef EIC_CHIPJOB_H
#define EIC_CHIPJOB_H

#include "job.h"

/* Runs the chip-simulation job: loads --chip and the test set into j, simulates.
 * Returns 0 or the exit status, the message printed. */
int chipjob_run(Job *j);

#endif
