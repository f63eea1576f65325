package org.divelive.server.runs;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of runs, the same in the API, the event stream, the database and the {@code train} command's report.
 * Numbers that do not apply (NaN) are written as null, which JSON can hold and a page can test for.
 */
public final class RunJson {
    /** Strict where a lenient reader would guess: a repeated field or text after the object is an error. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RunJson() {
    }

    /** A spec as a request would give it, with the fields its model takes; {@link RunSpecParser} reads it back. */
    public static ObjectNode config(RunSpec spec) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("model", spec.model().word());
        if (spec.network() != null) {
            ArrayNode hidden = json.putArray("hidden");
            for (int units : spec.network().hidden()) {
                hidden.add(units);
            }
            if (spec.model() == RunModel.MLP) {
                json.put("activation", spec.network().activation().name().toLowerCase(Locale.ROOT));
            }
        }
        var hyperparameters = spec.hyperparameters();
        json.put("lr", hyperparameters.learningRate());
        json.put("batchSize", hyperparameters.batchSize());
        json.put("epochs", hyperparameters.epochs());
        json.put("weightDecay", hyperparameters.weightDecay());
        json.put("seed", hyperparameters.seed());
        if (spec.model() != RunModel.LINREG) {
            json.put("trainSubset", spec.trainSubset());
        }
        return json;
    }

    public static ObjectNode epoch(EpochMetrics metrics) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("epoch", metrics.epoch());
        number(json, "trainLoss", metrics.trainLoss());
        number(json, "trainAcc", metrics.trainAccuracy());
        number(json, "testLoss", metrics.testLoss());
        number(json, "testAcc", metrics.testAccuracy());
        number(json, "seconds", metrics.seconds());
        number(json, "samplesPerSecond", metrics.samplesPerSecond());
        return json;
    }

    /** A finite number, or null for NaN and infinities, which JSON cannot hold. */
    public static void number(ObjectNode json, String field, double value) {
        if (Double.isFinite(value)) {
            json.put(field, value);
        } else {
            json.putNull(field);
        }
    }

    public static void instant(ObjectNode json, String field, Instant value) {
        if (value != null) {
            json.put(field, value.toString());
        } else {
            json.putNull(field);
        }
    }

    public static String write(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }
}
