package org.rapport.recognition.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Table {@code AO_47C15B_REACTION}: one person's reaction of one kind to one recognition. */
@Table("REACTION")
public interface ReactionEntity extends Entity {
    String ID = "ID";
    String RECOGNITION_ID = "RECOGNITION_ID";
    String REACTOR_KEY = "REACTOR_KEY";
    String KIND = "KIND";
    String REACTION_KEY = "REACTION_KEY";

    String ALL_COLUMNS = String.join(", ", ID, RECOGNITION_ID, REACTOR_KEY, KIND, REACTION_KEY);

    @NotNull
    @Indexed
    int getRecognitionId();

    void setRecognitionId(int recognitionId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getReactorKey();

    void setReactorKey(String reactorKey);

    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    /** {@code recognition|person|kind}: the unique index makes a double click one reaction. */
    @NotNull
    @Unique
    @StringLength(450)
    String getReactionKey();

    void setReactionKey(String reactionKey);
}
