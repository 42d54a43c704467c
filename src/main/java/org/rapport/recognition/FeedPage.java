package org.rapport.recognition;

import java.util.List;

/** One page of recognitions, newest first, and the cursor of the next page (null at the end). */
public record FeedPage(List<Recognition> items, FeedCursor next) {
    public FeedPage {
        items = List.copyOf(items);
    }
}
