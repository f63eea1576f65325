package org.divelive.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.divelive.server.ServerConfig;
import org.divelive.server.limits.Limits;
import org.divelive.server.runs.api.RunSettings;
import org.divelive.server.testsupport.Api;
import org.divelive.server.testsupport.RawHttp;
import org.divelive.server.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Behind a trusted proxy each client its X-Forwarded-For names has its own per-client share; a server that trusts
 * no proxy counts every request as its connection's address, whatever the request says. The test client on
 * 127.0.0.1 plays the proxy and writes the header its learners' requests would carry.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ProxiedClientsTest {
    private static final String TOKEN = "admin-token-0123456789";
    private static final int CONNECTIONS = 2;

    /** One live event stream per client, runs that stay queued (nothing trains) and an admin token. */
    private static ServerConfig strict(ServerConfig config) {
        return config.withRuns(config.runs().withQueue(0, RunSettings.DEFAULT_QUEUE_LENGTH).withAdminToken(TOKEN))
                .withLimits(Limits.defaults().withEventStreams(Limits.DEFAULT_MAX_EVENT_STREAMS, 1));
    }

    @RegisterExtension
    static final TestServer BEHIND_PROXY = new TestServer(config -> {
        ServerConfig strict = strict(config);
        return strict.withLimits(strict.limits().withConnectionsPerClient(CONNECTIONS))
                .withProxies(TrustedProxies.parse(List.of("127.0.0.1")));
    });
    @RegisterExtension
    static final TestServer TRUSTING_NONE = new TestServer(ProxiedClientsTest::strict);

    private static int watch(Api api, long run, String... headers) {
        return api.events(run, headers).status();
    }

    private static long queuedRun(Api api) {
        return api.create("{\"model\": \"linreg\"}").get("id").asLong();
    }

    @Test
    void aClientThatIsNoTrustedProxyCannotTakeAnotherShareByWritingTheHeader() {
        Api api = TRUSTING_NONE.api();
        long run = queuedRun(api);
        assertEquals(200, watch(api, run, "X-Forwarded-For", "203.0.113.1"));
        assertEquals(429, watch(api, run, "X-Forwarded-For", "203.0.113.2"),
                "both streams come from 127.0.0.1, whose one stream is taken");
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnShare() {
        Api api = BEHIND_PROXY.api();
        long run = queuedRun(api);
        assertEquals(200, watch(api, run, "X-Forwarded-For", "198.51.100.1"));
        assertEquals(429, watch(api, run, "X-Forwarded-For", "198.51.100.1"), "one learner is still capped");
        assertEquals(429, watch(api, run, "X-Forwarded-For", "198.51.100.9, 198.51.100.1"),
                "what a learner writes before the address the proxy appended changes nothing");
        assertEquals(200, watch(api, run, "X-Forwarded-For", "198.51.100.2"), "another learner is not refused");
    }

    @Test
    void aMalformedHeaderCountsTheRequestAsTheProxysOwn() {
        Api api = BEHIND_PROXY.api();
        long run = queuedRun(api);
        assertEquals(200, watch(api, run, "X-Forwarded-For", "192.0.2.1, not-an-address"));
        assertEquals(429, watch(api, run), "the proxy's own share (a request without the header) is taken");
        assertEquals(200, watch(api, run, "X-Forwarded-For", "192.0.2.1"));
    }

    @Test
    void wrongAdminTokensAreThrottledPerForwardedClient() {
        Api api = BEHIND_PROXY.api();
        long run = queuedRun(api);
        String guesser = "192.0.2.77";
        int status = 401;
        for (int attempt = 0; attempt < 50 && status == 401; attempt++) {
            status = api.delete("/api/runs/" + run, "Authorization", "Bearer wrong-token-000000000",
                    "X-Forwarded-For", guesser).statusCode();
        }
        assertEquals(429, status, "the guesser is throttled");
        HttpResponse<String> other = api.delete("/api/runs/" + run, "Authorization", "Bearer wrong-token-000000000",
                "X-Forwarded-For", "192.0.2.78");
        assertEquals(401, other.statusCode(), "another learner behind the same proxy is not: " + other.body());
    }

    /** A run created from the site's own page as its browser saw it: https://localhost:PORT, behind TLS. */
    private static int createFromHttpsPage(TestServer server) {
        return server.api().post("/api/runs", "{\"model\": \"linreg\"}",
                "Origin", "https://localhost:" + server.port(), "X-Forwarded-Proto", "https").statusCode();
    }

    @Test
    void thePagesOwnHttpsOriginIsThisSitesWhenATrustedProxyTookTheTls() {
        assertEquals(202, createFromHttpsPage(BEHIND_PROXY));
        assertEquals(403, createFromHttpsPage(TRUSTING_NONE), "from any other peer the header means nothing");
    }

    @Test
    void aTrustedProxysConnectionsAreNotCappedPerAddress() throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i <= CONNECTIONS; i++) {
                Socket socket = new Socket("127.0.0.1", BEHIND_PROXY.port());
                held.add(socket);
                socket.setSoTimeout(20_000);
                assertEquals("HTTP/1.1 200 OK", RawHttp.head(socket), "connection " + (i + 1) + " of the proxy, which carries a whole class");
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
