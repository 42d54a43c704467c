package org.rapport.mentoring.profile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.mentoring.MentoringFixture;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.skills.SkillTag;
import org.rapport.testing.TestDatabase;

import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.mentoring.MentoringFixture.ADMIN;
import static org.rapport.mentoring.MentoringFixture.ALICE;
import static org.rapport.mentoring.MentoringFixture.BOB;

/** Mentor and mentee profiles on a real database: validation, who may edit and read, tags through the vocabulary. */
@Tag("database")
class MentoringProfileServiceTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private MentoringFixture f;

    @BeforeAll
    static void schema() {
        MentoringFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new MentoringFixture(db);
    }

    @Test
    void saveMentorProfile_storesNormalisedTagsAndReplacesOnSecondSave() {
        f.profiles.saveMentorProfile(ALICE, ALICE.userKey(),
                MentorProfileDraft.of(List.of("Kubernetes", " spring boot "), 3, false, "Ops for ten years", "Europe/Berlin"));
        MentorProfile saved = f.profiles.saveMentorProfile(ALICE, ALICE.userKey(),
                MentorProfileDraft.of(List.of("Kubernetes", "java"), 2, true, "", "UTC"));

        assertThat(saved.skills()).containsExactly(new SkillTag("kubernetes"), new SkillTag("java"));
        assertThat(saved.capacity()).isEqualTo(2);
        assertThat(saved.paused()).isTrue();
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(f.profiles.mentorProfile(BOB, ALICE.userKey())).contains(saved);
    }

    @Test
    void saveMenteeProfile_roundTripsGoalsSkillsAndPreferences() {
        MenteeProfile saved = f.profiles.saveMenteeProfile(BOB, BOB.userKey(),
                MenteeProfileDraft.of("Learn to run clusters", List.of("Kubernetes"), true, true, "America/New_York"));

        assertThat(f.profiles.menteeProfile(BOB, BOB.userKey())).contains(saved);
        assertThat(saved.goals()).isEqualTo("Learn to run clusters");
        assertThat(saved.skills()).containsExactly(new SkillTag("kubernetes"));
        assertThat(saved.preferOtherDepartment()).isTrue();
        assertThat(saved.preferOverlappingTimezone()).isTrue();
    }

    @Test
    void profiles_onlyTheOwnerOrAnAdminEdits() {
        MentorProfileDraft draft = MentorProfileDraft.of(List.of("java"), 1, false, "", "UTC");
        assertThatThrownBy(() -> f.profiles.saveMentorProfile(BOB, ALICE.userKey(), draft)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> f.profiles.saveMenteeProfile(BOB, ALICE.userKey(),
                MenteeProfileDraft.of("", List.of(), false, false, "UTC"))).isInstanceOf(ForbiddenException.class);
        assertThat(f.profiles.mentorProfile(ALICE, ALICE.userKey())).isEmpty();

        assertThat(f.profiles.saveMentorProfile(ADMIN, ALICE.userKey(), draft).personKey()).isEqualTo(ALICE.userKey());
    }

    @Test
    void menteeProfile_isPrivateToItsOwnerAndAdmins() {
        f.mentee(BOB, "UTC", "java");
        assertThatThrownBy(() -> f.profiles.menteeProfile(ALICE, BOB.userKey())).isInstanceOf(NotFoundException.class);
        assertThat(f.profiles.menteeProfile(ADMIN, BOB.userKey())).isPresent();
    }

    @Test
    void mentorDraft_rejectsEachBadFieldByName() {
        List<String> elevenSkills = IntStream.range(0, 11).mapToObj(i -> "skill" + i).toList();
        assertThat(fields(() -> MentorProfileDraft.of(elevenSkills, 11, false, "x".repeat(501), "Mars/Olympus")))
                .containsExactlyInAnyOrder("skills", "capacity", "bio", "timeZone");
        assertThat(fields(() -> MentorProfileDraft.of(List.of(), -1, false, "", "")))
                .containsExactlyInAnyOrder("capacity", "timeZone");
        assertThat(fields(() -> MentorProfileDraft.of(List.of(), null, false, "", "Z".repeat(65))))
                .containsExactlyInAnyOrder("capacity", "timeZone");
        assertThat(MentorProfileDraft.of(List.of(), 0, false, "x".repeat(500), "+02:00").capacity()).isZero();
        assertThat(MentorProfileDraft.of(Collections.nCopies(10, "java"), 10, false, null, "UTC").skills()).hasSize(1);
    }

    @Test
    void menteeDraft_rejectsLongGoalsAndBadSkills() {
        assertThat(fields(() -> MenteeProfileDraft.of("g".repeat(1001), List.of("no spaces?!"), null, null, "UTC")))
                .containsExactlyInAnyOrder("goals", "skills");
        assertThat(MenteeProfileDraft.of("g".repeat(1000), List.of(), null, null, "UTC").goals()).hasSize(1000);
    }

    @Test
    void invalidSave_changesNothing() {
        f.mentor(ALICE, 2, false, "UTC", "java");
        assertThatThrownBy(() -> f.profiles.saveMentorProfile(ALICE, ALICE.userKey(),
                MentorProfileDraft.of(List.of("go"), 99, false, "", "UTC"))).isInstanceOf(InvalidInputException.class);
        assertThat(f.profiles.mentorProfile(ALICE, ALICE.userKey()).orElseThrow().skills()).containsExactly(new SkillTag("java"));
    }

    @Test
    void skillsMerge_rePointsMentorAndMenteeTags_withoutDuplicates() {
        f.mentor(ALICE, 2, false, "UTC", "k8s", "kubernetes", "go");
        f.mentee(BOB, "UTC", "k8s");

        f.helpAdmin.mergeSkills(ADMIN, "k8s", "kubernetes");

        assertThat(f.profiles.mentorProfile(BOB, ALICE.userKey()).orElseThrow().skills())
                .containsExactlyInAnyOrder(new SkillTag("kubernetes"), new SkillTag("go"));
        assertThat(f.profiles.menteeProfile(BOB, BOB.userKey()).orElseThrow().skills()).containsExactly(new SkillTag("kubernetes"));
        assertThat(f.mentor(ALICE, 2, false, "UTC", "k8s").skills()).as("the alias resolves on the next save")
                .containsExactly(new SkillTag("kubernetes"));
    }

    private static List<String> fields(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected InvalidInputException");
    }
}
