package org.divelive.server.limits;

import io.javalin.config.JettyConfig;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Jetty's side of "slow clients cannot hold threads": every connector closes a connection that sends and receives
 * nothing for the idle timeout, and one over the per-client connection limit ({@link ClientConnections}). (A body that trickles in just fast enough to stay alive is cut by the body timeout
 * where the API reads bodies; long downloads are bounded in number instead.)
 */
public final class ConnectionLimits {
    private ConnectionLimits() {
    }

    public static void apply(JettyConfig jetty, Limits limits) {
        long idleMillis = limits.idleTimeout().toMillis();
        ClientConnections perClient = new ClientConnections(limits.maxConnectionsPerClient());
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
            }
        }));
    }
}
