package org.rapport.standalone.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard lists the host's people 50 at a time in name order, with links to the next and
 * previous page, however many people the host has (it rendered every one of 50,000 in one page).
 */
class DashboardPagingIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();
    private static final Pattern PERSON = Pattern.compile("<tr><td><a href=\"[^\"]*ViewProfile\\.jspa\\?name=([^\"]+)\">");

    @BeforeAll
    static void manyPeople() throws Exception {
        try (Connection c = host.database();
             PreparedStatement ps = c.prepareStatement("INSERT INTO RAPPORT_HOST_USER (USER_KEY, USERNAME, DISPLAY_NAME, EMAIL,"
                     + " PASSWORD_HASH, MANAGER_KEY, IS_ADMIN, IS_ACTIVE) VALUES (?, ?, ?, ?, 'x', NULL, FALSE, TRUE)")) {
            for (int i = 0; i < 114; i++) {
                ps.setString(1, "colleague" + i);
                ps.setString(2, "colleague" + i);
                ps.setString(3, String.format("Colleague %03d", i));
                ps.setString(4, "c" + i + "@example.com");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Test
    void dashboard_pagesPeople_andWalksForwardAndBack() {
        RestClient alice = host.as("alice");
        HttpResult first = alice.get("/secure/Dashboard.jspa");
        assertThat(first.status()).isEqualTo(200);
        assertThat(people(first)).hasSize(50).first().isEqualTo("admin");
        assertThat(first.body()).doesNotContain("host-people-previous");

        List<String> everyone = new ArrayList<>(people(first));
        HttpResult page = first;
        int pages = 1;
        while (link(page, "host-people-next") != null) {
            page = alice.get(link(page, "host-people-next"));
            assertThat(page.status()).isEqualTo(200);
            assertThat(link(page, "host-people-previous")).isNotNull();
            everyone.addAll(people(page));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(everyone).hasSize(120).doesNotHaveDuplicates().contains("alice", "erin", "colleague0", "colleague113");

        HttpResult back = alice.get(link(page, "host-people-previous"));
        assertThat(people(back)).isEqualTo(everyone.subList(50, 100));
    }

    private static List<String> people(HttpResult page) {
        List<String> names = new ArrayList<>();
        Matcher m = PERSON.matcher(page.body());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String link(HttpResult page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(page.body());
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }
}
