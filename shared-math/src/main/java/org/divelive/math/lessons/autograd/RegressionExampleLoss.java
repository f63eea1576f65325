package org.divelive.math.lessons.autograd;

/**
 * The autograd lesson's expression: the loss of one linear-regression example, ℓ = ½(w₁x₁ + w₂x₂ + b − y)². Its
 * gradients are known by hand (∂ℓ/∂w₁ = r·x₁, ∂ℓ/∂w₂ = r·x₂, ∂ℓ/∂b = r with the residual r = ŷ − y), so the
 * backward pass can be checked against them as well as against finite differences.
 */
public final class RegressionExampleLoss {
    /** Inputs in the order of {@link #NAMES}. */
    public static final Expression EXPRESSION = in -> in[0].times(in[2]).plus(in[1].times(in[3])).plus(in[4])
            .minus(in[5]).square().times(0.5);
    public static final String[] NAMES = {"w1", "w2", "x1", "x2", "b", "y"};
    /**
     * Where the widget starts when its lesson sets no values (ŷ = −1.75, r = −3.25, ℓ = 5.28125); the autograd lesson
     * sets its worked example in the widget's data- attributes instead.
     */
    public static final double[] DEFAULTS = {0.5, -1.0, 2.0, 3.0, 0.25, 1.5};

    private RegressionExampleLoss() {
    }
}
