package org.rapport.standalone.web;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.util.function.Supplier;

/**
 * The host's Jetty server and its one HTTP connector, sized for the small machine an evaluation
 * host runs on, and silent about what it is built with.
 */
public final class HostServer {
    /**
     * Request threads at most. Jetty's default (200, plus acceptors and selectors) lets hundreds of
     * requests run at once on two cores, each holding memory and waiting for one of
     * {@code HostDatabase.POOL_SIZE} connections; past this many, requests queue in Jetty instead.
     */
    static final int MAX_THREADS = 40;
    static final int MIN_THREADS = 4;

    private HostServer() {
    }

    public static Server create(String bindHost, int port) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("rapport-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        // No "Server: Jetty(12...)" and no "X-Powered-By": the version tells an attacker which CVEs to try.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Jetty 12's default already refuses ambiguous paths (%2F, %2E%2E, empty segments, ...) with a 400; said here on purpose.
        http.setUriCompliance(UriCompliance.DEFAULT);
        // One acceptor and one selector: enough for thousands of connections, and two cores have no more to give.
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(bindHost);
        connector.setPort(port);
        server.addConnector(connector);
        server.setErrorHandler(new CoreErrorHandler());
        return server;
    }

    /**
     * Compresses what the host serves (pages, scripts, styles, JSON) for clients that accept gzip, as
     * the products do: AUI and jQuery alone are about 1 MB uncompressed, 250 KB compressed. Jetty skips
     * bodies under its minimum size and types that are already compressed (images, fonts).
     */
    public static Handler compressing(Handler handler) {
        GzipHandler gzip = gzip();
        gzip.setHandler(handler);
        return gzip;
    }

    /** The same for a handler Jetty reaches through a supplier (an {@code ee8} servlet context, whose handler is nested). */
    public static Handler compressing(Supplier<Handler> handler) {
        GzipHandler gzip = gzip();
        gzip.setHandler(handler);
        return gzip;
    }

    private static GzipHandler gzip() {
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(1024);
        return gzip;
    }
}
