package org.divelive.server.math;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark extension for TeX math: {@code $…$} becomes {@code <span class="math math-inline">} and {@code $$…$$}
 * {@code <span class="math math-display">}, their text the HTML-escaped TeX, which the page typesets with KaTeX.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

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
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new MathRenderer());
    }

    private static final class MathRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(MathNode.class, (node, context, html) -> {
                // a span even for display math: it sits inside a paragraph, where a div is not allowed
                html.attr("class", node.display() ? "math math-display" : "math math-inline")
                        .withAttr().tag("span");
                html.text(node.tex());
                html.tag("/span");
            }));
        }
    }
}
