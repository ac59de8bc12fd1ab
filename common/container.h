/* container.h: the checksummed, sectioned binary container that .prog files (prog.h)
 * and .chip files (chip.h) are made of, and the field encoding their sections share. A format is a CtFormat:
 * its magic, version, and the names of its section ids; what its sections hold is
 * the format's own business.
 *
 * Byte layout. All integers are little-endian; f32 is the IEEE-754 binary32 bit
 * pattern stored as a u32; offsets count from the start of the file. name64 is
 * CT_NAME_SIZE bytes: 0 to 63 bytes, none below 0x20 nor equal to 0x7f (0x80..0xff
 * pass, unchecked as UTF-8), a NUL, then zeros to the end (ct_get_name).
 * CRC-32 is zlib's crc32 (the polynomial of gzip and PNG).
 *
 *   Header, 32 bytes
 *     0  u8[8]  magic, its NUL included
 *     8  u32    format version
 *    12  u32    a word of the format's own (.prog: the LLVM major version; .chip: flags)
 *    16  u64    file size in bytes
 *    24  u32    section count S, 1..max_sections
 *    28  u32    CRC-32 of header bytes 0..27 followed by the whole section table
 *
 *   Section table, at 32: S entries of 24 bytes, ids strictly ascending
 *     0  u32    id, 1 or more
 *     4  u32    CRC-32 of the section's `size` bytes
 *     8  u64    offset
 *    16  u64    size in bytes, padding excluded
 *
 *   Sections follow the table in table order, each at the first multiple of 8 at or
 *   after the end of the one before, so right at that end when it is aligned (the
 *   first at 32 + 24 S, always aligned); the gaps are zero bytes and the file ends
 *   where the last section does. Ids 1 to nrequired must each appear; id 0 is
 *   refused; a reader skips any id above nknown (checked like the rest), so optional
 *   sections can be added without a new version.
 *
 * Writing appends to a CtBuf, which dies rather than fail (util.h); reading takes
 * from a CtCursor, which cannot leave its section. */
#ifndef EIC_CONTAINER_H
#define EIC_CONTAINER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
	CT_HEADER_SIZE = 32,
	CT_ENTRY_SIZE = 24,
	CT_NAME_SIZE = 64, /* name64, the NUL included */
};

/* One file format built on the container. */
typedef struct CtFormat {
	const char *magic;        /* 8 bytes, its NUL included: "EICPROG" */
	const char *what;         /* in messages: ".prog" gives "bad magic (not a .prog file)" */
	uint32_t version;         /* the one version written and read */
	uint32_t nknown;          /* ids 1..nknown are the format's; a reader skips the others */
	uint32_t nrequired;       /* ids 1..nrequired must appear, nrequired <= nknown */
	const char *const *names; /* names[id] for ids 1..nknown, in messages */
	uint32_t max_sections;    /* the bound on a file's section count */
} CtFormat;

/* ---- encoding ---- */

/* A growing output buffer: start from {0}; the caller frees p. */
typedef struct CtBuf {
	unsigned char *p;
	size_t n, cap;
} CtBuf;

/* Appends n zero bytes and returns where they start, valid until the next append. */
unsigned char *ct_put(CtBuf *b, size_t n);
void ct_put_u8(CtBuf *b, uint8_t v);
void ct_put_u16(CtBuf *b, uint16_t v);
void ct_put_u32(CtBuf *b, uint32_t v);
void ct_put_u64(CtBuf *b, uint64_t v);
void ct_put_f32(CtBuf *b, float f);
/* Appends a name64: the name up to its NUL, zero-padded; false (nothing appended)
 * when it has no NUL. */
bool ct_put_name(CtBuf *b, const char name[CT_NAME_SIZE]);
/* Store v little-endian at p. */
void ct_enc_u32(unsigned char *p, uint32_t v);
void ct_enc_u64(unsigned char *p, uint64_t v);

/* ---- decoding ---- */

/* A read cursor over one section, {p, n, 0, false} to start: a read past the end
 * yields zeros and sets `over`, which the section's parser turns into an error. */
typedef struct CtCursor {
	const unsigned char *p;
	size_t n, at;
	bool over;
} CtCursor;

/* The next n bytes, n at most CT_NAME_SIZE (a larger n is a bug: die); zeros, and
 * `over` set, when fewer than n are left. */
const unsigned char *ct_take(CtCursor *c, size_t n);
uint8_t ct_get_u8(CtCursor *c);
uint16_t ct_get_u16(CtCursor *c);
uint32_t ct_get_u32(CtCursor *c);
uint64_t ct_get_u64(CtCursor *c);
float ct_get_f32(CtCursor *c);
/* Takes a name64 into name. False unless it is text without control characters
 * (messages print names, and must stay one line), a NUL, then only zeros: one
 * encoding per name, so no byte goes unchecked. */
bool ct_get_name(CtCursor *c, char name[CT_NAME_SIZE]);
/* Load a little-endian value from p. */
uint32_t ct_dec_u32(const unsigned char *p);
uint64_t ct_dec_u64(const unsigned char *p);

/* ---- checksums ---- */

/* The CRC-32 of n bytes, of any size (zlib's crc32 takes a uInt length). */
uint32_t ct_crc(const unsigned char *p, size_t n);
/* crc continued over n more bytes: ct_crc(a ++ b) is ct_crc_update(ct_crc(a), b). */
uint32_t ct_crc_update(uint32_t crc, const unsigned char *p, size_t n);

/* ---- writing ---- */

/* An image being written: ct_begin, then ct_section before each section's bytes are
 * appended to b, then ct_finish. */
typedef struct CtWriter {
	CtBuf b;           /* the image so far */
	const CtFormat *f;
	uint32_t count;    /* entries in the table */
	uint32_t done;     /* sections started */
	size_t start;      /* where the open section starts */
} CtWriter;

/* Starts an image of `count` sections, 1..f->max_sections (else die: a writer's bug),
 * with the magic; the rest of the header and the table wait for ct_finish. */
void ct_begin(CtWriter *w, const CtFormat *f, uint32_t count);
/* Ends the open section, if any, pads with zeros to a multiple of 8 and opens section
 * `id`, which must be above the one before and within `count` (else die). */
void ct_section(CtWriter *w, uint32_t id);
/* Ends the last section (all `count` must have been started) and fills in the header,
 * with `word` at 12, and the table with every checksum: the image is then w->b, the
 * caller's to free. To give up before, free w->b.p. */
void ct_finish(CtWriter *w, uint32_t word);

/* ---- reading ---- */

/* Where a section lies in the image; p is NULL for one that is absent. */
typedef struct CtPlace {
	const unsigned char *p;
	size_t n;
} CtPlace;

/* Checks the header and the section table of the n-byte image d: magic, version,
 * size, count, every offset, padding byte and checksum, the order of the ids and the
 * required ids. Fills *word and place[id] for each known id (place has nknown + 1
 * entries, place[0] unused and absent ids NULL), or returns false with a one-line
 * reason in err ("section 2 (params) is missing"). */
bool ct_read_table(const CtFormat *f, const unsigned char *d, size_t n, uint32_t *word, CtPlace place[], char *err,
                   size_t errlen);

/* Writes "section ID (NAME): " and then the message to err, and returns false: how a
 * section's parser reports why it refused the section. */
bool ct_sec_fail(char *err, size_t errlen, const CtFormat *f, uint32_t id, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* ---- records ---- */

/* A fixed-layout record is described once, as a table of rows, the way compiler/lang.c
 * describes the language's settings: the writer (ct_put_record), the reader
 * (ct_get_record), the record's size (ct_record_size) and the check of its table in
 * docs/ (tests/unit/test_layout.c) all follow from it. A row names a field, says how
 * it is stored and where its member lies in the record's C struct; in the file the
 * fields follow one another in row order, without padding.
 *
 * Rows are written with CT_FIELD(TYPE, Struct, member), which refuses to compile when
 * the member does not have the C type TYPE needs (CT_ENUM: 4 bytes). C cannot tell an
 * enum from the integer type it is compatible with, so an enum member written as U32
 * compiles: its row must say ENUM, with the bound. */
typedef enum {
	CT_U32,      /* uint32_t member */
	CT_I32,      /* int32_t member, stored two's complement */
	CT_U64,      /* uint64_t member */
	CT_F32,      /* float member, stored as its bit pattern */
	CT_ENUM,     /* a 4-byte enum member, stored as u32: the reader refuses a value above
	              * max before it stores one, so the member only ever holds an enumerator */
	CT_NAME,     /* char[CT_NAME_SIZE] member: a name64 */
	CT_RESERVED, /* no member: u32 zeros, which the reader requires */
	CT_CONST,    /* no member: the u32 max, which the reader requires ("crossbar size") */
	CT__COUNT
} CtType;

typedef struct CtField {
	const char *name; /* the field as docs/ name it */
	CtType type;
	size_t offset;    /* of the member in the struct */
	uint32_t count;   /* an array's elements; 0 for one value */
	uint64_t max;     /* CT_U32, CT_U64: the reader refuses values above it, unless it is 0;
	                   * CT_ENUM: the largest enumerator; CT_CONST: the value */
	const char *what; /* the field in messages, when not `name` ("buffer count") */
} CtField;

typedef struct CtRecord {
	const char *name; /* "stage" */
	const CtField *fields;
	size_t nfields;
} CtRecord;

#define CT_RECORD(name, rows) {name, rows, sizeof rows / sizeof rows[0]}

/* .type and .offset of a row for member m of struct S (an array member: of its
 * element type), or a compile error when m's type does not fit TYPE. */
#define CT_FIELD(TYPE, S, m) .type = CT_##TYPE, .offset = CT_OFFSET_##TYPE(S, m)
#define CT_TYPED_(S, m, T) (offsetof(S, m) + 0 * sizeof(char[_Generic(((S *)0)->m, T: 1, T *: 1)]))
#define CT_OFFSET_U32(S, m) CT_TYPED_(S, m, uint32_t)
#define CT_OFFSET_I32(S, m) CT_TYPED_(S, m, int32_t)
#define CT_OFFSET_U64(S, m) CT_TYPED_(S, m, uint64_t)
#define CT_OFFSET_F32(S, m) CT_TYPED_(S, m, float)
#define CT_OFFSET_NAME(S, m) (CT_TYPED_(S, m, char) + 0 * sizeof(char[sizeof(((S *)0)->m) == CT_NAME_SIZE ? 1 : -1]))
#define CT_OFFSET_ENUM(S, m) (offsetof(S, m) + 0 * sizeof(char[sizeof(((S *)0)->m) == 4 ? 1 : -1]))

/* Bytes a field, and a record, take in the file. */
size_t ct_field_size(const CtField *f);
size_t ct_record_size(const CtRecord *r);
/* The type as docs/ write it: "u32", "f32", "name64" (an enum is a u32). */
const char *ct_type_name(CtType t);

/* Appends the record held by the struct at src; false when a name has no NUL (part of
 * the record may have been appended: the caller gives up the buffer). */
bool ct_put_record(CtBuf *b, const CtRecord *r, const void *src);
/* Takes one record into the struct at dst, field by field in row order. False, with the
 * first bad field in why ("buffer count 4097 exceeds the limit of 4096", "reserved
 * field is 1, not 0", "layer name is not a NUL-terminated, zero-padded line of text"),
 * which the caller puts after the section and the record's index. Members of fields
 * after the bad one are left as they were. */
bool ct_get_record(CtCursor *c, const CtRecord *r, void *dst, char *why, size_t whylen);

/* ---- records both formats share ---- */

/* A counted section starts with u32 count and u32 reserved (0). Checks the count
 * against max and, when record > 0, that the section is exactly 8 + count * record
 * bytes ("section 2 (cores): 888 bytes, but 13 cores take 1152", `what` naming the
 * records); c is left after the 8 bytes. */
enum { CT_COUNTED = 8 };
bool ct_get_counted(CtPlace s, const CtFormat *f, uint32_t id, CtCursor *c, uint32_t *count, uint32_t max,
                    size_t record, const char *what, char *err, size_t errlen);
void ct_put_counted(CtBuf *b, uint32_t count);

/* A permutation of slots, as .prog and .chip store it (model.h's ModelPerm and
 * chip.h's ChipPerm are this record): u32 chunk (1..CT_PERM_MAX), u32 slots
 * (2..CT_PERM_MAX), u16 plus[slots], u16 minus[slots]. */
enum { CT_PERM_MAX = 256, CT_PERM_FIXED = 8 };
typedef struct CtPerm {
	uint32_t chunk, slots; /* chunk * slots = 256 in both formats (their validators check) */
	uint16_t plus[CT_PERM_MAX], minus[CT_PERM_MAX]; /* the first `slots` entries */
} CtPerm;
/* Appends one; false (nothing appended) when slots exceeds CT_PERM_MAX. */
bool ct_put_perm(CtBuf *b, const CtPerm *q);
/* Reads the `count` records of section `id` (c already past its count) into q, then
 * requires the section to end; false with a message naming the permutation. */
bool ct_get_perms(CtCursor *c, const CtFormat *f, uint32_t id, uint32_t count, CtPerm *q, char *err, size_t errlen);

/* ---- files ---- */

/* A file of format f at path into malloc'd memory the caller frees; NULL on failure
 * with a message in err that starts with the path ("mnist: not a regular file (a
 * directory), not a .prog file"). Reads the header, then exactly the file size it
 * declares, at most max bytes: a file that declares more, or holds a byte past what
 * it declares, is refused without reading further. Regular files, pipes and FIFOs
 * are read (a FIFO without a writer reads as empty: opening never waits); devices
 * and directories are refused. What it returns is not yet checked beyond that:
 * parse it with ct_read_table. */
unsigned char *ct_slurp(const char *path, const CtFormat *f, size_t max, size_t *n, char *err, size_t errlen);

/* Writes the n-byte image to path atomically (outfile.h). Returns 0, or -1 with
 * "PATH: REASON" in err. */
int ct_write_file(const char *path, const unsigned char *img, size_t n, char *err, size_t errlen);

#endif
