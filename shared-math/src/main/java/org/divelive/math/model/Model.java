package org.divelive.math.model;

import java.util.List;

import org.divelive.math.data.Batch;
import org.divelive.math.nn.Parameter;

/** Something a trainer can train: it computes a loss and fills its gradients. */
public interface Model {
    /**
     * Forward pass on the batch, the mean loss over its B examples, and the backward pass: afterwards every
     * {@link Parameter#grad()} holds ∂(mean loss)/∂value for this batch.
     */
    double lossAndGradients(Batch batch);

    /** The mean loss over the batch, forward only: for evaluation. */
    double loss(Batch batch);

    /** Correct predictions in the batch of the last call above, or −1 for a model that does not classify. */
    default int lastCorrect() {
        return -1;
    }

    /** The trainable parameters, in a fixed order. */
    List<Parameter> parameters();
}
