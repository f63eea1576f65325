package org.divelive.server.runs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void aPostgresqlUrlIsTakenApartAndTheDriverGetsOnlyItsCheckedParts() {
        Database db = Database.parse("jdbc:postgresql://db.example.org:6543/divelive?user=ada&password=p%26ss"
                + "&sslmode=require", Map.of());
        assertTrue(db.isPostgresql());
        assertEquals(new Database(null, "db.example.org", 6543, "divelive", "ada", "p&ss", "require"), db);
        assertEquals("jdbc:postgresql://db.example.org:6543/divelive", db.jdbcUrl());
        assertFalse(db.toString().contains("p&ss"), db.toString());
    }

    @Test
    void withoutCredentialsInTheUrlTheyComeFromTheEnvironmentAndThePortDefaults() {
        Database db = Database.parse("jdbc:postgresql://[::1]/runs", Map.of(Database.USER_ENV, "grace",
                Database.PASSWORD_ENV, "secret"));
        assertEquals(new Database(null, "[::1]", Database.POSTGRESQL_DEFAULT_PORT, "runs", "grace", "secret", null),
                db);
    }

    @Test
    void driverSettingsThatLoadCodeAndSemicolonsAreRefusedAndThePasswordNeverShows() {
        for (String url : List.of(
                "jdbc:postgresql://h/db?socketFactory=org.example.Evil&socketFactoryArg=x",
                "jdbc:postgresql://h/db?loggerFile=/etc/passwd",
                "jdbc:postgresql://h/db;INIT=RUNSCRIPT",
                "jdbc:postgresql://h,evil/db",
                "jdbc:postgresql://h/db/../x",
                "jdbc:postgresql://h/db?user=a&user=b",
                "jdbc:postgresql://h/db?sslmode=sometimes&password=hunter2",
                "jdbc:postgresql://h/db?user=a&password=hunter2;INIT=RUNSCRIPT",
                "jdbc:h2:mem:x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Database.parse(url, Map.of()), url);
            assertTrue(e.getMessage().startsWith("--db"), e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        }
    }

    @Test
    void anythingElseIsAnH2FileWhoseNameMustEndInMvDb() {
        assertEquals(Database.h2(Path.of("runs.mv.db")), Database.parse("runs.mv.db", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Database.parse("runs.db", Map.of()));
    }
}
