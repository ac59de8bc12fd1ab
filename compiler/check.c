/* check.c: every check of meaning, in one pass over the tree, after parsing.
 *
 * Values are checked against their FieldSpec (type, range, words) and stored into
 * the typed records of ast.h at the spec's offset; then the network is checked as
 * a sequence: what may follow what, the shape of each layer's output (an image or a
 * flat vector), the widths permute sees, and the readout.
 * Nothing stops at the first error: each item is checked on its own. */
#include "check.h"
#include "core.h"
#include "lang.h"

#include "model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_READOUT = 256 };

/* A dense lowers to two stages, buffers and parameters (tiles and accumulate), other
 * layers to at most one each; the load and the readout add a stage and a buffer. */
_Static_assert(2 * LANG_MAX_LAYERS + 2 <= (int)MODEL_MAX_STAGES && 2 * LANG_MAX_LAYERS + 2 <= (int)MODEL_MAX_BUFS
               && 2 * LANG_MAX_LAYERS <= (int)MODEL_MAX_PARAMS, "the layer limit keeps the schedule within a .prog's");
_Static_assert((int)LANG_MAX_PERMUTES <= (int)MODEL_MAX_PERMS, "the permute limit keeps the schedule within a .prog's");

typedef struct Checker {
	Diag *d;
	Arena *a;
} Checker;

static const char *const kind_noun[VAL__COUNT] = {"integer", "number", "grid size", "string", "word"};

/* ---- Given: which fields the source set, and where ---- */

static const Loc *given_loc(const Given *g, const FieldSpec *f)
{
	for (int i = 0; i < g->n; i++)
		if (g->field[i] == f)
			return &g->loc[i];
	return NULL;
}

static void given_add(Given *g, const FieldSpec *f, Loc loc)
{
	if (g->n == GIVEN_MAX)
		return; /* more than any record has fields: only reachable past duplicate errors */
	g->field[g->n] = f;
	g->loc[g->n++] = loc;
}

/* ---- values ---- */

/* "a, b or c" (last = " or ") or "a, b, c" (last = ", ") */
static void join_words(char *buf, size_t n, const char *const *words, const char *last)
{
	size_t len = 0;
	buf[0] = '\0';
	for (int i = 0; words[i] && len < n; i++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s", i == 0 ? "" : words[i + 1] ? ", " : last, words[i]);
}

static void describe_type(const FieldSpec *f, char *buf, size_t n)
{
	const char *or_word = f->zero_word ? " or " : "", *word = f->zero_word ? f->zero_word : "";
	switch (f->type) {
	case TYPE_INT: snprintf(buf, n, "a whole number%s%s", or_word, word); break;
	case TYPE_REAL: snprintf(buf, n, "a number"); break;
	case TYPE_BOOL: snprintf(buf, n, "on or off"); break;
	case TYPE_GRID: snprintf(buf, n, "a grid size like 8x16%s%s", or_word, word); break;
	case TYPE_NAME: snprintf(buf, n, "a name or a \"string\""); break;
	case TYPE_SHAPE: snprintf(buf, n, "a whole number or an image size like 28x28x1"); break;
	case TYPE_ENUM: join_words(buf, n, f->names, " or "); break;
	case TYPE__COUNT: buf[0] = '\0'; break;
	}
}

static bool in_range(const FieldSpec *f, double x)
{
	if (f->min_exclusive ? !(x > f->min) : !(x >= f->min))
		return false;
	return f->max_exclusive ? x < f->max : x <= f->max;
}

static bool check_range(Checker *c, const char *label, const FieldSpec *f, Loc loc, const char *text, double x)
{
	if (in_range(f, x))
		return true;
	char range[96];
	lang_format_range(f, range, sizeof range);
	if (f->zero_word)
		diag_error(c->d, loc, "%s must be %s or %s, found %s", label, range, f->zero_word, text);
	else
		diag_error(c->d, loc, "%s must be %s, found %s", label, range, text);
	return false;
}

/* A value the program keeps as a float32 must still be finite and in its range once
 * rounded to one: what eicc accepts, the .prog and .chip writers and eicrun accept. */
static bool check_float32(Checker *c, const char *label, const FieldSpec *f, const Value *v)
{
	float x = (float)v->r;
	if (!isfinite(x)) {
		diag_error(c->d, v->loc, "%s %s does not fit a float32, which the program keeps it as: "
		           "its magnitude must stay below about 3.4e38", label, v->text);
		return false;
	}
	if (in_range(f, x))
		return true;
	char range[96], got[32];
	lang_format_range(f, range, sizeof range);
	lang_format_real(x, got, sizeof got);
	diag_error(c->d, v->loc, "%s %s is %s as a float32, which the program keeps it as, and %s must be %s", label,
	           v->text, got, label, range);
	return false;
}

static bool is_word(const Value *v, const char *word)
{
	return v->kind == VAL_NAME && word && strcmp(v->text, word) == 0;
}

static void type_error(Checker *c, const char *label, const FieldSpec *f, const Value *v)
{
	char want[160];
	describe_type(f, want, sizeof want);
	diag_error(c->d, v->loc, "%s must be %s, found %s '%s'", label, want, kind_noun[v->kind], v->text);
}

/* Converts v to f's type, checks its range and stores it in the record. */
static void store(Checker *c, const char *label, const FieldSpec *f, const Value *v, void *record)
{
	char *p = (char *)record + f->offset;
	switch (f->type) {
	case TYPE_INT:
		if (is_word(v, f->zero_word)) {
			*(int64_t *)p = 0;
			return;
		}
		if (v->kind != VAL_INT)
			break;
		if (!check_range(c, label, f, v->loc, v->text, (double)v->i))
			return;
		*(int64_t *)p = v->i;
		return;
	case TYPE_REAL:
		if (v->kind != VAL_INT && v->kind != VAL_REAL)
			break;
		if (!check_range(c, label, f, v->loc, v->text, v->r) || (f->f32 && !check_float32(c, label, f, v)))
			return;
		*(double *)p = v->r;
		return;
	case TYPE_BOOL:
		if (is_word(v, "on") || is_word(v, "true")) {
			*(bool *)p = true;
			return;
		}
		if (is_word(v, "off") || is_word(v, "false")) {
			*(bool *)p = false;
			return;
		}
		break;
	case TYPE_ENUM:
		if (v->kind != VAL_NAME)
			break;
		for (int i = 0; f->names[i]; i++) {
			if (strcmp(f->names[i], v->text) == 0) {
				*(int *)p = i;
				return;
			}
		}
		{
			char want[160];
			describe_type(f, want, sizeof want);
			const char *near = diag_closest(v->text, f->names);
			if (near)
				diag_error(c->d, v->loc, "unknown %s '%s'; did you mean '%s'?", label, v->text, near);
			else
				diag_error(c->d, v->loc, "unknown %s '%s'; expected %s", label, v->text, want);
		}
		return;
	case TYPE_GRID: {
		int64_t *g = (int64_t *)p;
		if (is_word(v, f->zero_word)) {
			g[0] = g[1] = 0;
			return;
		}
		if (v->kind != VAL_GRID)
			break;
		if (v->sides != 2) {
			diag_error(c->d, v->loc, "%s has two sides, RxC, found %s", label, v->text);
			return;
		}
		const char *sides = arena_printf(c->a, "each side of the %s", label);
		if (!check_range(c, sides, f, v->loc, v->text, (double)v->rows)
		    || !check_range(c, sides, f, v->loc, v->text, (double)v->cols))
			return;
		g[0] = v->rows;
		g[1] = v->cols;
		return;
	}
	case TYPE_SHAPE: {
		int64_t *shape = (int64_t *)p; /* size, h, w, c */
		if (v->kind == VAL_INT) {
			if (check_range(c, label, f, v->loc, v->text, (double)v->i))
				shape[0] = v->i;
			return;
		}
		if (v->kind != VAL_GRID)
			break;
		int64_t depth = v->sides == 3 ? v->depth : 1;
		if (!check_range(c, "each side of the image", f, v->loc, v->text, (double)v->rows)
		    || !check_range(c, "each side of the image", f, v->loc, v->text, (double)v->cols)
		    || !check_range(c, "each side of the image", f, v->loc, v->text, (double)depth))
			return;
		int64_t n = v->rows * v->cols * depth; /* sides within max, LANG_MAX_WIDTH: below 2^48 */
		if (!in_range(f, (double)n)) {
			char range[96];
			lang_format_range(f, range, sizeof range);
			diag_error(c->d, v->loc, "the image %s has %lld values; %s must be %s", v->text, (long long)n, label,
			           range);
			return;
		}
		shape[0] = n;
		shape[1] = v->rows;
		shape[2] = v->cols;
		shape[3] = depth;
		return;
	}
	case TYPE_NAME:
		if (v->kind != VAL_NAME && v->kind != VAL_STRING)
			break;
		if (!*v->text) {
			diag_error(c->d, v->loc, "%s must not be empty", label);
			return;
		}
		if (strlen(v->text) > LANG_NAME_MAX) {
			diag_error(c->d, v->loc, "%s is longer than %d bytes", label, LANG_NAME_MAX);
			return;
		}
		*(const char **)p = v->text;
		return;
	case TYPE__COUNT:
		break;
	}
	type_error(c, label, f, v);
}

static void set_defaults(const ItemSpec *spec, void *record)
{
	if (spec->value)
		lang_set_default(spec->value, record);
	for (const FieldSpec *const *f = spec->settings; *f; f++)
		lang_set_default(*f, record);
}

/* Sets a field once: a second time is an error that points back at the first. */
static bool first_time(Checker *c, const FieldSpec *f, Given *g, Loc loc)
{
	const Loc *prev = given_loc(g, f);
	if (!prev)
		return true;
	diag_error(c->d, loc, "%s is set twice", f->name);
	diag_note(c->d, *prev, "first set here");
	return false;
}

/* Checks an item's values and settings against its spec; stores them in record. */
static void apply_item(Checker *c, const ItemSpec *spec, const Item *it, void *record, Given *g)
{
	const Value *v = it->value;
	if (!spec->value) {
		if (v)
			diag_error(c->d, v->loc, "%s takes no value, found %s '%s'; settings are written name=value",
			           spec->name, kind_noun[v->kind], v->text);
	} else if (!v) {
		char want[160];
		describe_type(spec->value, want, sizeof want);
		diag_error(c->d, it->loc, "%s needs a value: %s", spec->name, want);
	} else {
		const char *label = strcmp(spec->value->name, spec->name) == 0
			? spec->name : arena_printf(c->a, "%s %s", spec->name, spec->value->name);
		Loc loc = loc_span(it->loc, v->loc);
		if (first_time(c, spec->value, g, loc)) {
			store(c, label, spec->value, v, record);
			given_add(g, spec->value, loc);
		}
	}

	for (const Setting *s = it->settings; s; s = s->next) {
		const FieldSpec *f = lang_setting(spec, s->name);
		Loc loc = loc_span(s->name_loc, s->value->loc);
		if (!f) {
			const char *const *words = lang_setting_words(spec);
			const char *near = diag_closest(s->name, words);
			if (near)
				diag_error(c->d, s->name_loc, "%s has no setting '%s'; did you mean '%s'?", spec->name, s->name, near);
			else if (!*words)
				diag_error(c->d, s->name_loc, "%s has no settings, found '%s'", spec->name, s->name);
			else {
				char list[256];
				join_words(list, sizeof list, words, ", ");
				diag_error(c->d, s->name_loc, "%s has no setting '%s'; its settings are %s", spec->name, s->name, list);
			}
			continue;
		}
		if (first_time(c, f, g, loc)) {
			store(c, f->name, f, s->value, record);
			given_add(g, f, loc); /* even when invalid: a second setting is still a duplicate */
		}
	}
	for (const FieldSpec *const *f = spec->settings; *f; f++) {
		if ((*f)->required && !given_loc(g, *f)) {
			char range[96];
			lang_format_range(*f, range, sizeof range);
			diag_error(c->d, it->loc, "%s needs %s=...: %s, %s", spec->name, (*f)->name, (*f)->doc, range);
		}
	}
}

static const ItemSpec *find_item(Checker *c, const SectionSpec *sec, const Item *it, const char *what)
{
	const ItemSpec *spec = lang_item(sec, it->name);
	if (spec)
		return spec;
	for (const ItemSpec *owner = sec->items; owner->name; owner++) {
		if (lang_setting(owner, it->name)) {
			diag_error(c->d, it->loc, "%s is a setting of %s, as in '%s %s%s=...'", it->name, owner->name,
			           owner->name, owner->value ? "... " : "", it->name);
			return NULL;
		}
	}
	const char *const *words = lang_item_words(sec);
	const char *near = diag_closest(it->name, words);
	if (near) {
		diag_error(c->d, it->loc, "unknown %s '%s'; did you mean '%s'?", what, it->name, near);
	} else {
		char list[256];
		join_words(list, sizeof list, words, ", ");
		diag_error(c->d, it->loc, "unknown %s '%s'; expected one of %s", what, it->name, list);
	}
	return NULL;
}

/* ---- network ---- */

/* The straight-through window is kept as its two ends in float32 (check_float32). */
static void check_window(Checker *c, const Layer *l)
{
	const BinaryParams *b = &l->binary;
	float lo = (float)(b->ste_center - b->ste_width / 2), hi = (float)(b->ste_center + b->ste_width / 2);
	if (isfinite(lo) && isfinite(hi))
		return;
	const ItemSpec *spec = lang_layers[LAYER_BINARY].item;
	const Loc *at = given_loc(&l->given, lang_setting(spec, "ste_width"));
	if (!at)
		at = given_loc(&l->given, lang_setting(spec, "ste_center"));
	diag_error(c->d, at ? *at : l->loc, "the straight-through window, ste_center +- ste_width/2, does not fit a "
	           "float32, which the program keeps its ends as: they must stay below about 3.4e38 in magnitude");
}

/* A kernel at the edge sees at least one pixel of the image, not padding alone. */
static void check_pad(Checker *c, const Layer *l)
{
	const ConvParams *k = &l->conv;
	if (k->kh == 0 || (k->pad < k->kh && k->pad < k->kw))
		return; /* kh 0: the kernel was an error */
	const Loc *at = given_loc(&l->given, lang_setting(lang_layers[LAYER_CONV].item, "pad"));
	diag_error(c->d, at ? *at : l->loc, "pad must be less than each side of the kernel %lldx%lld, found %lld",
	           (long long)k->kh, (long long)k->kw, (long long)k->pad);
}

static int percent(int64_t part, int64_t whole)
{
	int p = (int)((100 * part + whole / 2) / whole);
	return p < 1 ? 1 : p;
}

/* Where the source wrote f (a value spans the item's word), else the layer's word. */
static Loc field_loc(const Layer *l, const FieldSpec *f)
{
	const Loc *at = f ? given_loc(&l->given, f) : NULL;
	return at ? *at : l->loc;
}

/* Where l's width was written: a conv's channels, another layer's value. */
static Loc size_loc(const Layer *l)
{
	const ItemSpec *it = lang_layers[l->kind].item;
	return field_loc(l, l->kind == LAYER_CONV ? lang_setting(it, "channels") : it->value);
}

/* Padding of an input or hidden dense to whole blocks leaves crossbar cells unused.
 * (The readout's padding is inherent to a one-block readout: not reported.) */
static void warn_padding(Checker *c, const Layer *l)
{
	if (l->size % CORE_N == 0)
		return;
	int64_t p = core_pad(l->size);
	diag_warning(c->d, size_loc(l), l->kind == LAYER_INPUT
	             ? "input %lld is padded to %lld: %d%% of the first layer's cells are unused"
	             : "dense %lld is padded to %lld: %d%% of its cells are unused",
	             (long long)l->size, (long long)p, percent(p - l->size, p));
}

/* What flows from one layer to the next: an image of h x w positions of c values
 * (h > 0; width is then c, what each position holds) or a flat vector of width
 * values; source is the layer that gave it its width. Past a shape error the shape
 * is lost until a dense makes a flat vector again: one error, not one per layer. */
typedef struct Flow {
	int64_t h, w, c, width;
	bool known;
	const Layer *source;
} Flow;

/* The rules of a layer kind's row in lang.c: what it may follow, whether it may
 * follow itself, and whole blocks (of the values at each position of an image). */
static void check_rules(Checker *c, const Layer *l, const Layer *prev, const Flow *f)
{
	const LayerSpec *spec = &lang_layers[l->kind];
	const char *name = spec->item->name;
	if (spec->follows && !(spec->follows >> prev->kind & 1)) {
		char kinds[128];
		size_t len = 0;
		kinds[0] = '\0';
		for (int k = 0, n = 0; k < LAYER__COUNT; k++)
			if (spec->follows >> k & 1)
				len += (size_t)snprintf(kinds + len, sizeof kinds - len, "%s%s", n++ ? " or " : "",
				                        lang_layers[k].item->name);
		diag_error(c->d, l->loc, "%s must follow a %s layer, but it follows %s", name, kinds,
		           lang_layers[prev->kind].item->name);
		diag_note(c->d, prev->loc, "the %s is here", lang_layers[prev->kind].item->name);
	}
	if (spec->twice && prev->kind == l->kind) {
		diag_warning(c->d, l->loc, "%s follows %s: %s", name, name, spec->twice);
		diag_note(c->d, prev->loc, "the previous %s is here", name);
	}
	if (spec->whole_blocks && f->known && f->width % CORE_N != 0) {
		const char *what = f->h ? "channels" : "values";
		diag_error(c->d, l->loc, "%s works on whole 256-wide blocks, but its input has %lld %s%s", name,
		           (long long)f->width, what, f->h ? " at each position" : "");
		diag_note(c->d, size_loc(f->source), "the %lld %s come from this %s", (long long)f->width, what,
		          lang_layers[f->source->kind].item->name);
	}
}

/* Positions along one axis for a window of k moved by s over n values with p zeros
 * on each side; 0 when the window does not fit. */
static int64_t out_side(int64_t n, int64_t k, int64_t s, int64_t p)
{
	return n + 2 * p < k ? 0 : (n + 2 * p - k) / s + 1;
}

/* Whether an image of h x w x c values (each >= 1) is within what one example's
 * buffers hold, multiplied only once each step is known not to overflow. */
static bool image_fits(int64_t h, int64_t w, int64_t c)
{
	const int64_t most = (int64_t)MODEL_MAX_ACT_STRIDE;
	return h <= most / w && h * w <= most / c;
}

/* conv and pool need an image; they slide a window over it. */
static void window_shape(Checker *c, Layer *l, Flow *f)
{
	const ItemSpec *it = lang_layers[l->kind].item;
	if (!f->h) {
		bool input = f->source->kind == LAYER_INPUT;
		diag_error(c->d, l->loc, "%s needs an image: its input is a flat vector of %lld%s", it->name,
		           (long long)f->width, input ? "; write input HxWxC" : "");
		if (!input)
			diag_note(c->d, f->source->loc, "the vector comes from this %s", lang_layers[f->source->kind].item->name);
		f->known = false;
		return;
	}
	bool conv = l->kind == LAYER_CONV;
	int64_t kh = conv ? l->conv.kh : l->pool.kh, kw = conv ? l->conv.kw : l->pool.kw;
	int64_t pad = conv ? l->conv.pad : 0, stride = conv ? l->conv.stride : l->pool.stride;
	int64_t h = out_side(f->h, kh, stride ? stride : kh, pad), w = out_side(f->w, kw, stride ? stride : kw, pad);
	int64_t ch = conv ? l->conv.channels : f->c;
	if (!h || !w) {
		diag_error(c->d, field_loc(l, it->value), "%s %s %lldx%lld is larger than its input %lldx%lldx%lld%s",
		           it->name, it->value->name, (long long)kh, (long long)kw, (long long)f->h, (long long)f->w,
		           (long long)f->c, pad ? arena_printf(c->a, " with pad=%lld", (long long)pad) : "");
		f->known = false;
		return;
	}
	if (conv && kh * kw * f->c > LANG_MAX_WIDTH) { /* the dense layer at each position reads the patch */
		diag_error(c->d, field_loc(l, it->value), "conv's patch of %lldx%lldx%lld values is wider than a dense "
		           "layer's input may be: at most %d (256 blocks of 256)", (long long)kh, (long long)kw,
		           (long long)f->c, LANG_MAX_WIDTH);
		f->known = false;
		return;
	}
	if (!image_fits(h, w, ch)) {
		diag_error(c->d, l->loc, "%s makes an image of %lldx%lldx%lld, more than the %llu values an example's "
		           "buffers hold", it->name, (long long)h, (long long)w, (long long)ch,
		           (unsigned long long)MODEL_MAX_ACT_STRIDE);
		f->known = false;
		return;
	}
	*f = (Flow){h, w, ch, ch, true, conv ? l : f->source};
}

static void flatten_shape(Checker *c, Layer *l, Flow *f)
{
	if (!f->h) {
		diag_error(c->d, l->loc, "flatten needs an image: its input is a flat vector of %lld already",
		           (long long)f->width);
		f->known = false;
		return;
	}
	int64_t n = f->h * f->w * f->c; /* image_fits: at most 2^31 */
	if (n > LANG_MAX_WIDTH) {
		diag_error(c->d, l->loc, "flatten makes a vector of %lld values from %lldx%lldx%lld; a flat vector has at "
		           "most %d (256 blocks of 256)", (long long)n, (long long)f->h, (long long)f->w, (long long)f->c,
		           LANG_MAX_WIDTH);
		f->known = false;
		return;
	}
	l->size = n;
	*f = (Flow){0, 0, 0, n, true, l};
}

static int by_seed(const void *a, const void *b)
{
	const int64_t *x = a, *y = b; /* {seed, layer} */
	return x[0] != y[0] ? (x[0] < y[0] ? -1 : 1) : (x[1] < y[1] ? -1 : x[1] > y[1]);
}

/* For each permute, the first earlier permute with the same seed, or -1 (and -1 for
 * every other layer): sorted by seed, so in n log n, not n^2. */
static int *first_same_seed(Checker *c, const Network *net)
{
	int *first = arena_alloc(c->a, (size_t)net->nlayers * sizeof *first);
	int64_t(*seeds)[2] = arena_alloc(c->a, (size_t)net->nlayers * sizeof *seeds);
	int n = 0;
	for (int i = 0; i < net->nlayers; i++) {
		first[i] = -1;
		if (net->layers[i].kind == LAYER_PERMUTE) {
			seeds[n][0] = net->layers[i].permute.seed;
			seeds[n++][1] = i;
		}
	}
	qsort(seeds, (size_t)n, sizeof *seeds, by_seed);
	for (int k = 1, head = 0; k < n; k++) {
		if (seeds[k][0] != seeds[head][0])
			head = k;
		else
			first[seeds[k][1]] = (int)seeds[head][1];
	}
	return first;
}

/* The order rules, the shapes and widths each stage sees, and the readout. */
static void check_sequence(Checker *c, Network *net)
{
	if (net->nlayers == 0)
		return;
	Layer *first = &net->layers[0];
	int last_dense = -1;
	for (int i = 0; i < net->nlayers; i++)
		if (net->layers[i].kind == LAYER_DENSE)
			last_dense = i;
	if (first->kind != LAYER_INPUT)
		diag_error(c->d, first->loc, "the network must start with input, found %s",
		           lang_layers[first->kind].item->name);
	else if (net->nlayers > 1 && net->layers[1].kind == LAYER_DENSE && !first->h)
		warn_padding(c, first);

	const int *same_seed = first_same_seed(c, net);
	bool neuron = false; /* a binary neuron stands between the flow's source and here */
	Flow f = {first->h, first->w, first->c, first->h ? first->c : first->size,
	          first->kind == LAYER_INPUT || first->kind == LAYER_DENSE, first};
	for (int i = 1; i < net->nlayers; i++) {
		Layer *l = &net->layers[i], *prev = &net->layers[i - 1];
		check_rules(c, l, prev, &f);
		switch (l->kind) {
		case LAYER_INPUT:
			diag_error(c->d, l->loc, "input must be the first layer and come once");
			diag_note(c->d, first->loc, "the network starts here");
			f = (Flow){l->h, l->w, l->c, l->h ? l->c : l->size, true, l};
			break;
		case LAYER_DENSE:
			if (f.known && f.h) {
				diag_error(c->d, l->loc, "dense needs a flat input: write flatten before it");
				diag_note(c->d, prev->loc, "its input is the %lldx%lldx%lld image of this %s", (long long)f.h,
				          (long long)f.w, (long long)f.c, lang_layers[prev->kind].item->name);
			}
			if (f.known && f.source->kind == LAYER_DENSE && !neuron) {
				diag_warning(c->d, l->loc, "dense follows dense with no neuron between them: "
				             "the two compose to one linear map on more cores");
				diag_note(c->d, f.source->loc, "the previous dense is here");
			}
			neuron = false;
			if (i != last_dense)
				warn_padding(c, l);
			f = (Flow){0, 0, 0, l->size, true, l};
			break;
		case LAYER_BINARY:
			neuron = true;
			break;
		case LAYER_PERMUTE:
			if (same_seed[i] >= 0) {
				diag_warning(c->d, l->loc, "this permute and an earlier one both have seed %lld: "
				             "they get the same permutations", (long long)l->permute.seed);
				diag_note(c->d, net->layers[same_seed[i]].loc, "the earlier permute is here");
			}
			if (CORE_N % l->permute.chunk != 0) {
				const Loc *at = given_loc(&l->given, lang_setting(lang_layers[LAYER_PERMUTE].item, "chunk"));
				diag_error(c->d, at ? *at : l->loc,
				           "chunk must divide 256 (1, 2, 4, 8, 16, 32, 64 or 128), found %lld",
				           (long long)l->permute.chunk);
			}
			break;
		case LAYER_CONV:
			l->size = l->conv.channels;
			if (f.known)
				window_shape(c, l, &f);
			break;
		case LAYER_POOL:
			if (f.known)
				window_shape(c, l, &f);
			break;
		case LAYER_FLATTEN:
			if (f.known)
				flatten_shape(c, l, &f);
			break;
		case LAYER__COUNT:
			break;
		}
		if (lang_layers[l->kind].keeps_width)
			l->size = f.width;
		if (f.known) {
			l->h = f.h;
			l->w = f.w;
			l->c = f.c;
		}
	}

	Layer *last = &net->layers[net->nlayers - 1];
	if (last->kind != LAYER_DENSE) {
		diag_error(c->d, last->loc, "the network must end with a dense readout of at most %d logits, "
		           "but it ends with %s", MAX_READOUT, lang_layers[last->kind].item->name);
	} else if (last->size > MAX_READOUT) {
		diag_error(c->d, size_loc(last), "the readout (the last dense) has %lld outputs; "
		           "the logits are one 256-wide block, at most %d", (long long)last->size, MAX_READOUT);
	}
}

static void check_network(Checker *c, const Section *s, Network *net)
{
	const SectionSpec *sec = &lang_sections[SECTION_NETWORK];
	int n = 0;
	for (const Item *it = s->items; it; it = it->next) {
		if (n++ == LANG_MAX_LAYERS) {
			diag_error(c->d, it->loc, "network %s has more than %d layers: a program holds at most %d",
			           s->name ? s->name : "", LANG_MAX_LAYERS, LANG_MAX_LAYERS);
			return; /* nothing after is checked: the network cannot be compiled */
		}
	}
	net->name = s->name;
	net->loc = s->loc;
	net->layers = arena_alloc(c->a, (size_t)(n ? n : 1) * sizeof *net->layers);
	int permutes = 0, nerr = c->d->nerr;
	for (const Item *it = s->items; it; it = it->next) {
		const ItemSpec *spec = find_item(c, sec, it, "layer");
		if (!spec)
			continue;
		Layer *l = &net->layers[net->nlayers++];
		l->kind = (LayerKind)spec->layer;
		l->loc = it->loc;
		set_defaults(spec, l);
		apply_item(c, spec, it, l, &l->given);
		if (l->kind == LAYER_BINARY)
			check_window(c, l);
		if (l->kind == LAYER_CONV)
			check_pad(c, l);
		if (l->kind == LAYER_PERMUTE && !given_loc(&l->given, lang_setting(spec, "seed")))
			l->permute.seed = permutes + 1; /* documented default: the permute's ordinal */
		if (l->kind == LAYER_PERMUTE && permutes++ == LANG_MAX_PERMUTES)
			diag_error(c->d, l->loc, "more than %d permute layers: a program holds at most %d permutations",
			           LANG_MAX_PERMUTES, LANG_MAX_PERMUTES);
	}
	if (n == 0)
		diag_error(c->d, s->loc, "network %s has no layers", s->name ? s->name : "");
	else if (c->d->nerr == nerr)
		check_sequence(c, net); /* on layers that are all well formed, or it would only echo their errors */
}

/* ---- train, chip ---- */

static void check_settings(Checker *c, SectionKind kind, const Section *s, void *record, Given *g)
{
	const SectionSpec *sec = &lang_sections[kind];
	for (const ItemSpec *it = sec->items; it->name; it++)
		set_defaults(it, record);
	if (!s)
		return;
	for (const Item *it = s->items; it; it = it->next) {
		const ItemSpec *spec = find_item(c, sec, it, arena_printf(c->a, "%s setting", sec->name));
		if (spec)
			apply_item(c, spec, it, record, g);
	}
}

/* A setting that only one choice of another uses, given with another choice. */
static void warn_unused(Checker *c, const Given *g, const char *item, const char *setting, const char *need,
                        const char *have)
{
	const FieldSpec *f = lang_setting(lang_item(&lang_sections[SECTION_TRAIN], item), setting);
	const Loc *at = given_loc(g, f);
	if (at && strcmp(need, have) != 0)
		diag_warning(c->d, *at, "%s has no effect with %s %s (only with %s %s)", setting, item, have, item, need);
}

static void check_train(Checker *c, const Section *s, TrainConfig *t)
{
	check_settings(c, SECTION_TRAIN, s, t, &t->given);
	t->loc = s ? s->loc : (Loc){0};
	static const char *const sched[LR__COUNT] = {"constant", "cosine", "step"};
	const char *have = sched[t->schedule];
	warn_unused(c, &t->given, "schedule", "min_lr", "cosine", have);
	warn_unused(c, &t->given, "schedule", "every", "step", have);
	warn_unused(c, &t->given, "schedule", "gamma", "step", have);
	const Loc *min_at = given_loc(&t->given, lang_setting(lang_item(&lang_sections[SECTION_TRAIN], "schedule"), "min_lr"));
	if (min_at && t->schedule == LR_COSINE && t->min_lr > t->lr) {
		char lo[32], hi[32];
		lang_format_real(t->min_lr, lo, sizeof lo);
		lang_format_real(t->lr, hi, sizeof hi);
		diag_warning(c->d, *min_at, "min_lr %s is above lr %s: the cosine schedule will raise the rate", lo, hi);
	}
}

/* Positive-only cells are not modelled (docs/chip.md section 2): how a signed weight
 * maps onto them is the chip's to say, and each way computes otherwise under noise
 * and faults. A setting that nothing computes with would train one chip and claim
 * another: an error on every target. */
static void check_weights(Checker *c, const ChipConfig *chip)
{
	const Loc *at = given_loc(&chip->given, lang_item(&lang_sections[SECTION_CHIP], "weights")->value);
	if (at && chip->weights == WEIGHTS_POSITIVE)
		diag_error(c->d, *at, "'weights positive' is not modelled: training, evaluation and the simulator compute "
		           "with differential pairs of cells (docs/chip.md section 2); write 'weights differential' or leave "
		           "it out");
}

/* The ADC and the read noise act on sums of integer weight codes: they need
 * weight_bits; adc_range sets their scale and does nothing without either. With soft
 * permutations the chip's sums differ from training's by the factor a(tau). */
static void check_read_path(Checker *c, const ChipConfig *chip)
{
	const SectionSpec *sec = &lang_sections[SECTION_CHIP];
	const Loc *adc_at = chip->adc_bits ? given_loc(&chip->given, lang_item(sec, "adc_bits")->value) : NULL;
	const Loc *noise_at = chip->read_noise > 0 ? given_loc(&chip->given, lang_item(sec, "read_noise")->value) : NULL;
	const Loc *range_at = given_loc(&chip->given, lang_item(sec, "adc_range")->value);
	const Loc *at = adc_at ? adc_at : noise_at;
	if (at && !chip->weight_bits)
		diag_error(c->d, *at, "%s needs weight_bits: the ADC reads sums of integer weight codes",
		           adc_at ? "adc_bits" : "read_noise");
	if (range_at && !at)
		diag_warning(c->d, *range_at, "adc_range has no effect without adc_bits or read_noise");
	if (adc_at && chip->weight_bits && chip->permute == PERMUTE_SOFT)
		diag_warning(c->d, *adc_at, "adc_bits with permute soft: training's ADC reads the sums of inputs scaled by "
		             "a(tau), the chip's those of the inputs; permute hard trains what the chip reads");
}

/* Programming variation and stuck cells act on the levels of integer weight codes */
static void check_cells(Checker *c, const ChipConfig *chip)
{
	static const char *const items[] = {"program_noise", "stuck_low", "stuck_high"};
	const double values[] = {chip->program_noise, chip->stuck_low, chip->stuck_high};
	for (size_t i = 0; i < sizeof items / sizeof *items; i++) {
		const Loc *at = given_loc(&chip->given, lang_item(&lang_sections[SECTION_CHIP], items[i])->value);
		if (at && values[i] > 0 && !chip->weight_bits)
			diag_error(c->d, *at, "%s needs weight_bits: it acts on the levels of the cells that hold integer "
			           "weight codes", items[i]);
	}
}

static void check_chip(Checker *c, const Section *s, ChipConfig *chip)
{
	check_settings(c, SECTION_CHIP, s, chip, &chip->given);
	chip->present = s != NULL;
	chip->loc = s ? s->loc : (Loc){0};
	const SectionSpec *sec = &lang_sections[SECTION_CHIP];
	const Loc *cores_at = given_loc(&chip->given, lang_item(sec, "cores")->value);
	const Loc *grid_at = given_loc(&chip->given, lang_item(sec, "grid")->value);
	int64_t cells = chip->grid.rows * chip->grid.cols;
	if (cores_at && grid_at && chip->cores && cells && cells != chip->cores) {
		diag_error(c->d, *grid_at, "grid %lldx%lld has %lld cores, but cores is %lld",
		           (long long)chip->grid.rows, (long long)chip->grid.cols, (long long)cells, (long long)chip->cores);
		diag_note(c->d, *cores_at, "cores is set here");
	} else if (!cores_at && cells) {
		chip->cores = cells; /* sides of at most 256: at most 65536 cores, the bound of cores */
		given_add(&chip->given, lang_item(sec, "cores")->value, *grid_at);
	}
	check_weights(c, chip);
	check_read_path(c, chip);
	check_cells(c, chip);
}

/* ---- sections ---- */

void check_program(const Ast *ast, Diag *d, Arena *a, Program *p)
{
	Checker c = {d, a};
	const Section *found[SECTION__COUNT] = {0};
	bool unknown = false;
	p->path = d->path;
	for (const Section *s = ast->sections; s; s = s->next) {
		const SectionSpec *sec = lang_section(s->kind);
		if (!sec) {
			unknown = true;
			const char *near = diag_closest(s->kind, lang_section_words);
			if (near)
				diag_error(d, s->loc, "unknown section '%s'; did you mean '%s'?", s->kind, near);
			else
				diag_error(d, s->loc, "unknown section '%s'; expected network, train or chip", s->kind);
			continue;
		}
		SectionKind k = (SectionKind)(sec - lang_sections);
		if (found[k]) {
			diag_error(d, s->loc, "a second %s section; a program has one", sec->name);
			diag_note(d, found[k]->loc, "the first is here");
			continue;
		}
		found[k] = s;
		if (sec->named && !s->name)
			diag_error(d, s->loc, "%s needs a name, as in '%s mnist {'", sec->name, sec->name);
		else if (s->name && strlen(s->name) > LANG_NAME_MAX)
			diag_error(d, s->name_loc, "the name of %s is longer than %d bytes", sec->name, LANG_NAME_MAX);
		else if (!sec->named && s->name)
			diag_error(d, s->name_loc, "%s takes no name, found '%s'", sec->name, s->name);
	}
	for (int k = 0; k < SECTION__COUNT && !unknown; k++) /* an unknown section is likely the missing one */
		if (!found[k] && lang_sections[k].required)
			diag_error(d, (Loc){0}, "no %s section; a program needs one", lang_sections[k].name);

	if (found[SECTION_NETWORK])
		check_network(&c, found[SECTION_NETWORK], &p->net);
	check_train(&c, found[SECTION_TRAIN], &p->train);
	check_chip(&c, found[SECTION_CHIP], &p->chip);
}
