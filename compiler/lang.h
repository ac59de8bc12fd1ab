/* lang.h: the .eic language as data. Every section, item and setting, with its type,
 * range, default and one line of meaning, is a row in the tables of lang.c; the
 * checker (check.c) applies them and the dump (ast.c) prints by them. Adding a
 * setting is adding a row and a field in ast.h; docs/language.md documents the rows. */
#ifndef EIC_LANG_H
#define EIC_LANG_H

#include "ast.h"

#include <stdbool.h>
#include <stddef.h>

enum { LANG_NAME_MAX = 63 }; /* bytes of a name or string: the .prog keeps 64 with the NUL */

/* The largest network (docs/language.md): what a .prog can hold (check.c asserts it). */
enum { LANG_MAX_LAYERS = 2000, LANG_MAX_PERMUTES = 1024 };
/* The widest flat vector, 256 blocks of 256, and the most values of an input. */
enum { LANG_MAX_WIDTH = 65536 };

typedef enum {
	TYPE_INT,  /* int64_t */
	TYPE_REAL, /* double */
	TYPE_BOOL, /* bool: on/off */
	TYPE_ENUM, /* int: index into names */
	TYPE_GRID, /* two int64_t in a row (a Grid): RxC */
	TYPE_NAME, /* const char *: a word or a "string" */
	TYPE_SHAPE, /* four int64_t in a row, size, h, w, c: N (h = w = c = 0), or an image HxW
	               (c = 1) or HxWxC (size = h*w*c); min and max bound the sides and size */
	TYPE__COUNT
} FieldType;

typedef struct FieldSpec {
	const char *name;          /* as written in .eic */
	FieldType type;
	size_t offset;             /* into the record: Layer, TrainConfig or ChipConfig */
	double def;                /* default: number, bool (0/1) or enum index */
	const char *def_name;      /* default of a TYPE_NAME */
	double min, max;           /* inclusive bounds of numbers and grid sides */
	bool min_exclusive;        /* the bound min itself is not allowed (lr > 0) */
	bool max_exclusive;        /* nor max (beta1 < 1) */
	const char *zero_word;     /* a word that may be written for 0 ("off", "auto") */
	const char *const *names;  /* TYPE_ENUM: its words, NULL-terminated */
	const char *doc;
	bool f32;                  /* TYPE_REAL kept as a float32 in the .prog or .chip: the
	                              value rounded to float32 must be finite and in range */
	bool required;             /* a setting that must be written: def is never used */
} FieldSpec;

typedef struct ItemSpec {
	const char *name;
	int layer;                         /* LayerKind of a network item; -1 elsewhere */
	const FieldSpec *value;            /* the positional value (required); NULL: none */
	const FieldSpec *const *settings;  /* name=value settings, NULL-terminated */
	const char *doc;
} ItemSpec;

/* A layer kind: its item of the network section and the rules of the sequence that
 * check.c applies to it. Where input and the readout stand (first; the last dense)
 * is check.c's own: those rules are about the network as a whole. */
typedef struct LayerSpec {
	const ItemSpec *item; /* its word, value, settings and doc */
	unsigned follows;     /* bit k set: may directly follow a layer of kind k; 0: any */
	bool keeps_width;     /* has its input's width, not a size of its own */
	bool whole_blocks;    /* its input must be whole 256-wide blocks */
	const char *twice;    /* a warning's reason when it directly follows its own kind; NULL: none */
} LayerSpec;

extern const LayerSpec lang_layers[LAYER__COUNT];

typedef enum { SECTION_NETWORK, SECTION_TRAIN, SECTION_CHIP, SECTION__COUNT } SectionKind;

typedef struct SectionSpec {
	const char *name;
	bool named;            /* a name follows the keyword: network mnist { ... } */
	bool required;
	const ItemSpec *items; /* terminated by a row with name NULL */
	const char *doc;
} SectionSpec;

extern const SectionSpec lang_sections[SECTION__COUNT];

/* The spec of a section or item by its word; NULL when there is none. */
const SectionSpec *lang_section(const char *name);
const ItemSpec *lang_item(const SectionSpec *s, const char *name);
const FieldSpec *lang_setting(const ItemSpec *it, const char *name);

/* The words of a section's items, or of an item's settings, NULL-terminated, for
 * "did you mean" and "expected one of" messages. */
const char *const *lang_item_words(const SectionSpec *s);
const char *const *lang_setting_words(const ItemSpec *it);
extern const char *const lang_section_words[];

/* Stores a field's default in the record. */
void lang_set_default(const FieldSpec *f, void *record);
/* Formats the field's value in the record as it would be written in .eic. */
void lang_format(const FieldSpec *f, const void *record, char *buf, size_t n);
/* Formats a number in the shortest form that reads back to the same double. */
void lang_format_real(double x, char *buf, size_t n);
/* "1 and 16", "> 0", ">= 0" ...: the allowed range of a numeric field, for messages. */
void lang_format_range(const FieldSpec *f, char *buf, size_t n);

#endif
