package org.rapport.people;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.rapport.platform.Actor;
import org.rapport.platform.NotSignedInException;

import javax.inject.Inject;
import javax.inject.Named;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The host's users, as {@link Person} records. Lookups go through SAL's UserManager (both
 * products); the picker search goes through the product's {@link PeopleSearch}.
 */
@Named
public class PeopleDirectory {
    private static final int AVATAR_SIZE = 48;
    private final UserManager users;
    private final PeopleSearch search;

    @Inject
    public PeopleDirectory(@ComponentImport UserManager users, PeopleSearch search) {
        this.users = users;
        this.search = search;
    }

    /** Active people matching the query, for pickers. Any signed-in person may search. */
    public List<Person> search(Actor actor, PeopleQuery query) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        return search.activeUserKeys(query.text(), query.limit()).stream()
                .limit(query.limit())
                .map(this::byKey)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Person> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(users.getUserProfile(new UserKey(key))).map(this::toPerson);
    }

    /**
     * The person with this key, or a stand-in showing the key when the host no longer knows them
     * (a deleted user), so old recognitions still display.
     */
    public Person byKeyOrFormer(String key) {
        return byKey(key).orElseGet(() -> new Person(key, key, key, ""));
    }

    public Optional<Person> byUsername(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(users.getUserProfile(username)).map(this::toPerson);
    }

    private Person toPerson(UserProfile profile) {
        URI avatar = profile.getProfilePictureUri(AVATAR_SIZE, AVATAR_SIZE);
        return new Person(profile.getUserKey().getStringValue(), profile.getUsername(), profile.getFullName(),
                avatar == null ? "" : avatar.toString());
    }
}
