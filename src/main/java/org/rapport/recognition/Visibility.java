package org.rapport.recognition;

/** Who may see a recognition. */
public enum Visibility {
    /** Everyone: the feed, profiles, leaderboards. */
    PUBLIC,
    /** Only the giver, the recipients and admins: a private thank-you. */
    PRIVATE
}
