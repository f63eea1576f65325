package org.divelive.math.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.junit.jupiter.api.Test;

class SetupReaderRulesTest {
    private static InvalidHyperparameterException first(Map<String, String> fields) {
        return assertThrows(InvalidSetupException.class, () -> new SetupReader(Ceilings.LIBRARY).readText(fields))
                .first();
    }

    @Test
    void aRejectionNamesTheRuleItBrokeWithItsBoundsSoAPageCanSayItInItsOwnWords() {
        InvalidHyperparameterException rate = first(Map.of("model", "softmax", "learningRate", "-1"));
        assertEquals("learningRate", rate.field());
        assertEquals(Rule.ABOVE, rate.violation().rule());
        assertEquals(0, rate.violation().low());
        assertEquals("learningRate must be a finite number > 0, was -1", rate.getMessage());

        InvalidHyperparameterException epochs = first(Map.of("model", "softmax", "epochs", "0"));
        assertEquals(Rule.WHOLE_BETWEEN, epochs.violation().rule());
        assertEquals(1, epochs.violation().low());
        assertEquals(10_000, epochs.violation().high());

        assertEquals(Rule.WHOLE, first(Map.of("model", "softmax", "seed", "1.5")).violation().rule());
        assertEquals(Rule.NOT_A_NUMBER, first(Map.of("model", "softmax", "batchSize", "abc")).violation().rule());
        assertEquals(Rule.LAYER_SIZES, first(Map.of("model", "mlp", "hidden", "64,abc")).violation().rule());
    }

    @Test
    void aBatchLargerThanTheTrainingImagesIsBoundedByThem() {
        InvalidHyperparameterException batch = first(Map.of("model", "softmax", "trainSubset", "1000",
                "batchSize", "2000"));
        assertEquals(Rule.AT_MOST_EXAMPLES, batch.violation().rule());
        assertEquals(1000, batch.violation().high());
    }

    @Test
    void aFieldNoRuleDescribesKeepsItsMessage() {
        InvalidHyperparameterException unknown = first(Map.of("model", "softmax", "speed", "3"));
        assertEquals(Rule.OTHER, unknown.violation().rule());
        assertEquals("speed", unknown.field());
    }
}
