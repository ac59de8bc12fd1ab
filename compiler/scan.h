/* scan.h: the scanner's state shared with the parser, and how to start the scanner,
 * which flex generates from lexer.l (reentrant, bison-bridge, with locations). */
#ifndef EIC_SCAN_H
#define EIC_SCAN_H

#include "arena.h"
#include "diag.h"

typedef void *yyscan_t;

/* The longest word, number or string the lexer accepts, in bytes (docs/language.md).
 * Comments and runs of blanks have no limit of their own, only the source's. */
enum { LEX_TOKEN_MAX = 1024 };

typedef struct LexCtx {
	Arena *arena;
	Diag *diag;
	int line, col; /* where the next character is */
	size_t pos;    /* and its byte offset in diag->src */
	Loc last;      /* the last token returned (the parser's lookahead) */
	Loc before;    /* the token before it: where a missing ';' belongs */
} LexCtx;

/* A scanner over d->src; release it with lexer_close. */
yyscan_t lexer_open(LexCtx *ctx);
void lexer_close(yyscan_t scanner);

#endif
