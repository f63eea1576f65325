package org.divelive.math.lessons.scratch;

import java.util.List;

import org.divelive.math.Rng;
import org.divelive.math.data.Batch;
import org.divelive.math.kernel.Compute;
import org.divelive.math.kernel.Kernels;
import org.divelive.math.kernel.RowVectors;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.loss.SoftmaxCrossEntropy;
import org.divelive.math.model.ClassificationModel;
import org.divelive.math.nn.Parameter;
import org.divelive.math.nn.Relu;

/**
 * A one-hidden-layer perceptron written out: H = ReLU(X·W₁ + b₁), O = H·W₂ + b₂, with every gradient of the
 * backward pass as its formula. Shapes: X (B, D), W₁ (D, H), W₂ (H, K).
 */
public final class MlpScratch implements ClassificationModel {
    private final int inputs;
    private final int hidden;
    private final int classes;
    private final Parameter w1;
    private final Parameter b1;
    private final Parameter w2;
    private final Parameter b2;
    private final SoftmaxCrossEntropy crossEntropy = new SoftmaxCrossEntropy();
    private float[] h = new float[0];
    private float[] o = new float[0];
    private float[] dO = new float[0];
    private float[] dH = new float[0];

    /** Every weight ~ N(0, 0.01²), biases 0, as the book starts it. */
    public MlpScratch(int inputs, int hidden, int classes, Rng rng) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.classes = classes;
        this.w1 = Parameter.zeros("W1", true, inputs, hidden);
        this.b1 = Parameter.zeros("b1", false, hidden);
        this.w2 = Parameter.zeros("W2", true, hidden, classes);
        this.b2 = Parameter.zeros("b2", false, classes);
        for (Parameter w : List.of(w1, w2)) {
            for (int i = 0; i < w.size(); i++) {
                w.value()[i] = (float) rng.nextGaussian(0, 0.01);
            }
        }
    }

    // region mlp-scratch-forward
    @Override
    public float[] logits(float[] x, int batch) {
        Kernels k = Compute.kernels();
        h = h.length >= batch * hidden ? h : new float[batch * hidden];
        o = o.length >= batch * classes ? o : new float[batch * classes];
        k.matmul(x, w1.value(), h, batch, inputs, hidden);            // Z = X·W₁ + b₁
        RowVectors.addToRows(h, b1.value(), batch, hidden);
        for (int i = 0; i < batch * hidden; i++) {
            h[i] = Math.max(h[i], 0f);                                  // H = ReLU(Z)
        }
        k.matmul(h, w2.value(), o, batch, hidden, classes);           // O = H·W₂ + b₂
        RowVectors.addToRows(o, b2.value(), batch, classes);
        return o;
    }
    // endregion

    // region mlp-scratch-backward
    @Override
    public BatchResult lossAndGradients(Batch batch) {
        Kernels k = Compute.kernels();
        int n = batch.size();
        float[] x = batch.featureArray();
        logits(x, n);
        dO = dO.length >= n * classes ? dO : new float[n * classes];
        dH = dH.length >= n * hidden ? dH : new float[n * hidden];
        BatchResult result = crossEntropy.lossAndGradient(o, batch.labelArray(), n, classes, dO);  // dO = (P − Y)/B
        k.matmulTransposeA(h, dO, w2.grad(), n, hidden, classes);     // ∂W₂ = Hᵀ·dO
        RowVectors.sumRows(dO, b2.grad(), n, classes);                 // ∂b₂ = Σᵢ dOᵢ
        k.matmulTransposeB(dO, w2.value(), dH, n, classes, hidden);   // dH = dO·W₂ᵀ
        for (int i = 0; i < n * hidden; i++) {
            dH[i] *= Relu.active(h[i]);                                 // dZ = dH ⊙ [Z > 0]
        }
        k.matmulTransposeA(x, dH, w1.grad(), n, inputs, hidden);      // ∂W₁ = Xᵀ·dZ
        RowVectors.sumRows(dH, b1.grad(), n, hidden);                  // ∂b₁ = Σᵢ dZᵢ
        return result;
    }
    // endregion

    @Override
    public BatchResult loss(float[] logits, Batch batch) {
        return crossEntropy.lossAndGradient(logits, batch.labelArray(), batch.size(), classes, null);
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(w1, b1, w2, b2);
    }
}
