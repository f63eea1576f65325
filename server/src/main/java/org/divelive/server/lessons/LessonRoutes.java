package org.divelive.server.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.divelive.server.pages.Labels;

/**
 * The course in both languages: {@code /} and {@code /zh/} list the lessons, {@code /lessons/{slug}} and
 * {@code /zh/lessons/{slug}} show one, {@code /figures/{name}} serves the lessons' figures and
 * {@code /search-index.json} feeds the page's search over both languages.
 */
public final class LessonRoutes {
    private final CoursePages course;
    private volatile Precomputed searchIndex;

    public LessonRoutes(CoursePages course) {
        this.course = course;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.html(course.index(Labels.EN)));
        routes.get("/zh/", ctx -> ctx.html(course.index(Labels.ZH))); // also /zh: the router ignores a trailing slash
        routes.get("/lessons/{slug}", ctx -> lesson(ctx, Labels.EN));
        routes.get("/zh/lessons/{slug}", ctx -> lesson(ctx, Labels.ZH));
        routes.get("/figures/{name}", this::figure);
        routes.get(CoursePages.SEARCH_INDEX, this::searchIndex);
    }

    private void lesson(Context ctx, Labels labels) {
        ctx.html(course.lesson(labels, ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new));
    }

    private void figure(Context ctx) throws IOException {
        Path file = course.catalog().figure(ctx.pathParam("name")).orElseThrow(NotFoundResponse::new);
        ctx.contentType(file.getFileName().toString().endsWith(".svg") ? "image/svg+xml" : "image/png");
        ctx.result(Files.readAllBytes(file));
    }

    /**
     * The search index, built and gzipped once per version of the course (the catalog hands out the same lesson
     * objects until a file changes), with an ETag so a browser that has it gets a 304.
     */
    private void searchIndex(Context ctx) throws IOException {
        List<Lesson> lessons = new ArrayList<>();
        for (Labels labels : List.of(Labels.EN, Labels.ZH)) {
            lessons.addAll(course.catalog().list(labels.language()));
        }
        Precomputed index = searchIndex;
        if (index == null || !index.isFor(lessons)) {
            index = Precomputed.of(lessons, course.searchIndex());
            searchIndex = index;
        }
        ctx.header("ETag", index.etag());
        ctx.header("Cache-Control", "no-cache");
        if (index.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        index.bytes().send(ctx, "application/json");
    }
}
