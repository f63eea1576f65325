package org.divelive.server.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TexTextTest {
    @Test
    void commandsBecomeTheirSymbolsAndFontsDropAway() {
        assertEquals("y = wᵀ x + b", TexText.of("\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b"));
        assertEquals("w ← w - η · g", TexText.of("w \\leftarrow w - \\eta \\cdot g"));
    }

    @Test
    void fractionsAndScriptsReadInOneLine() {
        assertEquals("ℓ = 1/2(y - y)²", TexText.of("\\ell = \\frac{1}{2}(y - y)^2"));
        assertEquals("Σₖ exp(zₖ)", TexText.of("\\sum_k \\exp(z_k)"));
        assertEquals("(a+b)/c", TexText.of("\\frac{a+b}{c}"));
        assertEquals("x_(ab) e^(zy)", TexText.of("x_{ab} e^{zy}"));
    }
}
