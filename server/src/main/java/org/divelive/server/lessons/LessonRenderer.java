package org.divelive.server.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.divelive.server.math.MathExtension;
import org.divelive.server.math.TexText;
import org.divelive.server.pages.Html;

/**
 * Markdown with YAML front matter, pipe tables, fenced code, TeX math and the lesson blocks (code includes,
 * exercises, widgets) to HTML. Thread-safe.
 */
public final class LessonRenderer {
    private static final Pattern SECTION = Pattern.compile("<h2 id=\"([^\"]+)\">(.*?)</h2>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    /** A formula in the searchable text: its TeX read as plain text (a snippet cannot typeset it). */
    private static final Pattern MATH = Pattern.compile("<span class=\"math [^\"]*\">(.*?)</span>", Pattern.DOTALL);
    /** Markdown's tables, each put in a box of its own that scrolls sideways when the table is wider than the text. */
    private static final Pattern TABLE = Pattern.compile("<table>(.*?)</table>", Pattern.DOTALL);

    private final Parser parser;
    private final HtmlRenderer renderer;

    public LessonRenderer(CodeRegions regions, List<String> widgets) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create(),
                MathExtension.create(), new LessonBlocks(regions, widgets, this::renderFragment),
                new LessonFigures()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Renders a lesson file's text; the front matter must give {@code title} and {@code order}, and may give a
     * {@code description} (one or two sentences for search engines and link previews).
     *
     * @throws BrokenLessonException naming the file and line of the first problem
     */
    public Lesson render(String language, String slug, String fileName, String markdown) {
        Document document = parser.parse(markdown);
        document.set(LessonBlocks.LANGUAGE, language);
        List<String> figures = new ArrayList<>();
        document.set(LessonFigures.USED, figures);
        List<Assignment> assignments = new ArrayList<>();
        document.set(LessonBlocks.ASSIGNMENTS, assignments);
        AbstractYamlFrontMatterVisitor frontMatter = new AbstractYamlFrontMatterVisitor();
        frontMatter.visit(document);
        Map<String, List<String>> fields = frontMatter.getData();
        String title = single(fields, "title", fileName);
        String order = single(fields, "order", fileName);
        String description = optional(fields, "description");
        int orderNumber;
        try {
            orderNumber = Integer.parseInt(order);
        } catch (NumberFormatException e) {
            throw new BrokenLessonException(fileName + ", line 1: front matter 'order' must be a whole number, was '"
                    + order + "'");
        }
        String html;
        try {
            html = TABLE.matcher(renderer.render(document)).replaceAll("<div class=\"table-scroll\"><table>$1</table></div>");
        } catch (LessonProblem problem) {
            throw new BrokenLessonException(fileName + ", line " + problem.line() + ": " + problem.getMessage(),
                    problem);
        }
        return new Lesson(language, slug, orderNumber, title, description, fileName, html, sections(html),
                plainText(html), List.copyOf(figures), List.copyOf(assignments));
    }

    /** Just the HTML of a Markdown fragment: exercise questions, tests. */
    public String renderFragment(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    private static List<Section> sections(String html) {
        List<Section> sections = new ArrayList<>();
        Matcher heading = SECTION.matcher(html);
        while (heading.find()) {
            sections.add(new Section(heading.group(1), unescape(TAG.matcher(heading.group(2)).replaceAll(""))));
        }
        return sections;
    }

    /** The text a reader sees in {@code html}, formulas read as plain text, on one line. */
    static String plainText(String html) {
        String withoutMath = MATH.matcher(html).replaceAll(formula -> Matcher.quoteReplacement(
                Html.escape(" " + TexText.of(unescape(formula.group(1))) + " ")));
        return unescape(TAG.matcher(withoutMath).replaceAll(" ")).replaceAll("\\s+", " ").trim();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String single(Map<String, List<String>> fields, String key, String fileName) {
        List<String> values = fields.get(key);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new BrokenLessonException(fileName + ", line 1: the front matter at the top of the file needs a '"
                    + key + ":' line (between the two '---' lines)");
        }
        return unquote(values.get(0).trim());
    }

    private static String optional(Map<String, List<String>> fields, String key) {
        List<String> values = fields.get(key);
        return values == null || values.isEmpty() ? "" : unquote(values.get(0).trim());
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
