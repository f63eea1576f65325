package org.divelive.math.model;

import org.divelive.math.data.Batch;
import org.divelive.math.loss.BatchResult;

/** A model that scores K classes: what the accuracy, confusion matrix and top-k views need. */
public interface ClassificationModel extends Model {

    /** Logits o (B, K) for inputs x (B, D); the array is the model's own buffer, valid until its next call. */
    float[] logits(float[] x, int batch);

    int classes();

    /** The mean softmax cross-entropy of logits this model gave for the batch, and how many rows it got right. */
    BatchResult loss(float[] logits, Batch batch);

    /** Forward only: the loss of the model's own logits for the batch. */
    @Override
    default BatchResult loss(Batch batch) {
        return loss(logits(batch.featureArray(), batch.size()), batch);
    }
}
