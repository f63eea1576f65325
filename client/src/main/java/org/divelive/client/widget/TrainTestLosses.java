package org.divelive.client.widget;

import static org.divelive.client.widget.Words.of;

import org.divelive.client.js.Charts;
import org.divelive.client.js.Numbers;
import org.divelive.math.train.TrainEvent;
import org.teavm.jso.JSObject;

/**
 * The train and test loss of an in-page experiment, epoch by epoch: two curves in the template's {@code loss-chart}
 * and the last epoch's {@code epoch}, {@code train-loss} and {@code test-loss} readouts. Epochs are recorded as they
 * come and drawn once per frame.
 */
public final class TrainTestLosses {
    private final WidgetHost host;
    private final JSObject chart;
    private final int digits;
    private TrainEvent.EpochDone last;

    /** @param digits significant digits of the loss readouts */
    public TrainTestLosses(WidgetHost host, String yTitle, boolean logY, int digits) {
        this.host = host;
        this.digits = digits;
        this.chart = Charts.lineChart(host.element("loss-chart"), Words.EPOCH_AXIS, yTitle, logY,
                new String[] {of("train loss", "训练损失"), of("test loss", "测试损失")},
                new String[] {"#1c7ed6", "#e8590c"});
    }

    /** The readouts this class fills (epoch, train loss, test loss) side by side, followed by the widget's own. */
    public static String readoutRow(String... more) {
        return Markup.readoutRow(Markup.readout(Words.EPOCH, "epoch", "0"),
                Markup.readout(of("Train loss", "训练损失"), "train-loss", "–"),
                Markup.readout(of("Test loss", "测试损失"), "test-loss", "–"), String.join("", more));
    }

    /** Empty curves, epoch 0 and dashes, for a fresh experiment. */
    public void clear() {
        last = null;
        Charts.clear(chart, 0);
        Charts.clear(chart, 1);
        host.out("epoch", "0");
        host.clear("–", "train-loss", "test-loss");
    }

    public void record(TrainEvent.EpochDone epoch) {
        last = epoch;
        Charts.addPoint(chart, 0, epoch.epoch(), epoch.trainLoss());
        Charts.addPoint(chart, 1, epoch.epoch(), epoch.testLoss());
    }

    /** The last recorded epoch, or null before the first. */
    public TrainEvent.EpochDone last() {
        return last;
    }

    /** Once per frame at most: the readouts and the curves. */
    public void render() {
        if (last != null) {
            host.out("epoch", String.valueOf(last.epoch()));
            host.out("train-loss", Numbers.format(last.trainLoss(), digits));
            host.out("test-loss", Numbers.format(last.testLoss(), digits));
        }
        Charts.update(chart);
    }
}
