package org.shegong.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Connects the JDBC driver to the embedded PostgreSQL over its Unix-domain socket instead of TCP (issue 12's intake
 * ledger: every statement is a round trip, and on this kind of machine a round trip's kernel work is a third of a
 * request thread's CPU; a local socket skips the TCP/IP stack, and a blocking read is one system call where the
 * driver's TCP socket polls and reads). Named to the driver as {@code socketFactory}, with the socket's path as
 * {@code socketFactoryArg}; public because the driver creates it by reflection.
 *
 * <p>Reads do not time out (a Unix-domain channel has no read timeout): the server is this process's own child on
 * this machine, and if it dies the socket closes and a waiting read ends at once.
 */
public final class UnixSocketFactory extends SocketFactory {

    private final Path path;

    /** @param path the server's socket file, e.g. {@code <data directory>/.s.PGSQL.5432} */
    public UnixSocketFactory(String path) {
        this.path = Path.of(path);
    }

    @Override
    public Socket createSocket() throws SocketException {
        return new UnixSocket(path);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected();
    }

    private Socket connected() throws IOException {
        Socket s = createSocket();
        s.connect(null, 0);
        return s;
    }

    /** A {@link Socket} the driver can use, over a Unix-domain {@link SocketChannel}; TCP options are remembered only. */
    static final class UnixSocket extends Socket {

        private final Path path;
        private SocketChannel channel;
        private InputStream in;
        private OutputStream out;
        private volatile boolean closed;
        private int timeout;
        private boolean noDelay;
        private boolean keepAlive;

        UnixSocket(Path path) throws SocketException {
            super((java.net.SocketImpl) null);
            this.path = path;
        }

        /** Connects to the socket file, whatever address the driver names (it names the server's host and port). */
        @Override
        public synchronized void connect(SocketAddress ignored, int timeoutMillis) throws IOException {
            if (closed) {
                throw new SocketException("Socket is closed");
            }
            SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                c.connect(UnixDomainSocketAddress.of(path));
            } catch (IOException e) {
                c.close();
                throw e;
            }
            channel = c;
            in = Channels.newInputStream(c);
            out = Channels.newOutputStream(c);
        }

        @Override
        public void connect(SocketAddress endpoint) throws IOException {
            connect(endpoint, 0);
        }

        @Override
        public void bind(SocketAddress local) throws IOException {
            throw new SocketException("a Unix-domain connection to the embedded database binds no local address");
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return open().isConnected() ? in : null;
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return open().isConnected() ? out : null;
        }

        private SocketChannel open() throws SocketException {
            if (closed || channel == null) {
                throw new SocketException(closed ? "Socket is closed" : "Socket is not connected");
            }
            return channel;
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public synchronized void close() throws IOException {
            closed = true;
            if (channel != null) {
                channel.close();
            }
        }

        @Override
        public void setSoTimeout(int timeout) {
            this.timeout = timeout;
        }

        @Override
        public int getSoTimeout() {
            return timeout;
        }

        @Override
        public void setTcpNoDelay(boolean on) {
            noDelay = on;
        }

        @Override
        public boolean getTcpNoDelay() {
            return noDelay;
        }

        @Override
        public void setKeepAlive(boolean on) {
            keepAlive = on;
        }

        @Override
        public boolean getKeepAlive() {
            return keepAlive;
        }

        @Override
        public void setSendBufferSize(int size) throws SocketException {
            set(StandardSocketOptions.SO_SNDBUF, size);
        }

        @Override
        public int getSendBufferSize() throws SocketException {
            return get(StandardSocketOptions.SO_SNDBUF);
        }

        @Override
        public void setReceiveBufferSize(int size) throws SocketException {
            set(StandardSocketOptions.SO_RCVBUF, size);
        }

        @Override
        public int getReceiveBufferSize() throws SocketException {
            return get(StandardSocketOptions.SO_RCVBUF);
        }

        private void set(java.net.SocketOption<Integer> option, int size) throws SocketException {
            try {
                open().setOption(option, size);
            } catch (IOException e) {
                throw e instanceof SocketException s ? s : new SocketException(e.getMessage());
            }
        }

        private int get(java.net.SocketOption<Integer> option) throws SocketException {
            try {
                return open().getOption(option);
            } catch (IOException e) {
                throw e instanceof SocketException s ? s : new SocketException(e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "UnixSocket[" + path + (isConnected() ? ", connected" : "") + (closed ? ", closed" : "") + "]";
        }
    }
}
