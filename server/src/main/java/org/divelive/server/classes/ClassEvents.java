package org.divelive.server.classes;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.divelive.server.classes.store.ClassStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells open dashboards that something in their class changed (a learner joined, marked a lesson, answered, ran,
 * submitted, was verified), on whichever node the change came in. A change counts up the class's number in the store;
 * every {@link #POLL_MILLIS} this node reads the numbers of the classes its dashboards follow, in one query however
 * many dashboards there are, and tells each dashboard whose class moved past what it has seen. A dashboard then
 * fetches the class's progress once; many changes in a burst collapse into the one pending notice, so a class of 300
 * cannot flood a dashboard.
 *
 * <p>Polling rather than PostgreSQL's LISTEN/NOTIFY, for the reasons {@code RunFollower} gives for run progress: the
 * same on H2, nothing lost when a connection drops or a node joins late (a number read later still shows the change),
 * and a cost bounded by the classes followed. It costs at most {@link #POLL_MILLIS} of latency for changes from
 * another node; a change on this node is read at once.
 *
 * <p>History then live: a dashboard says which number its progress reflects ({@link #listen}'s {@code seen}, the
 * {@code changes} the progress answer carried, read before the progress itself); any later change makes the number
 * greater, so the dashboard hears of it, however the change and the subscription interleave.
 */
public final class ClassEvents implements AutoCloseable {
    /** The notice that ends every stream: the server is stopping. */
    public static final String CLOSED = "closed";
    /** The notice for a dashboard whose class is gone. */
    public static final String DELETED = "deleted";
    /** How often followed classes are read: a dashboard refreshes at most every half second anyway. */
    static final long POLL_MILLIS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(ClassEvents.class);

    private final ClassStore store;
    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "divelive-class-events");
        thread.setDaemon(true);
        return thread;
    });

    /** One dashboard's stream: the change number it has been told of, and at most one pending notice. */
    public static final class Listener {
        private final long classId;
        private final BlockingQueue<String> notices = new LinkedBlockingQueue<>(1);
        private volatile long seen;

        private Listener(long classId, long seen) {
            this.classId = classId;
            this.seen = seen;
        }

        /** The next notice ("joined", "progress", …, or {@link #CLOSED}), or null after the timeout. */
        public String next(long timeout, TimeUnit unit) throws InterruptedException {
            return notices.poll(timeout, unit);
        }

        /** The class's change number this dashboard has been told of: the SSE id of its last change event. */
        public long seen() {
            return seen;
        }
    }

    public ClassEvents(ClassStore store) {
        this.store = store;
    }

    public void start() {
        poller.scheduleWithFixedDelay(this::pollQuietly, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The class's change number now: what a progress answer reflects when read before it. */
    public long current(long classId) {
        ClassStore.Changes changes = store.changes(Set.of(classId)).get(classId);
        return changes == null ? 0 : changes.count();
    }

    /**
     * Follows the class for a dashboard that has seen its changes up to {@code seen}; told at once if the class has
     * moved on since.
     */
    public Listener listen(long classId, long seen) {
        Listener listener = new Listener(classId, seen);
        listeners.compute(classId, (id, set) -> {
            Set<Listener> joined = set == null ? ConcurrentHashMap.newKeySet() : set;
            joined.add(listener);
            return joined;
        });
        poller.execute(this::pollQuietly);
        return listener;
    }

    public void stop(Listener listener) {
        listeners.computeIfPresent(listener.classId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Records the change in the store, for every node's dashboards, and reads it here at once. */
    public void changed(long classId, String kind) {
        store.changed(classId, kind);
        if (listeners.containsKey(classId)) {
            poller.execute(this::pollQuietly);
        }
    }

    /** Reads every listened class's change count in one query and wakes the streams whose count grew. */
    private void pollQuietly() {
        if (listeners.isEmpty()) {
            return;
        }
        Map<Long, ClassStore.Changes> now;
        try {
            now = store.changes(Set.copyOf(listeners.keySet()));
        } catch (RuntimeException e) {
            // the store is unreachable a moment: the next poll catches up, as the numbers only grow
            LOG.debug("Reading the classes' changes failed: {}", e.toString());
            return;
        }
        listeners.forEach((classId, set) -> {
            ClassStore.Changes changes = now.get(classId);
            for (Listener listener : set) {
                if (changes == null) {
                    listener.notices.offer(DELETED);
                } else if (changes.count() > listener.seen) {
                    listener.seen = changes.count();
                    listener.notices.offer(changes.lastKind()); // a full queue holds a notice not yet read
                }
            }
        });
    }

    /**
     * Stops polling and ends every open stream now, while the server still holds their requests: a stream that
     * outlived its request would complete on a recycled one, which Javalin then cannot answer.
     */
    @Override
    public void close() {
        poller.shutdownNow();
        for (Set<Listener> set : listeners.values()) {
            for (Listener listener : set) {
                listener.notices.clear();
                listener.notices.offer(CLOSED);
            }
        }
    }
}
