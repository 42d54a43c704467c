package org.rapport.notification;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.notification.ao.NotificationEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.rapport.notification.ao.NotificationEntity.ACTOR_KEY;
import static org.rapport.notification.ao.NotificationEntity.ALL_COLUMNS;
import static org.rapport.notification.ao.NotificationEntity.CREATED_AT;
import static org.rapport.notification.ao.NotificationEntity.HIDDEN;
import static org.rapport.notification.ao.NotificationEntity.ID;
import static org.rapport.notification.ao.NotificationEntity.KIND;
import static org.rapport.notification.ao.NotificationEntity.RECIPIENT_KEY;
import static org.rapport.notification.ao.NotificationEntity.RECOGNITION_ID;
import static org.rapport.notification.ao.NotificationEntity.SEEN;

/** The only class that touches the notification table. Returns records; opens no transaction. */
@Named
public class NotificationStore {
    /** Marking all as read touches at most this many rows per call; the inbox never holds more unread. */
    public static final int UNREAD_MAX = 500;

    private final ActiveObjects ao;

    @Inject
    public NotificationStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public void insert(String recipientKey, String kind, long recognitionId, String actorKey, Instant now) {
        ao.create(NotificationEntity.class,
                new DBParam(RECIPIENT_KEY, recipientKey),
                new DBParam(KIND, kind),
                new DBParam(RECOGNITION_ID, (int) recognitionId),
                new DBParam(ACTOR_KEY, actorKey),
                new DBParam(CREATED_AT, Date.from(now)),
                new DBParam(SEEN, Boolean.FALSE),
                new DBParam(HIDDEN, Boolean.FALSE));
    }

    /**
     * The recipient's one unread notice of {@code kind} about {@code subjectId}, now from
     * {@code actorKey}: an unread one already there is replaced (so it moves to the top of the
     * inbox with the latest actor) rather than joined by another. Two racing writers on two nodes
     * may leave two unread notices, which is harmless; no lock is worth a reaction.
     */
    public void bundle(String recipientKey, String kind, long subjectId, String actorKey, Instant now) {
        ao.deleteWithSQL(NotificationEntity.class, RECIPIENT_KEY + " = ? AND " + KIND + " = ? AND " + RECOGNITION_ID + " = ? AND "
                + SEEN + " = ?", recipientKey, kind, (int) subjectId, Boolean.FALSE);
        insert(recipientKey, kind, subjectId, actorKey, now);
    }

    /**
     * Marks read the recipient's notifications of these kinds about one subject (opened or acted
     * on); how many changed.
     */
    public int markReadAbout(String recipientKey, Collection<String> kinds, long subjectId) {
        if (kinds.isEmpty() || subjectId <= 0 || subjectId > Integer.MAX_VALUE) {
            return 0;
        }
        List<Object> params = new ArrayList<>(List.of(recipientKey, (int) subjectId, Boolean.FALSE));
        params.addAll(kinds);
        NotificationEntity[] rows = ao.find(NotificationEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(RECIPIENT_KEY + " = ? AND " + RECOGNITION_ID + " = ? AND " + SEEN + " = ? AND " + KIND + " IN ("
                        + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")", params.toArray())
                .limit(UNREAD_MAX));
        for (NotificationEntity row : rows) {
            row.setSeen(true);
            row.save();
        }
        return rows.length;
    }

    /** One notification by its id, when it is the recipient's. */
    public Optional<Notification> find(String recipientKey, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Arrays.stream(ao.find(NotificationEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(ID + " = ? AND " + RECIPIENT_KEY + " = ?", (int) id, recipientKey)))
                .findFirst().map(NotificationStore::toRecord);
    }

    /**
     * One notification of {@code kind} about {@code recognitionId} for each of {@code recipientKeys},
     * written with one multi-row INSERT (giving is the hottest write path; see docs/benchmarks.md).
     */
    public void insertAll(Collection<String> recipientKeys, String kind, long recognitionId, String actorKey, Instant now) {
        if (recipientKeys.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(recipientKeys.size());
        for (String recipientKey : recipientKeys) {
            Map<String, Object> row = new HashMap<>();
            row.put(RECIPIENT_KEY, recipientKey);
            row.put(KIND, kind);
            row.put(RECOGNITION_ID, (int) recognitionId);
            row.put(ACTOR_KEY, actorKey);
            row.put(CREATED_AT, Date.from(now));
            row.put(SEEN, Boolean.FALSE);
            row.put(HIDDEN, Boolean.FALSE);
            rows.add(row);
        }
        ao.create(NotificationEntity.class, rows);
    }

    /**
     * A person's notifications, newest first, older than {@code beforeId} when given, leaving out
     * those about hidden recognitions: one SELECT.
     */
    public List<Notification> page(String recipientKey, Long beforeId, int limit) {
        Query query = beforeId == null
                ? ColumnQuery.select(ALL_COLUMNS).where(RECIPIENT_KEY + " = ? AND " + HIDDEN + " = ?", recipientKey, Boolean.FALSE)
                : ColumnQuery.select(ALL_COLUMNS).where(RECIPIENT_KEY + " = ? AND " + HIDDEN + " = ? AND " + ID + " < ?",
                recipientKey, Boolean.FALSE, beforeId.intValue());
        return Arrays.stream(ao.find(NotificationEntity.class, query.order(ID + " DESC").limit(limit)))
                .map(NotificationStore::toRecord).toList();
    }

    /** How many unread, counting at most {@link #UNREAD_MAX}: one indexed COUNT. */
    public int unread(String recipientKey) {
        return Math.min(UNREAD_MAX, ao.count(NotificationEntity.class,
                ColumnQuery.select(ID).where(RECIPIENT_KEY + " = ? AND " + SEEN + " = ? AND " + HIDDEN + " = ?",
                        recipientKey, Boolean.FALSE, Boolean.FALSE)));
    }

    /** Marks one of the person's notifications read; false when it is not theirs or does not exist. */
    public boolean markRead(String recipientKey, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return false;
        }
        NotificationEntity[] rows = ao.find(NotificationEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(ID + " = ? AND " + RECIPIENT_KEY + " = ?", (int) id, recipientKey));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setSeen(true);
        rows[0].save();
        return true;
    }

    /** Marks the person's unread notifications read, at most {@link #UNREAD_MAX} of them. */
    public void markAllRead(String recipientKey) {
        for (NotificationEntity row : ao.find(NotificationEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(RECIPIENT_KEY + " = ? AND " + SEEN + " = ? AND " + HIDDEN + " = ?", recipientKey, Boolean.FALSE, Boolean.FALSE)
                .limit(UNREAD_MAX))) {
            row.setSeen(true);
            row.save();
        }
    }

    /** Deletes every notification about one recognition (every kind whose subject is a recognition). */
    public void deleteForRecognition(long recognitionId) {
        for (String kind : Notification.ABOUT_RECOGNITION) {
            deleteFor(kind, recognitionId);
        }
    }

    /**
     * Deletes the notifications of one kind about one subject. The column RECOGNITION_ID holds
     * the subject's id (a recognition, or a help entry for help kinds), so the kind must match too.
     */
    public void deleteFor(String kind, long subjectId) {
        ao.deleteWithSQL(NotificationEntity.class, RECOGNITION_ID + " = ? AND " + KIND + " = ?", (int) subjectId, kind);
    }

    /** Deletes one person's notifications of one kind about one subject. */
    public void deleteFor(String kind, long subjectId, String recipientKey) {
        ao.deleteWithSQL(NotificationEntity.class, RECOGNITION_ID + " = ? AND " + KIND + " = ? AND " + RECIPIENT_KEY + " = ?",
                (int) subjectId, kind, recipientKey);
    }

    /**
     * Hides or shows again the notifications about one recognition that are shown only while it is
     * ({@link Notification#ABOUT_VISIBLE_RECOGNITION}: recognised, reactions, comments; the moderation
     * outcomes stay); help notifications with the same number in RECOGNITION_ID are another subject.
     */
    public void setHiddenForRecognition(long recognitionId, boolean hidden) {
        for (NotificationEntity row : ao.find(NotificationEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(RECOGNITION_ID + " = ? AND " + KIND + " IN (?, ?, ?)", (int) recognitionId,
                        Notification.ABOUT_VISIBLE_RECOGNITION.get(0), Notification.ABOUT_VISIBLE_RECOGNITION.get(1),
                        Notification.ABOUT_VISIBLE_RECOGNITION.get(2)))) {
            row.setHidden(hidden);
            row.save();
        }
    }

    /** Deletes everything a person was notified of; the number of rows deleted. */
    public int deleteForRecipient(String recipientKey) {
        return ao.deleteWithSQL(NotificationEntity.class, RECIPIENT_KEY + " = ?", recipientKey);
    }

    /** Deletes everything a person caused others to be notified of; the number of rows deleted. */
    public int deleteForActor(String actorKey) {
        return ao.deleteWithSQL(NotificationEntity.class, ACTOR_KEY + " = ?", actorKey);
    }

    /** Deletes the notifications about one recognition sent to one person; the number deleted. */
    public int deleteForRecipient(long recognitionId, String recipientKey) {
        return ao.deleteWithSQL(NotificationEntity.class, RECOGNITION_ID + " = ? AND " + RECIPIENT_KEY + " = ? AND " + KIND + " = ?",
                (int) recognitionId, recipientKey, Notification.RECOGNISED);
    }

    /** Replaces the person who caused notifications (the giver) on up to {@code limit} rows; how many. */
    public int replaceActor(String actorKey, String replacement, int limit) {
        NotificationEntity[] rows = ao.find(NotificationEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(ACTOR_KEY + " = ?", actorKey).limit(limit));
        for (NotificationEntity row : rows) {
            row.setActorKey(replacement);
            row.save();
        }
        return rows.length;
    }

    private static Notification toRecord(NotificationEntity e) {
        return new Notification(e.getID(), e.getRecipientKey(), e.getKind(), e.getRecognitionId(), e.getActorKey(),
                e.getCreatedAt().toInstant(), e.getSeen());
    }
}
