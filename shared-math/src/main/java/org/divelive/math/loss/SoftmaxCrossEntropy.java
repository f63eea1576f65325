package org.divelive.math.loss;

/**
 * Softmax and cross-entropy fused into one stable computation. For logits z (B, K) and labels y:
 * ℓᵢ = log Σⱼ exp(zᵢⱼ) − zᵢ,yᵢ, computed as log-sum-exp with the row max m subtracted first, which changes nothing
 * mathematically (exp(z − m)/Σ exp(z − m) = softmax(z)) but keeps every exp ≤ 1, so logits of ±1000 give exact
 * finite answers. The gradient of the mean loss is the famous (softmax(z) − onehot(y)) / B.
 */
public final class SoftmaxCrossEntropy {
    private double[] exps = new double[0];

    // region softmax-cross-entropy
    /**
     * Mean loss over the batch, and the rows whose largest logit is the label; writes ∂(mean loss)/∂z into
     * {@code dLogits} (B, K) unless it is null.
     */
    public BatchResult lossAndGradient(float[] logits, int[] labels, int batch, int classes, float[] dLogits) {
        double lossSum = 0;
        int correct = 0;
        if (exps.length < classes) {
            exps = new double[classes];
        }
        for (int i = 0; i < batch; i++) {
            int row = i * classes;
            int argmax = 0;
            double max = logits[row];
            for (int j = 1; j < classes; j++) {
                if (logits[row + j] > max) {
                    max = logits[row + j];
                    argmax = j;
                }
            }
            double sumExp = 0;
            for (int j = 0; j < classes; j++) {
                exps[j] = Math.exp(logits[row + j] - max);   // every term ≤ 1: no overflow
                sumExp += exps[j];
            }
            lossSum += max + Math.log(sumExp) - logits[row + labels[i]];   // −log softmax(z)_y = log Σ exp(z) − z_y
            if (argmax == labels[i]) {
                correct++;
            }
            if (dLogits != null) {
                for (int j = 0; j < classes; j++) {
                    double p = exps[j] / sumExp;                        // softmax(z)_j
                    dLogits[row + j] = (float) ((p - (j == labels[i] ? 1 : 0)) / batch);   // (p − onehot) / B
                }
            }
        }
        return BatchResult.classified(lossSum / batch, batch, correct);
    }
    // endregion

    // region softmax-row
    /** Softmax of one row of logits, stably: the probabilities a classifier shows. */
    public static void softmax(float[] logits, int offset, int classes, double[] probabilities) {
        double max = logits[offset];
        for (int j = 1; j < classes; j++) {
            max = Math.max(max, logits[offset + j]);
        }
        double sum = 0;
        for (int j = 0; j < classes; j++) {
            probabilities[j] = Math.exp(logits[offset + j] - max);
            sum += probabilities[j];
        }
        for (int j = 0; j < classes; j++) {
            probabilities[j] /= sum;
        }
    }
    // endregion
}
