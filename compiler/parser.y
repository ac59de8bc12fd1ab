/* parser.y: the grammar of .eic. Actions only build the tree (ast.h); every check
 * of meaning is in check.c. Errors are reported as "expected X, found Y" and the
 * parser recovers at the next ';' or '}', so one run reports all syntax errors.
 * Everything is allocated in the compilation's arena, so error recovery has
 * nothing to free (no %destructor). */
%code requires {
#include "ast.h"
#include "scan.h"
}

%code {
#include <string.h>

int yylex(YYSTYPE *lvalp, Loc *llocp, yyscan_t scanner);
static void yyerror(Loc *loc, yyscan_t scanner, LexCtx *ctx, Ast *ast, const char *msg);

static Setting *setting(LexCtx *ctx, const char *name, Loc loc, Value *v);
static Item *item(LexCtx *ctx, const char *name, Loc loc, Value *value, Item *body);
static Section *section(LexCtx *ctx, const char *kind, Loc loc, const char *name, Loc name_loc);
static Loc nowhere;
}

%define api.pure full
%define api.location.type {Loc}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {yyscan_t scanner}
%parse-param {LexCtx *ctx} {Ast *ast}

%union {
	const char *name;
	Value *value;
	Setting *setting;
	Item *item;
	Section *section;
}

%token <name> WORD "word" KEY "setting name"
%token <value> INT "integer" REAL "number" GRID "grid size" STRING "string"

%type <value> value
%type <item> settings item items
%type <section> section sections

%%

file
	: sections                       { ast->sections = $1; }
	;

/* sections: { section } -- built in reverse, turned around in ast_parse */
sections
	: %empty                         { $$ = NULL; }
	| sections section               { $$ = $2; if ($$) $$->next = $1; else $$ = $1; }
	;

/* section: WORD [WORD] "{" { item } "}" */
section
	: WORD '{' items '}'             { $$ = section(ctx, $1, @1, NULL, nowhere); $$->items = $3; $$->end = @4; }
	| WORD WORD '{' items '}'        { $$ = section(ctx, $1, @1, $2, @2); $$->items = $4; $$->end = @5; }
	| error '}'                      { $$ = NULL; yyerrok; }
	;

/* items: { item }, reversed like sections */
items
	: %empty                         { $$ = NULL; }
	| items item                     { $$ = $2; if ($$) $$->next = $1; else $$ = $1; }
	;

/* item: WORD [value] { KEY "=" value } ";" */
item
	: WORD settings ';'              { $$ = item(ctx, $1, @1, NULL, $2); }
	| WORD value settings ';'        { $$ = item(ctx, $1, @1, $2, $3); }
	| error ';'                      { $$ = NULL; yyerrok; }
	;

/* The settings of an item, collected on a scratch Item in reverse. */
settings
	: %empty                         { $$ = arena_alloc(ctx->arena, sizeof(Item)); }
	| settings KEY '=' value         { $$ = $1; Setting *s = setting(ctx, $2, @2, $4);
	                                   s->next = $$->settings; $$->settings = s; }
	;

value
	: INT | REAL | GRID | STRING
	| WORD                           { $$ = arena_alloc(ctx->arena, sizeof(Value));
	                                   $$->kind = VAL_NAME; $$->loc = @1; $$->text = $1; }
	;

%%

static Setting *setting(LexCtx *ctx, const char *name, Loc loc, Value *v)
{
	Setting *s = arena_alloc(ctx->arena, sizeof *s);
	s->name = name;
	s->name_loc = loc;
	s->value = v;
	return s;
}

#define REVERSE(T, head)                         \
	do {                                     \
		T *prev_ = NULL, *cur_ = (head); \
		while (cur_) {                   \
			T *next_ = cur_->next;   \
			cur_->next = prev_;      \
			prev_ = cur_;            \
			cur_ = next_;            \
		}                                \
		(head) = prev_;                  \
	} while (0)

static Item *item(LexCtx *ctx, const char *name, Loc loc, Value *value, Item *body)
{
	(void)ctx;
	body->name = name;
	body->loc = loc;
	body->value = value;
	REVERSE(Setting, body->settings);
	return body;
}

static Section *section(LexCtx *ctx, const char *kind, Loc loc, const char *name, Loc name_loc)
{
	Section *s = arena_alloc(ctx->arena, sizeof *s);
	s->kind = kind;
	s->loc = loc;
	s->name = name;
	s->name_loc = name_loc;
	return s;
}

static void yyerror(Loc *loc, yyscan_t scanner, LexCtx *ctx, Ast *ast, const char *msg)
{
	(void)scanner;
	(void)ast;
	diag_error(ctx->diag, *loc, "%s", msg);
}

/* Text of the token at loc, shortened, with unprintable bytes as '?'. */
static void token_text(Diag *d, Loc loc, char *buf, size_t n)
{
	size_t start, stop, k = 0;
	buf[0] = '\0';
	if (!diag_line(d, loc.first_line, &start, &stop))
		return;
	size_t i = start + (size_t)loc.first_column - 1;
	int len = loc.last_line == loc.first_line ? loc.last_column - loc.first_column + 1 : 0;
	for (; (int)k < len && k + 1 < n && i < stop; k++, i++)
		buf[k] = d->src[i] >= 0x20 && d->src[i] < 0x7f ? d->src[i] : '?';
	buf[k] = '\0';
}

/* "expected ';' or setting name, found word 'dense'". When a ';' could end the item
 * (or the file ended) and the token found is on a later line than the one before
 * it, a terminator was forgotten at the end of that line: the error points just
 * past the previous token, where the missing text belongs. */
static int yyreport_syntax_error(const yypcontext_t *pc, yyscan_t scanner, LexCtx *ctx, Ast *ast)
{
	(void)scanner;
	(void)ast;
	enum { MAX_EXPECTED = 6 };
	yysymbol_kind_t expected[MAX_EXPECTED];
	int n = yypcontext_expected_tokens(pc, expected, MAX_EXPECTED);
	yysymbol_kind_t found = yypcontext_token(pc);
	Loc at = *yypcontext_location(pc);

	char what[256] = "unexpected";
	if (n > 0) {
		size_t len = (size_t)snprintf(what, sizeof what, "expected ");
		for (int i = 0; i < n && len < sizeof what; i++)
			len += (size_t)snprintf(what + len, sizeof what - len, "%s%s",
			                        i == 0 ? "" : i == n - 1 ? " or " : ", ", yysymbol_name(expected[i]));
	}
	char text[48] = "", seen[96];
	const char *name = yysymbol_name(found);
	if (found != YYSYMBOL_YYEOF && name[0] != '\'')
		token_text(ctx->diag, at, text, sizeof text);
	if (*text)
		snprintf(seen, sizeof seen, "%s '%s'", name, text);
	else
		snprintf(seen, sizeof seen, "%s", name);

	bool unterminated = found == YYSYMBOL_YYEOF; /* a ';' or '}' missing at the end of a line */
	for (int i = 0; i < n; i++)
		unterminated |= strcmp(yysymbol_name(expected[i]), "';'") == 0;
	Loc where = at, prev = found == YYSYMBOL_YYEOF ? ctx->last : ctx->before;
	if (unterminated && prev.first_line > 0 && (found == YYSYMBOL_YYEOF || at.first_line > prev.last_line)) {
		where.first_line = where.last_line = prev.last_line;
		where.first_column = where.last_column = prev.last_column + 1;
	}
	diag_error(ctx->diag, where, n > 0 ? "%s, found %s" : "%s %s", what, seen);
	if (found == YYSYMBOL_KEY)
		diag_note(ctx->diag, at, "a name=value setting follows the word of its item, as in 'binary noise=0.1;'");
	return 0;
}

Ast *ast_parse(Arena *a, Diag *d)
{
	LexCtx ctx = {.arena = a, .diag = d};
	Ast *ast = arena_alloc(a, sizeof *ast);
	yyscan_t scanner = lexer_open(&ctx);
	if (!scanner) {
		diag_error(d, nowhere, "cannot start the scanner");
		return ast;
	}
	yyparse(scanner, &ctx, ast);
	lexer_close(scanner);
	REVERSE(Section, ast->sections);
	for (Section *s = ast->sections; s; s = s->next)
		REVERSE(Item, s->items);
	return ast;
}
