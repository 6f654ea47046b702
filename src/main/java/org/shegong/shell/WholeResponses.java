package org.shegong.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A response that fits the container's buffer goes out in one write, with its length, when the request is done (issue
 * 12's intake ledger). Spring MVC flushes every response it writes from a controller, which makes the container send
 * the headers and the body as chunks at once and the closing chunk in a second write at the end: two system calls
 * and a chunked body for a few hundred bytes of JSON. Here a flush before the end does nothing; the container still
 * sends a body larger than its buffer as the buffer fills, so a large download streams as before. The platform has
 * no response that must reach the client before its request ends (no server-sent events, no long polling).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class WholeResponses extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new FlushAtTheEnd(response));
    }

    /** The response with its flushes held back until the container finishes it. */
    private static final class FlushAtTheEnd extends HttpServletResponseWrapper {

        private ServletOutputStream out;

        FlushAtTheEnd(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            // the container flushes when the request ends, or when its buffer fills
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new HeldFlush(super.getOutputStream());
            }
            return out;
        }
    }

    private static final class HeldFlush extends ServletOutputStream {

        private final ServletOutputStream target;

        HeldFlush(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() {
            // held: see WholeResponses
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
