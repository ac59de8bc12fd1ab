/* fuzz_eic.c: a .eic source through eicc's whole front end, as `eicc` and
 * `eicc --target=chip` run it but without writing anything: ast_parse,
 * check_program, sched_lower, emitchip_check, place_schedule, then flatten_model and
 * the .chip image the back end would build. Diagnostics go to a null stream.
 *
 * Placement anneals over every tile: seconds for the reference network under the
 * sanitizers. Past MAX_CORES tiles the harness stops after lowering, so the fuzzer
 * spends its time on many small inputs; the code paths of placement are the same. */
#include "fuzz.h"

#include "arena.h"
#include "ast.h"
#include "check.h"
#include "chip.h"
#include "diag.h"
#include "emit_chip.h"
#include "flatten.h"
#include "model.h"
#include "place.h"
#include "schedule.h"

#include <stdbool.h>

enum { MAX_CORES = 16 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Diag d;
	diag_init(&d, "fuzz.eic", (const char *)data, size, fuzz_null());
	Arena arena = {0};
	Program prog = {0};
	Ast *ast = ast_parse(&arena, &d);
	if (d.nerr == 0)
		check_program(ast, &d, &arena, &prog);
	Schedule *sched = d.nerr == 0 ? sched_lower(&prog, &arena, &d) : NULL;
	if (sched && d.nerr == 0 && sched->cores <= MAX_CORES) {
		/* the chip target's extra checks; where they fail, the .prog target's path */
		bool chip = emitchip_check(sched, &d);
		place_schedule(sched, chip, &arena);
		Model model;
		flatten_model(sched, &model);
		if (chip) {
			ChipFile f;
			emitchip_build(sched, &model, NULL, &f);
			chip_free(&f);
		}
		model_free(&model);
	}
	diag_summary(&d);
	arena_free(&arena);
	diag_free(&d);
	return 0;
}
