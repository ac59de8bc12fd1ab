# runtime/: eicrun. Everything but main is a library, so the unit tests link it.
noinst_LIBRARIES += runtime/libeicrt.a
runtime_libeicrt_a_SOURCES = runtime/refexec.c runtime/refexec.h
runtime_libeicrt_a_SOURCES += runtime/jit.c runtime/jit.h
runtime_libeicrt_a_CFLAGS = $(AM_CFLAGS) $(LLVM_CFLAGS) $(ZLIB_CFLAGS) $(JSONC_CFLAGS)
runtime_libeicrt_a_SOURCES += runtime/data.c runtime/data.h
runtime_libeicrt_a_SOURCES += runtime/pool.c runtime/pool.h runtime/train.c runtime/train.h
runtime_libeicrt_a_SOURCES += runtime/chipsim.c runtime/chipsim.h
# the jobs main picks: what they load, then training, evaluation, chip simulation
runtime_libeicrt_a_SOURCES += runtime/job.c runtime/job.h
runtime_libeicrt_a_SOURCES += runtime/trainjob.c runtime/trainjob.h runtime/trainckpt.c runtime/trainckpt.h
runtime_libeicrt_a_SOURCES += runtime/evaljob.c runtime/evaljob.h runtime/predict.c runtime/predict.h
runtime_libeicrt_a_SOURCES += runtime/chipjob.c runtime/chipjob.h

bin_PROGRAMS += runtime/eicrun
runtime_eicrun_SOURCES = runtime/main.c
runtime_eicrun_CFLAGS = $(AM_CFLAGS) $(JSONC_CFLAGS)
runtime_eicrun_LDADD = runtime/libeicrt.a common/libeiccommon.a $(JSONC_LIBS) $(ZLIB_LIBS) $(LLVM_LDFLAGS) \
	$(LLVM_LIBS) -lm
