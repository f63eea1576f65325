package org.divelive.server.lessons;

import static org.divelive.server.pages.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.divelive.math.data.FashionMnist;
import org.divelive.math.setting.Ceilings;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.math.setup.Setup;
import org.divelive.math.setup.SetupReader;

/**
 * An assignment written in a lesson as a fenced {@code assignment} block: {@code key: value} lines, then {@code ---}
 * and the task in Markdown. A learner trains the named widget with the locked settings fixed, submits, and the server
 * re-runs that setup and checks the target on its last epoch.
 *
 * <pre>
 * id: softmax-learning-rate          a-z, 0-9 and '-'; the same in every language
 * widget: softmax-train              softmax-train or mlp-train
 * title: Softmax regression past 0.81
 * lock: epochs=10; batchSize=256     settings the learner cannot change (verified as written)
 * start: learningRate=0.01           optional: where the free settings start
 * target: testAccuracy >= 0.81       testAccuracy, trainAccuracy, testLoss or trainLoss; >=, >, <=, <
 * ceilings: epochs=10; hidden=1024   optional: epochs, batchSize, trainSubset, hidden (units), layers
 * </pre>
 *
 * @param locked   setting name → value as text, each checked by its {@link Setting}
 * @param start    setting name → opening value of a free setting
 * @param ceilings the largest setup a submission may ask for (the server's own ceilings apply as well)
 */
public record Assignment(String id, String widget, TrainedModel model, String title, Map<String, String> locked,
        Map<String, String> start, AssignmentTarget target, Ceilings ceilings, String text, int line) {

    public static final Map<String, TrainedModel> WIDGET_MODELS = Map.of("softmax-train", TrainedModel.SOFTMAX,
            "mlp-train", TrainedModel.MLP);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final List<String> KEYS = List.of("id", "widget", "title", "lock", "start", "target", "ceilings");

    /** Parses the block's text; {@code firstLine} is the block's line in the file, for messages. */
    static Assignment parse(String text, int firstLine) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> description = null;
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            int lineNumber = firstLine + 1 + i;
            if (description != null) {
                description.add(rows[i]);
                continue;
            }
            String row = rows[i].strip();
            if (row.equals("---")) {
                description = new ArrayList<>();
            } else if (!row.isEmpty()) {
                int colon = row.indexOf(':');
                String key = colon < 0 ? row : row.substring(0, colon).strip();
                if (colon < 0 || !KEYS.contains(key)) {
                    throw new LessonProblem(lineNumber, "an assignment line is 'KEY: VALUE' with KEY one of "
                            + String.join(", ", KEYS) + ", was '" + row + "'");
                }
                if (fields.containsKey(key)) {
                    throw new LessonProblem(lineNumber, "this assignment gives '" + key + ":' twice");
                }
                fields.put(key, row.substring(colon + 1).strip());
                lines.put(key, lineNumber);
            }
        }
        for (String required : List.of("id", "widget", "title", "target")) {
            if (fields.get(required) == null || fields.get(required).isEmpty()) {
                throw new LessonProblem(firstLine, "an assignment needs a '" + required + ":' line");
            }
        }
        String id = fields.get("id");
        if (!ID.matcher(id).matches()) {
            throw new LessonProblem(lines.get("id"), "an assignment id is lower-case letters, digits and '-', was '"
                    + id + "'");
        }
        TrainedModel model = WIDGET_MODELS.get(fields.get("widget"));
        if (model == null) {
            throw new LessonProblem(lines.get("widget"), "an assignment trains one of the widgets "
                    + String.join(", ", WIDGET_MODELS.keySet().stream().sorted().toList()) + ", not '"
                    + fields.get("widget") + "'");
        }
        AssignmentTarget target;
        try {
            target = AssignmentTarget.parse(fields.get("target"));
        } catch (IllegalArgumentException e) {
            throw new LessonProblem(lines.get("target"), e.getMessage());
        }
        Ceilings ceilings = ceilings(fields.getOrDefault("ceilings", ""), id, lines.getOrDefault("ceilings", 0));
        Map<String, String> locked = settings(fields.getOrDefault("lock", ""), lines.getOrDefault("lock", 0), model,
                ceilings);
        Map<String, String> start = settings(fields.getOrDefault("start", ""), lines.getOrDefault("start", 0), model,
                ceilings);
        for (String name : start.keySet()) {
            if (locked.containsKey(name)) {
                throw new LessonProblem(lines.get("start"), name + " is locked, so it has no separate start value");
            }
        }
        if (description == null || String.join("\n", description).isBlank()) {
            throw new LessonProblem(firstLine, "an assignment needs '---' and the task in words after its lines");
        }
        return new Assignment(id, fields.get("widget"), model, fields.get("title"), locked, start, target, ceilings,
                String.join("\n", description).strip(), firstLine);
    }

    /** {@code name=value; name=value}, each value checked by its setting as a submission would be. */
    private static Map<String, String> settings(String text, int line, TrainedModel model, Ceilings ceilings) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new LessonProblem(line, "settings are written 'name=value; name=value', was '" + pair.strip()
                        + "'");
            }
            given.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        if (given.containsKey(Setting.MODEL.name())) {
            throw new LessonProblem(line, "the widget decides the model; leave 'model' out");
        }
        Map<String, String> withModel = new LinkedHashMap<>(given);
        withModel.put(Setting.MODEL.name(), model.word());
        Setup setup;
        try {
            setup = new SetupReader(ceilings).readText(withModel);
        } catch (InvalidSetupException e) {
            throw new LessonProblem(line, String.join("; ", e.errors().values()));
        }
        Map<String, String> checked = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            Setting setting = Setting.called(name);
            checked.put(setting.name(), Setup.text(setup.value(setting)));
        }
        return Map.copyOf(checked);
    }

    private static Ceilings ceilings(String text, String id, int line) {
        Map<String, Integer> values = new LinkedHashMap<>(Map.of("epochs", Setting.MAX_EPOCHS, "hidden",
                Setting.MAX_HIDDEN_UNITS, "layers", Setting.MAX_HIDDEN_LAYERS, "trainSubset", FashionMnist.TRAIN_SIZE,
                "batchSize", Setting.MAX_BATCH_SIZE));
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            String name = parts[0].strip();
            if (parts.length < 2 || !values.containsKey(name)) {
                throw new LessonProblem(line, "ceilings are written 'name=N; …' with name one of "
                        + String.join(", ", values.keySet()) + ", was '" + pair.strip() + "'");
            }
            try {
                values.put(name, Integer.parseInt(parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new LessonProblem(line, "the ceiling " + name + " must be a whole number, was '"
                        + parts[1].strip() + "'");
            }
        }
        try {
            return new Ceilings(values.get("epochs"), values.get("hidden"), values.get("layers"),
                    values.get("trainSubset"), values.get("batchSize"), "in assignment " + id);
        } catch (IllegalArgumentException e) {
            throw new LessonProblem(line, e.getMessage());
        }
    }

    /** The data- attribute the training widgets read a setting's opening value from. */
    static String attribute(String setting) {
        if (setting.equals(Setting.LEARNING_RATE.name())) {
            return "data-lr";
        }
        StringBuilder kebab = new StringBuilder("data-");
        for (char c : setting.toCharArray()) {
            kebab.append(Character.isUpperCase(c) ? "-" + Character.toLowerCase(c) : String.valueOf(c));
        }
        return kebab.toString();
    }

    /**
     * The assignment in the page: its task, the widget with the locked fields read-only, and the panel that
     * static/assignments.js fills (submit, the verified result, the best submission).
     */
    String html(Function<String, String> markdown, String language) {
        boolean zh = language.equals("zh");
        StringBuilder widgetDiv = new StringBuilder("<div data-widget=\"").append(widget).append('"');
        Map<String, String> opening = new LinkedHashMap<>(start);
        opening.putAll(locked);
        opening.forEach((name, value) -> widgetDiv.append(' ').append(attribute(name)).append("=\"")
                .append(escape(value)).append('"'));
        if (!locked.isEmpty()) {
            widgetDiv.append(" data-lock=\"").append(escape(String.join(",", locked.keySet()))).append('"');
        }
        widgetDiv.append("></div>\n");
        StringBuilder lockedText = new StringBuilder();
        locked.forEach((name, value) -> lockedText.append(lockedText.length() > 0 ? ", " : "").append(name)
                .append(" = ").append(value));
        return "<section class=\"assignment\" id=\"assignment-" + id + "\" data-assignment=\"" + id + "\">\n"
                + "<h3 class=\"assignment-title\">" + (zh ? "作业：" : "Assignment: ") + escape(title) + "</h3>\n"
                + "<p class=\"assignment-goal\">" + (zh ? "目标：" : "Target: ") + "<code>" + escape(target.toString())
                + "</code>" + (zh ? "（最后一轮，由服务器重新训练验证）" : " on the last epoch, verified by a server re-run")
                + (lockedText.length() > 0 ? (zh ? "。锁定：" : ". Locked: ") + "<code>" + escape(lockedText.toString())
                        + "</code>" : "")
                + "</p>\n<div class=\"assignment-text\">" + markdown.apply(text) + "</div>\n" + widgetDiv
                + "<div class=\"assignment-panel\"><button type=\"button\" class=\"assignment-submit\">"
                + (zh ? "提交验证" : "Submit for verification") + "</button>"
                + "<p class=\"assignment-status\" role=\"status\" aria-live=\"polite\"></p>"
                + "<p class=\"assignment-best\"></p></div>\n</section>\n";
    }
}
