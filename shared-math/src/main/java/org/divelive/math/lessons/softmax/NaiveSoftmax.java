package org.divelive.math.lessons.softmax;

import org.divelive.math.loss.SoftmaxCrossEntropy;

/**
 * Softmax straight from its definition, exp(zⱼ) / Σₖ exp(zₖ), kept on purpose for the lesson on numerical stability.
 * It is correct for small logits and breaks for large ones: exp(1000) is ∞ in floating point, ∞/∞ is NaN, and
 * exp(−1000) underflows to 0 so log 0 = −∞. Never train with it; {@link SoftmaxCrossEntropy} is the stable form.
 */
public final class NaiveSoftmax {
    private NaiveSoftmax() {
    }

    // region naive-softmax
    public static double[] softmax(double[] logits) {
        double[] p = new double[logits.length];
        double sum = 0;
        for (int j = 0; j < logits.length; j++) {
            p[j] = Math.exp(logits[j]);   // overflows to ∞ once z > 709
            sum += p[j];
        }
        for (int j = 0; j < logits.length; j++) {
            p[j] /= sum;                  // ∞ / ∞ = NaN
        }
        return p;
    }

    /** −log softmax(z)_y through the naive softmax: NaN or ∞ at large logits. */
    public static double crossEntropy(double[] logits, int label) {
        return -Math.log(softmax(logits)[label]);
    }
    // endregion
}
