package org.divelive.math.lessons.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.divelive.math.Rng;
import org.divelive.math.data.Dataset;
import org.divelive.math.data.TrainTestSplit;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;

/**
 * The playground's two-class data sets in the plane, points (x₁, x₂) in about [−1, 1]², drawn from a seeded
 * {@link Rng} so a seed names the same points on the JVM and in the page. Half the points are class 0, half class 1;
 * each shape is chosen so that some models can separate it and others cannot:
 *
 * <ul>
 * <li>{@link Shape#XOR}: the class is the sign of x₁·x₂ (opposite quadrants agree): no straight line separates it.
 * <li>{@link Shape#CIRCLE}: class 0 inside radius 0.5, class 1 in the ring from 0.7 to 1.
 * <li>{@link Shape#SPIRALS}: two spiral arms, one turned half a revolution against the other.
 * <li>{@link Shape#BLOBS}: two round Gaussian clouds; a straight line separates them.
 * </ul>
 *
 * Noise moves every point by a Gaussian of standard deviation {@code noise} in each coordinate after its class is
 * fixed, so at higher noise the classes overlap and no model can be right everywhere.
 */
public final class PlaneData {
    public enum Shape { XOR, CIRCLE, SPIRALS, BLOBS;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final int FEATURES = 2;
    public static final int CLASSES = 2;
    /** Points per data set, train and test together. */
    public static final int POINTS = 400;
    public static final double MAX_NOISE = 0.5;

    private PlaneData() {
    }

    /** The words forms and links use for the shapes: "xor", "circle", "spirals", "blobs". */
    public static List<String> words() {
        List<String> words = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            words.add(shape.word());
        }
        return words;
    }

    public static Shape shape(String word) {
        for (Shape shape : Shape.values()) {
            if (shape.word().equals(word)) {
                return shape;
            }
        }
        throw new InvalidHyperparameterException("dataset", "dataset must be one of " + String.join(", ", words())
                + ", was " + word, Rule.CHOICE, Double.NaN, Double.NaN);
    }

    /**
     * {@link #POINTS} points of the shape, shuffled, the first {@code trainPercent} % for training and the rest for
     * testing.
     *
     * @throws InvalidHyperparameterException naming "noise" or "trainPercent" when out of range
     */
    public static TrainTestSplit generate(Shape shape, double noise, double trainPercent, Rng rng) {
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new InvalidHyperparameterException("noise", "noise must be a number from 0 to " + MAX_NOISE
                    + ", was " + noise, Rule.BETWEEN, 0, MAX_NOISE);
        }
        if (!(trainPercent >= 10 && trainPercent <= 90)) {
            throw new InvalidHyperparameterException("trainPercent",
                    "trainPercent must be a number from 10 to 90, was " + trainPercent, Rule.BETWEEN, 10, 90);
        }
        float[] x = new float[POINTS * FEATURES];
        int[] labels = new int[POINTS];
        double[] point = new double[2];
        for (int i = 0; i < POINTS; i++) {
            int label = i % CLASSES;
            draw(shape, label, rng, point);
            x[2 * i] = (float) (point[0] + noise * rng.nextGaussian());
            x[2 * i + 1] = (float) (point[1] + noise * rng.nextGaussian());
            labels[i] = label;
        }
        Dataset all = Dataset.classification(x, FEATURES, labels, CLASSES);
        int[] order = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        int trainCount = (int) Math.floor(POINTS * trainPercent / 100 + 0.5);
        int[] trainRows = new int[trainCount];
        int[] testRows = new int[POINTS - trainCount];
        System.arraycopy(order, 0, trainRows, 0, trainCount);
        System.arraycopy(order, trainCount, testRows, 0, testRows.length);
        return new TrainTestSplit(all.select(trainRows), all.select(testRows));
    }

    /** One noise-free point of class {@code label} into {@code out}. */
    private static void draw(Shape shape, int label, Rng rng, double[] out) {
        switch (shape) {
            case XOR -> {
                // a point in a random quadrant of [−1, 1]² whose sign of x₁·x₂ matches the label: + for 0, − for 1;
                // points nearer an axis than the margin are left out, so without noise the quadrants have clear borders
                double margin = 0.05;
                double a = margin + (1 - margin) * rng.nextDouble();
                double b = margin + (1 - margin) * rng.nextDouble();
                boolean flip = rng.nextDouble() < 0.5;
                out[0] = flip ? -a : a;
                out[1] = (label == 0) == flip ? -b : b;
            }
            case CIRCLE -> {
                // uniform over the disc's (or the ring's) area: radius from the square root of a uniform
                double inner = label == 0 ? 0 : 0.7;
                double outer = label == 0 ? 0.5 : 1;
                double r = Math.sqrt(inner * inner + (outer * outer - inner * inner) * rng.nextDouble());
                double angle = 2 * Math.PI * rng.nextDouble();
                out[0] = r * Math.cos(angle);
                out[1] = r * Math.sin(angle);
            }
            case SPIRALS -> {
                // radius grows with the angle, 1.25 turns from the centre to the rim; class 1's arm is class 0's
                // turned by π
                double turns = 1.25;
                double t = 0.05 + 0.95 * rng.nextDouble();
                double angle = 2 * Math.PI * turns * t + label * Math.PI;
                out[0] = t * Math.cos(angle);
                out[1] = t * Math.sin(angle);
            }
            case BLOBS -> {
                double centre = label == 0 ? -0.45 : 0.45;
                out[0] = centre + 0.2 * rng.nextGaussian();
                out[1] = centre + 0.2 * rng.nextGaussian();
            }
            default -> throw new IllegalStateException("no shape " + shape);
        }
    }
}
