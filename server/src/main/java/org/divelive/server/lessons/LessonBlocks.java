package org.divelive.server.lessons;

import static org.divelive.server.pages.Html.escape;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataKey;
import org.divelive.server.markdown.NodeRendererExtension;
import org.divelive.server.pages.Labels;

/**
 * The blocks that make a lesson more than Markdown: {@code ```java include="file#region"} shows a region of the real
 * source (highlighted, as are fenced blocks in Java, Python or shell: {@link CodeHighlighter}), {@code ```exercise} an exercise with instant feedback, {@code ```assignment} an assignment the server verifies, and a widget {@code <div data-widget="NAME">} is
 * checked against the widgets the page knows. A problem is reported with its line, never rendered half-way.
 */
final class LessonBlocks extends NodeRendererExtension {
    /** The lesson's language, set on each document before rendering: labels are in it. */
    static final DataKey<String> LANGUAGE = new DataKey<>("DIVELIVE_LANGUAGE", "en");
    /** The lesson's assignments, collected while rendering: set to a fresh list on each document. */
    static final DataKey<List<Assignment>> ASSIGNMENTS = new DataKey<>("DIVELIVE_ASSIGNMENTS", List.of());

    private static final Pattern INCLUDE = Pattern.compile("java\\s+include=\"([^\"]*)\"\\s*");
    private static final Pattern WIDGET = Pattern.compile("data-widget=\"([^\"]*)\"");

    private final CodeRegions regions;
    private final List<String> widgets;
    private final Function<String, String> markdown;

    LessonBlocks(CodeRegions regions, List<String> widgets, Function<String, String> markdown) {
        this.regions = regions;
        this.widgets = List.copyOf(widgets);
        this.markdown = markdown;
    }

    @Override
    protected NodeRenderer renderer() {
        return new Blocks();
    }

    private final class Blocks implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::fencedBlock),
                    new NodeRenderingHandler<>(HtmlBlock.class, this::htmlBlock));
        }

        private void fencedBlock(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            String info = block.getInfo().toString().trim();
            int line = block.getLineNumber() + 1;
            Matcher include = INCLUDE.matcher(info);
            if (info.equals("exercise")) {
                String language = LANGUAGE.get(context.getDocument());
                Exercise exercise = Exercise.parse(block.getContentChars().toString(), line);
                html.rawPre(exercise.html(markdown, "exercise-" + line, Labels.of(language)));
            } else if (info.equals("assignment")) {
                Assignment assignment = Assignment.parse(block.getContentChars().toString(), line);
                List<Assignment> found = ASSIGNMENTS.get(context.getDocument());
                if (found.stream().anyMatch(other -> other.id().equals(assignment.id()))) {
                    throw new LessonProblem(line, "this lesson already has an assignment " + assignment.id());
                }
                found.add(assignment);
                html.rawPre(assignment.html(markdown, LANGUAGE.get(context.getDocument())));
            } else if (include.matches()) {
                String code;
                try {
                    code = regions.region(include.group(1));
                } catch (IllegalArgumentException e) {
                    throw new LessonProblem(line, e.getMessage());
                }
                if (!block.getContentChars().isBlank()) {
                    throw new LessonProblem(line, "an include block shows the source region, so it must be empty");
                }
                String[] reference = include.group(1).split("#", 2);
                String caption = escape(Labels.of(LANGUAGE.get(context.getDocument())).codeSource())
                        .replace("{module}", "<code>shared-math</code>").replace("{file}", "<code>" + escape(reference[0]) + "</code>")
                        .replace("{region}", "<code>" + escape(reference.length > 1 ? reference[1] : "") + "</code>");
                html.rawPre("<figure class=\"code-include\"><pre><code class=\"language-java\">"
                        + CodeHighlighter.html(code, "java") + "</code></pre><figcaption>" + caption
                        + "</figcaption></figure>\n");
            } else if (CodeHighlighter.knows(info)) {
                html.rawPre("<pre><code class=\"language-" + escape(info) + "\">"
                        + CodeHighlighter.html(block.getContentChars().toString(), info) + "</code></pre>\n");
            } else {
                context.delegateRender();
            }
        }

        private void htmlBlock(HtmlBlock block, NodeRendererContext context, HtmlWriter html) {
            Matcher widget = WIDGET.matcher(block.getChars());
            while (widget.find()) {
                if (!widgets.contains(widget.group(1))) {
                    throw new LessonProblem(block.getLineNumber() + 1, "unknown widget \"" + widget.group(1)
                            + "\"; the page knows " + String.join(", ", widgets));
                }
            }
            context.delegateRender();
        }
    }
}
