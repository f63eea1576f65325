package org.divelive.math.loss;

/** ℓ = ½(ŷ − y)², averaged over the batch; ∂(mean ℓ)/∂ŷ = (ŷ − y) / B. */
public final class SquaredLoss {
    private SquaredLoss() {
    }

    /** predictions ŷ (B) against targets y (B); writes the gradient into {@code dPredictions} unless it is null. */
    public static double lossAndGradient(float[] predictions, float[] targets, int batch, float[] dPredictions) {
        double sum = 0;
        for (int i = 0; i < batch; i++) {
            double residual = (double) predictions[i] - targets[i];
            sum += 0.5 * residual * residual;
            if (dPredictions != null) {
                dPredictions[i] = (float) (residual / batch);
            }
        }
        return sum / batch;
    }
}
