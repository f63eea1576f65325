package org.divelive.client.js;

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

    /** The browser's number parser: "" and junk give NaN, so a validator can name the bad field. */
    @JSBody(params = "text", script = "var trimmed = text.trim(); return trimmed === '' ? NaN : Number(trimmed);")
    public static native double parse(String text);
}
