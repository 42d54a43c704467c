package org.rapport.recognition;

import org.rapport.tally.TallyStore;
import org.rapport.tally.Tallies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.admin.LeaderboardVisibility;
import org.rapport.admin.RapportSettings;
import org.rapport.org.OrgChart;
import org.rapport.org.OrgPerson;
import org.rapport.org.OrgStore;
import org.rapport.org.ao.OrgPersonEntity;
import org.rapport.platform.Actor;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.SystemClock;
import org.rapport.testing.TestDatabase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.recognition.RecognitionFixture.ADMIN;
import static org.rapport.recognition.RecognitionFixture.ALICE;
import static org.rapport.recognition.RecognitionFixture.BOB;

/** The admins' leaderboard setting, for each setting and each kind of person. */
@Tag("database")
class LeaderboardVisibilityTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final Map<String, Actor> PEOPLE = Map.of("admin", ADMIN, "manager", ALICE, "member", BOB);

    private RecognitionFixture world;
    private LeaderboardService leaderboards;

    @BeforeAll
    static void schema() {
        RecognitionFixture.migrate(db);
        db.migrate(OrgPersonEntity.class);
    }

    @BeforeEach
    void setUp() {
        world = new RecognitionFixture(db);
        OrgStore orgStore = new OrgStore(world.ao);
        orgStore.saveAll(List.of(new OrgPerson(BOB.userKey(), ALICE.userKey(), null)));
        leaderboards = new LeaderboardService(new Tallies(new TallyStore(world.ao)), new SystemClock(world.clock), world.settings,
                new OrgChart(orgStore), world.permissions);
    }

    @ParameterizedTest(name = "{0} / {1}: sees = {2}")
    @CsvSource({
            "EVERYONE, admin, true", "EVERYONE, manager, true", "EVERYONE, member, true",
            "MANAGERS, admin, true", "MANAGERS, manager, true", "MANAGERS, member, false",
            "NOBODY, admin, true", "NOBODY, manager, false", "NOBODY, member, false"})
    void board_followsTheSetting(LeaderboardVisibility setting, String who, boolean sees) {
        world.settings.update(ADMIN, new RapportSettings(10, true, setting));
        Actor person = PEOPLE.get(who);
        LeaderboardQuery query = LeaderboardQuery.parse(null, null, null, null);

        assertThat(leaderboards.maySee(person)).isEqualTo(sees);
        if (sees) {
            assertThat(leaderboards.board(person, query)).isEmpty();
        } else {
            assertThatThrownBy(() -> leaderboards.board(person, query)).isInstanceOf(ForbiddenException.class);
        }
    }
}
