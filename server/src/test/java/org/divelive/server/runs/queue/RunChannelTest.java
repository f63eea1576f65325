package org.divelive.server.runs.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class RunChannelTest {
    private static final int EVENTS = 20_000;
    private static final int SUBSCRIBERS = 50;

    private static List<RunEvent> drain(Subscription subscription) throws InterruptedException {
        List<RunEvent> events = new ArrayList<>();
        RunEvent event;
        do {
            event = subscription.next(10, TimeUnit.SECONDS);
            events.add(event);
        } while (!event.isEnd());
        return events;
    }

    @Test
    void subscribersJoiningWhileEventsArePublishedEachGetEveryLastingEventOnceAndInOrder() throws Exception {
        RunChannel channel = new RunChannel();
        Thread publisher = new Thread(() -> {
            for (int i = 1; i < EVENTS; i++) {
                channel.publish(RunEvent.EPOCH, "{\"epoch\": " + i + "}", true);
                channel.publish(RunEvent.PROGRESS, "{}", false);
            }
            channel.publish(RunEvent.END, "{}", true);
        });
        List<Subscription> subscriptions = new ArrayList<>();
        publisher.start();
        while (subscriptions.size() < SUBSCRIBERS) {
            subscriptions.add(channel.subscribe(0));
            Thread.sleep(0, 200_000);
        }
        publisher.join();
        List<Long> everyId = LongStream.rangeClosed(1, EVENTS).boxed().toList();
        for (Subscription subscription : subscriptions) {
            List<Long> ids = drain(subscription).stream().filter(RunEvent::lasting).map(RunEvent::id).toList();
            assertEquals(everyId, ids);
        }
        assertTrue(subscriptions.size() > 1);
    }

    @Test
    void aSubscriberWhoHasSeenEverythingIsExhaustedAndOneWhoHasSeenSomeGetsTheRest() throws Exception {
        RunChannel channel = new RunChannel();
        channel.publish(RunEvent.STARTED, "{}", true);
        channel.publish(RunEvent.EPOCH, "{}", true);
        channel.publish(RunEvent.END, "{}", true);
        assertTrue(channel.subscribe(3).exhausted());
        assertEquals(List.of(2L, 3L), drain(channel.subscribe(1)).stream().map(RunEvent::id).toList());
    }
}
