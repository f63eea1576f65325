package org.divelive.client.weightdecay;

import static org.divelive.client.widget.Markup.STATUS;
import static org.divelive.client.widget.Markup.button;
import static org.divelive.client.widget.Markup.buttons;
import static org.divelive.client.widget.Markup.chart;
import static org.divelive.client.widget.Markup.charts;
import static org.divelive.client.widget.Words.of;

/** The markup of the {@code weight-decay} widget: λ, Run and Clear, the two charts and the table of runs. */
final class WeightDecayTemplate {
    private WeightDecayTemplate() {
    }

    static String html(String settings) {
        return settings
                + buttons(button("run", of("Run", "运行")), button("clear", of("Clear", "清除")))
                + STATUS
                + charts(
                        chart("loss-chart", of("Train and test loss by epoch for each run", "每次运行各轮的训练损失和测试损失"),
                                of("Train loss (solid) and test loss (dashed) per epoch, log scale",
                                        "每轮的训练损失（实线）和测试损失（虚线），对数刻度")),
                        chart("norm-chart", of("Norm of the weights by epoch for each run", "每次运行各轮的权重范数"),
                                of("‖w‖ per epoch", "每轮的 ‖w‖")))
                + "<table class=\"widget-table\" data-role=\"runs\"><caption>"
                + of("Where each run ended", "每次运行的最终结果") + "</caption>"
                + "<thead><tr><th scope=\"col\">λ</th><th scope=\"col\">" + of("Train loss", "训练损失")
                + "</th><th scope=\"col\">" + of("Test loss", "测试损失") + "</th><th scope=\"col\">‖w‖</th></tr></thead>"
                + "<tbody></tbody></table>";
    }
}
