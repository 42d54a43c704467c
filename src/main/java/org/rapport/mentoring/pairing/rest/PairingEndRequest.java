package org.rapport.mentoring.pairing.rest;

import org.rapport.mentoring.pairing.PairingEnd;

/** The body of {@code POST mentoring/pairings/{id}/end}. */
public record PairingEndRequest(String outcome, String reason) {
    static PairingEnd endOf(PairingEndRequest body) {
        PairingEndRequest b = body == null ? new PairingEndRequest(null, null) : body;
        return PairingEnd.of(b.outcome, b.reason);
    }
}
