/* cell.c: programming a chip instance's cells (cell.h) */
#include "cell.h"
#include "rng.h"

#include <math.h>

CellModel cell_model(float noise, float stuck_low, float stuck_high, uint32_t levels)
{
	uint64_t low = (uint64_t)((double)stuck_low * 0x1p24), high = (uint64_t)((double)stuck_high * 0x1p24);
	return (CellModel){noise, low, low + high, (float)levels};
}

int cell_active(const CellModel *m)
{
	return m->noise > 0 || m->cut_high > 0;
}

uint64_t cell_row(uint64_t seed, uint64_t instance, uint64_t core, uint32_t stream)
{
	return rng_row(seed, instance, stream, core);
}

/* One cell of target level t: element e of the rows */
static float level(const CellModel *m, float t, uint64_t noise_row, uint64_t fault_row, uint64_t e)
{
	uint64_t u = rng_u24(fault_row, e);
	if (u < m->cut_low)
		return 0.0f;
	if (u < m->cut_high)
		return m->levels;
	return fmaxf(t * (1.0f + m->noise * rng_normal(noise_row, e)), 0.0f);
}

float cell_program(const CellModel *m, float code, uint64_t noise_row, uint64_t fault_row, uint64_t cell)
{
	float plus = level(m, fmaxf(code, 0.0f), noise_row, fault_row, 2 * cell);
	return plus - level(m, fmaxf(-code, 0.0f), noise_row, fault_row, 2 * cell + 1);
}
