package org.divelive.server.lessons;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.divelive.server.pages.Labels;
import org.divelive.server.pages.Pages;

/**
 * The course in both languages: {@code /} and {@code /zh/} list the lessons, {@code /lessons/{slug}} and
 * {@code /zh/lessons/{slug}} show one, {@code /search-index.json} feeds the page's search over both languages.
 */
public final class LessonRoutes {
    private final LessonCatalog catalog;
    private final Pages pages;
    private volatile Precomputed searchIndex;

    public LessonRoutes(LessonCatalog catalog, Pages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> index(ctx, Labels.EN));
        routes.get("/zh/", ctx -> index(ctx, Labels.ZH)); // also /zh: the router ignores a trailing slash
        routes.get("/lessons/{slug}", ctx -> lesson(ctx, Labels.EN));
        routes.get("/zh/lessons/{slug}", ctx -> lesson(ctx, Labels.ZH));
        routes.get("/search-index.json", this::searchIndex);
    }

    private void index(Context ctx, Labels labels) {
        ctx.html(pages.index(labels, catalog.list(labels.language())));
    }

    private void lesson(Context ctx, Labels labels) {
        String slug = ctx.pathParam("slug");
        Lesson lesson = catalog.find(labels.language(), slug).orElseThrow(NotFoundResponse::new);
        List<Lesson> course = catalog.list(labels.language());
        int at = -1;
        for (int i = 0; i < course.size(); i++) {
            if (course.get(i).slug().equals(slug)) {
                at = i;
            }
        }
        Optional<Lesson> previous = at > 0 ? Optional.of(course.get(at - 1)) : Optional.empty();
        Optional<Lesson> next = at >= 0 && at + 1 < course.size() ? Optional.of(course.get(at + 1)) : Optional.empty();
        ctx.html(pages.lesson(labels, lesson, previous, next, translation(labels.other().language(), slug)));
    }

    /** The same lesson in the other language, unless it is missing or broken (then the switch goes to the index). */
    private Optional<Lesson> translation(String language, String slug) {
        try {
            return catalog.find(language, slug);
        } catch (BrokenLessonException e) {
            return Optional.empty();
        }
    }

    /**
     * The search index, built and gzipped once per version of the course (the catalog hands out the same lesson
     * objects until a file changes), with an ETag so a browser that has it gets a 304.
     */
    private void searchIndex(Context ctx) throws IOException {
        List<Lesson> lessons = new ArrayList<>();
        for (Labels labels : List.of(Labels.EN, Labels.ZH)) {
            lessons.addAll(catalog.list(labels.language()));
        }
        Precomputed index = searchIndex;
        if (index == null || !index.isFor(lessons)) {
            index = Precomputed.of(lessons, searchEntries());
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

    private List<Map<String, Object>> searchEntries() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Labels labels : List.of(Labels.EN, Labels.ZH)) {
            for (Lesson lesson : catalog.list(labels.language())) {
                entries.add(Map.of("language", labels.language(), "url", labels.lessonPath(lesson.slug()),
                        "title", lesson.title(), "sections", lesson.sections(), "text", lesson.text()));
            }
        }
        return entries;
    }
}
