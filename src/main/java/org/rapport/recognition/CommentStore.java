package org.rapport.recognition;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.recognition.ao.CommentEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.rapport.recognition.ao.CommentEntity.ALL_COLUMNS;
import static org.rapport.recognition.ao.CommentEntity.AUTHOR_KEY;
import static org.rapport.recognition.ao.CommentEntity.COMMENT_TEXT;
import static org.rapport.recognition.ao.CommentEntity.CREATED_AT;
import static org.rapport.recognition.ao.CommentEntity.ID;
import static org.rapport.recognition.ao.CommentEntity.RECOGNITION_ID;

/** The only class that touches the comment table. */
@Named
public class CommentStore {
    private final ActiveObjects ao;

    @Inject
    public CommentStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Comment insert(long recognitionId, String authorKey, String body, Instant now) {
        CommentEntity row = ao.create(CommentEntity.class,
                new DBParam(RECOGNITION_ID, (int) recognitionId),
                new DBParam(AUTHOR_KEY, authorKey),
                new DBParam(COMMENT_TEXT, body),
                new DBParam(CREATED_AT, Date.from(now)));
        return toRecord(row);
    }

    /** A recognition's comments, oldest first, after {@code afterId} when given: one SELECT. */
    public List<Comment> page(long recognitionId, Long afterId, int limit) {
        Query query = afterId == null
                ? ColumnQuery.select(ALL_COLUMNS).where(RECOGNITION_ID + " = ?", (int) recognitionId)
                : ColumnQuery.select(ALL_COLUMNS).where(RECOGNITION_ID + " = ? AND " + ID + " > ?", (int) recognitionId,
                (int) Math.min(afterId, Integer.MAX_VALUE));
        return Arrays.stream(ao.find(CommentEntity.class, query.order(ID + " ASC").limit(limit))).map(CommentStore::toRecord).toList();
    }

    public Optional<Comment> find(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Arrays.stream(ao.find(CommentEntity.class, ColumnQuery.select(ALL_COLUMNS).where(ID + " = ?", (int) id)))
                .findFirst().map(CommentStore::toRecord);
    }

    public void delete(long id) {
        ao.deleteWithSQL(CommentEntity.class, ID + " = ?", (int) id);
    }

    public void deleteForRecognition(long recognitionId) {
        ao.deleteWithSQL(CommentEntity.class, RECOGNITION_ID + " = ?", (int) recognitionId);
    }

    /** Deletes everything the person wrote; the number deleted. */
    public int deleteByAuthor(String authorKey) {
        return ao.deleteWithSQL(CommentEntity.class, AUTHOR_KEY + " = ?", authorKey);
    }

    /** Replaces the author of up to {@code limit} of the person's comments; how many were changed. */
    public int replaceAuthor(String authorKey, String replacement, int limit) {
        CommentEntity[] rows = ao.find(CommentEntity.class, ColumnQuery.select(ALL_COLUMNS).where(AUTHOR_KEY + " = ?", authorKey).limit(limit));
        for (CommentEntity row : rows) {
            row.setAuthorKey(replacement);
            row.save();
        }
        return rows.length;
    }

    private static Comment toRecord(CommentEntity e) {
        return new Comment(e.getID(), e.getRecognitionId(), e.getAuthorKey(), e.getCommentText(), e.getCreatedAt().toInstant());
    }
}
