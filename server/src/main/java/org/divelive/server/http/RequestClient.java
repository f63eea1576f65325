package org.divelive.server.http;

import java.net.InetSocketAddress;

import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Works out once per request who its client is ({@link TrustedProxies#client}) and keeps it on the request before
 * anything else handles it: the per-client thread cap, downloads, event streams, the token throttles and the logs
 * all read {@link #of}, so they agree on who one client is, and none of them reads the peer address itself. The
 * scheme the client used ({@link #scheme}) is kept the same way, for the API's same-origin check.
 */
public final class RequestClient extends Handler.Wrapper {
    private static final String ATTRIBUTE = RequestClient.class.getName();
    private static final String SCHEME = ATTRIBUTE + ".scheme";

    private final TrustedProxies proxies;

    public RequestClient(TrustedProxies proxies, Handler handler) {
        super(handler);
        this.proxies = proxies;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // the server listens on TCP alone, so every peer has an IP address
        InetSocketAddress peer = (InetSocketAddress) request.getConnectionMetaData().getRemoteSocketAddress();
        request.setAttribute(ATTRIBUTE, proxies.client(peer.getAddress(),
                request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR)));
        request.setAttribute(SCHEME, proxies.scheme(peer.getAddress(),
                request.getHeaders().get(HttpHeader.X_FORWARDED_PROTO), request.getHttpURI().getScheme()));
        return super.handle(request, response, callback);
    }

    /** The client of a request this handler has seen: its address as text. */
    public static String of(Request request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }

    public static String of(Context ctx) {
        return (String) ctx.req().getAttribute(ATTRIBUTE);
    }

    /** http or https: how the client reached the site, through a trusted proxy or directly. */
    public static String scheme(Context ctx) {
        return (String) ctx.req().getAttribute(SCHEME);
    }
}
