package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.divelive.math.setting.Ceilings;
import org.divelive.server.data.DataSettings;
import org.divelive.server.http.TrustedProxies;
import org.divelive.server.runs.api.RunSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve}'s flags become the configuration; bad ones are one line and exit code 2. */
class ServeCommandTest {

    private static ServerConfig parse(String... flags) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(flags);
        return serve.config();
    }

    @Test
    void withoutFlagsEverythingHasItsEmbeddedDefault() {
        // the test environment sets none of the DIVELIVE_ variables
        ServerConfig config = parse();
        assertEquals(ServerConfig.DEFAULT_PORT, config.port());
        assertNull(config.contentDir());
        assertEquals(DataSettings.defaults(), config.data());
        assertEquals(RunSettings.defaults(), config.runs());
        assertNull(config.runs().adminToken());
        assertEquals(Ceilings.SERVER_DEFAULTS, config.runs().ceilings());
    }

    @Test
    void everyFlagReachesTheConfigurationAndTheTokenNeverItsDescription() {
        ServerConfig config = parse("--port", "8080", "--data", "/srv/fashion", "--data-url", "http://mirror/fm",
                "--db", "/srv/divelive/runs.mv.db", "--concurrent-runs", "2", "--queue-length", "5",
                "--max-epochs", "20", "--max-hidden-units", "512", "--max-hidden-layers", "2",
                "--max-train-subset", "10000", "--max-batch-size", "1024", "--admin-token", "s3cret-token-0123");
        assertEquals(8080, config.port());
        assertEquals(Path.of("/srv/fashion"), config.data().explicitDir());
        assertEquals(URI.create("http://mirror/fm/"), config.data().downloadBase());
        assertEquals(new RunSettings(Path.of("/srv/divelive/runs.mv.db"), 2, 5, Ceilings.server(20, 512, 2, 10_000,
                1024), "s3cret-token-0123"), config.runs());
        String described = config.toString();
        assertFalse(described.contains("s3cret-token"), described);
        assertTrue(described.contains("admin token set") && described.contains("2 run(s) at a time, up to 5 queued"),
                described);
    }

    @Test
    void theHardeningLimitsAndTheHostComeFromTheirFlags() {
        ServerConfig config = parse("--host", "127.0.0.1", "--max-run-work", "5000", "--max-run-seconds", "60",
                "--max-run-weights", "1000", "--max-stored-weights", "2000", "--min-free-disk", "3000",
                "--max-downloads", "5", "--max-downloads-per-client", "2", "--max-event-streams", "100",
                "--max-event-streams-per-client", "10", "--max-connections-per-client", "40",
                "--max-threads-per-client", "30", "--min-data-rate", "500",
                "--idle-timeout-seconds", "20", "--body-timeout-seconds", "5");
        assertEquals("127.0.0.1", config.host());
        assertEquals(new org.divelive.server.limits.Limits(5000, java.time.Duration.ofSeconds(60), 1000, 2000, 3000,
                5, 2, 100, 10, 40, 30, 500, java.time.Duration.ofSeconds(20), java.time.Duration.ofSeconds(5)), config.limits());
        assertEquals(org.divelive.server.limits.Limits.defaults(), parse().limits());
        assertEquals(ServerConfig.ALL_INTERFACES, parse().host());
    }

    @Test
    void badSettingsAreOneLineAndExitCode2() {
        for (List<String> flags : List.of(List.of("--db", "runs.db"), List.of("--concurrent-runs", "-1"),
                List.of("--queue-length", "0"), List.of("--max-epochs", "0"), List.of("--max-hidden-units", "5000"),
                List.of("--admin-token", "short-token"), List.of("--db", "runs;INIT=RUNSCRIPT FROM 'x'.mv.db"),
                List.of("--max-run-work", "0"), List.of("--max-event-streams-per-client", "0"),
                List.of("--max-connections-per-client", "0"), List.of("--max-threads-per-client", "0"),
                List.of("--min-data-rate", "0"), List.of("--trusted-proxy", "balancer.example.org"))) {
            CommandLine cli = Main.commandLine();
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err));
            List<String> args = new ArrayList<>(List.of("serve"));
            args.addAll(flags);
            assertEquals(2, cli.execute(args.toArray(String[]::new)), flags.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
        }
    }

    @Test
    void trustedProxiesComeFromTheirFlagAndNoneIsTheDefault() {
        assertEquals("10.0.0.0/8, 192.168.1.5, 0:0:0:0:0:0:0:1",
                parse("--trusted-proxy", "10.0.0.0/8,192.168.1.5", "--trusted-proxy", "::1").proxies().toString());
        assertEquals(TrustedProxies.NONE.toString(), parse().proxies().toString());
        assertTrue(parse("--trusted-proxy", "10.0.0.0/8").toString().contains("trusted proxies 10.0.0.0/8"));
    }

    @Test
    void aTrustedProxyThatIsNoAddressStopsTheStartSayingWhatToWrite() {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("serve", "--trusted-proxy", "10.0.0.1:8080"));
        assertTrue(err.toString().contains("--trusted-proxy takes IP addresses or ranges such as 10.0.0.5, "
                + "10.0.0.0/8 or fd00::/8 (no host names, no ports), comma-separated; '10.0.0.1:8080' is not one"),
                err.toString());
    }
}
