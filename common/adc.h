/* adc.h: how a core's partial sums leave the crossbar on the chip (docs/chip.md
 * section 3), the one definition that training's model, the kernels, the reference
 * executor and the chip simulator share; every step in float, in this order.
 *
 * A core holds integer weight codes of L levels per sign and a scale s. Its sum P of
 * codes times inputs (in units of code x input value) is read with read noise,
 * P + noise, noise = (read_noise * R) * eps, then through an ADC of La = 2^(bits-1) - 1
 * levels per sign over the full scale R, whose step is D = R / La:
 *     a = clamp(rint((P + noise) * (1/D)), -La, La),    output (s * D) * a;
 * without an ADC the output is (P + noise) * s. R is a fraction of the largest sum a
 * core can make over inputs of at most 1, 256 L (adc_full_scale). */
#ifndef EIC_ADC_H
#define EIC_ADC_H

#include <stdint.h>

float adc_full_scale(double fraction, uint32_t levels);
float adc_step(float range, uint32_t adc_levels);
/* clamp(rint(p * (1/step)), -La, La) */
float adc_code(float p, float step, uint32_t adc_levels);
/* The output of a sum p of a core with scale s and full scale `range`, read with
 * `noise` (0 for none); adc_levels 0: no ADC. */
float adc_read(float p, float noise, float scale, float range, uint32_t adc_levels);

#endif
