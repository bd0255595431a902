package se.motesplats.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the app that a test can switch off, so that the server is really
 * unreachable for the browser, its service worker included (Playwright's offline switch does not
 * stop a service worker's own requests). Counts the connections it relayed.
 */
public final class SwitchableProxy implements AutoCloseable {

    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger relayed = new AtomicInteger();
    private volatile ServerSocket server;

    public SwitchableProxy(int target) throws IOException {
        this.target = target;
        this.server = listen(0);
        this.port = server.getLocalPort();
        accept(server);
    }

    public int port() {
        return port;
    }

    /** Connections relayed since the last call. */
    public int takeRelayedCount() {
        return relayed.getAndSet(0);
    }

    /** Refuses new connections and cuts the open ones, as a lost network would. */
    public synchronized void cut() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    public synchronized void restore() throws IOException {
        server = listen(port);
        accept(server);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket listening) {
        Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    if (!register(listening, client)) {
                        return;
                    }
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    if (!register(listening, upstream)) {
                        client.close();
                        return;
                    }
                    relayed.incrementAndGet();
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /**
     * Keeps the socket to be cut with the others, or closes it when the relay was cut since it was accepted: a
     * connection accepted just before {@link #cut()} would otherwise go on relaying through the "lost" network.
     */
    private synchronized boolean register(ServerSocket listening, Socket socket) throws IOException {
        if (listening.isClosed()) {
            socket.close();
            return false;
        }
        open.add(socket);
        return true;
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // one side went away: close both below
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
                open.remove(from);
                open.remove(to);
            }
        });
    }
}
