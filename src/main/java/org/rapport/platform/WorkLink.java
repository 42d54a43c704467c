package org.rapport.platform;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a piece of work points at: a Jira issue key ({@code RAP-12}) or an http(s) address (a
 * Confluence page or anything else). Other schemes, such as {@code javascript:}, are refused.
 * Shared by recognitions and help entries.
 */
public record WorkLink(Kind kind, String value) {
    public static final int MAX = 450;
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}-[1-9][0-9]{0,9}");

    public enum Kind { ISSUE, URL }

    /** Parses a link as a client sent it; blank means none (null). Errors name the field {@code link}. */
    public static WorkLink parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > MAX) {
            throw invalid("rapport.error.too.long", MAX);
        }
        if (ISSUE_KEY.matcher(text).matches()) {
            return new WorkLink(Kind.ISSUE, text);
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null) {
                // The stored form percent-encodes non-ASCII characters (one becomes up to 12): limit that form.
                String ascii = uri.toASCIIString();
                if (ascii.length() > MAX) {
                    throw invalid("rapport.error.too.long", MAX);
                }
                return new WorkLink(Kind.URL, ascii);
            }
        } catch (URISyntaxException e) {
            throw invalid("rapport.error.link");
        }
        throw invalid("rapport.error.link");
    }

    /** True when the text is a Jira issue key. */
    public static boolean isIssueKey(String text) {
        return text != null && ISSUE_KEY.matcher(text).matches();
    }

    private static InvalidInputException invalid(String key, Serializable... args) {
        return new InvalidInputException(FieldError.of("link", key, args));
    }
}
