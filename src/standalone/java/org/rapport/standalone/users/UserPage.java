package org.rapport.standalone.users;

import java.util.List;

/**
 * A page of the host's people in name order, and whether there are more before or after it. The
 * next page starts after the last person, the previous one ends before the first.
 */
public record UserPage(List<HostUser> people, boolean hasPrevious, boolean hasNext) {
    public static final int MAX_LIMIT = 100;

    public UserPage {
        people = List.copyOf(people);
    }
}
