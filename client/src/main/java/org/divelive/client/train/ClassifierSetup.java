package org.divelive.client.train;

import java.util.LinkedHashMap;
import java.util.Map;

import org.divelive.client.js.Messages;
import org.divelive.client.js.Numbers;
import org.divelive.client.widget.Form;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.Words;
import org.divelive.math.data.FashionMnist;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.math.setup.Setup;
import org.divelive.math.setup.SetupReader;
import org.divelive.math.train.Hyperparameters;
import org.teavm.jso.JSObject;

/**
 * A classifier widget's setup read from its form by shared-math's {@link SetupReader} (the same the server applies),
 * so a bad value is named on the page before anything starts.
 *
 * @param subsetChosen whether the reader set the number of training images: a server run then trains on that many,
 *                     else on all of Fashion-MNIST's 60,000 (a lesson may open the page with fewer)
 */
record ClassifierSetup(Setup setup, boolean subsetChosen) {

    /**
     * @param openingSubset the number of training images the widget opened with (the lesson's default)
     * @throws InvalidHyperparameterException for the first bad field, named as the form names it
     */
    static ClassifierSetup read(Form form, boolean mlp, String openingSubset) {
        TrainedModel model = mlp ? TrainedModel.MLP : TrainedModel.SOFTMAX;
        Map<String, String> fields = new LinkedHashMap<>();
        for (Setting setting : model.settings()) {
            fields.put(setting.name(), setting == Setting.MODEL ? model.word()
                    : form.has(setting.name()) ? form.input(setting.name()).getValue() : setting.defaultText(model));
        }
        try {
            Setup setup = new SetupReader(Ceilings.LIBRARY).readText(fields);
            return new ClassifierSetup(setup, !fields.get(Setting.TRAIN_SUBSET.name()).trim().equals(openingSubset));
        } catch (InvalidSetupException e) {
            throw e.first();
        }
    }

    /** The worker's "configure" message: every setting by its name, as text the worker reads back the same way. */
    JSObject message() {
        JSObject m = Messages.of("configure");
        for (Map.Entry<Setting, Object> value : setup.values().entrySet()) {
            Messages.put(m, value.getKey().name(), Setup.text(value.getValue()));
        }
        return m;
    }

    /** The same setup as a POST /api/runs body; without a chosen subset the server trains all 60,000 images. */
    String json() {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<Setting, Object> value : setup.values().entrySet()) {
            Setting setting = value.getKey();
            if (setting == Setting.TRAIN_SUBSET && !subsetChosen) {
                continue;
            }
            json.append(json.length() > 1 ? "," : "").append('"').append(setting.name()).append("\":");
            Object v = value.getValue();
            if (v instanceof String word) {
                json.append('"').append(word).append('"');
            } else if (v instanceof int[]) {
                json.append('[').append(Setup.text(v)).append(']');
            } else {
                json.append(Setup.text(v));
            }
        }
        return json.append('}').toString();
    }

    /**
     * This setup's values where {@code next} differs, as the form labels them ("Learning rate η 0.1"), so the
     * previous run's summary says what was changed; the same settings are said as such.
     */
    String differencesFrom(ClassifierSetup next, Form form) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Setting, Object> value : setup.values().entrySet()) {
            String mine = Setup.text(value.getValue());
            String name = value.getKey().name();
            if (form.has(name) && !mine.equals(Setup.text(next.setup.values().get(value.getKey())))) {
                out.append(out.length() > 0 ? ", " : "").append(form.label(name)).append(' ').append(mine);
            }
        }
        return out.length() > 0 ? out.toString() : Words.of("same settings", "相同设置");
    }

    /** How many training images a server run of this setup trains on. */
    int serverImages() {
        return subsetChosen ? setup.trainSubset() : FashionMnist.TRAIN_SIZE;
    }

    /** The sentence that tells the reader what a server run trains on; it stays in every server status. */
    String serverSentence() {
        return (subsetChosen ? Sentence.SERVER_IMAGES_CHOSEN : Sentence.SERVER_IMAGES_ALL)
                .format(Numbers.grouped(serverImages()));
    }

    int batchesPerEpoch() {
        return setup.stepsPerEpoch();
    }

    int trainSubset() {
        return setup.trainSubset();
    }

    org.divelive.math.train.Hyperparameters hyper() {
        return setup.hyperparameters();
    }
}
