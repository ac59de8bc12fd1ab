# runtime/: eicrun. Everything but main is a library, so the unit tests link it.
noinst_LIBRARIES += runtime/libeicrt.a
runtime_libeicrt_a_SOURCES = runtime/refexec.c runtime/refexec.h
runtime_libeicrt_a_SOURCES += runtime/jit.h
runtime_libeicrt_a_CPPFLAGS = $(AM_CPPFLAGS) $(RUNTIME_INCLUDES)
runtime_libeicrt_a_CFLAGS = $(AM_CFLAGS) $(ZLIB_CFLAGS) $(JSONC_CFLAGS)
runtime_libeicrt_a_SOURCES += runtime/data.c runtime/data.h
runtime_libeicrt_a_SOURCES += runtime/pool.c runtime/pool.h runtime/train.c runtime/train.h
runtime_libeicrt_a_SOURCES += runtime/chipsim.c runtime/chipsim.h
# the jobs main picks: what they load, then training, evaluation, chip simulation
runtime_libeicrt_a_SOURCES += runtime/job.c runtime/job.h
runtime_libeicrt_a_SOURCES += runtime/trainjob.c runtime/trainjob.h runtime/trainckpt.c runtime/trainckpt.h
runtime_libeicrt_a_SOURCES += runtime/evaljob.c runtime/evaljob.h runtime/predict.c runtime/predict.h
runtime_libeicrt_a_SOURCES += runtime/sweep.c runtime/sweep.h
runtime_libeicrt_a_SOURCES += runtime/chipjob.c runtime/chipjob.h

# The JIT's files, which use the LLVM C API, one a line: the only ones of eicrun
# compiled with LLVM_CFLAGS (DESIGN.md §4; tests/arch/run holds the names the rule
# allows). Their objects go into libeicrt.a, so what links libeicrt.a links them.
noinst_LIBRARIES += runtime/libeicrt-llvm.a
runtime_libeicrt_llvm_a_SOURCES = \
	runtime/jit.c
runtime_libeicrt_llvm_a_CPPFLAGS = $(AM_CPPFLAGS) $(RUNTIME_INCLUDES)
runtime_libeicrt_llvm_a_CFLAGS = $(AM_CFLAGS) $(LLVM_CFLAGS)
runtime_libeicrt_a_LIBADD = $(runtime_libeicrt_llvm_a_OBJECTS)

bin_PROGRAMS += runtime/eicrun
runtime_eicrun_SOURCES = runtime/main.c
runtime_eicrun_CPPFLAGS = $(AM_CPPFLAGS) $(RUNTIME_INCLUDES)
runtime_eicrun_CFLAGS = $(AM_CFLAGS)
runtime_eicrun_LDADD = runtime/libeicrt.a common/libeiccommon.a $(JSONC_LIBS) $(ZLIB_LIBS) $(LLVM_LDFLAGS) \
	$(LLVM_LIBS) -lm
