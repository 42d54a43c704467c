package org.rapport.mentoring.programme;

import org.rapport.mentoring.matching.MatchScoring;
import org.rapport.mentoring.matching.MatchingOptions;
import org.rapport.mentoring.matching.MenteeRequest;
import org.rapport.mentoring.matching.MentorCandidate;
import org.rapport.mentoring.matching.ProgrammeMatch;
import org.rapport.mentoring.matching.ProgrammeMatching;
import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.mentoring.pairing.MentorshipStore;
import org.rapport.mentoring.pairing.NewMentorship;
import org.rapport.mentoring.pairing.PairingNotifier;
import org.rapport.mentoring.pairing.ProposedBy;
import org.rapport.mentoring.profile.ActiveMentees;
import org.rapport.mentoring.profile.HelpSkillEvidence;
import org.rapport.mentoring.profile.MenteeProfile;
import org.rapport.mentoring.profile.MentorProfile;
import org.rapport.mentoring.profile.MentoringStore;
import org.rapport.mentoring.settings.MentoringSettingsService;
import org.rapport.org.OrgChart;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.Retries;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.skills.SkillTag;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coordinator's programme: every pairing, programme health, and "match everyone waiting"
 * (preview, then commit as coordinator proposals). Every method checks that the caller coordinates
 * (admins and the configured group, see {@link MentoringSettingsService#requireCoordinator}).
 *
 * <p>Bounded: matching and health read at most {@value #POOL_MAX} mentee profiles, {@value #POOL_MAX}
 * open mentors and {@value #OPEN_PAIRINGS_MAX} open pairings (first by user key / id); beyond that the
 * answer says {@code truncated}. Waiting = a mentee profile with at least one skill and no proposed or
 * active pairing as mentee; candidates = open mentors with a free place (capacity minus active
 * mentees from {@link ActiveMentees}), never the mentee's management chain.
 */
@Named
public class MentoringProgramme {
    public static final int POOL_MAX = 2000;
    public static final int OPEN_PAIRINGS_MAX = 10_000;

    private final PairingOverviewStore overview;
    private final MentorshipStore pairings;
    private final MentoringStore profiles;
    private final MentoringSettingsService settings;
    private final ActiveMentees active;
    private final HelpSkillEvidence evidence;
    private final OrgChart org;
    private final Transactions transactions;
    private final SystemClock clock;
    private final PeopleDirectory people;
    private final PairingNotifier notifier;

    @Inject
    public MentoringProgramme(PairingOverviewStore overview, MentorshipStore pairings, MentoringStore profiles, MentoringSettingsService settings,
                              ActiveMentees active, HelpSkillEvidence evidence, OrgChart org, Transactions transactions,
                              SystemClock clock, PeopleDirectory people, PairingNotifier notifier) {
        this.overview = overview;
        this.pairings = pairings;
        this.notifier = notifier;
        this.profiles = profiles;
        this.settings = settings;
        this.active = active;
        this.evidence = evidence;
        this.org = org;
        this.transactions = transactions;
        this.clock = clock;
        this.people = people;
    }

    /** A page of pairings (optionally of one status) in id order with departments and health. */
    public ProgrammePage pairings(Actor actor, PairingPageRequest page) {
        settings.requireCoordinator(actor, "list the programme's pairings");
        List<Mentorship> rows = overview.pageById(page.status(), page.afterId(), page.limit() + 1);
        Long next = null;
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            next = rows.get(rows.size() - 1).id();
        }
        return new ProgrammePage(describe(rows, clock.now()), next);
    }

    /** Pairings after {@code afterId}, for the export (the caller checked the coordinator already). */
    List<ProgrammePairing> exportChunk(long afterId, int limit) {
        return describe(overview.pageById(null, afterId, limit), clock.now());
    }

    /** Checks the caller may export; the export then streams in chunks through {@link #exportChunk}. */
    public PairingCsv export(Actor actor) {
        settings.requireCoordinator(actor, "export the programme");
        return new PairingCsv(this::exportChunk, people::byKeyOrFormer);
    }

    public ProgrammeHealth health(Actor actor) {
        settings.requireCoordinator(actor, "see programme health");
        Instant now = clock.now();
        List<MenteeProfile> mentees = profiles.menteeProfiles(POOL_MAX + 1);
        List<MentorProfile> mentors = profiles.openMentors(POOL_MAX + 1);
        List<Mentorship> open = overview.openPairings(OPEN_PAIRINGS_MAX + 1);
        boolean truncated = mentees.size() > POOL_MAX || mentors.size() > POOL_MAX || open.size() > OPEN_PAIRINGS_MAX;
        mentees = mentees.subList(0, Math.min(POOL_MAX, mentees.size()));
        mentors = mentors.subList(0, Math.min(POOL_MAX, mentors.size()));
        open = open.subList(0, Math.min(OPEN_PAIRINGS_MAX, open.size()));

        Set<String> pairedMentees = new HashSet<>();
        Map<String, Integer> activeByMentor = new HashMap<>();
        int overdue = 0;
        for (Mentorship m : open) {
            pairedMentees.add(m.menteeKey());
            if (m.status() == MentorshipStatus.ACTIVE) {
                activeByMentor.merge(m.mentorKey(), 1, Integer::sum);
                overdue += m.overdueAt(now) ? 1 : 0;
            }
        }
        int matched = (int) mentees.stream().filter(p -> pairedMentees.contains(p.personKey())).count();
        Map<String, Integer> load = new LinkedHashMap<>();
        load.put(ProgrammeHealth.LOAD_IDLE, 0);
        load.put(ProgrammeHealth.LOAD_PARTLY, 0);
        load.put(ProgrammeHealth.LOAD_FULL, 0);
        double utilisationSum = 0;
        for (MentorProfile mentor : mentors) {
            int count = activeByMentor.getOrDefault(mentor.personKey(), 0);
            utilisationSum += (double) count / mentor.capacity();
            String bucket = count == 0 ? ProgrammeHealth.LOAD_IDLE
                    : count >= mentor.capacity() ? ProgrammeHealth.LOAD_FULL : ProgrammeHealth.LOAD_PARTLY;
            load.merge(bucket, 1, Integer::sum);
        }
        Map<MentorshipStatus, Integer> byStatus = overview.countsByStatus();
        int activeCount = byStatus.getOrDefault(MentorshipStatus.ACTIVE, 0);
        int withProfile = truncated ? mentees.size() : profiles.menteeProfileCount();
        return new ProgrammeHealth(withProfile, matched, share(matched, withProfile), mentors.size(),
                mentors.isEmpty() ? 0 : utilisationSum / mentors.size(), load, activeCount, overdue,
                share(overdue, activeCount), byStatus, truncated);
    }

    /** "Match everyone waiting", computed but not stored. */
    public MatchPreview preview(Actor actor) {
        settings.requireCoordinator(actor, "preview a programme match");
        Pool pool = pool();
        ProgrammeMatch match = new ProgrammeMatching(pool.scoring())
                .preview(pool.waiting(), pool.mentors(), MatchingOptions.DEFAULTS);
        return new MatchPreview(match, pool.truncated());
    }

    /**
     * Proposes the chosen pairs as a coordinator, in one transaction, after checking each again
     * against the current data (the preview may be old): the mentee still waits, the mentor is still
     * open with a free place (counting the pairs proposed earlier in this request), not in the
     * mentee's chain, and shares a skill. Others are skipped with their reason; repeating a commit
     * skips every pair as already paired.
     */
    public MatchCommit commit(Actor actor, MatchChoice choice) {
        settings.requireCoordinator(actor, "commit a programme match");
        // Another node proposed one of these pairs meanwhile: the retry sees it and skips it.
        return Retries.onceMoreOnUniqueViolation(() -> transactions.write(() -> commitNow(actor, choice)));
    }

    private MatchCommit commitNow(Actor actor, MatchChoice choice) {
        Pool pool = pool();
        Map<String, MenteeRequest> waiting = new HashMap<>();
        pool.waiting().forEach(m -> waiting.put(m.userKey(), m));
        Map<String, MentorCandidate> mentors = new HashMap<>();
        pool.mentors().forEach(m -> mentors.put(m.userKey(), m));
        Set<String> requested = new HashSet<>();
        choice.pairs().forEach(p -> requested.add(p.menteeKey()));
        Set<String> alreadyPaired = new HashSet<>();
        List<String> keys = List.copyOf(requested);
        for (int i = 0; i < keys.size(); i += PairingOverviewStore.KEYS_MAX) {
            alreadyPaired.addAll(overview.menteesWithOpenPairing(keys.subList(i, Math.min(keys.size(), i + PairingOverviewStore.KEYS_MAX))));
        }
        int cadence = settings.current().defaultCadenceDays();
        Instant now = clock.now();
        Map<String, Integer> taken = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Mentorship> created = new ArrayList<>();
        List<MatchCommit.Skipped> skipped = new ArrayList<>();
        for (MatchChoice.Pair pair : choice.pairs()) {
            MatchCommit.SkipReason reason = null;
            MenteeRequest mentee = waiting.get(pair.menteeKey());
            MentorCandidate mentor = mentors.get(pair.mentorKey());
            if (!seen.add(pair.menteeKey())) {
                reason = MatchCommit.SkipReason.DUPLICATE;
            } else if (alreadyPaired.contains(pair.menteeKey())) {
                reason = MatchCommit.SkipReason.ALREADY_PAIRED;
            } else if (mentee == null) {
                reason = MatchCommit.SkipReason.NOT_WAITING;
            } else if (mentee.excludes(pair.mentorKey())) {
                reason = MatchCommit.SkipReason.NOT_ALLOWED;
            } else if (mentor == null || mentor.freePlaces() - taken.getOrDefault(mentor.userKey(), 0) <= 0) {
                reason = MatchCommit.SkipReason.MENTOR_UNAVAILABLE;
            } else if (pool.scoring().score(mentee, mentor).isEmpty()) {
                reason = MatchCommit.SkipReason.NO_SHARED_SKILL;
            }
            if (reason != null) {
                skipped.add(new MatchCommit.Skipped(pair.menteeKey(), pair.mentorKey(), reason));
                continue;
            }
            taken.merge(mentor.userKey(), 1, Integer::sum);
            Mentorship proposal = pairings.insertProposed(new NewMentorship(mentor.userKey(), mentee.userKey(), ProposedBy.COORDINATOR,
                    actor.userKey(), "", cadence), now);
            // In the same transaction: a retried commit rolls the notices back with the pairs.
            notifier.proposed(proposal, actor.userKey());
            created.add(proposal);
        }
        return new MatchCommit(created, skipped);
    }

    /** Everyone matching considers, read in bounded queries; see the class comment. */
    private record Pool(List<MenteeRequest> waiting, List<MentorCandidate> mentors, MatchScoring scoring, boolean truncated) {
    }

    private Pool pool() {
        List<MenteeProfile> mentees = profiles.menteeProfiles(POOL_MAX + 1);
        List<MentorProfile> mentors = profiles.openMentors(POOL_MAX + 1);
        boolean truncated = mentees.size() > POOL_MAX || mentors.size() > POOL_MAX;
        mentees = mentees.subList(0, Math.min(POOL_MAX, mentees.size())).stream().filter(m -> !m.skills().isEmpty()).toList();
        mentors = mentors.subList(0, Math.min(POOL_MAX, mentors.size())).stream().filter(m -> !m.skills().isEmpty()).toList();

        List<String> menteeKeys = mentees.stream().map(MenteeProfile::personKey).toList();
        Set<String> paired = new HashSet<>();
        for (List<String> chunk : chunks(menteeKeys)) {
            paired.addAll(overview.menteesWithOpenPairing(chunk));
        }
        mentees = mentees.stream().filter(m -> !paired.contains(m.personKey())).toList();
        List<String> mentorKeys = mentors.stream().map(MentorProfile::personKey).toList();
        Map<String, Integer> activeCounts = new HashMap<>();
        for (List<String> chunk : chunks(mentorKeys)) {
            activeCounts.putAll(active.countsFor(chunk));
        }
        Set<String> everybody = new LinkedHashSet<>(mentorKeys);
        mentees.forEach(m -> everybody.add(m.personKey()));
        Map<String, String> departments = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(everybody))) {
            departments.putAll(org.departmentsOf(chunk));
        }
        Map<String, List<String>> chains = org.managementChainsOf(mentees.stream().map(MenteeProfile::personKey).toList());

        List<MenteeRequest> waiting = new ArrayList<>();
        Set<SkillTag> wanted = new HashSet<>();
        for (MenteeProfile m : mentees) {
            wanted.addAll(m.skills());
            waiting.add(new MenteeRequest(m.personKey(), Set.copyOf(names(m.skills())), departments.getOrDefault(m.personKey(), ""),
                    m.timeZone(), m.preferOtherDepartment(), m.preferOverlappingTimezone(),
                    Set.copyOf(chains.getOrDefault(m.personKey(), List.of()))));
        }
        List<MentorCandidate> candidates = new ArrayList<>();
        for (MentorProfile m : mentors) {
            candidates.add(MentorCandidate.of(m.personKey(), names(m.skills()), departments.getOrDefault(m.personKey(), ""),
                    m.timeZone(), m.capacity(), activeCounts.getOrDefault(m.personKey(), 0), m.paused()));
        }
        MatchScoring scoring = new MatchScoring(settings.current().weights(), evidence.snapshot(mentors, wanted), clock.now());
        return new Pool(waiting, candidates, scoring, truncated);
    }

    private List<ProgrammePairing> describe(List<Mentorship> rows, Instant now) {
        Set<String> keys = new HashSet<>();
        rows.forEach(m -> {
            keys.add(m.mentorKey());
            keys.add(m.menteeKey());
        });
        Map<String, String> departments = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            departments.putAll(org.departmentsOf(chunk));
        }
        return rows.stream().map(m -> new ProgrammePairing(m, departments.get(m.mentorKey()), departments.get(m.menteeKey()),
                PairingHealth.of(m, now))).toList();
    }

    private static List<List<String>> chunks(List<String> keys) {
        int size = Math.min(PairingOverviewStore.KEYS_MAX, OrgChart.KEYS_MAX);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += size) {
            chunks.add(keys.subList(i, Math.min(keys.size(), i + size)));
        }
        return chunks;
    }

    private static List<String> names(List<SkillTag> tags) {
        return tags.stream().map(SkillTag::name).toList();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

}
