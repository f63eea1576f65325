package org.divelive.client.widget;

/**
 * A label in the page's language: a button's text, a caption, a column heading. A sentence with figures in it is a
 * {@link Sentence} instead, so no translation is stitched from fragments.
 */
public final class Words {
    private Words() {
    }

    public static String of(String english, String chinese) {
        return Language.page().pick(english, chinese);
    }
}
