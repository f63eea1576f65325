package org.divelive.server.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.model.ModelSpec;
import org.divelive.math.nn.Init;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.math.setup.Setup;
import org.junit.jupiter.api.Test;

class RunSpecParserTest {
    private final RunSpecParser server = new RunSpecParser(Ceilings.SERVER_DEFAULTS);

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) RunJson.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private Map<String, String> errors(String body) {
        return assertThrows(InvalidSetupException.class, () -> server.parse(json(body))).errors();
    }

    @Test
    void anMlpWithNothingButItsModelTakesTheBooksRecipe() {
        Setup spec = server.parse(json("{\"model\": \"mlp\"}"));
        assertEquals(TrainedModel.MLP, spec.model());
        assertArrayEquals(new int[] {256}, spec.network().hidden());
        assertEquals(ModelSpec.ActivationKind.RELU, spec.network().activation());
        assertEquals(0.1, spec.hyperparameters().learningRate());
        assertEquals(256, spec.hyperparameters().batchSize());
        assertEquals(10, spec.hyperparameters().epochs());
        assertEquals(0, spec.hyperparameters().weightDecay());
        assertEquals(42, spec.hyperparameters().seed());
        assertEquals(60_000, spec.trainSubset());
        assertEquals(235 * 10, spec.totalSteps());
    }

    @Test
    void anMlpRunStartsFromTheBooksNormalWeightsUnlessTheRequestChoosesXavier() {
        Setup normal = server.parse(json("{\"model\": \"mlp\"}"));
        assertEquals("normal", normal.init());
        assertEquals("normal", RunJson.config(normal).get("init").asText(), "stored with the run");
        Setup xavier = server.parse(json("{\"model\": \"mlp\", \"init\": \"xavier\"}"));
        assertSame(Init.XAVIER, xavier.initialization());
        assertEquals(xavier, server.parse(RunJson.config(xavier)));
        assertEquals("init must be one of normal, xavier, was glorot",
                errors("{\"model\": \"mlp\", \"init\": \"glorot\"}").get("init"));
    }

    @Test
    void softmaxHasNoHiddenLayerAndLinregTheLessonsRecipe() {
        Setup softmax = server.parse(json("{\"model\": \"softmax\", \"hidden\": []}"));
        assertEquals(0, softmax.network().hidden().length);

        Setup linreg = server.parse(json("{\"model\": \"linreg\"}"));
        assertNull(linreg.network());
        assertEquals(0.03, linreg.hyperparameters().learningRate());
        assertEquals(10, linreg.hyperparameters().batchSize());
        assertEquals(3, linreg.hyperparameters().epochs());
        assertEquals(1000, linreg.trainSubset());
    }

    @Test
    void everyBadFieldGetsItsOwnMessageInSharedMathsWords() {
        Map<String, String> errors = errors("{\"model\": \"mlp\", \"lr\": -1, \"epochs\": 0, \"batchSize\": 2.5, "
                + "\"weightDecay\": -3, \"seed\": 1e300, \"hidden\": [0], \"activation\": \"gelu\", "
                + "\"trainSubset\": 70000}");
        assertEquals("learningRate must be a finite number > 0, was -1", errors.get("lr"));
        assertEquals("epochs must be an integer from 1 to 10000, was 0", errors.get("epochs"));
        assertEquals("batchSize must be an integer from 1 to 60000, was 2.5", errors.get("batchSize"));
        assertEquals("weightDecay must be a number from 0 to 1000, was -3", errors.get("weightDecay"));
        assertEquals("seed must be an integer of at most 2^53 in size, was 1.0E300", errors.get("seed"));
        assertEquals("hidden[0] must be an integer from 1 to 4096, was 0", errors.get("hidden"));
        assertEquals("activation must be one of relu, sigmoid, tanh, was gelu", errors.get("activation"));
        assertEquals("trainSubset must be an integer from 1 to 60000, was 70000", errors.get("trainSubset"));
        assertEquals(8, errors.size());
    }

    @Test
    void unknownFieldsAndFieldsOfAnotherModelAreNamed() {
        Map<String, String> errors = errors("{\"model\": \"linreg\", \"colour\": 0.1, \"hidden\": [3], "
                + "\"trainSubset\": 10}");
        assertEquals("unknown field colour; a run takes model, hidden, activation, learningRate, batchSize, epochs, "
                + "weightDecay, seed, trainSubset, init", errors.get("colour"));
        assertEquals("hidden does not apply to linreg, which takes model, learningRate, batchSize, epochs, "
                + "weightDecay, seed", errors.get("hidden"));
        assertEquals("trainSubset does not apply to linreg, which takes model, learningRate, batchSize, epochs, "
                + "weightDecay, seed", errors.get("trainSubset"));
        assertEquals("activation does not apply to softmax, which takes model, hidden, learningRate, batchSize, epochs, "
                + "weightDecay, seed, trainSubset", errors("{\"model\": \"softmax\", \"activation\": \"relu\"}")
                .get("activation"));
        assertEquals("hidden must be empty for softmax regression, was 1 layers",
                errors("{\"model\": \"softmax\", \"hidden\": [10]}").get("hidden"));
    }

    @Test
    void theModelIsRequiredAndTypesAreChecked() {
        assertEquals("model is required: linreg, softmax, mlp", errors("{}").get("model"));
        assertEquals("model must be one of linreg, softmax, mlp, was cnn",
                errors("{\"model\": \"cnn\"}").get("model"));
        Map<String, String> errors = errors("{\"model\": \"mlp\", \"lr\": \"0.1\", \"hidden\": 256}");
        assertEquals("learningRate must be a number, was \"0.1\"", errors.get("lr"));
        assertEquals("hidden must be layer sizes such as 256 or 256,128, was 256", errors.get("hidden"));
        assertEquals("hidden[0] must be an integer from 1 to 4096, was 1.5",
                errors("{\"model\": \"mlp\", \"hidden\": [1.5]}").get("hidden"));
    }

    @Test
    void theServersCeilingsAreEnforcedWithTheirOwnMessages() {
        RunSpecParser small = new RunSpecParser(Ceilings.server(5, 100, 1, 1000, 500));
        Map<String, String> errors = assertThrows(InvalidSetupException.class, () -> small.parse(json(
                "{\"model\": \"mlp\", \"epochs\": 6, \"hidden\": [101], \"trainSubset\": 1001, \"batchSize\": 600}")))
                .errors();
        assertEquals("epochs must be at most 5 on this server, was 6", errors.get("epochs"));
        assertEquals("hidden[0] must be at most 100 units on this server, was 101", errors.get("hidden"));
        assertEquals("trainSubset must be at most 1000 on this server, was 1001", errors.get("trainSubset"));
        assertEquals("batchSize must be at most 500 on this server, was 600", errors.get("batchSize"));
        assertEquals("hidden may list at most 1 layers on this server, was 2", assertThrows(InvalidSetupException.class,
                () -> small.parse(json("{\"model\": \"mlp\", \"hidden\": [10, 10]}"))).errors().get("hidden"));

        Setup defaults = small.parse(json("{\"model\": \"mlp\"}"));
        assertEquals(5, defaults.hyperparameters().epochs(), "the defaults stay within the ceilings");
        assertEquals(100, defaults.network().hidden()[0]);
        assertEquals(1000, defaults.trainSubset());
    }

    @Test
    void theBatchMustFitTheTrainingExamples() {
        assertEquals("batchSize must not exceed the 100 training examples, was 256",
                errors("{\"model\": \"softmax\", \"trainSubset\": 100, \"batchSize\": 256}").get("batchSize"));
        assertEquals(100, server.parse(json("{\"model\": \"softmax\", \"trainSubset\": 100}"))
                .hyperparameters().batchSize(), "the default batch shrinks to a small subset");
        assertEquals("batchSize must not exceed the 1000 training examples, was 2000",
                errors("{\"model\": \"linreg\", \"batchSize\": 2000}").get("batchSize"));
    }

    @Test
    void aSpecWrittenAsJsonReadsBackTheSame() {
        for (String body : new String[] {"{\"model\": \"mlp\", \"hidden\": [32, 16], \"activation\": \"tanh\", "
                + "\"lr\": 0.5, \"seed\": 7, \"trainSubset\": 5000}", "{\"model\": \"softmax\"}",
            "{\"model\": \"linreg\", \"weightDecay\": 0.01}"}) {
            Setup spec = server.parse(json(body));
            assertEquals(spec, server.parse(RunJson.config(spec)), body);
        }
    }

    @Test
    void theLearningRateHasOneNameAndItsOlderNameStillWorks() {
        Setup older = server.parse(json("{\"model\": \"softmax\", \"lr\": 0.5}"));
        Setup current = server.parse(json("{\"model\": \"softmax\", \"learningRate\": 0.5}"));
        assertEquals(current, older);
        assertEquals(0.5, RunJson.config(older).get("learningRate").asDouble(), "written with its one name");
        assertNull(RunJson.config(older).get("lr"));
        assertEquals("learningRate is given twice, as lr and as learningRate",
                errors("{\"model\": \"softmax\", \"lr\": 0.5, \"learningRate\": 0.5}").get("learningRate"));
    }
}
