# tests/bench/: `make bench`, the speed and peak memory of the JIT kernels on the
# reference network beside OpenBLAS doing its dense products, of the chip simulator
# beside the JIT's forward pass, inference throughput, and two real epochs in fp32 and
# bf16 (MNIST from ../shared/data/mnist, else data/mnist of scripts/fetch-mnist), in
# one run; then the same for the convolutional example, with one real epoch each. Built only
# by `make bench` (not by `make` or `make check`); OpenBLAS is its baseline only.
EXTRA_PROGRAMS = tests/bench/bench
# automake cleans the objects of EXTRA_PROGRAMS but not the programs
CLEANFILES += tests/bench/bench$(EXEEXT)
tests_bench_bench_SOURCES = tests/bench/bench.c
tests_bench_bench_CPPFLAGS = $(AM_CPPFLAGS) $(COMPILER_INCLUDES) $(RUNTIME_INCLUDES) -DEIC_TOP_SRCDIR='"$(abs_top_srcdir)"'
tests_bench_bench_CFLAGS = $(AM_CFLAGS) $(OPENBLAS_CFLAGS)
tests_bench_bench_LDADD = runtime/libeicrt.a compiler/libeicc.a common/libeiccommon.a $(OPENBLAS_LIBS) \
	$(JSONC_LIBS) $(LLVM_LDFLAGS) $(LLVM_LIBS) $(ZLIB_LIBS) -lm

if HAVE_OPENBLAS
bench: tests/bench/bench$(EXEEXT)
	$(AM_V_at)data='$(abs_top_srcdir)/../shared/data/mnist'; [ -d "$$data" ] || data='$(abs_top_srcdir)/data/mnist'; \
	LC_ALL=C tests/bench/bench$(EXEEXT) --data "$$data" $(srcdir)/examples/mnist.eic && \
	LC_ALL=C tests/bench/bench$(EXEEXT) --data "$$data" --epochs 1 $(srcdir)/examples/mnist-conv.eic
else
bench:
	@echo "make bench: OpenBLAS, its baseline, was not found by configure:" >&2; \
	echo "make bench: install libopenblas-dev (scripts/install-deps does) and re-run configure" >&2; \
	exit 1
endif
.PHONY: bench
