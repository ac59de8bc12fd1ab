# scripts/: set-up helpers shipped with the sources.
EXTRA_DIST += scripts/install-deps scripts/fetch-mnist

# The main job: fetch MNIST, compile the reference network, train it with its
# defaults and report the test accuracy (one noisy pass).
mnist: compiler/eicc$(EXEEXT) runtime/eicrun$(EXEEXT)
	$(AM_V_at)$(srcdir)/scripts/fetch-mnist data/mnist
	$(AM_V_at)compiler/eicc $(srcdir)/examples/mnist.eic -o mnist.prog
	$(AM_V_at)runtime/eicrun --train mnist.prog --data data/mnist --metrics mnist.metrics.jsonl
CLEANFILES += mnist.prog mnist.safetensors mnist.metrics.jsonl
.PHONY: mnist
