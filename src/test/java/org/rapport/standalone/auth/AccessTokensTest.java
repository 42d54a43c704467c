package org.rapport.standalone.auth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("database")
class AccessTokensTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private AccessTokens tokens;

    @BeforeEach
    void setUp() throws Exception {
        tokens = at(START);
        tokens.createTables();
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM RAPPORT_HOST_ACCESS_TOKEN");
        }
    }

    private static AccessTokens at(Instant now) {
        return new AccessTokens(db.hostDatabase(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aToken_isHighEntropy_recognisable_andOpensItsOwnersAccount() {
        AccessTokens.Created created = tokens.create("alice", "CI", Optional.empty());

        assertThat(created.secret()).matches("rpat_[A-Za-z0-9_-]{43}");
        assertThat(tokens.authenticate(created.secret())).map(AccessToken::userKey).contains("alice");
        assertThat(tokens.create("alice", "CI 2", Optional.empty()).secret()).isNotEqualTo(created.secret());
    }

    @Test
    void theDatabase_keepsOnlyTheSha256OfTheSecret() throws Exception {
        AccessTokens.Created created = tokens.create("alice", "CI", Optional.of(30));

        List<String> cells = new ArrayList<>();
        try (Connection c = db.hostDatabase().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM RAPPORT_HOST_ACCESS_TOKEN")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
            }
        }
        assertThat(cells).doesNotContain(created.secret())
                .allSatisfy(cell -> assertThat(cell).doesNotContain(created.secret().substring(5)))
                .contains(Secrets.sha256(created.secret()));
    }

    @Test
    void wrongRevokedOrExpiredTokens_openNothing() {
        AccessTokens.Created kept = tokens.create("alice", "kept", Optional.empty());
        AccessTokens.Created revoked = tokens.create("alice", "revoked", Optional.empty());
        AccessTokens.Created expiring = tokens.create("alice", "expiring", Optional.of(1));

        assertThat(tokens.revoke("bob", revoked.token().id())).as("not bob's to revoke").isFalse();
        assertThat(tokens.revoke("alice", revoked.token().id())).isTrue();

        assertThat(tokens.authenticate(revoked.secret())).isEmpty();
        assertThat(tokens.authenticate(kept.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate("rpat_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(at(START.plus(Duration.ofHours(23))).authenticate(expiring.secret())).isPresent();
        assertThat(at(START.plus(Duration.ofDays(1)).plusSeconds(1)).authenticate(expiring.secret())).isEmpty();
        assertThat(tokens.authenticate(kept.secret())).isPresent();
    }

    @Test
    void theList_showsNameDatesAndLastUse_neverTheSecret() {
        AccessTokens.Created created = tokens.create("alice", "  Deploy script ", Optional.of(90));
        at(START.plusSeconds(300)).authenticate(created.secret());

        List<AccessToken> listed = tokens.of("alice");

        assertThat(listed).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Deploy script");
            assertThat(t.created()).isEqualTo(START);
            assertThat(t.lastUsed()).contains(START.plusSeconds(300));
            assertThat(t.expires()).contains(START.plus(Duration.ofDays(90)));
            assertThat(t.toString()).doesNotContain(created.secret());
        });
        assertThat(tokens.of("bob")).isEmpty();
    }

    @Test
    void badNamesAndExpiries_andTooManyTokens_areRefused() {
        assertThatThrownBy(() -> tokens.create("alice", " ", Optional.empty())).isInstanceOf(AccessTokens.Refusal.class);
        assertThatThrownBy(() -> tokens.create("alice", "x".repeat(101), Optional.empty())).isInstanceOf(AccessTokens.Refusal.class);
        assertThatThrownBy(() -> tokens.create("alice", "x", Optional.of(0))).isInstanceOf(AccessTokens.Refusal.class);
        assertThatThrownBy(() -> tokens.create("alice", "x", Optional.of(366))).isInstanceOf(AccessTokens.Refusal.class);
        for (int i = 0; i < AccessTokens.MAX_PER_USER; i++) {
            tokens.create("alice", "t" + i, Optional.empty());
        }
        assertThatThrownBy(() -> tokens.create("alice", "one too many", Optional.empty())).isInstanceOf(AccessTokens.Refusal.class);
    }
}
