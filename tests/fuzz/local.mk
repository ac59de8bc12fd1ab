# tests/fuzz/: `make fuzz`, coverage-guided fuzzing of the five readers with libFuzzer
# under ASan and UBSan: the .eic front end, prog_parse, chip_parse, the safetensors
# reader and the IDX reader. Not part of `make check`: the harnesses are built by
# clang 19 ($(FUZZ_CC), found by configure), each from the project's sources compiled
# directly into it, and each runs FUZZ_SECONDS, one after another, with one job.
# Findings (crash, sanitizer report, leak, timeout) go to tests/fuzz/crashes/ and fail
# the target. The seeds are the golden inputs and examples, and small binaries made
# here: .prog and .chip by eicc, checkpoints and IDX files by seedgen.
FUZZ_SECONDS = 60
FUZZ_TARGETS = eic prog chip ckpt data
# No -Wall -Werror here: gcc's warnings are the project's (clang's -Wextra differs, on
# generated code too)
FUZZ_WARN = -std=c11 -g -O1 -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_FLAGS = -fsanitize=fuzzer,address,undefined $(FUZZ_WARN)
FUZZ_SEEDGEN_FLAGS = -fsanitize=address,undefined $(FUZZ_WARN)
FUZZ_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -I$(top_builddir) -I$(top_srcdir)/common -I$(top_srcdir)/compiler \
	-I$(top_builddir)/compiler -I$(top_srcdir)/runtime -I$(top_srcdir)/tests/fuzz $(JSONC_CFLAGS) $(ZLIB_CFLAGS)
FUZZ_LIBS = $(JSONC_LIBS) $(ZLIB_LIBS) -lpthread -lm
FUZZ_COMMON = $(top_srcdir)/common/adc.c $(top_srcdir)/common/arena.c $(top_srcdir)/common/cell.c \
	$(top_srcdir)/common/chip.c $(top_srcdir)/common/chip_check.c \
	$(top_srcdir)/common/chip_disasm.c $(top_srcdir)/common/ckpt.c $(top_srcdir)/common/container.c \
	$(top_srcdir)/common/kinds.c $(top_srcdir)/common/model.c $(top_srcdir)/common/outfile.c \
	$(top_srcdir)/common/prog.c $(top_srcdir)/common/util.c $(top_srcdir)/tests/fuzz/fuzz_util.c
# the front end without the LLVM code generator and the driver
FUZZ_FRONT = $(top_srcdir)/compiler/ast.c $(top_srcdir)/compiler/check.c $(top_srcdir)/compiler/cost.c \
	$(top_srcdir)/compiler/diag.c $(top_srcdir)/compiler/dot.c $(top_srcdir)/compiler/emit_chip.c \
	$(top_srcdir)/compiler/flatten.c $(top_srcdir)/compiler/ir.c $(top_srcdir)/compiler/lang.c \
	$(top_srcdir)/compiler/lower.c $(top_srcdir)/compiler/place.c $(top_srcdir)/compiler/report.c \
	$(top_srcdir)/compiler/schedule.c
FUZZ_HARNESS_SRC = tests/fuzz/tiny.eic tests/fuzz/tiny-conv.eic tests/fuzz/fuzz.h tests/fuzz/fuzz_util.c tests/fuzz/fuzz_eic.c tests/fuzz/fuzz_prog.c \
	tests/fuzz/fuzz_chip.c tests/fuzz/fuzz_ckpt.c tests/fuzz/fuzz_data.c tests/fuzz/seedgen.c
EXTRA_DIST += $(FUZZ_HARNESS_SRC)
FUZZ_LINK = $(FUZZ_CC) $(FUZZ_FLAGS) $(FUZZ_CPPFLAGS) -o $@

# A harness is rebuilt when its .c files change (the headers are not tracked here).
# lexer.c and parser.c come from the ordinary build: in the build tree, or in the
# sources of a tarball
tests/fuzz/bin/fuzz-eic: $(FUZZ_HARNESS_SRC) $(FUZZ_FRONT) $(FUZZ_COMMON) compiler/lexer.c compiler/parser.c compiler/parser.h
	@$(MKDIR_P) tests/fuzz/bin
	$(AM_V_CCLD)$(FUZZ_LINK) $(top_srcdir)/tests/fuzz/fuzz_eic.c $(FUZZ_FRONT) $(FUZZ_COMMON) \
	  `test -f compiler/lexer.c || echo '$(srcdir)/'`compiler/lexer.c \
	  `test -f compiler/parser.c || echo '$(srcdir)/'`compiler/parser.c $(FUZZ_LIBS)
tests/fuzz/bin/fuzz-prog: $(FUZZ_HARNESS_SRC) $(FUZZ_COMMON)
	@$(MKDIR_P) tests/fuzz/bin
	$(AM_V_CCLD)$(FUZZ_LINK) $(top_srcdir)/tests/fuzz/fuzz_prog.c $(FUZZ_COMMON) $(FUZZ_LIBS)
tests/fuzz/bin/fuzz-chip: $(FUZZ_HARNESS_SRC) $(FUZZ_COMMON) $(top_srcdir)/runtime/chipsim.c $(top_srcdir)/runtime/pool.c
	@$(MKDIR_P) tests/fuzz/bin
	$(AM_V_CCLD)$(FUZZ_LINK) $(top_srcdir)/tests/fuzz/fuzz_chip.c $(top_srcdir)/runtime/chipsim.c \
	  $(top_srcdir)/runtime/pool.c $(FUZZ_COMMON) $(FUZZ_LIBS)
tests/fuzz/bin/fuzz-ckpt: $(FUZZ_HARNESS_SRC) $(FUZZ_COMMON)
	@$(MKDIR_P) tests/fuzz/bin
	$(AM_V_CCLD)$(FUZZ_LINK) $(top_srcdir)/tests/fuzz/fuzz_ckpt.c $(FUZZ_COMMON) $(FUZZ_LIBS)
tests/fuzz/bin/fuzz-data: $(FUZZ_HARNESS_SRC) $(FUZZ_COMMON) $(top_srcdir)/runtime/data.c
	@$(MKDIR_P) tests/fuzz/bin
	$(AM_V_CCLD)$(FUZZ_LINK) $(top_srcdir)/tests/fuzz/fuzz_data.c $(top_srcdir)/runtime/data.c $(FUZZ_COMMON) \
	  $(FUZZ_LIBS)
# seedgen runs once per make fuzz, under the sanitizers but without libFuzzer's main
tests/fuzz/bin/seedgen: $(FUZZ_HARNESS_SRC) $(FUZZ_COMMON)
	@$(MKDIR_P) tests/fuzz/bin
	$(AM_V_CCLD)$(FUZZ_CC) $(FUZZ_SEEDGEN_FLAGS) $(FUZZ_CPPFLAGS) -o $@ $(top_srcdir)/tests/fuzz/seedgen.c \
	  $(FUZZ_COMMON) $(FUZZ_LIBS)
FUZZ_BINS = tests/fuzz/bin/fuzz-eic tests/fuzz/bin/fuzz-prog tests/fuzz/bin/fuzz-chip tests/fuzz/bin/fuzz-ckpt \
	tests/fuzz/bin/fuzz-data

# The seeds, rebuilt each time from the current eicc and sources: the .prog and the
# mapping-only .chip of each example, and a .chip with weights of tiny.eic and of
# tiny-conv.eic (their checkpoints, of 256x256 tiles, are too large as seeds and stay
# in seeds/work).
fuzz-seeds: compiler/eicc$(EXEEXT) tests/fuzz/bin/seedgen
	$(AM_V_GEN)s=tests/fuzz/seeds; rm -rf $$s && \
	for t in $(FUZZ_TARGETS) work; do $(MKDIR_P) $$s/$$t || exit 1; done && \
	i=0; for f in `find $(srcdir)/tests/golden $(srcdir)/examples -name '*.eic' | LC_ALL=C sort`; do \
	  i=$$((i + 1)); cp "$$f" $$s/eic/$$i-$${f##*/} || exit 1; \
	done && \
	for e in examples/small examples/chip8 tests/fuzz/tiny tests/fuzz/tiny-conv; do \
	  n=$${e##*/}; \
	  compiler/eicc -w -o $$s/prog/$$n.prog $(srcdir)/$$e.eic && \
	  compiler/eicc -w --target=chip -o $$s/chip/$$n.chip $(srcdir)/$$e.eic || exit 1; \
	done && \
	for n in tiny tiny-conv; do \
	  tests/fuzz/bin/seedgen ckpt $$s/prog/$$n.prog $$s/work/$$n.safetensors && \
	  compiler/eicc -w --target=chip --weights $$s/work/$$n.safetensors -o $$s/chip/$$n-weights.chip \
	    $(srcdir)/tests/fuzz/$$n.eic || exit 1; \
	done && \
	tests/fuzz/bin/seedgen misc $$s

if HAVE_FUZZ
# Each harness adds what it finds to tests/fuzz/corpus/NAME (kept between runs, so a
# later run starts where the last stopped) and stops at its first finding.
fuzz: $(FUZZ_BINS) fuzz-seeds
	$(AM_V_at)$(MKDIR_P) tests/fuzz/crashes; failed=; \
	for t in $(FUZZ_TARGETS); do \
	  $(MKDIR_P) tests/fuzz/corpus/$$t && \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s (log: tests/fuzz/$$t.fuzzlog)"; \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  tests/fuzz/bin/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix=tests/fuzz/crashes/$$t- \
	    tests/fuzz/corpus/$$t tests/fuzz/seeds/$$t >tests/fuzz/$$t.fuzzlog 2>&1; \
	  if [ $$? -ne 0 ]; then \
	    failed="$$failed $$t"; grep -E -A30 '^==[0-9]+==|runtime error|SUMMARY' tests/fuzz/$$t.fuzzlog | head -n 60; \
	  fi; \
	  grep -E '^(Done|#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss_mb)' tests/fuzz/$$t.fuzzlog | sed "s/^/fuzz: $$t: /"; \
	done; \
	if [ -n "$$failed" ]; then \
	  echo "fuzz: FAILED:$$failed; the inputs are in tests/fuzz/crashes/" >&2; exit 1; \
	fi; echo "fuzz: $(FUZZ_TARGETS): no findings in $(FUZZ_SECONDS) s each"
else
fuzz:
	@echo "make fuzz: missing $(FUZZ_MISSING)" >&2; \
	echo "make fuzz: install clang-19 and libclang-rt-19-dev (scripts/install-deps does) and re-run configure" >&2; \
	exit 1
endif
.PHONY: fuzz fuzz-seeds
clean-local: clean-fuzz
clean-fuzz:
	-rm -rf tests/fuzz/bin tests/fuzz/seeds tests/fuzz/corpus tests/fuzz/crashes tests/fuzz/*.fuzzlog
.PHONY: clean-fuzz
