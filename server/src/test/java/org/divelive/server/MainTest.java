package org.divelive.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void serveIsTheDefaultCommand() {
        assertArrayEquals(new String[] {"serve"}, Main.withDefaultCommand(new String[0]));
        assertArrayEquals(new String[] {"serve", "--port", "9000"},
                Main.withDefaultCommand(new String[] {"--port", "9000"}));
        assertArrayEquals(new String[] {"serve", "--port", "1"},
                Main.withDefaultCommand(new String[] {"serve", "--port", "1"}));
        assertArrayEquals(new String[] {"--help"}, Main.withDefaultCommand(new String[] {"--help"}));
    }

    @Test
    void thePortFlagIsParsedAndDefaultsTo7070() {
        ServeCommand defaults = new ServeCommand();
        new CommandLine(defaults).parseArgs();
        // DIVELIVE_PORT is not set in the test environment
        assertEquals(System.getenv("DIVELIVE_PORT") == null ? 7070 : Integer.parseInt(System.getenv("DIVELIVE_PORT")),
                defaults.port);

        ServeCommand flagged = new ServeCommand();
        new CommandLine(flagged).parseArgs("--port", "8123");
        assertEquals(8123, flagged.port);
    }

    @Test
    void aBadPortIsAOneLineErrorWithANonZeroExitCode() {
        CommandLine cli = new CommandLine(new ServeCommand());
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err));
        assertEquals(2, cli.execute("--port", "99999"));
        assertEquals("--port must be from 0 to 65535, was 99999", err.toString().lines().findFirst().orElseThrow());
        assertEquals(2, cli.execute("--port", "seven"));
    }
}
