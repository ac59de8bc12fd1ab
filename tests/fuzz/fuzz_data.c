/* fuzz_data.c: an images file and a labels file (IDX, raw or gzipped) through
 * data_load, which reads only from paths.
 *
 * Input layout: a u32, little-endian, gives where the images end; the images are the
 * bytes after it up to there (clamped to the input), the labels the rest. */
#include "fuzz.h"

#include "data.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 4)
		return 0;
	size_t split = (size_t)data[0] | (size_t)data[1] << 8 | (size_t)data[2] << 16 | (size_t)data[3] << 24;
	data += 4, size -= 4;
	if (split > size)
		split = size;
	const char *images = fuzz_file(0, data, split);
	const char *labels = fuzz_file(1, data + split, size - split);
	Dataset d;
	char err[512];
	if (data_load(images, labels, &d, err, sizeof err)) {
		(void)data_check_labels(&d, labels, 10, err, sizeof err);
		data_free(&d);
	}
	return 0;
}
