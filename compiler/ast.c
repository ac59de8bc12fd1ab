/* ast.c: the text dump of a checked program (eicc --emit=ast). Stable: positions are
 * line:column, never addresses or paths; every setting is shown with where it came from. */
#include "ast.h"
#include "lang.h"

static void field(FILE *out, int indent, const FieldSpec *f, const void *record, const Given *g)
{
	char buf[128];
	lang_format(f, record, buf, sizeof buf);
	const Loc *at = NULL;
	for (int i = 0; i < g->n && !at; i++)
		if (g->field[i] == f)
			at = &g->loc[i];
	if (at)
		fprintf(out, "%*s%s = %s  @%d:%d\n", indent, "", f->name, buf, at->first_line, at->first_column);
	else
		fprintf(out, "%*s%s = %s  (default)\n", indent, "", f->name, buf);
}

static void item_fields(FILE *out, int indent, const ItemSpec *it, const void *record, const Given *g)
{
	if (it->value)
		field(out, indent, it->value, record, g);
	for (const FieldSpec *const *f = it->settings; *f; f++)
		field(out, indent, *f, record, g);
}

static void section_fields(FILE *out, SectionKind k, const void *record, const Given *g)
{
	for (const ItemSpec *it = lang_sections[k].items; it->name; it++) {
		if (!it->value) /* an item of settings only (chip: cycles, energy): its name heads them */
			fprintf(out, "  %s\n", it->name);
		item_fields(out, it->value ? 2 : 4, it, record, g);
	}
}

void ast_dump(FILE *out, const Program *p)
{
	const Network *n = &p->net;
	fprintf(out, "network %s  @%d:%d\n", n->name, n->loc.first_line, n->loc.first_column);
	for (int i = 0; i < n->nlayers; i++) {
		const Layer *l = &n->layers[i];
		const ItemSpec *it = lang_layers[l->kind].item;
		fprintf(out, "  %d: %s  @%d:%d", i + 1, it->name, l->loc.first_line, l->loc.first_column);
		if (i == n->nlayers - 1)
			fprintf(out, "  (readout: %lld logit%s)", (long long)l->size, l->size == 1 ? "" : "s");
		else if (l->h)
			fprintf(out, "  (image %lldx%lldx%lld)", (long long)l->h, (long long)l->w, (long long)l->c);
		else if (!it->value)
			fprintf(out, "  (width %lld)", (long long)l->size);
		fputc('\n', out);
		item_fields(out, 4, it, l, &l->given);
	}
	fprintf(out, "train  @%d:%d\n", p->train.loc.first_line, p->train.loc.first_column);
	section_fields(out, SECTION_TRAIN, &p->train, &p->train.given);
	if (p->chip.present) {
		fprintf(out, "chip  @%d:%d\n", p->chip.loc.first_line, p->chip.loc.first_column);
		section_fields(out, SECTION_CHIP, &p->chip, &p->chip.given);
	} else {
		fprintf(out, "chip  (none: no chip constraints)\n");
	}
}
