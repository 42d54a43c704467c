package org.rapport.notification.rest;

import org.rapport.people.rest.PersonJson;

import java.util.List;

/**
 * A notification as the REST API shows it: {@code recognitionId} for kind RECOGNISED,
 * {@code helpId} for kind HELP_PENDING, {@code pairingId} for kind CHECK_IN_OVERDUE (the others are null).
 */
public record NotificationJson(long id, String kind, Long recognitionId, Long helpId, PersonJson actor, String createdAt,
                               boolean read, Long pairingId) {
    /** A page of the inbox: items, the id to continue before ({@code null} at the end), and the unread count. */
    public record Page(List<NotificationJson> items, Long next, int unread) {
    }
}
