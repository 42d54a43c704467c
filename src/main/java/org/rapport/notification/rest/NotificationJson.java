package org.rapport.notification.rest;

import org.rapport.people.rest.PersonJson;

import java.util.List;

/**
 * A notification as the REST API shows it: {@code recognitionId} for the kinds about a
 * recognition, {@code helpId} for the HELP_* kinds, {@code pairingId} for the MENTORSHIP_* kinds and
 * CHECK_IN_OVERDUE (the others are null); {@code link} is the path, below the context path, of the
 * exact item it is about.
 */
public record NotificationJson(long id, String kind, Long recognitionId, Long helpId, Long pairingId, PersonJson actor,
                               String createdAt, boolean read, String link) {
    /** A page of the inbox: items, the id to continue before ({@code null} at the end), and the unread count. */
    public record Page(List<NotificationJson> items, Long next, int unread) {
    }
}
