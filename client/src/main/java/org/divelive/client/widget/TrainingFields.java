package org.divelive.client.widget;

import static org.divelive.client.widget.Words.of;

/**
 * The settings most training widgets share, each declared here once with its name (as shared-math's validators call
 * it), its {@code data-} attribute and its label; a widget gives only its own default.
 */
public final class TrainingFields {
    private TrainingFields() {
    }

    public static Settings.Field learningRate(String fallback) {
        return Settings.Field.number("learningRate", "data-lr", of("Learning rate η", "学习率 η"), fallback);
    }

    public static Settings.Field epochs(String fallback) {
        return Settings.Field.number("epochs", "data-epochs", of("Epochs", "轮数"), fallback);
    }

    public static Settings.Field seed(String fallback) {
        return Settings.Field.number("seed", "data-seed", of("Seed", "随机种子"), fallback);
    }
}
