package org.rapport.mentoring.pairing;

import java.util.Optional;

/**
 * Where a pairing is in its life: proposed (waiting for one or both sides to accept), active, then
 * completed (it reached its aim) or ended early; a proposal can also be declined or withdrawn.
 */
public enum MentorshipStatus {
    PROPOSED, ACTIVE, COMPLETED, ENDED, DECLINED, WITHDRAWN;

    /** Proposed or active: holds the pair's one open slot. */
    public boolean open() {
        return this == PROPOSED || this == ACTIVE;
    }

    public static Optional<MentorshipStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (MentorshipStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
