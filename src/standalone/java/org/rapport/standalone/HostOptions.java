package org.rapport.standalone;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the host.
 *
 * @param port         HTTP port; 0 picks a free one
 * @param dataDir      where the embedded database and host files live
 * @param dbUrl        a JDBC URL (PostgreSQL) instead of the embedded database, or null
 * @param demo         whether a new host gets demo users
 * @param pluginJar    the plugin jar to load
 * @param bindHost     the address to listen on: {@value #LOOPBACK} unless the operator opts in to more
 * @param demoInsecure start in demo mode on a non-loopback address although demo passwords equal the names
 */
public record HostOptions(int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean demo, Path pluginJar,
                          String bindHost, boolean demoInsecure) {
    /** The default address: only this machine can reach an evaluation host whose demo passwords are public. */
    public static final String LOOPBACK = "127.0.0.1";
    private static final String USAGE = "Options: --port N --host ADDRESS --data DIR --db-url URL --db-user U --db-password P"
            + " --no-demo --demo-insecure --plugin JAR";

    public HostOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(pluginJar, "pluginJar");
        Objects.requireNonNull(bindHost, "bindHost");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535, was " + port);
        }
    }

    /** A host on {@value #LOOPBACK} (what tests and {@code ./rapport run} without {@code --host} start). */
    public HostOptions(int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean demo, Path pluginJar) {
        this(port, dataDir, dbUrl, dbUser, dbPassword, demo, pluginJar, LOOPBACK, false);
    }

    /** Whether other machines can reach the host: it listens on an address other than loopback. */
    public boolean reachableFromOtherMachines() {
        try {
            return !InetAddress.getByName(bindHost).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + bindHost + " is not an address of this machine", e);
        }
    }

    /**
     * Parses {@code --port N --host ADDRESS --data DIR --db-url URL --db-user U --db-password P
     * --no-demo --demo-insecure --plugin JAR}.
     */
    public static HostOptions parse(String[] args) {
        int port = 2990;
        Path data = Path.of("rapport-data");
        String url = null;
        String user = null;
        String password = null;
        boolean demo = true;
        Path jar = null;
        String host = LOOPBACK;
        boolean demoInsecure = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--host" -> host = value(args, ++i, arg);
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--db-url" -> url = value(args, ++i, arg);
                case "--db-user" -> user = value(args, ++i, arg);
                case "--db-password" -> password = value(args, ++i, arg);
                case "--no-demo" -> demo = false;
                case "--demo-insecure" -> demoInsecure = true;
                case "--plugin" -> jar = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown option " + arg + ". " + USAGE);
            }
        }
        if (jar == null) {
            throw new IllegalArgumentException("--plugin JAR is required");
        }
        if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--db-url must be a jdbc:postgresql: (or jdbc:h2:) URL");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("--host needs an address, e.g. 0.0.0.0 for every interface");
        }
        HostOptions options = new HostOptions(port, data, url, user, password, demo, jar, host, demoInsecure);
        options.reachableFromOtherMachines(); // an unknown address fails here, with the option's name
        return options;
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + text);
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
