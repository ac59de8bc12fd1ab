/* fuzz_ckpt.c: a safetensors file through ckpt_load (which reads only from a path);
 * every tensor and metadata entry of an accepted one is looked up and read. */
#include "fuzz.h"

#include "ckpt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	Ckpt *c = ckpt_load(fuzz_file(0, data, size), err, sizeof err);
	if (!c)
		return 0;
	volatile float sink = 0;
	for (size_t i = 0; i < ckpt_count(c); i++) {
		uint32_t rank;
		uint64_t shape[4], count;
		const float *x = ckpt_tensor(c, ckpt_name(c, i), &rank, shape, &count);
		for (uint64_t k = 0; k < count; k++)
			sink += x[k];
	}
	(void)ckpt_meta(c, "eic.version");
	(void)sink;
	ckpt_free(c);
	return 0;
}
