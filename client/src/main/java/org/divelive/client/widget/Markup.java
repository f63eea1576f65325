package org.divelive.client.widget;

/**
 * The pieces every widget template is built from. A widget finds its controls by {@code data-role} and writes its
 * figures into {@code data-out}, so these names are the contract between a template and its widget's code.
 */
public final class Markup {
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

    /** One labelled figure of a {@code <dl class="widget-readout">}, showing {@code initial} until it is written. */
    public static String readout(String label, String out, String initial) {
        return "<dt>" + label + "</dt><dd data-out=\"" + out + "\">" + initial + "</dd>";
    }
}
