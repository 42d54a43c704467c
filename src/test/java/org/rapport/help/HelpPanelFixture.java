package org.rapport.help;

import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.testing.TestDatabase;

import java.util.List;

/** {@link HelpFixture} for tests outside the help package (panels). */
public final class HelpPanelFixture {
    private final HelpFixture fixture;

    public HelpPanelFixture(TestDatabase db) {
        fixture = new HelpFixture(db);
    }

    public static void migrate(TestDatabase db) {
        HelpFixture.migrate(db);
    }

    public HelpService service() {
        return fixture.service;
    }

    public HelpAdminService admin() {
        return fixture.admin;
    }

    public PeopleDirectory people() {
        return fixture.people;
    }

    public HelpEntry logConfirmed(String helper, String helped, String summary, String link, List<String> skills) {
        return fixture.service.log(new Actor(helped), HelpDraft.parse(helper, helped, summary, "", "unblocked-me", skills, link, null, null,
                fixture.service.today()));
    }

    public HelpEntry logPending(String helper, String helped, String summary, String link) {
        return fixture.service.log(new Actor(helper), HelpDraft.parse(helper, helped, summary, "", "unblocked-me", List.of(), link, null, null,
                fixture.service.today()));
    }
}
