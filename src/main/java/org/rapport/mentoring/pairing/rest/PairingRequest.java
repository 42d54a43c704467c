package org.rapport.mentoring.pairing.rest;

import org.rapport.mentoring.pairing.PairingProposal;

/** The body of {@code POST mentoring/pairings}. */
public record PairingRequest(String mentor, String mentee, String message, Integer cadenceDays) {
    static PairingProposal proposalOf(PairingRequest body) {
        PairingRequest b = body == null ? new PairingRequest(null, null, null, null) : body;
        return PairingProposal.of(b.mentor, b.mentee, b.message, b.cadenceDays);
    }
}
