package org.divelive.server.runs.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import org.divelive.server.limits.ClientPermits;
import org.divelive.server.runs.queue.RunEvent;
import org.divelive.server.runs.queue.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live run event streams, cheap enough for a class watching one run: a stream holds no thread of its own. Its
 * connection stays open asynchronously, and a few shared delivery threads write each stream's waiting events when
 * the run publishes (a stream is woken, drained, and put back to sleep), and a comment line every
 * {@link #KEEP_ALIVE_SECONDS} keeps proxies from closing quiet streams and notices departed watchers. Streams are
 * bounded in all and per client address by {@link ClientPermits}.
 */
final class EventStreams implements AutoCloseable {
    static final long KEEP_ALIVE_SECONDS = 15;
    /** Writes are small; a few threads serve thousands of streams. More than one, so one stalled client stalls few. */
    private static final int DELIVERY_THREADS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);

    private final ClientPermits permits;
    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newFixedThreadPool(DELIVERY_THREADS, daemons("divelive-sse"));
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            daemons("divelive-sse-keep-alive"));

    EventStreams(ClientPermits permits) {
        this.permits = permits;
        keepAlive.scheduleAtFixedRate(this::keepAllAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    ClientPermits permits() {
        return permits;
    }

    /** A watcher to subscribe with: its {@link Watcher#wake} is what the run calls after each live event. */
    Watcher watcher(String client) {
        return new Watcher(client);
    }

    /** The live streams open now. */
    int open() {
        return watchers.size();
    }

    private void keepAllAlive() {
        for (Watcher watcher : watchers) {
            watcher.keepAliveDue.set(true);
            watcher.wake();
        }
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        for (Watcher watcher : watchers) {
            watcher.finish();
        }
        delivery.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One open stream: its subscription and, once the response is open, its client. */
    final class Watcher {
        private final String client;
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final AtomicBoolean keepAliveDue = new AtomicBoolean();
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile Subscription subscription;
        private volatile SseClient sse;

        private Watcher(String client) {
            this.client = client;
        }

        /**
         * Opens the stream on {@code ctx} for the subscription; the caller holds this client's permit, which the
         * watcher gives back when the stream ends.
         */
        void open(Context ctx, Subscription events) throws Exception {
            this.subscription = events;
            new SseHandler(connection -> {
                connection.onClose(this::finish);
                connection.keepAlive();
                sse = connection;
                watchers.add(this);
                wake();
            }).handle(ctx);
        }

        /** Schedules a drain unless one is pending; cheap, so the run's publishing thread may call it. */
        void wake() {
            if (sse != null && !finished.get() && scheduled.compareAndSet(false, true)) {
                try {
                    delivery.execute(this::drain);
                } catch (RuntimeException rejected) {
                    // the server is stopping
                    scheduled.set(false);
                }
            }
        }

        private void drain() {
            try {
                while (!finished.get()) {
                    if (sse.terminated()) {
                        finish();
                        return;
                    }
                    if (keepAliveDue.getAndSet(false)) {
                        sse.sendComment("keep-alive");
                        // a failed write ends the client: writing to it again would only log a warning per event
                        continue;
                    }
                    RunEvent event = subscription.poll();
                    if (event == null) {
                        break;
                    }
                    sse.sendEvent(event.name(), event.data(), event.lasting() ? Long.toString(event.id()) : null);
                    if (event.isEnd()) {
                        finish();
                        return;
                    }
                }
            } catch (Throwable e) {
                // a departed client: nothing to tell anyone
                LOG.debug("An event stream closed while writing: {}", e.toString());
                finish();
                return;
            } finally {
                scheduled.set(false);
            }
            if (!subscription.queue().isEmpty() || keepAliveDue.get()) {
                wake();
            }
        }

        /** Ends the stream once, whoever notices first: the end event, a failed write, the client's close. */
        void finish() {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            watchers.remove(this);
            subscription.cancel();
            permits.release(client);
            SseClient connection = sse;
            if (connection != null && !connection.terminated()) {
                try {
                    connection.close();
                } catch (RuntimeException e) {
                    LOG.debug("Closing an event stream failed: {}", e.toString());
                }
            }
        }
    }
}
