package org.divelive.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.divelive.server.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An export made with {@code --api-url}: its pages stay on a static host, and "Train on server" runs on the named
 * DiveLive server, on another origin, which allows the export's origin with {@code --cors-origin}.
 */
class StaticExportWithServerIT {
    @TempDir
    static java.nio.file.Path exported;
    private static StaticFileServer files;
    private static Site server;
    private static Browser browser;

    @BeforeAll
    static void exportAndServe() throws IOException {
        files = new StaticFileServer(exported, "/course/");
        server = Site.embeddedAllowing(files.origin());
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("export", "--out", exported.toString(), "--api-url", server.url("/")),
                err.toString());
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
        files.close();
    }

    @Test
    void trainOnServerRunsOnTheNamedServerAndItsWeightsLoadIntoTheExportedPage() {
        List<String> errors = Browser.errorList();
        Page page = browser.newPage(errors);
        page.navigate(files.url("lessons/softmax-scratch.html#softmax-train:learningRate=0.1,batchSize=100,"
                + "epochs=2,trainSubset=2000,seed=42"));
        // the lesson's own widget (its assignment has a second one further down)
        Locator softmax = page.locator("[data-widget=softmax-train]").first();
        Locator train = softmax.locator("button[data-role=server]");
        assertThat(train).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(30_000));
        train.click();
        Locator status = softmax.locator("[data-out=status]");
        assertThat(status).containsText("finished", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        Locator load = softmax.locator("button[data-role=load]");
        assertThat(load).isEnabled();
        load.click();
        assertThat(status).containsText("The server's weights are in the page model");
        page.close();
        assertEquals(List.of(), errors);
        assertFalse(files.requests().stream().anyMatch(path -> path.contains("/api/")),
                "the API is asked on the server, not on the static host: " + files.requests());
    }
}
