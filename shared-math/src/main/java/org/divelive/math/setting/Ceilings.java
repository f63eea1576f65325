package org.divelive.math.setting;

import org.divelive.math.data.FashionMnist;

/**
 * The largest setup a host accepts, so one request cannot occupy a machine for hours. Each ceiling lies within what
 * shared-math itself allows, which is what {@link #LIBRARY} permits (the page and the {@code train} command).
 *
 * @param where how a message names the host whose ceiling was hit, e.g. "on this server"
 */
public record Ceilings(int maxEpochs, int maxHiddenUnits, int maxHiddenLayers, int maxTrainSubset, int maxBatchSize,
        String where) {

    /** An MLP epoch on all 60,000 images takes well under a second on a server, so a run of 50 about half a minute. */
    public static final int DEFAULT_MAX_EPOCHS = 50;

    /** No ceilings beyond shared-math's own limits. */
    public static final Ceilings LIBRARY = new Ceilings(Setting.MAX_EPOCHS, Setting.MAX_HIDDEN_UNITS,
            Setting.MAX_HIDDEN_LAYERS, FashionMnist.TRAIN_SIZE, Setting.MAX_BATCH_SIZE, "");

    /** A server's defaults: at most {@link #DEFAULT_MAX_EPOCHS} epochs; the model and data sizes as shared-math allows. */
    public static final Ceilings SERVER_DEFAULTS = server(DEFAULT_MAX_EPOCHS, Setting.MAX_HIDDEN_UNITS,
            Setting.MAX_HIDDEN_LAYERS, FashionMnist.TRAIN_SIZE, Setting.MAX_BATCH_SIZE);

    public Ceilings {
        requireWithin("max epochs", maxEpochs, Setting.MAX_EPOCHS);
        requireWithin("max hidden units", maxHiddenUnits, Setting.MAX_HIDDEN_UNITS);
        requireWithin("max hidden layers", maxHiddenLayers, Setting.MAX_HIDDEN_LAYERS);
        requireWithin("max train subset", maxTrainSubset, FashionMnist.TRAIN_SIZE);
        requireWithin("max batch size", maxBatchSize, Setting.MAX_BATCH_SIZE);
    }

    public static Ceilings server(int maxEpochs, int maxHiddenUnits, int maxHiddenLayers, int maxTrainSubset,
            int maxBatchSize) {
        return new Ceilings(maxEpochs, maxHiddenUnits, maxHiddenLayers, maxTrainSubset, maxBatchSize,
                "on this server");
    }

    /** The ceiling of an integer setting, or null where the host adds none. */
    public Double of(Setting setting) {
        if (setting == Setting.EPOCHS) {
            return (double) maxEpochs;
        } else if (setting == Setting.BATCH_SIZE) {
            return (double) maxBatchSize;
        } else if (setting == Setting.TRAIN_SUBSET) {
            return (double) maxTrainSubset;
        } else if (setting == Setting.HIDDEN) {
            return (double) maxHiddenUnits;
        }
        return null;
    }

    private static void requireWithin(String name, int value, int libraryMaximum) {
        if (value < 1 || value > libraryMaximum) {
            throw new IllegalArgumentException(name + " must be from 1 to " + libraryMaximum + ", was " + value);
        }
    }
}
