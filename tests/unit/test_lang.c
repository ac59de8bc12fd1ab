/* test_lang.c: the language tables are consistent with themselves. */
#include "unit.h"
#include "lang.h"

#include <math.h>
#include <string.h>

static bool default_in_range(const FieldSpec *f)
{
	if (f->type != TYPE_INT && f->type != TYPE_REAL)
		return true;
	if (f->def == 0 && f->zero_word)
		return true;
	bool lo = f->min_exclusive ? f->def > f->min : f->def >= f->min;
	bool hi = f->max_exclusive ? f->def < f->max : f->def <= f->max;
	return lo && hi;
}

/* Every default lies in its own range, every enum default names a word, and no
 * two items of a section or settings of an item share a word. */
static void test_tables(void)
{
	int fields = 0;
	for (int k = 0; k < SECTION__COUNT; k++) {
		const SectionSpec *sec = &lang_sections[k];
		CU_ASSERT_PTR_EQUAL(lang_section(sec->name), sec);
		for (const ItemSpec *it = sec->items; it->name; it++) {
			CU_ASSERT_PTR_EQUAL(lang_item(sec, it->name), it);
			CU_ASSERT_EQUAL(it->layer >= 0, k == SECTION_NETWORK);
			const FieldSpec *fs[32];
			int n = 0;
			if (it->value)
				fs[n++] = it->value;
			for (const FieldSpec *const *f = it->settings; *f; f++) {
				CU_ASSERT_PTR_EQUAL(lang_setting(it, (*f)->name), *f);
				fs[n++] = *f;
			}
			for (int i = 0; i < n; i++) {
				fields++;
				if ((k == SECTION_NETWORK && fs[i] == it->value) || fs[i]->required)
					continue; /* a layer's value and a required setting are always written */
				CU_ASSERT(default_in_range(fs[i]));
				if (!default_in_range(fs[i]))
					printf("\n  default of %s.%s is out of its range\n", it->name, fs[i]->name);
				if (fs[i]->type == TYPE_ENUM) {
					int words = 0;
					while (fs[i]->names[words])
						words++;
					CU_ASSERT(fs[i]->def >= 0 && fs[i]->def < words);
				}
				CU_ASSERT_PTR_NOT_NULL(fs[i]->doc);
			}
		}
	}
	CU_ASSERT(fields > 30);
}

/* Every layer kind has its row in lang_layers, naming its own network item, and
 * every network item is the row of the kind it names: a kind added to ast.h without
 * its rows fails here rather than crashing the checker. */
static void test_layers(void)
{
	int items = 0;
	for (const ItemSpec *it = lang_sections[SECTION_NETWORK].items; it->name; it++, items++)
		CU_ASSERT_PTR_EQUAL(lang_layers[it->layer].item, it);
	CU_ASSERT_EQUAL(items, LAYER__COUNT);
	for (int k = 0; k < LAYER__COUNT; k++) {
		CU_ASSERT_PTR_NOT_NULL_FATAL(lang_layers[k].item);
		CU_ASSERT_EQUAL(lang_layers[k].item->layer, k);
		CU_ASSERT_EQUAL(lang_layers[k].follows >> LAYER__COUNT, 0u);
	}
}

static void test_format_real(void)
{
	static const struct {
		double x;
		const char *s;
	} cases[] = {
		{0, "0"}, {0.1, "0.1"}, {10, "10"}, {2048, "2048"}, {0.001, "0.001"},
		{1e-8, "1e-08"}, {-0.5, "-0.5"}, {0.999, "0.999"}, {123456789, "123456789"},
		{1.0 / 3, "0.3333333333333333"},
	};
	char buf[64];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		lang_format_real(cases[i].x, buf, sizeof buf);
		CU_ASSERT_STRING_EQUAL(buf, cases[i].s);
	}
}

static void test_format_range(void)
{
	const SectionSpec *train = lang_section("train"), *chip = lang_section("chip");
	char buf[96];
	lang_format_range(lang_setting(lang_item(train, "optimizer"), "lr"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "> 0");
	lang_format_range(lang_setting(lang_item(train, "optimizer"), "beta1"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, ">= 0 and < 1");
	lang_format_range(lang_item(chip, "weight_bits")->value, buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "between 2 and 16");
}

void add_lang_tests(void)
{
	CU_pSuite s = CU_add_suite("lang", NULL, NULL);
	CU_add_test(s, "tables: defaults in range, words unique", test_tables);
	CU_add_test(s, "layer kinds: one row each", test_layers);
	CU_add_test(s, "shortest round-trip numbers", test_format_real);
	CU_add_test(s, "ranges in messages", test_format_range);
}
