package org.divelive.math.lessons.scratch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.divelive.math.Rng;
import org.divelive.math.data.Batch;
import org.divelive.math.data.Dataset;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.model.Classifier;
import org.divelive.math.model.Model;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.GradientCheck;
import org.divelive.math.nn.Init;
import org.divelive.math.nn.Parameter;
import org.junit.jupiter.api.Test;

class ScratchModelsTest {
    private static final int D = 6;
    private static final int K = 4;

    private static Batch batch(Rng rng, int n) {
        float[] x = new float[n * D];
        int[] labels = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(K);
        }
        Batch batch = new Batch();
        Dataset.classification(x, D, labels, K).slice(0, n, batch);
        return batch;
    }

    private static void checkModel(String name, Model model, Batch batch) {
        model.lossAndGradients(batch);
        List<float[]> grads = model.parameters().stream().map(p -> p.grad().clone()).toList();
        for (int i = 0; i < grads.size(); i++) {
            Parameter p = model.parameters().get(i);
            GradientCheck.check(name + " " + p.name(), p.value(), grads.get(i), () -> model.loss(batch).loss(), 1);
        }
    }

    /** Scales the book's N(0, 0.01²) weights up so the finite differences see a loss surface that is not flat. */
    private static void scaleWeights(Model model, float factor) {
        for (Parameter p : model.parameters()) {
            for (int i = 0; i < p.size(); i++) {
                p.value()[i] = p.value()[i] * factor + (p.decays() ? 0 : 0.1f * (i % 3 - 1));
            }
        }
    }

    @Test
    void softmaxRegressionGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(1);
        SoftmaxRegressionScratch model = new SoftmaxRegressionScratch(D, K, rng);
        scaleWeights(model, 50);
        checkModel("softmax", model, batch(rng, 5));
    }

    @Test
    void mlpGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(2);
        MlpScratch model = new MlpScratch(D, 7, K, rng);
        scaleWeights(model, 60);
        Batch batch = batch(rng, 5);
        while (nearestPreactivationToZero(model, batch) < 0.1) {
            batch = batch(rng, 5); // a finite difference across ReLU's kink measures the kink, not the gradient
        }
        checkModel("mlp", model, batch);
    }

    /** min |Z| over the batch for Z = X·W₁ + b₁, the inputs of the hidden ReLUs. */
    private static double nearestPreactivationToZero(MlpScratch model, Batch batch) {
        float[] w1 = model.parameters().get(0).value();
        float[] b1 = model.parameters().get(1).value();
        int hidden = b1.length;
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < batch.size(); i++) {
            for (int h = 0; h < hidden; h++) {
                double z = b1[h];
                for (int j = 0; j < D; j++) {
                    z += batch.x(i, j) * w1[j * hidden + h];
                }
                nearest = Math.min(nearest, Math.abs(z));
            }
        }
        return nearest;
    }

    @Test
    void theScratchAndConciseMlpComputeTheSameLossAndGradients() {
        Rng rng = new Rng(3);
        MlpScratch scratch = new MlpScratch(D, 7, K, rng);
        scaleWeights(scratch, 60);
        Classifier concise = ModelSpec.mlp(ModelSpec.ActivationKind.RELU, 7).build(D, K, Init.BOOK, rng);
        for (int i = 0; i < 4; i++) {
            float[] from = scratch.parameters().get(i).value();
            System.arraycopy(from, 0, concise.parameters().get(i).value(), 0, from.length);
        }
        Batch batch = batch(rng, 9);
        BatchResult fromScratch = scratch.lossAndGradients(batch);
        BatchResult fromConcise = concise.lossAndGradients(batch);
        assertEquals(fromScratch.loss(), fromConcise.loss(), 1e-6);
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(scratch.parameters().get(i).grad(), concise.parameters().get(i).grad(), 1e-6f,
                    "gradient of " + scratch.parameters().get(i).name());
        }
        assertEquals(fromScratch.correct(), fromConcise.correct());
    }

    @Test
    void theConciseSoftmaxRegressionMatchesTheScratchOne() {
        Rng rng = new Rng(4);
        SoftmaxRegressionScratch scratch = new SoftmaxRegressionScratch(D, K, rng);
        Classifier concise = ModelSpec.softmax().build(D, K, Init.BOOK, rng);
        for (int i = 0; i < 2; i++) {
            float[] from = scratch.parameters().get(i).value();
            System.arraycopy(from, 0, concise.parameters().get(i).value(), 0, from.length);
        }
        Batch batch = batch(rng, 8);
        assertEquals(scratch.lossAndGradients(batch).loss(), concise.lossAndGradients(batch).loss(), 1e-6);
        assertArrayEquals(scratch.parameters().get(0).grad(), concise.parameters().get(0).grad(), 1e-6f);
    }
}
