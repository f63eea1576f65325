package org.divelive.server.math;

import java.util.Set;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Takes {@code $…$} and {@code $$…$$} out of Markdown's hands before emphasis and escapes can mangle the TeX
 * ({@code _}, {@code *}, {@code \{}, {@code \\}). The rules are Pandoc's, so prices stay prices: an opening
 * {@code $} must be followed by a non-space, a closing one preceded by a non-space and not followed by a digit;
 * {@code \$} is a literal dollar (Markdown's escape, handled before this parser sees it). Code spans are parsed
 * first, so a {@code $} inside backticks is never math.
 */
final class MathInlineParser implements InlineParserExtension {

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
        int open = display ? 2 : 1;
        int close = display ? findDisplayEnd(input, start + 2) : findInlineEnd(input, start + 1);
        if (close < 0) {
            return false; // a lone dollar: plain text
        }
        parser.flushTextNode();
        BasedSequence tex = input.subSequence(start + open, close);
        parser.getBlock().appendChild(new MathNode(input.subSequence(start, close + open), tex, display));
        parser.setIndex(close + open);
        return true;
    }

    private static int findInlineEnd(BasedSequence input, int from) {
        if (from >= input.length() || Character.isWhitespace(input.charAt(from)) || input.charAt(from) == '$') {
            return -1;
        }
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++; // TeX escape such as \$ or \{: part of the formula
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(input.charAt(i - 1));
                boolean digitAfter = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
                return spaceBefore || digitAfter ? -1 : i;
            } else if (c == '\n' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int findDisplayEnd(BasedSequence input, int from) {
        for (int i = from; i + 1 < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && input.charAt(i + 1) == '$') {
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new MathInlineParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
