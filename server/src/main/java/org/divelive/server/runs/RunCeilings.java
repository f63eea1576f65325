package org.divelive.server.runs;

import org.divelive.math.data.FashionMnist;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.train.Hyperparameters;

/**
 * The largest run a server accepts, so one request cannot occupy the machine for hours. Each ceiling lies within what
 * shared-math itself allows, which is what {@link #LIBRARY} (used by the {@code train} command) permits.
 */
public record RunCeilings(int maxEpochs, int maxHiddenUnits, int maxHiddenLayers, int maxTrainSubset,
        int maxBatchSize) {

    /** An MLP epoch on all 60,000 images takes about a second here, so a run of 50 about a minute. */
    public static final int DEFAULT_MAX_EPOCHS = 50;

    /** A server's defaults: at most {@link #DEFAULT_MAX_EPOCHS} epochs; the model and data sizes as shared-math allows. */
    public static final RunCeilings SERVER_DEFAULTS = new RunCeilings(DEFAULT_MAX_EPOCHS, ModelSpec.MAX_HIDDEN_UNITS,
            ModelSpec.MAX_HIDDEN_LAYERS, FashionMnist.TRAIN_SIZE, Hyperparameters.MAX_BATCH_SIZE);

    /** No ceilings beyond shared-math's own limits. */
    public static final RunCeilings LIBRARY = new RunCeilings(Hyperparameters.MAX_EPOCHS, ModelSpec.MAX_HIDDEN_UNITS,
            ModelSpec.MAX_HIDDEN_LAYERS, FashionMnist.TRAIN_SIZE, Hyperparameters.MAX_BATCH_SIZE);

    public RunCeilings {
        requireWithin("max epochs", maxEpochs, Hyperparameters.MAX_EPOCHS);
        requireWithin("max hidden units", maxHiddenUnits, ModelSpec.MAX_HIDDEN_UNITS);
        requireWithin("max hidden layers", maxHiddenLayers, ModelSpec.MAX_HIDDEN_LAYERS);
        requireWithin("max train subset", maxTrainSubset, FashionMnist.TRAIN_SIZE);
        requireWithin("max batch size", maxBatchSize, Hyperparameters.MAX_BATCH_SIZE);
    }

    private static void requireWithin(String name, int value, int libraryMaximum) {
        if (value < 1 || value > libraryMaximum) {
            throw new IllegalArgumentException(name + " must be from 1 to " + libraryMaximum + ", was " + value);
        }
    }
}
