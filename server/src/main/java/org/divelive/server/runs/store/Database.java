package org.divelive.server.runs.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the run store lives: an H2 file of this machine (the default, one process at a time), or a PostgreSQL
 * database that serving nodes and workers on many machines share. {@code --db} names either.
 *
 * <p>Neither form lets the text carry driver settings. H2 reads settings after a {@code ;} in its URL ({@code INIT=…}
 * runs SQL), so a file name with one is refused. pgjdbc reads many settings from a URL's query, some of which load
 * classes or write files ({@code socketFactory}, {@code loggerFile}); so a PostgreSQL URL is taken apart into host,
 * port and database, each checked against a narrow pattern, and only {@code user}, {@code password} and
 * {@code sslmode} are accepted from its query; the driver is then handed a URL rebuilt from those parts.
 *
 * @param file     the H2 file (NAME.mv.db), or null for PostgreSQL
 * @param host     PostgreSQL's host name or address
 * @param database PostgreSQL's database name
 * @param sslmode  pgjdbc's {@code sslmode}, or null for its default
 */
public record Database(Path file, String host, int port, String database, String user, String password,
        String sslmode) {
    /** H2 adds this to the name it is given. */
    public static final String H2_SUFFIX = ".mv.db";
    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";
    public static final int POSTGRESQL_DEFAULT_PORT = 5432;
    /** Where the user name and password come from when the URL does not carry them. */
    public static final String USER_ENV = "DIVELIVE_DB_USER";
    public static final String PASSWORD_ENV = "DIVELIVE_DB_PASSWORD";

    private static final Pattern POSTGRESQL_URL = Pattern.compile(
            "jdbc:postgresql://([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(?::([0-9]{1,5}))?/([A-Za-z0-9_-]{1,63})"
                    + "(?:\\?([^#]*))?");
    private static final Set<String> QUERY_KEYS = java.util.Set.of("user", "password", "sslmode");
    private static final Set<String> SSL_MODES = java.util.Set.of("disable", "allow", "prefer", "require",
            "verify-ca", "verify-full");

    public Database {
        if (file != null) {
            requireH2FileName(file);
        } else if (host == null || database == null || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a PostgreSQL database needs a host, a port from 1 to 65535 and a "
                    + "database name");
        }
    }

    public static Database h2(Path file) {
        return new Database(file, null, 0, null, null, null, null);
    }

    /**
     * {@code --db}'s text: a {@code jdbc:postgresql://host[:port]/db[?user=…&password=…&sslmode=…]} URL, or an H2
     * file path. A PostgreSQL URL without a user or password takes them from {@code env} ({@link #USER_ENV},
     * {@link #PASSWORD_ENV}).
     */
    public static Database parse(String text, Map<String, String> env) {
        if (text.indexOf(';') >= 0) {
            throw new IllegalArgumentException("--db must not contain ';' (H2 would read what follows as database "
                    + "settings); was " + redacted(text));
        }
        if (!text.startsWith("jdbc:")) {
            return h2(Path.of(text));
        }
        Matcher url = POSTGRESQL_URL.matcher(text);
        if (!url.matches()) {
            throw new IllegalArgumentException("--db must be an H2 file ending in " + H2_SUFFIX + " or a URL "
                    + POSTGRESQL_PREFIX + "HOST[:PORT]/DATABASE[?user=…&password=…] (host, port and a database "
                    + "name of letters, digits, '_' and '-'); was " + redacted(text));
        }
        Map<String, String> query = query(url.group(4) == null ? "" : url.group(4), text);
        String sslmode = query.get("sslmode");
        if (sslmode != null && !SSL_MODES.contains(sslmode)) {
            throw new IllegalArgumentException("--db: sslmode must be one of " + SSL_MODES + ", was " + sslmode);
        }
        int port = url.group(2) == null ? POSTGRESQL_DEFAULT_PORT : Integer.parseInt(url.group(2));
        String user = query.getOrDefault("user", blankToNull(env.get(USER_ENV)));
        String password = query.getOrDefault("password", blankToNull(env.get(PASSWORD_ENV)));
        return new Database(null, url.group(1), port, url.group(3), user, password, sslmode);
    }

    private static Map<String, String> query(String query, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (!QUERY_KEYS.contains(key)) {
                throw new IllegalArgumentException("--db: a PostgreSQL URL may set only " + QUERY_KEYS + " (other "
                        + "driver settings can load code), not '" + key + "'; was " + redacted(text));
            }
            if (values.containsKey(key)) {
                throw new IllegalArgumentException("--db: '" + key + "' is given twice in " + redacted(text));
            }
            values.put(key, URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The text with any password replaced, for messages and logs. */
    static String redacted(String text) {
        return text.replaceAll("(?i)(password=)[^&#]*", "$1***");
    }

    /** H2 names its file NAME.mv.db; we ask for that whole name so the configuration names the real file. */
    public static void requireH2FileName(Path file) {
        // H2 reads settings after a ';' in its URL (INIT=… runs SQL): a file name must never carry any
        if (file.toString().indexOf(';') >= 0) {
            throw new IllegalArgumentException("the database file name must not contain ';' (H2 would read what "
                    + "follows as database settings); was " + file);
        }
        if (!file.toString().endsWith(H2_SUFFIX)) {
            throw new IllegalArgumentException("the database file must end in " + H2_SUFFIX + " (H2's file name), "
                    + "e.g. " + file.getFileName() + H2_SUFFIX + "; was " + file);
        }
    }

    public boolean isPostgresql() {
        return file == null;
    }

    /** The URL the driver gets: rebuilt from checked parts, never the text as given; no credentials in it. */
    String jdbcUrl() {
        if (!isPostgresql()) {
            String name = file.toAbsolutePath().toString();
            // every commit reaches the file at once; we close the database ourselves, after the last run's write
            return "jdbc:h2:file:" + name.substring(0, name.length() - H2_SUFFIX.length())
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        }
        return POSTGRESQL_PREFIX + host + ":" + port + "/" + database;
    }

    /** For logs: never the password. */
    @Override
    public String toString() {
        return isPostgresql() ? POSTGRESQL_PREFIX + host + ":" + port + "/" + database + " (PostgreSQL, user "
                + (user == null ? "from the driver's default" : user) + ", password " + (password == null ? "not set"
                : "set") + ")" : file.toAbsolutePath().toString();
    }
}
