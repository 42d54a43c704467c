package org.rapport.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something a person should know: that a colleague recognised them, reacted to or commented on
 * their recognition, or that a recognition they gave or reported was moderated ({@code recognitionId}
 * is the recognition); that help was logged for them to confirm, or that help they logged was
 * confirmed or declined ({@code recognitionId} is then the help entry's id); or that a mentoring
 * pairing was proposed, accepted, declined or ended ({@code recognitionId} is then the pairing's id).
 * Reactions and comments are bundled: one unread notice per recognition and kind, whose actor and
 * time follow the latest one.
 */
public record Notification(long id, String recipientKey, String kind, long recognitionId, String actorKey,
                           Instant createdAt, boolean read) {
    public static final String RECOGNISED = "RECOGNISED";
    public static final String HELP_PENDING = "HELP_PENDING";
    public static final String MENTORSHIP_PROPOSED = "MENTORSHIP_PROPOSED";
    public static final String MENTORSHIP_ACCEPTED = "MENTORSHIP_ACCEPTED";
    /** Declined by the other side, or withdrawn by the proposer. */
    public static final String MENTORSHIP_DECLINED = "MENTORSHIP_DECLINED";
    /** Completed or ended early. */
    public static final String MENTORSHIP_ENDED = "MENTORSHIP_ENDED";

    /** Someone reacted to the recipient's recognition (bundled: the latest reactor, one unread per recognition). */
    public static final String REACTED = "REACTED";
    /** Someone commented on the recipient's recognition (bundled like {@link #REACTED}). */
    public static final String COMMENTED = "COMMENTED";
    /** An admin hid the recognition the recipient gave. */
    public static final String RECOGNITION_HIDDEN = "RECOGNITION_HIDDEN";
    /** An admin hid the recognition the recipient reported. */
    public static final String REPORT_HIDDEN = "REPORT_HIDDEN";
    /** An admin kept the recognition the recipient reported (dismissed the reports). */
    public static final String REPORT_KEPT = "REPORT_KEPT";
    /** The helped person confirmed help the recipient gave; {@code recognitionId} is the help entry. */
    public static final String HELP_CONFIRMED = "HELP_CONFIRMED";
    /** The helped person declined help the recipient logged; {@code recognitionId} is the help entry. */
    public static final String HELP_DECLINED = "HELP_DECLINED";

    /** The kinds whose subject is a recognition and that are shown only while it is visible. */
    public static final List<String> ABOUT_VISIBLE_RECOGNITION = List.of(RECOGNISED, REACTED, COMMENTED);
    /** Every kind whose subject is a recognition. */
    public static final List<String> ABOUT_RECOGNITION = List.of(RECOGNISED, REACTED, COMMENTED, RECOGNITION_HIDDEN,
            REPORT_HIDDEN, REPORT_KEPT);

    /** Whether the subject id of this kind is a help entry. */
    public static boolean aboutHelp(String kind) {
        return kind.startsWith("HELP_");
    }

    /** Whether the subject id of this kind is a mentoring pairing. */
    public static boolean aboutPairing(String kind) {
        return kind.startsWith("MENTORSHIP_") || CHECK_IN_OVERDUE.equals(kind);
    }
    /** A pairing's check-in is overdue; {@code recognitionId} is then the pairing's id. */
    public static final String CHECK_IN_OVERDUE = "CHECK_IN_OVERDUE";

    public Notification {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
