package org.divelive.client.probe;

import org.teavm.jso.JSExport;

/**
 * Entry point of {@code probes.js}, a bundle only the end-to-end tests load (lesson pages never do): the
 * {@link PortabilityProbes} as page globals, so a test can run them in Chromium and compare with the JVM.
 */
public final class ProbesMain {
    private ProbesMain() {
    }

    /** Nothing to start: the probes are called by the test. */
    public static void main(String[] args) {
    }

    @JSExport
    public static double[] probeNormals(double seed, int count) {
        return PortabilityProbes.normals(seed, count);
    }

    @JSExport
    public static double[] probeLinearRegressionLosses(double learningRate, int batchSize, int epochs, double seed) {
        return PortabilityProbes.linearRegressionLosses(learningRate, batchSize, epochs, seed);
    }

    @JSExport
    public static double[] probeFashionLosses(byte[] pixels, byte[] labels, int hidden, double learningRate,
            int batchSize, int epochs, double seed) {
        return PortabilityProbes.fashionLosses(pixels, labels, hidden, learningRate, batchSize, epochs, seed);
    }

    @JSExport
    public static byte[] probeSavedParameters(int hidden, double seed) {
        return PortabilityProbes.savedParameters(hidden, seed);
    }

    @JSExport
    public static double[] probeScoreWithSavedParameters(byte[] file, int hidden, byte[] pixels, byte[] labels) {
        return PortabilityProbes.scoreWithSavedParameters(file, hidden, pixels, labels);
    }

    @JSExport
    public static double[] probeNaiveSoftmax(double[] logits) {
        return PortabilityProbes.naiveSoftmax(logits);
    }

    @JSExport
    public static double[] probeSyntheticSets(double seed) {
        return PortabilityProbes.syntheticSets(seed);
    }
}
