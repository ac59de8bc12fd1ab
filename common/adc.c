/* adc.c: a core's read path (adc.h) */
#include "adc.h"
#include "core.h"

#include <math.h>

float adc_full_scale(double fraction, uint32_t levels)
{
	return (float)(fraction * (double)CORE_N * (double)levels);
}

float adc_step(float range, uint32_t adc_levels)
{
	return range / (float)adc_levels;
}

float adc_code(float p, float step, uint32_t adc_levels)
{
	float l = (float)adc_levels;
	return fminf(fmaxf(rintf(p * (1.0f / step)), -l), l);
}

float adc_read(float p, float noise, float scale, float range, uint32_t adc_levels)
{
	float v = p + noise;
	if (!adc_levels)
		return v * scale;
	float d = adc_step(range, adc_levels);
	return (scale * d) * adc_code(v, d, adc_levels);
}
