package org.rapport.platform.web;

import java.util.Map;
import java.util.Optional;

/**
 * What a web panel's context says, read the way the product that renders it passes it: who looks
 * at the page, whose profile it shows, and which piece of work (a Jira issue) it shows. The panels
 * of every room ask this port; the product's adapter room implements it, so no shared room knows a
 * product's context keys or types.
 */
public interface PanelContext {
    /** The signed-in person looking at the page. */
    Optional<String> viewerKey(Map<String, Object> context);

    /** The person whose profile the page shows. */
    Optional<String> shownPersonKey(Map<String, Object> context);

    /** The piece of work the page shows, such as a Jira issue. */
    Optional<WorkItem> workItem(Map<String, Object> context);

    /** A piece of work as panels need it: its key (an issue key) and who it is assigned to, if anyone. */
    record WorkItem(String key, String assigneeKey) {
    }
}
