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

    /**
     * H2 2.x (MVStore) writes committed changes to its file in the background, WRITE_DELAY
     * milliseconds later (default 500; MVStore's auto-commit delay): a commit answered 201 could be
     * lost to {@code kill -9} (2 of 12 in CrashDurabilityIT). With 0, the MVStore writes its changes
     * at the end of every transaction ({@code TransactionStore.endTransaction} calls
     * {@code MVStore.commit()} when the delay is 0), so a process crash loses nothing acknowledged.
     * The file is not fsync'ed per commit: an operating-system crash or power loss can still lose
     * the last writes (H2's documented "Durability Problems"); use PostgreSQL where that matters.
     */
    static final String DURABLE_COMMITS = "WRITE_DELAY=0";

    /** The embedded default: an H2 database file {@code rapport.mv.db} in the data directory. */
    public static DatabaseSettings embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("rapport");
        // AO 3.2.11 with H2 2.x needs the schema named explicitly (it otherwise reads tables of every schema).
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;" + DURABLE_COMMITS, "sa", "", "PUBLIC");
    }

    public static DatabaseSettings external(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, url.startsWith("jdbc:postgresql:") ? "public" : null);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
