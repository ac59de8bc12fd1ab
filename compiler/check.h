/* check.h: the semantic checker: from a syntax tree to a checked Program. */
#ifndef EIC_CHECK_H
#define EIC_CHECK_H

#include "arena.h"
#include "ast.h"
#include "diag.h"

/* Checks every section, item and setting against the language tables (lang.c) and
 * the rules of a network (layer order, block widths, readout), reporting every
 * error and warning to d; fills p, allocating in a. p is meaningful only when
 * d->nerr is 0 afterwards. */
void check_program(const Ast *ast, Diag *d, Arena *a, Program *p);

#endif
