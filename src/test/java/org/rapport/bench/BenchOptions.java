package org.rapport.bench;

import org.rapport.standalone.db.DatabaseSettings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Command-line options of the generator and the benchmark: {@code --name value} pairs. */
final class BenchOptions {
    private BenchOptions() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** {@code --url/--user/--password} for PostgreSQL (or any JDBC URL), else H2 files under {@code --data}. */
    static DatabaseSettings database(Map<String, String> options) {
        if (options.containsKey("url")) {
            return DatabaseSettings.external(options.get("url"), options.getOrDefault("user", ""), options.getOrDefault("password", ""));
        }
        if (!options.containsKey("data")) {
            throw new IllegalArgumentException("give --url JDBC_URL --user U --password P, or --data DIR for an embedded H2 database");
        }
        return DatabaseSettings.embedded(Path.of(options.get("data")));
    }
}
