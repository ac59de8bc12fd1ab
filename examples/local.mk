# examples/
EXTRA_DIST += examples/mnist.eic examples/mnist-best.eic examples/small.eic examples/chip8.eic examples/mnist-conv.eic
