package org.divelive.server.math;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** TeX source between {@code $…$} (inline) or {@code $$…$$} (display), kept verbatim for KaTeX in the page. */
public final class MathNode extends Node {
    private final BasedSequence tex;
    private final boolean display;

    MathNode(BasedSequence chars, BasedSequence tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    public String tex() {
        return tex.toString();
    }

    public boolean display() {
        return display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {tex};
    }
}
