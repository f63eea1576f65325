package org.divelive.math.optim;

import java.util.List;

import org.divelive.math.kernel.Compute;
import org.divelive.math.kernel.Kernels;
import org.divelive.math.nn.Parameter;

/** Minibatch stochastic gradient descent with optional L2 weight decay. */
public record Sgd(double learningRate, double weightDecay) {

    // region sgd-step
    /** θ ← θ − η·(g + λ·θ): the gradient step, plus λ·θ from the penalty ½λ‖θ‖² on parameters that decay. */
    public void step(List<Parameter> parameters) {
        Kernels kernels = Compute.kernels();
        for (Parameter p : parameters) {
            float[] theta = p.value();
            float[] g = p.grad();
            double lambda = p.decays() ? weightDecay : 0;
            kernels.sgdStep(theta, g, learningRate, lambda);         // θₖ ← θₖ − η·(gₖ + λ·θₖ) for every entry k
        }
    }
    // endregion
}
