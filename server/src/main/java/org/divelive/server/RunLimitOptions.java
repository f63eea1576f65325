package org.divelive.server;

import java.time.Duration;

import org.divelive.math.data.FashionMnist;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.Setting;
import org.divelive.server.limits.Limits;
import picocli.CommandLine.Option;

/**
 * How large a run may be and what it may keep: the flags {@code serve} and {@code worker} share. A serving node
 * checks a new run against them before it queues it; a worker checks each run it claims again, since the node that
 * took the run in may allow more than this worker does.
 */
final class RunLimitOptions {
    @Option(names = "--max-epochs", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_EPOCHS:-" + Ceilings.DEFAULT_MAX_EPOCHS + "}",
            description = "Most epochs a run may ask for (env DIVELIVE_MAX_EPOCHS; default ${DEFAULT-VALUE}).")
    int maxEpochs;

    @Option(names = "--max-hidden-units", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_HIDDEN_UNITS:-" + Setting.MAX_HIDDEN_UNITS + "}",
            description = "Most units per hidden layer (env DIVELIVE_MAX_HIDDEN_UNITS; default ${DEFAULT-VALUE}).")
    int maxHiddenUnits;

    @Option(names = "--max-hidden-layers", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_HIDDEN_LAYERS:-" + Setting.MAX_HIDDEN_LAYERS + "}",
            description = "Most hidden layers (env DIVELIVE_MAX_HIDDEN_LAYERS; default ${DEFAULT-VALUE}).")
    int maxHiddenLayers;

    @Option(names = "--max-train-subset", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_TRAIN_SUBSET:-" + FashionMnist.TRAIN_SIZE + "}",
            description = "Most training images a run may use (env DIVELIVE_MAX_TRAIN_SUBSET; default "
                    + "${DEFAULT-VALUE}).")
    int maxTrainSubset;

    @Option(names = "--max-batch-size", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_BATCH_SIZE:-" + Setting.MAX_BATCH_SIZE + "}",
            description = "Largest minibatch (env DIVELIVE_MAX_BATCH_SIZE; default ${DEFAULT-VALUE}).")
    int maxBatchSize;

    @Option(names = "--max-run-work", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_RUN_WORK:-" + Limits.DEFAULT_MAX_RUN_WORK + "}",
            description = "Most parameters × training images × epochs one run may ask for (env DIVELIVE_MAX_RUN_WORK; "
                    + "default ${DEFAULT-VALUE}).")
    long maxRunWork;

    @Option(names = "--max-run-seconds", paramLabel = "N",
            defaultValue = "${env:DIVELIVE_MAX_RUN_SECONDS:-" + Limits.DEFAULT_MAX_RUN_SECONDS + "}",
            description = "Longest a run may train; past it the run fails (env DIVELIVE_MAX_RUN_SECONDS; default "
                    + "${DEFAULT-VALUE}).")
    long maxRunSeconds;

    @Option(names = "--max-run-weights", paramLabel = "BYTES",
            defaultValue = "${env:DIVELIVE_MAX_RUN_WEIGHTS:-" + Limits.DEFAULT_MAX_RUN_WEIGHT_BYTES + "}",
            description = "Largest weights file one run may store (env DIVELIVE_MAX_RUN_WEIGHTS; default "
                    + "${DEFAULT-VALUE}).")
    long maxRunWeights;

    @Option(names = "--max-stored-weights", paramLabel = "BYTES",
            defaultValue = "${env:DIVELIVE_MAX_STORED_WEIGHTS:-" + Limits.DEFAULT_MAX_STORED_WEIGHT_BYTES + "}",
            description = "Most bytes of weights all runs together may store (env DIVELIVE_MAX_STORED_WEIGHTS; "
                    + "default ${DEFAULT-VALUE}).")
    long maxStoredWeights;

    @Option(names = "--min-free-disk", paramLabel = "BYTES",
            defaultValue = "${env:DIVELIVE_MIN_FREE_DISK:-" + Limits.DEFAULT_MIN_FREE_DISK_BYTES + "}",
            description = "Free space the database's disk keeps: weights that would eat into it are not saved "
                    + "(env DIVELIVE_MIN_FREE_DISK; default ${DEFAULT-VALUE}).")
    long minFreeDisk;

    /** @throws IllegalArgumentException naming the bad flag */
    Ceilings ceilings() {
        return Ceilings.server(maxEpochs, maxHiddenUnits, maxHiddenLayers, maxTrainSubset, maxBatchSize);
    }

    /** {@code base} with this process's run limits; its connection and download limits as they were. */
    Limits applyTo(Limits base) {
        return base.withRunWork(maxRunWork).withRunTime(Duration.ofSeconds(maxRunSeconds))
                .withWeights(maxRunWeights, maxStoredWeights, minFreeDisk);
    }
}
