package org.rapport.mentoring.pairing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_47C15B_MENTORSHIP}: one pairing of a mentor and a mentee, from its proposal to its
 * end. Check-ins, goals and feedback hang off it by {@code MENTORSHIP_ID}.
 */
@Table("MENTORSHIP")
@Indexes({
        @Index(name = "mentor_status", methodNames = {"getMentorKey", "getStatus"}),
        @Index(name = "mentee_status", methodNames = {"getMenteeKey", "getStatus"}),
        @Index(name = "status_due", methodNames = {"getStatus", "getNextDueAt"})
})
public interface MentorshipEntity extends Entity {
    String ID = "ID";
    String MENTOR_KEY = "MENTOR_KEY";
    String MENTEE_KEY = "MENTEE_KEY";
    String STATUS = "STATUS";
    String PROPOSED_BY = "PROPOSED_BY";
    String PROPOSER_KEY = "PROPOSER_KEY";
    String MENTOR_ACCEPTED = "MENTOR_ACCEPTED";
    String MENTEE_ACCEPTED = "MENTEE_ACCEPTED";
    String OPEN_PAIR = "OPEN_PAIR";
    String MESSAGE = "MESSAGE";
    String CADENCE_DAYS = "CADENCE_DAYS";
    String COUNTS_AS_HELP = "COUNTS_AS_HELP";
    String CREATED_AT = "CREATED_AT";
    String STARTED_AT = "STARTED_AT";
    String ENDED_AT = "ENDED_AT";
    String END_REASON = "END_REASON";
    String ENDED_BY = "ENDED_BY";
    String LAST_CHECK_IN_ON = "LAST_CHECK_IN_ON";
    String CHECK_IN_COUNT = "CHECK_IN_COUNT";
    String NEXT_DUE_AT = "NEXT_DUE_AT";
    String REMINDED_DUE_AT = "REMINDED_DUE_AT";
    String LOCK_TICK = "LOCK_TICK";
    String MENTOR_SLOT = "MENTOR_SLOT";

    String ALL_COLUMNS = String.join(", ", ID, MENTOR_KEY, MENTEE_KEY, STATUS, PROPOSED_BY, PROPOSER_KEY, MENTOR_ACCEPTED,
            MENTEE_ACCEPTED, OPEN_PAIR, MESSAGE, CADENCE_DAYS, COUNTS_AS_HELP, CREATED_AT, STARTED_AT, ENDED_AT, END_REASON,
            ENDED_BY, LAST_CHECK_IN_ON, CHECK_IN_COUNT, NEXT_DUE_AT, REMINDED_DUE_AT, MENTOR_SLOT);

    @NotNull
    @StringLength(255)
    String getMentorKey();

    void setMentorKey(String mentorKey);

    @NotNull
    @StringLength(255)
    String getMenteeKey();

    void setMenteeKey(String menteeKey);

    /** A {@code MentorshipStatus} name. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** A {@code ProposedBy} name: who started it (mentee request, mentor offer, coordinator). */
    @NotNull
    @StringLength(16)
    String getProposedBy();

    void setProposedBy(String proposedBy);

    @NotNull
    @StringLength(255)
    String getProposerKey();

    void setProposerKey(String proposerKey);

    @NotNull
    @Default("false")
    boolean isMentorAccepted();

    void setMentorAccepted(boolean accepted);

    @NotNull
    @Default("false")
    boolean isMenteeAccepted();

    void setMenteeAccepted(boolean accepted);

    /**
     * The pair's key while the pairing is proposed or active; once it is closed, {@code closed:<id>}
     * (AO makes unique columns NOT NULL, so NULL is not possible; see MentorshipStore). Unique, so
     * the database itself refuses a second open pairing of the same mentor and mentee even when two
     * requests race.
     * Holds a SHA-256 hex of the two keys: two 255-character keys would not fit AO's 450-character
     * VARCHAR limit.
     */
    @Unique
    @StringLength(64)
    String getOpenPair();

    void setOpenPair(String openPair);

    /** The proposer's note (up to 500 characters: CLOB, since AO's VARCHAR stops at 450). */
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @NotNull
    int getCadenceDays();

    void setCadenceDays(int cadenceDays);

    /** Whether each check-in adds a confirmed "mentoring" help entry from mentor to mentee. */
    @NotNull
    @Default("true")
    boolean isCountsAsHelp();

    void setCountsAsHelp(boolean countsAsHelp);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** When it became active (both accepted); null before. */
    Long getStartedAt();

    void setStartedAt(Long startedAt);

    Long getEndedAt();

    void setEndedAt(Long endedAt);

    /** Why it ended (up to 300 characters); null unless completed or ended. */
    @StringLength(300)
    String getEndReason();

    void setEndReason(String endReason);

    @StringLength(255)
    String getEndedBy();

    void setEndedBy(String endedBy);

    /** Epoch day of the latest check-in; null before the first. */
    Long getLastCheckInOn();

    void setLastCheckInOn(Long lastCheckInOn);

    @NotNull
    @Default("0")
    int getCheckInCount();

    void setCheckInCount(int checkInCount);

    /**
     * Epoch millis after which an active pairing is overdue (last check-in, or start, plus cadence
     * plus grace); null unless active. Indexed with the status so the reminder job reads only lapsed rows.
     */
    Long getNextDueAt();

    void setNextDueAt(Long nextDueAt);

    /** The {@code NEXT_DUE_AT} value already reminded about: one reminder per lapse, on any node. */
    Long getRemindedDueAt();

    void setRemindedDueAt(Long remindedDueAt);

    /**
     * Which of the mentor's capacity places an active pairing holds: a SHA-256 hex of the mentor's
     * key and a place number from 1 to the capacity; unless active, a value of its own that holds no
     * place (AO makes unique columns NOT NULL; see MentorshipStore). Unique, so two acceptances
     * racing for the same free place cannot both commit, on any node (see MentorshipService#accept).
     */
    @Unique
    @StringLength(64)
    String getMentorSlot();

    void setMentorSlot(String mentorSlot);

    /**
     * Written first by every change of the pairing's state, only to take the row's write lock for
     * the rest of the transaction (AO has no SELECT ... FOR UPDATE): a racing change of the same
     * pairing waits, then reads the committed state and is refused if it no longer applies.
     */
    @NotNull
    @Default("0")
    int getLockTick();

    void setLockTick(int lockTick);
}
