package org.divelive.math.model;

import java.util.List;

import org.divelive.math.data.Batch;
import org.divelive.math.loss.BatchResult;
import org.divelive.math.loss.SquaredLoss;
import org.divelive.math.nn.Layer;
import org.divelive.math.nn.Parameter;

/** The concise form of a regression model: any network with one output, trained with the squared loss. */
public final class Regressor implements Model {
    private final Layer network;
    private float[] dPredictions = new float[0];

    public Regressor(Layer network) {
        if (network.outputSize() != 1) {
            throw new IllegalArgumentException("a regressor predicts one number, but the network gives "
                    + network.outputSize());
        }
        this.network = network;
    }

    @Override
    public BatchResult lossAndGradients(Batch batch) {
        int b = batch.size();
        float[] predictions = network.forward(batch.featureArray(), b);
        if (dPredictions.length < b) {
            dPredictions = new float[b];
        }
        double mean = SquaredLoss.lossAndGradient(predictions, batch.targetArray(), b, dPredictions);
        network.backward(dPredictions, b, false);
        return BatchResult.regressed(mean, b);
    }

    @Override
    public BatchResult loss(Batch batch) {
        float[] predictions = network.forward(batch.featureArray(), batch.size());
        return BatchResult.regressed(SquaredLoss.lossAndGradient(predictions, batch.targetArray(), batch.size(), null),
                batch.size());
    }

    /** Predictions ŷ (B) for inputs x (B, D), in the network's own buffer. */
    public float[] predict(float[] x, int batch) {
        return network.forward(x, batch);
    }

    @Override
    public List<Parameter> parameters() {
        return network.parameters();
    }
}
