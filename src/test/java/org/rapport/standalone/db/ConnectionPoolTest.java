package org.rapport.standalone.db;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.UUID;
import javax.management.ObjectName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The host's connection pool is bounded, says how full it is, and a request that finds it empty fails instead of queueing forever. */
class ConnectionPoolTest {
    private static DatabaseSettings scratch() {
        return new DatabaseSettings("jdbc:h2:mem:pool_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
    }

    @Test
    void hostDatabase_poolsTenConnections_andShowsItsFiguresInJmx() throws Exception {
        try (HostDatabase database = HostDatabase.open(scratch(), "org.rapport");
             Connection connection = database.connection()) {
            ConnectionPool.Figures figures = database.poolFigures();
            assertThat(figures.maximum()).isEqualTo(10);
            assertThat(figures.active()).isEqualTo(1);
            assertThat(ManagementFactory.getPlatformMBeanServer()
                    .isRegistered(new ObjectName("com.zaxxer.hikari:type=Pool (" + HostDatabase.POOL_NAME + ")"))).isTrue();
        }
    }

    @Test
    void exhausted_failsAfterTheWait_andCountsWhoWaits() throws Exception {
        ConnectionPool pool = new ConnectionPool(scratch(), "test-pool-" + UUID.randomUUID(), 2, Duration.ofMillis(300));
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            assertThat(pool.figures()).isEqualTo(new ConnectionPool.Figures(2, 0, 2, 0, 2));

            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        } finally {
            pool.dispose();
        }
    }
}
