/* ir.h: the network IR: the checked layers with names and explicit shapes. Every
 * width is given twice, logical (as written) and padded (to whole 256-blocks, what
 * the cores see); the padding is zero on input and masked to zero on output. */
#ifndef EIC_IR_H
#define EIC_IR_H

#include "arena.h"
#include "ast.h"
#include "core.h"

#include <stdbool.h>
#include <stdint.h>


typedef struct IrNode {
	LayerKind kind;
	const Layer *layer;  /* the checked layer: settings and source position */
	const char *name;    /* input, dense1, binary1, permute1, ... (numbered per kind) */
	int64_t in, out;     /* logical widths (input: in == out) */
	int64_t in_pad, out_pad;
	int64_t bi, bo;      /* blocks in and out: in_pad / CORE_N, out_pad / CORE_N */
	bool readout;        /* the last dense: its first `out` outputs are the logits */
	int64_t h, w, c;     /* the output's image shape; 0 for a vector */
	int64_t positions;   /* rows of its output: h w for an image (each of width `out`), 1 for a vector
	                        and for the input, loaded as one row */
} IrNode;

typedef struct Ir {
	IrNode *nodes;
	int n;
} Ir;

/* Builds the IR of a checked program (one without errors), allocated in a. */
Ir *ir_build(const Program *p, Arena *a);

#endif
