# common/: what the compiler and the runtime share.
noinst_LIBRARIES += common/libeiccommon.a
common_libeiccommon_a_SOURCES = \
	common/arena.c common/arena.h \
	common/outfile.c common/outfile.h \
	common/util.c common/util.h
