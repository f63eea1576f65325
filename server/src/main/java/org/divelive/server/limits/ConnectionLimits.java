package org.divelive.server.limits;

import io.javalin.config.JettyConfig;
import org.divelive.server.http.RequestClient;
import org.divelive.server.http.TrustedProxies;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Jetty's side of "slow clients cannot hold threads": every connector closes a connection that sends and receives
 * nothing for the idle timeout, and one over the per-client connection limit ({@link ClientConnections}); in front
 * of the site, {@link RequestClient} names each request's client, one client's requests hold at most
 * {@link Limits#maxThreadsPerClient()} threads at once (the rest wait without a thread, Jetty's
 * {@link ThreadLimitHandler}), and a body or an API answer slower than the minimum data rate is cut
 * ({@link DataRateFloor}). A body that trickles in just above that rate is still cut by
 * the body timeout where the API reads bodies; long downloads are bounded in number too ({@link Downloads}).
 */
public final class ConnectionLimits {
    private ConnectionLimits() {
    }

    public static void apply(JettyConfig jetty, Limits limits, TrustedProxies proxies) {
        long idleMillis = limits.idleTimeout().toMillis();
        ClientConnections perClient = new ClientConnections(limits.maxConnectionsPerClient(), proxies);
        jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
            // Javalin adds its connector after this configuration runs and before the server starts
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector c) {
                        c.setIdleTimeout(idleMillis);
                        c.addEventListener(perClient);
                    }
                }
                // the thread limit outside the rate floor, so a waiting request's rate clock has not started
                DataRateFloor floor = new DataRateFloor(limits.minDataRate());
                floor.setHandler(server.getHandler());
                ThreadLimitHandler threads = new ThreadLimitHandler(floor, null, false) {
                    @Override
                    protected String getRemoteIP(Request request) {
                        // Jetty's own reading of X-Forwarded-For would believe any client that sends one
                        return RequestClient.of(request);
                    }
                };
                threads.setThreadLimit(limits.maxThreadsPerClient());
                server.setHandler(new RequestClient(proxies, threads));
            }
        }));
    }
}
