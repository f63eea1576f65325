package org.divelive.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.javalin.Javalin;
import org.divelive.server.App;
import org.divelive.server.testsupport.RawHttp;
import org.divelive.server.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One client address holds at most --max-connections-per-client open connections; the next one is closed. */
class ConnectionsPerClientTest {
    private static final int LIMIT = 3;

    @Test
    void theConnectionOverTheLimitIsClosedAndAFreedPlaceServesAgain(@TempDir Path dir) throws Exception {
        Javalin app = App.create(TestConfigs.server(dir).withLimits(Limits.defaults()
                .withConnectionsPerClient(LIMIT))).start(0);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < LIMIT; i++) {
                Socket socket = new Socket("127.0.0.1", app.port());
                socket.setSoTimeout(20_000);
                held.add(socket);
                assertEquals("HTTP/1.1 200 OK", RawHttp.head(socket));
            }
            try (Socket extra = new Socket("127.0.0.1", app.port())) {
                extra.setSoTimeout(20_000);
                assertEquals(null, RawHttp.head(extra), "the fourth connection of one address is closed unanswered");
            }
            for (Socket socket : held) {
                assertEquals("HTTP/1.1 200 OK", RawHttp.head(socket), "the others keep being served");
            }
            held.remove(0).close();
            // the server counts the closed connection out when it notices the close, a moment later
            long deadline = System.currentTimeMillis() + 20_000;
            while (true) {
                try (Socket again = new Socket("127.0.0.1", app.port())) {
                    again.setSoTimeout(20_000);
                    if ("HTTP/1.1 200 OK".equals(RawHttp.head(again))) {
                        break;
                    }
                }
                if (System.currentTimeMillis() > deadline) {
                    fail("a freed place was never given to a new connection");
                }
                Thread.sleep(20);
            }
            assertTrue(held.size() == LIMIT - 1);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
            app.stop();
        }
    }
}
