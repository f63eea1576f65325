package org.divelive.math.data;

import org.divelive.math.Rng;

/**
 * Walks a data set in minibatches, reshuffling the order at the start of every epoch with the given {@link Rng}.
 * Every example is seen exactly once per epoch; the last batch holds the remainder when B does not divide N.
 */
public final class MinibatchIterator {
    private final Dataset data;
    private final int batchSize;
    private final Rng rng;
    private final int[] order;
    private int position;

    public MinibatchIterator(Dataset data, int batchSize, Rng rng) {
        if (batchSize < 1 || batchSize > data.size()) {
            throw new IllegalArgumentException(
                    "batchSize must be between 1 and the data size " + data.size() + ", was " + batchSize);
        }
        this.data = data;
        this.batchSize = batchSize;
        this.rng = rng;
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.position = order.length; // forces a shuffle before the first batch
    }

    /** True when the current epoch has been fully served and the next batch starts a new epoch. */
    public boolean atEpochStart() {
        return position >= order.length;
    }

    // region minibatches
    /** Fills {@code batch} with the next minibatch, starting a new shuffled epoch when the last one is used up. */
    public void next(Batch batch) {
        if (atEpochStart()) {
            rng.shuffle(order);
            position = 0;
        }
        int count = Math.min(batchSize, order.length - position);
        data.gather(order, position, count, batch);
        position += count;
    }
    // endregion

    /** N, the number of examples one epoch walks through. */
    public int examples() {
        return order.length;
    }

    /** Number of batches in one epoch: ⌈N / B⌉. */
    public int batchesPerEpoch() {
        return (order.length + batchSize - 1) / batchSize;
    }
}
