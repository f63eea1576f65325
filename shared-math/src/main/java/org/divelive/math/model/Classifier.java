package org.divelive.math.model;

import java.util.List;

import org.divelive.math.data.Batch;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.loss.SoftmaxCrossEntropy;
import org.divelive.math.nn.Layer;
import org.divelive.math.nn.Parameter;

/** The concise form of a classifier: any network of layers producing K logits, trained with softmax cross-entropy. */
public final class Classifier implements ClassificationModel {
    private final Layer network;
    private final int classes;
    private final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
    private float[] dLogits = new float[0];

    public Classifier(Layer network) {
        this.network = network;
        this.classes = network.outputSize();
    }

    @Override
    public BatchResult lossAndGradients(Batch batch) {
        int b = batch.size();
        float[] logits = network.forward(batch.featureArray(), b);
        if (dLogits.length < b * classes) {
            dLogits = new float[b * classes];
        }
        BatchResult result = loss.lossAndGradient(logits, batch.labelArray(), b, classes, dLogits);
        network.backward(dLogits, b, false);
        return result;
    }

    @Override
    public BatchResult loss(float[] logits, Batch batch) {
        return loss.lossAndGradient(logits, batch.labelArray(), batch.size(), classes, null);
    }

    @Override
    public float[] logits(float[] x, int batch) {
        return network.forward(x, batch);
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public List<Parameter> parameters() {
        return network.parameters();
    }

    public Layer network() {
        return network;
    }
}
