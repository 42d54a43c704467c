package org.rapport.recognition;

import org.rapport.platform.WorkLink;

/**
 * What a recognition points at: a Jira issue key ({@code RAP-12}) or an http(s) address (a
 * Confluence page or anything else). Parsing and its rules are {@link WorkLink}'s, shared with
 * the help ledger; other schemes, such as {@code javascript:}, are refused.
 */
public record RecognitionLink(Kind kind, String value) {
    public static final int MAX = WorkLink.MAX;

    public enum Kind { ISSUE, URL }

    /** Parses a link as a client sent it; blank means none (null). */
    public static RecognitionLink parse(String raw) {
        WorkLink link = WorkLink.parse(raw);
        return link == null ? null : new RecognitionLink(Kind.valueOf(link.kind().name()), link.value());
    }
}
