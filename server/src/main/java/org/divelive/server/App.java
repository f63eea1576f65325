package org.divelive.server;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.divelive.server.classes.ClassService;
import org.divelive.server.compute.KernelSelection;
import org.divelive.server.data.DataRoutes;
import org.divelive.server.data.FashionMnistSource;
import org.divelive.server.http.HttpHygiene;
import org.divelive.server.http.QuietLog;
import org.divelive.server.lessons.BrokenLessonException;
import org.divelive.server.lessons.CodeRegions;
import org.divelive.server.lessons.CoursePages;
import org.divelive.server.lessons.LessonCatalog;
import org.divelive.server.lessons.LessonRenderer;
import org.divelive.server.lessons.LessonRoutes;
import org.divelive.server.lessons.WidgetNames;
import org.divelive.server.limits.ClientPermits;
import org.divelive.server.limits.ConnectionLimits;
import org.divelive.server.limits.Limits;
import org.divelive.server.pages.AssetRoutes;
import org.divelive.server.pages.AssetVersions;
import org.divelive.server.pages.Labels;
import org.divelive.server.pages.Pages;
import org.divelive.server.pages.SiteFolders;
import org.divelive.server.pages.SiteLinks;
import org.divelive.server.runs.api.RunRoutes;
import org.divelive.server.runs.api.RunService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the site as an un-started Javalin app: {@link Main} starts it on its port, tests on port 0. Building it opens
 * the run database and starts the run workers and the search for Fashion-MNIST; stopping the app closes them.
 */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static Javalin create(ServerConfig config) {
        KernelSelection.install();
        Path content = config.contentDir() != null ? config.contentDir() : EmbeddedFiles.content();
        Pages pages = new Pages(AssetVersions.load(), SiteLinks.server());
        CoursePages course = new CoursePages(catalog(content), pages);
        LessonRoutes lessons = new LessonRoutes(course, content);
        FashionMnistSource fashionMnist = new FashionMnistSource(config.data());
        fashionMnist.prepareInBackground();
        Limits limits = config.limits();
        ClientPermits downloads = new ClientPermits(limits.maxDownloads(), limits.maxDownloadsPerClient());
        RunService runs = RunService.open(config.runs(), limits, downloads, fashionMnist);
        ClassService classes = ClassService.open(config.classes(), config.runs(), runs, course.catalog(), pages);
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = config.host();
            ConnectionLimits.apply(javalin.jetty, limits, config.proxies());
            HttpHygiene.register(javalin, RunRoutes.PREFIX, config.corsOrigins());
            javalin.jetty.modifyServer(server ->
                    server.setErrorHandler(new UnresolvablePathHandler(pages.notFound(Labels.EN, "this address"))));
            javalin.staticFiles.enableWebjars();
            if (!config.corsOrigins().isEmpty()) {
                // a static export on another host calls this server's API (its "Train on server")
                javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.path = RunRoutes.PREFIX + "*";
                    config.corsOrigins().forEach(origin -> rule.allowHost(origin));
                }));
            }
            for (SiteFolders folder : SiteFolders.values()) {
                javalin.staticFiles.add(files -> {
                    files.hostedPath = folder.sitePath();
                    files.directory = "/" + folder.resource();
                    files.location = Location.CLASSPATH;
                });
            }
            // the API's parts as its routes register them, for the message of a 404 under /api/
            Set<String> apiRoots = new ConcurrentSkipListSet<>();
            javalin.events.handlerAdded(handler -> RunRoutes.apiRoot(handler.getPath()).ifPresent(apiRoots::add));
            lessons.register(javalin.routes);
            new AssetRoutes(pages.names()).register(javalin.routes);
            new DataRoutes(fashionMnist, downloads).register(javalin.routes);
            runs.register(javalin.routes, classes.runOwnership());
            classes.register(javalin.routes);
            // the runs stop first: a verification they interrupt is recorded in the class tables, which share the
            // runs' database, so it closes last (a judging sweep would otherwise meet a closed pool)
            javalin.events.serverStopping(() -> {
                runs.stopTraining();
                classes.close();
                lessons.close();
                runs.close();
            });
            javalin.routes.error(404, ctx -> {
                // the API answers in JSON; everything else gets the site's page
                if (RunRoutes.isApi(ctx.path())) {
                    RunRoutes.answerNotFound(ctx, apiRoots);
                } else {
                    ctx.html(pages.notFound(labelsFor(ctx.path()), ctx.path()));
                }
            });
            javalin.routes.exception(BrokenLessonException.class, (e, ctx) -> {
                LOG.warn("Broken lesson: {}", e.getMessage());
                ctx.status(500).html(pages.brokenLesson(labelsFor(ctx.path()), e.getMessage()));
            });
            javalin.routes.exception(Exception.class, (e, ctx) -> {
                if (QuietLog.isClientGone(e)) {
                    QuietLog.warn(LOG, "client-gone", "A client went away during {}: {}", ctx.path(), e.toString());
                    return;
                }
                LOG.error("Request {} failed", ctx.path(), e);
                ctx.status(500).html(pages.serverError(labelsFor(ctx.path())));
            });
        });
    }

    /** The lessons of a content folder, rendered with the widgets the client knows and the real math sources. */
    public static LessonCatalog catalog(Path content) {
        return new LessonCatalog(content, new LessonRenderer(new CodeRegions(EmbeddedFiles.mathSources()),
                WidgetNames.load()));
    }

    /** Pages under /zh/ speak Chinese, all others English. */
    private static Labels labelsFor(String path) {
        return path.startsWith("/zh/") ? Labels.ZH : Labels.EN;
    }
}
