package org.divelive.client.widget;

import org.divelive.client.js.Page;

/** A widget's words in the page's language: the Chinese lessons get a Chinese interface. */
public final class Words {
    private static final boolean CHINESE = Page.chinese();

    private Words() {
    }

    public static String of(String english, String chinese) {
        return CHINESE ? chinese : english;
    }
}
