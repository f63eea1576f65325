package org.divelive.client.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SentenceTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everySentenceTakesTheSameFiguresInBothLanguages() {
        for (Sentence sentence : Sentence.values()) {
            assertEquals(placeholders(sentence.template(Language.ENGLISH)),
                    placeholders(sentence.template(Language.CHINESE)), sentence.name());
        }
    }

    @Test
    void eachLanguagePutsTheFiguresWhereItsGrammarWantsThem() {
        assertEquals("After step 12 the loss became NaN: training stopped. Lower the learning rate and press Reset.",
                Sentence.DIVERGED.format(Language.ENGLISH, 12, "NaN"));
        assertEquals("第 12 步之后损失变成了 NaN，训练已停止。请调低学习率后按“重置”。",
                Sentence.DIVERGED.format(Language.CHINESE, 12, "NaN"));
    }

    @Test
    void noPlaceholderIsLeftOnceEveryFigureIsGiven() {
        for (Sentence sentence : Sentence.values()) {
            for (Language language : Language.values()) {
                int count = placeholders(sentence.template(language)).size();
                Object[] args = new Object[count];
                for (int i = 0; i < count; i++) {
                    args[i] = "x" + i;
                }
                assertFalse(PLACEHOLDER.matcher(sentence.format(language, args)).find(), sentence.name());
            }
        }
    }

    private static Set<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(placeholder -> placeholder.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
