package org.divelive.client.playground;

import static org.divelive.client.widget.Markup.STATUS;
import static org.divelive.client.widget.Markup.button;
import static org.divelive.client.widget.Markup.buttons;
import static org.divelive.client.widget.Markup.chart;
import static org.divelive.client.widget.Markup.readout;
import static org.divelive.client.widget.Words.of;

import org.divelive.client.widget.TrainTestLosses;
import org.divelive.client.widget.Words;

/**
 * The markup of {@code playground-2d}: settings, buttons, the last epoch's figures, the decision map over the data,
 * the train and test loss curves, and one small map per first-layer hidden unit.
 */
final class PlaygroundTemplate {
    private PlaygroundTemplate() {
    }

    static String html(String settings) {
        return settings
                + buttons(button("play", Words.PLAY), button("epoch", Words.ONE_EPOCH), button("reset", Words.RESET))
                + STATUS
                + TrainTestLosses.readoutRow(readout(of("Test accuracy", "测试准确率"), "test-accuracy", "–"))
                + "<div class=\"widget-charts\"><figure><div class=\"surface-box\"><canvas data-role=\"boundary\""
                + " role=\"img\" aria-label=\"" + of("The model's p(class 1) over the plane, with the points",
                        "模型在平面上的 p(类别 1)，以及数据点") + "\"></canvas></div><figcaption data-out=\"boundary-caption\">"
                + "</figcaption></figure>"
                + chart("loss-chart", of("Train and test loss by epoch", "各轮的训练损失和测试损失"),
                        of("Mean cross-entropy on the training points (during the epoch) and on the test points"
                                + " (after it)", "训练点上的平均交叉熵（一轮之中）和测试点上的平均交叉熵（一轮之后）"))
                + "</div>"
                + "<h4>" + of("The first hidden layer, unit by unit", "第一个隐藏层，逐个单元") + "</h4>"
                + "<p data-out=\"units-caption\"></p>"
                + "<div class=\"weight-grid\" data-role=\"units\"></div>";
    }
}
