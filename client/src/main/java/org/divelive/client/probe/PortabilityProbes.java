package org.divelive.client.probe;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.io.ParameterFile;
import org.divelive.math.lessons.generalization.PolynomialData;
import org.divelive.math.lessons.generalization.WeightDecayData;
import org.divelive.math.lessons.linreg.LinearRegressionExperiment;
import org.divelive.math.lessons.scratch.MlpScratch;
import org.divelive.math.lessons.scratch.SoftmaxRegressionScratch;
import org.divelive.math.lessons.softmax.NaiveSoftmax;
import org.divelive.math.metrics.ConfusionMatrix;
import org.divelive.math.metrics.TopK;
import org.divelive.math.model.ClassificationModel;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.Init;
import org.divelive.math.train.Hyperparameters;
import org.divelive.math.train.LossHistory;
import org.divelive.math.train.Trainer;

/**
 * Runs pieces of shared-math in the page so the end-to-end tests can compare them with the same code on the JVM:
 * the proof that the page trains with the project's Java, not an imitation. Exposed as page globals by
 * {@link ProbesMain}, in a bundle of their own that lesson pages do not load.
 */
public final class PortabilityProbes {
    private PortabilityProbes() {
    }

    public static double[] normals(double seed, int count) {
        Rng rng = new Rng((long) seed);
        double[] normals = new double[count];
        for (int i = 0; i < count; i++) {
            normals[i] = rng.nextGaussian();
        }
        return normals;
    }

    public static double[] linearRegressionLosses(double learningRate, int batchSize, int epochs, double seed) {
        LossHistory history = new LossHistory();
        LinearRegressionExperiment.of(new Hyperparameters(learningRate, batchSize, epochs, 0, (long) seed), history)
                .trainer().run();
        return history.stepLosses();
    }

    /**
     * Step losses of a Fashion-MNIST model trained on the given uint8 images and labels: softmax regression from
     * scratch ({@code hidden} 0), the scratch MLP ({@code hidden} > 0) or the concise MLP ({@code hidden} < 0).
     */
    public static double[] fashionLosses(byte[] pixels, byte[] labels, int hidden, double learningRate,
            int batchSize, int epochs, double seed) {
        Rng rng = new Rng((long) seed);
        Dataset data = FashionMnist.dataset(pixels, labels);
        ClassificationModel model = fashionModel(hidden, rng);
        LossHistory history = new LossHistory();
        new Trainer(model, data, new Hyperparameters(learningRate, batchSize, epochs, 0, (long) seed), rng, history)
                .run();
        return history.stepLosses();
    }

    public static ClassificationModel fashionModel(int hidden, Rng rng) {
        if (hidden == 0) {
            return new SoftmaxRegressionScratch(FashionMnist.FEATURES, FashionMnist.CLASSES, rng);
        }
        if (hidden > 0) {
            return new MlpScratch(FashionMnist.FEATURES, hidden, FashionMnist.CLASSES, rng);
        }
        return ModelSpec.mlp(ModelSpec.ActivationKind.RELU, -hidden)
                .build(FashionMnist.FEATURES, FashionMnist.CLASSES, Init.BOOK, rng);
    }

    /** The parameter file of a freshly initialised model (same {@code hidden} convention as above). */
    public static byte[] savedParameters(int hidden, double seed) {
        return ParameterFile.write(fashionModel(hidden, new Rng((long) seed)).parameters());
    }

    /**
     * Loads saved parameters into a model of the same architecture and returns, per example, the confusion-matrix
     * count of (label, prediction) followed by the top-1 class and its probability: enough to see that the page
     * reads the file and scores exactly as the JVM does.
     */
    public static double[] scoreWithSavedParameters(byte[] file, int hidden, byte[] pixels, byte[] labels) {
        ClassificationModel model = fashionModel(hidden, new Rng(0));
        ParameterFile.load(file, model.parameters());
        Dataset data = FashionMnist.dataset(pixels, labels);
        ConfusionMatrix matrix = ConfusionMatrix.of(model, data);
        float[] logits = model.logits(data.featureArray(), data.size()).clone();
        double[] out = new double[1 + 2 * data.size()];
        out[0] = matrix.accuracy();
        for (int i = 0; i < data.size(); i++) {
            TopK top = TopK.of(logits, i * model.classes(), model.classes(), 3);
            out[1 + 2 * i] = top.classes()[0];
            out[2 + 2 * i] = top.probabilities()[0];
        }
        return out;
    }

    /** exp-overflow demo: the naive softmax of the logits, then the naive cross-entropy for label 0. */
    public static double[] naiveSoftmax(double[] logits) {
        double[] p = NaiveSoftmax.softmax(logits);
        double[] out = new double[p.length + 1];
        System.arraycopy(p, 0, out, 0, p.length);
        out[p.length] = NaiveSoftmax.crossEntropy(logits, 0);
        return out;
    }

    /** The first training example of the polynomial and the weight-decay sets: features then target. */
    public static double[] syntheticSets(double seed) {
        TrainTestSplit poly = PolynomialData.course(new Rng((long) seed));
        TrainTestSplit decay = WeightDecayData.course(new Rng((long) seed));
        double[] out = new double[poly.train().features() + 1 + decay.train().features() + 1];
        int k = 0;
        for (int j = 0; j < poly.train().features(); j++) {
            out[k++] = poly.train().x(0, j);
        }
        out[k++] = poly.train().y(0);
        for (int j = 0; j < decay.train().features(); j++) {
            out[k++] = decay.train().x(0, j);
        }
        out[k] = decay.train().y(0);
        return out;
    }
}
