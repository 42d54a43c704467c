package org.rapport.recognition.moderation;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.recognition.FeedCursor;
import org.rapport.recognition.moderation.ao.HidingEntity;
import org.rapport.recognition.moderation.ao.ModerationLogEntity;
import org.rapport.recognition.moderation.ao.ReportEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The only class that touches the moderation tables (reports, hidings, the moderation log).
 * Returns records; opens no transaction.
 */
@Named
public class ModerationStore {
    private static final String OPEN = ReportState.OPEN.name();

    private final ActiveObjects ao;

    @Inject
    public ModerationStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    // ---- reports ----

    public Report insertReport(long recognitionId, String reporterKey, String reason, Instant now) {
        ReportEntity row = ao.create(ReportEntity.class,
                new DBParam(ReportEntity.RECOGNITION_ID, (int) recognitionId),
                new DBParam(ReportEntity.REPORTER_KEY, reporterKey),
                new DBParam(ReportEntity.REPORT_REASON, reason),
                new DBParam(ReportEntity.CREATED_AT, Date.from(now)),
                new DBParam(ReportEntity.REPORT_STATE, OPEN),
                new DBParam(ReportEntity.OPEN_KEY, openKey(recognitionId, reporterKey)));
        return toReport(row);
    }

    /** The person's open report of this recognition, if any: one SELECT through the unique index. */
    public Optional<Report> openReport(long recognitionId, String reporterKey) {
        return Arrays.stream(ao.find(ReportEntity.class, ColumnQuery.select(ReportEntity.ALL_COLUMNS)
                        .where(ReportEntity.OPEN_KEY + " = ?", openKey(recognitionId, reporterKey))))
                .findFirst().map(ModerationStore::toReport);
    }

    /** Open reports strictly older than the cursor (by creation time, then id), newest first. */
    public List<Report> openReports(FeedCursor before, int limit) {
        StringBuilder where = new StringBuilder(ReportEntity.REPORT_STATE + " = ?");
        List<Object> params = new ArrayList<>(List.of(OPEN));
        if (before != null) {
            Date at = Date.from(before.createdAt());
            where.append(" AND (").append(ReportEntity.CREATED_AT).append(" < ? OR (").append(ReportEntity.CREATED_AT)
                    .append(" = ? AND ").append(ReportEntity.ID).append(" < ?))");
            params.add(at);
            params.add(at);
            params.add((int) Math.min(before.id(), Integer.MAX_VALUE));
        }
        return Arrays.stream(ao.find(ReportEntity.class, ColumnQuery.select(ReportEntity.ALL_COLUMNS)
                        .where(where.toString(), params.toArray())
                        .order(ReportEntity.CREATED_AT + " DESC, " + ReportEntity.ID + " DESC")
                        .limit(limit)))
                .map(ModerationStore::toReport).toList();
    }

    /** Which of these recognitions have an open report at or after the cursor (not older than it). */
    public Set<Long> reportedSince(Collection<Long> recognitionIds, FeedCursor from) {
        Set<Long> result = new HashSet<>();
        if (recognitionIds.isEmpty()) {
            return result;
        }
        Date at = Date.from(from.createdAt());
        List<Object> params = new ArrayList<>(List.of(OPEN, at, at, (int) Math.min(from.id(), Integer.MAX_VALUE)));
        recognitionIds.forEach(id -> params.add(id.intValue()));
        for (ReportEntity row : ao.find(ReportEntity.class, ColumnQuery.select(ReportEntity.ID + ", " + ReportEntity.RECOGNITION_ID)
                .where(ReportEntity.REPORT_STATE + " = ? AND (" + ReportEntity.CREATED_AT + " > ? OR (" + ReportEntity.CREATED_AT
                        + " = ? AND " + ReportEntity.ID + " >= ?)) AND " + ReportEntity.RECOGNITION_ID + " IN ("
                        + placeholders(recognitionIds.size()) + ")", params.toArray()))) {
            result.add((long) row.getRecognitionId());
        }
        return result;
    }

    /** The open reports of these recognitions, newest first, at most {@code limit} in all: one SELECT. */
    public Map<Long, List<Report>> openReportsOf(Collection<Long> recognitionIds, int limit) {
        Map<Long, List<Report>> result = new LinkedHashMap<>();
        if (recognitionIds.isEmpty()) {
            return result;
        }
        List<Object> params = new ArrayList<>(List.of(OPEN));
        recognitionIds.forEach(id -> params.add(id.intValue()));
        for (ReportEntity row : ao.find(ReportEntity.class, ColumnQuery.select(ReportEntity.ALL_COLUMNS)
                .where(ReportEntity.REPORT_STATE + " = ? AND " + ReportEntity.RECOGNITION_ID + " IN ("
                        + placeholders(recognitionIds.size()) + ")", params.toArray())
                .order(ReportEntity.CREATED_AT + " DESC, " + ReportEntity.ID + " DESC")
                .limit(limit))) {
            result.computeIfAbsent((long) row.getRecognitionId(), k -> new ArrayList<>()).add(toReport(row));
        }
        return result;
    }

    /** Resolves every open report of the recognition; the reporters of the reports resolved (one per report). */
    public List<String> resolveOpen(long recognitionId, ReportState outcome, String adminKey, Instant now) {
        ReportEntity[] rows = ao.find(ReportEntity.class, ColumnQuery.select(ReportEntity.ALL_COLUMNS + ", " + ReportEntity.OPEN_KEY)
                .where(ReportEntity.RECOGNITION_ID + " = ? AND " + ReportEntity.REPORT_STATE + " = ?", (int) recognitionId, OPEN));
        for (ReportEntity row : rows) {
            row.setReportState(outcome.name());
            row.setOpenKey("closed|" + row.getID());
            row.setResolvedBy(adminKey);
            row.setResolvedAt(Date.from(now));
            row.save();
        }
        return Arrays.stream(rows).map(ReportEntity::getReporterKey).toList();
    }

    /** How many reports are open, counting at most {@code max}: one indexed COUNT. */
    public int openCount(int max) {
        return Math.min(max, ao.count(ReportEntity.class, ColumnQuery.select(ReportEntity.ID).where(ReportEntity.REPORT_STATE + " = ?", OPEN)));
    }

    // ---- hidings ----

    /** Records the hiding; a unique violation when the recognition is already hidden (a racing admin). */
    public Hiding insertHiding(long recognitionId, String adminKey, String reason, Instant now) {
        HidingEntity row = ao.create(HidingEntity.class,
                new DBParam(HidingEntity.RECOGNITION_ID, (int) recognitionId),
                new DBParam(HidingEntity.HIDDEN_BY, adminKey),
                new DBParam(HidingEntity.HIDDEN_AT, Date.from(now)),
                new DBParam(HidingEntity.HIDE_REASON, reason));
        return toHiding(row);
    }

    /** Removes the hiding; 0 when there was none (another admin restored it first). */
    public int deleteHiding(long recognitionId) {
        return ao.deleteWithSQL(HidingEntity.class, HidingEntity.RECOGNITION_ID + " = ?", (int) recognitionId);
    }

    public Map<Long, Hiding> hidings(Collection<Long> recognitionIds) {
        Map<Long, Hiding> result = new HashMap<>();
        if (recognitionIds.isEmpty()) {
            return result;
        }
        for (HidingEntity row : ao.find(HidingEntity.class, ColumnQuery.select(HidingEntity.ALL_COLUMNS)
                .where(HidingEntity.RECOGNITION_ID + " IN (" + placeholders(recognitionIds.size()) + ")",
                        recognitionIds.stream().map(Long::intValue).toArray()))) {
            result.put((long) row.getRecognitionId(), toHiding(row));
        }
        return result;
    }

    /** Hidings newest first, older than {@code beforeId} when given. */
    public List<Hiding> hidingPage(Long beforeId, int limit) {
        Query query = beforeId == null
                ? ColumnQuery.select(HidingEntity.ALL_COLUMNS)
                : ColumnQuery.select(HidingEntity.ALL_COLUMNS).where(HidingEntity.ID + " < ?", (int) Math.min(beforeId, Integer.MAX_VALUE));
        return Arrays.stream(ao.find(HidingEntity.class, query.order(HidingEntity.ID + " DESC").limit(limit)))
                .map(ModerationStore::toHiding).toList();
    }

    // ---- the log ----

    public void log(long recognitionId, String actionKind, String actorKey, String reason, Instant now) {
        ao.create(ModerationLogEntity.class,
                new DBParam(ModerationLogEntity.RECOGNITION_ID, (int) recognitionId),
                new DBParam(ModerationLogEntity.ACTION_KIND, actionKind),
                new DBParam(ModerationLogEntity.ACTOR_KEY, actorKey),
                new DBParam(ModerationLogEntity.LOG_REASON, reason),
                new DBParam(ModerationLogEntity.CREATED_AT, Date.from(now)));
    }

    // ---- privacy erasure ----

    /** Deletes the person's own reports (open or resolved); the number deleted. */
    public int deleteReportsBy(String reporterKey) {
        return ao.deleteWithSQL(ReportEntity.class, ReportEntity.REPORTER_KEY + " = ?", reporterKey);
    }

    /** Deletes a recognition's reports, hiding and log (the recognition itself is being deleted). */
    public void deleteForRecognition(long recognitionId) {
        ao.deleteWithSQL(ReportEntity.class, ReportEntity.RECOGNITION_ID + " = ?", (int) recognitionId);
        ao.deleteWithSQL(HidingEntity.class, HidingEntity.RECOGNITION_ID + " = ?", (int) recognitionId);
        ao.deleteWithSQL(ModerationLogEntity.class, ModerationLogEntity.RECOGNITION_ID + " = ?", (int) recognitionId);
    }

    /**
     * Replaces an admin's key in what they resolved, hid and logged, on up to {@code limit} rows of
     * each table; the number of rows changed (0 when none are left).
     */
    public int replaceModerator(String adminKey, String replacement, int limit) {
        int changed = 0;
        for (ReportEntity row : ao.find(ReportEntity.class, ColumnQuery.select(ReportEntity.ALL_COLUMNS)
                .where(ReportEntity.RESOLVED_BY + " = ?", adminKey).limit(limit))) {
            row.setResolvedBy(replacement);
            row.save();
            changed++;
        }
        for (HidingEntity row : ao.find(HidingEntity.class, ColumnQuery.select(HidingEntity.ALL_COLUMNS)
                .where(HidingEntity.HIDDEN_BY + " = ?", adminKey).limit(limit))) {
            row.setHiddenBy(replacement);
            row.save();
            changed++;
        }
        for (ModerationLogEntity row : ao.find(ModerationLogEntity.class, ColumnQuery.select(ModerationLogEntity.ALL_COLUMNS)
                .where(ModerationLogEntity.ACTOR_KEY + " = ?", adminKey).limit(limit))) {
            row.setActorKey(replacement);
            row.save();
            changed++;
        }
        return changed;
    }

    private static String openKey(long recognitionId, String reporterKey) {
        return recognitionId + "|" + reporterKey;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static Report toReport(ReportEntity e) {
        return new Report(e.getID(), e.getRecognitionId(), e.getReporterKey(), e.getReportReason(), e.getCreatedAt().toInstant(),
                ReportState.valueOf(e.getReportState()), e.getResolvedBy(),
                e.getResolvedAt() == null ? null : e.getResolvedAt().toInstant());
    }

    private static Hiding toHiding(HidingEntity e) {
        return new Hiding(e.getID(), e.getRecognitionId(), e.getHiddenBy(), e.getHiddenAt().toInstant(), e.getHideReason());
    }
}
