package org.divelive.server.classes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.divelive.server.pages.Labels;
import org.divelive.server.runs.RunJson;

/**
 * Class mode's words per language, from {@code divelive/labels/classes-LANGUAGE.properties} beside the site's
 * {@link Labels}: the pages take them as HTML text, their scripts as one JSON attribute ({@link #json}), so every
 * word of the join, instructor and dashboard pages is declared once per language. The languages must have the same
 * keys, and a missing word stops the start.
 */
public final class ClassWords {
    public static final ClassWords EN = load("en");
    public static final ClassWords ZH = load("zh");

    private final Map<String, String> words;
    private final String json;

    private ClassWords(Map<String, String> words) {
        this.words = words;
        try {
            this.json = RunJson.MAPPER.writeValueAsString(words);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write class mode's words as JSON", e);
        }
    }

    public static ClassWords of(Labels labels) {
        return labels == Labels.ZH ? ZH : EN;
    }

    private static ClassWords load(String language) {
        Map<String, String> words = read(language);
        Map<String, String> english = language.equals("en") ? words : EN.words;
        if (!english.keySet().equals(words.keySet())) {
            throw new IllegalStateException("classes-" + language + ".properties must have the keys of "
                    + "classes-en.properties, has " + words.keySet() + " instead of " + english.keySet());
        }
        return new ClassWords(words);
    }

    private static Map<String, String> read(String language) {
        String resource = "divelive/labels/classes-" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ClassWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("class mode's words are missing: no " + resource
                        + " on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> words = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> words.put(key, properties.getProperty(key)));
        return words;
    }

    /** The word for {@code key}; an unknown key is a bug in the page, so it fails the request loudly. */
    public String get(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalArgumentException("class mode has no word " + key);
        }
        return word;
    }

    /** The word for {@code key} with its {@code {name}} places filled: name, value, name, value… */
    public String get(String key, String... namesAndValues) {
        String word = get(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            word = word.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return word;
    }

    /** Every word as a JSON object, for the page's scripts (static/classwords.js reads it). */
    public String json() {
        return json;
    }
}
