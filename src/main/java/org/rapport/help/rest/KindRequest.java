package org.rapport.help.rest;

import org.rapport.help.HelpKindDraft;

/** The body of {@code POST help/kinds} and {@code PUT help/kinds/{code}}. */
public record KindRequest(String label, Boolean archived) {
    static HelpKindDraft draftOf(KindRequest body) {
        return body == null ? new HelpKindDraft(null, false) : new HelpKindDraft(body.label, Boolean.TRUE.equals(body.archived));
    }
}
