package org.divelive.server.limits;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.divelive.server.http.QuietLog;
import org.divelive.server.http.TrustedProxies;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most N open connections per client address: one over the limit is closed as soon as it opens, before it is
 * read, so one client (or a script) cannot hold the connections and buffers everyone else needs. A connector calls
 * it for every connection it opens and closes; the count of an address is dropped once it reaches zero.
 * <p>
 * A trusted proxy's connections are not counted: it opens them for the whole class behind it, and whom each
 * request is for is known only once its headers are read, later than this runs. The proxy limits its learners'
 * connections itself, and the per-client limits that run per request count each learner.
 */
final class ClientConnections implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnections.class);

    private final int perClient;
    private final TrustedProxies proxies;
    private final ConcurrentMap<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();
    private final ConcurrentMap<Connection, InetAddress> addresses = new ConcurrentHashMap<>();

    ClientConnections(int perClient, TrustedProxies proxies) {
        this.perClient = perClient;
        this.proxies = proxies;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = address(connection);
        if (client == null || proxies.trusts(client)) {
            return;
        }
        addresses.put(connection, client);
        int now = open.compute(client, (address, count) -> {
            AtomicInteger counted = count == null ? new AtomicInteger() : count;
            counted.incrementAndGet();
            return counted;
        }).get();
        if (now > perClient) {
            QuietLog.warn(LOG, "connections-per-client", "A client at {} opened more than {} connections; the "
                    + "extra ones are closed (--max-connections-per-client)", client.getHostAddress(), perClient);
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        // a closed end point no longer knows its address: the one it opened with
        InetAddress client = addresses.remove(connection);
        if (client != null) {
            open.computeIfPresent(client, (address, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
