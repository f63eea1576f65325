package org.divelive.server.classes;

import io.javalin.config.RoutesConfig;
import org.divelive.server.classes.api.Access;
import org.divelive.server.classes.api.AssignmentRoutes;
import org.divelive.server.classes.api.ClassRoutes;
import org.divelive.server.classes.api.ProgressReport;
import org.divelive.server.classes.store.ClassStore;
import org.divelive.server.lessons.LessonCatalog;
import org.divelive.server.pages.Pages;
import org.divelive.server.runs.api.RunOwnership;
import org.divelive.server.runs.api.RunService;
import org.divelive.server.runs.api.RunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Class mode as one feature: classes, learners and their progress in the run database, assignment verification on
 * the run queue, the API and the pages; opened after the runs and closed before them.
 */
public final class ClassService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClassService.class);

    private final ClassStore store;
    private final Verification verification;
    private final ClassRoutes classRoutes;
    private final AssignmentRoutes assignmentRoutes;
    private final ClassPages pages;
    private final RunOwnership ownership;

    /** Wires the API, the pages and the run ownership to the opened store and the started verification. */
    private ClassService(ClassSettings settings, ClassStore store, Access access, ClassEvents events,
            CourseAssignments assignments, Verification verification, Pages sitePages) {
        this.store = store;
        this.verification = verification;
        this.classRoutes = new ClassRoutes(store, access, events, new ProgressReport(store, assignments));
        this.assignmentRoutes = new AssignmentRoutes(assignments, verification, store, access);
        this.pages = new ClassPages(sitePages);
        this.ownership = new LearnerRunOwnership(settings, access, store, events);
    }

    /** Opens the class tables, queues again the verifications found interrupted and follows the classes' changes. */
    public static ClassService open(ClassSettings settings, RunSettings runSettings, RunService runs,
            LessonCatalog catalog, Pages sitePages) {
        ClassStore store = ClassStore.open(runs.store());
        ClassEvents events = new ClassEvents(store);
        CourseAssignments assignments = new CourseAssignments(catalog);
        Access access = new Access(store, runSettings.adminToken(), runs.routes().wrongTokens());
        Verification verification = new Verification(store, runs, assignments, events, runSettings.ceilings());
        int resumed = verification.resume();
        if (resumed > 0) {
            LOG.info("{} assignment submission(s) whose verification was interrupted are queued again", resumed);
        }
        verification.start();
        events.start();
        return new ClassService(settings, store, access, events, assignments, verification, sitePages);
    }

    public void register(RoutesConfig routes) {
        classRoutes.register(routes);
        assignmentRoutes.register(routes);
        pages.register(routes);
    }

    /** Whose an ordinary run is: what the run API asks before it queues one. */
    public RunOwnership runOwnership() {
        return ownership;
    }

    /** Stops judging, ends the dashboards' streams, then closes the class tables. */
    @Override
    public void close() {
        verification.close();
        try {
            classRoutes.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
