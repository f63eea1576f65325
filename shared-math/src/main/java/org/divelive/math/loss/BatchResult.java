package org.divelive.math.loss;

/**
 * What one forward pass over a batch of B examples measured: the mean loss and, for a classifier, how many of the B
 * predictions (the largest logit) were the label.
 *
 * @param classifies false for a model that predicts numbers, not classes; {@code correct} is then 0
 */
public record BatchResult(double loss, int examples, int correct, boolean classifies) {

    public static BatchResult classified(double loss, int examples, int correct) {
        return new BatchResult(loss, examples, correct, true);
    }

    public static BatchResult regressed(double loss, int examples) {
        return new BatchResult(loss, examples, 0, false);
    }
}
