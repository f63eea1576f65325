package org.divelive.server.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.divelive.math.lessons.autograd.Expression;
import org.divelive.math.lessons.autograd.RegressionExampleLoss;
import org.divelive.server.App;
import org.divelive.server.EmbeddedFiles;
import org.junit.jupiter.api.Test;

/** Promises the course's own lessons keep: figures that exist and are described, descriptions, the right words. */
class CourseLessonsTest {
    private static final Path CONTENT = EmbeddedFiles.content();
    private static final LessonCatalog CATALOG = App.catalog(CONTENT);
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^\\s)]+)(?:\\s+\"([^\"]*)\")?\\)");
    /**
     * The labels of the widgets' buttons and choices that are English on the English page only: the Chinese page
     * labels them 单步, 一轮, 开始, 暂停, 重置, 在服务器上训练, 把权重载入页面, 反向传播一步, 全部运行, 运行, 清除,
     * logit 范围, so a Chinese lesson that names one of these sends the reader looking for a button that is not there.
     */
    private static final List<String> ENGLISH_ONLY_CONTROLS = List.of("Step", "Epoch", "Play", "Pause", "Reset",
            "Train on server", "Load weights into page", "Step backward", "Run all", "Run", "Clear", "Logit range",
            "Training images", "Hidden layers");
    /** Code, inline code and math may quote identifiers; only the prose names controls. */
    private static final Pattern NOT_PROSE = Pattern.compile("```.*?```|`[^`]*`|\\$\\$.*?\\$\\$|\\$[^$]*\\$|<[^>]+>",
            Pattern.DOTALL);

    private static Map<Path, String> lessonFiles(String language) throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(CONTENT.resolve(language))) {
            for (Path file : entries.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<String> figuresOf(String markdown) {
        return IMAGE.matcher(markdown).results().map(image -> image.group(2)).toList();
    }

    @Test
    void everyLessonRendersAndHasADescriptionInBothLanguages() throws IOException {
        for (String language : List.of("en", "zh")) {
            List<Lesson> lessons = CATALOG.list(language);
            assertEquals(lessonFiles(language).size(), lessons.size(), "a broken lesson is left out of the list");
            for (Lesson lesson : lessons) {
                assertFalse(lesson.description().isBlank(), lesson.fileName() + " needs a description");
                // search engines show about 155 characters (or 80 Chinese ones) of a description
                assertTrue(lesson.description().length() <= (language.equals("zh") ? 90 : 170),
                        lesson.fileName() + ": description of " + lesson.description().length() + " characters");
            }
        }
    }

    @Test
    void everyFigureALessonShowsExistsAndHasAltTextAndACaption() throws IOException {
        for (String language : List.of("en", "zh")) {
            for (Map.Entry<Path, String> file : lessonFiles(language).entrySet()) {
                String slug = file.getKey().getFileName().toString().replaceFirst("^\\d+-", "").replace(".md", "");
                Lesson lesson = CATALOG.find(language, slug).orElseThrow();
                Matcher image = IMAGE.matcher(file.getValue());
                while (image.find()) {
                    String where = file.getKey().getFileName() + " shows " + image.group(2);
                    String name = image.group(2).replaceFirst("^figures/", "");
                    assertTrue(image.group(2).startsWith("figures/") && Files.isRegularFile(CONTENT.resolve(
                            "figures").resolve(name)), where + ", which is not a file in content/figures");
                    assertTrue(name.endsWith("." + language + ".svg"), where + ": a " + language + " lesson shows the "
                            + language + " version of a figure");
                    assertFalse(image.group(1).isBlank(), where + " without alt text");
                    assertTrue(image.group(3) != null && !image.group(3).isBlank(), where + " without a caption");
                    assertTrue(lesson.html().contains("<figure class=\"lesson-figure\"><img src=\"/figures/" + name
                            + "\" alt=\""), where + ", rendered as a figure with its alt text");
                    assertTrue(lesson.figures().contains(name));
                }
            }
        }
    }

    @Test
    void bothLanguagesShowTheSameFiguresInTheSameOrderAndEveryFigureIsShown() throws IOException {
        List<List<String>> english = new ArrayList<>();
        for (String markdown : lessonFiles("en").values()) {
            english.add(figuresOf(markdown).stream().map(f -> f.replace(".en.svg", "")).toList());
        }
        List<List<String>> chinese = new ArrayList<>();
        for (String markdown : lessonFiles("zh").values()) {
            chinese.add(figuresOf(markdown).stream().map(f -> f.replace(".zh.svg", "")).toList());
        }
        assertEquals(english, chinese);
        Set<String> shown = new HashSet<>();
        for (String language : List.of("en", "zh")) {
            lessonFiles(language).values().forEach(m -> figuresOf(m).forEach(f -> shown.add(f.substring(8))));
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> entries = Files.list(CONTENT.resolve("figures"))) {
            entries.forEach(p -> files.add(p.getFileName().toString()));
        }
        files.removeAll(shown);
        assertEquals(Set.of(), files, "figures no lesson shows");
    }

    @Test
    void chineseLessonsNameNoControlTheChinesePageLabelsDifferently() throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, String> file : lessonFiles("zh").entrySet()) {
            String prose = NOT_PROSE.matcher(file.getValue()).replaceAll(" ");
            for (String control : ENGLISH_ONLY_CONTROLS) {
                if (Pattern.compile("(?<![A-Za-z])" + Pattern.quote(control) + "(?![A-Za-z])").matcher(prose).find()) {
                    found.add(file.getKey().getFileName() + ": " + control);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theAutogradLessonsWorkedExampleIsWhereItsWidgetStarts() throws IOException {
        for (String language : List.of("en", "zh")) {
            String markdown = Files.readString(CONTENT.resolve(language).resolve("15-autograd.md"));
            Matcher widget = Pattern.compile("<div data-widget=\"autograd-graph\"([^>]*)>").matcher(markdown);
            assertTrue(widget.find(), language + ": the lesson shows the autograd-graph widget");
            String[] names = RegressionExampleLoss.NAMES;
            double[] values = new double[names.length];
            List<String> assignments = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                Matcher attribute = Pattern.compile("data-" + names[i] + "=\"([^\"]*)\"").matcher(widget.group(1));
                assertTrue(attribute.find(), language + ": the widget sets " + names[i]);
                values[i] = Double.parseDouble(attribute.group(1));
                assignments.add("$" + names[i].charAt(0) + (names[i].length() > 1 ? "_" + names[i].charAt(1) : "")
                        + " = " + attribute.group(1) + "$");
            }
            String separator = language.equals("zh") ? "，" : ", ";
            assertTrue(markdown.contains(String.join(separator, assignments)),
                    language + ": the worked example is evaluated at the widget's values " + assignments);
            double loss = Expression.at(RegressionExampleLoss.EXPRESSION, names, values).value();
            assertTrue(markdown.contains("| $\\ell$ | $0.5 \\times q$ | " + plain(loss) + " |"),
                    language + ": the table's loss is the widget's, " + plain(loss));
        }
    }

    /** 1.125 as 1.125, 3.0 as 3: the way the lesson writes the numbers. */
    private static String plain(double value) {
        String text = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }
}
