package org.divelive.client.polyfit;

import static org.divelive.client.widget.Markup.STATUS;
import static org.divelive.client.widget.Markup.button;
import static org.divelive.client.widget.Markup.buttons;
import static org.divelive.client.widget.Markup.chart;
import static org.divelive.client.widget.Markup.charts;
import static org.divelive.client.widget.Markup.readout;
import static org.divelive.client.widget.Words.of;

import org.divelive.client.widget.TrainTestLosses;
import org.divelive.client.widget.Words;

/** The markup of the {@code poly-fit} widget: settings, buttons, the last epoch's losses and two charts. */
final class PolyFitTemplate {
    private PolyFitTemplate() {
    }

    static String html(String settings) {
        return settings
                + buttons(button("play", Words.PLAY), button("reset", Words.RESET))
                + STATUS
                + TrainTestLosses.readoutRow(readout(of("Test / train", "测试 / 训练"), "ratio", "–"))
                + charts(
                        chart("loss-chart", of("Train and test loss by epoch", "各轮的训练损失和测试损失"),
                                of("Train and test loss per epoch (log scale)", "每轮的训练损失和测试损失（对数刻度）")),
                        chart("fit-chart", of("The examples and the fitted polynomial", "样本和拟合的多项式"),
                                of("The examples (x, y), the model's curve ŷ(x) and the true cubic",
                                        "样本 (x, y)、模型的曲线 ŷ(x) 和真实的三次函数")));
    }
}
