package org.rapport.recognition.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;
import org.rapport.testing.RestClient;
import org.rapport.testing.SettingsBody;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.RecognitionBody.aRecognition;

/**
 * The weekly allowance and the settings that set it, on a host of its own: admin sets the allowance
 * to 3 before the tests. Each giver's week is spent by one test only (alice, bob, carol, erin), or
 * by tests that first use up whatever is left (dave), so the order of tests does not matter.
 */
class AllowanceRestIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final int ALLOWANCE = 3;
    private static long teamwork;

    @BeforeAll
    static void allowanceOfThree() {
        HttpResult result = admin().put("settings", SettingsBody.current(admin()).with("weeklyAllowance", ALLOWANCE).build());
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("weeklyAllowance").asInt()).isEqualTo(ALLOWANCE);
        assertThat(result.json().path("categoryRequired").asBoolean()).as("unchanged default").isTrue();
        HttpResult categories = admin().get("categories");
        for (JsonNode category : categories.json()) {
            if ("Teamwork".equals(category.path("name").asText())) {
                teamwork = category.path("id").asLong();
            }
        }
        assertThat(teamwork).as("seeded Teamwork category in %s", categories).isPositive();
    }

    private static RestClient admin() {
        return host.as("admin");
    }

    /** Next Monday 00:00 UTC: when the ISO week's allowance renews. */
    private static Instant nextMondayUtc() {
        return Instant.now().atZone(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .truncatedTo(ChronoUnit.DAYS).toInstant();
    }

    private static JsonNode settings() {
        HttpResult result = admin().get("settings");
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        return result.json();
    }

    private static JsonNode allowanceOf(String user) {
        HttpResult result = host.as(user).get("recognitions/allowance");
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        return result.json();
    }

    private static HttpResult give(String giver, String recipient, String... headers) {
        return host.as(giver).post("recognitions", aRecognition(teamwork).to(recipient).build(), headers);
    }

    /** Gives until the allowance refuses; returns the refusal. */
    private static HttpResult useUpAllowance(String giver) {
        for (int i = 0; i <= ALLOWANCE; i++) {
            HttpResult result = give(giver, "alice");
            if (result.status() == 429) {
                return result;
            }
            assertThat(result.status()).as("%s", result).isEqualTo(201);
        }
        throw new AssertionError(giver + " gave more than " + ALLOWANCE + " recognitions this week");
    }

    private static List<Long> givenIds(String giver) {
        HttpResult result = host.as(giver).get("recognitions?givenBy=" + giver + "&limit=50");
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        result.json().path("items").forEach(r -> ids.add(r.path("id").asLong()));
        return ids;
    }

    /** Runs {@code count} calls at once (released together) and returns their answers. */
    private static List<HttpResult> concurrently(int count, Function<Integer, HttpResult> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResult>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<HttpResult> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(n);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all %d callers ready", count).isTrue();
            go.countDown();
            List<HttpResult> results = new ArrayList<>();
            for (Future<HttpResult> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> statusCounts(List<HttpResult> results) {
        return results.stream().collect(Collectors.groupingBy(HttpResult::status, Collectors.counting()));
    }

    // ---- the allowance ---------------------------------------------------------------------------------------------

    @Test
    void threeGivesAreAccepted_andTheFourthIs429WithRetryAfterAndTheRenewal() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < ALLOWANCE; i++) {
            statuses.add(give("alice", "bob").status());
        }

        HttpResult fourth = give("alice", "bob");

        assertThat(statuses).containsExactly(201, 201, 201);
        assertThat(fourth.status()).as("%s", fourth).isEqualTo(429);
        assertThat(fourth.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        long retryAfter = Long.parseLong(fourth.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After: " + fourth)));
        long untilRenewal = Duration.between(Instant.now(), nextMondayUtc()).getSeconds();
        assertThat(retryAfter).isPositive().isBetween(untilRenewal - 60, untilRenewal + 60);
        String renewal = nextMondayUtc().toString().substring(0, 10);
        assertThat(fourth.json().path("errors").get(0).path("message").asText())
                .isEqualTo("You have given all 3 recognitions of this week. Your allowance renews on " + renewal + " 00:00 UTC.");
        assertThat(givenIds("alice")).as("the refused give created nothing").hasSize(ALLOWANCE);
    }

    @Test
    void allowance_countsEachGive_untilNoneRemains() {
        JsonNode fresh = allowanceOf("erin");
        give("erin", "dave");
        JsonNode afterOne = allowanceOf("erin");
        give("erin", "dave");
        give("erin", "dave");

        JsonNode spent = allowanceOf("erin");

        assertThat(fresh.path("limit").asInt()).isEqualTo(ALLOWANCE);
        assertThat(fresh.path("used").asInt()).isZero();
        assertThat(fresh.path("remaining").asInt()).isEqualTo(ALLOWANCE);
        assertThat(afterOne.path("used").asInt()).isEqualTo(1);
        assertThat(afterOne.path("remaining").asInt()).isEqualTo(2);
        assertThat(spent.path("limit").asInt()).isEqualTo(ALLOWANCE);
        assertThat(spent.path("used").asInt()).isEqualTo(3);
        assertThat(spent.path("remaining").asInt()).isZero();
        assertThat(Instant.parse(spent.path("resetsAt").asText())).isEqualTo(nextMondayUtc());
    }

    @Test
    void allowance_afterA429_stillShowsUsed3Remaining0() {
        useUpAllowance("dave");

        JsonNode allowance = allowanceOf("dave");

        assertThat(allowance.path("used").asInt()).isEqualTo(ALLOWANCE);
        assertThat(allowance.path("remaining").asInt()).isZero();
    }

    @Test
    void allowanceRefusal_withAcceptLanguageGerman_isInGerman() {
        useUpAllowance("dave");

        HttpResult result = give("dave", "alice", "Accept-Language", "de-DE,de;q=0.9");

        assertThat(result.status()).as("%s", result).isEqualTo(429);
        String renewal = nextMondayUtc().toString().substring(0, 10);
        assertThat(result.json().path("errors").get(0).path("message").asText())
                .isEqualTo("Sie haben alle 3 Anerkennungen dieser Woche vergeben. Ihr Kontingent erneuert sich am " + renewal + " 00:00 UTC.");
    }

    @Test
    void fortyConcurrentGives_takeExactlyTheThreeSlots_andTheRestAre429() throws Exception {
        List<HttpResult> results = concurrently(40, n -> host.as("bob").post("recognitions",
                aRecognition(teamwork).to(n % 2 == 0 ? "alice" : "carol").message("Race " + n).build()));

        assertThat(statusCounts(results)).as("%s", results).isEqualTo(Map.of(201, 3L, 429, 37L));
        results.stream().filter(r -> r.status() == 429)
                .forEach(r -> assertThat(r.header("Retry-After")).as("%s", r).isPresent());
        Set<Long> created = results.stream().filter(r -> r.status() == 201).map(r -> r.json().path("id").asLong())
                .collect(Collectors.toSet());
        assertThat(new HashSet<>(givenIds("bob"))).isEqualTo(created).hasSize(3);
        assertThat(allowanceOf("bob").path("used").asInt()).isEqualTo(3);
    }

    @Test
    void hundredConcurrentGivesWithOneIdempotencyKey_giveExactlyOneRecognition() throws Exception {
        String key = "carol-" + UUID.randomUUID();
        Map<String, Object> body = aRecognition(teamwork).to("dave").message("Thanks, once").build();

        List<HttpResult> results = concurrently(100, n -> host.as("carol").post("recognitions", body, "Idempotency-Key", key));

        assertThat(results).as("%s", statusCounts(results)).allSatisfy(r -> assertThat(r.status()).as("%s", r).isIn(200, 201));
        Set<Long> ids = results.stream().map(r -> r.json().path("id").asLong()).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(givenIds("carol")).containsExactlyElementsOf(ids);
        assertThat(allowanceOf("carol").path("used").asInt()).as("one slot of the allowance").isEqualTo(1);
    }

    @Test
    void giveWithoutCategory_whenAdminsMadeCategoriesOptional_isAccepted() {
        HttpResult optional = admin().put("settings", SettingsBody.current(admin()).with("categoryRequired", false).build());
        try {
            assertThat(optional.status()).as("%s", optional).isEqualTo(200);
            assertThat(optional.json().path("weeklyAllowance").asInt()).as("the other rules are kept").isEqualTo(ALLOWANCE);

            HttpResult result = admin().post("recognitions", aRecognition(teamwork).to("erin").without("categoryId").build());

            assertThat(result.status()).as("%s", result).isEqualTo(201);
            assertThat(result.json().path("category").isNull()).as("%s", result).isTrue();
        } finally {
            assertThat(admin().put("settings", SettingsBody.current(admin()).with("categoryRequired", true).build()).status()).isEqualTo(200);
        }
    }

    // ---- settings --------------------------------------------------------------------------------------------------

    @Test
    void settings_areReadableByAnySignedInPerson() {
        HttpResult result = host.as("alice").get("settings");

        assertThat(result.status()).as("%s", result).isEqualTo(200);
        assertThat(result.json().path("weeklyAllowance").asInt()).isEqualTo(ALLOWANCE);
        assertThat(result.json().path("categoryRequired").isBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "bob"})
    void settingsChange_byNonAdmin_answers403AndChangesNothing(String user) {
        JsonNode before = settings();

        HttpResult result = host.as(user).put("settings", SettingsBody.current(host.as(user)).with("weeklyAllowance", 0).build());

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(result.errorFields()).isNotEmpty();
        assertThat(settings()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {101, -1, 1000, Integer.MIN_VALUE})
    void settingsChange_withAllowanceOutOfRange_isRefusedOnWeeklyAllowance(int allowance) {
        JsonNode before = settings();

        HttpResult result = admin().put("settings", SettingsBody.current(admin()).with("weeklyAllowance", allowance).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("weeklyAllowance");
        assertThat(result.errorMessage("weeklyAllowance")).isEqualTo("Use a whole number from 0 to 100.");
        assertThat(settings()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"three\"", "[3]", "{\"value\": 3}", "true"})
    void settingsChange_withAllowanceOfWrongType_isRefusedOnWeeklyAllowance(String json) {
        HttpResult result = admin().put("settings", "{\"weeklyAllowance\": " + json + "}");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("weeklyAllowance");
    }

    @Test
    void settingsChange_withAllowanceBeyondTheIntRange_isRefusedOnWeeklyAllowance_notAsMalformedJson() {
        HttpResult result = admin().put("settings", "{\"weeklyAllowance\": 99999999999}");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).as("valid JSON, a number too big for the field").containsExactly("weeklyAllowance");
        assertThat(result.errorMessage("weeklyAllowance")).isEqualTo("This value has the wrong type.");
    }

    @Test
    void settingsChange_withUnknownField_isRefusedNamingThatField() {
        HttpResult result = admin().put("settings", SettingsBody.current(admin()).with("dailyAllowance", 5).build());

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("dailyAllowance");
    }

    @Test
    void settingsChange_withGermanAcceptLanguage_reportsInGerman() {
        HttpResult result = admin().put("settings", SettingsBody.current(admin()).with("weeklyAllowance", 101).build(), "Accept-Language", "de");

        assertThat(result.status()).as("%s", result).isEqualTo(400);
        assertThat(result.errorMessage("weeklyAllowance")).isEqualTo("Verwenden Sie eine ganze Zahl von 0 bis 100.");
    }

    @Test
    void formEncodedSettingsChange_isRefusedAsXsrf() {
        JsonNode before = settings();

        HttpResult result = admin().put("settings", "weeklyAllowance=50", "Content-Type", "application/x-www-form-urlencoded");

        assertThat(result.status()).as("%s", result).isEqualTo(403);
        assertThat(result.json().path("errors").get(0).path("message").asText()).contains("XSRF");
        assertThat(settings()).isEqualTo(before);
    }
}
