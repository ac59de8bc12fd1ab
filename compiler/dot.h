/* dot.h: the schedule as a Graphviz graph (eicc --emit=dot): the stages as a chain of
 * boxes joined by the buffers they pass, and the core grid as a table whose cells
 * are coloured by the layer each core serves. `dot -Tsvg` renders it. */
#ifndef EIC_DOT_H
#define EIC_DOT_H

#include "schedule.h"

#include <stdio.h>

void dot_print(FILE *out, const Schedule *s);

#endif
