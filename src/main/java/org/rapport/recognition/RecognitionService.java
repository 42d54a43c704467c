package org.rapport.recognition;

import org.rapport.tally.TallyConflictException;
import org.rapport.tally.Tallies;
import org.rapport.admin.RapportSettings;
import org.rapport.admin.SettingsService;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.Constraints;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.LimitExceededException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;
import org.rapport.platform.Retries;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.category.CategoryStore;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Giving, reading, editing and deleting recognitions, with the rules: no self-recognition,
 * existing recipients, an active category (required unless admins turned that off), the weekly
 * allowance, the giver's 15-minute edit window, and visibility (private ones only for the giver,
 * the recipients and admins; hidden ones only for admins).
 */
@Named
public class RecognitionService {
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final int IDEMPOTENCY_KEY_MAX = 100;
    /** How many linked recognitions the issue panel counts at most ("500+" beyond). */
    public static final int LINKED_CAP = 500;
    /** Gives that lose a race for an allowance slot try again; this many times at most. */
    private static final int ATTEMPTS = Retries.ATTEMPTS;

    private final RecognitionStore store;
    private final Tallies tallies;
    private final RecognitionNotifier notifier;
    private final ReactionStore reactions;
    private final CommentStore comments;
    private final CategoryStore categories;
    private final PeopleDirectory people;
    private final SettingsService settings;
    private final Transactions transactions;
    private final Permissions permissions;
    private final SystemClock clock;
    private final RecognitionRemoval removal;

    @Inject
    public RecognitionService(RecognitionStore store, Tallies tallies, RecognitionNotifier notifier,
                              ReactionStore reactions, CommentStore comments, CategoryStore categories, PeopleDirectory people,
                              SettingsService settings, Transactions transactions, Permissions permissions, SystemClock clock) {
        this.store = store;
        this.tallies = tallies;
        this.notifier = notifier;
        this.reactions = reactions;
        this.comments = comments;
        this.categories = categories;
        this.people = people;
        this.settings = settings;
        this.transactions = transactions;
        this.permissions = permissions;
        this.clock = clock;
        this.removal = new RecognitionRemoval(store, tallies, reactions, comments, notifier);
    }

    /**
     * The room's notifier, for reactions and comments (same package), which write their notices in
     * their own transactions through it.
     */
    RecognitionNotifier notifier() {
        return notifier;
    }

    /**
     * Gives a recognition. With an idempotency key, a repeated request (even 100 at once) returns
     * the recognition the first one created instead of creating another.
     */
    public Recognition give(Actor actor, RecognitionDraft draft, String idempotencyKey) {
        Actor giver = signedIn(actor);
        String idempotency = idempotency(giver, idempotencyKey);
        if (idempotencyKey != null) {
            Optional<Recognition> earlier = store.findByIdempotencyKey(idempotency);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        RapportSettings rules = settings.current();
        List<FieldError> refused = referenceErrors(giver, draft.recipientKeys(), draft.categoryId(), rules);
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.write(() -> {
                    Instant now = clock.now();
                    Recognition given = store.insert(giver.userKey(), draft, allowanceSlot(giver, rules, now), idempotency, now);
                    tallies.add(RecognitionTallies.of(given, 1));
                    notifier.recognised(given);
                    return given;
                });
            } catch (RuntimeException e) {
                if (!isRace(e)) {
                    throw e;
                }
                if (idempotencyKey != null) {
                    Optional<Recognition> winner = store.findByIdempotencyKey(idempotency);
                    if (winner.isPresent()) {
                        return winner.get();
                    }
                }
                if (attempt == ATTEMPTS) {
                    throw new ConflictException(FieldError.of("", "rapport.recognition.error.busy"), e);
                }
                Retries.pause(attempt);
            }
        }
    }

    /** A recognition the caller may see; anything else is not found. */
    public Recognition get(Actor actor, long id) {
        Actor viewer = signedIn(actor);
        Recognition recognition = store.find(id).orElseThrow(() -> new NotFoundException("recognition"));
        if (!visibleTo(recognition, viewer)) {
            throw new NotFoundException("recognition");
        }
        return recognition;
    }

    public Recognition edit(Actor actor, long id, RecognitionEdit edit) {
        Actor giver = signedIn(actor);
        checkCategory(edit.categoryId(), settings.current());
        return retrying(() -> transactions.write(() -> {
            Recognition existing = ownChangeable(giver, id);
            Recognition edited = store.updateContent(existing.id(), edit.message(),
                            edit.categoryId() == null ? 0 : edit.categoryId(), clock.now())
                    .orElseThrow(() -> new NotFoundException("recognition"));
            if (edited.hidden() != existing.hidden()) {
                // An admin hid it meanwhile (our update waited for their lock): start over, which refuses.
                throw new TallyConflictException("recognition " + id + " was hidden meanwhile");
            }
            tallies.add(RecognitionTallies.plus(RecognitionTallies.of(existing, -1), RecognitionTallies.of(edited, 1)));
            return edited;
        }));
    }

    public void delete(Actor actor, long id) {
        Actor giver = signedIn(actor);
        retrying(() -> transactions.write(() -> {
            Recognition existing = ownChangeable(giver, id);
            removal.remove(existing);
            return existing;
        }));
    }

    /** When the caller may still change a recognition of theirs; null when they may not. */
    public Instant editableUntil(Actor actor, Recognition recognition) {
        Instant until = recognition.createdAt().plus(EDIT_WINDOW);
        return actor != null && recognition.giverKey().equals(actor.userKey()) && clock.now().isBefore(until) ? until : null;
    }

    /** A page of recognitions the caller may see. */
    public FeedPage feed(Actor actor, FeedQuery query) {
        Actor viewer = signedIn(actor);
        boolean admin = permissions.isAdmin(viewer);
        List<Long> categoryIds = categoryFilter(query);
        if (categoryIds != null && categoryIds.isEmpty()) {
            return new FeedPage(List.of(), null);
        }
        List<Long> filterIds = categoryIds == null ? List.of() : categoryIds;
        FeedPage page;
        if (query.link() != null) {
            page = store.linkedPage(query.link().value(), admin, filterIds, query.cursor(), query.limit());
        } else if (query.givenBy() != null) {
            boolean all = admin || query.givenBy().equals(viewer.userKey());
            page = store.givenPage(query.givenBy(), new RecognitionStore.PageFilter(filterIds, !all, admin), query.cursor(), query.limit());
        } else if (query.receivedBy() != null) {
            boolean all = admin || query.receivedBy().equals(viewer.userKey());
            page = store.receivedPage(query.receivedBy(), new RecognitionStore.PageFilter(filterIds, !all, admin), query.cursor(), query.limit());
        } else {
            page = store.publicPage(filterIds, query.cursor(), query.limit());
        }
        List<Recognition> visible = page.items().stream().filter(r -> visibleTo(r, viewer, admin)).toList();
        return new FeedPage(visible, page.next());
    }

    /**
     * The latest recognitions a person received that the viewer may see (for panels: one SELECT;
     * each item's recipients list holds only that person).
     */
    public List<Recognition> latestReceived(Actor actor, String personKey, int limit) {
        Actor viewer = signedIn(actor);
        boolean admin = permissions.isAdmin(viewer);
        boolean all = admin || personKey.equals(viewer.userKey());
        return store.latestReceived(personKey, new RecognitionStore.PageFilter(List.of(), !all, admin), limit).stream().filter(r -> visibleTo(r, viewer, admin)).toList();
    }

    /**
     * The recognitions linked to an issue (or address) that the caller may see, newest first: the
     * latest {@code limit} in full and how many there are in all (counted among the newest
     * {@link #LINKED_CAP}). Three SELECTs whatever the data size: the linked rows' short columns;
     * the recipients of the first {@code limit} the caller plainly may see (public, or given by
     * them) and of the private ones of others (to learn which the caller received); the shown
     * recognitions themselves.
     */
    public Linked linkedTo(Actor actor, RecognitionLink link, int limit) {
        Actor viewer = signedIn(actor);
        boolean admin = permissions.isAdmin(viewer);
        String me = viewer.userKey();
        List<RecognitionStore.LinkedRef> refs = store.linkedTo(link.value(), admin, LINKED_CAP + 1);
        Predicate<RecognitionStore.LinkedRef> plainlyVisible = r -> admin
                || !r.hidden() && (r.visibility() == Visibility.PUBLIC || r.giverKey().equals(me));
        Set<Long> wanted = new LinkedHashSet<>();
        refs.stream().filter(plainlyVisible).limit(limit).forEach(r -> wanted.add(r.id()));
        refs.stream().filter(r -> !r.hidden() && !plainlyVisible.test(r)).forEach(r -> wanted.add(r.id()));
        Map<Long, List<String>> recipients = store.recipientsByRecognition(wanted);
        List<Long> visible = refs.stream()
                .filter(r -> plainlyVisible.test(r) || !r.hidden() && recipients.getOrDefault(r.id(), List.of()).contains(me))
                .map(RecognitionStore.LinkedRef::id)
                .toList();
        List<Recognition> latest = store.findAll(visible.stream().limit(limit).toList(), recipients).stream()
                .filter(r -> visibleTo(r, viewer, admin))
                .toList();
        return new Linked(latest, Math.min(visible.size(), LINKED_CAP), refs.size() > LINKED_CAP);
    }

    /** Recognitions linked to one thing: the latest ones, the total the caller may see, and whether it passed the cap. */
    public record Linked(List<Recognition> latest, int total, boolean moreThanTotal) {
        public Linked {
            latest = List.copyOf(latest);
        }
    }

    /** Those of the recognitions the caller may see. */
    public List<Recognition> visibleAmong(Actor actor, List<Recognition> candidates) {
        Actor viewer = signedIn(actor);
        boolean admin = permissions.isAdmin(viewer);
        return candidates.stream().filter(r -> visibleTo(r, viewer, admin)).toList();
    }

    /** Where the caller stands with the weekly allowance. */
    public Allowance allowance(Actor actor) {
        Actor giver = signedIn(actor);
        RapportSettings rules = settings.current();
        Instant now = clock.now();
        // Counted up to the limit (up to the largest limit when unlimited), so the answer costs the
        // same at any number of gives; "used" never shows more than that.
        int cap = rules.unlimited() ? RapportSettings.ALLOWANCE_MAX : rules.weeklyAllowance();
        int used = store.givenSince(giver.userKey(), weekStart(now), cap);
        return new Allowance(rules.weeklyAllowance(), used, AllowanceWeek.resetAfter(now));
    }

    /** The weekly allowance: {@code limit} 0 means unlimited. */
    public record Allowance(int limit, int used, Instant resetsAt) {
        public int remaining() {
            return limit == 0 ? Integer.MAX_VALUE : Math.max(0, limit - used);
        }
    }

    /** Runs a write again when it lost a race on a counter; other failures pass through. */
    public static <T> T retrying(Supplier<T> write) {
        return Retries.onRace(write, RecognitionService::isRace, null);
    }

    /**
     * A concurrent write got there first: a unique index refused ours, a counter moved, or the
     * database gave up waiting for the other writer (H2 reports a lost race as a lock timeout).
     */
    private static boolean isRace(RuntimeException e) {
        return e instanceof TallyConflictException || Constraints.isUniqueViolation(e) || Constraints.isTransient(e);
    }

    private boolean visibleTo(Recognition recognition, Actor viewer) {
        return visibleTo(recognition, viewer, permissions.isAdmin(viewer));
    }

    private static boolean visibleTo(Recognition recognition, Actor viewer, boolean admin) {
        if (admin) {
            return true;
        }
        if (recognition.hidden()) {
            return false;
        }
        return recognition.visibility() == Visibility.PUBLIC || recognition.involves(viewer.userKey());
    }

    private Recognition ownChangeable(Actor giver, long id) {
        Recognition existing = get(giver, id);
        if (!existing.giverKey().equals(giver.userKey())) {
            throw new ForbiddenException("change another person's recognition");
        }
        if (!clock.now().isBefore(existing.createdAt().plus(EDIT_WINDOW))) {
            throw new ConflictException(FieldError.of("", "rapport.recognition.error.edit.window", EDIT_WINDOW.toMinutes()));
        }
        return existing;
    }

    /**
     * The smallest free slot of the giver's weekly allowance; throws when none is left. Two bounded
     * reads (at most the allowance's size in rows, never the giver's whole week): how many they
     * gave this week, and which numbered slots they hold. Gives made while the allowance was
     * unlimited count against it too; a deleted recognition frees its slot.
     */
    private String allowanceSlot(Actor giver, RapportSettings rules, Instant now) {
        String week = AllowanceWeek.of(now).key();
        if (rules.unlimited()) {
            return giver.userKey() + "|" + week + "|u-" + UUID.randomUUID();
        }
        int limit = rules.weeklyAllowance();
        if (store.givenSince(giver.userKey(), weekStart(now), limit) < limit) {
            List<String> slots = new ArrayList<>(limit);
            for (int n = 1; n <= limit; n++) {
                slots.add(giver.userKey() + "|" + week + "|" + n);
            }
            Set<String> held = store.heldSlots(slots);
            for (String slot : slots) {
                if (!held.contains(slot)) {
                    return slot;
                }
            }
        }
        Instant reset = AllowanceWeek.resetAfter(now);
        throw new LimitExceededException(FieldError.of("", "rapport.recognition.error.allowance",
                limit, reset.toString().replace("T", " ").replace(":00Z", " UTC")), reset);
    }

    private static Instant weekStart(Instant now) {
        return AllowanceWeek.resetAfter(now).minus(Duration.ofDays(7));
    }

    /**
     * What is wrong with a give's references to stored data: recipients (oneself, unknown; at most
     * one error) and the category (required, unknown or archived). Raw values are fine: what the
     * draft refuses for its shape (no recipients, blank keys) is skipped here, so a resource can
     * report these together with the draft's own errors ({@link InvalidInputException#together}).
     */
    public List<FieldError> referenceErrors(Actor actor, List<String> recipientKeys, Long categoryId) {
        return referenceErrors(signedIn(actor), recipientKeys, categoryId, settings.current());
    }

    private List<FieldError> referenceErrors(Actor giver, List<String> recipientKeys, Long categoryId, RapportSettings rules) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : recipientKeys == null ? List.<String>of() : recipientKeys.stream().limit(RecognitionDraft.RECIPIENTS_MAX).toList()) {
            if (key == null || key.isBlank() || key.length() > 255) {
                continue;
            }
            if (key.strip().equals(giver.userKey())) {
                errors.add(FieldError.of("recipients", "rapport.recognition.error.recipients.self"));
                break;
            } else if (people.byKey(key.strip()).isEmpty()) {
                errors.add(FieldError.of("recipients", "rapport.recognition.error.recipients.unknown"));
                break;
            }
        }
        categoryError(categoryId, rules).ifPresent(errors::add);
        return errors;
    }

    private void checkCategory(Long categoryId, RapportSettings rules) {
        Optional<FieldError> error = categoryError(categoryId, rules);
        if (error.isPresent()) {
            throw new InvalidInputException(error.get());
        }
    }

    private Optional<FieldError> categoryError(Long categoryId, RapportSettings rules) {
        if (categoryId == null) {
            return rules.categoryRequired()
                    ? Optional.of(FieldError.of("categoryId", "rapport.recognition.error.category.required"))
                    : Optional.empty();
        }
        if (categoryId <= 0) {
            return Optional.of(FieldError.of("categoryId", "rapport.recognition.error.category"));
        }
        Optional<Category> category = categories.find(categoryId);
        if (category.isEmpty() || category.get().archived()) {
            return Optional.of(FieldError.of("categoryId", "rapport.recognition.error.category"));
        }
        return Optional.empty();
    }

    /** The category ids a query filters on: null for any; empty when nothing can match. */
    List<Long> categoryFilter(FeedQuery query) {
        if (!query.milestonesOnly()) {
            return query.categoryId() == null ? null : List.of(query.categoryId());
        }
        return categories.list(true).stream()
                .filter(Category::milestone)
                .map(Category::id)
                .filter(id -> query.categoryId() == null || id == query.categoryId())
                .toList();
    }

    private static String idempotency(Actor giver, String key) {
        if (key == null) {
            return "auto|" + UUID.randomUUID();
        }
        String clean = key.strip();
        if (clean.isEmpty() || clean.length() > IDEMPOTENCY_KEY_MAX || clean.chars().anyMatch(c -> c < 0x21 || c > 0x7E)) {
            throw new InvalidInputException(FieldError.of("Idempotency-Key", "rapport.recognition.error.idempotency", IDEMPOTENCY_KEY_MAX));
        }
        return giver.userKey() + "|" + clean;
    }

    private static Actor signedIn(Actor actor) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        return actor;
    }

    /** A short random pause so racing gives do not collide again in lockstep. */

}
