package org.divelive.client.widget;

import org.divelive.client.js.Page;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Where a link lands once the widgets are mounted. The browser itself cannot follow a fragment that also holds
 * setups ({@code #section;widget:…} names no element), and mounting widgets moves the sections below them, so the page
 * scrolls here: to the fragment's section, else to the first widget whose setup the link carries.
 */
public final class Landing {
    private Landing() {
    }

    public static void land() {
        SetupHash hash = SetupHash.parse(Page.hash());
        HTMLElement target = hash.section().isEmpty() ? null : HTMLDocument.current().getElementById(hash.section());
        for (String key : hash.keys()) {
            if (target == null) {
                target = widget(key);
            }
        }
        if (target != null) {
            Page.scrollTo(target);
        }
    }

    /** The widget a setup key names: its name, and {@code .N} for the N-th of that name on the page. */
    private static HTMLElement widget(String key) {
        int dot = key.lastIndexOf('.');
        String name = dot > 0 ? key.substring(0, dot) : key;
        int index = 0;
        if (dot > 0) {
            try {
                index = Integer.parseInt(key.substring(dot + 1)) - 1;
            } catch (NumberFormatException notAnIndex) {
                name = key;
            }
        }
        NodeList<? extends HTMLElement> widgets = HTMLDocument.current().querySelectorAll("[data-widget]");
        int seen = 0;
        for (int i = 0; i < widgets.getLength(); i++) {
            if (widgets.item(i).getAttribute("data-widget").equals(name) && seen++ == index) {
                return widgets.item(i);
            }
        }
        return null;
    }
}
