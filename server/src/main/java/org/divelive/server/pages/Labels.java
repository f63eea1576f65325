package org.divelive.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The words of the site's own interface, per language. */
public record Labels(String language, String htmlLang, String languageName, String courseTitle, String intro,
        String lessons, String onThisPage, String previous, String next, String search, String searchHint,
        String markDone, String done, String copy, String copied, String theme, String notFound, String notFoundText,
        String backToIndex, String brokenTitle, String brokenText, String errorTitle, String errorText,
        String noResults, String scrolls, String chartData, String widgetUnavailable, String check, String answer,
        String answers, String codeSource) {

    public static final Labels EN = load("en");
    public static final Labels ZH = load("zh");

    /**
     * One language's words from {@code divelive/labels/LANGUAGE.properties}, a key per component after
     * {@code language}: the words are text, kept with nothing but each other, and a missing one stops the start.
     */
    private static Labels load(String language) {
        String resource = "divelive/labels/" + language + ".properties";
        Properties words = new Properties();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the site's words are missing: no " + resource + " on the class path");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        RecordComponent[] components = Labels.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        values[0] = language;
        for (int i = 0; i < components.length; i++) {
            types[i] = String.class;
            if (i > 0) {
                String key = components[i].getName();
                values[i] = words.getProperty(key);
                if (values[i] == null) {
                    throw new IllegalStateException(resource + " has no " + key + "=…");
                }
            }
        }
        try {
            return Labels.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the labels of " + language, e);
        }
    }

    public static Labels of(String language) {
        return language.equals("zh") ? ZH : EN;
    }

    public Labels other() {
        return this == ZH ? EN : ZH;
    }

    /** Where this language's lessons live: {@code /lessons/} for English, {@code /zh/lessons/} for Chinese. */
    public String lessonPath(String slug) {
        return (language.equals("en") ? "" : "/" + language) + "/lessons/" + slug;
    }

    public String indexPath() {
        return language.equals("en") ? "/" : "/" + language + "/";
    }
}
