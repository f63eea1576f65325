package org.divelive.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One Chromium per test class. Debian's {@code /usr/bin/chromium} when it is installed (this project's machines and
 * CI); otherwise Playwright's own Chromium, which Playwright downloads, so the tests also run on an ordinary
 * internet-connected machine. Never skipped: without a browser the tests fail.
 */
final class Browser implements AutoCloseable {
    static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
        Playwright.CreateOptions create = new Playwright.CreateOptions();
        if (system) {
            // no download of Playwright's browsers: we bring our own
            create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        this.playwright = Playwright.create(create);
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run"));
        if (system) {
            launch.setExecutablePath(SYSTEM_CHROMIUM);
        }
        this.browser = playwright.chromium().launch(launch);
    }

    /** A fresh page whose console errors and uncaught exceptions are collected into {@code errors}. */
    Page newPage(List<String> errors) {
        return newPage(errors, new com.microsoft.playwright.Browser.NewPageOptions());
    }

    /** The same, with options such as a colour scheme or a phone's viewport. */
    Page newPage(List<String> errors, com.microsoft.playwright.Browser.NewPageOptions options) {
        Page page = browser.newPage(options);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add("console: " + message.text() + " at " + message.location());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        return page;
    }

    /** "chromium 156.0…", for benchmark reports. */
    String version() {
        return browser.browserType().name() + " " + browser.version();
    }

    static List<String> errorList() {
        return new ArrayList<>();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
