# tests/: unit tests (CUnit), golden tests of eicc's output, and the front-end fuzz run.
AM_TESTS_ENVIRONMENT = \
	LC_ALL=C; export LC_ALL; \
	EICC='$(abs_top_builddir)/compiler/eicc'; export EICC; \
	MUTATE='$(abs_top_builddir)/tests/fuzz/mutate'; export MUTATE; \
	srcdir='$(abs_top_srcdir)'; export srcdir; \
	ASAN_OPTIONS=exitcode=86:detect_leaks=1; export ASAN_OPTIONS; \
	UBSAN_OPTIONS=halt_on_error=1:exitcode=87:print_stacktrace=1; export UBSAN_OPTIONS;

TESTS += tests/golden/run
EXTRA_DIST += tests/golden

# Rewrites the expected outputs from the current eicc, for review with git diff.
update-golden: compiler/eicc$(EXEEXT)
	$(AM_V_at)$(AM_TESTS_ENVIRONMENT) UPDATE=1 $(srcdir)/tests/golden/run
.PHONY: update-golden
