package org.divelive.math.metrics;

import org.divelive.math.loss.SoftmaxCrossEntropy;

/** The k most probable classes of one example, with their softmax probabilities, most probable first. */
public record TopK(int[] classes, double[] probabilities) {

    /** From one row (offset, K values) of a logits array. */
    public static TopK of(float[] logits, int offset, int classCount, int k) {
        if (k < 1 || k > classCount) {
            throw new IllegalArgumentException("k must be from 1 to " + classCount + ", was " + k);
        }
        double[] p = new double[classCount];
        SoftmaxCrossEntropy.softmax(logits, offset, classCount, p);
        int[] best = new int[k];
        double[] bestP = new double[k];
        boolean[] taken = new boolean[classCount];
        for (int r = 0; r < k; r++) {
            int arg = -1;
            for (int j = 0; j < classCount; j++) {
                if (!taken[j] && (arg < 0 || p[j] > p[arg])) {
                    arg = j;
                }
            }
            taken[arg] = true;
            best[r] = arg;
            bestP[r] = p[arg];
        }
        return new TopK(best, bestP);
    }
}
