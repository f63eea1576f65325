package org.divelive.server.lessons;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import org.divelive.server.pages.Pages;

/** {@code /} lists the lessons; {@code /lessons/{slug}} shows one. */
public final class LessonRoutes {
    private static final String LANGUAGE = "en";

    private final LessonCatalog catalog;
    private final Pages pages;

    public LessonRoutes(LessonCatalog catalog, Pages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.html(pages.index(catalog.list(LANGUAGE))));
        routes.get("/lessons/{slug}", ctx -> {
            Lesson lesson = catalog.find(LANGUAGE, ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
            ctx.html(pages.lesson(lesson));
        });
    }
}
