package org.divelive.client.worker;

import java.util.Arrays;

import org.divelive.client.js.Messages;
import org.divelive.math.data.Dataset;
import org.divelive.math.metrics.ConfusionMatrix;
import org.divelive.math.metrics.TopK;
import org.divelive.math.model.ClassificationModel;
import org.divelive.math.nn.Parameter;
import org.divelive.math.train.Evaluation;
import org.teavm.jso.JSObject;

/**
 * What the page draws of a classifier: its first layer's weights (one 28 × 28 image per output or hidden unit), the
 * confusion matrix on the test set, and the first test images it gets wrong with its top-3 guesses. At an epoch's
 * end they come from the trainer's own test evaluation ({@link #evaluate}), so that pass over the test set is not
 * made twice; at any other moment ({@link #now}) from a pass of their own.
 */
final class ModelViews {
    static final int MISTAKES = 12;
    /** At most this many first-layer units are drawn. */
    static final int UNITS = 16;

    private final ClassificationModel model;
    /** The views made by the last epoch's test evaluation, or null (none yet, or the weights changed since). */
    private JSObject atEpochEnd;

    ModelViews(ClassificationModel model) {
        this.model = model;
    }

    /** The trainer's test evaluation after an epoch, keeping the views of the model as it is then. */
    Evaluation evaluate(Dataset test) {
        Measured measured = measure(test);
        atEpochEnd = measured.views();
        return measured.evaluation();
    }

    /** The views at the last epoch's end, as that epoch's result reports the model; the model's now if none. */
    JSObject atEpochEnd(Dataset test) {
        return atEpochEnd != null ? atEpochEnd : now(test);
    }

    /** The weights were replaced: the last epoch's views no longer describe the model. */
    void forgetEpochEnd() {
        atEpochEnd = null;
    }

    /** The views of the model as it is, from one forward pass over the test set. */
    JSObject now(Dataset test) {
        return measure(test).views();
    }

    /** The views, and the test loss and accuracy of the same forward pass. */
    private record Measured(JSObject views, Evaluation evaluation) {}

    private Measured measure(Dataset test) {
        JSObject message = Messages.of("views");
        // the first layer's W is (D, H); unit h's weights are column h, sent as one contiguous row per unit
        Parameter first = model.parameters().get(0);
        int inputs = first.shape()[0];
        int width = first.shape()[1];
        int units = Math.min(UNITS, width);
        float[] rows = new float[units * inputs];
        for (int h = 0; h < units; h++) {
            for (int d = 0; d < inputs; d++) {
                rows[h * inputs + d] = first.value()[d * width + h];
            }
        }
        Messages.putFloats(message, "weights", rows);
        Messages.put(message, "units", units);

        ConfusionMatrix confusion = new ConfusionMatrix(model.classes());
        float[] mistakePixels = new float[MISTAKES * test.features()];
        int[] mistakeFacts = new int[MISTAKES * 5];          // index, label, top-3 classes
        float[] mistakeProbabilities = new float[MISTAKES * 3];
        int[] foundSoFar = {0};
        int classes = model.classes();
        Evaluation evaluation = Evaluation.of(test, test.size(), (slice, from) -> {
            float[] logits = model.logits(slice.featureArray(), slice.size());
            for (int i = 0; i < slice.size(); i++) {
                TopK top = TopK.of(logits, i * classes, classes, 3);
                int label = slice.label(i);
                confusion.add(label, top.classes()[0]);
                int found = foundSoFar[0];
                if (top.classes()[0] != label && found < MISTAKES) {
                    System.arraycopy(test.featureArray(), (from + i) * test.features(), mistakePixels,
                            found * test.features(), test.features());
                    mistakeFacts[found * 5] = from + i;
                    mistakeFacts[found * 5 + 1] = label;
                    for (int r = 0; r < 3; r++) {
                        mistakeFacts[found * 5 + 2 + r] = top.classes()[r];
                        mistakeProbabilities[found * 3 + r] = (float) top.probabilities()[r];
                    }
                    foundSoFar[0]++;
                }
            }
            return model.loss(logits, slice);   // the same logits give the loss and accuracy
        });
        int found = foundSoFar[0];
        int[] counts = new int[classes * classes];
        for (int t = 0; t < classes; t++) {
            for (int p = 0; p < classes; p++) {
                counts[t * classes + p] = confusion.count(t, p);
            }
        }
        Messages.putInts(message, "confusion", counts);
        Messages.put(message, "mistakes", found);
        Messages.putFloats(message, "mistakePixels", Arrays.copyOf(mistakePixels, found * test.features()));
        Messages.putInts(message, "mistakeFacts", Arrays.copyOf(mistakeFacts, found * 5));
        Messages.putFloats(message, "mistakeProbabilities", Arrays.copyOf(mistakeProbabilities, found * 3));
        return new Measured(message, evaluation);
    }
}
