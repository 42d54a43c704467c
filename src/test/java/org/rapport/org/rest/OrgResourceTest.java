package org.rapport.org.rest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.org.OrgFixture;
import org.rapport.standalone.i18n.HostI18nResolver;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestInMemory;
import org.rapport.testing.TestDatabase;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /org/people} in memory (the fast REST layer) over a real database: codes, field errors, JSON. */
@Tag("database")
class OrgResourceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private RestInMemory rest;

    @BeforeAll
    static void schema() {
        OrgFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        OrgFixture org = new OrgFixture(db);
        rest = new RestInMemory(org.users);
        OrgViews views = new OrgViews(org.people, new HostI18nResolver(OrgResourceTest.class.getClassLoader(), "i18n/rapport"));
        rest.register(new OrgResource(org.service, views, org.people, org.permissions));
        assertThat(rest.as("admin-key").put("org/people/bob-key", Map.of("manager", "alice", "department", "Sales")).status())
                .isEqualTo(200);
    }

    @Test
    void edit_byAdmin_answersThePerson() {
        HttpResult result = rest.as("admin-key").put("org/people/bob-key", Map.of("manager", "", "department", "Legal"));

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("person").path("username").asText()).isEqualTo("bob");
        assertThat(result.json().path("manager").isNull()).isTrue();
        assertThat(result.json().path("department").asText()).isEqualTo("Legal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null"})
    void edit_withoutABody_is400OnBody_andKeepsThePerson(String body) {
        HttpResult result = rest.as("admin-key").put("org/people/bob-key", body);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("body");
        assertThat(department("bob-key")).isEqualTo("Sales");
    }

    @Test
    void edit_withAMissingField_namesEachOne_andKeepsThePerson() {
        HttpResult empty = rest.as("admin-key").put("org/people/bob-key", "{}");
        HttpResult half = rest.as("admin-key").put("org/people/bob-key", Map.of("department", ""));

        assertThat(empty.errorFields()).containsExactly("manager", "department");
        assertThat(half.errorFields()).containsExactly("manager");
        assertThat(department("bob-key")).isEqualTo("Sales");
    }

    @Test
    void edit_byMember_is403_byNobody_is401() {
        assertThat(rest.as("carol-key").put("org/people/bob-key", Map.of("manager", "", "department", "")).status()).isEqualTo(403);
        assertThat(rest.anonymous().put("org/people/bob-key", Map.of("manager", "", "department", "")).status()).isEqualTo(401);
        assertThat(department("bob-key")).isEqualTo("Sales");
    }

    private String department(String userKey) {
        return rest.as("carol-key").get("org/people/" + userKey).json().path("department").asText();
    }
}
