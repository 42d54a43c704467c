package org.rapport.mentoring.profile.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /rest/rapport/1.0/mentoring} on the real host with the real plugin jar: own profiles,
 * public mentor profiles, suggestions, status codes, field errors and XSRF. Demo org data: alice
 * manages bob and carol; dave manages erin.
 */
class MentoringRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static Map<String, Object> mentor(String skill, int capacity, boolean paused) {
        Map<String, Object> body = new HashMap<>();
        body.put("skills", List.of(skill));
        body.put("capacity", capacity);
        body.put("paused", paused);
        body.put("bio", "I run <b>clusters</b>");
        body.put("timeZone", "Europe/Berlin");
        return body;
    }

    @Test
    void mentorProfile_savedByItsOwner_readableByColleagues() {
        HttpResult saved = host.as("dave").put("mentoring/profile/mentor", mentor("Data Pipelines", 3, false));
        assertThat(saved.status()).as(saved.abbreviated()).isEqualTo(200);
        assertThat(saved.json().path("skills").get(0).asText()).isEqualTo("data-pipelines");

        JsonNode own = host.as("dave").get("mentoring/profile/mentor").json();
        assertThat(own.path("capacity").asInt()).isEqualTo(3);
        assertThat(own.path("open").asBoolean()).isTrue();

        HttpResult seen = host.as("erin").get("mentoring/mentors/dave");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().path("bio").asText()).isEqualTo("I run <b>clusters</b>");
        assertThat(host.as("erin").get("mentoring/mentors/nobody-here").status()).isEqualTo(404);
        assertThat(host.as("erin").get("mentoring/profile/mentor").status()).isEqualTo(404);
    }

    @Test
    void badInput_is400NamingEachField_andChangesNothing() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("skills", List.of("ok", "not ok!"));
        bad.put("capacity", 11);
        bad.put("bio", "x".repeat(501));
        bad.put("timeZone", "Mars/Olympus");
        HttpResult result = host.as("erin").put("mentoring/profile/mentor", bad);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("skills", "capacity", "bio", "timeZone");
        assertThat(host.as("erin").get("mentoring/profile/mentor").status()).isEqualTo(404);

        Map<String, Object> mentee = new HashMap<>();
        mentee.put("goals", "g".repeat(1001));
        mentee.put("timeZone", "Z".repeat(65));
        HttpResult menteeResult = host.as("erin").put("mentoring/profile/mentee", mentee);
        assertThat(menteeResult.status()).isEqualTo(400);
        assertThat(menteeResult.errorFields()).containsExactlyInAnyOrder("goals", "timeZone");

        assertThat(host.as("erin").put("mentoring/profile/mentor", "[1,2]").status()).isEqualTo(400);
        assertThat(host.as("erin").put("mentoring/profile/mentor", Map.of("capacity", "many")).status()).isEqualTo(400);
    }

    @Test
    void suggestions_need400MenteeProfile_thenExcludeTheManagementChain() {
        HttpResult none = host.as("bob").get("mentoring/suggestions");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("menteeProfile");

        host.as("alice").put("mentoring/profile/mentor", mentor("terraform", 2, false));
        host.as("carol").put("mentoring/profile/mentor", mentor("terraform", 2, false));
        Map<String, Object> mentee = new HashMap<>();
        mentee.put("goals", "Automate our infrastructure");
        mentee.put("skills", List.of("Terraform"));
        mentee.put("preferOtherDepartment", true);
        mentee.put("preferOverlappingTimezone", false);
        mentee.put("timeZone", "UTC");
        assertThat(host.as("bob").put("mentoring/profile/mentee", mentee).status()).isEqualTo(200);
        assertThat(host.as("bob").get("mentoring/profile/mentee").json().path("goals").asText()).isEqualTo("Automate our infrastructure");

        JsonNode suggestions = host.as("bob").get("mentoring/suggestions").json().path("suggestions");
        List<String> keys = new ArrayList<>();
        suggestions.forEach(s -> keys.add(s.path("mentor").path("person").path("username").asText()));
        assertThat(keys).containsExactly("carol");
        List<String> reasons = new ArrayList<>();
        suggestions.get(0).path("reasons").forEach(r -> reasons.add(r.path("text").asText()));
        assertThat(reasons).contains("Shares the skill terraform", "From another department (Design)");
        assertThat(suggestions.get(0).path("score").asInt()).isPositive();
    }

    @Test
    void anonymous_is401_andStateChangesNeedJsonOrTheXsrfHeader() {
        assertThat(host.anonymous().get("mentoring/suggestions").status()).isEqualTo(401);
        assertThat(host.anonymous().put("mentoring/profile/mentor", mentor("go", 1, false)).status()).isEqualTo(401);
        HttpResult form = host.as("bob").put("mentoring/profile/mentor", "capacity=1&timeZone=UTC",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(403);
        HttpResult bodyless = host.as("bob").send("PUT", "mentoring/profile/mentee", null);
        assertThat(bodyless.status()).isEqualTo(403);
    }
}
