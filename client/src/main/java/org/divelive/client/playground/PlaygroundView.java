package org.divelive.client.playground;

import static org.divelive.client.widget.Words.of;

import org.divelive.client.js.Numbers;
import org.divelive.client.js.PlanePlot;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.TrainTestLosses;
import org.divelive.client.widget.WidgetHost;
import org.divelive.math.data.Dataset;
import org.divelive.math.lessons.playground.PlaygroundExperiment;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The views of {@code playground-2d}, all drawn from what shared-math's {@link PlaygroundExperiment} computes: the
 * decision map (p(class 1) over the plane, with the training points filled and the test points as rings), the loss
 * curves, and each first-layer unit's activation over the plane. Epochs are recorded as they come and drawn once per
 * frame.
 */
final class PlaygroundView {
    /** Grid cells per side of the decision map and of each unit's map. */
    private static final int BOUNDARY_GRID = 48;
    private static final int UNIT_GRID = 24;

    private final WidgetHost host;
    private final TrainTestLosses losses;
    private HTMLElement[] unitCanvases = new HTMLElement[0];
    private float[] xs;
    private float[] ys;
    private int[] labels;
    private int trainCount;

    PlaygroundView(WidgetHost host) {
        this.host = host;
        this.losses = new TrainTestLosses(host, of("cross-entropy", "交叉熵"), false, 3);
    }

    /** A fresh experiment: its points, empty curves, one canvas per first-layer unit, the untrained maps. */
    void reset(PlaygroundExperiment experiment) {
        losses.clear();
        host.out("test-accuracy", "–");
        Dataset train = experiment.data().train();
        Dataset test = experiment.data().test();
        trainCount = train.size();
        int count = train.size() + test.size();
        xs = new float[count];
        ys = new float[count];
        labels = new int[count];
        for (int i = 0; i < count; i++) {
            Dataset set = i < trainCount ? train : test;
            int row = i < trainCount ? i : i - trainCount;
            xs[i] = set.x(row, 0);
            ys[i] = set.x(row, 1);
            labels[i] = set.label(row);
        }
        HTMLElement units = host.element("units");
        units.setInnerHTML("");
        int[] hidden = experiment.hidden();
        unitCanvases = new HTMLElement[hidden.length > 0 ? hidden[0] : 0];
        HTMLDocument document = HTMLDocument.current();
        for (int j = 0; j < unitCanvases.length; j++) {
            HTMLElement figure = document.createElement("figure");
            HTMLElement canvas = document.createElement("canvas");
            canvas.setAttribute("role", "img");
            canvas.setAttribute("aria-label", Sentence.PLAYGROUND_UNIT.format(j + 1));
            HTMLElement caption = document.createElement("figcaption");
            caption.setTextContent(Sentence.PLAYGROUND_UNIT.format(j + 1));
            figure.appendChild(canvas);
            figure.appendChild(caption);
            units.appendChild(figure);
            unitCanvases[j] = canvas;
        }
        host.out("boundary-caption", Sentence.PLAYGROUND_BOUNDARY_CAPTION.format(trainCount, test.size()));
        host.out("units-caption", experiment.isPerceptron() ? Sentence.PLAYGROUND_NO_UNITS.format()
                : Sentence.PLAYGROUND_UNITS_CAPTION.format(experiment.hidden()[0]));
        render(experiment);
    }

    void recordEpoch(TrainEvent.EpochDone epoch) {
        losses.record(epoch);
    }

    /** Once per frame at most: the numbers, the curves and every map. */
    void render(PlaygroundExperiment experiment) {
        if (losses.last() != null) {
            host.out("test-accuracy", Numbers.format(losses.last().testAccuracy(), 3));
        }
        losses.render();
        HTMLElement boundary = host.element("boundary");
        PlanePlot.field(boundary, experiment.classOneProbability(BOUNDARY_GRID), 0, BOUNDARY_GRID, 0, 1);
        PlanePlot.points(boundary, xs, ys, labels, trainCount, PlaygroundExperiment.EXTENT);
        float[] pictures = experiment.firstLayerUnits(UNIT_GRID);
        int cells = UNIT_GRID * UNIT_GRID;
        for (int j = 0; j < unitCanvases.length; j++) {
            // each unit on its own symmetric scale, so a unit that has barely moved still shows its pattern
            double largest = 1e-6;
            for (int at = j * cells; at < (j + 1) * cells; at++) {
                largest = Math.max(largest, Math.abs(pictures[at]));
            }
            PlanePlot.field(unitCanvases[j], pictures, j * cells, UNIT_GRID, -largest, largest);
        }
    }
}
