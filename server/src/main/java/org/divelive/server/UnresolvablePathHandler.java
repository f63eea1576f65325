package org.divelive.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty refuses a URI whose path climbs above the root ({@code /static/../../etc/passwd}, also percent-encoded)
 * before any route sees it, as a 400. Such a path names nothing this site serves, so we answer it as what it is for
 * a visitor, our own 404 page; every other error keeps Jetty's handling.
 */
final class UnresolvablePathHandler extends ErrorHandler {
    private final String notFoundPage;

    UnresolvablePathHandler(String notFoundPage) {
        this.notFoundPage = notFoundPage;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (response.getStatus() == 400 && isUnresolvableUri(request.getAttribute(ERROR_EXCEPTION))) {
            response.setStatus(404);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            response.write(true, ByteBuffer.wrap(notFoundPage.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Jetty's URI parser reports a path it cannot resolve inside the root as IllegalArgumentException "Bad URI". */
    private static boolean isUnresolvableUri(Object error) {
        for (Throwable t = error instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && "Bad URI".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
