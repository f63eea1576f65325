package org.divelive.server.markdown;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A Flexmark extension that renders some kinds of node itself. Flexmark asks a renderer extension for its options, a
 * renderer factory and a renderer; this answers all three, so an extension only lists the nodes it renders and how.
 */
public abstract class NodeHandlerExtension implements HtmlRenderer.HtmlRendererExtension, NodeRendererFactory {

    /** Each kind of node this extension renders, with the method that renders it. */
    protected abstract Set<NodeRenderingHandler<?>> handlers();

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
        return this::handlers;
    }
}
