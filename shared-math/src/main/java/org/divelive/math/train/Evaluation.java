package org.divelive.math.train;

import org.divelive.math.data.Batch;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.Slices;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.model.Model;

/**
 * A model's mean loss and accuracy on a whole data set, computed {@link Slices slice by slice} so memory stays
 * bounded. Accuracy is NaN for a model that does not classify.
 */
public record Evaluation(double loss, double accuracy) {

    public static Evaluation of(Model model, Dataset data) {
        return of(model, data, data.size());
    }

    /** On the first {@code examples} examples only. */
    public static Evaluation of(Model model, Dataset data, int examples) {
        return of(data, examples, (slice, from) -> model.loss(slice));
    }

    /** One slice's measures, from whatever forward pass the caller makes of it; {@code from} as in {@link Slices}. */
    @FunctionalInterface
    public interface SliceMeasure {
        BatchResult measure(Batch slice, int from);
    }

    /**
     * On the first {@code examples} examples, each slice measured by the caller: for one that also reads the forward
     * pass (the page's confusion matrix), so the pass is made once.
     */
    public static Evaluation of(Dataset data, int examples, SliceMeasure measure) {
        Sums sums = new Sums();
        Slices.forEach(data, examples, (slice, from) -> sums.add(measure.measure(slice, from)));
        return new Evaluation(sums.loss / examples, sums.classifies ? (double) sums.correct / examples : Double.NaN);
    }

    /** Running sums over the slices: loss weighted by slice size, and correct predictions. */
    private static final class Sums {
        double loss;
        long correct;
        boolean classifies = true;

        void add(BatchResult slice) {
            loss += slice.loss() * slice.examples();
            correct += slice.correct();
            classifies &= slice.classifies();
        }
    }
}
