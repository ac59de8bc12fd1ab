/* kinds.c: the rows of kinds.h's tables. */
#include "kinds.h"

#define KINDS_BUF_ROW(id, name, chip, integer) [BUF_##id] = {name, chip, integer},
const BufInfo kinds_buf[BUF__COUNT] = {KINDS_BUFFERS(KINDS_BUF_ROW)};

#define KINDS_STAGE_ROW(id, name, out, op) [STAGE_##id] = {name, BUF_##out, op},
const StageInfo kinds_stage[STAGE__COUNT] = {KINDS_STAGES(KINDS_STAGE_ROW)};
