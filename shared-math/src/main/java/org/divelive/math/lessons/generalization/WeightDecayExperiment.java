package org.divelive.math.lessons.generalization;

import org.divelive.math.Rng;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.model.Regressor;
import org.divelive.math.nn.Init;
import org.divelive.math.nn.Linear;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.train.Clock;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainListener;
import org.divelive.math.train.Trainer;

/**
 * The weight-decay lesson's experiment, the book's recipe: d = 200 features but 20 training examples, a linear
 * model with weights from N(0, 1), lr 0.003, minibatches of 5, and the penalty λ/2·‖w‖² on the weights (not the
 * bias). The data and the initial weights are the same for every λ, so runs differ only by λ.
 */
public final class WeightDecayExperiment {
    public static final long DATA_SEED = 5;
    public static final long MODEL_SEED = 6;
    public static final double LEARNING_RATE = 0.003;
    public static final int BATCH_SIZE = 5;

    private final Linear layer;
    private final Trainer trainer;

    /** @throws InvalidHyperparameterException naming {@code weightDecay} or {@code epochs} when out of range */
    public WeightDecayExperiment(double lambda, double epochs, TrainListener listener) {
        Hyperparameters hyperparameters = Hyperparameters.of(LEARNING_RATE, BATCH_SIZE, epochs, lambda, MODEL_SEED);
        TrainTestSplit data = WeightDecayData.course(new Rng(DATA_SEED));
        Rng rng = new Rng(MODEL_SEED);
        this.layer = new Linear(WeightDecayData.FEATURES, 1, Init.normal(1), rng);
        this.trainer = new Trainer(new Regressor(layer), data.train(), data.test(), hyperparameters, rng, listener,
                Clock.SYSTEM);
    }

    /** ‖w‖ = √(Σ wᵢ²) over the weights (the bias is not penalised, so it is not counted). */
    public double weightNorm() {
        double sum = 0;
        for (float w : layer.weight().value()) {
            sum += (double) w * w;
        }
        return Math.sqrt(sum);
    }

    public Trainer trainer() {
        return trainer;
    }
}
