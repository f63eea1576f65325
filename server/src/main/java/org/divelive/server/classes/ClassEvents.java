package org.divelive.server.classes;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Tells open dashboards that something in their class changed (a learner joined, marked a lesson, answered, ran,
 * submitted, was verified). A dashboard then fetches the class's progress once; many changes in a burst collapse
 * into the one pending notice, so a class of 300 cannot flood a dashboard.
 */
public final class ClassEvents {
    /** The notice that ends every stream: the server is stopping. */
    public static final String CLOSED = "closed";

    private final Map<Long, Set<BlockingQueue<String>>> listeners = new ConcurrentHashMap<>();

    /** A queue that receives the kind of change ("joined", "progress", "submission") for the class. */
    public BlockingQueue<String> listen(long classId) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>(1);
        listeners.computeIfAbsent(classId, id -> ConcurrentHashMap.newKeySet()).add(queue);
        return queue;
    }

    public void stop(long classId, BlockingQueue<String> queue) {
        Set<BlockingQueue<String>> set = listeners.get(classId);
        if (set != null) {
            set.remove(queue);
        }
    }

    /**
     * Ends every open stream now, while the server still holds their requests: a stream that outlived its request
     * would complete on a recycled one, which Javalin then cannot answer.
     */
    public void close() {
        for (Set<BlockingQueue<String>> set : listeners.values()) {
            for (BlockingQueue<String> queue : set) {
                queue.clear();
                queue.offer(CLOSED);
            }
        }
    }

    public void changed(long classId, String kind) {
        for (BlockingQueue<String> queue : listeners.getOrDefault(classId, Set.of())) {
            queue.offer(kind); // a full queue already holds a notice the dashboard has not read
        }
    }
}
