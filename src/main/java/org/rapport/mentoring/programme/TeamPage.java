package org.rapport.mentoring.programme;

import java.util.List;

/** A page of a manager's team pairings and the cursor of the next page (null at the end). */
public record TeamPage(List<TeamPairing> items, Long nextCursor) {
    public TeamPage {
        items = List.copyOf(items);
    }
}
