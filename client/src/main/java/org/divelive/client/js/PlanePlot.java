package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Pictures of the plane for the playground ({@code static/plane-plot.js}): a field of values over a square grid,
 * orange at its low end, white half way, blue at its high end, and the data's points over it.
 */
public final class PlanePlot {
    private PlanePlot() {
    }

    /** Draws {@code size}×{@code size} values from {@code offset} (row 0 at the top) scaled from low to high. */
    @JSBody(params = {"canvas", "values", "offset", "size", "low", "high"},
            script = "DiveLive.planePlot.field(canvas, values, offset, size, low, high);")
    public static native void field(HTMLElement canvas, float[] values, int offset, int size, double low,
            double high);

    /** Draws the points over the field: the first {@code trainCount} filled, the rest as rings. */
    @JSBody(params = {"canvas", "xs", "ys", "labels", "trainCount", "extent"},
            script = "DiveLive.planePlot.points(canvas, xs, ys, labels, trainCount, extent);")
    public static native void points(HTMLElement canvas, float[] xs, float[] ys, int[] labels, int trainCount,
            double extent);
}
