package org.divelive.server.lessons;

import static org.divelive.server.pages.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.divelive.server.pages.Labels;

/**
 * An exercise written in a lesson as a fenced {@code exercise} block: a question, then either choices
 * ({@code - [ ]} / {@code - [x]}, exactly one right) or a numeric answer ({@code = 0.8 ± 0.001}), then {@code ---}
 * and the explanation shown after answering. The page checks answers itself (static/site.js).
 */
record Exercise(String question, List<String> choices, int correctChoice, double answer, double tolerance,
        String explanation) {

    private static final Pattern CHOICE = Pattern.compile("- \\[( |x)\\] (.+)");
    private static final Pattern NUMBER = Pattern.compile("= *([-+0-9.eE]+)(?: *± *([0-9.eE]+))?");

    boolean isNumeric() {
        return choices.isEmpty();
    }

    /** Parses the block's text; {@code firstLine} is the block's line in the file, for messages. */
    static Exercise parse(String text, int firstLine) {
        List<String> question = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        int correct = -1;
        Double answer = null;
        double tolerance = 0;
        List<String> explanation = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNumber = firstLine + 1 + i;
            if (explanation != null) {
                explanation.add(lines[i]);
                continue;
            }
            Matcher choice = CHOICE.matcher(line);
            Matcher number = NUMBER.matcher(line);
            if (line.equals("---")) {
                explanation = new ArrayList<>();
            } else if (choice.matches()) {
                if (choice.group(1).equals("x")) {
                    if (correct >= 0) {
                        throw new LessonProblem(lineNumber, "an exercise has a second right answer [x]; "
                                + "mark exactly one choice");
                    }
                    correct = choices.size();
                }
                choices.add(choice.group(2));
            } else if (number.matches()) {
                try {
                    answer = Double.parseDouble(number.group(1));
                    tolerance = number.group(2) == null ? 0 : Double.parseDouble(number.group(2));
                } catch (NumberFormatException e) {
                    throw new LessonProblem(lineNumber, "'" + line + "' is not a number answer like '= 0.8 ± 0.01'");
                }
            } else if (!choices.isEmpty() || answer != null) {
                if (!line.isEmpty()) {
                    throw new LessonProblem(lineNumber, "after the answers of an exercise comes '---' and the "
                            + "explanation, not '" + line + "'");
                }
            } else {
                question.add(lines[i]);
            }
        }
        String questionText = String.join("\n", question).strip();
        if (questionText.isEmpty()) {
            throw new LessonProblem(firstLine, "an exercise needs a question on its first line");
        }
        if (choices.isEmpty() == (answer == null)) {
            throw new LessonProblem(firstLine, "an exercise needs either choices ('- [ ] …', one '- [x] …') "
                    + "or a number answer ('= 0.8 ± 0.01'), not both or neither");
        }
        if (!choices.isEmpty() && correct < 0) {
            throw new LessonProblem(firstLine, "no choice of this exercise is marked right: write '- [x] …'");
        }
        if (explanation == null || String.join("\n", explanation).isBlank()) {
            throw new LessonProblem(firstLine, "an exercise needs '---' and an explanation after its answers");
        }
        return new Exercise(questionText, List.copyOf(choices), correct, answer == null ? Double.NaN : answer,
                tolerance, String.join("\n", explanation).strip());
    }

    /**
     * HTML for the page: {@code markdown} renders a fragment of Markdown (with math), {@code id} names the inputs,
     * {@code labels} are the lesson language's words for the button and for what a screen reader names the answers.
     */
    String html(Function<String, String> markdown, String id, Labels labels) {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"exercise\" data-exercise=\"").append(isNumeric() ? "number" : "choice")
                .append("\"");
        if (isNumeric()) {
            out.append(" data-answer=\"").append(answer).append("\" data-tolerance=\"").append(tolerance)
                    .append("\"");
        } else {
            out.append(" data-answer=\"").append(correctChoice).append("\"");
        }
        out.append(">\n<div class=\"exercise-question\">").append(markdown.apply(question)).append("</div>\n");
        if (isNumeric()) {
            out.append("<input class=\"exercise-number\" type=\"text\" inputmode=\"decimal\" aria-label=\"")
                    .append(escape(labels.answer())).append("\" id=\"")
                    .append(id).append("\">\n");
        } else {
            out.append("<fieldset class=\"exercise-choices\"><legend class=\"visually-hidden\">")
                    .append(escape(labels.answers())).append("</legend>\n");
            for (int i = 0; i < choices.size(); i++) {
                String choice = inline(markdown.apply(choices.get(i)));
                // a choice that is a formula is named by its plain text: a typeset formula gives the radio no name
                String name = choice.contains("class=\"math ") ? " aria-label=\""
                        + escape(LessonRenderer.plainText(choice)) + "\"" : "";
                out.append("<label><input type=\"radio\" name=\"").append(id).append("\" value=\"").append(i)
                        .append("\"").append(name).append("> <span>").append(choice).append("</span></label>\n");
            }
            out.append("</fieldset>\n");
        }
        out.append("<button type=\"button\" class=\"exercise-check\">").append(escape(labels.check()))
                .append("</button>\n")
                .append("<p class=\"exercise-feedback\" role=\"status\" aria-live=\"polite\"></p>\n")
                .append("<div class=\"exercise-explanation\" hidden>").append(markdown.apply(explanation))
                .append("</div>\n</div>\n");
        return out.toString();
    }

    /** A one-paragraph rendering without its {@code <p>}, to sit inside a label. */
    private static String inline(String html) {
        String trimmed = html.strip();
        boolean oneParagraph = trimmed.startsWith("<p>") && trimmed.endsWith("</p>") && trimmed.indexOf("<p>", 1) < 0;
        return oneParagraph ? trimmed.substring(3, trimmed.length() - 4) : trimmed;
    }
}
