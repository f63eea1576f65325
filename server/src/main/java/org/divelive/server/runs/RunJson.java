package org.divelive.server.runs;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.setting.Setting;
import org.divelive.math.setup.Setup;

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

    /** A setup as a request would give it, setting by setting; {@link RunSpecParser} reads it back. */
    public static ObjectNode config(Setup setup) {
        ObjectNode json = MAPPER.createObjectNode();
        for (Map.Entry<Setting, Object> field : setup.values().entrySet()) {
            String name = field.getKey().name();
            Object value = field.getValue();
            if (value instanceof int[] layers) {
                ArrayNode list = json.putArray(name);
                for (int units : layers) {
                    list.add(units);
                }
            } else if (value instanceof Double number) {
                json.put(name, number);
            } else if (value instanceof Long number) {
                json.put(name, number);
            } else {
                json.put(name, (String) value);
            }
        }
        return json;
    }

    public static ObjectNode epoch(EpochMetrics metrics) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("epoch", metrics.epoch());
        number(json, "trainLoss", metrics.trainLoss());
        number(json, "trainAccuracy", metrics.trainAccuracy());
        number(json, "testLoss", metrics.testLoss());
        number(json, "testAccuracy", metrics.testAccuracy());
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
