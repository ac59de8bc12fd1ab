# scripts/: set-up helpers shipped with the sources.
EXTRA_DIST += scripts/install-deps scripts/fetch-mnist

# The main job, as far as the toolchain goes today: fetch MNIST, compile the
# reference network. Training it is eicrun's work (it comes after the code generator).
mnist: compiler/eicc$(EXEEXT)
	$(AM_V_at)$(srcdir)/scripts/fetch-mnist data/mnist
	$(AM_V_at)compiler/eicc --emit=ast $(srcdir)/examples/mnist.eic
	@echo "mnist: examples/mnist.eic compiles and checks; training needs eicrun, not built yet"
.PHONY: mnist
