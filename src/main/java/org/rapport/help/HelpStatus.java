package org.rapport.help;

/** Where an entry stands: only confirmed help counts anywhere. */
public enum HelpStatus {
    /** Logged by the helper; waits for the helped person to confirm or decline. */
    PENDING,
    /** Logged by the helped person, or confirmed by them. */
    CONFIRMED,
    /** The helped person said it did not happen this way; seen only by the two and admins. */
    DECLINED
}
