package org.rapport.mentoring.programme;

import java.util.List;

/** A page of the programme's pairings and the cursor of the next page (null at the end). */
public record ProgrammePage(List<ProgrammePairing> items, Long nextCursor) {
    public ProgrammePage {
        items = List.copyOf(items);
    }
}
