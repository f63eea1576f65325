package org.divelive.math.lessons.autograd;

import java.util.List;

/**
 * The backward pass one node at a time, for a page that shows it step by step: {@link #step()} propagates the next
 * node in reverse topological order, so after the last step every gradient equals what {@link Scalar#backward()}
 * computes in one go.
 */
public final class BackwardPass {
    private final List<Scalar> order;
    private int next;

    public BackwardPass(Scalar output) {
        this.order = output.topologicalOrder();
        for (Scalar node : order) {
            node.resetGrad();
        }
        output.seedGrad();
        this.next = order.size() - 1;
    }

    /** Propagates one node and returns it, or null when the pass is complete. */
    public Scalar step() {
        if (next < 0) {
            return null;
        }
        Scalar node = order.get(next--);
        node.propagate();
        return node;
    }

    public boolean done() {
        return next < 0;
    }

    /** The graph's nodes, inputs first. */
    public List<Scalar> nodes() {
        return order;
    }
}
