package org.rapport.tally.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_47C15B_TALLY}: one counter of one board, e.g. how many public recognitions a
 * person received this quarter in one category. Rows are never updated in place: a change deletes
 * the row by id and inserts its successor, so a concurrent change is detected (see TallyStore).
 */
@Table("TALLY")
// Covers the top-of-board ORDER BY (BOARD, TALLY, SUBJECT, all descending; see TallyStore.top).
@Indexes(@Index(name = "board", methodNames = {"getBoard", "getTally", "getSubject"}))
public interface TallyEntity extends Entity {
    String ID = "ID";
    String TALLY_KEY = "TALLY_KEY";
    String BOARD = "BOARD";
    String SUBJECT = "SUBJECT";
    String TALLY = "TALLY";

    String ALL_COLUMNS = String.join(", ", ID, TALLY_KEY, BOARD, SUBJECT, TALLY);

    /** {@code BOARD|SUBJECT}; unique, so two first increments of one counter cannot both insert. */
    @NotNull
    @Unique
    @StringLength(450)
    String getTallyKey();

    void setTallyKey(String tallyKey);

    @NotNull
    @StringLength(190)
    String getBoard();

    void setBoard(String board);

    @NotNull
    @StringLength(255)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    int getTally();

    void setTally(int tally);
}
