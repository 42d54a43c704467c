package org.rapport.people;

import java.util.List;

/**
 * The product's own people search, for pickers: active users whose username or a word of whose
 * display name starts with the text, at most {@code limit}, as user keys. The product's adapter
 * room implements it (Jira: UserSearchService).
 */
public interface PeopleSearch {
    List<String> activeUserKeys(String text, int limit);
}
