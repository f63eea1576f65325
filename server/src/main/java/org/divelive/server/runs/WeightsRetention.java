package org.divelive.server.runs;

import java.time.Instant;

/**
 * What a learner is told about weights that retention removed: the stored weights of all runs together have a cap
 * ({@code --max-stored-weights}), and when a finishing run's weights would pass it the oldest finished runs' weights
 * make room (see {@code RunStore.finish}). One sentence, said in the run's JSON and in the answer to its download.
 */
public final class WeightsRetention {
    private WeightsRetention() {
    }

    public static String removed(long id, Instant at) {
        return "run " + id + "'s weights were removed by retention at " + at + ": this server keeps a fixed amount "
                + "of weights (--max-stored-weights) and removes the oldest finished runs' weights to make room for "
                + "new ones; train the run again to get weights";
    }
}
