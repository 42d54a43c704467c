package org.rapport.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The browsers one test opens on the host under test, each with a fresh profile (so a fresh
 * session), all closed after the test whatever its outcome. Register it per instance, after the
 * host:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final HostUnderTest host = new HostUnderTest();
 * @RegisterExtension
 * final Browsers browsers = new Browsers(host);
 * }</pre>
 */
public final class Browsers implements AfterEachCallback {
    /** Where {@link #signedIn(String)} lands: the feed. */
    public static final String FEED = "/plugins/servlet/rapport/feed";

    private final HostUnderTest host;
    private final List<Browser> open = new ArrayList<>();

    public Browsers(HostUnderTest host) {
        this.host = host;
    }

    /** A browser on the host, not signed in. */
    public Browser open() {
        Browser browser = Browser.open(host.baseUrl());
        open.add(browser);
        return browser;
    }

    /** A browser signed in as {@code user} (whose demo password is the user name), at {@code destination}. */
    public Browser signedIn(String user, String destination) {
        Browser browser = open();
        browser.signIn(user, user, destination);
        return browser;
    }

    /** A browser signed in as {@code user}, on the feed. */
    public Browser signedIn(String user) {
        return signedIn(user, FEED);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            open.forEach(Browser::close);
        } finally {
            open.clear();
        }
    }
}
