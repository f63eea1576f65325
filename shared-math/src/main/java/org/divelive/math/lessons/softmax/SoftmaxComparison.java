package org.divelive.math.lessons.softmax;

import org.divelive.math.loss.SoftmaxCrossEntropy;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;

/**
 * The same logits through both softmaxes at temperature τ, for the lesson on numerical stability: p = softmax(z/τ)
 * computed {@link NaiveSoftmax naively}, exp(zⱼ/τ) / Σₖ exp(zₖ/τ), and {@link SoftmaxCrossEntropy stably}, with the
 * largest logit subtracted first, each with its cross-entropy −log p_y. For small logits the two agree; at |z/τ|
 * beyond about 709 the naive one gives NaN and ∞ while the stable one stays exact.
 *
 * @param scaledLogits z/τ, the logits the softmax actually sees
 */
public record SoftmaxComparison(double[] scaledLogits, double[] naive, double naiveLoss, double[] stable,
        double stableLoss) {

    public static SoftmaxComparison of(double[] logits, double temperature, int label) {
        if (logits.length < 2) {
            throw new IllegalArgumentException("softmax needs at least 2 logits, got " + logits.length);
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new InvalidHyperparameterException("temperature",
                    "temperature must be a finite number > 0, was " + temperature, Rule.ABOVE, 0, Double.NaN);
        }
        if (label < 0 || label >= logits.length) {
            throw new InvalidHyperparameterException("label",
                    "label must be from 0 to " + (logits.length - 1) + ", was " + label, Rule.CHOICE, 0, logits.length - 1);
        }
        int classes = logits.length;
        double[] scaled = new double[classes];
        float[] scaledRow = new float[classes];
        for (int j = 0; j < classes; j++) {
            if (!Double.isFinite(logits[j])) {
                throw new InvalidHyperparameterException("z" + (j + 1),
                        "logit z" + (j + 1) + " must be a finite number, was " + logits[j], Rule.NOT_A_NUMBER,
                        Double.NaN, Double.NaN);
            }
            scaled[j] = logits[j] / temperature;
            scaledRow[j] = (float) scaled[j];
        }
        double[] stable = new double[classes];
        SoftmaxCrossEntropy.softmax(scaledRow, 0, classes, stable);
        double stableLoss = new SoftmaxCrossEntropy().lossAndGradient(scaledRow, new int[] {label}, 1, classes, null).loss();
        return new SoftmaxComparison(scaled, NaiveSoftmax.softmax(scaled), NaiveSoftmax.crossEntropy(scaled, label),
                stable, stableLoss);
    }

    /** Σ p of the naive softmax: 1 when it worked, NaN when it overflowed. */
    public double naiveSum() {
        return sum(naive);
    }

    /** Σ p of the stable softmax: 1 up to rounding, always. */
    public double stableSum() {
        return sum(stable);
    }

    private static double sum(double[] p) {
        double total = 0;
        for (double value : p) {
            total += value;
        }
        return total;
    }
}
