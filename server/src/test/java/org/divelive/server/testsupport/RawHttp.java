package org.divelive.server.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP written by hand on a socket, for the tests of connection-level limits that a client library would hide. */
public final class RawHttp {
    private RawHttp() {
    }

    /** A HEAD on a kept-alive connection: the status line, or null when the server closed the connection. */
    public static String head(Socket socket) throws IOException {
        socket.getOutputStream().write("HEAD /lessons/linear-regression HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        StringBuilder answer = new StringBuilder();
        try {
            while (!answer.toString().endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    return null;
                }
                answer.append((char) next);
            }
        } catch (IOException e) {
            return null; // reset: closed as well
        }
        return answer.substring(0, answer.indexOf("\r\n"));
    }
}
