/* fuzz_prog.c: a .prog image through prog_parse, which validates the model as
 * eicrun would run it (model_validate and the executors' bounds). An image refused as
 * it is goes in again with its size and checksums made right (fuzz_fix_container),
 * so the mutations reach the sections. */
#include "fuzz.h"

#include "prog.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool parse(const unsigned char *data, size_t size)
{
	Prog p;
	char err[512];
	if (!prog_parse(data, size, &p, err, sizeof err))
		return false;
	prog_free(&p);
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_container(data, size, parse);
	return 0;
}
