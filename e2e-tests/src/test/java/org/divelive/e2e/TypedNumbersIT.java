package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.divelive.math.setting.TypedNumberCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercises' page script reads typed answers by the course's one number rule, the rule the widget settings read
 * theirs by (shared-math's {@code Setting.parse}, tested on the JVM against the same table): one number exercise per
 * case of the table, answered with the case's text as a reader types it.
 */
class TypedNumbersIT extends BrowserTest {
    private static final List<TypedNumberCases.Case> CASES = TypedNumberCases.all();
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        StringBuilder exercises = new StringBuilder();
        for (int i = 0; i < CASES.size(); i++) {
            Double number = CASES.get(i).number();
            exercises.append("```exercise\nCase ").append(i).append(".\n= ").append(number == null ? 0 : number)
                    .append("\n---\nThe table says so.\n```\n\n");
        }
        serve(Site.withContent(WidgetLesson.write(dir, "numbers", exercises.toString())));
    }

    @Test
    void everyCaseOfTheTableIsReadAsTheTableSays() {
        page.navigate(site.url("/lessons/numbers"));
        Locator all = page.locator(".exercise[data-exercise=number]");
        assertThat(all).hasCount(CASES.size());
        for (int i = 0; i < CASES.size(); i++) {
            TypedNumberCases.Case c = CASES.get(i);
            Locator exercise = all.nth(i);
            exercise.locator(".exercise-number").fill(c.typed());
            exercise.locator(".exercise-check").click();
            Locator feedback = exercise.locator(".exercise-feedback");
            if (c.number() != null) {
                assertThat(feedback).hasText("Correct!");
            } else if (c.typed().contains(",") || c.typed().contains("\uff0c")) {
                assertThat(feedback).hasText("Commas either group thousands in threes (203,530) or are one decimal"
                        + " comma (0,6): write it like 0.6 or 203,530.");
            } else {
                assertThat(feedback).hasText("That is not a number this page can read: write it like 0.6 or"
                        + " 203,530 (not as a fraction).");
            }
        }
    }
}
