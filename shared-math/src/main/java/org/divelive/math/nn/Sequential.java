package org.divelive.math.nn;

import java.util.ArrayList;
import java.util.List;

/** Layers applied in order; backward runs them in reverse, each passing dX on as the next one's dY. */
public final class Sequential implements Layer {
    private final List<Layer> layers;
    private final List<Parameter> parameters;

    public Sequential(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a Sequential needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputSize() != layers.get(i - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + i + " takes " + layers.get(i).inputSize()
                        + " inputs but layer " + (i - 1) + " gives " + layers.get(i - 1).outputSize());
            }
        }
        this.layers = List.copyOf(layers);
        List<Parameter> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).parameters()) {
                // names like "0.W", "2.b" locate a parameter in the network and in saved files
                all.add(new Parameter(i + "." + p.name(), p.shape(), p.value(), p.grad(), p.decays()));
            }
        }
        this.parameters = List.copyOf(all);
    }

    // region sequential
    @Override
    public float[] forward(float[] x, int batch) {
        float[] h = x;
        for (Layer layer : layers) {
            h = layer.forward(h, batch);
        }
        return h;
    }

    @Override
    public float[] backward(float[] dY, int batch, boolean needInputGradient) {
        float[] d = dY;
        for (int i = layers.size() - 1; i >= 0; i--) {
            d = layers.get(i).backward(d, batch, i > 0 || needInputGradient);
        }
        return d;
    }
    // endregion

    @Override
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    @Override
    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    public List<Layer> layers() {
        return layers;
    }
}
