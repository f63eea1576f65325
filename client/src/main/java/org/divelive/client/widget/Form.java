package org.divelive.client.widget;

import org.divelive.client.js.Numbers;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * A widget's settings form: inputs marked {@code data-field="NAME"} (NAME as in
 * {@link org.divelive.math.train.Hyperparameters}) and, for each, a {@code data-error-for="NAME"} element where a
 * validation message appears next to the input it is about.
 */
public final class Form {
    private final HTMLElement root;

    public Form(HTMLElement root) {
        this.root = root;
    }

    public HTMLInputElement input(String field) {
        HTMLElement element = root.querySelector("[data-field=\"" + field + "\"]");
        if (element == null) {
            throw new IllegalStateException("the widget has no input for " + field);
        }
        return element.cast();
    }

    /** Whether the form has an input for the field (a widget shows only the settings it lets the reader change). */
    public boolean has(String field) {
        return root.querySelector("[data-field=\"" + field + "\"]") != null;
    }

    /** The field's label as the form shows it (the text of its {@code <label>}), or its name if it has none. */
    public String label(String field) {
        HTMLElement label = root.querySelector("label:has([data-field=\"" + field + "\"]) > span");
        return label != null ? label.getTextContent() : field;
    }

    /** The field's value as a number; NaN when it is empty or not a number, for the validator to name. */
    public double number(String field) {
        return Numbers.parse(input(field).getValue());
    }

    /** Copies each slider's value into the {@code <output>} beside it, so the number moves with the thumb. */
    public void showSliderValues() {
        NodeList<? extends HTMLElement> outputs = root.querySelectorAll("output[data-shows]");
        for (int i = 0; i < outputs.getLength(); i++) {
            HTMLElement output = outputs.item(i);
            output.setTextContent(input(output.getAttribute("data-shows")).getValue());
        }
    }

    public void set(String field, String value) {
        input(field).setValue(value);
    }

    /**
     * Shows {@code message} beside the field and marks the input invalid for assistive technology; with no such
     * field (or {@code field} null) the message goes under the form.
     */
    public void showError(String field, String message) {
        HTMLElement slot = field == null ? null : root.querySelector("[data-error-for=\"" + field + "\"]");
        HTMLElement target = slot != null ? slot : root.querySelector("[data-error-for=\"form\"]");
        target.setTextContent(message);
        HTMLElement input = field == null ? null : root.querySelector("[data-field=\"" + field + "\"]");
        if (input != null) {
            input.setAttribute("aria-invalid", "true");
        }
    }

    public void clearErrors() {
        NodeList<? extends HTMLElement> slots = root.querySelectorAll("[data-error-for]");
        for (int i = 0; i < slots.getLength(); i++) {
            slots.item(i).setTextContent("");
        }
        NodeList<? extends HTMLElement> inputs = root.querySelectorAll("[data-field]");
        for (int i = 0; i < inputs.getLength(); i++) {
            inputs.item(i).removeAttribute("aria-invalid");
        }
    }
}
