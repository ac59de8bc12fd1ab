/* fuzz_chip.c: a .chip image through chip_parse; an accepted one is printed by
 * chip_disasm (to a null stream) and prepared for simulation by chipsim_new, which
 * trusts what chip_parse accepted. An image refused as it is goes in again with its
 * size and checksums made right (fuzz_fix_container), so the mutations reach the
 * sections. */
#include "fuzz.h"

#include "chip.h"
#include "chipsim.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool parse(const unsigned char *data, size_t size)
{
	ChipFile f;
	char err[512];
	if (!chip_parse(data, size, &f, err, sizeof err))
		return false;
	chip_disasm(fuzz_null(), &f);
	chipsim_free(chipsim_new(&f, err, sizeof err));
	chip_free(&f);
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_container(data, size, parse);
	return 0;
}
