/* data.h: IDX datasets (the MNIST format), raw or gzipped, loaded whole into memory.
 *
 * Byte layout. All integers are big-endian u32; the data are unsigned bytes, the
 * first index slowest (row-major).
 *
 *   images (idx3-ubyte)                 labels (idx1-ubyte)
 *     0  u32  magic 0x00000803            0  u32  magic 0x00000801
 *     4  u32  count                       4  u32  count
 *     8  u32  rows                        8  u8   label[count]
 *    12  u32  cols
 *    16  u8   pixel[count][rows][cols]
 *
 * Nothing may follow the data. A file may be gzipped: the layout is that of the
 * decompressed bytes, and positions in messages count those, but for faults of the
 * gzip stream itself, which count the bytes of the file. A gzip file is one or more
 * complete gzip members (RFC 1952; `cat a.gz b.gz` is one stream, as for gzip -d),
 * each ending with its CRC and length trailer, and nothing after the last: a stream
 * without its trailer, a gzip header without data, or junk after the stream is
 * refused.
 *
 * Only regular files are read (a FIFO could block, a device never end; the file is
 * opened without waiting, then checked), of at most DATA_MAX_BYTES + 16 bytes.
 *
 * The reader trusts nothing: both headers are checked (magic, count at most
 * DATA_MAX_COUNT, rows and cols 1..DATA_MAX_SIDE, rows*cols at most DATA_MAX_DIM, the
 * two counts equal, count * rows * cols at most DATA_MAX_BYTES) before any data
 * buffer is allocated, and a buffer grows only as
 * data actually arrives, so a header that claims more than the file holds costs at
 * most twice what the file holds, then a "truncated" error. */
#ifndef EIC_DATA_H
#define EIC_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DATA_IMAGES_MAGIC 0x00000803u
#define DATA_LABELS_MAGIC 0x00000801u
enum {
	DATA_MAX_COUNT = 10000000,
	DATA_MAX_SIDE = 4096,
	DATA_MAX_DIM = 65536, /* pixels per image */
};
/* The most data bytes (count * rows * cols, or count) one file may hold, and so the
 * most a reader decompresses; a file on disk may be at most 16 bytes more. */
#define DATA_MAX_BYTES ((int64_t)1 << 32)

/* A loaded dataset. It owns pixels and labels: release with data_free. */
typedef struct Dataset {
	int64_t count;
	int64_t dim;  /* rows*cols: bytes per image */
	int64_t rows, cols;
	uint8_t *pixels; /* count*dim, image i at pixels + i*dim */
	uint8_t *labels; /* count */
	char *labels_path; /* the labels file that was read, for messages */
} Dataset;

/* Loads images and labels. On failure writes a one-line reason to err that names the
 * file and the field or position ("data/mnist/t10k-labels-idx1-ubyte.gz: truncated:
 * 9000 of 10000 labels"), and returns false with *d zeroed and nothing allocated. */
bool data_load(const char *images_path, const char *labels_path, Dataset *d, char *err, size_t errlen);

/* Loads DIR/PREFIX-images-idx3-ubyte and DIR/PREFIX-labels-idx1-ubyte, each the raw
 * file or, when that is absent, NAME.gz; PREFIX is "train" or "t10k" for MNIST. A
 * missing file is named in err ("data/mnist: no train-images-idx3-ubyte(.gz)"). */
bool data_load_split(const char *dir, const char *prefix, Dataset *d, char *err, size_t errlen);

/* Checks that every label is below `classes`, the logits of the program. Otherwise err
 * names labels_path and the first offending item, counted from 0 ("...: label 12 of
 * item 5 is not below the program's 10 logits"). */
bool data_check_labels(const Dataset *d, const char *labels_path, int64_t classes, char *err, size_t errlen);

/* Frees the arrays and zeroes *d; a zeroed Dataset may be freed again. */
void data_free(Dataset *d);

#endif
