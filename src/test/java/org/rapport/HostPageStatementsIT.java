package org.rapport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.WebSession;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * What the two busiest pages cost the plugin in SQL on the real host: every Rapport panel and the
 * header's mentoring conditions, as the host renders the whole page. At 16 clients on two cores a
 * page's latency is its wait for the CPU, and statements are most of a page's CPU (issue 16).
 * Counted through Active Objects, so the host's own statements (the session, which brings the
 * viewer's groups: {@code SessionStoreTest}; users: {@code UserStoreTest}) are not in these numbers.
 */
class HostPageStatementsIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    @BeforeAll
    static void recognitionsForBobOnRap1() {
        long categoryId = host.as("admin").get("categories").json().get(0).path("id").asLong();
        for (String giver : List.of("alice", "carol", "dave")) {
            assertThat(host.as(giver).post("recognitions", aRecognition(categoryId).to("bob").message("Thanks from " + giver)
                    .link("RAP-1").build()).status()).isEqualTo(201);
        }
    }

    private static WebSession signedIn(String username) {
        WebSession session = host.newSession();
        assertThat(session.signIn(username, username, "/").status()).isEqualTo(302);
        return session;
    }

    /**
     * Recognition: categories, counters, the latest received recognitions (3); help: counters, top
     * skills (2); mentoring: the mentor profile (1); the header's "My team" and "Programme"
     * conditions (2). Before issue 16's last changes: 9 (the latest recognitions were two SELECTs).
     */
    @Test
    void profileWithItsFourPanels_costsThePluginEightStatements() {
        WebSession erin = signedIn("erin");

        try (SqlCounter sql = host.countStatements()) {
            HttpResult result = erin.get("/secure/ViewProfile.jspa?name=bob");

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.body()).contains("Thanks from carol", "id=\"rapport-profile-help-panel\"", "id=\"rapport-profile-mentoring-panel\"",
                    "Programme");
            assertThat(sql.statements()).as("a profile with all four Rapport panels").hasSizeLessThanOrEqualTo(8);
        }
    }

    /**
     * Recognition: the linked rows, their recipients, the shown recognitions, categories (4); help:
     * the entries on the issue (1); the header's conditions (2).
     */
    @Test
    void issueViewWithItsTwoPanels_costsThePluginSevenStatements() {
        WebSession erin = signedIn("erin");

        try (SqlCounter sql = host.countStatements()) {
            HttpResult result = erin.get("/browse/RAP-1");

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.body()).contains("Thanks from alice", "Help on this issue", "Programme");
            assertThat(sql.statements()).as("the issue view with both Rapport panels").hasSizeLessThanOrEqualTo(7);
        }
    }
}
