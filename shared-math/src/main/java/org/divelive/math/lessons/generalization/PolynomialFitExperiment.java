package org.divelive.math.lessons.generalization;

import org.divelive.math.Rng;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.model.Regressor;
import org.divelive.math.nn.Init;
import org.divelive.math.nn.Linear;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.divelive.math.train.Clock;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.TrainListener;
import org.divelive.math.train.Trainer;

/**
 * The model-selection lesson's experiment: a polynomial of a chosen degree fitted to the first {@code trainSize}
 * examples of the cubic's data, tested on all 100 test examples. The book's recipe: a linear model without bias on
 * the features xⁱ/i! (column 0 is the constant 1), weights from N(0, 0.01²), minibatches of min(10, trainSize).
 * The book's lr 0.01 for its loss (ŷ − y)² is lr 0.02 for our ½(ŷ − y)²: the same steps. {@code data} holds the
 * training examples used (the first trainSize) and the whole test set, columns x⁰..x^degree.
 */
public record PolynomialFitExperiment(int degree, TrainTestSplit data, Regressor model, Trainer trainer) {
    /** The data's generator and the model's (which also shuffles): those of the book-results test. */
    public static final long DATA_SEED = 1;
    public static final long MODEL_SEED = 3;
    public static final int MAX_BATCH = 10;

    /**
     * @throws InvalidHyperparameterException naming {@code degree}, {@code trainSize}, {@code epochs} or
     *                                        {@code learningRate} when one is out of range
     */
    public static PolynomialFitExperiment of(double degree, double trainSize, double epochs, double learningRate,
            TrainListener listener) {
        int wholeDegree = (int) whole("degree", degree, 1, PolynomialData.MAX_DEGREE);
        int examples = (int) whole("trainSize", trainSize, 1, PolynomialData.TRAIN_SIZE);
        Hyperparameters hyperparameters = Hyperparameters.of(learningRate, Math.min(MAX_BATCH, examples), epochs, 0,
                MODEL_SEED);
        TrainTestSplit columns = PolynomialData.upToDegree(PolynomialData.course(new Rng(DATA_SEED)), wholeDegree);
        TrainTestSplit data = new TrainTestSplit(columns.train().first(examples), columns.test());
        Rng rng = new Rng(MODEL_SEED);
        Regressor model = new Regressor(Linear.withoutBias(wholeDegree + 1, 1, Init.BOOK, rng));
        return new PolynomialFitExperiment(wholeDegree, data, model,
                new Trainer(model, data.train(), data.test(), hyperparameters, rng, listener, Clock.SYSTEM));
    }

    private static double whole(String field, double value, int min, int max) {
        if (!(Math.floor(value) == value && value >= min && value <= max)) {
            throw new InvalidHyperparameterException(field,
                    field + " must be an integer from " + min + " to " + max + ", was " + value, Rule.WHOLE_BETWEEN,
                    min, max);
        }
        return value;
    }

    /** The fitted polynomial at x: the model's prediction on the features of x. */
    public double predict(double x) {
        return model.predict(PolynomialData.features(x, degree), 1)[0];
    }
}
