package org.divelive.server.runs.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A run's parameter file being read from the database: its length, then its bytes from {@code stream}, over the
 * {@code connection} that holds them open. Closing frees the connection.
 */
public record StoredWeights(long length, InputStream stream, Connection connection) implements AutoCloseable {
    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IOException("closing the weights' database connection failed: " + e.getMessage(), e);
            }
        }
    }
}
