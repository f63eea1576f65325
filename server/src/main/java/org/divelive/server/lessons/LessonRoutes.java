package org.divelive.server.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    public LessonRoutes(CoursePages course) {
        this.course = course;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.html(course.index(Labels.EN)));
        routes.get("/zh/", ctx -> ctx.html(course.index(Labels.ZH))); // also /zh: the router ignores a trailing slash
        routes.get("/lessons/{slug}", ctx -> lesson(ctx, Labels.EN));
        routes.get("/zh/lessons/{slug}", ctx -> lesson(ctx, Labels.ZH));
        routes.get("/figures/{name}", this::figure);
        routes.get(CoursePages.SEARCH_INDEX, ctx -> ctx.json(course.searchIndex()));
    }

    private void lesson(Context ctx, Labels labels) {
        ctx.html(course.lesson(labels, ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new));
    }

    private void figure(Context ctx) throws IOException {
        Path file = course.catalog().figure(ctx.pathParam("name")).orElseThrow(NotFoundResponse::new);
        ctx.contentType(file.getFileName().toString().endsWith(".svg") ? "image/svg+xml" : "image/png");
        ctx.result(Files.readAllBytes(file));
    }
}
