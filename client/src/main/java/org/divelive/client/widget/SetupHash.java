package org.divelive.client.widget;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page address's fragment, which holds two things at once: the section the reader is at (what a search result,
 * the table of contents or the language switch links to) and the widgets' setups, so that a link reproduces both:
 * {@code #SECTION;WIDGET:field=value,field=value;WIDGET.2:…}.
 *
 * <p>Every name and value is percent-encoded as {@code encodeURIComponent} does, so a value holding a comma (the hidden
 * layers {@code 256,128}), a {@code ;}, a {@code =} or a {@code %} comes back as it went in. Read leniently: a bad
 * escape stays as typed instead of breaking the page, and in older links, which wrote {@code hidden=256,128} bare, a
 * piece without {@code =} continues the value before it.
 */
public final class SetupHash {
    /** What encodeURIComponent leaves as it is. */
    private static final String UNRESERVED = "-_.!~*'()";

    private String section;
    private final Map<String, Map<String, String>> setups;

    private SetupHash(String section, Map<String, Map<String, String>> setups) {
        this.section = section;
        this.setups = setups;
    }

    /** Reads the fragment as the address holds it, without its {@code #}. */
    public static SetupHash parse(String fragment) {
        String section = "";
        Map<String, Map<String, String>> setups = new LinkedHashMap<>();
        for (String part : fragment.split(";")) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                if (section.isEmpty() && !part.isEmpty()) {
                    section = decode(part);
                }
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            String last = null;
            for (String pair : part.substring(colon + 1).split(",")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    last = decode(pair.substring(0, equals));
                    values.put(last, decode(pair.substring(equals + 1)));
                } else if (last != null) {
                    values.put(last, values.get(last) + "," + decode(pair));
                }
            }
            setups.put(decode(part.substring(0, colon)), values);
        }
        return new SetupHash(section, setups);
    }

    /** The section anchor (an element id), or "" when the fragment names none. */
    public String section() {
        return section;
    }

    public void section(String id) {
        section = id;
    }

    /** The widget's setup by its key (its name, then {@code .2}, {@code .3} for later ones), empty when none. */
    public Map<String, String> setup(String key) {
        return setups.getOrDefault(key, Map.of());
    }

    /** The keys of the widgets whose setups the fragment holds, in its order. */
    public Iterable<String> keys() {
        return setups.keySet();
    }

    public void put(String key, Map<String, String> values) {
        setups.put(key, values);
    }

    public void remove(String key) {
        setups.remove(key);
    }

    /** The fragment to write: the section first, then each setup. */
    public String format() {
        StringBuilder out = new StringBuilder(encode(section));
        for (Map.Entry<String, Map<String, String>> widget : setups.entrySet()) {
            out.append(out.length() > 0 ? ";" : "").append(encode(widget.getKey())).append(':');
            boolean first = true;
            for (Map.Entry<String, String> field : widget.getValue().entrySet()) {
                out.append(first ? "" : ",").append(encode(field.getKey())).append('=')
                        .append(encode(field.getValue()));
                first = false;
            }
        }
        return out.toString();
    }

    /** encodeURIComponent: UTF-8 bytes as %XX, except letters, digits and {@link #UNRESERVED}. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || UNRESERVED.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** decodeURIComponent, except that a {@code %} not followed by two hex digits stays as it is. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            int high = text.charAt(i) == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                byte[] before = text.substring(plain, i).getBytes(StandardCharsets.UTF_8);
                bytes.write(before, 0, before.length);
                bytes.write(high * 16 + low);
                i += 2;
                plain = i + 1;
            }
        }
        byte[] rest = text.substring(plain).getBytes(StandardCharsets.UTF_8);
        bytes.write(rest, 0, rest.length);
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
}
