package org.divelive.math.lessons.generalization;

import org.divelive.math.data.Dataset;
import org.divelive.math.data.TrainTestSplit;

/** The sample mean and standard deviation of the noise ε in data made as y = bias + Σ_j w_j·x_j + ε. */
record Noise(double mean, double deviation) {
    /** Over the train and the test set together, with the predictions summed in double. */
    static Noise of(TrainTestSplit data, double bias, float[] w) {
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        for (Dataset set : new Dataset[] {data.train(), data.test()}) {
            for (int i = 0; i < set.size(); i++) {
                double prediction = bias;
                for (int j = 0; j < w.length; j++) {
                    prediction += (double) w[j] * set.x(i, j);
                }
                double noise = set.y(i) - prediction;
                sum += noise;
                sumSquares += noise * noise;
                n++;
            }
        }
        double mean = sum / n;
        return new Noise(mean, Math.sqrt(sumSquares / n - mean * mean));
    }
}
