package org.divelive.client.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.divelive.math.setting.Setting;
import org.junit.jupiter.api.Test;

class TrainingFieldsTest {
    /** A choice the catalogue lacks would throw here, as it would in the widget building its form. */
    @Test
    void everyChoiceOfTheFormsWordSettingsHasItsLabelInTheSettingsOrder() {
        assertEquals(List.of("ReLU", "sigmoid", "tanh"), TrainingFields.choiceLabels(Setting.ACTIVATION).stream()
                .map(label -> label.format(Language.ENGLISH)).toList());
        assertEquals(List.of("正态 N(0, 0.01²)", "Xavier 均匀"), TrainingFields.choiceLabels(Setting.INIT).stream()
                .map(label -> label.format(Language.CHINESE)).toList());
    }
}
