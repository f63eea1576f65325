package org.divelive.server.runs.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A stored parameter file read a slice at a time ({@code SUBSTRING … FROM … FOR …}), so no more than one slice is
 * in memory: PostgreSQL's driver answers a whole bytea value at once, which for a large network is 100 MB and more.
 */
final class SlicedWeights extends InputStream {
    private final PreparedStatement select;
    private final long length;
    private final int sliceBytes;
    private byte[] slice = new byte[0];
    private int inSlice;
    private long read;

    SlicedWeights(Connection connection, long id, long length, int sliceBytes) throws SQLException {
        this.select = connection.prepareStatement(
                "SELECT SUBSTRING(parameter_file FROM ? FOR ?) FROM weights WHERE run_id = ?");
        select.setLong(3, id);
        this.length = length;
        this.sliceBytes = sliceBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (inSlice == slice.length && !nextSlice()) {
            return -1;
        }
        int n = Math.min(count, slice.length - inSlice);
        System.arraycopy(slice, inSlice, into, offset, n);
        inSlice += n;
        read += n;
        return n;
    }

    private boolean nextSlice() throws IOException {
        if (read >= length) {
            return false;
        }
        try {
            // SQL counts from 1
            select.setInt(1, Math.toIntExact(read + 1));
            select.setInt(2, sliceBytes);
            try (ResultSet row = select.executeQuery()) {
                slice = row.next() ? row.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException("reading stored weights failed: " + e.getMessage(), e);
        }
        if (slice == null || slice.length == 0) {
            throw new IOException("the stored weights ended after " + read + " of " + length + " bytes");
        }
        inSlice = 0;
        return true;
    }

    @Override
    public void close() throws IOException {
        try {
            select.close();
        } catch (SQLException e) {
            throw new IOException("closing the weights' query failed: " + e.getMessage(), e);
        }
    }
}
