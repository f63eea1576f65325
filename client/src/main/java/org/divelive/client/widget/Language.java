package org.divelive.client.widget;

import org.divelive.client.js.Page;

/** The two languages a page speaks. A widget speaks its page's: the Chinese lessons get a Chinese interface. */
public enum Language {
    ENGLISH, CHINESE;

    private static Language page;

    /** The page's language, read once from {@code <html lang>}. */
    public static Language page() {
        if (page == null) {
            page = Page.chinese() ? CHINESE : ENGLISH;
        }
        return page;
    }

    public String pick(String english, String chinese) {
        return this == CHINESE ? chinese : english;
    }
}
