package org.divelive.client.js;

import org.divelive.math.setting.Setting;
import org.teavm.jso.JSBody;

/** Number formatting through the browser's own formatter (TeaVM has no {@code String.format}). */
public final class Numbers {
    private Numbers() {
    }

    /** {@code digits} significant digits, switching to exponent notation for very small or large numbers. */
    @JSBody(params = {"x", "digits"}, script = ""
            + "if (!isFinite(x)) { return String(x); }"
            + "if (x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6)) { return x.toExponential(digits - 1); }"
            + "return String(Number(x.toPrecision(digits)));")
    public static native String format(double x, int digits);

    /**
     * A number as a reader types it into a form, read by the settings' own rule ({@link Setting#parse}: a decimal
     * comma "0,3" too); "" and junk give NaN, so a validator can name the bad field.
     */
    public static double parse(String text) {
        Double number = Setting.parse(text.trim());
        return number != null ? number : Double.NaN;
    }

    /** A count with thousands grouped, as the page's sentences write it: 60000 → "60,000". */
    public static String grouped(int n) {
        String digits = Integer.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
