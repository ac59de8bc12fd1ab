/* schedule.h: the schedule: which core computes what, in which order, with which
 * parameters. It is the one description both back ends (the LLVM kernels and the
 * chip binary) are generated from, and the text form of docs/schedule.md.
 *
 * All widths are per example. Buffers hold float32 values; padding elements are
 * zero. Parameters live in one float32 block at byte offsets aligned to 64. */
#ifndef EIC_SCHEDULE_H
#define EIC_SCHEDULE_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "ir.h"
#include "kinds.h"

#include <stdint.h>
#include <stdio.h>

typedef struct Buffer {
	const char *name;
	BufKind kind;
	int64_t width; /* elements */
	int64_t used;  /* elements that carry values; the rest is zero padding */
	int64_t positions; /* rows of `width` elements: an image's positions (y W + x); 1 for a vector */
} Buffer;

typedef struct Tile {
	int64_t out_block, in_block; /* i, j: the tile computes W[i,j] . x[j] */
	int64_t core;                /* core number, 0-based: row * cols + col on a grid */
	int64_t row, col;            /* place on the chip grid (place.h); -1 until placed */
} Tile;

typedef struct Stage {
	StageKind kind;
	const IrNode *node;  /* the layer it comes from (NULL for load) */
	int in, out;         /* buffer indices */
	int64_t bi, bo;      /* blocks in and out */
	Tile *tiles;         /* STAGE_TILES: bo * bi tiles, out-block major */
	int64_t ntiles;
	int param;           /* the parameter it uses (weights, acc, tau), or -1 */
	int perm;            /* STAGE_PERMUTE: index into Schedule.perms */
	int64_t macs;        /* multiply-accumulates per example */
	int64_t positions;   /* the rows it computes per example, each as one vector (1: a vector) */
	int gather;          /* STAGE_GATHER: index into Schedule.gathers */
} Stage;

typedef struct Param {
	const char *name;    /* dense1.weights, dense1.acc, permute1.tau */
	int rank;
	int64_t shape[4];
	int64_t count;       /* elements */
	int64_t offset;      /* bytes into the parameter block */
	InitKind init;
	double fan_in, fan_out, stddev; /* INIT_XAVIER_NORMAL: truncated at +-2 stddev */
	double value;        /* INIT_CONSTANT */
	int stage;           /* the stage that uses it */
} Param;

typedef struct Permutation {
	const IrNode *node;
	int64_t chunk, slots, seed;
	int *plus, *minus; /* slot r of the output reads slots plus[r] and minus[r] */
} Permutation;

/* A gather stage's table (model.h's ModelGather and the stage's window and op) */
typedef struct Gather {
	const IrNode *node;
	int32_t *index; /* out positions x out used x window entries; -1 reads a zero */
	int64_t count, window;
	GatherOp op;
} Gather;

typedef struct Schedule {
	const Program *prog;
	const Ir *ir;
	Buffer *bufs;
	int nbufs;
	Stage *stages;
	int nstages;
	Param *params;
	int nparams;
	Permutation *perms;
	int nperms;
	Gather *gathers;
	int ngathers;
	int64_t cores;       /* cores used: one per tile */
	int64_t param_count; /* elements of all parameters */
	int64_t param_bytes; /* size of the parameter block */
	int64_t macs;        /* per example, all stages */
	int64_t logits;      /* K */
	Grid grid;           /* the grid the tiles are placed on; 0x0: not placed */
	int64_t place_naive, place_cost; /* traffic-weighted hops (place.h); 0 without a grid */
} Schedule;

/* Lowers a checked program: tiles on cores, buffers, stages in execution order,
 * the parameter table and the permutations. Reports capacity errors to d and
 * returns NULL when the network does not fit the chip. Allocated in a. The tiles
 * are numbered in execution order and not yet placed: that is place_schedule's. */
Schedule *sched_lower(const Program *p, Arena *a, Diag *d);

/* The text form of docs/schedule.md (eicc --emit=schedule). */
void sched_dump(FILE *out, const Schedule *s);

/* The two slot permutations of a permute stage, from its seed (docs/schedule.md):
 * plus is a uniform permutation, minus a uniform one that differs from plus in
 * every slot. Writes `slots` entries to each. */
void sched_permutations(int64_t seed, int64_t slots, int *plus, int *minus);


#endif
