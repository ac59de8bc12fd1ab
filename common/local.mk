# common/: what the compiler and the runtime share.
noinst_LIBRARIES += common/libeiccommon.a
common_libeiccommon_a_SOURCES = \
	common/adc.c common/adc.h \
	common/arena.c common/arena.h \
	common/cell.c common/cell.h \
	common/chip.c common/chip.h common/chip_check.c common/chip_disasm.c \
	common/ckpt.c common/ckpt.h \
	common/container.c common/container.h \
	common/core.h \
	common/kinds.c common/kinds.h \
	common/model.c common/model.h \
	common/outfile.c common/outfile.h \
	common/prog.c common/prog.h \
	common/rng.h \
	common/util.c common/util.h
common_libeiccommon_a_CPPFLAGS = $(AM_CPPFLAGS) $(ZLIB_CFLAGS) $(JSONC_CFLAGS)
