package org.divelive.client.widget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divelive.client.js.Page;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A widget's settings, declared once: each field's initial value comes from the page's URL hash (so a shared link
 * reproduces a setup), else the widget's {@code data-…} attribute (the lesson's default), else the built-in default.
 * Every change the reader makes is written back to the hash ({@link SetupHash}: beside the section the page is at,
 * which it keeps); a setup that is just the lesson's own is left out, so a page that was only opened keeps its address.
 * An instructor can lock fields ({@code data-lock="learningRate,seed"}: shown, not editable) or hide them
 * ({@code data-hide="seed"}).
 *
 * <p>A widget's key in the hash is its name, plus {@code .2}, {@code .3} for its second and third instance on the page.
 */
public final class Settings {

    /**
     * One setting: {@code name} as the validators call it, the {@code data-} attribute, and either a text box, a
     * select ({@code choices} stored in the hash, {@code choiceLabels} shown) or a slider.
     */
    public record Field(String name, String attribute, String label, String fallback, List<String> choices,
            List<String> choiceLabels, Slider slider) {
        public static Field number(String name, String attribute, String label, String fallback) {
            return new Field(name, attribute, label, fallback, List.of(), List.of(), null);
        }

        public static Field choice(String name, String attribute, String label, String fallback, List<String> choices) {
            return new Field(name, attribute, label, fallback, choices, choices, null);
        }

        /** A select that shows {@code labels} (e.g. in the page's language) and stores the matching {@code choices}. */
        public static Field choice(String name, String attribute, String label, String fallback, List<String> choices,
                List<String> labels) {
            if (labels.size() != choices.size()) {
                throw new IllegalArgumentException(name + " has " + choices.size() + " choices but " + labels.size()
                        + " labels");
            }
            return new Field(name, attribute, label, fallback, choices, labels, null);
        }

        /** An {@code <input type="range">} with its value shown beside it (see {@link Form#showSliderValues()}). */
        public static Field slider(String name, String attribute, String label, String fallback, Slider slider) {
            return new Field(name, attribute, label, fallback, List.of(), List.of(), slider);
        }
    }

    /** A slider's bounds and step, as the range input's min, max and step attributes. */
    public record Slider(String min, String max, String step) {
    }

    private final HTMLElement host;
    private final String key;
    private final List<Field> fields;

    public Settings(HTMLElement host, List<Field> fields) {
        this.host = host;
        int index = Page.indexAmongSameWidgets(host);
        this.key = host.getAttribute("data-widget") + (index > 0 ? "." + (index + 1) : "");
        this.fields = fields;
    }

    /** The form's markup: a labelled text box, select or slider per visible field, and a message slot for each. */
    public String html() {
        Map<String, String> fromHash = SetupHash.parse(Page.hash()).setup(key);
        List<String> locked = list(host.getAttribute("data-lock"));
        List<String> hidden = list(host.getAttribute("data-hide"));
        StringBuilder out = new StringBuilder("<div class=\"widget-settings\" data-role=\"settings\">");
        for (Field field : fields) {
            String value = fromHash.getOrDefault(field.name(), openingValue(field.name()));
            String state = locked.contains(field.name()) ? " disabled" : "";
            // the box holds the field and, below it, its message, which floats over what follows instead of
            // pushing the form down
            out.append("<div class=\"widget-field-box\"").append(hidden.contains(field.name()) ? " hidden" : "")
                    .append("><label class=\"widget-field\"><span>").append(field.label()).append("</span>");
            if (field.slider() != null) {
                // the output repeats the value for the eye; a screen reader hears it from the slider itself
                Slider slider = field.slider();
                out.append("<input type=\"range\" data-field=\"").append(field.name()).append("\" min=\"")
                        .append(slider.min()).append("\" max=\"").append(slider.max()).append("\" step=\"")
                        .append(slider.step()).append("\" value=\"").append(escape(value)).append("\"")
                        .append(state).append("><output aria-hidden=\"true\" data-shows=\"").append(field.name()).append("\">")
                        .append(escape(value)).append("</output>");
            } else if (field.choices().isEmpty()) {
                out.append("<input type=\"text\" inputmode=\"decimal\" data-field=\"").append(field.name())
                        .append("\" value=\"").append(escape(value)).append("\"").append(state).append(">");
            } else {
                out.append("<select data-field=\"").append(field.name()).append("\"").append(state).append(">");
                for (int i = 0; i < field.choices().size(); i++) {
                    String choice = field.choices().get(i);
                    out.append("<option value=\"").append(escape(choice)).append("\"")
                            .append(choice.equals(value) ? " selected" : "").append(">")
                            .append(escape(field.choiceLabels().get(i))).append("</option>");
                }
                out.append("</select>");
            }
            out.append("</label><p class=\"field-error\" data-error-for=\"").append(field.name())
                    .append("\" role=\"alert\"></p></div>");
        }
        return out.append("<p class=\"field-error\" data-error-for=\"form\" role=\"alert\"></p></div>").toString();
    }

    /** The value a field opens with when the address names none: the lesson's {@code data-} attribute, else the default. */
    public String openingValue(String name) {
        for (Field field : fields) {
            if (field.name().equals(name)) {
                String attribute = host.getAttribute(field.attribute());
                return attribute != null && !attribute.isEmpty() ? attribute : field.fallback();
            }
        }
        throw new IllegalArgumentException("no setting " + name);
    }

    /** Writes the current values of every field into this widget's part of the URL hash, the section kept. */
    public void writeHash(Form form) {
        SetupHash hash = SetupHash.parse(Page.hash());
        Map<String, String> mine = new LinkedHashMap<>();
        boolean lessonsOwn = true;
        for (Field field : fields) {
            String value = form.input(field.name()).getValue().trim();
            mine.put(field.name(), value);
            lessonsOwn &= value.equals(openingValue(field.name()));
        }
        if (lessonsOwn) {
            hash.remove(key);
        } else {
            hash.put(key, mine);
        }
        Page.replaceHash(hash.format());
    }

    private static List<String> list(String text) {
        List<String> names = new ArrayList<>();
        if (text != null) {
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
