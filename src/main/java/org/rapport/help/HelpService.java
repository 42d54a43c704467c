package org.rapport.help;

import org.rapport.org.OrgChart;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;
import org.rapport.platform.Retries;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.platform.WorkLink;
import org.rapport.tally.Tally;
import org.rapport.tally.TallyConflictException;
import org.rapport.tally.Tallies;
import org.rapport.skills.SkillTag;
import org.rapport.skills.SkillVocabulary;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The help ledger's rules. Help is logged by the helped person (confirmed at once) or by the
 * helper (pending until the helped person confirms or declines; the helper may withdraw it).
 * Only confirmed help counts. Confirmed entries are public except their details, which only the
 * two people and admins see; pending and declined ones are seen only by the two and admins.
 * Counters move in the same transaction as the entry.
 */
@Named
public class HelpService {
    public static final int DAYS_BACK = 90;
    public static final int LIMIT_MAX = 50;
    public static final int PENDING_SHOWN = 20;
    public static final int TOP_SKILLS = 5;
    public static final int MONTHS = 12;
    public static final int ISSUE_PANEL_MAX = 10;
    private static final int ATTEMPTS = 8;

    private final HelpStore store;
    private final HelpKindStore kinds;
    private final Tallies tallies;
    private final SkillVocabulary skills;
    private final HelpNotifier notifier;
    private final PeopleDirectory people;
    private final OrgChart org;
    private final Transactions transactions;
    private final Permissions permissions;
    private final SystemClock clock;

    @Inject
    public HelpService(HelpStore store, HelpKindStore kinds, Tallies tallies, SkillVocabulary skills, HelpNotifier notifier,
                       PeopleDirectory people, OrgChart org, Transactions transactions, Permissions permissions, SystemClock clock) {
        this.org = org;
        this.store = store;
        this.kinds = kinds;
        this.tallies = tallies;
        this.skills = skills;
        this.notifier = notifier;
        this.people = people;
        this.transactions = transactions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * What is wrong with a log's people and kind, every field at once: the caller must be one of
     * the two, the other must exist, the kind must be active. Raw values are fine (blank ones are
     * the draft's own errors and skipped), so a resource can report these together with the
     * draft's ({@link InvalidInputException#together}).
     */
    public List<FieldError> referenceErrors(Actor actor, String helperKey, String helpedKey, String kindCode) {
        Actor caller = signedIn(actor);
        List<FieldError> errors = new ArrayList<>();
        String helper = helperKey == null ? "" : helperKey.strip();
        String helped = helpedKey == null ? "" : helpedKey.strip();
        boolean byHelped = helped.equals(caller.userKey());
        if (!helper.isEmpty() && !helped.isEmpty()) {
            if (!byHelped && !helper.equals(caller.userKey())) {
                errors.add(FieldError.of("helper", "rapport.help.error.caller"));
            } else {
                String other = byHelped ? helper : helped;
                if (other.length() > 255 || people.byKey(other).isEmpty()) {
                    errors.add(FieldError.of(byHelped ? "helper" : "helped", "rapport.help.error.person"));
                }
            }
        }
        if (kindCode != null && !kindCode.isBlank() && kindCode.length() <= 255
                && kinds.byCode(kindCode.strip()).filter(k -> !k.archived()).isEmpty()) {
            errors.add(FieldError.of("kind", "rapport.help.error.kind"));
        }
        return errors;
    }

    /** Today in UTC: the default day of help and the end of the allowed range. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    /** Logs help; the caller is the helper (entry pending) or the helped person (confirmed). */
    public HelpEntry log(Actor actor, HelpDraft draft) {
        Actor caller = signedIn(actor);
        boolean byHelped = draft.helpedKey().equals(caller.userKey());
        List<FieldError> refused = new ArrayList<>(referenceErrors(caller, draft.helperKey(), draft.helpedKey(), draft.kindCode()));
        LocalDate today = today();
        if (draft.helpedOn().isAfter(today)) {
            refused.add(FieldError.of("date", "rapport.help.error.date.future"));
        }
        if (draft.helpedOn().isBefore(today.minusDays(DAYS_BACK))) {
            refused.add(FieldError.of("date", "rapport.help.error.date.old", DAYS_BACK));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        HelpKind kind = kinds.byCode(draft.kindCode()).filter(k -> !k.archived()).orElseThrow();
        HelpStatus status = byHelped ? HelpStatus.CONFIRMED : HelpStatus.PENDING;
        return retrying(() -> transactions.write(() -> {
            HelpDraft canonical = draft.withSkills(skills.adopt(draft.skills()));
            HelpEntry entry = store.insert(canonical, caller.userKey(), status, kind.id(), clock.now(),
                    status == HelpStatus.CONFIRMED ? departments(draft.helperKey(), draft.helpedKey()) : HelpStore.Departments.NONE);
            if (entry.confirmed()) {
                count(entry, 1);
            } else {
                notifier.awaitsConfirmation(entry);
            }
            return entry;
        }));
    }

    /** The helped person confirms a pending entry: from now on it counts. */
    public HelpEntry confirm(Actor actor, long id) {
        return decide(actor, id, HelpStatus.CONFIRMED);
    }

    /** The helped person declines a pending entry: it never counts. */
    public HelpEntry decline(Actor actor, long id) {
        return decide(actor, id, HelpStatus.DECLINED);
    }

    /**
     * Deletes an entry: the helper withdraws a pending one; either person or an admin removes a
     * confirmed one (its counts go with it); the helper or an admin removes a declined one.
     */
    public void delete(Actor actor, long id) {
        Actor caller = signedIn(actor);
        retrying(() -> transactions.write(() -> {
            HelpEntry entry = visible(caller, id, permissions.isAdmin(caller));
            boolean admin = permissions.isAdmin(caller);
            boolean allowed = switch (entry.status()) {
                case PENDING -> entry.loggedByKey().equals(caller.userKey());
                case CONFIRMED -> admin || entry.involves(caller.userKey());
                case DECLINED -> admin || entry.helperKey().equals(caller.userKey());
            };
            if (!allowed) {
                throw new ForbiddenException("delete this help entry");
            }
            if (entry.status() == HelpStatus.PENDING) {
                takeDecisionSlot(tallies, entry);
            }
            if (!store.deleteIf(entry.id(), entry.status())) {
                // Deleted or decided meanwhile: read it again (gone: 404; decided: the rules above).
                throw new TallyConflictException("help entry " + entry.id() + " changed meanwhile");
            }
            // A withdrawn pending entry keeps its decision marker as a tombstone: a confirmation that read
            // the entry as pending before this commits then collides with the marker and, retried, finds the
            // entry gone. Removing the marker let that confirmation through, and its save() of the deleted
            // row (AO does not report an UPDATE of no rows) counted help that no longer existed.
            if (entry.status() != HelpStatus.PENDING) {
                tallies.deleteBoard(HelpTallies.decision(entry.id()).board());
            }
            if (entry.confirmed()) {
                count(entry, -1);
            } else if (entry.status() == HelpStatus.PENDING) {
                notifier.settled(entry);
            }
            return null;
        }));
    }

    /** One entry as the caller may see it (details only for the two people and admins). */
    public HelpEntry get(Actor actor, long id) {
        Actor viewer = signedIn(actor);
        boolean admin = permissions.isAdmin(viewer);
        return redacted(visible(viewer, id, admin), viewer, admin);
    }

    /**
     * A page of a person's help in one direction. Confirmed help is public; pending and declined
     * help only for the person themself and admins.
     */
    public HelpPage list(Actor actor, String personKey, boolean given, HelpStatus status, HelpCursor cursor, int limit) {
        Actor viewer = signedIn(actor);
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        boolean admin = permissions.isAdmin(viewer);
        if (status != HelpStatus.CONFIRMED && !admin && !personKey.equals(viewer.userKey())) {
            throw new ForbiddenException("see another person's unconfirmed help");
        }
        HelpPage page = store.page(personKey, given, status, cursor, limit);
        return new HelpPage(page.items().stream().map(e -> redacted(e, viewer, admin)).toList(), page.next());
    }

    /**
     * A person's ledger summary in a fixed number of SELECTs whatever the data size: one for the
     * counters (given, received, distinct colleagues, distinct departments, the months), one for the
     * top skills, and on one's own ledger two for the entries waiting for one's decision and two for
     * the help one logged that waits for the other person's. Departments are those the
     * colleagues were in when each entry was confirmed (see {@link HelpEntry}).
     */
    public HelpLedger ledger(Actor actor, String personKey) {
        Actor viewer = signedIn(actor);
        YearMonth now = YearMonth.from(today());
        List<Tally.Key> keys = new ArrayList<>(List.of(HelpTallies.given(HelpTallies.ALL, personKey),
                HelpTallies.received(HelpTallies.ALL, personKey), HelpTallies.colleagues(personKey),
                HelpTallies.departments(personKey)));
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth month = now.minusMonths(i);
            months.add(month);
            keys.add(HelpTallies.given(HelpTallies.month(month), personKey));
            keys.add(HelpTallies.received(HelpTallies.month(month), personKey));
        }
        Map<Tally.Key, Integer> counts = tallies.counts(keys);
        List<HelpLedger.SkillCount> top = tallies.top(HelpTallies.skillBoard(personKey), TOP_SKILLS).stream()
                .map(t -> new HelpLedger.SkillCount(t.subject(), t.count())).toList();
        List<HelpLedger.Month> chart = months.stream().map(m -> new HelpLedger.Month(m.toString(),
                counts.getOrDefault(HelpTallies.given(HelpTallies.month(m), personKey), 0),
                counts.getOrDefault(HelpTallies.received(HelpTallies.month(m), personKey), 0))).toList();
        boolean own = personKey.equals(viewer.userKey());
        List<HelpEntry> pending = own ? store.page(personKey, false, HelpStatus.PENDING, null, PENDING_SHOWN).items() : List.of();
        List<HelpEntry> awaiting = own ? store.page(personKey, true, HelpStatus.PENDING, null, PENDING_SHOWN).items() : List.of();
        return new HelpLedger(personKey,
                counts.getOrDefault(keys.get(0), 0), counts.getOrDefault(keys.get(1), 0), counts.getOrDefault(keys.get(2), 0),
                counts.getOrDefault(keys.get(3), 0), top, chart, pending, awaiting);
    }

    /** Confirmed help linked to an issue, newest first, at most {@link #ISSUE_PANEL_MAX}: two SELECTs. */
    public List<HelpEntry> forIssue(Actor actor, String issueKey) {
        Actor viewer = signedIn(actor);
        if (!WorkLink.isIssueKey(issueKey)) {
            return List.of();
        }
        boolean admin = permissions.isAdmin(viewer);
        return store.forTarget(issueKey, HelpStatus.CONFIRMED, ISSUE_PANEL_MAX).stream().map(e -> redacted(e, viewer, admin)).toList();
    }

    /** Given and received counts and top skills for panels: two SELECTs. */
    public PanelSummary panelSummary(String personKey, int topSkills) {
        Tally.Key given = HelpTallies.given(HelpTallies.ALL, personKey);
        Tally.Key received = HelpTallies.received(HelpTallies.ALL, personKey);
        Map<Tally.Key, Integer> counts = tallies.counts(List.of(given, received));
        List<HelpLedger.SkillCount> top = tallies.top(HelpTallies.skillBoard(personKey), topSkills).stream()
                .map(t -> new HelpLedger.SkillCount(t.subject(), t.count())).toList();
        return new PanelSummary(counts.getOrDefault(given, 0), counts.getOrDefault(received, 0), top);
    }

    /** What the profile panel shows of a person's help. */
    public record PanelSummary(int given, int received, List<HelpLedger.SkillCount> topSkills) {
    }

    /** The caller may delete this entry now (for showing the action; the delete checks again). */
    public boolean canDelete(Actor viewer, HelpEntry entry, boolean admin) {
        return switch (entry.status()) {
            case PENDING -> entry.loggedByKey().equals(viewer.userKey());
            case CONFIRMED -> admin || entry.involves(viewer.userKey());
            case DECLINED -> admin || entry.helperKey().equals(viewer.userKey());
        };
    }

    public boolean isAdmin(Actor viewer) {
        return permissions.isAdmin(viewer);
    }

    /**
     * Re-points every confirmed count after an admin merged tag {@code from} into {@code into}:
     * called by {@link HelpAdminService} inside its transaction.
     */
    void repointSkill(SkillTag from, SkillTag into) {
        Map<Tally.Key, Integer> deltas = new HashMap<>();
        for (HelpEntry before : store.repointSkill(from.name(), into.name())) {
            if (!before.confirmed()) {
                continue;
            }
            String board = HelpTallies.skillBoard(before.helperKey());
            deltas.merge(new Tally.Key(board, from.name()), -1, Integer::sum);
            if (before.skills().stream().noneMatch(s -> s.equals(into))) {
                deltas.merge(new Tally.Key(board, into.name()), 1, Integer::sum);
            }
        }
        tallies.add(deltas);
    }

    private HelpEntry decide(Actor actor, long id, HelpStatus decision) {
        Actor caller = signedIn(actor);
        return retrying(() -> transactions.write(() -> {
            HelpEntry entry = visible(caller, id, permissions.isAdmin(caller));
            if (!entry.helpedKey().equals(caller.userKey())) {
                throw new ForbiddenException("decide on help logged for someone else");
            }
            // Two decisions racing (on two nodes) can both read PENDING: READ COMMITTED lets the later
            // UPDATE through once the first commits. The decision counter's unique key settles it: the
            // loser's insert fails (or it sees the counter) and, retried, finds the entry decided.
            Tally.Key decisionKey = HelpTallies.decision(entry.id());
            if (entry.status() != HelpStatus.PENDING || tallies.counts(List.of(decisionKey)).getOrDefault(decisionKey, 0) > 0) {
                throw new ConflictException(FieldError.of("", "rapport.help.error.decided"));
            }
            tallies.add(Map.of(decisionKey, 1));
            HelpStore.Departments departments = decision == HelpStatus.CONFIRMED
                    ? departments(entry.helperKey(), entry.helpedKey()) : HelpStore.Departments.NONE;
            if (!store.changeStatus(entry.id(), HelpStatus.PENDING, decision, clock.now(), departments)) {
                throw new ConflictException(FieldError.of("", "rapport.help.error.decided"));
            }
            HelpEntry decided = entry.withStatus(decision, clock.now()).withDepartments(departments.helper(), departments.helped());
            count(decided, 1);
            notifier.settled(decided);
            notifier.decided(decided);
            return decided;
        }));
    }

    /** The two people's departments now (one SELECT): recorded on an entry when it is confirmed. */
    private HelpStore.Departments departments(String helperKey, String helpedKey) {
        Map<String, String> found = org.departmentsOf(List.of(helperKey, helpedKey));
        return new HelpStore.Departments(found.get(helperKey), found.get(helpedKey));
    }

    /**
     * Moves the counters of a confirmed entry, and the distinct-colleague counters when a pair's
     * counter appears (0 to 1) or disappears (1 to 0). A concurrent change of the same counters
     * makes the transaction fail and be retried.
     */
    private void count(HelpEntry entry, int sign) {
        count(tallies, entry, sign);
    }

    /**
     * Takes the decision slot of a pending entry before it is deleted, so a confirmation racing the
     * delete waits for it and then fails. A slot already taken means a decision committed after the
     * entry was read as pending: the transaction is retried and reads the decided entry.
     */
    static void takeDecisionSlot(Tallies tallies, HelpEntry entry) {
        Tally.Key slot = HelpTallies.decision(entry.id());
        if (tallies.counts(List.of(slot)).getOrDefault(slot, 0) > 0) {
            throw new TallyConflictException("help entry " + entry.id() + " was decided meanwhile");
        }
        tallies.add(Map.of(slot, 1));
    }

    /** {@link #count(HelpEntry, int)} for the help room's other writers (privacy erasure). */
    static void count(Tallies tallies, HelpEntry entry, int sign) {
        Map<Tally.Key, Integer> deltas = HelpTallies.of(entry, sign);
        if (deltas.isEmpty()) {
            return;
        }
        if (HelpTallies.countsAsPair(entry)) {
            // One SELECT for the pair and department counters: a distinct count moves when one appears or goes.
            Tally.Key helperPair = HelpTallies.pair(entry.helperKey(), entry.helpedKey());
            Tally.Key helpedPair = HelpTallies.pair(entry.helpedKey(), entry.helperKey());
            List<Tally.Key> keys = new ArrayList<>(List.of(helperPair, helpedPair));
            Tally.Key helperDepartment = entry.helpedDepartment() == null ? null
                    : HelpTallies.department(entry.helperKey(), entry.helpedDepartment());
            Tally.Key helpedDepartment = entry.helperDepartment() == null ? null
                    : HelpTallies.department(entry.helpedKey(), entry.helperDepartment());
            if (helperDepartment != null) {
                keys.add(helperDepartment);
            }
            if (helpedDepartment != null) {
                keys.add(helpedDepartment);
            }
            Map<Tally.Key, Integer> current = tallies.counts(keys);
            breadth(deltas, current.getOrDefault(helperPair, 0), sign, HelpTallies.colleagues(entry.helperKey()));
            breadth(deltas, current.getOrDefault(helpedPair, 0), sign, HelpTallies.colleagues(entry.helpedKey()));
            if (helperDepartment != null) {
                breadth(deltas, current.getOrDefault(helperDepartment, 0), sign, HelpTallies.departments(entry.helperKey()));
            }
            if (helpedDepartment != null) {
                breadth(deltas, current.getOrDefault(helpedDepartment, 0), sign, HelpTallies.departments(entry.helpedKey()));
            }
        }
        tallies.add(deltas);
    }

    /** Moves a distinct count when the counter under it appears (0 to 1) or disappears (1 to 0). */
    private static void breadth(Map<Tally.Key, Integer> deltas, int counter, int sign, Tally.Key distinct) {
        if ((sign > 0 && counter == 0) || (sign < 0 && counter == 1)) {
            deltas.merge(distinct, sign, Integer::sum);
        }
    }

    /** The entry if the viewer may know it exists: confirmed ones for everyone, others for the two and admins. */
    private HelpEntry visible(Actor viewer, long id, boolean admin) {
        HelpEntry entry = store.find(id).orElseThrow(() -> new NotFoundException("help entry"));
        if (!entry.confirmed() && !admin && !entry.involves(viewer.userKey())) {
            throw new NotFoundException("help entry");
        }
        return entry;
    }

    private static HelpEntry redacted(HelpEntry entry, Actor viewer, boolean admin) {
        if (admin || entry.involves(viewer.userKey())) {
            return entry;
        }
        return new HelpEntry(entry.id(), entry.helperKey(), entry.helpedKey(), entry.loggedByKey(), entry.status(), entry.summary(),
                null, entry.kindId(), entry.skills(), entry.link(), entry.minutes(), entry.helpedOn(), entry.createdAt(), entry.decidedAt());
    }

    /** Runs a write again when it lost a race on the help counters; after a few attempts the caller gets 409. */
    static <T> T retrying(Supplier<T> write) {
        return Retries.onRace(ATTEMPTS, write, e -> e instanceof TallyConflictException || Retries.constraintRace(e),
                FieldError.of("", "rapport.help.error.busy"));
    }

    private static Actor signedIn(Actor actor) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }
}
