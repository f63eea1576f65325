package org.divelive.server.runs;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.Given;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.math.setup.Setup;
import org.divelive.math.setup.SetupReader;

/**
 * Reads a run request, {@code {"model": "mlp", "hidden": [256], "learningRate": 0.1, …}}, as shared-math's
 * {@link SetupReader} does for every caller: this class only says what each JSON value is (a number, a string, a list
 * of numbers, or something else), so the server's messages are the page's and the command line's.
 */
public final class RunSpecParser {
    private final SetupReader reader;

    public RunSpecParser(Ceilings ceilings) {
        this.reader = new SetupReader(ceilings);
    }

    /** @throws InvalidSetupException listing every bad field */
    public Setup parse(ObjectNode body) {
        return reader.read(fields(body, false));
    }

    /**
     * What each field of a JSON body is, its nulls left out. A JSON string is a word (only a word setting takes
     * it), unless {@code stringsAsText}: then it is read as a form's text would be ({@code "0.1"}, {@code "256,128"}),
     * for pages that send their fields as typed.
     */
    public static Map<String, Given> fields(ObjectNode body, boolean stringsAsText) {
        Map<String, Given> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isNull()) {
                fields.put(field.getKey(), given(field.getValue(), stringsAsText));
            }
        }
        return fields;
    }

    private static Given given(JsonNode node, boolean stringsAsText) {
        if (node.isNumber()) {
            return Given.number(node.asDouble());
        } else if (node.isTextual()) {
            return stringsAsText ? Given.text(node.asText()) : Given.word(node.asText());
        } else if (node.isArray()) {
            double[] numbers = new double[node.size()];
            for (int i = 0; i < numbers.length; i++) {
                if (!node.get(i).isNumber()) {
                    return Given.other(node.toString());
                }
                numbers[i] = node.get(i).asDouble();
            }
            return Given.numbers(numbers, node.toString());
        }
        return Given.other(node.toString());
    }
}
