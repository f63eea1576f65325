package org.divelive.server.lessons;

import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.divelive.server.math.MathExtension;

/** Markdown with YAML front matter, pipe tables, fenced code and TeX math, to HTML. Thread-safe. */
public final class LessonRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public LessonRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS,
                List.of(YamlFrontMatterExtension.create(), TablesExtension.create(), MathExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders a lesson file's text; the front matter must give {@code title} and {@code order}. */
    public Lesson render(String language, String slug, String fileName, String markdown) {
        Document document = parser.parse(markdown);
        AbstractYamlFrontMatterVisitor frontMatter = new AbstractYamlFrontMatterVisitor();
        frontMatter.visit(document);
        Map<String, List<String>> fields = frontMatter.getData();
        String title = single(fields, "title", fileName);
        String order = single(fields, "order", fileName);
        int orderNumber;
        try {
            orderNumber = Integer.parseInt(order);
        } catch (NumberFormatException e) {
            throw new BrokenLessonException(fileName + ": front matter 'order' must be a whole number, was '"
                    + order + "'");
        }
        return new Lesson(language, slug, orderNumber, title, fileName, renderer.render(document));
    }

    /** Just the HTML of a Markdown fragment, for tests and snippets. */
    public String renderFragment(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    private static String single(Map<String, List<String>> fields, String key, String fileName) {
        List<String> values = fields.get(key);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new BrokenLessonException(fileName + ": the front matter at the top of the file needs a '"
                    + key + ":' line (between the two '---' lines)");
        }
        return unquote(values.get(0).trim());
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
