package org.divelive.math.lessons.scratch;

import java.util.List;

import org.divelive.math.Rng;
import org.divelive.math.data.Batch;
import org.divelive.math.kernel.Compute;
import org.divelive.math.kernel.RowVectors;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.loss.SoftmaxCrossEntropy;
import org.divelive.math.model.ClassificationModel;
import org.divelive.math.nn.Parameter;

/**
 * Softmax regression written out: logits O = X·W + b with W (D, K), b (K); the loss is softmax cross-entropy and,
 * because its gradient with respect to O is (softmax(O) − Y)/B, the parameter gradients are one product each.
 */
public final class SoftmaxRegressionScratch implements ClassificationModel {
    private final int inputs;
    private final int classes;
    private final Parameter w;
    private final Parameter b;
    private final SoftmaxCrossEntropy crossEntropy = new SoftmaxCrossEntropy();
    private float[] logits = new float[0];
    private float[] dLogits = new float[0];

    /** W ~ N(0, 0.01²), b = 0, as the book starts it. */
    public SoftmaxRegressionScratch(int inputs, int classes, Rng rng) {
        this.inputs = inputs;
        this.classes = classes;
        this.w = Parameter.zeros("W", true, inputs, classes);
        this.b = Parameter.zeros("b", false, classes);
        for (int i = 0; i < w.size(); i++) {
            w.value()[i] = (float) rng.nextGaussian(0, 0.01);
        }
    }

    // region softmax-scratch-step
    @Override
    public BatchResult lossAndGradients(Batch batch) {
        int n = batch.size();
        float[] x = batch.featureArray();
        float[] o = logits(x, n);                                        // O = X·W + b          (B, K)
        dLogits = dLogits.length >= n * classes ? dLogits : new float[n * classes];
        BatchResult result = crossEntropy.lossAndGradient(o, batch.labelArray(), n, classes, dLogits);  // dO = (P − Y)/B
        Compute.kernels().matmulTransposeA(x, dLogits, w.grad(), n, inputs, classes);   // ∂W = Xᵀ·dO  (D, K)
        RowVectors.sumRows(dLogits, b.grad(), n, classes);                               // ∂b = Σᵢ dOᵢ (K)
        return result;
    }
    // endregion

    @Override
    public BatchResult loss(float[] logits, Batch batch) {
        return crossEntropy.lossAndGradient(logits, batch.labelArray(), batch.size(), classes, null);
    }

    @Override
    public float[] logits(float[] x, int batch) {
        logits = logits.length >= batch * classes ? logits : new float[batch * classes];
        Compute.kernels().matmul(x, w.value(), logits, batch, inputs, classes);
        RowVectors.addToRows(logits, b.value(), batch, classes);
        return logits;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(w, b);
    }
}
