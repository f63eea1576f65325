package org.divelive.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** The page's address and its language, for widgets that mirror their setup in the URL and speak the page's language. */
public final class Page {
    private Page() {
    }

    /** The fragment as the address holds it (percent-encoded, without its #): {@code widget.SetupHash} reads it. */
    @JSBody(script = "return location.hash.substring(1);")
    public static native String hash();

    /** Replaces the fragment (already encoded) without a new history entry (and without scrolling). */
    @JSBody(params = "hash", script = "history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);")
    public static native void replaceHash(String hash);

    /** Scrolls the element into view (the fragment's section or widget, once the widgets have their height). */
    @JSBody(params = "element", script = "element.scrollIntoView();")
    public static native void scrollTo(HTMLElement element);

    /** The page's query string, "?…" or empty. */
    @JSBody(script = "return location.search;")
    public static native String query();

    @JSBody(script = "return document.documentElement.lang.indexOf('zh') === 0;")
    public static native boolean chinese();

    /** Position of this widget among the page's widgets of the same name: 0 for the first. */
    @JSBody(params = "host", script = ""
            + "var name = host.getAttribute('data-widget');"
            + "return Array.prototype.indexOf.call(document.querySelectorAll('[data-widget=\"' + name + '\"]'), host);")
    public static native int indexAmongSameWidgets(HTMLElement host);
}
