package org.rapport.recognition.rest;

import org.rapport.people.rest.PersonJson;

import java.util.List;

/**
 * A recognition as the REST API shows it, with people and category resolved for display;
 * {@code hidden} is true only for admins looking at a recognition an admin hid.
 */
public record RecognitionJson(long id, PersonJson giver, List<PersonJson> recipients, CategoryRef category, String message,
                              LinkJson link, String visibility, String createdAt, String updatedAt, String editableUntil,
                              boolean hidden) {
    /** The category a recognition was given in (null when none). */
    public record CategoryRef(long id, String name, String iconGlyph, String colourHex, boolean milestone, boolean archived) {
    }

    /** The link, with the address a page opens for it. */
    public record LinkJson(String kind, String value, String url) {
    }
}
