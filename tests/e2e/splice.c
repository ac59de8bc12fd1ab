/* splice.c: writes a .prog with the schedule of one program and the kernels (LLVM
 * bitcode) of another, each section valid and the checksums right, as a hostile or
 * careless tool could: the end-to-end test checks that eicrun refuses it by name
 * instead of running the wrong kernels on the schedule.
 *
 * usage: splice SCHEDULE.prog KERNELS.prog OUT.prog */
#include "prog.h"

#include <stdio.h>

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: splice SCHEDULE.prog KERNELS.prog OUT.prog\n");
		return 2;
	}
	char err[1024];
	Prog s, k;
	if (!prog_load(argv[1], &s, err, sizeof err) || !prog_load(argv[2], &k, err, sizeof err)) {
		fprintf(stderr, "splice: %s\n", err);
		return 1;
	}
	int status = prog_write(argv[3], &s.model, s.llvm_major, k.bitcode, k.bitcode_size, err, sizeof err);
	if (status)
		fprintf(stderr, "splice: %s\n", err);
	prog_free(&s);
	prog_free(&k);
	return status ? 1 : 0;
}
