package org.divelive.math.train;

import org.divelive.math.data.Batch;
import org.divelive.math.data.Dataset;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.model.Model;

/**
 * A model's mean loss and accuracy on a whole data set, computed in slices of {@link #SLICE} examples so memory stays
 * bounded. Accuracy is NaN for a model that does not classify.
 */
public record Evaluation(double loss, double accuracy) {
    public static final int SLICE = 1000;

    public static Evaluation of(Model model, Dataset data) {
        return of(model, data, data.size());
    }

    /** On the first {@code examples} examples only. */
    public static Evaluation of(Model model, Dataset data, int examples) {
        Batch batch = new Batch();
        double lossSum = 0;
        long correct = 0;
        boolean classifies = true;
        for (int from = 0; from < examples; from += SLICE) {
            int count = Math.min(SLICE, examples - from);
            data.slice(from, count, batch);
            BatchResult result = model.loss(batch);
            lossSum += result.loss() * count;
            classifies &= result.classifies();
            correct += result.correct();
        }
        return new Evaluation(lossSum / examples, classifies ? (double) correct / examples : Double.NaN);
    }
}
