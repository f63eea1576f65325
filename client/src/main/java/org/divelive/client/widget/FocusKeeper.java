package org.divelive.client.widget;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Keeps the keyboard's focus in a widget when the control holding it is disabled or hidden (Play when a run ends,
 * Run while it trains). A browser would drop focus to the page itself, and the reader's next Tab would start again
 * at the top of the page; instead focus moves to the nearest control of the widget still usable (the next one, else
 * the one before, else the status line), and comes back when the control is usable again, unless the reader has
 * moved it in the meantime.
 */
final class FocusKeeper {
    private final HTMLElement root;
    /** The control whose focus was moved away, and the stand-in that holds it for now. */
    private HTMLElement displaced;
    private HTMLElement standIn;

    FocusKeeper(HTMLElement root) {
        this.root = root;
    }

    /** Call before {@code control} is disabled or hidden. */
    void leaving(HTMLElement control) {
        if (HTMLDocument.current().getActiveElement() != control) {
            return;
        }
        if (control != standIn) {
            // when the stand-in is disabled in turn (Play, then Step, then Epoch), focus still belongs to the first
            displaced = control;
        }
        standIn = nearestUsable(control);
        standIn.focus();
    }

    /** Call after {@code control} is enabled or shown again. */
    void back(HTMLElement control) {
        if (control != displaced) {
            return;
        }
        if (HTMLDocument.current().getActiveElement() == standIn) {
            control.focus();
        }
        displaced = null;
        standIn = null;
    }

    private HTMLElement nearestUsable(HTMLElement control) {
        NodeList<? extends HTMLElement> controls = root.querySelectorAll("button, input, select");
        int at = 0;
        while (at < controls.getLength() && controls.item(at) != control) {
            at++;
        }
        for (int i = at + 1; i < controls.getLength(); i++) {
            if (usable(controls.item(i))) {
                return controls.item(i);
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            if (usable(controls.item(i))) {
                return controls.item(i);
            }
        }
        HTMLElement status = root.querySelector("[data-out=\"status\"]");
        status.setTabIndex(-1); // focusable by script only: it is no control of its own
        return status;
    }

    /** Enabled and laid out (neither hidden itself nor inside something hidden). */
    private static boolean usable(HTMLElement control) {
        return !control.hasAttribute("disabled") && (control.getOffsetWidth() > 0 || control.getOffsetHeight() > 0);
    }
}
