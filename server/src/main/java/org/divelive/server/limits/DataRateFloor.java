package org.divelive.server.limits;

import org.divelive.server.runs.api.RunRoutes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Cuts off a request body that arrives, or an answer that is read, slower than the minimum data rate, so a client
 * trickling on purpose cannot keep a thread or a download place for hours. Jetty measures the rate from a request's
 * first read and an answer's first write; a cut read ends the body read with a timeout (the API answers 408), a cut
 * write ends the answer.
 *
 * <p>Only the API is measured: every request body arrives there, and so do the long answers (data packets, weights).
 * Pages and assets are bodiless GETs answered from memory, and Jetty's check of an answer's rate costs a timer per
 * answer, which cut the lesson pages' requests per second about fourfold at 50 connections. The live event streams
 * are left alone too: they send a few bytes a minute by design.
 */
final class DataRateFloor extends MinimumDataRateHandler {
    DataRateFloor(long bytesPerSecond) {
        super(bytesPerSecond, bytesPerSecond);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!isMeasured(Request.getPathInContext(request))) {
            return getHandler().handle(request, response, callback);
        }
        return super.handle(request, response, callback);
    }

    /**
     * The API's paths except its live streams ({@code /api/runs/{id}/events}, {@code /api/classes/{id}/events}).
     */
    static boolean isMeasured(String path) {
        return path.startsWith(RunRoutes.PREFIX) && !path.endsWith("/events");
    }
}
