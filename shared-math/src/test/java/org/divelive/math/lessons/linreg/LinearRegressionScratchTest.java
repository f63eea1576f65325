package org.divelive.math.lessons.linreg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.divelive.math.Rng;
import org.divelive.math.data.Batch;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.MinibatchIterator;
import org.divelive.math.optim.Sgd;
import org.junit.jupiter.api.Test;

class LinearRegressionScratchTest {

    @Test
    void oneSgdStepMatchesTheUpdateWorkedOutByHand() {
        // x₁ = [1, 2], y₁ = 3;  x₂ = [0, −1], y₂ = 1;  w = [0.5, −0.5], b = 0.1, η = 0.1
        Dataset data = new Dataset(new float[] {1, 2, 0, -1}, 2, new float[] {3, 1});
        LinearRegressionScratch model = new LinearRegressionScratch(2, new Rng(0));
        model.weights()[0] = 0.5f;
        model.weights()[1] = -0.5f;
        model.parameters().get(1).value()[0] = 0.1f;

        Batch batch = new Batch();
        new MinibatchIterator(data, 2, new Rng(0)).next(batch);
        double loss = model.lossAndGradients(batch).loss();

        // ŷ = [−0.4, 0.6], residuals r = [−3.4, −0.4]
        // loss = (½·3.4² + ½·0.4²)/2 = 2.93; ∂w = ([1,2]·(−3.4) + [0,−1]·(−0.4))/2 = [−1.7, −3.2]; ∂b = −1.9
        assertEquals(2.93, loss, 1e-6);
        assertEquals(-1.7f, model.parameters().get(0).grad()[0], 1e-6f);
        assertEquals(-3.2f, model.parameters().get(0).grad()[1], 1e-6f);
        assertEquals(-1.9f, model.parameters().get(1).grad()[0], 1e-6f);

        new Sgd(0.1, 0).step(model.parameters());
        assertEquals(0.67f, model.weights()[0], 1e-6f);
        assertEquals(-0.18f, model.weights()[1], 1e-6f);
        assertEquals(0.29f, model.bias(), 1e-6f);
    }

    @Test
    void gradientsMatchCentralFiniteDifferences() {
        Dataset data = new Dataset(new float[] {0.3f, -1.2f, 2.0f, 0.7f, -0.4f, 0.9f}, 2, new float[] {1f, -2f, 0.5f});
        LinearRegressionScratch model = new LinearRegressionScratch(2, new Rng(3));
        Batch batch = new Batch();
        new MinibatchIterator(data, 3, new Rng(0)).next(batch);
        model.lossAndGradients(batch);
        float[][] analytic = {model.parameters().get(0).grad().clone(), model.parameters().get(1).grad().clone()};
        for (int index = 0; index < 2; index++) {
            var p = model.parameters().get(index);
            for (int k = 0; k < p.size(); k++) {
                float saved = p.value()[k];
                float h = 1e-2f;
                p.value()[k] = saved + h;
                double up = model.lossAndGradients(batch).loss();
                p.value()[k] = saved - h;
                double down = model.lossAndGradients(batch).loss();
                p.value()[k] = saved;
                // the loss is quadratic in the parameters, so the central difference is exact up to rounding
                assertEquals((up - down) / (2 * h), analytic[index][k], 1e-4, p.name() + "[" + k + "]");
            }
        }
    }
}
