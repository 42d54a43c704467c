package org.rapport.standalone.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import net.java.ao.DisposableDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * The host's database connections: a bounded HikariCP pool that AO and the host's own tables
 * share. Its figures are in JMX ({@code com.zaxxer.hikari:type=Pool (NAME)}) and in
 * {@link #figures()}; running out of connections is logged with them, once per wait that failed,
 * because that is the moment an operator needs to know the pool is too small (or a connection leaks).
 */
public final class ConnectionPool implements DisposableDataSource {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);
    /** How long a request waits for a free connection before it fails (Hikari's default is 30 s). */
    static final Duration WAIT = Duration.ofSeconds(10);

    private final HikariDataSource pool;

    /** The pool's figures at one moment: connections in use, idle, and threads waiting for one. */
    public record Figures(int active, int idle, int total, int waiting, int maximum) {
    }

    ConnectionPool(DatabaseSettings settings, String name, int size) {
        this(settings, name, size, WAIT);
    }

    ConnectionPool(DatabaseSettings settings, String name, int size, Duration wait) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setConnectionTimeout(wait.toMillis());
        // A connection held for a minute is a leak or a runaway statement: Hikari logs where it was taken.
        config.setLeakDetectionThreshold(Duration.ofMinutes(1).toMillis());
        // Several hosts in one JVM (the tests) would collide on one MBean name; only the first registers.
        config.setRegisterMbeans(!mbeanRegistered(name));
        this.pool = new HikariDataSource(config);
    }

    private static boolean mbeanRegistered(String name) {
        try {
            return java.lang.management.ManagementFactory.getPlatformMBeanServer()
                    .isRegistered(new javax.management.ObjectName("com.zaxxer.hikari:type=Pool (" + name + ")"));
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException("pool name " + name, e);
        }
    }

    public Figures figures() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return new Figures(bean.getActiveConnections(), bean.getIdleConnections(), bean.getTotalConnections(),
                bean.getThreadsAwaitingConnection(), pool.getMaximumPoolSize());
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLTransientConnectionException e) {
            LOG.warn("Connection pool {} exhausted: no connection within {} ms ({})", pool.getPoolName(),
                    pool.getConnectionTimeout(), figures());
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool connects as the configured user only");
    }

    @Override
    public void dispose() {
        pool.close();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
