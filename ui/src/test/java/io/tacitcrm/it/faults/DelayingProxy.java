package io.tacitcrm.it.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on loopback in front of PostgreSQL that holds back every chunk of the database's answers for a delay
 * the test sets at will: a slow database, as its clients see it, without touching the database.
 */
final class DelayingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    private DelayingProxy(int target) throws IOException {
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.target = target;
        Thread.ofVirtual().name("delaying-proxy").start(this::accept);
    }

    static DelayingProxy to(int port) throws IOException {
        return new DelayingProxy(port);
    }

    int port() {
        return listener.getLocalPort();
    }

    void delay(Duration answers) {
        this.delay = answers;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket database = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(database);
                Thread.ofVirtual().start(() -> pump(client, database, false));
                Thread.ofVirtual().start(() -> pump(database, client, true));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to, boolean delayed) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                Duration wait = delay;
                if (delayed && !wait.isZero()) {
                    TimeUnit.NANOSECONDS.sleep(wait.toNanos());
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: the finally closes the other
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(DelayingProxy::closeQuietly);
    }
}
