package org.rapport.help;

import org.rapport.tally.TallyStore;
import com.atlassian.activeobjects.external.ModelVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.help.ao.HelpDepartmentCounters;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.org.OrgPerson;
import org.rapport.platform.AnonymousPerson;
import org.rapport.testing.TestDatabase;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.help.HelpFixture.ADMIN;
import static org.rapport.help.HelpFixture.ALICE;
import static org.rapport.help.HelpFixture.BOB;
import static org.rapport.help.HelpFixture.CAROL;
import static org.rapport.help.HelpFixture.DAVE;
import static org.rapport.help.HelpFixture.ERIN;
import static org.rapport.help.HelpFixture.help;

/**
 * Model version 5 on an install that has help from before it: the departments are recorded on the
 * confirmed entries from today's org chart and the breadth counters equal a recount.
 */
@Tag("database")
class HelpDepartmentCountersTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private HelpFixture f;

    @BeforeAll
    static void schema() {
        HelpFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new HelpFixture(db);
    }

    @Test
    void upgrade_recordsTodaysDepartmentsOnEarlierHelp_andCountsThemLikeTheService() {
        f.orgStore.saveAll(List.of(new OrgPerson(ALICE.userKey(), null, "Platform"), new OrgPerson(BOB.userKey(), null, "Sales"),
                new OrgPerson(CAROL.userKey(), null, "Sales")));
        HelpEntry bobHelped = f.service.log(BOB, help().from(ALICE).to(BOB).build());
        f.service.log(CAROL, help().from(ALICE).to(CAROL).build());
        f.service.log(ALICE, help().from(DAVE).to(ALICE).build());
        HelpEntry pending = f.service.log(ALICE, help().from(ALICE).to(ERIN).build());
        HelpEntry declined = f.service.log(BOB, help().from(BOB).to(CAROL).build());
        f.service.decline(CAROL, declined.id());
        HelpEntry confirmedLater = f.service.log(CAROL, help().from(CAROL).to(BOB).build());
        f.service.confirm(BOB, confirmedLater.id());
        Map<String, Integer> keptByTheService = HelpRecount.actual(f.ao);
        assertThat(keptByTheService).isEqualTo(HelpRecount.expected(f.ao));
        forgetDepartments();
        f.orgStore.saveAll(List.of(new OrgPerson(CAROL.userKey(), null, "Legal")));

        new HelpDepartmentCounters().upgrade(ModelVersion.valueOf("4"), f.ao);

        HelpEntry upgraded = f.service.get(ADMIN, bobHelped.id());
        assertThat(upgraded.helperDepartment()).isEqualTo("Platform");
        assertThat(upgraded.helpedDepartment()).isEqualTo("Sales");
        assertThat(f.service.get(ADMIN, confirmedLater.id()).helperDepartment()).as("today's org chart").isEqualTo("Legal");
        assertThat(f.service.get(ADMIN, pending.id()).helperDepartment()).as("not confirmed: nothing recorded").isNull();
        assertThat(f.service.get(ADMIN, declined.id()).helpedDepartment()).isNull();
        Map<String, Integer> counted = HelpRecount.actual(f.ao);
        assertThat(counted).isEqualTo(HelpRecount.expected(f.ao));
        assertThat(f.service.ledger(ERIN, ALICE.userKey()).departments()).as("Sales (Bob), Legal (Carol); Dave has none").isEqualTo(2);
        assertThat(f.service.ledger(ERIN, BOB.userKey()).departments()).as("Platform (Alice), Legal (Carol)").isEqualTo(2);

        new HelpDepartmentCounters().upgrade(ModelVersion.valueOf("4"), f.ao);
        assertThat(HelpRecount.actual(f.ao)).as("a second run changes nothing").isEqualTo(counted);

        f.service.delete(ALICE, bobHelped.id());
        f.service.confirm(ERIN, pending.id());
        assertThat(HelpRecount.actual(f.ao)).as("the service goes on from the upgraded counters").isEqualTo(HelpRecount.expected(f.ao));
    }

    @Test
    void upgrade_leavesHelpWithTheAnonymousMarkerOutOfEveryonesBreadth() {
        f.orgStore.saveAll(List.of(new OrgPerson(ALICE.userKey(), null, "Platform"), new OrgPerson(BOB.userKey(), null, "Sales")));
        f.service.log(BOB, help().from(ALICE).to(BOB).build());
        for (HelpEntryEntity row : f.ao.find(HelpEntryEntity.class)) {
            row.setHelpedKey(AnonymousPerson.KEY);
            row.setLoggedByKey(AnonymousPerson.KEY);
            row.save();
        }
        new TallyStore(f.ao).deleteBoardsStartingWith("H");
        forgetDepartments();

        new HelpDepartmentCounters().upgrade(ModelVersion.valueOf("4"), f.ao);

        assertThat(HelpRecount.actual(f.ao).keySet()).noneMatch(k -> k.startsWith("HT|") || k.startsWith("HN|"));
        assertThat(f.service.ledger(ERIN, ALICE.userKey()).departments()).isZero();
    }

    @Test
    void upgrade_onAnInstallWithoutHelp_writesNothing() {
        new HelpDepartmentCounters().upgrade(ModelVersion.valueOf("0"), f.ao);

        assertThat(HelpRecount.actual(f.ao)).isEmpty();
    }

    /** As an install before model version 5: no departments on the entries, no breadth counters. */
    private void forgetDepartments() {
        for (HelpEntryEntity row : f.ao.find(HelpEntryEntity.class)) {
            row.setHelperDept(null);
            row.setHelpedDept(null);
            row.save();
        }
        f.tallies.deleteBoardsStartingWith("HT|");
        f.tallies.deleteBoard(HelpTallies.departments("-").board());
    }
}
