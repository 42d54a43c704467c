package org.rapport.help.rest;

import org.rapport.help.HelpDraft;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST help}. */
public record HelpRequest(String helper, String helped, String summary, String details, String kind, List<String> skills,
                          String link, Integer minutes, String date) {
    private static final HelpRequest EMPTY = new HelpRequest(null, null, null, null, null, null, null, null, null);

    static HelpDraft draftOf(HelpRequest body, LocalDate today) {
        HelpRequest b = body == null ? EMPTY : body;
        return HelpDraft.parse(b.helper, b.helped, b.summary, b.details, b.kind, b.skills, b.link, b.minutes, b.date, today);
    }
}
