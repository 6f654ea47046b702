package org.shegong.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.shegong.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any controller or database sees them, text no person types: NUL and other control characters,
 * U+FFFD, lone surrogates and %-escapes that are not valid UTF-8; and caps every request body that is not a multipart
 * upload (those have their own limits), so that no endpoint reads an unbounded body into memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

    private final long maxBody;
    private final MessageSource messages;

    RequestLimits(@Value("${shegong.web.max-body-size:16MB}") DataSize maxBody, MessageSource messages) {
        this.maxBody = maxBody.toBytes();
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > maxBody) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    new InvalidInput(null, "shell.input.bodyTooLarge", maxBody / (1024 * 1024)));
            return;
        }
        InvalidInput bad = badText(request.getRequestURI(), "path");
        if (bad == null && !validUtf8(request.getQueryString())) {
            // Tomcat would drop a parameter whose %-escapes are not valid UTF-8; the raw query string still shows it
            bad = new InvalidInput("query", "shell.input.badCharacters", "query");
        }
        if (bad == null) {
            try {
                bad = badParameters(request.getParameterMap());
            } catch (RuntimeException unparsable) {
                // Tomcat could not read the parameters (an upload over the size limits, a broken body)
                boolean size = false;
                for (Throwable t = unparsable; t != null; t = t.getCause()) {
                    size |= t.getClass().getSimpleName().contains("SizeLimitExceeded") || t.getClass().getSimpleName().contains("SizeException");
                }
                refuse(request, response, size ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST,
                        new InvalidInput(null, size ? "shell.input.tooLarge" : "shell.error.request"));
                return;
            }
        }
        if (bad != null) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, bad);
            return;
        }
        chain.doFilter(multipart ? request : new Capped(request, maxBody), response);
    }

    private static InvalidInput badParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            InvalidInput bad = badText(p.getKey(), "parameter");
            for (String value : p.getValue()) {
                bad = bad != null ? bad : badText(value, p.getKey());
            }
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    static boolean validUtf8(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            int hi = i + 2 < rawQuery.length() ? Character.digit(rawQuery.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(rawQuery.charAt(i + 2), 16) : -1;
            if (c == '%' && lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '&' || c == '=') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** NUL and the C0/C1 controls other than tab and line breaks, U+FFFD (what invalid UTF-8 decodes to), lone surrogates. */
    static InvalidInput badText(String text, String field) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || c == '\uFFFD' || lone) {
                String name = field.length() > 100 ? field.substring(0, 100) : field;
                return new InvalidInput(name, "shell.input.badCharacters", name);
            }
        }
        return null;
    }

    /**
     * Answered here, not by an error page: Tomcat throws again on every later read of parameters it could not decode,
     * and the answer must leave before Tomcat waits for (and discards) the rest of a refused body.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, InvalidInput why)
            throws IOException {
        Object[] args = why.args();
        ContainerErrors.write(response, status, Problems.isApi(request),
                messages.getMessage(why.messageKey(), args, why.messageKey(), Locale.SIMPLIFIED_CHINESE),
                messages.getMessage(why.messageKey(), args, why.messageKey(), Locale.ENGLISH), why.messageKey(), why.field());
    }

    /** A body that fails as soon as more than {@code max} bytes have been read, whatever Content-Length said. */
    static final class Capped extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > max) {
                            throw new BodyTooLarge(max);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    /** Thrown while reading a body past the cap; answered as 413 with the limit named. */
    static final class BodyTooLarge extends IOException {

        final long max;

        BodyTooLarge(long max) {
            super("request body larger than " + max + " bytes");
            this.max = max;
        }
    }
}
