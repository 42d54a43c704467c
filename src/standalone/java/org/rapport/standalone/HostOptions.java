package org.rapport.standalone;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the host.
 *
 * @param port       HTTP port on 127.0.0.1 and all interfaces; 0 picks a free one
 * @param dataDir    where the embedded database and host files live
 * @param dbUrl      a JDBC URL (PostgreSQL) instead of the embedded database, or null
 * @param demo       whether a new host gets demo users
 * @param pluginJar  the plugin jar to load
 */
public record HostOptions(int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean demo, Path pluginJar) {
    public HostOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(pluginJar, "pluginJar");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535, was " + port);
        }
    }

    /** Parses {@code --port N --data DIR --db-url URL --db-user U --db-password P --no-demo --plugin JAR}. */
    public static HostOptions parse(String[] args) {
        int port = 2990;
        Path data = Path.of("rapport-data");
        String url = null;
        String user = null;
        String password = null;
        boolean demo = true;
        Path jar = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--db-url" -> url = value(args, ++i, arg);
                case "--db-user" -> user = value(args, ++i, arg);
                case "--db-password" -> password = value(args, ++i, arg);
                case "--no-demo" -> demo = false;
                case "--plugin" -> jar = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown option " + arg
                        + ". Options: --port N --data DIR --db-url URL --db-user U --db-password P --no-demo --plugin JAR");
            }
        }
        if (jar == null) {
            throw new IllegalArgumentException("--plugin JAR is required");
        }
        if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--db-url must be a jdbc:postgresql: (or jdbc:h2:) URL");
        }
        return new HostOptions(port, data, url, user, password, demo, jar);
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
