package org.divelive.server.lessons;

import static org.divelive.server.pages.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import org.divelive.server.markdown.NodeRendererExtension;

/**
 * Figures: a paragraph holding only {@code ![alt text](figures/name.svg "caption")} becomes
 * {@code <figure><img alt><figcaption>}, with the image at the site's {@code /figures/name.svg}. Every image of a
 * lesson is such a figure, and both the alt text (for readers who cannot see it) and the caption are required.
 */
final class LessonFigures extends NodeRendererExtension {
    /** The folder beside {@code en/} and {@code zh/} that holds the figures, and the URL path they are served at. */
    static final String FOLDER = "figures";
    /** A figure's file name: lower-case words joined by hyphens, an optional language part, then the type. */
    static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z]{2})?\\.(?:svg|png)");
    /** The figures a document names, in order, collected while it renders (the catalog checks that they exist). */
    static final DataKey<List<String>> USED = new DataKey<>("DIVELIVE_FIGURES", ArrayList::new);

    private static final String FORM = "write a figure in a paragraph of its own as ![alt text](" + FOLDER
            + "/name.svg \"caption\")";

    @Override
    protected NodeRenderer renderer() {
        return () -> Set.of(new NodeRenderingHandler<>(Paragraph.class, LessonFigures::paragraph),
                new NodeRenderingHandler<>(Image.class, (image, context, html) -> {
                    throw new LessonProblem(image.getLineNumber() + 1, "an image inside a sentence; " + FORM);
                }));
    }

    private static void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        Node only = paragraph.getFirstChild();
        if (!(only instanceof Image image) || only.getNext() != null) {
            context.delegateRender();
            return;
        }
        int line = image.getLineNumber() + 1;
        String url = image.getUrl().toString();
        String name = url.startsWith(FOLDER + "/") ? url.substring(FOLDER.length() + 1) : "";
        if (!FILE_NAME.matcher(name).matches()) {
            throw new LessonProblem(line, "the figure '" + url + "' must be a file in the lessons' " + FOLDER
                    + " folder, named like " + FOLDER + "/one-neuron.en.svg; " + FORM);
        }
        String alt = image.getText().toString().trim();
        String caption = image.getTitle().toString().trim();
        if (alt.isEmpty() || caption.isEmpty()) {
            throw new LessonProblem(line, "the figure '" + url + "' needs " + (alt.isEmpty() ? "an alt text"
                    : "a caption") + "; " + FORM);
        }
        USED.get(context.getDocument()).add(name);
        html.rawPre("<figure class=\"lesson-figure\"><img src=\"/" + FOLDER + "/" + escape(name) + "\" alt=\""
                + escape(alt) + "\" loading=\"lazy\"><figcaption>" + escape(caption)
                + "</figcaption></figure>\n");
    }
}
