package org.divelive.math.metrics;

import org.divelive.math.data.Dataset;
import org.divelive.math.data.Slices;
import org.divelive.math.model.ClassificationModel;

/** counts[true][predicted] over a data set: where a classifier is right, and which classes it confuses. */
public final class ConfusionMatrix {
    private final int classes;
    private final int[] counts;

    public ConfusionMatrix(int classes) {
        this.classes = classes;
        this.counts = new int[classes * classes];
    }

    /** The model's predictions (largest logit) on every example of the data set. */
    public static ConfusionMatrix of(ClassificationModel model, Dataset data) {
        ConfusionMatrix matrix = new ConfusionMatrix(model.classes());
        Slices.forEach(data, data.size(), (slice, from) -> {
            float[] logits = model.logits(slice.featureArray(), slice.size());
            for (int i = 0; i < slice.size(); i++) {
                matrix.add(slice.label(i), argmax(logits, i * model.classes(), model.classes()));
            }
        });
        return matrix;
    }

    public void add(int trueClass, int predictedClass) {
        counts[trueClass * classes + predictedClass]++;
    }

    public int count(int trueClass, int predictedClass) {
        return counts[trueClass * classes + predictedClass];
    }

    public int classes() {
        return classes;
    }

    public int total() {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    /** The diagonal over everything. */
    public double accuracy() {
        int right = 0;
        for (int c = 0; c < classes; c++) {
            right += count(c, c);
        }
        return (double) right / total();
    }

    /** Recall of each class: the share of its examples predicted as itself (NaN for a class never seen). */
    public double[] perClassAccuracy() {
        double[] accuracy = new double[classes];
        for (int t = 0; t < classes; t++) {
            int row = 0;
            for (int p = 0; p < classes; p++) {
                row += count(t, p);
            }
            accuracy[t] = row == 0 ? Double.NaN : (double) count(t, t) / row;
        }
        return accuracy;
    }

    static int argmax(float[] values, int offset, int length) {
        int best = 0;
        for (int j = 1; j < length; j++) {
            if (values[offset + j] > values[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
