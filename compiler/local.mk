# compiler/: eicc. The front end is a library so the unit tests and the fuzz driver link it.
noinst_LIBRARIES += compiler/libeicc.a
compiler_libeicc_a_CPPFLAGS = $(AM_CPPFLAGS) $(COMPILER_INCLUDES)
compiler_libeicc_a_CFLAGS = $(AM_CFLAGS) $(JSONC_CFLAGS)
compiler_libeicc_a_SOURCES = \
	compiler/ast.c compiler/ast.h \
	compiler/check.c compiler/check.h \
	compiler/cost.c compiler/cost.h \
	compiler/diag.c compiler/diag.h \
	compiler/dot.c compiler/dot.h \
	compiler/emit_chip.c compiler/emit_chip.h \
	compiler/emit_llvm.h \
	compiler/flatten.c compiler/flatten.h \
	compiler/ir.c compiler/ir.h \
	compiler/lang.c compiler/lang.h \
	compiler/lexer.l compiler/scan.h \
	compiler/lower.c \
	compiler/parser.y \
	compiler/place.c compiler/place.h \
	compiler/report.c compiler/report.h \
	compiler/schedule.c compiler/schedule.h
BUILT_SOURCES += compiler/parser.h

# The code generator's files that use the LLVM C API, one a line: the only ones of
# eicc compiled with LLVM_CFLAGS (DESIGN.md §4; tests/arch/run holds the names the
# rule allows). Their objects go into libeicc.a, so what links libeicc.a links them.
noinst_LIBRARIES += compiler/libeicc-llvm.a
compiler_libeicc_llvm_a_SOURCES = \
	compiler/emit_llvm.c \
	compiler/emit_llvm_gen.h \
	compiler/emit_llvm_stages.c
compiler_libeicc_llvm_a_CPPFLAGS = $(AM_CPPFLAGS) $(COMPILER_INCLUDES)
compiler_libeicc_llvm_a_CFLAGS = $(AM_CFLAGS) $(LLVM_CFLAGS)
compiler_libeicc_a_LIBADD = $(compiler_libeicc_llvm_a_OBJECTS)

bin_PROGRAMS += compiler/eicc
compiler_eicc_SOURCES = compiler/main.c
compiler_eicc_CPPFLAGS = $(AM_CPPFLAGS) $(COMPILER_INCLUDES)
compiler_eicc_LDADD = compiler/libeicc.a common/libeiccommon.a $(JSONC_LIBS) $(LLVM_LDFLAGS) $(LLVM_LIBS) $(ZLIB_LIBS) -lm
