/* report.h: what a schedule costs, per layer and in total (eicc --emit=report):
 * logical and padded sizes, tiles, cores, cell utilisation, parameters and
 * multiply-accumulates per example; as aligned text or as JSON for scripts. */
#ifndef EIC_REPORT_H
#define EIC_REPORT_H

#include "schedule.h"

#include <stdbool.h>
#include <stdio.h>

void report_print(FILE *out, const Schedule *s, bool json);

#endif
