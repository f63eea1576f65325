package org.divelive.client.linreg;

import java.util.Arrays;

import org.divelive.client.js.ContourPlot;
import org.divelive.math.data.SyntheticRegression;
import org.divelive.math.lessons.linreg.LinearRegressionExperiment;
import org.divelive.math.lessons.linreg.LossSurface;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The loss surface over (w₁, w₂) as contour bands with the SGD path on it. The surface is shared-math's
 * {@link LossSurface} of the widget's data with b held at the model's current value, so the colour under the current
 * point is the current loss; it is recomputed only when b has moved or the window has. The window opens around the
 * true w and grows to hold the whole path, so a diverging w stays on the plot. Drawn once per frame at most.
 */
final class LinregSurfaceView {
    /** The opening window, around the true w = (2, −3.4). */
    private static final double W1_MIN = -1;
    private static final double W1_MAX = 5;
    private static final double W2_MIN = -6.5;
    private static final double W2_MAX = 0.5;
    private static final int GRID = 60;
    /** Room left around the path when the window grows, as a share of its span. */
    private static final double GROWTH_MARGIN = 0.1;
    /** The window grows no further: past it the loss overflows double precision, and the point is shown leaving. */
    private static final double LARGEST_WINDOW = 1e6;
    /** A smaller move of b changes no colour band visibly. */
    private static final double B_TOLERANCE = 1e-3;

    private final HTMLElement canvas;
    private final HTMLElement bOut;
    private LossSurface surface;
    /** (w₁, w₂) before the first step, then after each step. */
    private float[] pathW1 = new float[1024];
    private float[] pathW2 = new float[1024];
    private int points;
    private double drawnB;
    private double w1Min;
    private double w1Max;
    private double w2Min;
    private double w2Max;

    LinregSurfaceView(HTMLElement canvas, HTMLElement bOut) {
        this.canvas = canvas;
        this.bOut = bOut;
    }

    void reset(LinearRegressionExperiment experiment) {
        surface = LossSurface.of(experiment.data());
        points = 0;
        drawnB = Double.NaN;
        w1Min = W1_MIN;
        w1Max = W1_MAX;
        w2Min = W2_MIN;
        w2Max = W2_MAX;
        float[] w = experiment.weights();
        record(w[0], w[1]);
    }

    /** The weights after a step. */
    void record(float w1, float w2) {
        if (points == pathW1.length) {
            pathW1 = Arrays.copyOf(pathW1, 2 * points);
            pathW2 = Arrays.copyOf(pathW2, 2 * points);
        }
        pathW1[points] = w1;
        pathW2[points] = w2;
        points++;
        grow(w1, w2);
    }

    /** Widens the window to hold (w₁, w₂) with a margin; the surface is then drawn again for the new window. */
    private void grow(double w1, double w2) {
        if (Double.isNaN(w1) || Double.isNaN(w2) || w1 >= w1Min && w1 <= w1Max && w2 >= w2Min && w2 <= w2Max) {
            return;
        }
        double margin1 = GROWTH_MARGIN * (Math.max(w1Max, w1) - Math.min(w1Min, w1));
        double margin2 = GROWTH_MARGIN * (Math.max(w2Max, w2) - Math.min(w2Min, w2));
        w1Min = Math.max(-LARGEST_WINDOW, Math.min(w1Min, w1 - margin1));
        w1Max = Math.min(LARGEST_WINDOW, Math.max(w1Max, w1 + margin1));
        w2Min = Math.max(-LARGEST_WINDOW, Math.min(w2Min, w2 - margin2));
        w2Max = Math.min(LARGEST_WINDOW, Math.max(w2Max, w2 + margin2));
        drawnB = Double.NaN;
    }

    void render(double b) {
        if (!(Math.abs(b - drawnB) <= B_TOLERANCE)) {
            ContourPlot.drawSurface(canvas, surface.grid(b, w1Min, w1Max, GRID, w2Min, w2Max, GRID), GRID, GRID);
            drawnB = b;
            bOut.setTextContent(LinregView.num(b));
        }
        ContourPlot.drawPath(canvas, w1Min, w1Max, w2Min, w2Max, pathW1, pathW2, points,
                SyntheticRegression.TRUE_W[0], SyntheticRegression.TRUE_W[1], "w₁", "w₂");
        // the steps taken: the path's points less its starting point
        canvas.setAttribute("data-path-points", String.valueOf(points - 1));
        // the window and where the path ends, for whoever checks that the path stays on the plot
        canvas.setAttribute("data-window", w1Min + " " + w1Max + " " + w2Min + " " + w2Max);
        canvas.setAttribute("data-last-point", pathW1[points - 1] + " " + pathW2[points - 1]);
    }
}
