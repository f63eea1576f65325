package org.divelive.server.limits;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Cuts off a request body that arrives, or an answer that is read, slower than the minimum data rate, so a client
 * trickling on purpose cannot keep a thread or a download place for hours. Jetty measures the rate from a request's
 * first read and an answer's first write; a cut read ends the body read with a timeout (the API answers 408), a cut
 * write ends the answer. The live event streams are left alone: they send a few bytes a minute by design.
 */
final class DataRateFloor extends MinimumDataRateHandler {
    DataRateFloor(long bytesPerSecond) {
        super(bytesPerSecond, bytesPerSecond);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (isEventStream(Request.getPathInContext(request))) {
            return getHandler().handle(request, response, callback);
        }
        return super.handle(request, response, callback);
    }

    /** The runs' and the class dashboards' live streams: {@code /api/runs/{id}/events}, {@code /api/classes/…}. */
    static boolean isEventStream(String path) {
        return path.startsWith("/api/") && path.endsWith("/events");
    }
}
