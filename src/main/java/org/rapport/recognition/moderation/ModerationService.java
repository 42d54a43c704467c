package org.rapport.recognition.moderation;

import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.Constraints;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.rapport.recognition.FeedCursor;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionNotifier;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.RecognitionStore;
import org.rapport.recognition.RecognitionTallies;
import org.rapport.tally.TallyConflictException;
import org.rapport.tally.Tallies;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moderation of recognitions. Anyone who may see a recognition (except its giver) can report it,
 * once while their report is open. Admins hide a recognition with a reason (it then counts nowhere
 * and only admins see it; its open reports are resolved), restore it, or dismiss its open reports.
 * Every admin action is logged with who, when and why.
 */
@Named
public class ModerationService {
    public static final int OPEN_COUNT_MAX = 999;
    public static final int LIMIT_MAX = 50;
    /** Open reports read per step while building a queue page, and steps at most (a hard cap per request). */
    private static final int SCAN_BATCH = 200;
    private static final int SCAN_STEPS = 10;
    /** Open reports shown per queue page, over all its recognitions. */
    private static final int REPORTS_PER_PAGE = 1000;

    private final RecognitionService recognitions;
    private final RecognitionStore store;
    private final Tallies tallies;
    private final RecognitionNotifier notifier;
    private final ModerationStore moderation;
    private final Transactions transactions;
    private final Permissions permissions;
    private final SystemClock clock;

    @Inject
    public ModerationService(RecognitionService recognitions, RecognitionStore store, Tallies tallies, RecognitionNotifier notifier,
                             ModerationStore moderation, Transactions transactions, Permissions permissions, SystemClock clock) {
        this.recognitions = recognitions;
        this.store = store;
        this.tallies = tallies;
        this.notifier = notifier;
        this.moderation = moderation;
        this.transactions = transactions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * Reports a recognition the caller may see. Not found when they may not see it; forbidden for
     * its giver (who can delete it in the edit window or ask an admin); a conflict while the
     * caller's earlier report of it is still open.
     */
    public Report report(Actor actor, long recognitionId, ModerationReason reason) {
        Recognition recognition = recognitions.get(actor, recognitionId);
        if (reason.isEmpty()) {
            throw new InvalidInputException(FieldError.of(ModerationReason.FIELD, "rapport.error.required"));
        }
        if (recognition.giverKey().equals(actor.userKey())) {
            throw new ForbiddenException("report your own recognition");
        }
        if (moderation.openReport(recognition.id(), actor.userKey()).isPresent()) {
            throw alreadyReported();
        }
        try {
            return transactions.write(() -> moderation.insertReport(recognition.id(), actor.userKey(), reason.text(), clock.now()));
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException(FieldError.of("", "rapport.moderation.error.reported"), e);
            }
            throw e;
        }
    }

    /**
     * Hides a recognition (admins only): it leaves every list, count and leaderboard for everyone
     * but admins, notifications about it are no longer shown, and its open reports are resolved.
     * Counters move in the same transaction.
     */
    public Hiding hide(Actor actor, long recognitionId, ModerationReason reason) {
        permissions.requireAdmin(actor, "hide a recognition");
        if (reason.isEmpty()) {
            throw new InvalidInputException(FieldError.of(ModerationReason.FIELD, "rapport.error.required"));
        }
        return RecognitionService.retrying(() -> transactions.write(() -> {
            Instant now = clock.now();
            Recognition before = store.find(recognitionId).orElseThrow(() -> new NotFoundException("recognition"));
            if (before.hidden()) {
                throw new ConflictException(FieldError.of("", "rapport.moderation.error.hidden.already"));
            }
            // The unique hiding row lets one of two racing admins through; the other retries and sees it hidden.
            Hiding hiding = moderation.insertHiding(before.id(), actor.userKey(), reason.text(), now);
            // Lock the rows first, then count what they hold now: an edit that committed meanwhile is included.
            Recognition hidden = store.setHidden(before.id(), true).orElseThrow(() -> new NotFoundException("recognition"));
            tallies.add(RecognitionTallies.of(asVisible(hidden, false), -1));
            notifier.hidden(hidden);
            List<String> reporters = moderation.resolveOpen(hidden.id(), ReportState.HIDDEN, actor.userKey(), now);
            notifier.moderated(hidden, reporters, true, actor.userKey());
            moderation.log(hidden.id(), "HIDE", actor.userKey(), reason.text(), now);
            return hiding;
        }));
    }

    /** Shows a hidden recognition again (admins only): counters, lists and notifications return. */
    public Recognition restore(Actor actor, long recognitionId) {
        permissions.requireAdmin(actor, "restore a recognition");
        return RecognitionService.retrying(() -> transactions.write(() -> {
            Instant now = clock.now();
            Recognition before = store.find(recognitionId).orElseThrow(() -> new NotFoundException("recognition"));
            if (!before.hidden()) {
                throw new ConflictException(FieldError.of("", "rapport.moderation.error.hidden.not"));
            }
            if (moderation.deleteHiding(before.id()) == 0) {
                // Another admin restored it a moment ago: start over, which then finds it shown.
                throw new TallyConflictException("recognition " + recognitionId + " was restored meanwhile");
            }
            Recognition shown = store.setHidden(before.id(), false).orElseThrow(() -> new NotFoundException("recognition"));
            tallies.add(RecognitionTallies.of(shown, 1));
            notifier.restored(shown);
            moderation.log(shown.id(), "RESTORE", actor.userKey(), null, now);
            return shown;
        }));
    }

    /** Resolves a recognition's open reports without hiding it (admins only); how many were resolved. */
    public int dismiss(Actor actor, long recognitionId, ModerationReason reason) {
        permissions.requireAdmin(actor, "dismiss reports");
        return transactions.write(() -> {
            Instant now = clock.now();
            Recognition recognition = store.find(recognitionId).orElseThrow(() -> new NotFoundException("recognition"));
            List<String> reporters = moderation.resolveOpen(recognition.id(), ReportState.DISMISSED, actor.userKey(), now);
            int resolved = reporters.size();
            if (resolved == 0) {
                throw new ConflictException(FieldError.of("", "rapport.moderation.error.no.reports"));
            }
            notifier.moderated(recognition, reporters, false, actor.userKey());
            moderation.log(recognition.id(), "DISMISS", actor.userKey(), reason.isEmpty() ? null : reason.text(), now);
            return resolved;
        });
    }

    /** How many reports are open (admins only), counting at most {@value #OPEN_COUNT_MAX}. */
    public int openReportCount(Actor actor) {
        permissions.requireAdmin(actor, "count open reports");
        return moderation.openCount(OPEN_COUNT_MAX);
    }

    /** A reported recognition in the queue, with its open reports newest first. */
    public record QueueItem(Recognition recognition, List<Report> reports) {
        public Instant latestReportAt() {
            return reports.get(0).createdAt();
        }
    }

    /** A page of the queue and where the next one starts (null at the end). */
    public record QueuePage(List<QueueItem> items, FeedCursor next) {
    }

    /**
     * The moderation queue (admins only): recognitions with open reports, the most recently
     * reported first, {@code limit} (1-{@value #LIMIT_MAX}) per page after {@code cursor}. A page
     * reads at most {@value #SCAN_STEPS} x {@value #SCAN_BATCH} open reports to find its recognitions.
     */
    public QueuePage queue(Actor actor, FeedCursor cursor, int limit) {
        permissions.requireAdmin(actor, "read the moderation queue");
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        // Each recognition is placed by its newest open report; one whose newest report is at or
        // after the cursor was on an earlier page.
        Map<Long, Report> newest = new LinkedHashMap<>();
        FeedCursor scan = cursor;
        boolean exhausted = false;
        for (int step = 0; step < SCAN_STEPS && newest.size() <= limit; step++) {
            List<Report> batch = moderation.openReports(scan, SCAN_BATCH);
            if (batch.isEmpty()) {
                exhausted = true;
                break;
            }
            List<Long> candidates = batch.stream().map(Report::recognitionId).distinct().filter(id -> !newest.containsKey(id)).toList();
            Set<Long> earlier = cursor == null ? Set.of() : moderation.reportedSince(candidates, cursor);
            for (Report report : batch) {
                if (newest.size() > limit) {
                    break;
                }
                if (!newest.containsKey(report.recognitionId()) && !earlier.contains(report.recognitionId())) {
                    newest.put(report.recognitionId(), report);
                }
            }
            Report last = batch.get(batch.size() - 1);
            scan = new FeedCursor(last.createdAt(), last.id());
            if (batch.size() < SCAN_BATCH) {
                exhausted = newest.size() <= limit;
                break;
            }
        }
        List<Long> ids = newest.keySet().stream().limit(limit).toList();
        boolean more = newest.size() > limit || !exhausted;
        Map<Long, List<Report>> reports = moderation.openReportsOf(ids, REPORTS_PER_PAGE);
        Map<Long, Recognition> byId = new LinkedHashMap<>();
        store.findAll(ids).forEach(r -> byId.put(r.id(), r));
        List<QueueItem> items = new ArrayList<>();
        for (Long id : ids) {
            // A giver may have deleted a reported recognition within the edit window: nothing left to judge.
            if (byId.containsKey(id) && reports.containsKey(id)) {
                items.add(new QueueItem(byId.get(id), reports.get(id)));
            }
        }
        FeedCursor next = null;
        if (more) {
            Report lastPlaced = ids.isEmpty() ? null : newest.get(ids.get(ids.size() - 1));
            next = lastPlaced == null ? scan : new FeedCursor(lastPlaced.createdAt(), lastPlaced.id());
        }
        return new QueuePage(items, next);
    }

    /** A hidden recognition with who hid it, when and why. */
    public record HiddenItem(Recognition recognition, Hiding hiding) {
    }

    /** Hidden recognitions (admins only), most recently hidden first; {@code beforeId} continues a page. */
    public List<HiddenItem> hidden(Actor actor, Long beforeId, int limit) {
        permissions.requireAdmin(actor, "list hidden recognitions");
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        List<Hiding> page = moderation.hidingPage(beforeId, limit);
        Map<Long, Recognition> byId = new LinkedHashMap<>();
        store.findAll(page.stream().map(Hiding::recognitionId).toList()).forEach(r -> byId.put(r.id(), r));
        return page.stream().filter(h -> byId.containsKey(h.recognitionId()))
                .map(h -> new HiddenItem(byId.get(h.recognitionId()), h)).toList();
    }

    /** Who hid this recognition, when and why (admins only); not found when it is not hidden. */
    public Hiding hiding(Actor actor, long recognitionId) {
        permissions.requireAdmin(actor, "read a hiding");
        Hiding hiding = moderation.hidings(List.of(recognitionId)).get(recognitionId);
        if (hiding == null) {
            throw new NotFoundException("hiding");
        }
        return hiding;
    }

    /** The recognition as it counted before it was hidden. */
    private static Recognition asVisible(Recognition r, boolean hidden) {
        return new Recognition(r.id(), r.giverKey(), r.recipientKeys(), r.categoryId(), r.message(), r.link(), r.visibility(), hidden,
                r.createdAt(), r.updatedAt());
    }

    private static ConflictException alreadyReported() {
        return new ConflictException(FieldError.of("", "rapport.moderation.error.reported"));
    }
}
