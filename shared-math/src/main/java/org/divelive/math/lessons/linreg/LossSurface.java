package org.divelive.math.lessons.linreg;

import org.divelive.math.data.Dataset;

/**
 * The mean squared loss L(w₁, w₂, b) = (1/N)·Σ ½(w₁x₁ + w₂x₂ + b − y)² of a two-feature linear model on a whole
 * data set, the loss {@link LinearRegressionScratch} minimises, as a surface to draw. L is a quadratic in the
 * parameters, so it is computed from the data's means of x₁, x₂, y and their pairwise products, read once: a
 * whole grid then costs a few multiplications per point instead of a pass over the data.
 */
public final class LossSurface {
    private final double x1;
    private final double x2;
    private final double y;
    private final double x1x1;
    private final double x2x2;
    private final double x1x2;
    private final double x1y;
    private final double x2y;
    private final double yy;

    private LossSurface(double[] means) {
        x1 = means[0];
        x2 = means[1];
        y = means[2];
        x1x1 = means[3];
        x2x2 = means[4];
        x1x2 = means[5];
        x1y = means[6];
        x2y = means[7];
        yy = means[8];
    }

    /** The surface of a data set of two features. */
    public static LossSurface of(Dataset data) {
        if (data.features() != 2 || data.isClassification()) {
            throw new IllegalArgumentException("the loss surface is drawn over (w₁, w₂): it needs a regression set"
                    + " of 2 features, this one has " + data.features());
        }
        double[] sums = new double[9];
        for (int i = 0; i < data.size(); i++) {
            double a = data.x(i, 0);
            double c = data.x(i, 1);
            double t = data.y(i);
            sums[0] += a;
            sums[1] += c;
            sums[2] += t;
            sums[3] += a * a;
            sums[4] += c * c;
            sums[5] += a * c;
            sums[6] += a * t;
            sums[7] += c * t;
            sums[8] += t * t;
        }
        for (int k = 0; k < sums.length; k++) {
            sums[k] /= data.size();
        }
        return new LossSurface(sums);
    }

    /** L(w₁, w₂, b): ½·mean((w₁x₁ + w₂x₂ + b − y)²) with the square expanded into the stored means. */
    public double loss(double w1, double w2, double b) {
        double square = w1 * w1 * x1x1 + w2 * w2 * x2x2 + b * b + yy
                + 2 * (w1 * w2 * x1x2 + w1 * b * x1 + w2 * b * x2 - w1 * x1y - w2 * x2y - b * y);
        return 0.5 * Math.max(square, 0);   // a mean of squares is ≥ 0; rounding may leave −1e-16
    }

    /**
     * L at the grid's points with b fixed, row-major: row r (0..rows−1) at w₂ = w2Min + r·(w2Max − w2Min)/(rows − 1),
     * column c at w₁ = w1Min + c·(w1Max − w1Min)/(columns − 1); both ends included.
     */
    public double[] grid(double b, double w1Min, double w1Max, int columns, double w2Min, double w2Max, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 columns and 2 rows, was " + columns + " × "
                    + rows);
        }
        double[] values = new double[columns * rows];
        for (int r = 0; r < rows; r++) {
            double w2 = w2Min + r * (w2Max - w2Min) / (rows - 1);
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = loss(w1Min + c * (w1Max - w1Min) / (columns - 1), w2, b);
            }
        }
        return values;
    }
}
