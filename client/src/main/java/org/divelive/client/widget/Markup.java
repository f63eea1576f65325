package org.divelive.client.widget;

/**
 * The pieces every widget template is built from. A widget finds its controls by {@code data-role} and writes its
 * figures into {@code data-out}, so these names are the contract between a template and its widget's code.
 */
public final class Markup {
    /** The status line {@link WidgetHost#status} writes to. */
    public static final String STATUS = "<p class=\"widget-status\" role=\"status\" data-out=\"status\"></p>";

    /** A progress bar filled while the widget's data downloads (see {@code FashionData}). */
    public static final String LOADING = "<progress data-role=\"loading\" max=\"1\" value=\"0\"></progress>";

    private Markup() {
    }

    /** A button the widget finds by {@code role}. */
    public static String button(String role, String label) {
        return "<button type=\"button\" data-role=\"" + role + "\">" + label + "</button>";
    }

    /** A button that stays off until the widget is ready for it (e.g. its data has loaded). */
    public static String disabledButton(String role, String label) {
        return "<button type=\"button\" data-role=\"" + role + "\" disabled>" + label + "</button>";
    }

    /** The row of buttons under the settings. */
    public static String buttons(String... buttons) {
        return "<div class=\"widget-buttons\">" + String.join("", buttons) + "</div>";
    }

    /**
     * One labelled figure of a {@link #readouts} list, showing {@code initial} until it is written. Label and value
     * are grouped, so a row of readouts wraps between figures, never inside one.
     */
    public static String readout(String label, String out, String initial) {
        return "<div><dt>" + label + "</dt><dd data-out=\"" + out + "\">" + initial + "</dd></div>";
    }

    /** A list of {@link #readout}s, one under the other. */
    public static String readouts(String... readouts) {
        return "<dl class=\"widget-readout\">" + String.join("", readouts) + "</dl>";
    }

    /** A list of {@link #readout}s side by side. */
    public static String readoutRow(String... readouts) {
        return "<dl class=\"widget-readout widget-readout-row\">" + String.join("", readouts) + "</dl>";
    }

    /**
     * One row of a bar chart drawn in HTML: the label, the bar whose width the widget sets ({@code data-bar}) and the
     * value beside it ({@code data-out}). A highlighted row stands out as the label class's does; {@code attributes}
     * go on the row, e.g. {@code data-class="2"} for the widget to find it by.
     */
    public static String barRow(boolean highlighted, String attributes, String label, String bar, String valueOut) {
        return "<div class=\"softmax-bar-row" + (highlighted ? " is-label" : "") + "\"" + attributes + "><span>" + label
                + "</span><div class=\"softmax-bar\" aria-hidden=\"true\"><div data-bar=\"" + bar
                + "\"></div></div><span class=\"softmax-value\" data-out=\"" + valueOut + "\"></span></div>";
    }

    /** A table cell the widget writes into. */
    public static String cell(String out) {
        return "<td data-out=\"" + out + "\"></td>";
    }

    /** The figures of a widget side by side, as wide as the lesson allows. */
    public static String charts(String... figures) {
        return "<div class=\"widget-charts\">" + String.join("", figures) + "</div>";
    }

    /** A Chart.js canvas the widget finds by {@code role}, in a sized box, with its caption below. */
    public static String chart(String role, String ariaLabel, String caption) {
        return "<figure><div class=\"chart-box\"><canvas data-role=\"" + role + "\" aria-label=\"" + ariaLabel
                + "\"></canvas></div><figcaption>" + caption + "</figcaption></figure>";
    }
}
