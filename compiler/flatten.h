/* flatten.h: the runtime's model of a schedule (common/model.h): what the .prog
 * carries (prog.h writes it), the kernels are generated from (emit_llvm.h) and the
 * .chip emitter reads the parameters by. */
#ifndef EIC_FLATTEN_H
#define EIC_FLATTEN_H

#include "model.h"
#include "schedule.h"

/* Fills m from the schedule and its program's training settings, laid out and valid;
 * m's arrays are malloc'd: release them with model_free. */
void flatten_model(const Schedule *s, Model *m);

#endif
