/* test_arena.c: the bump allocator. */
#include "unit.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

static void test_zeroed_and_aligned(void)
{
	Arena a = {0};
	for (size_t n = 1; n < 300; n += 7) {
		unsigned char *p = arena_alloc(&a, n);
		CU_ASSERT_EQUAL((uintptr_t)p % alignof(max_align_t), 0);
		size_t zero = 0;
		while (zero < n && p[zero] == 0)
			zero++;
		CU_ASSERT_EQUAL(zero, n);
		memset(p, 0xab, n);
	}
	arena_free(&a);
	CU_ASSERT_PTR_NULL(a.head);
}

static void test_large_blocks(void)
{
	Arena a = {0};
	char *small = arena_alloc(&a, 16);
	char *big = arena_alloc(&a, 1 << 20); /* larger than a block */
	memset(big, 1, 1 << 20);
	strcpy(small, "still here");
	char *after = arena_alloc(&a, 16);
	CU_ASSERT_STRING_EQUAL(small, "still here");
	CU_ASSERT_PTR_NOT_EQUAL(after, small);
	arena_free(&a);
}

static void test_strings(void)
{
	Arena a = {0};
	CU_ASSERT_STRING_EQUAL(arena_strndup(&a, "dense 2048", 5), "dense");
	CU_ASSERT_STRING_EQUAL(arena_strdup(&a, ""), "");
	CU_ASSERT_STRING_EQUAL(arena_printf(&a, "%s%d", "dense", 1), "dense1");
	arena_free(&a);
}

void add_arena_tests(void)
{
	CU_pSuite s = CU_add_suite("arena", NULL, NULL);
	CU_add_test(s, "allocations are zeroed and aligned", test_zeroed_and_aligned);
	CU_add_test(s, "an allocation larger than a block", test_large_blocks);
	CU_add_test(s, "strndup, strdup, printf", test_strings);
}
