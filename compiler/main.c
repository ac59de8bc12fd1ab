/* main.c: eicc, the EIC compiler driver. The pipeline, in order:
 *
 *     read FILE -> ast_parse (lexer.l, parser.y) -> check_program (check.c)
 *               -> sched_lower (ir.c, lower.c) [-> emitchip_check (emit_chip.c)]
 *               -> place_schedule (place.c) -> emit: a printer (--emit), or
 *                  flatten_model (flatten.c) -> emitllvm_bitcode -> prog_write (.prog)
 *                  flatten_model -> emitchip_build -> chip_write (.chip)
 *
 * or, with --disasm, chip_load -> chip_disasm.
 *
 * Errors are counted per phase and checked at each boundary, so one run reports all
 * of a phase's errors and no later phase sees a broken input. Exit status: 0 success,
 * 1 errors in the input or a failed write, 2 bad usage (-o naming an input among
 * them). Output goes through outfile.h: on error no output file is left behind. */
#include "arena.h"
#include "ast.h"
#include "check.h"
#include "ckpt.h"
#include "chip.h"
#include "diag.h"
#include "dot.h"
#include "emit_chip.h"
#include "emit_llvm.h"
#include "flatten.h"
#include "outfile.h"
#include "place.h"
#include "prog.h"
#include "report.h"
#include "schedule.h"
#include "util.h"

#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EXIT_INPUT = 1, EXIT_USAGE = 2 };
enum { MAX_SOURCE = 16 << 20 };

typedef enum { EMIT_NONE, EMIT_AST, EMIT_SCHEDULE, EMIT_REPORT, EMIT_DOT, EMIT_LLVM, EMIT__COUNT } Emit;

static const char *const emit_names[EMIT__COUNT] = {"none", "ast", "schedule", "report", "dot", "llvm"};

typedef struct Options {
	const char *input;
	const char *output; /* NULL: stdout */
	const char *weights; /* --target=chip: trained parameters to program */
	Emit emit;
	bool chip;   /* --target=chip */
	bool disasm; /* the input is a .chip to print */
	bool json;
	bool werror, no_warnings;
} Options;

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: eicc [options] FILE.eic\n"
	        "\n"
	        "Compiles a network description for the EIC compute-in-memory chip.\n"
	        "With -o and no --emit, writes the program (.prog: schedule, parameters,\n"
	        "training defaults and the LLVM bitcode of its kernels) that eicrun runs.\n"
	        "With neither, compiles FILE as far as the schedule and reports errors and\n"
	        "warnings only.\n"
	        "\n"
	        "options:\n"
	        "  --target=chip   with -o, write the chip's core-mapping binary (.chip:\n"
	        "                  placement, stage program; docs/chip-format.md) instead\n"
	        "                  of the .prog; the --emit outputs show its placement\n"
	        "  --weights FILE  with --target=chip, program the trained parameters of\n"
	        "                  FILE (.safetensors from eicrun): integer weight codes,\n"
	        "                  scales, neuron thresholds. Without it, the mapping alone\n"
	        "  --target=prog   write the .prog (the default)\n"
	        "  --disasm        FILE is a .chip: print it as text\n"
	        "  --emit=ast      print the checked program: every layer and setting, with\n"
	        "                  where it was set or that it took its default\n"
	        "  --emit=schedule print the schedule: buffers, parameters, stages with their\n"
	        "                  tiles and cores, permutations (docs/schedule.md)\n"
	        "  --emit=report   print per layer: sizes, tiles, cores, cell utilisation,\n"
	        "                  parameters, multiply-accumulates per example\n"
	        "  --json          with --emit=report: the report as JSON\n"
	        "  --emit=dot      print the schedule as a Graphviz graph (dot -Tsvg)\n"
	        "  --emit=llvm     print the kernels as LLVM IR\n"
	        "  -o FILE         write the .prog, or the --emit output, to FILE instead of\n"
	        "                  standard output: written whole or not at all; a device or\n"
	        "                  FIFO (/dev/null, /dev/stdout) is written into, never\n"
	        "                  replaced; a directory is refused; FILE may not be an\n"
	        "                  input (the same file by any name or link: bad usage)\n"
	        "  -Werror         treat warnings as errors\n"
	        "  -w              do not show warnings\n"
	        "  -h, --help      show this help and exit\n"
	        "  -V, --version   show the version of eicc and of LLVM and exit\n"
	        "\n"
	        "FILE may be - for standard input. Exit status: 0 success, 1 errors in the\n"
	        "input or a failed write (of -o or of standard output), 2 bad usage, 3 out\n"
	        "of memory. The language is described in docs/language.md.\n");
}

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "eicc: error: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n(see eicc --help)\n");
	return EXIT_USAGE;
}

/* Returns -1 to go on, or the exit status to stop with. */
static int parse_args(int argc, char **argv, Options *o)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			printf("eicc %s (LLVM %s)\n", PACKAGE_VERSION, EIC_LLVM_VERSION);
			return 0;
		} else if (strcmp(a, "-Werror") == 0) {
			o->werror = true;
		} else if (strcmp(a, "--json") == 0) {
			o->json = true;
		} else if (strcmp(a, "-w") == 0) {
			o->no_warnings = true;
		} else if (strcmp(a, "--target=chip") == 0 || strcmp(a, "--target=prog") == 0) {
			o->chip = strcmp(a, "--target=chip") == 0;
		} else if (strncmp(a, "--target=", 9) == 0) {
			return usage_error("unknown target '%s'; expected prog or chip", a + 9);
		} else if (strcmp(a, "--disasm") == 0) {
			o->disasm = true;
		} else if (strcmp(a, "--weights") == 0) {
			if (++i == argc)
				return usage_error("--weights needs a file name", NULL);
			o->weights = argv[i];
		} else if (strcmp(a, "-o") == 0) {
			if (++i == argc)
				return usage_error("-o needs a file name", NULL);
			o->output = argv[i];
		} else if (strncmp(a, "--emit=", 7) == 0) {
			o->emit = EMIT_NONE;
			for (int k = 1; k < EMIT__COUNT; k++)
				if (strcmp(a + 7, emit_names[k]) == 0)
					o->emit = (Emit)k;
			if (o->emit == EMIT_NONE)
				return usage_error("unknown --emit kind '%s'; expected ast, schedule, report, dot or llvm", a + 7);
		} else if (a[0] == '-' && a[1] != '\0') {
			return usage_error("unknown option '%s'", a);
		} else if (o->input) {
			return usage_error("more than one input file ('%s')", a);
		} else {
			o->input = a;
		}
	}
	if (!o->input)
		return usage_error("no input file%s", "");
	if (o->json && o->emit != EMIT_REPORT)
		return usage_error("--json goes with --emit=report%s", "");
	if (o->weights && (!o->chip || !o->output || o->emit != EMIT_NONE))
		return usage_error("--weights goes with --target=chip and -o FILE.chip (not --emit)%s", "");
	if (o->disasm && (o->chip || o->emit != EMIT_NONE))
		return usage_error("--disasm takes a .chip file, not --target or --emit%s", "");
	return -1;
}

/* Reads the whole file; NULL after printing why. The caller frees the result. */
static char *read_source(const char *path, size_t *len)
{
	bool is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "eicc: error: cannot open '%s': %s\n", path, strerror(errno));
		return NULL;
	}
	size_t cap = 4096, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (n == cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0 || n > MAX_SOURCE)
			break;
	}
	bool failed = ferror(f);
	int e = errno;
	if (!is_stdin)
		fclose(f);
	if (failed || n > MAX_SOURCE) {
		if (failed)
			fprintf(stderr, "eicc: error: cannot read '%s': %s\n", path, strerror(e));
		else
			fprintf(stderr, "eicc: error: '%s' is larger than %d MiB\n", path, MAX_SOURCE >> 20);
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

/* The .prog: the runtime's model of the schedule and the bitcode of its kernels. */
static int write_prog(const char *path, const Schedule *s)
{
	Model model;
	char err[512];
	size_t size = 0;
	flatten_model(s, &model);
	void *bitcode = emitllvm_bitcode(&model, &size, err, sizeof err);
	if (!bitcode)
		die("%s", err);
	int rc = prog_write(path, &model, emitllvm_version(), bitcode, size, err, sizeof err);
	free(bitcode);
	model_free(&model);
	if (rc != 0) {
		fprintf(stderr, "eicc: error: %s\n", err);
		return EXIT_INPUT;
	}
	return 0;
}

/* The .chip: the mapping, and the programmed weights when a checkpoint is given. */
static int write_chip(const char *path, const char *weights, const Schedule *s)
{
	Model model;
	char err[512];
	flatten_model(s, &model);
	float *params = NULL;
	int status = 0;
	if (weights) {
		Ckpt *c = ckpt_load(weights, err, sizeof err);
		params = xcalloc(model.param_bytes / 4 + 1, sizeof *params);
		if (!c || !ckpt_params(c, weights, &model, "", params, err, sizeof err)
		    || !model_check_finite(&model, weights, "", params, err, sizeof err))
			status = EXIT_INPUT;
		ckpt_free(c);
	}
	if (status == 0) {
		ChipFile f;
		emitchip_build(s, &model, params, &f);
		if (chip_write(path, &f, err, sizeof err) != 0)
			status = EXIT_INPUT;
		chip_free(&f);
	}
	if (status)
		fprintf(stderr, "eicc: error: %s\n", err);
	free(params);
	model_free(&model);
	return status;
}

/* The text output: an --emit kind of the compiled input, or --disasm of a .chip. */
static void print(FILE *out, const Options *o, const Program *p, const Schedule *s, const ChipFile *chip)
{
	if (chip) {
		chip_disasm(out, chip);
		return;
	}
	switch (o->emit) {
	case EMIT_AST: ast_dump(out, p); break;
	case EMIT_SCHEDULE: sched_dump(out, s); break;
	case EMIT_REPORT: report_print(out, s, o->json); break;
	case EMIT_DOT: dot_print(out, s); break;
	case EMIT_LLVM: {
		Model model;
		char err[512];
		flatten_model(s, &model);
		char *text = emitllvm_text(&model, err, sizeof err);
		model_free(&model);
		if (!text)
			die("%s", err);
		fputs(text, out);
		free(text);
		break;
	}
	case EMIT_NONE:
	case EMIT__COUNT: break;
	}
}

/* What print writes, as the one write of an outfile_write. */
typedef struct Printed {
	const Options *o;
	const Program *p;
	const Schedule *s;
	const ChipFile *chip;
} Printed;

static bool print_all(FILE *out, const void *ctx)
{
	const Printed *x = ctx;
	print(out, x->o, x->p, x->s, x->chip);
	return !ferror(out);
}

static int emit(const Options *o, const Program *p, const Schedule *s, const ChipFile *chip)
{
	if (o->emit == EMIT_NONE && !chip) {
		if (!o->output)
			return 0;
		return o->chip ? write_chip(o->output, o->weights, s) : write_prog(o->output, s);
	}
	if (!o->output) {
		print(stdout, o, p, s, chip);
		return 0; /* a write error shows at close_stdout */
	}
	char err[512];
	if (outfile_write(o->output, print_all, &(Printed){o, p, s, chip}, err, sizeof err) != 0) {
		fprintf(stderr, "eicc: error: %s\n", err);
		return EXIT_INPUT;
	}
	return 0;
}

/* -o must name none of the inputs: the compiled output would replace the source or the
 * weights it came from. "-" is standard input, which may be a file too. */
static int check_output(const Options *o)
{
	const char *input = strcmp(o->input, "-") == 0 ? "/dev/stdin" : o->input;
	const OutfileRole out = {o->output, "-o"};
	const OutfileRole in[] = {{input, o->disasm ? "the .chip file" : "the input file"}, {o->weights, "the --weights file"}};
	char err[512];
	if (!outfile_distinct(&out, in, sizeof in / sizeof in[0], err, sizeof err))
		return usage_error("%s", err);
	return -1;
}

/* Everything written to standard output must have reached it: a full disk or a closed
 * pipe is an error, not a silent exit 0. */
static int close_stdout(int status)
{
	char err[512];
	if (outfile_close_stdout(err, sizeof err))
		return status;
	fprintf(stderr, "eicc: error: %s\n", err);
	return status ? status : EXIT_INPUT;
}

static int run(int argc, char **argv)
{
	Options o = {0};
	int status = parse_args(argc, argv, &o);
	if (status >= 0 || (status = check_output(&o)) >= 0)
		return status;

	if (o.disasm) {
		ChipFile chip;
		char err[512];
		if (!chip_load(o.input, &chip, err, sizeof err)) {
			fprintf(stderr, "eicc: error: %s\n", err);
			return EXIT_INPUT;
		}
		status = emit(&o, NULL, NULL, &chip);
		chip_free(&chip);
		return status;
	}

	size_t len;
	char *src = read_source(o.input, &len);
	if (!src)
		return EXIT_INPUT;

	Diag d;
	diag_init(&d, strcmp(o.input, "-") == 0 ? "<stdin>" : o.input, src, len, stderr);
	d.werror = o.werror;
	d.no_warnings = o.no_warnings;
	Arena arena = {0};
	Program prog = {0};

	Schedule *sched = NULL;
	Ast *ast = ast_parse(&arena, &d);
	if (d.nerr == 0)
		check_program(ast, &d, &arena, &prog);
	if (d.nerr == 0 && o.emit != EMIT_AST)
		sched = sched_lower(&prog, &arena, &d);
	if (sched && o.chip)
		emitchip_check(sched, &d);
	if (sched && d.nerr == 0)
		place_schedule(sched, o.chip, &arena);
	status = diag_summary(&d) ? EXIT_INPUT : emit(&o, &prog, sched, NULL);

	arena_free(&arena);
	diag_free(&d);
	free(src);
	return status;
}

int main(int argc, char **argv)
{
	util_progname = "eicc";
	return close_stdout(run(argc, argv));
}
