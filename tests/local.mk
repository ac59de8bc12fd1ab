# tests/: unit tests (CUnit), golden tests of eicc's output, eicc's command line,
# the MNIST fetch script, the front-end fuzz run, and the architecture check.
AM_TESTS_ENVIRONMENT = \
	LC_ALL=C; export LC_ALL; \
	EICC='$(abs_top_builddir)/compiler/eicc'; export EICC; \
	EICRUN='$(abs_top_builddir)/runtime/eicrun'; export EICRUN; \
	MUTATE='$(abs_top_builddir)/tests/fuzz/mutate'; export MUTATE; \
	SPLICE='$(abs_top_builddir)/tests/e2e/splice'; export SPLICE; \
	EIC_LLVM_SOURCES='$(compiler_libeicc_llvm_a_SOURCES) $(runtime_libeicrt_llvm_a_SOURCES)'; export EIC_LLVM_SOURCES; \
	srcdir='$(abs_top_srcdir)'; export srcdir; \
	if [ -z "$${EIC_MNIST_DIR:-}" ]; then \
	  if [ -d '$(abs_top_srcdir)/../shared/data/mnist' ]; then EIC_MNIST_DIR='$(abs_top_srcdir)/../shared/data/mnist'; \
	  else EIC_MNIST_DIR='$(abs_top_builddir)/tests/mnist'; \
	    '$(abs_top_srcdir)/scripts/fetch-mnist' "$$EIC_MNIST_DIR" >/dev/null 2>&1 || :; fi; \
	fi; export EIC_MNIST_DIR; \
	ASAN_OPTIONS=exitcode=86:detect_leaks=1; export ASAN_OPTIONS; \
	UBSAN_OPTIONS=halt_on_error=1:exitcode=87:print_stacktrace=1; export UBSAN_OPTIONS;

TESTS += tests/cli/run tests/data/run tests/readers/run tests/golden/run tests/e2e/run tests/chip/run
# DESIGN.md §4 on the #include lines; EIC_LLVM_SOURCES above lets it check the LLVM lists
TESTS += tests/arch/run
EXTRA_DIST += tests/arch/run
# MNIST for the tests: ../shared/data/mnist beside the sources, else fetched once
# into the build tree (see AM_TESTS_ENVIRONMENT); make clean removes the fetched copy.
clean-local: clean-test-data
clean-test-data:
	-rm -rf tests/mnist
.PHONY: clean-test-data
EXTRA_DIST += tests/cli/run tests/data/run tests/readers/run tests/golden/run tests/e2e/run tests/chip/run

# The golden cases are many and grow with every stage: ship every file under
# tests/golden of the source tree but the test logs (a directory in EXTRA_DIST
# would also pick up the logs of the build tree). tests/golden/examples links to
# examples/: the tarball gets copies.
dist-hook: dist-golden
dist-golden:
	$(AM_V_at)cd $(srcdir) && find tests/golden \( -type f -o -type l \) ! -name '*.log' ! -name '*.trs' | \
	while read -r f; do \
	  $(MKDIR_P) "$(abs_top_builddir)/$(distdir)/$${f%/*}" && cp -pL "$$f" "$(abs_top_builddir)/$(distdir)/$$f" || exit 1; \
	done
.PHONY: dist-golden

# Rewrites the expected outputs from the current eicc, for review with git diff.
update-golden: compiler/eicc$(EXEEXT)
	$(AM_V_at)$(AM_TESTS_ENVIRONMENT) UPDATE=1 $(srcdir)/tests/golden/run
.PHONY: update-golden

check_PROGRAMS += tests/unit/unit-tests
TESTS += tests/unit/unit-tests
# test_ckpt.c runs this independent reader of the checkpoints
EXTRA_DIST += tests/ckpt/read.py
tests_unit_unit_tests_SOURCES = \
	tests/unit/unit.h tests/unit/main.c \
	tests/unit/test_arena.c tests/unit/test_diag.c tests/unit/test_front.c \
	tests/unit/test_lang.c tests/unit/test_layout.c tests/unit/test_outfile.c tests/unit/test_prog.c tests/unit/test_refexec.c \
	tests/unit/test_jit.c tests/unit/test_schedule.c \
	tests/unit/test_data.c tests/unit/test_ckpt.c tests/unit/test_chipsim.c tests/unit/test_chip.c
# the unit tests test both parts: they alone see both compiler/ and runtime/
tests_unit_unit_tests_CPPFLAGS = $(AM_CPPFLAGS) $(COMPILER_INCLUDES) $(RUNTIME_INCLUDES)
tests_unit_unit_tests_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS)
# where test_data and test_ckpt find the source tree when $srcdir is not set (the
# binary run by hand)
tests_unit_unit_tests_CPPFLAGS += -DEIC_TOP_SRCDIR='"$(abs_top_srcdir)"'
tests_unit_unit_tests_LDADD = runtime/libeicrt.a compiler/libeicc.a common/libeiccommon.a $(CUNIT_LIBS) $(JSONC_LIBS) $(LLVM_LDFLAGS) $(LLVM_LIBS) $(ZLIB_LIBS) -lm

# the end-to-end test's .prog of one network with the kernels of another
check_PROGRAMS += tests/e2e/splice
tests_e2e_splice_SOURCES = tests/e2e/splice.c
tests_e2e_splice_LDADD = common/libeiccommon.a $(JSONC_LIBS) $(ZLIB_LIBS) -lm

check_PROGRAMS += tests/fuzz/mutate
tests_fuzz_mutate_SOURCES = tests/fuzz/mutate.c
TESTS += tests/fuzz/run
EXTRA_DIST += tests/fuzz/run
CLEANFILES += -r tests/fuzz/failures
include tests/bench/local.mk
include tests/fuzz/local.mk
