package org.divelive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test class shares, whatever serves its pages: one Chromium for the class (the subclass's
 * {@code @BeforeAll} calls {@link #startBrowser}), and a fresh page per test whose console errors fail the test.
 */
abstract class PageTest {
    protected static Browser browser;
    protected final List<String> errors = Browser.errorList();
    protected Page page;

    protected static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(errors);
    }

    /** What a test checks on one of many pages: {@code page} is a fresh tab or one a previous visit left. */
    @FunctionalInterface
    interface Visit {
        void on(Page page, String path) throws Exception;
    }

    /**
     * Runs {@code visit} for each of {@code paths}, shared among {@code readers} Chromiums side by side, each on its
     * own thread (Playwright's objects belong to the thread that made them) and with one tab made with
     * {@code options}. A lesson page spends most of its time loading, typesetting and mounting its widgets, so
     * while one waits the others work. Their console errors join {@link #errors}; the failure of the first path that
     * failed is thrown as it was.
     */
    protected void visitSideBySide(List<String> paths, int readers,
            com.microsoft.playwright.Browser.NewPageOptions options, Visit visit) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Throwable[] failures = new Throwable[paths.size()];
        List<String> readersErrors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(readers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                done.add(threads.submit(() -> {
                    try (Browser reader = new Browser()) {
                        Page tab = reader.newPage(readersErrors, options);
                        for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                            try {
                                visit.on(tab, paths.get(i));
                            } catch (Throwable failure) {
                                failures[i] = failure;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> reader : done) {
                try {
                    reader.get();
                } catch (ExecutionException e) {
                    throw new AssertionError("a browser failed", e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
            errors.addAll(readersErrors);
        }
        for (Throwable failure : failures) {
            if (failure instanceof Error error) {
                throw error;
            } else if (failure != null) {
                throw (Exception) failure; // a visit throws nothing else
            }
        }
    }

    @AfterEach
    void closePageWithoutConsoleErrors() {
        page.close();
        assertEquals(List.of(), errors);
    }
}
