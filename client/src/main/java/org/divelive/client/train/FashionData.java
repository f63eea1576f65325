package org.divelive.client.train;

import java.util.ArrayList;
import java.util.List;

import org.divelive.client.js.Http;
import org.divelive.client.js.Numbers;
import org.divelive.client.js.Site;
import org.divelive.client.widget.Sentence;
import org.divelive.client.widget.WidgetHost;
import org.divelive.client.widget.Words;
import org.divelive.math.data.FashionMnist;
import org.teavm.jso.JSObject;

/**
 * The page's copy of Fashion-MNIST, fetched from the server once and shared by every widget: a packet of the first
 * N training images (a later request for more replaces it) and one of the test images. Browsers also keep the
 * responses in their cache (the server sends ETags), so a reload does not download them again.
 */
public final class FashionData {
    /** What a widget hears while the data arrives. */
    private interface Listener {
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

    /** What a widget does with the packets once they are there. */
    public interface Ready {
        void ready(JSObject train, JSObject test);
    }

    /**
     * {@link #load} for a widget with a {@code loading} progress bar: the bar follows the download and hides when it
     * ends; a failure is said in the status line.
     */
    public static void load(WidgetHost host, int trainCount, int testCount, Ready ready) {
        load(trainCount, testCount, new Listener() {
            @Override
            public void progress(double fraction) {
                host.element("loading").setAttribute("value", Numbers.format(fraction, 3));
            }

            @Override
            public void ready(JSObject train, JSObject test) {
                host.show("loading", false);
                ready.ready(train, test);
            }

            @Override
            public void failed(String message) {
                host.show("loading", false);
                host.say(Sentence.DATA_UNAVAILABLE, message);
            }
        });
    }

    /** A class's name in the page's language. */
    public static String className(int label) {
        return Words.of(FashionMnist.englishName(label), FashionMnist.chineseName(label));
    }

    /** Calls {@code listener.ready} with packets holding at least {@code trainCount} and {@code testCount} images. */
    private static void load(int trainCount, int testCount, Listener listener) {
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
