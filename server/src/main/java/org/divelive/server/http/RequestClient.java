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
 * all read {@link #of}, so they agree on who one client is, and none of them reads the peer address itself.
 */
public final class RequestClient extends Handler.Wrapper {
    private static final String ATTRIBUTE = RequestClient.class.getName();

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
        return super.handle(request, response, callback);
    }

    /** The client of a request this handler has seen: its address as text. */
    public static String of(Request request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }

    public static String of(Context ctx) {
        return (String) ctx.req().getAttribute(ATTRIBUTE);
    }
}
