package org.divelive.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.divelive.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * Every layer against finite differences. The loss is a fixed random projection of the output, L = Σ r ⊙ y, so
 * ∂L/∂y = r and backward(r) must give ∂L/∂x and ∂L/∂θ.
 */
class LayerGradientTest {
    private static final int B = 4;

    private static float[] random(Rng rng, int n, double scale) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (scale * rng.nextGaussian());
        }
        return v;
    }

    private static double projection(Layer layer, float[] x, float[] r) {
        float[] y = layer.forward(x, B);
        double sum = 0;
        for (int i = 0; i < r.length; i++) {
            sum += (double) r[i] * y[i];
        }
        return sum;
    }

    private static void checkLayer(String name, Layer layer, float[] x, Rng rng) {
        float[] r = random(rng, B * layer.outputSize(), 1);
        layer.forward(x, B);
        float[] dX = layer.backward(r, B, true).clone();
        List<float[]> grads = layer.parameters().stream().map(p -> p.grad().clone()).toList();
        GradientCheck.check(name + " dX", x, dX, () -> projection(layer, x, r), 1);
        for (int i = 0; i < grads.size(); i++) {
            Parameter p = layer.parameters().get(i);
            GradientCheck.check(name + " d" + p.name(), p.value(), grads.get(i), () -> projection(layer, x, r), 1);
        }
    }

    @Test
    void linearGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(1);
        checkLayer("Linear", new Linear(5, 3, Init.normal(0.5), rng), random(rng, B * 5, 1), rng);
    }

    @Test
    void activationGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(2);
        float[] x = random(rng, B * 6, 1.5);
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) < 0.05f) {
                x[i] = 0.5f; // keep ReLU's kink out of reach of the ±h probe
            }
        }
        checkLayer("Relu", new Relu(6), x.clone(), rng);
        checkLayer("Sigmoid", new Sigmoid(6), x.clone(), rng);
        checkLayer("Tanh", new Tanh(6), x.clone(), rng);
    }

    @Test
    void aDeepSequentialChainsTheGradientsCorrectly() {
        Rng rng = new Rng(3);
        Sequential net = new Sequential(List.of(new Linear(4, 6, Init.normal(0.7), rng), new Tanh(6),
                new Linear(6, 5, Init.XAVIER, rng), new Sigmoid(5), new Linear(5, 3, Init.normal(0.7), rng)));
        checkLayer("Sequential", net, random(rng, B * 4, 1), rng);
        assertEquals(List.of("0.W", "0.b", "2.W", "2.b", "4.W", "4.b"),
                net.parameters().stream().map(Parameter::name).toList());
    }

    @Test
    void initialisationsHaveTheirStatedScale() {
        Rng rng = new Rng(4);
        float[] w = new float[784 * 256];
        Init.BOOK.fill(w, 784, 256, rng);
        assertEquals(0.01, std(w), 0.0005);
        Init.XAVIER.fill(w, 784, 256, rng);
        // U(−a, a) has standard deviation a/√3 with a = √(6 / (784 + 256))
        assertEquals(Math.sqrt(6.0 / 1040) / Math.sqrt(3), std(w), 0.001);
    }

    private static double std(float[] w) {
        double sum = 0;
        double squares = 0;
        for (float v : w) {
            sum += v;
            squares += (double) v * v;
        }
        double mean = sum / w.length;
        return Math.sqrt(squares / w.length - mean * mean);
    }
}
