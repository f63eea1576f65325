package org.divelive.server.lessons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.divelive.server.http.ETagged;
import org.divelive.server.pages.Labels;

/**
 * The course in both languages: {@code /} and {@code /zh/} list the lessons, {@code /lessons/{slug}} and
 * {@code /zh/lessons/{slug}} show one, {@code /figures/{name}} serves the lessons' figures and
 * {@code /search-index.json} feeds the page's search over both languages.
 *
 * <p>Every page and the search index are composed and gzipped once and then sent as those bytes, with an ETag, until
 * the {@link ContentWatch} reports a change of the content folder: a request for an unchanged course touches no file.
 * What was composed under an older generation of the folder is composed again on its next request; a broken lesson
 * and a missing one are never kept, so the cache holds at most one answer per real page.
 */
public final class LessonRoutes implements AutoCloseable {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json";
    private static final ObjectMapper JSON_WRITER = new ObjectMapper();

    private final CoursePages course;
    private final ContentWatch watch;
    private final Map<String, Composed> composed = new ConcurrentHashMap<>();
    /**
     * Requests for a page that is not composed wait for one thread to compose it instead of all composing it at
     * once (50 connections on a cold course would render every lesson 50 times). A fixed set of locks, picked by
     * the key's hash, since keys come from request paths.
     */
    private final Object[] composing = new Object[64];

    /** An answer and the generation of the content folder it was made from. */
    private record Composed(long generation, ETagged answer) {
    }

    /** @param content the folder the course's catalog reads, watched for the instructor's edits */
    public LessonRoutes(CoursePages course, Path content) {
        this.course = course;
        this.watch = new ContentWatch(content, course.catalog()::forget);
        for (int i = 0; i < composing.length; i++) {
            composing[i] = new Object();
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> page(ctx, "en:", () -> Optional.of(course.index(Labels.EN))));
        // also /zh: the router ignores a trailing slash
        routes.get("/zh/", ctx -> page(ctx, "zh:", () -> Optional.of(course.index(Labels.ZH))));
        routes.get("/lessons/{slug}", ctx -> lesson(ctx, Labels.EN));
        routes.get("/zh/lessons/{slug}", ctx -> lesson(ctx, Labels.ZH));
        routes.get("/figures/{name}", this::figure);
        routes.get(CoursePages.SEARCH_INDEX, ctx -> answer(ctx, CoursePages.SEARCH_INDEX,
                () -> Optional.of(json(course.searchIndex())), JSON));
    }

    private void lesson(Context ctx, Labels labels) throws IOException {
        String slug = ctx.pathParam("slug");
        page(ctx, labels.language() + ":" + slug, () -> course.lesson(labels, slug));
    }

    private void page(Context ctx, String key, Supplier<Optional<String>> html) throws IOException {
        answer(ctx, key, () -> html.get().map(text -> text.getBytes(StandardCharsets.UTF_8)), HTML);
    }

    /**
     * The answer kept under {@code key}, made again if the folder changed since; the generation is read before
     * composing, so an edit during the composition leaves the result stale, not wrong.
     *
     * @throws NotFoundResponse when {@code make} finds no such page
     */
    private void answer(Context ctx, String key, Supplier<Optional<byte[]>> make, String contentType)
            throws IOException {
        long generation = watch.generation();
        Composed kept = composed.get(key);
        if (kept == null || kept.generation() < generation) {
            synchronized (composing[Math.floorMod(key.hashCode(), composing.length)]) {
                kept = composed.get(key);
                if (kept == null || kept.generation() < generation) {
                    byte[] bytes = make.get().orElseThrow(NotFoundResponse::new);
                    kept = new Composed(generation, ETagged.of(bytes));
                    composed.put(key, kept);
                }
            }
        }
        kept.answer().send(ctx, contentType);
    }

    private void figure(Context ctx) throws IOException {
        Path file = course.catalog().figure(ctx.pathParam("name")).orElseThrow(NotFoundResponse::new);
        ctx.contentType(file.getFileName().toString().endsWith(".svg") ? "image/svg+xml" : "image/png");
        ctx.result(Files.readAllBytes(file));
    }

    private static byte[] json(Object value) {
        try {
            return JSON_WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index cannot be written as JSON", e);
        }
    }

    @Override
    public void close() {
        watch.close();
    }
}
