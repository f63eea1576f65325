package org.divelive.math.lessons.autograd;

/**
 * A formula of named inputs, buildable again at other input values: what a finite-difference check needs to
 * compare the backward pass with (f(x + h) − f(x − h)) / 2h.
 */
@FunctionalInterface
public interface Expression {
    Scalar build(Scalar[] inputs);

    /** Builds the graph at {@code values} (labelled {@code names}) and returns its output node. */
    static Scalar at(Expression expression, String[] names, double[] values) {
        Scalar[] leaves = new Scalar[values.length];
        for (int i = 0; i < values.length; i++) {
            leaves[i] = Scalar.of(names[i], values[i]);
        }
        return expression.build(leaves);
    }

    /** Central finite difference of the expression's value with respect to input {@code index}. */
    static double numericGradient(Expression expression, String[] names, double[] values, int index, double h) {
        double[] up = values.clone();
        double[] down = values.clone();
        up[index] += h;
        down[index] -= h;
        return (at(expression, names, up).value() - at(expression, names, down).value()) / (2 * h);
    }
}
