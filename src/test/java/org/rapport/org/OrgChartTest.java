package org.rapport.org;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.org.OrgFixture.key;

@Tag("database")
class OrgChartTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private OrgFixture org;

    @BeforeAll
    static void schema() {
        OrgFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        org = new OrgFixture(db);
        org.service.importCsv(OrgFixture.ADMIN, """
                erin,,Board
                dave,erin,Sales
                alice,dave,Engineering
                bob,alice,Engineering
                carol,alice,
                """);
    }

    @Test
    void managerAndDepartment_ofOnePerson() {
        assertThat(org.chart.managerOf(key("bob"))).contains(key("alice"));
        assertThat(org.chart.managerOf(key("erin"))).isEmpty();
        assertThat(org.chart.managerOf("nobody-key")).isEmpty();
        assertThat(org.chart.departmentOf(key("bob"))).contains("Engineering");
        assertThat(org.chart.departmentOf(key("carol"))).isEmpty();
    }

    @Test
    void departmentsOf_manyPeople_isOneStatement_andLeavesOutThoseWithout() {
        try (SqlCounter sql = db.countStatements()) {
            assertThat(org.chart.departmentsOf(List.of(key("bob"), key("carol"), key("dave"), "nobody-key")))
                    .containsOnly(java.util.Map.entry(key("bob"), "Engineering"), java.util.Map.entry(key("dave"), "Sales"));
            assertThat(sql.statements()).hasSize(1);
        }
    }

    @Test
    void departmentsOf_refusesMoreKeysThanOneInListHolds() {
        List<String> keys = IntStream.rangeClosed(0, OrgChart.KEYS_MAX).mapToObj(i -> "k" + i).toList();
        assertThatThrownBy(() -> org.chart.departmentsOf(keys)).isInstanceOf(IllegalArgumentException.class);
        assertThat(org.chart.departmentsOf(List.of())).isEmpty();
    }

    @Test
    void directReportsAndIsManager() {
        assertThat(org.chart.directReportsOf(key("alice"))).containsExactly(key("bob"), key("carol"));
        assertThat(org.chart.directReportsOf(key("bob"))).isEmpty();
        assertThat(org.chart.isManager(key("alice"))).isTrue();
        assertThat(org.chart.isManager(key("erin"))).isTrue();
        assertThat(org.chart.isManager(key("bob"))).isFalse();
    }

    @Test
    void directReportsOf_isCapped() {
        List<OrgPerson> many = new ArrayList<>();
        for (int i = 0; i < OrgChart.REPORTS_MAX + 5; i++) {
            many.add(new OrgPerson("report-" + i, key("frank"), null));
        }
        org.store.saveAll(many);

        assertThat(org.chart.directReportsOf(key("frank"))).hasSize(OrgChart.REPORTS_MAX);
    }

    @Test
    void managementChain_goesUpNearestFirst() {
        assertThat(org.chart.managementChainOf(key("bob"))).containsExactly(key("alice"), key("dave"), key("erin"));
        assertThat(org.chart.managementChainOf(key("erin"))).isEmpty();
    }

    @Test
    void managementChain_stopsAtALoop_evenIfTheDataHasOne() {
        // Imports refuse loops; write one past them to prove the walk does not trust that.
        org.store.saveAll(List.of(new OrgPerson(key("erin"), key("bob"), "Board")));

        assertThat(org.chart.managementChainOf(key("bob"))).containsExactly(key("alice"), key("dave"), key("erin"));
    }

    @Test
    void managementChain_isCappedInDepth() {
        List<OrgPerson> chain = new ArrayList<>();
        for (int i = 0; i < OrgChart.CHAIN_MAX + 10; i++) {
            chain.add(new OrgPerson("p" + i, "p" + (i + 1), null));
        }
        org.store.saveAll(chain);

        assertThat(org.chart.managementChainOf("p0")).hasSize(OrgChart.CHAIN_MAX).startsWith("p1", "p2");
    }
}
