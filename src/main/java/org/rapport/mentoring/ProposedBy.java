package org.rapport.mentoring;

/** Who started a pairing: the mentee asked, the mentor offered, or a coordinator matched them. */
public enum ProposedBy {
    MENTEE, MENTOR, COORDINATOR
}
