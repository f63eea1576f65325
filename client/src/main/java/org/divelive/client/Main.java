package org.divelive.client;

import org.divelive.client.widget.Landing;
import org.divelive.client.widget.WidgetError;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/** Entry point of the page bundle: mounts every {@code <div data-widget="NAME">} of the lesson. */
public final class Main {
    private Main() {
    }

    /** Mounts every widget not mounted yet, so calling it again after adding widgets to the page is safe. */
    public static void main(String[] args) {
        NodeList<? extends HTMLElement> hosts = HTMLDocument.current().querySelectorAll("[data-widget]:not([data-mounted])");
        for (int i = 0; i < hosts.getLength(); i++) {
            mount(hosts.item(i));
        }
        if (hosts.getLength() > 0) {
            Landing.land();
        }
    }

    /**
     * Mounts one widget, unless it is mounted already: the page's boot script (static/divelive.js) mounts each widget
     * in a task of its own as it comes near the window, so no long task blocks the page while it loads.
     */
    @JSExport
    public static void mountWidget(HTMLElement root) {
        if (!root.hasAttribute("data-mounted")) {
            mount(root);
        }
    }

    /** Scrolls to where the page's link points; the boot script calls it once the widgets the link sets up are mounted. */
    @JSExport
    public static void landOnLink() {
        Landing.land();
    }

    private static void mount(HTMLElement root) {
        String name = root.getAttribute("data-widget");
        Widgets.Factory factory = Widgets.named(name);
        try {
            if (factory == null) {
                WidgetError.show(root, "Unknown widget \"" + name + "\". Known widgets: "
                        + String.join(", ", Widgets.names()) + ".");
            } else {
                factory.mount(root);
            }
        } catch (RuntimeException e) {
            WidgetError.show(root, "The widget \"" + name + "\" could not start: " + e.getMessage());
        }
        root.setAttribute("data-mounted", "true");
    }
}
