package org.divelive.math.model;

import java.util.List;

import org.divelive.math.data.Batch;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.nn.Parameter;

/** Something a trainer can train: it computes a loss and fills its gradients. */
public interface Model {
    /**
     * Forward pass on the batch, its mean loss over the B examples (and correct predictions, for a classifier),
     * and the backward pass: afterwards every {@link Parameter#grad()} holds ∂(mean loss)/∂value for this batch.
     */
    BatchResult lossAndGradients(Batch batch);

    /** The same measures of the batch, forward only: for evaluation. */
    BatchResult loss(Batch batch);

    /** The trainable parameters, in a fixed order. */
    List<Parameter> parameters();
}
