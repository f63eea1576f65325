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
 * point is the current loss; it is recomputed only when b has moved. Drawn once per frame at most.
 */
final class LinregSurfaceView {
    static final double W1_MIN = -1;
    static final double W1_MAX = 5;
    static final double W2_MIN = -6.5;
    static final double W2_MAX = 0.5;
    private static final int GRID = 60;
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

    LinregSurfaceView(HTMLElement canvas, HTMLElement bOut) {
        this.canvas = canvas;
        this.bOut = bOut;
    }

    void reset(LinearRegressionExperiment experiment) {
        surface = LossSurface.of(experiment.data());
        points = 0;
        drawnB = Double.NaN;
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
    }

    void render(double b) {
        if (!(Math.abs(b - drawnB) <= B_TOLERANCE)) {
            ContourPlot.drawSurface(canvas, surface.grid(b, W1_MIN, W1_MAX, GRID, W2_MIN, W2_MAX, GRID), GRID, GRID);
            drawnB = b;
            bOut.setTextContent(LinregView.num(b));
        }
        ContourPlot.drawPath(canvas, W1_MIN, W1_MAX, W2_MIN, W2_MAX, pathW1, pathW2, points,
                SyntheticRegression.TRUE_W[0], SyntheticRegression.TRUE_W[1], "w₁", "w₂");
        // the steps taken: the path's points less its starting point
        canvas.setAttribute("data-path-points", String.valueOf(points - 1));
    }
}
