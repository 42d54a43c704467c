package org.rapport.mentoring.programme;

import org.rapport.mentoring.pairing.Mentorship;

/** A pairing in the coordinator's list: the record (the view never shows its message) with departments and health. */
public record ProgrammePairing(Mentorship pairing, String mentorDepartment, String menteeDepartment, PairingHealth health) {
    public ProgrammePairing {
        mentorDepartment = mentorDepartment == null ? "" : mentorDepartment;
        menteeDepartment = menteeDepartment == null ? "" : menteeDepartment;
    }
}
