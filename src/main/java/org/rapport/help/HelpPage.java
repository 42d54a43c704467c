package org.rapport.help;

import java.util.List;

/** A page of a ledger, newest day first; {@code next} is null on the last page. */
public record HelpPage(List<HelpEntry> items, HelpCursor next) {
    public HelpPage {
        items = List.copyOf(items);
    }
}
