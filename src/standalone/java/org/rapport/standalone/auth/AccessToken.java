package org.rapport.standalone.auth;

import java.time.Instant;
import java.util.Optional;

/** A personal access token as its owner sees it in the list: never the secret, which is shown once. */
public record AccessToken(String id, String userKey, String name, Instant created, Optional<Instant> lastUsed,
                          Optional<Instant> expires) {
}
