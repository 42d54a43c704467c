package org.rapport.standalone.db;

import java.nio.file.Path;
import java.util.Objects;

/** Where the host keeps its data: an embedded H2 file under the data directory, or PostgreSQL. */
public record DatabaseSettings(String url, String user, String password, String schema) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded default: an H2 database file {@code rapport.mv.db} in the data directory. */
    public static DatabaseSettings embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("rapport");
        // AO 3.2.11 with H2 2.x needs the schema named explicitly (it otherwise reads tables of every schema).
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", "PUBLIC");
    }

    public static DatabaseSettings external(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, url.startsWith("jdbc:postgresql:") ? "public" : null);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
