package org.divelive.math.lessons.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.divelive.math.nn.Linear;
import org.divelive.math.nn.Sequential;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.train.TrainEvent;
import org.junit.jupiter.api.Test;

class PlaygroundExperimentTest {
    /** The widget's defaults: XOR with a little noise, one hidden layer of 4 tanh units. */
    private static PlaygroundExperiment.Choices defaults(String data, boolean perceptron, String hidden) {
        return new PlaygroundExperiment.Choices(data, 0.05, 50, perceptron, hidden, "tanh", "xavier", 0.1, 10, 200,
                0, 1);
    }

    private static TrainEvent.EpochDone train(PlaygroundExperiment.Choices choices) {
        TrainEvent.EpochDone[] last = new TrainEvent.EpochDone[1];
        PlaygroundExperiment.of(choices, event -> {
            if (event instanceof TrainEvent.EpochDone epoch) {
                last[0] = epoch;
            }
        }).trainer().run();
        return last[0];
    }

    @Test
    void aHiddenLayerOfFourUnitsLearnsXorAndAPerceptronCannot() {
        TrainEvent.EpochDone mlp = train(defaults("xor", false, "4"));
        TrainEvent.EpochDone perceptron = train(defaults("xor", true, ""));
        assertEquals(200, mlp.epoch());
        assertTrue(mlp.testAccuracy() > 0.9, "MLP test accuracy " + mlp.testAccuracy());
        assertTrue(mlp.testLoss() < 0.2, "MLP test loss " + mlp.testLoss());
        // a straight line puts at most about half of XOR's points on their side: chance, and a loss near ln 2
        assertTrue(perceptron.testAccuracy() < 0.65, "perceptron test accuracy " + perceptron.testAccuracy());
        assertTrue(perceptron.trainLoss() > 0.6, "perceptron train loss " + perceptron.trainLoss());
    }

    @Test
    void aPerceptronSeparatesTheBlobsWhichALineCanSplit() {
        assertTrue(train(defaults("blobs", true, "")).testAccuracy() > 0.95);
    }

    @Test
    void thePictureOfPClassOneIsTheModelsOwnPrediction() {
        PlaygroundExperiment e = PlaygroundExperiment.of(defaults("circle", false, "3"), event -> { });
        e.trainer().epoch();
        int size = 5;
        float[] p = e.classOneProbability(size);
        assertEquals(size * size, p.length);
        // the middle cell is the origin; compare with the model's logits there
        float[] logits = e.model().logits(new float[] {0, 0}, 1);
        double expected = Math.exp(logits[1]) / (Math.exp(logits[0]) + Math.exp(logits[1]));
        assertEquals(expected, p[2 * size + 2], 1e-6);
        for (float value : p) {
            assertTrue(value >= 0 && value <= 1);
        }
    }

    @Test
    void eachFirstLayerUnitsPictureIsItsActivationOverTheGrid() {
        PlaygroundExperiment e = PlaygroundExperiment.of(defaults("xor", false, "3,2"), event -> { });
        int size = 4;
        float[] pictures = e.firstLayerUnits(size);
        assertEquals(3 * size * size, pictures.length);
        Linear first = (Linear) ((Sequential) e.model().network()).layers().get(0);
        float[] w = first.parameters().get(0).value();   // (2, 3)
        float[] b = first.parameters().get(1).value();
        // cell (row 0, column 0) is the top-left corner's centre: x₁ = −1.125, x₂ = +1.125
        double x1 = PlaygroundExperiment.coordinate(0, size);
        double x2 = -PlaygroundExperiment.coordinate(0, size);
        for (int j = 0; j < 3; j++) {
            assertEquals(Math.tanh(x1 * w[j] + x2 * w[3 + j] + b[j]), pictures[j * size * size], 1e-6, "unit " + j);
        }
        assertEquals(0, PlaygroundExperiment.of(defaults("xor", true, ""), event -> { }).firstLayerUnits(size)
                .length, "a perceptron has no hidden unit");
    }

    @Test
    void badSettingsAreNamed() {
        assertEquals("hidden[0] must be at most 8 units in the playground, was 20",
                assertThrows(InvalidHyperparameterException.class,
                        () -> PlaygroundExperiment.of(defaults("xor", false, "20"), event -> { })).getMessage());
        assertEquals("hidden", assertThrows(InvalidHyperparameterException.class,
                () -> PlaygroundExperiment.of(defaults("xor", false, ""), event -> { })).field());
        assertEquals("learningRate", assertThrows(InvalidHyperparameterException.class,
                () -> PlaygroundExperiment.of(new PlaygroundExperiment.Choices("xor", 0, 50, false, "4", "tanh",
                        "xavier", Double.NaN, 10, 10, 0, 1), event -> { })).field());
    }
}
