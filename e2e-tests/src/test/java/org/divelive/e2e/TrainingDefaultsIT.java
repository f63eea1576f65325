package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The course's own softmax and MLP lessons, untouched: their widgets train on all 60,000 Fashion-MNIST training
 * images and measure on all 10,000 test images by default, as the book does. One step each, nothing longer.
 */
class TrainingDefaultsIT extends BrowserTest {
    /** Keeps how many images the worker holds and trains on, from its own messages. */
    private static final String PROBE = "(() => {"
            + "  window.workerSaid = {};"
            + "  const NativeWorker = window.Worker;"
            + "  window.Worker = function (url, options) {"
            + "    const worker = new NativeWorker(url, options);"
            + "    worker.addEventListener('message', e => { if (e.data) window.workerSaid[e.data.type] = e.data; });"
            + "    return worker;"
            + "  };"
            + "})();";

    @BeforeAll
    static void start() {
        serve(Site.embedded());
    }

    @Test
    void softmaxRegressionTrainsOnSixtyThousandAndTestsOnTenThousand() {
        takeOneStep("/lessons/softmax-scratch", "softmax-train");
    }

    @Test
    void theMlpTrainsOnSixtyThousandAndTestsOnTenThousand() {
        takeOneStep("/lessons/mlp-scratch", "mlp-train");
    }

    private void takeOneStep(String lesson, String name) {
        page.addInitScript(PROBE);
        Locator widget = mountedWidget(lesson, name);
        Locator step = widget.locator("button[data-role=step]");
        assertThat(step).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(60_000));
        assertThat(widget.locator("[data-field=trainSubset]")).hasValue("60000");
        assertThat(widget.locator("[data-out=test-images]")).hasText("Test accuracy (10,000 images)");
        assertEquals(60_000, count("ready.train"));
        assertEquals(10_000, count("ready.test"));
        step.click();
        assertThat(widget.locator("[data-out=step]")).hasText("1");
        assertEquals(60_000, count("started.examples"), "the images one epoch goes through");
    }

    private int count(String field) {
        return ((Number) page.evaluate("window.workerSaid." + field)).intValue();
    }
}
