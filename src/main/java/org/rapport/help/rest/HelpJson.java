package org.rapport.help.rest;

import org.rapport.people.rest.PersonJson;

import java.util.List;

/**
 * A help entry as the REST API shows it. {@code details} is null for anyone but the two people and
 * admins; {@code recogniseUrl} (helped person, confirmed entries) opens the Recognise form prefilled.
 */
public record HelpJson(long id, PersonJson helper, PersonJson helped, String status, String summary, String details,
                       KindRef kind, List<String> skills, LinkJson link, Integer minutes, String date, String createdAt,
                       boolean canDecide, boolean canDelete, String recogniseUrl) {
    public record KindRef(String code, String label) {
    }

    public record LinkJson(String kind, String value, String url) {
    }

    /** A page: items and the cursor of the next page (null at the end). */
    public record Page(List<HelpJson> items, String next) {
    }
}
