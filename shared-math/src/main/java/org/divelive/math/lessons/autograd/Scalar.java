package org.divelive.math.lessons.autograd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A number that remembers how it was computed: one node of a computational graph. Each operation records its
 * inputs and the local derivatives ∂out/∂input at the values it saw, so {@link #backward()} can apply the chain rule
 * from the output back to every input. Scalars only: this is the lesson's model of what a framework does with
 * tensors, small enough to draw.
 */
public final class Scalar {
    private final double value;
    private final String label;
    private final String operation;
    private final Scalar[] inputs;
    private final double[] localGradients;
    private double grad;

    private Scalar(double value, String label, String operation, Scalar[] inputs, double[] localGradients) {
        this.value = value;
        this.label = label;
        this.operation = operation;
        this.inputs = inputs;
        this.localGradients = localGradients;
    }

    /** A leaf: an input or a parameter of the expression. */
    public static Scalar of(String label, double value) {
        return new Scalar(value, label, "", new Scalar[0], new double[0]);
    }

    // region autograd-operations
    public Scalar plus(Scalar other) {
        return node(value + other.value, "+", new Scalar[] {this, other}, new double[] {1, 1});   // ∂(a+b)/∂a = 1
    }

    public Scalar minus(Scalar other) {
        return node(value - other.value, "−", new Scalar[] {this, other}, new double[] {1, -1});
    }

    public Scalar times(Scalar other) {
        // ∂(ab)/∂a = b, ∂(ab)/∂b = a
        return node(value * other.value, "×", new Scalar[] {this, other}, new double[] {other.value, value});
    }

    public Scalar square() {
        return node(value * value, "²", new Scalar[] {this}, new double[] {2 * value});          // ∂a²/∂a = 2a
    }

    public Scalar times(double constant) {
        return node(value * constant, "×" + format(constant), new Scalar[] {this}, new double[] {constant});
    }

    public Scalar exp() {
        double e = Math.exp(value);
        return node(e, "exp", new Scalar[] {this}, new double[] {e});                              // (eᵃ)′ = eᵃ
    }

    public Scalar log() {
        return node(Math.log(value), "log", new Scalar[] {this}, new double[] {1 / value});       // (log a)′ = 1/a
    }

    public Scalar tanh() {
        double t = Math.tanh(value);
        return node(t, "tanh", new Scalar[] {this}, new double[] {1 - t * t});
    }

    public Scalar relu() {
        return node(Math.max(value, 0), "ReLU", new Scalar[] {this}, new double[] {value > 0 ? 1 : 0});
    }
    // endregion

    private Scalar node(double result, String op, Scalar[] from, double[] local) {
        return new Scalar(result, "", op, from, local);
    }

    // region autograd-backward
    /** ∂this/∂node for every node of the graph, by the chain rule in reverse topological order. */
    public void backward() {
        List<Scalar> order = topologicalOrder();
        for (Scalar node : order) {
            node.grad = 0;
        }
        grad = 1;                                          // ∂out/∂out = 1
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).propagate();
        }
    }

    /** One step of the backward pass: hand this node's gradient to its inputs, times each local derivative. */
    void propagate() {
        for (int k = 0; k < inputs.length; k++) {
            inputs[k].grad += localGradients[k] * grad;    // chain rule; += because a node may feed several others
        }
    }
    // endregion

    /** Every node this one depends on, inputs before the nodes that use them, this node last. */
    public List<Scalar> topologicalOrder() {
        List<Scalar> order = new ArrayList<>();
        visit(this, new HashSet<>(), order);
        return order;
    }

    private static void visit(Scalar node, Set<Scalar> seen, List<Scalar> order) {
        if (seen.add(node)) {
            for (Scalar input : node.inputs) {
                visit(input, seen, order);
            }
            order.add(node);
        }
    }

    public double value() {
        return value;
    }

    public double grad() {
        return grad;
    }

    void resetGrad() {
        grad = 0;
    }

    void seedGrad() {
        grad = 1;
    }

    public String label() {
        return label;
    }

    /** The operation that produced this node ("+", "×", "exp", …), empty for a leaf. */
    public String operation() {
        return operation;
    }

    public List<Scalar> inputs() {
        return List.of(inputs);
    }

    /** ∂this/∂inputs()[k] at the values of the forward pass. */
    public double localGradient(int k) {
        return localGradients[k];
    }

    private static String format(double constant) {
        return constant == Math.rint(constant) ? String.valueOf((long) constant) : String.valueOf(constant);
    }
}
