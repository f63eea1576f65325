package org.divelive.math.setup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;

import org.divelive.math.nn.Init;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.Given;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.junit.jupiter.api.Test;

class SetupReaderTest {
    private final SetupReader library = new SetupReader(Ceilings.LIBRARY);

    private Map<String, String> errors(Map<String, String> text) {
        return assertThrows(InvalidSetupException.class, () -> library.readText(text)).errors();
    }

    @Test
    void everyDefaultPassesItsOwnSettingsCheck() {
        for (TrainedModel model : TrainedModel.values()) {
            for (Setting setting : model.settings()) {
                setting.check(Given.text(setting.defaultText(model)), setting.name(), null, "");
            }
        }
    }

    @Test
    void aFormsTextReadsAsTheSameSetupAsTheJsonARequestSends() {
        Setup fromText = library.readText(Map.of("model", "mlp", "hidden", "256, 128", "learningRate", "0,3",
                "batchSize", "64", "seed", "7"));
        Map<String, Given> json = new LinkedHashMap<>();
        json.put("model", Given.word("mlp"));
        json.put("hidden", Given.numbers(new double[] {256, 128}, "[256,128]"));
        json.put("lr", Given.number(0.3));
        json.put("batchSize", Given.number(64));
        json.put("seed", Given.number(7));
        assertEquals(fromText, library.read(json));
        assertArrayEquals(new int[] {256, 128}, fromText.network().hidden());
        assertEquals(0.3, fromText.hyperparameters().learningRate(), "a decimal comma is a decimal point");
    }

    @Test
    void aSetupWrittenAsTextReadsBackTheSame() {
        Setup setup = library.readText(Map.of("model", "mlp", "hidden", "32,16", "activation", "tanh",
                "weightDecay", "0.001", "trainSubset", "5000"));
        Map<String, String> text = new LinkedHashMap<>();
        setup.values().forEach((setting, value) -> text.put(setting.name(), Setup.text(value)));
        assertEquals(setup, library.readText(text));
        assertEquals("32,16", text.get("hidden"));
    }

    @Test
    void typedNumbersAreRejectedWithTheFieldAndTheValue() {
        Map<String, String> errors = errors(Map.of("model", "softmax", "learningRate", "fast", "batchSize", "1,000,5",
                "epochs", "2.5"));
        assertEquals("learningRate must be a number, was fast", errors.get("learningRate"));
        assertEquals("batchSize must be a number, was 1,000,5", errors.get("batchSize"),
                "commas that are neither thousands nor one decimal comma are not guessed at");
        assertEquals("epochs must be an integer from 1 to 10000, was 2.5", errors.get("epochs"));
    }

    @Test
    void eachModelTakesItsOwnSettingsWithItsOwnDefaults() {
        Setup linreg = library.readText(Map.of("model", "linreg"));
        assertNull(linreg.network());
        assertEquals(0.03, linreg.hyperparameters().learningRate());
        assertEquals(1000, linreg.trainSubset());
        assertEquals(60_000, library.readText(Map.of("model", "softmax")).trainSubset());
        assertEquals(java.util.List.of("model", "hidden", "activation", "learningRate", "batchSize", "epochs",
                "weightDecay", "seed", "trainSubset", "init"), Setting.names(TrainedModel.MLP.settings()));
    }

    @Test
    void anMlpStartsFromTheBooksNormalWeightsUnlessXavierIsChosen() {
        Setup byDefault = library.readText(Map.of("model", "mlp"));
        assertEquals("normal", byDefault.init());
        assertSame(Init.BOOK, byDefault.initialization());
        Setup xavier = library.readText(Map.of("model", "mlp", "init", "xavier"));
        assertSame(Init.XAVIER, xavier.initialization());
        assertEquals("xavier", xavier.values().get(Setting.INIT), "the choice is written back like every setting");
    }

    @Test
    void anUnknownInitialisationIsNamedWithItsChoices() {
        assertEquals("init must be one of normal, xavier, was he", errors(Map.of("model", "mlp", "init", "he"))
                .get("init"));
        assertEquals("init does not apply to softmax, which takes model, hidden, learningRate, batchSize, epochs,"
                + " weightDecay, seed, trainSubset", errors(Map.of("model", "softmax", "init", "xavier")).get("init"));
        assertNull(library.readText(Map.of("model", "softmax")).init());
    }
}
