package org.divelive.client.widget;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** A visible error box in place of a widget that cannot be shown, so a broken page says what is wrong. */
public final class WidgetError {
    private WidgetError() {
    }

    public static void show(HTMLElement host, String message) {
        HTMLElement box = HTMLDocument.current().createElement("div");
        box.setClassName("widget-error");
        box.setAttribute("role", "alert");
        box.setTextContent(message);
        host.setInnerHTML("");
        host.appendChild(box);
    }
}
