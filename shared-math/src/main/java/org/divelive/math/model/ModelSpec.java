package org.divelive.math.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.divelive.math.Rng;
import org.divelive.math.nn.Init;
import org.divelive.math.nn.Layer;
import org.divelive.math.nn.Linear;
import org.divelive.math.nn.Relu;
import org.divelive.math.nn.Sequential;
import org.divelive.math.nn.Sigmoid;
import org.divelive.math.nn.Tanh;
import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setting.Rule;
import org.divelive.math.setting.Setting;

/**
 * Which classifier to build, validated like the hyperparameters: softmax regression (no hidden layer) or an MLP with
 * 1 to {@link #MAX_HIDDEN_LAYERS} hidden layers of 1 to {@link #MAX_HIDDEN_UNITS} units and one activation.
 */
public record ModelSpec(Kind kind, int[] hidden, ActivationKind activation) {
    public static final int MAX_HIDDEN_LAYERS = Setting.MAX_HIDDEN_LAYERS;
    public static final int MAX_HIDDEN_UNITS = Setting.MAX_HIDDEN_UNITS;

    public enum Kind { SOFTMAX, MLP }

    public enum ActivationKind { RELU, SIGMOID, TANH }

    public ModelSpec {
        if (kind == Kind.SOFTMAX && hidden.length != 0) {
            throw new InvalidHyperparameterException("hidden", "hidden must be empty for softmax regression, was "
                    + hidden.length + " layers", Rule.LAYER_COUNT, 0, 0);
        }
        if (kind == Kind.MLP && (hidden.length < 1 || hidden.length > MAX_HIDDEN_LAYERS)) {
            throw new InvalidHyperparameterException("hidden", "hidden must list 1 to " + MAX_HIDDEN_LAYERS
                    + " layer sizes for an MLP, was " + hidden.length, Rule.LAYER_SIZES, 1, MAX_HIDDEN_LAYERS);
        }
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i] < 1 || hidden[i] > MAX_HIDDEN_UNITS) {
                throw new InvalidHyperparameterException("hidden", "hidden[" + i + "] must be "
                        + Setting.HIDDEN.range() + ", was " + hidden[i], Rule.WHOLE_BETWEEN, 1, MAX_HIDDEN_UNITS);
            }
        }
        hidden = hidden.clone();
    }

    public static ModelSpec softmax() {
        return new ModelSpec(Kind.SOFTMAX, new int[0], ActivationKind.RELU);
    }

    public static ModelSpec mlp(ActivationKind activation, int... hidden) {
        return new ModelSpec(Kind.MLP, hidden, activation);
    }

    /** From the words a form or a request uses: "softmax" or "mlp"; "relu", "sigmoid" or "tanh". */
    public static ModelSpec parse(String kind, int[] hidden, String activation) {
        return new ModelSpec(word(Kind.values(), "model", kind), hidden,
                word(ActivationKind.values(), "activation", activation));
    }

    private static <E extends Enum<E>> E word(E[] values, String field, String text) {
        List<String> names = new ArrayList<>();
        for (E value : values) {
            String name = value.name().toLowerCase(Locale.ROOT);
            if (name.equals(text)) {
                return value;
            }
            names.add(name);
        }
        throw new InvalidHyperparameterException(field, field + " must be one of " + String.join(", ", names)
                + ", was " + text, Rule.CHOICE, Double.NaN, Double.NaN);
    }

    // region build
    /** The concise network: Linear → activation → … → Linear, with K logits out. */
    public Classifier build(int inputs, int classes, Init init, Rng rng) {
        List<Layer> layers = new ArrayList<>();
        int width = inputs;
        for (int units : hidden) {
            layers.add(new Linear(width, units, init, rng));
            layers.add(switch (activation) {
                case RELU -> new Relu(units);
                case SIGMOID -> new Sigmoid(units);
                case TANH -> new Tanh(units);
            });
            width = units;
        }
        layers.add(new Linear(width, classes, init, rng));
        return new Classifier(new Sequential(layers));
    }
    // endregion

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelSpec that && kind == that.kind && activation == that.activation
                && Arrays.equals(hidden, that.hidden);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 * 31 + Arrays.hashCode(hidden) * 31 + activation.hashCode();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + Arrays.toString(hidden) + " "
                + activation.name().toLowerCase(Locale.ROOT);
    }
}
