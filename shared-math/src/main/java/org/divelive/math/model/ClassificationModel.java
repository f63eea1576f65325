package org.divelive.math.model;

/** A model that scores K classes: what the accuracy, confusion matrix and top-k views need. */
public interface ClassificationModel extends Model {

    /** Logits o (B, K) for inputs x (B, D); the array is the model's own buffer, valid until its next call. */
    float[] logits(float[] x, int batch);

    int classes();
}
