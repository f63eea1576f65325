package org.divelive.client.train;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.js.Http;
import org.divelive.client.js.Site;
import org.teavm.jso.JSObject;

/**
 * The page's copy of Fashion-MNIST, fetched from the server once and shared by every widget: a packet of the first
 * N training images (a later request for more replaces it) and one of the test images. Browsers also keep the
 * responses in their cache (the server sends ETags), so a reload does not download them again.
 */
public final class FashionData {
    /** What a widget hears while the data arrives. */
    public interface Listener {
        void progress(double fraction);

        void ready(JSObject train, JSObject test);

        void failed(String message);
    }

    private static final List<Pending> LOADS = new ArrayList<>();

    private static final class Pending {
        final int train;
        final int test;
        final List<Listener> listeners = new ArrayList<>();
        JSObject trainPacket;
        JSObject testPacket;
        String failure;

        Pending(int train, int test) {
            this.train = train;
            this.test = test;
        }
    }

    private FashionData() {
    }

    /** Calls {@code listener.ready} with packets holding at least {@code trainCount} and {@code testCount} images. */
    public static void load(int trainCount, int testCount, Listener listener) {
        for (Pending load : LOADS) {
            if (load.train >= trainCount && load.test >= testCount && load.failure == null) {
                if (load.testPacket != null) {
                    listener.ready(load.trainPacket, load.testPacket);
                } else {
                    load.listeners.add(listener);
                }
                return;
            }
        }
        Pending load = new Pending(trainCount, testCount);
        load.listeners.add(listener);
        LOADS.add(load);
        double testShare = testCount / (double) (trainCount + testCount);
        Http.getBytes(Site.packet("train", trainCount),
                (loaded, total) -> report(load, total > 0 ? (1 - testShare) * loaded / total : 0),
                train -> {
                    load.trainPacket = train;
                    Http.getBytes(Site.packet("test", testCount),
                            (loaded, total) -> report(load, 1 - testShare + (total > 0 ? testShare * loaded / total : 0)),
                            test -> {
                                load.testPacket = test;
                                for (Listener l : load.listeners) {
                                    l.ready(train, test);
                                }
                                load.listeners.clear();
                            },
                            (status, message) -> fail(load, message));
                },
                (status, message) -> fail(load, message));
    }

    private static void report(Pending load, double fraction) {
        for (Listener l : load.listeners) {
            l.progress(fraction);
        }
    }

    private static void fail(Pending load, String message) {
        load.failure = message;
        for (Listener l : load.listeners) {
            l.failed(message);
        }
        load.listeners.clear();
        LOADS.remove(load);
    }
}
