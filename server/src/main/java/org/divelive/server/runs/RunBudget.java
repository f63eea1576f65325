package org.divelive.server.runs;

import java.util.Optional;

import org.divelive.math.data.FashionMnist;
import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.setup.Setup;
import org.divelive.server.limits.Limits;

/**
 * What a run will cost before it starts: its parameters, its work (parameters × training examples × epochs, which
 * is proportional to its arithmetic) and the size of its weights file, checked against the server's limits so a
 * 100-byte request cannot ask for days of training or gigabytes of disk.
 */
public final class RunBudget {
    /** A parameter file holds each parameter as one 32-bit float (plus a small header). */
    static final int BYTES_PER_PARAMETER = Float.BYTES;

    private RunBudget() {
    }

    /** Weights and biases of the model the run trains. */
    public static long parameters(Setup spec) {
        if (spec.model() == TrainedModel.LINREG) {
            return SyntheticRegression.TRUE_W.length + 1L;
        }
        long parameters = 0;
        long inputs = FashionMnist.FEATURES;
        for (int units : spec.network().hidden()) {
            parameters += (inputs + 1) * units; // W (D,H) and b (H)
            inputs = units;
        }
        return parameters + (inputs + 1) * FashionMnist.CLASSES;
    }

    public static long examples(Setup spec) {
        return spec.model() == TrainedModel.LINREG ? SyntheticRegression.SIZE : spec.trainSubset();
    }

    public static long work(Setup spec) {
        return parameters(spec) * examples(spec) * spec.hyperparameters().epochs();
    }

    public static long weightBytes(Setup spec) {
        return parameters(spec) * BYTES_PER_PARAMETER;
    }

    /** Why the server will not take this run, naming the numbers and what to change; empty if it fits. */
    public static Optional<String> problem(Setup spec, Limits limits) {
        long parameters = parameters(spec);
        long work = work(spec);
        if (work > limits.maxRunWork()) {
            return Optional.of("this run is too large for this server: " + parameters + " parameters × "
                    + examples(spec) + " training examples × " + spec.hyperparameters().epochs() + " epochs = "
                    + work + ", more than its ceiling of " + limits.maxRunWork() + " (--max-run-work); use fewer "
                    + "or smaller hidden layers, fewer training images or fewer epochs");
        }
        long bytes = weightBytes(spec);
        if (bytes > limits.maxRunWeightBytes()) {
            return Optional.of("this run's weights would take " + bytes + " bytes (" + parameters + " parameters × "
                    + BYTES_PER_PARAMETER + "), more than the " + limits.maxRunWeightBytes() + " bytes a run may "
                    + "store on this server (--max-run-weights); use fewer or smaller hidden layers");
        }
        return Optional.empty();
    }
}
