package org.rapport.mentoring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.rapport.mentoring.ao.MentorshipEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The only class that touches the pairing table. Returns {@link Mentorship} records; opens no
 * transaction (the services do).
 */
@Named
public class MentorshipStore {
    private final ActiveObjects ao;

    @Inject
    public MentorshipStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<Mentorship> get(long id) {
        MentorshipEntity[] rows = ao.find(MentorshipEntity.class,
                Query.select(MentorshipEntity.ALL_COLUMNS).where(MentorshipEntity.ID + " = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0]));
    }

    /**
     * Stores a proposal. The unique {@code OPEN_PAIR} column makes a second open pairing of the same
     * two people fail with a unique violation, whichever node inserts it.
     */
    public Mentorship insertProposed(NewMentorship draft, Instant at) {
        MentorshipEntity row = ao.create(MentorshipEntity.class,
                new DBParam(MentorshipEntity.MENTOR_KEY, draft.mentorKey()),
                new DBParam(MentorshipEntity.MENTEE_KEY, draft.menteeKey()),
                new DBParam(MentorshipEntity.STATUS, MentorshipStatus.PROPOSED.name()),
                new DBParam(MentorshipEntity.PROPOSED_BY, draft.proposedBy().name()),
                new DBParam(MentorshipEntity.PROPOSER_KEY, draft.proposerKey()),
                new DBParam(MentorshipEntity.MENTOR_ACCEPTED, draft.mentorAccepted()),
                new DBParam(MentorshipEntity.MENTEE_ACCEPTED, draft.menteeAccepted()),
                new DBParam(MentorshipEntity.OPEN_PAIR, openPair(draft.mentorKey(), draft.menteeKey())),
                new DBParam(MentorshipEntity.MESSAGE, draft.message()),
                new DBParam(MentorshipEntity.CADENCE_DAYS, draft.cadenceDays()),
                new DBParam(MentorshipEntity.COUNTS_AS_HELP, true),
                new DBParam(MentorshipEntity.CREATED_AT, at.toEpochMilli()),
                new DBParam(MentorshipEntity.CHECK_IN_COUNT, 0));
        return get(row.getID()).orElseThrow();
    }

    /** The value of {@code OPEN_PAIR} for an open pairing of these two people. */
    static String openPair(String mentorKey, String menteeKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((mentorKey + '\u0000' + menteeKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static Mentorship toRecord(MentorshipEntity e) {
        return new Mentorship(e.getID(), e.getMentorKey(), e.getMenteeKey(), MentorshipStatus.valueOf(e.getStatus()),
                ProposedBy.valueOf(e.getProposedBy()), e.getProposerKey(), e.isMentorAccepted(), e.isMenteeAccepted(),
                e.getMessage(), e.getCadenceDays(), e.isCountsAsHelp(), Instant.ofEpochMilli(e.getCreatedAt()),
                instant(e.getStartedAt()), instant(e.getEndedAt()), e.getEndReason(), e.getEndedBy(),
                e.getLastCheckInOn() == null ? null : LocalDate.ofEpochDay(e.getLastCheckInOn()), e.getCheckInCount(),
                instant(e.getNextDueAt()));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
