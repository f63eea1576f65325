package org.divelive.math.lessons.playground;

import org.divelive.math.Rng;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.model.Classifier;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.Init;
import org.divelive.math.nn.Layer;
import org.divelive.math.nn.Sequential;
import org.divelive.math.setting.Given;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.divelive.math.setting.Setting;
import org.divelive.math.train.Clock;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainListener;
import org.divelive.math.train.Trainer;

/**
 * The perceptron/MLP lesson's playground: a small classifier on a {@link PlaneData} set, trained by the same concise
 * {@link Classifier} (softmax cross-entropy over the two classes), {@link Trainer} and SGD with weight decay as every
 * other model here. A perceptron is the network without a hidden layer: two logits linear in (x₁, x₂), so its
 * decision boundary p(class 1) = ½ is a straight line. What the page draws is computed here too: the model's
 * p(class 1) and each first-layer unit's activation over a grid of the plane.
 *
 * <p>One generator seeded by {@code seed} draws the points, then the weights, then the shuffles: the whole run is a
 * function of the settings.
 */
public record PlaygroundExperiment(TrainTestSplit data, Classifier model, Trainer trainer, int[] hidden) {
    /** The plotted square is [−EXTENT, EXTENT]², a little wider than the noise-free data's [−1, 1]². */
    public static final double EXTENT = 1.5;
    /** Units per hidden layer: few enough that every unit's picture fits beside the others. */
    public static final int MAX_UNITS = 8;

    /** What the form gives, already read as numbers and words; each is checked and a bad one named. */
    public record Choices(String data, double noise, double trainPercent, boolean perceptron, String hidden,
            String activation, String init, double learningRate, double batchSize, double epochs, double weightDecay,
            double seed) {
    }

    /** @throws InvalidHyperparameterException naming the first bad setting */
    public static PlaygroundExperiment of(Choices c, TrainListener listener) {
        PlaneData.Shape shape = PlaneData.shape(c.data());
        int[] hidden = c.perceptron() ? new int[0]
                : (int[]) Setting.HIDDEN.check(Given.text(c.hidden().trim()), "hidden", (double) MAX_UNITS,
                        "in the playground");
        String activation = (String) Setting.ACTIVATION.check(Given.text(c.activation()), "activation", null, "");
        String init = (String) Setting.INIT.check(Given.text(c.init()), "init", null, "");
        if (hidden.length == 0 && !c.perceptron()) {
            throw new InvalidHyperparameterException("hidden",
                    "hidden must list 1 to " + Setting.MAX_HIDDEN_LAYERS + " layer sizes for an MLP, was empty",
                    Rule.LAYER_SIZES, 1, Setting.MAX_HIDDEN_LAYERS);
        }
        Hyperparameters hyperparameters = Hyperparameters.of(c.learningRate(), c.batchSize(), c.epochs(),
                c.weightDecay(), c.seed());
        Rng rng = new Rng(hyperparameters.seed());
        TrainTestSplit data = PlaneData.generate(shape, c.noise(), c.trainPercent(), rng);
        ModelSpec spec = c.perceptron() ? ModelSpec.softmax() : ModelSpec.parse("mlp", hidden, activation);
        Classifier model = spec.build(PlaneData.FEATURES, PlaneData.CLASSES, "xavier".equals(init) ? Init.XAVIER
                : Init.BOOK, rng);
        Trainer trainer = new Trainer(model, data.train(), data.test(), hyperparameters, rng, listener, Clock.SYSTEM);
        return new PlaygroundExperiment(data, model, trainer, hidden);
    }

    /** The grid's points, row-major, row 0 at the top (x₂ = +EXTENT), column 0 at the left (x₁ = −EXTENT). */
    static float[] grid(int size) {
        float[] points = new float[size * size * 2];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                int at = 2 * (row * size + column);
                points[at] = (float) coordinate(column, size);
                points[at + 1] = (float) -coordinate(row, size);
            }
        }
        return points;
    }

    /** The centre of cell {@code index} of {@code size} along [−EXTENT, EXTENT]. */
    static double coordinate(int index, int size) {
        return -EXTENT + (index + 0.5) * 2 * EXTENT / size;
    }

    /** p(class 1) at each grid cell: softmax of the two logits, which for two classes is σ(z₁ − z₀). */
    public float[] classOneProbability(int size) {
        float[] logits = model.logits(grid(size), size * size);
        float[] p = new float[size * size];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (1 / (1 + Math.exp(logits[2 * i] - logits[2 * i + 1])));
        }
        return p;
    }

    /**
     * Each first-layer hidden unit's activation at each grid cell, unit by unit: unit j's picture is
     * {@code [j·size², (j + 1)·size²)}. Empty for a perceptron, which has no hidden unit.
     */
    public float[] firstLayerUnits(int size) {
        if (hidden.length == 0) {
            return new float[0];
        }
        int cells = size * size;
        int units = hidden[0];
        // the network's first two layers: Linear(2 → H₁) and its activation
        Sequential network = (Sequential) model.network();
        Layer linear = network.layers().get(0);
        Layer activation = network.layers().get(1);
        float[] h = activation.forward(linear.forward(grid(size), cells), cells);   // (cells, H₁)
        float[] pictures = new float[units * cells];
        for (int cell = 0; cell < cells; cell++) {
            for (int j = 0; j < units; j++) {
                pictures[j * cells + cell] = h[cell * units + j];
            }
        }
        return pictures;
    }

    /** The layer sizes, a copy: the record's own array stays as the model was built. */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    public boolean isPerceptron() {
        return hidden.length == 0;
    }
}
