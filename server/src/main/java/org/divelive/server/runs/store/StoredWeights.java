package org.divelive.server.runs.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;

/** A run's parameter file being read from the database: its length, then its bytes. Closing frees the connection. */
public final class StoredWeights implements AutoCloseable {
    private final long length;
    private final InputStream stream;
    private final Connection connection;

    StoredWeights(long length, InputStream stream, Connection connection) {
        this.length = length;
        this.stream = stream;
        this.connection = connection;
    }

    public long length() {
        return length;
    }

    public InputStream stream() {
        return stream;
    }

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
