package org.rapport.mentoring.pairing;

/** Who started a pairing: the mentee asked, the mentor offered, or a coordinator matched them. */
public enum ProposedBy {
    MENTEE, MENTOR, COORDINATOR
}
