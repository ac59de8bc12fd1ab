/* arena.h: a bump allocator. Everything one compilation allocates lives in one Arena
 * and is released by one arena_free(); nothing in it is freed on its own. */
#ifndef EIC_ARENA_H
#define EIC_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
	ArenaBlock *head; /* newest block first */
} Arena;

/* Zeroed memory aligned for any object; owned by the arena. */
void *arena_alloc(Arena *a, size_t n);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf(Arena *a, const char *fmt, va_list ap);
void arena_free(Arena *a);

#endif
