package org.rapport.mentoring.pairing;

import java.util.Objects;

/**
 * A validated proposal to pair a mentor and a mentee, ready to store. The proposer's side counts as
 * accepted already (a mentee asking accepts; a mentor offering accepts); a coordinator's proposal
 * waits for both.
 */
public record NewMentorship(String mentorKey, String menteeKey, ProposedBy proposedBy, String proposerKey, String message,
                            int cadenceDays) {
    public NewMentorship {
        Objects.requireNonNull(mentorKey, "mentorKey");
        Objects.requireNonNull(menteeKey, "menteeKey");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposerKey, "proposerKey");
        if (mentorKey.equals(menteeKey)) {
            throw new IllegalArgumentException("a person cannot mentor themselves");
        }
        message = message == null ? "" : message;
    }

    public boolean mentorAccepted() {
        return proposedBy == ProposedBy.MENTOR;
    }

    public boolean menteeAccepted() {
        return proposedBy == ProposedBy.MENTEE;
    }
}
