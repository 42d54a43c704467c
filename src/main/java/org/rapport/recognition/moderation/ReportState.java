package org.rapport.recognition.moderation;

/** Where a report stands: waiting for an admin, resolved by hiding the recognition, or dismissed. */
public enum ReportState {
    OPEN, HIDDEN, DISMISSED
}
