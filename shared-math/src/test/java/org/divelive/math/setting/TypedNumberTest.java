package org.divelive.math.setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TypedNumberTest {
    @Test
    void theSettingsReadEveryTypedNumberOfTheTableAsTheTableSays() {
        List<TypedNumberCases.Case> cases = TypedNumberCases.all();
        assertTrue(cases.size() > 40, "the table has its cases");
        for (TypedNumberCases.Case c : cases) {
            assertEquals(c.number(), Setting.parse(c.typed()), "«" + c.typed() + "»");
        }
    }
}
