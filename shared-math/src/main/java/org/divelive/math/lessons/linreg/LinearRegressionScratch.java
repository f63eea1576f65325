package org.divelive.math.lessons.linreg;

import java.util.Arrays;
import java.util.List;

import org.divelive.math.Rng;
import org.divelive.math.data.Batch;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.model.Model;
import org.divelive.math.nn.Parameter;

/**
 * Linear regression written out by hand: ŷ = x·w + b with the squared loss ℓ = ½(ŷ − y)², each gradient coded as
 * its formula. The lessons show this code; the page and the server run it.
 */
public final class LinearRegressionScratch implements Model {
    private final Parameter w;
    private final Parameter b;
    private final int features;
    /** Σ over the batch of ∂ℓ/∂w, kept in double and reused so a step allocates nothing. */
    private final double[] gradWSum;

    /** Weights drawn from N(0, 0.01²) and a zero bias, as the book initialises them. */
    public LinearRegressionScratch(int features, Rng rng) {
        this.features = features;
        this.gradWSum = new double[features];
        this.w = Parameter.zeros("w", true, features);
        this.b = Parameter.zeros("b", false, 1);
        for (int j = 0; j < features; j++) {
            w.value()[j] = (float) rng.nextGaussian(0, 0.01);
        }
    }

    // region linreg-loss-and-gradients
    @Override
    public BatchResult lossAndGradients(Batch batch) {
        int n = batch.size();
        Arrays.fill(gradWSum, 0);
        double gradBSum = 0;
        double lossSum = 0;
        for (int i = 0; i < n; i++) {
            double residual = predict(batch, i) - batch.y(i);   // ŷ − y, with ŷ = x·w + b
            lossSum += 0.5 * residual * residual;          // ℓ = ½(ŷ − y)²
            for (int j = 0; j < features; j++) {
                gradWSum[j] += batch.x(i, j) * residual;   // ∂ℓ/∂w = x·(ŷ − y)
            }
            gradBSum += residual;                          // ∂ℓ/∂b = ŷ − y
        }
        // the loss is the mean over the batch, and so is its gradient
        for (int j = 0; j < features; j++) {
            w.grad()[j] = (float) (gradWSum[j] / n);
        }
        b.grad()[0] = (float) (gradBSum / n);
        return BatchResult.regressed(lossSum / n, n);
    }
    // endregion

    @Override
    public BatchResult loss(Batch batch) {
        double lossSum = 0;
        for (int i = 0; i < batch.size(); i++) {
            double residual = predict(batch, i) - batch.y(i);
            lossSum += 0.5 * residual * residual;
        }
        return BatchResult.regressed(lossSum / batch.size(), batch.size());
    }

    /** ŷ = x·w + b for example i of the batch. */
    private double predict(Batch batch, int i) {
        double yHat = b.value()[0];
        for (int j = 0; j < features; j++) {
            yHat += (double) batch.x(i, j) * w.value()[j];
        }
        return yHat;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(w, b);
    }

    public float[] weights() {
        return w.value();
    }

    public float bias() {
        return b.value()[0];
    }
}
