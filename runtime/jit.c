/* jit.c: ORC LLJIT through the LLVM C API. Every LLVMErrorRef becomes a message and
 * is disposed; the JIT owns a module only once adding it succeeded. */
#include "jit.h"
#include "util.h"

#include <llvm-c/BitReader.h>
#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Jit {
	LLVMOrcLLJITRef lljit;
	LLVMOrcThreadSafeContextRef tsctx;
	char describe[256];
};

/* Turns an LLVMErrorRef into err (prefixed with what failed) and disposes it. */
static bool failed(LLVMErrorRef e, const char *what, char *err, size_t errlen)
{
	if (!e)
		return false;
	char *msg = LLVMGetErrorMessage(e);
	snprintf(err, errlen, "%s: %s", what, msg);
	LLVMDisposeErrorMessage(msg);
	return true;
}

static LLVMTargetMachineRef host_machine(int opt, char *describe, size_t n, char *err, size_t errlen)
{
	char *triple = LLVMGetDefaultTargetTriple(), *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
	char *msg = NULL;
	LLVMTargetRef target;
	LLVMTargetMachineRef tm = NULL;
	if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
		snprintf(err, errlen, "no LLVM target for %s: %s", triple, msg);
		LLVMDisposeMessage(msg);
	} else {
		static const LLVMCodeGenOptLevel level[4] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
		                                              LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
		tm = LLVMCreateTargetMachine(target, triple, cpu, features, level[opt], LLVMRelocDefault,
		                             LLVMCodeModelJITDefault);
		unsigned major, minor, patch;
		LLVMGetVersion(&major, &minor, &patch);
		if (describe)
			snprintf(describe, n, "LLVM %u.%u.%u, %s %s", major, minor, patch, triple, cpu);
		if (!tm)
			snprintf(err, errlen, "cannot create a target machine for %s %s", triple, cpu);
	}
	LLVMDisposeMessage(triple);
	LLVMDisposeMessage(cpu);
	LLVMDisposeMessage(features);
	return tm;
}

/* Whether mod's eic_model_fingerprint is a constant equal to fingerprint. Checked on
 * the parsed module, before any of it is compiled or run. */
static bool same_model(LLVMModuleRef mod, uint64_t fingerprint, char *err, size_t errlen)
{
	LLVMValueRef g = LLVMGetNamedGlobal(mod, "eic_model_fingerprint");
	LLVMValueRef init = g && LLVMIsGlobalConstant(g) ? LLVMGetInitializer(g) : NULL;
	if (!init || !LLVMIsAConstantInt(init) || LLVMGetIntTypeWidth(LLVMTypeOf(init)) != 64)
		return util_fail(err, errlen, "the bitcode has no constant eic_model_fingerprint (not written by this eicc)");
	if (LLVMConstIntGetZExtValue(init) != fingerprint)
		return util_fail(err, errlen, "the bitcode was generated for another schedule");
	return true;
}

/* Parses the bitcode, checks it is the model's, and runs default<O{opt}> for the host
 * on it. */
static LLVMModuleRef optimised(LLVMContextRef ctx, const void *bitcode, size_t size, uint64_t fingerprint, int opt,
                               char *err, size_t errlen)
{
	LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(bitcode, size, "program");
	LLVMModuleRef mod = NULL;
	if (LLVMParseBitcodeInContext2(ctx, buf, &mod)) {
		snprintf(err, errlen, "the program's bitcode does not parse");
		LLVMDisposeMemoryBuffer(buf);
		return NULL;
	}
	LLVMDisposeMemoryBuffer(buf);
	if (!same_model(mod, fingerprint, err, errlen)) {
		LLVMDisposeModule(mod);
		return NULL;
	}
	LLVMTargetMachineRef tm = host_machine(opt, NULL, 0, err, errlen);
	if (!tm) {
		LLVMDisposeModule(mod);
		return NULL;
	}
	char *triple = LLVMGetTargetMachineTriple(tm);
	LLVMSetTarget(mod, triple);
	LLVMDisposeMessage(triple);
	LLVMTargetDataRef layout = LLVMCreateTargetDataLayout(tm);
	LLVMSetModuleDataLayout(mod, layout);
	LLVMDisposeTargetData(layout);
	char passes[32];
	snprintf(passes, sizeof passes, "default<O%d>", opt);
	LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
	LLVMErrorRef e = LLVMRunPasses(mod, passes, tm, po);
	LLVMDisposePassBuilderOptions(po);
	LLVMDisposeTargetMachine(tm);
	if (failed(e, "optimising the program", err, errlen)) {
		LLVMDisposeModule(mod);
		return NULL;
	}
	return mod;
}

static bool lookup(Jit *j, const char *name, void **out, char *err, size_t errlen)
{
	LLVMOrcExecutorAddress addr = 0;
	char what[96];
	snprintf(what, sizeof what, "looking up %s", name);
	if (failed(LLVMOrcLLJITLookup(j->lljit, &addr, name), what, err, errlen))
		return false;
	*out = (void *)(uintptr_t)addr;
	return true;
}

Jit *jit_load(const void *bitcode, size_t size, uint64_t fingerprint, int opt, JitKernels *k, char *err,
              size_t errlen)
{
	if (opt < 0 || opt > 3)
		opt = 3;
	LLVMInitializeNativeTarget();
	LLVMInitializeNativeAsmPrinter();
	Jit *j = xcalloc(1, sizeof *j);
	LLVMTargetMachineRef tm = host_machine(opt, j->describe, sizeof j->describe, err, errlen);
	if (!tm) {
		free(j);
		return NULL;
	}
	LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
	LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(tm));
	if (failed(LLVMOrcCreateLLJIT(&j->lljit, builder), "starting the JIT", err, errlen)) {
		free(j);
		return NULL;
	}
	LLVMOrcDefinitionGeneratorRef gen;
	if (failed(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(&gen, LLVMOrcLLJITGetGlobalPrefix(j->lljit), NULL,
	                                                                 NULL),
	           "resolving the C library", err, errlen)) {
		jit_free(j);
		return NULL;
	}
	LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(j->lljit), gen);

	j->tsctx = LLVMOrcCreateNewThreadSafeContext();
	LLVMModuleRef mod = optimised(LLVMOrcThreadSafeContextGetContext(j->tsctx), bitcode, size, fingerprint, opt, err,
	                               errlen);
	if (!mod) {
		jit_free(j);
		return NULL;
	}
	LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(mod, j->tsctx);
	if (failed(LLVMOrcLLJITAddLLVMIRModule(j->lljit, LLVMOrcLLJITGetMainJITDylib(j->lljit), tsm), "adding the program",
	           err, errlen)) {
		LLVMOrcDisposeThreadSafeModule(tsm);
		jit_free(j);
		return NULL;
	}
	void *units = NULL, *gain_units = NULL, *gains = NULL;
	if (!lookup(j, "eic_gains", (void **)&k->gains, err, errlen)
	    || !lookup(j, "eic_forward", (void **)&k->forward, err, errlen)
	    || !lookup(j, "eic_loss", (void **)&k->loss, err, errlen)
	    || !lookup(j, "eic_backward", (void **)&k->backward, err, errlen)
	    || !lookup(j, "eic_norm", (void **)&k->norm, err, errlen)
	    || !lookup(j, "eic_norm_backward", (void **)&k->norm_backward, err, errlen)
	    || !lookup(j, "eic_grads", (void **)&k->grads, err, errlen)
	    || !lookup(j, "eic_adam", (void **)&k->adam, err, errlen)
	    || !lookup(j, "eic_grad_units", &units, err, errlen) || !lookup(j, "eic_gain_units", &gain_units, err, errlen)
	    || !lookup(j, "eic_gain_floats", &gains, err, errlen) || !lookup(j, "eic_knobs", (void **)&k->knobs, err, errlen)) {
		jit_free(j);
		return NULL;
	}
	k->grad_units = *(const int64_t *)units;
	k->gain_units = *(const int64_t *)gain_units;
	k->gain_floats = *(const int64_t *)gains;
	return j;
}

void jit_free(Jit *j)
{
	if (!j)
		return;
	if (j->lljit) {
		LLVMErrorRef e = LLVMOrcDisposeLLJIT(j->lljit);
		if (e)
			LLVMConsumeError(e);
	}
	if (j->tsctx)
		LLVMOrcDisposeThreadSafeContext(j->tsctx);
	free(j);
}

const char *jit_describe(const Jit *j)
{
	return j->describe;
}
