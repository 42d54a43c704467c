package org.rapport.recognition;

import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Text;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Comments on recognitions: whoever may see a recognition may read and add comments (1-1000
 * characters, line breaks kept); authors delete their own, admins any.
 */
@Named
public class CommentService {
    public static final int LIMIT_MAX = 50;

    private final RecognitionService recognitions;
    private final CommentStore comments;
    private final Transactions transactions;
    private final Permissions permissions;
    private final SystemClock clock;

    @Inject
    public CommentService(RecognitionService recognitions, CommentStore comments, Transactions transactions,
                          Permissions permissions, SystemClock clock) {
        this.recognitions = recognitions;
        this.comments = comments;
        this.transactions = transactions;
        this.permissions = permissions;
        this.clock = clock;
    }

    public Comment add(Actor actor, long recognitionId, String text) {
        Recognition recognition = recognitions.get(actor, recognitionId);
        String body = Text.clean(text);
        List<FieldError> errors = new ArrayList<>();
        Text.checkParagraphs("text", body, 1, Comment.BODY_MAX, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return transactions.write(() -> {
            Comment comment = comments.insert(recognition.id(), actor.userKey(), body, clock.now());
            recognitions.notifier().commented(recognition, actor.userKey());
            return comment;
        });
    }

    /** Comments oldest first; {@code afterId} continues a previous page. */
    public List<Comment> list(Actor actor, long recognitionId, Long afterId, int limit) {
        Recognition recognition = recognitions.get(actor, recognitionId);
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        return comments.page(recognition.id(), afterId, limit);
    }

    public void delete(Actor actor, long recognitionId, long commentId) {
        Recognition recognition = recognitions.get(actor, recognitionId);
        transactions.write(() -> {
            Comment comment = comments.find(commentId)
                    .filter(c -> c.recognitionId() == recognition.id())
                    .orElseThrow(() -> new NotFoundException("comment"));
            if (!comment.authorKey().equals(actor.userKey()) && !permissions.isAdmin(actor)) {
                throw new ForbiddenException("delete another person's comment");
            }
            comments.delete(comment.id());
            return null;
        });
    }
}
