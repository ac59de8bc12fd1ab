/* emit_prog.h: the runtime's model of a schedule (common/model.h), and the .prog file. */
#ifndef EIC_EMIT_PROG_H
#define EIC_EMIT_PROG_H

#include "model.h"
#include "schedule.h"

/* Fills m from the schedule and its program's training settings, laid out and valid;
 * m's arrays are malloc'd: release them with model_free. */
void emitprog_model(const Schedule *s, Model *m);

#endif
