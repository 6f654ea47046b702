package org.shegong.demand;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The intake benchmark's lean load generator (issue 12, third round): HTTP/1.1 over one kept-alive plain socket per
 * client thread, requests framed by Content-Length, responses read by Content-Length or chunked encoding. It does what
 * a partner system's client does and no more, so the benchmark's own share of the machine's two cores stays small
 * (the JDK {@code HttpClient} cost about 180–250 µs of CPU per request). Not thread-safe: one per client thread.
 */
final class KeepAliveClient implements AutoCloseable {

    /** A response: status code and body (UTF-8). */
    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private final byte[] buffer = new byte[16 * 1024];
    private int start;
    private int end;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    /** Requests sent on the current connection (a retry is allowed only on a reused one). */
    private int served;

    KeepAliveClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** POSTs {@code json} to {@code path}; reconnects (once) if the server had closed a kept-alive connection. */
    Response post(String path, String authorization, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        if (socket == null) {
            connect();
        }
        boolean reused = served > 0;
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (NothingRead | java.net.SocketException e) {
            // the server closed an idle or used-up kept-alive connection before reading this request: nothing was
            // received, so sending it again on a new connection cannot register it twice
            if (!reused) {
                throw e;
            }
            close();
            connect();
            out.write(request);
            out.flush();
            return read();
        }
    }

    private Response read() throws IOException {
        String status = line(true);
        served++;
        // "HTTP/1.1 201 " (Tomcat sends no reason phrase)
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String h = line(false); !h.isEmpty(); h = line(false)) {
            int colon = h.indexOf(':');
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        byte[] body;
        if (chunked) {
            var all = new java.io.ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(false).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(false).split(";")[0].trim(), 16)) {
                all.write(bytes(size));
                line(false);
            }
            // trailers, then the empty line
            while (!line(false).isEmpty()) {
                // no trailers expected
            }
            body = all.toByteArray();
        } else if (length >= 0) {
            body = bytes(length);
        } else {
            throw new IOException("response without Content-Length or chunked encoding: " + status);
        }
        if (closing) {
            close();
        }
        return new Response(code, new String(body, StandardCharsets.UTF_8));
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        start = 0;
        end = 0;
        served = 0;
    }

    /** A CRLF-terminated line (ISO-8859-1) without its terminator. */
    private String line(boolean first) throws IOException {
        StringBuilder s = new StringBuilder(64);
        while (true) {
            if (start == end && !fill()) {
                if (first && s.isEmpty()) {
                    throw new NothingRead();
                }
                throw new EOFException("connection closed within a response");
            }
            byte b = buffer[start++];
            if (b == '\n') {
                int n = s.length();
                return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s.toString();
            }
            s.append((char) (b & 0xff));
        }
    }

    private byte[] bytes(int n) throws IOException {
        byte[] b = new byte[n];
        int got = 0;
        while (got < n) {
            if (start == end && !fill()) {
                throw new EOFException("connection closed within a body");
            }
            int k = Math.min(n - got, end - start);
            System.arraycopy(buffer, start, b, got, k);
            start += k;
            got += k;
        }
        return b;
    }

    private boolean fill() throws IOException {
        int r;
        try {
            r = in.read(buffer, 0, buffer.length);
        } catch (java.net.SocketException reset) {
            r = -1;
        }
        if (r <= 0) {
            return false;
        }
        start = 0;
        end = r;
        return true;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** The connection ended before the first byte of a response. */
    private static final class NothingRead extends EOFException {
        NothingRead() {
            super("connection closed before a response");
        }
    }
}
