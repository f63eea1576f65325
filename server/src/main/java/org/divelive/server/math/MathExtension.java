package org.divelive.server.math;

import java.util.Set;

import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.divelive.server.markdown.NodeRendererExtension;

/**
 * Flexmark extension for TeX math: {@code $…$} becomes {@code <span class="math math-inline">} and {@code $$…$$}
 * {@code <span class="math math-display">}, their text the HTML-escaped TeX, which the page typesets with KaTeX.
 */
public final class MathExtension extends NodeRendererExtension implements Parser.ParserExtension {

    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new MathInlineParser.Factory());
    }

    @Override
    protected NodeRenderer renderer() {
        return () -> Set.of(new NodeRenderingHandler<>(MathNode.class, (node, context, html) -> {
            // a span even for display math: it sits inside a paragraph, where a div is not allowed
            html.attr("class", node.display() ? "math math-display" : "math math-inline").withAttr().tag("span");
            html.text(node.tex());
            html.tag("/span");
        }));
    }
}
