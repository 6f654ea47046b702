package org.shegong.limit;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON request whose first bytes were read to find the target field (the user name on the token endpoint); the
 * handler still reads the whole body. A body longer than the limit is passed on untouched and names no target.
 */
final class BodyCopy extends HttpServletRequestWrapper {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] head;
    private final boolean complete;
    private @Nullable Replay stream;

    private BodyCopy(HttpServletRequest request, byte[] head, boolean complete) {
        super(request);
        this.head = head;
        this.complete = complete;
    }

    static BodyCopy of(HttpServletRequest request, int max) throws IOException {
        byte[] head = request.getInputStream().readNBytes(max + 1);
        return new BodyCopy(request, head, head.length <= max);
    }

    @Nullable String field(String name) {
        if (!complete || head.length == 0) {
            return null;
        }
        try {
            JsonNode value = JSON.readTree(head).path(name);
            return value.isString() ? value.asString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        // like the container's: one stream per request, the same one on every call
        if (stream == null) {
            InputStream rest = complete ? InputStream.nullInputStream() : super.getInputStream();
            stream = new Replay(new SequenceInputStream(new ByteArrayInputStream(head), rest));
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private static final class Replay extends ServletInputStream {

        private final InputStream in;
        private boolean finished;

        Replay(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            finished = b < 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            finished = n < 0;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("blocking reads only");
        }
    }
}
