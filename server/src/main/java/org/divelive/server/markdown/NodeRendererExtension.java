package org.divelive.server.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A Flexmark extension that renders some kinds of node itself. Flexmark asks a renderer extension for its options, a
 * renderer factory and a renderer; this answers the first two, so an extension only gives its renderer.
 */
public abstract class NodeRendererExtension implements HtmlRenderer.HtmlRendererExtension, NodeRendererFactory {

    /** The renderer of this extension's nodes, asked for once per document. */
    protected abstract NodeRenderer renderer();

    @Override
    public final void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    /** The extension is its own factory: Flexmark tells factories apart by their class, one per extension. */
    @Override
    public final void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(this);
    }

    @Override
    public final NodeRenderer apply(DataHolder options) {
        return renderer();
    }
}
